//! Reminders before "my meetings" and daily practice reminders: the rules (kept in the vault,
//! because which meetings someone is reminded of says which fellowship they belong to), the
//! plan of what the phone should hold as pending notifications, and whether they can be trusted.
//!
//! The app asks for a plan whenever something changes (a rule, the zone, a sync, boot) and
//! schedules and cancels exactly what it says; every time and every word is decided in the core.

use std::sync::Arc;
use std::time::SystemTime;

use waymark_core::reminders::{
    DailyReminder, HealthInput, HealthReport, Plan, PlanRequest, PlanSettings, ReminderRule,
};

use waymark_core::screens::RemindersAction;

use crate::directory::MeetingDirectory;
use crate::vault::PrivateVault;
use crate::{local_now, parse_date, utc, Result, WaymarkError};

/// Reminder rules, settings and planning for one vault. Get it with
/// [`PrivateVault::reminders`].
#[derive(uniffi::Object)]
pub struct ReminderPlanner {
    vault: Arc<PrivateVault>,
}

#[uniffi::export]
impl PrivateVault {
    /// The reminders of this vault.
    pub fn reminders(self: Arc<Self>) -> Arc<ReminderPlanner> {
        Arc::new(ReminderPlanner { vault: self })
    }
}

#[uniffi::export]
impl ReminderPlanner {
    /// Sets (or replaces) the reminders for one of "my meetings": minutes before, on which
    /// of its weekdays, and whether the lock screen may name it.
    pub fn set_rule(&self, rule: ReminderRule) -> Result<()> {
        Ok(self.vault.with(|v| v.set_reminder(rule, local_now()))?)
    }

    /// Removes a meeting's reminders. False when it had none.
    pub fn clear_rule(&self, meeting_id: String) -> Result<bool> {
        Ok(self.vault.with(|v| v.clear_reminder(&meeting_id))?)
    }

    /// Every meeting reminder rule.
    pub fn rules(&self) -> Result<Vec<ReminderRule>> {
        Ok(self.vault.with(|v| v.reminder_rules())?)
    }

    /// "Not this week": skips the meeting's next occurrence after `now`, and only that one.
    /// Returns that occurrence's start (UTC, RFC 3339).
    pub fn skip_next(&self, meeting_id: String, now: SystemTime) -> Result<String> {
        Ok(self
            .vault
            .with(|v| v.skip_next_reminder(&meeting_id, utc(now)))?)
    }

    /// Pauses every reminder until a local date (`YYYY-MM-DD`, the first day they fire
    /// again); `None` resumes them now.
    pub fn pause_until(&self, date: Option<String>) -> Result<()> {
        let date = date
            .map(|d| parse_date(&d, "the date reminders start again"))
            .transpose()?;
        Ok(self.vault.with(|v| v.pause_reminders(date))?)
    }

    /// Adds a daily reminder at a local time of day (minutes after midnight, in the phone's
    /// zone wherever it is), with the person's own words ("Evening check-in").
    pub fn add_daily(&self, minute_of_day: u32, label: String) -> Result<DailyReminder> {
        let minute = u16::try_from(minute_of_day).map_err(|_| {
            WaymarkError::from(waymark_core::Error::invalid(
                waymark_core::support::msg::TIME_OF_DAY_RANGE,
            ))
        })?;
        Ok(self.vault.with(|v| {
            v.add_daily_reminder_in(minute, &label, local_now(), crate::error::app_locale())
        })?)
    }

    /// Does one of the Reminders screen's own buttons (its `actions`) at the phone's time:
    /// pauses every reminder for a week from today, or adds the daily check-in at the core's
    /// evening time, named in the language chosen in Settings (else the app's, from
    /// `set_app_locale`).
    pub fn perform(&self, action: RemindersAction) -> Result<()> {
        let now = local_now();
        self.vault.with(|v| match action {
            RemindersAction::PauseForAWeek => v.pause_for_a_week(now.date_naive()).map(|_| ()),
            RemindersAction::AddDailyCheckin => v
                .add_daily_checkin(now, crate::error::app_locale())
                .map(|_| ()),
        })?;
        Ok(())
    }

