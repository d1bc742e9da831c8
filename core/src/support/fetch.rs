//! Fetching a feed over HTTP(S), politely and defensively.
//!
//! Feed servers are intergroup WordPress sites and volunteer-run BMLT servers: they go down,
//! rate-limit, answer slowly, or send something huge by mistake. So a fetch
//! - sends the validators from the last success (`If-None-Match`, `If-Modified-Since`) and
//!   reports "not modified" without downloading anything;
//! - accepts gzip (and brotli with the `brotli` feature, as the CLI builds it), follows at most a few redirects, and has connect and total
//!   timeouts and a cap on the body size;
//! - retries network failures, 5xx answers and `429` with exponential backoff and jitter,
//!   waiting what `Retry-After` asks for when the server says (within a cap);
//! - can be cancelled at any moment, also while a server keeps it waiting (see `watched`);
//! - never logs or returns the body of an error page (feeds hold contact data).
//!
//! Everything is blocking on the caller's thread; the sync layer runs several in parallel.

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

/// Largest feed Waymark reads, from a server or a local file (after decompression): 64 MiB,
/// several times the largest public feed known (about 37 MB). A larger one is refused before
/// it is parsed, with the source's previous meetings kept.
pub const MAX_FEED_BYTES: u64 = 64 * 1024 * 1024;

/// Largest BMLT `GetFormats` file read for a source (real ones are tens of kilobytes).
pub const MAX_FORMATS_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// Time allowed to connect.
    pub connect_timeout: Duration,
    /// Time allowed for one whole attempt, body included.
    pub total_timeout: Duration,
    /// Largest body accepted, in bytes (after decompression).
    pub max_body_bytes: u64,
    /// Redirects followed at most.
    pub max_redirects: usize,
    /// Attempts in all (1 = no retry).
    pub attempts: u32,
    /// First backoff; doubled after each failed attempt, with ±50 % jitter.
    pub base_backoff: Duration,
    /// Longest wait honoured from `Retry-After` or backoff.
    pub max_wait: Duration,
    /// `User-Agent` header.
    pub user_agent: String,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(60),
            max_body_bytes: MAX_FEED_BYTES,
            max_redirects: 5,
            attempts: 4,
            base_backoff: Duration::from_millis(500),
            max_wait: Duration::from_secs(60),
            user_agent: format!(
                "Waymark/{} (offline meeting directory; +https://example.invalid/waymark)",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

/// What the server said about a document's version, to send back next time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// `ETag` header.
    pub etag: Option<String>,
    /// `Last-Modified` header.
    pub last_modified: Option<String>,
}

/// A successful fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// `304 Not Modified`: the copy we have is current.
    NotModified,
    /// A new document.
    Body {
        /// The (decompressed) bytes.
        bytes: Vec<u8>,
        /// Validators to store for next time.
        validators: Validators,
    },
}

/// Why a fetch failed, in terms the app can show and act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// No connection could be made (offline, DNS, refused).
    #[error("could not reach the server ({0})")]
    Offline(String),
    /// The server did not answer in time.
    #[error("the server did not answer in time")]
    Timeout,
    /// The server answered with an error status.
    #[error("the server answered {0}")]
    Http(u16),
    /// The document is larger than allowed.
    #[error("the feed is larger than {0} bytes")]
    TooLarge(u64),
    /// The address is not an http(s) URL.
    #[error("not a web address: {0}")]
    BadUrl(String),
    /// A secure (`https://`) address sent us on to a plain `http://` one; not followed.
    #[error("the server sent a secure request on to an insecure address, so it was not followed")]
    InsecureRedirect,
    /// Stopped by the caller.
    #[error("cancelled")]
    Cancelled,
}

impl FetchError {
    /// Whether trying again later might help.
    pub fn is_transient(&self) -> bool {
        match self {
            FetchError::Offline(_) | FetchError::Timeout => true,
            FetchError::Http(s) => *s == 429 || *s >= 500,
            _ => false,
        }
    }
}

/// Whether a redirect from `from` to `to` may be followed: never from `https://` down to plain
/// `http://` (which would let anyone on the way read or change what was asked for securely,
/// and for a relay see which tiles a phone follows), except to this machine, which tests use.
pub(crate) fn redirect_allowed(from: &reqwest::Url, to: &reqwest::Url) -> bool {
    match (from.scheme(), to.scheme()) {
        ("https", "https") | ("http", "http") | ("http", "https") => true,
        ("https", "http") => crate::rides::client::is_loopback(to),
        _ => false,
    }
}

/// What the redirect policy says when it refuses a downgrade (found again by [`classify`]).
const DOWNGRADE: &str = "a secure address redirected to an insecure one";

