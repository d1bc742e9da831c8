//! The one ride sync: what goes to the car-pool board, what comes back, and the view of my
//! rides that screens read offline.
//!
//! A sync is three steps — build the request from the vault, send it, keep the answer — so
//! that a phone never holds its vault while waiting on the network: [`sync_shared`] locks the
//! vault only for the two local steps (the CLI, which owns its vault, calls
//! [`Vault::sync_rides`]). Both run the same code, so both register a device once, keep the
//! credentials a server gave even when the rest failed, and leave the outbox untouched when
//! offline.

use std::sync::Mutex;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::rides::client::{board_address, DeviceCredentials, RideClient};
use crate::rides::outbox::{
    OpState, RideSyncRequest, RideSyncResponse, SETTING_RIDE_DEVICE, SETTING_RIDE_SERVER,
    SETTING_RIDE_VIEW,
};
use crate::rides::protocol::{self, Followed, MatchView, Op, RideView, SyncRequest, SyncResponse};
use crate::support::error::{Error, Result};
use crate::vault::Vault;

/// What an operation in the outbox does.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// Offering seats.
    Offer,
    /// Asking for a seat.
    Request,
    /// Accepting a proposed match.
    Accept,
    /// Cancelling one of my rides.
    Cancel,
}

impl OpKind {
    /// The kind of `op`.
    pub fn of(op: &Op) -> Self {
        match op {
            Op::Offer(_) => OpKind::Offer,
            Op::Request(_) => OpKind::Request,
            Op::Accept { .. } => OpKind::Accept,
            Op::Cancel { .. } => OpKind::Cancel,
        }
    }
}

/// An operation in the outbox, as a screen shows it.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// The operation's own id (internal; a retry sends the same one).
    pub op_id: String,
    /// The id a person sees: the ride's (the one composing returned and cancelling takes), or
    /// the match's for an acceptance.
    pub subject_id: String,
    /// What it does.
    pub kind: OpKind,
    /// Pending (not sent yet), applied or rejected.
    pub state: OpState,
    /// Why the board refused it, in plain words ("That seat was taken.").
    pub message: Option<String>,
}

/// My car-pool state as last known: readable offline.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RidesView {
    /// The outbox, oldest first.
    pub outbox: Vec<OutboxItem>,
    /// My offers and requests, as the board last said.
    pub rides: Vec<RideView>,
    /// My matches, as the board last said.
    pub matches: Vec<MatchView>,
}

/// A ride sync for a vault shared between threads (the phones): `vault` is locked for
/// building the request and for keeping the answer, never while the request is on the
/// network; `one_at_a_time` is held for the whole sync, so a first sync registers the device
/// once. Returns the view to show.
pub fn sync_shared(
    vault: &Mutex<Vault>,
    one_at_a_time: &Mutex<()>,
    client: &RideClient,
    server: &str,
    now: DateTime<FixedOffset>,
) -> Result<RidesView> {
    let _one = one_at_a_time.lock().unwrap_or_else(|p| p.into_inner());
    let lock = || vault.lock().unwrap_or_else(|p| p.into_inner());
    let request = lock().ride_sync_request(server)?;
    let response = client.send(&request);
    let mut v = lock();
    v.apply_ride_sync(response, now)?;
    v.rides_view()
}

impl Vault {
    /// Chooses the car-pool board (`https://host[:port]`; plain `http://` only on this
    /// computer), after checking its address ([`board_address`], as [`RideClient::new`] does);
    /// `None` or a blank address turns car-pools off. Returns the address as kept (trimmed, no
    /// trailing `/`). What was arranged stays in the outbox either way.
    pub fn set_ride_server(&mut self, server: Option<&str>) -> Result<Option<String>> {
        let server = server.map(str::trim).filter(|s| !s.is_empty());
        match server {
            None => {
                self.conn
                    .execute("DELETE FROM settings WHERE key = ?1", [SETTING_RIDE_SERVER])?;
                Ok(None)
            }
            Some(s) => {
                let kept = board_address(s)?;
                self.set_setting(SETTING_RIDE_SERVER, &serde_json::json!(kept))?;
                Ok(Some(kept))
            }
        }
    }

