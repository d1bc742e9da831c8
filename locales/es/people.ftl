# La pantalla de personas a las que llamar (ver en-GB/people.ftl para el sentido de cada mensaje).
# Not yet reviewed by a native speaker (see locales/README.md).

people-title = Personas a las que llamar
people-role-sponsor = Padrino o madrina
people-role-friend = Amistad
people-role-helpline = Línea de ayuda
people-role-other = Otra persona
people-row-label = { $role ->
    [sponsor] { $name }, padrino o madrina, { $phone }
    [friend] { $name }, amistad, { $phone }
    [helpline] { $name }, línea de ayuda, { $phone }
   *[other] { $name }, { $phone }
}
people-action-add = Añadir a alguien
people-action-call = Llamar
people-action-text = Mensaje
people-action-remove = Quitar
people-call-label = { $role ->
    [sponsor] Llamar a { $name }, padrino o madrina
    [friend] Llamar a { $name }, amistad
    [helpline] Llamar a { $name }, línea de ayuda
   *[other] Llamar a { $name }
}
people-text-label = { $role ->
    [sponsor] Escribir a { $name }, padrino o madrina
    [friend] Escribir a { $name }, amistad
    [helpline] Escribir a { $name }, línea de ayuda
   *[other] Escribir a { $name }
}
people-remove-label = Quitar a { $name }
people-remove-title = ¿Quitar a { $name } de tu lista?
people-remove-message = { $name } se quitará de la lista de este teléfono. No se le envía nada.
people-remove-confirm = Quitar
people-remove-cancel = Conservar
people-number-unusable = No se puede marcar este número tal como está escrito. Para llamar o escribir, quítalo y añádelo de nuevo con entre { $min } y { $max } dígitos.
people-full = Tu lista admite hasta { $count } personas. Quita a alguien para añadir a otra.
people-empty-title = Aún no hay nadie
people-empty = Añade a tu padrino o madrina, una amistad o una línea de ayuda, para tenerlos a un toque cuando los necesites. Esta lista se queda en este teléfono, cifrada, y nunca se envía a ningún sitio.
people-error = No se ha podido abrir tu lista ahora. Sigue a salvo en este teléfono; inténtalo de nuevo.
