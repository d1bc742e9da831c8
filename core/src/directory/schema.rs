//! The directory cache schema and its upgrades.
//!
//! The directory is public, rebuildable data (it all comes from feeds), kept in a plain SQLite
//! file. The version lives in `PRAGMA user_version`; [`init`] creates the newest schema on an
//! empty file, runs one upgrade step per version in one transaction otherwise, and refuses a
//! file written by a newer app (never wiping it).
//!
//! Layout, and why:
//! - `meetings`: one row per meeting. What searches filter or sort on is a column
//!   (`types_key`/`languages_key`/`region_key` are `|a|b|` strings so a filter is one
//!   `instr`); what only the detail view shows is one JSON `details` column, which halved the
//!   cost of writing a row (SQLite copies every bound text).
//! - Time: `ref_offset` is the zone's UTC offset on a reference day; with it each weekly start
//!   becomes a minute of the UTC week in integer arithmetic. The true offset differs by at most
//!   the DST shift, so "starting between these instants" is an integer check plus a margin, and
//!   the exact answer is computed with chrono-tz only for what passes.
//! - `slot` (schema 4) is that UTC-week minute for a meeting held on one weekday, computed by
//!   SQLite (a virtual generated column, so no writer has to remember it) and indexed: "what's
//!   on next, anywhere" reads meetings in the order they can start and stops after a few
//!   hundred, instead of reading all of them. Meetings of unknown zone sort after one week
//!   (they are placed with the viewer's offset at search time); the few held on several
//!   weekdays or for more than three hours have their own small index. (A separate table of weekly slots was measured
//!   earlier: it cost more at import than it saved; a generated column costs one index, and
//!   replaced the index it made unnecessary.)
//! - Place: `cell` is a 0.1° grid cell (about 11 km), indexed together with the integers a
//!   "near me, soon" search checks first. We measured SQLite's R*Tree first: inserting
//!   100,000 points took a third of the whole import, while a grid cell is one integer in an
//!   ordinary index, and the exact distance is computed in Rust anyway.
//! - `meeting_fts` (FTS5, diacritics removed, so "espanol" finds "Español"; no positions kept,
//!   since we match words and prefixes, not phrases) for free text.

use rusqlite::{Connection, Transaction};

use crate::support::error::{Error, Result};
use crate::support::msg;

/// Newest schema version this build writes.
pub const VERSION: i64 = 5;

const CREATE_V1: &str = "
CREATE TABLE sources (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    location TEXT NOT NULL,
    format TEXT,
    program TEXT NOT NULL,
    timezone TEXT,
    bmlt_formats TEXT,
    added_at TEXT NOT NULL,
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_error_kind TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_retry_at TEXT,
    last_error TEXT,
    meeting_count INTEGER NOT NULL DEFAULT 0,
    etag TEXT,
    last_modified TEXT,
    bmlt_scope TEXT
);
CREATE TABLE meetings (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    id_hash INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    program TEXT NOT NULL,
    start_minute INTEGER,
    duration_minutes INTEGER,
    timezone TEXT,
    attendance TEXT NOT NULL,
    temporarily_closed INTEGER NOT NULL,
    location_name TEXT,
    address TEXT,
    latitude REAL,
    longitude REAL,
    types_key TEXT NOT NULL,
    languages_key TEXT NOT NULL,
    notes TEXT,
    region_key TEXT NOT NULL,
    details TEXT NOT NULL,
    weekday_mask INTEGER NOT NULL,
    ref_offset INTEGER,
    cell INTEGER,
    content_hash INTEGER NOT NULL
);
-- Meetings that left their feed. Favourites and reminders point at meeting ids; when a
-- meeting disappears they can still say 'no longer listed' and show what it was.
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY NOT NULL,
    id_hash INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    name TEXT NOT NULL,
    removed_at TEXT NOT NULL,
    last_known TEXT NOT NULL
);
CREATE VIRTUAL TABLE meeting_fts USING fts5(
    name, place, notes,
    content='', detail=none, columnsize=0,
    tokenize='unicode61 remove_diacritics 2'
);
-- Bulk imports: flush the in-memory term hash less often (8 MB instead of 1 MB), so a
-- 100,000-meeting import writes a handful of segments instead of merging dozens.
INSERT INTO meeting_fts (meeting_fts, rank) VALUES ('hashsize', 8388608);
-- No merging while importing: a large import leaves a few segments, which queries read
-- together just fine; FTS5's crisis merge still bounds how many pile up.
INSERT INTO meeting_fts (meeting_fts, rank) VALUES ('automerge', 0);
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
";

