//! The supported locales and how any tag a system or a person gives lands on one of them.
//!
//! Systems write locales in many ways (`cy_GB.UTF-8`, `es_ES@euro`, `en-US`, `C`), people type
//! anything. Negotiation never fails: it picks the closest supported locale, and when the
//! language asked for is not one Waymark has, or the tag cannot be read, it says so in a
//! [`FallbackNote`] instead of silently showing another language.

use icu_locale_core::LanguageIdentifier;

use super::{ids, Arg, Words};

/// A locale Waymark has words and formats for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English as written in the United Kingdom: the default and every message's fallback.
    #[default]
    EnGb,
    /// English as written in the United States ("7:30 PM").
    EnUs,
    /// Welsh.
    Cy,
    /// Spanish.
    Es,
    /// Not a language: en-GB's messages with every letter accented ("Meetings" →
    /// "Ṁééţîñĝš"), en-GB's formats. Asked for only by the tag `x-pseudo` and listed nowhere
    /// (not in [`Locale::ALL`], not in any help): what is still plain English when a screen
    /// or the CLI speaks it did not come from a message. The pseudo-locale checks use it.
    Pseudo,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: [Locale; 4] = [Locale::EnGb, Locale::EnUs, Locale::Cy, Locale::Es];

    /// The language alone (`en`, `cy`, `es`): what meeting type names are looked up by.
    pub fn language(self) -> &'static str {
        match self {
            Locale::EnGb | Locale::EnUs | Locale::Pseudo => "en",
            Locale::Cy => "cy",
            Locale::Es => "es",
        }
    }

    /// The BCP 47 tag, as the folder under `locales/` is named: `en-GB`, `en-US`, `cy`, `es`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnGb => "en-GB",
            Locale::EnUs => "en-US",
            Locale::Cy => "cy",
            Locale::Es => "es",
            Locale::Pseudo => PSEUDO_TAG,
        }
    }

    /// Where a message missing here comes from: en-GB for every other locale.
    pub fn fallback(self) -> Option<Locale> {
        match self {
            // The pseudo-locale has every en-GB message already (accented).
            Locale::EnGb | Locale::Pseudo => None,
            _ => Some(Locale::EnGb),
        }
    }

    /// The id of the message naming this language in its own words ("Cymraeg").
    pub(crate) fn name_id(self) -> &'static str {
        match self {
            Locale::EnGb => ids::LANGUAGE_EN_GB,
            Locale::EnUs => ids::LANGUAGE_EN_US,
            Locale::Cy => ids::LANGUAGE_CY,
            Locale::Es => ids::LANGUAGE_ES,
            Locale::Pseudo => ids::LANGUAGE_EN_GB,
        }
    }

    /// The supported locale for a well-formed language identifier, if its language is one
    /// Waymark has: any English but US English is en-GB; every Welsh is cy, every Spanish es.
    fn for_language(id: &LanguageIdentifier) -> Option<Locale> {
        match id.language.as_str() {
            "en" => Some(match id.region.as_ref().map(|r| r.as_str()) {
                Some("US") | Some("UM") | Some("AS") | Some("GU") | Some("MP") | Some("PR")
                | Some("VI") => Locale::EnUs,
                _ => Locale::EnGb,
            }),
            "cy" => Some(Locale::Cy),
            "es" => Some(Locale::Es),
            _ => None,
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// The outcome of [`negotiate`]: the locale to use, and a note when it is not what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale to word and format in.
    pub locale: Locale,
    /// Why `locale` is not what was asked for, when that is so.
    pub note: Option<FallbackNote>,
}

/// Why negotiation fell back to en-GB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FallbackNote {
    /// A well-formed tag in a language Waymark has no words in yet (`de-DE`, `fa`).
    Unsupported {
        /// The tag as given (after removing a system's `.UTF-8` or `@modifier`).
        asked: String,
    },
    /// Not a language tag at all (`??`, `english please`).
    Malformed {
        /// The text as given, cut to `MAX_TAG_CHARS` graphemes.
        asked: String,
    },
}

/// The tag of [`Locale::Pseudo`] (a private-use tag: no language has it).
pub const PSEUDO_TAG: &str = "x-pseudo";

/// The longest tag a note repeats back (longer input is cut, with an ellipsis).
pub const MAX_TAG_CHARS: usize = 40;

impl FallbackNote {
    /// The note in words, in `words`' language (the language actually shown): "Waymark has no
    /// words in “de-DE” yet, so it shows English (UK)."
    pub fn words(&self, words: &Words) -> String {
        let (id, asked) = match self {
            FallbackNote::Unsupported { asked } => (ids::FALLBACK_UNSUPPORTED, asked),
            FallbackNote::Malformed { asked } => (ids::FALLBACK_MALFORMED, asked),
        };
        let shown = words.text(words.locale().name_id(), &[]);
        words.text(
            id,
            &[("asked", Arg::Text(asked)), ("shown", Arg::Text(&shown))],
        )
    }
}

/// Picks the supported locale for a tag as systems and people write it: `cy`, `cy-GB`,
/// `cy_GB.UTF-8`, `es-419`, `en_US@euro`, `EN-us`. Never fails:
///
/// - English, Welsh and Spanish in any region land on en-GB (en-US for US English), cy, es;
/// - `C`, `POSIX` and an empty tag mean "no preference": en-GB, no note;
/// - any other language: en-GB with [`FallbackNote::Unsupported`];
/// - text that is not a language tag: en-GB with [`FallbackNote::Malformed`].
pub fn negotiate(asked: &str) -> Negotiated {
    let trimmed = asked.trim();
    if trimmed.eq_ignore_ascii_case(PSEUDO_TAG) {
        return Negotiated {
            locale: Locale::Pseudo,
            note: None,
        };
    }
    // A system's locale: `language_REGION.encoding@modifier`.
    let base = trimmed.split(['.', '@']).next().unwrap_or_default();
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        // `.UTF-8` alone or `@x` alone is malformed; an empty tag is no preference.
        let note = (!trimmed.is_empty() && base.is_empty()).then(|| FallbackNote::Malformed {
            asked: super::truncate(trimmed, MAX_TAG_CHARS).into_owned(),
        });
        return Negotiated {
            locale: Locale::EnGb,
            note,
        };
    }
    let bcp47 = base.replace('_', "-");
    match LanguageIdentifier::try_from_str(&bcp47) {
        Ok(id) => match Locale::for_language(&id) {
            Some(locale) => Negotiated { locale, note: None },
            None => Negotiated {
                locale: Locale::EnGb,
                note: Some(FallbackNote::Unsupported {
                    asked: id.to_string(),
                }),
            },
        },
        Err(_) => Negotiated {
            locale: Locale::EnGb,
            note: Some(FallbackNote::Malformed {
                asked: super::truncate(trimmed, MAX_TAG_CHARS).into_owned(),
            }),
        },
    }
}

/// The system's language as POSIX systems say it: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` (the order C's `setlocale` reads them in). `None` when all are
/// unset or empty.
pub fn system_locale_tag() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
}
