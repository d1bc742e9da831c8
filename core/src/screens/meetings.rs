//! The Meetings screen: the next seven days of meetings in sections (happening now, later
//! today, tomorrow, this week), search as you type, filters, and what to say when there is
//! nothing to show.
//!
//! One search over the index gives the rows, soonest first; a meeting's section is decided by
//! its next start in the viewer's own zone, so a meeting at 00:30 after midnight is under
//! "Tomorrow" until midnight passes, and the screen wakes itself then to move it.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, Weak};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::live::settle;
use super::subscription::{Listeners, Subscription};
use super::words::*;
use super::{Badge, Notice, NoticeKind};
use crate::directory::model::Attendance;
use crate::directory::search::{
    AttendanceFilter, DistanceUnit, MeetingQuery, MeetingResult, SearchPage, SortOrder,
    MAX_UPCOMING_MINUTES,
};
use crate::directory::STALE_AFTER_HOURS;
use crate::directory::{types, Directory};
use crate::l10n::{ids, negotiate, Arg, Words};
use crate::support::changes::Waker;
use crate::{GeoPoint, Source};

mod rows;
use rows::{freshness, start_of};
pub(crate) use rows::{meeting_row, next_change};

/// Rows on the screen before "Show more".
pub const PAGE_ROWS: u32 = 50;

/// Longest name a row shows, in graphemes (the accessibility label keeps it whole).
pub const ROW_NAME_GRAPHEMES: usize = 80;

/// How far around the person "Near me" looks, in km.
pub const NEAR_ME_RADIUS_KM: f64 = 25.0;

/// The longest the screen sleeps between two looks at the clock while someone listens.
const LONGEST_SLEEP: StdDuration = StdDuration::from_secs(15 * 60);

/// How the screen is set up: the device's language, zone and (for tests and the CLI's
/// `--at`) a fixed clock.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MeetingsOptions {
    /// The device's locale as the system gives it (`cy-GB`, `en_US.UTF-8`); en-GB when
    /// absent. Its region also picks miles or km.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub locale: Option<String>,
    /// The device's IANA zone; UTC when absent.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub viewer_timezone: Option<String>,
    /// A fixed "now" instead of the clock (tests, the CLI's `--at`); the screen then never
    /// wakes by itself: `set_time` moves it.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub at: Option<DateTime<Utc>>,
}

impl MeetingsOptions {
    /// The viewer's zone; UTC when none is given or it is not an IANA name.
    pub(crate) fn zone(&self) -> Tz {
        self.viewer_timezone
            .as_deref()
            .and_then(|z| z.parse().ok())
            .unwrap_or(Tz::UTC)
    }
}

/// A section of the list.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Running now (or started within the last ten minutes).
    Now,
    /// Starting later today, in the viewer's zone.
    LaterToday,
    /// Starting tomorrow, in the viewer's zone.
    Tomorrow,
    /// Starting in the rest of the next seven days.
    ThisWeek,
}

/// One row: a meeting's next occurrence.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRow {
    /// The meeting's id, for the Meeting screen.
    pub id: String,
    /// Its name, cut to [`ROW_NAME_GRAPHEMES`] on a grapheme boundary.
    pub name: String,
    /// When, in the viewer's zone and words: "now, until 20:30", "in 5 min (18:35)",
    /// "tomorrow 19:30", "Tue 19:30".
    pub when: String,
    /// The venue, else the town, else the address; absent online.
    pub place: Option<String>,
    /// How far, in miles or km by the locale's region ("0.8 mi", "3,2 km"), when "Near me"
    /// is on.
    pub distance: Option<String>,
    /// "Now", "Online", "Online and in person", "Temporarily closed", then the type names.
    pub badges: Vec<Badge>,
    /// What a screen reader says for the row: the whole name, when, where, how far.
    pub accessibility_label: String,
}

/// A titled group of rows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingsSection {
    /// Which section.
    pub kind: SectionKind,
    /// Its heading: "Happening now", "Later today", "Tomorrow", "This week".
    pub heading: String,
    /// Its rows, soonest first; never empty (an empty section is left out).
    pub rows: Vec<MeetingRow>,
}

