//! The generated bindings, checked against the real library (issue #7).
//!
//! - The Kotlin and Swift bindings committed under `android/` and `ios/` are exactly what this
//!   generator makes from this library (regenerate with `bindings/generate.sh`).
//! - The Kotlin suite (`android/waymark-jvm/src/test/kotlin`) compiles with kotlinc and runs on
//!   a plain JVM against `libwaymark_ffi.so`, with a feed served on loopback and the real
//!   `waymark-server`. kotlinc comes from `$KOTLINC`, `PATH` or `~/.cache/waymark-ci/tools`
//!   (`.ci/run` installs it from npm); JNA from Debian's `libjna-java`. Without them the suite
//!   prints a notice and skips on a developer machine, and fails under CI.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{files, kotlin, kotlin_sources, library, repo, run, swift_root, target_dir};

mod common;

fn generate(language: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_uniffi-bindgen"))
        .arg("generate")
        .arg(library())
        .args(["--language", language, "--no-format", "--out-dir"])
        .arg(out.path())
        .status()
        .unwrap();
    assert!(status.success(), "uniffi-bindgen {language} failed");
    out
}

fn assert_fresh(language: &str, committed: &Path) {
    let fresh = generate(language);
    let (fresh, committed_files) = (files(fresh.path()), files(committed));
    let stale: Vec<_> = fresh
        .keys()
        .chain(committed_files.keys())
        .filter(|k| fresh.get(*k) != committed_files.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "the committed {language} bindings in {} differ from the generator's output ({stale:?}): run bindings/generate.sh and commit",
        committed.display()
    );
}

#[test]
fn committed_swift_bindings_are_what_the_generator_makes() {
    assert_fresh("swift", &repo().join("ios/WaymarkKit/Generated"));
}

#[test]
fn committed_kotlin_bindings_are_what_the_generator_makes() {
    assert_fresh(
        "kotlin",
        &repo().join("android/waymark-jvm/src/generated/kotlin"),
    );
}

/// A raw HTTP server whose feed trickles out: headers at once, then a few bytes every 50 ms
/// for about a minute, each write flushed (so a client sees progress and can stop between
/// chunks). Returns its URL.
fn serve_slow_feed() -> String {
    use std::io::{BufRead, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/slow.json", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut reader = std::io::BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let mut out = stream;
                let body_len = 1 + 1200 * 4 + 1;
                let _ = write!(
                    out,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body_len}\r\n\r\n["
                );
                for _ in 0..1200 {
                    std::thread::sleep(Duration::from_millis(50));
                    if out.write_all(b"    ").and_then(|_| out.flush()).is_err() {
                        return;
                    }
                }
                let _ = out.write_all(b"]");
            });
        }
    });
    url
}

const FEED: &str = r#"[
 {"slug": "tue-eve", "name": "Hope on Tuesday", "day": 2, "time": "19:00", "end_time": "20:00",
  "timezone": "Europe/London", "address": "1 High St, Aberystwyth", "latitude": 52.41,
  "longitude": -4.08, "types": ["O"]},
 {"slug": "tue-online", "name": "Online Tuesday", "day": 2, "time": "20:00", "end_time": "21:00",
  "timezone": "Europe/London", "conference_url": "https://zoom.us/j/123456789",
  "conference_phone": "+44 20 3481 5237,,123456789#", "types": ["O"]},
 {"slug": "noon", "name": "Steps at Noon", "day": 3, "time": "12:00", "end_time": "13:00",
  "timezone": "Europe/London", "address": "2 Pier St, Aberystwyth", "latitude": 52.415,
  "longitude": -4.085, "types": ["C", "ST"]}
]"#;

/// Serves `/feed.json` on loopback until the test ends.
fn serve_feeds() -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            std::thread::spawn(move || {
                let json =
                    tiny_http::Header::from_bytes("Content-Type", "application/json").unwrap();
                let _ = req.respond(tiny_http::Response::from_string(FEED).with_header(json));
            });
        }
    });
    base
}

