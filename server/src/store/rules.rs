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

/// The SQLite schema. PostgreSQL's is derived from it (`postgres_db::schema`).
pub const SQLITE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY NOT NULL, secret_hash BLOB NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ops (
    device_id TEXT NOT NULL, op_id TEXT NOT NULL, result TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (device_id, op_id));
CREATE TABLE IF NOT EXISTS rides (
    ride_id TEXT PRIMARY KEY NOT NULL, device_id TEXT NOT NULL, role TEXT NOT NULL,
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,
    seats_left INTEGER NOT NULL, handle TEXT NOT NULL, purge_after TEXT NOT NULL,
    seq INTEGER NOT NULL);
DROP INDEX IF EXISTS rides_occurrence;
CREATE INDEX IF NOT EXISTS rides_occurrence_seq ON rides(meeting_id, date, seq);
CREATE INDEX IF NOT EXISTS rides_occurrence_state ON rides(meeting_id, date, state);
CREATE INDEX IF NOT EXISTS rides_device ON rides(device_id);
CREATE TABLE IF NOT EXISTS matches (
    match_id TEXT PRIMARY KEY NOT NULL, offer_id TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, driver_ok INTEGER NOT NULL DEFAULT 0, rider_ok INTEGER NOT NULL DEFAULT 0,
    driver_point TEXT, rider_point TEXT, added_minutes INTEGER NOT NULL, pickup_at TEXT NOT NULL,
    seq INTEGER NOT NULL, UNIQUE (offer_id, request_id));
