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
    /// kept. A sync with [`crate::SyncOptions::accept_shrink`] applies it anyway; each shell
    /// says how (the CLI names its flag, the apps do not).
    #[error(
        "the feed now has {now} meetings instead of {previous}; the previous {previous} are kept"
    )]
    Suspicious {
        /// Meetings in the stored snapshot.
        previous: u64,
        /// Meetings in the new feed.
        now: u64,
    },
    /// Waymark could not tell which format a feed is in, and the caller did not say. Nothing
    /// was read. `subject` is the file's path or "the feed at <address>".
    #[error("the format of {subject} could not be recognised")]
    UnknownFormat {
        /// The file or feed, as the person gave it.
        subject: String,
    },
    /// A meeting has no time zone of its own and the caller gave none to fall back on, so its
    /// times cannot be placed in a calendar. Nothing was written.
    #[error("{meeting} has no time zone, so its times cannot be exported")]
    MeetingWithoutTimezone {
        /// The meeting's name.
        meeting: String,
    },
    /// A BMLT GetFormats answer was given where a list of meetings belongs. It describes a
    /// BMLT feed's format codes and goes beside that feed (its formats file). Nothing was
    /// read.
    #[error(
        "{subject} is a BMLT GetFormats answer, not a list of meetings: it goes beside the BMLT \
         feed it describes, as that feed's formats file"
    )]
    FormatsFileAsFeed {
        /// The file, as the person gave it.
        subject: String,
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
    /// A relay offered an older publication than the one this phone already applied (a
    /// replayed or rolled-back manifest). Nothing changed.
    #[error("the relay offered older data (version {offered}) than this phone has (version {have}); what the phone has is kept")]
    RelayRollback {
        /// The version this phone applied last.
        have: u64,
        /// The version the relay offered.
        offered: u64,
    },
    /// Data from a relay cannot be used (damaged, cut short, a web page, a bad signature);
    /// what the phone had is kept.
    #[error(transparent)]
    Relay(#[from] crate::relay::RelayError),
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
    /// A car-pool start or pickup is further from the meeting than the person's limit (a
    /// vault setting, [`crate::rides::outbox::DEFAULT_MAX_RIDE_START_KM`] by default): most
    /// often a mistyped point (in the sea, another country). Nothing was queued.
    #[error("that starting point is about {distance_km} km from the meeting; rides start within {limit_km} km of it")]
    RideStartTooFar {
        /// Straight-line distance from the point to the meeting, rounded.
        distance_km: u32,
        /// The limit in force.
        limit_km: u32,
    },
    /// The meeting on the date asked for has already started (in the meeting's own zone), so
    /// no ride can go to it. Nothing was queued.
    #[error("that meeting has already started on that date; choose a later date")]
    MeetingAlreadyStarted,
    /// No offer or request of this device has that id. Nothing was queued.
    #[error("no ride with that id on this device")]
    UnknownRide,
    /// No match this device has seen has that id. Nothing was queued.
    #[error("no match with that id on this device; sync to see new matches")]
    UnknownMatch,
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
    /// Something passed in is not usable (a date, a point, a file of no known format); the
    /// person can fix it.
    InvalidInput,
    /// The file was written by a newer Waymark; update the app to open it.
    TooNew,
    /// Anything else (storage failures).
    Other,
}

impl ErrorKind {
    /// The stable word for this kind: `offline`, `timeout`, `http_status`, `invalid_data`,
    /// `suspicious`, `cancelled`, `not_found`, `wrong_key`, `wrong_passphrase`, `damaged`,
    /// `invalid_input`, `too_new`, `other`.
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
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::TooNew => "too_new",
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
            Error::Fetch(FetchError::BadUrl(_)) => ErrorKind::InvalidInput,
            Error::Fetch(FetchError::InsecureRedirect) => ErrorKind::InvalidData,
            Error::Suspicious { .. } | Error::RelayRollback { .. } => ErrorKind::Suspicious,
            Error::Fetch(FetchError::Cancelled)
            | Error::Feed(crate::directory::import::FeedError::Cancelled) => ErrorKind::Cancelled,
            Error::Feed(_) => ErrorKind::InvalidData,
            Error::NotFound(_) | Error::UnknownRide | Error::UnknownMatch => ErrorKind::NotFound,
            Error::WrongKey => ErrorKind::WrongKey,
            Error::WrongPassphrase => ErrorKind::WrongPassphrase,
            Error::BackupDamaged(_) => ErrorKind::Damaged,
            Error::InvalidArgument(_)
            | Error::UnknownFormat { .. }
            | Error::FormatsFileAsFeed { .. }
            | Error::MeetingWithoutTimezone { .. }
            | Error::RideStartTooFar { .. }
            | Error::MeetingAlreadyStarted => ErrorKind::InvalidInput,
            Error::SchemaTooNew { .. } => ErrorKind::TooNew,
            Error::Relay(crate::relay::RelayError::BadKey(_)) => ErrorKind::InvalidInput,
            Error::Relay(crate::relay::RelayError::UnsupportedFormat { .. }) => ErrorKind::TooNew,
            Error::Relay(_) => ErrorKind::InvalidData,
            Error::Storage(e) if is_interrupt(e) => ErrorKind::Cancelled,
            Error::Storage(_) | Error::Io(_) | Error::UnsafeBuild(_) => ErrorKind::Other,
        }
    }

    /// Whether this is a read stopped by [`crate::directory::Directory::interrupt`] (a
    /// search the app no longer needs). Shells ignore it rather than show it.
    pub fn is_interrupted(&self) -> bool {
        matches!(self, Error::Storage(e) if is_interrupt(e))
    }

    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidArgument(msg.into())
    }
}

