//! The catalogue: the reviewed list of public meeting sources the relay fetches.
//!
//! Nobody knows feed URLs, so a phone cannot be asked to type one. The repository keeps one
//! list of the public sources that exist (BMLT root servers, intergroups' Meeting Guide feeds,
//! online intergroups, UK and Irish sources that publish one) in `catalogue/sources.toml`; the
//! relay (`waymark relay build`) reads it through this module, fetches every source with the
//! directory's own importers and publishes tiles the phones subscribe to.
//!
//! The file is reviewed by hand, so this module is strict where a reviewer could slip:
//!
//! - every problem in the file is reported at once ([`CatalogueError::Invalid`]), each with the
//!   source it belongs to, so one review round fixes them all;
//! - the schema is closed (an unknown or misspelt field is refused, never ignored);
//! - URLs are `https` (plain `http` only to loopback, for tests) and unique, so the relay never
//!   fetches a source twice or over an open connection;
//! - nothing in it may look like a person's contact (an email address or phone number): a
//!   source names its organisation's public contact page, never an individual.
//!
//! Only the CLI and the relay need it: it is the core's `catalogue` feature, off for the
//! phones' library (which gets the relay's tiles and never reads this file).

mod check;
#[cfg(test)]
mod tests;
pub mod words;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

use crate::directory::import::FeedFormat;
use crate::l10n::{Arg, Locale, Phrase, Words};

/// The largest catalogue file read, in bytes (1 MiB: room for thousands of sources). A bigger
/// file is refused before it is parsed.
pub const MAX_CATALOGUE_BYTES: u64 = 1024 * 1024;

/// The longest source id, in characters. Ids are slugs: `a`–`z`, `0`–`9` and `-`.
pub const MAX_ID_CHARS: usize = 64;

/// The longest `name`, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The longest `url`, `feedback` or `source_ref`, in characters.
pub const MAX_URL_CHARS: usize = 2000;

/// The longest `notes`, in characters.
pub const MAX_NOTES_CHARS: usize = 2000;

/// A bounding box spanning at least this many degrees of longitude *and*
/// [`WHOLE_WORLD_LAT_SPAN`] degrees of latitude counts as "the whole world", which only an
/// online-only source may claim (a regional box that large is a typo).
pub const WHOLE_WORLD_LON_SPAN: f64 = 300.0;

/// See [`WHOLE_WORLD_LON_SPAN`].
pub const WHOLE_WORLD_LAT_SPAN: f64 = 120.0;

/// The `country` of an online-only source that serves no one country: `ZZ`, the "unknown
/// region" of Unicode CLDR (ISO 3166-1 leaves it for users to assign). Refused on a source
/// with in-person meetings.
pub const WORLDWIDE: &str = "ZZ";

/// Programs (fellowships) a catalogue source may name, as the directory spells them: these
/// are the slugs its meetings carry and that type codes are read by.
pub const KNOWN_PROGRAMS: &[(&str, &str)] = &[
    ("aa", "Alcoholics Anonymous"),
    ("na", "Narcotics Anonymous"),
    ("al-anon", "Al-Anon and Alateen"),
    ("smart", "SMART Recovery"),
    ("ca", "Cocaine Anonymous"),
    ("cma", "Crystal Meth Anonymous"),
    ("ma", "Marijuana Anonymous"),
    ("ha", "Heroin Anonymous"),
    ("oa", "Overeaters Anonymous"),
    ("ga", "Gamblers Anonymous"),
    ("gam-anon", "Gam-Anon"),
    ("nar-anon", "Nar-Anon"),
    ("coda", "Co-Dependents Anonymous"),
    ("aca", "Adult Children of Alcoholics"),
    ("slaa", "Sex and Love Addicts Anonymous"),
    ("saa", "Sex Addicts Anonymous"),
    ("da", "Debtors Anonymous"),
    ("eda", "Eating Disorders Anonymous"),
    ("pa", "Pills Anonymous"),
];

/// The catalogue file, checked: every source in it passed every rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Catalogue {
    /// The catalogue's revision, stated at the top of the file (`version = 3`): a whole number
    /// of at least 1, raised by one with every reviewed change, so what the relay publishes
    /// can say which list it was built from.
    pub version: u32,
    /// The sources, in file order.
    pub sources: Vec<CatalogueSource>,
}

