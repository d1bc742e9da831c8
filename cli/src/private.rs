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
use crate::say::{self, ids, n, t};

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
            .map_err(|_| crate::usage_in(ids::USAGE_NO_TERMINAL, &[("var", t(var))]))
    };
    let first = ask(prompt)?;
    if confirm {
        let again = ask(&say::own(ids::PASSPHRASE_AGAIN, &[]))?;
        if *again != *first {
            return Err(crate::usage_in(ids::USAGE_PASSPHRASES_DIFFER, &[]));
        }
    }
    Ok(first)
}

/// Opens (or, the first time, creates) the vault in `dir`, and empties the trash of entries
/// older than 30 days.
pub fn open_vault(dir: &Path) -> Result<Vault> {
    waymark_core::support::files::create_private_dir(dir).with_context(|| {
        say::own(
            ids::CANNOT_CREATE_DATA,
            &[("path", say::t(&dir.display().to_string()))],
        )
    })?;
    let path = vault_path(dir);
    let creating = !path.exists() && !KdfParams::path_for(&path).exists();
    let passphrase = if creating {
        secret(
            "WAYMARK_PASSPHRASE",
            &say::own(ids::VAULT_PASSPHRASE_CHOOSE, &[]),
            true,
        )?
    } else {
        secret(
            "WAYMARK_PASSPHRASE",
            &say::own(ids::VAULT_PASSPHRASE_OPEN, &[]),
            false,
        )?
    };
    let mut vault = Vault::open_with_passphrase(&path, &passphrase)?;
    if creating {
        eprintln!(
            "{}",
            say::own(
                ids::VAULT_CREATED,
                &[("path", t(&dir.display().to_string()))]
            )
        );
    }
    vault.purge_trash(now())?;
    Ok(vault)
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    s.trim().parse().map_err(|_| {
        // No flag here (a positional date): the sentence starts at the value.
        let said = say::own(
            ids::USAGE_NOT_A_DATE,
            &[("flag", t("")), ("value", t(&format!("{s:?}")))],
        );
        crate::usage(said.trim_start())
    })
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
                        return Err(crate::usage_in(
                            ids::USAGE_NO_LONGER_LISTED,
                            &[("id", t(&meeting_id))],
                        ));
                    }
                    return Err(crate::usage_in(
                        ids::USAGE_NO_MEETING,
                        &[("id", t(&meeting_id))],
                    ));
                }
                Err(e) => return Err(e.into()),
            };
            let name = [("name", t(&m.name))];
            if vault.add_favorite(&m, now())? {
                println!("{}", say::text(ids::FAVORITE_ADDED, &name));
            } else {
                println!("{}", say::text(ids::FAVORITE_ALREADY, &name));
            }
        }
        FavoriteCmd::Remove { meeting_id } => {
            if vault.remove_favorite(&meeting_id)? {
                println!("{}", say::own(ids::FAVORITE_REMOVED, &[]));
            } else {
                return Err(crate::usage_in(
                    ids::USAGE_NOT_SAVED,
                    &[("id", say::t(&meeting_id))],
                ));
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
                println!("{}", say::own(ids::JOURNAL_SAVED, &[("id", t(&saved.id))]));
                if let Some(step) = &result.next_step {
                    crate::contacts::show_next_step(step);
                }
            }
            if from_argument {
                // Other local users can read a running command's arguments (ps, /proc), and
                // shells keep them in their history.
                eprintln!("{}", say::own(ids::JOURNAL_ARGUMENT_NOTE, &[]));
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
                println!("{}", say::own(ids::JOURNAL_NOTHING_FOUND, &[]));
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
                    "{}",
                    say::own(
                        ids::JOURNAL_TRASHED,
                        &[
                            ("days", n(waymark_core::vault::journal::TRASH_DAYS)),
                            ("id", t(&id))
                        ]
                    )
                );
            }
        }
        JournalCmd::Restore { id } => {
            vault.restore_entry(&id)?;
            println!("{}", say::own(ids::JOURNAL_RESTORED, &[]));
        }
        JournalCmd::Trash { json } => {
            let entries = vault.entries(&EntryFilter {
                trash: true,
                ..Default::default()
            })?;
            if json {
                print_json(&entries)?;
            } else if entries.is_empty() {
                println!("{}", say::own(ids::JOURNAL_TRASH_EMPTY, &[]));
            } else {
                list_entries(&entries);
            }
        }
        JournalCmd::Export { format, out } => {
            let text = match format.as_str() {
                "markdown" | "md" => vault.export_markdown_in(now(), say::words())?,
                "json" => vault.export_json(now())?,
                other => {
                    return Err(crate::usage_in(
                        ids::USAGE_ONE_OF,
                        &[
                            ("flag", say::t("--format")),
                            ("value", say::t(&format!("{other:?}"))),
                            ("options", say::t("markdown / json")),
                        ],
                    ))
                }
            };
            match out {
                Some(path) => {
                    waymark_core::support::files::write_private(&path, text.as_bytes())
                        .with_context(|| {
                            say::own(
                                ids::CANNOT_WRITE,
                                &[("path", say::t(&path.display().to_string()))],
                            )
                        })?;
                    eprintln!(
                        "{}",
                        say::own(
                            ids::JOURNAL_EXPORTED,
                            &[("path", t(&path.display().to_string()))]
                        )
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
        crate::usage_in(
            ids::USAGE_ONE_OF,
            &[
                ("flag", t("--kind")),
                ("value", t(&format!("{k:?}"))),
                (
                    "options",
                    t("note / checkin / gratitude / review / meeting"),
                ),
            ],
        )
    })
}

fn new_entry(a: JournalAddArgs) -> Result<NewEntry> {
    let kind = parse_kind(&a.kind)?;
    let text = match a.text {
        Some(t) => t,
        None => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("{}", say::own(ids::JOURNAL_TYPE_ENTRY, &[]));
            }
            // A character is at most 4 bytes: anything longer than this cannot be saved, and
            // is not read into memory either.
            let limit = 4 * waymark_core::vault::journal::MAX_TEXT_CHARS as u64;
            let mut s = String::new();
            stdin
                .lock()
                .take(limit + 1)
                .read_to_string(&mut s)
                .with_context(|| say::own(ids::STDIN_UNREADABLE, &[]))?;
            if s.len() as u64 > limit {
                return Err(crate::usage_in(
                    ids::USAGE_ENTRY_TOO_LONG,
                    &[("max", n(waymark_core::vault::journal::MAX_TEXT_CHARS))],
                ));
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

/// A stored time (RFC 3339, in the offset it was written in) as the locale writes a date and
/// a time; as stored if it cannot be read.
fn stamp(at: &str) -> String {
    use chrono::{Datelike, Timelike};
    match DateTime::parse_from_rfc3339(at) {
        Ok(time) => {
            let w = say::words();
            let date = NaiveDate::from_ymd_opt(time.year(), time.month(), time.day());
            say::own(
                ids::JOURNAL_WHEN,
                &[
                    (
                        "date",
                        t(&date.map(|d| w.day_month_year(d)).unwrap_or_default()),
                    ),
                    ("time", t(&w.time(time.hour(), time.minute()))),
                ],
            )
        }
        Err(_) => at.to_string(),
    }
}

fn when(e: &JournalEntry) -> String {
    stamp(&e.created_at)
}

/// A kind of entry as the Journal screen words it.
fn kind(k: EntryKind) -> String {
    waymark_core::screens::journal::kind_words(k, say::words())
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
        facts.push(say::own(ids::JOURNAL_MOOD_SHORT, &[("mood", n(m))]));
    }
    if let Some(cr) = c.craving {
        facts.push(say::own(ids::JOURNAL_CRAVING_SHORT, &[("craving", n(cr))]));
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
            kind(e.content.kind),
            first_line(e),
            tags.join(" ")
        );
    }
}

fn show_entry(e: &JournalEntry) {
    let c = &e.content;
    println!("{} · {}", kind(c.kind), when(e));
    if e.edited_at != e.created_at {
        println!(
            "{}",
            say::own(ids::JOURNAL_EDITED, &[("date", t(&stamp(&e.edited_at)))])
        );
    }
    if let Some(d) = &e.deleted_at {
        println!(
            "{}",
            say::own(ids::JOURNAL_IN_TRASH, &[("date", t(&stamp(d)))])
        );
    }
    if let Some(m) = c.mood {
        println!("{}", say::own(ids::JOURNAL_MOOD, &[("mood", n(m))]));
    }
    if let Some(cr) = c.craving {
        println!("{}", say::own(ids::JOURNAL_CRAVING, &[("craving", n(cr))]));
    }
    if c.halt.any() {
        let h = &c.halt;
        let words: Vec<String> = [
            (h.hungry, ids::HALT_HUNGRY),
            (h.angry, ids::HALT_ANGRY),
            (h.lonely, ids::HALT_LONELY),
            (h.tired, ids::HALT_TIRED),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, word)| say::own(word, &[]))
        .collect();
        println!(
            "{}",
            say::own(ids::JOURNAL_HALT, &[("words", t(&words.join(", ")))])
        );
    }
    if let Some(m) = &c.meeting_id {
        println!("{}", say::own(ids::JOURNAL_MEETING, &[("id", t(m))]));
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
        println!(
            "\n{}",
            say::text(ids::JOURNAL_TAGS, &[("tags", t(&tags.join(" ")))])
        );
    }
}

