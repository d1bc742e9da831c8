//! The car-pool sync protocol: what a phone sends to `POST /v1/rides/sync` and what it gets
//! back. Shared by the client (the vault's outbox) and the server, so both check the same
//! limits the same way.
//!
//! A phone composes offers, requests, acceptances and cancellations offline; each becomes an
//! [`OutboxOp`] with a client-made id (UUIDv7). Sync sends the pending ones; the server applies
//! each at most once (a retried op id gets the stored answer back) and answers per op:
//! applied, or rejected with a stable code ("seat_taken", "not_owner", …) the app turns into
//! plain words. Places are [`CoarseCell`]s only; an exact pickup point (a public place chosen
//! by the person) travels only inside an acceptance, and the server hands it only to the
//! confirmed counterpart.
//!
//! Nothing a client says is taken on trust: ids must be UUIDs, an occurrence's date must be
//! the start's local date (in the meeting's zone, [`RideOffer::timezone`]), and a start must
//! lie between now and [`MAX_DAYS_AHEAD`] days ahead ([`start_refusal`]). The phone checks the
//! same things when a ride is composed, so what it queues is what the server takes.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Refusal, Result};
use crate::geo::GeoPoint;
use crate::CoarseCell;

/// Most operations in one sync.
pub const MAX_OPS: usize = 100;
/// Most meetings followed in one sync.
pub const MAX_FOLLOW: usize = 50;
/// Most seats an offer may have.
pub const MAX_SEATS: u8 = 8;
/// Longest detour a driver may accept, in minutes.
pub const MAX_DETOUR_MINUTES: u32 = 60;
/// Most flexibility a rider may give about their pickup time, in minutes.
pub const MAX_FLEXIBILITY_MINUTES: u32 = 120;
/// Furthest ahead a ride may be arranged: a meeting starting later than this many days from
/// now is refused (`too_far_ahead`), so nothing is stored that would wait months for its purge.
pub const MAX_DAYS_AHEAD: i64 = 60;
/// Without a [`RideOffer::timezone`], an occurrence's date must be the start's local date in
/// some zone on Earth: UTC−12 to UTC+14 (hours).
pub const LOCAL_OFFSETS_HOURS: (i64, i64) = (-12, 14);

/// A driver's offer for one meeting occurrence.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RideOffer {
    /// Client-made id (UUID).
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,64}$"))]
    pub ride_id: String,
    /// The directory's meeting id.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub meeting_id: String,
    /// The occurrence's local date.
    pub date: NaiveDate,
    /// Where the meeting is (public).
    pub meeting_place: GeoPoint,
    /// When it starts.
    pub meeting_start: DateTime<Utc>,
    /// The meeting's IANA time zone ("Europe/London"): `date` must be `meeting_start`'s date
    /// there. Absent from older clients; the date is then only checked against every zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Free seats.
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 8))]
    pub seats: u8,
    /// The driver's start, coarse.
    pub origin: CoarseCell,
    /// Earliest the driver can leave.
    #[serde(default)]
    pub leave_after: Option<DateTime<Utc>>,
    /// Most minutes the driver will add.
    #[cfg_attr(feature = "openapi", schema(maximum = 60))]
    pub max_detour_minutes: u32,
    /// Only women riders.
    #[serde(default)]
    pub women_only: bool,
    /// Room for a wheelchair.
    #[serde(default)]
    pub wheelchair_space: bool,
}

/// A rider's request for one meeting occurrence.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RideRequest {
    /// Client-made id (UUID).
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,64}$"))]
    pub ride_id: String,
    /// The directory's meeting id.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub meeting_id: String,
    /// The occurrence's local date.
    pub date: NaiveDate,
    /// Where the meeting is (public).
    pub meeting_place: GeoPoint,
    /// When it starts.
    pub meeting_start: DateTime<Utc>,
    /// The meeting's IANA time zone; see [`RideOffer::timezone`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The pickup area, coarse.
    pub pickup: CoarseCell,
    /// When the rider wants to be there.
    pub arrive_by: DateTime<Utc>,
    /// Minutes later that are still fine.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(maximum = 120))]
    pub flexibility_minutes: u32,
    /// Needs wheelchair space.
    #[serde(default)]
    pub needs_wheelchair: bool,
    /// Fits a women-only offer.
    #[serde(default)]
    pub rider_is_woman: bool,
}

