# Las palabras propias de la terminal (ver en-GB/cli.ftl para el sentido de cada mensaje y sus
# variables). Los nombres de órdenes, las opciones y las rutas quedan tal cual.
# Not yet reviewed by a native speaker (see locales/README.md).

## Fuentes y sincronización

cli-source-added = Fuente { $id } añadida ({ $format }, { $program }). Ejecuta `waymark sync` para cargar sus reuniones.
cli-source-format-detected = formato detectado al sincronizar
cli-source-program-assumed = No se indicó --program, así que sus reuniones se leen como de { $program }. Si el listado es de otra comunidad, quítalo y vuelve a añadirlo con --program (na, al-anon, …).
cli-source-removed = Fuente { $id } quitada, con sus reuniones.
cli-sources-empty = Aún no hay fuentes. Añade una con `waymark source add <PATH>`.
cli-source-meetings = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
cli-source-failed = el último intento falló: { $error }
cli-source-updated = actualizada { $time }
cli-source-not-loaded = aún sin cargar: ejecuta `waymark sync`
cli-sync-unchanged = { $source }: sin cambios desde la última sincronización ({ $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
})
cli-sync-loaded = { $source }: { $count ->
    [one] { $count } reunión cargada
   *[other] { $count } reuniones cargadas
}, { $skipped } omitidas, { $warnings ->
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
} ({ $ms } ms)
cli-sync-skipped = omitida { $key }: { $reason }
cli-sync-more-skipped = … y { $count } omitidas más (ver --json)
cli-sync-note = nota { $key }: { $note }
cli-sync-note-count = nota ({ $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}): { $note }
cli-sync-more-notes = … y { $count } notas más (ver --json)
cli-sync-held-back = { $source }: retenida: { $error }
cli-sync-not-updated = { $source }: sin actualizar: { $error }. Se conservan las { $count } reuniones de la última carga buena.
cli-sync-nothing-loaded = { $source }: no se cargó nada: { $error }
cli-sync-downloading = { $source }: descargando, { $size }
cli-sync-reading = { $source }: leyendo, { $count } reuniones
cli-sync-indexing = { $source }: indexando { $count } reuniones

## Resultados de búsqueda (`waymark meetings`)

cli-meetings-none = Ninguna reunión coincide. Prueba con un horario más amplio, un radio mayor o menos filtros.
cli-meetings-closed-left-out = { $count ->
    [one] { $count } reunión cerrada temporalmente coincide, pero no se muestra (--include-closed la muestra).
   *[other] { $count } reuniones cerradas temporalmente coinciden, pero no se muestran (--include-closed las muestra).
}
cli-column-when = CUÁNDO
cli-column-meeting-time = HORA DE LA REUNIÓN (local)
cli-column-your-time = TU HORA
cli-column-name = NOMBRE
cli-column-where = DÓNDE
cli-column-how = CÓMO
cli-column-distance = DIST
cli-column-types = TIPOS / ID
cli-id = id { $id }
cli-id-also-listed = id { $id } (también listada como { $others })
cli-meetings-more = { $count ->
    [one] { $count } reunión más coincide; --limit { $limit } muestra más.
   *[other] { $count } reuniones más coinciden; --limit { $limit } muestra más.
}
cli-meetings-more-maybe = Puede que coincidan más reuniones; --limit { $limit } muestra más.
cli-meetings-more-at-least = Coinciden al menos { $count } reuniones más; --limit { $limit } muestra más.
cli-how-in-person = en persona
cli-how-online = en línea
cli-how-hybrid = en persona y en línea
cli-how-closed = cerrada temporalmente
cli-meetings-your-time = TU HORA es la de { $zone }.
cli-meetings-zone-derived = * zona horaria deducida del mapa: el listado no la da.
cli-meetings-zone-unknown = Algunas reuniones no tienen zona horaria en su listado: sus horas se muestran como si fueran de { $zone }.
cli-types-title = Tipos de reunión de { $program } (usa el código o el nombre con --type):

## Una reunión (`meeting show`, `meeting report`)

cli-meeting-report-offline = (¿sin conexión? `waymark meeting report { $id }` lo guarda hasta que lo envíes)
cli-meeting-share = compartir: { $text }
cli-report-write = Para informar de un problema con { $meeting }, escribe a { $recipient }:
cli-report-kept = Guardado como informe { $id } hasta que se envíe; luego ejecuta `waymark meeting reports --sent { $id }`.
cli-report-sent = El informe { $id } está enviado y ya no se guarda.
cli-report-not-waiting = No hay ningún informe { $id } pendiente.
cli-reports-empty = No hay informes de problemas pendientes de envío.
cli-reports-row = { $id }  { $date }  sobre { $meeting } para { $recipient }

