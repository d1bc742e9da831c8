use super::*;
use crate::l10n::Locale;
use chrono::{DateTime, FixedOffset, TimeZone};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn options(tag: &str, zone: &str, at: DateTime<Utc>) -> MeetingsOptions {
    MeetingsOptions {
        locale: Some(tag.into()),
        viewer_timezone: Some(zone.into()),
        at: Some(at),
    }
}

/// 30 November 2026, 12:00 in London.
fn noon() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap()
}

fn written() -> DateTime<FixedOffset> {
    noon().fixed_offset()
}

fn vault(dir: &tempfile::TempDir) -> Vault {
    Vault::open(
        dir.path().join("v"),
        &crate::VaultKey::from_bytes(&[11; 32]).unwrap(),
    )
    .unwrap()
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn plain(s: &str) -> String {
    s.replace([FSI, PDI], "")
}

#[test]
fn a_card_counts_days_and_years_months_and_days_and_the_next_milestone_in_four_locales() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir);
    let today = d("2026-11-30");
    v.add_sobriety_date(d("2025-10-14"), "Alcohol", today, written())
        .unwrap();
    let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
    assert_eq!(s.title, "Sobriety dates");
    assert!(s.notices.is_empty());
    assert_eq!(s.actions[0].action, SobrietyAction::Add);
    assert_eq!(s.actions[0].label, "Add a date");
    let c = &s.cards[0];
    assert_eq!(c.label, "Alcohol");
    // The date itself, for "Edit" to open the picker on it.
    assert_eq!(c.date, "2025-10-14");
    assert_eq!((c.days, c.upcoming), (412, false));
    assert_eq!(c.count, "412 days");
    assert_eq!(
        c.count_detail.as_deref(),
        Some("1 year, 1 month and 16 days")
    );
    assert_eq!(c.since.as_deref(), Some("Since 14 Oct 2025"));
    // 2 years on 14 October 2027.
    assert_eq!(
        c.next_milestone.as_deref(),
        Some("Next: 2 years on Thu 14 Oct")
    );
    assert_eq!(c.next_milestone_when.as_deref(), Some("in 318 days"));
    assert_eq!(c.milestone_today, None);
    assert_eq!(
        plain(&c.accessibility_label),
        "Alcohol: 412 days. Since 14 Oct 2025. Next milestone: 2 years on Thu 14 Oct, in 318 days."
    );
    let actions: Vec<_> = c.actions.iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            SobrietyAction::Edit,
            SobrietyAction::StartAgain,
            SobrietyAction::Remove
        ]
    );
    assert_eq!(
        plain(&c.actions[1].accessibility_label),
        "Start Alcohol again from today"
    );
    assert_eq!(
        c.actions[1].confirm.as_ref().unwrap().title,
        "Start again from today?"
    );

    let us = &sobriety_state(&v, &options("en-US", "Europe/London", noon())).cards[0];
    assert_eq!(us.since.as_deref(), Some("Since Oct 14, 2025"));
    assert_eq!(
        us.next_milestone.as_deref(),
        Some("Next: 2 years on Thu, Oct 14")
    );
    assert_eq!(
        us.count_detail.as_deref(),
        Some("1 year, 1 month and 16 days")
    );

    let cy = sobriety_state(&v, &options("cy", "Europe/London", noon()));
    assert_eq!(cy.title, "Dyddiadau sobrwydd");
    let c = &cy.cards[0];
    assert_eq!(c.count, "412 diwrnod");
    assert_eq!(
        c.count_detail.as_deref(),
        Some("un flwyddyn, un mis a 16 diwrnod")
    );
    assert_eq!(c.since.as_deref(), Some("Ers 14 Hyd 2025"));
    assert_eq!(c.next_milestone_when.as_deref(), Some("ymhen 318 diwrnod"));

    let es = sobriety_state(&v, &options("es-ES", "Europe/Madrid", noon()));
    assert_eq!(es.title, "Fechas de sobriedad");
    let c = &es.cards[0];
    assert_eq!(c.count, "412 días");
    assert_eq!(c.count_detail.as_deref(), Some("1 año, 1 mes y 16 días"));
    assert_eq!(c.since.as_deref(), Some("Desde el 14 oct 2025"));
    assert_eq!(c.next_milestone_when.as_deref(), Some("dentro de 318 días"));
}

