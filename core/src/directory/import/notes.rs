//! The message ids of an import's notes and skip reasons (`locales/*/import.ftl`).
//!
//! Why ids and not sentences: a report is read by a person at a terminal in their own language
//! (`waymark --locale cy sync`), by a script (`--json`, which keeps en-GB) and by logs. So the
//! importers record a [`Phrase`](crate::l10n::Phrase) (an id from here and its values) and
//! each reader words it. A test checks that every locale has every id in `IDS`.

crate::l10n::message_ids! {
    /// Every id below, for the test that every locale has them.
    pub(crate) IDS;
    /// `import-unknown-zone`: $zone: the zone as the feed wrote it.
    pub UNKNOWN_ZONE = "import-unknown-zone";
    /// `import-unknown-type`: $code: the type code as the feed wrote it.
    pub UNKNOWN_TYPE = "import-unknown-type";
    /// `import-open-and-closed`: marked both open and closed, read as closed.
    pub OPEN_AND_CLOSED = "import-open-and-closed";
    /// `import-bad-link`: a conference link that is not a web address, dropped.
    pub BAD_LINK = "import-bad-link";
    /// `import-online-without-link`: listed as online with no link or phone number.
    pub ONLINE_WITHOUT_LINK = "import-online-without-link";
    /// `import-coordinates`: $problem: missing, not-a-number, out-of-range, null-island or
    /// placeholder (chooses a variant).
    pub COORDINATES = "import-coordinates";
    /// `import-placeholder-point`: $count: meetings at different addresses; $point: "lat,lon".
    pub PLACEHOLDER_POINT = "import-placeholder-point";
    /// `import-zone-from-map`: no zone anywhere, so each meeting's came from the map.
    pub ZONE_FROM_MAP = "import-zone-from-map";
    /// `import-no-zone`: no zone anywhere: times are shown in the reader's own zone.
    pub NO_ZONE = "import-no-zone";
    /// `import-missing-key`: no slug; a key was made.
    pub MISSING_KEY = "import-missing-key";
    /// `import-duplicate-key`: $key: the key this one is listed under instead.
    pub DUPLICATE_KEY = "import-duplicate-key";
    /// `import-bad-updated`: $value: the `updated` value as the feed wrote it.
    pub BAD_UPDATED = "import-bad-updated";
    /// `import-default-duration`: length missing or zero, an hour assumed.
    pub DEFAULT_DURATION = "import-default-duration";
    /// `import-end-not-time`: $end: the end as the feed wrote it.
    pub END_NOT_TIME = "import-end-not-time";
    /// `import-end-at-start`: $end: the end as the feed wrote it.
    pub END_AT_START = "import-end-at-start";
    /// `import-end-before-start`: $end, $start: times ("07:00"); $hours: how many hours before.
    pub END_BEFORE_START = "import-end-before-start";

    /// `import-skip-no-name`: an entry with no name.
    pub SKIP_NO_NAME = "import-skip-no-name";
    /// `import-skip-bad-day`: $day: the day as the feed wrote it.
    pub SKIP_BAD_DAY = "import-skip-bad-day";
    /// `import-skip-nothing-to-go-to`: no day, time, place or link.
    pub SKIP_NOTHING_TO_GO_TO = "import-skip-nothing-to-go-to";
    /// `import-skip-day-no-time`: a day but no start time.
    pub SKIP_DAY_NO_TIME = "import-skip-day-no-time";
    /// `import-skip-time-no-day`: $time: the start as the feed wrote it.
    pub SKIP_TIME_NO_DAY = "import-skip-time-no-day";
    /// `import-skip-bad-time`: $time: the start as the feed wrote it.
    pub SKIP_BAD_TIME = "import-skip-bad-time";
    /// `import-skip-not-a-meeting`: $kind: list, text, number, true, false, null or other
    /// (chooses a variant); $value: the text or number, for those two kinds.
    pub SKIP_NOT_A_MEETING = "import-skip-not-a-meeting";
    /// `import-skip-naws-deleted`: marked deleted in a NAWS export.
    pub SKIP_NAWS_DELETED = "import-skip-naws-deleted";
    /// `import-skip-naws-unpublished`: not published by its service body (NAWS export).
    pub SKIP_NAWS_UNPUBLISHED = "import-skip-naws-unpublished";
    /// `import-skip-bmlt-unpublished`: the BMLT server marks it unpublished.
    pub SKIP_BMLT_UNPUBLISHED = "import-skip-bmlt-unpublished";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::import::{
        dry_run, FeedFormat, FormatExtras, ImportReport, SourceContext, WarningKind,
    };
    use crate::l10n::{Locale, Phrase, Value, Words};

    /// A Meeting Guide feed whose entries raise every note and skip reason a Meeting Guide
    /// import can, with every value from the feed written without a Latin letter (so that a
    /// Latin letter in the worded note can only have come from the code).
    const FEED: &str = r#"[
        {"slug": "١", "name": "٣", "day": 1, "time": "19:00", "end_time": "19:00",
         "timezone": "٣٤/٣٤", "types": ["٣٤", "O", "C"], "conference_url": "٣٤",
         "formatted_address": "1 ٣٤, ٣٤, ٣٤ 12345, ٣٤", "latitude": 0, "longitude": 0,
         "updated": "٣٤"},
        {"slug": "٢", "name": "٣", "day": 1, "time": "19:00", "end_time": "٣٤"},
        {"slug": "٣", "name": "٣", "day": 1, "time": "19:00", "end_time": "07:00"},
        {"slug": "١", "name": "٣", "day": 2, "time": "19:00"},
        {"name": "٥", "day": 2, "time": "19:00"},
        {"slug": "٤", "name": "Online", "day": 3, "time": "19:00", "formatted_address": "Online"},
        {"slug": "٦", "day": 1, "time": "19:00"},
        {"slug": "٧", "name": "٣", "day": "٣٤", "time": "19:00"},
        {"slug": "٨", "name": "٣"},
        {"slug": "٩", "name": "٣", "day": 1},
        {"slug": "١٠", "name": "٣", "time": "19:00"},
        {"slug": "١١", "name": "٣", "day": 1, "time": "٣٤"},
        [], "٣٤", 5, true, null
    ]"#;

    fn report() -> ImportReport {
        dry_run(
            FeedFormat::MeetingGuide,
            FEED.as_bytes(),
            &FormatExtras::default(),
            SourceContext {
                source_id: "s".into(),
                program: "aa".into(),
                timezone: None,
            },
        )
        .unwrap()
    }

    /// The Latin letters of `text` once the phrase's own text values are taken out.
    fn leftover(text: &str, phrase: &Phrase) -> String {
        let mut t = text.to_string();
        for (_, v) in phrase.values() {
            if let Value::Text(v) = v {
                if !v.is_empty() {
                    t = t.replace(v.as_str(), " ");
                }
            }
        }
        // The feed's own names (an `updated` key, a place it calls online) as it wrote them.
        for own in ["`updated`", "NAWS", "AM/PM"] {
            t = t.replace(own, " ");
        }
        t.chars().filter(char::is_ascii_alphabetic).collect()
    }

    #[test]
    fn pseudo_every_note_and_skip_reason_of_a_real_import_is_worded_from_messages() {
        let w = Words::pseudo();
        let report = report();
        let kinds: std::collections::HashSet<WarningKind> =
            report.warnings.iter().map(|n| n.kind).collect();
        for kind in [
            WarningKind::UnknownTimezone,
            WarningKind::UnknownType,
            WarningKind::ConflictingTypes,
            WarningKind::BadLink,
            WarningKind::CoordinatesRejected,
            WarningKind::BadEndTime,
            WarningKind::DuplicateKey,
            WarningKind::MissingKey,
            WarningKind::BadUpdated,
            WarningKind::OnlineWithoutLink,
            WarningKind::NoTimezone,
        ] {
            assert!(
                kinds.contains(&kind),
                "no {kind:?} in {:?}",
                report.warnings
            );
        }
        assert_eq!(report.skipped.len(), 11, "{:?}", report.skipped);
        let said = report
            .warnings
            .iter()
            .map(|n| &n.words)
            .chain(report.skipped.iter().map(|s| &s.words));
        for phrase in said {
            let text = phrase.text_in(&w);
            assert!(!text.trim().is_empty(), "{phrase:?}");
            let left = leftover(&text, phrase);
            assert!(
                left.is_empty(),
                "{} leaks {left:?} in {text:?}",
                phrase.id()
            );
        }
    }

    #[test]
    fn pseudo_every_id_and_every_variant_is_worded_from_messages() {
        let w = Words::pseudo();
        let kinds = [
            "list",
            "text",
            "number",
            "true",
            "false",
            "null",
            "other",
            "missing",
            "not-a-number",
            "out-of-range",
            "null-island",
            "placeholder",
        ];
        for id in IDS {
            for kind in kinds {
                for n in [0, 1, 2, 3, 6, 12] {
                    let mut p = Phrase::new(id).text("kind", kind).text("problem", kind);
                    for name in ["zone", "code", "point", "key", "value", "end", "start"] {
                        p = p.text(name, "٣٤");
                    }
                    p = p.text("day", "٣٤").text("time", "٣٤");
                    p = p.number("count", n).number("hours", n);
                    let text = p.text_in(&w);
                    assert!(!text.trim().is_empty(), "{id}");
                    assert!(!text.contains('{'), "{id}: {text}");
                    let left = leftover(&text, &p);
                    assert!(left.is_empty(), "{id} ({kind}) leaks {left:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn the_en_gb_notes_scripts_read_are_the_sentences_they_always_were() {
        let report = report();
        let messages: Vec<&str> = report.warnings.iter().map(|n| n.message.as_str()).collect();
        for want in [
            "unknown time zone \"٣٤/٣٤\"",
            "unknown type \"٣٤\" kept as written",
            "marked both open and closed; read as closed",
            "conference link is not a web address; dropped",
            "coordinates are 0,0 (not a real place); not used for distance",
            "ends when it starts (19:00): assumed 1 hour",
            "end time \"٣٤\" is not a time: assumed 1 hour",
            "ends (07:00) 12 hours before it starts (19:00), probably an AM/PM slip: assumed 1 hour",
            "duplicate slug; this one is listed as \"١-2\"",
            "no slug in the feed; a key was made from name, day, time and address",
            "`updated` value \"٣٤\" is not a date; ignored",
            "listed as online, but the feed gives no link or phone number",
            "no time zone in the feed and none set for the source: times are shown in your own zone",
        ] {
            assert!(messages.contains(&want), "{want:?} not in {messages:#?}");
        }
        let reasons: Vec<&str> = report.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "no meeting name",
                "day \"٣٤\" is not a weekday",
                "no day, time, place or link: nothing to go to",
                "has a day but no start time",
                "has a start time (19:00) but no day",
                "start time \"٣٤\" is not a time",
                "a list is not a meeting",
                "text \"٣٤\" is not a meeting",
                "number 5 is not a meeting",
                "true is not a meeting",
                "null is not a meeting",
            ]
        );
        // Every note and reason is also a message id scripts can tell apart.
        let json = serde_json::to_value(&report.skipped[1]).unwrap();
        assert_eq!(json["id"], SKIP_BAD_DAY);
        assert_eq!(json["values"]["day"], "٣٤");
        assert_eq!(json["reason"], "day \"٣٤\" is not a weekday");
    }

    #[test]
    fn welsh_and_spanish_word_the_notes_with_their_own_plurals() {
        let cy = Words::get(Locale::Cy);
        let es = Words::get(Locale::Es);
        let slip = |h: i64| {
            Phrase::new(END_BEFORE_START)
                .text("end", "07:00")
                .number("hours", h)
                .text("start", "19:00")
        };
        assert!(
            slip(2).own_in(cy).contains("(07:00) dwy awr cyn"),
            "{}",
            slip(2).own_in(cy)
        );
        assert!(slip(3).own_in(cy).contains("tair awr cyn"));
        assert!(slip(12).own_in(cy).contains("12 awr cyn"));
        assert!(slip(1).own_in(es).contains("(07:00) 1 hora antes"));
        assert!(slip(12).own_in(es).contains("12 horas antes"));
        let shared = |n: i64| {
            Phrase::new(PLACEHOLDER_POINT)
                .number("count", n)
                .text("point", "34.2,-118.5")
        };
        assert!(shared(3).own_in(cy).starts_with("Mae tri chyfarfod"));
        assert!(shared(6).own_in(cy).starts_with("Mae chwe chyfarfod"));
        assert!(shared(9).own_in(cy).starts_with("Mae 9 cyfarfod"));
        assert!(shared(9)
            .own_in(es)
            .starts_with("9 reuniones en direcciones distintas"));
    }
}
