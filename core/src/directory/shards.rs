//! Parts of the directory kept in files of their own ("shards"), read as if they were in it.
//!
//! Why: a relay's tile of 20,000 meetings has to be searchable soon after it arrives (issue
//! #16 asks for 100 ms, and five times faster than importing the same meetings from their
//! feeds). Writing its rows into the directory cannot be that fast: SQLite alone needs about
//! 125 ms to copy 20,000 ready rows with their indexes, before the text index
//! (`core/benches/tile_copy_floor.py`, BENCHMARKS.md). A file that already *is* a directory —
//! same schema, rows, indexes and text index, made once by whoever publishes it — can be
//! attached in a few milliseconds instead. This module is that: the directory's own file
//! (`main`) plus shards, and every read sees their meetings together.
//!
//! How:
//! - A shard is a directory file of this build's schema version ([`super::schema::VERSION`]),
//!   never written once added. [`Directory::add_shard`] checks it (schema identical to a fresh
//!   directory's, no journal left to replay), moves it into the directory's parts folder
//!   (`<directory file>.parts/`), makes it durable, and only then lists it in the `shards`
//!   table; so a kill leaves either nothing or a complete, listed shard. A file in the folder
//!   that no row lists and that nobody touched for [`LEFTOVER_AFTER`] is a leftover of such a
//!   kill and is deleted when the directory opens (younger ones may be another Waymark's,
//!   being written); a row whose file is gone is forgotten then (its meetings are no longer
//!   shown, which is what a missing file means).
//! - `check` reads the schema, the version and the row ids, not every page: whoever adds a
//!   file vouches for its bytes (a relay's image is checked against the hash in its signed
//!   manifest first). [`Directory::add_shard`] also reads every meeting id (they must be its
//!   source's); a relay's image skips that pass, as its signed manifest vouches for the ids
//!   too.
//! - Every read compares the listed files with those the reading connection has attached
//!   (one small query, so a shard added by another connection or process is seen too) and
//!   attaches the list again when it changed (`shard1`, `shard2`, …, read-only and immutable:
//!   SQLite then takes no locks on them). A file that cannot be attached is left out, so one
//!   bad file never stops the directory from being read; [`Shard::attached`] says so. A
//!   meeting lookup, the count and the search read `main` and each attached shard.
//! - A shard's meetings belong to one of the directory's sources (their ids start with its
//!   id), and go when that source is removed.
//! - The search knows a row by a number that puts the shard's position in the top bits above
//!   its own row id (`global`), so candidates from every file are merged, ordered and
//!   de-duplicated as one list, and rows of `main` keep their own ids. Where two meetings
//!   tie (same start, same distance), `main`'s come first, then each shard's in the order
//!   the shards were added.
//! - A shard's meetings must not also be in `main` or in another shard (a relay tile holds
//!   each meeting once); a meeting listed twice would be shown twice.
//! - Replacing a shard is adding the new file and removing the old one. SQLite attaches at
//!   most ten files to a connection; [`MAX_SHARDS`] keeps two of those free, for whoever
//!   replaces a shard to attach the new file and the old one on its own connection (to
//!   compare them).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::{now_rfc3339, Directory};
use crate::relay::format::RelayError;
use crate::support::error::{Error, Result};

/// How many shards a directory holds at most.
pub const MAX_SHARDS: usize = 8;

/// Bits of a row id a shard's position is shifted by in a [`global`] row number: every row id
/// of a file is below 2⁴⁰ (`check` refuses a shard with larger ones; SQLite numbers `main`'s
/// from 1).
const SHIFT: u32 = 40;

/// How long an unlisted file in the parts folder is left alone before it counts as a
/// leftover (another Waymark on the same directory may be writing it).
pub const LEFTOVER_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// The search's number for row `rowid` of file `part` (0 is `main`, 1 the first shard, …).
pub(crate) fn global(part: usize, rowid: i64) -> i64 {
    ((part as i64) << SHIFT) | rowid
}

