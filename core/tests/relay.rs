//! The relay end to end: real feeds served over HTTP on loopback, a real state folder, the
//! published folder read back the way a phone reads it (verify, download by path, check
//! hashes, decode, apply deltas).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

mod support;

use support::{feeds_dir, Answer, Loopback as Feeds};
use waymark_core::relay::build::{self, BuildPaths, RelaySource};
use waymark_core::relay::format::{self, sha256_hex, unpack, MAX_TILE_BYTES};
use waymark_core::relay::{
    apply_delta, decode_tile, verify_manifest, Download, Manifest, PublicKey, RelayError,
    SourceError, TileId,
};
use waymark_core::{FeedFormat, GeoPoint};

fn source(id: &str, url: String, format: FeedFormat, program: &str) -> RelaySource {
    RelaySource {
        id: id.into(),
        name: format!("{id} (test)"),
        url,
        format,
        program: program.into(),
        timezone: Some("America/New_York".into()),
        area: None,
    }
}

/// Everything in a folder, with sizes and modification times.
fn listing(dir: &Path) -> BTreeMap<PathBuf, (u64, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            if m.is_dir() {
                stack.push(e.path());
            } else {
                out.insert(e.path(), (m.len(), m.modified().unwrap()));
            }
        }
    }
    out
}

/// Reads the published folder as a phone would: verify, then every tile checked and decoded.
fn read_relay(
    out: &Path,
    key: &PublicKey,
) -> (Manifest, BTreeMap<TileId, (Vec<u8>, format::Tile)>) {
    let json = std::fs::read(out.join("manifest.json")).unwrap();
    let sig = std::fs::read(out.join("manifest.sig")).unwrap();
    let manifest = verify_manifest(&json, &sig, key).unwrap();
    let mut tiles = BTreeMap::new();
    for t in &manifest.tiles {
        let bytes = std::fs::read(out.join(&t.file.path)).unwrap();
        assert_eq!(sha256_hex(&bytes), t.file.sha256);
        assert_eq!(bytes.len() as u64, t.file.size);
        let canonical = unpack(&bytes, MAX_TILE_BYTES).unwrap();
        assert_eq!(sha256_hex(&canonical), t.sha256);
        let tile = decode_tile(&bytes).unwrap();
        assert_eq!(tile.id, t.id);
        assert_eq!(tile.meetings.len() as u64, t.meetings);
        tiles.insert(t.id.clone(), (canonical, tile));
    }
    (manifest, tiles)
}

/// A BMLT query address (a root server's address would be turned into a query).
const GNYR: &str = "/main_server/client_interface/json/?switcher=GetSearchResults&weekdays=2";

const ONLINE_FEED: &str = r#"[
 {"slug":"zoom-1","name":"Online Serenity","day":1,"time":"07:00","timezone":"America/New_York",
  "conference_url":"https://zoom.us/j/123456789","types":["ONL"]},
 {"slug":"phone-1","name":"Phone Meeting","day":3,"time":"21:00","timezone":"America/New_York",
  "conference_phone":"+12155550100","types":["ONL"]},
 {"slug":"nowhere","name":"No Place No Link","day":4,"time":"20:00","timezone":"America/New_York"}
]"#;

/// Three meetings of the aasepia feed as another intergroup lists them (other slugs).
fn duplicate_feed(aasepia: &[serde_json::Value]) -> (Vec<u8>, Vec<String>) {
    let mut copies = Vec::new();
    let mut names = Vec::new();
    for m in aasepia.iter().step_by(500).take(3) {
        let mut c = m.clone();
        c["slug"] = serde_json::json!(format!("copy-{}", copies.len()));
        names.push(m["name"].as_str().unwrap().to_string());
        copies.push(c);
    }
    (serde_json::to_vec(&copies).unwrap(), names)
}

