//! Through the real binary (issue 15, items 8, 9 and 12): a BMLT NAWS CSV export is recognised
//! and imported; a feed with no time zone gets each meeting's zone from the map, flagged; the
//! meeting screen gives directions as links, a share text, and a problem report kept while
//! offline.

use std::path::Path;

use common::{ok, ok_json, run};

mod common;

fn naws_fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/naws/naws-dump.csv")
}

fn id_of(data: &Path, text: &str) -> String {
    let found = ok_json(data, &["meetings", "--text", text, "--json"]);
    found[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn a_naws_export_is_detected_imported_and_listed() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let fixture = naws_fixture();
    ok(
        d,
        &[
            "source",
            "add",
            fixture.to_str().unwrap(),
            "--program",
            "na",
            "--name",
            "naws",
        ],
    );
    let sources = ok_json(d, &["source", "list", "--json"]);
    assert_eq!(sources[0]["format"], "naws-csv", "{sources}");
    let sync = ok_json(d, &["sync", "--json"]);
    assert_eq!(sync[0]["status"], "ok", "{sync}");
    // Twelve rows: one deleted, one unpublished, one with a day that is not a day.
    assert_eq!(sync[0]["accepted"], 9, "{sync}");
    assert_eq!(sync[0]["skipped"], 3, "{sync}");

    let id = id_of(d, "Early Birds");
    let m = ok_json(d, &["meeting", "show", &id, "--json"]);
    assert_eq!(m["start_minute"], 7 * 60 + 30, "0730 is 07:30");
    assert_eq!(m["weekdays"], serde_json::json!([2]), "Tuesday");
    assert_eq!(m["types"], serde_json::json!(["C", "JFT"]));
    assert_eq!(m["updated"], "2025-11-23T00:00:00Z");
    let hope = ok_json(d, &["meeting", "show", &id_of(d, "Hope Springs"), "--json"]);
    assert_eq!(hope["timezone"], "America/New_York");
    assert_eq!(hope["timezone_origin"], "meeting");
    assert_eq!(hope["updated"], "2021-06-10T00:00:00Z", "6/10/21");
    assert_eq!(hope["types"], serde_json::json!(["BT", "O", "X"]));
    assert_eq!(hope["location_notes"], "Room 2. Side door by the car park");
    // Contact columns are about people: never imported.
    assert!(!hope.to_string().contains("Contact"), "{hope}");
    let online = ok_json(d, &["meeting", "show", &id_of(d, "Never Alone"), "--json"]);
    assert_eq!(online["attendance"], "online");
    assert_eq!(online["conference_url"], "https://zoom.us/j/5551234567");

    // Said explicitly, the format is taken as said.
    let data2 = tempfile::tempdir().unwrap();
    ok(
        data2.path(),
        &[
            "source",
            "add",
            fixture.to_str().unwrap(),
            "--format",
            "naws-csv",
            "--program",
            "na",
        ],
    );
    let sync = ok_json(data2.path(), &["sync", "--json"]);
    assert_eq!(sync[0]["accepted"], 9, "{sync}");
}

const AREA_FEED: &str = r#"[
  {"slug": "phl", "name": "Serenity Seekers", "day": 2, "time": "19:30", "end_time": "20:30",
   "location": "St Mark's Hall", "formatted_address": "1625 Locust St, Philadelphia, PA 19103, USA",
   "latitude": 39.9484, "longitude": -75.1685, "types": ["O"],
   "feedback_emails": ["listings@area.example.org"],
   "conference_url": "https://zoom.us/j/111222333", "conference_url_notes": "Passcode: hope"},
  {"slug": "phx", "name": "Desert Hope", "day": 3, "time": "18:00",
   "formatted_address": "100 N 1st Ave, Phoenix, AZ 85003, USA",
   "latitude": 33.4484, "longitude": -112.0740,
   "feedback_url": "https://area.example.org/feedback?m=phx"},
  {"slug": "nowhere", "name": "Phone Meeting", "day": 4, "time": "12:00",
   "conference_phone": "+1 646 558 8656,,123456#"}
]"#;

