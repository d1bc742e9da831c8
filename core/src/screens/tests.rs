//! The screens' messages in every locale: none missing, none malformed, Welsh plurals.

use super::words::*;
use crate::l10n::{Arg, Locale, Words};

#[test]
fn en_gb_has_every_screen_message_the_code_uses() {
    // Other locales are checked against en-GB's files by `l10n::tests`.
    let w = Words::get(Locale::EnGb);
    for id in ALL_IDS {
        assert!(w.has_message(id), "en-GB lacks {id}");
    }
}

#[test]
fn welsh_counts_use_all_six_plural_forms() {
    let w = Words::get(Locale::Cy);
    let more = |n| w.own(MEETINGS_MORE, &[("count", Arg::Number(n))]);
    assert_eq!(more(1), "Mae un cyfarfod arall yn cyfateb.");
    assert_eq!(more(2), "Mae dau gyfarfod arall yn cyfateb.");
    assert_eq!(more(3), "Mae tri chyfarfod arall yn cyfateb.");
    assert_eq!(more(6), "Mae chwe chyfarfod arall yn cyfateb.");
    assert_eq!(more(7), "Mae 7 cyfarfod arall yn cyfateb.");
    assert_eq!(more(20), "Mae 20 cyfarfod arall yn cyfateb.");
    let summary = |n| w.own(MEETINGS_SUMMARY, &[("count", Arg::Number(n))]);
    assert_eq!(summary(0), "Does dim cyfarfodydd yn cael eu dangos.");
    assert_eq!(summary(2), "Dau gyfarfod yn cael eu dangos.");
    let stale = |n| w.own(MEETINGS_STALE, &[("days", Arg::Number(n))]);
    assert!(stale(2).contains("ddeuddydd yn ôl"));
    assert!(stale(6).contains("chwe diwrnod yn ôl"));
    assert!(stale(9).contains("9 diwrnod yn ôl"));
}

#[test]
fn spanish_and_english_counts_agree_with_their_nouns() {
    let es = Words::get(Locale::Es);
    let en = Words::get(Locale::EnGb);
    let more = |w: &Words, n| w.own(MEETINGS_MORE, &[("count", Arg::Number(n))]);
    assert_eq!(more(es, 1), "Hay una reunión más que coincide.");
    assert_eq!(more(es, 4), "Hay 4 reuniones más que coinciden.");
    assert_eq!(more(en, 1), "One more meeting matches.");
    assert_eq!(more(en, 12), "12 more meetings match.");
}
