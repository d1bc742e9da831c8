//! Meeting type codes: one normalised vocabulary across programs and feed formats.
//!
//! Feeds do not declare their program, and the same code means different things per program:
//! `Y` is Young People in AA but Alateen in Al-Anon; `POA` is Proof of Attendance in AA but
//! Parents of Alcoholics in Al-Anon. So every source is configured with its program, and raw
//! codes are mapped to *canonical* codes here, per program. Canonical codes are the Meeting
//! Guide spec codes (AA meanings) plus a few extra codes for meanings the spec lacks (`ALATEEN`,
//! `PARENTS`, NA literature codes, `ONL`, `HY`). Names for the UI are data, compiled in:
//!
//! - `core/data/spec-types*.json`: the spec's `types.json` in its nine languages;
//! - `core/data/extra-types.json`: our extra codes in English, Spanish and French, and in the
//!   spec's other languages only where the spec's own wording gives the word (Alateen in
//!   Japanese from the spec's "Concurrent with Alateen", "online" in Thai from its "Digital
//!   Basket"); the rest fall back to English;
//! - `core/data/types-cy.json`: Welsh for every code, spec and extra (a draft until a native
//!   speaker reviews it, see `locales/README.md`).
//!
//! Which language a list shows is [`names_language`]: the query's explicit type language, else
//! the language the screen is worded in (its locale), else English.
//!
//! BMLT servers use their own key strings; they are mapped through the format's `world_id`
//! (NAWS codes) and then through the NA table below.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// Languages the type table carries names in: the spec's nine, and Welsh.
pub const TYPE_LANGUAGES: &[&str] = &["en", "es", "fr", "ja", "nl", "pt", "sk", "sv", "th", "cy"];

type Names = std::collections::HashMap<String, String>;

struct Catalog {
    names: HashMap<String, Names>,
    /// Lower-cased name → code, for feeds and people that send names: English, Spanish and
    /// French first, then Welsh (a Welsh name never takes over another language's).
    by_name: HashMap<String, String>,
}

/// The spec's type table (87 codes) and its proposed additions (5), in nine languages.
const SPEC_TABLES: [&str; 2] = [
    include_str!("../../data/spec-types.json"),
    include_str!("../../data/spec-types-proposed-new.json"),
];
/// Codes the spec lacks, with their names (en, es, fr, and a few more).
const EXTRA_TABLE: &str = include_str!("../../data/extra-types.json");
/// Welsh names for every code above.
const WELSH_TABLE: &str = include_str!("../../data/types-cy.json");

/// One embedded table: code → language → name.
fn parse_table(src: &str) -> Option<std::collections::HashMap<String, Names>> {
    #[derive(Deserialize)]
    struct Table(std::collections::HashMap<String, Names>);
    crate::support::json::from_str::<Table>(src)
        .ok()
        .map(|Table(t)| t)
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut names: HashMap<String, Names> = HashMap::default();
        // The tables are compiled in and checked by unit tests, so parsing cannot fail at run
        // time; a table that did would be left out rather than panic all the same.
        for src in SPEC_TABLES.iter().chain([&EXTRA_TABLE]) {
            for (code, n) in parse_table(src).unwrap_or_default() {
                names.entry(code).or_default().extend(n);
            }
        }
        // The Welsh table only adds Welsh, and only to codes the tables above define: a stray
        // code in it (a typo) must not become a type of its own.
        for (code, mut n) in parse_table(WELSH_TABLE).unwrap_or_default() {
            if let (Some(known), Some(cy)) = (names.get_mut(&code), n.remove("cy")) {
                known.insert("cy".into(), cy);
            }
        }
        let mut by_name = HashMap::default();
        for (code, n) in &names {
            for lang in ["en", "es", "fr"] {
                if let Some(name) = n.get(lang) {
                    by_name
                        .entry(name.to_lowercase())
                        .or_insert_with(|| code.clone());
                }
            }
        }
        for (code, n) in &names {
            if let Some(name) = n.get("cy") {
                by_name
                    .entry(name.to_lowercase())
                    .or_insert_with(|| code.clone());
            }
        }
        for (alias, code) in [
            ("sign language", "ASL"),
            ("outdoor meeting", "OUT"),
            ("step meeting", "ST"),
            ("wheelchair accessible", "X"),
            ("online meeting", "ONL"),
            ("temporarily closed", "TC"),
            ("temporary closure", "TC"),
            ("closed temporarily", "TC"),
            ("location temporarily closed", "TC"),
            ("young people's", "Y"),
            ("beginners", "BE"),
        ] {
            by_name.insert(alias.into(), code.into());
        }
        Catalog { names, by_name }
    })
}

