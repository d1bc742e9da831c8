//! The screen objects over real vault and directory files: a write from anywhere delivers a
//! new state that shows it, a setter delivers one, a dropped subscription or screen delivers
//! none, the clock moves the words, a listener may call back into the vault, a burst of writes
//! makes few states, and no screen keeps waking itself or another.

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration as StdDuration, Instant};

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::live::{next_midnight, Built, Live};
use super::*;
use crate::rides::outbox::OfferDraft;
use crate::vault::contacts::ContactRole;
use crate::vault::journal::{EntryKind, NewEntry};
use crate::{Directory, FeedFormat, FormatExtras, NewSource, Vault, VaultKey};

const ZONE: &str = "Europe/London";

/// Tuesdays 19:00–20:00 in Aberystwyth, and an online meeting every day at 12:00.
const FEED: &str = r#"[
 {"slug":"tue-eve","name":"Hope on Tuesday","day":2,"time":"19:00","end_time":"20:00",
  "location":"Hall","formatted_address":"1 High St, Aberystwyth, SY23 1AA, UK","latitude":52.414,
  "longitude":-4.081,"types":["O"]},
 {"slug":"noon","name":"Noon Online","day":[0,1,2,3,4,5,6],"time":"12:00","end_time":"13:00",
  "conference_url":"https://zoom.us/j/1","types":["O"]}
]"#;

/// How long a test waits for a state it expects.
const WAIT: StdDuration = StdDuration::from_secs(10);

/// How long a test watches for a state it must not get.
const QUIET: StdDuration = StdDuration::from_millis(400);

/// Monday 30 November 2026, 12:00 in London (UTC in winter).
fn at() -> DateTime<Utc> {
    "2026-11-30T12:00:00Z".parse().unwrap()
}

fn options(locale: &str, at: DateTime<Utc>) -> MeetingsOptions {
    MeetingsOptions {
        locale: Some(locale.into()),
        viewer_timezone: Some(ZONE.into()),
        at: Some(at),
    }
}

fn vault(dir: &std::path::Path) -> SharedVault {
    let v = Vault::open(dir.join("vault"), &VaultKey::from_bytes(&[5; 32]).unwrap()).unwrap();
    Arc::new(Mutex::new(v))
}

fn directory(dir: &std::path::Path) -> (Directory, String) {
    let d = Directory::open(dir.join("directory.sqlite")).unwrap();
    let s = d
        .add_source(NewSource {
            location: "https://example.org/wales".into(),
            name: Some("Wales".into()),
            format: Some(FeedFormat::MeetingGuide),
            timezone: Some(ZONE.into()),
            ..NewSource::default()
        })
        .unwrap();
    import(&d, &s.id, FEED);
    (d, s.id)
}

/// A second, empty Meeting Guide source in London; its id.
fn second_source(d: &Directory) -> String {
    d.add_source(NewSource {
        location: "https://example.org/second".into(),
        name: Some("Second".into()),
        format: Some(FeedFormat::MeetingGuide),
        timezone: Some(ZONE.into()),
        ..NewSource::default()
    })
    .unwrap()
    .id
}

fn import(d: &Directory, src: &str, feed: &str) {
    d.import(
        src,
        FeedFormat::MeetingGuide,
        feed.as_bytes(),
        &FormatExtras::default(),
    )
    .unwrap();
}

fn write<T>(v: &SharedVault, f: impl FnOnce(&mut Vault) -> T) -> T {
    f(&mut v.lock().unwrap())
}

/// Every state a listener was told, in order.
struct Recorder<S> {
    states: Mutex<Vec<S>>,
    told: Condvar,
}

impl<S: Clone> Recorder<S> {
    fn new() -> Arc<Self> {
        Arc::new(Recorder {
            states: Mutex::new(Vec::new()),
            told: Condvar::new(),
        })
    }

    fn push(&self, s: S) {
        self.states.lock().unwrap().push(s);
        self.told.notify_all();
    }

    fn count(&self) -> usize {
        self.states.lock().unwrap().len()
    }

    fn last(&self) -> S {
        self.states.lock().unwrap().last().cloned().unwrap()
    }

