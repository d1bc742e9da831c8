//! Car-pools: compose offers and requests offline (they wait in the vault's outbox), sync
//! with the board when online, and read the last known state of rides and matches.
//! A home (`from`) stays in the vault; only its ~1 km area is ever sent.

use std::sync::Arc;

use waymark_core::rides::outbox::{OfferDraft, OpState, RequestDraft};
use waymark_core::rides::protocol::{MatchState, Op, Role};
use waymark_core::GeoPoint;

use crate::directory::MeetingDirectory;
use crate::vault::PrivateVault;
use crate::{local_now, off_thread, parse_date, Result};

/// One of my offers or requests, as the board last said.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RideInfo {
    /// Ride id.
    pub ride_id: String,
    /// Driver (an offer) or rider (a request).
    pub role: Role,
    /// The meeting.
    pub meeting_id: String,
    /// The meeting's date, `YYYY-MM-DD`.
    pub date: String,
    /// `open`, `matched` or `cancelled`.
    pub state: String,
    /// Free seats (offers only).
    pub seats_left: Option<u8>,
}

/// A proposed or agreed ride, as I see it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct MatchInfo {
    /// Match id (accept with it).
    pub match_id: String,
    /// My side.
    pub role: Role,
    /// My ride in it.
    pub ride_id: String,
    /// Proposed, seat held, confirmed or cancelled.
    pub state: MatchState,
    /// Minutes added to the driver's trip.
    pub added_minutes: u32,
    /// Pickup time (RFC 3339).
    pub pickup_at: String,
    /// Whether I accepted.
    pub you_accepted: bool,
    /// Whether the other person accepted.
    pub they_accepted: bool,
    /// Their one-off handle: only once both confirmed.
    pub counterpart_handle: Option<String>,
    /// Their chosen pickup spot: only once both confirmed.
    pub counterpart_point: Option<GeoPoint>,
}

/// An operation still in the outbox, or refused by the board.
#[derive(Debug, Clone, uniffi::Record)]
pub struct OutboxInfo {
    /// Operation id.
    pub op_id: String,
    /// `offer`, `request`, `accept` or `cancel`.
    pub kind: String,
    /// `pending` (not sent yet), `applied` or `rejected`.
    pub state: String,
    /// Why it was refused, in plain words ("That seat was taken.").
    pub message: Option<String>,
}

/// My car-pool state as last known: readable offline.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RidesView {
    /// The outbox, oldest first.
    pub outbox: Vec<OutboxInfo>,
    /// My rides.
    pub rides: Vec<RideInfo>,
    /// My matches.
    pub matches: Vec<MatchInfo>,
}

fn view(v: &waymark_core::Vault) -> Result<RidesView> {
    let (rides, matches) = v.ride_view()?;
    let outbox = v
        .outbox()?
        .into_iter()
        .map(|e| OutboxInfo {
            op_id: e.op.op_id.clone(),
            kind: match e.op.op {
                Op::Offer(_) => "offer",
                Op::Request(_) => "request",
                Op::Accept { .. } => "accept",
                Op::Cancel { .. } => "cancel",
            }
            .into(),
            state: match e.state {
                OpState::Pending => "pending",
                OpState::Applied => "applied",
                OpState::Rejected => "rejected",
            }
            .into(),
            message: e.message,
        })
        .collect();
    Ok(RidesView {
        outbox,
        rides: rides
            .into_iter()
            .map(|r| RideInfo {
                ride_id: r.ride_id,
                role: r.role,
                meeting_id: r.meeting_id,
                date: r.date.to_string(),
                state: r.state,
                seats_left: r.seats_left,
            })
            .collect(),
        matches: matches
            .into_iter()
            .map(|m| MatchInfo {
                match_id: m.match_id,
                role: m.role,
                ride_id: m.ride_id,
                state: m.state,
                added_minutes: m.added_minutes,
                pickup_at: m.pickup_at.to_rfc3339(),
                you_accepted: m.you_accepted,
                they_accepted: m.they_accepted,
                counterpart_handle: m.counterpart_handle,
                counterpart_point: m.counterpart_point,
            })
            .collect(),
    })
}

fn ride_id(op: &Op) -> String {
    match op {
        Op::Offer(o) => o.ride_id.clone(),
        Op::Request(r) => r.ride_id.clone(),
        Op::Accept { match_id, .. } => match_id.clone(),
        Op::Cancel { ride_id } => ride_id.clone(),
    }
}

