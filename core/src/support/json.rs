//! JSON read from text the way JSON from the network is read: through serde_json's byte reader.
//!
//! serde_json compiles each type's deserialiser once per reader it is used with. The relay's
//! tiles, the ride server's answers and backups arrive as bytes (`serde_json::from_slice`);
//! the same types stored as text in SQLite (a favourite's last known meeting, details, a
//! queued operation) were read with `serde_json::from_str`, a second reader and a second copy
//! of every one of those deserialisers in the phones' library (about 20 KB for `Meeting`
//! alone). Reading text through the byte reader gives the same values and the same errors
//! (the text is already valid UTF-8), with one copy. The Meeting Guide reader keeps the text
//! reader on purpose: it checks UTF-8 once for a whole feed, which is quicker for large feeds,
//! and its entry types are read nowhere else.

use serde::Deserialize;

/// Reads `T` from JSON text; the same as `serde_json::from_str`, through the byte reader that
/// the rest of the core uses (see the module docs).
pub fn from_str<'a, T: Deserialize<'a>>(text: &'a str) -> serde_json::Result<T> {
    serde_json::from_slice(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::model::Meeting;

    /// A stored meeting (as a favourite keeps it) reads back the same through either reader.
    #[test]
    fn text_reads_as_serde_json_reads_it() {
        let stored = r#"{"id":"m1","source_id":"s","key":"k","name":"Café Tuesday — Llanelli",
            "program":"aa","weekdays":[2],"start_minute":1170,"duration_minutes":60,
            "timezone":"Europe/London","timezone_origin":"source","attendance":"in_person",
            "temporarily_closed":false,"approximate_location":false,"latitude":51.68,
            "longitude":-4.16,"types":["O"],"raw_types":["O"],"languages":["cy"],"region":[]}"#;
        let ours: serde_json::Result<Meeting> = from_str(stored);
        let theirs: serde_json::Result<Meeting> = serde_json::from_str(stored);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b),
            (a, b) => panic!("readers disagree: {a:?} / {b:?}"),
        }
        let v: serde_json::Value = from_str(r#"{"name":"Ty\u00f4 Cymraeg","n":[1,2.5]}"#).unwrap();
        assert_eq!(v["name"], "Tyô Cymraeg");
    }

    /// Damaged text fails with the same message, line and column as `serde_json::from_str`.
    #[test]
    fn damaged_text_fails_the_same_way() {
        for bad in [
            "",
            "{",
            "[1,2,]",
            "{\"a\": \"caf\u{e9}\" \"b\"}",
            "{\"a\":\n  \"\\ud800\"}",
            "[1] extra",
        ] {
            let ours = from_str::<serde_json::Value>(bad).unwrap_err();
            let theirs = serde_json::from_str::<serde_json::Value>(bad).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "for {bad:?}");
            assert_eq!(ours.classify(), theirs.classify());
        }
    }
}
