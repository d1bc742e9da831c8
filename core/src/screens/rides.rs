//! The Rides screen: my offers, my requests and my matches, each with its meeting's name and
//! time in the viewer's zone, where it stands in plain words, and the one thing the person can
//! do next (accept, cancel, try again).
//!
//! It reads only what the phone already holds: the vault's outbox (what was composed here and
//! whether the board answered) and the board's last answer (`Vault::rides_view`), so it works
//! offline. Meeting names and start times come from the directory; a meeting the directory no
//! longer lists is named calmly ("a meeting that is no longer listed") and its ride still shows.
//!
//! Why it says so little about places: the exact start or pickup a person typed stays in the
//! vault (`ride_places`) and this screen never reads it. The only place it shows is the pickup
//! *area* of a confirmed match, snapped to the same ~1 km cell the protocol uses, so no row can
//! reveal a home.
//!
//! Each operation in the outbox is shown on the row it is about: an offer not sent yet, a
//! cancellation waiting, an acceptance refused by the board with its reason in the person's
//! language (the board's own sentence is English; its stable code is worded here).

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::meetings::{MeetingsOptions, ROW_NAME_GRAPHEMES};
use super::{Notice, NoticeKind};
use crate::directory::Directory;
use crate::l10n::{ids, negotiate, truncate, Arg, Words};
use crate::rides::outbox::{OpState, OutboxEntry};
use crate::rides::protocol::{MatchState, MatchView, Op, RideView, Role, MAX_DAYS_AHEAD};
use crate::rides::CoarseCell;
use crate::support::geo::GeoPoint;
use crate::vault::Vault;

mod rows;
use rows::Builder;

