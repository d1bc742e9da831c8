import BackgroundTasks
import WaymarkKit

/// BGAppRefreshTask: fetch the directory (and rides when a board is set), then re-arm
/// reminders. When iOS ends the task early, the Rust sync is cancelled with nothing
/// half-written. Its identifier is in Info.plist's `BGTaskSchedulerPermittedIdentifiers`.
enum BackgroundSync {
    static let id = "app.waymark.sync"

    static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: id, using: nil) { task in
            schedule()
            let work = Task { @MainActor in
                let app = AppModel.shared
                let stores = app.stores
                // Not detached: cancelling this task cancels the Rust sync (see `syncAll`).
                let synced = (try? await stores.directory().syncAll()) != nil
                // The board chosen in Settings, kept in the vault (none: car-pools are off).
                _ = try? await Task.detached {
                    if let client = try stores.vault().chosenRideClient() { _ = try await client.sync() }
                }.value
                await Notifications.rearm(stores)
                task.setTaskCompleted(success: synced && !Task.isCancelled)
            }
            task.expirationHandler = { work.cancel() }
        }
    }

    static func schedule() {
        let request = BGAppRefreshTaskRequest(identifier: id)
        request.earliestBeginDate = Date(timeIntervalSinceNow: Double(appTimings().backgroundSyncMinutes) * 60)
        try? BGTaskScheduler.shared.submit(request)
    }
}
