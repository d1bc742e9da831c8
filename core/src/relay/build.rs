//! Building a relay's published folder (`waymark relay build`), behind the `relay-build`
//! feature.
//!
//! Why it reuses the directory: everything a relay must do per source (conditional requests,
//! retry backoff, the shrink guard, a failed source keeping its last good snapshot, when it
//! last worked and why it failed) is what the phone's own directory already does. So the
//! relay keeps a state folder holding a [`Directory`] in which every catalogue source is a
//! directory source, syncs it, and publishes what it holds:
//!
//! 1. keep the directory's sources in step with the catalogue (add new, remove dropped or
//!    changed ones; plain `http://` is refused unless it points at this machine);
//! 2. sync every source (a source that is down or sends garbage keeps its last good meetings,
//!    and its error kind and staleness go into the manifest);
//! 3. read every meeting back, merge listings of the same meeting by several sources (same
//!    program, name, weekdays, start and address: written once, the others' ids in
//!    `also_listed_as`), and sort them into tiles and the online pack;
//! 4. compare with the last published version: when nothing that a phone would see changed
//!    (and the last manifest is younger than [`MANIFEST_REFRESH_HOURS`]), write nothing at
//!    all; otherwise write the changed tiles, deltas from their last [`DELTA_HISTORY`]
//!    versions, the manifest with a version one higher, and its signature; then delete files
//!    no longer referenced by this manifest or the one before it.
//!
//! Published files are named by their SHA-256 and never rewritten, so a reader sees either
//! the old manifest or the new one, and every file either names exists.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};

use super::files::{collect_garbage, read_canonical, write_published};
use super::format::*;
use super::images::ImageWork;
use super::keys::hex;
pub use super::signing::{keygen, load_key, public_key, SECRET_KEY_PREFIX};
use crate::directory::model::Meeting;
use crate::directory::{Directory, NewSource, Source, SyncOptions};
use crate::support::error::{Error, Result};
use crate::FeedFormat;

/// How many earlier versions of each tile a delta is offered from. A phone further behind
/// downloads the whole tile.
pub const DELTA_HISTORY: usize = 7;

/// One source the relay publishes (a catalogue entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelaySource {
    /// Short stable id: the prefix of its meetings' ids (lower case, digits and `-`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// The feed's address: `https://`, or `http://` to this machine only (tests).
    pub url: String,
    /// Its format.
    pub format: FeedFormat,
    /// Its program (`aa`, `na`, `al-anon`, …).
    pub program: String,
    /// IANA zone for meetings whose feed gives none.
    pub timezone: Option<String>,
    /// The one tile the source's whole area lies in, when it does (from the catalogue's
    /// `bbox`): its in-person meetings that come without coordinates go there instead of
    /// being left out (a city intergroup whose feed gives addresses only).
    pub area: Option<TileId>,
}

impl From<&crate::catalogue::CatalogueSource> for RelaySource {
    fn from(c: &crate::catalogue::CatalogueSource) -> Self {
        RelaySource {
            id: c.id.clone(),
            name: c.name.clone(),
            url: c.url.clone(),
            format: c.format,
            program: c.program().to_string(),
            timezone: c.timezone.map(|z| z.name().to_string()),
            area: c.bbox.and_then(|b| {
                let corner = |latitude, longitude| {
                    TileId::for_point(crate::support::geo::GeoPoint {
                        latitude,
                        longitude,
                    })
                };
                // Edges are inclusive; a box ending exactly on a grid line stays in its tile.
                let sw = corner(b.min_lat, b.min_lon);
                let ne = corner(b.max_lat - 1e-9, b.max_lon - 1e-9);
                (sw == ne).then_some(sw)
            }),
        }
    }
}

/// The sources of a checked catalogue, in its order.
pub fn sources_from_catalogue(c: &crate::catalogue::Catalogue) -> Vec<RelaySource> {
    c.sources.iter().map(RelaySource::from).collect()
}

