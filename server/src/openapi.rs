//! The server's OpenAPI description, served at `GET /openapi.json`.
//!
//! Generated from the code with `utoipa`: the request and answer bodies are the protocol types
//! themselves (`waymark_core::rides::protocol`, whose schemas come from core's `openapi`
//! feature) and the JSON types below, which the handlers also use to write their answers, so
//! the description cannot drift from what is sent. CI runs schemathesis against a loopback
//! server with it (`.ci/run`).

use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// A stable error code; the message beside it is for people and may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The body is not JSON of the expected shape.
    InvalidJson,
    /// The body is well-formed but breaks a rule (seats, sizes, times…), or could not be read.
    InvalidRequest,
    /// No valid device token.
    Unauthorized,
    /// The body is larger than [`crate::MAX_BODY`].
    TooLarge,
    /// Too many requests (or failed sign-ins) from this device or network; wait a moment.
    RateLimited,
    /// The request did not arrive, or could not be answered, in time.
    Timeout,
    /// The server or its database failed.
    Internal,
}

/// What an error says.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// For programs.
    pub code: ErrorCode,
    /// For people.
    pub message: String,
}

/// Every error answer: `{"error": {"code", "message"}}`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// A new device's credentials. The secret is shown once; send
/// `Authorization: Bearer <device_id>.<secret>`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeviceCredentials {
    /// The device's id (32 hex digits).
    #[schema(pattern = "^[0-9a-f]{32}$")]
    pub device_id: String,
    /// The device's secret (64 hex digits); only its hash is kept.
    #[schema(pattern = "^[0-9a-f]{64}$")]
    pub secret: String,
}

/// The answer of `GET /healthz`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    #[schema(pattern = "^ok$")]
    pub status: String,
}

/// Name of the bearer-token security scheme in the description.
pub const DEVICE_TOKEN: &str = "device_token";

struct DeviceToken;

impl Modify for DeviceToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            DEVICE_TOKEN,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("<device_id>.<secret>")
                    .build(),
            ),
        );
    }
}

/// The description: every route, with its bodies and error answers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Waymark car-pool board",
        description = "Device registration and ride sync for the Waymark app."
    ),
    paths(crate::healthz, crate::register, crate::sync, crate::openapi_json),
    components(schemas(ErrorBody, ErrorDetail, ErrorCode, DeviceCredentials, Health)),
    modifiers(&DeviceToken)
)]
pub struct ApiDoc;
