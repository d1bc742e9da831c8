//! The My meetings screen as a person sees it, through a real SQLite directory, the real
//! import and a real (SQLCipher) vault: saved meetings soonest first in every locale, a meeting
//! its feed stopped listing kept with a calm note, a backup restored on a phone that has not
//! loaded the feed yet, nothing saved, and a directory that cannot be read.

mod support;

use chrono::{DateTime, Utc};
use waymark_core::screens::{
    my_meetings_state, MeetingsOptions, MyMeetingsAction, MyMeetingsState, NoticeKind,
};
use waymark_core::vault::favorites::FavoriteStatus;
use waymark_core::{Directory, NewSource, Vault, VaultKey};

/// Chicago meetings. 2026-12-01 is a Tuesday.
const FEED: &str = r#"[
 {"slug":"step","name":"Tuesday Night Step","day":2,"time":"19:00","end_time":"20:00",
  "location":"St Mark's Hall","formatted_address":"20 Wacker Dr, Chicago, IL 60606, USA",
  "latitude":41.882,"longitude":-87.637,"types":["ST","W"]},
 {"slug":"friday","name":"Friday Speakers","day":[1,5],"time":"20:00","end_time":"21:30",
  "location":"Union Church","formatted_address":"40 Clark St, Chicago, IL 60603, USA",
  "latitude":41.880,"longitude":-87.631,"types":["SP"]},
 {"slug":"online","name":"Lunch Online","day":2,"time":"12:00","end_time":"13:00",
  "conference_url":"https://zoom.us/j/123456789","types":["O"]},
 {"slug":"other","name":"Other Group","day":3,"time":"12:00","end_time":"13:00",
  "location":"Hall","formatted_address":"1 Main St, Chicago, IL 60601, USA",
  "latitude":41.880,"longitude":-87.631,"types":["O"]}
]"#;

const ZONE: &str = "America/Chicago";

fn source() -> NewSource {
    support::guide_source("Chicago Intergroup", ZONE)
}

fn directory() -> (Directory, String) {
    let (d, s, _) = support::imported_directory(source(), FEED);
    (d, s)
}

/// Chicago local time on 2026-12-01 (Tuesday).
fn chicago(h: u32, m: u32) -> DateTime<Utc> {
    support::local_time(ZONE, 0, h, m)
}

/// Today on the Chicago calendar, worded as en-GB words a date ("Tue 1 Dec").
fn today_in_chicago() -> String {
    let tz: chrono_tz::Tz = ZONE.parse().unwrap();
    Utc::now()
        .with_timezone(&tz)
        .format("%a %-d %b")
        .to_string()
}

fn vault(dir: &std::path::Path) -> Vault {
    Vault::open(dir.join("v"), &VaultKey::from_bytes(&[0x5a; 32]).unwrap()).unwrap()
}

fn state(v: &mut Vault, d: &Directory, tag: &str) -> MyMeetingsState {
    my_meetings_state(
        v,
        d,
        &MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(chicago(11, 0)),
        },
    )
}

fn save(v: &mut Vault, d: &Directory, src: &str, slugs: &[&str]) {
    for slug in slugs {
        let m = d.meeting(&format!("{src}:{slug}")).unwrap();
        v.add_favorite(&m, chicago(9, 0).fixed_offset()).unwrap();
    }
}

/// (name, when, status note) of each row.
fn rows(s: &MyMeetingsState) -> Vec<(String, String, Option<String>)> {
    s.rows
        .iter()
        .map(|r| {
            (
                r.row.name.clone(),
                r.row.when.clone(),
                r.status_note.clone(),
            )
        })
        .collect()
}

#[test]
fn nothing_saved_yet_says_how_to_save_one_in_every_locale() {
    let (d, _) = directory();
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    for (tag, title, empty) in [
        ("en-GB", "My meetings", "No saved meetings yet"),
        ("en-US", "My meetings", "No saved meetings yet"),
        ("cy", "Fy nghyfarfodydd", "Dim cyfarfodydd wedi'u cadw eto"),
        ("es", "Mis reuniones", "Aún no has guardado ninguna reunión"),
    ] {
        let s = state(&mut v, &d, tag);
        assert_eq!(s.title, title, "{tag}");
        assert!(s.rows.is_empty());
        assert_eq!(s.notices[0].kind, NoticeKind::Empty);
        assert_eq!(s.notices[0].title.as_deref(), Some(empty), "{tag}");
        assert_eq!(s.actions[0].action, MyMeetingsAction::FindMeetings);
        assert_eq!(s.locale, tag);
    }
}

