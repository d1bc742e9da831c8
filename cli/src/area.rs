//! `waymark area`: areas from a relay (see `waymark_core::relay::phone`).

use std::process::ExitCode;

use anyhow::Result;
use waymark_core::Directory;

use crate::args::AreaCmd;
use crate::say::{self, ids, n, t};

pub(crate) fn area(directory: &Directory, cmd: AreaCmd) -> Result<ExitCode> {
    match cmd {
        AreaCmd::Add {
            relay,
            relay_key,
            near,
            radius_km,
            label,
        } => {
            let near = crate::ride::point(&near, "--near")?;
            let a = directory.add_area(&relay, &relay_key, near, radius_km, label.as_deref())?;
            // Its name in the person's language when none was given ("Ardal 2").
            let shown = directory
                .areas_in(say::words())?
                .into_iter()
                .find(|s| s.id == a.id)
                .map_or(a.label.clone(), |s| s.label);
            println!(
                "{}",
                say::text(
                    ids::AREA_ADDED,
                    &[
                        ("id", t(&a.id.to_string())),
                        ("label", t(&shown)),
                        ("tiles", n(a.tiles.len())),
                        ("relay", t(&a.relay)),
                    ]
                )
            );
        }
        AreaCmd::List { json } => {
            // `--json` keeps en-GB ("Area 2" for an area given no name).
            let areas = if json {
                directory.areas()?
            } else {
                directory.areas_in(say::words())?
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&areas)?);
            } else if areas.is_empty() {
                println!("{}", say::own(ids::AREAS_EMPTY, &[]));
            } else {
                for a in &areas {
                    println!(
                        "{}",
                        say::text(
                            ids::AREA_ROW,
                            &[
                                ("id", t(&a.id.to_string())),
                                ("label", t(&a.label)),
                                ("tiles", n(a.tiles.len())),
                                ("relay", t(&a.relay)),
                            ]
                        )
                    );
                }
            }
        }
        AreaCmd::Remove { id } => {
            directory.remove_area(id)?;
            println!(
                "{}",
                say::own(ids::AREA_REMOVED, &[("id", t(&id.to_string()))])
            );
        }
        AreaCmd::Sources { json } => {
            // `--json` keeps en-GB; a person reads their own language.
            let now = chrono::Utc::now();
            let sources = if json {
                directory.relay_sources(now)?
            } else {
                directory.relay_sources_plain(now, say::words())?
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&sources)?);
            } else if sources.is_empty() {
                println!("{}", say::own(ids::AREA_SOURCES_EMPTY, &[]));
            } else {
                for s in &sources {
                    println!("{}  {}", s.program, s.freshness);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
