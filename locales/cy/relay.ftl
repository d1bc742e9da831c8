# Geiriau'r ras gyfnewid (relay) (gweler en-GB/relay.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "ffynhonnell" and "teilsen", "awr" and "munud" are
# feminine (dwy ffynhonnell, tair teilsen, dwy awr); "diwrnod" is masculine (dau ddiwrnod,
# tri diwrnod, chwe diwrnod).

## Camau adeiladu

relay-step-fetching = yn nôl { $count ->
    [zero] dim ffynonellau
    [one] un ffynhonnell
    [two] dwy ffynhonnell
    [few] tair ffynhonnell
    [many] chwe ffynhonnell
   *[other] { $count } ffynhonnell
}
relay-step-merging = yn uno cyfarfodydd ac yn eu trefnu'n deils
relay-step-comparing = yn cymharu { $count ->
    [zero] dim teils
    [one] un deilsen
    [two] dwy deilsen
    [few] tair teilsen
    [many] chwe theilsen
   *[other] { $count } teilsen
} â'r fersiwn diwethaf

## Pa mor ffres yw cyfarfodydd ffynhonnell

relay-ago-now = newydd nawr
relay-ago-minutes = { $count ->
    [zero] { $count } munud yn ôl
    [one] funud yn ôl
    [two] ddwy funud yn ôl
    [few] dair munud yn ôl
    [many] chwe munud yn ôl
   *[other] { $count } munud yn ôl
}
relay-ago-hours = { $count ->
    [zero] { $count } awr yn ôl
    [one] awr yn ôl
    [two] ddwy awr yn ôl
    [few] dair awr yn ôl
    [many] chwe awr yn ôl
   *[other] { $count } awr yn ôl
}
relay-ago-days = { $count ->
    [zero] { $count } diwrnod yn ôl
    [one] ddiwrnod yn ôl
    [two] ddau ddiwrnod yn ôl
    [few] dri diwrnod yn ôl
    [many] chwe diwrnod yn ôl
   *[other] { $count } diwrnod yn ôl
}
relay-fresh = Diweddarwyd { $ago } o { $name }
relay-stale = Ni fu modd darllen { $name } yn ddiweddar; mae'r cyfarfodydd hyn o { $ago }
relay-never-read = Dydy { $name } ddim wedi'i darllen eto
relay-area-default-label = Ardal { $number }
