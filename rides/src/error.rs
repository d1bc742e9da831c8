//! What the car-pool protocol and its place cells can refuse.
//!
//! The rides crate stands alone (the server uses it without the core, and without Fluent), so
//! it words nothing itself: each refusal is a typed [`Refusal`] with a stable code
//! ([`RefusalCode`], `"seats"`, `"too_far_ahead"`, …) and the limits it names as typed values.
//! The core words it in the person's language (`locales/*/errors.ftl`,
//! `error-ride-refusal-…`); the server sends its code to API clients, with an English sentence
//! beside it ([`Refusal`]'s `Display`) for people reading the API by hand.

/// Result alias for the rides crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a ride, operation or place was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Something from the caller or a client is not usable (a bad id, place, date or limit);
    /// the refusal says which rule, with its limits.
    #[error("{0}")]
    InvalidArgument(Refusal),
}

/// One rule of the car-pool protocol that an input breaks, with the limit it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// An operation id that is not a UUID in its usual lower-case hyphenated form.
    OpIdNotUuid,
    /// A ride id that is not a UUID in its usual lower-case hyphenated form.
    RideIdNotUuid,
    /// A match id that is not a UUID.
    MatchIdNotUuid,
    /// A meeting id that is empty or too long.
    MeetingIdInvalid,
    /// A time zone that is not an IANA zone.
    TimezoneUnknown,
    /// An occurrence date that is not the meeting's local date at its start.
    DateNotLocal,
    /// A point outside the usable map (latitude −85..85, longitude −180..180, not 0,0).
    PlaceUnusable,
    /// A place cell outside the map.
    CellOutsideMap,
    /// Seats outside 1 to `max`.
    Seats {
        /// The most seats an offer may have ([`crate::protocol::MAX_SEATS`]).
        max: u8,
    },
    /// A detour longer than `max` minutes.
    Detour {
        /// The longest detour ([`crate::protocol::MAX_DETOUR_MINUTES`]).
        max: u32,
    },
    /// A driver leaving after the meeting starts.
    LeaveAfterStart,
    /// A rider's flexibility longer than `max` minutes.
    Flexibility {
        /// The most flexibility ([`crate::protocol::MAX_FLEXIBILITY_MINUTES`]).
        max: u32,
    },
    /// A rider arriving long after the meeting starts.
    ArriveAfterStart,
    /// More than `max` operations in one sync.
    TooManyOps {
        /// [`crate::protocol::MAX_OPS`].
        max: usize,
    },
    /// More than `max` meetings followed in one sync.
    TooManyFollowed {
        /// [`crate::protocol::MAX_FOLLOW`].
        max: usize,
    },
    /// The meeting has already started.
    TooLate,
    /// The meeting is more than `days` days ahead.
    TooFarAhead {
        /// [`crate::protocol::MAX_DAYS_AHEAD`].
        days: i64,
    },
}

/// The stable code of a [`Refusal`], as the server sends it (`error.reason`, and an
/// operation's rejection `code` for [`RefusalCode::TooLate`] and
/// [`RefusalCode::TooFarAhead`]). Codes are never renamed; new ones may be added.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalCode {
    /// [`Refusal::OpIdNotUuid`].
    OpIdNotUuid,
    /// [`Refusal::RideIdNotUuid`].
    RideIdNotUuid,
    /// [`Refusal::MatchIdNotUuid`].
    MatchIdNotUuid,
    /// [`Refusal::MeetingIdInvalid`].
    MeetingIdInvalid,
    /// [`Refusal::TimezoneUnknown`].
    TimezoneUnknown,
    /// [`Refusal::DateNotLocal`].
    DateNotLocal,
    /// [`Refusal::PlaceUnusable`].
    PlaceUnusable,
    /// [`Refusal::CellOutsideMap`].
    CellOutsideMap,
    /// [`Refusal::Seats`].
    Seats,
    /// [`Refusal::Detour`].
    Detour,
    /// [`Refusal::LeaveAfterStart`].
    LeaveAfterStart,
    /// [`Refusal::Flexibility`].
    Flexibility,
    /// [`Refusal::ArriveAfterStart`].
    ArriveAfterStart,
    /// [`Refusal::TooManyOps`].
    TooManyOps,
    /// [`Refusal::TooManyFollowed`].
    TooManyFollowed,
    /// [`Refusal::TooLate`].
    TooLate,
    /// [`Refusal::TooFarAhead`].
    TooFarAhead,
}

