//! The normalised meeting model every feed format is turned into.
//!
//! Times are stored as the meeting's own wall-clock time plus its IANA zone, never as
//! instants: a Tuesday 19:00 meeting in Philadelphia is at 19:00 local time in both summer
//! and winter. Instants are computed when asked (see [`crate::support::occurrence`]).

use serde::{Deserialize, Serialize};

/// How a person can attend a meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// At a physical place only.
    InPerson,
    /// Online (video or phone) only.
    Online,
    /// Both at a place and online.
    Hybrid,
}

impl Attendance {
    /// Stable text form used in the cache and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::InPerson => "in_person",
            Attendance::Online => "online",
            Attendance::Hybrid => "hybrid",
        }
    }

    /// Parses the text form written by [`Attendance::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "in_person" => Some(Attendance::InPerson),
            "online" => Some(Attendance::Online),
            "hybrid" => Some(Attendance::Hybrid),
            _ => None,
        }
    }

    /// Whether someone can go there in person.
    pub fn has_place(self) -> bool {
        matches!(self, Attendance::InPerson | Attendance::Hybrid)
    }

    /// Whether someone can join online.
    pub fn has_online(self) -> bool {
        matches!(self, Attendance::Online | Attendance::Hybrid)
    }
}

/// Whether a meeting's end is the feed's word or ours. About one listing in ten in large feeds
/// has no end time; an hour is assumed for them so "in progress" and reminders still work, but
/// lists and the Meeting screen never print that hour as if the feed had said it.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingEnd {
    /// The feed gave the end time (or the length): shown as fact.
    #[default]
    Stated,
    /// The feed gave no end, or one that cannot be right (the same as the start, or an AM/PM
    /// slip): one hour is assumed for "in progress", and no end time is shown.
    Assumed,
    /// Listed from 00:00 to 23:59 (or 24:00), as clubhouses and phone lines are: open all
    /// day, in progress at any time of that day, shown as "all day".
    AllDay,
}

impl MeetingEnd {
    /// True for [`MeetingEnd::Stated`] (used to keep stored rows small).
    pub fn is_stated(&self) -> bool {
        *self == MeetingEnd::Stated
    }
}

/// Where a meeting's time zone came from.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimezoneOrigin {
    /// The feed gave this meeting's zone.
    Meeting,
    /// The feed gave none; the zone configured for the source was used.
    Source,
    /// Neither feed nor source gave one; it was worked out from the meeting's coordinates
    /// (the core's `zone-lookup` feature, see [`crate::directory::import::zone`]).
    Coordinates,
    /// Nobody knows. Times are shown in the viewer's own zone and flagged as such.
    Unknown,
}

impl TimezoneOrigin {
    /// Stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            TimezoneOrigin::Meeting => "meeting",
            TimezoneOrigin::Source => "source",
            TimezoneOrigin::Coordinates => "coordinates",
            TimezoneOrigin::Unknown => "unknown",
        }
    }

    /// Parses [`TimezoneOrigin::as_str`].
    pub fn parse(s: &str) -> Self {
        match s {
            "meeting" => TimezoneOrigin::Meeting,
            "source" => TimezoneOrigin::Source,
            "coordinates" => TimezoneOrigin::Coordinates,
            _ => TimezoneOrigin::Unknown,
        }
    }
}

