//! `contacts`: the person's own sponsor, friends and helplines, kept in the vault; and how a
//! hard check-in's next step is shown (those people and the next meetings).
//!
//! Numbers and links come from the core (`tel:` and `sms:`), so the terminal shows what the
//! phones dial. Nothing here is sent anywhere.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use waymark_core::vault::contacts::{Contact, ContactRole};
use waymark_core::vault::next_step::{NextMeetingKind, NextStep};

use crate::args::ContactsCmd;
use crate::private::open_vault;
use crate::say::{self, ids, t};
use crate::usage_in;

/// `waymark contacts …`; the list as the People to call screen words it in `locale`.
pub fn contacts(
    dir: &Path,
    cmd: ContactsCmd,
    locale: waymark_core::l10n::Locale,
) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let now = chrono::Local::now().fixed_offset();
    match cmd {
        ContactsCmd::Add { name, role, phone } => {
            let role = ContactRole::parse(&role).ok_or_else(|| {
                usage_in(
                    ids::USAGE_ONE_OF,
                    &[
                        ("flag", t("--role")),
                        ("value", t(&format!("{role:?}"))),
                        ("options", t("sponsor / friend / helpline / other")),
                    ],
                )
            })?;
            let c = vault.add_contact(&name, role, &phone, now)?;
            println!(
                "{}",
                say::text(
                    ids::CONTACT_ADDED,
                    &[("name", t(&c.name)), ("role", t(&role_words(c.role)))]
                )
            );
        }
        ContactsCmd::List { json } => {
            if json {
                println!("{}", serde_json::to_string_pretty(&vault.contacts()?)?);
            } else {
                let options = crate::screen_options(locale)?;
                let state = waymark_core::screens::people_state(&vault, &options);
                crate::show::people(&state);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
        ContactsCmd::Remove { id } => {
            vault.remove_contact(&id)?;
            println!("{}", say::own(ids::CONTACT_REMOVED, &[]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A role as the People to call screen words it, in the --locale.
fn role_words(role: ContactRole) -> String {
    waymark_core::screens::people::role_words(role, say::words())
}

fn contact_line(c: &Contact) -> String {
    say::text(
        ids::NEXT_STEP_PERSON,
        &[
            ("name", t(&c.name)),
            ("role", t(&role_words(c.role))),
            ("phone", t(&c.phone)),
            ("call", t(&c.call_link)),
            ("text", t(&c.text_link)),
        ],
    )
}

/// Prints a hard check-in's next step: the line, the people, the meetings.
pub fn show_next_step(step: &NextStep) {
    println!();
    println!(
        "{}",
        waymark_core::vault::next_step::next_step_words(step, say::words())
    );
    for c in &step.contacts {
        println!("  {}", contact_line(c));
    }
    for m in &step.meetings {
        let why = say::own(
            match m.kind {
                NextMeetingKind::MyMeeting => ids::NEXT_STEP_MINE,
                NextMeetingKind::Nearby => ids::NEXT_STEP_NEARBY,
                NextMeetingKind::Online => ids::NEXT_STEP_ONLINE,
            },
            &[],
        );
        let m = &m.meeting;
        println!(
            "  {}",
            say::text(
                ids::NEXT_STEP_MEETING,
                &[
                    ("name", t(&m.name)),
                    ("when", t(&m.when)),
                    ("why", t(&why)),
                    ("id", t(&m.id)),
                ]
            )
        );
    }
}
