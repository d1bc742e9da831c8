use chrono::NaiveDate;

use super::*;

const TODAY: (i32, u32, u32) = (2026, 11, 30);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

const GOOD: &str = r#"
version = 2

[[source]]
id = "ukna"
name = "Narcotics Anonymous UK"
program = "na"
format = "bmlt"
url = "https://bmlt.ukna.org/main_server/"
country = "GB"
timezone = "Europe/London"
bbox = [49.8, -8.7, 60.9, 1.8]
feedback = "https://ukna.org/contact"
verified = 2026-11-30
source_ref = "github:bmlt-enabled/aggregator serverList.json"

[[source]]
id = "oiaa"
name = "Online Intergroup of AA"
program = ["aa"]
format = "meeting-guide"
url = "https://aa-intergroup.org/meetings.json"
country = "US"
online_only = true
bbox = [-90, -180, 90, 180]
verified = "2026-11-29"
notes = "Online meetings only."

[[source]]
id = "test-loopback"
name = "A feed on this machine"
program = ["al-anon", "aa"]
format = "tsml-csv"
url = "http://127.0.0.1:8080/feed.csv"
country = "IE"
"#;

fn problems(text: &str) -> Vec<CatalogueProblem> {
    match Catalogue::parse_as_of(text, today()) {
        Ok(c) => panic!("expected problems, got {} sources", c.sources.len()),
        Err(CatalogueError::Invalid { problems }) => problems,
        Err(e) => panic!("unexpected error {e}"),
    }
}

