# Geiriau'r derfynell ei hun (gweler en-GB/cli.ftl am ystyr pob neges a'i newidynnau). Mae
# enwau gorchmynion, opsiynau a llwybrau'n aros fel y maen nhw.
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "dau" softens it (dau gyfarfod), "tri" and "chwe"
# aspirate c (tri chyfarfod, chwe chyfarfod); a feminine noun takes "dwy" and "tair" (dwy sedd).

## Ffynonellau a chysoni

cli-source-added = Ychwanegwyd y ffynhonnell { $id } ({ $format }, { $program }). Rhedwch `waymark sync` i lwytho ei chyfarfodydd.
cli-source-format-detected = fformat i'w ganfod wrth gysoni
cli-source-program-assumed = Ni roddwyd --program, felly caiff ei chyfarfodydd eu darllen fel rhai { $program }. Os yw'r ffrwd yn perthyn i gymdeithas arall, tynnwch hi a'i hychwanegu eto gyda --program (na, al-anon, …).
cli-source-removed = Tynnwyd y ffynhonnell { $id } a'i chyfarfodydd.
cli-sources-empty = Does dim ffynonellau eto. Ychwanegwch un gyda `waymark source add <PATH>`.
cli-source-meetings = { $count ->
    [zero] dim cyfarfodydd
    [one] un cyfarfod
    [two] dau gyfarfod
    [few] tri chyfarfod
    [many] chwe chyfarfod
   *[other] { $count } cyfarfod
}
cli-source-failed = methodd y cynnig diwethaf: { $error }
cli-source-updated = diweddarwyd { $time }
cli-source-not-loaded = heb ei llwytho eto: rhedwch `waymark sync`
cli-sync-unchanged = { $source }: dim newid ers y cysoni diwethaf ({ $count ->
    [zero] dim cyfarfodydd
    [one] un cyfarfod
    [two] dau gyfarfod
    [few] tri chyfarfod
    [many] chwe chyfarfod
   *[other] { $count } cyfarfod
})
cli-sync-loaded = { $source }: llwythwyd { $count ->
    [zero] dim cyfarfodydd
    [one] un cyfarfod
    [two] dau gyfarfod
    [few] tri chyfarfod
    [many] chwe chyfarfod
   *[other] { $count } cyfarfod
}, { $skipped } wedi'u hepgor, { $warnings ->
    [zero] dim rhybuddion
    [one] un rhybudd
    [two] dau rybudd
    [few] tri rhybudd
    [many] chwe rhybudd
   *[other] { $warnings } rhybudd
} ({ $ms } ms)
cli-sync-skipped = hepgorwyd { $key }: { $reason }
cli-sync-more-skipped = … a { $count } arall wedi'u hepgor (gweler --json)
cli-sync-note = nodyn { $key }: { $note }
cli-sync-note-count = nodyn ({ $count ->
    [zero] dim cyfarfodydd
    [one] un cyfarfod
    [two] dau gyfarfod
    [few] tri chyfarfod
    [many] chwe chyfarfod
   *[other] { $count } cyfarfod
}): { $note }
cli-sync-more-notes = … a { $count } nodyn arall (gweler --json)
cli-sync-held-back = { $source }: wedi'i dal yn ôl: { $error }
cli-sync-not-updated = { $source }: heb ei diweddaru: { $error }. Cedwir y { $count } cyfarfod o'r llwyth da diwethaf.
cli-sync-nothing-loaded = { $source }: dim wedi'i lwytho: { $error }
cli-sync-downloading = { $source }: yn llwytho i lawr, { $size }
cli-sync-reading = { $source }: yn darllen, { $count } cyfarfod
cli-sync-indexing = { $source }: yn mynegeio { $count } cyfarfod

## Canlyniadau chwilio (`waymark meetings`)

