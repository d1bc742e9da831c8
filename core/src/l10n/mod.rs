//! Words and formats in the person's own language, decided once in Rust for every shell.
//!
//! Why here: the CLI, the Android app and the iOS app show the same lists; if each worded them
//! itself, three sets of translations would drift and the phones' would go untested. So the
//! core words everything, and the shells only draw it.
//!
//! - **Words** come from Project Fluent messages, `locales/<tag>/*.ftl` at the repo root,
//!   compiled into the library (`include_str!`), so a phone never misses a file. Fluent gives
//!   each translation its own plural rules (Welsh has six categories) and variables.
//! - **Formats** come from ICU4X: times ("19:30" in en-GB, cy and es; "7:30 PM" in en-US),
//!   weekday and month names, and numbers with the locale's decimal separator ("3,2 km").
//! - **Negotiation** ([`negotiate`]): any tag a system or a person gives (`cy_GB.UTF-8`,
//!   `es-419`, `de`, `???`) lands on one of the four supported locales; a tag that is unknown
//!   or malformed falls back to en-GB with a [`FallbackNote`] the caller can show.
//! - **Fallback per message**: a message missing from cy, es or en-US comes from en-GB; a
//!   message id is never shown to anyone (tests prove en-GB has every id the code uses).
//! - **Bidi isolation**: a value that may be in another script (a meeting's name in Farsi or
//!   Arabic) is wrapped in Unicode isolation marks (FSI … PDI), so it keeps its own direction
//!   inside a sentence. Messages whose values are all formatted here, in the same locale
//!   (times, numbers, weekday names), are worded without them: they add nothing there but
//!   invisible characters in copied text.
//! - **Cutting long names** ([`truncate`]) on grapheme boundaries, so an emoji, a letter with
//!   a combining accent or a flag is never split.