/// One thing a phone asks the server to do.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Op {
    /// Offer seats.
    Offer(RideOffer),
    /// Ask for a seat.
    Request(RideRequest),
    /// Confirm a proposed match, sharing an exact pickup point (a public place).
    Accept {
        /// The proposal.
        #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,64}$"))]
        match_id: String,
        /// The exact public place to meet (shown only to the confirmed counterpart).
        #[serde(default)]
        pickup_point: Option<GeoPoint>,
    },
    /// Withdraw an offer or request (only its owner can).
    Cancel {
        /// The offer or request.
        #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,64}$"))]
        ride_id: String,
    },
}

/// An operation with its client-made id, as queued in the outbox and sent.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutboxOp {
    /// Client-made id (UUID); retrying the same id is safe.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{1,64}$"))]
    pub op_id: String,
    /// What to do.
    pub op: Op,
}

/// A meeting occurrence whose rides the phone follows.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Followed {
    /// Meeting id.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub meeting_id: String,
    /// Local date.
    pub date: NaiveDate,
}

/// The body of `POST /v1/rides/sync`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    /// Pending operations, oldest first.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 100))]
    pub ops: Vec<OutboxOp>,
    /// Meetings to hear about.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub follow: Vec<Followed>,
    /// The cursor from the last answer (changes since then).
    #[serde(default)]
    pub since: Option<i64>,
}

/// How the server took one operation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum OpOutcome {
    /// Done.
    Applied,
    /// Not done, with a stable code and a plain sentence.
    Rejected {
        /// `seat_taken`, `not_owner`, `not_found`, `conflict`, `too_late`, `too_far_ahead`,
        /// `already_matched`, `no_longer_available`, `already_have_ride` (one ride per
        /// meeting occurrence per device), `too_many_rides` (the device's cap of open rides),
        /// `meeting_full` (the occurrence's cap of open rides).
        code: String,
        /// For people.
        message: String,
    },
}

/// The answer for one operation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpResult {
    /// The operation.
    pub op_id: String,
    /// What happened.
    #[serde(flatten)]
    pub outcome: OpOutcome,
}

/// This device's part in a ride.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Offering seats.
    Driver,
    /// Asking for a seat.
    Rider,
}

/// One of this device's offers or requests, as the server holds it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RideView {
    /// The offer or request.
    pub ride_id: String,
    /// Driver (offer) or rider (request).
    pub role: Role,
    /// The meeting.
    pub meeting_id: String,
    /// The occurrence's date.
    pub date: NaiveDate,
    /// `open`, `matched` (a rider with a seat) or `cancelled`.
    pub state: String,
    /// Seats still free (offers).
    pub seats_left: Option<u8>,
    /// This ride's one-off pseudonym.
    pub handle: String,
}

/// Where a match stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchState {
    /// Suggested; nobody has a seat yet.
    Proposed,
    /// The rider accepted and holds the seat; waiting for the driver.
    SeatHeld,
    /// Both accepted: pickup points and handles are shared.
    Confirmed,
    /// Withdrawn, cancelled, or the seat went to someone else.
    Cancelled,
}

/// A match as one party sees it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchView {
    /// The match.
    pub match_id: String,
    /// This device's role.
    pub role: Role,
    /// This device's ride (offer or request).
    pub ride_id: String,
    /// Where it stands.
    pub state: MatchState,
    /// Minutes this pickup adds to the driver's route ("about 6 minutes out of your way").
    pub added_minutes: u32,
    /// When the driver reaches the pickup area (estimate).
    pub pickup_at: DateTime<Utc>,
    /// Whether this device accepted.
    pub you_accepted: bool,
    /// Whether the other party accepted.
    pub they_accepted: bool,
    /// The other party's one-off handle, once confirmed.
    pub counterpart_handle: Option<String>,
    /// The other party's chosen pickup point, once confirmed.
    pub counterpart_point: Option<GeoPoint>,
}

