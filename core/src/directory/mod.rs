//! The offline meeting directory: sources, their snapshots in SQLite, and imports.
//!
//! An import replaces one source's snapshot inside one transaction: if the document turns out
//! to be broken halfway (cut short, text after the array, a CSV with a broken quote), the
//! transaction is rolled back and the previous snapshot is exactly as it was. A feed that comes
//! back empty while the previous snapshot had meetings is refused the same way (BMLT answers
//! `[]` to a bad request; an empty answer must not wipe someone's directory).
//!
//! One connection is used for now; the reader/writer split with an interrupt handle comes with
//! background sync.

pub mod details;
pub mod import;
pub mod model;
pub mod schema;
pub mod search;
pub mod synth;
pub mod types;

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use chrono::{NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::support::error::{Error, Result};
use crate::support::fetch::{self, FetchConfig, FetchError, FetchOutcome, Validators};
use crate::directory::import::{
    Entry, FeedError, FeedFormat, FormatExtras, ImportReport, Normalizer, SourceContext,
    WarningKind,
};
use crate::directory::model::{Attendance, Meeting, TimezoneOrigin};
use crate::support::parse;

/// Minutes in a week.
pub(crate) const WEEK_MINUTES: i64 = 7 * 24 * 60;
/// Meetings at this many different addresses sharing one point make it a placeholder.
const PLACEHOLDER_ADDRESSES: usize = 5;
/// What the text index holds for a meeting row (name, place, notes), as SQL over `meetings`.
const FTS_COLUMNS: &str = "name, concat_ws(' ', location_name, address), notes";
/// Rows per text-index chunk during an import.
const FTS_CHUNK: i64 = 25_000;
/// Below this many meetings from other sources, an import rebuilds the indexes in bulk.
const BULK_BELOW: i64 = 20_000;
/// Meetings handed from the parser thread to the writer at a time.
const BATCH: usize = 512;

/// How long to wait before retrying a source that failed `failures` times in a row.
fn retry_delay(failures: i64) -> chrono::Duration {
    let minutes = 5i64.saturating_mul(1 << (failures - 1).clamp(0, 10));
    chrono::Duration::minutes(minutes.min(6 * 60))
}

/// What an import did to the stored rows.
#[derive(Default)]
struct DiffCounts {
    added: u64,
    updated: u64,
    removed: u64,
    unchanged: u64,
}

/// URL sources downloaded at the same time, at most.
const PARALLEL_FETCHES: usize = 4;

fn is_url(location: &str) -> bool {
    location.starts_with("http://") || location.starts_with("https://")
}

/// Downloads several sources at once, [`PARALLEL_FETCHES`] at a time.
fn fetch_all(
    plans: Vec<(String, String, Validators)>,
    options: &SyncOptions,
) -> HashMap<String, std::result::Result<FetchOutcome, FetchError>> {
    let queue = std::sync::Mutex::new(plans);
    let results = std::sync::Mutex::new(HashMap::new());
    let workers = PARALLEL_FETCHES.min(queue.lock().map(|q| q.len()).unwrap_or(0));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((id, url, validators)) = queue.lock().ok().and_then(|mut q| q.pop())
                {
                    let r = fetch::fetch(
                        &url,
                        &validators,
                        &FetchConfig::default(),
                        &options.cancel.0,
                        &mut |bytes| options.tell(&id, SyncPhase::Fetching, bytes, 0),
                    );
                    if let Ok(mut m) = results.lock() {
                        m.insert(id, r);
                    }
                }
            });
        }
    });
    results.into_inner().unwrap_or_default()
}

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

/// A source whose last successful load is older than this is "stale".
pub const STALE_AFTER_HOURS: i64 = 48;

/// Where a sync of one source is, for a progress display.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Downloading (URL sources).
    Fetching,
    /// Reading and storing entries.
    Parsing,
    /// Building indexes and committing.
    Indexing,
}

/// Receives progress while sources sync. Called from worker threads: keep it quick.
pub trait SyncListener: Send + Sync {
    /// `bytes` received so far (fetching) and `entries` read so far (parsing).
    fn progress(&self, source: &str, phase: SyncPhase, bytes: u64, entries: u64);
}

/// Stops a running sync cleanly (the app went to the background): checked between download
/// chunks, retry waits and batches of entries. Nothing of a cancelled import is written.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    /// A handle that is not cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks every sync using this handle to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether [`CancelHandle::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// How a sync treats what it fetched, and who hears about it.
#[derive(Clone, Default)]
pub struct SyncOptions {
    /// Apply a feed even when it is empty or lost more than half its meetings.
    pub accept_shrink: bool,
    /// Progress listener.
    pub listener: Option<Arc<dyn SyncListener>>,
    /// Cancellation.
    pub cancel: CancelHandle,
}

impl std::fmt::Debug for SyncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOptions")
            .field("accept_shrink", &self.accept_shrink)
            .field("listener", &self.listener.is_some())
            .field("cancelled", &self.cancel.is_cancelled())
            .finish()
    }
}

impl SyncOptions {
    fn tell(&self, source: &str, phase: SyncPhase, bytes: u64, entries: u64) {
        if let Some(l) = &self.listener {
            l.progress(source, phase, bytes, entries);
        }
    }
}

fn is_stale(last_success: Option<&str>) -> bool {
    match last_success.and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()) {
        Some(t) => Utc::now() - t.with_timezone(&Utc) > chrono::Duration::hours(STALE_AFTER_HOURS),
        None => true,
    }
}

