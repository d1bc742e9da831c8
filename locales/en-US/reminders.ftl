# Lock-screen reminder words in US English (see en-GB/reminders.ftl).
reminder-title = Reminder
reminder-body = Reminder: { $when }
reminder-when-elsewhere = { $local } ({ $here } where you are)
reminder-detailed = Starts at { $when }, in { $lead }
reminder-detailed-online = Starts at { $when }, in { $lead } · online
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
