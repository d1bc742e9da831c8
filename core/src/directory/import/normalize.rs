//! Turns a format-neutral [`RawMeeting`] into a [`Meeting`], deciding every odd case once for
//! all feed formats: missing or duplicate keys, times that pass midnight, end times that are
//! AM/PM slips, unknown time zones, coordinates that are not places, attendance.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::{Hash, Hasher};

use chrono_tz::Tz;

use super::notes;
use super::report::{ImportReport, WarningKind};
use crate::directory::model::{Attendance, Meeting, MeetingEnd, TimezoneOrigin};
use crate::directory::types;
use crate::l10n::Phrase;
use crate::support::parse::{self, DAY_MINUTES};

/// A meeting's weekday field as the importer read it.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum DayField {
    /// No day given (by appointment, if there is no time either).
    #[default]
    Absent,
    /// Days 0 = Sunday … 6 = Saturday.
    Days(Vec<u8>),
    /// A value that is not a day; the text says what it was.
    Invalid(String),
}

/// A meeting as read from any feed, before normalisation. Text fields are as the feed wrote
/// them; the importers only translate format-specific encodings (BMLT weekday 1–7, format ids).
#[derive(Debug, Clone, Default)]
pub struct RawMeeting {
    /// The feed's own key (slug, id).
    pub key: Option<String>,
    /// Meeting name.
    pub name: Option<String>,
    /// Weekdays, already in 0 = Sunday form.
    pub days: DayField,
    /// Start time as written.
    pub time: Option<String>,
    /// End time as written.
    pub end_time: Option<String>,
    /// Duration in minutes when the feed gives one instead of an end time (BMLT).
    pub duration: Option<String>,
    /// Time zone as written.
    pub timezone: Option<String>,
    /// Type codes or names as written (BMLT: world ids).
    pub types: Vec<String>,
    /// Language keys (BMLT `lang_enum`, language formats).
    pub languages: Vec<String>,
    /// Building or landmark.
    pub location_name: Option<String>,
    /// One-line address.
    pub formatted_address: Option<String>,
    /// Street part of a split address.
    pub address: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// The feed says the address is approximate.
    pub approximate: Option<bool>,
    /// Latitude as written.
    pub latitude: Option<CoordValue>,
    /// Longitude as written.
    pub longitude: Option<CoordValue>,
    /// Online meeting link.
    pub conference_url: Option<String>,
    /// Notes for the link.
    pub conference_url_notes: Option<String>,
    /// Dial-in number.
    pub conference_phone: Option<String>,
    /// Notes for the dial-in.
    pub conference_phone_notes: Option<String>,
    /// What the feed says about attendance (`attendance_option`, BMLT `venue_type`).
    pub attendance: Option<AttendanceHint>,
    /// Meeting notes.
    pub notes: Option<String>,
    /// Venue notes.
    pub location_notes: Option<String>,
    /// Region path, most general first.
    pub regions: Vec<String>,
    /// Group name.
    pub group: Option<String>,
    /// Meeting web page.
    pub url: Option<String>,
    /// Last-changed stamp as written.
    pub updated: Option<String>,
    /// Where to report a problem with the listing (Meeting Guide `feedback_url`).
    pub feedback_url: Option<String>,
    /// Who to write to about the listing (Meeting Guide `feedback_emails`).
    pub feedback_emails: Vec<String>,
}

/// A coordinate as the feed wrote it: a JSON number, or text to be parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum CoordValue {
    /// A number.
    Number(f64),
    /// Text ("39.87", "", "n/a").
    Text(String),
}

impl CoordValue {
    /// Text as a coordinate value (absent when empty).
    pub fn text(s: Option<String>) -> Option<Self> {
        s.map(CoordValue::Text)
    }
}

fn coordinates(
    lat: Option<&CoordValue>,
    lon: Option<&CoordValue>,
) -> Result<Option<(f64, f64)>, parse::CoordinateProblem> {
    match (lat, lon) {
        (Some(CoordValue::Number(a)), Some(CoordValue::Number(b))) => {
            parse::validate_point(*a, *b).map(Some)
        }
        _ => {
            let text = |v: Option<&CoordValue>| match v {
                None => None,
                Some(CoordValue::Number(n)) => Some(n.to_string()),
                Some(CoordValue::Text(t)) => Some(t.clone()),
            };
            parse::parse_coordinates(text(lat).as_deref(), text(lon).as_deref())
        }
    }
}

