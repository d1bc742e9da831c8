//! Export and account-free backup.
//!
//! - **JSON export** ([`VaultExport`]): everything a person has (journal outside the trash,
//!   favourites with their last known details, sobriety dates, reminder rules and daily
//!   reminders, the contacts list, settings), complete and re-importable. Version 1 files
//!   (without reminders or contacts) still restore. It is plain text on purpose: the person asked for a readable copy.
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

use super::contacts::{Contact, MAX_CONTACTS};
use super::favorites::FavoriteRecord;
use super::journal::{EntryFilter, JournalEntry, MergeOutcome};
use super::sobriety::SobrietyDate;
use super::{parse_stamp, stamp, write_atomically, Vault};
use crate::reminders::rules::{SETTING_DISCREET, SETTING_FALLBACK_TZ, SETTING_PAUSED_UNTIL};
use crate::reminders::{DailyReminder, ReminderRule};
use crate::support::error::{Error, Result};
use crate::support::msg;

/// `format` of a vault export.
pub const EXPORT_FORMAT: &str = "waymark-vault-export";
/// Newest export version this build writes and reads. 2 added reminder rules, daily
/// reminders and contacts; a version 1 file has none and restores as before.
pub const EXPORT_VERSION: u32 = 2;
/// Most reminder rules or daily reminders a backup may carry (one rule per saved meeting).
pub const MAX_BACKUP_REMINDERS: usize = 1000;
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
    /// Reminder rules of saved meetings (version 2 on).
    #[serde(default)]
    pub reminder_rules: Vec<ReminderRule>,
    /// Daily practice reminders (version 2 on).
    #[serde(default)]
    pub daily_reminders: Vec<DailyReminder>,
    /// The contacts list (version 2 on).
    #[serde(default)]
    pub contacts: Vec<Contact>,
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
    /// Reminder rules: added where the meeting had none here (a rule already here is kept);
    /// a rule for a meeting that is not saved is left out and counted unchanged.
    pub reminder_rules: MergeCounts,
    /// Daily reminders, by id.
    pub daily_reminders: MergeCounts,
    /// Contacts, by id (a more recently changed copy replaces the one here).
    pub contacts: MergeCounts,
    /// Settings taken from the backup (ones set here already are kept).
    pub settings_added: u32,
    /// Settings in the file that were not taken: ones a backup never carries (such as a
    /// car-pool identity), values that are not valid, and any that would make notifications
    /// less discreet than they are here — a restore never loosens privacy; the person can
    /// change that setting themselves.
    pub settings_skipped: Vec<String>,
}

/// What a backup holds.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BackupSummary {
    /// Journal entries.
    pub journal: u64,
    /// Favourites.
    pub favorites: u64,
    /// Sobriety dates.
    pub sobriety: u64,
    /// Reminder rules and daily reminders.
    pub reminders: u64,
    /// Contacts.
    pub contacts: u64,
    /// Size of the file in bytes.
    pub bytes: u64,
}

