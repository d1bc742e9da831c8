//! Offline meeting search: one query type for every shell.
//!
//! A search runs in two steps. Step one reads candidates from an index only — grid cells
//! around the point for "near", every weekly start for "now / upcoming" — and throws out, in
//! integer arithmetic, whatever cannot be in the time window or the radius. Step two looks up
//! each survivor with every other filter (types, program, text via FTS5, …); the exact answer — which
//! occurrence, whether it is running, how far away — is computed here in Rust with chrono-tz
//! and geodesic distance, so DST, zones and past-midnight meetings are right.

use rustc_hash::FxHashMap as HashMap;

use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::directory::model::{weekday_name, Attendance, MeetingEnd};
use crate::directory::shards::{global, split};
use crate::directory::types;
use crate::directory::{
    grid_indices, id_hash, list_details, week_minute_ref, Directory, Reading, CELLS_PER_ROW,
    WEEK_MINUTES,
};
use crate::support::error::{Error, Result};
use crate::support::fts::fts_query;
use crate::support::geo::{self, GeoPoint};
use crate::support::msg;
use crate::support::occurrence::{local_instant, occurrences_around, Occurrence};
use crate::support::parse;

mod evaluate;
mod list_item;
mod query;
mod slots;
mod words;

pub use list_item::{ListPage, MeetingListItem};
pub use query::{
    upcoming_window, AttendanceFilter, MeetingQuery, MeetingResult, SearchPage, SortOrder,
    MAX_UPCOMING_MINUTES,
};
pub use words::DistanceUnit;

use evaluate::{by_distance, order, soon, soonest_order};
pub(crate) use slots::SlotCache;
use slots::{Keyed, SlotReader};

/// A meeting counts as "in progress" until it ends, and also for this long after it started
/// (so a 5-minute meeting is still "now" a little while).
pub const IN_PROGRESS_GRACE_MINUTES: i64 = 10;
/// Widest difference between a zone's real offset and its reference offset (DST shifts are an
/// hour, Lord Howe half an hour, Troll two hours), plus room.
const OFFSET_MARGIN_MINUTES: i64 = 180;

/// What the first, index-only step of a search reads about a meeting.
#[derive(Clone, Copy)]
struct Candidate {
    /// Which file and row ([`crate::directory::shards::global`]).
    rowid: i64,
    weekday_mask: i64,
    start: Option<u32>,
    ref_offset: Option<i64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// Step one: only columns held in `meetings_cell` / `meetings_slot`, so SQLite reads index
/// entries, not rows.
const STEP1_COLS: &str =
    "m.rowid, m.weekday_mask, m.start_minute, m.ref_offset, m.latitude, m.longitude";

/// Step two, per survivor: the rest, with every filter applied.
const STEP2_COLS: &str = "m.duration_minutes, m.timezone, m.latitude, m.longitude";

/// Where SQL names a table of one file of the directory: replaced by that file's schema name
/// (`main`, `shard1`, …; see [`crate::directory::shards`]).
const SCHEMA: &str = "{schema}";

/// `sql` for the directory file named `schema`.
fn in_schema(sql: &str, schema: &str) -> String {
    sql.replace(SCHEMA, schema)
}

/// A candidate of file `part` from a row of [`STEP1_COLS`].
fn candidate(part: usize, r: &rusqlite::Row) -> rusqlite::Result<Candidate> {
    Ok(Candidate {
        rowid: global(part, r.get(0)?),
        weekday_mask: r.get(1)?,
        start: r.get(2)?,
        ref_offset: r.get(3)?,
        lat: r.get(4)?,
        lon: r.get(5)?,
    })
}

/// The best occurrence found for one meeting.
#[derive(Clone, Copy)]
struct Found {
    occ: Option<Occurrence>,
    distance: Option<f64>,
    running: bool,
    tz_known: bool,
}

/// What a query resolves to before touching the directory.
struct Plan {
    at: DateTime<Utc>,
    viewer: Tz,
    /// The viewer's zone's reference offset (meetings of unknown zone are timed in it).
    viewer_offset: i64,
    radius: f64,
    /// In progress and/or upcoming was asked for.
    timed: bool,
    /// Step one reads an index only (near a place, or a time window) and step two applies
    /// the filters one candidate at a time.
    two_step: bool,
    /// The longest meeting in minutes, when a timed search has read it.
    max_duration: Option<i64>,
    /// How far a weekly start placed with its zone's reference offset can be from the true
    /// one, in minutes, around `at` (see [`Search::offset_margin`]); set before a
    /// soonest-first evaluation.
    margin: i64,
    /// Weekday bits asked for (0 = any).
    weekday_filter: i64,
    /// UTC-week minute ranges (reference offsets) a matching start can fall in.
    window: Vec<(i64, i64)>,
    /// SQL conditions over `meetings m`, and their parameters `?1…` (the text condition
    /// names its index in [`SCHEMA`]).
    clauses: Vec<String>,
    args: Vec<Value>,
    /// The text index query of a two-step search, run once in step one (see
    /// [`Search::candidates`]); a one-step search has it among `clauses`.
    text: Option<String>,
}

impl Directory {
    /// Runs a search on the reader. Errors only for unusable arguments (unknown zone, bad
    /// point or radius), or when [`Directory::interrupt`] stopped it.
    pub fn search(&self, q: &MeetingQuery) -> Result<Vec<MeetingResult>> {
        let conn = self.read()?;
        Ok(Search::new(&conn, self.slot_cache()).run(q)?.results)
    }

