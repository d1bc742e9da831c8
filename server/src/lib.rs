//! waymark-server: the car-pool board.
//!
//! HTTP (axum, served by [`serve::serve`]) over the [`store::Store`]. Routes:
//! - `GET /healthz` — 200 `{"status":"ok"}` when the database answers;
//! - `POST /v1/devices` — registers a device: `{device_id, secret}`. The secret is 32 random
//!   bytes shown once; only its SHA-256 is kept;
//! - `POST /v1/rides/sync` — `Authorization: Bearer <device_id>.<secret>`, body a
//!   [`SyncRequest`]; answers a [`waymark_rides::protocol::SyncResponse`];
//! - `GET /openapi.json` — the OpenAPI description of all of these ([`openapi`]).
//!
//! Errors are JSON `{"error": {"code", "message"}}` with stable codes ([`openapi::ErrorCode`]).
//! Bodies are capped at 64 KiB; slow connections are cut off ([`serve`]); registrations and
//! failed sign-ins are limited per network, syncs per device ([`ratelimit`]). Each request
//! leaves one access-log line on stderr (method, route template, status, latency) and nothing
//! about who sent it or what it said ([`access_log`]).

pub mod access_log;
pub mod openapi;
pub mod ratelimit;
pub mod relay;
pub mod serve;
pub mod store;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use ipnet::IpNet;
use sha2::{Digest, Sha256};
use waymark_rides::protocol::{SyncRequest, SyncResponse};

use crate::openapi::{DeviceCredentials, ErrorBody, ErrorCode, ErrorDetail, Health};
use crate::ratelimit::{Buckets, ClientNetworks};

/// Largest request body.
pub const MAX_BODY: usize = 64 * 1024;

/// A JSON error with a stable code.
pub struct ApiError {
    status: StatusCode,
    code: ErrorCode,
    message: String,
    reason: Option<waymark_rides::RefusalCode>,
}

impl ApiError {
    fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            reason: None,
        }
    }

    fn rate_limited() -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::RateLimited,
            "Too many requests; wait a moment.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message,
                reason: self.reason,
            },
        };
        (self.status, Json(body)).into_response()
    }
}

/// Limits and network settings of one server process.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Sync requests per second per device (twice that at once).
    pub sync_per_second: u32,
    /// Registrations at once per network (refilled at
    /// [`ratelimit::REGISTER_REFILL_PER_SECOND`]).
    pub register_burst: u32,
    /// Failed authentications at once per network and per claimed device id (refilled at
    /// [`ratelimit::AUTH_FAILURE_REFILL_PER_SECOND`]).
    pub auth_failure_burst: u32,
    /// How clients are grouped into networks, and which proxies are believed.
    pub networks: ClientNetworks,
    /// Time from the end of a request's head to its answer ([`serve::DEFAULT_BODY_TIMEOUT`]).
    pub body_timeout: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            sync_per_second: ratelimit::DEFAULT_SYNC_PER_SECOND,
            register_burst: ratelimit::DEFAULT_REGISTER_BURST,
            auth_failure_burst: ratelimit::DEFAULT_AUTH_FAILURE_BURST,
            networks: ClientNetworks::default(),
            body_timeout: serve::DEFAULT_BODY_TIMEOUT,
        }
    }
}

/// What the handlers share.
pub struct AppState {
    /// The database.
    pub store: store::Store,
    /// The settings this state was made with.
    pub settings: Settings,
    /// Sync requests per device.
    pub sync_limit: Buckets<String>,
    /// Registrations per network.
    pub register_limit: Buckets<IpNet>,
    /// Failed authentications per network.
    pub auth_failures_by_network: Buckets<IpNet>,
    /// Failed authentications per claimed device id.
    pub auth_failures_by_device: Buckets<String>,
    /// Secret hashes already read, by device id. A device's secret never changes, so this
    /// saves a database round trip on every sync; it is bounded like the rate buckets.
    pub known_devices: Mutex<HashMap<String, Vec<u8>>>,
}

impl AppState {
    /// The state for `store` with `settings`.
    pub fn new(store: store::Store, settings: Settings) -> Self {
        let sync = f64::from(settings.sync_per_second.max(1));
        let auth = f64::from(settings.auth_failure_burst.max(1));
        Self {
            store,
            sync_limit: Buckets::new(sync, 2.0 * sync),
            register_limit: Buckets::new(
                ratelimit::REGISTER_REFILL_PER_SECOND,
                f64::from(settings.register_burst.max(1)),
            ),
            auth_failures_by_network: Buckets::new(ratelimit::AUTH_FAILURE_REFILL_PER_SECOND, auth),
            auth_failures_by_device: Buckets::new(ratelimit::AUTH_FAILURE_REFILL_PER_SECOND, auth),
            known_devices: Mutex::new(HashMap::new()),
            settings,
        }
    }
}