/// One public source of meetings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogueSource {
    /// Stable slug (`[a-z0-9-]`, at most [`MAX_ID_CHARS`]), unique in the catalogue; the
    /// relay's source id.
    pub id: String,
    /// The organisation's name for it ("Narcotics Anonymous UK").
    pub name: String,
    /// Its programs, from [`KNOWN_PROGRAMS`], at least one. The first is the one whose
    /// reading of type codes the import uses ([`CatalogueSource::program`]).
    pub programs: Vec<String>,
    /// The feed's format.
    pub format: FeedFormat,
    /// Where to fetch it: the feed itself, or for BMLT the root server
    /// (`https://…/main_server/`), to which the relay adds its query.
    pub url: String,
    /// The country its meetings are in, ISO 3166-1 alpha-2 in capitals (`GB`, `IE`, `US`), or
    /// [`WORLDWIDE`] for an online-only source that serves no one country.
    pub country: String,
    /// The zone for meetings whose feed gives none.
    pub timezone: Option<Tz>,
    /// The area its in-person meetings lie in.
    pub bbox: Option<BoundingBox>,
    /// True when every meeting is online (an online intergroup): no area, any box allowed.
    pub online_only: bool,
    /// Where to report a wrong listing: the organisation's contact or feedback page (a URL,
    /// never an email address or a person).
    pub feedback: Option<String>,
    /// When a reviewer last saw this source in public material (not "fetched and parsed":
    /// the relay's build does that).
    pub verified: Option<NaiveDate>,
    /// Where the entry was found (a repository and path, or a page's address).
    pub source_ref: Option<String>,
    /// Anything a reviewer should know.
    pub notes: Option<String>,
}

impl CatalogueSource {
    /// The program whose reading of type codes the import uses (the first listed).
    pub fn program(&self) -> &str {
        &self.programs[0]
    }

    /// This source as the directory registers one: its URL, format, program and zone. The
    /// name is the catalogue id, so the directory's source id (and so every meeting id) is
    /// derived from it, not from a display name that may change. A BMLT root server is asked
    /// for all its meetings.
    pub fn new_source(&self) -> crate::NewSource {
        crate::NewSource {
            location: self.url.clone(),
            format: Some(self.format),
            program: Some(self.program().to_string()),
            timezone: self.timezone.map(|tz| tz.name().to_string()),
            name: Some(self.id.clone()),
            bmlt_formats: None,
            bmlt_scope: None,
        }
    }
}

/// An area on the map, in degrees (WGS 84). It does not cross the antimeridian.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BoundingBox {
    /// Southern edge.
    pub min_lat: f64,
    /// Western edge.
    pub min_lon: f64,
    /// Northern edge.
    pub max_lat: f64,
    /// Eastern edge.
    pub max_lon: f64,
}

impl BoundingBox {
    /// Whether the point lies inside the box (edges included).
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.min_lat..=self.max_lat).contains(&lat) && (self.min_lon..=self.max_lon).contains(&lon)
    }

    /// Whether the two boxes share any point.
    pub fn intersects(&self, other: &BoundingBox) -> bool {
        self.min_lat <= other.max_lat
            && other.min_lat <= self.max_lat
            && self.min_lon <= other.max_lon
            && other.min_lon <= self.max_lon
    }
}

/// One thing wrong in a catalogue file. `Display` is the en-GB line a log keeps;
/// [`CatalogueProblem::text_in`] words it for a person in their own language. As JSON:
/// `source_number`, `source_id`, `message` (the en-GB line's problem) and `words` (its id and
/// values, see [`Phrase`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueProblem {
    /// The `[[source]]` it is in, counting from 1 in file order; `None` for the file as a
    /// whole (syntax, `version`, size).
    pub source_number: Option<usize>,
    /// That source's id, when it has a readable one.
    pub source_id: Option<String>,
    /// What is wrong and how to put it right: a message of `locales/*/catalogue.ftl` and its
    /// values (ids in [`words`]).
    pub message: Phrase,
}

impl CatalogueProblem {
    /// The whole line (which source, then the problem) in `w`'s locale, values isolated with
    /// Unicode bidi marks.
    pub fn text_in(&self, w: &Words) -> String {
        self.line(w, true)
    }

    /// The whole line in `w`'s locale with no isolation marks (for a terminal or a log).
    pub fn own_in(&self, w: &Words) -> String {
        self.line(w, false)
    }

