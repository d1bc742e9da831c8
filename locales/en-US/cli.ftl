# The terminal's own words in US English (see en-GB/cli.ftl for what each message means and
# its variables). The same as en-GB today; change a message here where US usage differs.
# Command names, flags and paths stay as they are.

## Sources and sync

# A source was added. $format is the feed format's name, or cli-source-format-detected;
# $program is the fellowship code (aa, na).
cli-source-added = Added source { $id } ({ $format }, { $program }). Run `waymark sync` to load its meetings.
# Stands for the format in cli-source-added when none was given.
cli-source-format-detected = format detected at sync
# No --program was given: which fellowship's type codes were assumed.
cli-source-program-assumed = No --program was given, so its meetings are read as { $program }'s. If the feed is another fellowship's, remove it and add it again with --program (na, al-anon, …).
cli-source-removed = Removed source { $id } and its meetings.
# `source list` and `sync` with no source: the hint that adds one.
cli-sources-empty = No sources yet. Add one with `waymark source add <PATH>`.
# A source's meeting count in `source list`.
cli-source-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
# Under a source in `source list`: $error is why its last update failed.
cli-source-failed = last attempt failed: { $error }
# Under a source: $time is when it last loaded (as stored, RFC 3339).
cli-source-updated = updated { $time }
cli-source-not-loaded = not loaded yet: run `waymark sync`
# `sync`: a source whose feed had not changed; $count meetings kept.
cli-sync-unchanged = { $source }: unchanged since the last sync ({ $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
})
# `sync`: a source loaded. $count meetings, $skipped entries left out, $warnings notes,
# $ms the time it took in milliseconds (a number already formatted).
cli-sync-loaded = { $source }: { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} loaded, { $skipped } skipped, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} ({ $ms } ms)
# An entry of the feed left out: $key is its key in the feed, $reason why.
cli-sync-skipped = skipped { $key }: { $reason }
# More entries left out than are listed.
cli-sync-more-skipped = … and { $count } more skipped (see --json)
# A note about one entry ($key) of the feed.
cli-sync-note = note { $key }: { $note }
# A note about $count meetings of the feed.
cli-sync-note-count = note ({ $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}): { $note }
cli-sync-more-notes = … and { $count } more notes (see --json)
# A sync held back because the feed shrank drastically; $error says how.
cli-sync-held-back = { $source }: held back: { $error }
# A failed sync; the $count meetings of the last good load stay.
cli-sync-not-updated = { $source }: not updated: { $error }. The { $count } meetings from the last good load are kept.
cli-sync-nothing-loaded = { $source }: nothing loaded: { $error }
# The progress line while a source syncs. $size is bytes so far ("1.20 MiB").
cli-sync-downloading = { $source }: downloading, { $size }
cli-sync-reading = { $source }: reading, { $count } meetings
cli-sync-indexing = { $source }: indexing { $count } meetings

## Search results (`waymark meetings`)

cli-meetings-none = No meetings match. Try a wider time window, a larger radius or fewer filters.
cli-meetings-closed-left-out = { $count ->
    [one] { $count } temporarily closed meeting matches but is left out (--include-closed shows it).
   *[other] { $count } temporarily closed meetings match but are left out (--include-closed shows them).
}
# The table's column headings (capitals: they head columns).
cli-column-when = WHEN
cli-column-meeting-time = MEETING TIME (local to meeting)
cli-column-your-time = YOUR TIME
cli-column-name = NAME
cli-column-where = WHERE
cli-column-how = HOW
cli-column-distance = DIST
cli-column-types = TYPES / ID
# A meeting's id under its row (`meeting show` takes it).
cli-id = id { $id }
# The id, and the ids of the same meeting in other feeds ($others, comma-separated).
cli-id-also-listed = id { $id } (also listed as { $others })
# More results than shown: $count more match, `--limit $limit` shows them.
cli-meetings-more = { $count ->
    [one] { $count } more meeting matches; --limit { $limit } shows more.
   *[other] { $count } more meetings match; --limit { $limit } shows more.
}
cli-meetings-more-maybe = More meetings may match; --limit { $limit } shows more.
cli-meetings-more-at-least = At least { $count } more meetings match; --limit { $limit } shows more.
# The HOW column: how a meeting is attended.
cli-how-in-person = in person
cli-how-online = online
cli-how-hybrid = in person and online
cli-how-closed = temporarily closed
# Explains the YOUR TIME column (use the same words as cli-column-your-time); $zone is an
# IANA zone name.
cli-meetings-your-time = YOUR TIME is in { $zone }.
cli-meetings-zone-derived = * time zone worked out from the map: the feed gives none.
cli-meetings-zone-unknown = Some meetings have no time zone in their feed: their times are shown as if in { $zone }.
# `waymark types`: $program is the fellowship code.
cli-types-title = Meeting types for { $program } (use the code or the name with --type):

