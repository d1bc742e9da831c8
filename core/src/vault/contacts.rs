//! "My people": the sponsor, friends and helplines a person wants within one tap.
//!
//! Who someone calls when it is hard says a great deal about them, so the list lives in the
//! vault, encrypted like the journal, and never leaves the phone except inside the person's
//! own encrypted backup. It works offline: each contact carries the `tel:` and `sms:` links
//! the phone opens directly, decided here so every shell dials the same number.
//!
//! A number is kept as the person typed it (for showing) and checked: digits with the usual
//! separators (spaces, dots, dashes, brackets) and at most one leading `+`, 3 to
//! [`MAX_PHONE_DIGITS`] digits, so a short helpline code ("988") works and a stray word does
//! not. The links use only the `+` and the digits.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::journal::MergeOutcome;
use super::{parse_stamp, stamp, Vault};
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Most contacts on the list: far more than anyone needs within one tap.
pub const MAX_CONTACTS: usize = 50;
/// Longest name, in characters.
pub const MAX_CONTACT_NAME_CHARS: usize = 60;
/// Most digits in a phone number (the international limit is 15; a few more leaves room for
/// an extension typed straight after it).
pub const MAX_PHONE_DIGITS: usize = 20;
/// Fewest digits in a phone number (short helpline codes such as 988 or 111).
pub const MIN_PHONE_DIGITS: usize = 3;
/// Longest phone number as typed, separators included.
const MAX_PHONE_CHARS: usize = 40;

/// Who a contact is to the person.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// A sponsor (or mentor).
    Sponsor,
    /// A friend in or out of the fellowship.
    Friend,
    /// A helpline or warmline.
    Helpline,
    /// Anyone else.
    Other,
}

impl ContactRole {
    /// The stored word: `sponsor`, `friend`, `helpline`, `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::Sponsor => "sponsor",
            ContactRole::Friend => "friend",
            ContactRole::Helpline => "helpline",
            ContactRole::Other => "other",
        }
    }

    /// Parses the stored word (case ignored).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sponsor" => Some(ContactRole::Sponsor),
            "friend" => Some(ContactRole::Friend),
            "helpline" => Some(ContactRole::Helpline),
            "other" => Some(ContactRole::Other),
            _ => None,
        }
    }
}

/// One person (or line) on the list, with the links that call or text them.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable id (UUIDv7).
    pub id: String,
    /// The name the person gave.
    pub name: String,
    /// Sponsor, friend, helpline or other.
    pub role: ContactRole,
    /// The number as typed.
    pub phone: String,
    /// `tel:` link that calls the number.
    #[serde(default)]
    pub call_link: String,
    /// `sms:` link that opens a text to the number.
    #[serde(default)]
    pub text_link: String,
    /// When it was added (RFC 3339).
    pub created_at: String,
    /// When it last changed (RFC 3339).
    pub updated_at: String,
}

/// A number checked and reduced to what a dialler takes: an optional leading `+` and digits.
fn dial_string(phone: &str) -> Result<String> {
    let bad = || {
        Error::invalid_with(
            msg::PHONE_INVALID,
            [
                ("min", MIN_PHONE_DIGITS.into()),
                ("max", MAX_PHONE_DIGITS.into()),
            ],
        )
    };
    let phone = phone.trim();
    if phone.chars().count() > MAX_PHONE_CHARS {
        return Err(bad());
    }
    let mut out = String::new();
    for (i, c) in phone.chars().enumerate() {
        match c {
            '+' if i == 0 => out.push('+'),
            '0'..='9' => out.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return Err(bad()),
        }
    }
    let digits = out.trim_start_matches('+').len();
    if !(MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits) {
        return Err(bad());
    }
    Ok(out)
}

/// The `tel:` and `sms:` links for a number (checked).
pub fn phone_links(phone: &str) -> Result<(String, String)> {
    let dial = dial_string(phone)?;
    Ok((format!("tel:{dial}"), format!("sms:{dial}")))
}

