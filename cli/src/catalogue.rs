//! `waymark catalogue check FILE`: the review gate for the catalogue of public sources.
//!
//! CI runs it on `catalogue/sources.toml` (through the CLI tests), so a change to the list
//! that breaks a rule (a duplicate, plain http, a person's email address…) never lands. It
//! prints every problem at once, so one round of fixes is enough.

use std::process::ExitCode;

use anyhow::Result;
use waymark_core::catalogue::{Catalogue, CatalogueError};

use crate::args::CatalogueCmd;
use crate::say::{self, ids, n, t};

/// Runs a `catalogue` subcommand.
pub fn run(cmd: &CatalogueCmd) -> Result<ExitCode> {
    match cmd {
        CatalogueCmd::Check { file } => check(file),
    }
}

fn check(file: &std::path::Path) -> Result<ExitCode> {
    match Catalogue::load(file) {
        Ok(c) => {
            let list = |counts: Vec<(String, usize)>| {
                counts
                    .into_iter()
                    .map(|(k, n)| format!("{k} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let programs = list(c.count_by_program().into_iter().collect());
            let formats = list(
                c.count_by_format()
                    .into_iter()
                    .map(|(k, n)| (k.to_string(), n))
                    .collect(),
            );
            println!(
                "{}",
                say::own(
                    ids::CATALOGUE_OK,
                    &[
                        ("count", n(c.sources.len())),
                        ("programs", t(&programs)),
                        ("formats", t(&formats)),
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(CatalogueError::Invalid { problems }) => {
            for p in &problems {
                println!("{}", p.own_in(say::words()));
            }
            eprintln!(
                "waymark: {}",
                say::own(
                    ids::CATALOGUE_PROBLEMS,
                    &[
                        ("path", t(&file.display().to_string())),
                        ("count", n(problems.len())),
                    ]
                )
            );
            Ok(ExitCode::from(1))
        }
        Err(CatalogueError::Unreadable { path, message }) => Err(cannot_read(&path, &message)),
    }
}

/// "could not read PATH: why", in the CLI's language (the system's reason as it gave it).
pub fn cannot_read(path: &str, why: &str) -> anyhow::Error {
    anyhow::anyhow!(say::own(
        ids::CANNOT_READ,
        &[("path", t(path)), ("detail", t(why))]
    ))
}
