//! Reading a local feed file within its size limit and recognising which format it is in.

use super::*;
/// Refuses a file larger than `max` bytes with a message saying how large may be.
pub(super) fn check_size(len: u64, max: u64, what: &str) -> Result<()> {
    if len > max {
        return Err(Error::invalid(format!(
            "this {what} is {} MB; Waymark reads up to {} MB",
            len.div_ceil(1024 * 1024),
            max / (1024 * 1024)
        )));
    }
    Ok(())
}

/// A whole text file of at most `max` bytes.
pub(super) fn read_capped(path: &Path, max: u64, what: &str) -> Result<String> {
    let file = File::open(path)
        .map_err(|e| Error::NotFound(format!("cannot read {what} {}: {e}", path.display())))?;
    check_size(file.metadata()?.len(), max, what)?;
    let mut s = String::new();
    file.take(max + 1)
        .read_to_string(&mut s)
        .map_err(|e| Error::invalid(format!("cannot read {what} {}: {e}", path.display())))?;
    check_size(s.len() as u64, max, what)?;
    Ok(s)
}

pub(super) fn detect_file(path: &Path) -> Result<FeedFormat> {
    let mut head = vec![0u8; 4096];
    let mut f = File::open(path)
        .map_err(|e| Error::NotFound(format!("cannot open {}: {e}", path.display())))?;
    let n = f.read(&mut head)?;
    head.truncate(n);
    let text = String::from_utf8_lossy(&head);
    if text.contains("\"key_string\"")
        && text.contains("\"world_id\"")
        && !text.contains("\"id_bigint\"")
    {
        return Err(Error::invalid(format!(
            "{} is a BMLT GetFormats answer, not a list of meetings: give it with --bmlt-formats",
            path.display()
        )));
    }
    if text.contains("\"parent_id\"") && !text.contains("\"id_bigint\"") {
        return Err(Error::invalid(format!(
            "{} looks like a BMLT GetServiceBodies answer, not a list of meetings",
            path.display()
        )));
    }
    FeedFormat::detect(&head).ok_or_else(|| {
        Error::invalid(format!(
            "cannot tell the format of {}: say --format meeting-guide, bmlt or tsml-csv",
            path.display()
        ))
    })
}
