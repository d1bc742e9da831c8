//! The journal entry editor as a person sees it, over a real (SQLCipher) vault: what a
//! check-in asks, a template's prompts in each locale, an old entry keeping the prompts it
//! was written with, and an entry that is gone.

use waymark_core::screens::{editor_state, EditorState, EditorView, FieldKind, MeetingsOptions};
use waymark_core::vault::journal::{EntryKind, NewEntry, PromptAnswer};
use waymark_core::{Vault, VaultKey};

fn vault(dir: &std::path::Path) -> Vault {
    Vault::open(dir.join("v"), &VaultKey::from_bytes(&[0x33; 32]).unwrap()).unwrap()
}

fn editor(v: &Vault, view: EditorView, tag: &str) -> EditorState {
    editor_state(
        v,
        &view,
        &MeetingsOptions {
            locale: Some(tag.into()),
            ..MeetingsOptions::default()
        },
    )
}

fn new(kind: EntryKind, template: Option<&str>) -> EditorView {
    EditorView {
        kind,
        template: template.map(String::from),
        entry_id: None,
    }
}

/// (kind, label) of each field.
fn fields(s: &EditorState) -> Vec<(FieldKind, &str)> {
    s.fields
        .iter()
        .map(|f| (f.kind, f.label.as_str()))
        .collect()
}

#[test]
fn a_check_in_asks_mood_craving_halt_then_its_prompts() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let s = editor(&v, new(EntryKind::Checkin, None), "en-GB");
    assert_eq!(s.title, "New check-in");
    assert_eq!(
        fields(&s),
        [
            (FieldKind::Mood, "How is your mood?"),
            (FieldKind::Craving, "How strong is any craving?"),
            (FieldKind::Halt, "Right now, are you…"),
            (FieldKind::Prompt, "What would help today?"),
            (FieldKind::Prompt, "Anything else on your mind?"),
            (FieldKind::Text, "Anything you want to write"),
        ]
    );
    let mood = &s.fields[0];
    assert_eq!((mood.min, mood.max, mood.value), (1, 5, None));
    assert_eq!(mood.low_label.as_deref(), Some("Very low"));
    let craving = &s.fields[1];
    assert_eq!((craving.min, craving.max), (0, 10));
    assert_eq!(craving.high_label.as_deref(), Some("Overwhelming"));
    let halt: Vec<&str> = s.fields[2]
        .checks
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(halt, ["Hungry", "Angry", "Lonely", "Tired"]);
    assert_eq!(
        s.privacy_note,
        "Only you can read this. It stays on this phone, encrypted."
    );
    // The check-in template is chosen; "No prompts" is first.
    assert_eq!(s.templates[0].label, "No prompts");
    let chosen: Vec<&str> = s
        .templates
        .iter()
        .filter(|t| t.selected)
        .map(|t| t.label.as_str())
        .collect();
    assert_eq!(chosen, ["Daily check-in"]);
    assert_eq!(s.discard.cancel_label, "Keep writing");
    // "No prompts" leaves the check-in's own fields and the free text.
    let bare = editor(&v, new(EntryKind::Checkin, Some("")), "en-GB");
    assert_eq!(bare.fields.len(), 4);
    assert!(bare.templates[0].selected);
}

#[test]
fn a_template_asks_its_prompts_in_every_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    for (tag, title, first) in [
        ("en-GB", "New note", "What went well today?"),
        ("en-US", "New note", "What went well today?"),
        ("cy", "Nodyn newydd", "Beth aeth yn dda heddiw?"),
        ("es", "Nueva nota", "¿Qué salió bien hoy?"),
    ] {
        let s = editor(&v, new(EntryKind::Note, Some("nightly-review")), tag);
        assert_eq!(s.title, title, "{tag}");
        assert_eq!(s.locale, tag);
        let prompts: Vec<&str> = s
            .fields
            .iter()
            .filter(|f| f.kind == FieldKind::Prompt)
            .map(|f| f.label.as_str())
            .collect();
        assert_eq!(prompts.len(), 4, "{tag}");
        assert_eq!(prompts[0], first, "{tag}");
        // A note asks no mood or craving.
        assert!(s.fields.iter().all(|f| f.kind != FieldKind::Mood));
    }
    // A note with no template named asks only for its text.
    let plain = editor(&v, new(EntryKind::Note, None), "en-GB");
    assert_eq!(
        fields(&plain),
        [(FieldKind::Text, "Anything you want to write")]
    );
    assert_eq!(
        plain.fields[0].placeholder.as_deref(),
        Some("A few words is plenty.")
    );
    let kinds: Vec<&str> = plain.kinds.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(kinds.len(), 5);
    assert!(plain
        .kinds
        .iter()
        .any(|k| k.selected && k.kind == EntryKind::Note));
}

