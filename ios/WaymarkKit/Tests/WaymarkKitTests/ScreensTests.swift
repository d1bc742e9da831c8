// Every screen object of the core, followed through WaymarkKit's `states()` and
// `ScreenModel`, against the real library: a real vault and a real directory (fed from a
// Meeting Guide file) in a temporary folder, words checked in Welsh and Spanish. Each case
// waits for the first state, causes a change (a write through the vault or the directory, or
// a setter), waits for the state showing it, then stops following and checks that nothing
// more arrives. Nothing here needs the network.
import Foundation
import XCTest
@testable import WaymarkKit

/// Collects the states of one stream on a task of its own, so a test can wait for one with a
/// timeout and then cancel the task.
final class Heard<State>: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [State] = []
    private var task: Task<Void, Never>?

    init(_ stream: AsyncStream<State>) {
        task = Task { [self] in
            for await state in stream {
                append(state)
            }
        }
    }

    private func append(_ state: State) {
        lock.lock()
        states.append(state)
        lock.unlock()
    }

    /// Every state heard so far.
    var all: [State] {
        lock.lock()
        defer { lock.unlock() }
        return states
    }

    /// The first state heard that passes `test`, waiting up to `seconds` for it.
    func wait(_ what: String, seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line,
              until test: (State) -> Bool) async throws -> State {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let state = all.first(where: test) { return state }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTFail("no state \(what) within \(seconds) s; heard \(all)", file: file, line: line)
        throw CancellationError()
    }

    /// Cancels the collecting task (which ends the stream and drops the subscription).
    func cancel() {
        task?.cancel()
    }

    /// After `cancel()`, checks that `change` brings no new state within half a second.
    func hearsNothingAfter(file: StaticString = #filePath, line: UInt = #line, _ change: () throws -> Void) async throws {
        cancel()
        try await Task.sleep(nanoseconds: 100_000_000)
        let before = all.count
        try change()
        try await Task.sleep(nanoseconds: 500_000_000)
        XCTAssertEqual(all.count, before, "a state arrived after the task was cancelled", file: file, line: line)
    }
}

/// The feed the directory is fed from, as a file: the same three meetings as the loopback
/// feed of the rest of the suite.
let feed = """
[
 {"slug": "tue-eve", "name": "Hope on Tuesday", "day": 2, "time": "19:00", "end_time": "20:00",
  "timezone": "Europe/London", "address": "1 High St, Aberystwyth", "latitude": 52.41,
  "longitude": -4.08, "types": ["O"]},
 {"slug": "tue-online", "name": "Online Tuesday", "day": 2, "time": "20:00", "end_time": "21:00",
  "timezone": "Europe/London", "conference_url": "https://zoom.us/j/123456789", "types": ["O"]},
 {"slug": "noon", "name": "Steps at Noon", "day": 3, "time": "12:00", "end_time": "13:00",
  "timezone": "Europe/London", "address": "2 Pier St, Aberystwyth", "latitude": 52.415,
  "longitude": -4.085, "types": ["C", "ST"]}
]
"""

private func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

private func note(_ text: String) -> NewEntry {
    NewEntry(kind: .note, text: text, mood: nil, craving: nil,
             halt: Halt(hungry: false, angry: false, lonely: false, tired: false),
             gratitude: [], answers: [], tags: [], meetingId: nil)
}

