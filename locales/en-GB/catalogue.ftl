# The catalogue checker's problems (`waymark catalogue check FILE`, `waymark relay build`),
# one line each, for the person fixing the file. Ids are listed in core/src/catalogue/words.rs.
# Field names, source ids, addresses, country codes, zone names and examples are values: they
# stay as written in every language (the file is written with them).

## Where a problem is

# $number: the source's place in the file (from 1); $id: its id; $problem: what is wrong.
catalogue-at-source-id = source { $number } ({ $id }): { $problem }
# $number: the source's place in the file; $problem: what is wrong.
catalogue-at-source = source { $number }: { $problem }

## The file as a whole

# $why: the TOML reader's own reason (in English).
catalogue-not-toml = the file is not valid TOML: { $why }
# $line: the line the mistake is on; $why: the TOML reader's own reason (in English).
catalogue-not-toml-at-line = the file is not valid TOML (line { $line }): { $why }
catalogue-not-utf8 = the file is not UTF-8 text: save it as UTF-8
# $kib: the most a catalogue may be, in KiB.
catalogue-too-big = the file is larger than { $kib } KiB, the most a catalogue may be: split it or remove sources that are no longer published
# $key: the field as written; $version: `version`; $table: `[[source]]`.
catalogue-unknown-top-field = unknown top-level field `{ $key }`: only `{ $version }` and `{ $table }` tables belong at the top of the file
# $field: `version`; $example: `version = 1`.
catalogue-version-missing = `{ $field }` is missing: start the file with `{ $example }` (the catalogue's revision)
# $field: `version`; $kind: "number" or the TOML type written (string, array, table…);
# $value: the number, or that type's name.
catalogue-version-wrong = `{ $field }` must be a whole number of at least 1, not { $kind ->
    [number] { $value }
   *[other] a { $value }
}
# $table: `[[source]]`.
catalogue-no-sources = the catalogue lists no sources: add `{ $table }` tables
# $field: `source`; $table: `[[source]]`.
catalogue-source-not-tables = `{ $field }` must be written as `{ $table }` tables, one per source
# $table: `[[source]]`.
catalogue-source-not-table = each source must be a `{ $table }` table

## Between sources

# $first: the number of the source that uses the id first.
catalogue-duplicate-id = the id is already used by source { $first }: ids must be unique
# $first: the number of the source with the same address; $id: its id.
catalogue-duplicate-url = the same URL as source { $first } ({ $id }): each feed is listed once
# $first: the number of the source with the same address (it has no readable id).
catalogue-duplicate-url-no-id = the same URL as source { $first }: each feed is listed once

## One source's fields

# $key: the field as written; $fields: the fields a source may have.
catalogue-unknown-field = unknown field `{ $key }`: the fields are { $fields }
# $why: the TOML reader's own reason (in English).
catalogue-entry-shape = this entry does not fit the catalogue's fields: { $why }
# $id: the id as written, in quotes; $max: the most characters; $example: a good id.
catalogue-bad-id = id { $id } is not a slug: use up to { $max } lower-case letters, digits and dashes, such as { $example }
# $field: `name`.
catalogue-name-empty = `{ $field }` is empty: give the organisation's name for it
# $field: `program`.
catalogue-program-not-names = `{ $field }` must be a name or a list of names
# $field: `program`; $example: a program, in quotes.
catalogue-program-empty = `{ $field }` is empty: name at least one, such as { $example }
# $program: as written, in quotes; $known: the programs Waymark knows; $list: the list's
# name in the code; $file: the file it is in.
catalogue-program-unknown = program { $program } is not one Waymark knows: use one of { $known } (a new fellowship is added to { $list } in { $file })
# $program: as written, in quotes.
catalogue-program-twice = program { $program } is listed twice
# $format: as written, in quotes; $known: the formats Waymark reads.
catalogue-bad-format = format { $format } is not one Waymark reads: use one of { $known }
# $code: the worldwide code (ZZ); $setting: `online_only = true`.
catalogue-worldwide-not-online = country { $code } (worldwide) is only for online-only sources: give the country the meetings are in, or set `{ $setting }`
# $country: as written, in quotes; $standard: the standard's name; $first, $second, $third:
# example codes.
catalogue-bad-country = country { $country } is not a country code: write two capital letters ({ $standard }), such as { $first }, { $second } or { $third }
# $zone: as written, in quotes; $first, $second: example zones.
catalogue-bad-timezone = timezone { $zone } is not an IANA time zone: write one such as { $first } or { $second }
# $field: `bbox`; $count: how many numbers it has; $shape: the order of the four.
catalogue-bbox-count = `{ $field }` has { $count } { $count ->
    [one] number
   *[other] numbers
}: write four, { $shape }
# $field: `bbox`; $lat, $lon: the ranges; $shape: the order of the four.
catalogue-bbox-off-map = `{ $field }` is off the map: latitudes lie in { $lat } and longitudes in { $lon }, in the order { $shape }
# $field: `bbox`; $shape: the order of the four.
catalogue-bbox-swapped = `{ $field }` has its corners swapped or is empty: write { $shape }, each minimum below its maximum (a box across the 180th meridian is not supported)
# $field: `bbox`; $shape: the order of the four; $setting: `online_only = true`.
catalogue-bbox-whole-world = `{ $field }` covers the whole world: give the area the meetings are in, or set `{ $setting }` for an online intergroup
# $field: `feedback`.
catalogue-feedback-email = `{ $field }` must be the organisation's contact page (an https address), not an email address
# $field: `verified`; $example: a date.
catalogue-verified-not-date = `{ $field }` must be a date such as { $example }
# $field: `verified`; $date: the date written.
catalogue-verified-future = `{ $field }` is { $date }, which is in the future: give the day the source was seen
# $field: the field; $max: the most characters.
catalogue-too-long = `{ $field }` is longer than { $max } characters
# $field: the field.
catalogue-control-characters = `{ $field }` contains control characters
# $field: the field; $feedback: `feedback`.
catalogue-email = `{ $field }` contains an email address: the catalogue holds no one's contact details; link the organisation's contact page in `{ $feedback }` instead
# $field: the field.
catalogue-phone = `{ $field }` contains what looks like a phone number: the catalogue holds no one's contact details
# $field: the field.
catalogue-url-at = `{ $field }` contains an @: an address here must not carry a log-in or an email address
# $field: the field; $value: the address as written, in quotes.
catalogue-not-web-address = `{ $field }` { $value } is not a web address
# $field: the field; $scheme: `https://`.
catalogue-plain-http = `{ $field }` must start with { $scheme } (plain http is allowed only to this machine, for tests)
# $field: the field; $scheme: `https://`.
catalogue-not-https = `{ $field }` must be an { $scheme } address
