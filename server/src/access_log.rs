//! The access log: one line per request on stderr, through `tracing`.
//!
//! A line holds the method, the route *template* (`/v1/rides/sync`, never the raw path, which
//! could one day carry ids), the status and the latency:
//!
//! ```text
//! 2026-11-29T23:01:02.345678Z  INFO request method=POST route=/v1/rides/sync status=200 latency_ms=3.1
//! ```
//!
//! Nothing else: no body, header, token, device id, query, or address. On a car-pool board for
//! people in recovery, even "this address synced at 19:05" says too much. Requests that match
//! no route are logged as `route=unmatched`; methods outside the standard set as `OTHER`.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

/// Route logged for a request that matched no route.
pub const UNMATCHED_ROUTE: &str = "unmatched";

fn method_name(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "OTHER",
    }
}

/// Middleware writing one access-log line per request (see the module docs).
pub async fn log_request(req: Request, next: Next) -> Response {
    let method = method_name(req.method());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(req).await;
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(
        method = %method,
        route = %route.as_deref().unwrap_or(UNMATCHED_ROUTE),
        status = response.status().as_u16(),
        latency_ms = format_args!("{latency_ms:.1}"),
        "request"
    );
    response
}

/// Sends `tracing` output (the access log and warnings) to stderr as plain text lines.
pub fn init() {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .try_init();
}
