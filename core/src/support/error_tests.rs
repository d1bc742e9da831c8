use super::*;
use crate::directory::import::FeedError;
use crate::support::fetch::FetchError;

/// The name of an error's variant (sub-errors' variants included). No wildcard: a new
/// variant does not compile until it is named here, and then [`one_of_each`] must have one.
fn variant(e: &Error) -> &'static str {
    match e {
        Error::InvalidArgument(_) => "InvalidArgument",
        Error::Feed(FeedError::InvalidDocument { .. }) => "Feed::InvalidDocument",
        Error::Feed(FeedError::Io(_)) => "Feed::Io",
        Error::Feed(FeedError::Sink(_)) => "Feed::Sink",
        Error::Feed(FeedError::Cancelled) => "Feed::Cancelled",
        Error::Fetch(FetchError::Offline(_)) => "Fetch::Offline",
        Error::Fetch(FetchError::Timeout) => "Fetch::Timeout",
        Error::Fetch(FetchError::Http(_)) => "Fetch::Http",
        Error::Fetch(FetchError::TooLarge(_)) => "Fetch::TooLarge",
        Error::Fetch(FetchError::BadUrl(_)) => "Fetch::BadUrl",
        Error::Fetch(FetchError::InsecureRedirect) => "Fetch::InsecureRedirect",
        Error::Fetch(FetchError::Cancelled) => "Fetch::Cancelled",
        Error::Suspicious { .. } => "Suspicious",
        Error::UnknownFormat { .. } => "UnknownFormat",
        Error::MeetingWithoutTimezone { .. } => "MeetingWithoutTimezone",
        Error::FormatsFileAsFeed { .. } => "FormatsFileAsFeed",
        Error::NotFound(_) => "NotFound",
        Error::WrongKey => "WrongKey",
        Error::WrongPassphrase => "WrongPassphrase",
        Error::BackupDamaged(_) => "BackupDamaged",
        Error::RelayRollback { .. } => "RelayRollback",
        Error::Relay(RelayError::NotRelayData) => "Relay::NotRelayData",
        Error::Relay(RelayError::Truncated) => "Relay::Truncated",
        Error::Relay(RelayError::TooLarge { .. }) => "Relay::TooLarge",
        Error::Relay(RelayError::Damaged { .. }) => "Relay::Damaged",
        Error::Relay(RelayError::UnsupportedFormat { .. }) => "Relay::UnsupportedFormat",
        Error::Relay(RelayError::BadSignature) => "Relay::BadSignature",
        Error::Relay(RelayError::BadKey(_)) => "Relay::BadKey",
        Error::Relay(RelayError::WrongBase) => "Relay::WrongBase",
        Error::Relay(RelayError::HashMismatch) => "Relay::HashMismatch",
        Error::Storage(_) => "Storage",
        Error::Io(_) => "Io",
        Error::UnsafeBuild(_) => "UnsafeBuild",
        Error::RideStartTooFar { .. } => "RideStartTooFar",
        Error::MeetingAlreadyStarted => "MeetingAlreadyStarted",
        Error::UnknownRide => "UnknownRide",
        Error::UnknownMatch => "UnknownMatch",
        Error::SchemaTooNew { .. } => "SchemaTooNew",
    }
}

