//! The Reminders screen: the meetings a person is reminded of, how long before, whether the
//! lock screen names them, and whether reminders can reach the person at all — each problem
//! with the one thing that fixes it.
//!
//! The rules live in the vault (which meetings someone is reminded of says which fellowship
//! they belong to); the meetings' names and next times come from the directory, worded for the
//! viewer. The platform's facts (notification permission, exact alarms, pending count and cap)
//! come from the app, which alone can ask the system.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::words::*;
use super::{Notice, NoticeKind};
use crate::directory::search::{DistanceUnit, MeetingQuery};
use crate::directory::Directory;
use crate::l10n::{negotiate, Arg, Words};
use crate::reminders::{HealthInput, ReminderRule, DAILY_CHECKIN_MINUTE};
use crate::vault::Vault;

/// What only the app can tell: the platform's answers about notifications.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReminderFacts {
    /// Whether the app may show notifications.
    pub notifications_allowed: bool,
    /// Android 12+: whether exact alarms are allowed; `None` where there is no such
    /// question (iOS, older Android).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub exact_alarms_allowed: Option<bool>,
    /// Notifications pending now.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub pending: u32,
    /// The platform's cap on pending notifications (64 on iOS); 0 when there is none.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cap: u32,
    /// Ids of reminders the app saw delivered since it last asked.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivered: Vec<String>,
}

/// Something that stops reminders reaching the person.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderProblem {
    /// Notifications are off for the app.
    NotificationsOff,
    /// Exact alarms are not allowed (Android 12+): reminders may come late.
    ExactAlarmsOff,
    /// More reminders than the platform holds at once.
    TooMany,
    /// Reminders that were due did not appear.
    Missed,
    /// The person paused reminders (until a date).
    Paused,
}

/// What fixes a [`ReminderProblem`]: the app opens the matching system screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderFix {
    /// The app's notification settings (or the permission prompt, the first time).
    TurnOnNotifications,
    /// Android's "Alarms & reminders" setting for the app.
    AllowExactAlarms,
    /// End the pause (`ReminderPlanner.resume`).
    ResumeReminders,
}

/// One problem, worded, with its fix.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReminderIssue {
    /// What is wrong.
    pub problem: ReminderProblem,
    /// A plain sentence about it.
    pub message: String,
    /// What fixes it, when the person can.
    pub fix: Option<ReminderFix>,
    /// The fix's button words.
    pub fix_label: Option<String>,
}

/// What a person can do with one meeting's reminders.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ReminderRowAction {
    /// Skip its next reminder only (`ReminderPlanner.skip_next`); offered while the meeting is
    /// listed and its next one is not skipped already.
    SkipNext,
    /// Stop reminding (`ReminderPlanner.clear_rule`).
    Remove,
}

/// A button on a reminder row.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReminderRowActionItem {
    /// What it does.
    pub action: ReminderRowAction,
    /// Its words.
    pub label: String,
}

/// One meeting the person is reminded of.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReminderRow {
    /// The meeting's id, for its screen and to change the rule.
    pub meeting_id: String,
    /// Its name (shown in the app, never on the lock screen unless `detailed`).
    pub name: String,
    /// Its next time in the viewer's zone ("tomorrow 19:30"); absent when it is not listed.
    pub when: Option<String>,
    /// How long before: "1 hour before and 15 minutes before".
    pub leads: String,
    /// What the lock screen shows: discreet, or the meeting's name.
    pub lock_screen: String,
    /// "Not this week", when its next reminder is skipped.
    pub skipped: Option<String>,
    /// Said when the meeting is no longer listed.
    pub note: Option<String>,
    /// What a screen reader says for the row.
    pub accessibility_label: String,
    /// Its buttons, in order.
    pub actions: Vec<ReminderRowActionItem>,
}

/// What a person can do on the Reminders screen as a whole.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RemindersAction {
    /// Pause every reminder for a week from today (`ReminderPlanner.perform`); offered while
    /// not paused and there is something to pause.
    PauseForAWeek,
    /// A daily check-in reminder at the core's evening time ([`DAILY_CHECKIN_MINUTE`]);
    /// offered while there is no daily reminder.
    AddDailyCheckin,
}

/// A button for the whole screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemindersActionItem {
    /// What it does.
    pub action: RemindersAction,
    /// Its words ("Remind me to check in every day at 21:00").
    pub label: String,
}

