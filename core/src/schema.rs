//! The directory cache schema and its upgrades.
//!
//! The directory is public, rebuildable data (it all comes from feeds), kept in a plain SQLite
//! file. The version lives in `PRAGMA user_version`; [`init`] creates the newest schema on an
//! empty file, runs one upgrade step per version in one transaction otherwise, and refuses a
//! file written by a newer app (never wiping it).
//!
//! Layout, and why:
//! - `meetings`: one row per meeting, every field a column (list fields joined with `\x1f`;
//!   `types_key`/`languages_key`/`region_key` are `|a|b|` strings so a filter is one `instr`).
//! - `slots`: one row per weekday a meeting meets, with `wmin_ref`, the start as a minute of
//!   the UTC week using the zone's offset on a reference day. The true offset differs by at
//!   most the DST shift, so "meetings starting between these instants" is an index range plus
//!   a margin, and the exact answer is computed with chrono-tz afterwards.
//! - `meeting_geo` (R*Tree) for "near me", `meeting_fts` (FTS5, diacritics removed, so
//!   "espanol" finds "Español") for free text. Both hold only meetings' rowids.

use rusqlite::{Connection, Transaction};

use crate::error::{Error, Result};

/// Newest schema version this build writes.
pub const VERSION: i64 = 1;

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
    last_import_at TEXT,
    last_error TEXT,
    meeting_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE meetings (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    program TEXT NOT NULL,
    weekdays TEXT NOT NULL,
    start_minute INTEGER,
    duration_minutes INTEGER,
    timezone TEXT,
    timezone_origin TEXT NOT NULL,
    attendance TEXT NOT NULL,
    temporarily_closed INTEGER NOT NULL,
    location_name TEXT,
    address TEXT,
    approximate_location INTEGER NOT NULL,
    latitude REAL,
    longitude REAL,
    conference_url TEXT,
    conference_url_notes TEXT,
    conference_phone TEXT,
    conference_phone_notes TEXT,
    types_key TEXT NOT NULL,
    raw_types TEXT NOT NULL,
    languages_key TEXT NOT NULL,
    notes TEXT,
    location_notes TEXT,
    region TEXT NOT NULL,
    region_key TEXT NOT NULL,
    group_name TEXT,
    url TEXT,
    updated TEXT
);
CREATE INDEX meetings_source ON meetings(source_id);
CREATE TABLE slots (
    meeting_rowid INTEGER NOT NULL,
    weekday INTEGER NOT NULL,
    start_minute INTEGER NOT NULL,
    tz_known INTEGER NOT NULL,
    wmin_ref INTEGER NOT NULL
);
CREATE INDEX slots_meeting ON slots(meeting_rowid);
CREATE INDEX slots_time ON slots(tz_known, wmin_ref);
CREATE VIRTUAL TABLE meeting_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE meeting_fts USING fts5(
    name, place, notes,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
";

/// Brings `conn` to [`VERSION`]: creates a fresh schema, or upgrades step by step.
pub fn init(conn: &mut Connection) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(Error::SchemaTooNew {
            found,
            supported: VERSION,
        });
    }
    if found == VERSION {
        return Ok(());
    }
    let tx = conn.transaction()?;
    if found == 0 {
        create(&tx)?;
    } else {
        for from in found..VERSION {
            upgrade_from(&tx, from)?;
        }
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

fn create(tx: &Transaction) -> Result<()> {
    tx.execute_batch(CREATE_V1)?;
    Ok(())
}

/// One upgrade step from `version` to `version + 1`. Add a match arm per new version, and a
/// frozen copy of the old schema to the upgrade test below.
fn upgrade_from(_tx: &Transaction, version: i64) -> Result<()> {
    // Version 1 is the first; there is nothing older to upgrade yet.
    Err(Error::invalid(format!(
        "no upgrade path from directory schema {version}"
    )))
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