#[test]
fn an_old_entry_keeps_the_prompts_it_was_written_with() {
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    let written = v
        .add_entry(
            NewEntry {
                mood: Some(2),
                craving: Some(7),
                answers: vec![PromptAnswer {
                    prompt: "¿Qué te ayudaría hoy?".into(),
                    answer: "Llamar a mi madrina".into(),
                }],
                ..NewEntry::text(EntryKind::Checkin, "Un día largo")
            },
            chrono::Utc::now().fixed_offset(),
        )
        .unwrap();
    let view = EditorView {
        kind: EntryKind::Note,
        template: None,
        entry_id: Some(written.id.clone()),
    };
    // Shown in English now, but the prompt is the one it was answered under.
    let s = editor(&v, view.clone(), "en-GB");
    assert_eq!(s.title, "Edit entry");
    assert_eq!(s.kind, EntryKind::Checkin, "an entry keeps its kind");
    assert!(s.kinds.is_empty());
    assert_eq!(s.fields[0].value, Some(2));
    assert_eq!(s.fields[1].value, Some(7));
    let prompt = s
        .fields
        .iter()
        .find(|f| f.kind == FieldKind::Prompt)
        .unwrap();
    assert_eq!(
        (prompt.label.as_str(), prompt.text.as_str()),
        ("¿Qué te ayudaría hoy?", "Llamar a mi madrina")
    );
    assert_eq!(s.fields.last().unwrap().text, "Un día largo");
    // Once deleted it cannot be edited; the editor says so kindly and offers nothing to save
    // into.
    v.delete_entry(&written.id, chrono::Utc::now().fixed_offset())
        .unwrap();
    for (tag, start) in [
        ("en-GB", "This entry is not in your journal any more."),
        ("cy", "Dydy'r cofnod hwn ddim yn eich dyddlyfr mwyach."),
        ("es", "Esta entrada ya no está en tu diario."),
    ] {
        let gone = editor(&v, view.clone(), tag);
        assert!(gone.fields.is_empty());
        assert!(gone.notices[0].message.starts_with(start), "{tag}");
    }
    let unknown = EditorView {
        entry_id: Some("no-such-entry".into()),
        ..view
    };
    assert!(editor(&v, unknown, "en-GB").fields.is_empty());
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-30T21:15:00+00:00").unwrap()
}

/// Saving on a phone in `tag`, with no directory and no place.
fn at(tag: &str) -> waymark_core::screens::SaveContext<'_> {
    waymark_core::screens::SaveContext {
        directory: None,
        near: None,
        locale: Some(tag),
        now: now(),
    }
}

#[test]
fn saving_the_editor_writes_what_was_filled_in_and_an_edit_keeps_tags_and_meeting() {
    use waymark_core::screens::{save_editor, HaltItem};
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    // A new check-in, filled in as a phone would: mood, craving, one HALT box, one prompt.
    let view = new(EntryKind::Checkin, None);
    let mut s = editor(&v, view.clone(), "en-GB");
    s.fields[0].value = Some(4);
    s.fields[1].value = Some(2);
    for c in &mut s.fields[2].checks {
        c.checked = c.item == HaltItem::Tired;
    }
    s.fields[3].text = "A walk after work".into();
    s.fields[5].text = "Steady day.".into();
    let saved = save_editor(&mut v, &view, &s.fields, &at("en-GB")).unwrap();
    assert_eq!(
        saved.next_step, None,
        "mood 4, craving 2: not a hard moment"
    );
    let e = v.entry(&saved.entry.id).unwrap().content;
    assert_eq!(e.kind, EntryKind::Checkin);
    assert_eq!((e.mood, e.craving), (Some(4), Some(2)));
    assert!(e.halt.tired && !e.halt.hungry && !e.halt.angry && !e.halt.lonely);
    assert_eq!(e.text, "Steady day.");
    // The blank prompt is not kept; the answered one keeps its question.
    assert_eq!(
        e.answers,
        [PromptAnswer {
            prompt: "What would help today?".into(),
            answer: "A walk after work".into()
        }]
    );

    // An entry written elsewhere with tags and a meeting, edited through the editor in Welsh.
    let tagged = v
        .add_entry(
            NewEntry {
                tags: vec!["sponsor".into()],
                meeting_id: Some("wales:hybrid".into()),
                ..NewEntry::text(EntryKind::Meeting, "Good share tonight")
            },
            now(),
        )
        .unwrap();
    let view = EditorView {
        entry_id: Some(tagged.id.clone()),
        ..new(EntryKind::Note, None)
    };
    let mut s = editor(&v, view.clone(), "cy");
    let text = s
        .fields
        .iter_mut()
        .find(|f| f.kind == FieldKind::Text)
        .unwrap();
    text.text = "Good share tonight, and coffee after".into();
    let saved = save_editor(&mut v, &view, &s.fields, &at("cy")).unwrap();
    assert_eq!(saved.next_step, None);
    let e = v.entry(&tagged.id).unwrap();
    assert_eq!(e.content.text, "Good share tonight, and coffee after");
    assert_eq!(
        e.content.kind,
        EntryKind::Meeting,
        "the entry keeps its kind"
    );
    assert_eq!(
        e.content.tags,
        ["sponsor"],
        "tags the editor does not show are kept"
    );
    assert_eq!(e.content.meeting_id.as_deref(), Some("wales:hybrid"));
}

