//! Tests of the relay format: keys and signatures, tile ids and coverage, tiles and deltas.

use super::*;
use crate::relay::keys::hex;
use crate::support::geo::GeoPoint;
use ed25519_dalek::{Signer, SigningKey};

pub(crate) fn meeting(id: &str, name: &str, lat: Option<f64>, lon: Option<f64>) -> Meeting {
    let (source, key) = id.split_once(':').unwrap_or(("src", id));
    serde_json::from_value(serde_json::json!({
        "id": id, "source_id": source, "key": key,
        "name": name, "program": "aa", "weekdays": [2],
        "start_minute": 1140, "duration_minutes": 60, "timezone": "Europe/London",
        "timezone_origin": "meeting", "attendance": "in_person", "temporarily_closed": false,
        "location_name": "Church hall", "address": "1 High St, Aberystwyth",
        "approximate_location": false,
        "latitude": lat, "longitude": lon, "conference_url": null,
        "conference_url_notes": null, "conference_phone": null,
        "conference_phone_notes": null, "types": ["O"], "raw_types": ["O"], "languages": ["en"],
        "notes": null, "location_notes": null, "region": ["Ceredigion"], "group": null,
        "url": null, "updated": null
    }))
    .unwrap()
}

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn public(k: &SigningKey) -> PublicKey {
    PublicKey::from_bytes(k.verifying_key().to_bytes())
}

fn sample_manifest() -> Vec<u8> {
    let canonical = canonical_tile(
        &TileId::parse("n52w006").unwrap(),
        &[meeting("a:1", "Hope", Some(52.41), Some(-4.08))],
    );
    let file = gzip_fixed(&canonical);
    let m = Manifest {
        format: FORMAT_VERSION,
        version: 3,
        built_at: "2026-11-30T06:00:00Z".into(),
        grid: Grid::default(),
        tiles: vec![TileEntry {
            id: TileId::parse("n52w006").unwrap(),
            sha256: sha256_hex(&canonical),
            bytes: canonical.len() as u64,
            meetings: 1,
            changed_in: 3,
            file: FileRef {
                path: format!("files/{}.gz", sha256_hex(&file)),
                sha256: sha256_hex(&file),
                size: file.len() as u64,
            },
            deltas: vec![],
            image: None,
        }],
        sources: vec![SourceEntry {
            id: "a".into(),
            name: "A".into(),
            program: "aa".into(),
            last_success: None,
            last_attempt: None,
            error: Some(SourceError::Offline),
            meetings: 1,
            stale: true,
        }],
        left_out: 0,
        merged_duplicates: 0,
    };
    serde_json::to_vec_pretty(&m).unwrap()
}

