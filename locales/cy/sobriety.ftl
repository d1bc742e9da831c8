# Sgrin y dyddiadau sobrwydd (gweler en-GB/sobriety.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# A noun after a number stays singular; "dau" softens it (dau ddiwrnod, dau fis), feminine
# "blwyddyn" takes "dwy", "tair", "pedair" (dwy flynedd, tair blynedd), and "other" uses
# "o" with the plural (7 o flynyddoedd), which suits any number.

sobriety-title = Dyddiadau sobrwydd
sobriety-count-days = { $days ->
    [zero] { $number } diwrnod
    [one] { $number } diwrnod
    [two] { $number } ddiwrnod
    [few] { $number } diwrnod
    [many] { $number } diwrnod
   *[other] { $number } diwrnod
}
sobriety-count-today = Yn dechrau heddiw
sobriety-count-upcoming = Yn dechrau ar { $date }
sobriety-years = { $years ->
    [zero] dim blynyddoedd
    [one] un flwyddyn
    [two] dwy flynedd
    [few] tair blynedd
    [many] chwe blynedd
   *[other] { $years } o flynyddoedd
}
sobriety-months = { $months ->
    [zero] dim misoedd
    [one] un mis
    [two] dau fis
    [few] tri mis
    [many] chwe mis
   *[other] { $months } mis
}
sobriety-days = { $days ->
    [zero] dim diwrnodau
    [one] un diwrnod
    [two] dau ddiwrnod
    [few] tri diwrnod
    [many] chwe diwrnod
   *[other] { $days } diwrnod
}
sobriety-milestone-24-hours = 24 awr
sobriety-since = Ers { $date }
sobriety-next = Nesaf: { $milestone } ar { $date }
sobriety-next-in = { $days ->
    [zero] heddiw
    [one] yfory
    [two] ymhen deuddydd
    [few] ymhen tridiau
    [many] ymhen chwe diwrnod
   *[other] ymhen { $days } diwrnod
}
sobriety-milestone-today = Heddiw mae'n { $milestone }. Da iawn; cymerwch eiliad i sylwi arno.
sobriety-card-label = { $label }: { $count }. { $since }.
sobriety-card-label-next = Y garreg filltir nesaf: { $milestone } ar { $date }, { $when }.
sobriety-card-label-upcoming = { $label }: { $count }.
sobriety-action-add = Ychwanegu dyddiad
sobriety-action-edit = Golygu
sobriety-action-start-again = Dechrau eto o heddiw
sobriety-action-remove = Tynnu
sobriety-edit-label = Golygu { $label }
sobriety-start-again-label = Dechrau { $label } eto o heddiw
sobriety-remove-label = Tynnu { $label }
sobriety-start-again-title = Dechrau eto o heddiw?
sobriety-start-again-message = Bydd { $label } yn cyfrif o heddiw. Mae dod yn ôl yn rhan o adferiad, ac mae popeth rydych chi wedi'i ddysgu yn dod gyda chi.
sobriety-start-again-confirm = Dechrau o heddiw
sobriety-start-again-cancel = Ddim nawr
sobriety-remove-title = Tynnu'r dyddiad hwn?
sobriety-remove-message = Bydd { $label } a'i gyfrif yn cael eu tynnu oddi ar y ffôn hwn. Gallwch ychwanegu dyddiad eto unrhyw bryd.
sobriety-remove-confirm = Tynnu
sobriety-remove-cancel = Ei gadw
sobriety-empty-title = Dim dyddiadau eto
sobriety-empty = Dyddiad sobrwydd yw'r diwrnod y dechreuoch chi. Mae Waymark yn cyfrif y dyddiau ers hynny ac yn nodi pob carreg filltir gyda chi. Mae'n aros ar y ffôn hwn, wedi'i amgryptio.
sobriety-error = Doedd dim modd agor eich dyddiadau nawr. Maen nhw'n ddiogel ar y ffôn hwn; rhowch gynnig arall arni.
sobriety-default-label = Fy nyddiad
