//! The message ids of every error the core can word (`locales/*/errors.ftl`), in one place.
//!
//! Why ids and not sentences: an error crosses to the phones and the CLI, which speak the
//! person's language; a sentence fixed in English where the error is raised could not be
//! translated. So the core raises a message id with its values ([`super::error::Problem`]),
//! and whoever shows it words it in the person's locale ([`super::error::Error::message_in`]).
//! A test checks that every locale has every id listed in `IDS`.

/// The id of an error message in `locales/<tag>/errors.ftl`. A type of its own, so that
/// nothing but an id listed here can be raised as a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id(&'static str);

impl Id {
    /// The message id as it is written in the `.ftl` files.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

/// `error-fetch-offline`: No network, or the server could not be reached. (see `locales/en-GB/errors.ftl`).
pub const FETCH_OFFLINE: Id = Id("error-fetch-offline");
/// `error-fetch-timeout`: The server took too long. (see `locales/en-GB/errors.ftl`).
pub const FETCH_TIMEOUT: Id = Id("error-fetch-timeout");
/// `error-fetch-status`: The server answered with an error status. $status: the HTTP status, e.g. 503. (see `locales/en-GB/errors.ftl`).
pub const FETCH_STATUS: Id = Id("error-fetch-status");
/// `error-fetch-too-large`: The download is larger than allowed. $max: the limit in bytes. (see `locales/en-GB/errors.ftl`).
pub const FETCH_TOO_LARGE: Id = Id("error-fetch-too-large");
/// `error-fetch-bad-address`: The address is not an http(s) address. $address: what was given. (see `locales/en-GB/errors.ftl`).
pub const FETCH_BAD_ADDRESS: Id = Id("error-fetch-bad-address");
/// `error-fetch-insecure-redirect`: An https address sent Waymark on to a plain http one. (see `locales/en-GB/errors.ftl`).
pub const FETCH_INSECURE_REDIRECT: Id = Id("error-fetch-insecure-redirect");
/// `error-sync-cancelled`: The update was stopped on request. (see `locales/en-GB/errors.ftl`).
pub const SYNC_CANCELLED: Id = Id("error-sync-cancelled");
/// `error-feed-invalid`: A feed is not what its format should be. $format: the format's name (meeting-guide, bmlt…); $detail: what the reader said, with line and column. (see `locales/en-GB/errors.ftl`).
pub const FEED_INVALID: Id = Id("error-feed-invalid");
/// `error-feed-unreadable`: A feed could not be read. $detail: the system's reason. (see `locales/en-GB/errors.ftl`).
pub const FEED_UNREADABLE: Id = Id("error-feed-unreadable");
/// `error-feed-not-saved`: The meetings of a feed could not be stored. $detail: the reason. (see `locales/en-GB/errors.ftl`).
pub const FEED_NOT_SAVED: Id = Id("error-feed-not-saved");
/// `error-feed-reader-stopped`: The reader of a feed stopped before the end. (see `locales/en-GB/errors.ftl`).
pub const FEED_READER_STOPPED: Id = Id("error-feed-reader-stopped");
/// `error-relay-not-data`: A web page where relay data was expected. (see `locales/en-GB/errors.ftl`).
pub const RELAY_NOT_DATA: Id = Id("error-relay-not-data");
/// `error-relay-truncated`: A download cut short. (see `locales/en-GB/errors.ftl`).
pub const RELAY_TRUNCATED: Id = Id("error-relay-truncated");
/// `error-relay-too-large`: Data larger than this build reads. $max: the limit in bytes. (see `locales/en-GB/errors.ftl`).
pub const RELAY_TOO_LARGE: Id = Id("error-relay-too-large");
/// `error-relay-damaged`: Data that is not what the format says. $detail: which part (Waymark's own words). (see `locales/en-GB/errors.ftl`).
pub const RELAY_DAMAGED: Id = Id("error-relay-damaged");
/// `error-relay-newer-format`: A newer relay format. $found, $supported: format numbers. (see `locales/en-GB/errors.ftl`).
pub const RELAY_NEWER_FORMAT: Id = Id("error-relay-newer-format");
/// `error-relay-bad-signature`: A signature that does not match the relay's key. (see `locales/en-GB/errors.ftl`).
pub const RELAY_BAD_SIGNATURE: Id = Id("error-relay-bad-signature");
/// `error-relay-bad-key`: A relay key that cannot be read. $detail: what is wrong with it. (see `locales/en-GB/errors.ftl`).
pub const RELAY_BAD_KEY: Id = Id("error-relay-bad-key");
/// `error-relay-wrong-base`: A delta for another version of a tile. (see `locales/en-GB/errors.ftl`).
pub const RELAY_WRONG_BASE: Id = Id("error-relay-wrong-base");
/// `error-relay-hash-mismatch`: Bytes that do not match the manifest. (see `locales/en-GB/errors.ftl`).
pub const RELAY_HASH_MISMATCH: Id = Id("error-relay-hash-mismatch");
/// `error-relay-rollback`: An older publication than the phone has. $have, $offered: version numbers. (see `locales/en-GB/errors.ftl`).
pub const RELAY_ROLLBACK: Id = Id("error-relay-rollback");
/// `error-suspicious`: A feed shrank drastically. $now, $previous: meeting counts. (see `locales/en-GB/errors.ftl`).
pub const SUSPICIOUS: Id = Id("error-suspicious");
/// `error-unknown-format`: The format of a file or feed could not be recognised. $subject: its path or address. (see `locales/en-GB/errors.ftl`).
pub const UNKNOWN_FORMAT: Id = Id("error-unknown-format");
/// `error-meeting-without-zone`: A meeting without a time zone cannot be exported. $meeting: its name. (see `locales/en-GB/errors.ftl`).
pub const MEETING_WITHOUT_ZONE: Id = Id("error-meeting-without-zone");
/// `error-formats-file-as-feed`: A BMLT GetFormats file given as a feed. $subject: its path. (see `locales/en-GB/errors.ftl`).
pub const FORMATS_FILE_AS_FEED: Id = Id("error-formats-file-as-feed");
/// `error-wrong-key`: The vault's key or passphrase is wrong. (see `locales/en-GB/errors.ftl`).
pub const WRONG_KEY: Id = Id("error-wrong-key");
/// `error-wrong-backup-passphrase`: A backup's passphrase is wrong. (see `locales/en-GB/errors.ftl`).
pub const WRONG_BACKUP_PASSPHRASE: Id = Id("error-wrong-backup-passphrase");
/// `error-storage`: The database failed. $detail: the database's reason. (see `locales/en-GB/errors.ftl`).
pub const STORAGE: Id = Id("error-storage");
/// `error-io`: A file could not be read or written. $detail: the system's reason. (see `locales/en-GB/errors.ftl`).
pub const IO: Id = Id("error-io");
/// `error-ride-start-too-far`: A ride's start is too far from the meeting. $distance, $limit: kilometres. (see `locales/en-GB/errors.ftl`).
pub const RIDE_START_TOO_FAR: Id = Id("error-ride-start-too-far");
/// `error-meeting-already-started`: The meeting has already started on that date. (see `locales/en-GB/errors.ftl`).
pub const MEETING_ALREADY_STARTED: Id = Id("error-meeting-already-started");
/// `error-unknown-ride`: No ride with that id on this device. (see `locales/en-GB/errors.ftl`).
pub const UNKNOWN_RIDE: Id = Id("error-unknown-ride");
/// `error-unknown-match`: No match with that id on this device. (see `locales/en-GB/errors.ftl`).
pub const UNKNOWN_MATCH: Id = Id("error-unknown-match");
/// `error-schema-too-new`: Data from a newer Waymark. $found, $supported: schema numbers. (see `locales/en-GB/errors.ftl`).
pub const SCHEMA_TOO_NEW: Id = Id("error-schema-too-new");
/// `error-app-suspicious`: A feed shrank drastically. $now, $previous: meeting counts. (see `locales/en-GB/errors.ftl`).
pub const APP_SUSPICIOUS: Id = Id("error-app-suspicious");
/// `error-app-unknown-format`: $subject: the file or feed address. (see `locales/en-GB/errors.ftl`).
pub const APP_UNKNOWN_FORMAT: Id = Id("error-app-unknown-format");
/// `error-app-meeting-without-zone`: $meeting: the meeting's name. (see `locales/en-GB/errors.ftl`).
pub const APP_MEETING_WITHOUT_ZONE: Id = Id("error-app-meeting-without-zone");
/// `error-app-cancelled`: A sync stopped on request. (see `locales/en-GB/errors.ftl`).
pub const APP_CANCELLED: Id = Id("error-app-cancelled");
/// `error-service-bodies`: $subject: a file's path. (see `locales/en-GB/errors.ftl`).
pub const SERVICE_BODIES: Id = Id("error-service-bodies");
/// `error-file-too-large`: $size, $max: megabytes. (see `locales/en-GB/errors.ftl`).
pub const FILE_TOO_LARGE: Id = Id("error-file-too-large");
/// `error-file-unreadable`: $path: the file as given; $detail: the system's reason. (see `locales/en-GB/errors.ftl`).
pub const FILE_UNREADABLE: Id = Id("error-file-unreadable");
/// `error-feed-file-missing`: $path: the file as given. (see `locales/en-GB/errors.ftl`).
pub const FEED_FILE_MISSING: Id = Id("error-feed-file-missing");
/// `error-formats-file-missing`: $path: the file as given. (see `locales/en-GB/errors.ftl`).
pub const FORMATS_FILE_MISSING: Id = Id("error-formats-file-missing");
/// `error-program-invalid`: $program: what was given. (see `locales/en-GB/errors.ftl`).
pub const PROGRAM_INVALID: Id = Id("error-program-invalid");
/// `error-source-location-missing` (see `locales/en-GB/errors.ftl`).
pub const SOURCE_LOCATION_MISSING: Id = Id("error-source-location-missing");
/// `error-source-not-found` (see `locales/en-GB/errors.ftl`).
pub const SOURCE_NOT_FOUND: Id = Id("error-source-not-found");
/// `error-zone-unknown`: $zone: what was given. (see `locales/en-GB/errors.ftl`).
pub const ZONE_UNKNOWN: Id = Id("error-zone-unknown");
/// `error-meeting-not-found` (see `locales/en-GB/errors.ftl`).
pub const MEETING_NOT_FOUND: Id = Id("error-meeting-not-found");
/// `error-directory-schema`: $version: the schema number found. (see `locales/en-GB/errors.ftl`).
pub const DIRECTORY_SCHEMA: Id = Id("error-directory-schema");
/// `error-report-nowhere`: A report cannot go anywhere. (see `locales/en-GB/errors.ftl`).
pub const REPORT_NOWHERE: Id = Id("error-report-nowhere");
/// `error-reports-waiting`: $max: how many reports may wait. (see `locales/en-GB/errors.ftl`).
pub const REPORTS_WAITING: Id = Id("error-reports-waiting");
/// `error-upcoming-range` (see `locales/en-GB/errors.ftl`).
pub const UPCOMING_RANGE: Id = Id("error-upcoming-range");
/// `error-start-minute-range` (see `locales/en-GB/errors.ftl`).
pub const START_MINUTE_RANGE: Id = Id("error-start-minute-range");
/// `error-start-range-half` (see `locales/en-GB/errors.ftl`).
pub const START_RANGE_HALF: Id = Id("error-start-range-half");
/// `error-search-point`: $problem: one of missing, not-a-number, out-of-range, null-island, placeholder (chooses a variant). (see `locales/en-GB/errors.ftl`).
pub const SEARCH_POINT: Id = Id("error-search-point");
/// `error-radius-range` (see `locales/en-GB/errors.ftl`).
pub const RADIUS_RANGE: Id = Id("error-radius-range");
/// `error-weekday-range` (see `locales/en-GB/errors.ftl`).
pub const WEEKDAY_RANGE: Id = Id("error-weekday-range");
/// `error-type-empty` (see `locales/en-GB/errors.ftl`).
pub const TYPE_EMPTY: Id = Id("error-type-empty");
/// `error-type-unknown`: $name: what was typed. (see `locales/en-GB/errors.ftl`).
pub const TYPE_UNKNOWN: Id = Id("error-type-unknown");
/// `error-type-ambiguous`: $name: what was typed; $options: the types it could mean, as a list. (see `locales/en-GB/errors.ftl`).
pub const TYPE_AMBIGUOUS: Id = Id("error-type-ambiguous");
/// `error-type-too-many`: $name: what was typed; $count: how many types match. (see `locales/en-GB/errors.ftl`).
pub const TYPE_TOO_MANY: Id = Id("error-type-too-many");
/// `error-time-of-day-invalid`: $value: what was given. (see `locales/en-GB/errors.ftl`).
pub const TIME_OF_DAY_INVALID: Id = Id("error-time-of-day-invalid");
/// `error-calendar-no-weekly-time`: $meeting: the meeting's name. (see `locales/en-GB/errors.ftl`).
pub const CALENDAR_NO_WEEKLY_TIME: Id = Id("error-calendar-no-weekly-time");
/// `error-lead-missing` (see `locales/en-GB/errors.ftl`).
pub const LEAD_MISSING: Id = Id("error-lead-missing");
/// `error-lead-too-long` (see `locales/en-GB/errors.ftl`).
pub const LEAD_TOO_LONG: Id = Id("error-lead-too-long");
/// `error-leads-too-many`: $max: how many. (see `locales/en-GB/errors.ftl`).
pub const LEADS_TOO_MANY: Id = Id("error-leads-too-many");
/// `error-reminder-not-favourite` (see `locales/en-GB/errors.ftl`).
pub const REMINDER_NOT_FAVOURITE: Id = Id("error-reminder-not-favourite");
/// `error-reminder-none` (see `locales/en-GB/errors.ftl`).
pub const REMINDER_NONE: Id = Id("error-reminder-none");
/// `error-not-in-my-meetings` (see `locales/en-GB/errors.ftl`).
pub const NOT_IN_MY_MEETINGS: Id = Id("error-not-in-my-meetings");
/// `error-no-weekly-time-to-skip` (see `locales/en-GB/errors.ftl`).
pub const NO_WEEKLY_TIME_TO_SKIP: Id = Id("error-no-weekly-time-to-skip");
/// `error-time-of-day-range` (see `locales/en-GB/errors.ftl`).
pub const TIME_OF_DAY_RANGE: Id = Id("error-time-of-day-range");
/// `error-label-too-long`: $max: characters. (see `locales/en-GB/errors.ftl`).
pub const LABEL_TOO_LONG: Id = Id("error-label-too-long");
/// `error-daily-reminder-not-found` (see `locales/en-GB/errors.ftl`).
pub const DAILY_REMINDER_NOT_FOUND: Id = Id("error-daily-reminder-not-found");
/// `error-no-saved-meetings` (see `locales/en-GB/errors.ftl`).
pub const NO_SAVED_MEETINGS: Id = Id("error-no-saved-meetings");
/// `error-plan-horizon` (see `locales/en-GB/errors.ftl`).
pub const PLAN_HORIZON: Id = Id("error-plan-horizon");
/// `error-no-random`: $detail: the system's reason. (see `locales/en-GB/errors.ftl`).
pub const NO_RANDOM: Id = Id("error-no-random");
/// `error-key-length`: $expected, $found: byte counts. (see `locales/en-GB/errors.ftl`).
pub const KEY_LENGTH: Id = Id("error-key-length");
/// `error-kdf-unknown`: $name: the name in the settings file. (see `locales/en-GB/errors.ftl`).
pub const KDF_UNKNOWN: Id = Id("error-kdf-unknown");
/// `error-kdf-settings` (see `locales/en-GB/errors.ftl`).
pub const KDF_SETTINGS: Id = Id("error-kdf-settings");
/// `error-passphrase-empty` (see `locales/en-GB/errors.ftl`).
pub const PASSPHRASE_EMPTY: Id = Id("error-passphrase-empty");
/// `error-key-derivation`: $detail: the reason. (see `locales/en-GB/errors.ftl`).
pub const KEY_DERIVATION: Id = Id("error-key-derivation");
/// `error-internal`: $detail: the reason. (see `locales/en-GB/errors.ftl`).
pub const INTERNAL: Id = Id("error-internal");
/// `error-language-unsupported` (see `locales/en-GB/errors.ftl`).
pub const LANGUAGE_UNSUPPORTED: Id = Id("error-language-unsupported");
/// `error-vault-device-key` (see `locales/en-GB/errors.ftl`).
pub const VAULT_DEVICE_KEY: Id = Id("error-vault-device-key");
/// `error-vault-passphrase` (see `locales/en-GB/errors.ftl`).
pub const VAULT_PASSPHRASE: Id = Id("error-vault-passphrase");
/// `error-vault-keystore` (see `locales/en-GB/errors.ftl`).
pub const VAULT_KEYSTORE: Id = Id("error-vault-keystore");
/// `error-vault-exists` (see `locales/en-GB/errors.ftl`).
pub const VAULT_EXISTS: Id = Id("error-vault-exists");
/// `error-vault-in-use` (see `locales/en-GB/errors.ftl`).
pub const VAULT_IN_USE: Id = Id("error-vault-in-use");
/// `error-setting-too-large`: $max: kilobytes. (see `locales/en-GB/errors.ftl`).
pub const SETTING_TOO_LARGE: Id = Id("error-setting-too-large");
/// `error-settings-full`: $max: how many. (see `locales/en-GB/errors.ftl`).
pub const SETTINGS_FULL: Id = Id("error-settings-full");
/// `error-passphrase-short`: $min: characters. (see `locales/en-GB/errors.ftl`).
pub const PASSPHRASE_SHORT: Id = Id("error-passphrase-short");
/// `error-setting-name`: $key: the name given. (see `locales/en-GB/errors.ftl`).
pub const SETTING_NAME: Id = Id("error-setting-name");
/// `error-vault-schema`: $version: the schema number found. (see `locales/en-GB/errors.ftl`).
pub const VAULT_SCHEMA: Id = Id("error-vault-schema");
/// `error-unsafe-no-sqlcipher` (see `locales/en-GB/errors.ftl`).
pub const UNSAFE_NO_SQLCIPHER: Id = Id("error-unsafe-no-sqlcipher");
/// `error-unsafe-crypto`: $found: the crypto this build uses; $expected: the project's own. (see `locales/en-GB/errors.ftl`).
pub const UNSAFE_CRYPTO: Id = Id("error-unsafe-crypto");
/// `error-unsafe-probe`: $detail: the reason. (see `locales/en-GB/errors.ftl`).
pub const UNSAFE_PROBE: Id = Id("error-unsafe-probe");
/// `error-halt-unknown`: $value: what was given. (see `locales/en-GB/errors.ftl`).
pub const HALT_UNKNOWN: Id = Id("error-halt-unknown");
/// `error-mood-range` (see `locales/en-GB/errors.ftl`).
pub const MOOD_RANGE: Id = Id("error-mood-range");
/// `error-craving-range` (see `locales/en-GB/errors.ftl`).
pub const CRAVING_RANGE: Id = Id("error-craving-range");
/// `error-entry-too-long`: $max: characters. (see `locales/en-GB/errors.ftl`).
pub const ENTRY_TOO_LONG: Id = Id("error-entry-too-long");
/// `error-entry-items`: $max: how many. (see `locales/en-GB/errors.ftl`).
pub const ENTRY_ITEMS: Id = Id("error-entry-items");
/// `error-entry-item-too-long` (see `locales/en-GB/errors.ftl`).
pub const ENTRY_ITEM_TOO_LONG: Id = Id("error-entry-item-too-long");
/// `error-tag-too-long`: $max: characters. (see `locales/en-GB/errors.ftl`).
pub const TAG_TOO_LONG: Id = Id("error-tag-too-long");
/// `error-tags-too-many`: $max: how many. (see `locales/en-GB/errors.ftl`).
pub const TAGS_TOO_MANY: Id = Id("error-tags-too-many");
/// `error-meeting-id-invalid` (see `locales/en-GB/errors.ftl`).
pub const MEETING_ID_INVALID: Id = Id("error-meeting-id-invalid");
/// `error-entry-empty` (see `locales/en-GB/errors.ftl`).
pub const ENTRY_EMPTY: Id = Id("error-entry-empty");
/// `error-entry-in-trash` (see `locales/en-GB/errors.ftl`).
pub const ENTRY_IN_TRASH: Id = Id("error-entry-in-trash");
/// `error-entry-not-found` (see `locales/en-GB/errors.ftl`).
pub const ENTRY_NOT_FOUND: Id = Id("error-entry-not-found");
/// `error-search-empty` (see `locales/en-GB/errors.ftl`).
pub const SEARCH_EMPTY: Id = Id("error-search-empty");
/// `error-date-in-future` (see `locales/en-GB/errors.ftl`).
pub const DATE_IN_FUTURE: Id = Id("error-date-in-future");
/// `error-date-too-far-back` (see `locales/en-GB/errors.ftl`).
pub const DATE_TOO_FAR_BACK: Id = Id("error-date-too-far-back");
/// `error-sobriety-not-found` (see `locales/en-GB/errors.ftl`).
pub const SOBRIETY_NOT_FOUND: Id = Id("error-sobriety-not-found");
/// `error-phone-invalid`: $min, $max: digits. (see `locales/en-GB/errors.ftl`).
pub const PHONE_INVALID: Id = Id("error-phone-invalid");
/// `error-contact-name-missing` (see `locales/en-GB/errors.ftl`).
pub const CONTACT_NAME_MISSING: Id = Id("error-contact-name-missing");
/// `error-contact-name-too-long`: $max: characters. (see `locales/en-GB/errors.ftl`).
pub const CONTACT_NAME_TOO_LONG: Id = Id("error-contact-name-too-long");
/// `error-contact-invalid` (see `locales/en-GB/errors.ftl`).
pub const CONTACT_INVALID: Id = Id("error-contact-invalid");
/// `error-contacts-full`: $max: how many. (see `locales/en-GB/errors.ftl`).
pub const CONTACTS_FULL: Id = Id("error-contacts-full");
/// `error-contact-not-found` (see `locales/en-GB/errors.ftl`).
pub const CONTACT_NOT_FOUND: Id = Id("error-contact-not-found");
/// `error-favourite-too-large` (see `locales/en-GB/errors.ftl`).
pub const FAVOURITE_TOO_LARGE: Id = Id("error-favourite-too-large");
/// `error-backup-passphrase-short`: $min: characters. (see `locales/en-GB/errors.ftl`).
pub const BACKUP_PASSPHRASE_SHORT: Id = Id("error-backup-passphrase-short");
/// `error-backup-encrypt`: $detail: the reason. (see `locales/en-GB/errors.ftl`).
pub const BACKUP_ENCRYPT: Id = Id("error-backup-encrypt");
/// `error-backup-needs-passphrase` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NEEDS_PASSPHRASE: Id = Id("error-backup-needs-passphrase");
/// `error-backup-too-large`: $max: megabytes. (see `locales/en-GB/errors.ftl`).
pub const BACKUP_TOO_LARGE: Id = Id("error-backup-too-large");
/// `error-backup-not-waymark` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NOT_WAYMARK: Id = Id("error-backup-not-waymark");
/// `error-backup-header` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_HEADER: Id = Id("error-backup-header");
/// `error-backup-no-passphrase` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NO_PASSPHRASE: Id = Id("error-backup-no-passphrase");
/// `error-backup-work` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_WORK: Id = Id("error-backup-work");
/// `error-backup-cut` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_CUT: Id = Id("error-backup-cut");
/// `error-backup-not-export-at`: $line, $column: where the reader stopped. (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NOT_EXPORT_AT: Id = Id("error-backup-not-export-at");
/// `error-backup-not-export` (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NOT_EXPORT: Id = Id("error-backup-not-export");
/// `error-backup-newer`: $version: the export's format number. (see `locales/en-GB/errors.ftl`).
pub const BACKUP_NEWER: Id = Id("error-backup-newer");
/// `error-backup-record`: $part: which kind of record (journal, favourite, sobriety, reminder, daily, contact, setting, chooses a variant); $number: which one (1 is the first). (see `locales/en-GB/errors.ftl`).
pub const BACKUP_RECORD: Id = Id("error-backup-record");
/// `error-backup-too-many`: $part: journal, favourite, sobriety, reminder, daily, contact or setting (as above). (see `locales/en-GB/errors.ftl`).
pub const BACKUP_TOO_MANY: Id = Id("error-backup-too-many");
/// `error-rides-address` (see `locales/en-GB/errors.ftl`).
pub const RIDES_ADDRESS: Id = Id("error-rides-address");
/// `error-rides-https` (see `locales/en-GB/errors.ftl`).
pub const RIDES_HTTPS: Id = Id("error-rides-https");
/// `error-rides-credentials` (see `locales/en-GB/errors.ftl`).
pub const RIDES_CREDENTIALS: Id = Id("error-rides-credentials");
/// `error-rides-unreadable` (see `locales/en-GB/errors.ftl`).
pub const RIDES_UNREADABLE: Id = Id("error-rides-unreadable");
/// `error-rides-too-large`: $max: mebibytes. (see `locales/en-GB/errors.ftl`).
pub const RIDES_TOO_LARGE: Id = Id("error-rides-too-large");
/// `error-rides-redirect` (see `locales/en-GB/errors.ftl`).
pub const RIDES_REDIRECT: Id = Id("error-rides-redirect");
/// `error-rides-refused`: $detail: the server's own words (in the server's language). (see `locales/en-GB/errors.ftl`).
pub const RIDES_REFUSED: Id = Id("error-rides-refused");
/// `error-rides-status`: $status: the HTTP status. (see `locales/en-GB/errors.ftl`).
pub const RIDES_STATUS: Id = Id("error-rides-status");
/// `error-leave-after-start` (see `locales/en-GB/errors.ftl`).
pub const LEAVE_AFTER_START: Id = Id("error-leave-after-start");
/// `error-arrive-after-start` (see `locales/en-GB/errors.ftl`).
pub const ARRIVE_AFTER_START: Id = Id("error-arrive-after-start");
/// `error-ride-distance`: $max: kilometres. (see `locales/en-GB/errors.ftl`).
pub const RIDE_DISTANCE: Id = Id("error-ride-distance");
/// `error-ride-needs-place` (see `locales/en-GB/errors.ftl`).
pub const RIDE_NEEDS_PLACE: Id = Id("error-ride-needs-place");
/// `error-outbox-not-found` (see `locales/en-GB/errors.ftl`).
pub const OUTBOX_NOT_FOUND: Id = Id("error-outbox-not-found");
/// `error-outbox-not-refused` (see `locales/en-GB/errors.ftl`).
pub const OUTBOX_NOT_REFUSED: Id = Id("error-outbox-not-refused");
/// `error-ride-not-found` (see `locales/en-GB/errors.ftl`).
pub const RIDE_NOT_FOUND: Id = Id("error-ride-not-found");
/// `error-ride-refusal`: $reason: the car-pool rule's stable code (`seats`, `too_far_ahead`…,
/// see `waymark_rides::RefusalCode`); $max: the limit it names. (see `locales/en-GB/errors.ftl`).
pub const RIDE_REFUSAL: Id = Id("error-ride-refusal");
/// `error-ride-no-place`: $meeting: the meeting's name. (see `locales/en-GB/errors.ftl`).
pub const RIDE_NO_PLACE: Id = Id("error-ride-no-place");
/// `error-ride-no-zone`: $meeting: the meeting's name. (see `locales/en-GB/errors.ftl`).
pub const RIDE_NO_ZONE: Id = Id("error-ride-no-zone");
/// `error-ride-wrong-day`: $meeting: the meeting's name; $date: the date asked for. (see `locales/en-GB/errors.ftl`).
pub const RIDE_WRONG_DAY: Id = Id("error-ride-wrong-day");
/// `error-relay-key-exists`: $path: the key file. (see `locales/en-GB/errors.ftl`).
pub const RELAY_KEY_EXISTS: Id = Id("error-relay-key-exists");
/// `error-relay-key-unreadable`: $path: the key file; $detail: the system's reason. (see `locales/en-GB/errors.ftl`).
pub const RELAY_KEY_UNREADABLE: Id = Id("error-relay-key-unreadable");
/// `error-relay-key-invalid`: $path: the key file; $prefix: how the key starts. (see `locales/en-GB/errors.ftl`).
pub const RELAY_KEY_INVALID: Id = Id("error-relay-key-invalid");
/// `error-address-invalid`: $address: what was given. (see `locales/en-GB/errors.ftl`).
pub const ADDRESS_INVALID: Id = Id("error-address-invalid");
/// `error-relay-https` (see `locales/en-GB/errors.ftl`).
pub const RELAY_HTTPS: Id = Id("error-relay-https");
/// `error-place-range` (see `locales/en-GB/errors.ftl`).
pub const PLACE_RANGE: Id = Id("error-place-range");
/// `error-area-radius`: $max: kilometres. (see `locales/en-GB/errors.ftl`).
pub const AREA_RADIUS: Id = Id("error-area-radius");
/// `error-relay-other-key` (see `locales/en-GB/errors.ftl`).
pub const RELAY_OTHER_KEY: Id = Id("error-relay-other-key");
/// `error-area-not-added` (see `locales/en-GB/errors.ftl`).
pub const AREA_NOT_ADDED: Id = Id("error-area-not-added");
/// `error-area-not-found` (see `locales/en-GB/errors.ftl`).
pub const AREA_NOT_FOUND: Id = Id("error-area-not-found");
/// `error-tile-missing` (see `locales/en-GB/errors.ftl`).
pub const TILE_MISSING: Id = Id("error-tile-missing");
/// `cli-error-accept-shrink`, the CLI's own wording: $error: the sentence above..
pub const CLI_ERROR_ACCEPT_SHRINK: &str = "cli-error-accept-shrink";
/// `cli-error-unknown-format`, the CLI's own wording: $subject: the file or feed..
pub const CLI_ERROR_UNKNOWN_FORMAT: &str = "cli-error-unknown-format";
/// `cli-error-bmlt-formats`, the CLI's own wording: $error: the sentence above..
pub const CLI_ERROR_BMLT_FORMATS: &str = "cli-error-bmlt-formats";
/// `cli-error-meeting-without-zone`, the CLI's own wording: $meeting: the meeting's name..
pub const CLI_ERROR_MEETING_WITHOUT_ZONE: &str = "cli-error-meeting-without-zone";
/// `cli-error-ride-from`, the CLI's own wording: $error: the sentence above..
pub const CLI_ERROR_RIDE_FROM: &str = "cli-error-ride-from";
/// `cli-error-meeting-started`, the CLI's own wording.
pub const CLI_ERROR_MEETING_STARTED: &str = "cli-error-meeting-started";
/// `cli-error-ride-list`, the CLI's own wording: $error: the sentence above..
pub const CLI_ERROR_RIDE_LIST: &str = "cli-error-ride-list";
/// `cli-error-ride-matches`, the CLI's own wording: $error: the sentence above..
pub const CLI_ERROR_RIDE_MATCHES: &str = "cli-error-ride-matches";
/// `cli-note-set-zone`, the CLI's own wording of the import note that no time zone is known:
/// $note: the note itself (`import-no-zone`).
pub const CLI_NOTE_SET_ZONE: &str = "cli-note-set-zone";

/// `error-date-invalid`: a date that cannot be read; `$value` is what was given.
pub const DATE_INVALID: Id = Id("error-date-invalid");
/// `error-sync-stopped`: a sync's background work stopped before it said how it ended.
pub const SYNC_STOPPED: Id = Id("error-sync-stopped");

/// Every id above (the core's and the CLI's), for the test that every locale has them.
pub(crate) const IDS: &[&str] = &[
    DATE_INVALID.0,
    SYNC_STOPPED.0,
    FETCH_OFFLINE.0,
    FETCH_TIMEOUT.0,
    FETCH_STATUS.0,
    FETCH_TOO_LARGE.0,
    FETCH_BAD_ADDRESS.0,
    FETCH_INSECURE_REDIRECT.0,
    SYNC_CANCELLED.0,
    FEED_INVALID.0,
    FEED_UNREADABLE.0,
    FEED_NOT_SAVED.0,
    FEED_READER_STOPPED.0,
    RELAY_NOT_DATA.0,
    RELAY_TRUNCATED.0,
    RELAY_TOO_LARGE.0,
    RELAY_DAMAGED.0,
    RELAY_NEWER_FORMAT.0,
    RELAY_BAD_SIGNATURE.0,
    RELAY_BAD_KEY.0,
    RELAY_WRONG_BASE.0,
    RELAY_HASH_MISMATCH.0,
    RELAY_ROLLBACK.0,
    SUSPICIOUS.0,
    UNKNOWN_FORMAT.0,
    MEETING_WITHOUT_ZONE.0,
    FORMATS_FILE_AS_FEED.0,
    WRONG_KEY.0,
    WRONG_BACKUP_PASSPHRASE.0,
    STORAGE.0,
    IO.0,
    RIDE_START_TOO_FAR.0,
    MEETING_ALREADY_STARTED.0,
    UNKNOWN_RIDE.0,
    UNKNOWN_MATCH.0,
    SCHEMA_TOO_NEW.0,
    APP_SUSPICIOUS.0,
    APP_UNKNOWN_FORMAT.0,
    APP_MEETING_WITHOUT_ZONE.0,
    APP_CANCELLED.0,
    SERVICE_BODIES.0,
    FILE_TOO_LARGE.0,
    FILE_UNREADABLE.0,
    FEED_FILE_MISSING.0,
    FORMATS_FILE_MISSING.0,
    PROGRAM_INVALID.0,
    SOURCE_LOCATION_MISSING.0,
    SOURCE_NOT_FOUND.0,
    ZONE_UNKNOWN.0,
    MEETING_NOT_FOUND.0,
    DIRECTORY_SCHEMA.0,
    REPORT_NOWHERE.0,
    REPORTS_WAITING.0,
    UPCOMING_RANGE.0,
    START_MINUTE_RANGE.0,
    START_RANGE_HALF.0,
    SEARCH_POINT.0,
    RADIUS_RANGE.0,
    WEEKDAY_RANGE.0,
    TYPE_EMPTY.0,
    TYPE_UNKNOWN.0,
    TYPE_AMBIGUOUS.0,
    TYPE_TOO_MANY.0,
    TIME_OF_DAY_INVALID.0,
    CALENDAR_NO_WEEKLY_TIME.0,
    LEAD_MISSING.0,
    LEAD_TOO_LONG.0,
    LEADS_TOO_MANY.0,
    REMINDER_NOT_FAVOURITE.0,
    REMINDER_NONE.0,
    NOT_IN_MY_MEETINGS.0,
    NO_WEEKLY_TIME_TO_SKIP.0,
    TIME_OF_DAY_RANGE.0,
    LABEL_TOO_LONG.0,
    DAILY_REMINDER_NOT_FOUND.0,
    NO_SAVED_MEETINGS.0,
    PLAN_HORIZON.0,
    NO_RANDOM.0,
    KEY_LENGTH.0,
    KDF_UNKNOWN.0,
    KDF_SETTINGS.0,
    PASSPHRASE_EMPTY.0,
    KEY_DERIVATION.0,
    INTERNAL.0,
    LANGUAGE_UNSUPPORTED.0,
    VAULT_DEVICE_KEY.0,
    VAULT_PASSPHRASE.0,
    VAULT_KEYSTORE.0,
    VAULT_EXISTS.0,
    VAULT_IN_USE.0,
    SETTING_TOO_LARGE.0,
    SETTINGS_FULL.0,
    PASSPHRASE_SHORT.0,
    SETTING_NAME.0,
    VAULT_SCHEMA.0,
    UNSAFE_NO_SQLCIPHER.0,
    UNSAFE_CRYPTO.0,
    UNSAFE_PROBE.0,
    HALT_UNKNOWN.0,
    MOOD_RANGE.0,
    CRAVING_RANGE.0,
    ENTRY_TOO_LONG.0,
    ENTRY_ITEMS.0,
    ENTRY_ITEM_TOO_LONG.0,
    TAG_TOO_LONG.0,
    TAGS_TOO_MANY.0,
    MEETING_ID_INVALID.0,
    ENTRY_EMPTY.0,
    ENTRY_IN_TRASH.0,
    ENTRY_NOT_FOUND.0,
    SEARCH_EMPTY.0,
    DATE_IN_FUTURE.0,
    DATE_TOO_FAR_BACK.0,
    SOBRIETY_NOT_FOUND.0,
    PHONE_INVALID.0,
    CONTACT_NAME_MISSING.0,
    CONTACT_NAME_TOO_LONG.0,
    CONTACT_INVALID.0,
    CONTACTS_FULL.0,
    CONTACT_NOT_FOUND.0,
    FAVOURITE_TOO_LARGE.0,
    BACKUP_PASSPHRASE_SHORT.0,
    BACKUP_ENCRYPT.0,
    BACKUP_NEEDS_PASSPHRASE.0,
    BACKUP_TOO_LARGE.0,
    BACKUP_NOT_WAYMARK.0,
    BACKUP_HEADER.0,
    BACKUP_NO_PASSPHRASE.0,
    BACKUP_WORK.0,
    BACKUP_CUT.0,
    BACKUP_NOT_EXPORT_AT.0,
    BACKUP_NOT_EXPORT.0,
    BACKUP_NEWER.0,
    BACKUP_RECORD.0,
    BACKUP_TOO_MANY.0,
    RIDES_ADDRESS.0,
    RIDES_HTTPS.0,
    RIDES_CREDENTIALS.0,
    RIDES_UNREADABLE.0,
    RIDES_TOO_LARGE.0,
    RIDES_REDIRECT.0,
    RIDES_REFUSED.0,
    RIDES_STATUS.0,
    LEAVE_AFTER_START.0,
    ARRIVE_AFTER_START.0,
    RIDE_DISTANCE.0,
    RIDE_NEEDS_PLACE.0,
    OUTBOX_NOT_FOUND.0,
    OUTBOX_NOT_REFUSED.0,
    RIDE_NOT_FOUND.0,
    RIDE_REFUSAL.0,
    RIDE_NO_PLACE.0,
    RIDE_NO_ZONE.0,
    RIDE_WRONG_DAY.0,
    RELAY_KEY_EXISTS.0,
    RELAY_KEY_UNREADABLE.0,
    RELAY_KEY_INVALID.0,
    ADDRESS_INVALID.0,
    RELAY_HTTPS.0,
    PLACE_RANGE.0,
    AREA_RADIUS.0,
    RELAY_OTHER_KEY.0,
    AREA_NOT_ADDED.0,
    AREA_NOT_FOUND.0,
    TILE_MISSING.0,
    CLI_ERROR_ACCEPT_SHRINK,
    CLI_ERROR_UNKNOWN_FORMAT,
    CLI_ERROR_BMLT_FORMATS,
    CLI_ERROR_MEETING_WITHOUT_ZONE,
    CLI_ERROR_RIDE_FROM,
    CLI_ERROR_MEETING_STARTED,
    CLI_ERROR_RIDE_LIST,
    CLI_ERROR_RIDE_MATCHES,
    CLI_NOTE_SET_ZONE,
];

/// The id listed in [`IDS`] with this text (for tests that go through every id).
#[cfg(test)]
pub(crate) fn by_str(id: &str) -> Option<Id> {
    IDS.iter().find(|i| **i == id).map(|i| Id(i))
}
