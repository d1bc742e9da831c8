//! The directory against every real sample feed and against small hand-written feeds for the
//! cases the real ones lack. Each test asserts something a member would notice.

use chrono::{DateTime, Utc};
use waymark_core::{
    AttendanceFilter, Directory, Error, FeedFormat, GeoPoint, MeetingQuery, NewSource,
};
use waymark_tests::{feeds_dir, temp_feed};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn dir_with(
    path: &std::path::Path,
    name: &str,
    tz: Option<&str>,
    program: Option<&str>,
) -> Directory {
    synced_with(path, name, tz, program).0
}

/// An in-memory directory with the feed file at `path` added as source `name` (meetings
/// without a zone in `tz`, of `program`) and synced, and the sync's report.
fn synced_with(
    path: &std::path::Path,
    name: &str,
    tz: Option<&str>,
    program: Option<&str>,
) -> (Directory, waymark_core::ImportReport) {
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: path.to_string_lossy().into_owned(),
        name: Some(name.into()),
        timezone: tz.map(String::from),
        program: program.map(String::from),
        ..NewSource::default()
    })
    .unwrap();
    let report = d.sync_source(name).unwrap();
    (d, report)
}

/// [`synced_with`] with no zone or program given.
fn synced(path: &std::path::Path, name: &str) -> (Directory, waymark_core::ImportReport) {
    synced_with(path, name, None, None)
}

fn at(d: &Directory, q: MeetingQuery) -> Vec<waymark_core::MeetingResult> {
    d.search(&MeetingQuery {
        limit: Some(10_000),
        ..q
    })
    .unwrap()
}

#[test]
fn aasepia_imports_nearly_everything_and_reports_the_rest() {
    let Some(feeds) = feeds_dir() else { return };
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: feeds.join("mg-aasepia.json").to_string_lossy().into(),
        name: Some("aasepia".into()),
        timezone: Some("America/New_York".into()),
        ..NewSource::default()
    })
    .unwrap();
    let r = d.sync_source("aasepia").unwrap();
    // 2,038 entries; the duplicate slug is kept under a new key, nothing is lost.
    assert_eq!(r.accepted, 2038);
    assert!(r.skipped.is_empty(), "{:?}", r.skipped);
    let msgs: Vec<&str> = r.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(msgs.iter().any(|m| m.contains("AM/PM slip")));
    assert!(msgs.iter().any(|m| m.contains("duplicate slug")));
    assert!(msgs.iter().any(|m| m.contains("\"ASBI\"")));
    // The 12:15 → 01:15 slip is read as a one-hour meeting, not a 13-hour one.
    let m = d
        .meeting("aasepia:meeting-19-s-10th-st-philadelphia-pa-19107-usa-3-130000")
        .unwrap();
    assert_eq!(
        (m.start_minute, m.duration_minutes),
        (Some(12 * 60 + 15), Some(60))
    );
    // String coordinates are read as numbers.
    assert!(m.latitude.is_some_and(|l| (39.0..41.0).contains(&l)));
    // Online-only meetings have no place.
    let online = at(
        &d,
        MeetingQuery {
            attendance: Some(AttendanceFilter::Online),
            ..MeetingQuery::default()
        },
    );
    assert!(online.len() > 300, "{}", online.len());
}

#[test]
fn past_midnight_meeting_is_in_progress_at_quarter_past_midnight() {
    let Some(feeds) = feeds_dir() else { return };
    let d = dir_with(
        &feeds.join("mg-aasepia.json"),
        "aasepia",
        Some("America/New_York"),
        None,
    );
    // Saturday 23:30–00:30 in Bristol PA. Sunday 00:15 EST = 05:15Z.
    let now = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-22T05:15:00Z")),
            in_progress: true,
            viewer_timezone: Some("America/New_York".into()),
            ..MeetingQuery::default()
        },
    );
    let levittown = now
        .iter()
        .find(|r| r.id == "aasepia:meeting-700-veteran-hwy-bristol-pa-19007-usa-6-233000")
        .expect("the 23:30 Saturday meeting is running at 00:15");
    assert!(levittown.in_progress);
    assert_eq!(levittown.local_day.as_deref(), Some("Saturday"));
    assert_eq!(levittown.local_start.as_deref(), Some("23:30"));
    assert_eq!(levittown.local_end.as_deref(), Some("00:30"));
    assert!(levittown.ends_next_day);
    // At 00:45 it has ended.
    let later = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-22T05:45:00Z")),
            in_progress: true,
            ..MeetingQuery::default()
        },
    );
    assert!(!later.iter().any(|r| r.id == levittown.id));
}

