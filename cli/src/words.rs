//! How the CLI words the core's errors and import notes for someone at a terminal.
//!
//! The core's sentences are plain and name no flag, because the phones show them too. Where
//! the fix is a flag of this CLI (`--accept-shrink`, `--format`, `--tz`,
//! `source add --timezone`), the CLI adds it here, from the error's type, and nowhere else.
//! Both come from Fluent (`locales/<tag>/errors.ftl`, the `cli-error-` messages for the
//! flags), in the `--locale` the person gave (else the system's); `--json` keeps en-GB.

use waymark_core::directory::import::{ImportWarning, SkippedEntry, WarningKind};
use waymark_core::l10n::{negotiate, system_locale_tag, Arg, Locale, Words};
use waymark_core::support::msg;
use waymark_core::Error;

/// The words errors are printed in: `--locale`, else the system's (LC_ALL, LC_MESSAGES,
/// LANG), quietly (the note about an unsupported `--locale` is printed once, by `locale`).
pub fn for_errors(asked: Option<&str>) -> &'static Words {
    let tag = asked.map(str::to_string).or_else(system_locale_tag);
    Words::get(negotiate(&tag.unwrap_or_default()).locale)
}

/// The CLI's sentence for a core error in en-GB (for `--json`, which scripts read).
pub fn error(e: &Error) -> String {
    error_in(e, Words::get(Locale::EnGb))
}

/// The CLI's sentence for a core error in `w`'s words: the core's plain sentence, with the
/// flag that fixes it when there is one. No bidi isolation marks: a terminal line is copied
/// and searched, where they would only be stray invisible characters.
pub fn error_in(e: &Error, w: &Words) -> String {
    let core = e.message_in(w);
    let with_core = |id: &str| w.text(id, &[("error", Arg::Text(&core))]);
    let worded = match e {
        Error::Suspicious { .. } => with_core(msg::CLI_ERROR_ACCEPT_SHRINK),
        Error::UnknownFormat { subject } => w.text(
            msg::CLI_ERROR_UNKNOWN_FORMAT,
            &[("subject", Arg::Text(subject))],
        ),
        Error::FormatsFileAsFeed { .. } => with_core(msg::CLI_ERROR_BMLT_FORMATS),
        Error::MeetingWithoutTimezone { meeting } => w.text(
            msg::CLI_ERROR_MEETING_WITHOUT_ZONE,
            &[("meeting", Arg::Text(meeting))],
        ),
        Error::RideStartTooFar { .. } => with_core(msg::CLI_ERROR_RIDE_FROM),
        Error::MeetingAlreadyStarted => w.text(msg::CLI_ERROR_MEETING_STARTED, &[]),
        Error::UnknownRide => with_core(msg::CLI_ERROR_RIDE_LIST),
        Error::UnknownMatch => with_core(msg::CLI_ERROR_RIDE_MATCHES),
        _ => core,
    };
    worded.replace(['\u{2068}', '\u{2069}'], "")
}

/// The CLI's sentence for an import note in en-GB (for `--json`, which scripts read).
pub fn warning(note: &ImportWarning) -> String {
    warning_in(note, Words::get(Locale::EnGb))
}

/// The CLI's sentence for an import note in `w`'s words: the core's, with the command that
/// fixes it. No bidi isolation marks (a terminal line; see [`error_in`]).
pub fn warning_in(note: &ImportWarning, w: &Words) -> String {
    let core = note.words.own_in(w);
    match note.kind {
        WarningKind::NoTimezone => w.own(msg::CLI_NOTE_SET_ZONE, &[("note", Arg::Text(&core))]),
        _ => core,
    }
}

/// Why an import left an entry out, in `w`'s words (no bidi marks: a terminal line).
pub fn skip_reason_in(skipped: &SkippedEntry, w: &Words) -> String {
    skipped.words.own_in(w)
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

/// One line for an error and its causes in en-GB, each core error worded by [`error`].
#[cfg(test)]
pub fn chain(e: &anyhow::Error) -> String {
    chain_in(e, Words::get(Locale::EnGb))
}

/// One line for an error and its causes, each core error worded by [`error_in`] in `w`'s
/// words. A core error's words already say what its own causes would (the system's reason),
/// so the line ends there.
pub fn chain_in(e: &anyhow::Error, w: &Words) -> String {
    let mut msg = String::new();
    for cause in e.chain() {
        let core = cause.downcast_ref::<Error>();
        let cause = match core {
            Some(core) => error_in(core, w),
            None => cause.to_string(),
        };
        if msg.is_empty() {
            msg = cause;
        } else if !msg.contains(&cause) {
            msg.push_str(": ");
            msg.push_str(&cause);
        }
        if core.is_some() {
            break;
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
    fn errors_come_in_the_locale_asked_for_with_the_flag_left_as_it_is() {
        let es = for_errors(Some("es"));
        let shrink = Error::Suspicious {
            previous: 400,
            now: 3,
        };
        assert_eq!(
            error_in(&shrink, es),
            "La lista tiene ahora 3 reuniones en lugar de 400; se conservan las 400 \
             anteriores (use --accept-shrink si es correcto)"
        );
        let cy = for_errors(Some("cy_GB.UTF-8"));
        let unknown = Error::UnknownFormat {
            subject: "نشست.txt".into(),
        };
        // No isolation marks on a terminal line.
        assert_eq!(
            error_in(&unknown, cy),
            "Does dim modd dweud beth yw fformat نشست.txt: rhowch --format meeting-guide, \
             bmlt, tsml-csv neu naws-csv"
        );
        let wrapped = anyhow::Error::from(Error::WrongKey).context("cannot open the vault");
        assert_eq!(
            chain_in(&wrapped, cy),
            "cannot open the vault: Cyfrinymadrodd neu allwedd anghywir: chafodd y gladdgell \
             mo'i hagor a does dim wedi newid"
        );
        // --json stays en-GB.
        assert!(error(&shrink).starts_with("the feed now has 3 meetings"));
    }

    #[test]
    fn a_missing_zone_note_names_the_command_that_sets_one() {
        let words =
            waymark_core::l10n::Phrase::new(waymark_core::directory::import::notes::NO_ZONE);
        let w = ImportWarning {
            key: None,
            kind: WarningKind::NoTimezone,
            message: words.en_gb(),
            count: 9,
            words,
        };
        assert_eq!(
            warning(&w),
            "no time zone in the feed and none set for the source: times are shown in your own \
             zone (set one with `source add --timezone`)"
        );
        let cy = warning_in(&w, Words::get(Locale::Cy));
        assert!(
            cy.ends_with("(gosodwch un gyda `source add --timezone`)"),
            "{cy}"
        );
        assert!(cy.starts_with("dim cylchfa amser yn y ffrwd"), "{cy}");
    }
}
