//! The encrypted vault: journal, favourites, sobriety dates, reminders, calendar export.
//! Everything here is local and synchronous; only car-pool sync (in [`crate::rides`]) uses the
//! network.

use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use waymark_core::vault::backup::BackupSummary;
use waymark_core::vault::contacts::{Contact, ContactRole};
use waymark_core::vault::favorites::Favorite;
use waymark_core::vault::journal::{EntryFilter, JournalEntry, NewEntry};
use waymark_core::vault::next_step::CheckinResult;
use waymark_core::vault::sobriety::SobrietyCount;

use crate::directory::MeetingDirectory;
use crate::{local_now, off_thread, parse_date, utc, Result};

/// What "Remind me" did.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RemindResult {
    /// The rule in force: the default one just set, or the person's own, kept.
    pub rule: waymark_core::reminders::ReminderRule,
    /// What to say, worded by the core ("You'll get a reminder 1 hour before.").
    pub message: String,
}

/// The private vault: one SQLCipher file, opened with a key or a passphrase.
#[derive(uniffi::Object)]
pub struct PrivateVault {
    /// Shared with the screen objects, which lock it only while building a state.
    pub(crate) inner: waymark_core::screens::SharedVault,
    /// Held for a whole ride sync (see `RideClient::sync`); the vault lock is not.
    pub(crate) ride_sync: Mutex<()>,
}

