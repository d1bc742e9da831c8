//! `remind` and `calendar` through the real binary (issue #5's CLI contract).

use std::path::Path;

use common::{meeting_feed, ok, ok_json, one_line_error, run};
use serde_json::Value;

mod common;

fn with_meeting() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("feed.json");
    std::fs::write(&feed, meeting_feed(&[("tue-eve", "Hope on Tuesday")])).unwrap();
    ok(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(d, &["sync"]);
    data
}

fn plan(d: &Path, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["remind", "plan", "--json", "--tz", "Europe/London"];
    args.extend_from_slice(extra);
    ok_json(d, &args).as_array().unwrap().clone()
}

/// A 30-minute reminder for the Tuesday meeting that names it (detailed text).
const SET_DETAILED: &[&str] = &[
    "remind",
    "set",
    "wales:tue-eve",
    "--before",
    "30m",
    "--detailed",
];

#[test]
fn reminders_are_planned_across_the_clock_change_with_the_json_contract() {
    let data = with_meeting();
    let d = data.path();
    let out = ok(
        d,
        &[
            "remind",
            "set",
            "wales:tue-eve",
            "--before",
            "60m,15m",
            "--days",
            "tue",
        ],
    );
    assert!(
        out.contains("Added \u{2068}Hope on Tuesday\u{2069} to my meetings"),
        "{out}"
    );
    assert!(
        out.contains("Reminders set: 1 hour before and 15 minutes before."),
        "{out}"
    );
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "14d"]);
    let fires: Vec<&str> = p
        .iter()
        .map(|r| r["fire_at_utc"].as_str().unwrap())
        .collect();
    // 19:00 GMT on 24 March, 19:00 BST (18:00 UTC) on 31 March.
    assert_eq!(
        fires,
        [
            "2026-03-24T18:00:00Z",
            "2026-03-24T18:45:00Z",
            "2026-03-31T17:00:00Z",
            "2026-03-31T17:45:00Z"
        ]
    );
    let first = &p[0];
    assert_eq!(first["meeting_id"], "wales:tue-eve");
    assert_eq!(first["occurrence_start_utc"], "2026-03-24T19:00:00Z");
    assert_eq!(first["lead_minutes"], 60);
    assert_eq!(first["title"], "Reminder");
    assert_eq!(first["body"], "Reminder: 19:00");
    // Asked for Welsh, the lock-screen text is Welsh; the times and ids do not change.
    let cy = plan(
        d,
        &[
            "--at",
            "2026-03-23T00:00:00Z",
            "--horizon",
            "14d",
            "--locale",
            "cy",
        ],
    );
    assert_eq!(cy[0]["title"], "Nodyn atgoffa");
    assert_eq!(cy[0]["body"], "Nodyn atgoffa: 19:00");
    assert_eq!(cy[0]["id"], first["id"]);
    assert!(first["id"].as_str().unwrap().starts_with("wm-"));
    // Same question, same ids.
    let again = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "14d"]);
    assert_eq!(p, again);
    // The cap keeps the soonest.
    let capped = plan(
        d,
        &[
            "--at",
            "2026-03-23T00:00:00Z",
            "--horizon",
            "14d",
            "--max",
            "1",
        ],
    );
    assert_eq!(capped, p[..1].to_vec());
    // The text view says how many the cap cut.
    let out = run(
        d,
        &[
            "remind",
            "plan",
            "--at",
            "2026-03-23T00:00:00Z",
            "--max",
            "1",
            "--tz",
            "Europe/London",
        ],
        &[],
        None,
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("3 more reminders"));

    // Detailed text, when chosen.
    ok(d, SET_DETAILED);
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "2d"]);
    assert_eq!(p[0]["title"], "Hope on Tuesday");
    assert!(p[0]["body"]
        .as_str()
        .unwrap()
        .starts_with("Starts at 19:00, in 30 minutes"));
    // The global setting: off names the meeting for every rule.
    ok(d, &["remind", "set", "wales:tue-eve", "--before", "30m"]);
    ok(d, &["remind", "discreet", "off"]);
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "2d"]);
    assert_eq!(p[0]["title"], "Hope on Tuesday");
    ok(d, &["remind", "discreet", "on"]);
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "2d"]);
    assert_eq!(p[0]["title"], "Reminder");
    let list = ok_json(d, &["remind", "list", "--json"]);
    assert_eq!(list["rules"][0]["leads"], serde_json::json!([30]));
    assert_eq!(list["discreet"], true);
    ok(d, SET_DETAILED);
    // A traveller in New York sees both times.
    let p = ok_json(
        d,
        &[
            "remind",
            "plan",
            "--json",
            "--tz",
            "America/New_York",
            "--at",
            "2026-03-23T00:00:00Z",
            "--horizon",
            "2d",
        ],
    );
    assert!(
        p[0]["body"]
            .as_str()
            .unwrap()
            .contains("19:00 (15:00 where you are)"),
        "{}",
        p[0]["body"]
    );

    // Pause, resume, daily, clear.
    ok(d, &["remind", "pause", "--until", "2026-04-01"]);
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "14d"]);
    assert!(p
        .iter()
        .all(|r| r["fire_at_utc"].as_str().unwrap() >= "2026-03-31T23:00:00Z"));
    ok(d, &["remind", "pause", "--resume"]);
    ok(
        d,
        &["remind", "daily", "21:00", "--label", "Evening check-in"],
    );
    ok(d, &["remind", "clear", "wales:tue-eve"]);
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "2d"]);
    assert_eq!(p.len(), 2);
    assert!(p
        .iter()
        .all(|r| r["meeting_id"].is_null() && r["body"] == "Reminder: 21:00"));
}

