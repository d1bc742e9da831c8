// The directory and the vault of one phone, opened once on first use (off the main actor, by
// the models that need them), and a model for every screen over them. Nothing here decides what
// a screen shows: the core does, in the language it negotiates.
import Foundation

/// The meeting directory and the private vault in one folder, each opened the first time a
/// model needs it (never on the main actor: models open their screens on their own queue).
/// Opening can fail (a damaged file, a wrong key): the model that asked shows the core's
/// sentence and can try again; nothing traps.
public final class Stores: @unchecked Sendable {
    /// The folder holding `directory.sqlite` and `vault.sqlite`.
    public let folder: URL
    private let vaultKey: () throws -> Data
    private let phoneLocale: () -> String
    private let timezone: () -> String
    private let lock = NSLock()
    private var openDirectory: MeetingDirectory?
    private var openVault: PrivateVault?

    /// Stores in `folder`. `vaultKey` gives the vault's 32-byte key (from the Keychain);
    /// `phoneLocale` the phone's language (`cy-GB`) and `timezone` its IANA zone, read each
    /// time a screen opens so a change shows on the next screen.
    public init(folder: URL, vaultKey: @escaping () throws -> Data,
                phoneLocale: @escaping () -> String = { Locale.preferredLanguages.first ?? Locale.current.identifier },
                timezone: @escaping () -> String = { TimeZone.current.identifier }) {
        self.folder = folder
        self.vaultKey = vaultKey
        self.phoneLocale = phoneLocale
        self.timezone = timezone
    }

    /// The meeting directory, opened on first use.
    public func directory() throws -> MeetingDirectory {
        lock.lock()
        defer { lock.unlock() }
        if let openDirectory { return openDirectory }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let opened = try MeetingDirectory.open(path: folder.appendingPathComponent("directory.sqlite").path)
        openDirectory = opened
        return opened
    }

    /// The private vault, opened on first use with the key from `vaultKey`.
    public func vault() throws -> PrivateVault {
        lock.lock()
        defer { lock.unlock() }
        if let openVault { return openVault }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let opened = try PrivateVault.openWithKey(path: folder.appendingPathComponent("vault.sqlite").path,
                                                  key: try vaultKey())
        openVault = opened
        return opened
    }

    /// Tidies what is open when the app goes to the background (call it off the main actor):
    /// the vault merges a step of its search index and both fold their write-ahead logs into
    /// their files. Nothing is opened for it, and a failure loses nothing: it is done again
    /// next time.
    public func tidy() {
        lock.lock()
        let (directory, vault) = (openDirectory, openVault)
        lock.unlock()
        try? vault?.checkpoint()
        _ = try? directory?.checkpoint()
    }

    /// The phone's language as the system gives it.
    public var phone: String { phoneLocale() }

    /// The phone's time zone (IANA).
    public var zone: String { timezone() }

    /// What every screen is worded and timed in: the language chosen in Settings (else the
    /// phone's, as the core negotiates it) and the phone's zone, on the real clock.
    public func options() throws -> MeetingsOptions {
        MeetingsOptions(locale: try vault().screenLocale(phoneLocale: phoneLocale()),
                        viewerTimezone: timezone(), at: nil)
    }

    /// The Meetings screen.
    public func meetingsModel() -> MeetingsModel {
        ScreenModel { try self.directory().meetingsScreen(options: self.options()) }
    }

    /// One meeting's screen.
    public func meetingModel(id: String) -> MeetingModel {
        ScreenModel { try self.directory().meetingScreen(id: id, options: self.options()) }
    }

    /// The My meetings screen.
    public func myMeetingsModel() -> MyMeetingsModel {
        ScreenModel { try self.vault().myMeetingsScreenObject(directory: self.directory(), options: self.options()) }
    }

    /// The Reminders screen, with what the platform says now (`facts`; ``ScreenModel/update(_:)``
    /// with `setFacts` when it changes).
    public func remindersModel(facts: ReminderFacts) -> RemindersModel {
        ScreenModel {
            try self.vault().reminders().screenObject(directory: self.directory(), facts: facts, options: self.options())
        }
    }

    /// The Journal screen.
    public func journalModel(view: JournalView = JournalView()) -> JournalModel {
        ScreenModel { try self.vault().journalScreenObject(view: view, options: self.options()) }
    }

    /// The Sobriety dates screen.
    public func sobrietyModel() -> SobrietyModel {
        ScreenModel { try self.vault().sobrietyScreenObject(options: self.options()) }
    }

    /// The Rides screen: through the car-pool board chosen in Settings (kept in the vault)
    /// when one is set, else what was arranged on this phone with the core's "no server"
    /// notice.
    public func ridesModel() -> RidesModel {
        ScreenModel {
            let vault = try self.vault()
            let directory = try? self.directory()
            if let client = try vault.chosenRideClient() {
                return try client.screenObject(directory: directory, options: self.options())
            }
            return vault.ridesScreenObject(directory: directory, options: try self.options())
        }
    }

    /// The form behind "offer a ride" / "ask for a ride": my meetings a ride can go to, their
    /// next days and the seats, as the core lists them. Call it off the main actor.
    public func rideForm(kind: RideFormKind) throws -> RideFormState {
        try vault().rideForm(kind: kind, directory: directory(), options: options())
    }

    /// The People to call screen.
    public func peopleModel() -> PeopleModel {
        ScreenModel { try self.vault().peopleScreenObject(options: self.options()) }
    }

    /// The Settings screen.
    public func settingsModel() -> SettingsModel {
        ScreenModel { try self.vault().settingsScreenObject(phoneLocale: self.phoneLocale(), options: self.options()) }
    }

    /// The Areas screen (the first-run setup when nothing is set up yet). Only the directory
    /// is needed; the language follows the phone if the vault cannot be opened.
    public func areasModel() -> AreasModel {
        ScreenModel {
            let options = (try? self.options())
                ?? MeetingsOptions(locale: self.phoneLocale(), viewerTimezone: self.timezone(), at: nil)
            return try self.directory().areasScreenObject(options: options)
        }
    }

    /// The entry editor for `view` (a new entry of a kind, or an existing one).
    public func editorModel(view: EditorView) -> EditorModel {
        EditorModel(stores: self, view: view)
    }
}
