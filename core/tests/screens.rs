//! The Meetings and Meeting screens as a person sees them, through a real SQLite directory and
//! the real import: sections by the viewer's own day, search as you type, filters, empty,
//! stale and error states, every supported locale, and listeners that stop when dropped.

mod support;

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use waymark_core::screens::{
    BadgeKind, FilterKind, MeetingAction, MeetingScreen, MeetingsAction, MeetingsListener,
    MeetingsOptions, MeetingsScreen, MeetingsState, NoticeKind, SectionKind,
};
use waymark_core::{AttendanceFilter, Directory, FeedFormat, GeoPoint, NewSource};

/// Chicago meetings. 2026-12-01 is a Tuesday.
const FEED: &str = r#"[
 {"slug":"club","name":"Serenity Clubhouse","day":[0,1,2,3,4,5,6],"time":"00:00","end_time":"23:59",
  "location":"Serenity Club","formatted_address":"10 Lake St, Chicago, IL 60601, USA",
  "latitude":41.886,"longitude":-87.624,"types":["O"]},
 {"slug":"step","name":"Tuesday Night Step","day":2,"time":"19:00","end_time":"20:00",
  "location":"St Mark's Hall","formatted_address":"20 Wacker Dr, Chicago, IL 60606, USA",
  "latitude":41.882,"longitude":-87.637,"types":["ST","W"],
  "location_notes":"Side door, up the stairs","notes":"Newcomers welcome"},
 {"slug":"late","name":"Night Owls","day":3,"time":"00:30","end_time":"01:30",
  "location":"Union Church","formatted_address":"40 Clark St, Chicago, IL 60603, USA",
  "latitude":41.880,"longitude":-87.631,"types":["C"]},
 {"slug":"friday","name":"Friday Speakers","day":[1,5],"time":"20:00","end_time":"21:30",
  "location":"Union Church","formatted_address":"40 Clark St, Chicago, IL 60603, USA",
  "latitude":41.880,"longitude":-87.631,"types":["SP"]},
 {"slug":"online","name":"Lunch Online","day":2,"time":"12:00","end_time":"13:00",
  "conference_url":"https://zoom.us/j/123456789","conference_phone":"+1 312 555 0100,,123#",
  "types":["O"]},
 {"slug":"closed","name":"Lighthouse Group","day":2,"time":"21:00","end_time":"22:00",
  "location":"Harbour Room","formatted_address":"50 Pier Rd, Chicago, IL 60611, USA",
  "latitude":41.891,"longitude":-87.605,"types":["O","TC","LGBTQ"]},
 {"slug":"farsi","name":"گروه امید","day":2,"time":"19:30","end_time":"20:30",
  "location":"Community Room","formatted_address":"60 Grand Ave, Chicago, IL 60610, USA",
  "latitude":41.892,"longitude":-87.630,"types":["O"]},
 {"slug":"long","name":"The Very Long Named Thursday Evening Big Book Study And Fellowship Group Of The Near North Side 👩🏽‍🤝‍👩🏻","day":4,"time":"18:00","end_time":"19:00",
  "location":"North Hall","formatted_address":"70 Oak St, Chicago, IL 60611, USA",
  "latitude":41.900,"longitude":-87.628,"types":["BB"]}
]"#;

const ZONE: &str = "America/Chicago";

fn directory() -> (Directory, String) {
    let (d, s, report) =
        support::imported_directory(support::guide_source("Chicago Intergroup", ZONE), FEED);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    (d, s)
}

/// Chicago local time on 2026-12-01 (Tuesday) plus `days`.
fn chicago(days: u32, h: u32, m: u32) -> DateTime<Utc> {
    support::local_time(ZONE, days, h, m)
}

fn screen(d: &Directory, locale: &str, at: DateTime<Utc>) -> Arc<MeetingsScreen> {
    MeetingsScreen::new(
        d.clone(),
        MeetingsOptions {
            locale: Some(locale.into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(at),
        },
    )
}

/// (section heading, row names) in order.
fn outline(s: &MeetingsState) -> Vec<(String, Vec<String>)> {
    s.sections
        .iter()
        .map(|sec| {
            (
                sec.heading.clone(),
                sec.rows.iter().map(|r| r.name.clone()).collect(),
            )
        })
        .collect()
}

fn row<'a>(s: &'a MeetingsState, name: &str) -> &'a waymark_core::screens::MeetingRow {
    s.sections
        .iter()
        .flat_map(|sec| &sec.rows)
        .find(|r| r.name.starts_with(name))
        .unwrap_or_else(|| panic!("{name} not in {:?}", outline(s)))
}

fn section_of(s: &MeetingsState, name: &str) -> SectionKind {
    s.sections
        .iter()
        .find(|sec| sec.rows.iter().any(|r| r.name.starts_with(name)))
        .map(|sec| sec.kind)
        .unwrap_or_else(|| panic!("{name} not in {:?}", outline(s)))
}

