//! Human-readable output: plain tables, kind words, both times when the zones differ.

use serde_json::{json, Value};
use waymark_core::directory::types::TypeEntry;
use waymark_core::screens::{
    JournalState, MeetingState, MeetingsState, MyMeetingsState, PeopleState, RidesState,
    SobrietyState,
};
use waymark_core::{ImportReport, Meeting, MeetingEnd, MeetingResult, SearchPage, Source};

use crate::say::{self, ids, n, t};

/// `s` cut to `width` characters as a person sees them (an accented letter or an emoji is
/// never split), padded with spaces to `width`.
fn cut(s: &str, width: usize) -> String {
    let t = waymark_core::l10n::truncate(s, width);
    let pad = width.saturating_sub(waymark_core::l10n::grapheme_count(&t));
    format!("{t}{}", " ".repeat(pad))
}

/// A date's short weekday in the `--locale` (ICU4X's names: "Tue", "Maw", "mar"), from the
/// row's date (`YYYY-MM-DD`, or an RFC 3339 time); the English name's first three letters
/// only if the row has no date.
fn short_day(date: Option<&str>, english: &str) -> String {
    let day = date.and_then(|d| {
        d.get(..10)
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
    });
    match day {
        Some(d) => say::words().weekday_short(d),
        None => english.get(..3).unwrap_or(english).to_string(),
    }
}

/// Prints search results, then how many more matched, or why there are none.
pub fn meetings(page: &SearchPage, with_distance: bool, limit: u32) {
    let results = &page.results;
    if results.is_empty() {
        println!("{}", say::own(ids::MEETINGS_NONE, &[]));
        if page.closed_left_out > 0 {
            println!(
                "{}",
                say::own(
                    ids::MEETINGS_CLOSED_LEFT_OUT,
                    &[("count", n(page.closed_left_out))]
                )
            );
        }
        return;
    }
    let differs = |r: &MeetingResult| {
        r.timezone_known && r.timezone.as_deref() != Some(r.viewer_timezone.as_str())
    };
    let any_differs = results.iter().any(differs);
    let viewer = &results[0].viewer_timezone;
    let column = |i: &str, width: usize| cut(&say::own(i, &[]), width);
    let mut header = format!(
        "{} {}",
        column(ids::COLUMN_WHEN, 18),
        column(ids::COLUMN_MEETING_TIME, 31)
    );
    if any_differs {
        header.push_str(&format!(" {}", column(ids::COLUMN_YOUR_TIME, 14)));
    }
    header.push_str(&format!(
        " {} {} {}",
        column(ids::COLUMN_NAME, 34),
        column(ids::COLUMN_WHERE, 24),
        column(ids::COLUMN_HOW, 22)
    ));
    if with_distance {
        header.push_str(&format!(" {:>8}", say::own(ids::COLUMN_DISTANCE, &[])));
    }
    header.push_str(&format!("  {}", say::own(ids::COLUMN_TYPES, &[])));
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
                    _ => say::own(ids::ZONE_UNKNOWN, &[]),
                };
                // Only an end the feed gave is printed.
                let times = match (r.end, &r.local_end) {
                    (MeetingEnd::AllDay, _) => say::own(ids::ALL_DAY, &[]),
                    (_, Some(e)) => {
                        let next_day = if r.ends_next_day { "+1" } else { "" };
                        format!("{s}–{e}{next_day}")
                    }
                    (_, None) => s.clone(),
                };
                format!("{} {times} {zone}", short_day(r.local_date.as_deref(), d))
            }
            _ => "—".into(),
        };
        let mut line = format!("{:<18} {}", cut(&r.when, 18), cut(&local, 31));
        if any_differs {
            let yours = if differs(r) {
                match (&r.viewer_day, &r.viewer_time) {
                    (Some(d), Some(t)) => {
                        format!("{} {t}", short_day(r.viewer_start.as_deref(), d))
                    }
                    _ => String::new(),
                }
            } else {
                String::new()
            };
            line.push_str(&format!(" {:<14}", yours));
        }
        let how = say::own(
            match (r.temporarily_closed, r.attendance) {
                (true, _) => ids::HOW_CLOSED,
                (false, waymark_core::Attendance::InPerson) => ids::HOW_IN_PERSON,
                (false, waymark_core::Attendance::Online) => ids::HOW_ONLINE,
                (false, waymark_core::Attendance::Hybrid) => ids::HOW_HYBRID,
            },
            &[],
        );
        line.push_str(&format!(
            " {} {} {}",
            cut(&r.name, 34),
            cut(r.place.as_deref().unwrap_or(""), 24),
            cut(&how, 22)
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
            println!("{:<18} {}", "", say::own(ids::ID, &[("id", t(&r.id))]));
        } else {
            println!(
                "{:<18} {}",
                "",
                say::own(
                    ids::ID_ALSO_LISTED,
                    &[
                        ("id", t(&r.id)),
                        ("others", t(&r.also_listed_as.join(", ")))
                    ]
                )
            );
        }
    }
    if page.more > 0 || !page.more_exact {
        let next = if page.more_exact {
            limit.saturating_add(u32::try_from(page.more).unwrap_or(u32::MAX))
        } else {
            limit.saturating_add(50)
        };
        let message = match (page.more, page.more_exact) {
            (_, true) => ids::MEETINGS_MORE,
            (0, false) => ids::MEETINGS_MORE_MAYBE,
            (_, false) => ids::MEETINGS_MORE_AT_LEAST,
        };
        println!(
            "\n{}",
            say::own(message, &[("count", n(page.more)), ("limit", n(next))])
        );
    }
    if any_differs {
        println!(
            "\n{}",
            say::own(ids::MEETINGS_YOUR_TIME, &[("zone", t(viewer))])
        );
    }
    if results.iter().any(|r| r.timezone_derived) {
        println!("{}", say::own(ids::MEETINGS_ZONE_DERIVED, &[]));
    }
    if results
        .iter()
        .any(|r| !r.timezone_known && !r.by_appointment)
    {
        println!(
            "{}",
            say::own(ids::MEETINGS_ZONE_UNKNOWN, &[("zone", t(viewer))])
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
    println!("{}", say::own(ids::TYPES_TITLE, &[("program", t(program))]));
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
            "    {}",
            say::own(ids::MEETING_REPORT_OFFLINE, &[("id", t(&m.id))])
        );
    }
    println!(
        "  {}",
        say::own(ids::MEETING_SHARE, &[("text", t(&state.share_text))])
    );
    for line in &state.footer {
        println!("  {line}");
    }
    println!("  {}", say::own(ids::ID, &[("id", t(&m.id))]));
}