/// At most `max` redirects, none of them a downgrade ([`redirect_allowed`]).
fn redirect_policy(max: usize) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        let downgrade = attempt
            .previous()
            .last()
            .is_some_and(|from| !redirect_allowed(from, attempt.url()));
        if downgrade {
            attempt.error(DOWNGRADE)
        } else if attempt.previous().len() > max {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    })
}

/// Fetches `url`, sending `previous` validators. `progress` is called with the bytes received
/// so far; `cancel` is watched throughout (a cancelled fetch returns within ~50 ms).
pub fn fetch(
    url: &str,
    previous: &Validators,
    config: &FetchConfig,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(u64),
) -> Result<FetchOutcome, FetchError> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(FetchError::BadUrl(url.chars().take(100).collect()));
    }
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(config.connect_timeout)
        .timeout(config.total_timeout)
        .redirect(redirect_policy(config.max_redirects))
        .user_agent(config.user_agent.clone())
        .build()
        .map_err(|e| FetchError::Offline(short(&e.to_string())))?;
    let get = Get {
        client,
        url: url.to_string(),
        previous: previous.clone(),
        config: config.clone(),
    };
    let mut attempt = 0;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled);
        }
        attempt += 1;
        let (result, retry_after) = watched(&get, cancel, progress);
        match result {
            Err(e) if e.is_transient() && attempt < config.attempts => {
                let backoff = config
                    .base_backoff
                    .saturating_mul(1 << (attempt - 1).min(16));
                let wait = retry_after
                    .unwrap_or_else(|| jitter(backoff, attempt))
                    .min(config.max_wait);
                sleep_unless_cancelled(wait, cancel)?;
            }
            other => return other,
        }
    }
}

type Attempt = (Result<FetchOutcome, FetchError>, Option<Duration>);

/// What one attempt asks for, owned so the attempt's thread can take a copy.
#[derive(Clone)]
struct Get {
    client: reqwest::blocking::Client,
    url: String,
    previous: Validators,
    config: FetchConfig,
}

/// What the attempt's thread tells the caller.
enum Note {
    Progress(u64),
    Done(Attempt),
}

/// One attempt on its own thread, while the caller watches `cancel`.
///
/// The HTTP client blocks while it connects, waits for headers and waits for each chunk; a
/// server that accepts the connection and then says nothing would hold a cancelled sync until
/// the timeout (a minute). Here the caller checks `cancel` every 50 ms and returns
/// `Cancelled` at once; the attempt's thread is told to stop and ends by itself at its next
/// chunk or timeout, with nothing to write.
fn watched(get: &Get, cancel: &AtomicBool, progress: &mut dyn FnMut(u64)) -> Attempt {
    let (tx, rx) = std::sync::mpsc::channel();
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let job = (get.clone(), stop.clone());
    let spawned = std::thread::Builder::new()
        .name("waymark-fetch".into())
        .spawn(move || {
            let (get, stop) = job;
            let progress_tx = tx.clone();
            let mut report = |n| {
                let _ = progress_tx.send(Note::Progress(n));
            };
            let done = once(&get, &stop, &mut report);
            let _ = tx.send(Note::Done(done));
        });
    if spawned.is_err() {
        // No thread to be had: fetch here, cancellable between chunks only.
        return once(get, cancel, progress);
    }
    loop {
        // Checked on every turn: a server trickling bytes sends progress more often than the
        // timeout below, and must not keep a cancel from being seen.
        if cancel.load(Ordering::Relaxed) {
            stop.store(true, Ordering::Relaxed);
            return (Err(FetchError::Cancelled), None);
        }
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(Note::Progress(n)) => progress(n),
            Ok(Note::Done(attempt)) => return attempt,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return (
                    Err(FetchError::Offline(
                        "the download stopped unexpectedly".into(),
                    )),
                    None,
                )
            }
        }
    }
}

