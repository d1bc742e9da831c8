//! Vault keys: the 32 raw bytes SQLCipher is opened with, and the optional passphrase that
//! derives them.
//!
//! On a phone the shell generates a random key once ([`VaultKey::generate`]) and keeps it in
//! the Android Keystore or the iOS Keychain; the vault never sees a passphrase. The CLI (and an
//! app lock, if a person asks for one) derives the key from a passphrase with Argon2id. The
//! derivation's salt and cost live next to the vault in a small JSON file ([`KdfParams`]):
//! they are not secret, and without them the passphrase could not be turned into the key.
//!
//! Key bytes are wiped from memory when dropped (`zeroize`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::support::error::{Error, Result};
use crate::support::msg;

/// Length of a vault key in bytes (SQLCipher's raw AES-256 key).
pub const KEY_LEN: usize = 32;

/// The key a vault is encrypted with: 32 secret bytes.
#[derive(Clone)]
pub struct VaultKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey(..)")
    }
}

impl VaultKey {
    /// A new random key from the operating system's generator (for a new vault on a phone).
    pub fn generate() -> Result<Self> {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        getrandom::getrandom(k.as_mut())
            .map_err(|e| Error::invalid_with(msg::NO_RANDOM, [("detail", e.to_string().into())]))?;
        Ok(Self(k))
    }

    /// A key from bytes the shell kept (exactly 32).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let arr: [u8; KEY_LEN] = bytes.try_into().map_err(|_| {
            Error::invalid_with(
                msg::KEY_LENGTH,
                [("expected", KEY_LEN.into()), ("found", bytes.len().into())],
            )
        })?;
        Ok(Self(Zeroizing::new(arr)))
    }

    /// The key's bytes (for the shell to store in the Keystore or Keychain).
    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// `PRAGMA <pragma> = "x'…'";` (`key` or `rekey`) with the key as SQLCipher's raw-key
    /// literal (no key derivation on open). Built in one buffer sized up front, so it is never
    /// reallocated (which would leave a copy of the key behind in freed memory), and wiped when
    /// dropped. Run it with `execute_batch`, which hands the text to SQLite without copying it.
    pub(crate) fn pragma_statement(&self, pragma: &'static str) -> Zeroizing<String> {
        let len = "PRAGMA ".len() + pragma.len() + " = \"x'".len() + 2 * KEY_LEN + "'\";".len();
        let mut s = Zeroizing::new(String::with_capacity(len));
        s.push_str("PRAGMA ");
        s.push_str(pragma);
        s.push_str(" = \"x'");
        for b in self.0.iter() {
            s.push(char::from_digit(u32::from(b >> 4), 16).unwrap_or('0'));
            s.push(char::from_digit(u32::from(b & 0xf), 16).unwrap_or('0'));
        }
        s.push_str("'\";");
        debug_assert_eq!(s.len(), len);
        s
    }
}

