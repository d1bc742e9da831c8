//! Travel time between places, for detours and arrive-by checks.
//!
//! Without a routing engine offline, travel time is estimated from distance
//! ([`StraightLineEstimator`]: great-circle distance × a road factor, at an average speed); the
//! [`TravelEstimator`] trait is where a routing engine plugs in later.

use crate::geo::GeoPoint;

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
        crate::geo::approx_distance_km(a, b) * self.road_factor / self.speed_kmh * 60.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::p;

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
