//! `waymark demo`: the README's main job. Generates a synthetic directory (no network, no real
//! feed with anyone's contact details), loads it, and answers the questions members ask.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use waymark_core::{AttendanceFilter, GeoPoint, MeetingQuery, NewSource};

use crate::args::DemoArgs;
use crate::show;

pub fn run(data_dir: Option<PathBuf>, args: &DemoArgs) -> Result<ExitCode> {
    let dir = data_dir.unwrap_or_else(|| std::env::temp_dir().join("waymark-demo"));
    waymark_core::support::files::create_private_dir(&dir)
        .with_context(|| format!("cannot create {}", dir.display()))?;
    let feed = dir.join("synthetic-feed.json");
    println!(
        "Waymark demo: {} synthetic meetings in {} cities, kept in {}\n",
        args.meetings,
        waymark_core::directory::synth::CITIES.len(),
        dir.display()
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
    let t = Instant::now();
    let results = directory.sync_all()?;
    println!("$ waymark sync");
    show::sync(&results);
    println!("(loaded in {:.2} s)\n", t.elapsed().as_secs_f64());

    let philly = GeoPoint {
        latitude: 39.9526,
        longitude: -75.1652,
    };
    let searches = [
        (
            "On now or starting in the next 3 hours, within 25 km of central Philadelphia",
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
            "Spanish-speaking meetings you can join online on Tuesday, seen from London",
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
            "Women's meetings with wheelchair access within 40 km of Aberystwyth",
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
            "Free text, accents ignored: \"cafe serenite\" finds \"Café\" and \"Sobriété\"",
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
        println!("{title}\n$ waymark {cmd}");
        let t = Instant::now();
        let page = directory.search_page(&q)?;
        let took = t.elapsed();
        show::meetings(&page, q.near.is_some(), q.limit.unwrap_or(50));
        let found = page.results;
        println!(
            "({} found in {:.1} ms)\n",
            found.len(),
            took.as_secs_f64() * 1e3
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
                ..Default::default()
            },
        );
        show::meeting(&m, &screen.state());
    }
    println!(
        "\nTry your own: waymark --data-dir {} meetings --help",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
