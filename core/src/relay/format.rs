//! What a relay publishes, and how a phone checks and reads it.
//!
//! This half of the relay is compiled into every build, the phones' included: a phone never
//! parses a raw feed from the relay, it verifies the signed manifest, downloads whole tiles (or
//! deltas) by their ids, checks every byte against the manifest's hashes and only then applies
//! them. Everything here is pure (no files, no network): bytes in, typed values or a typed
//! [`RelayError`] out. Nothing from the network ever ends up in an error's text.
//!
//! The published folder:
//!
//! - `manifest.json` and `manifest.sig` (Ed25519 over the exact bytes of `manifest.json`, as
//!   128 hex digits). See [`Manifest`].
//! - `files/<sha256>.gz`: full tiles and deltas, named by the SHA-256 of the file itself, so a
//!   CDN can cache them forever and a phone can check a download before opening it.
//!
//! A tile's *canonical* form (what [`canonical_tile`] writes and what the manifest's tile
//! `sha256` covers) is JSON lines: a header line (`{"waymark_tile":1,"tile":…,"meetings":N}`)
//! and one line per meeting, the core's own [`Meeting`] record, sorted by id. The file on the
//! server is that text gzipped with a fixed header (no name, mtime 0), so equal content gives
//! equal bytes and equal names. A delta (`{"waymark_delta":1,…}` then `-"id"` and `+{meeting}`
//! lines) turns the canonical bytes of one version into the next ([`apply_delta`]); the
//! result's hash is checked against the manifest, which is the delta's integrity check.
//!
//! How a phone uses this, step by step:
//!
//! 1. fetch `manifest.json` and `manifest.sig` (conditionally: the manifest's ETag is its
//!    hash), [`verify_manifest`] with the relay's [`PublicKey`], and ignore a manifest whose
//!    [`Manifest::version`] is lower than the one it last applied;
//! 2. for each tile it follows ([`tiles_covering`] the chosen area, plus [`ONLINE_TILE`] if
//!    wanted), [`Manifest::tile`] then [`TileEntry::download_for`] the version it holds;
//! 3. check the downloaded file's SHA-256 against [`FileRef::sha256`] / [`DeltaRef::sha256`];
//! 4. full tile: [`unpack`] to canonical bytes, compare their [`sha256_hex`] with
//!    [`TileEntry::sha256`], [`decode_tile`]; delta: [`apply_delta`] to the canonical bytes
//!    it kept, compare the result's hash with [`TileEntry::sha256`], [`decode_tile`];
//! 5. keep the canonical bytes and [`TileEntry::changed_in`] for next time, and apply the
//!    meetings in one transaction. A tile no longer in the manifest has no meetings.
//!
//! Any error leaves what the phone had; nothing here writes.
//!
//! Tiles are cells of a fixed grid, [`TILE_DEGREES`] degrees square (at least about 100 km
//! across up to 60° north or south), so asking for a tile says little about where someone is.
//! Meetings with no place but a way to join online go to the one [`ONLINE_TILE`] pack.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

pub use super::keys::{sha256_hex, PublicKey};
pub use super::tiles::{tiles_covering, TileId};
use crate::directory::model::Meeting;

/// The format number this build writes and reads (manifest, tiles and deltas).
pub const FORMAT_VERSION: u32 = 1;

/// Width and height of a tile, in degrees of latitude and longitude. 2° of latitude is about
/// 222 km; 2° of longitude is about 222 km at the equator and 111 km at 60° N/S.
pub const TILE_DEGREES: i32 = 2;

/// Id of the pack of online-only meetings (no place, a link or phone number to join).
pub const ONLINE_TILE: &str = "online";

/// Largest tile (or delta) a phone unpacks, after decompression: 32 MiB, about 40 times the
/// busiest 2° cell we know of. Anything larger is refused before it is read whole.
pub const MAX_TILE_BYTES: u64 = 32 * 1024 * 1024;

/// Largest `manifest.json` a phone reads: 16 MiB (a world-wide relay writes a few MB).
pub const MAX_MANIFEST_BYTES: u64 = 16 * 1024 * 1024;

/// The prefix of a relay's public key in its text form (`waymark-relay-v1:` + 64 hex digits).
pub const PUBLIC_KEY_PREFIX: &str = "waymark-relay-v1:";

