//! The meeting directory: sources, background sync with progress and cancel, offline search.

use std::sync::{Arc, Mutex};

use waymark_core::directory::details::MeetingDetails;
use waymark_core::directory::search::MeetingListItem;
use waymark_core::directory::search::{AttendanceFilter, SortOrder};
use waymark_core::directory::{NewSource, SourceSyncResult, SyncEnd, SyncOptions, SyncPhase};
use waymark_core::{ErrorKind, GeoPoint, Source};

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
            .map_err(|_| WaymarkError::Other {
                message: "the sync stopped unexpectedly; the meetings you had are kept".into(),
            })?;
        ended.clone().unwrap_or_else(|| {
            Err(WaymarkError::Other {
                message: "the sync ended without a result".into(),
            })
        })
    }
}

/// What to look for. Every field is optional; the default lists the soonest 50 meetings.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct MeetingQuery {
    /// The moment to search at; now when absent.
    #[uniffi(default)]
    pub at: Option<std::time::SystemTime>,
    /// The viewer's IANA zone, for "your time" (the device's zone); UTC when absent.
    #[uniffi(default)]
    pub viewer_timezone: Option<String>,
    /// Only meetings running now (or started within the last 10 minutes).
    #[uniffi(default)]
    pub in_progress: bool,
    /// Meetings starting within this many minutes.
    #[uniffi(default)]
    pub upcoming_minutes: Option<u32>,
    /// Meeting-local weekdays, 0 = Sunday … 6 = Saturday.
    #[uniffi(default)]
    pub weekdays: Vec<u32>,
    /// Earliest meeting-local start, minutes after midnight (with `start_to_minute`; a range
    /// whose start is after its end wraps past midnight).
    #[uniffi(default)]
    pub start_from_minute: Option<u32>,
    /// Latest meeting-local start, minutes after midnight.
    #[uniffi(default)]
    pub start_to_minute: Option<u32>,
    /// Centre of a distance search.
    #[uniffi(default)]
    pub near: Option<GeoPoint>,
    /// Radius around `near` in km (25 when absent).
    #[uniffi(default)]
    pub radius_km: Option<f64>,
    /// Type codes the meeting must all have (`O`, `C`, `W`…).
    #[uniffi(default)]
    pub types: Vec<String>,
    /// Program slug.
    #[uniffi(default)]
    pub program: Option<String>,
    /// In person, online or hybrid.
    #[uniffi(default)]
    pub attendance: Option<AttendanceFilter>,
    /// Language (ISO 639-1).
    #[uniffi(default)]
    pub language: Option<String>,
    /// Region name, any level.
    #[uniffi(default)]
    pub region: Option<String>,
    /// Free text (accents and case ignored; words match as prefixes).
    #[uniffi(default)]
    pub text: Option<String>,
    /// Include venues marked temporarily closed.
    #[uniffi(default)]
    pub include_closed: bool,
    /// Order (distance when `near` is given, otherwise soonest).
    #[uniffi(default)]
    pub sort: Option<SortOrder>,
    /// Most results (50 when absent).
    #[uniffi(default)]
    pub limit: Option<u32>,
    /// Language for type names (English when absent).
    #[uniffi(default)]
    pub type_language: Option<String>,
    /// Only these meeting ids (for "my meetings" and a detail screen).
    #[uniffi(default)]
    pub ids: Vec<String>,
    /// Unit of the distance each result words (km when absent; pick with the device's
    /// region: miles in the US, UK, Liberia and Myanmar).
    #[uniffi(default)]
    pub distance_unit: Option<waymark_core::DistanceUnit>,
}

impl MeetingQuery {
    fn into_core(self) -> Result<waymark_core::MeetingQuery> {
        let start_between = match (self.start_from_minute, self.start_to_minute) {
            (Some(a), Some(b)) => Some((a, b)),
            (None, None) => None,
            _ => {
                return Err(WaymarkError::InvalidInput {
                    message: "give both ends of the start-time range".into(),
                })
            }
        };
        let weekdays =
            self.weekdays
                .iter()
                .map(|&d| {
                    u8::try_from(d).ok().filter(|d| *d <= 6).ok_or_else(|| {
                        WaymarkError::InvalidInput {
                            message: format!("weekdays are 0 (Sunday) to 6 (Saturday), not {d}"),
                        }
                    })
                })
                .collect::<Result<Vec<u8>>>()?;
        Ok(waymark_core::MeetingQuery {
            at: self.at.map(utc),
            viewer_timezone: self.viewer_timezone,
            in_progress: self.in_progress,
            upcoming_minutes: self.upcoming_minutes,
            weekdays,
            start_between,
            near: self.near,
            radius_km: self.radius_km,
            types: self.types,
            program: self.program,
            attendance: self.attendance,
            language: self.language,
            region: self.region,
            text: self.text,
            include_closed: self.include_closed,
            sort: self.sort.unwrap_or_default(),
            limit: self.limit.map(|l| l as usize),
            type_language: self.type_language,
            ids: self.ids,
            distance_unit: self.distance_unit.unwrap_or_default(),
        })
    }
}

/// The meeting directory on the phone: one SQLite file, usable with no network.
#[derive(uniffi::Object)]
pub struct MeetingDirectory {
    inner: Mutex<waymark_core::Directory>,
}

impl MeetingDirectory {
    pub(crate) fn with<T>(&self, f: impl FnOnce(&waymark_core::Directory) -> T) -> T {
        f(&self.inner.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

#[uniffi::export]
impl MeetingDirectory {
    /// Opens (creating if needed) the directory file at `path`.
    #[uniffi::constructor]
    pub fn open(path: String) -> Result<Arc<Self>> {
        let inner = waymark_core::Directory::open(&path)?;
        Ok(Arc::new(Self {
            inner: Mutex::new(inner),
        }))
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

    /// Searches the meetings on the phone. Fast (well under a millisecond near a place) and
    /// offline: fine to call on every keystroke. Each result is what a list row shows;
    /// [`MeetingDirectory::details`] has the rest.
    pub fn search(&self, query: MeetingQuery) -> Result<Vec<MeetingListItem>> {
        let q = query.into_core()?;
        Ok(self
            .with(|d| d.search(&q))?
            .into_iter()
            .map(MeetingListItem::from)
            .collect())
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

    /// How many meetings the directory holds.
    pub fn meeting_count(&self) -> Result<u64> {
        Ok(self.with(|d| d.meeting_count())?)
    }
}

#[uniffi::export]
impl MeetingDirectory {
    /// Starts downloading and loading every source on a background thread and returns at
    /// once. Searches keep working meanwhile (the sync uses its own connection). Progress goes
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
        SyncEnd::Stopped => Err(WaymarkError::Conflict {
            message: crate::error::app_message(&waymark_core::Error::Fetch(
                waymark_core::support::fetch::FetchError::Cancelled,
            )),
        }),
        SyncEnd::Failed { kind, message } => {
            let message = message.clone();
            Err(match kind {
                ErrorKind::Offline | ErrorKind::Timeout => WaymarkError::Offline { message },
                ErrorKind::WrongKey | ErrorKind::WrongPassphrase => {
                    WaymarkError::WrongKey { message }
                }
                ErrorKind::NotFound => WaymarkError::NotFound { message },
                ErrorKind::Other => WaymarkError::Other { message },
                _ => WaymarkError::Conflict { message },
            })
        }
    }
}
