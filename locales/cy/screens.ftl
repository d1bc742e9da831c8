# Geiriau'r sgriniau (gweler en-GB/screens.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "dau" softens it (dau gyfarfod), "tri" and "chwe"
# aspirate c (tri chyfarfod, chwe chyfarfod).

## Sgrin y cyfarfodydd

meetings-title = Cyfarfodydd
meetings-search-placeholder = Chwilio yn ôl enw, lle neu fath
meetings-search-clear = Clirio'r chwiliad
meetings-section-now = Yn digwydd nawr
meetings-section-later-today = Yn nes ymlaen heddiw
meetings-section-tomorrow = Yfory
meetings-section-this-week = Yr wythnos hon
meetings-filter-in-person = Wyneb yn wyneb
meetings-filter-online = Ar-lein
meetings-filter-near-me = Yn agos ataf i
meetings-filter-type = { $name }
meetings-more = { $count ->
    [zero] Does dim rhagor o gyfarfodydd yn cyfateb.
    [one] Mae un cyfarfod arall yn cyfateb.
    [two] Mae dau gyfarfod arall yn cyfateb.
    [few] Mae tri chyfarfod arall yn cyfateb.
    [many] Mae chwe chyfarfod arall yn cyfateb.
   *[other] Mae { $count } cyfarfod arall yn cyfateb.
}
meetings-more-at-least = Mae rhagor o gyfarfodydd yn cyfateb.
meetings-show-more = Dangos rhagor
meetings-empty-setup-title = Does dim cyfarfodydd ar y ffôn hwn eto
meetings-empty-setup = Dewiswch eich ardal a bydd y cyfarfodydd sy'n agos atoch yn cyrraedd yma. Maen nhw'n aros ar y ffôn hwn, felly gallwch ddod o hyd i un heb signal.
meetings-empty-match-title = Does dim cyfarfodydd yn cyfateb
meetings-empty-match = Rhowch gynnig ar lai o hidlwyr neu air arall. Mae cyfarfodydd ar-lein ar agor i bawb, ble bynnag rydych chi.
meetings-empty-closed = { $count ->
    [one] Mae un cyfarfod sydd ar gau dros dro yn cyfateb; dydy e ddim yn cael ei ddangos.
    [two] Mae dau gyfarfod sydd ar gau dros dro yn cyfateb; dydyn nhw ddim yn cael eu dangos.
    [few] Mae tri chyfarfod sydd ar gau dros dro yn cyfateb; dydyn nhw ddim yn cael eu dangos.
    [many] Mae chwe chyfarfod sydd ar gau dros dro yn cyfateb; dydyn nhw ddim yn cael eu dangos.
   *[other] Mae { $count } cyfarfod sydd ar gau dros dro yn cyfateb; dydyn nhw ddim yn cael eu dangos.
}
meetings-empty-week = Does dim cyfarfodydd yn ystod y saith diwrnod nesaf. Rhowch gynnig heb hidlwyr, neu edrychwch ar gyfarfodydd ar-lein.
meetings-stale = { $days ->
    [one] Cafodd y cyfarfodydd hyn eu diweddaru ddoe. Gall yr amseroedd fod wedi newid ers hynny.
    [two] Cafodd y cyfarfodydd hyn eu diweddaru ddeuddydd yn ôl. Gall yr amseroedd fod wedi newid ers hynny.
    [few] Cafodd y cyfarfodydd hyn eu diweddaru dridiau yn ôl. Gall yr amseroedd fod wedi newid ers hynny.
    [many] Cafodd y cyfarfodydd hyn eu diweddaru chwe diwrnod yn ôl. Gall yr amseroedd fod wedi newid ers hynny.
   *[other] Cafodd y cyfarfodydd hyn eu diweddaru { $days } diwrnod yn ôl. Gall yr amseroedd fod wedi newid ers hynny.
}
meetings-stale-never = Dydy'r cyfarfodydd hyn ddim wedi'u diweddaru eto.
meetings-sync-failed = Doedd dim modd diweddaru rhai cyfarfodydd nawr. Mae'r rhai sydd ar y ffôn hwn yn cael eu cadw.
meetings-error = Doedd dim modd darllen y cyfarfodydd nawr. Rhowch gynnig arall arni.
meetings-summary = { $count ->
    [zero] Does dim cyfarfodydd yn cael eu dangos.
    [one] Un cyfarfod yn cael ei ddangos.
    [two] Dau gyfarfod yn cael eu dangos.
    [few] Tri chyfarfod yn cael eu dangos.
    [many] Chwe chyfarfod yn cael eu dangos.
   *[other] { $count } cyfarfod yn cael eu dangos.
}
meetings-zone-note = Does dim cylchfa amser gan rai cyfarfodydd: mae eu hamseroedd yn cael eu dangos fel petaen nhw yn eich cylchfa chi.
meetings-derived-note = Cafodd rhai cylchfaoedd amser eu canfod o le'r cyfarfod ar y map.

