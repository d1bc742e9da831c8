//! A meeting's time zone worked out from its coordinates, offline.
//!
//! Some feeds (an Al-Anon area's, for one) give every meeting a point but no zone, and no zone
//! is set for the source: without this, every time would be shown as if in the viewer's zone.
//! The boundary data (timezone-boundary-builder, reduced, through `tzf-rs`) weighs about 4 MB,
//! more than the phones' library has room for, so the lookup is the `zone-lookup` cargo
//! feature: on for the CLI (and wherever feeds are imported off the phone), off in the phones'
//! library, where such meetings keep "zone unknown" and are shown in the viewer's zone, flagged.
//! A zone found this way is marked [`TimezoneOrigin::Coordinates`] so every screen can say so.
//!
//! [`TimezoneOrigin::Coordinates`]: crate::directory::model::TimezoneOrigin::Coordinates

use chrono_tz::Tz;

/// Whether this build can work out a zone from coordinates (the core's `zone-lookup` feature).
pub const ZONE_LOOKUP: bool = cfg!(feature = "zone-lookup");

/// The IANA zone at `lat`, `lon`, from the bundled boundary data. `None` when this build has no
/// boundary data, at sea (only the fixed `Etc/GMT±n` ocean zones, which know no summer time, are
/// there), or for a zone chrono-tz does not know.
pub fn zone_at(lat: f64, lon: f64) -> Option<Tz> {
    if !lat.is_finite() || !lon.is_finite() || lat.abs() > 90.0 || lon.abs() > 180.0 {
        return None;
    }
    let name = lookup(lat, lon)?;
    if name.is_empty() || name.starts_with("Etc/") {
        return None;
    }
    name.parse::<Tz>().ok()
}

#[cfg(feature = "zone-lookup")]
fn lookup(lat: f64, lon: f64) -> Option<String> {
    use std::sync::OnceLock;
    static FINDER: OnceLock<Option<tzf_rs::DefaultFinder>> = OnceLock::new();
    // The data is checked when the crate is released; should it still be broken, the lookup is
    // simply unavailable rather than a crash.
    let finder = FINDER.get_or_init(|| std::panic::catch_unwind(tzf_rs::DefaultFinder::new).ok());
    finder.as_ref().map(|f| f.get_tz_name(lon, lat).to_string())
}

#[cfg(not(feature = "zone-lookup"))]
fn lookup(_lat: f64, _lon: f64) -> Option<String> {
    None
}

#[cfg(all(test, feature = "zone-lookup"))]
mod tests {
    use super::*;

    #[test]
    fn points_on_land_have_their_zone_and_the_sea_has_none() {
        assert_eq!(zone_at(39.95, -75.16), Some(chrono_tz::America::New_York));
        assert_eq!(zone_at(52.414, -4.082), Some(chrono_tz::Europe::London));
        assert_eq!(zone_at(-33.87, 151.21), Some(chrono_tz::Australia::Sydney));
        assert_eq!(zone_at(33.45, -112.07), Some(chrono_tz::America::Phoenix));
        assert_eq!(zone_at(30.0, -40.0), None, "mid-Atlantic");
        assert_eq!(zone_at(f64::NAN, 0.0), None);
        assert_eq!(zone_at(95.0, 0.0), None);
    }
}
