//! The generated bindings, checked against the real library (issue #7).
//!
//! - The Kotlin and Swift bindings committed under `android/` and `ios/` are exactly what this
//!   generator makes from this library (regenerate with `bindings/generate.sh`).
//! - The Kotlin suite (`android/waymark-jvm/src/test/kotlin`) compiles with kotlinc and runs on
//!   a plain JVM against `libwaymark_ffi.so`, with a feed served on loopback and the real
//!   `waymark-server`. kotlinc comes from `$KOTLINC`, `PATH` or `~/.cache/waymark-ci/tools`
//!   (`.ci/run` installs it from npm); JNA from Debian's `libjna-java`. Without them the suite
//!   prints a notice and skips on a developer machine, and fails under CI.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `target/debug` (or whichever profile built this test).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

fn library() -> PathBuf {
    let t = target_dir();
    [
        t.join("libwaymark_ffi.so"),
        t.join("deps/libwaymark_ffi.so"),
    ]
    .into_iter()
    .find(|p| p.exists())
    .expect("libwaymark_ffi.so is built with this test (dev-dependency)")
}

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

/// Every file under `dir`, relative path → bytes.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut std::collections::BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.insert(
                    p.strip_prefix(base).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
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

/// kotlinc and the jars the JVM needs, or `None` (with a notice) on a machine without them.
struct Kotlin {
    kotlinc: PathBuf,
    lib: PathBuf,
    jna: PathBuf,
}

fn kotlin() -> Option<Kotlin> {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let kotlinc = std::env::var_os("KOTLINC")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|p| p.join("kotlinc"))
                    .find(|p| p.exists())
            })
        })
        .or_else(|| {
            Some(home.join(".cache/waymark-ci/tools/kotlinc/bin/kotlinc")).filter(|p| p.exists())
        });
    let jna = PathBuf::from("/usr/share/java/jna.jar");
    match kotlinc {
        Some(kotlinc) if jna.exists() => {
            let kotlinc = kotlinc.canonicalize().unwrap_or(kotlinc);
            let lib = kotlinc.parent().unwrap().parent().unwrap().join("lib");
            Some(Kotlin { kotlinc, lib, jna })
        }
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!("kotlinc or JNA is missing: CI must run the Kotlin suite");
            }
            eprintln!(
                "NOTICE: kotlinc or /usr/share/java/jna.jar not found; skipping the Kotlin suite"
            );
            None
        }
    }
}

fn kotlin_sources(dir: &Path) -> Vec<PathBuf> {
    files(dir)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "kt"))
        .map(|p| dir.join(p))
        .collect()
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
  "timezone": "Europe/London", "conference_url": "https://zoom.us/j/123456789", "types": ["O"]},
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

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{what} failed:\n{text}");
    text
}

#[test]
fn kotlin_suite_passes_on_a_real_jvm() {
    let Some(k) = kotlin() else { return };
    let work = tempfile::tempdir().unwrap();
    let jars = work.path().join("jars");
    std::fs::create_dir_all(&jars).unwrap();
    let android = repo().join("android/waymark-jvm/src");
    let classpath = |extra: &[&Path]| {
        let mut parts: Vec<PathBuf> = extra.iter().map(|p| p.to_path_buf()).collect();
        parts.push(k.jna.clone());
        parts.push(k.lib.join("kotlinx-coroutines-core-jvm.jar"));
        parts.push(k.lib.join("kotlin-stdlib.jar"));
        std::env::join_paths(parts).unwrap()
    };
    // The library: generated bindings plus the idiomatic wrappers.
    let lib_jar = jars.join("waymark.jar");
    let mut sources = kotlin_sources(&android.join("generated/kotlin"));
    sources.extend(kotlin_sources(&android.join("main/kotlin")));
    run(
        Command::new(&k.kotlinc)
            .arg("-d")
            .arg(&lib_jar)
            .arg("-classpath")
            .arg(classpath(&[]))
            .args(&sources),
        "kotlinc (library)",
    );
    let test_jar = jars.join("tests.jar");
    run(
        Command::new(&k.kotlinc)
            .arg("-d")
            .arg(&test_jar)
            .arg("-classpath")
            .arg(classpath(&[&lib_jar]))
            .args(kotlin_sources(&android.join("test/kotlin"))),
        "kotlinc (tests)",
    );

    let feeds = serve_feeds();
    let server_bin = target_dir().join("waymark-server");
    if !server_bin.exists() {
        // `cargo test --workspace` builds it for the server's own tests; alone, build it here.
        run(
            Command::new(env!("CARGO")).args(["build", "-p", "waymark-server"]),
            "cargo build -p waymark-server",
        );
    }
    let board = waymark_tests::spawn_server(&server_bin, &["--register-burst", "100"]);
    let lib_dir = library().parent().unwrap().to_path_buf();
    let output = run(
        Command::new("java")
            .arg("-ea")
            .arg(format!("-Djna.library.path={}", lib_dir.display()))
            .arg("-cp")
            .arg(classpath(&[&test_jar, &lib_jar]))
            .arg("app.waymark.tests.WaymarkJvmTestKt")
            .env("WAYMARK_FEED_URL", format!("{feeds}/feed.json"))
            .env("WAYMARK_SLOW_URL", serve_slow_feed())
            .env("WAYMARK_SERVER", &board.base)
            .env("WAYMARK_WORK_DIR", work.path()),
        "the Kotlin suite",
    );
    println!("{output}");
    assert!(output.contains(" passed, 0 failed"), "{output}");
}
