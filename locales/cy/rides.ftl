# Sgrin y lifftiau (gweler en-GB/rides.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular. "sedd" is feminine: dwy sedd, tair sedd. "dau"
# softens a masculine noun (dau funud, dau newid), "tri" and "chwe" aspirate c, p, t.

rides-title = Lifftiau

## Penawdau

rides-section-offers = Fy nghynigion
rides-section-requests = Fy ngheisiadau
rides-section-matches = Parau

rides-meeting-not-listed = Cyfarfod sydd ddim wedi'i restru mwyach
rides-meeting-unknown = Cyfarfod

rides-seats-free = { $count ->
    [zero] Dim seddi'n rhydd
    [one] Un sedd yn rhydd
    [two] Dwy sedd yn rhydd
    [few] Tair sedd yn rhydd
    [many] Chwe sedd yn rhydd
   *[other] { $count } sedd yn rhydd
}

## Ble mae cynnig neu gais

rides-status-not-sent = Heb ei anfon eto — bydd yn mynd pan fyddwch ar-lein
rides-status-cancel-not-sent = Yn canslo — bydd yn mynd pan fyddwch ar-lein
rides-status-accept-not-sent = Wedi derbyn — bydd yn mynd pan fyddwch ar-lein
rides-status-not-done = Heb ei wneud
rides-status-looking-riders = Yn chwilio am deithwyr
rides-status-looking-driver = Yn chwilio am yrrwr
rides-status-riders-found = Mae teithwyr wedi'u canfod
rides-status-have-seat = Mae gennych chi sedd
rides-status-cancelled = Wedi'i ganslo
rides-status-passed = Mae'r cyfarfod hwn wedi bod

## Ble mae pâr

rides-match-suggested-rider = Gallai gyrrwr fynd â chi — derbyniwch i gadw sedd
rides-match-suggested-driver = Mae teithiwr ar eich ffordd — derbyniwch i gynnig sedd
rides-match-seat-held-driver = Mae teithiwr yn cadw sedd — derbyniwch i gytuno ar y codi
rides-match-waiting = Yn aros am y person arall
rides-match-agreed = Wedi cytuno — mae'r codi wedi'i drefnu
rides-match-cancelled = Wedi'i ganslo — dydy'r pâr hwn ddim ymlaen mwyach
rides-match-expired = Wedi dod i ben — mae'r cyfarfod wedi bod

## Manylion

rides-detour = { $minutes ->
    [zero] Dim amser allan o'ch ffordd.
    [one] Tua munud allan o'ch ffordd.
    [two] Tua dau funud allan o'ch ffordd.
    [few] Tua thri munud allan o'ch ffordd.
    [many] Tua chwe munud allan o'ch ffordd.
   *[other] Tua { $minutes } munud allan o'ch ffordd.
}
rides-pickup-time = Codi tua { $time }.
rides-with = Gyda { $handle }.
rides-pickup-area = Mae'r map yn dangos ardal y codi, nid cartref neb.

## Pam gwrthododd y gweinydd

rides-reason-seat-taken = Mae rhywun arall newydd gymryd y sedd honno.
rides-reason-not-owner = Dim ond y person a drefnodd y lifft hwn all ei newid.
rides-reason-not-found = Does gan y gweinydd rhannu ceir mo'r lifft hwn mwyach.
rides-reason-too-late = Mae'r cyfarfod hwnnw wedi dechrau'n barod.
rides-reason-too-far-ahead = { $days ->
    [one] Gallwch drefnu lifft hyd at ddiwrnod cyn cyfarfod.
    [two] Gallwch drefnu lifft hyd at ddeuddydd cyn cyfarfod.
    [few] Gallwch drefnu lifft hyd at dridiau cyn cyfarfod.
    [many] Gallwch drefnu lifft hyd at chwe diwrnod cyn cyfarfod.
   *[other] Gallwch drefnu lifft hyd at { $days } diwrnod cyn cyfarfod.
}
rides-reason-already-matched = Mae hwn wedi'i baru'n barod.
rides-reason-no-longer-available = Dydy'r lifft hwn ddim ar gael mwyach.
rides-reason-already-have-ride = Mae gennych chi lifft wedi'i drefnu i'r cyfarfod hwn yn barod.
rides-reason-too-many-rides = Mae gennych chi gymaint o lifftiau ar agor ag y mae'r gweinydd yn ei ganiatáu. Canslwch un sydd ddim ei angen arnoch chi, yna rhowch gynnig arall arni.
rides-reason-meeting-full = Mae gan y cyfarfod hwn gymaint o lifftiau ag y gall y gweinydd eu dal ar hyn o bryd.
rides-reason-conflict = Newidiodd rhywbeth ar y gweinydd ar yr un pryd.
rides-reason-other = Doedd y gweinydd rhannu ceir ddim yn gallu gwneud hyn nawr.

