//! Step two of a search: each candidate's best occurrence in its own zone, the order results
//! come in (soonest first with an early stop, or nearest), and the times a result shows.

use super::*;

impl Search<'_> {
    /// [`Search::evaluate`] over candidates sorted by approximate start (`keyed`, from
    /// [`soonest_order`] or the slot index), from `pos`, a chunk at a time, until `need` meetings are found and
    /// the `need`-th soonest of them starts before anything left could: every remaining
    /// candidate starts no earlier than its key minus the offset margin. Returns where it
    /// stopped. A broad "what's on" search then reads ~100 meetings instead of all of them.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn evaluate_soonest(
        &self,
        q: &MeetingQuery,
        plan: &Plan,
        keyed: &mut Keyed,
        mut pos: usize,
        need: usize,
        best: &mut HashMap<i64, Found>,
        zones: &mut HashMap<String, Option<Tz>>,
    ) -> Result<usize> {
        const CHUNK: usize = 64;
        let at = plan.at.timestamp();
        loop {
            let end = keyed.read_to(self, pos + CHUNK)?.min(pos + CHUNK);
            if pos >= end {
                break;
            }
            let list = keyed.list();
            if need > 0 && best.len() >= need {
                let mut starts: Vec<i64> = best.values().map(soon).collect();
                let kth = *starts.select_nth_unstable(need - 1).1;
                let earliest_left = list[pos]
                    .0
                    .saturating_sub(plan.margin + 1)
                    .saturating_mul(60)
                    .saturating_add(at);
                if kth < earliest_left {
                    break;
                }
            }
            if matches!(keyed, Keyed::Sorted(_)) && end > SORTED_FIRST && pos <= SORTED_FIRST {
                // Past the part `soonest_order` sorted: sort the rest (all of it comes after).
                keyed.list()[SORTED_FIRST..].sort_unstable_by_key(by_key);
            }
            let list = keyed.list();
            self.evaluate(q, plan, list[pos..end].iter().map(|(_, c)| c), best, zones)?;
            pos = end;
        }
        Ok(pos)
    }

    pub(super) fn evaluate<'c>(
        &self,
        q: &MeetingQuery,
        plan: &Plan,
        candidates: impl Iterator<Item = &'c Candidate>,
        best: &mut HashMap<i64, Found>,
        zones: &mut HashMap<String, Option<Tz>>,
    ) -> Result<()> {
        // After an index-only step one, the filters still have to be applied; without one
        // they were applied already and only the details are read.
        let two_step = plan.two_step;
        let step2_sql = if two_step {
            let mut w = plan.clauses.clone();
            w.push(format!("m.rowid = ?{}", plan.args.len() + 1));
            format!(
                "SELECT {STEP2_COLS} FROM {SCHEMA}.meetings m WHERE {}",
                w.join(" AND ")
            )
        } else {
            format!("SELECT {STEP2_COLS} FROM {SCHEMA}.meetings m WHERE m.rowid = ?1")
        };
        // One statement per file of the directory, prepared when a candidate of it comes.
        let mut step2s: Vec<Option<rusqlite::CachedStatement>> =
            self.schemas.iter().map(|_| None).collect();
        let mut args = if two_step {
            plan.args.clone()
        } else {
            Vec::new()
        };
        args.push(Value::Integer(0));
        for c in candidates {
            // A meeting can come up in two overlapping boxes; it is evaluated once.
            if best.contains_key(&c.rowid) {
                continue;
            }
            if plan.weekday_filter != 0 && c.weekday_mask & plan.weekday_filter == 0 {
                continue;
            }
            // Can any weekly start fall in the window? (Unknown zones are checked exactly
            // below, in the viewer's zone.)
            if plan.timed {
                if let (Some(start), Some(off)) = (c.start, c.ref_offset) {
                    let hit = (0..7u8).any(|d| {
                        c.weekday_mask & (1 << d) != 0 && {
                            let w = week_minute_ref(d, start as u16, off);
                            plan.window.iter().any(|(lo, hi)| (*lo..=*hi).contains(&w))
                        }
                    });
                    if !hit {
                        continue;
                    }
                }
            }
            let distance = match (q.near, c.lat, c.lon) {
                (Some(p), Some(lat), Some(lon)) => {
                    let point = GeoPoint {
                        latitude: lat,
                        longitude: lon,
                    };
                    // A cheap spherical bound first; the geodesic only for what may be inside.
                    if geo::approx_distance_km(p, point) > plan.radius * 1.01 + 0.5 {
                        continue;
                    }
                    let d = geo::distance_km(p, point);
                    if d > plan.radius {
                        continue;
                    }
                    Some(d)
                }
                (Some(_), _, _) => continue,
                _ => None,
            };
            let (part, rowid) = split(c.rowid);
            if let Some(last) = args.last_mut() {
                *last = Value::Integer(rowid);
            }
            let step2 = match step2s.get_mut(part) {
                Some(Some(st)) => st,
                Some(slot) => slot.insert(
                    self.conn
                        .prepare_cached(&in_schema(&step2_sql, &self.schemas[part]))?,
                ),
                None => continue,
            };
            let detail = step2
                .query_row(rusqlite::params_from_iter(args.iter()), |r| {
                    let tz = match r.get_ref(1)?.as_str_or_null()? {
                        Some(name) => match zones.get(name) {
                            Some(tz) => *tz,
                            None => *zones
                                .entry(name.to_string())
                                .or_insert(name.parse::<Tz>().ok()),
                        },
                        None => None,
                    };
                    Ok((r.get::<_, Option<u32>>(0)?, tz))
                })
                .optional()?;
            let Some((duration, tz)) = detail else {
                continue;
            };
            let chosen = match c.start {
                Some(start) => {
                    // With a weekday filter, only the asked-for days count: a Sunday and
                    // Tuesday meeting found by "Tuesday" is shown on Tuesday.
                    let days = match plan.weekday_filter {
                        0 => c.weekday_mask,
                        f => c.weekday_mask & f,
                    };
                    let zone = tz.unwrap_or(plan.viewer);
                    let pick =
                        best_occurrence(q, zone, days, start, duration.unwrap_or(60), plan.at);
                    if pick.is_none() && plan.timed {
                        continue;
                    }
                    pick
                }
                None => None,
            };
            best.insert(
                c.rowid,
                Found {
                    occ: chosen.map(|c| c.0),
                    distance,
                    running: chosen.is_some_and(|c| c.1),
                    tz_known: tz.is_some(),
                },
            );
        }
        Ok(())
    }

    /// Reads what a result shows, for the meetings that made the cut.
    pub(super) fn results(
        &self,
        q: &MeetingQuery,
        plan: &Plan,
        found: Vec<(i64, Found)>,
    ) -> Result<(Vec<MeetingResult>, usize)> {
        let lang = types::names_language(q.type_language.as_deref(), q.locale.as_deref());
        let words = crate::l10n::Words::for_tag(q.locale.as_deref().unwrap_or_default());
        let mut statements: Vec<Option<rusqlite::CachedStatement>> =
            self.schemas.iter().map(|_| None).collect();
        let limit = q.max_results();
        let mut out: Vec<MeetingResult> = Vec::with_capacity(limit.min(found.len()));
        let mut seen: HashMap<String, usize> = HashMap::default();
        let mut used = 0;
        for (rowid, f) in found {
            if out.len() == limit {
                break;
            }
            used += 1;
            let (part, rowid) = split(rowid);
            let st = match statements.get_mut(part) {
                Some(Some(st)) => st,
                Some(slot) => slot.insert(self.conn.prepare_cached(&format!(
                    "SELECT id, name, program, types_key, languages_key, attendance,
                            temporarily_closed, timezone, location_name, address, details,
                            latitude, longitude
                     FROM {}.meetings WHERE rowid = ?1",
                    self.schemas[part]
                ))?),
                None => continue,
            };
            let mut r = st.query_row([rowid], |r| {
                let codes = split_key(&r.get::<_, String>(3)?);
                let program: String = r.get(2)?;
                let details = list_details(&r.get::<_, String>(10)?);
                let mut type_names: Vec<String> =
                    codes.iter().map(|c| types::type_name(c, lang)).collect();
                // Codes we do not know are shown as the feed wrote them, never dropped.
                for raw in &details.raw_types {
                    if types::canonical_type(&program, raw).is_none() && !type_names.contains(raw) {
                        type_names.push(raw.clone());
                    }
                }
                let location_name: Option<String> = r.get(8)?;
                let address: Option<String> = r.get(9)?;
                let place = location_name
                    .clone()
                    .or_else(|| details.region.last().cloned())
                    .or_else(|| address.clone());
                let timezone_derived = details.zone_derived();
                Ok(MeetingResult {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    program,
                    type_names,
                    types: codes,
                    languages: split_key(&r.get::<_, String>(4)?),
                    attendance: Attendance::parse(&r.get::<_, String>(5)?)
                        .unwrap_or(Attendance::InPerson),
                    temporarily_closed: r.get(6)?,
                    end: details.end,
                    when: words.own(crate::l10n::ids::WHEN_BY_APPOINTMENT, &[]),
                    place,
                    distance: f
                        .distance
                        .map(|d| q.distance_unit.unwrap_or_default().words_in(d, words)),
                    timezone: r.get(7)?,
                    timezone_known: f.tz_known,
                    timezone_derived,
                    by_appointment: f.occ.is_none(),
                    local_day: None,
                    local_date: None,
                    local_start: None,
                    local_end: None,
                    ends_next_day: false,
                    next_start_utc: None,
                    next_end_utc: None,
                    viewer_timezone: plan.viewer.name().to_string(),
                    viewer_start: None,
                    viewer_day: None,
                    viewer_time: None,
                    in_progress: f.running,
                    starts_in_minutes: None,
                    location_name,
                    address,
                    region: details.region,
                    latitude: r.get(11)?,
                    longitude: r.get(12)?,
                    distance_km: f.distance.map(|d| (d * 100.0).round() / 100.0),
                    also_listed_as: Vec::new(),
                })
            })?;
            if let Some(o) = f.occ {
                let zone = r
                    .timezone
                    .as_deref()
                    .and_then(|z| z.parse::<Tz>().ok())
                    .unwrap_or(plan.viewer);
                fill_times(&mut r, o, zone, plan.viewer, plan.at, words);
            }
            // Two intergroups listing the same meeting: show it once, with both listings.
            let same = format!(
                "{}|{}|{}|{}|{}",
                r.program,
                r.name.trim().to_lowercase(),
                r.local_day.as_deref().unwrap_or(""),
                r.local_start.as_deref().unwrap_or(""),
                r.address.as_deref().unwrap_or("").trim().to_lowercase()
            );
            let source = r.id.split(':').next().unwrap_or_default().to_string();
            match seen.get(&same) {
                Some(&i) if !out[i].id.starts_with(&format!("{source}:")) => {
                    out[i].also_listed_as.push(r.id);
                    continue;
                }
                _ => {}
            }
            seen.insert(same, out.len());
            out.push(r);
        }
        Ok((out, used))
    }
}

