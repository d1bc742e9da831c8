//! The CLI's own words (confirmations, sync reports, hints under empty lists, reminders) in
//! the language `--locale` asks for: Welsh and Spanish from `locales/*/cli.ftl`, with no
//! English sentence left, and `--json` the same in every language.

mod common;

use std::path::Path;

use common::{ok, run};

/// A data folder with one synced source (`w`) of two meetings, run in en-GB.
fn synced() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let feed = data.path().join("feed.json");
    std::fs::write(
        &feed,
        common::meeting_feed(&[("tue-eve", "Hope on Tuesday"), ("noon", "Noon Group")]),
    )
    .unwrap();
    ok(
        data.path(),
        &[
            "source",
            "add",
            feed.to_str().unwrap(),
            "--name",
            "w",
            "--program",
            "aa",
        ],
    );
    data
}

/// Runs `waymark --locale <locale> args…`, which must succeed; its stdout and stderr.
fn said(data: &Path, locale: &str, args: &[&str]) -> (String, String) {
    let args = [&["--locale", locale][..], args].concat();
    let out = run(data, &args, &[], None);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// No sentence of the en-GB output is left in `text`.
fn no_english(text: &str, english: &[&str]) {
    for e in english {
        assert!(!text.contains(e), "English {e:?} in {text}");
    }
}

#[test]
fn sync_reports_in_welsh_and_spanish_and_its_json_is_the_same_in_any_language() {
    let data = synced();
    let d = data.path();
    let (cy, _) = said(d, "cy", &["sync"]);
    assert_eq!(
        cy.trim_end().split(" (").next().unwrap_or_default(),
        "w: llwythwyd dau gyfarfod, 0 wedi'u hepgor, dim rhybuddion",
        "{cy}"
    );
    no_english(&cy, &["meetings loaded", "skipped", "warnings"]);
    // Unchanged since then, in Spanish: the plural form of "reunión".
    let (es, _) = said(d, "es", &["sync"]);
    assert!(
        es.starts_with("w: sin cambios desde la última sincronización (2 reuniones)")
            || es.starts_with("w: 2 reuniones cargadas, 0 omitidas, 0 avisos"),
        "{es}"
    );
    no_english(&es, &["meetings", "unchanged", "loaded"]);
    // Scripts: the same keys and values whatever the language (timings aside).
    let json = |locale: &str| {
        let (out, _) = said(d, locale, &["sync", "--json"]);
        let mut v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v[0].as_object_mut().unwrap().remove("timings");
        v
    };
    assert_eq!(json("cy"), json("en-GB"));
    assert_eq!(json("es"), json("en-GB"));
    // `source list` in Spanish: its meetings counted with Spanish plurals.
    let (list, _) = said(d, "es", &["source", "list"]);
    assert!(list.contains("2 reuniones"), "{list}");
    assert!(list.contains("actualizada "), "{list}");
}

#[test]
fn an_empty_list_says_which_command_adds_to_it_in_the_locale() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // No source: the hint names the command, which stays as it is.
    let (es, _) = said(d, "es", &["source", "list"]);
    assert_eq!(
        es.trim_end(),
        "Aún no hay fuentes. Añade una con `waymark source add <PATH>`."
    );
    let (cy, _) = said(d, "cy", &["sync"]);
    assert_eq!(
        cy.trim_end(),
        "Does dim ffynonellau eto. Ychwanegwch un gyda `waymark source add <PATH>`."
    );
    // The private lists: the screen's empty notice, then the command that adds one.
    let (fav, _) = said(d, "es", &["favorite", "list"]);
    assert!(fav.contains("Aún no has guardado ninguna reunión"), "{fav}");
    assert!(
        fav.trim_end().ends_with(
            "Añade una con `waymark favorite add <MEETING_ID>` (`waymark meetings` muestra los ids)."
        ),
        "{fav}"
    );
    let (sober, _) = said(d, "cy", &["sober", "list"]);
    assert!(
        sober
            .trim_end()
            .ends_with("Ychwanegwch un gyda `waymark sober add YYYY-MM-DD --label NAME`."),
        "{sober}"
    );
    let (journal, _) = said(d, "es", &["journal", "list"]);
    assert!(journal.contains("Aún no has escrito nada"), "{journal}");
    assert!(journal.contains("`waymark journal add`"), "{journal}");
    let (people, _) = said(d, "cy", &["contacts", "list"]);
    assert!(
        people.contains("Ychwanegwch rywun gyda `waymark contacts add NAME"),
        "{people}"
    );
    // In en-GB too, the same hint (the lists lost it when they became screens).
    let fav = ok(d, &["favorite", "list"]);
    assert!(
        fav.contains("Add one with `waymark favorite add <MEETING_ID>`"),
        "{fav}"
    );
    // Once the list has something, no hint.
    let (_, _) = said(
        d,
        "es",
        &["sober", "add", "2026-01-02", "--label", "Alcohol"],
    );
    let (sober, _) = said(d, "es", &["sober", "list"]);
    assert!(!sober.contains("waymark sober add"), "{sober}");
}

