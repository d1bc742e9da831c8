//! Offline meeting search: one query type for every shell.
//!
//! SQLite narrows the candidates with indexes (R*Tree for "near", the `slots` time index for
//! "now / upcoming", FTS5 for text, plain columns for the rest); the exact answer — which
//! occurrence, whether it is running, how far away — is computed here in Rust with chrono-tz
//! and geodesic distance, so DST, zones and past-midnight meetings are right.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use serde::Serialize;

use crate::directory::{Directory, SEP, WEEK_MINUTES};
use crate::error::{Error, Result};
use crate::geo::{self, GeoPoint};
use crate::model::{weekday_name, Attendance};
use crate::occurrence::{occurrences_around, Occurrence};
use crate::parse;
use crate::types;

/// A meeting counts as "in progress" until it ends, and also for this long after it started
/// (so a 5-minute meeting is still "now" a little while).
pub const IN_PROGRESS_GRACE_MINUTES: i64 = 10;
/// Widest difference between a zone's real offset and its reference offset (DST shifts are an
/// hour, Lord Howe half an hour, Troll two hours), plus room.
const OFFSET_MARGIN_MINUTES: i64 = 180;

/// Which attendance a search wants.
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

/// What to look for. Every field is optional; an empty query lists everything.
#[derive(Debug, Clone, Default)]
pub struct MeetingQuery {
    /// The instant to search at; now when `None`.
    pub at: Option<DateTime<Utc>>,
    /// The viewer's IANA zone, for "your time"; UTC when `None`.
    pub viewer_timezone: Option<String>,
    /// Meetings running now (or started within the last 10 minutes).
    pub in_progress: bool,
    /// Meetings starting within this many minutes from `at` (wraps past Saturday).
    pub upcoming_minutes: Option<u32>,
    /// Meeting-local weekdays, 0 = Sunday.
    pub weekdays: Vec<u8>,
    /// Meeting-local start time range in minutes after midnight, inclusive; `from > to`
    /// wraps past midnight.
    pub start_between: Option<(u32, u32)>,
    /// Centre of a distance search.
    pub near: Option<GeoPoint>,
    /// Radius in km around `near` (default 25).
    pub radius_km: Option<f64>,
    /// Canonical type codes the meeting must all have.
    pub types: Vec<String>,
    /// Program slug.
    pub program: Option<String>,
    /// Attendance wanted.
    pub attendance: Option<AttendanceFilter>,
    /// Language (ISO 639-1).
    pub language: Option<String>,
    /// Region name (any level of the path), case-insensitive.
    pub region: Option<String>,
    /// Free text; accents and case ignored; words match as prefixes.
    pub text: Option<String>,
    /// Include venues marked temporarily closed.
    pub include_closed: bool,
    /// Order.
    pub sort: SortOrder,
    /// Most results to return (default 50).
    pub limit: Option<usize>,
    /// Language for type names (default English).
    pub type_language: Option<String>,
    /// Only these meeting ids (for "my meetings" and detail views).
    pub ids: Vec<String>,
}

/// One meeting found, with its times in the meeting's zone and the viewer's.
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
    /// Type names in the requested language.
    pub type_names: Vec<String>,
    /// Languages (ISO 639-1).
    pub languages: Vec<String>,
    /// `in_person`, `online` or `hybrid`.
    pub attendance: Attendance,
    /// The venue is marked temporarily closed.
    pub temporarily_closed: bool,
    /// The meeting's IANA zone; `None` when unknown (times then assume the viewer's zone).
    pub timezone: Option<String>,
    /// False when the zone is unknown and the viewer's was assumed.
    pub timezone_known: bool,
    /// By appointment: no times below.
    pub by_appointment: bool,
    /// Meeting-local weekday name of this occurrence ("Tuesday").
    pub local_day: Option<String>,
    /// Meeting-local date of this occurrence.
    pub local_date: Option<String>,
    /// Meeting-local start, `HH:MM`.
    pub local_start: Option<String>,
    /// Meeting-local end, `HH:MM` (may be after midnight).
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
}

struct Candidate {
    rowid: i64,
    weekday: Option<u8>,
    start: Option<u32>,
    duration: u32,
    tz: Option<Tz>,
    lat: Option<f64>,
    lon: Option<f64>,
}

