//! Waymark's car-pool: the sync protocol, matching, coarse place cells and travel estimates.
//!
//! Nobody's home leaves their phone: places travel as [`CoarseCell`]s, and exact pickup points
//! (a public place each person chooses) are shared only after both confirm, and only with the
//! other party. This crate is the part that phones and the server must agree on, so they
//! answer the same way: what a sync may say ([`protocol`]), who rides with whom ([`matching`]),
//! how a place becomes a cell ([`cell`]) and how long a drive takes ([`travel`]).
//!
//! It stands alone on purpose. The server depends on it and never on `waymark-core`, so a
//! server build carries no vault, SQLCipher, feed fetching or calendar code; the core depends
//! on it and re-exports it (`waymark_core::rides`, `waymark_core::geo`), so phone code reads as
//! before. Features: `uniffi` (FFI derives of the shared records and enums, for the phones'
//! bindings) and `openapi` (schemas for the server's `/openapi.json`).

#![warn(missing_docs)]

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("waymark_rides");

/// An instant (UTC) as the phones hold one: `java.time.Instant` in Kotlin, `Date` in Swift.
#[cfg(feature = "uniffi")]
type UtcInstant = chrono::DateTime<chrono::Utc>;
#[cfg(feature = "uniffi")]
uniffi::custom_type!(UtcInstant, std::time::SystemTime, { remote });

/// A calendar date with no zone (a meeting's local date), as `YYYY-MM-DD` text on the phones.
#[cfg(feature = "uniffi")]
type LocalDate = chrono::NaiveDate;
#[cfg(feature = "uniffi")]
uniffi::custom_type!(LocalDate, String, {
    remote,
    lower: |d| d.to_string(),
    try_lift: |s| Ok(s.parse()?),
});

pub mod cell;
pub mod error;
pub mod geo;
pub mod matching;
pub mod protocol;
pub mod travel;

pub use cell::{CoarseCell, CELL_DEGREES};
pub use error::{Error, Refusal, RefusalCode, Result};
pub use geo::GeoPoint;
pub use travel::{StraightLineEstimator, TravelEstimator};
