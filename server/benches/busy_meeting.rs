//! A meeting filled to the board's cap, on the real `waymark-server` over loopback (issue 13,
//! item 5: before the caps and incremental re-matching, 600 offers and 600 requests in one
//! meeting made each sync that touched it take 2.7 s and stalled other devices by 3.2 s).
//!
//! Run: `cargo bench -p waymark-server --bench busy_meeting` (release).
//!
//! 1. Devices fill one meeting occurrence to [`MAX_OPEN_RIDES_PER_OCCURRENCE`] less two rides,
//!    half offers and half requests, all near each other (every offer fits every rider: the
//!    most re-matching work there can be); one more ride beyond the cap is refused.
//! 2. For `WAYMARK_BUSY_SECS` (20) seconds, measured: two devices touch that meeting, one
//!    offering a seat (then cancelling it) and one asking for a seat (then cancelling), each
//!    `WAYMARK_BUSY_RATE` (5) pairs a second (0: as fast as answers come), so every sync of
//!    theirs changes the meeting and re-matches; and a device on an unrelated meeting syncs 20
//!    times a second with its own offer there.
//!
//! Prints p50 / p99 / max for the touching syncs and for the unrelated device's. Targets: touching
//! p99 < 50 ms, unrelated p99 < 10 ms. `WAYMARK_LOAD_DB=postgres` runs the same on a fresh
//! database on the server named by `WAYMARK_TEST_POSTGRES`.

mod common;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use waymark_server::store::rules::MAX_OPEN_RIDES_PER_OCCURRENCE;

use waymark_tests::{bench_uuid as uuid, env_or};

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let postgres = waymark_tests::load_bench_postgres();
    let server = waymark_tests::spawn_server_on(
        env!("CARGO_BIN_EXE_waymark-server").as_ref(),
        postgres.as_ref().map(|p| p.url.as_str()),
        &["--register-burst", "1000", "--sync-per-second", "100000"],
    );
    let kind = if postgres.is_some() {
        "postgres"
    } else {
        "sqlite"
    };
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(run(server.base.clone(), kind));
    drop(server);
    drop(postgres);
}

/// What one ride op says, around the meeting (`n` spreads the places over a few km).
fn ride(kind: &str, n: usize, meeting: &str, start: chrono::DateTime<chrono::Utc>) -> Value {
    let point = waymark_rides::GeoPoint {
        latitude: 52.400 + (n % 7) as f64 * 0.003,
        longitude: -4.075 + (n % 5) as f64 * 0.003,
    };
    let cell = serde_json::to_value(waymark_rides::CoarseCell::from_point(point).unwrap()).unwrap();
    let mut op = json!({"type": kind, "ride_id": uuid(n), "meeting_id": meeting,
        "date": start.date_naive(), "meeting_place": {"latitude": 52.414, "longitude": -4.081},
        "meeting_start": start});
    if kind == "offer" {
        op["seats"] = json!(3);
        op["origin"] = cell;
        op["max_detour_minutes"] = json!(30);
    } else {
        op["pickup"] = cell;
        op["arrive_by"] = json!(start - chrono::Duration::minutes(10));
        op["flexibility_minutes"] = json!(10);
    }
    json!({"op_id": uuid(1_000_000 + n), "op": op})
}

struct Device {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Device {
    async fn register(http: &reqwest::Client, base: &str) -> Self {
        Self {
            http: http.clone(),
            base: base.to_string(),
            token: common::register(http, base).await,
        }
    }

