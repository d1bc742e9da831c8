//! A relay's signing key (the `relay-build` feature): made once, kept owner-only, never
//! overwritten, read back for each build. Phones never hold one; they check signatures with
//! the public key (`keys.rs`).

use std::path::Path;

use ed25519_dalek::SigningKey;

use super::keys::{hex, unhex, PublicKey};
use crate::support::error::{Error, Result};
use crate::support::msg;

/// The prefix of a relay's secret key file (followed by 64 hex digits).
pub const SECRET_KEY_PREFIX: &str = "waymark-relay-secret-v1:";

/// Makes a new relay key: writes the secret key to `path`, readable by its owner only, and
/// returns the public key to give to phones. Refuses to overwrite an existing file (a lost
/// key cannot be recovered, and phones trust only the key they were given).
pub fn keygen(path: &Path) -> Result<PublicKey> {
    let mut seed = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::getrandom(&mut seed[..])
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    let key = SigningKey::from_bytes(&seed);
    let text = zeroize::Zeroizing::new(format!("{SECRET_KEY_PREFIX}{}\n", hex(&*seed)));
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(crate::support::files::PRIVATE_FILE_MODE);
    }
    let mut f = o.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::invalid_with(
                msg::RELAY_KEY_EXISTS,
                [("path", path.display().to_string().into())],
            )
        } else {
            Error::Io(e)
        }
    })?;
    use std::io::Write;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(PublicKey::from_bytes(key.verifying_key().to_bytes()))
}

/// Reads a secret key file written by [`keygen`].
pub fn load_key(path: &Path) -> Result<SigningKey> {
    let text = zeroize::Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
        Error::not_found_with(
            msg::RELAY_KEY_UNREADABLE,
            [
                ("path", path.display().to_string().into()),
                ("detail", e.to_string().into()),
            ],
        )
    })?);
    let seed = text
        .trim()
        .strip_prefix(SECRET_KEY_PREFIX)
        .and_then(unhex::<32>)
        .map(zeroize::Zeroizing::new)
        .ok_or_else(|| {
            Error::invalid_with(
                msg::RELAY_KEY_INVALID,
                [
                    ("path", path.display().to_string().into()),
                    ("prefix", SECRET_KEY_PREFIX.into()),
                ],
            )
        })?;
    Ok(SigningKey::from_bytes(&seed))
}

/// The public key of a secret key.
pub fn public_key(key: &SigningKey) -> PublicKey {
    PublicKey::from_bytes(key.verifying_key().to_bytes())
}