/// Why relay data cannot be used. The phone keeps what it had in every case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelayError {
    /// A web page (an error page, a captive portal's login) where relay data was expected.
    #[error("the relay sent a web page instead of meeting data; its address may be wrong")]
    NotRelayData,
    /// The data ends before it should (a download cut short).
    #[error("the relay's data was cut short; it will be fetched again")]
    Truncated,
    /// Larger than this build unpacks.
    #[error("the relay's data is larger than {limit} bytes and was not read")]
    TooLarge {
        /// The limit in force.
        limit: u64,
    },
    /// Not what the format says. `what` is our own description, never text from the data.
    #[error("the relay's data is damaged ({what})")]
    Damaged {
        /// Which part could not be read.
        what: String,
    },
    /// Written in a newer format than this build reads.
    #[error("the relay uses a newer format ({found}) than this version of Waymark ({supported}); update the app")]
    UnsupportedFormat {
        /// Format in the data.
        found: u32,
        /// Format this build reads.
        supported: u32,
    },
    /// The manifest's signature does not match the relay's key (altered on the way, or
    /// signed with another key).
    #[error("the relay's signature does not match its key, so its data was not used")]
    BadSignature,
    /// A relay key in text form that cannot be read.
    #[error("that is not a Waymark relay key: {0}")]
    BadKey(&'static str),
    /// A delta made for another version of the tile than the one on the phone.
    #[error("this update is for another version of the tile; the whole tile is needed")]
    WrongBase,
    /// Bytes that do not hash to what the manifest says.
    #[error("the relay's data does not match its manifest, so it was not used")]
    HashMismatch,
}

type Result<T, E = RelayError> = std::result::Result<T, E>;

pub(crate) fn damaged(what: impl Into<String>) -> RelayError {
    RelayError::Damaged { what: what.into() }
}

/// A serde_json error described by its class and position only (its message can quote the
/// data, which may hold meeting text).
fn json_damaged(part: &str, e: &serde_json::Error) -> RelayError {
    let class = match e.classify() {
        serde_json::error::Category::Io => "unreadable",
        serde_json::error::Category::Syntax => "not JSON",
        serde_json::error::Category::Data => "unexpected fields",
        serde_json::error::Category::Eof => "cut short",
    };
    damaged(format!("{part}: {class} at line {}", e.line()))
}

/// Checks `manifest.sig` against the exact bytes of `manifest.json` with the relay's key,
/// then reads the manifest. Nothing in the manifest is looked at before the signature holds.
pub fn verify_manifest(json: &[u8], sig: &[u8], public_key: &PublicKey) -> Result<Manifest> {
    if json.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(RelayError::TooLarge {
            limit: MAX_MANIFEST_BYTES,
        });
    }
    if looks_like_html(json) {
        return Err(RelayError::NotRelayData);
    }
    public_key.verify(json, sig)?;
    parse_manifest(json)
}

/// Reads a manifest without checking a signature (for the relay's own bookkeeping and tests;
/// phones use [`verify_manifest`]).
pub fn parse_manifest(json: &[u8]) -> Result<Manifest> {
    #[derive(Deserialize)]
    struct FormatOnly {
        format: u32,
    }
    let format: FormatOnly =
        serde_json::from_slice(json).map_err(|e| json_damaged("manifest", &e))?;
    if format.format != FORMAT_VERSION {
        return Err(RelayError::UnsupportedFormat {
            found: format.format,
            supported: FORMAT_VERSION,
        });
    }
    let manifest: Manifest =
        serde_json::from_slice(json).map_err(|e| json_damaged("manifest", &e))?;
    for t in &manifest.tiles {
        check_file_path(&t.file.path)?;
        for d in &t.deltas {
            check_file_path(&d.path)?;
        }
        if let Some(image) = &t.image {
            check_file_path(&image.path)?;
        }
    }
    Ok(manifest)
}

