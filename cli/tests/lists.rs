//! What `waymark meetings` and `waymark types` print, through the real binary over a small
//! Meeting Guide feed: an all-day clubhouse is "now" at any hour, no invented end time, the
//! day or date beyond 24 hours, venue or town, miles by locale, "N more", closed meetings found
//! by name and mentioned when left out, types by name, unknown types as written; the list in
//! the language `--locale` or the system asks for, JSON always in English.

mod common;

use std::path::Path;
use std::process::Output;

/// Chicago; 2026-12-01 is a Tuesday.
const FEED: &str = r#"[
 {"slug":"club","name":"Serenity Clubhouse","day":[0,1,2,3,4,5,6],"time":"00:00","end_time":"23:59",
  "location":"Serenity Club","formatted_address":"10 Lake St, Chicago, IL 60601, USA",
  "latitude":41.886,"longitude":-87.624,"types":["O"],"regions":["Chicago","Loop"]},
 {"slug":"noend","name":"Tuesday Night Step","day":2,"time":"19:00",
  "formatted_address":"20 Wacker Dr, Chicago, IL 60606, USA","latitude":41.882,"longitude":-87.637,
  "types":["ST","AC"],"regions":["Chicago","West Loop"]},
 {"slug":"friday","name":"Friday Speakers","day":5,"time":"20:00","end_time":"21:30",
  "location":"Union Church","formatted_address":"40 Clark St, Chicago, IL 60603, USA",
  "latitude":41.880,"longitude":-87.631,"types":["SP","X"]},
 {"slug":"closed","name":"Lighthouse Group","day":3,"time":"12:00","end_time":"13:00",
  "location":"Harbour Room","formatted_address":"50 Pier Rd, Chicago, IL 60611, USA",
  "latitude":41.891,"longitude":-87.605,"types":["O","TC"]}
]"#;

fn setup() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let feed = data.path().join("feed.json");
    std::fs::write(&feed, FEED).unwrap();
    let f = feed.to_str().unwrap();
    for args in [
        vec![
            "source",
            "add",
            f,
            "--timezone",
            "America/Chicago",
            "--name",
            "chi",
            "--program",
            "aa",
        ],
        vec!["sync"],
    ] {
        let out = common::run(data.path(), &args, &[], None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    data
}

fn meetings(d: &Path, args: &[&str], env: &[(&str, &str)]) -> (Output, String) {
    let mut all = vec!["meetings", "--tz", "America/Chicago"];
    all.extend_from_slice(args);
    let out = common::run(d, &all, env, None);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out, text)
}

#[test]
fn an_all_day_clubhouse_is_on_now_and_no_end_is_invented() {
    let data = setup();
    let (out, text) = meetings(
        data.path(),
        &["--in-progress", "--at", "2026-12-01T19:15:00-06:00"],
        &[],
    );
    assert!(out.status.success());
    assert!(text.contains("Serenity Clubhouse"), "{text}");
    assert!(text.contains("now, all day"), "{text}");
    assert!(text.contains("Tue all day Chicago"), "{text}");
    assert!(!text.contains("assumed 1 hour"), "{text}");
    // The step meeting has no end in its feed: started 19:00, no 20:00 printed.
    assert!(text.contains("now, since 19:00"), "{text}");
    assert!(text.contains("Tue 19:00 Chicago"), "{text}");
    assert!(!text.contains("20:00"), "{text}");
}

