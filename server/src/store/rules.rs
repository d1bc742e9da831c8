//! The board's rules, written once over [`Tx`] for both databases.
//!
//! Every sync is one transaction: operations are applied in order, each at most once per
//! device (a retried `op_id` gets the stored answer), proposals are refreshed for the meetings
//! touched, and the device's view is read — all or nothing. Seat claims are a conditional
//! update (`seats_left > 0`) by the one writer of the moment, so a seat is never given twice
//! however many riders accept at once, on however many server processes.
//!
//! Matches: each open request is proposed the (up to) three offers that fit it best, so a
//! rider has alternatives. A rider's acceptance holds a seat at once (first come, first
//! served); the driver's acceptance confirms. Only then do the two see each other's handle and
//! chosen pickup point. Either can cancel; a held or confirmed seat is given back when the
//! rider's side goes, and when a driver cancels only the riders seated in that car are open
//! again.
//!
//! Seats: a device has at most one ride (offer or request) per meeting occurrence, so a rider
//! holds at most one seat there; an offer's held and confirmed seats plus its `seats_left`
//! are always the seats offered (`server/tests/seats.rs` checks both on random sequences).
//!
//! Bounded work: a device may have [`MAX_OPEN_RIDES_PER_DEVICE`] rides open and an occurrence
//! [`MAX_OPEN_RIDES_PER_OCCURRENCE`]; beyond that an offer or request is refused
//! (`too_many_rides`, `meeting_full`). Re-matching is incremental: the rides of an occurrence
//! that changed since proposals were last made are checked against the other side only, so
//! a sync costs what changed, never every request × offer pair.
//!
//! Data kept: pickup points are cleared as soon as their match is cancelled, a cancelled
//! ride's body (its coarse cells and times) is cleared at once, and everything of a ride goes
//! four hours after its meeting starts (see docs/rides.md).

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use waymark_rides::matching::{fit_pair, Destination, OfferInput, RequestInput};
use waymark_rides::protocol::{
    start_refusal, MatchState, MatchView, Op, OpOutcome, OpResult, RideOffer, RideRequest,
    RideView, Role, SyncRequest, SyncResponse,
};
use waymark_rides::GeoPoint;
use waymark_rides::StraightLineEstimator;

use super::{Result, Row, Tx, Val};

mod proposals;
use proposals::propose;

/// How long after a meeting starts its rides are purged.
const PURGE_AFTER_HOURS: i64 = 4;
/// Proposals per rider: the matcher's choice and alternatives.
const PROPOSALS_PER_RIDER: usize = 3;
/// A changed offer is proposed to at most this many riders per free seat (those it suits
/// best), so one offer in a full meeting costs a few writes, not one per rider there.
const PROPOSALS_PER_SEAT: usize = 4;
/// Most rides (offers and requests, not cancelled, meeting not yet started) one device may
/// have at once, over all meetings; one more is refused with `too_many_rides`. A person
/// offers or asks for a few rides a week; this bounds what one device can make the board do.
pub const MAX_OPEN_RIDES_PER_DEVICE: i64 = 20;
/// Most rides (offers and requests, not cancelled) one meeting occurrence may hold; one more
/// is refused with `meeting_full`. Re-matching a change costs up to this many pair checks,
/// which keeps a busy meeting's syncs quick (BENCHMARKS.md, "A full meeting").
pub const MAX_OPEN_RIDES_PER_OCCURRENCE: i64 = 200;

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn rejected(code: &str, message: &str) -> OpOutcome {
    OpOutcome::Rejected {
        code: code.into(),
        message: message.into(),
    }
}

/// Stores a new device with the hash of its secret.
pub fn register_device(
    tx: &mut dyn Tx,
    id: &str,
    secret_hash: &[u8],
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO devices (id, secret_hash, created_at) VALUES (?1, ?2, ?3)",
        &[id.into(), secret_hash.into(), ts(now).into()],
    )?;
    Ok(())
}

/// The stored secret hash of a device.
pub fn secret_hash(tx: &mut dyn Tx, id: &str) -> Result<Option<Vec<u8>>> {
    tx.query_one(
        "SELECT secret_hash FROM devices WHERE id = ?1",
        &[id.into()],
    )?
    .map(|r| r.bytes(0))
    .transpose()
}

