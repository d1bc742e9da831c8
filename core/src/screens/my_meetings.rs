//! The My meetings screen: the meetings a person saved, soonest first, worded like the
//! Meetings screen's rows, and the ones their feed stopped listing kept with their last known
//! details and a calm note, so nothing a person relied on silently disappears.
//!
//! The list comes from the vault (what was saved, and the last copy seen) and the directory
//! (what is listed now, and when it next meets). A saved meeting the directory has not loaded
//! yet (a backup restored on a new phone) says so instead of claiming the meeting went.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::meeting::schedule;
use super::meetings::{meeting_row, MeetingRow, MeetingsOptions, ROW_NAME_GRAPHEMES};
use super::words::*;
use super::{meeting_badges, Notice, NoticeKind};
use crate::directory::search::{DistanceUnit, MeetingQuery, SortOrder};
use crate::directory::Directory;
use crate::l10n::{negotiate, Arg, Words};
use crate::vault::favorites::{Favorite, FavoriteStatus};
use crate::vault::Vault;

/// What a person can do from the My meetings screen; the shells map each to a button.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MyMeetingsAction {
    /// Open the Meetings screen to find one to save.
    FindMeetings,
    /// Read the list again.
    TryAgain,
    /// Take this meeting off the list (the row's `id`).
    Remove,
}

/// An action with its words.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MyMeetingsActionItem {
    /// What it does.
    pub action: MyMeetingsAction,
    /// The words on the button.
    pub label: String,
}

/// A saved meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MyMeetingRow {
    /// The row as the Meetings screen shows it. For a meeting no longer listed, `when` is its
    /// last known weekly time ("Tuesday, 19:00–20:00 (America/Chicago)").
    pub row: MeetingRow,
    /// Listed, no longer listed, or not loaded on this phone yet.
    pub status: FavoriteStatus,
    /// For a meeting that is not listed now: what that means, in a sentence.
    pub status_note: Option<String>,
    /// What can be done with it (remove).
    pub actions: Vec<MyMeetingsActionItem>,
}

/// Everything the My meetings screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MyMeetingsState {
    /// "My meetings".
    pub title: String,
    /// Listed meetings soonest first, then the ones not listed now.
    pub rows: Vec<MyMeetingRow>,
    /// Nothing saved yet, or a read that failed.
    pub notices: Vec<Notice>,
    /// Screen-level actions (find meetings, try again).
    pub actions: Vec<MyMeetingsActionItem>,
    /// What a screen reader says about the whole list ("3 saved meetings").
    pub accessibility_summary: String,
    /// The locale the screen is worded in.
    pub locale: String,
    /// When the rows next change by the clock alone (a meeting starts or ends, a minute of
    /// "in 5 min", midnight); the screen object rebuilds itself then while anyone listens.
    pub refresh_at: Option<DateTime<Utc>>,
}

/// The My meetings screen at `options.at` (now when absent), times in the viewer's zone.
/// Reading the list refreshes the vault's copy of each listed meeting, which is why it takes
/// the vault mutably.
pub fn my_meetings_state(
    vault: &mut Vault,
    directory: &Directory,
    options: &MeetingsOptions,
) -> MyMeetingsState {
    let tag = options.locale.clone().unwrap_or_default();
    let w = Words::get(negotiate(&tag).locale);
    my_meetings_state_in(vault, directory, options, w)
}

