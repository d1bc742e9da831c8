//! The words a meeting list shows, decided once for every shell: when a meeting is ("now,
//! until 20:30", "today 19:30", "Tue 19:30", a date a week or more ahead) in the viewer's own
//! zone, and how far it is, in miles where people measure roads in miles and km elsewhere.
//! An end time the feed did not give is never printed as fact: a running meeting with no
//! listed end says when it started instead.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::directory::model::MeetingEnd;
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
    /// The unit for a region code ("US", "gb"): miles in [`MILES_REGIONS`], else km.
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

    /// A distance in kilometres in this unit, in words: one decimal under 10 ("0.8 mi",
    /// "3.2 km"), whole numbers above ("12 km").
    pub fn words(self, km: f64) -> String {
        let (value, unit) = match self {
            DistanceUnit::Kilometres => (km, "km"),
            DistanceUnit::Miles => (km / KM_PER_MILE, "mi"),
        };
        if value < 9.95 {
            format!("{value:.1} {unit}")
        } else {
            format!("{value:.0} {unit}")
        }
    }
}

/// When an occurrence is, for the viewer in `viewer` at `at`.
pub(super) fn when(
    o: &Occurrence,
    end: MeetingEnd,
    running: bool,
    viewer: Tz,
    at: DateTime<Utc>,
) -> String {
    let hhmm = |t: DateTime<Tz>| format!("{:02}:{:02}", t.hour(), t.minute());
    let start = o.start.with_timezone(&viewer);
    if running {
        return match end {
            MeetingEnd::AllDay => "now, all day".into(),
            MeetingEnd::Stated => format!("now, until {}", hhmm(o.end.with_timezone(&viewer))),
            MeetingEnd::Assumed => format!("now, since {}", hhmm(start)),
        };
    }
    let minutes = (o.start - at).num_minutes();
    if (0..60).contains(&minutes) && end != MeetingEnd::AllDay {
        return format!("in {minutes} min ({})", hhmm(start));
    }
    let today = at.with_timezone(&viewer).date_naive();
    let days = (start.date_naive() - today).num_days();
    let day = match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        2..=6 => start.format("%a").to_string(),
        _ => format!(
            "{} {} {}",
            start.format("%a"),
            start.day(),
            start.format("%b")
        ),
    };
    if end == MeetingEnd::AllDay {
        format!("{day}, all day")
    } else {
        format!("{day} {}", hhmm(start))
    }
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
        let w = |start, end, running| when(&occ(start, 60), end, running, tz, at);
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
}