#[test]
fn add_and_remove_confirmations_in_welsh_keep_the_name_isolated() {
    let data = synced();
    let d = data.path();
    ok(d, &["sync"]);
    let (added, _) = said(d, "cy", &["favorite", "add", "w:tue-eve"]);
    assert_eq!(
        added.trim_end(),
        "Ychwanegwyd at fy nghyfarfodydd: \u{2068}Hope on Tuesday\u{2069}."
    );
    let (again, _) = said(d, "cy", &["favorite", "add", "w:tue-eve"]);
    assert_eq!(
        again.trim_end(),
        "Mae \u{2068}Hope on Tuesday\u{2069} yn fy nghyfarfodydd yn barod."
    );
    let (removed, _) = said(d, "cy", &["favorite", "remove", "w:tue-eve"]);
    assert_eq!(removed.trim_end(), "Tynnwyd o fy nghyfarfodydd.");
    // A person: the role in the People to call screen's Welsh.
    let (person, _) = said(d, "cy", common::ADD_SAM);
    assert_eq!(
        person.trim_end(),
        "Ychwanegwyd \u{2068}Sam\u{2069} (Noddwr) at fy mhobl."
    );
    // A sobriety date: the count as its card on the screen says it, in Spanish.
    let (saved, _) = said(d, "es", &["sober", "add", "2026-01-02"]);
    assert!(saved.starts_with("Guardada (id "), "{saved}");
    assert!(
        saved.contains("Mi fecha") || saved.contains("días"),
        "{saved}"
    );
    no_english(&saved, &["Saved", "since", "Next", "days"]);
    // The date with no --label took the Spanish default label.
    let json = ok(d, &["sober", "list", "--json"]);
    assert!(json.contains("\"label\": \"Mi fecha\""), "{json}");
}

#[test]
fn journal_search_and_trash_in_spanish() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let out = run(
        d,
        &[
            "--locale", "es", "journal", "add", "--kind", "note", "--tag", "paz",
        ],
        &[],
        Some("Un paseo junto al mar\n"),
    );
    assert!(out.status.success());
    let saved = String::from_utf8(out.stdout).unwrap();
    assert!(saved.starts_with("Guardado. Entrada "), "{saved}");
    let (found, _) = said(d, "es", &["journal", "search", "paseo"]);
    // The kind as the Journal screen says it, the date in Spanish, the tag.
    assert!(found.contains("Nota"), "{found}");
    assert!(found.contains("Un paseo junto al mar"), "{found}");
    assert!(found.contains("#paz"), "{found}");
    no_english(&found, &["Note "]);
    let (none, _) = said(d, "es", &["journal", "search", "montaña"]);
    assert_eq!(none.trim_end(), "No se encontró nada.");
    let (trash, _) = said(d, "es", &["journal", "trash"]);
    assert_eq!(trash.trim_end(), "La papelera está vacía.");
}

#[test]
fn reminders_are_confirmed_and_listed_in_welsh() {
    let data = synced();
    let d = data.path();
    ok(d, &["sync"]);
    let (empty, _) = said(d, "cy", &["remind", "list"]);
    assert_eq!(
        empty.trim_end(),
        "Does dim nodiadau atgoffa eto. Mae `waymark remind set <MEETING_ID> --before 60m` yn ychwanegu un."
    );
    let (set, _) = said(
        d,
        "cy",
        &["remind", "set", "w:tue-eve", "--before", "60m,15m"],
    );
    // The meeting saved, then the leads as the Reminders screen words them.
    assert!(
        set.starts_with("Ychwanegwyd \u{2068}Hope on Tuesday\u{2069} at fy nghyfarfodydd.\n"),
        "{set}"
    );
    assert!(set.contains("Nodiadau atgoffa: awr cyn"), "{set}");
    assert!(set.contains("15 munud cyn."), "{set}");
    no_english(&set, &["Added", "Reminders set", "before"]);
    // A daily reminder with no label: its name in Welsh, its time on the Welsh clock.
    let (daily, _) = said(d, "cy", &["remind", "daily", "21:00"]);
    assert_eq!(
        daily.trim_end(),
        "Nodyn atgoffa dyddiol am 21:00: \u{2068}Gwirio i mewn dyddiol\u{2069}."
    );
    let (list, _) = said(d, "cy", &["remind", "list"]);
    assert!(list.contains("w:tue-eve  awr cyn"), "{list}");
    assert!(list.contains("dyddiol  21:00"), "{list}");
    let (health, _) = said(d, "cy", &["remind", "health", "--notifications-off"]);
    assert!(
        health.starts_with("Mae hysbysiadau i ffwrdd i Waymark"),
        "{health}"
    );
    // --json keeps the report's en-GB sentence for scripts.
    let (json, _) = said(
        d,
        "cy",
        &["remind", "health", "--notifications-off", "--json"],
    );
    assert!(
        json.contains("Notifications are off for Waymark, so reminders cannot appear."),
        "{json}"
    );
    let (discreet, _) = said(d, "es", &["remind", "discreet", "on"]);
    assert_eq!(
        discreet.trim_end(),
        "Los recordatorios en la pantalla de bloqueo solo dicen la hora, p. ej. «Recordatorio: 19:00»."
    );
}

