//! `waymark`: the terminal shell over waymark-core.
//!
//! It parses arguments, calls the core, and prints. Every decision (what a time means, which
//! meetings match) is the core's. Bad arguments exit with status 2 and one clear line; a
//! failed operation exits with status 1.

mod area;
mod args;
mod catalogue;
mod contacts;
mod demo;
mod private;
mod relay;
mod remind;
mod ride;
mod say;
mod show;
mod words;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context, Result};
use clap::Parser;
use waymark_core::{Directory, FeedFormat, MeetingQuery, NewSource};

use args::{Cli, Command, MeetingCmd, MeetingsArgs, SourceCmd};
use say::{ids, t};

// mimalloc: the import parses on one thread and writes on another, and glibc's allocator spends
// a tenth of the import freeing strings across threads (measured; see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit status for unusable arguments (matches clap's own).
const EXIT_USAGE: u8 = 2;

/// An error caused by what the user typed, not by the operation.
#[derive(Debug)]
struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow!(UsageError(msg.into()))
}

/// A usage error worded from `cli.ftl` in the `--locale` (flags and values as typed).
pub(crate) fn usage_in(id: &str, args: &[(&str, waymark_core::l10n::Arg<'_>)]) -> anyhow::Error {
    usage(say::own(id, args))
}

fn main() -> ExitCode {
    // `waymark meetings | head` closes the pipe early: end quietly, as other command-line
    // tools do, instead of panicking in `println!` (Rust ignores SIGPIPE by default).
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let error_words = words::for_errors(cli.locale.as_deref());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let usage_error = e.downcast_ref::<UsageError>().is_some()
                || e.downcast_ref::<waymark_core::Error>()
                    .is_some_and(words::is_usage);
            let msg = words::chain_in(&e, error_words);
            eprintln!("waymark: {msg}");
            ExitCode::from(if usage_error { EXIT_USAGE } else { 1 })
        }
    }
}

