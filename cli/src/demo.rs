//! `waymark demo`: the README's main job. Generates a synthetic directory (no network, no real
//! feed with anyone's contact details), loads it, and answers the questions members ask.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use waymark_core::{AttendanceFilter, GeoPoint, MeetingQuery, NewSource};

use crate::args::DemoArgs;
use crate::say::{self, ids, n, t};
use crate::show;

pub fn run(data_dir: Option<PathBuf>, args: &DemoArgs) -> Result<ExitCode> {
    let dir = data_dir.unwrap_or_else(|| std::env::temp_dir().join("waymark-demo"));
    waymark_core::support::files::create_private_dir(&dir).with_context(|| {
        crate::say::own(
            crate::say::ids::CANNOT_CREATE,
            &[("path", crate::say::t(&dir.display().to_string()))],
        )
    })?;
    let feed = dir.join("synthetic-feed.json");
    println!(
        "{}\n",
        say::own(
            ids::DEMO_INTRO,
            &[
                ("count", n(args.meetings)),
                ("cities", n(waymark_core::directory::synth::CITIES.len())),
                ("path", t(&dir.display().to_string())),
            ]
        )
    );
    let file = waymark_core::support::files::create_private(&feed)?;
    waymark_core::directory::synth::write_feed(std::io::BufWriter::new(file), args.meetings, 1)?;

    let directory = crate::open_directory(&dir)?;
    if directory.sources()?.iter().any(|s| s.id == "demo") {
        directory.remove_source("demo")?;
    }
    directory.add_source(NewSource {
        location: feed.to_string_lossy().into_owned(),
        name: Some("demo".into()),
        program: Some("aa".into()),
        ..NewSource::default()
    })?;
    let started = Instant::now();
    let results = directory.sync_all()?;
    println!("$ waymark sync");
    show::sync(&results);
    let seconds = say::words().decimal(started.elapsed().as_secs_f64(), 2);
    println!(
        "{}\n",
        say::own(ids::DEMO_LOADED, &[("seconds", t(&seconds))])
    );

    let philly = GeoPoint {
        latitude: 39.9526,
        longitude: -75.1652,
    };
    let searches = [
        (
            ids::DEMO_SEARCH_NOW,
            "meetings --in-progress --upcoming 3h --near 39.9526,-75.1652 --tz America/New_York",
            MeetingQuery {
                in_progress: true,
                upcoming_minutes: Some(180),
                near: Some(philly),
                viewer_timezone: Some("America/New_York".into()),
                limit: Some(10),
                ..MeetingQuery::default()
            },
        ),
        (
            ids::DEMO_SEARCH_ONLINE,
            "meetings --day tue --online --language es --tz Europe/London --sort soonest",
            MeetingQuery {
                weekdays: vec![2],
                attendance: Some(AttendanceFilter::Online),
                language: Some("es".into()),
                viewer_timezone: Some("Europe/London".into()),
                limit: Some(8),
                ..MeetingQuery::default()
            },
        ),
        (
            ids::DEMO_SEARCH_WOMEN,
            "meetings --type W --type X --near 52.4153,-4.0829 --radius-km 40 --tz Europe/London",
            MeetingQuery {
                types: vec!["W".into(), "X".into()],
                near: Some(GeoPoint {
                    latitude: 52.4153,
                    longitude: -4.0829,
                }),
                radius_km: Some(40.0),
                viewer_timezone: Some("Europe/London".into()),
                limit: Some(8),
                ..MeetingQuery::default()
            },
        ),
        (
            ids::DEMO_SEARCH_TEXT,
            "meetings --text \"cafe sobriete\" --tz Europe/Paris",
            MeetingQuery {
                text: Some("cafe sobriete".into()),
                viewer_timezone: Some("Europe/Paris".into()),
                limit: Some(5),
                ..MeetingQuery::default()
            },
        ),
    ];
    let mut first_id = None;
    for (title, cmd, q) in searches {
        println!("{}\n$ waymark {cmd}", say::own(title, &[]));
        let started = Instant::now();
        let page = directory.search_page(&q)?;
        let took = started.elapsed();
        show::meetings(&page, q.near.is_some(), q.limit.unwrap_or(50));
        let found = page.results;
        println!(
            "{}\n",
            say::own(
                ids::DEMO_FOUND,
                &[
                    ("count", n(found.len())),
                    ("ms", t(&say::words().decimal(took.as_secs_f64() * 1e3, 1))),
                ]
            )
        );
        if first_id.is_none() {
            first_id = found.first().map(|r| r.id.clone());
        }
    }
    if let Some(id) = first_id {
        println!("$ waymark meeting show {id}");
        let m = directory.meeting(&id)?;
        let screen = waymark_core::screens::MeetingScreen::new(
            directory.clone(),
            id.clone(),
            waymark_core::screens::MeetingsOptions {
                viewer_timezone: Some("America/New_York".into()),
                locale: Some(say::words().locale().tag().to_string()),
                ..Default::default()
            },
        );
        show::meeting(&m, &screen.state());
    }
    println!(
        "\n{}",
        say::own(ids::DEMO_TRY, &[("path", t(&dir.display().to_string()))])
    );
    Ok(ExitCode::SUCCESS)
}
