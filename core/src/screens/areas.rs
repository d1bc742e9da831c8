//! The first-run and areas screen: where a person's meetings come from.
//!
//! On a phone with nothing yet it welcomes them and offers the two ways in: use their location
//! once, or choose another place (on a map, or by its name; each adds an area from the relay), or, for an intergroup
//! that publishes its own feed, add that feed by its address. Later it lists their areas and
//! feeds, each with how fresh its meetings are, and what to say when an update failed. The
//! privacy line says what the relay learns: a wide area, never the point.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::words::*;
use super::{Notice, NoticeKind};
use crate::directory::{Directory, Source};
use crate::l10n::{negotiate, Arg, Words};
use crate::relay::phone::Area;
use crate::support::error::Result;

/// What a person can do on the areas screen; the shells map each to a button.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AreasAction {
    /// Ask the phone for its location once and add the area around it.
    UseMyLocation,
    /// Pick another place (on a map, or by its name where the app has no map) and add the
    /// area around it.
    ChooseOnMap,
    /// Add an intergroup's feed by its address.
    AddFeed,
    /// Update every area and feed now.
    UpdateNow,
    /// Remove this area (the row's id).
    RemoveArea,
    /// Remove this feed (the row's source id).
    RemoveFeed,
    /// Read the list again.
    TryAgain,
}

/// An action with its words.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreasActionItem {
    /// What it does.
    pub action: AreasAction,
    /// The words on the button.
    pub label: String,
}

/// One area or feed.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRow {
    /// The area's number on this phone, for removing it; absent for a feed.
    pub area_id: Option<i64>,
    /// The directory source (the area's relay, or the feed).
    pub source_id: String,
    /// The area's name ("Home"), or the feed's.
    pub name: String,
    /// "1,234 meetings".
    pub meetings: String,
    /// "Updated today", "Updated 3 days ago", "Not updated yet", or why the last update
    /// failed.
    pub updated: String,
    /// Whether the last update failed (its meetings are kept).
    pub failed: bool,
    /// Remove.
    pub actions: Vec<AreasActionItem>,
    /// What a screen reader says.
    pub accessibility_label: String,
}

/// The radius of a new area, in km ([`crate::relay::phone::DEFAULT_AREA_RADIUS_KM`], as the
/// CLI's `area add`): the tiles around a town and its neighbours.
pub const AREA_RADIUS_KM: u32 = crate::relay::phone::DEFAULT_AREA_RADIUS_KM as u32;

/// Everything the areas screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AreasState {
    /// "Find meetings near you" on first run, else "Your areas".
    pub title: String,
    /// Whether nothing is set up yet (the first-run welcome).
    pub first_run: bool,
    /// The welcome, on first run.
    pub intro: Option<String>,
    /// What the relay learns, and what stays on the phone.
    pub privacy_note: String,
    /// Areas from the relay.
    pub areas: Vec<SourceRow>,
    /// Feeds added by their address.
    pub feeds: Vec<SourceRow>,
    /// A read that failed, or updates that failed.
    pub notices: Vec<Notice>,
    /// Ways to add meetings, and update now.
    pub actions: Vec<AreasActionItem>,
    /// How far around the chosen point (the phone's place, or one chosen on a map or by
    /// name) a new area reaches, in km: what the app passes to `add_area`.
    pub radius_km: u32,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// The areas screen at `options.at` (now when absent), in `options.locale`.
pub fn areas_state(directory: &Directory, options: &MeetingsOptions) -> AreasState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    areas_state_in(directory, options, w)
}

fn read(directory: &Directory, w: &Words) -> Result<(Vec<Area>, Vec<Source>)> {
    Ok((directory.areas_in(w)?, directory.sources()?))
}

