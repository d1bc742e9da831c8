//! A Meetings row and what the screen derives from results: a row's words and badges, when
//! a row next changes by the clock, and the notice about how fresh the sources are.

use super::*;

/// A meeting's row as the Meetings and My meetings screens show it: the name cut on a
/// grapheme boundary, when, where, how far, badges, and what a screen reader says.
pub(crate) fn meeting_row(w: &Words, r: &MeetingResult) -> MeetingRow {
    let badges = crate::screens::meeting_badges(
        w,
        r.in_progress,
        r.temporarily_closed,
        r.attendance,
        &r.type_names,
    );
    let place = r
        .place
        .clone()
        .filter(|_| r.attendance != Attendance::Online);
    let label = match (&place, &r.distance) {
        (Some(p), Some(d)) => w.text(
            ROW_LABEL_PLACE_DISTANCE,
            &[
                ("name", Arg::Text(&r.name)),
                ("when", Arg::Text(&r.when)),
                ("place", Arg::Text(p)),
                ("distance", Arg::Text(d)),
            ],
        ),
        (Some(p), None) => w.text(
            ROW_LABEL_PLACE,
            &[
                ("name", Arg::Text(&r.name)),
                ("when", Arg::Text(&r.when)),
                ("place", Arg::Text(p)),
            ],
        ),
        _ => w.text(
            ids::LIST_ROW_LABEL,
            &[("name", Arg::Text(&r.name)), ("when", Arg::Text(&r.when))],
        ),
    };
    MeetingRow {
        id: r.id.clone(),
        name: crate::l10n::truncate(&r.name, ROW_NAME_GRAPHEMES).into_owned(),
        when: r.when.clone(),
        place,
        distance: r.distance.clone(),
        badges,
        accessibility_label: label,
    }
}

pub(super) fn start_of(r: &MeetingResult) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(r.next_start_utc.as_deref()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn end_of(r: &MeetingResult) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(r.next_end_utc.as_deref()?)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A notice when the meetings are out of date, or when the last update of a source failed.
pub(super) fn freshness(sources: &[Source], now: DateTime<Utc>, w: &Words) -> Option<Notice> {
    let newest = sources
        .iter()
        .filter_map(|s| s.last_success.as_deref())
        .filter_map(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc))
        .max();
    let failed = sources.iter().any(|s| {
        s.last_error.is_some()
            && match (&s.last_attempt, &s.last_success) {
                (Some(a), Some(ok)) => a > ok,
                _ => true,
            }
    });
    let message = match newest {
        None => w.text(MEETINGS_STALE_NEVER, &[]),
        Some(t) if now - t > Duration::hours(STALE_AFTER_HOURS) => {
            let days = (now - t).num_days().max(1);
            w.own(MEETINGS_STALE, &[("days", Arg::Number(days))])
        }
        Some(_) if failed => {
            return Some(Notice {
                kind: NoticeKind::Error,
                title: None,
                message: w.text(MEETINGS_SYNC_FAILED, &[]),
            })
        }
        Some(_) => return None,
    };
    Some(Notice {
        kind: NoticeKind::Stale,
        title: None,
        message,
    })
}

/// When the rows next change by the clock alone: the next start (a row moves to "now") or
/// end (it leaves), the next minute while a row says "in N min", the viewer's next midnight.
pub(crate) fn next_change(
    results: &[MeetingResult],
    now: DateTime<Utc>,
    viewer: Tz,
) -> Option<DateTime<Utc>> {
    let mut next: Option<DateTime<Utc>> = None;
    let mut consider = |t: DateTime<Utc>| {
        if t > now && next.is_none_or(|n| t < n) {
            next = Some(t);
        }
    };
    for r in results {
        if r.in_progress {
            if let Some(e) = end_of(r) {
                consider(e);
            }
        } else if let Some(s) = start_of(r) {
            consider(s);
            if s - now <= Duration::minutes(60) {
                let secs = now.timestamp().div_euclid(60) * 60 + 60;
                if let Some(minute) = DateTime::from_timestamp(secs, 0) {
                    consider(minute);
                }
            }
        }
    }
    let tomorrow = now.with_timezone(&viewer).date_naive() + Duration::days(1);
    if let Some(midnight) = tomorrow
        .and_hms_opt(0, 0, 0)
        .and_then(|m| m.and_local_timezone(viewer).earliest())
    {
        consider(midnight.with_timezone(&Utc));
    }
    next
}
