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
use crate::usage;

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
                usage(format!(
                    "--role {role:?}: use sponsor, friend, helpline or other"
                ))
            })?;
            let c = vault.add_contact(&name, role, &phone, now)?;
            println!("Added {} ({}) to my people.", c.name, c.role.label());
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
            println!("Removed from my people.");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn contact_line(c: &Contact) -> String {
    format!(
        "{} ({}): {}  call {}  text {}",
        c.name,
        c.role.label(),
        c.phone,
        c.call_link,
        c.text_link
    )
}

/// Prints a hard check-in's next step: the line, the people, the meetings.
pub fn show_next_step(step: &NextStep) {
    println!();
    println!("{}", step.message);
    for c in &step.contacts {
        println!("  {}", contact_line(c));
    }
    for m in &step.meetings {
        let why = match m.kind {
            NextMeetingKind::MyMeeting => "one of my meetings",
            NextMeetingKind::Nearby => "near you",
            NextMeetingKind::Online => "online",
        };
        let m = &m.meeting;
        let when = match (&m.local_day, &m.local_start) {
            (Some(d), Some(t)) => format!("{d} {t}"),
            _ => String::new(),
        };
        println!(
            "  {} — {when}, {why}  (waymark meeting show {})",
            m.name, m.id
        );
    }
}
