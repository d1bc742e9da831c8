//! A meeting the feed calls online ("Virtual Only", "… Online") but with no link is an online
//! meeting with its link missing, not an in-person meeting 0 km away.

mod support;

use waymark_core::directory::import::WarningKind;
use waymark_core::{Attendance, AttendanceFilter, FeedFormat, GeoPoint, MeetingQuery, NewSource};

const FEED: &str = r#"[
 {"slug":"hope","name":"Tuesday Hope Online","day":2,"time":"19:00","timezone":"America/Chicago",
  "address":"Virtual Only","latitude":41.88,"longitude":-87.63},
 {"slug":"zoom","name":"Friday Serenity","day":5,"time":"19:00","timezone":"America/Chicago",
  "location":"Zoom meeting","formatted_address":"Chicago, IL","latitude":41.88,"longitude":-87.63},
 {"slug":"hall","name":"Tuesday Steps","day":2,"time":"19:00","timezone":"America/Chicago",
  "location":"St Mark's Hall","formatted_address":"1 State St, Chicago, IL 60602, USA",
  "latitude":41.8819,"longitude":-87.6278}
]"#;

#[test]
fn an_online_meeting_without_a_link_is_not_a_place() {
    let (d, s, report) = support::imported_directory(
        NewSource {
            location: "https://example.org/feed.json".into(),
            name: Some("chicago".into()),
            format: Some(FeedFormat::MeetingGuide),
            ..NewSource::default()
        },
        FEED,
    );
    assert_eq!(report.accepted, 3);
    let warned = report
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::OnlineWithoutLink)
        .map(|w| w.count)
        .sum::<u64>();
    assert_eq!(warned, 2, "{:?}", report.warnings);

    // Near the coordinates, in person: only the hall.
    let near = MeetingQuery {
        near: Some(GeoPoint {
            latitude: 41.88,
            longitude: -87.63,
        }),
        attendance: Some(AttendanceFilter::InPerson),
        ..MeetingQuery::default()
    };
    let found = d.search(&near).unwrap();
    let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Tuesday Steps"]);

    // The other two are online, with no distance.
    for id in ["hope", "zoom"] {
        let m = d.meeting(&format!("{s}:{id}")).unwrap();
        assert_eq!(m.attendance, Attendance::Online, "{id}");
        assert_eq!((m.latitude, m.longitude), (None, None), "{id}");
    }
    let online = d
        .search(&MeetingQuery {
            attendance: Some(AttendanceFilter::Online),
            ..MeetingQuery::default()
        })
        .unwrap();
    assert_eq!(online.len(), 2);
    assert!(online.iter().all(|m| m.distance_km.is_none()));
}