## Gweithredoedd

action-clear-filters = Clirio'r hidlwyr
action-choose-area = Dewis eich ardal
action-try-again = Rhoi cynnig arall arni
action-update-now = Diweddaru nawr
action-directions = Cyfarwyddiadau
action-join = Ymuno ar-lein
action-call = Ffonio i mewn
action-share = Rhannu
action-report = Rhoi gwybod am broblem gyda'r rhestriad hwn
action-remind = Fy atgoffa
action-rides = Chwilio am lifft neu gynnig un
action-website = Gwefan
action-skip-next = Hepgor yr un nesaf
action-stop-reminding = Peidio â fy atgoffa
action-add-to-calendar = Ychwanegu at y calendr

# Bob amser ar ôl "at" (treiglad meddal): "ysgrifennwch at olygyddion…".
report-to = { $channel ->
    [email] olygyddion y rhestriad ({ $to })
    [feedback_page] dudalen adborth y cyfarfod ({ $to })
   *[source_site] wefan y rhestr hon ({ $to })
}

## Bathodynnau

badge-now = Nawr
badge-online = Ar-lein
badge-hybrid = Ar-lein ac wyneb yn wyneb
badge-closed = Ar gau dros dro

row-label-place = { $name }, { $when }, { $place }
row-label-place-distance = { $name }, { $when }, { $place }, { $distance }

## Sgrin un cyfarfod

meeting-next = Nesaf: { $when }
meeting-by-appointment = Drwy apwyntiad
meeting-all-day = drwy'r dydd
meeting-schedule = { $days }, { $times } ({ $zone })
meeting-schedule-local = { $days }, { $times } (amser lleol)
meeting-local-time = amser lleol
meeting-times-range = { $start }–{ $end }
meeting-days-list = { $first } a { $last }
meeting-day-0 = dydd Sul
meeting-day-1 = dydd Llun
meeting-day-2 = dydd Mawrth
meeting-day-3 = dydd Mercher
meeting-day-4 = dydd Iau
meeting-day-5 = dydd Gwener
meeting-day-6 = dydd Sadwrn
meeting-heading-about = Am y cyfarfod hwn
meeting-heading-place = Dod o hyd i'r ystafell
meeting-heading-join = Ymuno ar-lein
meeting-heading-phone = Ymuno dros y ffôn
meeting-heading-group = Grŵp
meeting-closed = Mae'r lleoliad hwn wedi'i nodi ar gau dros dro. Holwch y grŵp cyn i chi fynd.
meeting-approximate = Dim ond yr ardal sydd yn y rhestriad, nid yr union le: holwch y grŵp cyn i chi fynd.
meeting-zone-derived = Cafodd y gylchfa amser ei chanfod o le'r cyfarfod ar y map.
meeting-zone-unknown = Does dim cylchfa amser yn y rhestriad, felly mae'r amseroedd yn cael eu dangos fel petaen nhw yn eich cylchfa chi.
meeting-listed-by = Wedi'i restru gan { $source }
meeting-also-listed = Hefyd wedi'i restru gan { $sources }
meeting-updated = Newidiwyd y rhestriad ddiwethaf ar { $date }
meeting-gone-title = Dydy'r cyfarfod hwn ddim wedi'i restru mwyach
meeting-gone = Efallai ei fod wedi symud, newid ei enw neu gau. Does dim newid i'ch cyfarfodydd eraill.

