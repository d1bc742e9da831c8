//! Reminder settings in the vault, and planning from them.
//!
//! Which meetings someone is reminded of says which fellowship they belong to, so reminder
//! rules are personal data and live here, encrypted. Rules point at favourite meetings: the
//! planner uses the favourite's current details when the directory has them, and the last known
//! ones otherwise, so a reminder keeps working while a feed is briefly broken.

use std::collections::HashMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};

use crate::directory::model::Meeting;
use crate::directory::Directory;
use crate::reminders::{
    self, DailyReminder, HealthInput, HealthReport, Plan, PlanRequest, PlanSettings, ReminderRule,
};
use crate::support::error::{Error, Result};
use crate::support::msg;
use crate::vault::{stamp, Vault};

/// Setting: discreet lock-screen text (default on).
pub const SETTING_DISCREET: &str = "reminders.discreet";
/// Setting: no reminders before this date (`YYYY-MM-DD`).
pub const SETTING_PAUSED_UNTIL: &str = "reminders.paused_until";
/// Setting: zone for meetings whose feed gives none.
pub const SETTING_FALLBACK_TZ: &str = "reminders.fallback_timezone";
/// Minutes after its time that an undelivered reminder counts as missed.
const MISSED_AFTER_MINUTES: i64 = 10;
/// How long the planned-reminder log is kept.
const LOG_DAYS: i64 = 7;

/// The longest label a daily reminder takes, in characters.
pub const MAX_DAILY_LABEL_CHARS: usize = 60;

/// How long before a meeting "Remind me" reminds, until the person changes it.
pub const DEFAULT_LEAD_MINUTES: u32 = 60;

impl Vault {
    /// "Remind me" on a meeting (the Meeting screen's button): saves it to my meetings when it
    /// is not, and gives it the default reminder — [`DEFAULT_LEAD_MINUTES`] before, on every
    /// day it meets, discreet on the lock screen — unless it has a rule already, which is
    /// kept as the person set it. Returns the rule in force.
    pub fn remind_me(
        &mut self,
        meeting: &Meeting,
        now: DateTime<FixedOffset>,
    ) -> Result<ReminderRule> {
        if let Some(rule) = self
            .reminder_rules()?
            .into_iter()
            .find(|r| r.meeting_id == meeting.id)
        {
            return Ok(rule);
        }
        let rule = ReminderRule {
            meeting_id: meeting.id.clone(),
            leads: vec![DEFAULT_LEAD_MINUTES],
            weekdays: Vec::new(),
            detailed: false,
            skip_occurrence: None,
        };
        // Saved and given its reminder together, or neither: a savepoint, so a failure of the
        // second write takes back the first.
        self.conn.execute_batch("SAVEPOINT remind_me")?;
        let done = self
            .add_favorite(meeting, now)
            .and_then(|_| self.set_reminder(rule.clone(), now));
        let done = done.and_then(|()| Ok(self.conn.execute_batch("RELEASE remind_me")?));
        if let Err(e) = done {
            // Undone, and the savepoint closed whatever the undo says, so no later write is
            // left inside it; the error that matters is the write's.
            let _ = self.conn.execute_batch("ROLLBACK TO remind_me");
            let _ = self.conn.execute_batch("RELEASE remind_me");
            return Err(e);
        }
        Ok(rule)
    }

