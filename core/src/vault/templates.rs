//! The prompts the journal offers. We wrote them ourselves, in plain words: no text from any
//! fellowship's literature (which is copyrighted, and differs between fellowships anyway).
//! Shells show them as placeholders or questions; answers are stored with the prompt as it
//! was shown ([`super::journal::PromptAnswer`]), so changing a prompt later never changes what
//! an old entry meant.

use serde::Serialize;

use super::journal::EntryKind;

/// A set of prompts for one kind of entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Template {
    /// Stable name, e.g. `nightly-review`.
    pub id: &'static str,
    /// The kind of entry it makes.
    pub kind: EntryKind,
    /// A heading.
    pub title: &'static str,
    /// The questions, in order.
    pub prompts: &'static [&'static str],
}

/// Every template, in the order the app offers them.
pub const TEMPLATES: &[Template] = &[
    Template {
        id: "daily-checkin",
        kind: EntryKind::Checkin,
        title: "Daily check-in",
        prompts: &[
            "How is your mood, from 1 to 5?",
            "How strong is any craving, from 0 to 10?",
            "Are you hungry, angry, lonely or tired right now?",
            "What would help today?",
        ],
    },
    Template {
        id: "gratitude",
        kind: EntryKind::Gratitude,
        title: "Gratitude list",
        prompts: &[
            "Something that went well today",
            "Someone you are glad is in your life",
            "Something small you noticed and liked",
        ],
    },
    Template {
        id: "nightly-review",
        kind: EntryKind::Review,
        title: "Nightly review",
        prompts: &[
            "What went well today?",
            "Was there a moment you would handle differently?",
            "Is there anyone you would like to talk to, or make something right with?",
            "What are you looking forward to tomorrow?",
        ],
    },
    Template {
        id: "meeting-reflection",
        kind: EntryKind::Meeting,
        title: "Meeting reflection",
        prompts: &[
            "What did you hear that stayed with you?",
            "How did you feel before and after the meeting?",
            "Anything you would like to try this week?",
        ],
    },
    Template {
        id: "step-work",
        kind: EntryKind::Note,
        title: "Step work notes",
        prompts: &[
            "Which step or topic are you working on?",
            "What came up for you while thinking about it?",
            "What would you like to talk over with your sponsor or a friend?",
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
