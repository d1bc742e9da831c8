//! The real `waymark-server` binary's HTTP limits (issue #13): slow connections are cut off,
//! rate limits hold across addresses of one network and against token guessing, the OpenAPI
//! description is served, and the access log says only what it should.
//!
//! Limits are set short with flags (1–2 s) so the suite stays quick; clients use raw TCP or
//! reqwest bound to chosen 127.0.0.x addresses on loopback.

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, TcpStream};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A `waymark-server` process on a free loopback port, on a fresh SQLite file; killed when
/// dropped.
type Server = waymark_tests::TestServer;

/// Starts the server with `extra` flags, its access log going to `log`.
fn spawn(extra: &[&str], log: Stdio) -> Server {
    waymark_tests::spawn_server_logging(
        std::path::Path::new(env!("CARGO_BIN_EXE_waymark-server")),
        None,
        extra,
        log,
    )
}

/// A server whose access log is thrown away (these tests make hundreds of requests).
fn server(extra: &[&str]) -> Server {
    spawn(extra, Stdio::null())
}

fn addr(s: &Server) -> String {
    s.base.trim_start_matches("http://").to_string()
}

/// A client whose connections come from `local` (any 127.x.y.z works on Linux loopback).
fn client_from(local: &str) -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .local_address(local.parse::<IpAddr>().unwrap())
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

fn register_from(s: &Server, local: &str, forwarded_for: Option<&str>) -> u16 {
    let mut r = client_from(local).post(format!("{}/v1/devices", s.base));
    if let Some(x) = forwarded_for {
        r = r.header("x-forwarded-for", x);
    }
    r.send().unwrap().status().as_u16()
}

fn register(s: &Server) -> String {
    common::register_with(&client_from("127.0.0.1"), &s.base)
}

fn sync_from(s: &Server, local: &str, token: &str, body: &str) -> (u16, String) {
    common::post_sync(&client_from(local), &s.base, token, body)
}

/// What a slow client does on its connection.
#[derive(Clone, Copy, Debug)]
enum Slow {
    /// Connects and sends nothing.
    Idle,
    /// Sends a request head one byte every 200 ms, never finishing it.
    TrickleHeader,
    /// Sends a full head announcing 10,000 bytes of body, then one byte every 200 ms.
    TrickleBody,
    /// Makes one request, reads the answer, then keeps the connection open doing nothing.
    IdleKeepAlive,
}

