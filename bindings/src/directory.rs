//! The meeting directory: sources, background sync with progress and cancel, offline search.

use std::sync::Arc;
use std::time::SystemTime;

use waymark_core::directory::details::MeetingDetails;
use waymark_core::directory::search::{ListPage, MeetingListItem, MeetingQuery};
use waymark_core::directory::{NewSource, SourceSyncResult, SyncEnd, SyncOptions, SyncPhase};
use waymark_core::relay::phone::{Area, RelaySource};
use waymark_core::{GeoPoint, Source};

use tokio::sync::watch;

use crate::{utc, Result, WaymarkError};

/// Hears how a sync is going. Called from a background thread: hand the values to the UI
/// thread and return quickly.
#[uniffi::export(with_foreign)]
pub trait SyncListener: Send + Sync {
    /// `bytes` downloaded and `entries` read so far for the source with id `source`.
    fn progress(&self, source: String, phase: SyncPhase, bytes: u64, entries: u64);
}

struct ListenerBridge(Arc<dyn SyncListener>);

impl waymark_core::directory::SyncListener for ListenerBridge {
    fn progress(&self, source: &str, phase: SyncPhase, bytes: u64, entries: u64) {
        self.0.progress(source.to_string(), phase, bytes, entries);
    }
}

/// A directory sync that is running in the background, returned by
/// [`MeetingDirectory::start_sync`]: the app keeps it to stop the sync (the app went to the
/// background, the person tapped stop) and to wait for the results. Letting go of it (closing
/// it) stops the sync too. Nothing of a stopped import is written; the meetings from before
/// stay.
#[derive(uniffi::Object)]
pub struct SyncTask {
    task: waymark_core::directory::SyncTask,
    done: watch::Receiver<Option<Result<Vec<SourceSyncResult>>>>,
}

#[uniffi::export(async_runtime = "tokio")]
impl SyncTask {
    /// Asks the sync to stop soon (between download chunks and before anything is written).
    pub fn cancel(&self) {
        self.task.cancel();
    }

    /// Whether [`SyncTask::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.task.is_cancelled()
    }

    /// Whether the sync has ended (results ready, failed or stopped).
    pub fn is_finished(&self) -> bool {
        self.done.borrow().is_some()
    }

    /// Waits for the end of the sync: one result per source (a source that failed keeps its
    /// previous meetings and says why). A cancelled sync ends with `Conflict`. May be awaited
    /// more than once, and after the end.
    pub async fn finish(&self) -> Result<Vec<SourceSyncResult>> {
        let mut done = self.done.clone();
        let ended = done
            .wait_for(Option::is_some)
            .await
            .map_err(|_| sync_stopped())?;
        ended.clone().unwrap_or_else(|| Err(sync_stopped()))
    }
}

/// A sync whose background work ended without saying how (in the app's language).
fn sync_stopped() -> WaymarkError {
    WaymarkError::Other {
        message: crate::error::app_words()
            .text(waymark_core::support::msg::SYNC_STOPPED.as_str(), &[]),
    }
}

/// The meeting directory on the phone: one SQLite file, usable with no network. Safe to
/// use from any thread: the core holds one writer and one reader, so a search never waits
/// for a sync.
#[derive(uniffi::Object)]
pub struct MeetingDirectory {
    inner: waymark_core::Directory,
}

impl MeetingDirectory {
    pub(crate) fn with<T>(&self, f: impl FnOnce(&waymark_core::Directory) -> T) -> T {
        f(&self.inner)
    }
}