/// Name of a canonical type code in `lang` (one of [`TYPE_LANGUAGES`]), falling back to
/// English, then to the code itself.
pub fn type_name(code: &str, lang: &str) -> String {
    catalog()
        .names
        .get(code)
        .and_then(|n| n.get(lang).or_else(|| n.get("en")))
        .cloned()
        .unwrap_or_else(|| code.to_string())
}

/// The language of the type table that `tag` asks for, if the table has names in it: `"cy"`,
/// `"es-MX"`, `"cy_GB.UTF-8"` and `"EN-us"` are read by their language (`cy`, `es`, `en`).
fn table_language(tag: &str) -> Option<&'static str> {
    let base = tag.trim().split(['.', '@']).next()?;
    let lang = base.split(['-', '_']).next()?.to_ascii_lowercase();
    TYPE_LANGUAGES.iter().copied().find(|l| *l == lang)
}

/// The language a list or a Meeting screen shows type names in: `type_language` when the
/// table has names in that language (a tag is read by its language: `"es-MX"` is Spanish);
/// otherwise the language of `locale`, the tag the rest of the screen is worded in, as
/// [`crate::l10n::negotiate`] reads it (Welsh, Spanish, or English for any other tag); English
/// when neither is given. One of [`TYPE_LANGUAGES`].
pub fn names_language(type_language: Option<&str>, locale: Option<&str>) -> &'static str {
    type_language
        .and_then(table_language)
        .or_else(|| locale.and_then(|t| table_language(crate::l10n::negotiate(t).locale.tag())))
        .unwrap_or("en")
}

/// Whether `code` is a canonical code this app knows.
pub fn is_known(code: &str) -> bool {
    catalog().names.contains_key(code)
}

/// Maps one raw type value from a feed of `program` to its canonical code.
///
/// Accepts codes in any case and type *names* (English, Spanish, French, Welsh; TSML CSV exports
/// write names). Returns `None` for values that mean nothing to us (typos such as `ASBI`,
/// empty strings); the caller keeps the raw value and reports it.
pub fn canonical_type(program: &str, raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || trimmed.len() > 64 {
        return None;
    }
    let code = trimmed.to_uppercase();
    let mapped = match program {
        "al-anon" => match code.as_str() {
            "Y" | "ALATEEN" => Some("ALATEEN"),
            "POA" => Some("PARENTS"),
            _ => None,
        },
        "na" => na_code(&code),
        _ => None,
    };
    if let Some(m) = mapped {
        return Some(m.to_string());
    }
    if is_known(trimmed) {
        return Some(trimmed.to_string());
    }
    if is_known(&code) {
        return Some(code);
    }
    let by_name = catalog().by_name.get(&trimmed.to_lowercase()).cloned()?;
    // A name maps to its AA code; apply the program's reading of that code.
    match (program, by_name.as_str()) {
        ("al-anon", "Y") => Some("ALATEEN".into()),
        ("al-anon", "POA") => Some("PARENTS".into()),
        _ => Some(by_name),
    }
}

/// One meeting type a program uses: the code to filter by and its name.
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TypeEntry {
    /// The canonical code ("X").
    pub code: String,
    /// Its name in the requested language ("Wheelchair Access").
    pub name: String,
}

