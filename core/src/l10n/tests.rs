use chrono::NaiveDate;
use fluent_bundle::FluentResource;

use super::words::sources;
use super::*;

/// Messages a locale knowingly lacks (they come from en-GB). None today.
const KNOWINGLY_MISSING: &[(Locale, &str)] = &[];

fn message_ids(text: &str) -> Vec<String> {
    let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, e)| {
        panic!("syntax errors: {e:?}");
    });
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_ftl_file_parses_and_defines_each_message_once() {
    for locale in Locale::ALL {
        let mut seen = std::collections::HashSet::new();
        for (path, text) in sources(locale) {
            for id in message_ids(text) {
                assert!(seen.insert(id.clone()), "{path}: {id} defined twice");
            }
        }
    }
}

#[test]
fn en_gb_has_every_message_the_code_uses() {
    let words = Words::get(Locale::EnGb);
    for id in ids::ALL {
        assert!(words.has_message(id), "en-GB lacks {id}");
    }
}

#[test]
fn every_locale_has_every_en_gb_message_but_those_knowingly_missing() {
    let en: Vec<String> = sources(Locale::EnGb)
        .iter()
        .flat_map(|(_, t)| message_ids(t))
        .collect();
    for locale in Locale::ALL {
        let words = Words::get(locale);
        for id in &en {
            let known = KNOWINGLY_MISSING.contains(&(locale, id.as_str()));
            assert_eq!(
                words.has_message(id),
                !known,
                "{locale}: {id} (missing and not listed, or listed and present)"
            );
        }
    }
}

#[test]
fn no_message_in_any_locale_shows_an_id_or_a_placeholder() {
    let args = [
        ("time", Arg::Text("19:30")),
        ("minutes", Arg::Number(7)),
        ("day", Arg::Text("Fri")),
        ("date", Arg::Text("Tue 8 Dec")),
        ("value", Arg::Text("3.2")),
        ("name", Arg::Text("Hope")),
        ("when", Arg::Text("today 19:30")),
        ("asked", Arg::Text("de")),
        ("shown", Arg::Text("English (UK)")),
        ("local", Arg::Text("19:00")),
        ("here", Arg::Text("00:00")),
        ("lead", Arg::Text("15 minutes")),
        ("place", Arg::Text("Hall")),
        ("hours", Arg::Number(2)),
        ("count", Arg::Number(3)),
        // The journal's Markdown export.
        ("label", Arg::Text("Alcohol")),
        ("id", Arg::Text("w:tue-eve")),
        ("tags", Arg::Text("#home")),
        ("felt", Arg::Text("Tired")),
        ("mood", Arg::Number(4)),
        ("craving", Arg::Number(1)),
    ];
    for locale in Locale::ALL {
        let words = Words::get(locale);
        for id in ids::ALL {
            for out in [words.text(id, &args), words.own(id, &args)] {
                assert!(!out.is_empty(), "{locale} {id}");
                assert!(!out.contains(id), "{locale} {id}: {out}");
                assert!(!out.contains('{'), "{locale} {id}: {out}");
            }
        }
        // An id nobody defined: nothing, rather than the id.
        assert_eq!(words.text("no-such-message", &[]), "");
    }
}

#[test]
fn a_message_missing_from_a_translation_comes_from_en_gb() {
    // A Welsh file that has only one of the list's messages.
    let cy = Words::build_from(Locale::Cy, &["when-today = heddiw { $time }\n"]);
    let t = [("time", Arg::Text("19:30"))];
    assert_eq!(cy.own(ids::WHEN_TODAY, &t), "heddiw 19:30");
    assert_eq!(cy.own(ids::WHEN_TOMORROW, &t), "tomorrow 19:30");
    // A translation that uses a variable the code never gives falls back too, rather than
    // showing `{$when}`.
    let es = Words::build_from(Locale::Es, &["when-today = hoy { $when }\n"]);
    assert_eq!(es.own(ids::WHEN_TODAY, &t), "today 19:30");
}