#[test]
fn the_day_is_the_viewers_own_just_past_midnight() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir);
    v.add_sobriety_date(d("2026-11-01"), "Alcohol", d("2026-11-30"), written())
        .unwrap();
    // 23:05 on 30 November in UTC is 00:05 on 1 December in Madrid: 30 days there.
    let at = Utc.with_ymd_and_hms(2026, 11, 30, 23, 5, 0).unwrap();
    let madrid_state = sobriety_state(&v, &options("en-GB", "Europe/Madrid", at));
    // The latest date the apps' pickers offer is the viewer's own today.
    assert_eq!(madrid_state.today, "2026-12-01");
    assert_eq!(
        sobriety_state(&v, &options("en-GB", "Europe/London", at)).today,
        "2026-11-30"
    );
    let madrid = &madrid_state.cards[0];
    assert_eq!(madrid.count, "30 days");
    assert_eq!(
        madrid.milestone_today.as_deref(),
        Some("Today marks 30 days. Well done; take a moment to notice it.")
    );
    assert_eq!(
        madrid.next_milestone.as_deref(),
        Some("Next: 60 days on Thu 31 Dec")
    );
    // The same instant in London is still 30 November: 29 days, the milestone tomorrow.
    let london = &sobriety_state(&v, &options("en-GB", "Europe/London", at)).cards[0];
    assert_eq!(london.count, "29 days");
    assert_eq!(london.milestone_today, None);
    assert_eq!(london.next_milestone_when.as_deref(), Some("tomorrow"));
    let cy = &sobriety_state(&v, &options("cy", "Europe/Madrid", at)).cards[0];
    assert!(cy
        .milestone_today
        .as_deref()
        .unwrap()
        .contains("30 diwrnod"));
    let es = &sobriety_state(&v, &options("es", "Europe/Madrid", at)).cards[0];
    assert_eq!(
        es.milestone_today.as_deref(),
        Some("Hoy cumples 30 días. Bien hecho; date un momento para notarlo.")
    );
}

#[test]
fn a_date_set_today_and_a_date_still_to_come() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir);
    let today = d("2026-11-30");
    v.add_sobriety_date(today, "Gambling", today, written())
        .unwrap();
    // A date ahead of this viewer's day (set in a zone already in tomorrow, or restored).
    let ahead = v
        .add_sobriety_date(d("2026-11-20"), "Nicotine", today, written())
        .unwrap();
    v.conn
        .execute(
            "UPDATE sobriety SET date = '2026-12-03' WHERE id = ?1",
            [&ahead.date.id],
        )
        .unwrap();
    let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
    let (first, later) = (&s.cards[0], &s.cards[1]);
    assert_eq!(first.count, "Starting today");
    assert_eq!(first.count_detail, None);
    assert_eq!(
        first.next_milestone.as_deref(),
        Some("Next: 24 hours on Tue 1 Dec")
    );
    assert_eq!(first.next_milestone_when.as_deref(), Some("tomorrow"));
    // Nothing to start again on the day it started.
    assert!(first
        .actions
        .iter()
        .all(|a| a.action != SobrietyAction::StartAgain));
    assert!(later.upcoming);
    assert_eq!(later.days, 0);
    assert_eq!(later.count, "Starts on 3 Dec 2026");
    assert_eq!(
        (later.since.as_ref(), later.next_milestone.as_ref()),
        (None, None)
    );
    assert_eq!(
        plain(&later.accessibility_label),
        "Nicotine: Starts on 3 Dec 2026."
    );
    let cy = &sobriety_state(&v, &options("cy", "Europe/London", noon())).cards;
    assert_eq!(cy[0].count, "Yn dechrau heddiw");
    assert_eq!(cy[1].count, "Yn dechrau ar 3 Rhag 2026");
    let es = &sobriety_state(&v, &options("es", "Europe/London", noon())).cards;
    assert_eq!(es[0].count, "Empieza hoy");
    assert_eq!(es[1].count, "Empieza el 3 dic 2026");
}

