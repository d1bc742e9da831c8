//! Broad "soonest first" searches stop early: candidates are evaluated in order of approximate
//! start and the search stops once nothing left could start sooner. The answer must be exactly
//! the one a search that evaluates every meeting gives — across clock changes, half-hour and
//! 45-minute zones, meetings past midnight, unknown zones, appointments, and the same meetings
//! listed by two sources (folded together, which is what makes the search look further).

use chrono::{DateTime, Duration, Utc};
use waymark_core::{Directory, MeetingQuery, MeetingResult, NewSource};

fn directory() -> (tempfile::TempDir, Directory) {
    let tmp = tempfile::tempdir().unwrap();
    let feed = tmp.path().join("feed.json");
    waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), 3_000, 11)
        .unwrap();
    let d = Directory::open(tmp.path().join("d.sqlite")).unwrap();
    // The same feed from two intergroups: every meeting is listed twice.
    for name in ["North", "South"] {
        let s = d
            .add_source(NewSource {
                location: feed.display().to_string(),
                format: None,
                program: Some("aa".into()),
                timezone: None,
                name: Some(name.into()),
                bmlt_formats: None,
                bmlt_scope: None,
            })
            .unwrap();
        d.sync_source(&s.id).unwrap();
    }
    (tmp, d)
}

fn key(r: &MeetingResult) -> (String, Option<String>, bool) {
    (r.id.clone(), r.next_start_utc.clone(), r.in_progress)
}

#[test]
fn stopping_early_gives_exactly_what_evaluating_everything_gives() {
    let (_tmp, d) = directory();
    let instants: Vec<DateTime<Utc>> = [
        "2026-03-08T09:30:00Z", // US clocks go forward
        "2026-03-29T00:45:00Z", // EU clocks go forward
        "2026-04-05T15:50:00Z", // Sydney and Lord Howe go back
        "2026-06-21T23:59:00Z",
        "2026-09-27T13:00:00Z", // New Zealand and Chatham go forward
        "2026-10-25T00:30:00Z", // EU clocks go back
        "2026-11-01T06:15:00Z", // US clocks go back
        "2026-11-28T23:10:00Z", // Saturday night into Sunday
        "2026-12-31T22:00:00Z",
    ]
    .iter()
    .map(|s| s.parse().unwrap())
    .chain((0..12).map(|i| {
        "2026-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::minutes(i * 43_201 + 7)
    }))
    .collect();
    let mut compared = 0;
    let mut folded_total = 0;
    for at in instants {
        let base = MeetingQuery {
            at: Some(at),
            viewer_timezone: Some("America/Chicago".into()),
            ..MeetingQuery::default()
        };
        let queries = [
            MeetingQuery { ..base.clone() },
            MeetingQuery {
                upcoming_minutes: Some(7 * 24 * 60),
                ..base.clone()
            },
            MeetingQuery {
                upcoming_minutes: Some(24 * 60),
                ..base.clone()
            },
            MeetingQuery {
                upcoming_minutes: Some(120),
                in_progress: true,
                ..base.clone()
            },
            MeetingQuery {
                in_progress: true,
                ..base.clone()
            },
            MeetingQuery {
                weekdays: vec![0, 6],
                ..base.clone()
            },
            MeetingQuery {
                text: Some("group".into()),
                limit: Some(20),
                ..base.clone()
            },
            MeetingQuery {
                limit: Some(5),
                ..base.clone()
            },
        ];
        for q in queries {
            let got: Vec<_> = d.search(&q).unwrap().iter().map(key).collect();
            let all = d
                .search(&MeetingQuery {
                    limit: Some(1_000_000),
                    ..q.clone()
                })
                .unwrap();
            let limit = q.limit.unwrap_or(50) as usize;
            let want: Vec<_> = all.iter().take(limit).map(key).collect();
            assert_eq!(got, want, "at {at} for {q:?}");
            // The second listing of each meeting is folded into the first, not shown again.
            let folded = d.search(&q).unwrap();
            folded_total += folded
                .iter()
                .filter(|r| !r.also_listed_as.is_empty())
                .count();
            compared += got.len();
        }
    }
    assert!(compared > 3_000, "too few results compared: {compared}");
    assert!(
        folded_total * 10 > compared * 9,
        "{folded_total} of {compared} folded"
    );
}

