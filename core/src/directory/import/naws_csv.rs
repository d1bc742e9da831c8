//! The NAWS CSV export of a BMLT server (`GetNAWSDump`): the list NA World Services keeps,
//! one row per meeting with fixed column names, `Day` as a weekday *name*, `Time` as 24-hour
//! `HHMM` without a colon (`0730`), up to five NAWS format codes (`Format1`…`Format5`), the
//! open/closed state and wheelchair access in their own columns, a `TimeZone` on some rows,
//! and `LastChanged` as `M/D/YY`.
//!
//! Rows marked deleted (`Delete` = `D`) or unpublished are withheld, not listed. The contact
//! columns (`ContactName`, `ContactPhone`, addresses of trusted servants) are never read:
//! they are about people, not meetings. NAWS codes mean what the NA table of
//! [`crate::directory::types`] says; codes it does not know are kept as written.

use std::io::Read;

use super::csv_rows::read_rows;
use super::loose::mg_day_from_text;
use super::normalize::{CoordValue, DayField, RawMeeting};
use super::{Entry, FeedError};

/// Columns whose presence in a header row says "this is a NAWS export": TSML's template has
/// none of them.
pub const NAWS_MARKER_COLUMNS: &[&str] = &["committeename", "wheelchr", "format1"];

/// Whether a CSV header line is a NAWS export's (at least two of [`NAWS_MARKER_COLUMNS`]).
pub fn is_naws_header(first_line: &str) -> bool {
    let cells: Vec<String> = first_line
        .trim_start_matches('\u{feff}')
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    NAWS_MARKER_COLUMNS
        .iter()
        .filter(|m| cells.iter().any(|c| c == *m))
        .count()
        >= 2
}

/// `0730` → `07:30`; anything else as written (the normaliser reports what is not a time).
fn naws_time(t: &str) -> String {
    let t = t.trim();
    let b = t.as_bytes();
    if (b.len() == 3 || b.len() == 4) && b.iter().all(u8::is_ascii_digit) {
        let (h, m) = t.split_at(t.len() - 2);
        return format!("{h:0>2}:{m}");
    }
    t.to_string()
}

/// `6/10/21` (month/day/two-digit year, this century) → `2021-06-10`; else as written.
fn naws_date(d: &str) -> String {
    let parts: Vec<&str> = d.trim().split('/').collect();
    if let [m, day, y] = parts.as_slice() {
        if let (Ok(m), Ok(day), Ok(y)) = (m.parse::<u32>(), day.parse::<u32>(), y.parse::<u32>()) {
            let y = if y < 100 { 2000 + y } else { y };
            if (1..=12).contains(&m) && (1..=31).contains(&day) {
                return format!("{y:04}-{m:02}-{day:02}");
            }
        }
    }
    d.to_string()
}

