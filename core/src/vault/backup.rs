//! Export and account-free backup.
//!
//! - **JSON export** ([`VaultExport`]): everything a person has (journal outside the trash,
//!   favourites with their last known details, sobriety dates, settings), complete and
//!   re-importable. It is plain text on purpose: the person asked for a readable copy.
//! - **Markdown export**: the same journal for reading or printing.
//! - **Backup**: the JSON export encrypted with a passphrase in the [age] format (scrypt), one
//!   file the person keeps wherever they like. No account and no server: on a new phone,
//!   [`Vault::restore`] with the passphrase brings it back.
//!
//! Restore is all or nothing: the whole file is decrypted and checked before anything is
//! written, and then merged in one transaction. A wrong passphrase, a cut-off or altered file,
//! or an entry that does not pass the same checks as a new one is an error and imports nothing.
//! Merging is by id: a record already in the vault is replaced only by a more recently edited
//! copy, so restoring the same backup twice changes nothing the second time.
//!
//! [age]: https://age-encryption.org

use std::collections::{BTreeMap, HashSet};
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::favorites::FavoriteRecord;
use super::journal::{EntryFilter, JournalEntry, MergeOutcome};
use super::sobriety::SobrietyDate;
use super::{parse_stamp, stamp, write_atomically, Vault};
use crate::error::{Error, Result};
use crate::model::weekday_name;

/// `format` of a vault export.
pub const EXPORT_FORMAT: &str = "waymark-vault-export";
/// Newest export version this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;
/// scrypt cost of new backups (2^18: about a second on a laptop core, as age's own tool).
pub const BACKUP_WORK_FACTOR: u8 = 18;
/// Highest scrypt cost a backup may ask of us when restoring: 2^19 needs 512 MiB, which a
/// phone can give once; a hostile file asking for more is refused before any work (age runs
/// scrypt before it can check anything else).
const MAX_WORK_FACTOR: u8 = 19;
/// Shortest backup passphrase: the file may travel anywhere, so it must not be guessable.
pub const MIN_BACKUP_PASSPHRASE_CHARS: usize = 8;
/// Largest backup we read (decrypted).
const MAX_BACKUP_BYTES: u64 = 512 * 1024 * 1024;
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Everything in a vault, as exported and backed up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VaultExport {
    /// Always [`EXPORT_FORMAT`].
    pub format: String,
    /// [`EXPORT_VERSION`] when written.
    pub version: u32,
    /// When it was made (RFC 3339).
    pub exported_at: String,
    /// Journal entries, oldest first (the trash is not exported).
    pub journal: Vec<JournalEntry>,
    /// Favourite meetings with their last known details.
    pub favorites: Vec<FavoriteRecord>,
    /// Sobriety dates.
    pub sobriety: Vec<SobrietyDate>,
    /// Settings.
    #[serde(default)]
    pub settings: BTreeMap<String, serde_json::Value>,
}

/// Added / updated / unchanged counts for one kind of record.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MergeCounts {
    /// New in this vault.
    pub added: u32,
    /// Replaced by a more recent copy.
    pub updated: u32,
    /// Already here (same or newer).
    pub unchanged: u32,
}

impl MergeCounts {
    fn count(&mut self, o: MergeOutcome) {
        match o {
            MergeOutcome::Added => self.added += 1,
            MergeOutcome::Updated => self.updated += 1,
            MergeOutcome::Unchanged => self.unchanged += 1,
        }
    }
}

/// What a restore did.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RestoreReport {
    /// Journal entries.
    pub journal: MergeCounts,
    /// Favourites.
    pub favorites: MergeCounts,
    /// Sobriety dates.
    pub sobriety: MergeCounts,
    /// Settings taken from the backup (ones set here already are kept).
    pub settings_added: u32,
}

/// What a backup holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BackupSummary {
    /// Journal entries.
    pub journal: usize,
    /// Favourites.
    pub favorites: usize,
    /// Sobriety dates.
    pub sobriety: usize,
    /// Size of the file in bytes.
    pub bytes: usize,
}

