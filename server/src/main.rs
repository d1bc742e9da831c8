//! `waymark-server [--listen 127.0.0.1:8787] [--database sqlite:PATH|postgres://...]`
//!
//! Prints `listening on ADDR` once it accepts connections, purges finished rides every five
//! minutes, and stops cleanly on Ctrl-C. With PostgreSQL any number of these processes may
//! share one database (see `store`). The access log and warnings go to stderr. With
//! `--relay DIR` it also serves a relay's published folder under `/relay/` (not logged).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Parser;
use ipnet::IpNet;
use waymark_server::ratelimit::ClientNetworks;
use waymark_server::serve::{self, ConnectionLimits};
use waymark_server::{access_log, app_with_relay, ratelimit, store::Store, AppState, Settings};

/// Waymark's car-pool board.
#[derive(Parser)]
#[command(name = "waymark-server", version, about)]
struct Args {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// `sqlite:PATH`, or `postgres://user:password@host:port/dbname` for production.
    #[arg(long, default_value = "sqlite:waymark-server.sqlite")]
    database: String,
    /// PostgreSQL connections this process may open at most (8 measured best with the
    /// database on the same two cores; see BENCHMARKS.md).
    #[arg(long, default_value_t = 8)]
    pool_size: u32,
    /// Device registrations allowed at once from one network (refilled at 5 a second).
    #[arg(long, default_value_t = ratelimit::DEFAULT_REGISTER_BURST)]
    register_burst: u32,
    /// Sync requests allowed per second per device (twice that at once).
    #[arg(long, default_value_t = ratelimit::DEFAULT_SYNC_PER_SECOND)]
    sync_per_second: u32,
    /// Failed authentications allowed at once per network and per device id (one more every
    /// five seconds). Past it, requests get 429 without their token being checked.
    #[arg(long, default_value_t = ratelimit::DEFAULT_AUTH_FAILURE_BURST)]
    auth_failure_burst: u32,
    /// Prefix length grouping IPv4 clients into one network for rate limits.
    #[arg(long, default_value_t = ratelimit::DEFAULT_IPV4_PREFIX,
          value_parser = clap::value_parser!(u8).range(0..=32))]
    ipv4_prefix: u8,
    /// Prefix length grouping IPv6 clients into one network for rate limits.
    #[arg(long, default_value_t = ratelimit::DEFAULT_IPV6_PREFIX,
          value_parser = clap::value_parser!(u8).range(0..=128))]
    ipv6_prefix: u8,
    /// A reverse proxy (address or network, e.g. 10.0.0.5 or 10.0.0.0/8) whose
    /// X-Forwarded-For is believed. Repeat for several. Without it the header is ignored.
    #[arg(long = "trusted-proxy", value_parser = parse_network)]
    trusted_proxies: Vec<IpNet>,
    /// How long a request's head may take, counted from when the connection is ready for it
    /// (also the longest a connection may sit idle between requests).
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    header_timeout: Duration,
    /// How long from the end of a request's head to its answer (the body must arrive in it).
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    body_timeout: Duration,
    /// How long a connection may move no byte in either direction before it is closed.
    #[arg(long, default_value = "60s", value_parser = parse_duration)]
    idle_timeout: Duration,
    /// Connections served at once; more wait until one closes.
    #[arg(long, default_value_t = serve::DEFAULT_MAX_CONNECTIONS,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    max_connections: usize,
    /// Also serve a relay's published folder (`waymark relay build --out DIR`) read-only
    /// under /relay/. Those requests are not logged.
    #[arg(long, value_name = "DIR")]
    relay: Option<std::path::PathBuf>,
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(s).map_err(|e| format!("{e} (try 10s or 500ms)"))?;
    if d.is_zero() {
        return Err("must be more than zero".into());
    }
    Ok(d)
}

fn parse_network(s: &str) -> Result<IpNet, String> {
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<std::net::IpAddr>().map(IpNet::from))
        .map(|n| n.trunc())
        .map_err(|_| format!("{s:?} is not an address or network like 10.0.0.0/8"))
}

/// The database setting without a password, for messages.
fn redact(database: &str) -> String {
    match (database.find("://"), database.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…{}", &database[..scheme], &database[at..])
        }
        _ => database.to_string(),
    }
}

fn main() -> Result<()> {
    let args = Args::parse();
    access_log::init();
    // Opened before the async runtime starts, and dropped after it stops: the PostgreSQL
    // client blocks on its own small runtime, which may not run inside another one.
    let store = Store::connect(&args.database, args.pool_size)
        .with_context(|| format!("cannot open the database {}", redact(&args.database)))?;
    let settings = Settings {
        sync_per_second: args.sync_per_second,
        register_burst: args.register_burst,
        auth_failure_burst: args.auth_failure_burst,
        networks: ClientNetworks {
            ipv4_prefix: args.ipv4_prefix,
            ipv6_prefix: args.ipv6_prefix,
            trusted_proxies: args.trusted_proxies.clone(),
        },
        body_timeout: args.body_timeout,
    };
    let limits = ConnectionLimits {
        header_timeout: args.header_timeout,
        body_timeout: args.body_timeout,
        idle_timeout: args.idle_timeout,
        max_connections: args.max_connections,
    };
    if let Some(dir) = &args.relay {
        if !dir.join("manifest.json").is_file() {
            anyhow::bail!(
                "{} holds no manifest.json: give the folder `waymark relay build --out` wrote",
                dir.display()
            );
        }
    }
    let state = Arc::new(AppState::new(store, settings));
    let runtime = tokio::runtime::Runtime::new()?;
    let served = runtime.block_on(run(args.listen, state.clone(), limits, args.relay));
    runtime.shutdown_timeout(Duration::from_secs(5));
    drop(state);
    served
}

async fn run(
    listen: SocketAddr,
    state: Arc<AppState>,
    limits: ConnectionLimits,
    relay: Option<std::path::PathBuf>,
) -> Result<()> {
    let purger = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(300));
        loop {
            tick.tick().await;
            let s = purger.clone();
            let _ = tokio::task::spawn_blocking(move || s.store.purge(chrono::Utc::now())).await;
        }
    });
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    println!("listening on {}", listener.local_addr()?);
    serve::serve(listener, app_with_relay(state, relay), limits, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_defaults_are_the_named_constants() {
        let a = Args::parse_from(["waymark-server"]);
        assert_eq!(a.header_timeout, serve::DEFAULT_HEADER_TIMEOUT);
        assert_eq!(a.body_timeout, serve::DEFAULT_BODY_TIMEOUT);
        assert_eq!(a.idle_timeout, serve::DEFAULT_IDLE_TIMEOUT);
        assert_eq!(a.max_connections, serve::DEFAULT_MAX_CONNECTIONS);
        assert!(Args::try_parse_from(["waymark-server", "--header-timeout", "0s"]).is_err());
        assert!(Args::try_parse_from(["waymark-server", "--ipv4-prefix", "33"]).is_err());
        assert!(Args::try_parse_from(["waymark-server", "--trusted-proxy", "nonsense"]).is_err());
        let a = Args::parse_from(["waymark-server", "--trusted-proxy", "10.1.2.3/8"]);
        assert_eq!(a.trusted_proxies[0].to_string(), "10.0.0.0/8");
    }
}
