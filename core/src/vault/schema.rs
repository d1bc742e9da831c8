//! The vault's schema and its upgrades.
//!
//! Unlike the directory (public data that a sync can always rebuild), the vault holds what a
//! person wrote and cannot be rebuilt: an upgrade must never lose a row, and a file written by
//! a newer app is refused with a clear error, never wiped. The version lives in
//! `PRAGMA user_version`. [`init`] creates the newest schema on an empty file, or runs one
//! upgrade step per version, all in one transaction (a failed upgrade leaves the file as it
//! was). Every step has a frozen copy of the schema it starts from in the tests, and the test
//! upgrades that copy and compares the result with a fresh schema, table by table and index by
//! index.

use rusqlite::{Connection, Transaction};

use crate::support::error::{Error, Result};

/// Newest vault schema version this build writes.
pub const VERSION: i64 = 4;

/// The newest schema, as created on an empty vault.
const CREATE: &str = "
-- Small personal settings (notification wording, fallback zone, …): key → JSON value.
CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
-- 'My meetings'. The meeting id is the directory's stable id; last_known is the meeting as
-- last seen (JSON), so the favourite still shows what it was once its feed drops it.
CREATE TABLE favorites (
    meeting_id TEXT PRIMARY KEY NOT NULL,
    added_at TEXT NOT NULL,
    last_known TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
-- Journal entries. id is a UUIDv7 (sorts by creation time, unique across devices, so a
-- restore merges by id); the row id is its timestamp in ms × 4096 (+ a counter), so rows and
-- the text index are in creation order whatever device wrote them; timestamps are RFC 3339 with the writer's UTC offset. mood and
-- craving are columns (trends); the rest of the structured fields are one JSON object.
CREATE TABLE journal (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    mood INTEGER,
    craving INTEGER,
    fields TEXT NOT NULL,
    body TEXT NOT NULL,
    meeting_id TEXT,
    deleted_at TEXT
);
CREATE INDEX journal_meeting ON journal(meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX journal_trash ON journal(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE journal_tags (
    entry INTEGER NOT NULL REFERENCES journal(rowid) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (entry, tag)
);
CREATE INDEX journal_tags_tag ON journal_tags(tag);
-- Everything a person wrote in an entry (text, list items, answers, tags), for search;
-- keyed by the entry's row id, which follows creation time. Entries in the trash are taken
-- out of it. Contentless (the text is in journal already) and without positions (we match
-- words and prefixes, not phrases): a fraction of the size, so common words stay fast.
-- Encrypted with the rest of the file.
CREATE VIRTUAL TABLE journal_fts USING fts5(
    content, content='', contentless_delete=1, detail=none,
    tokenize='unicode61 remove_diacritics 2'
);
-- Sobriety (or any 'clean since') dates: a calendar date, counted in the person's own
-- calendar. Several are allowed (alcohol, another substance, a behaviour).
CREATE TABLE sobriety (
    id TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
";

/// Version 2: reminders (rules per favourite meeting, daily practice reminders, and the log of
/// what was planned, which the health report checks deliveries against).
const V2: &str = "
CREATE TABLE reminder_rules (
    meeting_id TEXT PRIMARY KEY NOT NULL,
    leads TEXT NOT NULL,
    weekdays TEXT NOT NULL,
    detailed INTEGER NOT NULL DEFAULT 0,
    skip_occurrence TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE daily_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    minute INTEGER NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE planned_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    fire_at TEXT NOT NULL,
    delivered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX planned_reminders_fire ON planned_reminders(fire_at);
";

/// Version 3: car-pools. The outbox of ride operations composed on this phone (sent at the
/// next sync, each with a client-made id so a retry is harmless) with the server's answer, and
/// the exact places behind each offer or request, which never leave the phone.
const V3: &str = "
CREATE TABLE ride_outbox (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    op TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    code TEXT,
    message TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE ride_places (
    ride_id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    date TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    created_at TEXT NOT NULL
);
";

/// Version 4: the person's own people (sponsor, friends, helplines) with a phone number each,
/// offered after a hard check-in. Private like the journal.
const V4: &str = "
CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
";

/// Brings `conn` to [`VERSION`]: creates a fresh schema, or upgrades step by step in one
/// transaction (the rule in [`crate::directory::schema::migrate`]). A newer file is refused untouched.
pub fn init(conn: &mut Connection) -> Result<()> {
    crate::directory::schema::migrate(
        conn,
        VERSION,
        |tx| {
            tx.execute_batch(CREATE)?;
            tx.execute_batch(V2)?;
            tx.execute_batch(V3)?;
            tx.execute_batch(V4)?;
            Ok(())
        },
        upgrade_from,
    )
}

/// One upgrade step from `version` to `version + 1`. Add an arm per new version, and a frozen
/// copy of the schema it starts from to the tests.
fn upgrade_from(tx: &Transaction, version: i64) -> Result<()> {
    match version {
        1 => tx.execute_batch(V2)?,
        2 => tx.execute_batch(V3)?,
        3 => tx.execute_batch(V4)?,
        _ => {
            return Err(Error::invalid(format!(
                "no upgrade path from vault schema {version}"
            )))
        }
    }
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

    /// Version 1 exactly as it shipped (`core/src/vault/frozen/v1.sql`). Never edit: it is
    /// what old vaults hold.
    const FROZEN_V1: &str = include_str!("frozen/v1.sql");

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
        let mut fresh = Connection::open_in_memory().unwrap();
        init(&mut fresh).unwrap();
        // Shadow tables of FTS5 are compared too (they are in sqlite_master).
        assert_eq!(describe(&old), describe(&fresh));
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

    /// Version 2 exactly as it shipped: version 1 plus the reminder tables.
    fn frozen_v2() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(FROZEN_V1).unwrap();
        c.execute_batch(include_str!("frozen/v2.sql")).unwrap();
        c
    }

    #[test]
    fn a_frozen_v2_vault_upgrades_to_the_fresh_schema_and_keeps_its_rows() {
        let mut old = frozen_v2();
        init(&mut old).unwrap();
        let mut fresh = Connection::open_in_memory().unwrap();
        init(&mut fresh).unwrap();
        assert_eq!(describe(&old), describe(&fresh));
        let label: String = old
            .query_row("SELECT label FROM daily_reminders", [], |r| r.get(0))
            .unwrap();
        assert_eq!(label, "Evening");
    }

    /// Version 3 exactly as it shipped: version 2 plus the car-pool tables.
    fn frozen_v3() -> Connection {
        let c = frozen_v2();
        c.execute_batch(include_str!("frozen/v3.sql")).unwrap();
        c
    }

    #[test]
    fn a_frozen_v3_vault_upgrades_to_the_fresh_schema_keeps_its_rows_and_takes_contacts() {
        let mut old = frozen_v3();
        init(&mut old).unwrap();
        let mut fresh = Connection::open_in_memory().unwrap();
        init(&mut fresh).unwrap();
        assert_eq!(describe(&old), describe(&fresh));
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