/// One daily reminder (a check-in), as the screen lists it.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DailyReminderRow {
    /// Its id, to remove it (`ReminderPlanner.remove_daily`).
    pub id: String,
    /// Its name ("Daily check-in", or the person's own words).
    pub label: String,
    /// "Every day at 21:00", in the phone's zone wherever it is.
    pub when: String,
    /// Its one button: [`ReminderRowAction::Remove`], worded.
    pub actions: Vec<ReminderRowActionItem>,
}

/// Everything the Reminders screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemindersState {
    /// "Reminders".
    pub title: String,
    /// The meetings with reminders, soonest first (those not listed last).
    pub rows: Vec<ReminderRow>,
    /// What stops reminders reaching the person, most important first; empty when all is
    /// well.
    pub issues: Vec<ReminderIssue>,
    /// "Reminders are paused until Fri 4 Dec.", while paused.
    pub paused: Option<String>,
    /// The daily reminders, earliest in the day first.
    pub daily: Vec<DailyReminderRow>,
    /// The screen's own buttons, in order (pause for a week, add a daily check-in).
    pub actions: Vec<RemindersActionItem>,
    /// Instead of rows, when there are none (or the vault could not be read).
    pub notices: Vec<Notice>,
    /// The locale the screen is worded in.
    pub locale: String,
    /// When the rows next change by the clock alone (a meeting starts or ends, so its next
    /// time moves on; a skipped reminder passes; midnight ends a pause); the screen object
    /// rebuilds itself then while anyone listens.
    pub refresh_at: Option<DateTime<Utc>>,
}

/// The Reminders screen's state, from the vault's rules, the directory's meetings and the
/// app's facts, at `at` (now when the options give none). Reading the vault also marks the
/// reminders in `facts.delivered` as delivered (so they are not counted as missed).
pub fn reminders_state(
    vault: &mut Vault,
    directory: &Directory,
    facts: &ReminderFacts,
    options: &MeetingsOptions,
) -> RemindersState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    reminders_state_in(vault, directory, facts, options, w)
}

