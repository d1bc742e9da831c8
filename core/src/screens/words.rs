//! The screens' message ids (`locales/*/screens.ftl`), one place, so a test can check that
//! every locale has them and that en-GB has every id the code uses.

/// `meetings-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_TITLE: &str = "meetings-title";
/// `meetings-search-placeholder` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SEARCH_PLACEHOLDER: &str = "meetings-search-placeholder";
/// `meetings-search-clear` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SEARCH_CLEAR: &str = "meetings-search-clear";
/// `meetings-section-now` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SECTION_NOW: &str = "meetings-section-now";
/// `meetings-section-later-today` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SECTION_LATER_TODAY: &str = "meetings-section-later-today";
/// `meetings-section-tomorrow` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SECTION_TOMORROW: &str = "meetings-section-tomorrow";
/// `meetings-section-this-week` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SECTION_THIS_WEEK: &str = "meetings-section-this-week";
/// `meetings-filter-in-person` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_FILTER_IN_PERSON: &str = "meetings-filter-in-person";
/// `meetings-filter-online` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_FILTER_ONLINE: &str = "meetings-filter-online";
/// `meetings-filter-near-me` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_FILTER_NEAR_ME: &str = "meetings-filter-near-me";
/// `meetings-filter-type` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_FILTER_TYPE: &str = "meetings-filter-type";
/// `meetings-more` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_MORE: &str = "meetings-more";
/// `meetings-more-at-least` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_MORE_AT_LEAST: &str = "meetings-more-at-least";
/// `meetings-show-more` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SHOW_MORE: &str = "meetings-show-more";
/// `meetings-empty-setup-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_SETUP_TITLE: &str = "meetings-empty-setup-title";
/// `meetings-empty-setup` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_SETUP: &str = "meetings-empty-setup";
/// `meetings-empty-match-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_MATCH_TITLE: &str = "meetings-empty-match-title";
/// `meetings-empty-match` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_MATCH: &str = "meetings-empty-match";
/// `meetings-empty-closed` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_CLOSED: &str = "meetings-empty-closed";
/// `meetings-empty-week` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_EMPTY_WEEK: &str = "meetings-empty-week";
/// `meetings-stale` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_STALE: &str = "meetings-stale";
/// `meetings-stale-never` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_STALE_NEVER: &str = "meetings-stale-never";
/// `meetings-sync-failed` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SYNC_FAILED: &str = "meetings-sync-failed";
/// `meetings-error` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_ERROR: &str = "meetings-error";
/// `meetings-summary` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_SUMMARY: &str = "meetings-summary";
/// `meetings-zone-note` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_ZONE_NOTE: &str = "meetings-zone-note";
/// `meetings-derived-note` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETINGS_DERIVED_NOTE: &str = "meetings-derived-note";
/// `action-clear-filters` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_CLEAR_FILTERS: &str = "action-clear-filters";
/// `action-choose-area` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_CHOOSE_AREA: &str = "action-choose-area";
/// `action-try-again` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_TRY_AGAIN: &str = "action-try-again";
/// `action-update-now` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_UPDATE_NOW: &str = "action-update-now";
/// `action-directions` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_DIRECTIONS: &str = "action-directions";
/// `action-join` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_JOIN: &str = "action-join";
/// `action-call` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_CALL: &str = "action-call";
/// `action-share` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_SHARE: &str = "action-share";
/// `action-report` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_REPORT: &str = "action-report";
/// `action-remind` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_REMIND: &str = "action-remind";
/// `action-rides` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_RIDES: &str = "action-rides";
/// `report-to` (see `locales/en-GB/screens.ftl`).
pub(crate) const REPORT_TO: &str = "report-to";
/// `action-skip-next` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_SKIP_NEXT: &str = "action-skip-next";
/// `action-add-to-calendar` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_ADD_TO_CALENDAR: &str = "action-add-to-calendar";
/// `action-stop-reminding` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_STOP_REMINDING: &str = "action-stop-reminding";
/// `action-website` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_WEBSITE: &str = "action-website";
/// `badge-now` (see `locales/en-GB/screens.ftl`).
pub(crate) const BADGE_NOW: &str = "badge-now";
/// `badge-online` (see `locales/en-GB/screens.ftl`).
pub(crate) const BADGE_ONLINE: &str = "badge-online";
/// `badge-hybrid` (see `locales/en-GB/screens.ftl`).
pub(crate) const BADGE_HYBRID: &str = "badge-hybrid";
/// `badge-closed` (see `locales/en-GB/screens.ftl`).
pub(crate) const BADGE_CLOSED: &str = "badge-closed";
/// `row-label-place` (see `locales/en-GB/screens.ftl`).
pub(crate) const ROW_LABEL_PLACE: &str = "row-label-place";
/// `row-label-place-distance` (see `locales/en-GB/screens.ftl`).
pub(crate) const ROW_LABEL_PLACE_DISTANCE: &str = "row-label-place-distance";
/// `meeting-next` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_NEXT: &str = "meeting-next";
/// `meeting-by-appointment` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_BY_APPOINTMENT: &str = "meeting-by-appointment";
/// `meeting-all-day` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_ALL_DAY: &str = "meeting-all-day";
/// `meeting-schedule` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_SCHEDULE: &str = "meeting-schedule";
/// `meeting-schedule-local` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_SCHEDULE_LOCAL: &str = "meeting-schedule-local";
/// `meeting-times-range` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_TIMES_RANGE: &str = "meeting-times-range";
/// "local time": the zone of a meeting whose feed names none, in a schedule's parts.
pub(crate) const MEETING_LOCAL_TIME: &str = "meeting-local-time";
/// `meeting-days-list` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAYS_LIST: &str = "meeting-days-list";
/// `meeting-day-0` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_0: &str = "meeting-day-0";
/// `meeting-day-1` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_1: &str = "meeting-day-1";
/// `meeting-day-2` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_2: &str = "meeting-day-2";
/// `meeting-day-3` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_3: &str = "meeting-day-3";
/// `meeting-day-4` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_4: &str = "meeting-day-4";
/// `meeting-day-5` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_5: &str = "meeting-day-5";
/// `meeting-day-6` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_DAY_6: &str = "meeting-day-6";
/// `meeting-heading-about` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_HEADING_ABOUT: &str = "meeting-heading-about";
/// `meeting-heading-place` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_HEADING_PLACE: &str = "meeting-heading-place";
/// `meeting-heading-join` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_HEADING_JOIN: &str = "meeting-heading-join";
/// `meeting-heading-phone` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_HEADING_PHONE: &str = "meeting-heading-phone";
/// `meeting-heading-group` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_HEADING_GROUP: &str = "meeting-heading-group";
/// `meeting-closed` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_CLOSED: &str = "meeting-closed";
/// `meeting-approximate` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_APPROXIMATE: &str = "meeting-approximate";
/// `meeting-zone-derived` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_ZONE_DERIVED: &str = "meeting-zone-derived";
/// `meeting-zone-unknown` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_ZONE_UNKNOWN: &str = "meeting-zone-unknown";
/// `meeting-listed-by` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_LISTED_BY: &str = "meeting-listed-by";
/// `meeting-also-listed` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_ALSO_LISTED: &str = "meeting-also-listed";
/// `meeting-updated` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_UPDATED: &str = "meeting-updated";
/// `meeting-gone-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_GONE_TITLE: &str = "meeting-gone-title";
/// `meeting-gone` (see `locales/en-GB/screens.ftl`).
pub(crate) const MEETING_GONE: &str = "meeting-gone";

