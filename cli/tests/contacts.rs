//! My people (contacts), the next step after a hard check-in, and what a backup brings to a
//! new phone (reminders, contacts, saved meetings "not synced yet"), through the real binary.

use std::path::Path;

use common::{checkin_args, ok, ok_json, one_line_error, run, ADD_SAM};
use serde_json::Value;

mod common;

/// One in-person meeting each day at 12:00 in Aberystwyth: one always starts within a day.
fn daily_feed(dir: &Path) -> std::path::PathBuf {
    let meetings: Vec<Value> = (0..7)
        .map(|day| {
            serde_json::json!({
                "slug": format!("noon-{day}"), "name": format!("Noon Group {day}"), "day": day,
                "time": "12:00", "end_time": "13:00", "timezone": "Europe/London",
                "address": "1 High St, Aberystwyth", "latitude": 52.41, "longitude": -4.08,
                "types": ["O"]
            })
        })
        .collect();
    let feed = dir.join("feed.json");
    std::fs::write(&feed, Value::Array(meetings).to_string()).unwrap();
    feed
}

/// A data folder whose directory holds [`daily_feed`] as source `wales`, synced. Keep the
/// returned folders alive while the data folder is used.
fn synced_daily() -> (tempfile::TempDir, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let feeds = tempfile::tempdir().unwrap();
    let feed = daily_feed(feeds.path());
    ok(
        data.path(),
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(data.path(), &["sync"]);
    (data, feeds)
}

#[test]
fn contacts_are_added_listed_with_links_and_removed() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let out = ok(d, ADD_SAM);
    assert!(out.contains("Added \u{2068}Sam\u{2069} (Sponsor)"), "{out}");
    ok(
        d,
        &[
            "contacts",
            "add",
            "Samaritans",
            "--role",
            "helpline",
            "--phone",
            "116 123",
        ],
    );
    let list = ok_json(d, &["contacts", "list", "--json"]);
    assert_eq!(list[0]["name"], "Sam");
    assert_eq!(list[0]["call_link"], "tel:+447700900123");
    assert_eq!(list[1]["text_link"], "sms:116123");
    let text = ok(d, &["contacts", "list"]);
    // The People to call screen's rows: name, role, number, and each link button.
    assert!(text.starts_with("People to call\n"), "{text}");
    assert!(text.contains("Sam (Sponsor): "), "{text}");
    assert!(text.contains("Call: tel:+447700900123"), "{text}");
    assert!(text.contains("Text: sms:116123"), "{text}");
    // In Spanish: the People to call screen's words; the JSON is the same in any locale.
    let es = ok(d, &["--locale", "es", "contacts", "list"]);
    assert!(es.starts_with("Personas a las que llamar\n"), "{es}");
    assert!(es.contains("Sam (Padrino o madrina): "), "{es}");
    assert!(es.contains("Samaritans (Línea de ayuda): 116 123"), "{es}");
    assert!(es.contains("Llamar: tel:+447700900123"), "{es}");
    assert!(es.contains("Mensaje: sms:116123"), "{es}");
    assert_eq!(
        ok_json(d, &["--locale", "es", "contacts", "list", "--json"]),
        list
    );
    let empty = tempfile::tempdir().unwrap();
    let es = ok(empty.path(), &["--locale", "es", "contacts", "list"]);
    assert!(es.contains("Aún no hay nadie"), "{es}");

    let out = run(
        d,
        &["contacts", "add", "Al", "--phone", "ring me"],
        &[],
        None,
    );
    let err = one_line_error(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("phone number"), "{err}");
    let err = one_line_error(&run(
        d,
        &["contacts", "add", "Al", "--role", "boss", "--phone", "123"],
        &[],
        None,
    ));
    // The choices as typed, with no English "or" outside a message.
    assert!(err.contains("sponsor / friend / helpline / other"), "{err}");
    let err = one_line_error(&run(d, &["contacts", "remove", "nobody"], &[], None));
    assert!(err.contains("no one with that id"), "{err}");

    let id = list[0]["id"].as_str().unwrap();
    ok(d, &["contacts", "remove", id]);
    assert_eq!(
        ok_json(d, &["contacts", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // The list is in the encrypted vault, not in any file in clear.
    for entry in std::fs::read_dir(d).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(!bytes.windows(10).any(|w| w == b"Samaritans"));
    }
}

#[test]
fn a_hard_checkin_offers_my_people_and_the_next_meetings_and_an_easy_one_does_not() {
    let (data, _feeds) = synced_daily();
    let d = data.path();
    ok(d, ADD_SAM);
    let checkin = |mood: &str, craving: &str| {
        ok(
            d,
            &checkin_args(mood, craving, &["--near", "52.41,-4.08", ""]),
        )
    };
    let easy = checkin("4", "2");
    assert!(easy.starts_with("Saved."), "{easy}");
    assert_eq!(easy.trim().lines().count(), 1, "{easy}");

    let hard = checkin("3", "9");
    assert!(hard.contains("Thank you for checking in"), "{hard}");
    assert!(hard.contains("call or text someone on your list"), "{hard}");
    assert!(
        hard.contains("\u{2068}Sam\u{2069} (Sponsor)") && hard.contains("tel:+447700900123"),
        "{hard}"
    );
    assert!(
        hard.contains("Noon Group") && hard.contains("near you"),
        "{hard}"
    );
    let low = checkin("1", "0");
    assert!(low.contains("Thank you for checking in"), "{low}");
}

#[test]
fn a_backup_brings_reminders_and_people_and_saved_meetings_wait_for_their_first_sync() {
    let (old, feeds) = synced_daily();
    let o = old.path();
    ok(o, &["remind", "set", "wales:noon-2", "--before", "60m,15m"]);
    ok(o, &["remind", "daily", "21:00", "--label", "Evening"]);
    ok(o, ADD_SAM);
    let backup = feeds.path().join("waymark.backup");
    let msg = ok(o, &["backup", "create", backup.to_str().unwrap()]);
    assert!(msg.contains("2 reminders, 1 person on my list"), "{msg}");

    let new = tempfile::tempdir().unwrap();
    let n = new.path();
    let out = ok(n, &["backup", "restore", backup.to_str().unwrap()]);
    assert!(
        out.contains("Reminders: 2 added. My people: 1 added."),
        "{out}"
    );
    assert_eq!(
        ok_json(n, &["remind", "list", "--json"]),
        ok_json(o, &["remind", "list", "--json"])
    );
    assert_eq!(
        ok_json(n, &["contacts", "list", "--json"]),
        ok_json(o, &["contacts", "list", "--json"])
    );
    // Nothing synced on the new phone yet: not "no longer listed".
    let favs = ok_json(n, &["favorite", "list", "--json"]);
    assert_eq!(favs[0]["status"], "not_synced_yet");
    let text = ok(n, &["favorite", "list"]);
    assert!(
        text.contains("Not updated on this phone yet. These are the details you saved."),
        "{text}"
    );
    assert!(!text.contains("stopped showing it"), "{text}");
    assert!(!text.contains("no longer shows it"), "{text}");
    let feed = feeds.path().join("feed.json");
    ok(
        n,
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(n, &["sync"]);
    let favs = ok_json(n, &["favorite", "list", "--json"]);
    assert_eq!(favs[0]["status"], "listed");
}