/// Removes rides whose meeting started more than four hours ago, their matches (with any
/// pickup points), the record of which occurrences had proposals, and operation answers older
/// than two days. Returns how many rides went.
pub fn purge(tx: &mut dyn Tx, now: DateTime<Utc>) -> Result<usize> {
    tx.lock_for_write()?;
    let n = tx.execute(
        "DELETE FROM rides WHERE purge_after < ?1",
        &[ts(now).into()],
    )?;
    tx.execute(
        "DELETE FROM matches WHERE offer_id NOT IN (SELECT ride_id FROM rides)
            OR request_id NOT IN (SELECT ride_id FROM rides)",
        &[],
    )?;
    // Which meetings had rides is not kept either.
    tx.execute(
        "DELETE FROM proposed WHERE NOT EXISTS (SELECT 1 FROM rides r
           WHERE r.meeting_id = proposed.meeting_id AND r.date = proposed.date)",
        &[],
    )?;
    tx.execute(
        "DELETE FROM ops WHERE created_at < ?1",
        &[ts(now - Duration::days(2)).into()],
    )?;
    Ok(n as usize)
}

/// One sync (see the module docs).
pub fn sync(
    tx: &mut dyn Tx,
    device: &str,
    req: &SyncRequest,
    now: DateTime<Utc>,
) -> Result<SyncResponse> {
    let mut results = Vec::with_capacity(req.ops.len());
    let mut touched: BTreeSet<(String, String)> = BTreeSet::new();
    if !req.ops.is_empty() {
        tx.lock_for_write()?;
    }
    for op in &req.ops {
        let stored = tx.query_one(
            "SELECT result FROM ops WHERE device_id = ?1 AND op_id = ?2",
            &[device.into(), (&op.op_id).into()],
        )?;
        let stored = stored.map(|r| r.text(0)).transpose()?;
        let outcome = match stored.and_then(|s| serde_json::from_str(&s).ok()) {
            Some(o) => o,
            None => {
                let o = apply(tx, device, &op.op, now, &mut touched)?;
                tx.execute(
                    "INSERT INTO ops (device_id, op_id, result, created_at) VALUES (?1, ?2, ?3, ?4)",
                    &[
                        device.into(),
                        (&op.op_id).into(),
                        serde_json::to_string(&o).unwrap_or_default().into(),
                        ts(now).into(),
                    ],
                )?;
                o
            }
        };
        results.push(OpResult {
            op_id: op.op_id.clone(),
            outcome,
        });
    }
    for f in &req.follow {
        touched.insert((f.meeting_id.clone(), f.date.to_string()));
    }
    for (m, d) in &touched {
        propose(tx, m, d)?;
    }
    // The cursor first, then rows at or below it: a change committed in between waits for
    // the next sync instead of being skipped.
    let cursor = tx
        .query_one("SELECT seq FROM counter", &[])?
        .map(|r| r.int(0))
        .transpose()?
        .unwrap_or(0);
    let since = req.since.unwrap_or(-1);
    let rides = own_rides(tx, device, since, cursor)?;
    let matches = own_matches(tx, device, since, cursor)?;
    Ok(SyncResponse {
        results,
        rides,
        matches,
        cursor,
    })
}

fn next_seq(tx: &mut dyn Tx) -> Result<i64> {
    tx.lock_for_write()?;
    let row = tx.query_one("UPDATE counter SET seq = seq + 1 RETURNING seq", &[])?;
    row.ok_or(super::StoreError::Type(0))?.int(0)
}

fn apply(
    tx: &mut dyn Tx,
    device: &str,
    op: &Op,
    now: DateTime<Utc>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    match op {
        Op::Offer(o) => insert_ride(
            tx,
            NewRide {
                device,
                ride_id: &o.ride_id,
                role: Role::Driver,
                meeting_id: &o.meeting_id,
                date: o.date,
                start: o.meeting_start,
                seats: o.seats,
                body: serde_json::to_string(o).unwrap_or_default(),
            },
            now,
            touched,
        ),
        Op::Request(r) => insert_ride(
            tx,
            NewRide {
                device,
                ride_id: &r.ride_id,
                role: Role::Rider,
                meeting_id: &r.meeting_id,
                date: r.date,
                start: r.meeting_start,
                seats: 1,
                body: serde_json::to_string(r).unwrap_or_default(),
            },
            now,
            touched,
        ),
        Op::Cancel { ride_id } => cancel(tx, device, ride_id, touched),
        Op::Accept {
            match_id,
            pickup_point,
        } => accept(tx, device, match_id, *pickup_point, touched),
    }
}

/// An offer or a request about to be stored.
struct NewRide<'a> {
    device: &'a str,
    ride_id: &'a str,
    role: Role,
    meeting_id: &'a str,
    date: NaiveDate,
    start: DateTime<Utc>,
    seats: u8,
    body: String,
}

