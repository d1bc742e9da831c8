//! Lenient parsers for the scalar values real feeds send.
//!
//! Feeds written by hand, by WordPress plugins, by spreadsheets and by BMLT servers disagree on
//! how to write a time ("19:00", "7:00 PM", "19:00:00", "noon"), a weekday (0–6, "1", "Monday",
//! "lunes", BMLT's 1–7), a coordinate (number, string, null, 0,0) and a timestamp. Every parser
//! here returns `Option`/`Result` and never panics, whatever the input; property tests in this
//! module check that.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Minutes in a day.
pub const DAY_MINUTES: u32 = 24 * 60;

/// Parses a local wall-clock time into minutes after midnight, `0..=1440`.
///
/// Accepts `HH:MM`, `H:MM`, `HH:MM:SS`, `HHMM` (four digits), 12-hour forms (`7:00 PM`,
/// `7:00pm`, `7 PM`, `12:00 AM` = 00:00, `12:30 PM` = 12:30), and the words `noon` and
/// `midnight`. `24:00` is returned as 1440 (midnight at the end of the day); callers decide
/// what it means for a start.
pub fn parse_time_of_day(input: &str) -> Option<u32> {
    // Fast path for the spec's own `HH:MM` (and BMLT's `HH:MM:SS`).
    let b = input.as_bytes();
    if (b.len() == 5 || (b.len() == 8 && b[5] == b':'))
        && b[2] == b':'
        && [0, 1, 3, 4].iter().all(|i| b[*i].is_ascii_digit())
    {
        let h = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
        let m = u32::from(b[3] - b'0') * 10 + u32::from(b[4] - b'0');
        let secs_ok =
            b.len() == 5 || (b[6].is_ascii_digit() && b[7].is_ascii_digit() && b[6] < b'6');
        return (secs_ok
            && m < 60
            && (h < 24 || (h == 24 && m == 0 && (b.len() == 5 || &b[6..] == b"00"))))
            .then_some(h * 60 + m);
    }
    let s = input.trim().to_ascii_lowercase();
    if s.is_empty() || s.len() > 16 {
        return None;
    }
    match s.as_str() {
        "noon" | "midday" => return Some(12 * 60),
        "midnight" => return Some(0),
        _ => {}
    }
    // Split off an am/pm suffix, with or without a space, with or without dots.
    let compact: String = s.chars().filter(|c| *c != '.').collect();
    let (body, meridiem) = if let Some(b) = compact.strip_suffix("am") {
        (b.trim_end(), Some(false))
    } else if let Some(b) = compact.strip_suffix("pm") {
        (b.trim_end(), Some(true))
    } else if let Some(b) = compact.strip_suffix('a') {
        (b.trim_end(), Some(false))
    } else if let Some(b) = compact.strip_suffix('p') {
        (b.trim_end(), Some(true))
    } else {
        (compact.as_str(), None)
    };
    let parts: Vec<&str> = body.split(':').collect();
    let (h, m, sec) = match parts.as_slice() {
        [h] if meridiem.is_some() && !h.is_empty() && h.len() <= 2 => (num(h)?, 0, 0),
        [hm] if hm.len() == 4 && hm.is_ascii() && meridiem.is_none() => {
            (num(&hm[..2])?, num(&hm[2..])?, 0)
        }
        [h, m] => (num(h)?, num(m)?, 0),
        [h, m, s] => (num(h)?, num(m)?, num(s)?),
        _ => return None,
    };
    if m > 59 || sec > 59 {
        return None;
    }
    let h = match meridiem {
        Some(pm) => {
            if !(1..=12).contains(&h) {
                return None;
            }
            match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, false) => h,
                (h, true) => h + 12,
            }
        }
        None => h,
    };
    if h > 24 || (h == 24 && (m != 0 || sec != 0)) {
        return None;
    }
    Some(h * 60 + m)
}

