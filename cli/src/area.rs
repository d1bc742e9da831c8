//! `waymark area`: areas from a relay (see `waymark_core::relay::phone`).

use std::process::ExitCode;

use anyhow::Result;
use waymark_core::Directory;

use crate::args::AreaCmd;

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
            println!(
                "Added area {} ({}): {} tiles of {}, and online meetings. \
                 `waymark sync` brings their meetings.",
                a.id,
                a.label,
                a.tiles.len(),
                a.relay
            );
        }
        AreaCmd::List { json } => {
            let areas = directory.areas()?;
            if json {
                println!("{}", serde_json::to_string_pretty(&areas)?);
            } else if areas.is_empty() {
                println!(
                    "No areas yet. `waymark area add --relay URL --relay-key KEY --near LAT,LON` \
                     adds one."
                );
            } else {
                for a in &areas {
                    println!(
                        "{}  {}  {} tiles  {}",
                        a.id,
                        a.label,
                        a.tiles.len(),
                        a.relay
                    );
                }
            }
        }
        AreaCmd::Remove { id } => {
            directory.remove_area(id)?;
            println!("Removed area {id}.");
        }
        AreaCmd::Sources { json } => {
            let sources = directory.relay_sources(chrono::Utc::now())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&sources)?);
            } else if sources.is_empty() {
                println!("Nothing from a relay yet: add an area, then `waymark sync`.");
            } else {
                for s in &sources {
                    println!("{}  {}", s.program, s.freshness);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
