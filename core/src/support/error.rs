//! Errors.
//!
//! [`Error`] is what every core operation returns. Its variants are the ones a caller acts on
//! differently: a bad argument (show the message, let the person fix it), a feed that could not
//! be read (the previous snapshot is kept, show when it last worked), something not found, and
//! storage failures (rare; report them).
//!
//! No variant carries an English sentence: each says *which* problem by a message id
//! ([`super::msg`]) with its values, and is worded for a person by [`Error::message_in`] in
//! their locale (the phones in the app's language, the CLI in `--locale`). Its `Display` is the
//! en-GB wording, for tests and for a log line that needs one.

use crate::directory::import::FeedError;
use crate::l10n::{Arg, Locale, Words};
use crate::relay::RelayError;
use crate::support::fetch::FetchError;
use crate::support::msg::{self, Id};

/// A value of a problem's message: text given by a person or a feed (isolated from the
/// sentence when worded), or a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text, shown as it is (a name, a path, a zone as typed).
    Text(String),
    /// A number, shown as digits.
    Number(i64),
}

impl From<&str> for Value {
    fn from(t: &str) -> Self {
        Value::Text(t.to_string())
    }
}

impl From<String> for Value {
    fn from(t: String) -> Self {
        Value::Text(t)
    }
}

impl From<&String> for Value {
    fn from(t: &String) -> Self {
        Value::Text(t.clone())
    }
}

macro_rules! number_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_value!(i64, u64, i32, u32, u16, u8, usize);

/// One problem, by message id and the values its message needs: what a bad argument, a
/// missing thing, a damaged backup or an unsafe build says, worded only when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    id: Id,
    args: Vec<(&'static str, Value)>,
}

impl Problem {
    /// A problem whose message takes these values.
    pub fn new(id: Id, args: impl IntoIterator<Item = (&'static str, Value)>) -> Self {
        Problem {
            id,
            args: args.into_iter().collect(),
        }
    }

    /// Its message id.
    pub fn id(&self) -> Id {
        self.id
    }

    /// The value given for a variable, if any.
    pub fn arg(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    fn words(&self, w: &Words, isolating: bool) -> String {
        words(w, self.id.as_str(), &self.args, isolating)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Words::get(Locale::EnGb), false))
    }
}

