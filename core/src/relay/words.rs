//! The message ids of the relay's words (`locales/*/relay.ftl`): a build's step lines, how
//! fresh a relay source's meetings are and an area's default name. The catalogue checker's
//! problems are in `crate::catalogue::words` (`locales/*/catalogue.ftl`).
//!
//! Why ids: the same words reach an operator at a terminal (`waymark --locale cy relay
//! build`), a phone's screen in its own language, and a log or script that keeps en-GB. So the
//! core keeps them typed ([`crate::l10n::Phrase`], [`super::build::BuildStep`]) and each
//! reader words them. A test checks that every locale has every id in `IDS`.

crate::l10n::message_ids! {
    /// Every id below, for the test that every locale has them (the catalogue checker's are in
    /// `crate::catalogue::words`).
    pub(crate) IDS;
    /// `relay-step-fetching`: $count: how many sources.
    pub STEP_FETCHING = "relay-step-fetching";
    /// `relay-step-merging`: merging and sorting meetings into tiles.
    pub STEP_MERGING = "relay-step-merging";
    /// `relay-step-comparing`: $count: how many tiles.
    pub STEP_COMPARING = "relay-step-comparing";
    /// `relay-ago-now`: just now.
    pub AGO_NOW = "relay-ago-now";
    /// `relay-ago-minutes`: $count minutes ago.
    pub AGO_MINUTES = "relay-ago-minutes";
    /// `relay-ago-hours`: $count hours ago.
    pub AGO_HOURS = "relay-ago-hours";
    /// `relay-ago-days`: $count days ago.
    pub AGO_DAYS = "relay-ago-days";
    /// `relay-fresh`: $ago (one of the `relay-ago-` messages); $name: the source's name.
    pub FRESH = "relay-fresh";
    /// `relay-stale`: $name: the source's name; $ago (one of the `relay-ago-` messages).
    pub STALE = "relay-stale";
    /// `relay-never-read`: $name: the source's name.
    pub NEVER_READ = "relay-never-read";
    /// `relay-area-default-label`: $number: the area's number on this phone.
    pub AREA_DEFAULT_LABEL = "relay-area-default-label";
}