#[test]
fn saved_meetings_come_soonest_first_with_when_they_next_meet() {
    let (d, src) = directory();
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    // Saved in another order than they meet.
    save(&mut v, &d, &src, &["friday", "step", "online"]);
    let s = state(&mut v, &d, "en-GB");
    let names: Vec<&str> = s.rows.iter().map(|r| r.row.name.as_str()).collect();
    assert_eq!(
        names,
        ["Lunch Online", "Tuesday Night Step", "Friday Speakers"]
    );
    assert!(s.notices.is_empty());
    assert_eq!(s.accessibility_summary, "3 saved meetings.");
    let friday = &s.rows[2];
    assert_eq!(friday.row.when, "Fri 20:00");
    assert_eq!(friday.row.place.as_deref(), Some("Union Church"));
    assert_eq!(friday.status, FavoriteStatus::Listed);
    assert_eq!(friday.actions[0].action, MyMeetingsAction::Remove);
    assert_eq!(friday.actions[0].label, "Remove from my meetings");
    let us = state(&mut v, &d, "en-US");
    assert_eq!(us.rows[2].row.when, "Fri 8:00\u{202f}PM");
    let cy = state(&mut v, &d, "cy");
    assert_eq!(cy.accessibility_summary, "Tri chyfarfod wedi'u cadw.");
    assert_eq!(cy.rows[2].actions[0].label, "Tynnu o fy nghyfarfodydd");
    let es = state(&mut v, &d, "es");
    assert_eq!(es.accessibility_summary, "3 reuniones guardadas.");
    // Removing one takes it off the list.
    v.remove_favorite(&format!("{src}:online")).unwrap();
    let after = state(&mut v, &d, "en-GB");
    assert_eq!(after.rows.len(), 2);
    assert_eq!(after.accessibility_summary, "2 saved meetings.");
}

#[test]
fn a_meeting_its_feed_drops_stays_with_its_last_details_and_a_calm_note() {
    let (d, src) = directory();
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    save(&mut v, &d, &src, &["step", "friday"]);
    assert_eq!(state(&mut v, &d, "en-GB").rows.len(), 2);
    // The intergroup's next feed no longer has the Tuesday meeting.
    let without: Vec<serde_json::Value> = serde_json::from_str::<Vec<serde_json::Value>>(FEED)
        .unwrap()
        .into_iter()
        .filter(|m| m["slug"] != "step")
        .collect();
    support::import_guide(&d, &src, &serde_json::to_string(&without).unwrap());
    let before = today_in_chicago();
    let s = state(&mut v, &d, "en-GB");
    let after = today_in_chicago();
    // The note names the day the feed stopped listing it: the import just now, on the
    // viewer's calendar.
    let note = |day: &str| {
        format!("Its group's list stopped showing it on {day}. These are the last details we had.")
    };
    assert_eq!(s.rows.len(), 2);
    assert_eq!(
        rows(&s)[0],
        ("Friday Speakers".into(), "Fri 20:00".into(), None)
    );
    let (name, when, status) = rows(&s)[1].clone();
    assert_eq!(name, "Tuesday Night Step");
    assert_eq!(when, "Tuesday, 19:00–20:00 (America/Chicago)");
    let status = status.unwrap();
    assert!(
        status == note(&before) || status == note(&after),
        "{status}"
    );
    let gone = &s.rows[1];
    assert_eq!(gone.status, FavoriteStatus::NoLongerListed);
    assert_eq!(gone.row.place.as_deref(), Some("St Mark's Hall"));
    assert!(gone.row.accessibility_label.contains("last details we had"));
    assert_eq!(gone.actions[0].action, MyMeetingsAction::Remove);
    let es = state(&mut v, &d, "es");
    assert!(es.rows[1]
        .status_note
        .as_deref()
        .unwrap()
        .starts_with("La lista de su grupo dejó de mostrarla el"));
    let cy = state(&mut v, &d, "cy");
    assert!(cy.rows[1]
        .status_note
        .as_deref()
        .unwrap()
        .starts_with("Mae rhestr y grŵp wedi peidio â'i ddangos ers"));
}

#[test]
fn a_backup_restored_before_the_feed_loads_says_so_and_claims_nothing_went() {
    let (d, src) = directory();
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    save(&mut v, &d, &src, &["step"]);
    // A new phone: the vault came back, the directory is still empty.
    let fresh = Directory::open_in_memory().unwrap();
    let s = state(&mut v, &fresh, "en-GB");
    assert_eq!(s.rows.len(), 1);
    assert_eq!(s.rows[0].status, FavoriteStatus::NotSyncedYet);
    assert_eq!(
        s.rows[0].status_note.as_deref(),
        Some("Not updated on this phone yet. These are the details you saved.")
    );
    assert_eq!(s.rows[0].row.name, "Tuesday Night Step");
}

#[test]
fn a_directory_that_cannot_be_read_offers_to_try_again_and_shows_no_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("directory.sqlite");
    let d = Directory::open(&path).unwrap();
    let s = d.add_source(source()).unwrap();
    support::import_guide(&d, &s.id, FEED);
    let mut v = vault(tmp.path());
    save(&mut v, &d, &s.id, &["step"]);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE sources;")
        .unwrap();
    let broken = state(&mut v, &d, "en-GB");
    assert!(broken.rows.is_empty());
    assert_eq!(broken.notices[0].kind, NoticeKind::Error);
    assert_eq!(
        broken.notices[0].message,
        "Your saved meetings could not be read just now. Nothing has been lost; please try again."
    );
    assert_eq!(broken.actions[0].action, MyMeetingsAction::TryAgain);
    // Nothing was lost: the vault still has the meeting.
    assert_eq!(v.favorite_records().unwrap().len(), 1);
}