/// Reads a backup or export file for [`Vault::restore`], refusing one larger than any backup
/// Waymark reads before a byte of it is in memory.
pub fn read_backup_file(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| {
        Error::not_found_with(
            msg::FILE_UNREADABLE,
            [
                ("path", path.display().to_string().into()),
                ("detail", e.to_string().into()),
            ],
        )
    })?;
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
            reminder_rules: self.reminder_rules()?,
            daily_reminders: self.daily_reminders()?,
            contacts: self.contacts()?,
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
        serde_json::to_string_pretty(&self.export(now)?).map_err(Error::internal)
    }

    /// The journal, sobriety dates and favourites as Markdown, for reading or printing, in
    /// en-GB. Entries are grouped by the day they were written (in the writer's own time).
    /// [`Vault::export_markdown_in`] words it in another locale.
    pub fn export_markdown(&self, now: DateTime<FixedOffset>) -> Result<String> {
        self.export_markdown_in(now, crate::l10n::Words::get(crate::l10n::Locale::EnGb))
    }

    /// The same Markdown in `w`'s words: headings, kinds and labels from its messages
    /// (`locales/*/editor.ftl`, `export-md-…`), dates and times in its formats ("Friday 1
    /// May 2026" in en-GB, the locale's own in cy, es and en-US).
    pub fn export_markdown_in(
        &self,
        now: DateTime<FixedOffset>,
        w: &crate::l10n::Words,
    ) -> Result<String> {
        Ok(markdown(&self.export(now)?, w))
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
            return Err(Error::invalid_with(
                msg::BACKUP_PASSPHRASE_SHORT,
                [("min", MIN_BACKUP_PASSPHRASE_CHARS.into())],
            ));
        }
        let export = self.export(now)?;
        let json = zeroize::Zeroizing::new(serde_json::to_vec(&export).map_err(Error::internal)?);
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(BACKUP_WORK_FACTOR);
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|e| {
                    Error::invalid_with(msg::BACKUP_ENCRYPT, [("detail", e.to_string().into())])
                })?;
        let mut out = Vec::with_capacity(json.len() + 1024);
        let mut w = encryptor.wrap_output(&mut out)?;
        w.write_all(&json)?;
        w.finish()?;
        let summary = BackupSummary {
            journal: export.journal.len() as u64,
            favorites: export.favorites.len() as u64,
            sobriety: export.sobriety.len() as u64,
            reminders: (export.reminder_rules.len() + export.daily_reminders.len()) as u64,
            contacts: export.contacts.len() as u64,
            bytes: out.len() as u64,
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
            let passphrase =
                passphrase.ok_or_else(|| Error::invalid(msg::BACKUP_NEEDS_PASSPHRASE))?;
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
        // After the favourites: a rule is for a saved meeting.
        for r in &export.reminder_rules {
            report
                .reminder_rules
                .count(Vault::merge_reminder_rule(&tx, r, &export.exported_at)?);
        }
        for d in &export.daily_reminders {
            report
                .daily_reminders
                .count(Vault::merge_daily_reminder(&tx, d, &export.exported_at)?);
        }
        for c in &export.contacts {
            report.contacts.count(Vault::merge_contact(&tx, c)?);
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
    Error::damaged(
        msg::BACKUP_TOO_LARGE,
        [("max", (MAX_BACKUP_BYTES / (1024 * 1024)).into())],
    )
}

fn decrypt(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    use age::DecryptError as D;
    let damaged = |id| Error::damaged(id, []);
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| match e {
        D::UnknownFormat => damaged(msg::BACKUP_NOT_WAYMARK),
        _ => damaged(msg::BACKUP_HEADER),
    })?;
    if !decryptor.is_scrypt() {
        return Err(damaged(msg::BACKUP_NO_PASSPHRASE));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            D::DecryptionFailed | D::NoMatchingKeys | D::KeyDecryptionFailed => {
                Error::WrongPassphrase
            }
            D::ExcessiveWork { .. } => damaged(msg::BACKUP_WORK),
            _ => damaged(msg::BACKUP_HEADER),
        })?;
    let mut out = Vec::new();
    (&mut reader)
        .take(MAX_BACKUP_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| damaged(msg::BACKUP_CUT))?;
    if out.len() as u64 > MAX_BACKUP_BYTES {
        return Err(too_large());
    }
    Ok(out)
}

/// Parses and checks a whole export before anything is written.
fn parse_export(json: &[u8]) -> Result<VaultExport> {
    let bad = |part: &str, n: usize| {
        Error::damaged(
            msg::BACKUP_RECORD,
            [("part", part.into()), ("number", n.into())],
        )
    };
    let too_many = |part: &str| Error::damaged(msg::BACKUP_TOO_MANY, [("part", part.into())]);
    let mut export: VaultExport = serde_json::from_slice(json).map_err(|e| {
        Error::damaged(
            msg::BACKUP_NOT_EXPORT_AT,
            [("line", e.line().into()), ("column", e.column().into())],
        )
    })?;
    if export.format != EXPORT_FORMAT {
        return Err(Error::damaged(msg::BACKUP_NOT_EXPORT, []));
    }
    if export.version > EXPORT_VERSION {
        return Err(Error::damaged(
            msg::BACKUP_NEWER,
            [("version", export.version.into())],
        ));
    }
    let mut seen = HashSet::new();
    let mut journal = Vec::with_capacity(export.journal.len());
    for (i, mut e) in std::mem::take(&mut export.journal).into_iter().enumerate() {
        let n = i + 1;
        if uuid::Uuid::parse_str(&e.id).is_err() {
            return Err(bad("journal", n));
        }
        if parse_stamp(&e.created_at).is_none() || parse_stamp(&e.edited_at).is_none() {
            return Err(bad("journal", n));
        }
        e.content = e.content.validate().map_err(|_| bad("journal", n))?;
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
            return Err(bad("favourite", i + 1));
        }
    }
    for (i, d) in export.sobriety.iter().enumerate() {
        if uuid::Uuid::parse_str(&d.id).is_err()
            || parse_stamp(&d.updated_at).is_none()
            || d.label.trim().is_empty()
            || d.label.chars().count() > 60
        {
            return Err(bad("sobriety", i + 1));
        }
    }
    if export.reminder_rules.len() > MAX_BACKUP_REMINDERS
        || export.daily_reminders.len() > MAX_BACKUP_REMINDERS
    {
        return Err(too_many("reminder"));
    }
    let rules = std::mem::take(&mut export.reminder_rules);
    for (i, r) in rules.into_iter().enumerate() {
        let r = r.validate().map_err(|_| bad("reminder", i + 1))?;
        if r.meeting_id.trim().is_empty() || r.meeting_id.len() > 300 {
            return Err(bad("reminder", i + 1));
        }
        export.reminder_rules.push(r);
    }
    for (i, d) in export.daily_reminders.iter().enumerate() {
        if d.id.trim().is_empty()
            || d.id.len() > 64
            || d.minute >= 1440
            || d.label.trim().is_empty()
            || d.label.chars().count() > 60
        {
            return Err(bad("daily", i + 1));
        }
    }
    if export.contacts.len() > MAX_CONTACTS {
        return Err(too_many("contact"));
    }
    let contacts = std::mem::take(&mut export.contacts);
    for (i, c) in contacts.into_iter().enumerate() {
        let c = c.checked().map_err(|_| bad("contact", i + 1))?;
        export.contacts.push(c);
    }
    if export.settings.len() > MAX_BACKUP_SETTINGS {
        return Err(too_many("setting"));
    }
    for (i, k) in export.settings.keys().enumerate() {
        super::check_setting_key(k).map_err(|_| bad("setting", i + 1))?;
    }
    Ok(export)
}

