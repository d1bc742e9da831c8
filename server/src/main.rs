//! `waymark-server [--listen 127.0.0.1:8787] [--database sqlite:PATH]`
//!
//! Prints `listening on ADDR` once it accepts connections, purges finished rides every five
//! minutes, and stops cleanly on Ctrl-C. PostgreSQL (`--database postgres://…`) is not built
//! yet (issue #6) and is refused with a clear message.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::Parser;
use waymark_server::{app, store::Store, AppState, Limiter};

/// Waymark's car-pool board.
#[derive(Parser)]
#[command(name = "waymark-server", version, about)]
struct Args {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// `sqlite:PATH` (default `sqlite:waymark-server.sqlite`).
    #[arg(long, default_value = "sqlite:waymark-server.sqlite")]
    database: String,
    /// Device registrations allowed at once from one address (refilled at 5 a second).
    #[arg(long, default_value_t = 20)]
    register_burst: u32,
    /// Sync requests allowed per second per device (twice that at once).
    #[arg(long, default_value_t = 30)]
    sync_per_second: u32,
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let path = match args.database.split_once(':') {
        Some(("sqlite", p)) if !p.is_empty() => PathBuf::from(p),
        Some(("postgres" | "postgresql", _)) => {
            bail!("PostgreSQL is not supported yet; use --database sqlite:PATH")
        }
        _ => bail!("--database must be sqlite:PATH"),
    };
    let store = Store::open(&path)
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .with_context(|| format!("cannot open {}", path.display()))?;
    let state = Arc::new(AppState {
        store,
        sync_limit: Limiter::new(
            f64::from(args.sync_per_second.max(1)),
            2.0 * f64::from(args.sync_per_second.max(1)),
        ),
        register_limit: Limiter::new(5.0, f64::from(args.register_burst.max(1))),
    });
    let purger = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            tick.tick().await;
            let s = purger.clone();
            let _ = tokio::task::spawn_blocking(move || s.store.purge(chrono::Utc::now())).await;
        }
    });
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    println!("listening on {}", listener.local_addr()?);
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
