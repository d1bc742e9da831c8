//! Shared setup of the core's integration tests. Loopback HTTP servers for the relay tests: a
//! table of answers by path (feeds), and a relay's published folder served as a static host
//! would serve it, with a log of what was asked and answers that can be tampered with. And a
//! directory with a small feed imported, for the tests of what an import makes of a feed.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// What a server answers for a path.
#[derive(Clone)]
pub enum Answer {
    /// 200 with these bytes.
    Body(Vec<u8>),
    /// This status and no body.
    Status(u16),
}

/// A server on loopback answering from a table of paths; paths not in the table are read
/// from `folder` when one is set (with an ETag, and 304 to a matching `If-None-Match`).
pub struct Loopback {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    table: Arc<Mutex<HashMap<String, Answer>>>,
    folder: Arc<Mutex<Option<PathBuf>>>,
    /// Every request as `(path, status)`.
    pub log: Arc<Mutex<Vec<(String, u16)>>>,
}

impl Loopback {
    /// Starts a server.
    pub fn start() -> Self {
        let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
        let base = format!("http://{}", server.server_addr().to_ip().unwrap());
        let table: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let folder: Arc<Mutex<Option<PathBuf>>> = Arc::default();
        let log: Arc<Mutex<Vec<(String, u16)>>> = Arc::default();
        let (t, f, l) = (table.clone(), folder.clone(), log.clone());
        std::thread::spawn(move || {
            for req in server.incoming_requests() {
                let path = req.url().to_string();
                let answer = t.lock().unwrap().get(&path).cloned();
                let answer = answer.or_else(|| {
                    let dir = f.lock().unwrap().clone()?;
                    let rel = path.trim_start_matches('/');
                    if rel.contains("..") {
                        return Some(Answer::Status(404));
                    }
                    std::fs::read(dir.join(rel)).ok().map(Answer::Body)
                });
                let status = match answer {
                    Some(Answer::Body(b)) => {
                        let etag = format!("\"{:x}\"", fnv(&b));
                        let matches = req
                            .headers()
                            .iter()
                            .any(|h| h.field.equiv("If-None-Match") && h.value.as_str() == etag);
                        let header =
                            tiny_http::Header::from_bytes("ETag", etag.as_bytes()).unwrap();
                        if matches {
                            let _ =
                                req.respond(tiny_http::Response::empty(304).with_header(header));
                            304
                        } else {
                            let _ =
                                req.respond(tiny_http::Response::from_data(b).with_header(header));
                            200
                        }
                    }
                    Some(Answer::Status(s)) => {
                        let _ = req.respond(tiny_http::Response::empty(s));
                        s
                    }
                    None => {
                        let _ = req.respond(tiny_http::Response::empty(404));
                        404
                    }
                };
                l.lock().unwrap().push((path, status));
            }
        });
        Loopback {
            base,
            table,
            folder,
            log,
        }
    }

    /// Answers `path` with `answer` from now on (over the folder).
    pub fn set(&self, path: &str, answer: Answer) {
        self.table.lock().unwrap().insert(path.to_string(), answer);
    }

    /// Stops answering `path` from the table.
    pub fn unset(&self, path: &str) {
        self.table.lock().unwrap().remove(path);
    }

    /// Serves `dir` for paths not in the table.
    pub fn serve_folder(&self, dir: PathBuf) {
        *self.folder.lock().unwrap() = Some(dir);
    }

    /// The address of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Takes the requests logged so far.
    pub fn take_log(&self) -> Vec<(String, u16)> {
        std::mem::take(&mut *self.log.lock().unwrap())
    }
}

/// A short content hash for ETags (FNV-1a).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

#[allow(unused_imports)]
pub use waymark_tests::feeds_dir;

/// An in-memory directory with `source` added and `feed` imported into it in the source's
/// format, with the source's id and the import's report.
pub fn imported_directory(
    source: waymark_core::NewSource,
    feed: &str,
) -> (waymark_core::Directory, String, waymark_core::ImportReport) {
    let format = source.format.expect("a test source names its format");
    let d = waymark_core::Directory::open_in_memory().unwrap();
    let s = d.add_source(source).unwrap();
    let report = d
        .import(
            &s.id,
            format,
            feed.as_bytes(),
            &waymark_core::FormatExtras::default(),
        )
        .unwrap();
    (d, s.id, report)
}

/// A Meeting Guide source as most tests add it: `name`, AA, meetings in `zone` unless the
/// feed says otherwise.
pub fn guide_source(name: &str, zone: &str) -> waymark_core::NewSource {
    waymark_core::NewSource {
        location: "https://example.org/feed".into(),
        name: Some(name.into()),
        format: Some(waymark_core::FeedFormat::MeetingGuide),
        timezone: Some(zone.into()),
        program: Some("aa".into()),
        ..waymark_core::NewSource::default()
    }
}

/// Imports `feed`, Meeting Guide JSON, as source `id`'s snapshot in `d`.
pub fn import_guide(
    d: &waymark_core::Directory,
    id: &str,
    feed: &str,
) -> waymark_core::ImportReport {
    d.import(
        id,
        waymark_core::FeedFormat::MeetingGuide,
        feed.as_bytes(),
        &waymark_core::FormatExtras::default(),
    )
    .unwrap()
}

/// `zone`'s local time `h:m` on Tuesday 1 December 2026 plus `days`, as an instant.
pub fn local_time(zone: &str, days: u32, h: u32, m: u32) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    let tz: chrono_tz::Tz = zone.parse().unwrap();
    tz.with_ymd_and_hms(2026, 12, 1 + days, h, m, 0)
        .unwrap()
        .with_timezone(&chrono::Utc)
}