fn num(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The minute of the day a time a person typed names (`18:00` → 1080), for start-time
/// filters: 0 (00:00) to 1439 (23:59), in any form [`parse_time_of_day`] reads. Anything
/// else, `24:00` included (no meeting starts at the end of a day), is a plain
/// [`crate::Error::InvalidArgument`]: never 0, never a panic. The CLI's `--between` and the
/// apps' `minutesOf` both use it.
pub fn minute_of_day(input: &str) -> crate::Result<u32> {
    parse_time_of_day(input)
        .filter(|m| *m < 1440)
        .ok_or_else(|| {
            crate::Error::invalid_with(
                crate::support::msg::TIME_OF_DAY_INVALID,
                [(
                    "value",
                    crate::support::text::single_line(input)
                        .chars()
                        .take(32)
                        .collect::<String>()
                        .into(),
                )],
            )
        })
}

/// Parses a duration written as `HH:MM` or `HH:MM:SS` (BMLT's `duration_time`) into minutes.
/// `24:00:00` is 1440. Anything longer than a day is rejected.
pub fn parse_duration(input: &str) -> Option<u32> {
    let parts: Vec<&str> = input.trim().split(':').collect();
    let (h, m) = match parts.as_slice() {
        [h, m] | [h, m, _] => (num(h)?, num(m)?),
        _ => return None,
    };
    if m > 59 {
        return None;
    }
    let total = h * 60 + m;
    (total <= DAY_MINUTES).then_some(total)
}

/// Formats minutes after midnight as `HH:MM` (1440 becomes `24:00`).
pub fn format_minutes(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Parses a weekday name in English, Spanish, French or Swedish (full or three-letter
/// abbreviation, any case, accents optional) into 0 = Sunday … 6 = Saturday.
pub fn parse_day_name(input: &str) -> Option<u8> {
    let s: String = input
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' => 'a',
            'é' | 'è' => 'e',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            'ú' => 'u',
            c => c,
        })
        .collect();
    let s = s.trim_end_matches('.');
    const NAMES: [(&str, u8); 28] = [
        ("sunday", 0),
        ("monday", 1),
        ("tuesday", 2),
        ("wednesday", 3),
        ("thursday", 4),
        ("friday", 5),
        ("saturday", 6),
        ("domingo", 0),
        ("lunes", 1),
        ("martes", 2),
        ("miercoles", 3),
        ("jueves", 4),
        ("viernes", 5),
        ("sabado", 6),
        ("dimanche", 0),
        ("lundi", 1),
        ("mardi", 2),
        ("mercredi", 3),
        ("jeudi", 4),
        ("vendredi", 5),
        ("samedi", 6),
        ("sondag", 0),
        ("mandag", 1),
        ("tisdag", 2),
        ("onsdag", 3),
        ("torsdag", 4),
        ("fredag", 5),
        ("lordag", 6),
    ];
    if s.is_empty() {
        return None;
    }
    if let Some((_, d)) = NAMES.iter().find(|(n, _)| *n == s) {
        return Some(*d);
    }
    // Abbreviations: "mon", "tues", "thur", "sáb" … unique prefixes of at least 2 letters
    // among the English names, and 3 letters otherwise.
    // The day of the one name in `names` that starts with `s`, if only one does.
    let unique_prefix = |names: &[(&str, u8)]| {
        let mut hits = names.iter().filter(|(n, _)| n.starts_with(s));
        match (hits.next(), hits.next()) {
            (Some((_, d)), None) => Some(*d),
            _ => None,
        }
    };
    if s.len() >= 2 && s.is_ascii() {
        if let Some(d) = unique_prefix(&NAMES[..7]) {
            return Some(d);
        }
    }
    if s.chars().count() >= 3 {
        return unique_prefix(&NAMES[7..]);
    }
    None
}

/// Why a coordinate pair was not accepted as a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoordinateProblem {
    /// One value is missing, empty or null.
    Missing,
    /// A value is not a number.
    NotANumber,
    /// Latitude outside ±90 or longitude outside ±180.
    OutOfRange,
    /// Exactly (0, 0), "null island": a missing geocode, never a meeting place.
    NullIsland,
    /// A known placeholder point (a server's default map centre).
    Placeholder,
}