    /// Waits for a state told after the first `after` that meets `ok`; panics after
    /// [`WAIT`].
    fn wait_for(&self, after: usize, what: &str, ok: impl Fn(&S) -> bool) -> S {
        let deadline = Instant::now() + WAIT;
        let mut states = self.states.lock().unwrap();
        loop {
            if let Some(s) = states.iter().skip(after).find(|s| ok(s)) {
                return s.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no state {what} within {WAIT:?}");
            states = self.told.wait_timeout(states, left).unwrap().0;
        }
    }

    /// Asserts nothing more is told for [`QUIET`].
    fn assert_quiet(&self, what: &str) {
        let before = self.count();
        std::thread::sleep(QUIET);
        assert_eq!(self.count(), before, "a state arrived {what}");
    }
}

macro_rules! listener {
    ($trait:ident, $state:ty) => {
        impl $trait for Recorder<$state> {
            fn on_state(&self, state: $state) {
                self.push(state);
            }
        }
    };
}
listener!(JournalListener, JournalState);
listener!(SobrietyListener, SobrietyState);
listener!(PeopleListener, PeopleState);
listener!(SettingsListener, SettingsState);
listener!(MyMeetingsListener, MyMeetingsState);
listener!(RemindersListener, RemindersState);
listener!(RidesListener, RidesState);
listener!(AreasListener, AreasState);
listener!(MeetingListener, MeetingState);
listener!(MeetingsListener, MeetingsState);

fn journal_texts(s: &JournalState) -> Vec<String> {
    s.days
        .iter()
        .flat_map(|d| d.rows.iter().map(|r| r.accessibility_label.clone()))
        .collect()
}

fn entry_count(s: &JournalState) -> usize {
    s.days.iter().map(|d| d.rows.len()).sum()
}

#[test]
fn every_committed_write_bumps_the_vault_counter_and_a_read_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let before = write(&v, |v| v.changes().count());
    write(&v, |v| v.entries(&Default::default()).unwrap());
    assert_eq!(write(&v, |v| v.changes().count()), before);
    write(&v, |v| {
        v.add_entry(NewEntry::text(EntryKind::Note, "a"), at().fixed_offset())
            .unwrap()
    });
    write(&v, |v| v.set_app_lock(true).unwrap());
    assert_eq!(write(&v, |v| v.changes().count()), before + 2);
}

#[test]
fn the_journal_screen_shows_a_write_a_search_and_stops_when_the_subscription_goes() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let screen = JournalScreen::new(Arc::clone(&v), JournalView::default(), options("cy", at()));
    let rec = Recorder::new();
    let sub = screen.subscribe(rec.clone());
    // The state at once: nothing written yet.
    assert_eq!(rec.count(), 1);
    assert_eq!(entry_count(&rec.last()), 0);
    assert!(!rec.last().notices.is_empty());

    // A write through the vault, not through the screen.
    write(&v, |v| {
        v.add_entry(
            NewEntry::text(EntryKind::Gratitude, "Diolch am heddiw"),
            at().fixed_offset(),
        )
        .unwrap()
    });
    let shown = rec.wait_for(1, "with the new entry", |s| entry_count(s) == 1);
    assert!(shown.notices.is_empty(), "{:?}", shown.notices);

    // A setter: the person types a word no entry has.
    let n = rec.count();
    let typed = screen.set_search("zzzz".into());
    assert_eq!(entry_count(&typed), 0);
    assert_eq!(rec.count(), n + 1, "the setter's state is delivered");
    assert_eq!(rec.last(), typed);
    screen.set_search(String::new());

    // Dropped: nothing more.
    drop(sub);
    let n = rec.count();
    write(&v, |v| {
        v.add_entry(
            NewEntry::text(EntryKind::Note, "later"),
            at().fixed_offset(),
        )
        .unwrap()
    });
    rec.assert_quiet("after the subscription was dropped");
    assert_eq!(rec.count(), n);
    // The screen itself still shows the vault as it is when asked.
    assert_eq!(entry_count(&screen.state()), 2);
}

#[test]
fn dropping_the_screen_object_stops_its_listeners() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let screen = PeopleScreen::new(Arc::clone(&v), options("es", at()));
    let rec = Recorder::new();
    let _sub = screen.subscribe(rec.clone());
    drop(screen);
    let n = rec.count();
    write(&v, |v| {
        v.add_contact(
            "Ana",
            ContactRole::Sponsor,
            "+34 600 000 000",
            at().fixed_offset(),
        )
        .unwrap()
    });
    rec.assert_quiet("after the screen was dropped");
    assert_eq!(rec.count(), n);
}

