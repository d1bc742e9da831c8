//! Rate limits that are hard to step around.
//!
//! Why this shape:
//! - **Networks, not addresses.** Anyone with one machine has many addresses: a whole IPv6
//!   /64 is routed to a single home, and a small IPv4 range is cheap. Clients are grouped into
//!   networks ([`ClientNetworks`]: IPv4 /24 and IPv6 /64 by default) and a network shares one
//!   budget. `X-Forwarded-For` is believed only when the connection comes from a configured
//!   trusted proxy; otherwise anyone could name any address.
//! - **Bounded memory, nobody forgotten at once.** A [`Buckets`] map holds at most
//!   [`MAX_TRACKED_KEYS`] keys. When full, keys whose bucket has refilled completely are
//!   dropped (a full bucket is the same as a fresh one, so nothing is lost); if every key is
//!   still busy, newcomers share one overflow bucket until room frees up. The old map was
//!   cleared wholesale past 100,000 keys, which handed every limited client a fresh budget.
//! - **Failed authentications cost.** Guessing tokens is limited per claimed device id and per
//!   network; a key that has used its failure budget is refused *before* its token is checked.
//!
//! Written here rather than with `governor`: its keyed limiters cannot look at a bucket without
//! taking from it (needed to refuse before checking a token, while charging only failures),
//! and their key map has no size bound of its own.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;
use ipnet::IpNet;

/// Most keys one limiter remembers (about 100 bytes each). Past this, fully refilled keys are
/// dropped, then newcomers share one overflow bucket.
pub const MAX_TRACKED_KEYS: usize = 100_000;

/// Default prefix length that groups IPv4 clients into one network (a /24: 256 addresses).
pub const DEFAULT_IPV4_PREFIX: u8 = 24;

/// Default prefix length that groups IPv6 clients into one network (a /64: one home or phone).
pub const DEFAULT_IPV6_PREFIX: u8 = 64;

/// Default failed authentications allowed at once per network and per claimed device id.
pub const DEFAULT_AUTH_FAILURE_BURST: u32 = 20;

/// Failed authentications given back per second per network and per claimed device id.
pub const AUTH_FAILURE_REFILL_PER_SECOND: f64 = 0.2;

/// Default registrations allowed at once per network.
pub const DEFAULT_REGISTER_BURST: u32 = 20;

/// Default syncs per second per device (twice that at once).
pub const DEFAULT_SYNC_PER_SECOND: u32 = 30;

/// Registrations given back per second per network.
pub const REGISTER_REFILL_PER_SECOND: f64 = 5.0;

/// A full map is swept for refilled keys at most this often, so a map full of busy keys
/// does not cost a sweep on every request.
const SWEEP_INTERVAL: Duration = Duration::from_secs(1);

#[derive(Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

struct Inner<K> {
    map: HashMap<K, Bucket>,
    overflow: Option<Bucket>,
    last_sweep: Option<Instant>,
}

/// Token buckets by key, at most `max_keys` of them.
pub struct Buckets<K> {
    per_second: f64,
    burst: f64,
    max_keys: usize,
    inner: Mutex<Inner<K>>,
}

impl<K: Hash + Eq + Clone> Buckets<K> {
    /// `per_second` given back, up to `burst` at once, for at most [`MAX_TRACKED_KEYS`] keys.
    pub fn new(per_second: f64, burst: f64) -> Self {
        Self::with_max_keys(per_second, burst, MAX_TRACKED_KEYS)
    }

    /// As [`Buckets::new`], remembering at most `max_keys` keys (at least one).
    pub fn with_max_keys(per_second: f64, burst: f64, max_keys: usize) -> Self {
        Self {
            per_second,
            burst: burst.max(1.0),
            max_keys: max_keys.max(1),
            inner: Mutex::new(Inner {
                map: HashMap::new(),
                overflow: None,
                last_sweep: None,
            }),
        }
    }

    /// Takes one token from `key`'s bucket; `false` (and nothing taken) when it is empty.
    pub fn allow(&self, key: &K) -> bool {
        self.with_bucket(key, Instant::now(), |b| {
            if b.tokens >= 1.0 {
                b.tokens -= 1.0;
                true
            } else {
                false
            }
        })
    }

    /// Whether `key`'s bucket is empty, taking nothing.
    pub fn exhausted(&self, key: &K) -> bool {
        self.with_bucket(key, Instant::now(), |b| b.tokens < 1.0)
    }

    /// Takes one token from `key`'s bucket if it has one (a failure is charged).
    pub fn charge(&self, key: &K) {
        self.allow(key);
    }

    /// How many keys are remembered (the overflow bucket not counted).
    pub fn len(&self) -> usize {
        self.lock().map.len()
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<K>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn refill(&self, b: &mut Bucket, now: Instant) {
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_second).min(self.burst);
        b.last = now;
    }

    fn with_bucket<T>(&self, key: &K, now: Instant, f: impl FnOnce(&mut Bucket) -> T) -> T {
        let mut inner = self.lock();
        let fresh = Bucket {
            tokens: self.burst,
            last: now,
        };
        if !inner.map.contains_key(key) && inner.map.len() >= self.max_keys {
            let due = !matches!(inner.last_sweep,
                Some(t) if now.saturating_duration_since(t) < SWEEP_INTERVAL);
            if due {
                inner.last_sweep = Some(now);
                let (per_second, burst) = (self.per_second, self.burst);
                inner.map.retain(|_, b| {
                    let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
                    b.tokens + elapsed * per_second < burst
                });
            }
            if inner.map.len() >= self.max_keys {
                let b = inner.overflow.get_or_insert(fresh);
                self.refill(b, now);
                return f(b);
            }
        }
        let b = inner.map.entry(key.clone()).or_insert(fresh);
        self.refill(b, now);
        f(b)
    }
}