/// What a filter chip does.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FilterKind {
    /// Meetings you can go to in person (in person or hybrid).
    InPerson,
    /// Meetings you can join online (online or hybrid).
    Online,
    /// Within [`NEAR_ME_RADIUS_KM`] of the person: tapping it asks the app for a location
    /// (then `set_near`).
    NearMe,
    /// A meeting type that is on; tapping it turns it off (`toggle_type` with its code).
    Type,
}

/// A filter the screen offers, with whether it is on.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FilterChip {
    /// What it filters.
    pub kind: FilterKind,
    /// The type code, for [`FilterKind::Type`].
    pub code: Option<String>,
    /// The words on the chip.
    pub label: String,
    /// Whether it is on.
    pub selected: bool,
}

/// An action the Meetings screen offers as a button.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingsAction {
    /// No meetings on the phone: go to the area setup.
    ChooseArea,
    /// Filters or a search are on: `clear_filters`.
    ClearFilters,
    /// Reading failed: `reload`.
    TryAgain,
    /// The meetings are out of date or an update failed: start a sync, then `reload`.
    UpdateNow,
    /// More meetings match than are shown: `show_more`.
    ShowMore,
}

/// A button: what it does and its words.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingsActionItem {
    /// What it does.
    pub action: MeetingsAction,
    /// Its words.
    pub label: String,
}

/// Everything the Meetings screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingsState {
    /// "Meetings".
    pub title: String,
    /// The search text as the person typed it.
    pub search_text: String,
    /// The hint in the empty search field.
    pub search_placeholder: String,
    /// The label of the button that clears the search.
    pub search_clear_label: String,
    /// The filters on offer, and those that are on.
    pub filters: Vec<FilterChip>,
    /// The rows, in sections; empty sections are left out.
    pub sections: Vec<MeetingsSection>,
    /// "12 more meetings match.", when more match than are shown.
    pub more: Option<String>,
    /// What to say instead of or above the rows: nothing on the phone yet, nothing matches,
    /// out of date, an update or a read that failed, how to read the times.
    pub notices: Vec<Notice>,
    /// The buttons on offer.
    pub actions: Vec<MeetingsActionItem>,
    /// What a screen reader says about the whole list ("14 meetings shown.").
    pub accessibility_summary: String,
    /// The locale the screen is worded in (`en-GB`, `en-US`, `cy`, `es`).
    pub locale: String,
    /// When the language asked for is not one Waymark has: which one it shows instead.
    pub locale_note: Option<String>,
    /// When the rows next change by the clock alone (a start, an end, a minute of
    /// "in 5 min", midnight); the screen wakes itself then while anyone listens.
    pub refresh_at: Option<DateTime<Utc>>,
}

/// Hears every new state of a screen. Called on a background thread: hand the state to the
/// UI thread and return quickly.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait MeetingsListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: MeetingsState);
}

/// What the person has set.
#[derive(Debug, Clone, Default)]
struct Filters {
    text: String,
    attendance: Option<AttendanceFilter>,
    types: Vec<String>,
    near: Option<GeoPoint>,
    limit: u32,
}

impl Filters {
    fn any(&self) -> bool {
        !self.text.trim().is_empty()
            || self.attendance.is_some()
            || !self.types.is_empty()
            || self.near.is_some()
    }
}

struct Inner {
    filters: Filters,
    at: Option<DateTime<Utc>>,
    generation: u64,
    state: Option<MeetingsState>,
    listeners: Listeners<dyn MeetingsListener>,
    ticking: bool,
    /// The directory's change count the shown state was read at: when the count moves on (a
    /// sync landed), the screen reads again while anyone listens.
    seen: u64,
}

struct Shared {
    directory: Directory,
    /// The tag as given (its region picks the unit).
    tag: String,
    words: &'static Words,
    locale_note: Option<String>,
    viewer: Tz,
    viewer_name: Option<String>,
    inner: Mutex<Inner>,
    wake: Condvar,
}

/// The Meetings screen. Cheap to make; each event builds the new state at once (a search
/// over the index, a few milliseconds) and tells the listeners.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct MeetingsScreen {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for MeetingsScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MeetingsScreen").finish_non_exhaustive()
    }
}

