//! The Rides screen's rows: every ride (the board's, and those only the outbox knows) and
//! every match, each with its meeting, where it stands and what can be done next, sorted
//! with open things first. [`rides_state_in`] adds the notices and buttons around them.

use super::*;

/// A ride as the screen knows it: from the board's view, or only from the outbox.
struct Ride<'a> {
    ride_id: &'a str,
    role: Role,
    meeting_id: &'a str,
    date: NaiveDate,
    /// The start, when the outbox knows it (the directory is asked first).
    start: Option<DateTime<Utc>>,
    /// The board's view, once the board has it.
    board: Option<&'a RideView>,
    /// Seats offered, for an offer only the outbox knows.
    seats: Option<u8>,
}

/// The latest operation about a ride or match, and where it stands.
struct LatestOp<'a> {
    entry: &'a OutboxEntry,
    cancel: bool,
}

/// Builds the rows of one state (see [`rides_state_in`]).
pub(super) struct Builder<'a> {
    pub(super) w: &'a Words,
    pub(super) directory: Option<&'a Directory>,
    pub(super) viewer: Tz,
    pub(super) at: DateTime<Utc>,
    pub(super) outbox: &'a [OutboxEntry],
    pub(super) rides: &'a [RideView],
    /// The soonest start still to come among the rows (when one will have passed).
    pub(super) next_start: std::cell::Cell<Option<DateTime<Utc>>>,
}

/// A row's sort key: open things first, then by meeting start.
type Keyed = ((bool, Option<DateTime<Utc>>, NaiveDate), RideRow);

