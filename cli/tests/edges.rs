//! Through the real binary: what Waymark writes is its owner's alone, and control characters
//! in a feed never reach the terminal or a calendar file.

use std::path::Path;

use common::{ok, ok_json};

mod common;

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
fn set_mode(p: &Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

#[cfg(unix)]
#[test]
fn everything_waymark_writes_is_private_to_its_owner() {
    let root = tempfile::tempdir().unwrap();
    let feed = root.path().join("feed.json");
    std::fs::write(
        &feed,
        common::meeting_feed(&[("tue-eve", "Hope on Tuesday")]),
    )
    .unwrap();
    // `source add` first, in a folder that does not exist yet.
    let data = root.path().join("waymark");
    ok(
        &data,
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    assert_eq!(mode(&data), 0o700, "data folder");
    assert_eq!(mode(&data.join("directory.sqlite")), 0o600);
    ok(&data, &["sync"]);
    for name in [
        "directory.sqlite",
        "directory.sqlite-wal",
        "directory.sqlite-shm",
    ] {
        let p = data.join(name);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{name}");
        }
    }

    // Files that already exist, readable by everyone, are tightened when written over.
    let out = root.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let ics = out.join("meetings.ics");
    let md = out.join("journal.md");
    let backup = out.join("backup.age");
    let generated = out.join("feed.json");
    for f in [&ics, &md, &backup, &generated] {
        std::fs::write(f, "an older file, longer than what replaces it").unwrap();
        set_mode(f, 0o644);
    }
    ok(&data, &["journal", "add", "A quiet morning"]);
    ok(&data, &["remind", "set", "wales:tue-eve", "--before", "1h"]);
    ok(
        &data,
        &["calendar", "export", "--out", ics.to_str().unwrap()],
    );
    ok(
        &data,
        &[
            "journal",
            "export",
            "--format",
            "markdown",
            "--out",
            md.to_str().unwrap(),
        ],
    );
    ok(&data, &["backup", "create", backup.to_str().unwrap()]);
    ok(
        &data,
        &[
            "generate",
            "--meetings",
            "3",
            "--out",
            generated.to_str().unwrap(),
        ],
    );
    for f in [&ics, &md, &backup, &generated] {
        assert_eq!(mode(f), 0o600, "{}", f.display());
        let text = std::fs::read(f).unwrap();
        assert!(
            !text.ends_with(b"replaces it"),
            "{} not replaced",
            f.display()
        );
    }
    assert!(std::fs::read_to_string(&ics)
        .unwrap()
        .contains("BEGIN:VCALENDAR"));
    for entry in std::fs::read_dir(&data).unwrap() {
        let p = entry.unwrap().path();
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }

    // A data folder and directory left readable by an older Waymark are tightened.
    set_mode(&data, 0o755);
    set_mode(&data.join("directory.sqlite"), 0o644);
    set_mode(&data.join("vault.sqlite"), 0o644);
    ok(&data, &["meetings"]);
    ok(&data, &["journal", "list"]);
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("directory.sqlite")), 0o600);
    assert_eq!(mode(&data.join("vault.sqlite")), 0o600);
}

/// Any control character other than `\n`, and `\r` not followed by `\n`.
fn control_chars(s: &str) -> Vec<char> {
    let b: Vec<char> = s.chars().collect();
    b.iter()
        .enumerate()
        .filter(|(i, c)| {
            c.is_control() && **c != '\n' && !(**c == '\r' && b.get(i + 1) == Some(&'\n'))
        })
        .map(|(_, c)| *c)
        .collect()
}

#[test]
fn control_characters_in_a_feed_reach_neither_the_terminal_nor_the_calendar() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("feed.json");
    let meeting = serde_json::json!([{
        "slug": "tue\u{7}eve",
        "name": "Hope\u{1b}[2J\u{1b}]0;owned\u{7} on\tTuesday\u{0}",
        "day": 2, "time": "19:00", "end_time": "20:00", "timezone": "Europe/London",
        "location": "Church\u{9b}31m Hall\r",
        "address": "1 High St\r\n", "city": "Aberystwyth\u{8}\u{8}",
        "latitude": 52.41, "longitude": -4.08, "types": ["O\u{1b}"],
        "notes": "Side door.\r\nUp the stairs.\rBell\u{7} at the top.\u{7f}",
        "location_notes": "Parking\u{1b}[5m behind",
        "group": "Group\u{1b}c",
        "conference_phone": "+44 20\u{0} 7946 0000",
    }]);
    std::fs::write(&feed, meeting.to_string()).unwrap();
    ok(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(d, &["sync"]);

    let list = ok(d, &["meetings"]);
    assert_eq!(control_chars(&list), Vec::<char>::new(), "{list:?}");
    assert!(list.contains("Hope[2J]0;owned on Tuesday"), "{list}");

    let json = ok_json(d, &["meetings", "--json"]);
    let m = &json.as_array().unwrap()[0];
    let id = m["id"].as_str().unwrap().to_string();
    assert_eq!(id, "wales:tueeve");

    let show = ok(d, &["meeting", "show", &id]);
    assert_eq!(control_chars(&show), Vec::<char>::new(), "{show:?}");
    assert!(show.contains("Church31m Hall"), "{show}");
    let details = ok_json(d, &["meeting", "show", &id, "--json"]);
    let text = details.to_string();
    assert!(
        text.contains("Side door.\\nUp the stairs.\\nBell at the top."),
        "{text}"
    );
    assert!(!text.contains("\\u001b") && !text.contains("\\u0007") && !text.contains("\\r"));

    ok(d, &["remind", "set", &id, "--before", "1h"]);
    let ics_path = d.join("m.ics");
    ok(
        d,
        &[
            "calendar",
            "export",
            "--detailed",
            "--out",
            ics_path.to_str().unwrap(),
        ],
    );
    let ics = std::fs::read_to_string(&ics_path).unwrap();
    assert_eq!(control_chars(&ics), Vec::<char>::new(), "{ics:?}");
    let summary: Vec<&str> = ics.lines().filter(|l| l.starts_with("SUMMARY")).collect();
    assert_eq!(summary, ["SUMMARY:Hope[2J]0\\;owned on Tuesday"]);
}

#[test]
fn a_reader_that_stops_early_ends_the_list_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let slugs: Vec<(String, String)> = (0..1500)
        .map(|i| (format!("m{i}"), format!("Hope Group number {i}")))
        .collect();
    let names: Vec<(&str, &str)> = slugs
        .iter()
        .map(|(s, n)| (s.as_str(), n.as_str()))
        .collect();
    let feed = d.join("feed.json");
    std::fs::write(&feed, common::meeting_feed(&names)).unwrap();
    ok(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "big"],
    );
    ok(d, &["sync"]);
    // As `waymark meetings --limit 1500 | head -c 100` does: read a little, close the pipe.
    let mut child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .arg("--data-dir")
        .arg(d)
        .args(["meetings", "--limit", "1500"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
