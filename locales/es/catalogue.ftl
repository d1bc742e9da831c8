# Los problemas del verificador del catálogo (ver en-GB/catalogue.ftl para el sentido de cada
# mensaje y sus variables).
# Not yet reviewed by a native speaker (see locales/README.md).
# Field names, ids, addresses, codes and zone names stay as written.

## Dónde está un problema

catalogue-at-source-id = fuente { $number } ({ $id }): { $problem }
catalogue-at-source = fuente { $number }: { $problem }

## El archivo entero

catalogue-not-toml = el archivo no es TOML válido: { $why }
catalogue-not-toml-at-line = el archivo no es TOML válido (línea { $line }): { $why }
catalogue-not-utf8 = el archivo no es texto UTF-8: guárdalo como UTF-8
catalogue-too-big = el archivo ocupa más de { $kib } KiB, lo máximo que puede ocupar un catálogo: divídelo o quita las fuentes que ya no se publican
catalogue-unknown-top-field = campo de nivel superior desconocido `{ $key }`: al principio del archivo solo van `{ $version }` y las tablas `{ $table }`
catalogue-version-missing = falta `{ $field }`: empieza el archivo con `{ $example }` (la revisión del catálogo)
catalogue-version-wrong = `{ $field }` debe ser un número entero de al menos 1, no { $kind ->
    [number] { $value }
   *[other] un valor de tipo { $value }
}
catalogue-no-sources = el catálogo no tiene fuentes: añade tablas `{ $table }`
catalogue-source-not-tables = `{ $field }` debe escribirse como tablas `{ $table }`, una por fuente
catalogue-source-not-table = cada fuente debe ser una tabla `{ $table }`

## Entre fuentes

catalogue-duplicate-id = la fuente { $first } ya usa este id: los ids deben ser únicos
catalogue-duplicate-url = la misma URL que la fuente { $first } ({ $id }): cada feed aparece una sola vez
catalogue-duplicate-url-no-id = la misma URL que la fuente { $first }: cada feed aparece una sola vez

## Los campos de una fuente

catalogue-unknown-field = campo desconocido `{ $key }`: los campos son { $fields }
catalogue-entry-shape = esta entrada no encaja con los campos del catálogo: { $why }
catalogue-bad-id = el id { $id } no es un slug: usa hasta { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
} (minúsculas, dígitos y guiones), como { $example }
catalogue-name-empty = `{ $field }` está vacío: escribe el nombre de la organización
catalogue-program-not-names = `{ $field }` debe ser un nombre o una lista de nombres
catalogue-program-empty = `{ $field }` está vacío: indica al menos uno, como { $example }
catalogue-program-unknown = Waymark no conoce el programa { $program }: usa uno de { $known } (una comunidad nueva se añade a { $list } en { $file })
catalogue-program-twice = el programa { $program } aparece dos veces
catalogue-bad-format = Waymark no lee el formato { $format }: usa uno de { $known }
catalogue-worldwide-not-online = el país { $code } (todo el mundo) es solo para fuentes únicamente en línea: indica el país donde son las reuniones o pon `{ $setting }`
catalogue-bad-country = { $country } no es un código de país: escribe dos letras mayúsculas ({ $standard }), como { $first }, { $second } o { $third }
catalogue-bad-timezone = { $zone } no es una zona horaria IANA: escribe una como { $first } o { $second }
catalogue-bbox-count = `{ $field }` tiene { $count ->
    [one] { $count } número
   *[other] { $count } números
}: escribe cuatro, { $shape }
catalogue-bbox-off-map = `{ $field }` se sale del mapa: las latitudes van de { $lat } y las longitudes de { $lon }, en el orden { $shape }
catalogue-bbox-swapped = `{ $field }` tiene las esquinas invertidas o está vacío: escribe { $shape }, cada mínimo por debajo de su máximo (no se admite una caja que cruce el meridiano 180)
catalogue-bbox-whole-world = `{ $field }` cubre el mundo entero: indica la zona donde son las reuniones o pon `{ $setting }` para un intergrupo en línea
catalogue-feedback-email = `{ $field }` debe ser la página de contacto de la organización (una dirección https), no una dirección de correo
catalogue-verified-not-date = `{ $field }` debe ser una fecha como { $example }
catalogue-verified-future = `{ $field }` es { $date }, una fecha futura: indica el día en que se vio la fuente
catalogue-too-long = `{ $field }` tiene más de { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}
catalogue-control-characters = `{ $field }` contiene caracteres de control
catalogue-email = `{ $field }` contiene una dirección de correo: el catálogo no guarda datos de contacto de nadie; enlaza la página de contacto de la organización en `{ $feedback }`
catalogue-phone = `{ $field }` contiene algo que parece un número de teléfono: el catálogo no guarda datos de contacto de nadie
catalogue-url-at = `{ $field }` contiene una @: una dirección aquí no debe llevar un inicio de sesión ni una dirección de correo
catalogue-not-web-address = `{ $field }` { $value } no es una dirección web
catalogue-plain-http = `{ $field }` debe empezar por { $scheme } (http simple solo se permite hacia esta máquina, para pruebas)
catalogue-not-https = `{ $field }` debe ser una dirección { $scheme }