/// Reads a NAWS CSV export. Rows with the wrong number of cells are read as far as they go.
pub fn read<R: Read>(
    mut reader: R,
    sink: &mut impl FnMut(Entry) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    read_rows(
        &mut reader,
        "NAWS CSV",
        &|h| Some(h.to_ascii_lowercase()),
        &["committeename".to_string(), "day".into(), "time".into()],
        "the header row needs at least CommitteeName, Day and Time columns",
        &mut |row, mut f| {
            let key = f
                .get("bmlt_id")
                .or_else(|| f.get("meetingid"))
                .or_else(|| f.get("committee"))
                .cloned()
                .unwrap_or_else(|| format!("row-{}", row + 2));
            if f.get("delete").is_some_and(|d| d.eq_ignore_ascii_case("d")) {
                sink(Entry::Withheld {
                    key,
                    reason: crate::l10n::Phrase::new(super::notes::SKIP_NAWS_DELETED),
                })?;
                return Ok(());
            }
            if f.get("unpublished").is_some_and(|u| u == "1") {
                sink(Entry::Withheld {
                    key,
                    reason: crate::l10n::Phrase::new(super::notes::SKIP_NAWS_UNPUBLISHED),
                })?;
                return Ok(());
            }
            let days = match f.get("day") {
                None => DayField::Absent,
                Some(d) => match mg_day_from_text(d) {
                    Ok(v) => DayField::Days(vec![v]),
                    Err(e) => DayField::Invalid(e),
                },
            };
            let mut types: Vec<String> = Vec::new();
            // `Closed` holds OPEN or CLOSED, which the NA table reads as O and C.
            if let Some(c) = f.get("closed") {
                types.push(c.clone());
            }
            if f.get("wheelchr")
                .is_some_and(|w| w.eq_ignore_ascii_case("true"))
            {
                types.push("WCHR".into());
            }
            for i in 1..=5 {
                if let Some(code) = f.get(format!("format{i}").as_str()) {
                    types.push(code.clone());
                }
            }
            let languages: Vec<String> = ["language1", "language2", "language3"]
                .iter()
                .filter_map(|k| f.get(*k).cloned())
                .collect();
            let regions: Vec<String> = ["parentname", "locborough"]
                .iter()
                .filter_map(|k| f.get(*k).cloned())
                .collect();
            let mut take = |k: &str| f.remove(k);
            let raw = RawMeeting {
                key: Some(key),
                name: take("committeename"),
                days,
                time: take("time").map(|t| naws_time(&t)),
                end_time: None,
                duration: None,
                timezone: take("timezone"),
                types,
                languages,
                location_name: take("place"),
                formatted_address: None,
                address: take("address"),
                city: take("city"),
                state: take("state"),
                postal_code: take("zip"),
                country: take("country"),
                approximate: None,
                latitude: CoordValue::text(take("latitude")),
                longitude: CoordValue::text(take("longitude")),
                conference_url: take("virtualmeetinglink"),
                conference_url_notes: take("virtualmeetinginfo"),
                conference_phone: take("phonemeetingnumber"),
                conference_phone_notes: None,
                attendance: None,
                notes: None,
                // Which room, then how to find it: both are about the place.
                location_notes: match (take("room"), take("directions")) {
                    (Some(r), Some(d)) => Some(format!("{r}. {d}")),
                    (r, d) => r.or(d),
                },
                regions,
                group: None,
                url: None,
                updated: take("lastchanged").map(|d| naws_date(&d)),
                feedback_url: None,
                feedback_emails: Vec::new(),
            };
            sink(Entry::Meeting(Box::new(raw)))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::import::{dry_run, FeedFormat, FormatExtras, SourceContext};

    const FIXTURE: &str = include_str!("../../../tests/fixtures/naws/naws-dump.csv");

    #[test]
    fn a_naws_export_is_recognised_before_tsml_csv() {
        assert_eq!(
            FeedFormat::detect(FIXTURE.as_bytes()),
            Some(FeedFormat::NawsCsv)
        );
        assert_eq!(
            FeedFormat::detect(b"Name,Day,Time,Address\nA,Monday,7:00 pm,1 Main St\n"),
            Some(FeedFormat::TsmlCsv)
        );
        assert_eq!(FeedFormat::parse("naws-csv"), Some(FeedFormat::NawsCsv));
        assert_eq!(FeedFormat::NawsCsv.as_str(), "naws-csv");
    }

    #[test]
    fn every_row_of_a_naws_export_is_read_or_reported() {
        let mut got = Vec::new();
        read(FIXTURE.as_bytes(), &mut |e| {
            got.push(e);
            Ok(())
        })
        .unwrap();
        assert_eq!(got.len(), 12);
        let Entry::Meeting(first) = &got[0] else {
            panic!("{:?}", got[0])
        };
        assert_eq!(first.name.as_deref(), Some("Hope Springs"));
        assert_eq!(first.days, DayField::Days(vec![1]));
        assert_eq!(first.time.as_deref(), Some("19:30"));
        assert_eq!(first.updated.as_deref(), Some("2021-06-10"));
        assert_eq!(first.types, ["OPEN", "WCHR", "BT", "O"]);
        let Entry::Meeting(second) = &got[1] else {
            panic!()
        };
        assert_eq!(second.time.as_deref(), Some("07:30"));
        assert_eq!(second.timezone, None);
        assert!(matches!(&got[7], Entry::Withheld { key, .. } if key == "1008"));
        assert!(matches!(&got[10], Entry::Withheld { key, .. } if key == "1011"));

        let report = dry_run(
            FeedFormat::NawsCsv,
            FIXTURE.as_bytes(),
            &FormatExtras::default(),
            SourceContext {
                source_id: "naws".into(),
                program: "na".into(),
                timezone: Some(chrono_tz::America::New_York),
            },
        )
        .unwrap();
        // 12 rows: one deleted, one unpublished, one with a day that is not a day.
        assert_eq!(report.accepted, 9, "{report:?}");
        assert_eq!(report.skipped.len(), 3, "{:?}", report.skipped);
        assert!(report
            .skipped
            .iter()
            .any(|s| s.key == "1012" && s.reason.contains("Noday")));
    }

    #[test]
    fn naws_times_and_dates_are_read_as_they_are_meant() {
        assert_eq!(naws_time("0730"), "07:30");
        assert_eq!(naws_time("730"), "07:30");
        assert_eq!(naws_time("1930"), "19:30");
        assert_eq!(naws_time("7:30 PM"), "7:30 PM");
        assert_eq!(naws_date("6/10/21"), "2021-06-10");
        assert_eq!(naws_date("12/31/2019"), "2019-12-31");
        assert_eq!(naws_date("yesterday"), "yesterday");
        assert!(!is_naws_header("Name,Day,Time,Types"));
    }
}
