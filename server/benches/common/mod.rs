//! Shared by the server's load benches: what every simulated phone does first.

/// Registers a new device with the board at `base`; its bearer token (`device_id.secret`).
pub async fn register(http: &reqwest::Client, base: &str) -> String {
    let reg: serde_json::Value = http
        .post(format!("{base}/v1/devices"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    format!(
        "{}.{}",
        reg["device_id"].as_str().unwrap(),
        reg["secret"].as_str().unwrap()
    )
}
