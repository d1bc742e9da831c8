//! The words a meeting list shows, decided once for every shell: when a meeting is ("now,
//! until 20:30", "today 19:30", "Tue 19:30", a date a week or more ahead) in the viewer's own
//! zone, and how far it is, in miles where people measure roads in miles and km elsewhere.
//! An end time the feed did not give is never printed as fact: a running meeting with no
//! listed end says when it started instead.
//!
//! The wording is the viewer's locale's (`locales/*/meetings.ftl` through [`crate::l10n`]);
//! times, weekday and month names and numbers are formatted by ICU4X for that locale. The unit
//! (miles or km) follows the region, not the language: a Welsh speaker in Wales reads miles.

use chrono::{DateTime, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::directory::model::MeetingEnd;
use crate::l10n::{ids, Arg, Locale, Words};
use crate::support::occurrence::Occurrence;

/// Kilometres in a mile.
const KM_PER_MILE: f64 = 1.609_344;

/// Regions (ISO 3166-1 alpha-2) whose people read distances in miles: the United States, the
/// United Kingdom, Liberia and Myanmar. Everyone else reads kilometres.
pub const MILES_REGIONS: &[&str] = &["US", "GB", "LR", "MM"];

/// The unit a list shows distances in.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DistanceUnit {
    /// Kilometres ("12 km").
    #[default]
    Kilometres,
    /// Miles ("0.8 mi").
    Miles,
}

impl DistanceUnit {
    /// The unit for a region code ("US", "gb"): miles in `MILES_REGIONS`, else km.
    pub fn for_region(region: &str) -> Self {
        let region = region.trim().to_ascii_uppercase();
        if MILES_REGIONS.contains(&region.as_str()) {
            DistanceUnit::Miles
        } else {
            DistanceUnit::Kilometres
        }
    }

    /// The unit for a locale as systems write it: `en_US.UTF-8`, `en-GB`, `cy_GB@euro`,
    /// `es-419`. Km when the locale names no region (`C`, `POSIX`, `en`).
    pub fn for_locale(locale: &str) -> Self {
        let base = locale.split(['.', '@']).next().unwrap_or_default();
        base.split(['_', '-'])
            .skip(1)
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(Self::for_region)
            .unwrap_or_default()
    }

    /// A distance in kilometres in this unit, in en-GB words: one decimal under 10 ("0.8 mi",
    /// "3.2 km"), whole numbers above ("12 km"). See [`DistanceUnit::words_in`].
    pub fn words(self, km: f64) -> String {
        self.words_in(km, Words::get(Locale::EnGb))
    }

    /// A distance in kilometres in this unit, in `words`' language and number format: "3.2
    /// km" (en), "3,2 km" (es), "0.8 milltir" (cy).
    pub fn words_in(self, km: f64, words: &Words) -> String {
        let (value, id) = match self {
            DistanceUnit::Kilometres => (km, ids::DISTANCE_KM),
            DistanceUnit::Miles => (km / KM_PER_MILE, ids::DISTANCE_MI),
        };
        let digits = if value < 9.95 { 1 } else { 0 };
        let value = words.decimal(value, digits);
        words.own(id, &[("value", Arg::Text(&value))])
    }
}