/// What both suites run against: the feed and the slow feed on loopback, the real
/// `waymark-server` as the car-pool board, serving a relay built from the same feed under
/// `/relay/`. Everything stops when this is dropped.
struct Services {
    env: Vec<(&'static str, String)>,
    _board: waymark_tests::TestServer,
}

impl Services {
    fn start(work: &Path) -> Self {
        let feeds = serve_feeds();
        let server_bin = target_dir().join("waymark-server");
        if !server_bin.exists() {
            // `cargo test --workspace` builds it for the server's own tests; alone, build it here.
            run(
                Command::new(env!("CARGO")).args(["build", "-p", "waymark-server"]),
                "cargo build -p waymark-server",
            );
        }
        let relay_out = work.join("relay");
        let relay_key = waymark_core::relay::build::keygen(&work.join("relay.key")).unwrap();
        waymark_core::relay::build::build(
            &[waymark_core::relay::build::RelaySource {
                id: "aber".into(),
                name: "Aberystwyth intergroup".into(),
                url: format!("{feeds}/feed.json"),
                format: waymark_core::FeedFormat::MeetingGuide,
                program: "aa".into(),
                timezone: Some("Europe/London".into()),
                area: None,
            }],
            &waymark_core::relay::build::load_key(&work.join("relay.key")).unwrap(),
            &waymark_core::relay::build::BuildPaths::new(relay_out.clone(), None),
            &mut |_| {},
        )
        .unwrap();
        let board = waymark_tests::spawn_server(
            &server_bin,
            &[
                "--register-burst",
                "100",
                "--relay",
                relay_out.to_str().unwrap(),
            ],
        );
        Services {
            env: vec![
                ("WAYMARK_FEED_URL", format!("{feeds}/feed.json")),
                ("WAYMARK_SLOW_URL", serve_slow_feed()),
                ("WAYMARK_SERVER", board.base.clone()),
                ("WAYMARK_RELAY_URL", format!("{}/relay", board.base)),
                ("WAYMARK_RELAY_KEY", relay_key.to_text()),
            ],
            _board: board,
        }
    }
}

#[test]
fn kotlin_suite_passes_on_a_real_jvm() {
    let Some(k) = kotlin() else { return };
    let work = tempfile::tempdir().unwrap();
    let jars = work.path().join("jars");
    std::fs::create_dir_all(&jars).unwrap();
    let lib_jar = jars.join("waymark.jar");
    k.compile_library(&lib_jar);
    let test_jar = jars.join("tests.jar");
    k.compile(
        &test_jar,
        &[&lib_jar],
        &kotlin_sources(&repo().join("android/waymark-jvm/src/test/kotlin")),
        "kotlinc (tests)",
    );
    let services = Services::start(work.path());
    let output = run(
        k.java(&[&test_jar, &lib_jar], "app.waymark.tests.WaymarkJvmTestKt")
            .envs(services.env.iter().map(|(k, v)| (k, v)))
            .env("WAYMARK_WORK_DIR", work.path()),
        "the Kotlin suite",
    );
    println!("{output}");
    assert!(output.contains(" passed, 0 failed"), "{output}");
}

/// WaymarkKit's XCTest suite (`ios/WaymarkKit/Tests`), built by Swift 6 on Linux against this
/// library and run with the same services as the Kotlin suite. Swift comes from a Debian
/// trixie root with `swiftlang` (`.ci/run` makes it with debootstrap); the package, the
/// library and the test run go into that root with `chroot`, sharing this machine's loopback.
#[test]
fn swift_suite_passes_against_the_real_library() {
    let Some(root) = swift_root() else { return };
    let work = tempfile::tempdir().unwrap();
    let services = Services::start(work.path());
    let output = root.swift_test(&library(), &services.env);
    println!("{output}");
    let summary = output
        .lines()
        .rev()
        .find(|l| l.contains("Executed ") && l.contains(" tests"))
        .unwrap_or_default();
    assert!(
        summary.contains("with 0 failures") && !summary.contains("skipped"),
        "{output}"
    );
}
