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
# The name of a daily reminder the person gave no name (core/src/reminders/rules.rs), in the
# language chosen in Settings.
reminder-daily-default = Daily check-in
# Why a meeting with reminders set cannot have any (core/src/reminders, UnplannableReason;
# `waymark remind plan` prints it after the meeting's id). No values.
reminder-unplannable-unknown = the meeting is not in your list any more
reminder-unplannable-no-time = it has no weekly day and time
# The reminders health report's sentences (core/src/reminders/health.rs): always en-GB, for
# logs and scripts (`waymark remind health --json`); the Reminders screen words the same
# problems itself (screens.ftl, reminders-*). $count: how many reminders fit, or were missed.
reminder-health-notifications-off = Notifications are off for Waymark, so reminders cannot appear. You can turn them on in Settings.
reminder-health-exact-alarms-off = Reminders may arrive a few minutes late, because exact alarms are not allowed. You can allow them in Settings.
reminder-health-cap = Only the next { $count } reminders fit on this phone; later ones are set as these go off.
reminder-health-missed = { $count ->
    [one] { $count } reminder did not appear when it should have.
   *[other] { $count } reminders did not appear when they should have.
}
