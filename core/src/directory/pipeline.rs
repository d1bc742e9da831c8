//! The import pipeline: parse a feed, normalise each entry, and replace one source's snapshot
//! in one transaction (or leave the old one exactly as it was).

use super::import::notes;
use super::*;
use crate::l10n::Phrase;
/// Meetings at this many different addresses sharing one point make it a placeholder.
pub(super) const PLACEHOLDER_ADDRESSES: usize = 5;
/// What the text index holds for a meeting row (name, place, notes), as SQL over `meetings`.
pub(super) const FTS_COLUMNS: &str = "name, concat_ws(' ', location_name, address), notes";
/// Rows per text-index chunk during an import.
pub(super) const FTS_CHUNK: i64 = 25_000;
/// Below this many meetings from other sources, an import rebuilds the indexes in bulk.
pub(super) const BULK_BELOW: i64 = 20_000;
/// Meetings handed from the parser thread to the writer at a time.
pub(super) const BATCH: usize = 512;

/// What an import did to the stored rows.
#[derive(Default)]
pub(super) struct DiffCounts {
    added: u64,
    updated: u64,
    removed: u64,
    unchanged: u64,
}

pub(super) fn delete_snapshot(tx: &Connection, id: &str) -> Result<()> {
    // Meeting ids are "{source}:{key}", so one source's rows are an id range.
    let (lo, hi) = (format!("{id}:"), format!("{id};"));
    // The text index keeps no copy of the text, so removing a row means handing FTS5 the
    // same values it was given.
    tx.execute(
        &format!(
            "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
             SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE id >= ?1 AND id < ?2"
        ),
        params![lo, hi],
    )?;
    tx.execute(
        "DELETE FROM meetings WHERE id >= ?1 AND id < ?2",
        params![lo, hi],
    )?;
    Ok(())
}

/// What a caller of [`Directory::import_and_then`] records in the import's transaction.
pub(crate) type AfterImport<'a> = Box<dyn FnOnce(&rusqlite::Transaction) -> Result<()> + 'a>;

impl Directory {
    /// Replaces source `id`'s snapshot with the feed read from `reader`, in one transaction.
    /// On any error nothing is changed.
    pub fn import<R: Read + Send>(
        &self,
        id: &str,
        format: FeedFormat,
        reader: R,
        extras: &FormatExtras,
    ) -> Result<ImportReport> {
        self.import_with(id, format, reader, extras, &SyncOptions::default())
    }

    /// [`Directory::import`] with options (accepting a feed that shrank).
    ///
    /// The pipeline, step by step (each a function below): read the source's settings; note
    /// what its previous snapshot held; parse, normalise and write the meetings (two threads);
    /// refuse a feed that shrank suspiciously; build the indexes; keep tombstones for meetings
    /// no longer listed and list again those that came back; drop placeholder coordinates; and
    /// record the success. All of it in one transaction: any error leaves the old snapshot.
    pub fn import_with<R: Read + Send>(
        &self,
        id: &str,
        format: FeedFormat,
        reader: R,
        extras: &FormatExtras,
        options: &SyncOptions,
    ) -> Result<ImportReport> {
        self.import_and_then(id, format, reader, extras, options, Box::new(|_| Ok(())))
    }

    /// [`Directory::import_with`], running `then` inside the same transaction just before it
    /// commits, so what a caller records about the import (a relay's tiles and version) is
    /// kept exactly when the meetings are.
    pub(crate) fn import_and_then<R: Read + Send>(
        &self,
        id: &str,
        format: FeedFormat,
        reader: R,
        extras: &FormatExtras,
        options: &SyncOptions,
        // Boxed: one copy of the pipeline per reader type, not one per caller as well.
        then: AfterImport<'_>,
    ) -> Result<ImportReport> {
        let started = Instant::now();
        let (ctx, previous) = self.source_context(id)?;
        // The writer is held from here to the commit; searches keep reading the snapshot
        // from before on the reader.
        let mut conn = self.write();
        let tx = conn.transaction()?;
        let mut previous_rows = previous_snapshot(&tx, id, previous)?;
        let others: i64 = tx.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
        // A first import into a small directory rebuilds the indexes in bulk afterwards.
        let bulk = previous_rows.is_none() && others < BULK_BELOW;
        if bulk {
            tx.execute_batch(crate::directory::schema::DROP_MEETING_INDEXES)?;
        }
        let (mut report, normalizer, written) = parse_and_write(
            &tx,
            Feed {
                id,
                format,
                reader,
                extras,
                ctx,
            },
            previous_rows.as_mut(),
            options,
        )?;
        let mut counts = written.counts;
        report.accepted = written.accepted;
        refuse_shrink(&report, previous, options)?;
        if options.cancel.is_cancelled() {
            return Err(Error::Feed(FeedError::Cancelled));
        }
        options.tell(id, SyncPhase::Indexing, 0, report.accepted);
        let index_start = Instant::now();
        if bulk {
            tx.execute_batch(crate::directory::schema::MEETING_INDEXES)?;
        }
        if let Some(gone) = previous_rows.take() {
            counts.removed += keep_tombstones(&tx, id, gone)?;
        }
        report.added = counts.added;
        report.updated = counts.updated;
        report.unchanged = counts.unchanged;
        report.removed = counts.removed;
        list_returned(&tx, id)?;
        drop_placeholder_points(&tx, id, &normalizer, &mut report)?;
        record_success(
            &tx,
            id,
            format,
            report.accepted,
            written.longest,
            &written.zones,
        )?;
        then(&tx)?;
        tx.commit()?;
        let total = started.elapsed().as_secs_f64();
        let index = index_start.elapsed().as_secs_f64();
        // Parsing and writing overlap; "parse" is what is left of the wall time.
        report.timings.write_ms = written.write_time * 1e3;
        report.timings.total_ms = total * 1e3;
        report.timings.index_ms = index * 1e3;
        report.timings.parse_ms =
            ((total - written.write_time - index) * 1e3 - report.timings.normalise_ms).max(0.0);
        Ok(report)
    }

