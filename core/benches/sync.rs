//! Sync benchmarks (issue #3 targets), against a real HTTP server on loopback:
//! - re-sync of an unchanged 100,000-meeting feed answered 304: ≤ 20 ms, no rows written;
//! - a 100,000-meeting feed with 1 % of meetings changed: ≤ 1.0 s end to end, and only the
//!   changed rows written (counted from the sync report).
//!
//! Run: `cargo bench -p waymark-core --bench sync`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::Criterion;
use waymark_core::{Directory, FeedFormat, NewSource};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The synthetic 100,000-meeting feed and a copy with 1 % of meetings changed (0.5 % renamed,
/// 0.25 % removed, 0.25 % added).
fn feeds() -> (Vec<u8>, Vec<u8>) {
    let mut a = Vec::new();
    waymark_core::directory::synth::write_feed(&mut a, 100_000, 1).unwrap();
    let mut v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    let arr = v.as_array_mut().unwrap();
    for i in (0..50_000).step_by(100) {
        let name = format!("{} (moved)", arr[i]["name"].as_str().unwrap_or(""));
        arr[i]["name"] = name.into();
    }
    arr.drain(50_000..50_250);
    for i in 0..250 {
        let mut m = arr[i].clone();
        m["slug"] = format!("new-{i}").into();
        arr.push(m);
    }
    (a, serde_json::to_vec(&v).unwrap())
}

/// Serves feed A or B (whichever `which` says) with an ETag per version; 304 when it matches.
fn serve(a: Vec<u8>, b: Vec<u8>, which: Arc<AtomicUsize>) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed.json", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let n = which.load(Ordering::SeqCst);
            let etag = format!("\"v{n}\"");
            let current = req
                .headers()
                .iter()
                .any(|h| h.field.equiv("If-None-Match") && h.value.as_str() == etag);
            let header = tiny_http::Header::from_bytes(&b"ETag"[..], etag.as_bytes()).unwrap();
            let resp = if current {
                tiny_http::Response::from_data(Vec::new()).with_status_code(304)
            } else {
                tiny_http::Response::from_data(if n.is_multiple_of(2) {
                    a.clone()
                } else {
                    b.clone()
                })
            };
            let _ = req.respond(resp.with_header(header));
        }
    });
    url
}

fn main() {
    let (a, b) = feeds();
    let which = Arc::new(AtomicUsize::new(0));
    let url = serve(a, b, which.clone());
    let tmp = tempfile::tempdir().unwrap();
    let d = Directory::open(tmp.path().join("dir.sqlite")).unwrap();
    d.add_source(NewSource {
        location: url,
        name: Some("big".into()),
        format: Some(FeedFormat::MeetingGuide),
        ..NewSource::default()
    })
    .unwrap();
    let first = d.sync_source("big").unwrap();
    println!("first sync: {} meetings", first.accepted);

    // 1 % changed, alternating A → B → A …: every sync is a 1 % change.
    let mut times = Vec::new();
    for round in 1..=5 {
        which.store(round, Ordering::SeqCst);
        let t = Instant::now();
        let r = d.sync_source("big").unwrap();
        times.push(t.elapsed());
        println!(
            "1 % change, round {round}: {:?} end to end; rows written: {} added, {} updated, {} removed ({} unchanged, not written)",
            t.elapsed(), r.added, r.updated, r.removed, r.unchanged
        );
    }
    times.sort();
    println!(
        "1 % change: median {:?}, max {:?}",
        times[times.len() / 2],
        times[times.len() - 1]
    );

    // 304: nothing changed on the server.
    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("sync");
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("resync_100k_answered_304", |bch| {
        bch.iter(|| {
            let r = d.sync_source("big").unwrap();
            assert!(r.not_modified && r.added + r.updated + r.removed == 0);
        })
    });
    g.finish();
    c.final_summary();
}
