//! Meeting type names in the screen's language, through a real directory file, the Meeting
//! Guide import and search: a list or a Meeting screen asked for in Welsh shows "Agored",
//! "Menywod", "Mynediad i gadair olwyn"; in Spanish "Abierta"; in US English "Open"; an
//! explicit type language still wins; codes we do not know are shown as the feed wrote them.

mod support;

use chrono::{DateTime, TimeZone, Utc};
use waymark_core::directory::search::ListPage;
use waymark_core::directory::types::type_name;
use waymark_core::{Directory, FeedFormat, MeetingQuery, MeetingResult, NewSource};

/// A small feed as an intergroup in Wales might publish it. 2026-12-01 is a Tuesday.
const FEED: &str = r#"[
 {"slug":"open","name":"Cardiff Tuesday","day":2,"time":"19:00","end_time":"20:00",
  "location":"St John's Hall","formatted_address":"1 Church St, Cardiff CF10 1AA, UK",
  "latitude":51.481,"longitude":-3.179,"types":["O","W","X","AC"],"regions":["Cardiff"]},
 {"slug":"closed","name":"Swansea Speakers","day":2,"time":"20:00","end_time":"21:00",
  "location":"Quay Room","formatted_address":"2 Quay St, Swansea SA1 1AA, UK",
  "latitude":51.619,"longitude":-3.944,"types":["B","C","SP"],"regions":["Swansea"]}
]"#;

/// A directory file (not an in-memory one) with [`FEED`] imported, and the file's folder.
fn directory() -> (Directory, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let d = Directory::open(dir.path().join("directory.sqlite")).unwrap();
    let s = d
        .add_source(support::guide_source("wales", "Europe/London"))
        .unwrap();
    let report = support::import_guide(&d, &s.id, FEED);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    (d, dir)
}

/// Tuesday 2026-12-01, noon in Wales.
fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()
}

fn query(locale: Option<&str>, type_language: Option<&str>) -> MeetingQuery {
    MeetingQuery {
        at: Some(at()),
        viewer_timezone: Some("Europe/London".into()),
        locale: locale.map(Into::into),
        type_language: type_language.map(Into::into),
        ..MeetingQuery::default()
    }
}

fn names<'a>(rs: &'a [MeetingResult], slug: &str) -> &'a [String] {
    &rs.iter()
        .find(|r| r.id.ends_with(&format!(":{slug}")))
        .unwrap_or_else(|| panic!("{slug} not found"))
        .type_names
}

#[test]
fn a_welsh_list_shows_welsh_type_names() {
    let (d, _dir) = directory();
    let cy = d.search(&query(Some("cy"), None)).unwrap();
    assert_eq!(
        names(&cy, "open"),
        ["Agored", "Menywod", "Mynediad i gadair olwyn", "AC"]
    );
    assert_eq!(
        names(&cy, "closed"),
        ["Y Llyfr Mawr", "Caeedig", "Siaradwr"]
    );
    // The rest of the row is Welsh too: one language on the screen.
    let row = cy.iter().find(|r| r.id.ends_with(":closed")).unwrap();
    assert_eq!(row.when, "heddiw 20:00");

    // The list rows the phones draw carry the same names.
    let page = ListPage::from(d.search_page(&query(Some("cy_GB.UTF-8"), None)).unwrap());
    assert!(page
        .items
        .iter()
        .any(|i| i.type_names == ["Y Llyfr Mawr", "Caeedig", "Siaradwr"]));
}

#[test]
fn other_locales_and_an_explicit_type_language() {
    let (d, _dir) = directory();
    let es = d.search(&query(Some("es-ES"), None)).unwrap();
    assert_eq!(
        names(&es, "open"),
        ["Abierta", "Mujeres", "Acceso en silla de ruedas", "AC"]
    );
    for locale in [Some("en-US"), Some("en-GB"), Some("de-DE"), None] {
        let en = d.search(&query(locale, None)).unwrap();
        assert_eq!(
            names(&en, "open"),
            ["Open", "Women", "Wheelchair Access", "AC"],
            "{locale:?}"
        );
    }
    // A type language the caller chose wins over the locale, whichever way round.
    let es_in_cy = d.search(&query(Some("cy"), Some("es"))).unwrap();
    assert_eq!(names(&es_in_cy, "closed")[1], "Cerrada");
    let cy_in_us = d.search(&query(Some("en-US"), Some("cy"))).unwrap();
    assert_eq!(names(&cy_in_us, "closed")[1], "Caeedig");
}

#[test]
fn the_meeting_screen_follows_the_locale_too() {
    let (d, _dir) = directory();
    let rows = d.search(&query(None, None)).unwrap();
    let id = rows
        .iter()
        .find(|r| r.id.ends_with(":open"))
        .unwrap()
        .id
        .clone();
    let cy = d
        .details_in_locale(&id, at(), None, None, Some("cy".into()))
        .unwrap();
    assert_eq!(
        cy.summary.type_names,
        ["Agored", "Menywod", "Mynediad i gadair olwyn", "AC"]
    );
    assert_eq!(cy.summary.when, "heddiw 19:00");
    let es = d
        .details_in_locale(&id, at(), None, Some("es".into()), Some("cy".into()))
        .unwrap();
    assert_eq!(es.summary.type_names[0], "Abierta");
    // Without a locale, as before: English.
    let en = d.details(&id, at(), None, None).unwrap();
    assert_eq!(en.summary.type_names[0], "Open");
    // The Meeting screen as the phones ask for it today, type language "cy": Welsh.
    let by_type_language = d.details(&id, at(), None, Some("cy".into())).unwrap();
    assert_eq!(by_type_language.summary.type_names[0], "Agored");
}

/// Every row of a real feed (Southeastern Pennsylvania, 2,038 meetings) asked for in Welsh
/// names each of its types in Welsh: no row falls back to English.
#[test]
fn a_real_feed_in_welsh_has_no_english_type_names() {
    let Some(feeds) = support::feeds_dir() else {
        return;
    };
    let feed = std::fs::read_to_string(feeds.join("mg-aasepia.json")).unwrap();
    let (d, _, report) = support::imported_directory(
        NewSource {
            location: "https://example.org/aasepia".into(),
            name: Some("aasepia".into()),
            format: Some(FeedFormat::MeetingGuide),
            timezone: Some("America/New_York".into()),
            program: Some("aa".into()),
            ..NewSource::default()
        },
        &feed,
    );
    assert!(report.accepted > 1000, "{report:?}");
    let rows = d
        .search(&MeetingQuery {
            at: Some(at()),
            include_closed: true,
            limit: Some(5000),
            locale: Some("cy".into()),
            ..MeetingQuery::default()
        })
        .unwrap();
    assert!(rows.len() > 1000, "{}", rows.len());
    let mut seen = std::collections::BTreeSet::new();
    for r in &rows {
        for (code, name) in r.types.iter().zip(&r.type_names) {
            assert_eq!(*name, type_name(code, "cy"), "{code}");
            if type_name(code, "en") != type_name(code, "cy") {
                seen.insert(code.clone());
            }
        }
    }
    // The feed's common types are all among them.
    for code in ["O", "C", "X", "ONL", "D", "B", "ST", "SP", "TC", "W", "M"] {
        assert!(seen.contains(code), "{code} in {seen:?}");
    }
}
