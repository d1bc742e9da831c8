//! "Add to my calendar": meetings as an iCalendar (RFC 5545) file that really repeats.
//!
//! One VEVENT per meeting: DTSTART in the meeting's own zone (`TZID`) at its next occurrence,
//! a weekly RRULE on its weekdays, DURATION in elapsed minutes (so a 23:30 meeting of 90
//! minutes ends at 01:00 the next day, and one over a clock change lasts what it says), one
//! VALARM per reminder lead, LOCATION, GEO for real coordinates only (never a placeholder or
//! an approximate point), URL for online meetings.
//!
//! The events are built with the `icalendar` crate. It has no VTIMEZONE support, so the
//! VTIMEZONE for each zone used is written here from chrono-tz: every UTC-offset change from
//! the year before the export to ten years after, as explicit STANDARD/DAYLIGHT observances
//! (no rules to get wrong), or one STANDARD observance for a zone without changes.
//!
//! One difference from the planner is inherent to the format: a calendar app computes each
//! occurrence itself, and RFC 5545 reads a local time inside a spring-forward gap with the
//! offset from before the gap (02:30 → 03:30), where Waymark's own reminders use the first
//! valid instant (03:00). Meetings in that hour on that one night are rare.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, Tz};
use icalendar::{Alarm, Calendar, CalendarDateTime, Component, EventLike, Trigger};

use crate::directory::model::Meeting;
use crate::support::error::{Error, Result};
use crate::support::msg;
use crate::support::occurrence::local_instant;

/// A meeting to export, with its reminder leads (minutes before) for alarms.
#[derive(Debug, Clone)]
pub struct CalendarItem {
    /// The meeting.
    pub meeting: Meeting,
    /// Alarm leads in minutes (may be empty).
    pub leads: Vec<u32>,
}

/// The title of every event in a discreet calendar.
pub const DISCREET_SUMMARY: &str = "Meeting";

const BYDAY: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/// Writes the calendar. `discreet` (the vault's setting unless the person asks for detail)
/// titles every event "Meeting" and leaves out notes and the meeting's name in alarms. Meetings without a weekly day and time, or without a known zone (or
/// `fallback_timezone`), cannot repeat correctly and are refused by name.
pub fn export_ics(
    items: &[CalendarItem],
    fallback_timezone: Option<&str>,
    discreet: bool,
    now: DateTime<Utc>,
) -> Result<String> {
    let mut cal = Calendar::new();
    cal.name("Waymark meetings");
    let mut zones = BTreeSet::new();
    for item in items {
        let m = &item.meeting;
        let (Some(start_minute), false) = (m.start_minute, m.weekdays.is_empty()) else {
            return Err(Error::invalid_with(
                msg::CALENDAR_NO_WEEKLY_TIME,
                [("meeting", m.name.as_str().into())],
            ));
        };
        let tz = m
            .timezone
            .as_deref()
            .or(fallback_timezone)
            .and_then(crate::support::parse::parse_timezone)
            .ok_or_else(|| Error::MeetingWithoutTimezone {
                meeting: m.name.clone(),
            })?;
        zones.insert(tz.name());
        // First occurrence: the soonest of its weekdays from today (meeting-local).
        let today = now.with_timezone(&tz).date_naive();
        let first_date = (0..7)
            .map(|d| today + Duration::days(d))
            .find(|d| {
                m.weekdays
                    .contains(&(d.weekday().num_days_from_sunday() as u8))
            })
            .unwrap_or(today);
        let local_start = NaiveDateTime::new(first_date, chrono::NaiveTime::MIN)
            + Duration::minutes(i64::from(start_minute));
        let days: Vec<&str> = m.weekdays.iter().map(|d| BYDAY[*d as usize % 7]).collect();
        let mut ev = icalendar::Event::new();
        // Discreet (the default, as on the lock screen): a calendar is seen by other apps,
        // shared accounts and people glancing at a screen, so the title says only "Meeting"
        // and the feed's notes (door codes, passcodes, the fellowship's wording) stay out.
        ev.uid(&format!("{}@waymark", m.id))
            .timestamp(now)
            .summary(if discreet { DISCREET_SUMMARY } else { &m.name })
            .starts(CalendarDateTime::WithTimezone {
                date_time: local_start,
                tzid: tz.name().to_string(),
            })
            .add_property("RRULE", format!("FREQ=WEEKLY;BYDAY={}", days.join(",")))
            .add_property(
                "DURATION",
                format!("PT{}M", m.duration_minutes.unwrap_or(60).max(1)),
            );
        if let Some(a) = m.address.as_deref().filter(|_| m.attendance.has_place()) {
            let place = match &m.location_name {
                Some(n) if !a.contains(n.as_str()) => format!("{n}, {a}"),
                _ => a.to_string(),
            };
            ev.location(&place);
        }
        if let (Some(lat), Some(lon), false) = (m.latitude, m.longitude, m.approximate_location) {
            if m.attendance.has_place() {
                ev.add_property("GEO", format!("{lat:.6};{lon:.6}"));
            }
        }
        if let Some(u) = m
            .conference_url
            .as_deref()
            .filter(|_| m.attendance.has_online())
        {
            ev.url(u);
        }
        if let Some(n) = m.notes.as_ref().filter(|_| !discreet) {
            ev.description(n);
        }
        for lead in &item.leads {
            let text = if discreet {
                "Reminder".to_string()
            } else {
                format!(
                    "{} starts in {}",
                    m.name,
                    crate::reminders::lead_words(*lead)
                )
            };
            ev.alarm(Alarm::display(
                &text,
                Trigger::before_start(Duration::minutes(i64::from(*lead))),
            ));
        }
        cal.push(ev.done());
    }
    let text = cal.done().to_string();
    // Put the VTIMEZONEs before the first event.
    let vtz: String = zones
        .iter()
        .filter_map(|name| crate::support::parse::parse_timezone(name))
        .map(|tz| vtimezone(tz, now))
        .collect();
    Ok(match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{vtz}{}", &text[..at], &text[at..]),
        None => text,
    })
}

