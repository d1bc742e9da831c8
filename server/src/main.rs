//! `waymark-server [--listen 127.0.0.1:8787] [--database sqlite:PATH|postgres://...]`
//!
//! Prints `listening on ADDR` once it accepts connections, purges finished rides every five
//! minutes, and stops cleanly on Ctrl-C. With PostgreSQL any number of these processes may
//! share one database (see `store`).

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Parser;
use waymark_server::{app, store::Store, AppState};

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
    /// Device registrations allowed at once from one address (refilled at 5 a second).
    #[arg(long, default_value_t = 20)]
    register_burst: u32,
    /// Sync requests allowed per second per device (twice that at once).
    #[arg(long, default_value_t = 30)]
    sync_per_second: u32,
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
    // Opened before the async runtime starts, and dropped after it stops: the PostgreSQL
    // client blocks on its own small runtime, which may not run inside another one.
    let store = Store::connect(&args.database, args.pool_size)
        .with_context(|| format!("cannot open the database {}", redact(&args.database)))?;
    let state = Arc::new(AppState::new(
        store,
        args.sync_per_second,
        args.register_burst,
    ));
    let runtime = tokio::runtime::Runtime::new()?;
    let served = runtime.block_on(serve(args.listen, state.clone()));
    runtime.shutdown_timeout(std::time::Duration::from_secs(5));
    drop(state);
    served
}

async fn serve(listen: SocketAddr, state: Arc<AppState>) -> Result<()> {
    let purger = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
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