    /// Step 1: the source's program and zone, as the normaliser needs them, and how many
    /// meetings its last snapshot held.
    fn source_context(&self, id: &str) -> Result<(SourceContext, i64)> {
        let (program, tz, previous): (String, Option<String>, i64) = self
            .write()
            .query_row(
                "SELECT program, timezone, meeting_count FROM sources WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found(msg::SOURCE_NOT_FOUND))?;
        let ctx = SourceContext {
            source_id: id.to_string(),
            program,
            timezone: tz.as_deref().and_then(parse::parse_timezone),
        };
        Ok((ctx, previous))
    }
}

/// A meeting id's row id and content hash in the previous snapshot.
type PreviousRows = HashMap<String, (i64, i64)>;

/// Step 2: what the previous snapshot held, to report the difference and keep tombstones.
/// A source with a snapshot is updated in place: only new, changed and removed meetings are
/// written (a feed that changed 1 % writes 1 % of the rows). Without one, any leftover rows are
/// cleared and everything is written.
fn previous_snapshot(
    tx: &rusqlite::Transaction,
    id: &str,
    previous: i64,
) -> Result<Option<PreviousRows>> {
    if previous <= 0 {
        delete_snapshot(tx, id)?;
        return Ok(None);
    }
    let mut st = tx.prepare(
        "SELECT id, rowid, content_hash FROM meetings WHERE id >= ?1 || ':' AND id < ?1 || ';'",
    )?;
    let mut map = HashMap::new();
    for r in st.query_map([id], |r| {
        Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
    })? {
        let (k, v) = r?;
        map.insert(k, v);
    }
    Ok(Some(map))
}

/// One feed document to import, with what its source says about it.
struct Feed<'a, R> {
    id: &'a str,
    format: FeedFormat,
    reader: R,
    extras: &'a FormatExtras,
    ctx: SourceContext,
}

/// What the writing stage did.
struct Written {
    accepted: u64,
    counts: DiffCounts,
    /// The longest meeting seen, in minutes.
    longest: i64,
    /// The time zones of the meetings seen.
    zones: rustc_hash::FxHashSet<String>,
    /// Seconds spent writing.
    write_time: f64,
}

