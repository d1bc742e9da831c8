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

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::format::{
    apply_delta, sha256_hex, tiles_covering, unpack, verify_manifest, Download, Manifest,
    PublicKey, RelayError, SourceEntry, TileId, MAX_TILE_BYTES,
};
use super::words;
use crate::directory::import::{Entry, FeedError, FeedFormat, FormatExtras, ImportReport};
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

/// "Updated 3 h ago from NAME" (or minutes, or days), or why the meetings may be out of date,
/// in `w`'s words (`locales/*/relay.ftl`). `isolate` wraps the name in bidi isolation marks,
/// for a screen; a terminal line or a log goes without.
fn freshness(
    name: &str,
    last_success: Option<&str>,
    stale: bool,
    now: DateTime<Utc>,
    w: &Words,
    isolate: bool,
) -> String {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| {
        if isolate {
            w.text(id, args)
        } else {
            w.own(id, args)
        }
    };
    let Some(at) = last_success.and_then(|t| DateTime::parse_from_rfc3339(t).ok()) else {
        return say(words::NEVER_READ, &[("name", Arg::Text(name))]);
    };
    let minutes = (now - at.with_timezone(&Utc)).num_minutes().max(0);
    let (id, count) = match minutes {
        0..=1 => (words::AGO_NOW, 0),
        2..=59 => (words::AGO_MINUTES, minutes),
        60..=2879 => (words::AGO_HOURS, minutes / 60),
        _ => (words::AGO_DAYS, minutes / 1440),
    };
    // Numbers only, formatted here: no marks needed inside.
    let ago = w.own(id, &[("count", Arg::Number(count))]);
    let id = if stale { words::STALE } else { words::FRESH };
    say(id, &[("name", Arg::Text(name)), ("ago", Arg::Text(&ago))])
}

/// What is stored for one tile.
struct StoredTile {
    changed_in: u64,
    sha256: String,
    packed: Vec<u8>,
}

/// A tile as the sync will keep it.
struct NewTile {
    tile: TileId,
    changed_in: u64,
    sha256: String,
    packed: Vec<u8>,
    /// The canonical bytes when the sync has them at hand; else `packed` is unpacked only if
    /// the tiles are imported (a tile already held is not unpacked or hashed again: it was
    /// checked against the manifest when it was kept).
    canonical: Option<Vec<u8>>,
    /// Whether its meetings are in a shard (`super::attach`) rather than rows.
    shard: TileShard,
}

