//! The first-run and areas screen over a real SQLite directory: the welcome on a phone with
//! nothing yet, a feed's freshness in each locale, an update that failed, and a directory that
//! cannot be read. (An area from a relay is in `relay_phone.rs`, beside the relay it needs.)

mod support;

use chrono::{Duration, Utc};
use waymark_core::screens::{areas_state, AreasAction, AreasState, MeetingsOptions, NoticeKind};
use waymark_core::{Directory, FeedFormat, NewSource};

const FEED: &str = r#"[
 {"slug":"a","name":"Hope","day":2,"time":"19:00","latitude":52.41,"longitude":-4.08,
  "address":"1 High St, Aberystwyth"},
 {"slug":"b","name":"Courage","day":3,"time":"19:00","latitude":52.41,"longitude":-4.08,
  "address":"1 High St, Aberystwyth"},
 {"slug":"c","name":"Serenity","day":4,"time":"19:00","latitude":52.41,"longitude":-4.08,
  "address":"1 High St, Aberystwyth"}
]"#;

fn state(d: &Directory, tag: &str, days_later: i64) -> AreasState {
    areas_state(
        d,
        &MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some("Europe/London".into()),
            at: Some(Utc::now() + Duration::days(days_later)),
        },
    )
}

fn source(location: &str) -> NewSource {
    NewSource {
        location: location.into(),
        name: Some("Ceredigion Intergroup".into()),
        format: Some(FeedFormat::MeetingGuide),
        timezone: Some("Europe/London".into()),
        ..NewSource::default()
    }
}

#[test]
fn a_phone_with_nothing_yet_is_welcomed_with_the_ways_in() {
    let d = Directory::open_in_memory().unwrap();
    for (tag, title, first_action) in [
        ("en-GB", "Find meetings near you", "Use my location once"),
        ("en-US", "Find meetings near you", "Use my location once"),
        (
            "cy",
            "Dod o hyd i gyfarfodydd yn agos atoch chi",
            "Defnyddio fy lleoliad unwaith",
        ),
        (
            "es",
            "Encuentra reuniones cerca de ti",
            "Usar mi ubicación una vez",
        ),
    ] {
        let s = state(&d, tag, 0);
        assert!(s.first_run, "{tag}");
        assert_eq!(s.title, title);
        assert!(s.intro.is_some());
        assert!(s.areas.is_empty() && s.feeds.is_empty());
        let actions: Vec<AreasAction> = s.actions.iter().map(|a| a.action).collect();
        assert_eq!(
            actions,
            [
                AreasAction::UseMyLocation,
                AreasAction::ChooseOnMap,
                AreasAction::AddFeed
            ]
        );
        assert_eq!(s.actions[0].label, first_action);
        // Both apps add an area as wide as the CLI's default.
        assert_eq!(
            f64::from(s.radius_km),
            waymark_core::relay::phone::DEFAULT_AREA_RADIUS_KM
        );
    }
    let en = state(&d, "en-GB", 0);
    assert_eq!(en.actions[1].label, "Choose another place");
    assert_eq!(
        en.privacy_note,
        "Only a wide area, about 100 km across, is asked for. Your exact place stays on this phone."
    );
}

#[test]
fn a_feed_says_how_many_meetings_and_how_long_since_its_update() {
    let d = Directory::open_in_memory().unwrap();
    let s = d.add_source(source("https://example.org/feed")).unwrap();
    support::import_guide(&d, &s.id, FEED);
    let today = state(&d, "en-GB", 0);
    assert!(!today.first_run);
    assert_eq!(today.title, "Your areas");
    let feed = &today.feeds[0];
    assert_eq!(
        (
            feed.name.as_str(),
            feed.meetings.as_str(),
            feed.updated.as_str()
        ),
        ("Ceredigion Intergroup", "3 meetings", "Updated today")
    );
    assert_eq!(
        feed.accessibility_label,
        "\u{2068}Ceredigion Intergroup\u{2069}: \u{2068}3 meetings\u{2069}. \u{2068}Updated today\u{2069}"
    );
    assert!(!feed.failed);
    assert!(today.notices.is_empty());
    for (tag, days, meetings, updated) in [
        ("en-GB", 1, "3 meetings", "Updated yesterday"),
        ("en-US", 4, "3 meetings", "Updated 4 days ago"),
        ("cy", 3, "Tri chyfarfod", "Wedi'i ddiweddaru dridiau yn ôl"),
        (
            "cy",
            2,
            "Tri chyfarfod",
            "Wedi'i ddiweddaru ddeuddydd yn ôl",
        ),
        ("es", 6, "3 reuniones", "Actualizada hace 6 días"),
    ] {
        let s = state(&d, tag, days);
        assert_eq!(s.feeds[0].meetings, meetings, "{tag}");
        assert_eq!(s.feeds[0].updated, updated, "{tag} {days}");
    }
}

#[test]
fn a_feed_that_could_not_be_updated_says_its_meetings_are_kept() {
    let d = Directory::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("soon-gone.json");
    std::fs::write(&missing, FEED).unwrap();
    d.add_source(source(&missing.to_string_lossy())).unwrap();
    // The file goes before the first update.
    std::fs::remove_file(&missing).unwrap();
    let results = d.sync_all().unwrap();
    assert!(results[0].1.is_err());
    let s = state(&d, "es", 0);
    let feed = &s.feeds[0];
    assert!(feed.failed);
    assert_eq!(
        feed.updated,
        "No se ha podido actualizar ahora; sus reuniones en este teléfono se conservan."
    );
    assert_eq!(s.notices[0].kind, NoticeKind::Stale);
}

#[test]
fn a_directory_that_cannot_be_read_offers_to_try_again() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("directory.sqlite");
    let d = Directory::open(&path).unwrap();
    d.add_source(source("https://example.org/feed")).unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE sources;")
        .unwrap();
    let s = state(&d, "cy", 0);
    assert!(s.feeds.is_empty() && s.areas.is_empty());
    assert_eq!(s.notices[0].kind, NoticeKind::Error);
    assert_eq!(s.actions[0].action, AreasAction::TryAgain);
    assert!(s.notices[0]
        .message
        .starts_with("Doedd dim modd darllen eich ardaloedd"));
}