/// The meetings table's secondary indexes. Kept apart so a large import can drop them, insert,
/// and build them again in one sorted pass ([`crate::directory`] does this when the import is
/// most of the directory), which is several times cheaper than updating them row by row.
pub const MEETING_INDEXES: &str = "
-- Lookups by meeting id go through a 64-bit hash of it (then compare the id itself): an
-- integer index is cheaper to build than one over the id text. Ids are unique by construction
-- (source prefix + a key the importer made unique).
CREATE INDEX meetings_id ON meetings(id_hash);
-- Near me: a covering index on a 0.1° grid cell, so a distance search reads index
-- entries only (no row lookups) until the exact checks in Rust.
CREATE INDEX meetings_cell ON meetings(cell, weekday_mask, start_minute, ref_offset,
    latitude, longitude) WHERE cell IS NOT NULL;
-- What's on next, anywhere: meetings on one weekday in the order they can start (see
-- `CREATE_V4`), covering what the search checks first; and the few the slot leaves out
-- (held on several weekdays, or longer than three hours).
CREATE INDEX meetings_slot ON meetings(slot, weekday_mask, start_minute, ref_offset,
    duration_minutes) WHERE slot IS NOT NULL;
CREATE INDEX meetings_other ON meetings(start_minute, weekday_mask, ref_offset,
    duration_minutes) WHERE start_minute IS NOT NULL AND slot IS NULL;
";

/// Drops [`MEETING_INDEXES`].
pub const DROP_MEETING_INDEXES: &str = "DROP INDEX meetings_id; DROP INDEX meetings_cell; \
     DROP INDEX meetings_slot; DROP INDEX meetings_other;";

/// Brings `conn` to [`VERSION`]: creates a fresh schema, or upgrades step by step.
pub fn init(conn: &mut Connection) -> Result<()> {
    migrate(conn, VERSION, create, upgrade_from)
}

/// The migration rule both Waymark databases (directory and vault) follow: the version lives
/// in `PRAGMA user_version`; an empty file gets `create`, an older one `upgrade(from)` for each
/// version up to `version`, all in one transaction (a failed step leaves the file as it was);
/// a file written by a newer app is refused untouched.
pub(crate) fn migrate(
    conn: &mut Connection,
    version: i64,
    create: impl FnOnce(&Transaction) -> Result<()>,
    mut upgrade: impl FnMut(&Transaction, i64) -> Result<()>,
) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > version {
        return Err(Error::SchemaTooNew {
            found,
            supported: version,
        });
    }
    if found == version {
        return Ok(());
    }
    let tx = conn.transaction()?;
    if found == 0 {
        create(&tx)?;
    } else {
        for from in found..version {
            upgrade(&tx, from)?;
        }
    }
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()?;
    Ok(())
}

/// Version 2: problem reports written while offline, waiting to be opened
/// (`crate::directory::share`).
const CREATE_V2: &str = "
CREATE TABLE problem_reports (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    meeting_name TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    queued_at TEXT NOT NULL
);
";