/// [`reminders_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn reminders_state_in(
    vault: &mut Vault,
    directory: &Directory,
    facts: &ReminderFacts,
    options: &MeetingsOptions,
    w: &Words,
) -> RemindersState {
    let tag = options.locale.clone().unwrap_or_default();
    let at = options.at.unwrap_or_else(Utc::now);
    let mut state = RemindersState {
        title: w.text(REMINDERS_TITLE, &[]),
        rows: Vec::new(),
        issues: Vec::new(),
        paused: None,
        daily: Vec::new(),
        actions: Vec::new(),
        notices: Vec::new(),
        locale: w.locale().tag().to_string(),
        refresh_at: None,
    };
    let input = HealthInput {
        notifications_allowed: facts.notifications_allowed,
        exact_alarms_allowed: facts.exact_alarms_allowed,
        pending: facts.pending,
        cap: facts.cap,
        cut_by_cap: 0,
    };
    let read = vault.reminder_rules().and_then(|rules| {
        let settings = vault.plan_settings()?;
        let daily = vault.daily_reminders()?;
        let health = vault.reminder_health(&input, &facts.delivered, at)?;
        Ok((rules, settings, daily, health))
    });
    let Ok((rules, settings, daily, health)) = read else {
        state.notices.push(Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(MEETINGS_ERROR, &[]),
        });
        return state;
    };
    let issue =
        |problem, id: &str, args: &[(&str, Arg)], fix: Option<(ReminderFix, &str)>| ReminderIssue {
            problem,
            message: w.own(id, args),
            fix: fix.map(|f| f.0),
            fix_label: fix.map(|f| w.text(f.1, &[])),
        };
    // The health report decides what is wrong (`reminders::health`); the screen words it and
    // offers the fix.
    let turn_on = (
        ReminderFix::TurnOnNotifications,
        ACTION_TURN_ON_NOTIFICATIONS,
    );
    for found in &health.issues {
        state.issues.push(match found.code.as_str() {
            "notifications_off" => issue(
                ReminderProblem::NotificationsOff,
                REMINDERS_NOTIFICATIONS_OFF,
                &[],
                Some(turn_on),
            ),
            "exact_alarms_off" => issue(
                ReminderProblem::ExactAlarmsOff,
                REMINDERS_EXACT_OFF,
                &[],
                Some((ReminderFix::AllowExactAlarms, ACTION_ALLOW_EXACT_ALARMS)),
            ),
            "cap_reached" => issue(
                ReminderProblem::TooMany,
                REMINDERS_CAP,
                &[("count", Arg::Number(i64::from(health.cap)))],
                None,
            ),
            _ => issue(
                ReminderProblem::Missed,
                REMINDERS_MISSED,
                &[(
                    "count",
                    Arg::Number(i64::try_from(health.missed.len()).unwrap_or(i64::MAX)),
                )],
                (!facts.notifications_allowed).then_some(turn_on),
            ),
        });
    }
    let today = at.with_timezone(&options.zone()).date_naive();
    if let Some(until) = settings.paused_until.filter(|d| *d > today) {
        let date = w.weekday_day_month(until);
        state.paused = Some(w.own(REMINDERS_PAUSED, &[("date", Arg::Text(&date))]));
        state.issues.push(ReminderIssue {
            problem: ReminderProblem::Paused,
            message: state.paused.clone().unwrap_or_default(),
            fix: Some(ReminderFix::ResumeReminders),
            fix_label: Some(w.text(ACTION_RESUME_REMINDERS, &[])),
        });
    }
    let remove = || ReminderRowActionItem {
        action: ReminderRowAction::Remove,
        label: w.text(ACTION_STOP_REMINDING, &[]),
    };
    state.daily = daily
        .iter()
        .map(|d| {
            let time = w.time(u32::from(d.minute / 60), u32::from(d.minute % 60));
            DailyReminderRow {
                id: d.id.clone(),
                label: d.label.clone(),
                when: w.own(REMINDERS_DAILY_WHEN, &[("time", Arg::Text(&time))]),
                actions: vec![remove()],
            }
        })
        .collect();
    // The arguments are the core's own words (a time it formatted): no isolation marks.
    let action = |action, id: &str, args: &[(&str, Arg)]| RemindersActionItem {
        action,
        label: w.own(id, args),
    };
    if state.paused.is_none() && !(rules.is_empty() && daily.is_empty()) {
        state.actions.push(action(
            RemindersAction::PauseForAWeek,
            ACTION_PAUSE_WEEK,
            &[],
        ));
    }
    if daily.is_empty() {
        let time = w.time(
            u32::from(DAILY_CHECKIN_MINUTE / 60),
            u32::from(DAILY_CHECKIN_MINUTE % 60),
        );
        state.actions.push(action(
            RemindersAction::AddDailyCheckin,
            ACTION_ADD_DAILY_CHECKIN,
            &[("time", Arg::Text(&time))],
        ));
    }
    if rules.is_empty() {
        if !daily.is_empty() {
            return state;
        }
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(REMINDERS_EMPTY_TITLE, &[])),
            message: w.text(REMINDERS_EMPTY, &[]),
        });
        return state;
    }
    let (rows, refresh_at) = rows(&rules, directory, w, &tag, options, at, settings.discreet);
    state.rows = rows;
    state.refresh_at = refresh_at;
    state
}

