//! The journal: notes, daily check-ins, gratitude lists, nightly reviews and meeting
//! reflections, with tags, full-text search and a 30-day trash.
//!
//! Decisions:
//! - Ids are UUIDv7: they sort by creation time and never collide across devices, so a
//!   restore on a new phone merges by id.
//! - `created_at` and `edited_at` keep the writer's UTC offset ("written at 23:10 in Lisbon"),
//!   so an entry shows the time the person saw when they wrote it, wherever they read it.
//! - Deleting moves an entry to the trash for [`TRASH_DAYS`] days (undo with
//!   [`Vault::restore_entry`]); [`Vault::purge_trash`] removes older ones for good. Entries in
//!   the trash are not searchable and are not exported.
//! - Validation is strict and the messages are plain: mood is 1–5, craving 0–10, and an entry
//!   must hold something.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use super::{parse_stamp, stamp, stamp_utc, Vault};
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Days an entry stays in the trash before it is purged.
pub const TRASH_DAYS: i64 = 30;
/// Longest free text, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
const MAX_ITEMS: usize = 50;
const MAX_ITEM_CHARS: usize = 2_000;
const MAX_TAGS: usize = 20;
const MAX_TAG_CHARS: usize = 40;

/// What an entry is.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Free writing.
    Note,
    /// A daily check-in: mood, craving, HALT.
    Checkin,
    /// A gratitude list.
    Gratitude,
    /// A nightly review (answers to our review prompts).
    Review,
    /// A reflection on a meeting the person went to.
    Meeting,
}

impl EntryKind {
    /// Every kind, in the order the app offers them.
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Note,
        EntryKind::Checkin,
        EntryKind::Gratitude,
        EntryKind::Review,
        EntryKind::Meeting,
    ];

    /// The stored word: `note`, `checkin`, `gratitude`, `review`, `meeting`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Note => "note",
            EntryKind::Checkin => "checkin",
            EntryKind::Gratitude => "gratitude",
            EntryKind::Review => "review",
            EntryKind::Meeting => "meeting",
        }
    }

    /// Parses the stored word (also `check-in`).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "note" => Some(EntryKind::Note),
            "checkin" | "check-in" => Some(EntryKind::Checkin),
            "gratitude" => Some(EntryKind::Gratitude),
            "review" => Some(EntryKind::Review),
            "meeting" => Some(EntryKind::Meeting),
            _ => None,
        }
    }
}

/// HALT: am I hungry, angry, lonely or tired?
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Halt {
    /// Hungry.
    pub hungry: bool,
    /// Angry.
    pub angry: bool,
    /// Lonely.
    pub lonely: bool,
    /// Tired.
    pub tired: bool,
}

impl Halt {
    /// Whether any is ticked.
    pub fn any(&self) -> bool {
        self.hungry || self.angry || self.lonely || self.tired
    }

    /// The ticked words, e.g. `["lonely", "tired"]`.
    pub fn words(&self) -> Vec<&'static str> {
        [
            (self.hungry, "hungry"),
            (self.angry, "angry"),
            (self.lonely, "lonely"),
            (self.tired, "tired"),
        ]
        .into_iter()
        .filter_map(|(on, w)| on.then_some(w))
        .collect()
    }

    /// Parses `hungry,tired` (also the initials `h,a,l,t`).
    pub fn parse(s: &str) -> Result<Self> {
        let mut h = Halt::default();
        for w in s.split([',', ' ']).filter(|w| !w.is_empty()) {
            match w.to_ascii_lowercase().as_str() {
                "h" | "hungry" => h.hungry = true,
                "a" | "angry" => h.angry = true,
                "l" | "lonely" => h.lonely = true,
                "t" | "tired" => h.tired = true,
                other => {
                    return Err(Error::invalid_with(
                        msg::HALT_UNKNOWN,
                        [("value", other.into())],
                    ))
                }
            }
        }
        Ok(h)
    }
}

/// An answer to one of our prompts (nightly review, meeting reflection, step work).
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptAnswer {
    /// The prompt as it was shown.
    pub prompt: String,
    /// What the person wrote.
    pub answer: String,
}

