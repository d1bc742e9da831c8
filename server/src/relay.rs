//! Serving a relay's published folder (`waymark-server --relay DIR`), for small deployments.
//!
//! A relay's output is static files meant for any web host or CDN; this lets the car-pool
//! server hand them out too, with no other service to run. It knows nothing of the format
//! (the server does not depend on the core): it serves exactly three kinds of path under
//! `/relay/`, read-only,
//!
//! - `manifest.json` and `manifest.sig`: revalidated on every use (`Cache-Control: no-cache`)
//!   with an `ETag` that is the SHA-256 of the file, so a phone checking daily mostly gets a
//!   bodiless `304 Not Modified`;
//! - `files/<64 hex digits>.gz`: named by their own SHA-256 and never rewritten, so they are
//!   cached for a year (`immutable`) and their ETag is their name;
//!
//! and answers 404 to anything else: no listing of folders, no `..`, no other file of the
//! folder, whatever the encoding.
//!
//! Privacy: asking for a tile tells the server which region someone follows. These requests
//! are therefore not written to the access log at all (the relay keeps no per-request log);
//! the rest of the server logs as before.

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sha2::{Digest, Sha256};

/// Largest file the relay route reads into memory (a tile, delta or manifest): 64 MiB, twice
/// the largest tile a phone accepts.
pub const MAX_RELAY_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Routes under `/relay/` serving the published folder `dir`.
pub fn routes<S: Clone + Send + Sync + 'static>(dir: PathBuf) -> Router<S> {
    Router::new()
        .route("/relay/{*path}", get(serve_file))
        .with_state(Arc::new(dir))
}

/// Which file a request path names, if it is one the relay publishes.
fn published(path: &str) -> Option<(&str, &'static str, bool)> {
    match path {
        "manifest.json" => Some((path, "application/json", false)),
        "manifest.sig" => Some((path, "text/plain; charset=utf-8", false)),
        _ => {
            let hash = path.strip_prefix("files/")?.strip_suffix(".gz")?;
            let ok = hash.len() == 64
                && hash
                    .bytes()
                    .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c));
            ok.then_some((path, "application/gzip", true))
        }
    }
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

/// Whether `If-None-Match` names `etag` (or is `*`).
fn matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == etag)
}

async fn serve_file(
    State(dir): State<Arc<PathBuf>>,
    Path(path): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some((name, content_type, immutable)) = published(&path) else {
        return not_found();
    };
    let full = dir.join(name);
    let read = tokio::task::spawn_blocking(move || match std::fs::metadata(&full) {
        Ok(m) if m.is_file() && m.len() <= MAX_RELAY_FILE_BYTES => std::fs::read(&full).ok(),
        _ => None,
    })
    .await;
    let Ok(Some(bytes)) = read else {
        return not_found();
    };
    let etag = if immutable {
        // The name is the hash of the content.
        format!("\"{}\"", &name[6..70])
    } else {
        let digest = Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("\"{hex}\"")
    };
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = if matches(&headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut r = bytes.into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        r
    };
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_published_names_are_served() {
        let h = "a".repeat(64);
        assert!(published("manifest.json").is_some());
        assert!(published("manifest.sig").is_some());
        assert!(published(&format!("files/{h}.gz")).is_some());
        for bad in [
            "",
            "files",
            "files/",
            "../manifest.json",
            "files/../manifest.json",
            &format!("files/{}.gz", "A".repeat(64)),
            &format!("files/{}.gz", "a".repeat(63)),
            &format!("files/{h}.gz/x"),
            "relay-history.json",
            "/etc/passwd",
        ] {
            assert!(published(bad).is_none(), "{bad}");
        }
    }
}
