//! What a meeting list says, through the real Meeting Guide import and search: a clubhouse
//! listed 00:00–23:59 is open all day; a meeting with no end time shows none rather than an
//! invented one; type codes we do not know are shown as written; rows say when (a day or date
//! beyond 24 hours), where, how far in the viewer's unit and how many more matched; a closed
//! meeting is found by its name, and an empty list says when closed ones were left out.

mod support;

use chrono::{DateTime, Utc};
use waymark_core::{Directory, DistanceUnit, GeoPoint, MeetingEnd, MeetingQuery, MeetingResult};

/// A small feed as intergroups publish it (Chicago). 2026-12-01 is a Tuesday.
const FEED: &str = r#"[
 {"slug":"club","name":"Serenity Clubhouse","day":[0,1,2,3,4,5,6],"time":"00:00","end_time":"23:59",
  "location":"Serenity Club","formatted_address":"10 Lake St, Chicago, IL 60601, USA",
  "latitude":41.886,"longitude":-87.624,"types":["O"],"regions":["Chicago","Loop"]},
 {"slug":"noend","name":"Tuesday Night Step","day":2,"time":"19:00",
  "formatted_address":"20 Wacker Dr, Chicago, IL 60606, USA","latitude":41.882,"longitude":-87.637,
  "types":["ST","AC","[open]"],"regions":["Chicago","West Loop"]},
 {"slug":"stated","name":"Early Birds","day":2,"time":"07:00","end_time":"08:00",
  "location":"St James Hall","formatted_address":"30 State St, Chicago, IL 60602, USA",
  "latitude":41.883,"longitude":-87.628,"types":["X","W"]},
 {"slug":"friday","name":"Friday Speakers","day":5,"time":"20:00","end_time":"21:30",
  "location":"Union Church","formatted_address":"40 Clark St, Chicago, IL 60603, USA",
  "latitude":41.880,"longitude":-87.631,"types":["SP"]},
 {"slug":"closed","name":"Lighthouse Group","day":3,"time":"12:00","end_time":"13:00",
  "location":"Harbour Room","formatted_address":"50 Pier Rd, Chicago, IL 60611, USA",
  "latitude":41.891,"longitude":-87.605,"types":["O","TC"]}
]"#;

fn directory() -> (Directory, String) {
    let (d, s, report) =
        support::imported_directory(support::guide_source("feed", "America/Chicago"), FEED);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    (d, s)
}

/// Chicago local time on 2026-12-01 (Tuesday) plus `days`.
fn chicago(days: u32, h: u32, m: u32) -> DateTime<Utc> {
    support::local_time("America/Chicago", days, h, m)
}

fn query(at: DateTime<Utc>) -> MeetingQuery {
    MeetingQuery {
        at: Some(at),
        viewer_timezone: Some("America/Chicago".into()),
        ..MeetingQuery::default()
    }
}

fn find<'a>(rs: &'a [MeetingResult], slug: &str) -> &'a MeetingResult {
    rs.iter()
        .find(|r| r.id.ends_with(&format!(":{slug}")))
        .unwrap_or_else(|| {
            panic!(
                "{slug} not in {:?}",
                rs.iter().map(|r| &r.id).collect::<Vec<_>>()
            )
        })
}

#[test]
fn a_clubhouse_listed_midnight_to_2359_is_open_all_day() {
    let (d, src) = directory();
    let m = d.meeting(&format!("{src}:club")).unwrap();
    assert_eq!(m.end, MeetingEnd::AllDay);
    assert_eq!(m.duration_minutes, Some(1440));
    // "Now" at 19:15 and at 23:59 finds it; it says so without an invented end.
    for (h, min) in [(0, 0), (19, 15), (23, 59)] {
        let now = d
            .search(&MeetingQuery {
                in_progress: true,
                ..query(chicago(0, h, min))
            })
            .unwrap();
        let club = find(&now, "club");
        assert!(club.in_progress, "{h}:{min}");
        assert_eq!(club.when, "now, all day");
        assert_eq!(club.local_end, None);
    }
    // The meeting screen words it too.
    let details = d
        .details(
            &m.id,
            chicago(0, 19, 15),
            Some("America/Chicago".into()),
            None,
        )
        .unwrap();
    assert_eq!(details.weekly.unwrap().times, "all day");
}

#[test]
fn an_end_time_the_feed_did_not_give_is_not_shown_as_fact() {
    let (d, src) = directory();
    let m = d.meeting(&format!("{src}:noend")).unwrap();
    assert_eq!(m.end, MeetingEnd::Assumed);
    let all = d.search(&query(chicago(0, 12, 0))).unwrap();
    let noend = find(&all, "noend");
    assert_eq!(noend.end, MeetingEnd::Assumed);
    assert_eq!(noend.local_start.as_deref(), Some("19:00"));
    assert_eq!(noend.local_end, None, "no invented end time");
    assert_eq!(noend.when, "today 19:00");
    // Running, it says since when, not until an hour we made up.
    let now = d
        .search(&MeetingQuery {
            in_progress: true,
            ..query(chicago(0, 19, 20))
        })
        .unwrap();
    assert_eq!(find(&now, "noend").when, "now, since 19:00");
    let details = d.details(&m.id, chicago(0, 12, 0), None, None).unwrap();
    assert_eq!(details.weekly.unwrap().times, "19:00");
    // A stated end is still shown.
    let early = find(&all, "stated");
    assert_eq!(early.end, MeetingEnd::Stated);
    assert_eq!(early.local_end.as_deref(), Some("08:00"));
}