impl RefusalCode {
    /// Every code.
    pub const ALL: [RefusalCode; 17] = [
        RefusalCode::OpIdNotUuid,
        RefusalCode::RideIdNotUuid,
        RefusalCode::MatchIdNotUuid,
        RefusalCode::MeetingIdInvalid,
        RefusalCode::TimezoneUnknown,
        RefusalCode::DateNotLocal,
        RefusalCode::PlaceUnusable,
        RefusalCode::CellOutsideMap,
        RefusalCode::Seats,
        RefusalCode::Detour,
        RefusalCode::LeaveAfterStart,
        RefusalCode::Flexibility,
        RefusalCode::ArriveAfterStart,
        RefusalCode::TooManyOps,
        RefusalCode::TooManyFollowed,
        RefusalCode::TooLate,
        RefusalCode::TooFarAhead,
    ];

    /// The code as it is written on the wire: `"seats"`, `"too_far_ahead"`.
    pub fn as_str(self) -> &'static str {
        match self {
            RefusalCode::OpIdNotUuid => "op_id_not_uuid",
            RefusalCode::RideIdNotUuid => "ride_id_not_uuid",
            RefusalCode::MatchIdNotUuid => "match_id_not_uuid",
            RefusalCode::MeetingIdInvalid => "meeting_id_invalid",
            RefusalCode::TimezoneUnknown => "timezone_unknown",
            RefusalCode::DateNotLocal => "date_not_local",
            RefusalCode::PlaceUnusable => "place_unusable",
            RefusalCode::CellOutsideMap => "cell_outside_map",
            RefusalCode::Seats => "seats",
            RefusalCode::Detour => "detour",
            RefusalCode::LeaveAfterStart => "leave_after_start",
            RefusalCode::Flexibility => "flexibility",
            RefusalCode::ArriveAfterStart => "arrive_after_start",
            RefusalCode::TooManyOps => "too_many_ops",
            RefusalCode::TooManyFollowed => "too_many_followed",
            RefusalCode::TooLate => "too_late",
            RefusalCode::TooFarAhead => "too_far_ahead",
        }
    }

    /// The code written as on the wire, if it is one of ours.
    pub fn parse(code: &str) -> Option<RefusalCode> {
        RefusalCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// The refusal this code stands for, with this crate's limits (what a phone needs to word
    /// a code the server sent: both sides build from the same crate).
    pub fn refusal(self) -> Refusal {
        use crate::protocol::{
            MAX_DAYS_AHEAD, MAX_DETOUR_MINUTES, MAX_FLEXIBILITY_MINUTES, MAX_FOLLOW, MAX_OPS,
            MAX_SEATS,
        };
        match self {
            RefusalCode::OpIdNotUuid => Refusal::OpIdNotUuid,
            RefusalCode::RideIdNotUuid => Refusal::RideIdNotUuid,
            RefusalCode::MatchIdNotUuid => Refusal::MatchIdNotUuid,
            RefusalCode::MeetingIdInvalid => Refusal::MeetingIdInvalid,
            RefusalCode::TimezoneUnknown => Refusal::TimezoneUnknown,
            RefusalCode::DateNotLocal => Refusal::DateNotLocal,
            RefusalCode::PlaceUnusable => Refusal::PlaceUnusable,
            RefusalCode::CellOutsideMap => Refusal::CellOutsideMap,
            RefusalCode::Seats => Refusal::Seats { max: MAX_SEATS },
            RefusalCode::Detour => Refusal::Detour {
                max: MAX_DETOUR_MINUTES,
            },
            RefusalCode::LeaveAfterStart => Refusal::LeaveAfterStart,
            RefusalCode::Flexibility => Refusal::Flexibility {
                max: MAX_FLEXIBILITY_MINUTES,
            },
            RefusalCode::ArriveAfterStart => Refusal::ArriveAfterStart,
            RefusalCode::TooManyOps => Refusal::TooManyOps { max: MAX_OPS },
            RefusalCode::TooManyFollowed => Refusal::TooManyFollowed { max: MAX_FOLLOW },
            RefusalCode::TooLate => Refusal::TooLate,
            RefusalCode::TooFarAhead => Refusal::TooFarAhead {
                days: MAX_DAYS_AHEAD,
            },
        }
    }
}

