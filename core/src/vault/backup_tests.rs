//! Tests of `backup.rs`, kept beside it so the module itself stays readable.

use super::*;
use crate::vault::journal::{EntryKind, NewEntry};
use crate::vault::tests::{key, now};

fn filled() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
    let t = now("2026-05-01T22:30:00+02:00");
    let mut c = NewEntry::text(EntryKind::Checkin, "steady today");
    c.mood = Some(4);
    c.tags = vec!["home".into()];
    v.add_entry(c, t).unwrap();
    let mut g = NewEntry::text(EntryKind::Gratitude, "");
    g.gratitude = vec!["my sister called".into()];
    v.add_entry(g, now("2026-05-02T07:00:00+02:00")).unwrap();
    v.add_sobriety_date(
        "2026-01-10".parse().unwrap(),
        "Alcohol",
        "2026-05-02".parse().unwrap(),
        t,
    )
    .unwrap();
    v.set_setting("reminders.discreet", &serde_json::json!(true))
        .unwrap();
    (dir, v)
}

/// An export holding `ids` as note entries, each saying which one it is.
fn export_of(ids: &[uuid::Uuid], created_at: &str) -> Vec<u8> {
    let journal: Vec<JournalEntry> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| JournalEntry {
            id: id.to_string(),
            created_at: created_at.into(),
            edited_at: created_at.into(),
            deleted_at: None,
            content: NewEntry::text(EntryKind::Note, format!("entry number {i}")),
        })
        .collect();
    serde_json::to_vec(&VaultExport {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        exported_at: created_at.into(),
        journal,
        favorites: vec![],
        sobriety: vec![],
        reminder_rules: vec![],
        daily_reminders: vec![],
        contacts: vec![],
        settings: BTreeMap::new(),
    })
    .unwrap()
}

/// Every entry's id → text, read back from the vault.
fn texts(v: &Vault) -> std::collections::HashMap<String, String> {
    v.entries(&EntryFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.id, e.content.text))
        .collect()
}

fn v7_at(ms: u64, n: u64) -> uuid::Uuid {
    let mut random = [0u8; 10];
    random[..8].copy_from_slice(&n.to_be_bytes());
    uuid::Builder::from_unix_timestamp_millis(ms, &random).into_uuid()
}

#[test]
fn thousands_of_entries_in_one_millisecond_are_all_kept_and_overwrite_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
    // Someone's own entry, written one millisecond after the restored ones.
    let mine = v
        .add_entry(
            NewEntry::text(EntryKind::Note, "my own words"),
            now("2026-05-01T10:00:00.001+00:00"),
        )
        .unwrap();
    let ms = 1_777_629_600_000; // 2026-05-01T10:00:00Z
    let ids: Vec<uuid::Uuid> = (0..5_000).map(|n| v7_at(ms, n)).collect();
    let report = v
        .restore(&export_of(&ids, "2026-05-01T10:00:00+00:00"), None)
        .unwrap();
    assert_eq!(report.journal.added, 5_000);
    let t = texts(&v);
    assert_eq!(t.len(), 5_001);
    assert_eq!(t[&mine.id], "my own words");
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(t[&id.to_string()], format!("entry number {i}"));
    }
    // The person's own entry is still found by search.
    let found = v.search_entries("own words", 5).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, mine.id);
}

#[test]
fn entries_with_random_ids_are_all_kept_and_counted_as_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
    let ids: Vec<uuid::Uuid> = (0..5_000u32)
        .map(|n| {
            let mut b = [0u8; 16];
            b[..4].copy_from_slice(&n.to_be_bytes());
            b[4..8].copy_from_slice(&0x5eed_u32.to_be_bytes());
            uuid::Builder::from_random_bytes(b).into_uuid()
        })
        .collect();
    let bytes = export_of(&ids, "2026-05-01T10:00:00+00:00");
    let report = v.restore(&bytes, None).unwrap();
    assert_eq!(report.journal.added, 5_000);
    assert_eq!(v.entry_count().unwrap(), 5_000);
    let t = texts(&v);
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(t[&id.to_string()], format!("entry number {i}"));
    }
    // The same file again stores nothing new and changes nothing.
    let again = v.restore(&bytes, None).unwrap();
    assert_eq!(again.journal.unchanged, 5_000);
    assert_eq!(again.journal.added + again.journal.updated, 0);
    assert_eq!(texts(&v), t);
}