#[test]
fn midnight_turns_today_into_yesterday_and_moves_the_sobriety_count() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let london: chrono_tz::Tz = ZONE.parse().unwrap();
    let evening = london
        .with_ymd_and_hms(2026, 11, 30, 23, 58, 0)
        .unwrap()
        .with_timezone(&Utc);
    write(&v, |v| {
        v.add_entry(
            NewEntry::text(EntryKind::Note, "a day"),
            evening.fixed_offset(),
        )
        .unwrap();
        v.add_sobriety_date(
            NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            "Sobriety",
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            evening.fixed_offset(),
        )
        .unwrap();
    });
    let journal = JournalScreen::new(
        Arc::clone(&v),
        JournalView::default(),
        options("en-GB", evening),
    );
    let sobriety = SobrietyScreen::new(Arc::clone(&v), options("en-GB", evening));
    let (jr, sr) = (Recorder::new(), Recorder::new());
    let _j = journal.subscribe(jr.clone());
    let _s = sobriety.subscribe(sr.clone());
    assert_eq!(jr.last().days[0].heading, "Today");
    let days_before = sr.last().cards[0].days;
    assert_eq!(days_before, 29);
    // The next day's words once the clock passes midnight.
    let after = evening + Duration::minutes(3);
    journal.set_time(Some(after));
    sobriety.set_time(Some(after));
    assert_eq!(jr.last().days[0].heading, "Yesterday");
    assert_eq!(sr.last().cards[0].days, days_before + 1);
    assert_ne!(
        sr.last().cards[0].count,
        sr.states.lock().unwrap()[0].cards[0].count
    );
}

#[test]
fn the_real_clock_wakes_a_listened_screen_when_its_words_change() {
    // The engine alone, with a state that changes 300 ms from now: the screen's own thread
    // must rebuild then, with no event.
    let due = Utc::now() + Duration::milliseconds(300);
    let live: Live<(), bool> = Live::new(
        "test-clock",
        (),
        MeetingsOptions::default(),
        Vec::new(),
        Box::new(
            move |_: &(), _: &MeetingsOptions, now: DateTime<Utc>| Built {
                state: now >= due,
                seen: Vec::new(),
                refresh_at: Some(due),
            },
        ),
    );
    let rec = Recorder::<bool>::new();
    let r = rec.clone();
    let _sub = live.subscribe(Arc::new(move |s| r.push(s)));
    assert!(!rec.last());
    rec.wait_for(1, "after its refresh time", |s| *s);
}