DROP INDEX IF EXISTS matches_request;
CREATE INDEX IF NOT EXISTS matches_request_state ON matches(request_id, state);
CREATE TABLE IF NOT EXISTS proposed (
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, ride_seq INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, date));
CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT OR IGNORE INTO counter VALUES (1, 0);
";

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
    if let Some((code, message)) = start_refusal(ride.start, now) {
        return Ok(rejected(code, &message));
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

/// The newest change among an occurrence's rides, and the one proposals were last made for.
fn proposal_state(tx: &mut dyn Tx, occurrence: &[Val; 2]) -> Result<(Option<i64>, Option<i64>)> {
    let row = tx.query_one(
        "SELECT (SELECT max(seq) FROM rides WHERE meeting_id = ?1 AND date = ?2),
                (SELECT ride_seq FROM proposed WHERE meeting_id = ?1 AND date = ?2)",
        occurrence,
    )?;
    match row {
        Some(r) => Ok((r.opt_int(0)?, r.opt_int(1)?)),
        None => Ok((None, None)),
    }
}

/// An open offer with free seats, as the matcher sees it, and where it is going.
struct OpenOffer {
    input: OfferInput,
    dest: Destination,
}

/// A rider's live proposal: (match id, minutes added, whether the driver accepted it).
type Live = (String, u32, bool);

fn open_offer(ride_id: String, body: &str, seats_left: i64) -> Option<OpenOffer> {
    let o: RideOffer = serde_json::from_str(body).ok()?;
    (seats_left > 0).then(|| OpenOffer {
        input: OfferInput {
            id: ride_id,
            origin: o.origin.centre(),
            seats: seats_left.min(255) as u8,
            max_detour_minutes: o.max_detour_minutes,
            leave_after: o.leave_after,
            women_only: o.women_only,
            wheelchair_space: o.wheelchair_space,
        },
        dest: Destination {
            place: o.meeting_place,
            starts_at: o.meeting_start,
        },
    })
}

fn open_request(ride_id: String, body: &str) -> Option<RequestInput> {
    let r: RideRequest = serde_json::from_str(body).ok()?;
    Some(RequestInput {
        id: ride_id,
        pickup: r.pickup.centre(),
        arrive_by: r.arrive_by,
        flexibility_minutes: r.flexibility_minutes,
        needs_wheelchair: r.needs_wheelchair,
        rider_is_woman: r.rider_is_woman,
    })
}

/// The open rides of an occurrence, each with whether it changed after seq `since` (for a
/// request: or lost a proposal since, because that offer was cancelled or filled up).
struct OpenRides {
    offers: Vec<(OpenOffer, bool)>,
    requests: Vec<(RequestInput, bool)>,
}

fn open_rides(tx: &mut dyn Tx, occurrence: &[Val; 2], since: i64) -> Result<OpenRides> {
    let rows = tx.query(
        "SELECT ride_id, role, body, seats_left, seq FROM rides
         WHERE meeting_id = ?1 AND date = ?2 AND state = 'open' ORDER BY ride_id",
        occurrence,
    )?;
    // Riders who lost a proposal since: its offer was cancelled or is full. They look again
    // as if their request had changed.
    let lost: BTreeSet<String> = tx
        .query(
            "SELECT DISTINCT m.request_id FROM rides o JOIN matches m ON m.offer_id = o.ride_id
             WHERE o.meeting_id = ?1 AND o.date = ?2 AND o.role = 'driver' AND o.seq > ?3
               AND (o.state != 'open' OR o.seats_left <= 0)",
            &[occurrence[0].clone(), occurrence[1].clone(), since.into()],
        )?
        .iter()
        .map(|r| r.text(0))
        .collect::<Result<_>>()?;
    let mut open = OpenRides {
        offers: Vec::new(),
        requests: Vec::new(),
    };
    for row in rows {
        let (id, role, body) = (row.text(0)?, row.text(1)?, row.text(2)?);
        let changed = row.int(4)? > since || lost.contains(&id);
        if role == "driver" {
            if let Some(o) = open_offer(id, &body, row.int(3)?) {
                open.offers.push((o, changed));
            }
        } else if let Some(r) = open_request(id, &body) {
            open.requests.push((r, changed));
        }
    }
    Ok(open)
}

/// Whether this offer can take this rider on its own: minutes added and the pickup time.
fn fit(o: &OpenOffer, r: &RequestInput) -> Option<(u32, DateTime<Utc>)> {
    fit_pair(o.dest, &o.input, r, &StraightLineEstimator::default())
}

/// Stores a proposal unless this pair was ever proposed before. Returns its match id.
fn insert_proposal(
    tx: &mut dyn Tx,
    seq: &mut Option<i64>,
    offer: &str,
    request: &str,
    (added, at): (u32, DateTime<Utc>),
) -> Result<Option<String>> {
    let seq = match *seq {
        Some(s) => s,
        None => *seq.insert(next_seq(tx)?),
    };
    let match_id = crate::random_hex(16);
    let n = tx.execute(
        "INSERT INTO matches (match_id, offer_id, request_id, state, added_minutes, pickup_at, seq)
         VALUES (?1, ?2, ?3, 'proposed', ?4, ?5, ?6)
         ON CONFLICT (offer_id, request_id) DO NOTHING",
        &[
            (&match_id).into(),
            offer.into(),
            request.into(),
            i64::from(added).into(),
            ts(at).into(),
            seq.into(),
        ],
    )?;
    Ok((n > 0).then_some(match_id))
}

/// Refreshes the proposals of one meeting occurrence, incrementally: only the rides that
/// changed since the last time (new, reopened, or with a seat freed) are checked, each against
/// the other side. Most syncs find nothing changed, only read, and take no write lock.
///
/// A changed request (new, reopened, or one whose proposal's offer was cancelled or filled up)
/// gets the best offers that fit it until it has [`PROPOSALS_PER_RIDER`] live proposals. A changed offer is proposed to each rider it fits who has fewer, or in place
/// of a rider's worst proposal that it beats (one the driver has not accepted yet). A pair is
/// never proposed twice. The cost is (changed rides) × (rides on the other side), which
/// [`MAX_OPEN_RIDES_PER_OCCURRENCE`] bounds.
fn propose(tx: &mut dyn Tx, meeting: &str, date: &str) -> Result<()> {
    let occurrence = [Val::from(meeting), Val::from(date)];
    let fresh = |(latest, done): (Option<i64>, Option<i64>)| match latest {
        None => true,
        Some(l) => done.is_some_and(|d| d >= l),
    };
    if fresh(proposal_state(tx, &occurrence)?) {
        return Ok(());
    }
    // Work to do: become the writer, then look again (another process may just have done it).
    tx.lock_for_write()?;
    let (latest, done) = proposal_state(tx, &occurrence)?;
    let Some(latest) = latest.filter(|_| !fresh((latest, done))) else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO proposed (meeting_id, date, ride_seq) VALUES (?1, ?2, ?3)
         ON CONFLICT (meeting_id, date) DO UPDATE SET ride_seq = excluded.ride_seq",
        &[meeting.into(), date.into(), latest.into()],
    )?;
    let open = open_rides(tx, &occurrence, done.unwrap_or(i64::MIN))?;
    propose_pairs(tx, &occurrence, &open)
}

