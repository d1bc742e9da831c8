//! Re-exports the ICU4X data Waymark uses, for its locales only.
//!
//! ICU4X's data crates (`icu_*_data`) hold CLDR data for every locale, and a build links all
//! of it for each kind of data it uses. This program reads those same crates (so the data
//! is exactly what ICU4X ships, CLDR and Unicode versions included: no CLDR download) and
//! writes baked data for en-GB, en-US, cy and es (with their parents: en, en-001, und) into
//! the folder given, which `.cargo/config.toml` points ICU4X at (`ICU4X_DATA_DIR`).
//! Data that does not depend on the locale (normalisation, character properties) is copied
//! whole.
//!
//! `cargo run --release --manifest-path core/icu-data/export/Cargo.toml -- core/icu-data`

use std::path::PathBuf;

use icu_provider_export::baked_exporter::{BakedExporter, Options};
use icu_provider_export::prelude::*;

// The data crates' macros call their helper macros by bare name.
#[allow(unused_imports)]
use icu_calendar_data::*;
#[allow(unused_imports)]
use icu_datetime_data::*;
#[allow(unused_imports)]
use icu_decimal_data::*;
#[allow(unused_imports)]
use icu_locale_fallback_data::*;
#[allow(unused_imports)]
use icu_normalizer_data::*;
#[allow(unused_imports)]
use icu_plurals_data::*;
#[allow(unused_imports)]
use icu_properties_data::*;
#[allow(unused_imports)]
use icu_time_data::*;

/// The paths the data crates' macros name (`icu::datetime::provider::…`).
mod icu {
    pub use icu_calendar as calendar;
    pub use icu_collections as collections;
    pub use icu_datetime as datetime;
    pub use icu_decimal as decimal;
    pub use icu_normalizer as normalizer;
    pub use icu_plurals as plurals;
    pub use icu_properties as properties;
    pub use icu_time as time;
    pub mod locale {
        pub use icu_locale::*;
    }
}

/// Waymark's locales; the exporter adds their ancestors.
const LOCALES: &[&str] = &["en-GB", "en-US", "cy", "es"];

/// ICU4X's own compiled data, readable and iterable.
pub struct Stock;

/// A singleton marker's one identifier (the data crates' own `ITER` arm for singletons does
/// not compile in ICU4X 2.4: it names `BtreeSet`).
macro_rules! singleton_iter {
    ($marker:ty) => {
        impl icu_provider::IterableDataProvider<$marker> for Stock {
            fn iter_ids(
                &self,
            ) -> Result<
                std::collections::BTreeSet<icu_provider::DataIdentifierCow<'static>>,
                icu_provider::DataError,
            > {
                Ok([icu_provider::DataIdentifierCow::default()].into_iter().collect())
            }
        }
    };
}