/// What [`build`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// The version now published (unchanged when nothing was written).
    pub version: u64,
    /// False when nothing changed and nothing was written.
    pub published: bool,
    /// Tiles in the manifest (the online pack included).
    pub tiles: usize,
    /// Meetings published.
    pub meetings: u64,
    /// Meetings added, changed or removed since the previous version.
    pub changed_meetings: u64,
    /// Tiles whose content changed.
    pub changed_tiles: usize,
    /// Sources in the catalogue.
    pub sources: usize,
    /// Sources whose last attempt failed (their last good meetings are published).
    pub failing: usize,
}

/// Whether `url` may be a relay source: `https://` anywhere, plain `http://` only to this
/// machine (loopback addresses and `localhost`), since a relay's output is trusted by every
/// phone that subscribes and must not come from a feed anyone on the path could change.
pub fn allowed_source_url(url: &str) -> bool {
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    let Some(host) = parsed.host_str().filter(|h| !h.is_empty()) else {
        return false;
    };
    match parsed.scheme() {
        "https" => true,
        "http" => {
            host.eq_ignore_ascii_case("localhost")
                || host
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// The state kept between builds

/// One published version of a tile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct TileVersion {
    pub(super) version: u64,
    pub(super) sha256: String,
    pub(super) file: String,
}

/// What a build remembers for the next: the last version published and each tile's recent
/// versions (newest last), to make deltas from.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct History {
    pub(super) version: u64,
    pub(super) tiles: BTreeMap<String, Vec<TileVersion>>,
}

const HISTORY_FILE: &str = "relay-history.json";
const DIRECTORY_FILE: &str = "relay-directory.sqlite";

// ---------------------------------------------------------------------------------------------
// The build

/// Where a build reads and writes.
#[derive(Debug, Clone)]
pub struct BuildPaths {
    /// The published folder (`manifest.json`, `manifest.sig`, `files/`).
    pub out: PathBuf,
    /// The relay's own state (its directory file and tile history); never published.
    pub state: PathBuf,
}

impl BuildPaths {
    /// `out`, with the state in `<out>.state` beside it unless given.
    pub fn new(out: impl Into<PathBuf>, state: Option<PathBuf>) -> Self {
        let out = out.into();
        let state = state.unwrap_or_else(|| {
            let mut s = out.as_os_str().to_owned();
            s.push(".state");
            PathBuf::from(s)
        });
        BuildPaths { out, state }
    }
}

/// A step of a build, told to whoever watches ([`build`]'s `progress`): typed, so a terminal
/// words it in its person's language ([`BuildStep::words`]) and a log keeps en-GB (`Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildStep {
    /// Fetching every source of the catalogue.
    Fetching {
        /// How many.
        sources: usize,
    },
    /// Merging listings of the same meeting and sorting meetings into tiles.
    Merging,
    /// Comparing the new tiles with the last published version.
    Comparing {
        /// How many tiles.
        tiles: usize,
    },
}

impl BuildStep {
    /// The step as a message of `locales/*/relay.ftl` and its values.
    pub fn words(&self) -> crate::l10n::Phrase {
        use super::words as ids;
        use crate::l10n::Phrase;
        match *self {
            BuildStep::Fetching { sources } => {
                Phrase::new(ids::STEP_FETCHING).number("count", sources)
            }
            BuildStep::Merging => Phrase::new(ids::STEP_MERGING),
            BuildStep::Comparing { tiles } => {
                Phrase::new(ids::STEP_COMPARING).number("count", tiles)
            }
        }
    }
}

/// The en-GB line ("fetching 3 sources"), for logs.
impl std::fmt::Display for BuildStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.words().fmt(f)
    }
}

