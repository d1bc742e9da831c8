//! The entry editor: what to ask when someone writes a journal entry or a check-in, and how.
//!
//! A check-in asks mood (1–5), craving (0–10) and the HALT check as fields of their own,
//! because the next-step suggestion reads them; every kind can follow a template's prompts,
//! each a question above an answer. Editing an entry shows its answers under the prompts as
//! they were shown when it was written (in that language), never today's wording, so an old
//! entry keeps its meaning. The prompts and every label are Fluent messages
//! (`locales/*/editor.ftl`).

use serde::Serialize;

use super::journal::{kind_id, JournalKindChoice};
use super::meetings::MeetingsOptions;
use super::{Confirmation, Notice, NoticeKind};
use crate::directory::Directory;
use crate::l10n::{negotiate, Arg, Words};
use crate::support::error::{Error, Result};
use crate::vault::journal::{EntryKind, Halt, NewEntry, PromptAnswer};
use crate::vault::next_step::CheckinResult;
use crate::vault::templates::{for_kind, Template, TEMPLATES};
use crate::vault::Vault;
use crate::GeoPoint;

/// The editor's message ids (`locales/*/editor.ftl`), with the templates' own.
pub(crate) mod ids {
    crate::l10n::message_ids! {
        /// Every id below.
        pub IDS;
        /// `editor-title-new`.
        pub TITLE_NEW = "editor-title-new";
        /// `editor-title-edit`.
        pub TITLE_EDIT = "editor-title-edit";
        /// `editor-mood`.
        pub MOOD = "editor-mood";
        /// `editor-mood-low`.
        pub MOOD_LOW = "editor-mood-low";
        /// `editor-mood-high`.
        pub MOOD_HIGH = "editor-mood-high";
        /// `editor-craving`.
        pub CRAVING = "editor-craving";
        /// `editor-craving-low`.
        pub CRAVING_LOW = "editor-craving-low";
        /// `editor-craving-high`.
        pub CRAVING_HIGH = "editor-craving-high";
        /// `editor-halt`.
        pub HALT = "editor-halt";
        /// `editor-hungry`.
        pub HUNGRY = "editor-hungry";
        /// `editor-angry`.
        pub ANGRY = "editor-angry";
        /// `editor-lonely`.
        pub LONELY = "editor-lonely";
        /// `editor-tired`.
        pub TIRED = "editor-tired";
        /// `editor-text`.
        pub TEXT = "editor-text";
        /// `editor-text-placeholder`.
        pub TEXT_PLACEHOLDER = "editor-text-placeholder";
        /// `editor-no-prompts`.
        pub NO_PROMPTS = "editor-no-prompts";
        /// `editor-privacy`.
        pub PRIVACY = "editor-privacy";
        /// `editor-save`.
        pub SAVE = "editor-save";
        /// `editor-cancel`.
        pub CANCEL = "editor-cancel";
        /// `editor-discard-title`.
        pub DISCARD_TITLE = "editor-discard-title";
        /// `editor-discard`.
        pub DISCARD = "editor-discard";
        /// `editor-discard-yes`.
        pub DISCARD_YES = "editor-discard-yes";
        /// `editor-discard-no`.
        pub DISCARD_NO = "editor-discard-no";
        /// `editor-not-found`.
        pub NOT_FOUND = "editor-not-found";
        /// `editor-error`.
        pub ERROR = "editor-error";
    }
}

use ids::*;

/// What the editor is for: a new entry of a kind (with a template's prompts, or the kind's
/// first template when none is named), or an existing entry.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorView {
    /// The kind of a new entry (ignored when editing: the entry keeps its kind).
    pub kind: EntryKind,
    /// The template whose prompts to ask (`nightly-review`); absent: the kind's first for a
    /// check-in, none for other kinds; `""`: no prompts.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub template: Option<String>,
    /// The entry to edit, by id.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub entry_id: Option<String>,
}

/// What kind of input a field is.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FieldKind {
    /// Mood, a scale from `min` to `max` (1–5).
    Mood,
    /// Craving, a scale from `min` to `max` (0–10).
    Craving,
    /// The HALT check: four boxes.
    Halt,
    /// A prompt's question (`label`) and its answer (`text`).
    Prompt,
    /// Free text.
    Text,
}

/// One of the HALT boxes.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HaltItem {
    /// Hungry.
    Hungry,
    /// Angry.
    Angry,
    /// Lonely.
    Lonely,
    /// Tired.
    Tired,
}