/// The Rides screen's message ids (`locales/*/rides.ftl`).
pub(crate) mod words {
    crate::l10n::message_ids! {
        /// Every message id the Rides screen uses (checked against every locale by the tests).
        pub(crate) IDS;
        pub(crate) RIDES_TITLE = "rides-title";
        pub(crate) RIDES_SECTION_OFFERS = "rides-section-offers";
        pub(crate) RIDES_SECTION_REQUESTS = "rides-section-requests";
        pub(crate) RIDES_SECTION_MATCHES = "rides-section-matches";
        pub(crate) RIDES_MEETING_NOT_LISTED = "rides-meeting-not-listed";
        pub(crate) RIDES_MEETING_UNKNOWN = "rides-meeting-unknown";
        pub(crate) RIDES_SEATS_FREE = "rides-seats-free";
        pub(crate) RIDES_STATUS_NOT_SENT = "rides-status-not-sent";
        pub(crate) RIDES_STATUS_CANCEL_NOT_SENT = "rides-status-cancel-not-sent";
        pub(crate) RIDES_STATUS_ACCEPT_NOT_SENT = "rides-status-accept-not-sent";
        pub(crate) RIDES_STATUS_NOT_DONE = "rides-status-not-done";
        pub(crate) RIDES_STATUS_LOOKING_RIDERS = "rides-status-looking-riders";
        pub(crate) RIDES_STATUS_LOOKING_DRIVER = "rides-status-looking-driver";
        pub(crate) RIDES_STATUS_RIDERS_FOUND = "rides-status-riders-found";
        pub(crate) RIDES_STATUS_HAVE_SEAT = "rides-status-have-seat";
        pub(crate) RIDES_STATUS_CANCELLED = "rides-status-cancelled";
        pub(crate) RIDES_STATUS_PASSED = "rides-status-passed";
        pub(crate) RIDES_MATCH_SUGGESTED_RIDER = "rides-match-suggested-rider";
        pub(crate) RIDES_MATCH_SUGGESTED_DRIVER = "rides-match-suggested-driver";
        pub(crate) RIDES_MATCH_SEAT_HELD_DRIVER = "rides-match-seat-held-driver";
        pub(crate) RIDES_MATCH_WAITING = "rides-match-waiting";
        pub(crate) RIDES_MATCH_AGREED = "rides-match-agreed";
        pub(crate) RIDES_MATCH_CANCELLED = "rides-match-cancelled";
        pub(crate) RIDES_MATCH_EXPIRED = "rides-match-expired";
        pub(crate) RIDES_DETOUR = "rides-detour";
        pub(crate) RIDES_PICKUP_TIME = "rides-pickup-time";
        pub(crate) RIDES_PICKUP_AREA = "rides-pickup-area";
        pub(crate) RIDES_WITH = "rides-with";
        pub(crate) RIDES_REASON_SEAT_TAKEN = "rides-reason-seat-taken";
        pub(crate) RIDES_REASON_NOT_OWNER = "rides-reason-not-owner";
        pub(crate) RIDES_REASON_NOT_FOUND = "rides-reason-not-found";
        pub(crate) RIDES_REASON_TOO_LATE = "rides-reason-too-late";
        pub(crate) RIDES_REASON_TOO_FAR_AHEAD = "rides-reason-too-far-ahead";
        pub(crate) RIDES_REASON_ALREADY_MATCHED = "rides-reason-already-matched";
        pub(crate) RIDES_REASON_NO_LONGER_AVAILABLE = "rides-reason-no-longer-available";
        pub(crate) RIDES_REASON_ALREADY_HAVE_RIDE = "rides-reason-already-have-ride";
        pub(crate) RIDES_REASON_TOO_MANY_RIDES = "rides-reason-too-many-rides";
        pub(crate) RIDES_REASON_MEETING_FULL = "rides-reason-meeting-full";
        pub(crate) RIDES_REASON_CONFLICT = "rides-reason-conflict";
        pub(crate) RIDES_REASON_OTHER = "rides-reason-other";
        pub(crate) RIDES_EMPTY_TITLE = "rides-empty-title";
        pub(crate) RIDES_EMPTY = "rides-empty";
        pub(crate) RIDES_NO_SERVER_TITLE = "rides-no-server-title";
        pub(crate) RIDES_NO_SERVER = "rides-no-server";
        pub(crate) RIDES_PENDING = "rides-pending";
        pub(crate) RIDES_OFFLINE = "rides-offline";
        pub(crate) RIDES_SYNC_FAILED = "rides-sync-failed";
        pub(crate) RIDES_ERROR = "rides-error";
        pub(crate) RIDES_ROW_LABEL = "rides-row-label";
        pub(crate) RIDES_ROW_LABEL_DETAIL = "rides-row-label-detail";
        pub(crate) RIDES_ACTION_OFFER = "rides-action-offer";
        pub(crate) RIDES_ACTION_ASK = "rides-action-ask";
        pub(crate) RIDES_ACTION_ACCEPT = "rides-action-accept";
        pub(crate) RIDES_ACTION_CANCEL = "rides-action-cancel";
        pub(crate) RIDES_ACTION_SYNC = "rides-action-sync";
        pub(crate) RIDES_ACTION_RETRY = "rides-action-retry";
        pub(crate) RIDES_ACTION_SET_SERVER = "rides-action-set-server";
        pub(crate) RIDES_ACTION_TRY_AGAIN = "rides-action-try-again";
    }
}
use words::*;

pub(crate) use words::IDS;

/// Board refusal codes for which trying the same thing again later may work (the board was
/// busy or full just then); for the others (a seat taken, a meeting started) it cannot.
pub const RETRYABLE_CODES: &[&str] = &["conflict", "meeting_full", "too_many_rides"];

/// How the last ride sync went, when it did not work: what the app's `RideClient` remembers
/// and hands to the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideSyncProblem {
    /// The board could not be reached (no connection, or no answer in time).
    Offline,
    /// The board answered with an error, or with something Waymark cannot read.
    Failed,
}

impl RideSyncProblem {
    /// The problem a failed sync's error is: offline or a timeout, else failed.
    pub fn of(e: &crate::Error) -> Self {
        match e.kind() {
            crate::ErrorKind::Offline | crate::ErrorKind::Timeout => RideSyncProblem::Offline,
            _ => RideSyncProblem::Failed,
        }
    }
}

/// What the screen needs to know besides the vault: whether a car-pool server is set, and how
/// the last sync went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RidesContext {
    /// Whether the app has a car-pool server to sync with.
    pub server_set: bool,
    /// The last sync's problem, if it failed (`None` when it worked or none was tried).
    pub last_sync: Option<RideSyncProblem>,
}

/// A section of the Rides screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RidesSectionKind {
    /// Seats I offer.
    Offers,
    /// Seats I ask for.
    Requests,
    /// Drivers and riders the board paired with my offers and requests.
    Matches,
}