/// Prints configured sources.
pub fn sources(sources: &[Source]) {
    if sources.is_empty() {
        println!("{}", say::own(ids::SOURCES_EMPTY, &[]));
        return;
    }
    for s in sources {
        println!(
            "{:<20} {:>15}  {:<13} {:<8} {}",
            s.id,
            say::own(ids::SOURCE_MEETINGS, &[("count", n(s.meeting_count))]),
            s.format.as_deref().unwrap_or("?"),
            s.program,
            s.location
        );
        let state = match (&s.last_success, &s.last_error) {
            (_, Some(e)) => say::own(ids::SOURCE_FAILED, &[("error", t(e))]),
            (Some(time), None) => say::own(ids::SOURCE_UPDATED, &[("time", t(time))]),
            (None, None) => say::own(ids::SOURCE_NOT_LOADED, &[]),
        };
        println!("{:<20} {state}", "");
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
                "{}",
                say::own(
                    ids::SYNC_UNCHANGED,
                    &[("source", t(&s.id)), ("count", n(rep.accepted))]
                )
            ),
            Ok(rep) => {
                let ms = rep.timings.parse_ms
                    + rep.timings.normalise_ms
                    + rep.timings.write_ms
                    + rep.timings.index_ms;
                println!(
                    "{}",
                    say::own(
                        ids::SYNC_LOADED,
                        &[
                            ("source", t(&s.id)),
                            ("count", n(rep.accepted)),
                            ("skipped", n(rep.skipped.len())),
                            ("warnings", n(rep.warning_count())),
                            ("ms", t(&say::words().decimal(ms, 0))),
                        ]
                    )
                );
                for sk in rep.skipped.iter().take(20) {
                    println!(
                        "  {}",
                        say::text(
                            ids::SYNC_SKIPPED,
                            &[
                                ("key", t(&sk.key)),
                                ("reason", t(&crate::words::skip_reason_in(sk, say::words())))
                            ]
                        )
                    );
                }
                if rep.skipped.len() > 20 {
                    println!(
                        "  {}",
                        say::own(
                            ids::SYNC_MORE_SKIPPED,
                            &[("count", n(rep.skipped.len() - 20))]
                        )
                    );
                }
                for w in rep.warnings.iter().take(12) {
                    let note = crate::words::warning_in(w, say::words());
                    let line = match &w.key {
                        Some(k) => say::text(ids::SYNC_NOTE, &[("key", t(k)), ("note", t(&note))]),
                        None => say::text(
                            ids::SYNC_NOTE_COUNT,
                            &[("count", n(w.count)), ("note", t(&note))],
                        ),
                    };
                    println!("  {line}");
                }
                if rep.warnings.len() > 12 {
                    println!(
                        "  {}",
                        say::own(
                            ids::SYNC_MORE_NOTES,
                            &[("count", n(rep.warnings.len() - 12))]
                        )
                    );
                }
            }
            Err(e @ waymark_core::Error::Suspicious { .. }) => println!(
                "{}",
                say::own(
                    ids::SYNC_HELD_BACK,
                    &[("source", t(&s.id)), ("error", t(&crate::words::error(e)))]
                )
            ),
            Err(e) if s.meeting_count > 0 => println!(
                "{}",
                say::own(
                    ids::SYNC_NOT_UPDATED,
                    &[
                        ("source", t(&s.id)),
                        ("error", t(&crate::words::error(e))),
                        ("count", n(s.meeting_count)),
                    ]
                )
            ),
            Err(e) => println!(
                "{}",
                say::own(
                    ids::SYNC_NOTHING_LOADED,
                    &[("source", t(&s.id)), ("error", t(&crate::words::error(e)))]
                )
            ),
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
            waymark_core::SyncPhase::Fetching => say::own(
                ids::SYNC_DOWNLOADING,
                &[
                    ("source", t(source)),
                    ("size", t(&indicatif::HumanBytes(bytes).to_string())),
                ],
            ),
            waymark_core::SyncPhase::Parsing => say::own(
                ids::SYNC_READING,
                &[("source", t(source)), ("count", n(entries))],
            ),
            waymark_core::SyncPhase::Indexing => say::own(
                ids::SYNC_INDEXING,
                &[("source", t(source)), ("count", n(entries))],
            ),
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
    hint(state.rows.is_empty(), &state.notices, ids::FAVORITE_HINT);
}