/// [`areas_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn areas_state_in(
    directory: &Directory,
    options: &MeetingsOptions,
    w: &Words,
) -> AreasState {
    let at = options.at.unwrap_or_else(Utc::now);
    let zone = options.zone();
    let action = |action, id: &str| AreasActionItem {
        action,
        label: w.text(id, &[]),
    };
    let mut state = AreasState {
        title: w.text(AREAS_TITLE, &[]),
        first_run: false,
        intro: None,
        privacy_note: w.text(AREAS_PRIVACY, &[]),
        areas: Vec::new(),
        feeds: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        radius_km: AREA_RADIUS_KM,
        locale: w.locale().tag().to_string(),
    };
    let (areas, sources) = match read(directory, w) {
        Ok(r) => r,
        Err(_) => {
            state.notices.push(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(AREAS_ERROR, &[]),
            });
            state
                .actions
                .push(action(AreasAction::TryAgain, ACTION_TRY_AGAIN));
            return state;
        }
    };
    let row = |area_id: Option<i64>, name: &str, s: Option<&Source>| {
        let count = s.map_or(0, |s| s.meeting_count);
        let meetings = w.own(AREAS_MEETINGS, &[("count", Arg::Number(count as i64))]);
        let failed = s.is_some_and(failed_last);
        let updated = match s.and_then(|s| s.last_success.as_deref()).and_then(parse) {
            _ if failed => w.text(AREAS_UPDATE_FAILED, &[]),
            None => w.text(AREAS_NEVER_UPDATED, &[]),
            Some(t) => {
                let days = (at.with_timezone(&zone).date_naive()
                    - t.with_timezone(&zone).date_naive())
                .num_days()
                .max(0);
                w.own(AREAS_UPDATED, &[("days", Arg::Number(days))])
            }
        };
        let remove = if area_id.is_some() {
            action(AreasAction::RemoveArea, ACTION_REMOVE_AREA)
        } else {
            action(AreasAction::RemoveFeed, ACTION_REMOVE_FEED)
        };
        SourceRow {
            area_id,
            source_id: s.map(|s| s.id.clone()).unwrap_or_default(),
            name: crate::l10n::truncate(name, super::meetings::ROW_NAME_GRAPHEMES).into_owned(),
            accessibility_label: w.text(
                AREAS_ROW_LABEL,
                &[
                    ("name", Arg::Text(name)),
                    ("meetings", Arg::Text(&meetings)),
                    ("updated", Arg::Text(&updated)),
                ],
            ),
            meetings,
            updated,
            failed,
            actions: vec![remove],
        }
    };
    for a in &areas {
        let s = sources.iter().find(|s| s.id == a.source_id);
        state.areas.push(row(Some(a.id), &a.label, s));
    }
    for s in sources
        .iter()
        .filter(|s| s.format.as_deref() != Some("relay"))
    {
        state.feeds.push(row(None, &s.name, Some(s)));
    }
    state.first_run = sources.is_empty();
    if state.first_run {
        state.title = w.text(AREAS_WELCOME_TITLE, &[]);
        state.intro = Some(w.text(AREAS_WELCOME, &[]));
    }
    if sources.iter().any(failed_last) {
        state.notices.push(Notice {
            kind: NoticeKind::Stale,
            title: None,
            message: w.text(MEETINGS_SYNC_FAILED, &[]),
        });
    }
    state.actions = vec![
        action(AreasAction::UseMyLocation, ACTION_USE_LOCATION),
        action(AreasAction::ChooseOnMap, ACTION_CHOOSE_ON_MAP),
        action(AreasAction::AddFeed, ACTION_ADD_FEED),
    ];
    if !state.first_run {
        state
            .actions
            .push(action(AreasAction::UpdateNow, ACTION_UPDATE_NOW));
    }
    state
}

/// Whether a source's last try failed after its last success.
fn failed_last(s: &Source) -> bool {
    s.last_error_kind.is_some()
        && match (
            s.last_attempt.as_deref().and_then(parse),
            s.last_success.as_deref().and_then(parse),
        ) {
            (Some(tried), Some(ok)) => tried > ok,
            _ => true,
        }
}

fn parse(t: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}
