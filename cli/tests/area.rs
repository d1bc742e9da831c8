//! `waymark area` end to end with the real binaries: a relay built with `waymark relay build`
//! from a feed on loopback, served by `waymark-server --relay`, and a phone (a data folder)
//! that adds an area, syncs, searches, reads its sources' freshness, and survives being
//! killed at any moment of applying a new version (old or new, never a mix).

mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

fn waymark(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        // Errors in en-GB whatever the machine speaks.
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .output()
        .expect("run waymark")
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = waymark(data, args);
    assert!(
        out.status.success(),
        "waymark {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `count` synthetic meetings, all in the 2° tile south-west of Philadelphia (n38w076).
fn feed(count: usize, seed: u64) -> Vec<u8> {
    let mut raw = Vec::new();
    waymark_core::directory::synth::write_feed(&mut raw, count, seed).unwrap();
    let mut v: Vec<Value> = serde_json::from_slice(&raw).unwrap();
    for (i, m) in v.iter_mut().enumerate() {
        m["latitude"] = (38.5 + (i % 100) as f64 * 0.01).into();
        m["longitude"] = (-75.5 + (i / 100 % 100) as f64 * 0.01).into();
        m["slug"] = format!("m-{i}").into();
    }
    serde_json::to_vec(&v).unwrap()
}

/// Copies the files of a data folder.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        } else if e.file_type().unwrap().is_dir() {
            // The directory's parts (tiles attached as they came).
            copy_dir(&e.path(), &to.join(e.file_name()));
        }
    }
}

/// Every file under `dir`, in its folders too.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            out.extend(files_under(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

/// `area add --relay <relay> --relay-key <key>`, then `more`.
fn area_add<'a>(relay: &'a str, key: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["area", "add", "--relay", relay, "--relay-key", key];
    args.extend_from_slice(more);
    args
}

#[test]
fn a_phone_adds_an_area_syncs_through_the_relay_and_a_kill_leaves_old_or_new() {
    // The feed, served on loopback; what it answers can change.
    let current: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(feed(6000, 1)));
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let feed_url = format!("http://{}/feed.json", server.server_addr().to_ip().unwrap());
    let c = current.clone();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let body = c.lock().unwrap().clone();
            let _ = req.respond(tiny_http::Response::from_data(body));
        }
    });
    let work = tempfile::tempdir().unwrap();
    let w = work.path();
    let catalogue = w.join("sources.toml");
    std::fs::write(
        &catalogue,
        format!(
            "version = 1\n\n[[source]]\nid = \"pa-aa\"\nname = \"AA in Pennsylvania (test)\"\n\
             program = \"aa\"\nformat = \"meeting-guide\"\nurl = \"{feed_url}\"\ncountry = \"US\"\n\
             timezone = \"America/New_York\"\n"
        ),
    )
    .unwrap();
    let key = w.join("relay.key");
    let out = w.join("public");
    let public = ok(w, &["relay", "keygen", "--out", key.to_str().unwrap()]);
    let public = public.trim();
    let build = common::relay_build_args(&catalogue, &key, &out);
    ok(w, &build);
    let board =
        waymark_tests::spawn_server(&common::server_bin(), &["--relay", out.to_str().unwrap()]);
    let relay = format!("{}/relay", board.base);

    // The phone: an area near Philadelphia, then a sync.
    let phone = w.join("phone");
    std::fs::create_dir_all(&phone).unwrap();
    let added = ok(
        &phone,
        &area_add(
            &relay,
            public,
            &[
                "--near",
                "39.0,-75.2",
                "--radius-km",
                "30",
                "--label",
                "Home",
            ],
        ),
    );
    assert!(
        added.starts_with("Added area 1 (\u{2068}Home\u{2069})"),
        "{added}"
    );
    let wrong = waymark(&phone, &area_add(&relay, "nonsense", &["--near", "39,-75"]));
    assert!(!wrong.status.success());
    let synced: Value = serde_json::from_str(&ok(&phone, &["sync", "--json"])).unwrap();
    let old = synced[0]["accepted"].as_u64().unwrap();
    assert!(old >= 5000, "{synced}");
    let listed = ok(&phone, &["area", "list"]);
    assert!(
        listed.contains("Home") && listed.contains(&relay),
        "{listed}"
    );
    let sources = ok(&phone, &["area", "sources"]);
    assert!(
        sources.contains("Updated just now from AA in Pennsylvania (test)"),
        "{sources}"
    );
    let near: Value = serde_json::from_str(&ok(
        &phone,
        &[
            "meetings",
            "--near",
            "38.9,-75.0",
            "--radius-km",
            "30",
            "--json",
        ],
    ))
    .unwrap();
    assert!(!near.as_array().unwrap().is_empty(), "{near}");
    // The place the area was made from is nowhere in the phone's files.
    for path in files_under(&phone) {
        let bytes = std::fs::read(path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("-75.2") && !text.contains("39.0,"),
            "point stored"
        );
    }

    // A new version with other meetings; the phone is killed while applying it, many times.
    *current.lock().unwrap() = feed(5000, 2);
    ok(w, &build);
    let snapshot = w.join("phone-v1");
    copy_dir(&phone, &snapshot);
    let probe = w.join("probe");
    copy_dir(&snapshot, &probe);
    let t = Instant::now();
    let full: Value = serde_json::from_str(&ok(&probe, &["sync", "--json"])).unwrap();
    let span = t.elapsed();
    let new = full[0]["accepted"].as_u64().unwrap();
    assert_ne!(old, new);
    let (mut seen_old, mut seen_new) = (0, 0);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for trial in 0..10 {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let frac = (state >> 11) as f64 / (1u64 << 53) as f64;
        let dir = w.join(format!("trial{trial}"));
        copy_dir(&snapshot, &dir);
        let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
            .arg("--data-dir")
            .arg(&dir)
            .args(["sync", "--json"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(span.mul_f64(frac * 1.1).max(Duration::from_millis(5)));
        let _ = child.kill();
        let _ = child.wait();
        let d = waymark_core::Directory::open(dir.join("directory.sqlite")).unwrap();
        assert!(d.integrity_check().unwrap(), "trial {trial}");
        let count = d.meeting_count().unwrap();
        let conn = rusqlite::Connection::open(dir.join("directory.sqlite")).unwrap();
        let version: i64 = conn
            .query_row("SELECT manifest_version FROM relay_state", [], |r| r.get(0))
            .unwrap();
        match (count, version) {
            (c, 1) if c == old => seen_old += 1,
            (c, 2) if c == new => seen_new += 1,
            _ => panic!("trial {trial}: {count} meetings at version {version}: a mix"),
        }
        // And the next sync finishes the job.
        let again: Value = serde_json::from_str(&ok(&dir, &["sync", "--json"])).unwrap();
        assert_eq!(again[0]["accepted"].as_u64(), Some(new), "trial {trial}");
    }
    println!("killed 10 times: {seen_old} left the old version, {seen_new} the new");
}