## One meeting (`meeting show`, `meeting report`)

cli-meeting-report-offline = (offline? `waymark meeting report { $id }` keeps it until you send it)
# The text the Share button sends.
cli-meeting-share = share: { $text }
# A problem report: $meeting is the meeting's name, $recipient an email address.
cli-report-write = To report a problem with { $meeting }, write to { $recipient }:
cli-report-kept = Kept as report { $id } until it is sent; then run `waymark meeting reports --sent { $id }`.
cli-report-sent = Report { $id } is sent and no longer kept.
cli-report-not-waiting = There is no report { $id } waiting.
cli-reports-empty = No problem reports are waiting to be sent.
# A waiting report: $date when it was kept, $meeting, $recipient.
cli-reports-row = { $id }  { $date }  about { $meeting } to { $recipient }

## My meetings, journal, sobriety dates, people, rides: confirmations and hints

cli-favorite-added = Added to my meetings: { $name }.
cli-favorite-already = { $name } is already in my meetings.
cli-favorite-removed = Removed from my meetings.
# Under an empty My meetings list.
cli-favorite-hint = Add one with `waymark favorite add <MEETING_ID>` (`waymark meetings` shows the ids).
cli-journal-saved = Saved. Entry { $id }
# After an entry given as an argument (stderr).
cli-journal-argument-note = Note: words given on the command line can be seen by other users of this computer while the command runs, and may stay in your shell history. To keep an entry private, leave the text out and type it when asked, or pipe it in.
cli-journal-type-entry = Write your entry, then press Ctrl-D on a new line to save it.
cli-journal-nothing-found = Nothing found.
# An entry moved to the trash: it stays $days days.
cli-journal-trashed = Moved to the trash. It stays there for { $days } days; `waymark journal restore { $id }` brings it back.
cli-journal-restored = Back in your journal.
cli-journal-trash-empty = The trash is empty.
# Under an empty journal.
cli-journal-hint = Write one with `waymark journal add`, or `waymark journal prompts` for ideas.
cli-journal-exported = Wrote { $path }. This file is not encrypted: keep it somewhere private.
# When an entry was written: $date and $time formatted for the locale.
cli-journal-when = { $date } { $time }
# Short facts before an entry's first line in a list, and lines of one entry.
cli-journal-mood-short = mood { $mood }/5
cli-journal-craving-short = craving { $craving }/10
cli-journal-edited = Edited { $date }
cli-journal-in-trash = In the trash since { $date }
cli-journal-mood = Mood: { $mood }/5
cli-journal-craving = Craving: { $craving }/10
# $words: the HALT words ticked (from cli-halt-*), comma-separated.
cli-journal-halt = HALT: { $words }
cli-halt-hungry = hungry
cli-halt-angry = angry
cli-halt-lonely = lonely
cli-halt-tired = tired
cli-journal-meeting = Meeting: { $id }
cli-journal-tags = Tags: { $tags }
cli-sober-saved = Saved (id { $id }).
cli-sober-updated = Updated.
cli-sober-removed = Removed.
cli-sober-hint = Add one with `waymark sober add YYYY-MM-DD --label NAME`.
# A person added; $role is their role in words (the People to call screen's).
cli-contact-added = Added { $name } ({ $role }) to my people.
cli-contact-removed = Removed from my people.
cli-contact-hint = Add someone with `waymark contacts add NAME --role sponsor --phone NUMBER`.
# A person in a hard check-in's next step: $call and $text are tel: and sms: links.
cli-next-step-person = { $name } ({ $role }): { $phone }  call { $call }  text { $text }
# A meeting in a hard check-in's next step: $when its day and time, $why one of the three below.
cli-next-step-meeting = { $name } — { $when }, { $why }  (waymark meeting show { $id })
cli-next-step-mine = one of my meetings
cli-next-step-nearby = near you
cli-next-step-online = online
cli-ride-offer-saved = Offer { $id } saved: { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
} to { $meeting }. Only your area (about 1 km) is shared.
cli-ride-request-saved = Request { $id } saved for { $meeting }. Only your area (about 1 km) is shared.
cli-ride-accept-saved = Acceptance saved.
cli-ride-cancel-saved = Cancellation saved for ride { $id }.
cli-ride-max-distance = Rides can start up to { $km } km from the meeting.
# A change not sent to the car-pool server yet; $error says why.
cli-ride-not-sent = Not sent yet ({ $error }); it goes out at the next `waymark ride sync`.
cli-ride-saved-offline = Saved on this device; it goes out at the next `waymark ride sync --server URL`.
cli-ride-synced = Synced: { $sent } sent, { $matches ->
    [one] { $matches } match
   *[other] { $matches } matches
}.
# The server refused a change; $reason is its words.
cli-ride-not-done = Not done: { $reason }
cli-ride-hint = Offer a lift with `waymark ride offer`, or ask for one with `waymark ride request`.

