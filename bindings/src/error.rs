//! The one error apps see. Its variants are the ones an app does something different for;
//! the message is always a plain sentence that can be shown as it is.
//!
//! The core's errors are typed and its sentences name no command-line flag; where the fix is
//! something the person does in the app, the sentence here says that instead ([`app_message`]).

use waymark_core::directory::import::FeedError;
use waymark_core::support::fetch::FetchError;
use waymark_core::Error as CoreError;
use waymark_core::ErrorKind;

/// Why a call failed. The exception's message is the plain sentence.
#[derive(Debug, Clone, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum WaymarkError {
    /// No network, or the server did not answer in time: keep working offline and retry later.
    #[error("{message}")]
    Offline {
        /// What happened, in plain words.
        message: String,
    },
    /// The vault's key or passphrase is wrong. Nothing was opened or changed.
    #[error("{message}")]
    WrongKey {
        /// What happened, in plain words.
        message: String,
    },
    /// Something passed in is not usable (a date, a point, a rule…); show the message so the
    /// person can fix it.
    #[error("{message}")]
    InvalidInput {
        /// What is wrong, in plain words.
        message: String,
    },
    /// The meeting, entry or ride does not exist (any more).
    #[error("{message}")]
    NotFound {
        /// What was not found.
        message: String,
    },
    /// The data is in a state that does not allow this (a newer schema, a shrinking feed, a
    /// damaged backup, a cancelled sync).
    #[error("{message}")]
    Conflict {
        /// What happened, in plain words.
        message: String,
    },
    /// Anything else (storage failures). Rare; report it.
    #[error("{message}")]
    Other {
        /// What happened.
        message: String,
    },
}

impl From<CoreError> for WaymarkError {
    fn from(e: CoreError) -> Self {
        WaymarkError::of_kind(e.kind(), app_message(&e))
    }
}

impl WaymarkError {
    /// The app's error for a core failure of `kind`, worded `message`. The one mapping from
    /// the core's kinds to what an app reacts to: a direct call's error and a background
    /// sync's end both go through it, so they cannot drift apart.
    pub(crate) fn of_kind(kind: ErrorKind, message: String) -> Self {
        match kind {
            ErrorKind::Offline | ErrorKind::Timeout => WaymarkError::Offline { message },
            ErrorKind::WrongKey | ErrorKind::WrongPassphrase => WaymarkError::WrongKey { message },
            ErrorKind::InvalidInput => WaymarkError::InvalidInput { message },
            ErrorKind::NotFound => WaymarkError::NotFound { message },
            ErrorKind::HttpStatus
            | ErrorKind::InvalidData
            | ErrorKind::Suspicious
            | ErrorKind::Cancelled
            | ErrorKind::Damaged
            | ErrorKind::TooNew => WaymarkError::Conflict { message },
            ErrorKind::Other => WaymarkError::Other { message },
        }
    }
}

/// The app's sentence for a core error: the core's own, except where the app words the fix
/// differently from the CLI (a setting to change rather than a flag to pass).
pub fn app_message(e: &CoreError) -> String {
    match e {
        CoreError::Suspicious { previous, now } => format!(
            "The meeting list now has {now} meetings instead of {previous}, which looks like a \
             mistake in the feed, so the {previous} you had are kept."
        ),
        CoreError::UnknownFormat { subject } => format!(
            "Waymark could not recognise the format of {subject}. It reads Meeting Guide, BMLT \
             and TSML meeting lists."
        ),
        CoreError::MeetingWithoutTimezone { meeting } => format!(
            "{meeting} has no time zone, so it cannot be added to a calendar. Set a time zone \
             for its meeting list and try again."
        ),
        CoreError::Fetch(FetchError::Cancelled) | CoreError::Feed(FeedError::Cancelled) => {
            "The sync was stopped; the meetings you had are kept.".into()
        }
        e => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_core_errors_reach_the_apps_as_their_kind_with_app_words_and_no_flags() {
        let cases = [
            (
                CoreError::Suspicious {
                    previous: 400,
                    now: 3,
                },
                "Conflict",
                "400 you had are kept",
            ),
            (
                CoreError::UnknownFormat {
                    subject: "the feed at https://example.org/f".into(),
                },
                "InvalidInput",
                "could not recognise the format of the feed at https://example.org/f",
            ),
            (
                CoreError::Fetch(FetchError::Cancelled),
                "Conflict",
                "The sync was stopped; the meetings you had are kept.",
            ),
            (
                CoreError::MeetingWithoutTimezone {
                    meeting: "Lunch Bunch".into(),
                },
                "InvalidInput",
                "Lunch Bunch has no time zone",
            ),
        ];
        for (core, kind, words) in cases {
            let app = WaymarkError::from(core);
            let (got_kind, message) = match &app {
                WaymarkError::Conflict { message } => ("Conflict", message),
                WaymarkError::InvalidInput { message } => ("InvalidInput", message),
                other => panic!("unexpected {other:?}"),
            };
            assert_eq!(got_kind, kind, "{app:?}");
            assert!(message.contains(words), "{message}");
            assert!(!message.contains("--"), "{message}");
            assert_eq!(app.to_string(), *message);
        }
    }
}
