import UserNotifications
import WaymarkKit

/// Executes the core's reminder plan within iOS's 64 pending notifications. The core decides
/// what fires when and with what (discreet) text; this only hands it to the system.
@MainActor
enum Notifications {
    static let cap: UInt32 = 64

    static func rearm() async {
        let center = UNUserNotificationCenter.current()
        _ = try? await center.requestAuthorization(options: [.alert, .sound])
        let pending = await center.pendingNotificationRequests().map(\.identifier)
        guard let plan = try? Core.vault.reminders().plan(
            directory: Core.directory, now: Date(), horizonMinutes: 14 * 24 * 60, maxPending: cap,
            alreadyScheduled: pending, viewerTimezone: TimeZone.current.identifier) else { return }
        center.removePendingNotificationRequests(withIdentifiers: plan.cancel)
        let iso = ISO8601DateFormatter()
        for r in plan.schedule {
            guard let at = iso.date(from: r.fireAtUtc) else { continue }
            let content = UNMutableNotificationContent()
            content.title = r.title
            content.body = r.body
            content.userInfo = ["link": r.deepLink]
            let trigger = UNTimeIntervalNotificationTrigger(timeInterval: max(1, at.timeIntervalSinceNow), repeats: false)
            try? await center.add(UNNotificationRequest(identifier: r.id, content: content, trigger: trigger))
        }
    }

    static func health() async -> HealthReport {
        let center = UNUserNotificationCenter.current()
        let settings = await center.notificationSettings()
        let pending = UInt32(await center.pendingNotificationRequests().count)
        let delivered = await center.deliveredNotifications().map(\.request.identifier)
        return (try? Core.vault.reminders().health(
            notificationsAllowed: settings.authorizationStatus == .authorized, exactAlarmsAllowed: nil,
            pending: pending, cap: cap, delivered: delivered, now: Date()))
            ?? HealthReport(pending: pending, cap: cap, missed: [], issues: [])
    }
}