## Hysbysiadau

rides-empty-title = Dim lifftiau eto
rides-empty = Mae rhannu ceir yn helpu pobl i gyrraedd cyfarfodydd gyda'i gilydd: cynigiwch sedd neu gofynnwch am un. Dim ond yr ardal rydych chi'n cychwyn ohoni (tua 1 km) sy'n cael ei rhannu, byth eich cyfeiriad cartref.
rides-no-server-title = Does dim gweinydd rhannu ceir wedi'i osod
rides-no-server = Mae lifftiau'n mynd drwy weinydd rhannu ceir rydych chi'n ei ddewis. Nes i chi osod un, mae'r hyn rydych chi'n ei drefnu'n aros ar y ffôn hwn.
rides-pending = { $count ->
    [zero] Does dim newidiadau'n aros i gael eu hanfon.
    [one] Dydy un newid ddim wedi'i anfon eto. Bydd yn mynd pan fyddwch ar-lein.
    [two] Dydy dau newid ddim wedi'u hanfon eto. Byddan nhw'n mynd pan fyddwch ar-lein.
    [few] Dydy tri newid ddim wedi'u hanfon eto. Byddan nhw'n mynd pan fyddwch ar-lein.
    [many] Dydy chwe newid ddim wedi'u hanfon eto. Byddan nhw'n mynd pan fyddwch ar-lein.
   *[other] Dydy { $count } newid ddim wedi'u hanfon eto. Byddan nhw'n mynd pan fyddwch ar-lein.
}
rides-offline = Mae'n edrych fel eich bod chi all-lein. Does dim byd ar goll: bydd eich newidiadau'n mynd pan fyddwch ar-lein.
rides-sync-failed = Doedd y gweinydd rhannu ceir ddim yn gallu derbyn eich newidiadau nawr. Does dim byd ar goll; rhowch gynnig arall arni yn nes ymlaen.
rides-error = Doedd dim modd darllen eich lifftiau nawr. Does dim byd ar goll; rhowch gynnig arall arni.

## Label darllenydd sgrin

rides-row-label = { $name }, { $when }: { $status }
rides-row-label-detail = { $name }, { $when }: { $status }. { $detail }

## Botymau

rides-action-offer = Cynnig lifft
rides-action-ask = Gofyn am lifft
rides-action-accept = Derbyn
rides-action-cancel = Canslo'r lifft
rides-action-sync = Cysoni nawr
rides-action-retry = Rhoi cynnig arall arni
rides-action-set-server = Gosod gweinydd rhannu ceir
rides-action-try-again = Rhoi cynnig arall arni

## Y ffurflen i gynnig taith neu ofyn am un (core/src/screens/ride_form.rs)

ride-form-day = { $date } am { $time }
ride-form-meeting-label = Cyfarfod
ride-form-day-label = Diwrnod
ride-form-seats-label = Seddi
ride-form-seats = { $count ->
    [zero] { $count } sedd
    [one] 1 sedd
    [two] 2 sedd
    [few] { $count } sedd
    [many] { $count } sedd
   *[other] { $count } sedd
}
ride-form-from = Mae'r daith yn dechrau o ble mae'ch ffôn pan fyddwch chi'n cadw. Dim ond yr ardal o'i gwmpas (tua 1 km) sy'n cael ei rhannu, byth cyfeiriad eich cartref.
ride-form-save-offer = Cynnig seddi
ride-form-save-ask = Gofyn am sedd
ride-form-none-title = Dim cyfarfodydd i deithio iddyn nhw eto
ride-form-none = Mae teithiau'n mynd i'ch cyfarfodydd wyneb yn wyneb sydd â chyfeiriad llawn. Cadwch un yn Fy nghyfarfodydd yn gyntaf.
