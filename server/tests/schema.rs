//! The board's schema versions, on SQLite and PostgreSQL: frozen copies of older databases
//! (version 1, and an unversioned one as servers before versions made it) holding rows are
//! opened by the real store, must keep their rows, and must end with exactly the tables,
//! columns and indexes of a fresh database. A database from a newer server is refused with
//! a typed error and left as it was.
//!
//! The old DDL is the live schema's own step files (`server/src/store/migrations/*.sql`): they
//! are never edited once released, so they stay what those servers wrote, and each piece of DDL
//! exists once. PostgreSQL runs need `WAYMARK_TEST_POSTGRES` (see `waymark_tests::PgTestDb`).

use std::path::Path;

use waymark_server::store::schema::SCHEMA_VERSION;
use waymark_server::store::{Store, StoreError};
use waymark_tests::PgTestDb;

/// Version 1's DDL as released (SQLite spelling).
const FROZEN_V1: &str = include_str!("../src/store/migrations/v1.sql");

/// The last unversioned schema, as the server before versions ran it at every start: version
/// 1's tables and indexes, after dropping the indexes they replaced.
const FROZEN_UNVERSIONED: &str = concat!(
    include_str!("../src/store/migrations/before_v1.sql"),
    include_str!("../src/store/migrations/v1.sql")
);

/// The old indexes alone, as a database an earlier build made still has them.
const EARLIER_INDEXES: &str = "
CREATE INDEX rides_occurrence ON rides(meeting_id, date);
CREATE INDEX matches_request ON matches(request_id);
";

/// A device, a ride, a match and the change counter: what an upgrade must keep.
const ROWS: &str = "
INSERT INTO devices VALUES ('dev-1', X'0102030405', '2026-11-20T10:00:00Z');
INSERT INTO ops VALUES ('dev-1', 'op-1', '{\"status\":\"applied\"}', '2026-11-20T10:00:00Z');
INSERT INTO rides VALUES ('ride-1', 'dev-1', 'offer', 'meeting-1', '2026-11-26', '{}', 'open',
    3, 'Sam', '2026-11-26T23:30:00Z', 7);
INSERT INTO matches (match_id, offer_id, request_id, state, added_minutes, pickup_at, seq)
    VALUES ('m-1', 'ride-1', 'ride-2', 'proposed', 4, '2026-11-26T19:10:00Z', 8);
UPDATE counter SET seq = 8;
";

/// Frozen SQLite DDL in PostgreSQL's spelling (the rule the servers used, written out here).
fn pg(sql: &str) -> String {
    sql.replace("INTEGER", "BIGINT")
        .replace("BLOB", "BYTEA")
        .replace(
            "INSERT OR IGNORE INTO counter VALUES (1, 0);",
            "INSERT INTO counter VALUES (1, 0) ON CONFLICT DO NOTHING;",
        )
        .replace("X'0102030405'", "'\\x0102030405'::bytea")
}

/// The refusal of a database from a newer server: typed, with both versions.
fn assert_too_new(err: &StoreError) {
    assert!(
        matches!(err, StoreError::SchemaTooNew { found, supported }
            if *found == SCHEMA_VERSION + 1 && *supported == SCHEMA_VERSION),
        "{err}"
    );
}

// --- SQLite ---------------------------------------------------------------------------------