impl Directory {
    /// Runs a search. Errors only for unusable arguments (unknown zone, bad point or radius).
    pub fn search(&self, q: &MeetingQuery) -> Result<Vec<MeetingResult>> {
        let at = q.at.unwrap_or_else(Utc::now);
        let viewer_tz: Tz = match q.viewer_timezone.as_deref() {
            None => Tz::UTC,
            Some(z) => parse::parse_timezone(z)
                .ok_or_else(|| Error::invalid(format!("unknown time zone {z:?}")))?,
        };
        let radius = q.radius_km.unwrap_or(25.0);
        if let Some(p) = q.near {
            // A phone without a fix reports 0,0; a placeholder *venue* point is still a real
            // place to stand, so only unusable values are refused.
            match parse::validate_point(p.latitude, p.longitude) {
                Ok(_) | Err(parse::CoordinateProblem::Placeholder) => {}
                Err(e) => {
                    return Err(Error::invalid(format!(
                        "the search point is unusable: {}",
                        e.describe()
                    )))
                }
            }
            if !(radius.is_finite() && radius > 0.0 && radius <= 20_000.0) {
                return Err(Error::invalid("the radius must be between 0 and 20000 km"));
            }
        }
        if q.weekdays.iter().any(|d| *d > 6) {
            return Err(Error::invalid("weekdays are 0 (Sunday) to 6 (Saturday)"));
        }
        let timed = q.in_progress || q.upcoming_minutes.is_some();
        let needs_slot = timed || !q.weekdays.is_empty() || q.start_between.is_some();

        // --- SQL prefilter ---
        let mut wh: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            format!("?{}", args.len())
        };
        if timed {
            let max_duration: i64 = self
                .conn
                .query_row(
                    "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'max_duration'",
                    [],
                    |r| r.get(0),
                )
                .unwrap_or(24 * 60);
            let at_wmin = i64::from(at.weekday().num_days_from_sunday()) * 1440
                + i64::from(at.time().num_seconds_from_midnight() / 60);
            let back = if q.in_progress {
                max_duration.max(IN_PROGRESS_GRACE_MINUTES)
            } else {
                0
            } + OFFSET_MARGIN_MINUTES;
            let ahead = i64::from(q.upcoming_minutes.unwrap_or(0)) + OFFSET_MARGIN_MINUTES;
            let mut ranges = Vec::new();
            if back + ahead < WEEK_MINUTES {
                let lo = (at_wmin - back).rem_euclid(WEEK_MINUTES);
                let hi = (at_wmin + ahead).rem_euclid(WEEK_MINUTES);
                if lo <= hi {
                    ranges.push((lo, hi));
                } else {
                    ranges.push((lo, WEEK_MINUTES - 1));
                    ranges.push((0, hi));
                }
            }
            if !ranges.is_empty() {
                let mut parts = vec!["s.tz_known = 0".to_string()];
                for (lo, hi) in ranges {
                    let a = arg(Value::Integer(lo), &mut args);
                    let b = arg(Value::Integer(hi), &mut args);
                    parts.push(format!(
                        "(s.tz_known = 1 AND s.wmin_ref BETWEEN {a} AND {b})"
                    ));
                }
                wh.push(format!("({})", parts.join(" OR ")));
            }
        }
        if !q.weekdays.is_empty() {
            let list: Vec<String> = q.weekdays.iter().map(|d| d.to_string()).collect();
            wh.push(format!("s.weekday IN ({})", list.join(",")));
        }
        if let Some((from, to)) = q.start_between {
            let a = arg(Value::Integer(from.into()), &mut args);
            let b = arg(Value::Integer(to.into()), &mut args);
            if from <= to {
                wh.push(format!("s.start_minute BETWEEN {a} AND {b}"));
            } else {
                wh.push(format!("(s.start_minute >= {a} OR s.start_minute <= {b})"));
            }
        }
        for t in &q.types {
            let code = types::canonical_type(q.program.as_deref().unwrap_or("aa"), t)
                .unwrap_or_else(|| t.trim().to_uppercase());
            let a = arg(Value::Text(format!("|{code}|")), &mut args);
            wh.push(format!("instr(m.types_key, {a}) > 0"));
        }
        if let Some(p) = &q.program {
            let a = arg(Value::Text(p.trim().to_lowercase()), &mut args);
            wh.push(format!("m.program = {a}"));
        }
        match q.attendance {
            Some(AttendanceFilter::InPerson) => {
                wh.push("m.attendance IN ('in_person', 'hybrid')".into())
            }
            Some(AttendanceFilter::Online) => {
                wh.push("m.attendance IN ('online', 'hybrid')".into())
            }
            Some(AttendanceFilter::Hybrid) => wh.push("m.attendance = 'hybrid'".into()),
            None => {}
        }
        if let Some(l) = &q.language {
            let code = types::language_from_key(l).unwrap_or_else(|| l.trim().to_lowercase());
            let a = arg(Value::Text(format!("|{code}|")), &mut args);
            wh.push(format!("instr(m.languages_key, {a}) > 0"));
        }
        if let Some(r) = &q.region {
            let a = arg(
                Value::Text(format!("|{}|", r.trim().to_lowercase())),
                &mut args,
            );
            wh.push(format!("instr(m.region_key, {a}) > 0"));
        }
        if let Some(t) = q.text.as_deref().map(fts_query).filter(|t| !t.is_empty()) {
            let a = arg(Value::Text(t), &mut args);
            wh.push(format!(
                "m.rowid IN (SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH {a})"
            ));
        }
        if !q.ids.is_empty() {
            let list: Vec<String> = q
                .ids
                .iter()
                .map(|id| arg(Value::Text(id.clone()), &mut args))
                .collect();
            wh.push(format!("m.id IN ({})", list.join(",")));
        }
        if !q.include_closed {
            wh.push("m.temporarily_closed = 0".into());
        }
        let slot_join = if needs_slot {
            "JOIN slots s ON s.meeting_rowid = m.rowid"
        } else {
            "LEFT JOIN slots s ON s.meeting_rowid = m.rowid"
        };
        let cols = "m.rowid, s.weekday, s.start_minute, m.duration_minutes, m.timezone, m.latitude, m.longitude";
        let mut sqls = Vec::new();
        match q.near {
            Some(p) => {
                for (min_lat, max_lat, min_lon, max_lon) in geo::bounding_boxes(p, radius) {
                    let mut w = wh.clone();
                    w.push(format!(
                        "g.min_lat >= {min_lat} AND g.max_lat <= {max_lat} \
                         AND g.min_lon >= {min_lon} AND g.max_lon <= {max_lon}"
                    ));
                    sqls.push(format!(
                        "SELECT {cols} FROM meeting_geo g CROSS JOIN meetings m ON m.rowid = g.id \
                         {slot_join} WHERE {}",
                        w.join(" AND ")
                    ));
                }
            }
            None if timed => {
                sqls.push(format!(
                "SELECT {cols} FROM slots s CROSS JOIN meetings m ON m.rowid = s.meeting_rowid \
                 WHERE {}",
                if wh.is_empty() { "1".into() } else { wh.join(" AND ") }
            ))
            }
            None => sqls.push(format!(
                "SELECT {cols} FROM meetings m {slot_join} WHERE {}",
                if wh.is_empty() {
                    "1".into()
                } else {
                    wh.join(" AND ")
                }
            )),
        }

