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
use crate::say::{self, ids, n, t};
use crate::viewer_zone;

/// A meeting's reminders in words, as the Reminders screen says them, in the --locale.
fn leads_words(leads: &[u32]) -> String {
    waymark_core::screens::reminders::leads_words_in(leads, say::words())
}

/// A minute of the day on the locale's clock ("21:00", "9:00 PM").
fn clock(minute: u16) -> String {
    say::words().time(u32::from(minute / 60), u32::from(minute % 60))
}

/// A moment as the locale writes a short weekday, day and month, and a time.
fn day_and_time<Tz: chrono::TimeZone>(at: &DateTime<Tz>) -> String {
    use chrono::Timelike;
    let w = say::words();
    say::own(
        ids::REMIND_PLAN_WHEN,
        &[
            ("date", t(&w.weekday_day_month(at.date_naive()))),
            ("time", t(&w.time(at.hour(), at.minute()))),
        ],
    )
}

fn now_local() -> chrono::DateTime<chrono::FixedOffset> {
    Local::now().fixed_offset()
}

fn minutes(s: &str, what: &str) -> Result<u32> {
    let d = humantime::parse_duration(s.trim()).map_err(|_| {
        crate::usage_in(
            ids::USAGE_NOT_A_DURATION,
            &[
                ("flag", t(what)),
                ("value", t(&format!("{s:?}"))),
                ("example", t("60m, 1h15m")),
            ],
        )
    })?;
    Ok((d.as_secs() / 60) as u32)
}