#[test]
fn meetings_fall_into_now_later_today_tomorrow_and_this_week_by_the_viewers_day() {
    let (d, _) = directory();
    let s = screen(&d, "en-GB", chicago(0, 18, 55)).state();
    assert_eq!(s.title, "Meetings");
    let headings: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
    assert_eq!(
        headings,
        ["Happening now", "Later today", "Tomorrow", "This week"]
    );
    assert_eq!(section_of(&s, "Serenity Clubhouse"), SectionKind::Now);
    assert_eq!(
        section_of(&s, "Tuesday Night Step"),
        SectionKind::LaterToday
    );
    // 00:30 after midnight is tomorrow, not "later today".
    assert_eq!(section_of(&s, "Night Owls"), SectionKind::Tomorrow);
    assert_eq!(section_of(&s, "Friday Speakers"), SectionKind::ThisWeek);
    let step = row(&s, "Tuesday Night Step");
    assert_eq!(step.when, "in 5 min (19:00)");
    assert_eq!(step.place.as_deref(), Some("St Mark's Hall"));
    let labels: Vec<&str> = step.badges.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Step Study", "Women"]);
    let club = row(&s, "Serenity Clubhouse");
    assert_eq!(club.when, "now, all day");
    assert_eq!(club.badges[0].kind, BadgeKind::Now);
    assert_eq!(club.badges[0].label, "Now");
    // A temporarily closed meeting is left out of the list.
    assert!(s
        .sections
        .iter()
        .flat_map(|x| &x.rows)
        .all(|r| !r.name.contains("Lighthouse")));
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    assert_eq!(s.accessibility_summary, "7 meetings shown.");
}

#[test]
fn when_midnight_passes_tomorrow_becomes_later_today() {
    let (d, _) = directory();
    let screen = screen(&d, "en-GB", chicago(0, 23, 0));
    let before = screen.state();
    assert_eq!(section_of(&before, "Night Owls"), SectionKind::Tomorrow);
    assert_eq!(row(&before, "Night Owls").when, "tomorrow 00:30");
    // The screen knows it must look again at midnight at the latest.
    assert!(before.refresh_at.unwrap() <= chicago(1, 0, 0));
    let after = screen.set_time(Some(chicago(1, 0, 5)));
    assert_eq!(section_of(&after, "Night Owls"), SectionKind::LaterToday);
    assert_eq!(row(&after, "Night Owls").when, "in 25 min (00:30)");
    // Within the hour the wording changes every minute, so the screen wakes each minute.
    assert_eq!(after.refresh_at, Some(chicago(1, 0, 6)));
    let running = screen.set_time(Some(chicago(1, 0, 40)));
    assert_eq!(section_of(&running, "Night Owls"), SectionKind::Now);
    assert_eq!(row(&running, "Night Owls").when, "now, until 01:30");
}

#[test]
fn every_locale_words_the_same_list_its_own_way() {
    let (d, _) = directory();
    let at = chicago(0, 18, 55);
    let cases = [
        (
            "en-US",
            "Later today",
            "in 5 min (7:00\u{202f}PM)",
            "Tomorrow",
            "tomorrow 12:30\u{202f}AM",
        ),
        (
            "cy-GB",
            "Yn nes ymlaen heddiw",
            "mewn 5 munud (19:00)",
            "Yfory",
            "yfory 00:30",
        ),
        (
            "es-ES",
            "Más tarde hoy",
            "en 5 min (19:00)",
            "Mañana",
            "mañana 00:30",
        ),
    ];
    for (tag, later, when, tomorrow, owls) in cases {
        let s = screen(&d, tag, at).state();
        let headings: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(headings[1], later, "{tag}");
        assert_eq!(headings[2], tomorrow, "{tag}");
        assert_eq!(row(&s, "Tuesday Night Step").when, when, "{tag}");
        assert_eq!(row(&s, "Night Owls").when, owls, "{tag}");
        assert!(s.locale_note.is_none(), "{tag}");
    }
    let cy = screen(&d, "cy-GB", at).state();
    assert_eq!(cy.title, "Cyfarfodydd");
    assert_eq!(cy.accessibility_summary, "7 cyfarfod yn cael eu dangos.");
    let es = screen(&d, "es", at).state();
    assert_eq!(es.title, "Reuniones");
    assert_eq!(es.accessibility_summary, "Se muestran 7 reuniones.");
    assert_eq!(es.filters[1].label, "En línea");
}

#[test]
fn an_unknown_language_shows_english_and_says_so() {
    let (d, _) = directory();
    let s = screen(&d, "de-DE", chicago(0, 18, 55)).state();
    assert_eq!(s.locale, "en-GB");
    assert_eq!(s.title, "Meetings");
    let note = s.locale_note.expect("a note about the fallback");
    assert!(note.contains("de-DE"), "{note}");
}

#[test]
fn typing_narrows_the_list_and_a_miss_offers_to_clear() {
    let (d, _) = directory();
    let screen = screen(&d, "en-GB", chicago(0, 18, 55));
    let s = screen.set_search("uni".into());
    // "uni" begins "Union Church" (the venue of two meetings): words match as prefixes.
    let names: Vec<String> = outline(&s).into_iter().flat_map(|(_, n)| n).collect();
    assert_eq!(names, ["Night Owls", "Friday Speakers"]);
    assert_eq!(s.search_text, "uni");
    assert!(s
        .actions
        .iter()
        .any(|a| a.action == MeetingsAction::ClearFilters));
    let miss = screen.set_search("zzzz".into());
    assert!(miss.sections.is_empty());
    assert_eq!(miss.notices.len(), 1);
    assert_eq!(miss.notices[0].kind, NoticeKind::Empty);
    assert_eq!(miss.notices[0].title.as_deref(), Some("No meetings match"));
    assert_eq!(miss.accessibility_summary, "No meetings shown.");
    let clear = miss
        .actions
        .iter()
        .find(|a| a.action == MeetingsAction::ClearFilters)
        .expect("a way out of an empty search");
    assert_eq!(clear.label, "Clear filters");
    let back = screen.clear_filters();
    assert_eq!(back.search_text, "");
    assert_eq!(back.sections.len(), 4);
}