    /// [`Directory::search`], with how many more matched beyond the limit and, when nothing
    /// matched, how many temporarily closed meetings were left out (that takes a second
    /// search on the same snapshot, so only an empty page costs more).
    pub fn search_page(&self, q: &MeetingQuery) -> Result<SearchPage> {
        let conn = self.read()?;
        let search = Search::new(&conn, self.slot_cache());
        let mut page = search.run(q)?;
        if page.results.is_empty() && !q.include_closed && !has_text(q) {
            let with_closed = MeetingQuery {
                include_closed: true,
                limit: Some(1),
                ..q.clone()
            };
            let p = search.run(&with_closed)?;
            page.closed_left_out = p.results.len() as u64 + p.more;
        }
        Ok(page)
    }
}

/// One search on one connection (the reader, held for the whole search).
pub(super) struct Search<'c> {
    conn: &'c Connection,
    /// What searches on this directory's reader keep between them (`None` in memory).
    cache: Option<&'c SlotCache>,
    /// The files of the directory, `main` first (see [`crate::directory::shards`]).
    schemas: &'c [String],
    /// Which list of shards `schemas` is (the cache keeps what it read per list).
    generation: u64,
}

impl<'c> Search<'c> {
    fn new(reading: &'c Reading<'_>, cache: Option<&'c SlotCache>) -> Search<'c> {
        Search {
            conn: reading,
            cache,
            schemas: &reading.schemas,
            generation: reading.generation,
        }
    }
}

impl Search<'_> {
    fn run(&self, q: &MeetingQuery) -> Result<SearchPage> {
        // One read transaction for the whole search: the per-candidate lookups then share one
        // snapshot and one file lock, instead of taking and dropping the lock (two fcntl
        // calls) for every statement, which was a third of a search's time.
        let tx = if self.conn.is_autocommit() {
            Some(self.conn.unchecked_transaction()?)
        } else {
            None
        };
        let mut plan = self.plan(q)?;
        // Soonest first without a place reads the weekly-start index in order (see `slots`);
        // everything else gathers its candidates first.
        let streamed = plan.timed && q.near.is_none();
        let candidates = if streamed {
            Vec::new()
        } else {
            self.candidates(q, &plan)?
        };
        let limit = q.max_results();
        let mut zones = HashMap::default();
        let mut best = HashMap::default();
        let (results, more, more_exact) =
            if streamed || (!by_distance(q) && candidates.len() > 2 * limit) {
                // Soonest first over many candidates: evaluate in order of approximate start and
                // stop once nothing left can come earlier (see `evaluate_soonest`).
                // How long ago a chosen occurrence can have started: a meeting still running
                // counts, unless only upcoming ones were asked for (then it starts after `at`).
                let running_for = if plan.timed && !q.in_progress {
                    0
                } else {
                    plan.max_duration
                        .unwrap_or_else(|| self.max_duration())
                        .max(IN_PROGRESS_GRACE_MINUTES)
                };
                plan.margin = self.offset_margin(&plan, running_for)?;
                let mut keyed = if streamed {
                    let text = self.text_matches(&plan)?;
                    let reader = SlotReader::new(
                        self,
                        &plan,
                        q.in_progress || !plan.timed,
                        plan.max_duration.unwrap_or_else(|| self.max_duration()),
                        text,
                    )?;
                    Keyed::Streamed {
                        read: Vec::new(),
                        reader: Some(Box::new(reader)),
                    }
                } else {
                    Keyed::Sorted(soonest_order(&plan, running_for, candidates))
                };
                let mut pos = 0;
                let mut need = limit;
                loop {
                    pos = self
                        .evaluate_soonest(q, &plan, &mut keyed, pos, need, &mut best, &mut zones)?;
                    // Only the first `need` in order are certain (with any that start at the same
                    // moment as the last of them, such as a second listing of it); later ones may
                    // yet be overtaken by candidates not evaluated.
                    let mut ordered = order(q, &best);
                    let found = ordered.len();
                    if !keyed.exhausted(pos) && ordered.len() > need {
                        let last = soon(&ordered[need - 1].1);
                        let certain = need
                            + ordered[need..]
                                .iter()
                                .take_while(|(_, f)| soon(f) <= last)
                                .count();
                        ordered.truncate(certain);
                    }
                    let (results, used) = self.results(q, &plan, ordered)?;
                    // Listings folded together as duplicates count once: look further if that
                    // left fewer than asked for.
                    let complete = keyed.exhausted(pos);
                    if results.len() >= limit || complete {
                        break (results, (found - used) as u64, complete);
                    }
                    need += limit - results.len();
                }
            } else {
                self.evaluate(q, &plan, candidates.iter(), &mut best, &mut zones)?;
                let ordered = order(q, &best);
                let found = ordered.len();
                let (results, used) = self.results(q, &plan, ordered)?;
                (results, (found - used) as u64, true)
            };
        if let Some(tx) = tx {
            tx.commit()?;
        }
        Ok(SearchPage {
            results,
            more,
            more_exact,
            closed_left_out: 0,
        })
    }

