//! The one error apps see. Its variants are the ones an app does something different for;
//! the message is always a plain sentence that can be shown as it is.

use waymark_core::Error as CoreError;

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
        use waymark_core::support::fetch::FetchError;
        let message = e.to_string();
        match e {
            CoreError::Fetch(FetchError::Offline(_) | FetchError::Timeout) => {
                WaymarkError::Offline { message }
            }
            CoreError::WrongKey | CoreError::WrongPassphrase => WaymarkError::WrongKey { message },
            CoreError::InvalidArgument(_) => WaymarkError::InvalidInput { message },
            CoreError::NotFound(_) => WaymarkError::NotFound { message },
            CoreError::Suspicious { .. }
            | CoreError::SchemaTooNew { .. }
            | CoreError::BackupDamaged(_)
            | CoreError::Feed(_)
            | CoreError::Fetch(_) => WaymarkError::Conflict { message },
            CoreError::Storage(_) | CoreError::Io(_) | CoreError::UnsafeBuild(_) => {
                WaymarkError::Other { message }
            }
        }
    }
}