/// Opens a connection behaving as `how` and returns how long the server took to close it,
/// and everything it sent. Gives up after 15 s.
fn time_until_closed(address: &str, how: Slow, token: &str) -> (Duration, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let started = Instant::now();
    let mut trickle: Vec<u8> = match how {
        Slow::Idle => Vec::new(),
        Slow::TrickleHeader => b"POST /v1/rides/sync HTTP/1.1\r\nhost: x\r\nx-slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_vec(),
        Slow::TrickleBody => {
            let head = format!(
                "POST /v1/rides/sync HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {token}\r\ncontent-type: application/json\r\ncontent-length: 10000\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).unwrap();
            vec![b' '; 10_000]
        }
        Slow::IdleKeepAlive => {
            stream
                .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n")
                .unwrap();
            Vec::new()
        }
    };
    trickle.reverse();
    let mut received = Vec::new();
    let mut next_write = Instant::now();
    let mut buf = [0u8; 4096];
    while started.elapsed() < Duration::from_secs(15) {
        if Instant::now() >= next_write {
            if let Some(byte) = trickle.pop() {
                if stream.write_all(&[byte]).is_err() {
                    return (started.elapsed(), String::from_utf8_lossy(&received).into());
                }
            }
            next_write += Duration::from_millis(200);
        }
        match stream.read(&mut buf) {
            Ok(0) => return (started.elapsed(), String::from_utf8_lossy(&received).into()),
            Ok(n) => received.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return (started.elapsed(), String::from_utf8_lossy(&received).into()),
        }
    }
    panic!("{how:?}: the connection was still open after 15 s");
}

#[test]
fn slow_connections_are_closed_within_the_limits_while_a_normal_sync_succeeds() {
    let s = server(&[
        "--header-timeout",
        "1s",
        "--body-timeout",
        "1s",
        "--idle-timeout",
        "3s",
    ]);
    let token = register(&s);
    let address = addr(&s);
    let slow: Vec<_> = [
        Slow::Idle,
        Slow::TrickleHeader,
        Slow::TrickleBody,
        Slow::IdleKeepAlive,
    ]
    .into_iter()
    .map(|how| {
        let (address, token) = (address.clone(), token.clone());
        (
            how,
            std::thread::spawn(move || time_until_closed(&address, how, &token)),
        )
    })
    .collect();
    // Meanwhile an ordinary client is served.
    std::thread::sleep(Duration::from_millis(300));
    let (status, text) = sync_from(&s, "127.0.0.1", &token, "{}");
    assert_eq!(status, 200, "{text}");
    for (how, handle) in slow {
        let (took, received) = handle.join().unwrap();
        // Each limit is 1 s; allow for scheduling on a busy machine.
        assert!(
            took >= Duration::from_millis(700) && took < Duration::from_millis(2500),
            "{how:?} closed after {took:?}"
        );
        match how {
            Slow::TrickleBody => {
                assert!(received.starts_with("HTTP/1.1 408"), "{received}");
                assert!(received.contains(r#""code":"timeout""#), "{received}");
            }
            Slow::IdleKeepAlive => assert!(received.starts_with("HTTP/1.1 200"), "{received}"),
            _ => {}
        }
    }
}

#[test]
fn a_connection_moving_no_bytes_is_closed_by_the_idle_timeout() {
    // The header timeout is long here, so only the idle timeout can close the connection.
    let s = server(&["--header-timeout", "30s", "--idle-timeout", "1s"]);
    let (took, _) = time_until_closed(&addr(&s), Slow::Idle, "");
    assert!(
        took >= Duration::from_millis(700) && took < Duration::from_millis(2500),
        "closed after {took:?}"
    );
}

#[test]
fn connections_past_the_cap_wait_until_one_closes() {
    let s = server(&["--max-connections", "2", "--header-timeout", "1s"]);
    let address = addr(&s);
    let _held: Vec<TcpStream> = (0..2)
        .map(|_| TcpStream::connect(&address).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    let mut third = TcpStream::connect(&address).unwrap();
    third
        .write_all(b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
        .unwrap();
    third
        .set_read_timeout(Some(Duration::from_millis(400)))
        .unwrap();
    let mut buf = [0u8; 64];
    let early = third.read(&mut buf);
    assert!(
        matches!(&early, Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)),
        "answered while two connections were open: {early:?}"
    );
    // The two idle connections are closed by the header timeout; then the third is served.
    third
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut answer = String::new();
    third.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[test]
fn fifty_addresses_of_one_network_share_one_registration_budget() {
    let s = server(&["--register-burst", "10"]);
    let started = Instant::now();
    let created = (1..=50)
        .flat_map(|i| [i, i])
        .filter(|i| register_from(&s, &format!("127.0.0.{i}"), None) == 201)
        .count();
    // 10 at once, plus 5 a second refilled while the 100 requests ran.
    let refilled = (started.elapsed().as_secs_f64() * 5.0).ceil() as usize;
    assert!(
        (10..=10 + refilled).contains(&created),
        "{created} of 100 registrations went through ({refilled} refilled)"
    );
    // Another /24 has its own budget.
    assert_eq!(register_from(&s, "127.0.1.1", None), 201);

    // With /32 networks, each address is on its own.
    let per_address = server(&["--register-burst", "1", "--ipv4-prefix", "32"]);
    for i in 1..=50 {
        assert_eq!(
            register_from(&per_address, &format!("127.0.0.{i}"), None),
            201
        );
    }
    // (Asked at once: a token comes back only after 200 ms.)
    assert_eq!(register_from(&per_address, "127.0.0.50", None), 429);
}

#[test]
fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
    let s = server(&["--register-burst", "2", "--trusted-proxy", "127.0.0.1"]);
    // Through the proxy: the client's network counts.
    let via_proxy = |xff: &str| register_from(&s, "127.0.0.1", Some(xff));
    assert_eq!(via_proxy("198.51.100.7"), 201);
    assert_eq!(via_proxy("198.51.100.8"), 201);
    assert_eq!(via_proxy("198.51.100.9"), 429);
    // A header claiming an address before the proxy's entry changes nothing.
    assert_eq!(via_proxy("203.0.113.1, 198.51.100.10"), 429);
    assert_eq!(via_proxy("203.0.113.5"), 201);
    // From an untrusted peer, made-up headers are ignored: its own network counts.
    let direct = |xff: &str| register_from(&s, "127.0.0.2", Some(xff));
    assert_eq!(direct("192.0.2.1"), 201);
    assert_eq!(direct("192.0.2.2"), 201);
    assert_eq!(direct("192.0.2.3"), 429);
}

#[test]
fn failed_authentications_are_limited_per_network_and_per_device() {
    let s = server(&["--auth-failure-burst", "5", "--register-burst", "100"]);
    let a = register(&s);
    let b = register(&s);
    let bad = |n: usize| format!("{:032x}.{}", n, "0".repeat(64));

    // Guessing from one network: five wrong tokens are answered 401, then everything is 429
    // (the token is not even checked, so a right one does not get through either).
    let started = Instant::now();
    let statuses: Vec<u16> = (0..200)
        .map(|n| sync_from(&s, "127.0.0.1", &bad(n), "{}").0)
        .collect();
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(&statuses[..5], &[401; 5]);
    assert!(statuses[5..].iter().all(|&st| st == 429), "{statuses:?}");
    assert_eq!(sync_from(&s, "127.0.0.1", &a, "{}").0, 429);
    // Another network is not affected.
    assert_eq!(sync_from(&s, "127.0.1.1", &b, "{}").0, 200);

    // Guessing one device's secret from many networks: limited per device id.
    let (a_id, _) = a.split_once('.').unwrap();
    let wrong_a = format!("{a_id}.{}", "1".repeat(64));
    let statuses: Vec<u16> = (2..10)
        .map(|net| sync_from(&s, &format!("127.0.{net}.1"), &wrong_a, "{}").0)
        .collect();
    assert_eq!(&statuses[..5], &[401; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|&st| st == 429), "{statuses:?}");
    assert_eq!(sync_from(&s, "127.0.20.1", &a, "{}").0, 429);
    assert_eq!(sync_from(&s, "127.0.20.1", &b, "{}").0, 200);
}

#[test]
fn the_openapi_description_names_every_route_and_the_protocol_schemas() {
    let s = server(&[]);
    let r = client_from("127.0.0.1")
        .get(format!("{}/openapi.json", s.base))
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let doc: Value = r.json().unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/healthz", "/v1/devices", "/v1/rides/sync", "/openapi.json"] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    let schemas = &doc["components"]["schemas"];
    for name in [
        "SyncRequest",
        "SyncResponse",
        "Op",
        "ErrorBody",
        "DeviceCredentials",
    ] {
        assert!(schemas[name].is_object(), "{name} missing");
    }
    let sync = &doc["paths"]["/v1/rides/sync"]["post"];
    assert!(sync["responses"]["429"].is_object());
    assert_eq!(
        sync["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/SyncRequest"
    );
}

#[test]
fn each_request_leaves_one_access_log_line_with_nothing_sensitive() {
    let mut s = spawn(&[], Stdio::piped());
    let base = s.base.clone();
    let http = client_from("127.0.0.1");

    let created: Value = http
        .post(format!("{base}/v1/devices"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let (id, secret) = (
        created["device_id"].as_str().unwrap(),
        created["secret"].as_str().unwrap(),
    );
    let body = json!({"follow": [{"meeting_id": "fellowship:hope-group", "date": "2030-01-02"}]});
    let r = http
        .post(format!("{base}/v1/rides/sync"))
        .header("authorization", format!("Bearer {id}.{secret}"))
        .json(&body)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    // A path carrying an id is logged by its (missing) route, never as sent.
    let r = http.get(format!("{base}/v1/rides/{id}")).send().unwrap();
    assert_eq!(r.status(), 404);

    let log = s.stop_and_read_log();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 3, "{log}");
    let sync_lines: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains("route=/v1/rides/sync"))
        .collect();
    assert_eq!(sync_lines.len(), 1, "{log}");
    let l = sync_lines[0];
    assert!(l.contains("method=POST") && l.contains("status=200"), "{l}");
    assert!(l.contains("latency_ms="), "{l}");
    assert!(lines[0].contains("route=/v1/devices") && lines[0].contains("status=201"));
    assert!(
        lines[2].contains("method=GET route=unmatched status=404"),
        "{log}"
    );
    for secretish in [
        id,
        secret,
        "127.0.0.1",
        "fellowship",
        "hope-group",
        "Bearer",
    ] {
        assert!(
            !log.contains(secretish),
            "the log shows {secretish:?}: {log}"
        );
    }
}

/// Found by schemathesis: JSON has one kind of number, so `0.0` is a valid integer for the
/// description and must be taken as one.
#[test]
fn whole_numbers_written_with_a_fraction_are_taken_as_integers() {
    let s = server(&[]);
    let token = register(&s);
    let (status, text) = sync_from(&s, "127.0.0.1", &token, r#"{"since": 0.0}"#);
    assert_eq!(status, 200, "{text}");
    let (status, text) = sync_from(&s, "127.0.0.1", &token, r#"{"since": 0.5}"#);
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("invalid_json"), "{text}");
}