/// Attendance as a feed states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceHint {
    /// At a place only.
    InPerson,
    /// Online only.
    Online,
    /// Both.
    Hybrid,
    /// TSML's "inactive": temporarily closed with no online option.
    Inactive,
}

/// Per-source settings the normaliser applies.
#[derive(Debug, Clone)]
pub struct SourceContext {
    /// Source id (prefix of meeting ids).
    pub source_id: String,
    /// Program slug, which decides what type codes mean.
    pub program: String,
    /// Zone for meetings whose feed gives none.
    pub timezone: Option<Tz>,
}

/// Longest gap between start and an earlier-looking end that we read as "ends after midnight".
/// Beyond it (e.g. 12:15 → 01:15, 13 hours) the end is an AM/PM slip and is not trusted.
pub const MAX_PAST_MIDNIGHT_MINUTES: u32 = 4 * 60;
/// Length assumed when a feed gives no end, or one we cannot trust (the spec's default).
pub const DEFAULT_DURATION_MINUTES: u32 = 60;

/// Normalises the entries of one import, remembering keys it has seen.
pub struct Normalizer {
    ctx: SourceContext,
    seen: HashSet<String>,
    coords_seen: HashMap<(u64, u64), HashSet<u64>>,
}

impl Normalizer {
    /// A normaliser for one import of one source.
    pub fn new(ctx: SourceContext) -> Self {
        Self {
            ctx,
            seen: HashSet::default(),
            coords_seen: HashMap::default(),
        }
    }

