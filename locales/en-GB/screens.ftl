# The screens' words (core/src/screens/): titles, section headings, badges, buttons, empty and
# error states, and what a screen reader says. Values named $name, $place, $source are text
# from feeds (any language or script); $time, $day, $date, $when, $distance are already
# formatted for the locale; $count and $days are numbers, for plural rules.

## Meetings screen

meetings-title = Meetings
meetings-search-placeholder = Search by name, place or type
meetings-search-clear = Clear search
meetings-section-now = Happening now
meetings-section-later-today = Later today
meetings-section-tomorrow = Tomorrow
meetings-section-this-week = This week
meetings-filter-in-person = In person
meetings-filter-online = Online
meetings-filter-near-me = Near me
# A type filter that is on, to tap off: $name is the type's name ("Women").
meetings-filter-type = { $name }
meetings-more = { $count ->
    [one] One more meeting matches.
   *[other] { $count } more meetings match.
}
meetings-more-at-least = More meetings match.
meetings-show-more = Show more
meetings-empty-setup-title = No meetings on this phone yet
meetings-empty-setup = Choose your area and the meetings near you arrive here. They stay on this phone, so you can find one without a signal.
meetings-empty-match-title = No meetings match
meetings-empty-match = Try fewer filters or another word. Online meetings are open to everyone, wherever you are.
meetings-empty-closed = { $count ->
    [one] One temporarily closed meeting matches; it is not shown.
   *[other] { $count } temporarily closed meetings match; they are not shown.
}
meetings-empty-week = No meetings in the next seven days. Try without filters, or look at online meetings.
# Shown above the list when no source has been updated for a while.
meetings-stale = { $days ->
    [one] These meetings were last updated yesterday. Times may have changed since.
   *[other] These meetings were last updated { $days } days ago. Times may have changed since.
}
meetings-stale-never = These meetings have not been updated yet.
meetings-sync-failed = Some meetings could not be updated just now. The ones on this phone are kept.
meetings-error = The meetings could not be read just now. Please try again.
# What a screen reader says about the whole list.
meetings-summary = { $count ->
    [0] No meetings shown.
    [one] One meeting shown.
   *[other] { $count } meetings shown.
}
meetings-zone-note = Some meetings list no time zone: their times are shown as if in yours.
meetings-derived-note = Some time zones were worked out from the meeting's place on the map.

## Actions (buttons and links), shared by the screens

action-clear-filters = Clear filters
action-choose-area = Choose your area
action-try-again = Try again
action-update-now = Update now
action-directions = Directions
action-join = Join online
action-call = Call in
action-share = Share
action-report = Report a problem with this listing
action-remind = Remind me
action-rides = Find or offer a ride
action-website = Website
action-skip-next = Skip the next one
action-stop-reminding = Stop reminding me
action-add-to-calendar = Add to calendar

# Who a problem report goes to, inside a sentence ("write to …"); $to is the e-mail
# addresses or the website's host name.
report-to = { $channel ->
    [email] the listing's editors ({ $to })
    [feedback_page] the meeting's feedback page ({ $to })
   *[source_site] the website this list comes from ({ $to })
}

## Badges on a row or a meeting

badge-now = Now
badge-online = Online
badge-hybrid = Online and in person
badge-closed = Temporarily closed

## Row for a screen reader: name, when, and where when there is a place

row-label-place = { $name }, { $when }, { $place }
row-label-place-distance = { $name }, { $when }, { $place }, { $distance }

## Meeting screen

