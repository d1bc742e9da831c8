//! `waymark relay keygen|build`: running a relay (see docs/relay.md).
//!
//! The work is the core's (`waymark_core::relay::build`); this only reads the arguments, says
//! what happens on stderr, and prints the one-line summary a scheduled job's log keeps.

use std::process::ExitCode;

use anyhow::{Context, Result};
use waymark_core::catalogue::{Catalogue, CatalogueError};
use waymark_core::relay::build::{self, BuildPaths};

use crate::args::RelayCmd;
use crate::say::{self, ids, n, t};

/// Runs a `relay` subcommand.
pub fn run(cmd: &RelayCmd) -> Result<ExitCode> {
    match cmd {
        RelayCmd::Keygen { out } => {
            let public = build::keygen(out)?;
            eprintln!(
                "{}",
                say::own(
                    ids::RELAY_KEY_WRITTEN,
                    &[("path", t(&out.display().to_string()))]
                )
            );
            eprintln!("{}", say::own(ids::RELAY_PUBLIC_KEY, &[]));
            println!("{public}");
            Ok(ExitCode::SUCCESS)
        }
        RelayCmd::Build {
            catalogue,
            key,
            out,
            state,
        } => {
            let catalogue = match Catalogue::load(catalogue) {
                Ok(c) => c,
                Err(CatalogueError::Invalid { problems }) => {
                    for p in &problems {
                        eprintln!("{}", p.own_in(say::words()));
                    }
                    eprintln!(
                        "waymark: {}",
                        say::own(
                            ids::RELAY_CATALOGUE_PROBLEMS,
                            &[
                                ("path", t(&catalogue.display().to_string())),
                                ("count", n(problems.len())),
                            ]
                        )
                    );
                    return Ok(ExitCode::from(1));
                }
                Err(CatalogueError::Unreadable { path, message }) => {
                    return Err(crate::catalogue::cannot_read(&path, &message));
                }
            };
            let key = build::load_key(key)?;
            let paths = BuildPaths::new(out.clone(), state.clone());
            let sources = build::sources_from_catalogue(&catalogue);
            let started = std::time::Instant::now();
            let summary = build::build(&sources, &key, &paths, &mut |step| {
                eprintln!(
                    "[{:5.1} s] {}",
                    started.elapsed().as_secs_f64(),
                    step.words().own_in(say::words())
                );
            })
            .with_context(|| format!("the relay build into {} failed", out.display()))?;
            // The sources that failed this time (their last good meetings are published).
            if let Ok(json) = std::fs::read(paths.out.join("manifest.json")) {
                if let Ok(m) = waymark_core::relay::format::parse_manifest(&json) {
                    for s in m.sources.iter().filter(|s| s.error.is_some()) {
                        let never = say::own(ids::RELAY_NEVER, &[]);
                        eprintln!(
                            "  {}",
                            say::own(
                                ids::RELAY_SOURCE_FAILED,
                                &[
                                    ("id", t(&s.id)),
                                    ("why", t(&say::own(source_error_words(s.error), &[]))),
                                    ("when", t(s.last_success.as_deref().unwrap_or(&never))),
                                ]
                            )
                        );
                    }
                }
            }
            let message = if summary.published {
                ids::RELAY_PUBLISHED
            } else {
                ids::RELAY_UNCHANGED
            };
            println!(
                "{}",
                say::own(
                    message,
                    &[
                        ("version", n(summary.version)),
                        ("tiles", n(summary.tiles)),
                        ("meetings", n(summary.meetings)),
                        ("changed", n(summary.changed_meetings)),
                        ("sources", n(summary.sources)),
                        ("failing", n(summary.failing)),
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The message saying why a source failed in this build.
fn source_error_words(e: Option<waymark_core::relay::SourceError>) -> &'static str {
    use waymark_core::relay::SourceError::*;
    match e {
        Some(Offline) => ids::RELAY_ERROR_OFFLINE,
        Some(Timeout) => ids::RELAY_ERROR_TIMEOUT,
        Some(HttpStatus) => ids::RELAY_ERROR_HTTP,
        Some(InvalidData) => ids::RELAY_ERROR_INVALID_DATA,
        Some(Suspicious) => ids::RELAY_ERROR_SUSPICIOUS,
        Some(InvalidInput) => ids::RELAY_ERROR_INVALID_INPUT,
        // Only failing sources are listed; `None` never reaches here.
        Some(Other) | None => ids::RELAY_ERROR_OTHER,
    }
}
