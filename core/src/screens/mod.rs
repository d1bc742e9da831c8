//! Screen models: what each screen shows, decided and worded here, so the apps only draw.
//!
//! Why: the Android app, the iOS app and the CLI show the same meetings; if each decided which
//! meetings are "happening now", what an empty list says or how a row is read aloud, three
//! copies would drift and the phones' would go untested. A screen here is an object the app
//! holds (`MeetingsScreen`, `MeetingScreen`) and a state record with everything the screen
//! shows, already worded and formatted in the person's locale through [`crate::l10n`]:
//! titles, rows, badges, empty and error messages, the label a screen reader speaks, and the
//! actions on offer as enums the shells map to buttons.
//!
//! A state changes by events: a filter set, a letter typed, a sync finished
//! (`reload`), the clock passing a meeting's start. An app subscribes with a listener and
//! gets back a [`Subscription`]; dropping it (or `close()` in Kotlin, releasing it in Swift)
//! stops the updates. While anyone listens, the Meetings screen wakes itself when the next
//! row changes (a meeting starts or ends, "in 5 min" becomes "in 4 min", midnight moves
//! "tomorrow" to "later today") and tells the listeners.
//!
//! The vault's screens and the Areas screen are objects too ([`objects`]): each rebuilds by
//! itself after every write committed to the vault or the directory (a commit hook counts
//! them, so no write path can forget), after a setter, and when the clock changes its words;
//! the rules they share are in `live.rs`. Their `*_state` functions stay for the CLI, which
//! prints one state and exits.
//!
//! Errors never escape a screen as exceptions: a screen that cannot read its data shows a
//! kind message and an action to try again, and keeps nothing half-shown.

pub mod areas;
pub mod editor;
pub mod journal;
pub mod links;
mod live;
pub mod meeting;
pub mod meetings;
pub mod my_meetings;
pub mod objects;
pub mod people;
pub mod reminders;
pub mod ride_form;
pub mod rides;
pub mod settings;
pub mod sobriety;
mod subscription;
pub mod timings;
pub(crate) mod words;

#[cfg(test)]
mod live_tests;
#[cfg(test)]
mod tests;

/// Asserts that a screen whose data could not be read says so in one error notice containing
/// `says` (in the locale `tag`, named in the failure).
#[cfg(test)]
pub(crate) fn assert_read_failed(notices: &[Notice], says: &str, tag: &str) {
    assert_eq!(notices.len(), 1, "{tag}: {notices:?}");
    assert_notice(&notices[0], NoticeKind::Error, None, says, tag);
}

/// Asserts a notice's kind, its title when `title` is given, and that its message contains
/// `says` (in the locale `tag`, named in the failure).
#[cfg(test)]
pub(crate) fn assert_notice(
    notice: &Notice,
    kind: NoticeKind,
    title: Option<&str>,
    says: &str,
    tag: &str,
) {
    assert_eq!(notice.kind, kind, "{tag}: {notice:?}");
    if title.is_some() {
        assert_eq!(notice.title.as_deref(), title, "{tag}");
    }
    assert!(notice.message.contains(says), "{tag}: {notice:?}");
}

pub use areas::{areas_state, AreasAction, AreasActionItem, AreasState, SourceRow};
pub use editor::{
    carry_over, editor_state, save_editor, CheckItem, EditorField, EditorState, EditorView,
    FieldKind, HaltItem, SaveContext, TemplateChoice,
};
pub use journal::{
    journal_state, JournalDay, JournalKindChoice, JournalRow, JournalRowAction,
    JournalRowActionItem, JournalState, JournalView,
};
pub use links::{link_url, parse_link, AppLink};
pub use live::SETTLE_MS;
pub use meeting::{
    MeetingAction, MeetingActionItem, MeetingListener, MeetingScreen, MeetingState, TextBlock,
};
pub use meetings::{
    FilterChip, FilterKind, MeetingRow, MeetingsAction, MeetingsActionItem, MeetingsListener,
    MeetingsOptions, MeetingsScreen, MeetingsSection, MeetingsState, SectionKind,
};
pub use my_meetings::{
    my_meetings_state, MyMeetingRow, MyMeetingsAction, MyMeetingsActionItem, MyMeetingsState,
};
pub use objects::{
    AreasListener, AreasScreen, JournalListener, JournalScreen, MyMeetingsListener,
    MyMeetingsScreen, PeopleListener, PeopleScreen, RemindersListener, RemindersScreen,
    RidesListener, RidesScreen, SettingsListener, SettingsScreen, SharedVault, SobrietyListener,
    SobrietyScreen,
};
pub use people::{
    people_state, PeopleAction, PeopleActionItem, PeopleState, PersonRow, RoleChoice,
};
pub use reminders::{
    reminder_set_words, reminders_state, DailyReminderRow, ReminderFacts, ReminderFix,
    ReminderIssue, ReminderProblem, ReminderRow, ReminderRowAction, ReminderRowActionItem,
    RemindersAction, RemindersActionItem, RemindersState,
};
pub use ride_form::{
    ride_form_state, RideFormDay, RideFormKind, RideFormMeeting, RideFormSeats, RideFormState,
};
pub use rides::{
    rides_state, RideRow, RideRowKind, RideStatus, RideSyncProblem, RidesAction, RidesActionItem,
    RidesContext, RidesSection, RidesSectionKind, RidesState,
};
pub use settings::{
    settings_state, LanguageChoice, SettingsAction, SettingsRow, SettingsSection, SettingsState,
};
pub use sobriety::{
    sobriety_state, SobrietyAction, SobrietyActionItem, SobrietyCard, SobrietyState,
};
pub use subscription::Subscription;
pub use timings::{AppTimings, APP_TIMINGS};
pub use words::all_ids;

