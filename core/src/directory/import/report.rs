//! What an import did: accepted, skipped (with key and reason), warnings, and timings.
//!
//! Warnings that apply to many entries for the same cause (no time zone anywhere, a server that
//! sends no durations) are folded into one line with a count, so a report stays readable.

use std::collections::HashMap;

use serde::Serialize;

use crate::l10n::Phrase;

/// An entry that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedEntry {
    /// The entry's key in the feed (slug / id), its name when it has no key, or its place in
    /// the feed (`#7`, counted from 1) when it has neither.
    pub key: String,
    /// Plain-language reason, in en-GB (what `--json` and logs keep).
    pub reason: String,
    /// The reason as a message id and its values (`locales/*/import.ftl`), for wording it in
    /// the reader's language; serialised as `id` and `values` beside `reason`.
    #[serde(flatten)]
    pub words: Phrase,
}

/// What kind of warning, so similar ones can be counted together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// Neither the meeting nor the source has a time zone.
    NoTimezone,
    /// Neither the meeting nor the source has a time zone; it was worked out from the
    /// meeting's coordinates.
    ZoneFromMap,
    /// The feed names a zone we do not know.
    UnknownTimezone,
    /// Coordinates missing parts, 0,0, out of range or a placeholder.
    CoordinatesRejected,
    /// A type code that means nothing to us (kept raw).
    UnknownType,
    /// Types that contradict each other (open and closed).
    ConflictingTypes,
    /// End time unreadable, equal to the start, or an AM/PM slip.
    BadEndTime,
    /// No duration given by a format that normally has one.
    DefaultDuration,
    /// No slug; a key was derived.
    MissingKey,
    /// A slug seen before in the same feed.
    DuplicateKey,
    /// `updated` unreadable.
    BadUpdated,
    /// A conference link that is not a web address.
    BadLink,
    /// Listed as online only (by its address or name) but with no link or phone number.
    OnlineWithoutLink,
    /// A BMLT format id with no known meaning.
    UnmappedFormat,
}

/// One warning: about one entry (`key` set, `count` 1) or folded over many (`key` empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportWarning {
    /// The entry it is about, when it is about one.
    pub key: Option<String>,
    /// Kind, for grouping.
    pub kind: WarningKind,
    /// Plain-language message, in en-GB (what `--json` and logs keep).
    pub message: String,
    /// How many entries it applies to.
    pub count: u64,
    /// The message as an id and its values (`locales/*/import.ftl`), for wording it in the
    /// reader's language; serialised as `id` and `values` beside `message`.
    #[serde(flatten)]
    pub words: Phrase,
}

/// Where the import's time went, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportTimings {
    /// Reading and decoding the file (JSON/CSV), excluding the other phases.
    pub parse_ms: f64,
    /// Turning raw entries into meetings.
    pub normalise_ms: f64,
    /// Writing meeting rows.
    pub write_ms: f64,
    /// Building the time, spatial and full-text indexes, and committing.
    pub index_ms: f64,
    /// Wall time from the first byte to queryable. Parsing and writing run on two threads at
    /// once, so this is less than the sum of the phases.
    pub total_ms: f64,
}

/// The outcome of importing one source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// Source id.
    pub source: String,
    /// Format that was read (`meeting-guide`, `bmlt`, `tsml-csv`).
    pub format: String,
    /// Meetings now in the directory from this source.
    pub accepted: u64,
    /// Meetings new since the previous snapshot.
    pub added: u64,
    /// Meetings whose details changed.
    pub updated: u64,
    /// Meetings no longer in the feed (kept as "no longer listed").
    pub removed: u64,
    /// Meetings exactly as before.
    pub unchanged: u64,
    /// Entries not imported, each with a reason.
    pub skipped: Vec<SkippedEntry>,
    /// Things worth knowing about accepted entries.
    pub warnings: Vec<ImportWarning>,
    /// Time per phase.
    pub timings: ImportTimings,
    /// The server said the feed has not changed since the last import; nothing was read.
    pub not_modified: bool,
    #[serde(skip)]
    folded: HashMap<WarningKind, usize>,
}

/// Kinds that are folded into one line instead of one per entry.
fn folds(kind: WarningKind) -> bool {
    matches!(
        kind,
        WarningKind::NoTimezone
            | WarningKind::ZoneFromMap
            | WarningKind::DefaultDuration
            | WarningKind::UnmappedFormat
    )
}

/// The longest name a skipped entry is reported under, in characters: a key or name from a
/// broken or hostile feed is cut there (with "…"), so one entry cannot flood a sync's report.
pub const MAX_SKIP_KEY_CHARS: usize = 120;

impl ImportReport {
    /// An empty report for `source` in `format`.
    pub fn new(source: &str, format: &str) -> Self {
        Self {
            source: source.to_string(),
            format: format.to_string(),
            accepted: 0,
            added: 0,
            updated: 0,
            removed: 0,
            unchanged: 0,
            skipped: Vec::new(),
            warnings: Vec::new(),
            timings: ImportTimings::default(),
            not_modified: false,
            folded: HashMap::new(),
        }
    }

    /// Records a warning. Kinds that apply feed-wide are counted on one line.
    /// The en-GB sentence is made only for a line that is kept (a folded kind's later
    /// entries just count).
    pub fn warn(&mut self, key: Option<&str>, kind: WarningKind, words: Phrase) {
        if key.is_none() || folds(kind) {
            if let Some(i) = self.folded.get(&kind) {
                self.warnings[*i].count += 1;
                return;
            }
            self.folded.insert(kind, self.warnings.len());
            self.warnings.push(ImportWarning {
                key: None,
                kind,
                message: words.en_gb(),
                count: 1,
                words,
            });
            return;
        }
        self.warnings.push(ImportWarning {
            key: key.map(String::from),
            kind,
            message: words.en_gb(),
            count: 1,
            words,
        });
    }

    /// [`ImportReport::skip`] for entry number `place` of the feed (from 1), named by `key` as
    /// the feed wrote it (a key, or a name). It comes from the feed, so it is made one line
    /// with no control characters (no terminal escapes) and cut to [`MAX_SKIP_KEY_CHARS`]; with
    /// nothing left, the entry is named by its place, `#7`, the same in every language.
    pub fn skip_entry(&mut self, key: String, place: usize, reason: Phrase) {
        let key = match super::normalize::clean(Some(key)) {
            Some(k) if k.chars().count() > MAX_SKIP_KEY_CHARS => {
                let cut: String = k.chars().take(MAX_SKIP_KEY_CHARS).collect();
                format!("{}…", cut.trim_end())
            }
            Some(k) => k,
            None => format!("#{place}"),
        };
        self.skip(key, reason);
    }

    /// Records a skipped entry and why (a message of `locales/*/import.ftl`).
    pub fn skip(&mut self, key: String, reason: Phrase) {
        self.skipped.push(SkippedEntry {
            key,
            reason: reason.en_gb(),
            words: reason,
        });
    }

    /// Total entries a warning applies to.
    pub fn warning_count(&self) -> u64 {
        self.warnings.iter().map(|w| w.count).sum()
    }
}
