//! Tests of `journal.rs`, kept beside it so the module itself stays readable.

use super::*;
use crate::vault::tests::{key, now};

fn vault() -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let v = Vault::open(dir.path().join("vault.sqlite"), &key(3)).unwrap();
    (dir, v)
}

#[test]
fn entries_keep_the_writers_offset_and_list_newest_first() {
    let (_d, mut v) = vault();
    let a = v
        .add_entry(
            NewEntry::text(EntryKind::Note, "first"),
            now("2026-03-01T23:10:00+00:00"),
        )
        .unwrap();
    let mut check = NewEntry::text(EntryKind::Checkin, "");
    check.mood = Some(2);
    check.craving = Some(7);
    check.halt = Halt::parse("lonely,t").unwrap();
    check.tags = vec!["#Evening".into(), "evening".into(), " work ".into()];
    let b = v
        .add_entry(check, now("2026-03-02T08:00:00-05:00"))
        .unwrap();
    assert_eq!(b.created_at, "2026-03-02T08:00:00-05:00");
    assert_eq!(b.content.tags, vec!["Evening", "work"]);
    assert!(a.id < b.id, "UUIDv7 ids sort by time");
    let all = v.entries(&EntryFilter::default()).unwrap();
    assert_eq!(
        all.iter().map(|e| &e.id).collect::<Vec<_>>(),
        vec![&b.id, &a.id]
    );
    let got = v.entry(&b.id).unwrap();
    assert_eq!(got, b);
    assert_eq!(got.content.halt.words(), vec!["lonely", "tired"]);
    let tagged = v
        .entries(&EntryFilter {
            tag: Some("EVENING".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(tagged.len(), 1);
    assert_eq!(v.tags().unwrap()[0], ("Evening".to_string(), 1));
}

#[test]
fn out_of_range_and_empty_entries_are_refused_with_plain_words() {
    let (_d, mut v) = vault();
    let t = now("2026-03-01T10:00:00+00:00");
    let mut e = NewEntry::text(EntryKind::Checkin, "");
    e.mood = Some(6);
    let err = v.add_entry(e, t).unwrap_err().to_string();
    assert!(err.contains("1 to 5"), "{err}");
    let mut e = NewEntry::text(EntryKind::Checkin, "");
    e.craving = Some(11);
    assert!(v.add_entry(e, t).is_err());
    let err = v
        .add_entry(NewEntry::text(EntryKind::Note, "   "), t)
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)));
    assert!(v
        .add_entry(
            NewEntry::text(EntryKind::Note, "x".repeat(MAX_TEXT_CHARS + 1)),
            t
        )
        .is_err());
    assert_eq!(v.entry_count().unwrap(), 0);
}

#[test]
fn search_finds_words_in_text_lists_and_tags_without_accents_and_skips_the_trash() {
    let (_d, mut v) = vault();
    let t = now("2026-03-01T10:00:00+01:00");
    let mut g = NewEntry::text(EntryKind::Gratitude, "");
    g.gratitude = vec!["café with my sponsor".into(), "sunshine".into()];
    let g = v.add_entry(g, t).unwrap();
    let mut n = NewEntry::text(EntryKind::Note, "hard day at work");
    n.tags = vec!["resentment".into()];
    let n = v.add_entry(n, t).unwrap();
    assert_eq!(v.search_entries("cafe", 0).unwrap()[0].id, g.id);
    assert_eq!(v.search_entries("sponsor CAF", 0).unwrap().len(), 1);
    assert!(v.search_entries("spons cafe", 0).unwrap().is_empty());
    assert_eq!(v.search_entries("resent", 0).unwrap()[0].id, n.id);
    assert!(v
        .search_entries("\"); DROP TABLE journal; --", 0)
        .unwrap()
        .is_empty());
    assert!(v.search_entries("  ", 0).is_err());

    v.delete_entry(&n.id, now("2026-03-02T10:00:00+01:00"))
        .unwrap();
    assert!(v.search_entries("resent", 0).unwrap().is_empty());
    assert!(v.entries(&EntryFilter::default()).unwrap().len() == 1);
    let trash = v
        .entries(&EntryFilter {
            trash: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(trash[0].id, n.id);
    assert_eq!(trash[0].deleted_at.as_deref(), Some("2026-03-02T09:00:00Z"));
    v.restore_entry(&n.id).unwrap();
    assert_eq!(v.search_entries("resent", 0).unwrap()[0].id, n.id);
}

#[test]
fn trash_is_purged_after_thirty_days_not_before() {
    let (_d, mut v) = vault();
    let e = v
        .add_entry(
            NewEntry::text(EntryKind::Note, "gone soon"),
            now("2026-01-01T10:00:00+00:00"),
        )
        .unwrap();
    v.delete_entry(&e.id, now("2026-01-02T10:00:00+00:00"))
        .unwrap();
    assert_eq!(v.purge_trash(now("2026-01-31T09:59:59+00:00")).unwrap(), 0);
    assert!(v.entry(&e.id).is_ok());
    assert_eq!(v.purge_trash(now("2026-02-01T11:00:00+01:00")).unwrap(), 1);
    assert!(matches!(v.entry(&e.id), Err(Error::NotFound(_))));
    assert!(matches!(
        v.delete_entry(&e.id, now("2026-02-02T00:00:00Z")),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn edit_keeps_id_and_creation_and_reindexes() {
    let (_d, mut v) = vault();
    let e = v
        .add_entry(
            NewEntry::text(EntryKind::Note, "walked to the meeting"),
            now("2026-01-01T10:00:00+00:00"),
        )
        .unwrap();
    let mut changed = NewEntry::text(EntryKind::Meeting, "drove with a friend");
    changed.meeting_id = Some("aasepia/some-group".into());
    let edited = v
        .edit_entry(&e.id, changed, now("2026-01-01T21:00:00+01:00"))
        .unwrap();
    assert_eq!(edited.id, e.id);
    assert_eq!(edited.created_at, e.created_at);
    assert_eq!(edited.edited_at, "2026-01-01T21:00:00+01:00");
    assert!(v.search_entries("walked", 0).unwrap().is_empty());
    assert_eq!(v.search_entries("friend", 0).unwrap().len(), 1);
    let about = v
        .entries(&EntryFilter {
            meeting_id: Some("aasepia/some-group".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(about.len(), 1);
}
