//! The car-pool client against real HTTP servers on loopback: plain http only for this
//! computer, no secret or pickup place sent to another host on a redirect, answers read up to a
//! limit, and no control characters passed on from the server.

use std::io::Read;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use waymark_core::rides::client::{DeviceCredentials, RideClient, MAX_RESPONSE_BYTES};
use waymark_core::rides::protocol::{OpOutcome, SyncRequest, SyncResponse};
use waymark_core::Error;

/// What a server saw: one (headers, body) per request.
type Seen = Arc<Mutex<Vec<(Vec<(String, String)>, Vec<u8>)>>>;

struct Server {
    base: String,
    hits: Arc<AtomicUsize>,
    seen: Seen,
}

impl Server {
    /// An empty sync with test credentials, through the real client.
    fn empty_sync(&self) -> waymark_core::Result<SyncResponse> {
        RideClient::new(&self.base)
            .unwrap()
            .sync(&creds(&self.base), &SyncRequest::default())
    }
}

type Reply = Box<dyn Fn(&str) -> tiny_http::ResponseBox + Send>;

/// A server on `host` (any port) answering every request with `reply(path)`.
fn serve(host: &str, reply: Reply) -> Server {
    let server = tiny_http::Server::http(format!("{host}:0")).unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let seen: Seen = Arc::default();
    let (h, s) = (hits.clone(), seen.clone());
    std::thread::spawn(move || {
        for mut req in server.incoming_requests() {
            h.fetch_add(1, Ordering::SeqCst);
            let mut body = Vec::new();
            let _ = req.as_reader().read_to_end(&mut body);
            let headers = req
                .headers()
                .iter()
                .map(|x| (x.field.to_string().to_lowercase(), x.value.to_string()))
                .collect();
            s.lock().unwrap().push((headers, body));
            let resp = reply(req.url());
            let _ = req.respond(resp);
        }
    });
    Server { base, hits, seen }
}

fn json(status: u16, body: &str) -> tiny_http::ResponseBox {
    tiny_http::Response::from_string(body)
        .with_status_code(status)
        .with_header(tiny_http::Header::from_bytes("content-type", "application/json").unwrap())
        .boxed()
}

/// The board's answer to a registration.
fn registered() -> tiny_http::ResponseBox {
    json(
        201,
        r#"{"device_id":"0123456789abcdef","secret":"feedfacefeedfacefeedface"}"#,
    )
}

fn redirect(status: u16, to: String) -> Reply {
    Box::new(move |path| {
        tiny_http::Response::empty(status)
            .with_header(tiny_http::Header::from_bytes("location", format!("{to}{path}")).unwrap())
            .boxed()
    })
}

fn creds(server: &str) -> DeviceCredentials {
    DeviceCredentials {
        server: server.into(),
        device_id: "0123456789abcdef".into(),
        secret: "feedfacefeedfacefeedfacefeedface".into(),
    }
}

const EMPTY_SYNC: &str = r#"{"results":[],"rides":[],"matches":[],"cursor":7}"#;

#[test]
fn plain_http_is_only_for_a_server_on_this_computer() {
    for ok in [
        "https://rides.example.org",
        "https://rides.example.org:8443/",
        "http://127.0.0.1:8080",
        "http://127.8.9.10",
        "http://localhost:3000",
        "http://LOCALHOST",
        "http://[::1]:8080",
    ] {
        assert!(RideClient::new(ok).is_ok(), "{ok} was refused");
    }
    for bad in [
        "http://rides.example.org",
        "http://10.0.0.1:8080",
        "http://192.168.1.20",
        "http://localhost.example.org",
        "http://127.0.0.1.example.org",
        "http://[::2]",
        "ftp://rides.example.org",
        "rides.example.org",
        "https://user:pw@rides.example.org",
    ] {
        match RideClient::new(bad) {
            Err(Error::InvalidArgument(msg)) => {
                assert!(msg.to_string().contains("https://"), "{bad}: {msg}");
            }
            other => panic!("{bad}: {:?}", other.map(|_| ())),
        }
    }
}