#[uniffi::export]
impl MeetingDirectory {
    /// Opens (creating if needed) the directory file at `path`.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Self>> {
        let inner = waymark_core::Directory::open(&path)?;
        Ok(Arc::new(Self { inner }))
    }

    /// Folds the directory's write-ahead log into its file; true when the log was emptied.
    /// A sync that finished does this itself; the app calls it, off the main thread, when it
    /// goes to the background. It never waits for a search: what a search is reading just then
    /// stays in the log until next time (and the answer is false); nothing is lost.
    pub fn checkpoint(&self) -> Result<bool> {
        Ok(self.inner.checkpoint()?)
    }

    /// Adds a feed (a Meeting Guide JSON or BMLT URL, or a file). `timezone` is used for
    /// meetings whose feed gives none.
    pub fn add_source(
        &self,
        location: String,
        name: Option<String>,
        program: Option<String>,
        timezone: Option<String>,
    ) -> Result<Source> {
        let source = self.with(|d| {
            d.add_source(NewSource {
                location,
                name,
                program,
                timezone,
                ..NewSource::default()
            })
        })?;
        Ok(source)
    }

    /// Every source and how its last sync went.
    pub fn sources(&self) -> Result<Vec<Source>> {
        Ok(self.with(|d| d.sources())?)
    }

    /// Removes a feed added by hand (the Areas screen's "remove feed", by the row's source
    /// id) and its meetings, at once and with no network. Fails as not found when there is
    /// no such source.
    pub fn remove_source(&self, id: String) -> Result<()> {
        Ok(self.with(|d| d.remove_source(&id))?)
    }

    /// The Meetings screen over this directory: sections, search as you type, filters and
    /// what to say when there is nothing to show, worded in `options.locale`. Subscribe to
    /// hear each new state, a finished sync's included; events (`set_search`, `set_near`…)
    /// build it at once.
    pub fn meetings_screen(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::MeetingsScreen> {
        waymark_core::screens::MeetingsScreen::new(self.inner.clone(), options)
    }

    /// The Meeting screen for meeting `id`: schedule, place, notes and the buttons on offer,
    /// worded in `options.locale`; a meeting no longer listed says so.
    pub fn meeting_screen(
        &self,
        id: String,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::MeetingScreen> {
        waymark_core::screens::MeetingScreen::new(self.inner.clone(), id, options)
    }

    /// The first-run and Areas screen as an object: `subscribe` for a new state after every
    /// change to the directory (an area or feed added or removed, a sync that finished or
    /// failed).
    pub fn areas_screen_object(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> Arc<waymark_core::screens::AreasScreen> {
        waymark_core::screens::AreasScreen::new(self.inner.clone(), options)
    }

    /// Searches the meetings on the phone. Fast (well under a millisecond near a place) and
    /// offline: fine to call on every keystroke. Each result is what a list row shows;
    /// [`MeetingDirectory::details`] has the rest.
    pub fn search(&self, query: MeetingQuery) -> Result<Vec<MeetingListItem>> {
        Ok(self
            .with(|d| d.search(&query))?
            .into_iter()
            .map(MeetingListItem::from)
            .collect())
    }

    /// [`MeetingDirectory::search`] with what the list says around its rows: how many more
    /// matched beyond the limit ("12 more meetings match") and, when nothing matched, how many
    /// temporarily closed meetings were left out. An empty page runs a second search to count
    /// those, so prefer `search` for search-as-you-type.
    pub fn search_page(&self, query: MeetingQuery) -> Result<ListPage> {
        Ok(self.with(|d| d.search_page(&query))?.into())
    }

    /// The Meeting screen for one meeting: its next time at `at` (now when absent) in its zone
    /// and `viewer_timezone`'s, the weekly schedule in words, notes, the join link, a `tel:`
    /// link for the dial-in, and directions (none for online-only or closed venues).
    pub fn details(
        &self,
        id: String,
        at: Option<std::time::SystemTime>,
        viewer_timezone: Option<String>,
        type_language: Option<String>,
    ) -> Result<MeetingDetails> {
        let at = at.map(utc).unwrap_or_else(chrono::Utc::now);
        Ok(self.with(|d| d.details(&id, at, viewer_timezone, type_language))?)
    }

    /// Stops the search running right now on another thread (the person typed another
    /// letter): it ends with `Conflict`, which the app ignores; nothing changes. Searches
    /// started afterwards run normally.
    pub fn interrupt(&self) {
        self.inner.interrupt();
    }

    /// How many meetings the directory holds.
    pub fn meeting_count(&self) -> Result<u64> {
        Ok(self.with(|d| d.meeting_count())?)
    }
}

#[uniffi::export]
impl MeetingDirectory {
    /// Starts downloading and loading every source on a background thread and returns at
    /// once. Searches keep working meanwhile (the sync writes, searches read). Progress goes
    /// to `listener`; the returned [`SyncTask`] stops the sync or waits for its results.
    pub fn start_sync(&self, listener: Option<Arc<dyn SyncListener>>) -> Result<Arc<SyncTask>> {
        let (tx, done) = watch::channel(None);
        let options = SyncOptions {
            listener: listener.map(|l| {
                Arc::new(ListenerBridge(l)) as Arc<dyn waymark_core::directory::SyncListener>
            }),
            ..SyncOptions::default()
        };
        let task = self.with(|d| {
            d.start_sync(options, crate::error::app_message, move |end| {
                // Nobody waiting is fine: the results are also in `sources()`.
                let _ = tx.send(Some(ended(end)));
            })
        })?;
        Ok(Arc::new(SyncTask { task, done }))
    }
}

/// How the core's end of a sync reaches the app.
fn ended(end: &SyncEnd) -> Result<Vec<SourceSyncResult>> {
    match end {
        SyncEnd::Finished(results) => Ok(results.clone()),
        SyncEnd::Stopped => Err(WaymarkError::from(waymark_core::Error::Fetch(
            waymark_core::support::fetch::FetchError::Cancelled,
        ))),
        SyncEnd::Failed { kind, message } => Err(WaymarkError::of_kind(*kind, message.clone())),
    }
}

/// Problem reports written while offline (the Meeting screen's "report a problem").
#[uniffi::export]
impl MeetingDirectory {
    /// Keeps a problem report about meeting `id` until the app can open its link (when
    /// online), and returns it, its recipient worded in the app's language
    /// ([`crate::error::set_app_locale`]). Fails when the listing names no one to report to, or when
    /// too many are already waiting.
    pub fn queue_report(
        &self,
        id: String,
    ) -> Result<waymark_core::directory::share::PendingReport> {
        Ok(self.with(|d| d.queue_report(&id, chrono::Utc::now(), crate::error::app_words()))?)
    }

    /// The problem reports waiting to be opened, oldest first, worded in the app's language.
    pub fn pending_reports(&self) -> Result<Vec<waymark_core::directory::share::PendingReport>> {
        Ok(self.with(|d| d.pending_reports(crate::error::app_words()))?)
    }

    /// Forgets report `id` once its link has been opened; false when there was none.
    pub fn report_sent(&self, id: i64) -> Result<bool> {
        Ok(self.with(|d| d.report_sent(id))?)
    }
}

/// Areas from a relay: every fellowship's meetings near a place, and online ones, arriving as
/// signed tiles at each sync (`start_sync`), with no feed address to know.
#[uniffi::export]
impl MeetingDirectory {
    /// The first-run and areas screen: a welcome with the ways in (use my location once,
    /// choose on a map, add a feed) when nothing is set up, else the areas and feeds with how
    /// many meetings and how fresh, in `options.locale`.
    pub fn areas_screen(
        &self,
        options: waymark_core::screens::MeetingsOptions,
    ) -> waymark_core::screens::AreasState {
        self.with(|d| waymark_core::screens::areas_state(d, &options))
    }

    /// Subscribes to the relay's tiles covering `radius_km` (at most 200) around `center`,
    /// and to its online pack, pinning the relay's `public_key` (`waymark-relay-v1:…`). Only
    /// the tile ids are kept, never the point. The meetings arrive at the next sync.
    pub fn add_area(
        &self,
        relay: String,
        public_key: String,
        center: GeoPoint,
        radius_km: f64,
        label: Option<String>,
    ) -> Result<Area> {
        Ok(self.with(|d| d.add_area(&relay, &public_key, center, radius_km, label.as_deref()))?)
    }

    /// The areas on this phone, oldest first.
    pub fn areas(&self) -> Result<Vec<Area>> {
        Ok(self.with(|d| d.areas())?)
    }

    /// Removes an area; meetings only it covered leave at once, with no network.
    pub fn remove_area(&self, id: i64) -> Result<()> {
        Ok(self.with(|d| d.remove_area(id))?)
    }

    /// Where the relays' meetings come from, each with a line for `now` such as "Updated 3 h
    /// ago from AA Orange County".
    pub fn relay_sources(&self, now: SystemTime) -> Result<Vec<RelaySource>> {
        Ok(self.with(|d| d.relay_sources(utc(now)))?)
    }
}
