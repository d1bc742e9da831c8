//! A relay's public key, its signature on the manifest, and the SHA-256 hashes a manifest
//! carries.
//!
//! The phones check signatures and hashes with `ring`, which their library already holds for
//! TLS, rather than with a second Ed25519 and SHA-2 implementation: the library has an 8 MB
//! budget and was within 0.2 MB of it. Signing (only the relay's build does it) uses
//! `ed25519-dalek`, behind the `relay-build` feature; both are standard Ed25519.

use super::format::{RelayError, PUBLIC_KEY_PREFIX};

type Result<T, E = RelayError> = std::result::Result<T, E>;

/// Lower-case hex SHA-256 of `bytes`: the hashes a manifest carries.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

pub(crate) fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.as_bytes();
    if text.len() != N * 2 {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = digit(text[2 * i])? << 4 | digit(text[2 * i + 1])?;
    }
    Some(out)
}

/// A relay's public key: what a phone (or `waymark area add`) is configured with to trust a
/// relay. Text form: `waymark-relay-v1:` followed by 64 hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// Reads the text form ([`PUBLIC_KEY_PREFIX`] + 64 hex digits; spaces around are fine).
    pub fn parse(text: &str) -> Result<Self> {
        let text = text.trim();
        let hexpart = text
            .strip_prefix(PUBLIC_KEY_PREFIX)
            .ok_or(RelayError::BadKey("it should start with waymark-relay-v1:"))?;
        // 32 bytes that are not a point on the curve pass here and fail every signature check
        // (`BadSignature`), which is where a wrong key shows anyway.
        let bytes =
            unhex::<32>(hexpart).ok_or(RelayError::BadKey("it should end with 64 hex digits"))?;
        Ok(PublicKey(bytes))
    }

    /// The text form.
    pub fn to_text(&self) -> String {
        format!("{PUBLIC_KEY_PREFIX}{}", hex(&self.0))
    }

    /// The id a phone gives this relay's source (`relay-` and 12 hex digits of the key's
    /// SHA-256), so the relay knows it too: its meetings' ids on the phone start with it,
    /// which is what lets the relay write them into a tile image (see
    /// [`super::format::ImageRef`]). A phone that already had a source of that id numbers the
    /// new one (`…-2`) and does not use images.
    pub fn phone_source_id(&self) -> String {
        let digest = hex(ring::digest::digest(&ring::digest::SHA256, &self.0).as_ref());
        format!("relay-{}", &digest[..12])
    }

    /// The key of 32 raw bytes (an Ed25519 verifying key).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        PublicKey(bytes)
    }

    /// Checks `sig` (`manifest.sig`: 128 hex digits, a trailing newline is fine, or the raw 64
    /// bytes) over exactly `message` with this key.
    pub fn verify(&self, message: &[u8], sig: &[u8]) -> Result<()> {
        let bytes: [u8; 64] = if sig.len() == 64 {
            sig.try_into().map_err(|_| RelayError::BadSignature)?
        } else {
            let text = std::str::from_utf8(sig).map_err(|_| RelayError::BadSignature)?;
            unhex::<64>(text.trim()).ok_or(RelayError::BadSignature)?
        };
        ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, self.0)
            .verify(message, &bytes)
            .map_err(|_| RelayError::BadSignature)
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_text())
    }
}

impl std::str::FromStr for PublicKey {
    type Err = RelayError;
    fn from_str(s: &str) -> Result<Self> {
        Self::parse(s)
    }
}