/// The answer to `POST /v1/rides/sync`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SyncResponse {
    /// One per operation sent, in order.
    pub results: Vec<OpResult>,
    /// This device's rides (changed since the cursor, when one was sent).
    pub rides: Vec<RideView>,
    /// Matches this device is part of (changed since the cursor, when one was sent).
    pub matches: Vec<MatchView>,
    /// Send this as `since` next time.
    pub cursor: i64,
}

/// A client-made id (ride, operation): a UUID in its usual lower-case hyphenated form, so one
/// ride cannot hide behind another spelling of the same id.
fn check_id(refusal: Refusal, id: &str) -> Result<()> {
    match uuid::Uuid::try_parse(id) {
        Ok(u) if u.hyphenated().to_string() == id => Ok(()),
        _ => Err(refusal.into()),
    }
}

/// A server-made id (a match): any spelling of a UUID (the board makes 32 hex digits).
fn check_match_id(id: &str) -> Result<()> {
    if id.len() > 45 || uuid::Uuid::try_parse(id).is_err() {
        return Err(Refusal::MatchIdNotUuid.into());
    }
    Ok(())
}

/// `date` must be the local date of `start` in the meeting's zone (or, without one, in some
/// zone between UTC−12 and UTC+14).
pub fn check_occurrence_date(
    date: NaiveDate,
    start: DateTime<Utc>,
    timezone: Option<&str>,
) -> Result<()> {
    let fits = match timezone {
        Some(name) => {
            let tz = match name.len() {
                0..=64 => name.parse::<chrono_tz::Tz>().ok(),
                _ => None,
            }
            .ok_or(Refusal::TimezoneUnknown)?;
            start.with_timezone(&tz).date_naive() == date
        }
        None => {
            let (west, east) = LOCAL_OFFSETS_HOURS;
            ((start + Duration::hours(west)).date_naive()
                ..=(start + Duration::hours(east)).date_naive())
                .contains(&date)
        }
    };
    if !fits {
        return Err(Refusal::DateNotLocal.into());
    }
    Ok(())
}

/// Why an offer or request for a meeting starting at `start` cannot be taken at `now`
/// ([`Refusal::TooLate`] or [`Refusal::TooFarAhead`], whose codes are `too_late` and
/// `too_far_ahead`); `None` when it can. The server answers with these, and the phone refuses
/// to compose such a ride in the first place.
pub fn start_refusal(start: DateTime<Utc>, now: DateTime<Utc>) -> Option<Refusal> {
    if start < now {
        return Some(Refusal::TooLate);
    }
    if start > now + Duration::days(MAX_DAYS_AHEAD) {
        return Some(Refusal::TooFarAhead {
            days: MAX_DAYS_AHEAD,
        });
    }
    None
}

fn check_meeting(meeting_id: &str, place: GeoPoint) -> Result<()> {
    if meeting_id.trim().is_empty() || meeting_id.len() > 300 {
        return Err(Refusal::MeetingIdInvalid.into());
    }
    CoarseCell::from_point(place).map(|_| ())
}