use serde::Serialize;

/// A short label on a row or a meeting ("Now", "Online", "Temporarily closed", a type name),
/// with its kind so an app can give it a colour or an icon.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Badge {
    /// What the badge says about the meeting.
    pub kind: BadgeKind,
    /// The words on it, in the screen's locale.
    pub label: String,
}

/// What a [`Badge`] says.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BadgeKind {
    /// Running now.
    Now,
    /// Online only.
    Online,
    /// Both in person and online.
    Hybrid,
    /// The venue is marked temporarily closed.
    Closed,
    /// A meeting type ("Women", "Open").
    Type,
}

/// A message in place of content: an empty list, or something that went wrong, with what
/// the person can do about it.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// What kind of notice it is, for its look.
    pub kind: NoticeKind,
    /// A short heading, when there is one.
    pub title: Option<String>,
    /// The message.
    pub message: String,
}

/// The kind of a [`Notice`].
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// Nothing to show yet, or nothing matches: a calm, neutral message.
    Empty,
    /// The data may be out of date.
    Stale,
    /// Something failed; what is shown is kept.
    Error,
    /// A note about how to read what is shown (time zones).
    Info,
}

/// What to ask before an action that changes or removes something ("Start again from
/// today?"), worded, with its two buttons. The app shows it as a dialog and does the action
/// only on `confirm_label`.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confirmation {
    /// The dialog's heading.
    pub title: String,
    /// What will happen, in a sentence or two.
    pub message: String,
    /// The button that goes ahead.
    pub confirm_label: String,
    /// The button that leaves things as they are.
    pub cancel_label: String,
}

/// A meeting's badges, in the order every screen shows them: "Now", "Temporarily closed",
/// "Online" or "Online and in person", then its type names without "Location Temporarily
/// Closed" (the `TC` type), since closure is shown once, as its own badge.
pub(crate) fn meeting_badges(
    w: &crate::l10n::Words,
    in_progress: bool,
    closed: bool,
    attendance: crate::Attendance,
    type_names: &[String],
) -> Vec<Badge> {
    let mut badges = Vec::new();
    let mut badge = |kind, id: &str| {
        badges.push(Badge {
            kind,
            label: w.text(id, &[]),
        })
    };
    if in_progress {
        badge(BadgeKind::Now, words::BADGE_NOW);
    }
    if closed {
        badge(BadgeKind::Closed, words::BADGE_CLOSED);
    }
    match attendance {
        crate::Attendance::Online => badge(BadgeKind::Online, words::BADGE_ONLINE),
        crate::Attendance::Hybrid => badge(BadgeKind::Hybrid, words::BADGE_HYBRID),
        crate::Attendance::InPerson => {}
    }
    let tc = crate::directory::types::type_name("TC", w.locale().language());
    badges.extend(type_names.iter().filter(|n| **n != tc).map(|n| Badge {
        kind: BadgeKind::Type,
        label: n.clone(),
    }));
    badges
}

/// Parts joined the locale's way: "a", "a and b", "a, b and c" ("a, b y c", "a, b a c"). The
/// parts are formatted here, so no isolation marks.
pub(crate) fn and_list(parts: &[String], w: &crate::l10n::Words) -> String {
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => w.own(
            words::MEETING_DAYS_LIST,
            &[
                ("first", crate::l10n::Arg::Text(&rest.join(", "))),
                ("last", crate::l10n::Arg::Text(last)),
            ],
        ),
    }
}
