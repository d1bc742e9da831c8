//! The real `waymark-server` binary on loopback, with several devices (issue #6).
//!
//! Every test runs twice, against SQLite (`sqlite::…`) and against PostgreSQL
//! (`postgres::…`, a fresh database per test on the server named by `WAYMARK_TEST_POSTGRES`;
//! `.ci/run` installs and starts one).

mod common;

use chrono::{Duration, Utc};
use serde_json::{json, Value};
use waymark_rides::CoarseCell;
use waymark_rides::GeoPoint;

type Server = waymark_tests::TestServer;

/// One test's database: every server a test starts shares it.
struct Board {
    database: String,
    _sqlite_dir: tempfile::TempDir,
    _postgres: Option<waymark_tests::PgTestDb>,
}

impl Board {
    fn sqlite() -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self {
            database: format!("sqlite:{}", dir.path().join("board.sqlite").display()),
            _sqlite_dir: dir,
            _postgres: None,
        }
    }

    fn postgres() -> Option<Self> {
        let pg = waymark_tests::PgTestDb::create()?;
        Some(Self {
            database: pg.url.clone(),
            _sqlite_dir: tempfile::tempdir().unwrap(),
            _postgres: Some(pg),
        })
    }

    fn server(&self) -> Server {
        self.server_with(&["--register-burst", "100"])
    }

    fn server_with(&self, extra: &[&str]) -> Server {
        waymark_tests::spawn_server_on(
            env!("CARGO_BIN_EXE_waymark-server").as_ref(),
            Some(&self.database),
            extra,
        )
    }

    /// The store itself, in this process.
    fn store(&self) -> waymark_server::store::Store {
        waymark_server::store::Store::connect(&self.database, 4).unwrap()
    }

    /// The one integer a query on the board's database answers, read behind the server's back.
    fn count(&self, sql: &str) -> i64 {
        match self.database.strip_prefix("sqlite:") {
            Some(path) => {
                waymark_sqlcipher_crypto::ensure_linked();
                let conn = rusqlite::Connection::open(path).unwrap();
                conn.query_row(sql, [], |r| r.get(0)).unwrap()
            }
            None => {
                let mut c = ::postgres::Client::connect(&self.database, ::postgres::NoTls).unwrap();
                c.query_one(sql, &[]).unwrap().get(0)
            }
        }
    }
}

/// Runs each named test once per database.
macro_rules! on_both_databases {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $test() { super::$test(super::Board::sqlite()) } )*
        }
        mod postgres {
            $( #[test] fn $test() {
                if let Some(board) = super::Board::postgres() {
                    super::$test(board)
                }
            } )*
        }
    };
}

on_both_databases!(
    offer_request_match_confirm_and_cancel_with_private_pickups,
    twenty_riders_race_for_the_last_seat_and_exactly_one_gets_it,
    riders_racing_through_two_server_processes_get_one_seat,
    bad_requests_get_json_errors_with_stable_codes,
    finished_rides_are_purged,
    a_device_sees_each_change_once_through_its_cursor,
    a_driver_cancelling_reopens_only_the_riders_in_that_car,
    a_device_has_one_ride_per_meeting_and_caps_are_refused_with_a_reason,
    what_a_client_says_about_the_meeting_is_checked,
    pickup_points_and_ride_details_go_when_no_longer_needed,
);

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::new()
}

fn register(s: &Server) -> String {
    common::register_with(&client(), &s.base)
}

/// (status, body as text)
fn sync_raw(s: &Server, token: &str, body: &str) -> (u16, String) {
    common::post_sync(&client(), &s.base, token, body)
}