/// What a person writes; the vault adds the id and timestamps.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEntry {
    /// Kind of entry.
    pub kind: EntryKind,
    /// Free text (may be empty when structured fields say enough).
    #[serde(default)]
    pub text: String,
    /// Mood, 1 (very low) to 5 (very good).
    #[serde(default)]
    pub mood: Option<u8>,
    /// Craving, 0 (none) to 10 (overwhelming).
    #[serde(default)]
    pub craving: Option<u8>,
    /// HALT check.
    #[serde(default)]
    pub halt: Halt,
    /// Gratitude list items.
    #[serde(default)]
    pub gratitude: Vec<String>,
    /// Answers to prompts.
    #[serde(default)]
    pub answers: Vec<PromptAnswer>,
    /// Tags, without `#`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The meeting this is about (a directory meeting id).
    #[serde(default)]
    pub meeting_id: Option<String>,
}

impl NewEntry {
    /// An entry of `kind` with only free text.
    pub fn text(kind: EntryKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            mood: None,
            craving: None,
            halt: Halt::default(),
            gratitude: vec![],
            answers: vec![],
            tags: vec![],
            meeting_id: None,
        }
    }

    /// Checks ranges and sizes and tidies tags and list items. Messages are for people.
    pub fn validate(mut self) -> Result<Self> {
        if let Some(m) = self.mood {
            if !(1..=5).contains(&m) {
                return Err(Error::invalid(msg::MOOD_RANGE));
            }
        }
        if let Some(c) = self.craving {
            if c > 10 {
                return Err(Error::invalid(msg::CRAVING_RANGE));
            }
        }
        if self.text.chars().count() > MAX_TEXT_CHARS {
            return Err(Error::invalid_with(
                msg::ENTRY_TOO_LONG,
                [("max", MAX_TEXT_CHARS.into())],
            ));
        }
        self.gratitude = self
            .gratitude
            .into_iter()
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty())
            .collect();
        self.answers.retain(|a| !a.answer.trim().is_empty());
        if self.gratitude.len() > MAX_ITEMS || self.answers.len() > MAX_ITEMS {
            return Err(Error::invalid_with(
                msg::ENTRY_ITEMS,
                [("max", MAX_ITEMS.into())],
            ));
        }
        let too_long = self
            .gratitude
            .iter()
            .chain(self.answers.iter().map(|a| &a.prompt))
            .any(|s| s.chars().count() > MAX_ITEM_CHARS)
            || self
                .answers
                .iter()
                .any(|a| a.answer.chars().count() > MAX_TEXT_CHARS);
        if too_long {
            return Err(Error::invalid(msg::ENTRY_ITEM_TOO_LONG));
        }
        let mut tags: Vec<String> = Vec::new();
        for t in &self.tags {
            let t = t.trim().trim_start_matches('#').trim();
            if t.is_empty() {
                continue;
            }
            if t.chars().count() > MAX_TAG_CHARS || t.chars().any(char::is_control) {
                return Err(Error::invalid_with(
                    msg::TAG_TOO_LONG,
                    [("max", MAX_TAG_CHARS.into())],
                ));
            }
            if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
                tags.push(t.to_string());
            }
        }
        if tags.len() > MAX_TAGS {
            return Err(Error::invalid_with(
                msg::TAGS_TOO_MANY,
                [("max", MAX_TAGS.into())],
            ));
        }
        self.tags = tags;
        self.meeting_id = self
            .meeting_id
            .map(|m| m.trim().to_string())
            .filter(|m| !m.is_empty());
        if self.meeting_id.as_ref().is_some_and(|m| m.len() > 300) {
            return Err(Error::invalid(msg::MEETING_ID_INVALID));
        }
        let empty = self.text.trim().is_empty()
            && self.mood.is_none()
            && self.craving.is_none()
            && !self.halt.any()
            && self.gratitude.is_empty()
            && self.answers.is_empty();
        if empty {
            return Err(Error::invalid(msg::ENTRY_EMPTY));
        }
        Ok(self)
    }

    /// Everything searchable, as one text.
    fn search_text(&self) -> String {
        let mut s = self.text.clone();
        for part in self
            .gratitude
            .iter()
            .chain(self.answers.iter().map(|a| &a.answer))
            .chain(self.tags.iter())
        {
            s.push('\n');
            s.push_str(part);
        }
        s
    }
}