/// Every error the core can say, one of each variant. `data` is text that comes from
/// outside (a path, a name, the system's reason): it is not a message's words.
fn one_of_each(data: &str) -> Vec<Error> {
    let d = || data.to_string();
    vec![
        Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", d().into())]),
        Error::Feed(FeedError::InvalidDocument {
            format: "meeting-guide",
            detail: d(),
        }),
        Error::Feed(FeedError::Io(std::io::Error::other(d()))),
        Error::Feed(FeedError::Sink(d())),
        Error::Feed(FeedError::Cancelled),
        Error::Fetch(FetchError::Offline(d())),
        Error::Fetch(FetchError::Timeout),
        Error::Fetch(FetchError::Http(503)),
        Error::Fetch(FetchError::TooLarge(10)),
        Error::Fetch(FetchError::BadUrl(d())),
        Error::Fetch(FetchError::InsecureRedirect),
        Error::Fetch(FetchError::Cancelled),
        Error::Suspicious {
            previous: 400,
            now: 3,
        },
        Error::UnknownFormat { subject: d() },
        Error::MeetingWithoutTimezone { meeting: d() },
        Error::FormatsFileAsFeed { subject: d() },
        Error::not_found(msg::SOURCE_NOT_FOUND),
        Error::WrongKey,
        Error::WrongPassphrase,
        Error::damaged(msg::BACKUP_CUT, []),
        Error::RelayRollback {
            have: 7,
            offered: 6,
        },
        Error::Relay(RelayError::NotRelayData),
        Error::Relay(RelayError::Truncated),
        Error::Relay(RelayError::TooLarge { limit: 9 }),
        Error::Relay(RelayError::Damaged { what: d() }),
        Error::Relay(RelayError::UnsupportedFormat {
            found: 3,
            supported: 2,
        }),
        Error::Relay(RelayError::BadSignature),
        Error::Relay(RelayError::BadKey("it should end with 64 hex digits")),
        Error::Relay(RelayError::WrongBase),
        Error::Relay(RelayError::HashMismatch),
        Error::Storage(rusqlite::Error::InvalidQuery),
        Error::Io(std::io::Error::other(d())),
        Error::UnsafeBuild(Problem::new(msg::UNSAFE_NO_SQLCIPHER, [])),
        Error::SchemaTooNew {
            found: 9,
            supported: 3,
        },
        Error::RideStartTooFar {
            distance_km: 412,
            limit_km: 150,
        },
        Error::MeetingAlreadyStarted,
        Error::UnknownRide,
        Error::UnknownMatch,
    ]
}

#[test]
fn one_of_each_covers_every_variant() {
    let seen: std::collections::BTreeSet<_> = one_of_each("x").iter().map(variant).collect();
    assert_eq!(seen.len(), one_of_each("x").len(), "{seen:?}");
    assert_eq!(
        seen.len(),
        38,
        "a new variant needs its place in one_of_each"
    );
}

#[test]
fn no_core_error_names_a_command_line_flag() {
    let errors = one_of_each("Lunch Bunch").into_iter();
    let problems = msg::IDS
        .iter()
        .filter(|id| id.starts_with("error-"))
        .map(|id| Error::InvalidArgument(every_value(id)));
    for e in errors.chain(problems) {
        for locale in Locale::ALL {
            let text = e.message_in(Words::get(locale));
            assert!(!text.contains("--"), "{e:?} says {text:?}");
            assert!(!text.contains('`'), "{e:?} says {text:?}");
            assert!(!text.trim().is_empty(), "{e:?}");
        }
    }
}

