//! A relay's tiles kept as the images the relay published, attached as shards.
//!
//! Writing a 20,000-meeting tile row by row costs a phone as much as importing the same
//! meetings from their feed; attaching the relay's ready image of it
//! ([`super::format::ImageRef`], `crate::directory::shards`) costs a few milliseconds after
//! the download (BENCHMARKS.md). So on the first download of a tile whose image this phone can
//! use (its directory schema, its relay source id, a free place among the shards), the sync
//! fetches the image too, checks its hash, unpacks it into the parts folder and lists it in
//! the same transaction that records the tile and the manifest's version: a kill leaves the
//! old state or the new one, and an unlisted file at most, which the next open deletes.
//!
//! A tile stays a shard while it does not change. When it changes (a delta, or a new version
//! without one), or its area goes, it becomes rows again, or nothing: the shard is unlisted in
//! the transaction that writes the rows, and its meetings that no row or remaining shard of
//! the relay still holds get tombstones there ("no longer listed"), as rows that leave do.
//! Images are never patched: a delta is applied to the tile's JSON lines (kept for it), as
//! before.

use std::collections::{BTreeSet, HashSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::params;

use super::format::{sha256_hex, unpack, ImageRef, TileEntry, TileId, MAX_TILE_BYTES};
use crate::directory::import::{FeedFormat, FormatExtras, ImportReport};
use crate::directory::shards::{self, Part};
use crate::directory::{Directory, SyncOptions};
use crate::support::error::{Error, Result};

/// A tile's image unpacked into the parts folder and checked, waiting to be listed; deleted
/// when dropped unless listed ([`PendingPart::listed`]).
pub(super) struct PendingPart {
    pub(super) part: Part,
    path: Option<PathBuf>,
}

impl PendingPart {
    /// The transaction that lists it committed: the file is the directory's now.
    pub(super) fn listed(&mut self) {
        self.path = None;
    }
}

impl Drop for PendingPart {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Whether this phone can attach `entry`'s image for its relay source `source_id`.
pub(super) fn usable_image<'a>(entry: &'a TileEntry, source_id: &str) -> Option<&'a ImageRef> {
    entry.image.as_ref().filter(|i| {
        i.schema == crate::directory::schema::VERSION
            && i.source_id == source_id
            && i.size <= super::format::MAX_TILE_BYTES
    })
}

impl Directory {
    /// Downloads `image` from `relay`, checks it against its hash, unpacks it into the parts
    /// folder and checks it as a shard. `Ok(None)` when it cannot be used (the tile's rows are
    /// written instead); only a stop is an error.
    pub(super) fn fetch_image(
        &self,
        relay: &str,
        source_id: &str,
        image: &ImageRef,
        options: &SyncOptions,
    ) -> Result<Option<PendingPart>> {
        let attempt = || -> Result<PendingPart> {
            let gz = super::phone::get(&format!("{relay}/{}", image.path), source_id, options)?;
            if sha256_hex(&gz) != image.sha256 {
                return Err(super::format::RelayError::HashMismatch.into());
            }
            let Some(path) = self.new_part_path()? else {
                return Err(Error::Io(std::io::Error::other("no parts folder")));
            };
            let mut pending = PendingPart {
                part: Part {
                    name: String::new(),
                    meetings: 0,
                    path: path.clone(),
                },
                path: Some(path.clone()),
            };
            let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
            let mut unpacked = flate2::read::GzDecoder::new(&gz[..])
                .take(super::format::MAX_TILE_BYTES.saturating_mul(4));
            std::io::copy(&mut unpacked, &mut file)?;
            file.flush()?;
            drop(file);
            // Its ids are the relay's word, as its rows would be (see `keep_tombstones`).
            pending.part = self.prepare_part(&path, None)?;
            Ok(pending)
        };
        match attempt() {
            Ok(p) => Ok(Some(p)),
            Err(e) if e.kind() == crate::ErrorKind::Cancelled => Err(e),
            Err(_) => Ok(None),
        }
    }
}

/// What a shard held, for tombstones when it is unlisted: each meeting's id, id hash, name and
/// last known schedule and place (as the import keeps them for rows).
pub(super) type Held = Vec<(String, i64, String, String)>;

