//! The Meeting screen: everything a person needs to get to one meeting.
//!
//! A search result is kept small because a list shows fifty of them; the screen for one
//! meeting asks for this instead. What the shells would otherwise decide is decided here, once:
//! whether a meeting has directions at all (not when it is online only, closed, or placed only
//! by its town), what the maps app should look for, whether a dial-in number can be tapped and
//! the exact `tel:` link (pauses and tone codes kept, `#` escaped), and the weekly schedule in
//! words. The feed's links were already checked on import (only `http(s)` survives).

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::directory::model::{Attendance, Meeting};
use crate::directory::search::{MeetingQuery, MeetingResult};
use crate::directory::Directory;
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Where a maps app should take someone.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Directions {
    /// What to search for: the street address, or `lat,lon` when there is none.
    pub query: String,
    /// The venue's latitude, when the feed gave a trustworthy one.
    pub latitude: Option<f64>,
    /// The venue's longitude.
    pub longitude: Option<f64>,
    /// Directions on OpenStreetMap, an https link any phone or desktop browser opens; to the
    /// feed's point when it gave one, else to the address.
    pub map_url: String,
    /// The same place as a `geo:` link (RFC 5870) for a phone's own maps app.
    pub geo_uri: String,
}

/// A weekly schedule in parts, for a shell that lays it out its own way (the CLI's
/// `when  Monday 19:00–20:00 (America/New_York)`); [`MeetingDetails::schedule`] is the same
/// in one sentence.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeeklyTimes {
    /// The meeting-local days: "Monday", "Tuesday and Thursday", "Monday, Wednesday and Friday".
    pub days: String,
    /// Start and end, meeting-local: "19:00–20:00"; only the start ("19:00") when the feed
    /// gives no end (none is invented); "all day" for a meeting listed 00:00–23:59.
    pub times: String,
    /// The meeting's IANA zone, or "local time" when its feed names none.
    pub zone: String,
}

/// One meeting with everything the Meeting screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingDetails {
    /// The meeting as a search lists it: its next time in its zone and the viewer's, the
    /// place, types and languages.
    pub summary: MeetingResult,
    /// Its weekly times in words, e.g. "Tuesday and Thursday, 19:00–20:00 (Europe/London)".
    pub schedule: String,
    /// The same in parts; absent for a meeting by appointment.
    pub weekly: Option<WeeklyTimes>,
    /// Notes about the meeting.
    pub notes: Option<String>,
    /// Notes about the place (which door, parking).
    pub location_notes: Option<String>,
    /// The group's name.
    pub group: Option<String>,
    /// The meeting's page on the publisher's website.
    pub website: Option<String>,
    /// The link that joins the online meeting.
    pub join_url: Option<String>,
    /// Passcode or notes for the link.
    pub join_notes: Option<String>,
    /// The dial-in number as the feed wrote it, to show.
    pub phone: Option<String>,
    /// The same number as a `tel:` link to tap; absent when it cannot be dialled as written.
    pub dial_uri: Option<String>,
    /// Notes for the dial-in.
    pub phone_notes: Option<String>,
    /// Directions to the venue; absent for online-only and closed venues and where only the
    /// town is known.
    pub directions: Option<Directions>,
    /// When the feed says the listing last changed (RFC 3339).
    pub updated: Option<String>,
    /// What to say about the meeting's zone, when there is something to say: "time zone
    /// worked out from the map", or that it is unknown and times are in the viewer's zone.
    pub timezone_note: Option<String>,
    /// A text to share: name, weekly time in the meeting's zone, venue and address, join link;
    /// no more than the feed published (see `crate::screens::meeting::share`).
    pub share_text: String,
    /// A prefilled "report a problem" with this listing; absent when the feed names no one and
    /// does not come from a website.
    pub report: Option<crate::directory::share::ProblemReport>,
}

impl Directory {
    /// The Meeting screen for `id` at `at`, with times also in `viewer_timezone`, worded in
    /// en-GB; type names in `type_language` (English when `None`).
    /// [`Directory::details_in_locale`] words it in the screen's locale.
    pub fn details(
        &self,
        id: &str,
        at: DateTime<Utc>,
        viewer_timezone: Option<String>,
        type_language: Option<String>,
    ) -> Result<MeetingDetails> {
        self.details_in_locale(id, at, viewer_timezone, type_language, None)
    }

