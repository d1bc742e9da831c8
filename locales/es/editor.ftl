# El editor de entradas y las preguntas (ver en-GB/editor.ftl para el sentido de cada mensaje).
# Not yet reviewed by a native speaker (see locales/README.md).

## Prompts: a template's heading, then its questions in order
template-daily-checkin = Registro diario
template-daily-checkin-1 = ¿Qué te ayudaría hoy?
template-daily-checkin-2 = ¿Algo más que tengas en mente?
template-gratitude = Lista de gratitud
template-gratitude-1 = Algo que hoy salió bien
template-gratitude-2 = Alguien a quien te alegra tener en tu vida
template-gratitude-3 = Algo pequeño que notaste y te gustó
template-nightly-review = Repaso de la noche
template-nightly-review-1 = ¿Qué salió bien hoy?
template-nightly-review-2 = ¿Hubo algún momento que llevarías de otra manera?
template-nightly-review-3 = ¿Hay alguien con quien te gustaría hablar, o con quien arreglar algo?
template-nightly-review-4 = ¿Qué te hace ilusión de mañana?
template-meeting-reflection = Reflexión sobre la reunión
template-meeting-reflection-1 = ¿Qué escuchaste que se te quedó?
template-meeting-reflection-2 = ¿Cómo te sentías antes y después de la reunión?
template-meeting-reflection-3 = ¿Algo que te gustaría probar esta semana?
template-step-work = Notas del trabajo de pasos
template-step-work-1 = ¿En qué paso o tema estás trabajando?
template-step-work-2 = ¿Qué te surgió al pensar en ello?
template-step-work-3 = ¿Qué te gustaría hablar con tu padrino, madrina o una amistad?

## Entry editor
editor-title-new = { $kind ->
    [checkin] Nuevo registro
    [gratitude] Nueva lista de gratitud
    [review] Nuevo repaso
    [meeting] Nueva reflexión sobre una reunión
   *[note] Nueva nota
}
editor-title-edit = Editar la entrada
editor-mood = ¿Cómo está tu ánimo?
editor-mood-low = Muy bajo
editor-mood-high = Muy bueno
editor-craving = ¿Qué fuerza tiene el deseo de consumir?
editor-craving-low = Ninguna
editor-craving-high = Abrumadora
editor-halt = Ahora mismo, ¿tienes…
editor-hungry = Hambre
editor-angry = Enfado
editor-lonely = Soledad
editor-tired = Cansancio
editor-text = Lo que quieras escribir
editor-text-placeholder = Unas pocas palabras bastan.
editor-no-prompts = Sin preguntas
editor-privacy = Solo tú puedes leer esto. Se queda en este teléfono, cifrado.
editor-save = Guardar
editor-cancel = Cancelar
editor-discard-title = ¿Salir sin guardar?
editor-discard = Lo que has escrito aquí no se guardará.
editor-discard-yes = Salir sin guardar
editor-discard-no = Seguir escribiendo
editor-not-found = Esta entrada ya no está en tu diario. Puede que se borrara a propósito o que se vaciara la papelera.
editor-error = No se ha podido abrir tu diario ahora. No se ha perdido nada; inténtalo de nuevo.

next-step = Gracias por escribir cómo estás. Parece un momento difícil, y puede pasar; no tienes que atravesarlo a solas. { $offer ->
    [both] Podrías llamar o escribir ahora a alguien de tu lista, o ir a una reunión que empieza pronto.
    [people] Podrías llamar o escribir ahora a alguien de tu lista.
    [meeting] Hay una reunión que empieza pronto a la que podrías ir.
   *[none] Podrías añadir a tu padrino o madrina, a una amistad o una línea de ayuda a tu lista, para tenerlos a un toque cuando los quieras.
}

## Exportación del diario en Markdown

export-md-title = Mi diario de Waymark
export-md-exported = Exportado el { $date }, a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }.
export-md-sobriety = Fechas de sobriedad
export-md-since = { $label }: desde el { $date }
export-md-meetings = Mis reuniones
export-md-journal = Diario
export-md-empty = Aún no hay entradas.
export-md-mood = Ánimo { $mood }/5
export-md-craving = Ansias { $craving }/10
export-md-halt = HALT: { $felt }
export-md-meeting = Reunión: { $id }
export-md-tags = Etiquetas: { $tags }
export-md-edited = Editado el { $date }, a { HOUR($time) ->
    [1] la
   *[other] las
} { $time }
