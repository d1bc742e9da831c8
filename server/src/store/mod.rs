//! The car-pool board's storage: one set of rules ([`rules`]) over two databases.
//!
//! - **SQLite** (`sqlite:PATH`, the default): one file, one connection behind a mutex. Every
//!   sync is a `BEGIN IMMEDIATE` transaction, so writers are serialised by SQLite itself.
//! - **PostgreSQL** (`postgres://…`, for production): a connection pool, and any number of
//!   stateless server processes may share the database. A sync that writes first takes the row
//!   lock on the one-row `counter` table (`SELECT … FOR UPDATE`), which serialises writers
//!   across processes exactly as `BEGIN IMMEDIATE` does in SQLite; syncs that only read take
//!   no lock. The rules therefore need no retry loop and no per-database reasoning.
//!
//! The rules are written once against the small [`Tx`] trait: SQL with `?N` placeholders
//! (rewritten to `$N` for PostgreSQL), [`Val`] parameters and rows. Both schemas use the same
//! table and column names; PostgreSQL's integers are `BIGINT` so one `i64` fits every column.
//!
//! Change feed: every write takes the next value of `counter.seq` and stamps the rows it
//! touches. A device's view is everything of its own with `seq` in `(since, cursor]`, where
//! `cursor` is read *before* the rows: because writers commit in `seq` order, every row at or
//! below a committed cursor is visible, so a device never skips a change.

mod postgres_db;
pub mod rules;
pub mod schema;
mod sqlite_db;

use std::path::Path;

use chrono::{DateTime, Utc};
use waymark_rides::protocol::{SyncRequest, SyncResponse};

/// A failure the HTTP layer turns into a status and a stable code.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed.
    #[error("PostgreSQL: {}", pg_message(.0))]
    Postgres(#[from] postgres::Error),
    /// No PostgreSQL connection became free in time.
    #[error("PostgreSQL pool: {0}")]
    Pool(#[from] r2d2::Error),
    /// A column held a value of an unexpected type (a schema made by something else).
    #[error("unexpected value in column {0}")]
    Type(usize),
    /// The database file could not be created or made private.
    #[error("database file: {0}")]
    Io(#[from] std::io::Error),
    /// The `--database` setting is not one we understand.
    #[error("{0}")]
    Config(String),
    /// The database was written by a newer server (schema `found`; this build knows up to
    /// `supported`). Nothing in it was changed.
    #[error("the board's database was written by a newer waymark-server (schema {found}; this one knows up to {supported}); it was left untouched: run the newer server")]
    SchemaTooNew {
        /// Version found in the database.
        found: i64,
        /// Newest version this build knows ([`schema::SCHEMA_VERSION`]).
        supported: i64,
    },
}

/// PostgreSQL's own words when it sent an error ("password authentication failed…"), else the
/// client's ("error connecting to server: Connection refused").
fn pg_message(e: &postgres::Error) -> String {
    match (e.as_db_error(), std::error::Error::source(e)) {
        (Some(db), _) => db.message().to_string(),
        (None, Some(source)) => format!("{e}: {source}"),
        (None, None) => e.to_string(),
    }
}

/// Result of a store call.
pub type Result<T> = std::result::Result<T, StoreError>;

/// A value bound to or read from SQL; the few types the board's schema uses.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// SQL NULL.
    Null,
    /// An integer (PostgreSQL `BIGINT`, SQLite `INTEGER`).
    Int(i64),
    /// Text.
    Text(String),
    /// Bytes (PostgreSQL `BYTEA`, SQLite `BLOB`).
    Bytes(Vec<u8>),
}

impl From<&str> for Val {
    fn from(s: &str) -> Self {
        Val::Text(s.to_string())
    }
}
impl From<String> for Val {
    fn from(s: String) -> Self {
        Val::Text(s)
    }
}
impl From<&String> for Val {
    fn from(s: &String) -> Self {
        Val::Text(s.clone())
    }
}
impl From<i64> for Val {
    fn from(i: i64) -> Self {
        Val::Int(i)
    }
}
impl From<Option<String>> for Val {
    fn from(s: Option<String>) -> Self {
        s.map_or(Val::Null, Val::Text)
    }
}
impl From<&[u8]> for Val {
    fn from(b: &[u8]) -> Self {
        Val::Bytes(b.to_vec())
    }
}

/// One result row.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Val>);

impl Row {
    /// Column `i` as text.
    pub fn text(&self, i: usize) -> Result<String> {
        match self.0.get(i) {
            Some(Val::Text(s)) => Ok(s.clone()),
            _ => Err(StoreError::Type(i)),
        }
    }
    /// Column `i` as text, or `None` for NULL.
    pub fn opt_text(&self, i: usize) -> Result<Option<String>> {
        match self.0.get(i) {
            Some(Val::Null) => Ok(None),
            _ => self.text(i).map(Some),
        }
    }
    /// Column `i` as an integer.
    pub fn int(&self, i: usize) -> Result<i64> {
        match self.0.get(i) {
            Some(Val::Int(n)) => Ok(*n),
            _ => Err(StoreError::Type(i)),
        }
    }
    /// Column `i` as an integer, or `None` for NULL.
    pub fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        match self.0.get(i) {
            Some(Val::Null) => Ok(None),
            _ => self.int(i).map(Some),
        }
    }
    /// Column `i` as bytes.
    pub fn bytes(&self, i: usize) -> Result<Vec<u8>> {
        match self.0.get(i) {
            Some(Val::Bytes(b)) => Ok(b.clone()),
            _ => Err(StoreError::Type(i)),
        }
    }
}

