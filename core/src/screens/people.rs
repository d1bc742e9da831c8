//! The People to call screen: the sponsor, friends and helplines a person keeps within one
//! tap, sponsor first, each with buttons that call or text them.
//!
//! Why it is built here: who someone calls when it is hard is private, and the moment they
//! open this list may be a hard one. The list is the vault's (encrypted, never sent), the
//! links are the vault's own `tel:` and `sms:` ones (so every phone dials the same number),
//! and the words are kind and plain in every locale. A contact whose stored number cannot be
//! dialled is still shown, with its number and a plain reason, rather than hidden: the person
//! added them and should see them.
//!
//! Names are the person's own, in any script: in sentences (what a screen reader says) they
//! are wrapped in bidi isolation marks, and a long one is cut on grapheme boundaries.

use serde::Serialize;

use super::meetings::MeetingsOptions;
use super::{Confirmation, Notice, NoticeKind};
use crate::l10n::{negotiate, truncate, Arg, Words};
use crate::vault::contacts::{
    Contact, ContactRole, MAX_CONTACTS, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS,
};
use crate::vault::Vault;

/// Longest name a row shows, in graphemes (user-perceived characters); a longer one is cut
/// with "…". The vault takes names of up to 60 characters; a phone's row has room for fewer.
pub const NAME_GRAPHEMES: usize = 40;

/// Longest phone number a row shows, in graphemes (the vault takes up to 40 characters as
/// typed; a number stored by hand may be longer).
pub const PHONE_GRAPHEMES: usize = 40;

// The screen's message ids (`locales/*/people.ftl`; en-GB says what each one means).
crate::l10n::message_ids! {
    /// Every id below.
    pub(crate) IDS;
    pub(crate) PEOPLE_TITLE = "people-title";
    pub(crate) PEOPLE_ROLE_SPONSOR = "people-role-sponsor";
    pub(crate) PEOPLE_ROLE_FRIEND = "people-role-friend";
    pub(crate) PEOPLE_ROLE_HELPLINE = "people-role-helpline";
    pub(crate) PEOPLE_ROLE_OTHER = "people-role-other";
    pub(crate) PEOPLE_ROW_LABEL = "people-row-label";
    pub(crate) PEOPLE_ACTION_ADD = "people-action-add";
    pub(crate) PEOPLE_ACTION_CALL = "people-action-call";
    pub(crate) PEOPLE_ACTION_TEXT = "people-action-text";
    pub(crate) PEOPLE_ACTION_REMOVE = "people-action-remove";
    pub(crate) PEOPLE_CALL_LABEL = "people-call-label";
    pub(crate) PEOPLE_TEXT_LABEL = "people-text-label";
    pub(crate) PEOPLE_REMOVE_LABEL = "people-remove-label";
    pub(crate) PEOPLE_REMOVE_TITLE = "people-remove-title";
    pub(crate) PEOPLE_REMOVE_MESSAGE = "people-remove-message";
    pub(crate) PEOPLE_REMOVE_CONFIRM = "people-remove-confirm";
    pub(crate) PEOPLE_REMOVE_CANCEL = "people-remove-cancel";
    pub(crate) PEOPLE_NUMBER_UNUSABLE = "people-number-unusable";
    pub(crate) PEOPLE_FULL = "people-full";
    pub(crate) PEOPLE_EMPTY_TITLE = "people-empty-title";
    pub(crate) PEOPLE_EMPTY = "people-empty";
    pub(crate) PEOPLE_ERROR = "people-error";
}

/// What a button on the People to call screen does; the app maps each to its own button.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeopleAction {
    /// Open the form that adds someone.
    Add,
    /// Call them: open `url` (a `tel:` link).
    Call,
    /// Text them: open `url` (an `sms:` link).
    Text,
    /// Take them off the list (after its confirmation).
    Remove,
    /// Read the list again, after it could not be read.
    TryAgain,
}

