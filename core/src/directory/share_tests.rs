//! Tests of the meeting screen's links, share text and problem reports, over a real directory.

use super::*;
use crate::directory::details::directions;
use crate::directory::model::TimezoneOrigin;
use crate::l10n::Locale;
use crate::NewSource;

const FEED: &str = r#"[
  {"slug": "hybrid", "name": "Bridge Street Hybrid", "day": [2, 4], "time": "19:00",
   "end_time": "20:00", "timezone": "Europe/London", "types": ["O"],
   "location": "Quaker Meeting House", "formatted_address": "10 Bridge St, Aberystwyth, SY23 1QB, UK",
   "latitude": 52.414, "longitude": -4.082, "notes": "Ring the bell",
   "conference_url": "https://zoom.us/j/123456789", "conference_url_notes": "Passcode: 12steps",
   "feedback_emails": ["editor@example.org", "not an address", "x@y.org?cc=evil@z.org"]},
  {"slug": "online", "name": "Online Night Owls", "day": 6, "time": "23:30",
   "timezone": "America/New_York", "types": ["ONL"], "formatted_address": "New York, NY, USA",
   "conference_url": "https://meet.example.org/owls",
   "feedback_url": "https://example.org/feedback/owls"},
  {"slug": "closed", "name": "Church Hall", "day": 1, "time": "12:00",
   "timezone": "Europe/London", "types": ["TC"],
   "formatted_address": "1 High St, Aberystwyth, SY23 1AA, UK"},
  {"slug": "street", "name": "No Point", "day": 3, "time": "20:00",
   "timezone": "Europe/London", "formatted_address": "2 High St, Aberystwyth, SY23 1AA, UK"}
]"#;

fn directory(path: &std::path::Path) -> Directory {
    let feed = path.with_extension("json");
    std::fs::write(&feed, FEED).unwrap();
    let d = Directory::open(path).unwrap();
    crate::directory::details::tests::sync_wales(&d, &feed);
    d
}

/// English (UK) words.
fn en() -> &'static Words {
    Words::get(Locale::EnGb)
}

fn at() -> DateTime<Utc> {
    "2026-11-23T12:00:00Z".parse().unwrap()
}

#[test]
fn directions_are_links_a_phone_and_a_desktop_can_open() {
    let dir = tempfile::tempdir().unwrap();
    let d = directory(&dir.path().join("d.sqlite"));
    let m = d.details("wales:hybrid", at(), None, None).unwrap();
    let to = m.directions.unwrap();
    assert_eq!(
        to.map_url,
        "https://www.openstreetmap.org/directions?to=52.414000%2C-4.082000"
    );
    assert_eq!(
        to.geo_uri,
        "geo:52.414000,-4.082000?q=52.414000,-4.082000(10%20Bridge%20St%2C%20Aberystwyth%2C%20SY23%201QB%2C%20UK)"
    );
    // No point in the feed: the address, as the feed wrote it.
    let m = d.details("wales:street", at(), None, None).unwrap();
    let to = m.directions.unwrap();
    assert_eq!(
        to.map_url,
        "https://www.openstreetmap.org/directions?to=2%20High%20St%2C%20Aberystwyth%2C%20SY23%201AA%2C%20UK"
    );
    assert_eq!(
        to.geo_uri,
        "geo:0,0?q=2%20High%20St%2C%20Aberystwyth%2C%20SY23%201AA%2C%20UK"
    );
    // A place known only by its town gets no directions at all.
    let online = d.meeting("wales:online").unwrap();
    assert!(online.approximate_location);
    assert_eq!(directions(&online), None);
}

