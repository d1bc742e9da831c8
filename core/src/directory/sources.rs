//! The list of sources: adding, listing, removing, and when a source counts as stale.

use super::*;
/// A source whose last successful load is older than this is "stale".
pub const STALE_AFTER_HOURS: i64 = 48;

pub(super) fn is_stale(last_success: Option<&str>) -> bool {
    match last_success.and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()) {
        Some(t) => Utc::now() - t.with_timezone(&Utc) > chrono::Duration::hours(STALE_AFTER_HOURS),
        None => true,
    }
}

/// What to register as a source.
#[derive(Debug, Clone, Default)]
pub struct NewSource {
    /// File path or URL of the feed.
    pub location: String,
    /// Format; detected from the content when `None`.
    pub format: Option<FeedFormat>,
    /// Program slug (`aa`, `na`, `al-anon`…); defaults to `na` for BMLT and `aa` otherwise.
    pub program: Option<String>,
    /// IANA zone for meetings whose feed gives none.
    pub timezone: Option<String>,
    /// Display name; also the base of the source id.
    pub name: Option<String>,
    /// For BMLT files: path of the server's `GetFormats` answer.
    pub bmlt_formats: Option<String>,
    /// For a BMLT root server URL: which meetings to ask for.
    pub bmlt_scope: Option<crate::directory::import::bmlt::BmltScope>,
}

/// A configured feed source and its state (the apps' list of sources shows these).
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// Short stable id, the prefix of its meetings' ids.
    pub id: String,
    /// Display name.
    pub name: String,
    /// File path or URL.
    pub location: String,
    /// Format, when known.
    pub format: Option<String>,
    /// Program slug.
    pub program: String,
    /// Configured fallback zone.
    pub timezone: Option<String>,
    /// When it was added (RFC 3339).
    pub added_at: String,
    /// When a snapshot was last stored successfully (RFC 3339).
    pub last_success: Option<String>,
    /// When a sync was last attempted (RFC 3339).
    pub last_attempt: Option<String>,
    /// Why the last attempt failed, if it did.
    pub last_error: Option<String>,
    /// The kind of that failure (see [`Error::kind`]).
    pub last_error_kind: Option<String>,
    /// After a failure, when a background sync should try this source again (backing off:
    /// 5 minutes, doubling per failure in a row, at most 6 hours). `None` when it is healthy.
    pub next_retry: Option<String>,
    /// Validator from the last successful download, if the server sent one.
    pub etag: Option<String>,
    /// True when the directory copy of this source should not be trusted as current: never
    /// loaded, or last loaded more than [`STALE_AFTER_HOURS`] hours ago.
    pub stale: bool,
    /// Meetings in the current snapshot.
    pub meeting_count: u64,
}

pub(super) fn normalise_program(p: &str) -> Result<String> {
    let p = p.trim().to_lowercase().replace([' ', '_'], "-");
    let p = match p.as_str() {
        "alanon" | "al-anon" => "al-anon".to_string(),
        "smart" | "smart-recovery" => "smart".to_string(),
        _ => p,
    };
    if p.is_empty() || p.len() > 32 || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(Error::invalid_with(
            msg::PROGRAM_INVALID,
            [("program", p.into())],
        ));
    }
    Ok(p)
}

pub(super) fn default_name(location: &str) -> String {
    let trimmed = location.trim_end_matches('/');
    let last = trimmed.rsplit(['/', '\\']).next().unwrap_or(trimmed);
    let stem = last.split('.').next().unwrap_or(last);
    if stem.is_empty() {
        "source".into()
    } else {
        stem.to_string()
    }
}

pub(super) fn absolute(p: &str) -> String {
    std::fs::canonicalize(p)
        .map(|a| a.to_string_lossy().into_owned())
        .unwrap_or_else(|_| p.to_string())
}

impl Directory {
    /// Registers a source. Validates the zone, and for files that they exist (detecting the
    /// format when not given). Returns the stored source.
    pub fn add_source(&self, new: NewSource) -> Result<Source> {
        self.add_source_then(new, None, |_, _| Ok(()))
    }

