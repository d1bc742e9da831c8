//! A next step after a hard check-in.
//!
//! When a check-in says it is hard right now (a craving of [`HARD_CRAVING_FROM`] or more, or a
//! mood of [`HARD_MOOD_UP_TO`] or less), the answer carries one gentle line and something to
//! do now: the people on the person's own list ([`super::contacts`], one tap to call or text)
//! and the next few meetings (their own meetings first, then near them, then online) from the
//! offline directory when one is given. Everything is decided on the phone from what is on
//! it; nothing is sent anywhere, and nobody is told. The words are plain and kind: no alarm,
//! no judgement, no numbers read back at the person.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::contacts::Contact;
use super::journal::{EntryKind, JournalEntry, NewEntry};
use super::Vault;
use crate::directory::search::{AttendanceFilter, MeetingQuery, MeetingResult, SortOrder};
use crate::directory::Directory;
use crate::l10n::{Arg, Words};
use crate::support::error::Result;
use crate::support::geo::GeoPoint;

/// A craving at or above this (0–10) makes a check-in a hard one.
pub const HARD_CRAVING_FROM: u8 = 8;
/// A mood at or below this (1–5) makes a check-in a hard one.
pub const HARD_MOOD_UP_TO: u8 = 2;
/// How far ahead a next meeting may start, in minutes: the rest of today and tonight.
pub const NEXT_MEETING_WINDOW_MINUTES: u32 = 24 * 60;
/// Most meetings a next step offers: a few choices, not a list to scroll.
pub const MAX_NEXT_MEETINGS: usize = 3;

/// Why a meeting is offered.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextMeetingKind {
    /// One of my meetings.
    MyMeeting,
    /// In person, near the place given.
    Nearby,
    /// One that can be joined online.
    Online,
}

/// A meeting offered as a next step.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextMeeting {
    /// Why it is offered.
    pub kind: NextMeetingKind,
    /// The meeting and its next start.
    pub meeting: MeetingResult,
}

/// Something to do now, after a hard check-in.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    /// One gentle line to show first, in the language chosen in Settings (en-GB when none
    /// is).
    pub message: String,
    /// The person's own list (sponsor first), each one tap to call or text.
    pub contacts: Vec<Contact>,
    /// The next few meetings, soonest first within my meetings, nearby, online.
    pub meetings: Vec<NextMeeting>,
}

/// A saved check-in and, when it was a hard one, a next step.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckinResult {
    /// The entry as saved.
    pub entry: JournalEntry,
    /// Something to do now, when the check-in says it is hard.
    pub next_step: Option<NextStep>,
}

/// Whether a check-in's numbers say it is hard right now.
pub fn is_hard_checkin(mood: Option<u8>, craving: Option<u8>) -> bool {
    craving.is_some_and(|c| c >= HARD_CRAVING_FROM) || mood.is_some_and(|m| m <= HARD_MOOD_UP_TO)
}

crate::l10n::message_ids! {
    /// The next step's message ids, so a test can check every locale has them.
    pub(crate) IDS;
    /// `next-step` (see `locales/en-GB/editor.ftl`): the gentle line, shaped by `$offer`.
    pub(crate) NEXT_STEP = "next-step";
}

/// The gentle line, shaped by what there is to offer, in `w`'s words.
fn message_in(has_contacts: bool, has_meetings: bool, w: &Words) -> String {
    // What the message selects on; never shown.
    let offer = match (has_contacts, has_meetings) {
        (true, true) => "both",
        (true, false) => "people",
        (false, true) => "meeting",
        (false, false) => "none",
    };
    w.own(NEXT_STEP, &[("offer", Arg::Text(offer))])
}

/// A next step's gentle line in `w`'s words (the `message` of a [`NextStep`] is in the
/// language chosen in Settings): for a shell showing it in another language (the CLI's
/// `--locale`).
pub fn next_step_words(step: &NextStep, w: &Words) -> String {
    message_in(!step.contacts.is_empty(), !step.meetings.is_empty(), w)
}

#[cfg(test)]
fn message(has_contacts: bool, has_meetings: bool) -> String {
    message_in(
        has_contacts,
        has_meetings,
        Words::get(crate::l10n::Locale::EnGb),
    )
}

impl Vault {
    /// Saves a check-in (or any entry) and, when its mood or craving says it is hard (see
    /// [`is_hard_checkin`]), adds a next step: the contacts list and, with a directory, the
    /// next meetings (mine, near `near`, online). Nothing leaves the phone.
    pub fn add_checkin(
        &mut self,
        entry: NewEntry,
        directory: Option<&Directory>,
        near: Option<GeoPoint>,
        now: DateTime<FixedOffset>,
    ) -> Result<CheckinResult> {
        self.add_checkin_in(entry, directory, near, now, crate::l10n::Locale::EnGb)
    }

    /// [`Vault::add_checkin`], wording the next step in `fallback` (the phone's language)
    /// when no language is chosen in Settings.
    pub fn add_checkin_in(
        &mut self,
        entry: NewEntry,
        directory: Option<&Directory>,
        near: Option<GeoPoint>,
        now: DateTime<FixedOffset>,
        fallback: crate::l10n::Locale,
    ) -> Result<CheckinResult> {
        let entry = self.add_entry(entry, now)?;
        let next_step = self.next_step_in(&entry, directory, near, now, fallback)?;
        Ok(CheckinResult { entry, next_step })
    }

