//! The app's own links, `waymark://…`: made here (a reminder carries one to its meeting or to a
//! new check-in) and read here, so both apps open the same screen for the same link.
//!
//! Why: each app read them itself, and they had drifted (Android understood every screen,
//! iOS only a meeting and a check-in). A link comes from outside (a notification, another
//! app, a typed URL), so reading it never fails loudly: anything not understood is `None`,
//! and the app stays where it is.
//!
//! The form: `waymark://meeting/<id>` (the id percent-encoded, as [`link_url`] writes it),
//! `waymark://journal` and `waymark://journal/<kind>` (write a new entry of that kind),
//! and one word for each of the other screens: `meetings`, `my-meetings`, `reminders`,
//! `sobriety`, `rides`, `people`, `settings`, `areas`.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::vault::journal::EntryKind;

/// The scheme of the app's links.
pub const LINK_SCHEME: &str = "waymark";

/// What stays as it is in a meeting id inside a link: letters, digits and `-_.~:`.
const ID_KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b':');

/// A screen a link opens.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppLink {
    /// The Meetings list.
    Meetings,
    /// One meeting's screen.
    Meeting {
        /// Its id.
        id: String,
    },
    /// My meetings.
    MyMeetings,
    /// Reminders.
    Reminders,
    /// The journal.
    Journal,
    /// A new journal entry of one kind (a reminder's check-in opens `Checkin`).
    Write {
        /// Its kind.
        kind: EntryKind,
    },
    /// Sobriety dates.
    Sobriety,
    /// Rides.
    Rides,
    /// People to call.
    People,
    /// Settings.
    Settings,
    /// Areas and feeds.
    Areas,
}

/// The link's word for a kind of entry.
fn kind_word(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Note => "note",
        EntryKind::Checkin => "checkin",
        EntryKind::Gratitude => "gratitude",
        EntryKind::Review => "review",
        EntryKind::Meeting => "meeting",
    }
}

/// The `waymark://` link for a screen.
pub fn link_url(link: &AppLink) -> String {
    let path = match link {
        AppLink::Meetings => "meetings".to_string(),
        AppLink::Meeting { id } => format!("meeting/{}", utf8_percent_encode(id, ID_KEEP)),
        AppLink::MyMeetings => "my-meetings".to_string(),
        AppLink::Reminders => "reminders".to_string(),
        AppLink::Journal => "journal".to_string(),
        AppLink::Write { kind } => format!("journal/{}", kind_word(*kind)),
        AppLink::Sobriety => "sobriety".to_string(),
        AppLink::Rides => "rides".to_string(),
        AppLink::People => "people".to_string(),
        AppLink::Settings => "settings".to_string(),
        AppLink::Areas => "areas".to_string(),
    };
    format!("{LINK_SCHEME}://{path}")
}

/// The screen a link opens, or `None` for anything else: another scheme, an unknown screen, a
/// meeting without an id, an id that is not UTF-8 once decoded. A query or a trailing `/` is
/// ignored; the scheme and the screen's word are read in any case.
pub fn parse_link(url: &str) -> Option<AppLink> {
    let (scheme, rest) = url.trim().split_once("://")?;
    if !scheme.eq_ignore_ascii_case(LINK_SCHEME) {
        return None;
    }
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let mut parts = rest.trim_end_matches('/').split('/');
    let screen = parts.next()?.to_ascii_lowercase();
    let arg = parts.next();
    if parts.next().is_some() {
        return None;
    }
    Some(match (screen.as_str(), arg) {
        ("meeting", Some(id)) => {
            let id = percent_decode_str(id).decode_utf8().ok()?;
            if id.is_empty() {
                return None;
            }
            AppLink::Meeting {
                id: id.into_owned(),
            }
        }
        ("journal", None) => AppLink::Journal,
        ("journal", Some(word)) => AppLink::Write {
            kind: EntryKind::ALL
                .into_iter()
                .find(|k| kind_word(*k).eq_ignore_ascii_case(word))?,
        },
        (_, Some(_)) => return None,
        ("meetings", None) => AppLink::Meetings,
        ("my-meetings", None) => AppLink::MyMeetings,
        ("reminders", None) => AppLink::Reminders,
        ("sobriety", None) => AppLink::Sobriety,
        ("rides", None) => AppLink::Rides,
        ("people", None) => AppLink::People,
        ("settings", None) => AppLink::Settings,
        ("areas", None) => AppLink::Areas,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_goes_there_and_back() {
        let all = [
            AppLink::Meetings,
            AppLink::Meeting {
                id: "src:42 a/b ç".into(),
            },
            AppLink::MyMeetings,
            AppLink::Reminders,
            AppLink::Journal,
            AppLink::Write {
                kind: EntryKind::Checkin,
            },
            AppLink::Write {
                kind: EntryKind::Gratitude,
            },
            AppLink::Sobriety,
            AppLink::Rides,
            AppLink::People,
            AppLink::Settings,
            AppLink::Areas,
        ];
        for link in all {
            let url = link_url(&link);
            assert!(url.starts_with("waymark://"), "{url}");
            assert_eq!(parse_link(&url), Some(link), "{url}");
        }
        // An id keeps its colon; a space or a slash is escaped so the link stays one path.
        assert_eq!(
            link_url(&AppLink::Meeting {
                id: "src:a b/c".into()
            }),
            "waymark://meeting/src:a%20b%2Fc"
        );
    }

    #[test]
    fn links_from_the_reminders_open_their_screens() {
        assert_eq!(
            parse_link("waymark://journal/checkin"),
            Some(AppLink::Write {
                kind: EntryKind::Checkin
            })
        );
        assert_eq!(
            parse_link("WAYMARK://Reminders/?from=notification"),
            Some(AppLink::Reminders)
        );
    }

    #[test]
    fn anything_else_opens_nothing() {
        for url in [
            "",
            "waymark://",
            "waymark://meeting",
            "waymark://meeting/",
            "waymark://meeting/a/b",
            "waymark://journal/diary",
            "waymark://reminders/extra",
            "waymark://nowhere",
            "https://example.org/meeting/x",
            "waymark:meeting/x",
            "waymark://meeting/%FF%FE",
        ] {
            assert_eq!(parse_link(url), None, "{url}");
        }
    }
}
