//! What the CSV formats (TSML CSV, NAWS CSV) share: a tolerant reader (rows of the wrong length
//! are read as far as they go, cells trimmed), a header row that must name the columns a
//! format cannot do without, and each row as a map from column to its non-empty cells. Blank
//! lines are skipped; a broken document (a quote never closed) fails the whole import.

use std::collections::HashMap;
use std::hash::Hash;
use std::io::Read;

use super::FeedError;

/// Reads a CSV feed of `format` ("TSML CSV"). `column` names a header cell (`None`: a column
/// the format ignores); the header must name every column in `required`, else the document
/// is refused with `missing` as the reason. `row` gets each row's index (0 = the first row
/// after the header) and its cells by column. (Reader and callbacks are `dyn`: one copy of
/// this per column type instead of one per reader and caller, which the phones' library
/// measures in kilobytes.)
pub(super) fn read_rows<K: Eq + Hash + Clone>(
    reader: &mut dyn Read,
    format: &'static str,
    column: &dyn Fn(&str) -> Option<K>,
    required: &[K],
    missing: &str,
    row: &mut dyn FnMut(usize, HashMap<K, String>) -> Result<(), FeedError>,
) -> Result<(), FeedError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(reader);
    let invalid = |detail: String| FeedError::InvalidDocument { format, detail };
    let headers = rdr.headers().map_err(|e| invalid(e.to_string()))?.clone();
    let columns: Vec<Option<K>> = headers
        .iter()
        .map(|h| column(h.trim_start_matches('\u{feff}').trim()))
        .collect();
    if !required
        .iter()
        .all(|r| columns.iter().any(|c| c.as_ref() == Some(r)))
    {
        return Err(invalid(missing.to_string()));
    }
    for (index, record) in rdr.records().enumerate() {
        let record = record.map_err(|e| invalid(e.to_string()))?;
        let mut cells = HashMap::new();
        for (i, cell) in record.iter().enumerate() {
            if let Some(Some(name)) = columns.get(i) {
                if !cell.is_empty() {
                    cells.insert(name.clone(), cell.to_string());
                }
            }
        }
        if !cells.is_empty() {
            row(index, cells)?;
        }
    }
    Ok(())
}