/// Car-pools for one vault and one board: compose offers, requests, acceptances and
/// cancellations offline (they wait in the vault's outbox), and sync with the board when online.
/// Get one with [`PrivateVault::ride_client`].
#[derive(uniffi::Object)]
pub struct RideClient {
    vault: Arc<PrivateVault>,
    server: String,
    client: waymark_core::rides::client::RideClient,
}

#[uniffi::export]
impl PrivateVault {
    /// The car-pool client for the board at `server` (`https://…`). Only checks the address;
    /// nothing goes on the network until [`RideClient::sync`].
    pub fn ride_client(self: Arc<Self>, server: String) -> Result<Arc<RideClient>> {
        let client = waymark_core::rides::client::RideClient::new(&server)?;
        Ok(Arc::new(RideClient {
            vault: self,
            server,
            client,
        }))
    }
}

#[uniffi::export]
impl RideClient {
    /// The board's address.
    pub fn server(&self) -> String {
        self.server.clone()
    }

    /// Offers `seats` seats to a meeting on `date` (`YYYY-MM-DD`, meeting-local), leaving from
    /// `from` (kept here; only its ~1 km area is sent) no earlier than `leave_after_minute`
    /// (minutes after midnight, meeting-local; before the start). Works offline. Returns the
    /// ride id.
    #[allow(clippy::too_many_arguments)]
    pub fn offer(
        &self,
        directory: Arc<MeetingDirectory>,
        meeting_id: String,
        date: String,
        seats: u8,
        from: GeoPoint,
        leave_after_minute: Option<u16>,
        max_detour_minutes: u32,
        women_only: bool,
        wheelchair_space: bool,
    ) -> Result<String> {
        let date = parse_date(&date, "the date")?;
        let meeting = directory.with(|d| d.meeting(&meeting_id))?;
        let draft = OfferDraft::to_meeting(
            &meeting,
            date,
            seats,
            from,
            leave_after_minute,
            max_detour_minutes,
            women_only,
            wheelchair_space,
        )?;
        let op = self.vault.with(|v| v.compose_offer(draft, local_now()))?;
        Ok(ride_id(&op.op))
    }

    /// Asks for a seat to a meeting on `date`, picked up around `from` (kept here), arriving by
    /// `arrive_by_minute` (minutes after midnight, meeting-local; ten minutes before the start
    /// when absent). Works offline. Returns the ride id.
    #[allow(clippy::too_many_arguments)]
    pub fn request(
        &self,
        directory: Arc<MeetingDirectory>,
        meeting_id: String,
        date: String,
        from: GeoPoint,
        arrive_by_minute: Option<u16>,
        needs_wheelchair: bool,
        rider_is_woman: bool,
    ) -> Result<String> {
        let date = parse_date(&date, "the date")?;
        let meeting = directory.with(|d| d.meeting(&meeting_id))?;
        let draft = RequestDraft::to_meeting(
            &meeting,
            date,
            from,
            arrive_by_minute,
            needs_wheelchair,
            rider_is_woman,
        )?;
        let op = self.vault.with(|v| v.compose_request(draft, local_now()))?;
        Ok(ride_id(&op.op))
    }

    /// Accepts a proposed match, with the public place where I want to meet (shared only
    /// once both have accepted). Queued until the next sync.
    pub fn accept(&self, match_id: String, pickup_point: Option<GeoPoint>) -> Result<()> {
        self.vault.with(|v| {
            v.compose(
                Op::Accept {
                    match_id,
                    pickup_point,
                },
                local_now(),
            )
        })?;
        Ok(())
    }

    /// Cancels one of my rides. Queued until the next sync.
    pub fn cancel(&self, ride_id: String) -> Result<()> {
        self.vault
            .with(|v| v.compose(Op::Cancel { ride_id }, local_now()))?;
        Ok(())
    }

    /// My rides, matches and outbox as last known (offline).
    pub fn view(&self) -> Result<RidesView> {
        self.vault.with(|v| view(v))
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl RideClient {
    /// Sends what is waiting and fetches my rides and matches from the board. Offline gives
    /// `Offline`; the outbox keeps everything for next time.
    pub async fn sync(self: Arc<Self>) -> Result<RidesView> {
        off_thread(move || {
            let vault = &self.vault;
            // One ride sync at a time per vault (so a first sync registers once), but the
            // vault itself is free for the app while the request is on the network.
            let _one_at_a_time = vault.ride_sync.lock().unwrap_or_else(|p| p.into_inner());
            let request = vault.with(|v| v.ride_sync_request(&self.server))?;
            let response = self.client.send(&request);
            vault.with(|v| {
                v.apply_ride_sync(response, local_now())?;
                view(v)
            })
        })
        .await
    }
}