## Mis reuniones, diario, fechas de sobriedad, personas, viajes: confirmaciones y pistas

cli-favorite-added = Añadida a mis reuniones: { $name }.
cli-favorite-already = { $name } ya está en mis reuniones.
cli-favorite-removed = Quitada de mis reuniones.
cli-favorite-hint = Añade una con `waymark favorite add <MEETING_ID>` (`waymark meetings` muestra los ids).
cli-journal-saved = Guardado. Entrada { $id }
cli-journal-argument-note = Nota: otras personas que usan este ordenador pueden ver las palabras escritas en la línea de órdenes mientras la orden se ejecuta, y pueden quedar en el historial. Para que una entrada sea privada, no la escribas como argumento: escríbela cuando se te pida o pásala por una tubería.
cli-journal-type-entry = Escribe tu entrada y pulsa Ctrl-D en una línea nueva para guardarla.
cli-journal-nothing-found = No se encontró nada.
cli-journal-trashed = Movida a la papelera. Se queda allí { $days } días; `waymark journal restore { $id }` la recupera.
cli-journal-restored = De vuelta en tu diario.
cli-journal-trash-empty = La papelera está vacía.
cli-journal-hint = Escribe una con `waymark journal add`, o mira `waymark journal prompts` para ideas.
cli-journal-exported = Escrito { $path }. Este archivo no está cifrado: guárdalo en un lugar privado.
cli-journal-when = { $date } { $time }
cli-journal-mood-short = ánimo { $mood }/5
cli-journal-craving-short = ganas { $craving }/10
cli-journal-edited = Editada { $date }
cli-journal-in-trash = En la papelera desde { $date }
cli-journal-mood = Ánimo: { $mood }/5
cli-journal-craving = Ganas de consumir: { $craving }/10
cli-journal-halt = HALT: { $words }
cli-halt-hungry = con hambre
cli-halt-angry = con enfado
cli-halt-lonely = con soledad
cli-halt-tired = con cansancio
cli-journal-meeting = Reunión: { $id }
cli-journal-tags = Etiquetas: { $tags }
cli-sober-saved = Guardada (id { $id }).
cli-sober-updated = Actualizada.
cli-sober-removed = Quitada.
cli-sober-hint = Añade una con `waymark sober add YYYY-MM-DD --label NAME`.
cli-contact-added = { $name } ({ $role }) añadido a mis personas.
cli-contact-removed = Quitado de mis personas.
cli-contact-hint = Añade a alguien con `waymark contacts add NAME --role sponsor --phone NUMBER`.
cli-next-step-person = { $name } ({ $role }): { $phone }  llamar { $call }  mensaje { $text }
cli-next-step-meeting = { $name } — { $when }, { $why }  (waymark meeting show { $id })
cli-next-step-mine = una de mis reuniones
cli-next-step-nearby = cerca de ti
cli-next-step-online = en línea
cli-ride-offer-saved = Oferta { $id } guardada: { $seats ->
    [one] { $seats } plaza
   *[other] { $seats } plazas
} para { $meeting }. Solo se comparte tu zona (aproximadamente 1 km).
cli-ride-request-saved = Petición { $id } guardada para { $meeting }. Solo se comparte tu zona (aproximadamente 1 km).
cli-ride-accept-saved = Aceptación guardada.
cli-ride-cancel-saved = Cancelación guardada para el viaje { $id }.
cli-ride-max-distance = Los viajes pueden empezar hasta a { $km } km de la reunión.
cli-ride-not-sent = Aún sin enviar ({ $error }); se enviará en el próximo `waymark ride sync`.
cli-ride-saved-offline = Guardado en este dispositivo; se enviará en el próximo `waymark ride sync --server URL`.
cli-ride-synced = Sincronizado: { $sent } enviados, { $matches ->
    [one] { $matches } coincidencia
   *[other] { $matches } coincidencias
}.
cli-ride-not-done = No se hizo: { $reason }
cli-ride-hint = Ofrece un viaje con `waymark ride offer`, o pide uno con `waymark ride request`.

## Recordatorios y calendario