/// A path in a manifest must be `files/<64 hex digits>.gz`: a phone joins it to the relay's
/// address, so nothing else (`..`, another host) is accepted.
fn check_file_path(path: &str) -> Result<()> {
    let ok = path
        .strip_prefix("files/")
        .and_then(|p| p.strip_suffix(".gz"))
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|c| c.is_ascii_hexdigit()));
    if ok {
        Ok(())
    } else {
        Err(damaged("manifest: a file path is not files/<hash>.gz"))
    }
}

// ---------------------------------------------------------------------------------------------
// The manifest

/// `manifest.json`: every tile with its hash, size and meeting count, the deltas on offer,
/// and every source's freshness. Signed as a whole (`manifest.sig`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format number ([`FORMAT_VERSION`]).
    pub format: u32,
    /// Publication number; only ever grows. A phone ignores a manifest whose version is lower
    /// than one it has already applied (a replayed old manifest).
    pub version: u64,
    /// When this version was published (RFC 3339, UTC). A relay republishes at least every
    /// [`MANIFEST_REFRESH_HOURS`] hours even when nothing changed, so an older manifest means
    /// the relay has stopped (or someone replays an old one).
    pub built_at: String,
    /// How tiles are cut.
    pub grid: Grid,
    /// Every tile with meetings (and the online pack), sorted by id.
    pub tiles: Vec<TileEntry>,
    /// Every source in the relay's catalogue, in catalogue order.
    pub sources: Vec<SourceEntry>,
    /// Meetings left out: no coordinates (and a source whose area spans more than one tile)
    /// and no way to join online, so there is no tile to put them in.
    pub left_out: u64,
    /// Listings written once because another source lists the same meeting.
    pub merged_duplicates: u64,
}

/// A relay republishes (a new version, same tiles) at least this often, so a phone can tell a
/// working relay with nothing new from one that stopped.
pub const MANIFEST_REFRESH_HOURS: i64 = 24;

/// The tile grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grid {
    /// Always `"degrees"`: cells of `cell_degrees`, ids like `n52w004` (south-west corner).
    pub kind: String,
    /// Width and height of a cell in degrees ([`TILE_DEGREES`]).
    pub cell_degrees: i32,
    /// Id of the online pack ([`ONLINE_TILE`]).
    pub online: String,
}

impl Default for Grid {
    fn default() -> Self {
        Grid {
            kind: "degrees".into(),
            cell_degrees: TILE_DEGREES,
            online: ONLINE_TILE.into(),
        }
    }
}

/// One tile in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TileEntry {
    /// Tile id.
    pub id: TileId,
    /// SHA-256 of the tile's canonical bytes (after unpacking, or after applying a delta).
    pub sha256: String,
    /// Length of the canonical bytes.
    pub bytes: u64,
    /// Meetings in the tile.
    pub meetings: u64,
    /// The manifest version in which this tile last changed.
    pub changed_in: u64,
    /// The full tile.
    pub file: FileRef,
    /// Deltas to this tile from recent versions, newest base first.
    pub deltas: Vec<DeltaRef>,
    /// The tile as a ready directory file a phone can attach as it is (absent from relays
    /// before images, and for a tile whose image could not be made).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageRef>,
}

/// A tile's *image*: its meetings as a phone's directory stores them — the directory's schema,
/// rows, indexes and text index, made by the core's own import — gzipped. A phone whose
/// directory schema and relay source id match attaches it as a shard
/// (`crate::directory::shards`) instead of writing 20,000 rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageRef {
    /// Path under the relay's address: `files/<sha256>.gz`.
    pub path: String,
    /// SHA-256 of the file's bytes as served.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
    /// The directory schema version it was made with (`crate::directory::schema::VERSION`).
    pub schema: i64,
    /// The phone's source id its meetings' ids start with
    /// ([`super::keys::PublicKey::phone_source_id`]).
    pub source_id: String,
}

impl TileEntry {
    /// What a phone holding this tile as of manifest version `have` downloads: nothing when
    /// it is current, a delta when one is offered from that version, else the full file.
    pub fn download_for(&self, have: Option<u64>) -> Download<'_> {
        match have {
            Some(v) if v >= self.changed_in => Download::Current,
            Some(v) => match self.deltas.iter().find(|d| d.from == v) {
                Some(d) => Download::Delta(d),
                None => Download::Full(&self.file),
            },
            None => Download::Full(&self.file),
        }
    }
}