#[test]
fn a_closed_meeting_is_found_by_name_and_otherwise_said_to_be_left_out() {
    let (d, _) = directory();
    let screen = screen(&d, "en-GB", chicago(0, 18, 55));
    let by_name = screen.set_search("lighthouse".into());
    let lighthouse = row(&by_name, "Lighthouse Group");
    assert_eq!(lighthouse.badges[0].kind, BadgeKind::Closed);
    assert_eq!(lighthouse.badges[0].label, "Temporarily closed");
    screen.set_search(String::new());
    // Only the closed meeting is LGBTQ: the list is empty and says why.
    let s = screen.toggle_type("LGBTQ".into());
    assert!(s.sections.is_empty(), "{:?}", outline(&s));
    let messages: Vec<&str> = s.notices.iter().map(|n| n.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Try fewer filters or another word. Online meetings are open to everyone, wherever you are.",
            "One temporarily closed meeting matches; it is not shown."
        ]
    );
}

#[test]
fn filters_show_as_chips_and_narrow_the_rows() {
    let (d, _) = directory();
    let screen = screen(&d, "en-GB", chicago(0, 10, 0));
    let online = screen.set_attendance(Some(AttendanceFilter::Online));
    let names: Vec<String> = outline(&online).into_iter().flat_map(|(_, n)| n).collect();
    assert_eq!(names, ["Lunch Online"]);
    let chip = online
        .filters
        .iter()
        .find(|c| c.kind == FilterKind::Online)
        .unwrap();
    assert!(chip.selected);
    let lunch = row(&online, "Lunch Online");
    assert_eq!(lunch.place, None);
    assert_eq!(lunch.badges[0].kind, BadgeKind::Online);
    screen.set_attendance(None);
    let women = screen.toggle_type("w".into());
    let names: Vec<String> = outline(&women).into_iter().flat_map(|(_, n)| n).collect();
    assert_eq!(names, ["Tuesday Night Step"]);
    let type_chip = women.filters.last().unwrap();
    assert_eq!(
        (
            type_chip.kind,
            type_chip.label.as_str(),
            type_chip.code.as_deref()
        ),
        (FilterKind::Type, "Women", Some("W"))
    );
    let off = screen.toggle_type("W".into());
    assert!(off.filters.iter().all(|c| c.kind != FilterKind::Type));
    // Near me: distances in miles for a US or UK locale, km elsewhere.
    let near = screen.set_near(Some(GeoPoint {
        latitude: 41.8825,
        longitude: -87.6360,
    }));
    let step = row(&near, "Tuesday Night Step");
    assert_eq!(step.distance.as_deref(), Some("0.1 mi"));
    assert!(near.filters[2].selected);
    assert!(step
        .accessibility_label
        .ends_with("St Mark's Hall\u{2069}, \u{2068}0.1 mi\u{2069}"));
}

#[test]
fn a_phone_with_no_meetings_offers_to_choose_an_area() {
    let d = Directory::open_in_memory().unwrap();
    for tag in ["en-GB", "cy", "es"] {
        let s = screen(&d, tag, chicago(0, 18, 55)).state();
        assert!(s.sections.is_empty());
        assert_eq!(s.notices[0].kind, NoticeKind::Empty);
        assert_eq!(s.actions[0].action, MeetingsAction::ChooseArea);
        let title = s.notices[0].title.clone().unwrap();
        let expected = match tag {
            "en-GB" => "No meetings on this phone yet",
            "cy" => "Does dim cyfarfodydd ar y ffôn hwn eto",
            _ => "Aún no hay reuniones en este teléfono",
        };
        assert_eq!(title, expected);
    }
}

#[test]
fn meetings_not_updated_for_days_say_so_kindly() {
    let (d, _) = directory();
    // The feed was imported just now; the screen looks five days on.
    let later = Utc::now() + Duration::days(5) + Duration::hours(1);
    let s = screen(&d, "en-GB", later).state();
    let stale = s
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Stale)
        .unwrap();
    assert_eq!(
        stale.message,
        "These meetings were last updated 5 days ago. Times may have changed since."
    );
    assert!(s
        .actions
        .iter()
        .any(|a| a.action == MeetingsAction::UpdateNow));
    assert!(!s.sections.is_empty(), "the meetings stay shown");
    let cy = screen(
        &d,
        "cy",
        Utc::now() + Duration::days(3) + Duration::hours(1),
    )
    .state();
    assert!(
        cy.notices[0].message.contains("dridiau yn ôl"),
        "{:?}",
        cy.notices
    );
    let fresh = screen(&d, "en-GB", Utc::now()).state();
    assert!(fresh.notices.iter().all(|n| n.kind != NoticeKind::Stale));
}

#[test]
fn a_directory_that_cannot_be_read_shows_a_way_to_try_again_and_no_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("directory.sqlite");
    let d = Directory::open(&path).unwrap();
    let s = d.add_source(support::guide_source("feed", ZONE)).unwrap();
    support::import_guide(&d, &s.id, FEED);
    let screen = screen(&d, "en-GB", chicago(0, 18, 55));
    assert_eq!(screen.state().sections.len(), 4);
    // Another program damages the file: the text index is gone.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("DROP TABLE meeting_fts;").unwrap();
    let broken = screen.set_search("step".into());
    assert!(broken.sections.is_empty());
    assert_eq!(broken.notices[0].kind, NoticeKind::Error);
    assert_eq!(
        broken.notices[0].message,
        "The meetings could not be read just now. Please try again."
    );
    assert_eq!(broken.actions[0].action, MeetingsAction::TryAgain);
}

