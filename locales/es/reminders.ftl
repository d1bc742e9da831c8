# Textos de los recordatorios en la pantalla de bloqueo (ver en-GB/reminders.ftl).
# Not yet reviewed by a native speaker (see locales/README.md).
reminder-title = Recordatorio
reminder-body = Recordatorio: { $when }
reminder-when-elsewhere = { $local } ({ $here } donde estás)
reminder-detailed = Empieza a { HOUR($when) ->
    [1] la
   *[other] las
} { $when }, dentro de { $lead }
reminder-detailed-online = Empieza a { HOUR($when) ->
    [1] la
   *[other] las
} { $when }, dentro de { $lead } · en línea
reminder-detailed-place = Empieza a { HOUR($when) ->
    [1] la
   *[other] las
} { $when }, dentro de { $lead } · { $place }
reminder-daily-body = { HOUR($time) ->
    [1] Es la
   *[other] Son las
} { $time }.
reminder-lead-hours = { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
}
reminder-lead-minutes = { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}
reminder-lead-both = { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}
reminder-lead-moment = un momento
reminder-daily-default = Revisión diaria
reminder-unplannable-unknown = la reunión ya no está en tu lista
reminder-unplannable-no-time = no tiene día ni hora semanal
# Siempre en en-GB en el informe (para registros y scripts); estas frases solo se usan si un
# día el informe se redacta en español.
reminder-health-notifications-off = Las notificaciones de Waymark están desactivadas, así que los recordatorios no pueden aparecer. Puedes activarlas en Ajustes.
reminder-health-exact-alarms-off = Los recordatorios pueden llegar unos minutos tarde, porque no se permiten las alarmas exactas. Puedes permitirlas en Ajustes.
reminder-health-cap = Solo caben los próximos { $count } recordatorios en este teléfono; los siguientes se programan a medida que estos suenan.
reminder-health-missed = { $count ->
    [one] { $count } recordatorio no apareció cuando debía.
   *[other] { $count } recordatorios no aparecieron cuando debían.
}