/// SQLite's answer to `sqlite3_interrupt`.
fn is_interrupt(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::import::FeedError;
    use crate::support::fetch::FetchError;

    /// Every error the core can say, one of each kind. Shells show these sentences as they
    /// are (the apps always do), so none may name a command-line flag.
    fn one_of_each() -> Vec<Error> {
        vec![
            Error::InvalidArgument("the date must be a real date".into()),
            Error::Feed(FeedError::InvalidDocument {
                format: "meeting-guide",
                detail: "expected a list".into(),
            }),
            Error::Feed(FeedError::Io(std::io::Error::other("gone"))),
            Error::Feed(FeedError::Sink("full".into())),
            Error::Feed(FeedError::Cancelled),
            Error::Fetch(FetchError::Offline("no route".into())),
            Error::Fetch(FetchError::Timeout),
            Error::Fetch(FetchError::Http(503)),
            Error::Fetch(FetchError::TooLarge(10)),
            Error::Fetch(FetchError::BadUrl("x".into())),
            Error::Fetch(FetchError::InsecureRedirect),
            Error::Fetch(FetchError::Cancelled),
            Error::Suspicious {
                previous: 400,
                now: 3,
            },
            Error::UnknownFormat {
                subject: "the feed at https://example.org/feed".into(),
            },
            Error::MeetingWithoutTimezone {
                meeting: "Lunch Bunch".into(),
            },
            Error::FormatsFileAsFeed {
                subject: "formats.json".into(),
            },
            Error::NotFound("no source x".into()),
            Error::WrongKey,
            Error::WrongPassphrase,
            Error::BackupDamaged("truncated".into()),
            Error::Storage(rusqlite::Error::InvalidQuery),
            Error::Io(std::io::Error::other("disk full")),
            Error::UnsafeBuild("no SQLCipher".into()),
            Error::SchemaTooNew {
                found: 9,
                supported: 3,
            },
            Error::RideStartTooFar {
                distance_km: 412,
                limit_km: 150,
            },
            Error::MeetingAlreadyStarted,
            Error::UnknownRide,
            Error::UnknownMatch,
            Error::Relay(crate::relay::RelayError::BadSignature),
            Error::RelayRollback {
                have: 7,
                offered: 6,
            },
            Error::Relay(crate::relay::RelayError::Damaged {
                what: "tile line 3: not JSON at line 1".into(),
            }),
        ]
    }

    #[test]
    fn no_core_error_names_a_command_line_flag() {
        for e in one_of_each() {
            let text = e.to_string();
            assert!(!text.contains("--"), "{e:?} says {text:?}");
            assert!(!text.contains('`'), "{e:?} says {text:?}");
            assert!(!text.trim().is_empty(), "{e:?}");
        }
    }

    #[test]
    fn the_format_and_zone_errors_say_what_is_missing_in_plain_words() {
        let shrink = Error::Suspicious {
            previous: 400,
            now: 3,
        };
        assert_eq!(
            shrink.to_string(),
            "the feed now has 3 meetings instead of 400; the previous 400 are kept"
        );
        assert_eq!(shrink.kind(), "suspicious");
        let unknown = Error::UnknownFormat {
            subject: "feed.json".into(),
        };
        assert_eq!(
            unknown.to_string(),
            "the format of feed.json could not be recognised"
        );
    }
}
