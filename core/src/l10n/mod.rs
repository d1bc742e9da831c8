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
    /// Running now, open all day.
    pub const WHEN_NOW_ALL_DAY: &str = "when-now-all-day";
    /// Running now, until `$time`.
    pub const WHEN_NOW_UNTIL: &str = "when-now-until";
    /// Running now, since `$time` (no listed end).
    pub const WHEN_NOW_SINCE: &str = "when-now-since";
    /// Starting in `$minutes` (a number, plural rules), at `$time`.
    pub const WHEN_IN_MINUTES: &str = "when-in-minutes";
    /// Today at `$time`.
    pub const WHEN_TODAY: &str = "when-today";
    /// Tomorrow at `$time`.
    pub const WHEN_TOMORROW: &str = "when-tomorrow";
    /// `$day` (short weekday) at `$time`.
    pub const WHEN_WEEKDAY: &str = "when-weekday";
    /// `$date` (weekday, day, month) at `$time`.
    pub const WHEN_DATE: &str = "when-date";
    /// Today, all day.
    pub const WHEN_TODAY_ALL_DAY: &str = "when-today-all-day";
    /// Tomorrow, all day.
    pub const WHEN_TOMORROW_ALL_DAY: &str = "when-tomorrow-all-day";
    /// `$day`, all day.
    pub const WHEN_WEEKDAY_ALL_DAY: &str = "when-weekday-all-day";
    /// `$date`, all day.
    pub const WHEN_DATE_ALL_DAY: &str = "when-date-all-day";
    /// By appointment (no regular time).
    pub const WHEN_BY_APPOINTMENT: &str = "when-by-appointment";
    /// `$value` kilometres.
    pub const DISTANCE_KM: &str = "distance-km";
    /// `$value` miles.
    pub const DISTANCE_MI: &str = "distance-mi";
    /// A list row for a screen reader: `$name`, `$when`.
    pub const LIST_ROW_LABEL: &str = "list-row-label";
    /// The tag `$asked` is not supported; showing `$shown`.
    pub const FALLBACK_UNSUPPORTED: &str = "fallback-unsupported";
    /// The tag `$asked` is malformed; showing `$shown`.
    pub const FALLBACK_MALFORMED: &str = "fallback-malformed";
    /// The language's own name: English (UK).
    pub const LANGUAGE_EN_GB: &str = "language-en-GB";
    /// English (US).
    pub const LANGUAGE_EN_US: &str = "language-en-US";
    /// Cymraeg.
    pub const LANGUAGE_CY: &str = "language-cy";
    /// Español.
    pub const LANGUAGE_ES: &str = "language-es";

    /// A reminder's title on the lock screen when discreet. (`locales/*/reminders.ftl`)
    pub const REMINDER_TITLE: &str = "reminder-title";
    /// A discreet reminder's body: `$when`. (`locales/*/reminders.ftl`)
    pub const REMINDER_BODY: &str = "reminder-body";
    /// The meeting's own time `$local` and the phone's `$here`. (`locales/*/reminders.ftl`)
    pub const REMINDER_WHEN_ELSEWHERE: &str = "reminder-when-elsewhere";
    /// A named reminder's body: `$when`, `$lead`. (`locales/*/reminders.ftl`)
    pub const REMINDER_DETAILED: &str = "reminder-detailed";
    /// The same for an online meeting. (`locales/*/reminders.ftl`)
    pub const REMINDER_DETAILED_ONLINE: &str = "reminder-detailed-online";
    /// The same with the meeting's `$place`. (`locales/*/reminders.ftl`)
    pub const REMINDER_DETAILED_PLACE: &str = "reminder-detailed-place";
    /// A daily reminder's body when not discreet: `$time`. (`locales/*/reminders.ftl`)
    pub const REMINDER_DAILY_BODY: &str = "reminder-daily-body";
    /// `$hours` hours. (`locales/*/reminders.ftl`)
    pub const REMINDER_LEAD_HOURS: &str = "reminder-lead-hours";
    /// `$minutes` minutes. (`locales/*/reminders.ftl`)
    pub const REMINDER_LEAD_MINUTES: &str = "reminder-lead-minutes";
    /// `$hours` hours and `$minutes` minutes. (`locales/*/reminders.ftl`)
    pub const REMINDER_LEAD_BOTH: &str = "reminder-lead-both";
    /// No time at all before. (`locales/*/reminders.ftl`)
    pub const REMINDER_LEAD_MOMENT: &str = "reminder-lead-moment";
    /// The health report's sentence (en-GB, for logs and scripts): notifications are off.
    pub const REMINDER_HEALTH_NOTIFICATIONS_OFF: &str = "reminder-health-notifications-off";
    /// Exact alarms are not allowed.
    pub const REMINDER_HEALTH_EXACT_ALARMS_OFF: &str = "reminder-health-exact-alarms-off";
    /// Only the next `$count` reminders fit on the phone.
    pub const REMINDER_HEALTH_CAP: &str = "reminder-health-cap";
    /// `$count` reminders did not appear.
    pub const REMINDER_HEALTH_MISSED: &str = "reminder-health-missed";
    /// The label of a sobriety date given none ("My date"; `sobriety.ftl`).
    pub const SOBRIETY_DEFAULT_LABEL: &str = "sobriety-default-label";
    /// The name of a daily reminder given none ("Daily check-in").
    pub const REMINDER_DAILY_DEFAULT: &str = "reminder-daily-default";
    /// Why a meeting cannot have reminders: it is not in the directory any more.
    pub const REMINDER_UNPLANNABLE_UNKNOWN: &str = "reminder-unplannable-unknown";
    /// Why a meeting cannot have reminders: it has no weekly day and time.
    pub const REMINDER_UNPLANNABLE_NO_TIME: &str = "reminder-unplannable-no-time";

    /// The journal's Markdown export (`locales/*/editor.ftl`): its title.
    pub const EXPORT_MD_TITLE: &str = "export-md-title";
    /// When it was exported: `$date` (long), `$time`.
    pub const EXPORT_MD_EXPORTED: &str = "export-md-exported";
    /// The sobriety dates' heading.
    pub const EXPORT_MD_SOBRIETY: &str = "export-md-sobriety";
    /// A sobriety date: `$label` since `$date` (long).
    pub const EXPORT_MD_SINCE: &str = "export-md-since";
    /// The saved meetings' heading.
    pub const EXPORT_MD_MEETINGS: &str = "export-md-meetings";
    /// The journal's heading.
    pub const EXPORT_MD_JOURNAL: &str = "export-md-journal";
    /// No entries yet.
    pub const EXPORT_MD_EMPTY: &str = "export-md-empty";
    /// Mood `$mood` (1 to 5).
    pub const EXPORT_MD_MOOD: &str = "export-md-mood";
    /// Craving `$craving` (0 to 10).
    pub const EXPORT_MD_CRAVING: &str = "export-md-craving";
    /// HALT: `$felt` (the feelings, joined).
    pub const EXPORT_MD_HALT: &str = "export-md-halt";
    /// The meeting an entry is about: `$id`.
    pub const EXPORT_MD_MEETING: &str = "export-md-meeting";
    /// An entry's `$tags` (`#home #work`).
    pub const EXPORT_MD_TAGS: &str = "export-md-tags";
    /// When an entry was last edited: `$date` (long), `$time`.
    pub const EXPORT_MD_EDITED: &str = "export-md-edited";
    /// Hungry (the editor's word, `editor.ftl`; listed with the editor's ids).
    pub const EXPORT_MD_HUNGRY: &str = "editor-hungry";
    /// Angry (the editor's word).
    pub const EXPORT_MD_ANGRY: &str = "editor-angry";
    /// Lonely (the editor's word).
    pub const EXPORT_MD_LONELY: &str = "editor-lonely";
    /// Tired (the editor's word).
    pub const EXPORT_MD_TIRED: &str = "editor-tired";

    /// Every id above.
    pub const ALL: &[&str] = &[
        WHEN_NOW_ALL_DAY,
        WHEN_NOW_UNTIL,
        WHEN_NOW_SINCE,
        WHEN_IN_MINUTES,
        WHEN_TODAY,
        WHEN_TOMORROW,
        WHEN_WEEKDAY,
        WHEN_DATE,
        WHEN_TODAY_ALL_DAY,
        WHEN_TOMORROW_ALL_DAY,
        WHEN_WEEKDAY_ALL_DAY,
        WHEN_DATE_ALL_DAY,
        WHEN_BY_APPOINTMENT,
        DISTANCE_KM,
        DISTANCE_MI,
        LIST_ROW_LABEL,
        FALLBACK_UNSUPPORTED,
        FALLBACK_MALFORMED,
        LANGUAGE_EN_GB,
        LANGUAGE_EN_US,
        LANGUAGE_CY,
        LANGUAGE_ES,
        REMINDER_TITLE,
        REMINDER_BODY,
        REMINDER_WHEN_ELSEWHERE,
        REMINDER_DETAILED,
        REMINDER_DETAILED_ONLINE,
        REMINDER_DETAILED_PLACE,
        REMINDER_DAILY_BODY,
        REMINDER_LEAD_HOURS,
        REMINDER_LEAD_MINUTES,
        REMINDER_LEAD_BOTH,
        REMINDER_LEAD_MOMENT,
        REMINDER_HEALTH_NOTIFICATIONS_OFF,
        REMINDER_HEALTH_EXACT_ALARMS_OFF,
        REMINDER_HEALTH_CAP,
        REMINDER_HEALTH_MISSED,
        REMINDER_DAILY_DEFAULT,
        REMINDER_UNPLANNABLE_UNKNOWN,
        REMINDER_UNPLANNABLE_NO_TIME,
        SOBRIETY_DEFAULT_LABEL,
        EXPORT_MD_TITLE,
        EXPORT_MD_EXPORTED,
        EXPORT_MD_SOBRIETY,
        EXPORT_MD_SINCE,
        EXPORT_MD_MEETINGS,
        EXPORT_MD_JOURNAL,
        EXPORT_MD_EMPTY,
        EXPORT_MD_MOOD,
        EXPORT_MD_CRAVING,
        EXPORT_MD_HALT,
        EXPORT_MD_MEETING,
        EXPORT_MD_TAGS,
        EXPORT_MD_EDITED,
    ];
}
