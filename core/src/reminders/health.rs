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
    /// A plain sentence.
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
    let mut issues = Vec::new();
    let issue = |code: &str, message: String| HealthIssue {
        code: code.into(),
        message,
    };
    if !input.notifications_allowed {
        issues.push(issue(
            "notifications_off",
            "Notifications are off for Waymark, so reminders cannot appear. You can turn them on in Settings.".into(),
        ));
    }
    if input.exact_alarms_allowed == Some(false) {
        issues.push(issue(
            "exact_alarms_off",
            "Reminders may arrive a few minutes late, because exact alarms are not allowed. You can allow them in Settings.".into(),
        ));
    }
    if input.cut_by_cap > 0 || (input.cap > 0 && input.pending >= input.cap) {
        issues.push(issue(
            "cap_reached",
            format!(
                "Only the next {} reminders fit on this phone; later ones are set as these go off.",
                input.cap
            ),
        ));
    }
    if !missed.is_empty() {
        let n = missed.len();
        issues.push(issue(
            "missed",
            if n == 1 {
                "1 reminder did not appear when it should have.".into()
            } else {
                format!("{n} reminders did not appear when they should have.")
            },
        ));
    }
    HealthReport {
        pending: input.pending,
        cap: input.cap,
        missed,
        issues,
    }
}
