//! Meeting Guide JSON (the Code for Recovery spec, as TSML, tsml-ui and hand-written scripts
//! produce it), read as a stream: one entry at a time goes to the caller, so a 100,000-meeting
//! feed never sits in memory as a whole.
//!
//! The document must be a JSON array and must end cleanly; otherwise the whole feed fails
//! (and the caller keeps the previous snapshot). Inside the array, an entry of the wrong shape
//! is handed on as a skipped entry, never a failure of the feed.

use std::fmt;
use std::io::Read;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::loose::{Coord, List, MgDay, Text};
use super::normalize::{AttendanceHint, CoordValue, RawMeeting};
use super::{Entry, FeedError};

#[derive(Deserialize, Default)]
#[serde(default)]
struct MgEntry {
    slug: Text,
    id: Text,
    name: Text,
    meeting: Text,
    day: MgDay,
    time: Text,
    start_time: Text,
    end_time: Text,
    timezone: Text,
    types: List,
    languages: List,
    location: Text,
    location_name: Text,
    formatted_address: Text,
    address: Text,
    city: Text,
    state: Text,
    postal_code: Text,
    zip: Text,
    country: Text,
    approximate: Text,
    latitude: Coord,
    longitude: Coord,
    coordinates: Text,
    conference_url: Text,
    conference_url_notes: Text,
    conference_phone: Text,
    conference_phone_notes: Text,
    attendance_option: Text,
    notes: Text,
    location_notes: Text,
    region: Text,
    sub_region: Text,
    regions: List,
    group: Text,
    url: Text,
    updated: Text,
    feedback_url: Text,
    feedback_emails: List,
}

impl MgEntry {
    fn into_raw(self) -> RawMeeting {
        let (mut lat, mut lon) = (self.latitude.0, self.longitude.0);
        let mut approximate = parse_yes_no(self.approximate.0.as_deref());
        if let Some(c) = self.coordinates.0 {
            // tsml-ui: "lat,lng" is an exact point; four values are a box (approximate).
            let parts: Vec<&str> = c.split(',').map(str::trim).collect();
            match parts.as_slice() {
                [a, b] => {
                    lat = Some(CoordValue::Text((*a).to_string()));
                    lon = Some(CoordValue::Text((*b).to_string()));
                    approximate = Some(false);
                }
                [_, _, _, _] => approximate = Some(true),
                _ => {}
            }
        }
        let regions = if self.regions.0.is_empty() {
            [self.region.0, self.sub_region.0]
                .into_iter()
                .flatten()
                .collect()
        } else {
            self.regions.0
        };
        RawMeeting {
            key: self.slug.0.or(self.id.0),
            name: self.name.0.or(self.meeting.0),
            days: self.day.0,
            time: self.time.0.or(self.start_time.0),
            end_time: self.end_time.0,
            duration: None,
            timezone: self.timezone.0,
            types: self.types.0,
            languages: self.languages.0,
            location_name: self.location.0.or(self.location_name.0),
            formatted_address: self.formatted_address.0,
            address: self.address.0,
            city: self.city.0,
            state: self.state.0,
            postal_code: self.postal_code.0.or(self.zip.0),
            country: self.country.0,
            approximate,
            latitude: lat,
            longitude: lon,
            conference_url: self.conference_url.0,
            conference_url_notes: self.conference_url_notes.0,
            conference_phone: self.conference_phone.0,
            conference_phone_notes: self.conference_phone_notes.0,
            attendance: self
                .attendance_option
                .0
                .as_deref()
                .and_then(parse_attendance_option),
            notes: self.notes.0,
            location_notes: self.location_notes.0,
            regions,
            group: self.group.0,
            url: self.url.0,
            updated: self.updated.0,
            feedback_url: self.feedback_url.0,
            feedback_emails: self.feedback_emails.0,
        }
    }
}

