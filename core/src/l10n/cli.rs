//! The CLI's own message ids (`locales/*/cli.ftl`): what the terminal says around the screens
//! (confirmations, sync reports, hints on empty lists, the operator commands).
//!
//! Why in the core: the messages are compiled into the core with every other `.ftl` file, and the
//! core's tests check that every locale has every id listed here ([`IDS`]), so the CLI never
//! shows an id or an empty line. The CLI words them with [`super::Words::text`] (values that may
//! be in any script: names, notes) or [`super::Words::own`] (ids, paths, numbers).

/// `cli-source-added`: "Added source { $id } ({ $format }, { $program }). Run 'waymark sync' to load its meetings." (see `locales/en-GB/cli.ftl`).
pub const SOURCE_ADDED: &str = "cli-source-added";
/// `cli-source-format-detected`: "format detected at sync" (see `locales/en-GB/cli.ftl`).
pub const SOURCE_FORMAT_DETECTED: &str = "cli-source-format-detected";
/// `cli-source-program-assumed`: "No --program was given, so its meetings are read as { $program }'s. If the feed is another fellowship's, remove it and add it again with --program (na, al-anon, …)." (see `locales/en-GB/cli.ftl`).
pub const SOURCE_PROGRAM_ASSUMED: &str = "cli-source-program-assumed";
/// `cli-source-removed`: "Removed source { $id } and its meetings." (see `locales/en-GB/cli.ftl`).
pub const SOURCE_REMOVED: &str = "cli-source-removed";
/// `cli-sources-empty`: "No sources yet. Add one with 'waymark source add <PATH>'." (see `locales/en-GB/cli.ftl`).
pub const SOURCES_EMPTY: &str = "cli-sources-empty";
/// `cli-source-meetings` (see `locales/en-GB/cli.ftl`).
pub const SOURCE_MEETINGS: &str = "cli-source-meetings";
/// `cli-source-failed`: "last attempt failed: { $error }" (see `locales/en-GB/cli.ftl`).
pub const SOURCE_FAILED: &str = "cli-source-failed";
/// `cli-source-updated`: "updated { $time }" (see `locales/en-GB/cli.ftl`).
pub const SOURCE_UPDATED: &str = "cli-source-updated";
/// `cli-source-not-loaded`: "not loaded yet: run 'waymark sync'" (see `locales/en-GB/cli.ftl`).
pub const SOURCE_NOT_LOADED: &str = "cli-source-not-loaded";
/// `cli-sync-unchanged` (see `locales/en-GB/cli.ftl`).
pub const SYNC_UNCHANGED: &str = "cli-sync-unchanged";
/// `cli-sync-loaded` (see `locales/en-GB/cli.ftl`).
pub const SYNC_LOADED: &str = "cli-sync-loaded";
/// `cli-sync-skipped`: "skipped { $key }: { $reason }" (see `locales/en-GB/cli.ftl`).
pub const SYNC_SKIPPED: &str = "cli-sync-skipped";
/// `cli-sync-more-skipped`: "… and { $count } more skipped (see --json)" (see `locales/en-GB/cli.ftl`).
pub const SYNC_MORE_SKIPPED: &str = "cli-sync-more-skipped";
/// `cli-sync-note`: "note { $key }: { $note }" (see `locales/en-GB/cli.ftl`).
pub const SYNC_NOTE: &str = "cli-sync-note";
/// `cli-sync-note-count`: "note ({ $count ->" (see `locales/en-GB/cli.ftl`).
pub const SYNC_NOTE_COUNT: &str = "cli-sync-note-count";
/// `cli-sync-more-notes`: "… and { $count } more notes (see --json)" (see `locales/en-GB/cli.ftl`).
pub const SYNC_MORE_NOTES: &str = "cli-sync-more-notes";
/// `cli-sync-held-back`: "{ $source }: held back: { $error }" (see `locales/en-GB/cli.ftl`).
pub const SYNC_HELD_BACK: &str = "cli-sync-held-back";
/// `cli-sync-not-updated`: "{ $source }: not updated: { $error }. The { $count } meetings from the last good load are kept." (see `locales/en-GB/cli.ftl`).
pub const SYNC_NOT_UPDATED: &str = "cli-sync-not-updated";
/// `cli-sync-nothing-loaded`: "{ $source }: nothing loaded: { $error }" (see `locales/en-GB/cli.ftl`).
pub const SYNC_NOTHING_LOADED: &str = "cli-sync-nothing-loaded";
/// `cli-sync-downloading`: "{ $source }: downloading, { $size }" (see `locales/en-GB/cli.ftl`).
pub const SYNC_DOWNLOADING: &str = "cli-sync-downloading";
/// `cli-sync-reading`: "{ $source }: reading, { $count } meetings" (see `locales/en-GB/cli.ftl`).
pub const SYNC_READING: &str = "cli-sync-reading";
/// `cli-sync-indexing`: "{ $source }: indexing { $count } meetings" (see `locales/en-GB/cli.ftl`).
pub const SYNC_INDEXING: &str = "cli-sync-indexing";
/// `cli-meetings-none`: "No meetings match. Try a wider time window, a larger radius or fewer filters." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_NONE: &str = "cli-meetings-none";
/// `cli-meetings-closed-left-out` (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_CLOSED_LEFT_OUT: &str = "cli-meetings-closed-left-out";
/// `cli-column-when`: "WHEN" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_WHEN: &str = "cli-column-when";
/// `cli-column-meeting-time`: "MEETING TIME (local to meeting)" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_MEETING_TIME: &str = "cli-column-meeting-time";
/// `cli-column-your-time`: "YOUR TIME" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_YOUR_TIME: &str = "cli-column-your-time";
/// `cli-column-name`: "NAME" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_NAME: &str = "cli-column-name";
/// `cli-column-where`: "WHERE" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_WHERE: &str = "cli-column-where";
/// `cli-column-how`: "HOW" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_HOW: &str = "cli-column-how";
/// `cli-column-distance`: "DIST" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_DISTANCE: &str = "cli-column-distance";
/// `cli-column-types`: "TYPES / ID" (see `locales/en-GB/cli.ftl`).
pub const COLUMN_TYPES: &str = "cli-column-types";
/// `cli-id`: "id { $id }" (see `locales/en-GB/cli.ftl`).
pub const ID: &str = "cli-id";
/// `cli-id-also-listed`: "id { $id } (also listed as { $others })" (see `locales/en-GB/cli.ftl`).
pub const ID_ALSO_LISTED: &str = "cli-id-also-listed";
/// `cli-meetings-more` (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_MORE: &str = "cli-meetings-more";
/// `cli-meetings-more-maybe`: "More meetings may match; --limit { $limit } shows more." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_MORE_MAYBE: &str = "cli-meetings-more-maybe";
/// `cli-meetings-more-at-least`: "At least { $count } more meetings match; --limit { $limit } shows more." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_MORE_AT_LEAST: &str = "cli-meetings-more-at-least";
/// `cli-how-in-person`: "in person" (see `locales/en-GB/cli.ftl`).
pub const HOW_IN_PERSON: &str = "cli-how-in-person";
/// `cli-how-online`: "online" (see `locales/en-GB/cli.ftl`).
pub const HOW_ONLINE: &str = "cli-how-online";
/// `cli-how-hybrid`: "in person and online" (see `locales/en-GB/cli.ftl`).
pub const HOW_HYBRID: &str = "cli-how-hybrid";
/// `cli-how-closed`: "temporarily closed" (see `locales/en-GB/cli.ftl`).
pub const HOW_CLOSED: &str = "cli-how-closed";
/// `cli-meetings-your-time`: "YOUR TIME is in { $zone }." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_YOUR_TIME: &str = "cli-meetings-your-time";
/// `cli-meetings-zone-derived`: "* time zone worked out from the map: the feed gives none." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_ZONE_DERIVED: &str = "cli-meetings-zone-derived";
/// `cli-meetings-zone-unknown`: "Some meetings have no time zone in their feed: their times are shown as if in { $zone }." (see `locales/en-GB/cli.ftl`).
pub const MEETINGS_ZONE_UNKNOWN: &str = "cli-meetings-zone-unknown";
/// `cli-types-title`: "Meeting types for { $program } (use the code or the name with --type):" (see `locales/en-GB/cli.ftl`).
pub const TYPES_TITLE: &str = "cli-types-title";
/// `cli-meeting-report-offline`: "(offline? 'waymark meeting report { $id }' keeps it until you send it)" (see `locales/en-GB/cli.ftl`).
pub const MEETING_REPORT_OFFLINE: &str = "cli-meeting-report-offline";
/// `cli-meeting-share`: "share: { $text }" (see `locales/en-GB/cli.ftl`).
pub const MEETING_SHARE: &str = "cli-meeting-share";
/// `cli-report-write`: "To report a problem with { $meeting }, write to { $recipient }:" (see `locales/en-GB/cli.ftl`).
pub const REPORT_WRITE: &str = "cli-report-write";
/// `cli-report-kept`: "Kept as report { $id } until it is sent; then run 'waymark meeting reports --sent { $id }'." (see `locales/en-GB/cli.ftl`).
pub const REPORT_KEPT: &str = "cli-report-kept";
/// `cli-report-sent`: "Report { $id } is sent and no longer kept." (see `locales/en-GB/cli.ftl`).
pub const REPORT_SENT: &str = "cli-report-sent";
/// `cli-report-not-waiting`: "There is no report { $id } waiting." (see `locales/en-GB/cli.ftl`).
pub const REPORT_NOT_WAITING: &str = "cli-report-not-waiting";
/// `cli-reports-empty`: "No problem reports are waiting to be sent." (see `locales/en-GB/cli.ftl`).
pub const REPORTS_EMPTY: &str = "cli-reports-empty";
/// `cli-reports-row`: "{ $id }  { $date }  about { $meeting } to { $recipient }" (see `locales/en-GB/cli.ftl`).
pub const REPORTS_ROW: &str = "cli-reports-row";
/// `cli-favorite-added`: "Added to my meetings: { $name }." (see `locales/en-GB/cli.ftl`).
pub const FAVORITE_ADDED: &str = "cli-favorite-added";
/// `cli-favorite-already`: "{ $name } is already in my meetings." (see `locales/en-GB/cli.ftl`).
pub const FAVORITE_ALREADY: &str = "cli-favorite-already";
/// `cli-favorite-removed`: "Removed from my meetings." (see `locales/en-GB/cli.ftl`).
pub const FAVORITE_REMOVED: &str = "cli-favorite-removed";
/// `cli-favorite-hint`: "Add one with 'waymark favorite add <MEETING_ID>' ('waymark meetings' shows the ids)." (see `locales/en-GB/cli.ftl`).
pub const FAVORITE_HINT: &str = "cli-favorite-hint";
/// `cli-journal-saved`: "Saved. Entry { $id }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_SAVED: &str = "cli-journal-saved";
/// `cli-journal-argument-note`: "Note: words given on the command line can be seen by other users of this computer while the command runs, and may stay in your shell history. To keep an entry private, leave the text out and type it when asked, or pipe it in." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_ARGUMENT_NOTE: &str = "cli-journal-argument-note";
/// `cli-journal-type-entry`: "Write your entry, then press Ctrl-D on a new line to save it." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_TYPE_ENTRY: &str = "cli-journal-type-entry";
/// `cli-journal-nothing-found`: "Nothing found." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_NOTHING_FOUND: &str = "cli-journal-nothing-found";
/// `cli-journal-trashed`: "Moved to the trash. It stays there for { $days } days; 'waymark journal restore { $id }' brings it back." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_TRASHED: &str = "cli-journal-trashed";
/// `cli-journal-restored`: "Back in your journal." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_RESTORED: &str = "cli-journal-restored";
/// `cli-journal-trash-empty`: "The trash is empty." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_TRASH_EMPTY: &str = "cli-journal-trash-empty";
/// `cli-journal-hint`: "Write one with 'waymark journal add', or 'waymark journal prompts' for ideas." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_HINT: &str = "cli-journal-hint";
/// `cli-journal-exported`: "Wrote { $path }. This file is not encrypted: keep it somewhere private." (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_EXPORTED: &str = "cli-journal-exported";
/// `cli-journal-when`: "{ $date } { $time }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_WHEN: &str = "cli-journal-when";
/// `cli-journal-mood-short`: "mood { $mood }/5" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_MOOD_SHORT: &str = "cli-journal-mood-short";
/// `cli-journal-craving-short`: "craving { $craving }/10" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_CRAVING_SHORT: &str = "cli-journal-craving-short";
/// `cli-journal-edited`: "Edited { $date }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_EDITED: &str = "cli-journal-edited";
/// `cli-journal-in-trash`: "In the trash since { $date }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_IN_TRASH: &str = "cli-journal-in-trash";
/// `cli-journal-mood`: "Mood: { $mood }/5" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_MOOD: &str = "cli-journal-mood";
/// `cli-journal-craving`: "Craving: { $craving }/10" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_CRAVING: &str = "cli-journal-craving";
/// `cli-journal-halt`: "HALT: { $words }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_HALT: &str = "cli-journal-halt";
/// `cli-halt-hungry`: "hungry" (see `locales/en-GB/cli.ftl`).
pub const HALT_HUNGRY: &str = "cli-halt-hungry";
/// `cli-halt-angry`: "angry" (see `locales/en-GB/cli.ftl`).
pub const HALT_ANGRY: &str = "cli-halt-angry";
/// `cli-halt-lonely`: "lonely" (see `locales/en-GB/cli.ftl`).
pub const HALT_LONELY: &str = "cli-halt-lonely";
/// `cli-halt-tired`: "tired" (see `locales/en-GB/cli.ftl`).
pub const HALT_TIRED: &str = "cli-halt-tired";
/// `cli-journal-meeting`: "Meeting: { $id }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_MEETING: &str = "cli-journal-meeting";
/// `cli-journal-tags`: "Tags: { $tags }" (see `locales/en-GB/cli.ftl`).
pub const JOURNAL_TAGS: &str = "cli-journal-tags";
/// `cli-sober-saved`: "Saved (id { $id })." (see `locales/en-GB/cli.ftl`).
pub const SOBER_SAVED: &str = "cli-sober-saved";
/// `cli-sober-updated`: "Updated." (see `locales/en-GB/cli.ftl`).
pub const SOBER_UPDATED: &str = "cli-sober-updated";
/// `cli-sober-removed`: "Removed." (see `locales/en-GB/cli.ftl`).
pub const SOBER_REMOVED: &str = "cli-sober-removed";
/// `cli-sober-hint`: "Add one with 'waymark sober add YYYY-MM-DD --label NAME'." (see `locales/en-GB/cli.ftl`).
pub const SOBER_HINT: &str = "cli-sober-hint";
/// `cli-contact-added`: "Added { $name } ({ $role }) to my people." (see `locales/en-GB/cli.ftl`).
pub const CONTACT_ADDED: &str = "cli-contact-added";
/// `cli-contact-removed`: "Removed from my people." (see `locales/en-GB/cli.ftl`).
pub const CONTACT_REMOVED: &str = "cli-contact-removed";
/// `cli-contact-hint`: "Add someone with 'waymark contacts add NAME --role sponsor --phone NUMBER'." (see `locales/en-GB/cli.ftl`).
pub const CONTACT_HINT: &str = "cli-contact-hint";
/// `cli-next-step-person`: "{ $name } ({ $role }): { $phone }  call { $call }  text { $text }" (see `locales/en-GB/cli.ftl`).
pub const NEXT_STEP_PERSON: &str = "cli-next-step-person";
/// `cli-next-step-meeting`: "{ $name } — { $when }, { $why }  (waymark meeting show { $id })" (see `locales/en-GB/cli.ftl`).
pub const NEXT_STEP_MEETING: &str = "cli-next-step-meeting";
/// `cli-next-step-mine`: "one of my meetings" (see `locales/en-GB/cli.ftl`).
pub const NEXT_STEP_MINE: &str = "cli-next-step-mine";
/// `cli-next-step-nearby`: "near you" (see `locales/en-GB/cli.ftl`).
pub const NEXT_STEP_NEARBY: &str = "cli-next-step-nearby";
/// `cli-next-step-online`: "online" (see `locales/en-GB/cli.ftl`).
pub const NEXT_STEP_ONLINE: &str = "cli-next-step-online";
/// `cli-ride-offer-saved`: "Offer { $id } saved: { $seats ->" (see `locales/en-GB/cli.ftl`).
pub const RIDE_OFFER_SAVED: &str = "cli-ride-offer-saved";
/// `cli-ride-request-saved`: "Request { $id } saved for { $meeting }. Only your area (about 1 km) is shared." (see `locales/en-GB/cli.ftl`).
pub const RIDE_REQUEST_SAVED: &str = "cli-ride-request-saved";
/// `cli-ride-accept-saved`: "Acceptance saved." (see `locales/en-GB/cli.ftl`).
pub const RIDE_ACCEPT_SAVED: &str = "cli-ride-accept-saved";
/// `cli-ride-cancel-saved`: "Cancellation saved for ride { $id }." (see `locales/en-GB/cli.ftl`).
pub const RIDE_CANCEL_SAVED: &str = "cli-ride-cancel-saved";
/// `cli-ride-max-distance`: "Rides can start up to { $km } km from the meeting." (see `locales/en-GB/cli.ftl`).
pub const RIDE_MAX_DISTANCE: &str = "cli-ride-max-distance";
/// `cli-ride-not-sent`: "Not sent yet ({ $error }); it goes out at the next 'waymark ride sync'." (see `locales/en-GB/cli.ftl`).
pub const RIDE_NOT_SENT: &str = "cli-ride-not-sent";
/// `cli-ride-saved-offline`: "Saved on this device; it goes out at the next 'waymark ride sync --server URL'." (see `locales/en-GB/cli.ftl`).
pub const RIDE_SAVED_OFFLINE: &str = "cli-ride-saved-offline";
/// `cli-ride-synced`: "Synced: { $sent } sent, { $matches ->" (see `locales/en-GB/cli.ftl`).
pub const RIDE_SYNCED: &str = "cli-ride-synced";
/// `cli-ride-not-done`: "Not done: { $reason }" (see `locales/en-GB/cli.ftl`).
pub const RIDE_NOT_DONE: &str = "cli-ride-not-done";
/// `cli-ride-hint`: "Offer a lift with 'waymark ride offer', or ask for one with 'waymark ride request'." (see `locales/en-GB/cli.ftl`).
pub const RIDE_HINT: &str = "cli-ride-hint";
/// `cli-remind-favorite-added`: "Added { $name } to my meetings." (see `locales/en-GB/cli.ftl`).
pub const REMIND_FAVORITE_ADDED: &str = "cli-remind-favorite-added";
/// `cli-remind-set`: "Reminders set: { $leads }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_SET: &str = "cli-remind-set";
/// `cli-remind-skipped`: "No reminder for the one on { $when }. The ones after it stay." (see `locales/en-GB/cli.ftl`).
pub const REMIND_SKIPPED: &str = "cli-remind-skipped";
/// `cli-remind-resumed`: "Reminders are back on." (see `locales/en-GB/cli.ftl`).
pub const REMIND_RESUMED: &str = "cli-remind-resumed";
/// `cli-remind-paused`: "Reminders paused. They start again on { $date }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PAUSED: &str = "cli-remind-paused";
/// `cli-remind-cleared`: "No more reminders for that meeting." (see `locales/en-GB/cli.ftl`).
pub const REMIND_CLEARED: &str = "cli-remind-cleared";
/// `cli-remind-daily`: "Daily reminder at { $time }: { $label }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_DAILY: &str = "cli-remind-daily";
/// `cli-remind-discreet-on`: "Lock-screen reminders say only the time, e.g. "{ $example }"." (see `locales/en-GB/cli.ftl`).
pub const REMIND_DISCREET_ON: &str = "cli-remind-discreet-on";
/// `cli-remind-discreet-off`: "Lock-screen reminders name the meeting. 'remind discreet on' hides it again." (see `locales/en-GB/cli.ftl`).
pub const REMIND_DISCREET_OFF: &str = "cli-remind-discreet-off";
/// `cli-remind-working`: "Reminders are working." (see `locales/en-GB/cli.ftl`).
pub const REMIND_WORKING: &str = "cli-remind-working";
/// `cli-remind-empty`: "No reminders yet. 'waymark remind set <MEETING_ID> --before 60m' adds one." (see `locales/en-GB/cli.ftl`).
pub const REMIND_EMPTY: &str = "cli-remind-empty";
/// `cli-remind-daily-row`: "daily  { $time }  { $label }" (see `locales/en-GB/cli.ftl`).
pub const REMIND_DAILY_ROW: &str = "cli-remind-daily-row";
/// `cli-remind-paused-until`: "Paused until { $date }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PAUSED_UNTIL: &str = "cli-remind-paused-until";
/// `cli-remind-plan-empty`: "No reminders in the next { $horizon }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PLAN_EMPTY: &str = "cli-remind-plan-empty";
/// `cli-remind-plan-cut`: "{ $count } more reminders fall in this period; a phone holds only the next { $max }." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PLAN_CUT: &str = "cli-remind-plan-cut";
/// `cli-remind-plan-assumed-zone`: "{ $id } has no time zone in its feed; its reminders assume one." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PLAN_ASSUMED_ZONE: &str = "cli-remind-plan-assumed-zone";
/// `cli-remind-plan-unplannable`: "{ $id }: no reminders ({ $reason })." (see `locales/en-GB/cli.ftl`).
pub const REMIND_PLAN_UNPLANNABLE: &str = "cli-remind-plan-unplannable";
/// `cli-remind-plan-when`: "{ $date } { $time }" (see `locales/en-GB/cli.ftl`).
pub const REMIND_PLAN_WHEN: &str = "cli-remind-plan-when";
/// `cli-calendar-wrote`: "Wrote { $count ->" (see `locales/en-GB/cli.ftl`).
pub const CALENDAR_WROTE: &str = "cli-calendar-wrote";
/// `cli-calendar-discreet`: "Discreet, like your reminders: each event is called "{ $summary }" and leaves out the meeting's name and notes. '--detailed' puts them in." (see `locales/en-GB/cli.ftl`).
pub const CALENDAR_DISCREET: &str = "cli-calendar-discreet";
/// `cli-vault-passphrase-choose`: "Choose a passphrase for your private vault:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const VAULT_PASSPHRASE_CHOOSE: &str = "cli-vault-passphrase-choose";
/// `cli-vault-passphrase-open`: "Vault passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const VAULT_PASSPHRASE_OPEN: &str = "cli-vault-passphrase-open";
/// `cli-passphrase-again`: "Type it again, to be sure:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const PASSPHRASE_AGAIN: &str = "cli-passphrase-again";
/// `cli-vault-created`: "Created your private vault in { $path }. It is encrypted with your passphrase: keep the passphrase safe, because without it the vault cannot be opened." (see `locales/en-GB/cli.ftl`).
pub const VAULT_CREATED: &str = "cli-vault-created";
/// `cli-backup-passphrase-new`: "Choose a passphrase for this backup:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const BACKUP_PASSPHRASE_NEW: &str = "cli-backup-passphrase-new";
/// `cli-backup-passphrase`: "Backup passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const BACKUP_PASSPHRASE: &str = "cli-backup-passphrase";
/// `cli-vault-passphrase-new`: "New passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
pub const VAULT_PASSPHRASE_NEW: &str = "cli-vault-passphrase-new";
/// `cli-backup-written`: "Backup written to { $path }: 3 journal entries, 2 of my meetings, 1 sobriety date, 2 reminders, 1 person on my list." (plural forms per count; see `locales/en-GB/cli.ftl`).
pub const BACKUP_WRITTEN: &str = "cli-backup-written";
/// `cli-backup-keep-passphrase`: "Keep its passphrase safe: without it the backup cannot be restored." (see `locales/en-GB/cli.ftl`).
pub const BACKUP_KEEP_PASSPHRASE: &str = "cli-backup-keep-passphrase";
/// `cli-restored`: "Restored. Journal: { $journalAdded } added, { $journalUpdated } updated, { $journalUnchanged } already here. My meetings: { $favorites } added. Sobriety dates: { $sobrietyAdded } added, { $sobrietyUpdated } updated. Reminders: { $reminders } added. My people: { $contacts } added." (see `locales/en-GB/cli.ftl`).
pub const RESTORED: &str = "cli-restored";
/// `cli-restored-not-synced`: "My meetings read "not synced yet" until their meeting lists are loaded ('waymark source add' and 'waymark sync')." (see `locales/en-GB/cli.ftl`).
pub const RESTORED_NOT_SYNCED: &str = "cli-restored-not-synced";
/// `cli-restored-settings-kept`: "Settings kept as they are on this device: { $settings }. A restore never brings in car-pool details and never makes reminders less discreet; 'waymark remind discreet off' does that if you want it." (see `locales/en-GB/cli.ftl`).
pub const RESTORED_SETTINGS_KEPT: &str = "cli-restored-settings-kept";
/// `cli-passphrase-changed`: "Passphrase changed. Use the new one from now on." (see `locales/en-GB/cli.ftl`).
pub const PASSPHRASE_CHANGED: &str = "cli-passphrase-changed";
/// `cli-area-added`: "Added area { $id } ({ $label }): { $tiles } tiles of { $relay }, and online meetings. 'waymark sync' brings their meetings." (see `locales/en-GB/cli.ftl`).
pub const AREA_ADDED: &str = "cli-area-added";
/// `cli-areas-empty`: "No areas yet. 'waymark area add --relay URL --relay-key KEY --near LAT,LON' adds one." (see `locales/en-GB/cli.ftl`).
pub const AREAS_EMPTY: &str = "cli-areas-empty";
/// `cli-area-row`: "{ $id }  { $label }  { $tiles } tiles  { $relay }" (see `locales/en-GB/cli.ftl`).
pub const AREA_ROW: &str = "cli-area-row";
/// `cli-area-removed`: "Removed area { $id }." (see `locales/en-GB/cli.ftl`).
pub const AREA_REMOVED: &str = "cli-area-removed";
/// `cli-area-sources-empty`: "Nothing from a relay yet: add an area, then 'waymark sync'." (see `locales/en-GB/cli.ftl`).
pub const AREA_SOURCES_EMPTY: &str = "cli-area-sources-empty";
/// `cli-relay-key-written`: "Secret key written to { $path } (only you can read it). Keep a copy somewhere safe: phones trust only this key, and a lost key cannot be recovered." (see `locales/en-GB/cli.ftl`).
pub const RELAY_KEY_WRITTEN: &str = "cli-relay-key-written";
/// `cli-relay-public-key`: "Public key (give it to the phones):" (see `locales/en-GB/cli.ftl`).
pub const RELAY_PUBLIC_KEY: &str = "cli-relay-public-key";
/// `cli-catalogue-problems`: "{ $path } has { $count } problems, listed above" (plural by $count) (see `locales/en-GB/cli.ftl`).
pub const CATALOGUE_PROBLEMS: &str = "cli-catalogue-problems";
/// `cli-relay-catalogue-problems`: "{ $path } has { $count } problems, listed above; nothing was built" (plural by $count) (see `locales/en-GB/cli.ftl`).
pub const RELAY_CATALOGUE_PROBLEMS: &str = "cli-relay-catalogue-problems";
/// `cli-relay-source-failed`: "{ $id }: { $why } (last worked: { $when })" (see `locales/en-GB/cli.ftl`).
pub const RELAY_SOURCE_FAILED: &str = "cli-relay-source-failed";
/// `cli-relay-never`: "never" (see `locales/en-GB/cli.ftl`).
pub const RELAY_NEVER: &str = "cli-relay-never";
/// `cli-relay-error-offline`: "could not reach the server" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_OFFLINE: &str = "cli-relay-error-offline";
/// `cli-relay-error-timeout`: "the server did not answer in time" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_TIMEOUT: &str = "cli-relay-error-timeout";
/// `cli-relay-error-http`: "the server answered with an error" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_HTTP: &str = "cli-relay-error-http";
/// `cli-relay-error-invalid-data`: "the answer was not a usable feed" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_INVALID_DATA: &str = "cli-relay-error-invalid-data";
/// `cli-relay-error-suspicious`: "the feed shrank drastically, so its previous meetings were kept" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_SUSPICIOUS: &str = "cli-relay-error-suspicious";
/// `cli-relay-error-invalid-input`: "refused: its address or settings are not allowed" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_INVALID_INPUT: &str = "cli-relay-error-invalid-input";
/// `cli-relay-error-other`: "failed" (see `locales/en-GB/cli.ftl`).
pub const RELAY_ERROR_OTHER: &str = "cli-relay-error-other";
/// `cli-relay-published`: "published version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)" (see `locales/en-GB/cli.ftl`).
pub const RELAY_PUBLISHED: &str = "cli-relay-published";
/// `cli-relay-unchanged`: "nothing changed; still version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)" (see `locales/en-GB/cli.ftl`).
pub const RELAY_UNCHANGED: &str = "cli-relay-unchanged";
/// `cli-catalogue-ok`: "catalogue OK: { $count } sources (by program: { $programs }; by format: { $formats })" (see `locales/en-GB/cli.ftl`).
pub const CATALOGUE_OK: &str = "cli-catalogue-ok";
/// `cli-generated`: "Wrote { $count } synthetic meetings to { $path }" (see `locales/en-GB/cli.ftl`).
pub const GENERATED: &str = "cli-generated";
/// `cli-demo-intro`: "Waymark demo: { $count } synthetic meetings in { $cities } cities, kept in { $path }" (see `locales/en-GB/cli.ftl`).
pub const DEMO_INTRO: &str = "cli-demo-intro";
/// `cli-demo-loaded`: "(loaded in { $seconds } s)" (see `locales/en-GB/cli.ftl`).
pub const DEMO_LOADED: &str = "cli-demo-loaded";
/// `cli-demo-found`: "({ $count } found in { $ms } ms)" (see `locales/en-GB/cli.ftl`).
pub const DEMO_FOUND: &str = "cli-demo-found";
/// `cli-demo-search-now`: "On now or starting in the next 3 hours, within 25 km of central Philadelphia" (see `locales/en-GB/cli.ftl`).
pub const DEMO_SEARCH_NOW: &str = "cli-demo-search-now";
/// `cli-demo-search-online`: "Spanish-speaking meetings you can join online on Tuesday, seen from London" (see `locales/en-GB/cli.ftl`).
pub const DEMO_SEARCH_ONLINE: &str = "cli-demo-search-online";
/// `cli-demo-search-women`: "Women's meetings with wheelchair access within 40 km of Aberystwyth" (see `locales/en-GB/cli.ftl`).
pub const DEMO_SEARCH_WOMEN: &str = "cli-demo-search-women";
/// `cli-demo-search-text`: "Free text, accents ignored: "cafe serenite" finds "Café" and "Sobriété"" (see `locales/en-GB/cli.ftl`).
pub const DEMO_SEARCH_TEXT: &str = "cli-demo-search-text";
/// `cli-demo-try`: "Try your own: waymark --data-dir { $path } meetings --help" (see `locales/en-GB/cli.ftl`).
pub const DEMO_TRY: &str = "cli-demo-try";

