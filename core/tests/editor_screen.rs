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
