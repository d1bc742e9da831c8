//! The one error apps see. Its variants are the ones an app does something different for;
//! the message is always a plain sentence that can be shown as it is, in the app's language.
//!
//! The core's errors are typed (a message id and its values) and its sentences name no
//! command-line flag; where the fix is something the person does in the app, the sentence
//! here says that instead ([`app_message`]). Which language: the one the app last gave to
//! [`set_app_locale`] (en-GB until it does), because an error reaches the app from any call
//! and a locale on every call would be noise.

use std::sync::RwLock;

use waymark_core::directory::import::FeedError;
use waymark_core::l10n::{negotiate, Arg, Locale, Words};
use waymark_core::support::fetch::FetchError;
use waymark_core::support::msg;
use waymark_core::Error as CoreError;
use waymark_core::ErrorKind;

/// The language errors are worded in, for the whole process.
static APP_LOCALE: RwLock<Locale> = RwLock::new(Locale::EnGb);

/// Sets the language every error message comes in from now on (a tag as the system or the
/// person gives it: `cy`, `es-MX`, `en_US.UTF-8`). One Waymark does not speak, or a malformed
/// tag, gives English (UK). Call it at start-up and whenever the language changes in Settings.
#[uniffi::export]
pub fn set_app_locale(tag: String) {
    let locale = negotiate(&tag).locale;
    let mut slot = APP_LOCALE
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    *slot = locale;
}

/// The language set with [`set_app_locale`] (en-GB until it is).
pub(crate) fn app_locale() -> Locale {
    *APP_LOCALE
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The words of the language set with [`set_app_locale`].
pub(crate) fn app_words() -> &'static Words {
    Words::get(app_locale())
}

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

/// The app's sentence for a core error, in the app's language ([`set_app_locale`]).
pub fn app_message(e: &CoreError) -> String {
    app_message_in(e, app_words())
}

/// The app's sentence for a core error in `w`'s words: the core's own, except where the app
/// words the fix differently from the CLI (a setting to change rather than a flag to pass).
pub fn app_message_in(e: &CoreError, w: &Words) -> String {
    let count = |n: u64| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
    match e {
        // Numbers only: no isolation marks, which would be invisible noise in copied text.
        CoreError::Suspicious { previous, now } => w
            .text(
                msg::APP_SUSPICIOUS.as_str(),
                &[("previous", count(*previous)), ("now", count(*now))],
            )
            .replace(['\u{2068}', '\u{2069}'], ""),
        CoreError::UnknownFormat { subject } => w.text(
            msg::APP_UNKNOWN_FORMAT.as_str(),
            &[("subject", Arg::Text(subject))],
        ),
        CoreError::MeetingWithoutTimezone { meeting } => w.text(
            msg::APP_MEETING_WITHOUT_ZONE.as_str(),
            &[("meeting", Arg::Text(meeting))],
        ),
        CoreError::Fetch(FetchError::Cancelled) | CoreError::Feed(FeedError::Cancelled) => {
            w.text(msg::APP_CANCELLED.as_str(), &[])
        }
        e => e.message_in(w),
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
                    subject: "https://example.org/f".into(),
                },
                "InvalidInput",
                "could not recognise the format of \u{2068}https://example.org/f\u{2069}",
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
                "\u{2068}Lunch Bunch\u{2069} has no time zone",
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
        // The app's language, set once for every later error; an unknown tag is English.
        set_app_locale("cy-GB".into());
        let welsh = WaymarkError::from(CoreError::Fetch(FetchError::Cancelled)).to_string();
        set_app_locale("es".into());
        let spanish = WaymarkError::from(CoreError::WrongKey).to_string();
        set_app_locale("xx-YY".into());
        let english = WaymarkError::from(CoreError::WrongKey).to_string();
        set_app_locale("en-GB".into());
        assert_eq!(
            welsh,
            "Cafodd y cysoni ei atal; mae'r cyfarfodydd oedd gennych yn cael eu cadw."
        );
        assert!(
            spanish.starts_with("Frase de contraseña o clave incorrecta"),
            "{spanish}"
        );
        assert!(english.starts_with("wrong passphrase or key"), "{english}");
    }
}
