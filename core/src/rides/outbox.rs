//! The car-pool outbox: ride operations composed on this phone, offline or not, waiting for
//! the next sync; and the exact places behind them, which never leave the phone.
//!
//! Composing an offer or request takes the exact point (home, work) and keeps it here; the
//! queued operation carries only its ~1 km [`CoarseCell`]. Each operation has a client-made
//! id (UUIDv7), so sending it twice is harmless: the server answers a repeated id with the
//! answer it gave the first time. The app shows each operation as pending, applied or
//! rejected with the server's reason ("that seat was taken").
//!
//! What can be known on the phone is refused here, before anything is queued, rather than
//! at the next sync: a start or pickup further from the meeting than a sane distance (a
//! mistyped point in the sea or another country would otherwise be matched), a meeting that
//! has already started, and a cancellation or acceptance of an id this phone does not know.
//! A ride has one id, the one composing it returns; the outbox and the board's view show that
//! same id ([`OutboxEntry::id`]).

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::rides::client::{DeviceCredentials, RideClient};
use crate::rides::protocol::{
    start_refusal, Op, OpOutcome, OpResult, OutboxOp, RideOffer, RideRequest, SyncRequest,
    SyncResponse,
};
use crate::rides::CoarseCell;
use crate::support::error::{Error, Result};
use crate::support::geo::GeoPoint;
use crate::support::msg;
use crate::vault::{stamp, Vault};

/// Setting: this device's identity on the car-pool server (never exported or backed up).
pub const SETTING_RIDE_DEVICE: &str = "rides.device";
/// Setting: the car-pool board chosen in Settings (its address); unset means car-pools are
/// off. A restore never takes it from a file (a planted board would receive the person's
/// rides).
pub const SETTING_RIDE_SERVER: &str = "rides.server";
/// Setting: the last answer from the server (rides and matches), for offline display.
pub const SETTING_RIDE_VIEW: &str = "rides.view";
/// Setting: how far (km, a whole number) an offer's start or a request's pickup may be from
/// the meeting; unset means [`DEFAULT_MAX_RIDE_START_KM`].
pub const SETTING_RIDE_MAX_START_KM: &str = "rides.max_start_km";
/// Default furthest start or pickup from the meeting, in km (straight line): further than
/// anyone drives to a local meeting, near enough to catch a point in the sea or another
/// country.
pub const DEFAULT_MAX_RIDE_START_KM: u32 = 150;
/// Largest value [`SETTING_RIDE_MAX_START_KM`] may take, in km.
pub const MAX_RIDE_START_KM_LIMIT: u32 = 1000;

/// Where an operation stands.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpState {
    /// Not yet answered by the server (offline, or not synced yet).
    Pending,
    /// Done.
    Applied,
    /// Refused; see the code and message.
    Rejected,
}

/// An operation in the outbox, for the app to show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    /// The operation and its id.
    #[serde(flatten)]
    pub op: OutboxOp,
    /// Where it stands.
    pub state: OpState,
    /// The server's code when rejected.
    pub code: Option<String>,
    /// The server's sentence when rejected.
    pub message: Option<String>,
    /// When it was composed.
    pub created_at: String,
}

impl OutboxEntry {
    /// The id a person sees and types: the ride's id for an offer, a request or a
    /// cancellation (the one composing it returned, and the one the board's view shows), the
    /// match's id for an acceptance. The operation's own id is internal.
    pub fn id(&self) -> &str {
        subject_id(&self.op.op)
    }
}

/// The ride (or, for an acceptance, match) an operation is about.
pub fn subject_id(op: &Op) -> &str {
    match op {
        Op::Offer(o) => &o.ride_id,
        Op::Request(r) => &r.ride_id,
        Op::Cancel { ride_id } => ride_id,
        Op::Accept { match_id, .. } => match_id,
    }
}

/// What an offer needs besides the exact start.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferDraft {
    /// The directory's meeting id.
    pub meeting_id: String,
    /// The occurrence's local date.
    pub date: NaiveDate,
    /// The meeting's place.
    pub meeting_place: GeoPoint,
    /// When it starts.
    pub meeting_start: chrono::DateTime<chrono::Utc>,
    /// The meeting's IANA time zone, sent so the server can check `date` against the start.
    pub timezone: Option<String>,
    /// Free seats.
    pub seats: u8,
    /// Exact start: stays on this phone.
    pub from: GeoPoint,
    /// Earliest departure.
    pub leave_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Most minutes to add.
    pub max_detour_minutes: u32,
    /// Women riders only.
    pub women_only: bool,
    /// Room for a wheelchair.
    pub wheelchair_space: bool,
}