#[test]
fn unknown_type_codes_are_shown_as_written() {
    let (d, _) = directory();
    let all = d.search(&query(chicago(0, 12, 0))).unwrap();
    let noend = find(&all, "noend");
    assert_eq!(noend.type_names, ["Step Study", "AC", "[open]"]);
    // A type asked for by name.
    let wheelchair = d
        .search(&MeetingQuery {
            types: vec!["wheelchair".into()],
            ..query(chicago(0, 12, 0))
        })
        .unwrap();
    assert_eq!(wheelchair.len(), 1);
    assert!(wheelchair[0].id.ends_with(":stated"));
}

#[test]
fn rows_say_when_where_and_how_far() {
    let (d, _) = directory();
    let near = GeoPoint {
        latitude: 41.8781,
        longitude: -87.6298,
    };
    let at = chicago(0, 12, 0); // Tuesday noon
    let rs = d
        .search(&MeetingQuery {
            near: Some(near),
            radius_km: Some(10.0),
            distance_unit: Some(DistanceUnit::Miles),
            ..query(at)
        })
        .unwrap();
    // Beyond 24 hours: the day; a week or more ahead: the date.
    assert_eq!(find(&rs, "friday").when, "Fri 20:00");
    assert_eq!(find(&rs, "stated").when, "Tue 8 Dec 07:00");
    assert_eq!(find(&rs, "noend").when, "today 19:00");
    // The venue, else the town.
    assert_eq!(find(&rs, "friday").place.as_deref(), Some("Union Church"));
    assert_eq!(find(&rs, "noend").place.as_deref(), Some("West Loop"));
    // Miles when asked for, km otherwise.
    let friday = find(&rs, "friday");
    assert!(
        friday.distance.as_deref().unwrap().ends_with(" mi"),
        "{friday:?}"
    );
    let km = d
        .search(&MeetingQuery {
            near: Some(near),
            radius_km: Some(10.0),
            ..query(at)
        })
        .unwrap();
    assert!(find(&km, "friday")
        .distance
        .as_deref()
        .unwrap()
        .ends_with(" km"));
}

#[test]
fn a_cut_list_says_how_many_more_matched() {
    let (d, _) = directory();
    let page = d
        .search_page(&MeetingQuery {
            limit: Some(2),
            ..query(chicago(0, 12, 0))
        })
        .unwrap();
    assert_eq!(page.results.len(), 2);
    assert_eq!(page.more, 2, "four open meetings, two shown");
    assert!(page.more_exact);
    let all = d.search_page(&query(chicago(0, 12, 0))).unwrap();
    assert_eq!(all.more, 0);
}

#[test]
fn a_closed_meeting_is_found_by_name_and_an_empty_list_says_closed_ones_were_left_out() {
    let (d, _) = directory();
    let found = d
        .search(&MeetingQuery {
            text: Some("lighthouse".into()),
            ..query(chicago(0, 12, 0))
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert!(found[0].temporarily_closed);
    // Wednesdays at noon only the closed meeting is on: the list is empty and says why.
    let page = d
        .search_page(&MeetingQuery {
            weekdays: vec![3],
            start_from_minute: Some(11 * 60),
            start_to_minute: Some(13 * 60),
            ..query(chicago(0, 12, 0))
        })
        .unwrap();
    assert!(page.results.is_empty());
    assert_eq!(page.closed_left_out, 1);
}

#[test]
fn rows_are_worded_in_the_locale_the_query_asks_for() {
    let (d, _) = directory();
    let near = GeoPoint {
        latitude: 41.8781,
        longitude: -87.6298,
    };
    let at = chicago(0, 12, 0); // Tuesday noon
    let search = |locale: &str, unit| {
        d.search(&MeetingQuery {
            near: Some(near),
            radius_km: Some(10.0),
            distance_unit: Some(unit),
            locale: Some(locale.into()),
            ..query(at)
        })
        .unwrap()
    };
    let cy = search("cy", DistanceUnit::Miles);
    assert_eq!(find(&cy, "friday").when, "Gwe 20:00");
    assert_eq!(find(&cy, "stated").when, "Maw, 8 Rhag 07:00");
    assert_eq!(find(&cy, "noend").when, "heddiw 19:00");
    assert_eq!(find(&cy, "club").when, "nawr, drwy'r dydd");
    assert!(find(&cy, "friday")
        .distance
        .as_deref()
        .unwrap()
        .ends_with(" milltir"));
    let us = search("en_US.UTF-8", DistanceUnit::Miles);
    assert_eq!(find(&us, "friday").when, "Fri 8:00\u{202f}PM");
    assert_eq!(find(&us, "stated").when, "Tue, Dec 8 7:00\u{202f}AM");
    let es = search("es-MX", DistanceUnit::Kilometres);
    assert_eq!(find(&es, "friday").when, "vie 20:00");
    assert_eq!(find(&es, "noend").when, "hoy 19:00");
    let friday_km = find(&es, "friday").distance.clone().unwrap();
    assert!(
        friday_km.contains(',') && friday_km.ends_with(" km"),
        "{friday_km}"
    );
    // No locale, or one Waymark has no words in: en-GB, as before.
    for locale in ["de-DE", "??"] {
        let other = search(locale, DistanceUnit::Miles);
        assert_eq!(find(&other, "friday").when, "Fri 20:00");
        assert_eq!(find(&other, "stated").when, "Tue 8 Dec 07:00");
    }
}
