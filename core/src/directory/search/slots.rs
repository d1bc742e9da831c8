//! "What's on next" without a place: candidates in the order they can start, read from the
//! weekly-start index (`meetings.slot`, schema 4) a window of the week at a time.
//!
//! Without this, a soonest-first search over the whole directory read every meeting's index
//! entry and ordered them all before evaluating the first few hundred (16 ms for 20,000
//! meetings, against the Meetings screen's 2 ms). The index holds each one-weekday meeting's
//! start as a minute of the UTC week placed with its zone's reference offset, which is exactly
//! the order [`super::evaluate::soonest_order`] sorts by; so the search reads the minutes from
//! "now, less how long a meeting can have been running" onwards and stops as soon as nothing
//! later can come sooner. Meetings of unknown zone sit one week further along the index and
//! are placed with the viewer's offset, as the evaluation times them. The few meetings the
//! index leaves out — held on several weekdays, or longer than
//! [`SLOT_LONGEST_MINUTES`] (often an end time typed wrong), which would otherwise make every
//! "running now" search look back that far — are read whole from their own small index, each
//! bounded by its own length, and merged in.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;

use super::*;
use crate::directory::schema::SLOT_LONGEST_MINUTES;

/// The first window read from each run, in minutes of the week; it doubles while windows
/// come back empty, so a sparse directory needs few reads.
const FIRST_WINDOW_MINUTES: i64 = 30;

/// The meetings the slot index leaves out, with their lengths, as the reader last read them
/// (one per directory, kept while nothing was written to it and its shards stayed the same):
/// a directory whose feeds list many meetings on several weekdays would otherwise read them
/// all for every search.
#[derive(Default)]
pub(crate) struct SlotCache {
    /// The reader's `PRAGMA data_version` and shard generation when read, and the rows.
    other: std::sync::Mutex<Option<((i64, u64), OtherRows)>>,
}

type OtherRows = std::sync::Arc<Vec<(Candidate, i64)>>;

impl SlotCache {
    /// The rows of `meetings_other` (read in the search's transaction, so the version and the
    /// rows are of one snapshot); without a cache (a directory in memory, where the reader is
    /// the writer and `data_version` does not see its own writes), read every time.
    /// Shards are never written, so `main`'s version and the list of shards say whether
    /// anything changed.
    fn other_rows(search: &Search) -> Result<OtherRows> {
        let (cache, conn) = (search.cache, search.conn);
        let version = match cache {
            Some(_) => Some((
                conn.query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))?,
                search.generation,
            )),
            None => None,
        };
        if let (Some(cache), Some(version)) = (cache, version) {
            let kept = cache
                .other
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((v, rows)) = kept.as_ref() {
                if *v == version {
                    return Ok(rows.clone());
                }
            }
        }
        let mut rows: Vec<(Candidate, i64)> = Vec::new();
        for (part, schema) in search.schemas.iter().enumerate() {
            let mut st = conn.prepare_cached(&format!(
                "SELECT m.rowid, m.weekday_mask, m.start_minute, m.ref_offset, NULL, NULL, \
                        m.duration_minutes \
                 FROM {schema}.meetings m INDEXED BY meetings_other \
                 WHERE m.start_minute IS NOT NULL AND m.slot IS NULL"
            ))?;
            for row in st.query_map([], |r| {
                Ok((
                    candidate(part, r)?,
                    r.get::<_, Option<i64>>(6)?.unwrap_or(60),
                ))
            })? {
                rows.push(row?);
            }
        }
        let rows = std::sync::Arc::new(rows);
        if let (Some(cache), Some(version)) = (cache, version) {
            *cache
                .other
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((version, rows.clone()));
        }
        Ok(rows)
    }
}

/// One part of the slot index (meetings of known zone, or of unknown zone) of one file of the
/// directory, read in the order of its keys.
struct Run {
    /// The file of the directory it reads (`main`, then shards: `Search::schemas`).
    part: usize,
    /// Where the part starts in the index: 0 for known zones, one week for unknown ones.
    base: i64,
    /// The slot (less `base`) whose key is the smallest: "now, less `back`".
    start: i64,
    /// How far before `at` a chosen occurrence can start (minutes), as in `soonest_order`.
    back: i64,
    /// Whether a meeting still running counts.
    running: bool,
    /// The search's offset margin (`Plan::margin`).
    margin: i64,
    /// Minutes of the week after `start` read so far.
    read_to: i64,
    /// The next window's width.
    width: i64,
    /// Read and not yet taken, in key order.
    buf: VecDeque<(i64, Candidate)>,
}

