//! `waymark relay keygen|build` end to end with the real binaries: a feed on loopback, a
//! catalogue naming it, a build, `waymark-server --relay` serving the result, and a phone's
//! reading of it over HTTP (the core's fetcher, the printed public key, the tiles' hashes).

mod common;

use std::process::{Command, Output};
use std::sync::atomic::AtomicBool;

use waymark_core::relay::{decode_tile, verify_manifest, PublicKey, TileId};
use waymark_core::support::fetch::{fetch, FetchConfig, FetchOutcome, Validators};

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(args)
        .output()
        .expect("run waymark")
}

const FEED: &str = r#"[
 {"slug":"hope","name":"Hope Group","day":2,"time":"19:00","timezone":"Europe/London",
  "formatted_address":"1 High St, Aberystwyth SY23 1AA, UK","latitude":52.415,"longitude":-4.083},
 {"slug":"dawn","name":"New Dawn","day":4,"time":"07:30","timezone":"Europe/London",
  "formatted_address":"2 Queen St, Cardiff CF10 2BU, UK","latitude":51.481,"longitude":-3.178},
 {"slug":"online","name":"Lunch Online","day":1,"time":"12:00","timezone":"Europe/London",
  "conference_url":"https://zoom.us/j/987654321","types":["ONL"]}
]"#;

fn get(url: &str, validators: &Validators) -> FetchOutcome {
    fetch(
        url,
        validators,
        &FetchConfig::default(),
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .unwrap()
}

fn body(outcome: FetchOutcome) -> (Vec<u8>, Validators) {
    match outcome {
        FetchOutcome::Body { bytes, validators } => (bytes, validators),
        FetchOutcome::NotModified => panic!("expected a body"),
    }
}

#[test]
fn keygen_build_serve_and_read_like_a_phone() {
    let feed = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let feed_url = format!("http://{}/feed.json", feed.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for req in feed.incoming_requests() {
            let _ = req.respond(tiny_http::Response::from_data(FEED.as_bytes().to_vec()));
        }
    });
    let work = tempfile::tempdir().unwrap();
    let catalogue = work.path().join("sources.toml");
    std::fs::write(
        &catalogue,
        format!(
            "version = 1\n\n[[source]]\nid = \"wales-aa\"\nname = \"AA in Wales (test)\"\n\
             program = \"aa\"\nformat = \"meeting-guide\"\nurl = \"{feed_url}\"\ncountry = \"GB\"\n"
        ),
    )
    .unwrap();
    let key = work.path().join("relay.key");
    let out = work.path().join("public");

    // Keygen: the public key on stdout, the secret owner-only, never overwritten.
    let made = waymark(&["relay", "keygen", "--out", key.to_str().unwrap()]);
    assert!(made.status.success(), "{made:?}");
    let public_text = String::from_utf8(made.stdout).unwrap();
    let public = PublicKey::parse(&public_text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let secret = std::fs::read(&key).unwrap();
    let again = waymark(&["relay", "keygen", "--out", key.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwritten"));
    assert_eq!(std::fs::read(&key).unwrap(), secret);

    // Build: the summary line; a second build changes nothing.
    let args = common::relay_build_args(&catalogue, &key, &out);
    let built = waymark(&args);
    assert!(built.status.success(), "{built:?}");
    assert_eq!(
        String::from_utf8(built.stdout).unwrap().trim(),
        "published version 1: 3 tiles, 3 meetings (3 changed), 1 sources (0 failing)"
    );
    let stderr = String::from_utf8(built.stderr).unwrap();
    // One source, in the singular (the step is worded through relay.ftl).
    assert!(stderr.contains("fetching 1 source\n"), "{stderr}");
    assert!(
        !stderr.contains("Hope Group"),
        "no meeting in the log: {stderr}"
    );
    let rebuilt = waymark(&args);
    assert_eq!(
        String::from_utf8(rebuilt.stdout).unwrap().trim(),
        "nothing changed; still version 1: 3 tiles, 3 meetings (0 changed), 1 sources (0 failing)"
    );
    assert!(
        work.path().join("public.state").is_dir(),
        "state beside --out"
    );

    // A bad catalogue: every problem said, nothing built, exit 1.
    let bad = work.path().join("bad.toml");
    std::fs::write(&bad, "version = 1\n[[source]]\nid = \"x\"\n").unwrap();
    let refused = waymark(&common::relay_build_args(
        &bad,
        &key,
        &work.path().join("other"),
    ));
    assert_eq!(refused.status.code(), Some(1));
    assert!(!work.path().join("other").exists());

    // Served by waymark-server, read as a phone reads it.
    let server =
        waymark_tests::spawn_server(&common::server_bin(), &["--relay", out.to_str().unwrap()]);
    let base = format!("{}/relay", server.base);
    let (json, validators) = body(get(
        &format!("{base}/manifest.json"),
        &Validators::default(),
    ));
    let (sig, _) = body(get(&format!("{base}/manifest.sig"), &Validators::default()));
    let manifest = verify_manifest(&json, &sig, &public).unwrap();
    assert_eq!(manifest.version, 1);
    assert_eq!(
        get(&format!("{base}/manifest.json"), &validators),
        FetchOutcome::NotModified,
        "a daily check with nothing new costs a 304"
    );
    let mut names = Vec::new();
    for id in ["n52w006", "n50w004", "online"] {
        let entry = manifest.tile(&TileId::parse(id).unwrap()).unwrap();
        let (bytes, _) = body(get(
            &format!("{base}/{}", entry.file.path),
            &Validators::default(),
        ));
        let tile = decode_tile(&bytes).unwrap();
        assert_eq!(tile.sha256, entry.sha256);
        names.extend(tile.meetings.into_iter().map(|m| m.name));
    }
    names.sort();
    assert_eq!(names, ["Hope Group", "Lunch Online", "New Dawn"]);
}
