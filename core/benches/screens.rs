//! Screen benchmarks (issue #17 targets), over a synthetic 20,000-meeting directory file:
//! - the Meetings screen, 50 rows worded and formatted: build ≤ 2 ms;
//! - one more character typed in its search to a new state: p99 ≤ 16 ms (one frame).
//!
//! Run: `cargo bench -p waymark-core --bench screens`. Prints p50/p99 for each measure and
//! locale. Set `WAYMARK_BENCH_MEETINGS` to change the size (default 20000).

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use waymark_core::screens::{MeetingsOptions, MeetingsScreen};
use waymark_core::{Directory, FeedFormat, FormatExtras, GeoPoint, MeetingQuery, NewSource};

mod common;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn meetings() -> usize {
    common::meeting_count(20_000)
}

fn percentiles(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{name:<58} p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms  (n={})",
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        times.len()
    );
}

/// The search a Meetings screen runs: the next 50 meetings in the coming week (those in
/// progress too), soonest first, within 25 km of `near` when given.
fn next_week(
    at: chrono::DateTime<Utc>,
    zone: &str,
    near: Option<GeoPoint>,
    tag: &str,
) -> MeetingQuery {
    MeetingQuery {
        at: Some(at),
        viewer_timezone: Some(zone.into()),
        in_progress: true,
        upcoming_minutes: Some(7 * 24 * 60),
        near,
        radius_km: near.map(|_| 25.0),
        sort: Some(waymark_core::SortOrder::Soonest),
        limit: Some(50),
        locale: Some(tag.into()),
        ..MeetingQuery::default()
    }
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let mut feed = Vec::new();
    waymark_core::directory::synth::write_feed(&mut feed, meetings(), 1).unwrap();
    let d = Directory::open(tmp.path().join("directory.sqlite")).unwrap();
    let s = d
        .add_source(NewSource {
            location: "https://example.org/feed".into(),
            format: Some(FeedFormat::MeetingGuide),
            ..NewSource::default()
        })
        .unwrap();
    d.import(
        &s.id,
        FeedFormat::MeetingGuide,
        &feed[..],
        &FormatExtras::default(),
    )
    .unwrap();
    println!("{} meetings", meetings());
    let base = Utc.with_ymd_and_hms(2026, 11, 24, 17, 0, 0).unwrap();
    let cities = waymark_core::directory::synth::CITIES;

    for tag in ["en-GB", "en-US", "cy", "es"] {
        // The screen as a phone opens it: the next 50 meetings anywhere, in sections.
        let mut build = Vec::new();
        let mut search_only = Vec::new();
        for i in 0..300i64 {
            let at = base + chrono::Duration::minutes(i * 97 % (7 * 24 * 60));
            let options = MeetingsOptions {
                locale: Some(tag.into()),
                viewer_timezone: Some("Europe/London".into()),
                at: Some(at),
            };
            let screen = MeetingsScreen::new(d.clone(), options);
            let t = Instant::now();
            let state = screen.state();
            build.push(t.elapsed());
            assert_eq!(
                state.sections.iter().map(|s| s.rows.len()).sum::<usize>(),
                50
            );
            // The same search alone, without the screen's words around it.
            let t = Instant::now();
            let page = d
                .search_page(&next_week(at, "Europe/London", None, tag))
                .unwrap();
            search_only.push(t.elapsed());
            assert_eq!(page.results.len(), 50);
        }
        percentiles(
            &format!("{tag}: Meetings screen, 50 rows, whole state"),
            build,
        );
        percentiles(
            &format!("{tag}: its search alone (same query)"),
            search_only,
        );
        // The same with "Near me" on (25 km around a city): the list a phone mostly shows.
        let mut build = Vec::new();
        let mut search_only = Vec::new();
        for i in 0..300i64 {
            let at = base + chrono::Duration::minutes(i * 97 % (7 * 24 * 60));
            let (_, _, lat, lon, zone) = cities[(i as usize * 7) % cities.len()];
            let near = GeoPoint {
                latitude: lat,
                longitude: lon,
            };
            let screen = MeetingsScreen::new(
                d.clone(),
                MeetingsOptions {
                    locale: Some(tag.into()),
                    viewer_timezone: Some(zone.into()),
                    at: Some(at),
                },
            );
            screen.state();
            let t = Instant::now();
            let state = screen.set_near(Some(near));
            build.push(t.elapsed());
            assert!(!state.sections.is_empty());
            let t = Instant::now();
            d.search_page(&next_week(at, zone, Some(near), tag))
                .unwrap();
            search_only.push(t.elapsed());
        }
        percentiles(&format!("{tag}: Near me, whole state"), build);
        percentiles(&format!("{tag}: Near me, its search alone"), search_only);
    }

    // Search as you type: a person types a name, letter by letter, near a city and anywhere.
    let words = [
        "serenity", "hope", "step", "st m", "new day", "women", "big book", "12",
    ];
    for near in [false, true] {
        let mut keys = Vec::new();
        for (i, word) in words.iter().cycle().take(40).enumerate() {
            let (_, _, lat, lon, _) = cities[(i * 7) % cities.len()];
            let screen = MeetingsScreen::new(
                d.clone(),
                MeetingsOptions {
                    locale: Some("en-GB".into()),
                    viewer_timezone: Some("Europe/London".into()),
                    at: Some(base + chrono::Duration::minutes(i as i64 * 131)),
                },
            );
            if near {
                screen.set_near(Some(GeoPoint {
                    latitude: lat,
                    longitude: lon,
                }));
            }
            screen.state();
            let mut typed = String::new();
            for c in word.chars() {
                typed.push(c);
                let t = Instant::now();
                std::hint::black_box(screen.set_search(typed.clone()));
                keys.push(t.elapsed());
            }
        }
        let name = if near {
            "keystroke to new state, Near me (25 km)"
        } else {
            "keystroke to new state, anywhere, next 7 days"
        };
        percentiles(name, keys);
    }
}