#[test]
fn los_angeles_meeting_shows_the_right_time_in_london() {
    let Some(feeds) = feeds_dir() else { return };
    let d = dir_with(&feeds.join("mg-edge-timezones.json"), "tz", None, None);
    for (when, london) in [
        // Winter: PST (−8) and GMT (0).
        ("2026-11-23T12:00:00Z", "17:00"),
        // Summer: PDT (−7) and BST (+1): still 17:00.
        ("2026-07-06T12:00:00Z", "17:00"),
        // The weeks between the two clock changes (US changed, UK not yet): 16:00.
        ("2026-03-09T12:00:00Z", "16:00"),
    ] {
        let r = at(
            &d,
            MeetingQuery {
                at: Some(utc(when)),
                viewer_timezone: Some("Europe/London".into()),
                text: Some("San Francisco".into()),
                ..MeetingQuery::default()
            },
        );
        assert_eq!(r.len(), 1, "{when}");
        assert_eq!(r[0].local_start.as_deref(), Some("09:00"));
        assert_eq!(r[0].timezone.as_deref(), Some("America/Los_Angeles"));
        assert_eq!(r[0].viewer_time.as_deref(), Some(london), "{when}");
        assert_eq!(r[0].viewer_day.as_deref(), Some("Saturday"));
    }
}

#[test]
fn zero_zero_and_placeholder_points_never_appear_near_anything() {
    let feed = r#"[
      {"slug":"real","name":"Real Place","day":2,"time":"19:00","formatted_address":"1 High St, Aberystwyth, Ceredigion, UK","latitude":52.4153,"longitude":-4.0829,"timezone":"Europe/London"},
      {"slug":"nullisland","name":"Null Island","day":2,"time":"19:00","formatted_address":"2 High St, Aberystwyth, Ceredigion, UK","latitude":"0","longitude":"0.0","timezone":"Europe/London"},
      {"slug":"bmltcentre","name":"Map Centre","day":2,"time":"19:00","formatted_address":"3 High St, Aberystwyth, Ceredigion, UK","latitude":34.235918,"longitude":-118.563659,"timezone":"Europe/London"}
    ]"#;
    let (_t, path) = temp_feed("f.json", feed);
    let (d, rep) = synced(&path, "s");
    assert_eq!(rep.accepted, 3);
    assert_eq!(
        rep.warnings
            .iter()
            .filter(|w| w.message.contains("not used for distance"))
            .count(),
        2
    );
    for centre in [
        GeoPoint {
            latitude: 52.41,
            longitude: -4.08,
        },
        GeoPoint {
            latitude: 34.235918,
            longitude: -118.563659,
        },
        GeoPoint {
            latitude: 0.01,
            longitude: 0.01,
        },
    ] {
        let r = at(
            &d,
            MeetingQuery {
                near: Some(centre),
                radius_km: Some(100.0),
                ..MeetingQuery::default()
            },
        );
        assert!(r.iter().all(|m| m.id == "s:real"), "{centre:?}: {r:?}");
    }
    // Searching *from* 0,0 is refused as an argument error.
    let err = d
        .search(&MeetingQuery {
            near: Some(GeoPoint {
                latitude: 0.0,
                longitude: 0.0,
            }),
            ..MeetingQuery::default()
        })
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)));
}

