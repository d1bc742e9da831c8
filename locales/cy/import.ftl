# Beth mae mewnforio'n ei ddweud am gofnodion ffrwd (gweler en-GB/import.ftl am ystyr pob
# neges a'i newidynnau). Mae gwerthoedd mewn dyfynodau fel yr ysgrifennodd y ffrwd nhw.
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "awr" is feminine (dwy awr, tair awr), "cyfarfod"
# masculine (dau gyfarfod, tri chyfarfod, chwe chyfarfod).

## Nodiadau am gyfarfodydd a gadwyd

import-unknown-zone = cylchfa amser anhysbys “{ $zone }”
import-unknown-type = math anhysbys “{ $code }”, wedi'i gadw fel y'i hysgrifennwyd
import-open-and-closed = wedi'i nodi'n agored ac yn gaeedig; wedi'i ddarllen fel un caeedig
import-bad-link = nid cyfeiriad gwe yw'r ddolen gynadledda; fe'i gollyngwyd
import-online-without-link = wedi'i restru ar-lein, ond nid yw'r ffrwd yn rhoi dolen na rhif ffôn
import-coordinates = { $problem ->
    [missing] cyfesurynnau ar goll
    [not-a-number] nid rhifau yw'r cyfesurynnau
    [out-of-range] cyfesurynnau y tu allan i'r ystod
    [null-island] 0,0 yw'r cyfesurynnau (nid lle go iawn)
   *[placeholder] mae'r cyfesurynnau'n bwynt dalfan hysbys
}; ni chânt eu defnyddio i fesur pellter
import-placeholder-point = { $count ->
    [zero] Does dim cyfarfodydd mewn cyfeiriadau gwahanol yn rhannu
    [one] Mae un cyfarfod mewn cyfeiriad gwahanol yn rhannu
    [two] Mae dau gyfarfod mewn cyfeiriadau gwahanol yn rhannu
    [few] Mae tri chyfarfod mewn cyfeiriadau gwahanol yn rhannu
    [many] Mae chwe chyfarfod mewn cyfeiriadau gwahanol yn rhannu
   *[other] Mae { $count } cyfarfod mewn cyfeiriadau gwahanol yn rhannu
} y pwynt { $point }: dalfan yw hwn, ac ni chaiff ei ddefnyddio i fesur pellter
import-zone-from-map = dim cylchfa amser yn y ffrwd a dim un wedi'i gosod i'r ffynhonnell: fe'i cyfrifwyd o le pob cyfarfod ar y map
import-no-zone = dim cylchfa amser yn y ffrwd a dim un wedi'i gosod i'r ffynhonnell: dangosir yr amserau yn eich cylchfa chi
import-missing-key = dim slug yn y ffrwd; lluniwyd allwedd o'r enw, y diwrnod, yr amser a'r cyfeiriad
import-duplicate-key = slug dyblyg; rhestrir hwn fel “{ $key }”
import-bad-updated = nid dyddiad yw'r gwerth `updated` “{ $value }”; fe'i hanwybyddwyd
import-default-duration = hyd ar goll neu'n sero: tybiwyd awr
import-end-not-time = nid amser yw'r amser gorffen “{ $end }”: tybiwyd awr
import-end-at-start = mae'n gorffen pan mae'n dechrau ({ $end }): tybiwyd awr
import-end-before-start = mae'n gorffen ({ $end }) { $hours ->
    [zero] { $hours } awr
    [one] awr
    [two] dwy awr
    [few] tair awr
    [many] chwe awr
   *[other] { $hours } awr
} cyn iddo ddechrau ({ $start }), llithriad AM/PM mae'n debyg: tybiwyd awr

## Pam y gadawyd cofnod allan

import-skip-no-name = dim enw cyfarfod
import-skip-bad-day = nid diwrnod o'r wythnos yw “{ $day }”
import-skip-nothing-to-go-to = dim diwrnod, amser, lle na dolen: dim byd i fynd iddo
import-skip-day-no-time = mae ganddo ddiwrnod ond dim amser dechrau
import-skip-time-no-day = mae ganddo amser dechrau ({ $time }) ond dim diwrnod
import-skip-bad-time = nid amser yw'r amser dechrau “{ $time }”
import-skip-not-a-meeting = nid cyfarfod yw hwn: { $kind ->
    [list] rhestr
    [text] testun “{ $value }”
    [number] rhif { $value }
    [true] true
    [false] false
    [null] null
   *[other] rhywbeth nad yw'n wrthrych cyfarfod
}
import-skip-naws-deleted = wedi'i nodi wedi'i ddileu yn allforyn NAWS
import-skip-naws-unpublished = heb ei gyhoeddi gan ei gorff gwasanaeth
import-skip-bmlt-unpublished = mae'r gweinydd yn ei nodi heb ei gyhoeddi
