//! Shared test support: where the real sample feeds are, and small helpers.
//!
//! Real feeds live in `../shared/data/feeds` next to the checkout and are never copied into
//! the project. Tests that need them call [`feeds_dir`], which prints a notice and returns
//! `None` when the folder is absent (a clone outside this setup); `.ci/run` fails in that case
//! instead, so CI never silently skips them.

use std::path::PathBuf;

/// The real sample feeds folder, or `None` (with a printed notice) when it is absent.
pub fn feeds_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("WAYMARK_FEEDS_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/feeds"),
    };
    if dir.join("mg-aasepia.json").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "NOTICE: real sample feeds not found at {}; skipping this test",
            dir.display()
        );
        None
    }
}

/// Writes `contents` to a file called `name` in a fresh temporary folder and returns both
/// (keep the folder alive while the file is used).
pub fn temp_feed(name: &str, contents: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("write feed");
    (dir, path)
}

/// A `waymark-server` process on a free loopback port with its own SQLite file; killed when
/// dropped.
pub struct TestServer {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The folder holding the server's database (`board.sqlite`).
    pub dir: tempfile::TempDir,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server binary at `bin` with `extra` arguments and waits for its
/// `listening on ADDR` line.
pub fn spawn_server(bin: &std::path::Path, extra: &[&str]) -> TestServer {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite:{}", dir.path().join("board.sqlite").display());
    let mut child = std::process::Command::new(bin)
        .args(["--listen", "127.0.0.1:0", "--database", &db])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start waymark-server");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read the listening line");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .expect("a `listening on` line")
        .to_string();
    TestServer {
        child,
        base: format!("http://{addr}"),
        dir,
    }
}
