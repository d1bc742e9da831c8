//! The phone's side of a relay: areas, and the sync that brings their tiles.
//!
//! A person picks an area once ("near here, 50 km"); the phone keeps only the ids of the
//! relay's tiles that cover it (each at least ~100 km across), never the point. The relay is a
//! source of the directory like a feed (format `relay`, location its address), so everything a
//! source has holds for it too: retry backoff, freshness, favourites that outlive a meeting
//! ("no longer listed" through tombstones), and feeds added by hand beside it.
//!
//! A sync (`Directory::sync_relay`, called by the directory's sync for relay sources) is:
//! the manifest, fetched conditionally (an unchanged one costs one `304`); its signature,
//! checked against the key pinned when the area was added; a refusal of any version older
//! than the one applied; then per tile nothing (current), a delta, or the whole tile, each
//! checked against the manifest's hash of the tile's canonical bytes; and finally one
//! transaction that replaces the relay's meetings with those of its tiles (written as the
//! relay normalised them: the phone never parses a raw feed here) and records the tiles and
//! the version. Any failure leaves what the phone had.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::attach::{NewTile, TileShard};
use super::format::{
    apply_delta, sha256_hex, tiles_covering, unpack, verify_manifest, Download, Manifest,
    PublicKey, RelayError, TileId, MAX_TILE_BYTES,
};
use super::words;
use crate::directory::import::{Entry, FeedError, FeedFormat, ImportReport};
use crate::directory::{Directory, NewSource, SyncOptions, SyncPhase};
use crate::l10n::{Arg, Locale, Words};
use crate::support::error::{Error, Result};
use crate::support::fetch::{self, FetchConfig, FetchOutcome, Validators};
use crate::support::geo::GeoPoint;
use crate::support::msg;

/// Radius of an area when none is given, in km.
pub const DEFAULT_AREA_RADIUS_KM: f64 = 50.0;

/// Largest radius of one area, in km: about a two-hour drive. Wider areas are several areas.
pub const MAX_AREA_RADIUS_KM: f64 = 200.0;

/// One area: the tiles of a relay that cover a circle the person chose.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    /// Its number on this phone (for removing it).
    pub id: i64,
    /// The directory source of its relay.
    pub source_id: String,
    /// The relay's address.
    pub relay: String,
    /// The person's name for it ("Home"), or "Area N" with N its `id` when none was given
    /// (in en-GB here; the Areas screen words it in its own language).
    pub label: String,
    /// The relay's tiles it covers (ids like `n52w004`), the online pack excluded.
    pub tiles: Vec<String>,
    /// When it was added (RFC 3339).
    pub created_at: String,
}

/// A source the relay reads for this phone, and how fresh its meetings are ("updated 3 h ago
/// from AA Orange County").
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelaySource {
    /// The directory source of the relay it came through.
    pub relay_source_id: String,
    /// The catalogue's id for it.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its program (`aa`, `na`, …).
    pub program: String,
    /// When the relay last read it successfully (RFC 3339).
    pub last_success: Option<String>,
    /// True when its meetings may be out of date (the relay could not read it lately).
    pub stale: bool,
    /// Why the relay's last try failed (`offline`, `timeout`, `http_status`, `invalid_data`,
    /// `suspicious`, …); its last good meetings are still here.
    pub error_kind: Option<String>,
    /// Its meetings on this phone (in this phone's areas and the online pack).
    pub meetings: u64,
    /// One line for a person: "Updated 3 h ago from AA Orange County", or why it may be out
    /// of date.
    pub freshness: String,
}

/// What is stored for one tile.
struct StoredTile {
    changed_in: u64,
    sha256: String,
    packed: Vec<u8>,
}

/// Whether `url` may be a relay: `https://` anywhere, plain `http://` only to this machine.
fn check_relay_url(url: &str) -> Result<String> {
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|_| Error::invalid_with(msg::ADDRESS_INVALID, [("address", trimmed.into())]))?;
    match parsed.scheme() {
        "https" => {}
        "http" if crate::rides::client::is_loopback(&parsed) => {}
        _ => return Err(Error::invalid(msg::RELAY_HTTPS)),
    }
    Ok(trimmed.to_string())
}