#[test]
fn a_relay_publishes_signed_tiles_merges_duplicates_and_rebuilds_only_what_changed() {
    let Some(feeds_dir) = feeds_dir() else { return };
    let aasepia_bytes = std::fs::read(feeds_dir.join("mg-aasepia.json")).unwrap();
    let mut aasepia: Vec<serde_json::Value> = serde_json::from_slice(&aasepia_bytes).unwrap();
    let bmlt = std::fs::read(feeds_dir.join("bmlt-gnyr-GetSearchResults-weekday2.json")).unwrap();
    let (dups, dup_names) = duplicate_feed(&aasepia);

    let feeds = Feeds::start();
    feeds.set("/aasepia.json", Answer::Body(aasepia_bytes.clone()));
    feeds.set(GNYR, Answer::Body(bmlt));
    feeds.set("/copies.json", Answer::Body(dups.clone()));
    feeds.set(
        "/online.json",
        Answer::Body(ONLINE_FEED.as_bytes().to_vec()),
    );
    let sources = vec![
        source(
            "aasepia",
            feeds.url("/aasepia.json"),
            FeedFormat::MeetingGuide,
            "aa",
        ),
        source("gnyr", feeds.url(GNYR), FeedFormat::Bmlt, "na"),
        source(
            "copies",
            feeds.url("/copies.json"),
            FeedFormat::MeetingGuide,
            "aa",
        ),
        source(
            "online",
            feeds.url("/online.json"),
            FeedFormat::MeetingGuide,
            "aa",
        ),
        // Plain http to another host is refused before anything is sent.
        source(
            "faraway",
            "http://feeds.example.invalid/feed.json".into(),
            FeedFormat::MeetingGuide,
            "aa",
        ),
    ];

    let work = tempfile::tempdir().unwrap();
    let keyfile = work.path().join("relay.key");
    let public = build::keygen(&keyfile).unwrap();
    assert!(
        build::keygen(&keyfile).is_err(),
        "a key is never overwritten"
    );
    let key = build::load_key(&keyfile).unwrap();
    assert_eq!(build::public_key(&key), public);
    let paths = BuildPaths::new(work.path().join("out"), None);

    // ---- First build.
    let first = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    assert!(first.published);
    assert_eq!(first.version, 1);
    assert_eq!(first.sources, 5);
    let (manifest, tiles) = read_relay(&paths.out, &public);
    assert_eq!(first.failing, 1, "{first:?} {:?}", manifest.sources);
    assert_eq!(manifest.version, 1);

    // Another key, or one flipped byte, and nothing is believed.
    let json = std::fs::read(paths.out.join("manifest.json")).unwrap();
    let sig = std::fs::read(paths.out.join("manifest.sig")).unwrap();
    let other = build::public_key(&ed25519_dalek::SigningKey::from_bytes(&[9; 32]));
    assert_eq!(
        verify_manifest(&json, &sig, &other),
        Err(RelayError::BadSignature)
    );
    let mut flipped = json.clone();
    flipped[json.len() / 3] ^= 0x20;
    assert_eq!(
        verify_manifest(&flipped, &sig, &public),
        Err(RelayError::BadSignature)
    );

    // Sources: the refused one says why, with no meetings.
    let by_id: HashMap<&str, &format::SourceEntry> = manifest
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    assert_eq!(by_id["faraway"].error, Some(SourceError::InvalidInput));
    assert_eq!(by_id["faraway"].meetings, 0);
    assert!(by_id["faraway"].stale);
    for id in ["aasepia", "gnyr", "copies", "online"] {
        assert_eq!(by_id[id].error, None, "{id}");
        assert!(by_id[id].last_success.is_some() && !by_id[id].stale, "{id}");
    }
    assert!(by_id["aasepia"].meetings > 1000);
    assert!(by_id["gnyr"].meetings > 0);

    // Every meeting is in the tile of its point; online-only ones in the pack.
    let mut published = 0u64;
    let mut all_ids = Vec::new();
    for (id, (_, tile)) in &tiles {
        for m in &tile.meetings {
            published += 1;
            all_ids.push(m.id.clone());
            match (m.latitude, m.longitude) {
                (Some(latitude), Some(longitude)) => {
                    let p = GeoPoint {
                        latitude,
                        longitude,
                    };
                    assert!(id.contains(p), "{} at {p:?} in {id}", m.name);
                }
                _ => {
                    assert!(id.is_online(), "{} has no point but is in {id}", m.name);
                    assert!(
                        m.attendance.has_online()
                            || m.conference_url.is_some()
                            || m.conference_phone.is_some()
                    );
                }
            }
        }
    }
    let online = &tiles[&TileId::online()].1;
    let online_names: Vec<&str> = online.meetings.iter().map(|m| m.name.as_str()).collect();
    assert!(
        online_names.contains(&"Online Serenity"),
        "{online_names:?}"
    );
    assert!(online_names.contains(&"Phone Meeting"), "{online_names:?}");
    assert!(
        !all_ids.iter().any(|i| i == "online:nowhere"),
        "no place, no link: left out"
    );
    assert!(manifest.left_out >= 1);

    // Duplicates: written once, the copy's id on the original.
    assert_eq!(manifest.merged_duplicates, 3);
    assert!(
        !all_ids.iter().any(|i| i.starts_with("copies:")),
        "copies merged away"
    );
    for name in &dup_names {
        let kept: Vec<_> = tiles
            .values()
            .flat_map(|(_, t)| &t.meetings)
            .filter(|m| &m.name == name && !m.also_listed_as.is_empty())
            .collect();
        assert_eq!(kept.len(), 1, "{name}");
        assert!(kept[0].id.starts_with("aasepia:"));
        assert!(kept[0].also_listed_as[0].starts_with("copies:"));
    }
    let stored: u64 = manifest.sources.iter().map(|s| s.meetings).sum();
    assert_eq!(
        published + manifest.left_out + manifest.merged_duplicates,
        stored
    );

    // Tiles are coarse: nothing finer than the 2° grid.
    assert!(tiles
        .keys()
        .all(|t| t.is_online() || TileId::corner(t.as_str()).is_some()));

    // ---- Nothing changed: nothing is written.
    let before = listing(&paths.out);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    assert!(!again.published, "{again:?}");
    assert_eq!(again.version, 1);
    assert_eq!(
        listing(&paths.out),
        before,
        "no file written, touched or removed"
    );
    assert_eq!(
        std::fs::read(paths.out.join("manifest.json")).unwrap(),
        json
    );

    // ---- One meeting renamed and one dropped in aasepia: a new version with a delta.
    let renamed_slug = aasepia[10]["slug"].as_str().unwrap().to_string();
    aasepia[10]["name"] = serde_json::json!("Renamed Group");
    let removed_slug = aasepia[20]["slug"].as_str().unwrap().to_string();
    aasepia.remove(20);
    feeds.set(
        "/aasepia.json",
        Answer::Body(serde_json::to_vec(&aasepia).unwrap()),
    );
    let changed = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    assert!(changed.published);
    assert_eq!(changed.version, 2);
    assert_eq!(changed.changed_meetings, 2, "{changed:?}");
    let (manifest2, tiles2) = read_relay(&paths.out, &public);
    let mut deltas_checked = 0;
    for t in &manifest2.tiles {
        match t.download_for(Some(1)) {
            Download::Current => {
                assert_eq!(tiles[&t.id].0, tiles2[&t.id].0, "{} unchanged", t.id)
            }
            Download::Delta(d) => {
                let delta = std::fs::read(paths.out.join(&d.path)).unwrap();
                assert_eq!(sha256_hex(&delta), d.sha256);
                let rebuilt = apply_delta(&tiles[&t.id].0, &delta).unwrap();
                assert_eq!(
                    sha256_hex(&rebuilt),
                    t.sha256,
                    "the delta rebuilds the tile"
                );
                assert!(
                    (delta.len() as u64) * 20 <= t.file.size,
                    "delta {} bytes for a {}-byte tile",
                    delta.len(),
                    t.file.size
                );
                deltas_checked += 1;
            }
            Download::Full(_) => panic!("tile {} changed without a delta", t.id),
        }
    }
    assert!(deltas_checked >= 1);
    let all2: Vec<&str> = tiles2
        .values()
        .flat_map(|(_, t)| t.meetings.iter().map(|m| m.id.as_str()))
        .collect();
    assert!(!all2.contains(&format!("aasepia:{removed_slug}").as_str()));
    assert!(tiles2.values().any(|(_, t)| t
        .meetings
        .iter()
        .any(|m| m.id == format!("aasepia:{renamed_slug}") && m.name == "Renamed Group")));

    // ---- A source down and another sending garbage: their last good meetings stay, with
    // the error and the time of the last success in the manifest.
    feeds.set(GNYR, Answer::Status(503));
    feeds.set(
        "/copies.json",
        Answer::Body(b"<html><body>Database error</body></html>".to_vec()),
    );
    let failing = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    assert_eq!(failing.failing, 3, "{failing:?}");
    assert!(failing.published, "the sources' errors are news");
    let (manifest3, tiles3) = read_relay(&paths.out, &public);
    assert_eq!(manifest3.version, 3);
    let s3: HashMap<&str, &format::SourceEntry> = manifest3
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    assert_eq!(s3["gnyr"].error, Some(SourceError::HttpStatus));
    assert_eq!(s3["copies"].error, Some(SourceError::InvalidData));
    for id in ["gnyr", "copies"] {
        assert_eq!(
            s3[id].meetings, by_id[id].meetings,
            "{id} keeps its meetings"
        );
        assert!(s3[id].last_success.is_some());
        assert!(
            s3[id].last_attempt > s3[id].last_success,
            "{id}: tried after it last worked"
        );
    }
    assert_eq!(
        manifest3.merged_duplicates, 3,
        "the kept copies still merge"
    );
    for t in &manifest3.tiles {
        assert_eq!(tiles3[&t.id].0, tiles2[&t.id].0, "tile {} as it was", t.id);
    }
}