/// Declares a module's message ids: one `&str` constant per id, and one list of them all
/// (named first, usually `IDS`), which the tests check against every locale. Each id is
/// written once, so none can be declared and then left out of the list.
///
/// ```text
/// crate::l10n::message_ids! {
///     /// Every id below.
///     pub(crate) IDS;
///     /// `rides-title`: the screen's title.
///     pub(crate) RIDES_TITLE = "rides-title";
/// }
/// ```
macro_rules! message_ids {
    (
        $(#[$list_meta:meta])* $list_vis:vis $list:ident;
        $($(#[$meta:meta])* $vis:vis $name:ident = $id:literal;)*
    ) => {
        $($(#[$meta])* $vis const $name: &str = $id;)*
        $(#[$list_meta])* $list_vis const $list: &[&str] = &[$($name),*];
    };
}
pub(crate) use message_ids;

pub mod cli;
mod format;
mod locale;
mod phrase;
mod truncate;
mod words;

#[cfg(test)]
mod tests;

pub use locale::{negotiate, system_locale_tag, FallbackNote, Locale, Negotiated, PSEUDO_TAG};
pub use phrase::{Phrase, Value};
pub use truncate::{grapheme_count, truncate, ELLIPSIS};
pub use words::{Arg, Words};

/// Message ids the code uses, one place, so a test can check every locale has them.
pub mod ids {
    crate::l10n::message_ids! {
        /// Every id below.
        pub ALL;
        /// Running now, open all day.
        pub WHEN_NOW_ALL_DAY = "when-now-all-day";
        /// Running now, until `$time`.
        pub WHEN_NOW_UNTIL = "when-now-until";
        /// Running now, since `$time` (no listed end).
        pub WHEN_NOW_SINCE = "when-now-since";
        /// Starting in `$minutes` (a number, plural rules), at `$time`.
        pub WHEN_IN_MINUTES = "when-in-minutes";
        /// Today at `$time`.
        pub WHEN_TODAY = "when-today";
        /// Tomorrow at `$time`.
        pub WHEN_TOMORROW = "when-tomorrow";
        /// `$day` (short weekday) at `$time`.
        pub WHEN_WEEKDAY = "when-weekday";
        /// `$date` (weekday, day, month) at `$time`.
        pub WHEN_DATE = "when-date";
        /// Today, all day.
        pub WHEN_TODAY_ALL_DAY = "when-today-all-day";
        /// Tomorrow, all day.
        pub WHEN_TOMORROW_ALL_DAY = "when-tomorrow-all-day";
        /// `$day`, all day.
        pub WHEN_WEEKDAY_ALL_DAY = "when-weekday-all-day";
        /// `$date`, all day.
        pub WHEN_DATE_ALL_DAY = "when-date-all-day";
        /// By appointment (no regular time).
        pub WHEN_BY_APPOINTMENT = "when-by-appointment";
        /// `$value` kilometres.
        pub DISTANCE_KM = "distance-km";
        /// `$value` miles.
        pub DISTANCE_MI = "distance-mi";
        /// A list row for a screen reader: `$name`, `$when`.
        pub LIST_ROW_LABEL = "list-row-label";
        /// The tag `$asked` is not supported; showing `$shown`.
        pub FALLBACK_UNSUPPORTED = "fallback-unsupported";
        /// The tag `$asked` is malformed; showing `$shown`.
        pub FALLBACK_MALFORMED = "fallback-malformed";
        /// The language's own name: English (UK).
        pub LANGUAGE_EN_GB = "language-en-GB";
        /// English (US).
        pub LANGUAGE_EN_US = "language-en-US";
        /// Cymraeg.
        pub LANGUAGE_CY = "language-cy";
        /// Español.
        pub LANGUAGE_ES = "language-es";

        /// A reminder's title on the lock screen when discreet. (`locales/*/reminders.ftl`)
        pub REMINDER_TITLE = "reminder-title";
        /// A discreet reminder's body: `$when`. (`locales/*/reminders.ftl`)
        pub REMINDER_BODY = "reminder-body";
        /// The meeting's own time `$local` and the phone's `$here`. (`locales/*/reminders.ftl`)
        pub REMINDER_WHEN_ELSEWHERE = "reminder-when-elsewhere";
        /// A named reminder's body: `$when`, `$lead`. (`locales/*/reminders.ftl`)
        pub REMINDER_DETAILED = "reminder-detailed";
        /// The same for an online meeting. (`locales/*/reminders.ftl`)
        pub REMINDER_DETAILED_ONLINE = "reminder-detailed-online";
        /// The same with the meeting's `$place`. (`locales/*/reminders.ftl`)
        pub REMINDER_DETAILED_PLACE = "reminder-detailed-place";
        /// A daily reminder's body when not discreet: `$time`. (`locales/*/reminders.ftl`)
        pub REMINDER_DAILY_BODY = "reminder-daily-body";
        /// `$hours` hours. (`locales/*/reminders.ftl`)
        pub REMINDER_LEAD_HOURS = "reminder-lead-hours";
        /// `$minutes` minutes. (`locales/*/reminders.ftl`)
        pub REMINDER_LEAD_MINUTES = "reminder-lead-minutes";
        /// `$hours` hours and `$minutes` minutes. (`locales/*/reminders.ftl`)
        pub REMINDER_LEAD_BOTH = "reminder-lead-both";
        /// No time at all before. (`locales/*/reminders.ftl`)
        pub REMINDER_LEAD_MOMENT = "reminder-lead-moment";
        /// The health report's sentence (en-GB, for logs and scripts): notifications are off.
        pub REMINDER_HEALTH_NOTIFICATIONS_OFF = "reminder-health-notifications-off";
        /// Exact alarms are not allowed.
        pub REMINDER_HEALTH_EXACT_ALARMS_OFF = "reminder-health-exact-alarms-off";
        /// Only the next `$count` reminders fit on the phone.
        pub REMINDER_HEALTH_CAP = "reminder-health-cap";
        /// `$count` reminders did not appear.
        pub REMINDER_HEALTH_MISSED = "reminder-health-missed";
        /// The label of a sobriety date given none ("My date"; `sobriety.ftl`).
        pub SOBRIETY_DEFAULT_LABEL = "sobriety-default-label";
        /// The name of a daily reminder given none ("Daily check-in").
        pub REMINDER_DAILY_DEFAULT = "reminder-daily-default";
        /// Why a meeting cannot have reminders: it is not in the directory any more.
        pub REMINDER_UNPLANNABLE_UNKNOWN = "reminder-unplannable-unknown";
        /// Why a meeting cannot have reminders: it has no weekly day and time.
        pub REMINDER_UNPLANNABLE_NO_TIME = "reminder-unplannable-no-time";

        /// The journal's Markdown export (`locales/*/editor.ftl`): its title.
        pub EXPORT_MD_TITLE = "export-md-title";
        /// When it was exported: `$date` (long), `$time`.
        pub EXPORT_MD_EXPORTED = "export-md-exported";
        /// The sobriety dates' heading.
        pub EXPORT_MD_SOBRIETY = "export-md-sobriety";
        /// A sobriety date: `$label` since `$date` (long).
        pub EXPORT_MD_SINCE = "export-md-since";
        /// The saved meetings' heading.
        pub EXPORT_MD_MEETINGS = "export-md-meetings";
        /// The journal's heading.
        pub EXPORT_MD_JOURNAL = "export-md-journal";
        /// No entries yet.
        pub EXPORT_MD_EMPTY = "export-md-empty";
        /// Mood `$mood` (1 to 5).
        pub EXPORT_MD_MOOD = "export-md-mood";
        /// Craving `$craving` (0 to 10).
        pub EXPORT_MD_CRAVING = "export-md-craving";
        /// HALT: `$felt` (the feelings, joined).
        pub EXPORT_MD_HALT = "export-md-halt";
        /// The meeting an entry is about: `$id`.
        pub EXPORT_MD_MEETING = "export-md-meeting";
        /// An entry's `$tags` (`#home #work`).
        pub EXPORT_MD_TAGS = "export-md-tags";
        /// When an entry was last edited: `$date` (long), `$time`.
        pub EXPORT_MD_EDITED = "export-md-edited";
        /// Hungry (the editor's word, `editor.ftl`, which the export uses too).
        pub EXPORT_MD_HUNGRY = "editor-hungry";
        /// Angry (the editor's word).
        pub EXPORT_MD_ANGRY = "editor-angry";
        /// Lonely (the editor's word).
        pub EXPORT_MD_LONELY = "editor-lonely";
        /// Tired (the editor's word).
        pub EXPORT_MD_TIRED = "editor-tired";
    }
}
