//! What makes a screen live: the object an app holds keeps the screen's inputs and its last
//! state, tells its listeners every new state, and rebuilds by itself when the data under it
//! changes or the clock changes what it shows.
//!
//! Why one engine for every screen: the rules are the same everywhere and easy to get
//! subtly wrong (a lost wake-up, a listener called with a lock held, a rebuild per keystroke
//! of a burst), so they are written and tested once:
//!
//! - Data changes are learnt from the databases themselves ([`Changes`], a commit hook), so
//!   no write path can forget to tell the screens. A screen remembers the counters it has
//!   seen; its own writes while building (the My meetings screen refreshes its copies) count
//!   as seen, so a screen never wakes itself.
//! - A burst of commits makes one rebuild: the screen's thread waits [`SETTLE_MS`] after the
//!   first change, then builds once from whatever is there.
//! - A state equal to the last one delivered is not delivered again.
//! - The clock: each build says when its words next change by time alone (the viewer's
//!   midnight always; a meeting's start or end where the screen shows one); the thread
//!   sleeps until then. A fixed clock (`MeetingsOptions::at`) moves only by `set_time`.
//! - One thread per screen object, only while someone listens; it ends when the last
//!   listener goes or the object is dropped.
//! - Data locks are held only while building; no lock at all while a listener runs, so a
//!   listener may call back into the vault or the screen.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, Weak};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::subscription::{Listeners, Subscription};
use super::MeetingsOptions;
use crate::support::changes::{Changes, Waker, Watch};

/// How long, in milliseconds, a screen waits after a change in its data before it rebuilds,
/// so that a burst of writes (a restore, a sync, an app saving field by field) makes one new
/// state instead of one per write. Short enough that a change looks immediate.
pub const SETTLE_MS: u64 = 40;

/// The longest a listened-to screen sleeps between two looks at the clock.
const LONGEST_SLEEP: StdDuration = StdDuration::from_secs(15 * 60);

/// What one build gives: the state, the change counters it saw (one per feed, in the order
/// the feeds were given), and when the clock alone next changes what it shows.
pub(crate) struct Built<S> {
    pub state: S,
    pub seen: Vec<u64>,
    pub refresh_at: Option<DateTime<Utc>>,
}

/// Builds a screen's state from its input and options at an instant.
pub(crate) type BuildFn<I, S> =
    dyn Fn(&I, &MeetingsOptions, DateTime<Utc>) -> Built<S> + Send + Sync;

/// A listener of any screen, as the engine calls it.
pub(crate) type Deliver<S> = dyn Fn(S) + Send + Sync;

struct Inner<I, S> {
    input: I,
    options: MeetingsOptions,
    generation: u64,
    seen: Vec<u64>,
    state: Option<S>,
    refresh_at: Option<DateTime<Utc>>,
    listeners: Listeners<Deliver<S>>,
    ticking: bool,
    closed: bool,
}

struct Shared<I, S> {
    name: &'static str,
    feeds: Vec<Changes>,
    build: Box<BuildFn<I, S>>,
    inner: Mutex<Inner<I, S>>,
    wake: Condvar,
}

/// A live screen: inputs, last state, listeners and (while anyone listens) a thread.
pub(crate) struct Live<I, S> {
    shared: Arc<Shared<I, S>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<I, S> Waker for Shared<I, S>
where
    I: Send,
    S: Send,
{
    fn wake(&self) {
        // Taking the lock orders this wake after any waiter's check of the counters.
        drop(lock(&self.inner));
        self.wake.notify_all();
    }
}

/// Waits [`SETTLE_MS`] on `wake` with `guard`'s lock let go (less once `waiting` turns
/// false), so a burst of writes makes one rebuild, not one each.
pub(crate) fn settle<'a, T>(
    wake: &Condvar,
    guard: MutexGuard<'a, T>,
    waiting: impl FnMut(&mut T) -> bool,
) -> MutexGuard<'a, T> {
    wake.wait_timeout_while(guard, StdDuration::from_millis(SETTLE_MS), waiting)
        .unwrap_or_else(PoisonError::into_inner)
        .0
}

/// The viewer's next local midnight after `now` (the first instant of the next day when
/// midnight falls in a gap).
pub(crate) fn next_midnight(now: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
    let tomorrow = now.with_timezone(&zone).date_naive() + Duration::days(1);
    let mut t = tomorrow.and_hms_opt(0, 0, 0)?;
    // A zone whose clocks jump at midnight: the day starts at the first minute that exists.
    for _ in 0..=180 {
        if let Some(m) = t.and_local_timezone(zone).earliest() {
            return Some(m.with_timezone(&Utc));
        }
        t += Duration::minutes(1);
    }
    None
}