/// `reminders-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_TITLE: &str = "reminders-title";
/// `reminders-empty-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_EMPTY_TITLE: &str = "reminders-empty-title";
/// `reminders-empty` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_EMPTY: &str = "reminders-empty";
/// `reminders-lead-minutes` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_LEAD_MINUTES: &str = "reminders-lead-minutes";
/// `reminders-lead-hours` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_LEAD_HOURS: &str = "reminders-lead-hours";
/// `reminders-lead-hours-minutes` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_LEAD_HOURS_MINUTES: &str = "reminders-lead-hours-minutes";
/// `reminders-discreet` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_DISCREET: &str = "reminders-discreet";
/// `reminders-detailed` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_DETAILED: &str = "reminders-detailed";
/// `reminders-skipped` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_SKIPPED: &str = "reminders-skipped";
/// `reminders-not-listed` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_NOT_LISTED: &str = "reminders-not-listed";
/// `reminders-paused` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_PAUSED: &str = "reminders-paused";
/// `reminders-notifications-off` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_NOTIFICATIONS_OFF: &str = "reminders-notifications-off";
/// `reminders-exact-off` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_EXACT_OFF: &str = "reminders-exact-off";
/// `reminders-cap` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_CAP: &str = "reminders-cap";
/// `reminders-missed` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_MISSED: &str = "reminders-missed";
/// `action-turn-on-notifications` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_TURN_ON_NOTIFICATIONS: &str = "action-turn-on-notifications";
/// `action-allow-exact-alarms` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_ALLOW_EXACT_ALARMS: &str = "action-allow-exact-alarms";
/// `action-resume-reminders` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_RESUME_REMINDERS: &str = "action-resume-reminders";
/// `reminders-set` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_SET: &str = "reminders-set";
/// `reminders-daily-when` (see `locales/en-GB/screens.ftl`).
pub(crate) const REMINDERS_DAILY_WHEN: &str = "reminders-daily-when";
/// `action-pause-week` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_PAUSE_WEEK: &str = "action-pause-week";
/// `action-add-daily-checkin` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_ADD_DAILY_CHECKIN: &str = "action-add-daily-checkin";