/// A button: what it does, its words, what a screen reader says, the link it opens and
/// what to ask first.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeopleActionItem {
    /// What it does.
    pub action: PeopleAction,
    /// Its words ("Call").
    pub label: String,
    /// What a screen reader says, naming the person ("Call Sam, sponsor").
    pub accessibility_label: String,
    /// The link it opens: `tel:` for a call, `sms:` for a text.
    pub url: Option<String>,
    /// The question to ask before doing it (removing someone).
    pub confirm: Option<Confirmation>,
}

/// One person (or line) on the list.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonRow {
    /// The contact's id, for its actions.
    pub id: String,
    /// Their name as the person wrote it, cut to [`NAME_GRAPHEMES`].
    pub name: String,
    /// Who they are to the person, for an icon.
    pub role: ContactRole,
    /// The role in words: "Sponsor", "Helpline".
    pub role_label: String,
    /// The number as typed.
    pub phone: String,
    /// Why there is no call or text button, when the number cannot be dialled as stored.
    pub note: Option<String>,
    /// What a screen reader says for the row ("Sam, sponsor, 07700 900123").
    pub accessibility_label: String,
    /// Call and text (when the number can be dialled), remove.
    pub actions: Vec<PeopleActionItem>,
}

/// A role someone can have, for the "add someone" form.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleChoice {
    /// The role.
    pub role: ContactRole,
    /// Its words ("Sponsor").
    pub label: String,
}

/// Everything the People to call screen shows.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeopleState {
    /// "People to call".
    pub title: String,
    /// Sponsors first, then friends, helplines and others, each by name.
    pub rows: Vec<PersonRow>,
    /// In place of rows: what the list is for and that it stays on the phone (none yet), a
    /// read that failed; or, under them, that the list is full.
    pub notices: Vec<Notice>,
    /// The screen's own buttons: add someone (until the list is full), or try again.
    pub actions: Vec<PeopleActionItem>,
    /// The roles the "add someone" form offers, in this order; the first is chosen at first.
    pub roles: Vec<RoleChoice>,
    /// The locale the screen is worded in.
    pub locale: String,
}

/// The People to call screen's state, worded in `options.locale`.
pub fn people_state(vault: &Vault, options: &MeetingsOptions) -> PeopleState {
    let w = Words::get(negotiate(options.locale.as_deref().unwrap_or_default()).locale);
    people_state_in(vault, options, w)
}

/// [`people_state`] worded by `w` (the pseudo-locale check's, in tests).
pub(crate) fn people_state_in(vault: &Vault, _options: &MeetingsOptions, w: &Words) -> PeopleState {
    let mut state = PeopleState {
        title: w.text(PEOPLE_TITLE, &[]),
        rows: Vec::new(),
        notices: Vec::new(),
        actions: Vec::new(),
        roles: [
            ContactRole::Sponsor,
            ContactRole::Friend,
            ContactRole::Helpline,
            ContactRole::Other,
        ]
        .into_iter()
        .map(|role| RoleChoice {
            role,
            label: role_words(role, w),
        })
        .collect(),
        locale: w.locale().tag().to_string(),
    };
    let plain = |action, id: &str| PeopleActionItem {
        action,
        label: w.text(id, &[]),
        accessibility_label: w.text(id, &[]),
        url: None,
        confirm: None,
    };
    let mut contacts = match vault.contacts_as_stored() {
        Ok(c) => c,
        Err(_) => {
            state.notices.push(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(PEOPLE_ERROR, &[]),
            });
            state.actions.push(plain(
                PeopleAction::TryAgain,
                super::words::ACTION_TRY_AGAIN,
            ));
            return state;
        }
    };
    if contacts.len() < MAX_CONTACTS {
        state
            .actions
            .push(plain(PeopleAction::Add, PEOPLE_ACTION_ADD));
    } else {
        state.notices.push(Notice {
            kind: NoticeKind::Info,
            title: None,
            message: w.own(PEOPLE_FULL, &[("count", Arg::Number(MAX_CONTACTS as i64))]),
        });
    }
    if contacts.is_empty() {
        state.notices.push(Notice {
            kind: NoticeKind::Empty,
            title: Some(w.text(PEOPLE_EMPTY_TITLE, &[])),
            message: w.text(PEOPLE_EMPTY, &[]),
        });
        return state;
    }
    contacts.sort_by_cached_key(|c| (c.role, c.name.to_lowercase(), c.id.clone()));
    state.rows = contacts.iter().map(|c| row(c, w)).collect();
    state
}

