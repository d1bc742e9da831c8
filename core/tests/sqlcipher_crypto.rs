//! The vault's encryption after SQLCipher's crypto moved from OpenSSL to Rust
//! (`waymark_core::support::sqlcipher_crypto`): files written before the change still open, files written
//! now open in an independent SQLCipher 4 built on OpenSSL (and the other way round), and a
//! wrong key is still a wrong key.
//!
//! `tests/fixtures/sqlcipher/` holds files written by this project with SQLCipher 4.19 on
//! OpenSSL 3, before the change: SQLCipher 4's defaults (PBKDF2-HMAC-SHA512, 256,000 rounds,
//! HMAC-SHA512), SQLCipher 3's (PBKDF2-HMAC-SHA1, HMAC-SHA1, 1 KiB pages), the SHA-256 pair,
//! and a real vault with a raw key. Each table `t` holds 2,000 rows over many pages.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rusqlite::Connection;
use waymark_core::vault::journal::EntryFilter;
use waymark_core::vault::{Vault, VaultKey};
use waymark_core::Error;

const PASSPHRASE: &str = "correct horse battery staple";

fn fixture_copy(name: &str, dir: &Path) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sqlcipher")
        .join(name);
    let to = dir.join(name);
    std::fs::copy(from, &to).unwrap();
    to
}

/// Opens with `setup` (key and settings), then checks every page's HMAC and every row.
fn check_file(path: &Path, setup: &str, rows: i64) -> Connection {
    let c = Connection::open(path).unwrap();
    c.execute_batch(setup).unwrap();
    let provider: String = c
        .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        provider,
        waymark_core::support::sqlcipher_crypto::PROVIDER_NAME
    );
    let bad_pages: Vec<String> = c
        .prepare("PRAGMA cipher_integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(bad_pages.is_empty(), "{bad_pages:?}");
    let (n, last): (i64, String) = c
        .query_row(
            "SELECT count(*), max(x) FROM t WHERE n = 1999 OR n >= 0",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(n, rows);
    assert!(last.starts_with("row "), "{last}");
    c
}

#[test]
fn files_written_with_openssl_open_and_stay_writable() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("v4-passphrase.db", format!("PRAGMA key = '{PASSPHRASE}';")),
        (
            "v3-passphrase.db",
            format!("PRAGMA key = '{PASSPHRASE}'; PRAGMA cipher_compatibility = 3;"),
        ),
        (
            "v4-sha256.db",
            format!(
                "PRAGMA key = '{PASSPHRASE}'; PRAGMA cipher_hmac_algorithm = HMAC_SHA256; \
                 PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256; PRAGMA kdf_iter = 10000;"
            ),
        ),
    ];
    for (name, setup) in &cases {
        let path = fixture_copy(name, dir.path());
        let c = check_file(&path, setup, 2000);
        // New pages written by the Rust provider next to the old ones.
        c.execute_batch(
            "INSERT INTO t(n, x) SELECT n + 2000, 'row ' || (n + 2000) || ' written in Rust' FROM t;",
        )
        .unwrap();
        drop(c);
        check_file(&path, setup, 4000);

        // The wrong passphrase reads nothing.
        let c = Connection::open(&path).unwrap();
        c.execute_batch(&setup.replace(PASSPHRASE, "correct horse battery stable"))
            .unwrap();
        assert!(
            c.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0))
                .is_err(),
            "{name} opened with the wrong passphrase"
        );
    }
}

#[test]
fn a_vault_written_before_the_change_opens_with_its_key_and_not_without() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_copy("vault.db", dir.path());
    let wrong = VaultKey::from_bytes(&[8u8; 32]).unwrap();
    assert!(matches!(Vault::open(&path, &wrong), Err(Error::WrongKey)));
    let key = VaultKey::from_bytes(&[7u8; 32]).unwrap();
    let vault = Vault::open(&path, &key).unwrap();
    let entries = vault.entries(&EntryFilter::default()).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        entries[0].content.text,
        "Written before the crypto provider changed."
    );
    assert!(vault.integrity_check().unwrap());
}

