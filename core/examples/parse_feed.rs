//! Reads and normalises a Meeting Guide feed without storing it: for profiling the first two
//! import phases. `cargo run --release -p waymark-core --example parse_feed -- FEED.json`
use std::fs::File;
use std::io::BufReader;
use std::time::Instant;

use waymark_core::import::{self, Entry, FormatExtras, Normalizer, SourceContext};
use waymark_core::{FeedFormat, ImportReport};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: parse_feed FEED.json");
    let t = Instant::now();
    let f = BufReader::with_capacity(1 << 16, File::open(&path).expect("open"));
    let mut norm = Normalizer::new(SourceContext {
        source_id: "p".into(),
        program: "aa".into(),
        timezone: None,
    });
    let mut report = ImportReport::new("p", "meeting-guide");
    let mut n = 0usize;
    import::read_feed(
        FeedFormat::MeetingGuide,
        f,
        &FormatExtras::default(),
        &mut |e: Entry| {
            if let Entry::Meeting(raw) = e {
                if norm.normalize(*raw, &mut report).is_ok() {
                    n += 1;
                }
            }
            Ok(())
        },
    )
    .expect("valid feed");
    println!("{n} meetings read and normalised in {:?}", t.elapsed());
}