/// An area's name as shown: the person's own, else "Area N" (N its id) in `w`'s words. Earlier
/// versions stored that default in English ("Area 2", its number then counted per relay); it is
/// worded afresh too, keeping the number the person has seen. (A name typed as exactly "Area 7"
/// cannot be told from that default, so it is worded the same way: "Zona 7" in Spanish.)
pub fn area_label(stored: &str, id: i64, w: &Words) -> String {
    let old_default = stored
        .strip_prefix("Area ")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n > 0);
    match (stored.is_empty(), old_default) {
        (true, _) => w.own(words::AREA_DEFAULT_LABEL, &[("number", Arg::Number(id))]),
        (false, Some(n)) => w.own(words::AREA_DEFAULT_LABEL, &[("number", Arg::Number(n))]),
        (false, None) => stored.to_string(),
    }
}

/// Adds an area of relay source `source_id` (its label, or none: "Area N" is worded when it is
/// shown, in the reader's language, see [`area_label`]) and makes the next sync
/// read the manifest whole, so the new tiles are fetched even when the relay has published
/// nothing new. Returns its id, label and creation time.
fn insert_area(
    tx: &rusqlite::Transaction,
    source_id: &str,
    label: Option<&str>,
    tiles: &[String],
) -> Result<(i64, String, String)> {
    // No label given: stored empty, worded when shown (an area's number is its id).
    let label = label.map(str::trim).unwrap_or_default();
    let created_at = crate::directory::now_rfc3339();
    tx.execute(
        "INSERT INTO relay_areas (source_id, label, tiles, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![
            source_id,
            label,
            serde_json::to_string(tiles).unwrap_or_default(),
            created_at
        ],
    )?;
    let id = tx.last_insert_rowid();
    let label = area_label(label, id, Words::get(Locale::EnGb));
    tx.execute(
        "UPDATE sources SET etag = NULL, last_modified = NULL, next_retry_at = NULL
         WHERE id = ?1",
        [source_id],
    )?;
    Ok((id, label, created_at))
}

