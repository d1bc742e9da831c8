//! The Meeting screen: one meeting, everything needed to get there or join, in the person's
//! words.
//!
//! Built from the directory's own decisions (`crate::directory::details`: whether there are
//! directions, the `tel:` link, the join link of an open meeting, the report target) and worded
//! here: the next time in the viewer's zone, the weekly schedule in the meeting's, notes under
//! headings, the buttons on offer. A meeting that is no longer listed shows a calm notice, not
//! an error.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::live::{Built, Live};
use super::meetings::MeetingsOptions;
use super::subscription::Subscription;
use super::words::*;
use super::{Badge, Notice, NoticeKind};
use crate::directory::details::{dial_uri, directions};
use crate::directory::model::{Attendance, Meeting, MeetingEnd, TimezoneOrigin};
use crate::directory::search::{DistanceUnit, MeetingQuery, MeetingResult};
use crate::directory::share::problem_report;
use crate::directory::Directory;
use crate::l10n::{negotiate, Arg, Words};
use crate::support::error::Error;

/// A button on the Meeting screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingAction {
    /// Open a maps app: `url` is a `geo:` link, `web_url` the same on OpenStreetMap.
    Directions,
    /// Open the online meeting's link (`url`).
    Join,
    /// Dial in (`url` is a `tel:` link).
    Call,
    /// Share the meeting (`MeetingState::share_text`).
    Share,
    /// Report a problem with the listing (`url`: a `mailto:` or a web page).
    Report,
    /// The meeting's page on the publisher's site (`url`).
    Website,
    /// Set a reminder before this meeting.
    Remind,
    /// Put its weekly times in the phone's calendar (`PrivateVault.export_calendar` gives the
    /// `.ics`); offered with "Remind me", for a weekly meeting with a time.
    AddToCalendar,
    /// Find or offer a ride to it.
    Rides,
}

/// A button: what it does, its words and the link it opens, if any.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingActionItem {
    /// What it does.
    pub action: MeetingAction,
    /// Its words.
    pub label: String,
    /// The link it opens, for those that open one.
    pub url: Option<String>,
    /// A web link for the same place, for a phone without a maps app (directions only).
    pub web_url: Option<String>,
}

/// A heading and the text under it ("Finding the room" / "Side door, up the stairs").
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextBlock {
    /// The heading.
    pub heading: String,
    /// The text, as the feed wrote it.
    pub text: String,
}

/// Everything the Meeting screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingState {
    /// The meeting's name (the title); the "no longer listed" title when it is gone.
    pub title: String,
    /// Whether the meeting is listed (false: only `title` and `notices` say anything).
    pub found: bool,
    /// "Next: today 19:30", in the viewer's zone; absent by appointment.
    pub next: Option<String>,
    /// The weekly time in the meeting's own zone: "Tuesday and Thursday, 19:00–20:00
    /// (Europe/London)", or "By appointment".
    pub schedule: String,
    /// The place, a line each: the venue, the address. Empty online.
    pub place: Vec<String>,
    /// "Now", "Online", "Temporarily closed", then the type names.
    pub badges: Vec<Badge>,
    /// Notes under headings: about the meeting, finding the room, joining, the group.
    pub blocks: Vec<TextBlock>,
    /// What to know before going: closed, how the time zone was found, or that the meeting
    /// is no longer listed.
    pub notices: Vec<Notice>,
    /// The buttons on offer.
    pub actions: Vec<MeetingActionItem>,
    /// The text "Share" hands to the system's share sheet.
    pub share_text: String,
    /// Small print: who lists it, who else does, when it last changed.
    pub footer: Vec<String>,
    /// What a screen reader says first: the name, then when.
    pub accessibility_label: String,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// Hears every new state of the Meeting screen. Called on a background thread: hand the
/// state to the UI thread and return quickly.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait MeetingListener: Send + Sync {
    /// The screen has a new state.
    fn on_state(&self, state: MeetingState);
}

/// The Meeting screen for one meeting id. While anyone listens it rebuilds after every
/// change to the directory (a sync may change the meeting or remove it) and when the
/// meeting starts or ends.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct MeetingScreen {
    live: Live<(), MeetingState>,
}