#[test]
fn names_keep_their_direction_and_long_names_are_cut_between_letters() {
    let (d, _) = directory();
    let s = screen(&d, "en-GB", chicago(0, 18, 55)).state();
    let farsi = row(&s, "گروه امید");
    assert!(
        farsi
            .accessibility_label
            .starts_with("\u{2068}گروه امید\u{2069}, "),
        "{:?}",
        farsi.accessibility_label
    );
    let long = row(&s, "The Very Long");
    assert_eq!(waymark_core::l10n::grapheme_count(&long.name), 80);
    assert!(long.name.ends_with('…'));
    // The screen reader hears the whole name, emoji included.
    assert!(long.accessibility_label.contains("👩🏽‍🤝‍👩🏻"));
}

struct Recorder(Mutex<Vec<MeetingsState>>);

impl MeetingsListener for Recorder {
    fn on_state(&self, state: MeetingsState) {
        self.0.lock().unwrap().push(state);
    }
}

#[test]
fn a_listener_hears_each_new_state_until_its_subscription_is_dropped() {
    let (d, _) = directory();
    let screen = screen(&d, "en-GB", chicago(0, 18, 55));
    let heard = Arc::new(Recorder(Mutex::new(Vec::new())));
    let subscription = screen.subscribe(heard.clone());
    screen.set_search("step".into());
    screen.set_time(Some(chicago(0, 19, 5)));
    {
        let states = heard.0.lock().unwrap();
        assert_eq!(states.len(), 3, "the first state, then one per event");
        assert_eq!(states[1].search_text, "step");
        assert_eq!(
            row(&states[2], "Tuesday Night Step").when,
            "now, until 20:00"
        );
    }
    drop(subscription);
    screen.set_search(String::new());
    assert_eq!(heard.0.lock().unwrap().len(), 3, "nothing after the drop");
    // A second listener, cancelled explicitly, hears nothing more either.
    let second = Arc::new(Recorder(Mutex::new(Vec::new())));
    let sub = screen.subscribe(second.clone());
    sub.cancel();
    screen.reload();
    assert_eq!(second.0.lock().unwrap().len(), 1);
}

fn meeting_screen(d: &Directory, id: &str, tag: &str) -> Arc<MeetingScreen> {
    MeetingScreen::new(
        d.clone(),
        id.into(),
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(chicago(0, 18, 0)),
        },
    )
}

#[test]
fn the_meeting_screen_words_schedule_place_notes_and_buttons() {
    let (d, src) = directory();
    let s = meeting_screen(&d, &format!("{src}:step"), "en-GB").state();
    assert!(s.found);
    assert_eq!(s.title, "Tuesday Night Step");
    assert_eq!(s.next.as_deref(), Some("Next: today 19:00"));
    assert_eq!(s.schedule, "Tuesday, 19:00–20:00 (America/Chicago)");
    assert_eq!(
        s.place,
        ["St Mark's Hall", "20 Wacker Dr, Chicago, IL 60606, USA"]
    );
    let blocks: Vec<(&str, &str)> = s
        .blocks
        .iter()
        .map(|b| (b.heading.as_str(), b.text.as_str()))
        .collect();
    assert_eq!(
        blocks,
        [
            ("About this meeting", "Newcomers welcome"),
            ("Finding the room", "Side door, up the stairs")
        ]
    );
    let actions: Vec<MeetingAction> = s.actions.iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            MeetingAction::Directions,
            MeetingAction::Remind,
            MeetingAction::AddToCalendar,
            MeetingAction::Rides,
            MeetingAction::Share,
            MeetingAction::Report
        ]
    );
    let directions = &s.actions[0];
    assert_eq!(directions.label, "Directions");
    assert!(directions.url.as_deref().unwrap().starts_with("geo:"));
    assert!(directions
        .web_url
        .as_deref()
        .unwrap()
        .starts_with("https://"));
    assert_eq!(s.footer[0], "Listed by \u{2068}Chicago Intergroup\u{2069}");
}

#[test]
fn the_meeting_screen_speaks_every_locale() {
    let (d, src) = directory();
    let id = format!("{src}:friday");
    let cases = [
        ("en-GB", "Monday and Friday, 20:00–21:30 (America/Chicago)"),
        (
            "en-US",
            "Monday and Friday, 8:00\u{202f}PM–9:30\u{202f}PM (America/Chicago)",
        ),
        (
            "cy",
            "dydd Llun a dydd Gwener, 20:00–21:30 (America/Chicago)",
        ),
        ("es", "lunes y viernes, 20:00–21:30 (America/Chicago)"),
    ];
    for (tag, schedule) in cases {
        let s = meeting_screen(&d, &id, tag).state();
        assert_eq!(s.schedule, schedule, "{tag}");
    }
    let club = meeting_screen(&d, &format!("{src}:club"), "es").state();
    assert_eq!(
        club.schedule,
        "domingo, lunes, martes, miércoles, jueves, viernes y sábado, todo el día (America/Chicago)"
    );
    let cy = meeting_screen(&d, &format!("{src}:step"), "cy").state();
    assert_eq!(cy.actions[0].label, "Cyfarwyddiadau");
    assert_eq!(cy.blocks[1].heading, "Dod o hyd i'r ystafell");
}