impl Refusal {
    /// The stable code.
    pub fn code(self) -> RefusalCode {
        match self {
            Refusal::OpIdNotUuid => RefusalCode::OpIdNotUuid,
            Refusal::RideIdNotUuid => RefusalCode::RideIdNotUuid,
            Refusal::MatchIdNotUuid => RefusalCode::MatchIdNotUuid,
            Refusal::MeetingIdInvalid => RefusalCode::MeetingIdInvalid,
            Refusal::TimezoneUnknown => RefusalCode::TimezoneUnknown,
            Refusal::DateNotLocal => RefusalCode::DateNotLocal,
            Refusal::PlaceUnusable => RefusalCode::PlaceUnusable,
            Refusal::CellOutsideMap => RefusalCode::CellOutsideMap,
            Refusal::Seats { .. } => RefusalCode::Seats,
            Refusal::Detour { .. } => RefusalCode::Detour,
            Refusal::LeaveAfterStart => RefusalCode::LeaveAfterStart,
            Refusal::Flexibility { .. } => RefusalCode::Flexibility,
            Refusal::ArriveAfterStart => RefusalCode::ArriveAfterStart,
            Refusal::TooManyOps { .. } => RefusalCode::TooManyOps,
            Refusal::TooManyFollowed { .. } => RefusalCode::TooManyFollowed,
            Refusal::TooLate => RefusalCode::TooLate,
            Refusal::TooFarAhead { .. } => RefusalCode::TooFarAhead,
        }
    }
}

/// An English sentence for API clients and logs (the server's `message`). People see the
/// core's wording of [`Refusal::code`] in their own language instead.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::OpIdNotUuid => {
                f.write_str("op_id must be a UUID like 0193a1b2-0000-7000-8000-000000000001")
            }
            Refusal::RideIdNotUuid => {
                f.write_str("ride_id must be a UUID like 0193a1b2-0000-7000-8000-000000000001")
            }
            Refusal::MatchIdNotUuid => f.write_str("match_id must be a UUID"),
            Refusal::MeetingIdInvalid => f.write_str("meeting_id is not valid"),
            Refusal::TimezoneUnknown => {
                f.write_str("timezone must be an IANA zone like Europe/London")
            }
            Refusal::DateNotLocal => {
                f.write_str("date is not the meeting's local date at its start time")
            }
            Refusal::PlaceUnusable => {
                f.write_str("that is not a usable place: latitude −85..85, longitude −180..180")
            }
            Refusal::CellOutsideMap => f.write_str("that place cell is outside the map"),
            Refusal::Seats { max } => write!(f, "seats must be 1 to {max}"),
            Refusal::Detour { max } => write!(f, "a detour is at most {max} minutes"),
            Refusal::LeaveAfterStart => f.write_str("leaving after the meeting starts"),
            Refusal::Flexibility { max } => write!(f, "flexibility is at most {max} minutes"),
            Refusal::ArriveAfterStart => f.write_str("arrive_by is long after the meeting starts"),
            Refusal::TooManyOps { max } => write!(f, "at most {max} operations per sync"),
            Refusal::TooManyFollowed { max } => write!(f, "at most {max} meetings per sync"),
            Refusal::TooLate => f.write_str("That meeting has already started."),
            Refusal::TooFarAhead { days } => write!(
                f,
                "Rides can be arranged up to {days} days before a meeting."
            ),
        }
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Self {
        Error::InvalidArgument(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_and_names_its_own_refusal() {
        for code in RefusalCode::ALL {
            assert_eq!(RefusalCode::parse(code.as_str()), Some(code));
            assert_eq!(code.refusal().code(), code);
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(RefusalCode::parse("seat_taken"), None);
    }
}
