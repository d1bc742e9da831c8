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
reminder-daily-default = Gwirio i mewn dyddiol
reminder-unplannable-unknown = dydy'r cyfarfod ddim yn eich rhestr bellach
reminder-unplannable-no-time = does ganddo ddim diwrnod ac amser wythnosol
# Bob amser yn en-GB yn yr adroddiad (ar gyfer logiau a sgriptiau); dim ond os caiff yr
# adroddiad ei eirio yn Gymraeg ryw ddydd y defnyddir y rhain.
reminder-health-notifications-off = Mae hysbysiadau wedi'u diffodd ar gyfer Waymark, felly all nodiadau atgoffa ddim ymddangos. Gallwch eu troi ymlaen yn y Gosodiadau.
reminder-health-exact-alarms-off = Efallai y bydd nodiadau atgoffa'n cyrraedd ychydig funudau'n hwyr, oherwydd dydy larymau union ddim yn cael eu caniatáu. Gallwch eu caniatáu yn y Gosodiadau.
reminder-health-cap = Dim ond y { $count } nodyn atgoffa nesaf sy'n ffitio ar y ffôn hwn; caiff y lleill eu gosod wrth i'r rhain ganu.
reminder-health-missed = { $count ->
    [zero] Ni fethodd yr un nodyn atgoffa.
    [one] Wnaeth un nodyn atgoffa ddim ymddangos pan ddylai.
    [two] Wnaeth dau nodyn atgoffa ddim ymddangos pan ddylen nhw.
    [few] Wnaeth tri nodyn atgoffa ddim ymddangos pan ddylen nhw.
    [many] Wnaeth chwe nodyn atgoffa ddim ymddangos pan ddylen nhw.
   *[other] Wnaeth { $count } nodyn atgoffa ddim ymddangos pan ddylen nhw.
}
