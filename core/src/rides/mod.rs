//! Car-pools to meetings: coarse places, travel-time estimates, and matching.
//!
//! Nobody's home leaves their phone. A driver's start and a rider's pickup area are sent as
//! [`CoarseCell`]s: the exact point is snapped to the centre of a grid cell of about 1 km, so
//! the same home always gives the same cell (posting twice reveals nothing more) and the cell
//! says "around Penparcau", not which house. Exact pickup points (a public place each person
//! chooses) are shared only after both confirm, and only with the other party.
//!
//! Matching runs in the core so that phones and the server answer the same way
//! ([`matching`]). Without a routing engine offline, travel time is estimated from distance
//! ([`StraightLineEstimator`]: great-circle distance × a road factor, at an average speed); the
//! [`TravelEstimator`] trait is where a routing engine plugs in later.

pub mod client;
pub mod matching;
pub mod outbox;
pub mod protocol;

use serde::{Deserialize, Serialize};

use crate::support::error::{Error, Result};
use crate::support::geo::GeoPoint;

/// Cell size in degrees of latitude: 0.01° ≈ 1.11 km. Longitude steps are widened by
/// 1/cos(latitude) so cells stay roughly square.
pub const CELL_DEGREES: f64 = 0.01;

/// A coarse place: the centre of a ~1 km grid cell. Only this leaves the phone.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CoarseCell {
    /// Row: floor(latitude / [`CELL_DEGREES`]).
    #[cfg_attr(feature = "openapi", schema(minimum = -8500, maximum = 8499))]
    pub row: i32,
    /// Column: floor(longitude / (CELL_DEGREES / cos(row's latitude))).
    #[cfg_attr(feature = "openapi", schema(minimum = -18000, maximum = 17999))]
    pub col: i32,
}

impl CoarseCell {
    /// The cell holding an exact point (validated: −90..90, −180..180, not 0,0).
    pub fn from_point(p: GeoPoint) -> Result<Self> {
        if !(-85.0..=85.0).contains(&p.latitude)
            || !(-180.0..=180.0).contains(&p.longitude)
            || (p.latitude == 0.0 && p.longitude == 0.0)
            || !p.latitude.is_finite()
            || !p.longitude.is_finite()
        {
            return Err(Error::invalid(
                "that is not a usable place: latitude −85..85, longitude −180..180",
            ));
        }
        let row = (p.latitude / CELL_DEGREES).floor() as i32;
        let col = (p.longitude / Self::lon_step(row)).floor() as i32;
        Ok(Self { row, col })
    }

    fn lon_step(row: i32) -> f64 {
        let lat = (f64::from(row) + 0.5) * CELL_DEGREES;
        CELL_DEGREES / lat.to_radians().cos().max(0.05)
    }

    /// The cell's centre: the only point the server and other people ever see.
    pub fn centre(self) -> GeoPoint {
        let step = Self::lon_step(self.row);
        GeoPoint {
            latitude: (f64::from(self.row) + 0.5) * CELL_DEGREES,
            longitude: (f64::from(self.col) + 0.5) * step,
        }
    }

    /// Checks a cell that came from outside (a request body).
    pub fn validate(self) -> Result<Self> {
        let c = self.centre();
        if !(-85.0..=85.0).contains(&c.latitude) || !(-180.0..=180.0).contains(&c.longitude) {
            return Err(Error::invalid("that place cell is outside the map"));
        }
        Ok(self)
    }
}

/// Travel time between two places, in minutes. Implement this with a routing engine to
/// replace the distance-based estimate.
pub trait TravelEstimator: Send + Sync {
    /// Minutes to drive from `a` to `b`.
    fn minutes(&self, a: GeoPoint, b: GeoPoint) -> f64;
}

/// Travel time from distance: great-circle km × `road_factor` ÷ `speed_kmh`.
///
/// The defaults (road factor 1.3, 35 km/h) are typical of towns and suburbs: roads are about
/// 30 % longer than the straight line, and 35 km/h averages lights, junctions and parking.
/// They overestimate motorway trips, which errs on the side of a driver's detour limit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StraightLineEstimator {
    /// Road distance ÷ straight-line distance.
    pub road_factor: f64,
    /// Average speed in km/h.
    pub speed_kmh: f64,
}

impl Default for StraightLineEstimator {
    fn default() -> Self {
        Self {
            road_factor: 1.3,
            speed_kmh: 35.0,
        }
    }
}

impl TravelEstimator for StraightLineEstimator {
    fn minutes(&self, a: GeoPoint, b: GeoPoint) -> f64 {
        crate::support::geo::approx_distance_km(a, b) * self.road_factor / self.speed_kmh * 60.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(latitude: f64, longitude: f64) -> GeoPoint {
        GeoPoint {
            latitude,
            longitude,
        }
    }

    #[test]
    fn a_home_maps_to_the_same_cell_and_the_centre_is_within_a_kilometre() {
        let home = p(52.4153, -4.0829);
        let a = CoarseCell::from_point(home).unwrap();
        let b = CoarseCell::from_point(p(52.4154, -4.0828)).unwrap();
        assert_eq!(a, b);
        let d = crate::support::geo::distance_km(home, a.centre());
        assert!(d < 1.0, "{d}");
        // The centre is not the home.
        assert!(crate::support::geo::distance_km(home, a.centre()) > 0.01);
        // Far north the cell is still about 1 km wide.
        let n = CoarseCell::from_point(p(69.65, 18.95)).unwrap();
        let east = CoarseCell {
            col: n.col + 1,
            ..n
        };
        let w = crate::support::geo::distance_km(n.centre(), east.centre());
        assert!((0.9..1.3).contains(&w), "{w}");
        assert!(CoarseCell::from_point(p(0.0, 0.0)).is_err());
        assert!(CoarseCell::from_point(p(91.0, 0.0)).is_err());
        assert!(CoarseCell::from_point(p(f64::NAN, 0.0)).is_err());
    }

    #[test]
    fn estimates_grow_with_distance() {
        let e = StraightLineEstimator::default();
        let a = p(52.4153, -4.0829);
        let b = p(52.3950, -4.0700);
        let m = e.minutes(a, b);
        assert!(m > 3.0 && m < 8.0, "{m}");
        assert_eq!(e.minutes(a, a), 0.0);
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
            return Err(crate::Error::invalid(format!(
                "{} has no exact place, so rides cannot go there",
                meeting.name
            )))
        }
    };
    let timezone = meeting
        .timezone
        .as_deref()
        .and_then(crate::support::parse::parse_timezone)
        .ok_or_else(|| {
            crate::Error::invalid(format!("{} has no time zone in its feed", meeting.name))
        })?;
    let day = date.weekday().num_days_from_sunday() as u8;
    let start = match meeting.start_minute {
        Some(s) if meeting.weekdays.contains(&day) => s,
        _ => {
            return Err(crate::Error::invalid(format!(
                "{} does not meet on {date}",
                meeting.name
            )))
        }
    };
    Ok(RideDestination {
        place,
        starts_at: crate::support::occurrence::local_instant(timezone, date, u32::from(start)),
        timezone,
    })
}