fn once(get: &Get, cancel: &AtomicBool, progress: &mut dyn FnMut(u64)) -> Attempt {
    let Get {
        client,
        url,
        previous,
        config,
    } = get;
    let mut req = client.get(url);
    if let Some(e) = &previous.etag {
        req = req.header(reqwest::header::IF_NONE_MATCH, e);
    }
    if let Some(m) = &previous.last_modified {
        req = req.header(reqwest::header::IF_MODIFIED_SINCE, m);
    }
    let mut resp = match req.send() {
        Ok(r) => r,
        Err(e) => return (Err(classify(&e)), None),
    };
    let status = resp.status();
    if status == reqwest::StatusCode::NOT_MODIFIED {
        return (Ok(FetchOutcome::NotModified), None);
    }
    if !status.is_success() {
        let retry_after = resp
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        return (Err(FetchError::Http(status.as_u16())), retry_after);
    }
    if let Some(len) = resp.content_length() {
        if len > config.max_body_bytes {
            return (Err(FetchError::TooLarge(config.max_body_bytes)), None);
        }
    }
    let header = |name: reqwest::header::HeaderName| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let validators = Validators {
        etag: header(reqwest::header::ETAG),
        last_modified: header(reqwest::header::LAST_MODIFIED),
    };
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        if cancel.load(Ordering::Relaxed) {
            return (Err(FetchError::Cancelled), None);
        }
        match resp.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                if bytes.len() as u64 + n as u64 > config.max_body_bytes {
                    return (Err(FetchError::TooLarge(config.max_body_bytes)), None);
                }
                bytes.extend_from_slice(&chunk[..n]);
                progress(bytes.len() as u64);
            }
            Err(e) => {
                let timed_out = e.kind() == std::io::ErrorKind::TimedOut
                    || e.to_string().to_lowercase().contains("timed out");
                let err = if timed_out {
                    FetchError::Timeout
                } else {
                    FetchError::Offline(short(&e.to_string()))
                };
                return (Err(err), None);
            }
        }
    }
    (Ok(FetchOutcome::Body { bytes, validators }), None)
}

fn classify(e: &reqwest::Error) -> FetchError {
    if e.is_timeout() {
        FetchError::Timeout
    } else if e.is_redirect() {
        let mut cause: Option<&dyn std::error::Error> = Some(e);
        while let Some(c) = cause {
            if c.to_string().contains(DOWNGRADE) {
                return FetchError::InsecureRedirect;
            }
            cause = c.source();
        }
        FetchError::Offline("too many redirects".into())
    } else {
        FetchError::Offline(short(&e.to_string()))
    }
}

/// An error's first line, without the URL's query string (it may hold a key).
fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    let cleaned: String = line
        .split_whitespace()
        .map(|w| match w.find('?') {
            Some(i) if w.contains("://") => &w[..i],
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ");
    cleaned.chars().take(160).collect()
}

/// `Retry-After`: delta-seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// ±50 % jitter, from the clock (no randomness crate needed for spreading retries).
fn jitter(base: Duration, attempt: u32) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0)
        .wrapping_mul(2654435761)
        .wrapping_add(attempt);
    let factor = 0.5 + f64::from(nanos % 1000) / 1000.0;
    base.mul_f64(factor)
}

fn sleep_unless_cancelled(wait: Duration, cancel: &AtomicBool) -> Result<(), FetchError> {
    let step = Duration::from_millis(50);
    let mut left = wait;
    while !left.is_zero() {
        if cancel.load(Ordering::Relaxed) {
            return Err(FetchError::Cancelled);
        }
        let s = left.min(step);
        std::thread::sleep(s);
        left -= s;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_and_dates() {
        assert_eq!(parse_retry_after("120"), Some(Duration::from_secs(120)));
        let past = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(10));
        assert_eq!(parse_retry_after(&past), Some(Duration::ZERO));
        let soon = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
        let d = parse_retry_after(&soon).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(31),
            "{d:?}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn errors_never_carry_query_strings() {
        let s = short("error sending request for url (https://x.org/feed?key=SECRET): boom");
        assert!(!s.contains("SECRET"), "{s}");
    }

    #[test]
    fn a_secure_address_is_never_followed_down_to_plain_http() {
        let u = |s: &str| reqwest::Url::parse(s).unwrap();
        let https = u("https://relay.example.org/manifest.json");
        assert!(redirect_allowed(
            &https,
            &u("https://cdn.example.net/m.json")
        ));
        assert!(!redirect_allowed(
            &https,
            &u("http://cdn.example.net/m.json")
        ));
        assert!(!redirect_allowed(
            &https,
            &u("http://relay.example.org/manifest.json")
        ));
        // Tests serve plain http on this machine.
        assert!(redirect_allowed(&https, &u("http://127.0.0.1:8080/m.json")));
        // A plain feed stays as plain as it was, and may become secure.
        let http = u("http://intergroup.example.org/feed.json");
        assert!(redirect_allowed(
            &http,
            &u("http://www.intergroup.example.org/feed.json")
        ));
        assert!(redirect_allowed(
            &http,
            &u("https://intergroup.example.org/feed.json")
        ));
        assert!(!redirect_allowed(&https, &u("ftp://example.org/feed")));
    }

    #[test]
    fn jitter_stays_within_half_either_way() {
        for a in 1..50 {
            let j = jitter(Duration::from_millis(1000), a);
            assert!(j >= Duration::from_millis(500) && j <= Duration::from_millis(1500));
        }
    }
}
