//! The relay's published folder: writing its files whole, reading a tile back, and removing
//! files no manifest, recent version or delta refers to any more.

use std::path::{Path, PathBuf};

use super::build::{History, TileVersion};
use super::format::*;
use crate::support::error::Result;

/// Writes `bytes` to `path` through a temporary file and a rename (readable by everyone:
/// these files are published).
pub(super) fn write_published(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// The canonical bytes of a published tile version, read back from its file.
pub(super) fn read_canonical(out: &Path, v: &TileVersion) -> Option<Vec<u8>> {
    let bytes = std::fs::read(out.join(&v.file)).ok()?;
    let canonical = unpack(&bytes, MAX_TILE_BYTES).ok()?;
    (sha256_hex(&canonical) == v.sha256).then_some(canonical)
}

/// Deletes files that neither this manifest nor the one before it (which a phone may still
/// be reading) nor the tile history references.
pub(super) fn collect_garbage(
    out: &Path,
    manifest: &Manifest,
    previous: Option<&Manifest>,
    history: &History,
) -> Result<()> {
    let mut keep = std::collections::HashSet::new();
    for m in std::iter::once(manifest).chain(previous) {
        for t in &m.tiles {
            keep.insert(t.file.path.clone());
            for d in &t.deltas {
                keep.insert(d.path.clone());
            }
            if let Some(image) = &t.image {
                keep.insert(image.path.clone());
            }
        }
    }
    for list in history.tiles.values() {
        for v in list {
            keep.insert(v.file.clone());
        }
    }
    // Best effort: the new version is already published; a file that cannot be removed now
    // (or a folder someone put there) is tried again next time.
    for entry in std::fs::read_dir(out.join("files"))?.flatten() {
        let name = format!("files/{}", entry.file_name().to_string_lossy());
        if !keep.contains(&name) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}
