//! Phones on a relay, end to end: a relay built from real feeds on loopback, its folder
//! served by a static host on loopback, and two phones with different areas, each with a real
//! directory file. They see exactly the meetings of their tiles plus the online pack; a
//! change reaches them as a delta; an unchanged relay costs one 304; and bad answers (a bad
//! signature, a tile that does not match, a cut delta, an older manifest, a web page) leave
//! each phone with what it had.

mod support;

use std::collections::BTreeSet;

use support::{feeds_dir, Answer, Loopback};
use waymark_core::relay::build::{self, BuildPaths, RelaySource};
use waymark_core::relay::{decode_tile, verify_manifest, Manifest, PublicKey, TileId};
use waymark_core::{Directory, ErrorKind, FeedFormat, GeoPoint};

const ONLINE_FEED: &str = r#"[
 {"slug":"zoom-1","name":"Online Serenity","day":1,"time":"07:00","timezone":"America/New_York",
  "conference_url":"https://zoom.us/j/123456789","types":["ONL"]}
]"#;

/// Philadelphia, 20 km: tiles n38w076 and n40w076.
const PHILADELPHIA: GeoPoint = GeoPoint {
    latitude: 39.95,
    longitude: -75.16,
};
/// Queens, 10 km: tile n40w074 only.
const QUEENS: GeoPoint = GeoPoint {
    latitude: 40.73,
    longitude: -73.8,
};

struct Relay {
    feeds: Loopback,
    host: Loopback,
    sources: Vec<RelaySource>,
    key: ed25519_dalek::SigningKey,
    public: PublicKey,
    paths: BuildPaths,
    _work: tempfile::TempDir,
}

impl Relay {
    fn new(aasepia: &[u8], gnyr: &[u8]) -> Self {
        let feeds = Loopback::start();
        feeds.set("/aasepia.json", Answer::Body(aasepia.to_vec()));
        feeds.set("/gnyr.json", Answer::Body(gnyr.to_vec()));
        feeds.set("/online.json", Answer::Body(ONLINE_FEED.into()));
        let source = |id: &str, path: &str, format, program: &str| RelaySource {
            id: id.into(),
            name: format!("{id} intergroup"),
            url: feeds.url(path),
            format,
            program: program.into(),
            timezone: Some("America/New_York".into()),
            area: None,
        };
        let sources = vec![
            source("aasepia", "/aasepia.json", FeedFormat::MeetingGuide, "aa"),
            source("gnyr", "/gnyr.json", FeedFormat::Bmlt, "na"),
            source("online", "/online.json", FeedFormat::MeetingGuide, "aa"),
        ];
        let work = tempfile::tempdir().unwrap();
        let keyfile = work.path().join("relay.key");
        let public = build::keygen(&keyfile).unwrap();
        let key = build::load_key(&keyfile).unwrap();
        let paths = BuildPaths::new(work.path().join("out"), None);
        let host = Loopback::start();
        host.serve_folder(paths.out.clone());
        let relay = Relay {
            feeds,
            host,
            sources,
            key,
            public,
            paths,
            _work: work,
        };
        relay.build();
        relay
    }

    fn build(&self) -> Manifest {
        build::build(&self.sources, &self.key, &self.paths, &mut |_| {}).unwrap();
        self.manifest()
    }

    fn manifest(&self) -> Manifest {
        let json = std::fs::read(self.paths.out.join("manifest.json")).unwrap();
        let sig = std::fs::read(self.paths.out.join("manifest.sig")).unwrap();
        verify_manifest(&json, &sig, &self.public).unwrap()
    }

    /// The ids of the meetings the relay publishes in `tiles`, as a phone stores them.
    fn ids_in(&self, tiles: &BTreeSet<TileId>, source_id: &str) -> BTreeSet<String> {
        let manifest = self.manifest();
        let mut out = BTreeSet::new();
        for t in tiles {
            if let Some(entry) = manifest.tile(t) {
                let bytes = std::fs::read(self.paths.out.join(&entry.file.path)).unwrap();
                for m in decode_tile(&bytes).unwrap().meetings {
                    out.insert(format!("{source_id}:{}", m.id));
                }
            }
        }
        out
    }
}

struct Phone {
    dir: Directory,
    folder: tempfile::TempDir,
}