#[test]
fn a_redirect_elsewhere_gets_neither_the_secret_nor_the_pickup_places() {
    // Another loopback address, and another port on the same address: both are other servers.
    let elsewhere = [
        serve("127.0.0.2", Box::new(|_| json(200, EMPTY_SYNC))),
        serve("127.0.0.1", Box::new(|_| json(200, EMPTY_SYNC))),
    ];
    for target in &elsewhere {
        for status in [301, 302, 303, 307, 308] {
            let first = serve("127.0.0.1", redirect(status, target.base.clone()));
            let client = RideClient::new(&first.base).unwrap();
            let err = client
                .sync(&creds(&first.base), &SyncRequest::default())
                .unwrap_err();
            assert!(
                matches!(&err, Error::InvalidArgument(m) if m.to_string().contains("another address")),
                "{status}: {err:?}"
            );
            assert_eq!(first.hits.load(Ordering::SeqCst), 1);
            let seen = first.seen.lock().unwrap();
            assert!(seen[0]
                .0
                .iter()
                .any(|(k, v)| k == "authorization" && v.starts_with("Bearer ")));
        }
        assert_eq!(
            target.hits.load(Ordering::SeqCst),
            0,
            "{} was sent a request",
            target.base
        );
        // Registering is refused the same way.
        let first = serve("127.0.0.1", redirect(307, target.base.clone()));
        assert!(RideClient::new(&first.base).unwrap().register().is_err());
        assert_eq!(target.hits.load(Ordering::SeqCst), 0);
    }
}

#[test]
fn a_redirect_within_the_same_server_is_followed() {
    let server = serve(
        "127.0.0.1",
        Box::new(|path| {
            if path.starts_with("/v1/") {
                tiny_http::Response::empty(308)
                    .with_header(
                        tiny_http::Header::from_bytes("location", format!("/v2{}", &path[3..]))
                            .unwrap(),
                    )
                    .boxed()
            } else {
                json(200, EMPTY_SYNC)
            }
        }),
    );
    let resp = server.empty_sync().unwrap();
    assert_eq!(resp.cursor, 7);
    let seen = server.seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen[1].0.iter().any(|(k, _)| k == "authorization"));
}

/// A body of `len` bytes produced as it is read, counting what the server sent.
struct Endless {
    left: u64,
    sent: Arc<AtomicU64>,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (buf.len() as u64).min(self.left) as usize;
        buf[..n].fill(b' ');
        self.left -= n as u64;
        self.sent.fetch_add(n as u64, Ordering::SeqCst);
        Ok(n)
    }
}

#[test]
fn an_oversized_answer_is_refused_without_being_read_whole() {
    // Announced with a length: refused before reading.
    let big = serve(
        "127.0.0.1",
        Box::new(|_| {
            let body = " ".repeat(MAX_RESPONSE_BYTES as usize + 1);
            json(200, &body)
        }),
    );
    let err = big.empty_sync().unwrap_err();
    assert!(
        matches!(&err, Error::InvalidArgument(m) if m.to_string().contains("larger than 4 MiB")),
        "{err:?}"
    );

    // Streamed without a length (chunked), 1 GiB: the client stops soon after the limit.
    let sent = Arc::new(AtomicU64::new(0));
    let s2 = sent.clone();
    let stream = serve(
        "127.0.0.1",
        Box::new(move |_| {
            tiny_http::Response::new(
                200.into(),
                vec![],
                Endless {
                    left: 1 << 30,
                    sent: s2.clone(),
                },
                None,
                None,
            )
            .boxed()
        }),
    );
    let t = Instant::now();
    let err = stream.empty_sync().unwrap_err();
    assert!(
        matches!(&err, Error::InvalidArgument(m) if m.to_string().contains("larger than")),
        "{err:?}"
    );
    std::thread::sleep(Duration::from_millis(300));
    let sent = sent.load(Ordering::SeqCst);
    assert!(sent < 64 << 20, "the server got to send {sent} bytes");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
}