/// Step 3: parse + normalise on one thread and write on this one; meetings cross in batches.
/// If the document turns out broken, the parser's error ends the import before the commit,
/// and the transaction rolls back. Meetings found in `previous` are taken out of it (what is
/// left was not in the feed).
fn parse_and_write<R: Read + Send>(
    tx: &rusqlite::Transaction,
    feed: Feed<'_, R>,
    mut previous: Option<&mut PreviousRows>,
    options: &SyncOptions,
) -> Result<(ImportReport, Normalizer, Written)> {
    let Feed {
        id,
        format,
        reader,
        extras,
        ctx,
    } = feed;
    let (batches, inbox) = std::sync::mpsc::sync_channel::<Vec<PreparedRow>>(8);
    // Written batches go back to the parser thread to be freed and reused: the writer is
    // the slower stage, so it should not spend time on deallocation.
    let (used_tx, used_rx) = std::sync::mpsc::channel::<Vec<PreparedRow>>();
    let mut written = Written {
        accepted: 0,
        counts: DiffCounts::default(),
        longest: 60,
        zones: Default::default(),
        write_time: 0.0,
    };
    let mut unindexed: Option<(i64, i64)> = None;
    let (report, normalizer) = std::thread::scope(|scope| -> Result<_> {
        let parser = scope.spawn(move || {
            let mut report = ImportReport::new(id, format.as_str());
            let mut normalizer = Normalizer::new(ctx);
            let mut normalise_time = 0.0f64;
            let mut offsets = HashMap::new();
            let mut batch = Vec::with_capacity(BATCH);
            let mut count = 0usize;
            let mut sink = |entry: Entry| -> Result<(), FeedError> {
                count += 1;
                let row = match entry {
                    Entry::Meeting(raw) => {
                        let t0 = Instant::now();
                        let res = normalizer.normalize(*raw, &mut report);
                        normalise_time += t0.elapsed().as_secs_f64();
                        match res {
                            Ok(m) => PreparedRow::new(m, &mut offsets),
                            Err((key, reason)) => {
                                report.skip_entry(key, count, reason);
                                return Ok(());
                            }
                        }
                    }
                    // A relay's meeting, normalised by the relay: kept as it is, under this
                    // source's prefix.
                    Entry::Ready(mut m) => {
                        m.id = format!("{id}:{}", m.id);
                        PreparedRow::new(*m, &mut offsets)
                    }
                    Entry::NotAMeeting(what) => {
                        report.skip(format!("#{count}"), what);
                        return Ok(());
                    }
                    Entry::Withheld { key, reason } => {
                        report.skip_entry(key, count, reason);
                        return Ok(());
                    }
                };
                batch.push(row);
                if batch.len() == BATCH {
                    options.tell(id, SyncPhase::Parsing, 0, count as u64);
                    if options.cancel.is_cancelled() {
                        return Err(FeedError::Cancelled);
                    }
                    let next = match used_rx.try_recv() {
                        Ok(mut used) => {
                            used.clear();
                            used
                        }
                        Err(_) => Vec::with_capacity(BATCH),
                    };
                    let full = std::mem::replace(&mut batch, next);
                    batches
                        .send(full)
                        .map_err(|_| FeedError::Sink("the writer stopped".into()))?;
                }
                Ok(())
            };
            let res = import::read_feed(format, reader, extras, &mut sink);
            if res.is_ok() && !batch.is_empty() {
                let _ = batches.send(batch);
            }
            report.timings.normalise_ms = normalise_time * 1e3;
            res.map(|()| (report, normalizer))
        });
        let mut writer = Writer::new(tx)?;
        let mut fts = tx.prepare(&format!(
            "INSERT INTO meeting_fts (rowid, name, place, notes)
             SELECT rowid, {FTS_COLUMNS} FROM meetings WHERE rowid BETWEEN ?1 AND ?2"
        ))?;
        let mut write_error = None;
        for batch in inbox.iter() {
            if options.cancel.is_cancelled() {
                break;
            }
            let t = Instant::now();
            let mut span: Option<(i64, i64)> = None;
            for row in &batch {
                written.longest = written
                    .longest
                    .max(i64::from(row.meeting.duration_minutes.unwrap_or(60)));
                if let Some(zone) = row.meeting.timezone.as_deref() {
                    if !written.zones.contains(zone) {
                        written.zones.insert(zone.to_string());
                    }
                }
                let before = previous.as_mut().and_then(|m| m.remove(&row.meeting.id));
                let counts = &mut written.counts;
                let result = match before {
                    Some((_, hash)) if hash == row.content_hash => {
                        counts.unchanged += 1;
                        Ok(())
                    }
                    Some((rowid, _)) => {
                        counts.updated += 1;
                        writer.update(rowid, row)
                    }
                    None => writer.insert(row).map(|rowid| {
                        counts.added += 1;
                        span = Some(
                            span.map_or((rowid, rowid), |(a, b)| (a.min(rowid), b.max(rowid))),
                        );
                    }),
                };
                match result {
                    Ok(()) => written.accepted += 1,
                    Err(e) => {
                        write_error = Some(e);
                        break;
                    }
                }
            }
            if let Some((first, last)) = span {
                let (a, _) = *unindexed.get_or_insert((first, last));
                unindexed = Some((a.min(first), last));
            }
            // The text index is filled in large chunks while the parser is still busy:
            // FTS5 flushes its pending terms at every statement boundary, so each chunk
            // becomes one segment (per batch it was hundreds, merged again later).
            if let (None, Some((a, b))) = (&write_error, unindexed) {
                if b - a + 1 >= FTS_CHUNK {
                    if let Err(e) = fts.execute(params![a, b]) {
                        write_error = Some(e);
                    }
                    unindexed = None;
                }
            }
            written.write_time += t.elapsed().as_secs_f64();
            if write_error.is_some() {
                break;
            }
            let _ = used_tx.send(batch);
        }
        drop(used_tx);
        if let (None, Some((a, b))) = (&write_error, unindexed) {
            if let Err(e) = fts.execute(params![a, b]) {
                write_error = Some(e);
            }
        }
        drop(inbox);
        let parsed = parser
            .join()
            .map_err(|_| Error::invalid(msg::FEED_READER_STOPPED))?;
        if options.cancel.is_cancelled() {
            return Err(Error::Feed(FeedError::Cancelled));
        }
        if let Some(e) = write_error {
            return Err(e.into());
        }
        let (report, normalizer) = parsed?;
        Ok((report, normalizer))
    })?;
    Ok((report, normalizer, written))
}

