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

/// A `waymark-server` process on a free loopback port; killed when dropped.
pub struct TestServer {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// A folder for the server's files (its SQLite database, `board.sqlite`, by default).
    pub dir: tempfile::TempDir,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server binary at `bin` on a fresh SQLite file with `extra` arguments and waits
/// for its `listening on ADDR` line.
pub fn spawn_server(bin: &std::path::Path, extra: &[&str]) -> TestServer {
    spawn_server_on(bin, None, extra)
}

/// Starts the server binary at `bin` on `database` (a `--database` value), or on a fresh
/// SQLite file when `None`, and waits for its `listening on ADDR` line.
pub fn spawn_server_on(
    bin: &std::path::Path,
    database: Option<&str>,
    extra: &[&str],
) -> TestServer {
    spawn_server_logging(bin, database, extra, std::process::Stdio::inherit())
}

/// [`spawn_server_on`] with the server's standard error (its access log) going to `log`; with
/// `Stdio::piped()`, [`TestServer::stop_and_read_log`] reads it.
pub fn spawn_server_logging(
    bin: &std::path::Path,
    database: Option<&str>,
    extra: &[&str],
    log: std::process::Stdio,
) -> TestServer {
    use std::io::BufRead;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = match database {
        Some(d) => d.to_string(),
        None => format!("sqlite:{}", dir.path().join("board.sqlite").display()),
    };
    let mut child = std::process::Command::new(bin)
        .args(["--listen", "127.0.0.1:0", "--database", &db])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("start waymark-server");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read the listening line");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("a `listening on` line, got {line:?}"))
        .to_string();
    TestServer {
        child,
        base: format!("http://{addr}"),
        dir,
    }
}

impl TestServer {
    /// Stops the server and returns all it wrote to standard error (started by
    /// [`spawn_server_logging`] with a piped log).
    pub fn stop_and_read_log(&mut self) -> String {
        use std::io::Read;
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut log = String::new();
        self.child
            .stderr
            .take()
            .expect("a piped log")
            .read_to_string(&mut log)
            .unwrap();
        log
    }
}

/// The variable naming a PostgreSQL server the tests may create databases on, as a URL with
/// a role that has CREATEDB: `postgres://waymark:waymark@127.0.0.1:5432/postgres`.
pub const POSTGRES_VAR: &str = "WAYMARK_TEST_POSTGRES";

/// A fresh, empty PostgreSQL database for one test, dropped (with its connections) when this
/// value is dropped.
pub struct PgTestDb {
    admin: String,
    name: String,
    /// The database's URL, for `--database`.
    pub url: String,
}

impl PgTestDb {
    /// Creates a database on the server named by [`POSTGRES_VAR`]. Returns `None` with a
    /// notice when the variable is unset on a developer machine; under CI (`CI` set) a missing
    /// PostgreSQL fails the test instead, so the PostgreSQL runs are never silently skipped.
    pub fn create() -> Option<Self> {
        let Ok(admin) = std::env::var(POSTGRES_VAR) else {
            if std::env::var_os("CI").is_some() {
                panic!("{POSTGRES_VAR} is not set: CI must run the PostgreSQL tests");
            }
            eprintln!("NOTICE: {POSTGRES_VAR} is not set; skipping the PostgreSQL run");
            return None;
        };
        let mut random = [0u8; 8];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut random))
            .expect("random bytes");
        let name = format!(
            "waymark_test_{}",
            random
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let mut client = postgres::Client::connect(&admin, postgres::NoTls)
            .unwrap_or_else(|e| panic!("connect to {POSTGRES_VAR}: {e}"));
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a test database");
        let (base, _) = admin.rsplit_once('/').expect("a URL ending in /dbname");
        let url = format!("{base}/{name}");
        Some(Self { admin, name, url })
    }
}

impl Drop for PgTestDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// For the server's load benches: the environment variable `name` parsed, else `default`.
pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// For the server's load benches: a fresh PostgreSQL database when `WAYMARK_LOAD_DB=postgres`
/// (on the server `WAYMARK_TEST_POSTGRES` names), else `None` (SQLite). Made and dropped
/// outside any async runtime: its client blocks.
pub fn load_bench_postgres() -> Option<PgTestDb> {
    match std::env::var("WAYMARK_LOAD_DB").as_deref() {
        Ok("postgres") => Some(PgTestDb::create().expect("WAYMARK_TEST_POSTGRES names the server")),
        _ => None,
    }
}

/// For the server's load benches: the `n`th of a run of valid, distinct ride and op ids.
pub fn bench_uuid(n: usize) -> String {
    format!("0193a1b2-0000-7000-8000-{n:012}")
}

/// For benches: a small, fixed, seeded pseudo-random sequence (a 64-bit linear congruential
/// generator), so every run of a bench builds the same data without a random-number crate.
pub struct BenchRng(pub u64);

impl BenchRng {
    /// The next number (31 bits).
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A number in `[0, 1)`, in steps of a millionth.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() % 1_000_000) as f64 / 1_000_000.0
    }

    /// One of `xs` (not empty).
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next_u64() as usize) % xs.len()]
    }
}

/// A fingerprint of SQL as it acts: FNV-1a (64-bit) over its words, with `--` comment lines
/// and spacing left out. The schema tests pin each released migration step's fingerprint, so
/// a step that old databases already ran cannot be edited unnoticed (a change is a new step).
pub fn sql_fingerprint(sql: &str) -> u64 {
    let words: Vec<&str> = sql
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .flat_map(str::split_whitespace)
        .collect();
    words.join(" ").bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
