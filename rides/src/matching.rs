//! Matching riders to drivers for one meeting occurrence.
//!
//! Goal, in order: match as many riders as possible, then add as little driving as possible.
//! Hard limits: seats, each driver's maximum detour, each rider's arrive-by (with their
//! flexibility) and the driver's earliest departure, "women only" offers, wheelchair space.
//! The answer is deterministic (inputs are sorted by id; ties resolve the same way every time)
//! and every match explains itself: pickup order, pickup times and minutes added per rider.
//!
//! How:
//! 1. Every driver–rider pair is checked on its own: the rider's needs against the offer, the
//!    detour of picking up only that rider (`o→p→meeting − o→meeting`) against the limit, and
//!    whether the driver can get them there in time. A pair's cost is that detour in whole
//!    minutes.
//! 2. Min-cost max-flow (source → driver, capacity = seats → rider, capacity 1 → sink) gives
//!    the most riders matched and, among those, the least total pairwise detour — exactly.
//!    The solver is primal–dual: Dijkstra with potentials, then every shortest augmenting path
//!    of that length at once, so the number of rounds follows the (small) range of minute
//!    costs rather than the number of riders.
//! 3. A driver carrying several riders drives one route: the best pickup order is found
//!    (every order up to six riders, nearest-next beyond) and the whole route is checked
//!    against the detour limit and everyone's arrive-by. Where it fails, the car takes the
//!    largest workable set (then the shortest route) from its riders and the riders nobody
//!    took that fit it (the eight cheapest), and everyone left over is offered any free seat
//!    (cheapest feasible insertion), or a seat freed by moving one rider to another car with
//!    room (one ejection), else reported unmatched.
//!
//! Exactness: step 2 is exact for the pairwise model (one rider per car, or car-loads whose
//! route costs what its pairs cost); step 3 keeps larger car-loads honest, and a property test
//! compares the result with an exhaustive search over every assignment on small instances.
//! For very large instances the same steps apply: the pair check prunes most pairs, and the
//! flow's rounds follow the range of minute costs.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::geo::GeoPoint;
use crate::TravelEstimator;

/// Where and when everyone is going.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Destination {
    /// The meeting's place.
    pub place: GeoPoint,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
}

/// A driver's offer, as the matcher sees it (coarse origin).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferInput {
    /// Offer id.
    pub id: String,
    /// Centre of the driver's start cell.
    pub origin: GeoPoint,
    /// Free seats.
    pub seats: u8,
    /// Most minutes the driver will add to their trip.
    pub max_detour_minutes: u32,
    /// Earliest the driver can leave.
    pub leave_after: Option<DateTime<Utc>>,
    /// Only women riders.
    pub women_only: bool,
    /// Room for a wheelchair.
    pub wheelchair_space: bool,
}

/// A rider's request, as the matcher sees it (coarse pickup area).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestInput {
    /// Request id.
    pub id: String,
    /// Centre of the rider's pickup cell.
    pub pickup: GeoPoint,
    /// When they want to be there.
    pub arrive_by: DateTime<Utc>,
    /// Minutes later than `arrive_by` that are still fine.
    pub flexibility_minutes: u32,
    /// Needs wheelchair space.
    pub needs_wheelchair: bool,
    /// Fits a "women only" offer (the rider says so).
    pub rider_is_woman: bool,
}

/// One rider in a matched ride.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiderStop {
    /// The request.
    pub request_id: String,
    /// Pickup order, from 1.
    pub order: u32,
    /// Minutes this pickup adds to the driver's route.
    pub added_minutes: u32,
    /// When the driver reaches the pickup area.
    pub pickup_at: DateTime<Utc>,
}

/// A driver with the riders they take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedRide {
    /// The offer.
    pub offer_id: String,
    /// Pickups in order.
    pub stops: Vec<RiderStop>,
    /// Minutes added to the driver's trip in all ("about 6 minutes out of your way").
    pub added_minutes: u32,
    /// When the driver should leave.
    pub leave_at: DateTime<Utc>,
    /// When they arrive at the meeting.
    pub arrive_at: DateTime<Utc>,
}

