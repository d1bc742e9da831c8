//! Coarse places: the only form in which a home leaves a phone.
//!
//! A driver's start and a rider's pickup area are sent as [`CoarseCell`]s: the exact point is
//! snapped to the centre of a grid cell of about 1 km, so the same home always gives the same
//! cell (posting twice reveals nothing more) and the cell says "around Penparcau", not which
//! house. Phones make cells and the server checks them, so both use this one definition.

use serde::{Deserialize, Serialize};

use crate::error::{Refusal, Result};
use crate::geo::GeoPoint;

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
            return Err(Refusal::PlaceUnusable.into());
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
            return Err(Refusal::CellOutsideMap.into());
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::p;

    #[test]
    fn a_home_maps_to_the_same_cell_and_the_centre_is_within_a_kilometre() {
        let home = p(52.4153, -4.0829);
        let a = CoarseCell::from_point(home).unwrap();
        let b = CoarseCell::from_point(p(52.4154, -4.0828)).unwrap();
        assert_eq!(a, b);
        let d = crate::geo::distance_km(home, a.centre());
        assert!(d < 1.0, "{d}");
        // The centre is not the home.
        assert!(crate::geo::distance_km(home, a.centre()) > 0.01);
        // Far north the cell is still about 1 km wide.
        let n = CoarseCell::from_point(p(69.65, 18.95)).unwrap();
        let east = CoarseCell {
            col: n.col + 1,
            ..n
        };
        let w = crate::geo::distance_km(n.centre(), east.centre());
        assert!((0.9..1.3).contains(&w), "{w}");
        assert!(CoarseCell::from_point(p(0.0, 0.0)).is_err());
        assert!(CoarseCell::from_point(p(91.0, 0.0)).is_err());
        assert!(CoarseCell::from_point(p(f64::NAN, 0.0)).is_err());
    }
}