/// Whether `bytes` start like an encrypted (age) backup rather than a JSON export.
pub fn is_encrypted_backup(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

impl Vault {
    /// Everything in the vault, for export or backup.
    pub fn export(&self, now: DateTime<FixedOffset>) -> Result<VaultExport> {
        let mut journal = self.entries(&EntryFilter::default())?;
        journal.reverse();
        Ok(VaultExport {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported_at: stamp(&now),
            journal,
            favorites: self.favorite_records()?,
            sobriety: self.sobriety_dates()?,
            // Car-pool state (the device secret, the last server view) belongs to this phone.
            settings: self
                .settings()?
                .into_iter()
                .filter(|(k, _)| !k.starts_with("rides."))
                .collect(),
        })
    }

    /// The export as pretty JSON.
    pub fn export_json(&self, now: DateTime<FixedOffset>) -> Result<String> {
        serde_json::to_string_pretty(&self.export(now)?).map_err(|e| Error::invalid(e.to_string()))
    }

    /// The journal, sobriety dates and favourites as Markdown, for reading or printing.
    /// Entries are grouped by the day they were written (in the writer's own time).
    pub fn export_markdown(&self, now: DateTime<FixedOffset>) -> Result<String> {
        Ok(markdown(&self.export(now)?))
    }

    /// The encrypted backup file's bytes (age, scrypt with [`BACKUP_WORK_FACTOR`]).
    pub fn backup_bytes(&self, passphrase: &str, now: DateTime<FixedOffset>) -> Result<Vec<u8>> {
        Ok(self.backup_with_summary(passphrase, now)?.0)
    }

    fn backup_with_summary(
        &self,
        passphrase: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<(Vec<u8>, BackupSummary)> {
        if passphrase.chars().count() < MIN_BACKUP_PASSPHRASE_CHARS {
            return Err(Error::invalid(format!(
                "choose a backup passphrase of at least {MIN_BACKUP_PASSPHRASE_CHARS} characters"
            )));
        }
        let export = self.export(now)?;
        let json = zeroize::Zeroizing::new(
            serde_json::to_vec(&export).map_err(|e| Error::invalid(e.to_string()))?,
        );
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(BACKUP_WORK_FACTOR);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|e| Error::invalid(format!("could not encrypt the backup: {e}")))?;
        let mut out = Vec::with_capacity(json.len() + 1024);
        let mut w = encryptor.wrap_output(&mut out)?;
        w.write_all(&json)?;
        w.finish()?;
        let summary = BackupSummary {
            journal: export.journal.len(),
            favorites: export.favorites.len(),
            sobriety: export.sobriety.len(),
            bytes: out.len(),
        };
        Ok((out, summary))
    }

    /// Writes an encrypted backup to `path` (atomically: the file is whole or not there).
    pub fn write_backup(
        &self,
        path: &Path,
        passphrase: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<BackupSummary> {
        let (bytes, summary) = self.backup_with_summary(passphrase, now)?;
        write_atomically(path, &bytes)?;
        Ok(summary)
    }

    /// Restores an encrypted backup (with its passphrase) or a JSON export (no passphrase),
    /// merging by id. Nothing is written unless the whole file is readable and valid.
    pub fn restore(&mut self, bytes: &[u8], passphrase: Option<&str>) -> Result<RestoreReport> {
        let json = if is_encrypted_backup(bytes) {
            let passphrase = passphrase.ok_or_else(|| {
                Error::invalid("this backup is encrypted: its passphrase is needed")
            })?;
            zeroize::Zeroizing::new(decrypt(bytes, passphrase)?)
        } else {
            zeroize::Zeroizing::new(bytes.to_vec())
        };
        let export = parse_export(&json)?;
        let mut report = RestoreReport::default();
        let existing_settings = self.settings()?;
        let tx = self.conn.transaction()?;
        for e in &export.journal {
            report.journal.count(Vault::merge_entry(&tx, e)?);
        }
        for f in &export.favorites {
            report.favorites.count(Vault::merge_favorite(&tx, f)?);
        }
        for d in &export.sobriety {
            report.sobriety.count(Vault::merge_sobriety(&tx, d)?);
        }
        for (k, v) in &export.settings {
            if !existing_settings.contains_key(k) {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                    [k, &v.to_string()],
                )?;
                report.settings_added += 1;
            }
        }
        tx.commit()?;
        Ok(report)
    }
}

fn decrypt(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    use age::DecryptError as D;
    let damaged = |what: &str| Error::BackupDamaged(what.to_string());
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| match e {
        D::UnknownFormat => damaged("it is not a Waymark backup"),
        _ => damaged("its header is damaged"),
    })?;
    if !decryptor.is_scrypt() {
        return Err(damaged("it is not protected by a passphrase"));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            D::DecryptionFailed | D::NoMatchingKeys | D::KeyDecryptionFailed => {
                Error::WrongPassphrase
            }
            D::ExcessiveWork { .. } => damaged("it asks for far more work than a backup should"),
            _ => damaged("its header is damaged"),
        })?;
    let mut out = Vec::new();
    (&mut reader)
        .take(MAX_BACKUP_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| damaged("it was cut off or changed after it was made"))?;
    if out.len() as u64 > MAX_BACKUP_BYTES {
        return Err(damaged("it is larger than any backup Waymark makes"));
    }
    Ok(out)
}