#[test]
fn an_online_meeting_offers_join_and_call_and_no_directions() {
    let (d, src) = directory();
    let s = meeting_screen(&d, &format!("{src}:online"), "en-GB").state();
    assert!(s.place.is_empty());
    let join = s
        .actions
        .iter()
        .find(|a| a.action == MeetingAction::Join)
        .unwrap();
    assert_eq!(join.url.as_deref(), Some("https://zoom.us/j/123456789"));
    let call = s
        .actions
        .iter()
        .find(|a| a.action == MeetingAction::Call)
        .unwrap();
    assert!(call.url.as_deref().unwrap().starts_with("tel:"));
    assert!(s
        .actions
        .iter()
        .all(|a| a.action != MeetingAction::Directions));
    assert!(s.actions.iter().all(|a| a.action != MeetingAction::Rides));
    assert_eq!(s.badges[0].kind, BadgeKind::Online);
}

#[test]
fn a_closed_venue_says_so_and_offers_no_way_in() {
    let (d, src) = directory();
    let s = meeting_screen(&d, &format!("{src}:closed"), "en-GB").state();
    assert_eq!(s.badges[0].kind, BadgeKind::Closed);
    assert_eq!(
        s.notices[0].message,
        "This venue is marked temporarily closed. Check with the group before you go."
    );
    for gone in [
        MeetingAction::Directions,
        MeetingAction::Remind,
        MeetingAction::AddToCalendar,
        MeetingAction::Rides,
    ] {
        assert!(s.actions.iter().all(|a| a.action != gone), "{gone:?}");
    }
}

#[test]
fn a_meeting_no_longer_listed_says_so_calmly() {
    let (d, src) = directory();
    for (tag, title) in [
        ("en-GB", "This meeting is no longer listed"),
        ("cy", "Dydy'r cyfarfod hwn ddim wedi'i restru mwyach"),
        ("es", "Esta reunión ya no aparece"),
    ] {
        let s = meeting_screen(&d, &format!("{src}:nothing-here"), tag).state();
        assert!(!s.found);
        assert_eq!(s.title, title);
        assert!(s.actions.is_empty());
    }
}

struct Channel(Mutex<std::sync::mpsc::Sender<MeetingsState>>);

impl MeetingsListener for Channel {
    fn on_state(&self, state: MeetingsState) {
        let _ = self.0.lock().unwrap().send(state);
    }
}

#[test]
fn on_the_real_clock_the_screen_wakes_itself_when_a_minute_passes() {
    use chrono::{Datelike, Timelike};
    // A meeting two or three minutes from now (UTC): its row counts down each minute.
    let start = Utc::now() + Duration::minutes(3);
    let feed = format!(
        r#"[{{"slug":"soon","name":"Soon Group","day":{},"time":"{:02}:{:02}","end_time":"{:02}:{:02}",
             "timezone":"UTC","conference_url":"https://zoom.us/j/1","types":["O"]}}]"#,
        start.weekday().num_days_from_sunday(),
        start.hour(),
        start.minute(),
        (start + Duration::hours(1)).hour(),
        start.minute(),
    );
    let (d, _, _) = support::imported_directory(
        NewSource {
            location: "https://example.org/soon".into(),
            format: Some(FeedFormat::MeetingGuide),
            ..NewSource::default()
        },
        &feed,
    );
    let screen = MeetingsScreen::new(
        d,
        MeetingsOptions {
            locale: Some("en-GB".into()),
            viewer_timezone: Some("UTC".into()),
            at: None,
        },
    );
    let (tx, rx) = std::sync::mpsc::channel();
    let subscription = screen.subscribe(Arc::new(Channel(Mutex::new(tx))));
    let first = rx.recv().unwrap();
    let before = row(&first, "Soon Group").when.clone();
    assert!(before.starts_with("in "), "{before}");
    // Nobody sends an event: the screen's own clock brings the next state within a minute.
    let next = rx
        .recv_timeout(std::time::Duration::from_secs(75))
        .expect("a new state when the minute turned");
    let after = row(&next, "Soon Group").when.clone();
    assert_ne!(before, after, "the countdown moved on");
    drop(subscription);
}

mod reminders {
    use super::*;
    use waymark_core::reminders::ReminderRule;
    use waymark_core::screens::{reminders_state, ReminderFacts, ReminderFix, ReminderProblem};
    use waymark_core::{Vault, VaultKey};

    fn vault(dir: &std::path::Path) -> Vault {
        Vault::open(dir.join("v"), &VaultKey::from_bytes(&[0x5a; 32]).unwrap()).unwrap()
    }