/// One open transaction, whichever the database. SQL uses `?1`, `?2`… placeholders.
pub trait Tx {
    /// Runs a statement; returns the number of rows changed.
    fn execute(&mut self, sql: &'static str, params: &[Val]) -> Result<u64>;
    /// Runs a query (or a statement with `RETURNING`); returns every row.
    fn query(&mut self, sql: &'static str, params: &[Val]) -> Result<Vec<Row>>;
    /// Makes this transaction the only writer until it ends. Idempotent. SQLite's
    /// `BEGIN IMMEDIATE` already is; PostgreSQL locks the `counter` row.
    fn lock_for_write(&mut self) -> Result<()>;

    /// The first row of a query, if any.
    fn query_one(&mut self, sql: &'static str, params: &[Val]) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
}

enum Backend {
    Sqlite(sqlite_db::SqliteDb),
    Postgres(postgres_db::PgDb),
}

/// The board's database: SQLite or PostgreSQL behind the same calls.
pub struct Store {
    backend: Backend,
}

impl Store {
    /// Opens (or creates) a SQLite database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        Ok(Self {
            backend: Backend::Sqlite(sqlite_db::SqliteDb::open(path)?),
        })
    }

    /// Opens the database named by a `--database` value: `sqlite:PATH` or
    /// `postgres://user:password@host:port/dbname` (also `postgresql://`). PostgreSQL tables
    /// are created when missing; `pool_size` connections at most are opened.
    pub fn connect(database: &str, pool_size: u32) -> Result<Self> {
        if let Some(path) = database.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(StoreError::Config(
                    "--database sqlite: needs a file path, like sqlite:board.sqlite".into(),
                ));
            }
            return Self::open(Path::new(path));
        }
        if database.starts_with("postgres://") || database.starts_with("postgresql://") {
            return Ok(Self {
                backend: Backend::Postgres(postgres_db::PgDb::connect(database, pool_size)?),
            });
        }
        Err(StoreError::Config(
            "--database must be sqlite:PATH or postgres://user:password@host/dbname".into(),
        ))
    }

    /// Which database this is: `"sqlite"` or `"postgres"`.
    pub fn kind(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// Runs `f` in one transaction, committed when it returns `Ok`. `write` transactions
    /// are serialised from the start (SQLite `IMMEDIATE`; on PostgreSQL the counter lock).
    fn transaction<T>(&self, write: bool, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        match &self.backend {
            Backend::Sqlite(db) => db.transaction(f),
            Backend::Postgres(db) => db.transaction(write, f),
        }
    }

    /// Whether the database answers.
    pub fn healthy(&self) -> bool {
        self.transaction(false, |tx| tx.query_one("SELECT 1", &[]))
            .is_ok()
    }

    /// Stores a new device with the hash of its secret.
    pub fn register_device(&self, id: &str, secret_hash: &[u8], now: DateTime<Utc>) -> Result<()> {
        self.transaction(false, |tx| rules::register_device(tx, id, secret_hash, now))
    }

    /// The stored secret hash of a device.
    pub fn secret_hash(&self, id: &str) -> Result<Option<Vec<u8>>> {
        self.transaction(false, |tx| rules::secret_hash(tx, id))
    }

    /// Removes rides whose meeting started more than four hours ago, with their matches, and
    /// remembered operation answers older than two days. Returns how many rides went.
    pub fn purge(&self, now: DateTime<Utc>) -> Result<usize> {
        self.transaction(true, |tx| rules::purge(tx, now))
    }

    /// One sync, in one transaction: the device's operations, fresh proposals for the meetings
    /// it touches or follows, and its view since `req.since`.
    pub fn sync(
        &self,
        device: &str,
        req: &SyncRequest,
        now: DateTime<Utc>,
    ) -> Result<SyncResponse> {
        self.transaction(false, |tx| rules::sync(tx, device, req, now))
    }
}