#[test]
fn the_share_text_says_no_more_than_the_feed() {
    let dir = tempfile::tempdir().unwrap();
    let d = directory(&dir.path().join("d.sqlite"));
    let share = |id: &str| d.details(id, at(), None, None).unwrap().share_text;
    assert_eq!(
        share("wales:hybrid"),
        "Bridge Street Hybrid · Tuesday and Thursday, 19:00–20:00 (Europe/London) · Quaker \
         Meeting House, 10 Bridge St, Aberystwyth, SY23 1QB, UK · https://zoom.us/j/123456789"
    );
    assert!(!share("wales:hybrid").contains("12steps"), "no passcode");
    assert!(!share("wales:hybrid").contains("bell"), "no notes");
    // Online only: its "address" is an area, not a place to share. The feed gives no end, so
    // none is invented.
    assert_eq!(
        share("wales:online"),
        "Online Night Owls · Saturday, 23:30 (America/New_York) · https://meet.example.org/owls"
    );
    // Closed: no way in is offered.
    assert_eq!(
        share("wales:closed"),
        "Church Hall · Monday, 12:00 (Europe/London) · 1 High St, Aberystwyth, SY23 1AA, UK \
         · Temporarily closed"
    );
}

#[test]
fn a_problem_report_goes_to_whom_the_feed_names_else_to_its_website() {
    let dir = tempfile::tempdir().unwrap();
    let d = directory(&dir.path().join("d.sqlite"));
    let hybrid = d.details("wales:hybrid", at(), None, None).unwrap();
    let r = hybrid.report.unwrap();
    assert_eq!(r.channel, ReportChannel::Email);
    // Only the real address is kept: nothing can add headers to the mailto: link.
    assert!(
        r.url.starts_with(
            "mailto:editor@example.org?subject=Meeting%20listing%3A%20Bridge%20Street%20Hybrid&body="
        ),
        "{}",
        r.url
    );
    assert!(
        r.url.contains("%28listed%20as%20hybrid%29"),
        "the feed's own key: {}",
        r.url
    );
    assert!(!r.url.contains("evil"), "{}", r.url);
    assert_eq!(r.to, "editor@example.org");
    assert_eq!(r.recipient, "the listing's editors (editor@example.org)");
    let owls = d.details("wales:online", at(), None, None).unwrap();
    let r = owls.report.unwrap();
    assert_eq!(r.channel, ReportChannel::FeedbackPage);
    assert_eq!(r.url, "https://example.org/feedback/owls");
    assert_eq!(r.recipient, "the meeting's feedback page (example.org)");
    // Neither: the feed's website, or nothing for a local file.
    let street = d.meeting("wales:street").unwrap();
    assert_eq!(problem_report(&street, "/home/me/feed.json", en()), None);
    let r = problem_report(
        &street,
        "https://user:secret@aasepia.org/wp-admin/admin-ajax.php?action=meetings",
        en(),
    )
    .unwrap();
    assert_eq!(r.url, "https://aasepia.org/");
    assert_eq!(r.channel, ReportChannel::SourceSite);
    assert_eq!(r.to, "aasepia.org");
    assert_eq!(
        r.recipient,
        "the website this list comes from (aasepia.org)"
    );
}

#[test]
fn who_a_report_goes_to_is_worded_in_the_persons_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = directory(&dir.path().join("d.sqlite"));
    let hybrid = d.meeting("wales:hybrid").unwrap();
    let owls = d.meeting("wales:online").unwrap();
    let cy = Words::get(Locale::Cy);
    let es = Words::get(Locale::Es);
    // Welsh: after "at", so mutated ("golygyddion" → "olygyddion", "tudalen" → "dudalen").
    let r = problem_report(&hybrid, "/f.json", cy).unwrap();
    assert_eq!(r.recipient, "olygyddion y rhestriad (editor@example.org)");
    let r = problem_report(&owls, "/f.json", cy).unwrap();
    assert_eq!(r.recipient, "dudalen adborth y cyfarfod (example.org)");
    let r = problem_report(&owls, "/f.json", es).unwrap();
    assert_eq!(
        r.recipient,
        "la página de comentarios de la reunión (example.org)"
    );
    // The same link either way: only the words change.
    assert_eq!(r.url, "https://example.org/feedback/owls");
}

