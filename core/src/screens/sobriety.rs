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
pub(crate) const SOBRIETY_TITLE: &str = "sobriety-title";
pub(crate) const SOBRIETY_COUNT_DAYS: &str = "sobriety-count-days";
pub(crate) const SOBRIETY_COUNT_TODAY: &str = "sobriety-count-today";
pub(crate) const SOBRIETY_COUNT_UPCOMING: &str = "sobriety-count-upcoming";
pub(crate) const SOBRIETY_YEARS: &str = "sobriety-years";
pub(crate) const SOBRIETY_MONTHS: &str = "sobriety-months";
pub(crate) const SOBRIETY_DAYS: &str = "sobriety-days";
pub(crate) const SOBRIETY_MILESTONE_24_HOURS: &str = "sobriety-milestone-24-hours";
pub(crate) const SOBRIETY_SINCE: &str = "sobriety-since";
pub(crate) const SOBRIETY_NEXT: &str = "sobriety-next";
pub(crate) const SOBRIETY_NEXT_IN: &str = "sobriety-next-in";
pub(crate) const SOBRIETY_MILESTONE_TODAY: &str = "sobriety-milestone-today";
pub(crate) const SOBRIETY_CARD_LABEL: &str = "sobriety-card-label";
pub(crate) const SOBRIETY_CARD_LABEL_NEXT: &str = "sobriety-card-label-next";
pub(crate) const SOBRIETY_CARD_LABEL_UPCOMING: &str = "sobriety-card-label-upcoming";
pub(crate) const SOBRIETY_ACTION_ADD: &str = "sobriety-action-add";
pub(crate) const SOBRIETY_ACTION_EDIT: &str = "sobriety-action-edit";
pub(crate) const SOBRIETY_ACTION_START_AGAIN: &str = "sobriety-action-start-again";
pub(crate) const SOBRIETY_ACTION_REMOVE: &str = "sobriety-action-remove";
pub(crate) const SOBRIETY_EDIT_LABEL: &str = "sobriety-edit-label";
pub(crate) const SOBRIETY_START_AGAIN_LABEL: &str = "sobriety-start-again-label";
pub(crate) const SOBRIETY_REMOVE_LABEL: &str = "sobriety-remove-label";
pub(crate) const SOBRIETY_START_AGAIN_TITLE: &str = "sobriety-start-again-title";
pub(crate) const SOBRIETY_START_AGAIN_MESSAGE: &str = "sobriety-start-again-message";
pub(crate) const SOBRIETY_START_AGAIN_CONFIRM: &str = "sobriety-start-again-confirm";
pub(crate) const SOBRIETY_START_AGAIN_CANCEL: &str = "sobriety-start-again-cancel";
pub(crate) const SOBRIETY_REMOVE_TITLE: &str = "sobriety-remove-title";
pub(crate) const SOBRIETY_REMOVE_MESSAGE: &str = "sobriety-remove-message";
pub(crate) const SOBRIETY_REMOVE_CONFIRM: &str = "sobriety-remove-confirm";
pub(crate) const SOBRIETY_REMOVE_CANCEL: &str = "sobriety-remove-cancel";
pub(crate) const SOBRIETY_EMPTY_TITLE: &str = "sobriety-empty-title";
pub(crate) const SOBRIETY_EMPTY: &str = "sobriety-empty";
pub(crate) const SOBRIETY_ERROR: &str = "sobriety-error";

