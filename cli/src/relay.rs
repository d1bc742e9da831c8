//! `waymark relay keygen|build`: running a relay (see docs/relay.md).
//!
//! The work is the core's (`waymark_core::relay::build`); this only reads the arguments, says
//! what happens on stderr, and prints the one-line summary a scheduled job's log keeps.

use std::process::ExitCode;

use anyhow::{Context, Result};
use waymark_core::catalogue::{Catalogue, CatalogueError};
use waymark_core::relay::build::{self, BuildPaths};

use crate::args::RelayCmd;

/// Runs a `relay` subcommand.
pub fn run(cmd: &RelayCmd) -> Result<ExitCode> {
    match cmd {
        RelayCmd::Keygen { out } => {
            let public = build::keygen(out)?;
            eprintln!(
                "Secret key written to {} (only you can read it). Keep a copy somewhere safe: \
                 phones trust only this key, and a lost key cannot be recovered.",
                out.display()
            );
            eprintln!("Public key (give it to the phones):");
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
                        eprintln!("{p}");
                    }
                    eprintln!(
                        "waymark: {} has {} problem(s), listed above; nothing was built",
                        catalogue.display(),
                        problems.len()
                    );
                    return Ok(ExitCode::from(1));
                }
                Err(e) => return Err(e.into()),
            };
            let key = build::load_key(key)?;
            let paths = BuildPaths::new(out.clone(), state.clone());
            let sources = build::sources_from_catalogue(&catalogue);
            let started = std::time::Instant::now();
            let summary = build::build(&sources, &key, &paths, &mut |step| {
                eprintln!("[{:5.1} s] {step}", started.elapsed().as_secs_f64());
            })
            .with_context(|| format!("the relay build into {} failed", out.display()))?;
            // The sources that failed this time (their last good meetings are published).
            if let Ok(json) = std::fs::read(paths.out.join("manifest.json")) {
                if let Ok(m) = waymark_core::relay::format::parse_manifest(&json) {
                    for s in m.sources.iter().filter(|s| s.error.is_some()) {
                        eprintln!(
                            "  {}: {} (last worked: {})",
                            s.id,
                            source_error_words(s.error),
                            s.last_success.as_deref().unwrap_or("never")
                        );
                    }
                }
            }
            let verb = if summary.published {
                "published"
            } else {
                "nothing changed; still"
            };
            println!(
                "{verb} version {}: {} tiles, {} meetings ({} changed), {} sources ({} failing)",
                summary.version,
                summary.tiles,
                summary.meetings,
                summary.changed_meetings,
                summary.sources,
                summary.failing
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn source_error_words(e: Option<waymark_core::relay::SourceError>) -> &'static str {
    use waymark_core::relay::SourceError::*;
    match e {
        Some(Offline) => "could not reach the server",
        Some(Timeout) => "the server did not answer in time",
        Some(HttpStatus) => "the server answered with an error",
        Some(InvalidData) => "the answer was not a usable feed",
        Some(Suspicious) => "the feed shrank drastically, so its previous meetings were kept",
        Some(InvalidInput) => "refused: its address or settings are not allowed",
        Some(Other) => "failed",
        None => "ok",
    }
}