const _: () = {
    icu_datetime_data::make_provider!(Stock);
    icu_calendar_data::impl_calendar_japanese_modern_v1!(Stock);
    singleton_iter!(icu::calendar::provider::CalendarJapaneseModernV1);
    icu_calendar_data::impl_calendar_preferred_v1!(Stock, ITER);
    icu_calendar_data::impl_calendar_week_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_dayperiod_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_buddhist_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_chinese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_coptic_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_dangi_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_ethiopian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_gregorian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_hebrew_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_hijri_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_indian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_japanese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_persian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_month_roc_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_weekday_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_buddhist_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_chinese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_coptic_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_dangi_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_ethiopian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_gregorian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_hebrew_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_hijri_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_indian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_japanese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_persian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_names_year_roc_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_buddhist_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_chinese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_coptic_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_dangi_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_ethiopian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_gregorian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_hebrew_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_hijri_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_indian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_japanese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_persian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_date_roc_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_glue_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_buddhist_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_chinese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_coptic_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_dangi_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_ethiopian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_gregorian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_hebrew_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_hijri_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_indian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_japanese_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_persian_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_date_roc_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_glue_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_range_time_v1!(Stock, ITER);
    icu_datetime_data::impl_datetime_patterns_time_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_cities_override_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_cities_root_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_essentials_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_generic_long_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_generic_short_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_locations_override_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_locations_root_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_specific_long_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_specific_short_v1!(Stock, ITER);
    icu_datetime_data::impl_timezone_names_standard_long_v1!(Stock, ITER);
    icu_decimal_data::impl_decimal_compact_long_v1!(Stock, ITER);
    icu_decimal_data::impl_decimal_compact_short_v1!(Stock, ITER);
    icu_decimal_data::impl_decimal_digits_v1!(Stock, ITER);
    icu_decimal_data::impl_decimal_symbols_v1!(Stock, ITER);
    icu_locale_fallback_data::impl_locale_likely_subtags_language_v1!(Stock);
    singleton_iter!(icu::locale::fallback::provider::LocaleLikelySubtagsLanguageV1);
    icu_locale_fallback_data::impl_locale_parents_v1!(Stock);
    singleton_iter!(icu::locale::fallback::provider::LocaleParentsV1);
    icu_normalizer_data::impl_normalizer_nfc_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfcV1);
    icu_normalizer_data::impl_normalizer_nfd_data_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfdDataV1);
    icu_normalizer_data::impl_normalizer_nfd_supplement_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfdSupplementV1);
    icu_normalizer_data::impl_normalizer_nfd_tables_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfdTablesV1);
    icu_normalizer_data::impl_normalizer_nfkd_data_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfkdDataV1);
    icu_normalizer_data::impl_normalizer_nfkd_tables_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerNfkdTablesV1);
    icu_normalizer_data::impl_normalizer_uts46_data_v1!(Stock);
    singleton_iter!(icu::normalizer::provider::NormalizerUts46DataV1);
    icu_plurals_data::impl_plurals_cardinal_v1!(Stock, ITER);
    icu_plurals_data::impl_plurals_ordinal_v1!(Stock, ITER);
    icu_plurals_data::impl_plurals_ranges_v1!(Stock, ITER);
    icu_properties_data::impl_property_binary_alnum_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryAlnumV1);
    icu_properties_data::impl_property_binary_alphabetic_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryAlphabeticV1);
    icu_properties_data::impl_property_binary_ascii_hex_digit_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryAsciiHexDigitV1);
    icu_properties_data::impl_property_binary_basic_emoji_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryBasicEmojiV1);
    icu_properties_data::impl_property_binary_bidi_control_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryBidiControlV1);
    icu_properties_data::impl_property_binary_bidi_mirrored_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryBidiMirroredV1);
    icu_properties_data::impl_property_binary_blank_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryBlankV1);
    icu_properties_data::impl_property_binary_case_ignorable_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryCaseIgnorableV1);
    icu_properties_data::impl_property_binary_case_sensitive_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryCaseSensitiveV1);
    icu_properties_data::impl_property_binary_cased_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryCasedV1);
    icu_properties_data::impl_property_binary_changes_when_casefolded_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenCasefoldedV1);
    icu_properties_data::impl_property_binary_changes_when_casemapped_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenCasemappedV1);
    icu_properties_data::impl_property_binary_changes_when_lowercased_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenLowercasedV1);
    icu_properties_data::impl_property_binary_changes_when_nfkc_casefolded_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenNfkcCasefoldedV1);
    icu_properties_data::impl_property_binary_changes_when_titlecased_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenTitlecasedV1);
    icu_properties_data::impl_property_binary_changes_when_uppercased_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryChangesWhenUppercasedV1);
    icu_properties_data::impl_property_binary_dash_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryDashV1);
    icu_properties_data::impl_property_binary_default_ignorable_code_point_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryDefaultIgnorableCodePointV1);
    icu_properties_data::impl_property_binary_deprecated_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryDeprecatedV1);
    icu_properties_data::impl_property_binary_diacritic_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryDiacriticV1);
    icu_properties_data::impl_property_binary_emoji_component_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryEmojiComponentV1);
    icu_properties_data::impl_property_binary_emoji_modifier_base_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryEmojiModifierBaseV1);
    icu_properties_data::impl_property_binary_emoji_modifier_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryEmojiModifierV1);
    icu_properties_data::impl_property_binary_emoji_presentation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryEmojiPresentationV1);
    icu_properties_data::impl_property_binary_emoji_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryEmojiV1);
    icu_properties_data::impl_property_binary_extended_pictographic_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryExtendedPictographicV1);
    icu_properties_data::impl_property_binary_extender_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryExtenderV1);
    icu_properties_data::impl_property_binary_full_composition_exclusion_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryFullCompositionExclusionV1);
    icu_properties_data::impl_property_binary_graph_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryGraphV1);
    icu_properties_data::impl_property_binary_grapheme_base_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryGraphemeBaseV1);
    icu_properties_data::impl_property_binary_grapheme_extend_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryGraphemeExtendV1);
    icu_properties_data::impl_property_binary_grapheme_link_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryGraphemeLinkV1);
    icu_properties_data::impl_property_binary_hex_digit_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryHexDigitV1);
    icu_properties_data::impl_property_binary_hyphen_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryHyphenV1);
    icu_properties_data::impl_property_binary_id_compat_math_continue_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdCompatMathContinueV1);
    icu_properties_data::impl_property_binary_id_compat_math_start_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdCompatMathStartV1);
    icu_properties_data::impl_property_binary_id_continue_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdContinueV1);
    icu_properties_data::impl_property_binary_id_start_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdStartV1);
    icu_properties_data::impl_property_binary_ideographic_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdeographicV1);
    icu_properties_data::impl_property_binary_ids_binary_operator_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdsBinaryOperatorV1);
    icu_properties_data::impl_property_binary_ids_trinary_operator_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdsTrinaryOperatorV1);
    icu_properties_data::impl_property_binary_ids_unary_operator_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryIdsUnaryOperatorV1);
    icu_properties_data::impl_property_binary_join_control_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryJoinControlV1);
    icu_properties_data::impl_property_binary_logical_order_exception_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryLogicalOrderExceptionV1);
    icu_properties_data::impl_property_binary_lowercase_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryLowercaseV1);
    icu_properties_data::impl_property_binary_math_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryMathV1);
    icu_properties_data::impl_property_binary_modifier_combining_mark_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryModifierCombiningMarkV1);
    icu_properties_data::impl_property_binary_nfc_inert_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryNfcInertV1);
    icu_properties_data::impl_property_binary_nfd_inert_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryNfdInertV1);
    icu_properties_data::impl_property_binary_nfkc_inert_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryNfkcInertV1);
    icu_properties_data::impl_property_binary_nfkd_inert_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryNfkdInertV1);
    icu_properties_data::impl_property_binary_noncharacter_code_point_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryNoncharacterCodePointV1);
    icu_properties_data::impl_property_binary_pattern_syntax_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryPatternSyntaxV1);
    icu_properties_data::impl_property_binary_pattern_white_space_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryPatternWhiteSpaceV1);
    icu_properties_data::impl_property_binary_prepended_concatenation_mark_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryPrependedConcatenationMarkV1);
    icu_properties_data::impl_property_binary_print_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryPrintV1);
    icu_properties_data::impl_property_binary_quotation_mark_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryQuotationMarkV1);
    icu_properties_data::impl_property_binary_radical_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryRadicalV1);
    icu_properties_data::impl_property_binary_regional_indicator_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryRegionalIndicatorV1);
    icu_properties_data::impl_property_binary_segment_starter_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinarySegmentStarterV1);
    icu_properties_data::impl_property_binary_sentence_terminal_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinarySentenceTerminalV1);
    icu_properties_data::impl_property_binary_soft_dotted_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinarySoftDottedV1);
    icu_properties_data::impl_property_binary_terminal_punctuation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryTerminalPunctuationV1);
    icu_properties_data::impl_property_binary_unified_ideograph_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryUnifiedIdeographV1);
    icu_properties_data::impl_property_binary_uppercase_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryUppercaseV1);
    icu_properties_data::impl_property_binary_variation_selector_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryVariationSelectorV1);
    icu_properties_data::impl_property_binary_white_space_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryWhiteSpaceV1);
    icu_properties_data::impl_property_binary_xdigit_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryXdigitV1);
    icu_properties_data::impl_property_binary_xid_continue_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryXidContinueV1);
    icu_properties_data::impl_property_binary_xid_start_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyBinaryXidStartV1);
    icu_properties_data::impl_property_enum_bidi_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumBidiClassV1);
    icu_properties_data::impl_property_enum_bidi_mirroring_glyph_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumBidiMirroringGlyphV1);
    icu_properties_data::impl_property_enum_block_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumBlockV1);
    icu_properties_data::impl_property_enum_canonical_combining_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumCanonicalCombiningClassV1);
    icu_properties_data::impl_property_enum_east_asian_width_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumEastAsianWidthV1);
    icu_properties_data::impl_property_enum_general_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumGeneralCategoryV1);
    icu_properties_data::impl_property_enum_grapheme_cluster_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumGraphemeClusterBreakV1);
    icu_properties_data::impl_property_enum_hangul_syllable_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumHangulSyllableTypeV1);
    icu_properties_data::impl_property_enum_indic_conjunct_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumIndicConjunctBreakV1);
    icu_properties_data::impl_property_enum_indic_syllabic_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumIndicSyllabicCategoryV1);
    icu_properties_data::impl_property_enum_joining_group_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumJoiningGroupV1);
    icu_properties_data::impl_property_enum_joining_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumJoiningTypeV1);
    icu_properties_data::impl_property_enum_line_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumLineBreakV1);
    icu_properties_data::impl_property_enum_numeric_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumNumericTypeV1);
    icu_properties_data::impl_property_enum_script_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumScriptV1);
    icu_properties_data::impl_property_enum_sentence_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumSentenceBreakV1);
    icu_properties_data::impl_property_enum_vertical_orientation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumVerticalOrientationV1);
    icu_properties_data::impl_property_enum_word_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyEnumWordBreakV1);
    icu_properties_data::impl_property_name_long_bidi_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongBidiClassV1);
    icu_properties_data::impl_property_name_long_block_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongBlockV1);
    icu_properties_data::impl_property_name_long_canonical_combining_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongCanonicalCombiningClassV1);
    icu_properties_data::impl_property_name_long_east_asian_width_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongEastAsianWidthV1);
    icu_properties_data::impl_property_name_long_general_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongGeneralCategoryV1);
    icu_properties_data::impl_property_name_long_grapheme_cluster_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongGraphemeClusterBreakV1);
    icu_properties_data::impl_property_name_long_hangul_syllable_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongHangulSyllableTypeV1);
    icu_properties_data::impl_property_name_long_indic_conjunct_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongIndicConjunctBreakV1);
    icu_properties_data::impl_property_name_long_indic_syllabic_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongIndicSyllabicCategoryV1);
    icu_properties_data::impl_property_name_long_joining_group_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongJoiningGroupV1);
    icu_properties_data::impl_property_name_long_joining_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongJoiningTypeV1);
    icu_properties_data::impl_property_name_long_line_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongLineBreakV1);
    icu_properties_data::impl_property_name_long_numeric_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongNumericTypeV1);
    icu_properties_data::impl_property_name_long_script_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongScriptV1);
    icu_properties_data::impl_property_name_long_sentence_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongSentenceBreakV1);
    icu_properties_data::impl_property_name_long_vertical_orientation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongVerticalOrientationV1);
    icu_properties_data::impl_property_name_long_word_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameLongWordBreakV1);
    icu_properties_data::impl_property_name_parse_bidi_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseBidiClassV1);
    icu_properties_data::impl_property_name_parse_block_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseBlockV1);
    icu_properties_data::impl_property_name_parse_canonical_combining_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseCanonicalCombiningClassV1);
    icu_properties_data::impl_property_name_parse_east_asian_width_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseEastAsianWidthV1);
    icu_properties_data::impl_property_name_parse_general_category_mask_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseGeneralCategoryMaskV1);
    icu_properties_data::impl_property_name_parse_general_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseGeneralCategoryV1);
    icu_properties_data::impl_property_name_parse_grapheme_cluster_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseGraphemeClusterBreakV1);
    icu_properties_data::impl_property_name_parse_hangul_syllable_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseHangulSyllableTypeV1);
    icu_properties_data::impl_property_name_parse_indic_conjunct_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseIndicConjunctBreakV1);
    icu_properties_data::impl_property_name_parse_indic_syllabic_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseIndicSyllabicCategoryV1);
    icu_properties_data::impl_property_name_parse_joining_group_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseJoiningGroupV1);
    icu_properties_data::impl_property_name_parse_joining_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseJoiningTypeV1);
    icu_properties_data::impl_property_name_parse_line_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseLineBreakV1);
    icu_properties_data::impl_property_name_parse_numeric_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseNumericTypeV1);
    icu_properties_data::impl_property_name_parse_script_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseScriptV1);
    icu_properties_data::impl_property_name_parse_sentence_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseSentenceBreakV1);
    icu_properties_data::impl_property_name_parse_vertical_orientation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseVerticalOrientationV1);
    icu_properties_data::impl_property_name_parse_word_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameParseWordBreakV1);
    icu_properties_data::impl_property_name_short_bidi_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortBidiClassV1);
    icu_properties_data::impl_property_name_short_block_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortBlockV1);
    icu_properties_data::impl_property_name_short_canonical_combining_class_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortCanonicalCombiningClassV1);
    icu_properties_data::impl_property_name_short_east_asian_width_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortEastAsianWidthV1);
    icu_properties_data::impl_property_name_short_general_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortGeneralCategoryV1);
    icu_properties_data::impl_property_name_short_grapheme_cluster_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortGraphemeClusterBreakV1);
    icu_properties_data::impl_property_name_short_hangul_syllable_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortHangulSyllableTypeV1);
    icu_properties_data::impl_property_name_short_indic_conjunct_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortIndicConjunctBreakV1);
    icu_properties_data::impl_property_name_short_indic_syllabic_category_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortIndicSyllabicCategoryV1);
    icu_properties_data::impl_property_name_short_joining_group_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortJoiningGroupV1);
    icu_properties_data::impl_property_name_short_joining_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortJoiningTypeV1);
    icu_properties_data::impl_property_name_short_line_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortLineBreakV1);
    icu_properties_data::impl_property_name_short_numeric_type_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortNumericTypeV1);
    icu_properties_data::impl_property_name_short_script_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortScriptV1);
    icu_properties_data::impl_property_name_short_sentence_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortSentenceBreakV1);
    icu_properties_data::impl_property_name_short_vertical_orientation_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortVerticalOrientationV1);
    icu_properties_data::impl_property_name_short_word_break_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyNameShortWordBreakV1);
    icu_properties_data::impl_property_script_with_extensions_v1!(Stock);
    singleton_iter!(icu::properties::provider::PropertyScriptWithExtensionsV1);
    icu_time_data::impl_timezone_identifiers_iana_core_v1!(Stock);
    singleton_iter!(icu::time::provider::iana::TimezoneIdentifiersIanaCoreV1);
    icu_time_data::impl_timezone_identifiers_iana_extended_v1!(Stock);
    singleton_iter!(icu::time::provider::iana::TimezoneIdentifiersIanaExtendedV1);
    icu_time_data::impl_timezone_identifiers_windows_v1!(Stock);
    singleton_iter!(icu::time::provider::windows::TimezoneIdentifiersWindowsV1);
    icu_time_data::impl_timezone_periods_v1!(Stock);
    singleton_iter!(icu::time::provider::TimezonePeriodsV1);
};

