//! `waymark catalogue check` through the real binary, on real files: the shipped catalogue
//! passes (this is how CI checks every change to it), and each kind of mistake a reviewer
//! could miss is refused with its own line and exit status 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The catalogue shipped in the repository.
fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalogue/sources.toml")
}

fn check(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["catalogue", "check"])
        .arg(file)
        .output()
        .expect("run waymark")
}

/// A small valid catalogue: two sources, one in Wales and one online.
const GOOD: &str = r#"version = 1

[[source]]
id = "cymru-na"
name = "NA in Wales (test)"
program = "na"
format = "bmlt"
url = "https://bmlt.example.org/main_server/"
country = "GB"
timezone = "Europe/London"
bbox = [51.3, -5.4, 53.5, -2.6]
feedback = "https://example.org/contact"
verified = 2026-11-01

[[source]]
id = "online-aa"
name = "Online AA (test)"
program = "aa"
format = "meeting-guide"
url = "https://example.org/meetings.json"
country = "ZZ"
online_only = true
"#;

/// Writes `text` to a fresh file and checks it; the problems (stdout) and the exit code.
fn check_text(text: &str) -> (String, Option<i32>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sources.toml");
    std::fs::write(&file, text).unwrap();
    let out = check(&file);
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

/// `GOOD` with `old` replaced by `new`; the check must refuse it with a line containing
/// `expected`, and say nothing was OK.
fn refused(old: &str, new: &str, expected: &str) {
    assert!(GOOD.contains(old), "{old}");
    let (stdout, code) = check_text(&GOOD.replacen(old, new, 1));
    assert_eq!(code, Some(1), "{old} -> {new}: {stdout}");
    assert!(!stdout.contains("catalogue OK"), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.contains(expected)),
        "{old} -> {new}: expected a line with {expected:?}, got:\n{stdout}"
    );
}

#[test]
fn the_shipped_catalogue_passes_the_check() {
    let out = check(&shipped());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "catalogue/sources.toml has problems:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("catalogue OK: "), "{stdout}");
    assert!(stdout.contains("by program: "), "{stdout}");
    assert!(stdout.contains("bmlt "), "{stdout}");
}

#[test]
fn a_good_file_is_summarised_by_program_and_format() {
    let (stdout, code) = check_text(GOOD);
    assert_eq!(code, Some(0), "{stdout}");
    assert_eq!(
        stdout.trim_end(),
        "catalogue OK: 2 sources (by program: aa 1, na 1; by format: bmlt 1, meeting-guide 1)"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    refused(
        "id = \"online-aa\"",
        "id = \"cymru-na\"",
        "source 2 (cymru-na): the id is already used by source 1",
    );
}

#[test]
fn duplicate_urls_are_refused_whatever_their_case_or_trailing_slash() {
    refused(
        "url = \"https://example.org/meetings.json\"",
        "url = \"HTTPS://BMLT.Example.ORG/main_server\"",
        "the same URL as source 1 (cymru-na)",
    );
}

#[test]
fn plain_http_is_refused() {
    refused(
        "https://bmlt.example.org/main_server/",
        "http://bmlt.example.org/main_server/",
        "`url` must start with https://",
    );
}

#[test]
fn an_unknown_time_zone_is_refused() {
    refused(
        "Europe/London",
        "Europe/Cardiff",
        "timezone \"Europe/Cardiff\" is not an IANA time zone",
    );
}

#[test]
fn a_swapped_box_is_refused() {
    refused(
        "[51.3, -5.4, 53.5, -2.6]",
        "[53.5, -2.6, 51.3, -5.4]",
        "`bbox` has its corners swapped",
    );
}

#[test]
fn an_unknown_field_is_refused() {
    refused(
        "country = \"GB\"",
        "country = \"GB\"\nlanguage = \"cy\"",
        "unknown field `language`",
    );
}

#[test]
fn a_personal_email_is_refused() {
    refused(
        "feedback = \"https://example.org/contact\"",
        "feedback = \"dai.jones@example.org\"",
        "`feedback` must be the organisation's contact page",
    );
    refused(
        "name = \"Online AA (test)\"",
        "name = \"Online AA (ask dai.jones@example.org)\"",
        "`name` contains an email address",
    );
}

#[test]
fn malformed_toml_is_refused_with_its_line() {
    refused(
        "[[source]]\nid = \"online-aa\"",
        "[[source]\nid = \"online-aa\"",
        "the file is not valid TOML (line 15)",
    );
}

#[test]
fn a_file_over_the_cap_is_refused() {
    let cap = waymark_core::catalogue::MAX_CATALOGUE_BYTES as usize;
    let big = format!("{GOOD}\n# {}\n", "padding ".repeat(cap / 8 + 1));
    let (stdout, code) = check_text(&big);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("the file is larger than 1024 KiB"),
        "{stdout}"
    );
}

