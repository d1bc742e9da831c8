//! Reading a local feed file within its size limit and recognising which format it is in.

use super::*;
/// Refuses a file larger than `max` bytes with a message saying how large may be.
pub(super) fn check_size(len: u64, max: u64) -> Result<()> {
    if len > max {
        return Err(Error::invalid_with(
            msg::FILE_TOO_LARGE,
            [
                ("size", len.div_ceil(1024 * 1024).into()),
                ("max", (max / (1024 * 1024)).into()),
            ],
        ));
    }
    Ok(())
}

/// A whole text file of at most `max` bytes.
pub(super) fn read_capped(path: &Path, max: u64) -> Result<String> {
    let file = File::open(path)
        .map_err(|e| Error::not_found_with(msg::FILE_UNREADABLE, unreadable(path, &e)))?;
    check_size(file.metadata()?.len(), max)?;
    let mut s = String::new();
    file.take(max + 1)
        .read_to_string(&mut s)
        .map_err(|e| Error::invalid_with(msg::FILE_UNREADABLE, unreadable(path, &e)))?;
    check_size(s.len() as u64, max)?;
    Ok(s)
}

/// The values of [`msg::FILE_UNREADABLE`]: the path as given and the system's reason.
pub(super) fn unreadable(
    path: &Path,
    e: &std::io::Error,
) -> [(&'static str, crate::support::error::Value); 2] {
    [
        ("path", path.display().to_string().into()),
        ("detail", e.to_string().into()),
    ]
}

pub(super) fn detect_file(path: &Path) -> Result<FeedFormat> {
    let mut head = vec![0u8; 4096];
    let mut f = File::open(path)
        .map_err(|e| Error::not_found_with(msg::FILE_UNREADABLE, unreadable(path, &e)))?;
    let n = f.read(&mut head)?;
    head.truncate(n);
    let text = String::from_utf8_lossy(&head);
    if text.contains("\"key_string\"")
        && text.contains("\"world_id\"")
        && !text.contains("\"id_bigint\"")
    {
        return Err(Error::FormatsFileAsFeed {
            subject: path.display().to_string(),
        });
    }
    if text.contains("\"parent_id\"") && !text.contains("\"id_bigint\"") {
        return Err(Error::invalid_with(
            msg::SERVICE_BODIES,
            [("subject", path.display().to_string().into())],
        ));
    }
    FeedFormat::detect(&head).ok_or_else(|| Error::UnknownFormat {
        subject: path.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_unknown_shape_or_a_formats_list_is_a_typed_error_without_flags() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("notes.txt");
        std::fs::write(&junk, "just some words, not a feed").unwrap();
        let err = detect_file(&junk).unwrap_err();
        assert!(
            matches!(&err, Error::UnknownFormat { subject } if subject.ends_with("notes.txt")),
            "{err:?}"
        );
        assert!(!err.to_string().contains("--"), "{err}");

        let formats = dir.path().join("formats.json");
        std::fs::write(
            &formats,
            r#"[{"key_string":"O","name_string":"Open","world_id":"OPEN","id":"17"}]"#,
        )
        .unwrap();
        let err = detect_file(&formats).unwrap_err();
        assert!(
            matches!(&err, Error::FormatsFileAsFeed { subject } if subject.ends_with("formats.json"))
                && err.to_string().contains("not a list of meetings"),
            "{err:?}"
        );
        assert!(!err.to_string().contains("--"), "{err}");
    }
}
