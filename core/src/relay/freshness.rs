//! How fresh a relay's meetings are, per source, for a person: "Updated 3 h ago from AA
//! Orange County", or why they may be out of date. The relay's signed manifest carries each
//! source's last success and staleness; the phone counts that source's meetings it holds (in
//! its rows and in the tile images it attached) and words the line in the reader's language.

use chrono::{DateTime, Utc};

use super::format::SourceEntry;
use super::phone::RelaySource;
use super::words;
use crate::directory::Directory;
use crate::l10n::{Arg, Locale, Words};
use crate::support::error::Result;

/// "Updated 3 h ago from NAME" (or minutes, or days), or why the meetings may be out of date,
/// in `w`'s words (`locales/*/relay.ftl`). `isolate` wraps the name in bidi isolation marks,
/// for a screen; a terminal line or a log goes without.
fn freshness(
    name: &str,
    last_success: Option<&str>,
    stale: bool,
    now: DateTime<Utc>,
    w: &Words,
    isolate: bool,
) -> String {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| {
        if isolate {
            w.text(id, args)
        } else {
            w.own(id, args)
        }
    };
    let Some(at) = last_success.and_then(|t| DateTime::parse_from_rfc3339(t).ok()) else {
        return say(words::NEVER_READ, &[("name", Arg::Text(name))]);
    };
    let minutes = (now - at.with_timezone(&Utc)).num_minutes().max(0);
    let (id, count) = match minutes {
        0..=1 => (words::AGO_NOW, 0),
        2..=59 => (words::AGO_MINUTES, minutes),
        60..=2879 => (words::AGO_HOURS, minutes / 60),
        _ => (words::AGO_DAYS, minutes / 1440),
    };
    // Numbers only, formatted here: no marks needed inside.
    let ago = w.own(id, &[("count", Arg::Number(count))]);
    let id = if stale { words::STALE } else { words::FRESH };
    say(id, &[("name", Arg::Text(name)), ("ago", Arg::Text(&ago))])
}

impl Directory {
    /// What the relays say about the sources of the meetings on this phone, worded for `now`
    /// ("Updated 3 h ago from …") in en-GB with no bidi marks (for logs and `--json`); sources
    /// with no meeting here are left out. A screen uses [`Directory::relay_sources_in`].
    pub fn relay_sources(&self, now: DateTime<Utc>) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, Words::get(Locale::EnGb), false)
    }

    /// [`Directory::relay_sources`] with each line in `w`'s words, the source's name isolated
    /// with Unicode bidi marks (it may be in any script): what a screen shows.
    pub fn relay_sources_in(&self, now: DateTime<Utc>, w: &Words) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, w, true)
    }

    /// [`Directory::relay_sources`] in `w`'s words, for a terminal: no bidi marks (a copied
    /// line keeps no invisible characters).
    pub fn relay_sources_plain(&self, now: DateTime<Utc>, w: &Words) -> Result<Vec<RelaySource>> {
        self.relay_sources_worded(now, w, false)
    }

    fn relay_sources_worded(
        &self,
        now: DateTime<Utc>,
        w: &Words,
        isolate: bool,
    ) -> Result<Vec<RelaySource>> {
        let conn = self.read()?;
        let mut st = conn.prepare("SELECT source_id, sources FROM relay_state ORDER BY 1")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (relay_source_id, json) = row?;
            let entries: Vec<SourceEntry> =
                crate::support::json::from_str(&json).unwrap_or_default();
            // Only the sources with meetings on this phone (a relay reads hundreds), each
            // with its count here. A phone meeting's id is `relay:source:key`.
            // In the directory's rows and its shards (tiles attached as they came).
            let mut counts: std::collections::HashMap<String, i64> = Default::default();
            for schema in conn.schemas.iter() {
                let mut here = conn.prepare_cached(&format!(
                    "SELECT substr(rest, 1, instr(rest, ':') - 1) AS source, count(*)
                     FROM (SELECT substr(id, length(?1) + 2) AS rest FROM {schema}.meetings
                           WHERE id >= ?1 || ':' AND id < ?1 || ';')
                     GROUP BY source"
                ))?;
                for row in here.query_map([&relay_source_id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })? {
                    let (source, n) = row?;
                    *counts.entry(source).or_default() += n;
                }
            }
            let entries = entries.into_iter().filter_map(|e| {
                let n = *counts.get(&e.id)?;
                Some(SourceEntry {
                    meetings: n.max(0) as u64,
                    ..e
                })
            });
            out.extend(entries.map(|e| RelaySource {
                freshness: freshness(&e.name, e.last_success.as_deref(), e.stale, now, w, isolate),
                relay_source_id: relay_source_id.clone(),
                id: e.id,
                name: e.name,
                program: e.program,
                last_success: e.last_success,
                stale: e.stale,
                error_kind: e.error.map(|k| {
                    serde_json::to_value(k)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_else(|| "other".into())
                }),
                meetings: e.meetings,
            }));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relay::phone::area_label;

    #[test]
    fn freshness_says_how_old_and_why() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let en = Words::get(Locale::EnGb);
        let f = |at: Option<&str>, stale| freshness("AA Orange County", at, stale, now, en, false);
        assert_eq!(
            f(Some("2026-11-30T09:00:00Z"), false),
            "Updated 3 h ago from AA Orange County"
        );
        assert_eq!(
            f(Some("2026-11-30T11:50:00Z"), false),
            "Updated 10 min ago from AA Orange County"
        );
        assert_eq!(
            f(Some("2026-11-27T12:00:00Z"), true),
            "AA Orange County could not be read lately; these meetings are from 3 days ago"
        );
        assert_eq!(f(None, true), "AA Orange County has not been read yet");
    }

    #[test]
    fn freshness_and_an_areas_default_name_come_in_the_screens_language() {
        let now: DateTime<Utc> = "2026-11-30T12:00:00Z".parse().unwrap();
        let cy = Words::get(Locale::Cy);
        let es = Words::get(Locale::Es);
        let f = |at: &str, stale, w| freshness("Gogledd Cymru", Some(at), stale, now, w, false);
        assert_eq!(
            f("2026-11-30T10:00:00Z", false, cy),
            "Diweddarwyd ddwy awr yn ôl o Gogledd Cymru"
        );
        assert_eq!(
            f("2026-11-27T12:00:00Z", true, cy),
            "Ni fu modd darllen Gogledd Cymru yn ddiweddar; mae'r cyfarfodydd hyn o dri diwrnod yn ôl"
        );
        assert_eq!(
            f("2026-11-29T00:00:00Z", false, es),
            "Actualizado hace 36 h desde Gogledd Cymru"
        );
        // On a screen the name is isolated (it may be in any script).
        let isolated = freshness("نشست", None, true, now, es, true);
        assert_eq!(isolated, "Aún no se ha leído \u{2068}نشست\u{2069}");
        assert_eq!(area_label("", 2, cy), "Ardal 2");
        assert_eq!(area_label("", 2, Words::get(Locale::EnGb)), "Area 2");
        assert_eq!(area_label("Home", 2, cy), "Home");
        // The default an earlier version stored in English is worded like a new one.
        assert_eq!(area_label("Area 2", 2, cy), "Ardal 2");
        assert_eq!(area_label("Area 2", 2, es), "Zona 2");
        assert_eq!(area_label("Area 5", 2, es), "Zona 5");
        assert_eq!(area_label("Area 51 North", 2, es), "Area 51 North");
    }
}