/// `cli-all-day`: all day (a meeting listed 00:00–23:59), in the meetings table. No values. (see `locales/en-GB/cli.ftl`).
pub const ALL_DAY: &str = "cli-all-day";
/// `cli-zone-unknown`: a meeting whose time zone is not known, in the meetings table. No values. (see `locales/en-GB/cli.ftl`).
pub const ZONE_UNKNOWN: &str = "cli-zone-unknown";
/// `cli-usage-point`: $flag: the option (--near); $value: what was typed. LAT,LON stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_POINT: &str = "cli-usage-point";
/// `cli-usage-not-a-point`: $flag, $value: as above. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_A_POINT: &str = "cli-usage-not-a-point";
/// `cli-usage-one-of`: $flag: the option; $value: what was typed; $options: the values it takes, as typed (km / mi). (see `locales/en-GB/cli.ftl`).
pub const USAGE_ONE_OF: &str = "cli-usage-one-of";
/// `cli-usage-not-a-date`: $flag: the option; $value: what was typed. YYYY-MM-DD stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_A_DATE: &str = "cli-usage-not-a-date";
/// `cli-usage-not-a-time`: $value: what was typed (a time of day was expected, such as 21:00). (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_A_TIME: &str = "cli-usage-not-a-time";
/// `cli-usage-not-a-duration`: $flag: the option; $value: what was typed; $example: durations as typed (3h, 90m). (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_A_DURATION: &str = "cli-usage-not-a-duration";
/// `cli-usage-between`: $flag: the option; $min, $max: its limits, as typed (1m, 7d). (see `locales/en-GB/cli.ftl`).
pub const USAGE_BETWEEN: &str = "cli-usage-between";
/// `cli-usage-needs`: $flag: the option given; $other: the option it needs. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NEEDS: &str = "cli-usage-needs";
/// `cli-usage-pattern`: $flag: the option; $value: what was typed; $pattern: its shape, as typed (HH:MM-HH:MM, RFC 3339). (see `locales/en-GB/cli.ftl`).
pub const USAGE_PATTERN: &str = "cli-usage-pattern";
/// `cli-usage-not-a-weekday`: $flag: the option; $value: what was typed. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_A_WEEKDAY: &str = "cli-usage-not-a-weekday";
/// `cli-usage-type`: $problem: why the type was not found (the core's words). `waymark types` stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_TYPE: &str = "cli-usage-type";
/// `cli-usage-not-saved`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_SAVED: &str = "cli-usage-not-saved";
/// `cli-usage-no-vault`: No values. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_VAULT: &str = "cli-usage-no-vault";
/// `cli-cannot-create`: $path: a folder. (see `locales/en-GB/cli.ftl`).
pub const CANNOT_CREATE: &str = "cli-cannot-create";
/// `cli-cannot-write`: $path: a file. (see `locales/en-GB/cli.ftl`).
pub const CANNOT_WRITE: &str = "cli-cannot-write";
/// `cli-cannot-create-data`: $path: the data folder. (see `locales/en-GB/cli.ftl`).
pub const CANNOT_CREATE_DATA: &str = "cli-cannot-create-data";
/// `cli-no-data-dir`: No values. --data-dir DIR stays as it is. (see `locales/en-GB/cli.ftl`).
pub const NO_DATA_DIR: &str = "cli-no-data-dir";
/// `cli-stdin-unreadable`: No values. (see `locales/en-GB/cli.ftl`).
pub const STDIN_UNREADABLE: &str = "cli-stdin-unreadable";
/// `cli-cannot-read`: $path: the file as given; $detail: why, from the system (see `locales/en-GB/cli.ftl`).
pub const CANNOT_READ: &str = "cli-cannot-read";

