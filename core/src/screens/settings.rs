//! The Settings screen: language, discreet reminders, the app lock, the car-pool server, and
//! the person's data (backup, restore, export, delete everything), each row worded with what
//! it does, so a choice about privacy is never a bare switch.
//!
//! Everything shown comes from the vault's settings ([`crate::vault::preferences`], the
//! reminder planner's discreet flag, the car-pool device credentials). "Delete everything"
//! carries its confirmation with it: what goes, what stays, and that it cannot be undone.

use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::words::*;
use super::{Confirmation, Notice, NoticeKind};
use crate::l10n::{negotiate, Arg, Locale, Words};
use crate::support::error::Result;
use crate::vault::Vault;

/// What a Settings row does; the shells map each to a switch, a picker or a system screen.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SettingsAction {
    /// Open the language choices ([`SettingsState::languages`]).
    ChooseLanguage,
    /// Turn discreet reminders on or off.
    ToggleDiscreet,
    /// Turn the app lock on or off.
    ToggleAppLock,
    /// Enter the car-pool server's address.
    SetRideServer,
    /// Write an encrypted backup (the system's file picker chooses where).
    WriteBackup,
    /// Restore a backup (the system's file picker chooses which).
    RestoreBackup,
    /// Export the journal as readable text.
    ExportJournal,
    /// Ask [`SettingsState::delete_confirmation`], then delete everything.
    DeleteEverything,
    /// Read the settings again.
    TryAgain,
}

/// One row.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsRow {
    /// What tapping it does.
    pub action: SettingsAction,
    /// Its name ("Discreet reminders").
    pub label: String,
    /// What it is now ("Cymraeg", "On", the server's host), when it has a value.
    pub value: Option<String>,
    /// What it does, in a sentence.
    pub detail: Option<String>,
    /// For a switch: whether it is on.
    pub toggle: Option<bool>,
    /// Whether it destroys something (drawn in the warning colour).
    pub destructive: bool,
    /// What a screen reader says: the name and the value.
    pub accessibility_label: String,
}

/// A titled group of rows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsSection {
    /// "Privacy"; empty for the lone "Try again" section shown when the settings cannot be
    /// read (draw no heading then).
    pub heading: String,
    /// Its rows.
    pub rows: Vec<SettingsRow>,
}

/// A language the person can choose.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChoice {
    /// The tag to pass to `set_language`; absent for "the phone's language".
    pub tag: Option<String>,
    /// The language in its own words ("Cymraeg"), or "The phone's language (English (UK))".
    pub label: String,
    /// Whether it is the current choice.
    pub selected: bool,
}

/// Everything the Settings screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsState {
    /// "Settings".
    pub title: String,
    /// Language, privacy, car-pools, your data; empty when the settings could not be read.
    pub sections: Vec<SettingsSection>,
    /// The languages to choose from, the phone's first.
    pub languages: Vec<LanguageChoice>,
    /// What to ask before deleting everything.
    pub delete_confirmation: Confirmation,
    /// A read that failed.
    pub notices: Vec<Notice>,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// What the screen reads from the vault.
struct Current {
    language: Option<Locale>,
    discreet: bool,
    app_lock: bool,
    server: Option<String>,
}

fn current(vault: &Vault) -> Result<Current> {
    Ok(Current {
        language: vault.language()?,
        discreet: vault.plan_settings()?.discreet,
        app_lock: vault.app_lock()?,
        // The board chosen here (none: car-pools are off, whatever board this phone once
        // registered with).
        server: vault.ride_server()?.map(|s| host_of(&s)),
    })
}

/// The host of a server's URL, which is what a person recognises ("rides.example.org").
fn host_of(server: &str) -> String {
    reqwest::Url::parse(server)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| server.to_string())
}

/// The Settings screen, worded in `options.locale` (the screens' locale: the chosen language
/// or the phone's). `phone_locale` is the phone's own, for the "phone's language" choice.
pub fn settings_state(
    vault: &Vault,
    phone_locale: &str,
    options: &MeetingsOptions,
) -> SettingsState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    settings_state_in(vault, phone_locale, w)
}