/// Fetches every source, merges, and publishes a new version into `paths.out` when anything
/// a phone would see changed. `progress` hears each step, for a person watching.
pub fn build(
    sources: &[RelaySource],
    key: &SigningKey,
    paths: &BuildPaths,
    progress: &mut dyn FnMut(BuildStep),
) -> Result<BuildSummary> {
    crate::support::files::create_private_dir(&paths.state)?;
    std::fs::create_dir_all(paths.out.join("files"))?;
    let dir = Directory::open(paths.state.join(DIRECTORY_FILE))?;
    let refused = keep_in_step(&dir, sources)?;
    progress(BuildStep::Fetching {
        sources: sources.len(),
    });
    dir.sync_all_with(&SyncOptions::default())?;
    progress(BuildStep::Merging);
    let stored = dir.sources()?;
    let (tiles, left_out, merged) = collect_tiles(&dir, sources, &stored)?;
    let entries = source_entries(sources, &stored, &refused);
    progress(BuildStep::Comparing { tiles: tiles.len() });
    publish(
        tiles,
        entries,
        left_out,
        merged,
        key,
        paths,
        chrono::Utc::now(),
    )
}

/// Adds catalogue sources the directory lacks, removes those the catalogue dropped or
/// changed. Returns the ids of sources refused (an address not allowed).
fn keep_in_step(dir: &Directory, sources: &[RelaySource]) -> Result<Vec<String>> {
    let wanted: HashMap<&str, &RelaySource> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let mut have: HashMap<String, Source> = HashMap::new();
    for s in dir.sources()? {
        let keep = wanted.get(s.id.as_str()).is_some_and(|w| {
            s.location == w.url
                && s.format.as_deref() == Some(w.format.as_str())
                && s.program == w.program
                && s.timezone == w.timezone
        });
        if keep {
            have.insert(s.id.clone(), s);
        } else {
            dir.remove_source(&s.id)?;
        }
    }
    let mut refused = Vec::new();
    for s in sources {
        if have.contains_key(&s.id) {
            continue;
        }
        if !allowed_source_url(&s.url) {
            refused.push(s.id.clone());
            continue;
        }
        // A catalogue entry the directory refuses (an unknown zone or program, an id that is
        // not a plain lower-case word) is published as refused, like a forbidden address.
        match dir.add_source(NewSource {
            location: s.url.clone(),
            format: Some(s.format),
            program: Some(s.program.clone()),
            timezone: s.timezone.clone(),
            name: Some(s.id.clone()),
            ..NewSource::default()
        }) {
            Ok(added) if added.id == s.id => {}
            Ok(added) => {
                dir.remove_source(&added.id)?;
                refused.push(s.id.clone());
            }
            Err(_) => refused.push(s.id.clone()),
        }
    }
    Ok(refused)
}

fn source_entries(
    sources: &[RelaySource],
    stored: &[Source],
    refused: &[String],
) -> Vec<SourceEntry> {
    sources
        .iter()
        .map(|c| {
            let s = stored.iter().find(|s| s.id == c.id);
            SourceEntry {
                id: c.id.clone(),
                name: c.name.clone(),
                program: c.program.clone(),
                last_success: s.and_then(|s| s.last_success.clone()),
                last_attempt: s.and_then(|s| s.last_attempt.clone()),
                error: if refused.contains(&c.id) {
                    Some(SourceError::InvalidInput)
                } else {
                    s.and_then(|s| s.last_error_kind.as_deref())
                        .map(SourceError::from_kind)
                },
                meetings: s.map_or(0, |s| s.meeting_count),
                stale: s.is_none_or(|s| s.stale),
            }
        })
        .collect()
}

/// The merge key: the same meeting listed by two sources (program, name, weekdays, start and
/// address, case-blind), from the columns of the directory's `meetings` table.
fn same_meeting(r: &rusqlite::Row<'_>) -> rusqlite::Result<String> {
    Ok(format!(
        "{}|{}|{}|{:?}|{}",
        r.get::<_, String>(1)?,
        r.get::<_, String>(2)?.trim().to_lowercase(),
        r.get::<_, i64>(3)?,
        r.get::<_, Option<i64>>(4)?,
        r.get::<_, Option<String>>(5)?
            .unwrap_or_default()
            .trim()
            .to_lowercase()
    ))
}

