# The relay's words: a build's step lines (`waymark relay build`, on stderr), how fresh a
# relay source's meetings are (the phone's areas, `waymark area sources`), an area's default
# name. Ids are listed in core/src/relay/words.rs; the catalogue checker's problems
# (`waymark catalogue check`) are in catalogue.ftl.

## A relay build's steps

# $count: how many sources.
relay-step-fetching = fetching { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
relay-step-merging = merging and sorting meetings into tiles
# $count: how many tiles.
relay-step-comparing = comparing { $count ->
    [one] { $count } tile
   *[other] { $count } tiles
} with the last version

## How fresh a relay source's meetings are

# How long ago, as $ago in relay-fresh and relay-stale. $count: minutes, hours or days.
relay-ago-now = just now
relay-ago-minutes = { $count } min ago
relay-ago-hours = { $count } h ago
relay-ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
# $ago: one of relay-ago-*; $name: the source's name.
relay-fresh = Updated { $ago } from { $name }
# $name: the source's name; $ago: one of relay-ago-*.
relay-stale = { $name } could not be read lately; these meetings are from { $ago }
# $name: the source's name.
relay-never-read = { $name } has not been read yet
# An area the person gave no name. $number: its number on this phone.
relay-area-default-label = Area { $number }
