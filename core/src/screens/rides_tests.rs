//! The Rides screen in every locale: offers, requests and matches worded, what waits to be
//! sent, refusals with their reason and "Try again", the empty, no-server, offline and error
//! states, no home in the state, and names in other scripts kept whole.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::*;
use crate::l10n::Locale;
use crate::rides::outbox::{OfferDraft, RequestDraft, RideSyncResponse};
use crate::rides::protocol::{OpOutcome, OpResult, SyncResponse};
use crate::{Directory, FeedFormat, FormatExtras, NewSource, VaultKey};

/// One meeting: Tuesdays 19:00 in Aberystwyth (Europe/London), and one whose name is in
/// Arabic script and very long.
const FEED: &str = r#"[
 {"slug":"tue-eve","name":"Hope on Tuesday","day":2,"time":"19:00","end_time":"20:00",
  "location":"Hall","formatted_address":"1 High St, Aberystwyth, SY23 1AA, UK","latitude":52.414,
  "longitude":-4.081,"types":["O"]},
 {"slug":"wed","name":"NAME_AR","day":3,"time":"19:00","end_time":"20:00",
  "location":"Hall","formatted_address":"1 High St, Aberystwyth, SY23 1AA, UK","latitude":52.414,
  "longitude":-4.081,"types":["O"]}
]"#;

/// A long Arabic-script name ("the serenity group" repeated).
pub(crate) fn arabic_name() -> String {
    "مجموعة السكينة ".repeat(12).trim().to_string()
}

/// Monday 30 November 2026, 12:00 in London (UTC in winter).
pub(crate) fn at() -> DateTime<Utc> {
    "2026-11-30T12:00:00Z".parse().unwrap()
}

fn stamp(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.fixed_offset()
}

/// The exact home the offer leaves from and the request is picked up at: never shown.
pub(crate) const HOME: crate::GeoPoint = crate::GeoPoint {
    latitude: 52.408531,
    longitude: -4.056173,
};

/// The public place the rider chose, shared once both accepted: shown only as its area.
pub(crate) const PICKUP: crate::GeoPoint = crate::GeoPoint {
    latitude: 52.413177,
    longitude: -4.082049,
};

pub(crate) fn options(locale: &str) -> MeetingsOptions {
    MeetingsOptions {
        locale: Some(locale.into()),
        viewer_timezone: Some("Europe/London".into()),
        at: Some(at()),
    }
}

/// A directory with the feed, and its source id.
pub(crate) fn directory() -> (Directory, String) {
    let d = Directory::open_in_memory().unwrap();
    let s = d
        .add_source(NewSource {
            location: "https://example.org/wales".into(),
            name: Some("Wales".into()),
            format: Some(FeedFormat::MeetingGuide),
            timezone: Some("Europe/London".into()),
            ..NewSource::default()
        })
        .unwrap();
    let feed = FEED.replace("NAME_AR", &arabic_name());
    d.import(
        &s.id,
        FeedFormat::MeetingGuide,
        feed.as_bytes(),
        &FormatExtras::default(),
    )
    .unwrap();
    (d, s.id)
}

