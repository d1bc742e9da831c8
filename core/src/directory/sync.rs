//! Syncing sources: fetching their feeds (a few at a time, with retry backoff and conditional
//! requests), progress and cancellation, and handing each document to the import pipeline.

use super::*;
/// How long to wait before retrying a source that failed `failures` times in a row.
pub(super) fn retry_delay(failures: i64) -> chrono::Duration {
    let minutes = 5i64.saturating_mul(1 << (failures - 1).clamp(0, 10));
    chrono::Duration::minutes(minutes.min(6 * 60))
}

/// URL sources downloaded at the same time, at most.
pub(super) const PARALLEL_FETCHES: usize = 4;

pub(super) fn is_url(location: &str) -> bool {
    location.starts_with("http://") || location.starts_with("https://")
}

/// Downloads several sources at once, [`PARALLEL_FETCHES`] at a time.
pub(super) fn fetch_all(
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
pub struct CancelHandle(pub(crate) Arc<AtomicBool>);

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
    pub(crate) fn tell(&self, source: &str, phase: SyncPhase, bytes: u64, entries: u64) {
        if let Some(l) = &self.listener {
            l.progress(source, phase, bytes, entries);
        }
    }
}

impl Directory {
    /// Imports every source from its location, one after another. A failure of one source is
    /// reported for it and does not stop the others.
    pub fn sync_all(&self) -> Result<Vec<(Source, Result<ImportReport>)>> {
        self.sync_all_with(&SyncOptions::default())
    }

    /// The whole sync as the phones run it in the background (see [`Directory::start_sync`]):
    /// every source as [`Directory::sync_all_with`] does, through the writer, while searches
    /// keep reading on the reader. A sync stopped through [`SyncOptions::cancel`] is
    /// `Error::Fetch(FetchError::Cancelled)` as a whole (each source kept the meetings it
    /// had); otherwise one result per source.
    pub fn sync_all_or_stop(
        &self,
        options: &SyncOptions,
    ) -> Result<Vec<(Source, Result<ImportReport>)>> {
        let results = self.sync_all_with(options)?;
        if options.cancel.is_cancelled() {
            return Err(Error::Fetch(crate::support::fetch::FetchError::Cancelled));
        }
        Ok(results)
    }