    /// Checks the arguments and turns the query into SQL conditions and a time window.
    fn plan(&self, q: &MeetingQuery) -> Result<Plan> {
        let at = q.at.unwrap_or_else(Utc::now);
        let viewer: Tz = match q.viewer_timezone.as_deref() {
            None => Tz::UTC,
            Some(z) => parse::parse_timezone(z)
                .ok_or_else(|| Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", z.into())]))?,
        };
        if let Some(m) = q.upcoming_minutes {
            upcoming_window(u64::from(m))?;
        }
        let radius = q.radius_km.unwrap_or(25.0);
        if let Some(p) = q.near {
            // A phone without a fix reports 0,0; a placeholder *venue* point is still a real
            // place to stand, so only unusable values are refused.
            match parse::validate_point(p.latitude, p.longitude) {
                Ok(_) | Err(parse::CoordinateProblem::Placeholder) => {}
                Err(e) => {
                    return Err(Error::invalid_with(
                        msg::SEARCH_POINT,
                        [("problem", e.word().into())],
                    ))
                }
            }
            if !(radius.is_finite() && radius > 0.0 && radius <= 20_000.0) {
                return Err(Error::invalid(msg::RADIUS_RANGE));
            }
        }
        if q.weekdays.iter().any(|d| *d > 6) {
            return Err(Error::invalid(msg::WEEKDAY_RANGE));
        }
        let start_between = q.start_between()?;
        let timed = q.in_progress || q.upcoming_minutes.is_some();
        let max_duration = timed.then(|| self.max_duration());
        let window = if timed {
            week_window(q, at, max_duration.unwrap_or_default())
        } else {
            Vec::new()
        };
        // In a two-step search the text condition is checked once for all candidates: as a
        // clause of the per-candidate step two, SQLite would run the text index query again
        // for every candidate (thousands, for a first letter typed into "the next 7 days").
        let two_step = q.near.is_some() || timed;
        let text = q.text.as_deref().map(fts_query).filter(|t| !t.is_empty());
        let (clauses, args) = sql_filters(q, timed, start_between, !two_step);
        let text = if two_step { text } else { None };
        Ok(Plan {
            at,
            viewer,
            viewer_offset: crate::directory::reference_offset(viewer),
            radius,
            max_duration,
            margin: OFFSET_MARGIN_MINUTES,
            timed,
            two_step,
            weekday_filter: q.weekdays.iter().map(|d| 1i64 << d).sum(),
            window,
            clauses,
            args,
            text,
        })
    }

    /// Step one: candidates from an index only (grid cells around the point) or, with neither
    /// a place nor a time window, straight from the filters. (A time window without a place
    /// reads the weekly-start index as it goes: see `slots`.)
    fn candidates(&self, q: &MeetingQuery, plan: &Plan) -> Result<Vec<Candidate>> {
        let mut out = Vec::new();
        for (part, schema) in self.schemas.iter().enumerate() {
            let row = |r: &rusqlite::Row| candidate(part, r);
            if let Some(p) = q.near {
                let mut st = self.conn.prepare_cached(&format!(
                    "SELECT {STEP1_COLS} FROM {schema}.meetings m INDEXED BY meetings_cell \
                     WHERE m.cell BETWEEN ?1 AND ?2"
                ))?;
                for (min_lat, max_lat, min_lon, max_lon) in geo::bounding_boxes(p, plan.radius) {
                    let (r0, c0) = grid_indices(min_lat, min_lon);
                    let (r1, c1) = grid_indices(max_lat, max_lon);
                    for grid_row in r0..=r1 {
                        let lo = grid_row * CELLS_PER_ROW + c0;
                        let hi = grid_row * CELLS_PER_ROW + c1;
                        for c in st.query_map([lo, hi], row)? {
                            out.push(c?);
                        }
                    }
                }
            } else {
                // One step: every filter, text included, is in this statement.
                let mut st = self.conn.prepare_cached(&in_schema(
                    &format!(
                        "SELECT {STEP1_COLS} FROM {SCHEMA}.meetings m WHERE {}",
                        where_sql(&plan.clauses)
                    ),
                    schema,
                ))?;
                for c in st.query_map(rusqlite::params_from_iter(plan.args.iter()), row)? {
                    out.push(c?);
                }
            }
        }
        if let Some(matching) = self.text_matches(plan)? {
            out.retain(|c| matching.contains(&c.rowid));
        }
        Ok(out)
    }

    /// The rows a two-step search's text matches (`None` without text), from one query of
    /// the text index.
    fn text_matches(&self, plan: &Plan) -> Result<Option<rustc_hash::FxHashSet<i64>>> {
        let Some(text) = &plan.text else {
            return Ok(None);
        };
        let mut matching = rustc_hash::FxHashSet::default();
        for (part, schema) in self.schemas.iter().enumerate() {
            let mut st = self.conn.prepare_cached(&format!(
                "SELECT rowid FROM {schema}.meeting_fts WHERE meeting_fts MATCH ?1"
            ))?;
            for rowid in st.query_map([text], |r| r.get::<_, i64>(0))? {
                matching.insert(global(part, rowid?));
            }
        }
        Ok(Some(matching))
    }

    /// Cheap integer and distance checks, then step two (the remaining filters, one meeting
    /// at a time), then the exact occurrence in the meeting's zone.
    /// How far, in minutes, a weekly start placed with its zone's reference offset (a fixed
    /// day in January) can be from its true start around `plan.at`: the largest difference
    /// between a zone's offset and its reference offset, over the zones the directory's
    /// meetings are in and the viewer's (meetings of unknown zone are timed in the viewer's),
    /// from `running_for` and a day before `at` to eight days after. Zero for most of the
    /// year's searches in a directory of one hemisphere's zones, an hour around a clock change;
    /// [`OFFSET_MARGIN_MINUTES`] when the directory does not keep its zones. The answer for
    /// the last (zones, viewer, hour) is kept: a screen asks many times an hour.
    fn offset_margin(&self, plan: &Plan, running_for: i64) -> Result<i64> {
        use chrono::{Offset, TimeZone};
        type Key = (u64, Tz, i64, i64);
        static LAST: std::sync::Mutex<Option<(Key, i64)>> = std::sync::Mutex::new(None);
        let mut names = Vec::new();
        for schema in self.schemas {
            match crate::directory::schema::known_zones_in(self.conn, schema)? {
                Some(zones) => names.extend(zones),
                None => return Ok(OFFSET_MARGIN_MINUTES),
            }
        }
        names.sort_unstable();
        names.dedup();
        let key: Key = (
            {
                use std::hash::{Hash, Hasher};
                let mut h = rustc_hash::FxHasher::default();
                names.hash(&mut h);
                h.finish()
            },
            plan.viewer,
            plan.at.timestamp().div_euclid(3600),
            running_for,
        );
        let mut last = LAST
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((k, margin)) = *last {
            if k == key {
                return Ok(margin);
            }
        }
        let hour = plan
            .at
            .with_minute(0)
            .and_then(|t| t.with_second(0))
            .unwrap_or(plan.at);
        let from = hour - Duration::minutes(running_for + 24 * 60);
        let to = hour + Duration::days(8) + Duration::hours(1);
        let mut margin = 0;
        for zone in names
            .iter()
            .filter_map(|n| n.parse::<Tz>().ok())
            .chain(std::iter::once(plan.viewer))
        {
            let reference = crate::directory::reference_offset(zone);
            // Every six hours: clocks change at most twice a year in any zone.
            let mut t = from;
            while t <= to {
                let offset = i64::from(
                    zone.offset_from_utc_datetime(&t.naive_utc())
                        .fix()
                        .local_minus_utc(),
                ) / 60;
                margin = margin.max((offset - reference).abs());
                t += Duration::hours(6);
            }
        }
        *last = Some((key, margin));
        Ok(margin)
    }

    /// The longest meeting in the directory, in minutes (a day when unknown): the longest
    /// of its files' (a file that never had a meeting has none).
    fn max_duration(&self) -> i64 {
        const UNKNOWN: i64 = 24 * 60;
        self.schemas
            .iter()
            .map(|schema| {
                self.conn
                    .query_row(
                        &format!(
                            "SELECT coalesce(
                                 (SELECT CAST(value AS INTEGER) FROM {schema}.meta
                                  WHERE key = 'max_duration'),
                                 (SELECT {UNKNOWN} FROM {schema}.meetings LIMIT 1),
                                 0)"
                        ),
                        [],
                        |r| r.get(0),
                    )
                    .unwrap_or(UNKNOWN)
            })
            .max()
            .unwrap_or(UNKNOWN)
    }
}