#[test]
fn negotiation_lands_every_tag_on_a_supported_locale() {
    for (asked, locale) in [
        ("en-GB", Locale::EnGb),
        ("en_GB.UTF-8", Locale::EnGb),
        ("en", Locale::EnGb),
        ("en-AU", Locale::EnGb),
        ("EN-us", Locale::EnUs),
        ("en_US.UTF-8", Locale::EnUs),
        ("cy", Locale::Cy),
        ("cy_GB.UTF-8@euro", Locale::Cy),
        ("es", Locale::Es),
        ("es-419", Locale::Es),
        ("es_MX.UTF-8", Locale::Es),
        ("C", Locale::EnGb),
        ("C.UTF-8", Locale::EnGb),
        ("POSIX", Locale::EnGb),
        ("", Locale::EnGb),
    ] {
        assert_eq!(
            negotiate(asked),
            Negotiated { locale, note: None },
            "{asked:?}"
        );
    }
    assert_eq!(
        negotiate("de_DE.UTF-8"),
        Negotiated {
            locale: Locale::EnGb,
            note: Some(FallbackNote::Unsupported {
                asked: "de-DE".into()
            }),
        }
    );
    for bad in ["english please", "??", "e", "en--GB", ".UTF-8", "cy_GB_x!"] {
        let n = negotiate(bad);
        assert_eq!(n.locale, Locale::EnGb, "{bad:?}");
        assert!(
            matches!(n.note, Some(FallbackNote::Malformed { .. })),
            "{bad:?}: {n:?}"
        );
    }
    // A very long tag is repeated back cut short.
    let long = "x".repeat(500);
    match negotiate(&long).note {
        Some(FallbackNote::Malformed { asked }) => {
            assert_eq!(asked.chars().count(), locale::MAX_TAG_CHARS)
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_fallback_note_says_what_was_asked_and_what_is_shown() {
    let note = negotiate("fr-FR").note.unwrap();
    let en = Words::get(Locale::EnGb);
    assert_eq!(
        note.words(en),
        "Waymark has no words in “\u{2068}fr-FR\u{2069}” yet, so it shows \u{2068}English (UK)\u{2069}."
    );
    let malformed = negotiate("??").note.unwrap();
    assert!(malformed.words(en).contains("not a language tag"));
}

#[test]
fn minutes_follow_plural_rules_english_and_all_six_welsh_categories() {
    let t = |m| [("minutes", Arg::Number(m)), ("time", Arg::Text("18:01"))];
    let en = Words::get(Locale::EnGb);
    assert_eq!(en.own(ids::WHEN_IN_MINUTES, &t(1)), "in 1 min (18:01)");
    assert_eq!(en.own(ids::WHEN_IN_MINUTES, &t(2)), "in 2 min (18:01)");
    let cy = Words::get(Locale::Cy);
    // zero, one, two, few, many, other.
    for (count, words) in [
        (0, "yn dechrau nawr (18:01)"),
        (1, "mewn munud (18:01)"),
        (2, "mewn dau funud (18:01)"),
        (3, "mewn tri munud (18:01)"),
        (6, "mewn chwe munud (18:01)"),
        (7, "mewn 7 munud (18:01)"),
        (59, "mewn 59 munud (18:01)"),
    ] {
        assert_eq!(cy.own(ids::WHEN_IN_MINUTES, &t(count)), words, "{count}");
    }
    let es = Words::get(Locale::Es);
    assert_eq!(es.own(ids::WHEN_IN_MINUTES, &t(1)), "en 1 min (18:01)");
}

#[test]
fn a_farsi_or_arabic_name_in_an_english_sentence_keeps_its_isolation_marks() {
    let en = Words::get(Locale::EnGb);
    for name in ["جلسه‌ی امید", "اجتماع الأمل"] {
        let label = en.text(
            ids::LIST_ROW_LABEL,
            &[
                ("name", Arg::Text(name)),
                ("when", Arg::Text("today 19:30")),
            ],
        );
        assert_eq!(
            label,
            format!("\u{2068}{name}\u{2069}, \u{2068}today 19:30\u{2069}")
        );
    }
    // Values formatted here, in the locale's own direction, carry no marks.
    let own = en.own(ids::WHEN_TODAY, &[("time", Arg::Text("19:30"))]);
    assert_eq!(own, "today 19:30");
}

#[test]
fn times_weekdays_months_and_numbers_follow_the_locale() {
    let tue = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    let fri = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let cases = [
        // locale, 19:30, 07:05, Fri, Tue 8 Dec, 3.24 (1 digit), 1234.0 (0 digits)
        (
            Locale::EnGb,
            "19:30",
            "07:05",
            "Fri",
            "Tue 8 Dec",
            "3.2",
            "1,234",
        ),
        (
            Locale::EnUs,
            "7:30\u{202f}PM",
            "7:05\u{202f}AM",
            "Fri",
            "Tue, Dec 8",
            "3.2",
            "1,234",
        ),
        (
            Locale::Cy,
            "19:30",
            "07:05",
            "Gwe",
            "Maw, 8 Rhag",
            "3.2",
            "1,234",
        ),
        (
            Locale::Es,
            "19:30",
            "07:05",
            "vie",
            "mar, 8 dic",
            "3,2",
            "1234",
        ),
    ];
    for (locale, evening, morning, weekday, date, small, big) in cases {
        let w = Words::get(locale);
        assert_eq!(w.time(19, 30), evening, "{locale}");
        assert_eq!(w.time(7, 5), morning, "{locale}");
        assert_eq!(w.weekday_short(fri), weekday, "{locale}");
        assert_eq!(w.weekday_day_month(tue), date, "{locale}");
        assert_eq!(w.decimal(3.24, 1), small, "{locale}");
        assert_eq!(w.decimal(1234.0, 0), big, "{locale}");
    }
    // Out-of-range input is written plainly, not a panic.
    assert_eq!(Words::get(Locale::EnUs).time(25, 0), "25:00");
    assert_eq!(Words::get(Locale::Es).decimal(f64::NAN, 1), "NaN");
}

#[test]
fn truncation_keeps_graphemes_whole() {
    assert_eq!(truncate("Hope", 4), "Hope");
    assert_eq!(truncate("Hope", 10), "Hope");
    assert_eq!(truncate("Hope Group", 5), "Hope…");
    assert_eq!(truncate("Hope", 0), "");
    // Emoji with skin tone (2 code points), a family (7 code points), a flag (2).
    assert_eq!(truncate("Hi 👋🏽 friends", 5), "Hi 👋🏽…");
    assert_eq!(truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 2), "👨‍👩‍👧‍👦…");
    assert_eq!(truncate("🏴󠁧󠁢󠁷󠁬󠁳󠁿🇬🇧🇪🇸", 2), "🏴󠁧󠁢󠁷󠁬󠁳󠁿…");
    // Welsh: ŵ written as w + combining circumflex stays one letter; the digraphs ll, dd,
    // ch are two letters in Unicode (each cut lands between whole characters).
    let tŵr = "Tw\u{302}r Llanddwyn";
    assert_eq!(truncate(tŵr, 4), "Tw\u{302}r…");
    assert_eq!(truncate(tŵr, 3), "Tw\u{302}…");
    assert_eq!(truncate("Llanfairpwllgwyngyll", 6), "Llanf…");
    assert_eq!(truncate("Capel y Ddôl", 10), "Capel y D…");
    // A space before the cut is not kept before the ellipsis.
    assert_eq!(truncate("Capel y Ddôl", 7), "Capel…");
    assert_eq!(grapheme_count("Tw\u{302}r 👋🏽"), 5);
    // Farsi with a zero-width non-joiner.
    assert_eq!(truncate("جلسه‌ی امید", 6), "جلسه‌ی…");
}

#[test]
fn spanish_says_a_la_for_one_oclock_and_a_las_for_the_other_hours() {
    let es = Words::get(Locale::Es);
    let daily = |h, m| {
        let time = es.time(h, m);
        es.own("reminders-daily-when", &[("time", Arg::Text(&time))])
    };
    assert_eq!(daily(1, 30), "Todos los días a la 01:30");
    assert_eq!(daily(13, 30), "Todos los días a las 13:30");
    assert_eq!(daily(0, 15), "Todos los días a las 00:15");
    assert_eq!(daily(21, 0), "Todos los días a las 21:00");
    let daily_body = |h, m| {
        let time = es.time(h, m);
        es.own("reminder-daily-body", &[("time", Arg::Text(&time))])
    };
    assert_eq!(daily_body(1, 5), "Es la 01:05.");
    assert_eq!(daily_body(13, 5), "Son las 13:05.");
    // Something that is not a time takes the usual words.
    let other = es.own("reminders-daily-when", &[("time", Arg::Text("pronto"))]);
    assert_eq!(other, "Todos los días a las pronto");
}
