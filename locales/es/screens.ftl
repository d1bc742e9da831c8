# Las palabras de las pantallas (ver en-GB/screens.ftl para el sentido de cada mensaje).
# Not yet reviewed by a native speaker (see locales/README.md).

## Pantalla de reuniones

meetings-title = Reuniones
meetings-search-placeholder = Busca por nombre, lugar o tipo
meetings-search-clear = Borrar la búsqueda
meetings-section-now = Ahora mismo
meetings-section-later-today = Más tarde hoy
meetings-section-tomorrow = Mañana
meetings-section-this-week = Esta semana
meetings-filter-in-person = Presencial
meetings-filter-online = En línea
meetings-filter-near-me = Cerca de mí
meetings-filter-type = { $name }
meetings-more = { $count ->
    [one] Hay una reunión más que coincide.
   *[other] Hay { $count } reuniones más que coinciden.
}
meetings-more-at-least = Hay más reuniones que coinciden.
meetings-show-more = Mostrar más
meetings-empty-setup-title = Aún no hay reuniones en este teléfono
meetings-empty-setup = Elige tu zona y aquí llegarán las reuniones cercanas. Se quedan en el teléfono, así que puedes encontrar una sin cobertura.
meetings-empty-match-title = Ninguna reunión coincide
meetings-empty-match = Prueba con menos filtros u otra palabra. Las reuniones en línea están abiertas a todo el mundo, estés donde estés.
meetings-empty-closed = { $count ->
    [one] Una reunión cerrada temporalmente coincide; no se muestra.
   *[other] { $count } reuniones cerradas temporalmente coinciden; no se muestran.
}
meetings-empty-week = No hay reuniones en los próximos siete días. Prueba sin filtros o mira las reuniones en línea.
meetings-stale = { $days ->
    [one] Estas reuniones se actualizaron ayer. Los horarios pueden haber cambiado.
   *[other] Estas reuniones se actualizaron hace { $days } días. Los horarios pueden haber cambiado.
}
meetings-stale-never = Estas reuniones aún no se han actualizado.
meetings-sync-failed = Algunas reuniones no se han podido actualizar ahora. Se conservan las que hay en el teléfono.
meetings-error = No se han podido leer las reuniones ahora. Inténtalo de nuevo.
meetings-summary = { $count ->
    [0] No se muestra ninguna reunión.
    [one] Se muestra una reunión.
   *[other] Se muestran { $count } reuniones.
}
meetings-zone-note = Algunas reuniones no indican zona horaria: sus horas se muestran como si fueran de la tuya.
meetings-derived-note = Algunas zonas horarias se han deducido del lugar de la reunión en el mapa.

## Acciones

action-clear-filters = Quitar filtros
action-choose-area = Elige tu zona
action-try-again = Reintentar
action-update-now = Actualizar ahora
action-directions = Cómo llegar
action-join = Unirse en línea
action-call = Llamar
action-share = Compartir
action-report = Informar de un problema con este anuncio
action-remind = Recordármelo
action-rides = Buscar u ofrecer transporte
action-website = Sitio web
action-skip-next = Saltar el próximo
action-stop-reminding = Dejar de recordármelo
action-add-to-calendar = Añadir al calendario

# Siempre tras "a" o "para": "escribe a los editores…".
report-to = { $channel ->
    [email] los editores del anuncio ({ $to })
    [feedback_page] la página de comentarios de la reunión ({ $to })
   *[source_site] la web de la que viene esta lista ({ $to })
}

## Etiquetas

badge-now = Ahora
badge-online = En línea
badge-hybrid = En línea y presencial
badge-closed = Cerrada temporalmente

row-label-place = { $name }, { $when }, { $place }
row-label-place-distance = { $name }, { $when }, { $place }, { $distance }

## Pantalla de una reunión

