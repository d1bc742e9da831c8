//! The screens' messages in every locale: none missing, none malformed, Welsh plurals.

use super::words::*;
use crate::l10n::{Arg, Locale, Words};

#[test]
fn en_gb_has_every_screen_message_the_code_uses() {
    // Other locales are checked against en-GB's files by `l10n::tests`.
    let w = Words::get(Locale::EnGb);
    for id in all_ids() {
        assert!(w.has_message(id), "en-GB lacks {id}");
    }
}

#[test]
fn welsh_counts_use_all_six_plural_forms() {
    let w = Words::get(Locale::Cy);
    let more = |n| w.own(MEETINGS_MORE, &[("count", Arg::Number(n))]);
    assert_eq!(more(1), "Mae un cyfarfod arall yn cyfateb.");
    assert_eq!(more(2), "Mae dau gyfarfod arall yn cyfateb.");
    assert_eq!(more(3), "Mae tri chyfarfod arall yn cyfateb.");
    assert_eq!(more(6), "Mae chwe chyfarfod arall yn cyfateb.");
    assert_eq!(more(7), "Mae 7 cyfarfod arall yn cyfateb.");
    assert_eq!(more(20), "Mae 20 cyfarfod arall yn cyfateb.");
    let summary = |n| w.own(MEETINGS_SUMMARY, &[("count", Arg::Number(n))]);
    assert_eq!(summary(0), "Does dim cyfarfodydd yn cael eu dangos.");
    assert_eq!(summary(2), "Dau gyfarfod yn cael eu dangos.");
    let stale = |n| w.own(MEETINGS_STALE, &[("days", Arg::Number(n))]);
    assert!(stale(2).contains("ddeuddydd yn ôl"));
    assert!(stale(6).contains("chwe diwrnod yn ôl"));
    assert!(stale(9).contains("9 diwrnod yn ôl"));
}

#[test]
fn spanish_and_english_counts_agree_with_their_nouns() {
    let es = Words::get(Locale::Es);
    let en = Words::get(Locale::EnGb);
    let more = |w: &Words, n| w.own(MEETINGS_MORE, &[("count", Arg::Number(n))]);
    assert_eq!(more(es, 1), "Hay una reunión más que coincide.");
    assert_eq!(more(es, 4), "Hay 4 reuniones más que coinciden.");
    assert_eq!(more(en, 1), "One more meeting matches.");
    assert_eq!(more(en, 12), "12 more meetings match.");
}

mod pseudo {
    //! The pseudo-locale run: every screen built with messages whose letters are all accented.
    //! Any plain ASCII letter left in a screen's words, once the feed's own data and ICU4X's
    //! formats are taken out, is a word that did not come from a message: a literal in Rust.

    use chrono::{DateTime, Duration, TimeZone, Utc};

    use crate::directory::types::type_name;
    use crate::l10n::{Arg, Words};
    use crate::screens::{
        MeetingScreen, MeetingState, MeetingsOptions, MeetingsScreen, MeetingsState,
    };
    use crate::{AttendanceFilter, Directory, FeedFormat, FormatExtras, GeoPoint, NewSource};

