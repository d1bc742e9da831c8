//! The Rides screen: my offers, my requests and my matches, each with its meeting's name and
//! time in the viewer's zone, where it stands in plain words, and the one thing the person can
//! do next (accept, cancel, try again).
//!
//! It reads only what the phone already holds: the vault's outbox (what was composed here and
//! whether the board answered) and the board's last answer (`Vault::rides_view`), so it works
//! offline. Meeting names and start times come from the directory; a meeting the directory no
//! longer lists is named calmly ("a meeting that is no longer listed") and its ride still shows.
//!
//! Why it says so little about places: the exact start or pickup a person typed stays in the
//! vault (`ride_places`) and this screen never reads it. The only place it shows is the pickup
//! *area* of a confirmed match, snapped to the same ~1 km cell the protocol uses, so no row can
//! reveal a home.
//!
//! Each operation in the outbox is shown on the row it is about: an offer not sent yet, a
//! cancellation waiting, an acceptance refused by the board with its reason in the person's
//! language (the board's own sentence is English; its stable code is worded here).

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::meetings::{MeetingsOptions, ROW_NAME_GRAPHEMES};
use super::{Notice, NoticeKind};
use crate::directory::Directory;
use crate::l10n::{ids, negotiate, truncate, Arg, Words};
use crate::rides::outbox::{OpState, OutboxEntry};
use crate::rides::protocol::{MatchState, MatchView, Op, RideView, Role, MAX_DAYS_AHEAD};
use crate::rides::CoarseCell;
use crate::support::geo::GeoPoint;
use crate::vault::Vault;