    /// Removes a daily reminder.
    pub fn remove_daily(&self, id: String) -> Result<()> {
        Ok(self.vault.with(|v| v.remove_daily_reminder(&id))?)
    }

    /// The daily reminders, earliest in the day first.
    pub fn daily(&self) -> Result<Vec<DailyReminder>> {
        Ok(self.vault.with(|v| v.daily_reminders())?)
    }

    /// The settings as stored.
    pub fn settings(&self) -> Result<PlanSettings> {
        Ok(self.vault.with(|v| v.plan_settings())?)
    }

    /// Discreet lock-screen text on or off. Off shows the meeting's name and place.
    pub fn set_discreet(&self, discreet: bool) -> Result<()> {
        Ok(self.vault.with(|v| v.set_discreet_reminders(discreet))?)
    }

    /// What to schedule and cancel now: the soonest reminders within `max_pending` (64 on
    /// iOS), over `horizon_minutes`, given the ids the phone already holds. Times are right
    /// across clock changes; lock-screen text is discreet unless asked otherwise, worded in
    /// the language chosen in Settings, else `locale` (the phone's), else en-GB.
    // A foreign call with named arguments (and a default for the last): one record would only
    // move the same fields into the caller's code.
    #[allow(clippy::too_many_arguments)]
    #[uniffi::method(default(locale = None))]
    pub fn plan(
        &self,
        directory: Arc<MeetingDirectory>,
        now: SystemTime,
        horizon_minutes: u32,
        max_pending: u32,
        already_scheduled: Vec<String>,
        viewer_timezone: String,
        locale: Option<String>,
    ) -> Result<Plan> {
        let req = PlanRequest {
            now: utc(now),
            horizon_minutes,
            max_pending,
            already_scheduled,
            viewer_timezone,
            locale,
        };
        Ok(directory.with(|d| self.vault.with(|v| v.plan_reminders(Some(d), &req)))?)
    }

    /// The Reminders screen: each meeting's reminders worded ("1 hour before and 15 minutes
    /// before", discreet or named on the lock screen, "not this week"), and what stops them
    /// reaching the person with the fix for each (turn on notifications, allow exact alarms,
    /// resume). `facts` are the platform's answers only the app can get.
    pub fn screen(
        &self,
        directory: Arc<MeetingDirectory>,
        facts: waymark_core::screens::ReminderFacts,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::RemindersState {
        directory.with(|d| {
            self.vault
                .with(|v| waymark_core::screens::reminders_state(v, d, &facts, &options))
        })
    }

    /// The Reminders screen as an object: `setFacts` when the platform's answers change,
    /// and `subscribe` for a new state after a rule, a pause or a skip changes, after a sync,
    /// and when a meeting with reminders starts or ends.
    pub fn screen_object(
        &self,
        directory: Arc<MeetingDirectory>,
        facts: waymark_core::screens::ReminderFacts,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::RemindersScreen> {
        let d = directory.with(|d| d.clone());
        waymark_core::screens::RemindersScreen::new(
            Arc::clone(&self.vault.inner),
            d,
            facts,
            options,
        )
    }

    /// Whether reminders can be trusted: the platform's permission flags, and reminders that
    /// were due but never reported delivered (`delivered` are the ids the app saw fire).
    pub fn health(
        &self,
        notifications_allowed: bool,
        exact_alarms_allowed: Option<bool>,
        pending: u32,
        cap: u32,
        delivered: Vec<String>,
        now: SystemTime,
    ) -> Result<HealthReport> {
        let input = HealthInput {
            notifications_allowed,
            exact_alarms_allowed,
            pending,
            cap,
            cut_by_cap: 0,
        };
        Ok(self
            .vault
            .with(|v| v.reminder_health(&input, &delivered, utc(now)))?)
    }
}
