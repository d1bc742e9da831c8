//! Sobriety dates: day counts and milestones, in the person's own calendar.
//!
//! A sobriety date is a calendar date, not an instant: someone sober since 3 March is on day 1
//! on 4 March wherever they are, so counts take "today" as the shell's local date and never go
//! through UTC. Day 0 is the date itself.
//!
//! Milestones are the ones meetings mark: 24 hours (day 1), 30, 60 and 90 days, 6 and 9
//! months, 1 year, then every year. Months and years are calendar months: 6 months after
//! 31 August is the last day of February (chrono's month arithmetic clamps to the month's
//! end), and a 29 February date has its anniversary on 28 February in other years.
//!
//! Changing a date (starting again) just replaces it: no history of resets is kept and
//! nothing in the wording counts what was "lost".

use chrono::{DateTime, FixedOffset, Months, NaiveDate};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{stamp, Vault};
use crate::l10n::{ids, Arg, Locale, Words};
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Longest label.
const MAX_LABEL_CHARS: usize = 60;

/// A stored sobriety date.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SobrietyDate {
    /// UUIDv7.
    pub id: String,
    /// What it counts, in the person's words ("Alcohol", "Gambling", …).
    pub label: String,
    /// The date (day 0).
    pub date: NaiveDate,
    /// When it was added.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// A milestone: its name and the day it falls on.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// "24 hours", "30 days", "6 months", "1 year", "2 years", …
    pub label: String,
    /// The date it is reached.
    pub date: NaiveDate,
    /// Days from the sobriety date to it.
    pub day: i64,
}

/// A sobriety date counted on a given day.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SobrietyCount {
    /// The stored date.
    #[serde(flatten)]
    pub date: SobrietyDate,
    /// Days since the date (0 on the date itself).
    pub days: i64,
    /// The milestone reached today, if one is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone_today: Option<Milestone>,
    /// The latest milestone reached (today's included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_milestone: Option<Milestone>,
    /// The next milestone.
    pub next_milestone: Milestone,
    /// Days until the next milestone.
    pub days_to_next: i64,
}

/// The milestones of a date, in order, without end (yearly after the first year). Each
/// label is en-GB ("30 days", "1 year"), for scripts (`waymark sober list --json`); the
/// Sobriety dates screen words them in the person's language (`milestone_words`).
pub fn milestones(date: NaiveDate) -> impl Iterator<Item = Milestone> {
    let fixed = [1u64, 30, 60, 90]
        .into_iter()
        .filter_map(move |d| date.checked_add_days(chrono::Days::new(d)));
    let months = [6u32, 9]
        .into_iter()
        .chain((1u32..).map(|y| 12 * y))
        .map_while(move |m| date.checked_add_months(Months::new(m)));
    let en = Words::get(Locale::EnGb);
    fixed.chain(months).map(move |at| Milestone {
        label: milestone_words(date, at, en),
        day: (at - date).num_days(),
        date: at,
    })
}

/// The name of the milestone reached on `at` by a date counted from `start`, in `w`'s words:
/// "24 hours", "30 days", "6 months", "1 year" ("24 awr", "30 diwrnod", "1 año").
pub(crate) fn milestone_words(start: NaiveDate, at: NaiveDate, w: &Words) -> String {
    use crate::screens::sobriety::{
        SOBRIETY_DAYS, SOBRIETY_MILESTONE_24_HOURS, SOBRIETY_MONTHS, SOBRIETY_YEARS,
    };
    use chrono::Datelike;
    let day = (at - start).num_days();
    if day <= 1 {
        return w.text(SOBRIETY_MILESTONE_24_HOURS, &[]);
    }
    if day <= 90 {
        return w.own(SOBRIETY_DAYS, &[("days", Arg::Number(day))]);
    }
    let months =
        i64::from(at.year() - start.year()) * 12 + i64::from(at.month()) - i64::from(start.month());
    if months % 12 == 0 {
        w.own(SOBRIETY_YEARS, &[("years", Arg::Number(months / 12))])
    } else {
        w.own(SOBRIETY_MONTHS, &[("months", Arg::Number(months))])
    }
}

/// Counts `date` on `today` (the person's local date).
pub fn count(date: &SobrietyDate, today: NaiveDate) -> SobrietyCount {
    let days = (today - date.date).num_days().max(0);
    let mut last = None;
    let mut next = None;
    for m in milestones(date.date) {
        if m.date <= today {
            last = Some(m);
        } else {
            next = Some(m);
            break;
        }
    }
    // The sequence is endless until chrono's last year; past that, no next milestone exists,
    // which no real date reaches. Fall back to "today" so the type stays simple.
    let next = next.unwrap_or_else(|| Milestone {
        label: milestone_words(date.date, today, Words::get(Locale::EnGb)),
        date: today,
        day: days,
    });
    let milestone_today = last.clone().filter(|m| m.date == today);
    SobrietyCount {
        date: date.clone(),
        days,
        milestone_today,
        last_milestone: last,
        days_to_next: (next.date - today).num_days(),
        next_milestone: next,
    }
}