/// A name tidied and checked: one line, 1 to [`MAX_CONTACT_NAME_CHARS`] characters.
fn clean_name(name: &str) -> Result<String> {
    let name = crate::support::text::single_line(name).trim().to_string();
    if name.is_empty() {
        return Err(Error::invalid(msg::CONTACT_NAME_MISSING));
    }
    if name.chars().count() > MAX_CONTACT_NAME_CHARS {
        return Err(Error::invalid_with(
            msg::CONTACT_NAME_TOO_LONG,
            [("max", MAX_CONTACT_NAME_CHARS.into())],
        ));
    }
    Ok(name)
}

impl Contact {
    /// Checks a contact from outside (a backup) the way a new one is checked, and fills in
    /// its links from the number (never from the file).
    pub(crate) fn checked(mut self) -> Result<Self> {
        if uuid::Uuid::parse_str(&self.id).is_err()
            || parse_stamp(&self.created_at).is_none()
            || parse_stamp(&self.updated_at).is_none()
        {
            return Err(Error::invalid(msg::CONTACT_INVALID));
        }
        self.name = clean_name(&self.name)?;
        self.phone = self.phone.trim().to_string();
        (self.call_link, self.text_link) = phone_links(&self.phone)?;
        Ok(self)
    }
}

impl Vault {
    /// Adds someone to the list. The name is one line of up to
    /// [`MAX_CONTACT_NAME_CHARS`] characters; the number is checked (see the module docs).
    pub fn add_contact(
        &mut self,
        name: &str,
        role: ContactRole,
        phone: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<Contact> {
        let name = clean_name(name)?;
        let phone = phone.trim().to_string();
        let (call_link, text_link) = phone_links(&phone)?;
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?;
        if count as usize >= MAX_CONTACTS {
            return Err(Error::invalid_with(
                msg::CONTACTS_FULL,
                [("max", MAX_CONTACTS.into())],
            ));
        }
        let c = Contact {
            id: self.new_id(&now),
            name,
            role,
            phone,
            call_link,
            text_link,
            created_at: stamp(&now),
            updated_at: stamp(&now),
        };
        store(&self.conn, &c)?;
        Ok(c)
    }

    /// Removes someone from the list.
    pub fn remove_contact(&mut self, id: &str) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM contacts WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::not_found(msg::CONTACT_NOT_FOUND));
        }
        Ok(())
    }

    /// The list: sponsors first, then friends, helplines and others, each by name.
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        self.read_contacts(false)
    }

    /// The list as the People screen shows it: like [`Vault::contacts`], but a contact whose
    /// stored number cannot be made a link (written by an older version, or by hand) is kept,
    /// with empty `call_link` and `text_link`, so the screen can show it and say why instead
    /// of hiding someone the person added; a role this version does not know reads as
    /// [`ContactRole::Other`].
    pub fn contacts_as_stored(&self) -> Result<Vec<Contact>> {
        self.read_contacts(true)
    }

    fn read_contacts(&self, keep_unlinkable: bool) -> Result<Vec<Contact>> {
        let rows = super::text_rows(
            &self.conn,
            "SELECT id, name, role, phone, created_at, updated_at FROM contacts
             ORDER BY name COLLATE NOCASE, id",
        )?;
        let mut out = Vec::new();
        for [id, name, role, phone, created_at, updated_at] in rows {
            // A row that no longer reads as a contact is skipped, never fatal (or, for the
            // screen, kept without links).
            let (role, links) = (ContactRole::parse(&role), phone_links(&phone));
            let (role, (call_link, text_link)) = match (role, links) {
                (Some(role), Ok(links)) => (role, links),
                _ if !keep_unlinkable => continue,
                (role, links) => (
                    role.unwrap_or(ContactRole::Other),
                    links.unwrap_or_default(),
                ),
            };
            out.push(Contact {
                id,
                name,
                role,
                phone,
                call_link,
                text_link,
                created_at,
                updated_at,
            });
        }
        out.sort_by_key(|c| c.role);
        Ok(out)
    }

    /// Stores a contact from a backup (already checked): a new one is added; one already here
    /// is replaced only by a more recently changed copy.
    pub(crate) fn merge_contact(tx: &rusqlite::Transaction, c: &Contact) -> Result<MergeOutcome> {
        let existing: Option<String> = tx
            .query_row(
                "SELECT updated_at FROM contacts WHERE id = ?1",
                [&c.id],
                |r| r.get(0),
            )
            .optional()?;
        let outcome = match existing.as_deref().map(parse_stamp) {
            None => MergeOutcome::Added,
            Some(here) if parse_stamp(&c.updated_at) > here => MergeOutcome::Updated,
            Some(_) => return Ok(MergeOutcome::Unchanged),
        };
        if outcome == MergeOutcome::Added {
            let count: i64 = tx.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?;
            if count as usize >= MAX_CONTACTS {
                return Ok(MergeOutcome::Unchanged);
            }
        }
        store(tx, c)?;
        Ok(outcome)
    }
}

