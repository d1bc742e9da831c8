//! The prompts the journal offers. We wrote them ourselves, in plain words: no text from any
//! fellowship's literature (which is copyrighted, and differs between fellowships anyway).
//! Their words are Fluent messages (`locales/*/editor.ftl`), so every language has them;
//! a template here names them. Shells show them as questions above an answer; answers are
//! stored with the prompt as it was shown ([`super::journal::PromptAnswer`]), in the language
//! it was shown in, so changing a prompt (or the language) later never changes what an old
//! entry meant.

use serde::Serialize;

use super::journal::EntryKind;
use crate::l10n::Words;

/// A set of prompts for one kind of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Template {
    /// Stable name, e.g. `nightly-review`.
    pub id: &'static str,
    /// The kind of entry it makes.
    pub kind: EntryKind,
    /// The message id of its heading.
    pub title: &'static str,
    /// The message ids of its questions, in order.
    pub prompts: &'static [&'static str],
}

impl Template {
    /// Its heading in `w`'s language ("Nightly review").
    pub fn title_in(&self, w: &Words) -> String {
        w.text(self.title, &[])
    }

    /// Its questions in `w`'s language, in order.
    pub fn prompts_in(&self, w: &Words) -> Vec<String> {
        self.prompts.iter().map(|p| w.text(p, &[])).collect()
    }

    /// Every message id the templates use (for the test that every locale has them).
    pub fn message_ids() -> impl Iterator<Item = &'static str> {
        TEMPLATES
            .iter()
            .flat_map(|t| std::iter::once(t.title).chain(t.prompts.iter().copied()))
    }
}

/// Every template, in the order the app offers them. A check-in's mood, craving and HALT are
/// fields of their own (the editor asks them), so its template asks only what they do not.
pub const TEMPLATES: &[Template] = &[
    Template {
        id: "daily-checkin",
        kind: EntryKind::Checkin,
        title: "template-daily-checkin",
        prompts: &["template-daily-checkin-1", "template-daily-checkin-2"],
    },
    Template {
        id: "gratitude",
        kind: EntryKind::Gratitude,
        title: "template-gratitude",
        prompts: &[
            "template-gratitude-1",
            "template-gratitude-2",
            "template-gratitude-3",
        ],
    },
    Template {
        id: "nightly-review",
        kind: EntryKind::Review,
        title: "template-nightly-review",
        prompts: &[
            "template-nightly-review-1",
            "template-nightly-review-2",
            "template-nightly-review-3",
            "template-nightly-review-4",
        ],
    },
    Template {
        id: "meeting-reflection",
        kind: EntryKind::Meeting,
        title: "template-meeting-reflection",
        prompts: &[
            "template-meeting-reflection-1",
            "template-meeting-reflection-2",
            "template-meeting-reflection-3",
        ],
    },
    Template {
        id: "step-work",
        kind: EntryKind::Note,
        title: "template-step-work",
        prompts: &[
            "template-step-work-1",
            "template-step-work-2",
            "template-step-work-3",
        ],
    },
];

/// The templates for one kind of entry.
pub fn for_kind(kind: EntryKind) -> impl Iterator<Item = &'static Template> {
    TEMPLATES.iter().filter(move |t| t.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_template_and_ids_are_unique() {
        for k in EntryKind::ALL {
            assert!(for_kind(k).next().is_some(), "{k:?} has no template");
        }
        let mut ids: Vec<_> = TEMPLATES.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TEMPLATES.len());
    }
}
