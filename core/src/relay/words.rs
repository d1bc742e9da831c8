//! The message ids of the relay's words (`locales/*/relay.ftl`): a build's step lines, how
//! fresh a relay source's meetings are and an area's default name. The catalogue checker's
//! problems are in `crate::catalogue::words` (`locales/*/catalogue.ftl`).
//!
//! Why ids: the same words reach an operator at a terminal (`waymark --locale cy relay
//! build`), a phone's screen in its own language, and a log or script that keeps en-GB. So the
//! core keeps them typed ([`crate::l10n::Phrase`], [`super::build::BuildStep`]) and each
//! reader words them. A test checks that every locale has every id in [`IDS`].

/// `relay-step-fetching`: $count: how many sources.
pub const STEP_FETCHING: &str = "relay-step-fetching";
/// `relay-step-merging`: merging and sorting meetings into tiles.
pub const STEP_MERGING: &str = "relay-step-merging";
/// `relay-step-comparing`: $count: how many tiles.
pub const STEP_COMPARING: &str = "relay-step-comparing";
/// `relay-ago-now`: just now.
pub const AGO_NOW: &str = "relay-ago-now";
/// `relay-ago-minutes`: $count minutes ago.
pub const AGO_MINUTES: &str = "relay-ago-minutes";
/// `relay-ago-hours`: $count hours ago.
pub const AGO_HOURS: &str = "relay-ago-hours";
/// `relay-ago-days`: $count days ago.
pub const AGO_DAYS: &str = "relay-ago-days";
/// `relay-fresh`: $ago (one of the `relay-ago-` messages); $name: the source's name.
pub const FRESH: &str = "relay-fresh";
/// `relay-stale`: $name: the source's name; $ago (one of the `relay-ago-` messages).
pub const STALE: &str = "relay-stale";
/// `relay-never-read`: $name: the source's name.
pub const NEVER_READ: &str = "relay-never-read";
/// `relay-area-default-label`: $number: the area's number on this phone.
pub const AREA_DEFAULT_LABEL: &str = "relay-area-default-label";

/// Every id above, for the test that every locale has them (the catalogue checker's are in
/// `crate::catalogue::words`).
pub(crate) const IDS: &[&str] = &[
    STEP_FETCHING,
    STEP_MERGING,
    STEP_COMPARING,
    AGO_NOW,
    AGO_MINUTES,
    AGO_HOURS,
    AGO_DAYS,
    FRESH,
    STALE,
    NEVER_READ,
    AREA_DEFAULT_LABEL,
];
