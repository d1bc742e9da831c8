//! `remind` and `calendar`: reminder rules, the planner's answer, and .ics export.
//!
//! A terminal cannot hold notifications, so `remind plan` prints what a phone would hold right
//! now; the decisions are all the core's.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::{DateTime, Local, Utc};
use waymark_core::reminders::{PlanRequest, ReminderRule, MAX_HORIZON_MINUTES};
use waymark_core::Directory;

use crate::args::{CalendarCmd, RemindCmd};
use crate::private::open_vault;
use crate::{usage, viewer_zone};

fn now_local() -> chrono::DateTime<chrono::FixedOffset> {
    Local::now().fixed_offset()
}

fn minutes(s: &str, what: &str) -> Result<u32> {
    let d = humantime::parse_duration(s.trim()).map_err(|_| {
        usage(format!(
            "{what} {s:?} is not a duration such as 60m or 1h15m"
        ))
    })?;
    Ok((d.as_secs() / 60) as u32)
}

fn parse_at(at: Option<&str>) -> Result<DateTime<Utc>> {
    Ok(match at {
        Some(s) => DateTime::parse_from_rfc3339(s)
            .map_err(|_| {
                usage(format!(
                    "--at {s:?} is not an RFC 3339 time such as 2026-11-24T19:00:00Z"
                ))
            })?
            .with_timezone(&Utc),
        None => Utc::now(),
    })
}