/// `cli-usage-no-terminal`: $var: the environment variable to set instead (WAYMARK_PASSPHRASE). (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_TERMINAL: &str = "cli-usage-no-terminal";
/// `cli-usage-passphrases-differ`: No values. (see `locales/en-GB/cli.ftl`).
pub const USAGE_PASSPHRASES_DIFFER: &str = "cli-usage-passphrases-differ";
/// `cli-usage-no-longer-listed`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_LONGER_LISTED: &str = "cli-usage-no-longer-listed";
/// `cli-usage-no-meeting`: $id: what was typed as a meeting id. `waymark meetings` stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_MEETING: &str = "cli-usage-no-meeting";
/// `cli-usage-entry-too-long`: $max: characters. (see `locales/en-GB/cli.ftl`).
pub const USAGE_ENTRY_TOO_LONG: &str = "cli-usage-entry-too-long";
/// `cli-usage-not-on-day`: $name: the meeting's name; $day: a weekday's name. --days stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_ON_DAY: &str = "cli-usage-not-on-day";
/// `cli-usage-no-reminders`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_REMINDERS: &str = "cli-usage-no-reminders";
/// `cli-usage-at-least`: $flag: the option; $min: its least value. (see `locales/en-GB/cli.ftl`).
pub const USAGE_AT_LEAST: &str = "cli-usage-at-least";
/// `cli-usage-null-island`: $flag: the option; $value: what was typed (0,0 or a placeholder). (see `locales/en-GB/cli.ftl`).
pub const USAGE_NULL_ISLAND: &str = "cli-usage-null-island";
/// `cli-usage-not-km`: $value: what was typed. `default` stays as it is. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NOT_KM: &str = "cli-usage-not-km";
/// `cli-usage-no-server`: No values. --server URL and WAYMARK_SERVER stay as they are. (see `locales/en-GB/cli.ftl`).
pub const USAGE_NO_SERVER: &str = "cli-usage-no-server";