extern crate alloc;

icu_provider::export::make_exportable_provider!(
    Stock,
    [
    icu::calendar::provider::CalendarJapaneseModernV1,
    icu::calendar::provider::CalendarPreferredV1,
    icu::calendar::provider::CalendarWeekV1,
    icu::datetime::provider::names::DatetimeNamesDayperiodV1,
    icu::datetime::provider::names::DatetimeNamesMonthBuddhistV1,
    icu::datetime::provider::names::DatetimeNamesMonthChineseV1,
    icu::datetime::provider::names::DatetimeNamesMonthCopticV1,
    icu::datetime::provider::names::DatetimeNamesMonthDangiV1,
    icu::datetime::provider::names::DatetimeNamesMonthEthiopianV1,
    icu::datetime::provider::names::DatetimeNamesMonthGregorianV1,
    icu::datetime::provider::names::DatetimeNamesMonthHebrewV1,
    icu::datetime::provider::names::DatetimeNamesMonthHijriV1,
    icu::datetime::provider::names::DatetimeNamesMonthIndianV1,
    icu::datetime::provider::names::DatetimeNamesMonthJapaneseV1,
    icu::datetime::provider::names::DatetimeNamesMonthPersianV1,
    icu::datetime::provider::names::DatetimeNamesMonthRocV1,
    icu::datetime::provider::names::DatetimeNamesWeekdayV1,
    icu::datetime::provider::names::DatetimeNamesYearBuddhistV1,
    icu::datetime::provider::names::DatetimeNamesYearChineseV1,
    icu::datetime::provider::names::DatetimeNamesYearCopticV1,
    icu::datetime::provider::names::DatetimeNamesYearDangiV1,
    icu::datetime::provider::names::DatetimeNamesYearEthiopianV1,
    icu::datetime::provider::names::DatetimeNamesYearGregorianV1,
    icu::datetime::provider::names::DatetimeNamesYearHebrewV1,
    icu::datetime::provider::names::DatetimeNamesYearHijriV1,
    icu::datetime::provider::names::DatetimeNamesYearIndianV1,
    icu::datetime::provider::names::DatetimeNamesYearJapaneseV1,
    icu::datetime::provider::names::DatetimeNamesYearPersianV1,
    icu::datetime::provider::names::DatetimeNamesYearRocV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateBuddhistV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateChineseV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateCopticV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateDangiV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateEthiopianV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateGregorianV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateHebrewV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateHijriV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateIndianV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateJapaneseV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDatePersianV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsDateRocV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsGlueV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateBuddhistV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateChineseV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateCopticV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateDangiV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateEthiopianV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateGregorianV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateHebrewV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateHijriV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateIndianV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateJapaneseV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDatePersianV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeDateRocV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeGlueV1,
    icu::datetime::provider::range_patterns::DatetimePatternsRangeTimeV1,
    icu::datetime::provider::semantic_skeletons::DatetimePatternsTimeV1,
    icu::datetime::provider::time_zones::TimezoneNamesCitiesOverrideV1,
    icu::datetime::provider::time_zones::TimezoneNamesCitiesRootV1,
    icu::datetime::provider::time_zones::TimezoneNamesEssentialsV1,
    icu::datetime::provider::time_zones::TimezoneNamesGenericLongV1,
    icu::datetime::provider::time_zones::TimezoneNamesGenericShortV1,
    icu::datetime::provider::time_zones::TimezoneNamesLocationsOverrideV1,
    icu::datetime::provider::time_zones::TimezoneNamesLocationsRootV1,
    icu::datetime::provider::time_zones::TimezoneNamesSpecificLongV1,
    icu::datetime::provider::time_zones::TimezoneNamesSpecificShortV1,
    icu::datetime::provider::time_zones::TimezoneNamesStandardLongV1,
    icu::decimal::provider::DecimalCompactLongV1,
    icu::decimal::provider::DecimalCompactShortV1,
    icu::decimal::provider::DecimalDigitsV1,
    icu::decimal::provider::DecimalSymbolsV1,
    icu::locale::fallback::provider::LocaleLikelySubtagsLanguageV1,
    icu::locale::fallback::provider::LocaleParentsV1,
    icu::normalizer::provider::NormalizerNfcV1,
    icu::normalizer::provider::NormalizerNfdDataV1,
    icu::normalizer::provider::NormalizerNfdSupplementV1,
    icu::normalizer::provider::NormalizerNfdTablesV1,
    icu::normalizer::provider::NormalizerNfkdDataV1,
    icu::normalizer::provider::NormalizerNfkdTablesV1,
    icu::normalizer::provider::NormalizerUts46DataV1,
    icu::plurals::provider::PluralsCardinalV1,
    icu::plurals::provider::PluralsOrdinalV1,
    icu::plurals::provider::PluralsRangesV1,
    icu::properties::provider::PropertyBinaryAlnumV1,
    icu::properties::provider::PropertyBinaryAlphabeticV1,
    icu::properties::provider::PropertyBinaryAsciiHexDigitV1,
    icu::properties::provider::PropertyBinaryBasicEmojiV1,
    icu::properties::provider::PropertyBinaryBidiControlV1,
    icu::properties::provider::PropertyBinaryBidiMirroredV1,
    icu::properties::provider::PropertyBinaryBlankV1,
    icu::properties::provider::PropertyBinaryCaseIgnorableV1,
    icu::properties::provider::PropertyBinaryCaseSensitiveV1,
    icu::properties::provider::PropertyBinaryCasedV1,
    icu::properties::provider::PropertyBinaryChangesWhenCasefoldedV1,
    icu::properties::provider::PropertyBinaryChangesWhenCasemappedV1,
    icu::properties::provider::PropertyBinaryChangesWhenLowercasedV1,
    icu::properties::provider::PropertyBinaryChangesWhenNfkcCasefoldedV1,
    icu::properties::provider::PropertyBinaryChangesWhenTitlecasedV1,
    icu::properties::provider::PropertyBinaryChangesWhenUppercasedV1,
    icu::properties::provider::PropertyBinaryDashV1,
    icu::properties::provider::PropertyBinaryDefaultIgnorableCodePointV1,
    icu::properties::provider::PropertyBinaryDeprecatedV1,
    icu::properties::provider::PropertyBinaryDiacriticV1,
    icu::properties::provider::PropertyBinaryEmojiComponentV1,
    icu::properties::provider::PropertyBinaryEmojiModifierBaseV1,
    icu::properties::provider::PropertyBinaryEmojiModifierV1,
    icu::properties::provider::PropertyBinaryEmojiPresentationV1,
    icu::properties::provider::PropertyBinaryEmojiV1,
    icu::properties::provider::PropertyBinaryExtendedPictographicV1,
    icu::properties::provider::PropertyBinaryExtenderV1,
    icu::properties::provider::PropertyBinaryFullCompositionExclusionV1,
    icu::properties::provider::PropertyBinaryGraphV1,
    icu::properties::provider::PropertyBinaryGraphemeBaseV1,
    icu::properties::provider::PropertyBinaryGraphemeExtendV1,
    icu::properties::provider::PropertyBinaryGraphemeLinkV1,
    icu::properties::provider::PropertyBinaryHexDigitV1,
    icu::properties::provider::PropertyBinaryHyphenV1,
    icu::properties::provider::PropertyBinaryIdCompatMathContinueV1,
    icu::properties::provider::PropertyBinaryIdCompatMathStartV1,
    icu::properties::provider::PropertyBinaryIdContinueV1,
    icu::properties::provider::PropertyBinaryIdStartV1,
    icu::properties::provider::PropertyBinaryIdeographicV1,
    icu::properties::provider::PropertyBinaryIdsBinaryOperatorV1,
    icu::properties::provider::PropertyBinaryIdsTrinaryOperatorV1,
    icu::properties::provider::PropertyBinaryIdsUnaryOperatorV1,
    icu::properties::provider::PropertyBinaryJoinControlV1,
    icu::properties::provider::PropertyBinaryLogicalOrderExceptionV1,
    icu::properties::provider::PropertyBinaryLowercaseV1,
    icu::properties::provider::PropertyBinaryMathV1,
    icu::properties::provider::PropertyBinaryModifierCombiningMarkV1,
    icu::properties::provider::PropertyBinaryNfcInertV1,
    icu::properties::provider::PropertyBinaryNfdInertV1,
    icu::properties::provider::PropertyBinaryNfkcInertV1,
    icu::properties::provider::PropertyBinaryNfkdInertV1,
    icu::properties::provider::PropertyBinaryNoncharacterCodePointV1,
    icu::properties::provider::PropertyBinaryPatternSyntaxV1,
    icu::properties::provider::PropertyBinaryPatternWhiteSpaceV1,
    icu::properties::provider::PropertyBinaryPrependedConcatenationMarkV1,
    icu::properties::provider::PropertyBinaryPrintV1,
    icu::properties::provider::PropertyBinaryQuotationMarkV1,
    icu::properties::provider::PropertyBinaryRadicalV1,
    icu::properties::provider::PropertyBinaryRegionalIndicatorV1,
    icu::properties::provider::PropertyBinarySegmentStarterV1,
    icu::properties::provider::PropertyBinarySentenceTerminalV1,
    icu::properties::provider::PropertyBinarySoftDottedV1,
    icu::properties::provider::PropertyBinaryTerminalPunctuationV1,
    icu::properties::provider::PropertyBinaryUnifiedIdeographV1,
    icu::properties::provider::PropertyBinaryUppercaseV1,
    icu::properties::provider::PropertyBinaryVariationSelectorV1,
    icu::properties::provider::PropertyBinaryWhiteSpaceV1,
    icu::properties::provider::PropertyBinaryXdigitV1,
    icu::properties::provider::PropertyBinaryXidContinueV1,
    icu::properties::provider::PropertyBinaryXidStartV1,
    icu::properties::provider::PropertyEnumBidiClassV1,
    icu::properties::provider::PropertyEnumBidiMirroringGlyphV1,
    icu::properties::provider::PropertyEnumBlockV1,
    icu::properties::provider::PropertyEnumCanonicalCombiningClassV1,
    icu::properties::provider::PropertyEnumEastAsianWidthV1,
    icu::properties::provider::PropertyEnumGeneralCategoryV1,
    icu::properties::provider::PropertyEnumGraphemeClusterBreakV1,
    icu::properties::provider::PropertyEnumHangulSyllableTypeV1,
    icu::properties::provider::PropertyEnumIndicConjunctBreakV1,
    icu::properties::provider::PropertyEnumIndicSyllabicCategoryV1,
    icu::properties::provider::PropertyEnumJoiningGroupV1,
    icu::properties::provider::PropertyEnumJoiningTypeV1,
    icu::properties::provider::PropertyEnumLineBreakV1,
    icu::properties::provider::PropertyEnumNumericTypeV1,
    icu::properties::provider::PropertyEnumScriptV1,
    icu::properties::provider::PropertyEnumSentenceBreakV1,
    icu::properties::provider::PropertyEnumVerticalOrientationV1,
    icu::properties::provider::PropertyEnumWordBreakV1,
    icu::properties::provider::PropertyNameLongBidiClassV1,
    icu::properties::provider::PropertyNameLongBlockV1,
    icu::properties::provider::PropertyNameLongCanonicalCombiningClassV1,
    icu::properties::provider::PropertyNameLongEastAsianWidthV1,
    icu::properties::provider::PropertyNameLongGeneralCategoryV1,
    icu::properties::provider::PropertyNameLongGraphemeClusterBreakV1,
    icu::properties::provider::PropertyNameLongHangulSyllableTypeV1,
    icu::properties::provider::PropertyNameLongIndicConjunctBreakV1,
    icu::properties::provider::PropertyNameLongIndicSyllabicCategoryV1,
    icu::properties::provider::PropertyNameLongJoiningGroupV1,
    icu::properties::provider::PropertyNameLongJoiningTypeV1,
    icu::properties::provider::PropertyNameLongLineBreakV1,
    icu::properties::provider::PropertyNameLongNumericTypeV1,
    icu::properties::provider::PropertyNameLongScriptV1,
    icu::properties::provider::PropertyNameLongSentenceBreakV1,
    icu::properties::provider::PropertyNameLongVerticalOrientationV1,
    icu::properties::provider::PropertyNameLongWordBreakV1,
    icu::properties::provider::PropertyNameParseBidiClassV1,
    icu::properties::provider::PropertyNameParseBlockV1,
    icu::properties::provider::PropertyNameParseCanonicalCombiningClassV1,
    icu::properties::provider::PropertyNameParseEastAsianWidthV1,
    icu::properties::provider::PropertyNameParseGeneralCategoryMaskV1,
    icu::properties::provider::PropertyNameParseGeneralCategoryV1,
    icu::properties::provider::PropertyNameParseGraphemeClusterBreakV1,
    icu::properties::provider::PropertyNameParseHangulSyllableTypeV1,
    icu::properties::provider::PropertyNameParseIndicConjunctBreakV1,
    icu::properties::provider::PropertyNameParseIndicSyllabicCategoryV1,
    icu::properties::provider::PropertyNameParseJoiningGroupV1,
    icu::properties::provider::PropertyNameParseJoiningTypeV1,
    icu::properties::provider::PropertyNameParseLineBreakV1,
    icu::properties::provider::PropertyNameParseNumericTypeV1,
    icu::properties::provider::PropertyNameParseScriptV1,
    icu::properties::provider::PropertyNameParseSentenceBreakV1,
    icu::properties::provider::PropertyNameParseVerticalOrientationV1,
    icu::properties::provider::PropertyNameParseWordBreakV1,
    icu::properties::provider::PropertyNameShortBidiClassV1,
    icu::properties::provider::PropertyNameShortBlockV1,
    icu::properties::provider::PropertyNameShortCanonicalCombiningClassV1,
    icu::properties::provider::PropertyNameShortEastAsianWidthV1,
    icu::properties::provider::PropertyNameShortGeneralCategoryV1,
    icu::properties::provider::PropertyNameShortGraphemeClusterBreakV1,
    icu::properties::provider::PropertyNameShortHangulSyllableTypeV1,
    icu::properties::provider::PropertyNameShortIndicConjunctBreakV1,
    icu::properties::provider::PropertyNameShortIndicSyllabicCategoryV1,
    icu::properties::provider::PropertyNameShortJoiningGroupV1,
    icu::properties::provider::PropertyNameShortJoiningTypeV1,
    icu::properties::provider::PropertyNameShortLineBreakV1,
    icu::properties::provider::PropertyNameShortNumericTypeV1,
    icu::properties::provider::PropertyNameShortScriptV1,
    icu::properties::provider::PropertyNameShortSentenceBreakV1,
    icu::properties::provider::PropertyNameShortVerticalOrientationV1,
    icu::properties::provider::PropertyNameShortWordBreakV1,
    icu::properties::provider::PropertyScriptWithExtensionsV1,
    icu::time::provider::iana::TimezoneIdentifiersIanaCoreV1,
    icu::time::provider::iana::TimezoneIdentifiersIanaExtendedV1,
    icu::time::provider::windows::TimezoneIdentifiersWindowsV1,
    icu::time::provider::TimezonePeriodsV1,
    ]
);

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: export OUT_DIR"));
    let families = LOCALES.iter().map(|l| {
        DataLocaleFamily::without_descendants(l.parse::<DataLocale>().expect("a locale"))
    });
    let fallbacker = LocaleFallbacker::try_new_unstable(&Stock).expect("fallback data");
    let mut options = Options::default();
    options.overwrite = true;
    options.use_internal_fallback = true;
    let exporter = BakedExporter::new(out, options).expect("output folder");
    ExportDriver::new(families, DeduplicationStrategy::Maximal.into(), fallbacker)
        .with_markers(icu_provider::export::ExportableProvider::supported_markers(&Stock))
        .export(&Stock, exporter)
        .expect("export");
}
