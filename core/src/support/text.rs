//! Text from outside, made safe to show and to write into files.
//!
//! Feeds and the car-pool server are written by other people's software, and a control
//! character in a meeting name (ESC, BEL, NUL, a stray CR) does harm where that text ends up:
//! a terminal obeys escape sequences (recolouring, retitling, hiding lines), a calendar file
//! breaks or gains lines, a phone shows boxes. So control characters are removed once, where
//! text comes in (the importers' normalisation and the ride client), and every shell can show
//! what the core hands it as it is.
//!
//! Single-line fields (names, addresses, ids, messages) turn line breaks and tabs into a space
//! and drop every other control character. Fields that legitimately hold several lines (notes)
//! keep `\n`, with `\r\n` and a lone `\r` read as one; tabs become a space; the rest is dropped.
//! "Control character" is Unicode's general category Cc: C0 (U+0000–U+001F), DEL (U+007F) and
//! C1 (U+0080–U+009F, which some terminals also obey).

use std::borrow::Cow;

/// Whether `s` holds a control character (other than `\n` when `keep_newline`). A fast check:
/// most text has none.
fn has_control(s: &str, keep_newline: bool) -> bool {
    // C0 and DEL are single bytes; C1 characters are encoded as 0xC2 0x80..=0x9F.
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        (c < 0x20 && !(keep_newline && c == b'\n'))
            || c == 0x7f
            || (c == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

/// `s` as one line: line breaks and tabs become a space, other control characters are
/// dropped. Borrows when there is nothing to change.
pub fn single_line(s: &str) -> Cow<'_, str> {
    without_controls(s, false)
}

/// `s` keeping its lines: `\r\n` and a lone `\r` become `\n`, tabs become a space, other
/// control characters are dropped. Borrows when there is nothing to change.
pub fn multi_line(s: &str) -> Cow<'_, str> {
    without_controls(s, true)
}

/// The one rule behind [`single_line`] and [`multi_line`]: a line break (`\r\n`, `\r` or
/// `\n`) becomes `\n` when lines are kept and a space otherwise.
fn without_controls(s: &str, keep_lines: bool) -> Cow<'_, str> {
    if !has_control(s, keep_lines) {
        return Cow::Borrowed(s);
    }
    let line_break = if keep_lines { '\n' } else { ' ' };
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(line_break);
            }
            '\n' => out.push(line_break),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`single_line`] in place, allocating only when something changes.
pub fn clean_line_in_place(s: &mut String) {
    if let Cow::Owned(o) = single_line(s) {
        *s = o;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_go_and_lines_stay_only_where_they_belong() {
        let evil = "Hope\x1b[2J\x07 Group\0\r\nSecond\rThird\tend\u{9b}31m";
        assert_eq!(single_line(evil), "Hope[2J Group Second Third end31m");
        assert_eq!(multi_line(evil), "Hope[2J Group\nSecond\nThird end31m");
        assert!(matches!(single_line("Plain café"), Cow::Borrowed(_)));
        assert!(matches!(multi_line("Two\nlines é"), Cow::Borrowed(_)));
        assert_eq!(multi_line("a\r\n\r\nb\x7f"), "a\n\nb");
        let mut s = String::from("id\x1b1");
        clean_line_in_place(&mut s);
        assert_eq!(s, "id1");
    }
}
