//! Helpers shared by the CLI test files: run the real binary with a vault passphrase set.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const PASS: &str = "a long vault passphrase";
pub const BACKUP_PASS: &str = "another long passphrase";

/// Adds Sam, a sponsor, to my people.
pub const ADD_SAM: &[&str] = &[
    "contacts",
    "add",
    "Sam",
    "--role",
    "sponsor",
    "--phone",
    "+44 7700 900123",
];

pub fn run(data: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.arg("--data-dir")
        .arg(data)
        .args(args)
        .env("TZ", "UTC")
        // Words in en-GB unless a test asks otherwise (`--locale`, or its own LANG).
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env_remove("WAYMARK_PASSPHRASE")
        .env_remove("WAYMARK_BACKUP_PASSPHRASE")
        .env("WAYMARK_PASSPHRASE", PASS)
        .env("WAYMARK_BACKUP_PASSPHRASE", BACKUP_PASS);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run waymark");
    if let Some(s) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    }
    child.wait_with_output().unwrap()
}

pub fn ok(data: &Path, args: &[&str]) -> String {
    let out = run(data, args, &[], None);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn ok_json(data: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(data, args)).expect("JSON output")
}

pub fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err:?}");
    assert!(err.starts_with("waymark: "), "{err}");
    err
}

pub fn meeting_feed(names: &[(&str, &str)]) -> String {
    let meetings: Vec<Value> = names
        .iter()
        .map(|(slug, name)| {
            serde_json::json!({
                "slug": slug, "name": name, "day": 2, "time": "19:00", "end_time": "20:00",
                "timezone": "Europe/London", "address": "1 High St, Aberystwyth",
                "latitude": 52.41, "longitude": -4.08, "types": ["O"]
            })
        })
        .collect();
    Value::Array(meetings).to_string()
}

/// The server binary next to `waymark` (built by the workspace; built here if missing).
pub fn server_bin() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_waymark")).with_file_name("waymark-server");
    if !bin.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-p", "waymark-server"])
            .status()
            .unwrap();
        assert!(status.success());
    }
    bin
}

/// `journal add --kind checkin --mood <mood> --craving <craving>`, then `more`.
pub fn checkin_args<'a>(mood: &'a str, craving: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "journal",
        "add",
        "--kind",
        "checkin",
        "--mood",
        mood,
        "--craving",
        craving,
    ];
    args.extend_from_slice(more);
    args
}

/// `relay build --catalogue <catalogue> --key <key> --out <out>`.
pub fn relay_build_args<'a>(catalogue: &'a Path, key: &'a Path, out: &'a Path) -> [&'a str; 8] {
    [
        "relay",
        "build",
        "--catalogue",
        catalogue.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]
}
