# What an import says about a feed's entries: notes about meetings it kept, and why it left
# others out. Shown by `waymark sync` and `waymark source check`; `--json` keeps this en-GB
# text in `message` / `reason`, beside the message's `id` and `values`.
# Ids are listed in core/src/directory/import/notes.rs. Values quoted here ($zone, $code,
# $key, $value, $day, $time, $end) are written as the feed wrote them.

## Notes about meetings that were kept

# $zone: the time zone the feed names.
import-unknown-zone = unknown time zone "{ $zone }"
# $code: the type code as the feed wrote it.
import-unknown-type = unknown type "{ $code }" kept as written
import-open-and-closed = marked both open and closed; read as closed
import-bad-link = conference link is not a web address; dropped
import-online-without-link = listed as online, but the feed gives no link or phone number
# $problem: missing, not-a-number, out-of-range, null-island or placeholder.
import-coordinates = { $problem ->
    [missing] coordinates missing
    [not-a-number] coordinates are not numbers
    [out-of-range] coordinates out of range
    [null-island] coordinates are 0,0 (not a real place)
   *[placeholder] coordinates are a known placeholder point
}; not used for distance
# $count: meetings at different addresses; $point: the shared point, "latitude,longitude".
import-placeholder-point = { $count ->
    [one] { $count } meeting at a different address shares
   *[other] { $count } meetings at different addresses share
} the point { $point }: a placeholder, not used for distance
import-zone-from-map = no time zone in the feed and none set for the source: worked out from each meeting's place on the map
import-no-zone = no time zone in the feed and none set for the source: times are shown in your own zone
import-missing-key = no slug in the feed; a key was made from name, day, time and address
# $key: the key this meeting is listed under instead.
import-duplicate-key = duplicate slug; this one is listed as "{ $key }"
# $value: the feed's `updated` value.
import-bad-updated = `updated` value "{ $value }" is not a date; ignored
import-default-duration = length missing or zero: assumed 1 hour
# $end: the end time as the feed wrote it.
import-end-not-time = end time "{ $end }" is not a time: assumed 1 hour
# $end: the end time as the feed wrote it.
import-end-at-start = ends when it starts ({ $end }): assumed 1 hour
# $end, $start: times ("07:00"); $hours: how many hours the end is before the start.
import-end-before-start = ends ({ $end }) { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} before it starts ({ $start }), probably an AM/PM slip: assumed 1 hour

## Why an entry was left out

import-skip-no-name = no meeting name
# $day: the day as the feed wrote it.
import-skip-bad-day = day "{ $day }" is not a weekday
import-skip-nothing-to-go-to = no day, time, place or link: nothing to go to
import-skip-day-no-time = has a day but no start time
# $time: the start time as the feed wrote it.
import-skip-time-no-day = has a start time ({ $time }) but no day
# $time: the start time as the feed wrote it.
import-skip-bad-time = start time "{ $time }" is not a time
# $kind: list, text, number, true, false, null or other; $value: the text or number.
import-skip-not-a-meeting = { $kind ->
    [list] a list
    [text] text "{ $value }"
    [number] number { $value }
    [true] true
    [false] false
    [null] null
   *[other] not a meeting object
} is not a meeting
import-skip-naws-deleted = marked deleted in the NAWS export
import-skip-naws-unpublished = not published by its service body
import-skip-bmlt-unpublished = the server marks it unpublished
