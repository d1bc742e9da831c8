//! Tests of the car-pool outbox (composing, checks before queueing, answers).

use super::*;
use crate::vault::tests::{key, now};

/// Tuesdays 19:00 in London, at an exact place.
fn tuesday_meeting() -> crate::Meeting {
    serde_json::from_value(serde_json::json!({
        "id": "wales:tue-eve", "source_id": "wales", "key": "tue-eve",
        "name": "Hope on Tuesday", "program": "aa", "weekdays": [2],
        "start_minute": 1140, "duration_minutes": 60, "timezone": "Europe/London",
        "timezone_origin": "meeting", "attendance": "in_person", "temporarily_closed": false,
        "location_name": null, "address": "1 High St", "approximate_location": false,
        "latitude": 52.414, "longitude": -4.081, "conference_url": null,
        "conference_url_notes": null, "conference_phone": null,
        "conference_phone_notes": null, "types": [], "raw_types": [], "languages": [],
        "notes": null, "location_notes": null, "region": [], "group": null, "url": null,
        "updated": null
    }))
    .unwrap()
}

#[test]
fn drafts_take_place_and_times_from_the_meeting_and_refuse_impossible_times() {
    let m = tuesday_meeting();
    let home = GeoPoint {
        latitude: 52.40,
        longitude: -4.05,
    };
    // 31 March 2026 is the first Tuesday of British Summer Time: 19:00 is 18:00 UTC.
    let date: NaiveDate = "2026-03-31".parse().unwrap();
    let offer =
        OfferDraft::to_meeting(&m, date, 3, home, Some(18 * 60 + 20), 15, false, false).unwrap();
    assert_eq!(
        offer.meeting_start.to_rfc3339(),
        "2026-03-31T18:00:00+00:00"
    );
    assert_eq!(
        offer.leave_after.unwrap().to_rfc3339(),
        "2026-03-31T17:20:00+00:00"
    );
    assert_eq!(offer.meeting_place.latitude, 52.414);
    let late = OfferDraft::to_meeting(&m, date, 3, home, Some(19 * 60), 15, false, false);
    assert!(
        matches!(late, Err(Error::InvalidArgument(ref e)) if e.to_string().contains("before the meeting starts"))
    );

    let request = RequestDraft::to_meeting(&m, date, home, None, false, false).unwrap();
    assert_eq!(request.arrive_by.to_rfc3339(), "2026-03-31T17:50:00+00:00");
    assert!(RequestDraft::to_meeting(&m, date, home, Some(19 * 60 + 5), false, false).is_err());
    assert!(RequestDraft::to_meeting(&m, date, home, Some(1440), false, false).is_err());
    // Not a Tuesday: no ride to a meeting that does not happen.
    let wednesday: NaiveDate = "2026-04-01".parse().unwrap();
    assert!(RequestDraft::to_meeting(&m, wednesday, home, None, false, false).is_err());
}

fn draft() -> OfferDraft {
    OfferDraft {
        meeting_id: "wales:tue-eve".into(),
        date: "2026-11-26".parse().unwrap(),
        meeting_place: GeoPoint {
            latitude: 52.414,
            longitude: -4.081,
        },
        meeting_start: "2026-11-26T19:30:00Z".parse().unwrap(),
        timezone: Some("Europe/London".into()),
        seats: 3,
        from: GeoPoint {
            latitude: 52.40853,
            longitude: -4.05617,
        },
        leave_after: None,
        max_detour_minutes: 15,
        women_only: false,
        wheelchair_space: false,
    }
}