/// The router: routes, the body cap, the body timeout and the access log. Serve it with
/// [`serve::serve`] (handlers need the peer address as `ConnectInfo<SocketAddr>`).
pub fn app(state: Arc<AppState>) -> Router {
    app_with_relay(state, None)
}

/// [`app`], also serving a relay's published folder under `/relay/` when `relay` is given
/// (see [`relay`]; those requests are not written to the access log).
pub fn app_with_relay(state: Arc<AppState>, relay: Option<std::path::PathBuf>) -> Router {
    let board = board(state);
    match relay {
        Some(dir) => board.merge(relay::routes(dir)),
        None => board,
    }
}

fn board(state: Arc<AppState>) -> Router {
    let body_timeout = state.settings.body_timeout;
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/devices", post(register))
        .route("/v1/rides/sync", post(sync))
        .route("/openapi.json", get(openapi_json))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(body_timeout, deadline))
        .layer(middleware::from_fn(access_log::log_request))
        .with_state(state)
}

/// Answers 408 when the body has not arrived, or the answer is not ready, within the body
/// timeout; the connection is then closed.
///
/// Not tower-http's layers: `RequestBodyTimeoutLayer` restarts its clock on every chunk, so a
/// body trickled a byte a second never times out, and `TimeoutLayer` answers with an empty
/// body where every error here is JSON with a stable code.
async fn deadline(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => {
            let mut response = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                ErrorCode::Timeout,
                "The request took too long to arrive; please try again.",
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, store::StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(Ok(v)) => Ok(v),
        _ => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            "Something went wrong on the server; please try again.",
        )),
    }
}

/// Whether the server and its database answer.
#[utoipa::path(
    get,
    path = "/healthz",
    responses(
        (status = 200, description = "The database answers.", body = Health),
        (status = 408, description = "No answer in time.", body = ErrorBody),
        (status = 503, description = "The database does not answer.", body = ErrorBody),
    )
)]
async fn healthz(State(s): State<Arc<AppState>>) -> Response {
    if blocking(move || Ok(s.store.healthy()))
        .await
        .unwrap_or(false)
    {
        Json(Health {
            status: "ok".into(),
        })
        .into_response()
    } else {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal,
            "database unavailable",
        )
        .into_response()
    }
}

/// This description, as JSON.
#[utoipa::path(
    get,
    path = "/openapi.json",
    responses((status = 200, description = "The OpenAPI description.", body = Object))
)]
async fn openapi_json() -> Response {
    static BODY: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let body = BODY.get_or_init(|| openapi::shared_document().to_string().into_bytes());
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body.clone(),
    )
        .into_response()
}

/// `n` random bytes from the operating system, as hex (device ids and secrets, match ids,
/// handles).
pub(crate) fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    getrandom::getrandom(&mut b).expect("the OS random generator");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Registers a device. Limited per client network.
#[utoipa::path(
    post,
    path = "/v1/devices",
    responses(
        (status = 201, description = "Registered; the secret is shown only now.", body = DeviceCredentials),
        (status = 408, description = "No answer in time.", body = ErrorBody),
        (status = 429, description = "Too many registrations from this network.", body = ErrorBody),
        (status = 500, description = "The database failed.", body = ErrorBody),
    )
)]
async fn register(
    State(s): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let network = s.settings.networks.client_network(peer.ip(), &headers);
    if !s.register_limit.allow(&network) {
        return Err(ApiError::rate_limited());
    }
    let id = random_hex(16);
    let secret = random_hex(32);
    let hash = Sha256::digest(secret.as_bytes()).to_vec();
    let (id2, st) = (id.clone(), s.clone());
    blocking(move || st.store.register_device(&id2, &hash, Utc::now())).await?;
    Ok((
        StatusCode::CREATED,
        Json(DeviceCredentials {
            device_id: id,
            secret,
        }),
    )
        .into_response())
}

fn unauthorized() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        ErrorCode::Unauthorized,
        "This device is not registered, or its secret is wrong.",
    )
}

/// A bearer token split into a well-formed device id and secret.
fn parse_token(headers: &HeaderMap) -> Option<(&str, &str)> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))?;
    let (id, secret) = token.split_once('.')?;
    let hex = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_hexdigit());
    (hex(id, 32) && hex(secret, 64)).then_some((id, secret))
}