/// What to fetch for one tile ([`TileEntry::download_for`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download<'a> {
    /// The phone's copy is current.
    Current,
    /// A delta from the phone's version.
    Delta(&'a DeltaRef),
    /// The whole tile.
    Full(&'a FileRef),
}

/// A file on the relay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// Path under the relay's address: `files/<sha256>.gz`.
    pub path: String,
    /// SHA-256 of the file's bytes as served.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

/// A delta on the relay: turns the tile as of manifest version `from` into the current one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeltaRef {
    /// The manifest version the phone's copy must be of (the version of the change it holds).
    pub from: u64,
    /// Path under the relay's address: `files/<sha256>.gz`.
    pub path: String,
    /// SHA-256 of the file's bytes as served.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

/// One catalogue source as the relay last saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEntry {
    /// The catalogue's id for it (the prefix of its meetings' ids).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its program (`aa`, `na`, …).
    pub program: String,
    /// When its feed was last read successfully (RFC 3339), if ever.
    pub last_success: Option<String>,
    /// When the relay last tried (RFC 3339).
    pub last_attempt: Option<String>,
    /// Why the last try failed, if it did; its last good meetings are still published.
    pub error: Option<SourceError>,
    /// Meetings of it the relay holds.
    pub meetings: u64,
    /// True when its data is not current: never read, or last read successfully more than
    /// [`crate::directory::STALE_AFTER_HOURS`] hours ago.
    pub stale: bool,
}

/// Why the relay could not read a source last time (never free text from the network).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceError {
    /// The server could not be reached.
    Offline,
    /// The server took too long.
    Timeout,
    /// The server answered with an error status.
    HttpStatus,
    /// The answer was not a usable feed (or too large).
    InvalidData,
    /// The feed shrank drastically; its previous meetings were kept.
    Suspicious,
    /// The address is not allowed (plain `http://` to a host other than this machine).
    InvalidInput,
    /// Anything else.
    Other,
}

impl SourceError {
    /// From the kind word the directory stores ([`crate::ErrorKind::as_str`]).
    pub fn from_kind(kind: &str) -> Self {
        match kind {
            "offline" => SourceError::Offline,
            "timeout" => SourceError::Timeout,
            "http_status" => SourceError::HttpStatus,
            "invalid_data" => SourceError::InvalidData,
            "suspicious" => SourceError::Suspicious,
            "invalid_input" => SourceError::InvalidInput,
            _ => SourceError::Other,
        }
    }
}

impl Manifest {
    /// The entry for tile `id`, if the relay has one (a tile with no meetings has none).
    pub fn tile(&self, id: &TileId) -> Option<&TileEntry> {
        self.tiles
            .binary_search_by(|t| t.id.cmp(id))
            .ok()
            .map(|i| &self.tiles[i])
    }
}

// ---------------------------------------------------------------------------------------------
// Tiles

