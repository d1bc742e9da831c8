//! Tests of the reminder planner and health report.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::directory::model::{Attendance, Meeting, TimezoneOrigin};
use proptest::prelude::*;

pub(crate) fn meeting(id: &str, days: &[u8], hh: u16, mm: u16, tz: Option<&str>) -> Meeting {
    Meeting {
        id: id.into(),
        source_id: "s".into(),
        key: id.into(),
        name: format!("Group {id}"),
        program: "aa".into(),
        weekdays: days.to_vec(),
        start_minute: Some(hh * 60 + mm),
        duration_minutes: Some(90),
        timezone: tz.map(str::to_string),
        timezone_origin: TimezoneOrigin::Meeting,
        attendance: Attendance::InPerson,
        location_name: Some("St Mary's Hall".into()),
        address: Some("1 Church St".into()),
        latitude: Some(51.5),
        longitude: Some(-0.1),
        ..Meeting::default()
    }
}

fn rule(id: &str, leads: &[u32]) -> ReminderRule {
    ReminderRule {
        meeting_id: id.into(),
        leads: leads.to_vec(),
        weekdays: vec![],
        detailed: false,
        skip_occurrence: None,
    }
}

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn req(now: &str, days: u32, viewer: &str) -> PlanRequest {
    PlanRequest {
        now: t(now),
        horizon_minutes: days * 24 * 60,
        max_pending: 1000,
        already_scheduled: vec![],
        viewer_timezone: viewer.into(),
        locale: None,
    }
}

fn discreet() -> PlanSettings {
    PlanSettings {
        discreet: true,
        ..PlanSettings::default()
    }
}

