//! The private vault: favourites, journal, sobriety dates and settings, in one encrypted file.
//!
//! Everything personal lives here, and it is the most sensitive data Waymark has: what a
//! person writes in recovery and which fellowship's meetings they go to. So:
//!
//! - The vault is a SQLCipher database encrypted as a whole file, full-text index and WAL
//!   included. Its 32-byte key comes from the shell ([`VaultKey`]; kept in the Android Keystore
//!   or iOS Keychain) or from a passphrase through Argon2id ([`KdfParams`]; the CLI).
//! - Temporary tables and sorts stay in memory (`temp_store = MEMORY`), so no unencrypted
//!   scratch file is ever written next to it.
//! - Opening with the wrong key is [`Error::WrongKey`], found by a read before anything is
//!   written: the file, its WAL and its shared-memory file stay byte-for-byte as they were.
//! - The build must really be SQLCipher: [`Vault::open`] refuses to run on a plain SQLite
//!   (where `PRAGMA key` would silently do nothing and the journal would be written in clear).
//! - Nothing here logs. Errors never carry what a person wrote.
//!
//! The parts: [`journal`] (entries, tags, search, trash), [`favorites`] ("my meetings" that
//! outlive their feed), [`sobriety`] (dates, day counts, milestones), [`backup`] (Markdown and
//! JSON export, encrypted backup and restore), [`templates`] (the prompts we wrote),
//! [`contacts`] (the person's own sponsor, friends and helplines, one tap to call or text),
//! [`next_step`] (what a hard check-in is offered: those people and the next meetings) and
//! [`preferences`] (language, app lock). What the vault keeps for other parts has its code
//! there: reminder rules in [`crate::reminders`], the ride outbox in [`crate::rides`].

pub mod backup;
pub mod contacts;
pub mod favorites;
pub mod journal;
pub mod key;
pub mod next_step;
pub mod preferences;
pub mod schema;
pub mod sobriety;
pub mod templates;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension};

pub use key::{KdfParams, VaultKey};

use crate::support::error::{Error, Result};
use crate::support::msg;

/// An open vault. One connection; every write is one transaction.
///
/// The reminder rules (`reminders::rules`) and the car-pool outbox (`rides::outbox`) belong to
/// their own components but are stored in this same encrypted file, so those components reach
/// the connection and the id generator through crate-visible fields; nothing outside the crate
/// can.
pub struct Vault {
    pub(crate) conn: Connection,
    path: PathBuf,
    ids: uuid::ContextV7,
    /// Bumped by every committed write, whatever wrote it (the screens watch it).
    changes: crate::support::changes::Changes,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("path", &self.path).finish()
    }
}

