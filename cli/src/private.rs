//! The vault commands: favourites, journal, sobriety dates, backup, passphrase.
//!
//! The vault passphrase comes from `$WAYMARK_PASSPHRASE`, else a prompt on the terminal (never
//! echoed); the backup passphrase from `$WAYMARK_BACKUP_PASSPHRASE`, else a prompt. Nothing a
//! person wrote is echoed back by `journal add`, and no command prints journal text to
//! standard error.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset, Local, NaiveDate};
use waymark_core::vault::backup::is_encrypted_backup;
use waymark_core::vault::journal::{EntryFilter, EntryKind, Halt, JournalEntry, NewEntry};
use waymark_core::vault::sobriety::SobrietyCount;
use waymark_core::{Directory, KdfParams, Vault};
use zeroize::Zeroizing;

use crate::args::{BackupCmd, FavoriteCmd, JournalAddArgs, JournalCmd, SoberCmd, VaultCmd};
use crate::usage;

/// The vault file in the data folder.
fn vault_path(dir: &Path) -> PathBuf {
    dir.join("vault.sqlite")
}

fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// A secret from `var`, else asked for on the terminal (twice when `confirm`).
fn secret(var: &str, prompt: &str, confirm: bool) -> Result<Zeroizing<String>> {
    if let Ok(v) = std::env::var(var) {
        return Ok(Zeroizing::new(v));
    }
    let ask = |p: &str| {
        rpassword::prompt_password(p)
            .map(Zeroizing::new)
            .map_err(|_| {
                usage(format!(
                    "no terminal to ask for the passphrase: set {var} instead"
                ))
            })
    };
    let first = ask(prompt)?;
    if confirm {
        let again = ask("Type it again, to be sure: ")?;
        if *again != *first {
            return Err(usage(
                "the two passphrases are not the same; nothing was changed",
            ));
        }
    }
    Ok(first)
}

/// Opens (or, the first time, creates) the vault in `dir`, and empties the trash of entries
/// older than 30 days.
pub fn open_vault(dir: &Path) -> Result<Vault> {
    waymark_core::support::files::create_private_dir(dir)
        .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
    let path = vault_path(dir);
    let creating = !path.exists() && !KdfParams::path_for(&path).exists();
    let passphrase = if creating {
        secret(
            "WAYMARK_PASSPHRASE",
            "Choose a passphrase for your private vault: ",
            true,
        )?
    } else {
        secret("WAYMARK_PASSPHRASE", "Vault passphrase: ", false)?
    };
    let mut vault = Vault::open_with_passphrase(&path, &passphrase)?;
    if creating {
        eprintln!(
            "Created your private vault in {}. It is encrypted with your passphrase: keep the \
             passphrase safe, because without it the vault cannot be opened.",
            dir.display()
        );
    }
    vault.purge_trash(now())?;
    Ok(vault)
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    s.trim()
        .parse()
        .map_err(|_| usage(format!("{s:?} is not a date: use YYYY-MM-DD")))
}

