//! SQLCipher's page crypto, done in Rust: AES-256-CBC, HMAC-SHA1/256/512 and PBKDF2 from the
//! RustCrypto crates, random bytes from the operating system.
//!
//! Why: SQLCipher needs a crypto library for its pages. The usual one, OpenSSL, comes whole: its
//! provider tables reference every algorithm it has, so linking it for the four primitives the
//! vault uses added about 4.5 MB to the phones' library (see BENCHMARKS.md). SQLCipher lets a
//! build name its own provider (`SQLCIPHER_CRYPTO_CUSTOM`); `.cargo/config.toml` sets
//! `LIBSQLITE3_FLAGS` so the bundled SQLCipher calls [`waymark_sqlcipher_setup`] below, and no
//! OpenSSL code is compiled into SQLCipher at all. The file format does not change: files written
//! by SQLCipher with OpenSSL open here and the other way round (`core/tests/sqlcipher_crypto.rs`
//! checks both, against files written before the change and against an independent SQLCipher 4,
//! PyPI's `sqlcipher3-binary`). The core's `Vault::open` refuses to run on any other provider.
//!
//! Every function here is called by C. None may unwind into it: each body runs under
//! `catch_unwind`, checks its pointers and lengths, and answers `SQLITE_ERROR` when anything is
//! wrong, which SQLCipher reports as an error on the statement that needed the page.
//!
//! It is a crate of its own, not part of the core, because `LIBSQLITE3_FLAGS` is global: any
//! build in which SQLCipher is compiled (one `cargo build` of the whole workspace unifies the
//! core's SQLCipher with the server's plain SQLite) must link this function, including the
//! car-pool server, which must not depend on the core. Built alone, the server has plain SQLite
//! and this provider is never called.

use std::ffi::{c_char, c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};

use aes::cipher::block_padding::NoPadding;
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hmac::{Hmac, Mac};

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

// The constants of SQLCipher's `sqlcipher.h`.
const SQLCIPHER_ENCRYPT: c_int = 1;
const SQLCIPHER_DECRYPT: c_int = 0;
const ALG_SHA1: c_int = 0;
const ALG_SHA256: c_int = 1;
const ALG_SHA512: c_int = 2;

const KEY_SZ: c_int = 32;
const BLOCK_SZ: c_int = 16;

type Ctx = *mut c_void;

/// SQLCipher's `struct sqlcipher_provider`: a table of function pointers, laid out as in C.
#[repr(C)]
pub struct SqlcipherProvider {
    init: Option<unsafe extern "C" fn() -> c_int>,
    shutdown: Option<unsafe extern "C" fn()>,
    get_provider_name: Option<unsafe extern "C" fn(Ctx) -> *const c_char>,
    add_random: Option<unsafe extern "C" fn(Ctx, *const c_void, c_int) -> c_int>,
    random: Option<unsafe extern "C" fn(Ctx, *mut c_void, c_int) -> c_int>,
    #[allow(clippy::type_complexity)]
    hmac: Option<
        unsafe extern "C" fn(
            Ctx,
            c_int,
            *const u8,
            c_int,
            *const u8,
            c_int,
            *const u8,
            c_int,
            *mut u8,
        ) -> c_int,
    >,
    #[allow(clippy::type_complexity)]
    kdf: Option<
        unsafe extern "C" fn(
            Ctx,
            c_int,
            *const u8,
            c_int,
            *const u8,
            c_int,
            c_int,
            c_int,
            *mut u8,
        ) -> c_int,
    >,
    #[allow(clippy::type_complexity)]
    cipher: Option<
        unsafe extern "C" fn(
            Ctx,
            c_int,
            *const u8,
            c_int,
            *const u8,
            *const u8,
            c_int,
            *mut u8,
        ) -> c_int,
    >,
    get_cipher: Option<unsafe extern "C" fn(Ctx) -> *const c_char>,
    get_key_sz: Option<unsafe extern "C" fn(Ctx) -> c_int>,
    get_iv_sz: Option<unsafe extern "C" fn(Ctx) -> c_int>,
    get_block_sz: Option<unsafe extern "C" fn(Ctx) -> c_int>,
    get_hmac_sz: Option<unsafe extern "C" fn(Ctx, c_int) -> c_int>,
    ctx_init: Option<unsafe extern "C" fn(*mut Ctx) -> c_int>,
    ctx_free: Option<unsafe extern "C" fn(*mut Ctx) -> c_int>,
    fips_status: Option<unsafe extern "C" fn(Ctx) -> c_int>,
    get_provider_version: Option<unsafe extern "C" fn(Ctx) -> *const c_char>,
    next: *mut SqlcipherProvider,
}