impl Vault {
    /// Opens the vault at `path` with `key`, creating it (and its schema) when the file does
    /// not exist yet.
    ///
    /// A wrong key is [`Error::WrongKey`] and writes nothing. A vault written by a newer app is
    /// [`Error::SchemaTooNew`] and is left alone.
    pub fn open(path: impl AsRef<Path>, key: &VaultKey) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        // Before any file is touched: this build must encrypt with the project's own crypto.
        ensure_own_crypto()?;
        // The vault file is readable by its owner only, new or old (SQLite gives its WAL and
        // shared-memory files the same permissions). Encrypted anyway; this keeps other local
        // users from even copying it.
        crate::support::files::prepare_private_database(&path)?;
        crate::support::sqlcipher_crypto::ensure_linked();
        if exists_with_data(&path) || exists_with_data(&sibling(&path, "-wal")) {
            Self::check_key_touching_nothing(&path, key)?;
        }
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Self::unlock(&conn, key)?;
        // Only now that the key is known to be right may anything be written.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA cache_size = -8000;",
        )?;
        let mut conn = conn;
        schema::init(&mut conn)?;
        let changes = crate::support::changes::Changes::attach(&mut conn)?;
        Ok(Self {
            conn,
            path,
            ids: uuid::ContextV7::new(),
            changes,
        })
    }

    /// Proves the key on a connection of its own before the vault is opened for use, so that
    /// a wrong key changes no byte of the vault, its WAL or its shared-memory file (`-shm`):
    /// in exclusive locking mode SQLite keeps the WAL's index in private memory instead of the
    /// `-shm` file, where an ordinary reader (even one that then fails) records its read
    /// marks. When another process has the vault open (so the exclusive lock is not to be
    /// had), this check steps aside and [`Vault::unlock`] decides; the only bytes a wrong key
    /// can then change are those read marks in `-shm`, which hold no data.
    fn check_key_touching_nothing(path: &Path, key: &VaultKey) -> Result<()> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Another process holding the vault is a reason to step aside, not to wait.
        conn.busy_timeout(std::time::Duration::ZERO)?;
        conn.query_row("PRAGMA locking_mode = EXCLUSIVE", [], |_| Ok(()))?;
        match Self::unlock(&conn, key) {
            Err(Error::Storage(rusqlite::Error::SqliteFailure(e, _)))
                if matches!(e.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) =>
            {
                Ok(())
            }
            other => other,
        }
    }

    /// Applies the key and proves it with a read. Writes nothing: SQLCipher's own error log
    /// (which would go to stderr) is off, and closing this connection after a failed read must
    /// not checkpoint a WAL left by a crash into the main file.
    fn unlock(conn: &Connection, key: &VaultKey) -> Result<()> {
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(&key.pragma_statement("key"))?;
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::NotADatabase => {
                Err(Error::WrongKey)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Opens the vault at `path` with a passphrase, creating it when neither it nor its
    /// passphrase settings exist (with the default Argon2id cost).
    ///
    /// The salt and cost are read from `<path>.kdf.json`. If a change of passphrase was
    /// interrupted, the pending settings are tried too and the change is completed.
    pub fn open_with_passphrase(path: impl AsRef<Path>, passphrase: &str) -> Result<Self> {
        let path = path.as_ref();
        let kdf_path = KdfParams::path_for(path);
        let pending_path = pending(&kdf_path);
        let params = match KdfParams::read(&kdf_path)? {
            Some(p) => p,
            None if !exists_with_data(path) => {
                return Self::create_with_passphrase(path, passphrase, KdfParams::generate()?)
            }
            None => return Err(Error::invalid(msg::VAULT_DEVICE_KEY)),
        };
        match Self::open(path, &params.derive(passphrase)?) {
            Err(Error::WrongKey) => {
                // A change of passphrase may have stopped after the re-key and before its
                // settings file was put in place.
                if let Some(p) = KdfParams::read(&pending_path)? {
                    let v = Self::open(path, &p.derive(passphrase)?)?;
                    std::fs::rename(&pending_path, &kdf_path)?;
                    return Ok(v);
                }
                Err(Error::WrongKey)
            }
            Ok(v) => {
                // A change that never reached the re-key: forget it.
                if pending_path.exists() {
                    std::fs::remove_file(&pending_path)?;
                }
                Ok(v)
            }
            Err(e) => Err(e),
        }
    }

    /// Creates a new vault at `path` protected by `passphrase`, with the given Argon2id
    /// settings (written first, to `<path>.kdf.json`). Refuses when a vault is already there.
    pub fn create_with_passphrase(
        path: impl AsRef<Path>,
        passphrase: &str,
        params: KdfParams,
    ) -> Result<Self> {
        let path = path.as_ref();
        if exists_with_data(path) {
            return Err(Error::invalid(msg::VAULT_EXISTS));
        }
        ensure_own_crypto()?;
        check_new_passphrase(passphrase)?;
        let key = params.derive(passphrase)?;
        params.write(&KdfParams::path_for(path))?;
        Self::open(path, &key)
    }

    /// The vault file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The vault's committed-change counter: every transaction that writes (a journal entry,
    /// a favourite, a reminder rule, a ride, a setting, a restore) bumps it as it commits.
    /// The screen objects watch it to show every change without being told.
    pub fn changes(&self) -> &crate::support::changes::Changes {
        &self.changes
    }

    /// Re-encrypts the whole vault with a new key, in one transaction: if it is interrupted,
    /// the vault is still readable with the old key. While another Waymark (the command line,
    /// a second window) still reads the vault, nothing is changed: [`msg::VAULT_IN_USE`].
    pub fn change_key(&mut self, new_key: &VaultKey) -> Result<()> {
        // SQLCipher re-keys page by page through the journal; in WAL mode it needs the WAL
        // folded into the main file first.
        if !crate::support::wal::fold_waiting(&self.conn)? {
            return Err(Error::invalid(msg::VAULT_IN_USE));
        }
        self.conn
            .execute_batch(&new_key.pragma_statement("rekey"))?;
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })?;
        // The re-keyed pages are in the log; until they are folded, the file itself still
        // opens with the old key. The key is changed whatever this answers (a reader that
        // came in between keeps part of the log until the next tidy), so it is not an error.
        let _ = crate::support::wal::fold_waiting(&self.conn);
        Ok(())
    }

    /// Changes the passphrase of a passphrase vault: new salt, new key, whole file re-encrypted.
    /// Crash-safe: the new settings are written aside first and put in place after the re-key
    /// ([`Vault::open_with_passphrase`] finishes an interrupted change).
    pub fn change_passphrase(&mut self, new_passphrase: &str, params: KdfParams) -> Result<()> {
        let kdf_path = KdfParams::path_for(&self.path);
        let pending_path = pending(&kdf_path);
        check_new_passphrase(new_passphrase)?;
        let key = params.derive(new_passphrase)?;
        params.write(&pending_path)?;
        self.change_key(&key)?;
        std::fs::rename(&pending_path, &kdf_path)?;
        Ok(())
    }

    /// A setting's value, if set.
    pub fn setting(&self, key: &str) -> Result<Option<serde_json::Value>> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(v.and_then(|s| crate::support::json::from_str(&s).ok()))
    }

    /// Sets a setting. Keys are short lowercase words (`a-z`, `0-9`, `_`, `.`).
    /// At most [`MAX_SETTINGS`] keys, each value at most [`MAX_SETTING_BYTES`] as JSON.
    pub fn set_setting(&mut self, key: &str, value: &serde_json::Value) -> Result<()> {
        check_setting_key(key)?;
        let json = value.to_string();
        if json.len() > MAX_SETTING_BYTES {
            return Err(Error::invalid_with(
                msg::SETTING_TOO_LARGE,
                [("max", (MAX_SETTING_BYTES / 1024).into())],
            ));
        }
        let count: i64 = self.conn.query_row(
            "SELECT count(*) FROM settings WHERE key <> ?1",
            [key],
            |r| r.get(0),
        )?;
        if count as usize >= MAX_SETTINGS {
            return Err(Error::invalid_with(
                msg::SETTINGS_FULL,
                [("max", MAX_SETTINGS.into())],
            ));
        }
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, &json],
        )?;
        Ok(())
    }

    /// Every setting.
    pub fn settings(&self) -> Result<BTreeMap<String, serde_json::Value>> {
        let mut st = self
            .conn
            .prepare("SELECT key, value FROM settings ORDER BY key")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (k, v) = row?;
            if let Ok(v) = crate::support::json::from_str(&v) {
                out.insert(k, v);
            }
        }
        Ok(out)
    }

    /// Tidies up when the app goes to the background: a bounded step of merging the search
    /// index's small segments (thousands of single-entry writes leave many, which slows
    /// prefix searches), then folds the WAL into the main file, also when the merge failed.
    /// (The merge is a write: screens following the vault build their state once more, and
    /// deliver nothing when it did not change.)
    pub fn checkpoint(&self) -> Result<()> {
        let merged = self.conn.execute(
            "INSERT INTO journal_fts (journal_fts, rank) VALUES ('merge', 500)",
            [],
        );
        crate::support::wal::fold(&self.conn)?;
        merged?;
        Ok(())
    }

    /// `PRAGMA integrity_check` plus SQLCipher's page HMAC check: `true` when both are clean.
    pub fn integrity_check(&self) -> Result<bool> {
        let ok: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let mut st = self.conn.prepare("PRAGMA cipher_integrity_check")?;
        let problems = st.query_map([], |_| Ok(()))?.count();
        Ok(ok == "ok" && problems == 0)
    }

    /// A new time-ordered id (UUIDv7) for something created at `now`.
    pub(crate) fn new_id(&self, now: &DateTime<FixedOffset>) -> String {
        let ts = uuid::Timestamp::from_unix(
            &self.ids,
            now.timestamp().max(0) as u64,
            now.timestamp_subsec_nanos(),
        );
        uuid::Uuid::new_v7(ts).to_string()
    }
}

