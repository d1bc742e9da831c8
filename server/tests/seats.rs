//! Seat accounting, as a property: random sequences of offers, requests, acceptances (by riders
//! and drivers) and cancellations (by both) go through the real store, on SQLite and on
//! PostgreSQL, and after every step what each device is shown must add up:
//!
//! - a rider holds at most one seat (held or confirmed) per meeting occurrence, and their
//!   request says `matched` exactly when it holds one;
//! - an offer's held and confirmed seats never exceed the seats offered, and while it is open
//!   its `seats_left` is exactly the seats offered minus those.
//!
//! One database per store serves every case: each case uses its own devices and meetings.
//! Cases are bounded (`WAYMARK_SEATS_CASES`, 96 on SQLite and 64 on PostgreSQL by default) so
//! CI stays quick.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use waymark_rides::protocol::{
    Followed, MatchState, Op, OutboxOp, RideOffer, RideRequest, Role, SyncRequest, SyncResponse,
};
use waymark_rides::CoarseCell;
use waymark_rides::GeoPoint;
use waymark_server::store::Store;

const DEVICES: usize = 6;
const OCCURRENCES: usize = 2;

#[derive(Debug, Clone)]
enum Action {
    Offer {
        device: usize,
        occurrence: usize,
        seats: u8,
        area: u8,
    },
    Request {
        device: usize,
        occurrence: usize,
        area: u8,
    },
    /// The rider accepts the `pick`-th of their live matches (every match they were ever shown,
    /// cancelled ones too, when `stale`).
    RiderAccepts {
        device: usize,
        pick: usize,
        stale: bool,
    },
    /// The driver accepts the `pick`-th match on their offers (as above).
    DriverAccepts {
        device: usize,
        pick: usize,
        stale: bool,
    },
    /// The device cancels the `pick`-th of its live rides (any of its rides when `stale`: a
    /// repeated cancel).
    Cancel {
        device: usize,
        pick: usize,
        stale: bool,
    },
}

fn action() -> impl Strategy<Value = Action> {
    let device = 0..DEVICES;
    // Mostly the first occurrence, so several drivers and riders meet there.
    let occurrence = prop_oneof![4 => Just(0usize), 1 => Just(1usize)];
    let stale = proptest::bool::weighted(0.1);
    prop_oneof![
        3 => (device.clone(), occurrence.clone(), 1u8..=3, 0u8..4).prop_map(|(device, occurrence, seats, area)| {
            Action::Offer { device, occurrence, seats, area }
        }),
        3 => (device.clone(), occurrence, 0u8..4).prop_map(|(device, occurrence, area)| {
            Action::Request { device, occurrence, area }
        }),
        5 => (device.clone(), 0..8usize, stale)
            .prop_map(|(device, pick, stale)| Action::RiderAccepts { device, pick, stale }),
        2 => (device.clone(), 0..8usize, stale)
            .prop_map(|(device, pick, stale)| Action::DriverAccepts { device, pick, stale }),
        3 => (device, 0..4usize, stale).prop_map(|(device, pick, stale)| Action::Cancel { device, pick, stale }),
    ]
}

static NEXT: AtomicU64 = AtomicU64::new(1);

