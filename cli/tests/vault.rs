//! The vault through the real `waymark` binary: the CLI contract of issue #4, and the security
//! tests (nothing a person wrote is readable in any file, wrong passphrases and damaged
//! backups change nothing, export round-trips).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

use common::meeting_feed;
use serde_json::Value;

use common::{checkin_args, ok, ok_json, one_line_error, run};

mod common;

/// What a person writes; it must never be readable outside the vault.
const PHRASE: &str = "Quillfeather lighthouse confession";

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// No file in `dir` holds any word of the phrase (as typed or lower-cased, as the index keeps
/// words).
fn assert_phrase_absent(dir: &Path) {
    for (name, bytes) in files(dir) {
        for word in PHRASE.split(' ').chain(PHRASE.to_lowercase().split(' ')) {
            assert!(
                !contains(&bytes, word.as_bytes()),
                "{word:?} readable in {name}"
            );
        }
    }
}

#[test]
fn favorites_stay_when_their_meeting_leaves_the_feed() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let feed = d.join("feed.json");
    std::fs::write(
        &feed,
        meeting_feed(&[
            ("tue-lunch", "Tuesday Lunch Group"),
            ("tue-eve", "Hope on Tuesday"),
        ]),
    )
    .unwrap();
    ok(
        d,
        &["source", "add", feed.to_str().unwrap(), "--name", "wales"],
    );
    ok(d, &["sync"]);
    let out = ok(d, &["favorite", "add", "wales:tue-eve"]);
    assert!(out.contains("Hope on Tuesday"), "{out}");
    let out = ok(d, &["favorite", "add", "wales:tue-eve"]);
    assert!(out.contains("already"), "{out}");
    let err = one_line_error(&run(d, &["favorite", "add", "wales:nope"], &[], None));
    assert!(err.contains("no meeting"), "{err}");

    let list = ok_json(d, &["favorite", "list", "--json"]);
    assert_eq!(list[0]["status"], "listed");
    assert_eq!(list[0]["meeting"]["name"], "Hope on Tuesday");

    // The feed drops the meeting: the favourite stays, with its last known details.
    std::fs::write(&feed, meeting_feed(&[("tue-lunch", "Tuesday Lunch Group")])).unwrap();
    ok(d, &["sync"]);
    let list = ok_json(d, &["favorite", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["status"], "no_longer_listed");
    assert!(list[0]["unlisted_since"].is_string());
    assert_eq!(list[0]["meeting"]["name"], "Hope on Tuesday");
    assert_eq!(list[0]["meeting"]["start_minute"], 19 * 60);
    // The My meetings screen's words: the meeting stays, with a calm note.
    let text = ok(d, &["favorite", "list"]);
    assert!(text.starts_with("My meetings\n"), "{text}");
    assert!(text.contains("Hope on Tuesday"), "{text}");
    assert!(
        text.contains("Its group's list stopped showing it on")
            && text.contains("These are the last details we had."),
        "{text}"
    );
    // In Welsh: the My meetings screen's title and note; the JSON is the same in any locale.
    let cy = ok(d, &["--locale", "cy", "favorite", "list"]);
    assert!(cy.starts_with("Fy nghyfarfodydd\n"), "{cy}");
    assert!(cy.contains("Hope on Tuesday"), "{cy}");
    assert!(
        cy.contains("Mae rhestr y grŵp wedi peidio â'i ddangos ers"),
        "{cy}"
    );
    assert!(!cy.contains("listed"), "{cy}");
    assert_eq!(
        ok_json(d, &["--locale", "cy", "favorite", "list", "--json"]),
        list
    );
    let err = one_line_error(&run(d, &["favorite", "add", "wales:tue-eve"], &[], None));
    assert!(err.contains("no longer listed"), "{err}");

    ok(d, &["favorite", "remove", "wales:tue-eve"]);
    assert_eq!(
        ok_json(d, &["favorite", "list", "--json"]),
        serde_json::json!([])
    );
    // The directory file is not where favourites live.
    let dir_bytes = std::fs::read(d.join("directory.sqlite")).unwrap();
    assert!(!contains(&dir_bytes, b"favorites"));
}