/// What the Meeting screen reads and words with.
struct MeetingCore {
    directory: Directory,
    id: String,
    tag: String,
    words: &'static Words,
    viewer: Option<String>,
}

impl std::fmt::Debug for MeetingScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MeetingScreen").finish_non_exhaustive()
    }
}

impl MeetingScreen {
    /// The screen for meeting `id` over `directory` (a clone).
    pub fn new(directory: Directory, id: String, options: MeetingsOptions) -> Arc<Self> {
        let words = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
        Self::with_words(directory, id, options, words)
    }

    /// The screen worded by `words` (the pseudo-locale check's, in tests).
    pub(crate) fn with_words(
        directory: Directory,
        id: String,
        options: MeetingsOptions,
        words: &'static Words,
    ) -> Arc<Self> {
        let feeds = vec![directory.changes().clone()];
        let core = MeetingCore {
            directory,
            id,
            words,
            tag: options.locale.clone().unwrap_or_default(),
            viewer: options.viewer_timezone.clone(),
        };
        let live = Live::new(
            "waymark-meeting-screen",
            (),
            options,
            feeds,
            Box::new(move |_: &(), o: &MeetingsOptions, now| {
                let seen = core.directory.changes().count();
                let (state, refresh_at) = core.build(now, o.zone());
                Built {
                    state,
                    seen: vec![seen],
                    refresh_at,
                }
            }),
        );
        Arc::new(MeetingScreen { live })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl MeetingScreen {
    /// The state now, read afresh (after a sync the meeting may have changed or gone).
    pub fn state(&self) -> MeetingState {
        self.live.update(|_, _| {})
    }

    /// Moves a fixed clock to `at` (or back to the real one) and returns the new state.
    pub fn set_time(&self, at: Option<DateTime<Utc>>) -> MeetingState {
        self.live.update(|_, o| o.at = at)
    }

    /// Tells `listener` this state and every new one, until the returned subscription is
    /// cancelled or dropped.
    pub fn subscribe(&self, listener: Arc<dyn MeetingListener>) -> Arc<Subscription> {
        self.live.subscribe(Arc::new(move |s| listener.on_state(s)))
    }
}

impl MeetingCore {
    /// The state at `at`, and when the clock alone next changes it (the meeting starts or
    /// ends).
    fn build(
        &self,
        at: DateTime<Utc>,
        zone: chrono_tz::Tz,
    ) -> (MeetingState, Option<DateTime<Utc>>) {
        let w = self.words;
        let read = self.directory.meeting(&self.id).and_then(|m| {
            let summary = self
                .directory
                .search(&MeetingQuery {
                    at: Some(at),
                    viewer_timezone: self.viewer.clone(),
                    ids: vec![m.id.clone()],
                    include_closed: true,
                    limit: Some(1),
                    type_language: Some(w.locale().language().to_string()),
                    distance_unit: Some(DistanceUnit::for_locale(&self.tag)),
                    locale: Some(w.locale().tag().to_string()),
                    ..MeetingQuery::default()
                })?
                .into_iter()
                .next()
                .ok_or_else(|| Error::not_found(crate::support::msg::MEETING_NOT_FOUND))?;
            let source = self.directory.source(&m.source_id).ok();
            Ok((m, summary, source))
        });
        match read {
            Ok((m, summary, source)) => {
                let refresh_at =
                    super::meetings::next_change(std::slice::from_ref(&summary), at, zone);
                (self.found(&m, &summary, source.as_ref()), refresh_at)
            }
            Err(Error::NotFound(_)) => (self.notice_only(MEETING_GONE_TITLE, MEETING_GONE), None),
            Err(_) => (self.notice_only(MEETING_GONE_TITLE, MEETINGS_ERROR), None),
        }
    }

    fn notice_only(&self, title: &str, message: &str) -> MeetingState {
        let w = self.words;
        let title = w.text(title, &[]);
        let message = w.text(message, &[]);
        MeetingState {
            accessibility_label: title.clone(),
            title: title.clone(),
            found: false,
            next: None,
            schedule: String::new(),
            place: Vec::new(),
            badges: Vec::new(),
            blocks: Vec::new(),
            notices: vec![Notice {
                kind: NoticeKind::Empty,
                title: Some(title),
                message,
            }],
            actions: Vec::new(),
            share_text: String::new(),
            footer: Vec::new(),
            locale: w.locale().tag().to_string(),
        }
    }

    fn found(
        &self,
        m: &Meeting,
        r: &MeetingResult,
        source: Option<&crate::Source>,
    ) -> MeetingState {
        let w = self.words;
        let closed = m.temporarily_closed;
        let next =
            (!r.by_appointment).then(|| w.own(MEETING_NEXT, &[("when", Arg::Text(&r.when))]));
        let badges = super::meeting_badges(w, r.in_progress, closed, m.attendance, &r.type_names);
        let place: Vec<String> = if m.attendance.has_place() {
            [&m.location_name, &m.address]
                .into_iter()
                .flatten()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        let mut blocks = Vec::new();
        let mut block = |heading: &str, text: &Option<String>| {
            if let Some(t) = text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                blocks.push(TextBlock {
                    heading: w.text(heading, &[]),
                    text: t.to_string(),
                });
            }
        };
        block(MEETING_HEADING_ABOUT, &m.notes);
        if m.attendance.has_place() {
            block(MEETING_HEADING_PLACE, &m.location_notes);
        }
        if !closed {
            block(MEETING_HEADING_JOIN, &m.conference_url_notes);
            let phone = m.conference_phone.as_ref().map(|p| {
                match m
                    .conference_phone_notes
                    .as_deref()
                    .filter(|n| !n.trim().is_empty())
                {
                    Some(n) => format!("{p}\n{}", n.trim()),
                    None => p.clone(),
                }
            });
            block(MEETING_HEADING_PHONE, &phone);
        }
        block(MEETING_HEADING_GROUP, &m.group);
        let mut notices = Vec::new();
        let mut notice = |kind, id: &str| {
            notices.push(Notice {
                kind,
                title: None,
                message: w.text(id, &[]),
            })
        };
        if closed {
            notice(NoticeKind::Info, MEETING_CLOSED);
        }
        if m.approximate_location && m.attendance.has_place() && !closed {
            notice(NoticeKind::Info, MEETING_APPROXIMATE);
        }
        match m.timezone_origin {
            TimezoneOrigin::Coordinates => notice(NoticeKind::Info, MEETING_ZONE_DERIVED),
            TimezoneOrigin::Unknown => notice(NoticeKind::Info, MEETING_ZONE_UNKNOWN),
            TimezoneOrigin::Meeting | TimezoneOrigin::Source => {}
        }
        let mut actions = Vec::new();
        let mut action = |action, id: &str, url: Option<String>, web_url: Option<String>| {
            actions.push(MeetingActionItem {
                action,
                label: w.text(id, &[]),
                url,
                web_url,
            })
        };
        if let Some(d) = directions(m) {
            action(
                MeetingAction::Directions,
                ACTION_DIRECTIONS,
                Some(d.geo_uri),
                Some(d.map_url),
            );
        }
        if let Some(url) = m.conference_url.clone().filter(|_| !closed) {
            action(MeetingAction::Join, ACTION_JOIN, Some(url), None);
        }
        if let Some(tel) = m
            .conference_phone
            .as_deref()
            .filter(|_| !closed)
            .and_then(dial_uri)
        {
            action(MeetingAction::Call, ACTION_CALL, Some(tel), None);
        }
        if !r.by_appointment && !closed {
            action(MeetingAction::Remind, ACTION_REMIND, None, None);
            action(
                MeetingAction::AddToCalendar,
                ACTION_ADD_TO_CALENDAR,
                None,
                None,
            );
        }
        if m.attendance.has_place() && !closed {
            action(MeetingAction::Rides, ACTION_RIDES, None, None);
        }
        action(MeetingAction::Share, ACTION_SHARE, None, None);
        if let Some(url) = m.url.clone() {
            action(MeetingAction::Website, ACTION_WEBSITE, Some(url), None);
        }
        if let Some(report) = source.and_then(|s| problem_report(m, &s.location, w)) {
            action(MeetingAction::Report, ACTION_REPORT, Some(report.url), None);
        }
        let mut footer = Vec::new();
        if let Some(s) = source {
            footer.push(w.text(MEETING_LISTED_BY, &[("source", Arg::Text(&s.name))]));
        }
        if !r.also_listed_as.is_empty() {
            let sources = r.also_listed_as.join(", ");
            footer.push(w.text(MEETING_ALSO_LISTED, &[("sources", Arg::Text(&sources))]));
        }
        if let Some(date) = m.updated.as_deref().and_then(|u| u.get(..10)) {
            footer.push(w.own(MEETING_UPDATED, &[("date", Arg::Text(date))]));
        }
        let accessibility_label = match &next {
            Some(n) => w.text(
                crate::l10n::ids::LIST_ROW_LABEL,
                &[("name", Arg::Text(&m.name)), ("when", Arg::Text(n))],
            ),
            None => m.name.clone(),
        };
        MeetingState {
            title: m.name.clone(),
            found: true,
            next,
            schedule: schedule(m, w),
            place,
            badges,
            blocks,
            notices,
            actions,
            share_text: share(m, w),
            footer,
            accessibility_label,
            locale: w.locale().tag().to_string(),
        }
    }
}

/// The weekly days and times in `w`'s words: ("Tuesday and Thursday", "19:00–20:00"), only
/// the start when the feed gives no end, "all day"; `None` without days or a start.
pub(crate) fn weekly_parts(m: &Meeting, w: &Words) -> Option<(String, String)> {
    let start = m.start_minute.filter(|_| !m.weekdays.is_empty())?;
    let names: Vec<String> = m.weekdays.iter().map(|d| w.text(day_id(*d), &[])).collect();
    let days = super::and_list(&names, w);
    let time = |min: u32| w.time((min / 60) % 24, min % 60);
    let start = u32::from(start);
    let times = match (m.end, m.duration_minutes.filter(|d| *d > 0)) {
        (MeetingEnd::AllDay, _) => w.text(MEETING_ALL_DAY, &[]),
        (MeetingEnd::Assumed, _) | (_, None) => time(start),
        (MeetingEnd::Stated, Some(d)) => w.own(
            MEETING_TIMES_RANGE,
            &[
                ("start", Arg::Text(&time(start))),
                ("end", Arg::Text(&time(start + u32::from(d)))),
            ],
        ),
    };
    Some((days, times))
}

/// The weekly time in words: "Tuesday and Thursday, 19:00–20:00 (Europe/London)", "martes
/// y jueves, 19:00–20:00 (Europe/Madrid)"; "By appointment" without days or a start.
pub fn schedule(m: &Meeting, w: &Words) -> String {
    let Some((days, times)) = weekly_parts(m, w) else {
        return w.text(MEETING_BY_APPOINTMENT, &[]);
    };
    match m.timezone.as_deref() {
        Some(zone) => w.own(
            MEETING_SCHEDULE,
            &[
                ("days", Arg::Text(&days)),
                ("times", Arg::Text(&times)),
                ("zone", Arg::Text(zone)),
            ],
        ),
        None => w.own(
            MEETING_SCHEDULE_LOCAL,
            &[("days", Arg::Text(&days)), ("times", Arg::Text(&times))],
        ),
    }
}

/// The text "Share" hands on, in the screen's words: name · weekly time · place · the join
/// link (or "Temporarily closed"). Only what the feed published.
pub(crate) fn share(m: &Meeting, w: &Words) -> String {
    let mut parts = vec![m.name.clone(), schedule(m, w)];
    if m.attendance.has_place() {
        let place: Vec<&str> = [m.location_name.as_deref(), m.address.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if !place.is_empty() {
            parts.push(place.join(", "));
        }
    }
    if m.temporarily_closed {
        parts.push(w.text(BADGE_CLOSED, &[]));
    } else if m.attendance.has_online() {
        match &m.conference_url {
            Some(u) => parts.push(u.clone()),
            None if m.attendance == Attendance::Online => parts.push(w.text(BADGE_ONLINE, &[])),
            None => {}
        }
    }
    parts.join(" · ")
}

/// The message id of a weekday's name (0 is Sunday).
pub(crate) fn day_id(day: u8) -> &'static str {
    match day {
        0 => MEETING_DAY_0,
        1 => MEETING_DAY_1,
        2 => MEETING_DAY_2,
        3 => MEETING_DAY_3,
        4 => MEETING_DAY_4,
        5 => MEETING_DAY_5,
        _ => MEETING_DAY_6,
    }
}
