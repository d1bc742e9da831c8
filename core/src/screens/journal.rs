//! The Journal screen: entries newest first under day headings ("Today", "Yesterday",
//! "Tue 24 Nov"), search as you type, a filter per kind, the trash, and what to say when
//! there is nothing yet.
//!
//! Nothing here leaves the vault: the preview of an entry is its own first line, shown only
//! inside the app. A check-in with no text is previewed by its mood and craving, in words.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::words::*;
use super::{Notice, NoticeKind};
use crate::l10n::{negotiate, Arg, Words};
use crate::vault::journal::{EntryFilter, EntryKind, JournalEntry, TRASH_DAYS};
use crate::vault::Vault;

/// Longest preview of an entry, in graphemes.
pub const PREVIEW_GRAPHEMES: usize = 120;

/// Entries the screen lists at most (newest first).
pub const JOURNAL_ROWS: usize = 200;

/// What the Journal screen is showing.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalView {
    /// Search text as typed (every word must appear; the last also as a prefix).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub search: String,
    /// Only this kind of entry.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub kind: Option<EntryKind>,
    /// The trash instead of the journal.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub trash: bool,
}

/// What a person can do with one entry in the list.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum JournalRowAction {
    /// Open it in the editor (`PrivateVault.entry_editor`); the journal only.
    Open,
    /// Move it to the trash (`PrivateVault.delete_entry`); the journal only.
    MoveToTrash,
    /// Take it back out of the trash (`PrivateVault.restore_entry`); the trash only.
    Restore,
}

/// A button on a journal row.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalRowActionItem {
    /// What it does.
    pub action: JournalRowAction,
    /// Its words.
    pub label: String,
}

/// One entry in the list.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalRow {
    /// The entry's id, to open, delete or restore it.
    pub id: String,
    /// Its kind, for an icon.
    pub kind: EntryKind,
    /// Its kind in words: "Check-in", "Gratitude".
    pub kind_label: String,
    /// When it was written, the time alone ("21:05", "9:05 PM").
    pub time: String,
    /// Its first line, cut to [`PREVIEW_GRAPHEMES`]; for a check-in with no text, its mood
    /// and craving in words.
    pub preview: String,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// Its buttons, in order: open and move to the trash in the journal, restore in the trash
    /// (an entry in the trash is not opened).
    pub actions: Vec<JournalRowActionItem>,
}

/// A day's entries.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalDay {
    /// "Today", "Yesterday" or the date ("Tue 24 Nov").
    pub heading: String,
    /// Its entries, newest first.
    pub rows: Vec<JournalRow>,
}

/// A kind the person can filter by or start writing.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalKindChoice {
    /// The kind.
    pub kind: EntryKind,
    /// Its words.
    pub label: String,
    /// Whether the list is filtered to it.
    pub selected: bool,
}

/// Everything the Journal screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalState {
    /// "Journal", or "Trash".
    pub title: String,
    /// The hint in the empty search field.
    pub search_placeholder: String,
    /// The kinds, to filter by (and to start a new entry of).
    pub kinds: Vec<JournalKindChoice>,
    /// The entries by day, newest first.
    pub days: Vec<JournalDay>,
    /// Instead of or above the entries: nothing written yet, nothing matches, how long the
    /// trash keeps entries, or a read that failed.
    pub notices: Vec<Notice>,
    /// The words of the button that writes a new entry.
    pub write_label: String,
    /// The words of the button that opens the trash, or goes back from it.
    pub trash_label: String,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// The Journal screen's state for `view`, at `options.at` (now when absent), days in the
/// viewer's zone.
pub fn journal_state(vault: &Vault, view: &JournalView, options: &MeetingsOptions) -> JournalState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    journal_state_in(vault, view, options, w)
}