impl<'a> Builder<'a> {
    /// Every ride: the board's, then those only the outbox knows (not sent, or refused).
    fn rides(&self) -> Vec<Ride<'a>> {
        let mut out: Vec<Ride<'a>> = self
            .rides
            .iter()
            .map(|r| Ride {
                ride_id: &r.ride_id,
                role: r.role,
                meeting_id: &r.meeting_id,
                date: r.date,
                start: None,
                board: Some(r),
                seats: None,
            })
            .collect();
        for e in self.outbox {
            let (ride_id, role, meeting_id, date, start, seats) = match &e.op.op {
                Op::Offer(o) => (
                    &o.ride_id,
                    Role::Driver,
                    &o.meeting_id,
                    o.date,
                    o.meeting_start,
                    Some(o.seats),
                ),
                Op::Request(r) => (
                    &r.ride_id,
                    Role::Rider,
                    &r.meeting_id,
                    r.date,
                    r.meeting_start,
                    None,
                ),
                _ => continue,
            };
            if let Some(known) = out.iter_mut().find(|r| r.ride_id == ride_id.as_str()) {
                known.start = Some(start);
                continue;
            }
            // Applied but not on the board any more: purged after its meeting.
            if e.state == OpState::Applied {
                continue;
            }
            // Refused, and its meeting has passed: nothing left to do about it.
            if e.state == OpState::Rejected && start < self.at {
                continue;
            }
            out.push(Ride {
                ride_id,
                role,
                meeting_id,
                date,
                start: Some(start),
                board: None,
                seats,
            });
        }
        out
    }

    /// The newest operation about `subject` (a ride or match id) that is still news: one
    /// waiting to be sent, or one the board refused.
    fn latest_op(&self, subject: &str) -> Option<LatestOp<'a>> {
        self.outbox
            .iter()
            .rev()
            .find(|e| e.id() == subject)
            .filter(|e| e.state != OpState::Applied)
            .map(|e| LatestOp {
                entry: e,
                cancel: matches!(e.op.op, Op::Cancel { .. }),
            })
    }

    /// The meeting's name (cut to fit) and whether the directory lists it, and its start.
    fn meeting(
        &self,
        meeting_id: &str,
        date: NaiveDate,
        known_start: Option<DateTime<Utc>>,
    ) -> (String, bool, Option<DateTime<Utc>>) {
        let Some(directory) = self.directory else {
            // No directory to ask: a neutral name, not "no longer listed".
            return (self.w.text(RIDES_MEETING_UNKNOWN, &[]), false, known_start);
        };
        match directory.meeting(meeting_id).ok() {
            Some(m) => {
                let start = m
                    .timezone
                    .as_deref()
                    .and_then(crate::support::parse::parse_timezone)
                    .zip(m.start_minute)
                    .map(|(tz, s)| {
                        crate::support::occurrence::local_instant(tz, date, u32::from(s))
                    })
                    .or(known_start);
                (
                    truncate(&m.name, ROW_NAME_GRAPHEMES).into_owned(),
                    true,
                    start,
                )
            }
            None => (
                self.w.text(RIDES_MEETING_NOT_LISTED, &[]),
                false,
                known_start,
            ),
        }
    }

    /// When, in the viewer's zone: "today 19:00", "tomorrow 19:00", "Tue 19:00",
    /// "Tue 8 Dec 19:00"; the date alone when the time is not known.
    fn when(&self, start: Option<DateTime<Utc>>, date: NaiveDate) -> String {
        let w = self.w;
        let Some(start) = start else {
            return w.weekday_day_month(date);
        };
        let local = start.with_timezone(&self.viewer);
        let day = local.date_naive();
        let today = self.at.with_timezone(&self.viewer).date_naive();
        let time = w.time(local.hour(), local.minute());
        let (id, name, value) = match (day - today).num_days() {
            0 => (ids::WHEN_TODAY, "", String::new()),
            1 => (ids::WHEN_TOMORROW, "", String::new()),
            2..=6 => (ids::WHEN_WEEKDAY, "day", w.weekday_short(day)),
            _ => (ids::WHEN_DATE, "date", w.weekday_day_month(day)),
        };
        let mut args = vec![("time", Arg::Text(&time))];
        if !name.is_empty() {
            args.push((name, Arg::Text(&value)));
        }
        w.own(id, &args)
    }

    /// A time of day in the viewer's zone ("18:35", "6:35 PM").
    fn time(&self, t: DateTime<Utc>) -> String {
        let local = t.with_timezone(&self.viewer);
        self.w.time(local.hour(), local.minute())
    }

    /// Why the board refused, in words, and whether trying again may work.
    fn reason(&self, code: Option<&str>) -> (String, bool) {
        let w = self.w;
        let code = code.unwrap_or_default();
        let id = match code {
            "seat_taken" => RIDES_REASON_SEAT_TAKEN,
            "not_owner" => RIDES_REASON_NOT_OWNER,
            "not_found" => RIDES_REASON_NOT_FOUND,
            "too_late" => RIDES_REASON_TOO_LATE,
            "too_far_ahead" => {
                return (
                    w.own(
                        RIDES_REASON_TOO_FAR_AHEAD,
                        &[("days", Arg::Number(MAX_DAYS_AHEAD))],
                    ),
                    false,
                )
            }
            "already_matched" => RIDES_REASON_ALREADY_MATCHED,
            "no_longer_available" => RIDES_REASON_NO_LONGER_AVAILABLE,
            "already_have_ride" => RIDES_REASON_ALREADY_HAVE_RIDE,
            "too_many_rides" => RIDES_REASON_TOO_MANY_RIDES,
            "meeting_full" => RIDES_REASON_MEETING_FULL,
            "conflict" => RIDES_REASON_CONFLICT,
            _ => RIDES_REASON_OTHER,
        };
        let retry = RETRYABLE_CODES.contains(&code) || id == RIDES_REASON_OTHER;
        (w.text(id, &[]), retry)
    }

    fn action(&self, action: RidesAction, id: &str, target: &str) -> RidesActionItem {
        RidesActionItem {
            action,
            label: self.w.text(id, &[]),
            target: Some(target.to_string()),
        }
    }

    /// Remembers `start` when it is still to come and sooner than any seen.
    fn consider(&self, start: Option<DateTime<Utc>>) {
        if let Some(s) = start.filter(|s| *s > self.at) {
            self.next_start.set(crate::screens::live::earliest(
                self.next_start.get(),
                Some(s),
            ));
        }
    }

    /// My offers and my requests, soonest first, those done with last.
    pub(super) fn ride_rows(&self) -> (Vec<RideRow>, Vec<RideRow>) {
        let w = self.w;
        let mut offers: Vec<Keyed> = Vec::new();
        let mut requests: Vec<Keyed> = Vec::new();
        for ride in self.rides() {
            let (meeting, listed, start) = self.meeting(ride.meeting_id, ride.date, ride.start);
            self.consider(start);
            let passed = match start {
                Some(s) => s < self.at,
                None => ride.date < self.at.with_timezone(&self.viewer).date_naive(),
            };
            let driver = ride.role == Role::Driver;
            let mut details = Vec::new();
            let mut actions = Vec::new();
            let latest = self.latest_op(ride.ride_id);
            let board_state = ride.board.map(|b| b.state.as_str());
            let (status, status_id) = if board_state == Some("cancelled") {
                (RideStatus::Cancelled, RIDES_STATUS_CANCELLED)
            } else if passed {
                (RideStatus::Expired, RIDES_STATUS_PASSED)
            } else {
                match &latest {
                    Some(op) if op.entry.state == OpState::Pending && op.cancel => {
                        (RideStatus::NotSent, RIDES_STATUS_CANCEL_NOT_SENT)
                    }
                    Some(op) if op.entry.state == OpState::Pending => {
                        (RideStatus::NotSent, RIDES_STATUS_NOT_SENT)
                    }
                    Some(op) if !op.cancel => (RideStatus::NotDone, RIDES_STATUS_NOT_DONE),
                    _ => match (board_state, driver) {
                        (Some("matched"), true) => (RideStatus::Matched, RIDES_STATUS_RIDERS_FOUND),
                        (Some("matched"), false) => (RideStatus::Matched, RIDES_STATUS_HAVE_SEAT),
                        (_, true) => (RideStatus::Open, RIDES_STATUS_LOOKING_RIDERS),
                        (_, false) => (RideStatus::Open, RIDES_STATUS_LOOKING_DRIVER),
                    },
                }
            };
            if driver && !matches!(status, RideStatus::Cancelled | RideStatus::Expired) {
                if let Some(seats) = ride.board.and_then(|b| b.seats_left).or(ride.seats) {
                    details.push(w.own(
                        RIDES_SEATS_FREE,
                        &[("count", Arg::Number(i64::from(seats)))],
                    ));
                }
            }
            // A refusal (of the ride itself, or of its cancellation) with its reason.
            if let Some(op) = latest
                .as_ref()
                .filter(|op| op.entry.state == OpState::Rejected && !passed)
            {
                let (reason, retry) = self.reason(op.entry.code.as_deref());
                details.push(reason);
                if retry {
                    actions.push(self.action(
                        RidesAction::Retry,
                        RIDES_ACTION_RETRY,
                        &op.entry.op.op_id,
                    ));
                }
            }
            let cancelling = latest
                .as_ref()
                .is_some_and(|op| op.cancel && op.entry.state == OpState::Pending);
            if matches!(
                status,
                RideStatus::Open | RideStatus::Matched | RideStatus::NotSent
            ) && !cancelling
            {
                actions.push(self.action(RidesAction::Cancel, RIDES_ACTION_CANCEL, ride.ride_id));
            }
            let when = self.when(start, ride.date);
            let row = self.row(
                if driver {
                    RideRowKind::Offer
                } else {
                    RideRowKind::Request
                },
                ride.ride_id,
                ride.meeting_id,
                (meeting, listed, when),
                (status, status_id),
                details,
                None,
                actions,
            );
            let done = matches!(status, RideStatus::Cancelled | RideStatus::Expired);
            let keyed = ((done, start, ride.date), row);
            if driver {
                offers.push(keyed);
            } else {
                requests.push(keyed);
            }
        }
        (sorted(offers), sorted(requests))
    }

    /// My matches, soonest first, those done with last.
    pub(super) fn match_rows(&self, matches: &[MatchView]) -> Vec<RideRow> {
        let w = self.w;
        let rides = self.rides();
        let mut rows: Vec<Keyed> = Vec::new();
        for m in matches {
            let ride = rides.iter().find(|r| r.ride_id == m.ride_id);
            let (meeting_id, date, known) = match ride {
                Some(r) => (r.meeting_id, r.date, r.start),
                // The ride behind it is gone from the view: word it by the pickup's date.
                None => (
                    "",
                    m.pickup_at.with_timezone(&self.viewer).date_naive(),
                    None,
                ),
            };
            let (meeting, listed, start) = if meeting_id.is_empty() {
                (w.text(RIDES_MEETING_NOT_LISTED, &[]), false, None)
            } else {
                self.meeting(meeting_id, date, known)
            };
            self.consider(Some(start.unwrap_or(m.pickup_at)));
            let passed = start.unwrap_or(m.pickup_at) < self.at;
            let driver = m.role == Role::Driver;
            let latest = self.latest_op(&m.match_id);
            let mut details = Vec::new();
            let mut actions = Vec::new();
            let mut pickup_area = None;
            let (status, status_id) = match m.state {
                MatchState::Cancelled => (RideStatus::Cancelled, RIDES_MATCH_CANCELLED),
                MatchState::Confirmed => (RideStatus::Agreed, RIDES_MATCH_AGREED),
                _ if passed => (RideStatus::Expired, RIDES_MATCH_EXPIRED),
                _ if latest
                    .as_ref()
                    .is_some_and(|op| op.entry.state == OpState::Pending) =>
                {
                    (RideStatus::NotSent, RIDES_STATUS_ACCEPT_NOT_SENT)
                }
                _ if m.you_accepted => (RideStatus::Waiting, RIDES_MATCH_WAITING),
                MatchState::SeatHeld if driver => {
                    (RideStatus::NeedsYou, RIDES_MATCH_SEAT_HELD_DRIVER)
                }
                _ if driver => (RideStatus::NeedsYou, RIDES_MATCH_SUGGESTED_DRIVER),
                _ => (RideStatus::NeedsYou, RIDES_MATCH_SUGGESTED_RIDER),
            };
            if !matches!(status, RideStatus::Cancelled | RideStatus::Expired) {
                details.push(w.own(
                    RIDES_PICKUP_TIME,
                    &[("time", Arg::Text(&self.time(m.pickup_at)))],
                ));
                if driver {
                    details.push(w.own(
                        RIDES_DETOUR,
                        &[("minutes", Arg::Number(i64::from(m.added_minutes)))],
                    ));
                }
            }
            if status == RideStatus::Agreed {
                if let Some(handle) = &m.counterpart_handle {
                    details.push(w.text(RIDES_WITH, &[("handle", Arg::Text(handle))]));
                }
                pickup_area = m
                    .counterpart_point
                    .and_then(|p| CoarseCell::from_point(p).ok())
                    .map(CoarseCell::centre);
                if pickup_area.is_some() {
                    details.push(w.text(RIDES_PICKUP_AREA, &[]));
                }
            }
            if let Some(op) = latest
                .as_ref()
                .filter(|op| op.entry.state == OpState::Rejected && !passed)
            {
                let (reason, retry) = self.reason(op.entry.code.as_deref());
                details.push(reason);
                if retry && status == RideStatus::NeedsYou {
                    actions.push(self.action(
                        RidesAction::Retry,
                        RIDES_ACTION_RETRY,
                        &op.entry.op.op_id,
                    ));
                }
            }
            if status == RideStatus::NeedsYou
                && !actions.iter().any(|a| a.action == RidesAction::Retry)
            {
                actions.push(self.action(RidesAction::Accept, RIDES_ACTION_ACCEPT, &m.match_id));
            }
            let when = self.when(start, date);
            let row = self.row(
                RideRowKind::Match,
                &m.match_id,
                meeting_id,
                (meeting, listed, when),
                (status, status_id),
                details,
                pickup_area,
                actions,
            );
            let done = matches!(status, RideStatus::Cancelled | RideStatus::Expired);
            rows.push(((done, start.or(Some(m.pickup_at)), date), row));
        }
        sorted(rows)
    }

    #[allow(clippy::too_many_arguments)]
    fn row(
        &self,
        kind: RideRowKind,
        id: &str,
        meeting_id: &str,
        (meeting, meeting_listed, when): (String, bool, String),
        (status, status_id): (RideStatus, &str),
        details: Vec<String>,
        pickup_area: Option<GeoPoint>,
        actions: Vec<RidesActionItem>,
    ) -> RideRow {
        let w = self.w;
        let status_label = w.text(status_id, &[]);
        let label = if details.is_empty() {
            w.text(
                RIDES_ROW_LABEL,
                &[
                    ("name", Arg::Text(&meeting)),
                    ("when", Arg::Text(&when)),
                    ("status", Arg::Text(&status_label)),
                ],
            )
        } else {
            let detail = details.join(" ");
            w.text(
                RIDES_ROW_LABEL_DETAIL,
                &[
                    ("name", Arg::Text(&meeting)),
                    ("when", Arg::Text(&when)),
                    ("status", Arg::Text(&status_label)),
                    ("detail", Arg::Text(&detail)),
                ],
            )
        };
        RideRow {
            kind,
            id: id.to_string(),
            meeting_id: meeting_id.to_string(),
            meeting,
            meeting_listed,
            when,
            status,
            status_label,
            details,
            pickup_area,
            actions,
            accessibility_label: label,
        }
    }
}

/// Rows open first, then by meeting start (unknown starts by date, after known ones that day).
fn sorted(mut rows: Vec<Keyed>) -> Vec<RideRow> {
    rows.sort_by(|a, b| {
        let (da, sa, ya) = a.0;
        let (db, sb, yb) = b.0;
        da.cmp(&db)
            .then(ya.cmp(&yb))
            .then(sa.is_none().cmp(&sb.is_none()))
            .then(sa.cmp(&sb))
    });
    rows.into_iter().map(|r| r.1).collect()
}