/// A stored journal entry.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// UUIDv7.
    pub id: String,
    /// When it was written (RFC 3339, the writer's offset).
    pub created_at: String,
    /// When it was last changed (RFC 3339, the writer's offset).
    pub edited_at: String,
    /// When it was moved to the trash (RFC 3339, UTC), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    /// What was written.
    #[serde(flatten)]
    pub content: NewEntry,
}

/// The structured fields kept as one JSON column.
#[derive(Default, Serialize, Deserialize)]
struct Fields {
    #[serde(default, skip_serializing_if = "is_default")]
    halt: Halt,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    gratitude: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    answers: Vec<PromptAnswer>,
}

fn is_default(h: &Halt) -> bool {
    !h.any()
}

/// Which entries to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryFilter {
    /// Only this kind.
    pub kind: Option<EntryKind>,
    /// Only entries with this tag (case-insensitive).
    pub tag: Option<String>,
    /// Only entries about this meeting.
    pub meeting_id: Option<String>,
    /// List the trash instead of the journal.
    pub trash: bool,
    /// At most this many (newest first); 0 means all.
    pub limit: usize,
}

const ENTRY_COLUMNS: &str =
    "j.rowid, j.id, j.kind, j.created_at, j.edited_at, j.mood, j.craving, j.fields, j.body, \
     j.meeting_id, j.deleted_at";

impl Vault {
    /// Saves a new entry written at `now` (the writer's local time and offset).
    pub fn add_entry(
        &mut self,
        entry: NewEntry,
        now: DateTime<FixedOffset>,
    ) -> Result<JournalEntry> {
        let entry = entry.validate()?;
        let stored = JournalEntry {
            id: self.new_id(&now),
            created_at: stamp(&now),
            edited_at: stamp(&now),
            deleted_at: None,
            content: entry,
        };
        let tx = self.conn.transaction()?;
        write_entry(&tx, &stored, None)?;
        tx.commit()?;
        Ok(stored)
    }

    /// Replaces what an entry says (kind, text, fields, tags, meeting), keeping its id and
    /// creation time; `edited_at` becomes `now`.
    pub fn edit_entry(
        &mut self,
        id: &str,
        entry: NewEntry,
        now: DateTime<FixedOffset>,
    ) -> Result<JournalEntry> {
        let entry = entry.validate()?;
        let mut stored = self.entry(id)?;
        if stored.deleted_at.is_some() {
            return Err(Error::invalid(msg::ENTRY_IN_TRASH));
        }
        stored.content = entry;
        stored.edited_at = stamp(&now);
        let tx = self.conn.transaction()?;
        let rowid: i64 = tx.query_row("SELECT rowid FROM journal WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
        write_entry(&tx, &stored, Some(rowid))?;
        tx.commit()?;
        Ok(stored)
    }

    /// One entry, also from the trash.
    pub fn entry(&self, id: &str) -> Result<JournalEntry> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM journal j WHERE j.id = ?1");
        let found = self
            .conn
            .query_row(&sql, [id.trim()], read_entry)
            .optional()?;
        match found {
            Some((rowid, mut e)) => {
                e.content.tags = self.tags_of(rowid)?;
                Ok(e)
            }
            None => Err(Error::not_found(msg::ENTRY_NOT_FOUND)),
        }
    }

    /// Entries, newest first.
    pub fn entries(&self, filter: &EntryFilter) -> Result<Vec<JournalEntry>> {
        let mut sql = format!("SELECT {ENTRY_COLUMNS} FROM journal j WHERE ");
        sql.push_str(if filter.trash {
            "j.deleted_at IS NOT NULL"
        } else {
            "j.deleted_at IS NULL"
        });
        let mut args: Vec<String> = Vec::new();
        if let Some(k) = filter.kind {
            args.push(k.as_str().into());
            sql.push_str(&format!(" AND j.kind = ?{}", args.len()));
        }
        if let Some(t) = &filter.tag {
            args.push(t.trim().trim_start_matches('#').to_string());
            sql.push_str(&format!(
                " AND j.rowid IN (SELECT entry FROM journal_tags WHERE tag = ?{})",
                args.len()
            ));
        }
        if let Some(m) = &filter.meeting_id {
            args.push(m.clone());
            sql.push_str(&format!(" AND j.meeting_id = ?{}", args.len()));
        }
        sql.push_str(" ORDER BY j.rowid DESC");
        if filter.limit > 0 {
            sql.push_str(&format!(" LIMIT {}", filter.limit));
        }
        self.collect_entries(&sql, rusqlite::params_from_iter(args.iter()))
    }