#[test]
fn empty_and_error_states_in_four_locales() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault(&dir);
    let expect = [
        ("en-GB", "No dates yet", "stays on this phone"),
        ("en-US", "No dates yet", "stays on this phone"),
        ("cy", "Dim dyddiadau eto", "aros ar y ffôn hwn"),
        ("es", "Aún no hay fechas", "Se queda en este teléfono"),
    ];
    for (tag, title, stays) in expect {
        let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
        assert!(s.cards.is_empty());
        let empty = NoticeKind::Empty;
        crate::screens::assert_notice(&s.notices[0], empty, Some(title), stays, tag);
        assert_eq!(s.actions[0].action, SobrietyAction::Add);
    }
    v.conn.execute_batch("DROP TABLE sobriety").unwrap();
    for (tag, says) in [
        ("en-GB", "could not be opened"),
        ("en-US", "could not be opened"),
        ("cy", "Doedd dim modd agor"),
        ("es", "No se han podido abrir"),
    ] {
        let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
        assert!(s.cards.is_empty());
        crate::screens::assert_read_failed(&s.notices, says, tag);
        let actions: Vec<_> = s.actions.iter().map(|a| a.action).collect();
        assert_eq!(actions, [SobrietyAction::TryAgain], "{tag}");
    }
}

#[test]
fn welsh_counts_take_all_six_plural_forms() {
    let w = Words::get(Locale::Cy);
    let years = |n| w.own(SOBRIETY_YEARS, &[("years", Arg::Number(n))]);
    let days = |n| w.own(SOBRIETY_DAYS, &[("days", Arg::Number(n))]);
    let next = |n| w.own(SOBRIETY_NEXT_IN, &[("days", Arg::Number(n))]);
    let count = |n: i64| {
        w.own(
            SOBRIETY_COUNT_DAYS,
            &[
                ("days", Arg::Number(n)),
                ("number", Arg::Text(&w.decimal(n as f64, 0))),
            ],
        )
    };
    // zero, one, two, few, many, other.
    assert_eq!(years(0), "dim blynyddoedd");
    assert_eq!(years(1), "un flwyddyn");
    assert_eq!(years(2), "dwy flynedd");
    assert_eq!(years(3), "tair blynedd");
    assert_eq!(years(6), "chwe blynedd");
    assert_eq!(years(7), "7 o flynyddoedd");
    assert_eq!(days(2), "dau ddiwrnod");
    assert_eq!(days(3), "tri diwrnod");
    assert_eq!(days(6), "chwe diwrnod");
    assert_eq!(days(30), "30 diwrnod");
    assert_eq!(next(1), "yfory");
    assert_eq!(next(2), "ymhen deuddydd");
    assert_eq!(next(3), "ymhen tridiau");
    assert_eq!(next(6), "ymhen chwe diwrnod");
    assert_eq!(next(9), "ymhen 9 diwrnod");
    assert_eq!(count(1), "1 diwrnod");
    assert_eq!(count(2), "2 ddiwrnod");
    assert_eq!(count(1412), "1,412 diwrnod");
    let months = |n| w.own(SOBRIETY_MONTHS, &[("months", Arg::Number(n))]);
    assert_eq!(
        [1, 2, 3, 6, 9].map(months),
        ["un mis", "dau fis", "tri mis", "chwe mis", "9 mis"]
    );
}

