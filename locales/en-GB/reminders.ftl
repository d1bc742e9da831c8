# What a reminder says on the lock screen (core/src/reminders/planner.rs). Discreet by
# default: nothing about a fellowship, a meeting or a place, only "Reminder" and the time.
reminder-title = Reminder
# $when: the time, already formatted ("19:00"), or reminder-when-elsewhere.
reminder-body = Reminder: { $when }
# When the meeting's zone differs from the phone's: $local its own time, $here the phone's.
reminder-when-elsewhere = { $local } ({ $here } where you are)
# When the person chose to see the meeting named: $lead how long before (reminder-lead-*).
reminder-detailed = Starts at { $when }, in { $lead }
reminder-detailed-online = Starts at { $when }, in { $lead } · online
# $place: the venue or address, from the feed.
reminder-detailed-place = Starts at { $when }, in { $lead } · { $place }
reminder-daily-body = It's { $time }.
reminder-lead-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
reminder-lead-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
reminder-lead-both = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
reminder-lead-moment = a moment