cli-meetings-none = Does dim cyfarfodydd yn cyfateb. Rhowch gynnig ar gyfnod hirach, radiws mwy neu lai o hidlwyr.
cli-meetings-closed-left-out = { $count ->
    [zero] Does dim cyfarfodydd ar gau dros dro wedi'u gadael allan.
    [one] Mae un cyfarfod sydd ar gau dros dro yn cyfateb ond wedi'i adael allan (mae --include-closed yn ei ddangos).
    [two] Mae dau gyfarfod sydd ar gau dros dro yn cyfateb ond wedi'u gadael allan (mae --include-closed yn eu dangos).
    [few] Mae tri chyfarfod sydd ar gau dros dro yn cyfateb ond wedi'u gadael allan (mae --include-closed yn eu dangos).
    [many] Mae chwe chyfarfod sydd ar gau dros dro yn cyfateb ond wedi'u gadael allan (mae --include-closed yn eu dangos).
   *[other] Mae { $count } cyfarfod sydd ar gau dros dro yn cyfateb ond wedi'u gadael allan (mae --include-closed yn eu dangos).
}
cli-column-when = PRYD
cli-column-meeting-time = AMSER Y CYFARFOD (lleol iddo)
cli-column-your-time = EICH AMSER
cli-column-name = ENW
cli-column-where = BLE
cli-column-how = SUT
cli-column-distance = PELLTER
cli-column-types = MATHAU / ID
cli-id = id { $id }
cli-id-also-listed = id { $id } (hefyd wedi'i restru fel { $others })
cli-meetings-more = { $count ->
    [zero] Does dim rhagor o gyfarfodydd yn cyfateb; mae --limit { $limit } yn dangos rhagor.
    [one] Mae un cyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
    [two] Mae dau gyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
    [few] Mae tri chyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
    [many] Mae chwe chyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
   *[other] Mae { $count } cyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
}
cli-meetings-more-maybe = Efallai fod rhagor o gyfarfodydd yn cyfateb; mae --limit { $limit } yn dangos rhagor.
cli-meetings-more-at-least = Mae o leiaf { $count } cyfarfod arall yn cyfateb; mae --limit { $limit } yn dangos rhagor.
cli-how-in-person = wyneb yn wyneb
cli-how-online = ar-lein
cli-how-hybrid = wyneb yn wyneb ac ar-lein
cli-how-closed = ar gau dros dro
cli-meetings-your-time = Mae EICH AMSER yn { $zone }.
cli-meetings-zone-derived = * cylchfa amser wedi'i chanfod o'r map: dydy'r ffrwd ddim yn rhoi un.
cli-meetings-zone-unknown = Does gan rai cyfarfodydd ddim cylchfa amser yn eu ffrwd: dangosir eu hamseroedd fel petaen nhw yn { $zone }.
cli-types-title = Mathau o gyfarfod { $program } (defnyddiwch y cod neu'r enw gyda --type):

## Un cyfarfod (`meeting show`, `meeting report`)

cli-meeting-report-offline = (all-lein? mae `waymark meeting report { $id }` yn ei gadw nes i chi ei anfon)
cli-meeting-share = rhannu: { $text }
cli-report-write = I roi gwybod am broblem gyda { $meeting }, ysgrifennwch at { $recipient }:
cli-report-kept = Wedi'i gadw fel adroddiad { $id } nes iddo gael ei anfon; yna rhedwch `waymark meeting reports --sent { $id }`.
cli-report-sent = Mae adroddiad { $id } wedi'i anfon a dydy e ddim yn cael ei gadw mwyach.
cli-report-not-waiting = Does dim adroddiad { $id } yn aros.
cli-reports-empty = Does dim adroddiadau am broblemau'n aros i gael eu hanfon.
cli-reports-row = { $id }  { $date }  am { $meeting } at { $recipient }

## Fy nghyfarfodydd, dyddlyfr, dyddiadau sobrwydd, pobl, teithiau: cadarnhadau ac awgrymiadau

cli-favorite-added = Ychwanegwyd at fy nghyfarfodydd: { $name }.
cli-favorite-already = Mae { $name } yn fy nghyfarfodydd yn barod.
cli-favorite-removed = Tynnwyd o fy nghyfarfodydd.
cli-favorite-hint = Ychwanegwch un gyda `waymark favorite add <MEETING_ID>` (mae `waymark meetings` yn dangos yr ids).
cli-journal-saved = Wedi'i gadw. Cofnod { $id }
cli-journal-argument-note = Nodyn: gall defnyddwyr eraill y cyfrifiadur hwn weld geiriau a roddir ar y llinell orchymyn tra bo'r gorchymyn yn rhedeg, a gallan nhw aros yn hanes eich cragen. I gadw cofnod yn breifat, gadewch y testun allan a'i deipio pan ofynnir, neu ei bibellu i mewn.
cli-journal-type-entry = Ysgrifennwch eich cofnod, yna pwyswch Ctrl-D ar linell newydd i'w gadw.
cli-journal-nothing-found = Dim wedi'i ganfod.
cli-journal-trashed = Symudwyd i'r sbwriel. Mae'n aros yno am { $days } diwrnod; mae `waymark journal restore { $id }` yn dod ag ef yn ôl.
cli-journal-restored = Yn ôl yn eich dyddlyfr.
cli-journal-trash-empty = Mae'r sbwriel yn wag.
cli-journal-hint = Ysgrifennwch un gyda `waymark journal add`, neu `waymark journal prompts` am syniadau.
cli-journal-exported = Ysgrifennwyd { $path }. Dydy'r ffeil hon ddim wedi'i hamgryptio: cadwch hi rywle preifat.
cli-journal-when = { $date } { $time }
cli-journal-mood-short = hwyliau { $mood }/5
cli-journal-craving-short = chwant { $craving }/10
cli-journal-edited = Golygwyd { $date }
cli-journal-in-trash = Yn y sbwriel ers { $date }
cli-journal-mood = Hwyliau: { $mood }/5
cli-journal-craving = Chwant: { $craving }/10
cli-journal-halt = HALT: { $words }
cli-halt-hungry = llwglyd
cli-halt-angry = dig
cli-halt-lonely = unig
cli-halt-tired = blinedig
cli-journal-meeting = Cyfarfod: { $id }
cli-journal-tags = Tagiau: { $tags }
cli-sober-saved = Wedi'i gadw (id { $id }).
cli-sober-updated = Wedi'i ddiweddaru.
cli-sober-removed = Wedi'i dynnu.
cli-sober-hint = Ychwanegwch un gyda `waymark sober add YYYY-MM-DD --label NAME`.
cli-contact-added = Ychwanegwyd { $name } ({ $role }) at fy mhobl.
cli-contact-removed = Tynnwyd o fy mhobl.
cli-contact-hint = Ychwanegwch rywun gyda `waymark contacts add NAME --role sponsor --phone NUMBER`.
cli-next-step-person = { $name } ({ $role }): { $phone }  ffonio { $call }  tecstio { $text }
cli-next-step-meeting = { $name } — { $when }, { $why }  (waymark meeting show { $id })
cli-next-step-mine = un o fy nghyfarfodydd
cli-next-step-nearby = yn agos atoch chi
cli-next-step-online = ar-lein
cli-ride-offer-saved = Cadwyd cynnig { $id }: { $seats ->
    [zero] dim seddi
    [one] un sedd
    [two] dwy sedd
    [few] tair sedd
    [many] chwe sedd
   *[other] { $seats } sedd
} i { $meeting }. Dim ond eich ardal (tua 1 km) sy'n cael ei rhannu.
cli-ride-request-saved = Cadwyd cais { $id } ar gyfer { $meeting }. Dim ond eich ardal (tua 1 km) sy'n cael ei rhannu.
cli-ride-accept-saved = Cadwyd y derbyniad.
cli-ride-cancel-saved = Cadwyd y canslo ar gyfer taith { $id }.
cli-ride-max-distance = Gall teithiau ddechrau hyd at { $km } km o'r cyfarfod.
cli-ride-not-sent = Heb ei anfon eto ({ $error }); bydd yn mynd gyda'r `waymark ride sync` nesaf.
cli-ride-saved-offline = Wedi'i gadw ar y ddyfais hon; bydd yn mynd gyda'r `waymark ride sync --server URL` nesaf.
cli-ride-synced = Wedi cysoni: { $sent } wedi'u hanfon, { $matches ->
    [zero] dim parau
    [one] un pâr
    [two] dau bâr
    [few] tri phâr
    [many] chwe phâr
   *[other] { $matches } pâr
}.
cli-ride-not-done = Heb ei wneud: { $reason }
cli-ride-hint = Cynigiwch lifft gyda `waymark ride offer`, neu gofynnwch am un gyda `waymark ride request`.

## Nodiadau atgoffa a chalendr

cli-remind-favorite-added = Ychwanegwyd { $name } at fy nghyfarfodydd.
cli-remind-set = Nodiadau atgoffa: { $leads }.
cli-remind-skipped = Dim nodyn atgoffa ar gyfer yr un ar { $when }. Mae'r rhai wedyn yn aros.
cli-remind-resumed = Mae nodiadau atgoffa'n ôl ymlaen.
cli-remind-paused = Nodiadau atgoffa wedi'u hoedi. Maen nhw'n dechrau eto ar { $date }.
cli-remind-cleared = Dim rhagor o nodiadau atgoffa ar gyfer y cyfarfod hwnnw.
cli-remind-daily = Nodyn atgoffa dyddiol am { $time }: { $label }.
cli-remind-discreet-on = Mae nodiadau atgoffa ar y sgrin glo'n dweud yr amser yn unig, e.e. "{ $example }".
cli-remind-discreet-off = Mae nodiadau atgoffa ar y sgrin glo'n enwi'r cyfarfod. Mae `remind discreet on` yn ei guddio eto.
cli-remind-working = Mae nodiadau atgoffa'n gweithio.
cli-remind-empty = Does dim nodiadau atgoffa eto. Mae `waymark remind set <MEETING_ID> --before 60m` yn ychwanegu un.
cli-remind-daily-row = dyddiol  { $time }  { $label }
cli-remind-paused-until = Wedi'u hoedi tan { $date }.
cli-remind-plan-empty = Dim nodiadau atgoffa yn ystod y { $horizon } nesaf.
cli-remind-plan-cut = Mae { $count } nodyn atgoffa arall yn y cyfnod hwn; dim ond y { $max } nesaf mae ffôn yn eu dal.
cli-remind-plan-assumed-zone = Does gan { $id } ddim cylchfa amser yn ei ffrwd; mae ei nodiadau atgoffa'n tybio un.
cli-remind-plan-unplannable = { $id }: dim nodiadau atgoffa ({ $reason }).
cli-remind-plan-when = { $date } { $time }
cli-calendar-wrote = Ysgrifennwyd { $count ->
    [zero] dim cyfarfodydd
    [one] un cyfarfod
    [two] dau gyfarfod
    [few] tri chyfarfod
    [many] chwe chyfarfod
   *[other] { $count } cyfarfod
} i { $path }.
cli-calendar-discreet = Yn gynnil, fel eich nodiadau atgoffa: mae pob digwyddiad yn cael ei alw'n "{ $summary }" ac yn gadael enw a nodiadau'r cyfarfod allan. Mae `--detailed` yn eu rhoi i mewn.

## Copi wrth gefn a'r gladdgell

cli-vault-passphrase-choose = Dewiswch gyfrinymadrodd ar gyfer eich claddgell breifat:{ " " }
cli-vault-passphrase-open = Cyfrinymadrodd y gladdgell:{ " " }
cli-passphrase-again = Teipiwch ef eto, i fod yn siŵr:{ " " }
cli-vault-created = Crëwyd eich claddgell breifat yn { $path }. Mae wedi'i hamgryptio â'ch cyfrinymadrodd: cadwch y cyfrinymadrodd yn ddiogel, oherwydd hebddo does dim modd agor y gladdgell.
cli-backup-passphrase-new = Dewiswch gyfrinymadrodd ar gyfer y copi wrth gefn hwn:{ " " }
cli-backup-passphrase = Cyfrinymadrodd y copi wrth gefn:{ " " }
cli-vault-passphrase-new = Cyfrinymadrodd newydd:{ " " }
cli-backup-written = Ysgrifennwyd y copi wrth gefn i { $path }: { $journal } cofnod dyddlyfr, { $favorites } o fy nghyfarfodydd, { $sobriety } dyddiad sobrwydd, { $reminders } nodyn atgoffa, { $contacts } o bobl ar fy rhestr.
cli-backup-keep-passphrase = Cadwch ei gyfrinymadrodd yn ddiogel: hebddo does dim modd adfer y copi wrth gefn.
cli-restored = Wedi adfer. Dyddlyfr: { $journalAdded } wedi'u hychwanegu, { $journalUpdated } wedi'u diweddaru, { $journalUnchanged } yma'n barod. Fy nghyfarfodydd: { $favorites } wedi'u hychwanegu. Dyddiadau sobrwydd: { $sobrietyAdded } wedi'u hychwanegu, { $sobrietyUpdated } wedi'u diweddaru. Nodiadau atgoffa: { $reminders } wedi'u hychwanegu. Fy mhobl: { $contacts } wedi'u hychwanegu.
cli-restored-not-synced = Bydd fy nghyfarfodydd yn dweud "heb gysoni eto" nes i'w rhestrau cyfarfodydd gael eu llwytho (`waymark source add` a `waymark sync`).
cli-restored-settings-kept = Gosodiadau a gedwir fel y maen nhw ar y ddyfais hon: { $settings }. Dydy adfer byth yn dod â manylion rhannu ceir i mewn nac yn gwneud nodiadau atgoffa'n llai cynnil; mae `waymark remind discreet off` yn gwneud hynny os ydych chi eisiau.
cli-passphrase-changed = Newidiwyd y cyfrinymadrodd. Defnyddiwch yr un newydd o hyn ymlaen.

## Ardaloedd o gyfnewidfa

cli-area-added = Ychwanegwyd ardal { $id } ({ $label }): { $tiles } teil o { $relay }, a chyfarfodydd ar-lein. Mae `waymark sync` yn dod â'u cyfarfodydd.
cli-areas-empty = Does dim ardaloedd eto. Mae `waymark area add --relay URL --relay-key KEY --near LAT,LON` yn ychwanegu un.
cli-area-row = { $id }  { $label }  { $tiles } teil  { $relay }
cli-area-removed = Tynnwyd ardal { $id }.
cli-area-sources-empty = Dim byd o gyfnewidfa eto: ychwanegwch ardal, yna `waymark sync`.

## Rhedeg cyfnewidfa, gwirio'r catalog, yr arddangosiad

cli-relay-key-written = Ysgrifennwyd yr allwedd gyfrinachol i { $path } (dim ond chi sy'n gallu ei darllen). Cadwch gopi rywle diogel: dim ond yr allwedd hon mae ffonau'n ymddiried ynddi, a does dim modd adfer allwedd goll.
cli-relay-public-key = Allwedd gyhoeddus (rhowch hi i'r ffonau):
cli-catalogue-problems = Mae gan { $path } { $count ->
    [zero] ddim problemau
    [one] un broblem, wedi'i rhestru uchod
    [two] ddwy broblem, wedi'u rhestru uchod
    [few] dair problem, wedi'u rhestru uchod
    [many] chwe phroblem, wedi'u rhestru uchod
   *[other] { $count } problem, wedi'u rhestru uchod
}
cli-relay-catalogue-problems = Mae gan { $path } { $count ->
    [zero] ddim problemau
    [one] un broblem, wedi'i rhestru uchod
    [two] ddwy broblem, wedi'u rhestru uchod
    [few] dair problem, wedi'u rhestru uchod
    [many] chwe phroblem, wedi'u rhestru uchod
   *[other] { $count } problem, wedi'u rhestru uchod
}; ni adeiladwyd dim
cli-relay-source-failed = { $id }: { $why } (gweithiodd ddiwethaf: { $when })
cli-relay-never = byth
cli-relay-error-offline = methu cyrraedd y gweinydd
cli-relay-error-timeout = ni atebodd y gweinydd mewn pryd
cli-relay-error-http = atebodd y gweinydd â gwall
cli-relay-error-invalid-data = doedd yr ateb ddim yn ffrwd y gellid ei defnyddio
cli-relay-error-suspicious = crebachodd y ffrwd yn sylweddol, felly cadwyd ei chyfarfodydd blaenorol
cli-relay-error-invalid-input = gwrthodwyd: dydy ei chyfeiriad neu ei gosodiadau ddim yn cael eu caniatáu
cli-relay-error-other = methodd
cli-relay-published = cyhoeddwyd fersiwn { $version }: { $tiles } teil, { $meetings } cyfarfod ({ $changed } wedi newid), { $sources } ffynhonnell ({ $failing } yn methu)
cli-relay-unchanged = dim wedi newid; fersiwn { $version } o hyd: { $tiles } teil, { $meetings } cyfarfod ({ $changed } wedi newid), { $sources } ffynhonnell ({ $failing } yn methu)
cli-catalogue-ok = catalog yn iawn: { $count } ffynhonnell (yn ôl rhaglen: { $programs }; yn ôl fformat: { $formats })
cli-generated = Ysgrifennwyd { $count } cyfarfod synthetig i { $path }
cli-demo-intro = Arddangosiad Waymark: { $count } cyfarfod synthetig mewn { $cities } dinas, wedi'u cadw yn { $path }
cli-demo-loaded = (llwythwyd mewn { $seconds } e)
cli-demo-found = ({ $count } wedi'u canfod mewn { $ms } ms)
cli-demo-search-now = Yn digwydd nawr neu'n dechrau yn ystod y 3 awr nesaf, o fewn 25 km i ganol Philadelphia
cli-demo-search-online = Cyfarfodydd Sbaeneg y gallwch ymuno â nhw ar-lein ddydd Mawrth, o Lundain
cli-demo-search-women = Cyfarfodydd menywod gyda mynediad i gadeiriau olwyn o fewn 40 km i Aberystwyth
cli-demo-search-text = Testun rhydd, acenion yn cael eu hanwybyddu: mae "cafe serenite" yn canfod "Café" a "Sobriété"
cli-demo-try = Rhowch gynnig arni: waymark --data-dir { $path } meetings --help

## Geiriau'r tabl, gwallau defnydd a gwallau ffeiliau

cli-all-day = drwy'r dydd
cli-zone-unknown = cylchfa anhysbys
cli-usage-point = Rhaid i { $flag } { $value } fod yn LAT,LON
cli-usage-not-a-point = Dydy { $flag } { $value } ddim yn bwynt defnyddiol: lledred −90 i 90, hydred −180 i 180
cli-usage-one-of = { $flag } { $value }: defnyddiwch { $options }
cli-usage-not-a-date = Dydy { $flag } { $value } ddim yn ddyddiad: defnyddiwch YYYY-MM-DD
cli-usage-not-a-time = Dydy { $value } ddim yn amser o'r dydd fel 21:00
cli-usage-not-a-duration = Dydy { $flag } { $value } ddim yn hyd fel { $example }
cli-usage-between = Rhaid i { $flag } fod rhwng { $min } a { $max }
cli-usage-needs = Mae angen { $other } ar { $flag }
cli-usage-pattern = Rhaid i { $flag } { $value } fod yn { $pattern }
cli-usage-not-a-weekday = Dydy { $flag } { $value } ddim yn ddiwrnod o'r wythnos: defnyddiwch enw (tue, tuesday) neu 0 (dydd Sul) i 6
cli-usage-type = --type: { $problem }; mae `waymark types` yn eu rhestru
cli-usage-not-saved = Dydy { $id } ddim yn fy nghyfarfodydd
cli-usage-no-vault = Does dim claddgell yma eto
cli-cannot-create = Does dim modd creu { $path }
cli-cannot-write = Does dim modd ysgrifennu { $path }
cli-cannot-create-data = Does dim modd creu'r ffolder data { $path }
cli-no-data-dir = Dim ffolder data: rhowch --data-dir DIR
cli-stdin-unreadable = Doedd dim modd darllen y cofnod o'r mewnbwn safonol
cli-cannot-read = does dim modd darllen { $path }: { $detail }
cli-usage-no-terminal = Does dim terfynell i ofyn am y cyfrinymadrodd: gosodwch { $var } yn lle hynny
cli-usage-passphrases-differ = Dydy'r ddau gyfrinymadrodd ddim yr un fath; does dim wedi newid
cli-usage-no-longer-listed = Dydy { $id } ddim ar restr ei ffynhonnell bellach, felly does dim modd ei ychwanegu
cli-usage-no-meeting = Does dim cyfarfod { $id }: mae `waymark meetings` yn dangos dynodwyr cyfarfodydd
cli-usage-entry-too-long = Mae cofnod yn dal hyd at { $max } nod; mae hwn yn hirach
cli-usage-not-on-day = Dydy { $name } ddim yn cyfarfod ar { $day }; rhaid i --days fod ymhlith ei ddiwrnodau
cli-usage-no-reminders = Does dim nodiadau atgoffa gan { $id }
cli-usage-at-least = Rhaid i { $flag } fod o leiaf { $min }
cli-usage-null-island = Mae { $flag } { $value } yn bwynt y mae rhestrau'n ei ddefnyddio pan nad oes lleoliad (mae 0,0 yn y môr oddi ar Orllewin Affrica), nid lle go iawn: rhowch ledred a hydred lle rydych chi
cli-usage-not-km = Dydy { $value } ddim yn nifer o gilometrau (neu `default`)
cli-usage-no-server = Dim gweinydd rhannu ceir: rhowch --server URL neu gosodwch WAYMARK_SERVER
cli-usage-unknown-zone = Cylchfa amser anhysbys { $value }: defnyddiwch enw IANA fel Europe/London