#[test]
fn composed_offline_the_exact_start_stays_and_only_the_cell_is_queued() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    let op = v.compose_offer(draft(), t).unwrap();
    let pending = v.pending_ops().unwrap();
    assert_eq!(pending, vec![op.clone()]);
    let body = serde_json::to_string(&pending).unwrap();
    assert!(!body.contains("40853") && !body.contains("05617"), "{body}");
    let Op::Offer(o) = &op.op else { panic!() };
    assert_eq!(v.ride_place(&o.ride_id).unwrap().latitude, 52.40853);
    // A cancel is queued after it; both stay pending until answered.
    let cancel = v
        .compose(
            Op::Cancel {
                ride_id: o.ride_id.clone(),
            },
            t,
        )
        .unwrap();
    assert_eq!(v.pending_ops().unwrap().len(), 2);
    v.record_op_results(
        &[
            OpResult {
                op_id: op.op_id.clone(),
                outcome: OpOutcome::Applied,
            },
            OpResult {
                op_id: cancel.op_id.clone(),
                outcome: OpOutcome::Rejected {
                    code: "too_late".into(),
                    message: "That ride has already left.".into(),
                },
            },
            OpResult {
                op_id: "unknown".into(),
                outcome: OpOutcome::Applied,
            },
        ],
        t,
    )
    .unwrap();
    let out = v.outbox().unwrap();
    assert_eq!(out[0].state, OpState::Applied);
    assert_eq!(out[1].state, OpState::Rejected);
    assert_eq!(out[1].code.as_deref(), Some("too_late"));
    assert!(v.pending_ops().unwrap().is_empty());
    // A late duplicate answer does not change an answered op.
    v.record_op_results(
        &[OpResult {
            op_id: cancel.op_id.clone(),
            outcome: OpOutcome::Applied,
        }],
        t,
    )
    .unwrap();
    assert_eq!(v.outbox().unwrap()[1].state, OpState::Rejected);
}

#[test]
fn invalid_drafts_queue_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    let mut d = draft();
    d.seats = 0;
    assert!(v.compose_offer(d, t).is_err());
    let mut d = draft();
    d.from = GeoPoint {
        latitude: 0.0,
        longitude: 0.0,
    };
    assert!(v.compose_offer(d, t).is_err());
    // What the server would refuse is refused here: a start months ahead or already
    // past, a date that is not the start's local date, an id that is not a UUID.
    let mut d = draft();
    d.meeting_start = "9999-11-26T19:30:00Z".parse().unwrap();
    d.date = "9999-11-26".parse().unwrap();
    let far = v.compose_offer(d, t);
    assert!(matches!(far, Err(Error::InvalidArgument(ref m)) if m.to_string().contains("60 days")));
    let started = v.compose_offer(draft(), now("2026-11-26T19:31:00+00:00"));
    assert!(
        matches!(started, Err(Error::MeetingAlreadyStarted)),
        "{started:?}"
    );
    let mut d = draft();
    d.date = "2026-11-27".parse().unwrap();
    assert!(v.compose_offer(d, t).is_err());
    let bad_cancel = Op::Cancel {
        ride_id: "x".repeat(64),
    };
    assert!(v.compose(bad_cancel, t).is_err());
    assert!(v.outbox().unwrap().is_empty());
}

#[test]
fn composed_rides_carry_uuids_and_the_meetings_zone_and_pass_the_servers_checks() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let m = tuesday_meeting();
    let home = GeoPoint {
        latitude: 52.40,
        longitude: -4.05,
    };
    let date: NaiveDate = "2026-11-24".parse().unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    let offer = OfferDraft::to_meeting(&m, date, 3, home, None, 15, false, false).unwrap();
    let request = RequestDraft::to_meeting(&m, date, home, None, false, false).unwrap();
    let ops = [
        v.compose_offer(offer, t).unwrap(),
        v.compose_request(request, t).unwrap(),
    ];
    for op in &ops {
        // Exactly what the server checks (it parses the JSON it is sent).
        let sent: OutboxOp = serde_json::from_str(&serde_json::to_string(op).unwrap()).unwrap();
        sent.validate().unwrap();
        assert!(uuid::Uuid::try_parse(&sent.op_id).is_ok());
        let (ride_id, tz) = match &sent.op {
            Op::Offer(o) => (&o.ride_id, &o.timezone),
            Op::Request(r) => (&r.ride_id, &r.timezone),
            _ => unreachable!(),
        };
        assert_eq!(uuid::Uuid::try_parse(ride_id).unwrap().get_version_num(), 7);
        assert_eq!(tz.as_deref(), Some("Europe/London"));
    }
}