meeting-next = Next: { $when }
meeting-by-appointment = By appointment
meeting-all-day = all day
# The weekly time: $days "Tuesday and Thursday", $times "19:00–20:00", $zone "Europe/London".
meeting-schedule = { $days }, { $times } ({ $zone })
meeting-schedule-local = { $days }, { $times } (local time)
# The zone of a meeting whose feed names none, alone (the schedule in parts). No values.
meeting-local-time = local time
meeting-times-range = { $start }–{ $end }
# $first: one or more days already joined with commas ("Monday, Wednesday"); $last: the last.
meeting-days-list = { $first } and { $last }
meeting-day-0 = Sunday
meeting-day-1 = Monday
meeting-day-2 = Tuesday
meeting-day-3 = Wednesday
meeting-day-4 = Thursday
meeting-day-5 = Friday
meeting-day-6 = Saturday
meeting-heading-about = About this meeting
meeting-heading-place = Finding the room
meeting-heading-join = Joining online
meeting-heading-phone = Joining by phone
meeting-heading-group = Group
meeting-closed = This venue is marked temporarily closed. Check with the group before you go.
meeting-approximate = The listing gives only the area, not the exact place: check with the group before you go.
meeting-zone-derived = The time zone was worked out from the meeting's place on the map.
meeting-zone-unknown = The listing gives no time zone, so times are shown as if in yours.
meeting-listed-by = Listed by { $source }
meeting-also-listed = Also listed by { $sources }
meeting-updated = Listing last changed { $date }
meeting-gone-title = This meeting is no longer listed
meeting-gone = It may have moved, changed its name or closed. Your other meetings are not affected.

## Reminders screen

reminders-title = Reminders
reminders-empty-title = No reminders yet
reminders-empty = Open one of your meetings and choose “Remind me”.
# Each lead worded with its own "before", so "1 hour before and 15 minutes before" is never
# read as one reminder 75 minutes before.
reminders-lead-minutes = { $minutes ->
    [one] 1 minute before
   *[other] { $minutes } minutes before
}
reminders-lead-hours = { $hours ->
    [one] 1 hour before
   *[other] { $hours } hours before
}
reminders-lead-hours-minutes = { $hours } h { $minutes } min before
reminders-discreet = Discreet on the lock screen
reminders-detailed = Shows the meeting's name on the lock screen
reminders-skipped = Not this week
reminders-not-listed = This meeting is no longer listed; its reminders wait until it is again.
# $date: weekday, day and month, formatted for the locale.
reminders-paused = Reminders are paused until { $date }.
reminders-notifications-off = Notifications are off for Waymark, so reminders cannot appear.
reminders-exact-off = Reminders may arrive a few minutes late, because exact alarms are not allowed.
reminders-cap = { $count ->
    [one] Only the next reminder fits on this phone; later ones are set as it goes off.
   *[other] Only the next { $count } reminders fit on this phone; later ones are set as these go off.
}
reminders-missed = { $count ->
    [one] One reminder did not appear when it should have.
   *[other] { $count } reminders did not appear when they should have.
}
action-turn-on-notifications = Turn on notifications
action-allow-exact-alarms = Allow exact alarms
action-resume-reminders = Resume reminders
# After "Remind me": $leads is "1 hour before and 15 minutes before", already worded.
reminders-set = You'll get a reminder { $leads }.
reminders-daily-when = Every day at { $time }
action-pause-week = Pause for a week
action-add-daily-checkin = Remind me to check in every day at { $time }

## Journal screen

journal-title = Journal
journal-trash-title = Trash
journal-search-placeholder = Search your journal
journal-kind-note = Note
journal-kind-checkin = Check-in
journal-kind-gratitude = Gratitude
journal-kind-review = Nightly review
journal-kind-meeting = Meeting reflection
journal-today = Today
journal-yesterday = Yesterday
journal-mood = Mood { $mood } of 5
journal-craving = Craving { $craving } of 10
# For a screen reader: $kind "Check-in", $time "21:05", $preview the entry's first line.
journal-row-label = { $kind }, { $time }: { $preview }
journal-empty-title = Nothing written yet
journal-empty = What you write stays on this phone, encrypted. A few words a day is plenty.
journal-empty-match-title = No entries match
journal-empty-match = Try another word, or every kind of entry.
journal-trash-note = { $days ->
    [one] Entries in the trash are deleted for good after a day.
   *[other] Entries in the trash are deleted for good after { $days } days.
}
journal-trash-empty = The trash is empty.
journal-error = Your journal could not be opened just now. Nothing has been lost; please try again.
action-write = Write
action-open-trash = Trash
action-back-to-journal = Back to the journal
action-open-entry = Open
action-move-to-trash = Move to trash
action-restore-entry = Restore