/// (occurrence start, fire) pairs of a one-meeting plan.
fn fires(m: Meeting, leads: &[u32], now: &str, days: u32) -> Vec<(String, String)> {
    let rules = [rule(&m.id, leads)];
    let meetings = HashMap::from([(m.id.clone(), m)]);
    plan(&rules, &meetings, &[], &discreet(), &req(now, days, "UTC"))
        .unwrap()
        .reminders
        .into_iter()
        .map(|r| (r.occurrence_start_utc, r.fire_at_utc))
        .collect()
}

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, String)> {
    xs.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn clock_changes_in_six_zones_land_on_the_right_instant() {
    // A Sunday 19:00 meeting, reminded 60 minutes before, the week before, the day of and
    // the week after each change.
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let cases: &[Case] = &[
        (
            "Europe/London",
            "2026-03-21T00:00:00Z",
            &[
                ("2026-03-22T19:00:00Z", "2026-03-22T18:00:00Z"),
                ("2026-03-29T18:00:00Z", "2026-03-29T17:00:00Z"),
                ("2026-04-05T18:00:00Z", "2026-04-05T17:00:00Z"),
            ],
        ),
        (
            "Europe/London",
            "2026-10-17T00:00:00Z",
            &[
                ("2026-10-18T18:00:00Z", "2026-10-18T17:00:00Z"),
                ("2026-10-25T19:00:00Z", "2026-10-25T18:00:00Z"),
                ("2026-11-01T19:00:00Z", "2026-11-01T18:00:00Z"),
            ],
        ),
        (
            "America/New_York",
            "2026-02-28T00:00:00Z",
            &[
                ("2026-03-02T00:00:00Z", "2026-03-01T23:00:00Z"),
                ("2026-03-08T23:00:00Z", "2026-03-08T22:00:00Z"),
                ("2026-03-15T23:00:00Z", "2026-03-15T22:00:00Z"),
            ],
        ),
        (
            "America/New_York",
            "2026-10-24T00:00:00Z",
            &[
                ("2026-10-25T23:00:00Z", "2026-10-25T22:00:00Z"),
                ("2026-11-02T00:00:00Z", "2026-11-01T23:00:00Z"),
                ("2026-11-09T00:00:00Z", "2026-11-08T23:00:00Z"),
            ],
        ),
        // Southern hemisphere: summer time ends in April, starts in October.
        (
            "Australia/Sydney",
            "2026-03-28T00:00:00Z",
            &[
                ("2026-03-29T08:00:00Z", "2026-03-29T07:00:00Z"),
                ("2026-04-05T09:00:00Z", "2026-04-05T08:00:00Z"),
                ("2026-04-12T09:00:00Z", "2026-04-12T08:00:00Z"),
            ],
        ),
        (
            "Australia/Sydney",
            "2026-09-26T00:00:00Z",
            &[
                ("2026-09-27T09:00:00Z", "2026-09-27T08:00:00Z"),
                ("2026-10-04T08:00:00Z", "2026-10-04T07:00:00Z"),
                ("2026-10-11T08:00:00Z", "2026-10-11T07:00:00Z"),
            ],
        ),
        (
            "Europe/Dublin",
            "2026-03-21T00:00:00Z",
            &[
                ("2026-03-22T19:00:00Z", "2026-03-22T18:00:00Z"),
                ("2026-03-29T18:00:00Z", "2026-03-29T17:00:00Z"),
                ("2026-04-05T18:00:00Z", "2026-04-05T17:00:00Z"),
            ],
        ),
        (
            "Asia/Kolkata",
            "2026-03-21T00:00:00Z",
            &[
                ("2026-03-22T13:30:00Z", "2026-03-22T12:30:00Z"),
                ("2026-03-29T13:30:00Z", "2026-03-29T12:30:00Z"),
                ("2026-04-05T13:30:00Z", "2026-04-05T12:30:00Z"),
            ],
        ),
        // +13:45 in summer, +12:45 from the first Sunday of April.
        (
            "Pacific/Chatham",
            "2026-03-28T00:00:00Z",
            &[
                ("2026-03-29T05:15:00Z", "2026-03-29T04:15:00Z"),
                ("2026-04-05T06:15:00Z", "2026-04-05T05:15:00Z"),
                ("2026-04-12T06:15:00Z", "2026-04-12T05:15:00Z"),
            ],
        ),
        (
            "Pacific/Chatham",
            "2026-09-19T00:00:00Z",
            &[
                ("2026-09-20T06:15:00Z", "2026-09-20T05:15:00Z"),
                ("2026-09-27T05:15:00Z", "2026-09-27T04:15:00Z"),
                ("2026-10-04T05:15:00Z", "2026-10-04T04:15:00Z"),
            ],
        ),
    ];
    for (zone, now, want) in cases {
        let got = fires(meeting("m", &[0], 19, 0, Some(zone)), &[60], now, 21);
        assert_eq!(got, pairs(want), "{zone} from {now}");
    }
}

#[test]
fn a_start_in_the_gap_fires_after_it_and_a_fold_uses_the_first_instant() {
    // London, Sunday 01:30: on 29 March the clocks jump 01:00 → 02:00, so the meeting
    // starts at the first valid instant, 02:00 BST (01:00 UTC).
    let got = fires(
        meeting("g", &[0], 1, 30, Some("Europe/London")),
        &[15],
        "2026-03-28T12:00:00Z",
        1,
    );
    assert_eq!(
        got,
        pairs(&[("2026-03-29T01:00:00Z", "2026-03-29T00:45:00Z")])
    );
    // On 25 October 01:30 happens twice; the first is 01:30 BST (00:30 UTC).
    let got = fires(
        meeting("f", &[0], 1, 30, Some("Europe/London")),
        &[15],
        "2026-10-24T12:00:00Z",
        1,
    );
    assert_eq!(
        got,
        pairs(&[("2026-10-25T00:30:00Z", "2026-10-25T00:15:00Z")])
    );
    // A lead across the change counts elapsed minutes: 60 before 03:00 BST on 29 March is
    // 01:00 GMT.
    let got = fires(
        meeting("x", &[0], 3, 0, Some("Europe/London")),
        &[60],
        "2026-03-28T12:00:00Z",
        1,
    );
    assert_eq!(
        got,
        pairs(&[("2026-03-29T02:00:00Z", "2026-03-29T01:00:00Z")])
    );
}

#[test]
fn past_midnight_meetings_and_reminders_on_the_day_before() {
    // Saturday 23:30 (runs past midnight): 60 minutes before is Saturday 22:30.
    let got = fires(
        meeting("late", &[6], 23, 30, Some("America/New_York")),
        &[60],
        "2026-11-27T00:00:00Z",
        3,
    );
    assert_eq!(
        got,
        pairs(&[("2026-11-29T04:30:00Z", "2026-11-29T03:30:00Z")])
    );
    // Sunday 00:15: a 60-minute reminder fires on Saturday at 23:15 local.
    let m = meeting("early", &[0], 0, 15, Some("Europe/London"));
    let rules = [rule("early", &[60])];
    let p = plan(
        &rules,
        &HashMap::from([(m.id.clone(), m)]),
        &[],
        &discreet(),
        &req("2026-11-27T00:00:00Z", 2, "Europe/London"),
    )
    .unwrap();
    assert_eq!(p.reminders[0].fire_at_utc, "2026-11-28T23:15:00Z");
    assert_eq!(p.reminders[0].body, "Reminder: 00:15");
}

#[test]
fn lock_screen_text_is_discreet_unless_chosen_and_shows_both_times_for_a_traveller() {
    let m = meeting("ny", &[2], 19, 0, Some("America/New_York"));
    let meetings = HashMap::from([(m.id.clone(), m)]);
    let r = req("2026-11-23T00:00:00Z", 3, "Europe/London");
    let p = plan(&[rule("ny", &[75])], &meetings, &[], &discreet(), &r).unwrap();
    let x = &p.reminders[0];
    assert_eq!(x.title, "Reminder");
    assert_eq!(x.body, "Reminder: 19:00 (00:00 where you are)");
    assert!(!x.body.contains("Group") && !x.title.contains("Group"));
    assert_eq!(x.deep_link, "waymark://meeting/ny");
    // The true instant: 19:00 in New York is 00:00 UTC; 75 minutes before is 22:45.
    assert_eq!(x.fire_at_utc, "2026-11-24T22:45:00Z");
    let mut detailed = rule("ny", &[75]);
    detailed.detailed = true;
    let p = plan(&[detailed], &meetings, &[], &discreet(), &r).unwrap();
    assert_eq!(p.reminders[0].title, "Group ny");
    assert_eq!(
        p.reminders[0].body,
        "Starts at 19:00 (00:00 where you are), in 1 hour 15 minutes · \u{2068}St Mary's Hall\u{2069}"
    );
}

#[test]
fn lock_screen_text_speaks_the_persons_language_with_its_own_clock() {
    let m = meeting("ny", &[2], 19, 0, Some("America/New_York"));
    let meetings = HashMap::from([(m.id.clone(), m)]);
    let text = |tag: &str, detailed: bool| {
        let mut r = req("2026-11-23T00:00:00Z", 3, "America/New_York");
        r.locale = Some(tag.into());
        let mut rule = rule("ny", &[75]);
        rule.detailed = detailed;
        let p = plan(&[rule], &meetings, &[], &discreet(), &r).unwrap();
        let x = p.reminders[0].clone();
        (x.title, x.body)
    };
    assert_eq!(
        text("en-GB", false),
        ("Reminder".into(), "Reminder: 19:00".into())
    );
    assert_eq!(
        text("en-US", false),
        ("Reminder".into(), "Reminder: 7:00\u{202f}PM".into())
    );
    assert_eq!(
        text("cy", false),
        ("Nodyn atgoffa".into(), "Nodyn atgoffa: 19:00".into())
    );
    assert_eq!(text("es", false).1, "Recordatorio: 19:00");
    assert_eq!(
        text("cy", true).1,
        "Yn dechrau am 19:00, ymhen awr a 15 munud · \u{2068}St Mary's Hall\u{2069}"
    );
    assert_eq!(
        text("es", true).1,
        "Empieza a las 19:00, dentro de 1 hora y 15 minutos · \u{2068}St Mary's Hall\u{2069}"
    );
    // A tag Waymark cannot speak words it in en-GB, never as ids.
    assert_eq!(text("xx-YY", false).1, "Reminder: 19:00");
}

#[test]
fn unknown_zone_uses_the_fallback_and_is_flagged() {
    let m = meeting("nz", &[1], 19, 0, None);
    let meetings = HashMap::from([(m.id.clone(), m)]);
    let settings = PlanSettings {
        discreet: true,
        fallback_timezone: Some("America/Chicago".into()),
        ..PlanSettings::default()
    };
    let p = plan(
        &[rule("nz", &[30])],
        &meetings,
        &[],
        &settings,
        &req("2026-11-22T12:00:00Z", 2, "Europe/Paris"),
    )
    .unwrap();
    assert_eq!(p.assumed_timezone_meetings, vec!["nz".to_string()]);
    assert!(p.reminders[0].timezone_assumed);
    assert_eq!(p.reminders[0].occurrence_start_utc, "2026-11-24T01:00:00Z");
    // Without a configured fallback, the phone's zone.
    let p = plan(
        &[rule("nz", &[30])],
        &meetings,
        &[],
        &discreet(),
        &req("2026-11-22T12:00:00Z", 2, "Europe/Paris"),
    )
    .unwrap();
    assert_eq!(p.reminders[0].occurrence_start_utc, "2026-11-23T18:00:00Z");
    // Unknown meetings and ones without a weekly time are reported, not planned.
    let mut appt = meeting("appt", &[], 19, 0, Some("UTC"));
    appt.start_minute = None;
    let meetings = HashMap::from([(appt.id.clone(), appt)]);
    let p = plan(
        &[rule("appt", &[30]), rule("gone", &[30])],
        &meetings,
        &[],
        &discreet(),
        &req("2026-11-22T12:00:00Z", 2, "UTC"),
    )
    .unwrap();
    assert!(p.reminders.is_empty());
    assert_eq!(p.unplannable.len(), 2);
    let reasons: Vec<_> = p.unplannable.iter().map(|u| u.reason).collect();
    assert_eq!(
        reasons,
        [
            super::UnplannableReason::NoWeeklyTime,
            super::UnplannableReason::MeetingNotKnown
        ]
    );
    use crate::l10n::{Locale, Words};
    let said = |l| super::UnplannableReason::NoWeeklyTime.words(Words::get(l));
    assert_eq!(said(Locale::EnGb), "it has no weekly day and time");
    assert_eq!(
        said(Locale::Cy),
        "does ganddo ddim diwrnod ac amser wythnosol"
    );
    assert_eq!(said(Locale::Es), "no tiene día ni hora semanal");
    assert_eq!(
        super::UnplannableReason::MeetingNotKnown.words(Words::get(Locale::Es)),
        "la reunión ya no está en tu lista"
    );
}

#[test]
fn the_cap_keeps_the_soonest_and_says_how_many_it_cut() {
    let ms: Vec<Meeting> = (0..7u8)
        .map(|d| meeting(&format!("d{d}"), &[d], 12, 0, Some("UTC")))
        .collect();
    let rules: Vec<ReminderRule> = ms.iter().map(|m| rule(&m.id, &[60, 10])).collect();
    let meetings: HashMap<_, _> = ms.into_iter().map(|m| (m.id.clone(), m)).collect();
    let daily = [DailyReminder {
        id: "daily".into(),
        minute: 21 * 60,
        label: "Evening".into(),
    }];
    let mut r = req("2026-11-22T00:00:00Z", 14, "UTC");
    let all = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
    assert_eq!(all.reminders.len(), 2 * 14 + 14);
    r.max_pending = 10;
    let capped = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
    assert_eq!(capped.cut_by_cap, 32);
    assert_eq!(capped.reminders, all.reminders[..10].to_vec());
    assert!(capped
        .reminders
        .windows(2)
        .all(|w| w[0].fire_at_utc <= w[1].fire_at_utc));
}

#[test]
fn skip_and_pause_and_daily_reminders() {
    let m = meeting("w", &[3], 19, 0, Some("Europe/London"));
    let meetings = HashMap::from([(m.id.clone(), m)]);
    let mut r1 = rule("w", &[60]);
    r1.skip_occurrence = Some("2026-11-25T19:00:00Z".into());
    let got: Vec<_> = plan(
        &[r1],
        &meetings,
        &[],
        &discreet(),
        &req("2026-11-22T00:00:00Z", 14, "UTC"),
    )
    .unwrap()
    .reminders
    .into_iter()
    .map(|r| r.occurrence_start_utc)
    .collect();
    assert_eq!(got, vec!["2026-12-02T19:00:00Z".to_string()]);
    let paused = PlanSettings {
        discreet: true,
        paused_until: "2026-12-01".parse().ok(),
        ..PlanSettings::default()
    };
    let daily = [DailyReminder {
        id: "d".into(),
        minute: 21 * 60 + 30,
        label: "Check-in".into(),
    }];
    let p = plan(
        &[rule("w", &[60])],
        &meetings,
        &daily,
        &paused,
        &req("2026-11-22T00:00:00Z", 14, "America/New_York"),
    )
    .unwrap();
    assert!(p
        .reminders
        .iter()
        .all(|r| r.fire_at_utc.as_str() >= "2026-12-01T05:00:00Z"));
    let d: Vec<_> = p
        .reminders
        .iter()
        .filter(|r| r.kind == ReminderKind::Daily)
        .collect();
    // 21:30 in New York is 02:30 UTC the next day.
    assert_eq!(d[0].fire_at_utc, "2026-12-02T02:30:00Z");
    assert_eq!(d[0].body, "Reminder: 21:30");
    assert_eq!(d[0].deep_link, "waymark://journal/checkin");
}

#[test]
fn bad_requests_are_typed_errors() {
    let m = HashMap::new();
    assert!(plan(
        &[],
        &m,
        &[],
        &discreet(),
        &req("2026-11-22T00:00:00Z", 14, "Mars/Base")
    )
    .is_err());
    assert!(plan(
        &[],
        &m,
        &[],
        &discreet(),
        &req("2026-11-22T00:00:00Z", 40, "UTC")
    )
    .is_err());
    assert!(rule("x", &[]).validate().is_err());
    assert!(rule("x", &[3000]).validate().is_err());
    assert_eq!(
        rule("x", &[15, 60, 15]).validate().unwrap().leads,
        vec![60, 15]
    );
    assert_eq!(lead_words(75), "1 hour 15 minutes");
}

proptest! {
    #[test]
    fn ids_are_stable_and_moving_forward_cancels_only_what_fired(
        start in 0i64..(365 * 24 * 60),
        forward in 0i64..(10 * 24 * 60),
        zones in proptest::collection::vec(0usize..6, 1..6),
        leads in proptest::collection::vec(0u32..600, 1..3),
        cap in 5u32..80,
    ) {
        let names = ["Europe/London", "America/New_York", "Australia/Sydney", "Europe/Dublin", "Asia/Kolkata", "Pacific/Chatham"];
        let ms: Vec<Meeting> = zones.iter().enumerate()
            .map(|(i, z)| meeting(&format!("m{i}"), &[(i % 7) as u8, ((i + 3) % 7) as u8], (7 + 3 * i as u16) % 24, 30, Some(names[*z])))
            .collect();
        let rules: Vec<ReminderRule> = ms.iter().map(|m| rule(&m.id, &leads).validate().unwrap()).collect();
        let meetings: HashMap<_, _> = ms.into_iter().map(|m| (m.id.clone(), m)).collect();
        let daily = [DailyReminder { id: "d".into(), minute: 20 * 60, label: "x".into() }];
        let now1 = t("2026-01-01T00:00:00Z") + Duration::minutes(start);
        let mut r = PlanRequest { now: now1, horizon_minutes: 14 * 24 * 60, max_pending: cap, already_scheduled: vec![], viewer_timezone: "Europe/Berlin".into(), locale: None };
        let a = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
        let b = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
        prop_assert_eq!(&a, &b);
        let ids: Vec<String> = a.reminders.iter().map(|x| x.id.clone()).collect();
        r.now = now1 + Duration::minutes(forward);
        r.already_scheduled = ids.clone();
        let c = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
        let fired: HashSet<&str> = a.reminders.iter().filter(|x| t(&x.fire_at_utc) <= r.now).map(|x| x.id.as_str()).collect();
        for id in &c.cancel {
            prop_assert!(fired.contains(id.as_str()), "cancelled {} that had not fired", id);
        }
        for x in &c.schedule {
            prop_assert!(!ids.contains(&x.id));
        }
    }
}