/// A VTIMEZONE for `tz` with every offset change from the year before `now` to ten years on.
fn vtimezone(tz: Tz, now: DateTime<Utc>) -> String {
    let mut s = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", tz.name());
    let from = Utc
        .with_ymd_and_hms(now.year() - 1, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(now);
    let to = Utc
        .with_ymd_and_hms(now.year() + 10, 12, 31, 0, 0, 0)
        .single()
        .unwrap_or(now);
    let offset = |t: DateTime<Utc>| tz.offset_from_utc_datetime(&t.naive_utc());
    let mut changes = Vec::new();
    let mut t = from;
    let mut before = offset(t);
    while t < to {
        let next = t + Duration::hours(6);
        let after = offset(next);
        if after != before {
            // Narrow to the first whole minute with the new offset (zone changes happen on
            // whole minutes; halving the 6 hours as a duration left stray seconds).
            let (mut lo, mut hi) = (0i64, 6 * 60);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if offset(t + Duration::minutes(mid)) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            changes.push((t + Duration::minutes(hi), before, after));
            before = after;
        }
        t = next;
    }
    let fmt_off = |secs: i32| {
        let sign = if secs < 0 { '-' } else { '+' };
        let a = secs.abs();
        format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
    };
    if changes.is_empty() {
        let o = offset(from);
        let off = fmt_off(o.fix().local_minus_utc());
        s.push_str(&format!(
            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:{off}\r\nTZOFFSETTO:{off}\r\nTZNAME:{o}\r\nEND:STANDARD\r\n"
        ));
    }
    for (at, old, new) in changes {
        let kind = if new.dst_offset().num_seconds() != 0 {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let local_before =
            at.naive_utc() + Duration::seconds(i64::from(old.fix().local_minus_utc()));
        s.push_str(&format!(
            "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\nTZNAME:{new}\r\nEND:{kind}\r\n",
            local_before.format("%Y%m%dT%H%M%S"),
            fmt_off(old.fix().local_minus_utc()),
            fmt_off(new.fix().local_minus_utc()),
        ));
    }
    s.push_str("END:VTIMEZONE\r\n");
    s
}

/// The meeting's next start, in its zone (for tests and the CLI's summary).
pub fn next_start(tz: Tz, m: &Meeting, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let start = m.start_minute?;
    let today = now.with_timezone(&tz).date_naive();
    (0..8)
        .map(|d| today + Duration::days(d))
        .filter(|d| {
            m.weekdays
                .contains(&(d.weekday().num_days_from_sunday() as u8))
        })
        .map(|d| local_instant(tz, d, u32::from(start)))
        .find(|t| *t > now)
}