#[test]
fn a_restore_over_an_existing_journal_keeps_every_entry_and_updates_only_its_own() {
    let (dir, mut v) = filled();
    let before = texts(&v);
    let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    // The other phone has an edited copy of one entry, and entries of its own written in
    // the same seconds as this vault's.
    let first = v.entries(&EntryFilter::default()).unwrap().pop().unwrap();
    let mut edited = first.clone();
    edited.content.text = "steady today, better by evening".into();
    edited.edited_at = "2026-05-02T21:00:00+02:00".into();
    let mut export = v.export(now("2026-05-02T21:00:00+02:00")).unwrap();
    export.journal = vec![edited.clone()];
    w.restore(&serde_json::to_vec(&export).unwrap(), None)
        .unwrap();
    for n in 0..300 {
        w.add_entry(
            NewEntry::text(EntryKind::Note, format!("other phone {n}")),
            now("2026-05-01T22:30:00+02:00"),
        )
        .unwrap();
    }
    let theirs = texts(&w);
    let report = v
        .restore(
            w.export_json(now("2026-05-03T08:00:00+02:00"))
                .unwrap()
                .as_bytes(),
            None,
        )
        .unwrap();
    assert_eq!(report.journal.added, 300);
    assert_eq!(report.journal.updated, 1);
    let after = texts(&v);
    assert_eq!(after.len(), before.len() + 300);
    for (id, text) in &theirs {
        assert_eq!(&after[id], text);
    }
    for (id, text) in &before {
        if *id != edited.id {
            assert_eq!(&after[id], text);
        }
    }
    assert_eq!(after[&edited.id], "steady today, better by evening");
}

#[test]
fn backup_restores_into_an_empty_vault_and_twice_adds_nothing() {
    let (dir, v) = filled();
    let t = now("2026-05-02T08:00:00+02:00");
    let bytes = v.backup_bytes("long enough words", t).unwrap();
    assert!(is_encrypted_backup(&bytes));
    let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    let r = w.restore(&bytes, Some("long enough words")).unwrap();
    assert_eq!(r.journal.added, 2);
    assert_eq!(r.sobriety.added, 1);
    assert_eq!(r.settings_added, 1);
    assert_eq!(w.export(t).unwrap(), v.export(t).unwrap());
    let again = w.restore(&bytes, Some("long enough words")).unwrap();
    assert_eq!(again.journal.added + again.journal.updated, 0);
    assert_eq!(again.journal.unchanged, 2);
    assert_eq!(w.entry_count().unwrap(), 2);
}

#[test]
fn wrong_passphrase_and_short_passphrase_are_refused() {
    let (dir, v) = filled();
    let t = now("2026-05-02T08:00:00+02:00");
    assert!(matches!(
        v.backup_bytes("short", t),
        Err(Error::InvalidArgument(_))
    ));
    let bytes = v.backup_bytes("long enough words", t).unwrap();
    let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    assert!(matches!(
        w.restore(&bytes, Some("long enough wordz")),
        Err(Error::WrongPassphrase)
    ));
    assert!(matches!(
        w.restore(&bytes, None),
        Err(Error::InvalidArgument(_))
    ));
    assert_eq!(w.entry_count().unwrap(), 0);
}

#[test]
fn the_car_pool_device_secret_is_never_exported() {
    let (_dir, mut v) = filled();
    v.set_setting(
        "rides.device",
        &serde_json::json!({"secret": "s3cr3t-device"}),
    )
    .unwrap();
    let json = v.export_json(now("2026-05-02T08:00:00+02:00")).unwrap();
    assert!(!json.contains("s3cr3t-device"));
    assert!(json.contains("reminders.discreet"));
}

#[test]
fn a_restored_file_cannot_plant_car_pool_credentials_or_loosen_discreet_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
    let planted = serde_json::json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": "2026-05-02T08:00:00+02:00",
        "journal": [], "favorites": [], "sobriety": [],
        "settings": {
            "rides.device": {"device_id": "d1", "secret": "planted-secret"},
            "rides.server": "http://attacker.example",
            "rides.view": {"rides": []},
            "reminders.discreet": false,
            "reminders.fallback_timezone": "Mars/Olympus_Mons",
            "reminders.paused_until": "2026-06-01",
            "anything.else": 1
        }
    });
    let report = v
        .restore(&serde_json::to_vec(&planted).unwrap(), None)
        .unwrap();
    // Only the pause (a valid preference that loosens nothing) was taken.
    assert_eq!(report.settings_added, 1);
    let mut skipped = report.settings_skipped.clone();
    skipped.sort();
    assert_eq!(
        skipped,
        [
            "anything.else",
            "reminders.discreet",
            "reminders.fallback_timezone",
            "rides.device",
            "rides.server",
            "rides.view"
        ]
    );
    let settings = v.settings().unwrap();
    assert!(settings.keys().all(|k| !k.starts_with("rides.")));
    assert_eq!(
        settings.keys().collect::<Vec<_>>(),
        ["reminders.paused_until"]
    );
    // Lock-screen text stays discreet.
    assert!(v.plan_settings().unwrap().discreet);
    // A backup that asks for discreet text (the default anyway) is taken.
    let mut tighten = planted.clone();
    tighten["settings"] = serde_json::json!({"reminders.discreet": true});
    let r = v
        .restore(&serde_json::to_vec(&tighten).unwrap(), None)
        .unwrap();
    assert_eq!(r.settings_added, 1);
    assert!(r.settings_skipped.is_empty());
}

