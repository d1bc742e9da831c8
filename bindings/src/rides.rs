//! Car-pools: compose offers and requests offline (they wait in the vault's outbox), sync
//! with the board when online, and read the last known state of rides and matches.
//! A home (`from`) stays in the vault; only its ~1 km area is ever sent.

use std::sync::{Arc, Mutex, Weak};

use waymark_core::rides::outbox::{subject_id, OfferDraft, RequestDraft};
use waymark_core::rides::protocol::Op;
use waymark_core::rides::sync::{sync_shared, RidesView};
use waymark_core::screens::{
    MeetingsOptions, RideSyncProblem, RidesContext, RidesScreen, RidesState,
};
use waymark_core::GeoPoint;

use crate::directory::MeetingDirectory;
use crate::vault::PrivateVault;
use crate::{local_now, off_thread, parse_date, Result};

/// Car-pools for one vault and one board: compose offers, requests, acceptances and
/// cancellations offline (they wait in the vault's outbox), and sync with the board when online.
/// Get one with [`PrivateVault::ride_client`].
#[derive(uniffi::Object)]
pub struct RideClient {
    vault: Arc<PrivateVault>,
    server: String,
    client: waymark_core::rides::client::RideClient,
    /// How the last sync went, for the Rides screen (`None`: it worked, or none yet).
    last_sync: Mutex<Option<RideSyncProblem>>,
    /// The screen objects made by [`RideClient::screen_object`], told how each sync went.
    screens: Mutex<Vec<Weak<RidesScreen>>>,
}

/// The Rides screen over `vault`, meeting names and times from `directory` when given.
fn rides_screen(
    vault: &PrivateVault,
    directory: Option<Arc<MeetingDirectory>>,
    context: RidesContext,
    options: &MeetingsOptions,
) -> RidesState {
    match directory {
        Some(d) => d.with(|d| {
            vault.with(|v| waymark_core::screens::rides_state(v, Some(d), context, options))
        }),
        None => vault.with(|v| waymark_core::screens::rides_state(v, None, context, options)),
    }
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
            last_sync: Mutex::new(None),
            screens: Mutex::new(Vec::new()),
        }))
    }

    /// Chooses the car-pool board (Settings' "car-pool server"): the core checks the address
    /// (`https://…`; a bad one throws its worded error) and keeps it in the vault, so the
    /// app, its background sync and Settings all read the same one. `None` or a blank address
    /// turns car-pools off. Returns the address as kept.
    pub fn set_ride_server(&self, server: Option<String>) -> Result<Option<String>> {
        Ok(self.with(|v| v.set_ride_server(server.as_deref()))?)
    }

    /// The car-pool board chosen in Settings, or `None` while car-pools are off.
    pub fn ride_server(&self) -> Result<Option<String>> {
        Ok(self.with(|v| v.ride_server())?)
    }

    /// The car-pool client for the board chosen in Settings, or `None` while car-pools are
    /// off (then the Rides screen is [`PrivateVault::rides_screen_object`]).
    pub fn chosen_ride_client(self: Arc<Self>) -> Result<Option<Arc<RideClient>>> {
        match self.ride_server()? {
            Some(server) => Ok(Some(self.ride_client(server)?)),
            None => Ok(None),
        }
    }

    /// Offers `seats` seats to a meeting on `date` (`YYYY-MM-DD`, meeting-local), leaving from
    /// `from` (kept here; only its ~1 km area is sent) no earlier than `leave_after_minute`
    /// (minutes after midnight, meeting-local; before the start). Works offline and before
    /// any board is set: it waits in the outbox until a sync. Returns the ride id.
    #[allow(clippy::too_many_arguments)]
    pub fn offer_ride(
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
        let op = self.with(|v| v.compose_offer(draft, local_now()))?;
        Ok(subject_id(&op.op).to_string())
    }

    /// Asks for a seat to a meeting on `date`, picked up around `from` (kept here), arriving by
    /// `arrive_by_minute` (minutes after midnight, meeting-local; ten minutes before the start
    /// when absent). Works offline and before any board is set: it waits in the outbox until
    /// a sync. Returns the ride id.
    #[allow(clippy::too_many_arguments)]
    pub fn ask_for_ride(
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
        let op = self.with(|v| v.compose_request(draft, local_now()))?;
        Ok(subject_id(&op.op).to_string())
    }

    /// The form to offer a ride or ask for one: my meetings a ride can go to, each with its
    /// next days (only days it meets and the board accepts), the seat choices and the
    /// default detour, worded in `options.locale`. Pass a chosen meeting's `meeting_id`, a
    /// day's `date`, the seats and `detour_minutes` to [`PrivateVault::offer_ride`] or
    /// [`PrivateVault::ask_for_ride`].
    pub fn ride_form(
        &self,
        kind: waymark_core::screens::RideFormKind,
        directory: Arc<MeetingDirectory>,
        options: MeetingsOptions,
    ) -> waymark_core::screens::RideFormState {
        directory
            .with(|d| self.with(|v| waymark_core::screens::ride_form_state(v, d, kind, &options)))
    }

    /// The Rides screen before any car-pool server is set: what was arranged on this phone
    /// (it waits in the outbox), a notice that no server is set with a `SetServer` action,
    /// and, with nothing arranged, what car-pools are. Meeting names and times come from
    /// `directory` when given. Once a server is set, use [`RideClient::screen`].
    pub fn rides_screen(
        &self,
        directory: Option<Arc<MeetingDirectory>>,
        options: MeetingsOptions,
    ) -> RidesState {
        rides_screen(self, directory, RidesContext::default(), &options)
    }

    /// The Rides screen before any server is set, as an object: `subscribe` for a new state
    /// after every offer, request or cancellation written, and when a ride's meeting starts.
    pub fn rides_screen_object(
        &self,
        directory: Option<Arc<MeetingDirectory>>,
        options: MeetingsOptions,
    ) -> Arc<RidesScreen> {
        let d = directory.map(|d| d.with(|d| d.clone()));
        RidesScreen::new(Arc::clone(&self.inner), d, RidesContext::default(), options)
    }
}

