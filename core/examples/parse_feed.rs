//! Reads and normalises a Meeting Guide feed without storing it: for profiling the first two
//! import phases. `cargo run --release -p waymark-core --example parse_feed -- FEED.json`
use std::fs::File;
use std::io::BufReader;
use std::time::Instant;

use waymark_core::import::{dry_run, FormatExtras, SourceContext};
use waymark_core::FeedFormat;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: parse_feed FEED.json");
    let t = Instant::now();
    let f = BufReader::with_capacity(1 << 16, File::open(&path).expect("open"));
    let ctx = SourceContext {
        source_id: "p".into(),
        program: "aa".into(),
        timezone: None,
    };
    let report =
        dry_run(FeedFormat::MeetingGuide, f, &FormatExtras::default(), ctx).expect("valid feed");
    println!(
        "{} meetings read and normalised in {:?} ({} skipped)",
        report.accepted,
        t.elapsed(),
        report.skipped.len()
    );
}
