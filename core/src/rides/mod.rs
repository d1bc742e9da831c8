//! Car-pools to meetings: the phone's side (the client, where a ride goes) over the shared
//! car-pool crate.
//!
//! Nobody's home leaves their phone. A driver's start and a rider's pickup area are sent as
//! [`CoarseCell`]s: the exact point is snapped to the centre of a grid cell of about 1 km, so
//! the same home always gives the same cell (posting twice reveals nothing more) and the cell
//! says "around Penparcau", not which house. Exact pickup points (a public place each person
//! chooses) are shared only after both confirm, and only with the other party.
//!
//! The protocol, matching, cells and travel estimates live in `waymark-rides`, so that phones
//! and the server (which does not depend on the core) answer the same way; they are
//! re-exported here so core callers keep their paths (`waymark_core::rides::protocol`, …).
//! What stays here is what needs the core: the HTTP [`client`] and [`ride_destination`] (a
//! meeting's place and start from the directory).

pub mod client;
pub mod outbox;
pub mod sync;

pub use waymark_rides::matching;
pub use waymark_rides::protocol;
pub use waymark_rides::{CoarseCell, StraightLineEstimator, TravelEstimator, CELL_DEGREES};

use crate::support::geo::GeoPoint;

/// A refusal of the car-pool crate becomes the core's error, worded in the person's language:
/// the car-pool crate stands alone (the server uses it too, without Fluent) and only says
/// which rule ([`waymark_rides::Refusal`], with its limit); the core words its code
/// (`error-ride-refusal` in `locales/*/errors.ftl`). A meeting that has started is
/// [`crate::Error::MeetingAlreadyStarted`], as composing such a ride always said.
impl From<waymark_rides::Error> for crate::Error {
    fn from(e: waymark_rides::Error) -> Self {
        let waymark_rides::Error::InvalidArgument(refusal) = e;
        refusal_error(refusal)
    }
}

/// The core's error for a car-pool refusal (see the `From` conversion above).
pub(crate) fn refusal_error(refusal: waymark_rides::Refusal) -> crate::Error {
    use waymark_rides::Refusal;
    let limit: i64 = match refusal {
        Refusal::TooLate => return crate::Error::MeetingAlreadyStarted,
        Refusal::Seats { max } => max.into(),
        Refusal::Detour { max } | Refusal::Flexibility { max } => max.into(),
        Refusal::TooManyOps { max } | Refusal::TooManyFollowed { max } => {
            i64::try_from(max).unwrap_or(i64::MAX)
        }
        Refusal::TooFarAhead { days } => days,
        _ => 0,
    };
    crate::Error::invalid_with(
        crate::support::msg::RIDE_REFUSAL,
        [
            ("reason", refusal.code().as_str().into()),
            ("max", limit.into()),
        ],
    )
}

/// Where and when a ride goes: a meeting's exact place and its start on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct RideDestination {
    /// The meeting's place (never an approximate one).
    pub place: GeoPoint,
    /// The start on that date, as an instant.
    pub starts_at: chrono::DateTime<chrono::Utc>,
    /// The meeting's zone, for reading other meeting-local times on that date.
    pub timezone: chrono_tz::Tz,
}

/// The place and start of `meeting` on `date` (meeting-local), or a plain reason why no ride
/// can go there: no exact place, no known zone, or not meeting that day.
pub fn ride_destination(
    meeting: &crate::Meeting,
    date: chrono::NaiveDate,
) -> crate::Result<RideDestination> {
    use chrono::Datelike;
    let place = match (meeting.latitude, meeting.longitude) {
        (Some(latitude), Some(longitude)) if !meeting.approximate_location => GeoPoint {
            latitude,
            longitude,
        },
        _ => {
            return Err(crate::Error::invalid_with(
                crate::support::msg::RIDE_NO_PLACE,
                [("meeting", meeting.name.as_str().into())],
            ))
        }
    };
    let timezone = meeting
        .timezone
        .as_deref()
        .and_then(crate::support::parse::parse_timezone)
        .ok_or_else(|| {
            crate::Error::invalid_with(
                crate::support::msg::RIDE_NO_ZONE,
                [("meeting", meeting.name.as_str().into())],
            )
        })?;
    let day = date.weekday().num_days_from_sunday() as u8;
    let start = match meeting.start_minute {
        Some(s) if meeting.weekdays.contains(&day) => s,
        _ => {
            return Err(crate::Error::invalid_with(
                crate::support::msg::RIDE_WRONG_DAY,
                [
                    ("meeting", meeting.name.as_str().into()),
                    ("date", date.to_string().into()),
                ],
            ))
        }
    };
    Ok(RideDestination {
        place,
        starts_at: crate::support::occurrence::local_instant(timezone, date, u32::from(start)),
        timezone,
    })
}

#[cfg(test)]
mod refusal_tests {
    use waymark_rides::{Refusal, RefusalCode};

    use crate::l10n::{Locale, Words};

    #[test]
    fn a_car_pool_refusal_is_worded_in_the_persons_language() {
        // Without the bidi isolation marks around values.
        let plain = |e: &crate::Error, l: Locale| {
            e.message_in(Words::get(l))
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        let seats = crate::Error::from(waymark_rides::Error::InvalidArgument(Refusal::Seats {
            max: 8,
        }));
        assert_eq!(plain(&seats, Locale::EnGb), "a ride offers 1 to 8 seats");
        assert_eq!(
            plain(&seats, Locale::Cy),
            "Mae taith yn cynnig rhwng 1 a 8 sedd"
        );
        assert_eq!(plain(&seats, Locale::Es), "Un viaje ofrece de 1 a 8 plazas");
        let far = super::refusal_error(RefusalCode::TooFarAhead.refusal());
        assert_eq!(
            plain(&far, Locale::Cy),
            "Gellir trefnu teithiau hyd at 60 diwrnod cyn cyfarfod"
        );
        assert_eq!(
            plain(&far, Locale::Es),
            "Los viajes se pueden organizar hasta 60 días antes de una reunión"
        );
        assert!(matches!(
            super::refusal_error(Refusal::TooLate),
            crate::Error::MeetingAlreadyStarted
        ));
    }

    /// Every refusal the car-pool crate can give has its own words in every locale (none
    /// falls to the catch-all), and in the pseudo-locale none keeps an English letter.
    #[test]
    fn pseudo_every_car_pool_refusal_is_worded_from_messages() {
        let pseudo = Words::pseudo();
        let other = super::refusal_error(Refusal::CellOutsideMap);
        let catch_all = |w: &Words| {
            crate::Error::invalid_with(
                crate::support::msg::RIDE_REFUSAL,
                [("reason", "none".into()), ("max", 0.into())],
            )
            .message_in(w)
        };
        for code in RefusalCode::ALL {
            let e = super::refusal_error(code.refusal());
            let text = e.message_in(&pseudo);
            let left: String = text
                .replace("−85", "")
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect();
            assert!(left.is_empty(), "{code:?} leaks {left:?} in {text:?}");
            for locale in Locale::ALL {
                let w = Words::get(locale);
                assert_ne!(e.message_in(w), catch_all(w), "{code:?} in {locale}");
            }
        }
        assert_ne!(other.message_in(&pseudo), catch_all(&pseudo));
    }
}
