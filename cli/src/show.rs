//! Human-readable output: plain tables, kind words, both times when the zones differ.

use serde_json::{json, Value};
use waymark_core::directory::model::attendance_words;
use waymark_core::directory::types::TypeEntry;
use waymark_core::screens::{
    JournalState, MeetingState, MeetingsState, MyMeetingsState, PeopleState, RidesState,
    SobrietyState,
};
use waymark_core::{ImportReport, Meeting, MeetingEnd, MeetingResult, SearchPage, Source};

/// `s` cut to `width` characters as a person sees them (an accented letter or an emoji is
/// never split), padded with spaces to `width`.
fn cut(s: &str, width: usize) -> String {
    let t = waymark_core::l10n::truncate(s, width);
    let pad = width.saturating_sub(waymark_core::l10n::grapheme_count(&t));
    format!("{t}{}", " ".repeat(pad))
}

fn short_day(day: &str) -> &str {
    day.get(..3).unwrap_or(day)
}

/// Prints search results, then how many more matched, or why there are none.
pub fn meetings(page: &SearchPage, with_distance: bool, limit: u32) {
    let results = &page.results;
    if results.is_empty() {
        println!("No meetings match. Try a wider time window, a larger radius or fewer filters.");
        match page.closed_left_out {
            0 => {}
            1 => println!(
                "1 temporarily closed meeting matches but is left out (--include-closed shows it)."
            ),
            n => println!(
                "{n} temporarily closed meetings match but are left out (--include-closed shows them)."
            ),
        }
        return;
    }
    let differs = |r: &MeetingResult| {
        r.timezone_known && r.timezone.as_deref() != Some(r.viewer_timezone.as_str())
    };
    let any_differs = results.iter().any(differs);
    let viewer = &results[0].viewer_timezone;
    let mut header = format!("{:<18} {:<31}", "WHEN", "MEETING TIME (local to meeting)");
    if any_differs {
        header.push_str(&format!(" {:<14}", "YOUR TIME"));
    }
    header.push_str(&format!(" {:<34} {:<24} {:<22}", "NAME", "WHERE", "HOW"));
    if with_distance {
        header.push_str(&format!(" {:>8}", "DIST"));
    }
    header.push_str("  TYPES / ID");
    println!("{header}");
    for r in results {
        let local = match (&r.local_day, &r.local_start) {
            (Some(d), Some(s)) => {
                let zone = match (&r.timezone, r.timezone_known) {
                    (Some(z), true) => {
                        let city = z.rsplit('/').next().unwrap_or(z).replace('_', " ");
                        // `*`: worked out from the map (explained below the list).
                        if r.timezone_derived {
                            format!("{city}*")
                        } else {
                            city
                        }
                    }
                    _ => "zone unknown".into(),
                };
                // Only an end the feed gave is printed.
                let times = match (r.end, &r.local_end) {
                    (MeetingEnd::AllDay, _) => "all day".to_string(),
                    (_, Some(e)) => {
                        let next_day = if r.ends_next_day { "+1" } else { "" };
                        format!("{s}–{e}{next_day}")
                    }
                    (_, None) => s.clone(),
                };
                format!("{} {times} {zone}", short_day(d))
            }
            _ => "—".into(),
        };
        let mut line = format!("{:<18} {}", cut(&r.when, 18), cut(&local, 31));
        if any_differs {
            let yours = if differs(r) {
                match (&r.viewer_day, &r.viewer_time) {
                    (Some(d), Some(t)) => format!("{} {t}", short_day(d)),
                    _ => String::new(),
                }
            } else {
                String::new()
            };
            line.push_str(&format!(" {:<14}", yours));
        }
        let how = attendance_words(r.attendance, r.temporarily_closed);
        line.push_str(&format!(
            " {} {} {}",
            cut(&r.name, 34),
            cut(r.place.as_deref().unwrap_or(""), 24),
            cut(how, 22)
        ));
        if with_distance {
            line.push_str(&format!(
                " {:>8}",
                r.distance.as_deref().unwrap_or_default()
            ));
        }
        let types = r.type_names.join(", ");
        line.push_str(&format!("  {}", cut(&types, 40).trim_end()));
        println!("{line}");
        if r.also_listed_as.is_empty() {
            println!("{:<18} id {}", "", r.id);
        } else {
            println!(
                "{:<18} id {} (also listed as {})",
                "",
                r.id,
                r.also_listed_as.join(", ")
            );
        }
    }
    if page.more > 0 || !page.more_exact {
        let more = match (page.more, page.more_exact) {
            (1, true) => "1 more meeting matches".to_string(),
            (n, true) => format!("{n} more meetings match"),
            (0, false) => "More meetings may match".to_string(),
            (n, false) => format!("At least {n} more meetings match"),
        };
        println!(
            "\n{more}; --limit {} shows more.",
            if page.more_exact {
                limit.saturating_add(u32::try_from(page.more).unwrap_or(u32::MAX))
            } else {
                limit.saturating_add(50)
            }
        );
    }
    if any_differs {
        println!("\nYOUR TIME is in {viewer}.");
    }
    if results.iter().any(|r| r.timezone_derived) {
        println!("* time zone worked out from the map: the feed gives none.");
    }
    if results
        .iter()
        .any(|r| !r.timezone_known && !r.by_appointment)
    {
        println!(
            "Some meetings have no time zone in their feed: their times are shown as if in {viewer}."
        );
    }
}