#[test]
fn health_reports_reminders_that_never_arrived() {
    let data = with_meeting();
    let d = data.path();
    ok(
        d,
        &["remind", "set", "wales:tue-eve", "--before", "60m,15m"],
    );
    let p = plan(d, &["--at", "2026-03-23T00:00:00Z", "--horizon", "3d"]);
    assert_eq!(p.len(), 2);
    let first = p[0]["id"].as_str().unwrap().to_string();
    let h = ok_json(
        d,
        &[
            "remind",
            "health",
            "--json",
            "--at",
            "2026-03-24T20:00:00Z",
            "--delivered",
            &first,
            "--pending",
            "2",
        ],
    );
    assert_eq!(h["missed"], serde_json::json!([p[1]["id"]]));
    assert_eq!(h["issues"][0]["code"], "missed");
    let h = ok(
        d,
        &[
            "remind",
            "health",
            "--notifications-off",
            "--exact-alarms-off",
            "--at",
            "2026-03-23T00:00:00Z",
        ],
    );
    assert!(
        h.contains("Notifications are off") && h.contains("exact alarms"),
        "{h}"
    );
    let h = ok(d, &["remind", "health", "--at", "2026-03-23T00:00:00Z"]);
    assert!(h.contains("Reminders are working"), "{h}");
}

#[test]
fn skip_next_drops_only_the_next_occurrence() {
    let data = with_meeting();
    let d = data.path();
    ok(d, &["remind", "set", "wales:tue-eve", "--before", "0m"]);
    let before = plan(d, &["--horizon", "15d"]);
    let next = before[0]["occurrence_start_utc"].clone();
    let out = ok(d, &["remind", "skip-next", "wales:tue-eve"]);
    assert!(out.contains("No reminder for the one on"), "{out}");
    let after = plan(d, &["--horizon", "15d"]);
    assert!(after.iter().all(|r| r["occurrence_start_utc"] != next));
    assert_eq!(
        after[0]["occurrence_start_utc"],
        before[1]["occurrence_start_utc"]
    );
}

#[test]
fn calendar_export_and_bad_arguments() {
    let data = with_meeting();
    let d = data.path();
    ok(d, &["remind", "set", "wales:tue-eve", "--before", "1h,10m"]);
    let file = d.join("meetings.ics");
    ok(d, &["calendar", "export", "--out", file.to_str().unwrap()]);
    let ics = std::fs::read_to_string(&file).unwrap();
    for want in [
        "BEGIN:VCALENDAR",
        "BEGIN:VTIMEZONE\r\nTZID:Europe/London",
        "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "TRIGGER;RELATED=START:-PT3600S",
        "TRIGGER;RELATED=START:-PT600S",
        "DURATION:PT60M",
        "GEO:52.410000;-4.080000",
        "SUMMARY:Meeting",
    ] {
        assert!(ics.contains(want), "{want:?} missing in\n{ics}");
    }
    // Discreet by default, like the lock screen: no name in titles or alarms, no notes.
    assert!(!ics.contains("Hope"), "{ics}");
    assert!(ics.contains("DESCRIPTION:Reminder"), "{ics}");
    // Detail only on request.
    let detailed = ok(d, &["calendar", "export", "--detailed", "wales:tue-eve"]);
    assert!(detailed.contains("SUMMARY:Hope on Tuesday"), "{detailed}");
    let stdout = ok(d, &["calendar", "export", "wales:tue-eve"]);
    assert!(stdout.contains("BEGIN:VEVENT"));

    for (args, want) in [
        (
            vec!["remind", "set", "wales:tue-eve", "--before", "soon"],
            "not a duration",
        ),
        (
            vec![
                "remind",
                "set",
                "wales:tue-eve",
                "--before",
                "60m",
                "--days",
                "wed",
            ],
            "does not meet on Wednesday",
        ),
        (
            vec!["remind", "set", "wales:nope", "--before", "60m"],
            "no meeting",
        ),
        (
            vec!["remind", "set", "wales:tue-eve", "--before", "3d"],
            "two days",
        ),
        (vec!["remind", "plan", "--horizon", "90d"], "31d"),
        (vec!["remind", "daily", "25:00"], "time of day"),
        (vec!["remind", "clear", "wales:other"], "no reminders"),
    ] {
        let err = one_line_error(&run(d, &args, &[], None));
        assert!(err.contains(want), "{args:?}: {err}");
    }
}
