//! Tile ids and coverage: the fixed grid a relay cuts the world into, and which tiles cover
//! "this far around here". Cells are [`TILE_DEGREES`] square (at least about 100 km across up
//! to 60° N/S), so asking for one says little about where someone is.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::format::{damaged, RelayError, ONLINE_TILE, TILE_DEGREES};
use crate::support::geo::{bounding_boxes, GeoPoint};

type Result<T, E = RelayError> = std::result::Result<T, E>;

/// A tile's id: `n52w004` is the cell from 52° N to 54° N and 4° W to 2° W (its south-west
/// corner, in whole degrees); `online` is the pack of online-only meetings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TileId(String);

impl TileId {
    /// The online pack.
    pub fn online() -> Self {
        TileId(ONLINE_TILE.into())
    }

    /// The tile a point lies in.
    pub fn for_point(p: GeoPoint) -> Self {
        let (lat, lon) = cell_of(p.latitude, p.longitude);
        Self::of_cell(lat, lon)
    }

    fn of_cell(lat_cell: i32, lon_cell: i32) -> Self {
        let (lat, lon) = (lat_cell * TILE_DEGREES, lon_cell * TILE_DEGREES);
        TileId(format!(
            "{}{:02}{}{:03}",
            if lat >= 0 { 'n' } else { 's' },
            lat.unsigned_abs(),
            if lon >= 0 { 'e' } else { 'w' },
            lon.unsigned_abs()
        ))
    }

    /// Reads a tile id (`online` or a grid cell such as `n52w004`).
    pub fn parse(text: &str) -> Result<Self> {
        if text == ONLINE_TILE {
            return Ok(Self::online());
        }
        Self::corner(text)
            .map(|_| TileId(text.to_string()))
            .ok_or_else(|| damaged("not a tile id"))
    }

    /// South-west corner (latitude, longitude) of a grid tile; `None` for the online pack.
    pub fn corner(text: &str) -> Option<(i32, i32)> {
        let b = text.as_bytes();
        if b.len() != 7 || !b[1..3].iter().chain(&b[4..7]).all(u8::is_ascii_digit) {
            return None;
        }
        let lat: i32 = text[1..3].parse().ok()?;
        let lon: i32 = text[4..7].parse().ok()?;
        let lat = match b[0] {
            b'n' => lat,
            b's' if lat > 0 => -lat,
            _ => return None,
        };
        let lon = match b[3] {
            b'e' => lon,
            b'w' if lon > 0 => -lon,
            _ => return None,
        };
        let ok = lat % TILE_DEGREES == 0
            && lon % TILE_DEGREES == 0
            && (-90..90).contains(&lat)
            && (-180..180).contains(&lon);
        ok.then_some((lat, lon))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is the online pack.
    pub fn is_online(&self) -> bool {
        self.0 == ONLINE_TILE
    }

    /// Whether `p` lies in this tile (never for the online pack).
    pub fn contains(&self, p: GeoPoint) -> bool {
        !self.is_online() && Self::for_point(p) == *self
    }
}

impl std::fmt::Display for TileId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TileId {
    type Error = RelayError;
    fn try_from(s: String) -> Result<Self> {
        Self::parse(&s)
    }
}

impl From<TileId> for String {
    fn from(t: TileId) -> String {
        t.0
    }
}

/// Grid cell (in units of [`TILE_DEGREES`]) of a point; latitudes at the poles and longitudes
/// at ±180° fold into the last cell.
fn cell_of(lat: f64, lon: f64) -> (i32, i32) {
    let d = TILE_DEGREES as f64;
    let rows = 180 / TILE_DEGREES;
    let cols = 360 / TILE_DEGREES;
    let lat = if lat.is_finite() { lat } else { 0.0 };
    let lon = if lon.is_finite() { lon } else { 0.0 };
    let lon = (lon + 180.0).rem_euclid(360.0) - 180.0;
    let row = ((lat / d).floor() as i32).clamp(-rows / 2, rows / 2 - 1);
    let col = ((lon / d).floor() as i32).clamp(-cols / 2, cols / 2 - 1);
    (row, col)
}

/// Every grid tile that has a point within `radius_km` of `center` (sorted; the online pack
/// is not included: a phone that wants online meetings asks for it as well). A radius of 0
/// gives the centre's own tile.
pub fn tiles_covering(center: GeoPoint, radius_km: f64) -> Vec<TileId> {
    if !center.latitude.is_finite() || !center.longitude.is_finite() {
        return Vec::new();
    }
    let radius = if radius_km.is_finite() {
        radius_km.clamp(0.0, 20_100.0)
    } else {
        20_100.0
    };
    let mut out = BTreeSet::new();
    for (min_lat, max_lat, min_lon, max_lon) in bounding_boxes(center, radius) {
        let (r0, c0) = cell_of(min_lat, min_lon);
        let (r1, _) = cell_of(max_lat, min_lon);
        // The east edge of a box is inclusive: 180° is the last cell, not the first.
        let c1 = if max_lon >= 180.0 {
            180 / TILE_DEGREES - 1
        } else {
            cell_of(min_lat, max_lon).1
        };
        for r in r0..=r1 {
            for c in c0..=c1 {
                out.insert(TileId::of_cell(r, c));
            }
        }
    }
    out.into_iter().collect()
}
