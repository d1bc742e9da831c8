# Geiriau nodiadau atgoffa ar y sgrin glo (gweler en-GB/reminders.ftl).
# Not yet reviewed by a native speaker (see locales/README.md).
reminder-title = Nodyn atgoffa
reminder-body = Nodyn atgoffa: { $when }
reminder-when-elsewhere = { $local } ({ $here } lle rydych chi)
reminder-detailed = Yn dechrau am { $when }, ymhen { $lead }
reminder-detailed-online = Yn dechrau am { $when }, ymhen { $lead } · ar-lein
reminder-detailed-place = Yn dechrau am { $when }, ymhen { $lead } · { $place }
reminder-daily-body = Mae'n { $time }.
reminder-lead-hours = { $hours ->
    [one] awr
    [two] dwy awr
    [few] tair awr
    [many] chwe awr
   *[other] { $hours } awr
}
reminder-lead-minutes = { $minutes ->
    [one] munud
    [two] dau funud
    [few] tri munud
    [many] chwe munud
   *[other] { $minutes } munud
}
reminder-lead-both = { $hours ->
    [one] awr
    [two] dwy awr
    [few] tair awr
    [many] chwe awr
   *[other] { $hours } awr
} a { $minutes ->
    [one] munud
    [two] dau funud
    [few] tri munud
    [many] chwe munud
   *[other] { $minutes } munud
}
reminder-lead-moment = eiliad
