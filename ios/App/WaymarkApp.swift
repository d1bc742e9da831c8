// The SwiftUI app: glue over WaymarkKit. Every decision is made in Rust.
import BackgroundTasks
import SwiftUI
import WaymarkKit

@main
struct WaymarkApp: App {
    @Environment(\.scenePhase) private var phase
    @State private var unlocked = !AppLock.isEnabled

    init() {
        // The core's error messages in the language the app's own words are shown in (iOS
        // restarts the app when the language changes).
        setAppLocale(tag: Bundle.main.preferredLocalizations.first ?? Locale.current.identifier)
        BackgroundSync.register()
    }

    var body: some Scene {
        WindowGroup {
            Group {
                if unlocked {
                    RootView()
                } else {
                    Button(String(localized: "unlock_title")) { Task { unlocked = await AppLock.unlock() } }
                        .task { unlocked = await AppLock.unlock() }
                }
            }
            .onOpenURL { url in DeepLinks.shared.open(url) }
        }
        .onChange(of: phase) { _, now in
            if now == .background {
                BackgroundSync.schedule()
                if AppLock.isEnabled { unlocked = false }
            }
        }
    }
}

/// The vault and the directory, opened once.
@MainActor
enum Core {
    static let folder = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
    static var rideServer = ""

    static let directory: MeetingDirectory = {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try! MeetingDirectory.open(path: folder.appendingPathComponent("directory.sqlite").path)
    }()

    static let vault: PrivateVault = {
        try! PrivateVault.openWithKey(path: folder.appendingPathComponent("vault.sqlite").path, key: KeychainKey.vaultKey())
    }()

    /// The car-pool client for the configured board; `nil` while car-pools are off.
    static var rides: RideClient? {
        rideServer.isEmpty ? nil : try? vault.rideClient(server: rideServer)
    }
}

/// Deep links from notifications: waymark://meeting/<id>, waymark://journal/checkin.
@MainActor
final class DeepLinks: ObservableObject {
    static let shared = DeepLinks()
    @Published var meetingId: String?
    @Published var tab = 0

    func open(_ url: URL) {
        if url.host == "meeting" { meetingId = url.lastPathComponent; tab = 0 }
        if url.host == "journal" { tab = 2 }
    }
}
