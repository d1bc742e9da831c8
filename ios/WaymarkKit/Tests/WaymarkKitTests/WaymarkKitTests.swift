// Mirrors the Kotlin suite (android/waymark-jvm/src/test/kotlin). The network cases need
// WAYMARK_FEED_URL, WAYMARK_SLOW_URL, WAYMARK_SERVER, WAYMARK_RELAY_URL and WAYMARK_RELAY_KEY
// (a feed on loopback and a running waymark-server serving a relay, as
// bindings/uniffi-bindgen/tests/bindings.rs sets up; it runs this suite on Linux) and are
// skipped without them.
import Foundation
import XCTest
@testable import WaymarkKit

final class WaymarkKitTests: WorkFolderCase {
    private func env(_ name: String) throws -> String {
        guard let v = ProcessInfo.processInfo.environment[name] else {
            throw XCTSkip("\(name) is not set")
        }
        return v
    }

    private func syncedDirectory() async throws -> MeetingDirectory {
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        _ = try dir.addSource(location: try env("WAYMARK_FEED_URL"), name: "wales", program: "aa", timezone: nil)
        let results = try await dir.syncAll()
        XCTAssertTrue(results.allSatisfy { $0.ok })
        return dir
    }

    func testAnAreaFromARelayBringsItsMeetingsAndOnlineOnes() async throws {
        let relay = try env("WAYMARK_RELAY_URL")
        let key = try env("WAYMARK_RELAY_KEY")
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        let aber = GeoPoint(latitude: 52.41, longitude: -4.08)
        XCTAssertThrowsError(try dir.addArea(relay: relay, publicKey: "waymark-relay-v1:nope", center: aber,
                                             radiusKm: 30, label: nil)) {
            guard case WaymarkError.InvalidInput = $0 else { return XCTFail("\($0)") }
        }
        let area = try dir.addArea(relay: relay, publicKey: key, center: aber, radiusKm: 30, label: "Home")
        XCTAssertEqual(area.label, "Home")
        XCTAssertFalse(area.tiles.isEmpty)
        let results = try await dir.syncAll()
        XCTAssertTrue(results.allSatisfy { $0.ok })
        // The two Aberystwyth meetings from their tile, the online one from the pack.
        XCTAssertEqual(try dir.meetingCount(), 3)
        let near = try dir.search(query: MeetingQuery(near: aber, radiusKm: 5))
        XCTAssertEqual(Set(near.map(\.name)), ["Hope on Tuesday", "Steps at Noon"])
        let fresh = try dir.relaySources(now: Date())
        XCTAssertEqual(fresh.count, 1)
        XCTAssertTrue(fresh[0].freshness.hasPrefix("Updated"))
        // Nothing new at the relay: the next sync keeps everything.
        let again = try await dir.syncAll()
        XCTAssertTrue(again.allSatisfy { $0.ok })
        XCTAssertEqual(try dir.meetingCount(), 3)
        try dir.removeArea(id: try dir.areas()[0].id)
        XCTAssertEqual(try dir.meetingCount(), 0)
        XCTAssertTrue(try dir.areas().isEmpty)
    }

    func testSyncReportsProgressThenSearchFiltersOffline() async throws {
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        _ = try dir.addSource(location: try env("WAYMARK_FEED_URL"), name: "wales", program: "aa", timezone: nil)
        var sawProgress = false
        var finished: [SourceSyncResult] = []
        for try await event in dir.syncEvents() {
            switch event {
            case .progress: sawProgress = true
            case .finished(let r): finished = r
            }
        }
        XCTAssertTrue(sawProgress)
        XCTAssertEqual(finished.first?.added, 3)
        let at = ISO8601DateFormatter().date(from: "2026-11-24T12:00:00Z")!
        let tonight = try dir.search(query: MeetingQuery(
            at: at, viewerTimezone: "America/New_York", weekdays: [2],
            startFromMinute: minutesOf("18:00"), startToMinute: minutesOf("23:00")))
        XCTAssertEqual(tonight.map(\.name), ["Hope on Tuesday", "Online Tuesday"])
        XCTAssertEqual(tonight.first?.localStart, "19:00")
        XCTAssertEqual(tonight.first?.viewerTime, "14:00")
        let online = try dir.search(query: MeetingQuery(at: at, attendance: .online))
        XCTAssertEqual(online.map(\.name), ["Online Tuesday"])
    }

