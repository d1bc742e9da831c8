//! The Sobriety dates screen: one card per date the person keeps ("Alcohol", "Gambling"), its
//! count in days and in years, months and days, when it started, the next milestone and, on
//! the day one is reached, a quiet word for it.
//!
//! Why the wording lives here: a count is the most personal number in the app, and the words
//! around starting again matter most of all. They are written once, kindly, in every locale,
//! and tested so that none of them speaks of failing or losing anything: starting again is
//! offered as what it is, a new start (the vault keeps no history of earlier dates either).
//!
//! A sobriety date is a calendar date, so "today" is the viewer's own date in their zone
//! (`options.zone()` at `options.at`): just past midnight, a new day has already been counted.
//! A date after that day (set on a phone in another zone, or restored from a backup) is shown
//! as starting on that date, never as a negative count.

use chrono::{Datelike, Months, NaiveDate, Utc};
use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::{Confirmation, Notice, NoticeKind};
use crate::l10n::{negotiate, truncate, Arg, Words};
use crate::vault::sobriety::{count, Milestone, SobrietyCount, SobrietyDate};
use crate::vault::Vault;

/// Longest label a card shows, in graphemes (user-perceived characters); a longer one is cut
/// with "…". The vault takes labels of up to 60 characters; a phone's card has room for fewer.
pub const LABEL_GRAPHEMES: usize = 40;

// The screen's message ids (`locales/*/sobriety.ftl`; en-GB says what each one means).
crate::l10n::message_ids! {
    /// Every id below.
    pub(crate) IDS;
    pub(crate) SOBRIETY_TITLE = "sobriety-title";
    pub(crate) SOBRIETY_COUNT_DAYS = "sobriety-count-days";
    pub(crate) SOBRIETY_COUNT_TODAY = "sobriety-count-today";
    pub(crate) SOBRIETY_COUNT_UPCOMING = "sobriety-count-upcoming";
    pub(crate) SOBRIETY_YEARS = "sobriety-years";
    pub(crate) SOBRIETY_MONTHS = "sobriety-months";
    pub(crate) SOBRIETY_DAYS = "sobriety-days";
    pub(crate) SOBRIETY_MILESTONE_24_HOURS = "sobriety-milestone-24-hours";
    pub(crate) SOBRIETY_SINCE = "sobriety-since";
    pub(crate) SOBRIETY_NEXT = "sobriety-next";
    pub(crate) SOBRIETY_NEXT_IN = "sobriety-next-in";
    pub(crate) SOBRIETY_MILESTONE_TODAY = "sobriety-milestone-today";
    pub(crate) SOBRIETY_CARD_LABEL = "sobriety-card-label";
    pub(crate) SOBRIETY_CARD_LABEL_NEXT = "sobriety-card-label-next";
    pub(crate) SOBRIETY_CARD_LABEL_UPCOMING = "sobriety-card-label-upcoming";
    pub(crate) SOBRIETY_ACTION_ADD = "sobriety-action-add";
    pub(crate) SOBRIETY_ACTION_EDIT = "sobriety-action-edit";
    pub(crate) SOBRIETY_ACTION_START_AGAIN = "sobriety-action-start-again";
    pub(crate) SOBRIETY_ACTION_REMOVE = "sobriety-action-remove";
    pub(crate) SOBRIETY_EDIT_LABEL = "sobriety-edit-label";
    pub(crate) SOBRIETY_START_AGAIN_LABEL = "sobriety-start-again-label";
    pub(crate) SOBRIETY_REMOVE_LABEL = "sobriety-remove-label";
    pub(crate) SOBRIETY_START_AGAIN_TITLE = "sobriety-start-again-title";
    pub(crate) SOBRIETY_START_AGAIN_MESSAGE = "sobriety-start-again-message";
    pub(crate) SOBRIETY_START_AGAIN_CONFIRM = "sobriety-start-again-confirm";
    pub(crate) SOBRIETY_START_AGAIN_CANCEL = "sobriety-start-again-cancel";
    pub(crate) SOBRIETY_REMOVE_TITLE = "sobriety-remove-title";
    pub(crate) SOBRIETY_REMOVE_MESSAGE = "sobriety-remove-message";
    pub(crate) SOBRIETY_REMOVE_CONFIRM = "sobriety-remove-confirm";
    pub(crate) SOBRIETY_REMOVE_CANCEL = "sobriety-remove-cancel";
    pub(crate) SOBRIETY_EMPTY_TITLE = "sobriety-empty-title";
    pub(crate) SOBRIETY_EMPTY = "sobriety-empty";
    pub(crate) SOBRIETY_ERROR = "sobriety-error";
}

