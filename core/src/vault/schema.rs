//! The vault's schema and its upgrades.
//!
//! Unlike the directory (public data that a sync can always rebuild), the vault holds what a
//! person wrote and cannot be rebuilt: an upgrade must never lose a row, and a file written by
//! a newer app is refused with a clear error, never wiped. The version lives in
//! `PRAGMA user_version`. [`init`] runs every version's step on an empty file, or the steps an
//! older file lacks, all in one transaction (a failed upgrade leaves the file as it was). The
//! steps are SQL files in `migrations/`, never edited once released (a test pins each one's
//! fingerprint); the tests build each older version from those same files (with a row or two),
//! upgrade it and compare the result with a fresh vault, table by table and index by index.

use rusqlite::{Connection, Transaction};

use crate::support::error::{Error, Result};
use crate::support::msg;

/// Newest vault schema version this build writes.
pub const VERSION: i64 = 4;

/// Every version's DDL, in order: `STEPS[0]` makes version 1 on an empty file, `STEPS[n]` takes
/// version `n` to `n + 1`. Each is a file in `migrations/` that is never edited once released,
/// so the DDL exists once: a fresh vault runs every step, an old one the steps it lacks, and
/// the upgrade tests build old vaults from the same files.
const STEPS: [&str; VERSION as usize] = [
    include_str!("migrations/v1.sql"),
    include_str!("migrations/v2.sql"),
    include_str!("migrations/v3.sql"),
    include_str!("migrations/v4.sql"),
];

/// Brings `conn` to [`VERSION`]: creates a fresh schema, or upgrades step by step in one
/// transaction (the rule in `crate::directory::schema::migrate`). A newer file is refused untouched.
pub fn init(conn: &mut Connection) -> Result<()> {
    crate::directory::schema::migrate(
        conn,
        VERSION,
        |tx| {
            for step in STEPS {
                tx.execute_batch(step)?;
            }
            Ok(())
        },
        upgrade_from,
    )
}