/// Every id above.
pub(crate) const IDS: &[&str] = &[
    SOBRIETY_TITLE,
    SOBRIETY_COUNT_DAYS,
    SOBRIETY_COUNT_TODAY,
    SOBRIETY_COUNT_UPCOMING,
    SOBRIETY_YEARS,
    SOBRIETY_MONTHS,
    SOBRIETY_DAYS,
    SOBRIETY_MILESTONE_24_HOURS,
    SOBRIETY_SINCE,
    SOBRIETY_NEXT,
    SOBRIETY_NEXT_IN,
    SOBRIETY_MILESTONE_TODAY,
    SOBRIETY_CARD_LABEL,
    SOBRIETY_CARD_LABEL_NEXT,
    SOBRIETY_CARD_LABEL_UPCOMING,
    SOBRIETY_ACTION_ADD,
    SOBRIETY_ACTION_EDIT,
    SOBRIETY_ACTION_START_AGAIN,
    SOBRIETY_ACTION_REMOVE,
    SOBRIETY_EDIT_LABEL,
    SOBRIETY_START_AGAIN_LABEL,
    SOBRIETY_REMOVE_LABEL,
    SOBRIETY_START_AGAIN_TITLE,
    SOBRIETY_START_AGAIN_MESSAGE,
    SOBRIETY_START_AGAIN_CONFIRM,
    SOBRIETY_START_AGAIN_CANCEL,
    SOBRIETY_REMOVE_TITLE,
    SOBRIETY_REMOVE_MESSAGE,
    SOBRIETY_REMOVE_CONFIRM,
    SOBRIETY_REMOVE_CANCEL,
    SOBRIETY_EMPTY_TITLE,
    SOBRIETY_EMPTY,
    SOBRIETY_ERROR,
];

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
mod tests {
    use super::*;
    use crate::l10n::Locale;
    use chrono::{DateTime, FixedOffset, TimeZone};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn options(tag: &str, zone: &str, at: DateTime<Utc>) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some(zone.into()),
            at: Some(at),
        }
    }

    /// 30 November 2026, 12:00 in London.
    fn noon() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
    }

    fn written() -> DateTime<FixedOffset> {
        noon().fixed_offset()
    }

    fn vault(dir: &tempfile::TempDir) -> Vault {
        Vault::open(
            dir.path().join("v"),
            &crate::VaultKey::from_bytes(&[11; 32]).unwrap(),
        )
        .unwrap()
    }

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    fn plain(s: &str) -> String {
        s.replace([FSI, PDI], "")
    }

    #[test]
    fn a_card_counts_days_and_years_months_and_days_and_the_next_milestone_in_four_locales() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        let today = d("2026-11-30");
        v.add_sobriety_date(d("2025-10-14"), "Alcohol", today, written())
            .unwrap();
        let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
        assert_eq!(s.title, "Sobriety dates");
        assert!(s.notices.is_empty());
        assert_eq!(s.actions[0].action, SobrietyAction::Add);
        assert_eq!(s.actions[0].label, "Add a date");
        let c = &s.cards[0];
        assert_eq!(c.label, "Alcohol");
        // The date itself, for "Edit" to open the picker on it.
        assert_eq!(c.date, "2025-10-14");
        assert_eq!((c.days, c.upcoming), (412, false));
        assert_eq!(c.count, "412 days");
        assert_eq!(
            c.count_detail.as_deref(),
            Some("1 year, 1 month and 16 days")
        );
        assert_eq!(c.since.as_deref(), Some("Since 14 Oct 2025"));
        // 2 years on 14 October 2027.
        assert_eq!(
            c.next_milestone.as_deref(),
            Some("Next: 2 years on Thu 14 Oct")
        );
        assert_eq!(c.next_milestone_when.as_deref(), Some("in 318 days"));
        assert_eq!(c.milestone_today, None);
        assert_eq!(
            plain(&c.accessibility_label),
            "Alcohol: 412 days. Since 14 Oct 2025. Next milestone: 2 years on Thu 14 Oct, in 318 days."
        );
        let actions: Vec<_> = c.actions.iter().map(|a| a.action).collect();
        assert_eq!(
            actions,
            [
                SobrietyAction::Edit,
                SobrietyAction::StartAgain,
                SobrietyAction::Remove
            ]
        );
        assert_eq!(
            plain(&c.actions[1].accessibility_label),
            "Start Alcohol again from today"
        );
        assert_eq!(
            c.actions[1].confirm.as_ref().unwrap().title,
            "Start again from today?"
        );

        let us = &sobriety_state(&v, &options("en-US", "Europe/London", noon())).cards[0];
        assert_eq!(us.since.as_deref(), Some("Since Oct 14, 2025"));
        assert_eq!(
            us.next_milestone.as_deref(),
            Some("Next: 2 years on Thu, Oct 14")
        );
        assert_eq!(
            us.count_detail.as_deref(),
            Some("1 year, 1 month and 16 days")
        );

        let cy = sobriety_state(&v, &options("cy", "Europe/London", noon()));
        assert_eq!(cy.title, "Dyddiadau sobrwydd");
        let c = &cy.cards[0];
        assert_eq!(c.count, "412 diwrnod");
        assert_eq!(
            c.count_detail.as_deref(),
            Some("un flwyddyn, un mis a 16 diwrnod")
        );
        assert_eq!(c.since.as_deref(), Some("Ers 14 Hyd 2025"));
        assert_eq!(c.next_milestone_when.as_deref(), Some("ymhen 318 diwrnod"));

        let es = sobriety_state(&v, &options("es-ES", "Europe/Madrid", noon()));
        assert_eq!(es.title, "Fechas de sobriedad");
        let c = &es.cards[0];
        assert_eq!(c.count, "412 días");
        assert_eq!(c.count_detail.as_deref(), Some("1 año, 1 mes y 16 días"));
        assert_eq!(c.since.as_deref(), Some("Desde el 14 oct 2025"));
        assert_eq!(c.next_milestone_when.as_deref(), Some("dentro de 318 días"));
    }

    #[test]
    fn the_day_is_the_viewers_own_just_past_midnight() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        v.add_sobriety_date(d("2026-11-01"), "Alcohol", d("2026-11-30"), written())
            .unwrap();
        // 23:05 on 30 November in UTC is 00:05 on 1 December in Madrid: 30 days there.
        let at = Utc.with_ymd_and_hms(2026, 11, 30, 23, 5, 0).unwrap();
        let madrid_state = sobriety_state(&v, &options("en-GB", "Europe/Madrid", at));
        // The latest date the apps' pickers offer is the viewer's own today.
        assert_eq!(madrid_state.today, "2026-12-01");
        assert_eq!(
            sobriety_state(&v, &options("en-GB", "Europe/London", at)).today,
            "2026-11-30"
        );
        let madrid = &madrid_state.cards[0];
        assert_eq!(madrid.count, "30 days");
        assert_eq!(
            madrid.milestone_today.as_deref(),
            Some("Today marks 30 days. Well done; take a moment to notice it.")
        );
        assert_eq!(
            madrid.next_milestone.as_deref(),
            Some("Next: 60 days on Thu 31 Dec")
        );
        // The same instant in London is still 30 November: 29 days, the milestone tomorrow.
        let london = &sobriety_state(&v, &options("en-GB", "Europe/London", at)).cards[0];
        assert_eq!(london.count, "29 days");
        assert_eq!(london.milestone_today, None);
        assert_eq!(london.next_milestone_when.as_deref(), Some("tomorrow"));
        let cy = &sobriety_state(&v, &options("cy", "Europe/Madrid", at)).cards[0];
        assert!(cy
            .milestone_today
            .as_deref()
            .unwrap()
            .contains("30 diwrnod"));
        let es = &sobriety_state(&v, &options("es", "Europe/Madrid", at)).cards[0];
        assert_eq!(
            es.milestone_today.as_deref(),
            Some("Hoy cumples 30 días. Bien hecho; date un momento para notarlo.")
        );
    }

    #[test]
    fn a_date_set_today_and_a_date_still_to_come() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        let today = d("2026-11-30");
        v.add_sobriety_date(today, "Gambling", today, written())
            .unwrap();
        // A date ahead of this viewer's day (set in a zone already in tomorrow, or restored).
        let ahead = v
            .add_sobriety_date(d("2026-11-20"), "Nicotine", today, written())
            .unwrap();
        v.conn
            .execute(
                "UPDATE sobriety SET date = '2026-12-03' WHERE id = ?1",
                [&ahead.date.id],
            )
            .unwrap();
        let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
        let (first, later) = (&s.cards[0], &s.cards[1]);
        assert_eq!(first.count, "Starting today");
        assert_eq!(first.count_detail, None);
        assert_eq!(
            first.next_milestone.as_deref(),
            Some("Next: 24 hours on Tue 1 Dec")
        );
        assert_eq!(first.next_milestone_when.as_deref(), Some("tomorrow"));
        // Nothing to start again on the day it started.
        assert!(first
            .actions
            .iter()
            .all(|a| a.action != SobrietyAction::StartAgain));
        assert!(later.upcoming);
        assert_eq!(later.days, 0);
        assert_eq!(later.count, "Starts on 3 Dec 2026");
        assert_eq!(
            (later.since.as_ref(), later.next_milestone.as_ref()),
            (None, None)
        );
        assert_eq!(
            plain(&later.accessibility_label),
            "Nicotine: Starts on 3 Dec 2026."
        );
        let cy = &sobriety_state(&v, &options("cy", "Europe/London", noon())).cards;
        assert_eq!(cy[0].count, "Yn dechrau heddiw");
        assert_eq!(cy[1].count, "Yn dechrau ar 3 Rhag 2026");
        let es = &sobriety_state(&v, &options("es", "Europe/London", noon())).cards;
        assert_eq!(es[0].count, "Empieza hoy");
        assert_eq!(es[1].count, "Empieza el 3 dic 2026");
    }

    #[test]
    fn empty_and_error_states_in_four_locales() {
        let dir = tempfile::tempdir().unwrap();
        let v = vault(&dir);
        let expect = [
            ("en-GB", "No dates yet", "stays on this phone"),
            ("en-US", "No dates yet", "stays on this phone"),
            ("cy", "Dim dyddiadau eto", "aros ar y ffôn hwn"),
            ("es", "Aún no hay fechas", "Se queda en este teléfono"),
        ];
        for (tag, title, stays) in expect {
            let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
            assert!(s.cards.is_empty());
            assert_eq!(s.notices[0].kind, NoticeKind::Empty);
            assert_eq!(s.notices[0].title.as_deref(), Some(title), "{tag}");
            assert!(
                s.notices[0].message.contains(stays),
                "{tag}: {:?}",
                s.notices
            );
            assert_eq!(s.actions[0].action, SobrietyAction::Add);
        }
        v.conn.execute_batch("DROP TABLE sobriety").unwrap();
        for (tag, says) in [
            ("en-GB", "could not be opened"),
            ("en-US", "could not be opened"),
            ("cy", "Doedd dim modd agor"),
            ("es", "No se han podido abrir"),
        ] {
            let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
            assert!(s.cards.is_empty());
            assert_eq!(s.notices.len(), 1);
            assert_eq!(s.notices[0].kind, NoticeKind::Error);
            assert!(
                s.notices[0].message.contains(says),
                "{tag}: {:?}",
                s.notices
            );
            let actions: Vec<_> = s.actions.iter().map(|a| a.action).collect();
            assert_eq!(actions, [SobrietyAction::TryAgain], "{tag}");
        }
    }

    #[test]
    fn welsh_counts_take_all_six_plural_forms() {
        let w = Words::get(Locale::Cy);
        let years = |n| w.own(SOBRIETY_YEARS, &[("years", Arg::Number(n))]);
        let days = |n| w.own(SOBRIETY_DAYS, &[("days", Arg::Number(n))]);
        let next = |n| w.own(SOBRIETY_NEXT_IN, &[("days", Arg::Number(n))]);
        let count = |n: i64| {
            w.own(
                SOBRIETY_COUNT_DAYS,
                &[
                    ("days", Arg::Number(n)),
                    ("number", Arg::Text(&w.decimal(n as f64, 0))),
                ],
            )
        };
        // zero, one, two, few, many, other.
        assert_eq!(years(0), "dim blynyddoedd");
        assert_eq!(years(1), "un flwyddyn");
        assert_eq!(years(2), "dwy flynedd");
        assert_eq!(years(3), "tair blynedd");
        assert_eq!(years(6), "chwe blynedd");
        assert_eq!(years(7), "7 o flynyddoedd");
        assert_eq!(days(2), "dau ddiwrnod");
        assert_eq!(days(3), "tri diwrnod");
        assert_eq!(days(6), "chwe diwrnod");
        assert_eq!(days(30), "30 diwrnod");
        assert_eq!(next(1), "yfory");
        assert_eq!(next(2), "ymhen deuddydd");
        assert_eq!(next(3), "ymhen tridiau");
        assert_eq!(next(6), "ymhen chwe diwrnod");
        assert_eq!(next(9), "ymhen 9 diwrnod");
        assert_eq!(count(1), "1 diwrnod");
        assert_eq!(count(2), "2 ddiwrnod");
        assert_eq!(count(1412), "1,412 diwrnod");
        let months = |n| w.own(SOBRIETY_MONTHS, &[("months", Arg::Number(n))]);
        assert_eq!(
            [1, 2, 3, 6, 9].map(months),
            ["un mis", "dau fis", "tri mis", "chwe mis", "9 mis"]
        );
    }

    #[test]
    fn milestones_are_named_in_the_locale_from_their_dates() {
        let en = Words::get(Locale::EnGb);
        let start = d("2025-08-31");
        let names: Vec<String> = crate::vault::sobriety::milestones(start)
            .take(8)
            .map(|m| milestone_name(start, &m, en))
            .collect();
        assert_eq!(
            names,
            [
                "24 hours", "30 days", "60 days", "90 days", "6 months", "9 months", "1 year",
                "2 years"
            ]
        );
        let es = Words::get(Locale::Es);
        let m: Vec<_> = crate::vault::sobriety::milestones(start).take(7).collect();
        assert_eq!(milestone_name(start, &m[0], es), "24 horas");
        assert_eq!(milestone_name(start, &m[4], es), "6 meses");
        assert_eq!(milestone_name(start, &m[6], es), "1 año");
        // Calendar spans keep to month ends: 31 August to 28 February is 5 months and 28
        // days, and a day later it is 6 months.
        assert_eq!(calendar_span(start, d("2026-02-27")), Some((0, 5, 27)));
        assert_eq!(calendar_span(start, d("2026-02-28")), Some((0, 6, 0)));
        assert_eq!(calendar_span(start, d("2025-09-29")), None);
        assert_eq!(calendar_span(start, d("2025-09-30")), Some((0, 1, 0)));
    }

    #[test]
    fn starting_again_is_worded_kindly_in_every_locale() {
        // Words that would make a new start sound like a failure, in each language.
        const UNKIND: &[&str] = &[
            "fail",
            "relapse",
            "lost",
            "lose",
            "slip",
            "shame",
            "reset",
            "zero",
            "broke",
            "methu",
            "methiant",
            "colli",
            "llithr",
            "ailwaelu",
            "cywilydd",
            "fracas",
            "fallo",
            "fallaste",
            "recaída",
            "recaer",
            "perd",
            "cero",
            "vergüenza",
            "culpa",
        ];
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        v.add_sobriety_date(d("2026-01-01"), "Alcohol", d("2026-11-30"), written())
            .unwrap();
        for tag in ["en-GB", "en-US", "cy", "es"] {
            let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
            let again = s.cards[0]
                .actions
                .iter()
                .find(|a| a.action == SobrietyAction::StartAgain)
                .unwrap();
            let confirm = again.confirm.as_ref().unwrap();
            let texts = [
                &again.label,
                &again.accessibility_label,
                &confirm.title,
                &confirm.message,
                &confirm.confirm_label,
                &confirm.cancel_label,
            ];
            for text in texts {
                assert!(!text.is_empty(), "{tag}");
                let lower = text.to_lowercase();
                for word in UNKIND {
                    assert!(!lower.contains(word), "{tag}: {text:?} says {word:?}");
                }
            }
        }
    }

    #[test]
    fn a_long_or_right_to_left_label_is_cut_whole_and_keeps_its_direction() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        let today = d("2026-11-30");
        // 41 graphemes (42 characters): a cut by characters would split the emoji's skin tone.
        let long = format!("{}👋🏽zz", "Ŵ".repeat(38));
        v.add_sobriety_date(d("2026-11-01"), &long, today, written())
            .unwrap();
        v.add_sobriety_date(d("2026-11-02"), "الكحول", today, written())
            .unwrap();
        let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
        assert_eq!(s.cards[0].label, format!("{}👋🏽…", "Ŵ".repeat(38)));
        assert!(s.cards[1]
            .accessibility_label
            .starts_with("\u{2068}الكحول\u{2069}: "));
        let remove = s.cards[1].actions.last().unwrap();
        assert_eq!(remove.accessibility_label, "Remove \u{2068}الكحول\u{2069}");
    }
}