/// [`settings_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn settings_state_in(vault: &Vault, phone_locale: &str, w: &Words) -> SettingsState {
    let mut state = SettingsState {
        title: w.text(SETTINGS_TITLE, &[]),
        sections: Vec::new(),
        languages: Vec::new(),
        delete_confirmation: Confirmation {
            title: w.text(SETTINGS_DELETE_CONFIRM_TITLE, &[]),
            message: w.text(SETTINGS_DELETE_CONFIRM, &[]),
            confirm_label: w.text(SETTINGS_DELETE_CONFIRM_YES, &[]),
            cancel_label: w.text(SETTINGS_DELETE_CONFIRM_NO, &[]),
        },
        notices: Vec::new(),
        locale: w.locale().tag().to_string(),
    };
    let c = match current(vault) {
        Ok(c) => c,
        Err(_) => {
            state.notices.push(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(SETTINGS_ERROR, &[]),
            });
            state.sections.push(SettingsSection {
                heading: String::new(),
                rows: vec![row(
                    w,
                    SettingsAction::TryAgain,
                    ACTION_TRY_AGAIN,
                    None,
                    None,
                )],
            });
            return state;
        }
    };
    // A language's name is its own ("Cymraeg" on an English screen too): from its own words.
    let own_name = |l: Locale| Words::get(l).text(l.name_id(), &[]);
    let phone = negotiate(phone_locale).locale;
    let phone_label = w.own(
        SETTINGS_LANGUAGE_PHONE,
        &[("language", Arg::Text(&own_name(phone)))],
    );
    state.languages.push(LanguageChoice {
        tag: None,
        label: phone_label.clone(),
        selected: c.language.is_none(),
    });
    state
        .languages
        .extend(Locale::ALL.into_iter().map(|l| LanguageChoice {
            tag: Some(l.tag().to_string()),
            label: own_name(l),
            selected: c.language == Some(l),
        }));
    let language_value = c.language.map(own_name).unwrap_or(phone_label);
    let on_off = |on: bool| w.text(if on { SETTINGS_ON } else { SETTINGS_OFF }, &[]);
    let section = |heading: &str, rows: Vec<SettingsRow>| SettingsSection {
        heading: w.text(heading, &[]),
        rows,
    };
    let mut discreet = row(
        w,
        SettingsAction::ToggleDiscreet,
        SETTINGS_DISCREET,
        Some(on_off(c.discreet)),
        Some(if c.discreet {
            SETTINGS_DISCREET_ON
        } else {
            SETTINGS_DISCREET_OFF
        }),
    );
    discreet.toggle = Some(c.discreet);
    let mut lock = row(
        w,
        SettingsAction::ToggleAppLock,
        SETTINGS_APP_LOCK,
        Some(on_off(c.app_lock)),
        Some(SETTINGS_APP_LOCK_DETAIL),
    );
    lock.toggle = Some(c.app_lock);
    let server = c
        .server
        .unwrap_or_else(|| w.text(SETTINGS_RIDE_SERVER_NONE, &[]));
    let mut delete = row(
        w,
        SettingsAction::DeleteEverything,
        SETTINGS_DELETE,
        None,
        Some(SETTINGS_DELETE_DETAIL),
    );
    delete.destructive = true;
    state.sections = vec![
        section(
            SETTINGS_SECTION_LANGUAGE,
            vec![row(
                w,
                SettingsAction::ChooseLanguage,
                SETTINGS_LANGUAGE,
                Some(language_value),
                None,
            )],
        ),
        section(SETTINGS_SECTION_PRIVACY, vec![discreet, lock]),
        section(
            SETTINGS_SECTION_RIDES,
            vec![row(
                w,
                SettingsAction::SetRideServer,
                SETTINGS_RIDE_SERVER,
                Some(server),
                Some(SETTINGS_RIDE_SERVER_DETAIL),
            )],
        ),
        section(
            SETTINGS_SECTION_DATA,
            vec![
                row(
                    w,
                    SettingsAction::WriteBackup,
                    SETTINGS_BACKUP,
                    None,
                    Some(SETTINGS_BACKUP_DETAIL),
                ),
                row(
                    w,
                    SettingsAction::RestoreBackup,
                    SETTINGS_RESTORE,
                    None,
                    Some(SETTINGS_RESTORE_DETAIL),
                ),
                row(
                    w,
                    SettingsAction::ExportJournal,
                    SETTINGS_EXPORT,
                    None,
                    Some(SETTINGS_EXPORT_DETAIL),
                ),
                delete,
            ],
        ),
    ];
    state
}

