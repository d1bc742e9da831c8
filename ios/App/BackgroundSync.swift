import BackgroundTasks
import WaymarkKit

/// BGAppRefreshTask: sync the directory (and rides), then re-arm reminders. When iOS ends the
/// task early, the Rust sync is cancelled with nothing half-written.
enum BackgroundSync {
    static let id = "app.waymark.sync"

    static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: id, using: nil) { task in
            let work = Task { @MainActor in
                _ = try? await Core.directory.syncAll()
                if let rides = Core.rides { _ = try? await rides.sync() }
                await Notifications.rearm()
                task.setTaskCompleted(success: true)
            }
            task.expirationHandler = { work.cancel() }
            schedule()
        }
    }

    static func schedule() {
        let request = BGAppRefreshTaskRequest(identifier: id)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 6 * 3600)
        try? BGTaskScheduler.shared.submit(request)
    }
}