    /// The Meeting screen for `id` at `at` in `locale` (a BCP 47 tag such as `cy`, `es` or
    /// `en-US`, read as [`MeetingQuery::locale`]): its next time and distance in that
    /// locale's words, and its type names in that locale's language unless `type_language`
    /// asks for another (see [`crate::directory::types::names_language`]).
    pub fn details_in_locale(
        &self,
        id: &str,
        at: DateTime<Utc>,
        viewer_timezone: Option<String>,
        type_language: Option<String>,
        locale: Option<String>,
    ) -> Result<MeetingDetails> {
        let locale_tag = locale;
        let meeting = self.meeting(id)?;
        let summary = self
            .search(&MeetingQuery {
                at: Some(at),
                viewer_timezone,
                ids: vec![meeting.id.clone()],
                include_closed: true,
                limit: Some(1),
                type_language,
                locale: locale_tag.clone(),
                ..MeetingQuery::default()
            })?
            .into_iter()
            .next()
            .ok_or_else(|| Error::not_found(msg::MEETING_NOT_FOUND))?;
        let closed = meeting.temporarily_closed;
        let w = crate::l10n::Words::for_tag(locale_tag.as_deref().unwrap_or_default());
        let report = self
            .source(&meeting.source_id)
            .ok()
            .and_then(|s| crate::directory::share::problem_report(&meeting, &s.location, w));
        Ok(MeetingDetails {
            timezone_note: timezone_note(meeting.timezone_origin, w),
            share_text: crate::screens::meeting::share(&meeting, w),
            report,
            schedule: crate::screens::meeting::schedule(&meeting, w),
            weekly: weekly_times(&meeting, w),
            directions: directions(&meeting),
            dial_uri: meeting
                .conference_phone
                .as_deref()
                .filter(|_| !closed)
                .and_then(dial_uri),
            notes: meeting.notes,
            location_notes: meeting.location_notes,
            group: meeting.group,
            website: meeting.url,
            // A closed meeting offers no way in: a link a feed left behind is not an invitation.
            join_url: meeting.conference_url.filter(|_| !closed),
            join_notes: meeting.conference_url_notes.filter(|_| !closed),
            phone: meeting.conference_phone,
            phone_notes: meeting.conference_phone_notes,
            updated: meeting.updated,
            summary,
        })
    }
}

/// What to say about a meeting's zone in `w`'s words, when there is something to say (the
/// Meeting screen's own notes).
fn timezone_note(origin: crate::TimezoneOrigin, w: &crate::l10n::Words) -> Option<String> {
    use crate::screens::words::{MEETING_ZONE_DERIVED, MEETING_ZONE_UNKNOWN};
    match origin {
        crate::TimezoneOrigin::Meeting | crate::TimezoneOrigin::Source => None,
        crate::TimezoneOrigin::Coordinates => Some(w.text(MEETING_ZONE_DERIVED, &[])),
        crate::TimezoneOrigin::Unknown => Some(w.text(MEETING_ZONE_UNKNOWN, &[])),
    }
}

/// The weekly schedule in parts, in `w`'s words; `None` for a meeting by appointment (no
/// days or no start).
pub fn weekly_times(m: &Meeting, w: &crate::l10n::Words) -> Option<WeeklyTimes> {
    let (days, times) = crate::screens::meeting::weekly_parts(m, w)?;
    let zone = m
        .timezone
        .clone()
        .unwrap_or_else(|| w.text(crate::screens::words::MEETING_LOCAL_TIME, &[]));
    Some(WeeklyTimes { days, times, zone })
}

/// Directions, when going there makes sense and the place is more than a town.
pub fn directions(m: &Meeting) -> Option<Directions> {
    if m.attendance == Attendance::Online || m.temporarily_closed || m.approximate_location {
        return None;
    }
    let coords = m.latitude.zip(m.longitude);
    let query = match (&m.address, coords) {
        (Some(a), _) if !a.trim().is_empty() => a.trim().to_string(),
        (_, Some((lat, lon))) => format!("{lat:.6},{lon:.6}"),
        _ => return None,
    };
    let mut d = Directions {
        query,
        latitude: m.latitude,
        longitude: m.longitude,
        map_url: String::new(),
        geo_uri: String::new(),
    };
    d.map_url = crate::directory::share::map_url(&d);
    d.geo_uri = crate::directory::share::geo_uri(&d);
    Some(d)
}

