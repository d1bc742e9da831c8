//! Tile images: each tile as a ready directory file, for phones to attach as it is.
//!
//! A phone that writes a 20,000-meeting tile row by row needs about as long as importing the
//! same meetings from their feed (BENCHMARKS.md); one that attaches a ready directory file as
//! a shard (`crate::directory::shards`) needs a few milliseconds after the download. So the
//! relay makes that file once for every phone: the tile's canonical bytes imported by the
//! core's own import (the very code a phone runs on the row path, so the rows, indexes and
//! text index are what the phone would have written) into a fresh directory whose relay
//! source has the id phones give this relay ([`super::PublicKey::phone_source_id`]), then
//! compacted with `VACUUM INTO` (no free pages, no write-ahead log) and gzipped.

use std::io::Write;
use std::path::Path;

use super::format::{sha256_hex, ImageRef, TileId};
use crate::directory::import::{FeedFormat, FormatExtras};
use crate::directory::{Directory, NewSource, SyncOptions};
use crate::support::error::Result;

/// The gzipped image of the tile whose canonical bytes are `canonical`, with meeting ids under
/// `source_id`, made in the folder `work` (left as it was found).
pub(crate) fn tile_image(
    canonical: &[u8],
    source_id: &str,
    work: &Path,
    name: &str,
) -> Result<Vec<u8>> {
    let build = work.join(format!("{name}.build.sqlite"));
    let image = work.join(format!("{name}.image.sqlite"));
    let result = make(canonical, source_id, &build, &image);
    for path in [&build, &image] {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
    let _ = std::fs::remove_dir(crate::directory::shards::parts_dir(&build));
    result
}

fn make(canonical: &[u8], source_id: &str, build: &Path, image: &Path) -> Result<Vec<u8>> {
    let _ = std::fs::remove_file(build);
    let _ = std::fs::remove_file(image);
    {
        let d = Directory::open(build)?;
        let s = d.add_source_then(
            NewSource {
                location: "https://relay.invalid/".into(),
                format: Some(FeedFormat::Relay),
                program: Some("aa".into()),
                name: Some("relay".into()),
                ..NewSource::default()
            },
            Some(source_id),
            |_, _| Ok(()),
        )?;
        if s.id != source_id {
            return Err(crate::relay::format::damaged("relay source id").into());
        }
        // The relay published this tile: a shrink is its own considered answer.
        let options = SyncOptions {
            accept_shrink: true,
            ..SyncOptions::default()
        };
        d.import_with(
            &s.id,
            FeedFormat::Relay,
            canonical,
            &FormatExtras::default(),
            &options,
        )?;
    }
    let conn = rusqlite::Connection::open(build)?;
    // Only the meetings and what a search reads with them travel; the source's row is the
    // phone's own business.
    conn.execute_batch("DELETE FROM sources;")?;
    conn.execute("VACUUM INTO ?1", [image.to_string_lossy()])?;
    drop(conn);
    let bytes = std::fs::read(image)?;
    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .operating_system(255)
        .write(Vec::new(), flate2::Compression::default());
    gz.write_all(&bytes)?;
    Ok(gz.finish()?)
}

/// Where a tile's image is made, and under which phone source id (see the module docs).
pub(super) struct ImageWork<'a> {
    /// A folder of the relay's state to make images in.
    pub(super) folder: &'a Path,
    /// The id phones give this relay's source.
    pub(super) source_id: &'a str,
}

impl ImageWork<'_> {
    /// The tile's image, its reference and its file; `None` when it could not be made (the
    /// tile is published without one, and phones write its rows).
    pub(super) fn make(
        &self,
        id: &TileId,
        canonical: &[u8],
    ) -> Option<(ImageRef, (String, Vec<u8>))> {
        let gz = tile_image(canonical, self.source_id, self.folder, id.as_str()).ok()?;
        let sha = sha256_hex(&gz);
        let path = format!("files/{sha}.gz");
        let image = ImageRef {
            path: path.clone(),
            sha256: sha,
            size: gz.len() as u64,
            schema: crate::directory::schema::VERSION,
            source_id: self.source_id.to_string(),
        };
        Some((image, (path, gz)))
    }
}