/// The occurrence a result shows for a meeting held on the weekdays in `days`: for a
/// time search, the one running now (if asked) or else the next one inside the upcoming
/// window; otherwise the one running now or else the next. `bool` is "running".
pub(super) fn best_occurrence(
    q: &MeetingQuery,
    zone: Tz,
    days: i64,
    start: u32,
    duration: u32,
    at: DateTime<Utc>,
) -> Option<(Occurrence, bool)> {
    let timed = q.in_progress || q.upcoming_minutes.is_some();
    let mut chosen: Option<(Occurrence, bool)> = None;
    let all_day = start == 0 && duration >= 24 * 60;
    for wd in (0..7u8).filter(|d| days & (1 << d) != 0) {
        let mut occs = occurrences_around(zone, wd, start, duration, at);
        if all_day {
            // Open all day ends at the next local midnight, whatever the clocks did that day
            // (a 23- or 25-hour day), so it is "now" at 23:59 and not at 00:30 the next day.
            for o in &mut occs {
                o.end = local_instant(zone, o.local_date + Duration::days(1), 0);
            }
        }
        let running = occs.iter().find(|o| is_running(o, at)).copied();
        let next = occs.iter().find(|o| o.start > at).copied();
        let pick = if timed {
            let upcoming = q
                .upcoming_minutes
                .and_then(|w| next.filter(|o| o.start <= at + Duration::minutes(w.into())));
            match (q.in_progress.then_some(running).flatten(), upcoming) {
                (Some(o), _) => Some((o, true)),
                (None, Some(o)) => Some((o, false)),
                (None, None) => None,
            }
        } else {
            running.map(|o| (o, true)).or(next.map(|o| (o, false)))
        };
        if let Some(p) = pick {
            let better = match chosen {
                None => true,
                Some((o, r)) => (p.1 && !r) || (p.1 == r && p.0.start < o.start),
            };
            if better {
                chosen = Some(p);
            }
        }
    }
    chosen
}