impl OutboxOp {
    /// Checks one operation the way the server will.
    pub fn validate(&self) -> Result<()> {
        check_id(Refusal::OpIdNotUuid, &self.op_id)?;
        match &self.op {
            Op::Offer(o) => {
                check_id(Refusal::RideIdNotUuid, &o.ride_id)?;
                check_meeting(&o.meeting_id, o.meeting_place)?;
                check_occurrence_date(o.date, o.meeting_start, o.timezone.as_deref())?;
                o.origin.validate()?;
                if o.seats == 0 || o.seats > MAX_SEATS {
                    return Err(Refusal::Seats { max: MAX_SEATS }.into());
                }
                if o.max_detour_minutes > MAX_DETOUR_MINUTES {
                    return Err(Refusal::Detour {
                        max: MAX_DETOUR_MINUTES,
                    }
                    .into());
                }
                if o.leave_after.is_some_and(|l| l > o.meeting_start) {
                    return Err(Refusal::LeaveAfterStart.into());
                }
            }
            Op::Request(r) => {
                check_id(Refusal::RideIdNotUuid, &r.ride_id)?;
                check_meeting(&r.meeting_id, r.meeting_place)?;
                check_occurrence_date(r.date, r.meeting_start, r.timezone.as_deref())?;
                r.pickup.validate()?;
                if r.flexibility_minutes > MAX_FLEXIBILITY_MINUTES {
                    return Err(Refusal::Flexibility {
                        max: MAX_FLEXIBILITY_MINUTES,
                    }
                    .into());
                }
                if r.arrive_by > r.meeting_start + chrono::Duration::hours(1) {
                    return Err(Refusal::ArriveAfterStart.into());
                }
            }
            Op::Accept {
                match_id,
                pickup_point,
            } => {
                check_match_id(match_id)?;
                if let Some(p) = pickup_point {
                    CoarseCell::from_point(*p)?;
                }
            }
            Op::Cancel { ride_id } => check_id(Refusal::RideIdNotUuid, ride_id)?,
        }
        Ok(())
    }
}

