// What the app does with the core's links and reminder plans, kept here (not in the SwiftUI
// app) so the Linux suite checks it against the real library: the deep links a reminder
// carries, and the plan that keeps iOS within its 64 pending notifications.
import Foundation

/// A screen a `waymark://` link opens: the core's reminders carry `waymark://meeting/<id>`
/// (the id percent-encoded) and `waymark://journal/checkin`.
public enum DeepLink: Equatable, Sendable {
    /// One meeting's screen.
    case meeting(id: String)
    /// A new check-in in the journal.
    case checkin

    /// The screen `url` names, or `nil` for anything else (another scheme, an unknown screen).
    public init?(url: URL) {
        guard url.scheme?.lowercased() == "waymark",
              let parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        let path = parts.percentEncodedPath.split(separator: "/").map(String.init)
        switch (parts.host?.lowercased(), path.count) {
        case ("meeting", 1):
            guard let id = path[0].removingPercentEncoding, !id.isEmpty else { return nil }
            self = .meeting(id: id)
        case ("journal", 1) where path[0] == "checkin":
            self = .checkin
        default:
            return nil
        }
    }

    /// The `waymark://` link for this screen.
    public var url: URL {
        switch self {
        case .meeting(let id):
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-_.~:")
            let escaped = id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
            return URL(string: "waymark://meeting/\(escaped)")!
        case .checkin:
            return URL(string: "waymark://journal/checkin")!
        }
    }
}

/// iOS keeps at most 64 pending local notifications per app; the core plans within it.
public let pendingNotificationCap: UInt32 = 64

/// How far ahead reminders are planned: two weeks, re-armed whenever the app runs or a
/// background refresh comes.
public let reminderHorizonMinutes: UInt32 = 14 * 24 * 60

extension Stores {
    /// What to hand iOS now: the soonest reminders that fit within ``pendingNotificationCap``
    /// given the ids iOS already holds (`pending`), which of those to cancel, and the
    /// lock-screen words (discreet unless the person asked otherwise), worded by the core.
    public func reminderPlan(pending: [String], now: Date = Date()) throws -> Plan {
        try vault().reminders().plan(
            directory: directory(), now: now, horizonMinutes: reminderHorizonMinutes,
            maxPending: pendingNotificationCap, alreadyScheduled: pending,
            viewerTimezone: zone, locale: phone)
    }
}
