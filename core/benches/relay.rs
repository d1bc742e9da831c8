//! Relay benchmark (issue #16): 100,000 synthetic meetings from 50 sources served on
//! loopback (with ETags, as real feeds are), built into a relay folder.
//!
//! Prints: the cold build's time, a rebuild with nothing changed (304s, nothing written), a
//! 1 % change (time, delta size as a share of each changed tile), compressed bytes per
//! meeting, decode time for 20,000 meetings, and the process's peak memory (VmHWM). Run:
//!
//! ```text
//! cargo bench -p waymark-core --features relay-build --bench relay
//! /usr/bin/time -f '%M KB peak' target/release/deps/relay-<hash>   # peak RSS
//! ```
//!
//! `WAYMARK_BENCH_QUICK=1` runs 10 sources of 1,000 meetings instead (for CI).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use waymark_core::relay::build::{self, BuildPaths, RelaySource};
use waymark_core::relay::format::{self, canonical_tile, unpack, TileId, MAX_TILE_BYTES};
use waymark_core::FeedFormat;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Serves `dir/<n>.json` from disk (read per request, so the feeds are not held in this
/// process's memory), with an ETag of the file's length and mtime, answering 304 when it
/// matches. Four threads, like four feed servers answering at once.
fn serve(dir: PathBuf) -> String {
    let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    for _ in 0..4 {
        let (server, dir) = (server.clone(), dir.clone());
        std::thread::spawn(move || {
            for req in server.incoming_requests() {
                let path = dir.join(req.url().trim_start_matches('/'));
                let Ok(meta) = std::fs::metadata(&path) else {
                    let _ = req.respond(tiny_http::Response::empty(404));
                    continue;
                };
                let etag = format!(
                    "\"{}-{:?}\"",
                    meta.len(),
                    meta.modified().ok().map(|t| t
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap_or_default()
                        .as_nanos())
                );
                let header = tiny_http::Header::from_bytes(&b"ETag"[..], etag.as_bytes()).unwrap();
                let current = req
                    .headers()
                    .iter()
                    .any(|h| h.field.equiv("If-None-Match") && h.value.as_str() == etag);
                let _ = if current {
                    req.respond(tiny_http::Response::empty(304).with_header(header))
                } else {
                    let body = std::fs::read(&path).unwrap_or_default();
                    req.respond(tiny_http::Response::from_data(body).with_header(header))
                };
            }
        });
    }
    base
}

fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let quick = std::env::var_os("WAYMARK_BENCH_QUICK").is_some();
    let (sources_n, per_source) = if quick { (10, 1_000) } else { (50, 2_000) };
    let work = tempfile::tempdir().unwrap();
    let feeds = work.path().join("feeds");
    std::fs::create_dir(&feeds).unwrap();
    for n in 0..sources_n {
        let f = std::fs::File::create(feeds.join(format!("{n}.json"))).unwrap();
        waymark_core::directory::synth::write_feed(std::io::BufWriter::new(f), per_source, n + 1)
            .unwrap();
    }
    let base = serve(feeds.clone());
    let sources: Vec<RelaySource> = (0..sources_n)
        .map(|n| RelaySource {
            id: format!("src-{n}"),
            name: format!("Synthetic {n}"),
            url: format!("{base}/{n}.json"),
            format: FeedFormat::MeetingGuide,
            program: "aa".into(),
            timezone: None,
            area: None,
        })
        .collect();
    let keyfile = work.path().join("relay.key");
    let public = build::keygen(&keyfile).unwrap();
    let key = build::load_key(&keyfile).unwrap();
    let paths = BuildPaths::new(work.path().join("out"), None);
    let total = sources_n as usize * per_source;
    println!("relay: {total} meetings from {sources_n} loopback sources");

    let t = Instant::now();
    let first = build::build(&sources, &key, &paths, &mut |step| {
        println!("  {:6.2} s  {step}", t.elapsed().as_secs_f64())
    })
    .unwrap();
    let cold = t.elapsed();
    println!(
        "cold build: {:.2} s ({} tiles, {} meetings published)",
        cold.as_secs_f64(),
        first.tiles,
        first.meetings
    );
    let json = std::fs::read(paths.out.join("manifest.json")).unwrap();
    let sig = std::fs::read(paths.out.join("manifest.sig")).unwrap();
    let manifest = format::verify_manifest(&json, &sig, &public).unwrap();
    let file_bytes: u64 = manifest.tiles.iter().map(|t| t.file.size).sum();
    let canonical_bytes: u64 = manifest.tiles.iter().map(|t| t.bytes).sum();
    println!(
        "compressed bytes per meeting: {:.1} (canonical {:.1}); manifest {} bytes",
        file_bytes as f64 / first.meetings as f64,
        canonical_bytes as f64 / first.meetings as f64,
        json.len()
    );
    let biggest = manifest.tiles.iter().max_by_key(|t| t.meetings).unwrap();
    println!(
        "largest tile {}: {} meetings, {} bytes compressed ({:.1} per meeting)",
        biggest.id,
        biggest.meetings,
        biggest.file.size,
        biggest.file.size as f64 / biggest.meetings as f64
    );

    let t = Instant::now();
    let again = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    println!(
        "rebuild, nothing changed: {:.2} s, published: {}",
        t.elapsed().as_secs_f64(),
        again.published
    );

    // 1 % of every feed renamed.
    for n in 0..sources_n {
        let path = feeds.join(format!("{n}.json"));
        let mut v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        for m in v.as_array_mut().unwrap().iter_mut().step_by(100) {
            let name = format!("{} (changed)", m["name"].as_str().unwrap_or(""));
            m["name"] = name.into();
        }
        std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    }
    let t = Instant::now();
    let changed = build::build(&sources, &key, &paths, &mut |_| {}).unwrap();
    println!(
        "1 % changed: {:.2} s, {} meetings changed in {} tiles",
        t.elapsed().as_secs_f64(),
        changed.changed_meetings,
        changed.changed_tiles
    );
    let json = std::fs::read(paths.out.join("manifest.json")).unwrap();
    let sig = std::fs::read(paths.out.join("manifest.sig")).unwrap();
    let m2 = format::verify_manifest(&json, &sig, &public).unwrap();
    let with_deltas: Vec<_> = m2.tiles.iter().filter(|t| !t.deltas.is_empty()).collect();
    println!(
        "manifest after the change: {} bytes ({} gzipped) for {} tiles, {} with a delta; signature {} bytes",
        json.len(),
        format::gzip_fixed(&json).len(),
        m2.tiles.len(),
        with_deltas.len(),
        sig.len()
    );
    // (meetings, delta bytes, full bytes) of every changed tile.
    let changed_tiles: Vec<(u64, u64, u64)> = m2
        .tiles
        .iter()
        .filter_map(|t| {
            let d = t.deltas.iter().find(|d| d.from == first.version)?;
            Some((t.meetings, d.size, t.file.size))
        })
        .collect();
    let share = |rows: &[&(u64, u64, u64)]| {
        let mut s: Vec<f64> = rows.iter().map(|r| r.1 as f64 / r.2 as f64).collect();
        s.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let total = rows.iter().map(|r| r.1).sum::<u64>() as f64
            / rows.iter().map(|r| r.2).sum::<u64>().max(1) as f64;
        (
            s.get(s.len() / 2).copied().unwrap_or(0.0) * 100.0,
            s.last().copied().unwrap_or(0.0) * 100.0,
            total * 100.0,
        )
    };
    let all_rows: Vec<_> = changed_tiles.iter().collect();
    let big_rows: Vec<_> = changed_tiles.iter().filter(|r| r.0 >= 500).collect();
    let (med, max, total) = share(&all_rows);
    println!(
        "delta for a 1 % change, share of the tile's bytes, all {} changed tiles: median {med:.1} %, max {max:.1} %, all deltas / all tiles {total:.1} %",
        all_rows.len()
    );
    let (med, max, total) = share(&big_rows);
    println!(
        "  the {} tiles of 500 meetings or more: median {med:.1} %, max {max:.1} %, together {total:.1} %",
        big_rows.len()
    );
    let small = changed_tiles
        .iter()
        .filter(|r| r.0 < 500)
        .map(|r| r.1)
        .max();
    println!("  largest delta of a tile under 500 meetings: {small:?} bytes");

    // Decoding 20,000 meetings (a tile that large, made of the published meetings).
    let mut all = Vec::new();
    for t in &m2.tiles {
        let bytes = std::fs::read(paths.out.join(&t.file.path)).unwrap();
        all.extend(format::decode_tile(&bytes).unwrap().meetings);
        if all.len() >= 20_000 {
            break;
        }
    }
    all.truncate(20_000);
    let id = TileId::parse("n38w076").unwrap();
    let file = format::gzip_fixed(&canonical_tile(&id, &all));
    let t = Instant::now();
    let decoded = format::decode_tile(&file).unwrap();
    let decode = t.elapsed();
    let t = Instant::now();
    let canonical = unpack(&file, MAX_TILE_BYTES).unwrap();
    let unpack_time = t.elapsed();
    println!(
        "decode {} meetings: {:.0} ms ({:.0} ms of it unpacking {} KB gzip to {} KB)",
        decoded.meetings.len(),
        decode.as_secs_f64() * 1000.0,
        unpack_time.as_secs_f64() * 1000.0,
        file.len() / 1024,
        canonical.len() / 1024
    );
    println!("peak memory (VmHWM): {} MB", peak_kb() / 1024);
}