/// Whether the query searches by text (then closed meetings are found too, labelled).
fn has_text(q: &MeetingQuery) -> bool {
    q.text.as_deref().is_some_and(|t| !fts_query(t).is_empty())
}

fn where_sql(clauses: &[String]) -> String {
    if clauses.is_empty() {
        "1".to_string()
    } else {
        clauses.join(" AND ")
    }
}

fn split_key(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

/// Minutes since Sunday 00:00 UTC of the week `at` falls in.
fn utc_week_minute(at: DateTime<Utc>) -> i64 {
    i64::from(at.weekday().num_days_from_sunday()) * 1440
        + i64::from(at.time().num_seconds_from_midnight() / 60)
}

/// The minutes of the UTC week (with reference offsets, so widened by the largest DST shift)
/// in which a start must fall to be running at `at` or to start within the upcoming window.
fn week_window(q: &MeetingQuery, at: DateTime<Utc>, max_duration: i64) -> Vec<(i64, i64)> {
    let at_wmin = utc_week_minute(at);
    let back = if q.in_progress {
        max_duration.max(IN_PROGRESS_GRACE_MINUTES)
    } else {
        0
    } + OFFSET_MARGIN_MINUTES;
    let ahead = i64::from(q.upcoming_minutes.unwrap_or(0)) + OFFSET_MARGIN_MINUTES;
    if back + ahead >= WEEK_MINUTES {
        return vec![(0, WEEK_MINUTES - 1)];
    }
    let lo = (at_wmin - back).rem_euclid(WEEK_MINUTES);
    let hi = (at_wmin + ahead).rem_euclid(WEEK_MINUTES);
    if lo <= hi {
        vec![(lo, hi)]
    } else {
        vec![(lo, WEEK_MINUTES - 1), (0, hi)]
    }
}

/// SQL conditions over `meetings m` for every filter of the query, with their parameters;
/// the text condition only when `with_text`.
fn sql_filters(
    q: &MeetingQuery,
    timed: bool,
    start_between: Option<(u32, u32)>,
    with_text: bool,
) -> (Vec<String>, Vec<Value>) {
    let mut wh: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    if timed || !q.weekdays.is_empty() || start_between.is_some() {
        wh.push("m.start_minute IS NOT NULL".into());
    }
    if !q.weekdays.is_empty() {
        let mask: i64 = q.weekdays.iter().map(|d| 1i64 << d).sum();
        wh.push(format!("(m.weekday_mask & {mask}) != 0"));
    }
    if let Some((from, to)) = start_between {
        let a = arg(Value::Integer(from.into()), &mut args);
        let b = arg(Value::Integer(to.into()), &mut args);
        if from <= to {
            wh.push(format!("m.start_minute BETWEEN {a} AND {b}"));
        } else {
            wh.push(format!("(m.start_minute >= {a} OR m.start_minute <= {b})"));
        }
    }
    for t in &q.types {
        let code = types::resolve_type(q.program.as_deref().unwrap_or("aa"), t)
            .unwrap_or_else(|_| t.trim().to_uppercase());
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
        Some(AttendanceFilter::Online) => wh.push("m.attendance IN ('online', 'hybrid')".into()),
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
    if let Some(t) = q
        .text
        .as_deref()
        .map(fts_query)
        .filter(|t| with_text && !t.is_empty())
    {
        let a = arg(Value::Text(t), &mut args);
        wh.push(format!(
            "m.rowid IN (SELECT rowid FROM {SCHEMA}.meeting_fts WHERE meeting_fts MATCH {a})"
        ));
    }
    if !q.ids.is_empty() {
        let hashes: Vec<String> = q.ids.iter().map(|id| id_hash(id).to_string()).collect();
        let list: Vec<String> = q
            .ids
            .iter()
            .map(|id| arg(Value::Text(id.clone()), &mut args))
            .collect();
        wh.push(format!(
            "m.id_hash IN ({}) AND m.id IN ({})",
            hashes.join(","),
            list.join(",")
        ));
    }
    // Someone who types a meeting's name wants to find it, closed or not (it is labelled).
    if !q.include_closed && !has_text(q) {
        wh.push("m.temporarily_closed = 0".into());
    }
    (wh, args)
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