/// The data directory: `--data-dir`, else `$WAYMARK_DATA_DIR`, else the user's data folder.
fn data_dir(cli: &Cli) -> Result<PathBuf> {
    if let Some(d) = &cli.data_dir {
        return Ok(d.clone());
    }
    if let Some(d) = std::env::var_os("WAYMARK_DATA_DIR") {
        return Ok(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME") {
        return Ok(PathBuf::from(d).join("waymark"));
    }
    match std::env::var_os("HOME") {
        Some(h) => Ok(PathBuf::from(h).join(".local/share/waymark")),
        None => Err(anyhow!(say::own(ids::NO_DATA_DIR, &[]))),
    }
}

/// The locale lists are worded in: `--locale`, else the system's (LC_ALL, LC_MESSAGES, LANG).
/// A `--locale` Waymark has no words in, or cannot read, falls back to en-GB with a note on
/// stderr; the system's falls back quietly (the person did not ask for it here).
fn locale(asked: Option<&str>) -> waymark_core::l10n::Locale {
    use waymark_core::l10n::{negotiate, system_locale_tag, Words};
    match asked {
        Some(tag) => {
            let n = negotiate(tag);
            if let Some(note) = &n.note {
                eprintln!("waymark: {}", note.words(Words::get(n.locale)));
            }
            n.locale
        }
        None => negotiate(&system_locale_tag().unwrap_or_default()).locale,
    }
}

fn open_directory(dir: &Path) -> Result<Directory> {
    waymark_core::support::files::create_private_dir(dir).with_context(|| {
        say::own(
            ids::CANNOT_CREATE_DATA,
            &[("path", t(&dir.display().to_string()))],
        )
    })?;
    Ok(Directory::open(dir.join("directory.sqlite"))?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    let locale = locale(cli.locale.as_deref());
    say::set(locale);
    if let Command::Demo(a) = &cli.command {
        return demo::run(cli.data_dir.clone(), a);
    }
    if let Command::Generate(g) = &cli.command {
        let file = waymark_core::support::files::create_private(&g.out).with_context(|| {
            say::own(
                ids::CANNOT_WRITE,
                &[("path", t(&g.out.display().to_string()))],
            )
        })?;
        waymark_core::directory::synth::write_feed(
            std::io::BufWriter::new(file),
            g.meetings,
            g.seed,
        )?;
        eprintln!(
            "{}",
            say::own(
                say::ids::GENERATED,
                &[
                    ("count", say::n(g.meetings)),
                    ("path", say::t(&g.out.display().to_string())),
                ],
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Relay { cmd } = &cli.command {
        return relay::run(cmd);
    }
    if let Command::Catalogue { cmd } = &cli.command {
        return catalogue::run(cmd);
    }
    if let Command::Types {
        program,
        lang,
        json,
    } = &cli.command
    {
        let program = program.as_deref().unwrap_or("aa");
        let list =
            waymark_core::directory::types::program_types(program, lang.as_deref().unwrap_or("en"));
        if *json {
            println!("{}", serde_json::to_string_pretty(&list)?);
        } else {
            show::types(program, &list);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let dir = data_dir(&cli)?;
    let command = match cli.command {
        Command::Favorite { cmd } => return private::favorite(&dir, cmd, locale),
        Command::Journal { cmd } => return private::journal(&dir, cmd, locale),
        Command::Sober { cmd } => return private::sober(&dir, cmd, locale),
        Command::Contacts { cmd } => return contacts::contacts(&dir, cmd, locale),
        Command::Backup { cmd } => return private::backup(&dir, cmd),
        Command::Vault { cmd } => return private::vault(&dir, cmd),
        Command::Remind { cmd } => {
            let asked = cli.locale.as_ref().map(|_| locale.tag());
            return remind::remind(&dir, cmd, asked);
        }
        Command::Ride { server, cmd } => return ride::ride(&dir, server.as_deref(), cmd, locale),
        Command::Calendar { cmd } => return remind::calendar(&dir, cmd),
        other => other,
    };
    let directory = open_directory(&dir)?;
    if let Command::Area { cmd } = command {
        return area::area(&directory, cmd);
    }
    match command {
        Command::Source { cmd } => match cmd {
            SourceCmd::Add(a) => {
                let format = match &a.format {
                    Some(f) => Some(FeedFormat::parse(f).ok_or_else(|| {
                        usage_in(
                            ids::USAGE_ONE_OF,
                            &[
                                ("flag", t("--format")),
                                ("value", t(&format!("{f:?}"))),
                                ("options", t("meeting-guide / bmlt / tsml-csv / naws-csv")),
                            ],
                        )
                    })?),
                    None => None,
                };
                let near = match &a.bmlt_near {
                    Some(p) => {
                        let (lat, lon) = p
                            .split_once(',')
                            .and_then(|(x, y)| {
                                waymark_core::support::parse::parse_coordinates(Some(x), Some(y))
                                    .ok()
                                    .flatten()
                            })
                            .ok_or_else(|| {
                                usage_in(
                                    ids::USAGE_POINT,
                                    &[("flag", t("--bmlt-near")), ("value", t(&format!("{p:?}")))],
                                )
                            })?;
                        let km = a.bmlt_radius_km.unwrap_or(50.0);
                        if !(km > 0.0 && km <= 1000.0) {
                            return Err(usage_in(
                                ids::USAGE_BETWEEN,
                                &[
                                    ("flag", t("--bmlt-radius-km")),
                                    ("min", t("0")),
                                    ("max", t("1000")),
                                ],
                            ));
                        }
                        Some((lat, lon, km))
                    }
                    None => None,
                };
                let bmlt_scope = (!a.bmlt_services.is_empty() || near.is_some()).then(|| {
                    waymark_core::directory::import::bmlt::BmltScope {
                        service_bodies: a.bmlt_services.clone(),
                        near,
                    }
                });
                let program_given = a.program.is_some();
                let s = directory.add_source(NewSource {
                    bmlt_scope,
                    location: a.location,
                    format,
                    program: a.program,
                    timezone: a.timezone,
                    name: a.name,
                    bmlt_formats: a.bmlt_formats.map(|p| p.to_string_lossy().into_owned()),
                })?;
                if a.json {
                    println!("{}", serde_json::to_string_pretty(&s)?);
                } else {
                    let detected = say::own(say::ids::SOURCE_FORMAT_DETECTED, &[]);
                    println!(
                        "{}",
                        say::own(
                            say::ids::SOURCE_ADDED,
                            &[
                                ("id", say::t(&s.id)),
                                ("format", say::t(s.format.as_deref().unwrap_or(&detected))),
                                ("program", say::t(&s.program)),
                            ],
                        )
                    );
                    if !program_given {
                        // Type codes mean different things per fellowship: say what was assumed.
                        println!(
                            "{}",
                            say::own(
                                say::ids::SOURCE_PROGRAM_ASSUMED,
                                &[("program", say::t(&s.program))],
                            )
                        );
                    }
                }
            }
            SourceCmd::List { json } => {
                let sources = directory.sources()?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&sources)?);
                } else {
                    show::sources(&sources);
                }
            }
            SourceCmd::Remove { id } => {
                directory.remove_source(&id)?;
                println!(
                    "{}",
                    say::own(say::ids::SOURCE_REMOVED, &[("id", say::t(&id))])
                );
            }
        },
        Command::Sync {
            json,
            accept_shrink,
        } => {
            use std::io::IsTerminal;
            let progress = (!json && std::io::stderr().is_terminal()).then(show::SyncProgress::new);
            let options = waymark_core::SyncOptions {
                accept_shrink,
                listener: progress.clone().map(|p| {
                    std::sync::Arc::new(p) as std::sync::Arc<dyn waymark_core::SyncListener>
                }),
                ..Default::default()
            };
            let results = directory.sync_all_with(&options)?;
            if let Some(p) = progress {
                p.finish();
            }
            if results.is_empty() && !json {
                println!("{}", say::own(say::ids::SOURCES_EMPTY, &[]));
            }
            let failed = results.iter().any(|(_, r)| r.is_err());
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&show::sync_json(&results))?
                );
            } else {
                show::sync(&results);
            }
            if failed {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Meetings(m) => {
            let json = m.json;
            // Scripts read --json: its words stay en-GB, whatever the locale.
            let locale = if json {
                waymark_core::l10n::Locale::EnGb
            } else {
                locale
            };
            let query = build_query(&m, locale)?;
            let page = directory.search_page(&query)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&page.results)?);
            } else {
                show::meetings(&page, query.near.is_some(), m.limit);
            }
        }
        Command::Browse(b) => {
            // The flags are checked the way `meetings` checks them; the screen does the rest.
            let q = build_query(
                &MeetingsArgs {
                    at: b.at,
                    tz: b.tz,
                    in_progress: false,
                    upcoming: None,
                    day: Vec::new(),
                    between: None,
                    near: b.near,
                    radius_km: None,
                    r#type: b.r#type,
                    program: None,
                    online: b.online,
                    in_person: b.in_person,
                    hybrid: false,
                    language: None,
                    region: None,
                    text: None,
                    include_closed: false,
                    sort: None,
                    lang: None,
                    limit: 50,
                    units: None,
                    json: false,
                },
                locale,
            )?;
            // The tag as given (its region picks miles or km), else the system's.
            let tag = cli
                .locale
                .clone()
                .or_else(waymark_core::l10n::system_locale_tag)
                .unwrap_or_default();
            let screen = waymark_core::screens::MeetingsScreen::new(
                directory.clone(),
                waymark_core::screens::MeetingsOptions {
                    locale: Some(tag),
                    viewer_timezone: q.viewer_timezone,
                    at: q.at,
                },
            );
            screen.set_attendance(q.attendance);
            screen.set_near(q.near);
            for t in q.types {
                screen.toggle_type(t);
            }
            show::browse(&screen.set_search(b.text.unwrap_or_default()));
        }
        Command::Meeting { cmd } => match cmd {
            MeetingCmd::Show { id, json, tz } => {
                let m = directory.meeting(&id)?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&m)?);
                } else {
                    // The phones' Meeting screen, in the --locale.
                    let viewer = viewer_zone(tz.as_deref())?;
                    let screen = waymark_core::screens::MeetingScreen::new(
                        directory.clone(),
                        m.id.clone(),
                        waymark_core::screens::MeetingsOptions {
                            locale: Some(locale.tag().to_string()),
                            viewer_timezone: Some(viewer),
                            at: None,
                        },
                    );
                    show::meeting(&m, &screen.state());
                }
            }
            MeetingCmd::Report { id } => {
                let r = directory.queue_report(
                    &id,
                    chrono::Utc::now(),
                    waymark_core::l10n::Words::get(locale),
                )?;
                println!(
                    "{}",
                    say::text(
                        say::ids::REPORT_WRITE,
                        &[
                            ("meeting", say::t(&r.meeting_name)),
                            ("recipient", say::t(&r.report.recipient)),
                        ],
                    )
                );
                println!("  {}", r.report.url);
                println!(
                    "{}",
                    say::own(say::ids::REPORT_KEPT, &[("id", say::t(&r.id.to_string()))])
                );
            }
            MeetingCmd::Reports { sent: Some(n) } => {
                let number = n.to_string();
                let id = [("id", say::t(&number))];
                if directory.report_sent(n)? {
                    println!("{}", say::own(say::ids::REPORT_SENT, &id));
                } else {
                    println!("{}", say::own(say::ids::REPORT_NOT_WAITING, &id));
                }
            }
            MeetingCmd::Reports { sent: None } => {
                let pending = directory.pending_reports(waymark_core::l10n::Words::get(locale))?;
                if pending.is_empty() {
                    println!("{}", say::own(say::ids::REPORTS_EMPTY, &[]));
                }
                for r in pending {
                    println!(
                        "{}",
                        say::text(
                            say::ids::REPORTS_ROW,
                            &[
                                ("id", say::t(&format!("{:>3}", r.id))),
                                (
                                    "date",
                                    say::t(r.queued_at.get(..10).unwrap_or(&r.queued_at))
                                ),
                                ("meeting", say::t(&r.meeting_name)),
                                ("recipient", say::t(&r.report.recipient)),
                            ],
                        )
                    );
                    println!("     {}", r.report.url);
                }
            }
        },
        Command::Demo(_)
        | Command::Generate(_)
        | Command::Favorite { .. }
        | Command::Journal { .. }
        | Command::Sober { .. }
        | Command::Contacts { .. }
        | Command::Backup { .. }
        | Command::Vault { .. }
        | Command::Remind { .. }
        | Command::Ride { .. }
        | Command::Calendar { .. }
        | Command::Catalogue { .. }
        | Command::Area { .. }
        | Command::Relay { .. }
        | Command::Types { .. } => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The viewer's zone: `--tz`, else `$TZ`, else the system's, else UTC.
