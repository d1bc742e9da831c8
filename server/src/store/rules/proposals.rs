//! Proposals: which offers each open request is shown, refreshed incrementally.
//!
//! Split from the rules because it is the one part with its own reasoning: after a sync
//! touches an occurrence, only the rides that changed since proposals were last made are
//! checked, each against the other side, so a busy meeting's syncs cost what changed (see
//! [`propose`]). Everything here runs inside the sync's transaction.

use super::*;

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
pub(super) fn propose(tx: &mut dyn Tx, meeting: &str, date: &str) -> Result<()> {
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
