//! waymark-ffi: the core as Android and iOS see it, through uniffi.
//!
//! Thin on purpose: every decision is made in `waymark-core` and tested there. This crate
//! converts between the core's types and FFI-friendly ones, maps errors to the few an app
//! reacts to differently ([`WaymarkError`]), and runs network work off the caller's thread as
//! `async` functions (a tokio runtime; Kotlin sees `suspend fun`, Swift `async`). Local reads
//! stay synchronous and fast.
//!
//! Objects:
//! - [`directory::MeetingDirectory`] — the meeting directory: sources, sync (with progress and
//!   cancel), search;
//! - [`vault::PrivateVault`] — the encrypted vault: journal, favourites, sobriety dates,
//!   backup and export, calendar export;
//! - [`reminders::ReminderPlanner`] — reminder rules, daily reminders, pause and skip, and the
//!   plan of pending notifications (from `PrivateVault::reminders`);
//! - [`rides::RideClient`] — car-pools: compose offline, sync with the board (from
//!   `PrivateVault::ride_client`).
//!
//! Long work returns a handle: `MeetingDirectory::start_sync` gives a [`directory::SyncTask`]
//! to cancel it or await its results.
//!
//! Shared records and enums (a meeting result, a journal entry, a planned reminder…) derive
//! their FFI shape in `waymark-core` behind its `uniffi` feature, so they are not copied here.

uniffi::setup_scaffolding!("waymark_ffi");

pub mod directory;
pub mod error;
pub mod reminders;
pub mod rides;
pub mod vault;

pub use error::WaymarkError;

/// Result of an exported call.
pub type Result<T, E = WaymarkError> = std::result::Result<T, E>;

/// The screen a `waymark://` link opens (a reminder's, or one from anywhere), or `None` for
/// anything else: the app then stays where it is.
#[uniffi::export]
pub fn parse_link(url: String) -> Option<waymark_core::screens::AppLink> {
    waymark_core::screens::parse_link(&url)
}

/// The `waymark://` link for a screen.
#[uniffi::export]
pub fn link_url(link: waymark_core::screens::AppLink) -> String {
    waymark_core::screens::link_url(&link)
}

/// What stays when a new entry changes kind or template while being written: the new form's
/// fields (`fresh`, from `entry_editor`) with what was filled in the old ones (`typed`) where
/// they ask the same, and the free text always.
#[uniffi::export]
pub fn carry_over(
    typed: Vec<waymark_core::screens::EditorField>,
    fresh: Vec<waymark_core::screens::EditorField>,
) -> Vec<waymark_core::screens::EditorField> {
    waymark_core::screens::carry_over(&typed, fresh)
}

/// The numbers both apps schedule by: how far ahead reminders are armed, how often to sync in
/// the background, an inexact alarm's window, and how long the app lock waits before asking
/// again.
#[uniffi::export]
pub fn app_timings() -> waymark_core::screens::AppTimings {
    waymark_core::screens::APP_TIMINGS
}

/// The minute of the day (0–1439) a time such as `18:00` or `7:30 pm` names, for start-time
/// filters. Anything that is not a time of day is `InvalidInput` (never 0). The Kotlin and
/// Swift `minutesOf` call this.
#[uniffi::export]
pub fn minute_of_day(hhmm: String) -> Result<u32> {
    Ok(waymark_core::support::parse::minute_of_day(&hhmm)?)
}

/// Runs blocking core work (SQLite, the blocking HTTP client) on tokio's blocking pool, so an
/// exported `async fn` never blocks the app's threads.
pub(crate) async fn off_thread<T: Send + 'static>(
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| WaymarkError::from(waymark_core::Error::internal(e)))?
}

/// A date written `YYYY-MM-DD`. `_what` names the argument for a reader of the code.
pub(crate) fn parse_date(value: &str, _what: &str) -> Result<chrono::NaiveDate> {
    value.parse().map_err(|_| {
        WaymarkError::from(waymark_core::Error::invalid_with(
            waymark_core::support::msg::DATE_INVALID,
            [("value", value.into())],
        ))
    })
}

/// A time the app passes in, as the core's UTC instant.
pub(crate) fn utc(t: std::time::SystemTime) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::<chrono::Utc>::from(t)
}

/// "Now" in the device's offset, for the records the vault stamps.
pub(crate) fn local_now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// Every meeting type `program` uses ("aa", "na", "al-anon"…), with names in `language`
/// (English when absent), sorted by name: what a filter screen offers.
#[uniffi::export]
pub fn meeting_types(
    program: String,
    language: Option<String>,
) -> Vec<waymark_core::directory::types::TypeEntry> {
    waymark_core::directory::types::program_types(&program, language.as_deref().unwrap_or("en"))
}

/// The type code a person typed or picked for `program`: a code in any case ("x"), a name
/// ("Wheelchair Access", "Mujeres") or a word that begins exactly one name ("wheelchair").
/// Nothing or several matching is `InvalidInput`, whose message lists the candidates.
#[uniffi::export]
pub fn resolve_meeting_type(program: String, typed: String) -> Result<String> {
    Ok(waymark_core::directory::types::resolve_type(
        &program, &typed,
    )?)
}
