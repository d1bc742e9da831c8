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
//!   the exact answer is computed with chrono-tz only for what passes. (A table of weekly
//!   slots indexed by UTC minute was measured too: it cost more at import than it saved.)
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
pub const VERSION: i64 = 3;

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
-- Now / upcoming anywhere: the cell index above plus this one for meetings without a place
-- hold every weekly start; both are scanned whole (a few MB for 100,000 meetings) and
-- checked in integers before any time-zone arithmetic.
CREATE INDEX meetings_nocell ON meetings(start_minute, weekday_mask, ref_offset)
    WHERE cell IS NULL;
";

/// Drops [`MEETING_INDEXES`].
pub const DROP_MEETING_INDEXES: &str =
    "DROP INDEX meetings_id; DROP INDEX meetings_cell; DROP INDEX meetings_nocell;";

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

fn create(tx: &Transaction) -> Result<()> {
    tx.execute_batch(CREATE_V1)?;
    tx.execute_batch(MEETING_INDEXES)?;
    tx.execute_batch(CREATE_V2)?;
    tx.execute_batch(CREATE_V3)?;
    Ok(())
}

/// One upgrade step from `version` to `version + 1`. Add a match arm per new version, and a
/// frozen copy of the old schema to the upgrade test below.
fn upgrade_from(tx: &Transaction, version: i64) -> Result<()> {
    match version {
        1 => tx.execute_batch(CREATE_V2)?,
        2 => tx.execute_batch(CREATE_V3)?,
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
            c.execute_batch(MEETING_INDEXES).unwrap();
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
