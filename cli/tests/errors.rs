//! The CLI's errors in the language asked for: the core's words from Fluent, and the flag
//! that fixes them kept as it is.

mod common;

use common::{one_line_error, run};

#[test]
fn an_error_comes_in_spanish_with_its_flag_when_asked_in_spanish() {
    let data = tempfile::tempdir().unwrap();
    let feeds = tempfile::tempdir().unwrap();
    let junk = feeds.path().join("notas.txt");
    std::fs::write(&junk, "solo unas palabras").unwrap();
    let args = ["source", "add", junk.to_str().unwrap()];

    let es = run(
        data.path(),
        &[&["--locale", "es"][..], &args].concat(),
        &[],
        None,
    );
    assert_eq!(es.status.code(), Some(2), "a usage error");
    let err = one_line_error(&es);
    assert!(err.contains("No se reconoce el formato de"), "{err}");
    assert!(err.contains("notas.txt"), "{err}");
    assert!(
        err.contains("indique --format meeting-guide, bmlt, tsml-csv o naws-csv"),
        "{err}"
    );
    assert!(
        !err.contains('\u{2068}'),
        "no isolation marks on a terminal: {err:?}"
    );

    // The same mistake with the system in Welsh and no --locale: Welsh.
    let cy = run(data.path(), &args, &[("LANG", "cy_GB.UTF-8")], None);
    let err = one_line_error(&cy);
    assert!(err.contains("Does dim modd dweud beth yw fformat"), "{err}");
    assert!(err.contains("--format"), "{err}");

    // Nothing was added either way.
    let sources = run(data.path(), &["source", "list", "--json"], &[], None);
    let list: serde_json::Value = serde_json::from_slice(&sources.stdout).unwrap_or_default();
    assert!(
        list.as_array().is_none_or(Vec::is_empty),
        "{}",
        String::from_utf8_lossy(&sources.stdout)
    );
}

#[test]
fn a_date_in_the_future_is_explained_in_welsh_and_nothing_is_saved() {
    let data = tempfile::tempdir().unwrap();
    // The first private command creates the vault (and says so).
    let before = run(data.path(), &["sober", "list", "--json"], &[], None);
    assert!(before.status.success());
    let out = run(
        data.path(),
        &["--locale", "cy", "sober", "add", "2999-01-01"],
        &[],
        None,
    );
    let err = one_line_error(&out);
    assert!(
        err.contains("Mae'r dyddiad hwnnw yn y dyfodol; dewiswch heddiw neu ddiwrnod cyn hynny"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2), "{err}");
    let list = run(data.path(), &["sober", "list", "--json"], &[], None);
    let dates: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(dates.as_array().map(Vec::len), Some(0), "{dates}");
}