/// A problem with message `id` and a value for every variable any message takes: text
/// values are Arabic-Indic digits (no Latin letter), so whatever Latin letter shows came
/// from a message.
fn every_value(id: &str) -> Problem {
    let vars = [
        "zone", "name", "meeting", "path", "address", "value", "program", "key", "subject",
        "detail", "format", "options", "prefix", "date", "found", "expected", "problem", "part",
        "reason",
    ];
    let numbers = [
        "max",
        "min",
        "count",
        "size",
        "status",
        "version",
        "line",
        "column",
        "number",
        "days",
        "distance",
        "limit",
        "have",
        "offered",
        "now",
        "previous",
        "supported",
    ];
    let mut args: Vec<(&'static str, Value)> =
        vars.iter().map(|v| (*v, Value::from("٣٤"))).collect();
    args.extend(numbers.iter().map(|n| (*n, Value::Number(2))));
    Problem {
        id: msg::by_str(id).expect("a listed id"),
        args,
    }
}

/// What is left of `text` in plain ASCII letters once `data` is out.
fn leftover(text: &str, data: &[String]) -> String {
    let mut t = text.to_string();
    for d in data {
        t = t.replace(d.as_str(), " ");
    }
    t.chars().filter(char::is_ascii_alphabetic).collect()
}

/// The pseudo-locale check: every variant, and every message a problem can raise, worded
/// with [`Words::pseudo`] (each letter of a message accented). A plain letter left over
/// is an English literal that did not come from a message.
#[test]
fn pseudo_every_error_is_worded_from_messages() {
    let w = Words::pseudo();
    let data = "٣٤";
    for e in one_of_each(data) {
        // Values from outside, as the system or a feed gives them.
        let mut outside = vec![data.to_string(), "meeting-guide".to_string()];
        match &e {
            Error::Storage(s) => outside.push(s.to_string()),
            Error::Relay(RelayError::BadKey(k)) => outside.push(k.to_string()),
            _ => {}
        }
        let text = e.message_in(&w);
        assert!(!text.trim().is_empty(), "{e:?}");
        let left = leftover(&text, &outside);
        assert!(
            left.is_empty(),
            "{} leaks {left:?} in {text:?}",
            variant(&e)
        );
    }
    for id in msg::IDS {
        let text = if id.starts_with("error-") {
            Error::InvalidArgument(every_value(id)).message_in(&w)
        } else {
            w.text(
                id,
                &[
                    ("error", Arg::Text("٣٤")),
                    ("subject", Arg::Text("٣٤")),
                    ("meeting", Arg::Text("٣٤")),
                    ("note", Arg::Text("٣٤")),
                ],
            )
        };
        assert!(!text.trim().is_empty(), "{id}");
        // The CLI's own messages keep its flags and commands as they are.
        let text = [
            "--accept-shrink",
            "--format meeting-guide, bmlt, tsml-csv or naws-csv",
            "--bmlt-formats",
            "--tz",
            "--from",
            "LAT,LON",
            "--date",
            "`waymark ride list`",
            "`waymark ride matches`",
            "`source add --timezone`",
        ]
        .iter()
        .fold(text, |t, flag| t.replace(flag, " "));
        let left = leftover(&text, &[]);
        assert!(left.is_empty(), "{id} leaks {left:?} in {text:?}");
    }
}

#[test]
fn real_errors_come_out_in_welsh_and_spanish() {
    let bad_time = crate::support::parse::minute_of_day("25:99").unwrap_err();
    let zone = Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", "Mars/Base".into())]);
    let cy = Words::get(Locale::Cy);
    let es = Words::get(Locale::Es);
    assert_eq!(
        bad_time.message_in(cy),
        "Dydy \u{2068}25:99\u{2069} ddim yn amser o'r dydd fel 18:00"
    );
    assert_eq!(
        bad_time.message_in(es),
        "\u{2068}25:99\u{2069} no es una hora del día como 18:00"
    );
    assert!(zone.message_in(cy).starts_with("Cylchfa amser anhysbys"));
    assert!(zone.message_in(es).starts_with("Zona horaria desconocida"));
    assert_eq!(
        Error::WrongKey.message_in(cy),
        "Cyfrinymadrodd neu allwedd anghywir: chafodd y gladdgell mo'i hagor a does dim \
         wedi newid"
    );
    assert_eq!(
        Error::WrongKey.message_in(es),
        "Frase de contraseña o clave incorrecta: la bóveda no se abrió y no ha cambiado nada"
    );
    // A message en-US does not change is en-GB's; a name keeps its own direction.
    let farsi = Error::MeetingWithoutTimezone {
        meeting: "جلسه".into(),
    };
    assert_eq!(
        farsi.message_in(Words::get(Locale::EnUs)),
        "\u{2068}جلسه\u{2069} has no time zone, so its times cannot be exported"
    );
    // Display stays the en-GB words, without isolation marks (tests and logs).
    assert_eq!(
        bad_time.to_string(),
        "25:99 is not a time of day such as 18:00"
    );
}

#[test]
fn the_format_and_zone_errors_say_what_is_missing_in_plain_words() {
    let shrink = Error::Suspicious {
        previous: 400,
        now: 3,
    };
    assert_eq!(
        shrink.to_string(),
        "the feed now has 3 meetings instead of 400; the previous 400 are kept"
    );
    assert_eq!(shrink.kind(), "suspicious");
    let unknown = Error::UnknownFormat {
        subject: "feed.json".into(),
    };
    assert_eq!(
        unknown.to_string(),
        "the format of feed.json could not be recognised"
    );
}