## Reminders and calendar

cli-remind-favorite-added = Added { $name } to my meetings.
# $leads: the Reminders screen's words for the reminders ("1 hour before and 15 minutes before").
cli-remind-set = Reminders set: { $leads }.
# $when: the meeting's day and time.
cli-remind-skipped = No reminder for the one on { $when }. The ones after it stay.
cli-remind-resumed = Reminders are back on.
cli-remind-paused = Reminders paused. They start again on { $date }.
cli-remind-cleared = No more reminders for that meeting.
# A daily reminder: $time of day, $label its name.
cli-remind-daily = Daily reminder at { $time }: { $label }.
# $example: what a discreet lock-screen reminder says.
cli-remind-discreet-on = Lock-screen reminders say only the time, e.g. "{ $example }".
cli-remind-discreet-off = Lock-screen reminders name the meeting. `remind discreet on` hides it again.
cli-remind-working = Reminders are working.
cli-remind-empty = No reminders yet. `waymark remind set <MEETING_ID> --before 60m` adds one.
# A daily reminder in `remind list`.
cli-remind-daily-row = daily  { $time }  { $label }
cli-remind-paused-until = Paused until { $date }.
# $horizon as typed (24h, 7d).
cli-remind-plan-empty = No reminders in the next { $horizon }.
# More reminders than a phone holds: $count more, $max held.
cli-remind-plan-cut = { $count } more reminders fall in this period; a phone holds only the next { $max }.
cli-remind-plan-assumed-zone = { $id } has no time zone in its feed; its reminders assume one.
cli-remind-plan-unplannable = { $id }: no reminders ({ $reason }).
# $when: the day and time a reminder fires.
cli-remind-plan-when = { $date } { $time }
cli-calendar-wrote = Wrote { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
} to { $path }.
# $summary: the discreet title every event gets.
cli-calendar-discreet = Discreet, like your reminders: each event is called "{ $summary }" and leaves out the meeting's name and notes. `--detailed` puts them in.

## Backup and vault

# Prompts for a passphrase (the answer is typed after them, on the same line).
cli-vault-passphrase-choose = Choose a passphrase for your private vault:{ " " }
cli-vault-passphrase-open = Vault passphrase:{ " " }
cli-passphrase-again = Type it again, to be sure:{ " " }
# The vault was created in the folder $path (stderr).
cli-vault-created = Created your private vault in { $path }. It is encrypted with your passphrase: keep the passphrase safe, because without it the vault cannot be opened.
cli-backup-passphrase-new = Choose a passphrase for this backup:{ " " }
cli-backup-passphrase = Backup passphrase:{ " " }
cli-vault-passphrase-new = New passphrase:{ " " }
cli-backup-written = Backup written to { $path }: { $journal ->
        [one] { $journal } journal entry
       *[other] { $journal } journal entries
    }, { $favorites } of my meetings, { $sobriety ->
        [one] { $sobriety } sobriety date
       *[other] { $sobriety } sobriety dates
    }, { $reminders ->
        [one] { $reminders } reminder
       *[other] { $reminders } reminders
    }, { $contacts ->
        [one] { $contacts } person on my list
       *[other] { $contacts } people on my list
    }.
cli-backup-keep-passphrase = Keep its passphrase safe: without it the backup cannot be restored.
cli-restored = Restored. Journal: { $journalAdded } added, { $journalUpdated } updated, { $journalUnchanged } already here. My meetings: { $favorites } added. Sobriety dates: { $sobrietyAdded } added, { $sobrietyUpdated } updated. Reminders: { $reminders } added. My people: { $contacts } added.
cli-restored-not-synced = My meetings read "not synced yet" until their meeting lists are loaded (`waymark source add` and `waymark sync`).
# $settings: the settings' names, comma-separated.
cli-restored-settings-kept = Settings kept as they are on this device: { $settings }. A restore never brings in car-pool details and never makes reminders less discreet; `waymark remind discreet off` does that if you want it.
cli-passphrase-changed = Passphrase changed. Use the new one from now on.

## Areas from a relay

# $label: the area's name; $tiles how many tiles; $relay its address.
cli-area-added = Added area { $id } ({ $label }): { $tiles } tiles of { $relay }, and online meetings. `waymark sync` brings their meetings.
cli-areas-empty = No areas yet. `waymark area add --relay URL --relay-key KEY --near LAT,LON` adds one.
cli-area-row = { $id }  { $label }  { $tiles } tiles  { $relay }
cli-area-removed = Removed area { $id }.
cli-area-sources-empty = Nothing from a relay yet: add an area, then `waymark sync`.

## Running a relay, checking the catalogue, the demo