#[test]
fn a_relay_source_must_be_https_or_this_machine() {
    assert!(build::allowed_source_url(
        "https://aa-intergroup.example.org/feed.json"
    ));
    assert!(build::allowed_source_url("http://127.0.0.1:8080/feed.json"));
    assert!(build::allowed_source_url("http://localhost/feed.json"));
    assert!(build::allowed_source_url("http://[::1]:9000/feed.json"));
    assert!(!build::allowed_source_url("http://example.org/feed.json"));
    assert!(!build::allowed_source_url("http://10.0.0.5/feed.json"));
    assert!(!build::allowed_source_url("ftp://127.0.0.1/feed.json"));
    assert!(!build::allowed_source_url("/etc/passwd"));
    assert!(!build::allowed_source_url("https://"));
}

#[test]
fn meetings_without_coordinates_go_to_their_sources_one_tile_area() {
    let Some(feeds_dir) = feeds_dir() else { return };
    // Edmonton's feed gives addresses and no coordinates.
    let edmonton = std::fs::read(feeds_dir.join("mg-edmonton-nonconforming.json")).unwrap();
    let feeds = Feeds::start();
    feeds.set("/edmonton.json", Answer::Body(edmonton));
    let catalogue = waymark_core::catalogue::Catalogue::parse(&format!(
        "version = 1\n[[source]]\nid = \"edmonton\"\nname = \"Edmonton (test)\"\nprogram = \"aa\"\n\
         format = \"meeting-guide\"\nurl = \"{}\"\ncountry = \"CA\"\n\
         timezone = \"America/Edmonton\"\nbbox = [53.3, -113.8, 53.8, -113.2]\n",
        feeds.url("/edmonton.json")
    ))
    .unwrap();
    let with_area = build::sources_from_catalogue(&catalogue);
    assert_eq!(with_area[0].area, Some(TileId::parse("n52w114").unwrap()));
    let mut without_area = with_area.clone();
    without_area[0].area = None;

    let work = tempfile::tempdir().unwrap();
    let key = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
    let public = build::public_key(&key);
    let mut left = Vec::new();
    for (n, sources) in [without_area, with_area].iter().enumerate() {
        let paths = BuildPaths::new(work.path().join(format!("out{n}")), None);
        build::build(sources, &key, &paths, &mut |_| {}).unwrap();
        let (manifest, tiles) = read_relay(&paths.out, &public);
        left.push(manifest.left_out);
        if n == 1 {
            let area = &tiles[&TileId::parse("n52w114").unwrap()].1;
            assert_eq!(
                area.meetings.len() as u64,
                left[0],
                "every one left out before"
            );
            assert!(area
                .meetings
                .iter()
                .all(|m| m.latitude.is_none() && m.attendance.has_place()));
        }
    }
    assert!(left[0] > 100, "{left:?}");
    assert_eq!(left[1], 0);

    // A box wider than one tile places nothing.
    let wide = waymark_core::catalogue::Catalogue::parse(
        "version = 1\n[[source]]\nid = \"ukna\"\nname = \"NA UK (test)\"\nprogram = \"na\"\n\
         format = \"bmlt\"\nurl = \"https://bmlt.example.org/main_server/\"\ncountry = \"GB\"\n\
         bbox = [49.8, -8.7, 60.9, 1.8]\n",
    )
    .unwrap();
    assert_eq!(build::sources_from_catalogue(&wide)[0].area, None);
}
