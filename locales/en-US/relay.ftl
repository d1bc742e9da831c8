# The relay's words in US English (see en-GB/relay.ftl for what each message means and its
# variables). The same as en-GB today; change a message here where US usage differs.

## A relay build's steps

relay-step-fetching = fetching { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
relay-step-merging = merging and sorting meetings into tiles
relay-step-comparing = comparing { $count ->
    [one] { $count } tile
   *[other] { $count } tiles
} with the last version

## How fresh a relay source's meetings are

relay-ago-now = just now
relay-ago-minutes = { $count } min ago
relay-ago-hours = { $count } h ago
relay-ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
relay-fresh = Updated { $ago } from { $name }
relay-stale = { $name } could not be read lately; these meetings are from { $ago }
relay-never-read = { $name } has not been read yet
relay-area-default-label = Area { $number }