#[test]
fn a_start_far_from_the_meeting_is_refused_before_anything_is_queued() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let m = tuesday_meeting();
    let date: NaiveDate = "2026-11-24".parse().unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    // Latitude and longitude swapped: a point in the sea off Somalia, thousands of km away.
    let swapped = GeoPoint {
        latitude: -4.05,
        longitude: 52.40,
    };
    let offer = OfferDraft::to_meeting(&m, date, 3, swapped, None, 15, false, false).unwrap();
    let e = v.compose_offer(offer, t).unwrap_err();
    assert!(
        matches!(e, Error::RideStartTooFar { distance_km, limit_km: 150 } if distance_km > 5000),
        "{e:?}"
    );
    // Dublin is about 180 km from Aberystwyth: over the default, fine once the limit is 300.
    let dublin = GeoPoint {
        latitude: 53.35,
        longitude: -6.26,
    };
    let request = RequestDraft::to_meeting(&m, date, dublin, None, false, false).unwrap();
    let e = v.compose_request(request.clone(), t).unwrap_err();
    assert!(
        matches!(
            e,
            Error::RideStartTooFar {
                distance_km: 170..=190,
                limit_km: 150
            }
        ),
        "{e:?}"
    );
    assert!(v.outbox().unwrap().is_empty());
    assert_eq!(v.ride_max_start_km().unwrap(), DEFAULT_MAX_RIDE_START_KM);
    assert!(v.set_ride_max_start_km(Some(0)).is_err());
    assert!(v
        .set_ride_max_start_km(Some(MAX_RIDE_START_KM_LIMIT + 1))
        .is_err());
    v.set_ride_max_start_km(Some(300)).unwrap();
    assert_eq!(v.ride_max_start_km().unwrap(), 300);
    v.compose_request(request, t).unwrap();
    assert_eq!(v.outbox().unwrap().len(), 1);
    v.set_ride_max_start_km(None).unwrap();
    assert_eq!(v.ride_max_start_km().unwrap(), DEFAULT_MAX_RIDE_START_KM);
}

#[test]
fn one_id_per_ride_and_unknown_ids_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    let op = v.compose_offer(draft(), t).unwrap();
    let Op::Offer(o) = &op.op else { panic!() };
    // The outbox shows the ride's id, the one composing returned, not the operation's.
    assert_eq!(v.outbox().unwrap()[0].id(), o.ride_id);
    assert_ne!(op.op_id, o.ride_id);
    // Unknown ids queue nothing.
    let banana = v.compose(
        Op::Cancel {
            ride_id: "banana".into(),
        },
        t,
    );
    assert!(matches!(banana, Err(Error::UnknownRide)), "{banana:?}");
    let other = v.compose(
        Op::Cancel {
            ride_id: uuid::Uuid::now_v7().to_string(),
        },
        t,
    );
    assert!(matches!(other, Err(Error::UnknownRide)), "{other:?}");
    let accept = v.compose(
        Op::Accept {
            match_id: uuid::Uuid::now_v7().to_string(),
            pickup_point: None,
        },
        t,
    );
    assert!(matches!(accept, Err(Error::UnknownMatch)), "{accept:?}");
    assert_eq!(v.outbox().unwrap().len(), 1);
    // Its own id cancels it, and the cancellation shows the same id.
    v.compose(
        Op::Cancel {
            ride_id: o.ride_id.clone(),
        },
        t,
    )
    .unwrap();
    assert_eq!(v.outbox().unwrap()[1].id(), o.ride_id);
}

#[test]
fn a_refused_change_is_tried_again_under_a_new_id_and_only_while_it_can_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = Vault::open(dir.path().join("v"), &key(8)).unwrap();
    let t = now("2026-11-22T10:00:00+00:00");
    let op = v.compose_offer(draft(), t).unwrap();
    // Pending: nothing to try again.
    assert!(matches!(
        v.retry_op(&op.op_id, t),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(v.retry_op("nope", t), Err(Error::NotFound(_))));
    let refuse = |op_id: &str| OpResult {
        op_id: op_id.to_string(),
        outcome: OpOutcome::Rejected {
            code: "meeting_full".into(),
            message: "Full.".into(),
        },
    };
    v.record_op_results(&[refuse(&op.op_id)], t).unwrap();
    assert!(v.pending_ops().unwrap().is_empty());
    let again = v.retry_op(&op.op_id, t).unwrap();
    // A new operation id (the board would answer the old one with its stored refusal), the
    // same ride, pending; the refused entry stays as it was.
    assert_ne!(again.op_id, op.op_id);
    assert_eq!(again.op, op.op);
    assert_eq!(v.pending_ops().unwrap(), vec![again.clone()]);
    assert_eq!(v.outbox().unwrap()[0].state, OpState::Rejected);
    // Once the meeting has started, trying again is refused and nothing is queued.
    v.record_op_results(&[refuse(&again.op_id)], t).unwrap();
    let late = now("2026-11-26T20:00:00+00:00");
    assert!(matches!(
        v.retry_op(&again.op_id, late),
        Err(Error::MeetingAlreadyStarted)
    ));
    assert!(v.pending_ops().unwrap().is_empty());
}
