//! Ride matching (issue #6 targets): 2,000 riders and 500 drivers for one meeting ≤ 200 ms;
//! 10 riders and 5 drivers ≤ 50 µs.
//!
//! Run: `cargo bench -p waymark-rides --bench matching`. People are spread over a town about
//! 20 km across (coarse cells, as the server sees them) around a meeting in the middle; drivers
//! have 1–4 seats and 10–20 minutes of detour; arrive-by times are 5–20 minutes before the
//! start; one offer in ten is women-only and one in eight has wheelchair space.

use std::time::Duration;
use waymark_tests::BenchRng;

use chrono::{DateTime, Utc};
use criterion::{black_box, Criterion};
use waymark_rides::matching::{match_rides, Destination, OfferInput, RequestInput};
use waymark_rides::GeoPoint;
use waymark_rides::{CoarseCell, StraightLineEstimator};

fn place(rng: &mut BenchRng) -> GeoPoint {
    let exact = GeoPoint {
        latitude: 52.33 + 0.18 * rng.unit(),
        longitude: -4.22 + 0.29 * rng.unit(),
    };
    CoarseCell::from_point(exact).unwrap().centre()
}

fn instance(
    drivers: usize,
    riders: usize,
    seed: u64,
) -> (Destination, Vec<OfferInput>, Vec<RequestInput>) {
    let mut rng = BenchRng(seed);
    let starts: DateTime<Utc> = "2026-11-26T19:30:00Z".parse().unwrap();
    let dest = Destination {
        place: GeoPoint {
            latitude: 52.414,
            longitude: -4.081,
        },
        starts_at: starts,
    };
    let offers = (0..drivers)
        .map(|i| OfferInput {
            id: format!("o{i:05}"),
            origin: place(&mut rng),
            seats: 1 + (rng.next_u64() % 4) as u8,
            max_detour_minutes: 10 + (rng.next_u64() % 11) as u32,
            leave_after: None,
            women_only: rng.next_u64().is_multiple_of(10),
            wheelchair_space: rng.next_u64().is_multiple_of(8),
        })
        .collect();
    let requests = (0..riders)
        .map(|i| RequestInput {
            id: format!("r{i:05}"),
            pickup: place(&mut rng),
            arrive_by: starts - chrono::Duration::minutes(5 + (rng.next_u64() % 16) as i64),
            flexibility_minutes: (rng.next_u64() % 10) as u32,
            needs_wheelchair: rng.next_u64().is_multiple_of(30),
            rider_is_woman: rng.next_u64().is_multiple_of(2),
        })
        .collect();
    (dest, offers, requests)
}

fn main() {
    let est = StraightLineEstimator::default();
    let (d, o, r) = instance(500, 2000, 1);
    let big = match_rides(d, &o, &r, &est);
    let seats: usize = o.iter().map(|x| usize::from(x.seats)).sum();
    eprintln!(
        "2,000 riders / 500 drivers ({seats} seats): {} riders matched in {} cars",
        big.matched_riders(),
        big.rides.len()
    );
    let (sd, so, sr) = instance(5, 10, 2);
    let small = match_rides(sd, &so, &sr, &est);
    eprintln!(
        "10 riders / 5 drivers: {} riders matched",
        small.matched_riders()
    );

    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(5));
    let mut g = c.benchmark_group("matching");
    g.bench_function("riders_10_drivers_5", |b| {
        b.iter(|| match_rides(sd, black_box(&so), &sr, &est))
    });
    g.sample_size(10);
    g.bench_function("riders_2000_drivers_500", |b| {
        b.iter(|| match_rides(d, black_box(&o), &r, &est))
    });
    g.finish();
    c.final_summary();
}