/// A box to tick.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    /// Which one.
    pub item: HaltItem,
    /// Its words.
    pub label: String,
    /// Whether it is ticked.
    pub checked: bool,
}

/// One thing the editor asks.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditorField {
    /// What kind of input.
    pub kind: FieldKind,
    /// The question or label above it.
    pub label: String,
    /// The hint inside an empty text field.
    pub placeholder: Option<String>,
    /// The text so far (an answer, or the free text).
    pub text: String,
    /// A scale's value so far.
    pub value: Option<u8>,
    /// A scale's lowest value.
    pub min: u8,
    /// A scale's highest value.
    pub max: u8,
    /// Words at the low end of a scale ("Very low", "None").
    pub low_label: Option<String>,
    /// Words at the high end ("Very good", "Overwhelming").
    pub high_label: Option<String>,
    /// The HALT boxes.
    pub checks: Vec<CheckItem>,
}

/// A template the person can switch to.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateChoice {
    /// Its id, for `EditorView::template` (`""` for "No prompts").
    pub id: String,
    /// Its heading ("Nightly review").
    pub label: String,
    /// Whether its prompts are shown.
    pub selected: bool,
}

/// Everything the entry editor shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditorState {
    /// "New check-in", "Edit entry".
    pub title: String,
    /// The entry's kind.
    pub kind: EntryKind,
    /// The kinds to switch to (a new entry only; empty when editing).
    pub kinds: Vec<JournalKindChoice>,
    /// Prompts to follow: "No prompts" and every template, this kind's first.
    pub templates: Vec<TemplateChoice>,
    /// The fields in order.
    pub fields: Vec<EditorField>,
    /// "Only you can read this…".
    pub privacy_note: String,
    /// The save button.
    pub save_label: String,
    /// The cancel button.
    pub cancel_label: String,
    /// What to ask when leaving with unsaved words.
    pub discard: Confirmation,
    /// An entry that is gone, or a read that failed (then no fields).
    pub notices: Vec<Notice>,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// The entry editor for `view`, in `options.locale`.
pub fn editor_state(vault: &Vault, view: &EditorView, options: &MeetingsOptions) -> EditorState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    editor_state_in(vault, view, w)
}

/// [`editor_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn editor_state_in(vault: &Vault, view: &EditorView, w: &Words) -> EditorState {
    let existing = match &view.entry_id {
        None => None,
        Some(id) => match vault.entry(id) {
            Ok(e) if e.deleted_at.is_none() => Some(e.content),
            Ok(_) | Err(Error::NotFound(_)) => {
                return notice_only(w, view.kind, NoticeKind::Empty, NOT_FOUND)
            }
            Err(_) => return notice_only(w, view.kind, NoticeKind::Error, ERROR),
        },
    };
    let kind = existing.as_ref().map_or(view.kind, |e| e.kind);
    let template = chosen_template(kind, view.template.as_deref(), existing.is_some());
    let mut state = base(w, kind);
    state.title = match existing {
        Some(_) => w.text(TITLE_EDIT, &[]),
        None => w.own(TITLE_NEW, &[("kind", Arg::Text(kind.as_str()))]),
    };
    if existing.is_none() {
        state.kinds = EntryKind::ALL
            .iter()
            .map(|k| JournalKindChoice {
                kind: *k,
                label: w.text(kind_id(*k), &[]),
                selected: *k == kind,
            })
            .collect();
    }
    state.templates = std::iter::once(TemplateChoice {
        id: String::new(),
        label: w.text(NO_PROMPTS, &[]),
        selected: template.is_none(),
    })
    .chain(
        for_kind(kind)
            .chain(TEMPLATES.iter().filter(|t| t.kind != kind))
            .map(|t| TemplateChoice {
                id: t.id.to_string(),
                label: t.title_in(w),
                selected: template.is_some_and(|c| c.id == t.id),
            }),
    )
    .collect();
    let empty = NewEntry::text(kind, "");
    let entry = existing.as_ref().unwrap_or(&empty);
    if kind == EntryKind::Checkin {
        state.fields.push(scale(
            w,
            FieldKind::Mood,
            (MOOD, MOOD_LOW, MOOD_HIGH),
            (1, 5),
            entry.mood,
        ));
        state.fields.push(scale(
            w,
            FieldKind::Craving,
            (CRAVING, CRAVING_LOW, CRAVING_HIGH),
            (0, 10),
            entry.craving,
        ));
        let h = &entry.halt;
        let check = |item, id: &str, checked| CheckItem {
            item,
            label: w.text(id, &[]),
            checked,
        };
        state.fields.push(EditorField {
            checks: vec![
                check(HaltItem::Hungry, HUNGRY, h.hungry),
                check(HaltItem::Angry, ANGRY, h.angry),
                check(HaltItem::Lonely, LONELY, h.lonely),
                check(HaltItem::Tired, TIRED, h.tired),
            ],
            ..field(FieldKind::Halt, w.text(HALT, &[]))
        });
    }
    // An entry being edited keeps the prompts it was written with; a new one asks the
    // template's, in today's words.
    let prompts: Vec<(String, String)> = match existing {
        Some(_) => entry
            .answers
            .iter()
            .map(|a| (a.prompt.clone(), a.answer.clone()))
            .collect(),
        None => template
            .map(|t| t.prompts_in(w))
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p, String::new()))
            .collect(),
    };
    for (prompt, answer) in prompts {
        state.fields.push(EditorField {
            text: answer,
            ..field(FieldKind::Prompt, prompt)
        });
    }
    state.fields.push(EditorField {
        placeholder: Some(w.text(TEXT_PLACEHOLDER, &[])),
        text: entry.text.clone(),
        ..field(FieldKind::Text, w.text(TEXT, &[]))
    });
    state
}