#[test]
fn y_means_alateen_in_al_anon_and_young_people_in_aa() {
    let feed = r#"[{"slug":"teens","name":"Friday Teens","day":5,"time":"18:00","types":["Y","POA","O"],"formatted_address":"9 Elm St, Springfield, IL 62701, USA","timezone":"America/Chicago"}]"#;
    let (_t, path) = temp_feed("f.json", feed);
    let al = dir_with(&path, "alanon", None, Some("al-anon"));
    let m = al.meeting("alanon:teens").unwrap();
    assert_eq!(m.types, vec!["ALATEEN", "O", "PARENTS"]);
    assert_eq!(m.raw_types, vec!["Y", "POA", "O"]);
    let r = at(
        &al,
        MeetingQuery {
            types: vec!["Y".into()],
            program: Some("al-anon".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(r.len(), 1, "--type Y in an Al-Anon search means Alateen");
    assert!(r[0].type_names.contains(&"Alateen".to_string()));
    let aa = dir_with(&path, "aa", None, Some("aa"));
    let m = aa.meeting("aa:teens").unwrap();
    assert_eq!(m.types, vec!["O", "POA", "Y"]);
    let r = at(
        &aa,
        MeetingQuery {
            type_language: Some("es".into()),
            ..MeetingQuery::default()
        },
    );
    assert!(r[0].type_names.contains(&"Gente joven".to_string()));
}

#[test]
fn edmonton_nonconforming_feed_reads_arrays_12_hour_times_and_us_dates() {
    let Some(feeds) = feeds_dir() else { return };
    let d = dir_with(
        &feeds.join("mg-edmonton-nonconforming.json"),
        "ed",
        Some("America/Edmonton"),
        None,
    );
    assert_eq!(d.meeting_count().unwrap(), 315);
    let m = d.meeting("ed:6").unwrap();
    assert_eq!(m.weekdays, vec![6]);
    assert_eq!(m.start_minute, Some(11 * 60));
    assert_eq!(m.updated.as_deref(), Some("2022-08-25T11:17:07Z"));
    assert_eq!(m.timezone.as_deref(), Some("America/Edmonton"));
    assert_eq!(
        m.address.as_deref(),
        Some("8318 104 St, Edmonton, Alberta, T6E 4E8, Canada")
    );
    assert!(m.latitude.is_none());
}

#[test]
fn edge_times_and_appointments() {
    let Some(feeds) = feeds_dir() else { return };
    let d = dir_with(
        &feeds.join("mg-edge-times.json"),
        "t",
        Some("America/Chicago"),
        None,
    );
    assert_eq!(d.meeting_count().unwrap(), 9);
    let appt = d.meeting("t:appointment").unwrap();
    assert!(appt.is_by_appointment());
    let m = d.meeting("t:monday-7am").unwrap();
    assert_eq!(
        (m.weekdays.clone(), m.start_minute, m.duration_minutes),
        (vec![1], Some(420), Some(60))
    );
    // "approximate" has only a town and no link: not a place to go, and not online.
    let a = d.meeting("t:approximate").unwrap();
    assert!(a.approximate_location && !a.temporarily_closed && a.conference_url.is_none());
    // Appointment meetings never show up in time searches but are found by name.
    let soon = at(
        &d,
        MeetingQuery {
            upcoming_minutes: Some(7 * 24 * 60 - 1),
            ..MeetingQuery::default()
        },
    );
    assert!(!soon.iter().any(|r| r.id == "t:appointment"));
    let named = at(
        &d,
        MeetingQuery {
            text: Some("appt".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(named.len(), 1);
    assert!(named[0].by_appointment);

    let d = dir_with(
        &feeds.join("mg-edge-appointment.json"),
        "a",
        Some("America/Los_Angeles"),
        None,
    );
    assert!(d.meeting("a:josh-meeting").unwrap().is_by_appointment());
    assert_eq!(d.meeting("a:time-meeting").unwrap().weekdays, vec![4]);
}

#[test]
fn invalid_feed_fails_cleanly_and_keeps_the_previous_snapshot() {
    let Some(feeds) = feeds_dir() else { return };
    let good = std::fs::read_to_string(feeds.join("mg-edge-times.json")).unwrap();
    let bad = std::fs::read_to_string(feeds.join("mg-edge-invalid.json")).unwrap();
    let (_t, path) = temp_feed("feed.json", &good);
    let d = dir_with(&path, "s", Some("America/Chicago"), None);
    assert_eq!(d.meeting_count().unwrap(), 9);
    std::fs::write(&path, bad).unwrap();
    let err = d.sync_source("s").unwrap_err();
    assert!(matches!(err, Error::Feed(_)), "{err}");
    assert!(err.to_string().contains("not valid"), "{err}");
    assert_eq!(d.meeting_count().unwrap(), 9, "previous snapshot untouched");
    let s = d.source("s").unwrap();
    assert!(s.last_error.is_some());
    assert_eq!(s.meeting_count, 9);
    let first_retry = s.next_retry.clone().expect("a retry is planned");
    assert!(d.sync_source("s").is_err());
    let second_retry = d.source("s").unwrap().next_retry.unwrap();
    assert!(
        second_retry > first_retry,
        "backing off: {first_retry} then {second_retry}"
    );
    // An empty answer is refused too.
    std::fs::write(&path, "[]").unwrap();
    assert!(d.sync_source("s").is_err());
    assert_eq!(d.meeting_count().unwrap(), 9);
    // A good feed again clears the error.
    std::fs::write(&path, &good).unwrap();
    d.sync_source("s").unwrap();
    assert!(d.source("s").unwrap().last_error.is_none());
    assert!(d.source("s").unwrap().next_retry.is_none());
}

#[test]
fn cut_short_and_garbage_documents_fail_without_writing() {
    let Some(feeds) = feeds_dir() else { return };
    let full = std::fs::read_to_string(feeds.join("mg-aasepia.json")).unwrap();
    for broken in [
        &full[..full.len() / 2],
        "{\"not\": \"a list\"}",
        "<html>502</html>",
        "\u{0}\u{1}",
    ] {
        let (_t, path) = temp_feed("f.json", broken);
        let d = Directory::open_in_memory().unwrap();
        d.add_source(NewSource {
            location: path.to_string_lossy().into(),
            name: Some("s".into()),
            format: Some(FeedFormat::MeetingGuide),
            ..NewSource::default()
        })
        .unwrap();
        assert!(d.sync_source("s").is_err());
        assert_eq!(d.meeting_count().unwrap(), 0, "nothing half-written");
    }
}

#[test]
fn bmlt_with_formats_maps_world_ids_and_weekdays() {
    let Some(feeds) = feeds_dir() else { return };
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: feeds
            .join("bmlt-gnyr-GetSearchResults-weekday2.json")
            .to_string_lossy()
            .into(),
        name: Some("gnyr".into()),
        timezone: Some("America/New_York".into()),
        bmlt_formats: Some(
            feeds
                .join("bmlt-gnyr-GetFormats.json")
                .to_string_lossy()
                .into(),
        ),
        ..NewSource::default()
    })
    .unwrap();
    let r = d.sync_source("gnyr").unwrap();
    assert_eq!((r.format.as_str(), r.accepted), ("bmlt", 53));
    let m = d.meeting("gnyr:2566").unwrap();
    assert_eq!(m.program, "na");
    assert_eq!(m.weekdays, vec![1], "BMLT weekday 2 is Monday");
    assert_eq!(m.start_minute, Some(19 * 60));
    // O → OPEN → O; RF → VAR; To → TOP.
    assert_eq!(m.types, vec!["O", "TOP", "VAR"]);
    assert_eq!(m.raw_types, vec!["OPEN", "VAR", "TOP"]);
    assert_eq!(m.timezone.as_deref(), Some("America/New_York"));
    let wc = at(
        &d,
        MeetingQuery {
            types: vec!["X".into()],
            ..MeetingQuery::default()
        },
    );
    assert!(!wc.is_empty(), "WC (WCHR) is wheelchair access");

    // weekday4 (Wednesday) imports fully too.
    let d4 = dir_with(
        &feeds.join("bmlt-gnyr-GetSearchResults-weekday4.json"),
        "g4",
        Some("America/New_York"),
        None,
    );
    assert_eq!(d4.meeting_count().unwrap(), 62);
    assert!(at(&d4, MeetingQuery::default())
        .iter()
        .all(|r| r.local_day.as_deref() == Some("Wednesday")));
    // The formats and service-body answers are not meeting lists: refused with a clear word.
    for f in [
        "bmlt-gnyr-GetFormats.json",
        "bmlt-gnyr-GetServiceBodies.json",
    ] {
        let e = Directory::open_in_memory()
            .unwrap()
            .add_source(NewSource {
                location: feeds.join(f).to_string_lossy().into(),
                ..NewSource::default()
            })
            .unwrap_err();
        assert!(
            matches!(
                e,
                Error::InvalidArgument(_) | Error::FormatsFileAsFeed { .. }
            ),
            "{f}: {e}"
        );
        assert_eq!(e.kind(), waymark_core::ErrorKind::InvalidInput, "{f}");
        assert!(e.to_string().contains("not a list of meetings"), "{e}");
    }

    // weekday3 uses the envelope's formats: B is Beginners (BEG), not AA's Big Book.
    let d3 = dir_with(
        &feeds.join("bmlt-gnyr-GetSearchResults-weekday3.json"),
        "g3",
        Some("America/New_York"),
        None,
    );
    let beginners = at(
        &d3,
        MeetingQuery {
            types: vec!["BE".into()],
            ..MeetingQuery::default()
        },
    );
    assert!(!beginners.is_empty());
    let big_book = at(
        &d3,
        MeetingQuery {
            types: vec!["B".into()],
            ..MeetingQuery::default()
        },
    );
    assert!(big_book.is_empty());
    assert!(at(&d3, MeetingQuery::default())
        .iter()
        .all(|r| r.local_day.as_deref() == Some("Tuesday")));
}

#[test]
fn bmlt_past_midnight_duration_virtual_meetings_and_empty_zone() {
    let feed = r#"[
      {"id_bigint":"1","meeting_name":"Night Owls","weekday_tinyint":"7","start_time":"23:55:00","duration_time":"01:35:00","time_zone":"","venue_type":"1","formats":"O","latitude":"52.52","longitude":"13.405","location_street":"Hauptstraße 1","location_municipality":"Berlin"},
      {"id_bigint":"2","meeting_name":"Online NA","weekday_tinyint":"1","start_time":"10:00:00","duration_time":"01:00:00","time_zone":"Europe/Berlin","venue_type":"2","formats":"VM","latitude":"34.235918","longitude":"-118.563659","virtual_meeting_link":"https://zoom.us/j/1"},
      {"id_bigint":"3","meeting_name":"Bad day","weekday_tinyint":"9","start_time":"10:00:00"},
      {"id_bigint":"5","meeting_name":"Hidden","weekday_tinyint":"2","start_time":"10:00:00","published":"0","location_street":"1 A St"},
      {"id_bigint":"4","meeting_name":"Hybrid","weekday_tinyint":"2","start_time":"18:00:00","duration_time":"24:00:00","venue_type":"3","formats":"","latitude":"52.5","longitude":"13.4","location_street":"Weg 2","location_municipality":"Berlin","virtual_meeting_link":"https://meet.jit.si/x"}
    ]"#;
    let (_t, path) = temp_feed("b.json", feed);
    let d = dir_with(&path, "b", Some("Europe/Berlin"), None);
    // Saturday 23:55 + 1h35 is running at Sunday 01:00 Berlin (00:00Z in November).
    let now = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-22T00:00:00Z")),
            in_progress: true,
            ..MeetingQuery::default()
        },
    );
    assert_eq!(
        now.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec!["b:1"]
    );
    assert_eq!(
        now[0].timezone.as_deref(),
        Some("Europe/Berlin"),
        "empty zone falls back to the source's"
    );
    let online = d.meeting("b:2").unwrap();
    assert_eq!(online.attendance, waymark_core::Attendance::Online);
    assert!(
        online.latitude.is_none(),
        "a virtual meeting's map centre is not a place"
    );
    assert_eq!(
        d.meeting("b:4").unwrap().attendance,
        waymark_core::Attendance::Hybrid
    );
    assert_eq!(d.meeting("b:4").unwrap().duration_minutes, Some(1440));
    assert!(d.meeting("b:3").is_err(), "weekday 9 is skipped");
    assert!(
        d.meeting("b:5").is_err(),
        "unpublished meetings are not listed"
    );
    let s = d.source("b").unwrap();
    assert_eq!(s.meeting_count, 3);
}

#[test]
fn tsml_csv_template_with_names_and_12_hour_times() {
    let csv = "Time,End Time,Day,Name,Location,Address,City,State,Postal Code,Country,Types,Notes,Timezone,Slug\n\
               7:00 PM,8:30 PM,Tuesday,Tuesday Women,St Mark's,12 Church Rd,Aberystwyth,Ceredigion,SY23 1AA,UK,\"Open, Women, Wheelchair Access\",Side door,Europe/London,tue-women\n\
               11:30 PM,12:30 AM,Saturday,Late Night,Hall,3 Pier St,Aberystwyth,Ceredigion,SY23 2AA,UK,Closed,,Europe/London,sat-late\n\
               ,,Someday,Broken,,,,,,,,,,broken\n";
    let (_t, path) = temp_feed("meetings.csv", csv);
    let (d, r) = synced(&path, "c");
    assert_eq!(r.format, "tsml-csv");
    assert_eq!(r.accepted, 2);
    assert_eq!(r.skipped.len(), 1);
    assert_eq!(r.skipped[0].key, "broken");
    let m = d.meeting("c:tue-women").unwrap();
    assert_eq!(
        (m.weekdays.clone(), m.start_minute, m.duration_minutes),
        (vec![2], Some(19 * 60), Some(90))
    );
    assert_eq!(m.types, vec!["O", "W", "X"]);
    let late = d.meeting("c:sat-late").unwrap();
    assert_eq!(
        late.duration_minutes,
        Some(60),
        "23:30 → 00:30 passes midnight"
    );
}

#[test]
fn accent_insensitive_text_search() {
    let feed = r#"[{"slug":"a","name":"Grupo Español Nueva Vida","day":3,"time":"20:00","types":["S"],"formatted_address":"Calle 1, Madrid, Madrid, España","timezone":"Europe/Madrid"},
                   {"slug":"b","name":"Serenity","day":3,"time":"20:00","formatted_address":"1 Main St, Town, ST 1, USA","timezone":"America/New_York"}]"#;
    let (_t, path) = temp_feed("f.json", feed);
    let d = dir_with(&path, "s", None, None);
    // A second sync replaces the snapshot; the text index follows it exactly.
    d.sync_source("s").unwrap();
    for q in ["espanol", "ESPAÑOL", "nueva vi", "espana"] {
        let r = at(
            &d,
            MeetingQuery {
                text: Some(q.into()),
                ..MeetingQuery::default()
            },
        );
        assert_eq!(
            r.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            vec!["s:a"],
            "{q}"
        );
    }
    let es = at(
        &d,
        MeetingQuery {
            language: Some("es".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(es.len(), 1);
    let quoted = at(
        &d,
        MeetingQuery {
            text: Some("\"serenity\" OR -x".into()),
            ..MeetingQuery::default()
        },
    );
    assert!(
        quoted.is_empty() || quoted[0].id == "s:b",
        "operators are taken literally, never an error"
    );
}

#[test]
fn upcoming_wraps_from_saturday_night_into_sunday_and_dst_gap_is_defined() {
    let feed = r#"[{"slug":"sun1","name":"Sunday One","day":0,"time":"01:00","timezone":"America/New_York","formatted_address":"1 A St, Town, NY 10001, USA"},
                   {"slug":"gap","name":"Gap Meeting","day":0,"time":"02:30","timezone":"America/New_York","formatted_address":"1 A St, Town, NY 10001, USA"},
                   {"slug":"multi","name":"Every Weekday","day":[1,2,3,4,5],"time":"12:00","timezone":"America/New_York","formatted_address":"1 A St, Town, NY 10001, USA"}]"#;
    let (_t, path) = temp_feed("f.json", feed);
    let d = dir_with(&path, "s", None, None);
    // Saturday 23:00 EST: Sunday 01:00 is two hours away.
    let r = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-22T04:00:00Z")),
            upcoming_minutes: Some(180),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(
        r.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        vec!["s:sun1"]
    );
    assert_eq!(r[0].starts_in_minutes, Some(120));
    // 2026-03-08: clocks jump 02:00 → 03:00. The 02:30 meeting starts at 03:00 EDT (07:00Z).
    let r = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-03-08T06:00:00Z")),
            upcoming_minutes: Some(120),
            text: Some("gap".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].next_start_utc.as_deref(), Some("2026-03-08T07:00:00Z"));
    // A meeting on five weekdays appears once, at its next occurrence.
    let r = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-24T18:00:00Z")),
            text: Some("weekday".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].local_day.as_deref(), Some("Wednesday"));
    // Asked for Tuesdays, a weekday meeting is shown on its Tuesday even when Wednesday is
    // sooner.
    let r = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-24T18:00:00Z")),
            weekdays: vec![2],
            text: Some("weekday".into()),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(r[0].local_day.as_deref(), Some("Tuesday"));
    assert_eq!(r[0].local_date.as_deref(), Some("2026-12-01"));
    // Filters on weekday and start time, meeting-local.
    let r = at(
        &d,
        MeetingQuery {
            weekdays: vec![0],
            start_from_minute: Some(0),
            start_to_minute: Some(120),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(
        r.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        vec!["s:sun1"]
    );
}

#[test]
fn near_results_are_sorted_by_distance_within_the_radius() {
    let Some(feeds) = feeds_dir() else { return };
    let d = dir_with(
        &feeds.join("mg-aasepia.json"),
        "a",
        Some("America/New_York"),
        None,
    );
    let centre = GeoPoint {
        latitude: 39.9526,
        longitude: -75.1652,
    };
    let r = at(
        &d,
        MeetingQuery {
            near: Some(centre),
            radius_km: Some(5.0),
            types: vec!["W".into()],
            ..MeetingQuery::default()
        },
    );
    assert!(!r.is_empty());
    let ds: Vec<f64> = r.iter().map(|m| m.distance_km.unwrap()).collect();
    assert!(ds.windows(2).all(|w| w[0] <= w[1]));
    assert!(ds.iter().all(|x| *x <= 5.0));
    assert!(r.iter().all(|m| m.types.contains(&"W".to_string())));
    // Every result of a distance search has a real point.
    let all = at(
        &d,
        MeetingQuery {
            near: Some(centre),
            radius_km: Some(200.0),
            ..MeetingQuery::default()
        },
    );
    assert!(all
        .iter()
        .all(|m| m.latitude.is_some_and(|l| l.abs() > 1.0)));
    // Region filter.
    let reg = at(
        &d,
        MeetingQuery {
            region: Some("delaware county".into()),
            ..MeetingQuery::default()
        },
    );
    assert!(
        !reg.is_empty()
            && reg
                .iter()
                .all(|m| m.region.iter().any(|x| x == "Delaware County"))
    );
}

#[test]
fn small_source_next_to_a_large_one_uses_the_incremental_path_and_stays_searchable() {
    // 21,000 meetings make the next import of a small source update the indexes row by row;
    // re-importing the large one then rebuilds every index in bulk around the small one.
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.json");
    waymark_core::directory::synth::write_feed(std::fs::File::create(&big).unwrap(), 21_000, 3)
        .unwrap();
    let small = r#"[{"slug":"tue","name":"Tuesday Lunch Serenity","day":2,"time":"12:30","end_time":"13:30","timezone":"Europe/London","types":["W"],"formatted_address":"1 Bridge St, Aberystwyth, Ceredigion, SY23 1AA, UK","latitude":52.4140,"longitude":-4.0870}]"#;
    let small_path = tmp.path().join("small.json");
    std::fs::write(&small_path, small).unwrap();
    let d = Directory::open(tmp.path().join("dir.sqlite")).unwrap();
    for (p, n) in [(&big, "big"), (&small_path, "small")] {
        d.add_source(NewSource {
            location: p.to_string_lossy().into(),
            name: Some(n.into()),
            ..NewSource::default()
        })
        .unwrap();
    }
    let check = |d: &Directory| {
        let near = at(
            d,
            MeetingQuery {
                near: Some(GeoPoint {
                    latitude: 52.4153,
                    longitude: -4.0829,
                }),
                radius_km: Some(2.0),
                types: vec!["W".into()],
                at: Some(utc("2026-11-24T11:00:00Z")),
                upcoming_minutes: Some(120),
                ..MeetingQuery::default()
            },
        );
        assert!(near.iter().any(|m| m.id == "small:tue"), "{near:?}");
        let text = at(
            d,
            MeetingQuery {
                text: Some("lunch serenity".into()),
                ..MeetingQuery::default()
            },
        );
        assert!(text.iter().any(|m| m.id == "small:tue"));
        let now = at(
            d,
            MeetingQuery {
                at: Some(utc("2026-11-24T12:45:00Z")),
                in_progress: true,
                ..MeetingQuery::default()
            },
        );
        assert!(now.iter().any(|m| m.id == "small:tue"));
    };
    let r = d.sync_source("big").unwrap();
    assert!(r.accepted > 20_900);
    d.sync_source("small").unwrap();
    check(&d);
    d.sync_source("small").unwrap();
    check(&d);
    d.sync_source("big").unwrap();
    check(&d);
    assert_eq!(d.meeting_count().unwrap(), r.accepted + 1);
}

#[test]
fn dry_run_reports_like_an_import_without_storing() {
    let Some(feeds) = feeds_dir() else { return };
    let ctx = waymark_core::directory::import::SourceContext {
        source_id: "e".into(),
        program: "aa".into(),
        timezone: None,
    };
    let f = std::fs::File::open(feeds.join("mg-edge-times.json")).unwrap();
    let r = waymark_core::directory::import::dry_run(
        FeedFormat::MeetingGuide,
        f,
        &Default::default(),
        ctx.clone(),
    )
    .unwrap();
    assert_eq!((r.accepted, r.skipped.len()), (9, 0));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.count == 9 && w.message.contains("no time zone")));
    let bad = std::fs::File::open(feeds.join("mg-edge-invalid.json")).unwrap();
    assert!(waymark_core::directory::import::dry_run(
        FeedFormat::MeetingGuide,
        bad,
        &Default::default(),
        ctx
    )
    .is_err());
}