/// `waymark sober …`; the list as the Sobriety dates screen words it in `locale`.
pub fn sober(dir: &Path, cmd: SoberCmd, locale: waymark_core::l10n::Locale) -> Result<ExitCode> {
    let mut vault = open_vault(dir)?;
    let today = Local::now().date_naive();
    match cmd {
        SoberCmd::Add { date, label } => {
            // No label: the default label in the --locale (else the system's).
            let label = label.unwrap_or_else(|| {
                say::words().text(waymark_core::l10n::ids::SOBRIETY_DEFAULT_LABEL, &[])
            });
            let c = vault.add_sobriety_date(parse_date(&date)?, &label, today, now())?;
            println!("{}", say::own(ids::SOBER_SAVED, &[("id", t(&c.date.id))]));
            print_count(&vault, &c, locale)?;
        }
        SoberCmd::Set { id, date, label } => {
            let c =
                vault.set_sobriety_date(&id, parse_date(&date)?, label.as_deref(), today, now())?;
            println!("{}", say::own(ids::SOBER_UPDATED, &[]));
            print_count(&vault, &c, locale)?;
        }
        SoberCmd::Remove { id } => {
            vault.remove_sobriety_date(&id)?;
            println!("{}", say::own(ids::SOBER_REMOVED, &[]));
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

/// The date just saved, as its card on the Sobriety dates screen words it (count, since when,
/// a milestone today, the next one), counted today.
fn print_count(vault: &Vault, c: &SobrietyCount, locale: waymark_core::l10n::Locale) -> Result<()> {
    let state = waymark_core::screens::sobriety_state(vault, &crate::screen_options(locale)?);
    for card in state.cards.iter().filter(|card| card.id == c.date.id) {
        crate::show::sobriety_card(card, "  ");
    }
    Ok(())
}

pub fn backup(dir: &Path, cmd: BackupCmd) -> Result<ExitCode> {
    match cmd {
        BackupCmd::Create { file } => {
            let vault = open_vault(dir)?;
            let pass = secret(
                "WAYMARK_BACKUP_PASSPHRASE",
                &say::own(ids::BACKUP_PASSPHRASE_NEW, &[]),
                true,
            )?;
            let s = vault.write_backup(&file, &pass, now())?;
            println!(
                "{}",
                say::own(
                    ids::BACKUP_WRITTEN,
                    &[
                        ("path", t(&file.display().to_string())),
                        ("journal", n(s.journal)),
                        ("favorites", n(s.favorites)),
                        ("sobriety", n(s.sobriety)),
                        ("reminders", n(s.reminders)),
                        ("contacts", n(s.contacts)),
                    ]
                )
            );
            println!("{}", say::own(ids::BACKUP_KEEP_PASSPHRASE, &[]));
        }
        BackupCmd::Restore { file } => {
            let bytes = waymark_core::vault::backup::read_backup_file(&file)?;
            let pass = if is_encrypted_backup(&bytes) {
                Some(secret(
                    "WAYMARK_BACKUP_PASSPHRASE",
                    &say::own(ids::BACKUP_PASSPHRASE, &[]),
                    false,
                )?)
            } else {
                None
            };
            let mut vault = open_vault(dir)?;
            let r = vault.restore(&bytes, pass.as_deref().map(|s| s.as_str()))?;
            println!(
                "{}",
                say::own(
                    ids::RESTORED,
                    &[
                        ("journalAdded", n(r.journal.added)),
                        ("journalUpdated", n(r.journal.updated)),
                        ("journalUnchanged", n(r.journal.unchanged)),
                        ("favorites", n(r.favorites.added)),
                        ("sobrietyAdded", n(r.sobriety.added)),
                        ("sobrietyUpdated", n(r.sobriety.updated)),
                        (
                            "reminders",
                            n(r.reminder_rules.added + r.daily_reminders.added)
                        ),
                        ("contacts", n(r.contacts.added)),
                    ]
                )
            );
            if r.favorites.added > 0 {
                println!("{}", say::own(ids::RESTORED_NOT_SYNCED, &[]));
            }
            if !r.settings_skipped.is_empty() {
                println!(
                    "{}",
                    say::own(
                        ids::RESTORED_SETTINGS_KEPT,
                        &[("settings", t(&r.settings_skipped.join(", ")))]
                    )
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
                return Err(crate::usage_in(ids::USAGE_NO_VAULT, &[]));
            }
            let mut vault = open_vault(dir)?;
            let new = secret(
                "WAYMARK_NEW_PASSPHRASE",
                &say::own(ids::VAULT_PASSPHRASE_NEW, &[]),
                true,
            )?;
            vault.change_passphrase(&new, KdfParams::generate()?)?;
            println!("{}", say::own(ids::PASSPHRASE_CHANGED, &[]));
        }
    }
    Ok(ExitCode::SUCCESS)
}