/// The device behind a bearer token, if the secret matches. Failures are limited per
/// network and per claimed device id: once either has used its budget, the token is not even
/// checked.
async fn authenticate(
    s: &Arc<AppState>,
    peer: SocketAddr,
    headers: &HeaderMap,
) -> Result<String, ApiError> {
    let network = s.settings.networks.client_network(peer.ip(), headers);
    let token = parse_token(headers);
    let claimed = token.map(|(id, _)| id.to_ascii_lowercase());
    if s.auth_failures_by_network.exhausted(&network)
        || claimed
            .as_ref()
            .is_some_and(|id| s.auth_failures_by_device.exhausted(id))
    {
        return Err(ApiError::rate_limited());
    }
    let fail = || {
        s.auth_failures_by_network.charge(&network);
        if let Some(id) = &claimed {
            s.auth_failures_by_device.charge(id);
        }
        unauthorized()
    };
    let (Some((_, secret)), Some(id)) = (token, claimed.clone()) else {
        return Err(fail());
    };
    let cached = s
        .known_devices
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&id)
        .cloned();
    let stored = match cached {
        Some(hash) => hash,
        None => {
            let (id2, st) = (id.clone(), s.clone());
            let Some(hash) = blocking(move || st.store.secret_hash(&id2)).await? else {
                return Err(fail());
            };
            let mut known = s.known_devices.lock().unwrap_or_else(|p| p.into_inner());
            if known.len() > 100_000 {
                known.clear();
            }
            known.insert(id.clone(), hash.clone());
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
        return Err(fail());
    }
    Ok(id)
}

/// Sends this device's operations and gets its view back.
#[utoipa::path(
    post,
    path = "/v1/rides/sync",
    request_body = SyncRequest,
    security(("device_token" = [])),
    responses(
        (status = 200, description = "Each operation's outcome and this device's view.", body = SyncResponse),
        (status = 400, description = "The body is not a sync request.", body = ErrorBody),
        (status = 401, description = "No valid device token.", body = ErrorBody),
        (status = 408, description = "The body did not arrive in time.", body = ErrorBody),
        (status = 413, description = "The body is over 64 KiB.", body = ErrorBody),
        (status = 422, description = "The request breaks a rule (seats, sizes, times…).", body = ErrorBody),
        (status = 429, description = "Too many syncs from this device, or failed sign-ins from this network or for this device.", body = ErrorBody),
        (status = 500, description = "The database failed.", body = ErrorBody),
    )
)]
async fn sync(
    State(s): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> Result<Response, ApiError> {
    let device = authenticate(&s, peer, req.headers()).await?;
    if !s.sync_limit.allow(&device) {
        return Err(ApiError::rate_limited());
    }
    let body = Bytes::from_request(req, &s).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::TooLarge,
                format!("A request may be at most {} KiB.", MAX_BODY / 1024),
            )
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorCode::InvalidRequest,
                "The request body could not be read.",
            )
        }
    })?;
    let mut value: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
            format!(
                "The body is not JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        )
    })?;
    if openapi::array_where_object_expected("SyncRequest", &value) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
            "The body is not a sync request: an object is written as a list.",
        ));
    }
    whole_numbers_as_integers(&mut value);
    let parsed: SyncRequest = serde_json::from_value(value).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidJson,
            format!("The body is not a sync request: {e}."),
        )
    })?;
    parsed.validate().map_err(|e| {
        let waymark_rides::Error::InvalidArgument(refusal) = e;
        ApiError {
            reason: Some(refusal.code()),
            ..ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::InvalidRequest,
                refusal.to_string(),
            )
        }
    })?;
    let st = s.clone();
    let resp: SyncResponse = blocking(move || st.store.sync(&device, &parsed, Utc::now())).await?;
    Ok(Json(resp).into_response())
}

/// JSON has one kind of number: `3.0` and `3` are the same value, and the description's
/// integers accept both. Whole numbers written with a fraction become integers so the
/// protocol's integer fields take them.
fn whole_numbers_as_integers(v: &mut serde_json::Value) {
    use serde_json::Value;
    /// Integers above this are not exact as `f64`.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match v {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64() {
                if f.fract() == 0.0 && f.abs() <= EXACT {
                    *v = Value::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers_as_integers),
        Value::Object(map) => map.values_mut().for_each(whole_numbers_as_integers),
        _ => {}
    }
}
