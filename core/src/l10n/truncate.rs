//! Cutting long text to fit a column or a notification, never through the middle of a
//! character as a person sees it: an emoji with its skin tone, a flag, a letter with a
//! combining accent ("ŵ" written as w + U+0302) stay whole.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

/// What a cut text ends with.
pub const ELLIPSIS: char = '…';

/// `text` in at most `max_graphemes` user-perceived characters (extended grapheme clusters,
/// Unicode UAX #29): unchanged when it fits, else its first `max_graphemes - 1` and
/// [`ELLIPSIS`]. Trailing spaces before the ellipsis are dropped. `max_graphemes` 0 gives "".
pub fn truncate(text: &str, max_graphemes: usize) -> Cow<'_, str> {
    if max_graphemes == 0 {
        return Cow::Borrowed("");
    }
    // The byte offset where the grapheme after the first `max_graphemes - 1` starts, and
    // whether there are more than `max_graphemes` in all.
    let mut boundaries = text.grapheme_indices(true).map(|(i, _)| i);
    let Some(cut) = boundaries.nth(max_graphemes - 1) else {
        return Cow::Borrowed(text);
    };
    if boundaries.next().is_none() {
        // Exactly `max_graphemes`: it fits.
        return Cow::Borrowed(text);
    }
    let mut out = text[..cut].trim_end().to_string();
    out.push(ELLIPSIS);
    Cow::Owned(out)
}

/// How many user-perceived characters (extended grapheme clusters) `text` has: what a column
/// of fixed-width text is measured in ("ŵ" as w + U+0302 is one, "👋🏽" is one).
pub fn grapheme_count(text: &str) -> usize {
    text.graphemes(true).count()
}