/// Whether results are ordered by distance (with `near`, unless soonest was asked for).
pub(super) fn by_distance(q: &MeetingQuery) -> bool {
    match q.sort.unwrap_or_default() {
        SortOrder::Distance | SortOrder::Auto => q.near.is_some(),
        SortOrder::Soonest => false,
    }
}

/// The start a result is sorted by (UTC seconds); appointments last.
pub(super) fn soon(f: &Found) -> i64 {
    f.occ.map(|o| o.start.timestamp()).unwrap_or(i64::MAX)
}

/// How many candidates [`soonest_order`] puts in order up front.
pub(super) const SORTED_FIRST: usize = 1024;

/// The order of [`soonest_order`]'s candidates: by key, then row.
pub(super) fn by_key(k: &(i64, Candidate)) -> (i64, i64) {
    (k.0, k.1.rowid)
}

/// Candidates sorted by a lower bound on how far from `at` their chosen occurrence can start,
/// in minutes: each weekly start placed with the zone's reference offset (off by at most
/// `plan.margin`, see [`Search::offset_margin`]), counted from `at` less `running_for` (how long ago a chosen
/// occurrence can have started: the longest meeting when running ones count, else nothing).
/// Appointments last.
pub(super) fn soonest_order(
    plan: &Plan,
    running_for: i64,
    candidates: Vec<Candidate>,
) -> Vec<(i64, Candidate)> {
    let mut keyed: Vec<(i64, Candidate)> = candidates
        .into_iter()
        .map(|c| (soonest_key(plan, running_for, &c), c))
        .collect();
    // Most searches stop within the first few hundred: order those, and only split off the
    // rest (everything after them comes later; `evaluate_soonest` sorts it if it gets there).
    if keyed.len() > SORTED_FIRST {
        keyed.select_nth_unstable_by_key(SORTED_FIRST, by_key);
        keyed[..SORTED_FIRST].sort_unstable_by_key(by_key);
    } else {
        keyed.sort_unstable_by_key(by_key);
    }
    keyed
}