/// Words message `id` with `args` in `w`'s locale (values isolated when `isolating` and one of
/// them is text: digits keep their direction, and marks around them would only be invisible
/// characters in copied text).
fn words(w: &Words, id: &str, args: &[(&'static str, Value)], isolating: bool) -> String {
    let isolating = isolating && args.iter().any(|(_, v)| matches!(v, Value::Text(_)));
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(n, v)| {
            (
                *n,
                match v {
                    Value::Text(t) => Arg::Text(t),
                    Value::Number(n) => Arg::Number(*n),
                },
            )
        })
        .collect();
    if isolating {
        w.text(id, &args)
    } else {
        w.own(id, &args)
    }
}

/// Result alias for the core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in terms a caller can act on. Worded by [`Error::message_in`].
#[derive(Debug)]
pub enum Error {
    /// An argument from the caller is not usable (unknown zone, bad coordinates, bad format).
    InvalidArgument(Problem),
    /// A feed could not be read as a whole; nothing from it was written.
    Feed(FeedError),
    /// A feed could not be fetched (offline, timeout, HTTP error); nothing was changed.
    Fetch(FetchError),
    /// The feed looks wrong (empty, or far smaller than last time): the previous snapshot is
    /// kept. A sync with [`crate::SyncOptions::accept_shrink`] applies it anyway; each shell
    /// says how (the CLI names its flag, the apps do not).
    Suspicious {
        /// Meetings in the stored snapshot.
        previous: u64,
        /// Meetings in the new feed.
        now: u64,
    },
    /// Waymark could not tell which format a feed is in, and the caller did not say. Nothing
    /// was read. `subject` is the file's path or the feed's address.
    UnknownFormat {
        /// The file or feed, as the person gave it.
        subject: String,
    },
    /// A meeting has no time zone of its own and the caller gave none to fall back on, so its
    /// times cannot be placed in a calendar. Nothing was written.
    MeetingWithoutTimezone {
        /// The meeting's name.
        meeting: String,
    },
    /// A BMLT GetFormats answer was given where a list of meetings belongs. It describes a
    /// BMLT feed's format codes and goes beside that feed (its formats file). Nothing was
    /// read.
    FormatsFileAsFeed {
        /// The file, as the person gave it.
        subject: String,
    },
    /// A source, meeting or file that does not exist.
    NotFound(Problem),
    /// The vault could not be opened with this key or passphrase. Nothing was changed.
    WrongKey,
    /// The backup's passphrase is wrong (or the file was altered where the key is kept).
    /// Nothing was restored.
    WrongPassphrase,
    /// A backup or export file cannot be used. Nothing was restored.
    BackupDamaged(Problem),
    /// A relay offered an older publication than the one this phone already applied (a
    /// replayed or rolled-back manifest). Nothing changed.
    RelayRollback {
        /// The version this phone applied last.
        have: u64,
        /// The version the relay offered.
        offered: u64,
    },
    /// Data from a relay cannot be used (damaged, cut short, a web page, a bad signature);
    /// what the phone had is kept.
    Relay(RelayError),
    /// The database failed.
    Storage(rusqlite::Error),
    /// A file could not be read or written.
    Io(std::io::Error),
    /// This build of Waymark cannot keep the vault safe (no SQLCipher, or SQLCipher with a
    /// crypto provider other than the one the project ships). Nothing was opened or written.
    UnsafeBuild(Problem),
    /// A car-pool start or pickup is further from the meeting than the person's limit (a
    /// vault setting, [`crate::rides::outbox::DEFAULT_MAX_RIDE_START_KM`] by default): most
    /// often a mistyped point (in the sea, another country). Nothing was queued.
    RideStartTooFar {
        /// Straight-line distance from the point to the meeting, rounded.
        distance_km: u32,
        /// The limit in force.
        limit_km: u32,
    },
    /// The meeting on the date asked for has already started (in the meeting's own zone), so
    /// no ride can go to it. Nothing was queued.
    MeetingAlreadyStarted,
    /// No offer or request of this device has that id. Nothing was queued.
    UnknownRide,
    /// No match this device has seen has that id. Nothing was queued.
    UnknownMatch,
    /// The directory or vault file was written by a newer Waymark; it is left untouched.
    SchemaTooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
}

impl From<FeedError> for Error {
    fn from(e: FeedError) -> Self {
        Error::Feed(e)
    }
}

impl From<FetchError> for Error {
    fn from(e: FetchError) -> Self {
        Error::Fetch(e)
    }
}

impl From<RelayError> for Error {
    fn from(e: RelayError) -> Self {
        Error::Relay(e)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    /// The en-GB wording, without isolation marks (for tests and logs).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.worded(Words::get(Locale::EnGb), false))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        // A sub-error is this error's own words (as `#[error(transparent)]` was): its cause,
        // if any, is the next one down.
        match self {
            Error::Feed(e) => e.source(),
            Error::Fetch(e) => e.source(),
            Error::Relay(e) => e.source(),
            Error::Storage(e) => Some(e),
            Error::Io(e) => Some(e),
            _ => None,
        }
    }
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

    /// A bad argument whose message takes no values.
    pub fn invalid(id: Id) -> Self {
        Error::InvalidArgument(Problem::new(id, []))
    }

    /// A bad argument whose message takes these values.
    pub fn invalid_with<const N: usize>(id: Id, args: [(&'static str, Value); N]) -> Self {
        Error::InvalidArgument(Problem::new(id, args))
    }

    /// Something Waymark itself failed to prepare (a value it could not encode): rare, and
    /// never the person's doing. `detail` is the system's reason.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Error::invalid_with(msg::INTERNAL, [("detail", detail.to_string().into())])
    }

    /// Something not found, whose message takes no values.
    pub fn not_found(id: Id) -> Self {
        Error::NotFound(Problem::new(id, []))
    }

    /// Something not found, whose message takes these values.
    pub fn not_found_with<const N: usize>(id: Id, args: [(&'static str, Value); N]) -> Self {
        Error::NotFound(Problem::new(id, args))
    }

    /// A backup that cannot be used, whose message takes these values.
    pub(crate) fn damaged<const N: usize>(id: Id, args: [(&'static str, Value); N]) -> Self {
        Error::BackupDamaged(Problem::new(id, args))
    }

    /// This error in `w`'s words, for a person: names and paths inside the sentence keep
    /// their own direction (bidi isolation). A message a locale lacks comes from en-GB.
    pub fn message_in(&self, w: &Words) -> String {
        self.worded(w, true)
    }

    /// The message id and values that word this error (the one place that maps each
    /// variant, and each variant of the sub-errors, to its message).
    pub fn message(&self) -> (Id, Vec<(&'static str, Value)>) {
        let text = |t: &str| Value::Text(t.to_string());
        fn n(v: impl Into<Value>) -> Value {
            v.into()
        }
        match self {
            Error::InvalidArgument(p)
            | Error::NotFound(p)
            | Error::BackupDamaged(p)
            | Error::UnsafeBuild(p) => (p.id, p.args.clone()),
            Error::Feed(FeedError::InvalidDocument { format, detail }) => (
                msg::FEED_INVALID,
                vec![("format", text(format)), ("detail", text(detail))],
            ),
            Error::Feed(FeedError::Io(e)) => {
                (msg::FEED_UNREADABLE, vec![("detail", text(&e.to_string()))])
            }
            Error::Feed(FeedError::Sink(d)) => (msg::FEED_NOT_SAVED, vec![("detail", text(d))]),
            Error::Feed(FeedError::Cancelled) | Error::Fetch(FetchError::Cancelled) => {
                (msg::SYNC_CANCELLED, vec![])
            }
            Error::Fetch(FetchError::Offline(_)) => (msg::FETCH_OFFLINE, vec![]),
            Error::Fetch(FetchError::Timeout) => (msg::FETCH_TIMEOUT, vec![]),
            Error::Fetch(FetchError::Http(s)) => (msg::FETCH_STATUS, vec![("status", n(*s))]),
            Error::Fetch(FetchError::TooLarge(m)) => (msg::FETCH_TOO_LARGE, vec![("max", n(*m))]),
            Error::Fetch(FetchError::BadUrl(a)) => {
                (msg::FETCH_BAD_ADDRESS, vec![("address", text(a))])
            }
            Error::Fetch(FetchError::InsecureRedirect) => (msg::FETCH_INSECURE_REDIRECT, vec![]),
            Error::Suspicious { previous, now } => (
                msg::SUSPICIOUS,
                vec![("previous", n(*previous)), ("now", n(*now))],
            ),
            Error::UnknownFormat { subject } => {
                (msg::UNKNOWN_FORMAT, vec![("subject", text(subject))])
            }
            Error::MeetingWithoutTimezone { meeting } => {
                (msg::MEETING_WITHOUT_ZONE, vec![("meeting", text(meeting))])
            }
            Error::FormatsFileAsFeed { subject } => {
                (msg::FORMATS_FILE_AS_FEED, vec![("subject", text(subject))])
            }
            Error::WrongKey => (msg::WRONG_KEY, vec![]),
            Error::WrongPassphrase => (msg::WRONG_BACKUP_PASSPHRASE, vec![]),
            Error::RelayRollback { have, offered } => (
                msg::RELAY_ROLLBACK,
                vec![("have", n(*have)), ("offered", n(*offered))],
            ),
            Error::Relay(e) => match e {
                RelayError::NotRelayData => (msg::RELAY_NOT_DATA, vec![]),
                RelayError::Truncated => (msg::RELAY_TRUNCATED, vec![]),
                RelayError::TooLarge { limit } => (msg::RELAY_TOO_LARGE, vec![("max", n(*limit))]),
                RelayError::Damaged { what } => (msg::RELAY_DAMAGED, vec![("detail", text(what))]),
                RelayError::UnsupportedFormat { found, supported } => (
                    msg::RELAY_NEWER_FORMAT,
                    vec![("found", n(*found)), ("supported", n(*supported))],
                ),
                RelayError::BadSignature => (msg::RELAY_BAD_SIGNATURE, vec![]),
                RelayError::BadKey(d) => (msg::RELAY_BAD_KEY, vec![("detail", text(d))]),
                RelayError::WrongBase => (msg::RELAY_WRONG_BASE, vec![]),
                RelayError::HashMismatch => (msg::RELAY_HASH_MISMATCH, vec![]),
            },
            Error::Storage(e) => (msg::STORAGE, vec![("detail", text(&e.to_string()))]),
            Error::Io(e) => (msg::IO, vec![("detail", text(&e.to_string()))]),
            Error::RideStartTooFar {
                distance_km,
                limit_km,
            } => (
                msg::RIDE_START_TOO_FAR,
                vec![("distance", n(*distance_km)), ("limit", n(*limit_km))],
            ),
            Error::MeetingAlreadyStarted => (msg::MEETING_ALREADY_STARTED, vec![]),
            Error::UnknownRide => (msg::UNKNOWN_RIDE, vec![]),
            Error::UnknownMatch => (msg::UNKNOWN_MATCH, vec![]),
            Error::SchemaTooNew { found, supported } => (
                msg::SCHEMA_TOO_NEW,
                vec![("found", n(*found)), ("supported", n(*supported))],
            ),
        }
    }

    fn worded(&self, w: &Words, isolating: bool) -> String {
        let (id, args) = self.message();
        words(w, id.as_str(), &args, isolating)
    }
}

/// SQLite's answer to `sqlite3_interrupt`.
fn is_interrupt(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted)
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