#[test]
fn rows_say_the_day_the_place_the_distance_and_how_many_more() {
    let data = setup();
    let at = ["--at", "2026-12-01T12:00:00-06:00"];
    let near = ["--near", "41.8781,-87.6298", "--radius-km", "10"];
    let args: Vec<&str> = at.iter().chain(near.iter()).copied().collect();
    let (_, text) = meetings(
        data.path(),
        &args,
        &[("LANG", "en_US.UTF-8"), ("LC_ALL", "")],
    );
    // The system's locale words the list: US English says "8:00 PM".
    assert!(
        text.contains("Fri 8:00\u{202f}PM"),
        "the day beyond 24 hours: {text}"
    );
    assert!(text.contains("Union Church"), "the venue: {text}");
    assert!(
        text.contains("West Loop"),
        "the town when there is no venue: {text}"
    );
    assert!(text.contains(" mi "), "miles in the US: {text}");
    let (_, text) = meetings(
        data.path(),
        &args,
        &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "")],
    );
    assert!(text.contains(" km "), "km in Germany: {text}");
    // No German words yet: English (UK), quietly (the person did not ask here).
    assert!(text.contains("Fri 20:00"), "{text}");
    let mut with_units = args.clone();
    with_units.extend(["--units", "mi"]);
    let (_, text) = meetings(data.path(), &with_units, &[("LANG", "de_DE.UTF-8")]);
    assert!(text.contains(" mi "), "--units wins: {text}");
    let mut limited = args.clone();
    limited.extend(["--limit", "1"]);
    let (_, text) = meetings(data.path(), &limited, &[]);
    assert!(
        text.contains("2 more meetings match; --limit 3 shows more."),
        "{text}"
    );
}

#[test]
fn a_closed_meeting_is_found_by_name_and_its_absence_is_explained() {
    let data = setup();
    let at = "2026-12-01T12:00:00-06:00";
    let (_, text) = meetings(data.path(), &["--at", at, "--text", "lighthouse"], &[]);
    assert!(text.contains("Lighthouse Group"), "{text}");
    assert!(text.contains("temporarily closed"), "{text}");
    let (_, text) = meetings(
        data.path(),
        &["--at", at, "--day", "wed", "--between", "11:00-13:00"],
        &[],
    );
    assert!(text.contains("No meetings match"), "{text}");
    assert!(
        text.contains(
            "1 temporarily closed meeting matches but is left out (--include-closed shows it)."
        ),
        "{text}"
    );
}

#[test]
fn types_are_listed_and_taken_by_name_and_unknown_ones_shown() {
    let data = setup();
    let out = common::run(data.path(), &["types", "--program", "al-anon"], &[], None);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("ALATEEN  Alateen"), "{text}");
    assert!(!text.contains("Young People"), "{text}");
    let (out, text) = meetings(
        data.path(),
        &["--at", "2026-12-01T12:00:00-06:00", "--type", "wheelchair"],
        &[],
    );
    assert!(out.status.success());
    assert!(
        text.contains("Friday Speakers") && !text.contains("Serenity"),
        "{text}"
    );
    let (out, _) = meetings(data.path(), &["--type", "zzzz"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no meeting type called zzzz") && err.contains("`waymark types`"),
        "{err}"
    );
    // A code the app does not know is shown as the feed wrote it.
    let (_, text) = meetings(
        data.path(),
        &["--at", "2026-12-01T12:00:00-06:00", "--text", "step"],
        &[],
    );
    assert!(text.contains("Step Study, AC"), "{text}");
}