/// A vault with every kind of row:
/// - an offer for Tue 1 Dec on the board, 2 seats left, with a rider holding a seat;
/// - a request for Tue 8 Dec not sent yet;
/// - a request for Tue 15 Dec the board refused (`meeting_full`: worth trying again);
/// - a request (from the board only) to a meeting no longer listed, on Thu 3 Dec, with a
///   confirmed match whose pickup is agreed.
pub(crate) fn vault(dir: &std::path::Path, d: &Directory, src: &str) -> Vault {
    let mut v = Vault::open(
        dir.join("rides-vault"),
        &VaultKey::from_bytes(&[3; 32]).unwrap(),
    )
    .unwrap();
    let m = d.meeting(&format!("{src}:tue-eve")).unwrap();
    let now = stamp(at());
    let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    let offer =
        OfferDraft::to_meeting(&m, day("2026-12-01"), 3, HOME, None, 15, false, false).unwrap();
    let offer = v.compose_offer(offer, now).unwrap();
    let later = RequestDraft::to_meeting(&m, day("2026-12-08"), HOME, None, false, false).unwrap();
    v.compose_request(later, now).unwrap();
    let full = RequestDraft::to_meeting(&m, day("2026-12-15"), HOME, None, false, false).unwrap();
    let full = v.compose_request(full, now).unwrap();
    let offer_id = crate::rides::outbox::subject_id(&offer.op).to_string();
    let answer = serde_json::from_value::<SyncResponse>(serde_json::json!({
        "results": [],
        "rides": [
            {"ride_id": offer_id, "role": "driver", "meeting_id": format!("{src}:tue-eve"),
             "date": "2026-12-01", "state": "open", "seats_left": 2, "handle": "Quiet Otter"},
            {"ride_id": "0193a1b2-0000-7000-8000-0000000000aa", "role": "rider",
             "meeting_id": "gone:thu", "date": "2026-12-03", "state": "matched",
             "seats_left": null, "handle": "Calm Finch"}
        ],
        "matches": [
            {"match_id": "9f86d081884c7d659a2feaa0c55ad015", "role": "driver",
             "ride_id": offer_id, "state": "seat_held", "added_minutes": 6,
             "pickup_at": "2026-12-01T18:40:00Z", "you_accepted": false,
             "they_accepted": true, "counterpart_handle": null, "counterpart_point": null},
            {"match_id": "0f86d081884c7d659a2feaa0c55ad016", "role": "rider",
             "ride_id": "0193a1b2-0000-7000-8000-0000000000aa", "state": "confirmed",
             "added_minutes": 4, "pickup_at": "2026-12-03T18:35:00Z", "you_accepted": true,
             "they_accepted": true, "counterpart_handle": "Blue Heron",
             "counterpart_point": {"latitude": PICKUP.latitude, "longitude": PICKUP.longitude}}
        ],
        "cursor": 7
    }))
    .unwrap();
    let mut answer = answer;
    answer.results = vec![
        OpResult {
            op_id: offer.op_id.clone(),
            outcome: OpOutcome::Applied,
        },
        OpResult {
            op_id: full.op_id.clone(),
            outcome: OpOutcome::Rejected {
                code: "meeting_full".into(),
                message: "This meeting has as many rides as it can hold.".into(),
            },
        },
    ];
    v.apply_ride_sync(
        RideSyncResponse {
            registered: None,
            answer: Ok(answer),
        },
        now,
    )
    .unwrap();
    v
}

fn with_server() -> RidesContext {
    RidesContext {
        server_set: true,
        last_sync: None,
    }
}