    /// The problem, placed in its source when it has one.
    fn line(&self, w: &Words, isolate: bool) -> String {
        let problem = if isolate {
            self.message.text_in(w)
        } else {
            self.message.own_in(w)
        };
        let number = |n: usize| Arg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        let (id, args) = match (self.source_number, &self.source_id) {
            (Some(n), Some(id)) => (
                words::AT_SOURCE_ID,
                vec![
                    ("number", number(n)),
                    ("id", Arg::Text(id)),
                    ("problem", Arg::Text(&problem)),
                ],
            ),
            (Some(n), None) => (
                words::AT_SOURCE,
                vec![("number", number(n)), ("problem", Arg::Text(&problem))],
            ),
            (None, _) => return problem,
        };
        if isolate {
            w.text(id, &args)
        } else {
            w.own(id, &args)
        }
    }
}

/// The en-GB line, as `waymark catalogue check` always printed it.
impl fmt::Display for CatalogueProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.own_in(Words::get(Locale::EnGb)))
    }
}

impl Serialize for CatalogueProblem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("CatalogueProblem", 4)?;
        st.serialize_field("source_number", &self.source_number)?;
        st.serialize_field("source_id", &self.source_id)?;
        st.serialize_field("message", &self.message.en_gb())?;
        st.serialize_field("words", &self.message)?;
        st.end()
    }
}

/// Why a catalogue could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The file could not be read at all (missing, no permission).
    #[error("could not read {path}: {message}")]
    Unreadable {
        /// The path as given.
        path: String,
        /// Why, from the system.
        message: String,
    },
    /// The file was read and something in it is wrong: every problem found, in file order.
    #[error("{}", problem_count(problems.len()))]
    Invalid {
        /// Each problem, never empty.
        problems: Vec<CatalogueProblem>,
    },
}

/// "1 problem in the catalogue", "3 problems in the catalogue" (the English a log or a
/// script reads; `waymark catalogue check` words each problem in the person's language).
fn problem_count(n: usize) -> String {
    match n {
        1 => "1 problem in the catalogue".to_string(),
        n => format!("{n} problems in the catalogue"),
    }
}

impl Catalogue {
    /// Reads and checks the catalogue at `path` (at most [`MAX_CATALOGUE_BYTES`]).
    pub fn load(path: impl AsRef<Path>) -> Result<Catalogue, CatalogueError> {
        let path = path.as_ref();
        let unreadable = |e: std::io::Error| CatalogueError::Unreadable {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let mut bytes = Vec::new();
        file.take(MAX_CATALOGUE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        if bytes.len() as u64 > MAX_CATALOGUE_BYTES {
            return Err(too_big());
        }
        let text = String::from_utf8(bytes).map_err(|_| CatalogueError::Invalid {
            problems: vec![file_problem(Phrase::new(words::NOT_UTF8))],
        })?;
        Catalogue::parse(&text)
    }

    /// Checks catalogue text, with today's date (UTC) for the `verified` rule.
    pub fn parse(text: &str) -> Result<Catalogue, CatalogueError> {
        Catalogue::parse_as_of(text, chrono::Utc::now().date_naive())
    }

    /// Checks catalogue text as on `today` (a `verified` date after `today` + 1 day is
    /// refused; the day's grace covers reviewers ahead of UTC).
    pub fn parse_as_of(text: &str, today: NaiveDate) -> Result<Catalogue, CatalogueError> {
        if text.len() as u64 > MAX_CATALOGUE_BYTES {
            return Err(too_big());
        }
        let (catalogue, problems) = check::check(text, today);
        match catalogue {
            Some(c) if problems.is_empty() => Ok(c),
            _ => Err(CatalogueError::Invalid { problems }),
        }
    }

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&CatalogueSource> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// How many sources list each program (a source with two programs counts for both).
    pub fn count_by_program(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for p in self.sources.iter().flat_map(|s| &s.programs) {
            *out.entry(p.clone()).or_insert(0) += 1;
        }
        out
    }

    /// How many sources are in each format (keyed by [`FeedFormat::as_str`]).
    pub fn count_by_format(&self) -> BTreeMap<&'static str, usize> {
        let mut out = BTreeMap::new();
        for s in &self.sources {
            *out.entry(s.format.as_str()).or_insert(0) += 1;
        }
        out
    }
}

fn file_problem(message: Phrase) -> CatalogueProblem {
    CatalogueProblem {
        source_number: None,
        source_id: None,
        message,
    }
}

fn too_big() -> CatalogueError {
    CatalogueError::Invalid {
        problems: vec![file_problem(
            Phrase::new(words::TOO_BIG).number("kib", MAX_CATALOGUE_BYTES / 1024),
        )],
    }
}
