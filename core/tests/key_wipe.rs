//! The vault key's hex text is wiped before its memory goes back to the allocator.
//!
//! SQLCipher is given the key as `x'…'` text. A copy of that text left in freed memory would
//! outlive the vault (in a crash dump, or in memory handed out again later). This test binary's
//! allocator looks at every block Rust frees and records whether it still holds a key's hex.
//! (SQLite's own C allocations are not Rust's and are not seen here.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use waymark_core::vault::{Vault, VaultKey};

/// Watches freed blocks for 64 hex digits spelling 32 repetitions of the byte being watched.
struct Watching;

static WATCH: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];
static FOUND: AtomicBool = AtomicBool::new(false);

/// Whether `bytes` holds the two-character `pair` 32 times in a row.
fn holds_hex_key(bytes: &[u8], pair: [u8; 2]) -> bool {
    let mut run = 0usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == pair[0] && bytes[i + 1] == pair[1] {
            run += 1;
            if run == 32 {
                return true;
            }
            i += 2;
        } else {
            run = 0;
            i += 1;
        }
    }
    false
}

unsafe impl GlobalAlloc for Watching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() >= 64 {
            let bytes = std::slice::from_raw_parts(ptr, layout.size());
            for w in &WATCH {
                let v = w.load(Ordering::Relaxed);
                if v != 0 {
                    let hex = format_pair(v as u8);
                    if holds_hex_key(bytes, hex) {
                        FOUND.store(true, Ordering::SeqCst);
                    }
                }
            }
        }
        System.dealloc(ptr, layout)
    }
}

fn format_pair(b: u8) -> [u8; 2] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]
}

#[global_allocator]
static ALLOC: Watching = Watching;

#[test]
fn the_keys_hex_text_never_reaches_freed_memory() {
    assert!(holds_hex_key(
        format!("x'{}'", "ab".repeat(32)).as_bytes(),
        *b"ab"
    ));
    assert!(!holds_hex_key("ab".repeat(31).as_bytes(), *b"ab"));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.sqlite");
    WATCH[0].store(0xab, Ordering::SeqCst);
    WATCH[1].store(0xcd, Ordering::SeqCst);
    let first = VaultKey::from_bytes(&[0xab; 32]).unwrap();
    let second = VaultKey::from_bytes(&[0xcd; 32]).unwrap();
    {
        let mut v = Vault::open(&path, &first).unwrap();
        v.set_setting("a", &serde_json::json!(1)).unwrap();
        v.change_key(&second).unwrap();
    }
    let v = Vault::open(&path, &second).unwrap();
    assert_eq!(v.setting("a").unwrap(), Some(serde_json::json!(1)));
    drop(v);
    assert!(
        !FOUND.load(Ordering::SeqCst),
        "a key's hex text was left in memory freed by Rust"
    );
}