/// Proposals for the pairs that involve a changed ride: each changed request against every
/// offer, each changed offer against every unchanged request.
fn propose_pairs(tx: &mut dyn Tx, occurrence: &[Val; 2], open: &OpenRides) -> Result<()> {
    let any_offer_changed = open.offers.iter().any(|(_, c)| *c);
    if !any_offer_changed && !open.requests.iter().any(|(_, c)| *c) {
        return Ok(());
    }
    // Each open request's live proposals: proposed, from an offer with a free seat. The open
    // offers with a free seat are already in hand, so the query needs no second join on
    // rides (which PostgreSQL plans badly on tables it has not analysed yet).
    let with_seats: HashSet<&str> = open
        .offers
        .iter()
        .map(|(o, _)| o.input.id.as_str())
        .collect();
    let mut live: HashMap<String, Vec<Live>> = HashMap::new();
    for row in tx.query(
        "SELECT m.request_id, m.match_id, m.added_minutes, m.driver_ok, m.offer_id
         FROM rides q JOIN matches m ON m.request_id = q.ride_id
         WHERE q.meeting_id = ?1 AND q.date = ?2 AND q.state = 'open' AND q.role = 'rider'
           AND m.state = 'proposed'",
        occurrence,
    )? {
        if !with_seats.contains(row.text(4)?.as_str()) {
            continue;
        }
        let added = row.int(2)?.clamp(0, i64::from(u32::MAX)) as u32;
        live.entry(row.text(0)?)
            .or_default()
            .push((row.text(1)?, added, row.int(3)? != 0));
    }
    let mut seq = None;
    for (r, _) in open.requests.iter().filter(|(_, changed)| *changed) {
        let mut options: Vec<(u32, &str, DateTime<Utc>)> = open
            .offers
            .iter()
            .filter_map(|(o, _)| fit(o, r).map(|(added, at)| (added, o.input.id.as_str(), at)))
            .collect();
        options.sort();
        let have = live.entry(r.id.clone()).or_default();
        for (added, offer, at) in options {
            if have.len() >= PROPOSALS_PER_RIDER {
                break;
            }
            if let Some(id) = insert_proposal(tx, &mut seq, offer, &r.id, (added, at))? {
                have.push((id, added, false));
            }
        }
    }
    let changed_offers = open.offers.iter().filter(|(_, changed)| *changed);
    for (o, _) in changed_offers {
        // The unchanged riders it fits, best suited first.
        let mut fits: Vec<(u32, &str, DateTime<Utc>)> = open
            .requests
            .iter()
            .filter(|(_, changed)| !changed)
            .filter_map(|(r, _)| fit(o, r).map(|(added, at)| (added, r.id.as_str(), at)))
            .collect();
        fits.sort();
        let mut proposed = 0;
        for (added, request, at) in fits {
            if proposed >= PROPOSALS_PER_SEAT * usize::from(o.input.seats) {
                break;
            }
            let have = live.entry(request.to_string()).or_default();
            // The worst proposal the driver has not accepted, if this offer beats it.
            let worst = have
                .iter()
                .enumerate()
                .filter(|(_, (_, a, driver_ok))| !driver_ok && *a > added)
                .max_by_key(|(_, (_, a, _))| *a)
                .map(|(i, _)| i);
            if have.len() >= PROPOSALS_PER_RIDER && worst.is_none() {
                continue;
            }
            let Some(id) = insert_proposal(tx, &mut seq, &o.input.id, request, (added, at))? else {
                continue;
            };
            proposed += 1;
            if have.len() >= PROPOSALS_PER_RIDER {
                if let Some(i) = worst {
                    let (gone, _, _) = have.swap_remove(i);
                    let seq = seq.unwrap_or_default();
                    tx.execute(
                        "UPDATE matches SET state = 'cancelled', seq = ?2
                         WHERE match_id = ?1 AND state = 'proposed'",
                        &[gone.into(), seq.into()],
                    )?;
                }
            }
            have.push((id, added, false));
        }
    }
    Ok(())
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