/// Where a meeting goes: the tile of its point, the online pack, its source's one-tile area
/// (in person, no coordinates), or nowhere.
fn tile_of(m: &Meeting, area: Option<&TileId>) -> Option<TileId> {
    match (m.latitude, m.longitude) {
        (Some(latitude), Some(longitude)) => {
            Some(TileId::for_point(crate::support::geo::GeoPoint {
                latitude,
                longitude,
            }))
        }
        _ if m.attendance.has_online()
            || m.conference_url.is_some()
            || m.conference_phone.is_some() =>
        {
            Some(TileId::online())
        }
        _ => area.cloned(),
    }
}

/// Tile id → (meeting id → canonical line).
type TileLines = BTreeMap<TileId, BTreeMap<String, String>>;

/// Reads every meeting twice (streaming): first to find listings of the same meeting by
/// several sources, then to write each kept meeting's line into its tile.
fn collect_tiles(
    dir: &Directory,
    sources: &[RelaySource],
    stored: &[Source],
) -> Result<(TileLines, u64, u64)> {
    let rank: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let areas: HashMap<&str, &TileId> = sources
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.area.as_ref()?)))
        .collect();
    let published: Vec<&str> = stored
        .iter()
        .filter(|s| rank.contains_key(s.id.as_str()))
        .map(|s| s.id.as_str())
        .collect();
    // Pass 1: merge key → the listings, as (catalogue rank, id).
    // (Only the columns the key needs: no details to parse.)
    let mut groups: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    {
        let conn = dir.read()?;
        let mut st = conn.prepare(
            "SELECT id, program, name, weekday_mask, start_minute, address FROM meetings",
        )?;
        let mut rows = st.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let source = id.split(':').next().unwrap_or_default();
            if let Some(&r) = rank.get(source) {
                groups.entry(same_meeting(row)?).or_default().push((r, id));
            }
        }
    }
    // The listing kept is the first source's in catalogue order (then the smallest id); only
    // listings from other sources merge (one feed listing two alike meetings means two).
    let mut also: HashMap<String, Vec<String>> = HashMap::new();
    let mut dropped: std::collections::HashSet<String> = Default::default();
    for (_, mut g) in groups {
        if g.len() < 2 {
            continue;
        }
        g.sort();
        let (keep_rank, keep) = g[0].clone();
        let mut others = Vec::new();
        for (r, id) in g.into_iter().skip(1) {
            if r != keep_rank {
                dropped.insert(id.clone());
                others.push(id);
            }
        }
        if !others.is_empty() {
            others.sort();
            also.insert(keep, others);
        }
    }
    let merged = dropped.len() as u64;
    // Pass 2: the lines.
    let mut tiles: TileLines = BTreeMap::new();
    let mut left_out = 0u64;
    dir.for_each_meeting(|mut m| {
        if !published.contains(&m.source_id.as_str()) || dropped.contains(&m.id) {
            return Ok(());
        }
        let Some(tile) = tile_of(&m, areas.get(m.source_id.as_str()).copied()) else {
            left_out += 1;
            return Ok(());
        };
        m.also_listed_as = also.remove(&m.id).unwrap_or_default();
        let line = serde_json::to_string(&m)
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        tiles.entry(tile).or_default().insert(m.id, line);
        Ok(())
    })?;
    Ok((tiles, left_out, merged))
}

/// What a phone would see of a manifest, without when things were checked: two manifests
/// equal in this need no new version.
fn material(m: &Manifest) -> serde_json::Value {
    let mut v = serde_json::to_value(m).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("version");
        o.remove("built_at");
        if let Some(sources) = o.get_mut("sources").and_then(|s| s.as_array_mut()) {
            for s in sources {
                if let Some(s) = s.as_object_mut() {
                    s.remove("last_success");
                    s.remove("last_attempt");
                }
            }
        }
    }
    v
}

/// Changes (`-` and `+` lines) in a delta.
fn delta_changes(delta: &[u8]) -> u64 {
    delta
        .split(|b| *b == b'\n')
        .skip(1)
        .filter(|l| matches!(l.first(), Some(b'-' | b'+')))
        .count() as u64
}