pub(crate) fn viewer_zone(arg: Option<&str>) -> Result<String> {
    if let Some(z) = arg {
        let tz = waymark_core::support::parse::parse_timezone(z)
            .ok_or_else(|| usage_in(ids::USAGE_UNKNOWN_ZONE, &[("value", t(&format!("{z:?}")))]))?;
        return Ok(tz.name().to_string());
    }
    if let Ok(z) = std::env::var("TZ") {
        if let Some(tz) = waymark_core::support::parse::parse_timezone(z.trim_start_matches(':')) {
            return Ok(tz.name().to_string());
        }
    }
    Ok(iana_time_zone::get_timezone()
        .ok()
        .and_then(|z| waymark_core::support::parse::parse_timezone(&z))
        .map(|z| z.name().to_string())
        .unwrap_or_else(|| "UTC".into()))
}

/// What the private screens (My meetings, Sobriety dates, People to call, Rides, Journal) are
/// given: the `--locale`, the viewer's zone (`$TZ`, else the system's), and now.
pub(crate) fn screen_options(
    locale: waymark_core::l10n::Locale,
) -> Result<waymark_core::screens::MeetingsOptions> {
    Ok(waymark_core::screens::MeetingsOptions {
        locale: Some(locale.tag().to_string()),
        viewer_timezone: Some(viewer_zone(None)?),
        at: None,
    })
}

