//! No user-facing word is a string literal in the apps' Kotlin or Swift code, and every app
//! string is translated: the Kotlin/Swift half of the pseudo-locale proof (issue #17).
//!
//! **This is a static scan of the sources, not a run of the apps.** There is no Android SDK
//! and no Xcode on the machines that run `cargo test`, so nothing here draws a screen in a
//! pseudo-locale. What it does instead:
//!
//! 1. It lexes every Kotlin and Swift file the apps are built from ([`SOURCES`]: the Android
//!    app, the JVM wrapper's main sources, the SwiftUI app and WaymarkKit's sources; not the
//!    generated bindings, tests or benches) and fails on any string literal that looks
//!    user-facing ([`user_facing`]). What a person reads must come from the core (screen
//!    states, `WaymarkException`/`WaymarkError` messages, reminder texts), from Android string
//!    resources (`R.string`, `R.plurals`) or from iOS `Localizable.strings` /
//!    `Localizable.stringsdict` (`String(localized:)`, `NSLocalizedString`).
//! 2. It checks that every key the code names exists in the English resources, and that
//!    every English key exists in Welsh and Spanish with the same placeholders (Android
//!    `values-cy`/`values-es`, iOS `cy.lproj`/`es.lproj`), plural entries with every plural
//!    category the language has. `android_resources.rs` also links the Android resources with
//!    `aapt2` when it is installed; this test needs nothing but the sources.
//!
//! The heuristic is deliberately simple (see [`user_facing`]): a literal that contains a run
//! of two or more letters is user-facing unless it is "machine-shaped" (no spaces, only
//! lowercase ASCII letters, digits and the punctuation of keys, ids, file names, MIME types and
//! URLs) or is listed in [`ALLOWED`] with the reason it is not shown to anyone. It can be
//! fooled by a lowercase single word meant for people (`Text("save")`); it is not fooled by
//! comments, character literals or string templates.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{files, repo};

mod common;

/// The apps' own source folders, relative to the repository root. Generated bindings
/// (`src/generated`, `Generated/`), tests and benches are elsewhere and not scanned.
const SOURCES: [&str; 4] = [
    "android/app/src/main/kotlin",
    "android/waymark-jvm/src/main/kotlin",
    "ios/App",
    "ios/WaymarkKit/Sources",
];

/// Literals that contain a word but are never shown to a person. Keep this short: each entry
/// says what it is. Anything a person reads belongs in the resources instead.
const ALLOWED: &[&str] = &[
    // Android Keystore's provider name, passed to KeyStore and KeyGenerator (VaultKeyStore.kt).
    "AndroidKeyStore",
    // The cipher transformation that wraps the vault key (VaultKeyStore.kt).
    "AES/GCM/NoPadding",
];

/// The languages every app string is translated into, besides the default English.
const LOCALES: [&str; 2] = ["cy", "es"];

