//! What the Meeting screen offers beyond reading: a map link that opens on a phone or a
//! desktop, a text to share, and a way to report a problem with the listing, kept while offline.
//!
//! All three are built only from what the feed published: the share text carries the name,
//! the weekly time in the meeting's zone, the venue and address (not for an online-only
//! meeting, whose "address" is only an area) and the join link if there is one, never a
//! passcode, a note, or anything Waymark added. A problem report goes to whom the feed says
//! (`feedback_emails`, else `feedback_url`), else to the website the feed comes from; it names
//! the meeting by the feed's own name and key so its editors can find it. A report written
//! while offline is queued in the directory ([`Directory::queue_report`]) until the shell
//! can open it.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;

use crate::directory::details::Directions;
use crate::directory::model::Meeting;
use crate::directory::Directory;
use crate::l10n::{Arg, Words};
use crate::screens::words::REPORT_TO;
use crate::support::error::{Error, Result};
use crate::support::msg;

/// Most problem reports kept waiting to be opened; one more is refused until some are sent.
pub const MAX_PENDING_REPORTS: usize = 100;

/// Percent-encodes everything but RFC 3986's unreserved characters (for query values and
/// `mailto:` headers, where `+` would read as a space or a plus depending on the reader).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An https link to directions on OpenStreetMap, which any browser opens, to the venue's
/// point when the feed gave one, else to its address.
pub fn map_url(d: &Directions) -> String {
    let to = match d.latitude.zip(d.longitude) {
        Some((lat, lon)) => format!("{lat:.6},{lon:.6}"),
        None => d.query.clone(),
    };
    format!(
        "https://www.openstreetmap.org/directions?to={}",
        percent_encode(&to)
    )
}

/// A `geo:` link (RFC 5870) for a phone's maps app: the point with the address as its label,
/// or (Android's convention) `geo:0,0?q=` and the address when there is no point.
pub fn geo_uri(d: &Directions) -> String {
    match d.latitude.zip(d.longitude) {
        Some((lat, lon)) => format!(
            "geo:{lat:.6},{lon:.6}?q={lat:.6},{lon:.6}({})",
            percent_encode(&d.query)
        ),
        None => format!("geo:0,0?q={}", percent_encode(&d.query)),
    }
}

/// Who a problem report goes to.
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportChannel {
    /// An e-mail to the addresses the feed gives for this meeting (`feedback_emails`).
    Email,
    /// The feed's own page for feedback about this meeting (`feedback_url`).
    FeedbackPage,
    /// The website the feed comes from: the feed names no one for feedback.
    SourceSite,
}

impl ReportChannel {
    /// Stable text form, as stored in the queue.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportChannel::Email => "email",
            ReportChannel::FeedbackPage => "feedback_page",
            ReportChannel::SourceSite => "source_site",
        }
    }
}

/// A prefilled "report a problem" for one meeting.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemReport {
    /// The link to open: a `mailto:` with subject and body, or a web page.
    pub url: String,
    /// Where it goes.
    pub channel: ReportChannel,
    /// Who, as data: the e-mail addresses (joined by ", ") or the web page's host name.
    pub to: String,
    /// Where it goes, in words of the locale it was asked in, to sit inside a sentence
    /// ("write to …"): "the listing's editors (intergroup@example.org)".
    pub recipient: String,
}

impl ProblemReport {
    /// The report for `url` sent by `channel`, its recipient worded in `words`.
    fn new(url: String, channel: ReportChannel, words: &Words) -> ProblemReport {
        let to = match channel {
            // `mailto:a@x,b@y?subject=…`: the addresses are between the scheme and the query.
            ReportChannel::Email => url
                .strip_prefix("mailto:")
                .unwrap_or(&url)
                .split('?')
                .next()
                .unwrap_or_default()
                .split(',')
                .collect::<Vec<_>>()
                .join(", "),
            ReportChannel::FeedbackPage | ReportChannel::SourceSite => host_of(&url),
        };
        let recipient = words.own(
            REPORT_TO,
            &[
                ("channel", Arg::Text(channel.as_str())),
                ("to", Arg::Text(&to)),
            ],
        );
        ProblemReport {
            url,
            channel,
            to,
            recipient,
        }
    }
}

/// The host of a web address ("aasepia.org"), or the address itself when it has none.
fn host_of(url: &str) -> String {
    scheme_and_host(url).map_or_else(|| url.to_owned(), |(_, host)| host.to_owned())
}

/// A URL's scheme (lower case) and host, never its credentials; `None` without a scheme.
fn scheme_and_host(location: &str) -> Option<(String, &str)> {
    let (scheme, rest) = location.trim().split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?; // never carry credentials along
    Some((scheme.to_ascii_lowercase(), host))
}