/// What a row is.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideRowKind {
    /// One of my offers (its `id` is the ride's).
    Offer,
    /// One of my requests (its `id` is the ride's).
    Request,
    /// A match (its `id` is the match's).
    Match,
}

/// Where a row stands, for its look (the words are in `status_label`).
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RideStatus {
    /// Composed on this phone, not sent yet (or a cancellation or acceptance waiting).
    NotSent,
    /// The board refused it; the reason is in `details`.
    NotDone,
    /// On the board, looking for a match.
    Open,
    /// An offer with riders, or a request with a seat.
    Matched,
    /// A match suggested: waiting for me to accept.
    NeedsYou,
    /// I accepted; waiting for the other person.
    Waiting,
    /// Both accepted: the pickup is agreed.
    Agreed,
    /// Cancelled (by me, the other person, or the seat went to someone else).
    Cancelled,
    /// The meeting has passed (a match: it expired before both accepted).
    Expired,
}

/// A button on the Rides screen (or on one of its rows).
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RidesAction {
    /// Offer seats to a meeting: the core's ride form (`PrivateVault.ride_form`), then
    /// `PrivateVault.offer_ride`.
    OfferRide,
    /// Ask for a seat to a meeting: the core's ride form, then `PrivateVault.ask_for_ride`.
    AskForRide,
    /// Accept the match in `target` (`RideClient.accept`, with a public place to meet).
    Accept,
    /// Cancel my ride in `target` (`RideClient.cancel`).
    Cancel,
    /// Send what is waiting and look for matches now (`RideClient.sync`).
    SyncNow,
    /// Queue again the refused operation in `target` (`RideClient.retry`), then sync.
    Retry,
    /// No car-pool server is set: open the setting to choose one.
    SetServer,
    /// Reading failed: build the screen again.
    TryAgain,
}

/// A button: what it does, its words, and the id it acts on.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RidesActionItem {
    /// What it does.
    pub action: RidesAction,
    /// Its words.
    pub label: String,
    /// The ride (cancel), match (accept) or operation (retry) it acts on; none for the
    /// screen's own buttons.
    pub target: Option<String>,
}

/// One offer, request or match.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RideRow {
    /// Offer, request or match.
    pub kind: RideRowKind,
    /// The ride's id (offers, requests) or the match's.
    pub id: String,
    /// The meeting's id, for its screen.
    pub meeting_id: String,
    /// The meeting's name (cut to fit); "A meeting that is no longer listed" when the
    /// directory no longer lists it; "A meeting" when the screen was given no directory.
    pub meeting: String,
    /// Whether the directory (when given) lists the meeting.
    pub meeting_listed: bool,
    /// When the meeting starts, in the viewer's zone and words ("tomorrow 19:00",
    /// "Tue 1 Dec 19:00"); only the date when its time is not known.
    pub when: String,
    /// Where it stands.
    pub status: RideStatus,
    /// Where it stands, in words.
    pub status_label: String,
    /// More, each a short sentence: seats free, minutes out of the driver's way, pickup time,
    /// who with, why the board refused.
    pub details: Vec<String>,
    /// A confirmed match's pickup area: the centre of the ~1 km cell around the agreed public
    /// place, never a home.
    pub pickup_area: Option<GeoPoint>,
    /// The row's buttons (accept, cancel, try again).
    pub actions: Vec<RidesActionItem>,
    /// What a screen reader says for the row.
    pub accessibility_label: String,
}

/// A titled group of rows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RidesSection {
    /// Which section.
    pub kind: RidesSectionKind,
    /// "My offers", "My requests", "Matches".
    pub heading: String,
    /// Its rows, soonest meeting first (those passed or cancelled last); never empty.
    pub rows: Vec<RideRow>,
}

/// Everything the Rides screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RidesState {
    /// "Rides".
    pub title: String,
    /// My offers, my requests and matches; empty sections are left out.
    pub sections: Vec<RidesSection>,
    /// No rides yet (what car-pools are, and that no home is shared), no server set, what is
    /// waiting to be sent, offline, a sync or a read that failed.
    pub notices: Vec<Notice>,
    /// The screen's buttons: offer a ride, ask for one, sync now, set a server, try again.
    pub actions: Vec<RidesActionItem>,
    /// The locale the screen is worded in.
    pub locale: String,
    /// When a row next changes by the clock alone (a meeting starts, so its ride has
    /// passed); the screen object rebuilds itself then while anyone listens.
    pub refresh_at: Option<DateTime<Utc>>,
}