    func testTimesAndWindowsAreTheCores() throws {
        XCTAssertEqual(try minutesOf("18:00"), 1080)
        XCTAssertEqual(try minutesOf("7:30 pm"), 1170)
        for bad in ["", "18", "25:00", "24:00", "six"] {
            XCTAssertThrowsError(try minutesOf(bad)) {
                guard case WaymarkError.InvalidInput = $0 else { return XCTFail("\($0)") }
            }
        }
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        XCTAssertEqual(try dir.search(query: MeetingQuery(upcomingMinutes: 7 * 24 * 60)).count, 0)
        XCTAssertThrowsError(try dir.search(query: MeetingQuery(upcomingMinutes: 7 * 24 * 60 + 1))) {
            guard case WaymarkError.InvalidInput = $0 else { return XCTFail("\($0)") }
        }
    }

    func testCancelKeepsTheMeetings() async throws {
        let dir = try await syncedDirectory()
        _ = try dir.addSource(location: try env("WAYMARK_SLOW_URL"), name: "slow", program: "aa", timezone: nil)
        let sync = try dir.startSync(listener: nil)
        XCTAssertFalse(sync.isFinished())
        try await Task.sleep(nanoseconds: 300_000_000)
        sync.cancel()
        do {
            _ = try await sync.finish()
            XCTFail("a cancelled sync should throw")
        } catch WaymarkError.Conflict {
        }
        XCTAssertTrue(sync.isFinished())
        XCTAssertEqual(try dir.meetingCount(), 3)
    }

    func testMeetingScreen() async throws {
        let dir = try await syncedDirectory()
        let at = ISO8601DateFormatter().date(from: "2026-11-23T12:00:00Z")!
        let hope = try dir.details(id: "wales:tue-eve", at: at, viewerTimezone: "America/New_York", typeLanguage: nil)
        XCTAssertEqual(hope.schedule, "Tuesday, 19:00–20:00 (Europe/London)")
        XCTAssertEqual(hope.summary.viewerTime, "14:00")
        XCTAssertTrue(hope.directions?.query.hasPrefix("1 High St") ?? false)
        let online = try dir.details(id: "wales:tue-online", at: at, viewerTimezone: nil, typeLanguage: nil)
        XCTAssertNil(online.directions)
        XCTAssertEqual(online.joinUrl, "https://zoom.us/j/123456789")
        XCTAssertEqual(online.dialUri, "tel:+442034815237,,123456789%23")
    }

    func testMeetingsAndMeetingScreensComeWordedFromTheCore() async throws {
        let dir = try await syncedDirectory()
        // A Tuesday in London, 18:30.
        let at = Date(timeIntervalSince1970: 1_795_545_000)
        let welsh = MeetingsOptions(locale: "cy-GB", viewerTimezone: "Europe/London", at: at)
        let screen = dir.meetingsScreen(options: welsh)
        let first = screen.state()
        XCTAssertEqual(first.title, "Cyfarfodydd")
        XCTAssertEqual(first.sections.map(\.heading), ["Yn nes ymlaen heddiw", "Yfory"])
        let hope = first.sections[0].rows[0]
        XCTAssertEqual(hope.name, "Hope on Tuesday")
        XCTAssertEqual(hope.when, "mewn 30 munud (19:00)")
        // Search as you type, heard through the AsyncStream: the first state, then the typed one.
        var heard: [MeetingsState] = []
        for await state in screen.states() {
            heard.append(state)
            if state.searchText.isEmpty {
                _ = screen.setSearch(text: "hop")
            } else {
                break
            }
        }
        XCTAssertEqual(heard.count, 2)
        XCTAssertEqual(heard[1].sections.flatMap(\.rows).map(\.name), ["Hope on Tuesday"])
        let miss = screen.setSearch(text: "zzz")
        XCTAssertTrue(miss.sections.isEmpty)
        XCTAssertEqual(miss.notices.first?.title, "Does dim cyfarfodydd yn cyfateb")
        XCTAssertTrue(miss.actions.contains { $0.action == .clearFilters })
        let spanish = MeetingsOptions(locale: "es-ES", viewerTimezone: "Europe/London", at: at)
        let meeting = dir.meetingScreen(id: hope.id, options: spanish).state()
        XCTAssertTrue(meeting.found)
        XCTAssertEqual(meeting.schedule, "martes, 19:00–20:00 (Europe/London)")
        XCTAssertEqual(meeting.next, "Próxima: en 30 min (19:00)")
        let directions = meeting.actions.first { $0.action == .directions }
        XCTAssertEqual(directions?.label, "Cómo llegar")
        XCTAssertTrue(directions?.url?.hasPrefix("geo:") ?? false)
        XCTAssertFalse(dir.meetingScreen(id: "nobody:nothing", options: spanish).state().found)
    }

