//! Files and request bodies the vault and the car-pool server take from outside: a JSON
//! export given to `backup restore`, and a `POST /v1/rides/sync` body. Any bytes must give a
//! typed error or a clean result, never a panic, and a failed restore must write nothing.
#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use waymark_core::rides::protocol::SyncRequest;
use waymark_core::{Vault, VaultKey};

fn vault() -> &'static Mutex<Vault> {
    static V: OnceLock<Mutex<Vault>> = OnceLock::new();
    V.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("waymark-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let key = VaultKey::from_bytes(&[7; 32]).unwrap();
        Mutex::new(Vault::open(dir.join("vault.sqlite"), &key).unwrap())
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(req) = serde_json::from_slice::<SyncRequest>(data) {
        let _ = req.validate();
    }
    // Encrypted backups are age's to parse (and run scrypt first); exports are ours.
    if waymark_core::vault::backup::is_encrypted_backup(data) {
        return;
    }
    let mut v = vault().lock().unwrap();
    let before = v.entry_count().unwrap();
    if v.restore(data, None).is_err() {
        assert_eq!(v.entry_count().unwrap(), before, "a failed restore wrote entries");
    }
});