/// Most settings a vault keeps (Waymark uses a handful).
pub const MAX_SETTINGS: usize = 256;
/// Largest value of one setting, as JSON.
pub const MAX_SETTING_BYTES: usize = 64 * 1024;

/// Shortest passphrase Waymark accepts for anything it protects with one: a new vault, a new
/// vault passphrase, a backup. One rule for all of them. (A vault made before this rule still
/// opens with the passphrase it has.)
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Checks a passphrase someone is choosing now against [`MIN_PASSPHRASE_CHARS`].
pub(crate) fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid_with(
            msg::PASSPHRASE_SHORT,
            [("min", MIN_PASSPHRASE_CHARS.into())],
        ));
    }
    Ok(())
}

/// Checks once per process, on a throwaway in-memory database, that this build has SQLCipher
/// and that it encrypts with the project's own provider ([`check_provider`]).
fn ensure_own_crypto() -> Result<()> {
    static CHECKED: std::sync::OnceLock<std::result::Result<(), crate::support::error::Problem>> =
        std::sync::OnceLock::new();
    let checked = CHECKED.get_or_init(|| {
        crate::support::sqlcipher_crypto::ensure_linked();
        let probe = || -> Result<(Option<String>, Option<String>)> {
            let conn = Connection::open_in_memory()?;
            conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
            let version: Option<String> = conn
                .query_row("PRAGMA cipher_version", [], |r| r.get(0))
                .optional()?;
            conn.execute_batch("PRAGMA key = 'probe';")?;
            let provider: Option<String> = conn
                .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
                .optional()?;
            Ok((version, provider))
        };
        let (version, provider) = probe().map_err(|e| {
            crate::support::error::Problem::new(
                msg::UNSAFE_PROBE,
                [("detail", e.to_string().into())],
            )
        })?;
        if version.as_deref().unwrap_or("").is_empty() {
            return Err(crate::support::error::Problem::new(
                msg::UNSAFE_NO_SQLCIPHER,
                [],
            ));
        }
        check_provider(provider.as_deref()).map_err(|e| match e {
            Error::UnsafeBuild(p) => p,
            other => crate::support::error::Problem::new(
                msg::UNSAFE_PROBE,
                [("detail", other.to_string().into())],
            ),
        })
    });
    checked.clone().map_err(Error::UnsafeBuild)
}