/// Codes only Al-Anon uses (its own readings of `Y` and `POA`).
const AL_ANON_ONLY: &[&str] = &["ALATEEN", "PARENTS"];
/// Codes only NA uses (its literature and format codes).
const NA_ONLY: &[&str] = &[
    "BT", "JFT", "IW", "SWG", "IP", "QA", "RA", "CPT", "TOP", "VAR", "LC", "CH", "NC", "SPAD",
];

/// Whether `code` means something in `program`: Al-Anon reads `Y` as Alateen and `POA` as
/// parents, so it lists those instead; NA's literature codes are NA's alone.
fn in_program(program: &str, code: &str) -> bool {
    match program {
        "al-anon" => !matches!(code, "Y" | "POA") && !NA_ONLY.contains(&code),
        "na" => !AL_ANON_ONLY.contains(&code),
        _ => !AL_ANON_ONLY.contains(&code) && !NA_ONLY.contains(&code),
    }
}

/// Every meeting type `program` uses, with names in `lang`, sorted by name: what
/// `waymark types` prints and what a filter screen offers. `lang` is one of
/// [`TYPE_LANGUAGES`] or a tag in one (`cy-GB`, `es_MX.UTF-8`); English otherwise.
pub fn program_types(program: &str, lang: &str) -> Vec<TypeEntry> {
    let program = program.trim().to_lowercase();
    let lang = names_language(Some(lang), None);
    let mut out: Vec<TypeEntry> = catalog()
        .names
        .keys()
        .filter(|c| in_program(&program, c))
        .map(|c| TypeEntry {
            code: c.clone(),
            name: type_name(c, lang),
        })
        .collect();
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.code.cmp(&b.code))
    });
    out
}

/// Turns what someone typed to filter by type into the canonical code for `program`: a code
/// in any case ("x"), a name ("Wheelchair Access", "Mujeres"), or a word that begins exactly
/// one type's name ("wheelchair", "women"). Errors, in plain words, when nothing or several
/// types match; the message lists the candidates when there are a few.
pub fn resolve_type(program: &str, typed: &str) -> crate::Result<String> {
    let program = program.trim().to_lowercase();
    let wanted = typed.trim();
    if let Some(code) = canonical_type(&program, wanted).filter(|c| in_program(&program, c)) {
        return Ok(code);
    }
    let needle = wanted.to_lowercase();
    if needle.is_empty() {
        return Err(crate::Error::invalid(crate::support::msg::TYPE_EMPTY));
    }
    // Names that begin with what was typed come first, the shortest winning ("wheelchair":
    // Wheelchair Access rather than Wheelchair-Accessible Bathroom); then names with a word
    // that begins with it.
    let mut starts: Vec<(usize, &String)> = Vec::new();
    let mut hits: Vec<&String> = Vec::new();
    for (code, names) in &catalog().names {
        if !in_program(&program, code) {
            continue;
        }
        let mut word_hit = false;
        let mut shortest: Option<usize> = None;
        for n in names.values() {
            let n = n.to_lowercase();
            if n.starts_with(&needle) {
                shortest = Some(shortest.map_or(n.len(), |s| s.min(n.len())));
            } else if n
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && w.starts_with(&needle))
            {
                word_hit = true;
            }
        }
        match shortest {
            Some(len) => starts.push((len, code)),
            None if word_hit => hits.push(code),
            None => {}
        }
    }
    starts.sort();
    match starts.as_slice() {
        [(_, one)] => return Ok((*one).clone()),
        [(a, one), (b, _), ..] if a < b => return Ok((*one).clone()),
        [] => {}
        several => hits = several.iter().map(|(_, c)| *c).collect(),
    }
    hits.sort();
    match hits.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(crate::Error::invalid_with(
            crate::support::msg::TYPE_UNKNOWN,
            [("name", wanted.into())],
        )),
        many if many.len() <= 6 => Err(crate::Error::invalid_with(
            crate::support::msg::TYPE_AMBIGUOUS,
            [
                ("name", wanted.into()),
                (
                    "options",
                    many.iter()
                        .map(|c| format!("{} ({c})", type_name(c, "en")))
                        .collect::<Vec<_>>()
                        .join(", ")
                        .into(),
                ),
            ],
        )),
        many => Err(crate::Error::invalid_with(
            crate::support::msg::TYPE_TOO_MANY,
            [("name", wanted.into()), ("count", many.len().into())],
        )),
    }
}

