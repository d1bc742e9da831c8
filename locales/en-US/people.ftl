# The People to call screen in US English (see en-GB/people.ftl for what each message means).
# As en-GB, but "dialed".

people-title = People to call
people-role-sponsor = Sponsor
people-role-friend = Friend
people-role-helpline = Helpline
people-role-other = Other
people-row-label = { $role ->
    [sponsor] { $name }, sponsor, { $phone }
    [friend] { $name }, friend, { $phone }
    [helpline] { $name }, helpline, { $phone }
   *[other] { $name }, { $phone }
}
people-action-add = Add someone
people-action-call = Call
people-action-text = Text
people-action-remove = Remove
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
people-remove-title = Take { $name } off your list?
people-remove-message = { $name } will be taken off this phone's list. Nothing is sent to them.
people-remove-confirm = Remove
people-remove-cancel = Keep them
people-number-unusable = This number cannot be dialed as it is written. To call or text, remove it and add it again with { $min } to { $max } digits.
people-full = Your list holds up to { $count } people. Remove someone to add another.
people-empty-title = No one here yet
people-empty = Add your sponsor, a friend or a helpline, so they are one tap away when you need them. This list stays on this phone, encrypted, and is never sent anywhere.
people-error = Your list could not be opened just now. It is safe on this phone; please try again.
