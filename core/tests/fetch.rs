//! The HTTP fetcher against a real HTTP server on loopback.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use waymark_core::support::fetch::{fetch, FetchConfig, FetchError, FetchOutcome, Validators};

/// One scripted answer: status, headers, body, delay before answering.
#[derive(Clone)]
struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
    delay: Duration,
}

fn ok(body: &str) -> Answer {
    Answer {
        status: 200,
        headers: vec![],
        body: body.as_bytes().to_vec(),
        delay: Duration::ZERO,
    }
}

/// Request headers as (lower-case name, value) pairs.
type Headers = Vec<(String, String)>;

struct Server {
    url: String,
    hits: Arc<AtomicUsize>,
    seen: Arc<Mutex<Vec<Headers>>>,
}

/// Serves the answers in order (the last one repeats) on 127.0.0.1.
fn serve(answers: Vec<Answer>) -> Server {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed.json", server.server_addr().to_ip().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (h, s) = (hits.clone(), seen.clone());
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let i = h.fetch_add(1, Ordering::SeqCst);
            s.lock().unwrap().push(
                req.headers()
                    .iter()
                    .map(|x| (x.field.to_string().to_lowercase(), x.value.to_string()))
                    .collect(),
            );
            let a = answers[i.min(answers.len() - 1)].clone();
            std::thread::sleep(a.delay);
            let mut resp = tiny_http::Response::from_data(a.body).with_status_code(a.status);
            for (k, v) in a.headers {
                resp.add_header(tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap());
            }
            let _ = req.respond(resp);
        }
    });
    Server { url, hits, seen }
}

fn quick() -> FetchConfig {
    FetchConfig {
        attempts: 3,
        base_backoff: Duration::from_millis(10),
        total_timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    }
}

fn get(url: &str, v: &Validators, c: &FetchConfig) -> Result<FetchOutcome, FetchError> {
    fetch(url, v, c, &AtomicBool::new(false), &mut |_| {})
}

#[test]
fn conditional_request_says_not_modified() {
    let mut first = ok("[1]");
    first.headers = vec![
        ("ETag", "\"v1\"".into()),
        ("Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT".into()),
    ];
    let not_modified = Answer {
        status: 304,
        headers: vec![],
        body: vec![],
        delay: Duration::ZERO,
    };
    let s = serve(vec![first, not_modified]);
    let FetchOutcome::Body { bytes, validators } =
        get(&s.url, &Validators::default(), &quick()).unwrap()
    else {
        panic!("expected a body")
    };
    assert_eq!(bytes, b"[1]");
    assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
    assert_eq!(
        get(&s.url, &validators, &quick()).unwrap(),
        FetchOutcome::NotModified
    );
    let seen = s.seen.lock().unwrap();
    assert!(seen[1]
        .iter()
        .any(|(k, v)| k == "if-none-match" && v == "\"v1\""));
    assert!(seen[1].iter().any(|(k, _)| k == "if-modified-since"));
    assert!(seen[0]
        .iter()
        .any(|(k, v)| k == "user-agent" && v.starts_with("Waymark/")));
}

#[test]
fn gzip_bodies_arrive_decompressed() {
    let mut enc = Vec::new();
    {
        let mut w = flate2_writer(&mut enc);
        w.write_all(b"[{\"name\":\"x\"}]").unwrap();
    }
    let mut a = ok("");
    a.body = enc;
    a.headers = vec![("Content-Encoding", "gzip".into())];
    let s = serve(vec![a]);
    let FetchOutcome::Body { bytes, .. } = get(&s.url, &Validators::default(), &quick()).unwrap()
    else {
        panic!()
    };
    assert_eq!(bytes, b"[{\"name\":\"x\"}]");
    // Brotli is asked for where the `brotli` feature is on (the CLI), not on the phones.
    assert!(s.seen.lock().unwrap()[0]
        .iter()
        .any(|(k, v)| k == "accept-encoding"
            && v.contains("gzip")
            && v.contains("br") == cfg!(feature = "brotli")));
}

/// A minimal gzip writer (stored blocks) so the test needs no compression crate.
fn flate2_writer(out: &mut Vec<u8>) -> GzipStored<'_> {
    GzipStored {
        out,
        data: Vec::new(),
    }
}

struct GzipStored<'a> {
    out: &'a mut Vec<u8>,
    data: Vec<u8>,
}

