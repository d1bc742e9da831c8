//! SQLite behind [`Tx`]: one connection behind a mutex (SQLite has one writer anyway, and most
//! syncs write or may write), WAL, every transaction `BEGIN IMMEDIATE`.
//!
//! The file holds who asked for a ride to which meeting, so only the server's own user may read
//! it: it is created `0600` (and an existing one narrowed to that). SQLite gives its `-wal` and
//! `-shm` files the main file's permissions. `secure_delete` overwrites deleted rows (cancelled
//! pickup points, purged rides) instead of leaving them in free pages.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::schema::{self, Dialect, SCHEMA_VERSION};
use super::{Result, Row, Tx, Val};

pub(super) struct SqliteDb {
    conn: Mutex<Connection>,
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Val::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Val::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Val::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Val::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

fn row(r: &rusqlite::Row<'_>, n: usize) -> rusqlite::Result<Row> {
    (0..n)
        .map(|i| {
            Ok(match r.get_ref(i)? {
                ValueRef::Null => Val::Null,
                ValueRef::Integer(i) => Val::Int(i),
                ValueRef::Real(f) => Val::Int(f as i64),
                ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Val::Bytes(b.to_vec()),
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()
        .map(Row)
}

struct SqliteTx<'a>(Transaction<'a>);

impl Tx for SqliteTx<'_> {
    fn execute(&mut self, sql: &'static str, params: &[Val]) -> Result<u64> {
        let mut st = self.0.prepare_cached(sql)?;
        Ok(st.execute(rusqlite::params_from_iter(params))? as u64)
    }

    fn query(&mut self, sql: &'static str, params: &[Val]) -> Result<Vec<Row>> {
        let mut st = self.0.prepare_cached(sql)?;
        let n = st.column_count();
        let rows = st.query_map(rusqlite::params_from_iter(params), |r| row(r, n))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn lock_for_write(&mut self) -> Result<()> {
        // Every transaction here began IMMEDIATE.
        Ok(())
    }
}

/// Creates the database file readable by its owner only, or narrows an existing one (and its
/// `-wal`, `-shm` and `-journal` files) to that, before SQLite opens it.
#[cfg(unix)]
fn private_files(path: &Path) -> Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    if path.as_os_str() == ":memory:" {
        return Ok(());
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)?;
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = std::path::PathBuf::from(p);
        if p.exists() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn private_files(_path: &Path) -> Result<()> {
    Ok(())
}

/// The schema version SQLite keeps in the file's header (0 for a file with none).
fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Prepared statements kept per connection: more than the rules have.
const STATEMENT_CACHE: usize = 128;

impl SqliteDb {
    pub(super) fn open(path: &Path) -> Result<Self> {
        // Plain SQLite when the server is built alone; in a build that also has the core,
        // cargo compiles SQLCipher for both, and it needs this crypto provider linked.
        waymark_sqlcipher_crypto::ensure_linked();
        private_files(path)?;
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // A file from a newer server is refused before anything (even the journal mode) is
        // written to it.
        schema::plan(Dialect::Sqlite, user_version(&conn)?)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;
             PRAGMA secure_delete = ON;",
        )?;
        // The upgrade and its new version in one transaction; the version is read again under
        // the write lock, in case another process upgraded the file meanwhile.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(sql) = schema::plan(Dialect::Sqlite, user_version(&tx)?)? {
            tx.execute_batch(&sql)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        tx.commit()?;
        // The rules use a few dozen statements; rusqlite keeps 16 prepared by default, so a
        // sync would parse most of them again each time.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    pub(super) fn transaction<T>(&self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let mut tx = SqliteTx(conn.transaction_with_behavior(TransactionBehavior::Immediate)?);
        let out = f(&mut tx)?;
        tx.0.commit()?;
        Ok(out)
    }
}