    /// Entries holding every word of `query` (in their text, list items, answers or tags),
    /// accents and case ignored, the last word also as the start of a longer one (so results
    /// follow typing); newest first. The trash is not searched.
    pub fn search_entries(&self, query: &str, limit: usize) -> Result<Vec<JournalEntry>> {
        let q = crate::support::fts::fts_query_last_prefix(query);
        if q.is_empty() {
            return Err(Error::invalid(msg::SEARCH_EMPTY));
        }
        // The index is walked newest first (row ids follow creation time) and stops after
        // `limit` hits, so a word found in most entries costs no more than a rare one.
        let mut sql = String::from(
            "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?1 ORDER BY rowid DESC",
        );
        if limit > 0 {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        let rowids: Vec<i64> = {
            let mut st = self.conn.prepare(&sql)?;
            let rows = st.query_map([q], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM journal j WHERE j.rowid = ?1 AND j.deleted_at IS NULL"
        ))?;
        let mut out = Vec::with_capacity(rowids.len());
        for rowid in rowids {
            if let Some((rowid, mut e)) = st.query_row([rowid], read_entry).optional()? {
                e.content.tags = self.tags_of(rowid)?;
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Every tag in use (outside the trash) with how many entries carry it, most used first.
    pub fn tags(&self) -> Result<Vec<(String, u32)>> {
        let mut st = self.conn.prepare(
            "SELECT min(t.tag), count(*) FROM journal_tags t JOIN journal j ON j.rowid = t.entry
             WHERE j.deleted_at IS NULL GROUP BY t.tag ORDER BY count(*) DESC, min(t.tag)",
        )?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Moves an entry to the trash (kept [`TRASH_DAYS`] days).
    pub fn delete_entry(&mut self, id: &str, now: DateTime<FixedOffset>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let rowid: Option<i64> = tx
            .query_row(
                "SELECT rowid FROM journal WHERE id = ?1 AND deleted_at IS NULL",
                [id.trim()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(rowid) = rowid else {
            return Err(Error::not_found(msg::ENTRY_NOT_FOUND));
        };
        tx.execute(
            "UPDATE journal SET deleted_at = ?2 WHERE rowid = ?1",
            params![rowid, stamp_utc(&now)],
        )?;
        tx.execute("DELETE FROM journal_fts WHERE rowid = ?1", [rowid])?;
        tx.commit()?;
        Ok(())
    }

    /// Takes an entry back out of the trash.
    pub fn restore_entry(&mut self, id: &str) -> Result<JournalEntry> {
        let e = self.entry(id)?;
        if e.deleted_at.is_none() {
            return Ok(e);
        }
        let tx = self.conn.transaction()?;
        let rowid: i64 = tx.query_row(
            "UPDATE journal SET deleted_at = NULL WHERE id = ?1 RETURNING rowid",
            [&e.id],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO journal_fts (rowid, content) VALUES (?1, ?2)",
            params![rowid, e.content.search_text()],
        )?;
        tx.commit()?;
        self.entry(id)
    }

    /// Removes for good the entries that have been in the trash for more than
    /// [`TRASH_DAYS`] days at `now`. Returns how many.
    pub fn purge_trash(&mut self, now: DateTime<FixedOffset>) -> Result<usize> {
        let cutoff = stamp_utc(&(now - chrono::Duration::days(TRASH_DAYS)));
        let n = self.conn.execute(
            "DELETE FROM journal WHERE deleted_at IS NOT NULL AND deleted_at <= ?1",
            [cutoff],
        )?;
        Ok(n)
    }

    /// How many entries there are (outside the trash).
    pub fn entry_count(&self) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM journal WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(n.max(0) as u64)
    }

    fn collect_entries(&self, sql: &str, args: impl rusqlite::Params) -> Result<Vec<JournalEntry>> {
        let mut st = self.conn.prepare(sql)?;
        let rows = st.query_map(args, read_entry)?;
        let mut out = Vec::new();
        for row in rows {
            let (rowid, mut e) = row?;
            e.content.tags = self.tags_of(rowid)?;
            out.push(e);
        }
        Ok(out)
    }

    fn tags_of(&self, rowid: i64) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT tag FROM journal_tags WHERE entry = ?1 ORDER BY rowid")?;
        let rows = st.query_map([rowid], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores an entry as it is (restore): replaces an older copy with the same id, keeps a
    /// newer one. Returns whether anything was written, and whether it was new.
    pub(crate) fn merge_entry(
        tx: &rusqlite::Transaction,
        e: &JournalEntry,
    ) -> Result<MergeOutcome> {
        let existing: Option<(i64, String)> = tx
            .query_row(
                "SELECT rowid, edited_at FROM journal WHERE id = ?1",
                [&e.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match existing {
            None => {
                write_entry(tx, e, None)?;
                Ok(MergeOutcome::Added)
            }
            Some((rowid, edited)) => {
                let newer = match (parse_stamp(&e.edited_at), parse_stamp(&edited)) {
                    (Some(a), Some(b)) => a > b,
                    _ => false,
                };
                if !newer {
                    return Ok(MergeOutcome::Unchanged);
                }
                let deleted: Option<String> = tx.query_row(
                    "SELECT deleted_at FROM journal WHERE rowid = ?1",
                    [rowid],
                    |r| r.get(0),
                )?;
                let mut e = e.clone();
                e.deleted_at = deleted;
                write_entry(tx, &e, Some(rowid))?;
                Ok(MergeOutcome::Updated)
            }
        }
    }
}

/// What a merge did with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MergeOutcome {
    Added,
    Updated,
    Unchanged,
}

/// Row ids per millisecond of creation time. An entry's row id is only where it sits in the
/// table (and in the text index, which is keyed by it), never who it is: its `id` is. New rows
/// are placed in creation order so the index can be walked newest first: from the entry's
/// creation time in ms × this, at the first free row id after the rows already there. A
/// millisecond with more entries than this spills into the following slots, still without
/// ever taking a row id that is in use; the order is then off by a millisecond at most.
const ROWIDS_PER_MS: i64 = 4096;

/// Latest creation time (ms since 1970) a row id is placed by: far beyond any real date, and
/// small enough that `ms × ROWIDS_PER_MS` plus every spill stays inside SQLite's row ids.
const MAX_ROWID_MS: i64 = 1 << 48;

/// When an entry was created, in ms since 1970 (UTC): the UUIDv7 time of its id when it has
/// one, else its `created_at` stamp. `None` when neither says.
fn created_ms(e: &JournalEntry) -> Option<i64> {
    let from_id = uuid::Uuid::parse_str(&e.id)
        .ok()
        .filter(|u| u.get_version_num() == 7)
        .and_then(|u| u.get_timestamp())
        .map(|t| {
            let (secs, nanos) = t.to_unix();
            secs.saturating_mul(1000)
                .saturating_add(u64::from(nanos / 1_000_000))
                .min(MAX_ROWID_MS as u64) as i64
        });
    from_id
        .or_else(|| parse_stamp(&e.created_at).map(|t| t.timestamp_millis().clamp(0, MAX_ROWID_MS)))
}

/// A free row id for a new entry: in creation order when its creation time is known, else
/// after every other row. Never one that is in use, however many entries share a millisecond.
fn free_rowid(tx: &rusqlite::Transaction, e: &JournalEntry) -> Result<i64> {
    let Some(ms) = created_ms(e) else {
        let last: Option<i64> = tx.query_row("SELECT max(rowid) FROM journal", [], |r| r.get(0))?;
        return Ok(last.map_or(1, |r| r + 1));
    };
    // Each step looks at one millisecond's slots: the one after the highest used there is
    // free unless that highest is the slots' last, in which case the next slots are tried.
    // A full run of slots takes ROWIDS_PER_MS entries, so this ends within entries/4096 steps.
    let mut base = ms * ROWIDS_PER_MS;
    loop {
        let top: Option<i64> = tx.query_row(
            "SELECT max(rowid) FROM journal WHERE rowid >= ?1 AND rowid < ?1 + ?2",
            params![base, ROWIDS_PER_MS],
            |r| r.get(0),
        )?;
        match top {
            None => return Ok(base),
            Some(t) if t + 1 < base + ROWIDS_PER_MS => return Ok(t + 1),
            Some(_) => base += ROWIDS_PER_MS,
        }
    }
}

/// Inserts a new entry (`rowid` None) at a free row id, or rewrites the entry stored at
/// `rowid` — which must be this entry's own row: the update is keyed by both, so it can never
/// land on another entry. Tags and the text index follow (the index leaves out the trash).
fn write_entry(tx: &rusqlite::Transaction, e: &JournalEntry, rowid: Option<i64>) -> Result<()> {
    let c = &e.content;
    let fields = Fields {
        halt: c.halt,
        gratitude: c.gratitude.clone(),
        answers: c.answers.clone(),
    };
    let fields = serde_json::to_string(&fields).map_err(Error::internal)?;
    // Both statements take the same parameters: ?1 the row id, then the entry.
    let (sql, rowid, replacing) = match rowid {
        Some(r) => (
            "UPDATE journal SET kind = ?3, created_at = ?4, edited_at = ?5, mood = ?6,
                 craving = ?7, fields = ?8, body = ?9, meeting_id = ?10, deleted_at = ?11
             WHERE rowid = ?1 AND id = ?2",
            r,
            true,
        ),
        // A plain insert: if the id or the row id were somehow taken, this fails and the whole
        // transaction is rolled back; it never replaces a row.
        None => (
            "INSERT INTO journal (rowid, id, kind, created_at, edited_at, mood, craving, fields,
                                  body, meeting_id, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            free_rowid(tx, e)?,
            false,
        ),
    };
    let changed = tx.prepare_cached(sql)?.execute(params![
        rowid,
        e.id,
        c.kind.as_str(),
        e.created_at,
        e.edited_at,
        c.mood,
        c.craving,
        fields,
        c.text,
        c.meeting_id,
        e.deleted_at
    ])?;
    if changed != 1 {
        // Not this entry's row: refuse rather than touch another entry.
        return Err(Error::not_found(msg::ENTRY_NOT_FOUND));
    }
    if replacing {
        tx.execute("DELETE FROM journal_fts WHERE rowid = ?1", [rowid])?;
        tx.execute("DELETE FROM journal_tags WHERE entry = ?1", [rowid])?;
    }
    {
        let mut st =
            tx.prepare_cached("INSERT OR IGNORE INTO journal_tags (entry, tag) VALUES (?1, ?2)")?;
        for t in &c.tags {
            st.execute(params![rowid, t])?;
        }
    }
    if e.deleted_at.is_none() {
        tx.prepare_cached("INSERT INTO journal_fts (rowid, content) VALUES (?1, ?2)")?
            .execute(params![rowid, c.search_text()])?;
    }
    Ok(())
}

fn read_entry(r: &Row) -> rusqlite::Result<(i64, JournalEntry)> {
    let kind: String = r.get(2)?;
    let fields: String = r.get(7)?;
    let fields: Fields = crate::support::json::from_str(&fields).unwrap_or_default();
    Ok((
        r.get(0)?,
        JournalEntry {
            id: r.get(1)?,
            created_at: r.get(3)?,
            edited_at: r.get(4)?,
            deleted_at: r.get(10)?,
            content: NewEntry {
                kind: EntryKind::parse(&kind).unwrap_or(EntryKind::Note),
                text: r.get(8)?,
                mood: r.get(5)?,
                craving: r.get(6)?,
                halt: fields.halt,
                gratitude: fields.gratitude,
                answers: fields.answers,
                tags: vec![],
                meeting_id: r.get(9)?,
            },
        },
    ))
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;
