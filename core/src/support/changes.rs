//! Change notices from a database: a counter that every committed write bumps, and wakers
//! that hear of it.
//!
//! Why here, on the connection: the screens that follow the vault or the directory must learn
//! of every change, and a write path that forgets to say "I changed something" would leave a
//! screen showing old data without anyone noticing. SQLite's commit hook runs for every
//! transaction that wrote, whoever wrote it, so no write path can forget. It runs just before
//! the commit lands, which is right for the vault (its readers wait for the vault's lock, held
//! through the commit); the directory's readers use another connection, so the directory
//! counts with the WAL hook instead, which runs once the commit is in the log (a screen read
//! at once after the commit hook saw the data from before, and kept it: tested below). The hook only bumps
//! the counter and wakes the waiters; it never reads or writes the database (SQLite forbids
//! that inside the hook) and never runs a listener (the waiters do that on their own thread,
//! after the writer has let go of the database).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, Weak};

/// Something to wake when a change is committed. Called on the writer's thread inside the
/// commit: it must only take its own short lock and notify.
pub(crate) trait Waker: Send + Sync {
    /// A write was committed.
    fn wake(&self);
}

#[derive(Default)]
struct Inner {
    count: AtomicU64,
    next_id: AtomicU64,
    wakers: Mutex<Vec<(u64, Weak<dyn Waker>)>>,
}

/// The committed-change counter of one database connection, shared by everyone who watches
/// it. Cheap to clone.
#[derive(Clone, Default)]
pub struct Changes {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Changes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Changes")
            .field("count", &self.count())
            .finish()
    }
}

impl Changes {
    /// A counter at zero, attached to `conn`: every transaction that writes bumps it when it
    /// commits.
    pub(crate) fn attach(conn: &mut rusqlite::Connection) -> rusqlite::Result<Self> {
        let changes = Changes::default();
        let hook = changes.clone();
        conn.commit_hook(Some(move || {
            hook.bump();
            // false: let the commit go ahead.
            false
        }))?;
        Ok(changes)
    }

    /// A counter at zero, attached to `conn`, a connection in WAL mode whose data other
    /// connections read: it is bumped once each commit has landed in the log, so a reader
    /// woken by it sees the new data. (The commit hook of [`Changes::attach`] runs just before
    /// the commit lands: right for the vault, whose readers wait for its lock, but another
    /// connection reading at once could still see the data from before, and keep it.) Needs
    /// `PRAGMA wal_autocheckpoint = 0` set before, which leaves SQLite's one WAL hook free.
    pub(crate) fn attach_after_commit(conn: &mut rusqlite::Connection) -> rusqlite::Result<Self> {
        let changes = Changes::default();
        let hook = changes.clone();
        conn.wal_hook(Some(
            move |_: &mut rusqlite::hooks::Wal, _pages: std::ffi::c_int| {
                hook.bump();
                Ok(())
            },
        ))?;
        Ok(changes)
    }

    /// How many writing transactions have committed since the connection opened.
    pub fn count(&self) -> u64 {
        self.inner.count.load(Ordering::SeqCst)
    }

    /// Counts a commit and wakes every waker still alive.
    pub(crate) fn bump(&self) {
        self.inner.count.fetch_add(1, Ordering::SeqCst);
        let wakers: Vec<Arc<dyn Waker>> = {
            let mut list = self
                .inner
                .wakers
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            list.retain(|(_, w)| w.strong_count() > 0);
            list.iter().filter_map(|(_, w)| w.upgrade()).collect()
        };
        for w in wakers {
            w.wake();
        }
    }

    /// Wakes `waker` after every commit until the returned guard is dropped.
    pub(crate) fn watch(&self, waker: Weak<dyn Waker>) -> Watch {
        let id = self.inner.next_id.fetch_add(1, Ordering::SeqCst);
        self.inner
            .wakers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((id, waker));
        Watch {
            changes: self.clone(),
            id,
        }
    }
}

/// A waker's place on a [`Changes`]; dropping it removes the waker.
pub(crate) struct Watch {
    changes: Changes,
    id: u64,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.changes
            .inner
            .wakers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .retain(|(i, _)| *i != self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Directory, NewSource};

    /// What a waker on the directory's counter sees when it reads through the reader at once.
    struct ReadsAtOnce {
        directory: Directory,
        seen: Mutex<Vec<i64>>,
    }

    impl Waker for ReadsAtOnce {
        fn wake(&self) {
            let sources: i64 = self
                .directory
                .read()
                .unwrap()
                .query_row("SELECT count(*) FROM sources", [], |r| r.get(0))
                .unwrap_or(-1);
            self.seen
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(sources);
        }
    }

    /// A screen woken by a directory write and reading through the reader straight away sees
    /// that write: the counter moves after the commit has landed, not just before it (then
    /// the screen would keep the old list and never look again).
    #[test]
    fn a_reader_woken_by_a_directory_change_sees_the_change() {
        let tmp = tempfile::tempdir().unwrap();
        let directory = Directory::open(tmp.path().join("d.sqlite")).unwrap();
        let waker = Arc::new(ReadsAtOnce {
            directory: directory.clone(),
            seen: Mutex::new(Vec::new()),
        });
        let as_waker: Arc<dyn Waker> = waker.clone();
        let _watch = directory.changes().watch(Arc::downgrade(&as_waker));
        let before = directory.changes().count();
        directory
            .add_source(NewSource {
                location: "https://example.org/feed.json".into(),
                ..NewSource::default()
            })
            .unwrap();
        assert!(directory.changes().count() > before);
        let seen = waker.seen.lock().unwrap().clone();
        assert!(!seen.is_empty(), "the write woke nobody");
        assert_eq!(
            seen.last(),
            Some(&1),
            "woken before the commit landed: {seen:?}"
        );
    }
}
