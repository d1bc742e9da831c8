//! What a search is asked ([`MeetingQuery`], checked field by field because the same record
//! crosses the FFI) and what it answers ([`SearchPage`] of [`MeetingResult`]s).

use super::*;

/// Which attendance a search wants.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceFilter {
    /// Meetings you can go to in person (in person or hybrid).
    InPerson,
    /// Meetings you can join online (online or hybrid).
    Online,
    /// Only hybrid meetings.
    Hybrid,
}

/// How to order results.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// By distance when `near` is given, otherwise soonest first.
    #[default]
    Auto,
    /// Soonest start first.
    Soonest,
    /// Nearest first (needs `near`).
    Distance,
}

/// The longest "starting within" window a search takes, in minutes: 7 days. Every weekly
/// meeting starts within a week, so a longer window would list nothing more; a window of 0 lists
/// nothing. The CLI (`--upcoming`) and the apps (`upcoming_minutes`) are held to it alike.
pub const MAX_UPCOMING_MINUTES: u32 = 7 * 24 * 60;

/// Checks an "upcoming" window of `minutes`: 1 to [`MAX_UPCOMING_MINUTES`], else a plain
/// [`Error::InvalidArgument`]. [`Directory::search`] applies it to
/// [`MeetingQuery::upcoming_minutes`]; shells call it to word the error their own way.
pub fn upcoming_window(minutes: u64) -> Result<u32> {
    match u32::try_from(minutes) {
        Ok(m) if (1..=MAX_UPCOMING_MINUTES).contains(&m) => Ok(m),
        _ => Err(Error::invalid(msg::UPCOMING_RANGE)),
    }
}

/// What to look for. Every field is optional; an empty query lists everything.
///
/// The same record crosses the FFI (Kotlin and Swift build it with named arguments and get
/// these defaults), so the core checks every field: a bad one is
/// [`Error::InvalidArgument`], whoever sent it.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, Default)]
pub struct MeetingQuery {
    /// The instant to search at; now when `None`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub at: Option<DateTime<Utc>>,
    /// The viewer's IANA zone, for "your time" (the device's zone); UTC when `None`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub viewer_timezone: Option<String>,
    /// Meetings running now (or started within the last 10 minutes).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub in_progress: bool,
    /// Meetings starting within this many minutes from `at` (wraps past Saturday; 1 to
    /// [`MAX_UPCOMING_MINUTES`]).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub upcoming_minutes: Option<u32>,
    /// Meeting-local weekdays, 0 = Sunday … 6 = Saturday.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weekdays: Vec<u32>,
    /// Earliest meeting-local start, minutes after midnight (0..=1439), inclusive; given
    /// together with `start_to_minute`. A range whose start is after its end wraps past
    /// midnight.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub start_from_minute: Option<u32>,
    /// Latest meeting-local start, minutes after midnight (0..=1439), inclusive.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub start_to_minute: Option<u32>,
    /// Centre of a distance search.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub near: Option<GeoPoint>,
    /// Radius in km around `near` (25 when `None`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub radius_km: Option<f64>,
    /// Canonical type codes the meeting must all have (`O`, `C`, `W`…).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub types: Vec<String>,
    /// Program slug.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub program: Option<String>,
    /// Attendance wanted: in person, online or hybrid.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub attendance: Option<AttendanceFilter>,
    /// Language (ISO 639-1).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub language: Option<String>,
    /// Region name (any level of the path), case-insensitive.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub region: Option<String>,
    /// Free text; accents and case ignored; words match as prefixes.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub text: Option<String>,
    /// Include venues marked temporarily closed.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub include_closed: bool,
    /// Order; `None` is [`SortOrder::Auto`] (by distance when `near` is given, otherwise
    /// soonest first).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sort: Option<SortOrder>,
    /// Most results to return (50 when `None`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub limit: Option<u32>,
    /// Language for type names, one of [`crate::directory::types::TYPE_LANGUAGES`] (`cy`,
    /// `es`, `ja`…; a tag such as `es-MX` is read by its language). When `None`, or a language
    /// the type table has no names in, type names follow [`MeetingQuery::locale`] (Welsh,
    /// Spanish or English); English when that is `None` too.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub type_language: Option<String>,
    /// Only these meeting ids (for "my meetings" and detail views).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ids: Vec<String>,
    /// Miles or kilometres for the distance a result shows in words (km when `None`; pick
    /// with the device's region, see [`DistanceUnit::for_locale`]).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub distance_unit: Option<DistanceUnit>,
    /// The language the results are worded in (`when`, `distance`, and type names unless
    /// [`MeetingQuery::type_language`] asks for another): a BCP 47 tag such as
    /// `en-GB`, `en-US`, `cy` or `es` (pass the device's). en-GB when `None`; a language
    /// Waymark has no words in yet, or a tag it cannot read, also gives en-GB.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub locale: Option<String>,
}

