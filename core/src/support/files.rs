//! Files and folders Waymark writes are its owner's alone.
//!
//! What Waymark keeps says a lot about a person even where it is not encrypted: which
//! fellowships' meetings they follow (the directory), what they wrote (journal exports), which
//! meetings they go to and when (calendar exports). So everything it writes is owner-only on
//! Unix, always: the data folder is `0700`; every file (the directory and its `-wal`, `-shm`
//! and `-journal` files, the vault and its passphrase settings, backups, exports) is `0600`.
//! A file that already exists is tightened when Waymark opens or overwrites it, since creating
//! a file with a mode does nothing to one that is already there.
//!
//! Everything goes through these helpers, so the CLI and the phones' bindings get the same
//! answer. SQLite gives a database's `-wal`, `-shm` and `-journal` files the mode of the
//! database file itself, so a database made private here keeps its companions private too.
//!
//! On other systems these are plain create and write calls (phones keep app data private to
//! the app already).

use std::io::Write;
use std::path::Path;

/// The mode of every file Waymark writes: read and write for its owner, nothing for others.
pub const PRIVATE_FILE_MODE: u32 = 0o600;

/// The mode of Waymark's data folder: only its owner may list or enter it.
pub const PRIVATE_DIR_MODE: u32 = 0o700;

/// Creates the folder `dir` (and any missing parents) readable by its owner only, and
/// tightens it to [`PRIVATE_DIR_MODE`] when it already exists.
///
/// A folder that cannot be tightened because it belongs to someone else (say `/tmp`) is left
/// as it is: the files Waymark puts in it are private in any case.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(PRIVATE_DIR_MODE);
    }
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)?.permissions().mode();
        if mode & 0o777 != PRIVATE_DIR_MODE {
            match std::fs::set_permissions(dir, std::fs::Permissions::from_mode(PRIVATE_DIR_MODE)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// Opens `path` for writing, empty, readable by its owner only: created with
/// [`PRIVATE_FILE_MODE`], or truncated and tightened to it before anything is written when it
/// already exists.
pub fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(PRIVATE_FILE_MODE);
    }
    let f = o.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(PRIVATE_FILE_MODE))?;
    }
    Ok(f)
}

/// Writes `bytes` to `path` (replacing what was there) readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = create_private(path)?;
    f.write_all(bytes)?;
    f.flush()
}

/// Makes a database file private before SQLite opens it: creates it empty with
/// [`PRIVATE_FILE_MODE`] when it does not exist, else tightens it and any `-wal`, `-shm` or
/// `-journal` file beside it. SQLite then gives the files it creates later the same mode.
pub fn prepare_private_database(path: &Path) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(PRIVATE_FILE_MODE);
    }
    o.open(path)?;
    tighten(path)?;
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut companion = path.as_os_str().to_owned();
        companion.push(suffix);
        tighten(Path::new(&companion))?;
    }
    Ok(())
}

/// Sets an existing file to [`PRIVATE_FILE_MODE`]; a missing file is fine.
fn tighten(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(path) {
            Ok(m) if m.permissions().mode() & 0o777 != PRIVATE_FILE_MODE => {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(PRIVATE_FILE_MODE))
            }
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the whole new one, never a
/// part: a private temporary file in the same folder, flushed to disk, then renamed over (so
/// the result is private even where an older file was not).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a file path", path.display()),
        )
    })?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let _ = std::fs::remove_file(&tmp);
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(PRIVATE_FILE_MODE);
        }
        let mut f = o.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn loosen(p: &Path, m: u32) {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    }

    #[test]
    fn new_and_existing_files_and_folders_end_up_owner_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/data");
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        loosen(&dir, 0o755);
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);

        let f = dir.join("export.md");
        std::fs::write(&f, "old and longer").unwrap();
        loosen(&f, 0o644);
        write_private(&f, b"new").unwrap();
        assert_eq!(mode(&f), 0o600);
        assert_eq!(std::fs::read(&f).unwrap(), b"new");

        let g = dir.join("backup.age");
        std::fs::write(&g, "old").unwrap();
        loosen(&g, 0o666);
        write_atomically(&g, b"new").unwrap();
        assert_eq!(mode(&g), 0o600);

        let db = dir.join("directory.sqlite");
        prepare_private_database(&db).unwrap();
        assert_eq!(mode(&db), 0o600);
        let wal = dir.join("directory.sqlite-wal");
        std::fs::write(&wal, "").unwrap();
        loosen(&db, 0o644);
        loosen(&wal, 0o644);
        prepare_private_database(&db).unwrap();
        assert_eq!((mode(&db), mode(&wal)), (0o600, 0o600));
    }
}