#[test]
fn control_characters_from_the_server_are_removed() {
    let body = r#"{"results":[{"op_id":"op-1\u001b[2J","status":"rejected","code":"seat_taken\u0007","message":"Someone took\r\nthe last seat\u001b]0;pwned\u0007"}],
        "rides":[{"ride_id":"r1","role":"driver","meeting_id":"m:1\u0000","date":"2030-01-01","state":"open\u001b[31m","seats_left":2,"handle":"Blue\u009b31mFox"}],
        "matches":[{"match_id":"x\u0008","role":"rider","ride_id":"r2","state":"confirmed","added_minutes":4,"pickup_at":"2030-01-01T18:40:00Z","you_accepted":true,"they_accepted":true,"counterpart_handle":"Green\u001bcOwl","counterpart_point":null}],
        "cursor":3}"#;
    let body: &'static str = Box::leak(body.to_string().into_boxed_str());
    let server = serve("127.0.0.1", Box::new(move |_| json(200, body)));
    let resp = server.empty_sync().unwrap();
    assert_eq!(resp.results[0].op_id, "op-1[2J");
    assert_eq!(
        resp.results[0].outcome,
        OpOutcome::Rejected {
            code: "seat_taken".into(),
            message: "Someone took the last seat]0;pwned".into()
        }
    );
    assert_eq!(resp.rides[0].meeting_id, "m:1");
    assert_eq!(resp.rides[0].state, "open[31m");
    assert_eq!(resp.rides[0].handle, "Blue31mFox");
    assert_eq!(resp.matches[0].match_id, "x");
    assert_eq!(
        resp.matches[0].counterpart_handle.as_deref(),
        Some("GreencOwl")
    );

    // An error message from the server, too.
    let server = serve(
        "127.0.0.1",
        Box::new(|_| {
            json(
                400,
                r#"{"error":{"message":"No\u001b[2J\u0007 such ride"}}"#,
            )
        }),
    );
    let err = server.empty_sync().unwrap_err();
    // The server's own words, introduced in the person's language, without the controls.
    assert_eq!(
        err.to_string(),
        "the car-pool server refused this: No[2J such ride"
    );
}

