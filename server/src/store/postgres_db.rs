//! PostgreSQL behind [`Tx`]: an r2d2 pool of `postgres` clients, each with its own cache of
//! prepared statements (one round trip per statement instead of two).
//!
//! Transactions run at READ COMMITTED. [`Tx::lock_for_write`] takes the row lock on `counter`
//! (`SELECT … FOR UPDATE`): from then on this transaction is the only writer in any process,
//! and because the lock is taken before the rules read what they will change, every later
//! statement sees what earlier writers committed. Read-only syncs never take it.

use std::collections::HashMap;

use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};

use super::schema::{self, Dialect, SCHEMA_VERSION};
use super::{Result, Row, StoreError, Tx, Val};

/// An arbitrary constant for the advisory lock that serialises schema creation when several
/// server processes start at once.
const SCHEMA_LOCK: i64 = 0x0077_6179_6d61_726b;

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Val::Int(i) if *ty == Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
            Val::Int(i) => i.to_sql(ty, out),
            Val::Text(s) => s.to_sql(ty, out),
            Val::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        [
            Type::INT2,
            Type::INT4,
            Type::INT8,
            Type::TEXT,
            Type::VARCHAR,
            Type::BYTEA,
        ]
        .contains(ty)
    }

    postgres::types::to_sql_checked!();
}

/// `?1` → `$1`. The rules' SQL has no `?` anywhere else.
fn dollar_placeholders(sql: &str) -> String {
    sql.replace('?', "$")
}

fn read_row(r: &postgres::Row) -> Result<Row> {
    (0..r.len())
        .map(|i| {
            let ty = r.columns()[i].type_();
            let v = if *ty == Type::INT8 {
                r.try_get::<_, Option<i64>>(i)?.map(Val::Int)
            } else if *ty == Type::INT4 {
                r.try_get::<_, Option<i32>>(i)?.map(|n| Val::Int(n.into()))
            } else if *ty == Type::INT2 {
                r.try_get::<_, Option<i16>>(i)?.map(|n| Val::Int(n.into()))
            } else if *ty == Type::BOOL {
                r.try_get::<_, Option<bool>>(i)?.map(|b| Val::Int(b.into()))
            } else if *ty == Type::BYTEA {
                r.try_get::<_, Option<Vec<u8>>>(i)?.map(Val::Bytes)
            } else if *ty == Type::TEXT || *ty == Type::VARCHAR {
                r.try_get::<_, Option<String>>(i)?.map(Val::Text)
            } else {
                return Err(StoreError::Type(i));
            };
            Ok(v.unwrap_or(Val::Null))
        })
        .collect::<Result<Vec<_>>>()
        .map(Row)
}

/// A pooled client and the statements it has prepared.
pub(super) struct PgConn {
    client: Client,
    statements: HashMap<&'static str, Statement>,
    /// Set when a transaction could not be rolled back: the pool then discards it.
    broken: bool,
}

struct Manager {
    config: postgres::Config,
}

impl r2d2::ManageConnection for Manager {
    type Connection = PgConn;
    type Error = postgres::Error;

    fn connect(&self) -> std::result::Result<PgConn, postgres::Error> {
        Ok(PgConn {
            client: self.config.connect(NoTls)?,
            statements: HashMap::new(),
            broken: false,
        })
    }

    fn is_valid(&self, conn: &mut PgConn) -> std::result::Result<(), postgres::Error> {
        conn.client.simple_query("").map(|_| ())
    }

    fn has_broken(&self, conn: &mut PgConn) -> bool {
        conn.broken || conn.client.is_closed()
    }
}

pub(super) struct PgDb {
    pool: r2d2::Pool<Manager>,
}

/// A transaction that begins lazily: reads before [`Tx::lock_for_write`] run on their own
/// (each sees everything committed before it, which is all the rules' reads need: the cursor
/// is read before the rows, and proposals are re-checked once locked), so a sync that only
/// reads costs no `BEGIN`/`COMMIT` round trips.
struct PgTx<'a> {
    client: &'a mut Client,
    statements: &'a mut HashMap<&'static str, Statement>,
    in_transaction: bool,
}

