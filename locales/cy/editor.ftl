# Golygydd y cofnodion a'r cwestiynau (gweler en-GB/editor.ftl am ystyr pob neges).
# Not yet reviewed by a native speaker (see locales/README.md).

## Prompts: a template's heading, then its questions in order
template-daily-checkin = Gwirio i mewn dyddiol
template-daily-checkin-1 = Beth fyddai'n helpu heddiw?
template-daily-checkin-2 = Unrhyw beth arall ar eich meddwl?
template-gratitude = Rhestr diolchgarwch
template-gratitude-1 = Rhywbeth aeth yn dda heddiw
template-gratitude-2 = Rhywun rydych chi'n falch sydd yn eich bywyd
template-gratitude-3 = Rhywbeth bach y sylwoch chi arno ac a hoffoch chi
template-nightly-review = Adolygiad nosweithiol
template-nightly-review-1 = Beth aeth yn dda heddiw?
template-nightly-review-2 = Oedd yna eiliad y byddech chi'n ei thrin yn wahanol?
template-nightly-review-3 = Oes rhywun yr hoffech chi siarad ag ef, neu unioni rhywbeth ag ef?
template-nightly-review-4 = Beth rydych chi'n edrych ymlaen ato yfory?
template-meeting-reflection = Myfyrio ar gyfarfod
template-meeting-reflection-1 = Beth glywsoch chi a arhosodd gyda chi?
template-meeting-reflection-2 = Sut oeddech chi'n teimlo cyn ac ar ôl y cyfarfod?
template-meeting-reflection-3 = Unrhyw beth yr hoffech chi roi cynnig arno'r wythnos hon?
template-step-work = Nodiadau gwaith y camau
template-step-work-1 = Ar ba gam neu bwnc rydych chi'n gweithio?
template-step-work-2 = Beth ddaeth i'r meddwl wrth feddwl amdano?
template-step-work-3 = Beth hoffech chi ei drafod gyda'ch noddwr neu ffrind?

## Entry editor
editor-title-new = { $kind ->
    [checkin] Gwirio i mewn newydd
    [gratitude] Rhestr diolchgarwch newydd
    [review] Adolygiad newydd
    [meeting] Myfyrdod newydd ar gyfarfod
   *[note] Nodyn newydd
}
editor-title-edit = Golygu'r cofnod
editor-mood = Sut mae eich hwyliau?
editor-mood-low = Isel iawn
editor-mood-high = Da iawn
editor-craving = Pa mor gryf yw unrhyw chwant?
editor-craving-low = Dim
editor-craving-high = Llethol
editor-halt = Ar hyn o bryd, ydych chi…
editor-hungry = Llwglyd
editor-angry = Dig
editor-lonely = Unig
editor-tired = Blinedig
editor-text = Unrhyw beth rydych chi am ei ysgrifennu
editor-text-placeholder = Mae ychydig eiriau'n ddigon.
editor-no-prompts = Dim cwestiynau
editor-privacy = Dim ond chi all ddarllen hwn. Mae'n aros ar y ffôn hwn, wedi'i amgryptio.
editor-save = Cadw
editor-cancel = Canslo
editor-discard-title = Gadael heb gadw?
editor-discard = Fydd yr hyn ysgrifennoch chi yma ddim yn cael ei gadw.
editor-discard-yes = Gadael heb gadw
editor-discard-no = Dal ati i ysgrifennu
editor-not-found = Dydy'r cofnod hwn ddim yn eich dyddlyfr mwyach. Efallai iddo gael ei ddileu yn fwriadol, neu ei wagio o'r sbwriel.
editor-error = Doedd dim modd agor eich dyddlyfr nawr. Does dim byd wedi'i golli; rhowch gynnig arall arni.

next-step = Diolch am wirio i mewn. Mae hon yn swnio fel adeg anodd, a gall fynd heibio; does dim rhaid i chi ddod drwyddi ar eich pen eich hun. { $offer ->
    [both] Gallech ffonio neu decstio rhywun ar eich rhestr nawr, neu fynd i gyfarfod sy'n dechrau cyn bo hir.
    [people] Gallech ffonio neu decstio rhywun ar eich rhestr nawr.
    [meeting] Mae cyfarfod yn dechrau cyn bo hir y gallech fynd iddo.
   *[none] Gallech ychwanegu noddwr, ffrind neu linell gymorth at eich rhestr, fel eu bod un tap i ffwrdd pan fyddwch eu heisiau.
}

## Allforio'r dyddlyfr fel Markdown

export-md-title = Fy nyddlyfr Waymark
export-md-exported = Allforiwyd { $date }, { $time }.
export-md-sobriety = Dyddiadau sobrwydd
export-md-since = { $label }: ers { $date }
export-md-meetings = Fy nghyfarfodydd
export-md-journal = Dyddlyfr
export-md-empty = Dim cofnodion eto.
export-md-mood = Hwyliau { $mood }/5
export-md-craving = Chwant { $craving }/10
export-md-halt = HALT: { $felt }
export-md-meeting = Cyfarfod: { $id }
export-md-tags = Tagiau: { $tags }
export-md-edited = Golygwyd { $date }, { $time }