#[test]
fn open_and_closed_together_reads_as_closed() {
    let feed = r#"[{"slug":"x","name":"Both","day":1,"time":"19:00","types":["O","C","W"],"formatted_address":"1 A St, Town, ST 1, USA","timezone":"America/New_York"}]"#;
    let (_t, path) = temp_feed("f.json", feed);
    let d = dir_with(&path, "s", None, None);
    let m = d.meeting("s:x").unwrap();
    assert_eq!(m.types, vec!["C", "W"]);
    assert_eq!(
        m.raw_types,
        vec!["O", "C", "W"],
        "what the feed said is kept"
    );
}

#[test]
fn a_feed_that_lost_most_meetings_is_held_until_accepted() {
    let Some(feeds) = feeds_dir() else { return };
    let full = std::fs::read_to_string(feeds.join("mg-aasepia.json")).unwrap();
    let all: serde_json::Value = serde_json::from_str(&full).unwrap();
    let few = serde_json::to_string(&all.as_array().unwrap()[..100]).unwrap();
    let (_t, path) = temp_feed("feed.json", &full);
    let d = dir_with(&path, "s", Some("America/New_York"), None);
    std::fs::write(&path, &few).unwrap();
    match d.sync_source("s") {
        Err(Error::Suspicious {
            previous: 2038,
            now: 100,
        }) => {}
        other => panic!("expected a suspicious shrink, got {other:?}"),
    }
    let s = d.source("s").unwrap();
    assert_eq!(s.meeting_count, 2038, "the old snapshot stays");
    assert_eq!(s.last_error_kind.as_deref(), Some("suspicious"));
    assert!(s.last_attempt.is_some() && s.last_success.is_some() && !s.stale);
    let r = d
        .sync_source_with(
            "s",
            &waymark_core::SyncOptions {
                accept_shrink: true,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(r.accepted, 100);
    assert_eq!(d.meeting_count().unwrap(), 100);
    assert!(d.source("s").unwrap().last_error_kind.is_none());
}

#[test]
fn a_new_snapshot_reports_its_difference_and_keeps_tombstones() {
    let Some(feeds) = feeds_dir() else { return };
    let text = std::fs::read_to_string(feeds.join("mg-edge-times.json")).unwrap();
    let (_t, path) = temp_feed("f.json", &text);
    let d = dir_with(&path, "s", Some("America/Chicago"), None);
    let again = d.sync_source("s").unwrap();
    assert_eq!(
        (again.added, again.updated, again.removed, again.unchanged),
        (0, 0, 0, 9)
    );

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let arr = v.as_array_mut().unwrap();
    let gone = arr.remove(0); // "monday-7pm"
    arr[0]["time"] = "20:30".into(); // "saturday-8pm" moves
    arr.push(serde_json::json!({"slug":"new-one","name":"New","day":3,"time":"12:00","formatted_address":"1 Main St, Anytown, OK 12345, USA"}));
    std::fs::write(&path, serde_json::to_string(arr).unwrap()).unwrap();
    let r = d.sync_source("s").unwrap();
    assert_eq!((r.added, r.updated, r.removed, r.unchanged), (1, 1, 1, 7));
    let t = d
        .tombstone("s:monday-7pm")
        .unwrap()
        .expect("no longer listed");
    assert_eq!(t.name, "Monday 7pm");
    assert!(
        t.last_known.contains("\"start_minute\":1140"),
        "{}",
        t.last_known
    );
    assert!(d.meeting("s:monday-7pm").is_err());

    // It comes back: listed again, no tombstone.
    arr.push(gone);
    std::fs::write(&path, serde_json::to_string(arr).unwrap()).unwrap();
    let r = d.sync_source("s").unwrap();
    assert_eq!(r.added, 1);
    assert!(d.tombstone("s:monday-7pm").unwrap().is_none());
    assert!(d.meeting("s:monday-7pm").is_ok());
}

#[test]
fn progress_is_reported_and_cancel_leaves_nothing_half_written() {
    use std::sync::{Arc, Mutex};
    use waymark_core::{CancelHandle, SyncListener, SyncOptions, SyncPhase};

    struct Record {
        phases: Mutex<Vec<(SyncPhase, u64)>>,
        cancel_at_first_batch: Option<CancelHandle>,
    }
    impl SyncListener for Record {
        fn progress(&self, _source: &str, phase: SyncPhase, _bytes: u64, entries: u64) {
            self.phases.lock().unwrap().push((phase, entries));
            if let (SyncPhase::Parsing, Some(c)) = (phase, &self.cancel_at_first_batch) {
                c.cancel();
            }
        }
    }

    let tmp = tempfile::tempdir().unwrap();
    let feed = tmp.path().join("f.json");
    waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), 3000, 5)
        .unwrap();
    let d = Directory::open(tmp.path().join("d.sqlite")).unwrap();
    d.add_source(NewSource {
        location: feed.to_string_lossy().into(),
        name: Some("s".into()),
        ..NewSource::default()
    })
    .unwrap();

    let rec = Arc::new(Record {
        phases: Mutex::new(Vec::new()),
        cancel_at_first_batch: None,
    });
    let options = SyncOptions {
        listener: Some(rec.clone()),
        ..SyncOptions::default()
    };
    let first = d.sync_source_with("s", &options).unwrap();
    let phases = rec.phases.lock().unwrap().clone();
    assert!(
        phases
            .iter()
            .filter(|(p, _)| *p == SyncPhase::Parsing)
            .count()
            >= 5,
        "{phases:?}"
    );
    assert_eq!(phases.last().map(|p| p.0), Some(SyncPhase::Indexing));
    assert!(phases
        .windows(2)
        .all(|w| w[0].1 <= w[1].1 || w[1].0 == SyncPhase::Indexing));

    // A second sync of a changed feed, cancelled after its first batch: the first snapshot
    // stays exactly as it was.
    waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), 3000, 6)
        .unwrap();
    let cancel = CancelHandle::new();
    let rec = Arc::new(Record {
        phases: Mutex::new(Vec::new()),
        cancel_at_first_batch: Some(cancel.clone()),
    });
    let options = SyncOptions {
        listener: Some(rec),
        cancel,
        ..SyncOptions::default()
    };
    let err = d.sync_source_with("s", &options).unwrap_err();
    assert_eq!(err.kind(), "cancelled", "{err}");
    assert_eq!(d.meeting_count().unwrap(), first.accepted);
    assert_eq!(d.source("s").unwrap().meeting_count, first.accepted);
}