/// `waymark remind …`. `locale`: the `--locale` asked for, if any: the lock-screen text of
/// `remind plan` is worded in it (else en-GB, so scripts see the same words on every machine).
pub fn remind(dir: &Path, cmd: RemindCmd, locale: Option<&str>) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let directory = Directory::open(dir.join("directory.sqlite"))?;
    match cmd {
        RemindCmd::Set {
            meeting_id,
            before,
            days,
            detailed,
        } => {
            let leads = before
                .iter()
                .map(|b| minutes(b, "--before"))
                .collect::<Result<Vec<_>>>()?;
            let m = match directory.meeting(&meeting_id) {
                Ok(m) => m,
                Err(waymark_core::Error::NotFound(_)) if vault.is_favorite(&meeting_id)? => vault
                    .favorite_records()?
                    .into_iter()
                    .find(|f| f.meeting_id == meeting_id)
                    .map(|f| f.last_known)
                    .context("favourite vanished")?,
                Err(waymark_core::Error::NotFound(_)) => {
                    return Err(usage(format!(
                        "no meeting {meeting_id}: `waymark meetings` shows meeting ids"
                    )))
                }
                Err(e) => return Err(e.into()),
            };
            let mut weekdays = Vec::new();
            for d in &days {
                let day = waymark_core::support::parse::parse_day_name(d)
                    .ok_or_else(|| usage(format!("--days {d:?} is not a weekday such as tue")))?;
                if !m.weekdays.contains(&day) {
                    return Err(usage(format!(
                        "{} does not meet on {}; --days must be among its days",
                        m.name,
                        waymark_core::directory::model::weekday_name(day)
                    )));
                }
                weekdays.push(day);
            }
            let added = vault.add_favorite(&m, now_local())?;
            vault.set_reminder(
                ReminderRule {
                    meeting_id: m.id.clone(),
                    leads: leads.clone(),
                    weekdays,
                    detailed,
                    skip_occurrence: None,
                },
                now_local(),
            )?;
            if added {
                println!("Added {} to my meetings.", m.name);
            }
            println!(
                "Reminders set: {}.",
                waymark_core::reminders::leads_words(&leads)
            );
        }
        RemindCmd::SkipNext { meeting_id } => {
            let at = vault.skip_next_reminder(&meeting_id, Utc::now())?;
            let local = DateTime::parse_from_rfc3339(&at)
                .map(|t| {
                    t.with_timezone(&Local)
                        .format("%a %-d %b %H:%M")
                        .to_string()
                })
                .unwrap_or(at);
            println!("No reminder for the one on {local}. The ones after it stay.");
        }
        RemindCmd::Pause { until, resume } => {
            if resume {
                vault.pause_reminders(None)?;
                println!("Reminders are back on.");
            } else if let Some(u) = until {
                let d: chrono::NaiveDate = u
                    .trim()
                    .parse()
                    .map_err(|_| usage(format!("--until {u:?} is not a date: use YYYY-MM-DD")))?;
                vault.pause_reminders(Some(d))?;
                println!(
                    "Reminders paused. They start again on {}.",
                    d.format("%-d %B %Y")
                );
            }
        }
        RemindCmd::Clear { meeting_id } => {
            if vault.clear_reminder(&meeting_id)? {
                println!("No more reminders for that meeting.");
            } else {
                return Err(usage(format!("{meeting_id} has no reminders")));
            }
        }
        RemindCmd::Daily { time, label } => {
            let minute = waymark_core::support::parse::parse_time_of_day(&time)
                .filter(|m| *m < 1440)
                .ok_or_else(|| usage(format!("{time:?} is not a time of day such as 21:00")))?;
            let d = vault.add_daily_reminder(
                minute as u16,
                label.as_deref().unwrap_or(""),
                now_local(),
            )?;
            println!(
                "Daily reminder at {:02}:{:02}: {}.",
                d.minute / 60,
                d.minute % 60,
                d.label
            );
        }
        RemindCmd::Discreet { value } => {
            let on = match value.as_str() {
                "on" => true,
                "off" => false,
                other => return Err(usage(format!("discreet {other:?}: use on or off"))),
            };
            vault.set_discreet_reminders(on)?;
            if on {
                println!("Lock-screen reminders say only the time, e.g. \"Reminder: 19:00\".");
            } else {
                println!(
                    "Lock-screen reminders name the meeting. `remind discreet on` hides it again."
                );
            }
        }
        RemindCmd::Health {
            notifications_off,
            exact_alarms_off,
            pending,
            max,
            delivered,
            at,
            json,
        } => {
            let now = parse_at(at.as_deref())?;
            let report = vault.reminder_health(
                &waymark_core::reminders::HealthInput {
                    notifications_allowed: !notifications_off,
                    exact_alarms_allowed: Some(!exact_alarms_off),
                    pending,
                    cap: max,
                    cut_by_cap: 0,
                },
                &delivered,
                now,
            )?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else if report.issues.is_empty() {
                println!("Reminders are working.");
            } else {
                for i in &report.issues {
                    println!("{}", i.message);
                }
            }
        }
        RemindCmd::List { json } => {
            let rules = vault.reminder_rules()?;
            let daily = vault.daily_reminders()?;
            let settings = vault.plan_settings()?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({
                        "rules": rules,
                        "daily": daily,
                        "discreet": settings.discreet,
                        "paused_until": settings.paused_until,
                    }))?
                );
            } else {
                if rules.is_empty() && daily.is_empty() {
                    println!("No reminders yet. `waymark remind set <MEETING_ID> --before 60m` adds one.");
                }
                for r in &rules {
                    println!(
                        "{}  {}",
                        r.meeting_id,
                        waymark_core::reminders::leads_words(&r.leads)
                    );
                }
                for d in &daily {
                    println!(
                        "daily  {:02}:{:02}  {}",
                        d.minute / 60,
                        d.minute % 60,
                        d.label
                    );
                }
                if let Some(p) = settings.paused_until {
                    println!("Paused until {}.", p.format("%-d %B %Y"));
                }
            }
        }
        RemindCmd::Plan {
            at,
            horizon,
            max,
            tz,
            json,
        } => {
            let now = parse_at(at.as_deref())?;
            let horizon_minutes = minutes(&horizon, "--horizon")?;
            if horizon_minutes == 0 || horizon_minutes > MAX_HORIZON_MINUTES {
                return Err(usage("--horizon must be between 1 minute and 31 days"));
            }
            if max == 0 {
                return Err(usage("--max must be at least 1"));
            }
            let viewer = viewer_zone(tz.as_deref())?;
            let plan = vault.plan_reminders(
                Some(&directory),
                &PlanRequest {
                    now,
                    horizon_minutes,
                    max_pending: max,
                    already_scheduled: vec![],
                    viewer_timezone: viewer.clone(),
                    locale: locale.map(str::to_string),
                },
            )?;
            if json {
                println!("{}", serde_json::to_string_pretty(&plan.reminders)?);
            } else if plan.reminders.is_empty() {
                println!("No reminders in the next {horizon}.");
            } else {
                let vtz =
                    waymark_core::support::parse::parse_timezone(&viewer).unwrap_or(chrono_tz::UTC);
                for r in &plan.reminders {
                    let at = DateTime::parse_from_rfc3339(&r.fire_at_utc)
                        .map(|t| t.with_timezone(&vtz).format("%a %-d %b %H:%M").to_string())
                        .unwrap_or_default();
                    println!("{at}  {} — {}  [{}]", r.title, r.body, r.id);
                }
            }
            if plan.cut_by_cap > 0 {
                eprintln!(
                    "{} more reminders fall in this period; a phone holds only the next {max}.",
                    plan.cut_by_cap
                );
            }
            for id in &plan.assumed_timezone_meetings {
                eprintln!("{id} has no time zone in its feed; its reminders assume one.");
            }
            for u in &plan.unplannable {
                eprintln!("{}: no reminders ({}).", u.meeting_id, u.reason);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn calendar(dir: &Path, cmd: CalendarCmd) -> Result<ExitCode> {
    let CalendarCmd::Export {
        out,
        tz,
        detailed,
        meeting_ids,
    } = cmd;
    let mut vault = open_vault(dir)?;
    let directory = Directory::open(dir.join("directory.sqlite"))?;
    let tz = match tz {
        Some(z) => Some(viewer_zone(Some(&z))?),
        None => None,
    };
    let discreet = !detailed && vault.plan_settings()?.discreet;
    let ics = vault.export_calendar_with(
        &directory,
        &meeting_ids,
        tz.as_deref(),
        discreet,
        now_local(),
    )?;
    match out {
        Some(path) => {
            waymark_core::support::files::write_private(&path, ics.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "Wrote {} meetings to {}.",
                ics.matches("BEGIN:VEVENT").count(),
                path.display()
            );
        }
        None => print!("{ics}"),
    }
    if discreet {
        eprintln!(
            "Discreet, like your reminders: each event is called \"{}\" and leaves out the \
             meeting's name and notes. `--detailed` puts them in.",
            waymark_core::reminders::calendar::DISCREET_SUMMARY
        );
    }
    Ok(ExitCode::SUCCESS)
}