impl Phone {
    fn new(relay: &Relay, center: GeoPoint, radius_km: f64) -> (Self, BTreeSet<TileId>, String) {
        let file = tempfile::tempdir().unwrap();
        let path = file.path().join("directory.sqlite");
        let dir = Directory::open(&path).unwrap();
        let area = dir
            .add_area(
                &relay.host.base,
                &relay.public.to_text(),
                center,
                radius_km,
                None,
            )
            .unwrap();
        let mut tiles: BTreeSet<TileId> = area
            .tiles
            .iter()
            .map(|t| TileId::parse(t).unwrap())
            .collect();
        tiles.insert(TileId::online());
        (Phone { dir, folder: file }, tiles, area.source_id)
    }

    /// Adds a feed by hand beside the relay: one meeting in Aberystwyth, in a file of the
    /// phone's own folder.
    fn add_local_feed(&self) -> waymark_core::Source {
        let file = self.folder.path().join("local.json");
        std::fs::write(
            &file,
            r#"[{"slug":"local","name":"Local Hope","day":2,"time":"19:00",
                "timezone":"Europe/London","latitude":52.41,"longitude":-4.08,
                "address":"1 High St, Aberystwyth"}]"#,
        )
        .unwrap();
        self.dir
            .add_source(waymark_core::NewSource {
                location: file.to_string_lossy().into(),
                format: Some(FeedFormat::MeetingGuide),
                name: Some("Local".into()),
                ..waymark_core::NewSource::default()
            })
            .unwrap()
    }

    /// Every meeting id the phone holds, in its rows and in the tiles it attached as they
    /// came (shards).
    fn ids(&self) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        self.dir
            .for_each_meeting(|m| {
                ids.insert(m.id);
                Ok(())
            })
            .unwrap();
        ids
    }

    /// Syncs; the relay source's result.
    fn sync(&self) -> waymark_core::Result<waymark_core::ImportReport> {
        let mut results = self.dir.sync_all().unwrap();
        assert_eq!(results.len(), 1);
        results.remove(0).1
    }
}

/// The catalogue sources a phone's freshness list names.
fn sources_of(phone: &Phone) -> BTreeSet<String> {
    let list = phone.dir.relay_sources(chrono::Utc::now()).unwrap();
    list.into_iter().map(|s| s.id).collect()
}

/// The catalogue sources of meeting ids `relay:source:key`.
fn sources_in(ids: &BTreeSet<String>) -> BTreeSet<String> {
    ids.iter()
        .filter_map(|i| i.split(':').nth(1).map(str::to_string))
        .collect()
}

fn sample() -> Option<(Vec<u8>, Vec<u8>)> {
    let feeds = feeds_dir()?;
    Some((
        std::fs::read(feeds.join("mg-aasepia.json")).unwrap(),
        std::fs::read(feeds.join("bmlt-gnyr-GetSearchResults-weekday2.json")).unwrap(),
    ))
}

fn paths_asked(host: &Loopback) -> Vec<String> {
    host.take_log().into_iter().map(|(p, _)| p).collect()
}

