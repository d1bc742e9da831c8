# The People to call screen (core/src/screens/people.rs).
# Values: $name is the person's own name for a contact (any language or script); $phone the
# number as they typed it; $role is one of the words sponsor, friend, helpline, other, only
# ever used to choose a variant (never shown as it is); $min, $max and $count are numbers.

people-title = People to call
# The role under a name, as a label.
people-role-sponsor = Sponsor
people-role-friend = Friend
people-role-helpline = Helpline
people-role-other = Other
# For a screen reader, a row: "Sam, sponsor, 07700 900123" (no role word for "other").
people-row-label = { $role ->
    [sponsor] { $name }, sponsor, { $phone }
    [friend] { $name }, friend, { $phone }
    [helpline] { $name }, helpline, { $phone }
   *[other] { $name }, { $phone }
}
people-action-add = Add someone
people-action-call = Call
# Opens a text message to them.
people-action-text = Text
people-action-remove = Remove
# For a screen reader, the buttons: "Call Sam, sponsor".
people-call-label = { $role ->
    [sponsor] Call { $name }, sponsor
    [friend] Call { $name }, friend
    [helpline] Call { $name }, helpline
   *[other] Call { $name }
}
people-text-label = { $role ->
    [sponsor] Text { $name }, sponsor
    [friend] Text { $name }, friend
    [helpline] Text { $name }, helpline
   *[other] Text { $name }
}
people-remove-label = Remove { $name }
# Asked before taking someone off the list.
people-remove-title = Take { $name } off your list?
people-remove-message = { $name } will be taken off this phone's list. Nothing is sent to them.
people-remove-confirm = Remove
people-remove-cancel = Keep them
# A stored number the phone cannot dial (kept as it was written, without call and text
# buttons): why, and what to do. $min and $max are the digits a number needs.
people-number-unusable = This number cannot be dialled as it is written. To call or text, remove it and add it again with { $min } to { $max } digits.
# The list holds at most $count people.
people-full = Your list holds up to { $count } people. Remove someone to add another.
# No one yet: what the list is for, and that it stays on the phone.
people-empty-title = No one here yet
people-empty = Add your sponsor, a friend or a helpline, so they are one tap away when you need them. This list stays on this phone, encrypted, and is never sent anywhere.
people-error = Your list could not be opened just now. It is safe on this phone; please try again.