#[test]
fn next_midnight_is_the_viewers_even_across_a_clock_change() {
    let london: chrono_tz::Tz = ZONE.parse().unwrap();
    // The night the clocks go back (25 October 2026): midnight is 23:00 UTC the day before.
    let t = london
        .with_ymd_and_hms(2026, 10, 24, 22, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(
        next_midnight(t, london),
        Some("2026-10-24T23:00:00Z".parse().unwrap())
    );
    // A zone whose clocks jumped at midnight (Santiago, 6 September 2026): the day starts
    // at 01:00.
    let santiago: chrono_tz::Tz = "America/Santiago".parse().unwrap();
    let t = santiago
        .with_ymd_and_hms(2026, 9, 5, 22, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    let m = next_midnight(t, santiago).unwrap().with_timezone(&santiago);
    assert_eq!(m.date_naive(), NaiveDate::from_ymd_opt(2026, 9, 6).unwrap());
}

#[test]
fn a_listener_that_calls_back_into_the_vault_does_not_deadlock() {
    struct ReadsBack {
        vault: SharedVault,
        counts: Mutex<Vec<usize>>,
        told: Condvar,
    }
    impl PeopleListener for ReadsBack {
        fn on_state(&self, _state: PeopleState) {
            // The vault lock is free while a listener runs.
            let n = self.vault.lock().unwrap().contacts().unwrap().len();
            self.counts.lock().unwrap().push(n);
            self.told.notify_all();
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let screen = PeopleScreen::new(Arc::clone(&v), options("en-GB", at()));
    let l = Arc::new(ReadsBack {
        vault: Arc::clone(&v),
        counts: Mutex::new(Vec::new()),
        told: Condvar::new(),
    });
    let _sub = screen.subscribe(l.clone());
    write(&v, |v| {
        v.add_contact(
            "Sam",
            ContactRole::Sponsor,
            "+44 7700 900123",
            at().fixed_offset(),
        )
        .unwrap()
    });
    let counts = l.counts.lock().unwrap();
    let (counts, _) = l
        .told
        .wait_timeout_while(counts, WAIT, |c| c.last() != Some(&1))
        .unwrap();
    assert_eq!(counts.last(), Some(&1), "the listener read the vault back");
    drop(counts);
    // And the rebuild shows the contact.
    assert!(screen.state().rows.iter().any(|r| r.name == "Sam"));
}

#[test]
fn a_burst_of_a_hundred_writes_makes_few_states_and_the_last_is_right() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let screen = JournalScreen::new(
        Arc::clone(&v),
        JournalView::default(),
        options("en-GB", at()),
    );
    let rec = Recorder::new();
    let _sub = screen.subscribe(rec.clone());
    for i in 0..100 {
        write(&v, |v| {
            v.add_entry(
                NewEntry::text(EntryKind::Note, format!("entry {i}")),
                at().fixed_offset(),
            )
            .unwrap()
        });
    }
    let last = rec.wait_for(0, "with all hundred entries", |s| entry_count(s) == 100);
    rec.assert_quiet("after the burst settled");
    let states = rec.count();
    eprintln!("100 writes → {states} states (the first is the empty journal)");
    assert!(states <= 20, "{states} states for 100 writes");
    assert_eq!(rec.last(), last);
    assert!(journal_texts(&last).iter().any(|t| t.contains("entry 99")));
}

#[test]
fn sobriety_people_and_settings_show_their_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let sobriety = SobrietyScreen::new(Arc::clone(&v), options("cy", at()));
    let people = PeopleScreen::new(Arc::clone(&v), options("es", at()));
    let settings = SettingsScreen::new(Arc::clone(&v), "en-US".into(), options("en-US", at()));
    let (sr, pr, gr) = (Recorder::new(), Recorder::new(), Recorder::new());
    let _s = sobriety.subscribe(sr.clone());
    let _p = people.subscribe(pr.clone());
    let _g = settings.subscribe(gr.clone());
    assert!(sr.last().cards.is_empty());
    assert!(pr.last().rows.is_empty());

    write(&v, |v| {
        v.add_sobriety_date(
            NaiveDate::from_ymd_opt(2025, 11, 30).unwrap(),
            "Sobrwydd",
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            at().fixed_offset(),
        )
        .unwrap()
    });
    let card = sr.wait_for(1, "with the date", |s| s.cards.len() == 1);
    assert_eq!(card.cards[0].days, 365);

    write(&v, |v| {
        v.add_contact(
            "Lucía",
            ContactRole::Sponsor,
            "+34 600 000 000",
            at().fixed_offset(),
        )
        .unwrap()
    });
    let person = pr.wait_for(1, "with the contact", |s| s.rows.len() == 1);
    assert_eq!(person.rows[0].name, "Lucía");

    let first = gr.last();
    let n = gr.count();
    write(&v, |v| v.set_app_lock(true).unwrap());
    let changed = gr.wait_for(n, "with the app lock on", |s| *s != first);
    assert_ne!(changed, first);
    // A setter: the phone's language changed.
    let n = gr.count();
    let es = settings.set_phone_locale("es-ES".into());
    assert_eq!(gr.count(), n + 1);
    assert_eq!(gr.last(), es);
}

#[test]
fn my_meetings_reminders_and_rides_show_vault_writes_and_syncs() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let (d, src) = directory(tmp.path());
    let tue = d.meeting(&format!("{src}:tue-eve")).unwrap();
    let mine = MyMeetingsScreen::new(Arc::clone(&v), d.clone(), options("cy", at()));
    let facts = ReminderFacts {
        notifications_allowed: true,
        ..ReminderFacts::default()
    };
    let reminders = RemindersScreen::new(Arc::clone(&v), d.clone(), facts, options("es", at()));
    let rides = RidesScreen::new(
        Arc::clone(&v),
        Some(d.clone()),
        RidesContext::default(),
        options("en-GB", at()),
    );
    let (mr, rr, dr) = (Recorder::new(), Recorder::new(), Recorder::new());
    let _m = mine.subscribe(mr.clone());
    let _r = reminders.subscribe(rr.clone());
    let _d = rides.subscribe(dr.clone());
    assert!(mr.last().rows.is_empty());
    assert!(rr.last().rows.is_empty());
    assert!(dr.last().sections.is_empty());

    // A favourite: My meetings shows it, with when it next changes by the clock.
    write(&v, |v| v.add_favorite(&tue, at().fixed_offset()).unwrap());
    let saved = mr.wait_for(1, "with the favourite", |s| s.rows.len() == 1);
    assert_eq!(saved.rows[0].row.name, "Hope on Tuesday");
    assert_eq!(
        saved.refresh_at,
        Some("2026-12-01T00:00:00Z".parse().unwrap()),
        "midnight comes before Tuesday's start"
    );

    // A reminder rule.
    write(&v, |v| {
        v.set_reminder(
            crate::reminders::ReminderRule {
                meeting_id: tue.id.clone(),
                leads: vec![60],
                weekdays: vec![],
                detailed: false,
                skip_occurrence: None,
            },
            at().fixed_offset(),
        )
        .unwrap()
    });
    let ruled = rr.wait_for(1, "with the rule", |s| s.rows.len() == 1);
    assert!(
        ruled.rows[0].leads.contains("1 hora"),
        "{:?}",
        ruled.rows[0]
    );
    // A setter: notifications turned off on the phone.
    let off = reminders.set_facts(ReminderFacts::default());
    assert!(!off.issues.is_empty());
    assert_eq!(rr.last(), off);

    // A ride offered.
    let draft = OfferDraft::to_meeting(
        &tue,
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        3,
        crate::GeoPoint {
            latitude: 52.4085,
            longitude: -4.0561,
        },
        None,
        15,
        false,
        false,
    )
    .unwrap();
    write(&v, |v| v.compose_offer(draft, at().fixed_offset()).unwrap());
    let offered = dr.wait_for(1, "with the offer", |s| !s.sections.is_empty());
    assert_eq!(offered.sections[0].rows.len(), 1);
    assert_eq!(
        offered.refresh_at,
        Some("2026-12-01T19:00:00Z".parse().unwrap()),
        "the ride passes when its meeting starts"
    );

    // A sync that drops the meeting from its feed: My meetings keeps it, no longer listed.
    let n = mr.count();
    import(
        &d,
        &src,
        r#"[{"slug":"noon","name":"Noon Online","day":[0,1,2,3,4,5,6],"time":"12:00",
            "end_time":"13:00","conference_url":"https://zoom.us/j/1","types":["O"]}]"#,
    );
    let gone = mr.wait_for(n, "with the meeting no longer listed", |s| {
        s.rows
            .first()
            .is_some_and(|r| r.status != crate::vault::favorites::FavoriteStatus::Listed)
    });
    assert_eq!(gone.rows.len(), 1);
}

