//! The screen objects an app holds for the vault's screens (Journal, Sobriety dates, People
//! to call, Settings, My meetings, Reminders, Rides) and the Areas screen, each with its
//! listener.
//!
//! Why objects as well as the `*_state` functions: a phone screen stays open while things
//! change under it (an entry saved from a widget, a sync finishing, midnight turning
//! "Today" into "Yesterday"). The object keeps the screen's inputs (search text, the
//! platform's facts), rebuilds on its own when the vault or the directory commits a change
//! or the clock changes its words, and tells its listeners (see `super::live` for the
//! rules). The `*_state` functions stay: the CLI prints one state and exits, and each
//! object builds its states with them, so both always show the same thing.

use std::collections::HashSet;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};

use super::live::{Built, Live};
use super::subscription::Subscription;
use super::{
    areas_state, journal_state, my_meetings_state, people_state, reminders_state, rides_state,
    settings_state, sobriety_state, AreasState, JournalState, JournalView, MeetingsOptions,
    MyMeetingsState, PeopleState, ReminderFacts, RemindersState, RidesContext, RidesState,
    SettingsState, SobrietyState,
};
use crate::directory::Directory;
use crate::vault::Vault;

/// The vault as the screen objects share it with the app: one connection behind one lock,
/// taken only while a state is built.
pub type SharedVault = Arc<Mutex<Vault>>;

fn lock_vault(vault: &Mutex<Vault>) -> MutexGuard<'_, Vault> {
    vault.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `f` on the vault and reads its change counter before letting go, so the screen's own
/// writes while building (My meetings refreshes its copies) count as seen.
fn with_vault<T>(vault: &Mutex<Vault>, f: impl FnOnce(&mut Vault) -> T) -> (T, u64) {
    let mut v = lock_vault(vault);
    let t = f(&mut v);
    let seen = v.changes().count();
    (t, seen)
}

/// `options` at the instant the engine chose, so one build reads one "now".
fn at(options: &MeetingsOptions, now: DateTime<Utc>) -> MeetingsOptions {
    MeetingsOptions {
        at: Some(now),
        ..options.clone()
    }
}

/// A screen over the vault alone whose state needs nothing but the options.
fn vault_only<S: Clone + PartialEq + Send + 'static>(
    name: &'static str,
    vault: SharedVault,
    options: MeetingsOptions,
    state: fn(&Vault, &MeetingsOptions) -> S,
) -> Live<(), S> {
    let feed = lock_vault(&vault).changes().clone();
    Live::new(
        name,
        (),
        options,
        vec![feed],
        Box::new(move |_: &(), o: &MeetingsOptions, now| {
            let (state, seen) = with_vault(&vault, |v| state(v, &at(o, now)));
            Built {
                state,
                seen: vec![seen],
                refresh_at: None,
            }
        }),
    )
}

/// Hears every new state of the Journal screen. Called on a background thread: hand the
/// state to the UI thread and return quickly. It may call back into the vault.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait JournalListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: JournalState);
}

/// The Journal screen as an object: search as you type, a kind filter, the trash; a new
/// state after every change to the journal and at the viewer's midnight ("Today" becomes
/// "Yesterday").
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct JournalScreen {
    live: Live<JournalView, JournalState>,
}

impl std::fmt::Debug for JournalScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalScreen").finish_non_exhaustive()
    }
}

impl JournalScreen {
    /// The screen over `vault`, showing `view`.
    pub fn new(vault: SharedVault, view: JournalView, options: MeetingsOptions) -> Arc<Self> {
        let feed = lock_vault(&vault).changes().clone();
        let live = Live::new(
            "waymark-journal-screen",
            view,
            options,
            vec![feed],
            Box::new(move |view: &JournalView, o: &MeetingsOptions, now| {
                let (state, seen) = with_vault(&vault, |v| journal_state(v, view, &at(o, now)));
                Built {
                    state,
                    seen: vec![seen],
                    refresh_at: None,
                }
            }),
        );
        Arc::new(JournalScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl JournalScreen {
    /// The state now.
    pub fn state(&self) -> JournalState {
        self.live.state()
    }

    /// Shows `view` (search text, kind, trash) and returns the new state.
    pub fn set_view(&self, view: JournalView) -> JournalState {
        self.live.update(|v, _| *v = view)
    }

    /// The person typed: `text` is the whole search field.
    pub fn set_search(&self, text: String) -> JournalState {
        self.live.update(|v, _| v.search = text)
    }

    /// Moves a fixed clock (see [`MeetingsOptions::at`]) to `at`, or back to the real clock
    /// (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> JournalState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn JournalListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the Sobriety dates screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait SobrietyListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: SobrietyState);
}

/// The Sobriety dates screen as an object: a new state after every change to the dates and
/// at the viewer's midnight (every count moves on a day).
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct SobrietyScreen {
    live: Live<(), SobrietyState>,
}

impl std::fmt::Debug for SobrietyScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SobrietyScreen").finish_non_exhaustive()
    }
}

impl SobrietyScreen {
    /// The screen over `vault`.
    pub fn new(vault: SharedVault, options: MeetingsOptions) -> Arc<Self> {
        Arc::new(SobrietyScreen {
            live: vault_only("waymark-sobriety-screen", vault, options, sobriety_state),
        })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl SobrietyScreen {
    /// The state now.
    pub fn state(&self) -> SobrietyState {
        self.live.state()
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> SobrietyState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn SobrietyListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the People to call screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait PeopleListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: PeopleState);
}

/// The People to call screen as an object: a new state after every change to my people.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct PeopleScreen {
    live: Live<(), PeopleState>,
}

impl std::fmt::Debug for PeopleScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeopleScreen").finish_non_exhaustive()
    }
}

