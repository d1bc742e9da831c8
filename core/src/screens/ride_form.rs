//! The form to offer a ride or ask for one: which of my meetings a ride can go to, on which
//! of their next days, and how many seats.
//!
//! The apps used to decide this themselves (any favourite, any date from a calendar, seats
//! 1–6, a 15-minute detour), so a person could pick a day the meeting does not meet, or an
//! online meeting, and only learn it from an error after pressing "save". The core knows which
//! meetings have a place and a zone and on which days they meet, so it offers only those:
//! every choice the form shows is one the board accepts.

use chrono::{DateTime, Duration, Timelike, Utc};
use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::{Notice, NoticeKind};
use crate::directory::Directory;
use crate::l10n::{negotiate, Arg, Words};
use crate::rides::ride_destination;
use crate::vault::Vault;

/// Offer seats, or ask for one.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RideFormKind {
    /// Offering seats in my car.
    Offer,
    /// Asking for a seat.
    Ask,
}

/// One day a ride can go to a meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RideFormDay {
    /// The meeting's local date (`YYYY-MM-DD`), for `PrivateVault.offer_ride` / `ask_for_ride`.
    pub date: String,
    /// "Tue 8 Dec at 19:30", in the meeting's own zone.
    pub label: String,
}

/// One of my meetings a ride can go to.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RideFormMeeting {
    /// Its id.
    pub meeting_id: String,
    /// Its name.
    pub name: String,
    /// Its next days, soonest first (the first is the form's default).
    pub days: Vec<RideFormDay>,
}

/// A choice of seats, worded ("2 seats").
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RideFormSeats {
    /// How many.
    pub count: u8,
    /// Its words.
    pub label: String,
}

/// Everything the form shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RideFormState {
    /// Offer or ask.
    pub kind: RideFormKind,
    /// "Offer a ride" / "Ask for a ride".
    pub title: String,
    /// The meeting choice's heading ("Meeting"), also what a screen reader says for it.
    pub meeting_label: String,
    /// My meetings a ride can go to (in person, with an exact place and a known zone, and
    /// meeting in the next four weeks), in the order of My meetings.
    pub meetings: Vec<RideFormMeeting>,
    /// The day choice's heading ("Day").
    pub day_label: String,
    /// The seat choice's heading ("Seats"); offer only, empty when asking.
    pub seats_label: String,
    /// Offer: the seat choices, fewest first; empty when asking.
    pub seats: Vec<RideFormSeats>,
    /// Offer: the seats chosen at first.
    pub default_seats: u8,
    /// Offer: the longest detour the driver accepts, in minutes (what the board matches on).
    pub detour_minutes: u32,
    /// What leaves the phone: only the area around where it is.
    pub from_note: String,
    /// The save button's words.
    pub save_label: String,
    /// Instead of the form, when none of my meetings can have rides.
    pub notices: Vec<Notice>,
    /// The locale the form is worded in.
    pub locale: String,
}

/// How many days ahead the form offers: four weeks.
pub const RIDE_FORM_DAYS_AHEAD: i64 = 28;
/// The most days the form lists per meeting.
pub const RIDE_FORM_MAX_DAYS: usize = 4;
/// Seats an offer may have, at most (the board's limit is higher; few cars have more).
pub const RIDE_FORM_MAX_SEATS: u8 = 6;
/// Seats chosen at first.
pub const RIDE_FORM_DEFAULT_SEATS: u8 = 2;
/// The detour an offer accepts unless the person says otherwise, in minutes.
pub const RIDE_FORM_DETOUR_MINUTES: u32 = 15;

pub(crate) mod words {
    crate::l10n::message_ids! {
        /// Every message id the form uses (checked against every locale by the tests).
        pub(crate) IDS;
        pub(crate) RIDE_FORM_DAY = "ride-form-day";
        pub(crate) RIDE_FORM_MEETING_LABEL = "ride-form-meeting-label";
        pub(crate) RIDE_FORM_DAY_LABEL = "ride-form-day-label";
        pub(crate) RIDE_FORM_SEATS_LABEL = "ride-form-seats-label";
        pub(crate) RIDE_FORM_SEATS = "ride-form-seats";
        pub(crate) RIDE_FORM_FROM = "ride-form-from";
        pub(crate) RIDE_FORM_SAVE_OFFER = "ride-form-save-offer";
        pub(crate) RIDE_FORM_SAVE_ASK = "ride-form-save-ask";
        pub(crate) RIDE_FORM_NONE_TITLE = "ride-form-none-title";
        pub(crate) RIDE_FORM_NONE = "ride-form-none";
    }
}
use words::*;

