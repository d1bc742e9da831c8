//! Directory sync over real HTTP on loopback: several sources are downloaded at once.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use waymark_core::{Directory, NewSource};

#[test]
fn sources_are_downloaded_concurrently_and_applied_each_on_its_own() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let mut urls = Vec::new();
    for n in 0..3 {
        let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
        urls.push(format!(
            "http://{}/feed.json",
            server.server_addr().to_ip().unwrap()
        ));
        let (inf, most) = (in_flight.clone(), most.clone());
        std::thread::spawn(move || {
            for req in server.incoming_requests() {
                let now = inf.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(400));
                inf.fetch_sub(1, Ordering::SeqCst);
                let body = if n == 2 {
                    b"not json at all".to_vec()
                } else {
                    format!(
                        r#"[{{"slug":"m{n}","name":"Meeting {n}","day":2,"time":"19:00","timezone":"Europe/London","formatted_address":"{n} High St, Aberystwyth, Ceredigion, UK"}}]"#
                    )
                    .into_bytes()
                };
                let _ = req.respond(tiny_http::Response::from_data(body));
            }
        });
    }
    let mut d = Directory::open_in_memory().unwrap();
    for (i, u) in urls.iter().enumerate() {
        d.add_source(NewSource {
            location: u.clone(),
            name: Some(format!("s{i}")),
            format: Some(waymark_core::FeedFormat::MeetingGuide),
            ..NewSource::default()
        })
        .unwrap();
    }
    let results = d.sync_all().unwrap();
    assert!(most.load(Ordering::SeqCst) >= 2, "downloads overlapped");
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].1.as_ref().unwrap().accepted, 1);
    assert_eq!(results[1].1.as_ref().unwrap().accepted, 1);
    let e = results[2].1.as_ref().unwrap_err();
    assert_eq!(e.kind(), "invalid_data", "{e}");
    assert_eq!(d.meeting_count().unwrap(), 2);
}
