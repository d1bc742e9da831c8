//! The rules a catalogue file must follow, each problem worded for the person fixing it.
//!
//! The file is first read as plain TOML, then each `[[source]]` on its own, so that one bad
//! entry does not hide the problems of the next: everything wrong is reported in one go.

use std::collections::HashMap;

use chrono::NaiveDate;
use chrono_tz::Tz;
use reqwest::Url;
use serde::Deserialize;

use super::{
    BoundingBox, Catalogue, CatalogueProblem, CatalogueSource, KNOWN_PROGRAMS, MAX_ID_CHARS,
    MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_URL_CHARS, WHOLE_WORLD_LAT_SPAN, WHOLE_WORLD_LON_SPAN,
    WORLDWIDE,
};
use crate::directory::import::FeedFormat;

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
    let file = |m: String| CatalogueProblem {
        source_number: None,
        source_id: None,
        message: m,
    };
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            let why = e.message().trim().to_string();
            let at = e
                .span()
                .map(|s| {
                    let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                    format!(" (line {line})")
                })
                .unwrap_or_default();
            problems.push(file(format!("the file is not valid TOML{at}: {why}")));
            return (None, problems);
        }
    };
    for key in table.keys() {
        if key != "version" && key != "source" {
            problems.push(file(format!(
                "unknown top-level field `{key}`: only `version` and `[[source]]` tables belong \
                 at the top of the file"
            )));
        }
    }
    let version = match table.get("version") {
        None => {
            problems.push(file(
                "`version` is missing: start the file with `version = 1` (the catalogue's \
                 revision)"
                    .into(),
            ));
            None
        }
        Some(toml::Value::Integer(v)) if *v >= 1 && *v <= i64::from(u32::MAX) => Some(*v as u32),
        Some(other) => {
            let what = match other {
                toml::Value::Integer(v) => v.to_string(),
                v => format!("a {}", v.type_str()),
            };
            problems.push(file(format!(
                "`version` must be a whole number of at least 1, not {what}"
            )));
            None
        }
    };
    let entries: &[toml::Value] = match table.get("source") {
        None => {
            problems.push(file(
                "the catalogue lists no sources: add `[[source]]` tables".into(),
            ));
            &[]
        }
        Some(toml::Value::Array(a)) => a,
        Some(_) => {
            problems.push(file(
                "`source` must be written as `[[source]]` tables, one per source".into(),
            ));
            &[]
        }
    };

    let mut sources = Vec::new();
    let mut all_read = true;
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut urls: HashMap<String, (usize, String)> = HashMap::new();
    for (i, value) in entries.iter().enumerate() {
        let number = i + 1;
        let id = value.get("id").and_then(|v| v.as_str()).map(str::to_string);
        let mut say = |m: String| {
            problems.push(CatalogueProblem {
                source_number: Some(number),
                source_id: id.clone(),
                message: m,
            })
        };
        if !value.is_table() {
            say("each source must be a `[[source]]` table".into());
            all_read = false;
            continue;
        }
        // Duplicates are found from what is written, even in an entry that fails the schema.
        if let Some(id) = &id {
            if let Some(first) = ids.get(id) {
                say(format!(
                    "the id is already used by source {first}: ids must be unique"
                ));
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
                say(format!(
                    "the same URL as source {first} ({first_id}): each feed is listed once"
                ));
            } else {
                urls.insert(key, (number, id.clone().unwrap_or_else(|| "no id".into())));
            }
        }
        // Unknown fields are reported and set aside, so the rest of the entry is still checked.
        let mut table = value.as_table().cloned().unwrap_or_default();
        table.retain(|key, _| {
            let known = FIELDS.contains(&AsRef::<str>::as_ref(key));
            if !known {
                say(format!(
                    "unknown field `{key}`: the fields are {}",
                    FIELDS.join(", ")
                ));
            }
            known
        });
        let raw: RawSource = match toml::Value::Table(table).try_into() {
            Ok(r) => r,
            Err(e) => {
                say(format!(
                    "this entry does not fit the catalogue's fields: {}",
                    e.message().trim()
                ));
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
fn check_source(raw: RawSource, today: NaiveDate) -> Result<CatalogueSource, Vec<String>> {
    let mut problems = Vec::new();
    let mut keep = |r: Result<(), String>| {
        if let Err(m) = r {
            problems.push(m)
        }
    };

    keep(check_id(&raw.id));
    keep(check_text("name", &raw.name, MAX_NAME_CHARS, false));
    if raw.name.trim().is_empty() {
        keep(Err(
            "`name` is empty: give the organisation's name for it".into()
        ));
    }
    let programs = programs(&raw.program).map_err(|m| keep(Err(m))).ok();
    let format = check_format(&raw.format).map_err(|m| keep(Err(m))).ok();
    keep(check_url("url", &raw.url).map(|_| ()));
    if raw.country == WORLDWIDE && !raw.online_only {
        keep(Err(format!(
            "country {WORLDWIDE} (worldwide) is only for online-only sources: give the \
             country the meetings are in, or set `online_only = true`"
        )));
    }
    if !(raw.country.len() == 2 && raw.country.bytes().all(|b| b.is_ascii_uppercase())) {
        keep(Err(format!(
            "country {:?} is not a country code: write two capital letters (ISO 3166-1 \
             alpha-2), such as GB, IE or US",
            raw.country
        )));
    }
    let timezone = match raw.timezone.as_deref() {
        None => None,
        Some(z) => match z.parse::<Tz>() {
            Ok(tz) => Some(tz),
            Err(_) => {
                keep(Err(format!(
                    "timezone {z:?} is not an IANA time zone: write one such as Europe/London \
                     or America/New_York"
                )));
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
            keep(Err(
                "`feedback` must be the organisation's contact page (an https address), not an \
                 email address"
                    .into(),
            ));
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
            keep(Err(format!("`notes` {why}")));
        }
    }
    if let Some(why) = looks_like_phone(&raw.name) {
        keep(Err(format!("`name` {why}")));
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

fn check_id(id: &str) -> Result<(), String> {
    let slug = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS || !slug || id.starts_with('-') {
        return Err(format!(
            "id {id:?} is not a slug: use up to {MAX_ID_CHARS} lower-case letters, digits and \
             dashes, such as uk-na-region"
        ));
    }
    Ok(())
}

fn programs(value: &toml::Value) -> Result<Vec<String>, String> {
    let list: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(a) => a
            .iter()
            .map(|v| v.as_str().ok_or(()))
            .collect::<Result<_, _>>()
            .map_err(|_| "`program` must be a name or a list of names".to_string())?,
        _ => return Err("`program` must be a name or a list of names".into()),
    };
    if list.is_empty() {
        return Err("`program` is empty: name at least one, such as \"na\"".into());
    }
    let mut out: Vec<String> = Vec::new();
    for p in list {
        if !KNOWN_PROGRAMS.iter().any(|(k, _)| *k == p) {
            let known: Vec<&str> = KNOWN_PROGRAMS.iter().map(|(k, _)| *k).collect();
            return Err(format!(
                "program {p:?} is not one Waymark knows: use one of {} (a new fellowship is \
                 added to KNOWN_PROGRAMS in core/src/catalogue/mod.rs)",
                known.join(", ")
            ));
        }
        if out.iter().any(|o| o == p) {
            return Err(format!("program {p:?} is listed twice"));
        }
        out.push(p.to_string());
    }
    Ok(out)
}

fn check_format(f: &str) -> Result<FeedFormat, String> {
    [
        FeedFormat::MeetingGuide,
        FeedFormat::Bmlt,
        FeedFormat::TsmlCsv,
        FeedFormat::NawsCsv,
    ]
    .into_iter()
    .find(|k| k.as_str() == f)
    .ok_or_else(|| {
        format!(
            "format {f:?} is not one Waymark reads: use meeting-guide, bmlt, tsml-csv or naws-csv"
        )
    })
}

/// Checks an address: https, or http to this machine only (tests); no log-in or `@`.
pub(super) fn check_url(field: &str, s: &str) -> Result<Url, String> {
    if s.chars().count() > MAX_URL_CHARS {
        return Err(format!(
            "`{field}` is longer than {MAX_URL_CHARS} characters"
        ));
    }
    if s.contains('@') {
        return Err(format!(
            "`{field}` contains an @: an address here must not carry a log-in or an email address"
        ));
    }
    let url = Url::parse(s).map_err(|_| format!("`{field}` {s:?} is not a web address"))?;
    match url.scheme() {
        "https" if url.host().is_some() => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(format!(
            "`{field}` must start with https:// (plain http is allowed only to this machine, \
             for tests)"
        )),
        _ => Err(format!("`{field}` must be an https:// address")),
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

fn check_bbox(b: &[f64], online_only: bool) -> Result<BoundingBox, String> {
    let [min_lat, min_lon, max_lat, max_lon] = b else {
        return Err(format!(
            "`bbox` has {} numbers: write four, [min_lat, min_lon, max_lat, max_lon]",
            b.len()
        ));
    };
    let (min_lat, min_lon, max_lat, max_lon) = (*min_lat, *min_lon, *max_lat, *max_lon);
    let lat_ok = |v: f64| (-90.0..=90.0).contains(&v);
    let lon_ok = |v: f64| (-180.0..=180.0).contains(&v);
    if !(lat_ok(min_lat) && lat_ok(max_lat) && lon_ok(min_lon) && lon_ok(max_lon)) {
        return Err(
            "`bbox` is off the map: latitudes lie in -90..90 and longitudes in \
                    -180..180, in the order [min_lat, min_lon, max_lat, max_lon]"
                .into(),
        );
    }
    if min_lat >= max_lat || min_lon >= max_lon {
        return Err(
            "`bbox` has its corners swapped or is empty: write [min_lat, min_lon, \
                    max_lat, max_lon], each minimum below its maximum (a box across the \
                    180th meridian is not supported)"
                .into(),
        );
    }
    let whole_world =
        max_lat - min_lat >= WHOLE_WORLD_LAT_SPAN && max_lon - min_lon >= WHOLE_WORLD_LON_SPAN;
    if whole_world && !online_only {
        return Err(
            "`bbox` covers the whole world: give the area the meetings are in, or set \
                    `online_only = true` for an online intergroup"
                .into(),
        );
    }
    Ok(BoundingBox {
        min_lat,
        min_lon,
        max_lat,
        max_lon,
    })
}

fn check_verified(v: &toml::Value, today: NaiveDate) -> Result<NaiveDate, String> {
    let wrong = || "`verified` must be a date such as 2026-11-30".to_string();
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
        return Err(format!(
            "`verified` is {date}, which is in the future: give the day the source was seen"
        ));
    }
    Ok(date)
}

/// Length, control characters and email addresses in a text field.
fn check_text(field: &str, s: &str, max: usize, multiline: bool) -> Result<(), String> {
    if s.chars().count() > max {
        return Err(format!("`{field}` is longer than {max} characters"));
    }
    if s.chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        return Err(format!("`{field}` contains control characters"));
    }
    if contains_email(s) {
        return Err(format!(
            "`{field}` contains an email address: the catalogue holds no one's contact \
             details; link the organisation's contact page in `feedback` instead"
        ));
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

/// The sentence's end when `s` holds something shaped like a phone number: a run of at
/// least nine digits with only spaces, dots, dashes, brackets or a plus between them.
pub(super) fn looks_like_phone(s: &str) -> Option<&'static str> {
    let mut digits = 0;
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 9 {
                return Some(
                    "contains what looks like a phone number: the catalogue holds no one's \
                     contact details",
                );
            }
        } else if !" .-()+".contains(c) {
            digits = 0;
        }
    }
    None
}
