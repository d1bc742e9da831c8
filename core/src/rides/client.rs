//! The HTTP client for the car-pool board, shared by the CLI and the phones.
//!
//! Blocking (reqwest), with short timeouts: a ride sync is small. Failures are typed: no
//! connection is [`Error::Fetch`] with `offline` (the outbox keeps everything for next time),
//! a JSON error from the server becomes [`Error::InvalidArgument`]: worded from its stable
//! `reason` code when it has one (a car-pool rule), else with the server's own message.
//!
//! What goes over the wire is a device's secret and, once a ride is confirmed, an exact pickup
//! place. So:
//!
//! - The server must be `https://`; plain `http://` is accepted only for this computer
//!   (`localhost`, `127.0.0.0/8`, `::1`), where nothing crosses a network.
//! - Redirects are followed only within the same server (scheme, host and port). An answer
//!   sending Waymark anywhere else is refused: neither the secret nor the request body
//!   (pickup places) ever reaches another host.
//! - An answer is read up to [`MAX_RESPONSE_BYTES`] and no further, so a broken or hostile
//!   server cannot fill the phone's memory.
//! - Text in an answer (handles, states, messages, ids) has its control characters removed
//!   ([`crate::support::text`]) before anyone shows it.

use std::io::Read;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::protocol::{OpOutcome, SyncRequest, SyncResponse};
use crate::support::error::{Error, Result};
use crate::support::fetch::FetchError;
use crate::support::msg;
use crate::support::text::clean_line_in_place;

/// The largest answer the ride client reads from the car-pool server, in bytes (4 MiB, after
/// decompression). A sync answer lists one device's rides and matches: a few kilobytes, and
/// thousands of matches still fit. Anything larger is refused with a plain error.
pub const MAX_RESPONSE_BYTES: u64 = 4 * 1024 * 1024;

/// Redirects followed within the same server before giving up.
const MAX_REDIRECTS: usize = 5;

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

/// A car-pool board's address as kept and used: trimmed, without a trailing `/`, and checked:
/// `https://host[:port]`, or `http://` for this computer only; no user name or password in it.
pub fn board_address(base: &str) -> Result<String> {
    let base = base.trim().trim_end_matches('/').to_string();
    let url = reqwest::Url::parse(&base).map_err(|_| Error::invalid(msg::RIDES_ADDRESS))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        _ => return Err(Error::invalid(msg::RIDES_HTTPS)),
    }
    if url.host_str().is_none() || !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid(msg::RIDES_CREDENTIALS));
    }
    Ok(base)
}

impl RideClient {
    /// A client for the server at `base`: `https://host[:port]`, or `http://` for this
    /// computer only (`localhost`, `127.x.x.x`, `[::1]`), checked by [`board_address`].
    pub fn new(base: &str) -> Result<Self> {
        let base = board_address(base)?;
        let http = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("waymark/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                let same_server = attempt
                    .previous()
                    .last()
                    .is_some_and(|prev| same_origin(prev, attempt.url()));
                if same_server && attempt.previous().len() <= MAX_REDIRECTS {
                    attempt.follow()
                } else {
                    attempt.stop()
                }
            }))
            .build()
            .map_err(Error::internal)?;
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
        let field = |name: &str| {
            v[name]
                .as_str()
                .filter(|s| {
                    !s.is_empty()
                        && s.len() <= 256
                        && s.bytes().all(|b| b.is_ascii_graphic() && b != b'.')
                })
                .map(str::to_string)
                .ok_or_else(unreadable)
        };
        Ok(DeviceCredentials {
            server: self.base.clone(),
            device_id: field("device_id")?,
            secret: field("secret")?,
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
            .body(serde_json::to_vec(req).map_err(Error::internal)?)
            .send()
            .map_err(offline)?;
        let mut resp: SyncResponse = answer(r)?;
        clean_response(&mut resp);
        Ok(resp)
    }
}

/// Whether `url` names this computer: `localhost`, an address in `127.0.0.0/8`, or `::1`.
pub fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host_str() {
        Some(h) => {
            let h = h.trim_start_matches('[').trim_end_matches(']');
            match h.parse::<std::net::IpAddr>() {
                Ok(ip) => ip.is_loopback(),
                Err(_) => h.eq_ignore_ascii_case("localhost"),
            }
        }
        None => false,
    }
}

fn same_origin(a: &reqwest::Url, b: &reqwest::Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

fn offline(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        return Error::Fetch(FetchError::Timeout);
    }
    Error::Fetch(FetchError::Offline(e.to_string()))
}

fn unreadable() -> Error {
    Error::invalid(msg::RIDES_UNREADABLE)
}

/// Reads at most [`MAX_RESPONSE_BYTES`] of an answer.
fn read_limited(r: reqwest::blocking::Response) -> Result<Vec<u8>> {
    let too_large = || {
        Error::invalid_with(
            msg::RIDES_TOO_LARGE,
            [("max", (MAX_RESPONSE_BYTES / (1024 * 1024)).into())],
        )
    };
    if r.content_length().is_some_and(|n| n > MAX_RESPONSE_BYTES) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    r.take(MAX_RESPONSE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Fetch(FetchError::Offline(e.to_string())))?;
    if bytes.len() as u64 > MAX_RESPONSE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn answer<T: serde::de::DeserializeOwned>(r: reqwest::blocking::Response) -> Result<T> {
    let status = r.status();
    if status.is_redirection() {
        return Err(Error::invalid(msg::RIDES_REDIRECT));
    }
    let body = read_limited(r)?;
    if status.is_success() {
        return serde_json::from_slice(&body).map_err(|_| unreadable());
    }
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    // A broken car-pool rule comes with its stable code: worded here, in the person's
    // language, rather than the server's English sentence.
    if let Some(code) = v["error"]["reason"]
        .as_str()
        .and_then(waymark_rides::RefusalCode::parse)
    {
        return Err(crate::rides::refusal_error(code.refusal()));
    }
    let said = v["error"]["message"]
        .as_str()
        .map(|m| {
            crate::support::text::single_line(m)
                .chars()
                .take(300)
                .collect::<String>()
        })
        .filter(|m| !m.trim().is_empty());
    Err(match said {
        Some(said) => Error::invalid_with(msg::RIDES_REFUSED, [("detail", said.into())]),
        None => Error::invalid_with(msg::RIDES_STATUS, [("status", status.as_u16().into())]),
    })
}

/// Removes control characters from every text the server sent.
fn clean_response(resp: &mut SyncResponse) {
    for r in &mut resp.results {
        clean_line_in_place(&mut r.op_id);
        if let OpOutcome::Rejected { code, message } = &mut r.outcome {
            clean_line_in_place(code);
            clean_line_in_place(message);
        }
    }
    for r in &mut resp.rides {
        clean_line_in_place(&mut r.ride_id);
        clean_line_in_place(&mut r.meeting_id);
        clean_line_in_place(&mut r.state);
        clean_line_in_place(&mut r.handle);
    }
    for m in &mut resp.matches {
        clean_line_in_place(&mut m.match_id);
        clean_line_in_place(&mut m.ride_id);
        if let Some(h) = &mut m.counterpart_handle {
            clean_line_in_place(h);
        }
    }
}