        // --- exact answer ---
        let mut best: HashMap<i64, (Option<Occurrence>, Option<f64>, bool, Option<Tz>)> =
            HashMap::new();
        for sql in sqls {
            let mut st = self.conn.prepare_cached(&sql)?;
            let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(Candidate {
                    rowid: r.get(0)?,
                    weekday: r.get(1)?,
                    start: r.get(2)?,
                    duration: r.get::<_, Option<u32>>(3)?.unwrap_or(60),
                    tz: r
                        .get::<_, Option<String>>(4)?
                        .and_then(|z| z.parse::<Tz>().ok()),
                    lat: r.get(5)?,
                    lon: r.get(6)?,
                })
            })?;
            for c in rows {
                let c = c?;
                let distance = match (q.near, c.lat, c.lon) {
                    (Some(p), Some(lat), Some(lon)) => {
                        let d = geo::distance_km(
                            p,
                            GeoPoint {
                                latitude: lat,
                                longitude: lon,
                            },
                        );
                        if d > radius {
                            continue;
                        }
                        Some(d)
                    }
                    (Some(_), _, _) => continue,
                    _ => None,
                };
                let zone = c.tz.unwrap_or(viewer_tz);
                let (occ, running) = match (c.weekday, c.start) {
                    (Some(wd), Some(start)) => {
                        let occs = occurrences_around(zone, wd, start, c.duration, at);
                        let running_occ = occs.iter().find(|o| is_running(o, at)).copied();
                        let next = occs.iter().find(|o| o.start > at).copied();
                        if timed {
                            let upcoming = q.upcoming_minutes.and_then(|w| {
                                next.filter(|o| o.start <= at + Duration::minutes(w.into()))
                            });
                            match (q.in_progress.then_some(running_occ).flatten(), upcoming) {
                                (Some(o), _) => (Some(o), true),
                                (None, Some(o)) => (Some(o), false),
                                (None, None) => continue,
                            }
                        } else {
                            match running_occ {
                                Some(o) => (Some(o), true),
                                None => (next, false),
                            }
                        }
                    }
                    _ => (None, false),
                };
                let entry = best
                    .entry(c.rowid)
                    .or_insert((occ, distance, running, c.tz));
                let better = match (occ, entry.0) {
                    (Some(a), Some(b)) => a.start < b.start,
                    (Some(_), None) => true,
                    _ => false,
                };
                if better {
                    *entry = (occ, distance, running, c.tz);
                }
            }
        }

        // --- order, limit, fill in details ---
        let mut found: Vec<(i64, Option<Occurrence>, Option<f64>, bool, Option<Tz>)> = best
            .into_iter()
            .map(|(k, (o, d, r, z))| (k, o, d, r, z))
            .collect();
        let by_distance = match q.sort {
            SortOrder::Distance => q.near.is_some(),
            SortOrder::Soonest => false,
            SortOrder::Auto => q.near.is_some(),
        };
        found.sort_by(|a, b| {
            let soon = |x: &Option<Occurrence>| x.map(|o| o.start.timestamp()).unwrap_or(i64::MAX);
            if by_distance {
                a.2.unwrap_or(f64::MAX)
                    .total_cmp(&b.2.unwrap_or(f64::MAX))
                    .then(soon(&a.1).cmp(&soon(&b.1)))
                    .then(a.0.cmp(&b.0))
            } else {
                soon(&a.1)
                    .cmp(&soon(&b.1))
                    .then(a.2.unwrap_or(0.0).total_cmp(&b.2.unwrap_or(0.0)))
                    .then(a.0.cmp(&b.0))
            }
        });
        found.truncate(q.limit.unwrap_or(50));
        let lang = q.type_language.as_deref().unwrap_or("en");
        let mut st = self.conn.prepare_cached(
            "SELECT id, name, program, types_key, languages_key, attendance, temporarily_closed,
                    timezone, location_name, address, region, latitude, longitude
             FROM meetings WHERE rowid = ?1",
        )?;
        let mut out = Vec::with_capacity(found.len());
        for (rowid, occ, distance, running, tz) in found {
            let r = st.query_row([rowid], |r| {
                let types_key: String = r.get(3)?;
                let codes: Vec<String> = types_key
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                Ok(MeetingResult {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    program: r.get(2)?,
                    type_names: codes.iter().map(|c| types::type_name(c, lang)).collect(),
                    types: codes,
                    languages: r
                        .get::<_, String>(4)?
                        .split('|')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                    attendance: Attendance::parse(&r.get::<_, String>(5)?)
                        .unwrap_or(Attendance::InPerson),
                    temporarily_closed: r.get(6)?,
                    timezone: r.get(7)?,
                    timezone_known: tz.is_some(),
                    by_appointment: occ.is_none(),
                    local_day: None,
                    local_date: None,
                    local_start: None,
                    local_end: None,
                    ends_next_day: false,
                    next_start_utc: None,
                    next_end_utc: None,
                    viewer_timezone: viewer_tz.name().to_string(),
                    viewer_start: None,
                    viewer_day: None,
                    viewer_time: None,
                    in_progress: running,
                    starts_in_minutes: None,
                    location_name: r.get(8)?,
                    address: r.get(9)?,
                    region: r
                        .get::<_, String>(10)?
                        .split(SEP)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                    latitude: r.get(11)?,
                    longitude: r.get(12)?,
                    distance_km: distance.map(|d| (d * 100.0).round() / 100.0),
                })
            })?;
            let mut r = r;
            if let Some(o) = occ {
                fill_times(&mut r, o, tz.unwrap_or(viewer_tz), viewer_tz, at);
            }
            out.push(r);
        }
        Ok(out)
    }
}

