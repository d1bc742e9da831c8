//! Fluent messages per locale, compiled in, looked up with a per-message fallback to en-GB.

use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::format::Formats;
use super::Locale;

/// The `.ftl` files of one locale, compiled into the library.
macro_rules! ftl {
    ($tag:literal) => {
        ftl!($tag; "meetings.ftl", "screens.ftl", "sobriety.ftl", "people.ftl", "rides.ftl", "editor.ftl", "reminders.ftl", "l10n.ftl", "cli.ftl", "errors.ftl", "import.ftl", "relay.ftl", "catalogue.ftl")
    };
    ($tag:literal; $($file:literal),+) => {
        &[$((
            concat!($tag, "/", $file),
            include_str!(concat!("../../../locales/", $tag, "/", $file)),
        )),+]
    };
}

/// The `.ftl` sources of a locale: (path under `locales/`, text).
pub(super) fn sources(locale: Locale) -> &'static [(&'static str, &'static str)] {
    match locale {
        Locale::EnGb => ftl!("en-GB"),
        Locale::EnUs => ftl!("en-US"),
        Locale::Cy => ftl!("cy"),
        Locale::Es => ftl!("es"),
        Locale::Pseudo => ftl!("en-GB"),
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    /// Text, shown as it is (a name, or a time or number already formatted for the locale).
    Text(&'a str),
    /// A count: shown as digits, and it picks the plural form ("1 min", "2 funud").
    Number(i64),
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// `HOUR($time)`: the hour a time formatted here starts with ("1:30" → 1, "13:05" → 13,
/// "7:30 PM" → 7), for a message whose words depend on it (Spanish says "a la 01:30" but "a las
/// 02:30"). Anything else gives no number, so the message takes its default variant.
fn hour_of<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    let Some(FluentValue::String(text)) = positional.first() else {
        return FluentValue::None;
    };
    let digits: String = text
        .trim_start_matches(['\u{2068}', '\u{2069}'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    match digits.parse::<u32>() {
        Ok(hour) => FluentValue::from(hour),
        Err(_) => FluentValue::None,
    }
}

/// The words and formats of one locale. Get one with [`Words::get`] (built once per locale,
/// then shared by every thread).
pub struct Words {
    locale: Locale,
    /// Values wrapped in bidi isolation marks: for text that may be in any script.
    isolating: Bundle,
    /// The same messages without the marks: for values formatted here, in this locale.
    plain: Bundle,
    pub(super) formats: Formats,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("locale", &self.locale)
            .finish_non_exhaustive()
    }
}

static WORDS: [OnceLock<Words>; 5] = [const { OnceLock::new() }; 5];

impl Words {
    /// The words of `locale` (built on first use: parsing its messages and loading its formats
    /// takes well under a millisecond).
    pub fn get(locale: Locale) -> &'static Words {
        let slot = match locale {
            Locale::EnGb => &WORDS[0],
            Locale::EnUs => &WORDS[1],
            Locale::Cy => &WORDS[2],
            Locale::Es => &WORDS[3],
            Locale::Pseudo => &WORDS[4],
        };
        slot.get_or_init(|| Words::build(locale))
    }

    /// The words for a tag as systems and people write it (see [`super::negotiate`]); an
    /// unsupported or malformed tag gives en-GB.
    pub fn for_tag(tag: &str) -> &'static Words {
        Words::get(super::negotiate(tag).locale)
    }

    fn build(locale: Locale) -> Words {
        if locale == Locale::Pseudo {
            return Words::pseudo();
        }
        let texts: Vec<&str> = sources(locale).iter().map(|(_, text)| *text).collect();
        Words::build_from(locale, &texts)
    }

    /// Words from the given `.ftl` texts (the compiled-in ones, or a test's).
    pub(super) fn build_from(locale: Locale, texts: &[&str]) -> Words {
        Words::build_with(locale, texts, None)
    }

    /// en-GB's messages with every letter of their own text swapped for an accented one
    /// ("Meetings" → "Ṁééţîñĝš"), values and formats left as they are: whatever a screen
    /// built with these shows in plain ASCII letters did not come from a message. The
    /// pseudo-locale check of the screens' tests, and what [`Locale::Pseudo`] (`--locale
    /// x-pseudo`) speaks.
    pub(crate) fn pseudo() -> Words {
        fn accent(text: &str) -> std::borrow::Cow<'_, str> {
            const LOWER: [char; 26] = [
                'á', 'ƀ', 'ç', 'ḓ', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ',
                'ǫ', 'ŕ', 'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
            ];
            const UPPER: [char; 26] = [
                'Á', 'Ɓ', 'Ç', 'Ḓ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ',
                'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
            ];
            text.chars()
                .map(|c| match c {
                    'a'..='z' => LOWER[(c as u8 - b'a') as usize],
                    'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
                    _ => c,
                })
                .collect::<String>()
                .into()
        }
        let texts: Vec<&str> = sources(Locale::EnGb).iter().map(|(_, t)| *t).collect();
        let mut w = Words::build_with(Locale::EnGb, &texts, Some(accent));
        w.locale = Locale::Pseudo;
        w
    }

    fn build_with(
        locale: Locale,
        texts: &[&str],
        transform: Option<fn(&str) -> std::borrow::Cow<'_, str>>,
    ) -> Words {
        let resources: Vec<Arc<FluentResource>> = texts
            .iter()
            // A file with a syntax error keeps the messages that parsed (a test keeps every
            // file clean); the rest fall back to en-GB.
            .map(|text| {
                Arc::new(FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r))
            })
            .collect();
        let bundle = |isolating: bool| {
            let id = locale
                .tag()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut b = Bundle::new_concurrent(vec![id]);
            b.set_use_isolating(isolating);
            b.set_transform(transform);
            // A duplicate name is the only failure, and this is the only function.
            let _ = b.add_function("HOUR", hour_of);
            for r in &resources {
                // A duplicate id keeps its first definition (a test finds none).
                let _ = b.add_resource(Arc::clone(r));
            }
            b
        };
        Words {
            locale,
            isolating: bundle(true),
            plain: bundle(false),
            formats: Formats::new(locale),
        }
    }

    /// The locale these words are in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether this locale itself (not its fallback) has a message.
    pub fn has_message(&self, id: &str) -> bool {
        self.plain.has_message(id)
    }

    /// A message with its variables, each value wrapped in Unicode bidi isolation marks
    /// (U+2068 … U+2069), so a name in Arabic or Hebrew script keeps its direction inside
    /// the sentence. A message this locale lacks comes from en-GB; the id itself is never
    /// returned (an id en-GB lacks too gives an empty string).
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args, true)
    }

    /// A message whose values were all formatted here, in this locale (times, numbers,
    /// weekday names), or are ids, paths and commands: no isolation marks, which would only
    /// add invisible characters (and break a pasted command or id).
    pub fn own(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args, false)
    }

    fn format(&self, id: &str, args: &[(&str, Arg<'_>)], isolating: bool) -> String {
        let mut words = self;
        loop {
            let bundle = if isolating {
                &words.isolating
            } else {
                &words.plain
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut fluent_args = FluentArgs::with_capacity(args.len());
                for (name, value) in args {
                    let value = match value {
                        Arg::Text(t) => FluentValue::from(*t),
                        Arg::Number(n) => FluentValue::from(*n),
                    };
                    fluent_args.set(*name, value);
                }
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                // A translation that refers to a variable the code does not give would show
                // `{$name}`: take the fallback's wording instead.
                if errors.is_empty() || words.locale.fallback().is_none() {
                    return out.into_owned();
                }
            }
            match words.locale.fallback() {
                Some(next) => words = Words::get(next),
                None => return String::new(),
            }
        }
    }
}