/// Where a tile's meetings are kept after the sync.
enum TileShard {
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
    fn kept(held: &Held, tile: &TileId) -> TileShard {
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
type Held = BTreeMap<String, (i64, String, u64)>;

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

    /// What the relays say about the sources of the meetings on this phone, worded for `now`
    /// ("Updated 3 h ago from …") in en-GB with no bidi marks (for logs and `--json`); sources
    /// with no meeting here are left out. A screen uses [`Directory::relay_sources_in`].
    pub fn relay_sources(&self, now: DateTime<Utc>) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, Words::get(Locale::EnGb), false)
    }

    /// [`Directory::relay_sources`] with each line in `w`'s words, the source's name isolated
    /// with Unicode bidi marks (it may be in any script): what a screen shows.
    pub fn relay_sources_in(&self, now: DateTime<Utc>, w: &Words) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, w, true)
    }

    /// [`Directory::relay_sources`] in `w`'s words, for a terminal: no bidi marks (a copied
    /// line keeps no invisible characters).
    pub fn relay_sources_plain(&self, now: DateTime<Utc>, w: &Words) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, w, false)
    }

    fn relay_sources_worded(
        &self,
        now: DateTime<Utc>,
        w: &Words,
        isolate: bool,
    ) -> Result<Vec<RelaySource>> {
        let conn = self.read()?;
        let mut st = conn.prepare("SELECT source_id, sources FROM relay_state ORDER BY 1")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (relay_source_id, json) = row?;
            let entries: Vec<SourceEntry> =
                crate::support::json::from_str(&json).unwrap_or_default();
            // Only the sources with meetings on this phone (a relay reads hundreds), each
            // with its count here. A phone meeting's id is `relay:source:key`.
            // In the directory's rows and its shards (tiles attached as they came).
            let mut counts: std::collections::HashMap<String, i64> = Default::default();
            for schema in conn.schemas.iter() {
                let mut here = conn.prepare_cached(&format!(
                    "SELECT substr(rest, 1, instr(rest, ':') - 1) AS source, count(*)
                     FROM (SELECT substr(id, length(?1) + 2) AS rest FROM {schema}.meetings
                           WHERE id >= ?1 || ':' AND id < ?1 || ';')
                     GROUP BY source"
                ))?;
                for row in here.query_map([&relay_source_id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })? {
                    let (source, n) = row?;
                    *counts.entry(source).or_default() += n;
                }
            }
            let entries = entries.into_iter().filter_map(|e| {
                let n = *counts.get(&e.id)?;
                Some(SourceEntry {
                    meetings: n.max(0) as u64,
                    ..e
                })
            });
            out.extend(entries.map(|e| RelaySource {
                freshness: freshness(&e.name, e.last_success.as_deref(), e.stale, now, w, isolate),
                relay_source_id: relay_source_id.clone(),
                id: e.id,
                name: e.name,
                program: e.program,
                last_success: e.last_success,
                stale: e.stale,
                error_kind: e.error.map(|k| {
                    serde_json::to_value(k)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_else(|| "other".into())
                }),
                meetings: e.meetings,
            }));
        }
        Ok(out)
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

    /// Replaces relay source `id`'s meetings with those of `tiles` and keeps the tiles, all in
    /// one transaction with `then`: tiles kept as shards stay, new shards are listed, the
    /// rest are written as rows, and the relay's other shards are unlisted, their meetings
    /// that are not written again kept as tombstones (see `super::attach`).
    fn apply_tiles(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_says_how_old_and_why() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let en = Words::get(Locale::EnGb);
        let f = |at: Option<&str>, stale| freshness("AA Orange County", at, stale, now, en, false);
        assert_eq!(
            f(Some("2026-11-30T09:00:00Z"), false),
            "Updated 3 h ago from AA Orange County"
        );
        assert_eq!(
            f(Some("2026-11-30T11:50:00Z"), false),
            "Updated 10 min ago from AA Orange County"
        );
        assert_eq!(
            f(Some("2026-11-27T12:00:00Z"), true),
            "AA Orange County could not be read lately; these meetings are from 3 days ago"
        );
        assert_eq!(f(None, true), "AA Orange County has not been read yet");
    }

    #[test]
    fn freshness_and_an_areas_default_name_come_in_the_screens_language() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let cy = Words::get(Locale::Cy);
        let es = Words::get(Locale::Es);
        let f = |at: &str, stale, w| freshness("Gogledd Cymru", Some(at), stale, now, w, false);
        assert_eq!(
            f("2026-11-30T10:00:00Z", false, cy),
            "Diweddarwyd ddwy awr yn ôl o Gogledd Cymru"
        );
        assert_eq!(
            f("2026-11-27T12:00:00Z", true, cy),
            "Ni fu modd darllen Gogledd Cymru yn ddiweddar; mae'r cyfarfodydd hyn o dri diwrnod yn ôl"
        );
        assert_eq!(
            f("2026-11-29T00:00:00Z", false, es),
            "Actualizado hace 36 h desde Gogledd Cymru"
        );
        // On a screen the name is isolated (it may be in any script).
        let isolated = freshness("نشست", None, true, now, es, true);
        assert_eq!(isolated, "Aún no se ha leído \u{2068}نشست\u{2069}");
        assert_eq!(area_label("", 2, cy), "Ardal 2");
        assert_eq!(area_label("", 2, Words::get(Locale::EnGb)), "Area 2");
        assert_eq!(area_label("Home", 2, cy), "Home");
        // The default an earlier version stored in English is worded like a new one.
        assert_eq!(area_label("Area 2", 2, cy), "Ardal 2");
        assert_eq!(area_label("Area 2", 2, es), "Zona 2");
        assert_eq!(area_label("Area 5", 2, es), "Zona 5");
        assert_eq!(area_label("Area 51 North", 2, es), "Area 51 North");
    }
}