/// The plural categories each language uses (CLDR), which a plural entry must all have.
fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale {
        "cy" => &["zero", "one", "two", "few", "many", "other"],
        "es" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lang {
    Kotlin,
    Swift,
}

/// A string literal found in the code.
#[derive(Debug)]
struct Literal {
    /// 1-based line of its opening quote.
    line: usize,
    /// Its characters with escapes and interpolations each replaced by [`HOLE`].
    text: String,
    /// The code just before it (up to 40 characters), to tell a localisation key by its call.
    before: String,
}

/// Stands for an escape or an interpolated value: neither a letter nor a space.
const HOLE: char = '\u{FFFC}';

/// Every string literal in `src`, skipping comments and (Kotlin) character literals, and
/// descending into template expressions (`${…}`, `\(…)`), whose literals are listed too.
fn literals(src: &str, lang: Lang) -> Vec<Literal> {
    let mut lx = Lexer {
        s: src.chars().collect(),
        i: 0,
        line: 1,
        lang,
        out: Vec::new(),
    };
    lx.code(None);
    lx.out
}

struct Lexer {
    s: Vec<char>,
    i: usize,
    line: usize,
    lang: Lang,
    out: Vec<Literal>,
}

impl Lexer {
    fn at(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }

    fn starts(&self, pat: &str) -> bool {
        pat.chars().enumerate().all(|(k, c)| self.at(k) == Some(c))
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.at(0)?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Code up to the `close` that ends an interpolation (at depth 0), or to the end.
    fn code(&mut self, close: Option<char>) {
        let open = match close {
            Some('}') => Some('{'),
            Some(')') => Some('('),
            _ => None,
        };
        let mut depth = 0usize;
        while let Some(c) = self.at(0) {
            if self.starts("//") {
                while self.at(0).is_some_and(|c| c != '\n') {
                    self.bump();
                }
            } else if self.starts("/*") {
                // Both languages nest block comments.
                let mut nest = 0usize;
                while self.at(0).is_some() {
                    if self.starts("/*") {
                        nest += 1;
                        self.i += 2;
                    } else if self.starts("*/") {
                        nest -= 1;
                        self.i += 2;
                        if nest == 0 {
                            break;
                        }
                    } else {
                        self.bump();
                    }
                }
            } else if c == '"' || (self.lang == Lang::Swift && c == '#' && self.raw_start()) {
                self.string();
            } else if self.lang == Lang::Kotlin && c == '\'' {
                // A character literal: '"', '\'', '\u0041'.
                self.bump();
                if self.at(0) == Some('\\') {
                    self.bump();
                }
                self.bump();
                while self.at(0).is_some_and(|c| c != '\'' && c != '\n') {
                    self.bump();
                }
                self.bump();
            } else if Some(c) == close && depth == 0 {
                self.bump();
                return;
            } else {
                if Some(c) == open {
                    depth += 1;
                } else if Some(c) == close {
                    depth -= 1;
                }
                self.bump();
            }
        }
    }

    /// A Swift raw string starts here: `#"`, `##"`…
    fn raw_start(&self) -> bool {
        let mut k = 0;
        while self.at(k) == Some('#') {
            k += 1;
        }
        self.at(k) == Some('"')
    }

    fn string(&mut self) {
        let line = self.line;
        let before: String = {
            let from = self.i.saturating_sub(40);
            self.s[from..self.i].iter().collect()
        };
        let mut hashes = 0;
        while self.at(0) == Some('#') {
            hashes += 1;
            self.bump();
        }
        let triple = self.starts("\"\"\"");
        for _ in 0..if triple { 3 } else { 1 } {
            self.bump();
        }
        let closing: String = std::iter::repeat_n('"', if triple { 3 } else { 1 })
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        let escape: String = std::iter::once('\\')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        let mut text = String::new();
        while let Some(c) = self.at(0) {
            if self.starts(&closing) {
                for _ in 0..closing.chars().count() {
                    self.bump();
                }
                break;
            }
            if c == '\n' && !triple {
                break;
            }
            match self.lang {
                Lang::Kotlin => {
                    if c == '\\' && !triple {
                        self.bump();
                        if self.bump() == Some('u') {
                            self.i += 4;
                        }
                        text.push(HOLE);
                        continue;
                    }
                    if c == '$' && self.at(1) == Some('{') {
                        self.i += 2;
                        self.code(Some('}'));
                        text.push(HOLE);
                        continue;
                    }
                    if c == '$' && self.at(1).is_some_and(|c| c.is_alphabetic() || c == '_') {
                        self.bump();
                        while self.at(0).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            self.bump();
                        }
                        text.push(HOLE);
                        continue;
                    }
                }
                Lang::Swift => {
                    if self.starts(&escape) {
                        for _ in 0..escape.chars().count() {
                            self.bump();
                        }
                        match self.bump() {
                            Some('(') => self.code(Some(')')),
                            Some('u') if self.at(0) == Some('{') => {
                                while self.at(0).is_some_and(|c| c != '}') {
                                    self.bump();
                                }
                                self.bump();
                            }
                            _ => {}
                        }
                        text.push(HOLE);
                        continue;
                    }
                }
            }
            text.push(c);
            self.bump();
        }
        self.out.push(Literal { line, text, before });
    }
}

/// Two or more letters in a row: a word, in any script.
fn has_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_alphabetic() {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Shaped like a key, id, file name, MIME type, URL or URL prefix, never like a sentence: no
/// spaces, and only lowercase ASCII letters, digits, interpolations and `_ - . / : ? = & # , %`.
fn machine_shaped(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == HOLE || "_-./:?=&#,%".contains(c)
    })
}