/// Where and when the editor saves, beside what was written.
pub struct SaveContext<'a> {
    /// The meeting directory, for a hard check-in's next meetings.
    pub directory: Option<&'a Directory>,
    /// Where the phone is, only if the person shares it, for meetings near them.
    pub near: Option<GeoPoint>,
    /// The phone's language tag, for the next step when Settings names none.
    pub locale: Option<&'a str>,
    /// The writer's local time and offset.
    pub now: chrono::DateTime<chrono::FixedOffset>,
}

/// Saves what the person wrote in the editor for `view`: `fields` are the editor's fields as
/// they filled them in (the state's, with `text`, `value` and `checks` changed). A new entry is
/// added, and a hard check-in brings its next step (see [`Vault::add_checkin`]); an existing
/// one is changed, keeping what the editor does not show (its tags, the meeting it is about,
/// its gratitude list), so nothing is lost by editing on a phone. A prompt left blank is not
/// kept. Values out of range, an entry gone or in the trash: a typed error, and nothing is
/// written.
pub fn save_editor(
    vault: &mut Vault,
    view: &EditorView,
    fields: &[EditorField],
    at: &SaveContext<'_>,
) -> Result<CheckinResult> {
    let now = at.now;
    let stored = match &view.entry_id {
        Some(id) => Some(vault.entry(id)?.content),
        None => None,
    };
    let mut entry = stored.unwrap_or_else(|| NewEntry::text(view.kind, ""));
    let field = |kind: FieldKind| fields.iter().find(|f| f.kind == kind);
    if let Some(text) = field(FieldKind::Text) {
        entry.text = text.text.clone();
    }
    if entry.kind == EntryKind::Checkin {
        entry.mood = field(FieldKind::Mood).and_then(|f| f.value);
        entry.craving = field(FieldKind::Craving).and_then(|f| f.value);
        if let Some(halt) = field(FieldKind::Halt) {
            let ticked = |item| halt.checks.iter().any(|c| c.item == item && c.checked);
            entry.halt = Halt {
                hungry: ticked(HaltItem::Hungry),
                angry: ticked(HaltItem::Angry),
                lonely: ticked(HaltItem::Lonely),
                tired: ticked(HaltItem::Tired),
            };
        }
    }
    entry.answers = fields
        .iter()
        .filter(|f| f.kind == FieldKind::Prompt && !f.text.trim().is_empty())
        .map(|f| PromptAnswer {
            prompt: f.label.clone(),
            answer: f.text.clone(),
        })
        .collect();
    let entry = match &view.entry_id {
        Some(id) => vault.edit_entry(id, entry, now)?,
        None => vault.add_entry(entry, now)?,
    };
    // A new check-in may bring a next step; an edit never does (the moment has passed).
    let next_step = match view.entry_id {
        Some(_) => None,
        None => {
            let fallback = negotiate(at.locale.unwrap_or_default()).locale;
            vault.next_step_in(&entry, at.directory, at.near, now, fallback)?
        }
    };
    Ok(CheckinResult { entry, next_step })
}