/// `journal-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_TITLE: &str = "journal-title";
/// `journal-trash-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_TRASH_TITLE: &str = "journal-trash-title";
/// `journal-search-placeholder` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_SEARCH_PLACEHOLDER: &str = "journal-search-placeholder";
/// `journal-kind-note` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_KIND_NOTE: &str = "journal-kind-note";
/// `journal-kind-checkin` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_KIND_CHECKIN: &str = "journal-kind-checkin";
/// `journal-kind-gratitude` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_KIND_GRATITUDE: &str = "journal-kind-gratitude";
/// `journal-kind-review` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_KIND_REVIEW: &str = "journal-kind-review";
/// `journal-kind-meeting` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_KIND_MEETING: &str = "journal-kind-meeting";
/// `journal-today` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_TODAY: &str = "journal-today";
/// `journal-yesterday` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_YESTERDAY: &str = "journal-yesterday";
/// `journal-mood` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_MOOD: &str = "journal-mood";
/// `journal-craving` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_CRAVING: &str = "journal-craving";
/// `journal-row-label` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_ROW_LABEL: &str = "journal-row-label";
/// `journal-empty-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_EMPTY_TITLE: &str = "journal-empty-title";
/// `journal-empty` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_EMPTY: &str = "journal-empty";
/// `journal-empty-match-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_EMPTY_MATCH_TITLE: &str = "journal-empty-match-title";
/// `journal-empty-match` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_EMPTY_MATCH: &str = "journal-empty-match";
/// `journal-trash-note` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_TRASH_NOTE: &str = "journal-trash-note";
/// `journal-trash-empty` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_TRASH_EMPTY: &str = "journal-trash-empty";
/// `journal-error` (see `locales/en-GB/screens.ftl`).
pub(crate) const JOURNAL_ERROR: &str = "journal-error";
/// `action-write` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_WRITE: &str = "action-write";
/// `action-open-trash` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_OPEN_TRASH: &str = "action-open-trash";
/// `action-back-to-journal` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_BACK_TO_JOURNAL: &str = "action-back-to-journal";
/// `action-open-entry` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_OPEN_ENTRY: &str = "action-open-entry";
/// `action-move-to-trash` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_MOVE_TO_TRASH: &str = "action-move-to-trash";
/// `action-restore-entry` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_RESTORE_ENTRY: &str = "action-restore-entry";

/// `my-meetings-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_TITLE: &str = "my-meetings-title";
/// `my-meetings-empty-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_EMPTY_TITLE: &str = "my-meetings-empty-title";
/// `my-meetings-empty` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_EMPTY: &str = "my-meetings-empty";
/// `my-meetings-error` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_ERROR: &str = "my-meetings-error";
/// `my-meetings-unlisted-since` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_UNLISTED_SINCE: &str = "my-meetings-unlisted-since";
/// `my-meetings-unlisted` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_UNLISTED: &str = "my-meetings-unlisted";
/// `my-meetings-not-synced` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_NOT_SYNCED: &str = "my-meetings-not-synced";
/// `my-meetings-row-label` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_ROW_LABEL: &str = "my-meetings-row-label";
/// `my-meetings-summary` (see `locales/en-GB/screens.ftl`).
pub(crate) const MY_MEETINGS_SUMMARY: &str = "my-meetings-summary";
/// `action-find-meetings` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_FIND_MEETINGS: &str = "action-find-meetings";
/// `action-remove-saved` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_REMOVE_SAVED: &str = "action-remove-saved";

