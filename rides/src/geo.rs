//! Points and distances on the WGS84 ellipsoid (geographiclib), as the car-pool needs them.
//!
//! They live here, not in the core, so the server can measure detours without the core; the
//! core re-exports them (`waymark_core::geo`) and keeps its search boxes. Points reaching these
//! functions have been validated (by the core's parser, or [`crate::CoarseCell::from_point`]).

use geographiclib_rs::{Geodesic, InverseGeodesic};

/// A validated point in degrees.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GeoPoint {
    /// Latitude, −90..90.
    // The car-pool server takes places up to ±85° only (`CoarseCell::from_point`).
    #[cfg_attr(feature = "openapi", schema(minimum = -85.0, maximum = 85.0))]
    pub latitude: f64,
    /// Longitude, −180..180.
    #[cfg_attr(feature = "openapi", schema(minimum = -180.0, maximum = 180.0))]
    pub longitude: f64,
}

/// Geodesic distance in kilometres between two points.
pub fn distance_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let g = Geodesic::wgs84();
    let metres: f64 = g.inverse(a.latitude, a.longitude, b.latitude, b.longitude);
    metres / 1000.0
}

/// Great-circle distance on a sphere of the mean Earth radius (haversine), in km: within
/// 0.5% of the geodesic, and much cheaper. Used only to throw out points that are clearly
/// outside a search radius before the exact [`distance_km`].
pub fn approx_distance_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (la1, la2) = (a.latitude.to_radians(), b.latitude.to_radians());
    let dla = la2 - la1;
    let dlo = (b.longitude - a.longitude).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

/// A point from latitude and longitude, for the tests of this crate.
#[cfg(test)]
pub(crate) fn p(latitude: f64, longitude: f64) -> GeoPoint {
    GeoPoint {
        latitude,
        longitude,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_distance() {
        // Philadelphia City Hall to Independence Hall: about 0.9 km.
        let a = GeoPoint {
            latitude: 39.9526,
            longitude: -75.1652,
        };
        let b = GeoPoint {
            latitude: 39.9489,
            longitude: -75.1500,
        };
        let d = distance_km(a, b);
        assert!((d - 1.36).abs() < 0.1, "{d}");
    }

    #[test]
    fn approximation_is_within_half_a_percent() {
        let a = GeoPoint {
            latitude: 52.4153,
            longitude: -4.0829,
        };
        for (lat, lon) in [(52.6, -4.3), (51.5, -0.12), (-33.9, 151.2), (0.0, 179.0)] {
            let b = GeoPoint {
                latitude: lat,
                longitude: lon,
            };
            let (exact, approx) = (distance_km(a, b), approx_distance_km(a, b));
            assert!(
                (exact - approx).abs() <= exact * 0.005 + 0.01,
                "{exact} {approx}"
            );
        }
    }
}