/// What to register as a source.
#[derive(Debug, Clone, Default)]
pub struct NewSource {
    /// File path or URL of the feed.
    pub location: String,
    /// Format; detected from the content when `None`.
    pub format: Option<FeedFormat>,
    /// Program slug (`aa`, `na`, `al-anon`…); defaults to `na` for BMLT and `aa` otherwise.
    pub program: Option<String>,
    /// IANA zone for meetings whose feed gives none.
    pub timezone: Option<String>,
    /// Display name; also the base of the source id.
    pub name: Option<String>,
    /// For BMLT files: path of the server's `GetFormats` answer.
    pub bmlt_formats: Option<String>,
    /// For a BMLT root server URL: which meetings to ask for.
    pub bmlt_scope: Option<crate::directory::import::bmlt::BmltScope>,
}

/// A configured feed source and its state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// Short stable id, the prefix of its meetings' ids.
    pub id: String,
    /// Display name.
    pub name: String,
    /// File path or URL.
    pub location: String,
    /// Format, when known.
    pub format: Option<String>,
    /// Program slug.
    pub program: String,
    /// Configured fallback zone.
    pub timezone: Option<String>,
    /// When it was added (RFC 3339).
    pub added_at: String,
    /// When a snapshot was last stored successfully (RFC 3339).
    pub last_success: Option<String>,
    /// When a sync was last attempted (RFC 3339).
    pub last_attempt: Option<String>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// The kind of that failure (see [`Error::kind`]).
    pub last_error_kind: Option<String>,
    /// After a failure, when a background sync should try this source again (backing off:
    /// 5 minutes, doubling per failure in a row, at most 6 hours). `None` when it is healthy.
    pub next_retry: Option<String>,
    /// Validator from the last successful download, if the server sent one.
    pub etag: Option<String>,
    /// True when the directory copy of this source should not be trusted as current: never
    /// loaded, or last loaded more than [`STALE_AFTER_HOURS`] hours ago.
    pub stale: bool,
    /// Meetings in the current snapshot.
    pub meeting_count: u64,
}

/// The directory cache.
pub struct Directory {
    pub(crate) conn: Connection,
}