/// A feed with a note or a skip reason of most kinds: an unknown zone and type, open and
/// closed at once, an end twelve hours before the start, a duplicate key, no name, a day that
/// is not one, and no time zone for the rest.
const FEED_WITH_PROBLEMS: &str = r#"[
    {"slug": "tue", "name": "Hope on Tuesday", "day": 2, "time": "19:00", "end_time": "07:00",
     "timezone": "Europe/Aberystwyth", "types": ["O", "C", "ZZ"],
     "address": "1 High St, Aberystwyth"},
    {"slug": "tue", "name": "Hope again", "day": 3, "time": "19:00",
     "address": "1 High St, Aberystwyth"},
    {"slug": "wed", "day": 3, "time": "19:00"},
    {"slug": "thu", "name": "Noon Group", "day": "Thorsday", "time": "12:00"},
    42
]"#;

/// A data folder with the feed above added as source `p` (no time zone given).
fn with_problems() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let feed = data.path().join("feed.json");
    std::fs::write(&feed, FEED_WITH_PROBLEMS).unwrap();
    ok(
        data.path(),
        &[
            "source",
            "add",
            feed.to_str().unwrap(),
            "--name",
            "p",
            "--program",
            "aa",
        ],
    );
    data
}

/// The en-GB sentences of the notes and skip reasons of [`FEED_WITH_PROBLEMS`].
const ENGLISH_NOTES: &[&str] = &[
    "unknown time zone",
    "unknown type",
    "kept as written",
    "open and closed",
    "hours before it starts",
    "assumed 1 hour",
    "duplicate slug",
    "no meeting name",
    "is not a weekday",
    "is not a meeting",
    "no time zone in the feed",
    "set one with",
];

/// Asserts that `out` says `want`, leaving out the marks that isolate a name's direction.
fn assert_says(out: &str, want: &str) {
    assert!(
        out.replace(['\u{2068}', '\u{2069}'], "").contains(want),
        "{want:?} not in {out}"
    );
}

#[test]
fn an_imports_notes_and_skip_reasons_come_in_welsh_and_spanish() {
    let cy_data = with_problems();
    let (cy, _) = said(cy_data.path(), "cy", &["sync"]);
    for want in [
        "hepgorwyd wed: dim enw cyfarfod",
        "hepgorwyd thu: nid diwrnod o'r wythnos yw “Thorsday”",
        "hepgorwyd #5: nid cyfarfod yw hwn: rhif 42",
        "nodyn tue: cylchfa amser anhysbys “Europe/Aberystwyth”",
        "nodyn tue: math anhysbys “ZZ”, wedi'i gadw fel y'i hysgrifennwyd",
        "nodyn tue: wedi'i nodi'n agored ac yn gaeedig",
        // Twelve hours: Welsh counts keep the noun singular after a number.
        "mae'n gorffen (07:00) 12 awr cyn iddo ddechrau (19:00)",
        "nodyn tue: slug dyblyg; rhestrir hwn fel “tue-2”",
        "dim cylchfa amser yn y ffrwd",
        "(gosodwch un gyda `source add --timezone`)",
    ] {
        assert_says(&cy, want);
    }
    no_english(&cy, ENGLISH_NOTES);

    let es_data = with_problems();
    let (es, _) = said(es_data.path(), "es", &["sync"]);
    for want in [
        "omitida wed: la reunión no tiene nombre",
        "omitida thu: el día «Thorsday» no es un día de la semana",
        "omitida #5: el número 42 no es una reunión",
        "nota tue: zona horaria desconocida «Europe/Aberystwyth»",
        "nota tue: tipo desconocido «ZZ», conservado tal cual",
        "termina (07:00) 12 horas antes de empezar (19:00)",
        "(indica una con `source add --timezone`)",
    ] {
        assert_says(&es, want);
    }
    no_english(&es, ENGLISH_NOTES);

    // Scripts: `--json` keeps the en-GB sentences whatever the language, each with its id.
    let json = |locale: &str| {
        let data = with_problems();
        let (out, _) = said(data.path(), locale, &["sync", "--json"]);
        let mut v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v[0].as_object_mut().unwrap().remove("timings");
        v
    };
    let cy_json = json("cy");
    assert_eq!(cy_json, json("en-GB"));
    let notes = cy_json[0]["warning_entries"].as_array().unwrap();
    let zone = notes
        .iter()
        .find(|n| n["id"] == "import-no-zone")
        .expect("a note about the missing zone");
    assert_eq!(
        zone["message"],
        "no time zone in the feed and none set for the source: times are shown in your own zone \
         (set one with `source add --timezone`)"
    );
    let skipped = cy_json[0]["skipped_entries"].as_array().unwrap();
    assert!(skipped.iter().any(|s| s["key"] == "thu"
        && s["id"] == "import-skip-bad-day"
        && s["values"]["day"] == "Thorsday"
        && s["reason"] == "day \"Thorsday\" is not a weekday"));
}