cli-remind-favorite-added = { $name } añadida a mis reuniones.
cli-remind-set = Recordatorios: { $leads }.
cli-remind-skipped = Sin recordatorio para la del { $when }. Los siguientes siguen.
cli-remind-resumed = Los recordatorios vuelven a estar activos.
cli-remind-paused = Recordatorios en pausa. Vuelven el { $date }.
cli-remind-cleared = No habrá más recordatorios para esa reunión.
cli-remind-daily = Recordatorio diario a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }: { $label }.
cli-remind-discreet-on = Los recordatorios en la pantalla de bloqueo solo dicen la hora, p. ej. «{ $example }».
cli-remind-discreet-off = Los recordatorios en la pantalla de bloqueo nombran la reunión. `remind discreet on` vuelve a ocultarla.
cli-remind-working = Los recordatorios funcionan.
cli-remind-empty = Aún no hay recordatorios. `waymark remind set <MEETING_ID> --before 60m` añade uno.
cli-remind-daily-row = diario  { $time }  { $label }
cli-remind-paused-until = En pausa hasta el { $date }.
cli-remind-plan-empty = No hay recordatorios en las próximas { $horizon }.
cli-remind-plan-cut = { $count } recordatorios más caen en este periodo; un teléfono solo guarda los próximos { $max }.
cli-remind-plan-assumed-zone = { $id } no tiene zona horaria en su listado; sus recordatorios suponen una.
cli-remind-plan-unplannable = { $id }: sin recordatorios ({ $reason }).
cli-remind-plan-when = { $date } { $time }
cli-calendar-wrote = { $count ->
    [one] { $count } reunión escrita
   *[other] { $count } reuniones escritas
} en { $path }.
cli-calendar-discreet = Discreto, como tus recordatorios: cada evento se llama «{ $summary }» y no incluye el nombre ni las notas de la reunión. `--detailed` los incluye.

## Copia de seguridad y baúl

cli-vault-passphrase-choose = Elige una frase de contraseña para tu baúl privado:{ " " }
cli-vault-passphrase-open = Frase de contraseña del baúl:{ " " }
cli-passphrase-again = Escríbela otra vez, para asegurarnos:{ " " }
cli-vault-created = Tu baúl privado se creó en { $path }. Está cifrado con tu frase de contraseña: guárdala bien, porque sin ella el baúl no se puede abrir.
cli-backup-passphrase-new = Elige una frase de contraseña para esta copia:{ " " }
cli-backup-passphrase = Frase de contraseña de la copia:{ " " }
cli-vault-passphrase-new = Nueva frase de contraseña:{ " " }
cli-backup-written = Copia escrita en { $path }: { $journal ->
        [one] { $journal } entrada del diario
       *[other] { $journal } entradas del diario
    }, { $favorites } de mis reuniones, { $sobriety ->
        [one] { $sobriety } fecha de sobriedad
       *[other] { $sobriety } fechas de sobriedad
    }, { $reminders ->
        [one] { $reminders } recordatorio
       *[other] { $reminders } recordatorios
    }, { $contacts ->
        [one] { $contacts } persona de mi lista
       *[other] { $contacts } personas de mi lista
    }.
cli-backup-keep-passphrase = Guarda bien su frase de contraseña: sin ella la copia no se puede restaurar.
cli-restored = Restaurado. Diario: { $journalAdded } añadidas, { $journalUpdated } actualizadas, { $journalUnchanged } ya estaban. Mis reuniones: { $favorites } añadidas. Fechas de sobriedad: { $sobrietyAdded } añadidas, { $sobrietyUpdated } actualizadas. Recordatorios: { $reminders } añadidos. Mis personas: { $contacts } añadidas.
cli-restored-not-synced = Mis reuniones dirán «aún sin sincronizar» hasta que se carguen sus listados (`waymark source add` y `waymark sync`).
cli-restored-settings-kept = Ajustes que se quedan como están en este dispositivo: { $settings }. Una restauración nunca trae datos de viajes compartidos ni hace los recordatorios menos discretos; `waymark remind discreet off` lo hace si lo quieres.
cli-passphrase-changed = Frase de contraseña cambiada. Usa la nueva a partir de ahora.

## Zonas de un relé

cli-area-added = Zona { $id } añadida ({ $label }): { $tiles } teselas de { $relay }, y las reuniones en línea. `waymark sync` trae sus reuniones.
cli-areas-empty = Aún no hay zonas. `waymark area add --relay URL --relay-key KEY --near LAT,LON` añade una.
cli-area-row = { $id }  { $label }  { $tiles } teselas  { $relay }
cli-area-removed = Zona { $id } quitada.
cli-area-sources-empty = Aún no hay nada de un relé: añade una zona y luego `waymark sync`.

## Un relé, el catálogo, la demostración