/// The Rides screen's state, from the vault's outbox and last known rides, meeting names and
/// times from `directory` (when given), at `options.at` (now when absent), times in the
/// viewer's zone.
pub fn rides_state(
    vault: &Vault,
    directory: Option<&Directory>,
    context: RidesContext,
    options: &MeetingsOptions,
) -> RidesState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    rides_state_in(vault, directory, context, options, w)
}

/// [`rides_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn rides_state_in(
    vault: &Vault,
    directory: Option<&Directory>,
    context: RidesContext,
    options: &MeetingsOptions,
    w: &Words,
) -> RidesState {
    let at = options.at.unwrap_or_else(Utc::now);
    let mut state = RidesState {
        title: w.text(RIDES_TITLE, &[]),
        sections: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        locale: w.locale().tag().to_string(),
        refresh_at: None,
    };
    let action = |action, id: &str, target: Option<&str>| RidesActionItem {
        action,
        label: w.text(id, &[]),
        target: target.map(str::to_string),
    };
    let read = vault
        .outbox()
        .and_then(|outbox| Ok((outbox, vault.ride_view()?)));
    let Ok((outbox, (rides, matches))) = read else {
        state.notices.push(Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(RIDES_ERROR, &[]),
        });
        state
            .actions
            .push(action(RidesAction::TryAgain, RIDES_ACTION_TRY_AGAIN, None));
        return state;
    };
    let builder = Builder {
        w,
        directory,
        viewer: options.zone(),
        at,
        outbox: &outbox,
        rides: &rides,
        next_start: std::cell::Cell::new(None),
    };
    let (offers, requests) = builder.ride_rows();
    let match_rows = builder.match_rows(&matches);
    state.refresh_at = builder.next_start.get();

    // Notices: no server, the last sync, what waits to be sent, or nothing yet.
    if !context.server_set {
        state.notices.push(Notice {
            kind: NoticeKind::Info,
            title: Some(w.text(RIDES_NO_SERVER_TITLE, &[])),
            message: w.text(RIDES_NO_SERVER, &[]),
        });
    }
    match context.last_sync {
        Some(RideSyncProblem::Offline) if context.server_set => state.notices.push(Notice {
            kind: NoticeKind::Stale,
            title: None,
            message: w.text(RIDES_OFFLINE, &[]),
        }),
        Some(RideSyncProblem::Failed) if context.server_set => state.notices.push(Notice {
            kind: NoticeKind::Error,
            title: None,
            message: w.text(RIDES_SYNC_FAILED, &[]),
        }),
        _ => {}
    }
    let pending = outbox
        .iter()
        .filter(|e| e.state == OpState::Pending)
        .count();
    if pending > 0 {
        state.notices.push(Notice {
            kind: NoticeKind::Info,
            title: None,
            message: w.own(
                RIDES_PENDING,
                &[(
                    "count",
                    Arg::Number(i64::try_from(pending).unwrap_or(i64::MAX)),
                )],
            ),
        });
    }
    let empty = offers.is_empty() && requests.is_empty() && match_rows.is_empty();
    if empty {
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(RIDES_EMPTY_TITLE, &[])),
            message: w.text(RIDES_EMPTY, &[]),
        });
    }
    for (kind, id, rows) in [
        (RidesSectionKind::Offers, RIDES_SECTION_OFFERS, offers),
        (RidesSectionKind::Requests, RIDES_SECTION_REQUESTS, requests),
        (RidesSectionKind::Matches, RIDES_SECTION_MATCHES, match_rows),
    ] {
        if !rows.is_empty() {
            state.sections.push(RidesSection {
                kind,
                heading: w.text(id, &[]),
                rows,
            });
        }
    }
    state
        .actions
        .push(action(RidesAction::OfferRide, RIDES_ACTION_OFFER, None));
    state
        .actions
        .push(action(RidesAction::AskForRide, RIDES_ACTION_ASK, None));
    if context.server_set {
        state
            .actions
            .push(action(RidesAction::SyncNow, RIDES_ACTION_SYNC, None));
    } else {
        state.actions.push(action(
            RidesAction::SetServer,
            RIDES_ACTION_SET_SERVER,
            None,
        ));
    }
    state
}

#[cfg(test)]
#[path = "rides_tests.rs"]
pub(crate) mod tests;