#[test]
fn two_phones_see_exactly_their_areas_and_a_change_arrives_as_a_delta() {
    let Some((aasepia, gnyr)) = sample() else {
        return;
    };
    let relay = Relay::new(&aasepia, &gnyr);
    let (philly, philly_tiles, philly_src) = Phone::new(&relay, PHILADELPHIA, 20.0);
    let (queens, queens_tiles, queens_src) = Phone::new(&relay, QUEENS, 10.0);
    assert_ne!(philly_tiles, queens_tiles);
    assert!(philly_tiles
        .iter()
        .all(|t| t.is_online() || t.as_str().ends_with("w076")));
    assert!(queens_tiles.contains(&TileId::parse("n40w074").unwrap()));

    // First sync: each phone holds exactly the meetings of its tiles and the online pack.
    philly.sync().unwrap();
    queens.sync().unwrap();
    let want_philly = relay.ids_in(&philly_tiles, &philly_src);
    let want_queens = relay.ids_in(&queens_tiles, &queens_src);
    assert!(want_philly.len() > 500, "{}", want_philly.len());
    assert!(want_queens.len() > 20, "{}", want_queens.len());
    assert_eq!(philly.ids(), want_philly);
    assert_eq!(queens.ids(), want_queens);
    let online = format!("{philly_src}:online:zoom-1");
    assert!(philly.ids().contains(&online));
    assert!(!philly.ids().iter().any(|i| i.contains(":gnyr:")));

    // Searchable like any other meeting, and its source's freshness is known.
    let m = philly.dir.meeting(&online).unwrap();
    assert_eq!(m.name, "Online Serenity");
    let fresh = philly.dir.relay_sources(chrono::Utc::now()).unwrap();
    let aa = fresh.iter().find(|s| s.id == "aasepia").unwrap();
    assert_eq!(aa.name, "aasepia intergroup");
    assert!(aa.last_success.is_some() && !aa.stale && aa.error_kind.is_none());
    assert_eq!(aa.freshness, "Updated just now from aasepia intergroup");
    // Only the sources with meetings here, each with its count here.
    assert_eq!(sources_of(&philly), sources_in(&philly.ids()));
    assert!(!sources_of(&philly).contains("gnyr"));
    let here = philly
        .ids()
        .iter()
        .filter(|i| i.contains(":aasepia:"))
        .count();
    assert_eq!(aa.meetings, here as u64);

    // Nothing new at the relay: one request, answered 304.
    relay.host.take_log();
    let r = philly.sync().unwrap();
    assert!(r.not_modified);
    assert_eq!(
        relay.host.take_log(),
        vec![("/manifest.json".to_string(), 304)]
    );

    // A meeting renamed in Philadelphia: the Philadelphia phone downloads a delta (not the
    // whole tile); the Queens phone, whose tiles did not change, downloads no tile.
    let mut feed: Vec<serde_json::Value> = serde_json::from_slice(&aasepia).unwrap();
    let slug = feed[10]["slug"].as_str().unwrap().to_string();
    feed[10]["name"] = serde_json::json!("Renamed Group");
    relay.feeds.set(
        "/aasepia.json",
        Answer::Body(serde_json::to_vec(&feed).unwrap()),
    );
    let manifest = relay.build();
    assert_eq!(manifest.version, 2);
    let renamed = format!("{philly_src}:aasepia:{slug}");
    relay.host.take_log();
    philly.sync().unwrap();
    let asked = paths_asked(&relay.host);
    let changed: Vec<_> = manifest
        .tiles
        .iter()
        .filter(|t| t.changed_in == 2)
        .collect();
    assert_eq!(changed.len(), 1, "one tile changed");
    let delta = &changed[0].deltas[0];
    assert!(asked.contains(&format!("/{}", delta.path)), "{asked:?}");
    assert!(
        !asked.contains(&format!("/{}", changed[0].file.path)),
        "{asked:?}"
    );
    assert!(
        delta.size * 20 <= changed[0].file.size,
        "delta {} of {}",
        delta.size,
        changed[0].file.size
    );
    assert_eq!(philly.dir.meeting(&renamed).unwrap().name, "Renamed Group");
    assert_eq!(philly.ids(), relay.ids_in(&philly_tiles, &philly_src));
    queens.sync().unwrap();
    let asked = paths_asked(&relay.host);
    assert_eq!(sources_of(&queens), sources_in(&queens.ids()));
    assert_eq!(asked, vec!["/manifest.json", "/manifest.sig"], "{asked:?}");
    assert_eq!(queens.ids(), want_queens);

    // Removing the area: its meetings leave at once, offline.
    let area = queens.dir.areas().unwrap()[0].id;
    queens.dir.remove_area(area).unwrap();
    assert!(queens.ids().is_empty());
    assert!(queens.dir.sources().unwrap().is_empty());
}

/// A phone that has synced once, and a relay whose answers the test may spoil.
fn synced_phone() -> Option<(Relay, Phone, BTreeSet<String>, Manifest)> {
    let (aasepia, gnyr) = sample()?;
    let relay = Relay::new(&aasepia, &gnyr);
    let (phone, _, _) = Phone::new(&relay, PHILADELPHIA, 20.0);
    phone.sync().unwrap();
    let ids = phone.ids();
    let first = relay.manifest();
    Some((relay, phone, ids, first))
}