/// Per locale: (title, offers, requests, matches headings; the offer row's when, status and
/// details; the match row's status and details; the waiting request's when and status; the
/// refused one's status and reason; the gone meeting's name, when, status; the agreed match's
/// status and "with"; the pending notice; the top actions' labels).
struct Expected {
    locale: &'static str,
    headings: [&'static str; 4],
    offer: [&'static str; 3],
    held: [&'static str; 3],
    waiting: [&'static str; 2],
    refused: [&'static str; 2],
    gone: [&'static str; 3],
    agreed: [&'static str; 2],
    pending: &'static str,
    actions: [&'static str; 3],
    accept: &'static str,
    retry: &'static str,
}

const EXPECTED: [Expected; 4] = [
    Expected {
        locale: "en-GB",
        headings: ["Rides", "My offers", "My requests", "Matches"],
        offer: ["tomorrow 19:00", "Looking for riders", "2 seats free"],
        held: [
            "A rider is holding a seat — accept to agree the pickup",
            "Pickup around 18:40.",
            "About 6 minutes out of your way.",
        ],
        waiting: [
            "Tue 8 Dec 19:00",
            "Not sent yet — will send when you are online",
        ],
        refused: [
            "Not done",
            "This meeting has as many rides as the server can hold just now.",
        ],
        gone: [
            "A meeting that is no longer listed",
            "Thu 3 Dec",
            "You have a seat",
        ],
        agreed: [
            "Agreed — pickup arranged",
            "With \u{2068}Blue Heron\u{2069}.",
        ],
        pending: "One change is not sent yet. It will send when you are online.",
        actions: ["Offer a ride", "Ask for a ride", "Sync now"],
        accept: "Accept",
        retry: "Try again",
    },
    Expected {
        locale: "en-US",
        headings: ["Rides", "My offers", "My requests", "Matches"],
        offer: [
            "tomorrow 7:00\u{202f}PM",
            "Looking for riders",
            "2 seats free",
        ],
        held: [
            "A rider is holding a seat — accept to agree the pickup",
            "Pickup around 6:40\u{202f}PM.",
            "About 6 minutes out of your way.",
        ],
        waiting: [
            "Tue, Dec 8 7:00\u{202f}PM",
            "Not sent yet — will send when you are online",
        ],
        refused: [
            "Not done",
            "This meeting has as many rides as the server can hold just now.",
        ],
        gone: [
            "A meeting that is no longer listed",
            "Thu, Dec 3",
            "You have a seat",
        ],
        agreed: [
            "Agreed — pickup arranged",
            "With \u{2068}Blue Heron\u{2069}.",
        ],
        pending: "One change is not sent yet. It will send when you are online.",
        actions: ["Offer a ride", "Ask for a ride", "Sync now"],
        accept: "Accept",
        retry: "Try again",
    },
    Expected {
        locale: "cy",
        headings: ["Lifftiau", "Fy nghynigion", "Fy ngheisiadau", "Parau"],
        offer: ["yfory 19:00", "Yn chwilio am deithwyr", "Dwy sedd yn rhydd"],
        held: [
            "Mae teithiwr yn cadw sedd — derbyniwch i gytuno ar y codi",
            "Codi tua 18:40.",
            "Tua chwe munud allan o'ch ffordd.",
        ],
        waiting: [
            "Maw, 8 Rhag 19:00",
            "Heb ei anfon eto — bydd yn mynd pan fyddwch ar-lein",
        ],
        refused: [
            "Heb ei wneud",
            "Mae gan y cyfarfod hwn gymaint o lifftiau ag y gall y gweinydd eu dal ar hyn o bryd.",
        ],
        gone: [
            "Cyfarfod sydd ddim wedi'i restru mwyach",
            "Iau, 3 Rhag",
            "Mae gennych chi sedd",
        ],
        agreed: [
            "Wedi cytuno — mae'r codi wedi'i drefnu",
            "Gyda \u{2068}Blue Heron\u{2069}.",
        ],
        pending: "Dydy un newid ddim wedi'i anfon eto. Bydd yn mynd pan fyddwch ar-lein.",
        actions: ["Cynnig lifft", "Gofyn am lifft", "Cysoni nawr"],
        accept: "Derbyn",
        retry: "Rhoi cynnig arall arni",
    },
    Expected {
        locale: "es",
        headings: ["Viajes", "Mis ofertas", "Mis solicitudes", "Coincidencias"],
        offer: ["mañana 19:00", "Buscando pasajeros", "2 plazas libres"],
        held: [
            "Un pasajero tiene una plaza reservada: acepta para acordar la recogida",
            "Recogida hacia las 18:40.",
            "Te desvías unos 6 minutos.",
        ],
        waiting: [
            "mar, 8 dic 19:00",
            "Aún sin enviar: se enviará cuando tengas conexión",
        ],
        refused: [
            "No se pudo hacer",
            "Esta reunión tiene ahora tantos viajes como el servidor puede admitir.",
        ],
        gone: [
            "Una reunión que ya no aparece",
            "jue, 3 dic",
            "Tienes plaza",
        ],
        agreed: [
            "Acordado: recogida organizada",
            "Con \u{2068}Blue Heron\u{2069}.",
        ],
        pending: "Hay un cambio sin enviar. Se enviará cuando tengas conexión.",
        actions: ["Ofrecer un viaje", "Pedir un viaje", "Sincronizar ahora"],
        accept: "Aceptar",
        retry: "Reintentar",
    },
];

#[test]
fn every_row_is_worded_in_every_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let v = vault(tmp.path(), &d, &src);
    for e in &EXPECTED {
        let s = rides_state(&v, Some(&d), with_server(), &options(e.locale));
        let l = e.locale;
        assert_eq!(s.locale, l);
        assert_eq!(s.title, e.headings[0], "{l}");
        let headings: Vec<&str> = s.sections.iter().map(|x| x.heading.as_str()).collect();
        assert_eq!(headings, e.headings[1..], "{l}");
        let [offers, requests, matches] = &s.sections[..] else {
            panic!("{l}: {:?}", s.sections)
        };
        assert_eq!(offers.kind, RidesSectionKind::Offers);
        // The offer: tomorrow at 19:00, on the board, two seats left, cancellable.
        let offer = &offers.rows[0];
        assert_eq!(offer.meeting, "Hope on Tuesday");
        assert!(offer.meeting_listed);
        assert_eq!(
            [
                offer.when.as_str(),
                &offer.status_label,
                &offer.details.join(" ")
            ],
            e.offer,
            "{l}"
        );
        assert_eq!(offer.status, RideStatus::Open);
        assert_eq!(
            offer.actions.iter().map(|a| a.action).collect::<Vec<_>>(),
            [RidesAction::Cancel]
        );
        assert_eq!(offer.actions[0].target.as_deref(), Some(offer.id.as_str()));
        // Requests: the one not sent yet (8 Dec) and the refused one (15 Dec), soonest first,
        // after the board's own (3 Dec).
        let dates: Vec<RideStatus> = requests.rows.iter().map(|r| r.status).collect();
        assert_eq!(
            dates,
            [
                RideStatus::Matched,
                RideStatus::NotSent,
                RideStatus::NotDone
            ],
            "{l}"
        );
        let gone = &requests.rows[0];
        assert!(!gone.meeting_listed);
        assert_eq!(
            [gone.meeting.as_str(), &gone.when, &gone.status_label],
            e.gone,
            "{l}"
        );
        let waiting = &requests.rows[1];
        assert_eq!([waiting.when.as_str(), &waiting.status_label], e.waiting);
        let refused = &requests.rows[2];
        assert_eq!(
            [refused.status_label.as_str(), &refused.details[0]],
            e.refused,
            "{l}"
        );
        let retry = &refused.actions[0];
        assert_eq!(retry.action, RidesAction::Retry);
        assert_eq!(retry.label, e.retry);
        // The retry names the refused operation, not the ride.
        assert_ne!(retry.target.as_deref(), Some(refused.id.as_str()));
        // Matches: the seat held on my offer (accept to agree), then the agreed one.
        let held = &matches.rows[0];
        assert_eq!(held.status, RideStatus::NeedsYou);
        assert_eq!(
            [
                held.status_label.as_str(),
                &held.details[0],
                &held.details[1]
            ],
            e.held,
            "{l}"
        );
        assert_eq!(held.actions[0].action, RidesAction::Accept);
        assert_eq!(held.actions[0].label, e.accept);
        assert_eq!(
            held.actions[0].target.as_deref(),
            Some("9f86d081884c7d659a2feaa0c55ad015")
        );
        let agreed = &matches.rows[1];
        assert_eq!(agreed.status, RideStatus::Agreed);
        assert_eq!(agreed.status_label, e.agreed[0], "{l}");
        assert!(
            agreed.details.contains(&e.agreed[1].to_string()),
            "{l}: {agreed:?}"
        );
        // Notices: one change waits (the 8 Dec request; the refused one is answered).
        let notices: Vec<&str> = s.notices.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(notices, [e.pending], "{l}");
        let actions: Vec<&str> = s.actions.iter().map(|a| a.label.as_str()).collect();
        assert_eq!(actions, e.actions, "{l}");
        // Every row has a label naming its meeting, when and status.
        for row in s.sections.iter().flat_map(|x| &x.rows) {
            assert!(row.accessibility_label.contains(&row.status_label), "{l}");
            assert!(row.accessibility_label.contains(&row.when), "{l}");
        }
    }
}

#[test]
fn no_home_is_in_the_state_only_the_pickup_area() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let v = vault(tmp.path(), &d, &src);
    let s = rides_state(&v, Some(&d), with_server(), &options("en-GB"));
    let json = serde_json::to_string(&s).unwrap();
    for exact in ["52.408", "4.056", "52.4131", "4.08204"] {
        assert!(!json.contains(exact), "{exact} in {json}");
    }
    let agreed = s
        .sections
        .iter()
        .flat_map(|x| &x.rows)
        .find(|r| r.status == RideStatus::Agreed)
        .unwrap();
    let area = agreed.pickup_area.unwrap();
    let cell = crate::rides::CoarseCell::from_point(PICKUP).unwrap();
    assert_eq!(area, cell.centre());
    // Rows that are not agreed carry no place at all.
    assert!(s
        .sections
        .iter()
        .flat_map(|x| &x.rows)
        .filter(|r| r.status != RideStatus::Agreed)
        .all(|r| r.pickup_area.is_none()));
}

#[test]
fn nothing_yet_no_server_offline_and_a_failed_read_in_every_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let v = Vault::open(
        tmp.path().join("empty"),
        &VaultKey::from_bytes(&[4; 32]).unwrap(),
    )
    .unwrap();
    let empty: [(&str, &str, &str, &str); 4] = [
        (
            "en-GB",
            "No rides yet",
            "No car-pool server set",
            "Set a car-pool server",
        ),
        (
            "en-US",
            "No rides yet",
            "No car-pool server set",
            "Set a car-pool server",
        ),
        (
            "cy",
            "Dim lifftiau eto",
            "Does dim gweinydd rhannu ceir wedi'i osod",
            "Gosod gweinydd rhannu ceir",
        ),
        (
            "es",
            "Aún no hay viajes",
            "No hay servidor de viajes compartidos",
            "Elegir un servidor de viajes compartidos",
        ),
    ];
    for (locale, title, no_server, set_server) in empty {
        // No directory, no server, nothing composed.
        let s = rides_state(&v, None, RidesContext::default(), &options(locale));
        assert!(s.sections.is_empty());
        let titles: Vec<_> = s.notices.iter().map(|n| n.title.as_deref()).collect();
        assert_eq!(titles, [Some(no_server), Some(title)], "{locale}");
        assert_eq!(s.notices[1].kind, NoticeKind::Empty);
        assert_eq!(s.actions.last().unwrap().action, RidesAction::SetServer);
        assert_eq!(s.actions.last().unwrap().label, set_server);
        // The empty state says no home is shared.
        let msg = &s.notices[1].message;
        assert!(msg.contains("1 km"), "{locale}: {msg}");
    }
    let s = rides_state(&v, None, RidesContext::default(), &options("en-GB"));
    assert!(s.notices[1].message.contains("never your home address"));

    // Offline and a failed sync: said, and nothing else changes.
    let offline = RidesContext {
        server_set: true,
        last_sync: Some(RideSyncProblem::Offline),
    };
    for (locale, said) in [
        ("en-GB", "You seem to be offline."),
        ("en-US", "You seem to be offline."),
        ("cy", "Mae'n edrych fel eich bod chi all-lein."),
        ("es", "Parece que no tienes conexión."),
    ] {
        let s = rides_state(&v, None, offline, &options(locale));
        assert_eq!(s.notices[0].kind, NoticeKind::Stale);
        assert!(s.notices[0].message.starts_with(said), "{locale}");
        assert_eq!(s.actions.last().unwrap().action, RidesAction::SyncNow);
    }
    let failed = RidesContext {
        server_set: true,
        last_sync: Some(RideSyncProblem::Failed),
    };
    let s = rides_state(&v, None, failed, &options("es"));
    assert_eq!(s.notices[0].kind, NoticeKind::Error);
    assert!(s.notices[0]
        .message
        .starts_with("El servidor de viajes compartidos no pudo"));

    // A vault that cannot be read: an error and "Try again", nothing half-shown.
    v.conn.execute_batch("DROP TABLE ride_outbox").unwrap();
    for (locale, said, again) in [
        (
            "en-GB",
            "Your rides could not be read just now.",
            "Try again",
        ),
        (
            "en-US",
            "Your rides could not be read just now.",
            "Try again",
        ),
        (
            "cy",
            "Doedd dim modd darllen eich lifftiau nawr.",
            "Rhoi cynnig arall arni",
        ),
        ("es", "No se pudieron leer tus viajes ahora.", "Reintentar"),
    ] {
        let s = rides_state(&v, None, with_server(), &options(locale));
        assert!(s.sections.is_empty());
        assert_eq!(s.notices.len(), 1);
        assert_eq!(s.notices[0].kind, NoticeKind::Error);
        assert!(s.notices[0].message.starts_with(said), "{locale}");
        assert_eq!(s.actions.len(), 1);
        assert_eq!(s.actions[0].action, RidesAction::TryAgain);
        assert_eq!(s.actions[0].label, again);
    }
}

#[test]
fn an_unreachable_board_is_worded_as_offline_and_the_outbox_keeps_its_changes() {
    // A real client against a closed loopback port.
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let mut v = vault(tmp.path(), &d, &src);
    let url = "http://127.0.0.1:9";
    let client = crate::rides::client::RideClient::new(url).unwrap();
    let err = v.sync_rides(&client, url, stamp(at())).unwrap_err();
    let problem = RideSyncProblem::of(&err);
    assert_eq!(problem, RideSyncProblem::Offline);
    let s = rides_state(
        &v,
        Some(&d),
        RidesContext {
            server_set: true,
            last_sync: Some(problem),
        },
        &options("cy"),
    );
    assert_eq!(s.notices[0].kind, NoticeKind::Stale);
    // Still one change waiting, still shown as not sent.
    assert!(s.notices[1].message.starts_with("Dydy un newid"));
    let waiting = s.sections[1]
        .rows
        .iter()
        .filter(|r| r.status == RideStatus::NotSent)
        .count();
    assert_eq!(waiting, 1);
}

#[test]
fn welsh_counts_of_seats_and_changes_use_all_six_forms() {
    let w = Words::get(Locale::Cy);
    let seats = |n| w.own(RIDES_SEATS_FREE, &[("count", Arg::Number(n))]);
    assert_eq!(seats(0), "Dim seddi'n rhydd");
    assert_eq!(seats(1), "Un sedd yn rhydd");
    assert_eq!(seats(2), "Dwy sedd yn rhydd");
    assert_eq!(seats(3), "Tair sedd yn rhydd");
    assert_eq!(seats(6), "Chwe sedd yn rhydd");
    assert_eq!(seats(8), "8 sedd yn rhydd");
    let pending = |n| w.own(RIDES_PENDING, &[("count", Arg::Number(n))]);
    assert!(pending(2).starts_with("Dydy dau newid ddim wedi'u hanfon"));
    assert!(pending(3).starts_with("Dydy tri newid"));
    assert!(pending(6).starts_with("Dydy chwe newid"));
    assert!(pending(11).starts_with("Dydy 11 newid"));
    let detour = |n| w.own(RIDES_DETOUR, &[("minutes", Arg::Number(n))]);
    assert_eq!(detour(2), "Tua dau funud allan o'ch ffordd.");
    assert_eq!(detour(3), "Tua thri munud allan o'ch ffordd.");
    // English and Spanish agree with their nouns too.
    let en = Words::get(Locale::EnGb);
    assert_eq!(
        en.own(RIDES_SEATS_FREE, &[("count", Arg::Number(0))]),
        "No seats free"
    );
    assert_eq!(
        en.own(RIDES_SEATS_FREE, &[("count", Arg::Number(1))]),
        "One seat free"
    );
    let es = Words::get(Locale::Es);
    assert_eq!(
        es.own(RIDES_PENDING, &[("count", Arg::Number(3))]),
        "Hay 3 cambios sin enviar. Se enviarán cuando tengas conexión."
    );
}

#[test]
fn a_name_in_another_script_keeps_its_direction_and_a_long_one_is_cut_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let mut v = Vault::open(
        tmp.path().join("ar"),
        &VaultKey::from_bytes(&[5; 32]).unwrap(),
    )
    .unwrap();
    let m = d.meeting(&format!("{src}:wed")).unwrap();
    let day: NaiveDate = "2026-12-02".parse().unwrap();
    let draft = RequestDraft::to_meeting(&m, day, HOME, None, false, false).unwrap();
    v.compose_request(draft, stamp(at())).unwrap();
    let s = rides_state(&v, Some(&d), RidesContext::default(), &options("en-GB"));
    let row = &s.sections[0].rows[0];
    assert_eq!(
        crate::l10n::grapheme_count(&row.meeting),
        ROW_NAME_GRAPHEMES
    );
    assert!(row.meeting.ends_with(crate::l10n::ELLIPSIS));
    assert!(arabic_name().starts_with(row.meeting.trim_end_matches(crate::l10n::ELLIPSIS)));
    // Inside the English label the name is isolated (FSI … PDI).
    assert!(row
        .accessibility_label
        .starts_with(&format!("\u{2068}{}\u{2069}, ", row.meeting)));
    assert_eq!(row.when, "Wed 19:00");
}

#[test]
fn cancelling_and_retrying_show_on_the_row_they_are_about() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let mut v = vault(tmp.path(), &d, &src);
    let now = stamp(at());
    let s = rides_state(&v, Some(&d), with_server(), &options("en-GB"));
    let offer_id = s.sections[0].rows[0].id.clone();
    let refused_op = s.sections[1].rows[2].actions[0].target.clone().unwrap();
    // Cancel the offer (queued) and retry the refused request (queued again).
    v.compose(
        Op::Cancel {
            ride_id: offer_id.clone(),
        },
        now,
    )
    .unwrap();
    v.retry_op(&refused_op, now).unwrap();
    let s = rides_state(&v, Some(&d), with_server(), &options("en-GB"));
    let offer = &s.sections[0].rows[0];
    assert_eq!(offer.status, RideStatus::NotSent);
    assert_eq!(
        offer.status_label,
        "Cancelling — will send when you are online"
    );
    assert!(offer.actions.is_empty(), "{:?}", offer.actions);
    let retried = &s.sections[1].rows[2];
    assert_eq!(retried.status, RideStatus::NotSent);
    assert!(retried.details.is_empty());
    assert_eq!(
        s.notices[0].message,
        "3 changes are not sent yet. They will send when you are online."
    );
}

#[test]
fn after_the_meeting_rides_are_passed_and_matches_expired() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let v = vault(tmp.path(), &d, &src);
    let mut o = options("en-GB");
    // Wednesday 2 December: the offer's meeting (Tue 1 Dec) has passed.
    o.at = Some("2026-12-02T09:00:00Z".parse().unwrap());
    let s = rides_state(&v, Some(&d), with_server(), &o);
    let offer = &s.sections[0].rows[0];
    assert_eq!(offer.status, RideStatus::Expired);
    assert_eq!(offer.status_label, "This meeting has passed");
    assert!(offer.actions.is_empty());
    let held = s.sections[2]
        .rows
        .iter()
        .find(|r| r.id == "9f86d081884c7d659a2feaa0c55ad015")
        .unwrap();
    assert_eq!(held.status, RideStatus::Expired);
    assert_eq!(held.status_label, "Expired — the meeting has passed");
    assert!(held.actions.is_empty());
    // Done with rows go last.
    assert_eq!(s.sections[2].rows.last().unwrap().id, held.id);
}

#[test]
fn without_a_directory_a_meeting_is_named_neutrally() {
    let tmp = tempfile::tempdir().unwrap();
    let (d, src) = directory();
    let v = vault(tmp.path(), &d, &src);
    for (locale, name) in [
        ("en-GB", "A meeting"),
        ("cy", "Cyfarfod"),
        ("es", "Una reunión"),
    ] {
        let s = rides_state(&v, None, with_server(), &options(locale));
        let offer = &s.sections[0].rows[0];
        assert_eq!(offer.meeting, name, "{locale}");
        // The start the outbox kept still gives its time.
        assert!(offer.when.ends_with("19:00"), "{locale}: {}", offer.when);
    }
}