fn build_query(m: &MeetingsArgs, locale: waymark_core::l10n::Locale) -> Result<MeetingQuery> {
    let at = match &m.at {
        Some(s) => Some(
            chrono::DateTime::parse_from_rfc3339(s)
                .map_err(|_| {
                    usage_in(
                        ids::USAGE_PATTERN,
                        &[
                            ("flag", t("--at")),
                            ("value", t(&format!("{s:?}"))),
                            ("pattern", t("RFC 3339 (2026-11-24T19:00:00-05:00)")),
                        ],
                    )
                })?
                .with_timezone(&chrono::Utc),
        ),
        None => None,
    };
    let upcoming_minutes = match &m.upcoming {
        Some(d) => {
            let dur = humantime::parse_duration(d).map_err(|_| {
                usage_in(
                    ids::USAGE_NOT_A_DURATION,
                    &[
                        ("flag", t("--upcoming")),
                        ("value", t(&format!("{d:?}"))),
                        ("example", t("3h, 90m")),
                    ],
                )
            })?;
            // The limit is the core's; the wording names the flag.
            let mins = waymark_core::directory::search::upcoming_window(dur.as_secs() / 60)
                .map_err(|_| {
                    usage_in(
                        ids::USAGE_BETWEEN,
                        &[
                            ("flag", t("--upcoming")),
                            ("min", t("1m")),
                            ("max", t("7d")),
                        ],
                    )
                })?;
            Some(mins)
        }
        None => None,
    };
    let mut weekdays = Vec::new();
    for d in &m.day {
        let day = match d.trim().parse::<u8>() {
            Ok(n) if n <= 6 => n,
            _ => waymark_core::support::parse::parse_day_name(d).ok_or_else(|| {
                usage_in(
                    ids::USAGE_NOT_A_WEEKDAY,
                    &[("flag", t("--day")), ("value", t(&format!("{d:?}")))],
                )
            })?,
        };
        weekdays.push(u32::from(day));
    }
    let near = match &m.near {
        Some(p) => {
            let (a, b) = p.split_once(',').ok_or_else(|| {
                usage_in(
                    ids::USAGE_POINT,
                    &[("flag", t("--near")), ("value", t(&format!("{p:?}")))],
                )
            })?;
            use waymark_core::support::parse::CoordinateProblem as P;
            let point = match waymark_core::support::parse::parse_coordinates(Some(a), Some(b)) {
                Ok(Some(point)) => point,
                Err(P::NullIsland | P::Placeholder) => {
                    return Err(usage_in(
                        ids::USAGE_NULL_ISLAND,
                        &[("flag", t("--near")), ("value", t(&format!("{p:?}")))],
                    ))
                }
                _ => {
                    return Err(usage_in(
                        ids::USAGE_NOT_A_POINT,
                        &[("flag", t("--near")), ("value", t(&format!("{p:?}")))],
                    ))
                }
            };
            Some(waymark_core::GeoPoint {
                latitude: point.0,
                longitude: point.1,
            })
        }
        None => None,
    };
    if m.radius_km.is_some() && near.is_none() {
        return Err(usage_in(
            ids::USAGE_NEEDS,
            &[("flag", t("--radius-km")), ("other", t("--near LAT,LON"))],
        ));
    }
    let (start_from_minute, start_to_minute) = match &m.between {
        Some(b) => {
            let (a, c) = b.split_once('-').ok_or_else(|| {
                usage_in(
                    ids::USAGE_PATTERN,
                    &[
                        ("flag", t("--between")),
                        ("value", t(&format!("{b:?}"))),
                        ("pattern", t("HH:MM-HH:MM")),
                    ],
                )
            })?;
            let parse = |t: &str| {
                waymark_core::support::parse::minute_of_day(t).map_err(|_| {
                    usage_in(
                        ids::USAGE_NOT_A_TIME,
                        &[("value", say::t(&format!("{t:?}")))],
                    )
                })
            };
            (Some(parse(a)?), Some(parse(c)?))
        }
        None => (None, None),
    };
    let attendance = if m.online {
        Some(waymark_core::AttendanceFilter::Online)
    } else if m.in_person {
        Some(waymark_core::AttendanceFilter::InPerson)
    } else if m.hybrid {
        Some(waymark_core::AttendanceFilter::Hybrid)
    } else {
        None
    };
    let program = m.program.as_deref().unwrap_or("aa");
    let types = m
        .r#type
        .iter()
        .map(|t| {
            waymark_core::directory::types::resolve_type(program, t)
                .map_err(|e| usage_in(ids::USAGE_TYPE, &[("problem", say::t(&e.to_string()))]))
        })
        .collect::<Result<Vec<_>>>()?;
    let distance_unit = match m.units.as_deref().map(str::to_lowercase).as_deref() {
        Some("km" | "kilometres" | "kilometers") => waymark_core::DistanceUnit::Kilometres,
        Some("mi" | "miles") => waymark_core::DistanceUnit::Miles,
        Some(u) => {
            return Err(usage_in(
                ids::USAGE_ONE_OF,
                &[
                    ("flag", t("--units")),
                    ("value", t(&format!("{u:?}"))),
                    ("options", t("km / mi")),
                ],
            ))
        }
        None => ["LC_ALL", "LC_MEASUREMENT", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .map(|l| waymark_core::DistanceUnit::for_locale(&l))
            .unwrap_or_default(),
    };
    let sort = match m.sort.as_deref() {
        None => None,
        Some("soonest") => Some(waymark_core::SortOrder::Soonest),
        Some("distance") => Some(waymark_core::SortOrder::Distance),
        Some(o) => {
            return Err(usage_in(
                ids::USAGE_ONE_OF,
                &[
                    ("flag", t("--sort")),
                    ("value", t(&format!("{o:?}"))),
                    ("options", t("soonest / distance")),
                ],
            ))
        }
    };
    Ok(MeetingQuery {
        at,
        viewer_timezone: Some(viewer_zone(m.tz.as_deref())?),
        in_progress: m.in_progress,
        upcoming_minutes,
        weekdays,
        start_from_minute,
        start_to_minute,
        near,
        radius_km: m.radius_km,
        types,
        program: m.program.clone(),
        attendance,
        language: m.language.clone(),
        region: m.region.clone(),
        text: m.text.clone(),
        include_closed: m.include_closed,
        sort,
        limit: Some(m.limit),
        type_language: m.lang.clone(),
        ids: Vec::new(),
        distance_unit: Some(distance_unit),
        locale: Some(locale.tag().to_string()),
    })
}