pub(crate) use words::IDS;

/// The form to offer or ask for a ride, from my meetings in the vault and their times in the
/// directory, at `options.at` (now when absent), worded in `options.locale`.
pub fn ride_form_state(
    vault: &mut Vault,
    directory: &Directory,
    kind: RideFormKind,
    options: &MeetingsOptions,
) -> RideFormState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    let at = options.at.unwrap_or_else(Utc::now);
    let (title, save) = match kind {
        RideFormKind::Offer => (
            super::rides::words::RIDES_ACTION_OFFER,
            RIDE_FORM_SAVE_OFFER,
        ),
        RideFormKind::Ask => (super::rides::words::RIDES_ACTION_ASK, RIDE_FORM_SAVE_ASK),
    };
    let seats = match kind {
        RideFormKind::Offer => (1..=RIDE_FORM_MAX_SEATS)
            .map(|count| RideFormSeats {
                count,
                label: w.own(RIDE_FORM_SEATS, &[("count", Arg::Number(i64::from(count)))]),
            })
            .collect(),
        RideFormKind::Ask => Vec::new(),
    };
    let saved = vault.favorites(directory, at.fixed_offset());
    let read_failed = saved.is_err();
    let meetings = saved
        .unwrap_or_default()
        .into_iter()
        .filter(|f| !f.meeting.temporarily_closed)
        .filter_map(|f| {
            let days = days(&f.meeting, at, w);
            (!days.is_empty()).then_some(RideFormMeeting {
                meeting_id: f.meeting_id,
                name: f.meeting.name,
                days,
            })
        })
        .collect::<Vec<_>>();
    let notices = if read_failed {
        // Not "save a meeting first" to someone who has: the rides' own "could not be read".
        vec![Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(super::rides::words::RIDES_ERROR, &[]),
        }]
    } else if meetings.is_empty() {
        vec![Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(RIDE_FORM_NONE_TITLE, &[])),
            message: w.text(RIDE_FORM_NONE, &[]),
        }]
    } else {
        Vec::new()
    };
    RideFormState {
        kind,
        title: w.text(title, &[]),
        meeting_label: w.text(RIDE_FORM_MEETING_LABEL, &[]),
        meetings,
        day_label: w.text(RIDE_FORM_DAY_LABEL, &[]),
        seats_label: match kind {
            RideFormKind::Offer => w.text(RIDE_FORM_SEATS_LABEL, &[]),
            RideFormKind::Ask => String::new(),
        },
        seats,
        default_seats: RIDE_FORM_DEFAULT_SEATS,
        detour_minutes: RIDE_FORM_DETOUR_MINUTES,
        from_note: w.text(RIDE_FORM_FROM, &[]),
        save_label: w.text(save, &[]),
        notices,
        locale: w.locale().tag().to_string(),
    }
}

/// The meeting's next days that have not started at `at`, in its own zone: the same check
/// the offer or request makes when saved ([`ride_destination`]), so each day listed is
/// accepted.
fn days(meeting: &crate::Meeting, at: DateTime<Utc>, w: &Words) -> Vec<RideFormDay> {
    let Some(zone) = meeting
        .timezone
        .as_deref()
        .and_then(crate::support::parse::parse_timezone)
    else {
        return Vec::new();
    };
    let today = at.with_timezone(&zone).date_naive();
    (0..=RIDE_FORM_DAYS_AHEAD)
        .filter_map(|n| today.checked_add_signed(Duration::days(n)))
        .filter_map(|date| {
            let dest = ride_destination(meeting, date).ok()?;
            // The board's own check: not started, not too far ahead.
            waymark_rides::protocol::start_refusal(dest.starts_at, at)
                .is_none()
                .then(|| {
                    let local = dest.starts_at.with_timezone(&dest.timezone);
                    let day = w.weekday_day_month(date);
                    let time = w.time(local.hour(), local.minute());
                    RideFormDay {
                        date: date.to_string(),
                        label: w.own(
                            RIDE_FORM_DAY,
                            &[("date", Arg::Text(&day)), ("time", Arg::Text(&time))],
                        ),
                    }
                })
        })
        .take(RIDE_FORM_MAX_DAYS)
        .collect()
}