## Sgrin nodiadau atgoffa

reminders-title = Nodiadau atgoffa
reminders-empty-title = Dim nodiadau atgoffa eto
reminders-empty = Agorwch un o'ch cyfarfodydd a dewiswch “Fy atgoffa”.
reminders-lead-minutes = { $minutes ->
    [zero] ar y funud
    [one] munud cyn
    [two] dau funud cyn
    [few] tri munud cyn
    [many] chwe munud cyn
   *[other] { $minutes } munud cyn
}
# "awr" is feminine: dwy awr, tair awr.
reminders-lead-hours = { $hours ->
    [one] awr cyn
    [two] dwy awr cyn
    [few] tair awr cyn
    [many] chwe awr cyn
   *[other] { $hours } awr cyn
}
reminders-lead-hours-minutes = { $hours } awr { $minutes } munud cyn
reminders-discreet = Yn ddisylw ar y sgrin glo
reminders-detailed = Yn dangos enw'r cyfarfod ar y sgrin glo
reminders-skipped = Nid yr wythnos hon
reminders-not-listed = Dydy'r cyfarfod hwn ddim wedi'i restru mwyach; mae ei nodiadau atgoffa'n aros nes iddo fod eto.
reminders-paused = Mae nodiadau atgoffa wedi'u gohirio tan { $date }.
reminders-notifications-off = Mae hysbysiadau i ffwrdd i Waymark, felly all nodiadau atgoffa ddim ymddangos.
reminders-exact-off = Gall nodiadau atgoffa gyrraedd ychydig funudau'n hwyr, oherwydd dydy larymau union ddim yn cael eu caniatáu.
reminders-cap = { $count ->
    [one] Dim ond y nodyn atgoffa nesaf sy'n ffitio ar y ffôn hwn; mae'r rhai nesaf yn cael eu gosod wrth iddo ganu.
   *[other] Dim ond y { $count } nodyn atgoffa nesaf sy'n ffitio ar y ffôn hwn; mae'r rhai nesaf yn cael eu gosod wrth i'r rhain ganu.
}
reminders-missed = { $count ->
    [one] Wnaeth un nodyn atgoffa ddim ymddangos pan ddylai fod wedi gwneud.
    [two] Wnaeth dau nodyn atgoffa ddim ymddangos pan ddylen nhw fod wedi gwneud.
   *[other] Wnaeth { $count } nodyn atgoffa ddim ymddangos pan ddylen nhw fod wedi gwneud.
}
action-turn-on-notifications = Troi hysbysiadau ymlaen
action-allow-exact-alarms = Caniatáu larymau union
action-resume-reminders = Ailddechrau nodiadau atgoffa
# After "Remind me": $leads is "1 hour before and 15 minutes before", already worded.
reminders-set = Fe gewch chi nodyn atgoffa { $leads } y cyfarfod.
reminders-daily-when = Bob dydd am { $time }
action-pause-week = Oedi am wythnos
action-add-daily-checkin = Atgoffa fi i wirio i mewn bob dydd am { $time }

## Sgrin y dyddlyfr

