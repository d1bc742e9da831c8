# Textos de los recordatorios en la pantalla de bloqueo (ver en-GB/reminders.ftl).
# Not yet reviewed by a native speaker (see locales/README.md).
reminder-title = Recordatorio
reminder-body = Recordatorio: { $when }
reminder-when-elsewhere = { $local } ({ $here } donde estás)
reminder-detailed = Empieza a las { $when }, dentro de { $lead }
reminder-detailed-online = Empieza a las { $when }, dentro de { $lead } · en línea
reminder-detailed-place = Empieza a las { $when }, dentro de { $lead } · { $place }
reminder-daily-body = Son las { $time }.
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
