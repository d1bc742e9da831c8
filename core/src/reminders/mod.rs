//! The reminder planner: which local notifications the phone should hold right now.
//!
//! Phones cannot run code at arbitrary times, so reminders are local notifications scheduled
//! ahead. The shell calls [`plan`] whenever something changes or the app wakes (rules edited,
//! a sync, a time-zone change, boot) with what it has already scheduled, and gets back exactly
//! what to add and what to cancel. Ids are stable — the same rule, occurrence and lead always
//! give the same id — so a re-plan touches only what changed.
//!
//! Time semantics (each tested):
//! - occurrences are computed in the meeting's own IANA zone, so a reminder fires at the true
//!   instant of the meeting wherever the phone is; texts show both times when the phone's zone
//!   shows a different clock time;
//! - a start that does not exist on a spring-forward day is the first valid instant after the
//!   gap, an ambiguous one on a fall-back day the first of the two
//!   ([`crate::support::occurrence::local_instant`]);
//! - "1 hour before" is 60 elapsed minutes before that instant, also across a clock change;
//! - a meeting with no usable zone is planned in the configured fallback zone (else the
//!   phone's) and flagged;
//! - daily practice reminders are wall-clock times in the phone's current zone (a check-in at
//!   21:00 stays at 21:00 when travelling);
//! - only reminders that fire after `now` and within the horizon are planned, and only the
//!   soonest `max_pending` (iOS holds 64 pending notifications; Android's cap is configurable);
//!   how many the cap left out is reported.
//!
//! The lock screen is discreet by default: "Reminder: 19:00", nothing about a fellowship or a
//! meeting, unless the person chose to show the meeting name.

pub mod calendar;
pub mod rules;

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::support::error::{Error, Result};
use crate::directory::model::Meeting;
use crate::support::occurrence::local_instant;

/// Longest lead time: two days.
pub const MAX_LEAD_MINUTES: u32 = 2 * 24 * 60;
/// Longest horizon: 31 days.
pub const MAX_HORIZON_MINUTES: u32 = 31 * 24 * 60;
/// iOS keeps at most this many pending local notifications.
pub const IOS_PENDING_CAP: u32 = 64;

/// Reminders for one meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderRule {
    /// The meeting (a favourite's directory id).
    pub meeting_id: String,
    /// Minutes before the start, longest first (e.g. `[60, 15]`).
    pub leads: Vec<u32>,
    /// Only these of the meeting's weekdays (0 = Sunday); empty means all of them.
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// Show the meeting's name on the lock screen for this rule.
    #[serde(default)]
    pub detailed: bool,
    /// An occurrence (its UTC start, RFC 3339) to skip: "not this week".
    #[serde(default)]
    pub skip_occurrence: Option<String>,
}

impl ReminderRule {
    /// Checks and tidies: at least one lead, each at most two days, no duplicates, longest
    /// first; weekdays 0–6.
    pub fn validate(mut self) -> Result<Self> {
        if self.leads.is_empty() {
            return Err(Error::invalid("say how long before the meeting, e.g. 60m"));
        }
        if self.leads.iter().any(|l| *l > MAX_LEAD_MINUTES) {
            return Err(Error::invalid(
                "a reminder can be at most two days before the meeting",
            ));
        }
        if self.leads.len() > 8 {
            return Err(Error::invalid("up to 8 reminders per meeting"));
        }
        self.leads.sort_unstable_by(|a, b| b.cmp(a));
        self.leads.dedup();
        if self.weekdays.iter().any(|d| *d > 6) {
            return Err(Error::invalid("weekdays are 0 (Sunday) to 6"));
        }
        self.weekdays.sort_unstable();
        self.weekdays.dedup();
        Ok(self)
    }
}

/// A daily practice reminder ("check in at 21:00").
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyReminder {
    /// Stable id.
    pub id: String,
    /// Local wall-clock minute of the day (0–1439), in the phone's current zone.
    pub minute: u16,
    /// The person's own words ("Evening check-in").
    pub label: String,
}

/// What the planner knows besides the rules.
#[derive(Debug, Clone, Default)]
pub struct PlanSettings {
    /// Discreet lock-screen text (on by default).
    pub discreet: bool,
    /// No reminder fires before this local date (in the phone's zone) — "pause until".
    pub paused_until: Option<NaiveDate>,
    /// Zone for meetings whose feed gives none (else the phone's zone).
    pub fallback_timezone: Option<String>,
}