/// Refuses a SQLCipher whose crypto is not the project's own provider
/// ([`crate::support::sqlcipher_crypto`]). A build made outside the repository (without its
/// `.cargo/config.toml`) quietly falls back to the OpenSSL that the `rusqlite` feature
/// vendors: a crypto library nobody here reviews or updates with the app.
fn check_provider(provider: Option<&str>) -> Result<()> {
    let expected = crate::support::sqlcipher_crypto::PROVIDER_NAME;
    match provider {
        Some(p) if p == expected => Ok(()),
        other => Err(Error::UnsafeBuild(crate::support::error::Problem::new(
            msg::UNSAFE_CRYPTO,
            [
                ("found", other.unwrap_or("nothing").into()),
                ("expected", expected.into()),
            ],
        ))),
    }
}

fn check_setting_key(key: &str) -> Result<()> {
    if key.is_empty()
        || key.len() > 64
        || !key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    {
        return Err(Error::invalid_with(
            msg::SETTING_NAME,
            [("key", key.into())],
        ));
    }
    Ok(())
}

fn pending(kdf_path: &Path) -> PathBuf {
    sibling(kdf_path, ".new")
}

/// `path` with `suffix` added to its file name (`vault.sqlite` → `vault.sqlite-wal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

fn exists_with_data(path: &Path) -> bool {
    std::fs::metadata(path)
        .map(|m| m.len() > 0)
        .unwrap_or(false)
}

