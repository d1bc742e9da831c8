//! The meeting directory: sources, background sync with progress and cancel, offline search.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use waymark_core::directory::details::MeetingDetails;
use waymark_core::directory::search::{AttendanceFilter, SortOrder};
use waymark_core::directory::{NewSource, SyncOptions, SyncPhase};
use waymark_core::{GeoPoint, MeetingResult};

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
/// background, the person tapped stop) and to wait for the results. Nothing of a cancelled
/// import is written; the meetings from before stay.
#[derive(uniffi::Object)]
pub struct SyncTask {
    cancel: waymark_core::directory::CancelHandle,
    done: watch::Receiver<Option<Result<Vec<SourceSyncResult>>>>,
}

#[uniffi::export(async_runtime = "tokio")]
impl SyncTask {
    /// Asks the sync to stop soon (between download chunks and before anything is written).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// Whether [`SyncTask::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
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

/// A feed the directory reads from, and how its last sync went.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SourceInfo {
    /// Short stable id (the prefix of its meetings' ids).
    pub id: String,
    /// Display name.
    pub name: String,
    /// File path or URL.
    pub location: String,
    /// Program slug (`aa`, `na`, `al-anon`…).
    pub program: String,
    /// Meetings in the current copy.
    pub meeting_count: u64,
    /// When it was last loaded (RFC 3339), if ever.
    pub last_success: Option<String>,
    /// Why the last attempt failed, in plain words, if it did.
    pub last_error: Option<String>,
    /// When a background sync should try again after a failure (RFC 3339).
    pub next_retry: Option<String>,
    /// Never loaded, or last loaded more than two days ago: show the data as possibly old.
    pub stale: bool,
}

impl From<waymark_core::Source> for SourceInfo {
    fn from(s: waymark_core::Source) -> Self {
        Self {
            id: s.id,
            name: s.name,
            location: s.location,
            program: s.program,
            meeting_count: s.meeting_count,
            last_success: s.last_success,
            last_error: s.last_error,
            next_retry: s.next_retry,
            stale: s.stale,
        }
    }
}

/// How one source's sync went.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SourceSyncResult {
    /// The source after the attempt.
    pub source: SourceInfo,
    /// True when the source's meetings were loaded (or were already current).
    pub ok: bool,
    /// Meetings added, changed and removed by this sync.
    pub added: u64,
    /// Meetings changed.
    pub updated: u64,
    /// Meetings removed.
    pub removed: u64,
    /// Why it failed, in plain words, when `ok` is false (the previous meetings are kept).
    pub error: Option<String>,
    /// The same failure as the error an app reacts to (offline, conflict…).
    pub error_kind: Option<String>,
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
        })
    }
}

/// One row of a meeting list: what the Meetings screen shows, and no more, so that fifty of
/// them cross into Kotlin or Swift quickly. The Meeting screen asks for
/// [`MeetingDirectory::details`], which has everything (the full [`MeetingResult`] included).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MeetingListItem {
    /// Stable meeting id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Type names in the requested language ("Open", "Women").
    pub type_names: Vec<String>,
    /// In person, online or hybrid.
    pub attendance: waymark_core::directory::model::Attendance,
    /// The venue is marked temporarily closed.
    pub temporarily_closed: bool,
    /// False when the meeting's zone is unknown and the viewer's was assumed.
    pub timezone_known: bool,
    /// By appointment: no times.
    pub by_appointment: bool,
    /// Meeting-local weekday of this occurrence ("Tuesday").
    pub local_day: Option<String>,
    /// Meeting-local start, `HH:MM`.
    pub local_start: Option<String>,
    /// Meeting-local end, `HH:MM` (may be after midnight).
    pub local_end: Option<String>,
    /// Viewer-local weekday.
    pub viewer_day: Option<String>,
    /// Viewer-local start, `HH:MM`.
    pub viewer_time: Option<String>,
    /// Running now (or started within the last 10 minutes).
    pub in_progress: bool,
    /// Minutes from the search instant to the start (negative once started).
    pub starts_in_minutes: Option<i64>,
    /// Building or landmark.
    pub location_name: Option<String>,
    /// Distance from the search point, km.
    pub distance_km: Option<f64>,
    /// Latitude, for a map.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// Other sources listing the same meeting (shown once).
    pub also_listed_as: Vec<String>,
}

impl From<MeetingResult> for MeetingListItem {
    fn from(r: MeetingResult) -> Self {
        Self {
            id: r.id,
            name: r.name,
            type_names: r.type_names,
            attendance: r.attendance,
            temporarily_closed: r.temporarily_closed,
            timezone_known: r.timezone_known,
            by_appointment: r.by_appointment,
            local_day: r.local_day,
            local_start: r.local_start,
            local_end: r.local_end,
            viewer_day: r.viewer_day,
            viewer_time: r.viewer_time,
            in_progress: r.in_progress,
            starts_in_minutes: r.starts_in_minutes,
            location_name: r.location_name,
            distance_km: r.distance_km,
            latitude: r.latitude,
            longitude: r.longitude,
            also_listed_as: r.also_listed_as,
        }
    }
}

/// The meeting directory on the phone: one SQLite file, usable with no network.
#[derive(uniffi::Object)]
pub struct MeetingDirectory {
    path: PathBuf,
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
            path: PathBuf::from(path),
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
    ) -> Result<SourceInfo> {
        let source = self.with(|d| {
            d.add_source(NewSource {
                location,
                name,
                program,
                timezone,
                ..NewSource::default()
            })
        })?;
        Ok(source.into())
    }

    /// Every source and how its last sync went.
    pub fn sources(&self) -> Result<Vec<SourceInfo>> {
        Ok(self
            .with(|d| d.sources())?
            .into_iter()
            .map(SourceInfo::from)
            .collect())
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
        let cancel = waymark_core::directory::CancelHandle::default();
        let (tx, done) = watch::channel(None);
        let path = self.path.clone();
        let options = SyncOptions {
            accept_shrink: false,
            listener: listener.map(|l| {
                Arc::new(ListenerBridge(l)) as Arc<dyn waymark_core::directory::SyncListener>
            }),
            cancel: cancel.clone(),
        };
        std::thread::Builder::new()
            .name("waymark-sync".into())
            .spawn(move || {
                let result = sync_all(&path, &options);
                // Nobody waiting is fine: the results are also in `sources()`.
                let _ = tx.send(Some(result));
            })
            .map_err(|e| WaymarkError::Other {
                message: format!("could not start the sync: {e}"),
            })?;
        Ok(Arc::new(SyncTask { cancel, done }))
    }
}

/// The whole sync, on the sync thread (the core opens its own connection for it).
fn sync_all(path: &std::path::Path, options: &SyncOptions) -> Result<Vec<SourceSyncResult>> {
    let results = waymark_core::Directory::sync_all_at(path, options)?;
    Ok(results
        .into_iter()
        .map(|(source, r)| match r {
            Ok(rep) => SourceSyncResult {
                source: source.into(),
                ok: true,
                added: rep.added,
                updated: rep.updated,
                removed: rep.removed,
                error: None,
                error_kind: None,
            },
            Err(e) => SourceSyncResult {
                source: source.into(),
                ok: false,
                added: 0,
                updated: 0,
                removed: 0,
                error_kind: Some(e.kind().to_string()),
                error: Some(crate::error::app_message(&e)),
            },
        })
        .collect())
}
