//! BMLT semantic JSON (Narcotics Anonymous root servers): a plain `GetSearchResults` array, or
//! the `{meetings, formats}` envelope that `get_used_formats=1` returns.
//!
//! Everything in BMLT JSON is a string. Weekdays are 1 = Sunday … 7 = Saturday. Format key
//! strings are per server, so they are mapped through the format's `world_id` (NAWS codes),
//! from the envelope or from a separate `GetFormats` document (a list, or `{"formats": [...]}`).
//! Without either, a key is kept as written and never guessed: the same key means different
//! things on different servers (`CL` is not "Candlelight" on a German server). Coordinates of virtual meetings are often the
//! server's map centre and are never used as a place.

use std::collections::HashMap;
use std::io::Read;

use serde_json::Value;

use super::normalize::{AttendanceHint, CoordValue, DayField, RawMeeting};
use super::{Entry, FeedError};

/// A format's meaning: NAWS world id (may be empty) and display name.
#[derive(Debug, Clone)]
struct FormatInfo {
    world_id: String,
    name: String,
}

fn s(v: &Value, k: &str) -> Option<String> {
    match v.get(k)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Reads a server's formats: a `GetFormats` list, or an object holding one under `formats`
/// (the shape `get_used_formats` answers have). `false` when `doc` is neither.
fn formats_from(doc: &Value, into: &mut HashMap<String, FormatInfo>) -> bool {
    let list = match doc {
        Value::Object(o) => o.get("formats").unwrap_or(&Value::Null),
        other => other,
    };
    let Some(items) = list.as_array() else {
        return false;
    };
    for f in items {
        if let Some(key) = s(f, "key_string") {
            into.insert(
                key,
                FormatInfo {
                    world_id: s(f, "world_id").unwrap_or_default(),
                    name: s(f, "name_string").unwrap_or_default(),
                },
            );
        }
    }
    true
}

/// Reads a BMLT document. `formats_json` is an optional `GetFormats` answer for the server.
pub fn read<R: Read>(
    mut reader: R,
    formats_json: Option<&str>,
    sink: &mut impl FnMut(Entry) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    let mut text = String::new();
    reader.read_to_string(&mut text).map_err(|e| {
        if e.kind() == std::io::ErrorKind::InvalidData {
            FeedError::InvalidDocument {
                format: "BMLT",
                detail: "not UTF-8 text".into(),
            }
        } else {
            FeedError::Io(e)
        }
    })?;
    let doc: Value =
        crate::support::json::from_str(&text).map_err(|e| FeedError::invalid_json("BMLT", &e))?;
    let mut formats = HashMap::new();
    if let Some(fj) = formats_json {
        let fv: Value = crate::support::json::from_str(fj)
            .map_err(|e| FeedError::invalid_json("BMLT GetFormats", &e))?;
        if !formats_from(&fv, &mut formats) {
            return Err(FeedError::InvalidDocument {
                format: "BMLT GetFormats",
                detail: "expected a list of formats or an object with a `formats` list".into(),
            });
        }
    }
    let meetings = match &doc {
        Value::Array(items) => items.as_slice(),
        Value::Object(o) => {
            if let Some(f) = o.get("formats") {
                formats_from(f, &mut formats);
            }
            match o.get("meetings") {
                Some(Value::Array(items)) => items.as_slice(),
                Some(Value::Null) | None => &[],
                Some(_) => {
                    return Err(FeedError::InvalidDocument {
                        format: "BMLT",
                        detail: "`meetings` is not a list".into(),
                    })
                }
            }
        }
        _ => {
            return Err(FeedError::InvalidDocument {
                format: "BMLT",
                detail: "expected a list of meetings or a {meetings, formats} object".into(),
            })
        }
    };
    for m in meetings {
        if !m.is_object() {
            sink(Entry::NotAMeeting(super::meeting_guide::not_a_meeting(
                "other", None,
            )))?;
            continue;
        }
        if s(m, "published").as_deref().map(str::trim) == Some("0") {
            sink(Entry::Withheld {
                key: [s(m, "id_bigint"), s(m, "meeting_name")]
                    .into_iter()
                    .flatten()
                    .find(|k| !k.trim().is_empty())
                    .unwrap_or_default(),
                reason: crate::l10n::Phrase::new(super::notes::SKIP_BMLT_UNPUBLISHED),
            })?;
            continue;
        }
        sink(Entry::Meeting(Box::new(to_raw(m, &formats))))?;
    }
    Ok(())
}

fn to_raw(m: &Value, formats: &HashMap<String, FormatInfo>) -> RawMeeting {
    let days = match s(m, "weekday_tinyint") {
        None => DayField::Absent,
        Some(d) => match d.trim().parse::<u8>() {
            Ok(n @ 1..=7) => DayField::Days(vec![n - 1]),
            _ => DayField::Invalid(d.chars().take(20).collect()),
        },
    };
    let mut types = Vec::new();
    let mut languages = Vec::new();
    if let Some(list) = s(m, "formats") {
        for key in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
            match formats.get(key) {
                Some(f) if f.world_id == "LANG" => languages.push(key.to_string()),
                Some(f) if !f.world_id.is_empty() => types.push(f.world_id.clone()),
                Some(f) if !f.name.is_empty() => types.push(f.name.clone()),
                _ => types.push(key.to_string()),
            }
        }
    }
    if let Some(l) = s(m, "lang_enum") {
        languages.push(l);
    }
    let attendance = match s(m, "venue_type").as_deref().map(str::trim) {
        Some("1") => Some(AttendanceHint::InPerson),
        Some("2") => Some(AttendanceHint::Online),
        Some("3") => Some(AttendanceHint::Hybrid),
        _ => None,
    };
    let city = s(m, "location_municipality")
        .filter(|c| !c.trim().is_empty())
        .or_else(|| s(m, "location_city_subsection"))
        .or_else(|| s(m, "location_neighborhood"));
    let regions: Vec<String> = [
        s(m, "service_body_name"),
        s(m, "location_province"),
        city.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|r| !r.trim().is_empty())
    .collect();
    let duration = s(m, "duration_time");
    RawMeeting {
        key: s(m, "id_bigint"),
        name: s(m, "meeting_name"),
        days,
        time: s(m, "start_time"),
        end_time: None,
        // BMLT always has a length; a missing field (a data_field_key subset) means the
        // server default, normally one hour.
        duration: Some(duration.unwrap_or_default()),
        timezone: s(m, "time_zone"),
        types,
        languages,
        location_name: s(m, "location_text"),
        formatted_address: None,
        address: s(m, "location_street"),
        city,
        state: s(m, "location_province"),
        postal_code: s(m, "location_postal_code_1"),
        country: s(m, "location_nation"),
        approximate: None,
        latitude: CoordValue::text(s(m, "latitude")),
        longitude: CoordValue::text(s(m, "longitude")),
        conference_url: s(m, "virtual_meeting_link"),
        conference_url_notes: s(m, "virtual_meeting_additional_info"),
        conference_phone: s(m, "phone_meeting_number"),
        conference_phone_notes: None,
        attendance,
        notes: s(m, "comments"),
        location_notes: s(m, "location_info"),
        regions,
        group: None,
        url: None,
        updated: None,
        feedback_url: None,
        feedback_emails: Vec::new(),
    }
}

