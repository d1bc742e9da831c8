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
use crate::reminders::rules::{SETTING_DISCREET, SETTING_FALLBACK_TZ, SETTING_PAUSED_UNTIL};
use super::sobriety::SobrietyDate;
use super::{parse_stamp, stamp, write_atomically, Vault};
use crate::support::error::{Error, Result};
use crate::directory::model::weekday_name;

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
/// Shortest backup passphrase: the file may travel anywhere, so it must not be guessable. The
/// same rule as the vault's ([`super::MIN_PASSPHRASE_CHARS`]).
pub const MIN_BACKUP_PASSPHRASE_CHARS: usize = super::MIN_PASSPHRASE_CHARS;
/// Largest backup or export we read, decrypted: 64 MiB, many times a lifetime of daily
/// entries (10,000 entries of 200 words are about 15 MB). Larger files are refused before they
/// are parsed, so a restore never needs more than a few times this in memory.
pub const MAX_BACKUP_BYTES: u64 = 64 * 1024 * 1024;
/// Largest saved meeting a backup may carry (its last known details as JSON): a real one is
/// a few kilobytes.
pub const MAX_FAVORITE_BYTES: usize = 64 * 1024;
/// Most settings a backup may carry (Waymark writes at most [`BACKED_UP_SETTINGS`]).
pub const MAX_BACKUP_SETTINGS: usize = 64;
/// The settings a backup carries and a restore takes back: the person's reminder preferences.
/// Nothing else — in particular no car-pool identity or server address, which belong to one
/// phone — is written to an export or taken from one.
pub const BACKED_UP_SETTINGS: &[&str] =
    &[SETTING_DISCREET, SETTING_PAUSED_UNTIL, SETTING_FALLBACK_TZ];
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
    /// Settings in the file that were not taken: ones a backup never carries (such as a
    /// car-pool identity), values that are not valid, and any that would make notifications
    /// less discreet than they are here — a restore never loosens privacy; the person can
    /// change that setting themselves.
    pub settings_skipped: Vec<String>,
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

/// Reads a backup or export file for [`Vault::restore`], refusing one larger than any backup
/// Waymark reads before a byte of it is in memory.
pub fn read_backup_file(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::NotFound(format!("cannot read {}: {e}", path.display())))?;
    let limit = MAX_BACKUP_BYTES + MAX_BACKUP_BYTES / 4096 + 4096;
    if file.metadata()?.len() > limit {
        return Err(too_large());
    }
    let mut out = Vec::new();
    file.take(limit + 1).read_to_end(&mut out)?;
    if out.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(out)
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
            // Only the allow-listed preferences: car-pool state (the device secret, the last
            // server view) belongs to this phone.
            settings: self
                .settings()?
                .into_iter()
                .filter(|(k, _)| BACKED_UP_SETTINGS.contains(&k.as_str()))
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
        // age adds 16 bytes per 64 KiB chunk and a header of a few hundred bytes.
        let max_encrypted = MAX_BACKUP_BYTES + MAX_BACKUP_BYTES / 4096 + 4096;
        debug_assert!(max_encrypted >= MAX_BACKUP_BYTES);
        let decrypted;
        let json: &[u8] = if is_encrypted_backup(bytes) {
            let passphrase = passphrase.ok_or_else(|| {
                Error::invalid("this backup is encrypted: its passphrase is needed")
            })?;
            if bytes.len() as u64 > max_encrypted {
                return Err(too_large());
            }
            decrypted = zeroize::Zeroizing::new(decrypt(bytes, passphrase)?);
            &decrypted
        } else {
            if bytes.len() as u64 > MAX_BACKUP_BYTES {
                return Err(too_large());
            }
            bytes
        };
        let export = parse_export(json)?;
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
            match restorable_setting(k, v) {
                Restorable::No => report.settings_skipped.push(k.clone()),
                Restorable::Yes if !existing_settings.contains_key(k) => {
                    tx.execute(
                        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
                        [k, &v.to_string()],
                    )?;
                    report.settings_added += 1;
                }
                Restorable::Yes => {}
            }
        }
        tx.commit()?;
        Ok(report)
    }
}

/// Whether a restore may take a setting from a file.
enum Restorable {
    Yes,
    No,
}

/// The allow-list and each setting's own check. Discreet notifications may be turned on by a
/// restore, never off (off is not the default, so it would loosen privacy without the person
/// choosing it on this phone).
fn restorable_setting(key: &str, value: &serde_json::Value) -> Restorable {
    let ok = match key {
        SETTING_DISCREET => value.as_bool() == Some(true),
        SETTING_PAUSED_UNTIL => value
            .as_str()
            .is_some_and(|s| s.parse::<chrono::NaiveDate>().is_ok()),
        SETTING_FALLBACK_TZ => value
            .as_str()
            .is_some_and(|s| s.parse::<chrono_tz::Tz>().is_ok()),
        _ => false,
    };
    if ok {
        Restorable::Yes
    } else {
        Restorable::No
    }
}

