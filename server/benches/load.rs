//! Load on the real `waymark-server` over loopback (issue #6 target: ≥ 2,000 sync requests/s at
//! p99 ≤ 50 ms on SQLite, 100 concurrent clients, a minute).
//!
//! Run: `cargo bench -p waymark-server --bench load` (`WAYMARK_LOAD_SECS` changes the minute).
//! Each of the 100 clients registers a device, offers or requests a ride for one of ten
//! meetings, then syncs (following its meeting) on a fixed schedule: 20 requests a second
//! each, 2,000 a second in all, never more than one in flight per client (a late answer delays
//! that client's next request instead of piling up). Set `WAYMARK_LOAD_RATE` to change the
//! per-client rate; `0` means as fast as answers come (closed loop, for the ceiling).
//!
//! PostgreSQL: `WAYMARK_LOAD_DB=postgres` runs the same load on a fresh database on the server
//! named by `WAYMARK_TEST_POSTGRES` (see `waymark_tests::PgTestDb`); `WAYMARK_LOAD_SERVERS=N`
//! spreads the clients over N server processes sharing that database;
//! `WAYMARK_LOAD_DATABASE` (a `--database` value) names a database to use and keep instead;
//! `WAYMARK_LOAD_POOL` sets each server's `--pool-size` (8).

mod common;

use std::time::{Duration, Instant};

use serde_json::json;

const CLIENTS: usize = 100;

use waymark_tests::{bench_uuid as uuid, env_or};

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let postgres = waymark_tests::load_bench_postgres();
    let server_count: usize = env_or("WAYMARK_LOAD_SERVERS", 1).max(1);
    let pool_size: String = env_or("WAYMARK_LOAD_POOL", "8".to_string());
    let given = std::env::var("WAYMARK_LOAD_DATABASE").ok();
    let database = given
        .or_else(|| postgres.as_ref().map(|p| p.url.clone()))
        .or_else(|| {
            (server_count > 1).then(|| {
                let path = std::env::temp_dir()
                    .join(format!("waymark-load-{}.sqlite", std::process::id()));
                format!("sqlite:{}", path.display())
            })
        });
    // The board's per-device limits are for phones; here each client stands for many.
    let servers: Vec<_> = (0..server_count)
        .map(|_| {
            waymark_tests::spawn_server_on(
                env!("CARGO_BIN_EXE_waymark-server").as_ref(),
                database.as_deref(),
                &[
                    "--register-burst",
                    "1000",
                    "--sync-per-second",
                    "100000",
                    "--pool-size",
                    &pool_size,
                ],
            )
        })
        .collect();
    let bases: Vec<String> = servers.iter().map(|s| s.base.clone()).collect();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(load(bases, database.unwrap_or_else(|| "sqlite".into())));
    drop(servers);
    drop(postgres);
}

async fn load(bases: Vec<String>, database: String) {
    let secs: u64 = env_or("WAYMARK_LOAD_SECS", 60);
    let rate: f64 = env_or("WAYMARK_LOAD_RATE", 20.0);
    let start_at = chrono::Utc::now() + chrono::Duration::days(2);
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();

    let mut tasks = Vec::new();
    let warmup = Duration::from_secs(5);
    let deadline = Instant::now() + warmup + Duration::from_secs(secs);
    for i in 0..CLIENTS {
        let http = http.clone();
        let base = bases[i % bases.len()].clone();
        tasks.push(tokio::spawn(async move {
            let token = common::register(&http, &base).await;
            let meeting = format!("bench:m{}", i % 10);
            let date = start_at.date_naive();
            let point = waymark_rides::GeoPoint {
                latitude: 52.38 + (i % 17) as f64 * 0.004,
                longitude: -4.12 + (i % 13) as f64 * 0.006,
            };
            let cell = waymark_rides::CoarseCell::from_point(point).unwrap();
            let mut op = json!({"ride_id": uuid(i), "meeting_id": meeting, "date": date,
                "meeting_place": {"latitude": 52.414, "longitude": -4.081},
                "meeting_start": start_at});
            if i % 4 == 0 {
                op["type"] = json!("offer");
                op["seats"] = json!(3);
                op["origin"] = serde_json::to_value(cell).unwrap();
                op["max_detour_minutes"] = json!(15);
            } else {
                op["type"] = json!("request");
                op["pickup"] = serde_json::to_value(cell).unwrap();
                op["arrive_by"] = json!(start_at - chrono::Duration::minutes(10));
            }
            let follow = json!([{"meeting_id": meeting, "date": date}]);
            let first = json!({"ops": [{"op_id": uuid(1000 + i), "op": op}], "follow": follow});
            let loop_body = json!({ "follow": follow }).to_string();
            let r = http
                .post(format!("{base}/v1/rides/sync"))
                .bearer_auth(&token)
                .json(&first)
                .send()
                .await
                .unwrap();
            assert!(r.status().is_success());
            let mut lat_us = Vec::new();
            let measure_from = Instant::now() + warmup;
            // Spread the clients over the first interval so they do not fire together.
            let interval = (rate > 0.0).then(|| Duration::from_secs_f64(1.0 / rate));
            let mut next = Instant::now()
                + interval.map_or(Duration::ZERO, |iv| iv.mul_f64(i as f64 / CLIENTS as f64));
            while Instant::now() < deadline {
                if let Some(iv) = interval {
                    tokio::time::sleep_until(next.into()).await;
                    next += iv;
                }
                let t = Instant::now();
                let r = http
                    .post(format!("{base}/v1/rides/sync"))
                    .bearer_auth(&token)
                    .header("content-type", "application/json")
                    .body(loop_body.clone())
                    .send()
                    .await
                    .unwrap();
                let status = r.status();
                let body = r.text().await.unwrap_or_default();
                assert!(status.is_success(), "sync failed: {status} {body}");
                if t >= measure_from {
                    lat_us.push(t.elapsed().as_micros() as u64);
                }
            }
            lat_us
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    let n = all.len();
    let pct = |p: f64| all[((n as f64 - 1.0) * p) as usize] as f64 / 1000.0;
    let kind = database.split(':').next().unwrap_or_default();
    println!(
        "{kind}, {} server process(es), {CLIENTS} clients at {rate} req/s each (0 = closed loop), {secs} s measured: {n} syncs, {:.0} syncs/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        bases.len(),
        n as f64 / secs as f64,
        pct(0.5),
        pct(0.99),
        all[n - 1] as f64 / 1000.0
    );
}