/// Why a rider has no ride.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnmatchedReason {
    /// No offer fits their place, time or needs.
    NoDriverFits,
    /// Offers that fit are full.
    SeatsTaken,
}

/// A rider without a ride, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmatched {
    /// The request.
    pub request_id: String,
    /// Why.
    pub reason: UnmatchedReason,
}

/// The matcher's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchResult {
    /// Rides with at least one rider, by offer id.
    pub rides: Vec<MatchedRide>,
    /// Riders without a ride, by request id.
    pub unmatched: Vec<Unmatched>,
}

impl MatchResult {
    /// How many riders have a ride.
    pub fn matched_riders(&self) -> usize {
        self.rides.iter().map(|r| r.stops.len()).sum()
    }
}

/// Up to this many riders in one car, every pickup order is tried.
const EXACT_ORDER_UP_TO: usize = 6;

struct Ctx<'a> {
    dest: Destination,
    offers: Vec<&'a OfferInput>,
    requests: Vec<&'a RequestInput>,
    est: &'a dyn TravelEstimator,
    /// Minutes from each offer's origin to the meeting.
    direct: Vec<f64>,
    /// Minutes from each pickup to the meeting.
    to_dest: Vec<f64>,
}

impl Ctx<'_> {
    fn latest_arrival(&self, r: usize) -> DateTime<Utc> {
        let q = self.requests[r];
        q.arrive_by + Duration::minutes(i64::from(q.flexibility_minutes))
    }

    /// Pair check; `Some(detour minutes)` when the pair can work on its own.
    fn pair(&self, d: usize, r: usize) -> Option<f64> {
        let (o, q) = (self.offers[d], self.requests[r]);
        if (o.women_only && !q.rider_is_woman) || (q.needs_wheelchair && !o.wheelchair_space) {
            return None;
        }
        let to_pickup = self.est.minutes(o.origin, q.pickup);
        let route = to_pickup + self.to_dest[r];
        let detour = (route - self.direct[d]).max(0.0);
        if detour > f64::from(o.max_detour_minutes) {
            return None;
        }
        if let Some(leave) = o.leave_after {
            if leave + minutes(route) > self.latest_arrival(r) {
                return None;
            }
        }
        Some(detour)
    }

    /// Best order for these riders and its route time, or `None` when no order meets the
    /// detour limit and everyone's arrive-by.
    fn route(&self, d: usize, riders: &[usize]) -> Option<(Vec<usize>, f64)> {
        let o = self.offers[d];
        let time = |order: &[usize]| {
            let mut t = 0.0;
            let mut at = o.origin;
            for &r in order {
                t += self.est.minutes(at, self.requests[r].pickup);
                at = self.requests[r].pickup;
            }
            t + self.est.minutes(at, self.dest.place)
        };
        let best = if riders.len() <= EXACT_ORDER_UP_TO {
            let mut best: Option<(Vec<usize>, f64)> = None;
            permutations(riders, &mut |p| {
                let t = time(p);
                if best.as_ref().is_none_or(|(_, b)| t < *b - 1e-9) {
                    best = Some((p.to_vec(), t));
                }
            });
            best?
        } else {
            let mut left = riders.to_vec();
            let mut order = Vec::new();
            let mut at = o.origin;
            while !left.is_empty() {
                let (i, _) = left
                    .iter()
                    .enumerate()
                    .map(|(i, &r)| (i, self.est.minutes(at, self.requests[r].pickup)))
                    .fold((0, f64::INFINITY), |a, b| if b.1 < a.1 { b } else { a });
                let r = left.remove(i);
                at = self.requests[r].pickup;
                order.push(r);
            }
            let t = time(&order);
            (order, t)
        };
        let (order, total) = best;
        if total - self.direct[d] > f64::from(o.max_detour_minutes) + 1e-9 {
            return None;
        }
        self.schedule(d, &order, total).map(|_| (order, total))
    }

    /// Leave and arrive times for a route: aim for the earliest arrive-by, leave no earlier
    /// than the driver can, and arrive no later than anyone's arrive-by plus flexibility.
    fn schedule(
        &self,
        d: usize,
        order: &[usize],
        total: f64,
    ) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let target = order
            .iter()
            .map(|&r| self.requests[r].arrive_by)
            .min()
            .unwrap_or(self.dest.starts_at)
            .min(self.dest.starts_at);
        let latest = order
            .iter()
            .map(|&r| self.latest_arrival(r))
            .min()
            .unwrap_or(self.dest.starts_at);
        let mut leave = target - minutes(total);
        if let Some(after) = self.offers[d].leave_after {
            leave = leave.max(after);
        }
        let arrive = leave + minutes(total);
        (arrive <= latest).then_some((leave, arrive))
    }
}