/// A person's role in words, as the People to call screen shows it ("Sponsor", "Noddwr"):
/// for a shell that confirms a change in a sentence of its own (the CLI's `contacts add`).
pub fn role_words(role: ContactRole, w: &Words) -> String {
    w.text(
        match role {
            ContactRole::Sponsor => PEOPLE_ROLE_SPONSOR,
            ContactRole::Friend => PEOPLE_ROLE_FRIEND,
            ContactRole::Helpline => PEOPLE_ROLE_HELPLINE,
            ContactRole::Other => PEOPLE_ROLE_OTHER,
        },
        &[],
    )
}

fn row(c: &Contact, w: &Words) -> PersonRow {
    let name = truncate(&crate::support::text::single_line(&c.name), NAME_GRAPHEMES).into_owned();
    let phone = truncate(
        &crate::support::text::single_line(&c.phone),
        PHONE_GRAPHEMES,
    )
    .into_owned();
    let role_label = role_words(c.role, w);
    // The role as the messages select on it ("sponsor"), never shown as it is.
    let role = c.role.as_str();
    let who = [("name", Arg::Text(&name)), ("role", Arg::Text(role))];
    let dialable = !c.call_link.is_empty() && !c.text_link.is_empty();
    let mut actions = Vec::new();
    if dialable {
        actions.push(PeopleActionItem {
            action: PeopleAction::Call,
            label: w.text(PEOPLE_ACTION_CALL, &[]),
            accessibility_label: w.text(PEOPLE_CALL_LABEL, &who),
            url: Some(c.call_link.clone()),
            confirm: None,
        });
        actions.push(PeopleActionItem {
            action: PeopleAction::Text,
            label: w.text(PEOPLE_ACTION_TEXT, &[]),
            accessibility_label: w.text(PEOPLE_TEXT_LABEL, &who),
            url: Some(c.text_link.clone()),
            confirm: None,
        });
    }
    actions.push(PeopleActionItem {
        action: PeopleAction::Remove,
        label: w.text(PEOPLE_ACTION_REMOVE, &[]),
        accessibility_label: w.text(PEOPLE_REMOVE_LABEL, &who),
        url: None,
        confirm: Some(Confirmation {
            title: w.text(PEOPLE_REMOVE_TITLE, &who),
            message: w.text(PEOPLE_REMOVE_MESSAGE, &who),
            confirm_label: w.text(PEOPLE_REMOVE_CONFIRM, &[]),
            cancel_label: w.text(PEOPLE_REMOVE_CANCEL, &[]),
        }),
    });
    let note = (!dialable).then(|| {
        w.own(
            PEOPLE_NUMBER_UNUSABLE,
            &[
                ("min", Arg::Number(MIN_PHONE_DIGITS as i64)),
                ("max", Arg::Number(MAX_PHONE_DIGITS as i64)),
            ],
        )
    });
    let accessibility_label = w.text(
        PEOPLE_ROW_LABEL,
        &[
            ("name", Arg::Text(&name)),
            ("role", Arg::Text(role)),
            ("phone", Arg::Text(&phone)),
        ],
    );
    let accessibility_label = match &note {
        Some(note) => format!("{accessibility_label} {note}"),
        None => accessibility_label,
    };
    PersonRow {
        id: c.id.clone(),
        name,
        role: c.role,
        role_label,
        phone,
        note,
        accessibility_label,
        actions,
    }
}