/// What a request needs besides the exact pickup.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestDraft {
    /// The directory's meeting id.
    pub meeting_id: String,
    /// The occurrence's local date.
    pub date: NaiveDate,
    /// The meeting's place.
    pub meeting_place: GeoPoint,
    /// When it starts.
    pub meeting_start: chrono::DateTime<chrono::Utc>,
    /// The meeting's IANA time zone, sent so the server can check `date` against the start.
    pub timezone: Option<String>,
    /// Exact pickup: stays on this phone.
    pub from: GeoPoint,
    /// When to be there.
    pub arrive_by: chrono::DateTime<chrono::Utc>,
    /// Minutes later that are still fine.
    pub flexibility_minutes: u32,
    /// Needs wheelchair space.
    pub needs_wheelchair: bool,
    /// Fits women-only offers.
    pub rider_is_woman: bool,
}

/// A meeting-local time of day on `date` as an instant (a time in a clock change's gap moves
/// to the first valid instant after it, as meeting starts do).
fn local_on(tz: chrono_tz::Tz, date: NaiveDate, minute: u16) -> Result<DateTime<chrono::Utc>> {
    if minute >= 1440 {
        return Err(Error::invalid(msg::TIME_OF_DAY_RANGE));
    }
    Ok(crate::support::occurrence::local_instant(
        tz,
        date,
        u32::from(minute),
    ))
}

impl OfferDraft {
    /// An offer to `meeting` on `date` (meeting-local): its exact place and start come from the
    /// directory (see [`crate::rides::ride_destination`]). `leave_after_minute` is the earliest
    /// departure, minutes after midnight meeting-local; it must be before the start.
    #[allow(clippy::too_many_arguments)]
    pub fn to_meeting(
        meeting: &crate::Meeting,
        date: NaiveDate,
        seats: u8,
        from: GeoPoint,
        leave_after_minute: Option<u16>,
        max_detour_minutes: u32,
        women_only: bool,
        wheelchair_space: bool,
    ) -> Result<Self> {
        let dest = crate::rides::ride_destination(meeting, date)?;
        let leave_after = leave_after_minute
            .map(|m| local_on(dest.timezone, date, m))
            .transpose()?;
        if leave_after.is_some_and(|t| t >= dest.starts_at) {
            return Err(Error::invalid(msg::LEAVE_AFTER_START));
        }
        Ok(Self {
            meeting_id: meeting.id.clone(),
            date,
            meeting_place: dest.place,
            meeting_start: dest.starts_at,
            timezone: Some(dest.timezone.name().to_string()),
            seats,
            from,
            leave_after,
            max_detour_minutes,
            women_only,
            wheelchair_space,
        })
    }
}

impl RequestDraft {
    /// Minutes before the start a rider arrives unless they say otherwise.
    pub const DEFAULT_ARRIVE_EARLY_MINUTES: i64 = 10;

    /// A request for a seat to `meeting` on `date` (meeting-local). `arrive_by_minute`
    /// (minutes after midnight, meeting-local) defaults to ten minutes before the start and
    /// may not be after it.
    pub fn to_meeting(
        meeting: &crate::Meeting,
        date: NaiveDate,
        from: GeoPoint,
        arrive_by_minute: Option<u16>,
        needs_wheelchair: bool,
        rider_is_woman: bool,
    ) -> Result<Self> {
        let dest = crate::rides::ride_destination(meeting, date)?;
        let arrive_by = match arrive_by_minute {
            Some(m) => local_on(dest.timezone, date, m)?,
            None => dest.starts_at - chrono::Duration::minutes(Self::DEFAULT_ARRIVE_EARLY_MINUTES),
        };
        if arrive_by > dest.starts_at {
            return Err(Error::invalid(msg::ARRIVE_AFTER_START));
        }
        Ok(Self {
            meeting_id: meeting.id.clone(),
            date,
            meeting_place: dest.place,
            meeting_start: dest.starts_at,
            timezone: Some(dest.timezone.name().to_string()),
            from,
            arrive_by,
            flexibility_minutes: 5,
            needs_wheelchair,
            rider_is_woman,
        })
    }
}

