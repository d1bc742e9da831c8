//! "My meetings": favourites that outlive their feed.
//!
//! A favourite points at a meeting by its stable directory id and keeps the meeting as it was
//! last seen. Feeds drop meetings all the time (a group folds, an intergroup re-keys its
//! listing); when that happens the favourite stays, is marked "no longer listed", and still
//! shows its last known name, day, time and place, so the person can find out what happened
//! rather than seeing it vanish. Whenever the favourite is listed while the meeting is in the
//! directory, the stored copy is refreshed.
//!
//! A favourite whose meeting is absent because the directory has not loaded its feed yet (a
//! vault restored on a new phone, a source not added or not synced since) is not "no longer
//! listed": nothing says it went. It reads "not synced yet" until its source's first
//! successful sync.

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{stamp, Vault};
use crate::directory::model::Meeting;
use crate::directory::Directory;
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Whether a favourite's meeting is still in the directory.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FavoriteStatus {
    /// The meeting is listed by its feed.
    Listed,
    /// Its feed no longer lists it; the details are the last known ones.
    NoLongerListed,
    /// The directory has not loaded its feed yet (the source is not there or has never
    /// synced, as after a restore on a new phone); the details are the last known ones.
    NotSyncedYet,
}

/// A favourite meeting with its current (or last known) details.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Favorite {
    /// The directory's meeting id.
    pub meeting_id: String,
    /// When it was added (RFC 3339, the person's offset then).
    pub added_at: String,
    /// Listed or not.
    pub status: FavoriteStatus,
    /// When the feed stopped listing it, if known (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlisted_since: Option<String>,
    /// When the details were last seen in the directory (RFC 3339).
    pub last_seen_at: String,
    /// The meeting: current when listed, else as last seen.
    pub meeting: Meeting,
}

/// A favourite as stored (and as exported).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FavoriteRecord {
    /// The directory's meeting id.
    pub meeting_id: String,
    /// When it was added.
    pub added_at: String,
    /// When the details were last seen in the directory.
    pub last_seen_at: String,
    /// The meeting as last seen.
    pub last_known: Meeting,
}

impl Vault {
    /// Adds a meeting to "my meetings" (no change if it already is). Returns `true` when it
    /// was added.
    pub fn add_favorite(&mut self, meeting: &Meeting, now: DateTime<FixedOffset>) -> Result<bool> {
        let json = serde_json::to_string(meeting).map_err(Error::internal)?;
        if json.len() > super::backup::MAX_FAVORITE_BYTES || meeting.id.len() > 300 {
            return Err(Error::invalid(msg::FAVOURITE_TOO_LARGE));
        }
        let n = self.conn.execute(
            "INSERT INTO favorites (meeting_id, added_at, last_known, last_seen_at)
             VALUES (?1, ?2, ?3, ?2) ON CONFLICT(meeting_id) DO NOTHING",
            params![meeting.id, stamp(&now), json],
        )?;
        Ok(n == 1)
    }

    /// Removes a favourite. Returns `false` when it was not one.
    pub fn remove_favorite(&mut self, meeting_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM favorites WHERE meeting_id = ?1", [meeting_id])?
            == 1)
    }

    /// Whether a meeting is a favourite.
    pub fn is_favorite(&self, meeting_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM favorites WHERE meeting_id = ?1",
                [meeting_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The stored favourites, oldest first, without looking at the directory.
    pub fn favorite_records(&self) -> Result<Vec<FavoriteRecord>> {
        let rows = super::text_rows(
            &self.conn,
            "SELECT meeting_id, added_at, last_seen_at, last_known FROM favorites
             ORDER BY added_at, meeting_id",
        )?;
        let mut out = Vec::new();
        for [meeting_id, added_at, last_seen_at, json] in rows {
            let Ok(last_known) = crate::support::json::from_str::<Meeting>(&json) else {
                continue;
            };
            out.push(FavoriteRecord {
                meeting_id,
                added_at,
                last_seen_at,
                last_known,
            });
        }
        Ok(out)
    }

    /// "My meetings" with their status in `directory`. Listed ones are refreshed from the
    /// directory (and their stored copy updated); the others show their last known details.
    pub fn favorites(
        &mut self,
        directory: &Directory,
        now: DateTime<FixedOffset>,
    ) -> Result<Vec<Favorite>> {
        let records = self.favorite_records()?;
        // Only a source that has loaded its feed at least once can say a meeting left it.
        let synced: std::collections::HashSet<String> = directory
            .sources()?
            .into_iter()
            .filter(|s| s.last_success.is_some())
            .map(|s| s.id)
            .collect();
        let mut out = Vec::with_capacity(records.len());
        let tx = self.conn.transaction()?;
        for rec in records {
            match directory.meeting(&rec.meeting_id) {
                Ok(m) => {
                    let mut last_seen_at = rec.last_seen_at;
                    if m != rec.last_known {
                        last_seen_at = stamp(&now);
                        let json = serde_json::to_string(&m).map_err(Error::internal)?;
                        tx.execute(
                            "UPDATE favorites SET last_known = ?2, last_seen_at = ?3
                             WHERE meeting_id = ?1",
                            params![rec.meeting_id, json, last_seen_at],
                        )?;
                    }
                    out.push(Favorite {
                        meeting_id: rec.meeting_id,
                        added_at: rec.added_at,
                        status: FavoriteStatus::Listed,
                        unlisted_since: None,
                        last_seen_at,
                        meeting: m,
                    });
                }
                Err(Error::NotFound(_)) => {
                    let since = directory.tombstone(&rec.meeting_id)?.map(|t| t.removed_at);
                    let status = if since.is_some() || synced.contains(&rec.last_known.source_id) {
                        FavoriteStatus::NoLongerListed
                    } else {
                        FavoriteStatus::NotSyncedYet
                    };
                    out.push(Favorite {
                        meeting_id: rec.meeting_id,
                        added_at: rec.added_at,
                        status,
                        unlisted_since: since,
                        last_seen_at: rec.last_seen_at,
                        meeting: rec.last_known,
                    });
                }
                Err(e) => return Err(e),
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// Stores a favourite from a backup: a new one is added; an existing one keeps its added
    /// date and takes the more recently seen details.
    pub(crate) fn merge_favorite(
        tx: &rusqlite::Transaction,
        f: &FavoriteRecord,
    ) -> Result<super::journal::MergeOutcome> {
        use super::journal::MergeOutcome;
        let json = serde_json::to_string(&f.last_known).map_err(Error::internal)?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT last_seen_at FROM favorites WHERE meeting_id = ?1",
                [&f.meeting_id],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            None => {
                tx.execute(
                    "INSERT INTO favorites (meeting_id, added_at, last_known, last_seen_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![f.meeting_id, f.added_at, json, f.last_seen_at],
                )?;
                Ok(MergeOutcome::Added)
            }
            Some(seen) => {
                let newer = match (
                    super::parse_stamp(&f.last_seen_at),
                    super::parse_stamp(&seen),
                ) {
                    (Some(a), Some(b)) => a > b,
                    _ => false,
                };
                if newer {
                    tx.execute(
                        "UPDATE favorites SET last_known = ?2, last_seen_at = ?3
                         WHERE meeting_id = ?1",
                        params![f.meeting_id, json, f.last_seen_at],
                    )?;
                    Ok(MergeOutcome::Updated)
                } else {
                    Ok(MergeOutcome::Unchanged)
                }
            }
        }
    }
}