/// A fresh UUID-shaped id.
fn id() -> String {
    format!(
        "0193a1b2-0000-7000-8000-{:012}",
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

const MEETING: GeoPoint = GeoPoint {
    latitude: 52.4140,
    longitude: -4.0810,
};

/// Four pickup areas around the meeting, each within every driver's detour of the others.
fn area(n: u8) -> CoarseCell {
    CoarseCell::from_point(GeoPoint {
        latitude: 52.400 + f64::from(n) * 0.004,
        longitude: -4.070 + f64::from(n % 2) * 0.006,
    })
    .unwrap()
}

/// One case's world: its devices, meetings, and what each offer offered.
struct Case<'a> {
    store: &'a Store,
    now: DateTime<Utc>,
    start: DateTime<Utc>,
    devices: Vec<String>,
    meetings: Vec<String>,
    seats_offered: HashMap<String, u8>,
}

impl Case<'_> {
    fn follow(&self) -> Vec<Followed> {
        self.meetings
            .iter()
            .map(|m| Followed {
                meeting_id: m.clone(),
                date: self.start.date_naive(),
            })
            .collect()
    }

    fn sync(&self, device: usize, op: Option<Op>) -> SyncResponse {
        let req = SyncRequest {
            ops: op
                .map(|op| OutboxOp { op_id: id(), op })
                .into_iter()
                .collect(),
            follow: self.follow(),
            since: None,
        };
        self.store
            .sync(&self.devices[device], &req, self.now)
            .expect("the store answers")
    }

    fn apply(&mut self, action: &Action) {
        let start = self.start;
        match *action {
            Action::Offer {
                device,
                occurrence,
                seats,
                area: a,
            } => {
                let ride_id = id();
                self.sync(
                    device,
                    Some(Op::Offer(RideOffer {
                        ride_id: ride_id.clone(),
                        meeting_id: self.meetings[occurrence].clone(),
                        date: start.date_naive(),
                        meeting_place: MEETING,
                        meeting_start: start,
                        timezone: None,
                        seats,
                        origin: area(a),
                        leave_after: None,
                        max_detour_minutes: 30,
                        women_only: false,
                        wheelchair_space: false,
                    })),
                );
                self.seats_offered.insert(ride_id, seats);
            }
            Action::Request {
                device,
                occurrence,
                area: a,
            } => {
                self.sync(
                    device,
                    Some(Op::Request(RideRequest {
                        ride_id: id(),
                        meeting_id: self.meetings[occurrence].clone(),
                        date: start.date_naive(),
                        meeting_place: MEETING,
                        meeting_start: start,
                        timezone: None,
                        pickup: area(a),
                        arrive_by: start - Duration::minutes(10),
                        flexibility_minutes: 10,
                        needs_wheelchair: false,
                        rider_is_woman: false,
                    })),
                );
            }
            Action::RiderAccepts {
                device,
                pick,
                stale,
            }
            | Action::DriverAccepts {
                device,
                pick,
                stale,
            } => {
                let role = if matches!(action, Action::RiderAccepts { .. }) {
                    Role::Rider
                } else {
                    Role::Driver
                };
                let view = self.sync(device, None);
                let mine: Vec<_> = view
                    .matches
                    .iter()
                    .filter(|m| m.role == role && (stale || m.state != MatchState::Cancelled))
                    .collect();
                if let Some(m) = mine.get(pick % mine.len().max(1)) {
                    let spot = GeoPoint {
                        latitude: 52.401,
                        longitude: -4.071,
                    };
                    self.sync(
                        device,
                        Some(Op::Accept {
                            match_id: m.match_id.clone(),
                            pickup_point: Some(spot),
                        }),
                    );
                }
            }
            Action::Cancel {
                device,
                pick,
                stale,
            } => {
                let view = self.sync(device, None);
                let mine: Vec<_> = view
                    .rides
                    .iter()
                    .filter(|r| stale || r.state != "cancelled")
                    .collect();
                if let Some(r) = mine.get(pick % mine.len().max(1)) {
                    self.sync(
                        device,
                        Some(Op::Cancel {
                            ride_id: r.ride_id.clone(),
                        }),
                    );
                }
            }
        }
    }

    /// The invariants, from what every device is shown.
    fn check(&self) -> Result<(), TestCaseError> {
        for device in 0..DEVICES {
            let view = self.sync(device, None);
            let occurrence_of: HashMap<&str, (&str, chrono::NaiveDate)> = view
                .rides
                .iter()
                .map(|r| (r.ride_id.as_str(), (r.meeting_id.as_str(), r.date)))
                .collect();
            let holding = |m: &&waymark_rides::protocol::MatchView| {
                matches!(m.state, MatchState::SeatHeld | MatchState::Confirmed)
            };
            // A rider: at most one seat per occurrence.
            let mut seats_per_occurrence: HashMap<(&str, chrono::NaiveDate), usize> =
                HashMap::new();
            for m in view
                .matches
                .iter()
                .filter(|m| m.role == Role::Rider)
                .filter(holding)
            {
                let occurrence = occurrence_of
                    .get(m.ride_id.as_str())
                    .copied()
                    .ok_or_else(|| TestCaseError::fail("a match on a ride the device lacks"))?;
                *seats_per_occurrence.entry(occurrence).or_default() += 1;
            }
            for (occurrence, n) in &seats_per_occurrence {
                prop_assert!(
                    *n <= 1,
                    "device {device} holds {n} seats for {occurrence:?}: {view:#?}"
                );
            }
            // A request is `matched` exactly when it holds a seat.
            for ride in view.rides.iter().filter(|r| r.role == Role::Rider) {
                let seated = view
                    .matches
                    .iter()
                    .filter(|m| m.role == Role::Rider && m.ride_id == ride.ride_id)
                    .any(|m| holding(&m));
                prop_assert_eq!(
                    ride.state == "matched",
                    seated,
                    "request {} is {} (seated: {})",
                    &ride.ride_id,
                    &ride.state,
                    seated
                );
            }
            // A driver: seats held never exceed seats offered, and add up while open.
            for ride in view.rides.iter().filter(|r| r.role == Role::Driver) {
                let offered = self.seats_offered[&ride.ride_id];
                let held = view
                    .matches
                    .iter()
                    .filter(|m| m.role == Role::Driver && m.ride_id == ride.ride_id)
                    .filter(holding)
                    .count();
                prop_assert!(
                    held <= usize::from(offered),
                    "offer {} holds {held} of {offered} seats",
                    ride.ride_id
                );
                if ride.state == "open" {
                    prop_assert_eq!(
                        usize::from(ride.seats_left.unwrap_or(0)) + held,
                        usize::from(offered),
                        "offer {} seats_left plus held",
                        ride.ride_id
                    );
                }
            }
        }
        Ok(())
    }
}

fn cases(default: u32) -> u32 {
    std::env::var("WAYMARK_SEATS_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn seats_add_up_on(store: &Store, case_count: u32) {
    let mut runner = TestRunner::new(Config {
        cases: case_count,
        failure_persistence: None,
        ..Config::default()
    });
    let now = Utc::now();
    let case_no = AtomicU64::new(0);
    runner
        .run(&proptest::collection::vec(action(), 1..40), |actions| {
            let n = case_no.fetch_add(1, Ordering::Relaxed);
            let mut case = Case {
                store,
                now,
                start: now + Duration::days(2),
                devices: (0..DEVICES).map(|d| format!("case{n}-device{d}")).collect(),
                meetings: (0..OCCURRENCES).map(|o| format!("seats:{n}:{o}")).collect(),
                seats_offered: HashMap::new(),
            };
            for a in &actions {
                case.apply(a);
                case.check()?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn seats_add_up_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("board.sqlite")).unwrap();
    seats_add_up_on(&store, cases(96));
}

#[test]
fn seats_add_up_on_postgres() {
    let Some(db) = waymark_tests::PgTestDb::create() else {
        return;
    };
    let store = Store::connect(&db.url, 2).unwrap();
    seats_add_up_on(&store, cases(64));
    drop(store);
}