#[uniffi::export]
impl RideClient {
    /// The board's address.
    pub fn server(&self) -> String {
        self.server.clone()
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
        Ok(self.vault.with(|v| v.rides_view())?)
    }

    /// The Rides screen: my offers, my requests and my matches worded in `options.locale`,
    /// each with its meeting's name and time (from `directory` when given) and its buttons
    /// (accept, cancel, try again); what waits to be sent; and whether the last
    /// [`RideClient::sync`] found the board offline or failing. Reads only the vault: works
    /// offline.
    pub fn screen(
        &self,
        directory: Option<Arc<MeetingDirectory>>,
        options: MeetingsOptions,
    ) -> RidesState {
        rides_screen(&self.vault, directory, self.context(), &options)
    }

    /// The Rides screen as an object: `subscribe` for a new state after every offer,
    /// request, acceptance or cancellation, after each [`RideClient::sync`] (whether it
    /// worked, found the board offline or failed), and when a ride's meeting starts.
    pub fn screen_object(
        &self,
        directory: Option<Arc<MeetingDirectory>>,
        options: MeetingsOptions,
    ) -> Arc<RidesScreen> {
        let d = directory.map(|d| d.with(|d| d.clone()));
        let screen = RidesScreen::new(Arc::clone(&self.vault.inner), d, self.context(), options);
        let mut screens = self.screens.lock().unwrap_or_else(|p| p.into_inner());
        screens.retain(|s| s.strong_count() > 0);
        screens.push(Arc::downgrade(&screen));
        screen
    }

    /// Queues again a change the board refused (the screen's `Retry` action, whose `target`
    /// is `op_id`), to go at the next sync. A change that was not refused is `InvalidInput`;
    /// an offer or request whose meeting has started is refused as composing it would be.
    pub fn retry(&self, op_id: String) -> Result<()> {
        self.vault.with(|v| v.retry_op(&op_id, local_now()))?;
        Ok(())
    }
}

impl RideClient {
    /// Whether a server is set (always, here) and how the last sync went.
    fn context(&self) -> RidesContext {
        RidesContext {
            server_set: true,
            last_sync: *self.last_sync.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    /// Tells the live screen objects how the last sync went (outside every lock: a listener
    /// may call back).
    fn tell_screens(&self) {
        let screens: Vec<Arc<RidesScreen>> = self
            .screens
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        let context = self.context();
        for s in screens {
            s.set_context(context);
        }
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl RideClient {
    /// Sends what is waiting and fetches my rides and matches from the board. Offline gives
    /// `Offline`; the outbox keeps everything for next time.
    pub async fn sync(self: Arc<Self>) -> Result<RidesView> {
        off_thread(move || {
            let result = sync_shared(
                &self.vault.inner,
                &self.vault.ride_sync,
                &self.client,
                &self.server,
                local_now(),
            );
            *self.last_sync.lock().unwrap_or_else(|p| p.into_inner()) =
                result.as_ref().err().map(RideSyncProblem::of);
            self.tell_screens();
            Ok(result?)
        })
        .await
    }
}
