# Y gwallau, mewn geiriau y gall rhywun wneud rhywbeth â nhw (gweler en-GB/errors.ftl am ystyr
# pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "dau" softens it (dau gyfarfod), "tri" and "chwe"
# aspirate c (tri chyfarfod, chwe chyfarfod). Here numbers are mostly limits, so a noun
# follows "hyd at" or "o" and stays singular without a mutation to choose.
# Negeseuon `cli-error-` yw rhai'r llinell orchymyn: mae ei dewisiadau (--format…) yn aros fel
# y maen nhw.

## Llwytho a darllen rhestr

error-fetch-offline = Doedd dim modd cyrraedd y gweinydd; does dim wedi newid. Gwiriwch y cysylltiad a rhowch gynnig arall arni nes ymlaen
error-fetch-timeout = Wnaeth y gweinydd ddim ateb mewn pryd; does dim wedi newid, felly rhowch gynnig arall arni nes ymlaen
error-fetch-status = Atebodd y gweinydd { $status }; does dim wedi newid
error-fetch-too-large = Mae'r rhestr yn fwy na { $max } beit, felly chafodd hi mo'i darllen; does dim wedi newid
error-fetch-bad-address = Dydy { $address } ddim yn gyfeiriad gwe (https://…)
error-fetch-insecure-redirect = Anfonodd y gweinydd gais diogel ymlaen i gyfeiriad anniogel, felly chafodd e mo'i ddilyn
error-sync-cancelled = Cafodd y diweddariad ei atal; mae'r cyfarfodydd oedd gennych yn cael eu cadw
error-feed-invalid = Dydy'r rhestr { $format } ddim yn ddilys ({ $detail }); mae'r cyfarfodydd oedd gennych yn cael eu cadw
error-feed-unreadable = Doedd dim modd darllen y rhestr ({ $detail }); mae'r cyfarfodydd oedd gennych yn cael eu cadw
error-feed-not-saved = Doedd dim modd cadw'r rhestr ({ $detail }); mae'r cyfarfodydd oedd gennych yn cael eu cadw
error-feed-reader-stopped = Stopiodd darllen y rhestr yn annisgwyl; mae'r cyfarfodydd oedd gennych yn cael eu cadw

## Data'r ras gyfnewid

error-relay-not-data = Anfonodd y ras gyfnewid dudalen we yn lle data cyfarfodydd; efallai fod ei chyfeiriad yn anghywir
error-relay-truncated = Cafodd data'r ras gyfnewid ei dorri'n fyr; bydd yn cael ei lwytho eto
error-relay-too-large = Mae data'r ras gyfnewid yn fwy na { $max } beit a chafodd e mo'i ddarllen
error-relay-damaged = Mae data'r ras gyfnewid wedi'i ddifrodi ({ $detail }); mae'r hyn oedd gan y ffôn yn cael ei gadw
error-relay-newer-format = Mae'r ras gyfnewid yn defnyddio fformat mwy newydd ({ $found }) na'r fersiwn hon o Waymark ({ $supported }); diweddarwch yr ap
error-relay-bad-signature = Dydy llofnod y ras gyfnewid ddim yn cyfateb i'w hallwedd, felly chafodd ei data mo'i ddefnyddio
error-relay-bad-key = Dydy hwnna ddim yn allwedd ras gyfnewid Waymark: { $detail }
error-relay-wrong-base = Mae'r diweddariad hwn ar gyfer fersiwn arall o'r deilsen; mae angen y deilsen gyfan
error-relay-hash-mismatch = Dydy data'r ras gyfnewid ddim yn cyfateb i'w maniffest, felly chafodd e mo'i ddefnyddio
error-relay-rollback = Cynigiodd y ras gyfnewid ddata hŷn (fersiwn { $offered }) na'r hyn sydd gan y ffôn hwn (fersiwn { $have }); mae'r hyn sydd gan y ffôn yn cael ei gadw

## Gwallau'r craidd

error-suspicious = Mae gan y rhestr nawr { $now } o gyfarfodydd yn lle { $previous }; mae'r { $previous } blaenorol yn cael eu cadw
error-unknown-format = Doedd dim modd adnabod fformat { $subject }
error-meeting-without-zone = Does dim cylchfa amser gan { $meeting }, felly does dim modd allforio ei amseroedd
error-formats-file-as-feed = Ateb GetFormats BMLT yw { $subject }, nid rhestr o gyfarfodydd: mae'n mynd gyda'r rhestr BMLT y mae'n ei disgrifio, fel ei ffeil fformatau
error-wrong-key = Cyfrinymadrodd neu allwedd anghywir: chafodd y gladdgell mo'i hagor a does dim wedi newid
error-wrong-backup-passphrase = Cyfrinymadrodd y copi wrth gefn yn anghywir (neu newidiwyd y ffeil): chafodd dim byd ei adfer
error-storage = Methodd storfa Waymark ({ $detail }); does dim wedi newid
error-io = Doedd Waymark ddim yn gallu darllen nac ysgrifennu ffeil ({ $detail })
error-ride-start-too-far = Mae'r man cychwyn hwnnw tua { $distance } km o'r cyfarfod; mae teithiau'n cychwyn o fewn { $limit } km iddo
error-meeting-already-started = Mae'r cyfarfod hwnnw eisoes wedi dechrau ar y dyddiad hwnnw; dewiswch ddyddiad hwyrach
error-unknown-ride = Does dim taith â'r dynodydd hwnnw ar y ddyfais hon
error-unknown-match = Does dim cyfatebiaeth â'r dynodydd hwnnw ar y ddyfais hon; cysonwch i weld rhai newydd
error-schema-too-new = Cafodd y data hwn ei ysgrifennu gan fersiwn mwy newydd o Waymark (sgema { $found }, mae'r fersiwn hon yn gwybod { $supported }); diweddarwch yr ap. Does dim wedi newid

## Geiriau'r ffonau

error-app-suspicious = Mae gan y rhestr gyfarfodydd nawr { $now } o gyfarfodydd yn lle { $previous }, sy'n edrych fel camgymeriad yn y rhestr, felly mae'r { $previous } oedd gennych yn cael eu cadw.
error-app-unknown-format = Doedd Waymark ddim yn gallu adnabod fformat { $subject }. Mae'n darllen rhestrau cyfarfodydd Meeting Guide, BMLT a TSML.
error-app-meeting-without-zone = Does dim cylchfa amser gan { $meeting }, felly does dim modd ei ychwanegu at galendr. Gosodwch gylchfa amser ar gyfer ei rhestr gyfarfodydd a rhowch gynnig arall arni.
error-app-cancelled = Cafodd y cysoni ei atal; mae'r cyfarfodydd oedd gennych yn cael eu cadw.

## Ffeiliau a rhestrau

error-service-bodies = Mae { $subject } yn edrych fel ateb GetServiceBodies BMLT, nid rhestr o gyfarfodydd
error-file-too-large = Mae'r ffeil hon yn { $size } MB; mae Waymark yn darllen hyd at { $max } MB
error-file-unreadable = Does dim modd darllen { $path } ({ $detail })
error-feed-file-missing = Does dim ffeil rhestr yn { $path }
error-formats-file-missing = Does dim ffeil GetFormats yn { $path }
error-program-invalid = Dydy { $program } ddim yn enw rhaglen: defnyddiwch enw byr fel aa, na neu al-anon
error-source-location-missing = Mae angen llwybr ffeil neu gyfeiriad gwe ar y ffynhonnell
error-source-not-found = Does dim ffynhonnell â'r dynodydd hwnnw; does dim wedi newid
error-zone-unknown = Cylchfa amser anhysbys { $zone }: defnyddiwch enw fel Europe/London neu America/New_York
error-meeting-not-found = Does dim cyfarfod â'r dynodydd hwnnw; efallai nad yw wedi'i restru mwyach
error-directory-schema = Does dim ffordd o uwchraddio sgema { $version } y cyfeiriadur; does dim wedi newid
error-report-nowhere = Dydy rhestr y cyfarfod hwn ddim yn enwi neb i roi gwybod am broblem iddyn nhw, a dydy hi ddim yn dod o wefan
error-reports-waiting = Mae { $max } o adroddiadau am broblemau eisoes yn aros i gael eu hanfon; anfonwch rai ohonyn nhw yn gyntaf

## Chwilio'r cyfeiriadur

error-upcoming-range = Rhaid i'r amser o'ch blaen i chwilio am gyfarfodydd fod rhwng 1 munud a 7 diwrnod
error-start-minute-range = Munud o'r dydd yw amser dechrau, 0 (00:00) i 1439 (23:59)
error-start-range-half = Rhowch ddau ben ystod yr amseroedd dechrau
error-search-point = Dydy'r man chwilio ddim yn ddefnyddiadwy: { $problem ->
    [missing] mae ei gyfesurynnau ar goll
    [not-a-number] dydy ei gyfesurynnau ddim yn rhifau
    [out-of-range] mae ei gyfesurynnau y tu allan i'r ystod
    [null-island] 0,0 yw e, nid lle go iawn
   *[placeholder] mae'n fan llenwi hysbys
}
error-radius-range = Rhaid i'r radiws fod rhwng 0 a 20000 km
error-weekday-range = Mae dyddiau'r wythnos o 0 (dydd Sul) i 6 (dydd Sadwrn)
error-type-empty = Does dim modd i fath o gyfarfod fod yn wag
error-type-unknown = Does dim math o gyfarfod o'r enw { $name }
error-type-ambiguous = Gallai { $name } olygu { $options }
error-type-too-many = Mae { $name } yn cyfateb i { $count } o fathau o gyfarfod; teipiwch ragor o'r enw
error-time-of-day-invalid = Dydy { $value } ddim yn amser o'r dydd fel 18:00

error-date-invalid = Dydy { $value } ddim yn ddyddiad fel 2026-11-22
error-sync-stopped = Stopiodd y diweddariad yn annisgwyl; mae'r cyfarfodydd oedd gennych yn cael eu cadw

## Nodiadau atgoffa

error-calendar-no-weekly-time = Does dim diwrnod ac amser wythnosol gan { $meeting }, felly does dim modd ei roi mewn calendr
error-lead-missing = Dywedwch faint cyn y cyfarfod y dylai'r nodyn atgoffa ddod, e.e. 60m
error-lead-too-long = Gall nodyn atgoffa fod hyd at ddau ddiwrnod cyn y cyfarfod, dim mwy
error-leads-too-many = Hyd at { $max } nodyn atgoffa i bob cyfarfod
error-reminder-not-favourite = Mae nodiadau atgoffa ar gyfer fy nghyfarfodydd: ychwanegwch y cyfarfod at y ffefrynnau yn gyntaf
error-reminder-none = Does dim nodiadau atgoffa wedi'u gosod ar gyfer y cyfarfod hwnnw
error-not-in-my-meetings = Dydy'r cyfarfod hwnnw ddim yn fy nghyfarfodydd
error-no-weekly-time-to-skip = Does dim amser wythnosol gan y cyfarfod hwn i'w hepgor
error-time-of-day-range = Mae amser o'r dydd rhwng 00:00 a 23:59
error-label-too-long = Mae label hyd at { $max } nod
error-daily-reminder-not-found = Does dim nodyn atgoffa dyddiol â'r dynodydd hwnnw; does dim wedi newid
error-no-saved-meetings = Does dim cyfarfodydd wedi'u cadw eto: rhowch ddynodyddion cyfarfodydd, neu cadwch rai cyfarfodydd yn gyntaf
error-plan-horizon = Cynlluniwch rhwng 1 munud a 31 diwrnod ymlaen

## Y gladdgell

error-no-random = Doedd y ddyfais hon ddim yn gallu rhoi rhifau ar hap i Waymark, felly chafodd dim byd ei greu ({ $detail })
error-key-length = Mae allwedd claddgell yn { $expected } beit, nid { $found }
error-kdf-unknown = Dull deillio allwedd anhysbys { $name }; chafodd y gladdgell mo'i hagor
error-kdf-settings = Dydy ffeil gosodiadau'r cyfrinymadrodd ddim yn ddilys; chafodd y gladdgell mo'i hagor
error-passphrase-empty = Mae'r cyfrinymadrodd yn wag
error-key-derivation = Doedd dim modd deillio'r allwedd ({ $detail }); chafodd y gladdgell mo'i hagor
error-internal = Doedd Waymark ddim yn gallu paratoi ei ddata ({ $detail }); does dim wedi newid
error-language-unsupported = Dydy Waymark ddim yn siarad yr iaith honno eto
error-vault-device-key = Mae'r gladdgell hon yn cael ei hagor ag allwedd dyfais, nid cyfrinymadrodd
error-vault-passphrase = Mae'r gladdgell hon yn cael ei datgloi â chyfrinymadrodd; newidiwch y cyfrinymadrodd yn lle hynny
error-vault-keystore = Mae'r gladdgell hon yn cael ei datgloi gan storfa allweddi'r ffôn, nid cyfrinymadrodd
error-vault-exists = Mae claddgell yno eisoes; does dim wedi newid
error-vault-in-use = Mae'r gladdgell hon ar agor o hyd mewn Waymark arall, felly gall yr hyn oedd ynddi aros yn ei ffeil nes i hwnnw gau; caewch ef a rhowch gynnig arall arni
error-setting-too-large = Mae gosodiad yn dal hyd at { $max } KB
error-settings-full = Mae'r gladdgell yn cadw { $max } o osodiadau ar y mwyaf
error-passphrase-short = Dewiswch gyfrinymadrodd o { $min } nod o leiaf
error-setting-name = Dydy { $key } ddim yn enw gosodiad (defnyddiwch a-z, 0-9, _ a .)
error-vault-schema = Does dim ffordd o uwchraddio sgema { $version } y gladdgell; does dim wedi newid
error-unsafe-no-sqlcipher = Does dim SQLCipher yn y fersiwn hon, felly does dim modd amgryptio'r gladdgell; dydy hi ddim yn cael ei hagor. Does dim wedi newid
error-unsafe-crypto = Mae'r fersiwn hon o Waymark yn amgryptio â { $found } yn lle ei amgryptio ei hun, { $expected } (cafodd ei hadeiladu heb .cargo/config.toml y storfa god); dydy'r gladdgell ddim yn cael ei hagor. Does dim wedi newid
error-unsafe-probe = Doedd y fersiwn hon o Waymark ddim yn gallu gwirio ei hamgryptio ({ $detail }); dydy'r gladdgell ddim yn cael ei hagor. Does dim wedi newid

## Y dyddiadur

error-halt-unknown = Dydy { $value } ddim yn un o hungry, angry, lonely, tired
error-mood-range = Mae hwyliau'n rhif o 1 i 5
error-craving-range = Mae chwant yn rhif o 0 i 10
error-entry-too-long = Mae cofnod yn dal hyd at { $max } nod; mae hwn yn hirach, felly chafodd e mo'i gadw
error-entry-items = Mae cofnod yn dal hyd at { $max } eitem rhestr neu ateb
error-entry-item-too-long = Mae un o eitemau'r rhestr yn rhy hir
error-tag-too-long = Gair neu ddau yw tag, hyd at { $max } nod
error-tags-too-many = Gall cofnod fod â hyd at { $max } tag
error-meeting-id-invalid = Dydy dynodydd y cyfarfod hwnnw ddim yn ddilys
error-entry-empty = Does dim byd i'w gadw yn y cofnod hwn eto
error-entry-in-trash = Mae'r cofnod hwnnw yn y sbwriel; adferwch e yn gyntaf i'w olygu
error-entry-not-found = Does dim cofnod dyddiadur â'r dynodydd hwnnw; does dim wedi newid
error-search-empty = Teipiwch air i chwilio amdano

## Dyddiadau sobrwydd, pobl i'w ffonio, ffefrynnau

error-date-in-future = Mae'r dyddiad hwnnw yn y dyfodol; dewiswch heddiw neu ddiwrnod cyn hynny
error-date-too-far-back = Mae'r dyddiad hwnnw'n rhy bell yn ôl; gwiriwch y flwyddyn
error-sobriety-not-found = Does dim dyddiad sobrwydd â'r dynodydd hwnnw; does dim wedi newid
error-phone-invalid = Mae rhif ffôn yn { $min } i { $max } digid, gyda bylchau, cysylltnodau neu gromfachau os hoffech chi, a + o'i flaen ar gyfer rhif rhyngwladol
error-contact-name-missing = Rhowch enw i'r cyswllt
error-contact-name-too-long = Mae enw hyd at { $max } nod
error-contact-invalid = Dydy dynodydd neu ddyddiadau'r cyswllt ddim yn ddilys
error-contacts-full = Mae'r rhestr yn dal hyd at { $max } o bobl
error-contact-not-found = Does neb â'r dynodydd hwnnw ar eich rhestr; does dim wedi newid
error-favourite-too-large = Mae manylion y cyfarfod hwnnw'n llawer mwy na rhai cyfarfod; chafodd e mo'i gadw

## Copïau wrth gefn

error-backup-passphrase-short = Dewiswch gyfrinymadrodd i'r copi wrth gefn o { $min } nod o leiaf
error-backup-encrypt = Doedd dim modd amgryptio'r copi wrth gefn ({ $detail }); chafodd dim byd ei ysgrifennu
error-backup-needs-passphrase = Mae'r copi wrth gefn hwn wedi'i amgryptio: mae angen ei gyfrinymadrodd
error-backup-too-large = Does dim modd defnyddio'r copi wrth gefn hwn: mae'n fwy nag unrhyw gopi mae Waymark yn ei ddarllen ({ $max } MB ar y mwyaf); chafodd dim byd ei adfer
error-backup-not-waymark = Does dim modd defnyddio'r copi wrth gefn hwn: dydy e ddim yn gopi wrth gefn Waymark; chafodd dim byd ei adfer
error-backup-header = Does dim modd defnyddio'r copi wrth gefn hwn: mae ei bennyn wedi'i ddifrodi; chafodd dim byd ei adfer
error-backup-no-passphrase = Does dim modd defnyddio'r copi wrth gefn hwn: dydy e ddim wedi'i ddiogelu â chyfrinymadrodd; chafodd dim byd ei adfer
error-backup-work = Does dim modd defnyddio'r copi wrth gefn hwn: mae'n gofyn am lawer mwy o waith nag y dylai copi; chafodd dim byd ei adfer
error-backup-cut = Does dim modd defnyddio'r copi wrth gefn hwn: cafodd ei dorri neu ei newid ar ôl ei wneud; chafodd dim byd ei adfer
error-backup-not-export-at = Does dim modd defnyddio'r copi wrth gefn hwn: dydy e ddim yn allforyn Waymark (llinell { $line }, colofn { $column }); chafodd dim byd ei adfer
error-backup-not-export = Does dim modd defnyddio'r copi wrth gefn hwn: dydy e ddim yn allforyn Waymark; chafodd dim byd ei adfer
error-backup-newer = Does dim modd defnyddio'r copi wrth gefn hwn: cafodd ei wneud gan fersiwn mwy newydd o Waymark (fformat { $version }); diweddarwch yr ap. Chafodd dim byd ei adfer
error-backup-record = Does dim modd defnyddio'r copi wrth gefn hwn: { $part ->
    [journal] dydy cofnod dyddiadur { $number } ddim yn ddilys
    [favourite] dydy ffefryn { $number } ddim yn ddilys
    [sobriety] dydy dyddiad sobrwydd { $number } ddim yn ddilys
    [reminder] dydy nodyn atgoffa { $number } ddim yn ddilys
    [daily] dydy nodyn atgoffa dyddiol { $number } ddim yn ddilys
    [contact] dydy cyswllt { $number } ddim yn ddilys
   *[setting] dydy gosodiad { $number } ddim yn ddilys
}; chafodd dim byd ei adfer
error-backup-too-many = Does dim modd defnyddio'r copi wrth gefn hwn: mae'n dal mwy o { $part ->
    [journal] gofnodion dyddiadur
    [favourite] ffefrynnau
    [sobriety] ddyddiadau sobrwydd
    [reminder] nodiadau atgoffa
    [daily] nodiadau atgoffa dyddiol
    [contact] gysylltiadau
   *[setting] osodiadau
} nag y mae Waymark yn eu cadw; chafodd dim byd ei adfer

