//! Issue #7's target: from Kotlin on the JVM, a 50-result directory query round trip
//! (JNA call, Rust search, marshalling 50 records back) ≤ 1 ms median.
//!
//! `cargo bench -p uniffi-bindgen --bench kotlin_query`: writes a synthetic 20,000-meeting
//! feed, compiles the Kotlin library and `android/waymark-jvm/src/bench/kotlin` with kotlinc,
//! and runs it on the JVM against the release `libwaymark_ffi.so`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{kotlin, kotlin_sources, repo, run};

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let Some(k) = kotlin() else { return };
    let work = tempfile::tempdir().unwrap();
    let feed = work.path().join("feed.json");
    waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), 20_000, 7)
        .unwrap();
    let lib_jar = work.path().join("waymark.jar");
    k.compile_library(&lib_jar);
    let bench_jar = work.path().join("bench.jar");
    k.compile(
        &bench_jar,
        &[&lib_jar],
        &kotlin_sources(&repo().join("android/waymark-jvm/src/bench/kotlin")),
        "kotlinc (bench)",
    );
    let out = run(
        k.java(&[&bench_jar, &lib_jar], "app.waymark.bench.QueryBenchKt")
            .env("WAYMARK_BENCH_FEED", &feed)
            .env("WAYMARK_WORK_DIR", work.path()),
        "the Kotlin query bench",
    );
    print!("{out}");

    // The same queries in Rust on the same file: what the JVM round trip adds.
    let dir = waymark_core::Directory::open(work.path().join("directory.sqlite")).unwrap();
    let at = "2026-11-24T17:00:00Z".parse().unwrap();
    let chicago = waymark_core::GeoPoint {
        latitude: 41.8781,
        longitude: -87.6298,
    };
    let base = waymark_core::MeetingQuery {
        at: Some(at),
        viewer_timezone: Some("Europe/London".into()),
        limit: Some(50),
        ..Default::default()
    };
    let queries = [
        (
            "near me (25 km), nearest 50",
            waymark_core::MeetingQuery {
                near: Some(chicago),
                radius_km: Some(25.0),
                ..base.clone()
            },
        ),
        (
            "near me (25 km), next 7 days, soonest 50",
            waymark_core::MeetingQuery {
                near: Some(chicago),
                radius_km: Some(25.0),
                upcoming_minutes: Some(7 * 24 * 60),
                ..base.clone()
            },
        ),
    ];
    for (name, q) in queries {
        let mut samples: Vec<u128> = (0..3000)
            .map(|_| {
                let t = std::time::Instant::now();
                assert_eq!(dir.search(&q).unwrap().len(), 50);
                t.elapsed().as_micros()
            })
            .collect();
        samples.sort_unstable();
        println!(
            "Rust only, {name}: median {} µs, p90 {} µs",
            samples[samples.len() / 2],
            samples[samples.len() * 9 / 10]
        );
    }
}