    func testWrongKeyIsTypedAndChangesNothing() throws {
        let key = Data((0..<32).map { UInt8($0) })
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: key)
        _ = try v.addEntry(entry: NewEntry(kind: .note, text: "first day back", mood: nil, craving: nil,
            halt: Halt(hungry: false, angry: false, lonely: false, tired: false),
            gratitude: [], answers: [], tags: [], meetingId: nil))
        XCTAssertThrowsError(try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 7, count: 32))) {
            guard case WaymarkError.WrongKey = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try v.entries(limit: 10).first?.content.text, "first day back")
    }

    func testJournalSearchTrashRestore() throws {
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 1, count: 32))
        let entry = try v.addEntry(entry: NewEntry(kind: .checkin, text: "Tired but went to the meeting",
            mood: 3, craving: 2, halt: Halt(hungry: false, angry: false, lonely: false, tired: true),
            gratitude: [], answers: [], tags: ["meetings"], meetingId: nil))
        XCTAssertEqual(try v.searchEntries(query: "meet", limit: 10).map(\.id), [entry.id])
        try v.deleteEntry(id: entry.id)
        XCTAssertTrue(try v.entries(limit: 10).isEmpty)
        XCTAssertEqual(try v.restoreEntry(id: entry.id).id, entry.id)
    }

    func testBackupAndRestoreWithoutAnAccount() throws {
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 1, count: 32))
        _ = try v.addEntry(entry: NewEntry(kind: .note, text: "Went to the meeting", mood: nil, craving: nil,
            halt: Halt(hungry: false, angry: false, lonely: false, tired: false),
            gratitude: [], answers: [], tags: [], meetingId: nil))
        let info = try v.writeBackup(path: path("journal.backup"), passphrase: "correct horse battery")
        XCTAssertEqual(info.journal, 1)
        let fresh = try PrivateVault.openWithKey(path: path("fresh.sqlite"), key: Data(repeating: 9, count: 32))
        XCTAssertThrowsError(try fresh.restoreBackup(path: path("journal.backup"), passphrase: "wrong horse")) {
            guard case WaymarkError.WrongKey = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try fresh.restoreBackup(path: path("journal.backup"), passphrase: "correct horse battery").journal.added, 1)
        XCTAssertEqual(try fresh.restoreBackup(path: path("journal.backup"), passphrase: "correct horse battery").journal.added, 0)
    }

    func testFavouritesRemindersAndCalendar() async throws {
        let dir = try await syncedDirectory()
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 2, count: 32))
        XCTAssertTrue(try v.addFavorite(directory: dir, meetingId: "wales:tue-eve"))
        let reminders = v.reminders()
        try reminders.setRule(rule: ReminderRule(meetingId: "wales:tue-eve", leads: [60], weekdays: Data(), detailed: false, skipOccurrence: nil))
        let now = ISO8601DateFormatter().date(from: "2026-11-23T12:00:00Z")!
        let plan = try reminders.plan(directory: dir, now: now, horizonMinutes: 14 * 24 * 60, maxPending: 64,
                                      alreadyScheduled: [], viewerTimezone: "Europe/London")
        XCTAssertEqual(plan.schedule.map(\.fireAtUtc), ["2026-11-24T18:00:00Z", "2026-12-01T18:00:00Z"])
        XCTAssertFalse(plan.schedule[0].title.contains("Hope"))
        XCTAssertEqual(try reminders.skipNext(meetingId: "wales:tue-eve", now: now), "2026-11-24T19:00:00Z")
        try reminders.pauseUntil(date: "2026-12-03")
        XCTAssertTrue(try reminders.plan(directory: dir, now: now, horizonMinutes: 14 * 24 * 60, maxPending: 64,
                                         alreadyScheduled: [], viewerTimezone: "Europe/London").reminders.isEmpty)
        try reminders.pauseUntil(date: nil)
        let ics = try v.exportCalendar(directory: dir, meetingIds: [], now: now)
        XCTAssertTrue(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"))
    }

    func testSobrietyDateCountsAgainFromANewDate() throws {
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 3, count: 32))
        let c = try v.addSobrietyDate(date: "2026-10-24", label: "My date", today: "2026-11-23")
        XCTAssertEqual(c.days, 30)
        XCTAssertEqual(c.milestoneToday?.label, "30 days")
        let reset = try v.setSobrietyDate(id: c.date.id, date: "2026-11-20", label: nil, today: "2026-11-24")
        XCTAssertEqual(reset.days, 4)
        XCTAssertEqual(reset.date.label, "My date")
        try v.removeSobrietyDate(id: c.date.id)
        XCTAssertTrue(try v.sobrietyCounters(today: "2026-11-24").isEmpty)
    }

    func testPassphraseChangeAndKeyReplacement() async throws {
        let v = try PrivateVault.createWithPassphrase(path: path("vault.sqlite"), passphrase: "first passphrase")
        try await v.changePassphrase(newPassphrase: "second passphrase")
        XCTAssertThrowsError(try PrivateVault.openWithPassphrase(path: path("vault.sqlite"), passphrase: "first passphrase")) {
            guard case WaymarkError.WrongKey = $0 else { return XCTFail("\($0)") }
        }
        _ = try PrivateVault.openWithPassphrase(path: path("vault.sqlite"), passphrase: "second passphrase")
        let keyed = try PrivateVault.openWithKey(path: path("keyed.sqlite"), key: Data(repeating: 1, count: 32))
        try await keyed.changeKey(newKey: Data(repeating: 2, count: 32))
        XCTAssertThrowsError(try PrivateVault.openWithKey(path: path("keyed.sqlite"), key: Data(repeating: 1, count: 32)))
    }

    func testDailyRemindersAndDiscreetSetting() throws {
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 4, count: 32))
        let reminders = v.reminders()
        XCTAssertTrue(try reminders.settings().discreet)
        let daily = try reminders.addDaily(minuteOfDay: 21 * 60, label: "Evening check-in")
        XCTAssertEqual(try reminders.daily().map(\.id), [daily.id])
        XCTAssertThrowsError(try reminders.addDaily(minuteOfDay: 24 * 60, label: "x"))
        try reminders.setDiscreet(discreet: false)
        XCTAssertFalse(try reminders.settings().discreet)
    }

    func testRidesOfflineIsTyped() async throws {
        let dir = try await syncedDirectory()
        let v = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 5, count: 32))
        let rides = try v.rideClient(server: "http://127.0.0.1:9")
        _ = try v.askForRide(directory: dir, meetingId: "wales:tue-eve", date: nextTuesday(),
                              from: GeoPoint(latitude: 52.399, longitude: -4.078), arriveByMinute: nil,
                              needsWheelchair: false, riderIsWoman: false)
        do {
            _ = try await rides.sync()
            XCTFail("offline should throw")
        } catch WaymarkError.Offline {
        }
        XCTAssertEqual(try rides.view().outbox.first?.state, .pending)
    }
}