/// The next version, with one meeting renamed.
fn publish_change(relay: &Relay, aasepia: &[u8]) -> Manifest {
    let mut feed: Vec<serde_json::Value> = serde_json::from_slice(aasepia).unwrap();
    feed[10]["name"] = serde_json::json!("Renamed Group");
    relay.feeds.set(
        "/aasepia.json",
        Answer::Body(serde_json::to_vec(&feed).unwrap()),
    );
    relay.build()
}

fn refused(phone: &Phone, kept: &BTreeSet<String>, kind: ErrorKind, what: &str) {
    let err = phone.sync().expect_err(what);
    assert_eq!(err.kind(), kind, "{what}: {err}");
    assert_eq!(&phone.ids(), kept, "{what}: the phone keeps what it had");
    assert!(phone.dir.integrity_check().unwrap());
}

#[test]
fn bad_answers_from_a_relay_leave_the_phone_with_what_it_had() {
    let Some((relay, phone, kept, first)) = synced_phone() else {
        return;
    };
    let (aasepia, _) = sample().unwrap();
    let old_json = std::fs::read(relay.paths.out.join("manifest.json")).unwrap();
    let old_sig = std::fs::read(relay.paths.out.join("manifest.sig")).unwrap();
    let second = publish_change(&relay, &aasepia);
    assert!(second.version > first.version);
    let changed = second
        .tiles
        .iter()
        .find(|t| t.changed_in == second.version)
        .unwrap();
    let delta = format!("/{}", changed.deltas[0].path);
    let full = format!("/{}", changed.file.path);

    // A signature made with another key (or of other bytes).
    let mut sig = std::fs::read(relay.paths.out.join("manifest.sig")).unwrap();
    sig[5] = if sig[5] == b'0' { b'1' } else { b'0' };
    relay.host.set("/manifest.sig", Answer::Body(sig));
    refused(&phone, &kept, ErrorKind::InvalidData, "bad signature");
    relay.host.unset("/manifest.sig");

    // A tile that is not what the manifest says (its delta missing, so the whole tile is
    // asked for).
    relay.host.set(&delta, Answer::Status(404));
    let mut other = std::fs::read(relay.paths.out.join(&changed.file.path)).unwrap();
    let n = other.len();
    other[n - 9] ^= 0xff;
    relay.host.set(&full, Answer::Body(other));
    refused(
        &phone,
        &kept,
        ErrorKind::InvalidData,
        "tile with the wrong hash",
    );
    // A delta cut short, and the tile too: nothing usable.
    let bytes = std::fs::read(relay.paths.out.join(&changed.deltas[0].path)).unwrap();
    relay
        .host
        .set(&delta, Answer::Body(bytes[..bytes.len() / 2].to_vec()));
    let tile = std::fs::read(relay.paths.out.join(&changed.file.path)).unwrap();
    relay
        .host
        .set(&full, Answer::Body(tile[..tile.len() / 2].to_vec()));
    refused(&phone, &kept, ErrorKind::InvalidData, "cut delta and tile");
    relay.host.unset(&full);

    // A web page instead of the manifest (a captive portal).
    relay.host.set(
        "/manifest.json",
        Answer::Body(b"<!doctype html><title>Log in to the Wi-Fi</title>".to_vec()),
    );
    refused(&phone, &kept, ErrorKind::InvalidData, "web page");
    relay.host.unset("/manifest.json");

    // The delta still cut short, but the whole tile good: the phone falls back to it.
    relay.host.take_log();
    phone.sync().unwrap();
    let asked = paths_asked(&relay.host);
    assert!(asked.contains(&delta) && asked.contains(&full), "{asked:?}");
    relay.host.unset(&delta);
    let now = phone.ids();
    assert_eq!(now.len(), kept.len());
    assert!(phone
        .dir
        .meeting(&format!(
            "{}:aasepia:{}",
            phone.dir.areas().unwrap()[0].source_id,
            serde_json::from_slice::<Vec<serde_json::Value>>(&aasepia).unwrap()[10]["slug"]
                .as_str()
                .unwrap()
        ))
        .is_ok_and(|m| m.name == "Renamed Group"));

    // The first version again, correctly signed: a rollback, refused.
    relay.host.set("/manifest.json", Answer::Body(old_json));
    relay.host.set("/manifest.sig", Answer::Body(old_sig));
    refused(&phone, &now, ErrorKind::Suspicious, "older version");
}

