// The SwiftUI app: platform glue over WaymarkKit. Every screen is a WaymarkKit model over one of
// the core's screen objects; the views draw its state and map its actions to buttons. The core
// decides and words everything a screen shows; what is here is only what iOS alone can do
// (notifications, background refresh, the Keychain, Face ID, location, files, links).
import BackgroundTasks
import SwiftUI
import UserNotifications
import WaymarkKit

@main
struct WaymarkApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate
    @Environment(\.scenePhase) private var phase
    @StateObject private var app = AppModel.shared

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(app)
                .environmentObject(app.router)
                .onOpenURL { app.router.open($0) }
        }
        // iOS 16: the one-argument form.
        .onChange(of: phase) { now in app.phaseChanged(now) }
    }
}

/// Launch glue: the notification delegate (a reminder's link opens its screen) and the
/// background refresh task, both registered before launch ends as iOS requires.
final class AppDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {
        UNUserNotificationCenter.current().delegate = self
        BackgroundSync.register()
        return true
    }

    /// A reminder tapped: open the screen its link names (`waymark://meeting/<id>`,
    /// `waymark://journal/checkin`).
    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse,
                                withCompletionHandler completionHandler: @escaping () -> Void) {
        let link = response.notification.request.content.userInfo[Notifications.linkKey] as? String
        Task { @MainActor in
            if let link, let url = URL(string: link) {
                AppModel.shared.router.open(url)
            }
            Notifications.noteDelivered(response.notification.request.identifier)
            completionHandler()
        }
    }

    /// A reminder due while the app is open still shows (its text is the core's discreet one).
    func userNotificationCenter(_ center: UNUserNotificationCenter, willPresent notification: UNNotification,
                                withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void) {
        let id = notification.request.identifier
        Task { @MainActor in Notifications.noteDelivered(id) }
        completionHandler([.banner, .list, .sound])
    }
}

/// Where the app is: which tab, what is pushed on the Meetings stack, and which editor is open.
/// Links from notifications and `waymark://` URLs land here.
@MainActor
final class Router: ObservableObject {
    /// The tabs.
    enum Tab: Hashable { case meetings, mine, journal, sobriety, more }

    @Published var tab: Tab = .meetings
    @Published var meetingsPath: [Route] = []
    @Published var morePath: [Route] = []
    @Published var editor: EditorRequest?

    /// Opens the screen a `waymark://` link names; anything else is ignored.
    func open(_ url: URL) {
        switch DeepLink(url: url) {
        case .meeting(let id):
            tab = .meetings
            meetingsPath = [.meeting(id)]
        case .write(let kind):
            tab = .journal
            editor = EditorRequest(view: EditorView(kind: kind))
        case .meetings: tab = .meetings; meetingsPath = []
        case .myMeetings: tab = .mine
        case .journal: tab = .journal
        case .sobriety: tab = .sobriety
        case .reminders: tab = .more; morePath = [.reminders]
        case .rides: tab = .more; morePath = [.rides]
        case .people: tab = .more; morePath = [.people]
        case .settings: tab = .more; morePath = [.settings]
        case .areas: tab = .more; morePath = [.areas]
        case nil:
            break
        }
    }
}

/// A screen pushed on a navigation stack.
enum Route: Hashable {
    case meeting(String)
    case reminders, people, rides, settings, areas
}

/// An entry editor to show as a sheet.
struct EditorRequest: Identifiable {
    let id = UUID()
    let view: EditorView
}

/// The directory and the vault, opened on first use off the main actor (no `try!`: a store that
/// will not open is shown as the core's sentence on the screen that needed it). A global, not
/// isolated to the main actor, so views can make their models in their initialisers.
let appStores = Stores(
    folder: FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        .appendingPathComponent("waymark", isDirectory: true),
    vaultKey: { try KeychainKey.vaultKey() })

/// The app's one set of stores and what iOS tells it about itself (locked, in the background).
@MainActor
final class AppModel: ObservableObject {
    static let shared = AppModel()