fn is_running(o: &Occurrence, at: DateTime<Utc>) -> bool {
    o.start <= at && (at < o.end || at - o.start < Duration::minutes(IN_PROGRESS_GRACE_MINUTES))
}

fn fill_times(r: &mut MeetingResult, o: Occurrence, zone: Tz, viewer: Tz, at: DateTime<Utc>) {
    let ls = o.start.with_timezone(&zone);
    let le = o.end.with_timezone(&zone);
    let vs = o.start.with_timezone(&viewer);
    r.local_day = Some(weekday_name(ls.weekday().num_days_from_sunday() as u8).into());
    r.local_date = Some(o.local_date.to_string());
    r.local_start = Some(ls.format("%H:%M").to_string());
    r.local_end = Some(le.format("%H:%M").to_string());
    r.ends_next_day = le.date_naive() > ls.date_naive();
    r.next_start_utc = Some(o.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    r.next_end_utc = Some(o.end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    r.viewer_start = Some(vs.to_rfc3339_opts(chrono::SecondsFormat::Secs, false));
    r.viewer_day = Some(weekday_name(vs.weekday().num_days_from_sunday() as u8).into());
    r.viewer_time = Some(vs.format("%H:%M").to_string());
    r.starts_in_minutes = Some((o.start - at).num_minutes());
}

/// Turns what a person typed into an FTS5 query: each word quoted (so `-`, `"` and operators
/// are literal) and matched as a prefix.
fn fts_query(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}