impl Run {
    fn new(
        part: usize,
        base: i64,
        utc_shift: i64,
        at_wmin: i64,
        back: i64,
        plan: &Plan,
        running: bool,
    ) -> Run {
        Run {
            part,
            base,
            start: (at_wmin - back + utc_shift).rem_euclid(WEEK_MINUTES),
            back,
            running,
            margin: plan.margin,
            read_to: 0,
            width: FIRST_WINDOW_MINUTES,
            buf: VecDeque::new(),
        }
    }

    /// Reads windows until one holds a candidate that `keep` accepts, or the week is read.
    /// A meeting whose occurrence near the start of the run is over for certain (started, or
    /// ended when running ones count, even with the margin) goes to `later`, keyed by its
    /// occurrence a week on: most of what a "running now" search reads behind `at` has
    /// ended, and would otherwise be worked out one by one.
    fn refill(
        &mut self,
        search: &Search,
        keep: &dyn Fn(&Candidate) -> bool,
        later: &mut Vec<(i64, Candidate)>,
    ) -> Result<()> {
        if !self.buf.is_empty() || self.read_to >= WEEK_MINUTES {
            return Ok(());
        }
        let part = self.part;
        let mut st = search.conn.prepare_cached(&format!(
            "SELECT m.rowid, m.weekday_mask, m.start_minute, m.ref_offset, NULL, NULL, \
                    m.duration_minutes, m.slot \
             FROM {}.meetings m INDEXED BY meetings_slot \
             WHERE m.slot IS NOT NULL AND m.slot BETWEEN ?1 AND ?2",
            search.schemas[part]
        ))?;
        while self.buf.is_empty() && self.read_to < WEEK_MINUTES {
            let from = self.read_to;
            let to = (from + self.width).min(WEEK_MINUTES);
            let first = self.start + from;
            let last = self.start + to - 1;
            let mut ranges = vec![(first.min(WEEK_MINUTES), last.min(WEEK_MINUTES - 1))];
            if last >= WEEK_MINUTES {
                ranges.push((first.max(WEEK_MINUTES) - WEEK_MINUTES, last - WEEK_MINUTES));
            }
            let mut window = Vec::new();
            for (lo, hi) in ranges.into_iter().filter(|(lo, hi)| lo <= hi) {
                let rows = st.query_map([self.base + lo, self.base + hi], |r| {
                    Ok((
                        r.get::<_, i64>(7)?,
                        candidate(part, r)?,
                        r.get::<_, Option<i64>>(6)?.unwrap_or(60),
                    ))
                })?;
                for row in rows {
                    let (slot, c, duration) = row?;
                    if keep(&c) {
                        let key =
                            (slot - self.base - self.start).rem_euclid(WEEK_MINUTES) - self.back;
                        let lasts = if self.running {
                            duration.max(IN_PROGRESS_GRACE_MINUTES)
                        } else {
                            0
                        };
                        if key + self.margin + lasts < 0 {
                            later.push((key + WEEK_MINUTES, c));
                        } else {
                            window.push((key, c));
                        }
                    }
                }
            }
            window.sort_unstable_by_key(evaluate::by_key);
            self.buf.extend(window);
            self.read_to = to;
            if self.buf.is_empty() {
                self.width = self.width.saturating_mul(2);
            }
        }
        Ok(())
    }
}

/// Candidates for a soonest-first search without a place, in key order (see the module docs).
pub(super) struct SlotReader {
    /// Two runs (known zones, unknown zones) for each file of the directory.
    runs: Vec<Run>,
    /// Meetings the index leaves out (held on several weekdays, or long), keyed and sorted
    /// up front.
    other: VecDeque<(i64, Candidate)>,
    /// Meetings put off to their next week's occurrence (see [`Run::refill`]); sorted and
    /// read once the runs are done (every key in them is beyond every key a run holds).
    later: Vec<(i64, Candidate)>,
    /// `later`, sorted, once the runs are done.
    last: Option<VecDeque<(i64, Candidate)>>,
    weekday_filter: i64,
    text: Option<FxHashSet<i64>>,
}