/// A `tel:` link (RFC 3966) for a number as feeds write it: spaces, dots, dashes and brackets
/// dropped; `,` (pause), `;`, `*` and `#` (tone codes for a meeting id) kept, `#` escaped.
/// `None` when it holds letters or too few digits to be a number.
pub fn dial_uri(phone: &str) -> Option<String> {
    let mut out = String::from("tel:");
    let mut digits = 0;
    for (i, c) in phone.trim().chars().enumerate() {
        match c {
            '0'..='9' => {
                digits += 1;
                out.push(c);
            }
            '+' if i == 0 => out.push('+'),
            ',' | ';' | '*' => out.push(c),
            '#' => out.push_str("%23"),
            ' ' | '.' | '-' | '(' | ')' | '\u{a0}' => {}
            _ => return None,
        }
    }
    (digits >= 3).then_some(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::directory::import::FeedFormat;
    use crate::NewSource;

    const FEED: &str = r#"[
      {"slug": "hybrid", "name": "Bridge Street Hybrid", "day": [2, 4], "time": "19:00",
       "end_time": "20:00", "timezone": "Europe/London", "types": ["O", "EN"],
       "location": "Quaker Meeting House", "formatted_address": "10 Bridge St, Aberystwyth, SY23 1QB, UK",
       "latitude": 52.414, "longitude": -4.082, "location_notes": "Side door",
       "conference_url": "https://zoom.us/j/123456789", "conference_url_notes": "Passcode: 12steps",
       "conference_phone": "+44 (20) 3481-5237,,123456789#", "notes": "Ring the bell",
       "group": "Bridge Street Group", "url": "https://example.org/meetings/hybrid"},
      {"slug": "online", "name": "Online Night Owls", "day": 6, "time": "23:30",
       "end_time": "00:30", "timezone": "America/New_York", "types": ["ONL"],
       "formatted_address": "New York, NY, USA",
       "conference_url": "https://meet.example.org/owls", "conference_phone": "Call the office"},
      {"slug": "closed", "name": "Church Hall", "day": 1, "time": "12:00",
       "timezone": "Europe/London", "types": ["TC"],
       "formatted_address": "1 High St, Aberystwyth, SY23 1AA, UK",
       "latitude": 52.415, "longitude": -4.083},
      {"slug": "appt", "name": "By Arrangement", "timezone": "Europe/London",
       "formatted_address": "2 High St, Aberystwyth, SY23 1AA, UK"}
    ]"#;

    fn directory() -> Directory {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed.json");
        std::fs::write(&feed, FEED).unwrap();
        let d = Directory::open_in_memory().unwrap();
        sync_wales(&d, &feed);
        d
    }

    /// Adds the Meeting Guide file `feed` to `d` as the AA source "Wales" and syncs it: the
    /// directory the meeting screen's tests (here and in `share`) read.
    pub(crate) fn sync_wales(d: &Directory, feed: &std::path::Path) {
        let src = d
            .add_source(NewSource {
                location: feed.display().to_string(),
                format: Some(FeedFormat::MeetingGuide),
                program: Some("aa".into()),
                timezone: None,
                name: Some("Wales".into()),
                bmlt_formats: None,
                bmlt_scope: None,
            })
            .unwrap();
        d.sync_source(&src.id).unwrap();
    }

    fn id(d: &Directory, name: &str) -> String {
        d.search(&MeetingQuery {
            text: Some(name.into()),
            include_closed: true,
            ..MeetingQuery::default()
        })
        .unwrap()
        .into_iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name} not imported"))
        .id
    }

    #[test]
    fn a_hybrid_meeting_has_directions_a_join_link_and_a_tappable_number() {
        let d = directory();
        // Monday 23 November 2026, 12:00 UTC; the viewer is in New York.
        let at = "2026-11-23T12:00:00Z".parse().unwrap();
        let m = d
            .details(
                &id(&d, "Bridge Street Hybrid"),
                at,
                Some("America/New_York".into()),
                None,
            )
            .unwrap();
        assert_eq!(
            m.schedule,
            "Tuesday and Thursday, 19:00–20:00 (Europe/London)"
        );
        assert_eq!(m.summary.local_date.as_deref(), Some("2026-11-24"));
        assert_eq!(m.summary.viewer_time.as_deref(), Some("14:00"));
        let dir = m.directions.unwrap();
        assert_eq!(dir.query, "10 Bridge St, Aberystwyth, SY23 1QB, UK");
        assert_eq!(dir.latitude, Some(52.414));
        assert_eq!(m.join_url.as_deref(), Some("https://zoom.us/j/123456789"));
        assert_eq!(m.join_notes.as_deref(), Some("Passcode: 12steps"));
        assert_eq!(
            m.dial_uri.as_deref(),
            Some("tel:+442034815237,,123456789%23")
        );
        assert_eq!(m.location_notes.as_deref(), Some("Side door"));
        assert_eq!(m.group.as_deref(), Some("Bridge Street Group"));
        assert_eq!(
            m.website.as_deref(),
            Some("https://example.org/meetings/hybrid")
        );
    }

    #[test]
    fn online_closed_and_by_appointment_meetings_offer_no_directions() {
        let d = directory();
        let at = "2026-11-23T12:00:00Z".parse().unwrap();
        let online = d
            .details(&id(&d, "Online Night Owls"), at, None, None)
            .unwrap();
        assert!(online.directions.is_none());
        assert_eq!(
            online.join_url.as_deref(),
            Some("https://meet.example.org/owls")
        );
        // Words are shown as written, but there is nothing to dial.
        assert_eq!(online.phone.as_deref(), Some("Call the office"));
        assert_eq!(online.dial_uri, None);
        assert_eq!(online.schedule, "Saturday, 23:30–00:30 (America/New_York)");

        let closed = d.details(&id(&d, "Church Hall"), at, None, None).unwrap();
        assert!(closed.summary.temporarily_closed);
        assert!(closed.directions.is_none());

        let appt = d
            .details(&id(&d, "By Arrangement"), at, None, None)
            .unwrap();
        assert_eq!(appt.schedule, "By appointment");
        assert!(appt.summary.by_appointment);
        assert_eq!(
            appt.directions.map(|x| x.query).as_deref(),
            Some("2 High St, Aberystwyth, SY23 1AA, UK")
        );

        assert!(matches!(
            d.details("wales:nope", at, None, None),
            Err(Error::NotFound(_))
        ));
    }

    #[test]
    fn numbers_become_tel_links_only_when_they_are_numbers() {
        assert_eq!(
            dial_uri("(555) 123-4567").as_deref(),
            Some("tel:5551234567")
        );
        assert_eq!(
            dial_uri(" +1 646.558.8656 ").as_deref(),
            Some("tel:+16465588656")
        );
        assert_eq!(
            dial_uri("646 558 8656,,8675309#,,*1234#").as_deref(),
            Some("tel:6465588656,,8675309%23,,*1234%23")
        );
        assert_eq!(dial_uri("12"), None);
        assert_eq!(dial_uri("1-800-FELLOWS"), None);
        assert_eq!(dial_uri("555+1234"), None);
        assert_eq!(dial_uri("javascript:alert(1)"), None);
    }

    #[test]
    fn the_schedule_in_parts_is_the_sentence_the_apps_show() {
        let d = directory();
        let at = "2026-11-23T12:00:00Z".parse().unwrap();
        let hybrid = d
            .details(&id(&d, "Bridge Street Hybrid"), at, None, None)
            .unwrap();
        let w = hybrid.weekly.clone().unwrap();
        assert_eq!(
            (w.days.as_str(), w.times.as_str(), w.zone.as_str()),
            ("Tuesday and Thursday", "19:00–20:00", "Europe/London")
        );
        assert_eq!(
            hybrid.schedule,
            format!("{}, {} ({})", w.days, w.times, w.zone)
        );
        let closed = d.details(&id(&d, "Church Hall"), at, None, None).unwrap();
        let w = closed.weekly.unwrap();
        assert_eq!(
            (w.days.as_str(), w.times.as_str()),
            ("Monday", "12:00"),
            "the feed gives no end: none is invented"
        );
        let appt = d
            .details(&id(&d, "By Arrangement"), at, None, None)
            .unwrap();
        assert_eq!(appt.weekly, None);
        let mut m = d.meeting(&id(&d, "Church Hall")).unwrap();
        m.timezone = None;
        let en = crate::l10n::Words::get(crate::l10n::Locale::EnGb);
        assert_eq!(weekly_times(&m, en).unwrap().zone, "local time");
        assert_eq!(
            crate::screens::meeting::schedule(&m, en),
            "Monday, 12:00 (local time)"
        );
        // The schedule comes in the locale asked for.
        let es = d
            .details_in_locale(&id(&d, "Church Hall"), at, None, None, Some("es".into()))
            .unwrap();
        assert_eq!(es.schedule, "lunes, 12:00 (Europe/London)");
        let cy = d
            .details_in_locale(&id(&d, "Church Hall"), at, None, None, Some("cy".into()))
            .unwrap();
        assert_eq!(cy.schedule, "dydd Llun, 12:00 (Europe/London)");
    }
}