/// A planning request from the shell.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    /// Now.
    pub now: DateTime<Utc>,
    /// How far ahead to plan, in minutes (14 days is a good default).
    pub horizon_minutes: u32,
    /// Most pending notifications the platform allows (64 on iOS).
    pub max_pending: u32,
    /// Ids the shell has scheduled and not yet delivered.
    pub already_scheduled: Vec<String>,
    /// The phone's current IANA zone.
    pub viewer_timezone: String,
}

/// What a reminder is for.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// Before a meeting.
    Meeting,
    /// A daily practice reminder.
    Daily,
}

/// One local notification to hold.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedReminder {
    /// Stable id: same rule, occurrence and lead ⇒ same id.
    pub id: String,
    /// Meeting or daily.
    pub kind: ReminderKind,
    /// The meeting, for meeting reminders.
    pub meeting_id: Option<String>,
    /// When to fire (RFC 3339, UTC).
    pub fire_at_utc: String,
    /// When the meeting (or the daily moment) starts (RFC 3339, UTC).
    pub occurrence_start_utc: String,
    /// Minutes before the start.
    pub lead_minutes: u32,
    /// Notification title.
    pub title: String,
    /// Notification body.
    pub body: String,
    /// Where tapping it leads (`waymark://meeting/<id>`, `waymark://journal/checkin`).
    pub deep_link: String,
    /// The meeting's zone was unknown and the fallback was used.
    pub timezone_assumed: bool,
}

/// The planner's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Every reminder that should be pending now, soonest first (within the cap).
    pub reminders: Vec<PlannedReminder>,
    /// Of those, the ones the shell does not have yet.
    pub schedule: Vec<PlannedReminder>,
    /// Ids the shell has that should go (fired, no longer wanted, or beyond the cap).
    pub cancel: Vec<String>,
    /// Reminders within the horizon left out because of the cap.
    pub cut_by_cap: u32,
    /// Meetings planned in an assumed zone.
    pub assumed_timezone_meetings: Vec<String>,
    /// Meetings with rules that cannot be planned (no weekly time, or not known), with why.
    pub unplannable: Vec<(String, String)>,
}

/// Plans reminders. `meetings` maps ids to the meetings the rules name (favourites' current or
/// last known details).
pub fn plan(
    rules: &[ReminderRule],
    meetings: &HashMap<String, Meeting>,
    daily: &[DailyReminder],
    settings: &PlanSettings,
    req: &PlanRequest,
) -> Result<Plan> {
    let viewer = crate::support::parse::parse_timezone(&req.viewer_timezone)
        .ok_or_else(|| Error::invalid(format!("unknown time zone {:?}", req.viewer_timezone)))?;
    if req.horizon_minutes == 0 || req.horizon_minutes > MAX_HORIZON_MINUTES {
        return Err(Error::invalid("plan between 1 minute and 31 days ahead"));
    }
    let fallback = match &settings.fallback_timezone {
        Some(z) => crate::support::parse::parse_timezone(z)
            .ok_or_else(|| Error::invalid(format!("unknown time zone {z:?}")))?,
        None => viewer,
    };
    let now = req.now;
    let end = now + Duration::minutes(i64::from(req.horizon_minutes));
    let resume = settings
        .paused_until
        .map(|d| local_instant(viewer, d, 0))
        .unwrap_or(now);
    let mut out = Plan::default();
    // Candidates are small and cheap; texts and ids are only written for the ones that make
    // it past the cap (64 of thousands on iOS).
    let mut all: Vec<Candidate> = Vec::new();
    for rule in rules {
        let Some(m) = meetings.get(&rule.meeting_id) else {
            out.unplannable
                .push((rule.meeting_id.clone(), "meeting not known".into()));
            continue;
        };
        let (Some(start_minute), false) = (m.start_minute, m.weekdays.is_empty()) else {
            out.unplannable
                .push((m.id.clone(), "no weekly day and time".into()));
            continue;
        };
        let (tz, assumed) = match m.timezone.as_deref().and_then(crate::support::parse::parse_timezone) {
            Some(tz) => (tz, false),
            None => (fallback, true),
        };
        if assumed {
            out.assumed_timezone_meetings.push(m.id.clone());
        }
        let mut days = [false; 7];
        for d in m.weekdays.iter().filter(|d| **d < 7) {
            days[*d as usize] = rule.weekdays.is_empty() || rule.weekdays.contains(d);
        }
        let max_lead = rule.leads.iter().copied().max().unwrap_or(0);
        // Local dates whose occurrence could have a reminder in (now, end].
        let first = (now.with_timezone(&tz)).date_naive() - Duration::days(1);
        let last = (end + Duration::minutes(i64::from(max_lead)))
            .with_timezone(&tz)
            .date_naive()
            + Duration::days(1);
        let skip = rule
            .skip_occurrence
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc));
        let mut date = first;
        while date <= last {
            if days[date.weekday().num_days_from_sunday() as usize] {
                let start = local_instant(tz, date, u32::from(start_minute));
                for &lead in &rule.leads {
                    let fire = start - Duration::minutes(i64::from(lead));
                    if Some(start) == skip || fire <= now || fire > end || fire < resume {
                        continue;
                    }
                    all.push(Candidate {
                        fire,
                        start,
                        hash: stable_hash(
                            "m",
                            &m.id,
                            &[
                                i64::from(date.num_days_from_ce()),
                                i64::from(start_minute),
                                i64::from(lead),
                            ],
                        ),
                        what: What::Meeting {
                            m,
                            rule,
                            tz,
                            assumed,
                        },
                        lead,
                    });
                }
            }
            date += Duration::days(1);
        }
    }
    for d in daily {
        let mut date = now.with_timezone(&viewer).date_naive();
        let last = end.with_timezone(&viewer).date_naive();
        while date <= last {
            let at = local_instant(viewer, date, u32::from(d.minute));
            if at > now && at <= end && at >= resume {
                all.push(Candidate {
                    fire: at,
                    start: at,
                    hash: stable_hash(
                        "d",
                        &d.id,
                        &[i64::from(date.num_days_from_ce()), i64::from(d.minute)],
                    ),
                    what: What::Daily(d),
                    lead: 0,
                });
            }
            date += Duration::days(1);
        }
    }
    // Soonest first; ties by id so the order (and the cap's cut) is deterministic.
    all.sort_unstable_by_key(|c| (c.fire, c.hash));
    all.dedup_by_key(|c| c.hash);
    let cap = req.max_pending as usize;
    if all.len() > cap {
        out.cut_by_cap = (all.len() - cap) as u32;
        all.truncate(cap);
    }
    let all: Vec<PlannedReminder> = all
        .into_iter()
        .map(|c| c.write(viewer, settings.discreet))
        .collect();
    let have: HashSet<&str> = req.already_scheduled.iter().map(String::as_str).collect();
    let want: HashSet<&str> = all.iter().map(|r| r.id.as_str()).collect();
    out.schedule = all
        .iter()
        .filter(|r| !have.contains(r.id.as_str()))
        .cloned()
        .collect();
    out.cancel = req
        .already_scheduled
        .iter()
        .filter(|id| !want.contains(id.as_str()))
        .cloned()
        .collect();
    out.reminders = all;
    Ok(out)
}