fn insert_ride(
    tx: &mut dyn Tx,
    ride: NewRide<'_>,
    now: DateTime<Utc>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    if let Some(refusal) = start_refusal(ride.start, now) {
        return Ok(rejected(refusal.code().as_str(), &refusal.to_string()));
    }
    let exists = tx.query_one(
        "SELECT device_id FROM rides WHERE ride_id = ?1",
        &[ride.ride_id.into()],
    )?;
    if exists.is_some() {
        return Ok(rejected("conflict", "That ride already exists."));
    }
    let occurrence = [Val::from(ride.meeting_id), Val::from(ride.date.to_string())];
    let mine = tx.query_one(
        "SELECT 1 FROM rides WHERE device_id = ?1 AND meeting_id = ?2 AND date = ?3
           AND state != 'cancelled'",
        &[
            ride.device.into(),
            occurrence[0].clone(),
            occurrence[1].clone(),
        ],
    )?;
    if mine.is_some() {
        return Ok(rejected(
            "already_have_ride",
            "You already have a ride for this meeting. Cancel it first to make a new one.",
        ));
    }
    // Rides whose meeting has not started: purge_after is the start plus PURGE_AFTER_HOURS.
    let open_here = count(tx.query_one(
        "SELECT count(*) FROM rides WHERE device_id = ?1 AND state != 'cancelled'
               AND purge_after > ?2",
        &[
            ride.device.into(),
            ts(now + Duration::hours(PURGE_AFTER_HOURS)).into(),
        ],
    )?)?;
    if open_here >= MAX_OPEN_RIDES_PER_DEVICE {
        return Ok(rejected(
            "too_many_rides",
            &format!(
                "You have {MAX_OPEN_RIDES_PER_DEVICE} rides open, which is as many as one phone \
                 can have. Cancel one you no longer need to make another."
            ),
        ));
    }
    let in_occurrence = count(tx.query_one(
        "SELECT count(*) FROM rides WHERE meeting_id = ?1 AND date = ?2 AND state != 'cancelled'",
        &occurrence,
    )?)?;
    if in_occurrence >= MAX_OPEN_RIDES_PER_OCCURRENCE {
        return Ok(rejected(
            "meeting_full",
            "This meeting already has as many rides as the board can hold. \
             Please try again later, when some have been cancelled.",
        ));
    }
    let seq = next_seq(tx)?;
    let role = if ride.role == Role::Driver {
        "driver"
    } else {
        "rider"
    };
    tx.execute(
        "INSERT INTO rides (ride_id, device_id, role, meeting_id, date, body, state, seats_left,
                            handle, purge_after, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8, ?9, ?10)",
        &[
            ride.ride_id.into(),
            ride.device.into(),
            role.into(),
            ride.meeting_id.into(),
            ride.date.to_string().into(),
            ride.body.into(),
            i64::from(ride.seats).into(),
            format!("ride-{}", &crate::random_hex(3)).into(),
            ts(ride.start + Duration::hours(PURGE_AFTER_HOURS)).into(),
            seq.into(),
        ],
    )?;
    touched.insert((ride.meeting_id.to_string(), ride.date.to_string()));
    Ok(OpOutcome::Applied)
}

/// The integer of a `count(*)` row.
fn count(row: Option<Row>) -> Result<i64> {
    row.map_or(Ok(0), |r| r.int(0))
}

/// A ride's owner device, role, state, meeting id and date.
struct RideFacts {
    owner: String,
    role: String,
    state: String,
    meeting: String,
    date: String,
}

fn ride_facts(tx: &mut dyn Tx, ride_id: &str) -> Result<Option<RideFacts>> {
    let row = tx.query_one(
        "SELECT device_id, role, state, meeting_id, date FROM rides WHERE ride_id = ?1",
        &[ride_id.into()],
    )?;
    row.map(|r| {
        Ok(RideFacts {
            owner: r.text(0)?,
            role: r.text(1)?,
            state: r.text(2)?,
            meeting: r.text(3)?,
            date: r.text(4)?,
        })
    })
    .transpose()
}