#[test]
fn screens_that_write_while_building_do_not_keep_waking_themselves_or_each_other() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let (d, src) = directory(tmp.path());
    let tue = d.meeting(&format!("{src}:tue-eve")).unwrap();
    write(&v, |v| v.add_favorite(&tue, at().fixed_offset()).unwrap());
    write(&v, |v| {
        v.set_reminder(
            crate::reminders::ReminderRule {
                meeting_id: tue.id.clone(),
                leads: vec![60, 15],
                weekdays: vec![],
                detailed: false,
                skip_occurrence: None,
            },
            at().fixed_offset(),
        )
        .unwrap()
    });
    let plan = write(&v, |v| {
        v.plan_reminders(
            Some(&d),
            &crate::reminders::PlanRequest {
                now: at(),
                horizon_minutes: 14 * 24 * 60,
                max_pending: 64,
                already_scheduled: Vec::new(),
                viewer_timezone: ZONE.into(),
                locale: None,
            },
        )
        .unwrap()
    });
    assert!(plan.reminders.len() >= 2);
    // Delivered ids are written to the vault by the Reminders screen (each time it builds,
    // unless it remembers); My meetings writes its copies when the directory changed.
    let facts = ReminderFacts {
        notifications_allowed: true,
        delivered: plan.reminders.iter().map(|r| r.id.clone()).collect(),
        ..ReminderFacts::default()
    };
    let a = RemindersScreen::new(
        Arc::clone(&v),
        d.clone(),
        facts.clone(),
        options("en-GB", at()),
    );
    let b = RemindersScreen::new(Arc::clone(&v), d.clone(), facts, options("cy", at()));
    let c = MyMeetingsScreen::new(Arc::clone(&v), d.clone(), options("en-GB", at()));
    let (ar, br, cr) = (Recorder::new(), Recorder::new(), Recorder::new());
    let _a = a.subscribe(ar.clone());
    let _b = b.subscribe(br.clone());
    let _c = c.subscribe(cr.clone());
    import(
        &d,
        &src,
        &FEED.replace("Hope on Tuesday", "Hope on a Tuesday"),
    );
    cr.wait_for(0, "with the new name", |s| {
        s.rows
            .first()
            .is_some_and(|r| r.row.name == "Hope on a Tuesday")
    });
    std::thread::sleep(StdDuration::from_millis(300));
    let commits = write(&v, |v| v.changes().count());
    std::thread::sleep(QUIET);
    assert_eq!(
        write(&v, |v| v.changes().count()),
        commits,
        "nothing writes once everything is shown"
    );
}

