# The Sobriety dates screen in US English (see en-GB/sobriety.ftl for what each message means).
# The same as en-GB today; change a message here where US usage differs.

sobriety-title = Sobriety dates
sobriety-count-days = { $days ->
    [one] { $number } day
   *[other] { $number } days
}
sobriety-count-today = Starting today
sobriety-count-upcoming = Starts on { $date }
sobriety-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
sobriety-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
sobriety-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
sobriety-milestone-24-hours = 24 hours
sobriety-since = Since { $date }
sobriety-next = Next: { $milestone } on { $date }
sobriety-next-in = { $days ->
    [one] tomorrow
   *[other] in { $days } days
}
sobriety-milestone-today = Today marks { $milestone }. Well done; take a moment to notice it.
sobriety-card-label = { $label }: { $count }. { $since }.
sobriety-card-label-next = Next milestone: { $milestone } on { $date }, { $when }.
sobriety-card-label-upcoming = { $label }: { $count }.
sobriety-action-add = Add a date
sobriety-action-edit = Edit
sobriety-action-start-again = Start again from today
sobriety-action-remove = Remove
sobriety-edit-label = Edit { $label }
sobriety-start-again-label = Start { $label } again from today
sobriety-remove-label = Remove { $label }
sobriety-start-again-title = Start again from today?
sobriety-start-again-message = { $label } will count from today. Coming back is part of recovery, and everything you have learned comes with you.
sobriety-start-again-confirm = Start from today
sobriety-start-again-cancel = Not now
sobriety-remove-title = Remove this date?
sobriety-remove-message = { $label } and its count will be taken off this phone. You can add a date again at any time.
sobriety-remove-confirm = Remove
sobriety-remove-cancel = Keep it
sobriety-empty-title = No dates yet
sobriety-empty = A sobriety date is the day you began. Waymark counts the days from it and marks each milestone with you. It stays on this phone, encrypted.
sobriety-error = Your dates could not be opened just now. They are safe on this phone; please try again.
# The label of a sobriety date the person gave no label (stored with the date, in the
# language chosen in Settings, or the CLI's --locale).
sobriety-default-label = My date
