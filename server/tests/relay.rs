//! `waymark-server --relay DIR`: the real binary serves a relay's published folder read-only,
//! with ETags and 304s, nothing else of the folder, and no access-log line for it.

use std::io::Read;
use std::process::{Command, Stdio};

use sha2::{Digest, Sha256};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A published folder as `waymark relay build` leaves it, plus a file that must never be
/// served (its state sits elsewhere, but a careless copy could put one here).
fn folder() -> (tempfile::TempDir, String, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("files")).unwrap();
    let tile = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xfftile bytes".to_vec();
    let name = hex(&Sha256::digest(&tile));
    std::fs::write(dir.path().join(format!("files/{name}.gz")), &tile).unwrap();
    std::fs::write(
        dir.path().join("manifest.json"),
        br#"{"format":1,"version":4}"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("manifest.sig"), b"00ff\n").unwrap();
    std::fs::write(dir.path().join("secret.txt"), b"not published").unwrap();
    (dir, name, tile)
}

/// A GET with the path exactly as given; the whole answer as text.
fn raw_get(base: &str, path: &str) -> String {
    use std::io::Write;
    let mut c = std::net::TcpStream::connect(base.trim_start_matches("http://")).unwrap();
    write!(
        c,
        "GET {path} HTTP/1.1\r\nHost: relay\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    c.read_to_string(&mut answer).unwrap();
    answer
}

#[test]
fn the_server_serves_a_relay_folder_read_only_with_etags_and_logs_none_of_it() {
    let (relay, name, tile) = folder();
    let mut board = waymark_tests::spawn_server_logging(
        std::path::Path::new(env!("CARGO_BIN_EXE_waymark-server")),
        None,
        &["--relay", relay.path().to_str().unwrap()],
        Stdio::piped(),
    );
    let base = board.base.clone();
    let client = reqwest::blocking::Client::new();

    let manifest = client
        .get(format!("{base}/relay/manifest.json"))
        .send()
        .unwrap();
    assert_eq!(manifest.status(), 200);
    assert_eq!(manifest.headers()["content-type"], "application/json");
    assert_eq!(manifest.headers()["cache-control"], "no-cache");
    let etag = manifest.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(
        etag,
        format!(
            "\"{}\"",
            hex(&Sha256::digest(br#"{"format":1,"version":4}"#))
        )
    );
    assert_eq!(
        manifest.bytes().unwrap().as_ref(),
        br#"{"format":1,"version":4}"#
    );

    // A phone checking again with the ETag it has: 304, no body.
    let again = client
        .get(format!("{base}/relay/manifest.json"))
        .header("If-None-Match", &etag)
        .send()
        .unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().unwrap().is_empty());

    // Tiles: the bytes as they are (no Content-Encoding), cached forever, ETag = name.
    let t = client
        .get(format!("{base}/relay/files/{name}.gz"))
        .send()
        .unwrap();
    assert_eq!(t.status(), 200);
    assert_eq!(t.headers()["content-type"], "application/gzip");
    assert!(t.headers().get("content-encoding").is_none());
    assert!(t.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(t.headers()["etag"].to_str().unwrap(), format!("\"{name}\""));
    assert_eq!(t.bytes().unwrap().as_ref(), tile.as_slice());
    let head = client
        .head(format!("{base}/relay/files/{name}.gz"))
        .send()
        .unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(
        head.headers()["content-length"],
        tile.len().to_string().as_str()
    );

    // Nothing else of the folder, no listings, no way out of it; nothing but GET and HEAD.
    for path in [
        "/relay/",
        "/relay/files",
        "/relay/files/",
        "/relay/secret.txt",
        "/relay/../board.sqlite",
        "/relay/%2e%2e/board.sqlite",
        "/relay/files/..%2fsecret.txt",
        "/relay/files/%2e%2e/manifest.json",
        &format!("/relay/files/{}.gz", "0".repeat(64)),
    ] {
        // Sent as written: an HTTP client would resolve the dots itself.
        let answer = raw_get(&base, path);
        assert!(answer.starts_with("HTTP/1.1 404"), "{path}: {answer}");
        assert!(!answer.contains("not published"), "{path}");
    }
    let post = client
        .post(format!("{base}/relay/manifest.json"))
        .body("x")
        .send()
        .unwrap();
    assert_eq!(post.status(), 405);
    // The board is still there.
    assert_eq!(
        client
            .get(format!("{base}/healthz"))
            .send()
            .unwrap()
            .status(),
        200
    );

    let log = board.stop_and_read_log();
    assert!(
        log.contains("route=/healthz"),
        "the board still logs: {log}"
    );
    assert!(
        !log.contains("relay"),
        "no line about relay requests: {log}"
    );
    assert!(!log.contains(&name), "{log}");
}

#[test]
fn the_server_refuses_a_relay_folder_without_a_manifest() {
    let empty = tempfile::tempdir().unwrap();
    let db = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_waymark-server"))
        .args(["--listen", "127.0.0.1:0", "--database"])
        .arg(format!(
            "sqlite:{}",
            db.path().join("board.sqlite").display()
        ))
        .arg("--relay")
        .arg(empty.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("manifest.json"));
}