/// The file and row id behind a [`global`] row number.
pub(crate) fn split(global: i64) -> (usize, i64) {
    ((global >> SHIFT) as usize, global & ((1 << SHIFT) - 1))
}

/// The schema name the reading connection gives part `part` (`main`, `shard1`, …).
fn schema_name(part: usize) -> String {
    if part == 0 {
        "main".to_string()
    } else {
        format!("shard{part}")
    }
}

/// One shard of a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    /// Its number in this directory (for removing it).
    pub id: i64,
    /// The source its meetings belong to.
    pub source_id: String,
    /// How many meetings it holds.
    pub meetings: u64,
    /// Its file's name in the parts folder.
    pub file: String,
    /// Whether the reading connection has it attached: false when its file could not be
    /// opened (its meetings are then not shown; removing it is the remedy).
    pub attached: bool,
}

/// Where a directory file keeps its shards: `<file>.parts` beside it.
pub(crate) fn parts_dir(directory_file: &Path) -> PathBuf {
    let mut name = directory_file.as_os_str().to_owned();
    name.push(".parts");
    PathBuf::from(name)
}

/// How SQLite lists a directory's schema: (type, name, SQL) of each table, index and trigger.
type SchemaList = Vec<(String, String, Option<String>)>;

/// The schema a shard must have: a fresh directory's, as SQLite lists it (made once).
fn fresh_schema() -> Result<&'static SchemaList> {
    static FRESH: std::sync::OnceLock<SchemaList> = std::sync::OnceLock::new();
    if let Some(list) = FRESH.get() {
        return Ok(list);
    }
    let mut conn = Connection::open_in_memory()?;
    super::schema::init(&mut conn)?;
    let list = schema_of(&conn, "main")?;
    Ok(FRESH.get_or_init(|| list))
}