    /// [`Directory::sync_all`] with options.
    pub fn sync_all_with(
        &self,
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
    pub fn sync_source(&self, id: &str) -> Result<ImportReport> {
        self.sync_source_with(id, &SyncOptions::default())
    }

    /// [`Directory::sync_source`] with options.
    pub fn sync_source_with(&self, id: &str, options: &SyncOptions) -> Result<ImportReport> {
        self.sync_source_inner(id, options, None)
    }

    pub(super) fn sync_source_inner(
        &self,
        id: &str,
        options: &SyncOptions,
        prefetched: Option<std::result::Result<FetchOutcome, FetchError>>,
    ) -> Result<ImportReport> {
        self.write().execute(
            "UPDATE sources SET last_attempt_at = ?2 WHERE id = ?1",
            params![id, now_rfc3339()],
        )?;
        let (location, format, bmlt_formats): (String, Option<String>, Option<String>) = self
            .write()
            .query_row(
                "SELECT location, format, bmlt_formats FROM sources WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found(msg::SOURCE_NOT_FOUND))?;
        let result = (|| {
            let extras = FormatExtras {
                bmlt_formats: match bmlt_formats {
                    Some(p) => Some(read_capped(
                        Path::new(&p),
                        crate::support::fetch::MAX_FORMATS_FILE_BYTES,
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
                .map_err(|e| Error::not_found_with(msg::FILE_UNREADABLE, unreadable(&path, &e)))?;
            check_size(
                file.metadata()?.len(),
                crate::support::fetch::MAX_FEED_BYTES,
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
                let failures: i64 = self.write().query_row(
                    "UPDATE sources SET last_error = ?2, last_error_kind = ?3,
                         consecutive_failures = consecutive_failures + 1
                     WHERE id = ?1 RETURNING consecutive_failures",
                    params![id, e.to_string(), e.kind()],
                    |r| r.get(0),
                )?;
                let wait = retry_delay(failures);
                let at = (Utc::now() + wait).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                self.write().execute(
                    "UPDATE sources SET next_retry_at = ?2 WHERE id = ?1",
                    params![id, at],
                )?;
            }
            Ok(_) => {
                self.write().execute(
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
    pub(super) fn fetch_plan(
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
        ) = self.write().query_row(
            "SELECT etag, last_modified, meeting_count, bmlt_scope FROM sources WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let url = if format.and_then(FeedFormat::parse) == Some(FeedFormat::Relay) {
            // A relay's sync starts with its manifest (see `crate::relay::phone`).
            format!("{location}/manifest.json")
        } else if format.and_then(FeedFormat::parse) == Some(FeedFormat::Bmlt)
            && crate::directory::import::bmlt::is_root_url(location)
        {
            let scope = scope
                .and_then(|s| crate::support::json::from_str(&s).ok())
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
    pub(super) fn sync_url(
        &self,
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
                self.write().execute(
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
        if format.and_then(FeedFormat::parse) == Some(FeedFormat::Relay) {
            return self.sync_relay(id, location, bytes, validators, options);
        }
        let format = match format.and_then(FeedFormat::parse) {
            Some(f) => f,
            None => FeedFormat::detect(&bytes[..bytes.len().min(4096)]).ok_or_else(|| {
                Error::UnknownFormat {
                    subject: url.to_string(),
                }
            })?,
        };
        let report = self.import_with(id, format, std::io::Cursor::new(bytes), extras, options)?;
        self.write().execute(
            "UPDATE sources SET etag = ?2, last_modified = ?3 WHERE id = ?1",
            params![id, validators.etag, validators.last_modified],
        )?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_feed() -> (tempfile::TempDir, Directory) {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed.json");
        std::fs::write(
            &feed,
            r#"[{"slug":"a","name":"Hope","day":2,"time":"19:00","timezone":"Europe/London"}]"#,
        )
        .unwrap();
        let app = Directory::open(dir.path().join("directory.sqlite")).unwrap();
        app.add_source(NewSource {
            location: feed.display().to_string(),
            name: Some("wales".into()),
            ..NewSource::default()
        })
        .unwrap();
        (dir, app)
    }

    #[test]
    fn a_sync_on_another_thread_writes_through_the_writer_and_a_stop_is_one_typed_answer() {
        let (_dir, app) = one_feed();
        let sync = app.clone();
        let results = std::thread::spawn(move || sync.sync_all_or_stop(&SyncOptions::default()))
            .join()
            .unwrap()
            .unwrap();
        assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");
        assert_eq!(
            app.meeting_count().unwrap(),
            1,
            "the reader sees the commit"
        );

        let options = SyncOptions::default();
        options.cancel.cancel();
        let stopped = app.sync_all_or_stop(&options).unwrap_err();
        assert!(
            matches!(
                stopped,
                Error::Fetch(crate::support::fetch::FetchError::Cancelled)
            ),
            "{stopped:?}"
        );
        assert_eq!(stopped.kind(), "cancelled");
        assert_eq!(
            app.meeting_count().unwrap(),
            1,
            "the meetings it had are kept"
        );
    }

    #[test]
    fn searches_read_while_an_import_holds_the_writer() {
        let (_dir, app) = one_feed();
        app.sync_all().unwrap();
        // An import in the middle of its transaction: the writer is held and has written
        // rows nobody may see yet.
        let mut writer = app.write();
        let tx = writer.transaction().unwrap();
        tx.execute("DELETE FROM meetings", []).unwrap();
        let reader = app.clone();
        let (sent, got) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let found = reader
                .search(&crate::MeetingQuery::default())
                .map(|r| r.len());
            let _ = sent.send(found);
        });
        let found = got
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("a search must not wait for the writer");
        assert_eq!(found.unwrap(), 1, "the snapshot from before the import");
        tx.rollback().unwrap();
    }

    #[test]
    fn an_interrupt_stops_the_running_search_and_the_next_one_runs() {
        let (_dir, app) = one_feed();
        app.sync_all().unwrap();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let interrupter = {
            let (app, stop) = (app.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    app.interrupt();
                }
            })
        };
        // A read that would take minutes: only the interrupt ends it early.
        let slow: Result<i64> = app
            .read()
            .unwrap()
            .query_row(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000)
                 SELECT count(*) FROM c",
                [],
                |r| r.get(0),
            )
            .map_err(Error::from);
        stop.store(true, Ordering::SeqCst);
        interrupter.join().unwrap();
        let e = slow.unwrap_err();
        assert!(e.is_interrupted(), "{e:?}");
        assert_eq!(e.kind(), "cancelled");
        assert_eq!(
            app.search(&crate::MeetingQuery::default()).unwrap().len(),
            1
        );
    }
}
