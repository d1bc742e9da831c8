//! The exported .ics, checked by a parser we did not write: Python's `icalendar` package
//! (from PyPI; `.ci/run` installs it) reads the file and dateutil expands each RRULE. The
//! occurrences it finds must be the instants Waymark's own planner computes, across a clock
//! change, for a meeting that runs past midnight too.

use std::process::Command;

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;
use waymark_core::directory::model::{Attendance, Meeting, TimezoneOrigin};
use waymark_core::reminders::calendar::{export_ics, CalendarItem};
use waymark_core::support::occurrence::local_instant;

fn meeting(id: &str, days: &[u8], minute: u16, duration: u16, tz: &str) -> Meeting {
    Meeting {
        id: id.into(),
        source_id: "s".into(),
        key: id.into(),
        name: format!("Group {id}"),
        program: "aa".into(),
        weekdays: days.to_vec(),
        start_minute: Some(minute),
        duration_minutes: Some(duration),
        timezone: Some(tz.into()),
        timezone_origin: TimezoneOrigin::Meeting,
        attendance: Attendance::Hybrid,
        location_name: Some("Quaker Meeting House".into()),
        address: Some("10 Bridge St, Town".into()),
        latitude: Some(52.414),
        longitude: Some(-4.082),
        conference_url: Some("https://example.org/join".into()),
        notes: Some("Side door; ring the bell".into()),
        ..Meeting::default()
    }
}

/// The calendar of one meeting without alarms, discreet, with `fallback` as the zone for a
/// meeting that has none.
fn export_one(
    meeting: Meeting,
    fallback: Option<&str>,
    now: DateTime<Utc>,
) -> waymark_core::Result<String> {
    export_ics(
        &[CalendarItem {
            meeting,
            leads: vec![],
        }],
        fallback,
        true,
        now,
    )
}

/// Runs the independent parser, or explains why it cannot (and fails on CI).
fn expand(ics: &str, count: usize) -> Option<Value> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("meetings.ics");
    std::fs::write(&file, ics).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/expand_ics.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(&file)
        .arg(count.to_string())
        .output();
    match out {
        Ok(o) if o.status.success() => Some(serde_json::from_slice(&o.stdout).unwrap()),
        other => {
            let why = match other {
                Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
                Err(e) => e.to_string(),
            };
            assert!(
                std::env::var_os("CI").is_none(),
                "python3 with the icalendar package is needed on CI: {why}"
            );
            eprintln!("NOTICE: skipping the independent .ics check (pip install icalendar): {why}");
            None
        }
    }
}