journal-title = Dyddlyfr
journal-trash-title = Bin sbwriel
journal-search-placeholder = Chwilio yn eich dyddlyfr
journal-kind-note = Nodyn
journal-kind-checkin = Gwirio i mewn
journal-kind-gratitude = Diolchgarwch
journal-kind-review = Adolygiad nos
journal-kind-meeting = Myfyrio ar gyfarfod
journal-today = Heddiw
journal-yesterday = Ddoe
journal-mood = Hwyliau { $mood } o 5
journal-craving = Chwant { $craving } o 10
journal-row-label = { $kind }, { $time }: { $preview }
journal-empty-title = Dim byd wedi'i ysgrifennu eto
journal-empty = Mae'r hyn rydych chi'n ei ysgrifennu'n aros ar y ffôn hwn, wedi'i amgryptio. Mae ychydig eiriau bob dydd yn ddigon.
journal-empty-match-title = Does dim cofnodion yn cyfateb
journal-empty-match = Rhowch gynnig ar air arall, neu bob math o gofnod.
journal-trash-note = { $days ->
    [one] Mae cofnodion yn y bin yn cael eu dileu am byth ar ôl diwrnod.
   *[other] Mae cofnodion yn y bin yn cael eu dileu am byth ar ôl { $days } diwrnod.
}
journal-trash-empty = Mae'r bin yn wag.
journal-error = Doedd dim modd agor eich dyddlyfr nawr. Does dim byd wedi'i golli; rhowch gynnig arall arni.
action-write = Ysgrifennu
action-open-trash = Bin sbwriel
action-back-to-journal = Yn ôl i'r dyddlyfr
action-open-entry = Agor
action-move-to-trash = Symud i'r bin sbwriel
action-restore-entry = Adfer

## My meetings screen
my-meetings-title = Fy nghyfarfodydd
my-meetings-empty-title = Dim cyfarfodydd wedi'u cadw eto
my-meetings-empty = Cadwch gyfarfod o'i dudalen a bydd yma, gyda phryd mae'n cwrdd nesaf. Mae'r rhestr hon yn aros ar y ffôn hwn.
my-meetings-error = Doedd dim modd darllen eich cyfarfodydd wedi'u cadw nawr. Does dim byd wedi'i golli; rhowch gynnig arall arni.
my-meetings-unlisted-since = Mae rhestr y grŵp wedi peidio â'i ddangos ers { $date }. Dyma'r manylion diwethaf oedd gennym.
my-meetings-unlisted = Dydy rhestr y grŵp ddim yn ei ddangos mwyach. Dyma'r manylion diwethaf oedd gennym.
my-meetings-not-synced = Heb ei ddiweddaru ar y ffôn hwn eto. Dyma'r manylion a gadwoch chi.
my-meetings-row-label = { $name }, { $when }. { $status }
my-meetings-summary = { $count ->
    [zero] Dim cyfarfodydd wedi'u cadw.
    [one] Un cyfarfod wedi'i gadw.
    [two] Dau gyfarfod wedi'u cadw.
    [few] Tri chyfarfod wedi'u cadw.
    [many] Chwe chyfarfod wedi'u cadw.
   *[other] { $count } cyfarfod wedi'u cadw.
}
action-find-meetings = Dod o hyd i gyfarfodydd
action-remove-saved = Tynnu o fy nghyfarfodydd

