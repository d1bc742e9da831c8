//! The phone's side of a relay (issue #16): a 20,000-meeting tile from "downloaded" to
//! "queryable", against importing the same meetings from their raw feed JSON, side by side in
//! one run.
//!
//! The meetings are the synthetic feed's, moved into one 2° tile (around Philadelphia). The
//! raw import is a fresh directory reading the feed file (`sync_source`: parse, normalise,
//! write, index, commit). The relay path is a fresh phone with one area over that tile,
//! syncing from a relay folder served on loopback: manifest, signature, the tile (about a
//! megabyte on loopback), its hash, and the import of the relay's normalised meetings in one
//! transaction. The time to download the tile alone is measured apart and subtracted.
//!
//! A third side measures the design meant to meet the target (docs/relay.md): each tile as a
//! ready directory file (an *image*) attached as a shard (`waymark_core::directory::shards`).
//! The relay does not publish images yet, so the bench makes them the way it would — the
//! core's own import of the tile into a fresh directory under the phone's relay source id,
//! compacted with `VACUUM INTO` and gzipped — and times, from the gzipped bytes in memory:
//! the hash check, unpacking into the parts folder, `add_shard` (checks, sync to disk, rename,
//! list) and a first search; and apart, what is left when the file was unpacked to disk as it
//! downloaded. Both phones are checked to hold the same meetings.
//!
//! Run: `cargo bench -p waymark-core --features relay-build --bench relay_phone`
//! (`WAYMARK_BENCH_QUICK=1`: one round instead of five).

#[path = "../tests/support/mod.rs"]
mod support;

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use support::{Answer, Loopback};
use waymark_core::directory::import::FormatExtras;
use waymark_core::relay::build::{self, BuildPaths, RelaySource};
use waymark_core::{Directory, FeedFormat, GeoPoint, MeetingQuery, NewSource};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Synthesised so that about 20,000 land in the one tile (the rest are online-only, or
/// listed twice and merged by the relay).
const MEETINGS: usize = 25_500;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// A tile image as a relay would publish it: the tile's canonical bytes imported by the core
/// into a fresh directory whose relay source is named like the phone's (so it gets the same
/// id, and the meetings the phone's ids), compacted and gzipped.
fn image(work: &Path, name: &str, source_name: &str, source_id: &str, canonical: &[u8]) -> Vec<u8> {
    let path = work.join(format!("{name}.build.sqlite"));
    let d = Directory::open(&path).unwrap();
    let s = d
        .add_source(NewSource {
            location: "https://relay.example/".into(),
            format: Some(FeedFormat::Relay),
            program: Some("aa".into()),
            timezone: None,
            name: Some(source_name.into()),
            bmlt_formats: None,
            bmlt_scope: None,
        })
        .unwrap();
    assert_eq!(s.id, source_id);
    d.import(
        &s.id,
        FeedFormat::Relay,
        canonical,
        &FormatExtras::default(),
    )
    .unwrap();
    drop(d);
    let compact = work.join(format!("{name}.image.sqlite"));
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("VACUUM INTO ?1", [compact.to_string_lossy()])
        .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&std::fs::read(&compact).unwrap()).unwrap();
    gz.finish().unwrap()
}

/// A tile image: its SHA-256, its gzipped bytes and its tile's id.
type Image = (Vec<u8>, Vec<u8>, String);

fn sha256(bytes: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .to_vec()
}

