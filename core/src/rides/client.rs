//! The HTTP client for the car-pool board, shared by the CLI and (later) the phones.
//!
//! Blocking (reqwest), with short timeouts: a ride sync is small. Failures are typed: no
//! connection is [`Error::Fetch`] with `offline` (the outbox keeps everything for next time),
//! a JSON error from the server becomes [`Error::InvalidArgument`] with its message.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::protocol::{SyncRequest, SyncResponse};
use crate::error::{Error, Result};
use crate::fetch::FetchError;

/// A device's identity on one server. The secret is shown once by the server; keep it in the
/// vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCredentials {
    /// The server's base URL.
    pub server: String,
    /// Device id.
    pub device_id: String,
    /// Device secret.
    pub secret: String,
}

/// Talks to one car-pool server.
pub struct RideClient {
    base: String,
    http: reqwest::blocking::Client,
}

impl RideClient {
    /// A client for the server at `base` (`http://host:port`).
    pub fn new(base: &str) -> Result<Self> {
        let base = base.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(Error::invalid(
                "the server address must start with http:// or https://",
            ));
        }
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("waymark/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::invalid(e.to_string()))?;
        Ok(Self { base, http })
    }

    /// Registers this device.
    pub fn register(&self) -> Result<DeviceCredentials> {
        let r = self
            .http
            .post(format!("{}/v1/devices", self.base))
            .send()
            .map_err(offline)?;
        let v: serde_json::Value = answer(r)?;
        Ok(DeviceCredentials {
            server: self.base.clone(),
            device_id: v["device_id"].as_str().unwrap_or_default().to_string(),
            secret: v["secret"].as_str().unwrap_or_default().to_string(),
        })
    }

    /// One sync.
    pub fn sync(&self, creds: &DeviceCredentials, req: &SyncRequest) -> Result<SyncResponse> {
        let r = self
            .http
            .post(format!("{}/v1/rides/sync", self.base))
            .header(
                "authorization",
                format!("Bearer {}.{}", creds.device_id, creds.secret),
            )
            .header("content-type", "application/json")
            .body(serde_json::to_vec(req).map_err(|e| Error::invalid(e.to_string()))?)
            .send()
            .map_err(offline)?;
        answer(r)
    }
}

fn offline(e: reqwest::Error) -> Error {
    Error::Fetch(FetchError::Offline(e.to_string()))
}

fn answer<T: serde::de::DeserializeOwned>(r: reqwest::blocking::Response) -> Result<T> {
    let status = r.status();
    let text = r.text().map_err(offline)?;
    if status.is_success() {
        return serde_json::from_str(&text)
            .map_err(|_| Error::invalid("the car-pool server sent an answer Waymark cannot read"));
    }
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let msg = v["error"]["message"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| format!("the car-pool server answered {status}"));
    Err(Error::invalid(msg))
}