/// Prints the Meetings screen's state ([`MeetingsState`]) as the phones draw it: notices,
/// then each section's heading and rows (when, name, place, distance, badges), then how many
/// more match.
pub fn browse(state: &MeetingsState) {
    println!("{}", state.title);
    if let Some(note) = &state.locale_note {
        println!("{note}");
    }
    for n in &state.notices {
        match &n.title {
            Some(t) => println!("\n{t}\n{}", n.message),
            None => println!("{}", n.message),
        }
    }
    for section in &state.sections {
        println!("\n{}", section.heading);
        for r in &section.rows {
            meeting_row(r);
        }
    }
    if let Some(more) = &state.more {
        println!("\n{more}");
    }
}

/// Prints the meeting types of one program: code and name.
pub fn types(program: &str, list: &[TypeEntry]) {
    println!("Meeting types for {program} (use the code or the name with --type):");
    for t in list {
        println!("  {:<8} {}", t.code, t.name);
    }
}

/// Prints one meeting as the core's Meeting screen words it ([`MeetingState`], in the
/// `--locale`): title, next time, schedule, place, badges, notes under headings, notices and
/// each button as a line with its link; then what only a terminal needs (the id, the share
/// text, how to keep a report offline).
pub fn meeting(m: &Meeting, state: &MeetingState) {
    println!("{}", state.title);
    if let Some(next) = &state.next {
        println!("  {next}");
    }
    println!("  {}", state.schedule);
    for line in &state.place {
        println!("  {line}");
    }
    if !state.badges.is_empty() {
        let badges: Vec<&str> = state.badges.iter().map(|b| b.label.as_str()).collect();
        println!("  {}", badges.join(" · "));
    }
    for block in &state.blocks {
        println!("\n  {}", block.heading);
        println!("    {}", block.text.replace('\n', "\n    "));
    }
    if !state.notices.is_empty() {
        println!();
    }
    for notice in &state.notices {
        println!("  {}", notice.message);
    }
    println!();
    for a in &state.actions {
        match (&a.url, &a.web_url) {
            (Some(url), Some(web)) => println!("  {}: {url}\n    {web}", a.label),
            (Some(url), None) => println!("  {}: {url}", a.label),
            _ => {}
        }
    }
    if state
        .actions
        .iter()
        .any(|a| a.action == waymark_core::screens::MeetingAction::Report)
    {
        println!(
            "    (offline? `waymark meeting report {}` keeps it until you send it)",
            m.id
        );
    }
    println!("  share: {}", state.share_text);
    for line in &state.footer {
        println!("  {line}");
    }
    println!("  id {}", m.id);
}

/// Prints configured sources.
pub fn sources(sources: &[Source]) {
    if sources.is_empty() {
        println!("No sources yet. Add one with `waymark source add <PATH>`.");
        return;
    }
    for s in sources {
        println!(
            "{:<20} {:>6} meetings  {:<13} {:<8} {}",
            s.id,
            s.meeting_count,
            s.format.as_deref().unwrap_or("?"),
            s.program,
            s.location
        );
        match (&s.last_success, &s.last_error) {
            (_, Some(e)) => println!("{:<20} last attempt failed: {e}", ""),
            (Some(t), None) => println!("{:<20} updated {t}", ""),
            (None, None) => println!("{:<20} not loaded yet: run `waymark sync`", ""),
        }
    }
}

