//! Background sync owned by the core: a `SyncTask` writes through the directory's writer while
//! its reader keeps answering searches, reports how it ended, and stops when dropped.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use waymark_core::directory::{SyncEnd, SyncOptions};
use waymark_core::{Directory, Error, FeedFormat, MeetingQuery, NewSource};

/// The core's own words (a shell passes its wording).
fn word(e: &Error) -> String {
    e.to_string()
}

const FEED: &str = r#"[{"slug":"m1","name":"Tuesday Steps","day":2,"time":"19:00","timezone":"Europe/London","formatted_address":"1 High St, Aberystwyth, Ceredigion, UK"},
{"slug":"m2","name":"Friday Hope","day":5,"time":"20:00","timezone":"Europe/London","formatted_address":"2 High St, Aberystwyth, Ceredigion, UK"}]"#;

/// A loopback feed server; with `slow`, each answer trickles for about 20 s unless `stop` is set.
fn serve(slow: bool, stop: Arc<AtomicBool>) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed.json", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let stop = stop.clone();
            std::thread::spawn(move || {
                if slow {
                    struct Trickle(Arc<AtomicBool>, usize);
                    impl std::io::Read for Trickle {
                        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                            if self.0.load(Ordering::SeqCst) || self.1 >= 200 || buf.is_empty() {
                                return Ok(0);
                            }
                            std::thread::sleep(Duration::from_millis(100));
                            self.1 += 1;
                            buf[0] = b' ';
                            Ok(1)
                        }
                    }
                    let _ = req.respond(tiny_http::Response::new(
                        200.into(),
                        vec![],
                        Trickle(stop, 0),
                        None,
                        None,
                    ));
                } else {
                    let _ = req.respond(tiny_http::Response::from_string(FEED));
                }
            });
        }
    });
    url
}

fn directory_with(dir: &tempfile::TempDir, url: &str) -> Directory {
    let d = Directory::open(dir.path().join("directory.sqlite")).unwrap();
    d.add_source(NewSource {
        location: url.to_string(),
        name: Some("feed".into()),
        format: Some(FeedFormat::MeetingGuide),
        ..NewSource::default()
    })
    .unwrap();
    d
}

#[test]
fn a_background_sync_loads_the_meetings_and_says_how_it_ended() {
    let tmp = tempfile::tempdir().unwrap();
    let d = directory_with(&tmp, &serve(false, Arc::default()));
    let (tx, rx) = mpsc::channel();
    let task = d
        .start_sync(SyncOptions::default(), word, move |end| {
            tx.send(end.clone()).unwrap();
        })
        .unwrap();
    let end = task.wait();
    let SyncEnd::Finished(results) = &end else {
        panic!("{end:?}")
    };
    assert_eq!(results.len(), 1);
    assert!(results[0].ok, "{:?}", results[0]);
    assert_eq!(results[0].added, 2);
    assert!(task.is_finished());
    // What it wrote was folded into the file: the log does not grow sync after sync.
    let wal = tmp.path().join("directory.sqlite-wal");
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    // The callback saw the same end, and waiting again answers the same at once.
    assert_eq!(rx.recv_timeout(Duration::from_secs(5)).unwrap(), end);
    assert_eq!(task.wait(), end);
    // The directory that started it sees the meetings its own connection did not write.
    assert_eq!(d.meeting_count().unwrap(), 2);
    let found = d.search(&MeetingQuery::default()).unwrap();
    assert_eq!(found.len(), 2);
}

#[test]
fn folding_the_log_never_waits_for_a_search_and_finishes_the_next_time() {
    let tmp = tempfile::tempdir().unwrap();
    let d = directory_with(&tmp, &serve(false, Arc::default()));
    let task = d.start_sync(SyncOptions::default(), word, |_| {}).unwrap();
    assert!(matches!(task.wait(), SyncEnd::Finished(_)));
    let wal = tmp.path().join("directory.sqlite-wal");
    // Another reader (a search, another process) holds a snapshot while something is written.
    let other = rusqlite::Connection::open(tmp.path().join("directory.sqlite")).unwrap();
    other.execute_batch("BEGIN").unwrap();
    let held: i64 = other
        .query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(held, 2);
    d.add_source(NewSource {
        location: "https://example.org/another.json".into(),
        format: Some(FeedFormat::MeetingGuide),
        ..NewSource::default()
    })
    .unwrap();
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    // It answers at once (the connection would otherwise wait 5 s for the reader) and says
    // it could not fold everything; the write is kept.
    let started = Instant::now();
    assert!(!d.checkpoint().unwrap());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(d.sources().unwrap().len(), 2);
    // Once the reader is done, the rest is folded and the log emptied.
    other.execute_batch("COMMIT").unwrap();
    assert!(d.checkpoint().unwrap());
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    assert_eq!(d.sources().unwrap().len(), 2);
}

#[test]
fn searches_keep_working_while_a_sync_runs_and_dropping_the_task_stops_it() {
    let tmp = tempfile::tempdir().unwrap();
    // Meetings from a first, quick sync.
    let d = directory_with(&tmp, &serve(false, Arc::default()));
    assert!(matches!(
        d.start_sync(SyncOptions::default(), word, |_| {})
            .unwrap()
            .wait(),
        SyncEnd::Finished(_)
    ));
    // Then the feed becomes a slow one.
    let stop = Arc::new(AtomicBool::new(false));
    let slow = serve(true, stop.clone());
    d.add_source(NewSource {
        location: slow,
        name: Some("slow".into()),
        format: Some(FeedFormat::MeetingGuide),
        ..NewSource::default()
    })
    .unwrap();
    let (tx, rx) = mpsc::channel();
    let task = d
        .start_sync(SyncOptions::default(), word, move |end| {
            tx.send(end.clone()).unwrap();
        })
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(!task.is_finished(), "the slow feed finished at once");
    // Searching during the sync answers from the meetings already there.
    let t = Instant::now();
    assert_eq!(d.search(&MeetingQuery::default()).unwrap().len(), 2);
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "search waited for the sync"
    );
    // Letting go of the task stops the sync; nothing is lost.
    let started = Instant::now();
    drop(task);
    let end = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    stop.store(true, Ordering::SeqCst);
    assert_eq!(end, SyncEnd::Stopped);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "stopping took {:?}",
        started.elapsed()
    );
    assert_eq!(d.meeting_count().unwrap(), 2);
}

#[test]
fn an_in_memory_directory_syncs_in_the_background_on_its_one_connection() {
    // In memory there is no second connection to open; the task shares the directory's.
    let url = serve(false, Arc::new(AtomicBool::new(false)));
    let d = Directory::open_in_memory().unwrap();
    d.add_source(NewSource {
        location: url,
        name: Some("feed".into()),
        ..NewSource::default()
    })
    .unwrap();
    let task = d.start_sync(SyncOptions::default(), word, |_| {}).unwrap();
    match task.wait() {
        SyncEnd::Finished(results) => assert!(results.iter().all(|r| r.ok), "{results:?}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(d.search(&MeetingQuery::default()).unwrap().len(), 2);
}
