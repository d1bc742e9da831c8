# The Sobriety dates screen (core/src/screens/sobriety.rs).
# Values: $label is the person's own name for a date ("Alcohol"; any language or script);
# $date is a date already formatted for the locale ("14 Oct 2025", or "Thu 14 Oct" for a
# milestone within the year); $milestone is a milestone worded by the messages below
# ("30 days", "1 year"); $days, $years, $months are numbers, for plural rules; $number is
# $days formatted for the locale ("1,412").
# Starting again is never a failure: no message here speaks of failing, losing, slipping or
# going back to zero (a test checks the start-again words in every locale).

sobriety-title = Sobriety dates
# The count on a card, in days; $number is $days with the locale's digit grouping.
sobriety-count-days = { $days ->
    [one] { $number } day
   *[other] { $number } days
}
# The count on the day the date is today.
sobriety-count-today = Starting today
# A date after the viewer's today (set in another time zone, or restored from a backup).
sobriety-count-upcoming = Starts on { $date }
# Parts of "1 year, 1 month and 16 days" (joined by the "and" list of screens.ftl), also
# used to name milestones ("30 days", "6 months", "1 year").
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
# The first milestone, the day after the date.
sobriety-milestone-24-hours = 24 hours
# When the count began: $date with its year.
sobriety-since = Since { $date }
# The next milestone: $milestone "30 days", $date "Sat 12 Dec".
sobriety-next = Next: { $milestone } on { $date }
# How far off the next milestone is: $days from today (1 or more).
sobriety-next-in = { $days ->
    [one] tomorrow
   *[other] in { $days } days
}
# A milestone reached today, marked gently.
sobriety-milestone-today = Today marks { $milestone }. Well done; take a moment to notice it.
# For a screen reader, a card: $label, $count ("412 days"), $since ("Since 14 Oct 2025").
sobriety-card-label = { $label }: { $count }. { $since }.
# Read after the card's label: $milestone "2 years", $date "Thu 14 Oct", $when "in 5 days".
sobriety-card-label-next = Next milestone: { $milestone } on { $date }, { $when }.
# For a screen reader, a card whose date is still to come: $count "Starts on 3 Dec 2026".
sobriety-card-label-upcoming = { $label }: { $count }.
sobriety-action-add = Add a date
sobriety-action-edit = Edit
# Sets the date to today, after the confirmation below.
sobriety-action-start-again = Start again from today
sobriety-action-remove = Remove
# What a screen reader says for each card's buttons: $label is the date's own name.
sobriety-edit-label = Edit { $label }
sobriety-start-again-label = Start { $label } again from today
sobriety-remove-label = Remove { $label }
# Asked before starting again: kind, and never about what went before.
sobriety-start-again-title = Start again from today?
sobriety-start-again-message = { $label } will count from today. Coming back is part of recovery, and everything you have learned comes with you.
sobriety-start-again-confirm = Start from today
sobriety-start-again-cancel = Not now
# Asked before removing a date.
sobriety-remove-title = Remove this date?
sobriety-remove-message = { $label } and its count will be taken off this phone. You can add a date again at any time.
sobriety-remove-confirm = Remove
sobriety-remove-cancel = Keep it
# No dates yet: what a date is for, and where it is kept.
sobriety-empty-title = No dates yet
sobriety-empty = A sobriety date is the day you began. Waymark counts the days from it and marks each milestone with you. It stays on this phone, encrypted.
sobriety-error = Your dates could not be opened just now. They are safe on this phone; please try again.
# The label of a sobriety date the person gave no label (stored with the date, in the
# language chosen in Settings, or the CLI's --locale).
sobriety-default-label = My date