#[test]
fn a_meeting_listed_by_two_sources_shows_once_with_both_listings() {
    let Some(feeds) = feeds_dir() else { return };
    let d = Directory::open_in_memory().unwrap();
    for name in ["intergroup", "district"] {
        d.add_source(NewSource {
            location: feeds
                .join("mg-edge-timezones.json")
                .to_string_lossy()
                .into(),
            name: Some(name.into()),
            ..NewSource::default()
        })
        .unwrap();
        d.sync_source(name).unwrap();
    }
    let r = at(
        &d,
        MeetingQuery {
            at: Some(utc("2026-11-23T12:00:00Z")),
            ..MeetingQuery::default()
        },
    );
    assert_eq!(r.len(), 2, "{r:?}");
    for m in &r {
        assert_eq!(m.also_listed_as.len(), 1, "{m:?}");
        assert_ne!(
            m.also_listed_as[0].split(':').next(),
            m.id.split(':').next()
        );
    }
    // The limit counts meetings, not listings.
    let one = d
        .search(&MeetingQuery {
            limit: Some(1),
            ..MeetingQuery::default()
        })
        .unwrap();
    assert_eq!(one.len(), 1);
}

#[test]
fn an_entry_with_neither_key_nor_name_is_named_by_its_place_not_an_english_placeholder() {
    let feed = r#"[
        {"slug":"tue","name":"Tuesday Hope","day":2,"time":"19:00","timezone":"Europe/London"},
        {"day":3,"time":"19:00","timezone":"Europe/London"},
        {"slug":"thu","day":4,"time":"19:00","timezone":"Europe/London"}
    ]"#;
    let (_t, path) = temp_feed("feed.json", feed);
    let (_d, r) = synced(&path, "f");
    assert_eq!(r.accepted, 1);
    let keys: Vec<&str> = r.skipped.iter().map(|s| s.key.as_str()).collect();
    // The second entry has no slug and no name: "#2", not an English placeholder.
    assert_eq!(keys, ["#2", "thu"]);
}

#[test]
fn a_sheet_row_with_neither_slug_nor_name_is_named_by_its_row() {
    let csv = "Time,Day,Name,Slug\n\
               7:00 PM,Tuesday,Tuesday Women,tue-women\n\
               8:00 PM,Wednesday,,\n";
    let (_t, path) = temp_feed("meetings.csv", csv);
    let (_d, r) = synced(&path, "c");
    assert_eq!(r.accepted, 1);
    let keys: Vec<&str> = r.skipped.iter().map(|s| s.key.as_str()).collect();
    // The header is row 1, as a spreadsheet numbers them.
    assert_eq!(keys, ["row-3"]);
}