/// Checks a date and its label; an empty label becomes `default`.
fn check(date: NaiveDate, label: &str, default: &str, today: NaiveDate) -> Result<String> {
    if date > today {
        return Err(Error::invalid(msg::DATE_IN_FUTURE));
    }
    if date < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(date) {
        return Err(Error::invalid(msg::DATE_TOO_FAR_BACK));
    }
    let label = label.trim();
    let label = if label.is_empty() { default } else { label };
    if label.chars().count() > MAX_LABEL_CHARS || label.chars().any(char::is_control) {
        return Err(Error::invalid_with(
            msg::LABEL_TOO_LONG,
            [("max", MAX_LABEL_CHARS.into())],
        ));
    }
    Ok(label.to_string())
}

impl Vault {
    /// The label of a date given none ("My date"), in the language chosen in Settings (en-GB
    /// when none is).
    fn default_sobriety_label(&self) -> Result<String> {
        let locale = self.language()?.unwrap_or(Locale::EnGb);
        Ok(Words::get(locale).text(ids::SOBRIETY_DEFAULT_LABEL, &[]))
    }

    /// Adds a sobriety date. `today` is the person's local date (a date after it is refused).
    pub fn add_sobriety_date(
        &mut self,
        date: NaiveDate,
        label: &str,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<SobrietyCount> {
        let label = check(date, label, &self.default_sobriety_label()?, today)?;
        let d = SobrietyDate {
            id: self.new_id(&now),
            label,
            date,
            created_at: stamp(&now),
            updated_at: stamp(&now),
        };
        upsert(&self.conn, &d)?;
        Ok(count(&d, today))
    }

    /// Sets a new date (and optionally a new label) for a stored sobriety date.
    pub fn set_sobriety_date(
        &mut self,
        id: &str,
        date: NaiveDate,
        label: Option<&str>,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<SobrietyCount> {
        let mut d = self.sobriety_date(id)?;
        d.label = check(
            date,
            label.unwrap_or(&d.label),
            &self.default_sobriety_label()?,
            today,
        )?;
        d.date = date;
        d.updated_at = stamp(&now);
        self.conn.execute(
            "UPDATE sobriety SET label = ?2, date = ?3, updated_at = ?4 WHERE id = ?1",
            params![d.id, d.label, d.date.to_string(), d.updated_at],
        )?;
        Ok(count(&d, today))
    }

    /// Removes a sobriety date.
    pub fn remove_sobriety_date(&mut self, id: &str) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM sobriety WHERE id = ?1", [id.trim()])?
            == 0
        {
            return Err(Error::not_found(msg::SOBRIETY_NOT_FOUND));
        }
        Ok(())
    }

    /// One stored date.
    pub fn sobriety_date(&self, id: &str) -> Result<SobrietyDate> {
        self.conn
            .query_row(
                "SELECT id, label, date, created_at, updated_at FROM sobriety WHERE id = ?1",
                [id.trim()],
                read_date,
            )
            .optional()?
            .flatten()
            .ok_or_else(|| Error::not_found(msg::SOBRIETY_NOT_FOUND))
    }

    /// Every stored date, oldest first.
    pub fn sobriety_dates(&self) -> Result<Vec<SobrietyDate>> {
        let mut st = self.conn.prepare(
            "SELECT id, label, date, created_at, updated_at FROM sobriety ORDER BY date, id",
        )?;
        let rows = st.query_map([], read_date)?;
        let mut out = Vec::new();
        for r in rows {
            out.extend(r?);
        }
        Ok(out)
    }

    /// Every stored date counted on `today` (the person's local date).
    pub fn sobriety_counts(&self, today: NaiveDate) -> Result<Vec<SobrietyCount>> {
        Ok(self
            .sobriety_dates()?
            .iter()
            .map(|d| count(d, today))
            .collect())
    }

    /// Stores a date from a backup: by id, the more recently updated copy wins.
    pub(crate) fn merge_sobriety(
        tx: &rusqlite::Transaction,
        d: &SobrietyDate,
    ) -> Result<super::journal::MergeOutcome> {
        use super::journal::MergeOutcome;
        let existing: Option<String> = tx
            .query_row(
                "SELECT updated_at FROM sobriety WHERE id = ?1",
                [&d.id],
                |r| r.get(0),
            )
            .optional()?;
        let newer = match &existing {
            None => true,
            Some(u) => match (super::parse_stamp(&d.updated_at), super::parse_stamp(u)) {
                (Some(a), Some(b)) => a > b,
                _ => false,
            },
        };
        if !newer {
            return Ok(MergeOutcome::Unchanged);
        }
        upsert(tx, d)?;
        Ok(if existing.is_some() {
            MergeOutcome::Updated
        } else {
            MergeOutcome::Added
        })
    }
}

fn read_date(r: &rusqlite::Row) -> rusqlite::Result<Option<SobrietyDate>> {
    let date: String = r.get(2)?;
    Ok(date.parse().ok().map(|date| SobrietyDate {
        id: r.get(0).unwrap_or_default(),
        label: r.get(1).unwrap_or_default(),
        date,
        created_at: r.get(3).unwrap_or_default(),
        updated_at: r.get(4).unwrap_or_default(),
    }))
}

/// Writes `d`: a new row, or new label and date (and `updated_at`) for the row with its id.
fn upsert(conn: &rusqlite::Connection, d: &SobrietyDate) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO sobriety (id, label, date, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(id) DO UPDATE SET label = excluded.label, date = excluded.date,
             updated_at = excluded.updated_at",
        params![
            d.id,
            d.label,
            d.date.to_string(),
            d.created_at,
            d.updated_at
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::tests::{key, now};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn date(s: &str) -> SobrietyDate {
        SobrietyDate {
            id: "x".into(),
            label: "Alcohol".into(),
            date: d(s),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn milestones_follow_the_calendar() {
        let m: Vec<_> = milestones(d("2025-08-31")).take(9).collect();
        let labels: Vec<_> = m.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "24 hours", "30 days", "60 days", "90 days", "6 months", "9 months", "1 year",
                "2 years", "3 years"
            ]
        );
        assert_eq!(m[0].date, d("2025-09-01"));
        assert_eq!(m[3].date, d("2025-11-29"));
        // 31 August + 6 months is the end of February; + 9 months the end of May.
        assert_eq!(m[4].date, d("2026-02-28"));
        assert_eq!(m[5].date, d("2026-05-31"));
        assert_eq!(m[6].date, d("2026-08-31"));
        // A leap day's anniversaries fall on 28 February, and on 29 February in leap years.
        let leap: Vec<_> = milestones(d("2024-02-29")).skip(6).take(4).collect();
        assert_eq!(
            leap.iter().map(|m| m.date).collect::<Vec<_>>(),
            [
                d("2025-02-28"),
                d("2026-02-28"),
                d("2027-02-28"),
                d("2028-02-29")
            ]
        );
    }

    #[test]
    fn counts_days_and_names_the_milestone_of_the_day() {
        let s = date("2026-01-01");
        let c = count(&s, d("2026-01-01"));
        assert_eq!(
            (c.days, c.next_milestone.label.as_str(), c.days_to_next),
            (0, "24 hours", 1)
        );
        assert!(c.last_milestone.is_none());
        let c = count(&s, d("2026-01-02"));
        assert_eq!(c.days, 1);
        assert_eq!(c.milestone_today.unwrap().label, "24 hours");
        let c = count(&s, d("2026-01-31"));
        assert_eq!(c.milestone_today.unwrap().label, "30 days");
        let c = count(&s, d("2026-02-01"));
        assert!(c.milestone_today.is_none());
        assert_eq!(c.last_milestone.unwrap().label, "30 days");
        assert_eq!(
            (c.next_milestone.label.as_str(), c.days_to_next),
            ("60 days", 29)
        );
        let c = count(&s, d("2029-06-01"));
        assert_eq!(c.last_milestone.unwrap().label, "3 years");
        assert_eq!(c.next_milestone.date, d("2030-01-01"));
        assert_eq!(c.days, (d("2029-06-01") - d("2026-01-01")).num_days());
    }

    #[test]
    fn dates_are_stored_changed_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(5)).unwrap();
        let t = now("2026-11-22T20:00:00-08:00");
        let today = d("2026-11-22");
        assert!(v.add_sobriety_date(d("2026-11-23"), "", today, t).is_err());
        assert!(v.add_sobriety_date(d("1850-01-01"), "", today, t).is_err());
        let c = v
            .add_sobriety_date(d("2026-08-24"), "  ", today, t)
            .unwrap();
        assert_eq!(c.date.label, "My date");
        assert_eq!(c.days, 90);
        assert_eq!(c.milestone_today.as_ref().unwrap().label, "90 days");
        let c2 = v
            .set_sobriety_date(&c.date.id, d("2026-11-20"), Some("Alcohol"), today, t)
            .unwrap();
        assert_eq!((c2.days, c2.date.label.as_str()), (2, "Alcohol"));
        assert_eq!(v.sobriety_counts(today).unwrap(), vec![c2.clone()]);
        v.remove_sobriety_date(&c.date.id).unwrap();
        assert!(matches!(
            v.remove_sobriety_date(&c.date.id),
            Err(Error::NotFound(_))
        ));
    }
}