fn minutes(m: f64) -> Duration {
    Duration::seconds((m * 60.0).round() as i64)
}

/// Calls `f` with every permutation of `xs` (Heap's algorithm).
fn permutations(xs: &[usize], f: &mut dyn FnMut(&[usize])) {
    let mut a = xs.to_vec();
    let n = a.len();
    let mut c = vec![0usize; n];
    f(&a);
    let mut i = 0;
    while i < n {
        if c[i] < i {
            if i % 2 == 0 {
                a.swap(0, i);
            } else {
                a.swap(c[i], i);
            }
            f(&a);
            c[i] += 1;
            i = 0;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
}

/// Calls `f` with every `k`-element subset of `xs` (in order).
fn subsets(xs: &[usize], k: usize, f: &mut dyn FnMut(&[usize])) {
    fn go(xs: &[usize], k: usize, start: usize, cur: &mut Vec<usize>, f: &mut dyn FnMut(&[usize])) {
        if cur.len() == k {
            f(cur);
            return;
        }
        for i in start..xs.len() {
            if xs.len() - i < k - cur.len() {
                break;
            }
            cur.push(xs[i]);
            go(xs, k, i + 1, cur, f);
            cur.pop();
        }
    }
    go(xs, k, 0, &mut Vec::with_capacity(k), f);
}

/// One offer and one rider on their own: `Some((minutes added, pickup time))` exactly when
/// [`match_rides`] with just these two would seat the rider, with the same figures, at a
/// fraction of the cost (no flow, no allocation per pair beyond two small vectors). The board
/// uses it to re-check only the pairs a change touches.
pub fn fit_pair(
    dest: Destination,
    offer: &OfferInput,
    request: &RequestInput,
    est: &dyn TravelEstimator,
) -> Option<(u32, DateTime<Utc>)> {
    if offer.seats == 0 {
        return None;
    }
    let ctx = Ctx {
        dest,
        offers: vec![offer],
        requests: vec![request],
        est,
        direct: vec![est.minutes(offer.origin, dest.place)],
        to_dest: vec![est.minutes(request.pickup, dest.place)],
    };
    ctx.pair(0, 0)?;
    let (order, total) = ctx.route(0, &[0])?;
    let (leave, _) = ctx.schedule(0, &order, total)?;
    let added = (total - ctx.direct[0]).max(0.0).round() as u32;
    Some((
        added,
        leave + minutes(est.minutes(offer.origin, request.pickup)),
    ))
}

/// Matches riders to drivers. See the module docs for the method.
pub fn match_rides(
    dest: Destination,
    offers: &[OfferInput],
    requests: &[RequestInput],
    est: &dyn TravelEstimator,
) -> MatchResult {
    let mut offers: Vec<&OfferInput> = offers.iter().filter(|o| o.seats > 0).collect();
    offers.sort_by(|a, b| a.id.cmp(&b.id));
    offers.dedup_by(|a, b| a.id == b.id);
    let mut requests: Vec<&RequestInput> = requests.iter().collect();
    requests.sort_by(|a, b| a.id.cmp(&b.id));
    requests.dedup_by(|a, b| a.id == b.id);
    let direct = offers
        .iter()
        .map(|o| est.minutes(o.origin, dest.place))
        .collect();
    let to_dest = requests
        .iter()
        .map(|r| est.minutes(r.pickup, dest.place))
        .collect();
    let ctx = Ctx {
        dest,
        offers,
        requests,
        est,
        direct,
        to_dest,
    };
    let (nd, nr) = (ctx.offers.len(), ctx.requests.len());

    // 1–2. Pairs and the flow.
    let source = 0;
    let sink = nd + nr + 1;
    let mut g = Flow::new(nd + nr + 2);
    let mut fits_someone = vec![false; nr];
    for d in 0..nd {
        g.add(source, 1 + d, i64::from(ctx.offers[d].seats), 0);
    }
    let mut pair_edges = Vec::new();
    for d in 0..nd {
        for (r, fits) in fits_someone.iter_mut().enumerate() {
            if let Some(detour) = ctx.pair(d, r) {
                *fits = true;
                let e = g.add(1 + d, 1 + nd + r, 1, detour.round() as i64);
                pair_edges.push((d, r, e));
            }
        }
    }
    for r in 0..nr {
        g.add(1 + nd + r, sink, 1, 0);
    }
    g.min_cost_max_flow(source, sink);
    let mut loads: Vec<Vec<usize>> = vec![Vec::new(); nd];
    for &(d, r, (u, i)) in &pair_edges {
        if g.edges[u][i].cap == 0 {
            loads[d].push(r);
        }
    }

    // 3. Whole routes. A car whose riders cannot all be taken in one route gets the largest
    //    set (then the shortest route) among its riders and the riders nobody took that fit
    //    it, eight cheapest at most; everyone left over is then offered any free seat.
    let mut taken = vec![false; nr];
    for load in &loads {
        for &r in load {
            taken[r] = true;
        }
    }
    let mut routes: Vec<Option<(Vec<usize>, f64)>> = vec![None; nd];
    for d in 0..nd {
        let riders = std::mem::take(&mut loads[d]);
        if riders.is_empty() {
            continue;
        }
        if let Some(route) = ctx.route(d, &riders) {
            routes[d] = Some(route);
            continue;
        }
        for &r in &riders {
            taken[r] = false;
        }
        let mut candidates: Vec<(f64, usize)> = (0..nr)
            .filter(|&r| !taken[r] || riders.contains(&r))
            .filter_map(|r| ctx.pair(d, r).map(|c| (c, r)))
            .collect();
        candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        candidates.truncate(8);
        let pool: Vec<usize> = candidates.into_iter().map(|(_, r)| r).collect();
        let seats = usize::from(ctx.offers[d].seats).min(pool.len());
        'size: for size in (1..=seats).rev() {
            let mut best: Option<(Vec<usize>, f64)> = None;
            subsets(&pool, size, &mut |set| {
                if let Some(route) = ctx.route(d, set) {
                    if best.as_ref().is_none_or(|(_, t)| route.1 < *t - 1e-9) {
                        best = Some(route);
                    }
                }
            });
            if let Some(route) = best {
                for &r in &route.0 {
                    taken[r] = true;
                }
                routes[d] = Some(route);
                break 'size;
            }
        }
    }
    let mut unmatched = Vec::new();
    for r in 0..nr {
        if taken[r] || !fits_someone[r] {
            continue;
        }
        // Cheapest feasible insertion into a car with a free seat.
        let mut best: Option<(f64, usize, (Vec<usize>, f64))> = None;
        for d in 0..nd {
            if load(&routes, d) >= usize::from(ctx.offers[d].seats) || ctx.pair(d, r).is_none() {
                continue;
            }
            let current = routes[d]
                .as_ref()
                .map(|(o, _)| o.clone())
                .unwrap_or_default();
            let before = routes[d].as_ref().map(|(_, t)| *t).unwrap_or(ctx.direct[d]);
            let mut with = current;
            with.push(r);
            if let Some(route) = ctx.route(d, &with) {
                let added = route.1 - before;
                if best.as_ref().is_none_or(|(b, _, _)| added < *b - 1e-9) {
                    best = Some((added, d, route));
                }
            }
        }
        match best {
            Some((_, d, route)) => {
                taken[r] = true;
                routes[d] = Some(route);
            }
            None => {
                if eject(&ctx, &mut routes, r) {
                    taken[r] = true;
                } else {
                    unmatched.push(r);
                }
            }
        }
    }

    // Explanations.
    let mut rides = Vec::new();
    for (d, route) in routes.into_iter().enumerate() {
        let Some((order, total)) = route else {
            continue;
        };
        let Some((leave, arrive)) = ctx.schedule(d, &order, total) else {
            continue;
        };
        let o = ctx.offers[d];
        let mut t = 0.0;
        let mut at = o.origin;
        let mut stops = Vec::new();
        for (i, &r) in order.iter().enumerate() {
            t += est.minutes(at, ctx.requests[r].pickup);
            at = ctx.requests[r].pickup;
            let without: Vec<usize> = order.iter().copied().filter(|&x| x != r).collect();
            let route_without = route_time(&ctx, d, &without);
            stops.push(RiderStop {
                request_id: ctx.requests[r].id.clone(),
                order: i as u32 + 1,
                added_minutes: (total - route_without).max(0.0).round() as u32,
                pickup_at: leave + minutes(t),
            });
        }
        rides.push(MatchedRide {
            offer_id: o.id.clone(),
            stops,
            added_minutes: (total - ctx.direct[d]).max(0.0).round() as u32,
            leave_at: leave,
            arrive_at: arrive,
        });
    }
    let mut unmatched: Vec<Unmatched> = unmatched
        .into_iter()
        .map(|r| Unmatched {
            request_id: ctx.requests[r].id.clone(),
            reason: if fits_someone[r] {
                UnmatchedReason::SeatsTaken
            } else {
                UnmatchedReason::NoDriverFits
            },
        })
        .collect();
    let matched: std::collections::HashSet<&str> = rides
        .iter()
        .flat_map(|m| m.stops.iter().map(|s| s.request_id.as_str()))
        .collect();
    for (r, q) in ctx.requests.iter().enumerate() {
        if !matched.contains(q.id.as_str()) && !unmatched.iter().any(|u| u.request_id == q.id) {
            unmatched.push(Unmatched {
                request_id: q.id.clone(),
                reason: if fits_someone[r] {
                    UnmatchedReason::SeatsTaken
                } else {
                    UnmatchedReason::NoDriverFits
                },
            });
        }
    }
    unmatched.sort_by(|a, b| a.request_id.cmp(&b.request_id));
    MatchResult { rides, unmatched }
}

/// One ejection: seat rider `r` in a car in place of a rider `x` who can move to another car
/// with a free seat. Returns whether it worked (and then has changed both routes).
fn eject(ctx: &Ctx, routes: &mut [Option<(Vec<usize>, f64)>], r: usize) -> bool {
    let nd = ctx.offers.len();
    let free: Vec<usize> = (0..nd)
        .filter(|&d| load(routes, d) < usize::from(ctx.offers[d].seats))
        .collect();
    if free.is_empty() {
        return false;
    }
    for d in 0..nd {
        let Some((riders, _)) = routes[d].clone() else {
            continue;
        };
        if ctx.pair(d, r).is_none() {
            continue;
        }
        for &x in &riders {
            let mut here: Vec<usize> = riders.iter().copied().filter(|&y| y != x).collect();
            here.push(r);
            let Some(new_here) = ctx.route(d, &here) else {
                continue;
            };
            for &d2 in free.iter().filter(|&&d2| d2 != d) {
                if ctx.pair(d2, x).is_none() {
                    continue;
                }
                let there = routes[d2]
                    .as_ref()
                    .map(|(o, _)| o.clone())
                    .unwrap_or_default();
                let mut with = there;
                with.push(x);
                if let Some(new_there) = ctx.route(d2, &with) {
                    routes[d] = Some(new_here);
                    routes[d2] = Some(new_there);
                    return true;
                }
            }
        }
    }
    false
}

/// How many riders car `d` has.
fn load(routes: &[Option<(Vec<usize>, f64)>], d: usize) -> usize {
    routes[d].as_ref().map_or(0, |(o, _)| o.len())
}

/// Route time for a given pickup order (no checks).
fn route_time(ctx: &Ctx, d: usize, order: &[usize]) -> f64 {
    let mut t = 0.0;
    let mut at = ctx.offers[d].origin;
    for &r in order {
        t += ctx.est.minutes(at, ctx.requests[r].pickup);
        at = ctx.requests[r].pickup;
    }
    t + ctx.est.minutes(at, ctx.dest.place)
}

#[derive(Clone, Copy)]
struct Edge {
    to: usize,
    rev: usize,
    cap: i64,
    cost: i64,
}

/// Min-cost max-flow, primal–dual: Dijkstra with potentials finds the shortest augmenting
/// distance, then depth-first search pushes flow along every path of exactly that length
/// (edges of zero reduced cost) before the next Dijkstra.
struct Flow {
    edges: Vec<Vec<Edge>>,
}

impl Flow {
    fn new(n: usize) -> Self {
        Self {
            edges: vec![Vec::new(); n],
        }
    }

    /// Adds an edge; returns (from, index) to read its flow later.
    fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) -> (usize, usize) {
        let (a, b) = (self.edges[from].len(), self.edges[to].len());
        self.edges[from].push(Edge {
            to,
            rev: b + usize::from(from == to),
            cap,
            cost,
        });
        self.edges[to].push(Edge {
            to: from,
            rev: a,
            cap: 0,
            cost: -cost,
        });
        (from, a)
    }

    fn min_cost_max_flow(&mut self, s: usize, t: usize) -> (i64, i64) {
        let n = self.edges.len();
        let mut h = vec![0i64; n];
        let (mut flow, mut cost) = (0i64, 0i64);
        loop {
            // Dijkstra on reduced costs.
            let mut dist = vec![i64::MAX; n];
            dist[s] = 0;
            let mut heap = BinaryHeap::new();
            heap.push(Reverse((0i64, s)));
            while let Some(Reverse((du, u))) = heap.pop() {
                if du > dist[u] {
                    continue;
                }
                for e in &self.edges[u] {
                    if e.cap > 0 {
                        let nd = du + e.cost + h[u] - h[e.to];
                        if nd < dist[e.to] {
                            dist[e.to] = nd;
                            heap.push(Reverse((nd, e.to)));
                        }
                    }
                }
            }
            if dist[t] == i64::MAX {
                return (flow, cost);
            }
            for v in 0..n {
                if dist[v] != i64::MAX {
                    h[v] += dist[v];
                }
            }
            // Push along every zero-reduced-cost path.
            let mut it = vec![0usize; n];
            let mut dead = vec![false; n];
            let mut on_path = vec![false; n];
            loop {
                let f = self.dfs(s, t, i64::MAX, &h, &mut it, &mut dead, &mut on_path);
                if f == 0 {
                    break;
                }
                flow += f;
                cost += f * (h[t] - h[s]);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn dfs(
        &mut self,
        u: usize,
        t: usize,
        limit: i64,
        h: &[i64],
        it: &mut [usize],
        dead: &mut [bool],
        on_path: &mut [bool],
    ) -> i64 {
        if u == t {
            return limit;
        }
        on_path[u] = true;
        while it[u] < self.edges[u].len() {
            let e = self.edges[u][it[u]];
            if e.cap > 0 && !dead[e.to] && !on_path[e.to] && e.cost + h[u] - h[e.to] == 0 {
                let f = self.dfs(e.to, t, limit.min(e.cap), h, it, dead, on_path);
                if f > 0 {
                    self.edges[u][it[u]].cap -= f;
                    self.edges[e.to][e.rev].cap += f;
                    on_path[u] = false;
                    return f;
                }
            }
            it[u] += 1;
        }
        on_path[u] = false;
        dead[u] = true;
        0
    }
}

#[cfg(test)]
mod tests;
