//! The reminder planner: which local notifications the phone should hold right now.
//!
//! Phones cannot run code at arbitrary times, so reminders are local notifications scheduled
//! ahead. The shell calls [`plan`] whenever something changes or the app wakes (rules edited,
//! a sync, a time-zone change, boot) with what it has already scheduled, and gets back exactly
//! what to add and what to cancel. Ids are stable — the same rule, occurrence and lead always
//! give the same id — so a re-plan touches only what changed.
//!
//! Time semantics (each tested):
//! - occurrences are computed in the meeting's own IANA zone, so a reminder fires at the true
//!   instant of the meeting wherever the phone is; texts show both times when the phone's zone
//!   shows a different clock time;
//! - a start that does not exist on a spring-forward day is the first valid instant after the
//!   gap, an ambiguous one on a fall-back day the first of the two
//!   ([`crate::support::occurrence::local_instant`]);
//! - "1 hour before" is 60 elapsed minutes before that instant, also across a clock change;
//! - a meeting with no usable zone is planned in the configured fallback zone (else the
//!   phone's) and flagged;
//! - daily practice reminders are wall-clock times in the phone's current zone (a check-in at
//!   21:00 stays at 21:00 when travelling);
//! - only reminders that fire after `now` and within the horizon are planned, and only the
//!   soonest `max_pending` (iOS holds 64 pending notifications; Android's cap is configurable);
//!   how many the cap left out is reported.
//!
//! The lock screen is discreet by default: "Reminder: 19:00", nothing about a fellowship or a
//! meeting, unless the person chose to show the meeting name.

pub mod calendar;
mod health;
mod planner;
pub mod rules;

pub use health::{health, HealthInput, HealthIssue, HealthReport};
pub use planner::{lead_words, plan};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::support::error::{Error, Result};
use crate::support::msg;

/// Longest lead time: two days.
pub const MAX_LEAD_MINUTES: u32 = 2 * 24 * 60;

/// The most reminders one meeting can have (each a different time before it).
pub const MAX_LEADS: usize = 8;
/// Longest horizon: 31 days.
pub const MAX_HORIZON_MINUTES: u32 = 31 * 24 * 60;
/// iOS keeps at most this many pending local notifications.
pub const IOS_PENDING_CAP: u32 = 64;

/// Reminders for one meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderRule {
    /// The meeting (a favourite's directory id).
    pub meeting_id: String,
    /// Minutes before the start, longest first (e.g. `[60, 15]`).
    pub leads: Vec<u32>,
    /// Only these of the meeting's weekdays (0 = Sunday); empty means all of them.
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// Show the meeting's name on the lock screen for this rule.
    #[serde(default)]
    pub detailed: bool,
    /// An occurrence (its UTC start, RFC 3339) to skip: "not this week".
    #[serde(default)]
    pub skip_occurrence: Option<String>,
}

impl ReminderRule {
    /// Checks and tidies: at least one lead, each at most two days, no duplicates, longest
    /// first; weekdays 0–6.
    pub fn validate(mut self) -> Result<Self> {
        if self.leads.is_empty() {
            return Err(Error::invalid(msg::LEAD_MISSING));
        }
        if self.leads.iter().any(|l| *l > MAX_LEAD_MINUTES) {
            return Err(Error::invalid(msg::LEAD_TOO_LONG));
        }
        if self.leads.len() > MAX_LEADS {
            return Err(Error::invalid_with(
                msg::LEADS_TOO_MANY,
                [("max", MAX_LEADS.into())],
            ));
        }
        self.leads.sort_unstable_by(|a, b| b.cmp(a));
        self.leads.dedup();
        if self.weekdays.iter().any(|d| *d > 6) {
            return Err(Error::invalid(msg::WEEKDAY_RANGE));
        }
        self.weekdays.sort_unstable();
        self.weekdays.dedup();
        Ok(self)
    }
}

/// The local time of day of the daily check-in the Reminders screen offers: 21:00, the end of
/// most people's day and after most evening meetings.
pub const DAILY_CHECKIN_MINUTE: u16 = 21 * 60;

/// How long the Reminders screen's "pause for a week" pauses, in days.
pub const PAUSE_DAYS: u64 = 7;

