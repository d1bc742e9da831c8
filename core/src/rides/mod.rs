//! Car-pools to meetings: the phone's side (the client, where a ride goes) over the shared
//! car-pool crate.
//!
//! Nobody's home leaves their phone. A driver's start and a rider's pickup area are sent as
//! [`CoarseCell`]s: the exact point is snapped to the centre of a grid cell of about 1 km, so
//! the same home always gives the same cell (posting twice reveals nothing more) and the cell
//! says "around Penparcau", not which house. Exact pickup points (a public place each person
//! chooses) are shared only after both confirm, and only with the other party.
//!
//! The protocol, matching, cells and travel estimates live in `waymark-rides`, so that phones
//! and the server (which does not depend on the core) answer the same way; they are
//! re-exported here so core callers keep their paths (`waymark_core::rides::protocol`, …).
//! What stays here is what needs the core: the HTTP [`client`] and [`ride_destination`] (a
//! meeting's place and start from the directory).

pub mod client;
pub mod outbox;
pub mod sync;

pub use waymark_rides::matching;
pub use waymark_rides::protocol;
pub use waymark_rides::{CoarseCell, StraightLineEstimator, TravelEstimator, CELL_DEGREES};

use crate::support::geo::GeoPoint;

/// A refusal of the car-pool crate becomes the core's [`crate::Error::InvalidArgument`]. The
/// car-pool crate stands alone (the server uses it too) and words its refusals in English;
/// they are checks of the protocol a person rarely meets, carried as the message's detail.
impl From<waymark_rides::Error> for crate::Error {
    fn from(e: waymark_rides::Error) -> Self {
        match e {
            waymark_rides::Error::InvalidArgument(m) => crate::Error::invalid_with(
                crate::support::msg::RIDE_INVALID,
                [("detail", m.into())],
            ),
        }
    }
}

/// Where and when a ride goes: a meeting's exact place and its start on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct RideDestination {
    /// The meeting's place (never an approximate one).
    pub place: GeoPoint,
    /// The start on that date, as an instant.
    pub starts_at: chrono::DateTime<chrono::Utc>,
    /// The meeting's zone, for reading other meeting-local times on that date.
    pub timezone: chrono_tz::Tz,
}

/// The place and start of `meeting` on `date` (meeting-local), or a plain reason why no ride
/// can go there: no exact place, no known zone, or not meeting that day.
pub fn ride_destination(
    meeting: &crate::Meeting,
    date: chrono::NaiveDate,
) -> crate::Result<RideDestination> {
    use chrono::Datelike;
    let place = match (meeting.latitude, meeting.longitude) {
        (Some(latitude), Some(longitude)) if !meeting.approximate_location => GeoPoint {
            latitude,
            longitude,
        },
        _ => {
            return Err(crate::Error::invalid_with(
                crate::support::msg::RIDE_NO_PLACE,
                [("meeting", meeting.name.as_str().into())],
            ))
        }
    };
    let timezone = meeting
        .timezone
        .as_deref()
        .and_then(crate::support::parse::parse_timezone)
        .ok_or_else(|| {
            crate::Error::invalid_with(
                crate::support::msg::RIDE_NO_ZONE,
                [("meeting", meeting.name.as_str().into())],
            )
        })?;
    let day = date.weekday().num_days_from_sunday() as u8;
    let start = match meeting.start_minute {
        Some(s) if meeting.weekdays.contains(&day) => s,
        _ => {
            return Err(crate::Error::invalid_with(
                crate::support::msg::RIDE_WRONG_DAY,
                [
                    ("meeting", meeting.name.as_str().into()),
                    ("date", date.to_string().into()),
                ],
            ))
        }
    };
    Ok(RideDestination {
        place,
        starts_at: crate::support::occurrence::local_instant(timezone, date, u32::from(start)),
        timezone,
    })
}
