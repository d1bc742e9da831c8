# The Rides screen in US English (see en-GB/rides.ftl for what each message means and its
# variables). US spelling where it differs: canceled, canceling.

rides-title = Rides

## Section headings

rides-section-offers = My offers
rides-section-requests = My requests
rides-section-matches = Matches

rides-meeting-not-listed = A meeting that is no longer listed
rides-meeting-unknown = A meeting

rides-seats-free = { $count ->
    [0] No seats free
    [one] One seat free
   *[other] { $count } seats free
}

## Where an offer or request stands

rides-status-not-sent = Not sent yet — will send when you are online
rides-status-cancel-not-sent = Canceling — will send when you are online
rides-status-accept-not-sent = Accepted — will send when you are online
rides-status-not-done = Not done
rides-status-looking-riders = Looking for riders
rides-status-looking-driver = Looking for a driver
rides-status-riders-found = Riders found
rides-status-have-seat = You have a seat
rides-status-cancelled = Canceled
rides-status-passed = This meeting has passed

## Where a match stands

rides-match-suggested-rider = A driver could take you — accept to hold a seat
rides-match-suggested-driver = A rider fits your route — accept to offer them a seat
rides-match-seat-held-driver = A rider is holding a seat — accept to agree the pickup
rides-match-waiting = Waiting for the other person
rides-match-agreed = Agreed — pickup arranged
rides-match-cancelled = Canceled — this match is no longer on
rides-match-expired = Expired — the meeting has passed

## Details under a row

rides-detour = { $minutes ->
    [one] About 1 minute out of your way.
   *[other] About { $minutes } minutes out of your way.
}
rides-pickup-time = Pickup around { $time }.
rides-with = With { $handle }.
rides-pickup-area = The map shows the pickup area, not anyone's home.

## Why the car-pool server refused (its codes, worded here)

rides-reason-seat-taken = That seat has just been taken by someone else.
rides-reason-not-owner = Only the person who set up this ride can change it.
rides-reason-not-found = The car-pool server no longer has this ride.
rides-reason-too-late = That meeting has already started.
rides-reason-too-far-ahead = { $days ->
    [one] Rides can be arranged up to 1 day before a meeting.
   *[other] Rides can be arranged up to { $days } days before a meeting.
}
rides-reason-already-matched = This has already been matched.
rides-reason-no-longer-available = This ride is no longer available.
rides-reason-already-have-ride = You already have a ride arranged for this meeting.
rides-reason-too-many-rides = You have as many rides open as the server allows. Cancel one you no longer need, then try again.
rides-reason-meeting-full = This meeting has as many rides as the server can hold just now.
rides-reason-conflict = Something changed on the server at the same moment.
rides-reason-other = The car-pool server could not do this just now.

## Notices

rides-empty-title = No rides yet
rides-empty = Car-pools help people get to meetings together: offer a seat or ask for one. Only the area you start from (about 1 km) is shared, never your home address.
rides-no-server-title = No car-pool server set
rides-no-server = Rides go through a car-pool server you choose. Until you set one, what you arrange stays on this phone.
rides-pending = { $count ->
    [one] One change is not sent yet. It will send when you are online.
   *[other] { $count } changes are not sent yet. They will send when you are online.
}
rides-offline = You seem to be offline. Nothing is lost: your changes will send when you are online.
rides-sync-failed = The car-pool server could not take your changes just now. Nothing is lost; try again in a while.
rides-error = Your rides could not be read just now. Nothing is lost; please try again.

## What a screen reader says for a row

rides-row-label = { $name }, { $when }: { $status }
rides-row-label-detail = { $name }, { $when }: { $status }. { $detail }

## Buttons

rides-action-offer = Offer a ride
rides-action-ask = Ask for a ride
rides-action-accept = Accept
rides-action-cancel = Cancel ride
rides-action-sync = Sync now
rides-action-retry = Try again
rides-action-set-server = Set a car-pool server
rides-action-try-again = Try again

## The form to offer or ask for a ride (core/src/screens/ride_form.rs)

# One day a ride can go: $date is "Tue, Dec 8", $time "7:30 PM", both already formatted.
ride-form-day = { $date } at { $time }
ride-form-meeting-label = Meeting
ride-form-day-label = Day
ride-form-seats-label = Seats
ride-form-seats = { $count ->
    [one] 1 seat
   *[other] { $count } seats
}
ride-form-from = The ride starts from where your phone is when you save. Only the area around it (about 1 km) is shared, never your home address.
ride-form-save-offer = Offer seats
ride-form-save-ask = Ask for a seat
ride-form-none-title = No meetings to ride to yet
ride-form-none = Rides go to your in-person meetings that have a full address. Save one to My meetings first.
