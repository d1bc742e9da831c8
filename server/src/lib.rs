//! waymark-server: the car-pool board.
//!
//! HTTP (axum) over the [`store::Store`]. Routes:
//! - `GET /healthz` — 200 `{"status":"ok"}` when the database answers;
//! - `POST /v1/devices` — registers a device: `{device_id, secret}`. The secret is 32 random
//!   bytes shown once; only its SHA-256 is kept;
//! - `POST /v1/rides/sync` — `Authorization: Bearer <device_id>.<secret>`, body a
//!   [`SyncRequest`]; answers a [`waymark_core::rides::protocol::SyncResponse`].
//!
//! Errors are JSON `{"error": {"code", "message"}}` with stable codes: `invalid_json`,
//! `invalid_request`, `unauthorized`, `too_large`, `rate_limited`, `internal`. Bodies are
//! capped at 64 KiB; each device (and each address, for registration) has a token bucket.
//! Nothing is logged about places or text.

pub mod store;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use sha2::{Digest, Sha256};
use waymark_core::rides::protocol::SyncRequest;

/// Largest request body.
pub const MAX_BODY: usize = 64 * 1024;

/// A JSON error with a stable code.
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

/// Token buckets by key (device or address).
pub struct Limiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl Limiter {
    /// `per_second` sustained, up to `burst` at once.
    pub fn new(per_second: f64, burst: f64) -> Self {
        Self {
            per_second,
            burst,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn allow(&self, key: &str) -> bool {
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if b.len() > 100_000 {
            b.clear();
        }
        let now = Instant::now();
        let (tokens, last) = b.entry(key.to_string()).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*last).as_secs_f64() * self.per_second).min(self.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// What the handlers share.
pub struct AppState {
    /// The database.
    pub store: store::Store,
    /// Sync requests per device.
    pub sync_limit: Limiter,
    /// Registrations per address.
    pub register_limit: Limiter,
    /// Secret hashes already read, by device id. A device's secret never changes, so this
    /// saves a database round trip on every sync; it is bounded like the rate buckets.
    pub known_devices: Mutex<HashMap<String, Vec<u8>>>,
}

impl AppState {
    /// The state for `store`, with `sync_per_second` syncs per device (twice that at once)
    /// and `register_burst` registrations at once per address (refilled at 5 a second).
    pub fn new(store: store::Store, sync_per_second: u32, register_burst: u32) -> Self {
        let sync = f64::from(sync_per_second.max(1));
        Self {
            store,
            sync_limit: Limiter::new(sync, 2.0 * sync),
            register_limit: Limiter::new(5.0, f64::from(register_burst.max(1))),
            known_devices: Mutex::new(HashMap::new()),
        }
    }
}

/// The router.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/devices", post(register))
        .route("/v1/rides/sync", post(sync))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, store::StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => Ok(v),
        _ => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong on the server; please try again.",
        )),
    }
}

async fn healthz(State(s): State<Arc<AppState>>) -> Response {
    if blocking(move || Ok(s.store.healthy()))
        .await
        .unwrap_or(false)
    {
        Json(serde_json::json!({"status": "ok"})).into_response()
    } else {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "internal",
            "database unavailable",
        )
        .into_response()
    }
}

/// `n` random bytes from the operating system, as hex (device ids and secrets, match ids,
/// handles).
pub(crate) fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    getrandom::getrandom(&mut b).expect("the OS random generator");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

async fn register(
    State(s): State<Arc<AppState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
) -> Result<Response, ApiError> {
    let ip: IpAddr = addr.ip();
    if !s.register_limit.allow(&ip.to_string()) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests; wait a moment.",
        ));
    }
    let id = random_hex(16);
    let secret = random_hex(32);
    let hash = Sha256::digest(secret.as_bytes()).to_vec();
    let (id2, st) = (id.clone(), s.clone());
    blocking(move || st.store.register_device(&id2, &hash, Utc::now())).await?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"device_id": id, "secret": secret})),
    )
        .into_response())
}

/// The device behind a bearer token, if the secret matches.
async fn authenticate(s: &Arc<AppState>, headers: &HeaderMap) -> Result<String, ApiError> {
    let unauthorized = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "This device is not registered, or its secret is wrong.",
        )
    };
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(unauthorized)?;
    let (id, secret) = token.split_once('.').ok_or_else(unauthorized)?;
    if id.len() != 32 || secret.len() != 64 {
        return Err(unauthorized());
    }
    let cached = s
        .known_devices
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(id)
        .cloned();
    let stored = match cached {
        Some(hash) => hash,
        None => {
            let (id2, st) = (id.to_string(), s.clone());
            let hash = blocking(move || st.store.secret_hash(&id2))
                .await?
                .ok_or_else(unauthorized)?;
            let mut known = s.known_devices.lock().unwrap_or_else(|p| p.into_inner());
            if known.len() > 100_000 {
                known.clear();
            }
            known.insert(id.to_string(), hash.clone());
            hash
        }
    };
    let given = Sha256::digest(secret.as_bytes());
    // Constant-time comparison.
    let same = stored.len() == given.len()
        && stored
            .iter()
            .zip(given.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if !same {
        return Err(unauthorized());
    }
    Ok(id.to_string())
}

async fn sync(State(s): State<Arc<AppState>>, req: Request) -> Result<Response, ApiError> {
    let headers = req.headers().clone();
    let device = authenticate(&s, &headers).await?;
    if !s.sync_limit.allow(&device) {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many requests; wait a moment.",
        ));
    }
    let body = Bytes::from_request(req, &s).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!("A request may be at most {} KiB.", MAX_BODY / 1024),
            )
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The request body could not be read.",
            )
        }
    })?;
    let parsed: SyncRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!(
                "The body is not a sync request (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })?;
    parsed.validate().map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_request",
            e.to_string(),
        )
    })?;
    let st = s.clone();
    let resp = blocking(move || st.store.sync(&device, &parsed, Utc::now())).await?;
    Ok(Json(resp).into_response())
}
