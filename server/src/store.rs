//! The car-pool board's storage and rules, on SQLite.
//!
//! Every sync is one `BEGIN IMMEDIATE` transaction: operations are applied in order, each at
//! most once per device (a retried `op_id` gets the stored answer), proposals are refreshed for
//! the meetings touched, and the device's view is read — all or nothing. Seat claims are a
//! conditional update (`seats_left > 0`) inside that transaction, so a seat is never given
//! twice however many riders accept at once.
//!
//! Matches: for each open request the board proposes the matcher's choice and up to two other
//! offers that fit (so a rider has alternatives). A rider's acceptance holds a seat at once
//! (first come, first served); the driver's acceptance confirms. Only then do the two see each
//! other's handle and chosen pickup point. Either can cancel; a held or confirmed seat is given
//! back when the rider's side goes.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use waymark_core::geo::GeoPoint;
use waymark_core::rides::matching::{match_rides, Destination, OfferInput, RequestInput};
use waymark_core::rides::protocol::{
    MatchState, MatchView, Op, OpOutcome, OpResult, RideOffer, RideRequest, RideView, Role,
    SyncRequest, SyncResponse,
};
use waymark_core::rides::StraightLineEstimator;

/// How long after a meeting starts its rides are purged.
const PURGE_AFTER_HOURS: i64 = 4;
/// Proposals per rider: the matcher's choice and alternatives.
const PROPOSALS_PER_RIDER: usize = 3;

const SCHEMA: &str = "
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
CREATE INDEX IF NOT EXISTS rides_occurrence ON rides(meeting_id, date);
CREATE INDEX IF NOT EXISTS rides_device ON rides(device_id);
CREATE TABLE IF NOT EXISTS matches (
    match_id TEXT PRIMARY KEY NOT NULL, offer_id TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, driver_ok INTEGER NOT NULL DEFAULT 0, rider_ok INTEGER NOT NULL DEFAULT 0,
    driver_point TEXT, rider_point TEXT, added_minutes INTEGER NOT NULL, pickup_at TEXT NOT NULL,
    seq INTEGER NOT NULL, UNIQUE (offer_id, request_id));
CREATE INDEX IF NOT EXISTS matches_request ON matches(request_id);
CREATE TABLE IF NOT EXISTS proposed (
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, ride_seq INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, date));
CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT OR IGNORE INTO counter VALUES (1, 0);
";

/// A failure the HTTP layer turns into a status and a stable code.
#[derive(Debug)]
pub enum StoreError {
    /// The database failed.
    Db(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Db(e)
    }
}

type Result<T> = std::result::Result<T, StoreError>;