/// Adds "Dee", whose number ("ask Bea") cannot be dialled, written straight into the table as
/// a hand edit or an older version might have: the vault's own check would refuse it.
#[cfg(test)]
pub(crate) fn add_undialable_contact(v: &crate::vault::Vault) {
    v.conn
        .execute(
            "INSERT INTO contacts (id, name, role, phone, created_at, updated_at)
             VALUES ('0193c5a0-0000-7000-8000-000000000001', 'Dee', 'friend', 'ask Bea',
                     '2026-11-30T12:00:00+00:00', '2026-11-30T12:00:00+00:00')",
            [],
        )
        .unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn options(tag: &str) -> MeetingsOptions {
        MeetingsOptions {
            locale: Some(tag.into()),
            viewer_timezone: Some("Europe/London".into()),
            at: Some(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()),
        }
    }

    fn vault(dir: &tempfile::TempDir) -> Vault {
        Vault::open(
            dir.path().join("v"),
            &crate::VaultKey::from_bytes(&[12; 32]).unwrap(),
        )
        .unwrap()
    }

    fn plain(s: &str) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0)
            .unwrap()
            .fixed_offset()
    }

    fn filled() -> (tempfile::TempDir, Vault) {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        v.add_contact("zoe", ContactRole::Friend, "07700 900456", now())
            .unwrap();
        v.add_contact("Samaritans", ContactRole::Helpline, "116 123", now())
            .unwrap();
        v.add_contact("Alex", ContactRole::Other, "07700 900789", now())
            .unwrap();
        v.add_contact("Sam", ContactRole::Sponsor, "+44 7700 900123", now())
            .unwrap();
        v.add_contact("Bea", ContactRole::Friend, "07700 900111", now())
            .unwrap();
        (dir, v)
    }

    #[test]
    fn sponsor_first_then_by_role_and_name_with_call_and_text_links() {
        let (_dir, v) = filled();
        let s = people_state(&v, &options("en-GB"));
        assert_eq!(s.title, "People to call");
        // The form's roles, sponsor first (chosen at first), in the person's language.
        let roles: Vec<(ContactRole, &str)> =
            s.roles.iter().map(|r| (r.role, r.label.as_str())).collect();
        assert_eq!(
            roles,
            [
                (ContactRole::Sponsor, "Sponsor"),
                (ContactRole::Friend, "Friend"),
                (ContactRole::Helpline, "Helpline"),
                (ContactRole::Other, "Other")
            ]
        );
        assert_eq!(people_state(&v, &options("cy")).roles[0].label, "Noddwr");
        let rows: Vec<_> = s
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.role_label.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("Sam", "Sponsor"),
                ("Bea", "Friend"),
                ("zoe", "Friend"),
                ("Samaritans", "Helpline"),
                ("Alex", "Other")
            ]
        );
        let sam = &s.rows[0];
        assert_eq!(sam.phone, "+44 7700 900123");
        assert_eq!(sam.note, None);
        let actions: Vec<_> = sam
            .actions
            .iter()
            .map(|a| (a.action, a.url.as_deref()))
            .collect();
        assert_eq!(
            actions,
            [
                (PeopleAction::Call, Some("tel:+447700900123")),
                (PeopleAction::Text, Some("sms:+447700900123")),
                (PeopleAction::Remove, None)
            ]
        );
        assert_eq!(
            plain(&sam.actions[0].accessibility_label),
            "Call Sam, sponsor"
        );
        assert_eq!(
            plain(&sam.actions[1].accessibility_label),
            "Text Sam, sponsor"
        );
        assert_eq!(
            plain(&sam.accessibility_label),
            "Sam, sponsor, +44 7700 900123"
        );
        assert_eq!(
            plain(&s.rows[4].actions[0].accessibility_label),
            "Call Alex"
        );
        let confirm = sam.actions[2].confirm.as_ref().unwrap();
        assert_eq!(plain(&confirm.title), "Take Sam off your list?");
        assert_eq!(s.actions[0].action, PeopleAction::Add);
        assert!(s.notices.is_empty());

        let us = people_state(&v, &options("en-US"));
        assert_eq!(
            plain(&us.rows[0].actions[0].accessibility_label),
            "Call Sam, sponsor"
        );
        let cy = people_state(&v, &options("cy"));
        assert_eq!(cy.title, "Pobl i'w ffonio");
        assert_eq!(cy.rows[0].role_label, "Noddwr");
        assert_eq!(
            plain(&cy.rows[0].actions[0].accessibility_label),
            "Ffonio Sam, noddwr"
        );
        assert_eq!(cy.rows[3].role_label, "Llinell gymorth");
        let es = people_state(&v, &options("es"));
        assert_eq!(es.title, "Personas a las que llamar");
        assert_eq!(es.rows[0].role_label, "Padrino o madrina");
        assert_eq!(
            plain(&es.rows[0].actions[1].accessibility_label),
            "Escribir a Sam, padrino o madrina"
        );
        assert_eq!(es.rows[0].actions[0].label, "Llamar");
    }

    #[test]
    fn a_number_that_cannot_be_dialled_is_shown_without_buttons_and_says_why() {
        let (_dir, v) = filled();
        add_undialable_contact(&v);
        let expect = [
            ("en-GB", "cannot be dialled"),
            ("en-US", "cannot be dialed"),
            ("cy", "Does dim modd deialu"),
            ("es", "No se puede marcar"),
        ];
        for (tag, says) in expect {
            let s = people_state(&v, &options(tag));
            let dee = s.rows.iter().find(|r| r.name == "Dee").unwrap();
            assert_eq!(dee.phone, "ask Bea");
            let note = dee.note.as_deref().unwrap();
            assert!(note.contains(says), "{tag}: {note}");
            assert!(note.contains('3') && note.contains("20"), "{tag}: {note}");
            let actions: Vec<_> = dee.actions.iter().map(|a| a.action).collect();
            assert_eq!(actions, [PeopleAction::Remove], "{tag}");
            assert!(dee.accessibility_label.ends_with(note), "{tag}");
        }
        // The list everything else uses still leaves it out.
        assert!(v.contacts().unwrap().iter().all(|c| c.name != "Dee"));
    }

    #[test]
    fn empty_full_and_error_states_in_four_locales() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        let expect = [
            ("en-GB", "No one here yet", "never sent anywhere"),
            ("en-US", "No one here yet", "never sent anywhere"),
            ("cy", "Neb yma eto", "byth yn cael ei hanfon"),
            ("es", "Aún no hay nadie", "nunca se envía"),
        ];
        for (tag, title, stays) in expect {
            let s = people_state(&v, &options(tag));
            assert!(s.rows.is_empty());
            let empty = NoticeKind::Empty;
            crate::screens::assert_notice(&s.notices[0], empty, Some(title), stays, tag);
            assert_eq!(s.actions[0].action, PeopleAction::Add);
        }
        for i in 0..MAX_CONTACTS {
            v.add_contact(&format!("P{i}"), ContactRole::Other, "123", now())
                .unwrap();
        }
        let full = people_state(&v, &options("en-GB"));
        assert!(full.actions.is_empty());
        assert_eq!(full.notices[0].kind, NoticeKind::Info);
        assert!(full.notices[0].message.contains("50"), "{:?}", full.notices);
        v.conn.execute_batch("DROP TABLE contacts").unwrap();
        for (tag, says) in [
            ("en-GB", "could not be opened"),
            ("en-US", "could not be opened"),
            ("cy", "Doedd dim modd agor"),
            ("es", "No se ha podido abrir"),
        ] {
            let s = people_state(&v, &options(tag));
            assert!(s.rows.is_empty());
            crate::screens::assert_read_failed(&s.notices, says, tag);
            let actions: Vec<_> = s.actions.iter().map(|a| a.action).collect();
            assert_eq!(actions, [PeopleAction::TryAgain], "{tag}");
        }
    }

    #[test]
    fn a_name_in_any_script_keeps_its_direction_and_a_long_one_is_cut_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = vault(&dir);
        v.add_contact("سارا", ContactRole::Sponsor, "0912 345 6789", now())
            .unwrap();
        let long = format!("{}👨‍👩‍👧‍👦", "Ŵ".repeat(39));
        v.add_contact(&format!("{long}xyz"), ContactRole::Friend, "123", now())
            .unwrap();
        let s = people_state(&v, &options("en-GB"));
        assert_eq!(
            s.rows[0].actions[0].accessibility_label,
            "Call \u{2068}سارا\u{2069}, sponsor"
        );
        // 39 letters and the family emoji would be 40; with more after it, the cut keeps 39
        // and the ellipsis, never half an emoji.
        assert_eq!(s.rows[1].name, format!("{}…", "Ŵ".repeat(39)));
    }
}