    /// [`Directory::add_source`], running `then` (given the new source's id) in the same
    /// transaction, so what a caller keeps about the source (a relay's key and first area) is
    /// there exactly when the source is. The id is made from `id_base` when given (a relay's
    /// id from its key), else from the name; numbered when taken.
    pub(crate) fn add_source_then(
        &self,
        new: NewSource,
        id_base: Option<&str>,
        then: impl FnOnce(&rusqlite::Transaction, &str) -> Result<()>,
    ) -> Result<Source> {
        let location = new.location.trim().to_string();
        if location.is_empty() {
            return Err(Error::invalid(msg::SOURCE_LOCATION_MISSING));
        }
        let timezone = match new.timezone.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(z) => Some(
                parse::parse_timezone(z)
                    .ok_or_else(|| Error::invalid_with(msg::ZONE_UNKNOWN, [("zone", z.into())]))?
                    .name()
                    .to_string(),
            ),
        };
        let is_url = location.starts_with("http://") || location.starts_with("https://");
        let mut format = new.format;
        if !is_url {
            let path = Path::new(&location);
            if !path.is_file() {
                return Err(Error::not_found_with(
                    msg::FEED_FILE_MISSING,
                    [("path", location.as_str().into())],
                ));
            }
            if format.is_none() {
                format = Some(detect_file(path)?);
            }
        }
        if let Some(f) = &new.bmlt_formats {
            if !Path::new(f).is_file() {
                return Err(Error::not_found_with(
                    msg::FORMATS_FILE_MISSING,
                    [("path", f.as_str().into())],
                ));
            }
        }
        let program = match new.program.as_deref().map(str::trim) {
            Some(p) if !p.is_empty() => normalise_program(p)?,
            _ if format == Some(FeedFormat::Bmlt) => "na".to_string(),
            _ => "aa".to_string(),
        };
        let name = new
            .name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| default_name(&location));
        // The id is chosen and taken under one hold of the writer, so two sources added at
        // once cannot pick the same id.
        let mut conn = self.write();
        let tx = conn.transaction()?;
        let id = unique_source_id(&tx, id_base.unwrap_or(&name))?;
        let location = if is_url {
            location
        } else {
            absolute(&location)
        };
        tx.execute(
            "INSERT INTO sources (id, name, location, format, program, timezone, bmlt_formats,
                 added_at, bmlt_scope)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                name.trim(),
                location,
                format.map(|f| f.as_str()),
                program,
                timezone,
                new.bmlt_formats.as_deref().map(absolute),
                now_rfc3339(),
                new.bmlt_scope
                    .as_ref()
                    .and_then(|sc| serde_json::to_string(sc).ok()),
            ],
        )?;
        then(&tx, &id)?;
        tx.commit()?;
        drop(conn);
        self.source(&id)
    }

    /// One source by id.
    pub fn source(&self, id: &str) -> Result<Source> {
        self.sources()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| Error::not_found(msg::SOURCE_NOT_FOUND))
    }

    /// All sources, in the order they were added.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let conn = self.read()?;
        let mut st = conn.prepare(
            "SELECT id, name, location, format, program, timezone, added_at, last_success_at,
                    last_error, meeting_count, last_attempt_at, last_error_kind, etag,
                    next_retry_at
             FROM sources ORDER BY rowid",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Source {
                id: r.get(0)?,
                name: r.get(1)?,
                location: r.get(2)?,
                format: r.get(3)?,
                program: r.get(4)?,
                timezone: r.get(5)?,
                added_at: r.get(6)?,
                stale: is_stale(r.get::<_, Option<String>>(7)?.as_deref()),
                last_success: r.get(7)?,
                last_error: r.get(8)?,
                meeting_count: r.get::<_, i64>(9)?.max(0) as u64,
                last_attempt: r.get(10)?,
                last_error_kind: r.get(11)?,
                etag: r.get(12)?,
                next_retry: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the app should tell the person the directory may be out of date: no sources,
    /// or any source not loaded successfully within [`STALE_AFTER_HOURS`] hours.
    pub fn is_stale(&self) -> Result<bool> {
        let sources = self.sources()?;
        Ok(sources.is_empty() || sources.iter().any(|s| s.stale))
    }

    /// Removes a source and all its meetings (its shards too).
    pub fn remove_source(&self, id: &str) -> Result<()> {
        let mut conn = self.write();
        let tx = conn.transaction()?;
        delete_snapshot(&tx, id)?;
        let parts = crate::directory::shards::forget_source(&tx, id)?;
        let n = tx.execute("DELETE FROM sources WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(Error::not_found(msg::SOURCE_NOT_FOUND));
        }
        tx.commit()?;
        drop(conn);
        self.delete_parts(&parts);
        Ok(())
    }
}

/// An id for a new source named `name`: its words in lower case joined by `-`, numbered when
/// taken.
fn unique_source_id(conn: &Connection, name: &str) -> Result<String> {
    let base: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base: String = base.chars().take(32).collect();
    let base = if base.is_empty() {
        "source".into()
    } else {
        base
    };
    let mut id = base.clone();
    let mut n = 2;
    while conn
        .query_row("SELECT 1 FROM sources WHERE id = ?1", [&id], |_| Ok(()))
        .optional()?
        .is_some()
    {
        id = format!("{base}-{n}");
        n += 1;
    }
    Ok(id)
}
