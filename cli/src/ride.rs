//! `ride`: car-pool offers and requests through the vault's outbox and the board's server.
//! Composing works offline; `sync` (also run after composing when a server is set) sends.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Local, NaiveDate};
use waymark_core::rides::client::RideClient;
use waymark_core::rides::outbox::{OfferDraft, RequestDraft};
use waymark_core::rides::protocol::Op;
use waymark_core::support::geo::GeoPoint;
use waymark_core::{Directory, Meeting};

use crate::args::RideCmd;
use crate::private::open_vault;
use crate::say::{self, ids, n, t};
use crate::usage_in;

pub(crate) fn point(s: &str, what: &str) -> Result<GeoPoint> {
    let (a, b) = s.split_once(',').ok_or_else(|| {
        usage_in(
            ids::USAGE_POINT,
            &[("flag", t(what)), ("value", t(&format!("{s:?}")))],
        )
    })?;
    let (latitude, longitude) = waymark_core::support::parse::parse_coordinates(Some(a), Some(b))
        .ok()
        .flatten()
        .ok_or_else(|| {
            usage_in(
                ids::USAGE_NOT_A_POINT,
                &[("flag", t(what)), ("value", t(&format!("{s:?}")))],
            )
        })?;
    Ok(GeoPoint {
        latitude,
        longitude,
    })
}

/// `HH:MM` as minutes after midnight, or a usage error naming the flag.
fn time_of_day(flag: &str, value: &str) -> Result<u16> {
    waymark_core::support::parse::parse_time_of_day(value)
        .and_then(|m| u16::try_from(m).ok())
        .filter(|m| *m < 1440)
        .ok_or_else(|| {
            usage_in(
                ids::USAGE_NOT_A_TIME,
                &[("value", t(&format!("{flag} {value:?}")))],
            )
        })
}

/// The meeting from the directory, and `--date` parsed.
fn meeting_on(dir: &Path, meeting_id: &str, date: &str) -> Result<(Meeting, NaiveDate)> {
    let m = Directory::open(dir.join("directory.sqlite"))?.meeting(meeting_id)?;
    let date = date.parse().map_err(|_| {
        usage_in(
            ids::USAGE_NOT_A_DATE,
            &[("flag", t("--date")), ("value", t(&format!("{date:?}")))],
        )
    })?;
    Ok((m, date))
}

fn server(arg: Option<&str>) -> Option<String> {
    arg.map(str::to_string)
        .or_else(|| std::env::var("WAYMARK_SERVER").ok())
        .filter(|s| !s.trim().is_empty())
}

