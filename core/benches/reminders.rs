//! Reminder planning (issue #5 target): 500 reminder rules over a 14-day horizon ≤ 2 ms.
//!
//! Run: `cargo bench -p waymark-core --bench reminders`. The 500 meetings are spread over
//! six zones with clock changes (and one without), one or two weekdays each, two leads each;
//! the plan is capped at iOS's 64 and, separately, uncapped.

use std::collections::HashMap;
use std::time::Duration;

use criterion::{black_box, Criterion};
use waymark_core::directory::model::Meeting;
use waymark_core::reminders::{plan, DailyReminder, PlanRequest, PlanSettings, ReminderRule};

const ZONES: [&str; 6] = [
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Europe/Dublin",
    "Asia/Kolkata",
    "Pacific/Chatham",
];

fn meeting(i: usize) -> Meeting {
    let days: Vec<u8> = if i.is_multiple_of(3) {
        vec![(i % 7) as u8, ((i + 2) % 7) as u8]
    } else {
        vec![(i % 7) as u8]
    };
    serde_json::from_value(serde_json::json!({
        "id": format!("s:m{i}"), "source_id": "s", "key": format!("m{i}"),
        "name": format!("Group {i}"), "program": "aa", "weekdays": days,
        "start_minute": (6 * 60 + (i * 37) % (16 * 60)) as u16, "duration_minutes": 60,
        "timezone": ZONES[i % ZONES.len()], "timezone_origin": "meeting",
        "attendance": "in_person", "temporarily_closed": false,
        "location_name": "Hall", "address": null, "approximate_location": false,
        "latitude": null, "longitude": null, "conference_url": null,
        "conference_url_notes": null, "conference_phone": null, "conference_phone_notes": null,
        "types": [], "raw_types": [], "languages": [], "notes": null, "location_notes": null,
        "region": [], "group": null, "url": null, "updated": null
    }))
    .unwrap()
}

fn main() {
    let meetings: HashMap<String, Meeting> =
        (0..500).map(meeting).map(|m| (m.id.clone(), m)).collect();
    let rules: Vec<ReminderRule> = (0..500)
        .map(|i: usize| ReminderRule {
            meeting_id: format!("s:m{i}"),
            leads: vec![60, 15],
            weekdays: vec![],
            detailed: i.is_multiple_of(2),
            skip_occurrence: None,
        })
        .collect();
    let daily = [DailyReminder {
        id: "d".into(),
        minute: 21 * 60,
        label: "Check-in".into(),
    }];
    let settings = PlanSettings {
        discreet: true,
        ..PlanSettings::default()
    };
    let mut req = PlanRequest {
        // A week that holds the European clock change.
        now: "2026-03-24T12:00:00Z".parse().unwrap(),
        horizon_minutes: 14 * 24 * 60,
        max_pending: 64,
        already_scheduled: vec![],
        viewer_timezone: "Europe/London".into(),
        locale: None,
    };
    let full = plan(
        &rules,
        &meetings,
        &daily,
        &settings,
        &PlanRequest {
            max_pending: u32::MAX,
            ..req.clone()
        },
    )
    .unwrap();
    eprintln!(
        "500 rules, 14 days: {} reminders in the horizon",
        full.reminders.len()
    );
    let capped = plan(&rules, &meetings, &daily, &settings, &req).unwrap();
    req.already_scheduled = capped.reminders.iter().map(|r| r.id.clone()).collect();
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(5));
    let mut g = c.benchmark_group("reminders");
    g.bench_function("plan_500_rules_14_days_cap_64", |b| {
        b.iter(|| plan(black_box(&rules), &meetings, &daily, &settings, &req).unwrap())
    });
    let uncapped = PlanRequest {
        max_pending: u32::MAX,
        already_scheduled: vec![],
        ..req.clone()
    };
    g.bench_function("plan_500_rules_14_days_uncapped", |b| {
        b.iter(|| plan(black_box(&rules), &meetings, &daily, &settings, &uncapped).unwrap())
    });
    g.finish();
    c.final_summary();
}
