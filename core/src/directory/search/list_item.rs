//! The list record: one row of a meeting list, small enough that fifty cross the FFI quickly.

use serde::Serialize;

use super::MeetingResult;
use crate::directory::model::{Attendance, MeetingEnd};

/// One row of a meeting list: what the Meetings screen shows, and no more, so that fifty of
/// them cross into Kotlin or Swift quickly. The Meeting screen asks for
/// the meeting's details (`Directory::details`), which has everything (the full [`MeetingResult`] included).
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingListItem {
    /// Stable meeting id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Type names in the requested language ("Open", "Women"), then codes we do not know,
    /// as the feed wrote them ("AC").
    pub type_names: Vec<String>,
    /// In person, online or hybrid.
    pub attendance: Attendance,
    /// The venue is marked temporarily closed.
    pub temporarily_closed: bool,
    /// False when the meeting's zone is unknown and the viewer's was assumed.
    pub timezone_known: bool,
    /// The zone was worked out from the meeting's place on the map.
    pub timezone_derived: bool,
    /// By appointment: no times.
    pub by_appointment: bool,
    /// Whether the end time is the feed's, assumed (then `local_end` is absent), or all day.
    pub end: MeetingEnd,
    /// When, worded for the viewer in the query's locale: "now, until 20:30", "today 19:30", "Tue 19:30",
    /// "Tue 8 Dec 19:30", "now, all day", "by appointment".
    pub when: String,
    /// The venue, else the town, else the address.
    pub place: Option<String>,
    /// Distance in words in the unit and locale the query asked for ("0.8 mi", "12 km",
    /// "3,2 km").
    pub distance: Option<String>,
    /// Meeting-local weekday of this occurrence ("Tuesday").
    pub local_day: Option<String>,
    /// Meeting-local start, `HH:MM`.
    pub local_start: Option<String>,
    /// Meeting-local end, `HH:MM` (may be after midnight); absent when the feed gave none.
    pub local_end: Option<String>,
    /// Viewer-local weekday.
    pub viewer_day: Option<String>,
    /// Viewer-local start, `HH:MM`.
    pub viewer_time: Option<String>,
    /// Running now (or started within the last 10 minutes).
    pub in_progress: bool,
    /// Minutes from the search instant to the start (negative once started).
    pub starts_in_minutes: Option<i64>,
    /// Building or landmark.
    pub location_name: Option<String>,
    /// Distance from the search point, km.
    pub distance_km: Option<f64>,
    /// Latitude, for a map.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// Other sources listing the same meeting (shown once).
    pub also_listed_as: Vec<String>,
}

impl From<MeetingResult> for MeetingListItem {
    fn from(r: MeetingResult) -> Self {
        Self {
            id: r.id,
            name: r.name,
            type_names: r.type_names,
            attendance: r.attendance,
            temporarily_closed: r.temporarily_closed,
            timezone_known: r.timezone_known,
            timezone_derived: r.timezone_derived,
            by_appointment: r.by_appointment,
            end: r.end,
            when: r.when,
            place: r.place,
            distance: r.distance,
            local_day: r.local_day,
            local_start: r.local_start,
            local_end: r.local_end,
            viewer_day: r.viewer_day,
            viewer_time: r.viewer_time,
            in_progress: r.in_progress,
            starts_in_minutes: r.starts_in_minutes,
            location_name: r.location_name,
            distance_km: r.distance_km,
            latitude: r.latitude,
            longitude: r.longitude,
            also_listed_as: r.also_listed_as,
        }
    }
}

/// A page of list rows and what the list says around them: the phones' form of
/// [`super::SearchPage`] (rows as [`MeetingListItem`]s).
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage {
    /// The rows, at most the query's limit.
    pub items: Vec<MeetingListItem>,
    /// How many more meetings matched beyond the limit (at least this many when `more_exact`
    /// is false).
    pub more: u64,
    /// Whether `more` is the exact count.
    pub more_exact: bool,
    /// When nothing matched: how many temporarily closed meetings were left out.
    pub closed_left_out: u64,
}

impl From<super::SearchPage> for ListPage {
    fn from(p: super::SearchPage) -> Self {
        Self {
            items: p.results.into_iter().map(MeetingListItem::from).collect(),
            more: p.more,
            more_exact: p.more_exact,
            closed_left_out: p.closed_left_out,
        }
    }
}