fn rows(
    rules: &[ReminderRule],
    directory: &Directory,
    w: &Words,
    tag: &str,
    options: &MeetingsOptions,
    at: DateTime<Utc>,
    discreet: bool,
) -> (Vec<ReminderRow>, Option<DateTime<Utc>>) {
    let ids: Vec<String> = rules.iter().map(|r| r.meeting_id.clone()).collect();
    let listed = directory
        .search(&MeetingQuery {
            at: Some(at),
            viewer_timezone: options.viewer_timezone.clone(),
            ids: ids.clone(),
            include_closed: true,
            limit: Some(u32::try_from(ids.len()).unwrap_or(u32::MAX).max(1)),
            distance_unit: Some(DistanceUnit::for_locale(tag)),
            locale: Some(w.locale().tag().to_string()),
            ..MeetingQuery::default()
        })
        .unwrap_or_default();
    // Listed meetings in the search's order (soonest first), then the others.
    let mut order: Vec<&ReminderRule> = Vec::with_capacity(rules.len());
    for r in &listed {
        order.extend(rules.iter().filter(|rule| rule.meeting_id == r.id));
    }
    order.extend(
        rules
            .iter()
            .filter(|rule| !listed.iter().any(|r| r.id == rule.meeting_id)),
    );
    // The next time the rows change by the clock: a meeting's start or end, or a skipped
    // occurrence passing ("not this week" goes).
    let skip_ends = rules
        .iter()
        .filter_map(|r| r.skip_occurrence.as_deref())
        .filter_map(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|s| s.with_timezone(&Utc))
        .filter(|s| *s > at)
        .min();
    let refresh_at = super::live::earliest(
        super::meetings::next_change(&listed, at, options.zone()),
        skip_ends,
    );
    let rows = order
        .into_iter()
        .map(|rule| {
            let found = listed.iter().find(|r| r.id == rule.meeting_id);
            let name = match found {
                Some(r) => r.name.clone(),
                None => directory
                    .meeting(&rule.meeting_id)
                    .map(|m| m.name)
                    .unwrap_or_else(|_| rule.meeting_id.clone()),
            };
            let leads = leads(&rule.leads, w);
            let when = found.map(|r| r.when.clone());
            let skipped = rule
                .skip_occurrence
                .as_deref()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .filter(|s| *s > at)
                .map(|_| w.text(REMINDERS_SKIPPED, &[]));
            let lock_screen = if rule.detailed && !discreet {
                w.text(REMINDERS_DETAILED, &[])
            } else {
                w.text(REMINDERS_DISCREET, &[])
            };
            let label = w.text(
                crate::l10n::ids::LIST_ROW_LABEL,
                &[
                    ("name", Arg::Text(&name)),
                    ("when", Arg::Text(when.as_deref().unwrap_or(&leads))),
                ],
            );
            let action = |action, id: &str| ReminderRowActionItem {
                action,
                label: w.text(id, &[]),
            };
            let mut actions = Vec::new();
            if found.is_some() && skipped.is_none() {
                actions.push(action(ReminderRowAction::SkipNext, ACTION_SKIP_NEXT));
            }
            actions.push(action(ReminderRowAction::Remove, ACTION_STOP_REMINDING));
            ReminderRow {
                meeting_id: rule.meeting_id.clone(),
                name,
                when,
                leads,
                lock_screen,
                skipped,
                note: found.is_none().then(|| w.text(REMINDERS_NOT_LISTED, &[])),
                accessibility_label: label,
                actions,
            }
        })
        .collect();
    (rows, refresh_at)
}

/// A health report's issue in the person's language, as the Reminders screen words it ("Mae
/// hysbysiadau wedi'u diffodd…"): for a shell that lists them itself (the CLI's
/// `remind health`). `report` gives the counts (the cap, the reminders missed).
pub fn health_words(
    issue: &crate::reminders::HealthIssue,
    report: &crate::reminders::HealthReport,
    w: &Words,
) -> String {
    let count = |n: usize| [("count", Arg::Number(i64::try_from(n).unwrap_or(i64::MAX)))];
    match issue.code.as_str() {
        "notifications_off" => w.own(REMINDERS_NOTIFICATIONS_OFF, &[]),
        "exact_alarms_off" => w.own(REMINDERS_EXACT_OFF, &[]),
        "cap_reached" => w.own(REMINDERS_CAP, &count(report.cap as usize)),
        _ => w.own(REMINDERS_MISSED, &count(report.missed.len())),
    }
}

/// What "Remind me" says once done, for the rule in force ("You'll get a reminder 1 hour
/// before."; a rule the person had already keeps its own leads).
pub fn reminder_set_words(rule: &ReminderRule, w: &Words) -> String {
    let leads = leads(&rule.leads, w);
    w.own(REMINDERS_SET, &[("leads", Arg::Text(&leads))])
}

/// A meeting's reminders in words, as the Reminders screen shows them ("1 hour before and 15
/// minutes before"; "1 awr cyn a 15 munud cyn"): for a shell that confirms a change in a
/// sentence of its own (the CLI's `remind set`).
pub fn leads_words_in(leads_before: &[u32], w: &Words) -> String {
    leads(leads_before, w)
}

/// "1 hour before and 15 minutes before": each lead with its own "before", longest first,
/// so two reminders never read as one.
fn leads(leads: &[u32], w: &Words) -> String {
    let mut l = leads.to_vec();
    l.sort_unstable_by(|a, b| b.cmp(a));
    l.dedup();
    let words: Vec<String> = l
        .iter()
        .map(|m| {
            let (h, min) = (i64::from(m / 60), i64::from(m % 60));
            match (h, min) {
                (0, m) => w.own(REMINDERS_LEAD_MINUTES, &[("minutes", Arg::Number(m))]),
                (h, 0) => w.own(REMINDERS_LEAD_HOURS, &[("hours", Arg::Number(h))]),
                (h, m) => w.own(
                    REMINDERS_LEAD_HOURS_MINUTES,
                    &[("hours", Arg::Number(h)), ("minutes", Arg::Number(m))],
                ),
            }
        })
        .collect();
    super::and_list(&words, w)
}
