//! The board's schema, its version and its upgrades, for both databases.
//!
//! The board keeps rides for a few days only, but a server upgrade must still never lose them
//! or guess at a table made by another build: the schema has a version, and each build knows
//! how to bring every older version to its own, one step per version, in one transaction (a
//! failed upgrade leaves the database as it was). A database written by a newer server is
//! refused with [`StoreError::SchemaTooNew`] and left untouched.
//!
//! Where the version lives: SQLite's `PRAGMA user_version` (as the phones' vault), and in
//! PostgreSQL the one-row table `schema_version`, changed in the same transaction as the DDL,
//! under the advisory lock that serialises servers starting together.
//!
//! Version 0 is a database with no version: empty, or made by a server from before versions
//! (whose tables are version 1's, perhaps with indexes of earlier builds, which the step from 0
//! drops). The tests (`server/tests/schema.rs`) upgrade frozen copies of older versions and
//! compare them with a fresh database, table by table, column by column, index by index.

use super::{Result, StoreError};

/// Newest schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Version 1, in SQLite's spelling. PostgreSQL's is derived from it ([`Dialect::spell`]) so
/// the two cannot drift apart. Never edit it once released: add a version and a step instead.
const V1: &str = "
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY NOT NULL, secret_hash BLOB NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ops (
    device_id TEXT NOT NULL, op_id TEXT NOT NULL, result TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (device_id, op_id));
CREATE TABLE IF NOT EXISTS rides (
    ride_id TEXT PRIMARY KEY NOT NULL, device_id TEXT NOT NULL, role TEXT NOT NULL,
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,
    seats_left INTEGER NOT NULL, handle TEXT NOT NULL, purge_after TEXT NOT NULL,
    seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rides_occurrence_seq ON rides(meeting_id, date, seq);
CREATE INDEX IF NOT EXISTS rides_occurrence_state ON rides(meeting_id, date, state);
CREATE INDEX IF NOT EXISTS rides_device ON rides(device_id);
CREATE TABLE IF NOT EXISTS matches (
    match_id TEXT PRIMARY KEY NOT NULL, offer_id TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, driver_ok INTEGER NOT NULL DEFAULT 0, rider_ok INTEGER NOT NULL DEFAULT 0,
    driver_point TEXT, rider_point TEXT, added_minutes INTEGER NOT NULL, pickup_at TEXT NOT NULL,
    seq INTEGER NOT NULL, UNIQUE (offer_id, request_id));
CREATE INDEX IF NOT EXISTS matches_request_state ON matches(request_id, state);
CREATE TABLE IF NOT EXISTS proposed (
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, ride_seq INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, date));
CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT OR IGNORE INTO counter VALUES (1, 0);
";

/// Indexes that builds before versions made and later replaced; an unversioned database may
/// still have them.
const BEFORE_V1: &str = "
DROP INDEX IF EXISTS rides_occurrence;
DROP INDEX IF EXISTS matches_request;
";

/// Which database a statement is spelled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite: the spelling the constants are written in.
    Sqlite,
    /// PostgreSQL: `BIGINT` integers (one `i64` fits every column), `BYTEA` bytes, and its
    /// spelling of "insert unless present".
    Postgres,
}

impl Dialect {
    /// `sql` (written for SQLite) in this dialect.
    pub fn spell(self, sql: &str) -> String {
        match self {
            Dialect::Sqlite => sql.to_string(),
            Dialect::Postgres => sql
                .replace("INTEGER", "BIGINT")
                .replace("BLOB", "BYTEA")
                .replace(
                    "INSERT OR IGNORE INTO counter VALUES (1, 0);",
                    "INSERT INTO counter VALUES (1, 0) ON CONFLICT DO NOTHING;",
                ),
        }
    }
}

/// PostgreSQL's home of the version: one row, changed in the same transaction as the DDL.
pub const PG_VERSION_TABLE: &str =
    "CREATE TABLE IF NOT EXISTS schema_version (id BIGINT PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL);";

/// The step from `version` to `version + 1`. Add an arm per new version, and a frozen copy of
/// the schema it starts from to `server/tests/schema.rs`.
pub fn upgrade_from(dialect: Dialect, version: i64) -> Result<String> {
    match version {
        // Unversioned: version 1's tables, perhaps with older indexes (or nothing at all).
        0 => Ok(dialect.spell(&format!("{BEFORE_V1}{V1}"))),
        _ => Err(StoreError::Config(format!(
            "no upgrade path from board schema {version}"
        ))),
    }
}

/// What brings a database at `found` to [`SCHEMA_VERSION`]: `None` when it is current, the
/// statements otherwise (several steps joined, to run in one transaction), or
/// [`StoreError::SchemaTooNew`] for a database from a newer server.
pub fn plan(dialect: Dialect, found: i64) -> Result<Option<String>> {
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(None);
    }
    let mut sql = String::new();
    for from in found.max(0)..SCHEMA_VERSION {
        sql.push_str(&upgrade_from(dialect, from)?);
    }
    Ok(Some(sql))
}