#[test]
fn export_carries_only_the_backed_up_settings() {
    let (_dir, mut v) = filled();
    v.set_setting(
        "reminders.fallback_timezone",
        &serde_json::json!("Europe/London"),
    )
    .unwrap();
    v.set_setting("rides.view", &serde_json::json!({"x": 1}))
        .unwrap();
    v.set_setting("some.local_thing", &serde_json::json!(1))
        .unwrap();
    let x = v.export(now("2026-05-02T08:00:00+02:00")).unwrap();
    assert_eq!(
        x.settings.keys().collect::<Vec<_>>(),
        ["reminders.discreet", "reminders.fallback_timezone"]
    );
}

#[test]
fn an_oversized_saved_meeting_is_refused_when_saved_or_restored() {
    let (_dir, mut v) = filled();
    let mut m = crate::reminders::tests::meeting("s:big", &[2], 19, 0, Some("Europe/London"));
    m.name = "N".repeat(50 * 1024 * 1024 / 100);
    m.notes = Some("x".repeat(MAX_FAVORITE_BYTES));
    let err = v
        .add_favorite(&m, now("2026-05-02T08:00:00+02:00"))
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
    assert!(v.favorite_records().unwrap().is_empty());
    let mut x = v.export(now("2026-05-02T08:00:00+02:00")).unwrap();
    x.favorites = vec![FavoriteRecord {
        meeting_id: m.id.clone(),
        added_at: "2026-05-02T08:00:00+02:00".into(),
        last_seen_at: "2026-05-02T08:00:00+02:00".into(),
        last_known: m,
    }];
    let err = v
        .restore(&serde_json::to_vec(&x).unwrap(), None)
        .unwrap_err();
    assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
    assert!(v.favorite_records().unwrap().is_empty());
}

#[test]
fn a_file_with_too_many_settings_or_too_large_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
    let settings: serde_json::Map<String, serde_json::Value> = (0..100_000)
        .map(|i| (format!("k{i}"), serde_json::json!(i)))
        .collect();
    let x = serde_json::json!({
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
        "exported_at": "2026-05-02T08:00:00+02:00",
        "journal": [], "favorites": [], "sobriety": [], "settings": settings
    });
    let err = v
        .restore(&serde_json::to_vec(&x).unwrap(), None)
        .unwrap_err();
    assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
    assert!(err.to_string().contains("settings"), "{err}");
    assert!(v.settings().unwrap().is_empty());
    let huge = vec![b' '; MAX_BACKUP_BYTES as usize + 1];
    let err = v.restore(&huge, None).unwrap_err();
    assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
    assert!(err.to_string().contains("larger"), "{err}");
}

#[test]
fn markdown_reads_like_a_diary() {
    let (_dir, v) = filled();
    let md = v.export_markdown(now("2026-05-02T08:00:00+02:00")).unwrap();
    // The day as ICU4X's en-GB long date writes it.
    assert!(md.contains("### Friday, 1 May 2026"), "{md}");
    assert!(md.contains("#### 22:30 · Check-in"), "{md}");
    assert!(md.contains("Mood 4/5"));
    assert!(md.contains("- my sister called"));
    assert!(md.contains("Alcohol: since 10 January 2026"));
    assert!(md.contains("Tags: #home"));
    assert!(md.starts_with("# My Waymark journal\n"), "{md}");
}

