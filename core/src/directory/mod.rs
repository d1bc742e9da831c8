//! The offline meeting directory: sources, their snapshots in SQLite, and imports.
//!
//! An import replaces one source's snapshot inside one transaction: if the document turns out
//! to be broken halfway (cut short, text after the array, a CSV with a broken quote), the
//! transaction is rolled back and the previous snapshot is exactly as it was. A feed that comes
//! back empty while the previous snapshot had meetings is refused the same way (BMLT answers
//! `[]` to a bad request; an empty answer must not wipe someone's directory).
//!
//! Connections, the way application-services' components hold them: one writer (imports,
//! sources, the background sync), one reader (searches, the meeting screen, the source list)
//! and an interrupt handle for the reader. SQLite's WAL lets the reader search a consistent
//! snapshot while the writer imports, so a phone's list never waits for a sync; a search the
//! app no longer needs (the person typed another letter) is stopped through
//! [`Directory::interrupt`]. A `Directory` is cheap to clone: clones share the connections,
//! which is how [`Directory::start_sync`] hands the writer to its thread.

pub mod details;
pub mod import;
pub mod model;
pub mod schema;
pub mod search;
pub mod shards;
pub mod share;
pub mod synth;
pub mod types;

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use chrono::{NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, InterruptHandle, OptionalExtension};
use serde::Serialize;

use crate::directory::import::{
    Entry, FeedError, FeedFormat, FormatExtras, ImportReport, Normalizer, SourceContext,
    WarningKind,
};
use crate::directory::model::{Attendance, Meeting, MeetingEnd, TimezoneOrigin};
use crate::support::error::{Error, Result};
use crate::support::fetch::{self, FetchConfig, FetchError, FetchOutcome, Validators};
use crate::support::msg;
use crate::support::parse;

mod detect;
mod index;
mod pipeline;
mod sources;
mod sync;
mod task;

use detect::*;
pub(crate) use index::*;
use pipeline::*;
pub use sources::{NewSource, Source, STALE_AFTER_HOURS};
pub use sync::{CancelHandle, SyncListener, SyncOptions, SyncPhase};
pub use task::{SourceSyncResult, SyncEnd, SyncTask};
/// A meeting that is no longer listed by its feed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tombstone {
    /// The meeting id it had.
    pub id: String,
    /// Its name.
    pub name: String,
    /// When the feed stopped listing it (RFC 3339).
    pub removed_at: String,
    /// JSON with its last known schedule and place.
    pub last_known: String,
}

/// The directory cache. Clones share the same connections (see the module docs).
#[derive(Clone)]
pub struct Directory {
    shared: Arc<Connections>,
}

/// What every clone of a [`Directory`] shares.
struct Connections {
    /// Imports, source changes and the sync's bookkeeping.
    writer: Mutex<Connection>,
    /// Searches and reads; `None` in memory, where a second connection would see another,
    /// empty database, so reads go through the writer.
    reader: Option<Mutex<Connection>>,
    /// Stops the statement running on the reader (or, in memory, the writer).
    interrupt: InterruptHandle,
    /// What searches on the reader keep between them.
    slot_cache: search::SlotCache,
    /// Bumped by every write the writer commits (a sync, a source added or removed).
    changes: crate::support::changes::Changes,
    /// Where the directory's shards are kept (`None` in memory: no shards).
    parts: Option<PathBuf>,
    /// What the reading connection has attached; changed only while the reader is held.
    attached: Mutex<Attached>,
}

/// The shards the reading connection has attached (see [`shards`]).
#[derive(Default)]
struct Attached {
    /// The files listed when they were attached (`None` before the first read).
    listed: Option<Vec<String>>,
    /// The schema names to read, `main` first.
    schemas: Arc<Vec<String>>,
    /// The listed files that could be attached.
    opened: Arc<Vec<String>>,
    /// Counts the times the list was attached.
    generation: u64,
}

/// The reading connection, held, with the schemas a read covers: `main` and the directory's
/// shards (see [`shards`]). Dereferences to the connection.
pub(crate) struct Reading<'a> {
    conn: MutexGuard<'a, Connection>,
    /// `main`, then `shard1`, `shard2`, …: position `i` is part `i` of [`shards::global`].
    pub(crate) schemas: Arc<Vec<String>>,
    /// The shard files attached.
    pub(crate) opened: Arc<Vec<String>>,
    /// Which attachment these schemas are of (searches keep per-attachment caches).
    pub(crate) generation: u64,
}