/// Typing into a "next 7 days" or "near me" search narrows it to exactly the meetings of that
/// search whose name, place or notes match what was typed, from the first letter on (the text
/// is checked once for every candidate, not as a per-candidate lookup).
#[test]
fn typing_narrows_a_timed_or_nearby_search_to_exactly_its_matches() {
    let (_tmp, d) = directory();
    let at: DateTime<Utc> = "2026-11-24T17:00:00Z".parse().unwrap();
    let base = MeetingQuery {
        at: Some(at),
        viewer_timezone: Some("Europe/London".into()),
        limit: Some(1_000_000),
        ..MeetingQuery::default()
    };
    let shapes = [
        MeetingQuery {
            upcoming_minutes: Some(7 * 24 * 60),
            ..base.clone()
        },
        MeetingQuery {
            in_progress: true,
            upcoming_minutes: Some(24 * 60),
            ..base.clone()
        },
        MeetingQuery {
            near: Some(waymark_core::GeoPoint {
                latitude: 41.8781,
                longitude: -87.6298,
            }),
            radius_km: Some(200.0),
            ..base.clone()
        },
    ];
    let mut checked = 0;
    for shape in shapes {
        for typed in ["s", "se", "serenity", "grupo", "main st", "zzzz"] {
            let ids = |q: &MeetingQuery| -> std::collections::BTreeSet<String> {
                d.search(q).unwrap().into_iter().map(|r| r.id).collect()
            };
            let narrowed = ids(&MeetingQuery {
                text: Some(typed.into()),
                ..shape.clone()
            });
            // The same words anywhere, any time (a one-step search), closed ones included as
            // a text search includes them; intersected with the timed or nearby search.
            let matching = ids(&MeetingQuery {
                text: Some(typed.into()),
                ..base.clone()
            });
            let within = ids(&MeetingQuery {
                include_closed: true,
                ..shape.clone()
            });
            let want: std::collections::BTreeSet<String> =
                matching.intersection(&within).cloned().collect();
            assert_eq!(narrowed, want, "{typed:?} in {shape:?}");
            checked += usize::from(!want.is_empty());
        }
    }
    assert!(checked >= 12, "only {checked} non-empty comparisons");
}

/// "Running now or in the next seven days", with no place, reads meetings from the weekly-start
/// index a window at a time; every weekly meeting has an occurrence in that week, so it must
/// find exactly the meetings an untimed search over the whole directory finds with a start —
/// those held on several weekdays and those of unknown zone included — in every viewer's zone
/// and at instants around clock changes and the week's wrap.
#[test]
fn the_week_ahead_holds_every_weekly_meeting() {
    let (_tmp, d) = directory();
    let listings = |results: Vec<MeetingResult>| -> std::collections::BTreeSet<String> {
        results
            .into_iter()
            .flat_map(|r| std::iter::once(r.id).chain(r.also_listed_as))
            .collect()
    };
    let mut checked = 0;
    for (at, zone) in [
        ("2026-11-28T23:10:00Z", "Europe/London"),
        ("2026-11-29T00:05:00Z", "Pacific/Auckland"),
        ("2026-03-29T00:45:00Z", "Europe/Berlin"),
        ("2026-11-01T06:15:00Z", "America/Los_Angeles"),
        ("2026-06-17T12:00:00Z", "Asia/Kolkata"),
    ] {
        let at: DateTime<Utc> = at.parse().unwrap();
        let base = MeetingQuery {
            at: Some(at),
            viewer_timezone: Some(zone.into()),
            limit: Some(1_000_000),
            ..MeetingQuery::default()
        };
        let weekly = listings(
            d.search(&base)
                .unwrap()
                .into_iter()
                .filter(|r| r.next_start_utc.is_some() || r.in_progress)
                .collect(),
        );
        let week = listings(
            d.search(&MeetingQuery {
                in_progress: true,
                upcoming_minutes: Some(7 * 24 * 60),
                ..base.clone()
            })
            .unwrap(),
        );
        assert_eq!(
            week.symmetric_difference(&weekly).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "at {at} in {zone}"
        );
        checked += week.len();
    }
    assert!(checked > 5 * 5_000, "only {checked} listings checked");
}