#[test]
fn journal_and_sobriety_dates_through_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    // TEXT from standard input when it is left out.
    let out = run(
        d,
        &checkin_args(
            "2",
            "6",
            &["--halt", "lonely,tired", "--tag", "evening", "--json"],
        ),
        &[],
        Some(&format!("{PHRASE}\nsecond line\n")),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Created your private vault"), "{stderr}");
    assert!(!stderr.contains("Quillfeather"));
    let added: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = added["id"].as_str().unwrap().to_string();
    assert_eq!(added["mood"], 2);
    assert_eq!(added["halt"]["lonely"], true);
    // `journal add` does not echo what was written.
    let plain = ok(
        d,
        &[
            "journal",
            "add",
            "--kind",
            "gratitude",
            "--grateful",
            "a walk by the sea",
            "--grateful",
            "my sponsor",
        ],
    );
    assert!(!plain.contains("walk"), "{plain}");

    let list = ok_json(d, &["journal", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[1]["id"], id.as_str(), "newest first");
    // `journal list` in Spanish: the Journal screen's day heading, kinds and previews, each
    // entry's id; --tag and --kind still choose the entries; the JSON is the same in any locale.
    let es = ok(d, &["--locale", "es", "journal", "list"]);
    assert!(es.starts_with("Diario\n\nHoy\n"), "{es}");
    assert!(
        es.contains("Registro del día") && es.contains("Gratitud"),
        "{es}"
    );
    assert!(es.contains("Quillfeather"), "{es}");
    assert!(es.lines().any(|l| l.trim() == id), "{es}");
    let tagged = ok(
        d,
        &["--locale", "es", "journal", "list", "--tag", "evening"],
    );
    assert!(tagged.contains("Registro del día"), "{tagged}");
    assert!(!tagged.contains("Gratitud"), "{tagged}");
    let none = ok(
        d,
        &["--locale", "es", "journal", "list", "--tag", "nowhere"],
    );
    assert!(none.contains("Ninguna entrada coincide"), "{none}");
    assert_eq!(
        ok_json(d, &["--locale", "es", "journal", "list", "--json"]),
        list
    );
    let empty = tempfile::tempdir().unwrap();
    let es = ok(empty.path(), &["--locale", "es", "journal", "list"]);
    assert!(es.contains("Aún no has escrito nada"), "{es}");
    let found = ok_json(d, &["journal", "search", "quillfeather", "--json"]);
    assert_eq!(found[0]["id"], id.as_str());
    let found = ok_json(d, &["journal", "search", "sponsor", "--json"]);
    assert_eq!(found[0]["kind"], "gratitude");
    let shown = ok(d, &["journal", "show", &id]);
    assert!(
        shown.contains("HALT: lonely, tired") && shown.contains(PHRASE),
        "{shown}"
    );

    let deleted = ok_json(d, &["journal", "delete", &id, "--json"]);
    assert!(deleted["deleted_at"].is_string());
    assert_eq!(
        ok_json(d, &["journal", "search", "quillfeather", "--json"]),
        serde_json::json!([])
    );
    assert_eq!(
        ok_json(d, &["journal", "trash", "--json"])[0]["id"],
        id.as_str()
    );
    ok(d, &["journal", "restore", &id]);
    assert_eq!(
        ok_json(d, &["journal", "search", "quillfeather", "--json"])[0]["id"],
        id.as_str()
    );

    let err = one_line_error(&run(d, &["journal", "add", "--mood", "9", "x"], &[], None));
    assert!(err.contains("1 to 5"), "{err}");
    let err = one_line_error(&run(d, &["journal", "show", "nope"], &[], None));
    assert!(err.contains("no journal entry"), "{err}");

    // Sobriety dates: day counts and milestones in the person's calendar.
    ok(d, &["sober", "add", "2026-08-24", "--label", "Alcohol"]);
    let list = ok_json(d, &["sober", "list", "--json", "--today", "2026-11-22"]);
    assert_eq!(list[0]["days"], 90);
    assert_eq!(list[0]["milestone_today"]["label"], "90 days");
    assert_eq!(list[0]["next_milestone"]["label"], "6 months");
    assert_eq!(list[0]["next_milestone"]["date"], "2027-02-24");
    // In Welsh: the same card in the Sobriety dates screen's words; the JSON is unchanged.
    let cy = ok(
        d,
        &["--locale", "cy", "sober", "list", "--today", "2026-11-22"],
    );
    assert!(cy.starts_with("Dyddiadau sobrwydd\n"), "{cy}");
    assert!(
        cy.contains("90 diwrnod") && cy.contains("Ers 24 Awst 2026"),
        "{cy}"
    );
    assert!(cy.contains("Heddiw mae'n 90 diwrnod."), "{cy}");
    assert!(!cy.contains("days"), "{cy}");
    assert_eq!(
        ok_json(
            d,
            &[
                "--locale",
                "cy",
                "sober",
                "list",
                "--json",
                "--today",
                "2026-11-22"
            ]
        ),
        list
    );
    let text = ok(d, &["sober", "list", "--today", "2026-11-22"]);
    // The Sobriety dates screen's card, counted on --today.
    assert!(
        text.contains("90 days") && text.contains("Today marks 90 days"),
        "{text}"
    );
    assert!(text.contains("Since 24 Aug 2026"), "{text}");
    assert!(
        text.contains("Next: 6 months on Wed 24 Feb (in 94 days)"),
        "{text}"
    );
    let sid = list[0]["id"].as_str().unwrap().to_string();
    let reset = ok(d, &["sober", "set", &sid, "2026-11-20"]);
    assert!(!reset.to_lowercase().contains("lost") && !reset.to_lowercase().contains("relapse"));
    let list = ok_json(d, &["sober", "list", "--json", "--today", "2026-11-22"]);
    assert_eq!(list[0]["days"], 2);
    assert_eq!(list[0]["label"], "Alcohol");
    let err = one_line_error(&run(d, &["sober", "add", "2999-01-01"], &[], None));
    assert!(err.contains("future"), "{err}");

    let md = ok(d, &["journal", "export", "--format", "markdown"]);
    assert!(
        md.contains(PHRASE) && md.contains("Check-in") && md.contains("Alcohol"),
        "{md}"
    );

    // Nothing written is readable in any file of the data folder.
    assert_phrase_absent(d);
}

#[test]
fn wrong_passphrase_exits_with_one_line_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(d, &["journal", "add", PHRASE]);
    let before = files(d);
    let out = run(
        d,
        &["journal", "list"],
        &[("WAYMARK_PASSPHRASE", "not it")],
        None,
    );
    let err = one_line_error(&out);
    assert!(err.contains("wrong passphrase"), "{err}");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(files(d), before);
    // No passphrase and no terminal: a clear line, not a hang.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    let out = cmd
        .arg("--data-dir")
        .arg(d)
        .args(["journal", "list"])
        .env_remove("WAYMARK_PASSPHRASE")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = one_line_error(&out);
    assert!(err.contains("WAYMARK_PASSPHRASE"), "{err}");
    // A new passphrase works, the old one stops working.
    let err = one_line_error(&run(d, &["vault", "change-passphrase"], &[], None));
    assert!(err.contains("WAYMARK_NEW_PASSPHRASE"), "{err}");
    let out = run(
        d,
        &["vault", "change-passphrase"],
        &[("WAYMARK_NEW_PASSPHRASE", "the new one is long")],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    one_line_error(&run(d, &["journal", "list"], &[], None));
    let out = run(
        d,
        &["journal", "list", "--json"],
        &[("WAYMARK_PASSPHRASE", "the new one is long")],
        None,
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Quillfeather"));
}

#[test]
fn backup_restores_on_a_new_phone_and_damage_imports_nothing() {
    let old = tempfile::tempdir().unwrap();
    let o = old.path();
    ok(o, &["journal", "add", "--tag", "step4", PHRASE]);
    ok(o, &checkin_args("4", "1", &[]));
    ok(o, &["sober", "add", "2025-01-01", "--label", "Alcohol"]);
    let out_dir = tempfile::tempdir().unwrap();
    let backup = out_dir.path().join("waymark.backup");
    let msg = ok(o, &["backup", "create", backup.to_str().unwrap()]);
    assert!(msg.contains("2 journal entries"), "{msg}");
    let bytes = std::fs::read(&backup).unwrap();
    assert_phrase_absent(out_dir.path());
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));

    let new = tempfile::tempdir().unwrap();
    let n = new.path();
    let other_vault = [("WAYMARK_PASSPHRASE", "the new phone's passphrase")];
    let list = |env: &[(&str, &str)]| -> Value {
        let out = run(n, &["journal", "list", "--json"], env, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(list(&other_vault), serde_json::json!([]));

    // Wrong backup passphrase: one line, nothing imported.
    let out = run(
        n,
        &["backup", "restore", backup.to_str().unwrap()],
        &[
            other_vault[0],
            ("WAYMARK_BACKUP_PASSPHRASE", "not the passphrase"),
        ],
        None,
    );
    let err = one_line_error(&out);
    assert!(err.contains("wrong backup passphrase"), "{err}");
    assert_eq!(list(&other_vault), serde_json::json!([]));

    // Truncated and bit-flipped copies: refused, nothing imported.
    let cut = out_dir.path().join("cut.backup");
    std::fs::write(&cut, &bytes[..bytes.len() - 20]).unwrap();
    let mut flipped_bytes = bytes.clone();
    let at = bytes.len() - 40;
    flipped_bytes[at] ^= 0x10;
    let flipped = out_dir.path().join("flipped.backup");
    std::fs::write(&flipped, &flipped_bytes).unwrap();
    for bad in [&cut, &flipped] {
        let out = run(
            n,
            &["backup", "restore", bad.to_str().unwrap()],
            &other_vault,
            None,
        );
        let err = one_line_error(&out);
        assert!(err.contains("nothing was restored"), "{err}");
        assert_eq!(list(&other_vault), serde_json::json!([]));
    }

    // The real thing, twice: no duplicates.
    for _ in 0..2 {
        let out = run(
            n,
            &["backup", "restore", backup.to_str().unwrap()],
            &other_vault,
            None,
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let restored = list(&other_vault);
    let original = ok_json(o, &["journal", "list", "--json"]);
    assert_eq!(restored, original);
    let out = run(n, &["sober", "list", "--json"], &other_vault, None);
    let dates: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dates[0]["label"], "Alcohol");
    assert_phrase_absent(n);
}

#[test]
fn json_export_round_trips_through_an_empty_vault() {
    let a = tempfile::tempdir().unwrap();
    ok(
        a.path(),
        &[
            "journal",
            "add",
            "--kind",
            "gratitude",
            "--grateful",
            "tea",
            "--tag",
            "home",
            "--tag",
            "Morning",
        ],
    );
    ok(
        a.path(),
        &[
            "journal",
            "add",
            "--kind",
            "meeting",
            "--meeting",
            "wales:tue-eve",
            "Felt welcome.",
        ],
    );
    ok(
        a.path(),
        &[
            "journal", "add", "--kind", "checkin", "--mood", "5", "--halt", "h",
        ],
    );
    ok(a.path(), &["sober", "add", "2024-02-29"]);
    let export = a.path().join("export.json");
    ok(
        a.path(),
        &[
            "journal",
            "export",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ],
    );

    let b = tempfile::tempdir().unwrap();
    ok(b.path(), &["backup", "restore", export.to_str().unwrap()]);
    let first: Value = serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
    let again: Value =
        serde_json::from_str(&ok(b.path(), &["journal", "export", "--format", "json"])).unwrap();
    assert_eq!(first["journal"], again["journal"]);
    assert_eq!(first["sobriety"], again["sobriety"]);
    assert_eq!(first["journal"].as_array().unwrap().len(), 3);
    assert_eq!(
        first["journal"][0]["tags"],
        serde_json::json!(["home", "Morning"])
    );
}

#[test]
fn a_short_passphrase_creates_no_vault_and_text_as_an_argument_is_warned_about() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let out = run(
        d,
        &["journal", "add", "--kind", "note"],
        &[("WAYMARK_PASSPHRASE", "x")],
        Some("hello"),
    );
    let err = one_line_error(&out);
    assert!(err.contains("at least 8 characters"), "{err}");
    assert!(!d.join("vault.sqlite").exists());
    // Typed on the command line: saved, with a word about who can see it.
    let out = run(d, &["journal", "add", PHRASE], &[], None);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("can be seen by other users"), "{err}");
    // From standard input: no such warning.
    let out = run(d, &["journal", "add"], &[], Some("quietly written"));
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("can be seen"));
}

#[test]
fn a_planted_restore_file_changes_no_car_pool_or_discreet_setting() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    ok(d, &["journal", "add", "--kind", "note", "first words here"]);
    let planted = d.join("planted.json");
    std::fs::write(
        &planted,
        serde_json::json!({
            "format": "waymark-vault-export", "version": 1,
            "exported_at": "2026-05-02T08:00:00+02:00",
            "journal": [], "favorites": [], "sobriety": [],
            "settings": {
                "rides.device": {"device_id": "planted", "secret": "planted-secret"},
                "reminders.discreet": false
            }
        })
        .to_string(),
    )
    .unwrap();
    let out = ok(d, &["backup", "restore", planted.to_str().unwrap()]);
    assert!(out.contains("rides.device"), "{out}");
    assert!(out.contains("never makes reminders less discreet"), "{out}");
    let export = ok(d, &["journal", "export", "--format", "json"]);
    assert!(!export.contains("planted"), "{export}");
    let list = ok_json(d, &["remind", "list", "--json"]);
    assert_eq!(list["discreet"], Value::Bool(true), "{list}");
}