fn schema_of(conn: &Connection, schema: &str) -> Result<SchemaList> {
    let mut st = conn.prepare(&format!(
        "SELECT type, name, sql FROM {schema}.sqlite_master \
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ))?;
    let rows = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Checks that `file` can be a shard (see the module docs for what is not checked), makes it
/// ready to be read without writing (its write-ahead log, if any, folded in), and counts its
/// meetings.
fn check(file: &Path, ids_of: Option<&str>) -> Result<u64> {
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > super::schema::VERSION {
        return Err(RelayError::UnsupportedFormat {
            found: version.clamp(0, i64::from(u32::MAX)) as u32,
            supported: super::schema::VERSION as u32,
        }
        .into());
    }
    if version != super::schema::VERSION || &schema_of(&conn, "main")? != fresh_schema()? {
        return Err(
            crate::relay::format::damaged(format!("directory part of schema {version}")).into(),
        );
    }
    // Read-only and immutable once attached: nothing may be waiting in a log.
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(crate::relay::format::damaged("directory part in use").into());
    }
    let (low, high): (Option<i64>, Option<i64>) =
        conn.query_row("SELECT min(rowid), max(rowid) FROM meetings", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    if low.is_some_and(|l| l < 1) || high.is_some_and(|h| h >= 1 << SHIFT) {
        return Err(crate::relay::format::damaged("directory part row ids").into());
    }
    // With `ids_of`, every meeting must be that source's: its id starts with `source:` (a pass
    // over every row; a shard's ids are used as they are, so a file must not speak for
    // another source). A relay's image skips it: its signed manifest vouches for it, and the
    // phone's tombstones only take ids of the relay's own.
    if let Some(source_id) = ids_of {
        let others: i64 = conn.query_row(
            "SELECT count(*) FROM meetings WHERE NOT (id >= ?1 || ':' AND id < ?1 || ';')",
            [source_id],
            |r| r.get(0),
        )?;
        if others > 0 {
            return Err(crate::relay::format::damaged("directory part of another source").into());
        }
    }
    let n: i64 = conn.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

/// The files the `shards` table lists, in the order they were added.
pub(crate) fn listed(conn: &Connection) -> Result<Vec<String>> {
    let files = conn
        .prepare_cached("SELECT file FROM main.shards ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(files)
}

/// `path` as an SQLite URI opening it read-only and immutable.
fn read_only_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

/// Attaches `files` (in the parts folder `parts`) as `shard1`, `shard2`, … (detaching what
/// was attached before), and returns the schema names to read, `main` first, with the files
/// that could be attached. A file that cannot be attached is left out.
pub(crate) fn attach(
    conn: &Connection,
    parts: Option<&Path>,
    files: &[String],
) -> Result<(Vec<String>, Vec<String>)> {
    let attached: Vec<String> = conn
        .prepare("PRAGMA database_list")?
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<_>>()?;
    for name in attached.iter().filter(|n| n.starts_with("shard")) {
        conn.execute_batch(&format!("DETACH DATABASE {name}"))?;
    }
    let mut names = vec![schema_name(0)];
    let mut opened = Vec::new();
    let Some(parts) = parts else {
        return Ok((names, opened));
    };
    for (i, file) in files.iter().enumerate() {
        let name = schema_name(i + 1);
        let attached = conn.execute(
            &format!("ATTACH DATABASE ?1 AS {name}"),
            [read_only_uri(&parts.join(file))],
        );
        // Opening is lazy: read the schema now, so a file that is not a database is left out
        // here rather than failing every search.
        let readable = attached.is_ok()
            && conn
                .query_row(
                    &format!("SELECT count(*) FROM {name}.sqlite_master"),
                    [],
                    |r| r.get::<_, i64>(0),
                )
                .is_ok();
        if readable {
            names.push(name);
            opened.push(file.clone());
        } else if attached.is_ok() {
            conn.execute_batch(&format!("DETACH DATABASE {name}"))?;
        }
    }
    Ok((names, opened))
}

/// At open: deletes files in the parts folder that no row lists and nobody touched for
/// [`LEFTOVER_AFTER`] (left by a kill while one was being added), and forgets rows whose file
/// is gone.
pub(crate) fn tidy(conn: &Connection, parts: &Path) -> Result<()> {
    let listed: Vec<(i64, String)> = conn
        .prepare("SELECT id, file FROM shards")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, file) in &listed {
        match std::fs::metadata(parts.join(file)) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => forget_lost(conn, *id)?,
            // Damaged (overwritten, cut short): as good as lost, and deleted.
            Ok(_) if !readable(parts, file) => {
                forget_lost(conn, *id)?;
                let _ = std::fs::remove_file(parts.join(file));
            }
            _ => {}
        }
    }
    let Ok(entries) = std::fs::read_dir(parts) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let idle = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= LEFTOVER_AFTER);
        if idle && !listed.iter().any(|(_, f)| *f == name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// A file checked and moved into the parts folder, not listed yet
/// ([`Directory::prepare_part`]).
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// Its name in the parts folder.
    pub(crate) name: String,
    /// Its meetings.
    pub(crate) meetings: u64,
    /// Where it is.
    pub(crate) path: PathBuf,
}

/// Lists `part` as a shard of source `source_id` (relay tile `tile`, if it is one) in `tx`,
/// when the directory holds fewer than [`MAX_SHARDS`] (counted in `tx`, so two cannot both
/// take the last place).
pub(crate) fn list(
    tx: &rusqlite::Transaction,
    part: &Part,
    source_id: &str,
    tile: Option<&str>,
) -> Result<Shard> {
    // Unlisted until now, so another Waymark's open may have taken it for a leftover.
    if !part.path.is_file() {
        return Err(Error::not_found_with(
            crate::support::msg::FILE_UNREADABLE,
            [
                ("path", part.path.display().to_string().into()),
                ("detail", "gone before it was listed".into()),
            ],
        ));
    }
    let held: i64 = tx.query_row("SELECT count(*) FROM shards", [], |r| r.get(0))?;
    if held as usize >= MAX_SHARDS {
        return Err(Error::Io(std::io::Error::other(
            "the directory holds as many parts as it can",
        )));
    }
    tx.execute(
        "INSERT INTO shards (file, source_id, meetings, added_at, tile)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![
            part.name,
            source_id,
            part.meetings as i64,
            now_rfc3339(),
            tile
        ],
    )?;
    Ok(Shard {
        id: tx.last_insert_rowid(),
        source_id: source_id.to_string(),
        meetings: part.meetings,
        file: part.name.clone(),
        attached: true,
    })
}

/// Unlists shard `id` in `tx`; returns its file, to delete once `tx` has committed.
pub(crate) fn unlist(tx: &rusqlite::Transaction, id: i64) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "DELETE FROM shards WHERE id = ?1 RETURNING file",
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

/// The relay tiles of source `source_id` held as shards: tile → (shard id, file, meetings).
pub(crate) fn relay_tiles(
    conn: &Connection,
    source_id: &str,
) -> Result<std::collections::BTreeMap<String, (i64, String, u64)>> {
    let rows = conn
        .prepare(
            "SELECT tile, id, file, meetings FROM shards
             WHERE source_id = ?1 AND tile IS NOT NULL",
        )?
        .query_map([source_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get(1)?, r.get(2)?, r.get::<_, i64>(3)?.max(0) as u64),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A shard file opened on its own, read-only (to read what it holds outside the reader).
pub(crate) fn open_part(parts: &Path, file: &str) -> Result<Connection> {
    Ok(Connection::open_with_flags(
        read_only_uri(&parts.join(file)),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )?)
}

/// Whether shard file `file` opens as a database (its schema can be read).
fn readable(parts: &Path, file: &str) -> bool {
    open_part(parts, file).is_ok_and(|c| {
        c.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .is_ok()
    })
}

/// Forgets shard `id`, whose file is lost. A relay's tile is forgotten with it (and the
/// relay's manifest asked for whole again), so the next sync fetches the tile anew.
pub(crate) fn forget_lost(conn: &Connection, id: i64) -> Result<()> {
    let tile: Option<(String, Option<String>)> = conn
        .query_row(
            "DELETE FROM shards WHERE id = ?1 RETURNING source_id, tile",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((source_id, Some(tile))) = tile {
        conn.execute(
            "DELETE FROM relay_tiles WHERE source_id = ?1 AND tile = ?2",
            [&source_id, &tile],
        )?;
        conn.execute(
            "UPDATE sources SET etag = NULL, last_modified = NULL WHERE id = ?1",
            [&source_id],
        )?;
    }
    Ok(())
}

/// Forgets the shards of source `source_id` in `tx` (the source is being removed) and returns
/// their files, to delete once `tx` has committed.
pub(crate) fn forget_source(tx: &rusqlite::Transaction, source_id: &str) -> Result<Vec<String>> {
    let files = tx
        .prepare("DELETE FROM shards WHERE source_id = ?1 RETURNING file")?
        .query_map([source_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(files)
}

impl Directory {
    /// A new, unused path in the parts folder, for writing a file that will be added with
    /// [`Directory::add_shard`] (moving it there is then a rename). `None` for a directory
    /// in memory, which keeps no parts.
    pub fn new_part_path(&self) -> Result<Option<PathBuf>> {
        let Some(parts) = &self.shared.parts else {
            return Ok(None);
        };
        std::fs::create_dir_all(parts)?;
        Ok(Some(
            parts.join(format!("{}.sqlite", uuid::Uuid::now_v7().simple())),
        ))
    }

    /// Adds the directory file `file` as a shard whose meetings belong to source `source_id`:
    /// checks it, moves it into the parts folder and lists it, so every read from now on sees
    /// its meetings. Fails, leaving the directory and the file as they were (but for the
    /// file's write-ahead log, folded in), when the file is not a directory of this schema,
    /// when the directory is in memory, or when it holds [`MAX_SHARDS`] already.
    pub fn add_shard(&self, file: &Path, source_id: &str) -> Result<Shard> {
        let part = self.prepare_part(file, Some(source_id))?;
        let mut conn = self.write();
        let listed = (|| -> Result<Shard> {
            let tx = conn.transaction()?;
            let shard = list(&tx, &part, source_id, None)?;
            tx.commit()?;
            Ok(shard)
        })();
        if listed.is_err() {
            // Not listed: the file goes back where the caller had it.
            if let Some(parts) = &self.shared.parts {
                let target = parts.join(&part.name);
                if target != file {
                    let _ = std::fs::rename(&target, file);
                }
            }
        }
        listed
    }

    /// Checks `file` as a shard, syncs it to disk and moves it into the parts folder (unless
    /// it is there already), ready to be listed by [`list`] in a transaction of the caller's.
    /// Until it is listed it is a leftover, deleted at an open [`LEFTOVER_AFTER`] later. With
    /// `ids_of`, every meeting id must start with that source's id.
    pub(crate) fn prepare_part(&self, file: &Path, ids_of: Option<&str>) -> Result<Part> {
        let Some(parts) = self.shared.parts.clone() else {
            return Err(Error::Io(std::io::Error::new(
                std::io::ErrorKind::Unsupported,
                "a directory in memory keeps no parts",
            )));
        };
        let meetings = check(file, ids_of)?;
        std::fs::File::open(file)?.sync_all()?;
        std::fs::create_dir_all(&parts)?;
        let name = match file.parent() == Some(parts.as_path()) {
            true => file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            false => format!("{}.sqlite", uuid::Uuid::now_v7().simple()),
        };
        let target = parts.join(&name);
        if target != file {
            std::fs::rename(file, &target)?;
        }
        if let Err(e) = std::fs::File::open(&parts).and_then(|d| d.sync_all()) {
            if target != file {
                let _ = std::fs::rename(&target, file);
            }
            return Err(e.into());
        }
        Ok(Part {
            name,
            meetings,
            path: target,
        })
    }

    /// Removes shard `id`: its meetings are no longer read, and its file is deleted.
    pub fn remove_shard(&self, id: i64) -> Result<()> {
        let file: Option<String> = {
            let conn = self.write();
            let file = conn
                .query_row("SELECT file FROM shards WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            conn.execute("DELETE FROM shards WHERE id = ?1", [id])?;
            file
        };
        self.delete_parts(file.as_slice());
        Ok(())
    }

    /// The parts folder (`None` in memory).
    pub(crate) fn parts_dir(&self) -> Option<PathBuf> {
        self.shared.parts.clone()
    }

    /// Deletes files of shards no longer listed. A reader that still has one attached keeps
    /// reading it until its next read.
    pub(crate) fn delete_parts(&self, files: &[String]) {
        if let Some(parts) = &self.shared.parts {
            for file in files {
                let _ = std::fs::remove_file(parts.join(file));
            }
        }
    }

    /// The directory's shards, in the order they were added.
    pub fn shards(&self) -> Result<Vec<Shard>> {
        let reading = self.read()?;
        let opened = reading.opened.clone();
        let mut st =
            reading.prepare("SELECT id, source_id, meetings, file FROM shards ORDER BY id")?;
        let rows = st
            .query_map([], |r| {
                let file: String = r.get(3)?;
                Ok(Shard {
                    id: r.get(0)?,
                    source_id: r.get(1)?,
                    meetings: r.get::<_, i64>(2)?.max(0) as u64,
                    attached: opened.contains(&file),
                    file,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
#[path = "shards_tests.rs"]
mod tests;