final class ScreensTests: WorkFolderCase {
    private func vault(_ byte: UInt8) throws -> PrivateVault {
        try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: byte, count: 32))
    }

    /// A directory with the feed file as its source `wales`, synced unless `synced` is false.
    private func directory(synced: Bool = true) async throws -> MeetingDirectory {
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        try feed.write(toFile: path("feed.json"), atomically: true, encoding: .utf8)
        _ = try dir.addSource(location: path("feed.json"), name: "wales", program: "aa", timezone: nil)
        if synced {
            let results = try await dir.syncAll()
            XCTAssertTrue(results.allSatisfy { $0.ok })
        }
        return dir
    }

    // A Tuesday in London, 18:30.
    private let tuesdayEvening = Date(timeIntervalSince1970: 1_795_545_000)

    func testJournalHearsAnEntryWrittenThroughTheVaultInSpanish() async throws {
        let v = try vault(1)
        let options = MeetingsOptions(locale: "es-ES", viewerTimezone: "Europe/London", at: Date())
        let screen = v.journalScreenObject(view: JournalView(), options: options)
        let heard = Heard(screen.states())
        let empty = try await heard.wait("with the journal empty") { $0.days.isEmpty }
        XCTAssertEqual(empty.title, "Diario")
        XCTAssertEqual(empty.notices.first?.title, "Aún no has escrito nada")
        _ = try v.addEntry(entry: note("Un buen día"))
        let written = try await heard.wait("with the entry") { !$0.days.isEmpty }
        XCTAssertEqual(written.days.first?.heading, "Hoy")
        XCTAssertEqual(written.days.first?.rows.map(\.preview), ["Un buen día"])
        // A setter: the state it returns, and the same state through the stream.
        XCTAssertEqual(screen.setSearch(text: "zzz").notices.first?.title, "Ninguna entrada coincide")
        _ = try await heard.wait("with the search") { $0.notices.first?.title == "Ninguna entrada coincide" }
        try await heard.hearsNothingAfter { _ = try v.addEntry(entry: note("Otro día")) }
    }

    func testEndingTheStreamLetsGoOfTheListenerInRust() async throws {
        let v = try vault(8)
        let screen = v.peopleScreenObject(options: MeetingsOptions(locale: "es", viewerTimezone: nil, at: nil))
        // The listener WaymarkKit hands to Rust: held by the subscription while the stream runs,
        // released by Rust once the subscription is cancelled.
        weak var listener: Forwarder<PeopleState>?
        let heard = Heard(follow { (forwarder: Forwarder<PeopleState>) in
            listener = forwarder
            return screen.subscribe(listener: forwarder)
        })
        _ = try await heard.wait("the first") { _ in true }
        XCTAssertNotNil(listener)
        heard.cancel()
        try await eventually("Rust lets go of the listener") { listener == nil }
    }

    func testSobrietyHearsANewDateInWelsh() async throws {
        let v = try vault(2)
        let options = MeetingsOptions(locale: "cy-GB", viewerTimezone: "Europe/London", at: date("2026-11-30T12:00:00Z"))
        let screen = v.sobrietyScreenObject(options: options)
        let heard = Heard(screen.states())
        let empty = try await heard.wait("with no dates") { $0.cards.isEmpty }
        XCTAssertEqual(empty.title, "Dyddiadau sobrwydd")
        XCTAssertEqual(empty.notices.first?.title, "Dim dyddiadau eto")
        _ = try v.addSobrietyDate(date: "2025-10-14", label: "Alcohol", today: "2026-11-30")
        let card = try await heard.wait("with the date") { !$0.cards.isEmpty }.cards[0]
        XCTAssertEqual(card.count, "412 diwrnod")
        XCTAssertEqual(card.countDetail, "un flwyddyn, un mis a 16 diwrnod")
        try await heard.hearsNothingAfter { _ = try v.addSobrietyDate(date: "2026-01-01", label: "Gamblo", today: "2026-11-30") }
        XCTAssertEqual(screen.state().cards.count, 2)
    }

    @MainActor
    func testPeopleModelFollowsUntilStoppedInSpanish() async throws {
        let v = try vault(3)
        let options = MeetingsOptions(locale: "es-ES", viewerTimezone: "Europe/Madrid", at: Date())
        let model = ScreenModel(v.peopleScreenObject(options: options))
        XCTAssertNil(model.state, "a model reads its first state off the main actor, at start()")
        model.start()
        try await eventually("the first state") { model.state != nil }
        XCTAssertEqual(model.state?.title, "Personas a las que llamar")
        XCTAssertEqual(model.state?.notices.first?.title, "Aún no hay nadie")
        expectTrue(await model.perform { _ = try v.addContact(name: "Lucía", role: .sponsor, phone: "+34 600 000 000") })
        try await eventually("the model shows Lucía") { model.state?.rows.map(\.name) == ["Lucía"] }
        let lucia = model.state?.rows.first
        XCTAssertEqual(lucia?.roleLabel, "Padrino o madrina")
        XCTAssertEqual(lucia?.actions.first?.url, "tel:+34600000000")
        model.stop()
        XCTAssertFalse(model.isFollowing)
        _ = try v.addContact(name: "Pablo", role: .friend, phone: "+34 600 000 001")
        try await Task.sleep(nanoseconds: 500_000_000)
        XCTAssertEqual(model.state?.rows.map(\.name), ["Lucía"], "the model changed after stop()")
        // Following again picks up the state now.
        model.start()
        try await eventually("the model shows both") { model.state?.rows.count == 2 }
        model.stop()
    }

    func testSettingsHearsTheAppLockInSpanish() async throws {
        let v = try vault(4)
        let options = MeetingsOptions(locale: "es", viewerTimezone: "Europe/Madrid", at: Date())
        let screen = v.settingsScreenObject(phoneLocale: "es_ES", options: options)
        let heard = Heard(screen.states())
        let appLock = { (s: SettingsState) in s.sections.flatMap(\.rows).first { $0.action == .toggleAppLock }?.toggle }
        let fresh = try await heard.wait("as new") { _ in true }
        XCTAssertEqual(fresh.title, "Ajustes")
        XCTAssertEqual(appLock(fresh), false)
        XCTAssertEqual(fresh.languages.first?.label, "El idioma del teléfono (Español)")
        try v.setAppLock(on: true)
        _ = try await heard.wait("with the app lock on") { appLock($0) == true }
        try await heard.hearsNothingAfter { try v.setAppLock(on: false) }
    }

    func testMeetingsHearsASyncAndATypedSearchInWelsh() async throws {
        let dir = try await directory(synced: false)
        let options = MeetingsOptions(locale: "cy-GB", viewerTimezone: "Europe/London", at: tuesdayEvening)
        let screen = dir.meetingsScreen(options: options)
        let heard = Heard(screen.states())
        let before = try await heard.wait("before the sync") { _ in true }
        XCTAssertEqual(before.title, "Cyfarfodydd")
        XCTAssertTrue(before.sections.isEmpty)
        _ = try await dir.syncAll()
        let synced = try await heard.wait("after the sync") { !$0.sections.isEmpty }
        XCTAssertEqual(synced.sections.map(\.heading), ["Yn nes ymlaen heddiw", "Yfory"])
        XCTAssertEqual(synced.sections[0].rows.first?.when, "mewn 30 munud (19:00)")
        _ = screen.setSearch(text: "hop")
        let typed = try await heard.wait("with the search") { $0.searchText == "hop" }
        XCTAssertEqual(typed.sections.flatMap(\.rows).map(\.name), ["Hope on Tuesday"])
        try await heard.hearsNothingAfter { _ = screen.setSearch(text: "zzz") }
    }

    @MainActor
    func testMeetingHearsItsClockInSpanish() async throws {
        let dir = try await directory()
        let options = MeetingsOptions(locale: "es-ES", viewerTimezone: "Europe/London", at: tuesdayEvening)
        let model = ScreenModel(dir.meetingScreen(id: "wales:tue-eve", options: options))
        model.start()
        try await eventually("the first state") { model.state != nil }
        let first = try XCTUnwrap(model.state)
        XCTAssertTrue(first.found)
        XCTAssertEqual(first.schedule, "martes, 19:00–20:00 (Europe/London)")
        XCTAssertEqual(first.next, "Próxima: en 30 min (19:00)")
        XCTAssertEqual(first.actions.first { $0.action == .directions }?.label, "Cómo llegar")
        let screen = try XCTUnwrap(model.screen)
        let heard = Heard(screen.states())
        _ = try await heard.wait("now") { $0.next == first.next }
        // Through the model: the setter runs off the main actor and returns its state; the
        // model shows it through the subscription, and so does every other listener.
        let later = await model.update { $0.setTime(at: self.tuesdayEvening.addingTimeInterval(20 * 60)) }
        XCTAssertEqual(later?.next, "Próxima: en 10 min (19:00)")
        try await eventually("the model shows ten minutes later") { model.state == later }
        _ = try await heard.wait("ten minutes later") { $0.next == later?.next }
        // Stopped, a setter's state shows at once.
        model.stop()
        let back = await model.update { $0.setTime(at: self.tuesdayEvening) }
        XCTAssertEqual(model.state, back)
        XCTAssertEqual(model.state?.next, first.next)
        try await heard.hearsNothingAfter { _ = screen.setTime(at: self.tuesdayEvening) }
    }

    func testAreasHearsAFeedAddedAndSyncedInSpanish() async throws {
        let dir = try MeetingDirectory.open(path: path("directory.sqlite"))
        let options = MeetingsOptions(locale: "es", viewerTimezone: "Europe/London", at: Date())
        let screen = dir.areasScreenObject(options: options)
        let heard = Heard(screen.states())
        let first = try await heard.wait("on a new phone") { $0.firstRun }
        XCTAssertEqual(first.title, "Encuentra reuniones cerca de ti")
        try feed.write(toFile: path("feed.json"), atomically: true, encoding: .utf8)
        _ = try dir.addSource(location: path("feed.json"), name: "wales", program: "aa", timezone: nil)
        _ = try await dir.syncAll()
        let fed = try await heard.wait("with the feed synced") { $0.feeds.first?.meetings == "3 reuniones" }
        XCTAssertFalse(fed.firstRun)
        XCTAssertEqual(fed.feeds.first?.updated, "Actualizada hoy")
        try await heard.hearsNothingAfter { _ = try dir.addSource(location: path("feed.json"), name: "again", program: "aa", timezone: nil) }
    }

    func testMyMeetingsHearsAFavouriteInWelsh() async throws {
        let dir = try await directory()
        let v = try vault(5)
        let options = MeetingsOptions(locale: "cy-GB", viewerTimezone: "Europe/London", at: date("2026-11-24T12:00:00Z"))
        let screen = v.myMeetingsScreenObject(directory: dir, options: options)
        let heard = Heard(screen.states())
        let empty = try await heard.wait("with nothing saved") { $0.rows.isEmpty }
        XCTAssertEqual(empty.title, "Fy nghyfarfodydd")
        XCTAssertTrue(try v.addFavorite(directory: dir, meetingId: "wales:tue-eve"))
        let saved = try await heard.wait("with the favourite") { !$0.rows.isEmpty }
        XCTAssertEqual(saved.rows.map(\.row.name), ["Hope on Tuesday"])
        XCTAssertEqual(saved.rows.first?.row.when, "heddiw 19:00")
        XCTAssertEqual(saved.accessibilitySummary, "Un cyfarfod wedi'i gadw.")
        try await heard.hearsNothingAfter { _ = try v.addFavorite(directory: dir, meetingId: "wales:noon") }
    }

    func testRemindersHearARuleAndThePlatformsFactsInWelsh() async throws {
        let dir = try await directory()
        let v = try vault(6)
        let options = MeetingsOptions(locale: "cy-GB", viewerTimezone: "Europe/London", at: date("2026-11-24T12:00:00Z"))
        let reminders = v.reminders()
        let screen = reminders.screenObject(directory: dir, facts: ReminderFacts(notificationsAllowed: true), options: options)
        let heard = Heard(screen.states())
        let empty = try await heard.wait("with no reminders") { $0.rows.isEmpty }
        XCTAssertEqual(empty.notices.first?.title, "Dim nodiadau atgoffa eto")
        XCTAssertTrue(try v.addFavorite(directory: dir, meetingId: "wales:tue-eve"))
        try reminders.setRule(rule: ReminderRule(meetingId: "wales:tue-eve", leads: [60, 15], weekdays: Data(),
                                                 detailed: false, skipOccurrence: nil))
        let row = try await heard.wait("with the rule") { !$0.rows.isEmpty }.rows[0]
        XCTAssertEqual(row.name, "Hope on Tuesday")
        XCTAssertEqual(row.when, "heddiw 19:00")
        XCTAssertEqual(row.leads, "awr cyn a 15 munud cyn")
        _ = screen.setFacts(facts: ReminderFacts(notificationsAllowed: false))
        let off = try await heard.wait("with notifications off") { !$0.issues.isEmpty }
        XCTAssertEqual(off.issues.first?.fix, .turnOnNotifications)
        XCTAssertEqual(off.issues.first?.fixLabel, "Troi hysbysiadau ymlaen")
        try await heard.hearsNothingAfter { try reminders.setDiscreet(discreet: false) }
    }

    func testRidesHearsARequestQueuedOfflineInSpanish() async throws {
        let dir = try await directory()
        let v = try vault(7)
        let options = MeetingsOptions(locale: "es-ES", viewerTimezone: "Europe/London", at: Date())
        let screen = v.ridesScreenObject(directory: dir, options: options)
        let heard = Heard(screen.states())
        let none = try await heard.wait("with nothing arranged") { $0.sections.isEmpty }
        XCTAssertEqual(none.title, "Viajes")
        XCTAssertEqual(none.notices.first?.title, "No hay servidor de viajes compartidos")
        XCTAssertEqual(none.actions.last?.action, .setServer)
        let rides = try v.rideClient(server: "http://127.0.0.1:9")
        let id = try v.askForRide(directory: dir, meetingId: "wales:tue-eve", date: nextTuesday(),
                                   from: GeoPoint(latitude: 52.399, longitude: -4.078), arriveByMinute: nil,
                                   needsWheelchair: false, riderIsWoman: false)
        let queued = try await heard.wait("with the request") { !$0.sections.isEmpty }
        let row = queued.sections.flatMap(\.rows).first
        XCTAssertEqual(row?.meeting, "Hope on Tuesday")
        XCTAssertEqual(row?.status, .notSent)
        try await heard.hearsNothingAfter { try rides.cancel(rideId: id) }
        XCTAssertNotEqual(screen.state(), queued)
    }
}
