//! The vault's encryption after SQLCipher's crypto moved from OpenSSL to Rust
//! (`waymark_core::sqlcipher_crypto`): files written before the change still open, files written
//! now open in SQLCipher built on OpenSSL, and a wrong key is still a wrong key.
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
    assert_eq!(provider, waymark_core::sqlcipher_crypto::PROVIDER_NAME);
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

/// Debian's `sqlcipher` shell (SQLCipher 3 on OpenSSL), when installed; CI installs it.
fn debian_sqlcipher() -> Option<&'static str> {
    let found = Command::new("sqlcipher")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some("sqlcipher");
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have Debian's sqlcipher installed (apt-get install sqlcipher)"
    );
    eprintln!("note: `sqlcipher` is not installed; skipping the OpenSSL round trip");
    None
}

fn shell(bin: &str, db: &Path, sql: &str) -> String {
    let out = Command::new(bin).arg(db).arg(sql).output().unwrap();
    assert!(
        out.status.success(),
        "sqlcipher failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn files_written_in_rust_open_in_sqlcipher_on_openssl_and_back() {
    let Some(bin) = debian_sqlcipher() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let setup = format!("PRAGMA key = '{PASSPHRASE}'; PRAGMA cipher_compatibility = 3;");

    // Rust writes; OpenSSL reads every row.
    let ours = dir.path().join("ours.db");
    let c = Connection::open(&ours).unwrap();
    c.execute_batch(&setup).unwrap();
    c.execute_batch(
        "CREATE TABLE t(n INTEGER PRIMARY KEY, x TEXT);
         WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 2999)
         INSERT INTO t SELECT n, 'row ' || n || ' written in Rust' FROM s;",
    )
    .unwrap();
    drop(c);
    let read = shell(
        bin,
        &ours,
        &format!("PRAGMA key = '{PASSPHRASE}'; SELECT count(*), sum(length(x)) FROM t;"),
    );
    let expected: i64 = (0..3000)
        .map(|n| format!("row {n} written in Rust").len() as i64)
        .sum();
    assert_eq!(
        read.trim().lines().last().unwrap(),
        format!("3000|{expected}")
    );

    // OpenSSL writes; Rust reads.
    let theirs = dir.path().join("theirs.db");
    shell(
        bin,
        &theirs,
        &format!(
            "PRAGMA key = '{PASSPHRASE}'; CREATE TABLE t(n INTEGER PRIMARY KEY, x TEXT);
             WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 1499)
             INSERT INTO t SELECT n, 'row ' || n || ' written by OpenSSL' FROM s;"
        ),
    );
    check_file(&theirs, &setup, 1500);
}
