//! Waymark core: everything the app decides, with no FFI and no UI.
//!
//! One folder per component (ARCHITECTURE.md has the whole map):
//!
//! - [`directory`]: the offline meeting directory. Sources and their sync, the import pipeline
//!   for the feeds intergroups and NA regions publish ([`directory::import`]), the normalised
//!   model, the SQLite cache and its index, offline search with correct times in every zone,
//!   the meeting screen's details, and a synthetic feed generator for demos and benchmarks.
//! - [`l10n`]: words and formats in the person's language (Fluent messages from `locales/`,
//!   ICU4X times, names and numbers), locale negotiation, grapheme-safe truncation.
//! - [`vault`]: the private, encrypted file: journal, favourites, sobriety dates, settings,
//!   export, backup and restore.
//! - [`relay`]: the relay's published format (signed manifest, regional tiles, deltas), which
//!   the phones read, and with the `relay-build` feature the batch job that publishes it.
//! - [`reminders`]: the planner (right across clock changes, within what Android and iOS
//!   allow), the reminder rules kept in the vault, and calendar export.
//! - [`rides`]: car-pools: coarse places, travel estimates, matching, the outbox kept in the
//!   vault and the client that syncs it with the board.
//! - `catalogue` (the `catalogue` feature, for the CLI and the relay): the reviewed list of
//!   public meeting sources and its checks.
//! - [`screens`]: every screen's content, worded and formatted in the person's locale, for
//!   the apps and the CLI to draw (Meetings, Meeting).
//! - [`support`]: what several of them use (errors, fetching, files, geodesy, occurrence
//!   maths, parsing, text cleaning, the SQLCipher crypto provider).
//!
//! Shells (CLI, Android, iOS, server) call this crate and decide nothing themselves.

#![warn(missing_docs)]

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("waymark_core");

// Instants and dates cross the FFI through custom types registered once, in `waymark-rides`
// (an instant as the platform's own: `java.time.Instant`, `Date`; a date as `YYYY-MM-DD`
// text), so records such as [`directory::search::MeetingQuery`] cross as they are instead of
// through mirror records. Dates the apps pass in are taken as text and checked with a typed
// error instead.
#[cfg(feature = "uniffi")]
type UtcInstant = chrono::DateTime<chrono::Utc>;
#[cfg(feature = "uniffi")]
uniffi::use_remote_type!(waymark_rides::UtcInstant);
#[cfg(feature = "uniffi")]
type LocalDate = chrono::NaiveDate;
#[cfg(feature = "uniffi")]
uniffi::use_remote_type!(waymark_rides::LocalDate);

#[cfg(feature = "catalogue")]
pub mod catalogue;
pub mod directory;
pub mod l10n;
pub mod relay;
pub mod reminders;
pub mod rides;
pub mod screens;
pub mod support;
pub mod vault;

pub use directory::import::{FeedFormat, FormatExtras, ImportReport};
pub use directory::model::{Attendance, Meeting, MeetingEnd, TimezoneOrigin};
pub use directory::search::{
    AttendanceFilter, DistanceUnit, MeetingQuery, MeetingResult, SearchPage, SortOrder,
};
pub use directory::{
    CancelHandle, Directory, NewSource, Source, SyncListener, SyncOptions, SyncPhase, Tombstone,
};
pub use support::error::{Error, ErrorKind, Result};
pub use support::geo::GeoPoint;
pub use vault::{KdfParams, Vault, VaultKey};
