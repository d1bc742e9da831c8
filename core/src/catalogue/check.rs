//! The rules a catalogue file must follow, each problem worded for the person fixing it.
//!
//! The file is first read as plain TOML, then each `[[source]]` on its own, so that one bad
//! entry does not hide the problems of the next: everything wrong is reported in one go.

use std::collections::HashMap;

use chrono::NaiveDate;
use chrono_tz::Tz;
use reqwest::Url;
use serde::Deserialize;

use super::words as w;
use super::{
    BoundingBox, Catalogue, CatalogueProblem, CatalogueSource, KNOWN_PROGRAMS, MAX_ID_CHARS,
    MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_URL_CHARS, WHOLE_WORLD_LAT_SPAN, WHOLE_WORLD_LON_SPAN,
    WORLDWIDE,
};
use crate::directory::import::FeedFormat;
use crate::l10n::Phrase;

/// One `[[source]]` as written, before its values are checked. The schema is closed.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    name: String,
    program: toml::Value,
    format: String,
    url: String,
    country: String,
    timezone: Option<String>,
    bbox: Option<Vec<f64>>,
    #[serde(default)]
    online_only: bool,
    feedback: Option<String>,
    verified: Option<toml::Value>,
    source_ref: Option<String>,
    notes: Option<String>,
}

/// The setting that marks an online-only source, as written in the file.
const ONLINE_ONLY: &str = "online_only = true";

/// The fields of a `[[source]]`, as [`RawSource`] names them.
const FIELDS: &[&str] = &[
    "id",
    "name",
    "program",
    "format",
    "url",
    "country",
    "timezone",
    "bbox",
    "online_only",
    "feedback",
    "verified",
    "source_ref",
    "notes",
];

/// Checks the whole text. The catalogue is `Some` only when every source could be read; the
/// caller uses it only when the problem list is empty.
pub(super) fn check(text: &str, today: NaiveDate) -> (Option<Catalogue>, Vec<CatalogueProblem>) {
    let mut problems = Vec::new();
    let file = |m: Phrase| CatalogueProblem {
        source_number: None,
        source_id: None,
        message: m,
    };
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            let why = e.message().trim().to_string();
            let phrase = match e.span() {
                Some(s) => {
                    let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                    Phrase::new(w::NOT_TOML_AT_LINE).number("line", line)
                }
                None => Phrase::new(w::NOT_TOML),
            };
            problems.push(file(phrase.text("why", why)));
            return (None, problems);
        }
    };
    for key in table.keys() {
        if key != "version" && key != "source" {
            problems.push(file(
                Phrase::new(w::UNKNOWN_TOP_FIELD)
                    .text("key", key.as_str())
                    .text("version", "version")
                    .text("table", "[[source]]"),
            ));
        }
    }
    let version = match table.get("version") {
        None => {
            problems.push(file(
                Phrase::new(w::VERSION_MISSING)
                    .text("field", "version")
                    .text("example", "version = 1"),
            ));
            None
        }
        Some(toml::Value::Integer(v)) if *v >= 1 && *v <= i64::from(u32::MAX) => Some(*v as u32),
        Some(other) => {
            let (kind, value) = match other {
                toml::Value::Integer(v) => ("number", v.to_string()),
                v => (v.type_str(), v.type_str().to_string()),
            };
            problems.push(file(
                Phrase::new(w::VERSION_WRONG)
                    .text("field", "version")
                    .text("kind", kind)
                    .text("value", value),
            ));
            None
        }
    };
    let entries: &[toml::Value] = match table.get("source") {
        None => {
            problems.push(file(Phrase::new(w::NO_SOURCES).text("table", "[[source]]")));
            &[]
        }
        Some(toml::Value::Array(a)) => a,
        Some(_) => {
            problems.push(file(
                Phrase::new(w::SOURCE_NOT_TABLES)
                    .text("field", "source")
                    .text("table", "[[source]]"),
            ));
            &[]
        }
    };

    let mut sources = Vec::new();
    let mut all_read = true;
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut urls: HashMap<String, (usize, Option<String>)> = HashMap::new();
    for (i, value) in entries.iter().enumerate() {
        let number = i + 1;
        let id = value.get("id").and_then(|v| v.as_str()).map(str::to_string);
        let mut say = |m: Phrase| {
            problems.push(CatalogueProblem {
                source_number: Some(number),
                source_id: id.clone(),
                message: m,
            })
        };
        if !value.is_table() {
            say(Phrase::new(w::SOURCE_NOT_TABLE).text("table", "[[source]]"));
            all_read = false;
            continue;
        }
        // Duplicates are found from what is written, even in an entry that fails the schema.
        if let Some(id) = &id {
            if let Some(first) = ids.get(id) {
                say(Phrase::new(w::DUPLICATE_ID).number("first", *first));
            } else {
                ids.insert(id.clone(), number);
            }
        }
        if let Some(key) = value
            .get("url")
            .and_then(|v| v.as_str())
            .and_then(normalise_url)
        {
            if let Some((first, first_id)) = urls.get(&key) {
                say(match first_id {
                    Some(first_id) => Phrase::new(w::DUPLICATE_URL)
                        .number("first", *first)
                        .text("id", first_id.as_str()),
                    None => Phrase::new(w::DUPLICATE_URL_NO_ID).number("first", *first),
                });
            } else {
                urls.insert(key, (number, id.clone()));
            }
        }
        // Unknown fields are reported and set aside, so the rest of the entry is still checked.
        let mut table = value.as_table().cloned().unwrap_or_default();
        table.retain(|key, _| {
            let known = FIELDS.contains(&AsRef::<str>::as_ref(key));
            if !known {
                say(Phrase::new(w::UNKNOWN_FIELD)
                    .text("key", key.to_string())
                    .text("fields", FIELDS.join(", ")));
            }
            known
        });
        let raw: RawSource = match toml::Value::Table(table).try_into() {
            Ok(r) => r,
            Err(e) => {
                say(Phrase::new(w::ENTRY_SHAPE).text("why", e.message().trim()));
                all_read = false;
                continue;
            }
        };
        match check_source(raw, today) {
            Ok(s) => sources.push(s),
            Err(messages) => {
                messages.into_iter().for_each(&mut say);
                all_read = false;
            }
        }
    }
    let catalogue = match (version, all_read) {
        (Some(version), true) => Some(Catalogue { version, sources }),
        _ => None,
    };
    (catalogue, problems)
}