impl SlotReader {
    /// A reader for `plan`. `running` says whether a meeting already running counts (then a
    /// chosen occurrence can have started up to a meeting's length before `at`); `text`
    /// keeps only the meetings the text matched.
    pub(super) fn new(
        search: &Search,
        plan: &Plan,
        running: bool,
        max_duration: i64,
        text: Option<FxHashSet<i64>>,
    ) -> Result<SlotReader> {
        let at_wmin = utc_week_minute(plan.at);
        let running_for = |duration: i64| {
            if running {
                duration.max(IN_PROGRESS_GRACE_MINUTES)
            } else {
                0
            }
        };
        // The index holds meetings of at most `SLOT_LONGEST_MINUTES`.
        let back = running_for(max_duration.min(SLOT_LONGEST_MINUTES)) + plan.margin;
        // The rest, each bounded by its own length (`soonest_order`'s key, per meeting).
        let mut other = Vec::new();
        for (c, duration) in SlotCache::other_rows(search)?.iter() {
            if text.as_ref().is_some_and(|t| !t.contains(&c.rowid)) {
                continue;
            }
            other.push((evaluate::soonest_key(plan, running_for(*duration), c), *c));
        }
        other.sort_unstable_by_key(evaluate::by_key);
        let runs = (0..search.schemas.len())
            .flat_map(|part| {
                [
                    Run::new(part, 0, 0, at_wmin, back, plan, running),
                    Run::new(
                        part,
                        WEEK_MINUTES,
                        plan.viewer_offset,
                        at_wmin,
                        back,
                        plan,
                        running,
                    ),
                ]
            })
            .collect();
        Ok(SlotReader {
            runs,
            other: other.into(),
            later: Vec::new(),
            last: None,
            weekday_filter: plan.weekday_filter,
            text,
        })
    }

    /// The next candidate in key order, or `None` when every one has been read.
    pub(super) fn next(&mut self, search: &Search) -> Result<Option<(i64, Candidate)>> {
        let filter = self.weekday_filter;
        let text = &self.text;
        let keep = |c: &Candidate| {
            (filter == 0 || c.weekday_mask & filter != 0)
                && text.as_ref().is_none_or(|t| t.contains(&c.rowid))
        };
        for run in &mut self.runs {
            run.refill(search, &keep, &mut self.later)?;
        }
        let runs_done = self
            .runs
            .iter()
            .all(|r| r.buf.is_empty() && r.read_to >= WEEK_MINUTES);
        if runs_done && self.last.is_none() {
            let mut later = std::mem::take(&mut self.later);
            later.sort_unstable_by_key(evaluate::by_key);
            self.last = Some(later.into());
        }
        // The runs' fronts, then the others', then those put off to next week.
        let empty = VecDeque::new();
        let runs = self.runs.len();
        let pick = self
            .runs
            .iter()
            .map(|r| r.buf.front())
            .chain([
                self.other.front(),
                self.last.as_ref().unwrap_or(&empty).front(),
            ])
            .enumerate()
            .filter_map(|(i, f)| f.map(|f| (evaluate::by_key(f), i)))
            .min()
            .map(|(_, i)| i);
        Ok(match pick {
            Some(i) if i < runs => self.runs[i].buf.pop_front(),
            Some(i) if i == runs => self.other.pop_front(),
            Some(_) => self.last.as_mut().and_then(VecDeque::pop_front),
            None => None,
        })
    }
}

/// Candidates in key order for [`Search::evaluate_soonest`]: all of them sorted up front, or
/// read from the slot index as the search goes.
pub(super) enum Keyed {
    /// Every candidate, the first [`evaluate::SORTED_FIRST`] in order (the rest sorted when
    /// reached).
    Sorted(Vec<(i64, Candidate)>),
    /// Read so far, and the reader for the rest.
    Streamed {
        /// Candidates read so far, in order.
        read: Vec<(i64, Candidate)>,
        /// The rest; `None` once it ran out.
        reader: Option<Box<SlotReader>>,
    },
}

impl Keyed {
    /// Reads until at least `end` candidates are in hand or none are left; returns how many
    /// are in hand.
    pub(super) fn read_to(&mut self, search: &Search, end: usize) -> Result<usize> {
        match self {
            Keyed::Sorted(all) => Ok(all.len()),
            Keyed::Streamed { read, reader } => {
                while read.len() < end {
                    let Some(r) = reader.as_mut() else { break };
                    match r.next(search)? {
                        Some(c) => read.push(c),
                        None => *reader = None,
                    }
                }
                Ok(read.len())
            }
        }
    }

    /// Whether nothing is left from `pos` on (after [`Keyed::read_to`] past it).
    pub(super) fn exhausted(&self, pos: usize) -> bool {
        match self {
            Keyed::Sorted(all) => pos >= all.len(),
            Keyed::Streamed { read, reader } => pos >= read.len() && reader.is_none(),
        }
    }

    /// The candidates in hand.
    pub(super) fn list(&mut self) -> &mut [(i64, Candidate)] {
        match self {
            Keyed::Sorted(all) => all,
            Keyed::Streamed { read, .. } => read,
        }
    }
}