/// A reminder before its texts are written.
struct Candidate<'a> {
    fire: DateTime<Utc>,
    start: DateTime<Utc>,
    hash: u64,
    lead: u32,
    what: What<'a>,
}

enum What<'a> {
    Meeting {
        m: &'a Meeting,
        rule: &'a ReminderRule,
        tz: Tz,
        assumed: bool,
    },
    Daily(&'a DailyReminder),
}

impl Candidate<'_> {
    fn write(self, viewer: Tz, discreet: bool) -> PlannedReminder {
        let id = format!("wm-{:016x}", self.hash);
        match self.what {
            What::Meeting {
                m,
                rule,
                tz,
                assumed,
            } => {
                let detailed = rule.detailed || !discreet;
                let (title, body) = meeting_text(m, tz, viewer, self.start, self.lead, detailed);
                PlannedReminder {
                    id,
                    kind: ReminderKind::Meeting,
                    meeting_id: Some(m.id.clone()),
                    fire_at_utc: utc(self.fire),
                    occurrence_start_utc: utc(self.start),
                    lead_minutes: self.lead,
                    title,
                    body,
                    deep_link: format!("waymark://meeting/{}", link_escape(&m.id)),
                    timezone_assumed: assumed,
                }
            }
            What::Daily(d) => {
                let hhmm = hhmm(self.fire, viewer);
                let (title, body) = if discreet {
                    ("Reminder".to_string(), format!("Reminder: {hhmm}"))
                } else {
                    (d.label.clone(), format!("It's {hhmm}."))
                };
                PlannedReminder {
                    id,
                    kind: ReminderKind::Daily,
                    meeting_id: None,
                    fire_at_utc: utc(self.fire),
                    occurrence_start_utc: utc(self.start),
                    lead_minutes: 0,
                    title,
                    body,
                    deep_link: "waymark://journal/checkin".into(),
                    timezone_assumed: false,
                }
            }
        }
    }
}