/// `cli-usage-unknown-zone`: $value: the zone as typed (see `locales/en-GB/cli.ftl`).
pub const USAGE_UNKNOWN_ZONE: &str = "cli-usage-unknown-zone";

/// Every id above, so a test can check every locale has them all.
pub const IDS: &[&str] = &[
    SOURCE_ADDED,
    SOURCE_FORMAT_DETECTED,
    SOURCE_PROGRAM_ASSUMED,
    SOURCE_REMOVED,
    SOURCES_EMPTY,
    SOURCE_MEETINGS,
    SOURCE_FAILED,
    SOURCE_UPDATED,
    SOURCE_NOT_LOADED,
    SYNC_UNCHANGED,
    SYNC_LOADED,
    SYNC_SKIPPED,
    SYNC_MORE_SKIPPED,
    SYNC_NOTE,
    SYNC_NOTE_COUNT,
    SYNC_MORE_NOTES,
    SYNC_HELD_BACK,
    SYNC_NOT_UPDATED,
    SYNC_NOTHING_LOADED,
    SYNC_DOWNLOADING,
    SYNC_READING,
    SYNC_INDEXING,
    MEETINGS_NONE,
    MEETINGS_CLOSED_LEFT_OUT,
    COLUMN_WHEN,
    COLUMN_MEETING_TIME,
    COLUMN_YOUR_TIME,
    COLUMN_NAME,
    COLUMN_WHERE,
    COLUMN_HOW,
    COLUMN_DISTANCE,
    COLUMN_TYPES,
    ID,
    ID_ALSO_LISTED,
    MEETINGS_MORE,
    MEETINGS_MORE_MAYBE,
    MEETINGS_MORE_AT_LEAST,
    HOW_IN_PERSON,
    HOW_ONLINE,
    HOW_HYBRID,
    HOW_CLOSED,
    MEETINGS_YOUR_TIME,
    MEETINGS_ZONE_DERIVED,
    MEETINGS_ZONE_UNKNOWN,
    TYPES_TITLE,
    MEETING_REPORT_OFFLINE,
    MEETING_SHARE,
    REPORT_WRITE,
    REPORT_KEPT,
    REPORT_SENT,
    REPORT_NOT_WAITING,
    REPORTS_EMPTY,
    REPORTS_ROW,
    FAVORITE_ADDED,
    FAVORITE_ALREADY,
    FAVORITE_REMOVED,
    FAVORITE_HINT,
    JOURNAL_SAVED,
    JOURNAL_ARGUMENT_NOTE,
    JOURNAL_TYPE_ENTRY,
    JOURNAL_NOTHING_FOUND,
    JOURNAL_TRASHED,
    JOURNAL_RESTORED,
    JOURNAL_TRASH_EMPTY,
    JOURNAL_HINT,
    JOURNAL_EXPORTED,
    JOURNAL_WHEN,
    JOURNAL_MOOD_SHORT,
    JOURNAL_CRAVING_SHORT,
    JOURNAL_EDITED,
    JOURNAL_IN_TRASH,
    JOURNAL_MOOD,
    JOURNAL_CRAVING,
    JOURNAL_HALT,
    HALT_HUNGRY,
    HALT_ANGRY,
    HALT_LONELY,
    HALT_TIRED,
    JOURNAL_MEETING,
    JOURNAL_TAGS,
    SOBER_SAVED,
    SOBER_UPDATED,
    SOBER_REMOVED,
    SOBER_HINT,
    CONTACT_ADDED,
    CONTACT_REMOVED,
    CONTACT_HINT,
    NEXT_STEP_PERSON,
    NEXT_STEP_MEETING,
    NEXT_STEP_MINE,
    NEXT_STEP_NEARBY,
    NEXT_STEP_ONLINE,
    RIDE_OFFER_SAVED,
    RIDE_REQUEST_SAVED,
    RIDE_ACCEPT_SAVED,
    RIDE_CANCEL_SAVED,
    RIDE_MAX_DISTANCE,
    RIDE_NOT_SENT,
    RIDE_SAVED_OFFLINE,
    RIDE_SYNCED,
    RIDE_NOT_DONE,
    RIDE_HINT,
    REMIND_FAVORITE_ADDED,
    REMIND_SET,
    REMIND_SKIPPED,
    REMIND_RESUMED,
    REMIND_PAUSED,
    REMIND_CLEARED,
    REMIND_DAILY,
    REMIND_DISCREET_ON,
    REMIND_DISCREET_OFF,
    REMIND_WORKING,
    REMIND_EMPTY,
    REMIND_DAILY_ROW,
    REMIND_PAUSED_UNTIL,
    REMIND_PLAN_EMPTY,
    REMIND_PLAN_CUT,
    REMIND_PLAN_ASSUMED_ZONE,
    REMIND_PLAN_UNPLANNABLE,
    REMIND_PLAN_WHEN,
    CALENDAR_WROTE,
    CALENDAR_DISCREET,
    VAULT_PASSPHRASE_CHOOSE,
    VAULT_PASSPHRASE_OPEN,
    PASSPHRASE_AGAIN,
    VAULT_CREATED,
    BACKUP_PASSPHRASE_NEW,
    BACKUP_PASSPHRASE,
    VAULT_PASSPHRASE_NEW,
    BACKUP_WRITTEN,
    BACKUP_KEEP_PASSPHRASE,
    RESTORED,
    RESTORED_NOT_SYNCED,
    RESTORED_SETTINGS_KEPT,
    PASSPHRASE_CHANGED,
    AREA_ADDED,
    AREAS_EMPTY,
    AREA_ROW,
    AREA_REMOVED,
    AREA_SOURCES_EMPTY,
    RELAY_KEY_WRITTEN,
    RELAY_PUBLIC_KEY,
    CATALOGUE_PROBLEMS,
    RELAY_CATALOGUE_PROBLEMS,
    RELAY_SOURCE_FAILED,
    RELAY_NEVER,
    RELAY_ERROR_OFFLINE,
    RELAY_ERROR_TIMEOUT,
    RELAY_ERROR_HTTP,
    RELAY_ERROR_INVALID_DATA,
    RELAY_ERROR_SUSPICIOUS,
    RELAY_ERROR_INVALID_INPUT,
    RELAY_ERROR_OTHER,
    RELAY_PUBLISHED,
    RELAY_UNCHANGED,
    CATALOGUE_OK,
    GENERATED,
    DEMO_INTRO,
    DEMO_LOADED,
    DEMO_FOUND,
    DEMO_SEARCH_NOW,
    DEMO_SEARCH_ONLINE,
    DEMO_SEARCH_WOMEN,
    DEMO_SEARCH_TEXT,
    DEMO_TRY,
    ALL_DAY,
    ZONE_UNKNOWN,
    USAGE_POINT,
    USAGE_NOT_A_POINT,
    USAGE_ONE_OF,
    USAGE_NOT_A_DATE,
    USAGE_NOT_A_TIME,
    USAGE_NOT_A_DURATION,
    USAGE_BETWEEN,
    USAGE_NEEDS,
    USAGE_PATTERN,
    USAGE_NOT_A_WEEKDAY,
    USAGE_TYPE,
    USAGE_NOT_SAVED,
    USAGE_NO_VAULT,
    CANNOT_CREATE,
    CANNOT_WRITE,
    CANNOT_CREATE_DATA,
    NO_DATA_DIR,
    STDIN_UNREADABLE,
    CANNOT_READ,
    USAGE_NO_TERMINAL,
    USAGE_PASSPHRASES_DIFFER,
    USAGE_NO_LONGER_LISTED,
    USAGE_NO_MEETING,
    USAGE_ENTRY_TOO_LONG,
    USAGE_NOT_ON_DAY,
    USAGE_NO_REMINDERS,
    USAGE_AT_LEAST,
    USAGE_NULL_ISLAND,
    USAGE_NOT_KM,
    USAGE_NO_SERVER,
    USAGE_UNKNOWN_ZONE,
];
