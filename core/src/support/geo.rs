//! Distances and search boxes on the WGS84 ellipsoid (geographiclib), for "near me".
//!
//! Points and distances live in `waymark-rides` (the car-pool server measures detours without
//! the core) and are re-exported here; the search boxes are the directory's own.
//!
//! Points reaching this module have been validated by [`crate::support::parse::validate_point`]; 0,0
//! and placeholder points never get here, so they never appear in a distance search.

pub use waymark_rides::geo::{approx_distance_km, distance_km, GeoPoint};

/// A latitude/longitude box that contains every point within `radius_km` of `centre`.
/// Returned as one or two boxes (two when it crosses the ±180° meridian):
/// `(min_lat, max_lat, min_lon, max_lon)`.
pub fn bounding_boxes(centre: GeoPoint, radius_km: f64) -> Vec<(f64, f64, f64, f64)> {
    // One degree of latitude is at least 110.5 km; pad by 1% for the ellipsoid.
    let dlat = radius_km / 110.5 * 1.01;
    let min_lat = (centre.latitude - dlat).max(-90.0);
    let max_lat = (centre.latitude + dlat).min(90.0);
    let widest = centre.latitude.abs() + dlat;
    if widest >= 89.0 {
        return vec![(min_lat, max_lat, -180.0, 180.0)];
    }
    let dlon = radius_km / (111.32 * widest.to_radians().cos()) * 1.01;
    if dlon >= 180.0 {
        return vec![(min_lat, max_lat, -180.0, 180.0)];
    }
    let (lo, hi) = (centre.longitude - dlon, centre.longitude + dlon);
    if lo < -180.0 {
        vec![
            (min_lat, max_lat, lo + 360.0, 180.0),
            (min_lat, max_lat, -180.0, hi),
        ]
    } else if hi > 180.0 {
        vec![
            (min_lat, max_lat, lo, 180.0),
            (min_lat, max_lat, -180.0, hi - 360.0),
        ]
    } else {
        vec![(min_lat, max_lat, lo, hi)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_contain_the_circle_and_wrap_the_antimeridian() {
        let c = GeoPoint {
            latitude: -17.7,
            longitude: 179.9,
        };
        let boxes = bounding_boxes(c, 25.0);
        assert_eq!(boxes.len(), 2);
        let p = GeoPoint {
            latitude: -17.7,
            longitude: -179.9,
        };
        assert!(distance_km(c, p) < 25.0);
        assert!(boxes
            .iter()
            .any(|b| p.longitude >= b.2 && p.longitude <= b.3));
    }
}