impl PeopleScreen {
    /// The screen over `vault`.
    pub fn new(vault: SharedVault, options: MeetingsOptions) -> Arc<Self> {
        Arc::new(PeopleScreen {
            live: vault_only("waymark-people-screen", vault, options, people_state),
        })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl PeopleScreen {
    /// The state now.
    pub fn state(&self) -> PeopleState {
        self.live.state()
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> PeopleState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn PeopleListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the Settings screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait SettingsListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: SettingsState);
}

/// The Settings screen as an object: a new state after every change to a setting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct SettingsScreen {
    live: Live<String, SettingsState>,
}

impl std::fmt::Debug for SettingsScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SettingsScreen").finish_non_exhaustive()
    }
}

impl SettingsScreen {
    /// The screen over `vault`; `phone_locale` is the phone's own language.
    pub fn new(vault: SharedVault, phone_locale: String, options: MeetingsOptions) -> Arc<Self> {
        let feed = lock_vault(&vault).changes().clone();
        let live = Live::new(
            "waymark-settings-screen",
            phone_locale,
            options,
            vec![feed],
            Box::new(move |phone: &String, o: &MeetingsOptions, now| {
                let (state, seen) = with_vault(&vault, |v| settings_state(v, phone, &at(o, now)));
                Built {
                    state,
                    seen: vec![seen],
                    refresh_at: None,
                }
            }),
        );
        Arc::new(SettingsScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl SettingsScreen {
    /// The state now.
    pub fn state(&self) -> SettingsState {
        self.live.state()
    }

    /// The phone's own language changed (for the "phone's language" choice).
    pub fn set_phone_locale(&self, phone_locale: String) -> SettingsState {
        self.live.update(|p, _| *p = phone_locale)
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> SettingsState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn SettingsListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the My meetings screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait MyMeetingsListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: MyMeetingsState);
}

/// The My meetings screen as an object: a new state after a meeting is saved or removed,
/// after a sync changes the directory, and when a saved meeting starts or ends (its row's
/// time moves on).
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct MyMeetingsScreen {
    live: Live<(), MyMeetingsState>,
}

impl std::fmt::Debug for MyMeetingsScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MyMeetingsScreen").finish_non_exhaustive()
    }
}

impl MyMeetingsScreen {
    /// The screen over `vault` and `directory` (a clone: it shares the directory's reader).
    pub fn new(vault: SharedVault, directory: Directory, options: MeetingsOptions) -> Arc<Self> {
        let feeds = vec![
            lock_vault(&vault).changes().clone(),
            directory.changes().clone(),
        ];
        let live = Live::new(
            "waymark-my-meetings-screen",
            (),
            options,
            feeds,
            Box::new(move |_: &(), o: &MeetingsOptions, now| {
                // The directory's counter before reading it: a sync committing meanwhile
                // makes one more build, never a missed one.
                let directory_seen = directory.changes().count();
                let (state, seen) =
                    with_vault(&vault, |v| my_meetings_state(v, &directory, &at(o, now)));
                Built {
                    refresh_at: state.refresh_at,
                    state,
                    seen: vec![seen, directory_seen],
                }
            }),
        );
        Arc::new(MyMeetingsScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl MyMeetingsScreen {
    /// The state now.
    pub fn state(&self) -> MyMeetingsState {
        self.live.state()
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> MyMeetingsState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn MyMeetingsListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the Reminders screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait RemindersListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: RemindersState);
}

/// The Reminders screen as an object: a new state after a reminder rule, a pause or a skip
/// changes, after a sync, when a meeting with reminders starts or ends, and when the app
/// gives new facts from the platform (`set_facts`).
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct RemindersScreen {
    live: Live<ReminderFacts, RemindersState>,
}

impl std::fmt::Debug for RemindersScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemindersScreen").finish_non_exhaustive()
    }
}

impl RemindersScreen {
    /// The screen over `vault` and `directory`, with the platform's `facts`.
    pub fn new(
        vault: SharedVault,
        directory: Directory,
        facts: ReminderFacts,
        options: MeetingsOptions,
    ) -> Arc<Self> {
        let feeds = vec![
            lock_vault(&vault).changes().clone(),
            directory.changes().clone(),
        ];
        // Reminders already marked delivered are not marked again at every build: the vault
        // is written once per delivery, not once per rebuild.
        let marked: Mutex<HashSet<String>> = Mutex::new(HashSet::new());
        let live = Live::new(
            "waymark-reminders-screen",
            facts,
            options,
            feeds,
            Box::new(move |facts: &ReminderFacts, o: &MeetingsOptions, now| {
                let directory_seen = directory.changes().count();
                let mut facts = facts.clone();
                {
                    let mut marked = marked.lock().unwrap_or_else(PoisonError::into_inner);
                    facts.delivered.retain(|id| marked.insert(id.clone()));
                }
                let (state, seen) = with_vault(&vault, |v| {
                    reminders_state(v, &directory, &facts, &at(o, now))
                });
                Built {
                    refresh_at: state.refresh_at,
                    state,
                    seen: vec![seen, directory_seen],
                }
            }),
        );
        Arc::new(RemindersScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl RemindersScreen {
    /// The state now.
    pub fn state(&self) -> RemindersState {
        self.live.state()
    }

    /// The platform's answers changed (notifications allowed, exact alarms, pending,
    /// delivered ids).
    pub fn set_facts(&self, facts: ReminderFacts) -> RemindersState {
        self.live.update(|f, _| *f = facts)
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> RemindersState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn RemindersListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the Rides screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait RidesListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: RidesState);
}

/// The Rides screen as an object: a new state after an offer, request, acceptance or
/// cancellation is written or synced, after a sync that failed or worked again, and when a
/// ride's meeting starts.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct RidesScreen {
    live: Live<RidesContext, RidesState>,
}

impl std::fmt::Debug for RidesScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RidesScreen").finish_non_exhaustive()
    }
}

impl RidesScreen {
    /// The screen over `vault`, with meeting names and times from `directory` when given.
    pub fn new(
        vault: SharedVault,
        directory: Option<Directory>,
        context: RidesContext,
        options: MeetingsOptions,
    ) -> Arc<Self> {
        let mut feeds = vec![lock_vault(&vault).changes().clone()];
        feeds.extend(directory.as_ref().map(|d| d.changes().clone()));
        let live = Live::new(
            "waymark-rides-screen",
            context,
            options,
            feeds,
            Box::new(move |context: &RidesContext, o: &MeetingsOptions, now| {
                let directory_seen = directory.as_ref().map(|d| d.changes().count());
                let (state, seen) = with_vault(&vault, |v| {
                    rides_state(v, directory.as_ref(), *context, &at(o, now))
                });
                let mut seen = vec![seen];
                seen.extend(directory_seen);
                Built {
                    refresh_at: state.refresh_at,
                    state,
                    seen,
                }
            }),
        );
        Arc::new(RidesScreen { live })
    }