fn cancel(
    tx: &mut dyn Tx,
    device: &str,
    ride_id: &str,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    let Some(ride) = ride_facts(tx, ride_id)? else {
        return Ok(rejected("not_found", "There is no such ride."));
    };
    if ride.owner != device {
        return Ok(rejected(
            "not_owner",
            "Only the person who made this ride can cancel it.",
        ));
    }
    if ride.state == "cancelled" {
        return Ok(OpOutcome::Applied);
    }
    let seq = next_seq(tx)?;
    let both = [Val::from(ride_id), seq.into()];
    // Its coarse cells and times are not needed any more.
    tx.execute(
        "UPDATE rides SET state = 'cancelled', body = '{}', seq = ?2 WHERE ride_id = ?1",
        &both,
    )?;
    if ride.role == "rider" {
        // A held or confirmed seat goes back to the driver.
        tx.execute(
            "UPDATE rides SET seats_left = seats_left + 1, seq = ?2 WHERE ride_id IN
               (SELECT offer_id FROM matches WHERE request_id = ?1
                  AND state IN ('seat_held', 'confirmed'))",
            &both,
        )?;
    } else {
        // Riders seated in this car are open again; riders seated in another car, whose
        // proposal from this one was withdrawn, keep their seat.
        tx.execute(
            "UPDATE rides SET state = 'open', seq = ?2 WHERE state = 'matched' AND ride_id IN
               (SELECT request_id FROM matches WHERE offer_id = ?1
                  AND state IN ('seat_held', 'confirmed'))",
            &both,
        )?;
    }
    tx.execute(
        "UPDATE matches SET state = 'cancelled', driver_point = NULL, rider_point = NULL, seq = ?2
         WHERE (offer_id = ?1 OR request_id = ?1) AND state != 'cancelled'",
        &both,
    )?;
    touched.insert((ride.meeting, ride.date));
    Ok(OpOutcome::Applied)
}

fn accept(
    tx: &mut dyn Tx,
    device: &str,
    match_id: &str,
    point: Option<GeoPoint>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    let not_found = || rejected("not_found", "There is no such match.");
    let Some(row) = tx.query_one(
        "SELECT offer_id, request_id, state, driver_ok, rider_ok FROM matches WHERE match_id = ?1",
        &[match_id.into()],
    )?
    else {
        return Ok(not_found());
    };
    let (offer, request, state) = (row.text(0)?, row.text(1)?, row.text(2)?);
    let (driver_ok, rider_ok) = (row.int(3)? != 0, row.int(4)? != 0);
    let (Some(o), Some(r)) = (ride_facts(tx, &offer)?, ride_facts(tx, &request)?) else {
        return Ok(not_found());
    };
    let role = if o.owner == device {
        Role::Driver
    } else if r.owner == device {
        Role::Rider
    } else {
        return Ok(not_found());
    };
    touched.insert((o.meeting.clone(), o.date.clone()));
    if state == "cancelled" {
        return Ok(rejected(
            "no_longer_available",
            "That ride is no longer available.",
        ));
    }
    let point = point.map(|p| serde_json::to_string(&p).unwrap_or_default());
    let seq = next_seq(tx)?;
    match role {
        Role::Rider => {
            if rider_ok {
                return Ok(OpOutcome::Applied);
            }
            if r.state != "open" {
                return Ok(rejected(
                    "already_matched",
                    "You already have a seat for this meeting.",
                ));
            }
            // First come, first served: the seat is taken here or not at all.
            let claimed = tx.execute(
                "UPDATE rides SET seats_left = seats_left - 1, seq = ?2
                 WHERE ride_id = ?1 AND state = 'open' AND seats_left > 0",
                &[offer.into(), seq.into()],
            )?;
            if claimed == 0 {
                tx.execute(
                    "UPDATE matches SET state = 'cancelled', driver_point = NULL,
                                        rider_point = NULL, seq = ?2
                     WHERE match_id = ?1",
                    &[match_id.into(), seq.into()],
                )?;
                return Ok(rejected("seat_taken", "That seat was taken."));
            }
            let new_state = if driver_ok { "confirmed" } else { "seat_held" };
            tx.execute(
                "UPDATE matches SET rider_ok = 1, rider_point = ?2, state = ?3, seq = ?4
                 WHERE match_id = ?1",
                &[match_id.into(), point.into(), new_state.into(), seq.into()],
            )?;
            tx.execute(
                "UPDATE rides SET state = 'matched', seq = ?2 WHERE ride_id = ?1",
                &[(&request).into(), seq.into()],
            )?;
            // The rider's other proposals are withdrawn.
            tx.execute(
                "UPDATE matches SET state = 'cancelled', driver_point = NULL,
                                    rider_point = NULL, seq = ?3
                 WHERE request_id = ?1 AND match_id != ?2 AND state = 'proposed'",
                &[request.into(), match_id.into(), seq.into()],
            )?;
        }
        Role::Driver => {
            if driver_ok {
                return Ok(OpOutcome::Applied);
            }
            let new_state = if rider_ok {
                "confirmed"
            } else {
                state.as_str()
            };
            tx.execute(
                "UPDATE matches SET driver_ok = 1, driver_point = ?2, state = ?3, seq = ?4
                 WHERE match_id = ?1",
                &[match_id.into(), point.into(), new_state.into(), seq.into()],
            )?;
        }
    }
    Ok(OpOutcome::Applied)
}

