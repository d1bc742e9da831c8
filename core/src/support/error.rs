//! Errors.
//!
//! [`Error`] is what every core operation returns. Its variants are the ones a caller acts on
//! differently: a bad argument (show the message, let the person fix it), a feed that could not
//! be read (the previous snapshot is kept, show when it last worked), something not found, and
//! storage failures (rare; report them).

use crate::directory::import::FeedError;

/// Result alias for the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in terms a caller can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An argument from the caller is not usable (unknown zone, bad coordinates, bad format).
    #[error("{0}")]
    InvalidArgument(String),
    /// A feed could not be read as a whole; nothing from it was written.
    #[error(transparent)]
    Feed(#[from] FeedError),
    /// A feed could not be fetched (offline, timeout, HTTP error); nothing was changed.
    #[error(transparent)]
    Fetch(#[from] crate::support::fetch::FetchError),
    /// The feed looks wrong (empty, or far smaller than last time): the previous snapshot is
    /// kept. `sync --accept-shrink` applies it anyway.
    #[error("the feed now has {now} meetings instead of {previous}; the previous {previous} are kept (use --accept-shrink if that is right)")]
    Suspicious {
        /// Meetings in the stored snapshot.
        previous: u64,
        /// Meetings in the new feed.
        now: u64,
    },
    /// A source, meeting or file that does not exist.
    #[error("{0}")]
    NotFound(String),
    /// The vault could not be opened with this key or passphrase. Nothing was changed.
    #[error("wrong passphrase or key: the vault was not opened and nothing was changed")]
    WrongKey,
    /// The backup's passphrase is wrong (or the file was altered where the key is kept).
    /// Nothing was restored.
    #[error("wrong backup passphrase (or the file was changed): nothing was restored")]
    WrongPassphrase,
    /// A backup or export file cannot be used. Nothing was restored.
    #[error("this backup cannot be used: {0}; nothing was restored")]
    BackupDamaged(String),
    /// The database failed.
    #[error("storage failed: {0}")]
    Storage(#[from] rusqlite::Error),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// This build of Waymark cannot keep the vault safe (no SQLCipher, or SQLCipher with a
    /// crypto provider other than the one the project ships). Nothing was opened or written.
    #[error("{0}")]
    UnsafeBuild(String),
    /// The directory or vault file was written by a newer Waymark; it is left untouched.
    #[error("this data was written by a newer version of Waymark (schema {found}, this version knows {supported}); update the app. Nothing was changed")]
    SchemaTooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
}

/// The kind of a failure, for an app to react to (offline: try later; suspicious: ask before
/// accepting a shrunk feed; wrong key: ask again). Stored per source by its stable word
/// ([`ErrorKind::as_str`]).
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// No network, or the server could not be reached.
    Offline,
    /// The server took too long.
    Timeout,
    /// The server answered with an error status.
    HttpStatus,
    /// The answer or file was not a usable feed (or was too large).
    InvalidData,
    /// The feed shrank drastically; the previous meetings were kept.
    Suspicious,
    /// The work was stopped on request; nothing was written.
    Cancelled,
    /// Something asked for does not exist.
    NotFound,
    /// The vault key is not this vault's.
    WrongKey,
    /// The passphrase is not this vault's or backup's.
    WrongPassphrase,
    /// A backup file is damaged.
    Damaged,
    /// Anything else.
    Other,
}

impl ErrorKind {
    /// The stable word for this kind: `offline`, `timeout`, `http_status`, `invalid_data`,
    /// `suspicious`, `cancelled`, `not_found`, `wrong_key`, `wrong_passphrase`, `damaged`,
    /// `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Offline => "offline",
            ErrorKind::Timeout => "timeout",
            ErrorKind::HttpStatus => "http_status",
            ErrorKind::InvalidData => "invalid_data",
            ErrorKind::Suspicious => "suspicious",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::NotFound => "not_found",
            ErrorKind::WrongKey => "wrong_key",
            ErrorKind::WrongPassphrase => "wrong_passphrase",
            ErrorKind::Damaged => "damaged",
            ErrorKind::Other => "other",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl rusqlite::ToSql for ErrorKind {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl Error {
    /// The kind of failure, stored per source and shown by shells.
    pub fn kind(&self) -> ErrorKind {
        use crate::support::fetch::FetchError;
        match self {
            Error::Fetch(FetchError::Offline(_)) => ErrorKind::Offline,
            Error::Fetch(FetchError::Timeout) => ErrorKind::Timeout,
            Error::Fetch(FetchError::Http(_)) => ErrorKind::HttpStatus,
            Error::Fetch(FetchError::TooLarge(_)) => ErrorKind::InvalidData,
            Error::Suspicious { .. } => ErrorKind::Suspicious,
            Error::Fetch(FetchError::Cancelled)
            | Error::Feed(crate::directory::import::FeedError::Cancelled) => ErrorKind::Cancelled,
            Error::Feed(_) => ErrorKind::InvalidData,
            Error::NotFound(_) => ErrorKind::NotFound,
            Error::WrongKey => ErrorKind::WrongKey,
            Error::WrongPassphrase => ErrorKind::WrongPassphrase,
            Error::BackupDamaged(_) => ErrorKind::Damaged,
            _ => ErrorKind::Other,
        }
    }

    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidArgument(msg.into())
    }
}