fn markdown(x: &VaultExport, w: &crate::l10n::Words) -> String {
    use crate::l10n::ids;
    use crate::l10n::Arg;
    use std::fmt::Write as _;
    let mut s = String::new();
    let time = |t: &DateTime<FixedOffset>| {
        use chrono::Timelike;
        w.time(t.hour(), t.minute())
    };
    // "Exported 2 May 2026, 08:00."; a stamp that cannot be read is shown as stored.
    let stamp = |id: &str, raw: &str| match parse_stamp(raw) {
        Some(t) => w.own(
            id,
            &[
                ("date", Arg::Text(&w.date_long(t.date_naive()))),
                ("time", Arg::Text(&time(&t))),
            ],
        ),
        None => w.own(id, &[("date", Arg::Text(raw)), ("time", Arg::Text(""))]),
    };
    let _ = writeln!(s, "# {}\n", w.own(ids::EXPORT_MD_TITLE, &[]));
    let _ = writeln!(s, "{}\n", stamp(ids::EXPORT_MD_EXPORTED, &x.exported_at));
    if !x.sobriety.is_empty() {
        let _ = writeln!(s, "## {}\n", w.own(ids::EXPORT_MD_SOBRIETY, &[]));
        for d in &x.sobriety {
            let since = w.own(
                ids::EXPORT_MD_SINCE,
                &[
                    ("label", Arg::Text(&d.label)),
                    ("date", Arg::Text(&w.date_long(d.date))),
                ],
            );
            let _ = writeln!(s, "- {since}");
        }
        s.push('\n');
    }
    if !x.favorites.is_empty() {
        let _ = writeln!(s, "## {}\n", w.own(ids::EXPORT_MD_MEETINGS, &[]));
        for f in &x.favorites {
            let m = &f.last_known;
            let days = m
                .weekdays
                .iter()
                .map(|d| w.own(crate::screens::meeting::day_id(*d), &[]))
                .collect::<Vec<_>>()
                .join(", ");
            let time = m
                .start_minute
                .map(|t| format!(" {}", w.time(u32::from(t / 60), u32::from(t % 60))))
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
    let _ = writeln!(s, "## {}\n", w.own(ids::EXPORT_MD_JOURNAL, &[]));
    if x.journal.is_empty() {
        let _ = writeln!(s, "{}", w.own(ids::EXPORT_MD_EMPTY, &[]));
    }
    let mut day = String::new();
    for e in &x.journal {
        let c = &e.content;
        let t = parse_stamp(&e.created_at);
        let this_day = t
            .map(|t| w.weekday_date_long(t.date_naive()))
            .unwrap_or_default();
        if this_day != day {
            let _ = writeln!(s, "### {this_day}\n");
            day = this_day;
        }
        let at = t.map(|t| time(&t)).unwrap_or_default();
        let kind = w.own(crate::screens::journal::kind_id(c.kind), &[]);
        let _ = writeln!(s, "#### {at} · {kind}\n");
        let mut facts = Vec::new();
        if let Some(m) = c.mood {
            facts.push(w.own(ids::EXPORT_MD_MOOD, &[("mood", Arg::Number(m.into()))]));
        }
        if let Some(cr) = c.craving {
            facts.push(w.own(
                ids::EXPORT_MD_CRAVING,
                &[("craving", Arg::Number(cr.into()))],
            ));
        }
        if c.halt.any() {
            let felt: Vec<String> = [
                (c.halt.hungry, ids::EXPORT_MD_HUNGRY),
                (c.halt.angry, ids::EXPORT_MD_ANGRY),
                (c.halt.lonely, ids::EXPORT_MD_LONELY),
                (c.halt.tired, ids::EXPORT_MD_TIRED),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, id)| w.own(id, &[]))
            .collect();
            facts.push(w.own(
                ids::EXPORT_MD_HALT,
                &[("felt", Arg::Text(&felt.join(", ")))],
            ));
        }
        if let Some(m) = &c.meeting_id {
            facts.push(w.own(ids::EXPORT_MD_MEETING, &[("id", Arg::Text(m))]));
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
            let tags = w.own(ids::EXPORT_MD_TAGS, &[("tags", Arg::Text(&tags.join(" ")))]);
            let _ = writeln!(s, "{tags}\n");
        }
        if e.edited_at != e.created_at {
            let _ = writeln!(s, "_{}_\n", stamp(ids::EXPORT_MD_EDITED, &e.edited_at));
        }
    }
    s
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