fn own_rides(tx: &mut dyn Tx, device: &str, since: i64, cursor: i64) -> Result<Vec<RideView>> {
    let rows = tx.query(
        "SELECT ride_id, role, meeting_id, date, state, seats_left, handle FROM rides
         WHERE device_id = ?1 AND seq > ?2 AND seq <= ?3 ORDER BY seq",
        &[device.into(), since.into(), cursor.into()],
    )?;
    rows.iter()
        .map(|r| {
            let role = r.text(1)?;
            let seats = r.int(5)?;
            Ok(RideView {
                ride_id: r.text(0)?,
                role: if role == "driver" {
                    Role::Driver
                } else {
                    Role::Rider
                },
                meeting_id: r.text(2)?,
                date: r.text(3)?.parse().unwrap_or_default(),
                state: r.text(4)?,
                seats_left: (role == "driver").then_some(seats.clamp(0, 255) as u8),
                handle: r.text(6)?,
            })
        })
        .collect()
}

fn match_view(r: &Row, device: &str) -> Result<MatchView> {
    let state = match r.text(3)?.as_str() {
        "proposed" => MatchState::Proposed,
        "seat_held" => MatchState::SeatHeld,
        "confirmed" => MatchState::Confirmed,
        _ => MatchState::Cancelled,
    };
    let role = if r.text(10)? == device {
        Role::Driver
    } else {
        Role::Rider
    };
    let (driver_ok, rider_ok) = (r.int(4)? != 0, r.int(5)? != 0);
    let (mine, theirs_point, theirs_handle) = match role {
        Role::Driver => (r.text(1)?, r.opt_text(7)?, r.text(13)?),
        Role::Rider => (r.text(2)?, r.opt_text(6)?, r.text(12)?),
    };
    let confirmed = state == MatchState::Confirmed;
    Ok(MatchView {
        match_id: r.text(0)?,
        role,
        ride_id: mine,
        state,
        added_minutes: r.int(8)?.clamp(0, i64::from(u32::MAX)) as u32,
        pickup_at: r.text(9)?.parse().unwrap_or_default(),
        you_accepted: if role == Role::Driver {
            driver_ok
        } else {
            rider_ok
        },
        they_accepted: if role == Role::Driver {
            rider_ok
        } else {
            driver_ok
        },
        // Only the confirmed counterpart learns the handle and the exact point.
        counterpart_handle: confirmed.then_some(theirs_handle),
        counterpart_point: if confirmed {
            theirs_point.and_then(|p| serde_json::from_str(&p).ok())
        } else {
            None
        },
    })
}

fn own_matches(tx: &mut dyn Tx, device: &str, since: i64, cursor: i64) -> Result<Vec<MatchView>> {
    let rows = tx.query(
        // As the driver, then as the rider: two index walks from this device's own rides.
        // `mine` is materialised so the walk starts there even when the planner has no
        // statistics yet (a fresh PostgreSQL database otherwise scans every match).
        "WITH mine AS MATERIALIZED (SELECT ride_id, role FROM rides WHERE device_id = ?1)
         SELECT m.match_id, m.offer_id, m.request_id, m.state, m.driver_ok, m.rider_ok,
                m.driver_point, m.rider_point, m.added_minutes, m.pickup_at,
                o.device_id, q.device_id, o.handle, q.handle, m.seq
         FROM mine JOIN matches m ON m.offer_id = mine.ride_id
                   JOIN rides o ON o.ride_id = m.offer_id
                   JOIN rides q ON q.ride_id = m.request_id
         WHERE mine.role = 'driver' AND m.seq > ?2 AND m.seq <= ?3
         UNION ALL
         SELECT m.match_id, m.offer_id, m.request_id, m.state, m.driver_ok, m.rider_ok,
                m.driver_point, m.rider_point, m.added_minutes, m.pickup_at,
                o.device_id, q.device_id, o.handle, q.handle, m.seq
         FROM mine JOIN matches m ON m.request_id = mine.ride_id
                   JOIN rides q ON q.ride_id = m.request_id
                   JOIN rides o ON o.ride_id = m.offer_id
         WHERE mine.role = 'rider' AND o.device_id != ?1 AND m.seq > ?2 AND m.seq <= ?3
         ORDER BY 15",
        &[device.into(), since.into(), cursor.into()],
    )?;
    rows.iter().map(|r| match_view(r, device)).collect()
}