/// A row named by message `label`, with its value (already worded) and detail message.
fn row(
    w: &Words,
    action: SettingsAction,
    label: &str,
    value: Option<String>,
    detail: Option<&str>,
) -> SettingsRow {
    let label = w.text(label, &[]);
    let accessibility_label = match &value {
        // Both parts are the app's own words (or a host name): no isolation needed.
        Some(v) => w.own(
            SETTINGS_ROW_LABEL,
            &[("label", Arg::Text(&label)), ("value", Arg::Text(v))],
        ),
        None => label.clone(),
    };
    SettingsRow {
        action,
        label,
        value,
        detail: detail.map(|d| w.text(d, &[])),
        toggle: None,
        destructive: false,
        accessibility_label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::VaultKey;

    fn vault(dir: &std::path::Path) -> Vault {
        Vault::open(dir.join("v"), &VaultKey::from_bytes(&[9; 32]).unwrap()).unwrap()
    }

    fn state(v: &Vault, tag: &str) -> SettingsState {
        settings_state(
            v,
            "en_GB.UTF-8",
            &MeetingsOptions {
                locale: Some(tag.into()),
                ..MeetingsOptions::default()
            },
        )
    }

    fn find(s: &SettingsState, action: SettingsAction) -> &SettingsRow {
        s.sections
            .iter()
            .flat_map(|x| &x.rows)
            .find(|r| r.action == action)
            .unwrap()
    }

    #[test]
    fn a_new_phone_is_discreet_unlocked_and_follows_the_phones_language() {
        let tmp = tempfile::tempdir().unwrap();
        let v = vault(tmp.path());
        let s = state(&v, "en-GB");
        let headings: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(headings, ["Language", "Privacy", "Car-pools", "Your data"]);
        let discreet = find(&s, SettingsAction::ToggleDiscreet);
        assert_eq!(discreet.toggle, Some(true));
        assert_eq!(
            discreet.detail.as_deref(),
            Some("The lock screen shows only \"Reminder\" and the time.")
        );
        assert_eq!(discreet.accessibility_label, "Discreet reminders: On");
        assert_eq!(find(&s, SettingsAction::ToggleAppLock).toggle, Some(false));
        assert_eq!(
            find(&s, SettingsAction::ChooseLanguage).value.as_deref(),
            Some("The phone's language (English (UK))")
        );
        assert_eq!(
            find(&s, SettingsAction::SetRideServer).value.as_deref(),
            Some("Not set")
        );
        let choices: Vec<(Option<&str>, &str, bool)> = s
            .languages
            .iter()
            .map(|l| (l.tag.as_deref(), l.label.as_str(), l.selected))
            .collect();
        assert_eq!(
            choices,
            [
                (None, "The phone's language (English (UK))", true),
                (Some("en-GB"), "English (UK)", false),
                (Some("en-US"), "English (US)", false),
                (Some("cy"), "Cymraeg", false),
                (Some("es"), "Español", false),
            ]
        );
        let delete = find(&s, SettingsAction::DeleteEverything);
        assert!(delete.destructive);
        assert!(s.delete_confirmation.message.contains("cannot be undone"));
        assert_eq!(s.delete_confirmation.cancel_label, "Keep everything");
    }

    #[test]
    fn every_choice_shows_as_made_in_every_locale() {
        let tmp = tempfile::tempdir().unwrap();
        let mut v = vault(tmp.path());
        v.set_discreet_reminders(false).unwrap();
        v.set_app_lock(true).unwrap();
        v.set_language(Some("cy")).unwrap();
        v.set_ride_server(Some("https://rides.example.org"))
            .unwrap();
        for (tag, title, off, on, lock, server_detail_start) in [
            (
                "en-GB",
                "Settings",
                "Off",
                "On",
                "App lock",
                "Rides are matched there",
            ),
            (
                "en-US",
                "Settings",
                "Off",
                "On",
                "App lock",
                "Rides are matched there",
            ),
            (
                "cy",
                "Gosodiadau",
                "I ffwrdd",
                "Ymlaen",
                "Cloi'r ap",
                "Yno mae teithiau",
            ),
            (
                "es",
                "Ajustes",
                "Desactivado",
                "Activado",
                "Bloqueo de la app",
                "Allí se emparejan",
            ),
        ] {
            let s = state(&v, tag);
            assert_eq!(s.title, title);
            assert_eq!(s.locale, tag);
            let discreet = find(&s, SettingsAction::ToggleDiscreet);
            assert_eq!(
                (discreet.toggle, discreet.value.as_deref()),
                (Some(false), Some(off))
            );
            let l = find(&s, SettingsAction::ToggleAppLock);
            assert_eq!((l.label.as_str(), l.value.as_deref()), (lock, Some(on)));
            // A language is named in its own words on every screen.
            assert_eq!(
                find(&s, SettingsAction::ChooseLanguage).value.as_deref(),
                Some("Cymraeg")
            );
            let server = find(&s, SettingsAction::SetRideServer);
            assert_eq!(server.value.as_deref(), Some("rides.example.org"));
            assert!(server
                .detail
                .as_deref()
                .unwrap()
                .starts_with(server_detail_start));
            assert_eq!(s.languages.iter().filter(|l| l.selected).count(), 1);
            assert_eq!(
                s.languages
                    .iter()
                    .find(|l| l.selected)
                    .unwrap()
                    .tag
                    .as_deref(),
                Some("cy")
            );
        }
        let cy = state(&v, "cy");
        assert_eq!(
            find(&cy, SettingsAction::ToggleDiscreet).detail.as_deref(),
            Some("Mae enw a lleoliad y cyfarfod ar y sgrin glo.")
        );
        assert_eq!(cy.delete_confirmation.confirm_label, "Dileu popeth");
    }

    #[test]
    fn settings_that_cannot_be_read_offer_to_try_again() {
        let tmp = tempfile::tempdir().unwrap();
        let v = vault(tmp.path());
        v.conn.execute_batch("DROP TABLE settings;").unwrap();
        let s = state(&v, "es");
        assert_eq!(s.notices[0].kind, NoticeKind::Error);
        assert_eq!(
            s.notices[0].message,
            "No se han podido leer tus ajustes ahora. No se ha perdido nada; inténtalo de nuevo."
        );
        let rows: Vec<SettingsAction> = s
            .sections
            .iter()
            .flat_map(|x| &x.rows)
            .map(|r| r.action)
            .collect();
        assert_eq!(rows, [SettingsAction::TryAgain]);
    }
}