/// What became of one tile in this build.
struct TileOutcome {
    entry: TileEntry,
    changed: bool,
    changed_meetings: u64,
    /// Files to write (path, bytes): the full tile and its deltas.
    files: Vec<(String, Vec<u8>)>,
}

/// One tile: unchanged since it was last published (the same entry, deltas and all; an image
/// added if it had none), or its new file, image and deltas from its last [`DELTA_HISTORY`]
/// versions.
fn tile_outcome(
    id: &TileId,
    lines: &BTreeMap<String, String>,
    versions: &[TileVersion],
    prev_entry: Option<&TileEntry>,
    out: &Path,
    next: u64,
    images: &ImageWork<'_>,
) -> Result<TileOutcome> {
    let canonical = assemble(id, lines.values().map(|l| l.as_bytes()), lines.len());
    let sha = sha256_hex(&canonical);
    if let (Some(v), Some(p)) = (versions.last(), prev_entry) {
        if v.sha256 == sha && p.sha256 == sha {
            let mut entry = p.clone();
            let mut files = Vec::new();
            let current = |i: &ImageRef| {
                i.schema == crate::directory::schema::VERSION && i.source_id == images.source_id
            };
            if !entry.image.as_ref().is_some_and(current) {
                if let Some((image, file)) = images.make(id, &canonical) {
                    entry.image = Some(image);
                    files.push(file);
                }
            }
            return Ok(TileOutcome {
                entry,
                changed: false,
                changed_meetings: 0,
                files,
            });
        }
    }
    let gz = gzip_fixed(&canonical);
    let gz_sha = sha256_hex(&gz);
    let file = FileRef {
        path: format!("files/{gz_sha}.gz"),
        sha256: gz_sha,
        size: gz.len() as u64,
    };
    let mut deltas = Vec::new();
    let mut files = Vec::new();
    let mut changed_meetings = None;
    for v in versions.iter().rev().take(DELTA_HISTORY) {
        if v.sha256 == sha {
            continue;
        }
        let Some(old) = read_canonical(out, v) else {
            continue;
        };
        let delta = encode_delta(&old, &canonical)?;
        // Changes since the newest earlier version.
        changed_meetings.get_or_insert_with(|| delta_changes(&delta));
        let dgz = gzip_fixed(&delta);
        let sha_d = sha256_hex(&dgz);
        deltas.push(DeltaRef {
            from: v.version,
            path: format!("files/{sha_d}.gz"),
            sha256: sha_d.clone(),
            size: dgz.len() as u64,
        });
        files.push((format!("files/{sha_d}.gz"), dgz));
    }
    files.push((file.path.clone(), gz));
    let image = images.make(id, &canonical).map(|(image, file)| {
        files.push(file);
        image
    });
    Ok(TileOutcome {
        entry: TileEntry {
            id: id.clone(),
            sha256: sha,
            bytes: canonical.len() as u64,
            meetings: lines.len() as u64,
            changed_in: next,
            file,
            deltas,
            image,
        },
        changed: true,
        changed_meetings: changed_meetings.unwrap_or(lines.len() as u64),
        files,
    })
}