cli-relay-key-written = Clave secreta escrita en { $path } (solo tú puedes leerla). Guarda una copia en un lugar seguro: los teléfonos solo confían en esta clave, y una clave perdida no se puede recuperar.
cli-relay-public-key = Clave pública (para los teléfonos):
cli-catalogue-problems = { $path } tiene { $count ->
    [one] { $count } problema, indicado arriba
   *[other] { $count } problemas, indicados arriba
}
cli-relay-catalogue-problems = { $path } tiene { $count ->
    [one] { $count } problema, indicado arriba; no se construyó nada
   *[other] { $count } problemas, indicados arriba; no se construyó nada
}
cli-relay-source-failed = { $id }: { $why } (funcionó por última vez: { $when })
cli-relay-never = nunca
cli-relay-error-offline = no se pudo llegar al servidor
cli-relay-error-timeout = el servidor no respondió a tiempo
cli-relay-error-http = el servidor respondió con un error
cli-relay-error-invalid-data = la respuesta no era un listado utilizable
cli-relay-error-suspicious = el listado se redujo drásticamente, así que se conservaron sus reuniones anteriores
cli-relay-error-invalid-input = rechazada: su dirección o sus ajustes no están permitidos
cli-relay-error-other = falló
cli-relay-published = publicada la versión { $version }: { $tiles } teselas, { $meetings } reuniones ({ $changed } cambiadas), { $sources } fuentes ({ $failing } con fallos)
cli-relay-unchanged = nada cambió; sigue la versión { $version }: { $tiles } teselas, { $meetings } reuniones ({ $changed } cambiadas), { $sources } fuentes ({ $failing } con fallos)
cli-catalogue-ok = catálogo correcto: { $count } fuentes (por programa: { $programs }; por formato: { $formats })
cli-generated = { $count } reuniones sintéticas escritas en { $path }
cli-demo-intro = Demostración de Waymark: { $count } reuniones sintéticas en { $cities } ciudades, guardadas en { $path }
cli-demo-loaded = (cargado en { $seconds } s)
cli-demo-found = ({ $count } encontradas en { $ms } ms)
cli-demo-search-now = En curso o empezando en las próximas 3 horas, a menos de 25 km del centro de Filadelfia
cli-demo-search-online = Reuniones en español a las que unirse en línea el martes, vistas desde Londres
cli-demo-search-women = Reuniones de mujeres con acceso en silla de ruedas a menos de 40 km de Aberystwyth
cli-demo-search-text = Texto libre, sin importar los acentos: «cafe serenite» encuentra «Café» y «Sobriété»
cli-demo-try = Prueba tú: waymark --data-dir { $path } meetings --help

## Palabras de la tabla, errores de uso y de archivos

cli-all-day = todo el día
cli-zone-unknown = zona desconocida
cli-usage-point = { $flag } { $value } debe ser LAT,LON
cli-usage-not-a-point = { $flag } { $value } no es un punto utilizable: latitud de −90 a 90, longitud de −180 a 180
cli-usage-one-of = { $flag } { $value }: use { $options }
cli-usage-not-a-date = { $flag } { $value } no es una fecha: use YYYY-MM-DD
cli-usage-not-a-time = { $value } no es una hora del día como 21:00
cli-usage-not-a-duration = { $flag } { $value } no es una duración como { $example }
cli-usage-between = { $flag } debe estar entre { $min } y { $max }
cli-usage-needs = { $flag } necesita { $other }
cli-usage-pattern = { $flag } { $value } debe ser { $pattern }
cli-usage-not-a-weekday = { $flag } { $value } no es un día de la semana: use un nombre (tue, tuesday) o de 0 (domingo) a 6
cli-usage-type = --type: { $problem }; `waymark types` las enumera
cli-usage-not-saved = { $id } no está en mis reuniones
cli-usage-no-vault = todavía no hay ninguna caja fuerte aquí
cli-cannot-create = no se puede crear { $path }
cli-cannot-write = no se puede escribir { $path }
cli-cannot-create-data = no se puede crear la carpeta de datos { $path }
cli-no-data-dir = no hay carpeta de datos: indique --data-dir DIR
cli-stdin-unreadable = no se pudo leer la entrada desde la entrada estándar
cli-cannot-read = no se pudo leer { $path }: { $detail }
cli-usage-no-terminal = no hay terminal para pedir la frase de contraseña: defina { $var }
cli-usage-passphrases-differ = las dos frases de contraseña no coinciden; no ha cambiado nada
cli-usage-no-longer-listed = { $id } ya no aparece en su lista, así que no se puede añadir
cli-usage-no-meeting = no hay ninguna reunión { $id }: `waymark meetings` muestra los identificadores
cli-usage-entry-too-long = una entrada admite hasta { $max } caracteres; esta es más larga
cli-usage-not-on-day = { $name } no se reúne el { $day }; --days debe estar entre sus días
cli-usage-no-reminders = { $id } no tiene recordatorios
cli-usage-at-least = { $flag } debe ser al menos { $min }
cli-usage-null-island = { $flag } { $value } es un punto que las listas usan cuando no tienen ubicación (0,0 está en el mar frente a África occidental), no un lugar real: indique la latitud y la longitud de donde está
cli-usage-not-km = { $value } no es un número de kilómetros (o `default`)
cli-usage-no-server = no hay servidor de viajes compartidos: indique --server URL o defina WAYMARK_SERVER
cli-usage-unknown-zone = zona horaria desconocida { $value }: use un nombre IANA como Europe/London
