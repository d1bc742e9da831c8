//! The relay: signed regional snapshots of every catalogue source.
//!
//! Nobody knows feed addresses, and a million phones must not each fetch hundreds of
//! volunteer-run feeds. So a relay (a batch job on a schedule) reads every source of a
//! reviewed catalogue with the core's own fetcher and importers, merges listings of the same
//! meeting from several sources, and publishes static files that any web host, CDN or object
//! store can serve: coarse regional tiles, one pack of online meetings, deltas between
//! versions, and a manifest signed with Ed25519. The phone verifies the manifest with the
//! relay's public key, asks for whole tiles by id (no position, no identifier), checks every
//! byte against the manifest, and never parses a raw feed.
//!
//! Two halves:
//! - [`format`](mod@format) (always compiled, the phones use it): the manifest, keys and signatures, tile
//!   ids and coverage, tile decoding, delta application. Small and pure.
//! - `build` (the `relay-build` feature, on for the CLI only): fetching, merging, writing the
//!   folder and signing. See `docs/relay.md` for the format in full and how to run it.

mod attach;
pub mod format;
mod freshness;
pub mod keys;
pub mod phone;
#[cfg(feature = "relay-build")]
mod signing;
pub mod tiles;
pub mod words;

#[cfg(feature = "relay-build")]
pub mod build;
#[cfg(feature = "relay-build")]
mod files;
#[cfg(feature = "relay-build")]
mod images;

pub use format::{
    apply_delta, decode_tile, tiles_covering, verify_manifest, Download, Manifest, PublicKey,
    RelayError, SourceError, Tile, TileEntry, TileId,
};
