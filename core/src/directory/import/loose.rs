//! serde helpers that accept whatever shape a real feed uses for a field, without failing the
//! whole entry: a slug that is a number, a day that is `"1"`, `1` or `[1, 3]`, `types` as an
//! array or a comma-separated string, `null` anywhere. A value of a shape that makes no sense
//! (an object where text is expected) is read as absent rather than sinking the feed.

use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::normalize::{CoordValue, DayField};

/// Any scalar as text: strings as they are, numbers and booleans written out, null absent.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Text(pub Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text or number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Text, E> {
                Ok(Text(Some(v.to_string())))
            }
            fn visit_none<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Text, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Text, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// A list of scalars, or one comma-separated string, as text items.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct List(pub Vec<String>);

impl<'de> Deserialize<'de> for List {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = List;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list or a comma-separated text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<List, E> {
                Ok(List(
                    v.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                ))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<List, E> {
                Ok(List(vec![v.to_string()]))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<List, E> {
                Ok(List(vec![v.to_string()]))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<List, E> {
                Ok(List(vec![v.to_string()]))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<List, E> {
                Ok(List::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<List, E> {
                Ok(List::default())
            }
            fn visit_unit<E: de::Error>(self) -> Result<List, E> {
                Ok(List::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<List, A::Error> {
                let mut out = Vec::new();
                while let Some(Text(t)) = s.next_element::<Text>()? {
                    if let Some(t) = t {
                        out.push(t);
                    }
                }
                Ok(List(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<List, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(List::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// Meeting Guide `day`: an integer 0–6, a numeric string, a day name, or an array of those.
/// `7` is read as Sunday (tsml-ui does the same; some feeds count Sunday as 7).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MgDay(pub DayField);

/// Reads one Meeting Guide day value (0 = Sunday; 7 also Sunday; names in several languages).
pub fn mg_day_from_text(v: &str) -> Result<u8, String> {
    let t = v.trim();
    if let Ok(n) = t.parse::<i64>() {
        return mg_day_from_int(n);
    }
    crate::support::parse::parse_day_name(t).ok_or_else(|| t.chars().take(40).collect())
}

fn mg_day_from_int(n: i64) -> Result<u8, String> {
    match n {
        0..=6 => Ok(n as u8),
        7 => Ok(0),
        _ => Err(n.to_string()),
    }
}

impl<'de> Deserialize<'de> for MgDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        fn one(r: Result<u8, String>) -> MgDay {
            MgDay(match r {
                Ok(d) => DayField::Days(vec![d]),
                Err(e) => DayField::Invalid(e),
            })
        }
        impl<'de> Visitor<'de> for V {
            type Value = MgDay;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a weekday")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<MgDay, E> {
                if v.trim().is_empty() {
                    return Ok(MgDay(DayField::Absent));
                }
                if v.contains(',') {
                    return Ok(MgDay(collect(v.split(',').map(mg_day_from_text))));
                }
                Ok(one(mg_day_from_text(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<MgDay, E> {
                Ok(one(mg_day_from_int(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<MgDay, E> {
                Ok(one(mg_day_from_int(i64::try_from(v).unwrap_or(i64::MAX))))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<MgDay, E> {
                if v.fract() == 0.0 && (0.0..=7.0).contains(&v) {
                    Ok(one(mg_day_from_int(v as i64)))
                } else {
                    Ok(MgDay(DayField::Invalid(v.to_string())))
                }
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<MgDay, E> {
                Ok(MgDay(DayField::Invalid(v.to_string())))
            }
            fn visit_none<E: de::Error>(self) -> Result<MgDay, E> {
                Ok(MgDay(DayField::Absent))
            }
            fn visit_unit<E: de::Error>(self) -> Result<MgDay, E> {
                Ok(MgDay(DayField::Absent))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<MgDay, A::Error> {
                let mut days = Vec::new();
                while let Some(Text(t)) = s.next_element::<Text>()? {
                    match t {
                        Some(t) => days.push(mg_day_from_text(&t)),
                        None => days.push(Err("null".into())),
                    }
                }
                if days.is_empty() {
                    return Ok(MgDay(DayField::Absent));
                }
                Ok(MgDay(collect(days.into_iter())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<MgDay, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MgDay(DayField::Invalid("an object".into())))
            }
        }
        d.deserialize_any(V)
    }
}

fn collect(items: impl Iterator<Item = Result<u8, String>>) -> DayField {
    let mut days = Vec::new();
    for r in items {
        match r {
            Ok(d) => days.push(d),
            Err(e) => return DayField::Invalid(e),
        }
    }
    DayField::Days(days)
}

/// A coordinate: numbers stay numbers (no round trip through text), anything else is text.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Coord(pub Option<CoordValue>);

impl<'de> Deserialize<'de> for Coord {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Coord;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a coordinate")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Coord, E> {
                Ok(Coord(Some(CoordValue::Number(v))))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Coord, E> {
                Ok(Coord(Some(CoordValue::Number(v as f64))))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Coord, E> {
                Ok(Coord(Some(CoordValue::Number(v as f64))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Coord, E> {
                Ok(Coord(Some(CoordValue::Text(v.to_string()))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Coord, E> {
                Ok(Coord(Some(CoordValue::Text(v.to_string()))))
            }
            fn visit_none<E: de::Error>(self) -> Result<Coord, E> {
                Ok(Coord(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Coord, E> {
                Ok(Coord(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Coord, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Coord(Some(CoordValue::Text("a list".into()))))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Coord, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Coord(Some(CoordValue::Text("an object".into()))))
            }
        }
        d.deserialize_any(V)
    }
}