    /// One sync; its answer and how long it took.
    async fn sync(&self, body: &Value) -> (Value, Duration) {
        let t = Instant::now();
        let r = self
            .http
            .post(format!("{}/v1/rides/sync", self.base))
            .bearer_auth(&self.token)
            .json(body)
            .send()
            .await
            .unwrap();
        let status = r.status();
        let text = r.text().await.unwrap();
        let elapsed = t.elapsed();
        assert!(status.is_success(), "sync failed: {status} {text}");
        (serde_json::from_str(&text).unwrap(), elapsed)
    }
}

fn summary(name: &str, mut us: Vec<u64>) -> String {
    us.sort_unstable();
    let n = us.len();
    let pct = |p: f64| us[((n as f64 - 1.0) * p) as usize] as f64 / 1000.0;
    format!(
        "{name}: {n} syncs, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        pct(0.5),
        pct(0.99),
        us[n - 1] as f64 / 1000.0
    )
}

async fn run(base: String, kind: &str) {
    let secs: u64 = env_or("WAYMARK_BUSY_SECS", 20);
    let start = chrono::Utc::now() + chrono::Duration::days(2);
    let http = reqwest::Client::new();
    let busy = "bench:busy";
    let follow = json!([{"meeting_id": busy, "date": start.date_naive()}]);

    // 1. Fill the meeting, one device per ride (a device has one ride per meeting).
    let fill = MAX_OPEN_RIDES_PER_OCCURRENCE as usize - 2;
    let t = Instant::now();
    let mut fill_us = Vec::new();
    for n in 0..fill {
        let d = Device::register(&http, &base).await;
        let k = if n % 2 == 0 { "offer" } else { "request" };
        let (r, took) = d
            .sync(&json!({"ops": [ride(k, n, busy, start)], "follow": follow}))
            .await;
        assert_eq!(r["results"][0]["status"], "applied", "{r}");
        fill_us.push(took.as_micros() as u64);
    }
    println!(
        "{kind}: filled one meeting with {fill} rides ({} offers, {} requests) in {:.1} s; {}",
        fill.div_ceil(2),
        fill / 2,
        t.elapsed().as_secs_f64(),
        summary("filling syncs", fill_us)
    );

    let offerer = Device::register(&http, &base).await;
    let asker = Device::register(&http, &base).await;
    let unrelated = Device::register(&http, &base).await;
    let (r, _) = unrelated
        .sync(&json!({"ops": [ride("offer", 900_000, "bench:quiet", start)]}))
        .await;
    assert_eq!(r["results"][0]["status"], "applied", "{r}");

    // 2. Measure.
    let deadline = Instant::now() + Duration::from_secs(secs);
    // Each touching device's pace: offer (or request), then cancel, `rate` pairs a second.
    let rate: f64 = env_or("WAYMARK_BUSY_RATE", 5.0);
    let interval = (rate > 0.0).then(|| Duration::from_secs_f64(1.0 / rate));
    let toucher = |d: Device, k: &'static str, base_n: usize| {
        let follow = follow.clone();
        tokio::spawn(async move {
            let mut us = Vec::new();
            let mut n = base_n;
            let mut next = Instant::now();
            while Instant::now() < deadline {
                if let Some(iv) = interval {
                    tokio::time::sleep_until(next.into()).await;
                    next += iv;
                }
                let (r, took) = d
                    .sync(&json!({"ops": [ride(k, n, busy, start)], "follow": follow}))
                    .await;
                assert_eq!(r["results"][0]["status"], "applied", "{r}");
                us.push(took.as_micros() as u64);
                let cancel = json!({"op_id": uuid(2_000_000 + n), "op": {"type": "cancel", "ride_id": uuid(n)}});
                let (_, took) = d.sync(&json!({"ops": [cancel], "follow": follow})).await;
                us.push(took.as_micros() as u64);
                n += 1;
            }
            us
        })
    };
    let a = toucher(offerer, "offer", 100_000);
    let b = toucher(asker, "request", 200_000);
    let quiet_follow =
        json!({"follow": [{"meeting_id": "bench:quiet", "date": start.date_naive()}]});
    let quiet = tokio::spawn(async move {
        let mut us = Vec::new();
        let mut next = Instant::now();
        while Instant::now() < deadline {
            tokio::time::sleep_until(next.into()).await;
            next += Duration::from_millis(50);
            let (_, took) = unrelated.sync(&quiet_follow).await;
            us.push(took.as_micros() as u64);
        }
        us
    });
    let mut touching = a.await.unwrap();
    touching.extend(b.await.unwrap());
    let quiet = quiet.await.unwrap();
    println!(
        "{kind}, meeting at {} of {MAX_OPEN_RIDES_PER_OCCURRENCE} rides, {secs} s: {}; {}",
        fill + 1,
        summary(
            &format!("touching syncs (2 devices, each {rate} offer-or-request + cancel pairs/s, 0 = closed loop)"),
            touching
        ),
        summary("unrelated device (20 syncs/s)", quiet)
    );

    // One ride beyond the cap is refused, with a reason.
    for n in 300_000..300_002 {
        let filler = Device::register(&http, &base).await;
        let (r, _) = filler
            .sync(&json!({"ops": [ride("request", n, busy, start)]}))
            .await;
        assert_eq!(r["results"][0]["status"], "applied", "{r}");
    }
    let extra = Device::register(&http, &base).await;
    let (r, _) = extra
        .sync(&json!({"ops": [ride("request", 300_002, busy, start)]}))
        .await;
    println!(
        "ride {} of {MAX_OPEN_RIDES_PER_OCCURRENCE}: {} ({})",
        MAX_OPEN_RIDES_PER_OCCURRENCE + 1,
        r["results"][0]["code"],
        r["results"][0]["message"]
    );
}
