# Los errores, en palabras con las que una persona puede hacer algo (ver en-GB/errors.ftl
# para el sentido de cada mensaje y sus valores).
# Not yet reviewed by a native speaker (see locales/README.md).
# Los mensajes `cli-error-` son de la línea de órdenes: sus opciones (--format…) quedan tal cual.

## Descargar y leer una lista

error-fetch-offline = No se pudo conectar con el servidor; no ha cambiado nada. Compruebe la conexión y vuelva a intentarlo más tarde
error-fetch-timeout = El servidor no respondió a tiempo; no ha cambiado nada, así que vuelva a intentarlo más tarde
error-fetch-status = El servidor respondió { $status }; no ha cambiado nada
error-fetch-too-large = La lista ocupa más de { $max } bytes, así que no se leyó; no ha cambiado nada
error-fetch-bad-address = { $address } no es una dirección web (https://…)
error-fetch-insecure-redirect = El servidor envió una petición segura a una dirección que no lo es, así que no se siguió
error-sync-cancelled = La actualización se detuvo; se conservan las reuniones que tenía
error-feed-invalid = La lista { $format } no es válida ({ $detail }); se conservan las reuniones que tenía
error-feed-unreadable = No se pudo leer la lista ({ $detail }); se conservan las reuniones que tenía
error-feed-not-saved = No se pudo guardar la lista ({ $detail }); se conservan las reuniones que tenía
error-feed-reader-stopped = La lectura de la lista se detuvo de forma inesperada; se conservan las reuniones que tenía

## Datos del relé

error-relay-not-data = El relé envió una página web en lugar de datos de reuniones; puede que su dirección esté mal
error-relay-truncated = Los datos del relé llegaron incompletos; se volverán a descargar
error-relay-too-large = Los datos del relé ocupan más de { $max } bytes y no se leyeron
error-relay-damaged = Los datos del relé están dañados ({ $detail }); se conserva lo que tenía el teléfono
error-relay-newer-format = El relé usa un formato más nuevo ({ $found }) que esta versión de Waymark ({ $supported }); actualice la aplicación
error-relay-bad-signature = La firma del relé no coincide con su clave, así que sus datos no se usaron
error-relay-bad-key = Eso no es una clave de relé de Waymark: { $detail }
error-relay-wrong-base = Esta actualización es para otra versión de la zona; hace falta la zona completa
error-relay-hash-mismatch = Los datos del relé no coinciden con su manifiesto, así que no se usaron
error-relay-rollback = El relé ofreció datos más antiguos (versión { $offered }) que los de este teléfono (versión { $have }); se conserva lo que tiene el teléfono

## Los errores del núcleo

error-suspicious = { $now ->
    [one] La lista tiene ahora 1 reunión en lugar de { $previous }; se conservan las { $previous } anteriores
   *[other] La lista tiene ahora { $now } reuniones en lugar de { $previous }; se conservan las { $previous } anteriores
}
error-unknown-format = No se pudo reconocer el formato de { $subject }
error-meeting-without-zone = { $meeting } no tiene zona horaria, así que sus horas no se pueden exportar
error-formats-file-as-feed = { $subject } es una respuesta GetFormats de BMLT, no una lista de reuniones: va junto a la lista BMLT que describe, como su archivo de formatos
error-wrong-key = Frase de contraseña o clave incorrecta: la bóveda no se abrió y no ha cambiado nada
error-wrong-backup-passphrase = Frase de contraseña de la copia incorrecta (o el archivo cambió): no se restauró nada
error-storage = El almacenamiento de Waymark falló ({ $detail }); no ha cambiado nada
error-io = Waymark no pudo leer o escribir un archivo ({ $detail })
error-ride-start-too-far = Ese punto de salida está a unos { $distance } km de la reunión; los viajes salen a menos de { $limit } km
error-meeting-already-started = Esa reunión ya ha empezado en esa fecha; elija una fecha posterior
error-unknown-ride = No hay ningún viaje con ese identificador en este dispositivo
error-unknown-match = No hay ninguna coincidencia con ese identificador en este dispositivo; sincronice para ver las nuevas
error-schema-too-new = Estos datos los escribió una versión más nueva de Waymark (esquema { $found }; esta versión conoce el { $supported }); actualice la aplicación. No ha cambiado nada

## Las palabras de los teléfonos

error-app-suspicious = { $now ->
    [one] La lista de reuniones tiene ahora 1 reunión en lugar de { $previous }, lo que parece un error de la lista, así que se conservan las { $previous } que tenía.
   *[other] La lista de reuniones tiene ahora { $now } reuniones en lugar de { $previous }, lo que parece un error de la lista, así que se conservan las { $previous } que tenía.
}
error-app-unknown-format = Waymark no pudo reconocer el formato de { $subject }. Lee listas de reuniones de Meeting Guide, BMLT y TSML.
error-app-meeting-without-zone = { $meeting } no tiene zona horaria, así que no se puede añadir a un calendario. Indique una zona horaria para su lista de reuniones y vuelva a intentarlo.
error-app-cancelled = La sincronización se detuvo; se conservan las reuniones que tenía.

## Archivos y listas

error-service-bodies = { $subject } parece una respuesta GetServiceBodies de BMLT, no una lista de reuniones
error-file-too-large = Este archivo ocupa { $size } MB; Waymark lee hasta { $max } MB
error-file-unreadable = No se puede leer { $path } ({ $detail })
error-feed-file-missing = No hay ningún archivo de lista en { $path }
error-formats-file-missing = No hay ningún archivo GetFormats en { $path }
error-program-invalid = { $program } no es el nombre de un programa: use un nombre corto como aa, na o al-anon
error-source-location-missing = La fuente necesita la ruta de un archivo o una dirección web
error-source-not-found = No hay ninguna fuente con ese identificador; no ha cambiado nada
error-zone-unknown = Zona horaria desconocida { $zone }: use un nombre como America/New_York o Europe/Madrid
error-meeting-not-found = No hay ninguna reunión con ese identificador; puede que ya no figure en la lista
error-directory-schema = No hay forma de actualizar el esquema { $version } del directorio; no ha cambiado nada
error-report-nowhere = La lista de esta reunión no indica a quién avisar de un problema, y no viene de un sitio web
error-reports-waiting = Ya hay { $max } avisos de problemas esperando a enviarse; envíe algunos primero

## Buscar en el directorio

error-upcoming-range = El tiempo en el que buscar reuniones debe estar entre 1 minuto y 7 días
error-start-minute-range = Una hora de inicio es un minuto del día, de 0 (00:00) a 1439 (23:59)
error-start-range-half = Indique los dos extremos del intervalo de horas de inicio
error-search-point = El punto de búsqueda no sirve: { $problem ->
    [missing] faltan sus coordenadas
    [not-a-number] sus coordenadas no son números
    [out-of-range] sus coordenadas están fuera de rango
    [null-island] es 0,0, que no es un lugar real
   *[placeholder] es un punto de relleno conocido
}
error-radius-range = El radio debe estar entre 0 y 20000 km
error-weekday-range = Los días de la semana van del 0 (domingo) al 6 (sábado)
error-type-empty = Un tipo de reunión no puede estar vacío
error-type-unknown = No hay ningún tipo de reunión llamado { $name }
error-type-ambiguous = { $name } puede ser { $options }
error-type-too-many = { $name } coincide con { $count } tipos de reunión; escriba más del nombre
error-time-of-day-invalid = { $value } no es una hora del día como 18:00

error-date-invalid = { $value } no es una fecha como 2026-11-22
error-sync-stopped = La actualización se detuvo de forma inesperada; se conservan las reuniones que tenía

## Recordatorios

error-calendar-no-weekly-time = { $meeting } no tiene día ni hora semanal, así que no puede ir en un calendario
error-lead-missing = Indique cuánto antes de la reunión debe llegar el recordatorio, p. ej. 60m
error-lead-too-long = Un recordatorio puede ser como mucho dos días antes de la reunión
error-leads-too-many = Hasta { $max } recordatorios por reunión
error-reminder-not-favourite = Los recordatorios son para mis reuniones: añada primero la reunión a favoritas
error-reminder-none = No hay recordatorios para esa reunión
error-not-in-my-meetings = Esa reunión no está en mis reuniones
error-no-weekly-time-to-skip = Esta reunión no tiene una hora semanal que saltar
error-time-of-day-range = Una hora del día va de 00:00 a 23:59
error-label-too-long = Una etiqueta tiene hasta { $max } caracteres
error-daily-reminder-not-found = No hay ningún recordatorio diario con ese identificador; no ha cambiado nada
error-no-saved-meetings = Aún no hay reuniones guardadas: indique identificadores de reuniones o guarde algunas primero
error-plan-horizon = Planifique entre 1 minuto y 31 días por delante

## La bóveda

error-no-random = Este dispositivo no pudo dar números aleatorios a Waymark, así que no se creó nada ({ $detail })
error-key-length = Una clave de bóveda tiene { $expected } bytes, no { $found }
error-kdf-unknown = Derivación de clave desconocida { $name }; la bóveda no se abrió
error-kdf-settings = El archivo de ajustes de la frase de contraseña no es válido; la bóveda no se abrió
error-passphrase-empty = La frase de contraseña está vacía
error-key-derivation = No se pudo obtener la clave ({ $detail }); la bóveda no se abrió
error-internal = Waymark no pudo preparar sus datos ({ $detail }); no ha cambiado nada
error-language-unsupported = Waymark todavía no habla ese idioma
error-vault-device-key = Esta bóveda se abre con una clave del dispositivo, no con una frase de contraseña
error-vault-passphrase = Esta bóveda se abre con una frase de contraseña; cambie la frase de contraseña
error-vault-keystore = Esta bóveda se abre con el almacén de claves del teléfono, no con una frase de contraseña
error-vault-exists = Ya hay una bóveda ahí; no ha cambiado nada
error-vault-in-use = Otro Waymark todavía tiene abierta esta bóveda, así que lo que había en ella puede quedar en su archivo hasta que se cierre; ciérralo y vuelve a intentarlo
error-setting-too-large = Un ajuste ocupa hasta { $max } KB
error-settings-full = La bóveda guarda como mucho { $max } ajustes
error-passphrase-short = Elija una frase de contraseña de al menos { $min } caracteres
error-setting-name = { $key } no es un nombre de ajuste (use a-z, 0-9, _ y .)
error-vault-schema = No hay forma de actualizar el esquema { $version } de la bóveda; no ha cambiado nada
error-unsafe-no-sqlcipher = Esta versión no tiene SQLCipher, así que la bóveda no se puede cifrar; no se abre. No ha cambiado nada
error-unsafe-crypto = Esta versión de Waymark cifra con { $found } en lugar de su propio cifrado { $expected } (se compiló sin el .cargo/config.toml del repositorio); no abre la bóveda. No ha cambiado nada
error-unsafe-probe = Esta versión de Waymark no pudo comprobar su cifrado ({ $detail }); no abre la bóveda. No ha cambiado nada

## El diario

error-halt-unknown = { $value } no es ninguno de hungry, angry, lonely, tired
error-mood-range = El ánimo es un número del 1 al 5
error-craving-range = El deseo de consumir es un número del 0 al 10
error-entry-too-long = Una entrada tiene hasta { $max } caracteres; esta es más larga, así que no se guardó
error-entry-items = Una entrada tiene hasta { $max } elementos de lista o respuestas
error-entry-item-too-long = Uno de los elementos de la lista es demasiado largo
error-tag-too-long = Una etiqueta es una o dos palabras, de hasta { $max } caracteres
error-tags-too-many = Una entrada puede tener hasta { $max } etiquetas
error-meeting-id-invalid = Ese identificador de reunión no es válido
error-entry-empty = Todavía no hay nada que guardar en esta entrada
error-entry-in-trash = Esa entrada está en la papelera; restáurela antes de editarla
error-entry-not-found = No hay ninguna entrada del diario con ese identificador; no ha cambiado nada
error-search-empty = Escriba una palabra para buscar

## Fechas de sobriedad, personas a las que llamar, favoritas

error-date-in-future = Esa fecha es futura; elija hoy o un día anterior
error-date-too-far-back = Esa fecha es demasiado antigua; compruebe el año
error-sobriety-not-found = No hay ninguna fecha de sobriedad con ese identificador; no ha cambiado nada
error-phone-invalid = Un número de teléfono tiene de { $min } a { $max } dígitos, con espacios, guiones o paréntesis si quiere, y un + delante para un número internacional
error-contact-name-missing = Ponga un nombre al contacto
error-contact-name-too-long = Un nombre tiene hasta { $max } caracteres
error-contact-invalid = El identificador o las fechas del contacto no son válidos
error-contacts-full = La lista tiene como mucho { $max } personas
error-contact-not-found = No hay nadie con ese identificador en su lista; no ha cambiado nada
error-favourite-too-large = Los datos de esa reunión son mucho más grandes que los de una reunión; no se guardó

## Copias de seguridad

error-backup-passphrase-short = Elija una frase de contraseña para la copia de al menos { $min } caracteres
error-backup-encrypt = No se pudo cifrar la copia ({ $detail }); no se escribió nada
error-backup-needs-passphrase = Esta copia está cifrada: hace falta su frase de contraseña
error-backup-too-large = Esta copia no se puede usar: es más grande que cualquier copia que lee Waymark ({ $max } MB como mucho); no se restauró nada
error-backup-not-waymark = Esta copia no se puede usar: no es una copia de Waymark; no se restauró nada
error-backup-header = Esta copia no se puede usar: su cabecera está dañada; no se restauró nada
error-backup-no-passphrase = Esta copia no se puede usar: no está protegida con una frase de contraseña; no se restauró nada
error-backup-work = Esta copia no se puede usar: pide mucho más trabajo del que debería; no se restauró nada
error-backup-cut = Esta copia no se puede usar: se cortó o cambió después de hacerse; no se restauró nada
error-backup-not-export-at = Esta copia no se puede usar: no es una exportación de Waymark (línea { $line }, columna { $column }); no se restauró nada
error-backup-not-export = Esta copia no se puede usar: no es una exportación de Waymark; no se restauró nada
error-backup-newer = Esta copia no se puede usar: la hizo una versión más nueva de Waymark (formato { $version }); actualice la aplicación. No se restauró nada
error-backup-record = Esta copia no se puede usar: { $part ->
    [journal] la entrada del diario { $number } no es válida
    [favourite] la favorita { $number } no es válida
    [sobriety] la fecha de sobriedad { $number } no es válida
    [reminder] el recordatorio { $number } no es válido
    [daily] el recordatorio diario { $number } no es válido
    [contact] el contacto { $number } no es válido
   *[setting] el ajuste { $number } no es válido
}; no se restauró nada
error-backup-too-many = Esta copia no se puede usar: tiene más { $part ->
    [journal] entradas del diario
    [favourite] favoritas
    [sobriety] fechas de sobriedad
    [reminder] recordatorios
    [daily] recordatorios diarios
    [contact] contactos
   *[setting] ajustes
} de los que guarda Waymark; no se restauró nada

## Viajes compartidos

error-rides-address = La dirección del servidor no es una dirección web (https://…)
error-rides-https = La dirección del servidor de viajes debe empezar por https://, para que nadie pueda leer por el camino sus viajes y lugares de recogida (http:// es solo para un servidor en este ordenador)
error-rides-credentials = La dirección del servidor debe ser https://servidor, sin nombre de usuario ni contraseña
error-rides-unreadable = El servidor de viajes envió una respuesta que Waymark no puede leer; no ha cambiado nada
error-rides-too-large = El servidor de viajes envió una respuesta de más de { $max } MiB, que Waymark no lee; no ha cambiado nada
error-rides-redirect = El servidor de viajes envió a Waymark a otra dirección, que no sigue para que sus viajes se queden en el servidor que eligió; compruebe la dirección del servidor
error-rides-refused = El servidor de viajes lo rechazó: { $detail }
error-rides-status = El servidor de viajes respondió { $status }; no ha cambiado nada
error-leave-after-start = La hora a la que puede salir debe ser anterior al comienzo de la reunión
error-arrive-after-start = La hora de llegada no debe ser posterior al comienzo de la reunión
error-ride-distance = La distancia a una reunión es de 1 a { $max } km
error-ride-needs-place = Las ofertas y peticiones se preparan con su lugar exacto
error-outbox-not-found = No hay ningún cambio así esperando a enviarse
error-outbox-not-refused = Solo se puede volver a intentar un cambio que el servidor de viajes rechazó
error-ride-not-found = Ese viaje no está en este teléfono
error-ride-refusal = { $reason ->
    [op_id_not_uuid] Este cambio tiene un identificador que Waymark no creó, así que no se puede enviar; no ha cambiado nada
    [ride_id_not_uuid] Este viaje tiene un identificador que Waymark no creó, así que no se puede enviar; no ha cambiado nada
    [match_id_not_uuid] Esa coincidencia tiene un identificador que Waymark no conoce; no ha cambiado nada
    [meeting_id_invalid] Este viaje nombra una reunión que Waymark no puede leer; no ha cambiado nada
    [timezone_unknown] Waymark no conoce la zona horaria de la reunión, así que no se puede organizar un viaje
    [date_not_local] La fecha del viaje no es el día en que empieza la reunión, en la hora de la propia reunión
    [place_unusable] Ese lugar no está en el mapa que usa Waymark (latitud de −85 a 85, longitud de −180 a 180)
    [cell_outside_map] Esa zona está fuera del mapa
    [seats] Un viaje ofrece de 1 a { $max } plazas
    [detour] Un desvío es de { $max } minutos como máximo
    [leave_after_start] La hora a la que puede salir debe ser anterior al comienzo de la reunión
    [flexibility] Puede ser flexible hasta { $max } minutos como máximo
    [arrive_after_start] La hora de llegada no debe ser muy posterior al comienzo de la reunión
    [too_many_ops] Se pueden enviar como máximo { $max } cambios a la vez; el resto espera a la próxima vez
    [too_many_followed] Se pueden seguir como máximo { $max } reuniones a la vez
    [too_late] Esa reunión ya ha empezado
    [too_far_ahead] Los viajes se pueden organizar hasta { $max } días antes de una reunión
   *[other] Este viaje no se puede enviar así; no ha cambiado nada
}
error-ride-no-place = { $meeting } no tiene un lugar exacto, así que los viajes no pueden ir allí
error-ride-no-zone = { $meeting } no tiene zona horaria en su lista
error-ride-wrong-day = { $meeting } no se reúne el { $date }

## Relés y zonas

error-relay-key-exists = { $path } ya existe; una clave de relé nunca se sobrescribe (muévala antes)
error-relay-key-unreadable = No se puede leer la clave de relé { $path } ({ $detail })
error-relay-key-invalid = { $path } no es una clave secreta de relé (debería contener { $prefix } y 64 dígitos hexadecimales)
error-address-invalid = { $address } no es una dirección web
error-relay-https = La dirección de un relé debe empezar por https:// (http sin cifrar solo hacia este ordenador)
error-place-range = Un lugar es una latitud de -90 a 90 y una longitud de -180 a 180
error-area-radius = El radio de una zona es mayor que 0 y como mucho { $max } km
error-relay-other-key = Este relé se añadió con otra clave; quite primero sus zonas para cambiarla
error-area-not-added = La zona no se añadió; no ha cambiado nada
error-area-not-found = No hay ninguna zona con ese identificador en este teléfono
error-tile-missing = No hay ninguna copia de esta zona en este teléfono

## Las pistas de la línea de órdenes (sus opciones quedan tal cual)

cli-error-accept-shrink = { $error } (use --accept-shrink si es correcto)
cli-error-unknown-format = No se reconoce el formato de { $subject }: indique --format meeting-guide, bmlt, tsml-csv o naws-csv
cli-error-bmlt-formats = { $error } (añada la lista misma y dé este archivo con --bmlt-formats)
cli-error-meeting-without-zone = { $meeting } no tiene zona horaria; indique una (--tz) para exportarla
cli-error-ride-from = { $error } (compruebe que --from es LAT,LON, la latitud primero)
cli-error-meeting-started = Esa reunión ya ha empezado en esa fecha; elija una --date posterior
cli-error-ride-list = { $error } (`waymark ride list` muestra sus viajes y sus identificadores)
cli-error-ride-matches = { $error } (`waymark ride matches` las muestra)
cli-note-set-zone = { $note } (indica una con `source add --timezone`)