/// `settings-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_TITLE: &str = "settings-title";
/// `settings-section-language` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_SECTION_LANGUAGE: &str = "settings-section-language";
/// `settings-section-privacy` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_SECTION_PRIVACY: &str = "settings-section-privacy";
/// `settings-section-rides` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_SECTION_RIDES: &str = "settings-section-rides";
/// `settings-section-data` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_SECTION_DATA: &str = "settings-section-data";
/// `settings-language` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_LANGUAGE: &str = "settings-language";
/// `settings-language-phone` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_LANGUAGE_PHONE: &str = "settings-language-phone";
/// `settings-discreet` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DISCREET: &str = "settings-discreet";
/// `settings-discreet-on` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DISCREET_ON: &str = "settings-discreet-on";
/// `settings-discreet-off` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DISCREET_OFF: &str = "settings-discreet-off";
/// `settings-app-lock` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_APP_LOCK: &str = "settings-app-lock";
/// `settings-app-lock-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_APP_LOCK_DETAIL: &str = "settings-app-lock-detail";
/// `settings-ride-server` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_RIDE_SERVER: &str = "settings-ride-server";
/// `settings-ride-server-none` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_RIDE_SERVER_NONE: &str = "settings-ride-server-none";
/// `settings-ride-server-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_RIDE_SERVER_DETAIL: &str = "settings-ride-server-detail";
/// `settings-backup` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_BACKUP: &str = "settings-backup";
/// `settings-backup-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_BACKUP_DETAIL: &str = "settings-backup-detail";
/// `settings-restore` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_RESTORE: &str = "settings-restore";
/// `settings-restore-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_RESTORE_DETAIL: &str = "settings-restore-detail";
/// `settings-export` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_EXPORT: &str = "settings-export";
/// `settings-export-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_EXPORT_DETAIL: &str = "settings-export-detail";
/// `settings-delete` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE: &str = "settings-delete";
/// `settings-delete-detail` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE_DETAIL: &str = "settings-delete-detail";
/// `settings-on` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_ON: &str = "settings-on";
/// `settings-off` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_OFF: &str = "settings-off";
/// `settings-row-label` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_ROW_LABEL: &str = "settings-row-label";
/// `settings-delete-confirm-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE_CONFIRM_TITLE: &str = "settings-delete-confirm-title";
/// `settings-delete-confirm` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE_CONFIRM: &str = "settings-delete-confirm";
/// `settings-delete-confirm-yes` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE_CONFIRM_YES: &str = "settings-delete-confirm-yes";
/// `settings-delete-confirm-no` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_DELETE_CONFIRM_NO: &str = "settings-delete-confirm-no";
/// `settings-error` (see `locales/en-GB/screens.ftl`).
pub(crate) const SETTINGS_ERROR: &str = "settings-error";

/// `areas-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_TITLE: &str = "areas-title";
/// `areas-welcome-title` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_WELCOME_TITLE: &str = "areas-welcome-title";
/// `areas-welcome` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_WELCOME: &str = "areas-welcome";
/// `areas-privacy` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_PRIVACY: &str = "areas-privacy";
/// `areas-meetings` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_MEETINGS: &str = "areas-meetings";
/// `areas-updated` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_UPDATED: &str = "areas-updated";
/// `areas-never-updated` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_NEVER_UPDATED: &str = "areas-never-updated";
/// `areas-update-failed` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_UPDATE_FAILED: &str = "areas-update-failed";
/// `areas-row-label` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_ROW_LABEL: &str = "areas-row-label";
/// `areas-error` (see `locales/en-GB/screens.ftl`).
pub(crate) const AREAS_ERROR: &str = "areas-error";
/// `action-use-location` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_USE_LOCATION: &str = "action-use-location";
/// `action-choose-on-map` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_CHOOSE_ON_MAP: &str = "action-choose-on-map";
/// `action-add-feed` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_ADD_FEED: &str = "action-add-feed";
/// `action-remove-area` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_REMOVE_AREA: &str = "action-remove-area";
/// `action-remove-feed` (see `locales/en-GB/screens.ftl`).
pub(crate) const ACTION_REMOVE_FEED: &str = "action-remove-feed";