/// The Rides screen's message ids (`locales/*/rides.ftl`).
pub(crate) mod words {
    pub(crate) const RIDES_TITLE: &str = "rides-title";
    pub(crate) const RIDES_SECTION_OFFERS: &str = "rides-section-offers";
    pub(crate) const RIDES_SECTION_REQUESTS: &str = "rides-section-requests";
    pub(crate) const RIDES_SECTION_MATCHES: &str = "rides-section-matches";
    pub(crate) const RIDES_MEETING_NOT_LISTED: &str = "rides-meeting-not-listed";
    pub(crate) const RIDES_MEETING_UNKNOWN: &str = "rides-meeting-unknown";
    pub(crate) const RIDES_SEATS_FREE: &str = "rides-seats-free";
    pub(crate) const RIDES_STATUS_NOT_SENT: &str = "rides-status-not-sent";
    pub(crate) const RIDES_STATUS_CANCEL_NOT_SENT: &str = "rides-status-cancel-not-sent";
    pub(crate) const RIDES_STATUS_ACCEPT_NOT_SENT: &str = "rides-status-accept-not-sent";
    pub(crate) const RIDES_STATUS_NOT_DONE: &str = "rides-status-not-done";
    pub(crate) const RIDES_STATUS_LOOKING_RIDERS: &str = "rides-status-looking-riders";
    pub(crate) const RIDES_STATUS_LOOKING_DRIVER: &str = "rides-status-looking-driver";
    pub(crate) const RIDES_STATUS_RIDERS_FOUND: &str = "rides-status-riders-found";
    pub(crate) const RIDES_STATUS_HAVE_SEAT: &str = "rides-status-have-seat";
    pub(crate) const RIDES_STATUS_CANCELLED: &str = "rides-status-cancelled";
    pub(crate) const RIDES_STATUS_PASSED: &str = "rides-status-passed";
    pub(crate) const RIDES_MATCH_SUGGESTED_RIDER: &str = "rides-match-suggested-rider";
    pub(crate) const RIDES_MATCH_SUGGESTED_DRIVER: &str = "rides-match-suggested-driver";
    pub(crate) const RIDES_MATCH_SEAT_HELD_DRIVER: &str = "rides-match-seat-held-driver";
    pub(crate) const RIDES_MATCH_WAITING: &str = "rides-match-waiting";
    pub(crate) const RIDES_MATCH_AGREED: &str = "rides-match-agreed";
    pub(crate) const RIDES_MATCH_CANCELLED: &str = "rides-match-cancelled";
    pub(crate) const RIDES_MATCH_EXPIRED: &str = "rides-match-expired";
    pub(crate) const RIDES_DETOUR: &str = "rides-detour";
    pub(crate) const RIDES_PICKUP_TIME: &str = "rides-pickup-time";
    pub(crate) const RIDES_PICKUP_AREA: &str = "rides-pickup-area";
    pub(crate) const RIDES_WITH: &str = "rides-with";
    pub(crate) const RIDES_REASON_SEAT_TAKEN: &str = "rides-reason-seat-taken";
    pub(crate) const RIDES_REASON_NOT_OWNER: &str = "rides-reason-not-owner";
    pub(crate) const RIDES_REASON_NOT_FOUND: &str = "rides-reason-not-found";
    pub(crate) const RIDES_REASON_TOO_LATE: &str = "rides-reason-too-late";
    pub(crate) const RIDES_REASON_TOO_FAR_AHEAD: &str = "rides-reason-too-far-ahead";
    pub(crate) const RIDES_REASON_ALREADY_MATCHED: &str = "rides-reason-already-matched";
    pub(crate) const RIDES_REASON_NO_LONGER_AVAILABLE: &str = "rides-reason-no-longer-available";
    pub(crate) const RIDES_REASON_ALREADY_HAVE_RIDE: &str = "rides-reason-already-have-ride";
    pub(crate) const RIDES_REASON_TOO_MANY_RIDES: &str = "rides-reason-too-many-rides";
    pub(crate) const RIDES_REASON_MEETING_FULL: &str = "rides-reason-meeting-full";
    pub(crate) const RIDES_REASON_CONFLICT: &str = "rides-reason-conflict";
    pub(crate) const RIDES_REASON_OTHER: &str = "rides-reason-other";
    pub(crate) const RIDES_EMPTY_TITLE: &str = "rides-empty-title";
    pub(crate) const RIDES_EMPTY: &str = "rides-empty";
    pub(crate) const RIDES_NO_SERVER_TITLE: &str = "rides-no-server-title";
    pub(crate) const RIDES_NO_SERVER: &str = "rides-no-server";
    pub(crate) const RIDES_PENDING: &str = "rides-pending";
    pub(crate) const RIDES_OFFLINE: &str = "rides-offline";
    pub(crate) const RIDES_SYNC_FAILED: &str = "rides-sync-failed";
    pub(crate) const RIDES_ERROR: &str = "rides-error";
    pub(crate) const RIDES_ROW_LABEL: &str = "rides-row-label";
    pub(crate) const RIDES_ROW_LABEL_DETAIL: &str = "rides-row-label-detail";
    pub(crate) const RIDES_ACTION_OFFER: &str = "rides-action-offer";
    pub(crate) const RIDES_ACTION_ASK: &str = "rides-action-ask";
    pub(crate) const RIDES_ACTION_ACCEPT: &str = "rides-action-accept";
    pub(crate) const RIDES_ACTION_CANCEL: &str = "rides-action-cancel";
    pub(crate) const RIDES_ACTION_SYNC: &str = "rides-action-sync";
    pub(crate) const RIDES_ACTION_RETRY: &str = "rides-action-retry";
    pub(crate) const RIDES_ACTION_SET_SERVER: &str = "rides-action-set-server";
    pub(crate) const RIDES_ACTION_TRY_AGAIN: &str = "rides-action-try-again";
}
use words::*;