/// A decoded tile.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Its id.
    pub id: TileId,
    /// Its meetings, sorted by id. A meeting merged from several sources carries the other
    /// listings' ids in [`Meeting::also_listed_as`].
    pub meetings: Vec<Meeting>,
    /// SHA-256 of its canonical bytes (compare with [`TileEntry::sha256`]).
    pub sha256: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct TileHeader {
    waymark_tile: u32,
    tile: TileId,
    meetings: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct DeltaHeader {
    waymark_delta: u32,
    tile: TileId,
    from: String,
    to: String,
}

/// The canonical bytes of a tile holding `meetings` (sorted here by id; equal content gives
/// equal bytes). Meetings with the same id are written once (the first).
pub fn canonical_tile(id: &TileId, meetings: &[Meeting]) -> Vec<u8> {
    let mut lines: BTreeMap<&str, String> = BTreeMap::new();
    for m in meetings {
        if !lines.contains_key(m.id.as_str()) {
            // A Meeting always serialises (plain fields only).
            let line = serde_json::to_string(m).unwrap_or_default();
            lines.insert(m.id.as_str(), line);
        }
    }
    assemble(id, lines.values().map(String::as_bytes), lines.len())
}

pub(crate) fn assemble<'a>(
    id: &TileId,
    lines: impl Iterator<Item = &'a [u8]>,
    count: usize,
) -> Vec<u8> {
    let header = TileHeader {
        waymark_tile: FORMAT_VERSION,
        tile: id.clone(),
        meetings: count as u64,
    };
    let mut out = serde_json::to_vec(&header).unwrap_or_default();
    out.push(b'\n');
    for line in lines {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out
}

/// Gzip with a fixed header (no name, mtime 0, best compression), so equal bytes in give
/// equal bytes out.
pub fn gzip_fixed(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::GzBuilder::new()
        .mtime(0)
        .operating_system(255)
        .write(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    // An HTML page, an XML error document (object stores answer those): none start
    // relay data, which is gzip or a JSON object.
    bytes.get(start) == Some(&b'<')
}

/// Unpacks a tile or delta file as downloaded (gzip), refusing more than `limit` bytes
/// unpacked. Bytes that are not gzip but already canonical JSON lines pass through (a server
/// that undid the compression on the way).
pub fn unpack(bytes: &[u8], limit: u64) -> Result<Vec<u8>> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let mut reader = flate2::read::GzDecoder::new(bytes).take(limit.saturating_add(1));
        match reader.read_to_end(&mut out) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                return Err(RelayError::Truncated)
            }
            Err(_) => return Err(damaged("not valid gzip")),
        }
        if out.len() as u64 > limit {
            return Err(RelayError::TooLarge { limit });
        }
        return Ok(out);
    }
    if looks_like_html(bytes) {
        return Err(RelayError::NotRelayData);
    }
    if bytes.first() != Some(&b'{') {
        return Err(damaged("neither gzip nor relay data"));
    }
    if bytes.len() as u64 > limit {
        return Err(RelayError::TooLarge { limit });
    }
    Ok(bytes.to_vec())
}

/// Splits canonical tile bytes into their header and meeting lines (checking the order).
/// A tile's meeting lines with their ids, in order.
type Lines<'a> = Vec<(String, &'a [u8])>;

fn split_tile(canonical: &[u8]) -> Result<(TileHeader, Lines<'_>)> {
    if canonical.len() as u64 > MAX_TILE_BYTES {
        return Err(RelayError::TooLarge {
            limit: MAX_TILE_BYTES,
        });
    }
    if !canonical.ends_with(b"\n") {
        return Err(RelayError::Truncated);
    }
    let mut lines = canonical[..canonical.len() - 1].split(|b| *b == b'\n');
    let first = lines.next().unwrap_or_default();
    let header: TileHeader = parse_header(first, "tile header", |h: &TileHeader| h.waymark_tile)?;
    let mut out: Lines<'_> = Vec::with_capacity(header.meetings.min(1 << 20) as usize);
    for (n, line) in lines.enumerate() {
        #[derive(Deserialize)]
        struct IdOnly {
            id: String,
        }
        let id: IdOnly = serde_json::from_slice(line)
            .map_err(|e| json_damaged(&format!("tile line {}", n + 2), &e))?;
        if let Some((last, _)) = out.last() {
            if *last >= id.id {
                return Err(damaged("tile meetings out of order"));
            }
        }
        out.push((id.id, line));
    }
    if out.len() as u64 != header.meetings {
        return Err(RelayError::Truncated);
    }
    Ok((header, out))
}

fn parse_header<'a, H: Deserialize<'a>>(
    line: &'a [u8],
    what: &str,
    format: impl Fn(&H) -> u32,
) -> Result<H> {
    if looks_like_html(line) {
        return Err(RelayError::NotRelayData);
    }
    let header: H = serde_json::from_slice(line).map_err(|e| json_damaged(what, &e))?;
    let found = format(&header);
    if found != FORMAT_VERSION {
        return Err(RelayError::UnsupportedFormat {
            found,
            supported: FORMAT_VERSION,
        });
    }
    Ok(header)
}