#[test]
fn an_area_is_checked_before_anything_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let d = Directory::open(dir.path().join("d.sqlite")).unwrap();
    let key = build::keygen(&dir.path().join("k")).unwrap().to_text();
    let bad = [
        ("http://relay.example.org", key.as_str(), PHILADELPHIA, 50.0),
        (
            "https://relay.example.org",
            "waymark-relay-v1:zz",
            PHILADELPHIA,
            50.0,
        ),
        (
            "https://relay.example.org",
            key.as_str(),
            PHILADELPHIA,
            5000.0,
        ),
        (
            "https://relay.example.org",
            key.as_str(),
            GeoPoint {
                latitude: 95.0,
                longitude: 0.0,
            },
            50.0,
        ),
    ];
    for (url, k, at, radius) in bad {
        let err = d.add_area(url, k, at, radius, None).unwrap_err();
        assert_eq!(
            err.kind(),
            ErrorKind::InvalidInput,
            "{url} {k} {radius}: {err}"
        );
    }
    assert!(d.areas().unwrap().is_empty() && d.sources().unwrap().is_empty());
}

/// Adding an area is all or nothing: when storing the area fails, neither the relay's source
/// nor its pinned key is left behind (a source without its key could never sync, and a second
/// try would add another). Here the file refuses new areas by a trigger.
#[test]
fn an_area_that_cannot_be_stored_leaves_no_half_added_relay() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.sqlite");
    let d = Directory::open(&path).unwrap();
    let key = build::keygen(&dir.path().join("k")).unwrap().to_text();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER no_areas BEFORE INSERT ON relay_areas
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    d.add_area("https://relay.example.org", &key, PHILADELPHIA, 20.0, None)
        .unwrap_err();
    assert!(d.sources().unwrap().is_empty(), "{:?}", d.sources());
    let pinned: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM relay_state", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pinned, 0);
    // Once areas can be stored again, the same relay is added once, with its first area.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TRIGGER no_areas")
        .unwrap();
    let area = d
        .add_area("https://relay.example.org", &key, PHILADELPHIA, 20.0, None)
        .unwrap();
    assert_eq!(area.label, "Area 1");
    assert_eq!(d.sources().unwrap().len(), 1);
}

#[test]
fn a_feed_added_by_hand_keeps_working_beside_an_area() {
    let Some((_relay, phone, relay_ids, _)) = synced_phone() else {
        return;
    };
    let hand = phone.add_local_feed();
    let results = phone.dir.sync_all().unwrap();
    assert_eq!(results.len(), 2);
    assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");
    let ids = phone.ids();
    assert!(ids.contains(&format!("{}:local", hand.id)));
    assert!(relay_ids.is_subset(&ids));
    assert_eq!(ids.len(), relay_ids.len() + 1);
    // Removing the area leaves the hand-added feed alone.
    phone
        .dir
        .remove_area(phone.dir.areas().unwrap()[0].id)
        .unwrap();
    assert_eq!(phone.ids().len(), 1);
}

#[test]
fn the_areas_screen_lists_the_area_and_a_feed_with_how_fresh_they_are() {
    use waymark_core::screens::{areas_state, AreasAction, MeetingsOptions};
    let Some((_relay, phone, relay_ids, _)) = synced_phone() else {
        return;
    };
    phone.add_local_feed();
    phone.dir.sync_all().unwrap();
    let options = |tag: &str| MeetingsOptions {
        locale: Some(tag.into()),
        viewer_timezone: Some("America/New_York".into()),
        at: None,
    };
    let s = areas_state(&phone.dir, &options("en-GB"));
    assert!(!s.first_run);
    assert_eq!(s.title, "Your areas");
    assert_eq!(s.areas.len(), 1);
    let area = &s.areas[0];
    assert!(area.area_id.is_some());
    assert_eq!(area.meetings, format!("{} meetings", relay_ids.len()));
    assert_eq!(area.updated, "Updated today");
    assert_eq!(area.actions[0].action, AreasAction::RemoveArea);
    // The relay is not listed again as a feed; the hand-added feed is.
    assert_eq!(s.feeds.len(), 1);
    assert_eq!(s.feeds[0].name, "Local");
    assert_eq!(s.feeds[0].meetings, "One meeting");
    assert_eq!(s.feeds[0].actions[0].action, AreasAction::RemoveFeed);
    assert!(s.actions.iter().any(|a| a.action == AreasAction::UpdateNow));
    let cy = areas_state(&phone.dir, &options("cy"));
    assert_eq!(cy.feeds[0].meetings, "Un cyfarfod");
    assert_eq!(cy.areas[0].updated, "Wedi'i ddiweddaru heddiw");
}