## Rhannu ceir

error-rides-address = Dydy cyfeiriad y gweinydd ddim yn gyfeiriad gwe (https://…)
error-rides-https = Rhaid i gyfeiriad y gweinydd rhannu ceir ddechrau â https://, fel na all neb ddarllen eich teithiau a'ch mannau casglu ar y ffordd (mae http:// ar gyfer gweinydd ar y cyfrifiadur hwn yn unig)
error-rides-credentials = Rhaid i gyfeiriad y gweinydd fod yn https://gweinydd, heb enw defnyddiwr na chyfrinair
error-rides-unreadable = Anfonodd y gweinydd rhannu ceir ateb na all Waymark ei ddarllen; does dim wedi newid
error-rides-too-large = Anfonodd y gweinydd rhannu ceir ateb mwy na { $max } MiB, nad yw Waymark yn ei ddarllen; does dim wedi newid
error-rides-redirect = Anfonodd y gweinydd rhannu ceir Waymark i gyfeiriad arall, nad yw'n ei ddilyn er mwyn i'ch teithiau aros gyda'r gweinydd a ddewisoch; gwiriwch gyfeiriad y gweinydd
error-rides-refused = Gwrthododd y gweinydd rhannu ceir hyn: { $detail }
error-rides-status = Atebodd y gweinydd rhannu ceir { $status }; does dim wedi newid
error-leave-after-start = Rhaid i'r amser y gallwch adael fod cyn i'r cyfarfod ddechrau
error-arrive-after-start = Rhaid i'r amser cyrraedd beidio â bod ar ôl i'r cyfarfod ddechrau
error-ride-distance = Mae'r pellter i gyfarfod rhwng 1 a { $max } km
error-ride-needs-place = Mae cynigion a cheisiadau'n cael eu llunio gyda'u lle union
error-outbox-not-found = Does dim newid felly'n aros i gael ei anfon
error-outbox-not-refused = Dim ond newid a wrthododd y gweinydd rhannu ceir y gellir rhoi cynnig arall arno
error-ride-not-found = Dydy'r daith honno ddim ar y ffôn hwn
error-ride-refusal = { $reason ->
    [op_id_not_uuid] Mae gan y newid hwn ddynodwr na wnaeth Waymark mohono, felly does dim modd ei anfon; does dim wedi newid
    [ride_id_not_uuid] Mae gan y daith hon ddynodwr na wnaeth Waymark mohono, felly does dim modd ei hanfon; does dim wedi newid
    [match_id_not_uuid] Mae gan y paru hwnnw ddynodwr nad yw Waymark yn ei adnabod; does dim wedi newid
    [meeting_id_invalid] Mae'r daith hon yn enwi cyfarfod na all Waymark ei ddarllen; does dim wedi newid
    [timezone_unknown] Dydy Waymark ddim yn adnabod cylchfa amser y cyfarfod, felly does dim modd trefnu taith
    [date_not_local] Dydy dyddiad y daith ddim yr un â'r diwrnod y mae'r cyfarfod yn dechrau, yn amser y cyfarfod ei hun
    [place_unusable] Dydy'r lle hwnnw ddim ar y map y mae Waymark yn ei ddefnyddio (lledred −85 i 85, hydred −180 i 180)
    [cell_outside_map] Mae'r ardal honno y tu allan i'r map
    [seats] Mae taith yn cynnig rhwng 1 a { $max } sedd
    [detour] Mae dargyfeiriad yn { $max } munud ar y mwyaf
    [leave_after_start] Rhaid i'r amser y gallwch adael fod cyn i'r cyfarfod ddechrau
    [flexibility] Gallwch fod yn hyblyg hyd at { $max } munud
    [arrive_after_start] Rhaid i'r amser cyrraedd beidio â bod ymhell ar ôl i'r cyfarfod ddechrau
    [too_many_ops] Gellir anfon hyd at { $max } newid ar y tro; bydd y gweddill yn aros tan y tro nesaf
    [too_many_followed] Gellir dilyn hyd at { $max } cyfarfod ar y tro
    [too_late] Mae'r cyfarfod hwnnw wedi dechrau'n barod
    [too_far_ahead] Gellir trefnu teithiau hyd at { $max } diwrnod cyn cyfarfod
   *[other] Does dim modd anfon y daith hon fel y mae; does dim wedi newid
}
error-ride-no-place = Does dim lle union gan { $meeting }, felly does dim modd i deithiau fynd yno
error-ride-no-zone = Does dim cylchfa amser gan { $meeting } yn ei rhestr
error-ride-wrong-day = Dydy { $meeting } ddim yn cyfarfod ar { $date }

## Rasys cyfnewid ac ardaloedd

error-relay-key-exists = Mae { $path } yn bodoli eisoes; dydy allwedd ras gyfnewid byth yn cael ei throsysgrifo (symudwch hi yn gyntaf)
error-relay-key-unreadable = Does dim modd darllen allwedd y ras gyfnewid { $path } ({ $detail })
error-relay-key-invalid = Dydy { $path } ddim yn allwedd gyfrinachol ras gyfnewid (dylai ddal { $prefix } a 64 digid hecs)
error-address-invalid = Dydy { $address } ddim yn gyfeiriad gwe
error-relay-https = Rhaid i gyfeiriad ras gyfnewid ddechrau â https:// (http plaen i'r cyfrifiadur hwn yn unig)
error-place-range = Mae lle yn lledred o -90 i 90 a hydred o -180 i 180
error-area-radius = Mae radiws ardal yn fwy na 0 a { $max } km ar y mwyaf
error-relay-other-key = Cafodd y ras gyfnewid hon ei hychwanegu ag allwedd arall; tynnwch ei hardaloedd yn gyntaf i'w newid
error-area-not-added = Chafodd yr ardal mo'i hychwanegu; does dim wedi newid
error-area-not-found = Does dim ardal â'r dynodydd hwnnw ar y ffôn hwn
error-tile-missing = Does dim copi o'r deilsen hon ar y ffôn hwn

## Awgrymiadau'r llinell orchymyn (mae ei dewisiadau'n aros fel y maen nhw)

cli-error-accept-shrink = { $error } (defnyddiwch --accept-shrink os yw hynny'n iawn)
cli-error-unknown-format = Does dim modd dweud beth yw fformat { $subject }: rhowch --format meeting-guide, bmlt, tsml-csv neu naws-csv
cli-error-bmlt-formats = { $error } (ychwanegwch y rhestr ei hun a rhowch y ffeil hon â --bmlt-formats)
cli-error-meeting-without-zone = Does dim cylchfa amser gan { $meeting }; rhowch un (--tz) i'w allforio
cli-error-ride-from = { $error } (gwiriwch fod --from yn LAT,LON, lledred yn gyntaf)
cli-error-meeting-started = Mae'r cyfarfod hwnnw eisoes wedi dechrau ar y dyddiad hwnnw; dewiswch --date hwyrach
cli-error-ride-list = { $error } (mae `waymark ride list` yn dangos eich teithiau a'u dynodyddion)
cli-error-ride-matches = { $error } (mae `waymark ride matches` yn eu dangos)
cli-note-set-zone = { $note } (gosodwch un gyda `source add --timezone`)