/// Checks one entry's values; every problem in it, or the source.
fn check_source(raw: RawSource, today: NaiveDate) -> Result<CatalogueSource, Vec<Phrase>> {
    let mut problems = Vec::new();
    let mut keep = |r: Result<(), Phrase>| {
        if let Err(m) = r {
            problems.push(m)
        }
    };

    keep(check_id(&raw.id));
    keep(check_text("name", &raw.name, MAX_NAME_CHARS, false));
    if raw.name.trim().is_empty() {
        keep(Err(Phrase::new(w::NAME_EMPTY).text("field", "name")));
    }
    let programs = programs(&raw.program).map_err(|m| keep(Err(m))).ok();
    let format = check_format(&raw.format).map_err(|m| keep(Err(m))).ok();
    keep(check_url("url", &raw.url).map(|_| ()));
    if raw.country == WORLDWIDE && !raw.online_only {
        keep(Err(Phrase::new(w::WORLDWIDE_NOT_ONLINE)
            .text("code", WORLDWIDE)
            .text("setting", ONLINE_ONLY)));
    }
    if !(raw.country.len() == 2 && raw.country.bytes().all(|b| b.is_ascii_uppercase())) {
        keep(Err(Phrase::new(w::BAD_COUNTRY)
            .text("country", format!("{:?}", raw.country))
            .text("standard", "ISO 3166-1 alpha-2")
            .text("first", "GB")
            .text("second", "IE")
            .text("third", "US")));
    }
    let timezone = match raw.timezone.as_deref() {
        None => None,
        Some(z) => match z.parse::<Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                keep(Err(Phrase::new(w::BAD_TIMEZONE)
                    .text("zone", format!("{z:?}"))
                    .text("first", "Europe/London")
                    .text("second", "America/New_York")));
                None
            }
        },
    };
    let bbox = match &raw.bbox {
        None => None,
        Some(b) => check_bbox(b, raw.online_only)
            .map_err(|m| keep(Err(m)))
            .ok(),
    };
    if let Some(f) = &raw.feedback {
        if f.contains('@') {
            keep(Err(Phrase::new(w::FEEDBACK_EMAIL).text("field", "feedback")));
        } else {
            keep(check_url("feedback", f).map(|_| ()));
        }
    }
    let verified = match &raw.verified {
        None => None,
        Some(v) => check_verified(v, today).map_err(|m| keep(Err(m))).ok(),
    };
    if let Some(r) = &raw.source_ref {
        keep(check_text("source_ref", r, MAX_URL_CHARS, false));
    }
    if let Some(n) = &raw.notes {
        keep(check_text("notes", n, MAX_NOTES_CHARS, true));
        if let Some(why) = looks_like_phone(n) {
            keep(Err(why.text("field", "notes")));
        }
    }
    if let Some(why) = looks_like_phone(&raw.name) {
        keep(Err(why.text("field", "name")));
    }

    match (problems.is_empty(), programs, format) {
        (true, Some(programs), Some(format)) => Ok(CatalogueSource {
            id: raw.id,
            name: raw.name.trim().to_string(),
            programs,
            format,
            url: raw.url,
            country: raw.country,
            timezone,
            bbox,
            online_only: raw.online_only,
            feedback: raw.feedback,
            verified,
            source_ref: raw.source_ref,
            notes: raw.notes,
        }),
        _ => Err(problems),
    }
}