impl CoordinateProblem {
    /// A stable word for this problem (`missing`, `not-a-number`, `out-of-range`,
    /// `null-island`, `placeholder`), which a message uses to choose its wording.
    pub fn word(self) -> &'static str {
        match self {
            CoordinateProblem::Missing => "missing",
            CoordinateProblem::NotANumber => "not-a-number",
            CoordinateProblem::OutOfRange => "out-of-range",
            CoordinateProblem::NullIsland => "null-island",
            CoordinateProblem::Placeholder => "placeholder",
        }
    }
}

/// Map centres that BMLT servers stamp on meetings that have no place. Never a meeting venue.
const PLACEHOLDER_POINTS: &[(f64, f64)] = &[(34.235918, -118.563659)];

/// Validates a coordinate pair given as optional text (numbers are passed as their text).
///
/// Returns `Ok(None)` when both values are absent (nothing to report), `Ok(Some)` for a real
/// point, and the problem otherwise.
pub fn parse_coordinates(
    lat: Option<&str>,
    lon: Option<&str>,
) -> Result<Option<(f64, f64)>, CoordinateProblem> {
    let lat = lat.map(str::trim).filter(|s| !s.is_empty());
    let lon = lon.map(str::trim).filter(|s| !s.is_empty());
    let (lat, lon) = match (lat, lon) {
        (None, None) => return Ok(None),
        (Some(a), Some(b)) => (a, b),
        _ => return Err(CoordinateProblem::Missing),
    };
    let lat: f64 = lat.parse().map_err(|_| CoordinateProblem::NotANumber)?;
    let lon: f64 = lon.parse().map_err(|_| CoordinateProblem::NotANumber)?;
    validate_point(lat, lon).map(Some)
}

/// Validates a numeric point: finite, in range, not 0,0 and not a known placeholder.
pub fn validate_point(lat: f64, lon: f64) -> Result<(f64, f64), CoordinateProblem> {
    if !lat.is_finite() || !lon.is_finite() {
        return Err(CoordinateProblem::NotANumber);
    }
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(CoordinateProblem::OutOfRange);
    }
    if lat.abs() < 1e-6 && lon.abs() < 1e-6 {
        return Err(CoordinateProblem::NullIsland);
    }
    if PLACEHOLDER_POINTS
        .iter()
        .any(|(a, b)| (lat - a).abs() < 1e-5 && (lon - b).abs() < 1e-5)
    {
        return Err(CoordinateProblem::Placeholder);
    }
    Ok((lat, lon))
}

/// Parses a feed's `updated` stamp. The spec says UTC `YYYY-MM-DD HH:MM:SS`; real feeds also
/// send milliseconds, ISO 8601 with `T`/offsets, US locale `8/25/2022 11:17:07 AM`, a bare
/// date, and the run-together `2020-04-0416:50:58` from the TSML template. Values without an
/// offset are read as UTC, as the spec says.
pub fn parse_updated(input: &str) -> Option<DateTime<Utc>> {
    let s = input.trim();
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    if let Some(dt) = fast_updated(s) {
        return Some(dt);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    const NAIVE: &[&str] = &[
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
        "%Y-%m-%d%H:%M:%S",
    ];
    for f in NAIVE {
        if let Ok(n) = NaiveDateTime::parse_from_str(s, f) {
            return Some(Utc.from_utc_datetime(&n));
        }
    }
    for f in ["%Y-%m-%d", "%m/%d/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(Utc.from_utc_datetime(&d.and_time(NaiveTime::MIN)));
        }
    }
    None
}