#[test]
fn milestones_are_named_in_the_locale_from_their_dates() {
    let en = Words::get(Locale::EnGb);
    let start = d("2025-08-31");
    let names: Vec<String> = crate::vault::sobriety::milestones(start)
        .take(8)
        .map(|m| milestone_name(start, &m, en))
        .collect();
    assert_eq!(
        names,
        [
            "24 hours", "30 days", "60 days", "90 days", "6 months", "9 months", "1 year",
            "2 years"
        ]
    );
    let es = Words::get(Locale::Es);
    let m: Vec<_> = crate::vault::sobriety::milestones(start).take(7).collect();
    assert_eq!(milestone_name(start, &m[0], es), "24 horas");
    assert_eq!(milestone_name(start, &m[4], es), "6 meses");
    assert_eq!(milestone_name(start, &m[6], es), "1 año");
    // Calendar spans keep to month ends: 31 August to 28 February is 5 months and 28
    // days, and a day later it is 6 months.
    assert_eq!(calendar_span(start, d("2026-02-27")), Some((0, 5, 27)));
    assert_eq!(calendar_span(start, d("2026-02-28")), Some((0, 6, 0)));
    assert_eq!(calendar_span(start, d("2025-09-29")), None);
    assert_eq!(calendar_span(start, d("2025-09-30")), Some((0, 1, 0)));
}

#[test]
fn starting_again_is_worded_kindly_in_every_locale() {
    // Words that would make a new start sound like a failure, in each language.
    const UNKIND: &[&str] = &[
        "fail",
        "relapse",
        "lost",
        "lose",
        "slip",
        "shame",
        "reset",
        "zero",
        "broke",
        "methu",
        "methiant",
        "colli",
        "llithr",
        "ailwaelu",
        "cywilydd",
        "fracas",
        "fallo",
        "fallaste",
        "recaída",
        "recaer",
        "perd",
        "cero",
        "vergüenza",
        "culpa",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir);
    v.add_sobriety_date(d("2026-01-01"), "Alcohol", d("2026-11-30"), written())
        .unwrap();
    for tag in ["en-GB", "en-US", "cy", "es"] {
        let s = sobriety_state(&v, &options(tag, "Europe/London", noon()));
        let again = s.cards[0]
            .actions
            .iter()
            .find(|a| a.action == SobrietyAction::StartAgain)
            .unwrap();
        let confirm = again.confirm.as_ref().unwrap();
        let texts = [
            &again.label,
            &again.accessibility_label,
            &confirm.title,
            &confirm.message,
            &confirm.confirm_label,
            &confirm.cancel_label,
        ];
        for text in texts {
            assert!(!text.is_empty(), "{tag}");
            let lower = text.to_lowercase();
            for word in UNKIND {
                assert!(!lower.contains(word), "{tag}: {text:?} says {word:?}");
            }
        }
    }
}

#[test]
fn a_long_or_right_to_left_label_is_cut_whole_and_keeps_its_direction() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = vault(&dir);
    let today = d("2026-11-30");
    // 41 graphemes (42 characters): a cut by characters would split the emoji's skin tone.
    let long = format!("{}👋🏽zz", "Ŵ".repeat(38));
    v.add_sobriety_date(d("2026-11-01"), &long, today, written())
        .unwrap();
    v.add_sobriety_date(d("2026-11-02"), "الكحول", today, written())
        .unwrap();
    let s = sobriety_state(&v, &options("en-GB", "Europe/London", noon()));
    assert_eq!(s.cards[0].label, format!("{}👋🏽…", "Ŵ".repeat(38)));
    assert!(s.cards[1]
        .accessibility_label
        .starts_with("\u{2068}الكحول\u{2069}: "));
    let remove = s.cards[1].actions.last().unwrap();
    assert_eq!(remove.accessibility_label, "Remove \u{2068}الكحول\u{2069}");
}