/// The `sync --json` shape: one object per source.
pub fn sync_json(results: &[(Source, waymark_core::Result<ImportReport>)]) -> Value {
    Value::Array(
        results
            .iter()
            .map(|(s, r)| match r {
                Ok(rep) => json!({
                    "source": s.id,
                    "status": if rep.not_modified { "not_modified" } else { "ok" },
                    "format": rep.format,
                    "accepted": rep.accepted,
                    "added": rep.added,
                    "updated": rep.updated,
                    "removed": rep.removed,
                    "unchanged": rep.unchanged,
                    "skipped": rep.skipped.len(),
                    "warnings": rep.warning_count(),
                    "skipped_entries": rep.skipped,
                    "warning_entries": rep.warnings.iter().map(|w| {
                        let mut w = w.clone();
                        w.message = crate::words::warning(&w);
                        w
                    }).collect::<Vec<_>>(),
                    "timings": rep.timings,
                    "error": null,
                }),
                Err(e) => json!({
                    "source": s.id,
                    "status": if matches!(e, waymark_core::Error::Suspicious { .. }) { "suspicious" } else { "error" },
                    "error_kind": e.kind().as_str(),
                    "accepted": s.meeting_count,
                    "skipped": 0,
                    "warnings": 0,
                    "skipped_entries": [],
                    "warning_entries": [],
                    "error": crate::words::error(e),
                }),
            })
            .collect(),
    )
}

/// Prints sync results.
pub fn sync(results: &[(Source, waymark_core::Result<ImportReport>)]) {
    for (s, r) in results {
        match r {
            Ok(rep) if rep.not_modified => println!(
                "{}: unchanged since the last sync ({} meetings)",
                s.id, rep.accepted
            ),
            Ok(rep) => {
                println!(
                    "{}: {} meetings loaded, {} skipped, {} warnings ({:.0} ms)",
                    s.id,
                    rep.accepted,
                    rep.skipped.len(),
                    rep.warning_count(),
                    rep.timings.parse_ms
                        + rep.timings.normalise_ms
                        + rep.timings.write_ms
                        + rep.timings.index_ms
                );
                for sk in rep.skipped.iter().take(20) {
                    println!("  skipped {}: {}", sk.key, sk.reason);
                }
                if rep.skipped.len() > 20 {
                    println!(
                        "  … and {} more skipped (see --json)",
                        rep.skipped.len() - 20
                    );
                }
                for w in rep.warnings.iter().take(12) {
                    match &w.key {
                        Some(k) => println!("  note {k}: {}", crate::words::warning(w)),
                        None => println!(
                            "  note ({} meetings): {}",
                            w.count,
                            crate::words::warning(w)
                        ),
                    }
                }
                if rep.warnings.len() > 12 {
                    println!(
                        "  … and {} more notes (see --json)",
                        rep.warnings.len() - 12
                    );
                }
            }
            Err(e @ waymark_core::Error::Suspicious { .. }) => {
                println!("{}: held back: {}", s.id, crate::words::error(e))
            }
            Err(e) if s.meeting_count > 0 => println!(
                "{}: not updated: {}. The {} meetings from the last good load are kept.",
                s.id,
                crate::words::error(e),
                s.meeting_count
            ),
            Err(e) => println!("{}: nothing loaded: {}", s.id, crate::words::error(e)),
        }
    }
}

/// A progress bar on the terminal while sources sync (never in `--json` mode or when the
/// output is not a terminal).
#[derive(Clone)]
pub struct SyncProgress {
    bar: indicatif::ProgressBar,
}

