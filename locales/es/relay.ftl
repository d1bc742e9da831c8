# Las palabras del relay (ver en-GB/relay.ftl para el sentido de cada mensaje y sus
# variables).
# Not yet reviewed by a native speaker (see locales/README.md).

## Pasos de una compilación

relay-step-fetching = descargando { $count ->
    [one] { $count } fuente
   *[other] { $count } fuentes
}
relay-step-merging = uniendo las reuniones y repartiéndolas en teselas
relay-step-comparing = comparando { $count ->
    [one] { $count } tesela
   *[other] { $count } teselas
} con la última versión

## Lo recientes que son las reuniones de una fuente

relay-ago-now = hace un momento
relay-ago-minutes = hace { $count } min
relay-ago-hours = hace { $count } h
relay-ago-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
relay-fresh = Actualizado { $ago } desde { $name }
relay-stale = No se ha podido leer { $name } últimamente; estas reuniones son de { $ago }
relay-never-read = Aún no se ha leído { $name }
relay-area-default-label = Zona { $number }
