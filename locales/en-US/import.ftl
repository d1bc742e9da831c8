# What an import says about a feed's entries, in US English (see en-GB/import.ftl for what
# each message means and its variables). The same as en-GB today; change a message here where
# US usage differs.

## Notes about meetings that were kept

import-unknown-zone = unknown time zone "{ $zone }"
import-unknown-type = unknown type "{ $code }" kept as written
import-open-and-closed = marked both open and closed; read as closed
import-bad-link = conference link is not a web address; dropped
import-online-without-link = listed as online, but the feed gives no link or phone number
import-coordinates = { $problem ->
    [missing] coordinates missing
    [not-a-number] coordinates are not numbers
    [out-of-range] coordinates out of range
    [null-island] coordinates are 0,0 (not a real place)
   *[placeholder] coordinates are a known placeholder point
}; not used for distance
import-placeholder-point = { $count ->
    [one] { $count } meeting at a different address shares
   *[other] { $count } meetings at different addresses share
} the point { $point }: a placeholder, not used for distance
import-zone-from-map = no time zone in the feed and none set for the source: worked out from each meeting's place on the map
import-no-zone = no time zone in the feed and none set for the source: times are shown in your own zone
import-missing-key = no slug in the feed; a key was made from name, day, time and address
import-duplicate-key = duplicate slug; this one is listed as "{ $key }"
import-bad-updated = `updated` value "{ $value }" is not a date; ignored
import-default-duration = length missing or zero: assumed 1 hour
import-end-not-time = end time "{ $end }" is not a time: assumed 1 hour
import-end-at-start = ends when it starts ({ $end }): assumed 1 hour
import-end-before-start = ends ({ $end }) { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} before it starts ({ $start }), probably an AM/PM slip: assumed 1 hour

## Why an entry was left out

import-skip-no-name = no meeting name
import-skip-bad-day = day "{ $day }" is not a weekday
import-skip-nothing-to-go-to = no day, time, place or link: nothing to go to
import-skip-day-no-time = has a day but no start time
import-skip-time-no-day = has a start time ({ $time }) but no day
import-skip-bad-time = start time "{ $time }" is not a time
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