impl Directory {
    /// Subscribes to the tiles of the relay at `relay` that cover `radius_km` (at most
    /// [`MAX_AREA_RADIUS_KM`]) around `center`, and to its online pack, pinning the relay's
    /// `public_key` (`waymark-relay-v1:…`). The point itself is not stored. The meetings
    /// arrive at the next sync.
    pub fn add_area(
        &self,
        relay: &str,
        public_key: &str,
        center: GeoPoint,
        radius_km: f64,
        label: Option<&str>,
    ) -> Result<Area> {
        let relay = check_relay_url(relay)?;
        let key = PublicKey::parse(public_key)?;
        if !(center.latitude.is_finite()
            && center.longitude.is_finite()
            && (-90.0..=90.0).contains(&center.latitude)
            && (-180.0..=180.0).contains(&center.longitude))
        {
            return Err(Error::invalid(msg::PLACE_RANGE));
        }
        if !(radius_km.is_finite() && radius_km > 0.0 && radius_km <= MAX_AREA_RADIUS_KM) {
            return Err(Error::invalid_with(
                msg::AREA_RADIUS,
                [("max", (MAX_AREA_RADIUS_KM as i64).into())],
            ));
        }
        let tiles: Vec<String> = tiles_covering(center, radius_km)
            .into_iter()
            .map(|t| t.as_str().to_string())
            .collect();
        let label = label.map(str::trim).filter(|l| !l.is_empty()).map(|l| {
            crate::support::text::single_line(l)
                .chars()
                .take(60)
                .collect::<String>()
        });
        // The relay's source, its pinned key and the area are kept together or not at all.
        let mut added = None;
        let source_id = match self.relay_source(&relay)? {
            Some((id, pinned)) if pinned == key.to_text() => {
                let mut conn = self.write();
                let tx = conn.transaction()?;
                added = Some(insert_area(&tx, &id, label.as_deref(), &tiles)?);
                tx.commit()?;
                id
            }
            Some(_) => return Err(Error::invalid(msg::RELAY_OTHER_KEY)),
            None => {
                let host = reqwest::Url::parse(&relay)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_string))
                    .unwrap_or_default();
                let new = NewSource {
                    location: relay.clone(),
                    format: Some(FeedFormat::Relay),
                    program: Some("aa".into()),
                    timezone: None,
                    name: Some(format!("Relay {host}")),
                    bmlt_formats: None,
                    bmlt_scope: None,
                };
                // Named after the relay's key, which the relay knows too: the ids it writes
                // into its tile images are then this phone's ids.
                let id_base = key.phone_source_id();
                self.add_source_then(new, Some(&id_base), |tx, id| {
                    tx.execute(
                        "INSERT INTO relay_state (source_id, public_key) VALUES (?1, ?2)",
                        params![id, key.to_text()],
                    )?;
                    added = Some(insert_area(tx, id, label.as_deref(), &tiles)?);
                    Ok(())
                })?
                .id
            }
        };
        let (id, label, created_at) = added.ok_or_else(|| Error::invalid(msg::AREA_NOT_ADDED))?;
        Ok(Area {
            id,
            source_id,
            relay,
            label,
            tiles,
            created_at,
        })
    }

    /// Every area, oldest first.
    pub fn areas(&self) -> Result<Vec<Area>> {
        self.areas_in(Words::get(Locale::EnGb))
    }

    /// [`Directory::areas`], an area given no name called "Area N" in `w`'s words.
    pub fn areas_in(&self, w: &Words) -> Result<Vec<Area>> {
        let conn = self.read()?;
        let mut st = conn.prepare(
            "SELECT a.id, a.source_id, s.location, a.label, a.tiles, a.created_at
             FROM relay_areas a JOIN sources s ON s.id = a.source_id ORDER BY a.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Area {
                id: r.get(0)?,
                source_id: r.get(1)?,
                relay: r.get(2)?,
                label: area_label(&r.get::<_, String>(3)?, r.get(0)?, w),
                tiles: crate::support::json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
                created_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removes an area. Meetings only it covered leave at once (from the tiles already on
    /// the phone, no network needed); the relay's last area takes the relay with it.
    pub fn remove_area(&self, id: i64) -> Result<()> {
        let source_id: String = self
            .write()
            .query_row(
                "SELECT source_id FROM relay_areas WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found(msg::AREA_NOT_FOUND))?;
        let left: i64 = self.write().query_row(
            "SELECT count(*) FROM relay_areas WHERE source_id = ?1 AND id != ?2",
            params![source_id, id],
            |r| r.get(0),
        )?;
        if left == 0 {
            let mut conn = self.write();
            let tx = conn.transaction()?;
            for table in ["relay_areas", "relay_tiles", "relay_state"] {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE source_id = ?1"),
                    [&source_id],
                )?;
            }
            tx.commit()?;
            drop(conn);
            return self.remove_source(&source_id);
        }
        // Import again from the tiles still wanted, in the same transaction as the removal.
        let stored = self.stored_tiles(&source_id)?;
        let held = crate::directory::shards::relay_tiles(&self.write(), &source_id)?;
        let wanted = self.subscribed_tiles(&source_id, Some(id))?;
        let mut tiles = Vec::new();
        for t in &wanted {
            if let Some(s) = stored.get(t.as_str()) {
                tiles.push(NewTile {
                    tile: t.clone(),
                    changed_in: s.changed_in,
                    sha256: s.sha256.clone(),
                    canonical: None,
                    packed: s.packed.clone(),
                    shard: TileShard::kept(&held, t),
                });
            }
        }
        let options = SyncOptions {
            accept_shrink: true,
            ..SyncOptions::default()
        };
        self.apply_tiles(&source_id, tiles, &options, |tx| {
            tx.execute("DELETE FROM relay_areas WHERE id = ?1", [id])?;
            Ok(())
        })?;
        Ok(())
    }

    /// The relay source at `relay`, with its pinned key.
    fn relay_source(&self, relay: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .read()?
            .query_row(
                "SELECT s.id, r.public_key FROM sources s JOIN relay_state r ON r.source_id = s.id
                 WHERE s.location = ?1 AND s.format = 'relay'",
                [relay],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// The tiles the relay source's areas cover (all but `except`), plus the online pack.
    fn subscribed_tiles(&self, source_id: &str, except: Option<i64>) -> Result<BTreeSet<TileId>> {
        let conn = self.write();
        let mut st = conn.prepare("SELECT id, tiles FROM relay_areas WHERE source_id = ?1")?;
        let rows = st.query_map([source_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = BTreeSet::new();
        out.insert(TileId::online());
        for row in rows {
            let (id, tiles) = row?;
            if Some(id) == except {
                continue;
            }
            let tiles: Vec<String> = crate::support::json::from_str(&tiles).unwrap_or_default();
            out.extend(tiles.into_iter().filter_map(|t| TileId::parse(&t).ok()));
        }
        Ok(out)
    }

    fn stored_tiles(&self, source_id: &str) -> Result<BTreeMap<String, StoredTile>> {
        let conn = self.write();
        let mut st = conn.prepare(
            "SELECT tile, changed_in, sha256, packed FROM relay_tiles WHERE source_id = ?1",
        )?;
        let rows = st.query_map([source_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                StoredTile {
                    changed_in: r.get::<_, i64>(1)? as u64,
                    sha256: r.get(2)?,
                    packed: r.get(3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A relay source's sync, given the manifest the directory's sync fetched (conditionally;
    /// a `304` never reaches here). See the module docs.
    pub(crate) fn sync_relay(
        &self,
        id: &str,
        relay: &str,
        manifest_json: Vec<u8>,
        validators: Validators,
        options: &SyncOptions,
    ) -> Result<ImportReport> {
        let (key, have): (String, i64) = self.write().query_row(
            "SELECT public_key, manifest_version FROM relay_state WHERE source_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let key = PublicKey::parse(&key)?;
        let have = have.max(0) as u64;
        let signature = get(&format!("{relay}/manifest.sig"), id, options)?;
        let manifest = verify_manifest(&manifest_json, &signature, &key)?;
        if manifest.version < have {
            return Err(Error::RelayRollback {
                have,
                offered: manifest.version,
            });
        }
        let mut stored = self.stored_tiles(id)?;
        let wanted = self.subscribed_tiles(id, None)?;
        let mut held = crate::directory::shards::relay_tiles(&self.write(), id)?;
        // A tile whose image cannot be read (its meetings are not shown) is fetched anew; its
        // shard is unlisted when this sync applies.
        let opened = self.read()?.opened.clone();
        held.retain(|tile, (_, file, _)| {
            let readable = opened.contains(file);
            if !readable {
                stored.remove(tile.as_str());
            }
            readable
        });
        // Places left among the directory's shards for tiles downloaded now.
        let mut free = {
            let all: i64 = self
                .write()
                .query_row("SELECT count(*) FROM shards", [], |r| r.get(0))?;
            crate::directory::shards::MAX_SHARDS.saturating_sub(all.max(0) as usize)
        };
        let mut tiles = Vec::new();
        let mut changed = false;
        for tile in &wanted {
            let Some(entry) = manifest.tile(tile) else {
                // The relay has no meetings there (any more).
                changed |= stored.contains_key(tile.as_str());
                continue;
            };
            let mine = stored
                .get(tile.as_str())
                .filter(|s| s.sha256 == entry.sha256 || s.changed_in < entry.changed_in);
            let current = match (entry.download_for(mine.map(|s| s.changed_in)), mine) {
                (Download::Current, Some(s)) if s.sha256 == entry.sha256 => Ok(NewTile {
                    tile: tile.clone(),
                    changed_in: s.changed_in,
                    sha256: s.sha256.clone(),
                    packed: s.packed.clone(),
                    canonical: None,
                    shard: TileShard::kept(&held, tile),
                }),
                (Download::Delta(d), Some(s)) => {
                    changed = true;
                    let patch = || -> Result<Vec<u8>> {
                        let file = get(&format!("{relay}/{}", d.path), id, options)?;
                        check_file(&file, &d.sha256)?;
                        let old = unpack(&s.packed, MAX_TILE_BYTES)?;
                        let canonical = apply_delta(&old, &unpack(&file, MAX_TILE_BYTES)?)?;
                        check_tile(&canonical, &entry.sha256)?;
                        Ok(canonical)
                    };
                    patch().map(|canonical| NewTile {
                        tile: tile.clone(),
                        changed_in: entry.changed_in,
                        sha256: entry.sha256.clone(),
                        // Kept as canonical bytes (`unpack` reads those as they are): the phones'
                        // library carries a gzip decoder but no encoder.
                        packed: canonical,
                        canonical: None,
                        shard: TileShard::No,
                    })
                }
                _ => Err(Error::not_found(msg::TILE_MISSING)),
            };
            // Whatever went wrong with the copy or the delta (missing, cut short, for another
            // base), the whole tile still can be right; a stop is a stop.
            let got = match current {
                Ok(t) => t,
                Err(e) if e.kind() == crate::ErrorKind::Cancelled => return Err(e),
                Err(_) => {
                    changed = true;
                    let file = get(&format!("{relay}/{}", entry.file.path), id, options)?;
                    check_file(&file, &entry.file.sha256)?;
                    // A tile new to this phone comes as the relay's image of it, when there
                    // is one this phone can attach (else, or if it fails, as rows).
                    let mut shard = TileShard::No;
                    if let Some(image) = super::attach::usable_image(entry, id)
                        .filter(|_| free > 0 && !stored.contains_key(tile.as_str()))
                    {
                        if let Some(part) = self.fetch_image(relay, id, image, options)? {
                            free -= 1;
                            shard = TileShard::New(part);
                        }
                    }
                    // Its JSON lines are kept for the next delta. Attached as an image, the
                    // tile is not unpacked now: the file is the one the signed manifest names
                    // (its hash was checked), so its contents are the relay's.
                    let gzip = file.starts_with(&[0x1f, 0x8b]);
                    let canonical = if gzip && matches!(shard, TileShard::New(_)) {
                        None
                    } else {
                        let canonical = unpack(&file, MAX_TILE_BYTES)?;
                        check_tile(&canonical, &entry.sha256)?;
                        Some(canonical)
                    };
                    NewTile {
                        tile: tile.clone(),
                        changed_in: entry.changed_in,
                        sha256: entry.sha256.clone(),
                        packed: file,
                        canonical,
                        shard,
                    }
                }
            };
            tiles.push(got);
        }
        let record = |tx: &rusqlite::Transaction| -> Result<()> {
            record_manifest(tx, id, &manifest, &validators)
        };
        if !changed {
            // Nothing of this phone's tiles changed: keep the new version and freshness only.
            let mut conn = self.write();
            let tx = conn.transaction()?;
            record(&tx)?;
            let count: i64 = tx.query_row(
                "UPDATE sources SET last_success_at = ?2, last_error = NULL,
                     last_error_kind = NULL WHERE id = ?1 RETURNING meeting_count",
                params![id, crate::directory::now_rfc3339()],
                |r| r.get(0),
            )?;
            tx.commit()?;
            let mut report = ImportReport::new(id, FeedFormat::Relay.as_str());
            report.accepted = count.max(0) as u64;
            report.not_modified = true;
            return Ok(report);
        }
        // The relay checks each of its sources for a suspicious shrink and signs the result;
        // a tile that shrinks here is the relay's considered answer.
        let options = SyncOptions {
            accept_shrink: true,
            ..options.clone()
        };
        self.apply_tiles(id, tiles, &options, record)
    }
}

/// The manifest's version, build time, sources and validators, kept with the tiles.
fn record_manifest(
    tx: &rusqlite::Transaction,
    id: &str,
    manifest: &Manifest,
    validators: &Validators,
) -> Result<()> {
    tx.execute(
        "UPDATE relay_state SET manifest_version = ?2, built_at = ?3, sources = ?4
         WHERE source_id = ?1",
        params![
            id,
            manifest.version as i64,
            manifest.built_at,
            serde_json::to_string(&manifest.sources).unwrap_or_else(|_| "[]".into())
        ],
    )?;
    tx.execute(
        "UPDATE sources SET etag = ?2, last_modified = ?3 WHERE id = ?1",
        params![id, validators.etag, validators.last_modified],
    )?;
    Ok(())
}

/// A downloaded file that is gzip must be the file the manifest names. (A server that undid
/// the compression on the way is caught by the tile's own hash instead.)
fn check_file(file: &[u8], sha256: &str) -> Result<()> {
    if file.starts_with(&[0x1f, 0x8b]) && sha256_hex(file) != sha256 {
        return Err(RelayError::HashMismatch.into());
    }
    Ok(())
}

/// A tile's canonical bytes must hash to what the signed manifest says.
fn check_tile(canonical: &[u8], sha256: &str) -> Result<()> {
    if sha256_hex(canonical) != sha256 {
        return Err(RelayError::HashMismatch.into());
    }
    Ok(())
}

/// One file from the relay, whole (no validators: files are named by their hash).
pub(super) fn get(url: &str, id: &str, options: &SyncOptions) -> Result<Vec<u8>> {
    match fetch::fetch(
        url,
        &Validators::default(),
        &FetchConfig::default(),
        &options.cancel.0,
        &mut |bytes| options.tell(id, SyncPhase::Fetching, bytes, 0),
    )? {
        FetchOutcome::Body { bytes, .. } => Ok(bytes),
        // Asked without validators, a 304 is not an answer.
        FetchOutcome::NotModified => Err(RelayError::Truncated.into()),
    }
}

/// Reads the canonical bytes of one or more tiles, one after another, handing each meeting
/// to `sink` as it is (the relay normalised it). Header lines are skipped; a line that is not
/// a meeting is a damaged document (the bytes were checked against the manifest before, so
/// this only happens to a tile from an older or newer relay).
pub(crate) fn read_tiles<R: std::io::Read>(
    reader: R,
    sink: &mut impl FnMut(Entry) -> std::result::Result<(), FeedError>,
) -> std::result::Result<(), FeedError> {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        n += 1;
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        if text.is_empty() || text.starts_with(b"{\"waymark_tile\"") {
            continue;
        }
        let meeting = serde_json::from_slice(text).map_err(|e| FeedError::InvalidDocument {
            format: "relay",
            detail: format!("line {n} is not a meeting (column {})", e.column()),
        })?;
        sink(Entry::Ready(Box::new(meeting)))?;
    }
}
