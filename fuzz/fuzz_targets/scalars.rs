//! The scalar parsers (times, days, durations, timestamps, zones, coordinates) on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_core::support::parse;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse::parse_time_of_day(s);
    let _ = parse::parse_duration(s);
    let _ = parse::parse_day_name(s);
    let _ = parse::parse_updated(s);
    let _ = parse::parse_timezone(s);
    let mid = (0..=s.len() / 2)
        .rev()
        .find(|i| s.is_char_boundary(*i))
        .unwrap_or(0);
    let (a, b) = s.split_at(mid);
    let _ = parse::parse_coordinates(Some(a), Some(b));
});