#[test]
fn a_registration_is_kept_even_when_the_sync_after_it_fails_so_the_phone_registers_once() {
    use waymark_core::{Vault, VaultKey};
    let syncs = Arc::new(AtomicUsize::new(0));
    let s = syncs.clone();
    let server = serve(
        "127.0.0.1",
        Box::new(move |path| {
            if path == "/v1/devices" {
                return registered();
            }
            // The first sync fails (the board is busy); later ones work.
            if s.fetch_add(1, Ordering::SeqCst) == 0 {
                json(
                    503,
                    r#"{"error":{"code":"busy","message":"try again soon"}}"#,
                )
            } else {
                json(200, EMPTY_SYNC)
            }
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(
        dir.path().join("v"),
        &VaultKey::from_bytes(&[0xab; 32]).unwrap(),
    )
    .unwrap();
    let client = RideClient::new(&server.base).unwrap();
    let now = chrono::Local::now().fixed_offset();

    // The three steps the phones run: prepare, send (no vault held), apply.
    let first = v.ride_sync_request(&server.base).unwrap();
    assert_eq!(first.credentials, None);
    let response = client.send(&first);
    assert!(response.registered.is_some());
    let err = v.apply_ride_sync(response, now).unwrap_err();
    assert!(err.to_string().contains("try again soon"), "{err}");
    let kept = v.ride_sync_request(&server.base).unwrap().credentials;
    assert_eq!(
        kept.map(|c| c.device_id).as_deref(),
        Some("0123456789abcdef")
    );

    // `sync_rides` is those same three steps: it reuses the kept device and does not register.
    v.sync_rides(&client, &server.base, now).unwrap();
    let registrations = server
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, body)| body.is_empty())
        .count();
    assert_eq!(
        server.hits.load(Ordering::SeqCst),
        3,
        "register, failed sync, sync"
    );
    assert_eq!(registrations, 1);
}

#[test]
fn a_phone_keeps_using_its_vault_while_a_ride_sync_waits_on_the_network() {
    use std::sync::mpsc;
    use waymark_core::rides::sync::sync_shared;
    use waymark_core::vault::journal::{EntryKind, NewEntry};
    use waymark_core::{Vault, VaultKey};

    // The board answers a sync only when the test says so: until then the request is "on the
    // network".
    let (release, wait) = mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let server = serve(
        "127.0.0.1",
        Box::new(move |path| {
            if path == "/v1/devices" {
                return registered();
            }
            let _ = wait.lock().unwrap().recv_timeout(Duration::from_secs(10));
            json(200, EMPTY_SYNC)
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let vault = Arc::new(Mutex::new(
        Vault::open(
            dir.path().join("v"),
            &VaultKey::from_bytes(&[0xcd; 32]).unwrap(),
        )
        .unwrap(),
    ));
    let one_at_a_time = Arc::new(Mutex::new(()));
    let client = RideClient::new(&server.base).unwrap();
    let now = chrono::Local::now().fixed_offset();
    let syncing = {
        let (vault, one, base) = (vault.clone(), one_at_a_time.clone(), server.base.clone());
        std::thread::spawn(move || sync_shared(&vault, &one, &client, &base, now))
    };

    // Once the sync request has reached the board, the journal can be written.
    let started = Instant::now();
    while server.hits.load(Ordering::SeqCst) < 2 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no sync arrived"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    {
        let mut v = vault
            .try_lock()
            .expect("the vault is free while the sync waits on the network");
        v.add_entry(NewEntry::text(EntryKind::Note, "Went to a meeting"), now)
            .unwrap();
    }
    // A second sync waits for the first instead of registering again.
    assert!(one_at_a_time.try_lock().is_err());

    release.send(()).unwrap();
    let view = syncing.join().unwrap().unwrap();
    assert!(view.outbox.is_empty() && view.rides.is_empty());
    assert_eq!(
        vault
            .lock()
            .unwrap()
            .entries(&Default::default())
            .unwrap()
            .len(),
        1
    );
}

/// The board chosen in Settings lives in the vault: checked like the client checks it, kept
/// trimmed, shown by its host in Settings, and turned off with a blank address.
#[test]
fn the_chosen_board_is_checked_kept_in_the_vault_and_shown_in_settings() {
    use waymark_core::screens::{settings_state, MeetingsOptions, SettingsAction};
    use waymark_core::{ErrorKind, Vault, VaultKey};
    let tmp = tempfile::tempdir().unwrap();
    let mut v = Vault::open(
        tmp.path().join("v"),
        &VaultKey::from_bytes(&[7; 32]).unwrap(),
    )
    .unwrap();
    let options = MeetingsOptions {
        locale: Some("en-GB".into()),
        ..MeetingsOptions::default()
    };
    let shown = |v: &Vault| {
        settings_state(v, "en-GB", &options)
            .sections
            .iter()
            .flat_map(|s| s.rows.iter())
            .find(|r| r.action == SettingsAction::SetRideServer)
            .and_then(|r| r.value.clone())
    };
    assert_eq!(v.ride_server().unwrap(), None);
    let off = shown(&v);
    // Plain http to another computer is refused, and nothing is kept.
    let refused = v
        .set_ride_server(Some("http://rides.example.org"))
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::InvalidInput);
    assert_eq!(v.ride_server().unwrap(), None);
    assert_eq!(
        v.set_ride_server(Some("  https://rides.example.org/ "))
            .unwrap()
            .as_deref(),
        Some("https://rides.example.org")
    );
    assert_eq!(
        v.ride_server().unwrap().as_deref(),
        Some("https://rides.example.org")
    );
    assert_eq!(shown(&v).as_deref(), Some("rides.example.org"));
    // A blank address turns car-pools off again.
    assert_eq!(v.set_ride_server(Some("   ")).unwrap(), None);
    assert_eq!(v.ride_server().unwrap(), None);
    assert_eq!(shown(&v), off);
}
