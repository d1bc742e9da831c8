//! How a meeting is stored for fast offline search: one row per meeting with its week minutes
//! at the zone's reference offset, a coarse grid cell, an id hash, and the detail JSON; the
//! writer that inserts and updates those rows in batches.

use super::*;
/// Minutes in a week.
pub(crate) const WEEK_MINUTES: i64 = 7 * 24 * 60;

/// What only the detail view needs, stored as one JSON column.
#[derive(serde::Serialize, serde::Deserialize, Default)]
pub(super) struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) conference_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) conference_url_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) conference_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) conference_phone_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) location_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) updated: Option<String>,
    #[serde(default)]
    pub(super) raw_types: Vec<String>,
    #[serde(default)]
    pub(super) region: Vec<String>,
    #[serde(default)]
    pub(super) approximate_location: bool,
    #[serde(default)]
    pub(super) timezone_origin: Option<TimezoneOrigin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) feedback_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) feedback_emails: Vec<String>,
    #[serde(default, skip_serializing_if = "MeetingEnd::is_stated")]
    pub(super) end: MeetingEnd,
    /// The same meeting's ids at other sources (merged by a relay).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) also_listed_as: Vec<String>,
}

/// What a search result needs from a stored meeting's `details` JSON: the region path, whether
/// the end is the feed's, whether the zone was worked out from the map, and the type values as
/// the feed wrote them (to show the ones we do not know). The other fields are skipped rather
/// than copied.
#[derive(serde::Deserialize, Default)]
pub(crate) struct ListDetails {
    #[serde(default)]
    pub(crate) region: Vec<String>,
    #[serde(default)]
    pub(crate) end: MeetingEnd,
    #[serde(default)]
    pub(crate) raw_types: Vec<String>,
    #[serde(default)]
    timezone_origin: Option<TimezoneOrigin>,
}

impl ListDetails {
    /// Whether the meeting's zone was worked out from its coordinates.
    pub(crate) fn zone_derived(&self) -> bool {
        self.timezone_origin == Some(TimezoneOrigin::Coordinates)
    }
}

/// Reads [`ListDetails`] from a stored `details` JSON (empty when it cannot be read).
pub(crate) fn list_details(details: &str) -> ListDetails {
    crate::support::json::from_str(details).unwrap_or_default()
}

/// A meeting with every derived column computed, ready to bind. Built on the parser thread:
/// the writer is the slower stage, so it only binds and inserts.
pub(crate) struct PreparedRow {
    pub(super) meeting: Meeting,
    pub(super) details: String,
    pub(super) types_key: String,
    pub(super) languages_key: String,
    pub(super) region_key: String,
    pub(super) attendance: &'static str,
    pub(super) mask: i64,
    pub(super) offset: Option<i64>,
    pub(super) cell: Option<i64>,
    /// Hash of everything stored, to tell "updated" from "unchanged" against the previous
    /// snapshot. (FxHash: fast; if a new version changes it, one sync reports everything as
    /// updated, which is harmless.)
    pub(super) content_hash: i64,
}

impl PreparedRow {
    pub(super) fn new(mut meeting: Meeting, offsets: &mut HashMap<Tz, i64>) -> Self {
        let m = &mut meeting;
        let tz = m.timezone.as_deref().and_then(|z| z.parse::<Tz>().ok());
        let offset = tz.map(|tz| *offsets.entry(tz).or_insert_with(|| reference_offset(tz)));
        let region_key = join_key(
            &m.region
                .iter()
                .map(|r| r.to_lowercase())
                .collect::<Vec<_>>(),
        );
        let details = Details {
            conference_url: m.conference_url.take(),
            conference_url_notes: m.conference_url_notes.take(),
            conference_phone: m.conference_phone.take(),
            conference_phone_notes: m.conference_phone_notes.take(),
            location_notes: m.location_notes.take(),
            group: m.group.take(),
            url: m.url.take(),
            updated: m.updated.take(),
            raw_types: std::mem::take(&mut m.raw_types),
            region: std::mem::take(&mut m.region),
            approximate_location: m.approximate_location,
            timezone_origin: Some(m.timezone_origin),
            feedback_url: m.feedback_url.take(),
            feedback_emails: std::mem::take(&mut m.feedback_emails),
            also_listed_as: std::mem::take(&mut m.also_listed_as),
            end: m.end,
        };
        let details = serde_json::to_string(&details).unwrap_or_else(|_| "{}".into());
        let types_key = join_key(&m.types);
        let languages_key = join_key(&m.languages);
        let content_hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (
                &m.name,
                &m.program,
                m.start_minute,
                m.duration_minutes,
                &m.timezone,
            )
                .hash(&mut h);
            (
                m.attendance.as_str(),
                m.temporarily_closed,
                &m.location_name,
                &m.address,
            )
                .hash(&mut h);
            (m.latitude.map(f64::to_bits), m.longitude.map(f64::to_bits)).hash(&mut h);
            (
                &types_key,
                &languages_key,
                &m.notes,
                &region_key,
                &details,
                &m.weekdays,
            )
                .hash(&mut h);
            h.finish() as i64
        };
        Self {
            attendance: m.attendance.as_str(),
            details,
            types_key,
            languages_key,
            content_hash,
            region_key,
            mask: m.weekdays.iter().map(|d| 1i64 << d).sum(),
            offset,
            cell: match (m.latitude, m.longitude) {
                (Some(lat), Some(lon)) => Some(grid_cell(lat, lon)),
                _ => None,
            },
            meeting,
        }
    }
}

