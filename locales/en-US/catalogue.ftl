# The catalogue checker's problems in US English (see en-GB/catalogue.ftl for what each
# message means and its variables). The same as en-GB today; change a message here where US
# usage differs. Field names, ids, addresses, codes and zone names stay as written.

## Where a problem is

catalogue-at-source-id = source { $number } ({ $id }): { $problem }
catalogue-at-source = source { $number }: { $problem }

## The file as a whole

catalogue-not-toml = the file is not valid TOML: { $why }
catalogue-not-toml-at-line = the file is not valid TOML (line { $line }): { $why }
catalogue-not-utf8 = the file is not UTF-8 text: save it as UTF-8
catalogue-too-big = the file is larger than { $kib } KiB, the most a catalogue may be: split it or remove sources that are no longer published
catalogue-unknown-top-field = unknown top-level field `{ $key }`: only `{ $version }` and `{ $table }` tables belong at the top of the file
catalogue-version-missing = `{ $field }` is missing: start the file with `{ $example }` (the catalogue's revision)
catalogue-version-wrong = `{ $field }` must be a whole number of at least 1, not { $kind ->
    [number] { $value }
   *[other] a { $value }
}
catalogue-no-sources = the catalogue lists no sources: add `{ $table }` tables
catalogue-source-not-tables = `{ $field }` must be written as `{ $table }` tables, one per source
catalogue-source-not-table = each source must be a `{ $table }` table

## Between sources

catalogue-duplicate-id = the id is already used by source { $first }: ids must be unique
catalogue-duplicate-url = the same URL as source { $first } ({ $id }): each feed is listed once
catalogue-duplicate-url-no-id = the same URL as source { $first }: each feed is listed once

## One source's fields

catalogue-unknown-field = unknown field `{ $key }`: the fields are { $fields }
catalogue-entry-shape = this entry does not fit the catalogue's fields: { $why }
catalogue-bad-id = id { $id } is not a slug: use up to { $max } lower-case letters, digits and dashes, such as { $example }
catalogue-name-empty = `{ $field }` is empty: give the organization's name for it
catalogue-program-not-names = `{ $field }` must be a name or a list of names
catalogue-program-empty = `{ $field }` is empty: name at least one, such as { $example }
catalogue-program-unknown = program { $program } is not one Waymark knows: use one of { $known } (a new fellowship is added to { $list } in { $file })
catalogue-program-twice = program { $program } is listed twice
catalogue-bad-format = format { $format } is not one Waymark reads: use one of { $known }
catalogue-worldwide-not-online = country { $code } (worldwide) is only for online-only sources: give the country the meetings are in, or set `{ $setting }`
catalogue-bad-country = country { $country } is not a country code: write two capital letters ({ $standard }), such as { $first }, { $second } or { $third }
catalogue-bad-timezone = timezone { $zone } is not an IANA time zone: write one such as { $first } or { $second }
catalogue-bbox-count = `{ $field }` has { $count } { $count ->
    [one] number
   *[other] numbers
}: write four, { $shape }
catalogue-bbox-off-map = `{ $field }` is off the map: latitudes lie in { $lat } and longitudes in { $lon }, in the order { $shape }
catalogue-bbox-swapped = `{ $field }` has its corners swapped or is empty: write { $shape }, each minimum below its maximum (a box across the 180th meridian is not supported)
catalogue-bbox-whole-world = `{ $field }` covers the whole world: give the area the meetings are in, or set `{ $setting }` for an online intergroup
catalogue-feedback-email = `{ $field }` must be the organization's contact page (an https address), not an email address
catalogue-verified-not-date = `{ $field }` must be a date such as { $example }
catalogue-verified-future = `{ $field }` is { $date }, which is in the future: give the day the source was seen
catalogue-too-long = `{ $field }` is longer than { $max } characters
catalogue-control-characters = `{ $field }` contains control characters
catalogue-email = `{ $field }` contains an email address: the catalogue holds no one's contact details; link the organization's contact page in `{ $feedback }` instead
catalogue-phone = `{ $field }` contains what looks like a phone number: the catalogue holds no one's contact details
catalogue-url-at = `{ $field }` contains an @: an address here must not carry a log-in or an email address
catalogue-not-web-address = `{ $field }` { $value } is not a web address
catalogue-plain-http = `{ $field }` must start with { $scheme } (plain http is allowed only to this machine, for tests)
catalogue-not-https = `{ $field }` must be an { $scheme } address