/// Under an empty list (not one that failed to load), the command that adds to it, worded in
/// the locale: the screens speak of buttons, a terminal needs the command.
fn hint(empty: bool, list: &[waymark_core::screens::Notice], hint: &str) {
    if empty && !failed(list) {
        println!("{}", say::own(hint, &[]));
    }
}

/// Prints the Sobriety dates screen ([`SobrietyState`]): each date's card (its label and
/// id, the count, since when, a milestone today, the next one), then its notices.
pub fn sobriety(state: &SobrietyState) {
    println!("{}", state.title);
    for c in &state.cards {
        println!("\n{}  ({})", c.label, c.id);
        sobriety_card(c, "  ");
    }
    notices(&state.notices);
    hint(state.cards.is_empty(), &state.notices, ids::SOBER_HINT);
}

/// Prints a sobriety card's lines, each after `indent`: the count, since when, a milestone
/// today, the next one.
pub fn sobriety_card(c: &waymark_core::screens::SobrietyCard, indent: &str) {
    match &c.count_detail {
        Some(d) => println!("{indent}{} ({d})", c.count),
        None => println!("{indent}{}", c.count),
    }
    for line in [&c.since, &c.milestone_today].into_iter().flatten() {
        println!("{indent}{line}");
    }
    match (&c.next_milestone, &c.next_milestone_when) {
        (Some(next), Some(when)) => println!("{indent}{next} ({when})"),
        (Some(next), None) => println!("{indent}{next}"),
        _ => {}
    }
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
        println!("  {}", say::own(ids::ID, &[("id", t(&r.id))]));
    }
    notices(&state.notices);
    hint(state.rows.is_empty(), &state.notices, ids::CONTACT_HINT);
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
        hint(
            state.sections.iter().all(|s| s.rows.is_empty()),
            &state.notices,
            ids::RIDE_HINT,
        );
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
    hint(state.days.is_empty(), &state.notices, ids::JOURNAL_HINT);
}