cli-relay-key-written = Secret key written to { $path } (only you can read it). Keep a copy somewhere safe: phones trust only this key, and a lost key cannot be recovered.
cli-relay-public-key = Public key (give it to the phones):
# A catalogue with problems: $count of them, listed above.
cli-catalogue-problems = { $path } has { $count ->
    [one] { $count } problem, listed above
   *[other] { $count } problems, listed above
}
cli-relay-catalogue-problems = { $path } has { $count ->
    [one] { $count } problem, listed above; nothing was built
   *[other] { $count } problems, listed above; nothing was built
}
# A source that failed in this build: $why (one of cli-relay-error-*), $when it last worked.
cli-relay-source-failed = { $id }: { $why } (last worked: { $when })
cli-relay-never = never
cli-relay-error-offline = could not reach the server
cli-relay-error-timeout = the server did not answer in time
cli-relay-error-http = the server answered with an error
cli-relay-error-invalid-data = the answer was not a usable feed
cli-relay-error-suspicious = the feed shrank drastically, so its previous meetings were kept
cli-relay-error-invalid-input = refused: its address or settings are not allowed
cli-relay-error-other = failed
cli-relay-published = published version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)
cli-relay-unchanged = nothing changed; still version { $version }: { $tiles } tiles, { $meetings } meetings ({ $changed } changed), { $sources } sources ({ $failing } failing)
# $programs and $formats: "aa 3, na 2".
cli-catalogue-ok = catalogue OK: { $count } sources (by program: { $programs }; by format: { $formats })
cli-generated = Wrote { $count } synthetic meetings to { $path }
cli-demo-intro = Waymark demo: { $count } synthetic meetings in { $cities } cities, kept in { $path }
# $seconds: a number already formatted ("0.42").
cli-demo-loaded = (loaded in { $seconds } s)
cli-demo-found = ({ $count } found in { $ms } ms)
cli-demo-search-now = On now or starting in the next 3 hours, within 25 km of central Philadelphia
cli-demo-search-online = Spanish-speaking meetings you can join online on Tuesday, seen from London
cli-demo-search-women = Women's meetings with wheelchair access within 40 km of Aberystwyth
cli-demo-search-text = Free text, accents ignored: "cafe serenite" finds "Café" and "Sobriété"
cli-demo-try = Try your own: waymark --data-dir { $path } meetings --help

## The table's words, usage errors and file errors (cli/src/)

cli-all-day = all day
cli-zone-unknown = zone unknown
cli-usage-point = { $flag } { $value } must be LAT,LON
cli-usage-not-a-point = { $flag } { $value } is not a usable point: latitude −90..90, longitude −180..180
cli-usage-one-of = { $flag } { $value }: use { $options }
cli-usage-not-a-date = { $flag } { $value } is not a date: use YYYY-MM-DD
cli-usage-not-a-time = { $value } is not a time of day such as 21:00
cli-usage-not-a-duration = { $flag } { $value } is not a duration such as { $example }
cli-usage-between = { $flag } must be between { $min } and { $max }
cli-usage-needs = { $flag } needs { $other }
cli-usage-pattern = { $flag } { $value } must be { $pattern }
cli-usage-not-a-weekday = { $flag } { $value } is not a weekday: use a name (tue, tuesday) or 0 (Sunday) to 6
cli-usage-type = --type: { $problem }; `waymark types` lists them
cli-usage-not-saved = { $id } is not in my meetings
cli-usage-no-vault = there is no vault here yet
cli-cannot-create = cannot create { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-create-data = cannot create the data folder { $path }
cli-no-data-dir = no data folder: pass --data-dir DIR
cli-stdin-unreadable = could not read the entry from standard input
cli-cannot-read = could not read { $path }: { $detail }
cli-usage-no-terminal = no terminal to ask for the passphrase: set { $var } instead
cli-usage-passphrases-differ = the two passphrases are not the same; nothing was changed
cli-usage-no-longer-listed = { $id } is no longer listed by its feed, so it cannot be added
cli-usage-no-meeting = no meeting { $id }: `waymark meetings` shows meeting ids
cli-usage-entry-too-long = an entry holds up to { $max } characters; this one is longer
cli-usage-not-on-day = { $name } does not meet on { $day }; --days must be among its days
cli-usage-no-reminders = { $id } has no reminders
cli-usage-at-least = { $flag } must be at least { $min }
cli-usage-null-island = { $flag } { $value } is a point feeds use when they have no location (0,0 is in the sea off West Africa), not a real place: give the latitude and longitude of where you are
cli-usage-not-km = { $value } is not a number of kilometres (or `default`)
cli-usage-no-server = no car-pool server: pass --server URL or set WAYMARK_SERVER
cli-usage-unknown-zone = unknown time zone { $value }: use an IANA name such as Europe/London