fn sync(s: &Server, token: &str, body: Value) -> Value {
    let (status, text) = sync_raw(s, token, &body.to_string());
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn uuid(n: u32) -> String {
    format!("0193a1b2-0000-7000-8000-{n:012}")
}

const MEETING: (f64, f64) = (52.4140, -4.0810);

fn cell(lat: f64, lon: f64) -> Value {
    serde_json::to_value(
        CoarseCell::from_point(GeoPoint {
            latitude: lat,
            longitude: lon,
        })
        .unwrap(),
    )
    .unwrap()
}

fn offer(op: u32, ride: u32, seats: u8, from: (f64, f64)) -> Value {
    offer_to(op, ride, seats, from, "wales:thu")
}

fn offer_to(op: u32, ride: u32, seats: u8, from: (f64, f64), meeting: &str) -> Value {
    let start = Utc::now() + Duration::days(2);
    json!({"op_id": uuid(op), "op": {"type": "offer", "ride_id": uuid(ride), "meeting_id": meeting,
        "date": start.date_naive(), "meeting_place": {"latitude": MEETING.0, "longitude": MEETING.1},
        "meeting_start": start, "seats": seats, "origin": cell(from.0, from.1),
        "max_detour_minutes": 15}})
}

fn request(op: u32, ride: u32, from: (f64, f64)) -> Value {
    let start = Utc::now() + Duration::days(2);
    json!({"op_id": uuid(op), "op": {"type": "request", "ride_id": uuid(ride), "meeting_id": "wales:thu",
        "date": start.date_naive(), "meeting_place": {"latitude": MEETING.0, "longitude": MEETING.1},
        "meeting_start": start, "pickup": cell(from.0, from.1),
        "arrive_by": start - Duration::minutes(10), "flexibility_minutes": 5}})
}

const LLANBADARN: (f64, f64) = (52.4085, -4.0560);
const PENPARCAU: (f64, f64) = (52.3990, -4.0780);
/// The public places they choose to meet at: never sent before both confirm.
const RIDER_SPOT: (f64, f64) = (52.398765, -4.077654);
const DRIVER_SPOT: (f64, f64) = (52.409876, -4.056543);

fn offer_request_match_confirm_and_cancel_with_private_pickups(board: Board) {
    let s = board.server();
    let driver = register(&s);
    let rider = register(&s);
    let d = sync(&s, &driver, json!({"ops": [offer(1, 100, 3, LLANBADARN)]}));
    assert_eq!(d["results"][0]["status"], "applied");
    let r = sync(&s, &rider, json!({"ops": [request(2, 200, PENPARCAU)]}));
    assert_eq!(r["results"][0]["status"], "applied");
    let m = &r["matches"][0];
    assert_eq!(m["state"], "proposed");
    assert_eq!(m["role"], "rider");
    let added = m["added_minutes"].as_u64().unwrap();
    assert!((1..=15).contains(&added), "{added}");
    let match_id = m["match_id"].as_str().unwrap().to_string();

    // The rider accepts with a pickup spot: the seat is held, nothing is shared yet.
    let accept = |op: u32, spot: (f64, f64)| json!({"op_id": uuid(op), "op": {"type": "accept", "match_id": match_id, "pickup_point": {"latitude": spot.0, "longitude": spot.1}}});
    let r = sync(&s, &rider, json!({"ops": [accept(3, RIDER_SPOT)]}));
    assert_eq!(r["matches"][0]["state"], "seat_held");
    let (_, driver_view) = sync_raw(&s, &driver, "{}");
    assert!(
        !driver_view.contains("398765") && !driver_view.contains("077654"),
        "{driver_view}"
    );
    let dv: Value = serde_json::from_str(&driver_view).unwrap();
    assert_eq!(dv["matches"][0]["they_accepted"], true);
    assert!(dv["matches"][0]["counterpart_point"].is_null());
    assert!(dv["matches"][0]["counterpart_handle"].is_null());
    assert_eq!(dv["rides"][0]["seats_left"], 2);

    // The driver confirms: now each sees the other's spot and handle.
    let (_, text) = sync_raw(
        &s,
        &driver,
        &json!({"ops": [accept(4, DRIVER_SPOT)]}).to_string(),
    );
    let dv: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(dv["matches"][0]["state"], "confirmed");
    assert_eq!(
        dv["matches"][0]["counterpart_point"]["latitude"],
        RIDER_SPOT.0
    );
    let r = sync(&s, &rider, json!({}));
    assert_eq!(
        r["matches"][0]["counterpart_point"]["latitude"],
        DRIVER_SPOT.0
    );
    assert!(r["matches"][0]["counterpart_handle"]
        .as_str()
        .unwrap()
        .starts_with("ride-"));

    // Retrying an op gives the same answer and changes nothing.
    let again = sync(&s, &rider, json!({"ops": [request(2, 200, PENPARCAU)]}));
    assert_eq!(again["results"][0]["status"], "applied");

    // Another device cannot cancel the offer; the rider can cancel theirs, and the seat
    // goes back.
    let stranger = register(&s);
    let x = sync(
        &s,
        &stranger,
        json!({"ops": [{"op_id": uuid(5), "op": {"type": "cancel", "ride_id": uuid(100)}}]}),
    );
    assert_eq!(x["results"][0]["code"], "not_owner");
    sync(
        &s,
        &rider,
        json!({"ops": [{"op_id": uuid(6), "op": {"type": "cancel", "ride_id": uuid(200)}}]}),
    );
    let dv = sync(&s, &driver, json!({}));
    assert_eq!(dv["rides"][0]["seats_left"], 3);
    assert_eq!(dv["matches"][0]["state"], "cancelled");
}

/// `riders` riders, the i-th on `servers[i % len]`, each request a ride to the driver's
/// meeting and get a proposal; then all accept at once. Returns each accept's result.
fn race_for_seats(servers: &[&Server], riders: u32) -> Vec<Value> {
    let prepared: Vec<(String, String, String)> = (0..riders)
        .map(|i| {
            let s = servers[i as usize % servers.len()];
            let t = register(s);
            let r = sync(s, &t, json!({"ops": [request(10 + i, 200 + i, PENPARCAU)]}));
            let m = r["matches"][0]["match_id"]
                .as_str()
                .expect("a proposal")
                .to_string();
            (s.base.clone(), t, m)
        })
        .collect();
    // Every thread waits here, so the accepts really arrive together.
    let gate = std::sync::Arc::new(std::sync::Barrier::new(prepared.len()));
    let handles: Vec<_> = prepared
        .into_iter()
        .enumerate()
        .map(|(i, (base, token, match_id))| {
            let gate = gate.clone();
            std::thread::spawn(move || {
                let body = json!({"ops": [{"op_id": uuid(500 + i as u32), "op": {"type": "accept", "match_id": match_id}}]});
                let request = client()
                    .post(format!("{base}/v1/rides/sync"))
                    .header("authorization", format!("Bearer {token}"))
                    .header("content-type", "application/json")
                    .body(body.to_string());
                gate.wait();
                let text = request.send().unwrap().text().unwrap();
                let r: Value = serde_json::from_str(&text).unwrap();
                r["results"][0].clone()
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

fn won_and_taken(results: &[Value]) -> (usize, usize) {
    let won = results.iter().filter(|r| r["status"] == "applied").count();
    let taken = results.iter().filter(|r| r["code"] == "seat_taken").count();
    (won, taken)
}

fn twenty_riders_race_for_the_last_seat_and_exactly_one_gets_it(board: Board) {
    let s = board.server();
    let driver = register(&s);
    sync(&s, &driver, json!({"ops": [offer(1, 100, 1, LLANBADARN)]}));
    let results = race_for_seats(&[&s], 20);
    assert_eq!(won_and_taken(&results), (1, 19), "{results:?}");
    let dv = sync(&s, &driver, json!({}));
    assert_eq!(dv["rides"][0]["seats_left"], 0);
}

/// Stateless servers: two processes on one database give out exactly the seats there are.
fn riders_racing_through_two_server_processes_get_one_seat(board: Board) {
    let a = board.server();
    let b = board.server();
    let driver = register(&a);
    sync(&a, &driver, json!({"ops": [offer(1, 100, 2, LLANBADARN)]}));
    let results = race_for_seats(&[&a, &b], 20);
    assert_eq!(won_and_taken(&results), (2, 18), "{results:?}");
    // The driver, registered through one process, is answered by the other.
    let dv = sync(&b, &driver, json!({}));
    assert_eq!(dv["rides"][0]["seats_left"], 0);
    let held = dv["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["state"] == "seat_held")
        .count();
    assert_eq!(held, 2, "{dv}");
}

/// A device that passes back its cursor gets each change once, and nothing when nothing
/// changed.
fn a_device_sees_each_change_once_through_its_cursor(board: Board) {
    let s = board.server();
    let driver = register(&s);
    let rider = register(&s);
    let d = sync(&s, &driver, json!({"ops": [offer(1, 100, 3, LLANBADARN)]}));
    assert_eq!(d["rides"].as_array().unwrap().len(), 1);
    let cursor = d["cursor"].as_i64().unwrap();
    let quiet = sync(&s, &driver, json!({"since": cursor}));
    assert!(quiet["rides"].as_array().unwrap().is_empty(), "{quiet}");
    assert!(quiet["matches"].as_array().unwrap().is_empty(), "{quiet}");
    assert_eq!(quiet["cursor"], cursor);

    let r = sync(&s, &rider, json!({"ops": [request(2, 200, PENPARCAU)]}));
    let match_id = r["matches"][0]["match_id"].as_str().unwrap().to_string();
    let d = sync(&s, &driver, json!({"since": cursor}));
    assert!(d["rides"].as_array().unwrap().is_empty(), "{d}");
    assert_eq!(d["matches"].as_array().unwrap().len(), 1, "{d}");
    assert_eq!(d["matches"][0]["state"], "proposed");
    let cursor = d["cursor"].as_i64().unwrap();
    assert!(sync(&s, &driver, json!({"since": cursor}))["matches"]
        .as_array()
        .unwrap()
        .is_empty());

    sync(
        &s,
        &rider,
        json!({"ops": [{"op_id": uuid(3), "op": {"type": "accept", "match_id": match_id}}]}),
    );
    let d = sync(&s, &driver, json!({"since": cursor}));
    assert_eq!(d["rides"][0]["seats_left"], 2, "{d}");
    assert_eq!(d["matches"][0]["they_accepted"], true, "{d}");
    assert!(d["cursor"].as_i64().unwrap() > cursor);
}

fn bad_requests_get_json_errors_with_stable_codes(board: Board) {
    let s = board.server();
    let token = register(&s);
    let cases: Vec<(String, u16, &str)> = vec![
        ("{not json".into(), 400, "invalid_json"),
        (
            r#"{"ops": [], "home": "1 My Street"}"#.into(),
            400,
            "invalid_json",
        ),
        (
            json!({"ops": [offer(1, 100, 0, LLANBADARN)]}).to_string(),
            422,
            "invalid_request",
        ),
        (
            format!(r#"{{"ops": [], "pad": "{}"}}"#, "x".repeat(70_000)),
            413,
            "too_large",
        ),
    ];
    for (body, status, code) in cases {
        let (st, text) = sync_raw(&s, &token, &body);
        assert_eq!(st, status, "{text}");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["code"], code, "{text}");
        // A broken car-pool rule carries its stable reason, which the phones word in the
        // person's language; other errors carry none.
        if code == "invalid_request" {
            assert_eq!(v["error"]["reason"], "seats", "{text}");
        } else {
            assert!(v["error"].get("reason").is_none(), "{text}");
        }
    }
    let (st, text) = sync_raw(&s, "nobody.nothing", "{}");
    assert_eq!(st, 401);
    assert!(text.contains("unauthorized"));
    let wrong = format!("{}.{}", &token[..32], "0".repeat(64));
    assert_eq!(sync_raw(&s, &wrong, "{}").0, 401);
    // Registration is rate limited per address.
    let limited = board.server_with(&["--register-burst", "3"]);
    let statuses: Vec<u16> = (0..6)
        .map(|_| {
            client()
                .post(format!("{}/v1/devices", limited.base))
                .send()
                .unwrap()
                .status()
                .as_u16()
        })
        .collect();
    assert_eq!(&statuses[..3], &[201, 201, 201]);
    let r = client()
        .post(format!("{}/v1/devices", limited.base))
        .send()
        .unwrap();
    assert_eq!(r.status(), 429);
    assert!(r.text().unwrap().contains("rate_limited"));
    let health: Value = serde_json::from_str(
        &client()
            .get(format!("{}/healthz", s.base))
            .send()
            .unwrap()
            .text()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(health["status"], "ok");
}

fn finished_rides_are_purged(board: Board) {
    use waymark_rides::protocol::SyncRequest;
    let store = board.store();
    let req = |v: Value| -> SyncRequest { serde_json::from_value(v).unwrap() };
    store
        .sync(
            "driver",
            &req(json!({"ops": [offer(1, 100, 2, LLANBADARN)]})),
            Utc::now(),
        )
        .unwrap();
    store
        .sync(
            "rider",
            &req(json!({"ops": [request(2, 200, PENPARCAU)]})),
            Utc::now(),
        )
        .unwrap();
    assert_eq!(store.purge(Utc::now()).unwrap(), 0);
    assert_eq!(board.count("SELECT count(*) FROM proposed"), 1);
    assert_eq!(
        store
            .purge(Utc::now() + Duration::days(2) + Duration::hours(5))
            .unwrap(),
        2
    );
    for device in ["driver", "rider"] {
        let view = store
            .sync(device, &SyncRequest::default(), Utc::now())
            .unwrap();
        assert!(view.rides.is_empty() && view.matches.is_empty());
    }
    // Nothing says which meeting had rides any more.
    for table in ["rides", "matches", "proposed"] {
        let n = board.count(&format!("SELECT count(*) FROM {table}"));
        assert_eq!(n, 0, "{table}");
    }
}

/// Issue 13: a rider seated in one car, who had also been proposed another, kept their seat
/// when that other driver cancelled, but was opened up again too, and could take a third
/// car's seat as well.
fn a_driver_cancelling_reopens_only_the_riders_in_that_car(board: Board) {
    let s = board.server();
    let (x, y, z, rider, other) = (
        register(&s),
        register(&s),
        register(&s),
        register(&s),
        register(&s),
    );
    sync(&s, &x, json!({"ops": [offer(1, 100, 1, LLANBADARN)]}));
    sync(&s, &y, json!({"ops": [offer(2, 101, 1, LLANBADARN)]}));
    let r = sync(&s, &rider, json!({"ops": [request(3, 200, PENPARCAU)]}));
    let proposals = r["matches"].as_array().unwrap();
    assert_eq!(proposals.len(), 2, "{r}");
    // The rider takes Y's seat; X's proposal is withdrawn.
    let in_y = |m: &&Value| {
        let driver_view = sync(&s, &y, json!({}));
        driver_view["matches"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["match_id"] == m["match_id"])
    };
    let y_match = proposals.iter().find(in_y).unwrap()["match_id"].clone();
    let r = sync(
        &s,
        &rider,
        json!({"ops": [{"op_id": uuid(4), "op": {"type": "accept", "match_id": y_match}}]}),
    );
    assert_eq!(r["results"][0]["status"], "applied", "{r}");
    // Another rider is in X's car.
    let o = sync(&s, &other, json!({"ops": [request(5, 201, PENPARCAU)]}));
    let x_match = o["matches"][0]["match_id"].clone();
    sync(
        &s,
        &other,
        json!({"ops": [{"op_id": uuid(6), "op": {"type": "accept", "match_id": x_match}}]}),
    );

    // X cancels: X's rider is open again and is offered Z's car; the rider in Y's car is not.
    sync(
        &s,
        &x,
        json!({"ops": [{"op_id": uuid(7), "op": {"type": "cancel", "ride_id": uuid(100)}}]}),
    );
    sync(&s, &z, json!({"ops": [offer(8, 102, 1, LLANBADARN)]}));
    let r = sync(&s, &rider, json!({}));
    assert_eq!(r["rides"][0]["state"], "matched", "{r}");
    let held = |v: &Value| {
        v["matches"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["state"] == "seat_held" || m["state"] == "confirmed")
            .count()
    };
    assert_eq!(held(&r), 1, "{r}");
    assert!(
        !r["matches"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["state"] == "proposed"),
        "a seated rider is proposed another car: {r}"
    );
    let o = sync(&s, &other, json!({}));
    assert_eq!(o["rides"][0]["state"], "open", "{o}");
    let proposed: Vec<&Value> = o["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["state"] == "proposed")
        .collect();
    assert_eq!(proposed.len(), 1, "{o}");
    let zv = sync(&s, &z, json!({}));
    assert_eq!(zv["rides"][0]["seats_left"], 1, "{zv}");
}

fn a_device_has_one_ride_per_meeting_and_caps_are_refused_with_a_reason(board: Board) {
    use waymark_server::store::rules::{MAX_OPEN_RIDES_PER_DEVICE, MAX_OPEN_RIDES_PER_OCCURRENCE};
    let s = board.server();
    let device = register(&s);
    // A second ride to the same meeting (an offer after a request, or a second request).
    let r = sync(
        &s,
        &device,
        json!({"ops": [request(1, 100, PENPARCAU), request(2, 101, PENPARCAU), offer(3, 102, 2, LLANBADARN)]}),
    );
    assert_eq!(r["results"][0]["status"], "applied", "{r}");
    for i in [1, 2] {
        assert_eq!(r["results"][i]["code"], "already_have_ride", "{r}");
        assert!(r["results"][i]["message"]
            .as_str()
            .unwrap()
            .contains("Cancel it first"));
    }
    // After cancelling, a new one is fine.
    let r = sync(
        &s,
        &device,
        json!({"ops": [{"op_id": uuid(4), "op": {"type": "cancel", "ride_id": uuid(100)}}, offer(5, 103, 2, LLANBADARN)]}),
    );
    assert_eq!(r["results"][1]["status"], "applied", "{r}");

    // One device: rides to as many meetings as the cap, then a refusal that says why.
    let cap = MAX_OPEN_RIDES_PER_DEVICE as u32;
    let ops: Vec<Value> = (1..=cap)
        .map(|i| offer_to(100 + i, 200 + i, 2, LLANBADARN, &format!("wales:m{i}")))
        .collect();
    let r = sync(&s, &device, json!({ "ops": ops }));
    let results = r["results"].as_array().unwrap();
    // The offer to wales:thu counts: the last one is one too many.
    assert!(results[..cap as usize - 1]
        .iter()
        .all(|x| x["status"] == "applied"));
    assert_eq!(results[cap as usize - 1]["code"], "too_many_rides", "{r}");
    assert!(results[cap as usize - 1]["message"]
        .as_str()
        .unwrap()
        .contains(&cap.to_string()));

    // One occurrence: as many rides as its cap (from as many devices), then `meeting_full`.
    use waymark_rides::protocol::SyncRequest;
    let store = board.store();
    let now = Utc::now();
    let busy = |op: u32, ride: u32| -> SyncRequest {
        let mut v = request(op, ride, PENPARCAU);
        v["op"]["meeting_id"] = json!("wales:busy");
        serde_json::from_value(json!({ "ops": [v] })).unwrap()
    };
    for i in 0..MAX_OPEN_RIDES_PER_OCCURRENCE as u32 {
        let r = store
            .sync(&format!("rider{i}"), &busy(1000 + i, 2000 + i), now)
            .unwrap();
        assert_eq!(
            serde_json::to_value(&r.results[0]).unwrap()["status"],
            "applied"
        );
    }
    let r = store.sync("late", &busy(999, 1999), now).unwrap();
    let r = serde_json::to_value(&r.results[0]).unwrap();
    assert_eq!(r["code"], "meeting_full", "{r}");
    // A cancelled ride makes room.
    let cancel: SyncRequest = serde_json::from_value(
        json!({"ops": [{"op_id": uuid(998), "op": {"type": "cancel", "ride_id": uuid(2000)}}]}),
    )
    .unwrap();
    store.sync("rider0", &cancel, now).unwrap();
    let r = store.sync("late", &busy(997, 1997), now).unwrap();
    assert_eq!(
        serde_json::to_value(&r.results[0]).unwrap()["status"],
        "applied"
    );
}

/// Issue 13: a year-9999 start was stored (and never purged), a date that is not the
/// start's was taken, and so were ride ids of any 64 characters.
fn what_a_client_says_about_the_meeting_is_checked(board: Board) {
    let s = board.server();
    let device = register(&s);
    let far = {
        let mut o = offer(1, 100, 2, LLANBADARN);
        o["op"]["meeting_start"] = json!("9999-11-26T19:30:00Z");
        o["op"]["date"] = json!("9999-11-26");
        o
    };
    let r = sync(&s, &device, json!({"ops": [far]}));
    assert_eq!(r["results"][0]["code"], "too_far_ahead", "{r}");
    let late = {
        let mut o = offer(2, 101, 2, LLANBADARN);
        let start = Utc::now() - Duration::hours(2);
        o["op"]["meeting_start"] = json!(start);
        o["op"]["date"] = json!(start.date_naive());
        o
    };
    let r = sync(&s, &device, json!({"ops": [late]}));
    assert_eq!(r["results"][0]["code"], "too_late", "{r}");
    assert!(r["rides"].as_array().unwrap().is_empty(), "{r}");

    let refused = |body: Value, why: &str, reason: &str| {
        let (status, text) = sync_raw(&s, &device, &body.to_string());
        assert_eq!(status, 422, "{text}");
        assert!(
            text.contains("invalid_request") && text.contains(why),
            "{text}"
        );
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["error"]["reason"], reason, "{text}");
    };
    let mut wrong_date = offer(3, 102, 2, LLANBADARN);
    let start = Utc::now() + Duration::days(2);
    wrong_date["op"]["date"] = json!((start + Duration::days(3)).date_naive());
    refused(
        json!({ "ops": [wrong_date] }),
        "local date",
        "date_not_local",
    );
    let mut wrong_zone = offer(4, 103, 2, LLANBADARN);
    wrong_zone["op"]["meeting_start"] = json!("2030-01-01T23:30:00Z");
    wrong_zone["op"]["date"] = json!("2030-01-01");
    wrong_zone["op"]["timezone"] = json!("Pacific/Auckland");
    refused(
        json!({ "ops": [wrong_zone] }),
        "local date",
        "date_not_local",
    );
    let mut not_uuid = offer(5, 104, 2, LLANBADARN);
    not_uuid["op"]["ride_id"] = json!("a".repeat(64));
    refused(json!({ "ops": [not_uuid] }), "UUID", "ride_id_not_uuid");
    let not_uuid = json!({"op_id": "x".repeat(64), "op": {"type": "cancel", "ride_id": uuid(100)}});
    refused(json!({ "ops": [not_uuid] }), "UUID", "op_id_not_uuid");
    let r = sync(&s, &device, json!({}));
    assert!(r["rides"].as_array().unwrap().is_empty(), "{r}");
}

/// Issue 13: exact pickup points are kept only while their match stands, a cancelled ride's
/// details go at once, and the rest four hours after the meeting.
fn pickup_points_and_ride_details_go_when_no_longer_needed(board: Board) {
    let s = board.server();
    let driver = register(&s);
    let rider = register(&s);
    sync(&s, &driver, json!({"ops": [offer(1, 100, 3, LLANBADARN)]}));
    let r = sync(&s, &rider, json!({"ops": [request(2, 200, PENPARCAU)]}));
    let match_id = r["matches"][0]["match_id"].as_str().unwrap().to_string();
    let accept = |op: u32, spot: (f64, f64)| json!({"op_id": uuid(op), "op": {"type": "accept", "match_id": match_id, "pickup_point": {"latitude": spot.0, "longitude": spot.1}}});
    sync(&s, &rider, json!({"ops": [accept(3, RIDER_SPOT)]}));
    let d = sync(&s, &driver, json!({"ops": [accept(4, DRIVER_SPOT)]}));
    assert_eq!(d["matches"][0]["state"], "confirmed");
    let points =
        "SELECT count(*) FROM matches WHERE rider_point IS NOT NULL OR driver_point IS NOT NULL";
    assert_eq!(board.count(points), 1);
    // On SQLite, the points are in the file (once the log is folded in)…
    let file_text = || {
        let path = board.database.strip_prefix("sqlite:")?;
        waymark_sqlcipher_crypto::ensure_linked();
        let conn = rusqlite::Connection::open(path).unwrap();
        let busy: i64 = conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
            .unwrap();
        assert_eq!(busy, 0, "the checkpoint was blocked");
        Some(String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned())
    };
    let spots = ["398765", "077654", "409876", "056543"];
    if let Some(text) = file_text() {
        assert!(spots.iter().all(|d| text.contains(d)));
    }

    sync(
        &s,
        &rider,
        json!({"ops": [{"op_id": uuid(5), "op": {"type": "cancel", "ride_id": uuid(200)}}]}),
    );
    assert_eq!(board.count(points), 0);
    assert_eq!(
        board.count("SELECT count(*) FROM rides WHERE state = 'cancelled' AND body != '{}'"),
        0
    );
    // …and then not even in its free space (secure_delete).
    let gone = || {
        if let Some(text) = file_text() {
            for digits in spots {
                assert!(!text.contains(digits), "{digits} is still in the file");
            }
        }
    };
    gone();

    // A confirmed ride keeps its points until it is purged, four hours after the meeting.
    let r = sync(&s, &rider, json!({"ops": [request(6, 201, PENPARCAU)]}));
    let match_id = r["matches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["state"] == "proposed")
        .unwrap()["match_id"]
        .as_str()
        .unwrap()
        .to_string();
    let accept = |op: u32, spot: (f64, f64)| json!({"op_id": uuid(op), "op": {"type": "accept", "match_id": match_id, "pickup_point": {"latitude": spot.0, "longitude": spot.1}}});
    sync(&s, &rider, json!({"ops": [accept(7, RIDER_SPOT)]}));
    sync(&s, &driver, json!({"ops": [accept(8, DRIVER_SPOT)]}));
    assert_eq!(board.count(points), 1);
    let store = board.store();
    store
        .purge(Utc::now() + Duration::days(2) + Duration::hours(5))
        .unwrap();
    drop(store);
    assert_eq!(board.count("SELECT count(*) FROM matches"), 0);
    gone();
}

/// The board's SQLite file and its `-wal` and `-shm` files are its owner's alone, even when
/// the file was made by an older version with wider permissions.
#[cfg(unix)]
#[test]
fn sqlite_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("board.sqlite");
    let mode = |suffix: &str| {
        let p = dir.path().join(format!("board.sqlite{suffix}"));
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    };
    let board = Board {
        database: format!("sqlite:{}", path.display()),
        _sqlite_dir: tempfile::tempdir().unwrap(),
        _postgres: None,
    };
    {
        let s = board.server();
        let driver = register(&s);
        sync(&s, &driver, json!({"ops": [offer(1, 100, 3, LLANBADARN)]}));
        for suffix in ["", "-wal", "-shm"] {
            assert_eq!(mode(suffix), 0o600, "board.sqlite{suffix}");
        }
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = board.store();
    assert_eq!(mode(""), 0o600);
    drop(store);
}