impl Directory {
    /// Opens (creating if needed) the directory file at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        crate::support::sqlcipher_crypto::ensure_linked();
        // Which fellowships a person follows is private: the file and its companions are the
        // owner's alone, new or old.
        crate::support::files::prepare_private_database(path.as_ref())?;
        let mut conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -16000;",
        )?;
        crate::directory::schema::init(&mut conn)?;
        Ok(Self { conn })
    }

    /// An in-memory directory (tests, benchmarks).
    pub fn open_in_memory() -> Result<Self> {
        crate::support::sqlcipher_crypto::ensure_linked();
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        crate::directory::schema::init(&mut conn)?;
        Ok(Self { conn })
    }

    /// Registers a source. Validates the zone, and for files that they exist (detecting the
    /// format when not given). Returns the stored source.
    pub fn add_source(&self, new: NewSource) -> Result<Source> {
        let location = new.location.trim().to_string();
        if location.is_empty() {
            return Err(Error::invalid("the source needs a file path or URL"));
        }
        let timezone = match new.timezone.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(z) => Some(
                parse::parse_timezone(z)
                    .ok_or_else(|| {
                        Error::invalid(format!(
                            "unknown time zone {z:?}: use an IANA name such as America/New_York"
                        ))
                    })?
                    .name()
                    .to_string(),
            ),
        };
        let is_url = location.starts_with("http://") || location.starts_with("https://");
        let mut format = new.format;
        if !is_url {
            let path = Path::new(&location);
            if !path.is_file() {
                return Err(Error::NotFound(format!("no feed file at {location}")));
            }
            if format.is_none() {
                format = Some(detect_file(path)?);
            }
        }
        if let Some(f) = &new.bmlt_formats {
            if !Path::new(f).is_file() {
                return Err(Error::NotFound(format!("no GetFormats file at {f}")));
            }
        }
        let program = match new.program.as_deref().map(str::trim) {
            Some(p) if !p.is_empty() => normalise_program(p)?,
            _ if format == Some(FeedFormat::Bmlt) => "na".to_string(),
            _ => "aa".to_string(),
        };
        let name = new
            .name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| default_name(&location));
        let id = self.unique_source_id(&name)?;
        let location = if is_url {
            location
        } else {
            absolute(&location)
        };
        self.conn.execute(
            "INSERT INTO sources (id, name, location, format, program, timezone, bmlt_formats,
                 added_at, bmlt_scope)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                name.trim(),
                location,
                format.map(|f| f.as_str()),
                program,
                timezone,
                new.bmlt_formats.as_deref().map(absolute),
                now_rfc3339(),
                new.bmlt_scope
                    .as_ref()
                    .and_then(|sc| serde_json::to_string(sc).ok()),
            ],
        )?;
        self.source(&id)
    }

    /// One source by id.
    pub fn source(&self, id: &str) -> Result<Source> {
        self.sources()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| Error::NotFound(format!("no source with id {id:?}")))
    }

    /// All sources, in the order they were added.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut st = self.conn.prepare(
            "SELECT id, name, location, format, program, timezone, added_at, last_success_at,
                    last_error, meeting_count, last_attempt_at, last_error_kind, etag,
                    next_retry_at
             FROM sources ORDER BY rowid",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Source {
                id: r.get(0)?,
                name: r.get(1)?,
                location: r.get(2)?,
                format: r.get(3)?,
                program: r.get(4)?,
                timezone: r.get(5)?,
                added_at: r.get(6)?,
                stale: is_stale(r.get::<_, Option<String>>(7)?.as_deref()),
                last_success: r.get(7)?,
                last_error: r.get(8)?,
                meeting_count: r.get::<_, i64>(9)?.max(0) as u64,
                last_attempt: r.get(10)?,
                last_error_kind: r.get(11)?,
                etag: r.get(12)?,
                next_retry: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the app should tell the person the directory may be out of date: no sources,
    /// or any source not loaded successfully within [`STALE_AFTER_HOURS`] hours.
    pub fn is_stale(&self) -> Result<bool> {
        let sources = self.sources()?;
        Ok(sources.is_empty() || sources.iter().any(|s| s.stale))
    }

    /// Removes a source and all its meetings.
    pub fn remove_source(&mut self, id: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        delete_snapshot(&tx, id)?;
        let n = tx.execute("DELETE FROM sources WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(Error::NotFound(format!("no source with id {id:?}")));
        }
        tx.commit()?;
        Ok(())
    }

    /// Imports every source from its location, one after another. A failure of one source is
    /// reported for it and does not stop the others.
    pub fn sync_all(&mut self) -> Result<Vec<(Source, Result<ImportReport>)>> {
        self.sync_all_with(&SyncOptions::default())
    }

    /// [`Directory::sync_all`] with options.
    pub fn sync_all_with(
        &mut self,
        options: &SyncOptions,
    ) -> Result<Vec<(Source, Result<ImportReport>)>> {
        let sources = self.sources()?;
        // Download every URL source at once (a few at a time) before touching the database;
        // then apply them one by one, each in its own transaction.
        let mut plans = Vec::new();
        for s in &sources {
            if is_url(&s.location) {
                if let Ok((url, validators, _)) =
                    self.fetch_plan(&s.id, &s.location, s.format.as_deref())
                {
                    plans.push((s.id.clone(), url, validators));
                }
            }
        }
        let mut fetched = fetch_all(plans, options);
        let mut out = Vec::new();
        for s in sources {
            let pre = fetched.remove(&s.id);
            let r = self.sync_source_inner(&s.id, options, pre);
            let s = self.source(&s.id)?;
            out.push((s, r));
        }
        Ok(out)
    }

    /// Imports one source from its location: a file, or a URL fetched conditionally.
    pub fn sync_source(&mut self, id: &str) -> Result<ImportReport> {
        self.sync_source_with(id, &SyncOptions::default())
    }

    /// [`Directory::sync_source`] with options.
    pub fn sync_source_with(&mut self, id: &str, options: &SyncOptions) -> Result<ImportReport> {
        self.sync_source_inner(id, options, None)
    }

    fn sync_source_inner(
        &mut self,
        id: &str,
        options: &SyncOptions,
        prefetched: Option<std::result::Result<FetchOutcome, FetchError>>,
    ) -> Result<ImportReport> {
        self.conn.execute(
            "UPDATE sources SET last_attempt_at = ?2 WHERE id = ?1",
            params![id, now_rfc3339()],
        )?;
        let (location, format, bmlt_formats): (String, Option<String>, Option<String>) = self
            .conn
            .query_row(
                "SELECT location, format, bmlt_formats FROM sources WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no source with id {id:?}")))?;
        let result = (|| {
            let extras = FormatExtras {
                bmlt_formats: match bmlt_formats {
                    Some(p) => Some(read_capped(
                        Path::new(&p),
                        crate::support::fetch::MAX_FORMATS_FILE_BYTES,
                        "GetFormats file",
                    )?),
                    None => None,
                },
            };
            if is_url(&location) {
                return self.sync_url(
                    id,
                    &location,
                    format.as_deref(),
                    &extras,
                    options,
                    prefetched,
                );
            }
            let path = PathBuf::from(&location);
            let format = match format.as_deref().and_then(FeedFormat::parse) {
                Some(f) => f,
                None => detect_file(&path)?,
            };
            let file = File::open(&path)
                .map_err(|e| Error::NotFound(format!("cannot open {location}: {e}")))?;
            check_size(
                file.metadata()?.len(),
                crate::support::fetch::MAX_FEED_BYTES,
                "feed file",
            )?;
            // The size is checked again while reading, in case the file grows meanwhile.
            let file = file.take(crate::support::fetch::MAX_FEED_BYTES);
            self.import_with(
                id,
                format,
                BufReader::with_capacity(1 << 16, file),
                &extras,
                options,
            )
        })();
        match &result {
            Err(e) => {
                let failures: i64 = self.conn.query_row(
                    "UPDATE sources SET last_error = ?2, last_error_kind = ?3,
                         consecutive_failures = consecutive_failures + 1
                     WHERE id = ?1 RETURNING consecutive_failures",
                    params![id, e.to_string(), e.kind()],
                    |r| r.get(0),
                )?;
                let wait = retry_delay(failures);
                let at = (Utc::now() + wait).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                self.conn.execute(
                    "UPDATE sources SET next_retry_at = ?2 WHERE id = ?1",
                    params![id, at],
                )?;
            }
            Ok(_) => {
                self.conn.execute(
                    "UPDATE sources SET consecutive_failures = 0, next_retry_at = NULL
                     WHERE id = ?1",
                    [id],
                )?;
            }
        }
        result
    }

    /// The address to fetch for a URL source (for a BMLT root server, the query Waymark
    /// writes) and the validators of its last success; with the stored meeting count.
    fn fetch_plan(
        &self,
        id: &str,
        location: &str,
        format: Option<&str>,
    ) -> Result<(String, Validators, i64)> {
        let (etag, last_modified, count, scope): (
            Option<String>,
            Option<String>,
            i64,
            Option<String>,
        ) = self.conn.query_row(
            "SELECT etag, last_modified, meeting_count, bmlt_scope FROM sources WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let url = if format.and_then(FeedFormat::parse) == Some(FeedFormat::Bmlt)
            && crate::directory::import::bmlt::is_root_url(location)
        {
            let scope = scope
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default();
            crate::directory::import::bmlt::search_url(location, &scope)
        } else {
            location.to_string()
        };
        // Nothing stored yet: ask for the whole document.
        let validators = if count > 0 {
            Validators {
                etag,
                last_modified,
            }
        } else {
            Validators::default()
        };
        Ok((url, validators, count))
    }

    /// Fetches a URL source (conditionally) unless it was fetched already, and imports it.
    /// "Not modified" leaves the snapshot as it is and says so in the report.
    fn sync_url(
        &mut self,
        id: &str,
        location: &str,
        format: Option<&str>,
        extras: &FormatExtras,
        options: &SyncOptions,
        prefetched: Option<std::result::Result<FetchOutcome, FetchError>>,
    ) -> Result<ImportReport> {
        let (url, previous, count) = self.fetch_plan(id, location, format)?;
        let outcome = match prefetched {
            Some(r) => r?,
            None => fetch::fetch(
                &url,
                &previous,
                &FetchConfig::default(),
                &options.cancel.0,
                &mut |bytes| options.tell(id, SyncPhase::Fetching, bytes, 0),
            )?,
        };
        let (bytes, validators) = match outcome {
            FetchOutcome::NotModified => {
                self.conn.execute(
                    "UPDATE sources SET last_error = NULL, last_error_kind = NULL,
                         last_success_at = ?2 WHERE id = ?1",
                    params![id, now_rfc3339()],
                )?;
                let mut report = ImportReport::new(id, format.unwrap_or("unchanged"));
                report.accepted = count.max(0) as u64;
                report.not_modified = true;
                return Ok(report);
            }
            FetchOutcome::Body { bytes, validators } => (bytes, validators),
        };
        let format = match format.and_then(FeedFormat::parse) {
            Some(f) => f,
            None => FeedFormat::detect(&bytes[..bytes.len().min(4096)]).ok_or_else(|| {
                Error::invalid(format!(
                    "cannot tell the format of the feed at {url}: say --format"
                ))
            })?,
        };
        let report = self.import_with(id, format, std::io::Cursor::new(bytes), extras, options)?;
        self.conn.execute(
            "UPDATE sources SET etag = ?2, last_modified = ?3 WHERE id = ?1",
            params![id, validators.etag, validators.last_modified],
        )?;
        Ok(report)
    }

    /// Replaces source `id`'s snapshot with the feed read from `reader`, in one transaction.
    /// On any error nothing is changed.
    pub fn import<R: Read + Send>(
        &mut self,
        id: &str,
        format: FeedFormat,
        reader: R,
        extras: &FormatExtras,
    ) -> Result<ImportReport> {
        self.import_with(id, format, reader, extras, &SyncOptions::default())
    }

    /// [`Directory::import`] with options (accepting a feed that shrank).
    pub fn import_with<R: Read + Send>(
        &mut self,
        id: &str,
        format: FeedFormat,
        reader: R,
        extras: &FormatExtras,
        options: &SyncOptions,
    ) -> Result<ImportReport> {
        let started = Instant::now();
        let (program, tz, previous): (String, Option<String>, i64) = self
            .conn
            .query_row(
                "SELECT program, timezone, meeting_count FROM sources WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no source with id {id:?}")))?;
        let ctx = SourceContext {
            source_id: id.to_string(),
            program,
            timezone: tz.as_deref().and_then(parse::parse_timezone),
        };
        let tx = self.conn.transaction()?;
        // What the previous snapshot held, to report the difference and keep tombstones.
        // A source with a snapshot is updated in place: only new, changed and removed
        // meetings are written (a feed that changed 1 % writes 1 % of the rows). A first import
        // writes everything, and into a small directory rebuilds the indexes in bulk.
        let mut previous_rows: Option<HashMap<String, (i64, i64)>> = None;
        if previous > 0 {
            let mut st = tx.prepare(
                "SELECT id, rowid, content_hash FROM meetings WHERE id >= ?1 || ':' AND id < ?1 || ';'",
            )?;
            let mut map = HashMap::new();
            for r in st.query_map([id], |r| {
                Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
            })? {
                let (k, v) = r?;
                map.insert(k, v);
            }
            previous_rows = Some(map);
        } else {
            delete_snapshot(&tx, id)?;
        }
        let diff_mode = previous_rows.is_some();
        let others: i64 = tx.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
        let bulk = !diff_mode && others < BULK_BELOW;
        if bulk {
            tx.execute_batch(crate::directory::schema::DROP_MEETING_INDEXES)?;
        }
        // Two stages on two threads: parse + normalise, and write. Meetings cross in batches.
        // If the document turns out broken, the parser's error ends the import before the
        // commit, and the transaction rolls back.
        let (batches, inbox) = std::sync::mpsc::sync_channel::<Vec<PreparedRow>>(8);
        // Written batches go back to the parser thread to be freed and reused: the writer is
        // the slower stage, so it should not spend time on deallocation.
        let (used_tx, used_rx) = std::sync::mpsc::channel::<Vec<PreparedRow>>();
        let mut write_time = 0.0f64;
        let mut accepted = 0u64;
        let mut counts = DiffCounts::default();
        let mut longest = 60i64;
        let mut unindexed: Option<(i64, i64)> = None;
        let (parsed, normalizer) = std::thread::scope(|scope| -> Result<_> {
            let parser = scope.spawn(move || {
                let mut report = ImportReport::new(id, format.as_str());
                let mut normalizer = Normalizer::new(ctx);
                let mut normalise_time = 0.0f64;
                let mut offsets = HashMap::new();
                let mut batch = Vec::with_capacity(BATCH);
                let mut count = 0usize;
                let mut sink = |entry: Entry| -> Result<(), FeedError> {
                    count += 1;
                    let raw = match entry {
                        Entry::Meeting(raw) => raw,
                        Entry::NotAMeeting(what) => {
                            report.skip(format!("#{count}"), format!("{what} is not a meeting"));
                            return Ok(());
                        }
                        Entry::Withheld { key, reason } => {
                            report.skip(key, reason);
                            return Ok(());
                        }
                    };
                    let t0 = Instant::now();
                    let res = normalizer.normalize(*raw, &mut report);
                    normalise_time += t0.elapsed().as_secs_f64();
                    match res {
                        Ok(m) => batch.push(PreparedRow::new(m, &mut offsets)),
                        Err((key, reason)) => report.skip(key, reason),
                    }
                    if batch.len() == BATCH {
                        options.tell(id, SyncPhase::Parsing, 0, count as u64);
                        if options.cancel.is_cancelled() {
                            return Err(FeedError::Cancelled);
                        }
                        let next = match used_rx.try_recv() {
                            Ok(mut used) => {
                                used.clear();
                                used
                            }
                            Err(_) => Vec::with_capacity(BATCH),
                        };
                        let full = std::mem::replace(&mut batch, next);
                        batches
                            .send(full)
                            .map_err(|_| FeedError::Sink("the writer stopped".into()))?;
                    }
                    Ok(())
                };
                let res = import::read_feed(format, reader, extras, &mut sink);
                if res.is_ok() && !batch.is_empty() {
                    let _ = batches.send(batch);
                }
                report.timings.normalise_ms = normalise_time * 1e3;
                res.map(|()| (report, normalizer))
            });
            let mut writer = Writer::new(&tx)?;
            let mut fts = tx.prepare(&format!(
                "INSERT INTO meeting_fts (rowid, name, place, notes)
                 SELECT rowid, {FTS_COLUMNS} FROM meetings WHERE rowid BETWEEN ?1 AND ?2"
            ))?;
            let mut write_error = None;
            for batch in inbox.iter() {
                if options.cancel.is_cancelled() {
                    break;
                }
                let t = Instant::now();
                let mut span: Option<(i64, i64)> = None;
                for row in &batch {
                    longest = longest.max(i64::from(row.meeting.duration_minutes.unwrap_or(60)));
                    let before = previous_rows
                        .as_mut()
                        .and_then(|m| m.remove(&row.meeting.id));
                    let written = match before {
                        Some((_, hash)) if hash == row.content_hash => {
                            counts.unchanged += 1;
                            Ok(())
                        }
                        Some((rowid, _)) => {
                            counts.updated += 1;
                            writer.update(rowid, row)
                        }
                        None => writer.insert(row).map(|rowid| {
                            counts.added += 1;
                            span = Some(
                                span.map_or((rowid, rowid), |(a, b)| (a.min(rowid), b.max(rowid))),
                            );
                        }),
                    };
                    match written {
                        Ok(()) => accepted += 1,
                        Err(e) => {
                            write_error = Some(e);
                            break;
                        }
                    }
                }
                if let Some((first, last)) = span {
                    let (a, _) = *unindexed.get_or_insert((first, last));
                    unindexed = Some((a.min(first), last));
                }
                // The text index is filled in large chunks while the parser is still busy:
                // FTS5 flushes its pending terms at every statement boundary, so each chunk
                // becomes one segment (per batch it was hundreds, merged again later).
                if let (None, Some((a, b))) = (&write_error, unindexed) {
                    if b - a + 1 >= FTS_CHUNK {
                        if let Err(e) = fts.execute(params![a, b]) {
                            write_error = Some(e);
                        }
                        unindexed = None;
                    }
                }
                write_time += t.elapsed().as_secs_f64();
                if write_error.is_some() {
                    break;
                }
                let _ = used_tx.send(batch);
            }
            drop(used_tx);
            if let (None, Some((a, b))) = (&write_error, unindexed) {
                if let Err(e) = fts.execute(params![a, b]) {
                    write_error = Some(e);
                }
            }
            drop(inbox);
            let parsed = parser
                .join()
                .map_err(|_| Error::invalid("the feed reader stopped unexpectedly"))?;
            if options.cancel.is_cancelled() {
                return Err(Error::Feed(FeedError::Cancelled));
            }
            if let Some(e) = write_error {
                return Err(e.into());
            }
            let (report, normalizer) = parsed?;
            Ok((report, normalizer))
        })?;
        let mut report = parsed;
        report.accepted = accepted;
        let previous = previous.max(0) as u64;
        let shrank = report.accepted == 0 || report.accepted * 2 < previous;
        if previous > 0 && shrank && !options.accept_shrink {
            return Err(Error::Suspicious {
                previous,
                now: report.accepted,
            });
        }
        if options.cancel.is_cancelled() {
            return Err(Error::Feed(FeedError::Cancelled));
        }
        options.tell(id, SyncPhase::Indexing, 0, report.accepted);
        let index_start = Instant::now();
        if bulk {
            tx.execute_batch(crate::directory::schema::MEETING_INDEXES)?;
        }
        // Meetings the feed no longer lists: kept as tombstones, then removed.
        if let Some(gone) = previous_rows.take() {
            let mut keep = tx.prepare(
                "INSERT OR REPLACE INTO tombstones (id, id_hash, source_id, name, removed_at, last_known)
                 SELECT id, id_hash, ?2, name, ?3,
                        json_object('name', name, 'program', program,
                                    'weekday_mask', weekday_mask, 'start_minute', start_minute,
                                    'duration_minutes', duration_minutes, 'timezone', timezone,
                                    'location_name', location_name, 'address', address)
                 FROM meetings WHERE rowid = ?1",
            )?;
            let mut unindex = tx.prepare(&format!(
                "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
                 SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
            ))?;
            let mut remove = tx.prepare("DELETE FROM meetings WHERE rowid = ?1")?;
            let now = now_rfc3339();
            for (_, (rowid, _)) in gone {
                keep.execute(params![rowid, id, now])?;
                unindex.execute([rowid])?;
                remove.execute([rowid])?;
                counts.removed += 1;
            }
        }
        report.added = counts.added;
        report.updated = counts.updated;
        report.unchanged = counts.unchanged;
        report.removed = counts.removed;
        // A meeting that came back is listed again.
        // (One index lookup per tombstone of this source; nothing when it has none.)
        tx.execute(
            "DELETE FROM tombstones WHERE source_id = ?1 AND EXISTS (
                 SELECT 1 FROM meetings m
                 WHERE m.id_hash = tombstones.id_hash AND m.id = tombstones.id)",
            [id],
        )?;
        for (lat, lon) in normalizer.crowded_points(PLACEHOLDER_ADDRESSES) {
            let n = tx.execute(
                "UPDATE meetings SET latitude = NULL, longitude = NULL, cell = NULL
                 WHERE id >= ?1 || ':' AND id < ?1 || ';' AND latitude = ?2 AND longitude = ?3",
                params![id, lat, lon],
            )?;
            report.warn(
                None,
                WarningKind::CoordinatesRejected,
                format!(
                    "{n} meetings at different addresses share the point {lat},{lon}: \
                     a placeholder, not used for distance"
                ),
            );
        }
        tx.execute(
            "UPDATE sources SET last_success_at = ?2, last_error = NULL, last_error_kind = NULL,
                 meeting_count = ?3,
                 format = ?4 WHERE id = ?1",
            params![id, now_rfc3339(), report.accepted as i64, format.as_str()],
        )?;
        // The longest meeting bounds how far back "in progress" looks. It only ever grows
        // (a removed source leaves it wider than needed, never too narrow), so it is kept
        // from the rows this import saw rather than by scanning the table.
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('max_duration', ?1)
             ON CONFLICT (key) DO UPDATE
                 SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
            [longest],
        )?;
        tx.commit()?;
        let total = started.elapsed().as_secs_f64();
        let index = index_start.elapsed().as_secs_f64();
        // Parsing and writing overlap; "parse" is what is left of the wall time.
        report.timings.write_ms = write_time * 1e3;
        report.timings.total_ms = total * 1e3;
        report.timings.index_ms = index * 1e3;
        report.timings.parse_ms =
            ((total - write_time - index) * 1e3 - report.timings.normalise_ms).max(0.0);
        Ok(report)
    }

    /// One meeting by id, with everything the feed said about it.
    pub fn meeting(&self, id: &str) -> Result<Meeting> {
        self.conn
            .query_row(
                "SELECT id, key, name, program, weekday_mask, start_minute, duration_minutes,
                        timezone, attendance, temporarily_closed, location_name, address,
                        latitude, longitude, types_key, languages_key, notes, details
                 FROM meetings WHERE id_hash = ?1 AND id = ?2",
                params![id_hash(id), id],
                |r| {
                    let id: String = r.get(0)?;
                    let mask: i64 = r.get(4)?;
                    let details: Details =
                        serde_json::from_str(&r.get::<_, String>(17)?).unwrap_or_default();
                    Ok(Meeting {
                        source_id: id.split(':').next().unwrap_or_default().to_string(),
                        id,
                        key: r.get(1)?,
                        name: r.get(2)?,
                        program: r.get(3)?,
                        weekdays: (0..7u8).filter(|d| mask & (1 << d) != 0).collect(),
                        start_minute: r.get(5)?,
                        duration_minutes: r.get(6)?,
                        timezone: r.get(7)?,
                        timezone_origin: details.timezone_origin.unwrap_or(TimezoneOrigin::Unknown),
                        attendance: Attendance::parse(&r.get::<_, String>(8)?)
                            .unwrap_or(Attendance::InPerson),
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
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no meeting with id {id:?}")))
    }

    /// A meeting that left its feed: its name and last known details, and when it went.
    /// `None` when the id was never seen or is listed now.
    pub fn tombstone(&self, id: &str) -> Result<Option<Tombstone>> {
        Ok(self
            .conn
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
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(answer == "ok")
    }

    /// Number of meetings in the directory.
    pub fn meeting_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    fn unique_source_id(&self, name: &str) -> Result<String> {
        let base: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base: String = base.chars().take(32).collect();
        let base = if base.is_empty() {
            "source".into()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while self
            .conn
            .query_row("SELECT 1 FROM sources WHERE id = ?1", [&id], |_| Ok(()))
            .optional()?
            .is_some()
        {
            id = format!("{base}-{n}");
            n += 1;
        }
        Ok(id)
    }
}

/// What only the detail view needs, stored as one JSON column.
#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    conference_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    conference_url_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    conference_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    conference_phone_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location_notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    updated: Option<String>,
    #[serde(default)]
    raw_types: Vec<String>,
    #[serde(default)]
    region: Vec<String>,
    #[serde(default)]
    approximate_location: bool,
    #[serde(default)]
    timezone_origin: Option<TimezoneOrigin>,
}

/// The region path of a stored meeting, from its `details` JSON. Search results need only
/// this, so the other fields are skipped rather than copied.
pub(crate) fn details_region(details: &str) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct RegionOnly {
        #[serde(default)]
        region: Vec<String>,
    }
    serde_json::from_str::<RegionOnly>(details)
        .map(|d| d.region)
        .unwrap_or_default()
}

/// A meeting with every derived column computed, ready to bind. Built on the parser thread:
/// the writer is the slower stage, so it only binds and inserts.
pub(crate) struct PreparedRow {
    meeting: Meeting,
    details: String,
    types_key: String,
    languages_key: String,
    region_key: String,
    attendance: &'static str,
    mask: i64,
    offset: Option<i64>,
    cell: Option<i64>,
    /// Hash of everything stored, to tell "updated" from "unchanged" against the previous
    /// snapshot. (FxHash: fast; if a new version changes it, one sync reports everything as
    /// updated, which is harmless.)
    content_hash: i64,
}

impl PreparedRow {
    fn new(mut meeting: Meeting, offsets: &mut HashMap<Tz, i64>) -> Self {
        let m = &mut meeting;
        let tz = m.timezone.as_deref().and_then(|z| z.parse::<Tz>().ok());
        let offset = tz.map(|tz| *offsets.entry(tz).or_insert_with(|| reference_offset(tz)));
        let region_key = join_key(
            &m.region
                .iter()
                .map(|r| r.to_lowercase())
                .collect::<Vec<_>>(),
        );
        let details = Details {
            conference_url: m.conference_url.take(),
            conference_url_notes: m.conference_url_notes.take(),
            conference_phone: m.conference_phone.take(),
            conference_phone_notes: m.conference_phone_notes.take(),
            location_notes: m.location_notes.take(),
            group: m.group.take(),
            url: m.url.take(),
            updated: m.updated.take(),
            raw_types: std::mem::take(&mut m.raw_types),
            region: std::mem::take(&mut m.region),
            approximate_location: m.approximate_location,
            timezone_origin: Some(m.timezone_origin),
        };
        let details = serde_json::to_string(&details).unwrap_or_else(|_| "{}".into());
        let types_key = join_key(&m.types);
        let languages_key = join_key(&m.languages);
        let content_hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (
                &m.name,
                &m.program,
                m.start_minute,
                m.duration_minutes,
                &m.timezone,
            )
                .hash(&mut h);
            (
                m.attendance.as_str(),
                m.temporarily_closed,
                &m.location_name,
                &m.address,
            )
                .hash(&mut h);
            (m.latitude.map(f64::to_bits), m.longitude.map(f64::to_bits)).hash(&mut h);
            (
                &types_key,
                &languages_key,
                &m.notes,
                &region_key,
                &details,
                &m.weekdays,
            )
                .hash(&mut h);
            h.finish() as i64
        };
        Self {
            attendance: m.attendance.as_str(),
            details,
            types_key,
            languages_key,
            content_hash,
            region_key,
            mask: m.weekdays.iter().map(|d| 1i64 << d).sum(),
            offset,
            cell: match (m.latitude, m.longitude) {
                (Some(lat), Some(lon)) => Some(grid_cell(lat, lon)),
                _ => None,
            },
            meeting,
        }
    }
}

/// Writes meeting rows with prepared statements inside the import transaction.
struct Writer<'a> {
    meeting: rusqlite::Statement<'a>,
    update: rusqlite::Statement<'a>,
    unindex: rusqlite::Statement<'a>,
    index: rusqlite::Statement<'a>,
}

impl<'a> Writer<'a> {
    fn new(tx: &'a rusqlite::Transaction<'a>) -> Result<Self> {
        Ok(Self {
            update: tx.prepare(&format!(
                "UPDATE meetings SET {} WHERE rowid = ?1",
                CONTENT_COLUMNS
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c} = ?{}", i + 2))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?,
            unindex: tx.prepare(&format!(
                "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
                 SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
            ))?,
            index: tx.prepare(&format!(
                "INSERT INTO meeting_fts (rowid, name, place, notes)
                 SELECT rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
            ))?,
            meeting: tx.prepare(&format!(
                "INSERT INTO meetings (id, id_hash, key, {}) VALUES ({})",
                CONTENT_COLUMNS.join(", "),
                (1..=CONTENT_COLUMNS.len() + 3)
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?,
        })
    }

    /// Rewrites a changed meeting in place (same rowid), text index included.
    fn update(&mut self, rowid: i64, r: &PreparedRow) -> rusqlite::Result<()> {
        self.unindex.execute([rowid])?;
        let key: [&dyn rusqlite::ToSql; 1] = [&rowid];
        self.update.execute(rusqlite::params_from_iter(
            key.into_iter().chain(r.content()),
        ))?;
        self.index.execute([rowid])?;
        Ok(())
    }

    /// Inserts one meeting and returns its rowid.
    fn insert(&mut self, r: &PreparedRow) -> rusqlite::Result<i64> {
        let m = &r.meeting;
        let hash = id_hash(&m.id);
        let key: [&dyn rusqlite::ToSql; 3] = [&m.id, &hash, &m.key];
        self.meeting.insert(rusqlite::params_from_iter(
            key.into_iter().chain(r.content()),
        ))
    }
}

/// The meeting columns written by both insert and update, in the order of
/// [`PreparedRow::content`].
const CONTENT_COLUMNS: [&str; 20] = [
    "name",
    "program",
    "start_minute",
    "duration_minutes",
    "timezone",
    "attendance",
    "temporarily_closed",
    "location_name",
    "address",
    "latitude",
    "longitude",
    "types_key",
    "languages_key",
    "notes",
    "region_key",
    "details",
    "weekday_mask",
    "ref_offset",
    "cell",
    "content_hash",
];

impl PreparedRow {
    /// Values for [`CONTENT_COLUMNS`].
    fn content(&self) -> [&dyn rusqlite::ToSql; 20] {
        let m = &self.meeting;
        [
            &m.name,
            &m.program,
            &m.start_minute,
            &m.duration_minutes,
            &m.timezone,
            &self.attendance,
            &m.temporarily_closed,
            &m.location_name,
            &m.address,
            &m.latitude,
            &m.longitude,
            &self.types_key,
            &self.languages_key,
            &m.notes,
            &self.region_key,
            &self.details,
            &self.mask,
            &self.offset,
            &self.cell,
            &self.content_hash,
        ]
    }
}

/// The 64-bit hash a meeting id is looked up by (FNV-1a; stable across versions and
/// platforms, as it is stored).
pub(crate) fn id_hash(id: &str) -> i64 {
    let h = id.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    });
    h as i64
}

/// A start as a minute of the UTC week (Sunday 00:00 UTC = 0) using a reference offset.
pub(crate) fn week_minute_ref(weekday: u8, start_minute: u16, ref_offset: i64) -> i64 {
    (i64::from(weekday) * 1440 + i64::from(start_minute) - ref_offset).rem_euclid(WEEK_MINUTES)
}

/// Grid cell size in degrees.
pub(crate) const CELL_DEGREES: f64 = 0.1;
/// Cells per latitude row (more than 360 / 0.1).
pub(crate) const CELLS_PER_ROW: i64 = 4000;

/// The 0.1° grid cell of a point: `row * 4000 + column`.
pub(crate) fn grid_cell(lat: f64, lon: f64) -> i64 {
    let (row, col) = grid_indices(lat, lon);
    row * CELLS_PER_ROW + col
}

/// Row and column of a point on the 0.1° grid.
pub(crate) fn grid_indices(lat: f64, lon: f64) -> (i64, i64) {
    let row = ((lat + 90.0) / CELL_DEGREES).floor() as i64;
    let col = ((lon + 180.0) / CELL_DEGREES).floor() as i64;
    (row.clamp(0, 1800), col.clamp(0, 3600))
}

/// The zone's UTC offset in minutes on a fixed reference day (15 January 2026). The real
/// offset on any day differs from it by at most the zone's DST shift.
pub(crate) fn reference_offset(tz: Tz) -> i64 {
    let day = NaiveDate::from_ymd_opt(2026, 1, 15)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default();
    i64::from(tz.offset_from_utc_datetime(&day).fix().local_minus_utc()) / 60
}

fn delete_snapshot(tx: &Connection, id: &str) -> Result<()> {
    // Meeting ids are "{source}:{key}", so one source's rows are an id range.
    let (lo, hi) = (format!("{id}:"), format!("{id};"));
    // The text index keeps no copy of the text, so removing a row means handing FTS5 the
    // same values it was given.
    tx.execute(
        &format!(
            "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
             SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE id >= ?1 AND id < ?2"
        ),
        params![lo, hi],
    )?;
    tx.execute(
        "DELETE FROM meetings WHERE id >= ?1 AND id < ?2",
        params![lo, hi],
    )?;
    Ok(())
}

fn join_key(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    format!("|{}|", items.join("|"))
}

fn split_key(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

/// Refuses a file larger than `max` bytes with a message saying how large may be.
fn check_size(len: u64, max: u64, what: &str) -> Result<()> {
    if len > max {
        return Err(Error::invalid(format!(
            "this {what} is {} MB; Waymark reads up to {} MB",
            len.div_ceil(1024 * 1024),
            max / (1024 * 1024)
        )));
    }
    Ok(())
}

/// A whole text file of at most `max` bytes.
fn read_capped(path: &Path, max: u64, what: &str) -> Result<String> {
    let file = File::open(path)
        .map_err(|e| Error::NotFound(format!("cannot read {what} {}: {e}", path.display())))?;
    check_size(file.metadata()?.len(), max, what)?;
    let mut s = String::new();
    file.take(max + 1)
        .read_to_string(&mut s)
        .map_err(|e| Error::invalid(format!("cannot read {what} {}: {e}", path.display())))?;
    check_size(s.len() as u64, max, what)?;
    Ok(s)
}

fn detect_file(path: &Path) -> Result<FeedFormat> {
    let mut head = vec![0u8; 4096];
    let mut f = File::open(path)
        .map_err(|e| Error::NotFound(format!("cannot open {}: {e}", path.display())))?;
    let n = f.read(&mut head)?;
    head.truncate(n);
    let text = String::from_utf8_lossy(&head);
    if text.contains("\"key_string\"")
        && text.contains("\"world_id\"")
        && !text.contains("\"id_bigint\"")
    {
        return Err(Error::invalid(format!(
            "{} is a BMLT GetFormats answer, not a list of meetings: give it with --bmlt-formats",
            path.display()
        )));
    }
    if text.contains("\"parent_id\"") && !text.contains("\"id_bigint\"") {
        return Err(Error::invalid(format!(
            "{} looks like a BMLT GetServiceBodies answer, not a list of meetings",
            path.display()
        )));
    }
    FeedFormat::detect(&head).ok_or_else(|| {
        Error::invalid(format!(
            "cannot tell the format of {}: say --format meeting-guide, bmlt or tsml-csv",
            path.display()
        ))
    })
}

fn normalise_program(p: &str) -> Result<String> {
    let p = p.trim().to_lowercase().replace([' ', '_'], "-");
    let p = match p.as_str() {
        "alanon" | "al-anon" => "al-anon".to_string(),
        "smart" | "smart-recovery" => "smart".to_string(),
        _ => p,
    };
    if p.is_empty() || p.len() > 32 || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(Error::invalid(format!(
            "{p:?} is not a program name: use a short name such as aa, na or al-anon"
        )));
    }
    Ok(p)
}

fn default_name(location: &str) -> String {
    let trimmed = location.trim_end_matches('/');
    let last = trimmed.rsplit(['/', '\\']).next().unwrap_or(trimmed);
    let stem = last.split('.').next().unwrap_or(last);
    if stem.is_empty() {
        "source".into()
    } else {
        stem.to_string()
    }
}

fn absolute(p: &str) -> String {
    std::fs::canonicalize(p)
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|_| p.to_string())
}

fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