/// The SQLite store. One connection behind a mutex: SQLite has one writer anyway, and every
/// sync writes.
pub struct Store {
    conn: Mutex<Connection>,
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    getrandom::getrandom(&mut b).expect("the OS random generator");
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn rejected(code: &str, message: &str) -> OpOutcome {
    OpOutcome::Rejected {
        code: code.into(),
        message: message.into(),
    }
}

impl Store {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;",
        )?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self {
            conn: Mutex::new(conn),
        })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether the database answers.
    pub fn healthy(&self) -> bool {
        self.conn()
            .query_row("SELECT 1", [], |r| r.get::<_, i64>(0))
            .is_ok()
    }

    /// Stores a new device with the hash of its secret.
    pub fn register_device(&self, id: &str, secret_hash: &[u8], now: DateTime<Utc>) -> Result<()> {
        self.conn().execute(
            "INSERT INTO devices (id, secret_hash, created_at) VALUES (?1, ?2, ?3)",
            params![id, secret_hash, ts(now)],
        )?;
        Ok(())
    }

    /// The stored secret hash of a device.
    pub fn secret_hash(&self, id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn()
            .query_row("SELECT secret_hash FROM devices WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Removes rides whose meeting started more than four hours ago, with their matches, and
    /// remembered operation answers older than two days. Returns how many rides went.
    pub fn purge(&self, now: DateTime<Utc>) -> Result<usize> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute("DELETE FROM rides WHERE purge_after < ?1", [ts(now)])?;
        tx.execute(
            "DELETE FROM matches WHERE offer_id NOT IN (SELECT ride_id FROM rides)
                OR request_id NOT IN (SELECT ride_id FROM rides)",
            [],
        )?;
        tx.execute(
            "DELETE FROM ops WHERE created_at < ?1",
            [ts(now - Duration::days(2))],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// One sync, in one transaction.
    pub fn sync(
        &self,
        device: &str,
        req: &SyncRequest,
        now: DateTime<Utc>,
    ) -> Result<SyncResponse> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut results = Vec::with_capacity(req.ops.len());
        let mut touched: BTreeSet<(String, String)> = BTreeSet::new();
        for op in &req.ops {
            let stored: Option<String> = tx
                .query_row(
                    "SELECT result FROM ops WHERE device_id = ?1 AND op_id = ?2",
                    params![device, op.op_id],
                    |r| r.get(0),
                )
                .optional()?;
            let outcome = match stored.and_then(|s| serde_json::from_str(&s).ok()) {
                Some(o) => o,
                None => {
                    let o = apply(&tx, device, &op.op, now, &mut touched)?;
                    tx.execute(
                        "INSERT INTO ops (device_id, op_id, result, created_at) VALUES (?1, ?2, ?3, ?4)",
                        params![device, op.op_id, serde_json::to_string(&o).unwrap_or_default(), ts(now)],
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
            propose(&tx, m, d)?;
        }
        let since = req.since.unwrap_or(-1);
        let rides = own_rides(&tx, device, since)?;
        let matches = own_matches(&tx, device, since)?;
        let cursor: i64 = tx.query_row("SELECT seq FROM counter", [], |r| r.get(0))?;
        tx.commit()?;
        Ok(SyncResponse {
            results,
            rides,
            matches,
            cursor,
        })
    }
}

fn next_seq(tx: &Connection) -> Result<i64> {
    Ok(
        tx.query_row("UPDATE counter SET seq = seq + 1 RETURNING seq", [], |r| {
            r.get(0)
        })?,
    )
}

fn apply(
    tx: &Connection,
    device: &str,
    op: &Op,
    now: DateTime<Utc>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    match op {
        Op::Offer(o) => insert_ride(
            tx,
            device,
            &o.ride_id,
            Role::Driver,
            &o.meeting_id,
            o.date,
            o.meeting_start,
            o.seats,
            &serde_json::to_string(o).unwrap_or_default(),
            now,
            touched,
        ),
        Op::Request(r) => insert_ride(
            tx,
            device,
            &r.ride_id,
            Role::Rider,
            &r.meeting_id,
            r.date,
            r.meeting_start,
            1,
            &serde_json::to_string(r).unwrap_or_default(),
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

#[allow(clippy::too_many_arguments)]
fn insert_ride(
    tx: &Connection,
    device: &str,
    ride_id: &str,
    role: Role,
    meeting_id: &str,
    date: NaiveDate,
    start: DateTime<Utc>,
    seats: u8,
    body: &str,
    now: DateTime<Utc>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    if start < now {
        return Ok(rejected("too_late", "That meeting has already started."));
    }
    let exists: Option<String> = tx
        .query_row(
            "SELECT device_id FROM rides WHERE ride_id = ?1",
            [ride_id],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_some() {
        return Ok(rejected("conflict", "That ride already exists."));
    }
    let seq = next_seq(tx)?;
    tx.execute(
        "INSERT INTO rides (ride_id, device_id, role, meeting_id, date, body, state, seats_left,
                            handle, purge_after, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8, ?9, ?10)",
        params![
            ride_id,
            device,
            if role == Role::Driver {
                "driver"
            } else {
                "rider"
            },
            meeting_id,
            date.to_string(),
            body,
            seats,
            format!("ride-{}", &random_hex(3)),
            ts(start + Duration::hours(PURGE_AFTER_HOURS)),
            seq
        ],
    )?;
    touched.insert((meeting_id.to_string(), date.to_string()));
    Ok(OpOutcome::Applied)
}

/// A ride's owner device, role, state, meeting id and date.
type RideFacts = (String, String, String, String, String);

fn ride_owner(tx: &Connection, ride_id: &str) -> Result<Option<RideFacts>> {
    Ok(tx
        .query_row(
            "SELECT device_id, role, state, meeting_id, date FROM rides WHERE ride_id = ?1",
            [ride_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?)
}

fn cancel(
    tx: &Connection,
    device: &str,
    ride_id: &str,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    let Some((owner, role, state, meeting, date)) = ride_owner(tx, ride_id)? else {
        return Ok(rejected("not_found", "There is no such ride."));
    };
    if owner != device {
        return Ok(rejected(
            "not_owner",
            "Only the person who made this ride can cancel it.",
        ));
    }
    if state == "cancelled" {
        return Ok(OpOutcome::Applied);
    }
    let seq = next_seq(tx)?;
    tx.execute(
        "UPDATE rides SET state = 'cancelled', seq = ?2 WHERE ride_id = ?1",
        params![ride_id, seq],
    )?;
    if role == "rider" {
        // A held or confirmed seat goes back to the driver.
        tx.execute(
            "UPDATE rides SET seats_left = seats_left + 1, seq = ?2 WHERE ride_id IN
               (SELECT offer_id FROM matches WHERE request_id = ?1
                  AND state IN ('seat_held', 'confirmed'))",
            params![ride_id, seq],
        )?;
    }
    tx.execute(
        "UPDATE matches SET state = 'cancelled', seq = ?2
         WHERE (offer_id = ?1 OR request_id = ?1) AND state != 'cancelled'",
        params![ride_id, seq],
    )?;
    if role == "driver" {
        // Riders who held a seat in this car are open again.
        tx.execute(
            "UPDATE rides SET state = 'open', seq = ?2 WHERE state = 'matched' AND ride_id IN
               (SELECT request_id FROM matches WHERE offer_id = ?1)",
            params![ride_id, seq],
        )?;
    }
    touched.insert((meeting, date));
    Ok(OpOutcome::Applied)
}

fn accept(
    tx: &Connection,
    device: &str,
    match_id: &str,
    point: Option<GeoPoint>,
    touched: &mut BTreeSet<(String, String)>,
) -> Result<OpOutcome> {
    let row: Option<(String, String, String, bool, bool)> = tx
        .query_row(
            "SELECT offer_id, request_id, state, driver_ok, rider_ok FROM matches WHERE match_id = ?1",
            [match_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let not_found = || rejected("not_found", "There is no such match.");
    let Some((offer, request, state, driver_ok, rider_ok)) = row else {
        return Ok(not_found());
    };
    let (Some(o), Some(r)) = (ride_owner(tx, &offer)?, ride_owner(tx, &request)?) else {
        return Ok(not_found());
    };
    let role = if o.0 == device {
        Role::Driver
    } else if r.0 == device {
        Role::Rider
    } else {
        return Ok(not_found());
    };
    touched.insert((o.3.clone(), o.4.clone()));
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
            if r.2 != "open" {
                return Ok(rejected(
                    "already_matched",
                    "You already have a seat for this meeting.",
                ));
            }
            // First come, first served: the seat is taken here or not at all.
            let claimed = tx.execute(
                "UPDATE rides SET seats_left = seats_left - 1, seq = ?2
                 WHERE ride_id = ?1 AND state = 'open' AND seats_left > 0",
                params![offer, seq],
            )?;
            if claimed == 0 {
                tx.execute(
                    "UPDATE matches SET state = 'cancelled', seq = ?2 WHERE match_id = ?1",
                    params![match_id, seq],
                )?;
                return Ok(rejected("seat_taken", "That seat was taken."));
            }
            let new_state = if driver_ok { "confirmed" } else { "seat_held" };
            tx.execute(
                "UPDATE matches SET rider_ok = 1, rider_point = ?2, state = ?3, seq = ?4
                 WHERE match_id = ?1",
                params![match_id, point, new_state, seq],
            )?;
            tx.execute(
                "UPDATE rides SET state = 'matched', seq = ?2 WHERE ride_id = ?1",
                params![request, seq],
            )?;
            // The rider's other proposals are withdrawn.
            tx.execute(
                "UPDATE matches SET state = 'cancelled', seq = ?3
                 WHERE request_id = ?1 AND match_id != ?2 AND state = 'proposed'",
                params![request, match_id, seq],
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
                params![match_id, point, new_state, seq],
            )?;
        }
    }
    Ok(OpOutcome::Applied)
}

/// Refreshes the proposals of one meeting occurrence, unless none of its rides changed since
/// the last time (most syncs only read).
fn propose(tx: &Connection, meeting: &str, date: &str) -> Result<()> {
    let latest: Option<i64> = tx.query_row(
        "SELECT max(seq) FROM rides WHERE meeting_id = ?1 AND date = ?2",
        params![meeting, date],
        |r| r.get(0),
    )?;
    let Some(latest) = latest else {
        return Ok(());
    };
    let done: Option<i64> = tx
        .query_row(
            "SELECT ride_seq FROM proposed WHERE meeting_id = ?1 AND date = ?2",
            params![meeting, date],
            |r| r.get(0),
        )
        .optional()?;
    if done == Some(latest) {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO proposed (meeting_id, date, ride_seq) VALUES (?1, ?2, ?3)
         ON CONFLICT(meeting_id, date) DO UPDATE SET ride_seq = excluded.ride_seq",
        params![meeting, date, latest],
    )?;
    let mut offers = Vec::new();
    let mut requests = Vec::new();
    {
        let mut st = tx.prepare(
            "SELECT role, body, seats_left FROM rides
             WHERE meeting_id = ?1 AND date = ?2 AND state = 'open'",
        )?;
        let rows = st.query_map(params![meeting, date], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (role, body, seats_left) = row?;
            if role == "driver" && seats_left > 0 {
                if let Ok(o) = serde_json::from_str::<RideOffer>(&body) {
                    offers.push((o, seats_left as u8));
                }
            } else if role == "rider" {
                if let Ok(r) = serde_json::from_str::<RideRequest>(&body) {
                    requests.push(r);
                }
            }
        }
    }
    let Some(dest) = offers
        .first()
        .map(|(o, _)| (o.meeting_place, o.meeting_start))
        .or_else(|| requests.first().map(|r| (r.meeting_place, r.meeting_start)))
    else {
        return Ok(());
    };
    let dest = Destination {
        place: dest.0,
        starts_at: dest.1,
    };
    let offer_inputs: Vec<OfferInput> = offers
        .iter()
        .map(|(o, seats)| OfferInput {
            id: o.ride_id.clone(),
            origin: o.origin.centre(),
            seats: *seats,
            max_detour_minutes: o.max_detour_minutes,
            leave_after: o.leave_after,
            women_only: o.women_only,
            wheelchair_space: o.wheelchair_space,
        })
        .collect();
    let est = StraightLineEstimator::default();
    let mut wanted: Vec<(String, String, u32, DateTime<Utc>)> = Vec::new();
    for r in &requests {
        let input = RequestInput {
            id: r.ride_id.clone(),
            pickup: r.pickup.centre(),
            arrive_by: r.arrive_by,
            flexibility_minutes: r.flexibility_minutes,
            needs_wheelchair: r.needs_wheelchair,
            rider_is_woman: r.rider_is_woman,
        };
        // Each offer that fits this rider on its own, best first.
        let mut options: Vec<(u32, String, DateTime<Utc>)> = offer_inputs
            .iter()
            .filter_map(|o| {
                let res = match_rides(
                    dest,
                    std::slice::from_ref(o),
                    std::slice::from_ref(&input),
                    &est,
                );
                res.rides
                    .first()
                    .map(|ride| (ride.added_minutes, o.id.clone(), ride.stops[0].pickup_at))
            })
            .collect();
        options.sort();
        for (added, offer, at) in options.into_iter().take(PROPOSALS_PER_RIDER) {
            wanted.push((offer, r.ride_id.clone(), added, at));
        }
    }
    // The matcher's overall choice decides the order riders see, not who may ask: every
    // proposal is a real option.
    for (offer, request, added, at) in &wanted {
        let exists: Option<String> = tx
            .query_row(
                "SELECT state FROM matches WHERE offer_id = ?1 AND request_id = ?2",
                params![offer, request],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            let seq = next_seq(tx)?;
            tx.execute(
                "INSERT INTO matches (match_id, offer_id, request_id, state, added_minutes,
                                      pickup_at, seq)
                 VALUES (?1, ?2, ?3, 'proposed', ?4, ?5, ?6)",
                params![random_hex(16), offer, request, added, ts(*at), seq],
            )?;
        }
    }
    Ok(())
}

fn own_rides(tx: &Connection, device: &str, since: i64) -> Result<Vec<RideView>> {
    let mut st = tx.prepare(
        "SELECT ride_id, role, meeting_id, date, state, seats_left, handle FROM rides
         WHERE device_id = ?1 AND seq > ?2 ORDER BY seq",
    )?;
    let rows = st.query_map(params![device, since], |r| {
        let role: String = r.get(1)?;
        let date: String = r.get(3)?;
        let seats: i64 = r.get(5)?;
        Ok(RideView {
            ride_id: r.get(0)?,
            role: if role == "driver" {
                Role::Driver
            } else {
                Role::Rider
            },
            meeting_id: r.get(2)?,
            date: date.parse().unwrap_or_default(),
            state: r.get(4)?,
            seats_left: (role == "driver").then_some(seats.clamp(0, 255) as u8),
            handle: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn own_matches(tx: &Connection, device: &str, since: i64) -> Result<Vec<MatchView>> {
    let mut st = tx.prepare(
        "SELECT m.match_id, m.offer_id, m.request_id, m.state, m.driver_ok, m.rider_ok,
                m.driver_point, m.rider_point, m.added_minutes, m.pickup_at,
                o.device_id, q.device_id, o.handle, q.handle
         FROM matches m JOIN rides o ON o.ride_id = m.offer_id JOIN rides q ON q.ride_id = m.request_id
         WHERE (o.device_id = ?1 OR q.device_id = ?1) AND m.seq > ?2 ORDER BY m.seq",
    )?;
    let rows = st.query_map(params![device, since], |r| {
        let state: String = r.get(3)?;
        let state = match state.as_str() {
            "proposed" => MatchState::Proposed,
            "seat_held" => MatchState::SeatHeld,
            "confirmed" => MatchState::Confirmed,
            _ => MatchState::Cancelled,
        };
        let driver: String = r.get(10)?;
        let role = if driver == device {
            Role::Driver
        } else {
            Role::Rider
        };
        let (driver_ok, rider_ok): (bool, bool) = (r.get(4)?, r.get(5)?);
        let (mine, theirs_point, theirs_handle) = match role {
            Role::Driver => (
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, String>(13)?,
            ),
            Role::Rider => (
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, String>(12)?,
            ),
        };
        let confirmed = state == MatchState::Confirmed;
        let pickup_at: String = r.get(9)?;
        Ok(MatchView {
            match_id: r.get(0)?,
            role,
            ride_id: mine,
            state,
            added_minutes: r.get(8)?,
            pickup_at: pickup_at.parse().unwrap_or_default(),
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
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
