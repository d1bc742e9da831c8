//! Command-line arguments (clap). The contract in the README and issue #2 is relied on by
//! tests and docs: add options, never rename them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

mod private;
pub use private::*;

/// Waymark: find recovery meetings offline, from the feeds intergroups and NA regions publish.
#[derive(Parser, Debug)]
#[command(name = "waymark", version, about)]
pub struct Cli {
    /// Where Waymark keeps its files (default: $WAYMARK_DATA_DIR, else ~/.local/share/waymark).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language for meeting lists: en-GB, en-US, cy (Welsh) or es (Spanish) (default: the
    /// system's, from LC_ALL, LC_MESSAGES or LANG; English (UK) for any other). --json output
    /// stays in English (UK) whatever this says.
    #[arg(long, global = true, value_name = "TAG")]
    pub locale: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Add, list or remove meeting feeds.
    Source {
        #[command(subcommand)]
        cmd: SourceCmd,
    },
    /// Load every source's feed into the offline directory.
    Sync {
        /// Print one JSON object per source.
        #[arg(long)]
        json: bool,
        /// Apply feeds even when they came back empty or lost more than half their meetings.
        #[arg(long)]
        accept_shrink: bool,
    },
    /// Search meetings offline.
    Meetings(MeetingsArgs),
    /// The Meetings screen as the phones show it: the next seven days in sections (happening
    /// now, later today, tomorrow, this week), worded in your --locale.
    Browse(BrowseArgs),
    /// One meeting.
    Meeting {
        #[command(subcommand)]
        cmd: MeetingCmd,
    },
    /// Meeting types and their codes, for --type (codes mean different things per program).
    Types {
        /// Program: aa, na, al-anon, … (default aa).
        #[arg(long, value_name = "P")]
        program: Option<String>,
        /// Language for the names: en, es, fr, ja, nl, pt, sk, sv, th, cy.
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// My meetings: favourites that stay even when their feed drops them.
    Favorite {
        #[command(subcommand)]
        cmd: FavoriteCmd,
    },
    /// The private journal: notes, check-ins, gratitude, reviews, meeting reflections.
    Journal {
        #[command(subcommand)]
        cmd: JournalCmd,
    },
    /// My people: sponsor, friends and helplines, one tap away (kept in the vault).
    Contacts {
        #[command(subcommand)]
        cmd: ContactsCmd,
    },
    /// Sobriety dates: day counts and milestones.
    Sober {
        #[command(subcommand)]
        cmd: SoberCmd,
    },
    /// An encrypted backup of the vault that you keep, restorable with no account.
    Backup {
        #[command(subcommand)]
        cmd: BackupCmd,
    },
    /// Reminders before my meetings and daily practice reminders.
    Remind {
        #[command(subcommand)]
        cmd: RemindCmd,
    },
    /// Calendar files (iCalendar) of my meetings.
    Calendar {
        #[command(subcommand)]
        cmd: CalendarCmd,
    },
    /// Car-pools to meetings: offer seats or ask for one.
    Ride {
        /// The car-pool server (default: $WAYMARK_SERVER). Only car-pools use a server.
        #[arg(long, global = true, value_name = "URL")]
        server: Option<String>,
        #[command(subcommand)]
        cmd: RideCmd,
    },
    /// The vault itself (passphrase).
    Vault {
        #[command(subcommand)]
        cmd: VaultCmd,
    },
    /// Try Waymark on a synthetic directory: no network, nothing to install.
    Demo(DemoArgs),
    /// Write a synthetic Meeting Guide feed (for trying things out and benchmarks).
    Generate(GenerateArgs),
    /// The catalogue of public meeting sources (`catalogue/sources.toml`).
    Catalogue {
        #[command(subcommand)]
        cmd: CatalogueCmd,
    },
    /// Areas from a relay: every fellowship's meetings near a place, and online ones, without
    /// knowing any feed's address. `waymark sync` brings them.
    Area {
        #[command(subcommand)]
        cmd: AreaCmd,
    },
    /// Run a relay: publish every catalogue source as signed regional tiles (docs/relay.md).
    Relay {
        #[command(subcommand)]
        cmd: RelayCmd,
    },
}

/// `waymark area …`
#[derive(Subcommand, Debug)]
pub enum AreaCmd {
    /// Subscribe to the relay's tiles around a place (only the tile ids are kept, never the
    /// place), and to its online meetings.
    Add {
        /// The relay's address (https://…).
        #[arg(long)]
        relay: String,
        /// The relay's public key (`waymark-relay-v1:…`), as its operator publishes it.
        #[arg(long = "relay-key")]
        relay_key: String,
        /// Where: `LAT,LON` (kept only long enough to pick the tiles).
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        near: String,
        /// How far around it, in km.
        #[arg(long = "radius-km", default_value_t = waymark_core::relay::phone::DEFAULT_AREA_RADIUS_KM)]
        radius_km: f64,
        /// A name for it ("Home").
        #[arg(long)]
        label: Option<String>,
    },
    /// The areas on this device.
    List {
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove an area (by the number `area list` shows); its meetings leave at once.
    Remove {
        /// The area's number.
        id: i64,
    },
    /// Where the relays' meetings come from and how fresh each source is.
    Sources {
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `waymark relay …`
#[derive(Subcommand, Debug)]
pub enum RelayCmd {
    /// Make a relay key: the secret key goes to KEYFILE (owner-only, never overwritten), the
    /// public key is printed for the phones.
    Keygen {
        /// Where to write the secret key.
        #[arg(long, value_name = "KEYFILE")]
        out: PathBuf,
    },
    /// Fetch every catalogue source and publish what changed into DIR.
    Build {
        /// The catalogue, e.g. catalogue/sources.toml.
        #[arg(long, value_name = "FILE")]
        catalogue: PathBuf,
        /// The secret key from `waymark relay keygen`.
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
        /// The folder to publish (serve it with any static host, or waymark-server --relay).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The relay's own state (default: DIR.state beside DIR); keep it between runs.
        #[arg(long, value_name = "DIR")]
        state: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum CatalogueCmd {
    /// Check a catalogue file: every problem is printed, one a line; exits 1 if there are any.
    Check {
        /// The catalogue, e.g. catalogue/sources.toml.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum SourceCmd {
    /// Register a feed: a file path, or an http(s) URL fetched at each sync.
    Add(SourceAddArgs),
    /// Show the configured sources.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a source and its meetings.
    Remove {
        /// Source id (see `source list`).
        id: String,
    },
}

#[derive(Args, Debug)]
pub struct SourceAddArgs {
    /// Path (or URL) of the feed.
    #[arg(value_name = "PATH|URL")]
    pub location: String,
    /// meeting-guide, bmlt, tsml-csv or naws-csv (detected when omitted).
    #[arg(long)]
    pub format: Option<String>,
    /// Fellowship: aa, na, al-anon, … (type codes mean different things per program).
    #[arg(long)]
    pub program: Option<String>,
    /// IANA zone for meetings whose feed gives none, e.g. America/New_York.
    #[arg(long)]
    pub timezone: Option<String>,
    /// A name for the source (also the start of its meetings' ids).
    #[arg(long)]
    pub name: Option<String>,
    /// BMLT only: the server's GetFormats JSON, to map its format codes.
    #[arg(long, value_name = "FILE")]
    pub bmlt_formats: Option<PathBuf>,
    /// BMLT root server only: service body ids to ask for (with everything below them).
    #[arg(long, value_name = "ID,ID", value_delimiter = ',')]
    pub bmlt_services: Vec<u32>,
    /// BMLT root server only: ask for meetings around this point.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub bmlt_near: Option<String>,
    /// Radius around --bmlt-near in km (default 50).
    #[arg(long, value_name = "N")]
    pub bmlt_radius_km: Option<f64>,
    /// Print the stored source as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct BrowseArgs {
    /// Look at this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// Your time zone (IANA) (default: the system's).
    #[arg(long, value_name = "IANA")]
    pub tz: Option<String>,
    /// Words in the name, place or notes, as typed into the screen's search.
    #[arg(long, value_name = "Q")]
    pub text: Option<String>,
    /// "Near me": within 25 km of this point.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// A meeting type that must be on (code or name); repeatable.
    #[arg(long = "type", value_name = "CODE|NAME")]
    pub r#type: Vec<String>,
    /// Meetings you can join online.
    #[arg(long, conflicts_with = "in_person")]
    pub online: bool,
    /// Meetings you can go to in person.
    #[arg(long)]
    pub in_person: bool,
}

#[derive(Args, Debug)]
pub struct MeetingsArgs {
    /// Search at this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "RFC3339")]
    pub at: Option<String>,
    /// Your time zone (IANA), for "your time" (default: the system's).
    #[arg(long, value_name = "IANA")]
    pub tz: Option<String>,
    /// Meetings running now (or that started in the last 10 minutes).
    #[arg(long)]
    pub in_progress: bool,
    /// Meetings starting within this long, e.g. 3h or 90m.
    #[arg(long, value_name = "DURATION")]
    pub upcoming: Option<String>,
    /// Weekday (meeting-local): tue, tuesday, or 0 (Sunday) to 6. Repeatable.
    #[arg(long, value_name = "DAY")]
    pub day: Vec<String>,
    /// Start time range (meeting-local), e.g. 17:00-21:00.
    #[arg(long, value_name = "HH:MM-HH:MM")]
    pub between: Option<String>,
    /// Near this point.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// Radius around --near in km (default 25).
    #[arg(long, value_name = "N")]
    pub radius_km: Option<f64>,
    /// Type the meeting must have, as a code (X) or a name (wheelchair); repeatable: all of
    /// them. `waymark types` lists them.
    #[arg(long = "type", value_name = "CODE|NAME")]
    pub r#type: Vec<String>,
    /// Program: aa, na, al-anon, …
    #[arg(long, value_name = "P")]
    pub program: Option<String>,
    /// Meetings you can join online (online or hybrid).
    #[arg(long, conflicts_with_all = ["in_person", "hybrid"])]
    pub online: bool,
    /// Meetings you can go to in person (in person or hybrid).
    #[arg(long, conflicts_with = "hybrid")]
    pub in_person: bool,
    /// Only hybrid meetings.
    #[arg(long)]
    pub hybrid: bool,
    /// Language, e.g. es.
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
    /// Region or neighbourhood name.
    #[arg(long)]
    pub region: Option<String>,
    /// Words in the name, place or notes (accents ignored).
    #[arg(long, value_name = "Q")]
    pub text: Option<String>,
    /// Include venues marked temporarily closed.
    #[arg(long)]
    pub include_closed: bool,
    /// soonest or distance (default: distance with --near, else soonest).
    #[arg(long)]
    pub sort: Option<String>,
    /// Language for type names: en, es, fr, ja, nl, pt, sk, sv, th, cy.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Most results to show.
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: u32,
    /// Distances in km or mi (default: from your locale's region, LC_ALL or LANG: miles in
    /// the US and UK).
    #[arg(long, value_name = "km|mi")]
    pub units: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum MeetingCmd {
    /// Everything about one meeting.
    Show {
        /// Meeting id, as `meetings` prints it.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Your time zone (IANA).
        #[arg(long, value_name = "IANA")]
        tz: Option<String>,
    },
    /// Report a problem with a meeting's listing: prints a prefilled link to open and keeps
    /// it in the list of reports to send (for when you are offline).
    Report {
        /// Meeting id, as `meetings` prints it.
        id: String,
    },
    /// Problem reports waiting to be sent.
    Reports {
        /// Forget report N: it has been sent.
        #[arg(long, value_name = "N")]
        sent: Option<i64>,
    },
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// How many synthetic meetings to generate.
    #[arg(long, default_value_t = 20_000)]
    pub meetings: usize,
}

#[derive(Args, Debug)]
pub struct GenerateArgs {
    /// How many meetings.
    #[arg(long, default_value_t = 1000)]
    pub meetings: usize,
    /// Seed: the same seed gives the same feed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}