fn print_json<T: serde::Serialize>(v: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

/// `waymark favorite …`; the list as the My meetings screen words it in `locale`.
pub fn favorite(
    dir: &Path,
    cmd: FavoriteCmd,
    locale: waymark_core::l10n::Locale,
) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let directory = Directory::open(dir.join("directory.sqlite"))?;
    match cmd {
        FavoriteCmd::Add { meeting_id } => {
            let m = match directory.meeting(&meeting_id) {
                Ok(m) => m,
                Err(waymark_core::Error::NotFound(_)) => {
                    if directory.tombstone(&meeting_id)?.is_some() {
                        return Err(usage(format!(
                            "{meeting_id} is no longer listed by its feed, so it cannot be added"
                        )));
                    }
                    return Err(usage(format!(
                        "no meeting {meeting_id}: `waymark meetings` shows meeting ids"
                    )));
                }
                Err(e) => return Err(e.into()),
            };
            if vault.add_favorite(&m, now())? {
                println!("Added to my meetings: {}.", m.name);
            } else {
                println!("{} is already in my meetings.", m.name);
            }
        }
        FavoriteCmd::Remove { meeting_id } => {
            if vault.remove_favorite(&meeting_id)? {
                println!("Removed from my meetings.");
            } else {
                return Err(usage(format!("{meeting_id} is not in my meetings")));
            }
        }
        FavoriteCmd::List { json } => {
            if json {
                print_json(&vault.favorites(&directory, now())?)?;
            } else {
                let options = crate::screen_options(locale)?;
                let state =
                    waymark_core::screens::my_meetings_state(&mut vault, &directory, &options);
                crate::show::my_meetings(&state);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `waymark journal …`; its prompts in `locale`.
pub fn journal(
    dir: &Path,
    cmd: JournalCmd,
    locale: waymark_core::l10n::Locale,
) -> Result<ExitCode> {
    if let JournalCmd::Prompts = cmd {
        let w = waymark_core::l10n::Words::get(locale);
        for t in waymark_core::vault::templates::TEMPLATES {
            println!("{} ({})", t.title_in(w), t.kind.as_str());
            for p in t.prompts_in(w) {
                println!("  - {p}");
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut vault = open_vault(dir)?;
    match cmd {
        JournalCmd::Add(a) => {
            let json = a.json;
            let from_argument = a.text.is_some();
            let near = a
                .near
                .as_deref()
                .map(|p| crate::ride::point(p, "--near"))
                .transpose()?;
            let entry = new_entry(a)?;
            // The next meetings come from the offline directory, when there is one.
            let directory_path = dir.join("directory.sqlite");
            let directory = if directory_path.exists() {
                Some(Directory::open(&directory_path)?)
            } else {
                None
            };
            let result = vault.add_checkin(entry, directory.as_ref(), near, now())?;
            let saved = &result.entry;
            if json {
                print_json(saved)?;
            } else {
                println!("Saved. Entry {}", saved.id);
                if let Some(step) = &result.next_step {
                    crate::contacts::show_next_step(step);
                }
            }
            if from_argument {
                // Other local users can read a running command's arguments (ps, /proc), and
                // shells keep them in their history.
                eprintln!(
                    "Note: words given on the command line can be seen by other users of this \
                     computer while the command runs, and may stay in your shell history. To \
                     keep an entry private, leave the text out and type it when asked, or pipe \
                     it in."
                );
            }
        }
        JournalCmd::List {
            kind,
            tag,
            limit,
            json,
        } => {
            let kind = kind.map(|k| parse_kind(&k)).transpose()?;
            let entries = vault.entries(&EntryFilter {
                kind,
                tag,
                limit,
                ..Default::default()
            })?;
            if json {
                print_json(&entries)?;
            } else {
                // The Journal screen's days and rows, keeping the entries this command's own
                // filters (--tag, --limit) chose.
                let view = waymark_core::screens::JournalView {
                    kind,
                    ..Default::default()
                };
                let state = waymark_core::screens::journal_state(
                    &vault,
                    &view,
                    &crate::screen_options(locale)?,
                );
                let keep = entries.iter().map(|e| e.id.as_str()).collect();
                crate::show::journal(&state, &keep);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
        JournalCmd::Search { query, limit, json } => {
            let entries = vault.search_entries(&query, limit)?;
            if json {
                print_json(&entries)?;
            } else if entries.is_empty() {
                println!("Nothing found.");
            } else {
                list_entries(&entries);
            }
        }
        JournalCmd::Show { id, json } => {
            let e = vault.entry(&id)?;
            if json {
                print_json(&e)?;
            } else {
                show_entry(&e);
            }
        }
        JournalCmd::Delete { id, json } => {
            vault.delete_entry(&id, now())?;
            if json {
                print_json(&vault.entry(&id)?)?;
            } else {
                println!(
                    "Moved to the trash. It stays there for 30 days; \
                     `waymark journal restore {id}` brings it back."
                );
            }
        }
        JournalCmd::Restore { id } => {
            vault.restore_entry(&id)?;
            println!("Back in your journal.");
        }
        JournalCmd::Trash { json } => {
            let entries = vault.entries(&EntryFilter {
                trash: true,
                ..Default::default()
            })?;
            if json {
                print_json(&entries)?;
            } else if entries.is_empty() {
                println!("The trash is empty.");
            } else {
                list_entries(&entries);
            }
        }
        JournalCmd::Export { format, out } => {
            let text = match format.as_str() {
                "markdown" | "md" => vault.export_markdown(now())?,
                "json" => vault.export_json(now())?,
                other => return Err(usage(format!("--format {other:?}: use markdown or json"))),
            };
            match out {
                Some(path) => {
                    waymark_core::support::files::write_private(&path, text.as_bytes())
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!(
                        "Wrote {}. This file is not encrypted: keep it somewhere private.",
                        path.display()
                    );
                }
                None => print!("{text}"),
            }
        }
        JournalCmd::Prompts => unreachable!("handled above"),
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_kind(k: &str) -> Result<EntryKind> {
    EntryKind::parse(k).ok_or_else(|| {
        usage(format!(
            "--kind {k:?}: use note, checkin, gratitude, review or meeting"
        ))
    })
}

fn new_entry(a: JournalAddArgs) -> Result<NewEntry> {
    let kind = parse_kind(&a.kind)?;
    let text = match a.text {
        Some(t) => t,
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("Write your entry, then press Ctrl-D on a new line to save it.");
            }
            // A character is at most 4 bytes: anything longer than this cannot be saved, and
            // is not read into memory either.
            let limit = 4 * waymark_core::vault::journal::MAX_TEXT_CHARS as u64;
            let mut s = String::new();
            stdin
                .lock()
                .take(limit + 1)
                .read_to_string(&mut s)
                .context("could not read the entry from standard input")?;
            if s.len() as u64 > limit {
                return Err(usage(format!(
                    "an entry holds up to {} characters; this one is longer",
                    waymark_core::vault::journal::MAX_TEXT_CHARS
                )));
            }
            s
        }
    };
    let halt = match &a.halt {
        Some(h) => Halt::parse(h)?,
        None => Halt::default(),
    };
    Ok(NewEntry {
        kind,
        text,
        mood: a.mood,
        craving: a.craving,
        halt,
        gratitude: a.grateful,
        answers: vec![],
        tags: a.tag,
        meeting_id: a.meeting,
    })
}

fn when(e: &JournalEntry) -> String {
    DateTime::parse_from_rfc3339(&e.created_at)
        .map(|t| t.format("%a %-d %b %Y %H:%M").to_string())
        .unwrap_or_else(|_| e.created_at.clone())
}

fn first_line(e: &JournalEntry) -> String {
    let c = &e.content;
    let mut s = c
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string)
        .or_else(|| c.gratitude.first().cloned())
        .unwrap_or_default();
    if s.chars().count() > 60 {
        s = s.chars().take(59).collect::<String>() + "…";
    }
    let mut facts = Vec::new();
    if let Some(m) = c.mood {
        facts.push(format!("mood {m}/5"));
    }
    if let Some(cr) = c.craving {
        facts.push(format!("craving {cr}/10"));
    }
    if !facts.is_empty() {
        s = format!("{} {s}", facts.join(", "));
    }
    s
}

fn list_entries(entries: &[JournalEntry]) {
    for e in entries {
        let tags: Vec<String> = e.content.tags.iter().map(|t| format!("#{t}")).collect();
        println!(
            "{}  {:<18} {:<18} {} {}",
            e.id,
            when(e),
            e.content.kind.label(),
            first_line(e),
            tags.join(" ")
        );
    }
}

fn show_entry(e: &JournalEntry) {
    let c = &e.content;
    println!("{} · {}", c.kind.label(), when(e));
    if e.edited_at != e.created_at {
        println!("Edited {}", e.edited_at);
    }
    if let Some(d) = &e.deleted_at {
        println!("In the trash since {d}");
    }
    if let Some(m) = c.mood {
        println!("Mood: {m}/5");
    }
    if let Some(cr) = c.craving {
        println!("Craving: {cr}/10");
    }
    if c.halt.any() {
        println!("HALT: {}", c.halt.words().join(", "));
    }
    if let Some(m) = &c.meeting_id {
        println!("Meeting: {m}");
    }
    for g in &c.gratitude {
        println!("- {g}");
    }
    for a in &c.answers {
        println!("{}\n  {}", a.prompt, a.answer);
    }
    if !c.text.trim().is_empty() {
        println!("\n{}", c.text.trim_end());
    }
    if !c.tags.is_empty() {
        let tags: Vec<String> = c.tags.iter().map(|t| format!("#{t}")).collect();
        println!("\nTags: {}", tags.join(" "));
    }
}

/// `waymark sober …`; the list as the Sobriety dates screen words it in `locale`.
pub fn sober(dir: &Path, cmd: SoberCmd, locale: waymark_core::l10n::Locale) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let today = Local::now().date_naive();
    match cmd {
        SoberCmd::Add { date, label } => {
            let c = vault.add_sobriety_date(
                parse_date(&date)?,
                label.as_deref().unwrap_or(""),
                today,
                now(),
            )?;
            println!("Saved (id {}).", c.date.id);
            print_count(&c);
        }
        SoberCmd::Set { id, date, label } => {
            let c =
                vault.set_sobriety_date(&id, parse_date(&date)?, label.as_deref(), today, now())?;
            println!("Updated.");
            print_count(&c);
        }
        SoberCmd::Remove { id } => {
            vault.remove_sobriety_date(&id)?;
            println!("Removed.");
        }
        SoberCmd::List { today: on, json } => {
            let on = match on {
                Some(d) => parse_date(&d)?,
                None => today,
            };
            if json {
                print_json(&vault.sobriety_counts(on)?)?;
            } else {
                // Counted on `on`: noon of that day, read in UTC, is that day.
                let options = waymark_core::screens::MeetingsOptions {
                    viewer_timezone: Some("UTC".into()),
                    at: on.and_hms_opt(12, 0, 0).map(|t| t.and_utc()),
                    ..crate::screen_options(locale)?
                };
                let state = waymark_core::screens::sobriety_state(&vault, &options);
                crate::show::sobriety(&state);
                if crate::show::failed(&state.notices) {
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_count(c: &SobrietyCount) {
    let days = if c.days == 1 { "day" } else { "days" };
    println!(
        "  {} since {}: {} {days}.",
        c.date.label,
        c.date.date.format("%-d %B %Y"),
        c.days
    );
    if let Some(m) = &c.milestone_today {
        println!("  Today marks {}.", m.label);
    }
    let in_days = if c.days_to_next == 1 {
        "tomorrow".to_string()
    } else {
        format!("in {} days", c.days_to_next)
    };
    println!(
        "  Next: {} on {} ({in_days}).",
        c.next_milestone.label,
        c.next_milestone.date.format("%-d %B %Y")
    );
}

pub fn backup(dir: &Path, cmd: BackupCmd) -> Result<ExitCode> {
    match cmd {
        BackupCmd::Create { file } => {
            let vault = open_vault(dir)?;
            let pass = secret(
                "WAYMARK_BACKUP_PASSPHRASE",
                "Choose a passphrase for this backup: ",
                true,
            )?;
            let s = vault.write_backup(&file, &pass, now())?;
            println!(
                "Backup written to {}: {} journal entries, {} of my meetings, {} sobriety dates, \
                 {} reminders, {} people on my list.",
                file.display(),
                s.journal,
                s.favorites,
                s.sobriety,
                s.reminders,
                s.contacts
            );
            println!("Keep its passphrase safe: without it the backup cannot be restored.");
        }
        BackupCmd::Restore { file } => {
            let bytes = waymark_core::vault::backup::read_backup_file(&file)?;
            let pass = if is_encrypted_backup(&bytes) {
                Some(secret(
                    "WAYMARK_BACKUP_PASSPHRASE",
                    "Backup passphrase: ",
                    false,
                )?)
            } else {
                None
            };
            let mut vault = open_vault(dir)?;
            let r = vault.restore(&bytes, pass.as_deref().map(|s| s.as_str()))?;
            println!(
                "Restored. Journal: {} added, {} updated, {} already here. My meetings: {} added. \
                 Sobriety dates: {} added, {} updated. Reminders: {} added. My people: {} added.",
                r.journal.added,
                r.journal.updated,
                r.journal.unchanged,
                r.favorites.added,
                r.sobriety.added,
                r.sobriety.updated,
                r.reminder_rules.added + r.daily_reminders.added,
                r.contacts.added
            );
            if r.favorites.added > 0 {
                println!(
                    "My meetings read \"not synced yet\" until their meeting lists are loaded \
                     (`waymark source add` and `waymark sync`)."
                );
            }
            if !r.settings_skipped.is_empty() {
                println!(
                    "Settings kept as they are on this device: {}. A restore never brings in \
                     car-pool details and never makes reminders less discreet; \
                     `waymark remind discreet off` does that if you want it.",
                    r.settings_skipped.join(", ")
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn vault(dir: &Path, cmd: VaultCmd) -> Result<ExitCode> {
    match cmd {
        VaultCmd::ChangePassphrase => {
            if !vault_path(dir).exists() {
                return Err(usage("there is no vault here yet"));
            }
            let mut vault = open_vault(dir)?;
            let new = secret("WAYMARK_NEW_PASSPHRASE", "New passphrase: ", true)?;
            vault.change_passphrase(&new, KdfParams::generate()?)?;
            println!("Passphrase changed. Use the new one from now on.");
        }
    }
    Ok(ExitCode::SUCCESS)
}