/// The name `PRAGMA cipher_provider` reports.
pub const PROVIDER_NAME: &str = "waymark-rustcrypto";

/// Fills SQLCipher's provider table with this module's functions. SQLCipher calls it once, when
/// SQLite initialises (named by `-DSQLCIPHER_CRYPTO_CUSTOM=waymark_sqlcipher_setup`).
///
/// # Safety
/// `p` must point to a writable `sqlcipher_provider`, as SQLCipher passes.
#[no_mangle]
pub unsafe extern "C" fn waymark_sqlcipher_setup(p: *mut SqlcipherProvider) -> c_int {
    let Some(p) = p.as_mut() else {
        return SQLITE_ERROR;
    };
    p.init = None;
    p.shutdown = None;
    p.get_provider_name = Some(provider_name);
    p.add_random = Some(add_random);
    p.random = Some(random);
    p.hmac = Some(hmac);
    p.kdf = Some(kdf);
    p.cipher = Some(cipher);
    p.get_cipher = Some(cipher_name);
    p.get_key_sz = Some(key_sz);
    p.get_iv_sz = Some(block_sz);
    p.get_block_sz = Some(block_sz);
    p.get_hmac_sz = Some(hmac_sz);
    p.ctx_init = Some(ctx_init);
    p.ctx_free = Some(ctx_free);
    p.fips_status = Some(fips_status);
    p.get_provider_version = Some(provider_version);
    SQLITE_OK
}

/// Keeps [`waymark_sqlcipher_setup`] in every program that opens SQLite.
///
/// SQLite's C library refers to the function, but the linker reads the C library after the Rust
/// code and would not go back for it; a reference from Rust that every opener runs makes sure it
/// is there. Costs nothing at run time.
#[inline]
pub fn ensure_linked() {
    let setup: unsafe extern "C" fn(*mut SqlcipherProvider) -> c_int = waymark_sqlcipher_setup;
    std::hint::black_box(setup);
}

/// Runs `f`, turning a panic into `SQLITE_ERROR` (a panic must never unwind into C).
fn guarded(f: impl FnOnce() -> Option<()>) -> c_int {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Some(())) => SQLITE_OK,
        _ => SQLITE_ERROR,
    }
}

/// `len` bytes at `ptr`, or `None` when the pair cannot describe a buffer.
unsafe fn bytes<'a>(ptr: *const u8, len: c_int) -> Option<&'a [u8]> {
    let len = usize::try_from(len).ok()?;
    if len == 0 {
        return Some(&[]);
    }
    if ptr.is_null() {
        return None;
    }
    Some(std::slice::from_raw_parts(ptr, len))
}

/// `len` writable bytes at `ptr`.
unsafe fn bytes_mut<'a>(ptr: *mut u8, len: usize) -> Option<&'a mut [u8]> {
    if len == 0 {
        return Some(&mut []);
    }
    if ptr.is_null() {
        return None;
    }
    Some(std::slice::from_raw_parts_mut(ptr, len))
}

unsafe extern "C" fn provider_name(_: Ctx) -> *const c_char {
    c"waymark-rustcrypto".as_ptr()
}

unsafe extern "C" fn provider_version(_: Ctx) -> *const c_char {
    c"aes 0.8, hmac 0.12, pbkdf2 0.12".as_ptr()
}

unsafe extern "C" fn cipher_name(_: Ctx) -> *const c_char {
    c"aes-256-cbc".as_ptr()
}

unsafe extern "C" fn add_random(_: Ctx, _: *const c_void, _: c_int) -> c_int {
    // The operating system's generator needs no seeding from SQLCipher.
    SQLITE_OK
}