## My meetings screen
my-meetings-title = My meetings
my-meetings-empty-title = No saved meetings yet
my-meetings-empty = Save a meeting from its page and it will be here, with when it next meets. This list stays on this phone.
my-meetings-error = Your saved meetings could not be read just now. Nothing has been lost; please try again.
# A saved meeting its feed stopped listing: $date weekday, day and month, formatted.
my-meetings-unlisted-since = Its group's list stopped showing it on { $date }. These are the last details we had.
my-meetings-unlisted = Its group's list no longer shows it. These are the last details we had.
# A saved meeting whose feed has not been loaded on this phone yet (after a restore).
my-meetings-not-synced = Not updated on this phone yet. These are the details you saved.
# For a screen reader: $name, $when its weekly time, $status one of the three notes above.
my-meetings-row-label = { $name }, { $when }. { $status }
my-meetings-summary = { $count ->
    [0] No saved meetings.
    [one] One saved meeting.
   *[other] { $count } saved meetings.
}
action-find-meetings = Find meetings
action-remove-saved = Remove from my meetings

## Settings screen
settings-title = Settings
settings-section-language = Language
settings-section-privacy = Privacy
settings-section-rides = Car-pools
settings-section-data = Your data
settings-language = Language
# The choice that follows the phone: $language is that language's own name ("Cymraeg").
settings-language-phone = The phone's language ({ $language })
settings-discreet = Discreet reminders
settings-discreet-on = The lock screen shows only "Reminder" and the time.
settings-discreet-off = The lock screen shows the meeting's name and place.
settings-app-lock = App lock
settings-app-lock-detail = Ask for your fingerprint, face or phone PIN when Waymark opens.
settings-ride-server = Car-pool server
settings-ride-server-none = Not set
settings-ride-server-detail = Rides are matched there. It never sees your home: only a rough area near the meeting.
settings-backup = Write a backup
settings-backup-detail = An encrypted file you keep. Restore it on any phone with its passphrase.
settings-restore = Restore from a backup
settings-restore-detail = Brings back a backup's journal, dates, saved meetings and people, next to what is here.
settings-export = Export my journal
settings-export-detail = A readable copy, not encrypted: keep it somewhere safe.
settings-delete = Delete everything
settings-delete-detail = Your journal, sobriety dates, saved meetings, reminders, rides and people to call, from this phone.
settings-on = On
settings-off = Off
# For a screen reader: $label the setting, $value what it is now.
settings-row-label = { $label }: { $value }
settings-delete-confirm-title = Delete everything on this phone?
settings-delete-confirm = Your journal, sobriety dates, saved meetings, reminders, ride offers and requests and people to call will be deleted from this phone. A backup you wrote is not touched, and the meetings list stays: it holds nothing about you. Rides already sent to the car-pool server are not cancelled there. This cannot be undone.
settings-delete-confirm-yes = Delete everything
settings-delete-confirm-no = Keep everything
settings-error = Your settings could not be read just now. Nothing has been lost; please try again.

## Areas screen (first run, then where the meetings come from)
areas-title = Your areas
areas-welcome-title = Find meetings near you
areas-welcome = Waymark keeps the meetings near you on this phone, so you can find one even with no signal. Choose your area once: its meetings then stay up to date by themselves.
areas-privacy = Only a wide area, about 100 km across, is asked for. Your exact place stays on this phone.
areas-meetings = { $count ->
    [0] No meetings yet
    [one] One meeting
   *[other] { $count } meetings
}
# How fresh an area's or a feed's meetings are: $days since the last update, on the viewer's calendar.
areas-updated = { $days ->
    [0] Updated today
    [one] Updated yesterday
   *[other] Updated { $days } days ago
}
areas-never-updated = Not updated yet
areas-update-failed = Could not be updated just now; its meetings on this phone are kept.
# For a screen reader: $name the area or feed, $meetings and $updated the two lines above.
areas-row-label = { $name }: { $meetings }. { $updated }
areas-error = Your areas could not be read just now. Nothing has been lost; please try again.
action-use-location = Use my location once
action-choose-on-map = Choose another place
action-add-feed = Add a feed by its address
action-remove-area = Remove this area
action-remove-feed = Remove this feed