    /// Normalises one entry. `Err` carries the key to report and the reason it was skipped;
    /// warnings about accepted entries go into `report`.
    pub fn normalize(
        &mut self,
        mut raw: RawMeeting,
        report: &mut ImportReport,
    ) -> Result<Meeting, (String, Phrase)> {
        let key_raw = clean(raw.key.take());
        let name_raw = clean(raw.name.take());
        // Empty when the entry has neither: the importer names it by its place (`#7`).
        let key_hint = key_raw
            .clone()
            .or_else(|| name_raw.clone())
            .unwrap_or_default();
        let name = match name_raw {
            Some(n) => truncate(n, 255),
            None => return Err((key_hint, Phrase::new(notes::SKIP_NO_NAME))),
        };

        // Schedule.
        let start = clean(raw.time.take());
        let mut weekdays = match (&raw.days, &start) {
            (DayField::Invalid(v), _) => {
                return Err((
                    key_hint,
                    Phrase::new(notes::SKIP_BAD_DAY).text("day", v.as_str()),
                ));
            }
            (DayField::Days(d), _) if !d.is_empty() => {
                let mut d = d.clone();
                d.sort_unstable();
                d.dedup();
                d
            }
            _ => Vec::new(),
        };
        let by_appointment_without_contact = raw.formatted_address.is_none()
            && raw.address.is_none()
            && raw.city.is_none()
            && raw.location_name.is_none()
            && raw.conference_url.is_none()
            && raw.conference_phone.is_none();
        let mut end_kind = MeetingEnd::Stated;
        let (start_minute, duration) = match (&start, weekdays.is_empty()) {
            (None, true) if by_appointment_without_contact => {
                // No time, no day, no place and no link: nothing a person could act on.
                return Err((key_hint, Phrase::new(notes::SKIP_NOTHING_TO_GO_TO)));
            }
            (None, true) => (None, None),
            (None, false) => return Err((key_hint, Phrase::new(notes::SKIP_DAY_NO_TIME))),
            (Some(t), true) => {
                return Err((
                    key_hint,
                    Phrase::new(notes::SKIP_TIME_NO_DAY).text("time", t.as_str()),
                ));
            }
            (Some(t), false) => {
                let Some(mut s) = parse::parse_time_of_day(t) else {
                    return Err((
                        key_hint,
                        Phrase::new(notes::SKIP_BAD_TIME).text("time", t.as_str()),
                    ));
                };
                if s == DAY_MINUTES {
                    // "24:00" as a start: midnight at the end of the day = 00:00 next day.
                    s = 0;
                    for d in &mut weekdays {
                        *d = (*d + 1) % 7;
                    }
                    weekdays.sort_unstable();
                }
                let (dur, end) = self.duration(&mut raw, s, &key_hint, report);
                end_kind = end;
                (Some(s as u16), Some(dur as u16))
            }
        };

        // Time zone: meeting → source → unknown (flagged, never guessed).
        let (timezone, timezone_origin) = match clean(raw.timezone.take()) {
            Some(tz) => match parse::parse_timezone(&tz) {
                Some(z) => (Some(z.name().to_string()), TimezoneOrigin::Meeting),
                None => {
                    report.warn(
                        Some(&key_hint),
                        WarningKind::UnknownTimezone,
                        Phrase::new(notes::UNKNOWN_ZONE).text("zone", tz.as_str()),
                    );
                    self.source_zone()
                }
            },
            None => self.source_zone(),
        };

        // Types and languages.
        let mut raw_types = Vec::new();
        let mut canonical = Vec::new();
        for t in &raw.types {
            let t = crate::support::text::single_line(t);
            let t = t.trim();
            if t.is_empty() {
                continue;
            }
            raw_types.push(t.to_string());
            match types::canonical_type(&self.ctx.program, t) {
                Some(c) => canonical.push(c),
                None => report.warn(
                    Some(&key_hint),
                    WarningKind::UnknownType,
                    Phrase::new(notes::UNKNOWN_TYPE).text("code", t),
                ),
            }
        }
        canonical.sort_unstable();
        canonical.dedup();
        if canonical.iter().any(|c| c == "C") && canonical.iter().any(|c| c == "O") {
            // Both open and closed: the TSML importer keeps "closed", the safer reading for
            // someone deciding whether they may attend.
            canonical.retain(|c| c != "O");
            report.warn(
                Some(&key_hint),
                WarningKind::ConflictingTypes,
                Phrase::new(notes::OPEN_AND_CLOSED),
            );
        }
        let mut languages: Vec<String> = canonical
            .iter()
            .filter_map(|c| types::language_of_type(c).map(String::from))
            .chain(
                raw.languages
                    .iter()
                    .filter_map(|l| types::language_from_key(l)),
            )
            .collect();
        languages.sort_unstable();
        languages.dedup();

        // Place.
        let street = clean(raw.address.take());
        let has_street_number = street
            .as_deref()
            .is_some_and(|s| s.chars().any(|c| c.is_ascii_digit()));
        let address = clean(raw.formatted_address.take()).or_else(|| {
            let state_zip = [clean(raw.state.take()), clean(raw.postal_code.take())]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let parts: Vec<String> = [
                street.clone(),
                clean(raw.city.take()),
                Some(state_zip).filter(|s| !s.is_empty()),
                clean(raw.country.take()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        });
        let approximate = raw.approximate.unwrap_or_else(|| match &address {
            // tsml-ui's rule: fewer than four comma-separated parts is a city or area.
            Some(a) => {
                // ... unless it names a street with a number.
                a.split(',').filter(|p| !p.trim().is_empty()).count() < 4 && !has_street_number
            }
            None => true,
        });

        // Online.
        let conference_url = clean(raw.conference_url.take()).filter(|u| {
            let ok = u.starts_with("https://") || u.starts_with("http://");
            if !ok {
                report.warn(
                    Some(&key_hint),
                    WarningKind::BadLink,
                    Phrase::new(notes::BAD_LINK),
                );
            }
            ok
        });
        let conference_phone = clean(raw.conference_phone.take());
        let dialable = conference_phone.as_deref().is_some_and(|p| {
            p.chars()
                .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '+' | '#' | '*'))
                .count()
                >= 10
        });
        let has_online =
            conference_url.is_some() || dialable || canonical.iter().any(|c| c == "ONL");
        let closed = canonical.iter().any(|c| c == "TC");
        // "Virtual Only" in the address, or a name like "Tuesday Hope Online": the feed says
        // the meeting is online even when it gives no link. Such a meeting is not a place.
        let says_online = !has_street_number
            && ([address.as_deref(), raw.location_name.as_deref()]
                .into_iter()
                .flatten()
                .any(says_online_only)
                || name_says_online(&name));
        let has_place = !approximate && !closed && address.is_some() && !says_online;
        let (attendance, temporarily_closed) = match raw.attendance {
            Some(AttendanceHint::InPerson) => (Attendance::InPerson, closed),
            Some(AttendanceHint::Online) => (Attendance::Online, false),
            Some(AttendanceHint::Hybrid) => (Attendance::Hybrid, false),
            Some(AttendanceHint::Inactive) => (Attendance::InPerson, true),
            None => match (has_place, has_online) {
                (true, true) => (Attendance::Hybrid, false),
                (false, true) => (Attendance::Online, false),
                (true, false) => (Attendance::InPerson, false),
                (false, false) if says_online && !closed => {
                    report.warn(
                        Some(&key_hint),
                        WarningKind::OnlineWithoutLink,
                        Phrase::new(notes::ONLINE_WITHOUT_LINK),
                    );
                    (Attendance::Online, false)
                }
                (false, false) => (Attendance::InPerson, closed),
            },
        };

        // Coordinates: never keep a point that is not a place.
        let (latitude, longitude) = match coordinates(raw.latitude.as_ref(), raw.longitude.as_ref())
        {
            Ok(Some((lat, lon))) if attendance.has_place() => {
                self.coords_seen
                    .entry((lat.to_bits(), lon.to_bits()))
                    .or_default()
                    .insert(fold_hash(address.as_deref().unwrap_or("")));
                (Some(lat), Some(lon))
            }
            // An online-only meeting has no place; BMLT stamps a map centre on them.
            Ok(_) => (None, None),
            Err(problem) => {
                if attendance.has_place() {
                    report.warn(
                        Some(&key_hint),
                        WarningKind::CoordinatesRejected,
                        Phrase::new(notes::COORDINATES).text("problem", problem.word()),
                    );
                }
                (None, None)
            }
        };

        // No zone from feed or source: the map's, where this build has it; else unknown, flagged.
        let (timezone, timezone_origin) = match (timezone, latitude.zip(longitude)) {
            (None, Some((lat, lon))) => match super::zone::zone_at(lat, lon) {
                Some(z) => {
                    report.warn(
                        None,
                        WarningKind::ZoneFromMap,
                        Phrase::new(notes::ZONE_FROM_MAP),
                    );
                    (Some(z.name().to_string()), TimezoneOrigin::Coordinates)
                }
                None => (None, self.no_zone(report)),
            },
            (None, None) => (None, self.no_zone(report)),
            (zone, _) => (zone, timezone_origin),
        };

        // Stable, unique key.
        let key = match key_raw {
            Some(k) => truncate(k, 128),
            None => {
                let k = derived_key(&name, &weekdays, start_minute, address.as_deref());
                report.warn(
                    Some(&k),
                    WarningKind::MissingKey,
                    Phrase::new(notes::MISSING_KEY),
                );
                k
            }
        };
        let key = if self.seen.contains(&key) {
            let mut n = 2;
            while self.seen.contains(&format!("{key}-{n}")) {
                n += 1;
            }
            let renamed = format!("{key}-{n}");
            report.warn(
                Some(&key),
                WarningKind::DuplicateKey,
                Phrase::new(notes::DUPLICATE_KEY).text("key", renamed.as_str()),
            );
            renamed
        } else {
            key
        };
        self.seen.insert(key.clone());

        let updated = clean(raw.updated.take()).and_then(|u| {
            let parsed = parse::parse_updated(&u);
            if parsed.is_none() {
                report.warn(
                    Some(&key),
                    WarningKind::BadUpdated,
                    Phrase::new(notes::BAD_UPDATED).text("value", u.as_str()),
                );
            }
            parsed.map(|d| rfc3339_utc(&d))
        });

        Ok(Meeting {
            id: {
                let mut id = String::with_capacity(self.ctx.source_id.len() + 1 + key.len());
                id.push_str(&self.ctx.source_id);
                id.push(':');
                id.push_str(&key);
                id
            },
            source_id: self.ctx.source_id.clone(),
            key,
            name,
            program: self.ctx.program.clone(),
            weekdays,
            start_minute,
            duration_minutes: duration,
            end: end_kind,
            timezone,
            timezone_origin,
            attendance,
            temporarily_closed,
            location_name: clean(raw.location_name),
            address,
            approximate_location: approximate,
            latitude,
            longitude,
            conference_url,
            conference_url_notes: clean_lines(raw.conference_url_notes),
            conference_phone,
            conference_phone_notes: clean_lines(raw.conference_phone_notes),
            types: canonical,
            raw_types,
            languages,
            notes: clean_lines(raw.notes),
            location_notes: clean_lines(raw.location_notes),
            region: raw
                .regions
                .into_iter()
                .filter_map(|r| clean(Some(r)))
                .collect(),
            group: clean(raw.group),
            url: clean(raw.url).filter(|u| u.starts_with("http")),
            updated,
            feedback_url: clean(raw.feedback_url).filter(|u| u.starts_with("http")),
            feedback_emails: raw
                .feedback_emails
                .into_iter()
                .filter_map(|e| clean(Some(e)))
                .filter(|e| looks_like_email(e))
                .collect(),
            also_listed_as: Vec::new(),
        })
    }