unsafe extern "C" fn random(_: Ctx, buffer: *mut c_void, length: c_int) -> c_int {
    guarded(|| {
        let out = bytes_mut(buffer.cast(), usize::try_from(length).ok()?)?;
        getrandom::getrandom(out).ok()
    })
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], a: &[u8], b: &[u8], out: *mut u8) -> Option<()> {
    let mut m = <M as Mac>::new_from_slice(key).ok()?;
    m.update(a);
    m.update(b);
    let tag = m.finalize().into_bytes();
    // SAFETY: SQLCipher's output buffer holds `get_hmac_sz` bytes, the digest's length.
    unsafe { bytes_mut(out, tag.len()) }?.copy_from_slice(&tag);
    Some(())
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn hmac(
    _: Ctx,
    algorithm: c_int,
    key: *const u8,
    key_sz: c_int,
    input: *const u8,
    input_sz: c_int,
    input2: *const u8,
    input2_sz: c_int,
    out: *mut u8,
) -> c_int {
    guarded(|| {
        if input.is_null() {
            return None;
        }
        let key = bytes(key, key_sz)?;
        let a = bytes(input, input_sz)?;
        let b = if input2.is_null() {
            &[][..]
        } else {
            bytes(input2, input2_sz)?
        };
        match algorithm {
            ALG_SHA1 => mac::<Hmac<sha1::Sha1>>(key, a, b, out),
            ALG_SHA256 => mac::<Hmac<sha2::Sha256>>(key, a, b, out),
            ALG_SHA512 => mac::<Hmac<sha2::Sha512>>(key, a, b, out),
            _ => None,
        }
    })
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn kdf(
    _: Ctx,
    algorithm: c_int,
    pass: *const u8,
    pass_sz: c_int,
    salt: *const u8,
    salt_sz: c_int,
    workfactor: c_int,
    key_sz: c_int,
    key: *mut u8,
) -> c_int {
    guarded(|| {
        let pass = bytes(pass, pass_sz)?;
        let salt = bytes(salt, salt_sz)?;
        let rounds = u32::try_from(workfactor).ok().filter(|r| *r > 0)?;
        let out = bytes_mut(key, usize::try_from(key_sz).ok()?)?;
        match algorithm {
            ALG_SHA1 => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(pass, salt, rounds, out),
            ALG_SHA256 => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pass, salt, rounds, out),
            ALG_SHA512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(pass, salt, rounds, out),
            _ => return None,
        }
        Some(())
    })
}

#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn cipher(
    _: Ctx,
    mode: c_int,
    key: *const u8,
    key_sz: c_int,
    iv: *const u8,
    input: *const u8,
    input_sz: c_int,
    out: *mut u8,
) -> c_int {
    guarded(|| {
        if key_sz != KEY_SZ || input_sz % BLOCK_SZ != 0 {
            return None;
        }
        let key = bytes(key, key_sz)?;
        let iv = bytes(iv, BLOCK_SZ)?;
        let len = usize::try_from(input_sz).ok()?;
        if len > 0 && (input.is_null() || out.is_null()) {
            return None;
        }
        // SQLCipher passes separate buffers, but a copy that allows overlap costs little and
        // lets the work happen in place.
        std::ptr::copy(input, out, len);
        let buf = bytes_mut(out, len)?;
        match mode {
            SQLCIPHER_ENCRYPT => cbc::Encryptor::<aes::Aes256>::new_from_slices(key, iv)
                .ok()?
                .encrypt_padded_mut::<NoPadding>(buf, len)
                .ok()
                .map(|_| ()),
            SQLCIPHER_DECRYPT => cbc::Decryptor::<aes::Aes256>::new_from_slices(key, iv)
                .ok()?
                .decrypt_padded_mut::<NoPadding>(buf)
                .ok()
                .map(|_| ()),
            _ => None,
        }
    })
}

unsafe extern "C" fn key_sz(_: Ctx) -> c_int {
    KEY_SZ
}

unsafe extern "C" fn block_sz(_: Ctx) -> c_int {
    BLOCK_SZ
}

unsafe extern "C" fn hmac_sz(_: Ctx, algorithm: c_int) -> c_int {
    match algorithm {
        ALG_SHA1 => 20,
        ALG_SHA256 => 32,
        ALG_SHA512 => 64,
        _ => 0,
    }
}

unsafe extern "C" fn ctx_init(ctx: *mut Ctx) -> c_int {
    // No per-context state: every call is self-contained.
    if let Some(ctx) = ctx.as_mut() {
        *ctx = std::ptr::null_mut();
    }
    SQLITE_OK
}

unsafe extern "C" fn ctx_free(ctx: *mut Ctx) -> c_int {
    if let Some(ctx) = ctx.as_mut() {
        *ctx = std::ptr::null_mut();
    }
    SQLITE_OK
}