/// NA codes (TSML's NA table, and NAWS world ids from BMLT) that differ from the spec codes.
fn na_code(code: &str) -> Option<&'static str> {
    Some(match code {
        "OPEN" => "O",
        "CLOSED" => "C",
        "BEG" => "BE",
        "CW" => "CF",
        "DISC" => "D",
        "GL" => "LGBTQ",
        "SPK" | "SPEAKER" => "SP",
        "STEP" => "ST",
        "SMOK" => "SM",
        "TRAD" => "TR",
        "WCHR" => "X",
        "VM" => "ONL",
        "HYBR" => "HY",
        "M" => "M",
        "W" => "W",
        "Y" => "Y",
        _ => return None,
    })
}

/// Language (ISO 639-1) that a canonical type code declares, if it is a language type.
pub fn language_of_type(code: &str) -> Option<&'static str> {
    Some(match code {
        "AF" => "af",
        "AM" => "am",
        "AR" => "ar",
        "ASL" => "ase",
        "BG" => "bg",
        "DA" => "da",
        "DE" => "de",
        "EL" => "el",
        "EN" => "en",
        "FA" => "fa",
        "FI" => "fi",
        "FR" => "fr",
        "HE" => "he",
        "HI" => "hi",
        "HR" => "hr",
        "HU" => "hu",
        "IS" => "is",
        "ITA" => "it",
        "JA" => "ja",
        "KA" => "ka",
        "KOR" => "ko",
        "LT" => "lt",
        "ML" => "ml",
        "MT" => "mt",
        "NE" => "ne",
        "NL" => "nl",
        "NO" => "no",
        "POL" => "pl",
        "POR" => "pt",
        "PUN" => "pa",
        "RUS" => "ru",
        "S" => "es",
        "SK" => "sk",
        "SL" => "sl",
        "SV" => "sv",
        "TH" => "th",
        "TL" => "tl",
        "TUR" => "tr",
        "UK" => "uk",
        _ => return None,
    })
}