/// The heuristic: a literal is user-facing when it contains a word ([`has_word`]), is not
/// machine-shaped ([`machine_shaped`]) and is not in `allowed`. So `"Meetings"`,
/// `"Paused until $date."` and `"Hide names"` are; `"$a · $b"` (no word), `"app_lock"`,
/// `"waymark://meeting/$id"`, `"text/calendar"` (machine-shaped) are not.
fn user_facing(text: &str, allowed: &[&str]) -> bool {
    has_word(text) && !machine_shaped(text) && !allowed.contains(&text)
}

/// The user-facing literals in one source text, as `line: "text"`.
fn findings(src: &str, lang: Lang, allowed: &[&str]) -> Vec<String> {
    literals(src, lang)
        .into_iter()
        .filter(|l| user_facing(&l.text, allowed))
        .map(|l| format!("{}: {:?}", l.line, l.text.replace(HOLE, "…")))
        .collect()
}

/// Every scanned source file: path relative to the repository, its language, its text.
fn sources() -> Vec<(PathBuf, Lang, String)> {
    let root = repo();
    let mut out = Vec::new();
    for dir in SOURCES {
        for (rel, bytes) in files(&root.join(dir)) {
            let lang = match rel.extension().and_then(|e| e.to_str()) {
                Some("kt") => Lang::Kotlin,
                Some("swift") => Lang::Swift,
                _ => continue,
            };
            let text = String::from_utf8(bytes).expect("sources are UTF-8");
            out.push((Path::new(dir).join(rel), lang, text));
        }
    }
    out
}