/// What a button on the Sobriety dates screen does; the app maps each to its own button.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SobrietyAction {
    /// Open the form that adds a date.
    Add,
    /// Open the form that changes this date or its label.
    Edit,
    /// Set this date to today (after its confirmation).
    StartAgain,
    /// Remove this date (after its confirmation).
    Remove,
    /// Read the dates again, after they could not be read.
    TryAgain,
}

/// A button: what it does, its words, what a screen reader says, and what to ask first.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SobrietyActionItem {
    /// What it does.
    pub action: SobrietyAction,
    /// Its words ("Start again from today").
    pub label: String,
    /// What a screen reader says, naming the date it acts on ("Edit Alcohol").
    pub accessibility_label: String,
    /// The question to ask before doing it, for those that change or remove a date.
    pub confirm: Option<Confirmation>,
}

/// One date's card.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SobrietyCard {
    /// The date's id, for its actions.
    pub id: String,
    /// The date itself, `YYYY-MM-DD`, for the date picker "Edit" opens (never shown as it is).
    pub date: String,
    /// What it counts, as the person wrote it, cut to [`LABEL_GRAPHEMES`].
    pub label: String,
    /// Whether the date is after today (it "starts on" it; nothing is counted yet).
    pub upcoming: bool,
    /// Days since the date in the viewer's zone (0 on the date itself, and before it).
    pub days: i64,
    /// The count, worded: "412 days", "Starting today", "Starts on 3 Dec 2026".
    pub count: String,
    /// The same time in years, months and days, once it is a month or more: "1 year, 1 month
    /// and 16 days".
    pub count_detail: Option<String>,
    /// When it started: "Since 14 Oct 2025" (absent for an upcoming date).
    pub since: Option<String>,
    /// The next milestone and its date: "Next: 30 days on Sat 12 Dec".
    pub next_milestone: Option<String>,
    /// How far off it is: "in 5 days", "tomorrow".
    pub next_milestone_when: Option<String>,
    /// A milestone reached today, marked gently: "Today marks 30 days. Well done…".
    pub milestone_today: Option<String>,
    /// What a screen reader says for the whole card.
    pub accessibility_label: String,
    /// Edit, start again from today (not on the day it started), remove.
    pub actions: Vec<SobrietyActionItem>,
}

/// Everything the Sobriety dates screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SobrietyState {
    /// "Sobriety dates".
    pub title: String,
    /// One card per date, oldest first.
    pub cards: Vec<SobrietyCard>,
    /// In place of cards: what a date is for (none yet), or a read that failed.
    pub notices: Vec<Notice>,
    /// The screen's own buttons: add a date, or try again after an error.
    pub actions: Vec<SobrietyActionItem>,
    /// The viewer's own date (`YYYY-MM-DD`, in their zone): the latest a date picker offers
    /// and what "start again" sets.
    pub today: String,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// The Sobriety dates screen's state, counted on the viewer's own date (`options.zone()` at
/// `options.at`, now when absent) and worded in `options.locale`.
pub fn sobriety_state(vault: &Vault, options: &MeetingsOptions) -> SobrietyState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    sobriety_state_in(vault, options, w)
}