/// One meeting as the app knows it, whatever feed it came from.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Stable id: `{source id}:{the feed's own key}`. Favourites and reminders refer to it.
    pub id: String,
    /// The source this meeting came from.
    pub source_id: String,
    /// The feed's own key (Meeting Guide `slug`, BMLT `id_bigint`), made unique in the feed.
    pub key: String,
    /// Meeting name as the group writes it.
    pub name: String,
    /// Program (fellowship) slug: `aa`, `na`, `al-anon`, … (configured per source).
    pub program: String,
    /// Weekdays it meets, 0 = Sunday … 6 = Saturday. Empty means "by appointment".
    pub weekdays: Vec<u8>,
    /// Local start, minutes after midnight (`None` for by-appointment meetings).
    pub start_minute: Option<u16>,
    /// Length in minutes; the end may pass midnight. 1440 for a meeting open all day.
    pub duration_minutes: Option<u16>,
    /// Whether that length is the feed's, assumed, or "all day".
    #[serde(default)]
    pub end: MeetingEnd,
    /// IANA zone of the meeting's wall-clock time, when known.
    pub timezone: Option<String>,
    /// Where [`Meeting::timezone`] came from.
    pub timezone_origin: TimezoneOrigin,
    /// In person, online or both.
    pub attendance: Attendance,
    /// The venue says it is temporarily closed (`TC`) and there is no online option.
    pub temporarily_closed: bool,
    /// Building or landmark name.
    pub location_name: Option<String>,
    /// Street address as one line.
    pub address: Option<String>,
    /// The address is only a city or area (typical of online meetings).
    pub approximate_location: bool,
    /// Validated latitude; never 0,0 or a placeholder point.
    pub latitude: Option<f64>,
    /// Validated longitude.
    pub longitude: Option<f64>,
    /// Link that opens the online meeting.
    pub conference_url: Option<String>,
    /// Passcode or other notes for the link.
    pub conference_url_notes: Option<String>,
    /// Dial-in number (may contain `,` `*` `#` for one-tap dialling).
    pub conference_phone: Option<String>,
    /// Notes for the dial-in.
    pub conference_phone_notes: Option<String>,
    /// Canonical type codes (see [`crate::directory::types`]), sorted, unique.
    pub types: Vec<String>,
    /// Type values exactly as the feed sent them.
    pub raw_types: Vec<String>,
    /// Languages (ISO 639-1), from language types and feed fields.
    pub languages: Vec<String>,
    /// Notes about this meeting.
    pub notes: Option<String>,
    /// Notes about the place.
    pub location_notes: Option<String>,
    /// Region path, most general first ("Delaware County", "Woodlyn").
    pub region: Vec<String>,
    /// Group name.
    pub group: Option<String>,
    /// Meeting page on the publisher's website.
    pub url: Option<String>,
    /// When the feed says the listing last changed (RFC 3339, UTC), if it could be read.
    pub updated: Option<String>,
    /// The feed's page for reporting a problem with this listing (`feedback_url`, http(s) only).
    #[serde(default)]
    pub feedback_url: Option<String>,
    /// The feed's addresses for reporting a problem with this listing (`feedback_emails`).
    #[serde(default)]
    pub feedback_emails: Vec<String>,
    /// Ids of the same meeting as other sources list it (same program, name, weekdays, start
    /// and address), when a relay merged the listings into this one. Empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_listed_as: Vec<String>,
}

/// An empty listing: no id, name or schedule, in person, zone unknown. Not a meeting anyone
/// could go to; a base to set fields on with `..Meeting::default()`, so code that builds
/// meetings by hand (tests) names only the fields it cares about.
impl Default for Meeting {
    fn default() -> Self {
        Meeting {
            id: String::new(),
            source_id: String::new(),
            key: String::new(),
            name: String::new(),
            program: String::new(),
            weekdays: Vec::new(),
            start_minute: None,
            duration_minutes: None,
            end: MeetingEnd::default(),
            timezone: None,
            timezone_origin: TimezoneOrigin::Unknown,
            attendance: Attendance::InPerson,
            temporarily_closed: false,
            location_name: None,
            address: None,
            approximate_location: false,
            latitude: None,
            longitude: None,
            conference_url: None,
            conference_url_notes: None,
            conference_phone: None,
            conference_phone_notes: None,
            types: Vec::new(),
            raw_types: Vec::new(),
            languages: Vec::new(),
            notes: None,
            location_notes: None,
            region: Vec::new(),
            group: None,
            url: None,
            updated: None,
            feedback_url: None,
            feedback_emails: Vec::new(),
            also_listed_as: Vec::new(),
        }
    }
}

impl Meeting {
    /// True for meetings with no weekly schedule ("by appointment").
    pub fn is_by_appointment(&self) -> bool {
        self.weekdays.is_empty() || self.start_minute.is_none()
    }
}

/// English weekday name for 0 = Sunday … 6 = Saturday.
pub fn weekday_name(day: u8) -> &'static str {
    const NAMES: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    NAMES.get(day as usize).copied().unwrap_or("?")
}
