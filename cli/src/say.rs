//! The terminal's own words, in the person's language: confirmations, sync reports, hints on
//! empty lists, the operator commands' output.
//!
//! Why one place: every sentence the CLI prints around the screens is a Fluent message
//! (`locales/*/cli.ftl`, ids in `waymark_core::l10n::cli`), worded in the `--locale` (else the
//! system's), so `waymark --locale cy sync` speaks Welsh and no English literal hides in the
//! code. `--json` never goes through here: scripts see the same keys and values in any
//! language. Command names, flags and paths stay literal inside the messages.

use std::sync::OnceLock;

pub use waymark_core::l10n::cli as ids;
use waymark_core::l10n::{Arg, Locale, Words};

static WORDS: OnceLock<&'static Words> = OnceLock::new();

/// Chooses the language of everything printed from here on (called once, at start-up).
pub fn set(locale: Locale) {
    let _ = WORDS.set(Words::get(locale));
}

/// The words in use: the chosen locale's, else en-GB's.
pub fn words() -> &'static Words {
    WORDS
        .get()
        .copied()
        .unwrap_or_else(|| Words::get(Locale::EnGb))
}

/// A message whose values are ids, paths, numbers or commands: shown as they are, with no
/// invisible marks (a copied id or command still works).
pub fn own(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    words().own(id, args)
}

/// The variables that hold a name or a note from a feed, a server or the person (any language
/// or script); the others hold ids, paths, numbers and our own words.
const NAMES: &[&str] = &[
    "name", "meeting", "label", "reason", "note", "tags", "phone",
];

/// A message with a name or a note in it (a meeting's name, a person's label, a server's
/// reason): those values (see `NAMES`) are isolated with Unicode marks (FSI … PDI) so a name
/// in Arabic or Hebrew script keeps its direction inside the sentence; ids, paths and numbers
/// stay bare, so a copied id or command still works.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let isolated: Vec<(String, bool)> = args
        .iter()
        .map(|(key, value)| match value {
            Arg::Text(v) if NAMES.contains(key) => (format!("\u{2068}{v}\u{2069}"), true),
            _ => (String::new(), false),
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .zip(&isolated)
        .map(|((key, value), (wrapped, is))| (*key, if *is { Arg::Text(wrapped) } else { *value }))
        .collect();
    words().own(id, &args)
}

/// A count as a message's variable (it picks the plural form).
pub fn n(count: impl TryInto<i64>) -> Arg<'static> {
    Arg::Number(count.try_into().unwrap_or(i64::MAX))
}

/// A value shown as it is.
pub fn t(value: &str) -> Arg<'_> {
    Arg::Text(value)
}
