//! Tests of the relay build's own steps (the whole build is tested in `core/tests/relay.rs`).
use super::*;
use chrono::TimeZone;

fn tiles(names: &[&str]) -> TileLines {
    let id = TileId::parse("n52w006").unwrap();
    let mut lines = BTreeMap::new();
    for n in names {
        lines.insert(
            format!("wales:{n}"),
            format!(r#"{{"id":"wales:{n}","name":"{n}"}}"#),
        );
    }
    BTreeMap::from([(id, lines)])
}

fn at(hour: u32) -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .with_ymd_and_hms(2026, 11, 30, 0, 0, 0)
        .unwrap()
        .checked_add_signed(chrono::Duration::hours(hour as i64))
        .unwrap()
}

fn manifest(paths: &BuildPaths) -> Manifest {
    parse_manifest(&std::fs::read(paths.out.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn the_version_only_grows_when_the_clock_goes_back_and_a_quiet_relay_republishes_daily() {
    let dir = tempfile::tempdir().unwrap();
    let paths = BuildPaths::new(dir.path().join("out"), None);
    std::fs::create_dir_all(paths.out.join("files")).unwrap();
    std::fs::create_dir_all(&paths.state).unwrap();
    let key = SigningKey::from_bytes(&[5; 32]);
    let publish_at = |t: TileLines, now| publish(t, Vec::new(), 0, 0, &key, &paths, now);

    let first = publish_at(tiles(&["a", "b"]), at(100)).unwrap();
    assert_eq!((first.version, first.published), (1, true));
    // The clock went back a day, and something changed: version 2, and built_at does not
    // go backwards either.
    let back = publish_at(tiles(&["a", "b", "c"]), at(76)).unwrap();
    assert_eq!((back.version, back.published), (2, true));
    assert_eq!(manifest(&paths).built_at, "2026-12-04T04:00:00Z");
    // Nothing changed, an hour later: nothing written.
    let quiet = publish_at(tiles(&["a", "b", "c"]), at(101)).unwrap();
    assert_eq!((quiet.version, quiet.published), (2, false));
    // Nothing changed for a day: republished, same tile entry, so phones download nothing
    // but the manifest.
    let before = manifest(&paths);
    let daily = publish_at(tiles(&["a", "b", "c"]), at(100 + 25)).unwrap();
    assert_eq!((daily.version, daily.published), (3, true));
    let after = manifest(&paths);
    assert_eq!(after.tiles, before.tiles);
    assert_eq!(after.built_at, "2026-12-05T05:00:00Z");
    // The history lost: the version still grows from the published manifest.
    std::fs::remove_file(paths.state.join(HISTORY_FILE)).unwrap();
    let lost = publish_at(tiles(&["a"]), at(130)).unwrap();
    assert_eq!(lost.version, 4);
}
