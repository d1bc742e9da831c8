//! A BMLT server's format keys are its own: they are mapped through the formats the server
//! publishes (a `GetFormats` list or the `{"formats": [...]}` shape of `get_used_formats`
//! answers), and without them a key is kept as written, never read as another server's key.

use waymark_core::{Directory, Error, FeedFormat, FormatExtras, MeetingQuery, NewSource};

/// One meeting of a German-speaking region whose `CL` means "Kerzenschein" on that server.
const MEETINGS: &str = r#"[{"id_bigint":"7","meeting_name":"Montagsmeeting","weekday_tinyint":"2",
 "start_time":"19:30:00","duration_time":"01:30:00","time_zone":"Europe/Berlin",
 "formats":"CL,O","venue_type":"1","location_text":"Gemeindehaus",
 "location_street":"Hauptstr. 1","location_municipality":"Freiburg",
 "latitude":"47.99","longitude":"7.85","published":"1"}]"#;

const FORMATS: &str = r#"[{"key_string":"CL","name_string":"Kerzenschein","world_id":""},
 {"key_string":"O","name_string":"Offen","world_id":"OPEN"}]"#;

fn import(formats: Option<String>) -> Result<Directory, Error> {
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: "https://bmlt.example.de/main_server/".into(),
        name: Some("de".into()),
        program: Some("na".into()),
        format: Some(FeedFormat::Bmlt),
        ..NewSource::default()
    })
    .unwrap();
    let id = d.sources().unwrap()[0].id.clone();
    d.import(
        &id,
        FeedFormat::Bmlt,
        MEETINGS.as_bytes(),
        &FormatExtras {
            bmlt_formats: formats,
        },
    )?;
    Ok(d)
}

fn type_names(d: &Directory) -> Vec<String> {
    let found = d.search(&MeetingQuery::default()).unwrap();
    assert_eq!(found.len(), 1);
    found[0].type_names.clone()
}

#[test]
fn without_the_servers_formats_a_key_is_not_guessed() {
    let d = import(None).unwrap();
    let names = type_names(&d);
    assert!(!names.iter().any(|n| n == "Candlelight"), "{names:?}");
    // Kept as the feed wrote it.
    let m = d
        .meeting(&d.search(&MeetingQuery::default()).unwrap()[0].id)
        .unwrap();
    assert!(m.raw_types.iter().any(|t| t == "CL"), "{:?}", m.raw_types);
}

#[test]
fn a_formats_file_is_read_in_both_shapes() {
    for formats in [FORMATS.to_string(), format!(r#"{{"formats": {FORMATS}}}"#)] {
        let d = import(Some(formats.clone())).unwrap();
        let names = type_names(&d);
        assert!(names.iter().any(|n| n == "Open"), "{formats}: {names:?}");
        assert!(
            !names.iter().any(|n| n == "Candlelight"),
            "{formats}: {names:?}"
        );
        let m = d
            .meeting(&d.search(&MeetingQuery::default()).unwrap()[0].id)
            .unwrap();
        assert!(
            m.raw_types.iter().any(|t| t == "Kerzenschein"),
            "{:?}",
            m.raw_types
        );
    }
}

#[test]
fn a_formats_file_in_neither_shape_is_refused_not_ignored() {
    let e = import(Some(r#"{"meetings": []}"#.into())).err().unwrap();
    assert!(e.to_string().contains("formats"), "{e}");
    assert_eq!(e.kind(), "invalid_data");
}

#[test]
fn a_withheld_meeting_is_reported_by_a_name_safe_to_print() {
    // Unpublished meetings are withheld and reported by id, else name: here an empty id, a
    // name with a terminal escape and line breaks, and a name far too long to print.
    let long = "Hope ".repeat(200);
    let feed = format!(
        r#"[{{"id_bigint":"","meeting_name":"Evil\u001b[2J\nGroup","published":"0"}},
            {{"meeting_name":"{long}","published":"0"}},
            {{"id_bigint":"  ","published":"0"}}]"#
    );
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: "https://bmlt.example.de/main_server/".into(),
        name: Some("de".into()),
        format: Some(FeedFormat::Bmlt),
        ..NewSource::default()
    })
    .unwrap();
    let id = d.sources().unwrap()[0].id.clone();
    let r = d
        .import(
            &id,
            FeedFormat::Bmlt,
            feed.as_bytes(),
            &FormatExtras::default(),
        )
        .unwrap();
    let keys: Vec<&str> = r.skipped.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert!(
        !keys[0].chars().any(char::is_control)
            && keys[0].contains("Evil")
            && keys[0].contains("Group"),
        "{keys:?}"
    );
    assert!(
        keys[1].starts_with("Hope Hope") && keys[1].ends_with('…'),
        "{keys:?}"
    );
    let most = waymark_core::directory::import::report::MAX_SKIP_KEY_CHARS;
    assert!(keys[1].chars().count() <= most + 1, "{keys:?}");
    assert_eq!(keys[2], "#3");
}
