# The meeting list (see en-GB/meetings.ftl for what each message is). US English words are
# the same as UK English here; times differ ("7:30 PM"), and they come formatted in $time.

when-now-all-day = now, all day
when-now-until = now, until { $time }
when-now-since = now, since { $time }
when-in-minutes = { $minutes ->
    [one] in { $minutes } min ({ $time })
   *[other] in { $minutes } min ({ $time })
}
when-today = today { $time }
when-tomorrow = tomorrow { $time }
when-weekday = { $day } { $time }
when-date = { $date } { $time }
when-today-all-day = today, all day
when-tomorrow-all-day = tomorrow, all day
when-weekday-all-day = { $day }, all day
when-date-all-day = { $date }, all day
when-by-appointment = by appointment

distance-km = { $value } km
distance-mi = { $value } mi

list-row-label = { $name }, { $when }