/// Version 3: areas from a relay (`crate::relay::phone`). A relay is a source (format
/// `relay`, location its address) whose meetings are the tiles of its areas; these tables hold
/// what its sync needs besides. Only tile ids are kept for an area, never the point it was
/// made from.
const CREATE_V3: &str = "
CREATE TABLE relay_state (
    source_id TEXT PRIMARY KEY NOT NULL,
    public_key TEXT NOT NULL,
    manifest_version INTEGER NOT NULL DEFAULT 0,
    built_at TEXT,
    sources TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE relay_areas (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    label TEXT NOT NULL,
    tiles TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE relay_tiles (
    source_id TEXT NOT NULL,
    tile TEXT NOT NULL,
    changed_in INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    packed BLOB NOT NULL,
    PRIMARY KEY (source_id, tile)
);
";

/// The longest meeting the weekly-start index holds (the literal in [`CREATE_V4`]).
pub(crate) const SLOT_LONGEST_MINUTES: i64 = 180;

/// Version 4: a meeting's weekly start as a minute of the UTC week (see the module docs), for
/// meetings held on one weekday for at most [`SLOT_LONGEST_MINUTES`] (a meeting without an end
/// counts as an hour): `day * 1440 + start - ref_offset`, wrapped into the week; meetings of
/// unknown zone (no `ref_offset`) get their local week minute plus one week, so they sort
/// apart and the search places them with the viewer's offset. NULL for meetings without a
/// start, held on several weekdays, or longer (an end time typed wrong makes a "13-hour"
/// meeting, and one of those would otherwise make every "running now" search look back 13
/// hours); the search reads those few from `meetings_other`.
const CREATE_V4: &str = "
ALTER TABLE meetings ADD COLUMN slot INTEGER GENERATED ALWAYS AS (
    CASE WHEN start_minute IS NULL OR coalesce(duration_minutes, 60) > 180 THEN NULL ELSE
        (CASE weekday_mask WHEN 1 THEN 0 WHEN 2 THEN 1440 WHEN 4 THEN 2880 WHEN 8 THEN 4320
            WHEN 16 THEN 5760 WHEN 32 THEN 7200 WHEN 64 THEN 8640 END
         + start_minute - coalesce(ref_offset, 0) + 20160) % 10080
        + (ref_offset IS NULL) * 10080
    END) VIRTUAL;
";

/// The step from version 3 to 4 on an existing file: the column, and the indexes of
/// [`MEETING_INDEXES`] that replace the old scan of meetings without a place.
const UPGRADE_V4_INDEXES: &str = "
INSERT INTO meta (key, value)
    SELECT 'zones', coalesce(group_concat(zone, '|'), '')
    FROM (SELECT DISTINCT timezone AS zone FROM meetings WHERE timezone IS NOT NULL);
DROP INDEX IF EXISTS meetings_nocell;
CREATE INDEX meetings_slot ON meetings(slot, weekday_mask, start_minute, ref_offset,
    duration_minutes) WHERE slot IS NOT NULL;
CREATE INDEX meetings_other ON meetings(start_minute, weekday_mask, ref_offset,
    duration_minutes) WHERE start_minute IS NOT NULL AND slot IS NULL;
";

/// Version 5: parts of the directory kept in files of their own (`crate::directory::shards`):
/// read-only directory files of this same schema whose meetings every read sees as the
/// directory's, so a relay's tile can be attached as it arrives instead of copied row by row.
/// A row is written only once its file is complete and on disk.
const CREATE_V5: &str = "
CREATE TABLE shards (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL,
    meetings INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    -- The relay tile it is, for a relay source's shards.
    tile TEXT
);
-- A relay's tile is held once.
CREATE UNIQUE INDEX shards_tile ON shards(source_id, tile) WHERE tile IS NOT NULL;
";

fn create(tx: &Transaction) -> Result<()> {
    tx.execute_batch(CREATE_V1)?;
    tx.execute_batch(CREATE_V2)?;
    tx.execute_batch(CREATE_V3)?;
    tx.execute_batch(CREATE_V4)?;
    tx.execute_batch(CREATE_V5)?;
    tx.execute_batch("INSERT INTO meta (key, value) VALUES ('zones', '');")?;
    tx.execute_batch(MEETING_INDEXES)?;
    Ok(())
}

/// Adds `zones` to the directory's list of the time zones its meetings are in (`meta`
/// `zones`, names joined by `|`; from schema 4 on, kept by every import). The list only grows:
/// a zone no meeting uses any more costs the search a little caution, never a wrong answer.
pub(crate) fn add_zones<'a>(tx: &Transaction, zones: impl Iterator<Item = &'a str>) -> Result<()> {
    let mut all: std::collections::BTreeSet<String> =
        known_zones(tx)?.unwrap_or_default().into_iter().collect();
    let before = all.len();
    all.extend(zones.map(str::to_string));
    if all.len() != before {
        let joined = all.into_iter().collect::<Vec<_>>().join("|");
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('zones', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [joined],
        )?;
    }
    Ok(())
}

/// The time zones the directory's meetings are in, as their feeds named them; `None` when the
/// file does not keep the list (the search then allows for any zone's clock change).
pub(crate) fn known_zones(conn: &Connection) -> Result<Option<Vec<String>>> {
    known_zones_in(conn, "main")
}

/// [`known_zones`] of the directory file attached as `schema` (`main`, or a shard).
pub(crate) fn known_zones_in(conn: &Connection, schema: &str) -> Result<Option<Vec<String>>> {
    use rusqlite::OptionalExtension;
    let value: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT value FROM {schema}.meta WHERE key = 'zones'"
        ))?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(value.map(|v| {
        v.split('|')
            .filter(|z| !z.is_empty())
            .map(str::to_string)
            .collect()
    }))
}