/// Parses and checks a whole export before anything is written.
fn parse_export(json: &[u8]) -> Result<VaultExport> {
    let bad = |what: String| Error::BackupDamaged(what);
    let mut export: VaultExport = serde_json::from_slice(json).map_err(|e| {
        bad(format!(
            "it is not a Waymark export (line {}, column {})",
            e.line(),
            e.column()
        ))
    })?;
    if export.format != EXPORT_FORMAT {
        return Err(bad("it is not a Waymark export".into()));
    }
    if export.version > EXPORT_VERSION {
        return Err(bad(format!(
            "it was made by a newer version of Waymark (format {}); update the app",
            export.version
        )));
    }
    let mut seen = HashSet::new();
    let mut journal = Vec::with_capacity(export.journal.len());
    for (i, mut e) in std::mem::take(&mut export.journal).into_iter().enumerate() {
        let n = i + 1;
        if uuid::Uuid::parse_str(&e.id).is_err() {
            return Err(bad(format!("journal entry {n} has no valid id")));
        }
        if parse_stamp(&e.created_at).is_none() || parse_stamp(&e.edited_at).is_none() {
            return Err(bad(format!("journal entry {n} has an invalid date")));
        }
        e.content = e
            .content
            .validate()
            .map_err(|err| bad(format!("journal entry {n}: {err}")))?;
        e.deleted_at = None;
        if seen.insert(e.id.clone()) {
            journal.push(e);
        }
    }
    export.journal = journal;
    for (i, f) in export.favorites.iter().enumerate() {
        if f.meeting_id.trim().is_empty()
            || f.meeting_id.len() > 300
            || parse_stamp(&f.added_at).is_none()
            || parse_stamp(&f.last_seen_at).is_none()
        {
            return Err(bad(format!("favourite {} is not valid", i + 1)));
        }
    }
    for (i, d) in export.sobriety.iter().enumerate() {
        if uuid::Uuid::parse_str(&d.id).is_err()
            || parse_stamp(&d.updated_at).is_none()
            || d.label.trim().is_empty()
            || d.label.chars().count() > 60
        {
            return Err(bad(format!("sobriety date {} is not valid", i + 1)));
        }
    }
    for k in export.settings.keys() {
        super::check_setting_key(k).map_err(|_| bad(format!("setting {k:?} is not valid")))?;
    }
    Ok(export)
}

