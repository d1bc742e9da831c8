# Y rhestr gyfarfodydd (gweler en-GB/meetings.ftl am ystyr pob neges).
# Not yet reviewed by a native speaker (see locales/README.md).

when-now-all-day = nawr, drwy'r dydd
when-now-until = nawr, tan { $time }
when-now-since = nawr, ers { $time }
# Welsh has six plural categories: zero (0), one (1), two (2), few (3), many (6), other.
# Numbers up to six read best as words, with the noun's mutation after "dau".
when-in-minutes = { $minutes ->
    [zero] yn dechrau nawr ({ $time })
    [one] mewn munud ({ $time })
    [two] mewn dau funud ({ $time })
    [few] mewn tri munud ({ $time })
    [many] mewn chwe munud ({ $time })
   *[other] mewn { $minutes } munud ({ $time })
}
when-today = heddiw { $time }
when-tomorrow = yfory { $time }
when-weekday = { $day } { $time }
when-date = { $date } { $time }
when-today-all-day = heddiw, drwy'r dydd
when-tomorrow-all-day = yfory, drwy'r dydd
when-weekday-all-day = { $day }, drwy'r dydd
when-date-all-day = { $date }, drwy'r dydd
when-by-appointment = drwy apwyntiad

distance-km = { $value } km
distance-mi = { $value } milltir

list-row-label = { $name }, { $when }
