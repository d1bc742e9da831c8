//! [`health`]: whether reminders can actually reach the person, and how to fix it if not.

use super::*;

/// What the shell tells the health report.
#[derive(Debug, Clone, Default)]
pub struct HealthInput {
    /// Whether the app may show notifications.
    pub notifications_allowed: bool,
    /// Android 12+: whether exact alarms are allowed (`None` where the question does not
    /// exist, as on iOS).
    pub exact_alarms_allowed: Option<bool>,
    /// Notifications pending now.
    pub pending: u32,
    /// The platform cap.
    pub cap: u32,
    /// Reminders that were cut by the cap in the last plan.
    pub cut_by_cap: u32,
}

/// One thing the Reminders screen should tell the person.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthIssue {
    /// Stable code: `notifications_off`, `exact_alarms_off`, `cap_reached`, `missed`.
    pub code: String,
    /// A plain sentence in en-GB (`reminder-health-*` in `locales/en-GB/reminders.ftl`), for
    /// logs and scripts (`waymark remind health --json`). A screen words the issue in the
    /// person's language from `code` instead (the Reminders screen does).
    pub message: String,
}

/// The health of reminders on this phone.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthReport {
    /// Pending notifications now.
    pub pending: u32,
    /// The platform cap.
    pub cap: u32,
    /// Reminders that should have fired but were not reported delivered (ids).
    pub missed: Vec<String>,
    /// What to show, most important first; empty when all is well.
    pub issues: Vec<HealthIssue>,
}

/// Builds the health report from the shell's facts and the reminders that were due but not
/// delivered.
pub fn health(input: &HealthInput, missed: Vec<String>) -> HealthReport {
    use crate::l10n::{ids, Arg, Locale, Words};
    // en-GB, whatever the phone's language: the same sentence in every log and script.
    let w = Words::get(Locale::EnGb);
    let mut issues = Vec::new();
    let issue = |code: &str, id: &str, args: &[(&str, Arg<'_>)]| HealthIssue {
        code: code.into(),
        message: w.own(id, args),
    };
    if !input.notifications_allowed {
        issues.push(issue(
            "notifications_off",
            ids::REMINDER_HEALTH_NOTIFICATIONS_OFF,
            &[],
        ));
    }
    if input.exact_alarms_allowed == Some(false) {
        issues.push(issue(
            "exact_alarms_off",
            ids::REMINDER_HEALTH_EXACT_ALARMS_OFF,
            &[],
        ));
    }
    if input.cut_by_cap > 0 || (input.cap > 0 && input.pending >= input.cap) {
        issues.push(issue(
            "cap_reached",
            ids::REMINDER_HEALTH_CAP,
            &[("count", Arg::Number(i64::from(input.cap)))],
        ));
    }
    if !missed.is_empty() {
        let n = i64::try_from(missed.len()).unwrap_or(i64::MAX);
        issues.push(issue(
            "missed",
            ids::REMINDER_HEALTH_MISSED,
            &[("count", Arg::Number(n))],
        ));
    }
    HealthReport {
        pending: input.pending,
        cap: input.cap,
        missed,
        issues,
    }
}