#[test]
fn an_independent_parser_expands_the_rrule_to_our_instants_across_dst() {
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().unwrap();
    let items = vec![
        CalendarItem {
            meeting: meeting("lon", &[2, 4], 19 * 60, 90, "Europe/London"),
            leads: vec![60, 15],
        },
        // Saturday 23:30 for 90 minutes: ends 01:00 on Sunday.
        CalendarItem {
            meeting: meeting("syd", &[6], 23 * 60 + 30, 90, "Australia/Sydney"),
            leads: vec![],
        },
        CalendarItem {
            meeting: meeting("cha", &[0], 19 * 60, 60, "Pacific/Chatham"),
            leads: vec![30],
        },
    ];
    let ics = export_ics(&items, None, true, now).unwrap();
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London"));
    assert!(ics.contains("DTSTART;TZID=Europe/London:20260303T190000"));
    let Some(events) = expand(&ics, 12) else {
        return;
    };
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3);
    for (ev, item) in events.iter().zip(&items) {
        let m = &item.meeting;
        let tz =
            waymark_core::support::parse::parse_timezone(m.timezone.as_deref().unwrap()).unwrap();
        // Our instants: each of the meeting's weekdays from today, in its zone.
        let today = now.with_timezone(&tz).date_naive();
        let ours: Vec<String> = (0..200)
            .map(|d| today + Duration::days(d))
            .filter(|d| {
                use chrono::Datelike;
                m.weekdays
                    .contains(&(d.weekday().num_days_from_sunday() as u8))
            })
            .map(|d| local_instant(tz, d, u32::from(m.start_minute.unwrap())))
            .take(12)
            .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
            .collect();
        let theirs: Vec<String> = ev["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(theirs, ours, "{}", m.id);
        assert_eq!(ev["duration_minutes"], m.duration_minutes.unwrap());
        assert_eq!(ev["tzid"], m.timezone.as_deref().unwrap());
        let mut leads = item.leads.clone();
        leads.sort_unstable();
        assert_eq!(ev["alarms"], serde_json::json!(leads));
        assert_eq!(ev["geo"], serde_json::json!([52.414, -4.082]));
        assert_eq!(ev["url"], "https://example.org/join");
        assert!(ev["location"]
            .as_str()
            .unwrap()
            .contains("Quaker Meeting House"));
    }
    // London crosses into summer time on 29 March: the Tuesday before is 19:00 UTC, the
    // Tuesday after 18:00 UTC.
    let lon: Vec<&str> = events[0]["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(lon.contains(&"2026-03-24T19:00:00Z") && lon.contains(&"2026-03-31T18:00:00Z"));
    // Sydney leaves summer time on 5 April: 23:30 is 12:30 UTC before, 13:30 UTC after.
    let syd: Vec<&str> = events[1]["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        syd.contains(&"2026-04-04T12:30:00Z") && syd.contains(&"2026-04-11T13:30:00Z"),
        "{syd:?}"
    );
}

#[test]
fn meetings_that_cannot_repeat_are_refused_by_name() {
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().unwrap();
    let mut m = meeting("x", &[], 600, 60, "UTC");
    m.name = "By appointment".into();
    let err = export_one(m, None, now).unwrap_err();
    assert!(err.to_string().contains("By appointment"));
    let mut m = meeting("y", &[1], 600, 60, "UTC");
    m.timezone = None;
    assert!(export_one(m.clone(), None, now).is_err());
    assert!(export_one(m, Some("Europe/Rome"), now).is_ok());
}

#[test]
fn zone_changes_in_the_vtimezone_fall_on_whole_minutes_at_the_zone_data_instants() {
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().unwrap();
    let items: Vec<CalendarItem> = ["Europe/London", "America/New_York", "Pacific/Chatham"]
        .iter()
        .enumerate()
        .map(|(i, tz)| CalendarItem {
            meeting: meeting(&format!("m{i}"), &[2], 19 * 60, 60, tz),
            leads: vec![],
        })
        .collect();
    let ics = export_ics(&items, None, true, now).unwrap();
    let starts: Vec<&str> = ics
        .split("\r\n")
        .filter(|l| l.starts_with("DTSTART:"))
        .collect();
    assert!(starts.len() > 60, "{}", starts.len());
    for s in &starts {
        assert!(s.ends_with("00"), "a transition off the minute: {s}");
    }
    // London goes forward at 01:00 GMT on the last Sunday of March, back at 02:00 BST in
    // October; New York at 02:00 local; Chatham (+12:45/+13:45) at 02:45 and 03:45 local.
    for expected in [
        "DTSTART:20270328T010000",
        "DTSTART:20271031T020000",
        "DTSTART:20270314T020000",
        "DTSTART:20271107T020000",
        "DTSTART:20270926T024500",
        "DTSTART:20270404T034500",
    ] {
        assert!(starts.contains(&expected), "missing {expected}");
    }
}

#[test]
fn a_discreet_calendar_names_no_group_and_carries_no_notes_a_detailed_one_does() {
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().unwrap();
    let items = vec![CalendarItem {
        meeting: meeting("lon", &[2], 19 * 60, 60, "Europe/London"),
        leads: vec![30],
    }];
    let discreet = export_ics(&items, None, true, now).unwrap();
    assert!(discreet.contains("SUMMARY:Meeting\r\n"), "{discreet}");
    assert!(!discreet.contains("Group lon"), "{discreet}");
    // The only description is the alarm's, and it names nothing.
    assert!(
        discreet
            .lines()
            .filter(|l| l.starts_with("DESCRIPTION"))
            .all(|l| l == "DESCRIPTION:Reminder\r" || l == "DESCRIPTION:Reminder"),
        "{discreet}"
    );
    assert!(!discreet.contains("ring the bell"), "{discreet}");
    // Where and when stay: the event is still useful.
    assert!(
        discreet.contains("LOCATION:Quaker Meeting House"),
        "{discreet}"
    );
    assert!(
        discreet.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"),
        "{discreet}"
    );
    let detailed = export_ics(&items, None, false, now).unwrap();
    assert!(detailed.contains("SUMMARY:Group lon"), "{detailed}");
    assert!(detailed.contains("ring the bell"), "{detailed}");
}

#[test]
fn a_meeting_without_a_zone_is_a_typed_error_that_names_no_flag() {
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().unwrap();
    let mut m = meeting("y", &[1], 600, 60, "UTC");
    m.name = "Lunch Bunch".into();
    m.timezone = None;
    let err = export_one(m, None, now).unwrap_err();
    assert!(
        matches!(&err, waymark_core::Error::MeetingWithoutTimezone { meeting } if meeting == "Lunch Bunch"),
        "{err:?}"
    );
    assert!(!err.to_string().contains("--"), "{err}");
}
