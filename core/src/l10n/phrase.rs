//! A sentence kept as a message id and its values, worded only when someone reads it.
//!
//! Why: an import's notes, a catalogue's problems and a relay build's steps are made deep in
//! the core, long before anyone knows who will read them (a person at a terminal in Welsh, a
//! script reading `--json`, a log). So they are kept typed, as an id from the `.ftl` files and
//! the values that fill it, and each reader words them in its own locale
//! ([`Phrase::text_in`]); [`Phrase::en_gb`] (and `Display`) gives the en-GB wording that
//! `--json` and logs keep, the same whatever language the person uses.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::{Arg, Locale, Words};

/// A value that fills one of a message's variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text from outside (a feed's key, a code as the feed wrote it, a path), shown as it is.
    Text(String),
    /// A count: shown as digits, and it picks the plural form.
    Number(i64),
}

/// A message id from `locales/*/*.ftl` with its values. Made with [`Phrase::new`] and the
/// [`Phrase::text`] / [`Phrase::number`] builders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    id: &'static str,
    values: Vec<(&'static str, Value)>,
}

impl Phrase {
    /// The message `id` with no values yet.
    pub fn new(id: &'static str) -> Phrase {
        Phrase {
            id,
            values: Vec::new(),
        }
    }

    /// With the text `value` for the variable `name`.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Phrase {
        self.values.push((name, Value::Text(value.into())));
        self
    }

    /// With the count `value` for the variable `name` (it picks the plural form).
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Phrase {
        let n = value.try_into().unwrap_or(i64::MAX);
        self.values.push((name, Value::Number(n)));
        self
    }

    /// The message id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The values, by variable name.
    pub fn values(&self) -> &[(&'static str, Value)] {
        &self.values
    }

    fn args(&self) -> Vec<(&str, Arg<'_>)> {
        self.values
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::Text(t) => Arg::Text(t),
                    Value::Number(n) => Arg::Number(*n),
                };
                (*k, v)
            })
            .collect()
    }

    /// Worded in `w`'s locale for a person, each text value isolated with Unicode bidi marks
    /// (a meeting's key in Arabic script keeps its direction inside the sentence).
    pub fn text_in(&self, w: &Words) -> String {
        w.text(self.id, &self.args())
    }

    /// Worded in `w`'s locale with no isolation marks (for a terminal line, a log or JSON).
    pub fn own_in(&self, w: &Words) -> String {
        w.own(self.id, &self.args())
    }

    /// The en-GB wording with no isolation marks: what `--json` and logs keep.
    pub fn en_gb(&self) -> String {
        self.own_in(Words::get(Locale::EnGb))
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en_gb())
    }
}

/// As `{"id": "...", "values": {"name": value, ...}}`: a script can tell notes apart by id.
impl Serialize for Phrase {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Values<'a>(&'a [(&'static str, Value)]);
        impl Serialize for Values<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    match v {
                        Value::Text(t) => m.serialize_entry(k, t)?,
                        Value::Number(n) => m.serialize_entry(k, n)?,
                    }
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.id)?;
        m.serialize_entry("values", &Values(&self.values))?;
        m.end()
    }
}