fn messages(text: &str) -> String {
    problems(text)
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A good file with one line of the first source replaced.
fn with(old: &str, new: &str) -> String {
    assert!(GOOD.contains(old), "{old}");
    GOOD.replacen(old, new, 1)
}

#[test]
fn a_good_catalogue_reads_with_every_field() {
    let c = Catalogue::parse_as_of(GOOD, today()).unwrap();
    assert_eq!(c.version, 2);
    assert_eq!(c.sources.len(), 3);
    let uk = c.get("ukna").unwrap();
    assert_eq!(uk.format, FeedFormat::Bmlt);
    assert_eq!(uk.program(), "na");
    assert_eq!(uk.timezone, Some(chrono_tz::Europe::London));
    assert!(
        uk.bbox.unwrap().contains(51.48, -3.18),
        "Cardiff is in the UK box"
    );
    assert!(!uk.bbox.unwrap().contains(40.7, -74.0));
    assert_eq!(uk.verified, NaiveDate::from_ymd_opt(2026, 11, 30));
    let online = c.get("oiaa").unwrap();
    assert!(online.online_only);
    assert_eq!(online.verified, NaiveDate::from_ymd_opt(2026, 11, 29));
    assert_eq!(c.get("test-loopback").unwrap().programs, ["al-anon", "aa"]);
    assert_eq!(c.count_by_program()["aa"], 2);
    assert_eq!(c.count_by_format()["bmlt"], 1);
    let new = uk.new_source();
    assert_eq!(new.location, "https://bmlt.ukna.org/main_server/");
    assert_eq!(new.format, Some(FeedFormat::Bmlt));
    assert_eq!(new.program.as_deref(), Some("na"));
    assert_eq!(new.timezone.as_deref(), Some("Europe/London"));
    assert_eq!(new.name.as_deref(), Some("ukna"));
}

#[test]
fn a_catalogue_source_registers_in_a_real_directory() {
    let dir = tempfile::tempdir().unwrap();
    let directory = crate::Directory::open(dir.path().join("directory.sqlite")).unwrap();
    let c = Catalogue::parse_as_of(GOOD, today()).unwrap();
    let added = directory
        .add_source(c.get("test-loopback").unwrap().new_source())
        .unwrap();
    assert_eq!(added.program, "al-anon");
    assert_eq!(added.format.as_deref(), Some("tsml-csv"));
    assert_eq!(added.location, "http://127.0.0.1:8080/feed.csv");
    assert_eq!(
        added.id, "test-loopback",
        "the catalogue id becomes the source id"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = with("country = \"GB\"", "country = \"uk\"").replace(
        "timezone = \"Europe/London\"",
        "timezone = \"Europe/Cardiff\"",
    );
    let text = text.replace("id = \"oiaa\"", "id = \"ukna\"");
    let all = problems(&text);
    let joined: Vec<String> = all.iter().map(|p| p.to_string()).collect();
    assert_eq!(all.len(), 3, "{joined:#?}");
    assert!(joined[0].starts_with("source 1 (ukna): "));
    assert!(joined.iter().any(|m| m.contains("country \"uk\"")));
    assert!(joined.iter().any(|m| m.contains("Europe/Cardiff")));
    assert!(joined
        .iter()
        .any(|m| m.starts_with("source 2 (ukna): the id is already used by source 1")));
}

#[test]
fn duplicate_urls_are_found_after_normalising_case_and_slash() {
    let text = with(
        "url = \"https://aa-intergroup.org/meetings.json\"",
        "url = \"HTTPS://BMLT.UKNA.ORG/main_server\"",
    );
    let m = messages(&text);
    assert!(
        m.contains("source 2 (oiaa): the same URL as source 1 (ukna)"),
        "{m}"
    );
}

#[test]
fn only_https_except_to_this_machine() {
    let m = messages(&with(
        "https://bmlt.ukna.org/main_server/",
        "http://bmlt.ukna.org/main_server/",
    ));
    assert!(m.contains("must start with https://"), "{m}");
    for ok in [
        "http://localhost:9/x",
        "http://[::1]:9/x",
        "http://127.0.0.2/x",
    ] {
        let text = with("https://bmlt.ukna.org/main_server/", ok);
        Catalogue::parse_as_of(&text, today()).unwrap_or_else(|e| panic!("{ok}: {e:?}"));
    }
    for bad in [
        "ftp://example.org/x",
        "not a url",
        "https://user:pw@example.org/",
    ] {
        let m = messages(&with("https://bmlt.ukna.org/main_server/", bad));
        assert!(m.contains("`url`"), "{bad}: {m}");
    }
}

#[test]
fn boxes_must_be_on_the_map_ordered_and_not_the_world() {
    let swapped = messages(&with("[49.8, -8.7, 60.9, 1.8]", "[60.9, 1.8, 49.8, -8.7]"));
    assert!(swapped.contains("swapped"), "{swapped}");
    let off = messages(&with("[49.8, -8.7, 60.9, 1.8]", "[49.8, -8.7, 95, 1.8]"));
    assert!(off.contains("off the map"), "{off}");
    let short = messages(&with("[49.8, -8.7, 60.9, 1.8]", "[49.8, -8.7]"));
    assert!(short.contains("has 2 numbers"), "{short}");
    let world = messages(&with("[49.8, -8.7, 60.9, 1.8]", "[-90, -180, 90, 180]"));
    assert!(world.contains("whole world"), "{world}");
}

#[test]
fn unknown_fields_programs_and_formats_are_refused() {
    let m = messages(&with(
        "country = \"GB\"",
        "country = \"GB\"\ncontry = \"GB\"",
    ));
    assert!(m.contains("unknown field `contry`"), "{m}");
    // The rest of an entry with an unknown field is still checked.
    let m = messages(&with("country = \"GB\"", "country = \"uk\"\ncolor = 1"));
    assert!(m.contains("unknown field `color`"), "{m}");
    assert!(m.contains("country \"uk\" is not a country code"), "{m}");
    let m = messages(&with("program = \"na\"", "program = \"alanon\""));
    assert!(
        m.contains("program \"alanon\" is not one Waymark knows"),
        "{m}"
    );
    let m = messages(&with("format = \"bmlt\"", "format = \"json\""));
    assert!(
        m.contains("format \"json\" is not one Waymark reads"),
        "{m}"
    );
    let m = messages(&format!("colour = \"blue\"\n{GOOD}"));
    assert!(m.contains("unknown top-level field `colour`"), "{m}");
    let m = messages(&with("id = \"ukna\"", "id = \"UK NA\""));
    assert!(m.contains("is not a slug"), "{m}");
}

#[test]
fn no_contact_details_of_people() {
    let m = messages(&with(
        "feedback = \"https://ukna.org/contact\"",
        "feedback = \"info@ukna.org\"",
    ));
    assert!(m.contains("not an email address"), "{m}");
    let m = messages(&with(
        "notes = \"Online meetings only.\"",
        "notes = \"Ask jane.doe@example.com\"",
    ));
    assert!(m.contains("`notes` contains an email address"), "{m}");
    let m = messages(&with(
        "notes = \"Online meetings only.\"",
        "notes = \"Call Jane on 07700 900123\"",
    ));
    assert!(m.contains("phone number"), "{m}");
    // Years and counts are not phone numbers.
    let text = with(
        "notes = \"Online meetings only.\"",
        "notes = \"Since 2019, about 3000 meetings.\"",
    );
    Catalogue::parse_as_of(&text, today()).unwrap();
}

#[test]
fn verified_is_a_date_not_in_the_future() {
    let m = messages(&with("verified = 2026-11-30", "verified = 2027-01-01"));
    assert!(m.contains("in the future"), "{m}");
    // A reviewer a day ahead of UTC is not refused.
    Catalogue::parse_as_of(
        &with("verified = 2026-11-30", "verified = 2026-12-01"),
        today(),
    )
    .unwrap();
    let m = messages(&with("verified = 2026-11-30", "verified = \"last week\""));
    assert!(m.contains("must be a date"), "{m}");
}

#[test]
fn malformed_files_say_where() {
    let m = messages("version = 1\n[[source]\nid = \"x\"\n");
    assert!(m.starts_with("the file is not valid TOML (line 2)"), "{m}");
    let m = messages("[[source]]\nid = \"x\"\n");
    assert!(m.contains("`version` is missing"), "{m}");
    assert!(m.contains("missing field"), "{m}");
    let m = messages("version = 1\n");
    assert!(m.contains("lists no sources"), "{m}");
}

#[test]
fn files_over_the_cap_are_refused_unread() {
    let big = format!("{GOOD}\n#{}\n", "x".repeat(MAX_CATALOGUE_BYTES as usize));
    let m = messages(&big);
    assert!(m.contains("larger than 1024 KiB"), "{m}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sources.toml");
    std::fs::write(&path, &big).unwrap();
    match Catalogue::load(&path) {
        Err(CatalogueError::Invalid { problems }) => {
            assert!(problems[0].message.to_string().contains("larger than"))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        Catalogue::load(dir.path().join("missing.toml")),
        Err(CatalogueError::Unreadable { .. })
    ));
}

#[test]
fn the_shipped_catalogue_passes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogue/sources.toml");
    let c = Catalogue::load(path).unwrap_or_else(|e| match e {
        CatalogueError::Invalid { problems } => panic!(
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        e => panic!("{e}"),
    });
    assert!(!c.sources.is_empty());
}

#[test]
fn worldwide_is_only_for_online_sources() {
    let m = messages(&with("country = \"GB\"", "country = \"ZZ\""));
    assert!(m.contains("only for online-only sources"), "{m}");
    let text = GOOD.replacen("country = \"US\"", "country = \"ZZ\"", 1);
    let c = Catalogue::parse_as_of(&text, today()).unwrap();
    assert_eq!(c.get("oiaa").unwrap().country, WORLDWIDE);
}

/// Catalogue texts that, between them, raise every problem the checker has (all but
/// `catalogue-not-toml`, a TOML error with no place, which the reader does not give for text).
fn every_problem() -> Vec<CatalogueProblem> {
    let long = "x".repeat(MAX_URL_CHARS + 1);
    let many = format!(
        r#"
colour = "blue"
version = "one"

[[source]]
id = "ukna"
name = "Call 07700 900123"
program = []
format = "json"
url = "http://example.org/x"
country = "ZZ"
timezone = "Europe/Cardiff"
bbox = [1.0, 2.0]
feedback = "info@ukna.org"
verified = 2027-06-01
notes = "a\u0007b"
contry = "GB"

[[source]]
id = "ukna"
name = " "
program = 3
format = "bmlt"
url = "HTTP://EXAMPLE.ORG/x/"
country = "uk"
bbox = [0, 0, 95, 1]
verified = "last week"
notes = "mail jane@example.com"

[[source]]
id = "UK NA"
name = "x"
program = ["zz-unknown"]
format = "bmlt"
url = "ftp://example.org/y"
country = "GB"
bbox = [10, 10, 5, 5]
feedback = "not a url"
source_ref = "{long}"

[[source]]
id = "four"
name = "y"
program = ["na", "na"]
format = "bmlt"
url = "https://u@example.org/"
country = "GB"
bbox = [-90, -180, 90, 180]

[[source]]
name = "z"
url = "https://example.org/z"

[[source]]
id = "six"
name = "Six"
program = "na"
format = "bmlt"
url = "https://example.org/z"
country = "GB"
"#
    );
    let mut all = problems(&many);
    for text in [
        "version = 0\nsource = [1]\n",
        "version = 1\nsource = \"x\"\n",
        "",
        "version = 1\n[[source]\nid = \"x\"\n",
    ] {
        all.extend(problems(text));
    }
    all.extend(problems(&format!(
        "{GOOD}\n#{}\n",
        "x".repeat(MAX_CATALOGUE_BYTES as usize)
    )));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sources.toml");
    std::fs::write(&path, b"version = 1\n# \xff\xfe\n").unwrap();
    match Catalogue::load(&path) {
        Err(CatalogueError::Invalid { problems }) => all.extend(problems),
        other => panic!("{other:?}"),
    }
    all
}

/// What is left of `text` once the values are taken out: ASCII letters here are English that
/// did not come from a message.
fn leftover(text: &str, p: &CatalogueProblem) -> String {
    let mut t = text.to_string();
    let values = p.message.values().iter().filter_map(|(_, v)| match v {
        crate::l10n::Value::Text(v) => Some(v.as_str()),
        crate::l10n::Value::Number(_) => None,
    });
    let mut values: Vec<&str> = values.chain(p.source_id.as_deref()).collect();
    // Longest first, so a value inside another is not cut out of it first.
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for v in values.into_iter().filter(|v| !v.is_empty()) {
        t = t.replace(v, " ");
    }
    t.chars().filter(char::is_ascii_alphabetic).collect()
}

#[test]
fn pseudo_every_problem_of_real_catalogue_files_is_worded_from_messages() {
    let w = crate::l10n::Words::pseudo();
    let all = every_problem();
    let raised: std::collections::HashSet<&str> = all.iter().map(|p| p.message.id()).collect();
    let missing: Vec<&&str> = words::IDS
        .iter()
        .filter(|id| {
            !raised.contains(**id)
                && ![words::AT_SOURCE, words::AT_SOURCE_ID, words::NOT_TOML].contains(id)
        })
        .collect();
    assert!(missing.is_empty(), "not raised: {missing:?}");
    assert!(all
        .iter()
        .any(|p| p.source_id.is_none() && p.source_number.is_some()));
    assert!(all.iter().any(|p| p.source_id.is_some()));
    for p in &all {
        let text = p.text_in(&w);
        assert!(!text.trim().is_empty(), "{p:?}");
        assert!(!text.contains('{'), "{text}");
        let left = leftover(&text, p);
        assert!(
            left.is_empty(),
            "{} leaks {left:?} in {text:?}",
            p.message.id()
        );
        // en-GB, for logs and scripts, is unchanged by the reader's language.
        assert!(p.to_string().is_ascii(), "{p}");
    }
}

#[test]
fn pseudo_every_catalogue_id_and_variant_is_worded_from_messages() {
    let w = crate::l10n::Words::pseudo();
    for id in words::IDS {
        for kind in ["number", "string", "array", "table"] {
            for n in [0, 1, 2, 3, 6, 12, 64] {
                let mut phrase = crate::l10n::Phrase::new(id).text("kind", kind);
                for name in [
                    "why", "key", "version", "table", "field", "example", "value", "id", "fields",
                    "program", "known", "list", "file", "format", "code", "setting", "country",
                    "standard", "first", "second", "third", "zone", "shape", "lat", "lon", "date",
                    "feedback", "scheme", "problem",
                ] {
                    phrase = phrase.text(name, "٣٤");
                }
                for name in ["count", "max", "kib", "line", "number"] {
                    phrase = phrase.number(name, n);
                }
                let problem = CatalogueProblem {
                    source_number: None,
                    source_id: None,
                    message: phrase,
                };
                let text = problem.text_in(&w);
                assert!(!text.trim().is_empty(), "{id}");
                assert!(!text.contains('{'), "{id}: {text}");
                let left = leftover(&text, &problem);
                assert!(
                    left.is_empty(),
                    "{id} ({kind}, {n}) leaks {left:?} in {text:?}"
                );
            }
        }
    }
}

#[test]
fn welsh_and_spanish_word_each_problem_and_its_source() {
    let problems = problems(&with(
        "https://bmlt.ukna.org/main_server/",
        "http://bmlt.ukna.org/main_server/",
    ));
    assert_eq!(problems.len(), 1, "{problems:?}");
    let cy = problems[0].own_in(crate::l10n::Words::get(crate::l10n::Locale::Cy));
    assert_eq!(
        cy,
        "ffynhonnell 1 (ukna): rhaid i `url` ddechrau â https:// (caniateir http plaen i'r \
         peiriant hwn yn unig, ar gyfer profion)"
    );
    let es = problems[0].own_in(crate::l10n::Words::get(crate::l10n::Locale::Es));
    assert!(
        es.starts_with("fuente 1 (ukna): `url` debe empezar por https://"),
        "{es}"
    );
    // Logs and scripts keep en-GB.
    assert_eq!(
        problems[0].to_string(),
        "source 1 (ukna): `url` must start with https:// (plain http is allowed only to this \
         machine, for tests)"
    );
    let json = serde_json::to_value(&problems[0]).unwrap();
    assert_eq!(json["words"]["id"], "catalogue-plain-http");
    assert_eq!(json["words"]["values"]["field"], "url");
    assert!(json["message"]
        .as_str()
        .unwrap()
        .starts_with("`url` must start"));
}

#[test]
fn the_count_of_problems_reads_as_english_for_one_and_for_more() {
    assert_eq!(super::problem_count(1), "1 problem in the catalogue");
    assert_eq!(super::problem_count(3), "3 problems in the catalogue");
}