/// Every message id the Rides screen uses (checked against every locale by the tests).
pub(crate) const IDS: &[&str] = &[
    RIDES_TITLE,
    RIDES_SECTION_OFFERS,
    RIDES_SECTION_REQUESTS,
    RIDES_SECTION_MATCHES,
    RIDES_MEETING_NOT_LISTED,
    RIDES_MEETING_UNKNOWN,
    RIDES_SEATS_FREE,
    RIDES_STATUS_NOT_SENT,
    RIDES_STATUS_CANCEL_NOT_SENT,
    RIDES_STATUS_ACCEPT_NOT_SENT,
    RIDES_STATUS_NOT_DONE,
    RIDES_STATUS_LOOKING_RIDERS,
    RIDES_STATUS_LOOKING_DRIVER,
    RIDES_STATUS_RIDERS_FOUND,
    RIDES_STATUS_HAVE_SEAT,
    RIDES_STATUS_CANCELLED,
    RIDES_STATUS_PASSED,
    RIDES_MATCH_SUGGESTED_RIDER,
    RIDES_MATCH_SUGGESTED_DRIVER,
    RIDES_MATCH_SEAT_HELD_DRIVER,
    RIDES_MATCH_WAITING,
    RIDES_MATCH_AGREED,
    RIDES_MATCH_CANCELLED,
    RIDES_MATCH_EXPIRED,
    RIDES_DETOUR,
    RIDES_PICKUP_TIME,
    RIDES_PICKUP_AREA,
    RIDES_WITH,
    RIDES_REASON_SEAT_TAKEN,
    RIDES_REASON_NOT_OWNER,
    RIDES_REASON_NOT_FOUND,
    RIDES_REASON_TOO_LATE,
    RIDES_REASON_TOO_FAR_AHEAD,
    RIDES_REASON_ALREADY_MATCHED,
    RIDES_REASON_NO_LONGER_AVAILABLE,
    RIDES_REASON_ALREADY_HAVE_RIDE,
    RIDES_REASON_TOO_MANY_RIDES,
    RIDES_REASON_MEETING_FULL,
    RIDES_REASON_CONFLICT,
    RIDES_REASON_OTHER,
    RIDES_EMPTY_TITLE,
    RIDES_EMPTY,
    RIDES_NO_SERVER_TITLE,
    RIDES_NO_SERVER,
    RIDES_PENDING,
    RIDES_OFFLINE,
    RIDES_SYNC_FAILED,
    RIDES_ERROR,
    RIDES_ROW_LABEL,
    RIDES_ROW_LABEL_DETAIL,
    RIDES_ACTION_OFFER,
    RIDES_ACTION_ASK,
    RIDES_ACTION_ACCEPT,
    RIDES_ACTION_CANCEL,
    RIDES_ACTION_SYNC,
    RIDES_ACTION_RETRY,
    RIDES_ACTION_SET_SERVER,
    RIDES_ACTION_TRY_AGAIN,
];

/// Board refusal codes for which trying the same thing again later may work (the board was
/// busy or full just then); for the others (a seat taken, a meeting started) it cannot.
pub const RETRYABLE_CODES: &[&str] = &["conflict", "meeting_full", "too_many_rides"];

/// How the last ride sync went, when it did not work: what the app's `RideClient` remembers
/// and hands to the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideSyncProblem {
    /// The board could not be reached (no connection, or no answer in time).
    Offline,
    /// The board answered with an error, or with something Waymark cannot read.
    Failed,
}

impl RideSyncProblem {
    /// The problem a failed sync's error is: offline or a timeout, else failed.
    pub fn of(e: &crate::Error) -> Self {
        match e.kind() {
            crate::ErrorKind::Offline | crate::ErrorKind::Timeout => RideSyncProblem::Offline,
            _ => RideSyncProblem::Failed,
        }
    }
}

/// What the screen needs to know besides the vault: whether a car-pool server is set, and how
/// the last sync went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RidesContext {
    /// Whether the app has a car-pool server to sync with.
    pub server_set: bool,
    /// The last sync's problem, if it failed (`None` when it worked or none was tried).
    pub last_sync: Option<RideSyncProblem>,
}

/// A section of the Rides screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RidesSectionKind {
    /// Seats I offer.
    Offers,
    /// Seats I ask for.
    Requests,
    /// Drivers and riders the board paired with my offers and requests.
    Matches,
}

/// What a row is.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideRowKind {
    /// One of my offers (its `id` is the ride's).
    Offer,
    /// One of my requests (its `id` is the ride's).
    Request,
    /// A match (its `id` is the match's).
    Match,
}

/// Where a row stands, for its look (the words are in `status_label`).
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideStatus {
    /// Composed on this phone, not sent yet (or a cancellation or acceptance waiting).
    NotSent,
    /// The board refused it; the reason is in `details`.
    NotDone,
    /// On the board, looking for a match.
    Open,
    /// An offer with riders, or a request with a seat.
    Matched,
    /// A match suggested: waiting for me to accept.
    NeedsYou,
    /// I accepted; waiting for the other person.
    Waiting,
    /// Both accepted: the pickup is agreed.
    Agreed,
    /// Cancelled (by me, the other person, or the seat went to someone else).
    Cancelled,
    /// The meeting has passed (a match: it expired before both accepted).
    Expired,
}

