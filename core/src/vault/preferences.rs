//! The person's own choices that are not about any one thing: the language Waymark speaks
//! when it should not follow the phone's, whether the app asks for a fingerprint, face or
//! PIN when it opens, and "delete everything".
//!
//! They live in the vault's settings table so a backup carries them to a new phone, and so
//! nothing about the person sits outside the encrypted file. The app lock itself is the
//! phone's (BiometricPrompt, LocalAuthentication); the choice to use it is decided here.

use crate::l10n::{negotiate, Locale};
use crate::support::error::{Error, Result};
use crate::support::msg;

use super::Vault;

/// Settings key of the chosen language (a supported locale's tag); absent: the phone's.
pub const SETTING_LANGUAGE: &str = "app.language";

/// Settings key of the app lock (on or off; off when never set).
pub const SETTING_APP_LOCK: &str = "app.lock";

impl Vault {
    /// The language the person chose in Settings, if any (else the phone's is used).
    pub fn language(&self) -> Result<Option<Locale>> {
        Ok(self
            .setting(SETTING_LANGUAGE)?
            .and_then(|v| v.as_str().map(str::to_string))
            .and_then(|tag| Locale::ALL.into_iter().find(|l| l.tag() == tag)))
    }

    /// Chooses the language (one of the supported locales' tags: `en-GB`, `en-US`, `cy`,
    /// `es`), or `None` to follow the phone again. Any other tag is refused and nothing is
    /// changed.
    pub fn set_language(&mut self, tag: Option<&str>) -> Result<()> {
        match tag {
            None => {
                self.conn
                    .execute("DELETE FROM settings WHERE key = ?1", [SETTING_LANGUAGE])?;
                Ok(())
            }
            Some(tag) => {
                let locale = Locale::ALL
                    .into_iter()
                    .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
                    .ok_or_else(|| Error::invalid(msg::LANGUAGE_UNSUPPORTED))?;
                self.set_setting(SETTING_LANGUAGE, &serde_json::json!(locale.tag()))
            }
        }
    }

    /// The locale the screens speak: the one chosen in Settings, else the phone's
    /// (`phone_locale` as the system gives it, negotiated to a supported one).
    pub fn screen_locale(&self, phone_locale: &str) -> String {
        match self.language() {
            Ok(Some(l)) => l.tag().to_string(),
            _ => negotiate(phone_locale).locale.tag().to_string(),
        }
    }

    /// Whether the app asks for the phone's lock (fingerprint, face or PIN) when it opens.
    pub fn app_lock(&self) -> Result<bool> {
        Ok(self
            .setting(SETTING_APP_LOCK)?
            .and_then(|v| v.as_bool())
            .unwrap_or(false))
    }

    /// Turns the app lock on or off.
    pub fn set_app_lock(&mut self, on: bool) -> Result<()> {
        self.set_setting(SETTING_APP_LOCK, &serde_json::json!(on))
    }

    /// Deletes everything the vault holds (journal, check-ins, sobriety dates, saved meetings,
    /// reminders, ride drafts, people to call, settings) in one transaction, then rewrites the
    /// file so no deleted page is left in it or in its write-ahead log. The vault stays open
    /// and empty, with its key; the schema stays as it is. All or nothing: if any step fails,
    /// everything is still there. While another Waymark (the command line, a second window)
    /// reads the vault, the old pages could not leave the file: [`msg::VAULT_IN_USE`], and
    /// nothing is erased. (One that starts reading during the erase leaves the entries gone and
    /// the same error, which asks to close it and erase again.)
    pub fn erase_everything(&mut self) -> Result<()> {
        // Checked first, so the common case stays all or nothing.
        if !crate::support::wal::fold_waiting(&self.conn)? {
            return Err(Error::invalid(msg::VAULT_IN_USE));
        }
        self.conn.pragma_update(None, "secure_delete", true)?;
        let tables: Vec<String> = {
            let mut stmt = self.conn.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table'
                   AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_fts%'",
            )?;
            let names = stmt.query_map([], |r| r.get(0))?;
            names.collect::<rusqlite::Result<_>>()?
        };
        let tx = self.conn.transaction()?;
        tx.execute_batch("PRAGMA defer_foreign_keys = ON;")?;
        // The contentless index is emptied its own way; its shadow tables are its business.
        tx.execute(
            "INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')",
            [],
        )?;
        for t in &tables {
            tx.execute(&format!("DELETE FROM \"{}\"", t.replace('"', "\"\"")), [])?;
        }
        tx.commit()?;
        self.conn.execute_batch("VACUUM;")?;
        // Until the log is folded, the file still holds the old pages: while another Waymark
        // reads the vault, say so rather than report everything erased.
        if !crate::support::wal::fold_waiting(&self.conn)? {
            return Err(Error::invalid(msg::VAULT_IN_USE));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::journal::{EntryKind, NewEntry};
    use crate::vault::VaultKey;

    fn vault(dir: &std::path::Path) -> Vault {
        Vault::open(dir.join("v"), &VaultKey::from_bytes(&[3; 32]).unwrap()).unwrap()
    }

    #[test]
    fn a_chosen_language_is_kept_and_an_unknown_one_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        assert_eq!(v.language().unwrap(), None);
        assert_eq!(v.screen_locale("es_ES.UTF-8"), "es");
        v.set_language(Some("cy")).unwrap();
        assert_eq!(v.language().unwrap(), Some(Locale::Cy));
        assert_eq!(v.screen_locale("es_ES.UTF-8"), "cy");
        assert!(matches!(
            v.set_language(Some("fr")),
            Err(Error::InvalidArgument(_))
        ));
        assert_eq!(v.language().unwrap(), Some(Locale::Cy), "unchanged");
        v.set_language(None).unwrap();
        assert_eq!(v.screen_locale("en_US"), "en-US");
    }

