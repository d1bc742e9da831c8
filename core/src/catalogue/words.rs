//! The message ids of the catalogue checker's problems (`locales/*/catalogue.ftl`).
//!
//! Why ids: `waymark catalogue check` speaks to a reviewer in their own language
//! (`waymark --locale cy catalogue check FILE`), while logs and scripts keep en-GB. So the
//! checker records each problem as a [`Phrase`](crate::l10n::Phrase) (an id from here and its
//! values) and each reader words it. Field names, source ids, URLs, country codes and zone
//! names are values, not words: they stay as written in every language. A test checks that
//! every locale has every id in [`IDS`].

/// `catalogue-at-source-id`: $number: the source's place in the file; $id: its id;
/// $problem: one of the messages below, already worded.
pub const AT_SOURCE_ID: &str = "catalogue-at-source-id";
/// `catalogue-at-source`: $number: the source's place in the file; $problem: as above.
pub const AT_SOURCE: &str = "catalogue-at-source";
/// `catalogue-not-toml`: $why: the TOML reader's own (English) reason.
pub const NOT_TOML: &str = "catalogue-not-toml";
/// `catalogue-not-toml-at-line`: $line: the line; $why: the TOML reader's reason.
pub const NOT_TOML_AT_LINE: &str = "catalogue-not-toml-at-line";
/// `catalogue-not-utf8`: the file is not UTF-8 text.
pub const NOT_UTF8: &str = "catalogue-not-utf8";
/// `catalogue-too-big`: $kib: the most a catalogue may be, in KiB.
pub const TOO_BIG: &str = "catalogue-too-big";
/// `catalogue-unknown-top-field`: $key: the field as written; $version, $table: the two
/// things that belong at the top.
pub const UNKNOWN_TOP_FIELD: &str = "catalogue-unknown-top-field";
/// `catalogue-version-missing`: $field: `version`; $example: `version = 1`.
pub const VERSION_MISSING: &str = "catalogue-version-missing";
/// `catalogue-version-wrong`: $field: `version`; $kind: number, or the TOML type written
/// (chooses a variant); $value: the number, or the TOML type's name.
pub const VERSION_WRONG: &str = "catalogue-version-wrong";
/// `catalogue-no-sources`: $table: `[[source]]`.
pub const NO_SOURCES: &str = "catalogue-no-sources";
/// `catalogue-source-not-tables`: $field: `source`; $table: `[[source]]`.
pub const SOURCE_NOT_TABLES: &str = "catalogue-source-not-tables";
/// `catalogue-source-not-table`: $table: `[[source]]`.
pub const SOURCE_NOT_TABLE: &str = "catalogue-source-not-table";
/// `catalogue-duplicate-id`: $first: the number of the source that has it first.
pub const DUPLICATE_ID: &str = "catalogue-duplicate-id";
/// `catalogue-duplicate-url`: $first: that source's number; $id: its id.
pub const DUPLICATE_URL: &str = "catalogue-duplicate-url";
/// `catalogue-duplicate-url-no-id`: $first: the number of a source with no readable id.
pub const DUPLICATE_URL_NO_ID: &str = "catalogue-duplicate-url-no-id";
/// `catalogue-unknown-field`: $key: the field as written; $fields: the known fields.
pub const UNKNOWN_FIELD: &str = "catalogue-unknown-field";
/// `catalogue-entry-shape`: $why: the TOML reader's own (English) reason.
pub const ENTRY_SHAPE: &str = "catalogue-entry-shape";
/// `catalogue-bad-id`: $id: as written; $max: most characters; $example: a good one.
pub const BAD_ID: &str = "catalogue-bad-id";
/// `catalogue-name-empty`: $field: `name`.
pub const NAME_EMPTY: &str = "catalogue-name-empty";
/// `catalogue-program-not-names`: $field: `program`.
pub const PROGRAM_NOT_NAMES: &str = "catalogue-program-not-names";
/// `catalogue-program-empty`: $field: `program`; $example: a program such as na.
pub const PROGRAM_EMPTY: &str = "catalogue-program-empty";
/// `catalogue-program-unknown`: $program: as written; $known: the known ones; $list: the
/// constant's name; $file: where it is.
pub const PROGRAM_UNKNOWN: &str = "catalogue-program-unknown";
/// `catalogue-program-twice`: $program: as written.
pub const PROGRAM_TWICE: &str = "catalogue-program-twice";
/// `catalogue-bad-format`: $format: as written; $known: the formats read.
pub const BAD_FORMAT: &str = "catalogue-bad-format";
/// `catalogue-worldwide-not-online`: $code: the worldwide code; $setting: `online_only = true`.
pub const WORLDWIDE_NOT_ONLINE: &str = "catalogue-worldwide-not-online";
/// `catalogue-bad-country`: $country: as written; $standard: ISO 3166-1 alpha-2;
/// $examples: a few codes.
pub const BAD_COUNTRY: &str = "catalogue-bad-country";
/// `catalogue-bad-timezone`: $zone: as written; $first, $second: two example zones.
pub const BAD_TIMEZONE: &str = "catalogue-bad-timezone";
/// `catalogue-bbox-count`: $field: `bbox`; $count: the numbers written; $shape: the order.
pub const BBOX_COUNT: &str = "catalogue-bbox-count";
/// `catalogue-bbox-off-map`: $field: `bbox`; $lat, $lon: the ranges; $shape: the order.
pub const BBOX_OFF_MAP: &str = "catalogue-bbox-off-map";
/// `catalogue-bbox-swapped`: $field: `bbox`; $shape: the order.
pub const BBOX_SWAPPED: &str = "catalogue-bbox-swapped";
/// `catalogue-bbox-whole-world`: $field: `bbox`; $setting: `online_only = true`.
pub const BBOX_WHOLE_WORLD: &str = "catalogue-bbox-whole-world";
/// `catalogue-feedback-email`: $field: `feedback`.
pub const FEEDBACK_EMAIL: &str = "catalogue-feedback-email";
/// `catalogue-verified-not-date`: $field: `verified`; $example: a date.
pub const VERIFIED_NOT_DATE: &str = "catalogue-verified-not-date";
/// `catalogue-verified-future`: $field: `verified`; $date: the date written.
pub const VERIFIED_FUTURE: &str = "catalogue-verified-future";
/// `catalogue-too-long`: $field: the field; $max: most characters.
pub const TOO_LONG: &str = "catalogue-too-long";
/// `catalogue-control-characters`: $field: the field.
pub const CONTROL_CHARACTERS: &str = "catalogue-control-characters";
/// `catalogue-email`: $field: the field; $feedback: `feedback`.
pub const EMAIL: &str = "catalogue-email";
/// `catalogue-phone`: $field: the field.
pub const PHONE: &str = "catalogue-phone";
/// `catalogue-url-at`: $field: the field.
pub const URL_AT: &str = "catalogue-url-at";
/// `catalogue-not-web-address`: $field: the field; $value: as written.
pub const NOT_WEB_ADDRESS: &str = "catalogue-not-web-address";
/// `catalogue-plain-http`: $field: the field; $scheme: `https://`.
pub const PLAIN_HTTP: &str = "catalogue-plain-http";
/// `catalogue-not-https`: $field: the field; $scheme: `https://`.
pub const NOT_HTTPS: &str = "catalogue-not-https";