#[test]
fn zones_come_from_the_map_when_the_feed_has_none_and_the_meeting_screen_links_out() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("al-anon-area.json");
    std::fs::write(&feed, AREA_FEED).unwrap();
    ok(
        d,
        &[
            "source",
            "add",
            feed.to_str().unwrap(),
            "--program",
            "al-anon",
            "--name",
            "area",
        ],
    );
    ok(d, &["sync"]);

    let phl = ok_json(d, &["meeting", "show", "area:phl", "--json"]);
    assert_eq!(phl["timezone"], "America/New_York", "{phl}");
    assert_eq!(phl["timezone_origin"], "coordinates");
    let phx = ok_json(d, &["meeting", "show", "area:phx", "--json"]);
    assert_eq!(phx["timezone"], "America/Phoenix");
    let phone = ok_json(d, &["meeting", "show", "area:nowhere", "--json"]);
    assert_eq!(
        phone["timezone"],
        serde_json::Value::Null,
        "no place, no zone"
    );
    assert_eq!(phone["timezone_origin"], "unknown");

    let list = ok(d, &["meetings", "--tz", "Europe/London"]);
    assert!(list.contains("New York*"), "{list}");
    assert!(list.contains("Phoenix*"), "{list}");
    assert!(list.contains("zone unknown"), "{list}");
    assert!(
        list.contains("* time zone worked out from the map"),
        "{list}"
    );

    let show = ok(d, &["meeting", "show", "area:phl"]);
    assert!(
        show.contains("The time zone was worked out from the meeting's place on the map."),
        "{show}"
    );
    assert!(
        show.contains("https://www.openstreetmap.org/directions?to=39.948400%2C-75.168500"),
        "{show}"
    );
    assert!(show.contains("geo:39.948400,-75.168500?q="), "{show}");
    assert!(
        show.contains(
            "share: Serenity Seekers · Tuesday, 19:30–20:30 (America/New_York) · St Mark's \
             Hall, 1625 Locust St, Philadelphia, PA 19103, USA · https://zoom.us/j/111222333"
        ),
        "{show}"
    );
    assert!(!show.contains("share: Serenity Seekers · Tuesday, 19:30–20:30 (America/New_York) · St Mark's Hall, 1625 Locust St, Philadelphia, PA 19103, USA · https://zoom.us/j/111222333 · Passcode"));
    assert!(show.contains("mailto:listings@area.example.org?subject=Meeting%20listing%3A%20Serenity%20Seekers&body="), "{show}");
    // The same screen the phones show, in Welsh and Spanish.
    let cy = ok(
        d,
        &[
            "--locale",
            "cy",
            "meeting",
            "show",
            "area:phl",
            "--tz",
            "America/New_York",
        ],
    );
    assert!(
        cy.contains("dydd Mawrth, 19:30–20:30 (America/New_York)"),
        "{cy}"
    );
    assert!(
        cy.contains("Cyfarwyddiadau: geo:39.948400,-75.168500?q="),
        "{cy}"
    );
    assert!(cy.contains("Wedi'i restru gan"), "{cy}");
    let es = ok(d, &["--locale", "es", "meeting", "show", "area:phl"]);
    assert!(
        es.contains("martes, 19:30–20:30 (America/New_York)"),
        "{es}"
    );
    assert!(
        es.contains("Unirse en línea: https://zoom.us/j/111222333"),
        "{es}"
    );
    let unknown = ok(d, &["meeting", "show", "area:nowhere"]);
    assert!(
        unknown.contains("The listing gives no time zone, so times are shown as if in yours."),
        "{unknown}"
    );
    assert!(!unknown.contains("Directions"), "{unknown}");
    assert!(
        !unknown.contains("Report a problem"),
        "a local file names no one: {unknown}"
    );

    // Offline: the report is kept until it is sent, across runs.
    let queued = ok(d, &["meeting", "report", "area:phx"]);
    assert!(
        queued.contains("https://area.example.org/feedback?m=phx"),
        "{queued}"
    );
    assert!(
        queued.contains("the meeting's feedback page (area.example.org)"),
        "who it goes to: {queued}"
    );
    let pending = ok(d, &["meeting", "reports"]);
    assert!(pending.contains("Desert Hope"), "{pending}");
    // The same report, read in Welsh: the words follow the language, not when it was kept.
    let welsh = ok(d, &["--locale", "cy", "meeting", "reports"]);
    assert!(
        welsh.contains("at dudalen adborth y cyfarfod (area.example.org)"),
        "{welsh}"
    );
    assert!(
        pending.contains("https://area.example.org/feedback?m=phx"),
        "{pending}"
    );
    let refused = run(d, &["meeting", "report", "area:nowhere"], &[], None);
    assert!(!refused.status.success());
    ok(d, &["meeting", "reports", "--sent", "1"]);
    let pending = ok(d, &["meeting", "reports"]);
    assert!(
        pending.contains("No problem reports are waiting"),
        "{pending}"
    );
}
