//! What several components use and none owns: the committed-change counter screens watch,
//! the error type, HTTP fetching with its limits,
//! owner-only files, geodesy, reading JSON text, occurrence maths (a weekly time in a zone →
//! instants), parsing of the scalars feeds carry, the text-cleaning rule, folding a write-ahead log, and
//! the SQLCipher crypto provider.
//!
//! Nothing here knows about meetings as a directory, the vault, reminders or rides; those
//! components build on this one, never the other way round.

pub mod changes;
pub mod error;
pub mod fetch;
pub mod files;
pub mod fts;
pub mod geo;
pub mod json;
pub mod msg;
pub mod occurrence;
pub mod parse;
/// SQLCipher's page crypto in Rust (its own crate, so the server can link it without the core).
pub use waymark_sqlcipher_crypto as sqlcipher_crypto;
pub mod text;
pub(crate) mod wal;