/// One upgrade step from `version` to `version + 1`. Add a match arm per new version, and a
/// frozen copy of the old schema to the upgrade test below.
fn upgrade_from(tx: &Transaction, version: i64) -> Result<()> {
    match version {
        1 => tx.execute_batch(CREATE_V2)?,
        2 => tx.execute_batch(CREATE_V3)?,
        3 => {
            tx.execute_batch(CREATE_V4)?;
            tx.execute_batch(UPGRADE_V4_INDEXES)?;
        }
        4 => tx.execute_batch(CREATE_V5)?,
        _ => {
            return Err(Error::invalid_with(
                msg::DIRECTORY_SCHEMA,
                [("version", version.into())],
            ))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The meetings indexes of versions 1 to 3, frozen for the upgrade test.
    const MEETING_INDEXES_V1: &str = "
CREATE INDEX meetings_id ON meetings(id_hash);
CREATE INDEX meetings_cell ON meetings(cell, weekday_mask, start_minute, ref_offset,
    latitude, longitude) WHERE cell IS NOT NULL;
CREATE INDEX meetings_nocell ON meetings(start_minute, weekday_mask, ref_offset)
    WHERE cell IS NULL;
";

    #[test]
    fn fresh_schema_is_current_and_idempotent() {
        let mut c = Connection::open_in_memory().unwrap();
        init(&mut c).unwrap();
        init(&mut c).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
    }

    #[test]
    fn a_version_1_directory_gains_the_problem_report_queue_and_relay_areas_and_keeps_its_sources()
    {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.sqlite");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(CREATE_V1).unwrap();
            c.execute_batch(MEETING_INDEXES_V1).unwrap();
            c.execute_batch("INSERT INTO meta VALUES ('kept', 'yes'); PRAGMA user_version = 1;")
                .unwrap();
        }
        let mut c = Connection::open(&path).unwrap();
        init(&mut c).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
        let kept: String = c
            .query_row("SELECT value FROM meta WHERE key = 'kept'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(kept, "yes");
        let n: i64 = c
            .query_row("SELECT count(*) FROM problem_reports", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        // Version 3: a relay's areas.
        let n: i64 = c
            .query_row(
                "SELECT (SELECT count(*) FROM relay_areas) + (SELECT count(*) FROM relay_tiles)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
        // Version 4: the weekly-start index replaced the scan of meetings without a place.
        let indexes: Vec<String> = c
            .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'meetings_%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            indexes,
            [
                "meetings_cell",
                "meetings_id",
                "meetings_other",
                "meetings_slot"
            ]
        );
        // Version 5: the list of shards, empty.
        let n: i64 = c
            .query_row("SELECT count(*) FROM shards", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    /// The SQL behind `slot` agrees with the search's own arithmetic
    /// ([`crate::directory::index::week_minute_ref`]) and leaves out exactly what the search
    /// reads from `meetings_other`.
    #[test]
    fn the_weekly_start_slot_is_the_utc_week_minute_of_short_one_day_meetings() {
        use crate::directory::index::{week_minute_ref, WEEK_MINUTES};
        let mut c = Connection::open_in_memory().unwrap();
        init(&mut c).unwrap();
        // (weekday mask, start, duration, reference offset)
        type Case = (i64, Option<i64>, Option<i64>, Option<i64>);
        let cases: &[Case] = &[
            (1 << 1, Some(19 * 60), Some(90), Some(60)), // Monday 19:00 in Paris
            (1 << 0, Some(0), None, Some(600)),          // Sunday 00:00 in Sydney
            (1 << 6, Some(23 * 60 + 30), Some(60), Some(-480)), // Saturday 23:30 in LA
            (1 << 3, Some(7 * 60), Some(45), None),      // unknown zone
            (1 << 2, Some(12 * 60), Some(SLOT_LONGEST_MINUTES), Some(0)),
            (
                1 << 2,
                Some(12 * 60),
                Some(SLOT_LONGEST_MINUTES + 1),
                Some(0),
            ),
            (1 << 2 | 1 << 4, Some(12 * 60), Some(60), Some(0)),
            (1 << 5, None, None, Some(0)),
        ];
        for (i, (mask, start, duration, off)) in cases.iter().enumerate() {
            c.execute(
                "INSERT INTO meetings (id, id_hash, key, name, program, start_minute,
                     duration_minutes, attendance, temporarily_closed, types_key, languages_key,
                     region_key, details, weekday_mask, ref_offset, content_hash)
                 VALUES (?1, 0, ?1, 'm', 'aa', ?2, ?3, 'in_person', 0, '', '', '', '{}', ?4, ?5, 0)",
                rusqlite::params![i.to_string(), start, duration, mask, off],
            )
            .unwrap();
            let slot: Option<i64> = c
                .query_row(
                    "SELECT slot FROM meetings WHERE id = ?1",
                    [i.to_string()],
                    |r| r.get(0),
                )
                .unwrap();
            let one_day = mask.count_ones() == 1;
            let short = duration.unwrap_or(60) <= SLOT_LONGEST_MINUTES;
            let want = match start {
                Some(s) if one_day && short => {
                    let day = mask.trailing_zeros() as u8;
                    Some(
                        week_minute_ref(day, *s as u16, off.unwrap_or(0))
                            + if off.is_none() { WEEK_MINUTES } else { 0 },
                    )
                }
                _ => None,
            };
            assert_eq!(slot, want, "case {i}");
        }
        let other: i64 = c
            .query_row(
                "SELECT count(*) FROM meetings INDEXED BY meetings_other
                 WHERE start_minute IS NOT NULL AND slot IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(other, 2, "the long one and the one on two weekdays");
    }

    #[test]
    fn newer_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.sqlite");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "CREATE TABLE keepme(x); INSERT INTO keepme VALUES (42); PRAGMA user_version = 99;",
            )
            .unwrap();
        }
        let mut c = Connection::open(&path).unwrap();
        match init(&mut c) {
            Err(Error::SchemaTooNew { found: 99, .. }) => {}
            other => panic!("expected SchemaTooNew, got {other:?}"),
        }
        let x: i64 = c
            .query_row("SELECT x FROM keepme", [], |r| r.get(0))
            .unwrap();
        assert_eq!(x, 42);
    }
}
