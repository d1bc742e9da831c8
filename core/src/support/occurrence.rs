//! From "Tuesdays at 19:00, America/New_York" to real instants.
//!
//! Defined answers for the awkward cases (tested below, and relied on by reminders later):
//! - a local start that does not exist (spring-forward gap) happens at the first valid instant
//!   after the gap (02:30 on the night clocks jump 02:00 → 03:00 is 03:00);
//! - an ambiguous local start (fall-back fold) is the first of the two instants;
//! - the end is the start plus the meeting's length in elapsed minutes, so a 23:30 meeting of
//!   90 minutes ends at 01:00 the next day, and a meeting over a clock change lasts what it says.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// One concrete occurrence of a weekly meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The meeting-local date it starts on.
    pub local_date: NaiveDate,
    /// Start instant.
    pub start: DateTime<Utc>,
    /// End instant.
    pub end: DateTime<Utc>,
}

/// The instant of local wall-clock `minute` (0..1440) on `date` in `tz`, with the gap and fold
/// rules above.
pub fn local_instant(tz: Tz, date: NaiveDate, minute: u32) -> DateTime<Utc> {
    let base = NaiveDateTime::new(date, NaiveTime::MIN) + Duration::minutes(i64::from(minute));
    // A gap is at most a few hours (in practice 30 or 60 minutes); step forward to its end.
    for step in 0..=(26 * 60) {
        let local = base + Duration::minutes(step);
        if let Some(first) = tz.from_local_datetime(&local).earliest() {
            return first.with_timezone(&Utc);
        }
    }
    // Unreachable for real zones; read the time as UTC rather than fail.
    Utc.from_utc_datetime(&base)
}

/// The occurrences of a meeting on `weekday` (0 = Sunday) at `start_minute` lasting
/// `duration_minutes`, in the week around `at`: the last one that started at or before `at`
/// in local terms, and the next two, in order. Enough to answer "in progress", "upcoming"
/// and "next" for any window up to a week.
pub fn occurrences_around(
    tz: Tz,
    weekday: u8,
    start_minute: u32,
    duration_minutes: u32,
    at: DateTime<Utc>,
) -> [Occurrence; 3] {
    let local_today = at.with_timezone(&tz).date_naive();
    let today = local_today.weekday().num_days_from_sunday() as i64;
    let back = (today - i64::from(weekday)).rem_euclid(7);
    let mut first = local_today - Duration::days(back);
    // If this week's occurrence has not started yet, the previous one is a week earlier.
    if local_instant(tz, first, start_minute) > at {
        first -= Duration::days(7);
    }
    let make = |date: NaiveDate| {
        let start = local_instant(tz, date, start_minute);
        Occurrence {
            local_date: date,
            start,
            end: start + Duration::minutes(i64::from(duration_minutes)),
        }
    };
    [
        make(first),
        make(first + Duration::days(7)),
        make(first + Duration::days(14)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::{Los_Angeles, New_York};
    use chrono_tz::Europe::London;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn spring_forward_gap_starts_at_end_of_gap() {
        // 2026-03-08: New York jumps 02:00 → 03:00. A 02:30 start happens at 03:00 EDT.
        let d = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        assert_eq!(local_instant(New_York, d, 150), utc("2026-03-08T07:00:00Z"));
    }

    #[test]
    fn fall_back_fold_takes_first_instant() {
        // 2026-11-01: New York repeats 01:00–02:00. 01:30 is the first (EDT) one.
        let d = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert_eq!(local_instant(New_York, d, 90), utc("2026-11-01T05:30:00Z"));
    }

    #[test]
    fn same_wall_clock_across_dst_change() {
        // Tuesday 19:00 in Los Angeles is 02:00Z in summer and 03:00Z in winter.
        let summer = occurrences_around(Los_Angeles, 2, 19 * 60, 60, utc("2026-07-06T12:00:00Z"));
        assert_eq!(summer[1].start, utc("2026-07-08T02:00:00Z"));
        let winter = occurrences_around(Los_Angeles, 2, 19 * 60, 60, utc("2026-12-07T12:00:00Z"));
        assert_eq!(winter[1].start, utc("2026-12-09T03:00:00Z"));
    }

    #[test]
    fn past_midnight_meeting_covers_next_morning() {
        // Saturday 23:30 for 90 minutes in London; at Sunday 00:15 it is running.
        let at = utc("2026-11-22T00:15:00Z");
        let occ = occurrences_around(London, 6, 23 * 60 + 30, 90, at);
        assert!(occ[0].start <= at && at < occ[0].end);
        assert_eq!(
            occ[0].local_date,
            NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
        );
    }

    #[test]
    fn previous_occurrence_is_last_start_before_now() {
        // Monday 07:00 asked on Monday at 06:00: previous is last week's.
        let at = utc("2026-11-23T06:00:00Z");
        let occ = occurrences_around(London, 1, 7 * 60, 60, at);
        assert_eq!(occ[0].start, utc("2026-11-16T07:00:00Z"));
        assert_eq!(occ[1].start, utc("2026-11-23T07:00:00Z"));
    }
}