/// One ride sync, prepared from the vault: everything the network step needs, so the vault
/// is not held while the request is on the network. Made by [`Vault::ride_sync_request`], sent
/// by [`RideClient::send`], its answer kept by [`Vault::apply_ride_sync`].
#[derive(Debug, Clone, PartialEq)]
pub struct RideSyncRequest {
    /// This phone's credentials on that server, if it registered there before; `None` means
    /// the network step registers first.
    pub credentials: Option<DeviceCredentials>,
    /// The pending operations and the followed occurrences.
    pub request: SyncRequest,
}

/// What the network step of a ride sync brought back, to give to [`Vault::apply_ride_sync`]
/// whether or not it worked: a registration that succeeded is kept even when the sync after it
/// failed, so the phone never registers twice.
#[derive(Debug)]
pub struct RideSyncResponse {
    /// Credentials the server gave in this exchange (first sync with it only).
    pub registered: Option<DeviceCredentials>,
    /// The server's answer, or why there is none (offline, refused, unreadable).
    pub answer: Result<SyncResponse>,
}

impl RideClient {
    /// The network step of a ride sync: registers this phone when `request` has no
    /// credentials, then sends it. Touches no vault; never fails on its own (the failure is in
    /// [`RideSyncResponse::answer`], for [`Vault::apply_ride_sync`]).
    pub fn send(&self, request: &RideSyncRequest) -> RideSyncResponse {
        let (credentials, registered) = match &request.credentials {
            Some(c) => (c.clone(), None),
            None => match self.register() {
                Ok(c) => (c.clone(), Some(c)),
                Err(e) => {
                    return RideSyncResponse {
                        registered: None,
                        answer: Err(e),
                    }
                }
            },
        };
        RideSyncResponse {
            registered,
            answer: self.sync(&credentials, &request.request),
        }
    }
}