/// Writes `c`: a new id is added, a known one takes `c`'s name, role, number and change time.
fn store(conn: &rusqlite::Connection, c: &Contact) -> Result<()> {
    conn.execute(
        "INSERT INTO contacts (id, name, role, phone, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role,
             phone = excluded.phone, updated_at = excluded.updated_at",
        params![
            c.id,
            c.name,
            c.role.as_str(),
            c.phone,
            c.created_at,
            c.updated_at
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::tests::{key, now};

    #[test]
    fn numbers_become_links_and_what_is_not_a_number_is_refused() {
        assert_eq!(
            phone_links("+44 (0)7700 900-123").unwrap(),
            ("tel:+4407700900123".into(), "sms:+4407700900123".into())
        );
        assert_eq!(phone_links(" 988 ").unwrap().0, "tel:988");
        for bad in [
            "",
            "12",
            "call me",
            "+",
            "44+1234",
            "1".repeat(21).as_str(),
            "123;ext",
        ] {
            assert!(phone_links(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_list_is_kept_in_the_vault_sponsors_first_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(3)).unwrap();
        let t = now("2026-11-22T10:00:00+00:00");
        v.add_contact("Zoe", ContactRole::Friend, "07700 900456", t)
            .unwrap();
        let sam = v
            .add_contact(" Sam\n", ContactRole::Sponsor, "+44 7700 900123", t)
            .unwrap();
        assert_eq!(sam.name, "Sam");
        v.add_contact("Samaritans", ContactRole::Helpline, "116 123", t)
            .unwrap();
        let list = v.contacts().unwrap();
        let names: Vec<_> = list.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Zoe", "Samaritans"]);
        assert_eq!(list[0].call_link, "tel:+447700900123");
        assert_eq!(list[2].text_link, "sms:116123");
        assert!(v.add_contact("", ContactRole::Friend, "123", t).is_err());
        assert!(v
            .add_contact("Al", ContactRole::Friend, "not a number", t)
            .is_err());
        assert!(v
            .add_contact(&"x".repeat(61), ContactRole::Friend, "123", t)
            .is_err());
        assert_eq!(v.contacts().unwrap().len(), 3);
        assert!(matches!(
            v.remove_contact("nobody"),
            Err(Error::NotFound(_))
        ));
        v.remove_contact(&sam.id).unwrap();
        assert_eq!(v.contacts().unwrap().len(), 2);
        for i in 2..MAX_CONTACTS {
            v.add_contact(&format!("P{i}"), ContactRole::Other, "123", t)
                .unwrap();
        }
        assert!(v
            .add_contact("One more", ContactRole::Other, "123", t)
            .is_err());
    }
}