/// `f` over `items` on every core, results in the items' order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, items.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: std::sync::Mutex<Vec<Option<R>>> =
        std::sync::Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                if let Ok(mut all) = results.lock() {
                    all[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect()
}

fn publish(
    tiles: TileLines,
    sources: Vec<SourceEntry>,
    left_out: u64,
    merged: u64,
    key: &SigningKey,
    paths: &BuildPaths,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<BuildSummary> {
    let out = &paths.out;
    let history_path = paths.state.join(HISTORY_FILE);
    let mut history: History = std::fs::read(&history_path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let previous: Option<Manifest> = std::fs::read(out.join("manifest.json"))
        .ok()
        .and_then(|b| parse_manifest(&b).ok());
    // The version only grows: above the history's and the published manifest's, whatever
    // the clock says.
    let last = history
        .version
        .max(previous.as_ref().map_or(0, |m| m.version));
    let next = last + 1;

    // Each tile's bytes, hash, file, image and deltas, on every core (the gzip of large tiles
    // and their images are most of a build's time).
    let folder = paths.state.join("images");
    std::fs::create_dir_all(&folder)?;
    let source_id = public_key(key).phone_source_id();
    let images = ImageWork {
        folder: &folder,
        source_id: &source_id,
    };
    let list: Vec<(&TileId, &BTreeMap<String, String>)> = tiles.iter().collect();
    let outcomes = par_map(&list, |(id, lines)| {
        let versions = history.tiles.get(id.as_str()).map(Vec::as_slice);
        let prev_entry = previous.as_ref().and_then(|m| m.tile(id));
        tile_outcome(
            id,
            lines,
            versions.unwrap_or_default(),
            prev_entry,
            out,
            next,
            &images,
        )
    });
    let mut entries = Vec::new();
    let mut changed_tiles = 0usize;
    let mut changed_meetings = 0u64;
    let mut meetings = 0u64;
    let mut new_files: Vec<(String, Vec<u8>)> = Vec::new();
    for outcome in outcomes {
        let outcome = outcome?;
        meetings += outcome.entry.meetings;
        if outcome.changed {
            changed_tiles += 1;
            changed_meetings += outcome.changed_meetings;
        }
        // A changed tile's files, or an unchanged tile's new image.
        new_files.extend(outcome.files);
        entries.push(outcome.entry);
    }
    // Tiles that emptied: every meeting in them went.
    if let Some(p) = &previous {
        for t in &p.tiles {
            if !tiles.contains_key(&t.id) {
                changed_tiles += 1;
                changed_meetings += t.meetings;
            }
        }
    }
    let failing = sources.iter().filter(|s| s.error.is_some()).count();
    let source_count = sources.len();
    let mut manifest = Manifest {
        format: FORMAT_VERSION,
        version: next,
        built_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        grid: Grid::default(),
        tiles: entries,
        sources,
        left_out,
        merged_duplicates: merged,
    };
    let summary = |version, published| BuildSummary {
        version,
        published,
        tiles: tiles.len(),
        meetings,
        changed_meetings,
        changed_tiles,
        sources: source_count,
        failing,
    };
    if let Some(p) = &previous {
        let fresh = chrono::DateTime::parse_from_rfc3339(&p.built_at)
            .map(|t| now - t.with_timezone(&chrono::Utc))
            .is_ok_and(|age| age < chrono::Duration::hours(MANIFEST_REFRESH_HOURS));
        if changed_tiles == 0 && fresh && material(p) == material(&manifest) {
            return Ok(summary(p.version, false));
        }
    }
    // A clock that went back must not make a newer version look older.
    if let Some(p) = &previous {
        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&p.built_at) {
            if t.with_timezone(&chrono::Utc) > now {
                manifest.built_at = p.built_at.clone();
            }
        }
    }
    for (path, bytes) in &new_files {
        let full = out.join(path);
        if !full.is_file() {
            write_published(&full, bytes)?;
        }
    }
    let json = serde_json::to_vec(&manifest)
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    let sig = format!("{}\n", hex(&key.sign(&json).to_bytes()));
    write_published(&out.join("manifest.json"), &json)?;
    write_published(&out.join("manifest.sig"), sig.as_bytes())?;

    // Remember each tile's versions for the next deltas (changed tiles gain this version).
    for t in &manifest.tiles {
        let list = history.tiles.entry(t.id.as_str().to_string()).or_default();
        if list.last().is_none_or(|v| v.sha256 != t.sha256) {
            list.push(TileVersion {
                version: t.changed_in,
                sha256: t.sha256.clone(),
                file: t.file.path.clone(),
            });
        }
        let excess = list.len().saturating_sub(DELTA_HISTORY + 1);
        list.drain(..excess);
    }
    history
        .tiles
        .retain(|id, _| manifest.tiles.iter().any(|t| t.id.as_str() == id));
    history.version = next;
    let hist = serde_json::to_vec(&history)
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    crate::support::files::write_atomically(&history_path, &hist)?;

    collect_garbage(out, &manifest, previous.as_ref(), &history)?;
    Ok(summary(next, true))
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;