## Settings screen
settings-title = Gosodiadau
settings-section-language = Iaith
settings-section-privacy = Preifatrwydd
settings-section-rides = Rhannu ceir
settings-section-data = Eich data
settings-language = Iaith
settings-language-phone = Iaith y ffôn ({ $language })
settings-discreet = Nodiadau atgoffa disylw
settings-discreet-on = Dim ond "Nodyn atgoffa" a'r amser sydd ar y sgrin glo.
settings-discreet-off = Mae enw a lleoliad y cyfarfod ar y sgrin glo.
settings-app-lock = Cloi'r ap
settings-app-lock-detail = Gofyn am eich ôl bys, eich wyneb neu PIN y ffôn pan fydd Waymark yn agor.
settings-ride-server = Gweinydd rhannu ceir
settings-ride-server-none = Heb ei osod
settings-ride-server-detail = Yno mae teithiau'n cael eu paru. Dydy e byth yn gweld eich cartref: dim ond ardal fras ger y cyfarfod.
settings-backup = Ysgrifennu copi wrth gefn
settings-backup-detail = Ffeil wedi'i hamgryptio rydych chi'n ei chadw. Adferwch hi ar unrhyw ffôn gyda'i chyfrinymadrodd.
settings-restore = Adfer o gopi wrth gefn
settings-restore-detail = Yn dod â dyddlyfr, dyddiadau, cyfarfodydd wedi'u cadw a phobl copi wrth gefn yn ôl, wrth ymyl yr hyn sydd yma.
settings-export = Allforio fy nyddlyfr
settings-export-detail = Copi darllenadwy, heb ei amgryptio: cadwch ef yn rhywle diogel.
settings-delete = Dileu popeth
settings-delete-detail = Eich dyddlyfr, dyddiadau sobrwydd, cyfarfodydd wedi'u cadw, nodiadau atgoffa, teithiau a phobl i'w ffonio, o'r ffôn hwn.
settings-on = Ymlaen
settings-off = I ffwrdd
settings-row-label = { $label }: { $value }
settings-delete-confirm-title = Dileu popeth ar y ffôn hwn?
settings-delete-confirm = Bydd eich dyddlyfr, dyddiadau sobrwydd, cyfarfodydd wedi'u cadw, nodiadau atgoffa, cynigion a cheisiadau am deithiau a phobl i'w ffonio yn cael eu dileu o'r ffôn hwn. Dydy copi wrth gefn a ysgrifennoch chi ddim yn cael ei gyffwrdd, ac mae'r rhestr cyfarfodydd yn aros: does dim byd amdanoch chi ynddi. Dydy teithiau a anfonwyd eisoes at y gweinydd rhannu ceir ddim yn cael eu canslo yno. Does dim modd dadwneud hyn.
settings-delete-confirm-yes = Dileu popeth
settings-delete-confirm-no = Cadw popeth
settings-error = Doedd dim modd darllen eich gosodiadau nawr. Does dim byd wedi'i golli; rhowch gynnig arall arni.

## Areas screen (first run, then where the meetings come from)
areas-title = Eich ardaloedd
areas-welcome-title = Dod o hyd i gyfarfodydd yn agos atoch chi
areas-welcome = Mae Waymark yn cadw'r cyfarfodydd yn agos atoch chi ar y ffôn hwn, fel y gallwch chi ddod o hyd i un hyd yn oed heb signal. Dewiswch eich ardal unwaith: bydd ei chyfarfodydd wedyn yn cael eu diweddaru ar eu pennau eu hunain.
areas-privacy = Dim ond ardal eang, tua 100 km ar draws, sy'n cael ei gofyn amdani. Mae eich union leoliad yn aros ar y ffôn hwn.
areas-meetings = { $count ->
    [zero] Dim cyfarfodydd eto
    [one] Un cyfarfod
    [two] Dau gyfarfod
    [few] Tri chyfarfod
    [many] Chwe chyfarfod
   *[other] { $count } cyfarfod
}
areas-updated = { $days ->
    [0] Wedi'i ddiweddaru heddiw
    [one] Wedi'i ddiweddaru ddoe
    [two] Wedi'i ddiweddaru ddeuddydd yn ôl
    [few] Wedi'i ddiweddaru dridiau yn ôl
    [many] Wedi'i ddiweddaru chwe diwrnod yn ôl
   *[other] Wedi'i ddiweddaru { $days } diwrnod yn ôl
}
areas-never-updated = Heb ei ddiweddaru eto
areas-update-failed = Doedd dim modd ei ddiweddaru nawr; mae ei gyfarfodydd ar y ffôn hwn yn cael eu cadw.
areas-row-label = { $name }: { $meetings }. { $updated }
areas-error = Doedd dim modd darllen eich ardaloedd nawr. Does dim byd wedi'i golli; rhowch gynnig arall arni.
action-use-location = Defnyddio fy lleoliad unwaith
action-choose-on-map = Dewis lle arall
action-add-feed = Ychwanegu ffrwd drwy ei chyfeiriad
action-remove-area = Tynnu'r ardal hon
action-remove-feed = Tynnu'r ffrwd hon