/// [`journal_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn journal_state_in(
    vault: &Vault,
    view: &JournalView,
    options: &MeetingsOptions,
    w: &Words,
) -> JournalState {
    let at = options.at.unwrap_or_else(Utc::now);
    let zone = options.zone();
    let mut state = JournalState {
        title: w.text(
            if view.trash {
                JOURNAL_TRASH_TITLE
            } else {
                JOURNAL_TITLE
            },
            &[],
        ),
        search_placeholder: w.text(JOURNAL_SEARCH_PLACEHOLDER, &[]),
        kinds: EntryKind::ALL
            .iter()
            .map(|k| JournalKindChoice {
                kind: *k,
                label: w.text(kind_id(*k), &[]),
                selected: view.kind == Some(*k),
            })
            .collect(),
        days: Vec::new(),
        notices: Vec::new(),
        write_label: w.text(ACTION_WRITE, &[]),
        trash_label: w.text(
            if view.trash {
                ACTION_BACK_TO_JOURNAL
            } else {
                ACTION_OPEN_TRASH
            },
            &[],
        ),
        locale: w.locale().tag().to_string(),
    };
    let search = view.search.trim();
    let read = if !search.is_empty() && !view.trash {
        vault.search_entries(search, JOURNAL_ROWS).map(|mut e| {
            if let Some(k) = view.kind {
                e.retain(|x| x.content.kind == k);
            }
            e
        })
    } else {
        vault.entries(&EntryFilter {
            kind: view.kind,
            trash: view.trash,
            limit: JOURNAL_ROWS,
            ..EntryFilter::default()
        })
    };
    let notice = |kind, title: Option<&str>, id: &str, args: &[(&str, Arg)]| Notice {
        kind,
        title: title.map(|t| w.text(t, &[])),
        message: w.own(id, args),
    };
    let entries = match read {
        Ok(e) => e,
        Err(_) => {
            state
                .notices
                .push(notice(NoticeKind::Error, None, JOURNAL_ERROR, &[]));
            return state;
        }
    };
    if view.trash {
        state.notices.push(notice(
            NoticeKind::Info,
            None,
            JOURNAL_TRASH_NOTE,
            &[("days", Arg::Number(TRASH_DAYS))],
        ));
    }
    if entries.is_empty() {
        state.notices.push(if view.trash {
            notice(NoticeKind::Empty, None, JOURNAL_TRASH_EMPTY, &[])
        } else if !search.is_empty() || view.kind.is_some() {
            notice(
                NoticeKind::Empty,
                Some(JOURNAL_EMPTY_MATCH_TITLE),
                JOURNAL_EMPTY_MATCH,
                &[],
            )
        } else {
            notice(
                NoticeKind::Empty,
                Some(JOURNAL_EMPTY_TITLE),
                JOURNAL_EMPTY,
                &[],
            )
        });
        return state;
    }
    let today = at.with_timezone(&zone).date_naive();
    // Newest first by when they were written (a restored backup's entries were stored later
    // than they were written); one whose time cannot be read goes last.
    let mut dated: Vec<(Option<DateTime<Utc>>, JournalEntry)> = entries
        .into_iter()
        .map(|e| {
            let t = DateTime::parse_from_rfc3339(&e.created_at)
                .ok()
                .map(|t| t.with_timezone(&Utc));
            (t, e)
        })
        .collect();
    dated.sort_by_key(|d| std::cmp::Reverse(d.0));
    for (written, e) in dated {
        // The vault always writes RFC 3339; should a time not read, the entry still shows,
        // under the date as stored.
        let (heading, time) = match written.map(|t| t.with_timezone(&zone)) {
            Some(local) => (
                day_heading(local.date_naive(), today, w),
                Some(local.time()),
            ),
            None => (e.created_at.chars().take(10).collect(), None),
        };
        let row = row(&e, time, view.trash, w);
        match state.days.last_mut() {
            Some(d) if d.heading == heading => d.rows.push(row),
            _ => state.days.push(JournalDay {
                heading,
                rows: vec![row],
            }),
        }
    }
    state
}

fn day_heading(day: NaiveDate, today: NaiveDate, w: &Words) -> String {
    if day == today {
        w.text(JOURNAL_TODAY, &[])
    } else if day + Duration::days(1) == today {
        w.text(JOURNAL_YESTERDAY, &[])
    } else {
        w.weekday_day_month(day)
    }
}

/// A kind of entry in words, as the Journal screen shows it ("Check-in", "Nodyn"): for a
/// shell that lists entries its own way (the CLI's `journal search`).
pub fn kind_words(kind: EntryKind, w: &Words) -> String {
    w.text(kind_id(kind), &[])
}

/// The message id of a kind's name ("Check-in").
pub(crate) fn kind_id(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Note => JOURNAL_KIND_NOTE,
        EntryKind::Checkin => JOURNAL_KIND_CHECKIN,
        EntryKind::Gratitude => JOURNAL_KIND_GRATITUDE,
        EntryKind::Review => JOURNAL_KIND_REVIEW,
        EntryKind::Meeting => JOURNAL_KIND_MEETING,
    }
}

fn row(e: &JournalEntry, time: Option<chrono::NaiveTime>, trash: bool, w: &Words) -> JournalRow {
    use chrono::Timelike;
    let c = &e.content;
    let first_line = c
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .or_else(|| c.gratitude.first().map(|g| g.trim()))
        .or_else(|| c.answers.first().map(|a| a.answer.trim()))
        .unwrap_or_default();
    let preview = if first_line.is_empty() {
        let mut parts = Vec::new();
        if let Some(m) = c.mood {
            parts.push(w.own(JOURNAL_MOOD, &[("mood", Arg::Number(i64::from(m)))]));
        }
        if let Some(cr) = c.craving {
            parts.push(w.own(JOURNAL_CRAVING, &[("craving", Arg::Number(i64::from(cr)))]));
        }
        parts.join(" · ")
    } else {
        crate::l10n::truncate(first_line, PREVIEW_GRAPHEMES).into_owned()
    };
    let kind_label = w.text(kind_id(c.kind), &[]);
    let time = time
        .map(|t| w.time(t.hour(), t.minute()))
        .unwrap_or_default();
    let accessibility_label = w.text(
        JOURNAL_ROW_LABEL,
        &[
            ("kind", Arg::Text(&kind_label)),
            ("time", Arg::Text(&time)),
            ("preview", Arg::Text(&preview)),
        ],
    );
    let action = |action, id: &str| JournalRowActionItem {
        action,
        label: w.text(id, &[]),
    };
    let actions = if trash {
        vec![action(JournalRowAction::Restore, ACTION_RESTORE_ENTRY)]
    } else {
        vec![
            action(JournalRowAction::Open, ACTION_OPEN_ENTRY),
            action(JournalRowAction::MoveToTrash, ACTION_MOVE_TO_TRASH),
        ]
    };
    JournalRow {
        id: e.id.clone(),
        kind: c.kind,
        kind_label,
        time,
        preview,
        accessibility_label,
        actions,
    }
}