/// Every id above.
const SCREEN_IDS: &[&str] = &[
    MEETINGS_TITLE,
    MEETINGS_SEARCH_PLACEHOLDER,
    MEETINGS_SEARCH_CLEAR,
    MEETINGS_SECTION_NOW,
    MEETINGS_SECTION_LATER_TODAY,
    MEETINGS_SECTION_TOMORROW,
    MEETINGS_SECTION_THIS_WEEK,
    MEETINGS_FILTER_IN_PERSON,
    MEETINGS_FILTER_ONLINE,
    MEETINGS_FILTER_NEAR_ME,
    MEETINGS_FILTER_TYPE,
    MEETINGS_MORE,
    MEETINGS_MORE_AT_LEAST,
    MEETINGS_SHOW_MORE,
    MEETINGS_EMPTY_SETUP_TITLE,
    MEETINGS_EMPTY_SETUP,
    MEETINGS_EMPTY_MATCH_TITLE,
    MEETINGS_EMPTY_MATCH,
    MEETINGS_EMPTY_CLOSED,
    MEETINGS_EMPTY_WEEK,
    MEETINGS_STALE,
    MEETINGS_STALE_NEVER,
    MEETINGS_SYNC_FAILED,
    MEETINGS_ERROR,
    MEETINGS_SUMMARY,
    MEETINGS_ZONE_NOTE,
    MEETINGS_DERIVED_NOTE,
    ACTION_CLEAR_FILTERS,
    ACTION_CHOOSE_AREA,
    ACTION_TRY_AGAIN,
    ACTION_UPDATE_NOW,
    ACTION_DIRECTIONS,
    ACTION_JOIN,
    ACTION_CALL,
    ACTION_SHARE,
    ACTION_REPORT,
    ACTION_REMIND,
    ACTION_RIDES,
    ACTION_WEBSITE,
    REPORT_TO,
    ACTION_SKIP_NEXT,
    ACTION_STOP_REMINDING,
    ACTION_ADD_TO_CALENDAR,
    BADGE_NOW,
    BADGE_ONLINE,
    BADGE_HYBRID,
    BADGE_CLOSED,
    ROW_LABEL_PLACE,
    ROW_LABEL_PLACE_DISTANCE,
    MEETING_NEXT,
    MEETING_BY_APPOINTMENT,
    MEETING_ALL_DAY,
    MEETING_SCHEDULE,
    MEETING_SCHEDULE_LOCAL,
    MEETING_TIMES_RANGE,
    MEETING_LOCAL_TIME,
    MEETING_DAYS_LIST,
    MEETING_DAY_0,
    MEETING_DAY_1,
    MEETING_DAY_2,
    MEETING_DAY_3,
    MEETING_DAY_4,
    MEETING_DAY_5,
    MEETING_DAY_6,
    MEETING_HEADING_ABOUT,
    MEETING_HEADING_PLACE,
    MEETING_HEADING_JOIN,
    MEETING_HEADING_PHONE,
    MEETING_HEADING_GROUP,
    MEETING_CLOSED,
    MEETING_APPROXIMATE,
    MEETING_ZONE_DERIVED,
    MEETING_ZONE_UNKNOWN,
    MEETING_LISTED_BY,
    MEETING_ALSO_LISTED,
    MEETING_UPDATED,
    MEETING_GONE_TITLE,
    MEETING_GONE,
    REMINDERS_TITLE,
    REMINDERS_EMPTY_TITLE,
    REMINDERS_EMPTY,
    REMINDERS_LEAD_MINUTES,
    REMINDERS_LEAD_HOURS,
    REMINDERS_LEAD_HOURS_MINUTES,
    REMINDERS_DISCREET,
    REMINDERS_DETAILED,
    REMINDERS_SKIPPED,
    REMINDERS_NOT_LISTED,
    REMINDERS_PAUSED,
    REMINDERS_NOTIFICATIONS_OFF,
    REMINDERS_EXACT_OFF,
    REMINDERS_CAP,
    REMINDERS_MISSED,
    ACTION_TURN_ON_NOTIFICATIONS,
    ACTION_ALLOW_EXACT_ALARMS,
    ACTION_RESUME_REMINDERS,
    REMINDERS_DAILY_WHEN,
    REMINDERS_SET,
    ACTION_PAUSE_WEEK,
    ACTION_ADD_DAILY_CHECKIN,
    JOURNAL_TITLE,
    JOURNAL_TRASH_TITLE,
    JOURNAL_SEARCH_PLACEHOLDER,
    JOURNAL_KIND_NOTE,
    JOURNAL_KIND_CHECKIN,
    JOURNAL_KIND_GRATITUDE,
    JOURNAL_KIND_REVIEW,
    JOURNAL_KIND_MEETING,
    JOURNAL_TODAY,
    JOURNAL_YESTERDAY,
    JOURNAL_MOOD,
    JOURNAL_CRAVING,
    JOURNAL_ROW_LABEL,
    JOURNAL_EMPTY_TITLE,
    JOURNAL_EMPTY,
    JOURNAL_EMPTY_MATCH_TITLE,
    JOURNAL_EMPTY_MATCH,
    JOURNAL_TRASH_NOTE,
    JOURNAL_TRASH_EMPTY,
    JOURNAL_ERROR,
    ACTION_WRITE,
    ACTION_OPEN_TRASH,
    ACTION_BACK_TO_JOURNAL,
    ACTION_OPEN_ENTRY,
    ACTION_MOVE_TO_TRASH,
    ACTION_RESTORE_ENTRY,
    MY_MEETINGS_TITLE,
    MY_MEETINGS_EMPTY_TITLE,
    MY_MEETINGS_EMPTY,
    MY_MEETINGS_ERROR,
    MY_MEETINGS_UNLISTED_SINCE,
    MY_MEETINGS_UNLISTED,
    MY_MEETINGS_NOT_SYNCED,
    MY_MEETINGS_ROW_LABEL,
    MY_MEETINGS_SUMMARY,
    ACTION_FIND_MEETINGS,
    ACTION_REMOVE_SAVED,
    SETTINGS_TITLE,
    SETTINGS_SECTION_LANGUAGE,
    SETTINGS_SECTION_PRIVACY,
    SETTINGS_SECTION_RIDES,
    SETTINGS_SECTION_DATA,
    SETTINGS_LANGUAGE,
    SETTINGS_LANGUAGE_PHONE,
    SETTINGS_DISCREET,
    SETTINGS_DISCREET_ON,
    SETTINGS_DISCREET_OFF,
    SETTINGS_APP_LOCK,
    SETTINGS_APP_LOCK_DETAIL,
    SETTINGS_RIDE_SERVER,
    SETTINGS_RIDE_SERVER_NONE,
    SETTINGS_RIDE_SERVER_DETAIL,
    SETTINGS_BACKUP,
    SETTINGS_BACKUP_DETAIL,
    SETTINGS_RESTORE,
    SETTINGS_RESTORE_DETAIL,
    SETTINGS_EXPORT,
    SETTINGS_EXPORT_DETAIL,
    SETTINGS_DELETE,
    SETTINGS_DELETE_DETAIL,
    SETTINGS_ON,
    SETTINGS_OFF,
    SETTINGS_ROW_LABEL,
    SETTINGS_DELETE_CONFIRM_TITLE,
    SETTINGS_DELETE_CONFIRM,
    SETTINGS_DELETE_CONFIRM_YES,
    SETTINGS_DELETE_CONFIRM_NO,
    SETTINGS_ERROR,
    AREAS_TITLE,
    AREAS_WELCOME_TITLE,
    AREAS_WELCOME,
    AREAS_PRIVACY,
    AREAS_MEETINGS,
    AREAS_UPDATED,
    AREAS_NEVER_UPDATED,
    AREAS_UPDATE_FAILED,
    AREAS_ROW_LABEL,
    AREAS_ERROR,
    ACTION_USE_LOCATION,
    ACTION_CHOOSE_ON_MAP,
    ACTION_ADD_FEED,
    ACTION_REMOVE_AREA,
    ACTION_REMOVE_FEED,
];

