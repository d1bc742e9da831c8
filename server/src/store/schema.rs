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
//! drops). Each version's DDL is a file in `migrations/`, never edited once released (a test
//! pins each one's fingerprint). The tests (`server/tests/schema.rs`) build older databases
//! from those same files, upgrade them and compare them with a fresh database, table by table,
//! column by column, index by index.

use super::{Result, StoreError};

/// Newest schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Version 1, in SQLite's spelling (`migrations/v1.sql`). PostgreSQL's is derived from it
/// ([`Dialect::spell`]) so the two cannot drift apart. Never edit it once released: add a
/// version and a step instead. The upgrade tests build old databases from the same file.
const V1: &str = include_str!("migrations/v1.sql");

/// Indexes that builds before versions made and later replaced; an unversioned database may
/// still have them (`migrations/before_v1.sql`).
const BEFORE_V1: &str = include_str!("migrations/before_v1.sql");

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

/// The step from `version` to `version + 1`. Add an arm per new version (its DDL a new file in
/// `migrations/`), and an upgrade test from the version before in `server/tests/schema.rs`.
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