#[test]
fn a_public_key_reads_back_from_its_text_and_bad_text_is_a_typed_error() {
    let k = public(&key(1));
    let text = k.to_text();
    assert!(text.starts_with("waymark-relay-v1:"));
    assert_eq!(text.len(), "waymark-relay-v1:".len() + 64);
    assert_eq!(PublicKey::parse(&format!("  {text}\n")).unwrap(), k);
    for bad in [
        "",
        "waymark-relay-v1:",
        "ssh-ed25519 AAAA",
        &text[..text.len() - 1],
        &text.replace("waymark-relay-v1:", "waymark-relay-v2:"),
        &format!("{}zz", &text[..text.len() - 2]),
    ] {
        assert!(
            matches!(PublicKey::parse(bad), Err(RelayError::BadKey(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn a_manifest_verifies_with_its_key_only_and_not_after_a_flipped_byte() {
    let json = sample_manifest();
    let k = key(1);
    let sig = hex(&k.sign(&json).to_bytes());
    let m = verify_manifest(&json, sig.as_bytes(), &public(&k)).unwrap();
    assert_eq!(m.version, 3);
    assert_eq!(m.sources[0].error, Some(SourceError::Offline));
    // Raw 64-byte signatures are read too, and a trailing newline is fine.
    verify_manifest(&json, &k.sign(&json).to_bytes(), &public(&k)).unwrap();
    verify_manifest(&json, format!("{sig}\n").as_bytes(), &public(&k)).unwrap();

    assert_eq!(
        verify_manifest(&json, sig.as_bytes(), &public(&key(2))),
        Err(RelayError::BadSignature)
    );
    for i in [0, json.len() / 2, json.len() - 1] {
        let mut flipped = json.clone();
        flipped[i] ^= 1;
        assert_eq!(
            verify_manifest(&flipped, sig.as_bytes(), &public(&k)),
            Err(RelayError::BadSignature),
            "byte {i}"
        );
    }
    assert_eq!(
        verify_manifest(&json, b"not a signature", &public(&k)),
        Err(RelayError::BadSignature)
    );
    assert_eq!(
        verify_manifest(
            b"<html><body>Sign in</body></html>",
            sig.as_bytes(),
            &public(&k)
        ),
        Err(RelayError::NotRelayData)
    );
}

#[test]
fn a_signed_manifest_with_a_path_outside_files_or_a_newer_format_is_refused() {
    let k = key(1);
    let good = String::from_utf8(sample_manifest()).unwrap();
    let start = good.find("files/").unwrap();
    let evil = format!("{}../../etc/passwd{}", &good[..start], &good[start + 73..]);
    let sig = k.sign(evil.as_bytes()).to_bytes();
    assert!(matches!(
        verify_manifest(evil.as_bytes(), &sig, &public(&k)),
        Err(RelayError::Damaged { .. })
    ));
    let newer = good.replacen("\"format\": 1", "\"format\": 2", 1);
    let sig = k.sign(newer.as_bytes()).to_bytes();
    assert_eq!(
        verify_manifest(newer.as_bytes(), &sig, &public(&k)),
        Err(RelayError::UnsupportedFormat {
            found: 2,
            supported: 1
        })
    );
}

#[test]
fn tile_ids_name_the_south_west_corner_and_read_back() {
    let at = |latitude, longitude| {
        TileId::for_point(GeoPoint {
            latitude,
            longitude,
        })
    };
    assert_eq!(at(52.41, -4.08).as_str(), "n52w006");
    assert_eq!(at(53.9, -2.0).as_str(), "n52w002");
    assert_eq!(at(-33.87, 151.21).as_str(), "s34e150");
    assert_eq!(at(0.5, 0.5).as_str(), "n00e000");
    assert_eq!(at(-0.5, -0.5).as_str(), "s02w002");
    assert_eq!(at(90.0, 180.0).as_str(), "n88w180");
    assert_eq!(at(-90.0, -180.0).as_str(), "s90w180");
    for id in ["n52w006", "s34e150", "n00e000", "s90w180", "online"] {
        assert_eq!(TileId::parse(id).unwrap().as_str(), id);
    }
    for bad in [
        "n53w006", "n52w005", "x52w006", "n90e000", "n52e180", "s00e000", "", "n52w06",
    ] {
        assert!(TileId::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn tiles_covering_hold_every_point_within_the_radius() {
    // Middle of a tile, small radius: that tile alone.
    let mid = GeoPoint {
        latitude: 53.0,
        longitude: -5.0,
    };
    assert_eq!(
        tiles_covering(mid, 10.0),
        vec![TileId::parse("n52w006").unwrap()]
    );
    // Near a corner: the four tiles around it.
    let corner = GeoPoint {
        latitude: 52.01,
        longitude: -3.99,
    };
    assert_eq!(tiles_covering(corner, 5.0).len(), 4);
    // Across the antimeridian.
    let fiji = GeoPoint {
        latitude: -17.7,
        longitude: 179.9,
    };
    let ids = tiles_covering(fiji, 30.0);
    assert!(ids.contains(&TileId::parse("s18e178").unwrap()), "{ids:?}");
    assert!(ids.contains(&TileId::parse("s18w180").unwrap()), "{ids:?}");
    // Points around several centres, at distances up to the radius: their tiles are covered.
    for (lat, lon, r) in [
        (52.4, -4.1, 50.0),
        (59.9, 10.7, 120.0),
        (-33.9, 151.2, 25.0),
    ] {
        let c = GeoPoint {
            latitude: lat,
            longitude: lon,
        };
        let ids = tiles_covering(c, r);
        for step in 0..64 {
            let bearing = step as f64 * std::f64::consts::TAU / 64.0;
            for frac in [0.25, 0.5, 0.99] {
                let d = r * frac;
                let p = GeoPoint {
                    latitude: lat + d / 111.2 * bearing.cos(),
                    longitude: lon + d / (111.2 * lat.to_radians().cos()) * bearing.sin(),
                };
                if crate::support::geo::distance_km(c, p) <= r {
                    assert!(ids.contains(&TileId::for_point(p)), "{p:?} from {c:?}");
                }
            }
        }
    }
    assert!(tiles_covering(
        GeoPoint {
            latitude: f64::NAN,
            longitude: 0.0
        },
        10.0
    )
    .is_empty());
}

#[test]
fn a_tile_decodes_to_its_meetings_sorted_and_equal_content_gives_equal_bytes() {
    let id = TileId::parse("n52w006").unwrap();
    let a = meeting("a:2", "Serenity", Some(52.4), Some(-4.0));
    let b = meeting("a:1", "Hope", Some(52.41), Some(-4.08));
    let one = gzip_fixed(&canonical_tile(&id, &[a.clone(), b.clone()]));
    let two = gzip_fixed(&canonical_tile(&id, &[b.clone(), a.clone()]));
    assert_eq!(one, two, "order of input does not matter");
    let tile = decode_tile(&one).unwrap();
    assert_eq!(tile.id, id);
    assert_eq!(tile.meetings, vec![b, a]);
    assert_eq!(
        tile.sha256,
        sha256_hex(&unpack(&one, MAX_TILE_BYTES).unwrap())
    );
    // No limit at all is a limit too (it once wrapped round to nothing).
    assert_eq!(
        unpack(&one, u64::MAX).unwrap(),
        unpack(&one, MAX_TILE_BYTES).unwrap()
    );
}

#[test]
fn decode_refuses_truncated_html_garbage_and_oversized_input() {
    let id = TileId::parse("n52w006").unwrap();
    let ms: Vec<Meeting> = (0..50)
        .map(|i| meeting(&format!("a:{i:03}"), "Hope", Some(52.4), Some(-4.0)))
        .collect();
    let canonical = canonical_tile(&id, &ms);
    let file = gzip_fixed(&canonical);
    for cut in [file.len() - 1, file.len() - 9, file.len() / 2, 11] {
        assert_eq!(
            decode_tile(&file[..cut]),
            Err(RelayError::Truncated),
            "cut at {cut}"
        );
    }
    // Canonical text cut at a line end still fails: the header says how many lines.
    let lines: Vec<usize> = canonical
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let cut = &canonical[..lines[10] + 1];
    assert_eq!(decode_tile(&gzip_fixed(cut)), Err(RelayError::Truncated));
    assert_eq!(
        decode_tile(b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"),
        Err(RelayError::NotRelayData)
    );
    assert_eq!(
        decode_tile(&gzip_fixed(b"<html>oops</html>\n")),
        Err(RelayError::NotRelayData)
    );
    assert!(matches!(
        decode_tile(b"\x1f\x8bthis is not gzip at all"),
        Err(RelayError::Damaged { .. }) | Err(RelayError::Truncated)
    ));
    assert!(matches!(
        decode_tile(b"PK\x03\x04zip"),
        Err(RelayError::Damaged { .. })
    ));
    assert!(matches!(
        decode_tile(&gzip_fixed(
            b"{\"waymark_tile\":1,\"tile\":\"n52w006\",\"meetings\":1}\n{\"id\":\"x\"}\n"
        )),
        Err(RelayError::Damaged { .. })
    ));
    let err = decode_tile(&gzip_fixed(b"{\"waymark_tile\":1,\"tile\":\"n52w006\",\"meetings\":1}\n{\"id\":\"a:1\",\"name\":\"Secret Group\"\n"))
        .unwrap_err();
    assert!(!err.to_string().contains("Secret"), "{err}");
    // A gzip bomb: a few kilobytes that unpack past the cap are refused while unpacking.
    let bomb = {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..=(MAX_TILE_BYTES >> 20) {
            enc.write_all(&zeros).unwrap();
        }
        enc.finish().unwrap()
    };
    assert!(bomb.len() < 200_000);
    assert_eq!(
        decode_tile(&bomb),
        Err(RelayError::TooLarge {
            limit: MAX_TILE_BYTES
        })
    );
}

#[test]
fn a_delta_rebuilds_the_new_tile_exactly_and_refuses_another_base() {
    let id = TileId::parse("n52w006").unwrap();
    let old: Vec<Meeting> = (0..100)
        .map(|i| meeting(&format!("a:{i:03}"), "Hope", Some(52.4), Some(-4.0)))
        .collect();
    let mut new = old.clone();
    new.retain(|m| m.id != "a:007");
    new[3].name = "Hope on Tuesday".into();
    new.push(meeting("b:1", "New Dawn", Some(52.5), Some(-4.1)));
    let (old_c, new_c) = (canonical_tile(&id, &old), canonical_tile(&id, &new));
    let raw = encode_delta(&old_c, &new_c).unwrap();
    assert!(
        raw.len() * 10 < new_c.len(),
        "a small change is a small delta"
    );
    let delta = gzip_fixed(&raw);
    let rebuilt = apply_delta(&old_c, &delta).unwrap();
    assert_eq!(rebuilt, new_c);
    assert_eq!(sha256_hex(&rebuilt), sha256_hex(&new_c));

    // Applied to another version: refused, whole.
    assert_eq!(apply_delta(&new_c, &delta), Err(RelayError::WrongBase));
    // Damaged on the way.
    let mut bad = raw.clone();
    let at = bad.len() - 10;
    bad[at] = b'x';
    assert!(apply_delta(&old_c, &bad).is_err());
    assert_eq!(
        apply_delta(&old_c, &raw[..raw.len() - 1]),
        Err(RelayError::Truncated)
    );
    assert_eq!(
        apply_delta(&old_c, b"<html>gateway timeout</html>"),
        Err(RelayError::NotRelayData)
    );
}

#[test]
fn download_for_picks_nothing_a_delta_or_the_whole_tile() {
    let json = sample_manifest();
    let mut m = parse_manifest(&json).unwrap();
    let t = &mut m.tiles[0];
    t.deltas.push(DeltaRef {
        from: 2,
        path: t.file.path.clone(),
        sha256: t.file.sha256.clone(),
        size: 1,
    });
    assert_eq!(t.download_for(Some(3)), Download::Current);
    assert!(matches!(t.download_for(Some(2)), Download::Delta(d) if d.from == 2));
    assert!(matches!(t.download_for(Some(1)), Download::Full(_)));
    assert!(matches!(t.download_for(None), Download::Full(_)));
    assert!(m.tile(&TileId::parse("n52w006").unwrap()).is_some());
    assert!(m.tile(&TileId::online()).is_none());
}
