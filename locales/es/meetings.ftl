# La lista de reuniones (en en-GB/meetings.ftl se explica cada mensaje).
# Not yet reviewed by a native speaker (see locales/README.md).

when-now-all-day = ahora, todo el día
when-now-until = ahora, hasta { $time }
when-now-since = ahora, desde { $time }
when-in-minutes = { $minutes ->
    [one] en { $minutes } min ({ $time })
   *[other] en { $minutes } min ({ $time })
}
when-today = hoy { $time }
when-tomorrow = mañana { $time }
when-weekday = { $day } { $time }
when-date = { $date } { $time }
when-today-all-day = hoy, todo el día
when-tomorrow-all-day = mañana, todo el día
when-weekday-all-day = { $day }, todo el día
when-date-all-day = { $date }, todo el día
when-by-appointment = con cita previa

distance-km = { $value } km
distance-mi = { $value } mi

list-row-label = { $name }, { $when }