/// Every screen message id the code uses: the ones above (`screens.ftl`) and each screen
/// module's own list (`IDS` in `editor.rs`, `sobriety.rs`, `people.rs`, `rides.rs`, beside
/// their own `.ftl` files, and the journal templates' prompts), so a test can check every
/// locale has them all.
pub fn all_ids() -> impl Iterator<Item = &'static str> {
    let ids = SCREEN_IDS
        .iter()
        .copied()
        .chain(super::editor::ids::IDS.iter().copied())
        .chain(crate::vault::templates::Template::message_ids())
        .chain(super::sobriety::IDS.iter().copied())
        .chain(super::people::IDS.iter().copied())
        .chain(super::rides::IDS.iter().copied())
        .chain(super::ride_form::IDS.iter().copied())
        .chain(crate::vault::next_step::IDS.iter().copied())
        .chain(crate::l10n::cli::IDS.iter().copied())
        .chain(crate::support::msg::IDS.iter().copied())
        .chain(crate::directory::import::notes::IDS.iter().copied())
        .chain(crate::relay::words::IDS.iter().copied());
    // The catalogue checker is built only with its feature (the CLI and the relay, not the
    // phones); its messages are checked whenever it is.
    #[cfg(feature = "catalogue")]
    let ids = ids.chain(crate::catalogue::words::IDS.iter().copied());
    ids
}
