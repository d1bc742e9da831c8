//! Directory benchmarks (issue #2 targets):
//! - import a synthetic 100,000-meeting Meeting Guide feed from file to queryable ≤ 1.0 s;
//! - "upcoming in 3 h within 25 km, one type filter" over it: p50 ≤ 1 ms, p99 ≤ 5 ms.
//!
//! Run: `cargo bench -p waymark-core --bench directory`. Besides criterion's timings it prints
//! the import split by phase and the query latency percentiles over 2,000 varied queries.
//! Set `WAYMARK_BENCH_MEETINGS` to change the size (default 100000).

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use criterion::{black_box, Criterion};
use waymark_core::directory::import::{self, Entry, FormatExtras, SourceContext};
use waymark_core::{Directory, FeedFormat, GeoPoint, ImportReport, MeetingQuery, NewSource};

mod common;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn meetings() -> usize {
    common::meeting_count(100_000)
}

fn feed(dir: &Path) -> PathBuf {
    let path = dir.join("feed.json");
    let f = File::create(&path).unwrap();
    waymark_core::directory::synth::write_feed(std::io::BufWriter::new(f), meetings(), 1).unwrap();
    path
}

fn import_once(dir: &Path, feed: &Path, n: usize) -> (Directory, ImportReport) {
    let db = dir.join(format!("dir-{n}.sqlite"));
    let _ = std::fs::remove_file(&db);
    let d = Directory::open(&db).unwrap();
    d.add_source(NewSource {
        location: feed.to_string_lossy().into_owned(),
        name: Some("bench".into()),
        ..NewSource::default()
    })
    .unwrap();
    let r = d.sync_source("bench").unwrap();
    (d, r)
}

fn parse_only(feed: &Path, normalise: bool) -> usize {
    let f = BufReader::with_capacity(1 << 16, File::open(feed).unwrap());
    if normalise {
        let ctx = SourceContext {
            source_id: "b".into(),
            program: "aa".into(),
            timezone: None,
        };
        return import::dry_run(FeedFormat::MeetingGuide, f, &FormatExtras::default(), ctx)
            .unwrap()
            .accepted as usize;
    }
    let mut n = 0;
    import::read_feed(
        FeedFormat::MeetingGuide,
        f,
        &FormatExtras::default(),
        &mut |e: Entry| {
            black_box(e);
            n += 1;
            Ok(())
        },
    )
    .unwrap();
    n
}

fn query(centre: GeoPoint, at: DateTime<Utc>, ty: &str) -> MeetingQuery {
    MeetingQuery {
        at: Some(at),
        in_progress: false,
        upcoming_minutes: Some(180),
        near: Some(centre),
        radius_km: Some(25.0),
        types: vec![ty.into()],
        viewer_timezone: Some("Europe/London".into()),
        ..MeetingQuery::default()
    }
}

/// Runs each query once, timed, and prints the percentiles under `what`.
fn time_queries(d: &Directory, what: &str, queries: impl Iterator<Item = MeetingQuery>) {
    let mut samples = Vec::new();
    let mut found = 0usize;
    for q in queries {
        let t = Instant::now();
        let r = d.search(&q).unwrap();
        samples.push(t.elapsed());
        found += r.len();
    }
    samples.sort();
    let p = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
    println!(
        "{what}, {} queries: p50 {:?}  p90 {:?}  p99 {:?}  max {:?}  (avg {:.1} results)",
        samples.len(),
        p(0.50),
        p(0.90),
        p(0.99),
        samples[samples.len() - 1],
        found as f64 / samples.len() as f64
    );
}

fn percentiles(d: &Directory) {
    let cities = waymark_core::directory::synth::CITIES;
    let types = ["X", "W", "O", "C", "BE", "S"];
    let base = Utc.with_ymd_and_hms(2026, 11, 23, 0, 0, 0).unwrap();
    time_queries(
        d,
        "query upcoming 3h within 25 km + one type",
        (0..2000u32).map(|i| {
            let (_, _, lat, lon, _) = cities[(i as usize * 7) % cities.len()];
            let at = base + chrono::Duration::minutes(i64::from(i) * 37 % (7 * 24 * 60));
            query(
                GeoPoint {
                    latitude: lat,
                    longitude: lon,
                },
                at,
                types[i as usize % types.len()],
            )
        }),
    );
    // A word typed into the next 7 days (the text index, then the weekly-start index).
    time_queries(
        d,
        "query next 7 days, text \"gr\", 50 soonest",
        (0..300u32).map(|i| MeetingQuery {
            at: Some(base + chrono::Duration::minutes(i64::from(i) * 97 % (7 * 24 * 60))),
            upcoming_minutes: Some(7 * 24 * 60),
            text: Some("gr".into()),
            viewer_timezone: Some("Europe/London".into()),
            limit: Some(50),
            ..MeetingQuery::default()
        }),
    );
    // The list a phone opens on: what is on now anywhere, 50 soonest (no place).
    time_queries(
        d,
        "query in progress now, anywhere, 50 soonest",
        (0..300u32).map(|i| MeetingQuery {
            at: Some(base + chrono::Duration::minutes(i64::from(i) * 97 % (7 * 24 * 60))),
            in_progress: true,
            viewer_timezone: Some("Europe/London".into()),
            limit: Some(50),
            ..MeetingQuery::default()
        }),
    );
}

