//! Waymark core: everything the app decides, with no FFI and no UI.
//!
//! Today it holds the meeting directory: importers for the feeds intergroups and NA regions
//! publish ([`import`]), the normalised model ([`model`]), the SQLite directory cache
//! ([`directory`]), offline search ([`search`]) with correct times in every zone
//! ([`occurrence`]), and a deterministic synthetic feed generator ([`synth`]) for demos and
//! benchmarks. The private, encrypted [`vault`] (journal, favourites, sobriety dates, backup) sits beside
//! it, with reminder rules and the [`reminders`] planner (right across clock changes, within
//! what Android and iOS allow) and [`calendar`] export, and the car-pool core ([`rides`]: coarse places, travel estimates,
//! matching).
//!
//! Shells (CLI, Android, iOS, server) call this crate and decide nothing themselves.

#![warn(missing_docs)]

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("waymark_core");

pub mod calendar;
pub mod details;
pub mod directory;
pub mod error;
pub mod fetch;
pub mod files;
pub mod geo;
pub mod import;
pub mod model;
pub mod occurrence;
pub mod parse;
pub mod reminders;
pub mod rides;
pub mod schema;
pub mod search;
pub mod synth;
pub mod text;
pub mod types;
pub mod vault;

/// SQLCipher's page crypto in Rust (its own crate, so the server can link it without the core).
pub use waymark_sqlcipher_crypto as sqlcipher_crypto;

pub use directory::{
    CancelHandle, Directory, NewSource, Source, SyncListener, SyncOptions, SyncPhase, Tombstone,
};
pub use error::{Error, Result};
pub use geo::GeoPoint;
pub use import::{FeedFormat, FormatExtras, ImportReport};
pub use model::{Attendance, Meeting, TimezoneOrigin};
pub use search::{AttendanceFilter, MeetingQuery, MeetingResult, SortOrder};
pub use vault::{KdfParams, Vault, VaultKey};