fn markdown(x: &VaultExport) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "# My Waymark journal\n");
    let exported = parse_stamp(&x.exported_at)
        .map(|t| t.format("%-d %B %Y, %H:%M").to_string())
        .unwrap_or_else(|| x.exported_at.clone());
    let _ = writeln!(s, "Exported {exported}.\n");
    if !x.sobriety.is_empty() {
        let _ = writeln!(s, "## Sobriety dates\n");
        for d in &x.sobriety {
            let _ = writeln!(s, "- {}: since {}", d.label, d.date.format("%-d %B %Y"));
        }
        s.push('\n');
    }
    if !x.favorites.is_empty() {
        let _ = writeln!(s, "## My meetings\n");
        for f in &x.favorites {
            let m = &f.last_known;
            let days = m
                .weekdays
                .iter()
                .map(|d| weekday_name(*d))
                .collect::<Vec<_>>()
                .join(", ");
            let time = m
                .start_minute
                .map(|t| format!(" {:02}:{:02}", t / 60, t % 60))
                .unwrap_or_default();
            let place = m
                .location_name
                .as_deref()
                .or(m.address.as_deref())
                .map(|p| format!(" — {p}"))
                .unwrap_or_default();
            let _ = writeln!(s, "- {} ({days}{time}){place}", m.name);
        }
        s.push('\n');
    }
    let _ = writeln!(s, "## Journal\n");
    if x.journal.is_empty() {
        let _ = writeln!(s, "No entries yet.");
    }
    let mut day = String::new();
    for e in &x.journal {
        let c = &e.content;
        let t = parse_stamp(&e.created_at);
        let this_day = t
            .map(|t| t.format("%A %-d %B %Y").to_string())
            .unwrap_or_default();
        if this_day != day {
            let _ = writeln!(s, "### {this_day}\n");
            day = this_day;
        }
        let time = t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
        let _ = writeln!(s, "#### {time} · {}\n", c.kind.label());
        let mut facts = Vec::new();
        if let Some(m) = c.mood {
            facts.push(format!("Mood {m}/5"));
        }
        if let Some(cr) = c.craving {
            facts.push(format!("Craving {cr}/10"));
        }
        if c.halt.any() {
            facts.push(format!("HALT: {}", c.halt.words().join(", ")));
        }
        if let Some(m) = &c.meeting_id {
            facts.push(format!("Meeting: {m}"));
        }
        if !facts.is_empty() {
            let _ = writeln!(s, "{}\n", facts.join(" · "));
        }
        for g in &c.gratitude {
            let _ = writeln!(s, "- {g}");
        }
        if !c.gratitude.is_empty() {
            s.push('\n');
        }
        for a in &c.answers {
            let _ = writeln!(s, "**{}**\n\n{}\n", a.prompt, a.answer.trim());
        }
        if !c.text.trim().is_empty() {
            let _ = writeln!(s, "{}\n", c.text.trim());
        }
        if !c.tags.is_empty() {
            let tags: Vec<String> = c.tags.iter().map(|t| format!("#{t}")).collect();
            let _ = writeln!(s, "Tags: {}\n", tags.join(" "));
        }
        if e.edited_at != e.created_at {
            let _ = writeln!(s, "_Edited {}_\n", e.edited_at);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::journal::{EntryKind, NewEntry};
    use crate::vault::tests::{key, now};

    fn filled() -> (tempfile::TempDir, Vault) {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
        let t = now("2026-05-01T22:30:00+02:00");
        let mut c = NewEntry::text(EntryKind::Checkin, "steady today");
        c.mood = Some(4);
        c.tags = vec!["home".into()];
        v.add_entry(c, t).unwrap();
        let mut g = NewEntry::text(EntryKind::Gratitude, "");
        g.gratitude = vec!["my sister called".into()];
        v.add_entry(g, now("2026-05-02T07:00:00+02:00")).unwrap();
        v.add_sobriety_date(
            "2026-01-10".parse().unwrap(),
            "Alcohol",
            "2026-05-02".parse().unwrap(),
            t,
        )
        .unwrap();
        v.set_setting("reminders.discreet", &serde_json::json!(true))
            .unwrap();
        (dir, v)
    }

    #[test]
    fn backup_restores_into_an_empty_vault_and_twice_adds_nothing() {
        let (dir, v) = filled();
        let t = now("2026-05-02T08:00:00+02:00");
        let bytes = v.backup_bytes("long enough words", t).unwrap();
        assert!(is_encrypted_backup(&bytes));
        let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        let r = w.restore(&bytes, Some("long enough words")).unwrap();
        assert_eq!(r.journal.added, 2);
        assert_eq!(r.sobriety.added, 1);
        assert_eq!(r.settings_added, 1);
        assert_eq!(w.export(t).unwrap(), v.export(t).unwrap());
        let again = w.restore(&bytes, Some("long enough words")).unwrap();
        assert_eq!(again.journal.added + again.journal.updated, 0);
        assert_eq!(again.journal.unchanged, 2);
        assert_eq!(w.entry_count().unwrap(), 2);
    }

    #[test]
    fn wrong_passphrase_and_short_passphrase_are_refused() {
        let (dir, v) = filled();
        let t = now("2026-05-02T08:00:00+02:00");
        assert!(matches!(
            v.backup_bytes("short", t),
            Err(Error::InvalidArgument(_))
        ));
        let bytes = v.backup_bytes("long enough words", t).unwrap();
        let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        assert!(matches!(
            w.restore(&bytes, Some("long enough wordz")),
            Err(Error::WrongPassphrase)
        ));
        assert!(matches!(
            w.restore(&bytes, None),
            Err(Error::InvalidArgument(_))
        ));
        assert_eq!(w.entry_count().unwrap(), 0);
    }

    #[test]
    fn the_car_pool_device_secret_is_never_exported() {
        let (_dir, mut v) = filled();
        v.set_setting(
            "rides.device",
            &serde_json::json!({"secret": "s3cr3t-device"}),
        )
        .unwrap();
        let json = v.export_json(now("2026-05-02T08:00:00+02:00")).unwrap();
        assert!(!json.contains("s3cr3t-device"));
        assert!(json.contains("reminders.discreet"));
    }

    #[test]
    fn markdown_reads_like_a_diary() {
        let (_dir, v) = filled();
        let md = v.export_markdown(now("2026-05-02T08:00:00+02:00")).unwrap();
        assert!(md.contains("### Friday 1 May 2026"), "{md}");
        assert!(md.contains("#### 22:30 · Check-in"), "{md}");
        assert!(md.contains("Mood 4/5"));
        assert!(md.contains("- my sister called"));
        assert!(md.contains("Alcohol: since 10 January 2026"));
        assert!(md.contains("Tags: #home"));
    }

    #[test]
    fn an_invalid_entry_anywhere_in_an_export_imports_nothing() {
        let (dir, v) = filled();
        let t = now("2026-05-02T08:00:00+02:00");
        let mut x: serde_json::Value = serde_json::from_str(&v.export_json(t).unwrap()).unwrap();
        x["journal"][1]["mood"] = serde_json::json!(9);
        let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        let err = w
            .restore(x.to_string().as_bytes(), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("journal entry 2"), "{err}");
        assert_eq!(w.entry_count().unwrap(), 0);
        assert!(w.sobriety_dates().unwrap().is_empty());
        x["journal"][1]["mood"] = serde_json::json!(3);
        x["version"] = serde_json::json!(7);
        assert!(matches!(
            w.restore(x.to_string().as_bytes(), None),
            Err(Error::BackupDamaged(_))
        ));
        assert!(matches!(
            w.restore(b"{\"not\": \"ours\"}", None),
            Err(Error::BackupDamaged(_))
        ));
    }

    #[test]
    fn a_newer_copy_wins_an_older_one_does_not() {
        let (dir, mut v) = filled();
        let t = now("2026-05-02T08:00:00+02:00");
        let old = v.export_json(t).unwrap();
        let id = v.entries(&EntryFilter::default()).unwrap()[0].id.clone();
        v.edit_entry(
            &id,
            NewEntry::text(EntryKind::Note, "rewritten later"),
            now("2026-05-03T09:00:00+02:00"),
        )
        .unwrap();
        // Restoring the older export keeps the newer edit.
        let r = v.restore(old.as_bytes(), None).unwrap();
        assert_eq!(r.journal.updated, 0);
        assert_eq!(v.entry(&id).unwrap().content.text, "rewritten later");
        // A vault with the old copy takes the newer one.
        let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        w.restore(old.as_bytes(), None).unwrap();
        let r = w
            .restore(v.export_json(t).unwrap().as_bytes(), None)
            .unwrap();
        assert_eq!(r.journal.updated, 1);
        assert_eq!(w.entry(&id).unwrap().content.text, "rewritten later");
    }
}
