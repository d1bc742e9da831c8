//! Any bytes through the importer and the normaliser: must never panic, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::import::{dry_run, FormatExtras, SourceContext};
use waymark_core::FeedFormat;

fuzz_target!(|data: &[u8]| {
    for program in ["aa", "al-anon", "na"] {
        let ctx = SourceContext {
            source_id: "f".into(),
            program: program.into(),
            timezone: Some(chrono_tz::America::New_York),
        };
        let _ = dry_run(FeedFormat::TsmlCsv, data, &FormatExtras::default(), ctx);
    }
});