/// Every table's columns (name, type, not null, default, primary key) and every index (name,
/// table, unique, columns), sorted: what a fresh and an upgraded file must share.
fn sqlite_shape(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut out = Vec::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        let mut cols = conn.prepare(&format!("PRAGMA table_info({t})")).unwrap();
        let rows = cols
            .query_map([], |r| {
                Ok(format!(
                    "column {t}.{}: {} notnull={} default={:?} pk={}",
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(5)?
                ))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
        let indexes: Vec<(String, i64)> = conn
            .prepare(&format!("PRAGMA index_list({t})"))
            .unwrap()
            .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (name, unique) in indexes {
            let cols: Vec<String> = conn
                .prepare(&format!("PRAGMA index_info({name})"))
                .unwrap()
                .query_map([], |r| r.get(2))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            out.push(format!(
                "index {name} on {t}({}) unique={unique}",
                cols.join(", ")
            ));
        }
    }
    out.sort();
    out
}

fn user_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

/// A file made by `sql`, at `version`.
fn frozen_sqlite(dir: &Path, name: &str, sql: &str, version: i64) -> std::path::PathBuf {
    let path = dir.join(name);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(sql).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
    path
}

fn fresh_sqlite(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("fresh.sqlite");
    drop(Store::open(&path).unwrap());
    path
}

/// After an upgrade: the rows are there (and the server reads them), the version is the
/// current one, and the shape is a fresh database's.
fn assert_upgraded_sqlite(path: &Path, fresh: &Path) {
    let store = Store::open(path).unwrap();
    assert_eq!(
        store.secret_hash("dev-1").unwrap(),
        Some(vec![1, 2, 3, 4, 5])
    );
    drop(store);
    let conn = rusqlite::Connection::open(path).unwrap();
    let counts: (i64, i64, i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM devices), (SELECT count(*) FROM ops),
                    (SELECT count(*) FROM rides), (SELECT count(*) FROM matches),
                    (SELECT seq FROM counter)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(counts, (1, 1, 1, 1, 8));
    assert_eq!(user_version(path), SCHEMA_VERSION);
    assert_eq!(sqlite_shape(path), sqlite_shape(fresh));
}

/// Released steps are never edited: old boards ran them as they were, and the tests here build
/// old boards from these same files, so only this pin notices an edit. A new version is a new
/// file (and its fingerprint here once it ships).
#[test]
fn released_steps_are_unchanged() {
    assert_eq!(
        [
            waymark_tests::sql_fingerprint(include_str!("../src/store/migrations/before_v1.sql")),
            waymark_tests::sql_fingerprint(FROZEN_V1),
        ],
        [0x582e_2df8_dcea_e217, 0x8b8c_7f9e_46d5_a5d6],
        "a released board migration step changed: add a new version instead"
    );
}

#[test]
fn a_fresh_sqlite_board_has_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = fresh_sqlite(dir.path());
    assert_eq!(user_version(&fresh), SCHEMA_VERSION);
    // Opening again changes nothing.
    let before = sqlite_shape(&fresh);
    drop(Store::open(&fresh).unwrap());
    assert_eq!(sqlite_shape(&fresh), before);
}

#[test]
fn a_frozen_v1_sqlite_board_upgrades_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = fresh_sqlite(dir.path());
    let old = frozen_sqlite(dir.path(), "v1.sqlite", &format!("{FROZEN_V1}{ROWS}"), 1);
    assert_upgraded_sqlite(&old, &fresh);
}

#[test]
fn an_unversioned_sqlite_board_upgrades_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = fresh_sqlite(dir.path());
    let main = frozen_sqlite(
        dir.path(),
        "unversioned.sqlite",
        &format!("{FROZEN_UNVERSIONED}{ROWS}"),
        0,
    );
    assert_upgraded_sqlite(&main, &fresh);
    // One an earlier build left with its old indexes: they go.
    let earlier = frozen_sqlite(
        dir.path(),
        "earlier.sqlite",
        &format!("{FROZEN_UNVERSIONED}{EARLIER_INDEXES}{ROWS}"),
        0,
    );
    assert_upgraded_sqlite(&earlier, &fresh);
}

#[test]
fn a_sqlite_board_from_a_newer_server_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let future = frozen_sqlite(
        dir.path(),
        "future.sqlite",
        &format!("{FROZEN_V1}{ROWS}CREATE TABLE from_the_future (x TEXT);"),
        SCHEMA_VERSION + 1,
    );
    let bytes = std::fs::read(&future).unwrap();
    let err = Store::open(&future)
        .err()
        .expect("a newer board is refused");
    assert_too_new(&err);
    assert!(err.to_string().contains("newer waymark-server"), "{err}");
    assert_eq!(
        std::fs::read(&future).unwrap(),
        bytes,
        "the file was changed"
    );
    assert!(!dir.path().join("future.sqlite-wal").exists());
}

// --- PostgreSQL -----------------------------------------------------------------------------