/// Title and body for a meeting reminder.
fn meeting_text(
    m: &Meeting,
    tz: Tz,
    viewer: Tz,
    start: DateTime<Utc>,
    lead: u32,
    detailed: bool,
) -> (String, String) {
    let local = hhmm(start, tz);
    let here = hhmm(start, viewer);
    let when = if local == here {
        local
    } else {
        format!("{local} ({here} where you are)")
    };
    if !detailed {
        return ("Reminder".into(), format!("Reminder: {when}"));
    }
    let mut body = format!("Starts at {when}, in {}", lead_words(lead));
    if m.attendance.has_online() && !m.attendance.has_place() {
        body.push_str(" · online");
    } else if let Some(place) = m.location_name.as_deref().or(m.address.as_deref()) {
        body.push_str(" · ");
        body.push_str(place);
    }
    (m.name.clone(), body)
}

/// "1 hour 15 minutes", "15 minutes", "2 hours".
pub fn lead_words(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = match h {
        0 => String::new(),
        1 => "1 hour".into(),
        n => format!("{n} hours"),
    };
    let mins = match m {
        0 => String::new(),
        1 => "1 minute".into(),
        n => format!("{n} minutes"),
    };
    match (hours.is_empty(), mins.is_empty()) {
        (true, true) => "a moment".into(),
        (false, true) => hours,
        (true, false) => mins,
        (false, false) => format!("{hours} {mins}"),
    }
}

fn utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// "19:05": the wall-clock time of `t` in `tz` (without chrono's format parser, which is most
/// of the cost of writing thousands of reminders).
fn hhmm(t: DateTime<Utc>, tz: Tz) -> String {
    use chrono::Timelike;
    let l = t.with_timezone(&tz);
    format!("{:02}:{:02}", l.hour(), l.minute())
}

/// A stable id hash from parts: FNV-1a (64 bit), which unlike std's hasher never changes
/// between Rust versions, so ids survive app updates.
fn stable_hash(kind: &str, id: &str, numbers: &[i64]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = kind
        .bytes()
        .chain(std::iter::once(0x1f))
        .chain(id.bytes())
        .chain(std::iter::once(0x1f))
        .chain(numbers.iter().flat_map(|n| n.to_le_bytes()));
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn link_escape(s: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// What the shell tells the health report.
#[derive(Debug, Clone, Default)]
pub struct HealthInput {
    /// Whether the app may show notifications.
    pub notifications_allowed: bool,
    /// Android 12+: whether exact alarms are allowed (`None` where the question does not
    /// exist, as on iOS).
    pub exact_alarms_allowed: Option<bool>,
    /// Notifications pending now.
    pub pending: u32,
    /// The platform cap.
    pub cap: u32,
    /// Reminders that were cut by the cap in the last plan.
    pub cut_by_cap: u32,
}

/// One thing the Reminders screen should tell the person.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthIssue {
    /// Stable code: `notifications_off`, `exact_alarms_off`, `cap_reached`, `missed`.
    pub code: String,
    /// A plain sentence.
    pub message: String,
}

/// The health of reminders on this phone.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthReport {
    /// Pending notifications now.
    pub pending: u32,
    /// The platform cap.
    pub cap: u32,
    /// Reminders that should have fired but were not reported delivered (ids).
    pub missed: Vec<String>,
    /// What to show, most important first; empty when all is well.
    pub issues: Vec<HealthIssue>,
}