/// How a passphrase becomes a [`VaultKey`]: Argon2id with this salt and cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Always `argon2id`.
    pub algorithm: String,
    /// Random salt, 16 bytes, hex.
    pub salt: String,
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl KdfParams {
    /// The cost new vaults use: 64 MiB, 3 passes, 1 lane (RFC 9106's second recommended
    /// setting with one lane, since phones and this VM have few cores). About half a second on a
    /// laptop core; see BENCHMARKS.md.
    pub const DEFAULT_MEMORY_KIB: u32 = 64 * 1024;
    /// Passes for new vaults.
    pub const DEFAULT_ITERATIONS: u32 = 3;

    /// Fresh parameters with a random salt and the default cost.
    pub fn generate() -> Result<Self> {
        Self::with_cost(Self::DEFAULT_MEMORY_KIB, Self::DEFAULT_ITERATIONS)
    }

    /// Fresh parameters with a random salt and the given cost (tests use a small one).
    pub fn with_cost(memory_kib: u32, iterations: u32) -> Result<Self> {
        let mut salt = [0u8; 16];
        getrandom::getrandom(&mut salt)
            .map_err(|e| Error::invalid_with(msg::NO_RANDOM, [("detail", e.to_string().into())]))?;
        let p = Self {
            algorithm: "argon2id".into(),
            salt: hex(&salt),
            memory_kib,
            iterations,
            parallelism: 1,
        };
        p.argon2()?;
        Ok(p)
    }

    fn argon2(&self) -> Result<argon2::Argon2<'static>> {
        if self.algorithm != "argon2id" {
            return Err(Error::invalid_with(
                msg::KDF_UNKNOWN,
                [("name", self.algorithm.as_str().into())],
            ));
        }
        // Bounds keep a tampered parameters file from asking for gigabytes or hours.
        if !(8 * 1024..=1024 * 1024).contains(&self.memory_kib)
            || !(1..=20).contains(&self.iterations)
            || !(1..=8).contains(&self.parallelism)
        {
            return Err(Error::invalid(msg::KDF_SETTINGS));
        }
        let params = argon2::Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(KEY_LEN),
        )
        .map_err(|_| Error::invalid(msg::KDF_SETTINGS))?;
        Ok(argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        ))
    }

    /// Derives the vault key from a passphrase. Deliberately slow (that is the point).
    pub fn derive(&self, passphrase: &str) -> Result<VaultKey> {
        if passphrase.is_empty() {
            return Err(Error::invalid(msg::PASSPHRASE_EMPTY));
        }
        let salt = unhex(&self.salt)
            .filter(|s| s.len() >= 8)
            .ok_or_else(|| Error::invalid(msg::KDF_SETTINGS))?;
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        self.argon2()?
            .hash_password_into(passphrase.as_bytes(), &salt, out.as_mut())
            .map_err(|e| {
                Error::invalid_with(msg::KEY_DERIVATION, [("detail", e.to_string().into())])
            })?;
        Ok(VaultKey(out))
    }

    /// Where the parameters of the vault at `vault_path` are kept: `<vault>.kdf.json`.
    pub fn path_for(vault_path: &Path) -> PathBuf {
        let mut p = vault_path.as_os_str().to_owned();
        p.push(".kdf.json");
        PathBuf::from(p)
    }

    /// Reads parameters from a file; `None` when it does not exist.
    pub fn read(path: &Path) -> Result<Option<Self>> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|_| Error::invalid(msg::KDF_SETTINGS)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Writes the parameters to `path` atomically (temporary file, fsync, rename).
    pub fn write(&self, path: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(Error::internal)?;
        crate::vault::write_atomically(path, &json)
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_passphrase_and_salt_give_the_same_key_and_others_differ() {
        let p = KdfParams::with_cost(8 * 1024, 1).unwrap();
        let a = p.derive("correct horse").unwrap();
        let b = p.derive("correct horse").unwrap();
        let c = p.derive("correct horse!").unwrap();
        assert_eq!(a.as_bytes(), b.as_bytes());
        assert_ne!(a.as_bytes(), c.as_bytes());
        let q = KdfParams::with_cost(8 * 1024, 1).unwrap();
        assert_ne!(q.salt, p.salt);
        assert_ne!(q.derive("correct horse").unwrap().as_bytes(), a.as_bytes());
    }

    #[test]
    fn tampered_parameters_are_refused_not_obeyed() {
        let mut p = KdfParams::with_cost(8 * 1024, 1).unwrap();
        p.memory_kib = u32::MAX;
        assert!(matches!(p.derive("x"), Err(Error::InvalidArgument(_))));
        let mut p = KdfParams::with_cost(8 * 1024, 1).unwrap();
        p.salt = "zz".into();
        assert!(matches!(p.derive("x"), Err(Error::InvalidArgument(_))));
        assert!(KdfParams::with_cost(8 * 1024, 1)
            .unwrap()
            .derive("")
            .is_err());
    }

    #[test]
    fn key_bytes_must_be_32_and_the_literal_is_hex() {
        assert!(VaultKey::from_bytes(&[1; 31]).is_err());
        let k = VaultKey::from_bytes(&[0xab; 32]).unwrap();
        let lit = k.pragma_statement("key");
        assert_eq!(
            lit.as_str(),
            format!("PRAGMA key = \"x'{}'\";", "ab".repeat(32))
        );
        assert_eq!(lit.capacity(), lit.len());
        assert_eq!(format!("{k:?}"), "VaultKey(..)");
    }
}