/// The two shapes nearly every feed uses, read without chrono's format machinery (which is
/// slow enough to show in a 100,000-meeting import): `YYYY-MM-DD HH:MM:SS[.fff]` and
/// `M/D/YYYY h:mm:ss AM`. Anything else returns `None` and takes the general path.
fn fast_updated(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        part.iter()
            .try_fold(0u32, |acc, d| Some(acc * 10 + u32::from(d - b'0')))
    };
    let (y, mo, d, h, mi, se) = if b.len() >= 19
        && b[..19].is_ascii()
        && b[4] == b'-'
        && b[7] == b'-'
        && (b[10] == b' ' || b[10] == b'T')
        && b[13] == b':'
        && b[16] == b':'
    {
        let rest = &s[19..];
        if !(rest.is_empty()
            || (rest.starts_with('.') && rest[1..].bytes().all(|c| c.is_ascii_digit())))
        {
            return None;
        }
        (
            digits(0..4)?,
            digits(5..7)?,
            digits(8..10)?,
            digits(11..13)?,
            digits(14..16)?,
            digits(17..19)?,
        )
    } else if s.contains('/') {
        let (date, time) = s.split_once(' ')?;
        let mut dp = date.split('/');
        let (mo, d, y) = (dp.next()?, dp.next()?, dp.next()?);
        if dp.next().is_some() || y.len() != 4 {
            return None;
        }
        let (clock, ampm) = match time.trim().rsplit_once(' ') {
            Some((c, m)) => (c, Some(m.to_ascii_uppercase())),
            None => (time.trim(), None),
        };
        let mut tp = clock.split(':');
        let (h, mi) = (tp.next()?, tp.next()?);
        let se = tp.next().unwrap_or("0");
        if tp.next().is_some() {
            return None;
        }
        let n = |t: &str| -> Option<u32> {
            (!t.is_empty() && t.len() <= 4 && t.bytes().all(|c| c.is_ascii_digit()))
                .then(|| t.parse().ok())?
        };
        let mut h = n(h)?;
        match ampm.as_deref() {
            Some("AM") if (1..=12).contains(&h) => h %= 12,
            Some("PM") if (1..=12).contains(&h) => h = h % 12 + 12,
            None => {}
            _ => return None,
        }
        (n(y)?, n(mo)?, n(d)?, h, n(mi)?, n(se)?)
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(y as i32, mo, d)?;
    let time = NaiveTime::from_hms_opt(h, mi, se)?;
    Some(Utc.from_utc_datetime(&date.and_time(time)))
}

/// Resolves a time-zone name from a feed: an exact IANA name, a case-insensitive IANA match,
/// or a common North American alias (`ET`, `EST`, `Eastern`, `PT`, `Pacific`, …).
pub fn parse_timezone(input: &str) -> Option<Tz> {
    let s = input.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    // IANA names have a slash; the aliases below never do.
    if s.contains('/') {
        if let Ok(tz) = s.parse::<Tz>() {
            return Some(tz);
        }
        return Tz::from_str_insensitive(s).ok();
    }
    // North American abbreviations first: tzdb's `EST`/`MST` are fixed offsets with no
    // summer time, which is never what a feed means.
    if let Some(tz) = alias(s) {
        return Some(tz);
    }
    if let Ok(tz) = s.parse::<Tz>() {
        return Some(tz);
    }
    Tz::from_str_insensitive(s).ok()
}