impl Vault {
    /// How far (km) a start or pickup may be from the meeting: the setting
    /// [`SETTING_RIDE_MAX_START_KM`], else [`DEFAULT_MAX_RIDE_START_KM`].
    pub fn ride_max_start_km(&self) -> Result<u32> {
        Ok(self
            .setting(SETTING_RIDE_MAX_START_KM)?
            .and_then(|v| v.as_u64())
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| (1..=MAX_RIDE_START_KM_LIMIT).contains(v))
            .unwrap_or(DEFAULT_MAX_RIDE_START_KM))
    }

    /// Sets how far (km) a start or pickup may be from the meeting: 1 to
    /// [`MAX_RIDE_START_KM_LIMIT`]; `None` goes back to [`DEFAULT_MAX_RIDE_START_KM`].
    pub fn set_ride_max_start_km(&mut self, km: Option<u32>) -> Result<()> {
        match km {
            Some(km) if (1..=MAX_RIDE_START_KM_LIMIT).contains(&km) => {
                self.set_setting(SETTING_RIDE_MAX_START_KM, &serde_json::json!(km))
            }
            Some(_) => Err(Error::invalid_with(
                msg::RIDE_DISTANCE,
                [("max", MAX_RIDE_START_KM_LIMIT.into())],
            )),
            None => {
                self.conn.execute(
                    "DELETE FROM settings WHERE key = ?1",
                    [SETTING_RIDE_MAX_START_KM],
                )?;
                Ok(())
            }
        }
    }

    /// Refuses a start or pickup further from the meeting than [`Vault::ride_max_start_km`].
    fn check_start_distance(&self, from: GeoPoint, meeting: GeoPoint) -> Result<()> {
        let limit_km = self.ride_max_start_km()?;
        let km = crate::support::geo::distance_km(from, meeting);
        if !km.is_finite() || km > f64::from(limit_km) {
            return Err(Error::RideStartTooFar {
                distance_km: km.round().min(f64::from(u32::MAX)) as u32,
                limit_km,
            });
        }
        Ok(())
    }

    /// Queues an offer; the exact start is kept here and only its cell is queued. Refused
    /// before anything is queued: a start further from the meeting than
    /// [`Vault::ride_max_start_km`] ([`Error::RideStartTooFar`]), a meeting that has started
    /// ([`Error::MeetingAlreadyStarted`]), and whatever the server would refuse.
    pub fn compose_offer(&mut self, d: OfferDraft, now: DateTime<FixedOffset>) -> Result<OutboxOp> {
        let to = (d.meeting_id.as_str(), d.date, d.meeting_place);
        self.compose_ride("offer", to, d.from, now, |ride_id, origin| {
            Op::Offer(RideOffer {
                ride_id,
                meeting_id: d.meeting_id.clone(),
                date: d.date,
                meeting_place: d.meeting_place,
                meeting_start: d.meeting_start,
                timezone: d.timezone.clone(),
                seats: d.seats,
                origin,
                leave_after: d.leave_after,
                max_detour_minutes: d.max_detour_minutes,
                women_only: d.women_only,
                wheelchair_space: d.wheelchair_space,
            })
        })
    }

    /// Queues a request; the exact pickup is kept here and only its cell is queued. Refused
    /// as [`Vault::compose_offer`] refuses.
    pub fn compose_request(
        &mut self,
        d: RequestDraft,
        now: DateTime<FixedOffset>,
    ) -> Result<OutboxOp> {
        let to = (d.meeting_id.as_str(), d.date, d.meeting_place);
        self.compose_ride("request", to, d.from, now, |ride_id, pickup| {
            Op::Request(RideRequest {
                ride_id,
                meeting_id: d.meeting_id.clone(),
                date: d.date,
                meeting_place: d.meeting_place,
                meeting_start: d.meeting_start,
                timezone: d.timezone.clone(),
                pickup,
                arrive_by: d.arrive_by,
                flexibility_minutes: d.flexibility_minutes,
                needs_wheelchair: d.needs_wheelchair,
                rider_is_woman: d.rider_is_woman,
            })
        })
    }

    /// What composing an offer and a request share: the exact place `from` checked against
    /// the meeting `to` (its id, date and place), fresh ride and operation ids, `make`'s
    /// operation (given the ride id and `from`'s coarse cell) queued, and `from` kept on this
    /// phone only.
    fn compose_ride(
        &mut self,
        role: &str,
        to: (&str, NaiveDate, GeoPoint),
        from: GeoPoint,
        now: DateTime<FixedOffset>,
        make: impl FnOnce(String, CoarseCell) -> Op,
    ) -> Result<OutboxOp> {
        let (meeting_id, date, meeting_place) = to;
        self.check_start_distance(from, meeting_place)?;
        let ride_id = self.new_id(&now);
        let op = OutboxOp {
            op_id: self.new_id(&now),
            op: make(ride_id.clone(), CoarseCell::from_point(from)?),
        };
        self.queue(&op, Some((&ride_id, role, meeting_id, date, from)), now)?;
        Ok(op)
    }

    /// Queues an acceptance or a cancellation. A cancellation names one of this phone's own
    /// offers or requests ([`Error::UnknownRide`] otherwise), an acceptance a match this phone
    /// has seen ([`Error::UnknownMatch`] otherwise).
    pub fn compose(&mut self, op: Op, now: DateTime<FixedOffset>) -> Result<OutboxOp> {
        match &op {
            Op::Offer(_) | Op::Request(_) => return Err(Error::invalid(msg::RIDE_NEEDS_PLACE)),
            Op::Cancel { ride_id } => {
                let (rides, _) = self.ride_view()?;
                if !self.has_ride_place(ride_id)? && !rides.iter().any(|r| &r.ride_id == ride_id) {
                    return Err(Error::UnknownRide);
                }
            }
            Op::Accept { match_id, .. } => {
                let (_, matches) = self.ride_view()?;
                if !matches.iter().any(|m| &m.match_id == match_id) {
                    return Err(Error::UnknownMatch);
                }
            }
        }
        let op = OutboxOp {
            op_id: self.new_id(&now),
            op,
        };
        self.queue(&op, None, now)?;
        Ok(op)
    }

    /// Queues again an operation the board refused (the Rides screen's "Try again"), under a
    /// fresh operation id so the board does not answer with its stored refusal; the ride keeps
    /// its id. Only a refused operation can be retried ([`Error::NotFound`] for an unknown id,
    /// [`Error::InvalidArgument`] for one pending or applied), and an offer or request whose
    /// meeting has started is refused as composing it would be. The refused entry stays in the
    /// outbox as it was; the new one is pending.
    pub fn retry_op(&mut self, op_id: &str, now: DateTime<FixedOffset>) -> Result<OutboxOp> {
        let entry = self
            .outbox()?
            .into_iter()
            .find(|e| e.op.op_id == op_id)
            .ok_or_else(|| Error::not_found(msg::OUTBOX_NOT_FOUND))?;
        if entry.state != OpState::Rejected {
            return Err(Error::invalid(msg::OUTBOX_NOT_REFUSED));
        }
        let op = OutboxOp {
            op_id: self.new_id(&now),
            op: entry.op.op,
        };
        self.queue(&op, None, now)?;
        Ok(op)
    }

    fn queue(
        &mut self,
        op: &OutboxOp,
        place: Option<(&str, &str, &str, NaiveDate, GeoPoint)>,
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        op.validate()?;
        // What the server would refuse for its start is refused here, before it is queued.
        let start = match &op.op {
            Op::Offer(o) => Some(o.meeting_start),
            Op::Request(r) => Some(r.meeting_start),
            _ => None,
        };
        if let Some(refusal) = start.and_then(|s| start_refusal(s, now.with_timezone(&chrono::Utc)))
        {
            return Err(crate::rides::refusal_error(refusal));
        }
        let kind = match &op.op {
            Op::Offer(_) => "offer",
            Op::Request(_) => "request",
            Op::Accept { .. } => "accept",
            Op::Cancel { .. } => "cancel",
        };
        let json = serde_json::to_string(op).map_err(Error::internal)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO ride_outbox (op_id, kind, op, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![op.op_id, kind, json, stamp(&now)],
        )?;
        if let Some((ride_id, role, meeting_id, date, p)) = place {
            tx.execute(
                "INSERT INTO ride_places (ride_id, role, meeting_id, date, latitude, longitude,
                                          created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    ride_id,
                    role,
                    meeting_id,
                    date.to_string(),
                    p.latitude,
                    p.longitude,
                    stamp(&now)
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Operations not yet answered, oldest first: the body of the next sync.
    pub fn pending_ops(&self) -> Result<Vec<OutboxOp>> {
        Ok(self
            .outbox()?
            .into_iter()
            .filter(|e| e.state == OpState::Pending)
            .map(|e| e.op)
            .collect())
    }

    /// Every operation with its state, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>> {
        let mut st = self
            .conn
            .prepare("SELECT op, state, code, message, created_at FROM ride_outbox ORDER BY seq")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (op, state, code, message, created_at) = row?;
            let Ok(op) = crate::support::json::from_str(&op) else {
                continue;
            };
            let state = match state.as_str() {
                "applied" => OpState::Applied,
                "rejected" => OpState::Rejected,
                _ => OpState::Pending,
            };
            out.push(OutboxEntry {
                op,
                state,
                code,
                message,
                created_at,
            });
        }
        Ok(out)
    }

    /// Records the server's answers. Answers for unknown ids are ignored; an answer never
    /// turns an answered operation back into a pending one.
    pub fn record_op_results(
        &mut self,
        results: &[OpResult],
        now: DateTime<FixedOffset>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare(
                "UPDATE ride_outbox SET state = ?2, code = ?3, message = ?4, updated_at = ?5
                 WHERE op_id = ?1 AND state = 'pending'",
            )?;
            for r in results {
                let (state, code, message) = match &r.outcome {
                    OpOutcome::Applied => ("applied", None, None),
                    OpOutcome::Rejected { code, message } => {
                        ("rejected", Some(code.as_str()), Some(message.as_str()))
                    }
                };
                st.execute(params![r.op_id, state, code, message, stamp(&now)])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether `ride_id` is one of this phone's offers or requests.
    fn has_ride_place(&self, ride_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM ride_places WHERE ride_id = ?1",
                [ride_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The exact place behind one of this phone's offers or requests (never sent).
    pub fn ride_place(&self, ride_id: &str) -> Result<GeoPoint> {
        self.conn
            .query_row(
                "SELECT latitude, longitude FROM ride_places WHERE ride_id = ?1",
                [ride_id],
                |r| {
                    Ok(GeoPoint {
                        latitude: r.get(0)?,
                        longitude: r.get(1)?,
                    })
                },
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Error::not_found(msg::RIDE_NOT_FOUND),
                e => e.into(),
            })
    }
}

#[cfg(test)]
#[path = "outbox_tests.rs"]
mod tests;
