//! The TSML plugin's CSV import template (and the spec's "table format"): a header row of
//! plain-language column names in any order, day *names*, 12-hour times, and type *names*
//! ("Open, Women, Wheelchair Access") instead of codes.

use std::io::Read;

use super::csv_rows::read_rows;
use super::loose::mg_day_from_text;
use super::meeting_guide::parse_yes_no;
use super::normalize::{CoordValue, DayField, RawMeeting};
use super::{Entry, FeedError};

/// Canonical field for a header cell (case, spaces and underscores ignored).
fn field_for(header: &str) -> Option<&'static str> {
    let h: String = header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    Some(match h.as_str() {
        "time" | "starttime" => "time",
        "endtime" => "end_time",
        "day" | "days" => "day",
        "name" | "meeting" | "meetingname" => "name",
        "slug" | "id" => "slug",
        "location" | "locationname" => "location",
        "address" => "address",
        "formattedaddress" | "fulladdress" => "formatted_address",
        "city" => "city",
        "state" => "state",
        "postalcode" | "zip" | "zipcode" => "postal_code",
        "country" => "country",
        "region" => "region",
        "subregion" => "sub_region",
        "types" | "type" => "types",
        "notes" | "meetingnotes" => "notes",
        "locationnotes" => "location_notes",
        "timezone" => "timezone",
        "group" => "group",
        "conferenceurl" => "conference_url",
        "conferenceurlnotes" => "conference_url_notes",
        "conferencephone" => "conference_phone",
        "conferencephonenotes" => "conference_phone_notes",
        "latitude" | "lat" => "latitude",
        "longitude" | "lng" | "lon" => "longitude",
        "approximate" => "approximate",
        "url" | "website" => "url",
        "updated" => "updated",
        _ => return None,
    })
}

/// Reads a TSML CSV document. Rows with the wrong number of cells are read as far as they go.
pub fn read<R: Read>(
    mut reader: R,
    sink: &mut impl FnMut(Entry) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    read_rows(
        &mut reader,
        "TSML CSV",
        &field_for,
        &["name", "day"],
        "the header row needs at least a Name and a Day column",
        &mut |row, mut f| {
            let days = match f.get("day") {
                None => DayField::Absent,
                Some(d) => {
                    let parsed: Result<Vec<u8>, String> =
                        d.split(',').map(mg_day_from_text).collect();
                    match parsed {
                        Ok(v) => DayField::Days(v),
                        Err(e) => DayField::Invalid(e),
                    }
                }
            };
            let list = |k: &str| -> Vec<String> {
                f.get(k)
                    .map(|v| {
                        v.split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(String::from)
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let types = list("types");
            let regions: Vec<String> = ["region", "sub_region"]
                .iter()
                .filter_map(|k| f.get(*k).cloned())
                .collect();
            // A row with neither slug nor name is named by its row in the sheet (the header is
            // row 1), as NAWS CSV rows are; it is skipped, so no meeting id comes from it.
            let key = f
                .remove("slug")
                .or_else(|| (!f.contains_key("name")).then(|| format!("row-{}", row + 2)));
            let mut take = |k: &str| f.remove(k);
            let raw = RawMeeting {
                key,
                name: take("name"),
                days,
                time: take("time"),
                end_time: take("end_time"),
                duration: None,
                timezone: take("timezone"),
                types,
                languages: Vec::new(),
                location_name: take("location"),
                formatted_address: take("formatted_address"),
                address: take("address"),
                city: take("city"),
                state: take("state"),
                postal_code: take("postal_code"),
                country: take("country"),
                approximate: parse_yes_no(take("approximate").as_deref()),
                latitude: CoordValue::text(take("latitude")),
                longitude: CoordValue::text(take("longitude")),
                conference_url: take("conference_url"),
                conference_url_notes: take("conference_url_notes"),
                conference_phone: take("conference_phone"),
                conference_phone_notes: take("conference_phone_notes"),
                attendance: None,
                notes: take("notes"),
                location_notes: take("location_notes"),
                regions,
                group: take("group"),
                url: take("url"),
                updated: take("updated"),
                feedback_url: None,
                feedback_emails: Vec::new(),
            };
            sink(Entry::Meeting(Box::new(raw)))
        },
    )
}