impl SyncProgress {
    pub fn new() -> Self {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Self { bar }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl waymark_core::SyncListener for SyncProgress {
    fn progress(&self, source: &str, phase: waymark_core::SyncPhase, bytes: u64, entries: u64) {
        let msg = match phase {
            waymark_core::SyncPhase::Fetching => {
                format!("{source}: downloading, {}", indicatif::HumanBytes(bytes))
            }
            waymark_core::SyncPhase::Parsing => format!("{source}: reading, {entries} meetings"),
            waymark_core::SyncPhase::Indexing => {
                format!("{source}: indexing {entries} meetings")
            }
        };
        self.bar.set_message(msg);
    }
}

/// Whether a screen could not read its data (it shows an error notice in place of rows): the
/// command then exits with status 1, as it did when it read the vault itself.
pub fn failed(notices: &[waymark_core::screens::Notice]) -> bool {
    notices
        .iter()
        .any(|n| n.kind == waymark_core::screens::NoticeKind::Error)
}

/// Prints a screen's notices: a titled one as its title and message on their own lines.
fn notices(list: &[waymark_core::screens::Notice]) {
    for n in list {
        match &n.title {
            Some(t) => println!("\n{t}\n{}", n.message),
            None => println!("\n{}", n.message),
        }
    }
}

/// Prints a meeting row as `browse` does: when and name, then place, distance and badges,
/// then the id on the line under it.
fn meeting_row(r: &waymark_core::screens::MeetingRow) {
    let mut line = format!("  {} {}", cut(&r.when, 22), r.name);
    let mut extra: Vec<&str> = Vec::new();
    extra.extend(r.place.as_deref());
    extra.extend(r.distance.as_deref());
    extra.extend(r.badges.iter().map(|b| b.label.as_str()));
    if !extra.is_empty() {
        line.push_str(" · ");
        line.push_str(&extra.join(" · "));
    }
    println!("{line}");
    println!("  {:<22} {}", "", r.id);
}

/// Prints the My meetings screen ([`MyMeetingsState`]): its title, each saved meeting as the
/// Meetings screen's row with, for one not listed now, the screen's note under it; then its
/// notices (nothing saved yet, a read that failed).
pub fn my_meetings(state: &MyMeetingsState) {
    println!("{}", state.title);
    if !state.rows.is_empty() {
        println!();
    }
    for r in &state.rows {
        meeting_row(&r.row);
        if let Some(note) = &r.status_note {
            println!("  {:<22} {note}", "");
        }
    }
    notices(&state.notices);
}

/// Prints the Sobriety dates screen ([`SobrietyState`]): each date's card (its label and
/// id, the count, since when, a milestone today, the next one), then its notices.
pub fn sobriety(state: &SobrietyState) {
    println!("{}", state.title);
    for c in &state.cards {
        println!("\n{}  ({})", c.label, c.id);
        match &c.count_detail {
            Some(d) => println!("  {} ({d})", c.count),
            None => println!("  {}", c.count),
        }
        for line in [&c.since, &c.milestone_today].into_iter().flatten() {
            println!("  {line}");
        }
        match (&c.next_milestone, &c.next_milestone_when) {
            (Some(next), Some(when)) => println!("  {next} ({when})"),
            (Some(next), None) => println!("  {next}"),
            _ => {}
        }
    }
    notices(&state.notices);
}

/// Prints the People to call screen ([`PeopleState`]): each person's name, role and number,
/// why a number cannot be dialled, and each link button (call, text) with its link; then the
/// notices (no one yet, the list is full).
pub fn people(state: &PeopleState) {
    println!("{}", state.title);
    for r in &state.rows {
        println!("\n{} ({}): {}", r.name, r.role_label, r.phone);
        if let Some(note) = &r.note {
            println!("  {note}");
        }
        for a in &state_links(&r.actions) {
            println!("  {a}");
        }
        println!("  id {}", r.id);
    }
    notices(&state.notices);
}

fn state_links(actions: &[waymark_core::screens::PeopleActionItem]) -> Vec<String> {
    actions
        .iter()
        .filter_map(|a| a.url.as_ref().map(|u| format!("{}: {u}", a.label)))
        .collect()
}

/// Prints the Rides screen ([`RidesState`]): its notices (no rides yet, no server set, what
/// waits to be sent), then each section's heading and rows (when, meeting, where it stands,
/// details, the id that `ride cancel` or `ride accept` takes). With `only_matches`, just the
/// matches section, or the whole screen when there are no matches yet (its rows say where
/// each offer and request stands).
pub fn rides(state: &RidesState, only_matches: bool) {
    use waymark_core::screens::RidesSectionKind;
    println!("{}", state.title);
    let matches: Vec<_> = state
        .sections
        .iter()
        .filter(|s| s.kind == RidesSectionKind::Matches)
        .collect();
    let sections: Vec<_> = if only_matches && !matches.is_empty() {
        matches
    } else {
        notices(&state.notices);
        state.sections.iter().collect()
    };
    for s in sections {
        println!("\n{}", s.heading);
        for r in &s.rows {
            println!("  {} {} · {}", cut(&r.when, 22), r.meeting, r.status_label);
            for d in &r.details {
                println!("  {:<22} {d}", "");
            }
            println!("  {:<22} {}", "", r.id);
        }
    }
}

/// Prints the Journal screen ([`JournalState`]) keeping only the rows whose id is in `keep`
/// (the entries `journal list`'s own filters chose): each day's heading, then each entry's
/// time, kind and preview, and its id; then the notices (nothing written yet).
pub fn journal(state: &JournalState, keep: &std::collections::HashSet<&str>) {
    println!("{}", state.title);
    let mut shown = false;
    for day in &state.days {
        let rows: Vec<_> = day
            .rows
            .iter()
            .filter(|r| keep.contains(r.id.as_str()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        shown = true;
        println!("\n{}", day.heading);
        for r in rows {
            println!("  {:<6} {:<12} {}", r.time, r.kind_label, r.preview);
            println!("  {:<6} {}", "", r.id);
        }
    }
    if !shown && state.notices.is_empty() {
        // The screen has entries, but none with this command's --tag: the screen's words
        // for a filter that matches nothing.
        use waymark_core::l10n::{negotiate, Words};
        let w = Words::get(negotiate(&state.locale).locale);
        println!(
            "\n{}\n{}",
            w.text("journal-empty-match-title", &[]),
            w.text("journal-empty-match", &[])
        );
    }
    notices(&state.notices);
}
