//! The message ids of the catalogue checker's problems (`locales/*/catalogue.ftl`).
//!
//! Why ids: `waymark catalogue check` speaks to a reviewer in their own language
//! (`waymark --locale cy catalogue check FILE`), while logs and scripts keep en-GB. So the
//! checker records each problem as a [`Phrase`](crate::l10n::Phrase) (an id from here and its
//! values) and each reader words it. Field names, source ids, URLs, country codes and zone
//! names are values, not words: they stay as written in every language. A test checks that
//! every locale has every id in `IDS`.

crate::l10n::message_ids! {
    /// Every id below, for the test that every locale has them.
    pub(crate) IDS;
    /// `catalogue-at-source-id`: $number: the source's place in the file; $id: its id;
    /// $problem: one of the messages below, already worded.
    pub AT_SOURCE_ID = "catalogue-at-source-id";
    /// `catalogue-at-source`: $number: the source's place in the file; $problem: as above.
    pub AT_SOURCE = "catalogue-at-source";
    /// `catalogue-not-toml`: $why: the TOML reader's own (English) reason.
    pub NOT_TOML = "catalogue-not-toml";
    /// `catalogue-not-toml-at-line`: $line: the line; $why: the TOML reader's reason.
    pub NOT_TOML_AT_LINE = "catalogue-not-toml-at-line";
    /// `catalogue-not-utf8`: the file is not UTF-8 text.
    pub NOT_UTF8 = "catalogue-not-utf8";
    /// `catalogue-too-big`: $kib: the most a catalogue may be, in KiB.
    pub TOO_BIG = "catalogue-too-big";
    /// `catalogue-unknown-top-field`: $key: the field as written; $version, $table: the two
    /// things that belong at the top.
    pub UNKNOWN_TOP_FIELD = "catalogue-unknown-top-field";
    /// `catalogue-version-missing`: $field: `version`; $example: `version = 1`.
    pub VERSION_MISSING = "catalogue-version-missing";
    /// `catalogue-version-wrong`: $field: `version`; $kind: number, or the TOML type written
    /// (chooses a variant); $value: the number, or the TOML type's name.
    pub VERSION_WRONG = "catalogue-version-wrong";
    /// `catalogue-no-sources`: $table: `[[source]]`.
    pub NO_SOURCES = "catalogue-no-sources";
    /// `catalogue-source-not-tables`: $field: `source`; $table: `[[source]]`.
    pub SOURCE_NOT_TABLES = "catalogue-source-not-tables";
    /// `catalogue-source-not-table`: $table: `[[source]]`.
    pub SOURCE_NOT_TABLE = "catalogue-source-not-table";
    /// `catalogue-duplicate-id`: $first: the number of the source that has it first.
    pub DUPLICATE_ID = "catalogue-duplicate-id";
    /// `catalogue-duplicate-url`: $first: that source's number; $id: its id.
    pub DUPLICATE_URL = "catalogue-duplicate-url";
    /// `catalogue-duplicate-url-no-id`: $first: the number of a source with no readable id.
    pub DUPLICATE_URL_NO_ID = "catalogue-duplicate-url-no-id";
    /// `catalogue-unknown-field`: $key: the field as written; $fields: the known fields.
    pub UNKNOWN_FIELD = "catalogue-unknown-field";
    /// `catalogue-entry-shape`: $why: the TOML reader's own (English) reason.
    pub ENTRY_SHAPE = "catalogue-entry-shape";
    /// `catalogue-bad-id`: $id: as written; $max: most characters; $example: a good one.
    pub BAD_ID = "catalogue-bad-id";
    /// `catalogue-name-empty`: $field: `name`.
    pub NAME_EMPTY = "catalogue-name-empty";
    /// `catalogue-program-not-names`: $field: `program`.
    pub PROGRAM_NOT_NAMES = "catalogue-program-not-names";
    /// `catalogue-program-empty`: $field: `program`; $example: a program such as na.
    pub PROGRAM_EMPTY = "catalogue-program-empty";
    /// `catalogue-program-unknown`: $program: as written; $known: the known ones; $list: the
    /// constant's name; $file: where it is.
    pub PROGRAM_UNKNOWN = "catalogue-program-unknown";
    /// `catalogue-program-twice`: $program: as written.
    pub PROGRAM_TWICE = "catalogue-program-twice";
    /// `catalogue-bad-format`: $format: as written; $known: the formats read.
    pub BAD_FORMAT = "catalogue-bad-format";
    /// `catalogue-worldwide-not-online`: $code: the worldwide code; $setting: `online_only = true`.
    pub WORLDWIDE_NOT_ONLINE = "catalogue-worldwide-not-online";
    /// `catalogue-bad-country`: $country: as written; $standard: ISO 3166-1 alpha-2;
    /// $examples: a few codes.
    pub BAD_COUNTRY = "catalogue-bad-country";
    /// `catalogue-bad-timezone`: $zone: as written; $first, $second: two example zones.
    pub BAD_TIMEZONE = "catalogue-bad-timezone";
    /// `catalogue-bbox-count`: $field: `bbox`; $count: the numbers written; $shape: the order.
    pub BBOX_COUNT = "catalogue-bbox-count";
    /// `catalogue-bbox-off-map`: $field: `bbox`; $lat, $lon: the ranges; $shape: the order.
    pub BBOX_OFF_MAP = "catalogue-bbox-off-map";
    /// `catalogue-bbox-swapped`: $field: `bbox`; $shape: the order.
    pub BBOX_SWAPPED = "catalogue-bbox-swapped";
    /// `catalogue-bbox-whole-world`: $field: `bbox`; $setting: `online_only = true`.
    pub BBOX_WHOLE_WORLD = "catalogue-bbox-whole-world";
    /// `catalogue-feedback-email`: $field: `feedback`.
    pub FEEDBACK_EMAIL = "catalogue-feedback-email";
    /// `catalogue-verified-not-date`: $field: `verified`; $example: a date.
    pub VERIFIED_NOT_DATE = "catalogue-verified-not-date";
    /// `catalogue-verified-future`: $field: `verified`; $date: the date written.
    pub VERIFIED_FUTURE = "catalogue-verified-future";
    /// `catalogue-too-long`: $field: the field; $max: most characters.
    pub TOO_LONG = "catalogue-too-long";
    /// `catalogue-control-characters`: $field: the field.
    pub CONTROL_CHARACTERS = "catalogue-control-characters";
    /// `catalogue-email`: $field: the field; $feedback: `feedback`.
    pub EMAIL = "catalogue-email";
    /// `catalogue-phone`: $field: the field.
    pub PHONE = "catalogue-phone";
    /// `catalogue-url-at`: $field: the field.
    pub URL_AT = "catalogue-url-at";
    /// `catalogue-not-web-address`: $field: the field; $value: as written.
    pub NOT_WEB_ADDRESS = "catalogue-not-web-address";
    /// `catalogue-plain-http`: $field: the field; $scheme: `https://`.
    pub PLAIN_HTTP = "catalogue-plain-http";
    /// `catalogue-not-https`: $field: the field; $scheme: `https://`.
    pub NOT_HTTPS = "catalogue-not-https";
}