fn alias(s: &str) -> Option<Tz> {
    let alias = match s.to_ascii_lowercase().replace(['_', ' '], "").as_str() {
        "et" | "est" | "edt" | "eastern" | "easterntime" => "America/New_York",
        "ct" | "cst" | "cdt" | "central" | "centraltime" => "America/Chicago",
        "mt" | "mst" | "mdt" | "mountain" | "mountaintime" => "America/Denver",
        "pt" | "pst" | "pdt" | "pacific" | "pacifictime" | "westcoast" => "America/Los_Angeles",
        "utc" | "gmt" | "z" => "UTC",
        _ => return None,
    };
    alias.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn times_in_every_shape_feeds_use() {
        assert_eq!(parse_time_of_day("19:00"), Some(19 * 60));
        assert_eq!(parse_time_of_day("7:05"), Some(7 * 60 + 5));
        assert_eq!(parse_time_of_day("19:00:00"), Some(19 * 60));
        assert_eq!(parse_time_of_day("11:00 AM"), Some(11 * 60));
        assert_eq!(parse_time_of_day("7:30 PM"), Some(19 * 60 + 30));
        assert_eq!(parse_time_of_day("7:30pm"), Some(19 * 60 + 30));
        assert_eq!(parse_time_of_day("7 p.m."), Some(19 * 60));
        assert_eq!(parse_time_of_day("12:00 AM"), Some(0));
        assert_eq!(parse_time_of_day("12:15 PM"), Some(12 * 60 + 15));
        assert_eq!(parse_time_of_day("noon"), Some(720));
        assert_eq!(parse_time_of_day("1930"), Some(19 * 60 + 30));
        assert_eq!(parse_time_of_day("24:00"), Some(1440));
        for bad in [
            "", "25:00", "12:60", "13:00 PM", "0:00 AM", "ab:cd", "19", "1:2:3:4",
        ] {
            assert_eq!(parse_time_of_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_names_and_abbreviations() {
        assert_eq!(parse_day_name("Sunday"), Some(0));
        assert_eq!(parse_day_name("tues"), Some(2));
        assert_eq!(parse_day_name("Thu"), Some(4));
        assert_eq!(parse_day_name("sábado"), Some(6));
        assert_eq!(parse_day_name("Miércoles"), Some(3));
        assert_eq!(parse_day_name("jeudi"), Some(4));
        assert_eq!(parse_day_name("t"), None);
        assert_eq!(parse_day_name("s"), None);
        assert_eq!(parse_day_name("someday"), None);
    }

    #[test]
    fn coordinates_reject_non_places() {
        assert_eq!(
            parse_coordinates(Some("39.87"), Some("-75.35")),
            Ok(Some((39.87, -75.35)))
        );
        assert_eq!(parse_coordinates(None, None), Ok(None));
        assert_eq!(parse_coordinates(Some(""), Some("")), Ok(None));
        for (lat, lon, problem) in [
            (Some("0"), Some("0.0"), CoordinateProblem::NullIsland),
            (
                Some("34.235918"),
                Some("-118.563659"),
                CoordinateProblem::Placeholder,
            ),
            (Some("91"), Some("0"), CoordinateProblem::OutOfRange),
            (Some("NaN"), Some("1"), CoordinateProblem::NotANumber),
            (Some("1"), None, CoordinateProblem::Missing),
        ] {
            assert_eq!(
                parse_coordinates(lat, lon),
                Err(problem),
                "{lat:?}, {lon:?}"
            );
        }
    }

    #[test]
    fn updated_in_real_shapes() {
        let want = Utc.with_ymd_and_hms(2022, 8, 25, 11, 17, 7).unwrap();
        assert_eq!(parse_updated("8/25/2022 11:17:07 AM"), Some(want));
        assert_eq!(parse_updated("2022-08-25 11:17:07"), Some(want));
        assert_eq!(
            parse_updated("2022-08-25 11:17:07.123").map(|d| d.timestamp()),
            Some(want.timestamp())
        );
        assert_eq!(parse_updated("2022-08-2511:17:07"), Some(want));
        assert_eq!(parse_updated("2022-08-25T13:17:07+02:00"), Some(want));
        assert_eq!(parse_updated("yesterday"), None);
    }

    #[test]
    fn timezone_aliases() {
        assert_eq!(
            parse_timezone("America/New_York"),
            Some(chrono_tz::America::New_York)
        );
        assert_eq!(
            parse_timezone("america/los_angeles"),
            Some(chrono_tz::America::Los_Angeles)
        );
        assert_eq!(parse_timezone("EST"), Some(chrono_tz::America::New_York));
        assert_eq!(
            parse_timezone("Pacific"),
            Some(chrono_tz::America::Los_Angeles)
        );
        assert_eq!(parse_timezone("Mars/Olympus"), None);
    }

    proptest! {
        #[test]
        fn time_parser_never_panics_and_stays_in_a_day(s in "\\PC{0,20}") {
            if let Some(m) = parse_time_of_day(&s) {
                prop_assert!(m <= DAY_MINUTES);
            }
        }

        #[test]
        fn every_24h_time_round_trips(h in 0u32..24, m in 0u32..60) {
            let s = format_minutes(h * 60 + m);
            prop_assert_eq!(parse_time_of_day(&s), Some(h * 60 + m));
            let hh = if h % 12 == 0 { 12 } else { h % 12 };
            let ampm = format!("{}:{:02} {}", hh, m, if h < 12 { "AM" } else { "PM" });
            prop_assert_eq!(parse_time_of_day(&ampm), Some(h * 60 + m));
        }

        #[test]
        fn day_parser_never_panics(s in "\\PC{0,16}") {
            if let Some(d) = parse_day_name(&s) { prop_assert!(d <= 6); }
        }

        #[test]
        fn coordinates_accepted_are_in_range(a in "\\PC{0,12}", b in "\\PC{0,12}", x in -200.0f64..200.0, y in -200.0f64..200.0) {
            if let Ok(Some((lat, lon))) = parse_coordinates(Some(&a), Some(&b)) {
                prop_assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
            }
            let xs = x.to_string();
            let ys = y.to_string();
            match parse_coordinates(Some(&xs), Some(&ys)) {
                Ok(Some(_)) => prop_assert!(x.abs() <= 90.0 && y.abs() <= 180.0),
                Err(CoordinateProblem::OutOfRange) => prop_assert!(x.abs() > 90.0 || y.abs() > 180.0),
                _ => {}
            }
        }

        #[test]
        fn updated_parser_never_panics(s in "\\PC{0,40}") {
            let _ = parse_updated(&s);
        }

        #[test]
        fn updated_parser_survives_multibyte_where_digits_belong(pre in "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]", tail in "\\PC{1,4}") {
            let _ = parse_updated(&format!("{pre}{tail}"));
        }

        #[test]
        fn fast_updated_agrees_with_chrono(y in 1990i32..2100, mo in 1u32..13, d in 1u32..29, h in 0u32..24, mi in 0u32..60, se in 0u32..60) {
            let iso = format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{se:02}");
            let want = NaiveDateTime::parse_from_str(&iso, "%Y-%m-%d %H:%M:%S").ok().map(|n| Utc.from_utc_datetime(&n));
            prop_assert_eq!(parse_updated(&iso), want);
            let hh = if h % 12 == 0 { 12 } else { h % 12 };
            let us = format!("{mo}/{d}/{y} {hh}:{mi:02}:{se:02} {}", if h < 12 { "AM" } else { "PM" });
            prop_assert_eq!(parse_updated(&us), want);
        }
    }
}

#[cfg(test)]
mod minute_of_day_tests {
    use super::minute_of_day;

    #[test]
    fn a_typed_time_is_its_minute_of_the_day_and_anything_else_is_a_typed_error() {
        assert_eq!(minute_of_day("18:00").unwrap(), 1080);
        assert_eq!(minute_of_day("00:00").unwrap(), 0);
        assert_eq!(minute_of_day("23:59").unwrap(), 1439);
        assert_eq!(minute_of_day("7:30 pm").unwrap(), 19 * 60 + 30);
        for bad in [
            "",
            "18",
            "25:00",
            "24:00",
            "12:60",
            "18:00:00:00",
            "six",
            "-1:00",
        ] {
            match minute_of_day(bad) {
                Err(crate::Error::InvalidArgument(m)) => {
                    assert!(m.to_string().contains("time of day"), "{bad}: {m}")
                }
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }
}
