# La pantalla de fechas de sobriedad (ver en-GB/sobriety.ftl para el sentido de cada mensaje).
# Not yet reviewed by a native speaker (see locales/README.md).

sobriety-title = Fechas de sobriedad
sobriety-count-days = { $days ->
    [one] { $number } día
   *[other] { $number } días
}
sobriety-count-today = Empieza hoy
sobriety-count-upcoming = Empieza el { $date }
sobriety-years = { $years ->
    [one] { $years } año
   *[other] { $years } años
}
sobriety-months = { $months ->
    [one] { $months } mes
   *[other] { $months } meses
}
sobriety-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
sobriety-milestone-24-hours = 24 horas
sobriety-since = Desde el { $date }
sobriety-next = Próximo: { $milestone } el { $date }
sobriety-next-in = { $days ->
    [one] mañana
   *[other] dentro de { $days } días
}
sobriety-milestone-today = Hoy cumples { $milestone }. Bien hecho; date un momento para notarlo.
sobriety-card-label = { $label }: { $count }. { $since }.
sobriety-card-label-next = Próximo hito: { $milestone } el { $date }, { $when }.
sobriety-card-label-upcoming = { $label }: { $count }.
sobriety-action-add = Añadir una fecha
sobriety-action-edit = Editar
sobriety-action-start-again = Empezar de nuevo desde hoy
sobriety-action-remove = Quitar
sobriety-edit-label = Editar { $label }
sobriety-start-again-label = Empezar { $label } de nuevo desde hoy
sobriety-remove-label = Quitar { $label }
sobriety-start-again-title = ¿Empezar de nuevo desde hoy?
sobriety-start-again-message = { $label } contará desde hoy. Volver es parte de la recuperación, y todo lo que has aprendido sigue contigo.
sobriety-start-again-confirm = Empezar desde hoy
sobriety-start-again-cancel = Ahora no
sobriety-remove-title = ¿Quitar esta fecha?
sobriety-remove-message = { $label } y su cuenta se quitarán de este teléfono. Puedes añadir una fecha de nuevo cuando quieras.
sobriety-remove-confirm = Quitar
sobriety-remove-cancel = Conservarla
sobriety-empty-title = Aún no hay fechas
sobriety-empty = Una fecha de sobriedad es el día en que empezaste. Waymark cuenta los días desde entonces y marca contigo cada hito. Se queda en este teléfono, cifrada.
sobriety-error = No se han podido abrir tus fechas ahora. Siguen a salvo en este teléfono; inténtalo de nuevo.
sobriety-default-label = Mi fecha