    /// The next step for a saved entry: `None` unless it is a hard check-in. Worded in the
    /// language chosen in Settings, else en-GB.
    pub fn next_step_after(
        &self,
        entry: &JournalEntry,
        directory: Option<&Directory>,
        near: Option<GeoPoint>,
        now: DateTime<FixedOffset>,
    ) -> Result<Option<NextStep>> {
        self.next_step_in(entry, directory, near, now, crate::l10n::Locale::EnGb)
    }

    /// [`Vault::next_step_after`], worded in `fallback` (the phone's language) when no
    /// language is chosen in Settings.
    pub(crate) fn next_step_in(
        &self,
        entry: &JournalEntry,
        directory: Option<&Directory>,
        near: Option<GeoPoint>,
        now: DateTime<FixedOffset>,
        fallback: crate::l10n::Locale,
    ) -> Result<Option<NextStep>> {
        let c = &entry.content;
        if c.kind != EntryKind::Checkin || !is_hard_checkin(c.mood, c.craving) {
            return Ok(None);
        }
        let contacts = self.contacts()?;
        let meetings = match directory {
            Some(d) => self.next_meetings(d, near, now)?,
            None => Vec::new(),
        };
        // In the language chosen in Settings, else the fallback.
        let w = Words::get(self.language()?.unwrap_or(fallback));
        Ok(Some(NextStep {
            message: message_in(!contacts.is_empty(), !meetings.is_empty(), w),
            contacts,
            meetings,
        }))
    }

    /// Up to [`MAX_NEXT_MEETINGS`] meetings starting within
    /// [`NEXT_MEETING_WINDOW_MINUTES`]: my meetings first, then in person near `near`, then
    /// online; each meeting once, closed venues left out.
    fn next_meetings(
        &self,
        directory: &Directory,
        near: Option<GeoPoint>,
        now: DateTime<FixedOffset>,
    ) -> Result<Vec<NextMeeting>> {
        let base = MeetingQuery {
            at: Some(now.with_timezone(&chrono::Utc)),
            viewer_timezone: None,
            upcoming_minutes: Some(NEXT_MEETING_WINDOW_MINUTES),
            sort: Some(SortOrder::Soonest),
            limit: Some(MAX_NEXT_MEETINGS as u32),
            ..MeetingQuery::default()
        };
        let mine: Vec<String> = self
            .favorite_records()?
            .into_iter()
            .map(|f| f.meeting_id)
            .collect();
        let mut queries = Vec::new();
        if !mine.is_empty() {
            queries.push((
                NextMeetingKind::MyMeeting,
                MeetingQuery {
                    ids: mine,
                    ..base.clone()
                },
            ));
        }
        if let Some(p) = near {
            queries.push((
                NextMeetingKind::Nearby,
                MeetingQuery {
                    near: Some(p),
                    attendance: Some(AttendanceFilter::InPerson),
                    ..base.clone()
                },
            ));
        }
        queries.push((
            NextMeetingKind::Online,
            MeetingQuery {
                attendance: Some(AttendanceFilter::Online),
                ..base
            },
        ));
        let mut out: Vec<NextMeeting> = Vec::new();
        for (kind, q) in queries {
            for m in directory.search(&q)? {
                if out.len() == MAX_NEXT_MEETINGS {
                    return Ok(out);
                }
                if m.temporarily_closed || out.iter().any(|n| n.meeting.id == m.id) {
                    continue;
                }
                out.push(NextMeeting { kind, meeting: m });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::contacts::ContactRole;
    use crate::vault::tests::{key, now};

    fn checkin(mood: Option<u8>, craving: Option<u8>) -> NewEntry {
        let mut e = NewEntry::text(EntryKind::Checkin, "");
        e.mood = mood;
        e.craving = craving;
        e
    }

    #[test]
    fn only_a_hard_checkin_gets_a_next_step_and_its_words_are_gentle() {
        assert!(is_hard_checkin(None, Some(8)));
        assert!(is_hard_checkin(Some(2), Some(0)));
        assert!(!is_hard_checkin(Some(3), Some(7)));
        assert!(!is_hard_checkin(None, None));

        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(4)).unwrap();
        let t = now("2026-11-24T17:00:00+00:00");
        let calm = v
            .add_checkin(checkin(Some(4), Some(2)), None, None, t)
            .unwrap();
        assert_eq!(calm.next_step, None);
        let note = v
            .add_checkin(NewEntry::text(EntryKind::Note, "craving 9"), None, None, t)
            .unwrap();
        assert_eq!(note.next_step, None);

        // No list yet: the line says how to have people one tap away.
        let hard = v
            .add_checkin(checkin(Some(1), None), None, None, t)
            .unwrap();
        let step = hard.next_step.unwrap();
        assert!(step.contacts.is_empty() && step.meetings.is_empty());
        assert!(step.message.contains("add a sponsor"), "{}", step.message);

        v.add_contact("Sam", ContactRole::Sponsor, "+44 7700 900123", t)
            .unwrap();
        let hard = v
            .add_checkin(checkin(None, Some(9)), None, None, t)
            .unwrap();
        let step = hard.next_step.unwrap();
        assert_eq!(step.contacts[0].call_link, "tel:+447700900123");
        assert!(step.message.contains("call or text"), "{}", step.message);
        for m in [
            message(true, true),
            message(false, true),
            message(false, false),
        ] {
            let lower = m.to_lowercase();
            for word in [
                "emergency",
                "danger",
                "urgent",
                "warning",
                "relapse",
                "fail",
                "should",
                "!",
            ] {
                assert!(!lower.contains(word), "{word} in {m}");
            }
        }
    }
}
