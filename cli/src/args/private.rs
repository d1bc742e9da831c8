//! The commands over what is private to this phone or this person: my meetings, the
//! journal, people to call, sobriety dates, backups, reminders, the calendar and rides.
//! They open the vault; the commands in the parent module read only the public directory.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum FavoriteCmd {
    /// Add a meeting to my meetings.
    Add {
        /// Meeting id, as `meetings` prints it.
        meeting_id: String,
    },
    /// Remove a meeting from my meetings.
    Remove {
        /// Meeting id.
        meeting_id: String,
    },
    /// Show my meetings (and which are no longer listed).
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum JournalCmd {
    /// Write an entry. Reads the text from standard input when TEXT is left out.
    Add(JournalAddArgs),
    /// Entries, newest first.
    List {
        /// Only this kind: note, checkin, gratitude, review, meeting.
        #[arg(long)]
        kind: Option<String>,
        /// Only entries with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Most entries to show (0: all).
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Entries containing these words (accents ignored, word beginnings match).
    Search {
        /// Words to look for.
        query: String,
        /// Most entries to show (0: all).
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// One entry in full.
    Show {
        /// Entry id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Move an entry to the trash (kept 30 days; `journal restore` brings it back).
    Delete {
        /// Entry id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Take an entry back out of the trash.
    Restore {
        /// Entry id.
        id: String,
    },
    /// Entries in the trash.
    Trash {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the whole journal (with sobriety dates and my meetings) as Markdown or JSON.
    Export {
        /// markdown or json.
        #[arg(long)]
        format: String,
        /// File to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// The prompts Waymark offers for each kind of entry.
    Prompts,
}

#[derive(Args, Debug)]
pub struct JournalAddArgs {
    /// note, checkin, gratitude, review or meeting.
    #[arg(long, default_value = "note")]
    pub kind: String,
    /// Mood from 1 (very low) to 5 (very good).
    #[arg(long, value_name = "N")]
    pub mood: Option<u8>,
    /// Craving from 0 (none) to 10.
    #[arg(long, value_name = "N")]
    pub craving: Option<u8>,
    /// HALT: any of hungry, angry, lonely, tired (comma-separated).
    #[arg(long, value_name = "WORDS")]
    pub halt: Option<String>,
    /// A gratitude item (repeatable).
    #[arg(long, value_name = "TEXT")]
    pub grateful: Vec<String>,
    /// A tag (repeatable).
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    /// The meeting this is about (meeting id).
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Where you are, for nearby meetings if a check-in is a hard one (stays on this device).
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub near: Option<String>,
    /// Print the saved entry as JSON.
    #[arg(long)]
    pub json: bool,
    /// The text.
    pub text: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ContactsCmd {
    /// Add someone: `contacts add Sam --role sponsor --phone "+44 7700 900123"`.
    Add {
        /// Their name, as you call them.
        name: String,
        /// sponsor, friend, helpline or other.
        #[arg(long, default_value = "friend")]
        role: String,
        /// Their phone number.
        #[arg(long, allow_hyphen_values = true)]
        phone: String,
    },
    /// My people, with links that call or text them.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove someone.
    Remove {
        /// Id, as `contacts list` prints it.
        id: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum SoberCmd {
    /// Add a sobriety date (YYYY-MM-DD).
    Add {
        /// The date (day 0).
        date: String,
        /// What it counts, in your words.
        #[arg(long)]
        label: Option<String>,
    },
    /// Change a date (start again from a new day), or its label.
    Set {
        /// Id, as `sober list` prints it.
        id: String,
        /// The new date.
        date: String,
        /// A new label.
        #[arg(long)]
        label: Option<String>,
    },
    /// Remove a date.
    Remove {
        /// Id, as `sober list` prints it.
        id: String,
    },
    /// Day counts and next milestones.
    List {
        /// Count as of this date instead of today (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum BackupCmd {
    /// Write an encrypted backup (passphrase from $WAYMARK_BACKUP_PASSPHRASE or a prompt).
    Create {
        /// The backup file.
        file: PathBuf,
    },
    /// Merge a backup (or a JSON export) into this vault. Nothing is duplicated.
    Restore {
        /// The backup or export file.
        file: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum VaultCmd {
    /// Change the vault passphrase (new one from $WAYMARK_NEW_PASSPHRASE or a prompt).
    ChangePassphrase,
}

#[derive(Subcommand, Debug)]
pub enum RemindCmd {
    /// Remind me before a meeting (adds it to my meetings if needed).
    Set {
        /// Meeting id.
        meeting_id: String,
        /// How long before, e.g. 60m,15m or 1h15m.
        #[arg(long, value_name = "DURATIONS", value_delimiter = ',', required = true)]
        before: Vec<String>,
        /// Only on these of the meeting's days, e.g. tue,thu.
        #[arg(long, value_name = "DAYS", value_delimiter = ',')]
        days: Vec<String>,
        /// Show the meeting's name on the lock screen for these reminders.
        #[arg(long)]
        detailed: bool,
    },
    /// Skip the next occurrence of a meeting ("not this week").
    SkipNext {
        /// Meeting id.
        meeting_id: String,
    },
    /// Pause all reminders until a date (YYYY-MM-DD), or resume with --resume.
    Pause {
        /// First day reminders come back.
        #[arg(long, value_name = "DATE", required_unless_present = "resume")]
        until: Option<String>,
        /// Resume now.
        #[arg(long)]
        resume: bool,
    },
    /// Stop reminders for a meeting.
    Clear {
        /// Meeting id.
        meeting_id: String,
    },
    /// A daily practice reminder at a local time.
    Daily {
        /// Time of day, HH:MM.
        time: String,
        /// Your words for it.
        #[arg(long)]
        label: Option<String>,
    },
    /// Lock-screen text: `on` says only "Reminder: 19:00" (the default), `off` names the
    /// meeting.
    Discreet {
        /// on or off.
        value: String,
    },
    /// Whether reminders can reach you: permissions (as a phone shell reports them), pending
    /// count against the cap, and reminders that were due but never reported delivered.
    Health {
        /// The shell reports notifications are off.
        #[arg(long)]
        notifications_off: bool,
        /// The shell reports exact alarms are not allowed (Android 12+).
        #[arg(long)]
        exact_alarms_off: bool,
        /// Notifications pending now.
        #[arg(long, default_value_t = 0)]
        pending: u32,
        /// The platform cap.
        #[arg(long, default_value_t = 64)]
        max: u32,
        /// Reminder ids the shell saw delivered.
        #[arg(long, value_delimiter = ',', value_name = "ID,ID")]
        delivered: Vec<String>,
        /// Check as of this instant (RFC 3339) instead of now.
        #[arg(long, value_name = "RFC3339")]
        at: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// My reminder rules and daily reminders.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The reminders a phone would hold now (soonest first, within the cap).
    Plan {
        /// Plan as of this instant (RFC 3339) instead of now.
        #[arg(long, value_name = "RFC3339")]
        at: Option<String>,
        /// How far ahead, e.g. 14d.
        #[arg(long, default_value = "14d")]
        horizon: String,
        /// Most pending reminders (iOS: 64).
        #[arg(long, default_value_t = 64)]
        max: u32,
        /// Your time zone (IANA; default: the system's).
        #[arg(long, value_name = "IANA")]
        tz: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum CalendarCmd {
    /// Write an .ics file: the given meetings, or all of my meetings.
    Export {
        /// File to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Zone for meetings whose feed gives none (IANA).
        #[arg(long, value_name = "IANA")]
        tz: Option<String>,
        /// Put meeting names and notes in the events, even when reminders are discreet.
        #[arg(long)]
        detailed: bool,
        /// Meeting ids (default: my meetings).
        meeting_ids: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum RideCmd {
    /// Offer seats to a meeting. `--from` stays on this device; only its ~1 km area is sent.
    Offer {
        /// Meeting id.
        meeting_id: String,
        /// The meeting's date (YYYY-MM-DD, meeting-local).
        #[arg(long)]
        date: String,
        /// Free seats.
        #[arg(long)]
        seats: u8,
        /// Where you start, LAT,LON.
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        from: String,
        /// Most time you will add to your trip, e.g. 15m.
        #[arg(long, default_value = "15m")]
        max_detour: String,
        /// You cannot leave before this meeting-local time (default: whenever suits riders).
        #[arg(long, value_name = "HH:MM")]
        leave_after: Option<String>,
        /// Women riders only.
        #[arg(long)]
        women_only: bool,
        /// Room for a wheelchair.
        #[arg(long)]
        wheelchair_space: bool,
    },
    /// Ask for a seat. `--from` stays on this device; only its ~1 km area is sent.
    Request {
        /// Meeting id.
        meeting_id: String,
        /// The meeting's date (YYYY-MM-DD, meeting-local).
        #[arg(long)]
        date: String,
        /// Where to be picked up from, LAT,LON.
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        from: String,
        /// Be there by this meeting-local time (default: 10 minutes before the start).
        #[arg(long, value_name = "HH:MM")]
        arrive_by: Option<String>,
        /// Needs wheelchair space.
        #[arg(long)]
        wheelchair: bool,
        /// For women-only offers.
        #[arg(long)]
        woman: bool,
    },
    /// Send what is waiting and fetch matches.
    Sync,
    /// My offers and requests, with what the server said.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Proposed and confirmed matches (from the last sync).
    Matches {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Accept a match, optionally sharing a public pickup spot (shown only once both accept).
    Accept {
        /// Match id.
        match_id: String,
        /// A public place to meet, LAT,LON.
        #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
        at: Option<String>,
    },
    /// Cancel one of my offers or requests.
    Cancel {
        /// Ride id, as `offer`, `request` and `list` print it.
        ride_id: String,
    },
    /// How far from the meeting (km) a start or pickup may be: shows it, or sets it.
    MaxDistance {
        /// Kilometres (1 to 1000), or `default` (150).
        km: Option<String>,
    },
}
