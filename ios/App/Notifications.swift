// Reminders through iOS's notification center: the core plans what fires when, with what
// (discreet) words and which link; this hands the plan to iOS within its 64 pending
// notifications, asks for permission in context, and tells the core what only iOS knows.
import UserNotifications
import WaymarkKit

@MainActor
enum Notifications {
    /// Where a notification keeps the core's deep link.
    static let linkKey = "link"
    private static let deliveredKey = "delivered_reminders"

    /// Asks iOS for permission to notify (shown by iOS once; the first time a reminder is
    /// wanted, never at launch). Whether notifications are allowed now.
    static func askPermission() async -> Bool {
        let center = UNUserNotificationCenter.current()
        switch await center.notificationSettings().authorizationStatus {
        case .authorized, .provisional, .ephemeral: return true
        case .denied: return false
        case .notDetermined: return (try? await center.requestAuthorization(options: [.alert, .sound])) ?? false
        @unknown default: return false
        }
    }

    /// Schedules the core's plan: cancels what it says, adds the soonest reminders so that
    /// iOS never holds more than ``pendingNotificationCap`` (the core plans within it given
    /// what iOS already holds). Does nothing until notifications are allowed.
    static func rearm(_ stores: Stores) async {
        let center = UNUserNotificationCenter.current()
        let status = await center.notificationSettings().authorizationStatus
        guard status == .authorized || status == .provisional || status == .ephemeral else { return }
        let pending = await center.pendingNotificationRequests().map(\.identifier)
        guard let plan = try? await Task.detached(operation: { try stores.reminderPlan(pending: pending) }).value else { return }
        center.removePendingNotificationRequests(withIdentifiers: plan.cancel)
        let iso = ISO8601DateFormatter()
        var held = pending.count - Set(plan.cancel).intersection(pending).count
        for reminder in plan.schedule where held < Int(pendingNotificationCap) {
            guard let at = iso.date(from: reminder.fireAtUtc), at > Date() else { continue }
            let content = UNMutableNotificationContent()
            content.title = reminder.title
            content.body = reminder.body
            content.sound = .default
            content.userInfo = [linkKey: reminder.deepLink]
            let trigger = UNTimeIntervalNotificationTrigger(timeInterval: at.timeIntervalSinceNow, repeats: false)
            do {
                try await center.add(UNNotificationRequest(identifier: reminder.id, content: content, trigger: trigger))
                held += 1
            } catch {
                continue
            }
        }
    }

    /// A reminder iOS delivered (shown while open, or tapped): kept so the core's health check
    /// knows it arrived.
    static func noteDelivered(_ id: String) {
        var seen = UserDefaults.standard.stringArray(forKey: deliveredKey) ?? []
        seen.append(id)
        UserDefaults.standard.set(Array(seen.suffix(200)), forKey: deliveredKey)
    }

    /// What iOS says now, for the Reminders screen's health check.
    static func facts() async -> ReminderFacts {
        let center = UNUserNotificationCenter.current()
        let status = await center.notificationSettings().authorizationStatus
        let pending = await center.pendingNotificationRequests().count
        var delivered = await center.deliveredNotifications().map(\.request.identifier)
        delivered += UserDefaults.standard.stringArray(forKey: deliveredKey) ?? []
        return ReminderFacts(
            notificationsAllowed: status == .authorized || status == .provisional || status == .ephemeral,
            exactAlarmsAllowed: nil, pending: UInt32(pending), cap: pendingNotificationCap, delivered: delivered)
    }
}