/// A search's results and what the list should say around them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchPage {
    /// The meetings found, at most the query's limit.
    pub results: Vec<MeetingResult>,
    /// How many more meetings matched beyond the limit (when [`SearchPage::more_exact`] is
    /// false, at least this many: a broad "soonest" search stops reading once it has enough).
    /// A meeting two sources list may count twice here.
    pub more: u64,
    /// Whether [`SearchPage::more`] is the exact count.
    pub more_exact: bool,
    /// When nothing matched: how many temporarily closed meetings would have (they are left
    /// out unless asked for or searched for by text).
    pub closed_left_out: u64,
}

impl MeetingQuery {
    /// The start-time range, checked: both ends or neither, each a minute of the day.
    pub(super) fn start_between(&self) -> Result<Option<(u32, u32)>> {
        match (self.start_from_minute, self.start_to_minute) {
            (None, None) => Ok(None),
            (Some(a), Some(b)) if a < 1440 && b < 1440 => Ok(Some((a, b))),
            (Some(_), Some(_)) => Err(Error::invalid(msg::START_MINUTE_RANGE)),
            _ => Err(Error::invalid(msg::START_RANGE_HALF)),
        }
    }

    /// How many results at most.
    pub(crate) fn max_results(&self) -> usize {
        self.limit.unwrap_or(50) as usize
    }
}

/// One meeting found, with its times in the meeting's zone and the viewer's.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingResult {
    /// Stable meeting id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Program slug.
    pub program: String,
    /// Canonical type codes.
    pub types: Vec<String>,
    /// Type names in the requested language, then any type the feed sent that we do not
    /// know, exactly as written (`AC`, `[open]`).
    pub type_names: Vec<String>,
    /// Languages (ISO 639-1).
    pub languages: Vec<String>,
    /// `in_person`, `online` or `hybrid`.
    pub attendance: Attendance,
    /// The venue is marked temporarily closed.
    pub temporarily_closed: bool,
    /// Whether the end time is the feed's, assumed (then `local_end` is absent), or "all day".
    pub end: MeetingEnd,
    /// When, in the viewer's words and zone, in the query's locale: "now, until 20:30", "now,
    /// all day", "now, since 19:00" (no end listed), "in 25 min (19:30)", "today 19:30",
    /// "tomorrow 07:00", "Tue 19:30", "Tue 8 Dec 19:30" (a week or more ahead), "by
    /// appointment"; in Welsh "heddiw 19:30", in US English "today 7:30 PM".
    pub when: String,
    /// The venue, else the town (the most specific region), else the address.
    pub place: Option<String>,
    /// The distance from `near` in words, in the query's unit and locale: "0.8 mi", "12 km",
    /// "3,2 km" (es).
    pub distance: Option<String>,
    /// The meeting's IANA zone; `None` when unknown (times then assume the viewer's zone).
    pub timezone: Option<String>,
    /// False when the zone is unknown and the viewer's was assumed.
    pub timezone_known: bool,
    /// The zone was worked out from the meeting's place on the map (the feed and the source
    /// gave none); lists say so.
    pub timezone_derived: bool,
    /// By appointment: no times below.
    pub by_appointment: bool,
    /// Meeting-local weekday name of this occurrence ("Tuesday").
    pub local_day: Option<String>,
    /// Meeting-local date of this occurrence.
    pub local_date: Option<String>,
    /// Meeting-local start, `HH:MM`.
    pub local_start: Option<String>,
    /// Meeting-local end, `HH:MM` (may be after midnight); absent when the feed gave none
    /// (see `end`) and for a meeting open all day.
    pub local_end: Option<String>,
    /// The end is on the next day.
    pub ends_next_day: bool,
    /// Start of this occurrence (the one running now, else the next one), UTC RFC 3339.
    pub next_start_utc: Option<String>,
    /// End of that occurrence, UTC.
    pub next_end_utc: Option<String>,
    /// The viewer's zone.
    pub viewer_timezone: String,
    /// Start in the viewer's zone, RFC 3339 with offset.
    pub viewer_start: Option<String>,
    /// Viewer-local weekday name.
    pub viewer_day: Option<String>,
    /// Viewer-local start, `HH:MM`.
    pub viewer_time: Option<String>,
    /// Running now (or started within the last 10 minutes).
    pub in_progress: bool,
    /// Minutes from the search instant to the start (negative once started).
    pub starts_in_minutes: Option<i64>,
    /// Building or landmark.
    pub location_name: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Region path.
    pub region: Vec<String>,
    /// Validated latitude.
    pub latitude: Option<f64>,
    /// Validated longitude.
    pub longitude: Option<f64>,
    /// Distance from `near`, km.
    pub distance_km: Option<f64>,
    /// Other listings of the same meeting (same program, name, day, time and place) from
    /// other sources, by meeting id. The meeting is shown once.
    pub also_listed_as: Vec<String>,
}
