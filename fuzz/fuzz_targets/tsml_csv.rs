//! Any bytes through the importer and the normaliser: must never panic, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::import::{self, Entry, FormatExtras, Normalizer, SourceContext};
use waymark_core::{FeedFormat, ImportReport};

fuzz_target!(|data: &[u8]| {
    for program in ["aa", "al-anon", "na"] {
        let mut norm = Normalizer::new(SourceContext {
            source_id: "f".into(),
            program: program.into(),
            timezone: Some(chrono_tz::America::New_York),
        });
        let mut report = ImportReport::new("f", "fuzz");
        let _ = import::read_feed(FeedFormat::TsmlCsv, data, &FormatExtras::default(), &mut |e: Entry| {
            if let Entry::Meeting(raw) = e {
                let _ = norm.normalize(*raw, &mut report);
            }
            Ok(())
        });
    }
});