impl Write for GzipStored<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.data.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for GzipStored<'_> {
    fn drop(&mut self) {
        let d = &self.data;
        self.out
            .extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
        // One final stored block.
        self.out.push(1);
        let len = d.len() as u16;
        self.out.extend_from_slice(&len.to_le_bytes());
        self.out.extend_from_slice(&(!len).to_le_bytes());
        self.out.extend_from_slice(d);
        self.out.extend_from_slice(&crc32(d).to_le_bytes());
        self.out.extend_from_slice(&(d.len() as u32).to_le_bytes());
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for b in data {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn server_errors_are_retried_then_succeed() {
    let busy = Answer {
        status: 503,
        headers: vec![("Retry-After", "0".into())],
        body: b"down".to_vec(),
        delay: Duration::ZERO,
    };
    let s = serve(vec![busy.clone(), busy, ok("[]")]);
    assert!(matches!(
        get(&s.url, &Validators::default(), &quick()).unwrap(),
        FetchOutcome::Body { .. }
    ));
    assert_eq!(s.hits.load(Ordering::SeqCst), 3);
}

#[test]
fn retry_after_is_honoured() {
    let limited = Answer {
        status: 429,
        headers: vec![("Retry-After", "1".into())],
        body: vec![],
        delay: Duration::ZERO,
    };
    let s = serve(vec![limited, ok("[]")]);
    let t = Instant::now();
    assert!(get(&s.url, &Validators::default(), &quick()).is_ok());
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        t.elapsed()
    );
}

#[test]
fn client_errors_are_not_retried_and_errors_are_typed() {
    let s = serve(vec![Answer {
        status: 404,
        headers: vec![],
        body: b"secret page".to_vec(),
        delay: Duration::ZERO,
    }]);
    let e = get(&s.url, &Validators::default(), &quick()).unwrap_err();
    assert_eq!(e, FetchError::Http(404));
    assert!(!e.is_transient());
    assert_eq!(s.hits.load(Ordering::SeqCst), 1);

    let s = serve(vec![Answer {
        status: 500,
        headers: vec![],
        body: vec![],
        delay: Duration::ZERO,
    }]);
    assert_eq!(
        get(&s.url, &Validators::default(), &quick()).unwrap_err(),
        FetchError::Http(500)
    );
    assert_eq!(s.hits.load(Ordering::SeqCst), 3, "every attempt was made");

    assert!(matches!(
        get("ftp://x/feed", &Validators::default(), &quick()),
        Err(FetchError::BadUrl(_))
    ));
}

#[test]
fn oversized_bodies_are_refused() {
    let s = serve(vec![ok(&"x".repeat(10_000))]);
    let c = FetchConfig {
        max_body_bytes: 1_000,
        ..quick()
    };
    assert_eq!(
        get(&s.url, &Validators::default(), &c).unwrap_err(),
        FetchError::TooLarge(1_000)
    );
}

#[test]
fn slow_servers_time_out_and_closed_ports_are_offline() {
    let s = serve(vec![Answer {
        status: 200,
        headers: vec![],
        body: b"[]".to_vec(),
        delay: Duration::from_secs(3),
    }]);
    let c = FetchConfig {
        total_timeout: Duration::from_millis(300),
        attempts: 1,
        ..quick()
    };
    assert_eq!(
        get(&s.url, &Validators::default(), &c).unwrap_err(),
        FetchError::Timeout
    );

    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = get(
        &format!("http://127.0.0.1:{port}/feed"),
        &Validators::default(),
        &quick(),
    )
    .unwrap_err();
    assert!(matches!(e, FetchError::Offline(_)), "{e:?}");
    assert!(e.is_transient());
}

#[test]
fn cancel_stops_between_attempts() {
    let busy = Answer {
        status: 503,
        headers: vec![("Retry-After", "30".into())],
        body: vec![],
        delay: Duration::ZERO,
    };
    let s = serve(vec![busy]);
    let cancel = Arc::new(AtomicBool::new(false));
    let c2 = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        c2.store(true, Ordering::Relaxed);
    });
    let t = Instant::now();
    let e = fetch(
        &s.url,
        &Validators::default(),
        &quick(),
        &cancel,
        &mut |_| {},
    )
    .unwrap_err();
    assert_eq!(e, FetchError::Cancelled);
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "did not wait out the 30 s Retry-After"
    );
}

#[test]
fn cancel_does_not_wait_for_a_server_that_says_nothing() {
    // Accepts the connection, reads the request, and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed.json", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let cancel = Arc::new(AtomicBool::new(false));
    let c2 = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        c2.store(true, Ordering::Relaxed);
    });
    let config = FetchConfig {
        total_timeout: Duration::from_secs(30),
        ..quick()
    };
    let started = Instant::now();
    let r = fetch(&url, &Validators::default(), &config, &cancel, &mut |_| {});
    let took = started.elapsed();
    assert_eq!(r, Err(FetchError::Cancelled));
    assert!(took < Duration::from_secs(2), "cancel took {took:?}");
}

#[test]
fn cancel_is_seen_while_a_server_trickles_bytes() {
    // Headers, then four bytes every 20 ms: progress arrives more often than the cancel check
    // would otherwise run.
    use std::io::{BufRead, BufReader};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed.json", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let mut out = stream;
                let _ = write!(out, "HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n");
                for _ in 0..1000 {
                    std::thread::sleep(Duration::from_millis(20));
                    if out.write_all(b"    ").and_then(|_| out.flush()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    let cancel = Arc::new(AtomicBool::new(false));
    let c2 = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        c2.store(true, Ordering::Relaxed);
    });
    let started = Instant::now();
    let mut progress = 0;
    let r = fetch(&url, &Validators::default(), &quick(), &cancel, &mut |_| {
        progress += 1
    });
    let took = started.elapsed();
    assert_eq!(r, Err(FetchError::Cancelled));
    assert!(progress > 0, "no progress before the cancel");
    assert!(took < Duration::from_secs(2), "cancel took {took:?}");
}

#[test]
fn progress_reports_bytes() {
    let s = serve(vec![ok(&"y".repeat(200_000))]);
    let mut last = 0;
    let r = fetch(
        &s.url,
        &Validators::default(),
        &quick(),
        &AtomicBool::new(false),
        &mut |n| last = n,
    );
    assert!(r.is_ok());
    assert_eq!(last, 200_000);
}