#[test]
fn a_bad_value_or_a_gone_entry_saves_nothing() {
    use waymark_core::screens::save_editor;
    use waymark_core::Error;
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    let view = new(EntryKind::Checkin, Some(""));
    let mut s = editor(&v, view.clone(), "en-GB");
    s.fields[0].value = Some(9); // mood is 1–5
    let err = save_editor(&mut v, &view, &s.fields, &at("en-GB")).unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
    assert_eq!(v.entries(&Default::default()).unwrap().len(), 0);
    let gone = EditorView {
        entry_id: Some("no-such-entry".into()),
        ..new(EntryKind::Note, None)
    };
    let err = save_editor(&mut v, &gone, &s.fields, &at("en-GB")).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(v.entries(&Default::default()).unwrap().len(), 0);
}

#[test]
fn a_hard_check_in_from_the_editor_brings_a_next_step_in_the_phones_language() {
    use waymark_core::screens::save_editor;
    let tmp = tempfile::tempdir().unwrap();
    let mut v = vault(tmp.path());
    let view = new(EntryKind::Checkin, Some(""));
    let mut s = editor(&v, view.clone(), "es");
    s.fields[0].value = Some(1);
    s.fields[1].value = Some(9);
    // Settings names no language: the phone's (Spanish) words the next step.
    let saved = save_editor(&mut v, &view, &s.fields, &at("es")).unwrap();
    let step = saved.next_step.expect("a hard moment brings a next step");
    let english = save_editor(&mut v, &view, &s.fields, &at("en-GB"))
        .unwrap()
        .next_step
        .unwrap();
    assert_ne!(step.message, english.message, "{}", step.message);
    assert_eq!(v.entries(&Default::default()).unwrap().len(), 2);
}

/// Changing a new entry's kind while writing keeps what the person put in: the free text
/// always, a mood and HALT boxes where the new form asks them too; nothing else is invented.
#[test]
fn switching_kind_keeps_what_was_written() {
    use waymark_core::screens::{carry_over, HaltItem};
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let mut checkin = editor(&v, new(EntryKind::Checkin, None), "en-GB").fields;
    for f in &mut checkin {
        match f.kind {
            FieldKind::Mood => f.value = Some(2),
            FieldKind::Halt => {
                for c in &mut f.checks {
                    c.checked = c.item == HaltItem::Tired;
                }
            }
            FieldKind::Text => f.text = "A long day at work.".into(),
            _ => {}
        }
    }
    // To a note: no mood or HALT there, but the words come along.
    let note = carry_over(
        &checkin,
        editor(&v, new(EntryKind::Note, None), "en-GB").fields,
    );
    let text: Vec<&str> = note
        .iter()
        .filter(|f| f.kind == FieldKind::Text)
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(text, ["A long day at work."]);
    assert!(note
        .iter()
        .all(|f| !matches!(f.kind, FieldKind::Mood | FieldKind::Halt)));
    // And back to a check-in: the words, the mood and the box ticked, all kept.
    let back = carry_over(
        &note,
        editor(&v, new(EntryKind::Checkin, None), "en-GB").fields,
    );
    let again = carry_over(&checkin, back.clone());
    assert_eq!(
        back.iter()
            .find(|f| f.kind == FieldKind::Text)
            .map(|f| f.text.as_str()),
        Some("A long day at work.")
    );
    let mood = again.iter().find(|f| f.kind == FieldKind::Mood).unwrap();
    assert_eq!(mood.value, Some(2));
    let halt = again.iter().find(|f| f.kind == FieldKind::Halt).unwrap();
    assert!(halt
        .checks
        .iter()
        .all(|c| c.checked == (c.item == HaltItem::Tired)));
    // A value outside the new scale is not carried (a craving of 9 is no mood).
    let mut odd = checkin.clone();
    for f in &mut odd {
        if f.kind == FieldKind::Mood {
            f.value = Some(9);
        }
    }
    let fresh = carry_over(
        &odd,
        editor(&v, new(EntryKind::Checkin, None), "en-GB").fields,
    );
    assert_eq!(
        fresh
            .iter()
            .find(|f| f.kind == FieldKind::Mood)
            .unwrap()
            .value,
        None
    );
    // A prompt answered, then "no prompts": the answer stays, under its question, after the
    // free text already there.
    let mut review = editor(&v, new(EntryKind::Review, Some("nightly-review")), "en-GB").fields;
    let question = review
        .iter()
        .find(|f| f.kind == FieldKind::Prompt)
        .unwrap()
        .label
        .clone();
    for f in &mut review {
        match f.kind {
            FieldKind::Prompt if f.label == question => f.text = "The walk home.".into(),
            FieldKind::Text => f.text = "Tired but fine.".into(),
            _ => {}
        }
    }
    let plain = carry_over(
        &review,
        editor(&v, new(EntryKind::Review, Some("")), "en-GB").fields,
    );
    let text = &plain
        .iter()
        .find(|f| f.kind == FieldKind::Text)
        .unwrap()
        .text;
    assert_eq!(
        text,
        &format!("Tired but fine.\n\n{question}\nThe walk home.")
    );
}