/// Reads a tile as downloaded (gzip) or as canonical bytes: its id, meetings and hash.
/// Refuses web pages, cut-short and damaged data, and tiles over [`MAX_TILE_BYTES`].
pub fn decode_tile(bytes: &[u8]) -> Result<Tile> {
    let canonical = unpack(bytes, MAX_TILE_BYTES)?;
    let (header, lines) = split_tile(&canonical)?;
    let mut meetings = Vec::with_capacity(lines.len());
    for (n, (_, line)) in lines.into_iter().enumerate() {
        let m: Meeting = serde_json::from_slice(line)
            .map_err(|e| json_damaged(&format!("tile line {}", n + 2), &e))?;
        meetings.push(m);
    }
    Ok(Tile {
        id: header.tile,
        meetings,
        sha256: sha256_hex(&canonical),
    })
}

/// The delta (canonical, before gzip) that turns tile `old` into tile `new` (both canonical
/// bytes of the same tile): the ids removed, then the meetings added or changed.
pub fn encode_delta(old: &[u8], new: &[u8]) -> Result<Vec<u8>> {
    let (old_header, old_lines) = split_tile(old)?;
    let (new_header, new_lines) = split_tile(new)?;
    if old_header.tile != new_header.tile {
        return Err(RelayError::WrongBase);
    }
    let old_map: BTreeMap<&str, &[u8]> = old_lines.iter().map(|(i, l)| (i.as_str(), *l)).collect();
    let new_map: BTreeMap<&str, &[u8]> = new_lines.iter().map(|(i, l)| (i.as_str(), *l)).collect();
    let header = DeltaHeader {
        waymark_delta: FORMAT_VERSION,
        tile: new_header.tile,
        from: sha256_hex(old),
        to: sha256_hex(new),
    };
    let mut out = serde_json::to_vec(&header).unwrap_or_default();
    out.push(b'\n');
    for id in old_map.keys().filter(|id| !new_map.contains_key(*id)) {
        out.push(b'-');
        out.extend_from_slice(&serde_json::to_vec(id).unwrap_or_default());
        out.push(b'\n');
    }
    for (id, line) in &new_map {
        if old_map.get(id) != Some(line) {
            out.push(b'+');
            out.extend_from_slice(line);
            out.push(b'\n');
        }
    }
    Ok(out)
}

/// Applies a delta (as downloaded, gzip, or canonical) to the canonical bytes of the tile the
/// phone has, giving the new tile's canonical bytes, whose SHA-256 is checked against the
/// delta's target (the phone then also compares it with the manifest's [`TileEntry::sha256`]).
/// A delta made for another version is [`RelayError::WrongBase`]; nothing is half-applied,
/// since the result is new bytes.
pub fn apply_delta(old_canonical: &[u8], delta: &[u8]) -> Result<Vec<u8>> {
    let delta = unpack(delta, MAX_TILE_BYTES)?;
    if !delta.ends_with(b"\n") {
        return Err(RelayError::Truncated);
    }
    let mut lines = delta[..delta.len() - 1].split(|b| *b == b'\n');
    let header: DeltaHeader = parse_header(
        lines.next().unwrap_or_default(),
        "delta header",
        |h: &DeltaHeader| h.waymark_delta,
    )?;
    if sha256_hex(old_canonical) != header.from {
        return Err(RelayError::WrongBase);
    }
    let (old_header, old_lines) = split_tile(old_canonical)?;
    if old_header.tile != header.tile {
        return Err(RelayError::WrongBase);
    }
    let mut map: BTreeMap<String, &[u8]> = old_lines.into_iter().collect();
    for (n, line) in lines.enumerate() {
        let what = || format!("delta line {}", n + 2);
        match line.split_first() {
            Some((b'-', id)) => {
                let id: String =
                    serde_json::from_slice(id).map_err(|e| json_damaged(&what(), &e))?;
                map.remove(&id);
            }
            Some((b'+', body)) => {
                #[derive(Deserialize)]
                struct IdOnly {
                    id: String,
                }
                let m: IdOnly =
                    serde_json::from_slice(body).map_err(|e| json_damaged(&what(), &e))?;
                map.insert(m.id, body);
            }
            _ => return Err(damaged(format!("{}: not a change", what()))),
        }
    }
    let out = assemble(&header.tile, map.values().copied(), map.len());
    if out.len() as u64 > MAX_TILE_BYTES {
        return Err(RelayError::TooLarge {
            limit: MAX_TILE_BYTES,
        });
    }
    if sha256_hex(&out) != header.to {
        return Err(RelayError::HashMismatch);
    }
    Ok(out)
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