/// The earlier of two optional instants.
pub(crate) fn earliest(
    a: Option<DateTime<Utc>>,
    b: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

impl<I, S> Live<I, S>
where
    I: Clone + Send + 'static,
    S: Clone + PartialEq + Send + 'static,
{
    /// A screen named `name` (its thread's name) over `feeds`, built by `build`.
    pub(crate) fn new(
        name: &'static str,
        input: I,
        options: MeetingsOptions,
        feeds: Vec<Changes>,
        build: Box<BuildFn<I, S>>,
    ) -> Self {
        let seen = feeds.iter().map(Changes::count).collect();
        Live {
            shared: Arc::new(Shared {
                name,
                feeds,
                build,
                inner: Mutex::new(Inner {
                    input,
                    options,
                    generation: 0,
                    seen,
                    state: None,
                    refresh_at: None,
                    listeners: Listeners::default(),
                    ticking: false,
                    closed: false,
                }),
                wake: Condvar::new(),
            }),
        }
    }

    /// The state now: the last one while it is still right, else built afresh (the first
    /// call; the data changed or the clock passed its refresh time while nobody listened).
    pub(crate) fn state(&self) -> S {
        let current = {
            let inner = lock(&self.shared.inner);
            let stale = self.shared.dirty(&inner)
                || (inner.options.at.is_none()
                    && inner.refresh_at.is_some_and(|t| Utc::now() >= t));
            inner.state.clone().filter(|_| !stale)
        };
        match current {
            Some(s) => s,
            None => self.update(|_, _| {}),
        }
    }

    /// Changes the input or options, builds the new state and tells the listeners.
    pub(crate) fn update(&self, change: impl FnOnce(&mut I, &mut MeetingsOptions)) -> S {
        Shared::update(&self.shared, change)
    }

    /// Tells `listener` the state now and every new one until the subscription goes.
    pub(crate) fn subscribe(&self, listener: Arc<Deliver<S>>) -> Arc<Subscription> {
        self.state();
        let (id, state) = {
            let mut inner = lock(&self.shared.inner);
            let id = inner.listeners.add(Arc::clone(&listener));
            if !inner.ticking {
                inner.ticking = true;
                let weak = Arc::downgrade(&self.shared);
                let started = std::thread::Builder::new()
                    .name(self.shared.name.into())
                    .spawn(move || run(weak));
                if started.is_err() {
                    inner.ticking = false;
                }
            }
            (id, inner.state.clone())
        };
        if let Some(state) = state {
            listener(state);
        }
        let weak = Arc::downgrade(&self.shared);
        Subscription::new(move || {
            if let Some(shared) = weak.upgrade() {
                lock(&shared.inner).listeners.remove(id);
                shared.wake.notify_all();
            }
        })
    }
}

impl<I, S> Drop for Live<I, S> {
    fn drop(&mut self) {
        lock(&self.shared.inner).closed = true;
        self.shared.wake.notify_all();
    }
}

impl<I, S> Shared<I, S>
where
    I: Clone + Send + 'static,
    S: Clone + PartialEq + Send + 'static,
{
    fn update(self: &Arc<Self>, change: impl FnOnce(&mut I, &mut MeetingsOptions)) -> S {
        let (input, options, generation) = {
            let mut guard = lock(&self.inner);
            let inner = &mut *guard;
            change(&mut inner.input, &mut inner.options);
            inner.generation += 1;
            (inner.input.clone(), inner.options.clone(), inner.generation)
        };
        let now = options.at.unwrap_or_else(Utc::now);
        let built = (self.build)(&input, &options, now);
        let refresh_at = earliest(built.refresh_at, next_midnight(now, options.zone()));
        let listeners = {
            let mut inner = lock(&self.inner);
            // A newer event overtook this one: its state is the one to show.
            if inner.generation != generation {
                return built.state;
            }
            let changed = inner.state.as_ref() != Some(&built.state);
            inner.state = Some(built.state.clone());
            inner.seen = built.seen;
            inner.refresh_at = refresh_at;
            if changed {
                inner.listeners.snapshot()
            } else {
                Vec::new()
            }
        };
        self.wake.notify_all();
        for l in listeners {
            l(built.state.clone());
        }
        built.state
    }

    /// Whether a feed moved since the last build.
    fn dirty(&self, inner: &Inner<I, S>) -> bool {
        self.feeds
            .iter()
            .zip(&inner.seen)
            .any(|(f, seen)| f.count() != *seen)
    }
}

/// The screen's own thread while anyone listens: waits for a change in its data or for the
/// clock, then builds again. Ends when the last listener goes or the screen is dropped.
fn run<I, S>(weak: Weak<Shared<I, S>>)
where
    I: Clone + Send + 'static,
    S: Clone + PartialEq + Send + 'static,
{
    let Some(shared) = weak.upgrade() else { return };
    let waker: Arc<dyn Waker> = shared.clone();
    let _watches: Vec<Watch> = shared
        .feeds
        .iter()
        .map(|f| f.watch(Arc::downgrade(&waker)))
        .collect();
    drop(waker);
    drop(shared);
    loop {
        let Some(shared) = weak.upgrade() else { return };
        let mut inner = lock(&shared.inner);
        if inner.listeners.is_empty() || inner.closed {
            inner.ticking = false;
            return;
        }
        let fixed = inner.options.at.is_some();
        let due = (!fixed).then_some(inner.refresh_at).flatten();
        if shared.dirty(&inner) {
            let inner = settle(&shared.wake, inner, |i| {
                !i.closed && !i.listeners.is_empty()
            });
            let go = !inner.closed && !inner.listeners.is_empty() && shared.dirty(&inner);
            drop(inner);
            if go {
                shared.update(|_, _| {});
            }
            continue;
        }
        if due.is_some_and(|d| Utc::now() >= d) {
            drop(inner);
            shared.update(|_, _| {});
            continue;
        }
        let sleep = due
            .map(|d| {
                (d - Utc::now())
                    .to_std()
                    .unwrap_or_default()
                    .clamp(StdDuration::from_millis(50), LONGEST_SLEEP)
            })
            .unwrap_or(LONGEST_SLEEP);
        let generation = inner.generation;
        // Wakes early for a change, a new listener or state, the last listener leaving, or
        // the screen being dropped.
        let (inner, _) = shared
            .wake
            .wait_timeout_while(inner, sleep, |i| {
                !i.closed
                    && !i.listeners.is_empty()
                    && i.generation == generation
                    && !shared.dirty(i)
            })
            .unwrap_or_else(PoisonError::into_inner);
        drop(inner);
    }
}
