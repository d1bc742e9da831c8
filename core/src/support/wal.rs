//! Folding a write-ahead log into its database file, the one way both Waymark databases (the
//! directory and the vault) do it.
//!
//! Both keep their pages in the log until they are folded (the directory turns SQLite's own
//! automatic folding off, so a large import never pays for the copy inside its transaction).
//! Folding never waits for a reader: a search holding a snapshot keeps it, and what it still
//! needs stays in the log until next time.

use rusqlite::Connection;

/// Folds `conn`'s write-ahead log into the file and empties it, without waiting for readers;
/// true when the log was emptied (false when a reader still needs part of it, even if every
/// page was copied). A database not in WAL mode has nothing to fold (true).
pub(crate) fn fold(conn: &Connection) -> rusqlite::Result<bool> {
    let waits: i64 = conn.query_row("PRAGMA busy_timeout", [], |r| r.get(0))?;
    conn.busy_timeout(std::time::Duration::ZERO)?;
    let folded = fold_waiting(conn);
    conn.busy_timeout(std::time::Duration::from_millis(waits.max(0) as u64))?;
    folded
}

/// Folds the whole log into the file and empties it, waiting for readers as long as `conn`'s
/// busy timeout allows; true when the log was emptied. For what must leave no old page behind
/// (erasing everything, a new key), where a caller must not carry on as if it had.
pub(crate) fn fold_waiting(conn: &Connection) -> rusqlite::Result<bool> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    Ok(busy == 0)
}
