//! `waymark ride` against the real `waymark-server` on loopback, two phones (data folders) and
//! one that composes offline first.

use std::path::Path;

use chrono::{Datelike, Duration, Utc};
use common::{meeting_feed, ok, ok_json, run};

mod common;

fn server() -> waymark_tests::TestServer {
    waymark_tests::spawn_server(&common::server_bin(), &["--register-burst", "50"])
}

fn phone(feed_dir: &Path) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let feed = feed_dir.join("feed.json");
    ok(
        data.path(),
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(data.path(), &["sync"]);
    data
}

/// The first Tuesday met walking one day at a time (`step` is 1 or −1) from `from` days away.
fn tuesday(from: i64, step: i64) -> String {
    let mut d = (Utc::now() + Duration::days(from)).date_naive();
    while d.weekday().num_days_from_sunday() != 2 {
        d += Duration::days(step);
    }
    d.to_string()
}

/// A Tuesday at least two days ahead (the feed's meeting is on Tuesdays at 19:00 London).
fn next_tuesday() -> String {
    tuesday(2, 1)
}

/// A folder with one feed holding the Tuesday meeting `tue-eve`, "Hope on Tuesday".
fn tuesday_feed() -> tempfile::TempDir {
    let feeds = tempfile::tempdir().unwrap();
    std::fs::write(
        feeds.path().join("feed.json"),
        meeting_feed(&[("tue-eve", "Hope on Tuesday")]),
    )
    .unwrap();
    feeds
}

/// `ride --server <server> request wales:tue-eve --date <date>` from the rider's home, then `more`.
fn request_args<'a>(server: &'a str, date: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "ride",
        "--server",
        server,
        "request",
        "wales:tue-eve",
        "--date",
        date,
        "--from",
        "52.3990,-4.0780",
    ];
    args.extend_from_slice(more);
    args
}

/// `by` accepts `match_id` with its exact pickup `at`; then `other` syncs: its matches.
fn accept_then_sync(
    by: &tempfile::TempDir,
    at: &str,
    other: &tempfile::TempDir,
    url: &str,
    match_id: &str,
) -> serde_json::Value {
    ok(
        by.path(),
        &["ride", "--server", url, "accept", match_id, "--at", at],
    );
    ok(other.path(), &["ride", "--server", url, "sync"]);
    ok_json(other.path(), &["ride", "matches", "--json"])
}

#[test]
fn offer_request_accept_confirm_through_the_cli_and_homes_stay_home() {
    let s = server();
    let feeds = tuesday_feed();
    let driver = phone(feeds.path());
    let rider = phone(feeds.path());
    let date = next_tuesday();
    let url = s.base.as_str();
    let out = ok(
        driver.path(),
        &[
            "ride",
            "--server",
            url,
            "offer",
            "wales:tue-eve",
            "--date",
            &date,
            "--seats",
            "3",
            "--from",
            "52.4085,-4.0560",
        ],
    );
    assert!(out.contains("Synced: 1 sent"), "{out}");
    ok(rider.path(), &request_args(url, &date, &[]));
    let m = ok_json(rider.path(), &["ride", "matches", "--json"]);
    assert_eq!(m[0]["state"], "proposed");
    let match_id = m[0]["match_id"].as_str().unwrap().to_string();
    // `ride matches` in Welsh: the Rides screen's matches section and the match's id; the
    // JSON stays as it is, whatever the locale.
    let cy = ok(rider.path(), &["--locale", "cy", "ride", "matches"]);
    assert!(cy.starts_with("Lifftiau\n"), "{cy}");
    assert!(cy.contains("\nParau\n"), "{cy}");
    assert!(
        cy.contains("Hope on Tuesday · Gallai gyrrwr fynd â chi — derbyniwch i gadw sedd"),
        "{cy}"
    );
    assert!(cy.lines().any(|l| l.trim() == match_id), "{cy}");
    assert!(!cy.contains("Fy ngheisiadau"), "only the matches: {cy}");
    assert_eq!(
        ok_json(
            rider.path(),
            &["--locale", "cy", "ride", "matches", "--json"]
        ),
        m
    );
    let d = accept_then_sync(&rider, "52.398765,-4.077654", &driver, url, &match_id);
    assert_eq!(d[0]["state"], "seat_held");
    assert!(d[0]["counterpart_point"].is_null());
    let r = accept_then_sync(&driver, "52.409876,-4.056543", &rider, url, &match_id);
    assert_eq!(r[0]["state"], "confirmed");
    assert_eq!(r[0]["counterpart_point"]["latitude"], 52.409876);

    // The homes given with --from never reached the server.
    for name in ["board.sqlite", "board.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(s.dir.path().join(name)) {
            for home in [
                "52.4085", "-4.056,", "-4.0560", "52.399,", "52.3990", "-4.078,", "-4.0780",
            ] {
                assert!(
                    !bytes.windows(home.len()).any(|w| w == home.as_bytes()),
                    "{home} in {name}"
                );
            }
        }
    }
}

