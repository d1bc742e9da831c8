//! [`plan`]: from rules, meetings and what is already scheduled to what to add and cancel.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, SecondsFormat, Utc};
use chrono_tz::Tz;

use super::*;
use crate::directory::model::Meeting;
use crate::l10n::{ids, negotiate, Arg, Words};
use crate::screens::links::{link_url, AppLink};
use crate::support::error::{Error, Result};
use crate::support::msg;
use crate::support::occurrence::local_instant;

/// Plans reminders. `meetings` maps ids to the meetings the rules name (favourites' current or
/// last known details).
pub fn plan(
    rules: &[ReminderRule],
    meetings: &HashMap<String, Meeting>,
    daily: &[DailyReminder],
    settings: &PlanSettings,
    req: &PlanRequest,
) -> Result<Plan> {
    let w = Words::get(negotiate(req.locale.as_deref().unwrap_or_default()).locale);
    let viewer = crate::support::parse::parse_timezone(&req.viewer_timezone).ok_or_else(|| {
        Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", (&req.viewer_timezone).into())])
    })?;
    if req.horizon_minutes == 0 || req.horizon_minutes > MAX_HORIZON_MINUTES {
        return Err(Error::invalid(msg::PLAN_HORIZON));
    }
    let fallback = match &settings.fallback_timezone {
        Some(z) => crate::support::parse::parse_timezone(z)
            .ok_or_else(|| Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", z.into())]))?,
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
            out.unplannable.push(Unplannable {
                meeting_id: rule.meeting_id.clone(),
                reason: super::UnplannableReason::MeetingNotKnown,
            });
            continue;
        };
        let (Some(start_minute), false) = (m.start_minute, m.weekdays.is_empty()) else {
            out.unplannable.push(Unplannable {
                meeting_id: m.id.clone(),
                reason: super::UnplannableReason::NoWeeklyTime,
            });
            continue;
        };
        let (tz, assumed) = match m
            .timezone
            .as_deref()
            .and_then(crate::support::parse::parse_timezone)
        {
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
        .map(|c| c.write(viewer, settings.discreet, w))
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
    fn write(self, viewer: Tz, discreet: bool, w: &Words) -> PlannedReminder {
        let id = format!("wm-{:016x}", self.hash);
        match self.what {
            What::Meeting {
                m,
                rule,
                tz,
                assumed,
            } => {
                let detailed = rule.detailed || !discreet;
                let (title, body) = meeting_text(m, tz, viewer, self.start, self.lead, detailed, w);
                PlannedReminder {
                    id,
                    kind: ReminderKind::Meeting,
                    meeting_id: Some(m.id.clone()),
                    fire_at_utc: utc(self.fire),
                    occurrence_start_utc: utc(self.start),
                    lead_minutes: self.lead,
                    title,
                    body,
                    deep_link: link_url(&AppLink::Meeting { id: m.id.clone() }),
                    timezone_assumed: assumed,
                }
            }
            What::Daily(d) => {
                let time = hhmm(self.fire, viewer, w);
                let (title, body) = if discreet {
                    (
                        w.text(ids::REMINDER_TITLE, &[]),
                        w.own(ids::REMINDER_BODY, &[("when", Arg::Text(&time))]),
                    )
                } else {
                    (
                        d.label.clone(),
                        w.own(ids::REMINDER_DAILY_BODY, &[("time", Arg::Text(&time))]),
                    )
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
                    deep_link: link_url(&AppLink::Write {
                        kind: crate::vault::journal::EntryKind::Checkin,
                    }),
                    timezone_assumed: false,
                }
            }
        }
    }
}

/// Title and body for a meeting reminder, in `w`'s words and time format.
fn meeting_text(
    m: &Meeting,
    tz: Tz,
    viewer: Tz,
    start: DateTime<Utc>,
    lead: u32,
    detailed: bool,
    w: &Words,
) -> (String, String) {
    let local = hhmm(start, tz, w);
    let here = hhmm(start, viewer, w);
    let when = if local == here {
        local
    } else {
        w.own(
            ids::REMINDER_WHEN_ELSEWHERE,
            &[("local", Arg::Text(&local)), ("here", Arg::Text(&here))],
        )
    };
    if !detailed {
        return (
            w.text(ids::REMINDER_TITLE, &[]),
            w.own(ids::REMINDER_BODY, &[("when", Arg::Text(&when))]),
        );
    }
    let lead = lead_words_in(lead, w);
    let args = [("when", Arg::Text(&when)), ("lead", Arg::Text(&lead))];
    let body = if m.attendance.has_online() && !m.attendance.has_place() {
        w.own(ids::REMINDER_DETAILED_ONLINE, &args)
    } else if let Some(place) = m.location_name.as_deref().or(m.address.as_deref()) {
        // The place is the feed's, in any script: isolated so it keeps its direction.
        let place = format!("\u{2068}{place}\u{2069}");
        let mut args = args.to_vec();
        args.push(("place", Arg::Text(&place)));
        w.own(ids::REMINDER_DETAILED_PLACE, &args)
    } else {
        w.own(ids::REMINDER_DETAILED, &args)
    };
    (m.name.clone(), body)
}

/// A lead in `w`'s words: "1 hour 15 minutes", "1 awr 15 munud", "15 minutos".
pub fn lead_words_in(minutes: u32, w: &Words) -> String {
    let (h, m) = (i64::from(minutes / 60), i64::from(minutes % 60));
    match (h, m) {
        (0, 0) => w.own(ids::REMINDER_LEAD_MOMENT, &[]),
        (h, 0) => w.own(ids::REMINDER_LEAD_HOURS, &[("hours", Arg::Number(h))]),
        (0, m) => w.own(ids::REMINDER_LEAD_MINUTES, &[("minutes", Arg::Number(m))]),
        (h, m) => w.own(
            ids::REMINDER_LEAD_BOTH,
            &[("hours", Arg::Number(h)), ("minutes", Arg::Number(m))],
        ),
    }
}

/// "1 hour 15 minutes", "15 minutes", "2 hours": `lead_words_in` en-GB (the calendar
/// export's words).
pub fn lead_words(minutes: u32) -> String {
    lead_words_in(minutes, Words::get(crate::l10n::Locale::EnGb))
}

fn utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// "19:05": the wall-clock time of `t` in `tz` (without chrono's format parser, which is most
/// of the cost of writing thousands of reminders).
fn hhmm(t: DateTime<Utc>, tz: Tz, w: &Words) -> String {
    use chrono::Timelike;
    let l = t.with_timezone(&tz);
    w.time(l.hour(), l.minute())
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