#[test]
fn markdown_comes_in_the_locale_asked_for() {
    use crate::l10n::{Locale, Words};
    let (_dir, v) = filled();
    let t = now("2026-05-02T08:00:00+02:00");
    let cy = v.export_markdown_in(t, Words::get(Locale::Cy)).unwrap();
    assert!(cy.starts_with("# Fy nyddlyfr Waymark\n"), "{cy}");
    assert!(cy.contains("## Dyddlyfr\n"), "{cy}");
    assert!(cy.contains("· Gwirio i mewn\n"), "{cy}");
    assert!(cy.contains("Hwyliau 4/5"), "{cy}");
    assert!(!cy.contains("Journal") && !cy.contains("Friday"), "{cy}");
    let es = v.export_markdown_in(t, Words::get(Locale::Es)).unwrap();
    assert!(es.starts_with("# Mi diario de Waymark\n"), "{es}");
    assert!(es.contains("## Diario\n"), "{es}");
    assert!(es.contains("### viernes, 1 de mayo de 2026"), "{es}");
    assert!(es.contains("Etiquetas: #home"), "{es}");
    // Every heading and label comes from a message: none is left in plain English letters
    // in the pseudo-locale, once the vault's own data is taken out.
    let pseudo = v.export_markdown_in(t, &Words::pseudo()).unwrap();
    let data = v.export(t).unwrap();
    let mut left = pseudo.clone();
    let mut own: Vec<String> = Vec::new();
    for e in &data.journal {
        own.push(e.content.text.clone());
        own.extend(e.content.gratitude.iter().cloned());
        own.extend(e.content.tags.iter().cloned());
        own.extend(e.content.meeting_id.iter().cloned());
        for a in &e.content.answers {
            own.push(a.prompt.clone());
            own.push(a.answer.clone());
        }
    }
    own.extend(data.sobriety.iter().map(|d| d.label.clone()));
    for f in &data.favorites {
        own.push(f.last_known.name.clone());
        own.extend(f.last_known.location_name.iter().cloned());
        own.extend(f.last_known.address.iter().cloned());
    }
    own.sort_by_key(|o| std::cmp::Reverse(o.len()));
    for o in own.iter().filter(|o| !o.trim().is_empty()) {
        left = left.replace(o.trim(), " ");
    }
    // ICU4X's month and weekday names and the HALT acronym's letters are the locale's data.
    for icu in [
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "January",
        "May",
    ] {
        left = left.replace(icu, " ");
    }
    let words: String = left.chars().filter(char::is_ascii_alphabetic).collect();
    assert!(words.is_empty(), "leaks {words:?} in {pseudo}");
}

#[test]
fn an_invalid_entry_anywhere_in_an_export_imports_nothing() {
    let (dir, v) = filled();
    let t = now("2026-05-02T08:00:00+02:00");
    let mut x: serde_json::Value = serde_json::from_str(&v.export_json(t).unwrap()).unwrap();
    x["journal"][1]["mood"] = serde_json::json!(9);
    let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    let err = w
        .restore(x.to_string().as_bytes(), None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("journal entry 2"), "{err}");
    assert_eq!(w.entry_count().unwrap(), 0);
    assert!(w.sobriety_dates().unwrap().is_empty());
    x["journal"][1]["mood"] = serde_json::json!(3);
    x["version"] = serde_json::json!(7);
    assert!(matches!(
        w.restore(x.to_string().as_bytes(), None),
        Err(Error::BackupDamaged(_))
    ));
    assert!(matches!(
        w.restore(b"{\"not\": \"ours\"}", None),
        Err(Error::BackupDamaged(_))
    ));
}

#[test]
fn a_newer_copy_wins_an_older_one_does_not() {
    let (dir, mut v) = filled();
    let t = now("2026-05-02T08:00:00+02:00");
    let old = v.export_json(t).unwrap();
    let id = v.entries(&EntryFilter::default()).unwrap()[0].id.clone();
    v.edit_entry(
        &id,
        NewEntry::text(EntryKind::Note, "rewritten later"),
        now("2026-05-03T09:00:00+02:00"),
    )
    .unwrap();
    // Restoring the older export keeps the newer edit.
    let r = v.restore(old.as_bytes(), None).unwrap();
    assert_eq!(r.journal.updated, 0);
    assert_eq!(v.entry(&id).unwrap().content.text, "rewritten later");
    // A vault with the old copy takes the newer one.
    let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    w.restore(old.as_bytes(), None).unwrap();
    let r = w
        .restore(v.export_json(t).unwrap().as_bytes(), None)
        .unwrap();
    assert_eq!(r.journal.updated, 1);
    assert_eq!(w.entry(&id).unwrap().content.text, "rewritten later");
}

/// A vault with a saved meeting that has reminders, a daily reminder and a contact.
fn with_reminders_and_contacts() -> (tempfile::TempDir, Vault) {
    use crate::reminders::ReminderRule;
    let (dir, mut v) = filled();
    let t = now("2026-05-01T22:30:00+02:00");
    let m = crate::reminders::tests::meeting("s:tue", &[2], 19, 0, Some("Europe/London"));
    v.add_favorite(&m, t).unwrap();
    v.set_reminder(
        ReminderRule {
            meeting_id: "s:tue".into(),
            leads: vec![60, 15],
            weekdays: vec![],
            detailed: false,
            skip_occurrence: None,
        },
        t,
    )
    .unwrap();
    v.add_daily_reminder(21 * 60, "Evening check-in", t)
        .unwrap();
    v.add_contact(
        "Sam",
        crate::vault::contacts::ContactRole::Sponsor,
        "+44 7700 900123",
        t,
    )
    .unwrap();
    (dir, v)
}

