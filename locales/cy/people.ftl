# Sgrin y bobl i'w ffonio (gweler en-GB/people.ftl am ystyr pob neges a'i newidynnau).
# Not yet reviewed by a native speaker (see locales/README.md).
# Welsh has six plural categories; the numbers here ($min, $max, $count) are never small, so
# each message keeps one form.

people-title = Pobl i'w ffonio
people-role-sponsor = Noddwr
people-role-friend = Ffrind
people-role-helpline = Llinell gymorth
people-role-other = Arall
people-row-label = { $role ->
    [sponsor] { $name }, noddwr, { $phone }
    [friend] { $name }, ffrind, { $phone }
    [helpline] { $name }, llinell gymorth, { $phone }
   *[other] { $name }, { $phone }
}
people-action-add = Ychwanegu rhywun
people-action-call = Ffonio
people-action-text = Tecstio
people-action-remove = Tynnu
people-call-label = { $role ->
    [sponsor] Ffonio { $name }, noddwr
    [friend] Ffonio { $name }, ffrind
    [helpline] Ffonio { $name }, llinell gymorth
   *[other] Ffonio { $name }
}
people-text-label = { $role ->
    [sponsor] Tecstio { $name }, noddwr
    [friend] Tecstio { $name }, ffrind
    [helpline] Tecstio { $name }, llinell gymorth
   *[other] Tecstio { $name }
}
people-remove-label = Tynnu { $name }
people-remove-title = Tynnu { $name } oddi ar eich rhestr?
people-remove-message = Bydd { $name } yn cael ei dynnu oddi ar restr y ffôn hwn. Does dim byd yn cael ei anfon ato.
people-remove-confirm = Tynnu
people-remove-cancel = Ei gadw
people-number-unusable = Does dim modd deialu'r rhif hwn fel mae wedi'i ysgrifennu. I ffonio neu decstio, tynnwch e a'i ychwanegu eto gyda rhwng { $min } a { $max } digid.
people-full = Mae lle i hyd at { $count } o bobl ar eich rhestr. Tynnwch rywun i ychwanegu rhywun arall.
people-empty-title = Neb yma eto
people-empty = Ychwanegwch eich noddwr, ffrind neu linell gymorth, fel eu bod nhw un tap i ffwrdd pan fydd eu hangen arnoch chi. Mae'r rhestr hon yn aros ar y ffôn hwn, wedi'i hamgryptio, a dydy hi byth yn cael ei hanfon i unman.
people-error = Doedd dim modd agor eich rhestr nawr. Mae'n ddiogel ar y ffôn hwn; rhowch gynnig arall arni.