impl PgTx<'_> {
    fn statement(&mut self, sql: &'static str) -> Result<Statement> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client.prepare(&dollar_placeholders(sql))?;
        self.statements.insert(sql, st.clone());
        Ok(st)
    }
}

fn refs(params: &[Val]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

impl Tx for PgTx<'_> {
    fn execute(&mut self, sql: &'static str, params: &[Val]) -> Result<u64> {
        let st = self.statement(sql)?;
        Ok(self.client.execute(&st, &refs(params))?)
    }

    fn query(&mut self, sql: &'static str, params: &[Val]) -> Result<Vec<Row>> {
        let st = self.statement(sql)?;
        self.client
            .query(&st, &refs(params))?
            .iter()
            .map(read_row)
            .collect()
    }

    fn lock_for_write(&mut self) -> Result<()> {
        if !self.in_transaction {
            self.client.batch_execute("BEGIN")?;
            self.in_transaction = true;
            self.query("SELECT seq FROM counter WHERE id = 1 FOR UPDATE", &[])?;
        }
        Ok(())
    }
}

/// Brings the database to [`SCHEMA_VERSION`] in one transaction (the DDL and the new version
/// together), or refuses one from a newer server without changing it. Runs under the advisory
/// lock, so servers starting together upgrade once.
fn upgrade(client: &mut Client) -> Result<()> {
    let mut tx = client.transaction()?;
    let has_version: bool = tx
        .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])?
        .get(0);
    let found = match has_version {
        true => tx
            .query_opt("SELECT version FROM schema_version WHERE id = 1", &[])?
            .map_or(0, |r| r.get::<_, i64>(0)),
        false => 0,
    };
    // Dropping `tx` without committing rolls back (nothing was written on these paths).
    let Some(sql) = schema::plan(Dialect::Postgres, found)? else {
        return Ok(());
    };
    tx.batch_execute(&sql)?;
    tx.batch_execute(schema::PG_VERSION_TABLE)?;
    tx.execute(
        "INSERT INTO schema_version VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version",
        &[&SCHEMA_VERSION],
    )?;
    tx.commit()?;
    Ok(())
}

impl PgDb {
    pub(super) fn connect(url: &str, pool_size: u32) -> Result<Self> {
        let config: postgres::Config = url.parse()?;
        // A first connection of our own, so a wrong password or a missing database is
        // reported in PostgreSQL's words rather than as a pool timeout.
        let mut client = config.connect(NoTls)?;
        // Several processes may start together: one creates the tables, the others wait.
        client.execute("SELECT pg_advisory_lock($1)", &[&SCHEMA_LOCK])?;
        let made = upgrade(&mut client);
        client.execute("SELECT pg_advisory_unlock($1)", &[&SCHEMA_LOCK])?;
        made?;
        let pool = r2d2::Pool::builder()
            .max_size(pool_size.max(1))
            .min_idle(Some(1))
            .connection_timeout(std::time::Duration::from_secs(10))
            .build(Manager { config })?;
        Ok(Self { pool })
    }

    pub(super) fn transaction<T>(
        &self,
        write: bool,
        f: impl FnOnce(&mut dyn Tx) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.pool.get()?;
        let PgConn {
            client, statements, ..
        } = &mut *conn;
        let mut tx = PgTx {
            client,
            statements,
            in_transaction: false,
        };
        let out = (|| {
            if write {
                tx.lock_for_write()?;
            }
            f(&mut tx)
        })();
        match (out, tx.in_transaction) {
            (Ok(v), true) => {
                tx.client.batch_execute("COMMIT")?;
                Ok(v)
            }
            (Ok(v), false) => Ok(v),
            (Err(e), true) => {
                // A connection that cannot even roll back is not used again.
                if tx.client.batch_execute("ROLLBACK").is_err() {
                    conn.broken = true;
                }
                Err(e)
            }
            (Err(e), false) => Err(e),
        }
    }
}