meeting-next = Próxima: { $when }
meeting-by-appointment = Con cita previa
meeting-all-day = todo el día
meeting-schedule = { $days }, { $times } ({ $zone })
meeting-schedule-local = { $days }, { $times } (hora local)
meeting-local-time = hora local
meeting-times-range = { $start }–{ $end }
meeting-days-list = { $first } y { $last }
meeting-day-0 = domingo
meeting-day-1 = lunes
meeting-day-2 = martes
meeting-day-3 = miércoles
meeting-day-4 = jueves
meeting-day-5 = viernes
meeting-day-6 = sábado
meeting-heading-about = Sobre esta reunión
meeting-heading-place = Cómo encontrar la sala
meeting-heading-join = Unirse en línea
meeting-heading-phone = Unirse por teléfono
meeting-heading-group = Grupo
meeting-closed = Este lugar está marcado como cerrado temporalmente. Consulta con el grupo antes de ir.
meeting-approximate = El anuncio solo indica la zona, no el lugar exacto: consulta con el grupo antes de ir.
meeting-zone-derived = La zona horaria se ha deducido del lugar de la reunión en el mapa.
meeting-zone-unknown = El anuncio no indica zona horaria, así que las horas se muestran como si fueran de la tuya.
meeting-listed-by = Publicada por { $source }
meeting-also-listed = También publicada por { $sources }
meeting-updated = Anuncio modificado por última vez el { $date }
meeting-gone-title = Esta reunión ya no aparece
meeting-gone = Puede que se haya trasladado, cambiado de nombre o cerrado. Tus otras reuniones no se ven afectadas.

## Pantalla de recordatorios

reminders-title = Recordatorios
reminders-empty-title = Aún no hay recordatorios
reminders-empty = Abre una de tus reuniones y elige «Recordármelo».
reminders-lead-minutes = { $minutes ->
    [one] 1 minuto antes
   *[other] { $minutes } minutos antes
}
reminders-lead-hours = { $hours ->
    [one] 1 hora antes
   *[other] { $hours } horas antes
}
reminders-lead-hours-minutes = { $hours } h { $minutes } min antes
reminders-discreet = Discreto en la pantalla de bloqueo
reminders-detailed = Muestra el nombre de la reunión en la pantalla de bloqueo
reminders-skipped = Esta semana no
reminders-not-listed = Esta reunión ya no aparece; sus recordatorios esperan hasta que vuelva.
reminders-paused = Los recordatorios están en pausa hasta el { $date }.
reminders-notifications-off = Las notificaciones de Waymark están desactivadas, así que los recordatorios no pueden aparecer.
reminders-exact-off = Los recordatorios pueden llegar unos minutos tarde porque las alarmas exactas no están permitidas.
reminders-cap = { $count ->
    [one] Solo cabe el próximo recordatorio en este teléfono; los siguientes se programan cuando suene.
   *[other] Solo caben los próximos { $count } recordatorios en este teléfono; los siguientes se programan cuando suenen.
}
reminders-missed = { $count ->
    [one] Un recordatorio no apareció cuando debía.
   *[other] { $count } recordatorios no aparecieron cuando debían.
}
action-turn-on-notifications = Activar las notificaciones
action-allow-exact-alarms = Permitir alarmas exactas
action-resume-reminders = Reanudar los recordatorios
# After "Remind me": $leads is "1 hour before and 15 minutes before", already worded.
reminders-set = Recibirás un recordatorio { $leads }.
reminders-daily-when = Todos los días a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }
action-pause-week = Pausar una semana
action-add-daily-checkin = Recordarme hacer una revisión todos los días a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }

## Pantalla del diario

journal-title = Diario
journal-trash-title = Papelera
journal-search-placeholder = Busca en tu diario
journal-kind-note = Nota
journal-kind-checkin = Registro del día
journal-kind-gratitude = Gratitud
journal-kind-review = Repaso nocturno
journal-kind-meeting = Reflexión sobre una reunión
journal-today = Hoy
journal-yesterday = Ayer
journal-mood = Ánimo { $mood } de 5
journal-craving = Ganas de consumir { $craving } de 10
journal-row-label = { $kind }, { $time }: { $preview }
journal-empty-title = Aún no has escrito nada
journal-empty = Lo que escribes se queda en este teléfono, cifrado. Unas pocas palabras al día bastan.
journal-empty-match-title = Ninguna entrada coincide
journal-empty-match = Prueba con otra palabra o con todos los tipos de entrada.
journal-trash-note = { $days ->
    [one] Las entradas de la papelera se borran definitivamente al cabo de un día.
   *[other] Las entradas de la papelera se borran definitivamente a los { $days } días.
}
journal-trash-empty = La papelera está vacía.
journal-error = No se ha podido abrir tu diario ahora. No se ha perdido nada; inténtalo de nuevo.
action-write = Escribir
action-open-trash = Papelera
action-back-to-journal = Volver al diario
action-open-entry = Abrir
action-move-to-trash = Mover a la papelera
action-restore-entry = Restaurar