/// Builds the health report from the shell's facts and the reminders that were due but not
/// delivered.
pub fn health(input: &HealthInput, missed: Vec<String>) -> HealthReport {
    let mut issues = Vec::new();
    let issue = |code: &str, message: String| HealthIssue {
        code: code.into(),
        message,
    };
    if !input.notifications_allowed {
        issues.push(issue(
            "notifications_off",
            "Notifications are off for Waymark, so reminders cannot appear. You can turn them on in Settings.".into(),
        ));
    }
    if input.exact_alarms_allowed == Some(false) {
        issues.push(issue(
            "exact_alarms_off",
            "Reminders may arrive a few minutes late, because exact alarms are not allowed. You can allow them in Settings.".into(),
        ));
    }
    if input.cut_by_cap > 0 || (input.cap > 0 && input.pending >= input.cap) {
        issues.push(issue(
            "cap_reached",
            format!(
                "Only the next {} reminders fit on this phone; later ones are set as these go off.",
                input.cap
            ),
        ));
    }
    if !missed.is_empty() {
        let n = missed.len();
        issues.push(issue(
            "missed",
            if n == 1 {
                "1 reminder did not appear when it should have.".into()
            } else {
                format!("{n} reminders did not appear when they should have.")
            },
        ));
    }
    HealthReport {
        pending: input.pending,
        cap: input.cap,
        missed,
        issues,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::directory::model::{Attendance, TimezoneOrigin};
    use proptest::prelude::*;

    pub(crate) fn meeting(id: &str, days: &[u8], hh: u16, mm: u16, tz: Option<&str>) -> Meeting {
        Meeting {
            id: id.into(),
            source_id: "s".into(),
            key: id.into(),
            name: format!("Group {id}"),
            program: "aa".into(),
            weekdays: days.to_vec(),
            start_minute: Some(hh * 60 + mm),
            duration_minutes: Some(90),
            timezone: tz.map(str::to_string),
            timezone_origin: TimezoneOrigin::Meeting,
            attendance: Attendance::InPerson,
            temporarily_closed: false,
            location_name: Some("St Mary's Hall".into()),
            address: Some("1 Church St".into()),
            approximate_location: false,
            latitude: Some(51.5),
            longitude: Some(-0.1),
            conference_url: None,
            conference_url_notes: None,
            conference_phone: None,
            conference_phone_notes: None,
            types: vec![],
            raw_types: vec![],
            languages: vec![],
            notes: None,
            location_notes: None,
            region: vec![],
            group: None,
            url: None,
            updated: None,
        }
    }

    fn rule(id: &str, leads: &[u32]) -> ReminderRule {
        ReminderRule {
            meeting_id: id.into(),
            leads: leads.to_vec(),
            weekdays: vec![],
            detailed: false,
            skip_occurrence: None,
        }
    }

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn req(now: &str, days: u32, viewer: &str) -> PlanRequest {
        PlanRequest {
            now: t(now),
            horizon_minutes: days * 24 * 60,
            max_pending: 1000,
            already_scheduled: vec![],
            viewer_timezone: viewer.into(),
        }
    }

    fn discreet() -> PlanSettings {
        PlanSettings {
            discreet: true,
            ..PlanSettings::default()
        }
    }

    /// (occurrence start, fire) pairs of a one-meeting plan.
    fn fires(m: Meeting, leads: &[u32], now: &str, days: u32) -> Vec<(String, String)> {
        let rules = [rule(&m.id, leads)];
        let meetings = HashMap::from([(m.id.clone(), m)]);
        plan(&rules, &meetings, &[], &discreet(), &req(now, days, "UTC"))
            .unwrap()
            .reminders
            .into_iter()
            .map(|r| (r.occurrence_start_utc, r.fire_at_utc))
            .collect()
    }

    fn pairs(xs: &[(&str, &str)]) -> Vec<(String, String)> {
        xs.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn clock_changes_in_six_zones_land_on_the_right_instant() {
        // A Sunday 19:00 meeting, reminded 60 minutes before, the week before, the day of and
        // the week after each change.
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "Europe/London",
                "2026-03-21T00:00:00Z",
                &[
                    ("2026-03-22T19:00:00Z", "2026-03-22T18:00:00Z"),
                    ("2026-03-29T18:00:00Z", "2026-03-29T17:00:00Z"),
                    ("2026-04-05T18:00:00Z", "2026-04-05T17:00:00Z"),
                ],
            ),
            (
                "Europe/London",
                "2026-10-17T00:00:00Z",
                &[
                    ("2026-10-18T18:00:00Z", "2026-10-18T17:00:00Z"),
                    ("2026-10-25T19:00:00Z", "2026-10-25T18:00:00Z"),
                    ("2026-11-01T19:00:00Z", "2026-11-01T18:00:00Z"),
                ],
            ),
            (
                "America/New_York",
                "2026-02-28T00:00:00Z",
                &[
                    ("2026-03-02T00:00:00Z", "2026-03-01T23:00:00Z"),
                    ("2026-03-08T23:00:00Z", "2026-03-08T22:00:00Z"),
                    ("2026-03-15T23:00:00Z", "2026-03-15T22:00:00Z"),
                ],
            ),
            (
                "America/New_York",
                "2026-10-24T00:00:00Z",
                &[
                    ("2026-10-25T23:00:00Z", "2026-10-25T22:00:00Z"),
                    ("2026-11-02T00:00:00Z", "2026-11-01T23:00:00Z"),
                    ("2026-11-09T00:00:00Z", "2026-11-08T23:00:00Z"),
                ],
            ),
            // Southern hemisphere: summer time ends in April, starts in October.
            (
                "Australia/Sydney",
                "2026-03-28T00:00:00Z",
                &[
                    ("2026-03-29T08:00:00Z", "2026-03-29T07:00:00Z"),
                    ("2026-04-05T09:00:00Z", "2026-04-05T08:00:00Z"),
                    ("2026-04-12T09:00:00Z", "2026-04-12T08:00:00Z"),
                ],
            ),
            (
                "Australia/Sydney",
                "2026-09-26T00:00:00Z",
                &[
                    ("2026-09-27T09:00:00Z", "2026-09-27T08:00:00Z"),
                    ("2026-10-04T08:00:00Z", "2026-10-04T07:00:00Z"),
                    ("2026-10-11T08:00:00Z", "2026-10-11T07:00:00Z"),
                ],
            ),
            (
                "Europe/Dublin",
                "2026-03-21T00:00:00Z",
                &[
                    ("2026-03-22T19:00:00Z", "2026-03-22T18:00:00Z"),
                    ("2026-03-29T18:00:00Z", "2026-03-29T17:00:00Z"),
                    ("2026-04-05T18:00:00Z", "2026-04-05T17:00:00Z"),
                ],
            ),
            (
                "Asia/Kolkata",
                "2026-03-21T00:00:00Z",
                &[
                    ("2026-03-22T13:30:00Z", "2026-03-22T12:30:00Z"),
                    ("2026-03-29T13:30:00Z", "2026-03-29T12:30:00Z"),
                    ("2026-04-05T13:30:00Z", "2026-04-05T12:30:00Z"),
                ],
            ),
            // +13:45 in summer, +12:45 from the first Sunday of April.
            (
                "Pacific/Chatham",
                "2026-03-28T00:00:00Z",
                &[
                    ("2026-03-29T05:15:00Z", "2026-03-29T04:15:00Z"),
                    ("2026-04-05T06:15:00Z", "2026-04-05T05:15:00Z"),
                    ("2026-04-12T06:15:00Z", "2026-04-12T05:15:00Z"),
                ],
            ),
            (
                "Pacific/Chatham",
                "2026-09-19T00:00:00Z",
                &[
                    ("2026-09-20T06:15:00Z", "2026-09-20T05:15:00Z"),
                    ("2026-09-27T05:15:00Z", "2026-09-27T04:15:00Z"),
                    ("2026-10-04T05:15:00Z", "2026-10-04T04:15:00Z"),
                ],
            ),
        ];
        for (zone, now, want) in cases {
            let got = fires(meeting("m", &[0], 19, 0, Some(zone)), &[60], now, 21);
            assert_eq!(got, pairs(want), "{zone} from {now}");
        }
    }

    #[test]
    fn a_start_in_the_gap_fires_after_it_and_a_fold_uses_the_first_instant() {
        // London, Sunday 01:30: on 29 March the clocks jump 01:00 → 02:00, so the meeting
        // starts at the first valid instant, 02:00 BST (01:00 UTC).
        let got = fires(
            meeting("g", &[0], 1, 30, Some("Europe/London")),
            &[15],
            "2026-03-28T12:00:00Z",
            1,
        );
        assert_eq!(
            got,
            pairs(&[("2026-03-29T01:00:00Z", "2026-03-29T00:45:00Z")])
        );
        // On 25 October 01:30 happens twice; the first is 01:30 BST (00:30 UTC).
        let got = fires(
            meeting("f", &[0], 1, 30, Some("Europe/London")),
            &[15],
            "2026-10-24T12:00:00Z",
            1,
        );
        assert_eq!(
            got,
            pairs(&[("2026-10-25T00:30:00Z", "2026-10-25T00:15:00Z")])
        );
        // A lead across the change counts elapsed minutes: 60 before 03:00 BST on 29 March is
        // 01:00 GMT.
        let got = fires(
            meeting("x", &[0], 3, 0, Some("Europe/London")),
            &[60],
            "2026-03-28T12:00:00Z",
            1,
        );
        assert_eq!(
            got,
            pairs(&[("2026-03-29T02:00:00Z", "2026-03-29T01:00:00Z")])
        );
    }

    #[test]
    fn past_midnight_meetings_and_reminders_on_the_day_before() {
        // Saturday 23:30 (runs past midnight): 60 minutes before is Saturday 22:30.
        let got = fires(
            meeting("late", &[6], 23, 30, Some("America/New_York")),
            &[60],
            "2026-11-27T00:00:00Z",
            3,
        );
        assert_eq!(
            got,
            pairs(&[("2026-11-29T04:30:00Z", "2026-11-29T03:30:00Z")])
        );
        // Sunday 00:15: a 60-minute reminder fires on Saturday at 23:15 local.
        let m = meeting("early", &[0], 0, 15, Some("Europe/London"));
        let rules = [rule("early", &[60])];
        let p = plan(
            &rules,
            &HashMap::from([(m.id.clone(), m)]),
            &[],
            &discreet(),
            &req("2026-11-27T00:00:00Z", 2, "Europe/London"),
        )
        .unwrap();
        assert_eq!(p.reminders[0].fire_at_utc, "2026-11-28T23:15:00Z");
        assert_eq!(p.reminders[0].body, "Reminder: 00:15");
    }

    #[test]
    fn lock_screen_text_is_discreet_unless_chosen_and_shows_both_times_for_a_traveller() {
        let m = meeting("ny", &[2], 19, 0, Some("America/New_York"));
        let meetings = HashMap::from([(m.id.clone(), m)]);
        let r = req("2026-11-23T00:00:00Z", 3, "Europe/London");
        let p = plan(&[rule("ny", &[75])], &meetings, &[], &discreet(), &r).unwrap();
        let x = &p.reminders[0];
        assert_eq!(x.title, "Reminder");
        assert_eq!(x.body, "Reminder: 19:00 (00:00 where you are)");
        assert!(!x.body.contains("Group") && !x.title.contains("Group"));
        assert_eq!(x.deep_link, "waymark://meeting/ny");
        // The true instant: 19:00 in New York is 00:00 UTC; 75 minutes before is 22:45.
        assert_eq!(x.fire_at_utc, "2026-11-24T22:45:00Z");
        let mut detailed = rule("ny", &[75]);
        detailed.detailed = true;
        let p = plan(&[detailed], &meetings, &[], &discreet(), &r).unwrap();
        assert_eq!(p.reminders[0].title, "Group ny");
        assert_eq!(
            p.reminders[0].body,
            "Starts at 19:00 (00:00 where you are), in 1 hour 15 minutes · St Mary's Hall"
        );
    }

    #[test]
    fn unknown_zone_uses_the_fallback_and_is_flagged() {
        let m = meeting("nz", &[1], 19, 0, None);
        let meetings = HashMap::from([(m.id.clone(), m)]);
        let settings = PlanSettings {
            discreet: true,
            fallback_timezone: Some("America/Chicago".into()),
            ..PlanSettings::default()
        };
        let p = plan(
            &[rule("nz", &[30])],
            &meetings,
            &[],
            &settings,
            &req("2026-11-22T12:00:00Z", 2, "Europe/Paris"),
        )
        .unwrap();
        assert_eq!(p.assumed_timezone_meetings, vec!["nz".to_string()]);
        assert!(p.reminders[0].timezone_assumed);
        assert_eq!(p.reminders[0].occurrence_start_utc, "2026-11-24T01:00:00Z");
        // Without a configured fallback, the phone's zone.
        let p = plan(
            &[rule("nz", &[30])],
            &meetings,
            &[],
            &discreet(),
            &req("2026-11-22T12:00:00Z", 2, "Europe/Paris"),
        )
        .unwrap();
        assert_eq!(p.reminders[0].occurrence_start_utc, "2026-11-23T18:00:00Z");
        // Unknown meetings and ones without a weekly time are reported, not planned.
        let mut appt = meeting("appt", &[], 19, 0, Some("UTC"));
        appt.start_minute = None;
        let meetings = HashMap::from([(appt.id.clone(), appt)]);
        let p = plan(
            &[rule("appt", &[30]), rule("gone", &[30])],
            &meetings,
            &[],
            &discreet(),
            &req("2026-11-22T12:00:00Z", 2, "UTC"),
        )
        .unwrap();
        assert!(p.reminders.is_empty());
        assert_eq!(p.unplannable.len(), 2);
    }

    #[test]
    fn the_cap_keeps_the_soonest_and_says_how_many_it_cut() {
        let ms: Vec<Meeting> = (0..7u8)
            .map(|d| meeting(&format!("d{d}"), &[d], 12, 0, Some("UTC")))
            .collect();
        let rules: Vec<ReminderRule> = ms.iter().map(|m| rule(&m.id, &[60, 10])).collect();
        let meetings: HashMap<_, _> = ms.into_iter().map(|m| (m.id.clone(), m)).collect();
        let daily = [DailyReminder {
            id: "daily".into(),
            minute: 21 * 60,
            label: "Evening".into(),
        }];
        let mut r = req("2026-11-22T00:00:00Z", 14, "UTC");
        let all = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
        assert_eq!(all.reminders.len(), 2 * 14 + 14);
        r.max_pending = 10;
        let capped = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
        assert_eq!(capped.cut_by_cap, 32);
        assert_eq!(capped.reminders, all.reminders[..10].to_vec());
        assert!(capped
            .reminders
            .windows(2)
            .all(|w| w[0].fire_at_utc <= w[1].fire_at_utc));
    }

    #[test]
    fn skip_and_pause_and_daily_reminders() {
        let m = meeting("w", &[3], 19, 0, Some("Europe/London"));
        let meetings = HashMap::from([(m.id.clone(), m)]);
        let mut r1 = rule("w", &[60]);
        r1.skip_occurrence = Some("2026-11-25T19:00:00Z".into());
        let got: Vec<_> = plan(
            &[r1],
            &meetings,
            &[],
            &discreet(),
            &req("2026-11-22T00:00:00Z", 14, "UTC"),
        )
        .unwrap()
        .reminders
        .into_iter()
        .map(|r| r.occurrence_start_utc)
        .collect();
        assert_eq!(got, vec!["2026-12-02T19:00:00Z".to_string()]);
        let paused = PlanSettings {
            discreet: true,
            paused_until: "2026-12-01".parse().ok(),
            ..PlanSettings::default()
        };
        let daily = [DailyReminder {
            id: "d".into(),
            minute: 21 * 60 + 30,
            label: "Check-in".into(),
        }];
        let p = plan(
            &[rule("w", &[60])],
            &meetings,
            &daily,
            &paused,
            &req("2026-11-22T00:00:00Z", 14, "America/New_York"),
        )
        .unwrap();
        assert!(p
            .reminders
            .iter()
            .all(|r| r.fire_at_utc.as_str() >= "2026-12-01T05:00:00Z"));
        let d: Vec<_> = p
            .reminders
            .iter()
            .filter(|r| r.kind == ReminderKind::Daily)
            .collect();
        // 21:30 in New York is 02:30 UTC the next day.
        assert_eq!(d[0].fire_at_utc, "2026-12-02T02:30:00Z");
        assert_eq!(d[0].body, "Reminder: 21:30");
        assert_eq!(d[0].deep_link, "waymark://journal/checkin");
    }

    #[test]
    fn bad_requests_are_typed_errors() {
        let m = HashMap::new();
        assert!(plan(
            &[],
            &m,
            &[],
            &discreet(),
            &req("2026-11-22T00:00:00Z", 14, "Mars/Base")
        )
        .is_err());
        assert!(plan(
            &[],
            &m,
            &[],
            &discreet(),
            &req("2026-11-22T00:00:00Z", 40, "UTC")
        )
        .is_err());
        assert!(rule("x", &[]).validate().is_err());
        assert!(rule("x", &[3000]).validate().is_err());
        assert_eq!(
            rule("x", &[15, 60, 15]).validate().unwrap().leads,
            vec![60, 15]
        );
        assert_eq!(lead_words(75), "1 hour 15 minutes");
    }

    proptest! {
        #[test]
        fn ids_are_stable_and_moving_forward_cancels_only_what_fired(
            start in 0i64..(365 * 24 * 60),
            forward in 0i64..(10 * 24 * 60),
            zones in proptest::collection::vec(0usize..6, 1..6),
            leads in proptest::collection::vec(0u32..600, 1..3),
            cap in 5u32..80,
        ) {
            let names = ["Europe/London", "America/New_York", "Australia/Sydney", "Europe/Dublin", "Asia/Kolkata", "Pacific/Chatham"];
            let ms: Vec<Meeting> = zones.iter().enumerate()
                .map(|(i, z)| meeting(&format!("m{i}"), &[(i % 7) as u8, ((i + 3) % 7) as u8], (7 + 3 * i as u16) % 24, 30, Some(names[*z])))
                .collect();
            let rules: Vec<ReminderRule> = ms.iter().map(|m| rule(&m.id, &leads).validate().unwrap()).collect();
            let meetings: HashMap<_, _> = ms.into_iter().map(|m| (m.id.clone(), m)).collect();
            let daily = [DailyReminder { id: "d".into(), minute: 20 * 60, label: "x".into() }];
            let now1 = t("2026-01-01T00:00:00Z") + Duration::minutes(start);
            let mut r = PlanRequest { now: now1, horizon_minutes: 14 * 24 * 60, max_pending: cap, already_scheduled: vec![], viewer_timezone: "Europe/Berlin".into() };
            let a = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
            let b = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
            prop_assert_eq!(&a, &b);
            let ids: Vec<String> = a.reminders.iter().map(|x| x.id.clone()).collect();
            r.now = now1 + Duration::minutes(forward);
            r.already_scheduled = ids.clone();
            let c = plan(&rules, &meetings, &daily, &discreet(), &r).unwrap();
            let fired: HashSet<&str> = a.reminders.iter().filter(|x| t(&x.fire_at_utc) <= r.now).map(|x| x.id.as_str()).collect();
            for id in &c.cancel {
                prop_assert!(fired.contains(id.as_str()), "cancelled {} that had not fired", id);
            }
            for x in &c.schedule {
                prop_assert!(!ids.contains(&x.id));
            }
        }
    }
}