#[test]
fn a_backup_carries_reminders_and_contacts_and_a_restore_brings_them_back() {
    let (_a, v) = with_reminders_and_contacts();
    let t = now("2026-05-03T09:00:00+02:00");
    let bytes = v.backup_bytes("correct horse battery", t).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut b = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    let r = b.restore(&bytes, Some("correct horse battery")).unwrap();
    assert_eq!(r.reminder_rules.added, 1);
    assert_eq!(r.daily_reminders.added, 1);
    assert_eq!(r.contacts.added, 1);
    assert_eq!(b.reminder_rules().unwrap(), v.reminder_rules().unwrap());
    assert_eq!(b.reminder_rules().unwrap()[0].leads, vec![60, 15]);
    assert_eq!(b.daily_reminders().unwrap(), v.daily_reminders().unwrap());
    assert_eq!(b.contacts().unwrap(), v.contacts().unwrap());
    assert_eq!(b.contacts().unwrap()[0].call_link, "tel:+447700900123");
    // Twice: nothing new.
    let again = b.restore(&bytes, Some("correct horse battery")).unwrap();
    assert_eq!(again.reminder_rules.added + again.contacts.added, 0);
    assert_eq!(again.reminder_rules.unchanged, 1);
    assert_eq!(b.contacts().unwrap().len(), 1);
}

#[test]
fn a_version_1_backup_without_reminders_or_contacts_still_restores() {
    let (_a, v) = filled();
    let mut x = serde_json::to_value(v.export(now("2026-05-03T09:00:00+02:00")).unwrap()).unwrap();
    let o = x.as_object_mut().unwrap();
    o.insert("version".into(), serde_json::json!(1));
    for k in ["reminder_rules", "daily_reminders", "contacts"] {
        assert!(o.remove(k).is_some(), "{k}");
    }
    let dir = tempfile::tempdir().unwrap();
    let mut b = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    let r = b.restore(x.to_string().as_bytes(), None).unwrap();
    assert_eq!(r.journal.added, 2);
    assert_eq!(r.reminder_rules, MergeCounts::default());
    assert!(b.contacts().unwrap().is_empty());
}

#[test]
fn a_bad_contact_or_reminder_in_a_backup_imports_nothing() {
    let (_a, v) = with_reminders_and_contacts();
    let good = serde_json::to_value(v.export(now("2026-05-03T09:00:00+02:00")).unwrap()).unwrap();
    let mut bad_phone = good.clone();
    bad_phone["contacts"][0]["phone"] = "call me maybe".into();
    let mut bad_lead = good.clone();
    bad_lead["reminder_rules"][0]["leads"] = serde_json::json!([100000]);
    let mut bad_daily = good;
    bad_daily["daily_reminders"][0]["minute"] = 1440.into();
    for bad in [bad_phone, bad_lead, bad_daily] {
        let dir = tempfile::tempdir().unwrap();
        let mut b = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        let e = b.restore(bad.to_string().as_bytes(), None).unwrap_err();
        assert!(matches!(e, Error::BackupDamaged(_)), "{e:?}");
        assert_eq!(b.entry_count().unwrap(), 0);
        assert!(b.contacts().unwrap().is_empty());
        assert!(b.reminder_rules().unwrap().is_empty());
    }
}

#[test]
fn after_a_restore_saved_meetings_read_not_synced_yet_until_their_feed_is_loaded() {
    use crate::vault::favorites::FavoriteStatus;
    let (_a, v) = with_reminders_and_contacts();
    let bytes = v
        .backup_bytes("correct horse battery", now("2026-05-03T09:00:00+02:00"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut b = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
    b.restore(&bytes, Some("correct horse battery")).unwrap();
    // A new phone: the directory has never synced anything.
    let directory = crate::Directory::open(dir.path().join("directory.sqlite")).unwrap();
    let favs = b
        .favorites(&directory, now("2026-05-03T09:00:00+02:00"))
        .unwrap();
    assert_eq!(favs.len(), 1);
    assert_eq!(favs[0].status, FavoriteStatus::NotSyncedYet);
    assert_eq!(favs[0].meeting.name, "Group s:tue");
}