/// Every id above, for the test that every locale has them.
pub(crate) const IDS: &[&str] = &[
    AT_SOURCE_ID,
    AT_SOURCE,
    NOT_TOML,
    NOT_TOML_AT_LINE,
    NOT_UTF8,
    TOO_BIG,
    UNKNOWN_TOP_FIELD,
    VERSION_MISSING,
    VERSION_WRONG,
    NO_SOURCES,
    SOURCE_NOT_TABLES,
    SOURCE_NOT_TABLE,
    DUPLICATE_ID,
    DUPLICATE_URL,
    DUPLICATE_URL_NO_ID,
    UNKNOWN_FIELD,
    ENTRY_SHAPE,
    BAD_ID,
    NAME_EMPTY,
    PROGRAM_NOT_NAMES,
    PROGRAM_EMPTY,
    PROGRAM_UNKNOWN,
    PROGRAM_TWICE,
    BAD_FORMAT,
    WORLDWIDE_NOT_ONLINE,
    BAD_COUNTRY,
    BAD_TIMEZONE,
    BBOX_COUNT,
    BBOX_OFF_MAP,
    BBOX_SWAPPED,
    BBOX_WHOLE_WORLD,
    FEEDBACK_EMAIL,
    VERIFIED_NOT_DATE,
    VERIFIED_FUTURE,
    TOO_LONG,
    CONTROL_CHARACTERS,
    EMAIL,
    PHONE,
    URL_AT,
    NOT_WEB_ADDRESS,
    PLAIN_HTTP,
    NOT_HTTPS,
];
