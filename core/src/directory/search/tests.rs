//! Tests of the search's week windows, occurrence choice and ordering.

use super::evaluate::*;
use super::*;
use chrono::TimeZone;

#[test]
fn window_wraps_from_saturday_night_into_sunday() {
    // Saturday 23:00 UTC, upcoming 3 h: Saturday 20:00 … Sunday 05:00 with the margins.
    let at = Utc.with_ymd_and_hms(2026, 11, 28, 23, 0, 0).unwrap();
    let q = MeetingQuery {
        upcoming_minutes: Some(180),
        ..MeetingQuery::default()
    };
    let w = week_window(&q, at, 60);
    let sat_23 = 6 * 1440 + 23 * 60;
    assert_eq!(w, vec![(sat_23 - 180, WEEK_MINUTES - 1), (0, 2 * 60 + 180)]);
    // A whole week or more is everything.
    let q = MeetingQuery {
        upcoming_minutes: Some(7 * 1440),
        ..MeetingQuery::default()
    };
    assert_eq!(week_window(&q, at, 60), vec![(0, WEEK_MINUTES - 1)]);
}

#[test]
fn running_beats_upcoming_and_sooner_beats_later() {
    let at = Utc.with_ymd_and_hms(2026, 11, 24, 18, 30, 0).unwrap(); // Tue 18:30 UTC
    let q = MeetingQuery {
        in_progress: true,
        upcoming_minutes: Some(24 * 60),
        ..MeetingQuery::default()
    };
    // Tuesday 18:00 (running) and Wednesday 18:00 (upcoming), UTC.
    let (o, running) = best_occurrence(&q, Tz::UTC, 0b1100, 18 * 60, 60, at).unwrap();
    assert!(running);
    assert_eq!(
        o.start,
        Utc.with_ymd_and_hms(2026, 11, 24, 18, 0, 0).unwrap()
    );
    // Only upcoming asked for: Wednesday's.
    let q = MeetingQuery {
        upcoming_minutes: Some(24 * 60),
        ..MeetingQuery::default()
    };
    let (o, running) = best_occurrence(&q, Tz::UTC, 0b1100, 18 * 60, 60, at).unwrap();
    assert!(!running);
    assert_eq!(
        o.start,
        Utc.with_ymd_and_hms(2026, 11, 25, 18, 0, 0).unwrap()
    );
    // Nothing within 2 hours on Thursdays only.
    let q = MeetingQuery {
        upcoming_minutes: Some(120),
        ..MeetingQuery::default()
    };
    assert!(best_occurrence(&q, Tz::UTC, 0b10000, 18 * 60, 60, at).is_none());
}

#[test]
fn the_upcoming_window_is_one_minute_to_seven_days_for_every_shell() {
    let d = Directory::open_in_memory().unwrap();
    let q = |m| MeetingQuery {
        upcoming_minutes: Some(m),
        ..Default::default()
    };
    assert!(d.search(&q(MAX_UPCOMING_MINUTES)).is_ok());
    assert!(d.search(&q(1)).is_ok());
    for bad in [0, MAX_UPCOMING_MINUTES + 1, u32::MAX] {
        let err = d.search(&q(bad)).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.to_string().contains("7 days")),
            "{bad}: {err:?}"
        );
    }
    assert_eq!(upcoming_window(90).unwrap(), 90);
    assert!(upcoming_window(u64::MAX).is_err());
}