impl PrivateVault {
    pub(crate) fn with<T>(&self, f: impl FnOnce(&mut waymark_core::Vault) -> T) -> T {
        f(&mut self.inner.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn wrap(v: waymark_core::Vault) -> Arc<Self> {
        Arc::new(Self {
            inner: Arc::new(Mutex::new(v)),
            ride_sync: Mutex::new(()),
        })
    }
}

#[uniffi::export]
impl PrivateVault {
    /// Opens or creates the vault at `path` with a 32-byte key (the one Android Keystore or the
    /// iOS Keychain keeps). A wrong key gives `WrongKey` and changes nothing.
    #[uniffi::constructor]
    pub fn open_with_key(path: String, key: Vec<u8>) -> Result<Arc<Self>> {
        let key = waymark_core::VaultKey::from_bytes(&key)?;
        Ok(Self::wrap(waymark_core::Vault::open(&path, &key)?))
    }

    /// Tidies the vault when the app goes to the background (call it off the main thread): a
    /// bounded step of merging the journal's search index, then the write-ahead log folded
    /// into the file. Nothing is lost if it fails; it is done again next time.
    pub fn checkpoint(&self) -> Result<()> {
        Ok(self.with(|v| v.checkpoint())?)
    }

    /// Opens an existing vault with its passphrase (slow on purpose: about 0.1–0.2 s).
    #[uniffi::constructor]
    pub fn open_with_passphrase(path: String, passphrase: String) -> Result<Arc<Self>> {
        Ok(Self::wrap(waymark_core::Vault::open_with_passphrase(
            &path,
            &passphrase,
        )?))
    }

    /// Creates a vault protected by a passphrase.
    #[uniffi::constructor]
    pub fn create_with_passphrase(path: String, passphrase: String) -> Result<Arc<Self>> {
        Ok(Self::wrap(waymark_core::Vault::create_with_passphrase(
            &path,
            &passphrase,
            waymark_core::KdfParams::generate()?,
        )?))
    }

    /// Writes a journal entry; returns it with its id and time.
    pub fn add_entry(&self, entry: NewEntry) -> Result<JournalEntry> {
        Ok(self.with(|v| v.add_entry(entry, local_now()))?)
    }

    /// The newest entries first (at most `limit`).
    pub fn entries(&self, limit: u32) -> Result<Vec<JournalEntry>> {
        let filter = EntryFilter {
            limit: limit as usize,
            ..EntryFilter::default()
        };
        Ok(self.with(|v| v.entries(&filter))?)
    }

    /// Entries containing every word of `query` (the last word may be the start of a word),
    /// newest first.
    pub fn search_entries(&self, query: String, limit: u32) -> Result<Vec<JournalEntry>> {
        Ok(self.with(|v| v.search_entries(&query, limit as usize))?)
    }

    /// The Journal screen: entries under day headings, search as you type, a filter per
    /// kind, the trash, and what to say when there is nothing yet, in `options.locale`.
    pub fn journal_screen(
        &self,
        view: waymark_core::screens::JournalView,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::JournalState {
        self.with(|v| waymark_core::screens::journal_state(v, &view, &options))
    }

    /// The Journal screen as an object the app keeps while the screen is open: `setSearch`
    /// and `setView` as the person types and filters, and `subscribe` for a new state after
    /// every change to the journal (from anywhere) and at midnight.
    pub fn journal_screen_object(
        &self,
        view: waymark_core::screens::JournalView,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::JournalScreen> {
        waymark_core::screens::JournalScreen::new(Arc::clone(&self.inner), view, options)
    }

    /// The Sobriety dates screen as an object: `subscribe` for a new state after every
    /// change to the dates and at the viewer's midnight, when every count moves on.
    pub fn sobriety_screen_object(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::SobrietyScreen> {
        waymark_core::screens::SobrietyScreen::new(Arc::clone(&self.inner), options)
    }

    /// The People to call screen as an object: `subscribe` for a new state after every
    /// change to my people.
    pub fn people_screen_object(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::PeopleScreen> {
        waymark_core::screens::PeopleScreen::new(Arc::clone(&self.inner), options)
    }

    /// The Settings screen as an object: `subscribe` for a new state after every change to
    /// a setting. `phone_locale` is the phone's own language.
    pub fn settings_screen_object(
        &self,
        phone_locale: String,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::SettingsScreen> {
        waymark_core::screens::SettingsScreen::new(Arc::clone(&self.inner), phone_locale, options)
    }

    /// The My meetings screen as an object: `subscribe` for a new state after a meeting is
    /// saved or removed, after a sync, and when a saved meeting starts or ends.
    pub fn my_meetings_screen_object(
        &self,
        directory: Arc<MeetingDirectory>,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::MyMeetingsScreen> {
        let d = directory.with(|d| d.clone());
        waymark_core::screens::MyMeetingsScreen::new(Arc::clone(&self.inner), d, options)
    }

    /// The entry editor for a new entry of a kind (with a template's prompts) or an existing
    /// one (with the prompts it was written with): fields in order, labels, scales, the HALT
    /// boxes, the privacy note and what to ask before leaving unsaved, in `options.locale`.
    pub fn entry_editor(
        &self,
        view: waymark_core::screens::EditorView,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::EditorState {
        self.with(|v| waymark_core::screens::editor_state(v, &view, &options))
    }

    /// Saves the entry editor's `fields` (its state's, as the person filled them in) for
    /// `view`: adds a new entry — a hard check-in then brings a next step (my people, the next
    /// meetings from `directory`, near `near` if given), worded in the Settings language, else
    /// `options.locale` — or changes the one being edited, keeping what the editor does not
    /// show (tags, the meeting it is about). Values out of range or an entry gone fail with
    /// nothing written.
    pub fn save_editor(
        &self,
        view: waymark_core::screens::EditorView,
        fields: Vec<waymark_core::screens::EditorField>,
        options: waymark_core::screens::MeetingsOptions,
        directory: Option<Arc<MeetingDirectory>>,
        near: Option<waymark_core::GeoPoint>,
    ) -> Result<CheckinResult> {
        let save = |v: &mut waymark_core::Vault, d: Option<&waymark_core::Directory>| {
            let at = waymark_core::screens::SaveContext {
                directory: d,
                near,
                locale: options.locale.as_deref(),
                now: local_now(),
            };
            waymark_core::screens::save_editor(v, &view, &fields, &at)
        };
        Ok(match directory {
            Some(d) => d.with(|d| self.with(|v| save(v, Some(d))))?,
            None => self.with(|v| save(v, None))?,
        })
    }

    /// The Sobriety dates screen: a card per date with its count, since when, the next
    /// milestone and today's, and the buttons (add, edit, start again, remove) with what to
    /// ask first; counted on the viewer's own date (`options.viewer_timezone`), worded in
    /// `options.locale`.
    pub fn sobriety_screen(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::SobrietyState {
        self.with(|v| waymark_core::screens::sobriety_state(v, &options))
    }

    /// The People to call screen: sponsor first, then by role and name, each with call and
    /// text buttons carrying their `tel:` and `sms:` links, in `options.locale`.
    pub fn people_screen(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::PeopleState {
        self.with(|v| waymark_core::screens::people_state(v, &options))
    }

    /// Writes a check-in (or any entry) and, when it says it is hard right now (craving 8–10 or
    /// mood 1–2), a next step to show: a gentle line, my people (one tap to call or text) and
    /// the next meetings from `directory` (mine, near `near`, online). Nothing is sent. The
    /// next step is worded in the language chosen in Settings, else the app's
    /// (`set_app_locale`).
    pub fn add_checkin(
        &self,
        entry: NewEntry,
        directory: Option<Arc<MeetingDirectory>>,
        near: Option<waymark_core::GeoPoint>,
    ) -> Result<CheckinResult> {
        let fallback = crate::error::app_locale();
        Ok(match directory {
            Some(d) => d.with(|d| {
                self.with(|v| v.add_checkin_in(entry, Some(d), near, local_now(), fallback))
            })?,
            None => self.with(|v| v.add_checkin_in(entry, None, near, local_now(), fallback))?,
        })
    }

    /// Adds someone to my people (sponsor, friend, helpline, other) with a phone number.
    pub fn add_contact(&self, name: String, role: ContactRole, phone: String) -> Result<Contact> {
        Ok(self.with(|v| v.add_contact(&name, role, &phone, local_now()))?)
    }

    /// My people, sponsors first, each with `tel:` and `sms:` links.
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        Ok(self.with(|v| v.contacts())?)
    }

    /// Removes someone from my people.
    pub fn remove_contact(&self, id: String) -> Result<()> {
        Ok(self.with(|v| v.remove_contact(&id))?)
    }

    /// Replaces what an entry says, keeping its id and when it was written.
    pub fn edit_entry(&self, id: String, entry: NewEntry) -> Result<JournalEntry> {
        Ok(self.with(|v| v.edit_entry(&id, entry, local_now()))?)
    }

    /// Moves an entry to the trash (kept 30 days, restorable).
    pub fn delete_entry(&self, id: String) -> Result<()> {
        Ok(self.with(|v| v.delete_entry(&id, local_now()))?)
    }

    /// Brings an entry back from the trash.
    pub fn restore_entry(&self, id: String) -> Result<JournalEntry> {
        Ok(self.with(|v| v.restore_entry(&id))?)
    }

    /// Writes an encrypted backup of the whole vault to `path` (a file the person chose),
    /// protected by its own passphrase. The file is whole or not there at all.
    pub fn write_backup(&self, path: String, passphrase: String) -> Result<BackupSummary> {
        Ok(self.with(|v| v.write_backup(std::path::Path::new(&path), &passphrase, local_now()))?)
    }

    /// Restores a backup file (or a JSON export, with no passphrase), merging by id: the newer
    /// edit wins, and restoring the same file twice adds nothing. A wrong passphrase gives
    /// `WrongKey`; a damaged file gives `Conflict`; either way nothing changes.
    pub fn restore_backup(
        &self,
        path: String,
        passphrase: Option<String>,
    ) -> Result<waymark_core::vault::backup::RestoreReport> {
        let bytes = waymark_core::vault::backup::read_backup_file(std::path::Path::new(&path))?;
        Ok(self.with(|v| v.restore(&bytes, passphrase.as_deref()))?)
    }

    /// The journal, saved meetings and dates as Markdown, to read or print (in en-GB;
    /// `export_markdown_in_locale` words it in the phone's language).
    pub fn export_markdown(&self) -> Result<String> {
        Ok(self.with(|v| v.export_markdown(local_now()))?)
    }

    /// The same Markdown in `locale` (a BCP 47 tag such as `cy`, `es` or `en-US`; any other
    /// gives en-GB): headings and labels in its words, dates and times in its formats.
    pub fn export_markdown_in_locale(&self, locale: String) -> Result<String> {
        let words = waymark_core::l10n::Words::for_tag(&locale);
        Ok(self.with(|v| v.export_markdown_in(local_now(), words))?)
    }

    /// Everything as JSON (restorable with `restore_backup`, no passphrase).
    pub fn export_json(&self) -> Result<String> {
        Ok(self.with(|v| v.export_json(local_now()))?)
    }

    /// Saves a meeting to "my meetings". Returns false when it was already saved.
    pub fn add_favorite(
        &self,
        directory: Arc<MeetingDirectory>,
        meeting_id: String,
    ) -> Result<bool> {
        let meeting = directory.with(|d| d.meeting(&meeting_id))?;
        Ok(self.with(|v| v.add_favorite(&meeting, local_now()))?)
    }

    /// "Remind me" on a meeting: saves it to my meetings and gives it the default reminder (an
    /// hour before, discreet), both or neither, unless it has a rule already, which is kept.
    /// Returns the rule in force and what to say ("You'll get a reminder 1 hour before."), in
    /// the language chosen in Settings, else the app's (`set_app_locale`).
    pub fn remind_me(
        &self,
        directory: Arc<MeetingDirectory>,
        meeting_id: String,
    ) -> Result<RemindResult> {
        let meeting = directory.with(|d| d.meeting(&meeting_id))?;
        Ok(self.with(|v| {
            let rule = v.remind_me(&meeting, local_now())?;
            // Saved already: a language that cannot be read only changes the words.
            let locale = v
                .language()
                .ok()
                .flatten()
                .unwrap_or_else(crate::error::app_locale);
            let message = waymark_core::screens::reminder_set_words(
                &rule,
                waymark_core::l10n::Words::get(locale),
            );
            Ok::<_, waymark_core::Error>(RemindResult { rule, message })
        })?)
    }

    /// Removes a meeting from "my meetings" (and its reminders). False when it was not saved.
    pub fn remove_favorite(&self, meeting_id: String) -> Result<bool> {
        Ok(self.with(|v| v.remove_favorite(&meeting_id))?)
    }

    /// "My meetings", with a note on those the feed no longer lists.
    pub fn favorites(&self, directory: Arc<MeetingDirectory>) -> Result<Vec<Favorite>> {
        Ok(directory.with(|d| self.with(|v| v.favorites(d, local_now())))?)
    }

    /// The My meetings screen: saved meetings soonest first, worded like the Meetings
    /// screen's rows, those no longer listed kept with their last details and a calm note,
    /// and what to say when nothing is saved, in `options.locale`.
    pub fn my_meetings_screen(
        &self,
        directory: Arc<MeetingDirectory>,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::MyMeetingsState {
        directory.with(|d| self.with(|v| waymark_core::screens::my_meetings_state(v, d, &options)))
    }

    /// The Settings screen: language, discreet reminders, app lock, car-pool server, and
    /// backup, restore, export and delete everything, each with what it does, in
    /// `options.locale` (see `screen_locale`). `phone_locale` is the phone's own language, for
    /// the "phone's language" choice.
    pub fn settings_screen(
        &self,
        phone_locale: String,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::SettingsState {
        self.with(|v| waymark_core::screens::settings_state(v, &phone_locale, &options))
    }

    /// The locale every screen should be worded in: the language chosen in Settings, else
    /// `phone_locale` negotiated to a supported one.
    pub fn screen_locale(&self, phone_locale: String) -> String {
        self.with(|v| v.screen_locale(&phone_locale))
    }

    /// Chooses the screens' language (`en-GB`, `en-US`, `cy`, `es`), or `null`/`nil` to
    /// follow the phone. Any other tag is refused and nothing changes.
    pub fn set_language(&self, tag: Option<String>) -> Result<()> {
        Ok(self.with(|v| v.set_language(tag.as_deref()))?)
    }

    /// Whether the app asks for the phone's lock (fingerprint, face or PIN) when it opens.
    pub fn app_lock(&self) -> Result<bool> {
        Ok(self.with(|v| v.app_lock())?)
    }

    /// Turns the app lock on or off.
    pub fn set_app_lock(&self, on: bool) -> Result<()> {
        Ok(self.with(|v| v.set_app_lock(on))?)
    }

    /// Deletes everything in the vault, all or nothing, and rewrites the file so nothing
    /// deleted stays in it; the vault stays open and empty. Ask the Settings screen's
    /// `deleteConfirmation` first. `InvalidInput` while another Waymark still reads the
    /// vault (its words say to close it and try again).
    pub fn erase_everything(&self) -> Result<()> {
        Ok(self.with(|v| v.erase_everything())?)
    }

    /// Adds a sobriety date (`YYYY-MM-DD`, not in the future) with the person's own label.
    /// `today` is the person's local date.
    pub fn add_sobriety_date(
        &self,
        date: String,
        label: String,
        today: String,
    ) -> Result<SobrietyCount> {
        let date = parse_date(&date, "the date")?;
        let today = parse_date(&today, "today")?;
        Ok(self.with(|v| v.add_sobriety_date(date, &label, today, local_now()))?)
    }

    /// Changes a sobriety date (and its label, when given); the count starts from the new
    /// date.
    pub fn set_sobriety_date(
        &self,
        id: String,
        date: String,
        label: Option<String>,
        today: String,
    ) -> Result<SobrietyCount> {
        let date = parse_date(&date, "the date")?;
        let today = parse_date(&today, "today")?;
        Ok(self.with(|v| v.set_sobriety_date(&id, date, label.as_deref(), today, local_now()))?)
    }

    /// Removes a sobriety date.
    pub fn remove_sobriety_date(&self, id: String) -> Result<()> {
        Ok(self.with(|v| v.remove_sobriety_date(&id))?)
    }

    /// Every sobriety date, counted on `today` (the person's local date, `YYYY-MM-DD`).
    pub fn sobriety_counters(&self, today: String) -> Result<Vec<SobrietyCount>> {
        let today = parse_date(&today, "today")?;
        Ok(self.with(|v| v.sobriety_counts(today))?)
    }

    /// An iCalendar file of the given meetings (or of "my meetings" when empty), repeating
    /// weekly in each meeting's own zone, with an alarm per reminder. A saved meeting the feed
    /// no longer lists is exported as last seen.
    pub fn export_calendar(
        &self,
        directory: Arc<MeetingDirectory>,
        meeting_ids: Vec<String>,
        now: SystemTime,
    ) -> Result<String> {
        let ids = meeting_ids;
        Ok(directory
            .with(|d| self.with(|v| v.export_calendar(d, &ids, None, utc(now).fixed_offset())))?)
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl PrivateVault {
    /// Changes the passphrase of a vault opened with one: a new salt and key, and the whole
    /// file re-encrypted. If the phone stops half-way, the vault still opens with the old or
    /// the new passphrase. Slow on purpose (the key derivation), so it runs off the caller's
    /// thread. A vault opened with a key from the phone's keystore has no passphrase to
    /// change: that gives `InvalidInput`.
    pub async fn change_passphrase(self: Arc<Self>, new_passphrase: String) -> Result<()> {
        off_thread(move || {
            let params = waymark_core::vault::KdfParams::generate()?;
            self.with(|v| {
                let kdf = waymark_core::vault::KdfParams::path_for(v.path());
                if waymark_core::vault::KdfParams::read(&kdf)?.is_none() {
                    return Err(waymark_core::Error::invalid(
                        waymark_core::support::msg::VAULT_KEYSTORE,
                    ));
                }
                v.change_passphrase(&new_passphrase, params)
            })?;
            Ok(())
        })
        .await
    }

    /// Re-encrypts a keystore vault with a new 32-byte key (the app stores the new key only
    /// after this returns). A passphrase vault gives `InvalidInput`: change its passphrase.
    pub async fn change_key(self: Arc<Self>, new_key: Vec<u8>) -> Result<()> {
        off_thread(move || {
            let key = waymark_core::VaultKey::from_bytes(&new_key)?;
            self.with(|v| {
                let kdf = waymark_core::vault::KdfParams::path_for(v.path());
                if waymark_core::vault::KdfParams::read(&kdf)?.is_some() {
                    return Err(waymark_core::Error::invalid(
                        waymark_core::support::msg::VAULT_PASSPHRASE,
                    ));
                }
                v.change_key(&key)
            })?;
            Ok(())
        })
        .await
    }
}
