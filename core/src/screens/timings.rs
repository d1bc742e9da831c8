//! The few numbers both apps schedule by, decided once here.
//!
//! Why: each app had its own copy (a two-week alarm horizon in the JVM library and in
//! WaymarkKit, a six-hour background sync in each app, a ten-minute window for inexact
//! alarms, and a one-minute grace before the app lock asks again on Android while iOS asked
//! at once). Two copies drift; one record does not.

/// How the apps time what they do in the background.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppTimings {
    /// How far ahead reminders are planned and armed, in minutes (two weeks; re-armed at every
    /// sync and change, so a phone left alone for longer still has the next ones).
    pub plan_horizon_minutes: u32,
    /// How often the app asks the system to sync in the background, in minutes (six hours;
    /// the system may wait longer).
    pub background_sync_minutes: u32,
    /// Where exact alarms are not allowed (Android 12+), how wide the window an inexact
    /// reminder may fire in, in minutes, starting at its time.
    pub inexact_window_minutes: u32,
    /// With the app lock on: how long the app may be in the background before it asks again,
    /// in seconds (a quick look at a message does not lock it; longer does).
    pub relock_after_seconds: u32,
}

/// The timings both apps use.
pub const APP_TIMINGS: AppTimings = AppTimings {
    plan_horizon_minutes: 14 * 24 * 60,
    background_sync_minutes: 6 * 60,
    inexact_window_minutes: 10,
    relock_after_seconds: 60,
};

// Checked when the crate compiles: a background sync re-arms the plan long before it runs
// out, the plan fits the planner, and an inexact reminder still comes before the shortest
// usual lead (15 minutes).
const _: () = {
    assert!(APP_TIMINGS.plan_horizon_minutes > 4 * APP_TIMINGS.background_sync_minutes);
    assert!(APP_TIMINGS.plan_horizon_minutes <= crate::reminders::MAX_HORIZON_MINUTES);
    assert!(APP_TIMINGS.inexact_window_minutes < 15);
};