fn main() {
    let rounds = if std::env::var_os("WAYMARK_BENCH_QUICK").is_some() {
        1
    } else {
        5
    };
    let mut raw = Vec::new();
    waymark_core::directory::synth::write_feed(&mut raw, MEETINGS, 7).unwrap();
    let mut feed: Vec<serde_json::Value> = serde_json::from_slice(&raw).unwrap();
    for (i, m) in feed.iter_mut().enumerate() {
        m["latitude"] = (38.05 + (i % 1000) as f64 * 0.0019).into();
        m["longitude"] = (-75.95 + (i / 1000) as f64 * 0.07).into();
        // Unique slugs (the synthetic feed has some missing or repeated on purpose), so a
        // meeting's key in a tile is its slug in the feed.
        m["slug"] = format!("m-{i}").into();
    }
    let raw = serde_json::to_vec(&feed).unwrap();
    let work = tempfile::tempdir().unwrap();

    // The relay, built once from the same feed served on loopback.
    let feeds = Loopback::start();
    feeds.set("/feed.json", Answer::Body(raw.clone()));
    let keyfile = work.path().join("relay.key");
    let public = build::keygen(&keyfile).unwrap();
    let paths = BuildPaths::new(work.path().join("out"), None);
    build::build(
        &[RelaySource {
            id: "synth".into(),
            name: "Synthetic intergroup".into(),
            url: feeds.url("/feed.json"),
            format: FeedFormat::MeetingGuide,
            program: "aa".into(),
            timezone: Some("America/New_York".into()),
            area: None,
        }],
        &build::load_key(&keyfile).unwrap(),
        &paths,
        &mut |_| {},
    )
    .unwrap();
    let host = Loopback::start();
    host.serve_folder(paths.out.clone());
    let manifest = {
        let json = std::fs::read(paths.out.join("manifest.json")).unwrap();
        let sig = std::fs::read(paths.out.join("manifest.sig")).unwrap();
        waymark_core::relay::verify_manifest(&json, &sig, &public).unwrap()
    };
    let tile = manifest
        .tiles
        .iter()
        .max_by_key(|t| t.meetings)
        .expect("a tile");
    println!(
        "tile {}: {} meetings, {} bytes as served ({:.0} bytes per meeting), {} bytes unpacked",
        tile.id,
        tile.meetings,
        tile.file.size,
        tile.file.size as f64 / tile.meetings as f64,
        tile.bytes
    );

    // The raw feed holds exactly the meetings the phone will get (the tile and the online
    // pack), so both sides import the same meetings.
    let mut published = std::collections::HashSet::new();
    for t in manifest
        .tiles
        .iter()
        .filter(|t| t.id == tile.id || t.id.is_online())
    {
        let bytes = std::fs::read(paths.out.join(&t.file.path)).unwrap();
        for m in waymark_core::relay::decode_tile(&bytes).unwrap().meetings {
            published.insert(m.key);
        }
    }
    feed.retain(|m| published.contains(m["slug"].as_str().unwrap_or_default()));
    let phone_count = published.len() as u64;
    assert_eq!(feed.len() as u64, phone_count);
    let feed_file = work.path().join("feed.json");
    std::fs::write(&feed_file, serde_json::to_vec(&feed).unwrap()).unwrap();

    let (mut raw_ms, mut relay_ms, mut download_ms) = (Vec::new(), Vec::new(), Vec::new());
    let (mut shard_ms, mut unpack_ms, mut attach_ms) = (Vec::new(), Vec::new(), Vec::new());
    let mut images: Option<Vec<Image>> = None;
    for round in 0..rounds {
        // Raw feed JSON → queryable.
        let d = Directory::open(work.path().join(format!("raw{round}.sqlite"))).unwrap();
        let s = d
            .add_source(NewSource {
                location: feed_file.to_string_lossy().into(),
                format: Some(FeedFormat::MeetingGuide),
                program: Some("aa".into()),
                timezone: Some("America/New_York".into()),
                name: Some("raw".into()),
                bmlt_formats: None,
                bmlt_scope: None,
            })
            .unwrap();
        let t = Instant::now();
        let report = d.sync_source(&s.id).unwrap();
        raw_ms.push(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(report.accepted, phone_count);

        // The tile's download alone.
        let t = Instant::now();
        let body = reqwest::blocking::get(host.url(&format!("/{}", tile.file.path)))
            .unwrap()
            .bytes()
            .unwrap();
        download_ms.push(t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(body.len() as u64, tile.file.size);

        // A phone's first sync of an area over the tile.
        let phone = Directory::open(work.path().join(format!("phone{round}.sqlite"))).unwrap();
        phone
            .add_area(
                &host.base,
                &public.to_text(),
                GeoPoint {
                    latitude: 39.0,
                    longitude: -75.0,
                },
                10.0,
                None,
            )
            .unwrap();
        let t = Instant::now();
        let results = phone.sync_all().unwrap();
        relay_ms.push(t.elapsed().as_secs_f64() * 1e3);
        let report = results[0].1.as_ref().unwrap();
        assert_eq!(report.accepted, phone_count);

        // The same tiles as images, attached as shards (made once, outside the timing).
        let relay_source = phone.sources().unwrap().remove(0);
        let images = images.get_or_insert_with(|| {
            manifest
                .tiles
                .iter()
                .filter(|t| t.id == tile.id || t.id.is_online())
                .map(|t| {
                    let file = std::fs::read(paths.out.join(&t.file.path)).unwrap();
                    let canonical = waymark_core::relay::format::unpack(&file, 1 << 30).unwrap();
                    let gz = image(
                        work.path(),
                        t.id.as_str(),
                        &relay_source.name,
                        &relay_source.id,
                        &canonical,
                    );
                    if t.id == tile.id {
                        println!(
                            "tile {} as an image: {} bytes gzipped ({:.0} bytes per meeting)",
                            t.id,
                            gz.len(),
                            gz.len() as f64 / t.meetings as f64
                        );
                    }
                    (sha256(&gz), gz, t.id.as_str().to_string())
                })
                .collect()
        });
        let shards = Directory::open(work.path().join(format!("shards{round}.sqlite"))).unwrap();
        shards
            .add_source(NewSource {
                location: host.base.clone(),
                format: Some(FeedFormat::Relay),
                program: Some("aa".into()),
                timezone: None,
                name: Some(relay_source.name.clone()),
                bmlt_formats: None,
                bmlt_scope: None,
            })
            .unwrap();
        let first = MeetingQuery {
            near: Some(GeoPoint {
                latitude: 39.0,
                longitude: -75.0,
            }),
            radius_km: Some(10.0),
            limit: Some(20),
            ..MeetingQuery::default()
        };
        let t = Instant::now();
        let mut unpacked = 0.0;
        for (hash, gz, _) in images.iter() {
            assert_eq!(&sha256(gz), hash);
            let u = Instant::now();
            let path = shards.new_part_path().unwrap().unwrap();
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
            std::io::copy(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out).unwrap();
            out.into_inner().unwrap();
            unpacked += u.elapsed().as_secs_f64() * 1e3;
            shards.add_shard(&path, &relay_source.id).unwrap();
        }
        let found = shards.search(&first).unwrap();
        let total = t.elapsed().as_secs_f64() * 1e3;
        shard_ms.push(total);
        unpack_ms.push(unpacked);
        attach_ms.push(total - unpacked);
        assert_eq!(shards.meeting_count().unwrap(), phone_count);
        assert_eq!(found, phone.search(&first).unwrap());
    }
    let (raw, relay, download) = (median(raw_ms), median(relay_ms), median(download_ms));
    let queryable = relay - download;
    println!("{phone_count} meetings on each side");
    println!("raw feed JSON → queryable (import): median {raw:.1} ms over {rounds}");
    println!(
        "relay sync of the tile: median {relay:.1} ms, of which download {download:.1} ms: \
         downloaded → queryable {queryable:.1} ms ({:.1}× faster than the raw import)",
        raw / queryable
    );
    let (shard, unpack, attach) = (median(shard_ms), median(unpack_ms), median(attach_ms));
    println!(
        "the same tiles as images attached as shards: downloaded → queryable median {shard:.1} ms \
         ({:.1}× faster than the raw import), of which unpacking {unpack:.1} ms; unpacked as it \
         downloaded, what is left (add_shard: checks, sync to disk, rename, list; a first \
         search) {attach:.1} ms ({:.1}×)",
        raw / shard,
        raw / attach
    );
}
