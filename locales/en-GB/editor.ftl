# The entry editor (core/src/screens/editor.rs) and the journal's prompts
# (core/src/vault/templates.rs). We wrote the prompts ourselves, in plain words: no text from
# any fellowship's literature. An answer is stored with its prompt as it was shown.

## Prompts: a template's heading, then its questions in order
template-daily-checkin = Daily check-in
template-daily-checkin-1 = What would help today?
template-daily-checkin-2 = Anything else on your mind?
template-gratitude = Gratitude list
template-gratitude-1 = Something that went well today
template-gratitude-2 = Someone you are glad is in your life
template-gratitude-3 = Something small you noticed and liked
template-nightly-review = Nightly review
template-nightly-review-1 = What went well today?
template-nightly-review-2 = Was there a moment you would handle differently?
template-nightly-review-3 = Is there anyone you would like to talk to, or make something right with?
template-nightly-review-4 = What are you looking forward to tomorrow?
template-meeting-reflection = Meeting reflection
template-meeting-reflection-1 = What did you hear that stayed with you?
template-meeting-reflection-2 = How did you feel before and after the meeting?
template-meeting-reflection-3 = Anything you would like to try this week?
template-step-work = Step work notes
template-step-work-1 = Which step or topic are you working on?
template-step-work-2 = What came up for you while thinking about it?
template-step-work-3 = What would you like to talk over with your sponsor or a friend?

## Entry editor
# A new entry's title by its kind: $kind is checkin, gratitude, review, meeting or note.
editor-title-new = { $kind ->
    [checkin] New check-in
    [gratitude] New gratitude list
    [review] New review
    [meeting] New meeting reflection
   *[note] New note
}
editor-title-edit = Edit entry
editor-mood = How is your mood?
editor-mood-low = Very low
editor-mood-high = Very good
editor-craving = How strong is any craving?
editor-craving-low = None
editor-craving-high = Overwhelming
editor-halt = Right now, are you…
editor-hungry = Hungry
editor-angry = Angry
editor-lonely = Lonely
editor-tired = Tired
editor-text = Anything you want to write
editor-text-placeholder = A few words is plenty.
editor-no-prompts = No prompts
editor-privacy = Only you can read this. It stays on this phone, encrypted.
editor-save = Save
editor-cancel = Cancel
editor-discard-title = Leave without saving?
editor-discard = What you wrote here will not be kept.
editor-discard-yes = Leave without saving
editor-discard-no = Keep writing
editor-not-found = This entry is not in your journal any more. It may have been deleted on purpose, or emptied from the trash.
editor-error = Your journal could not be opened just now. Nothing has been lost; please try again.

# After a hard check-in (core/src/vault/next_step.rs): one gentle line, then the person's own
# list and the next meetings. $offer is what follows it: "both" (people and meetings),
# "people", "meeting", or "none" (nothing yet: say how to have people one tap away). Never
# alarming, never blaming: no "emergency", "relapse", "fail", "should" (a test checks).
next-step = Thank you for checking in. This sounds like a hard moment, and it can pass; you don't have to get through it alone. { $offer ->
    [both] You could call or text someone on your list now, or go to a meeting coming up soon.
    [people] You could call or text someone on your list now.
    [meeting] There is a meeting coming up soon that you could go to.
   *[none] You could add a sponsor, a friend or a helpline to your list, so they are one tap away when you want them.
}

## The journal's Markdown export (core/src/vault/backup.rs; `waymark journal export`)

# The document's title.
export-md-title = My Waymark journal
# $date: the day, long ("2 May 2026"); $time: the time ("08:00").
export-md-exported = Exported { $date }, { $time }.
export-md-sobriety = Sobriety dates
# $label: the date's own label ("Alcohol"); $date: the date, long.
export-md-since = { $label }: since { $date }
export-md-meetings = My meetings
export-md-journal = Journal
export-md-empty = No entries yet.
# $mood: 1 to 5.
export-md-mood = Mood { $mood }/5
# $craving: 0 to 10.
export-md-craving = Craving { $craving }/10
# $felt: the HALT feelings ticked, joined with commas (editor-hungry… words).
export-md-halt = HALT: { $felt }
# $id: the meeting's id.
export-md-meeting = Meeting: { $id }
# $tags: the entry's tags, each with # ("#home #work").
export-md-tags = Tags: { $tags }
# $date, $time: when the entry was last changed.
export-md-edited = Edited { $date }, { $time }