    #[test]
    fn reminders_speak_the_language_chosen_in_settings_over_the_phones() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let now = chrono::Utc::now();
        v.add_daily_reminder(9 * 60, "Morning", now.fixed_offset())
            .unwrap();
        let req = crate::reminders::PlanRequest {
            now,
            horizon_minutes: 2 * 24 * 60,
            max_pending: 10,
            already_scheduled: vec![],
            viewer_timezone: "Europe/London".into(),
            locale: Some("es-ES".into()),
        };
        let body = |v: &mut Vault| {
            v.plan_reminders(None, &req).unwrap().reminders[0]
                .body
                .clone()
        };
        assert_eq!(body(&mut v), "Recordatorio: 09:00");
        v.set_language(Some("cy")).unwrap();
        assert_eq!(body(&mut v), "Nodyn atgoffa: 09:00");
    }

    #[test]
    fn the_app_lock_is_off_until_turned_on() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        assert!(!v.app_lock().unwrap());
        v.set_app_lock(true).unwrap();
        drop(v);
        let v = vault(tmp.path());
        assert!(v.app_lock().unwrap(), "kept across opening again");
    }

    #[test]
    fn erasing_everything_leaves_an_empty_vault_that_still_works() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let now = chrono::Utc::now().fixed_offset();
        v.add_entry(NewEntry::text(EntryKind::Note, "a private line"), now)
            .unwrap();
        v.add_sobriety_date(
            chrono::NaiveDate::from_ymd_opt(2025, 1, 2).unwrap(),
            "Alcohol",
            now.date_naive(),
            now,
        )
        .unwrap();
        v.set_app_lock(true).unwrap();
        v.set_language(Some("es")).unwrap();
        v.erase_everything().unwrap();
        assert!(v.search_entries("private", 10).unwrap().is_empty());
        assert_eq!(v.entry_count().unwrap(), 0);
        assert!(v.sobriety_dates().unwrap().is_empty());
        assert!(!v.app_lock().unwrap());
        assert_eq!(v.language().unwrap(), None);
        // Still a working vault, with the same key.
        v.add_entry(NewEntry::text(EntryKind::Note, "a new start"), now)
            .unwrap();
        drop(v);
        let v = vault(tmp.path());
        assert_eq!(v.search_entries("start", 10).unwrap().len(), 1);
        assert!(v.search_entries("private", 10).unwrap().is_empty());
    }

    /// A second Waymark on the same vault (the command line beside the app), holding a read.
    fn reader_holding_a_snapshot(dir: &std::path::Path) -> Vault {
        let other = vault(dir);
        other.conn.execute_batch("BEGIN").unwrap();
        other
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap();
        other
    }

    #[test]
    fn erasing_while_another_waymark_reads_says_so_and_works_once_it_has_closed() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        let now = chrono::Utc::now().fixed_offset();
        v.add_entry(NewEntry::text(EntryKind::Note, "a private line"), now)
            .unwrap();
        v.conn
            .busy_timeout(std::time::Duration::from_millis(50))
            .unwrap();
        let other = reader_holding_a_snapshot(tmp.path());
        let e = v.erase_everything().unwrap_err();
        assert_eq!(e.kind(), "invalid_input");
        assert!(e.to_string().contains("still has this vault open"), "{e}");
        assert_eq!(v.entry_count().unwrap(), 1, "nothing erased while in use");
        drop(other);
        v.erase_everything().unwrap();
        assert_eq!(v.entry_count().unwrap(), 0);
        // Folded: the file alone (no log beside it) holds no trace of the line.
        let wal = tmp.path().join("v-wal");
        assert!(std::fs::metadata(&wal)
            .map(|m| m.len() == 0)
            .unwrap_or(true));
    }

    #[test]
    fn a_new_key_waits_for_another_waymark_to_close_and_changes_nothing_before() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        v.set_app_lock(true).unwrap();
        v.conn
            .busy_timeout(std::time::Duration::from_millis(50))
            .unwrap();
        let other = reader_holding_a_snapshot(tmp.path());
        let new_key = VaultKey::from_bytes(&[4; 32]).unwrap();
        let e = v.change_key(&new_key).unwrap_err();
        assert_eq!(e.kind(), "invalid_input");
        drop(other);
        drop(v);
        // Nothing changed: the old key still opens it.
        let mut v = vault(tmp.path());
        assert!(v.app_lock().unwrap());
        v.change_key(&new_key).unwrap();
        drop(v);
        // Folded after the re-key: the file opens with the new key only.
        assert!(Vault::open(
            tmp.path().join("v"),
            &VaultKey::from_bytes(&[3; 32]).unwrap()
        )
        .is_err());
        let v = Vault::open(tmp.path().join("v"), &new_key).unwrap();
        assert!(v.app_lock().unwrap());
    }
}