/// `"yes"`/`"no"`/`"true"`/`"false"`/`"1"`/`"0"` → bool.
pub(crate) fn parse_yes_no(v: Option<&str>) -> Option<bool> {
    match v?.trim().to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" | "y" => Some(true),
        "no" | "false" | "0" | "n" => Some(false),
        _ => None,
    }
}

fn parse_attendance_option(v: &str) -> Option<AttendanceHint> {
    match v.trim().to_ascii_lowercase().as_str() {
        "in_person" | "in-person" | "in person" => Some(AttendanceHint::InPerson),
        "online" => Some(AttendanceHint::Online),
        "hybrid" => Some(AttendanceHint::Hybrid),
        "inactive" => Some(AttendanceHint::Inactive),
        _ => None,
    }
}

/// One array element: an object becomes a meeting; anything else is reported and skipped.
struct ElementSeed;

impl<'de> DeserializeSeed<'de> for ElementSeed {
    type Value = Entry;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Entry, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a meeting object")
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Entry, A::Error> {
                let e = MgEntry::deserialize(de::value::MapAccessDeserializer::new(m))?;
                Ok(Entry::Meeting(Box::new(e.into_raw())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Entry, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Entry::NotAMeeting(not_a_meeting("list", None)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting(
                    "text",
                    Some(v.chars().take(30).collect::<String>()),
                )))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting(
                    "number",
                    Some(v.to_string()),
                )))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting(
                    "number",
                    Some(v.to_string()),
                )))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting(
                    "number",
                    Some(v.to_string()),
                )))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting(
                    if v { "true" } else { "false" },
                    None,
                )))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Entry, E> {
                Ok(Entry::NotAMeeting(not_a_meeting("null", None)))
            }
        }
        d.deserialize_any(V)
    }
}

struct FeedVisitor<'a, F> {
    sink: &'a mut F,
    failure: &'a mut Option<FeedError>,
}

impl<'de, F: FnMut(Entry) -> Result<(), FeedError>> Visitor<'de> for FeedVisitor<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON list of meetings")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<(), A::Error> {
        while let Some(entry) = s.next_element_seed(ElementSeed)? {
            if let Err(e) = (self.sink)(entry) {
                *self.failure = Some(e);
                return Err(de::Error::custom("stopped by the caller"));
            }
        }
        Ok(())
    }
}

/// Reads a Meeting Guide feed, handing each entry to `sink` as it is decoded.
///
/// Fails (and the caller must discard what it received) when the document is not a JSON array
/// of entries, is cut short, or has anything after the array.
pub fn read<R: Read>(
    mut reader: R,
    sink: &mut impl FnMut(Entry) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    // Reading the bytes first and parsing from memory is twice as fast as serde_json's
    // reader-based parser; the document is freed when the import ends (37 MB for 100,000
    // meetings, inside the 128 MB budget). Entries are still handed on one at a time.
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    // Validating UTF-8 once for the whole document is cheaper than serde_json checking every
    // string; a feed that is not UTF-8 is not a Meeting Guide feed.
    let text = std::str::from_utf8(&bytes).map_err(|e| FeedError::InvalidDocument {
        format: "Meeting Guide",
        detail: format!("not UTF-8 text (byte {})", e.valid_up_to()),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let mut failure = None;
    let result = de.deserialize_seq(FeedVisitor {
        sink,
        failure: &mut failure,
    });
    if let Some(f) = failure {
        return Err(f);
    }
    result.map_err(|e| FeedError::invalid_json("Meeting Guide", &e))?;
    de.end()
        .map_err(|e| FeedError::invalid_json("Meeting Guide", &e))?;
    Ok(())
}

/// The skip reason of an element that is not a meeting: `kind` chooses the wording (list,
/// text, number, true, false, null, other); `value` is the text or number.
pub(crate) fn not_a_meeting(kind: &'static str, value: Option<String>) -> crate::l10n::Phrase {
    crate::l10n::Phrase::new(super::notes::SKIP_NOT_A_MEETING)
        .text("kind", kind)
        .text("value", value.unwrap_or_default())
}