/// A button on the Rides screen (or on one of its rows).
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RidesAction {
    /// Offer seats to a meeting: the core's ride form (`PrivateVault.ride_form`), then
    /// `PrivateVault.offer_ride`.
    OfferRide,
    /// Ask for a seat to a meeting: the core's ride form, then `PrivateVault.ask_for_ride`.
    AskForRide,
    /// Accept the match in `target` (`RideClient.accept`, with a public place to meet).
    Accept,
    /// Cancel my ride in `target` (`RideClient.cancel`).
    Cancel,
    /// Send what is waiting and look for matches now (`RideClient.sync`).
    SyncNow,
    /// Queue again the refused operation in `target` (`RideClient.retry`), then sync.
    Retry,
    /// No car-pool server is set: open the setting to choose one.
    SetServer,
    /// Reading failed: build the screen again.
    TryAgain,
}

/// A button: what it does, its words, and the id it acts on.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RidesActionItem {
    /// What it does.
    pub action: RidesAction,
    /// Its words.
    pub label: String,
    /// The ride (cancel), match (accept) or operation (retry) it acts on; none for the
    /// screen's own buttons.
    pub target: Option<String>,
}

/// One offer, request or match.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RideRow {
    /// Offer, request or match.
    pub kind: RideRowKind,
    /// The ride's id (offers, requests) or the match's.
    pub id: String,
    /// The meeting's id, for its screen.
    pub meeting_id: String,
    /// The meeting's name (cut to fit); "A meeting that is no longer listed" when the
    /// directory no longer lists it; "A meeting" when the screen was given no directory.
    pub meeting: String,
    /// Whether the directory (when given) lists the meeting.
    pub meeting_listed: bool,
    /// When the meeting starts, in the viewer's zone and words ("tomorrow 19:00",
    /// "Tue 1 Dec 19:00"); only the date when its time is not known.
    pub when: String,
    /// Where it stands.
    pub status: RideStatus,
    /// Where it stands, in words.
    pub status_label: String,
    /// More, each a short sentence: seats free, minutes out of the driver's way, pickup time,
    /// who with, why the board refused.
    pub details: Vec<String>,
    /// A confirmed match's pickup area: the centre of the ~1 km cell around the agreed public
    /// place, never a home.
    pub pickup_area: Option<GeoPoint>,
    /// The row's buttons (accept, cancel, try again).
    pub actions: Vec<RidesActionItem>,
    /// What a screen reader says for the row.
    pub accessibility_label: String,
}

/// A titled group of rows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RidesSection {
    /// Which section.
    pub kind: RidesSectionKind,
    /// "My offers", "My requests", "Matches".
    pub heading: String,
    /// Its rows, soonest meeting first (those passed or cancelled last); never empty.
    pub rows: Vec<RideRow>,
}

/// Everything the Rides screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RidesState {
    /// "Rides".
    pub title: String,
    /// My offers, my requests and matches; empty sections are left out.
    pub sections: Vec<RidesSection>,
    /// No rides yet (what car-pools are, and that no home is shared), no server set, what is
    /// waiting to be sent, offline, a sync or a read that failed.
    pub notices: Vec<Notice>,
    /// The screen's buttons: offer a ride, ask for one, sync now, set a server, try again.
    pub actions: Vec<RidesActionItem>,
    /// The locale the screen is worded in.
    pub locale: String,
    /// When a row next changes by the clock alone (a meeting starts, so its ride has
    /// passed); the screen object rebuilds itself then while anyone listens.
    pub refresh_at: Option<DateTime<Utc>>,
}

/// The Rides screen's state, from the vault's outbox and last known rides, meeting names and
/// times from `directory` (when given), at `options.at` (now when absent), times in the
/// viewer's zone.
pub fn rides_state(
    vault: &Vault,
    directory: Option<&Directory>,
    context: RidesContext,
    options: &MeetingsOptions,
) -> RidesState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    rides_state_in(vault, directory, context, options, w)
}