/// When an occurrence is, for the viewer in `viewer` at `at`, in `words`' language.
pub(super) fn when(
    o: &Occurrence,
    end: MeetingEnd,
    running: bool,
    viewer: Tz,
    at: DateTime<Utc>,
    words: &Words,
) -> String {
    let time = |t: DateTime<Tz>| words.time(t.hour(), t.minute());
    let start = o.start.with_timezone(&viewer);
    if running {
        return match end {
            MeetingEnd::AllDay => words.own(ids::WHEN_NOW_ALL_DAY, &[]),
            MeetingEnd::Stated => {
                let until = time(o.end.with_timezone(&viewer));
                words.own(ids::WHEN_NOW_UNTIL, &[("time", Arg::Text(&until))])
            }
            MeetingEnd::Assumed => {
                words.own(ids::WHEN_NOW_SINCE, &[("time", Arg::Text(&time(start)))])
            }
        };
    }
    let minutes = (o.start - at).num_minutes();
    if (0..60).contains(&minutes) && end != MeetingEnd::AllDay {
        return words.own(
            ids::WHEN_IN_MINUTES,
            &[
                ("minutes", Arg::Number(minutes)),
                ("time", Arg::Text(&time(start))),
            ],
        );
    }
    let today = at.with_timezone(&viewer).date_naive();
    let date = start.date_naive();
    let all_day = end == MeetingEnd::AllDay;
    let (id, day) = match ((date - today).num_days(), all_day) {
        (0, false) => (ids::WHEN_TODAY, None),
        (0, true) => (ids::WHEN_TODAY_ALL_DAY, None),
        (1, false) => (ids::WHEN_TOMORROW, None),
        (1, true) => (ids::WHEN_TOMORROW_ALL_DAY, None),
        (2..=6, false) => (ids::WHEN_WEEKDAY, Some(("day", words.weekday_short(date)))),
        (2..=6, true) => (
            ids::WHEN_WEEKDAY_ALL_DAY,
            Some(("day", words.weekday_short(date))),
        ),
        (_, false) => (
            ids::WHEN_DATE,
            Some(("date", words.weekday_day_month(date))),
        ),
        (_, true) => (
            ids::WHEN_DATE_ALL_DAY,
            Some(("date", words.weekday_day_month(date))),
        ),
    };
    let time = (!all_day).then(|| time(start));
    let mut args: Vec<(&str, Arg<'_>)> = Vec::with_capacity(2);
    if let Some((name, value)) = &day {
        args.push((name, Arg::Text(value)));
    }
    if let Some(t) = &time {
        args.push(("time", Arg::Text(t)));
    }
    words.own(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn occ(start: DateTime<Utc>, minutes: i64) -> Occurrence {
        Occurrence {
            local_date: start.date_naive(),
            start,
            end: start + Duration::minutes(minutes),
        }
    }

    #[test]
    fn units_follow_the_region_of_the_locale() {
        for (locale, unit) in [
            ("en_US.UTF-8", DistanceUnit::Miles),
            ("en_GB.UTF-8", DistanceUnit::Miles),
            ("cy_GB@euro", DistanceUnit::Miles),
            ("en-gb", DistanceUnit::Miles),
            ("my_MM", DistanceUnit::Miles),
            ("de_DE.UTF-8", DistanceUnit::Kilometres),
            ("en_IE.UTF-8", DistanceUnit::Kilometres),
            ("es-419", DistanceUnit::Kilometres),
            ("C.UTF-8", DistanceUnit::Kilometres),
            ("POSIX", DistanceUnit::Kilometres),
            ("", DistanceUnit::Kilometres),
        ] {
            assert_eq!(DistanceUnit::for_locale(locale), unit, "{locale}");
        }
        assert_eq!(DistanceUnit::Miles.words(1.609_344), "1.0 mi");
        assert_eq!(DistanceUnit::Miles.words(20.0), "12 mi");
        assert_eq!(DistanceUnit::Kilometres.words(3.24), "3.2 km");
        assert_eq!(DistanceUnit::Kilometres.words(12.4), "12 km");
    }

    #[test]
    fn when_says_the_day_beyond_tomorrow_and_the_date_beyond_a_week() {
        let tz: Tz = "Europe/London".parse().unwrap();
        let at = Utc.with_ymd_and_hms(2026, 12, 1, 18, 0, 0).unwrap(); // Tue 18:00
        let en = Words::get(Locale::EnGb);
        let w = |start, end, running| when(&occ(start, 60), end, running, tz, at, en);
        let t = |d, h, m| Utc.with_ymd_and_hms(2026, 12, d, h, m, 0).unwrap();
        assert_eq!(
            w(t(1, 18, 30), MeetingEnd::Stated, false),
            "in 30 min (18:30)"
        );
        assert_eq!(w(t(1, 19, 30), MeetingEnd::Stated, false), "today 19:30");
        assert_eq!(w(t(2, 7, 0), MeetingEnd::Stated, false), "tomorrow 07:00");
        assert_eq!(w(t(4, 19, 30), MeetingEnd::Stated, false), "Fri 19:30");
        assert_eq!(w(t(8, 17, 0), MeetingEnd::Stated, false), "Tue 8 Dec 17:00");
        assert_eq!(
            w(t(1, 17, 30), MeetingEnd::Stated, true),
            "now, until 18:30"
        );
        assert_eq!(
            w(t(1, 17, 30), MeetingEnd::Assumed, true),
            "now, since 17:30"
        );
        assert_eq!(w(t(1, 0, 0), MeetingEnd::AllDay, true), "now, all day");
        assert_eq!(w(t(3, 0, 0), MeetingEnd::AllDay, false), "Thu, all day");
    }

    #[test]
    fn when_and_distance_are_worded_in_the_viewers_locale() {
        let tz: Tz = "Europe/London".parse().unwrap();
        let at = Utc.with_ymd_and_hms(2026, 12, 1, 18, 0, 0).unwrap(); // Tue 18:00
        let t = |d, h, m| Utc.with_ymd_and_hms(2026, 12, d, h, m, 0).unwrap();
        let w = |locale, start, end, running| {
            when(&occ(start, 60), end, running, tz, at, Words::get(locale))
        };
        let (stated, assumed, all_day) =
            (MeetingEnd::Stated, MeetingEnd::Assumed, MeetingEnd::AllDay);
        let (gb, us, cy, es) = (Locale::EnGb, Locale::EnUs, Locale::Cy, Locale::Es);
        // Minutes take the plural form: one and other in English, six forms in Welsh.
        for (locale, (day, h, m), end, running, want) in [
            (gb, (1, 18, 1), stated, false, "in 1 min (18:01)"),
            (gb, (1, 18, 2), stated, false, "in 2 min (18:02)"),
            (cy, (1, 18, 2), stated, false, "mewn dau funud (18:02)"),
            (cy, (1, 18, 6), stated, false, "mewn chwe munud (18:06)"),
            (cy, (1, 19, 30), stated, false, "heddiw 19:30"),
            (cy, (2, 7, 0), stated, false, "yfory 07:00"),
            (cy, (4, 19, 30), stated, false, "Gwe 19:30"),
            (cy, (8, 17, 0), stated, false, "Maw, 8 Rhag 17:00"),
            (cy, (1, 17, 30), stated, true, "nawr, tan 18:30"),
            (cy, (3, 0, 0), all_day, false, "Iau, drwy'r dydd"),
            (us, (1, 19, 30), stated, false, "today 7:30\u{202f}PM"),
            (us, (1, 18, 30), stated, false, "in 30 min (6:30\u{202f}PM)"),
            (es, (2, 7, 0), stated, false, "mañana 07:00"),
            (es, (1, 17, 30), assumed, true, "ahora, desde 17:30"),
            (es, (4, 19, 30), stated, false, "vie 19:30"),
        ] {
            assert_eq!(w(locale, t(day, h, m), end, running), want, "{locale}");
        }

        let es = Words::get(Locale::Es);
        assert_eq!(DistanceUnit::Kilometres.words_in(3.24, es), "3,2 km");
        assert_eq!(DistanceUnit::Kilometres.words_in(12.4, es), "12 km");
        let cy = Words::get(Locale::Cy);
        assert_eq!(DistanceUnit::Miles.words_in(1.609_344, cy), "1.0 milltir");
        let us = Words::get(Locale::EnUs);
        assert_eq!(DistanceUnit::Miles.words_in(20.0, us), "12 mi");
    }
}