/// One upgrade step from `version` to `version + 1`: `migrations/v{version + 1}.sql`. A new
/// version is a new file in `migrations/` and in [`STEPS`].
fn upgrade_from(tx: &Transaction, version: i64) -> Result<()> {
    let step = usize::try_from(version)
        .ok()
        .filter(|v| (1..STEPS.len()).contains(v))
        .map(|v| STEPS[v]);
    let Some(step) = step else {
        return Err(Error::invalid_with(
            msg::VAULT_SCHEMA,
            [("version", version.into())],
        ));
    };
    tx.execute_batch(step)?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The schema as `sqlite_master` describes it (normalised SQL per object), for comparing
    /// an upgraded file with a fresh one.
    pub(crate) fn describe(conn: &Connection) -> Vec<(String, String, String)> {
        let mut st = conn
            .prepare(
                "SELECT type, name, coalesce(sql, '') FROM sqlite_master
                 WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
            )
            .unwrap();
        st.query_map([], |r| {
            let sql: String = r.get(2)?;
            Ok((
                r.get(0)?,
                r.get(1)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    /// Released steps are never edited: old vaults ran them as they were, and the upgrade tests
    /// build old vaults from these same files, so only this pin notices an edit. A new version
    /// is a new file (and its fingerprint here once it ships).
    #[test]
    fn released_steps_are_unchanged() {
        let fingerprints: Vec<u64> = STEPS
            .iter()
            .map(|s| waymark_tests::sql_fingerprint(s))
            .collect();
        assert_eq!(
            fingerprints,
            [
                0x02fb_2764_dfae_3a09,
                0x326a_5bce_1012_e0b4,
                0xc56f_c1be_852a_03cd,
                0xe706_9124_83d5_8fce,
            ],
            "a released vault migration step changed: add a new version instead"
        );
    }

    #[test]
    fn fresh_schema_is_current_and_init_is_idempotent() {
        let mut c = Connection::open_in_memory().unwrap();
        init(&mut c).unwrap();
        let before = describe(&c);
        init(&mut c).unwrap();
        assert_eq!(describe(&c), before);
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
        assert!(before.iter().any(|(_, n, _)| n == "journal_fts"));
    }

    /// Version 1 as it shipped: its step (`migrations/v1.sql`), the same file a fresh vault runs.
    const FROZEN_V1: &str = concat!(
        include_str!("migrations/v1.sql"),
        "PRAGMA user_version = 1;"
    );

    /// A fresh vault's schema, for comparing an upgraded one with.
    fn fresh() -> Vec<(String, String, String)> {
        let mut fresh = Connection::open_in_memory().unwrap();
        init(&mut fresh).unwrap();
        describe(&fresh)
    }

    #[test]
    fn a_frozen_v1_vault_upgrades_to_the_fresh_schema_and_keeps_its_rows() {
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(FROZEN_V1).unwrap();
        old.execute_batch(
            "INSERT INTO journal (rowid, id, kind, created_at, edited_at, fields, body)
             VALUES (1, 'e1', 'note', '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00',
                     '{}', 'kept through the upgrade');
             INSERT INTO journal_fts (rowid, content) VALUES (1, 'kept through the upgrade');
             INSERT INTO settings VALUES ('reminders.discreet', 'true');",
        )
        .unwrap();
        init(&mut old).unwrap();
        // Shadow tables of FTS5 are compared too (they are in sqlite_master).
        assert_eq!(describe(&old), fresh());
        let v: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, VERSION);
        let body: String = old
            .query_row(
                "SELECT body FROM journal WHERE rowid IN
                   (SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'upgrade')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(body, "kept through the upgrade");
    }

    /// Version 2 as it shipped (version 1 plus the reminder tables), with a row.
    fn frozen_v2() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(FROZEN_V1).unwrap();
        c.execute_batch(STEPS[1]).unwrap();
        c.execute_batch(
            "INSERT INTO daily_reminders VALUES ('d1', 1260, 'Evening', '2026-11-22T10:00:00+00:00');
             PRAGMA user_version = 2;",
        )
        .unwrap();
        c
    }

    #[test]
    fn a_frozen_v2_vault_upgrades_to_the_fresh_schema_and_keeps_its_rows() {
        let mut old = frozen_v2();
        init(&mut old).unwrap();
        assert_eq!(describe(&old), fresh());
        let label: String = old
            .query_row("SELECT label FROM daily_reminders", [], |r| r.get(0))
            .unwrap();
        assert_eq!(label, "Evening");
    }

    /// Version 3 as it shipped (version 2 plus the car-pool tables), with a row.
    fn frozen_v3() -> Connection {
        let c = frozen_v2();
        c.execute_batch(STEPS[2]).unwrap();
        c.execute_batch(
            "INSERT INTO ride_places VALUES ('r1', 'offer', 'wales:tue-eve', '2026-11-24', 52.4,
                                             -4.05, '2026-11-22T10:00:00+00:00');
             PRAGMA user_version = 3;",
        )
        .unwrap();
        c
    }

    #[test]
    fn a_frozen_v3_vault_upgrades_to_the_fresh_schema_keeps_its_rows_and_takes_contacts() {
        let mut old = frozen_v3();
        init(&mut old).unwrap();
        assert_eq!(describe(&old), fresh());
        let v: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 4);
        let place: String = old
            .query_row("SELECT meeting_id FROM ride_places", [], |r| r.get(0))
            .unwrap();
        assert_eq!(place, "wales:tue-eve");
        old.execute(
            "INSERT INTO contacts VALUES ('c1', 'Sam', 'sponsor', '+447700900123', 't', 't')",
            [],
        )
        .unwrap();
    }

    #[test]
    fn a_failed_upgrade_changes_nothing() {
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch(FROZEN_V1).unwrap();
        // Something in the way of the upgrade: the step fails, the transaction rolls back.
        old.execute_batch("CREATE TABLE daily_reminders (x);")
            .unwrap();
        let before = describe(&old);
        assert!(init(&mut old).is_err());
        assert_eq!(describe(&old), before);
        let v: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
    }

    #[test]
    fn newer_vault_is_refused_and_left_alone() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE keep(x); INSERT INTO keep VALUES (7); PRAGMA user_version = 42;",
        )
        .unwrap();
        assert!(matches!(
            init(&mut c),
            Err(Error::SchemaTooNew { found: 42, .. })
        ));
        let x: i64 = c.query_row("SELECT x FROM keep", [], |r| r.get(0)).unwrap();
        assert_eq!(x, 7);
    }
}