/// [`rides_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn rides_state_in(
    vault: &Vault,
    directory: Option<&Directory>,
    context: RidesContext,
    options: &MeetingsOptions,
    w: &Words,
) -> RidesState {
    let at = options.at.unwrap_or_else(Utc::now);
    let mut state = RidesState {
        title: w.text(RIDES_TITLE, &[]),
        sections: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        locale: w.locale().tag().to_string(),
        refresh_at: None,
    };
    let action = |action, id: &str, target: Option<&str>| RidesActionItem {
        action,
        label: w.text(id, &[]),
        target: target.map(str::to_string),
    };
    let read = vault
        .outbox()
        .and_then(|outbox| Ok((outbox, vault.ride_view()?)));
    let Ok((outbox, (rides, matches))) = read else {
        state.notices.push(Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(RIDES_ERROR, &[]),
        });
        state
            .actions
            .push(action(RidesAction::TryAgain, RIDES_ACTION_TRY_AGAIN, None));
        return state;
    };
    let builder = Builder {
        w,
        directory,
        viewer: options.zone(),
        at,
        outbox: &outbox,
        rides: &rides,
        next_start: std::cell::Cell::new(None),
    };
    let (offers, requests) = builder.ride_rows();
    let match_rows = builder.match_rows(&matches);
    state.refresh_at = builder.next_start.get();

    // Notices: no server, the last sync, what waits to be sent, or nothing yet.
    if !context.server_set {
        state.notices.push(Notice {
            kind: NoticeKind::Info,
            title: Some(w.text(RIDES_NO_SERVER_TITLE, &[])),
            message: w.text(RIDES_NO_SERVER, &[]),
        });
    }
    match context.last_sync {
        Some(RideSyncProblem::Offline) if context.server_set => state.notices.push(Notice {
            kind: NoticeKind::Stale,
            title: None,
            message: w.text(RIDES_OFFLINE, &[]),
        }),
        Some(RideSyncProblem::Failed) if context.server_set => state.notices.push(Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(RIDES_SYNC_FAILED, &[]),
        }),
        _ => {}
    }
    let pending = outbox
        .iter()
        .filter(|e| e.state == OpState::Pending)
        .count();
    if pending > 0 {
        state.notices.push(Notice {
            kind: NoticeKind::Info,
            title: None,
            message: w.own(
                RIDES_PENDING,
                &[(
                    "count",
                    Arg::Number(i64::try_from(pending).unwrap_or(i64::MAX)),
                )],
            ),
        });
    }
    let empty = offers.is_empty() && requests.is_empty() && match_rows.is_empty();
    if empty {
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(RIDES_EMPTY_TITLE, &[])),
            message: w.text(RIDES_EMPTY, &[]),
        });
    }
    for (kind, id, rows) in [
        (RidesSectionKind::Offers, RIDES_SECTION_OFFERS, offers),
        (RidesSectionKind::Requests, RIDES_SECTION_REQUESTS, requests),
        (RidesSectionKind::Matches, RIDES_SECTION_MATCHES, match_rows),
    ] {
        if !rows.is_empty() {
            state.sections.push(RidesSection {
                kind,
                heading: w.text(id, &[]),
                rows,
            });
        }
    }
    state
        .actions
        .push(action(RidesAction::OfferRide, RIDES_ACTION_OFFER, None));
    state
        .actions
        .push(action(RidesAction::AskForRide, RIDES_ACTION_ASK, None));
    if context.server_set {
        state
            .actions
            .push(action(RidesAction::SyncNow, RIDES_ACTION_SYNC, None));
    } else {
        state.actions.push(action(
            RidesAction::SetServer,
            RIDES_ACTION_SET_SERVER,
            None,
        ));
    }
    state
}

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

struct Builder<'a> {
    w: &'a Words,
    directory: Option<&'a Directory>,
    viewer: Tz,
    at: DateTime<Utc>,
    outbox: &'a [OutboxEntry],
    rides: &'a [RideView],
    /// The soonest start still to come among the rows (when one will have passed).
    next_start: std::cell::Cell<Option<DateTime<Utc>>>,
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
            self.next_start
                .set(super::live::earliest(self.next_start.get(), Some(s)));
        }
    }

    /// My offers and my requests, soonest first, those done with last.
    fn ride_rows(&self) -> (Vec<RideRow>, Vec<RideRow>) {
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
    fn match_rows(&self, matches: &[MatchView]) -> Vec<RideRow> {
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

#[cfg(test)]
#[path = "rides_tests.rs"]
pub(crate) mod tests;
