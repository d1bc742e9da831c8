# Problemau gwiriwr y catalog (gweler en-GB/catalogue.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "nod" and "rhif" are masculine (dau nod, tri rhif,
# chwe nod). Field names, ids, addresses, codes and zone names stay as written.

## Ble mae problem

catalogue-at-source-id = ffynhonnell { $number } ({ $id }): { $problem }
catalogue-at-source = ffynhonnell { $number }: { $problem }

## Y ffeil gyfan

catalogue-not-toml = nid yw'r ffeil yn TOML dilys: { $why }
catalogue-not-toml-at-line = nid yw'r ffeil yn TOML dilys (llinell { $line }): { $why }
catalogue-not-utf8 = nid testun UTF-8 yw'r ffeil: cadwch hi fel UTF-8
catalogue-too-big = mae'r ffeil yn fwy na { $kib } KiB, y mwyaf y caiff catalog fod: rhannwch hi neu tynnwch ffynonellau nad ydynt yn cael eu cyhoeddi mwyach
catalogue-unknown-top-field = maes lefel uchaf anhysbys `{ $key }`: dim ond `{ $version }` a thablau `{ $table }` sy'n perthyn ar frig y ffeil
catalogue-version-missing = mae `{ $field }` ar goll: dechreuwch y ffeil â `{ $example }` (diwygiad y catalog)
catalogue-version-wrong = rhaid i `{ $field }` fod yn rhif cyfan o 1 o leiaf, nid { $kind ->
    [number] { $value }
   *[other] { $value }
}
catalogue-no-sources = nid yw'r catalog yn rhestru unrhyw ffynonellau: ychwanegwch dablau `{ $table }`
catalogue-source-not-tables = rhaid ysgrifennu `{ $field }` fel tablau `{ $table }`, un i bob ffynhonnell
catalogue-source-not-table = rhaid i bob ffynhonnell fod yn dabl `{ $table }`

## Rhwng ffynonellau

catalogue-duplicate-id = mae ffynhonnell { $first } eisoes yn defnyddio'r id: rhaid i bob id fod yn unigryw
catalogue-duplicate-url = yr un URL â ffynhonnell { $first } ({ $id }): rhestrir pob ffrwd unwaith
catalogue-duplicate-url-no-id = yr un URL â ffynhonnell { $first }: rhestrir pob ffrwd unwaith

## Meysydd un ffynhonnell

catalogue-unknown-field = maes anhysbys `{ $key }`: y meysydd yw { $fields }
catalogue-entry-shape = nid yw'r cofnod hwn yn cyd-fynd â meysydd y catalog: { $why }
catalogue-bad-id = nid yw'r id { $id } yn slug: defnyddiwch hyd at { $max ->
    [zero] { $max } nod
    [one] un nod
    [two] ddau nod
    [few] dri nod
    [many] chwe nod
   *[other] { $max } nod
} (llythrennau bach, digidau a llinellau toriad), fel { $example }
catalogue-name-empty = mae `{ $field }` yn wag: rhowch enw'r sefydliad
catalogue-program-not-names = rhaid i `{ $field }` fod yn enw neu'n rhestr o enwau
catalogue-program-empty = mae `{ $field }` yn wag: enwch un o leiaf, fel { $example }
catalogue-program-unknown = nid yw'r rhaglen { $program } yn un y mae Waymark yn ei hadnabod: defnyddiwch un o { $known } (ychwanegir cymdeithas newydd at { $list } yn { $file })
catalogue-program-twice = mae'r rhaglen { $program } wedi'i rhestru ddwywaith
catalogue-bad-format = nid yw'r fformat { $format } yn un y mae Waymark yn ei ddarllen: defnyddiwch un o { $known }
catalogue-worldwide-not-online = mae'r wlad { $code } (byd-eang) ar gyfer ffynonellau ar-lein yn unig: rhowch y wlad y mae'r cyfarfodydd ynddi, neu gosodwch `{ $setting }`
catalogue-bad-country = nid yw { $country } yn god gwlad: ysgrifennwch ddwy briflythyren ({ $standard }), fel { $first }, { $second } neu { $third }
catalogue-bad-timezone = nid yw { $zone } yn gylchfa amser IANA: ysgrifennwch un fel { $first } neu { $second }
catalogue-bbox-count = mae gan `{ $field }` { $count ->
    [zero] ddim rhifau
    [one] un rhif
    [two] ddau rif
    [few] dri rhif
    [many] chwe rhif
   *[other] { $count } rhif
}: ysgrifennwch bedwar, { $shape }
catalogue-bbox-off-map = mae `{ $field }` oddi ar y map: mae lledredau rhwng { $lat } a hydredau rhwng { $lon }, yn y drefn { $shape }
catalogue-bbox-swapped = mae corneli `{ $field }` wedi'u cyfnewid neu mae'n wag: ysgrifennwch { $shape }, pob isafswm yn llai na'i uchafswm (ni chefnogir blwch ar draws y 180fed meridian)
catalogue-bbox-whole-world = mae `{ $field }` yn cwmpasu'r byd i gyd: rhowch yr ardal y mae'r cyfarfodydd ynddi, neu gosodwch `{ $setting }` ar gyfer rhyng-grŵp ar-lein
catalogue-feedback-email = rhaid i `{ $field }` fod yn dudalen gyswllt y sefydliad (cyfeiriad https), nid cyfeiriad e-bost
catalogue-verified-not-date = rhaid i `{ $field }` fod yn ddyddiad fel { $example }
catalogue-verified-future = mae `{ $field }` yn { $date }, sydd yn y dyfodol: rhowch y diwrnod y gwelwyd y ffynhonnell
catalogue-too-long = mae `{ $field }` yn hwy na { $max ->
    [zero] { $max } nod
    [one] un nod
    [two] dau nod
    [few] tri nod
    [many] chwe nod
   *[other] { $max } nod
}
catalogue-control-characters = mae `{ $field }` yn cynnwys nodau rheoli
catalogue-email = mae `{ $field }` yn cynnwys cyfeiriad e-bost: nid yw'r catalog yn cadw manylion cyswllt neb; rhowch ddolen i dudalen gyswllt y sefydliad yn `{ $feedback }` yn lle hynny
catalogue-phone = mae `{ $field }` yn cynnwys rhywbeth sy'n edrych fel rhif ffôn: nid yw'r catalog yn cadw manylion cyswllt neb
catalogue-url-at = mae `{ $field }` yn cynnwys @: ni chaiff cyfeiriad yma gario manylion mewngofnodi na chyfeiriad e-bost
catalogue-not-web-address = nid yw `{ $field }` { $value } yn gyfeiriad gwe
catalogue-plain-http = rhaid i `{ $field }` ddechrau â { $scheme } (caniateir http plaen i'r peiriant hwn yn unig, ar gyfer profion)
catalogue-not-https = rhaid i `{ $field }` fod yn gyfeiriad { $scheme }