#[test]
fn no_user_facing_literal_in_the_kotlin_and_swift_sources() {
    let all = sources();
    // The scan sees the apps: both languages, and the literals they do use (keys, ids).
    assert!(all.iter().any(|(_, l, _)| *l == Lang::Kotlin));
    assert!(all.iter().any(|(_, l, _)| *l == Lang::Swift));
    let scanned: usize = all.iter().map(|(_, l, s)| literals(s, *l).len()).sum();
    assert!(
        scanned >= 20,
        "only {scanned} literals found: is the lexer broken?"
    );
    let found: Vec<String> = all
        .iter()
        .flat_map(|(path, lang, src)| {
            findings(src, *lang, ALLOWED)
                .into_iter()
                .map(move |f| format!("{}:{f}", path.display()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "{} user-facing literal(s) in app code; move them to the string resources \
         (Android res/values*/strings.xml, iOS Resources/*.lproj) or use the core's words:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scanner_catches_words_for_people_and_passes_keys_and_templates() {
    let kotlin = |src: &str, allowed: &[&str]| findings(src, Lang::Kotlin, allowed);
    let swift = |src: &str| findings(src, Lang::Swift, &[]);

    // A label for people is caught, wherever it is.
    assert_eq!(kotlin(r#"Text("Meetings")"#, &[]), ["1: \"Meetings\""]);
    assert_eq!(
        kotlin("val a = 1\nval b = \"\"\"Hello there\"\"\"", &[]),
        ["2: \"Hello there\""]
    );
    assert_eq!(
        kotlin(r#"Text("Paused until ${s.pausedUntil}.")"#, &[]).len(),
        1
    );
    // Inside a template's expression too.
    assert_eq!(
        kotlin(r#"Text("${h?.let { "Meet $it" } ?: ""}")"#, &[]),
        ["1: \"Meet …\""]
    );
    // A log tag is a word: allowed only through the allow-list.
    let log = "private const val TAG = \"Waymark\"\nLog.d(TAG, \"$n\")";
    assert_eq!(kotlin(log, &[]), ["1: \"Waymark\""]);
    assert!(kotlin(log, &["Waymark"]).is_empty());
    // Templates and formats without words, keys, ids, schemes, MIME types pass.
    for ok in [
        r#"Text("$x")"#,
        r#"Text("${m.a} · ${m.b}")"#,
        r#"prefs.getStringSet("ids", emptySet())"#,
        r#"Uri.parse("waymark://meeting/$id")"#,
        r#"setDataAndType(uri, "text/calendar")"#,
        r#"Uri.parse("geo:0,0?q=" + q)"#,
        r#"Text(stringResource(R.string.tab_meetings))"#,
    ] {
        assert!(kotlin(ok, &[]).is_empty(), "{ok}");
    }
    // Comments and character literals are not strings; a quote inside them fools nothing.
    assert_eq!(
        kotlin(
            "// Text(\"Not this\")\n/* nor \"this one\" /* nested */ */ s.replace('\"', ' ')\nText(\"Back\")",
            &[]
        ),
        ["3: \"Back\""]
    );

    // Swift: interpolations, raw strings, the localisation calls.
    assert_eq!(swift(r#"Text("Hello \(name)")"#), ["1: \"Hello …\""]);
    assert_eq!(swift(r##"let s = #"Raw "words" here"#"##).len(), 1);
    assert!(swift(r#".task(id: "\(text)|\(nowOnly)") {}"#).is_empty());
    assert!(
        swift(r#"Label(String(localized: "tab_meetings"), systemImage: "calendar")"#).is_empty()
    );
    assert!(swift(r#"URL(string: "http://maps.apple.com/?daddr=" + q)"#).is_empty());
    assert_eq!(
        swift("Button(\"Save\") { }\nText(\"\\(a): \\(b) days\")"),
        ["1: \"Save\"", "2: \"…: … days\""]
    );
}

// ---- The resources: every key translated, every key the code names defined. ----

/// One string resource: its plural items (`quantity` → text), or one item under `""`.
type Entries = BTreeMap<String, BTreeMap<String, String>>;

/// The `<string>` and `<plurals>` of an Android `strings.xml`, and the names marked
/// `translatable="false"`.
fn android_strings(xml: &str) -> (Entries, BTreeSet<String>) {
    let mut entries = Entries::new();
    let mut fixed = BTreeSet::new();
    let attr = |tag: &str, name: &str| -> Option<String> {
        let key = format!("{name}=\"");
        Some(tag.split_once(&key)?.1.split_once('"')?.0.to_string())
    };
    for (i, _) in xml.match_indices("<string ") {
        let tag = &xml[i..];
        let (attrs, rest) = tag.split_once('>').unwrap();
        let name = attr(attrs, "name").unwrap();
        if attrs.contains("translatable=\"false\"") {
            fixed.insert(name.clone());
        }
        let value = rest.split_once("</string>").unwrap().0;
        entries
            .entry(name)
            .or_default()
            .insert(String::new(), value.into());
    }
    for (i, _) in xml.match_indices("<plurals ") {
        let tag = &xml[i..];
        let (attrs, rest) = tag.split_once('>').unwrap();
        let name = attr(attrs, "name").unwrap();
        let body = rest.split_once("</plurals>").unwrap().0;
        let items = entries.entry(name).or_default();
        for item in body.split("<item ").skip(1) {
            let (attrs, rest) = item.split_once('>').unwrap();
            let value = rest.split_once("</item>").unwrap().0;
            items.insert(attr(attrs, "quantity").unwrap(), value.into());
        }
    }
    (entries, fixed)
}

/// The entries of an iOS `Localizable.strings` (`"key" = "value";`, comments skipped).
fn ios_strings(text: &str) -> Entries {
    let mut entries = Entries::new();
    let lits = literals(text, Lang::Swift);
    // Pairs of literals: key, value (the file's comments are skipped by the lexer).
    for pair in lits.chunks(2) {
        let [key, value] = pair else {
            panic!("a key without a value at line {}", pair[0].line)
        };
        assert!(
            key.line == value.line,
            "a key and its value on different lines near line {}",
            key.line
        );
        entries
            .entry(key.text.clone())
            .or_default()
            .insert(String::new(), value.text.clone());
    }
    entries
}

/// The entries of an iOS `Localizable.stringsdict`: each top-level key with its plural
/// items (`zero` … `other`) and its format (under `""`).
fn ios_stringsdict(xml: &str) -> Entries {
    let mut entries = Entries::new();
    let mut depth = 0;
    let mut current: Option<String> = None;
    let mut pending_key: Option<String> = None;
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').unwrap();
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        match tag {
            "dict" => depth += 1,
            "/dict" => depth -= 1,
            "key" => {
                let (k, after) = rest.split_once("</key>").unwrap();
                rest = after;
                if depth == 1 {
                    current = Some(k.to_string());
                    entries.entry(k.to_string()).or_default();
                } else {
                    pending_key = Some(k.to_string());
                }
            }
            "string" => {
                let (v, after) = rest.split_once("</string>").unwrap();
                rest = after;
                if let (Some(entry), Some(k)) = (&current, pending_key.take()) {
                    let slot = match k.as_str() {
                        "NSStringLocalizedFormatKey" => String::new(),
                        "NSStringFormatSpecTypeKey" | "NSStringFormatValueTypeKey" => continue,
                        q => q.to_string(),
                    };
                    entries.get_mut(entry).unwrap().insert(slot, v.to_string());
                }
            }
            _ => {}
        }
    }
    entries
}

/// The format placeholders in a text (`%1$s`, `%d`, `%@`, `%#@days@`…), `%%` left out.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'%') {
            i += 2;
            continue;
        }
        let start = i;
        i += 1;
        if chars.get(i) == Some(&'#') && chars.get(i + 1) == Some(&'@') {
            // A stringsdict variable: %#@name@.
            i += 2;
            while i < chars.len() && chars[i] != '@' {
                i += 1;
            }
            i += 1;
        } else {
            while i < chars.len() && (chars[i].is_ascii_digit() || "$l".contains(chars[i])) {
                i += 1;
            }
            i += 1;
        }
        out.insert(chars[start..i.min(chars.len())].iter().collect());
    }
    out
}

/// What is wrong with `translation` (of `locale`) against `english`: keys missing or extra,
/// placeholders that differ, plural categories missing. `fixed` keys need no translation.
fn compare(
    english: &Entries,
    translation: &Entries,
    locale: &str,
    fixed: &BTreeSet<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let all_placeholders = |items: &BTreeMap<String, String>| -> BTreeSet<String> {
        items.values().flat_map(|v| placeholders(v)).collect()
    };
    for (key, items) in english {
        if fixed.contains(key) {
            continue;
        }
        let Some(theirs) = translation.get(key) else {
            problems.push(format!("{key} ({locale}): missing"));
            continue;
        };
        if all_placeholders(items) != all_placeholders(theirs) {
            problems.push(format!(
                "{key} ({locale}): placeholders {:?}, English has {:?}",
                all_placeholders(theirs),
                all_placeholders(items)
            ));
        }
        let plural = items.contains_key("other");
        let wanted: &[&str] = if plural {
            plural_categories(locale)
        } else {
            &[]
        };
        for q in wanted {
            if !theirs.contains_key(*q) {
                problems.push(format!("{key} ({locale}): no \"{q}\" plural form"));
            }
        }
    }
    for key in translation.keys() {
        if !english.contains_key(key) || fixed.contains(key) {
            problems.push(format!("{key} ({locale}): not in English"));
        }
    }
    for (key, items) in english {
        if items.contains_key("other") {
            for q in plural_categories("en") {
                if !items.contains_key(*q) {
                    problems.push(format!("{key} (en): no \"{q}\" plural form"));
                }
            }
        }
    }
    problems
}

/// An unescaped apostrophe or quote in an Android string stops `aapt2` (which needs `\'`).
fn unescaped_quotes(entries: &Entries) -> Vec<String> {
    entries
        .iter()
        .flat_map(|(key, items)| items.values().map(move |v| (key, v)))
        .filter(|(_, v)| {
            let c: Vec<char> = v.chars().collect();
            (0..c.len()).any(|i| (c[i] == '\'' || c[i] == '"') && (i == 0 || c[i - 1] != '\\'))
        })
        .map(|(key, _)| format!("{key}: escape ' and \" as \\' and \\\""))
        .collect()
}

fn android_res() -> PathBuf {
    repo().join("android/app/src/main/res")
}

fn ios_res() -> PathBuf {
    repo().join("ios/App/Resources")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every problem with the Android strings: untranslated, mistranslated placeholders,
/// missing plural forms, unescaped quotes.
fn android_problems(res: &Path) -> Vec<String> {
    let (english, fixed) = android_strings(&read(&res.join("values/strings.xml")));
    let mut problems = unescaped_quotes(&english);
    for locale in LOCALES {
        let (theirs, _) = android_strings(&read(&res.join(format!("values-{locale}/strings.xml"))));
        problems.extend(compare(&english, &theirs, locale, &fixed));
        problems.extend(unescaped_quotes(&theirs));
    }
    problems
}

/// Every problem with the iOS strings, the same way.
fn ios_problems(res: &Path) -> Vec<String> {
    let load = |lproj: &str| -> Entries {
        let dir = res.join(format!("{lproj}.lproj"));
        let mut e = ios_strings(&read(&dir.join("Localizable.strings")));
        let dict = dir.join("Localizable.stringsdict");
        if dict.exists() {
            e.extend(ios_stringsdict(&read(&dict)));
        }
        e
    };
    let english = load("en");
    let mut problems = Vec::new();
    for locale in LOCALES {
        problems.extend(compare(&english, &load(locale), locale, &BTreeSet::new()));
    }
    problems
}

#[test]
fn every_app_string_is_in_welsh_and_spanish_with_the_same_placeholders() {
    let android = android_problems(&android_res());
    assert!(android.is_empty(), "Android strings: {android:#?}");
    let ios = ios_problems(&ios_res());
    assert!(ios.is_empty(), "iOS strings: {ios:#?}");
    // The checks see the strings, plurals included.
    let (english, _) = android_strings(&read(&android_res().join("values/strings.xml")));
    assert!(english.contains_key("unlock_title"));
    assert!(english.values().any(|items| items.contains_key("other")));
    let en = read(&ios_res().join("en.lproj/Localizable.strings"));
    assert!(ios_strings(&en).contains_key("unlock_reason"));
}

/// The names after `R.string.` / `R.plurals.` in Kotlin code.
fn resource_refs(src: &str) -> BTreeSet<String> {
    ["R.string.", "R.plurals."]
        .iter()
        .flat_map(|prefix| {
            src.match_indices(prefix).map(|(i, _)| {
                src[i + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
        })
        .collect()
}

/// The keys passed to `String(localized:)`, `NSLocalizedString` and the app's `appWords`
/// (Screens.swift) in Swift code.
fn localization_keys(src: &str) -> BTreeSet<String> {
    literals(src, Lang::Swift)
        .into_iter()
        .filter(|l| {
            let b = l.before.trim_end();
            b.ends_with("String(localized:")
                || b.ends_with("NSLocalizedString(")
                || b.ends_with("appWords(")
        })
        .map(|l| l.text)
        .collect()
}

#[test]
fn every_key_the_apps_name_is_defined_in_english() {
    let (android, _) = android_strings(&read(&android_res().join("values/strings.xml")));
    let en = ios_res().join("en.lproj");
    let mut ios = ios_strings(&read(&en.join("Localizable.strings")));
    // Plurals, where the app has any of its own (every count is the core's today).
    let dict = en.join("Localizable.stringsdict");
    if dict.exists() {
        ios.extend(ios_stringsdict(&read(&dict)));
    }
    let mut missing = Vec::new();
    let (mut kotlin_refs, mut swift_keys) = (0, 0);
    for (path, lang, src) in sources() {
        let (used, defined) = match lang {
            Lang::Kotlin => (resource_refs(&src), &android),
            Lang::Swift => (localization_keys(&src), &ios),
        };
        match lang {
            Lang::Kotlin => kotlin_refs += used.len(),
            Lang::Swift => swift_keys += used.len(),
        }
        missing.extend(
            used.into_iter()
                .filter(|k| !defined.contains_key(k))
                .map(|k| format!("{}: {k}", path.display())),
        );
    }
    // The manifest names strings too.
    let manifest = read(&repo().join("android/app/src/main/AndroidManifest.xml"));
    for (i, _) in manifest.match_indices("@string/") {
        let name: String = manifest[i + 8..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !android.contains_key(&name) {
            missing.push(format!("AndroidManifest.xml: {name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "keys with no English text: {missing:#?}"
    );
    assert!(
        kotlin_refs > 10 && swift_keys > 10,
        "{kotlin_refs} {swift_keys}"
    );
}

#[test]
fn a_missing_translation_a_plural_form_or_a_placeholder_is_caught() {
    let english = "<resources>\n<string name=\"app_name\" translatable=\"false\">Waymark</string>\n\
        <string name=\"back\">Back</string>\n<string name=\"meet\">Meet %1$s</string>\n\
        <plurals name=\"days\"><item quantity=\"one\">%d day</item><item quantity=\"other\">%d days</item></plurals>\n</resources>";
    let (en, fixed) = android_strings(english);
    assert_eq!(fixed, BTreeSet::from(["app_name".to_string()]));
    let es_ok = "<resources><string name=\"back\">Atrás</string><string name=\"meet\">Con %1$s</string>\
        <plurals name=\"days\"><item quantity=\"one\">%d día</item><item quantity=\"many\">%d días</item><item quantity=\"other\">%d días</item></plurals></resources>";
    assert!(compare(&en, &android_strings(es_ok).0, "es", &fixed).is_empty());
    // Welsh without "back", with a lost placeholder and only two plural forms.
    let cy = "<resources><string name=\"meet\">Cwrdd</string>\
        <plurals name=\"days\"><item quantity=\"one\">%d diwrnod</item><item quantity=\"other\">%d diwrnod</item></plurals></resources>";
    let problems = compare(&en, &android_strings(cy).0, "cy", &fixed);
    assert!(
        problems.contains(&"back (cy): missing".to_string()),
        "{problems:?}"
    );
    assert!(problems
        .iter()
        .any(|p| p.starts_with("meet (cy): placeholders")));
    for q in ["zero", "two", "few", "many"] {
        assert!(problems.contains(&format!("days (cy): no \"{q}\" plural form")));
    }
    assert_eq!(
        unescaped_quotes(&android_strings("<string name=\"x\">You'll see</string>").0),
        ["x: escape ' and \" as \\' and \\\""]
    );
    assert!(
        unescaped_quotes(&android_strings("<string name=\"x\">You\\'ll see</string>").0).is_empty()
    );

    // iOS: a key missing from a translation, and the stringsdict's plural forms.
    let en = ios_strings("/* Back */\n\"back\" = \"Back\";\n\"save\" = \"Save\";\n");
    let es = ios_strings("\"back\" = \"Atrás\";\n");
    assert_eq!(
        compare(&en, &es, "es", &BTreeSet::new()),
        ["save (es): missing"]
    );
    let dict = "<plist><dict><key>days</key><dict>\
        <key>NSStringLocalizedFormatKey</key><string>%#@n@</string>\
        <key>n</key><dict><key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string>\
        <key>NSStringFormatValueTypeKey</key><string>ld</string>\
        <key>one</key><string>%ld day</string><key>other</key><string>%ld days</string></dict>\
        </dict></dict></plist>";
    let parsed = ios_stringsdict(dict);
    assert_eq!(
        parsed["days"].keys().collect::<Vec<_>>(),
        ["", "one", "other"]
    );
    assert_eq!(
        compare(&parsed, &parsed, "es", &BTreeSet::new()),
        ["days (es): no \"many\" plural form"]
    );
}