/// Step 4: a feed that came back empty or with less than half its meetings is refused unless
/// the caller accepts it (BMLT answers `[]` to a bad request; that must not wipe anyone's
/// directory).
fn refuse_shrink(report: &ImportReport, previous: i64, options: &SyncOptions) -> Result<()> {
    let previous = previous.max(0) as u64;
    let shrank = report.accepted == 0 || report.accepted * 2 < previous;
    if previous > 0 && shrank && !options.accept_shrink {
        return Err(Error::Suspicious {
            previous,
            now: report.accepted,
        });
    }
    Ok(())
}

/// Step 5: meetings the feed no longer lists are kept as tombstones (so favourites can say
/// "no longer listed"), then removed. Returns how many.
fn keep_tombstones(tx: &rusqlite::Transaction, id: &str, gone: PreviousRows) -> Result<u64> {
    let mut keep = tx.prepare(
        "INSERT OR REPLACE INTO tombstones (id, id_hash, source_id, name, removed_at, last_known)
         SELECT id, id_hash, ?2, name, ?3,
                json_object('name', name, 'program', program,
                            'weekday_mask', weekday_mask, 'start_minute', start_minute,
                            'duration_minutes', duration_minutes, 'timezone', timezone,
                            'location_name', location_name, 'address', address)
         FROM meetings WHERE rowid = ?1",
    )?;
    let mut unindex = tx.prepare(&format!(
        "INSERT INTO meeting_fts (meeting_fts, rowid, name, place, notes)
         SELECT 'delete', rowid, {FTS_COLUMNS} FROM meetings WHERE rowid = ?1"
    ))?;
    let mut remove = tx.prepare("DELETE FROM meetings WHERE rowid = ?1")?;
    let now = now_rfc3339();
    let mut removed = 0;
    for (_, (rowid, _)) in gone {
        keep.execute(params![rowid, id, now])?;
        unindex.execute([rowid])?;
        remove.execute([rowid])?;
        removed += 1;
    }
    Ok(removed)
}

/// Step 6: a meeting that came back is listed again (one index lookup per tombstone of this
/// source; nothing when it has none).
fn list_returned(tx: &rusqlite::Transaction, id: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM tombstones WHERE source_id = ?1 AND EXISTS (
             SELECT 1 FROM meetings m
             WHERE m.id_hash = tombstones.id_hash AND m.id = tombstones.id)",
        [id],
    )?;
    Ok(())
}

/// Step 7: a point shared by meetings at several different addresses is a placeholder (a
/// feed's default pin), not a place: it is dropped so it never counts for distance.
fn drop_placeholder_points(
    tx: &rusqlite::Transaction,
    id: &str,
    normalizer: &Normalizer,
    report: &mut ImportReport,
) -> Result<()> {
    for (lat, lon) in normalizer.crowded_points(PLACEHOLDER_ADDRESSES) {
        let n = tx.execute(
            "UPDATE meetings SET latitude = NULL, longitude = NULL, cell = NULL
             WHERE id >= ?1 || ':' AND id < ?1 || ';' AND latitude = ?2 AND longitude = ?3",
            params![id, lat, lon],
        )?;
        report.warn(
            None,
            WarningKind::CoordinatesRejected,
            Phrase::new(notes::PLACEHOLDER_POINT)
                .number("count", n)
                .text("point", format!("{lat},{lon}")),
        );
    }
    Ok(())
}

/// Step 8: the source's success; the zones its meetings are in (they bound how far a weekly
/// start placed with its zone's reference offset can be off, for the search); and the longest
/// meeting, which bounds how far back "in
/// progress" looks. That only ever grows (a removed source leaves it wider than needed, never
/// too narrow), so it is kept from the rows this import saw rather than by scanning the table.
fn record_success(
    tx: &rusqlite::Transaction,
    id: &str,
    format: FeedFormat,
    accepted: u64,
    longest: i64,
    zones: &rustc_hash::FxHashSet<String>,
) -> Result<()> {
    tx.execute(
        "UPDATE sources SET last_success_at = ?2, last_error = NULL, last_error_kind = NULL,
             meeting_count = ?3,
             format = ?4 WHERE id = ?1",
        params![id, now_rfc3339(), accepted as i64, format.as_str()],
    )?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('max_duration', ?1)
         ON CONFLICT (key) DO UPDATE
             SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
        [longest],
    )?;
    crate::directory::schema::add_zones(tx, zones.iter().map(String::as_str))?;
    Ok(())
}
