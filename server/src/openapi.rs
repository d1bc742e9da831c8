//! The server's OpenAPI description, served at `GET /openapi.json`.
//!
//! Generated from the code with `utoipa`: the request and answer bodies are the protocol types
//! themselves (`waymark_rides::protocol`, whose schemas come from that crate's `openapi`
//! feature) and the JSON types below, which the handlers also use to write their answers, so
//! the description cannot drift from what is sent. CI runs schemathesis against a loopback
//! server with it (`.ci/run`).

use serde::Serialize;
use serde_json::Value;
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
    /// For people reading the API by hand: an English sentence that may change. Apps word
    /// `code` (and `reason`, when present) in the person's own language instead.
    pub message: String,
    /// With `invalid_request`: which car-pool rule the body breaks (a stable code from the
    /// shared protocol crate), so an app can say why in the person's language. Absent for
    /// other errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<waymark_rides::RefusalCode>,
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
    components(schemas(
        ErrorBody,
        ErrorDetail,
        ErrorCode,
        waymark_rides::RefusalCode,
        DeviceCredentials,
        Health
    )),
    modifiers(&DeviceToken)
)]
pub struct ApiDoc;

/// Schemas of internally tagged enums that serde reads with `deny_unknown_fields`: utoipa
/// describes their variants as open objects (and a newtype variant as `allOf` of a closed
/// struct and the tag, which no object can satisfy), so [`document`] closes them.
const CLOSED_TAGGED_ENUMS: &[&str] = &["Op"];

/// The description as served: [`ApiDoc`] with the variants of `CLOSED_TAGGED_ENUMS` made
/// single closed objects (the struct's fields plus the tag, nothing else), as serde reads them.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).expect("the description is JSON");
    let schemas = doc["components"]["schemas"].clone();
    for name in CLOSED_TAGGED_ENUMS {
        let Some(variants) = doc["components"]["schemas"][*name]["oneOf"].as_array_mut() else {
            continue;
        };
        for variant in variants {
            if let Some([Value::Object(base), Value::Object(tag)]) =
                variant["allOf"].as_array().map(Vec::as_slice)
            {
                let target = base
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    .map(|r| schemas[r].clone());
                if let Some(mut merged) = target.filter(Value::is_object) {
                    for (k, v) in tag["properties"].as_object().into_iter().flatten() {
                        merged["properties"][k] = v.clone();
                    }
                    if let Some(required) = merged["required"].as_array_mut() {
                        required.extend(tag["required"].as_array().into_iter().flatten().cloned());
                    }
                    if let Some(d) = variant.get("description") {
                        merged["description"] = d.clone();
                    }
                    *variant = merged;
                }
            }
            if variant.get("properties").is_some() {
                variant["additionalProperties"] = Value::Bool(false);
            }
        }
    }
    doc
}

/// The served description, made once.
pub fn shared_document() -> &'static Value {
    static DOCUMENT: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(document)
}

/// Whether `value` holds an array anywhere the schema `name` of [`shared_document`] wants an
/// object. serde reads a struct from an array of its fields in order (`[]` is an empty sync
/// request), which the description does not allow: such bodies are refused before parsing.
pub fn array_where_object_expected(name: &str, value: &Value) -> bool {
    let doc = shared_document();
    check(doc, &doc["components"]["schemas"][name], value, 0)
}

fn check(doc: &Value, schema: &Value, value: &Value, depth: usize) -> bool {
    // The protocol nests a handful of levels; a deeper body is refused by the parser anyway.
    if depth > 32 {
        return false;
    }
    if let Some(name) = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        return check(doc, &doc["components"]["schemas"][name], value, depth + 1);
    }
    let wants_object = schema["type"] == "object" || schema.get("properties").is_some();
    if wants_object && value.is_array() {
        return true;
    }
    let in_parts = ["allOf", "oneOf", "anyOf"].iter().any(|k| {
        schema[*k]
            .as_array()
            .into_iter()
            .flatten()
            .any(|part| check(doc, part, value, depth + 1))
    });
    if in_parts {
        return true;
    }
    match value {
        Value::Object(map) => map.iter().any(|(k, v)| {
            schema["properties"]
                .get(k)
                .is_some_and(|p| check(doc, p, v, depth + 1))
        }),
        Value::Array(items) => schema
            .get("items")
            .is_some_and(|p| items.iter().any(|v| check(doc, p, v, depth + 1))),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_variant_is_one_closed_object_with_its_tag() {
        let doc = document();
        let variants = doc["components"]["schemas"]["Op"]["oneOf"]
            .as_array()
            .unwrap();
        assert_eq!(variants.len(), 4);
        for v in variants {
            assert_eq!(v["additionalProperties"], false, "{v}");
            assert!(v["properties"]["type"]["enum"].is_array(), "{v}");
            assert!(v["required"]
                .as_array()
                .unwrap()
                .contains(&Value::from("type")));
        }
        let offer = &variants[0];
        assert_eq!(offer["properties"]["seats"]["maximum"], 8);
        assert!(offer["allOf"].is_null());
    }

    #[test]
    fn arrays_standing_in_for_objects_are_found_at_any_depth() {
        let found = |v: Value| array_where_object_expected("SyncRequest", &v);
        assert!(found(serde_json::json!([])));
        assert!(found(serde_json::json!({"ops": [["id", {}]]})));
        assert!(found(
            serde_json::json!({"ops": [{"op_id": "a", "op": {"type": "offer", "origin": [1, 2]}}]})
        ));
        assert!(found(
            serde_json::json!({"ops": [{"op_id": "a", "op": {"type": "accept", "match_id": "m", "pickup_point": [52.0, -4.0]}}]})
        ));
        assert!(!found(serde_json::json!({"ops": [], "follow": []})));
        assert!(!found(
            serde_json::json!({"ops": [{"op_id": "a", "op": {"type": "offer", "origin": {"row": 1, "col": 2}}}]})
        ));
    }
}