fn lock(m: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl MeetingsScreen {
    /// The screen over `directory` (a clone: it shares the directory's reader).
    pub fn new(directory: Directory, options: MeetingsOptions) -> Arc<Self> {
        let negotiated = negotiate(options.locale.as_deref().unwrap_or_default());
        let words = Words::get(negotiated.locale);
        let note = negotiated.note.map(|n| n.words(words));
        Self::with_words(directory, options, words, note)
    }

    /// The screen worded by `words` (the pseudo-locale check's, in tests).
    pub(crate) fn with_words(
        directory: Directory,
        options: MeetingsOptions,
        words: &'static Words,
        locale_note: Option<String>,
    ) -> Arc<Self> {
        let tag = options.locale.unwrap_or_default();
        let viewer_name = options.viewer_timezone.filter(|z| z.parse::<Tz>().is_ok());
        Arc::new(MeetingsScreen {
            shared: Arc::new(Shared {
                directory,
                locale_note,
                words,
                viewer: viewer_name
                    .as_deref()
                    .and_then(|z| z.parse().ok())
                    .unwrap_or(Tz::UTC),
                viewer_name,
                tag,
                inner: Mutex::new(Inner {
                    filters: Filters {
                        limit: PAGE_ROWS,
                        ..Filters::default()
                    },
                    at: options.at,
                    generation: 0,
                    state: None,
                    listeners: Listeners::default(),
                    ticking: false,
                    seen: 0,
                }),
                wake: Condvar::new(),
            }),
        })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl MeetingsScreen {
    /// The state now (built on first call).
    pub fn state(&self) -> MeetingsState {
        let current = lock(&self.shared.inner).state.clone();
        match current {
            Some(s) => s,
            None => self.shared.update(|_| {}),
        }
    }

    /// The person typed: `text` is the whole search field. Words match as prefixes, accents
    /// and case ignored.
    pub fn set_search(&self, text: String) -> MeetingsState {
        self.shared.update(|f| {
            f.text = text;
            f.limit = PAGE_ROWS;
        })
    }

    /// "In person" or "Online" on, or neither (`None`).
    pub fn set_attendance(&self, attendance: Option<AttendanceFilter>) -> MeetingsState {
        self.shared.update(|f| {
            f.attendance = attendance;
            f.limit = PAGE_ROWS;
        })
    }

    /// Turns a meeting type on or off (a code such as `W`, `O`).
    pub fn toggle_type(&self, code: String) -> MeetingsState {
        self.shared.update(|f| {
            let code = code.trim().to_ascii_uppercase();
            if let Some(i) = f.types.iter().position(|c| *c == code) {
                f.types.remove(i);
            } else if !code.is_empty() {
                f.types.push(code);
            }
            f.limit = PAGE_ROWS;
        })
    }

    /// "Near me" on at `near` (the device's location), or off (`None`).
    pub fn set_near(&self, near: Option<GeoPoint>) -> MeetingsState {
        self.shared.update(|f| {
            f.near = near;
            f.limit = PAGE_ROWS;
        })
    }

    /// Every filter and the search off.
    pub fn clear_filters(&self) -> MeetingsState {
        self.shared.update(|f| {
            *f = Filters {
                limit: PAGE_ROWS,
                ..Filters::default()
            }
        })
    }

    /// [`PAGE_ROWS`] more rows.
    pub fn show_more(&self) -> MeetingsState {
        self.shared
            .update(|f| f.limit = f.limit.saturating_add(PAGE_ROWS).min(10 * PAGE_ROWS))
    }

    /// Reads the meetings again. While anyone listens, a write to the directory through this
    /// process (a sync, a source added or removed) shows by itself; call this when the app
    /// comes back to the front, or after another process changed the file.
    pub fn reload(&self) -> MeetingsState {
        self.shared.update(|_| {})
    }

    /// Moves a fixed clock (see [`MeetingsOptions::at`]) to `at`, or back to the real clock
    /// (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> MeetingsState {
        self.shared.update_clock(at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn MeetingsListener>) -> Arc<Subscription> {
        let state = self.state();
        let id = {
            let mut inner = lock(&self.shared.inner);
            let id = inner.listeners.add(Arc::clone(&listener));
            if !inner.ticking {
                inner.ticking = true;
                let weak = Arc::downgrade(&self.shared);
                std::thread::Builder::new()
                    .name("waymark-meetings-clock".into())
                    .spawn(move || tick(weak))
                    .map_err(|_| inner.ticking = false)
                    .ok();
            }
            id
        };
        listener.on_state(state);
        let weak = Arc::downgrade(&self.shared);
        Subscription::new(move || {
            if let Some(shared) = weak.upgrade() {
                lock(&shared.inner).listeners.remove(id);
                shared.wake.notify_all();
            }
        })
    }
}

/// The screen's clock while anyone listens: sleeps until the rows next change, then builds
/// the state again. Ends when the last listener goes or the screen is dropped.
fn tick(weak: Weak<Shared>) {
    // Woken by every commit to the directory (a sync, a source added or removed) while this
    // thread runs; the watch ends with it.
    let _watch = {
        let Some(shared) = weak.upgrade() else { return };
        let waker: Arc<dyn Waker> = shared.clone();
        shared.directory.changes().watch(Arc::downgrade(&waker))
    };
    loop {
        let Some(shared) = weak.upgrade() else { return };
        let mut inner = lock(&shared.inner);
        if inner.listeners.is_empty() {
            inner.ticking = false;
            return;
        }
        if shared.dirty(&inner) {
            // Let a sync's burst of commits finish: one new state for all of them.
            let inner = settle(&shared.wake, inner, |i| !i.listeners.is_empty());
            let go = !inner.listeners.is_empty() && shared.dirty(&inner);
            drop(inner);
            if go {
                shared.update(|_| {});
            }
            continue;
        }
        let due = match (inner.at, inner.state.as_ref().and_then(|s| s.refresh_at)) {
            (None, Some(at)) => Some(at),
            (None, None) => {
                Some(Utc::now() + Duration::from_std(LONGEST_SLEEP).unwrap_or_default())
            }
            // A fixed clock moves only by `set_time`.
            (Some(_), _) => None,
        };
        let sleep = due
            .map(|d| {
                (d - Utc::now())
                    .to_std()
                    .unwrap_or_default()
                    .clamp(StdDuration::from_millis(200), LONGEST_SLEEP)
            })
            .unwrap_or(LONGEST_SLEEP);
        let generation = inner.generation;
        let (mut inner, _) = shared
            .wake
            .wait_timeout(inner, sleep)
            .unwrap_or_else(PoisonError::into_inner);
        if inner.listeners.is_empty() {
            inner.ticking = false;
            return;
        }
        if shared.dirty(&inner) {
            continue;
        }
        let now_due = inner.at.is_none() && due.is_some_and(|d| Utc::now() >= d);
        // An event built a newer state meanwhile: look at its time instead.
        if now_due && inner.generation == generation {
            drop(inner);
            shared.update(|_| {});
        }
    }
}

impl Waker for Shared {
    fn wake(&self) {
        // Taking the lock orders this wake after the clock thread's check of the counter.
        drop(lock(&self.inner));
        self.wake.notify_all();
    }
}

impl Shared {
    /// Applies a change, builds the state outside the lock, and publishes it unless a newer
    /// event overtook it (a keystroke typed while the last one was searching).
    fn update(&self, change: impl FnOnce(&mut Filters)) -> MeetingsState {
        let (filters, at, generation) = {
            let mut inner = lock(&self.inner);
            change(&mut inner.filters);
            inner.generation += 1;
            (inner.filters.clone(), inner.at, inner.generation)
        };
        self.publish(filters, at, generation)
    }

    /// The directory changed since the shown state was read.
    fn dirty(&self, inner: &Inner) -> bool {
        self.directory.changes().count() != inner.seen
    }

    fn update_clock(&self, at: Option<DateTime<Utc>>) -> MeetingsState {
        let (filters, generation) = {
            let mut inner = lock(&self.inner);
            inner.at = at;
            inner.generation += 1;
            (inner.filters.clone(), inner.generation)
        };
        self.wake.notify_all();
        self.publish(filters, at, generation)
    }

    fn publish(
        &self,
        filters: Filters,
        at: Option<DateTime<Utc>>,
        generation: u64,
    ) -> MeetingsState {
        // Read before the build: a commit landing during it makes the screen read again.
        let seen = self.directory.changes().count();
        let state = self.build(&filters, at.unwrap_or_else(Utc::now));
        let listeners = {
            let mut inner = lock(&self.inner);
            if inner.generation != generation {
                return state;
            }
            inner.seen = seen;
            inner.state = Some(state.clone());
            inner.listeners.snapshot()
        };
        self.wake.notify_all();
        for l in listeners {
            l.on_state(state.clone());
        }
        state
    }

    fn query(&self, f: &Filters, now: DateTime<Utc>) -> MeetingQuery {
        let text = f.text.trim();
        MeetingQuery {
            at: Some(now),
            viewer_timezone: self.viewer_name.clone(),
            in_progress: true,
            upcoming_minutes: Some(MAX_UPCOMING_MINUTES),
            near: f.near,
            radius_km: f.near.map(|_| NEAR_ME_RADIUS_KM),
            types: f.types.clone(),
            attendance: f.attendance,
            text: (!text.is_empty()).then(|| text.to_string()),
            sort: Some(SortOrder::Soonest),
            limit: Some(f.limit),
            type_language: Some(self.words.locale().language().to_string()),
            distance_unit: Some(DistanceUnit::for_locale(&self.tag)),
            locale: Some(self.words.locale().tag().to_string()),
            ..MeetingQuery::default()
        }
    }

    fn build(&self, f: &Filters, now: DateTime<Utc>) -> MeetingsState {
        let w = self.words;
        let mut state = MeetingsState {
            title: w.text(MEETINGS_TITLE, &[]),
            search_text: f.text.clone(),
            search_placeholder: w.text(MEETINGS_SEARCH_PLACEHOLDER, &[]),
            search_clear_label: w.text(MEETINGS_SEARCH_CLEAR, &[]),
            filters: self.chips(f),
            sections: Vec::new(),
            more: None,
            notices: Vec::new(),
            actions: Vec::new(),
            accessibility_summary: String::new(),
            locale: w.locale().tag().to_string(),
            locale_note: self.locale_note.clone(),
            refresh_at: None,
        };
        let action = |action: MeetingsAction, id: &str| MeetingsActionItem {
            action,
            label: w.text(id, &[]),
        };
        // Every value in these notices is a number: worded without isolation marks.
        let notice =
            |kind: NoticeKind, title: Option<&str>, id: &str, args: &[(&str, Arg)]| Notice {
                kind,
                title: title.map(|t| w.text(t, &[])),
                message: w.own(id, args),
            };
        let read = self
            .directory
            .sources()
            .and_then(|s| Ok((self.directory.search_page(&self.query(f, now))?, s)));
        let (page, sources) = match read {
            Ok(r) => r,
            Err(_) => {
                // Nothing half-shown: a read that failed shows no rows and a way to retry.
                state
                    .notices
                    .push(notice(NoticeKind::Error, None, MEETINGS_ERROR, &[]));
                state
                    .actions
                    .push(action(MeetingsAction::TryAgain, ACTION_TRY_AGAIN));
                state.accessibility_summary = state.notices[0].message.clone();
                return state;
            }
        };
        if sources.is_empty() {
            state.notices.push(notice(
                NoticeKind::Empty,
                Some(MEETINGS_EMPTY_SETUP_TITLE),
                MEETINGS_EMPTY_SETUP,
                &[],
            ));
            state
                .actions
                .push(action(MeetingsAction::ChooseArea, ACTION_CHOOSE_AREA));
            state.accessibility_summary = w.text(MEETINGS_EMPTY_SETUP_TITLE, &[]);
            return state;
        }
        if let Some(n) = freshness(&sources, now, w) {
            state.notices.push(n);
            state
                .actions
                .push(action(MeetingsAction::UpdateNow, ACTION_UPDATE_NOW));
        }
        let shown = page.results.len();
        self.sections(&page, now, &mut state);
        if shown == 0 {
            if f.any() {
                state.notices.push(notice(
                    NoticeKind::Empty,
                    Some(MEETINGS_EMPTY_MATCH_TITLE),
                    MEETINGS_EMPTY_MATCH,
                    &[],
                ));
            } else {
                state
                    .notices
                    .push(notice(NoticeKind::Empty, None, MEETINGS_EMPTY_WEEK, &[]));
            }
            if page.closed_left_out > 0 {
                let n = i64::try_from(page.closed_left_out).unwrap_or(i64::MAX);
                state.notices.push(notice(
                    NoticeKind::Info,
                    None,
                    MEETINGS_EMPTY_CLOSED,
                    &[("count", Arg::Number(n))],
                ));
            }
        }
        if page.results.iter().any(|r| !r.timezone_known) {
            state
                .notices
                .push(notice(NoticeKind::Info, None, MEETINGS_ZONE_NOTE, &[]));
        }
        if page.results.iter().any(|r| r.timezone_derived) {
            state
                .notices
                .push(notice(NoticeKind::Info, None, MEETINGS_DERIVED_NOTE, &[]));
        }
        if page.more > 0 || !page.more_exact {
            state.more = Some(if page.more_exact {
                let n = i64::try_from(page.more).unwrap_or(i64::MAX);
                w.own(MEETINGS_MORE, &[("count", Arg::Number(n))])
            } else {
                w.text(MEETINGS_MORE_AT_LEAST, &[])
            });
            if f.limit < 10 * PAGE_ROWS {
                state
                    .actions
                    .push(action(MeetingsAction::ShowMore, MEETINGS_SHOW_MORE));
            }
        }
        if f.any() {
            state
                .actions
                .push(action(MeetingsAction::ClearFilters, ACTION_CLEAR_FILTERS));
        }
        let count = i64::try_from(shown).unwrap_or(i64::MAX);
        state.accessibility_summary = w.own(MEETINGS_SUMMARY, &[("count", Arg::Number(count))]);
        state.refresh_at = next_change(&page.results, now, self.viewer);
        state
    }

    fn chips(&self, f: &Filters) -> Vec<FilterChip> {
        let w = self.words;
        let chip = |kind, id: &str, selected| FilterChip {
            kind,
            code: None,
            label: w.text(id, &[]),
            selected,
        };
        let mut chips = vec![
            chip(
                FilterKind::InPerson,
                MEETINGS_FILTER_IN_PERSON,
                f.attendance == Some(AttendanceFilter::InPerson),
            ),
            chip(
                FilterKind::Online,
                MEETINGS_FILTER_ONLINE,
                f.attendance == Some(AttendanceFilter::Online),
            ),
            chip(
                FilterKind::NearMe,
                MEETINGS_FILTER_NEAR_ME,
                f.near.is_some(),
            ),
        ];
        let language = w.locale().language();
        chips.extend(f.types.iter().map(|code| FilterChip {
            kind: FilterKind::Type,
            code: Some(code.clone()),
            label: w.own(
                MEETINGS_FILTER_TYPE,
                &[("name", Arg::Text(&types::type_name(code, language)))],
            ),
            selected: true,
        }));
        chips
    }

    fn sections(&self, page: &SearchPage, now: DateTime<Utc>, state: &mut MeetingsState) {
        let w = self.words;
        let today = now.with_timezone(&self.viewer).date_naive();
        let mut sections: Vec<MeetingsSection> = Vec::new();
        for r in &page.results {
            let kind = if r.in_progress {
                SectionKind::Now
            } else {
                match start_of(r).map(|s| s.with_timezone(&self.viewer).date_naive()) {
                    Some(d) if d <= today => SectionKind::LaterToday,
                    Some(d) if d == today + Duration::days(1) => SectionKind::Tomorrow,
                    _ => SectionKind::ThisWeek,
                }
            };
            let row = meeting_row(self.words, r);
            match sections.iter_mut().find(|s| s.kind == kind) {
                Some(s) => s.rows.push(row),
                None => sections.push(MeetingsSection {
                    kind,
                    heading: w.text(
                        match kind {
                            SectionKind::Now => MEETINGS_SECTION_NOW,
                            SectionKind::LaterToday => MEETINGS_SECTION_LATER_TODAY,
                            SectionKind::Tomorrow => MEETINGS_SECTION_TOMORROW,
                            SectionKind::ThisWeek => MEETINGS_SECTION_THIS_WEEK,
                        },
                        &[],
                    ),
                    rows: vec![row],
                }),
            }
        }
        sections.sort_by_key(|s| s.kind as u8);
        state.sections = sections;
    }
}