/// [`my_meetings_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn my_meetings_state_in(
    vault: &mut Vault,
    directory: &Directory,
    options: &MeetingsOptions,
    w: &Words,
) -> MyMeetingsState {
    let at = options.at.unwrap_or_else(Utc::now);
    let zone = options.zone();
    let mut state = MyMeetingsState {
        title: w.text(MY_MEETINGS_TITLE, &[]),
        rows: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        accessibility_summary: String::new(),
        locale: w.locale().tag().to_string(),
        refresh_at: None,
    };
    let action = |action, id: &str| MyMeetingsActionItem {
        action,
        label: w.text(id, &[]),
    };
    let now = at.with_timezone(&zone).fixed_offset();
    let read = vault.favorites(directory, now).and_then(|favs| {
        let listed: Vec<String> = favs
            .iter()
            .filter(|f| f.status == FavoriteStatus::Listed)
            .map(|f| f.meeting_id.clone())
            .collect();
        let results = if listed.is_empty() {
            Vec::new()
        } else {
            directory.search(&MeetingQuery {
                at: Some(at),
                viewer_timezone: Some(zone.name().to_string()),
                ids: listed,
                include_closed: true,
                sort: Some(SortOrder::Soonest),
                type_language: Some(w.locale().language().to_string()),
                distance_unit: Some(DistanceUnit::for_locale(w.locale().tag())),
                locale: Some(w.locale().tag().to_string()),
                ..MeetingQuery::default()
            })?
        };
        Ok((favs, results))
    });
    let (favs, results) = match read {
        Ok(r) => r,
        Err(_) => {
            state.notices.push(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(MY_MEETINGS_ERROR, &[]),
            });
            state
                .actions
                .push(action(MyMeetingsAction::TryAgain, ACTION_TRY_AGAIN));
            return state;
        }
    };
    if favs.is_empty() {
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(MY_MEETINGS_EMPTY_TITLE, &[])),
            message: w.text(MY_MEETINGS_EMPTY, &[]),
        });
        state
            .actions
            .push(action(MyMeetingsAction::FindMeetings, ACTION_FIND_MEETINGS));
    }
    let remove = || vec![action(MyMeetingsAction::Remove, ACTION_REMOVE_SAVED)];
    state.refresh_at = super::meetings::next_change(&results, at, zone);
    // The search gives the listed ones soonest first (a meeting with no next time last).
    for r in &results {
        state.rows.push(MyMeetingRow {
            row: meeting_row(w, r),
            status: FavoriteStatus::Listed,
            status_note: None,
            actions: remove(),
        });
    }
    // A listed favourite the search did not return (it should not happen) keeps its place at
    // the end with its saved details rather than vanishing.
    let shown: std::collections::HashSet<&str> = results.iter().map(|r| r.id.as_str()).collect();
    for f in favs
        .iter()
        .filter(|f| !shown.contains(f.meeting_id.as_str()))
    {
        state.rows.push(unlisted_row(f, zone, w, remove()));
    }
    state.accessibility_summary = w.own(
        MY_MEETINGS_SUMMARY,
        &[("count", Arg::Number(state.rows.len() as i64))],
    );
    state
}

/// A saved meeting shown from its last known details, with a note saying why.
fn unlisted_row(
    f: &Favorite,
    zone: chrono_tz::Tz,
    w: &Words,
    actions: Vec<MyMeetingsActionItem>,
) -> MyMeetingRow {
    let m = &f.meeting;
    let note = match f.status {
        FavoriteStatus::NotSyncedYet => w.text(MY_MEETINGS_NOT_SYNCED, &[]),
        FavoriteStatus::NoLongerListed | FavoriteStatus::Listed => {
            match f
                .unlisted_since
                .as_deref()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            {
                // The date is formatted here (no isolation marks needed), on the viewer's
                // calendar.
                Some(t) => w.own(
                    MY_MEETINGS_UNLISTED_SINCE,
                    &[(
                        "date",
                        Arg::Text(&w.weekday_day_month(t.with_timezone(&zone).date_naive())),
                    )],
                ),
                None => w.text(MY_MEETINGS_UNLISTED, &[]),
            }
        }
    };
    let when = schedule(m, w);
    let place = m
        .attendance
        .has_place()
        .then(|| m.location_name.clone().or_else(|| m.address.clone()))
        .flatten()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let type_names: Vec<String> = m
        .types
        .iter()
        .map(|c| crate::directory::types::type_name(c, w.locale().language()))
        .collect();
    let label = w.text(
        MY_MEETINGS_ROW_LABEL,
        &[
            ("name", Arg::Text(&m.name)),
            ("when", Arg::Text(&when)),
            ("status", Arg::Text(&note)),
        ],
    );
    MyMeetingRow {
        row: MeetingRow {
            id: f.meeting_id.clone(),
            name: crate::l10n::truncate(&m.name, ROW_NAME_GRAPHEMES).into_owned(),
            when,
            place,
            distance: None,
            badges: meeting_badges(w, false, m.temporarily_closed, m.attendance, &type_names),
            accessibility_label: label,
        },
        status: f.status,
        status_note: Some(note),
        actions,
    }
}