fn too_large() -> Error {
    Error::BackupDamaged(format!(
        "it is larger than any backup Waymark reads ({} MB at most)",
        MAX_BACKUP_BYTES / (1024 * 1024)
    ))
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
        return Err(too_large());
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
            || serde_json::to_vec(&f.last_known).map_or(true, |j| j.len() > MAX_FAVORITE_BYTES)
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
    if export.settings.len() > MAX_BACKUP_SETTINGS {
        return Err(bad(format!(
            "it carries {} settings; a Waymark backup has at most {MAX_BACKUP_SETTINGS}",
            export.settings.len()
        )));
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

    /// An export holding `ids` as note entries, each saying which one it is.
    fn export_of(ids: &[uuid::Uuid], created_at: &str) -> Vec<u8> {
        let journal: Vec<JournalEntry> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| JournalEntry {
                id: id.to_string(),
                created_at: created_at.into(),
                edited_at: created_at.into(),
                deleted_at: None,
                content: NewEntry::text(EntryKind::Note, format!("entry number {i}")),
            })
            .collect();
        serde_json::to_vec(&VaultExport {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported_at: created_at.into(),
            journal,
            favorites: vec![],
            sobriety: vec![],
            settings: BTreeMap::new(),
        })
        .unwrap()
    }

    /// Every entry's id → text, read back from the vault.
    fn texts(v: &Vault) -> std::collections::HashMap<String, String> {
        v.entries(&EntryFilter::default())
            .unwrap()
            .into_iter()
            .map(|e| (e.id, e.content.text))
            .collect()
    }

    fn v7_at(ms: u64, n: u64) -> uuid::Uuid {
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&n.to_be_bytes());
        uuid::Builder::from_unix_timestamp_millis(ms, &random).into_uuid()
    }

    #[test]
    fn thousands_of_entries_in_one_millisecond_are_all_kept_and_overwrite_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
        // Someone's own entry, written one millisecond after the restored ones.
        let mine = v
            .add_entry(
                NewEntry::text(EntryKind::Note, "my own words"),
                now("2026-05-01T10:00:00.001+00:00"),
            )
            .unwrap();
        let ms = 1_777_629_600_000; // 2026-05-01T10:00:00Z
        let ids: Vec<uuid::Uuid> = (0..5_000).map(|n| v7_at(ms, n)).collect();
        let report = v
            .restore(&export_of(&ids, "2026-05-01T10:00:00+00:00"), None)
            .unwrap();
        assert_eq!(report.journal.added, 5_000);
        let t = texts(&v);
        assert_eq!(t.len(), 5_001);
        assert_eq!(t[&mine.id], "my own words");
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(t[&id.to_string()], format!("entry number {i}"));
        }
        // The person's own entry is still found by search.
        let found = v.search_entries("own words", 5).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, mine.id);
    }

    #[test]
    fn entries_with_random_ids_are_all_kept_and_counted_as_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
        let ids: Vec<uuid::Uuid> = (0..5_000u32)
            .map(|n| {
                let mut b = [0u8; 16];
                b[..4].copy_from_slice(&n.to_be_bytes());
                b[4..8].copy_from_slice(&0x5eed_u32.to_be_bytes());
                uuid::Builder::from_random_bytes(b).into_uuid()
            })
            .collect();
        let bytes = export_of(&ids, "2026-05-01T10:00:00+00:00");
        let report = v.restore(&bytes, None).unwrap();
        assert_eq!(report.journal.added, 5_000);
        assert_eq!(v.entry_count().unwrap(), 5_000);
        let t = texts(&v);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(t[&id.to_string()], format!("entry number {i}"));
        }
        // The same file again stores nothing new and changes nothing.
        let again = v.restore(&bytes, None).unwrap();
        assert_eq!(again.journal.unchanged, 5_000);
        assert_eq!(again.journal.added + again.journal.updated, 0);
        assert_eq!(texts(&v), t);
    }

    #[test]
    fn a_restore_over_an_existing_journal_keeps_every_entry_and_updates_only_its_own() {
        let (dir, mut v) = filled();
        let before = texts(&v);
        let mut w = Vault::open(dir.path().join("b.sqlite"), &key(2)).unwrap();
        // The other phone has an edited copy of one entry, and entries of its own written in
        // the same seconds as this vault's.
        let first = v.entries(&EntryFilter::default()).unwrap().pop().unwrap();
        let mut edited = first.clone();
        edited.content.text = "steady today, better by evening".into();
        edited.edited_at = "2026-05-02T21:00:00+02:00".into();
        let mut export = v.export(now("2026-05-02T21:00:00+02:00")).unwrap();
        export.journal = vec![edited.clone()];
        w.restore(&serde_json::to_vec(&export).unwrap(), None)
            .unwrap();
        for n in 0..300 {
            w.add_entry(
                NewEntry::text(EntryKind::Note, format!("other phone {n}")),
                now("2026-05-01T22:30:00+02:00"),
            )
            .unwrap();
        }
        let theirs = texts(&w);
        let report = v
            .restore(
                w.export_json(now("2026-05-03T08:00:00+02:00"))
                    .unwrap()
                    .as_bytes(),
                None,
            )
            .unwrap();
        assert_eq!(report.journal.added, 300);
        assert_eq!(report.journal.updated, 1);
        let after = texts(&v);
        assert_eq!(after.len(), before.len() + 300);
        for (id, text) in &theirs {
            assert_eq!(&after[id], text);
        }
        for (id, text) in &before {
            if *id != edited.id {
                assert_eq!(&after[id], text);
            }
        }
        assert_eq!(after[&edited.id], "steady today, better by evening");
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
    fn a_restored_file_cannot_plant_car_pool_credentials_or_loosen_discreet_reminders() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
        let planted = serde_json::json!({
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": "2026-05-02T08:00:00+02:00",
            "journal": [], "favorites": [], "sobriety": [],
            "settings": {
                "rides.device": {"device_id": "d1", "secret": "planted-secret"},
                "rides.server": "http://attacker.example",
                "rides.view": {"rides": []},
                "reminders.discreet": false,
                "reminders.fallback_timezone": "Mars/Olympus_Mons",
                "reminders.paused_until": "2026-06-01",
                "anything.else": 1
            }
        });
        let report = v
            .restore(&serde_json::to_vec(&planted).unwrap(), None)
            .unwrap();
        // Only the pause (a valid preference that loosens nothing) was taken.
        assert_eq!(report.settings_added, 1);
        let mut skipped = report.settings_skipped.clone();
        skipped.sort();
        assert_eq!(
            skipped,
            [
                "anything.else",
                "reminders.discreet",
                "reminders.fallback_timezone",
                "rides.device",
                "rides.server",
                "rides.view"
            ]
        );
        let settings = v.settings().unwrap();
        assert!(settings.keys().all(|k| !k.starts_with("rides.")));
        assert_eq!(
            settings.keys().collect::<Vec<_>>(),
            ["reminders.paused_until"]
        );
        // Lock-screen text stays discreet.
        assert!(v.plan_settings().unwrap().discreet);
        // A backup that asks for discreet text (the default anyway) is taken.
        let mut tighten = planted.clone();
        tighten["settings"] = serde_json::json!({"reminders.discreet": true});
        let r = v
            .restore(&serde_json::to_vec(&tighten).unwrap(), None)
            .unwrap();
        assert_eq!(r.settings_added, 1);
        assert!(r.settings_skipped.is_empty());
    }

    #[test]
    fn export_carries_only_the_backed_up_settings() {
        let (_dir, mut v) = filled();
        v.set_setting(
            "reminders.fallback_timezone",
            &serde_json::json!("Europe/London"),
        )
        .unwrap();
        v.set_setting("rides.view", &serde_json::json!({"x": 1}))
            .unwrap();
        v.set_setting("some.local_thing", &serde_json::json!(1))
            .unwrap();
        let x = v.export(now("2026-05-02T08:00:00+02:00")).unwrap();
        assert_eq!(
            x.settings.keys().collect::<Vec<_>>(),
            ["reminders.discreet", "reminders.fallback_timezone"]
        );
    }

    #[test]
    fn an_oversized_saved_meeting_is_refused_when_saved_or_restored() {
        let (_dir, mut v) = filled();
        let mut m = crate::reminders::tests::meeting("s:big", &[2], 19, 0, Some("Europe/London"));
        m.name = "N".repeat(50 * 1024 * 1024 / 100);
        m.notes = Some("x".repeat(MAX_FAVORITE_BYTES));
        let err = v
            .add_favorite(&m, now("2026-05-02T08:00:00+02:00"))
            .unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
        assert!(v.favorite_records().unwrap().is_empty());
        let mut x = v.export(now("2026-05-02T08:00:00+02:00")).unwrap();
        x.favorites = vec![FavoriteRecord {
            meeting_id: m.id.clone(),
            added_at: "2026-05-02T08:00:00+02:00".into(),
            last_seen_at: "2026-05-02T08:00:00+02:00".into(),
            last_known: m,
        }];
        let err = v
            .restore(&serde_json::to_vec(&x).unwrap(), None)
            .unwrap_err();
        assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
        assert!(v.favorite_records().unwrap().is_empty());
    }

    #[test]
    fn a_file_with_too_many_settings_or_too_large_imports_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("a.sqlite"), &key(1)).unwrap();
        let settings: serde_json::Map<String, serde_json::Value> = (0..100_000)
            .map(|i| (format!("k{i}"), serde_json::json!(i)))
            .collect();
        let x = serde_json::json!({
            "format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "exported_at": "2026-05-02T08:00:00+02:00",
            "journal": [], "favorites": [], "sobriety": [], "settings": settings
        });
        let err = v
            .restore(&serde_json::to_vec(&x).unwrap(), None)
            .unwrap_err();
        assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
        assert!(err.to_string().contains("settings"), "{err}");
        assert!(v.settings().unwrap().is_empty());
        let huge = vec![b' '; MAX_BACKUP_BYTES as usize + 1];
        let err = v.restore(&huge, None).unwrap_err();
        assert!(matches!(err, Error::BackupDamaged(_)), "{err}");
        assert!(err.to_string().contains("larger"), "{err}");
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
