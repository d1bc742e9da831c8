//! Every closure signal of every format comes to one state with one label: a TSML CSV
//! "Temporary Closure" type, a `TC` code, a TSML `attendance_option` of `inactive`.

mod support;

use waymark_core::{Attendance, Directory, FeedFormat, Meeting, NewSource};

fn directory(format: FeedFormat, feed: &str) -> (Directory, String) {
    let (d, s, report) = support::imported_directory(
        NewSource {
            location: "https://example.org/feed".into(),
            name: Some("feed".into()),
            format: Some(format),
            timezone: Some("America/Chicago".into()),
            ..NewSource::default()
        },
        feed,
    );
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    (d, s)
}

/// How the meeting can be attended, one state for every closure signal (each list and screen
/// words it from this state).
fn label(m: &Meeting) -> &'static str {
    match (m.temporarily_closed, m.attendance) {
        (true, _) => "temporarily closed",
        (false, Attendance::InPerson) => "in person",
        (false, Attendance::Online) => "online",
        (false, Attendance::Hybrid) => "in person and online",
    }
}

#[test]
fn a_tsml_csv_temporary_closure_is_recognised() {
    let csv = "Slug,Name,Day,Time,Address,City,State,Postal Code,Country,Types,Conference URL\n\
        hall,Hall Group,Tuesday,7:00 PM,1 State St,Chicago,IL,60602,US,\"Open, Temporary Closure\",\n\
        moved,Moved Online,Tuesday,7:00 PM,2 State St,Chicago,IL,60602,US,\"Open, Temporary Closure\",https://zoom.us/j/123456789\n";
    let (d, src) = directory(FeedFormat::TsmlCsv, csv);
    // The venue is closed and there is no other way to attend.
    let hall = d.meeting(&format!("{src}:hall")).unwrap();
    assert!(hall.temporarily_closed, "{hall:?}");
    assert_eq!(label(&hall), "temporarily closed");
    // The venue is closed, the meeting goes on online: online, not "in person and online".
    let moved = d.meeting(&format!("{src}:moved")).unwrap();
    assert_eq!(moved.attendance, Attendance::Online);
    assert!(!moved.temporarily_closed);
    assert_eq!(label(&moved), "online");
}

#[test]
fn an_inactive_meeting_is_closed_and_offers_no_way_in() {
    let json = r#"[{"slug":"inactive","name":"Lakeside","day":2,"time":"19:00",
        "timezone":"America/Chicago","attendance_option":"inactive",
        "location":"ZOOM","conference_url":"https://zoom.us/j/987654321",
        "conference_phone":"+1 312 555 0100,,987654321#",
        "formatted_address":"3 State St, Chicago, IL 60602, USA"}]"#;
    let (d, src) = directory(FeedFormat::MeetingGuide, json);
    let id = format!("{src}:inactive");
    let m = d.meeting(&id).unwrap();
    assert!(m.temporarily_closed);
    assert_eq!(label(&m), "temporarily closed");
    let at = chrono::Utc::now();
    let details = d.details(&id, at, None, None).unwrap();
    assert_eq!(
        details.join_url, None,
        "a closed meeting offers no join link"
    );
    assert_eq!(details.dial_uri, None, "nor a number to dial");
    assert!(details.directions.is_none(), "nor directions");
}