/// Which meetings to ask a BMLT root server for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BmltScope {
    /// Service body ids (with everything below them).
    #[serde(default)]
    pub service_bodies: Vec<u32>,
    /// Centre (latitude, longitude) and radius in km.
    #[serde(default)]
    pub near: Option<(f64, f64, f64)>,
}

/// The meeting fields the importer reads; asking for only these keeps answers small (and
/// leaves out contact fields we never store).
const FIELDS_WE_READ: &[&str] = &[
    "id_bigint",
    "meeting_name",
    "weekday_tinyint",
    "start_time",
    "duration_time",
    "time_zone",
    "formats",
    "lang_enum",
    "venue_type",
    "published",
    "latitude",
    "longitude",
    "location_text",
    "location_info",
    "location_street",
    "location_municipality",
    "location_neighborhood",
    "location_city_subsection",
    "location_province",
    "location_postal_code_1",
    "location_nation",
    "comments",
    "virtual_meeting_link",
    "virtual_meeting_additional_info",
    "phone_meeting_number",
    "service_body_name",
];

/// Whether `url` is a root server address rather than a ready-made query.
pub fn is_root_url(url: &str) -> bool {
    !url.contains("switcher=")
}

/// The `GetSearchResults` query for a root server: the `{meetings, formats}` envelope
/// (`get_used_formats=1`, so formats and their world ids come with the meetings), narrowed to
/// the scope's service bodies and/or circle.
pub fn search_url(root: &str, scope: &BmltScope) -> String {
    let mut url = format!(
        "{}/client_interface/json/?switcher=GetSearchResults&get_used_formats=1&data_field_key={}",
        root.trim_end_matches('/'),
        FIELDS_WE_READ.join(",")
    );
    if !scope.service_bodies.is_empty() {
        let ids: Vec<String> = scope.service_bodies.iter().map(|s| s.to_string()).collect();
        url.push_str(&format!("&services={}&recursive=1", ids.join(",")));
    }
    if let Some((lat, lon, km)) = scope.near {
        url.push_str(&format!(
            "&lat_val={lat:.6}&long_val={lon:.6}&geo_width_km={km:.1}&sort_results_by_distance=1"
        ));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_server_queries() {
        assert!(is_root_url("https://bmlt.example.org/main_server/"));
        assert!(!is_root_url(
            "https://x/main_server/client_interface/json/?switcher=GetSearchResults"
        ));
        let u = search_url(
            "https://bmlt.example.org/main_server/",
            &BmltScope {
                service_bodies: vec![3, 14],
                near: Some((42.8, -77.1, 40.0)),
            },
        );
        assert!(u.starts_with(
            "https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults\
             &get_used_formats=1&data_field_key=id_bigint,meeting_name,"
        ));
        assert!(u.contains(",phone_meeting_number,service_body_name&"));
        assert!(u.ends_with(
            "&services=3,14&recursive=1&lat_val=42.800000&long_val=-77.100000\
             &geo_width_km=40.0&sort_results_by_distance=1"
        ));
        assert!(
            !u.contains("contact_"),
            "never asks for personal contact fields"
        );
    }
}