/// The report for `m`, whose feed comes from `source_location`, its recipient worded in
/// `words`; `None` when the feed names no one and does not come from a website (a local file).
pub fn problem_report(m: &Meeting, source_location: &str, words: &Words) -> Option<ProblemReport> {
    if !m.feedback_emails.is_empty() {
        let to = m.feedback_emails.join(",");
        let subject = format!("Meeting listing: {}", m.name);
        let body = format!(
            "About the meeting \"{}\" (listed as {}), {}.\n\nWhat needs changing:\n\n",
            m.name,
            m.key,
            // The message goes to the feed's editors, written in English as the rest of it.
            crate::screens::meeting::schedule(m, Words::get(crate::l10n::Locale::EnGb))
        );
        let url = format!(
            "mailto:{to}?subject={}&body={}",
            percent_encode(&subject),
            percent_encode(&body)
        );
        return Some(ProblemReport::new(url, ReportChannel::Email, words));
    }
    if let Some(u) = &m.feedback_url {
        return Some(ProblemReport::new(
            u.clone(),
            ReportChannel::FeedbackPage,
            words,
        ));
    }
    let site = site_of(source_location)?;
    Some(ProblemReport::new(site, ReportChannel::SourceSite, words))
}

/// `https://host/` of a feed URL; `None` for a file or anything not http(s).
fn site_of(location: &str) -> Option<String> {
    let (scheme, host) = scheme_and_host(location)?;
    let web = matches!(scheme.as_str(), "https" | "http");
    (web && !host.is_empty()).then(|| format!("{scheme}://{host}/"))
}

/// A problem report waiting to be opened (written while offline).
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PendingReport {
    /// Its number in the queue, for [`Directory::report_sent`].
    pub id: i64,
    /// The meeting it is about.
    pub meeting_id: String,
    /// The meeting's name, as the feed gave it when the report was written.
    pub meeting_name: String,
    /// What to open.
    pub report: ProblemReport,
    /// When it was written (RFC 3339).
    pub queued_at: String,
}

impl Directory {
    /// Keeps a problem report about meeting `id` until the shell can open it (when online),
    /// and returns it, its recipient worded in `words`. Refused when the feed gives no one to
    /// report to, or when [`MAX_PENDING_REPORTS`] are already waiting.
    pub fn queue_report(
        &self,
        id: &str,
        at: DateTime<Utc>,
        words: &Words,
    ) -> Result<PendingReport> {
        let m = self.meeting(id)?;
        let source = self.source(&m.source_id)?;
        let report = problem_report(&m, &source.location, words)
            .ok_or_else(|| Error::invalid(msg::REPORT_NOWHERE))?;
        // Counted and added under one hold of the writer, so the limit holds.
        let conn = self.write();
        let waiting: i64 =
            conn.query_row("SELECT count(*) FROM problem_reports", [], |r| r.get(0))?;
        if waiting as usize >= MAX_PENDING_REPORTS {
            return Err(Error::invalid_with(
                msg::REPORTS_WAITING,
                [("max", MAX_PENDING_REPORTS.into())],
            ));
        }
        let queued_at = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        conn.execute(
            "INSERT INTO problem_reports (meeting_id, meeting_name, url, channel, recipient,
                                          queued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                m.id,
                m.name,
                report.url,
                report.channel.as_str(),
                report.to,
                queued_at
            ],
        )?;
        Ok(PendingReport {
            id: conn.last_insert_rowid(),
            meeting_id: m.id,
            meeting_name: m.name,
            report,
            queued_at,
        })
    }

    /// The problem reports waiting to be opened, oldest first, their recipients worded in
    /// `words` (whatever language they were written in).
    pub fn pending_reports(&self, words: &Words) -> Result<Vec<PendingReport>> {
        let conn = self.read()?;
        let mut st = conn.prepare(
            "SELECT id, meeting_id, meeting_name, url, channel, queued_at
             FROM problem_reports ORDER BY id",
        )?;
        let rows = st.query_map([], |r| {
            let channel: String = r.get(4)?;
            Ok(PendingReport {
                id: r.get(0)?,
                meeting_id: r.get(1)?,
                meeting_name: r.get(2)?,
                // Worded again from the link, so a change of language reaches it too.
                report: ProblemReport::new(
                    r.get(3)?,
                    match channel.as_str() {
                        "email" => ReportChannel::Email,
                        "feedback_page" => ReportChannel::FeedbackPage,
                        _ => ReportChannel::SourceSite,
                    },
                    words,
                ),
                queued_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Forgets report `id` once it has been opened; false when there was none by that number.
    pub fn report_sent(&self, id: i64) -> Result<bool> {
        Ok(self
            .write()
            .execute("DELETE FROM problem_reports WHERE id = ?1", [id])?
            > 0)
    }
}

#[cfg(test)]
#[path = "share_tests.rs"]
mod tests;