    fn options(tag: &str) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(chicago(0, 12, 0)),
        }
    }

    fn all_well() -> ReminderFacts {
        ReminderFacts {
            notifications_allowed: true,
            exact_alarms_allowed: Some(true),
            pending: 2,
            cap: 64,
            delivered: Vec::new(),
        }
    }

    #[test]
    fn no_reminders_yet_says_how_to_add_one() {
        let (d, _) = directory();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let s = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert_eq!(s.title, "Reminders");
        assert!(s.rows.is_empty() && s.issues.is_empty());
        assert_eq!(s.notices[0].title.as_deref(), Some("No reminders yet"));
        let cy = reminders_state(&mut v, &d, &all_well(), &options("cy"));
        assert_eq!(
            cy.notices[0].title.as_deref(),
            Some("Dim nodiadau atgoffa eto")
        );
    }

    #[test]
    fn each_meeting_says_when_how_long_before_and_what_the_lock_screen_shows() {
        let (d, src) = directory();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let now = chicago(0, 12, 0).fixed_offset();
        for (slug, leads, detailed) in [("friday", vec![15, 60], false), ("step", vec![90], true)] {
            let m = d.meeting(&format!("{src}:{slug}")).unwrap();
            v.add_favorite(&m, now).unwrap();
            v.set_reminder(
                ReminderRule {
                    meeting_id: m.id.clone(),
                    leads,
                    weekdays: Vec::new(),
                    detailed,
                    skip_occurrence: None,
                },
                now,
            )
            .unwrap();
        }
        // Discreet is the default for every reminder; a rule may name its meeting once the
        // person turns that off.
        let default = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert!(default
            .rows
            .iter()
            .all(|r| r.lock_screen == "Discreet on the lock screen"));
        v.set_discreet_reminders(false).unwrap();
        let s = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        let rows: Vec<(&str, Option<&str>, &str, &str)> = s
            .rows
            .iter()
            .map(|r| {
                (
                    r.name.as_str(),
                    r.when.as_deref(),
                    r.leads.as_str(),
                    r.lock_screen.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "Tuesday Night Step",
                    Some("today 19:00"),
                    "1 h 30 min before",
                    "Shows the meeting's name on the lock screen"
                ),
                (
                    "Friday Speakers",
                    Some("Fri 20:00"),
                    "1 hour before and 15 minutes before",
                    "Discreet on the lock screen"
                ),
            ]
        );
        let es = reminders_state(&mut v, &d, &all_well(), &options("es"));
        assert_eq!(es.rows[1].leads, "1 hora antes y 15 minutos antes");
        let cy = reminders_state(&mut v, &d, &all_well(), &options("cy"));
        assert_eq!(cy.rows[1].leads, "awr cyn a 15 munud cyn");
        assert_eq!(cy.rows[1].lock_screen, "Yn ddisylw ar y sgrin glo");
        // Discreet again for every reminder overrides a rule that would name the meeting.
        v.set_discreet_reminders(true).unwrap();
        let discreet = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert_eq!(discreet.rows[0].lock_screen, "Discreet on the lock screen");
    }

    #[test]
    fn a_daily_check_in_and_a_week_off_are_the_screens_own_buttons() {
        use waymark_core::l10n::Locale;
        use waymark_core::screens::RemindersAction;
        let (d, _) = directory();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let actions = |v: &mut Vault, tag: &str| -> Vec<(RemindersAction, String)> {
            reminders_state(v, &d, &all_well(), &options(tag))
                .actions
                .into_iter()
                .map(|a| (a.action, a.label))
                .collect()
        };
        // Nothing to pause yet: only the check-in is offered, at the core's evening time.
        assert_eq!(
            actions(&mut v, "en-GB"),
            [(
                RemindersAction::AddDailyCheckin,
                "Remind me to check in every day at 21:00".to_string()
            )]
        );
        assert_eq!(
            actions(&mut v, "cy")[0].1,
            "Atgoffa fi i wirio i mewn bob dydd am 21:00"
        );
        assert!(
            actions(&mut v, "en-US")[0].1.ends_with("9:00\u{202f}PM")
                || actions(&mut v, "en-US")[0].1.ends_with("9:00 PM")
        );
        // Tapped on a Welsh phone with no language chosen in Settings: named in Welsh, and a
        // second tap adds nothing.
        let now = chicago(0, 12, 0).fixed_offset();
        let first = v.add_daily_checkin(now, Locale::Cy).unwrap();
        let again = v.add_daily_checkin(now, Locale::Cy).unwrap();
        assert_eq!(first.id, again.id);
        assert_eq!(first.label, "Gwirio i mewn dyddiol");
        assert_eq!(first.minute, 21 * 60);
        let s = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert_eq!(s.daily.len(), 1);
        // Not "no reminders yet" above the check-in.
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        assert_eq!(s.daily[0].when, "Every day at 21:00");
        assert_eq!(s.daily[0].actions[0].label, "Stop reminding me");
        assert_eq!(
            actions(&mut v, "en-GB"),
            [(
                RemindersAction::PauseForAWeek,
                "Pause for a week".to_string()
            )]
        );
        // A week off from today (1 Dec in Chicago): reminders start again on the 8th, and the
        // pause button gives way to "resume".
        let until = v.pause_for_a_week(now.date_naive()).unwrap();
        assert_eq!(until.to_string(), "2026-12-08");
        let s = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert_eq!(
            s.paused.as_deref(),
            Some("Reminders are paused until Tue 8 Dec.")
        );
        assert!(s.actions.is_empty());
        assert_eq!(s.issues[0].fix, Some(ReminderFix::ResumeReminders));
        // Removing the check-in offers it again.
        v.remove_daily_reminder(&first.id).unwrap();
        assert_eq!(
            actions(&mut v, "es"),
            [(
                RemindersAction::AddDailyCheckin,
                "Recordarme hacer una revisión todos los días a las 21:00".to_string()
            )]
        );
    }

    #[test]
    fn each_problem_comes_with_its_fix() {
        let (d, _) = directory();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let facts = ReminderFacts {
            notifications_allowed: false,
            exact_alarms_allowed: Some(false),
            pending: 64,
            cap: 64,
            delivered: Vec::new(),
        };
        let s = reminders_state(&mut v, &d, &facts, &options("en-GB"));
        let issues: Vec<(ReminderProblem, Option<ReminderFix>, Option<&str>)> = s
            .issues
            .iter()
            .map(|i| (i.problem, i.fix, i.fix_label.as_deref()))
            .collect();
        assert_eq!(
            issues,
            [
                (
                    ReminderProblem::NotificationsOff,
                    Some(ReminderFix::TurnOnNotifications),
                    Some("Turn on notifications")
                ),
                (
                    ReminderProblem::ExactAlarmsOff,
                    Some(ReminderFix::AllowExactAlarms),
                    Some("Allow exact alarms")
                ),
                (ReminderProblem::TooMany, None, None),
            ]
        );
        assert_eq!(
            s.issues[2].message,
            "Only the next 64 reminders fit on this phone; later ones are set as these go off."
        );
        v.pause_reminders(Some(chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()))
            .unwrap();
        let paused = reminders_state(&mut v, &d, &all_well(), &options("en-GB"));
        assert_eq!(
            paused.paused.as_deref(),
            Some("Reminders are paused until Fri 4 Dec.")
        );
        assert_eq!(paused.issues[0].fix, Some(ReminderFix::ResumeReminders));
        let cy = reminders_state(&mut v, &d, &all_well(), &options("cy"));
        assert!(cy
            .paused
            .unwrap()
            .starts_with("Mae nodiadau atgoffa wedi'u gohirio tan "));
    }
}