/// Every row of `sql` (no parameters, `N` text columns) as an array of its texts, for the
/// lists that read text rows and skip the ones that no longer parse.
pub(crate) fn text_rows<const N: usize>(
    conn: &rusqlite::Connection,
    sql: &str,
) -> Result<Vec<[String; N]>> {
    let mut st = conn.prepare(sql)?;
    let rows = st.query_map([], |r| {
        let mut row: [String; N] = std::array::from_fn(|_| String::new());
        for (i, cell) in row.iter_mut().enumerate() {
            *cell = r.get(i)?;
        }
        Ok(row)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A timestamp as stored: RFC 3339 to the second, with the writer's offset.
pub(crate) fn stamp(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// A timestamp as stored for comparisons: RFC 3339 in UTC (`…Z`), which sorts as text.
pub(crate) fn stamp_utc(t: &DateTime<FixedOffset>) -> String {
    t.with_timezone(&Utc)
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses a stored or imported RFC 3339 timestamp.
pub(crate) fn parse_stamp(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s).ok()
}

/// Writes `bytes` to `path` so that a reader sees the old file or the whole new one, never a
/// part, readable by its owner only ([`crate::support::files::write_atomically`]).
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    Ok(crate::support::files::write_atomically(path, bytes)?)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A cheap passphrase cost for tests (the real one is deliberately slow).
    pub(crate) fn cheap() -> KdfParams {
        KdfParams::with_cost(8 * 1024, 1).unwrap()
    }

    pub(crate) fn key(b: u8) -> VaultKey {
        VaultKey::from_bytes(&[b; 32]).unwrap()
    }

    pub(crate) fn now(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn wrong_key_is_typed_and_changes_no_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        {
            let mut v = Vault::open(&path, &key(1)).unwrap();
            v.set_setting("discreet", &serde_json::json!(true)).unwrap();
        }
        let before = snapshot(dir.path());
        assert!(matches!(Vault::open(&path, &key(2)), Err(Error::WrongKey)));
        assert_eq!(snapshot(dir.path()), before);
        // And the right key still opens it.
        let v = Vault::open(&path, &key(1)).unwrap();
        assert_eq!(
            v.setting("discreet").unwrap(),
            Some(serde_json::json!(true))
        );
    }

    #[test]
    fn wrong_key_leaves_a_live_wal_alone_too() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        let mut v = Vault::open(&path, &key(1)).unwrap();
        v.set_setting("a", &serde_json::json!(1)).unwrap();
        // Copy the files while the vault is open (as after a crash): WAL and shm included.
        let copy = tempfile::tempdir().unwrap();
        for (name, bytes) in snapshot(dir.path()) {
            std::fs::write(copy.path().join(name), bytes).unwrap();
        }
        drop(v);
        let before = snapshot(copy.path());
        assert!(before.keys().any(|k| k.ends_with("-wal")));
        assert!(matches!(
            Vault::open(copy.path().join("vault.sqlite"), &key(9)),
            Err(Error::WrongKey)
        ));
        // The vault, its WAL and its shared-memory index keep every byte.
        let after = snapshot(copy.path());
        assert!(before.keys().any(|k| k.ends_with("-shm")));
        for name in before.keys() {
            assert!(after[name] == before[name], "{name} changed");
        }
        assert_eq!(after.len(), before.len());
        let v = Vault::open(copy.path().join("vault.sqlite"), &key(1)).unwrap();
        assert_eq!(v.setting("a").unwrap(), Some(serde_json::json!(1)));
    }

    #[test]
    fn what_is_written_is_not_readable_in_the_file_its_wal_or_shm() {
        use crate::vault::journal::{EntryKind, NewEntry};
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("vault.sqlite"), &key(7)).unwrap();
        let phrase = "Marzipan harbour secret";
        for i in 0..50 {
            let mut e = NewEntry::text(EntryKind::Note, format!("{phrase} number {i}"));
            e.tags = vec!["marzipantag".into()];
            v.add_entry(e, now("2026-01-01T10:00:00+00:00")).unwrap();
        }
        v.set_setting("reminders.detail", &serde_json::json!("marzipan"))
            .unwrap();
        let check = |stage: &str| {
            let files = snapshot(dir.path());
            for (name, bytes) in &files {
                for word in ["Marzipan", "marzipan", "harbour", "secret", "marzipantag"] {
                    assert!(
                        !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                        "{stage}: {word:?} readable in {name}"
                    );
                }
            }
            files
        };
        let open_files = check("while open");
        assert!(
            open_files
                .get("vault.sqlite-wal")
                .is_some_and(|w| w.len() > 10_000),
            "the entries are in the WAL while the vault is open"
        );
        assert!(open_files.contains_key("vault.sqlite-shm"));
        v.checkpoint().unwrap();
        drop(v);
        check("after closing");
    }

    #[test]
    fn a_plain_sqlite_file_is_not_taken_for_a_vault() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plain.sqlite");
        crate::Directory::open(&path).unwrap();
        assert!(matches!(Vault::open(&path, &key(1)), Err(Error::WrongKey)));
    }

    #[test]
    fn change_key_re_encrypts_and_the_old_key_stops_working() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        let mut v = Vault::open(&path, &key(1)).unwrap();
        v.set_setting("x", &serde_json::json!("y")).unwrap();
        v.change_key(&key(2)).unwrap();
        v.set_setting("z", &serde_json::json!(3)).unwrap();
        drop(v);
        assert!(matches!(Vault::open(&path, &key(1)), Err(Error::WrongKey)));
        let v = Vault::open(&path, &key(2)).unwrap();
        assert_eq!(v.setting("x").unwrap(), Some(serde_json::json!("y")));
        assert_eq!(v.setting("z").unwrap(), Some(serde_json::json!(3)));
        assert!(v.integrity_check().unwrap());
    }

    #[test]
    fn settings_are_bounded_in_number_and_size() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("vault.sqlite"), &key(1)).unwrap();
        for i in 0..MAX_SETTINGS {
            v.set_setting(&format!("k{i}"), &serde_json::json!(i))
                .unwrap();
        }
        let err = v
            .set_setting("one.more", &serde_json::json!(1))
            .unwrap_err();
        assert!(err.to_string().contains("at most 256 settings"), "{err}");
        // Changing one that exists is still fine.
        v.set_setting("k0", &serde_json::json!("changed")).unwrap();
        let big = serde_json::json!("x".repeat(MAX_SETTING_BYTES));
        assert!(v.set_setting("k1", &big).is_err());
        assert_eq!(v.settings().unwrap().len(), MAX_SETTINGS);
        assert_eq!(v.setting("k1").unwrap(), Some(serde_json::json!(1)));
    }

    #[test]
    fn a_short_passphrase_is_refused_for_a_new_vault_and_a_change_like_for_backups() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        for short in ["x", "1234567"] {
            let err = Vault::create_with_passphrase(&path, short, cheap()).unwrap_err();
            assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
            assert!(err.to_string().contains("at least 8 characters"), "{err}");
            assert!(!path.exists());
            assert!(!KdfParams::path_for(&path).exists());
        }
        // A vault made before the rule, with a short passphrase, still opens with it; a new
        // passphrase must follow the rule.
        let params = cheap();
        params.write(&KdfParams::path_for(&path)).unwrap();
        drop(Vault::open(&path, &params.derive("abc").unwrap()).unwrap());
        let mut v = Vault::open_with_passphrase(&path, "abc").unwrap();
        let err = v.change_passphrase("short", cheap()).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
        drop(v);
        assert!(Vault::open_with_passphrase(&path, "abc").is_ok());
        assert_eq!(backup::MIN_BACKUP_PASSPHRASE_CHARS, MIN_PASSPHRASE_CHARS);
    }

    #[test]
    fn passphrase_vault_opens_changes_and_finishes_an_interrupted_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        let mut v = Vault::create_with_passphrase(&path, "first words", cheap()).unwrap();
        v.set_setting("k", &serde_json::json!(1)).unwrap();
        drop(v);
        assert!(matches!(
            Vault::open_with_passphrase(&path, "wrong words"),
            Err(Error::WrongKey)
        ));
        let mut v = Vault::open_with_passphrase(&path, "first words").unwrap();
        v.change_passphrase("second words", cheap()).unwrap();
        drop(v);
        assert!(matches!(
            Vault::open_with_passphrase(&path, "first words"),
            Err(Error::WrongKey)
        ));
        let mut v = Vault::open_with_passphrase(&path, "second words").unwrap();

        // Interrupted after the re-key, before the settings file moved into place.
        let kdf = KdfParams::path_for(&path);
        let old = KdfParams::read(&kdf).unwrap().unwrap();
        let new = cheap();
        new.write(&pending(&kdf)).unwrap();
        v.change_key(&new.derive("third words").unwrap()).unwrap();
        drop(v);
        assert_eq!(KdfParams::read(&kdf).unwrap().unwrap(), old);
        let v = Vault::open_with_passphrase(&path, "third words").unwrap();
        assert_eq!(v.setting("k").unwrap(), Some(serde_json::json!(1)));
        assert!(!pending(&kdf).exists());
        assert_ne!(KdfParams::read(&kdf).unwrap().unwrap(), old);
    }

    #[test]
    fn a_device_key_vault_is_not_opened_by_passphrase_and_create_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        drop(Vault::open(&path, &key(1)).unwrap());
        assert!(matches!(
            Vault::open_with_passphrase(&path, "x"),
            Err(Error::InvalidArgument(_))
        ));
        assert!(Vault::create_with_passphrase(&path, "x", cheap()).is_err());
        assert!(Vault::open(&path, &key(1)).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn vault_files_are_private_to_their_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.sqlite");
        let mut v = Vault::create_with_passphrase(&path, "words words", cheap()).unwrap();
        v.set_setting("a", &serde_json::json!(1)).unwrap();
        let backup = dir.path().join("b.age");
        v.write_backup(&backup, "long enough words", now("2026-01-01T00:00:00Z"))
            .unwrap();
        for name in [
            "vault.sqlite",
            "vault.sqlite-wal",
            "vault.sqlite.kdf.json",
            "b.age",
        ] {
            let mode = std::fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
    }

    #[test]
    fn only_the_projects_own_crypto_provider_is_accepted() {
        assert!(check_provider(Some(crate::support::sqlcipher_crypto::PROVIDER_NAME)).is_ok());
        assert!(ensure_own_crypto().is_ok());
        for other in [Some("openssl"), Some(""), None] {
            let e = check_provider(other).unwrap_err();
            assert!(matches!(e, Error::UnsafeBuild(_)), "{e:?}");
            assert!(e.to_string().contains(".cargo/config.toml"), "{e}");
        }
    }

    #[test]
    fn setting_names_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(1)).unwrap();
        assert!(v.set_setting("Bad Key", &serde_json::json!(1)).is_err());
        v.set_setting("reminders.discreet", &serde_json::json!(false))
            .unwrap();
        assert_eq!(v.settings().unwrap().len(), 1);
    }
}
