//! The phone's side of a relay (issue #16): a 20,000-meeting tile from "downloaded" to
//! "queryable", against importing the same meetings from their raw feed JSON, side by side in
//! one run.
//!
//! The meetings are the synthetic feed's, moved into one 2° tile (around Philadelphia). The
//! raw import is a fresh directory reading the feed file (`sync_source`: parse, normalise,
//! write, index, commit). The relay path is a fresh phone with one area over that tile,
//! syncing from a relay folder served on loopback: manifest, signature, each tile's JSON
//! lines (kept for deltas) and its image (`waymark_core::relay::format::ImageRef`), their
//! hashes, the images unpacked into the parts folder and attached as shards in one
//! transaction, then a first search. The time to download those files alone is measured
//! apart and subtracted.
//!
//! Run: `cargo bench -p waymark-core --features relay-build --bench relay_phone`
//! (`WAYMARK_BENCH_QUICK=1`: one round instead of five).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use support::{Answer, Loopback};
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

fn main() {
    let rounds = if std::env::var_os("WAYMARK_BENCH_QUICK").is_some() {
        1
    } else {
        9
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
    let image = tile.image.as_ref().expect("the relay publishes images");
    println!(
        "its image: {} bytes gzipped ({:.0} bytes per meeting)",
        image.size,
        image.size as f64 / tile.meetings as f64
    );
    // What a phone's first sync downloads besides the manifest: each tile's JSON lines and
    // image.
    let downloads: Vec<String> = manifest
        .tiles
        .iter()
        .filter(|t| t.id == tile.id || t.id.is_online())
        .flat_map(|t| {
            [
                Some(t.file.path.clone()),
                t.image.as_ref().map(|i| i.path.clone()),
            ]
            .into_iter()
            .flatten()
        })
        .collect();

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

        // The files' download alone, through the fetcher the sync uses.
        let t = Instant::now();
        for path in &downloads {
            let got = waymark_core::support::fetch::fetch(
                &host.url(&format!("/{path}")),
                &Default::default(),
                &Default::default(),
                &Default::default(),
                &mut |_| {},
            )
            .unwrap();
            assert!(matches!(
                got,
                waymark_core::support::fetch::FetchOutcome::Body { .. }
            ));
        }
        download_ms.push(t.elapsed().as_secs_f64() * 1e3);

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
        let results = phone.sync_all().unwrap();
        let found = phone.search(&first).unwrap();
        relay_ms.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(!found.is_empty());
        let report = results[0].1.as_ref().unwrap();
        assert_eq!(report.accepted, phone_count);
        assert_eq!(phone.meeting_count().unwrap(), phone_count);
        assert_eq!(
            phone.shards().unwrap().len(),
            2,
            "both tiles attached as images"
        );
    }
    // Each round's sync less the same round's downloads, so a slow moment counts once.
    let applied: Vec<f64> = relay_ms
        .iter()
        .zip(&download_ms)
        .map(|(r, d)| r - d)
        .collect();
    let queryable = median(applied);
    let (raw, relay, download) = (median(raw_ms), median(relay_ms), median(download_ms));
    println!("{phone_count} meetings on each side");
    println!("raw feed JSON → queryable (import): median {raw:.1} ms over {rounds}");
    println!(
        "relay sync of the tiles and a first search: median {relay:.1} ms, downloads alone \
         {download:.1} ms: downloaded → queryable (median of each round's difference) \
         {queryable:.1} ms ({:.1}× faster than the raw import)",
        raw / queryable
    );
}