#[test]
fn the_list_is_worded_in_the_locale_asked_for_and_json_stays_english() {
    let data = setup();
    let at = ["--at", "2026-12-01T12:00:00-06:00"];
    let near = ["--near", "41.8781,-87.6298", "--radius-km", "10"];
    let args: Vec<&str> = at.iter().chain(near.iter()).copied().collect();
    let lang = [("LANG", "en_GB.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let run = |global: &[&str], extra: &[&str], env: &[(&str, &str)]| {
        let mut all: Vec<&str> = global.to_vec();
        all.extend(["meetings", "--tz", "America/Chicago"]);
        all.extend(&args);
        all.extend(extra);
        let out = common::run(data.path(), &all, env, None);
        assert!(out.status.success(), "{out:?}");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (cy, err) = run(&["--locale", "cy"], &[], &lang);
    assert!(cy.contains("Gwe 20:00"), "Friday in Welsh: {cy}");
    assert!(cy.contains("heddiw 19:00"), "today in Welsh: {cy}");
    assert!(cy.contains("nawr, drwy'r dydd"), "all day in Welsh: {cy}");
    assert!(cy.contains(" milltir"), "miles in Welsh, in Wales: {cy}");
    assert!(err.is_empty(), "{err}");
    // The system's Welsh, with no --locale.
    let (sys, _) = run(&[], &[], &[("LANG", "cy_GB.UTF-8"), ("LC_ALL", "")]);
    assert!(sys.contains("heddiw 19:00"), "{sys}");
    // --locale after the subcommand works too (a global option).
    let (es, _) = run(&[], &["--locale", "es", "--units", "km"], &lang);
    assert!(es.contains("vie 20:00") && es.contains("hoy 19:00"), "{es}");
    assert!(
        es.lines().any(|l| l.contains(',') && l.contains(" km ")),
        "a decimal comma: {es}"
    );
    // A language Waymark has no words in: English (UK), and a note saying so.
    let (de, err) = run(&["--locale", "de-DE"], &[], &lang);
    assert!(de.contains("Fri 20:00"), "{de}");
    assert!(
        err.contains("no words in") && err.contains("de-DE"),
        "{err}"
    );
    let (_, err) = run(&["--locale", "not a tag!"], &[], &lang);
    assert!(err.contains("not a language tag"), "{err}");
    // JSON is for scripts: the same bytes whatever the locale.
    let (json_en, _) = run(&[], &["--json"], &lang);
    let (json_cy, _) = run(&["--locale", "cy"], &["--json"], &lang);
    assert_eq!(json_en, json_cy);
    assert!(json_en.contains("\"when\": \"Fri 20:00\""), "{json_en}");
}

fn browse(d: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut all = vec!["browse", "--tz", "America/Chicago"];
    all.extend_from_slice(args);
    let out = common::run(d, &all, env, None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The line a row is printed on, and the heading above it.
fn row_under<'a>(text: &'a str, name: &str) -> (&'a str, &'a str) {
    let lines: Vec<&str> = text.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{name} not in {text}"));
    let heading = lines[..i]
        .iter()
        .rev()
        .find(|l| !l.starts_with(' ') && !l.is_empty())
        .unwrap();
    (lines[i], heading)
}

#[test]
fn browse_prints_the_phones_meetings_screen_in_the_locale_asked_for() {
    let data = setup();
    let at = ["--at", "2026-12-01T18:55:00-06:00"];
    let en = browse(data.path(), &at, &[("LANG", "en_GB.UTF-8")]);
    assert!(en.starts_with("Meetings\n"), "{en}");
    let (line, heading) = row_under(&en, "Tuesday Night Step");
    assert_eq!(heading, "Later today");
    assert!(line.contains("in 5 min (19:00)"), "{line}");
    let (line, heading) = row_under(&en, "Serenity Clubhouse");
    assert_eq!(heading, "Happening now");
    assert!(
        line.contains("now, all day") && line.contains("· Now ·"),
        "{line}"
    );
    assert_eq!(row_under(&en, "Friday Speakers").1, "This week");

    let cy = browse(data.path(), &[&at[..], &["--locale", "cy"]].concat(), &[]);
    assert!(cy.starts_with("Cyfarfodydd\n"), "{cy}");
    let (line, heading) = row_under(&cy, "Tuesday Night Step");
    assert_eq!(heading, "Yn nes ymlaen heddiw");
    assert!(line.contains("mewn 5 munud (19:00)"), "{line}");

    // A search that finds nothing says so, with no rows.
    let mut miss_args = at.to_vec();
    miss_args.extend(["--text", "zzzz"]);
    let miss = browse(data.path(), &miss_args, &[("LANG", "es_ES.UTF-8")]);
    assert!(miss.contains("Ninguna reunión coincide"), "{miss}");
    assert!(!miss.contains("Serenity"), "{miss}");
}
