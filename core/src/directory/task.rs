//! Background sync, owned by the core: [`Directory::start_sync`] runs
//! [`Directory::sync_all_with`] on its own thread through the directory's writer (searches keep
//! working meanwhile on its reader: SQLite's WAL lets one writer and readers share the file),
//! and returns a [`SyncTask`].
//!
//! Like matrix-rust-sdk's `TaskHandle`, dropping the task stops the work: an app that lets go
//! of a sync (a screen closed, a coroutine cancelled) never leaves one running unseen. Stopping
//! writes nothing half-done; the meetings from before stay. The FFI only starts a task and
//! hands its end to Kotlin or Swift.

use std::sync::{Arc, Condvar, Mutex};

use super::*;
use crate::support::error::ErrorKind;

/// How one source's sync went.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSyncResult {
    /// The source after the attempt.
    pub source: Source,
    /// True when the source's meetings were loaded (or were already current).
    pub ok: bool,
    /// Meetings added by this sync.
    pub added: u64,
    /// Meetings changed.
    pub updated: u64,
    /// Meetings removed.
    pub removed: u64,
    /// Why it failed, in plain words, when `ok` is false (the previous meetings are kept).
    pub error: Option<String>,
    /// The kind of failure, for the app to react to (offline: try later, …).
    pub error_kind: Option<ErrorKind>,
}

/// How a background sync ended.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncEnd {
    /// It ran: one result per source (a source that failed says why and keeps its meetings).
    Finished(Vec<SourceSyncResult>),
    /// It was stopped (cancelled or dropped) before the end; nothing half-done was written.
    Stopped,
    /// It could not run at all (the directory file could not be opened), in plain words.
    Failed {
        /// The kind of failure.
        kind: ErrorKind,
        /// What went wrong.
        message: String,
    },
}

/// Where the end is kept, for every waiter.
type Shared = Arc<(Mutex<Option<SyncEnd>>, Condvar)>;

/// A sync running in the background. Dropping it stops the sync.
pub struct SyncTask {
    cancel: CancelHandle,
    end: Shared,
}

impl SyncTask {
    /// Asks the sync to stop soon (between download chunks and before anything is written).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Whether [`SyncTask::cancel`] was called (or the task dropped).
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }

    /// Whether the sync has ended.
    pub fn is_finished(&self) -> bool {
        lock(&self.end.0).is_some()
    }

    /// Blocks until the sync ends and returns how (as often as asked, also after the end).
    pub fn wait(&self) -> SyncEnd {
        let (end, ended) = &*self.end;
        let mut guard = lock(end);
        loop {
            if let Some(e) = guard.as_ref() {
                return e.clone();
            }
            guard = ended.wait(guard).unwrap_or_else(|p| p.into_inner());
        }
    }
}

impl Drop for SyncTask {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Directory {
    /// Starts syncing every source on a background thread and returns at once. `options`
    /// carries the progress listener (its `cancel` handle is replaced by the task's); `word`
    /// turns a failure into the sentence the shell shows (each shell words errors for its own
    /// users).
    /// `on_end` is called once, on the sync thread, when it ends, also when it was stopped;
    /// [`SyncTask::wait`] gives the same answer.
    pub fn start_sync(
        &self,
        options: SyncOptions,
        word: fn(&Error) -> String,
        on_end: impl FnOnce(&SyncEnd) + Send + 'static,
    ) -> Result<SyncTask> {
        let directory = self.clone();
        let cancel = CancelHandle::new();
        let end: Shared = Arc::new((Mutex::new(None), Condvar::new()));
        let options = SyncOptions {
            cancel: cancel.clone(),
            ..options
        };
        let shared = end.clone();
        std::thread::Builder::new()
            .name("waymark-sync".into())
            .spawn(move || {
                let result = run(&directory, &options, word);
                if matches!(result, SyncEnd::Finished(_)) {
                    // What the sync wrote is committed and searchable; folding it into the
                    // file now keeps the log from growing sync after sync while the app runs.
                    // The end is reported after it (it copies the import's pages once, and
                    // never waits for a search); what a search kept from it is folded next
                    // time, and a failure loses nothing.
                    let _ = directory.checkpoint();
                }
                on_end(&result);
                let (slot, ended) = &*shared;
                *lock(slot) = Some(result);
                ended.notify_all();
            })?;
        Ok(SyncTask { cancel, end })
    }
}

/// The whole sync, on the sync thread.
fn run(directory: &Directory, options: &SyncOptions, word: fn(&Error) -> String) -> SyncEnd {
    let results = match directory.sync_all_or_stop(options) {
        Ok(r) => r,
        Err(e) if e.kind() == ErrorKind::Cancelled => return SyncEnd::Stopped,
        Err(e) => {
            return SyncEnd::Failed {
                kind: e.kind(),
                message: word(&e),
            }
        }
    };
    SyncEnd::Finished(
        results
            .into_iter()
            .map(|(source, r)| match r {
                Ok(rep) => SourceSyncResult {
                    source,
                    ok: true,
                    added: rep.added,
                    updated: rep.updated,
                    removed: rep.removed,
                    error: None,
                    error_kind: None,
                },
                Err(e) => SourceSyncResult {
                    source,
                    ok: false,
                    added: 0,
                    updated: 0,
                    removed: 0,
                    error_kind: Some(e.kind()),
                    error: Some(word(&e)),
                },
            })
            .collect(),
    )
}