/// The independent SQLCipher 4 reader: Python's `sqlcipher3` module as PyPI's
/// `sqlcipher3-binary` ships it (its own SQLCipher 4 build on OpenSSL, not ours). CI installs
/// it; elsewhere the round trips are skipped with a notice when it is missing.
fn python_sqlcipher() -> Option<String> {
    let python = std::env::var("WAYMARK_PYTHON").unwrap_or_else(|_| "python3".into());
    let found = Command::new(&python)
        .args(["-c", "import sqlcipher3"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some(python);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have the independent SQLCipher reader installed \
         (python3 -m pip install sqlcipher3-binary)"
    );
    eprintln!(
        "note: Python's sqlcipher3 is not installed (pip install sqlcipher3-binary); \
         skipping the round trips with an independent SQLCipher 4"
    );
    None
}

/// Runs `script` in the independent reader with `args`; returns what it printed.
fn python(bin: &str, script: &str, args: &[&str]) -> String {
    let out = Command::new(bin)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the independent SQLCipher failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Opens argv[1] with the raw key argv[2] (hex), proves it is another SQLCipher 4 on another
/// crypto provider, checks every page, reads the journal, then writes 500 settings.
const READ_AND_WRITE_VAULT: &str = r#"
import sys, sqlcipher3
db = sqlcipher3.connect(sys.argv[1])
db.execute("PRAGMA key = \"x'%s'\"" % sys.argv[2])
version = db.execute("PRAGMA cipher_version").fetchone()[0]
provider = db.execute("PRAGMA cipher_provider").fetchone()[0]
assert version.startswith("4."), version
assert provider != "waymark-rustcrypto", provider
assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
n, marked = db.execute(
    "SELECT count(*), sum(body LIKE '%written by Waymark%') FROM journal").fetchone()
print("|".join(str(x) for x in (provider, version, n, marked)))
with db:
    for i in range(500):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                   ("interop.%d" % i, '"written by sqlcipher3 %d"' % i))
db.close()
"#;

/// With the wrong key the independent reader reads nothing.
const WRONG_KEY: &str = r#"
import sys, sqlcipher3
db = sqlcipher3.connect(sys.argv[1])
db.execute("PRAGMA key = \"x'%s'\"" % sys.argv[2])
try:
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    print("opened")
except sqlcipher3.DatabaseError:
    print("refused")
"#;

/// Creates argv[1] with the passphrase argv[2] and SQLCipher 4's defaults.
const WRITE_NEW: &str = r#"
import sys, sqlcipher3
db = sqlcipher3.connect(sys.argv[1])
db.execute("PRAGMA key = '%s'" % sys.argv[2])
with db:
    db.execute("CREATE TABLE t(n INTEGER PRIMARY KEY, x TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)",
                   [(n, "row %d written by sqlcipher3" % n) for n in range(1500)])
db.close()
"#;

#[test]
fn a_real_vault_round_trips_through_an_independent_sqlcipher_4() {
    use waymark_core::vault::journal::{EntryKind, NewEntry};
    let Some(bin) = python_sqlcipher() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.sqlite");
    let key = VaultKey::from_bytes(&[0x5a; 32]).unwrap();
    let hex = "5a".repeat(32);
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+00:00").unwrap();
    {
        let mut v = Vault::open(&path, &key).unwrap();
        for i in 0..300 {
            let text = format!("Entry {i} written by Waymark, long enough to fill pages. ");
            v.add_entry(NewEntry::text(EntryKind::Note, text.repeat(4)), now)
                .unwrap();
        }
    }

    // Waymark wrote; the independent SQLCipher reads every page and row, then writes.
    let out = python(&bin, READ_AND_WRITE_VAULT, &[path.to_str().unwrap(), &hex]);
    let fields: Vec<&str> = out.trim().split('|').collect();
    assert_eq!(fields[0], "openssl", "{out}");
    assert_eq!(fields[2..], ["300", "300"], "{out}");
    assert_eq!(
        python(&bin, WRONG_KEY, &[path.to_str().unwrap(), &"5b".repeat(32)]).trim(),
        "refused"
    );

    // It wrote; Waymark reads its rows and every page checks out.
    let v = Vault::open(&path, &key).unwrap();
    assert!(v.integrity_check().unwrap());
    let settings = v.settings().unwrap();
    assert_eq!(settings.len(), 500);
    assert_eq!(
        settings["interop.499"],
        serde_json::json!("written by sqlcipher3 499")
    );
    assert_eq!(v.entries(&EntryFilter::default()).unwrap().len(), 300);
}

#[test]
fn a_file_written_by_an_independent_sqlcipher_4_opens_in_rust() {
    let Some(bin) = python_sqlcipher() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let theirs = dir.path().join("theirs.db");
    python(&bin, WRITE_NEW, &[theirs.to_str().unwrap(), PASSPHRASE]);
    let c = check_file(&theirs, &format!("PRAGMA key = '{PASSPHRASE}';"), 1500);
    let last: String = c
        .query_row("SELECT x FROM t WHERE n = 1499", [], |r| r.get(0))
        .unwrap();
    assert_eq!(last, "row 1499 written by sqlcipher3");
}
