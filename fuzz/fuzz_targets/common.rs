//! Shared by the importer targets: bytes → importer → normaliser, for the AA, Al-Anon and NA
//! type tables. Nothing may panic, whatever the input.

use waymark_core::directory::import::{dry_run, FormatExtras, SourceContext};
use waymark_core::FeedFormat;

pub fn run(format: FeedFormat, data: &[u8]) {
    for program in ["aa", "al-anon", "na"] {
        let ctx = SourceContext {
            source_id: "f".into(),
            program: program.into(),
            timezone: Some(chrono_tz::America::New_York),
        };
        let _ = dry_run(format, data, &FormatExtras::default(), ctx);
    }
}