/// A daily practice reminder ("check in at 21:00").
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyReminder {
    /// Stable id.
    pub id: String,
    /// Local wall-clock minute of the day (0–1439), in the phone's current zone.
    pub minute: u16,
    /// The person's own words ("Evening check-in").
    pub label: String,
}

/// What the planner knows besides the rules.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default)]
pub struct PlanSettings {
    /// Discreet lock-screen text (on by default).
    pub discreet: bool,
    /// No reminder fires before this local date (in the phone's zone) — "pause until".
    pub paused_until: Option<NaiveDate>,
    /// Zone for meetings whose feed gives none (else the phone's zone).
    pub fallback_timezone: Option<String>,
}

/// A planning request from the shell.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    /// Now.
    pub now: DateTime<Utc>,
    /// How far ahead to plan, in minutes (14 days is a good default).
    pub horizon_minutes: u32,
    /// Most pending notifications the platform allows (64 on iOS).
    pub max_pending: u32,
    /// Ids the shell has scheduled and not yet delivered.
    pub already_scheduled: Vec<String>,
    /// The phone's current IANA zone.
    pub viewer_timezone: String,
    /// The language of the lock-screen text (a locale tag, negotiated like the screens'); the
    /// person's choice in Settings wins over it; en-GB when neither is given.
    pub locale: Option<String>,
}

/// What a reminder is for.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// Before a meeting.
    Meeting,
    /// A daily practice reminder.
    Daily,
}

/// One local notification to hold.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedReminder {
    /// Stable id: same rule, occurrence and lead ⇒ same id.
    pub id: String,
    /// Meeting or daily.
    pub kind: ReminderKind,
    /// The meeting, for meeting reminders.
    pub meeting_id: Option<String>,
    /// When to fire (RFC 3339, UTC).
    pub fire_at_utc: String,
    /// When the meeting (or the daily moment) starts (RFC 3339, UTC).
    pub occurrence_start_utc: String,
    /// Minutes before the start.
    pub lead_minutes: u32,
    /// Notification title.
    pub title: String,
    /// Notification body.
    pub body: String,
    /// Where tapping it leads (`waymark://meeting/<id>`, `waymark://journal/checkin`).
    pub deep_link: String,
    /// The meeting's zone was unknown and the fallback was used.
    pub timezone_assumed: bool,
}

/// The planner's answer.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Every reminder that should be pending now, soonest first (within the cap).
    pub reminders: Vec<PlannedReminder>,
    /// Of those, the ones the shell does not have yet.
    pub schedule: Vec<PlannedReminder>,
    /// Ids the shell has that should go (fired, no longer wanted, or beyond the cap).
    pub cancel: Vec<String>,
    /// Reminders within the horizon left out because of the cap.
    pub cut_by_cap: u32,
    /// Meetings planned in an assumed zone.
    pub assumed_timezone_meetings: Vec<String>,
    /// Meetings with rules that cannot be planned (no weekly time, or not known), with why.
    pub unplannable: Vec<Unplannable>,
}

/// A meeting with reminder rules that cannot be planned, and why.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unplannable {
    /// The meeting.
    pub meeting_id: String,
    /// Why: worded in a locale by [`UnplannableReason::words`].
    pub reason: UnplannableReason,
}

/// Why a meeting with reminder rules cannot have reminders.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnplannableReason {
    /// The meeting is not in the directory (any more).
    MeetingNotKnown,
    /// The meeting has no weekly day and start time (by appointment).
    NoWeeklyTime,
}

impl UnplannableReason {
    /// The reason in `w`'s words ("the meeting is not in your list any more", "it has no
    /// weekly day and time"; `locales/*/reminders.ftl`).
    pub fn words(self, w: &crate::l10n::Words) -> String {
        let id = match self {
            UnplannableReason::MeetingNotKnown => crate::l10n::ids::REMINDER_UNPLANNABLE_UNKNOWN,
            UnplannableReason::NoWeeklyTime => crate::l10n::ids::REMINDER_UNPLANNABLE_NO_TIME,
        };
        w.own(id, &[])
    }
}

#[cfg(test)]
#[path = "tests.rs"]
pub(crate) mod tests;
