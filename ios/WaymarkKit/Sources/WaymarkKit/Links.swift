// What the app does with the core's links and reminder plans, kept here (not in the SwiftUI
// app) so the Linux suite checks it against the real library: the deep links a reminder
// carries (read by the core), and the plan that keeps iOS within its 64 pending notifications.
import Foundation

/// A screen a `waymark://` link opens: the core's `AppLink`, read and written by the core
/// (`parseLink`, `linkUrl`), so both apps open the same screen for the same link.
public typealias DeepLink = AppLink

public extension AppLink {
    /// The screen `url` names, or `nil` for anything else (another scheme, an unknown screen).
    init?(url: URL) {
        guard let link = parseLink(url: url.absoluteString) else { return nil }
        self = link
    }

    /// The `waymark://` link for this screen.
    var url: URL {
        // The core percent-encodes what a URL needs; the fallback is never reached.
        URL(string: linkUrl(link: self)) ?? URL(fileURLWithPath: "/")
    }
}

/// iOS keeps at most 64 pending local notifications per app; the core plans within it.
public let pendingNotificationCap: UInt32 = 64

/// How far ahead reminders are planned: two weeks, re-armed whenever the app runs or a
/// background refresh comes.
public var reminderHorizonMinutes: UInt32 { appTimings().planHorizonMinutes }

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