    /// Sets (or replaces) the reminder rule for a favourite meeting.
    pub fn set_reminder(&mut self, rule: ReminderRule, now: DateTime<FixedOffset>) -> Result<()> {
        let rule = rule.validate()?;
        if !self.is_favorite(&rule.meeting_id)? {
            return Err(Error::invalid(msg::REMINDER_NOT_FAVOURITE));
        }
        let json = |v: &Vec<_>| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
        self.conn.execute(
            "INSERT INTO reminder_rules (meeting_id, leads, weekdays, detailed, skip_occurrence,
                                         updated_at)
             VALUES (?1, ?2, ?3, ?4, NULL, ?5)
             ON CONFLICT(meeting_id) DO UPDATE SET leads = excluded.leads,
                 weekdays = excluded.weekdays, detailed = excluded.detailed,
                 updated_at = excluded.updated_at",
            params![
                rule.meeting_id,
                json(&rule.leads.iter().map(|x| *x as u64).collect()),
                json(&rule.weekdays.iter().map(|x| *x as u64).collect()),
                rule.detailed,
                stamp(&now)
            ],
        )?;
        Ok(())
    }

    /// Stores a reminder rule from a backup (already checked) when its meeting is saved here
    /// and has no rule yet: a rule set on this phone is the person's latest word.
    pub(crate) fn merge_reminder_rule(
        tx: &rusqlite::Transaction,
        rule: &ReminderRule,
        exported_at: &str,
    ) -> Result<crate::vault::journal::MergeOutcome> {
        use crate::vault::journal::MergeOutcome;
        let saved = tx
            .query_row(
                "SELECT 1 FROM favorites WHERE meeting_id = ?1",
                [&rule.meeting_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        let json = |v: Vec<u64>| serde_json::to_string(&v).unwrap_or_else(|_| "[]".into());
        let n = if saved {
            tx.execute(
                "INSERT INTO reminder_rules (meeting_id, leads, weekdays, detailed,
                                             skip_occurrence, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(meeting_id) DO NOTHING",
                params![
                    rule.meeting_id,
                    json(rule.leads.iter().map(|x| u64::from(*x)).collect()),
                    json(rule.weekdays.iter().map(|x| u64::from(*x)).collect()),
                    rule.detailed,
                    rule.skip_occurrence,
                    exported_at
                ],
            )?
        } else {
            0
        };
        Ok(if n == 1 {
            MergeOutcome::Added
        } else {
            MergeOutcome::Unchanged
        })
    }

    /// Stores a daily reminder from a backup (already checked) unless one with its id is here.
    pub(crate) fn merge_daily_reminder(
        tx: &rusqlite::Transaction,
        d: &DailyReminder,
        exported_at: &str,
    ) -> Result<crate::vault::journal::MergeOutcome> {
        use crate::vault::journal::MergeOutcome;
        let n = tx.execute(
            "INSERT INTO daily_reminders (id, minute, label, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO NOTHING",
            params![d.id, d.minute, d.label, exported_at],
        )?;
        Ok(if n == 1 {
            MergeOutcome::Added
        } else {
            MergeOutcome::Unchanged
        })
    }

    /// Removes a meeting's reminders. Returns `false` when it had none.
    pub fn clear_reminder(&mut self, meeting_id: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "DELETE FROM reminder_rules WHERE meeting_id = ?1",
            [meeting_id],
        )? == 1)
    }

    /// Every reminder rule.
    pub fn reminder_rules(&self) -> Result<Vec<ReminderRule>> {
        let mut st = self.conn.prepare(
            "SELECT meeting_id, leads, weekdays, detailed, skip_occurrence FROM reminder_rules
             ORDER BY meeting_id",
        )?;
        let rows = st.query_map([], |r| {
            let leads: String = r.get(1)?;
            let days: String = r.get(2)?;
            Ok(ReminderRule {
                meeting_id: r.get(0)?,
                leads: crate::support::json::from_str(&leads).unwrap_or_default(),
                weekdays: crate::support::json::from_str(&days).unwrap_or_default(),
                detailed: r.get(3)?,
                skip_occurrence: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Skips the next occurrence of a meeting ("not this week"). Returns its start (UTC).
    pub fn skip_next_reminder(&mut self, meeting_id: &str, now: DateTime<Utc>) -> Result<String> {
        let rule = self
            .reminder_rules()?
            .into_iter()
            .find(|r| r.meeting_id == meeting_id)
            .ok_or_else(|| Error::not_found(msg::REMINDER_NONE))?;
        let meetings = self.rule_meetings(None)?;
        let m = meetings
            .get(meeting_id)
            .ok_or_else(|| Error::not_found(msg::NOT_IN_MY_MEETINGS))?;
        // The next start after now: plan a week ahead with a zero lead.
        let probe = ReminderRule {
            leads: vec![0],
            skip_occurrence: None,
            ..rule
        };
        let p = reminders::plan(
            &[probe],
            &HashMap::from([(m.id.clone(), m.clone())]),
            &[],
            &PlanSettings {
                discreet: true,
                ..PlanSettings::default()
            },
            &PlanRequest {
                now,
                horizon_minutes: 8 * 24 * 60,
                max_pending: 1,
                already_scheduled: vec![],
                viewer_timezone: "UTC".into(),
                locale: None,
            },
        )?;
        let next = p
            .reminders
            .first()
            .map(|r| r.occurrence_start_utc.clone())
            .ok_or_else(|| Error::invalid(msg::NO_WEEKLY_TIME_TO_SKIP))?;
        self.conn.execute(
            "UPDATE reminder_rules SET skip_occurrence = ?2 WHERE meeting_id = ?1",
            params![meeting_id, next],
        )?;
        Ok(next)
    }

    /// Pauses every reminder until `until` (a local date; `None` resumes now).
    pub fn pause_reminders(&mut self, until: Option<NaiveDate>) -> Result<()> {
        match until {
            Some(d) => self.set_setting(SETTING_PAUSED_UNTIL, &serde_json::json!(d.to_string())),
            None => {
                self.conn.execute(
                    "DELETE FROM settings WHERE key = ?1",
                    [SETTING_PAUSED_UNTIL],
                )?;
                Ok(())
            }
        }
    }

    /// The Reminders screen's "pause for a week": no reminder until [`crate::reminders::PAUSE_DAYS`] after
    /// `today` (the phone's local date). Returns the date reminders start again.
    pub fn pause_for_a_week(&mut self, today: NaiveDate) -> Result<NaiveDate> {
        let until = today
            .checked_add_days(chrono::Days::new(super::PAUSE_DAYS))
            .unwrap_or(NaiveDate::MAX);
        self.pause_reminders(Some(until))?;
        Ok(until)
    }

    /// The Reminders screen's "remind me to check in every day": a daily reminder at
    /// [`crate::reminders::DAILY_CHECKIN_MINUTE`], named in the chosen language. A second tap adds nothing: the
    /// daily reminder already at that minute is returned.
    /// `fallback` names it when no language is chosen in Settings (the phone's language).
    pub fn add_daily_checkin(
        &mut self,
        now: DateTime<FixedOffset>,
        fallback: crate::l10n::Locale,
    ) -> Result<DailyReminder> {
        if let Some(d) = self
            .daily_reminders()?
            .into_iter()
            .find(|d| d.minute == super::DAILY_CHECKIN_MINUTE)
        {
            return Ok(d);
        }
        self.add_daily_reminder_in(super::DAILY_CHECKIN_MINUTE, "", now, fallback)
    }

    /// Discreet lock-screen text on (the default) or off (the meeting's name and place shown).
    pub fn set_discreet_reminders(&mut self, discreet: bool) -> Result<()> {
        self.set_setting(SETTING_DISCREET, &serde_json::json!(discreet))
    }

    /// Adds a daily practice reminder at a local time (minute of the day). One given no name
    /// is named in the language chosen in Settings, else in en-GB.
    pub fn add_daily_reminder(
        &mut self,
        minute: u16,
        label: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<DailyReminder> {
        self.add_daily_reminder_in(minute, label, now, crate::l10n::Locale::EnGb)
    }

    /// [`Vault::add_daily_reminder`], naming an unnamed reminder in `fallback` (the phone's
    /// language) when no language is chosen in Settings.
    pub fn add_daily_reminder_in(
        &mut self,
        minute: u16,
        label: &str,
        now: DateTime<FixedOffset>,
        fallback: crate::l10n::Locale,
    ) -> Result<DailyReminder> {
        if minute >= 1440 {
            return Err(Error::invalid(msg::TIME_OF_DAY_RANGE));
        }
        // A reminder given no name is named in the language chosen in Settings (`fallback`
        // when none is).
        let default_label;
        let label = match label.trim() {
            "" => {
                let locale = self.language()?.unwrap_or(fallback);
                default_label = crate::l10n::Words::get(locale)
                    .text(crate::l10n::ids::REMINDER_DAILY_DEFAULT, &[]);
                default_label.as_str()
            }
            l if l.chars().count() > MAX_DAILY_LABEL_CHARS => {
                return Err(Error::invalid_with(
                    msg::LABEL_TOO_LONG,
                    [("max", MAX_DAILY_LABEL_CHARS.into())],
                ))
            }
            l => l,
        };
        let d = DailyReminder {
            id: self.new_id(&now),
            minute,
            label: label.to_string(),
        };
        self.conn.execute(
            "INSERT INTO daily_reminders (id, minute, label, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![d.id, d.minute, d.label, stamp(&now)],
        )?;
        Ok(d)
    }

    /// Removes a daily reminder.
    pub fn remove_daily_reminder(&mut self, id: &str) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM daily_reminders WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::not_found(msg::DAILY_REMINDER_NOT_FOUND));
        }
        Ok(())
    }

    /// Every daily reminder, earliest in the day first.
    pub fn daily_reminders(&self) -> Result<Vec<DailyReminder>> {
        let mut st = self
            .conn
            .prepare("SELECT id, minute, label FROM daily_reminders ORDER BY minute, id")?;
        let rows = st.query_map([], |r| {
            Ok(DailyReminder {
                id: r.get(0)?,
                minute: r.get(1)?,
                label: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The planner's settings as stored.
    pub fn plan_settings(&self) -> Result<PlanSettings> {
        Ok(PlanSettings {
            discreet: self
                .setting(SETTING_DISCREET)?
                .and_then(|v| v.as_bool())
                .unwrap_or(true),
            paused_until: self
                .setting(SETTING_PAUSED_UNTIL)?
                .and_then(|v| v.as_str().and_then(|s| s.parse().ok())),
            fallback_timezone: self
                .setting(SETTING_FALLBACK_TZ)?
                .and_then(|v| v.as_str().map(str::to_string)),
        })
    }

    /// The meetings the rules name: current details from `directory` when given (refreshing
    /// the favourites' stored copies), else the last known ones.
    fn rule_meetings(&mut self, directory: Option<&Directory>) -> Result<HashMap<String, Meeting>> {
        let now = Utc::now().fixed_offset();
        Ok(match directory {
            Some(d) => self
                .favorites(d, now)?
                .into_iter()
                .map(|f| (f.meeting_id, f.meeting))
                .collect(),
            None => self
                .favorite_records()?
                .into_iter()
                .map(|f| (f.meeting_id, f.last_known))
                .collect(),
        })
    }

    /// Plans reminders from the stored rules (see [`reminders::plan`]) and records what was
    /// planned, for the health report.
    pub fn plan_reminders(
        &mut self,
        directory: Option<&Directory>,
        req: &PlanRequest,
    ) -> Result<Plan> {
        let rules = self.reminder_rules()?;
        let meetings = self.rule_meetings(directory)?;
        let daily = self.daily_reminders()?;
        let settings = self.plan_settings()?;
        // The language chosen in Settings wins over the phone's.
        let chosen = self.language()?.map(|l| l.tag().to_string());
        let req = &PlanRequest {
            locale: chosen.or_else(|| req.locale.clone()),
            ..req.clone()
        };
        let plan = reminders::plan(&rules, &meetings, &daily, &settings, req)?;
        let now = utc(req.now);
        let tx = self.conn.transaction()?;
        // Forget what was planned for later and is no longer wanted; keep the past (and what
        // was delivered) for the health report, a week long.
        tx.execute(
            "DELETE FROM planned_reminders WHERE fire_at > ?1 AND delivered = 0",
            [&now],
        )?;
        tx.execute(
            "DELETE FROM planned_reminders WHERE fire_at < ?1",
            [utc(req.now - Duration::days(LOG_DAYS))],
        )?;
        {
            let mut st = tx.prepare(
                "INSERT INTO planned_reminders (id, fire_at) VALUES (?1, ?2)
                 ON CONFLICT(id) DO UPDATE SET fire_at = excluded.fire_at",
            )?;
            for r in &plan.reminders {
                st.execute(params![r.id, r.fire_at_utc])?;
            }
        }
        tx.commit()?;
        Ok(plan)
    }

    /// The health report: the shell's facts, plus reminders that were due more than ten
    /// minutes ago (within the last two days) and were never reported delivered. `delivered`
    /// are ids the shell saw delivered since it last asked.
    pub fn reminder_health(
        &mut self,
        input: &HealthInput,
        delivered: &[String],
        now: DateTime<Utc>,
    ) -> Result<HealthReport> {
        let tx = self.conn.transaction()?;
        {
            let mut st = tx.prepare("UPDATE planned_reminders SET delivered = 1 WHERE id = ?1")?;
            for id in delivered {
                st.execute([id])?;
            }
        }
        let missed: Vec<String> = {
            let mut st = tx.prepare(
                "SELECT id FROM planned_reminders WHERE delivered = 0 AND fire_at <= ?1
                 AND fire_at > ?2 ORDER BY fire_at",
            )?;
            let rows = st.query_map(
                [
                    utc(now - Duration::minutes(MISSED_AFTER_MINUTES)),
                    utc(now - Duration::days(2)),
                ],
                |r| r.get(0),
            )?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.commit()?;
        Ok(reminders::health(input, missed))
    }

    /// Lead times of a meeting's reminder rule, if it has one (for calendar alarms).
    pub fn reminder_leads(&self, meeting_id: &str) -> Result<Vec<u32>> {
        let leads: Option<String> = self
            .conn
            .query_row(
                "SELECT leads FROM reminder_rules WHERE meeting_id = ?1",
                [meeting_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(leads
            .and_then(|l| crate::support::json::from_str(&l).ok())
            .unwrap_or_default())
    }
}

fn utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Vault {
    /// An iCalendar file of `meeting_ids` (or of "my meetings", by name, when empty), each with
    /// an alarm per reminder lead, discreet or detailed as the vault's setting says (see
    /// [`crate::reminders::calendar::export_ics`]). A meeting the directory no longer lists is exported
    /// from the copy kept with its favourite.
    pub fn export_calendar(
        &mut self,
        directory: &Directory,
        meeting_ids: &[String],
        fallback_timezone: Option<&str>,
        now: DateTime<FixedOffset>,
    ) -> Result<String> {
        let discreet = self.plan_settings()?.discreet;
        self.export_calendar_with(directory, meeting_ids, fallback_timezone, discreet, now)
    }

    /// [`Vault::export_calendar`] with detail chosen by the caller: `discreet: false` only
    /// when the person asked for names and notes in this file.
    pub fn export_calendar_with(
        &mut self,
        directory: &Directory,
        meeting_ids: &[String],
        fallback_timezone: Option<&str>,
        discreet: bool,
        now: DateTime<FixedOffset>,
    ) -> Result<String> {
        let favorites: HashMap<String, Meeting> = self
            .favorites(directory, now)?
            .into_iter()
            .map(|f| (f.meeting_id, f.meeting))
            .collect();
        let meetings = if meeting_ids.is_empty() {
            if favorites.is_empty() {
                return Err(Error::invalid(msg::NO_SAVED_MEETINGS));
            }
            let mut v: Vec<_> = favorites.into_values().collect();
            v.sort_by(|a, b| a.name.cmp(&b.name));
            v
        } else {
            let mut v = Vec::new();
            for id in meeting_ids {
                match directory.meeting(id) {
                    Ok(m) => v.push(m),
                    Err(Error::NotFound(_)) => match favorites.get(id) {
                        Some(m) => v.push(m.clone()),
                        None => return Err(Error::invalid(msg::MEETING_NOT_FOUND)),
                    },
                    Err(e) => return Err(e),
                }
            }
            v
        };
        let items = meetings
            .into_iter()
            .map(|m| {
                Ok(crate::reminders::calendar::CalendarItem {
                    leads: self.reminder_leads(&m.id)?,
                    meeting: m,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        crate::reminders::calendar::export_ics(
            &items,
            fallback_timezone,
            discreet,
            now.with_timezone(&chrono::Utc),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::tests::{key, now};

    fn meeting() -> Meeting {
        serde_json::from_value(serde_json::json!({
            "id": "s:m", "source_id": "s", "key": "m", "name": "Hope", "program": "aa",
            "weekdays": [2], "start_minute": 1140, "duration_minutes": 60,
            "timezone": "Europe/London", "timezone_origin": "meeting",
            "attendance": "in_person", "temporarily_closed": false,
            "location_name": null, "address": null, "approximate_location": false,
            "latitude": null, "longitude": null, "conference_url": null,
            "conference_url_notes": null, "conference_phone": null,
            "conference_phone_notes": null, "types": [], "raw_types": [], "languages": [],
            "notes": null, "location_notes": null, "region": [], "group": null, "url": null,
            "updated": null
        }))
        .unwrap()
    }

    fn request(at: &str) -> PlanRequest {
        PlanRequest {
            now: at.parse().unwrap(),
            horizon_minutes: 14 * 24 * 60,
            max_pending: 64,
            already_scheduled: vec![],
            viewer_timezone: "Europe/London".into(),
            locale: None,
        }
    }

    #[test]
    fn remind_me_saves_the_meeting_with_an_hour_before_and_keeps_a_rule_already_set() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(5)).unwrap();
        let t = now("2026-11-22T10:00:00+00:00");
        let rule = v.remind_me(&meeting(), t).unwrap();
        assert_eq!(rule.leads, [DEFAULT_LEAD_MINUTES]);
        assert!(!rule.detailed, "discreet unless the person asks");
        assert!(v.is_favorite("s:m").unwrap(), "saved to my meetings");
        assert_eq!(v.reminder_rules().unwrap(), std::slice::from_ref(&rule));
        // The person's own rule is not replaced by pressing "Remind me" again.
        let own = ReminderRule {
            meeting_id: "s:m".into(),
            leads: vec![120, 15],
            weekdays: vec![2],
            detailed: true,
            skip_occurrence: None,
        };
        v.set_reminder(own.clone(), t).unwrap();
        let kept = v.remind_me(&meeting(), t).unwrap();
        assert_eq!(kept.leads, [120, 15]);
        assert_eq!(v.reminder_rules().unwrap().len(), 1);
        // What the apps say afterwards is the rule in force, in the person's language.
        use crate::l10n::{Locale, Words};
        use crate::screens::reminder_set_words;
        assert_eq!(
            reminder_set_words(&rule, Words::get(Locale::EnGb)),
            "You'll get a reminder 1 hour before."
        );
        assert_eq!(
            reminder_set_words(&kept, Words::get(Locale::EnGb)),
            "You'll get a reminder 2 hours before and 15 minutes before."
        );
        assert_eq!(
            reminder_set_words(&rule, Words::get(Locale::Es)),
            "Recibirás un recordatorio 1 hora antes."
        );
    }

    #[test]
    fn remind_me_saves_both_or_neither() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(6)).unwrap();
        let t = now("2026-11-22T10:00:00+00:00");
        // The reminder's write fails (a full disk, say) after the favourite's went through.
        v.conn
            .execute_batch(
                "CREATE TEMP TRIGGER no_rules BEFORE INSERT ON reminder_rules
                 BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
            )
            .unwrap();
        assert!(v.remind_me(&meeting(), t).is_err());
        assert!(
            !v.is_favorite("s:m").unwrap(),
            "the favourite was taken back"
        );
        assert!(v.reminder_rules().unwrap().is_empty());
        // Once writes work again, nothing is left over from the failed attempt.
        v.conn.execute_batch("DROP TRIGGER no_rules").unwrap();
        v.remind_me(&meeting(), t).unwrap();
        assert!(v.is_favorite("s:m").unwrap());
        assert_eq!(v.reminder_rules().unwrap().len(), 1);
    }

    #[test]
    fn rules_need_a_favourite_and_survive_without_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(4)).unwrap();
        let t = now("2026-11-22T10:00:00+00:00");
        let rule = ReminderRule {
            meeting_id: "s:m".into(),
            leads: vec![15, 60],
            weekdays: vec![],
            detailed: false,
            skip_occurrence: None,
        };
        assert!(matches!(
            v.set_reminder(rule.clone(), t),
            Err(Error::InvalidArgument(_))
        ));
        v.add_favorite(&meeting(), t).unwrap();
        v.set_reminder(rule, t).unwrap();
        assert_eq!(v.reminder_rules().unwrap()[0].leads, vec![60, 15]);
        assert_eq!(v.reminder_leads("s:m").unwrap(), vec![60, 15]);
        // No directory at hand: the favourite's last known details are enough.
        let plan = v
            .plan_reminders(None, &request("2026-11-22T10:00:00Z"))
            .unwrap();
        assert_eq!(plan.reminders.len(), 4);
        assert_eq!(plan.reminders[0].fire_at_utc, "2026-11-24T18:00:00Z");
        let skipped = v
            .skip_next_reminder("s:m", "2026-11-22T10:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(skipped, "2026-11-24T19:00:00Z");
        let plan = v
            .plan_reminders(None, &request("2026-11-22T10:00:00Z"))
            .unwrap();
        assert_eq!(plan.reminders[0].fire_at_utc, "2026-12-01T18:00:00Z");
        assert!(v.clear_reminder("s:m").unwrap());
        assert!(!v.clear_reminder("s:m").unwrap());
    }

    #[test]
    fn health_reports_permissions_the_cap_and_reminders_that_never_arrived() {
        let dir = tempfile::tempdir().unwrap();
        let mut v = Vault::open(dir.path().join("v"), &key(4)).unwrap();
        let t = now("2026-11-22T10:00:00+00:00");
        v.add_favorite(&meeting(), t).unwrap();
        v.set_reminder(
            ReminderRule {
                meeting_id: "s:m".into(),
                leads: vec![60, 15],
                weekdays: vec![],
                detailed: false,
                skip_occurrence: None,
            },
            t,
        )
        .unwrap();
        let plan = v
            .plan_reminders(None, &request("2026-11-22T10:00:00Z"))
            .unwrap();
        let first = plan.reminders[0].id.clone();
        let second = plan.reminders[1].id.clone();
        let fine = HealthInput {
            notifications_allowed: true,
            exact_alarms_allowed: Some(true),
            pending: 4,
            cap: 64,
            cut_by_cap: 0,
        };
        // Before they are due, nothing is missed.
        let h = v
            .reminder_health(&fine, &[], "2026-11-24T17:00:00Z".parse().unwrap())
            .unwrap();
        assert!(h.issues.is_empty() && h.missed.is_empty());
        // The first was delivered, the second never was.
        let h = v
            .reminder_health(
                &fine,
                std::slice::from_ref(&first),
                "2026-11-24T19:00:00Z".parse().unwrap(),
            )
            .unwrap();
        assert_eq!(h.missed, vec![second]);
        assert_eq!(h.issues[0].code, "missed");
        // A re-plan keeps the log of what already fired.
        v.plan_reminders(None, &request("2026-11-24T19:00:00Z"))
            .unwrap();
        let off = HealthInput {
            notifications_allowed: false,
            exact_alarms_allowed: Some(false),
            pending: 64,
            cap: 64,
            cut_by_cap: 3,
        };
        let h = v
            .reminder_health(&off, &[], "2026-11-24T19:00:00Z".parse().unwrap())
            .unwrap();
        let codes: Vec<_> = h.issues.iter().map(|i| i.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "notifications_off",
                "exact_alarms_off",
                "cap_reached",
                "missed"
            ]
        );
        assert!(h.issues[0].message.contains("Settings"));
    }
}