mod journal {
    use super::*;
    use waymark_core::screens::{journal_state, JournalRowAction, JournalView};
    use waymark_core::vault::journal::{EntryKind, NewEntry};
    use waymark_core::{Vault, VaultKey};

    fn options(tag: &str) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some("Europe/London".into()),
            at: Some(Utc.with_ymd_and_hms(2026, 11, 24, 22, 0, 0).unwrap()),
        }
    }

    /// A day heading and its rows' (kind, time, preview).
    type Day<'a> = (&'a str, Vec<(&'a str, &'a str, &'a str)>);

    fn written(v: &mut Vault, at: &str, entry: NewEntry) -> String {
        let at = DateTime::parse_from_rfc3339(at).unwrap();
        v.add_entry(entry, at).unwrap().id
    }

    #[test]
    fn entries_come_under_day_headings_with_a_preview_and_the_trash_says_how_long() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = Vault::open(
            tmp.path().join("v"),
            &VaultKey::from_bytes(&[3; 32]).unwrap(),
        )
        .unwrap();
        let empty = journal_state(&v, &JournalView::default(), &options("en-GB"));
        assert_eq!(empty.title, "Journal");
        assert_eq!(
            empty.notices[0].title.as_deref(),
            Some("Nothing written yet")
        );
        let cy = journal_state(&v, &JournalView::default(), &options("cy"));
        assert_eq!(
            cy.notices[0].title.as_deref(),
            Some("Dim byd wedi'i ysgrifennu eto")
        );

        written(
            &mut v,
            "2026-11-24T21:05:00+00:00",
            NewEntry {
                mood: Some(2),
                craving: Some(7),
                ..NewEntry::text(EntryKind::Checkin, "")
            },
        );
        let old = written(
            &mut v,
            "2026-11-23T20:00:00+00:00",
            NewEntry::text(
                EntryKind::Note,
                "\nGrateful for the walk home.\nSecond line",
            ),
        );
        written(
            &mut v,
            "2026-11-20T08:30:00+00:00",
            NewEntry::text(EntryKind::Gratitude, "Coffee with my sponsor"),
        );
        let s = journal_state(&v, &JournalView::default(), &options("en-GB"));
        let days: Vec<Day> = s
            .days
            .iter()
            .map(|d| {
                (
                    d.heading.as_str(),
                    d.rows
                        .iter()
                        .map(|r| (r.kind_label.as_str(), r.time.as_str(), r.preview.as_str()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            days,
            [
                (
                    "Today",
                    vec![("Check-in", "21:05", "Mood 2 of 5 · Craving 7 of 10")]
                ),
                (
                    "Yesterday",
                    vec![("Note", "20:00", "Grateful for the walk home.")]
                ),
                (
                    "Fri 20 Nov",
                    vec![("Gratitude", "08:30", "Coffee with my sponsor")]
                ),
            ]
        );
        let es = journal_state(&v, &JournalView::default(), &options("es"));
        assert_eq!(es.days[0].heading, "Hoy");
        assert_eq!(
            es.days[0].rows[0].preview,
            "Ánimo 2 de 5 · Ganas de consumir 7 de 10"
        );
        let us = journal_state(&v, &JournalView::default(), &options("en-US"));
        assert_eq!(us.days[0].rows[0].time, "9:05\u{202f}PM");

        // Search as you type, and a search that finds nothing.
        let found = journal_state(
            &v,
            &JournalView {
                search: "walk".into(),
                ..JournalView::default()
            },
            &options("en-GB"),
        );
        assert_eq!(found.days.len(), 1);
        assert_eq!(found.days[0].rows[0].preview, "Grateful for the walk home.");
        let none = journal_state(
            &v,
            &JournalView {
                search: "zzzz".into(),
                ..JournalView::default()
            },
            &options("en-GB"),
        );
        assert!(none.days.is_empty());
        assert_eq!(none.notices[0].title.as_deref(), Some("No entries match"));

        // The trash: what is in it, and how long it keeps entries.
        v.delete_entry(&old, Utc::now().fixed_offset()).unwrap();
        let trash = journal_state(
            &v,
            &JournalView {
                trash: true,
                ..JournalView::default()
            },
            &options("en-GB"),
        );
        assert_eq!(trash.title, "Trash");
        assert_eq!(
            trash.notices[0].message,
            "Entries in the trash are deleted for good after 30 days."
        );
        assert_eq!(trash.days[0].rows[0].id, old);
        assert_eq!(trash.trash_label, "Back to the journal");
        // In the trash an entry can only come back; in the journal it opens or goes to the
        // trash. The words are the core's, in each language.
        let labels = |r: &waymark_core::screens::JournalRow| -> Vec<(JournalRowAction, String)> {
            r.actions
                .iter()
                .map(|a| (a.action, a.label.clone()))
                .collect()
        };
        assert_eq!(
            labels(&trash.days[0].rows[0]),
            [(JournalRowAction::Restore, "Restore".to_string())]
        );
        assert_eq!(
            labels(&s.days[0].rows[0]),
            [
                (JournalRowAction::Open, "Open".to_string()),
                (JournalRowAction::MoveToTrash, "Move to trash".to_string())
            ]
        );
        assert_eq!(es.days[0].rows[0].actions[1].label, "Mover a la papelera");
        let journal = journal_state(&v, &JournalView::default(), &options("en-GB"));
        assert!(journal
            .days
            .iter()
            .flat_map(|d| &d.rows)
            .all(|r| r.id != old));
    }
}

mod ride_form {
    use super::*;
    use chrono::Datelike;
    use waymark_core::screens::{ride_form_state, NoticeKind, RideFormKind};
    use waymark_core::{Vault, VaultKey};

    fn options(tag: &str) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(chicago(0, 12, 0)),
        }
    }

    #[test]
    fn the_form_offers_only_my_in_person_meetings_on_days_they_meet() {
        let (d, src) = directory();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = Vault::open(
            tmp.path().join("v"),
            &VaultKey::from_bytes(&[0x3c; 32]).unwrap(),
        )
        .unwrap();
        // Nothing saved yet: the form says what to do instead of offering nothing.
        let empty = ride_form_state(&mut v, &d, RideFormKind::Ask, &options("en-GB"));
        assert!(empty.meetings.is_empty());
        assert_eq!(empty.notices[0].kind, NoticeKind::Empty);
        assert_eq!(
            empty.notices[0].title.as_deref(),
            Some("No meetings to ride to yet")
        );
        let now = chicago(0, 12, 0).fixed_offset();
        let all = d
            .search(&waymark_core::directory::search::MeetingQuery {
                include_closed: true,
                limit: Some(500),
                ..Default::default()
            })
            .unwrap();
        for r in &all {
            v.add_favorite(&d.meeting(&r.id).unwrap(), now).unwrap();
        }
        let form = ride_form_state(&mut v, &d, RideFormKind::Offer, &options("en-GB"));
        assert_eq!(form.title, "Offer a ride");
        assert_eq!(
            (
                form.meeting_label.as_str(),
                form.day_label.as_str(),
                form.seats_label.as_str()
            ),
            ("Meeting", "Day", "Seats")
        );
        assert_eq!(form.save_label, "Offer seats");
        assert!(form.notices.is_empty());
        // Every meeting offered has a place and a zone; no online-only one is offered.
        assert!(!form.meetings.is_empty());
        assert!(form.meetings.len() < all.len(), "online meetings left out");
        for m in &form.meetings {
            let meeting = d.meeting(&m.meeting_id).unwrap();
            assert!(meeting.latitude.is_some() && !meeting.approximate_location);
            assert!(!meeting.temporarily_closed);
            assert!(!m.days.is_empty() && m.days.len() <= 4);
            let mut last = None;
            for day in &m.days {
                // A day it meets, not started at noon on the 1st, soonest first, and one the
                // save accepts (the same check as the board's).
                let date: chrono::NaiveDate = day.date.parse().unwrap();
                let weekday = date.weekday().num_days_from_sunday() as u8;
                assert!(
                    meeting.weekdays.contains(&weekday),
                    "{} {}",
                    m.name,
                    day.date
                );
                let dest = waymark_core::rides::ride_destination(&meeting, date).unwrap();
                assert!(dest.starts_at > chicago(0, 12, 0));
                assert!(last < Some(date));
                last = Some(date);
                assert!(day.label.contains(" at "), "{}", day.label);
            }
        }
        // Tuesday Night Step meets at 19:00 tonight: today is its first day.
        let step = form
            .meetings
            .iter()
            .find(|m| m.meeting_id == format!("{src}:step"))
            .expect("an in-person meeting with a place");
        assert_eq!(step.days[0].date, "2026-12-01");
        assert_eq!(step.days[0].label, "Tue 1 Dec at 19:00");
        assert_eq!(step.days[1].date, "2026-12-08");
        // Seats 1 to 6, worded; two at first.
        let seats: Vec<(u8, &str)> = form
            .seats
            .iter()
            .map(|s| (s.count, s.label.as_str()))
            .collect();
        assert_eq!(seats[0], (1, "1 seat"));
        assert_eq!(seats[5], (6, "6 seats"));
        assert_eq!(form.default_seats, 2);
        assert_eq!(form.detour_minutes, 15);
        // Asking has no seats; Welsh and Spanish word the same days.
        let ask = ride_form_state(&mut v, &d, RideFormKind::Ask, &options("cy"));
        assert!(ask.seats.is_empty());
        assert_eq!(ask.title, "Gofyn am lifft");
        let step_cy = ask
            .meetings
            .iter()
            .find(|m| m.meeting_id == step.meeting_id)
            .unwrap();
        assert!(
            step_cy.days[0].label.ends_with(" am 19:00"),
            "{}",
            step_cy.days[0].label
        );
        let es = ride_form_state(&mut v, &d, RideFormKind::Offer, &options("es"));
        assert_eq!(es.seats[1].label, "2 plazas");
        // After 19:00 tonight's is gone: the first day is next week's.
        let later = MeetingsOptions {
            at: Some(chicago(0, 19, 30)),
            ..options("en-GB")
        };
        let form = ride_form_state(&mut v, &d, RideFormKind::Ask, &later);
        let step = form
            .meetings
            .iter()
            .find(|m| m.meeting_id == step_cy.meeting_id)
            .unwrap();
        assert_eq!(step.days[0].date, "2026-12-08");
    }
}