/// Writes meeting rows with prepared statements inside the import transaction.
pub(super) struct Writer<'a> {
    pub(super) meeting: rusqlite::Statement<'a>,
    pub(super) update: rusqlite::Statement<'a>,
    pub(super) unindex: rusqlite::Statement<'a>,
    pub(super) index: rusqlite::Statement<'a>,
}

impl<'a> Writer<'a> {
    pub(super) fn new(tx: &'a rusqlite::Transaction<'a>) -> Result<Self> {
        Ok(Self {
            update: tx.prepare(&format!(
                "UPDATE meetings SET {} WHERE rowid = ?1",
                CONTENT_COLUMNS
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c} = ?{}", i + 2))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?,
            unindex: tx.prepare(&format!(
                "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
                 SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
            ))?,
            index: tx.prepare(&format!(
                "INSERT INTO meeting_fts (rowid, name, place, notes)
                 SELECT rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
            ))?,
            meeting: tx.prepare(&format!(
                "INSERT INTO meetings (id, id_hash, key, {}) VALUES ({})",
                CONTENT_COLUMNS.join(", "),
                (1..=CONTENT_COLUMNS.len() + 3)
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?,
        })
    }

    /// Rewrites a changed meeting in place (same rowid), text index included.
    pub(super) fn update(&mut self, rowid: i64, r: &PreparedRow) -> rusqlite::Result<()> {
        self.unindex.execute([rowid])?;
        let key: [&dyn rusqlite::ToSql; 1] = [&rowid];
        self.update.execute(rusqlite::params_from_iter(
            key.into_iter().chain(r.content()),
        ))?;
        self.index.execute([rowid])?;
        Ok(())
    }

    /// Inserts one meeting and returns its rowid.
    pub(super) fn insert(&mut self, r: &PreparedRow) -> rusqlite::Result<i64> {
        let m = &r.meeting;
        let hash = id_hash(&m.id);
        let key: [&dyn rusqlite::ToSql; 3] = [&m.id, &hash, &m.key];
        self.meeting.insert(rusqlite::params_from_iter(
            key.into_iter().chain(r.content()),
        ))
    }
}

/// The meeting columns written by both insert and update, in the order of
/// [`PreparedRow::content`].
pub(super) const CONTENT_COLUMNS: [&str; 20] = [
    "name",
    "program",
    "start_minute",
    "duration_minutes",
    "timezone",
    "attendance",
    "temporarily_closed",
    "location_name",
    "address",
    "latitude",
    "longitude",
    "types_key",
    "languages_key",
    "notes",
    "region_key",
    "details",
    "weekday_mask",
    "ref_offset",
    "cell",
    "content_hash",
];

impl PreparedRow {
    /// Values for [`CONTENT_COLUMNS`].
    pub(super) fn content(&self) -> [&dyn rusqlite::ToSql; 20] {
        let m = &self.meeting;
        [
            &m.name,
            &m.program,
            &m.start_minute,
            &m.duration_minutes,
            &m.timezone,
            &self.attendance,
            &m.temporarily_closed,
            &m.location_name,
            &m.address,
            &m.latitude,
            &m.longitude,
            &self.types_key,
            &self.languages_key,
            &m.notes,
            &self.region_key,
            &self.details,
            &self.mask,
            &self.offset,
            &self.cell,
            &self.content_hash,
        ]
    }
}

/// The 64-bit hash a meeting id is looked up by (FNV-1a; stable across versions and
/// platforms, as it is stored).
pub(crate) fn id_hash(id: &str) -> i64 {
    let h = id.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    });
    h as i64
}

/// A start as a minute of the UTC week (Sunday 00:00 UTC = 0) using a reference offset.
pub(crate) fn week_minute_ref(weekday: u8, start_minute: u16, ref_offset: i64) -> i64 {
    (i64::from(weekday) * 1440 + i64::from(start_minute) - ref_offset).rem_euclid(WEEK_MINUTES)
}

/// Grid cell size in degrees.
pub(crate) const CELL_DEGREES: f64 = 0.1;
/// Cells per latitude row (more than 360 / 0.1).
pub(crate) const CELLS_PER_ROW: i64 = 4000;

/// The 0.1° grid cell of a point: `row * 4000 + column`.
pub(crate) fn grid_cell(lat: f64, lon: f64) -> i64 {
    let (row, col) = grid_indices(lat, lon);
    row * CELLS_PER_ROW + col
}

/// Row and column of a point on the 0.1° grid.
pub(crate) fn grid_indices(lat: f64, lon: f64) -> (i64, i64) {
    let row = ((lat + 90.0) / CELL_DEGREES).floor() as i64;
    let col = ((lon + 180.0) / CELL_DEGREES).floor() as i64;
    (row.clamp(0, 1800), col.clamp(0, 3600))
}

/// The zone's UTC offset in minutes on a fixed reference day (15 January 2026). The real
/// offset on any day differs from it by at most the zone's DST shift.
pub(crate) fn reference_offset(tz: Tz) -> i64 {
    let day = NaiveDate::from_ymd_opt(2026, 1, 15)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default();
    i64::from(tz.offset_from_utc_datetime(&day).fix().local_minus_utc()) / 60
}

pub(super) fn join_key(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    format!("|{}|", items.join("|"))
}

pub(super) fn split_key(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}