/// [`sobriety_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn sobriety_state_in(
    vault: &Vault,
    options: &MeetingsOptions,
    w: &Words,
) -> SobrietyState {
    let today = options
        .at
        .unwrap_or_else(Utc::now)
        .with_timezone(&options.zone())
        .date_naive();
    let mut state = SobrietyState {
        title: w.text(SOBRIETY_TITLE, &[]),
        cards: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        today: today.to_string(),
        locale: w.locale().tag().to_string(),
    };
    let plain = |action, id: &str| SobrietyActionItem {
        action,
        label: w.text(id, &[]),
        accessibility_label: w.text(id, &[]),
        confirm: None,
    };
    let dates = match vault.sobriety_dates() {
        Ok(d) => d,
        Err(_) => {
            state.notices.push(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(SOBRIETY_ERROR, &[]),
            });
            state.actions.push(plain(
                SobrietyAction::TryAgain,
                super::words::ACTION_TRY_AGAIN,
            ));
            return state;
        }
    };
    state
        .actions
        .push(plain(SobrietyAction::Add, SOBRIETY_ACTION_ADD));
    if dates.is_empty() {
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(SOBRIETY_EMPTY_TITLE, &[])),
            message: w.text(SOBRIETY_EMPTY, &[]),
        });
        return state;
    }
    state.cards = dates.iter().map(|d| card(d, today, w)).collect();
    state
}