/// The meetings of shard file `file`, for tombstones ([`Held`]).
pub(super) fn held(parts: &Path, file: &str) -> Result<Held> {
    let conn = shards::open_part(parts, file)?;
    let mut st = conn.prepare(
        "SELECT id, id_hash, name,
                json_object('name', name, 'program', program,
                            'weekday_mask', weekday_mask, 'start_minute', start_minute,
                            'duration_minutes', duration_minutes, 'timezone', timezone,
                            'location_name', location_name, 'address', address)
         FROM meetings",
    )?;
    let rows = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The meeting ids of shard file `file`.
pub(super) fn ids(parts: &Path, file: &str) -> Result<HashSet<String>> {
    let conn = shards::open_part(parts, file)?;
    let mut st = conn.prepare("SELECT id FROM meetings")?;
    let rows = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// In the transaction that unlists shards: tombstones for the meetings they held (`gone`)
/// that neither the relay's rows (written in `tx`) nor its remaining shards (`staying`) hold.
/// Returns how many are still held (written again as rows, or in another shard) and how many
/// left.
pub(super) fn keep_tombstones(
    tx: &rusqlite::Transaction,
    source_id: &str,
    gone: &Held,
    staying: &HashSet<String>,
) -> Result<(u64, u64)> {
    let mut listed = tx.prepare_cached("SELECT 1 FROM meetings WHERE id_hash = ?1 AND id = ?2")?;
    let mut keep = tx.prepare_cached(
        "INSERT OR REPLACE INTO tombstones (id, id_hash, source_id, name, removed_at, last_known)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let now = crate::directory::now_rfc3339();
    let (mut held, mut left) = (0, 0);
    let own = |id: &str| {
        id.strip_prefix(source_id)
            .is_some_and(|rest| rest.starts_with(':'))
    };
    for (id, hash, name, last_known) in gone.iter().filter(|(id, ..)| own(id)) {
        if staying.contains(id) || listed.exists(rusqlite::params![hash, id])? {
            held += 1;
            continue;
        }
        keep.execute(rusqlite::params![
            id, hash, source_id, name, now, last_known
        ])?;
        left += 1;
    }
    Ok((held, left))
}

/// In the transaction that lists new shards (`files`, in the parts folder `parts`): the
/// relay's tombstones for meetings they hold are removed, those meetings are listed again.
/// Reads the new files only when the relay has tombstones (one lookup per tombstone).
pub(super) fn list_returned(
    tx: &rusqlite::Transaction,
    source_id: &str,
    parts: &Path,
    files: &[&str],
) -> Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let tombstones: Vec<(String, i64)> = tx
        .prepare_cached("SELECT id, id_hash FROM tombstones WHERE source_id = ?1")?
        .query_map([source_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if tombstones.is_empty() {
        return Ok(());
    }
    let mut back = tx.prepare_cached("DELETE FROM tombstones WHERE id = ?1")?;
    for file in files {
        let conn = shards::open_part(parts, file)?;
        let mut here = conn.prepare("SELECT 1 FROM meetings WHERE id_hash = ?1 AND id = ?2")?;
        for (id, hash) in &tombstones {
            if here.exists(rusqlite::params![hash, id])? {
                back.execute([id])?;
            }
        }
    }
    Ok(())
}

/// A tile as the sync will keep it.
pub(super) struct NewTile {
    pub(super) tile: TileId,
    pub(super) changed_in: u64,
    pub(super) sha256: String,
    pub(super) packed: Vec<u8>,
    /// The canonical bytes when the sync has them at hand; else `packed` is unpacked only if
    /// the tiles are imported (a tile already held is not unpacked or hashed again: it was
    /// checked against the manifest when it was kept).
    pub(super) canonical: Option<Vec<u8>>,
    /// Whether its meetings are in a shard (`super::attach`) rather than rows.
    pub(super) shard: TileShard,
}

/// Where a tile's meetings are kept after the sync.
pub(super) enum TileShard {
    /// As rows of the directory.
    No,
    /// In the shard that already holds them (the tile did not change).
    Kept {
        /// Its number in the `shards` table.
        id: i64,
        /// Its meetings.
        meetings: u64,
    },
    /// In the relay's image of it, downloaded by this sync.
    New(super::attach::PendingPart),
}

impl TileShard {
    /// The tile's shard kept as it is, if `held` (the relay's shards by tile) has one.
    pub(super) fn kept(held: &HeldTiles, tile: &TileId) -> TileShard {
        match held.get(tile.as_str()) {
            Some((id, _, meetings)) => TileShard::Kept {
                id: *id,
                meetings: *meetings,
            },
            None => TileShard::No,
        }
    }
}

/// A relay source's shards by tile: (shard id, file, meetings).
pub(super) type HeldTiles = std::collections::BTreeMap<String, (i64, String, u64)>;

impl Directory {
    /// Replaces relay source `id`'s meetings with those of `tiles` and keeps the tiles, all in
    /// one transaction with `then`: tiles kept as shards stay, new shards are listed, the
    /// rest are written as rows, and the relay's other shards are unlisted, their meetings
    /// that are not written again kept as tombstones (see `super::attach`).
    pub(super) fn apply_tiles(
        &self,
        id: &str,
        mut tiles: Vec<NewTile>,
        options: &SyncOptions,
        then: impl FnOnce(&rusqlite::Transaction) -> Result<()>,
    ) -> Result<ImportReport> {
        use super::attach;
        use crate::directory::shards;
        let held = shards::relay_tiles(&self.write(), id)?;
        let kept: BTreeSet<i64> = tiles
            .iter()
            .filter_map(|t| match t.shard {
                TileShard::Kept { id, .. } => Some(id),
                _ => None,
            })
            .collect();
        let leaving: Vec<(i64, String)> = held
            .values()
            .filter(|(sid, ..)| !kept.contains(sid))
            .map(|(sid, file, _)| (*sid, file.clone()))
            .collect();
        let parts = self.parts_dir();
        // What leaves with the shards, and what stays in shards, read before the transaction
        // (only when a shard leaves: never on a first download). A file that cannot be read
        // is one whose meetings were not shown anyway.
        let mut gone = attach::Held::new();
        let mut staying = std::collections::HashSet::new();
        if let (false, Some(parts)) = (leaving.is_empty(), parts.as_deref()) {
            for (_, file) in &leaving {
                gone.extend(attach::held(parts, file).unwrap_or_default());
            }
            for (_, file, _) in held.values().filter(|(sid, ..)| kept.contains(sid)) {
                staying.extend(attach::ids(parts, file).unwrap_or_default());
            }
            for t in &tiles {
                if let TileShard::New(p) = &t.shard {
                    staying.extend(attach::ids(parts, &p.part.name).unwrap_or_default());
                }
            }
        }
        let mut all = Vec::new();
        let (mut in_shards, mut added) = (0u64, 0u64);
        for t in &tiles {
            match &t.shard {
                TileShard::No => match &t.canonical {
                    Some(c) => all.extend_from_slice(c),
                    None => all.extend_from_slice(&unpack(&t.packed, MAX_TILE_BYTES)?),
                },
                TileShard::Kept { meetings, .. } => in_shards += meetings,
                TileShard::New(p) => {
                    in_shards += p.part.meetings;
                    added += p.part.meetings;
                }
            }
        }
        let mut unlisted = Vec::new();
        let mut moved = (0u64, 0u64);
        let mut report = self.import_and_then(
            id,
            FeedFormat::Relay,
            std::io::Cursor::new(all),
            &FormatExtras::default(),
            options,
            Box::new(|tx| {
                // Another sync of this relay may have changed its shards since they were
                // read: then this one stops and changes nothing (the next sync starts over).
                if shards::relay_tiles(tx, id)? != held {
                    return Err(Error::Io(std::io::Error::other(
                        "another sync of this relay ran at the same time; sync again",
                    )));
                }
                tx.execute("DELETE FROM relay_tiles WHERE source_id = ?1", [id])?;
                let mut put = tx.prepare(
                    "INSERT INTO relay_tiles (source_id, tile, changed_in, sha256, packed)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for t in &tiles {
                    put.execute(params![
                        id,
                        t.tile.as_str(),
                        t.changed_in as i64,
                        t.sha256,
                        t.packed
                    ])?;
                }
                for (sid, _) in &leaving {
                    unlisted.extend(shards::unlist(tx, *sid)?);
                }
                let mut new_files = Vec::new();
                for t in &tiles {
                    if let TileShard::New(p) = &t.shard {
                        shards::list(tx, &p.part, id, Some(t.tile.as_str()))?;
                        new_files.push(p.part.name.as_str());
                    }
                }
                moved = attach::keep_tombstones(tx, id, &gone, &staying)?;
                // After the import's own tombstones: a meeting that moved from a row into a
                // new shard is listed, not gone.
                if let Some(parts) = parts.as_deref() {
                    attach::list_returned(tx, id, parts, &new_files)?;
                }
                tx.execute(
                    "UPDATE sources SET meeting_count = meeting_count + ?2 WHERE id = ?1",
                    params![id, in_shards as i64],
                )?;
                then(tx)
            }),
        )?;
        // Committed: the new shards are the directory's, the unlisted ones can go.
        for t in &mut tiles {
            if let TileShard::New(p) = &mut t.shard {
                p.listed();
            }
        }
        self.delete_parts(&unlisted);
        // Meetings of an unlisted shard written again as rows were there before: not new.
        let (still, left) = moved;
        report.added = report.added.saturating_sub(still) + added;
        report.unchanged += still;
        report.removed += left;
        report.accepted += in_shards;
        Ok(report)
    }
}
