//! The real `waymark` binary, end to end: the CLI contract of issue #2 (JSON field names,
//! exit codes, one-line errors) against real feeds and synthetic ones.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use waymark_tests::{feeds_dir, temp_feed};

mod common;

/// The binary in `data`, in en-GB whatever the machine speaks (a test asks with --locale).
fn waymark(data: &Path, args: &[&str]) -> Output {
    common::run(data, args, &[], None)
}

fn ok_json(data: &Path, args: &[&str]) -> Value {
    let out = waymark(data, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err:?}");
    assert!(err.starts_with("waymark: "), "{err}");
    err
}

#[test]
fn real_feeds_end_to_end_with_the_json_contract() {
    let Some(feeds) = feeds_dir() else { return };
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let add = |file: &str, extra: &[&str]| {
        let mut args = vec!["source", "add"];
        let p = feeds.join(file);
        let p = p.to_str().unwrap().to_string();
        args.push(&p);
        args.extend_from_slice(extra);
        let out = waymark(d, &args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    add(
        "mg-aasepia.json",
        &["--timezone", "America/New_York", "--name", "aasepia"],
    );
    add(
        "mg-edge-timezones.json",
        &["--name", "tz", "--program", "aa"],
    );
    add(
        "bmlt-gnyr-GetSearchResults-weekday2.json",
        &[
            "--format",
            "bmlt",
            "--program",
            "na",
            "--timezone",
            "America/New_York",
            "--name",
            "gnyr",
        ],
    );
    let sync = ok_json(d, &["sync", "--json"]);
    let by_source: Vec<(&str, u64)> = sync
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            for k in [
                "source",
                "accepted",
                "skipped",
                "warnings",
                "skipped_entries",
            ] {
                assert!(s.get(k).is_some(), "sync --json lacks {k}: {s}");
            }
            (
                s["source"].as_str().unwrap(),
                s["accepted"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(by_source, vec![("aasepia", 2038), ("tz", 2), ("gnyr", 53)]);

    let sources = ok_json(d, &["source", "list", "--json"]);
    assert_eq!(sources.as_array().unwrap().len(), 3);
    assert_eq!(sources[2]["program"], "na");

    // Near central Philadelphia on a Tuesday evening, women's meetings.
    let near = ok_json(
        d,
        &[
            "meetings",
            "--near",
            "39.9526,-75.1652",
            "--radius-km",
            "10",
            "--type",
            "W",
            "--day",
            "tue",
            "--json",
            "--tz",
            "Europe/London",
        ],
    );
    let arr = near.as_array().unwrap();
    assert!(!arr.is_empty());
    for m in arr {
        for k in [
            "id",
            "name",
            "program",
            "types",
            "attendance",
            "timezone",
            "local_day",
            "local_start",
            "local_end",
            "next_start_utc",
            "viewer_start",
            "latitude",
            "longitude",
            "distance_km",
        ] {
            assert!(m.get(k).is_some(), "meetings --json lacks {k}");
        }
        assert_eq!(m["local_day"], "Tuesday");
        assert!(m["distance_km"].as_f64().unwrap() <= 10.0);
        assert!(m["types"].as_array().unwrap().contains(&Value::from("W")));
        assert!(m["viewer_start"].as_str().unwrap().ends_with("+00:00"));
    }

    // The Los Angeles meeting in London's time, in the human table: both times shown.
    let out = waymark(
        d,
        &[
            "meetings",
            "--text",
            "San Francisco",
            "--tz",
            "Europe/London",
            "--at",
            "2026-11-23T12:00:00Z",
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    // Its feed gives no end time: none is invented.
    assert!(text.contains("Sat 09:00 Los Angeles"), "{text}");
    assert!(!text.contains("10:00"), "{text}");
    assert!(text.contains("Sat 17:00"), "{text}");
    assert!(text.contains("YOUR TIME is in Europe/London"), "{text}");

    // In progress and upcoming.
    let now = ok_json(
        d,
        &[
            "meetings",
            "--at",
            "2026-11-22T05:15:00Z",
            "--in-progress",
            "--program",
            "aa",
            "--json",
        ],
    );
    assert!(now
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == "aasepia:meeting-700-veteran-hwy-bristol-pa-19007-usa-6-233000"));
    let online = ok_json(d, &["meetings", "--online", "--limit", "5", "--json"]);
    assert!(online
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["attendance"] == "online" || m["attendance"] == "hybrid"));

    let show = ok_json(d, &["meeting", "show", "gnyr:2566", "--json"]);
    assert_eq!(show["name"], "Step up and Be Free");
    let human = waymark(d, &["meeting", "show", "gnyr:2566"]);
    assert!(
        String::from_utf8_lossy(&human.stdout).contains("Monday, 19:00 (America/New_York)"),
        "this BMLT entry has no duration_time: only the start is shown"
    );
}

#[test]
fn invalid_feed_reports_and_exits_non_zero_but_keeps_the_rest() {
    let Some(feeds) = feeds_dir() else { return };
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    for (f, name) in [
        ("mg-edge-invalid.json", "bad"),
        ("mg-edge-times.json", "good"),
    ] {
        let p = feeds.join(f);
        let out = waymark(
            d,
            &[
                "source",
                "add",
                p.to_str().unwrap(),
                "--name",
                name,
                "--timezone",
                "America/Chicago",
            ],
        );
        assert!(out.status.success());
    }
    let out = waymark(d, &["sync", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["status"], "error");
    assert!(v[0]["error"].as_str().unwrap().contains("not valid"));
    assert_eq!(v[1]["status"], "ok");
    assert_eq!(v[1]["accepted"], 9);
    let list = ok_json(d, &["source", "list", "--json"]);
    assert!(list[0]["last_error"].is_string());
}

#[test]
fn bad_arguments_exit_non_zero_with_one_clear_line() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let err = one_line_error(&waymark(d, &["source", "add", "/nonexistent/feed.json"]));
    assert!(err.contains("no feed file"), "{err}");
    let (_t, feed) = temp_feed("f.json", "[]");
    let err = one_line_error(&waymark(
        d,
        &[
            "source",
            "add",
            feed.to_str().unwrap(),
            "--timezone",
            "Mars/Olympus",
        ],
    ));
    assert!(err.contains("unknown time zone"), "{err}");
    let err = one_line_error(&waymark(d, &["meetings", "--tz", "Nowhere/Land"]));
    assert!(err.contains("unknown time zone"), "{err}");
    for bad in ["91,0", "abc", "0,0", "10"] {
        let err = one_line_error(&waymark(d, &["meetings", "--near", bad]));
        assert!(err.contains("--near"), "{err}");
    }
    let err = one_line_error(&waymark(d, &["meetings", "--day", "someday"]));
    assert!(err.contains("weekday"), "{err}");
    let err = one_line_error(&waymark(d, &["meetings", "--upcoming", "soon"]));
    assert!(err.contains("duration"), "{err}");
    let err = one_line_error(&waymark(d, &["meeting", "show", "nope:1"]));
    assert!(err.contains("no meeting"), "{err}");
    let out = waymark(d, &["meetings", "--in-person", "--online"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn generated_feed_imports_and_answers_the_demo_questions() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("synthetic.json");
    let out = waymark(
        d,
        &[
            "generate",
            "--meetings",
            "3000",
            "--seed",
            "9",
            "--out",
            feed.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    assert!(waymark(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "synth"]
    )
    .status
    .success());
    let sync = ok_json(d, &["sync", "--json"]);
    let accepted = sync[0]["accepted"].as_u64().unwrap();
    let skipped = sync[0]["skipped"].as_u64().unwrap();
    assert_eq!(accepted + skipped, 3000);
    assert!(accepted >= 2990, "nearly everything imports: {accepted}");
    let near = ok_json(
        d,
        &[
            "meetings",
            "--at",
            "2026-11-24T23:00:00Z",
            "--in-progress",
            "--upcoming",
            "3h",
            "--near",
            "39.9526,-75.1652",
            "--radius-km",
            "25",
            "--json",
        ],
    );
    for m in near.as_array().unwrap() {
        let lat = m["latitude"].as_f64().unwrap();
        assert!(
            (39.5..40.5).contains(&lat),
            "0,0 and placeholders never appear: {m}"
        );
        let starts = m["starts_in_minutes"].as_i64().unwrap();
        assert!(starts <= 180, "{m}");
    }

    let demo_dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args([
            "--data-dir",
            demo_dir.path().to_str().unwrap(),
            "demo",
            "--meetings",
            "2000",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("demo: 2000 meetings loaded") || text.contains("meetings loaded"),
        "{text}"
    );
    assert!(text.contains("$ waymark meeting show"), "{text}");
}

/// Serves `body` with an ETag on loopback; answers 304 to a matching If-None-Match.
fn serve_feed(body: Vec<u8>) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!(
        "http://{}/wp-json/tsml/meetings",
        server.server_addr().to_ip().unwrap()
    );
    let full = std::sync::Arc::new(AtomicUsize::new(0));
    let count = full.clone();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let matches = req
                .headers()
                .iter()
                .any(|h| h.field.equiv("If-None-Match") && h.value.as_str() == "\"abc\"");
            let etag = tiny_http::Header::from_bytes(&b"ETag"[..], &b"\"abc\""[..]).unwrap();
            let resp = if matches {
                tiny_http::Response::from_data(Vec::new()).with_status_code(304)
            } else {
                count.fetch_add(1, Ordering::SeqCst);
                tiny_http::Response::from_data(body.clone())
            };
            let _ = req.respond(resp.with_header(etag));
        }
    });
    (url, full)
}

#[test]
fn url_source_is_fetched_then_not_modified() {
    let Some(feeds) = feeds_dir() else { return };
    let body = std::fs::read(feeds.join("mg-aasepia.json")).unwrap();
    let (url, full_downloads) = serve_feed(body);
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let out = waymark(
        d,
        &[
            "source",
            "add",
            &url,
            "--timezone",
            "America/New_York",
            "--name",
            "sepia",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = ok_json(d, &["sync", "--json"]);
    assert_eq!(first[0]["status"], "ok");
    assert_eq!(first[0]["accepted"], 2038);
    let second = ok_json(d, &["sync", "--json"]);
    assert_eq!(second[0]["status"], "not_modified");
    assert_eq!(second[0]["accepted"], 2038);
    assert_eq!(full_downloads.load(std::sync::atomic::Ordering::SeqCst), 1);
    let sources = ok_json(d, &["source", "list", "--json"]);
    assert_eq!(sources[0]["etag"], "\"abc\"");
    assert_eq!(sources[0]["stale"], false);
    assert!(sources[0]["last_success"].is_string());
    assert!(sources[0]["last_error"].is_null());
    let near = ok_json(
        d,
        &[
            "meetings",
            "--near",
            "39.9526,-75.1652",
            "--radius-km",
            "3",
            "--json",
        ],
    );
    assert!(!near.as_array().unwrap().is_empty());

    // The server goes away: the sync fails for that source, the meetings stay.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let gone = format!("http://127.0.0.1:{port}/feed.json");
    assert!(waymark(d, &["source", "add", &gone, "--name", "gone"])
        .status
        .success());
    let out = waymark(d, &["sync", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[1]["status"], "error");
    assert!(
        v[1]["error"].as_str().unwrap().contains("could not reach"),
        "{v}"
    );
    assert_eq!(v[0]["status"], "not_modified");
}

#[test]
fn bmlt_root_server_is_queried_by_waymark() {
    let Some(feeds) = feeds_dir() else { return };
    let body = std::fs::read(feeds.join("bmlt-gnyr-GetSearchResults-weekday3.json")).unwrap();
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let root = format!(
        "http://{}/main_server/",
        server.server_addr().to_ip().unwrap()
    );
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let log = asked.clone();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            log.lock().unwrap().push(req.url().to_string());
            let resp = if req.url().starts_with("/main_server/client_interface/json/") {
                tiny_http::Response::from_data(body.clone())
            } else {
                tiny_http::Response::from_data(Vec::new()).with_status_code(404)
            };
            let _ = req.respond(resp);
        }
    });
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let out = waymark(
        d,
        &[
            "source",
            "add",
            &root,
            "--format",
            "bmlt",
            "--bmlt-services",
            "3,14",
            "--timezone",
            "America/New_York",
            "--name",
            "gnyr",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sync = ok_json(d, &["sync", "--json"]);
    assert_eq!(sync[0]["status"], "ok");
    assert_eq!(sync[0]["accepted"], 54);
    let url = asked.lock().unwrap()[0].clone();
    assert!(url.contains("switcher=GetSearchResults"), "{url}");
    assert!(url.contains("get_used_formats=1"), "{url}");
    assert!(url.contains("services=3,14&recursive=1"), "{url}");
    let beginners = ok_json(
        d,
        &["meetings", "--type", "BE", "--program", "na", "--json"],
    );
    assert!(
        !beginners.as_array().unwrap().is_empty(),
        "formats came with the meetings"
    );
}

/// Kills `waymark sync` at many moments while it replaces a large snapshot, and checks each
/// time that the directory opens, passes SQLite's integrity check, and holds exactly the old
/// or exactly the new snapshot — never a mix.
#[test]
fn killing_a_sync_at_any_moment_leaves_the_old_or_the_new_snapshot() {
    use std::time::Instant;
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("feed.json");
    let write = |n: usize, seed: u64| {
        waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), n, seed)
            .unwrap();
    };
    let (old_n, new_n) = (6000, 5000);
    write(old_n, 1);
    assert!(waymark(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "big"]
    )
    .status
    .success());
    let first = ok_json(d, &["sync", "--json"]);
    let old_count = first[0]["accepted"].as_u64().unwrap();
    // How long a whole sync of the new feed takes, to spread the kills over it.
    write(new_n, 2);
    let probe = tempfile::tempdir().unwrap();
    assert!(waymark(
        probe.path(),
        &["source", "add", feed.to_str().unwrap(), "--name", "big"]
    )
    .status
    .success());
    let t = Instant::now();
    let full = ok_json(probe.path(), &["sync", "--json"]);
    let span = t.elapsed();
    let new_count = full[0]["accepted"].as_u64().unwrap();
    assert_ne!(old_count, new_count);

    let mut seen_old = 0;
    let mut seen_new = 0;
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for trial in 0..12 {
        // Spread the kill points over the sync (SplitMix-style sequence, fixed seed).
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let frac = (state >> 11) as f64 / (1u64 << 53) as f64;
        let delay = span.mul_f64(frac * 1.1);
        let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(["--data-dir", d.to_str().unwrap(), "sync", "--json"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let dir = waymark_core::Directory::open(d.join("directory.sqlite")).unwrap();
        assert!(
            dir.integrity_check().unwrap(),
            "trial {trial}: integrity check failed"
        );
        let count = dir.meeting_count().unwrap();
        let source_count = dir.source("big").unwrap().meeting_count;
        assert_eq!(
            count, source_count,
            "trial {trial}: rows and bookkeeping agree"
        );
        if count == old_count {
            seen_old += 1;
        } else if count == new_count {
            seen_new += 1;
            // Put the old snapshot back for the next trial.
            drop(dir);
            write(old_n, 1);
            let back = ok_json(d, &["sync", "--json", "--accept-shrink"]);
            assert_eq!(back[0]["accepted"].as_u64(), Some(old_count));
            write(new_n, 2);
            continue;
        } else {
            panic!("trial {trial}: {count} meetings: neither the old {old_count} nor the new {new_count}");
        }
        // Searching still works on whatever is there.
        assert!(dir
            .search(&waymark_core::MeetingQuery {
                text: Some("serenity".into()),
                ..Default::default()
            })
            .is_ok());
    }
    assert!(seen_old > 0, "some kills landed before the commit");
    eprintln!("kills: {seen_old} left the old snapshot, {seen_new} the new one");
}

#[test]
fn a_placeholder_point_is_refused_for_what_it_is_and_an_assumed_program_is_said() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let err = one_line_error(&waymark(d, &["meetings", "--near", "0,0"]));
    assert!(err.contains("no location"), "{err}");
    assert!(!err.contains("−90..90"), "{err}");
    let err = one_line_error(&waymark(d, &["meetings", "--near", "91,0"]));
    assert!(err.contains("−90..90"), "{err}");
    let (_t, feed) = temp_feed("f.json", "[]");
    let out = waymark(d, &["source", "add", feed.to_str().unwrap(), "--name", "a"]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("No --program was given"), "{said}");
    assert!(said.contains("aa's"), "{said}");
    let out = waymark(
        d,
        &[
            "source",
            "add",
            feed.to_str().unwrap(),
            "--name",
            "b",
            "--program",
            "na",
        ],
    );
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("No --program"));
}

#[test]
fn only_the_car_pool_commands_offer_a_server() {
    let data = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = waymark(data.path(), args);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(!help(&["meetings", "--help"]).contains("--server"));
    assert!(!help(&["journal", "add", "--help"]).contains("--server"));
    assert!(help(&["ride", "sync", "--help"]).contains("--server"));
    assert!(help(&["ride", "--help"]).contains("--server"));
}

#[test]
fn the_cli_names_its_own_flags_when_a_feed_needs_them() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // A file of unknown shape: the core says the format is unknown, the CLI says which flag.
    let (_t, junk) = temp_feed("notes.txt", "just some words");
    let out = waymark(d, &["source", "add", junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = one_line_error(&out);
    assert!(
        err.contains("notes.txt")
            && err.contains("say --format meeting-guide, bmlt, tsml-csv or naws-csv"),
        "{err}"
    );
    // A BMLT GetFormats answer given as the feed: refused for what it is, with the flag that
    // puts it where it belongs.
    let (_f, formats) = temp_feed(
        "formats.json",
        r#"[{"key_string":"O","name_string":"Open","world_id":"OPEN","id":"17"}]"#,
    );
    let err = one_line_error(&waymark(d, &["source", "add", formats.to_str().unwrap()]));
    assert!(
        err.contains("not a list of meetings") && err.contains("--bmlt-formats"),
        "{err}"
    );
    // A feed with no zone anywhere: the note names the command that sets one.
    let (_g, feed) = temp_feed(
        "nozone.json",
        r#"[{"slug":"a","name":"Hope","day":2,"time":"19:00","address":"1 Main St"}]"#,
    );
    let added = waymark(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "nz"],
    );
    assert!(added.status.success(), "{added:?}");
    let out = waymark(d, &["sync"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("no time zone") && text.contains("(set one with `source add --timezone`)"),
        "{text}"
    );
}
