//! Shared by the server's test files: the two requests every phone makes, over a real client.
#![allow(dead_code)]

use serde_json::Value;

/// Registers a device with the board at `base` through `client` (it must answer 201); its
/// bearer token (`device_id.secret`).
pub fn register_with(client: &reqwest::blocking::Client, base: &str) -> String {
    let r = client.post(format!("{base}/v1/devices")).send().unwrap();
    assert_eq!(r.status(), 201);
    let v: Value = r.json().unwrap();
    format!(
        "{}.{}",
        v["device_id"].as_str().unwrap(),
        v["secret"].as_str().unwrap()
    )
}

/// Posts `body` to the board's sync as the device with `token`: (status, body as text).
pub fn post_sync(
    client: &reqwest::blocking::Client,
    base: &str,
    token: &str,
    body: &str,
) -> (u16, String) {
    let r = client
        .post(format!("{base}/v1/rides/sync"))
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .unwrap();
    (r.status().as_u16(), r.text().unwrap())
}