/// `waymark ride …`; `list` and `matches` as the Rides screen words them in `locale`.
pub fn ride(
    dir: &Path,
    server_arg: Option<&str>,
    cmd: RideCmd,
    locale: waymark_core::l10n::Locale,
) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let now = Local::now().fixed_offset();
    let server = server(server_arg);
    let mut send = false;
    match cmd {
        RideCmd::Offer {
            meeting_id,
            date,
            seats,
            from,
            max_detour,
            leave_after,
            women_only,
            wheelchair_space,
        } => {
            let (m, date) = meeting_on(dir, &meeting_id, &date)?;
            let leave_after = leave_after
                .map(|t| time_of_day("--leave-after", &t))
                .transpose()?;
            let detour = humantime::parse_duration(&max_detour).map_err(|_| {
                usage_in(
                    ids::USAGE_NOT_A_DURATION,
                    &[
                        ("flag", t("--max-detour")),
                        ("value", t(&format!("{max_detour:?}"))),
                        ("example", t("15m")),
                    ],
                )
            })?;
            let draft = OfferDraft::to_meeting(
                &m,
                date,
                seats,
                point(&from, "--from")?,
                leave_after,
                (detour.as_secs() / 60) as u32,
                women_only,
                wheelchair_space,
            )?;
            let op = vault.compose_offer(draft, now)?;
            if let Op::Offer(o) = &op.op {
                println!(
                    "{}",
                    say::text(
                        ids::RIDE_OFFER_SAVED,
                        &[
                            ("id", t(&o.ride_id)),
                            ("seats", n(seats)),
                            ("meeting", t(&m.name))
                        ]
                    )
                );
            }
            send = true;
        }
        RideCmd::Request {
            meeting_id,
            date,
            from,
            arrive_by,
            wheelchair,
            woman,
        } => {
            let (m, date) = meeting_on(dir, &meeting_id, &date)?;
            let arrive_by = arrive_by
                .map(|t| time_of_day("--arrive-by", &t))
                .transpose()?;
            let draft = RequestDraft::to_meeting(
                &m,
                date,
                point(&from, "--from")?,
                arrive_by,
                wheelchair,
                woman,
            )?;
            let op = vault.compose_request(draft, now)?;
            if let Op::Request(r) = &op.op {
                println!(
                    "{}",
                    say::text(
                        ids::RIDE_REQUEST_SAVED,
                        &[("id", t(&r.ride_id)), ("meeting", t(&m.name))]
                    )
                );
            }
            send = true;
        }
        RideCmd::Accept { match_id, at } => {
            let pickup_point = at.map(|a| point(&a, "--at")).transpose()?;
            vault.compose(
                Op::Accept {
                    match_id,
                    pickup_point,
                },
                now,
            )?;
            println!("{}", say::own(ids::RIDE_ACCEPT_SAVED, &[]));
            send = true;
        }
        RideCmd::Cancel { ride_id } => {
            vault.compose(
                Op::Cancel {
                    ride_id: ride_id.clone(),
                },
                now,
            )?;
            println!(
                "{}",
                say::own(ids::RIDE_CANCEL_SAVED, &[("id", t(&ride_id))])
            );
            send = true;
        }
        RideCmd::MaxDistance { km } => {
            match km.as_deref().map(str::trim) {
                None => {}
                Some("default") => vault.set_ride_max_start_km(None)?,
                Some(v) => {
                    let km = v.parse::<u32>().map_err(|_| {
                        usage_in(ids::USAGE_NOT_KM, &[("value", t(&format!("{v:?}")))])
                    })?;
                    vault.set_ride_max_start_km(Some(km))?;
                }
            }
            println!(
                "{}",
                say::own(
                    ids::RIDE_MAX_DISTANCE,
                    &[("km", n(vault.ride_max_start_km()?))]
                )
            );
        }
        RideCmd::Sync => {
            let Some(url) = &server else {
                return Err(usage_in(ids::USAGE_NO_SERVER, &[]));
            };
            sync(&mut vault, url, now)?;
        }
        RideCmd::List { json } => {
            if json {
                let outbox = vault.outbox()?;
                let (rides, _) = vault.ride_view()?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(
                        &serde_json::json!({"outbox": outbox, "rides": rides})
                    )?
                );
            } else {
                let state = screen(dir, &vault, server.is_some(), locale)?;
                crate::show::rides(&state, false);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
        RideCmd::Matches { json } => {
            if json {
                let (_, matches) = vault.ride_view()?;
                println!("{}", serde_json::to_string_pretty(&matches)?);
            } else {
                let state = screen(dir, &vault, server.is_some(), locale)?;
                crate::show::rides(&state, true);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    if send {
        match &server {
            Some(url) => {
                if let Err(e) = sync(&mut vault, url, now) {
                    eprintln!(
                        "{}",
                        say::own(ids::RIDE_NOT_SENT, &[("error", t(&e.to_string()))])
                    );
                }
            }
            None => eprintln!("{}", say::own(ids::RIDE_SAVED_OFFLINE, &[])),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The Rides screen from what this device holds: meeting names from the offline directory
/// when there is one; no sync is tried, so nothing says the last one failed.
fn screen(
    dir: &Path,
    vault: &waymark_core::Vault,
    server_set: bool,
    locale: waymark_core::l10n::Locale,
) -> Result<waymark_core::screens::RidesState> {
    let path = dir.join("directory.sqlite");
    let directory = if path.exists() {
        Some(Directory::open(&path)?)
    } else {
        None
    };
    Ok(waymark_core::screens::rides_state(
        vault,
        directory.as_ref(),
        waymark_core::screens::RidesContext {
            server_set,
            last_sync: None,
        },
        &crate::screen_options(locale)?,
    ))
}

fn sync(
    vault: &mut waymark_core::Vault,
    url: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<()> {
    let client = RideClient::new(url)?;
    let resp = vault.sync_rides(&client, url, now)?;
    let rejected: Vec<String> = resp
        .results
        .iter()
        .filter_map(|r| match &r.outcome {
            waymark_core::rides::protocol::OpOutcome::Rejected { message, .. } => {
                Some(message.clone())
            }
            _ => None,
        })
        .collect();
    println!(
        "{}",
        say::own(
            ids::RIDE_SYNCED,
            &[
                ("sent", n(resp.results.len())),
                ("matches", n(resp.matches.len()))
            ]
        )
    );
    for m in rejected {
        println!("{}", say::text(ids::RIDE_NOT_DONE, &[("reason", t(&m))]));
    }
    Ok(())
}
