//! The CLI's own message ids (`locales/*/cli.ftl`): what the terminal says around the screens
//! (confirmations, sync reports, hints on empty lists, the operator commands).
//!
//! Why in the core: the messages are compiled into the core with every other `.ftl` file, and the
//! core's tests check that every locale has every id listed here ([`IDS`]), so the CLI never
//! shows an id or an empty line. The CLI words them with [`super::Words::text`] (values that may
//! be in any script: names, notes) or [`super::Words::own`] (ids, paths, numbers).

crate::l10n::message_ids! {
    /// Every id below, so a test can check every locale has them all.
    pub IDS;
    /// `cli-source-added`: "Added source { $id } ({ $format }, { $program }). Run 'waymark sync' to load its meetings." (see `locales/en-GB/cli.ftl`).
    pub SOURCE_ADDED = "cli-source-added";
    /// `cli-source-format-detected`: "format detected at sync" (see `locales/en-GB/cli.ftl`).
    pub SOURCE_FORMAT_DETECTED = "cli-source-format-detected";
    /// `cli-source-program-assumed`: "No --program was given, so its meetings are read as { $program }'s. If the feed is another fellowship's, remove it and add it again with --program (na, al-anon, …)." (see `locales/en-GB/cli.ftl`).
    pub SOURCE_PROGRAM_ASSUMED = "cli-source-program-assumed";
    /// `cli-source-removed`: "Removed source { $id } and its meetings." (see `locales/en-GB/cli.ftl`).
    pub SOURCE_REMOVED = "cli-source-removed";
    /// `cli-sources-empty`: "No sources yet. Add one with `waymark source add <PATH>`." (see `locales/en-GB/cli.ftl`).
    pub SOURCES_EMPTY = "cli-sources-empty";
    /// `cli-source-meetings` (see `locales/en-GB/cli.ftl`).
    pub SOURCE_MEETINGS = "cli-source-meetings";
    /// `cli-source-failed`: "last attempt failed: { $error }" (see `locales/en-GB/cli.ftl`).
    pub SOURCE_FAILED = "cli-source-failed";
    /// `cli-source-updated`: "updated { $time }" (see `locales/en-GB/cli.ftl`).
    pub SOURCE_UPDATED = "cli-source-updated";
    /// `cli-source-not-loaded`: "not loaded yet: run 'waymark sync'" (see `locales/en-GB/cli.ftl`).
    pub SOURCE_NOT_LOADED = "cli-source-not-loaded";
    /// `cli-sync-unchanged` (see `locales/en-GB/cli.ftl`).
    pub SYNC_UNCHANGED = "cli-sync-unchanged";
    /// `cli-sync-loaded` (see `locales/en-GB/cli.ftl`).
    pub SYNC_LOADED = "cli-sync-loaded";
    /// `cli-sync-skipped`: "skipped { $key }: { $reason }" (see `locales/en-GB/cli.ftl`).
    pub SYNC_SKIPPED = "cli-sync-skipped";
    /// `cli-sync-more-skipped`: "… and { $count } more skipped (see --json)" (see `locales/en-GB/cli.ftl`).
    pub SYNC_MORE_SKIPPED = "cli-sync-more-skipped";
    /// `cli-sync-note`: "note { $key }: { $note }" (see `locales/en-GB/cli.ftl`).
    pub SYNC_NOTE = "cli-sync-note";
    /// `cli-sync-note-count`: "note ({ $count ->" (see `locales/en-GB/cli.ftl`).
    pub SYNC_NOTE_COUNT = "cli-sync-note-count";
    /// `cli-sync-more-notes`: "… and { $count } more notes (see --json)" (see `locales/en-GB/cli.ftl`).
    pub SYNC_MORE_NOTES = "cli-sync-more-notes";
    /// `cli-sync-held-back`: "{ $source }: held back: { $error }" (see `locales/en-GB/cli.ftl`).
    pub SYNC_HELD_BACK = "cli-sync-held-back";
    /// `cli-sync-not-updated`: "{ $source }: not updated: { $error }. The { $count } meetings from the last good load are kept." (see `locales/en-GB/cli.ftl`).
    pub SYNC_NOT_UPDATED = "cli-sync-not-updated";
    /// `cli-sync-nothing-loaded`: "{ $source }: nothing loaded: { $error }" (see `locales/en-GB/cli.ftl`).
    pub SYNC_NOTHING_LOADED = "cli-sync-nothing-loaded";
    /// `cli-sync-downloading`: "{ $source }: downloading, { $size }" (see `locales/en-GB/cli.ftl`).
    pub SYNC_DOWNLOADING = "cli-sync-downloading";
    /// `cli-sync-reading`: "{ $source }: reading, { $count } meetings" (see `locales/en-GB/cli.ftl`).
    pub SYNC_READING = "cli-sync-reading";
    /// `cli-sync-indexing`: "{ $source }: indexing { $count } meetings" (see `locales/en-GB/cli.ftl`).
    pub SYNC_INDEXING = "cli-sync-indexing";
    /// `cli-meetings-none`: "No meetings match. Try a wider time window, a larger radius or fewer filters." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_NONE = "cli-meetings-none";
    /// `cli-meetings-closed-left-out` (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_CLOSED_LEFT_OUT = "cli-meetings-closed-left-out";
    /// `cli-column-when`: "WHEN" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_WHEN = "cli-column-when";
    /// `cli-column-meeting-time`: "MEETING TIME (local to meeting)" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_MEETING_TIME = "cli-column-meeting-time";
    /// `cli-column-your-time`: "YOUR TIME" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_YOUR_TIME = "cli-column-your-time";
    /// `cli-column-name`: "NAME" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_NAME = "cli-column-name";
    /// `cli-column-where`: "WHERE" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_WHERE = "cli-column-where";
    /// `cli-column-how`: "HOW" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_HOW = "cli-column-how";
    /// `cli-column-distance`: "DIST" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_DISTANCE = "cli-column-distance";
    /// `cli-column-types`: "TYPES / ID" (see `locales/en-GB/cli.ftl`).
    pub COLUMN_TYPES = "cli-column-types";
    /// `cli-id`: "id { $id }" (see `locales/en-GB/cli.ftl`).
    pub ID = "cli-id";
    /// `cli-id-also-listed`: "id { $id } (also listed as { $others })" (see `locales/en-GB/cli.ftl`).
    pub ID_ALSO_LISTED = "cli-id-also-listed";
    /// `cli-meetings-more` (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_MORE = "cli-meetings-more";
    /// `cli-meetings-more-maybe`: "More meetings may match; --limit { $limit } shows more." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_MORE_MAYBE = "cli-meetings-more-maybe";
    /// `cli-meetings-more-at-least`: "At least { $count } more meetings match; --limit { $limit } shows more." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_MORE_AT_LEAST = "cli-meetings-more-at-least";
    /// `cli-how-in-person`: "in person" (see `locales/en-GB/cli.ftl`).
    pub HOW_IN_PERSON = "cli-how-in-person";
    /// `cli-how-online`: "online" (see `locales/en-GB/cli.ftl`).
    pub HOW_ONLINE = "cli-how-online";
    /// `cli-how-hybrid`: "in person and online" (see `locales/en-GB/cli.ftl`).
    pub HOW_HYBRID = "cli-how-hybrid";
    /// `cli-how-closed`: "temporarily closed" (see `locales/en-GB/cli.ftl`).
    pub HOW_CLOSED = "cli-how-closed";
    /// `cli-meetings-your-time`: "YOUR TIME is in { $zone }." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_YOUR_TIME = "cli-meetings-your-time";
    /// `cli-meetings-zone-derived`: "* time zone worked out from the map: the feed gives none." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_ZONE_DERIVED = "cli-meetings-zone-derived";
    /// `cli-meetings-zone-unknown`: "Some meetings have no time zone in their feed: their times are shown as if in { $zone }." (see `locales/en-GB/cli.ftl`).
    pub MEETINGS_ZONE_UNKNOWN = "cli-meetings-zone-unknown";
    /// `cli-types-title`: "Meeting types for { $program } (use the code or the name with --type):" (see `locales/en-GB/cli.ftl`).
    pub TYPES_TITLE = "cli-types-title";
    /// `cli-meeting-report-offline`: "(offline? 'waymark meeting report { $id }' keeps it until you send it)" (see `locales/en-GB/cli.ftl`).
    pub MEETING_REPORT_OFFLINE = "cli-meeting-report-offline";
    /// `cli-meeting-share`: "share: { $text }" (see `locales/en-GB/cli.ftl`).
    pub MEETING_SHARE = "cli-meeting-share";
    /// `cli-report-write`: "To report a problem with { $meeting }, write to { $recipient }:" (see `locales/en-GB/cli.ftl`).
    pub REPORT_WRITE = "cli-report-write";
    /// `cli-report-kept`: "Kept as report { $id } until it is sent; then run 'waymark meeting reports --sent { $id }'." (see `locales/en-GB/cli.ftl`).
    pub REPORT_KEPT = "cli-report-kept";
    /// `cli-report-sent`: "Report { $id } is sent and no longer kept." (see `locales/en-GB/cli.ftl`).
    pub REPORT_SENT = "cli-report-sent";
    /// `cli-report-not-waiting`: "There is no report { $id } waiting." (see `locales/en-GB/cli.ftl`).
    pub REPORT_NOT_WAITING = "cli-report-not-waiting";
    /// `cli-reports-empty`: "No problem reports are waiting to be sent." (see `locales/en-GB/cli.ftl`).
    pub REPORTS_EMPTY = "cli-reports-empty";
    /// `cli-reports-row`: "{ $id }  { $date }  about { $meeting } to { $recipient }" (see `locales/en-GB/cli.ftl`).
    pub REPORTS_ROW = "cli-reports-row";
    /// `cli-favorite-added`: "Added to my meetings: { $name }." (see `locales/en-GB/cli.ftl`).
    pub FAVORITE_ADDED = "cli-favorite-added";
    /// `cli-favorite-already`: "{ $name } is already in my meetings." (see `locales/en-GB/cli.ftl`).
    pub FAVORITE_ALREADY = "cli-favorite-already";
    /// `cli-favorite-removed`: "Removed from my meetings." (see `locales/en-GB/cli.ftl`).
    pub FAVORITE_REMOVED = "cli-favorite-removed";
    /// `cli-favorite-hint`: "Add one with 'waymark favorite add <MEETING_ID>' ('waymark meetings' shows the ids)." (see `locales/en-GB/cli.ftl`).
    pub FAVORITE_HINT = "cli-favorite-hint";
    /// `cli-journal-saved`: "Saved. Entry { $id }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_SAVED = "cli-journal-saved";
    /// `cli-journal-argument-note`: "Note: words given on the command line can be seen by other users of this computer while the command runs, and may stay in your shell history. To keep an entry private, leave the text out and type it when asked, or pipe it in." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_ARGUMENT_NOTE = "cli-journal-argument-note";
    /// `cli-journal-type-entry`: "Write your entry, then press Ctrl-D on a new line to save it." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_TYPE_ENTRY = "cli-journal-type-entry";
    /// `cli-journal-nothing-found`: "Nothing found." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_NOTHING_FOUND = "cli-journal-nothing-found";
    /// `cli-journal-trashed`: "Moved to the trash. It stays there for { $days } days; 'waymark journal restore { $id }' brings it back." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_TRASHED = "cli-journal-trashed";
    /// `cli-journal-restored`: "Back in your journal." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_RESTORED = "cli-journal-restored";
    /// `cli-journal-trash-empty`: "The trash is empty." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_TRASH_EMPTY = "cli-journal-trash-empty";
    /// `cli-journal-hint`: "Write one with 'waymark journal add', or 'waymark journal prompts' for ideas." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_HINT = "cli-journal-hint";
    /// `cli-journal-exported`: "Wrote { $path }. This file is not encrypted: keep it somewhere private." (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_EXPORTED = "cli-journal-exported";
    /// `cli-journal-when`: "{ $date } { $time }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_WHEN = "cli-journal-when";
    /// `cli-journal-mood-short`: "mood { $mood }/5" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_MOOD_SHORT = "cli-journal-mood-short";
    /// `cli-journal-craving-short`: "craving { $craving }/10" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_CRAVING_SHORT = "cli-journal-craving-short";
    /// `cli-journal-edited`: "Edited { $date }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_EDITED = "cli-journal-edited";
    /// `cli-journal-in-trash`: "In the trash since { $date }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_IN_TRASH = "cli-journal-in-trash";
    /// `cli-journal-mood`: "Mood: { $mood }/5" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_MOOD = "cli-journal-mood";
    /// `cli-journal-craving`: "Craving: { $craving }/10" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_CRAVING = "cli-journal-craving";
    /// `cli-journal-halt`: "HALT: { $words }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_HALT = "cli-journal-halt";
    /// `cli-halt-hungry`: "hungry" (see `locales/en-GB/cli.ftl`).
    pub HALT_HUNGRY = "cli-halt-hungry";
    /// `cli-halt-angry`: "angry" (see `locales/en-GB/cli.ftl`).
    pub HALT_ANGRY = "cli-halt-angry";
    /// `cli-halt-lonely`: "lonely" (see `locales/en-GB/cli.ftl`).
    pub HALT_LONELY = "cli-halt-lonely";
    /// `cli-halt-tired`: "tired" (see `locales/en-GB/cli.ftl`).
    pub HALT_TIRED = "cli-halt-tired";
    /// `cli-journal-meeting`: "Meeting: { $id }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_MEETING = "cli-journal-meeting";
    /// `cli-journal-tags`: "Tags: { $tags }" (see `locales/en-GB/cli.ftl`).
    pub JOURNAL_TAGS = "cli-journal-tags";
    /// `cli-sober-saved`: "Saved (id { $id })." (see `locales/en-GB/cli.ftl`).
    pub SOBER_SAVED = "cli-sober-saved";
    /// `cli-sober-updated`: "Updated." (see `locales/en-GB/cli.ftl`).
    pub SOBER_UPDATED = "cli-sober-updated";
    /// `cli-sober-removed`: "Removed." (see `locales/en-GB/cli.ftl`).
    pub SOBER_REMOVED = "cli-sober-removed";
    /// `cli-sober-hint`: "Add one with 'waymark sober add YYYY-MM-DD --label NAME'." (see `locales/en-GB/cli.ftl`).
    pub SOBER_HINT = "cli-sober-hint";
    /// `cli-contact-added`: "Added { $name } ({ $role }) to my people." (see `locales/en-GB/cli.ftl`).
    pub CONTACT_ADDED = "cli-contact-added";
    /// `cli-contact-removed`: "Removed from my people." (see `locales/en-GB/cli.ftl`).
    pub CONTACT_REMOVED = "cli-contact-removed";
    /// `cli-contact-hint`: "Add someone with 'waymark contacts add NAME --role sponsor --phone NUMBER'." (see `locales/en-GB/cli.ftl`).
    pub CONTACT_HINT = "cli-contact-hint";
    /// `cli-next-step-person`: "{ $name } ({ $role }): { $phone }  call { $call }  text { $text }" (see `locales/en-GB/cli.ftl`).
    pub NEXT_STEP_PERSON = "cli-next-step-person";
    /// `cli-next-step-meeting`: "{ $name } — { $when }, { $why }  (waymark meeting show { $id })" (see `locales/en-GB/cli.ftl`).
    pub NEXT_STEP_MEETING = "cli-next-step-meeting";
    /// `cli-next-step-mine`: "one of my meetings" (see `locales/en-GB/cli.ftl`).
    pub NEXT_STEP_MINE = "cli-next-step-mine";
    /// `cli-next-step-nearby`: "near you" (see `locales/en-GB/cli.ftl`).
    pub NEXT_STEP_NEARBY = "cli-next-step-nearby";
    /// `cli-next-step-online`: "online" (see `locales/en-GB/cli.ftl`).
    pub NEXT_STEP_ONLINE = "cli-next-step-online";
    /// `cli-ride-offer-saved`: "Offer { $id } saved: { $seats ->" (see `locales/en-GB/cli.ftl`).
    pub RIDE_OFFER_SAVED = "cli-ride-offer-saved";
    /// `cli-ride-request-saved`: "Request { $id } saved for { $meeting }. Only your area (about 1 km) is shared." (see `locales/en-GB/cli.ftl`).
    pub RIDE_REQUEST_SAVED = "cli-ride-request-saved";
    /// `cli-ride-accept-saved`: "Acceptance saved." (see `locales/en-GB/cli.ftl`).
    pub RIDE_ACCEPT_SAVED = "cli-ride-accept-saved";
    /// `cli-ride-cancel-saved`: "Cancellation saved for ride { $id }." (see `locales/en-GB/cli.ftl`).
    pub RIDE_CANCEL_SAVED = "cli-ride-cancel-saved";
    /// `cli-ride-max-distance`: "Rides can start up to { $km } km from the meeting." (see `locales/en-GB/cli.ftl`).
    pub RIDE_MAX_DISTANCE = "cli-ride-max-distance";
    /// `cli-ride-not-sent`: "Not sent yet ({ $error }); it goes out at the next 'waymark ride sync'." (see `locales/en-GB/cli.ftl`).
    pub RIDE_NOT_SENT = "cli-ride-not-sent";
    /// `cli-ride-saved-offline`: "Saved on this device; it goes out at the next 'waymark ride sync --server URL'." (see `locales/en-GB/cli.ftl`).
    pub RIDE_SAVED_OFFLINE = "cli-ride-saved-offline";
    /// `cli-ride-synced`: "Synced: { $sent } sent, { $matches ->" (see `locales/en-GB/cli.ftl`).
    pub RIDE_SYNCED = "cli-ride-synced";
    /// `cli-ride-not-done`: "Not done: { $reason }" (see `locales/en-GB/cli.ftl`).
    pub RIDE_NOT_DONE = "cli-ride-not-done";
    /// `cli-ride-hint`: "Offer a lift with 'waymark ride offer', or ask for one with 'waymark ride request'." (see `locales/en-GB/cli.ftl`).
    pub RIDE_HINT = "cli-ride-hint";
    /// `cli-remind-favorite-added`: "Added { $name } to my meetings." (see `locales/en-GB/cli.ftl`).
    pub REMIND_FAVORITE_ADDED = "cli-remind-favorite-added";
    /// `cli-remind-set`: "Reminders set: { $leads }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_SET = "cli-remind-set";
    /// `cli-remind-skipped`: "No reminder for the one on { $when }. The ones after it stay." (see `locales/en-GB/cli.ftl`).
    pub REMIND_SKIPPED = "cli-remind-skipped";
    /// `cli-remind-resumed`: "Reminders are back on." (see `locales/en-GB/cli.ftl`).
    pub REMIND_RESUMED = "cli-remind-resumed";
    /// `cli-remind-paused`: "Reminders paused. They start again on { $date }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PAUSED = "cli-remind-paused";
    /// `cli-remind-cleared`: "No more reminders for that meeting." (see `locales/en-GB/cli.ftl`).
    pub REMIND_CLEARED = "cli-remind-cleared";
    /// `cli-remind-daily`: "Daily reminder at { $time }: { $label }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_DAILY = "cli-remind-daily";
    /// `cli-remind-discreet-on`: "Lock-screen reminders say only the time, e.g. "{ $example }"." (see `locales/en-GB/cli.ftl`).
    pub REMIND_DISCREET_ON = "cli-remind-discreet-on";
    /// `cli-remind-discreet-off`: "Lock-screen reminders name the meeting. 'remind discreet on' hides it again." (see `locales/en-GB/cli.ftl`).
    pub REMIND_DISCREET_OFF = "cli-remind-discreet-off";
    /// `cli-remind-working`: "Reminders are working." (see `locales/en-GB/cli.ftl`).
    pub REMIND_WORKING = "cli-remind-working";
    /// `cli-remind-empty`: "No reminders yet. 'waymark remind set <MEETING_ID> --before 60m' adds one." (see `locales/en-GB/cli.ftl`).
    pub REMIND_EMPTY = "cli-remind-empty";
    /// `cli-remind-daily-row`: "daily  { $time }  { $label }" (see `locales/en-GB/cli.ftl`).
    pub REMIND_DAILY_ROW = "cli-remind-daily-row";
    /// `cli-remind-paused-until`: "Paused until { $date }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PAUSED_UNTIL = "cli-remind-paused-until";
    /// `cli-remind-plan-empty`: "No reminders in the next { $horizon }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PLAN_EMPTY = "cli-remind-plan-empty";
    /// `cli-remind-plan-cut`: "{ $count } more reminders fall in this period; a phone holds only the next { $max }." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PLAN_CUT = "cli-remind-plan-cut";
    /// `cli-remind-plan-assumed-zone`: "{ $id } has no time zone in its feed; its reminders assume one." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PLAN_ASSUMED_ZONE = "cli-remind-plan-assumed-zone";
    /// `cli-remind-plan-unplannable`: "{ $id }: no reminders ({ $reason })." (see `locales/en-GB/cli.ftl`).
    pub REMIND_PLAN_UNPLANNABLE = "cli-remind-plan-unplannable";
    /// `cli-remind-plan-when`: "{ $date } { $time }" (see `locales/en-GB/cli.ftl`).
    pub REMIND_PLAN_WHEN = "cli-remind-plan-when";
    /// `cli-calendar-wrote`: "Wrote { $count ->" (see `locales/en-GB/cli.ftl`).
    pub CALENDAR_WROTE = "cli-calendar-wrote";
    /// `cli-calendar-discreet`: "Discreet, like your reminders: each event is called "{ $summary }" and leaves out the meeting's name and notes. '--detailed' puts them in." (see `locales/en-GB/cli.ftl`).
    pub CALENDAR_DISCREET = "cli-calendar-discreet";
    /// `cli-vault-passphrase-choose`: "Choose a passphrase for your private vault:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub VAULT_PASSPHRASE_CHOOSE = "cli-vault-passphrase-choose";
    /// `cli-vault-passphrase-open`: "Vault passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub VAULT_PASSPHRASE_OPEN = "cli-vault-passphrase-open";
    /// `cli-passphrase-again`: "Type it again, to be sure:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub PASSPHRASE_AGAIN = "cli-passphrase-again";
    /// `cli-vault-created`: "Created your private vault in { $path }. It is encrypted with your passphrase: keep the passphrase safe, because without it the vault cannot be opened." (see `locales/en-GB/cli.ftl`).
    pub VAULT_CREATED = "cli-vault-created";
    /// `cli-backup-passphrase-new`: "Choose a passphrase for this backup:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub BACKUP_PASSPHRASE_NEW = "cli-backup-passphrase-new";
    /// `cli-backup-passphrase`: "Backup passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub BACKUP_PASSPHRASE = "cli-backup-passphrase";
    /// `cli-vault-passphrase-new`: "New passphrase:{ " " }" (see `locales/en-GB/cli.ftl`).
    pub VAULT_PASSPHRASE_NEW = "cli-vault-passphrase-new";
    /// `cli-backup-written`: "Backup written to { $path }: 3 journal entries, 2 of my meetings, 1 sobriety date, 2 reminders, 1 person on my list." (plural forms per count; see `locales/en-GB/cli.ftl`).
    pub BACKUP_WRITTEN = "cli-backup-written";
    /// `cli-backup-keep-passphrase`: "Keep its passphrase safe: without it the backup cannot be restored." (see `locales/en-GB/cli.ftl`).
    pub BACKUP_KEEP_PASSPHRASE = "cli-backup-keep-passphrase";
    /// `cli-restored`: "Restored. Journal: { $journalAdded } added, { $journalUpdated } updated, { $journalUnchanged } already here. My meetings: { $favorites } added. Sobriety dates: { $sobrietyAdded } added, { $sobrietyUpdated } updated. Reminders: { $reminders } added. My people: { $contacts } added." (see `locales/en-GB/cli.ftl`).
    pub RESTORED = "cli-restored";
    /// `cli-restored-not-synced`: "My meetings read "not synced yet" until their meeting lists are loaded ('waymark source add' and 'waymark sync')." (see `locales/en-GB/cli.ftl`).
    pub RESTORED_NOT_SYNCED = "cli-restored-not-synced";
    /// `cli-restored-settings-kept`: "Settings kept as they are on this device: { $settings }. A restore never brings in car-pool details and never makes reminders less discreet; 'waymark remind discreet off' does that if you want it." (see `locales/en-GB/cli.ftl`).
    pub RESTORED_SETTINGS_KEPT = "cli-restored-settings-kept";
    /// `cli-passphrase-changed`: "Passphrase changed. Use the new one from now on." (see `locales/en-GB/cli.ftl`).
    pub PASSPHRASE_CHANGED = "cli-passphrase-changed";
    /// `cli-area-added`: "Added area { $id } ({ $label }): { $tiles } tiles of { $relay }, and online meetings. 'waymark sync' brings their meetings." (see `locales/en-GB/cli.ftl`).
    pub AREA_ADDED = "cli-area-added";
    /// `cli-areas-empty`: "No areas yet. 'waymark area add --relay URL --relay-key KEY --near LAT,LON' adds one." (see `locales/en-GB/cli.ftl`).
    pub AREAS_EMPTY = "cli-areas-empty";
    /// `cli-area-row`: "{ $id }  { $label }  { $tiles } tiles  { $relay }" (see `locales/en-GB/cli.ftl`).
    pub AREA_ROW = "cli-area-row";
    /// `cli-area-removed`: "Removed area { $id }." (see `locales/en-GB/cli.ftl`).
    pub AREA_REMOVED = "cli-area-removed";
    /// `cli-area-sources-empty`: "Nothing from a relay yet: add an area, then 'waymark sync'." (see `locales/en-GB/cli.ftl`).
    pub AREA_SOURCES_EMPTY = "cli-area-sources-empty";
    /// `cli-relay-key-written`: "Secret key written to { $path } (only you can read it). Keep a copy somewhere safe: phones trust only this key, and a lost key cannot be recovered." (see `locales/en-GB/cli.ftl`).
    pub RELAY_KEY_WRITTEN = "cli-relay-key-written";
    /// `cli-relay-public-key`: "Public key (give it to the phones):" (see `locales/en-GB/cli.ftl`).
    pub RELAY_PUBLIC_KEY = "cli-relay-public-key";
    /// `cli-catalogue-problems`: "{ $path } has { $count } problems, listed above" (plural by $count) (see `locales/en-GB/cli.ftl`).
    pub CATALOGUE_PROBLEMS = "cli-catalogue-problems";
    /// `cli-relay-catalogue-problems`: "{ $path } has { $count } problems, listed above; nothing was built" (plural by $count) (see `locales/en-GB/cli.ftl`).
    pub RELAY_CATALOGUE_PROBLEMS = "cli-relay-catalogue-problems";
    /// `cli-relay-source-failed`: "{ $id }: { $why } (last worked: { $when })" (see `locales/en-GB/cli.ftl`).
    pub RELAY_SOURCE_FAILED = "cli-relay-source-failed";
    /// `cli-relay-never`: "never" (see `locales/en-GB/cli.ftl`).
    pub RELAY_NEVER = "cli-relay-never";
    /// `cli-relay-error-offline`: "could not reach the server" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_OFFLINE = "cli-relay-error-offline";
    /// `cli-relay-error-timeout`: "the server did not answer in time" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_TIMEOUT = "cli-relay-error-timeout";
    /// `cli-relay-error-http`: "the server answered with an error" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_HTTP = "cli-relay-error-http";
    /// `cli-relay-error-invalid-data`: "the answer was not a usable feed" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_INVALID_DATA = "cli-relay-error-invalid-data";
    /// `cli-relay-error-suspicious`: "the feed shrank drastically, so its previous meetings were kept" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_SUSPICIOUS = "cli-relay-error-suspicious";
    /// `cli-relay-error-invalid-input`: "refused: its address or settings are not allowed" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_INVALID_INPUT = "cli-relay-error-invalid-input";
    /// `cli-relay-error-other`: "failed" (see `locales/en-GB/cli.ftl`).
    pub RELAY_ERROR_OTHER = "cli-relay-error-other";
    /// `cli-relay-published`: "published version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)" (see `locales/en-GB/cli.ftl`).
    pub RELAY_PUBLISHED = "cli-relay-published";
    /// `cli-relay-unchanged`: "nothing changed; still version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)" (see `locales/en-GB/cli.ftl`).
    pub RELAY_UNCHANGED = "cli-relay-unchanged";
    /// `cli-catalogue-ok`: "catalogue OK: { $count } sources (by program: { $programs }; by format: { $formats })" (see `locales/en-GB/cli.ftl`).
    pub CATALOGUE_OK = "cli-catalogue-ok";
    /// `cli-generated`: "Wrote { $count } synthetic meetings to { $path }" (see `locales/en-GB/cli.ftl`).
    pub GENERATED = "cli-generated";
    /// `cli-demo-intro`: "Waymark demo: { $count } synthetic meetings in { $cities } cities, kept in { $path }" (see `locales/en-GB/cli.ftl`).
    pub DEMO_INTRO = "cli-demo-intro";
    /// `cli-demo-loaded`: "(loaded in { $seconds } s)" (see `locales/en-GB/cli.ftl`).
    pub DEMO_LOADED = "cli-demo-loaded";
    /// `cli-demo-found`: "({ $count } found in { $ms } ms)" (see `locales/en-GB/cli.ftl`).
    pub DEMO_FOUND = "cli-demo-found";
    /// `cli-demo-search-now`: "On now or starting in the next 3 hours, within 25 km of central Philadelphia" (see `locales/en-GB/cli.ftl`).
    pub DEMO_SEARCH_NOW = "cli-demo-search-now";
    /// `cli-demo-search-online`: "Spanish-speaking meetings you can join online on Tuesday, seen from London" (see `locales/en-GB/cli.ftl`).
    pub DEMO_SEARCH_ONLINE = "cli-demo-search-online";
    /// `cli-demo-search-women`: "Women's meetings with wheelchair access within 40 km of Aberystwyth" (see `locales/en-GB/cli.ftl`).
    pub DEMO_SEARCH_WOMEN = "cli-demo-search-women";
    /// `cli-demo-search-text`: "Free text, accents ignored: "cafe serenite" finds "Café" and "Sobriété"" (see `locales/en-GB/cli.ftl`).
    pub DEMO_SEARCH_TEXT = "cli-demo-search-text";
    /// `cli-demo-try`: "Try your own: waymark --data-dir { $path } meetings --help" (see `locales/en-GB/cli.ftl`).
    pub DEMO_TRY = "cli-demo-try";

    /// `cli-all-day`: all day (a meeting listed 00:00–23:59), in the meetings table. No values. (see `locales/en-GB/cli.ftl`).
    pub ALL_DAY = "cli-all-day";
    /// `cli-zone-unknown`: a meeting whose time zone is not known, in the meetings table. No values. (see `locales/en-GB/cli.ftl`).
    pub ZONE_UNKNOWN = "cli-zone-unknown";
    /// `cli-usage-point`: $flag: the option (--near); $value: what was typed. LAT,LON stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_POINT = "cli-usage-point";
    /// `cli-usage-not-a-point`: $flag, $value: as above. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_A_POINT = "cli-usage-not-a-point";
    /// `cli-usage-one-of`: $flag: the option; $value: what was typed; $options: the values it takes, as typed (km / mi). (see `locales/en-GB/cli.ftl`).
    pub USAGE_ONE_OF = "cli-usage-one-of";
    /// `cli-usage-not-a-date`: $flag: the option; $value: what was typed. YYYY-MM-DD stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_A_DATE = "cli-usage-not-a-date";
    /// `cli-usage-not-a-time`: $value: what was typed (a time of day was expected, such as 21:00). (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_A_TIME = "cli-usage-not-a-time";
    /// `cli-usage-not-a-duration`: $flag: the option; $value: what was typed; $example: durations as typed (3h, 90m). (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_A_DURATION = "cli-usage-not-a-duration";
    /// `cli-usage-between`: $flag: the option; $min, $max: its limits, as typed (1m, 7d). (see `locales/en-GB/cli.ftl`).
    pub USAGE_BETWEEN = "cli-usage-between";
    /// `cli-usage-needs`: $flag: the option given; $other: the option it needs. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NEEDS = "cli-usage-needs";
    /// `cli-usage-pattern`: $flag: the option; $value: what was typed; $pattern: its shape, as typed (HH:MM-HH:MM, RFC 3339). (see `locales/en-GB/cli.ftl`).
    pub USAGE_PATTERN = "cli-usage-pattern";
    /// `cli-usage-not-a-weekday`: $flag: the option; $value: what was typed. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_A_WEEKDAY = "cli-usage-not-a-weekday";
    /// `cli-usage-type`: $problem: why the type was not found (the core's words). `waymark types` stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_TYPE = "cli-usage-type";
    /// `cli-usage-not-saved`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_SAVED = "cli-usage-not-saved";
    /// `cli-usage-no-vault`: No values. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_VAULT = "cli-usage-no-vault";
    /// `cli-cannot-create`: $path: a folder. (see `locales/en-GB/cli.ftl`).
    pub CANNOT_CREATE = "cli-cannot-create";
    /// `cli-cannot-write`: $path: a file. (see `locales/en-GB/cli.ftl`).
    pub CANNOT_WRITE = "cli-cannot-write";
    /// `cli-cannot-create-data`: $path: the data folder. (see `locales/en-GB/cli.ftl`).
    pub CANNOT_CREATE_DATA = "cli-cannot-create-data";
    /// `cli-no-data-dir`: No values. --data-dir DIR stays as it is. (see `locales/en-GB/cli.ftl`).
    pub NO_DATA_DIR = "cli-no-data-dir";
    /// `cli-stdin-unreadable`: No values. (see `locales/en-GB/cli.ftl`).
    pub STDIN_UNREADABLE = "cli-stdin-unreadable";
    /// `cli-cannot-read`: $path: the file as given; $detail: why, from the system (see `locales/en-GB/cli.ftl`).
    pub CANNOT_READ = "cli-cannot-read";

    /// `cli-usage-no-terminal`: $var: the environment variable to set instead (WAYMARK_PASSPHRASE). (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_TERMINAL = "cli-usage-no-terminal";
    /// `cli-usage-passphrases-differ`: No values. (see `locales/en-GB/cli.ftl`).
    pub USAGE_PASSPHRASES_DIFFER = "cli-usage-passphrases-differ";
    /// `cli-usage-no-longer-listed`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_LONGER_LISTED = "cli-usage-no-longer-listed";
    /// `cli-usage-no-meeting`: $id: what was typed as a meeting id. `waymark meetings` stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_MEETING = "cli-usage-no-meeting";
    /// `cli-usage-entry-too-long`: $max: characters. (see `locales/en-GB/cli.ftl`).
    pub USAGE_ENTRY_TOO_LONG = "cli-usage-entry-too-long";
    /// `cli-usage-not-on-day`: $name: the meeting's name; $day: a weekday's name. --days stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_ON_DAY = "cli-usage-not-on-day";
    /// `cli-usage-no-reminders`: $id: a meeting id. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_REMINDERS = "cli-usage-no-reminders";
    /// `cli-usage-at-least`: $flag: the option; $min: its least value. (see `locales/en-GB/cli.ftl`).
    pub USAGE_AT_LEAST = "cli-usage-at-least";
    /// `cli-usage-null-island`: $flag: the option; $value: what was typed (0,0 or a placeholder). (see `locales/en-GB/cli.ftl`).
    pub USAGE_NULL_ISLAND = "cli-usage-null-island";
    /// `cli-usage-not-km`: $value: what was typed. `default` stays as it is. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NOT_KM = "cli-usage-not-km";
    /// `cli-usage-no-server`: No values. --server URL and WAYMARK_SERVER stay as they are. (see `locales/en-GB/cli.ftl`).
    pub USAGE_NO_SERVER = "cli-usage-no-server";

    /// `cli-usage-unknown-zone`: $value: the zone as typed (see `locales/en-GB/cli.ftl`).
    pub USAGE_UNKNOWN_ZONE = "cli-usage-unknown-zone";
}