fn check_id(id: &str) -> Result<(), Phrase> {
    let slug = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS || !slug || id.starts_with('-') {
        return Err(Phrase::new(w::BAD_ID)
            .text("id", format!("{id:?}"))
            .number("max", MAX_ID_CHARS)
            .text("example", "uk-na-region"));
    }
    Ok(())
}

fn programs(value: &toml::Value) -> Result<Vec<String>, Phrase> {
    let not_names = || Phrase::new(w::PROGRAM_NOT_NAMES).text("field", "program");
    let list: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(a) => a
            .iter()
            .map(|v| v.as_str().ok_or(()))
            .collect::<Result<_, _>>()
            .map_err(|_| not_names())?,
        _ => return Err(not_names()),
    };
    if list.is_empty() {
        return Err(Phrase::new(w::PROGRAM_EMPTY)
            .text("field", "program")
            .text("example", "\"na\""));
    }
    let mut out: Vec<String> = Vec::new();
    for p in list {
        if !KNOWN_PROGRAMS.iter().any(|(k, _)| *k == p) {
            let known: Vec<&str> = KNOWN_PROGRAMS.iter().map(|(k, _)| *k).collect();
            return Err(Phrase::new(w::PROGRAM_UNKNOWN)
                .text("program", format!("{p:?}"))
                .text("known", known.join(", "))
                .text("list", "KNOWN_PROGRAMS")
                .text("file", "core/src/catalogue/mod.rs"));
        }
        if out.iter().any(|o| o == p) {
            return Err(Phrase::new(w::PROGRAM_TWICE).text("program", format!("{p:?}")));
        }
        out.push(p.to_string());
    }
    Ok(out)
}

fn check_format(f: &str) -> Result<FeedFormat, Phrase> {
    [
        FeedFormat::MeetingGuide,
        FeedFormat::Bmlt,
        FeedFormat::TsmlCsv,
        FeedFormat::NawsCsv,
    ]
    .into_iter()
    .find(|k| k.as_str() == f)
    .ok_or_else(|| {
        Phrase::new(w::BAD_FORMAT)
            .text("format", format!("{f:?}"))
            .text("known", "meeting-guide, bmlt, tsml-csv, naws-csv")
    })
}

/// Checks an address: https, or http to this machine only (tests); no log-in or `@`.
pub(super) fn check_url(field: &'static str, s: &str) -> Result<Url, Phrase> {
    let say = |id: &'static str| Phrase::new(id).text("field", field);
    if s.chars().count() > MAX_URL_CHARS {
        return Err(say(w::TOO_LONG).number("max", MAX_URL_CHARS));
    }
    if s.contains('@') {
        return Err(say(w::URL_AT));
    }
    let url = Url::parse(s).map_err(|_| say(w::NOT_WEB_ADDRESS).text("value", format!("{s:?}")))?;
    match url.scheme() {
        "https" if url.host().is_some() => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(say(w::PLAIN_HTTP).text("scheme", "https://")),
        _ => Err(say(w::NOT_HTTPS).text("scheme", "https://")),
    }
}

fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || ip
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The form two URLs are compared in: scheme and host in lower case (the parser does that),
/// no fragment, no trailing slash.
pub(super) fn normalise_url(s: &str) -> Option<String> {
    let mut url = Url::parse(s.trim()).ok()?;
    url.set_fragment(None);
    Some(url.as_str().trim_end_matches('/').to_string())
}

fn check_bbox(b: &[f64], online_only: bool) -> Result<BoundingBox, Phrase> {
    let say = |id: &'static str| {
        Phrase::new(id)
            .text("field", "bbox")
            .text("shape", "[min_lat, min_lon, max_lat, max_lon]")
    };
    let [min_lat, min_lon, max_lat, max_lon] = b else {
        return Err(say(w::BBOX_COUNT).number("count", b.len()));
    };
    let (min_lat, min_lon, max_lat, max_lon) = (*min_lat, *min_lon, *max_lat, *max_lon);
    let lat_ok = |v: f64| (-90.0..=90.0).contains(&v);
    let lon_ok = |v: f64| (-180.0..=180.0).contains(&v);
    if !(lat_ok(min_lat) && lat_ok(max_lat) && lon_ok(min_lon) && lon_ok(max_lon)) {
        return Err(say(w::BBOX_OFF_MAP)
            .text("lat", "-90..90")
            .text("lon", "-180..180"));
    }
    if min_lat >= max_lat || min_lon >= max_lon {
        return Err(say(w::BBOX_SWAPPED));
    }
    let whole_world =
        max_lat - min_lat >= WHOLE_WORLD_LAT_SPAN && max_lon - min_lon >= WHOLE_WORLD_LON_SPAN;
    if whole_world && !online_only {
        return Err(say(w::BBOX_WHOLE_WORLD).text("setting", ONLINE_ONLY));
    }
    Ok(BoundingBox {
        min_lat,
        min_lon,
        max_lat,
        max_lon,
    })
}

fn check_verified(v: &toml::Value, today: NaiveDate) -> Result<NaiveDate, Phrase> {
    let wrong = || {
        Phrase::new(w::VERIFIED_NOT_DATE)
            .text("field", "verified")
            .text("example", "2026-11-30")
    };
    let date = match v {
        toml::Value::Datetime(dt) => match (dt.date, dt.time) {
            (Some(d), None) => {
                NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                    .ok_or_else(wrong)?
            }
            _ => return Err(wrong()),
        },
        toml::Value::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| wrong())?,
        _ => return Err(wrong()),
    };
    if date > today + chrono::Duration::days(1) {
        return Err(Phrase::new(w::VERIFIED_FUTURE)
            .text("field", "verified")
            .text("date", date.to_string()));
    }
    Ok(date)
}

/// Length, control characters and email addresses in a text field.
fn check_text(field: &'static str, s: &str, max: usize, multiline: bool) -> Result<(), Phrase> {
    let say = |id: &'static str| Phrase::new(id).text("field", field);
    if s.chars().count() > max {
        return Err(say(w::TOO_LONG).number("max", max));
    }
    if s.chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        return Err(say(w::CONTROL_CHARACTERS));
    }
    if contains_email(s) {
        return Err(say(w::EMAIL).text("feedback", "feedback"));
    }
    Ok(())
}

/// Whether `s` holds something shaped like an email address (`local@domain.tld`).
pub(super) fn contains_email(s: &str) -> bool {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    s.match_indices('@').any(|(at, _)| {
        let before = s[..at].chars().next_back().is_some_and(local);
        let after: String = s[at + 1..].chars().take_while(|c| domain(*c)).collect();
        let after = after.trim_end_matches('.');
        before && after.contains('.') && !after.starts_with('.')
    })
}

/// The problem (to be given its `field`) when `s` holds something shaped like a phone number:
/// a run of at least nine digits with only spaces, dots, dashes, brackets or a plus between
/// them.
pub(super) fn looks_like_phone(s: &str) -> Option<Phrase> {
    let mut digits = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 9 {
                return Some(Phrase::new(w::PHONE));
            }
        } else if !" .-()+".contains(c) {
            digits = 0;
        }
    }
    None
}
