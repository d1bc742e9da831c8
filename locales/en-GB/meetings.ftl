# The meeting list: when each meeting is and how far away, worded for the viewer.
# Values arrive already formatted for the locale ($time "19:30" or "7:30 PM", $day "Fri",
# $date "Tue 8 Dec", $value "3.2"); $minutes is a number, for plural rules.

# Running now, open all day.
when-now-all-day = now, all day
# Running now, until its listed end.
when-now-until = now, until { $time }
# Running now; the feed lists no end, so say when it started.
when-now-since = now, since { $time }
# Starting within the hour.
when-in-minutes = { $minutes ->
    [one] in { $minutes } min ({ $time })
   *[other] in { $minutes } min ({ $time })
}
when-today = today { $time }
when-tomorrow = tomorrow { $time }
# $day: a short weekday name, within the next week.
when-weekday = { $day } { $time }
# $date: weekday, day and month, a week or more ahead.
when-date = { $date } { $time }
when-today-all-day = today, all day
when-tomorrow-all-day = tomorrow, all day
when-weekday-all-day = { $day }, all day
when-date-all-day = { $date }, all day
# A meeting with no regular time.
when-by-appointment = by appointment

distance-km = { $value } km
distance-mi = { $value } mi

# One line for a screen reader: the meeting's name (any language or script), then when.
list-row-label = { $name }, { $when }