## My meetings screen
my-meetings-title = Mis reuniones
my-meetings-empty-title = Aún no has guardado ninguna reunión
my-meetings-empty = Guarda una reunión desde su página y aparecerá aquí, con su próxima fecha. Esta lista se queda en este teléfono.
my-meetings-error = No se han podido leer tus reuniones guardadas ahora. No se ha perdido nada; inténtalo de nuevo.
my-meetings-unlisted-since = La lista de su grupo dejó de mostrarla el { $date }. Estos son los últimos datos que teníamos.
my-meetings-unlisted = La lista de su grupo ya no la muestra. Estos son los últimos datos que teníamos.
my-meetings-not-synced = Aún no se ha actualizado en este teléfono. Estos son los datos que guardaste.
my-meetings-row-label = { $name }, { $when }. { $status }
my-meetings-summary = { $count ->
    [0] Ninguna reunión guardada.
    [one] Una reunión guardada.
   *[other] { $count } reuniones guardadas.
}
action-find-meetings = Buscar reuniones
action-remove-saved = Quitar de mis reuniones

## Settings screen
settings-title = Ajustes
settings-section-language = Idioma
settings-section-privacy = Privacidad
settings-section-rides = Viajes compartidos
settings-section-data = Tus datos
settings-language = Idioma
settings-language-phone = El idioma del teléfono ({ $language })
settings-discreet = Recordatorios discretos
settings-discreet-on = La pantalla de bloqueo solo muestra «Recordatorio» y la hora.
settings-discreet-off = La pantalla de bloqueo muestra el nombre y el lugar de la reunión.
settings-app-lock = Bloqueo de la app
settings-app-lock-detail = Pedir tu huella, tu cara o el PIN del teléfono al abrir Waymark.
settings-ride-server = Servidor de viajes compartidos
settings-ride-server-none = Sin configurar
settings-ride-server-detail = Allí se emparejan los viajes. Nunca ve tu casa: solo una zona aproximada cerca de la reunión.
settings-backup = Hacer una copia de seguridad
settings-backup-detail = Un archivo cifrado que guardas tú. Restáuralo en cualquier teléfono con su frase de contraseña.
settings-restore = Restaurar una copia de seguridad
settings-restore-detail = Recupera el diario, las fechas, las reuniones guardadas y las personas de una copia, junto a lo que ya hay aquí.
settings-export = Exportar mi diario
settings-export-detail = Una copia legible, sin cifrar: guárdala en un lugar seguro.
settings-delete = Borrarlo todo
settings-delete-detail = Tu diario, fechas de sobriedad, reuniones guardadas, recordatorios, viajes y personas a las que llamar, de este teléfono.
settings-on = Activado
settings-off = Desactivado
settings-row-label = { $label }: { $value }
settings-delete-confirm-title = ¿Borrarlo todo en este teléfono?
settings-delete-confirm = Se borrarán de este teléfono tu diario, fechas de sobriedad, reuniones guardadas, recordatorios, ofertas y peticiones de viaje y personas a las que llamar. Una copia de seguridad que hayas hecho no se toca, y la lista de reuniones se queda: no guarda nada sobre ti. Los viajes ya enviados al servidor no se cancelan allí. No se puede deshacer.
settings-delete-confirm-yes = Borrarlo todo
settings-delete-confirm-no = Conservarlo todo
settings-error = No se han podido leer tus ajustes ahora. No se ha perdido nada; inténtalo de nuevo.

## Areas screen (first run, then where the meetings come from)
areas-title = Tus zonas
areas-welcome-title = Encuentra reuniones cerca de ti
areas-welcome = Waymark guarda en este teléfono las reuniones cercanas, para que encuentres una incluso sin cobertura. Elige tu zona una vez: sus reuniones se mantendrán al día solas.
areas-privacy = Solo se pide una zona amplia, de unos 100 km. Tu ubicación exacta se queda en este teléfono.
areas-meetings = { $count ->
    [0] Aún no hay reuniones
    [one] Una reunión
   *[other] { $count } reuniones
}
areas-updated = { $days ->
    [0] Actualizada hoy
    [one] Actualizada ayer
   *[other] Actualizada hace { $days } días
}
areas-never-updated = Aún sin actualizar
areas-update-failed = No se ha podido actualizar ahora; sus reuniones en este teléfono se conservan.
areas-row-label = { $name }: { $meetings }. { $updated }
areas-error = No se han podido leer tus zonas ahora. No se ha perdido nada; inténtalo de nuevo.
action-use-location = Usar mi ubicación una vez
action-choose-on-map = Elegir otro lugar
action-add-feed = Añadir una fuente por su dirección
action-remove-area = Quitar esta zona
action-remove-feed = Quitar esta fuente