impl SyncRequest {
    /// Checks sizes and every operation.
    pub fn validate(&self) -> Result<()> {
        if self.ops.len() > MAX_OPS {
            return Err(Refusal::TooManyOps { max: MAX_OPS }.into());
        }
        if self.follow.len() > MAX_FOLLOW {
            return Err(Refusal::TooManyFollowed { max: MAX_FOLLOW }.into());
        }
        for f in &self.follow {
            check_meeting(
                &f.meeting_id,
                GeoPoint {
                    latitude: 1.0,
                    longitude: 1.0,
                },
            )?;
        }
        for op in &self.ops {
            op.validate()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    fn offer() -> OutboxOp {
        OutboxOp {
            op_id: "0193a1b2-0000-7000-8000-000000000001".into(),
            op: Op::Offer(RideOffer {
                ride_id: "0193a1b2-0000-7000-8000-000000000002".into(),
                meeting_id: "wales:tue-eve".into(),
                date: "2026-11-26".parse().unwrap(),
                meeting_place: GeoPoint {
                    latitude: 52.414,
                    longitude: -4.081,
                },
                meeting_start: "2026-11-26T19:30:00Z".parse().unwrap(),
                timezone: Some("Europe/London".into()),
                seats: 3,
                origin: CoarseCell::from_point(GeoPoint {
                    latitude: 52.4085,
                    longitude: -4.0560,
                })
                .unwrap(),
                leave_after: None,
                max_detour_minutes: 15,
                women_only: true,
                wheelchair_space: false,
            }),
        }
    }

    #[test]
    fn ops_round_trip_and_carry_only_coarse_cells() {
        let op = offer();
        op.validate().unwrap();
        let json = serde_json::to_string(&op).unwrap();
        assert!(json.contains("\"type\":\"offer\""));
        assert!(json.contains("\"origin\":{\"row\":"));
        assert!(!json.contains("4.056"), "{json}");
        assert_eq!(serde_json::from_str::<OutboxOp>(&json).unwrap(), op);
    }

    #[test]
    fn malformed_ops_are_typed_errors() {
        let mut bad = offer();
        if let Op::Offer(o) = &mut bad.op {
            o.seats = 0;
        }
        assert!(matches!(bad.validate(), Err(Error::InvalidArgument(_))));
        let mut bad = offer();
        bad.op_id = "'; DROP TABLE rides; --".into();
        assert!(bad.validate().is_err());
        let mut bad = offer();
        if let Op::Offer(o) = &mut bad.op {
            o.max_detour_minutes = 600;
        }
        assert!(bad.validate().is_err());
        // Unknown fields and types are refused when parsing.
        assert!(
            serde_json::from_str::<OutboxOp>(r#"{"op_id":"a","op":{"type":"teleport"}}"#).is_err()
        );
        assert!(serde_json::from_str::<SyncRequest>(r#"{"ops":[],"home":"1 My St"}"#).is_err());
        let too_many = SyncRequest {
            ops: vec![offer(); MAX_OPS + 1],
            ..SyncRequest::default()
        };
        assert!(too_many.validate().is_err());
    }

    fn offer_mut(op: &mut OutboxOp) -> &mut RideOffer {
        match &mut op.op {
            Op::Offer(o) => o,
            _ => unreachable!(),
        }
    }

    #[test]
    fn ids_must_be_uuids() {
        let mut bad = offer();
        offer_mut(&mut bad).ride_id = "a".repeat(64);
        assert_eq!(
            bad.validate(),
            Err(Error::InvalidArgument(Refusal::RideIdNotUuid))
        );
        // Another spelling of the same UUID is refused, so one ride has one id.
        let mut bad = offer();
        offer_mut(&mut bad).ride_id = "0193A1B2-0000-7000-8000-000000000002".into();
        assert!(bad.validate().is_err());
        let mut bad = offer();
        bad.op_id = "0193a1b200007000800000000000000a".into();
        assert!(bad.validate().is_err());
        // The board's own match ids (32 hex digits) are UUIDs too; anything else is not.
        let accept = |match_id: &str| OutboxOp {
            op_id: "0193a1b2-0000-7000-8000-000000000003".into(),
            op: Op::Accept {
                match_id: match_id.into(),
                pickup_point: None,
            },
        };
        accept("9f86d081884c7d659a2feaa0c55ad015")
            .validate()
            .unwrap();
        assert!(accept("not-a-match").validate().is_err());
        assert!(accept(&"f".repeat(64)).validate().is_err());
    }

    #[test]
    fn the_date_must_be_the_starts_local_date() {
        // 19:30 UTC on 26 November is 26 November in London…
        let mut op = offer();
        offer_mut(&mut op).date = "2026-11-27".parse().unwrap();
        assert!(matches!(
            op.validate(),
            Err(Error::InvalidArgument(Refusal::DateNotLocal))
        ));
        // …but 27 November in Auckland.
        offer_mut(&mut op).timezone = Some("Pacific/Auckland".into());
        op.validate().unwrap();
        offer_mut(&mut op).timezone = Some("Mars/Olympus_Mons".into());
        assert!(op.validate().is_err());
        // Without a zone, any zone on Earth will do: 25–27 November, not 28th or a year off.
        offer_mut(&mut op).timezone = None;
        for ok in ["2026-11-26", "2026-11-27"] {
            offer_mut(&mut op).date = ok.parse().unwrap();
            op.validate().unwrap();
        }
        for bad in ["2026-11-25", "2026-11-28", "9999-11-26"] {
            offer_mut(&mut op).date = bad.parse().unwrap();
            assert!(op.validate().is_err(), "{bad}");
        }
        // (07:30 UTC is still 25 November at UTC−12.)
        offer_mut(&mut op).meeting_start = "2026-11-26T07:30:00Z".parse().unwrap();
        offer_mut(&mut op).date = "2026-11-25".parse().unwrap();
        op.validate().unwrap();
    }

    #[test]
    fn starts_are_taken_from_now_to_sixty_days_ahead() {
        let now: DateTime<Utc> = "2026-11-22T10:00:00Z".parse().unwrap();
        assert_eq!(start_refusal(now + Duration::days(2), now), None);
        assert_eq!(
            start_refusal(now + Duration::days(MAX_DAYS_AHEAD), now),
            None
        );
        let far = start_refusal("9999-01-01T19:00:00Z".parse().unwrap(), now);
        assert_eq!(far.map(|r| r.code().as_str()), Some("too_far_ahead"));
        let past = start_refusal(now - Duration::hours(1), now);
        assert_eq!(past, Some(Refusal::TooLate));
        assert_eq!(Refusal::TooLate.code().as_str(), "too_late");
    }
}