impl std::ops::Deref for Reading<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl Directory {
    /// Opens (creating if needed) the directory file at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        crate::support::sqlcipher_crypto::ensure_linked();
        // Which fellowships a person follows is private: the file and its companions are the
        // owner's alone, new or old.
        crate::support::files::prepare_private_database(path.as_ref())?;
        let mut writer = Connection::open(path.as_ref())?;
        writer.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -16000;",
        )?;
        crate::directory::schema::init(&mut writer)?;
        let parts = shards::parts_dir(path.as_ref());
        shards::tidy(&writer, &parts)?;
        // Bumped after each commit lands: screens rebuild by reading through the reader.
        let changes = crate::support::changes::Changes::attach_after_commit(&mut writer)?;
        // The reader opens after the writer has made the file and its schema; it can never
        // write, so a mistake in a read path cannot change the directory.
        let reader = Connection::open(path.as_ref())?;
        reader.execute_batch("PRAGMA query_only = ON; PRAGMA cache_size = -16000;")?;
        // A search prepares about five statements for each file of the directory (shards).
        reader.set_prepared_statement_cache_capacity(64);
        Ok(Self {
            shared: Arc::new(Connections {
                interrupt: reader.get_interrupt_handle(),
                writer: Mutex::new(writer),
                reader: Some(Mutex::new(reader)),
                slot_cache: Default::default(),
                changes,
                parts: Some(parts),
                attached: Mutex::default(),
            }),
        })
    }

    /// An in-memory directory (tests, benchmarks).
    pub fn open_in_memory() -> Result<Self> {
        crate::support::sqlcipher_crypto::ensure_linked();
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        crate::directory::schema::init(&mut conn)?;
        let changes = crate::support::changes::Changes::attach(&mut conn)?;
        Ok(Self {
            shared: Arc::new(Connections {
                interrupt: conn.get_interrupt_handle(),
                writer: Mutex::new(conn),
                reader: None,
                slot_cache: Default::default(),
                changes,
                parts: None,
                attached: Mutex::default(),
            }),
        })
    }

    /// The directory's committed-change counter: every write (a sync that changed
    /// something or recorded how it went, a source added or removed) bumps it as it commits.
    /// Screen objects watch it to show a finished sync without being told.
    pub fn changes(&self) -> &crate::support::changes::Changes {
        &self.shared.changes
    }

    /// Stops the search (or other read) running right now on another thread; it ends with an
    /// error whose [`Error::is_interrupted`] is true, and nothing is changed. Reads started
    /// afterwards run normally. Imports and syncs are stopped through their own
    /// [`CancelHandle`] instead, which leaves nothing half-written.
    pub fn interrupt(&self) {
        self.shared.interrupt.interrupt();
    }

    /// Folds the write-ahead log into the directory file and empties it; true when the log
    /// was emptied. Imports leave their pages in the log (`wal_autocheckpoint = 0`, so a large
    /// import never pays for the copy inside its transaction); a background sync that
    /// finished calls this, and the apps do when they go to the background. It never waits
    /// for a reader: when a search is reading just then, it folds what the search does not
    /// need and answers false; nothing is lost, and the rest is folded next time.
    pub fn checkpoint(&self) -> Result<bool> {
        Ok(crate::support::wal::fold(&self.write())?)
    }

    /// The writing connection (held for one statement or one transaction at a time).
    pub(crate) fn write(&self) -> MutexGuard<'_, Connection> {
        self.shared.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What searches keep between them, for a directory with its own reader (in memory the
    /// reader is the writer, whose own writes `PRAGMA data_version` does not show).
    pub(crate) fn slot_cache(&self) -> Option<&search::SlotCache> {
        self.shared.reader.as_ref().map(|_| &self.shared.slot_cache)
    }

    /// The reading connection (the writer in memory), with the directory's shards attached:
    /// when the listed shards are not those attached (one was added or removed, by this
    /// connection or any other), they are attached again first. A file that cannot be opened
    /// is left out (see [`shards`]); an error here is the directory's own.
    pub(crate) fn read(&self) -> Result<Reading<'_>> {
        let conn = match &self.shared.reader {
            Some(r) => r.lock().unwrap_or_else(|p| p.into_inner()),
            None => self.write(),
        };
        let listed = shards::listed(&conn)?;
        let mut attached = self
            .shared
            .attached
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if attached.listed.as_ref() != Some(&listed) {
            let (schemas, opened) = shards::attach(&conn, self.shared.parts.as_deref(), &listed)?;
            attached.listed = Some(listed);
            attached.schemas = Arc::new(schemas);
            attached.opened = Arc::new(opened);
            attached.generation += 1;
        }
        let reading = Reading {
            schemas: attached.schemas.clone(),
            opened: attached.opened.clone(),
            generation: attached.generation,
            conn,
        };
        Ok(reading)
    }

    /// One meeting by id, with everything the feed said about it.
    pub fn meeting(&self, id: &str) -> Result<Meeting> {
        let conn = self.read()?;
        for schema in conn.schemas.iter() {
            let found = conn
                .prepare_cached(&format!(
                    "SELECT {MEETING_COLUMNS} FROM {schema}.meetings WHERE id_hash = ?1 AND id = ?2"
                ))?
                .query_row(params![id_hash(id), id], meeting_from_row)
                .optional()?;
            if let Some(m) = found {
                return Ok(m);
            }
        }
        Err(Error::not_found(msg::MEETING_NOT_FOUND))
    }

    /// Every stored meeting, whole, in storage order (one source after another), handed to
    /// `each` one at a time from one consistent snapshot, without holding them all in memory:
    /// what a relay reads to publish the directory. An error from `each` stops the walk and
    /// is returned.
    pub fn for_each_meeting(&self, mut each: impl FnMut(Meeting) -> Result<()>) -> Result<()> {
        let conn = self.read()?;
        // One snapshot of every file.
        let tx = conn.unchecked_transaction()?;
        for schema in conn.schemas.iter() {
            let mut st = conn.prepare(&format!(
                "SELECT {MEETING_COLUMNS} FROM {schema}.meetings ORDER BY rowid"
            ))?;
            let mut rows = st.query([])?;
            while let Some(row) = rows.next()? {
                each(meeting_from_row(row)?)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// A meeting that left its feed: its name and last known details, and when it went.
    /// `None` when the id was never seen or is listed now.
    pub fn tombstone(&self, id: &str) -> Result<Option<Tombstone>> {
        Ok(self
            .read()?
            .query_row(
                "SELECT id, name, removed_at, last_known FROM tombstones WHERE id = ?1",
                [id],
                |r| {
                    Ok(Tombstone {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        removed_at: r.get(2)?,
                        last_known: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// Runs SQLite's full consistency check on the directory file. True when it is sound.
    /// For diagnostics screens and for tests that interrupt imports on purpose.
    pub fn integrity_check(&self) -> Result<bool> {
        let answer: String = self
            .read()?
            .query_row("PRAGMA main.integrity_check", [], |r| r.get(0))?;
        Ok(answer == "ok")
    }

    /// Number of meetings in the directory.
    pub fn meeting_count(&self) -> Result<u64> {
        let conn = self.read()?;
        let tx = conn.unchecked_transaction()?;
        let mut n: i64 = 0;
        for schema in conn.schemas.iter() {
            n += conn.query_row(
                &format!("SELECT count(*) FROM {schema}.meetings"),
                [],
                |r| r.get::<_, i64>(0),
            )?;
        }
        tx.commit()?;
        Ok(n.max(0) as u64)
    }
}

/// The columns [`meeting_from_row`] reads, in its order.
const MEETING_COLUMNS: &str = "id, key, name, program, weekday_mask, start_minute, \
    duration_minutes, timezone, attendance, temporarily_closed, location_name, address, \
    latitude, longitude, types_key, languages_key, notes, details";

/// A stored meeting, whole, from a row of [`MEETING_COLUMNS`].
fn meeting_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Meeting> {
    let id: String = r.get(0)?;
    let mask: i64 = r.get(4)?;
    let details: Details =
        crate::support::json::from_str(&r.get::<_, String>(17)?).unwrap_or_default();
    Ok(Meeting {
        source_id: id.split(':').next().unwrap_or_default().to_string(),
        id,
        key: r.get(1)?,
        name: r.get(2)?,
        program: r.get(3)?,
        weekdays: (0..7u8).filter(|d| mask & (1 << d) != 0).collect(),
        start_minute: r.get(5)?,
        duration_minutes: r.get(6)?,
        end: details.end,
        timezone: r.get(7)?,
        timezone_origin: details.timezone_origin.unwrap_or(TimezoneOrigin::Unknown),
        attendance: Attendance::parse(&r.get::<_, String>(8)?).unwrap_or(Attendance::InPerson),
        temporarily_closed: r.get(9)?,
        location_name: r.get(10)?,
        address: r.get(11)?,
        approximate_location: details.approximate_location,
        latitude: r.get(12)?,
        longitude: r.get(13)?,
        conference_url: details.conference_url,
        conference_url_notes: details.conference_url_notes,
        conference_phone: details.conference_phone,
        conference_phone_notes: details.conference_phone_notes,
        types: split_key(&r.get::<_, String>(14)?),
        raw_types: details.raw_types,
        languages: split_key(&r.get::<_, String>(15)?),
        notes: r.get(16)?,
        location_notes: details.location_notes,
        region: details.region,
        group: details.group,
        url: details.url,
        updated: details.updated,
        feedback_url: details.feedback_url,
        feedback_emails: details.feedback_emails,
        also_listed_as: details.also_listed_as,
    })
}

pub(crate) fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