/// Columns (information_schema) and indexes (pg_indexes) of the public schema, sorted.
fn pg_shape(url: &str) -> Vec<String> {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    let mut out: Vec<String> = c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text,
                    coalesce(column_default::text, '')
             FROM information_schema.columns WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "column {}.{}: {} nullable={} default={}",
                r.get::<_, String>(0),
                r.get::<_, String>(1),
                r.get::<_, String>(2),
                r.get::<_, String>(3),
                r.get::<_, String>(4)
            )
        })
        .collect();
    out.extend(
        c.query(
            "SELECT tablename::text, indexname::text, indexdef FROM pg_indexes
             WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "index {} on {}: {}",
                r.get::<_, String>(1),
                r.get::<_, String>(0),
                r.get::<_, String>(2)
            )
        }),
    );
    out.sort();
    out
}

fn pg_version(url: &str) -> Option<i64> {
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    c.query_opt("SELECT version FROM schema_version WHERE id = 1", &[])
        .ok()
        .flatten()
        .map(|r| r.get(0))
}

/// A database made by `sql` (SQLite spelling) with `version` in `schema_version`, or no
/// version table at all for `None` (as before versions).
fn frozen_pg(sql: &str, version: Option<i64>) -> Option<PgTestDb> {
    let db = PgTestDb::create()?;
    let mut c = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    c.batch_execute(&pg(sql)).unwrap();
    if let Some(v) = version {
        c.batch_execute(&format!(
            "CREATE TABLE schema_version (id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);
             INSERT INTO schema_version VALUES (1, {v});"
        ))
        .unwrap();
    }
    Some(db)
}

fn assert_upgraded_pg(db: &PgTestDb, fresh: &PgTestDb) {
    let store = Store::connect(&db.url, 1).unwrap();
    assert_eq!(
        store.secret_hash("dev-1").unwrap(),
        Some(vec![1, 2, 3, 4, 5])
    );
    drop(store);
    let mut c = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    let r = c
        .query_one(
            "SELECT (SELECT count(*) FROM devices), (SELECT count(*) FROM ops),
                    (SELECT count(*) FROM rides), (SELECT count(*) FROM matches),
                    (SELECT seq FROM counter)",
            &[],
        )
        .unwrap();
    let counts: (i64, i64, i64, i64, i64) = (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
    assert_eq!(counts, (1, 1, 1, 1, 8));
    assert_eq!(pg_version(&db.url), Some(SCHEMA_VERSION));
    assert_eq!(pg_shape(&db.url), pg_shape(&fresh.url));
}

fn fresh_pg() -> Option<PgTestDb> {
    let db = PgTestDb::create()?;
    drop(Store::connect(&db.url, 1).unwrap());
    Some(db)
}

#[test]
fn a_fresh_postgres_board_has_the_current_version() {
    let Some(fresh) = fresh_pg() else { return };
    assert_eq!(pg_version(&fresh.url), Some(SCHEMA_VERSION));
    let before = pg_shape(&fresh.url);
    drop(Store::connect(&fresh.url, 1).unwrap());
    assert_eq!(pg_shape(&fresh.url), before);
}

#[test]
fn a_frozen_v1_postgres_board_upgrades_and_keeps_its_rows() {
    let Some(fresh) = fresh_pg() else { return };
    let old = frozen_pg(&format!("{FROZEN_V1}{ROWS}"), Some(1)).unwrap();
    assert_upgraded_pg(&old, &fresh);
}

#[test]
fn an_unversioned_postgres_board_upgrades_and_keeps_its_rows() {
    let Some(fresh) = fresh_pg() else { return };
    let main = frozen_pg(&format!("{FROZEN_UNVERSIONED}{ROWS}"), None).unwrap();
    assert_upgraded_pg(&main, &fresh);
    let earlier = frozen_pg(
        &format!("{FROZEN_UNVERSIONED}{EARLIER_INDEXES}{ROWS}"),
        None,
    )
    .unwrap();
    assert_upgraded_pg(&earlier, &fresh);
}

#[test]
fn a_postgres_board_from_a_newer_server_is_refused_and_left_alone() {
    let Some(future) = frozen_pg(
        &format!("{FROZEN_V1}{ROWS}CREATE TABLE from_the_future (x TEXT);"),
        Some(SCHEMA_VERSION + 1),
    ) else {
        return;
    };
    let before = pg_shape(&future.url);
    let err = Store::connect(&future.url, 1)
        .err()
        .expect("a newer board is refused");
    assert_too_new(&err);
    assert_eq!(pg_shape(&future.url), before);
    assert_eq!(pg_version(&future.url), Some(SCHEMA_VERSION + 1));
}