    /// Whether a server is set and how the last sync went changed (the app's ride client
    /// tells the screens it made after each sync).
    pub fn set_context(&self, context: RidesContext) -> RidesState {
        self.live.update(|c, _| *c = context)
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl RidesScreen {
    /// The state now.
    pub fn state(&self) -> RidesState {
        self.live.state()
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> RidesState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn RidesListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

/// Hears every new state of the Areas screen. Called on a background thread.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait AreasListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: AreasState);
}

/// The first-run and Areas screen as an object: a new state after every change to the
/// directory (an area or feed added or removed, a sync that finished or failed) and at the
/// viewer's midnight (how old each update is).
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct AreasScreen {
    live: Live<(), AreasState>,
}

impl std::fmt::Debug for AreasScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AreasScreen").finish_non_exhaustive()
    }
}

impl AreasScreen {
    /// The screen over `directory` (a clone: it shares the directory's reader).
    pub fn new(directory: Directory, options: MeetingsOptions) -> Arc<Self> {
        let feeds = vec![directory.changes().clone()];
        let live = Live::new(
            "waymark-areas-screen",
            (),
            options,
            feeds,
            Box::new(move |_: &(), o: &MeetingsOptions, now| {
                let seen = directory.changes().count();
                Built {
                    state: areas_state(&directory, &at(o, now)),
                    seen: vec![seen],
                    refresh_at: None,
                }
            }),
        );
        Arc::new(AreasScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl AreasScreen {
    /// The state now.
    pub fn state(&self) -> AreasState {
        self.live.state()
    }

    /// Moves a fixed clock to `at`, or back to the real clock (`None`).
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> AreasState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn AreasListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}