/// One candidate's key for [`soonest_order`].
pub(super) fn soonest_key(plan: &Plan, running_for: i64, c: &Candidate) -> i64 {
    let at_wmin = utc_week_minute(plan.at);
    let back = running_for + plan.margin;
    let Some(start) = c.start else {
        return i64::MAX;
    };
    // A meeting of unknown zone is timed in the viewer's zone (see `evaluate`), whose
    // reference offset bounds it just as well.
    let off = c.ref_offset.unwrap_or(plan.viewer_offset);
    let days = match plan.weekday_filter {
        0 => c.weekday_mask,
        f => c.weekday_mask & f,
    };
    (0..7u8)
        .filter(|d| days & (1 << d) != 0)
        .map(|d| {
            let w = week_minute_ref(d, start as u16, off);
            (w - at_wmin + back).rem_euclid(WEEK_MINUTES) - back
        })
        .min()
        .unwrap_or(i64::MAX)
}

/// Sorts: by distance with `near`, else soonest; appointments last. (The limit is applied
/// after duplicates across sources are folded together.)
pub(super) fn order(q: &MeetingQuery, best: &HashMap<i64, Found>) -> Vec<(i64, Found)> {
    let mut found: Vec<(i64, Found)> = best.iter().map(|(r, f)| (*r, *f)).collect();
    let by_distance = by_distance(q);
    found.sort_by(|(ra, a), (rb, b)| {
        if by_distance {
            a.distance
                .unwrap_or(f64::MAX)
                .total_cmp(&b.distance.unwrap_or(f64::MAX))
                .then(soon(a).cmp(&soon(b)))
                .then(ra.cmp(rb))
        } else {
            soon(a)
                .cmp(&soon(b))
                .then(
                    a.distance
                        .unwrap_or(0.0)
                        .total_cmp(&b.distance.unwrap_or(0.0)),
                )
                .then(ra.cmp(rb))
        }
    });
    found
}

pub(super) fn is_running(o: &Occurrence, at: DateTime<Utc>) -> bool {
    o.start <= at && (at < o.end || at - o.start < Duration::minutes(IN_PROGRESS_GRACE_MINUTES))
}

/// `HH:MM` without going through a format string (fifty results, three times each).
pub(super) fn hh_mm(hour: u32, minute: u32) -> String {
    format!("{hour:02}:{minute:02}")
}

pub(super) fn fill_times(
    r: &mut MeetingResult,
    o: Occurrence,
    zone: Tz,
    viewer: Tz,
    at: DateTime<Utc>,
    words: &crate::l10n::Words,
) {
    let ls = o.start.with_timezone(&zone);
    let le = o.end.with_timezone(&zone);
    let vs = o.start.with_timezone(&viewer);
    r.local_day = Some(weekday_name(ls.weekday().num_days_from_sunday() as u8).into());
    r.local_date = Some(o.local_date.to_string());
    r.local_start = Some(hh_mm(ls.hour(), ls.minute()));
    // An end we assumed is not printed as the feed's; "all day" says it in words.
    if r.end == MeetingEnd::Stated {
        r.local_end = Some(hh_mm(le.hour(), le.minute()));
        r.ends_next_day = le.date_naive() > ls.date_naive();
    }
    r.next_start_utc = Some(o.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    r.next_end_utc = Some(o.end.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
    r.viewer_start = Some(vs.to_rfc3339_opts(chrono::SecondsFormat::Secs, false));
    r.viewer_day = Some(weekday_name(vs.weekday().num_days_from_sunday() as u8).into());
    r.viewer_time = Some(hh_mm(vs.hour(), vs.minute()));
    r.starts_in_minutes = Some((o.start - at).num_minutes());
    r.when = super::words::when(&o, r.end, r.in_progress, viewer, at, words);
}
