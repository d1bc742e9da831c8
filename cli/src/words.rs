//! How the CLI words the core's errors and import notes for someone at a terminal.
//!
//! The core's sentences are plain and name no flag, because the phones show them too. Where
//! the fix is a flag of this CLI (`--accept-shrink`, `--format`, `--tz`,
//! `source add --timezone`), the CLI adds it here, from the error's type, and nowhere else.

use waymark_core::directory::import::{ImportWarning, WarningKind};
use waymark_core::Error;

/// The CLI's sentence for a core error: the core's plain sentence, with the flag that fixes it
/// when there is one.
pub fn error(e: &Error) -> String {
    match e {
        Error::Suspicious { .. } => format!("{e} (use --accept-shrink if that is right)"),
        Error::UnknownFormat { subject } => format!(
            "cannot tell the format of {subject}: say --format meeting-guide, bmlt, tsml-csv or naws-csv"
        ),
        Error::FormatsFileAsFeed { .. } => {
            format!("{e} (add the feed itself and give this file with --bmlt-formats)")
        }
        Error::MeetingWithoutTimezone { meeting } => {
            format!("{meeting} has no time zone; give one (--tz) to export it")
        }
        Error::RideStartTooFar { .. } => {
            format!("{e} (check that --from is LAT,LON, latitude first)")
        }
        Error::MeetingAlreadyStarted => {
            "that meeting has already started on that date; choose a later --date".into()
        }
        Error::UnknownRide => {
            format!("{e} (`waymark ride list` shows your rides and their ids)")
        }
        Error::UnknownMatch => format!("{e} (`waymark ride matches` shows them)"),
        e => e.to_string(),
    }
}

/// The CLI's sentence for an import note: the core's, with the command that fixes it.
pub fn warning(w: &ImportWarning) -> String {
    match w.kind {
        WarningKind::NoTimezone => {
            format!("{} (set one with `source add --timezone`)", w.message)
        }
        _ => w.message.clone(),
    }
}

/// Whether a core error is about what the person typed (exit status 2) rather than a failed
/// operation (status 1).
pub fn is_usage(e: &Error) -> bool {
    matches!(
        e,
        Error::InvalidArgument(_)
            | Error::NotFound(_)
            | Error::UnknownFormat { .. }
            | Error::FormatsFileAsFeed { .. }
            | Error::MeetingWithoutTimezone { .. }
            | Error::RideStartTooFar { .. }
            | Error::MeetingAlreadyStarted
            | Error::UnknownRide
            | Error::UnknownMatch
    )
}

/// One line for an error and its causes, each core error worded by [`error`].
pub fn chain(e: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let cause = match cause.downcast_ref::<Error>() {
            Some(core) => error(core),
            None => cause.to_string(),
        };
        if msg.is_empty() {
            msg = cause;
        } else if !msg.contains(&cause) {
            msg.push_str(": ");
            msg.push_str(&cause);
        }
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_names_the_flag_that_fixes_each_typed_error() {
        let cases = [
            (
                Error::Suspicious {
                    previous: 400,
                    now: 3,
                },
                "the feed now has 3 meetings instead of 400; the previous 400 are kept (use \
                 --accept-shrink if that is right)",
            ),
            (
                Error::UnknownFormat {
                    subject: "feed.txt".into(),
                },
                "cannot tell the format of feed.txt: say --format meeting-guide, bmlt, tsml-csv or naws-csv",
            ),
            (
                Error::MeetingWithoutTimezone {
                    meeting: "Lunch Bunch".into(),
                },
                "Lunch Bunch has no time zone; give one (--tz) to export it",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(error(&e), want);
            let wrapped = anyhow::Error::from(e).context("cannot add the source");
            assert_eq!(chain(&wrapped), format!("cannot add the source: {want}"));
        }
    }

    #[test]
    fn a_missing_zone_note_names_the_command_that_sets_one() {
        let w = ImportWarning {
            key: None,
            kind: WarningKind::NoTimezone,
            message: "no time zone in the feed".into(),
            count: 9,
        };
        assert_eq!(
            warning(&w),
            "no time zone in the feed (set one with `source add --timezone`)"
        );
    }
}