fn card(date: &SobrietyDate, today: NaiveDate, w: &Words) -> SobrietyCard {
    let label = truncate(
        &crate::support::text::single_line(&date.label),
        LABEL_GRAPHEMES,
    )
    .into_owned();
    let upcoming = date.date > today;
    let c: SobrietyCount = count(date, today);
    let count_text = if upcoming {
        w.own(
            SOBRIETY_COUNT_UPCOMING,
            &[("date", Arg::Text(&w.day_month_year(date.date)))],
        )
    } else if c.days == 0 {
        w.text(SOBRIETY_COUNT_TODAY, &[])
    } else {
        w.own(
            SOBRIETY_COUNT_DAYS,
            &[
                ("days", Arg::Number(c.days)),
                ("number", Arg::Text(&w.decimal(c.days as f64, 0))),
            ],
        )
    };
    let count_detail = (!upcoming)
        .then(|| calendar_span(date.date, today))
        .flatten()
        .map(|(years, months, days)| {
            let mut parts = Vec::new();
            if years > 0 {
                parts.push(w.own(SOBRIETY_YEARS, &[("years", Arg::Number(years))]));
            }
            if months > 0 {
                parts.push(w.own(SOBRIETY_MONTHS, &[("months", Arg::Number(months))]));
            }
            if days > 0 {
                parts.push(w.own(SOBRIETY_DAYS, &[("days", Arg::Number(days))]));
            }
            super::and_list(&parts, w)
        });
    let since = (!upcoming).then(|| {
        w.own(
            SOBRIETY_SINCE,
            &[("date", Arg::Text(&w.day_month_year(date.date)))],
        )
    });
    let milestone_today = c.milestone_today.as_ref().filter(|_| !upcoming).map(|m| {
        w.own(
            SOBRIETY_MILESTONE_TODAY,
            &[("milestone", Arg::Text(&milestone_name(date.date, m, w)))],
        )
    });
    let next = (!upcoming).then(|| {
        let m = &c.next_milestone;
        let name = milestone_name(date.date, m, w);
        let on = w.weekday_day_month(m.date);
        let when = w.own(SOBRIETY_NEXT_IN, &[("days", Arg::Number(c.days_to_next))]);
        (name, on, when)
    });
    let next_milestone = next.as_ref().map(|(name, on, _)| {
        w.own(
            SOBRIETY_NEXT,
            &[("milestone", Arg::Text(name)), ("date", Arg::Text(on))],
        )
    });
    let next_milestone_when = next.as_ref().map(|(_, _, when)| when.clone());

    let card_label = match &since {
        Some(since) => w.text(
            SOBRIETY_CARD_LABEL,
            &[
                ("label", Arg::Text(&label)),
                ("count", Arg::Text(&count_text)),
                ("since", Arg::Text(since)),
            ],
        ),
        None => w.text(
            SOBRIETY_CARD_LABEL_UPCOMING,
            &[
                ("label", Arg::Text(&label)),
                ("count", Arg::Text(&count_text)),
            ],
        ),
    };
    let mut spoken = vec![card_label];
    spoken.extend(milestone_today.clone());
    if let Some((name, on, when)) = &next {
        spoken.push(w.own(
            SOBRIETY_CARD_LABEL_NEXT,
            &[
                ("milestone", Arg::Text(name)),
                ("date", Arg::Text(on)),
                ("when", Arg::Text(when)),
            ],
        ));
    }

    let named = |action, id: &str, spoken: &str, confirm| SobrietyActionItem {
        action,
        label: w.text(id, &[]),
        accessibility_label: w.text(spoken, &[("label", Arg::Text(&label))]),
        confirm,
    };
    let confirmation = |title: &str, message: &str, confirm: &str, cancel: &str| {
        Some(Confirmation {
            title: w.text(title, &[]),
            message: w.text(message, &[("label", Arg::Text(&label))]),
            confirm_label: w.text(confirm, &[]),
            cancel_label: w.text(cancel, &[]),
        })
    };
    let mut actions = vec![named(
        SobrietyAction::Edit,
        SOBRIETY_ACTION_EDIT,
        SOBRIETY_EDIT_LABEL,
        None,
    )];
    // Starting again from today on the day it started would change nothing.
    if date.date != today {
        actions.push(named(
            SobrietyAction::StartAgain,
            SOBRIETY_ACTION_START_AGAIN,
            SOBRIETY_START_AGAIN_LABEL,
            confirmation(
                SOBRIETY_START_AGAIN_TITLE,
                SOBRIETY_START_AGAIN_MESSAGE,
                SOBRIETY_START_AGAIN_CONFIRM,
                SOBRIETY_START_AGAIN_CANCEL,
            ),
        ));
    }
    actions.push(named(
        SobrietyAction::Remove,
        SOBRIETY_ACTION_REMOVE,
        SOBRIETY_REMOVE_LABEL,
        confirmation(
            SOBRIETY_REMOVE_TITLE,
            SOBRIETY_REMOVE_MESSAGE,
            SOBRIETY_REMOVE_CONFIRM,
            SOBRIETY_REMOVE_CANCEL,
        ),
    ));

    SobrietyCard {
        id: date.id.clone(),
        date: date.date.to_string(),
        label,
        upcoming,
        days: if upcoming { 0 } else { c.days },
        count: count_text,
        count_detail,
        since,
        next_milestone,
        next_milestone_when,
        milestone_today,
        accessibility_label: spoken.join(" "),
        actions,
    }
}

/// Whole years, months and days from `start` to `today`, in calendar months (so 14 October
/// to 30 November of the next year is 1 year, 1 month and 16 days); `None` under a month.
fn calendar_span(start: NaiveDate, today: NaiveDate) -> Option<(i64, i64, i64)> {
    let mut months = i64::from(today.year() - start.year()) * 12 + i64::from(today.month())
        - i64::from(start.month());
    let add = |m: i64| {
        u32::try_from(m)
            .ok()
            .and_then(|m| start.checked_add_months(Months::new(m)))
    };
    while months > 0 && add(months).is_none_or(|d| d > today) {
        months -= 1;
    }
    if months < 1 {
        return None;
    }
    let days = (today - add(months)?).num_days();
    Some((months / 12, months % 12, days))
}

/// A milestone worded for the locale ("24 hours", "30 days", "6 months", "1 year"), from
/// its date rather than the vault's en-GB label.
fn milestone_name(start: NaiveDate, m: &Milestone, w: &Words) -> String {
    crate::vault::sobriety::milestone_words(start, m.date, w)
}

#[cfg(test)]
#[path = "sobriety_tests.rs"]
mod tests;