#[test]
fn every_problem_is_printed_one_a_line() {
    let text = GOOD
        .replacen("http", "ftp", 1)
        .replacen("Europe/London", "Mars/Olympus", 1)
        .replacen("id = \"online-aa\"", "id = \"cymru-na\"", 1);
    let (stdout, code) = check_text(&text);
    assert_eq!(code, Some(1));
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}

#[test]
fn a_missing_file_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(&dir.path().join("nowhere.toml"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("waymark: could not read "), "{err}");
    // In the person's language too, not English inside a Welsh run.
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--locale", "cy", "catalogue", "check"])
        .arg(dir.path().join("nowhere.toml"))
        .output()
        .expect("run waymark");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("waymark: does dim modd darllen "), "{err}");
    assert!(err.contains("nowhere.toml"), "{err}");
}

/// Checks `text` with `--locale locale`; stdout (the problems), stderr (the summary), the code.
fn check_text_in(locale: &str, text: &str) -> (String, String, Option<i32>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sources.toml");
    std::fs::write(&file, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["--locale", locale, "catalogue", "check"])
        .arg(&file)
        .output()
        .expect("run waymark");
    let s = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (s(out.stdout), s(out.stderr), out.status.code())
}

/// Two problems: plain http in source 1 and source 2 reusing source 1's id.
fn two_problems() -> String {
    GOOD.replacen("https://bmlt", "http://bmlt", 1).replacen(
        "id = \"online-aa\"",
        "id = \"cymru-na\"",
        1,
    )
}

#[test]
fn problems_are_said_in_welsh_with_a_welsh_plural() {
    let (stdout, stderr, code) = check_text_in("cy", &two_problems());
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "ffynhonnell 1 (cymru-na): rhaid i `url` ddechrau â https:// (caniateir http plaen \
             i'r peiriant hwn yn unig, ar gyfer profion)",
            "ffynhonnell 2 (cymru-na): mae ffynhonnell 1 eisoes yn defnyddio'r id: rhaid i bob \
             id fod yn unigryw",
        ],
        "{stdout}"
    );
    assert!(
        stderr.contains("ddwy broblem, wedi'u rhestru uchod"),
        "{stderr}"
    );
}

#[test]
fn problems_are_said_in_spanish_and_counted_in_the_plural() {
    let (stdout, stderr, code) = check_text_in("es", &two_problems());
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("fuente 2 (cymru-na): la fuente 1 ya usa este id"),
        "{stdout}"
    );
    assert!(
        stdout.contains("fuente 1 (cymru-na): `url` debe empezar por https://"),
        "{stdout}"
    );
    assert!(!stdout.contains("source "), "{stdout}");
    assert!(
        stderr.contains("tiene 2 problemas, indicados arriba"),
        "{stderr}"
    );
}

#[test]
fn one_problem_is_counted_in_the_singular() {
    let (stdout, stderr, code) =
        check_text_in("en-GB", &GOOD.replacen("https://bmlt", "http://bmlt", 1));
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stderr.contains("has 1 problem, listed above"), "{stderr}");
    let (_, stderr, _) = check_text_in("en-GB", &two_problems());
    assert!(stderr.contains("has 2 problems, listed above"), "{stderr}");
}