#[test]
fn composed_offline_it_goes_out_at_the_next_sync() {
    let s = server();
    let feeds = tuesday_feed();
    let p = phone(feeds.path());
    let date = next_tuesday();
    // Nothing listens on port 9 here: composing still works.
    let out = run(
        p.path(),
        &request_args("http://127.0.0.1:9", &date, &[]),
        &[],
        None,
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Not sent yet"));
    let list = ok_json(p.path(), &["ride", "list", "--json"]);
    assert_eq!(list["outbox"][0]["state"], "pending");
    // `ride list` in Welsh: the Rides screen says what waits to be sent and shows the request
    // under its heading; the JSON is the same in any locale.
    let cy = ok(p.path(), &["--locale", "cy", "ride", "list"]);
    assert!(cy.starts_with("Lifftiau\n"), "{cy}");
    assert!(cy.contains("\nFy ngheisiadau\n"), "{cy}");
    assert!(
        cy.contains("Hope on Tuesday · Heb ei anfon eto — bydd yn mynd pan fyddwch ar-lein"),
        "{cy}"
    );
    assert!(!cy.contains("Not sent"), "{cy}");
    assert_eq!(
        ok_json(p.path(), &["--locale", "cy", "ride", "list", "--json"]),
        list
    );
    // With no rides at all, the screen's empty state.
    let empty = tempfile::tempdir().unwrap();
    let cy = ok(empty.path(), &["--locale", "cy", "ride", "matches"]);
    assert!(cy.contains("Dim lifftiau eto"), "{cy}");
    assert_eq!(
        ok_json(
            empty.path(),
            &["--locale", "cy", "ride", "matches", "--json"]
        ),
        serde_json::json!([])
    );
    ok(p.path(), &["ride", "--server", &s.base, "sync"]);
    let list = ok_json(p.path(), &["ride", "list", "--json"]);
    assert_eq!(list["outbox"][0]["state"], "applied");
    assert_eq!(list["rides"][0]["role"], "rider");
    // A date the meeting is not on is refused before anything is queued.
    let out = run(
        p.path(),
        &[
            "ride",
            "offer",
            "wales:tue-eve",
            "--date",
            "2030-01-02",
            "--seats",
            "2",
            "--from",
            "52.4,-4.0",
        ],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_driver_who_leaves_too_late_is_not_proposed() {
    let s = server();
    let feeds = tuesday_feed();
    let (late, early, rider) = (
        phone(feeds.path()),
        phone(feeds.path()),
        phone(feeds.path()),
    );
    let date = next_tuesday();
    let offer = |p: &tempfile::TempDir, leave: &str| {
        run(
            p.path(),
            &[
                "ride",
                "--server",
                &s.base,
                "offer",
                "wales:tue-eve",
                "--date",
                &date,
                "--seats",
                "2",
                "--from",
                "52.4085,-4.0560",
                "--leave-after",
                leave,
            ],
            &[],
            None,
        )
    };
    // The meeting starts at 19:00; leaving after it is refused before anything is queued.
    let out = offer(&late, "19:30");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("must be before the meeting starts"));
    assert_eq!(offer(&late, "7pm-ish").status.code(), Some(2));
    assert!(offer(&late, "18:58").status.success());
    assert!(offer(&early, "18:20").status.success());
    // The rider must be there by 18:50: only the early driver can do that.
    ok(
        rider.path(),
        &request_args(&s.base, &date, &["--arrive-by", "18:50"]),
    );
    let m = ok_json(rider.path(), &["ride", "matches", "--json"]);
    assert_eq!(m.as_array().unwrap().len(), 1, "{m}");
    ok(early.path(), &["ride", "--server", &s.base, "sync"]);
    ok(late.path(), &["ride", "--server", &s.base, "sync"]);
    let e = ok_json(early.path(), &["ride", "matches", "--json"]);
    let l = ok_json(late.path(), &["ride", "matches", "--json"]);
    assert_eq!(e.as_array().unwrap().len(), 1, "{e}");
    assert!(l.as_array().unwrap().is_empty(), "{l}");
}

/// The last Tuesday before today (its 19:00 meeting has long started).
fn last_tuesday() -> String {
    tuesday(-1, -1)
}

#[test]
fn a_start_in_the_sea_a_past_date_and_an_unknown_id_are_refused_when_composed() {
    let s = server();
    let feeds = tuesday_feed();
    let p = phone(feeds.path());
    ok(p.path(), &["ride", "list"]); // creates the vault
    let date = next_tuesday();
    let offer = |date: &str, from: &str| {
        run(
            p.path(),
            &[
                "ride",
                "offer",
                "wales:tue-eve",
                "--date",
                date,
                "--seats",
                "2",
                "--from",
                from,
            ],
            &[],
            None,
        )
    };
    // Latitude and longitude swapped: the Indian Ocean, not Aberystwyth.
    let out = offer(&date, "-4.0560,52.4085");
    let err = common::one_line_error(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("km from the meeting"), "{err}");
    assert!(err.contains("--from"), "{err}");
    // A meeting that has already happened.
    let out = offer(&last_tuesday(), "52.4085,-4.0560");
    let err = common::one_line_error(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("already started"), "{err}");
    let list = ok_json(p.path(), &["ride", "list", "--json"]);
    assert!(list["outbox"].as_array().unwrap().is_empty(), "{list}");

    // The limit is a setting.
    let shown = ok(p.path(), &["ride", "max-distance"]);
    assert!(shown.contains("150 km"), "{shown}");
    ok(p.path(), &["ride", "max-distance", "20"]);
    // Cardiff is about 120 km away: fine by default, too far once the limit is 20 km.
    let err = common::one_line_error(&offer(&date, "51.48,-3.18"));
    assert!(err.contains("within 20 km"), "{err}");
    ok(p.path(), &["ride", "max-distance", "default"]);

    // One id: what `offer` prints is what `list` shows and `cancel` takes.
    let out = offer(&date, "52.4085,-4.0560");
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout).to_string();
    let id = printed
        .split_whitespace()
        .nth(1)
        .expect("Offer <id> saved")
        .to_string();
    // The Rides screen: the offer under "My offers", not sent yet, with that id under it.
    let listed = ok(p.path(), &["ride", "list"]);
    assert!(listed.contains("\nMy offers\n"), "{listed}");
    assert!(
        listed.contains("Hope on Tuesday · Not sent yet — will send when you are online"),
        "{listed}"
    );
    assert!(
        listed.lines().any(|l| l.trim() == id),
        "the id `cancel` takes: {listed}"
    );
    let out = run(p.path(), &["ride", "cancel", "banana"], &[], None);
    let err = common::one_line_error(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no ride with that id"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("saved"));
    assert_eq!(
        ok_json(p.path(), &["ride", "list", "--json"])["outbox"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let done = ok(p.path(), &["ride", "--server", &s.base, "cancel", &id]);
    assert!(done.contains("Cancellation saved"), "{done}");
    // Both the offer and its cancellation reached the board: the row says cancelled, and
    // nothing is waiting to be sent.
    let listed = ok(p.path(), &["ride", "list"]);
    assert!(listed.contains("Hope on Tuesday · Cancelled"), "{listed}");
    assert!(
        !listed.contains("will send when you are online"),
        "{listed}"
    );
    let outbox = ok_json(p.path(), &["ride", "list", "--json"])["outbox"].clone();
    assert_eq!(
        outbox
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["state"] == "applied")
            .count(),
        2,
        "{outbox}"
    );
}