    /// The car-pool board chosen in Settings, or `None` while car-pools are off.
    pub fn ride_server(&self) -> Result<Option<String>> {
        Ok(self
            .setting(SETTING_RIDE_SERVER)?
            .and_then(|v| v.as_str().map(str::to_string))
            .filter(|s| !s.is_empty()))
    }

    /// Sends pending operations to the server at `client` (registering this device the first
    /// time), records the answers, and keeps the returned view for offline display. When the
    /// server cannot be reached the outbox is untouched and the error says offline.
    ///
    /// Three steps: [`Vault::ride_sync_request`], [`RideClient::send`], then
    /// [`Vault::apply_ride_sync`]. A vault shared between threads uses [`sync_shared`], which
    /// runs the same steps without holding the vault during the network call.
    pub fn sync_rides(
        &mut self,
        client: &RideClient,
        server: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<SyncResponse> {
        let request = self.ride_sync_request(server)?;
        let response = client.send(&request);
        self.apply_ride_sync(response, now)
    }

    /// What the next ride sync with `server` sends: this phone's credentials there (if it
    /// registered before) and the pending operations with the followed occurrences.
    pub fn ride_sync_request(&self, server: &str) -> Result<RideSyncRequest> {
        let credentials = self
            .setting(SETTING_RIDE_DEVICE)?
            .and_then(|v| serde_json::from_value::<DeviceCredentials>(v).ok())
            .filter(|c| c.server == server.trim_end_matches('/'));
        let follow = {
            let mut st = self
                .conn
                .prepare("SELECT DISTINCT meeting_id, date FROM ride_places ORDER BY 1, 2")?;
            let rows =
                st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            let mut f = Vec::new();
            for row in rows {
                let (meeting_id, date) = row?;
                if let Ok(date) = date.parse() {
                    f.push(Followed { meeting_id, date });
                }
            }
            f.truncate(protocol::MAX_FOLLOW);
            f
        };
        let mut ops = self.pending_ops()?;
        ops.truncate(protocol::MAX_OPS);
        Ok(RideSyncRequest {
            credentials,
            request: SyncRequest {
                ops,
                follow,
                since: None,
            },
        })
    }

    /// Keeps what the network step of a ride sync brought back: credentials a server gave
    /// this phone (kept even when the sync after them failed, never exported), then the
    /// operation results and the view for offline display. Returns the server's answer, or the
    /// network step's error (offline: the outbox is untouched).
    pub fn apply_ride_sync(
        &mut self,
        response: RideSyncResponse,
        now: DateTime<FixedOffset>,
    ) -> Result<SyncResponse> {
        if let Some(credentials) = &response.registered {
            self.set_setting(
                SETTING_RIDE_DEVICE,
                &serde_json::to_value(credentials).map_err(Error::internal)?,
            )?;
        }
        let resp = response.answer?;
        self.record_op_results(&resp.results, now)?;
        self.set_setting(
            SETTING_RIDE_VIEW,
            &serde_json::json!({"rides": resp.rides, "matches": resp.matches}),
        )?;
        Ok(resp)
    }

    /// The rides and matches from the last sync.
    pub fn ride_view(&self) -> Result<(Vec<RideView>, Vec<MatchView>)> {
        let v = self.setting(SETTING_RIDE_VIEW)?.unwrap_or_default();
        let rides = serde_json::from_value(v["rides"].clone()).unwrap_or_default();
        let matches = serde_json::from_value(v["matches"].clone()).unwrap_or_default();
        Ok((rides, matches))
    }

    /// The outbox, rides and matches as last known, for the Rides screen (offline).
    pub fn rides_view(&self) -> Result<RidesView> {
        let (rides, matches) = self.ride_view()?;
        let outbox = self
            .outbox()?
            .into_iter()
            .map(|e| OutboxItem {
                subject_id: e.id().to_string(),
                kind: OpKind::of(&e.op.op),
                op_id: e.op.op_id,
                state: e.state,
                message: e.message,
            })
            .collect();
        Ok(RidesView {
            outbox,
            rides,
            matches,
        })
    }
}
