//! Feed importers: Meeting Guide JSON, BMLT semantic JSON, the TSML CSV template, and BMLT's
//! NAWS CSV export.
//!
//! Each importer turns its format into [`RawMeeting`]s and hands them to a sink one at a time;
//! [`normalize::Normalizer`] makes meetings out of them with one set of rules for every format.
//! The rule that matters most: a bad *entry* is skipped and reported, a bad *document* fails
//! the whole import, and then nothing of it is written.

pub mod bmlt;
mod csv_rows;
pub mod loose;
pub mod meeting_guide;
pub mod naws_csv;
pub mod normalize;
pub mod notes;
pub mod report;
pub mod tsml_csv;
pub mod zone;

use std::fmt;
use std::io::Read;

use serde::{Deserialize, Serialize};

use crate::directory::model::Meeting;

pub use normalize::{DayField, Normalizer, RawMeeting, SourceContext};
pub use report::{ImportReport, ImportTimings, ImportWarning, SkippedEntry, WarningKind};

/// One element of a feed.
#[derive(Debug)]
pub enum Entry {
    /// Something shaped like a meeting.
    Meeting(Box<RawMeeting>),
    /// An element that is not a meeting at all (a number, a string…): the skip reason
    /// ([`notes::SKIP_NOT_A_MEETING`]) says what it is.
    NotAMeeting(crate::l10n::Phrase),
    /// A meeting the feed itself marks as not for listing (BMLT `published: "0"`).
    Withheld {
        /// The feed's key for it (empty when it has none).
        key: String,
        /// Why it is not listed (a message of [`notes`]).
        reason: crate::l10n::Phrase,
    },
    /// A meeting already in the core's own form (from a relay's tile, which the relay
    /// normalised): stored as it is, never normalised again.
    Ready(Box<Meeting>),
}

/// Feed formats Waymark reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedFormat {
    /// Meeting Guide JSON (code4recovery spec).
    MeetingGuide,
    /// BMLT semantic JSON (`GetSearchResults`, optionally with formats).
    Bmlt,
    /// The TSML plugin's CSV import template.
    TsmlCsv,
    /// A BMLT server's NAWS CSV export (`GetNAWSDump`).
    NawsCsv,
    /// A Waymark relay's signed regional snapshots (the phone's areas): the source's location
    /// is the relay's address, and what is imported is the tiles of its areas.
    Relay,
}

impl FeedFormat {
    /// The name used on the command line and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FeedFormat::MeetingGuide => "meeting-guide",
            FeedFormat::Bmlt => "bmlt",
            FeedFormat::TsmlCsv => "tsml-csv",
            FeedFormat::NawsCsv => "naws-csv",
            FeedFormat::Relay => "relay",
        }
    }

    /// Parses [`FeedFormat::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "meeting-guide" | "meetingguide" | "mg" | "tsml" | "json" => {
                Some(FeedFormat::MeetingGuide)
            }
            "bmlt" => Some(FeedFormat::Bmlt),
            "tsml-csv" | "csv" => Some(FeedFormat::TsmlCsv),
            "naws-csv" | "naws" => Some(FeedFormat::NawsCsv),
            "relay" => Some(FeedFormat::Relay),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of a document.
    pub fn detect(head: &[u8]) -> Option<Self> {
        let text = String::from_utf8_lossy(head);
        let t = text.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') {
            // BMLT's {meetings, formats} envelope.
            return (t.contains("\"meetings\"") || t.contains("\"formats\""))
                .then_some(FeedFormat::Bmlt);
        }
        if t.starts_with('[') {
            // BMLT's GetFormats and GetServiceBodies answers are lists too, but not of meetings.
            if t.contains("\"key_string\"") || t.contains("\"parent_id\"") {
                return None;
            }
            let bmlt_keys = ["\"id_bigint\"", "\"weekday_tinyint\"", "\"meeting_name\""];
            if bmlt_keys.iter().any(|k| t.contains(k)) {
                return Some(FeedFormat::Bmlt);
            }
            return Some(FeedFormat::MeetingGuide);
        }
        let first_line = t.lines().next().unwrap_or("").to_ascii_lowercase();
        // Before TSML's template: a NAWS export has Day and Time columns too.
        if naws_csv::is_naws_header(&first_line) {
            return Some(FeedFormat::NawsCsv);
        }
        if first_line.contains("day")
            && (first_line.contains("time") || first_line.contains("name"))
        {
            return Some(FeedFormat::TsmlCsv);
        }
        None
    }
}

impl fmt::Display for FeedFormat {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a whole feed could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    /// The document is not valid JSON of the expected shape.
    #[error("the {format} feed is not valid: {detail}")]
    InvalidDocument {
        /// Which format was expected.
        format: &'static str,
        /// What the parser said, with line and column.
        detail: String,
    },
    /// Reading failed.
    #[error("could not read the feed: {0}")]
    Io(#[from] std::io::Error),
    /// The sink refused an entry (for example the database failed).
    #[error("{0}")]
    Sink(String),
    /// The sync was cancelled; nothing was written.
    #[error("cancelled")]
    Cancelled,
}

impl FeedError {
    pub(crate) fn invalid_json(format: &'static str, e: &serde_json::Error) -> Self {
        if e.is_io() {
            return FeedError::Io(std::io::Error::other(e.to_string()));
        }
        FeedError::InvalidDocument {
            format,
            detail: e.to_string(),
        }
    }
}

/// Extra inputs some formats need beyond the document.
#[derive(Debug, Clone, Default)]
pub struct FormatExtras {
    /// BMLT `GetFormats` JSON, to map format key strings through `world_id`.
    pub bmlt_formats: Option<String>,
}

/// Reads a feed of `format`, handing every entry to `sink`.
pub fn read_feed<R: Read>(
    format: FeedFormat,
    reader: R,
    extras: &FormatExtras,
    sink: &mut impl FnMut(Entry) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    match format {
        FeedFormat::MeetingGuide => meeting_guide::read(reader, sink),
        FeedFormat::Bmlt => bmlt::read(reader, extras.bmlt_formats.as_deref(), sink),
        FeedFormat::TsmlCsv => tsml_csv::read(reader, sink),
        FeedFormat::NawsCsv => naws_csv::read(reader, sink),
        FeedFormat::Relay => crate::relay::phone::read_tiles(reader, sink),
    }
}

/// Reads and normalises a whole feed without storing anything, and returns what an import
/// would report (accepted, skipped, warnings). For checking a feed before adding it, and for
/// fuzzing and profiling the importers.
pub fn dry_run<R: Read>(
    format: FeedFormat,
    reader: R,
    extras: &FormatExtras,
    ctx: SourceContext,
) -> Result<ImportReport, FeedError> {
    let mut report = ImportReport::new(&ctx.source_id, format.as_str());
    let mut normalizer = Normalizer::new(ctx);
    let mut count = 0usize;
    read_feed(format, reader, extras, &mut |entry: Entry| {
        count += 1;
        match entry {
            Entry::Meeting(raw) => match normalizer.normalize(*raw, &mut report) {
                Ok(_) => report.accepted += 1,
                Err((key, reason)) => report.skip_entry(key, count, reason),
            },
            Entry::NotAMeeting(what) => report.skip(format!("#{count}"), what),
            Entry::Withheld { key, reason } => report.skip_entry(key, count, reason),
            Entry::Ready(_) => report.accepted += 1,
        }
        Ok(())
    })?;
    Ok(report)
}