/// The same meetings (four feeds of a quarter each) in one file, and in the directory's own
/// file plus three shards (`waymark_core::directory::shards`): the searches' percentiles side
/// by side, so what reading across files costs is measured, not guessed.
fn split_percentiles(tmp: &Path) {
    let quarter = meetings() / 4;
    let feeds: Vec<PathBuf> = (1..=4u64)
        .map(|seed| {
            let path = tmp.join(format!("quarter-{seed}.json"));
            let f = File::create(&path).unwrap();
            waymark_core::directory::synth::write_feed(std::io::BufWriter::new(f), quarter, seed)
                .unwrap();
            path
        })
        .collect();
    let add = |d: &Directory, i: usize| {
        let name = format!("quarter{}", i + 1);
        d.add_source(NewSource {
            location: feeds[i].to_string_lossy().into_owned(),
            name: Some(name.clone()),
            ..NewSource::default()
        })
        .unwrap();
        d.sync_source(&name).unwrap();
    };
    let whole = Directory::open(tmp.join("whole.sqlite")).unwrap();
    let split = Directory::open(tmp.join("split.sqlite")).unwrap();
    for i in 0..4 {
        add(&whole, i);
    }
    add(&split, 0);
    for i in 1..4 {
        let path = tmp.join(format!("part-{i}.sqlite"));
        let part = Directory::open(&path).unwrap();
        add(&part, i);
        drop(part);
        split
            .add_shard(&path, &format!("quarter{}", i + 1))
            .unwrap();
    }
    assert_eq!(
        whole.meeting_count().unwrap(),
        split.meeting_count().unwrap()
    );
    println!("-- the same {} meetings in one file:", 4 * quarter);
    percentiles(&whole);
    println!("-- in the directory's file and three shards:");
    percentiles(&split);
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = feed(tmp.path());
    let size = std::fs::metadata(&feed).unwrap().len();
    println!(
        "synthetic feed: {} meetings, {:.1} MB",
        meetings(),
        size as f64 / 1e6
    );

    // Phase split, averaged over a few runs.
    let runs = 3;
    let mut parse = Duration::ZERO;
    let mut parse_norm = Duration::ZERO;
    for _ in 0..runs {
        let t = Instant::now();
        black_box(parse_only(&feed, false));
        parse += t.elapsed();
        let t = Instant::now();
        black_box(parse_only(&feed, true));
        parse_norm += t.elapsed();
    }
    let mut full = Duration::ZERO;
    let mut last = None;
    for i in 0..runs {
        let t = Instant::now();
        let (d, r) = import_once(tmp.path(), &feed, i);
        full += t.elapsed();
        last = Some((d, r));
    }
    let (d, r) = last.unwrap();
    let ms = |x: Duration| x.as_secs_f64() * 1e3 / runs as f64;
    println!(
        "import split (mean of {runs}): parse {:.0} ms | normalise {:.0} ms | write+index {:.0} ms | total file→queryable {:.0} ms",
        ms(parse),
        ms(parse_norm) - ms(parse),
        ms(full) - ms(parse_norm),
        ms(full)
    );
    println!(
        "in-import timers of the last run: parse {:.0} ms, normalise {:.0} ms, write {:.0} ms, index+commit {:.0} ms; accepted {}",
        r.timings.parse_ms, r.timings.normalise_ms, r.timings.write_ms, r.timings.index_ms, r.accepted
    );
    percentiles(&d);
    split_percentiles(tmp.path());
    if std::env::var_os("WAYMARK_BENCH_QUICK").is_some() {
        return;
    }

    let mut c = Criterion::default().configure_from_args();
    {
        let mut g = c.benchmark_group("directory");
        g.sample_size(10).measurement_time(Duration::from_secs(20));
        let mut n = 100;
        // The directory is returned, so closing it (and SQLite's checkpoint on close) happens
        // outside the timing: the figure is "from file to queryable".
        g.bench_function("import_100k_file_to_queryable", |b| {
            b.iter_with_large_drop(|| {
                n += 1;
                let _ = std::fs::remove_file(tmp.path().join(format!("dir-{}.sqlite", n - 1)));
                import_once(tmp.path(), &feed, n)
            })
        });
        g.finish();
    }
    {
        let mut g = c.benchmark_group("directory");
        let philly = GeoPoint {
            latitude: 39.9526,
            longitude: -75.1652,
        };
        let at = Utc.with_ymd_and_hms(2026, 11, 24, 23, 0, 0).unwrap();
        let q = query(philly, at, "X");
        g.bench_function("query_upcoming_3h_25km_one_type", |b| {
            b.iter(|| black_box(d.search(&q).unwrap().len()))
        });
        g.finish();
    }
    c.final_summary();
}