    /// The directory and the vault (see ``appStores``).
    let stores = appStores
    let router = Router()

    /// Whether the app lock hides everything until Face ID / Touch ID / the passcode.
    @Published private(set) var locked = true
    /// Whether the app is in the app switcher (then a plain cover hides the screen).
    @Published private(set) var covered = false
    /// Bumped when the language chosen in Settings changes, so every screen opens again in it.
    @Published private(set) var generation = 0

    private var lockChecked = false
    private var unlocking = false
    /// When the app went to the background with the lock checked (seconds since the phone
    /// started, which changing the clock does not move), for the core's grace.
    private var backgroundedAt: TimeInterval?

    init() {
        // The core's error messages in the phone's language until Settings says otherwise.
        setAppLocale(tag: Locale.preferredLanguages.first ?? Locale.current.identifier)
    }

    /// Bumped when Settings changes the car-pool board (kept in the vault), so the Rides
    /// screen opens again on the new one.
    @Published private(set) var boardChanges = 0

    /// The car-pool board changed in Settings.
    func boardChanged() { boardChanges += 1 }

    /// Asks for Face ID / Touch ID / the passcode when the person turned the lock on (the
    /// setting is in the vault), else opens at once.
    func unlockIfNeeded() async {
        // Launch and becoming active both ask: one prompt at a time.
        guard !unlocking else { return }
        unlocking = true
        defer { unlocking = false }
        let stores = self.stores
        let wanted = await Task.detached { () -> Bool in
            AppModel.moveBoardIntoVault(stores)
            return (try? stores.vault().appLock()) ?? false
        }.value
        lockChecked = true
        if !wanted {
            locked = false
        } else if await AppLock.unlock() {
            locked = false
        }
    }

    /// Earlier versions kept the car-pool board in UserDefaults; it lives in the vault now
    /// (checked by the core). Moved once, then forgotten here. Off the main actor.
    nonisolated static func moveBoardIntoVault(_ stores: Stores) {
        let defaults = UserDefaults.standard
        guard let old = defaults.string(forKey: "ride_server"), let vault = try? stores.vault() else { return }
        if !old.isEmpty, (try? vault.rideServer()) == nil {
            _ = try? vault.setRideServer(server: old)
        }
        defaults.removeObject(forKey: "ride_server")
    }

    /// The scene moved: cover the screen in the app switcher, lock again in the background,
    /// and on coming back re-arm reminders and re-read what another process may have changed.
    func phaseChanged(_ phase: ScenePhase) {
        covered = phase != .active
        switch phase {
        case .background:
            BackgroundSync.schedule()
            // Off the main thread and off Swift's own threads: it may wait for a sync's write.
            let stores = self.stores
            DispatchQueue.global(qos: .utility).async { stores.tidy() }
            if lockChecked { locked = true; lockChecked = false; backgroundedAt = ProcessInfo.processInfo.systemUptime }
        case .active:
            // Back within the core's grace (a quick look at a message): no need to ask again.
            let grace = Double(appTimings().relockAfterSeconds)
            let away = backgroundedAt.map { ProcessInfo.processInfo.systemUptime - $0 }
            if locked, let away, away >= 0, away < grace {
                locked = false
                lockChecked = true
            } else if locked {
                Task { await unlockIfNeeded() }
            }
            backgroundedAt = nil
            Task { await Notifications.rearm(stores) }
        default:
            break
        }
    }

    /// The language chosen in Settings changed: error messages and every screen follow it.
    func languageChanged() {
        let stores = self.stores
        Task {
            let tag = await Task.detached { (try? stores.options().locale) ?? stores.phone }.value
            setAppLocale(tag: tag)
            generation += 1
            await Notifications.rearm(stores)
        }
    }

    /// Fetches every feed and area now; the screens hear the result by themselves (a failed
    /// source keeps its meetings and the screens say so, in the core's words).
    func syncNow() async {
        let stores = self.stores
        _ = try? await Task.detached { try await stores.directory().syncAll() }.value
        await Notifications.rearm(stores)
    }
}
