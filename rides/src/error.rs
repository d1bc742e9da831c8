//! What the car-pool protocol and its place cells can refuse.
//!
//! The rides crate stands alone (the server uses it without the core), so it has its own small
//! error: only "this input is not usable", with a plain sentence a person can act on. The core
//! turns it into its own `InvalidArgument`, so core callers see the same error as before.

/// Result alias for the rides crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a ride, operation or place was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Something from the caller or a client is not usable (a bad id, place, date or limit);
    /// the message says what, in plain words.
    #[error("{0}")]
    InvalidArgument(String),
}

impl Error {
    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidArgument(msg.into())
    }
}