    const FEED: &str = r#"[
     {"slug":"club","name":"Serenity Clubhouse","day":[0,1,2,3,4,5,6],"time":"00:00","end_time":"23:59",
      "location":"Serenity Club","formatted_address":"10 Lake St, Chicago","latitude":41.886,
      "longitude":-87.624,"types":["O"]},
     {"slug":"step","name":"Tuesday Night Step","day":2,"time":"19:00","end_time":"20:00",
      "location":"Hall","formatted_address":"20 Wacker Dr, Chicago","latitude":41.882,
      "longitude":-87.637,"types":["ST","W"],"notes":"Welcome","location_notes":"Side door",
      "feedback_emails":["listings@example.org"]},
     {"slug":"friday","name":"Friday Speakers","day":5,"time":"20:00","end_time":"21:30",
      "location":"Union Church","formatted_address":"40 Clark St, Chicago","latitude":41.880,
      "longitude":-87.631,"types":["SP"]},
     {"slug":"online","name":"Lunch Online","day":2,"time":"12:00","end_time":"13:00",
      "conference_url":"https://zoom.us/j/1","conference_phone":"+1 312 555 0100","types":["O"]},
     {"slug":"closed","name":"Lighthouse Group","day":2,"time":"21:00","end_time":"22:00",
      "location":"Harbour Room","formatted_address":"50 Pier Rd, Chicago","latitude":41.891,
      "longitude":-87.605,"types":["O","TC","LGBTQ"]}
    ]"#;

    const ZONE: &str = "America/Chicago";

    fn words() -> &'static Words {
        Box::leak(Box::new(Words::pseudo()))
    }

    fn at() -> DateTime<Utc> {
        let tz: chrono_tz::Tz = ZONE.parse().unwrap();
        tz.with_ymd_and_hms(2026, 12, 1, 18, 55, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn options(at: DateTime<Utc>) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some("en-GB".into()),
            viewer_timezone: Some(ZONE.into()),
            at: Some(at),
        }
    }

    fn directory() -> (Directory, String) {
        let d = Directory::open_in_memory().unwrap();
        let s = d
            .add_source(NewSource {
                location: "https://example.org/feed".into(),
                name: Some("Intergroup".into()),
                format: Some(FeedFormat::MeetingGuide),
                timezone: Some(ZONE.into()),
                ..NewSource::default()
            })
            .unwrap();
        d.import(
            &s.id,
            FeedFormat::MeetingGuide,
            FEED.as_bytes(),
            &FormatExtras::default(),
        )
        .unwrap();
        (d, s.id)
    }

    /// What is left of `text` in plain ASCII letters once `data` (the feed's, ICU4X's) is out.
    fn leftover(text: &str, data: &[String]) -> String {
        let mut t = text.to_string();
        let mut data: Vec<&String> = data.iter().filter(|d| !d.is_empty()).collect();
        data.sort_by_key(|d| std::cmp::Reverse(d.len()));
        for d in data {
            t = t.replace(d.as_str(), " ");
        }
        t.chars().filter(char::is_ascii_alphabetic).collect()
    }

    fn data() -> Vec<String> {
        let mut data: Vec<String> = [
            "Serenity Clubhouse",
            "Serenity Club",
            "10 Lake St, Chicago",
            "Tuesday Night Step",
            "Hall",
            "20 Wacker Dr, Chicago",
            "Welcome",
            "Side door",
            "Friday Speakers",
            "Union Church",
            "40 Clark St, Chicago",
            "Lunch Online",
            "https://zoom.us/j/1",
            "Lighthouse Group",
            "Harbour Room",
            "50 Pier Rd, Chicago",
            "Intergroup",
            ZONE,
        ]
        .map(String::from)
        .to_vec();
        data.extend(["O", "ST", "W", "SP", "LGBTQ"].map(|c| type_name(c, "en")));
        // Weekday and month names are ICU4X's, not messages.
        let w = Words::get(crate::l10n::Locale::EnGb);
        for day in -9..9 {
            let date = (at() + Duration::days(day)).date_naive();
            data.push(w.weekday_day_month(date));
            data.push(w.weekday_short(date));
        }
        data
    }

    fn meetings_strings(s: &MeetingsState) -> Vec<String> {
        let mut out = vec![
            s.title.clone(),
            s.search_placeholder.clone(),
            s.search_clear_label.clone(),
            s.accessibility_summary.clone(),
        ];
        out.extend(s.more.clone());
        out.extend(s.filters.iter().map(|f| f.label.clone()));
        out.extend(s.actions.iter().map(|a| a.label.clone()));
        for n in &s.notices {
            out.extend(n.title.clone());
            out.push(n.message.clone());
        }
        for sec in &s.sections {
            out.push(sec.heading.clone());
            for r in &sec.rows {
                out.push(r.when.clone());
                out.extend(r.distance.clone());
                out.push(r.accessibility_label.clone());
                out.extend(r.badges.iter().map(|b| b.label.clone()));
            }
        }
        out
    }

    fn meeting_strings(s: &MeetingState) -> Vec<String> {
        let mut out = vec![s.title.clone(), s.schedule.clone(), s.share_text.clone()];
        out.push(s.accessibility_label.clone());
        out.extend(s.next.clone());
        out.extend(s.badges.iter().map(|b| b.label.clone()));
        out.extend(s.blocks.iter().map(|b| b.heading.clone()));
        out.extend(s.notices.iter().map(|n| n.message.clone()));
        out.extend(s.notices.iter().filter_map(|n| n.title.clone()));
        out.extend(s.actions.iter().map(|a| a.label.clone()));
        out.extend(s.footer.clone());
        out
    }

    #[test]
    fn no_screen_shows_a_word_that_is_not_a_message() {
        let (d, src) = directory();
        let words = words();
        let screen = MeetingsScreen::with_words(d.clone(), options(at()), words, None);
        let mut states = vec![screen.state()];
        states.push(screen.set_search("zzzz".into()));
        screen.clear_filters();
        states.push(screen.toggle_type("LGBTQ".into()));
        screen.clear_filters();
        states.push(screen.set_attendance(Some(AttendanceFilter::InPerson)));
        states.push(screen.set_near(Some(GeoPoint {
            latitude: 41.88,
            longitude: -87.63,
        })));
        // Days later: the stale notice.
        let later = MeetingsScreen::with_words(
            d.clone(),
            options(Utc::now() + Duration::days(4)),
            words,
            None,
        );
        states.push(later.state());
        // No meetings at all.
        let empty = Directory::open_in_memory().unwrap();
        states.push(MeetingsScreen::with_words(empty, options(at()), words, None).state());

        // Rows' "when" and distance come from the search, worded there (checked in every
        // locale by the l10n tests), so they count as data here.
        let mut data = data();
        for s in &states {
            for r in s.sections.iter().flat_map(|x| &x.rows) {
                data.push(r.when.clone());
                data.extend(r.distance.clone());
            }
        }
        let mut seen = 0;
        for s in &states {
            for text in meetings_strings(s) {
                assert_eq!(
                    leftover(&text, &data),
                    "",
                    "{text:?} has words from no message"
                );
                seen += 1;
            }
        }
        // The Meeting screen's next time, likewise, comes from its search.
        let all = d
            .search(&crate::MeetingQuery {
                at: Some(at()),
                viewer_timezone: Some(ZONE.into()),
                include_closed: true,
                ..Default::default()
            })
            .unwrap();
        data.extend(all.into_iter().map(|r| r.when));
        for slug in ["step", "online", "closed", "gone"] {
            let m =
                MeetingScreen::with_words(d.clone(), format!("{src}:{slug}"), options(at()), words)
                    .state();
            for text in meeting_strings(&m) {
                assert_eq!(
                    leftover(&text, &data),
                    "",
                    "{text:?} has words from no message"
                );
                seen += 1;
            }
        }
        // The Reminders screen: two rules, every problem, paused.
        let tmp = tempfile::tempdir().unwrap();
        let mut v = crate::Vault::open(
            tmp.path().join("v"),
            &crate::VaultKey::from_bytes(&[7; 32]).unwrap(),
        )
        .unwrap();
        let now = at().fixed_offset();
        for (slug, leads) in [("step", vec![90, 15]), ("friday", vec![60])] {
            let m = d.meeting(&format!("{src}:{slug}")).unwrap();
            v.add_favorite(&m, now).unwrap();
            v.set_reminder(
                crate::reminders::ReminderRule {
                    meeting_id: m.id,
                    leads,
                    weekdays: Vec::new(),
                    detailed: true,
                    skip_occurrence: None,
                },
                now,
            )
            .unwrap();
        }
        v.set_discreet_reminders(false).unwrap();
        v.pause_reminders(Some((at() + Duration::days(3)).date_naive()))
            .unwrap();
        let facts = crate::screens::ReminderFacts {
            notifications_allowed: false,
            exact_alarms_allowed: Some(false),
            pending: 64,
            cap: 64,
            delivered: Vec::new(),
        };
        for empty in [false, true] {
            let mut fresh;
            let vault = if empty {
                fresh = crate::Vault::open(
                    tmp.path().join("empty"),
                    &crate::VaultKey::from_bytes(&[8; 32]).unwrap(),
                )
                .unwrap();
                &mut fresh
            } else {
                &mut v
            };
            let r = crate::screens::reminders::reminders_state_in(
                vault,
                &d,
                &facts,
                &options(at()),
                words,
            );
            let mut texts = vec![r.title.clone()];
            texts.extend(r.paused.clone());
            for i in &r.issues {
                texts.push(i.message.clone());
                texts.extend(i.fix_label.clone());
            }
            for n in &r.notices {
                texts.extend(n.title.clone());
                texts.push(n.message.clone());
            }
            for row in &r.rows {
                texts.extend([row.leads.clone(), row.lock_screen.clone()]);
                texts.push(row.accessibility_label.clone());
                texts.extend(row.skipped.clone());
                texts.extend(row.note.clone());
                texts.extend(row.actions.iter().map(|a| a.label.clone()));
            }
            // Each listed meeting offers to skip its next reminder, and to stop.
            let offered: Vec<Vec<crate::screens::ReminderRowAction>> = r
                .rows
                .iter()
                .map(|row| row.actions.iter().map(|a| a.action).collect())
                .collect();
            use crate::screens::ReminderRowAction::{Remove, SkipNext};
            assert_eq!(offered, vec![vec![SkipNext, Remove]; r.rows.len()]);
            assert!(texts.len() > 4);
            for text in texts {
                assert_eq!(
                    leftover(&text, &data),
                    "",
                    "{text:?} has words from no message"
                );
                seen += 1;
            }
        }
        // Once its next reminder is skipped, a row says so and offers only to stop.
        let step = format!("{src}:step");
        {
            v.skip_next_reminder(&step, at()).unwrap();
            let r = crate::screens::reminders::reminders_state_in(
                &mut v,
                &d,
                &facts,
                &options(at()),
                Words::get(crate::l10n::Locale::EnGb),
            );
            let row = r.rows.iter().find(|row| row.meeting_id == step).unwrap();
            assert_eq!(row.skipped.as_deref(), Some("Not this week"));
            let offered: Vec<_> = row.actions.iter().map(|a| a.action).collect();
            assert_eq!(offered, [crate::screens::ReminderRowAction::Remove]);
            assert_eq!(row.actions[0].label, "Stop reminding me");
        }
        // The Journal screen: each kind, a check-in with no text, a search, the trash.
        let journal_data = ["First day back", "Coffee with my sponsor"];
        data.extend(journal_data.iter().map(|t| t.to_string()));
        let written = at().fixed_offset();
        let checkin = crate::vault::journal::NewEntry {
            mood: Some(3),
            craving: Some(2),
            ..crate::vault::journal::NewEntry::text(crate::vault::journal::EntryKind::Checkin, "")
        };
        v.add_entry(checkin, written).unwrap();
        let note = crate::vault::journal::NewEntry::text(
            crate::vault::journal::EntryKind::Note,
            journal_data[0],
        );
        v.add_entry(note, written - Duration::days(1)).unwrap();
        let gratitude = crate::vault::journal::NewEntry::text(
            crate::vault::journal::EntryKind::Gratitude,
            journal_data[1],
        );
        let old = v.add_entry(gratitude, written - Duration::days(5)).unwrap();
        v.delete_entry(&old.id, written).unwrap();
        let views = [
            crate::screens::JournalView::default(),
            crate::screens::JournalView {
                search: "zzzz".into(),
                ..Default::default()
            },
            crate::screens::JournalView {
                trash: true,
                ..Default::default()
            },
        ];
        for view in &views {
            let j = crate::screens::journal::journal_state_in(&v, view, &options(at()), words);
            let mut texts = notice_texts(j.title, j.notices);
            texts.extend([j.search_placeholder, j.write_label, j.trash_label]);
            texts.extend(j.kinds.into_iter().map(|k| k.label));
            for row in j.days.iter().flat_map(|d| &d.rows) {
                texts.extend([row.kind_label.clone(), row.preview.clone()]);
                texts.push(row.accessibility_label.clone());
            }
            texts.extend(j.days.into_iter().map(|d| d.heading));
            for text in texts {
                assert_eq!(
                    leftover(&text, &data),
                    "",
                    "{text:?} has words from no message"
                );
                seen += 1;
            }
        }
        // The Sobriety dates screen: a date with a milestone today, a long one, one set
        // today, one still to come; then none at all, and a read that fails.
        let sobriety_data = ["Alcohol", "Gambling", "Nicotine", "Caffeine"];
        data.extend(sobriety_data.iter().map(|t| t.to_string()));
        let today = at()
            .with_timezone(&chrono_tz::America::Chicago)
            .date_naive();
        for (days, label) in [(30, "Alcohol"), (412, "Gambling"), (0, "Nicotine")] {
            v.add_sobriety_date(today - Duration::days(days), label, today, written)
                .unwrap();
        }
        let later = v
            .add_sobriety_date(today, "Caffeine", today, written)
            .unwrap();
        v.conn
            .execute(
                "UPDATE sobriety SET date = ?2 WHERE id = ?1",
                [
                    later.date.id.clone(),
                    (today + Duration::days(3)).to_string(),
                ],
            )
            .unwrap();
        // Dates with their year are ICU4X's, as are the milestone days above.
        let w = Words::get(crate::l10n::Locale::EnGb);
        for day in -500..400 {
            let date = today + Duration::days(day);
            data.push(w.day_month_year(date));
            data.push(w.weekday_day_month(date));
        }
        let sobriety_strings = |s: crate::screens::SobrietyState| {
            let mut texts = notice_texts(s.title, s.notices);
            let mut actions = s.actions;
            for c in s.cards {
                texts.extend([c.label, c.count, c.accessibility_label]);
                texts.extend(c.count_detail);
                texts.extend(c.since);
                texts.extend(c.next_milestone);
                texts.extend(c.next_milestone_when);
                texts.extend(c.milestone_today);
                actions.extend(c.actions);
            }
            for a in actions {
                texts.extend(button_texts(a.label, a.accessibility_label, a.confirm));
            }
            texts
        };
        let empty_vault = crate::Vault::open(
            tmp.path().join("sober-empty"),
            &crate::VaultKey::from_bytes(&[9; 32]).unwrap(),
        )
        .unwrap();
        let sobriety_of = |vault: &crate::Vault| {
            crate::screens::sobriety::sobriety_state_in(vault, &options(at()), words)
        };
        let mut sobriety = vec![sobriety_of(&v), sobriety_of(&empty_vault)];
        assert_eq!(sobriety[0].cards.len(), 4);
        // The People to call screen: every role, a number that cannot be dialled; then none
        // at all, and a read that fails.
        let people_data = ["Sam", "Bea", "Samaritans", "Alex", "Dee", "ask Bea"];
        let phones = ["+44 7700 900123", "07700 900111", "116 123", "07700 900789"];
        data.extend(people_data.iter().chain(&phones).map(|t| t.to_string()));
        for (name, role, phone) in [
            (
                "Sam",
                crate::vault::contacts::ContactRole::Sponsor,
                phones[0],
            ),
            (
                "Bea",
                crate::vault::contacts::ContactRole::Friend,
                phones[1],
            ),
            (
                "Samaritans",
                crate::vault::contacts::ContactRole::Helpline,
                phones[2],
            ),
            (
                "Alex",
                crate::vault::contacts::ContactRole::Other,
                phones[3],
            ),
        ] {
            v.add_contact(name, role, phone, written).unwrap();
        }
        crate::screens::people::add_undialable_contact(&v);
        let people_strings = |s: crate::screens::PeopleState| {
            let mut texts = notice_texts(s.title, s.notices);
            let mut actions = s.actions;
            for r in s.rows {
                texts.extend([r.name, r.role_label, r.phone, r.accessibility_label]);
                texts.extend(r.note);
                actions.extend(r.actions);
            }
            for a in actions {
                texts.extend(button_texts(a.label, a.accessibility_label, a.confirm));
            }
            texts
        };
        let people_of = |vault: &crate::Vault| {
            crate::screens::people::people_state_in(vault, &options(at()), words)
        };
        let mut people = vec![people_of(&v), people_of(&empty_vault)];
        assert_eq!(people[0].rows.len(), 5);
        v.conn
            .execute_batch("DROP TABLE sobriety; DROP TABLE contacts;")
            .unwrap();
        sobriety.push(sobriety_of(&v));
        people.push(people_of(&v));
        let texts = sobriety
            .into_iter()
            .flat_map(sobriety_strings)
            .chain(people.into_iter().flat_map(people_strings));
        for text in texts {
            assert_eq!(
                leftover(&text, &data),
                "",
                "{text:?} has words from no message"
            );
            seen += 1;
        }
        // The Rides screen: every kind of row, a refusal, no server, offline, a failed sync,
        // nothing yet and a vault that cannot be read.
        {
            use crate::screens::rides::{
                rides_state_in, tests as rt, RideSyncProblem, RidesContext,
            };
            let (rd, rsrc) = rt::directory();
            let rv = rt::vault(tmp.path(), &rd, &rsrc);
            let empty = crate::Vault::open(
                tmp.path().join("rides-empty"),
                &crate::VaultKey::from_bytes(&[9; 32]).unwrap(),
            )
            .unwrap();
            let broken = crate::Vault::open(
                tmp.path().join("rides-broken"),
                &crate::VaultKey::from_bytes(&[10; 32]).unwrap(),
            )
            .unwrap();
            broken.conn.execute_batch("DROP TABLE ride_outbox").unwrap();
            data.extend(["Hope on Tuesday", "Blue Heron"].map(String::from));
            data.push(rt::arabic_name());
            let en = Words::get(crate::l10n::Locale::EnGb);
            for day in -9..20 {
                let date = (rt::at() + Duration::days(day)).date_naive();
                data.push(en.weekday_day_month(date));
                data.push(en.weekday_short(date));
            }
            let contexts = [
                RidesContext::default(),
                RidesContext {
                    server_set: true,
                    last_sync: None,
                },
                RidesContext {
                    server_set: true,
                    last_sync: Some(RideSyncProblem::Offline),
                },
                RidesContext {
                    server_set: true,
                    last_sync: Some(RideSyncProblem::Failed),
                },
            ];
            let mut past = rt::options("en-GB");
            past.at = Some(rt::at() + Duration::days(2));
            let mut states = Vec::new();
            for ctx in contexts {
                for v in [&rv, &empty, &broken] {
                    states.push(rides_state_in(
                        v,
                        Some(&rd),
                        ctx,
                        &rt::options("en-GB"),
                        words,
                    ));
                }
                states.push(rides_state_in(&rv, None, ctx, &past, words));
            }
            for s in states {
                let mut texts = notice_texts(s.title, s.notices);
                texts.extend(s.actions.into_iter().map(|a| a.label));
                for sec in s.sections {
                    texts.push(sec.heading);
                    for row in sec.rows {
                        texts.extend([row.meeting, row.when, row.status_label]);
                        texts.extend(row.details);
                        texts.extend(row.actions.into_iter().map(|a| a.label));
                        texts.push(row.accessibility_label);
                    }
                }
                for text in texts {
                    assert_eq!(
                        leftover(&text, &data),
                        "",
                        "{text:?} has words from no message"
                    );
                    seen += 1;
                }
            }
        }
        assert!(seen > 100, "the check looked at {seen} strings");
    }

    /// A fresh vault in `dir`.
    fn vault(dir: &std::path::Path) -> crate::Vault {
        crate::Vault::open(
            dir.join("v"),
            &crate::VaultKey::from_bytes(&[7; 32]).unwrap(),
        )
        .unwrap()
    }

    /// A screen's title and its notices' words, as a person reads them.
    fn notice_texts(title: String, notices: Vec<crate::screens::Notice>) -> Vec<String> {
        let mut texts = vec![title];
        for n in notices {
            texts.extend(n.title);
            texts.push(n.message);
        }
        texts
    }

    /// A button's words: its label, what a screen reader says, and its confirmation's.
    fn button_texts(
        label: String,
        accessibility_label: String,
        confirm: Option<crate::screens::Confirmation>,
    ) -> Vec<String> {
        let mut texts = vec![label, accessibility_label];
        if let Some(c) = confirm {
            texts.extend([c.title, c.message, c.confirm_label, c.cancel_label]);
        }
        texts
    }

    /// Every string a list of strings holds has no word that is not a message's or data's.
    fn assert_all_from_messages(texts: &[String], data: &[String]) {
        assert!(!texts.is_empty());
        for text in texts {
            assert_eq!(
                leftover(text, data),
                "",
                "{text:?} has words from no message"
            );
        }
    }

    #[test]
    fn my_meetings_shows_no_word_that_is_not_a_message() {
        let (d, src) = directory();
        let words = words();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let mut data = data();
        // A saved meeting's weekly time when it is no longer listed is the Meeting screen's
        // schedule, itself checked above; the weekday names are ICU4X's.
        let empty =
            super::super::my_meetings::my_meetings_state_in(&mut v, &d, &options(at()), words);
        for slug in ["step", "friday", "closed"] {
            let m = d.meeting(&format!("{src}:{slug}")).unwrap();
            v.add_favorite(&m, at().fixed_offset()).unwrap();
        }
        let listed =
            super::super::my_meetings::my_meetings_state_in(&mut v, &d, &options(at()), words);
        let fresh = Directory::open_in_memory().unwrap();
        let unsynced =
            super::super::my_meetings::my_meetings_state_in(&mut v, &fresh, &options(at()), words);
        for s in [&unsynced, &listed] {
            data.extend(s.rows.iter().map(|r| r.row.when.clone()));
        }
        for s in [empty, listed, unsynced] {
            let mut texts = notice_texts(s.title, s.notices);
            texts.push(s.accessibility_summary);
            texts.extend(s.actions.into_iter().map(|a| a.label));
            for r in s.rows {
                texts.extend(r.status_note);
                texts.push(r.row.accessibility_label);
                texts.extend(r.row.badges.into_iter().map(|b| b.label));
                texts.extend(r.actions.into_iter().map(|a| a.label));
            }
            assert_all_from_messages(&texts, &data);
        }
    }

    #[test]
    fn settings_show_no_word_that_is_not_a_message() {
        let words = words();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let mut data = data();
        // Each language is named in its own words, on purpose not in the screen's.
        data.extend(
            crate::l10n::Locale::ALL
                .map(|l| Words::get(l).text(l.name_id(), &[]))
                .to_vec(),
        );
        let fresh = super::super::settings::settings_state_in(&v, "cy", words);
        v.set_discreet_reminders(false).unwrap();
        v.set_app_lock(true).unwrap();
        v.set_language(Some("es")).unwrap();
        let chosen = super::super::settings::settings_state_in(&v, "cy", words);
        for s in [fresh, chosen] {
            let c = s.delete_confirmation;
            let mut texts = vec![s.title, c.title, c.message, c.confirm_label, c.cancel_label];
            texts.extend(s.languages.into_iter().map(|l| l.label));
            for sec in s.sections {
                texts.push(sec.heading);
                for r in sec.rows {
                    texts.extend([r.label, r.accessibility_label]);
                    texts.extend(r.value);
                    texts.extend(r.detail);
                }
            }
            assert_all_from_messages(&texts, &data);
        }
    }

    #[test]
    fn the_entry_editor_shows_no_word_that_is_not_a_message() {
        use crate::vault::journal::{EntryKind, NewEntry};
        let words = words();
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let old = v
            .add_entry(NewEntry::text(EntryKind::Note, "x"), at().fixed_offset())
            .unwrap();
        let data = data();
        let view =
            |kind, template: Option<&str>, entry_id: Option<&str>| crate::screens::EditorView {
                kind,
                template: template.map(String::from),
                entry_id: entry_id.map(String::from),
            };
        let editor = super::super::editor::editor_state_in;
        let states = [
            editor(&v, &view(EntryKind::Checkin, None, None), words),
            editor(&v, &view(EntryKind::Note, Some("step-work"), None), words),
            editor(&v, &view(EntryKind::Note, None, Some(&old.id)), words),
            editor(&v, &view(EntryKind::Note, None, Some("gone")), words),
        ];
        for s in states {
            let d = s.discard;
            let mut texts = vec![s.title, s.privacy_note, s.save_label, s.cancel_label];
            texts.extend([d.title, d.message, d.confirm_label, d.cancel_label]);
            texts.extend(s.kinds.into_iter().map(|k| k.label));
            texts.extend(s.templates.into_iter().map(|t| t.label));
            texts.extend(s.notices.into_iter().map(|n| n.message));
            for f in s.fields {
                texts.extend(f.placeholder);
                texts.extend(f.low_label);
                texts.extend(f.high_label);
                texts.extend(f.checks.into_iter().map(|c| c.label));
                if f.kind != crate::screens::FieldKind::Text || f.text.is_empty() {
                    texts.push(f.label);
                }
            }
            assert_all_from_messages(&texts, &data);
        }
    }

    #[test]
    fn the_areas_screen_shows_no_word_that_is_not_a_message() {
        let words = words();
        let (d, _) = directory();
        let mut data = data();
        data.push("Intergroup".into());
        let empty = Directory::open_in_memory().unwrap();
        let unsynced = Directory::open_in_memory().unwrap();
        unsynced
            .add_source(NewSource {
                location: "https://example.org/feed".into(),
                name: Some("Intergroup".into()),
                format: Some(FeedFormat::MeetingGuide),
                ..NewSource::default()
            })
            .unwrap();
        for s in [
            super::super::areas::areas_state_in(&empty, &options(at()), words),
            super::super::areas::areas_state_in(&d, &options(at() + Duration::days(3)), words),
            super::super::areas::areas_state_in(&unsynced, &options(at()), words),
        ] {
            let mut texts = vec![s.title, s.privacy_note];
            texts.extend(s.intro);
            texts.extend(s.actions.into_iter().map(|a| a.label));
            texts.extend(s.notices.into_iter().map(|n| n.message));
            for r in s.areas.into_iter().chain(s.feeds) {
                texts.extend([r.meetings, r.updated, r.accessibility_label]);
                texts.extend(r.actions.into_iter().map(|a| a.label));
            }
            assert_all_from_messages(&texts, &data);
        }
    }

    #[test]
    fn the_pseudo_words_do_change_every_message() {
        // The check above is only as good as the transform: a message must come out with no
        // plain letter at all.
        let w = Words::pseudo();
        let names = [
            "count",
            "days",
            "name",
            "when",
            "place",
            "distance",
            "start",
            "end",
            "first",
            "last",
            "zone",
            "times",
            "source",
            "sources",
            "date",
            "minutes",
            "hours",
            "mood",
            "craving",
            "kind",
            "preview",
            "time",
            "status",
            "language",
            "label",
            "value",
            "number",
            "years",
            "months",
            "milestone",
            "since",
            "next",
            "phone",
            "role",
            "min",
            "max",
            "detail",
            "handle",
            "meetings",
            "address",
            "column",
            "error",
            "expected",
            "format",
            "found",
            "have",
            "key",
            "limit",
            "line",
            "meeting",
            "now",
            "offered",
            "options",
            "part",
            "path",
            "prefix",
            "previous",
            "problem",
            "program",
            "size",
            "subject",
            "supported",
            "version",
            "updated",
            // The CLI's own messages (cli.ftl) and the next step's.
            "id",
            "format",
            "program",
            "error",
            "skipped",
            "warnings",
            "ms",
            "key",
            "reason",
            "note",
            "size",
            "others",
            "limit",
            "text",
            "meeting",
            "recipient",
            "channel",
            "to",
            "path",
            "seats",
            "km",
            "sent",
            "matches",
            "leads",
            "example",
            "horizon",
            "summary",
            "journal",
            "favorites",
            "sobriety",
            "reminders",
            "contacts",
            "journalAdded",
            "journalUpdated",
            "journalUnchanged",
            "sobrietyAdded",
            "sobrietyUpdated",
            "settings",
            "tiles",
            "relay",
            "why",
            "version",
            "changed",
            "failing",
            "programs",
            "formats",
            "cities",
            "seconds",
            "call",
            "words",
            "tags",
            "offer",
            // An import's notes (import.ftl) and the relay's words (relay.ftl).
            "code",
            "point",
            "day",
            "ago",
            // The CLI's usage and file errors.
            "flag",
            "options",
            "example",
            "pattern",
            "var",
            "other",
            // The catalogue checker's problems (catalogue.ftl).
            "kib",
            "table",
            "fields",
            "known",
            "list",
            "file",
            "setting",
            "country",
            "standard",
            "second",
            "third",
            "shape",
            "lat",
            "lon",
            "feedback",
            "scheme",
            "field",
        ];
        let args: Vec<(&str, Arg)> = names.iter().map(|n| (*n, Arg::Text("1"))).collect();
        for id in super::all_ids() {
            let text = w.text(id, &args);
            assert_eq!(leftover(&text, &[]), "", "{id}: {text}");
        }
    }
}