/// Every tile comes as an image too: a directory file holding exactly the rows a phone's sync
/// writes for that tile, under the id a phone gives the relay's source (named after the
/// relay's key, which the relay knows), so a phone can attach it as a shard instead of writing
/// the rows, and read it as it reads them.
#[test]
fn every_tile_comes_as_an_image_holding_the_rows_a_phones_sync_writes() {
    let Some((relay, phone, ids, manifest)) = synced_phone() else {
        return;
    };
    let source = phone.dir.sources().unwrap().remove(0);
    assert_eq!(source.id, relay.public.phone_source_id());
    let tiles: BTreeSet<TileId> = phone
        .dir
        .areas()
        .unwrap()
        .iter()
        .flat_map(|a| a.tiles.iter().map(|t| TileId::parse(t).unwrap()))
        .chain([TileId::online()])
        .collect();
    let work = tempfile::tempdir().unwrap();
    let attached = Directory::open(work.path().join("d.sqlite")).unwrap();
    let mut images = 0;
    for tile in &tiles {
        let Some(entry) = manifest.tile(tile) else {
            continue;
        };
        let image = entry.image.as_ref().expect("every tile has an image");
        assert_eq!(image.source_id, source.id);
        assert_eq!(image.schema, waymark_core::directory::schema::VERSION);
        let gz = std::fs::read(relay.paths.out.join(&image.path)).unwrap();
        assert_eq!(gz.len() as u64, image.size);
        let digest = ring::digest::digest(&ring::digest::SHA256, &gz);
        let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, image.sha256);
        let path = attached.new_part_path().unwrap().unwrap();
        let mut file = std::fs::File::create(&path).unwrap();
        std::io::copy(&mut flate2::read::GzDecoder::new(&gz[..]), &mut file).unwrap();
        drop(file);
        let shard = attached.add_shard(&path, &source.id).unwrap();
        assert_eq!(shard.meetings, entry.meetings, "tile {}", tile.as_str());
        images += 1;
    }
    assert!(images >= 2, "the area's tiles and the online pack");
    let mut seen = BTreeSet::new();
    attached
        .for_each_meeting(|m| {
            seen.insert(m.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(seen, ids, "the images hold exactly the phone's rows");
    let query = waymark_core::MeetingQuery {
        near: Some(PHILADELPHIA),
        radius_km: Some(20.0),
        text: Some("group".into()),
        include_closed: true,
        limit: Some(500),
        ..waymark_core::MeetingQuery::default()
    };
    let found = attached.search(&query).unwrap();
    assert!(!found.is_empty());
    assert_eq!(found, phone.dir.search(&query).unwrap());
    let one = &found[0].id;
    assert_eq!(
        attached.meeting(one).unwrap(),
        phone.dir.meeting(one).unwrap()
    );
}

/// A tile new to the phone arrives as the relay's image and is attached as it is (no rows
/// written); when the tile changes, the delta makes it rows again, its image goes, and a
/// meeting that left is "no longer listed"; an image that does not match its hash is not
/// used, and the tile's rows are written instead.
#[test]
fn a_new_tile_is_attached_as_its_image_and_becomes_rows_when_it_changes() {
    let Some((aasepia, gnyr)) = sample() else {
        return;
    };
    let relay = Relay::new(&aasepia, &gnyr);
    let (phone, tiles, src) = Phone::new(&relay, PHILADELPHIA, 20.0);
    relay.host.take_log();
    phone.sync().unwrap();
    let first = relay.manifest();
    let asked = paths_asked(&relay.host);
    let shards = phone.dir.shards().unwrap();
    let present: Vec<_> = tiles.iter().filter_map(|t| first.tile(t)).collect();
    assert_eq!(shards.len(), present.len(), "one shard per tile");
    for t in &present {
        let image = t.image.as_ref().unwrap();
        assert!(asked.contains(&format!("/{}", image.path)), "{asked:?}");
    }
    assert!(shards.iter().all(|s| s.attached && s.source_id == src));
    let before = phone.ids();
    assert_eq!(before, relay.ids_in(&tiles, &src));
    let total: u64 = shards.iter().map(|s| s.meetings).sum();
    assert_eq!(total, before.len() as u64);
    assert_eq!(
        phone.dir.sources().unwrap()[0].meeting_count,
        before.len() as u64
    );

    // One meeting renamed and one gone, in a tile the phone holds as an image.
    let mut feed: Vec<serde_json::Value> = serde_json::from_slice(&aasepia).unwrap();
    let on_phone = |m: &serde_json::Value| {
        m["slug"]
            .as_str()
            .is_some_and(|slug| before.contains(&format!("{src}:aasepia:{slug}")))
    };
    let i = feed.iter().position(on_phone).unwrap();
    let gone = format!("{src}:aasepia:{}", feed[i]["slug"].as_str().unwrap());
    feed.remove(i);
    let manifest = publish_change(&relay, &serde_json::to_vec(&feed).unwrap());
    let changed: Vec<_> = manifest
        .tiles
        .iter()
        .filter(|t| t.changed_in == manifest.version && tiles.contains(&t.id))
        .collect();
    assert!(!changed.is_empty());
    relay.host.take_log();
    phone.sync().unwrap();
    let asked = paths_asked(&relay.host);
    for t in &changed {
        assert!(
            !asked.contains(&format!("/{}", t.image.as_ref().unwrap().path)),
            "a changed tile comes as a delta, not as a new image: {asked:?}"
        );
    }
    assert_eq!(phone.ids(), relay.ids_in(&tiles, &src));
    let left = phone
        .dir
        .tombstone(&gone)
        .unwrap()
        .expect("no longer listed");
    assert!(
        left.last_known.contains("weekday_mask"),
        "{}",
        left.last_known
    );
    let after = phone.dir.shards().unwrap();
    assert_eq!(
        after.len(),
        shards.len() - changed.len(),
        "changed tiles are rows now"
    );
    let parts = phone.folder.path().join("directory.sqlite.parts");
    let files = std::fs::read_dir(&parts).unwrap().count();
    assert_eq!(files, after.len(), "the changed tiles' images are deleted");
    assert!(phone.dir.integrity_check().unwrap());

    // A phone that gets a damaged image writes that tile's rows instead.
    let big = present.iter().max_by_key(|t| t.meetings).unwrap();
    let image = manifest.tile(&big.id).unwrap().image.clone().unwrap();
    let served = relay.paths.out.join(&image.path);
    let mut bytes = std::fs::read(&served).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&served, bytes).unwrap();
    let (other, tiles, src) = Phone::new(&relay, PHILADELPHIA, 20.0);
    other.sync().unwrap();
    assert_eq!(other.ids(), relay.ids_in(&tiles, &src));
    let held = other.dir.shards().unwrap();
    assert_eq!(held.len(), present.len() - 1, "all but the damaged one");
}

/// A tile image the phone lost (deleted, or damaged, while the app was closed) is forgotten
/// when the directory opens and fetched again at the next sync, even from a relay that
/// published nothing new.
#[test]
fn a_lost_image_is_fetched_again_at_the_next_sync() {
    let Some((aasepia, gnyr)) = sample() else {
        return;
    };
    let relay = Relay::new(&aasepia, &gnyr);
    let (phone, tiles, src) = Phone::new(&relay, PHILADELPHIA, 20.0);
    phone.sync().unwrap();
    let want = relay.ids_in(&tiles, &src);
    assert_eq!(phone.ids(), want);
    let shards = phone.dir.shards().unwrap();
    assert!(shards.len() >= 2);
    let parts = phone.folder.path().join("directory.sqlite.parts");
    std::fs::remove_file(parts.join(&shards[0].file)).unwrap();
    std::fs::write(parts.join(&shards[1].file), b"damaged").unwrap();
    drop(phone.dir);
    let phone = Phone {
        dir: Directory::open(phone.folder.path().join("directory.sqlite")).unwrap(),
        folder: phone.folder,
    };
    assert!(
        phone.ids().len() < want.len(),
        "their meetings are not shown"
    );
    phone.sync().unwrap();
    assert_eq!(phone.ids(), want);
    assert_eq!(phone.dir.shards().unwrap().len(), shards.len());
    assert!(phone.dir.integrity_check().unwrap());
}
