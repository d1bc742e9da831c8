# Lo que dice una importación sobre las entradas de un listado (ver en-GB/import.ftl para el
# sentido de cada mensaje y sus variables). Los valores entre comillas van tal como los
# escribió el listado.
# Not yet reviewed by a native speaker (see locales/README.md).

## Notas sobre reuniones que se conservaron

import-unknown-zone = zona horaria desconocida «{ $zone }»
import-unknown-type = tipo desconocido «{ $code }», conservado tal cual
import-open-and-closed = marcada como abierta y cerrada a la vez; se lee como cerrada
import-bad-link = el enlace de la videollamada no es una dirección web; se descarta
import-online-without-link = figura como en línea, pero el listado no da enlace ni número de teléfono
import-coordinates = { $problem ->
    [missing] faltan coordenadas
    [not-a-number] las coordenadas no son números
    [out-of-range] coordenadas fuera de rango
    [null-island] las coordenadas son 0,0 (no es un lugar real)
   *[placeholder] las coordenadas son un punto de relleno conocido
}; no se usan para la distancia
import-placeholder-point = { $count ->
    [one] { $count } reunión en otra dirección comparte
   *[other] { $count } reuniones en direcciones distintas comparten
} el punto { $point }: es un punto de relleno y no se usa para la distancia
import-zone-from-map = el listado no trae zona horaria y la fuente no tiene ninguna: se dedujo del lugar de cada reunión en el mapa
import-no-zone = el listado no trae zona horaria y la fuente no tiene ninguna: las horas se muestran en tu propia zona
import-missing-key = el listado no trae slug; se creó una clave con el nombre, el día, la hora y la dirección
import-duplicate-key = slug repetido; esta figura como «{ $key }»
import-bad-updated = el valor de `updated` «{ $value }» no es una fecha; se ignora
import-default-duration = duración ausente o cero: se supone 1 hora
import-end-not-time = la hora de fin «{ $end }» no es una hora: se supone 1 hora
import-end-at-start = termina cuando empieza ({ $end }): se supone 1 hora
import-end-before-start = termina ({ $end }) { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} antes de empezar ({ $start }), seguramente un error de AM/PM: se supone 1 hora

## Por qué se omitió una entrada

import-skip-no-name = la reunión no tiene nombre
import-skip-bad-day = el día «{ $day }» no es un día de la semana
import-skip-nothing-to-go-to = sin día, hora, lugar ni enlace: nada a lo que acudir
import-skip-day-no-time = tiene día pero no hora de inicio
import-skip-time-no-day = tiene hora de inicio ({ $time }) pero no día
import-skip-bad-time = la hora de inicio «{ $time }» no es una hora
import-skip-not-a-meeting = { $kind ->
    [list] una lista
    [text] el texto «{ $value }»
    [number] el número { $value }
    [true] true
    [false] false
    [null] null
   *[other] algo que no es un objeto de reunión
} no es una reunión
import-skip-naws-deleted = marcada como borrada en la exportación NAWS
import-skip-naws-unpublished = su comité de servicio no la publica
import-skip-bmlt-unpublished = el servidor la marca como no publicada