/// Maps a BMLT language format key (`ES`, `DE`, `Español`…) or a `lang_enum` to ISO 639-1.
pub fn language_from_key(key: &str) -> Option<String> {
    let k = key.trim().to_lowercase();
    let iso = match k.as_str() {
        "es" | "sp" | "spanish" | "espanol" | "español" => "es",
        "en" | "english" => "en",
        "fr" | "french" | "français" => "fr",
        "de" | "german" | "deutsch" => "de",
        "it" | "italian" => "it",
        "pt" | "portuguese" => "pt",
        "pl" | "polish" => "pl",
        "ru" | "russian" => "ru",
        "fa" | "persian" | "farsi" => "fa",
        "sv" | "swedish" => "sv",
        "ja" | "japanese" => "ja",
        _ => return None,
    };
    Some(iso.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_has_every_spec_code_in_nine_languages() {
        let c = catalog();
        let extra = parse_table(EXTRA_TABLE).unwrap().len();
        assert!(c.names.len() >= 87 + 5 + extra);
        for code in ["O", "W", "X", "Y", "S", "TC", "BV-I"] {
            for lang in TYPE_LANGUAGES {
                assert!(c.names[code].contains_key(*lang), "{code} {lang}");
            }
        }
        assert_eq!(type_name("X", "es"), "Acceso en silla de ruedas");
        assert_eq!(type_name("W", "fr"), "Femmes");
        assert_eq!(type_name("ONL", "ja"), "Online");
    }

    #[test]
    fn embedded_tables_parse_and_name_only_codes_they_define() {
        let spec: Vec<_> = SPEC_TABLES
            .iter()
            .map(|t| parse_table(t).unwrap())
            .collect();
        assert_eq!((spec[0].len(), spec[1].len()), (87, 5));
        for table in &spec {
            for (code, n) in table {
                for lang in TYPE_LANGUAGES.iter().filter(|l| **l != "cy") {
                    assert!(n.contains_key(*lang), "{code} {lang}");
                }
            }
        }
        let extra = parse_table(EXTRA_TABLE).unwrap();
        assert_eq!(extra.len(), 19);
        for (code, n) in &extra {
            assert!(n.contains_key("en"), "{code} needs an English name");
            assert!(
                spec.iter().all(|t| !t.contains_key(code)),
                "{code} is a spec code"
            );
            for lang in n.keys() {
                assert!(TYPE_LANGUAGES.contains(&lang.as_str()), "{code} {lang}");
            }
        }
        // Welsh names only codes the other tables define, and only in Welsh.
        for (code, n) in parse_table(WELSH_TABLE).unwrap() {
            assert!(
                extra.contains_key(&code) || spec.iter().any(|t| t.contains_key(&code)),
                "types-cy.json names {code:?}, which no other table defines"
            );
            assert_eq!(n.keys().collect::<Vec<_>>(), ["cy"], "{code}");
        }
    }

    #[test]
    fn every_code_has_a_welsh_name() {
        let c = catalog();
        for (code, n) in &c.names {
            let cy = n
                .get("cy")
                .unwrap_or_else(|| panic!("{code} has no Welsh name"));
            assert!(!cy.trim().is_empty() && cy.trim() == cy, "{code}: {cy:?}");
            // A feed or a person writing the Welsh name gets this code back.
            assert_eq!(c.by_name[&cy.to_lowercase()], *code, "{cy}");
        }
        for (code, cy) in [
            ("O", "Agored"),
            ("C", "Caeedig"),
            ("W", "Menywod"),
            ("M", "Dynion"),
            ("X", "Mynediad i gadair olwyn"),
            ("B", "Y Llyfr Mawr"),
            ("SP", "Siaradwr"),
            ("BE", "Newydd-ddyfodiaid"),
            ("Y", "Pobl Ifanc"),
            ("S", "Sbaeneg"),
            ("EN", "Saesneg"),
            ("ONL", "Ar-lein"),
            ("ALATEEN", "Alateen"),
            ("JFT", "Dim ond am Heddiw"),
        ] {
            assert_eq!(type_name(code, "cy"), cy, "{code}");
        }
        assert_eq!(resolve_type("aa", "menywod").unwrap(), "W");
        assert_eq!(canonical_type("aa", "Agored").as_deref(), Some("O"));
        let x = program_types("aa", "cy_GB.UTF-8");
        let x = x.iter().find(|t| t.code == "X").unwrap();
        assert_eq!(x.name, "Mynediad i gadair olwyn");
    }

    #[test]
    fn extra_codes_fall_back_to_english_where_the_spec_gives_no_word() {
        assert_eq!(type_name("ALATEEN", "ja"), "アラティーン");
        assert_eq!(type_name("ONL", "th"), "ออนไลน์");
        assert_eq!(type_name("PARENTS", "ja"), "Parents of Alcoholics");
        assert_eq!(type_name("JFT", "sv"), "Just for Today");
        assert_eq!(type_name("NOPE", "cy"), "NOPE");
    }

    #[test]
    fn type_names_follow_the_locale_unless_a_type_language_is_asked_for() {
        for (type_language, locale, want) in [
            (None, None, "en"),
            (None, Some("cy"), "cy"),
            (None, Some("cy_GB.UTF-8"), "cy"),
            (None, Some("es-419"), "es"),
            (None, Some("en-US"), "en"),
            (None, Some("en-GB"), "en"),
            // The screen is in English for a locale Waymark has no words in; so are its types.
            (None, Some("fr-FR"), "en"),
            (None, Some("??"), "en"),
            (Some("es"), Some("cy"), "es"),
            (Some("JA"), None, "ja"),
            (Some("pt-BR"), Some("cy"), "pt"),
            (Some("cy"), Some("en-US"), "cy"),
            // A type language the table lacks: the screen's language.
            (Some("de"), Some("cy"), "cy"),
            (Some("de"), None, "en"),
            (Some(""), Some("es"), "es"),
        ] {
            assert_eq!(
                names_language(type_language, locale),
                want,
                "{type_language:?} {locale:?}"
            );
        }
    }

    #[test]
    fn same_code_means_different_things_per_program() {
        assert_eq!(canonical_type("aa", "Y").as_deref(), Some("Y"));
        assert_eq!(type_name("Y", "en"), "Young People");
        assert_eq!(canonical_type("al-anon", "Y").as_deref(), Some("ALATEEN"));
        assert_eq!(type_name("ALATEEN", "en"), "Alateen");
        assert_eq!(canonical_type("al-anon", "POA").as_deref(), Some("PARENTS"));
        assert_eq!(canonical_type("aa", "POA").as_deref(), Some("POA"));
        assert_eq!(canonical_type("na", "WCHR").as_deref(), Some("X"));
        assert_eq!(canonical_type("na", "BEG").as_deref(), Some("BE"));
    }

    #[test]
    fn names_and_odd_codes() {
        assert_eq!(canonical_type("aa", "Women").as_deref(), Some("W"));
        assert_eq!(
            canonical_type("aa", "wheelchair access").as_deref(),
            Some("X")
        );
        assert_eq!(canonical_type("aa", "Mujeres").as_deref(), Some("W"));
        assert_eq!(canonical_type("aa", "onl").as_deref(), Some("ONL"));
        assert_eq!(canonical_type("aa", "ASBI"), None);
        assert_eq!(canonical_type("aa", ""), None);
        assert_eq!(
            canonical_type("al-anon", "Young People").as_deref(),
            Some("ALATEEN")
        );
        assert_eq!(language_of_type("S"), Some("es"));
    }

    #[test]
    fn typed_names_resolve_per_program() {
        assert_eq!(resolve_type("aa", "wheelchair").unwrap(), "X");
        assert_eq!(resolve_type("aa", "Wheelchair").unwrap(), "X");
        assert_eq!(resolve_type("aa", "x").unwrap(), "X");
        assert_eq!(resolve_type("aa", "women").unwrap(), "W");
        assert_eq!(resolve_type("al-anon", "alateen").unwrap(), "ALATEEN");
        assert_eq!(resolve_type("al-anon", "Y").unwrap(), "ALATEEN");
        assert_eq!(resolve_type("na", "just for").unwrap(), "JFT");
        // Alateen is Al-Anon's type; in AA the word finds "Concurrent with Alateen".
        assert_ne!(resolve_type("aa", "alateen").unwrap(), "ALATEEN");
        // A name nobody uses is a plain error.
        let e = resolve_type("aa", "zzzz").unwrap_err().to_string();
        assert!(e.contains("no meeting type called zzzz"), "{e}");
    }

    #[test]
    fn each_program_lists_its_own_types() {
        let aa = program_types("aa", "en");
        let al = program_types("al-anon", "en");
        let has = |l: &[TypeEntry], c: &str| l.iter().any(|t| t.code == c);
        assert!(has(&aa, "Y") && !has(&aa, "ALATEEN") && !has(&aa, "JFT"));
        assert!(has(&al, "ALATEEN") && !has(&al, "Y"));
        assert!(has(&program_types("na", "en"), "JFT"));
        let x = aa.iter().find(|t| t.code == "X").unwrap();
        assert_eq!(x.name, "Wheelchair Access");
    }
}
