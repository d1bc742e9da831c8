# What went wrong, in words a person can act on: what happened, whether anything was lost or
# changed, and what they can do. The core, the phones and the CLI all word their errors from
# here (core/src/support/msg.rs lists every id). No command-line flag appears in an `error-`
# message: the phones show them too. `cli-error-` messages are the CLI's own, and may name its
# flags (as they are, untranslated).
# Values: $name, $meeting, $path, $address, $zone, $value, $program, $key and $subject are
# text given by a person or a feed (any script; isolated from the sentence); $detail is a
# technical detail from the system (usually English); numbers ($max, $min, $count, …) are
# digits.

## Sub-errors: fetching and reading a feed

# No network, or the server could not be reached.
error-fetch-offline = could not reach the server; nothing was changed, so check the connection and try again later
# The server took too long.
error-fetch-timeout = the server did not answer in time; nothing was changed, so try again later
# The server answered with an error status. $status: the HTTP status, e.g. 503.
error-fetch-status = the server answered { $status }; nothing was changed
# The download is larger than allowed. $max: the limit in bytes.
error-fetch-too-large = the feed is larger than { $max } bytes, so it was not read; nothing was changed
# The address is not an http(s) address. $address: what was given.
error-fetch-bad-address = { $address } is not a web address (https://…)
# An https address sent Waymark on to a plain http one.
error-fetch-insecure-redirect = the server sent a secure request on to an insecure address, so it was not followed
# The update was stopped on request.
error-sync-cancelled = the update was stopped; the meetings you had are kept
# A feed is not what its format should be. $format: the format's name (meeting-guide, bmlt…);
# $detail: what the reader said, with line and column.
error-feed-invalid = the { $format } feed is not valid ({ $detail }); the meetings you had are kept
# A feed could not be read. $detail: the system's reason.
error-feed-unreadable = could not read the feed ({ $detail }); the meetings you had are kept
# The meetings of a feed could not be stored. $detail: the reason.
error-feed-not-saved = the feed could not be saved ({ $detail }); the meetings you had are kept
# The reader of a feed stopped before the end.
error-feed-reader-stopped = the feed reader stopped unexpectedly; the meetings you had are kept

## Relay data

# A web page where relay data was expected.
error-relay-not-data = the relay sent a web page instead of meeting data; its address may be wrong
# A download cut short.
error-relay-truncated = the relay's data was cut short; it will be fetched again
# Data larger than this build reads. $max: the limit in bytes.
error-relay-too-large = the relay's data is larger than { $max } bytes and was not read
# Data that is not what the format says. $detail: which part (Waymark's own words).
error-relay-damaged = the relay's data is damaged ({ $detail }); what the phone had is kept
# A newer relay format. $found, $supported: format numbers.
error-relay-newer-format = the relay uses a newer format ({ $found }) than this version of Waymark ({ $supported }); update the app
# A signature that does not match the relay's key.
error-relay-bad-signature = the relay's signature does not match its key, so its data was not used
# A relay key that cannot be read. $detail: what is wrong with it.
error-relay-bad-key = that is not a Waymark relay key: { $detail }
# A delta for another version of a tile.
error-relay-wrong-base = this update is for another version of the tile; the whole tile is needed
# Bytes that do not match the manifest.
error-relay-hash-mismatch = the relay's data does not match its manifest, so it was not used
# An older publication than the phone has. $have, $offered: version numbers.
error-relay-rollback = the relay offered older data (version { $offered }) than this phone has (version { $have }); what the phone has is kept

## The typed errors of the core

# A feed shrank drastically. $now, $previous: meeting counts.
error-suspicious = the feed now has { $now } meetings instead of { $previous }; the previous { $previous } are kept
# The format of a file or feed could not be recognised. $subject: its path or address.
error-unknown-format = the format of { $subject } could not be recognised
# A meeting without a time zone cannot be exported. $meeting: its name.
error-meeting-without-zone = { $meeting } has no time zone, so its times cannot be exported
# A BMLT GetFormats file given as a feed. $subject: its path.
error-formats-file-as-feed = { $subject } is a BMLT GetFormats answer, not a list of meetings: it goes beside the BMLT feed it describes, as that feed's formats file
# The vault's key or passphrase is wrong.
error-wrong-key = wrong passphrase or key: the vault was not opened and nothing was changed
# A backup's passphrase is wrong.
error-wrong-backup-passphrase = wrong backup passphrase (or the file was changed): nothing was restored
# The database failed. $detail: the database's reason.
error-storage = Waymark's storage failed ({ $detail }); nothing was changed
# A file could not be read or written. $detail: the system's reason.
error-io = Waymark could not read or write a file ({ $detail })
# A ride's start is too far from the meeting. $distance, $limit: kilometres.
error-ride-start-too-far = that starting point is about { $distance } km from the meeting; rides start within { $limit } km of it
# The meeting has already started on that date.
error-meeting-already-started = that meeting has already started on that date; choose a later date
# No ride with that id on this device.
error-unknown-ride = no ride with that id on this device
# No match with that id on this device.
error-unknown-match = no match with that id on this device; sync to see new matches
# Data from a newer Waymark. $found, $supported: schema numbers.
error-schema-too-new = this data was written by a newer version of Waymark (schema { $found }, this version knows { $supported }); update the app. Nothing was changed

## The phones' own wording of a few of the above (the CLI names a flag instead)

# A feed shrank drastically. $now, $previous: meeting counts.
error-app-suspicious = The meeting list now has { $now } meetings instead of { $previous }, which looks like a mistake in the feed, so the { $previous } you had are kept.
# $subject: the file or feed address.
error-app-unknown-format = Waymark could not recognise the format of { $subject }. It reads Meeting Guide, BMLT and TSML meeting lists.
# $meeting: the meeting's name.
error-app-meeting-without-zone = { $meeting } has no time zone, so it cannot be added to a calendar. Set a time zone for its meeting list and try again.
# A sync stopped on request.
error-app-cancelled = The sync was stopped; the meetings you had are kept.

## Something given that cannot be used (files and feeds)

# $subject: a file's path.
error-service-bodies = { $subject } looks like a BMLT GetServiceBodies answer, not a list of meetings
# $size, $max: megabytes.
error-file-too-large = this file is { $size } MB; Waymark reads up to { $max } MB
# $path: the file as given; $detail: the system's reason.
error-file-unreadable = cannot read { $path } ({ $detail })
# $path: the file as given.
error-feed-file-missing = no feed file at { $path }
# $path: the file as given.
error-formats-file-missing = no GetFormats file at { $path }
# $program: what was given.
error-program-invalid = { $program } is not a program name: use a short name such as aa, na or al-anon
# A feed added with no path or address. No values.
error-source-location-missing = the source needs a file path or web address
# A feed (source) id that is not on this device. No values.
error-source-not-found = no source with that id; nothing was changed
# $zone: what was given.
error-zone-unknown = unknown time zone { $zone }: use a name such as America/New_York or Europe/London
# A meeting id that is not in the directory (any more). No values.
error-meeting-not-found = no meeting with that id; it may no longer be listed
# $version: the schema number found.
error-directory-schema = no upgrade path from directory schema { $version }; nothing was changed
# A report cannot go anywhere.
error-report-nowhere = this meeting's list names no one to report a problem to, and it does not come from a website
# $max: how many reports may wait.
error-reports-waiting = { $max } problem reports are already waiting to be sent; send some of them first

## Searching the directory

# A search for meetings starting soon, with a window out of range. No values.
error-upcoming-range = the time ahead to look for meetings must be between 1 minute and 7 days
# A start-time filter outside the day. No values.
error-start-minute-range = a start time is a minute of the day, 0 (00:00) to 1439 (23:59)
# A start-time filter with only one end. No values.
error-start-range-half = give both ends of the start-time range
# $problem: one of missing, not-a-number, out-of-range, null-island, placeholder (chooses a variant).
error-search-point = the search point is unusable: { $problem ->
    [missing] its coordinates are missing
    [not-a-number] its coordinates are not numbers
    [out-of-range] its coordinates are out of range
    [null-island] it is 0,0, not a real place
   *[placeholder] it is a known placeholder point
}
# A search radius out of range. No values.
error-radius-range = the radius must be between 0 and 20000 km
# A weekday number out of range. No values.
error-weekday-range = weekdays are 0 (Sunday) to 6 (Saturday)
# An empty meeting type was typed. No values.
error-type-empty = a meeting type cannot be empty
# $name: what was typed.
error-type-unknown = there is no meeting type called { $name }
# $name: what was typed; $options: the types it could mean, as a list.
error-type-ambiguous = { $name } could mean { $options }
# $name: what was typed; $count: how many types match.
error-type-too-many = { $name } matches { $count } meeting types; type more of the name
# $value: what was given.
error-time-of-day-invalid = { $value } is not a time of day such as 18:00

# A date that cannot be read. $value: what was given.
error-date-invalid = { $value } is not a date like 2026-11-22
# A sync's background work stopped before it said how it ended.
error-sync-stopped = the update stopped unexpectedly; the meetings you had are kept

## Reminders

# $meeting: the meeting's name.
error-calendar-no-weekly-time = { $meeting } has no weekly day and time, so it cannot go in a calendar
# A meeting reminder with no time before the meeting. No values.
error-lead-missing = say how long before the meeting the reminder should come, e.g. 60m
# A reminder more than two days before. No values.
error-lead-too-long = a reminder can be at most two days before the meeting
# $max: how many.
error-leads-too-many = up to { $max } reminders per meeting
# Reminders are only for saved meetings. No values.
error-reminder-not-favourite = reminders are for my meetings: add the meeting to favourites first
# Skipping a reminder for a meeting that has none. No values.
error-reminder-none = no reminders are set for that meeting
# A meeting that is not saved. No values.
error-not-in-my-meetings = that meeting is not in my meetings
# "Not this week" for a meeting with no weekly time. No values.
error-no-weekly-time-to-skip = this meeting has no weekly time to skip
# A time of day out of range (a number of minutes). No values.
error-time-of-day-range = a time of day is 00:00 to 23:59
# $max: characters.
error-label-too-long = a label is up to { $max } characters
# A daily reminder id that does not exist. No values.
error-daily-reminder-not-found = no daily reminder with that id; nothing was changed
# A calendar export with nothing to export. No values.
error-no-saved-meetings = no meetings saved yet: give meeting ids, or save some meetings first
# A reminder plan asked for too short or too long a time. No values.
error-plan-horizon = plan between 1 minute and 31 days ahead

## The vault

# $detail: the system's reason.
error-no-random = this device could not give Waymark random numbers, so nothing was created ({ $detail })
# $expected, $found: byte counts.
error-key-length = a vault key is { $expected } bytes, not { $found }
# $name: the name in the settings file.
error-kdf-unknown = unknown key derivation { $name }; the vault was not opened
# The file beside a passphrase vault that says how its key is derived is damaged. No values.
error-kdf-settings = the passphrase settings file is not valid; the vault was not opened
# An empty passphrase. No values.
error-passphrase-empty = the passphrase is empty
# $detail: the reason.
error-key-derivation = could not derive the key ({ $detail }); the vault was not opened
# $detail: the reason.
error-internal = Waymark could not prepare its data ({ $detail }); nothing was changed
# A language for Settings that Waymark does not have. No values.
error-language-unsupported = that language is not one Waymark speaks yet
# A passphrase given for a vault opened with a device key. No values.
error-vault-device-key = this vault is opened with a device key, not a passphrase
# A new device key asked for a vault opened with a passphrase. No values.
error-vault-passphrase = this vault is unlocked by a passphrase; change the passphrase instead
# A new passphrase asked for a vault the phone keystore unlocks. No values.
error-vault-keystore = this vault is unlocked by the phone's keystore, not a passphrase
# Creating a vault where one already is. No values.
error-vault-exists = a vault already exists there; nothing was changed
# Erasing everything, or a new key, while another Waymark (the command line, a second window) still reads the vault. No values.
error-vault-in-use = another Waymark still has this vault open, so what was in it may stay in its file until that one closes; close it and try again
# $max: kilobytes.
error-setting-too-large = a setting holds up to { $max } KB
# $max: how many.
error-settings-full = the vault keeps at most { $max } settings
# $min: characters.
error-passphrase-short = choose a passphrase of at least { $min } characters
# $key: the name given.
error-setting-name = { $key } is not a setting name (use a-z, 0-9, _ and .)
# $version: the schema number found.
error-vault-schema = no upgrade path from vault schema { $version }; nothing was changed
# A build without encryption (a developer's mistake; the vault is refused). No values.
error-unsafe-no-sqlcipher = this build has no SQLCipher, so the vault cannot be encrypted; refusing to open it. Nothing was changed
# $found: the crypto this build uses; $expected: the project's own.
error-unsafe-crypto = this build of Waymark encrypts with { $found } instead of its own { $expected } crypto (it was built without the repository's .cargo/config.toml); refusing to open the vault. Nothing was changed
# $detail: the reason.
error-unsafe-probe = this build of Waymark could not check its encryption ({ $detail }); refusing to open the vault. Nothing was changed

## The journal

# $value: what was given.
error-halt-unknown = { $value } is not one of hungry, angry, lonely, tired
# A mood outside 1–5. No values.
error-mood-range = mood is a number from 1 to 5
# A craving outside 0–10. No values.
error-craving-range = craving is a number from 0 to 10
# $max: characters.
error-entry-too-long = an entry holds up to { $max } characters; this one is longer, so it was not saved
# $max: how many.
error-entry-items = an entry holds up to { $max } list items or answers
# A gratitude item or answer that is too long. No values.
error-entry-item-too-long = one of the list items is too long
# $max: characters.
error-tag-too-long = a tag is a word or two, up to { $max } characters
# $max: how many.
error-tags-too-many = an entry can have up to { $max } tags
# A journal entry linked to a meeting id that cannot be one. No values.
error-meeting-id-invalid = that meeting id is not valid
# A journal entry with nothing in it. No values.
error-entry-empty = there is nothing to save in this entry yet
# Editing an entry that is in the trash. No values.
error-entry-in-trash = that entry is in the trash; restore it first to edit it
# A journal entry id that does not exist. No values.
error-entry-not-found = no journal entry with that id; nothing was changed
# A journal search with no word. No values.
error-search-empty = type a word to search for

## Sobriety dates, people to call, favourites

# A sobriety date after today. No values.
error-date-in-future = that date is in the future; choose today or a day before
# A sobriety date more than 150 years back. No values.
error-date-too-far-back = that date is too far back; check the year
# A sobriety date id that does not exist. No values.
error-sobriety-not-found = no sobriety date with that id; nothing was changed
# $min, $max: digits.
error-phone-invalid = a phone number is { $min } to { $max } digits, with spaces, dashes or brackets if you like, and a + in front for an international number
# A person to call with no name. No values.
error-contact-name-missing = give the contact a name
# $max: characters.
error-contact-name-too-long = a name is up to { $max } characters
# A person to call whose stored id or dates are damaged. No values.
error-contact-invalid = the contact's id or dates are not valid
# $max: how many.
error-contacts-full = the list holds up to { $max } people
# A person to call whose id is not on the list. No values.
error-contact-not-found = no one with that id on your list; nothing was changed
# A saved meeting whose details are implausibly large. No values.
error-favourite-too-large = that meeting's details are far larger than a meeting's; it was not saved

## Backups

# $min: characters.
error-backup-passphrase-short = choose a backup passphrase of at least { $min } characters
# $detail: the reason.
error-backup-encrypt = could not encrypt the backup ({ $detail }); nothing was written
# Restoring an encrypted backup without its passphrase. No values.
error-backup-needs-passphrase = this backup is encrypted: its passphrase is needed
# $max: megabytes.
error-backup-too-large = this backup cannot be used: it is larger than any backup Waymark reads ({ $max } MB at most); nothing was restored
# A file that is not a Waymark backup. No values.
error-backup-not-waymark = this backup cannot be used: it is not a Waymark backup; nothing was restored
# A backup whose header is damaged. No values.
error-backup-header = this backup cannot be used: its header is damaged; nothing was restored
# A backup encrypted to a key rather than a passphrase. No values.
error-backup-no-passphrase = this backup cannot be used: it is not protected by a passphrase; nothing was restored
# A backup that asks for an unreasonable amount of work to decrypt. No values.
error-backup-work = this backup cannot be used: it asks for far more work than a backup should; nothing was restored
# A backup cut short or altered. No values.
error-backup-cut = this backup cannot be used: it was cut off or changed after it was made; nothing was restored
# $line, $column: where the reader stopped.
error-backup-not-export-at = this backup cannot be used: it is not a Waymark export (line { $line }, column { $column }); nothing was restored
# A decrypted backup that is not a Waymark export. No values.
error-backup-not-export = this backup cannot be used: it is not a Waymark export; nothing was restored
# $version: the export's format number.
error-backup-newer = this backup cannot be used: it was made by a newer version of Waymark (format { $version }); update the app. Nothing was restored
# $part: which kind of record (journal, favourite, sobriety, reminder, daily, contact, setting,
# chooses a variant); $number: which one (1 is the first).
error-backup-record = this backup cannot be used: { $part ->
    [journal] journal entry { $number }
    [favourite] favourite { $number }
    [sobriety] sobriety date { $number }
    [reminder] reminder { $number }
    [daily] daily reminder { $number }
    [contact] contact { $number }
   *[setting] setting { $number }
} is not valid; nothing was restored
# $part: journal, favourite, sobriety, reminder, daily, contact or setting (as above).
error-backup-too-many = this backup cannot be used: it holds more { $part ->
    [journal] journal entries
    [favourite] favourites
    [sobriety] sobriety dates
    [reminder] reminders
    [daily] daily reminders
    [contact] contacts
   *[setting] settings
} than Waymark keeps; nothing was restored

## Car-pools

# A car-pool server address that is not a web address. No values.
error-rides-address = the server address is not a web address (https://…)
# A car-pool server address that is plain http:// to another computer. No values.
error-rides-https = the car-pool server's address must start with https://, so your rides and pickup places cannot be read on the way (http:// is only for a server on this computer)
# A car-pool server address with a user name or password in it. No values.
error-rides-credentials = the server address must be https://host, without a user name or password
# An answer from the car-pool server that cannot be read. No values.
error-rides-unreadable = the car-pool server sent an answer Waymark cannot read; nothing was changed
# $max: mebibytes.
error-rides-too-large = the car-pool server sent an answer larger than { $max } MiB, which Waymark does not read; nothing was changed
# The car-pool server redirected Waymark elsewhere. No values.
error-rides-redirect = the car-pool server sent Waymark to another address, which it does not follow so that your rides stay with the server you chose; check the server address
# $detail: the server's own words (in the server's language).
error-rides-refused = the car-pool server refused this: { $detail }
# $status: the HTTP status.
error-rides-status = the car-pool server answered { $status }; nothing was changed
# A ride offer leaving after the meeting starts. No values.
error-leave-after-start = the time you can leave must be before the meeting starts
# A ride request arriving after the meeting starts. No values.
error-arrive-after-start = the time to arrive by must not be after the meeting starts
# $max: kilometres.
error-ride-distance = the distance to a meeting is 1 to { $max } km
# A ride composed without its exact place (a programming slip). No values.
error-ride-needs-place = offers and requests are composed with their exact place
# A change to retry that is not waiting to be sent. No values.
error-outbox-not-found = no such change waiting to be sent
# Retrying a change the server did not refuse. No values.
error-outbox-not-refused = only a change the car-pool server refused can be tried again
# A ride id that is not on this phone. No values.
error-ride-not-found = that ride is not on this phone
# Why the car-pool rules refuse a ride or a change to it (the phone checks before sending,
# and the server says the same). $reason: the rule's stable code, one of the variants below
# (`waymark_rides::RefusalCode`); $max: the number the rule names (seats, minutes, changes,
# meetings or days; 0 when it names none).
error-ride-refusal = { $reason ->
    [op_id_not_uuid] this change has an id Waymark did not make, so it cannot be sent; nothing was changed
    [ride_id_not_uuid] this ride has an id Waymark did not make, so it cannot be sent; nothing was changed
    [match_id_not_uuid] that match has an id Waymark does not know; nothing was changed
    [meeting_id_invalid] this ride names a meeting Waymark cannot read; nothing was changed
    [timezone_unknown] the meeting's time zone is not one Waymark knows, so a ride cannot be arranged
    [date_not_local] the ride's date is not the day the meeting starts, in the meeting's own time
    [place_unusable] that place is not on the map Waymark uses (latitude −85 to 85, longitude −180 to 180)
    [cell_outside_map] that area is outside the map
    [seats] a ride offers 1 to { $max } seats
    [detour] a detour is at most { $max } minutes
    [leave_after_start] the time you can leave must be before the meeting starts
    [flexibility] you can be flexible by at most { $max } minutes
    [arrive_after_start] the time to arrive by must not be long after the meeting starts
    [too_many_ops] at most { $max } changes can be sent at once; the rest wait for the next time
    [too_many_followed] at most { $max } meetings can be followed at once
    [too_late] that meeting has already started
    [too_far_ahead] rides can be arranged up to { $max } days before a meeting
   *[other] this ride cannot be sent as it is; nothing was changed
}
# $meeting: the meeting's name.
error-ride-no-place = { $meeting } has no exact place, so rides cannot go there
# $meeting: the meeting's name.
error-ride-no-zone = { $meeting } has no time zone in its feed
# $meeting: the meeting's name; $date: the date asked for.
error-ride-wrong-day = { $meeting } does not meet on { $date }

## Relays and areas

# $path: the key file.
error-relay-key-exists = { $path } already exists; a relay key is never overwritten (move it away first)
# $path: the key file; $detail: the system's reason.
error-relay-key-unreadable = cannot read the relay key { $path } ({ $detail })
# $path: the key file; $prefix: how the key starts.
error-relay-key-invalid = { $path } is not a relay secret key (it should hold { $prefix } and 64 hex digits)
# $address: what was given.
error-address-invalid = { $address } is not a web address
# A relay address that is plain http:// to another computer. No values.
error-relay-https = a relay's address must start with https:// (plain http only to this computer)
# A point outside the globe's latitudes and longitudes. No values.
error-place-range = a place is a latitude from -90 to 90 and a longitude from -180 to 180
# $max: kilometres.
error-area-radius = an area's radius is more than 0 and at most { $max } km
# An area added for a relay already known with another key. No values.
error-relay-other-key = this relay was added with another key; remove its areas first to change it
# An area that could not be added. No values.
error-area-not-added = the area was not added; nothing was changed
# An area id that is not on this phone. No values.
error-area-not-found = no area with that id on this phone
# A relay tile the phone has no copy of (never shown: the tile is fetched whole). No values.
error-tile-missing = no copy of this tile on this phone

## The CLI's hints (these may name its flags, which stay as they are)

# $error: the sentence above.
cli-error-accept-shrink = { $error } (use --accept-shrink if that is right)
# $subject: the file or feed.
cli-error-unknown-format = cannot tell the format of { $subject }: say --format meeting-guide, bmlt, tsml-csv or naws-csv
# $error: the sentence above.
cli-error-bmlt-formats = { $error } (add the feed itself and give this file with --bmlt-formats)
# $meeting: the meeting's name.
cli-error-meeting-without-zone = { $meeting } has no time zone; give one (--tz) to export it
# $error: the sentence above.
cli-error-ride-from = { $error } (check that --from is LAT,LON, latitude first)
# A ride for a meeting that has already started; names the --date flag. No values.
cli-error-meeting-started = that meeting has already started on that date; choose a later --date
# $error: the sentence above.
cli-error-ride-list = { $error } (`waymark ride list` shows your rides and their ids)
# $error: the sentence above.
cli-error-ride-matches = { $error } (`waymark ride matches` shows them)
# An import note that no time zone is known ($note), with the command that sets one.
cli-note-set-zone = { $note } (set one with `source add --timezone`)