/// What stays when a new entry changes kind or template while being written: each field of the
/// new form (`fresh`) takes what was filled in a field of the old one (`typed`) with the same
/// kind and question (a mood already chosen, a prompt answered, the HALT boxes). Words with
/// no such place (free text under another label, a prompt the new form does not ask, with its
/// question) go to the end of the new form's first free-text field, so nothing written is
/// lost while the new form has free text.
pub fn carry_over(typed: &[EditorField], fresh: Vec<EditorField>) -> Vec<EditorField> {
    let mut used = vec![false; typed.len()];
    let mut out = fresh;
    for f in &mut out {
        let same = typed
            .iter()
            .enumerate()
            .find(|(i, t)| !used[*i] && t.kind == f.kind && t.label == f.label);
        if let Some((i, t)) = same {
            used[i] = true;
            take(f, t);
        }
    }
    let leftovers: Vec<String> = typed
        .iter()
        .enumerate()
        .filter(|(i, t)| !used[*i] && !t.text.trim().is_empty())
        .filter_map(|(_, t)| match t.kind {
            FieldKind::Text => Some(t.text.trim().to_string()),
            FieldKind::Prompt => Some(format!("{}\n{}", t.label, t.text.trim())),
            _ => None,
        })
        .collect();
    if let Some(f) = out.iter_mut().find(|f| f.kind == FieldKind::Text) {
        for words in leftovers {
            if f.text.trim().is_empty() {
                f.text = words;
            } else {
                f.text = format!("{}\n\n{words}", f.text.trim_end());
            }
        }
    }
    out
}

/// Copies what was filled in `from` into `to` (same kind): the text, a scale's value within
/// the new scale, the boxes ticked.
fn take(to: &mut EditorField, from: &EditorField) {
    to.text = from.text.clone();
    to.value = from.value.filter(|v| (to.min..=to.max).contains(v));
    for c in &mut to.checks {
        if let Some(old) = from.checks.iter().find(|o| o.item == c.item) {
            c.checked = old.checked;
        }
    }
}

/// The template to show: the one asked for (`""`: none), else a new check-in's first.
fn chosen_template(
    kind: EntryKind,
    asked: Option<&str>,
    editing: bool,
) -> Option<&'static Template> {
    match asked {
        Some(id) => TEMPLATES.iter().find(|t| t.id == id),
        None if !editing && kind == EntryKind::Checkin => for_kind(kind).next(),
        None => None,
    }
}

fn field(kind: FieldKind, label: String) -> EditorField {
    EditorField {
        kind,
        label,
        placeholder: None,
        text: String::new(),
        value: None,
        min: 0,
        max: 0,
        low_label: None,
        high_label: None,
        checks: Vec::new(),
    }
}

fn scale(
    w: &Words,
    kind: FieldKind,
    (label, low, high): (&str, &str, &str),
    (min, max): (u8, u8),
    value: Option<u8>,
) -> EditorField {
    EditorField {
        value,
        min,
        max,
        low_label: Some(w.text(low, &[])),
        high_label: Some(w.text(high, &[])),
        ..field(kind, w.text(label, &[]))
    }
}

fn base(w: &Words, kind: EntryKind) -> EditorState {
    EditorState {
        title: String::new(),
        kind,
        kinds: Vec::new(),
        templates: Vec::new(),
        fields: Vec::new(),
        privacy_note: w.text(PRIVACY, &[]),
        save_label: w.text(SAVE, &[]),
        cancel_label: w.text(CANCEL, &[]),
        discard: Confirmation {
            title: w.text(DISCARD_TITLE, &[]),
            message: w.text(DISCARD, &[]),
            confirm_label: w.text(DISCARD_YES, &[]),
            cancel_label: w.text(DISCARD_NO, &[]),
        },
        notices: Vec::new(),
        locale: w.locale().tag().to_string(),
    }
}

fn notice_only(w: &Words, kind: EntryKind, notice: NoticeKind, id: &str) -> EditorState {
    let mut state = base(w, kind);
    state.title = w.text(TITLE_EDIT, &[]);
    state.notices.push(Notice {
        kind: notice,
        title: None,
        message: w.text(id, &[]),
    });
    state
}