/// How client addresses are grouped into networks, and which proxies may name the client.
#[derive(Debug, Clone)]
pub struct ClientNetworks {
    /// Prefix length for IPv4 clients (0–32).
    pub ipv4_prefix: u8,
    /// Prefix length for IPv6 clients (0–128).
    pub ipv6_prefix: u8,
    /// Proxies whose `X-Forwarded-For` is believed. Empty: the header is ignored.
    pub trusted_proxies: Vec<IpNet>,
}

impl Default for ClientNetworks {
    fn default() -> Self {
        Self {
            ipv4_prefix: DEFAULT_IPV4_PREFIX,
            ipv6_prefix: DEFAULT_IPV6_PREFIX,
            trusted_proxies: Vec::new(),
        }
    }
}

impl ClientNetworks {
    fn trusted(&self, ip: IpAddr) -> bool {
        self.trusted_proxies.iter().any(|n| n.contains(&ip))
    }

    /// The client's address: the connection's peer, unless the peer is a trusted proxy; then
    /// the last `X-Forwarded-For` entry that is not itself a trusted proxy (entries before it
    /// were written by the client and prove nothing). A header that does not parse is ignored.
    pub fn client_ip(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.trusted(peer) {
            return peer;
        }
        let mut client = peer;
        for value in headers.get_all("x-forwarded-for").iter().rev() {
            let Ok(text) = value.to_str() else {
                return client;
            };
            for entry in text.rsplit(',') {
                let Ok(ip) = entry.trim().parse::<IpAddr>() else {
                    return client;
                };
                client = ip;
                if !self.trusted(ip) {
                    return client;
                }
            }
        }
        client
    }

    /// The network a client address belongs to. IPv4-mapped IPv6 addresses count as IPv4.
    pub fn network(&self, ip: IpAddr) -> IpNet {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        let prefix = match ip {
            IpAddr::V4(_) => self.ipv4_prefix.min(32),
            IpAddr::V6(_) => self.ipv6_prefix.min(128),
        };
        IpNet::new(ip, prefix)
            .expect("prefix lengths are clamped")
            .trunc()
    }

    /// The network of the client behind a request.
    pub fn client_network(&self, peer: IpAddr, headers: &HeaderMap) -> IpNet {
        self.network(self.client_ip(peer, headers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_stays_bounded_and_busy_keys_are_not_forgotten() {
        let b = Buckets::with_max_keys(0.001, 2.0, 100);
        // One client uses up its budget.
        assert!(b.allow(&0u32) && b.allow(&0) && !b.allow(&0));
        // A flood of new keys, far past the bound.
        for k in 1..10_000u32 {
            b.allow(&k);
            assert!(b.len() <= 100);
        }
        // The limited client is still limited: the map was not cleared.
        assert!(!b.allow(&0));
        assert!(b.exhausted(&0));
        // Newcomers beyond the bound share one overflow bucket (itself limited).
        assert!(!b.allow(&1_000_000));
    }

    #[test]
    fn refilled_keys_make_room() {
        let b = Buckets::with_max_keys(1_000_000.0, 1.0, 10);
        for k in 0..10u32 {
            assert!(b.allow(&k));
        }
        std::thread::sleep(Duration::from_millis(5));
        // Every bucket has refilled, so a newcomer gets its own bucket after a sweep.
        assert!(b.allow(&99));
        assert!(b.len() <= 10);
    }

    #[test]
    fn exhausted_takes_nothing() {
        let b = Buckets::with_max_keys(0.0, 1.0, 10);
        assert!(!b.exhausted(&"a"));
        assert!(!b.exhausted(&"a"));
        assert!(b.allow(&"a"));
        assert!(b.exhausted(&"a"));
    }

    #[test]
    fn addresses_group_into_networks() {
        let n = ClientNetworks::default();
        let net = |s: &str| n.network(s.parse().unwrap()).to_string();
        assert_eq!(net("203.0.113.7"), "203.0.113.0/24");
        assert_eq!(net("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(net("::ffff:203.0.113.9"), "203.0.113.0/24");
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "198.51.100.1, 192.0.2.50".parse().unwrap(),
        );
        let peer: IpAddr = "10.0.0.2".parse().unwrap();
        let untrusting = ClientNetworks::default();
        assert_eq!(untrusting.client_ip(peer, &h), peer);
        let trusting = ClientNetworks {
            trusted_proxies: vec!["10.0.0.0/8".parse().unwrap()],
            ..ClientNetworks::default()
        };
        // The proxy appended the address it saw; the first entry is the client's own claim.
        assert_eq!(
            trusting.client_ip(peer, &h),
            "192.0.2.50".parse::<IpAddr>().unwrap()
        );
        h.insert("x-forwarded-for", "nonsense".parse().unwrap());
        assert_eq!(trusting.client_ip(peer, &h), peer);
    }
}