unsafe extern "C" fn fips_status(_: Ctx) -> c_int {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn primitives_match_published_test_vectors() {
        // RFC 4231 test case 2 (HMAC-SHA-512), split across SQLCipher's two inputs.
        let mut out = [0u8; 64];
        let (a, b) = (b"what do ya want ", b"for nothing?");
        let rc = unsafe {
            hmac(
                std::ptr::null_mut(),
                ALG_SHA512,
                b"Jefe".as_ptr(),
                4,
                a.as_ptr(),
                a.len() as c_int,
                b.as_ptr(),
                b.len() as c_int,
                out.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert!(hex(&out).starts_with("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd6"));

        // RFC 6070: PBKDF2-HMAC-SHA1, "password"/"salt", 2 rounds, 20 bytes.
        let mut key = [0u8; 20];
        let rc = unsafe {
            kdf(
                std::ptr::null_mut(),
                ALG_SHA1,
                b"password".as_ptr(),
                8,
                b"salt".as_ptr(),
                4,
                2,
                20,
                key.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(hex(&key), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");

        // NIST SP 800-38A F.2.5 (CBC-AES256.Encrypt), first two blocks, then back.
        let k = (0..32)
            .map(|i| {
                u8::from_str_radix(
                    &"603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"
                        [2 * i..2 * i + 2],
                    16,
                )
                .unwrap()
            })
            .collect::<Vec<_>>();
        let iv: Vec<u8> = (0u8..16).collect();
        let plain = [
            0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96, 0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93,
            0x17, 0x2a, 0xae, 0x2d, 0x8a, 0x57, 0x1e, 0x03, 0xac, 0x9c, 0x9e, 0xb7, 0x6f, 0xac,
            0x45, 0xaf, 0x8e, 0x51,
        ];
        let mut enc = [0u8; 32];
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                SQLCIPHER_ENCRYPT,
                k.as_ptr(),
                32,
                iv.as_ptr(),
                plain.as_ptr(),
                32,
                enc.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(
            hex(&enc),
            "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
        );
        let mut dec = [0u8; 32];
        let rc = unsafe {
            cipher(
                std::ptr::null_mut(),
                SQLCIPHER_DECRYPT,
                k.as_ptr(),
                32,
                iv.as_ptr(),
                enc.as_ptr(),
                32,
                dec.as_mut_ptr(),
            )
        };
        assert_eq!(rc, SQLITE_OK);
        assert_eq!(dec, plain);
    }

    #[test]
    fn bad_arguments_are_errors_not_crashes() {
        let mut out = [0u8; 32];
        let k = [0u8; 32];
        let iv = [0u8; 16];
        unsafe {
            // A length that is not whole blocks, a short key, an unknown mode or algorithm.
            let mut c = |mode, key_len, len| {
                cipher(
                    std::ptr::null_mut(),
                    mode,
                    k.as_ptr(),
                    key_len,
                    iv.as_ptr(),
                    k.as_ptr(),
                    len,
                    out.as_mut_ptr(),
                )
            };
            assert_eq!(c(SQLCIPHER_ENCRYPT, 32, 15), SQLITE_ERROR);
            assert_eq!(c(SQLCIPHER_ENCRYPT, 16, 16), SQLITE_ERROR);
            assert_eq!(c(7, 32, 16), SQLITE_ERROR);
            assert_eq!(c(SQLCIPHER_ENCRYPT, 32, -16), SQLITE_ERROR);
            let h = hmac(
                std::ptr::null_mut(),
                9,
                k.as_ptr(),
                32,
                k.as_ptr(),
                32,
                std::ptr::null(),
                0,
                out.as_mut_ptr(),
            );
            assert_eq!(h, SQLITE_ERROR);
            let h = hmac(
                std::ptr::null_mut(),
                ALG_SHA256,
                k.as_ptr(),
                32,
                std::ptr::null(),
                0,
                std::ptr::null(),
                0,
                out.as_mut_ptr(),
            );
            assert_eq!(h, SQLITE_ERROR);
            let d = kdf(
                std::ptr::null_mut(),
                ALG_SHA512,
                k.as_ptr(),
                32,
                k.as_ptr(),
                16,
                0,
                32,
                out.as_mut_ptr(),
            );
            assert_eq!(d, SQLITE_ERROR);
            assert_eq!(
                random(std::ptr::null_mut(), std::ptr::null_mut(), 8),
                SQLITE_ERROR
            );
            assert_eq!(waymark_sqlcipher_setup(std::ptr::null_mut()), SQLITE_ERROR);
        }
    }
}