#[test]
fn the_areas_and_meeting_screens_follow_the_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory(tmp.path());
    let areas = AreasScreen::new(d.clone(), options("es", at()));
    let meeting = MeetingScreen::new(d.clone(), format!("{src}:tue-eve"), options("cy", at()));
    let (ar, mr) = (Recorder::new(), Recorder::new());
    let _a = areas.subscribe(ar.clone());
    let _m = meeting.subscribe(mr.clone());
    assert_eq!(ar.last().feeds.len(), 1);
    assert!(mr.last().title.contains("Hope on Tuesday"));

    second_source(&d);
    ar.wait_for(1, "with the new feed", |s| s.feeds.len() == 2);

    import(
        &d,
        &src,
        &FEED.replace("Hope on Tuesday", "Hope on a Tuesday"),
    );
    mr.wait_for(1, "with the new name", |s| {
        s.title.contains("Hope on a Tuesday")
    });
    // The meeting's start is its next change by the clock.
    let n = mr.count();
    let started = meeting.set_time(Some("2026-12-01T19:05:00Z".parse().unwrap()));
    assert_eq!(mr.count(), n + 1);
    assert_ne!(started, mr.states.lock().unwrap()[n - 1]);
}

fn meeting_names(s: &MeetingsState) -> Vec<String> {
    s.sections
        .iter()
        .flat_map(|sec| sec.rows.iter().map(|r| r.name.clone()))
        .collect()
}

/// A sync through the same directory shows on a listened Meetings screen without the app
/// calling `reload()`: a renamed meeting, a new source's meetings, and nothing once the
/// subscription has gone.
#[test]
fn the_meetings_screen_shows_a_finished_sync_by_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory(tmp.path());
    let screen = MeetingsScreen::new(d.clone(), options("cy", at()));
    let r = Recorder::new();
    let sub = screen.subscribe(r.clone());
    assert!(meeting_names(&r.last()).contains(&"Hope on Tuesday".to_string()));

    import(
        &d,
        &src,
        &FEED.replace("Hope on Tuesday", "Hope on a Tuesday"),
    );
    let s = r.wait_for(1, "with the renamed meeting", |s| {
        meeting_names(s).contains(&"Hope on a Tuesday".to_string())
    });
    assert!(!meeting_names(&s).contains(&"Hope on Tuesday".to_string()));

    // A second source with its own meeting: one more state, showing both sources' rows.
    let n = r.count();
    let second = second_source(&d);
    import(
        &d,
        &second,
        r#"[{"slug":"wed","name":"Wednesday Light","day":3,"time":"19:30","end_time":"20:30",
             "conference_url":"https://zoom.us/j/2","types":["O"]}]"#,
    );
    r.wait_for(n, "with the second source's meeting", |s| {
        let names = meeting_names(s);
        names.contains(&"Wednesday Light".to_string())
            && names.contains(&"Hope on a Tuesday".to_string())
    });

    // Once the subscription has gone, a sync tells nobody.
    drop(sub);
    let n = r.count();
    d.remove_source(&second).unwrap();
    std::thread::sleep(QUIET);
    assert_eq!(
        r.count(),
        n,
        "a state arrived after the subscription was dropped"
    );
    // The screen itself still reads the new data when asked.
    assert!(!meeting_names(&screen.reload()).contains(&"Wednesday Light".to_string()));
}