#[test]
fn reports_written_offline_are_kept_until_sent_and_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    let first = {
        let d = directory(&path);
        let r = d.queue_report("wales:online", at(), en()).unwrap();
        assert_eq!(r.report.url, "https://example.org/feedback/owls");
        // A local file naming no one: nothing to queue, and a plain reason.
        let err = d.queue_report("wales:street", at(), en()).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
        assert!(matches!(
            d.queue_report("wales:nope", at(), en()),
            Err(Error::NotFound(_))
        ));
        r
    };
    // Another run, the same file: still waiting.
    let d = Directory::open(&path).unwrap();
    let pending = d.pending_reports(en()).unwrap();
    assert_eq!(pending, vec![first.clone()]);
    assert_eq!(pending[0].meeting_name, "Online Night Owls");
    // Written in English, read in Welsh after the person changed language.
    let welsh = d.pending_reports(Words::get(Locale::Cy)).unwrap();
    assert_eq!(
        welsh[0].report.recipient,
        "dudalen adborth y cyfarfod (example.org)"
    );
    assert_eq!(welsh[0].report.url, first.report.url);
    for _ in 1..MAX_PENDING_REPORTS {
        d.queue_report("wales:hybrid", at(), en()).unwrap();
    }
    let err = d.queue_report("wales:hybrid", at(), en()).unwrap_err();
    assert!(err.to_string().contains("already waiting"), "{err}");
    assert_eq!(d.pending_reports(en()).unwrap().len(), MAX_PENDING_REPORTS);
    assert!(d.report_sent(first.id).unwrap());
    assert!(!d.report_sent(first.id).unwrap());
    assert_eq!(
        d.pending_reports(en()).unwrap().len(),
        MAX_PENDING_REPORTS - 1
    );
}

#[test]
fn a_feed_without_zones_takes_them_from_the_map_where_this_build_can() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("area.json");
    std::fs::write(
        &feed,
        r#"[{"slug": "a", "name": "Serenity", "day": 2, "time": "19:30",
             "formatted_address": "1625 Locust St, Philadelphia, PA 19103, USA",
             "latitude": 39.9484, "longitude": -75.1685},
            {"slug": "b", "name": "By Phone", "day": 2, "time": "12:00",
             "conference_phone": "+1 646 558 8656"}]"#,
    )
    .unwrap();
    let d = Directory::open_in_memory().unwrap();
    let src = d
        .add_source(NewSource {
            location: feed.display().to_string(),
            format: None,
            program: Some("al-anon".into()),
            timezone: None,
            name: Some("Area".into()),
            bmlt_formats: None,
            bmlt_scope: None,
        })
        .unwrap();
    d.sync_source(&src.id).unwrap();
    let a = d.meeting("area:a").unwrap();
    let details = d.details("area:a", at(), None, None).unwrap();
    let phone = d.meeting("area:b").unwrap();
    assert_eq!(phone.timezone, None, "no place, no zone");
    assert_eq!(phone.timezone_origin, TimezoneOrigin::Unknown);
    if crate::directory::import::zone::ZONE_LOOKUP {
        assert_eq!(a.timezone.as_deref(), Some("America/New_York"));
        assert_eq!(a.timezone_origin, TimezoneOrigin::Coordinates);
        assert_eq!(
            details.timezone_note.as_deref(),
            Some("The time zone was worked out from the meeting's place on the map.")
        );
        assert!(details.summary.timezone_derived);
        assert!(details.summary.timezone_known);
    } else {
        // The phones' library: the viewer's zone, flagged.
        assert_eq!(a.timezone, None);
        assert_eq!(a.timezone_origin, TimezoneOrigin::Unknown);
        assert!(!details.summary.timezone_known);
        assert!(details
            .timezone_note
            .as_deref()
            .is_some_and(|n| n.contains("as if in yours")));
    }
}