fn parse_at(at: Option<&str>) -> Result<DateTime<Utc>> {
    Ok(match at {
        Some(s) => DateTime::parse_from_rfc3339(s)
            .map_err(|_| {
                crate::usage_in(
                    ids::USAGE_PATTERN,
                    &[
                        ("flag", t("--at")),
                        ("value", t(&format!("{s:?}"))),
                        ("pattern", t("RFC 3339 (2026-11-24T19:00:00Z)")),
                    ],
                )
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
                    .with_context(|| say::own(ids::USAGE_NO_MEETING, &[("id", t(&meeting_id))]))?,
                Err(waymark_core::Error::NotFound(_)) => {
                    return Err(crate::usage_in(
                        ids::USAGE_NO_MEETING,
                        &[("id", t(&meeting_id))],
                    ))
                }
                Err(e) => return Err(e.into()),
            };
            let mut weekdays = Vec::new();
            for d in &days {
                let day = waymark_core::support::parse::parse_day_name(d).ok_or_else(|| {
                    crate::usage_in(
                        ids::USAGE_NOT_A_WEEKDAY,
                        &[("flag", t("--days")), ("value", t(&format!("{d:?}")))],
                    )
                })?;
                if !m.weekdays.contains(&day) {
                    let on = chrono::NaiveDate::from_ymd_opt(2023, 1, 1)
                        .map(|sunday| sunday + chrono::Duration::days(i64::from(day)))
                        .map(|d| say::words().weekday_long(d))
                        .unwrap_or_default();
                    return Err(crate::usage_in(
                        ids::USAGE_NOT_ON_DAY,
                        &[("name", t(&m.name)), ("day", t(&on))],
                    ));
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
                println!(
                    "{}",
                    say::text(ids::REMIND_FAVORITE_ADDED, &[("name", t(&m.name))])
                );
            }
            println!(
                "{}",
                say::own(ids::REMIND_SET, &[("leads", t(&leads_words(&leads)))])
            );
        }
        RemindCmd::SkipNext { meeting_id } => {
            let at = vault.skip_next_reminder(&meeting_id, Utc::now())?;
            let local = DateTime::parse_from_rfc3339(&at)
                .map(|time| day_and_time(&time.with_timezone(&Local)))
                .unwrap_or(at);
            println!("{}", say::own(ids::REMIND_SKIPPED, &[("when", t(&local))]));
        }
        RemindCmd::Pause { until, resume } => {
            if resume {
                vault.pause_reminders(None)?;
                println!("{}", say::own(ids::REMIND_RESUMED, &[]));
            } else if let Some(u) = until {
                let d: chrono::NaiveDate = u.trim().parse().map_err(|_| {
                    crate::usage_in(
                        ids::USAGE_NOT_A_DATE,
                        &[("flag", t("--until")), ("value", t(&format!("{u:?}")))],
                    )
                })?;
                vault.pause_reminders(Some(d))?;
                println!(
                    "{}",
                    say::own(
                        ids::REMIND_PAUSED,
                        &[("date", t(&say::words().day_month_year(d)))]
                    )
                );
            }
        }
        RemindCmd::Clear { meeting_id } => {
            if vault.clear_reminder(&meeting_id)? {
                println!("{}", say::own(ids::REMIND_CLEARED, &[]));
            } else {
                return Err(crate::usage_in(
                    ids::USAGE_NO_REMINDERS,
                    &[("id", t(&meeting_id))],
                ));
            }
        }
        RemindCmd::Daily { time, label } => {
            let minute = waymark_core::support::parse::parse_time_of_day(&time)
                .filter(|m| *m < 1440)
                .ok_or_else(|| {
                    crate::usage_in(ids::USAGE_NOT_A_TIME, &[("value", t(&format!("{time:?}")))])
                })?;
            // No name: the default name in the --locale (else the system's).
            let label = label.unwrap_or_else(|| {
                say::words().text(waymark_core::l10n::ids::REMINDER_DAILY_DEFAULT, &[])
            });
            let d = vault.add_daily_reminder(minute as u16, &label, now_local())?;
            println!(
                "{}",
                say::text(
                    ids::REMIND_DAILY,
                    &[("time", t(&clock(d.minute))), ("label", t(&d.label))]
                )
            );
        }
        RemindCmd::Discreet { value } => {
            let on = match value.as_str() {
                "on" => true,
                "off" => false,
                other => {
                    return Err(crate::usage_in(
                        ids::USAGE_ONE_OF,
                        &[
                            ("flag", t("discreet")),
                            ("value", t(&format!("{other:?}"))),
                            ("options", t("on / off")),
                        ],
                    ))
                }
            };
            vault.set_discreet_reminders(on)?;
            if on {
                // What a discreet reminder says, in these words and this clock.
                let w = say::words();
                let example = w.own(
                    waymark_core::l10n::ids::REMINDER_BODY,
                    &[("when", t(&w.time(19, 0)))],
                );
                println!(
                    "{}",
                    say::own(ids::REMIND_DISCREET_ON, &[("example", t(&example))])
                );
            } else {
                println!("{}", say::own(ids::REMIND_DISCREET_OFF, &[]));
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
                println!("{}", say::own(ids::REMIND_WORKING, &[]));
            } else {
                // Worded as the Reminders screen words them, in the --locale (`--json`
                // keeps the report's en-GB sentences).
                for i in &report.issues {
                    println!(
                        "{}",
                        waymark_core::screens::reminders::health_words(i, &report, say::words())
                    );
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
                    println!("{}", say::own(ids::REMIND_EMPTY, &[]));
                }
                for r in &rules {
                    println!("{}  {}", r.meeting_id, leads_words(&r.leads));
                }
                for d in &daily {
                    println!(
                        "{}",
                        say::text(
                            ids::REMIND_DAILY_ROW,
                            &[("time", t(&clock(d.minute))), ("label", t(&d.label))]
                        )
                    );
                }
                if let Some(p) = settings.paused_until {
                    println!(
                        "{}",
                        say::own(
                            ids::REMIND_PAUSED_UNTIL,
                            &[("date", t(&say::words().day_month_year(p)))]
                        )
                    );
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
                return Err(crate::usage_in(
                    ids::USAGE_BETWEEN,
                    &[
                        ("flag", t("--horizon")),
                        ("min", t("1m")),
                        ("max", t("31d")),
                    ],
                ));
            }
            if max == 0 {
                return Err(crate::usage_in(
                    ids::USAGE_AT_LEAST,
                    &[("flag", t("--max")), ("min", n(1))],
                ));
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
                println!(
                    "{}",
                    say::own(ids::REMIND_PLAN_EMPTY, &[("horizon", t(&horizon))])
                );
            } else {
                let vtz =
                    waymark_core::support::parse::parse_timezone(&viewer).unwrap_or(chrono_tz::UTC);
                for r in &plan.reminders {
                    let at = DateTime::parse_from_rfc3339(&r.fire_at_utc)
                        .map(|time| day_and_time(&time.with_timezone(&vtz)))
                        .unwrap_or_default();
                    println!("{at}  {} — {}  [{}]", r.title, r.body, r.id);
                }
            }
            if plan.cut_by_cap > 0 {
                eprintln!(
                    "{}",
                    say::own(
                        ids::REMIND_PLAN_CUT,
                        &[("count", n(plan.cut_by_cap)), ("max", n(max))]
                    )
                );
            }
            for meeting in &plan.assumed_timezone_meetings {
                eprintln!(
                    "{}",
                    say::own(ids::REMIND_PLAN_ASSUMED_ZONE, &[("id", t(meeting))])
                );
            }
            for u in &plan.unplannable {
                eprintln!(
                    "{}",
                    say::text(
                        ids::REMIND_PLAN_UNPLANNABLE,
                        &[
                            ("id", t(&u.meeting_id)),
                            ("reason", t(&u.reason.words(say::words())))
                        ]
                    )
                );
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
            waymark_core::support::files::write_private(&path, ics.as_bytes()).with_context(
                || {
                    say::own(
                        ids::CANNOT_WRITE,
                        &[("path", t(&path.display().to_string()))],
                    )
                },
            )?;
            eprintln!(
                "{}",
                say::own(
                    ids::CALENDAR_WROTE,
                    &[
                        ("count", n(ics.matches("BEGIN:VEVENT").count())),
                        ("path", t(&path.display().to_string())),
                    ]
                )
            );
        }
        None => print!("{ics}"),
    }
    if discreet {
        eprintln!(
            "{}",
            say::own(
                ids::CALENDAR_DISCREET,
                &[(
                    "summary",
                    t(waymark_core::reminders::calendar::DISCREET_SUMMARY)
                )]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