    /// Points given to meetings at `threshold` or more different addresses: not a venue but a
    /// server's default map centre or a city-level geocode, so never used for distance.
    pub fn crowded_points(&self, threshold: usize) -> Vec<(f64, f64)> {
        self.coords_seen
            .iter()
            .filter(|(_, addresses)| addresses.len() >= threshold)
            .map(|((a, b), _)| (f64::from_bits(*a), f64::from_bits(*b)))
            .collect()
    }

    fn source_zone(&self) -> (Option<String>, TimezoneOrigin) {
        match self.ctx.timezone {
            Some(z) => (Some(z.name().to_string()), TimezoneOrigin::Source),
            None => (None, TimezoneOrigin::Unknown),
        }
    }

    fn no_zone(&self, report: &mut ImportReport) -> TimezoneOrigin {
        report.warn(None, WarningKind::NoTimezone, Phrase::new(notes::NO_ZONE));
        TimezoneOrigin::Unknown
    }

    /// The meeting's length and whether the feed said it: a start of 00:00 with an end of
    /// 23:59 or 24:00 (or a length of a whole day) is open all day; no end, or one that
    /// cannot be right, is an assumed hour.
    fn duration(
        &self,
        raw: &mut RawMeeting,
        start: u32,
        key: &str,
        report: &mut ImportReport,
    ) -> (u32, MeetingEnd) {
        let assumed = (DEFAULT_DURATION_MINUTES, MeetingEnd::Assumed);
        if let Some(d) = clean(raw.duration.take()) {
            return match parse::parse_duration(&d) {
                Some(0) | None => {
                    report.warn(
                        None,
                        WarningKind::DefaultDuration,
                        Phrase::new(notes::DEFAULT_DURATION),
                    );
                    assumed
                }
                Some(m) if start == 0 && m >= DAY_MINUTES - 1 => (DAY_MINUTES, MeetingEnd::AllDay),
                Some(m) => (m, MeetingEnd::Stated),
            };
        }
        let Some(end_text) = clean(raw.end_time.take()) else {
            return assumed;
        };
        let Some(mut end) = parse::parse_time_of_day(&end_text) else {
            report.warn(
                Some(key),
                WarningKind::BadEndTime,
                Phrase::new(notes::END_NOT_TIME).text("end", end_text.as_str()),
            );
            return assumed;
        };
        if end == 23 * 60 + 59 {
            // TSML writes midnight as 23:59.
            end = DAY_MINUTES;
        }
        if end == DAY_MINUTES && start == 0 {
            // 00:00–23:59: a clubhouse or phone line listed as open the whole day.
            return (DAY_MINUTES, MeetingEnd::AllDay);
        }
        if end == start {
            report.warn(
                Some(key),
                WarningKind::BadEndTime,
                Phrase::new(notes::END_AT_START).text("end", end_text.as_str()),
            );
            return assumed;
        }
        if end > start {
            return (end - start, MeetingEnd::Stated);
        }
        let past_midnight = end + DAY_MINUTES - start;
        if past_midnight <= MAX_PAST_MIDNIGHT_MINUTES {
            (past_midnight, MeetingEnd::Stated)
        } else {
            report.warn(
                Some(key),
                WarningKind::BadEndTime,
                Phrase::new(notes::END_BEFORE_START)
                    .text("end", parse::format_minutes(end))
                    .number("hours", (start - end) / 60)
                    .text("start", parse::format_minutes(start)),
            );
            assumed
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`, written digit by digit (chrono's formatter is measurably slow
/// over 100,000 meetings).
fn rfc3339_utc(d: &chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Datelike, Timelike};
    let mut out = String::with_capacity(20);
    let mut push = |n: u32, width: u32, sep: Option<char>| {
        for i in (0..width).rev() {
            out.push(char::from(b'0' + ((n / 10u32.pow(i)) % 10) as u8));
        }
        if let Some(c) = sep {
            out.push(c);
        }
    };
    push(d.year().clamp(0, 9999) as u32, 4, Some('-'));
    push(d.month(), 2, Some('-'));
    push(d.day(), 2, Some('T'));
    push(d.hour(), 2, Some(':'));
    push(d.minute(), 2, Some(':'));
    push(d.second(), 2, Some('Z'));
    out
}

/// A hash of text with case ignored, without allocating.
fn fold_hash(s: &str) -> u64 {
    // FNV-1a over ASCII-lowercased bytes: enough to tell addresses apart, and cheap.
    s.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100000001b3)
    })
}

/// Trims and makes one line of it ([`crate::support::text::single_line`]: no control characters);
/// empty and whitespace-only become `None`.
pub fn clean(s: Option<String>) -> Option<String> {
    cleaned(s, crate::support::text::single_line)
}

/// Like [`clean`] for fields that may hold several lines (notes): `\n` is kept
/// ([`crate::support::text::multi_line`]).
pub fn clean_lines(s: Option<String>) -> Option<String> {
    cleaned(s, crate::support::text::multi_line)
}

fn cleaned(
    s: Option<String>,
    without_controls: for<'a> fn(&'a str) -> std::borrow::Cow<'a, str>,
) -> Option<String> {
    let s = s?;
    let s = match without_controls(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(o) => o,
    };
    trimmed(s)
}

/// Longest text field kept from a feed (notes, addresses, links…), in characters; the rest is
/// cut. Names have their own, shorter limit. Real fields are far shorter; this keeps a broken or
/// hostile feed from filling the directory and every screen with one field.
pub const MAX_FIELD_CHARS: usize = 10_000;

fn trimmed(s: String) -> Option<String> {
    let s = truncate(s, MAX_FIELD_CHARS);
    let t = s.trim();
    if t.is_empty() {
        None
    } else if t.len() == s.len() {
        Some(s)
    } else {
        Some(t.to_string())
    }
}

fn truncate(s: String, max_chars: usize) -> String {
    if s.len() <= max_chars {
        return s;
    }
    s.chars().take(max_chars).collect()
}

fn derived_key(name: &str, days: &[u8], start: Option<u16>, address: Option<&str>) -> String {
    // FNV-1a: stable across Rust versions and platforms, unlike `DefaultHasher`.
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for b in bytes {
                self.0 ^= u64::from(*b);
                self.0 = self.0.wrapping_mul(0x100000001b3);
            }
        }
    }
    let mut h = Fnv(0xcbf29ce484222325);
    name.hash(&mut h);
    days.hash(&mut h);
    start.hash(&mut h);
    address.hash(&mut h);
    format!("auto-{:016x}", h.finish())
}

/// Whether an address or venue line says the meeting is online only ("Virtual Only",
/// "Online", "Zoom meeting"): the whole line is such words, with no place in it.
fn says_online_only(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    const ONLINE: &[&str] = &["virtual", "online", "zoom", "internet", "web", "video"];
    const FILLER: &[&str] = &["only", "meeting", "meetings", "call", "just", "group"];
    !words.is_empty()
        && words.iter().any(|w| ONLINE.contains(&w.as_str()))
        && words
            .iter()
            .all(|w| ONLINE.contains(&w.as_str()) || FILLER.contains(&w.as_str()))
}

/// Whether text could be an e-mail address to write to: one `@`, something either side, a dot
/// in the domain, and nothing that would break out of a `mailto:` link.
fn looks_like_email(e: &str) -> bool {
    let Some((user, domain)) = e.split_once('@') else {
        return false;
    };
    e.len() <= 254
        && !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && e.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@.-_+'".contains(c))
        && !domain.contains('@')
}

/// Whether a meeting's name ends by saying it is online ("Hope Online", "Steps (Virtual)").
fn name_says_online(name: &str) -> bool {
    let last = name
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(last.as_str(), "online" | "virtual" | "zoom")
}
