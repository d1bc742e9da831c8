// Every screen's model as the app holds it: made by `Stores` over a real directory and a real
// vault in a temporary folder, opened and driven off the main actor, followed on it. Each case
// checks what a person would notice: the words in their language, a change showing by itself,
// a failure worded instead of a crash, the last letter typed being the search shown. Nothing
// here needs the network.
import Foundation
import XCTest
@testable import WaymarkKit

/// Whether each core call ran on the main thread, in the order they ran.
private final class Threads: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Bool] = []
    func note() {
        lock.lock()
        seen.append(Thread.isMainThread)
        lock.unlock()
    }
    var all: [Bool] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }
}

final class ModelsTests: WorkFolderCase {
    // A Tuesday in London, 18:30.
    private let tuesdayEvening = Date(timeIntervalSince1970: 1_795_545_000)

    override func tearDownWithError() throws {
        setAppLocale(tag: "en-GB")
        try super.tearDownWithError()
    }

    /// The phone's stores in this test's folder: a phone set to `locale` in London, with the
    /// vault key `key`.
    private func stores(_ locale: String, key: UInt8 = 1) -> Stores {
        Stores(folder: work, vaultKey: { Data(repeating: key, count: 32) },
               phoneLocale: { locale }, timezone: { "Europe/London" })
    }

    /// Starts `model` and returns its first state, failing if it reports a problem instead.
    @MainActor
    private func started<S>(_ model: ScreenModel<S>, file: StaticString = #filePath, line: UInt = #line) async throws -> S.State {
        model.start()
        try await eventually("the first state", file: file, line: line) { model.state != nil || model.problem != nil }
        XCTAssertNil(model.problem, file: file, line: line)
        return try XCTUnwrap(model.state, file: file, line: line)
    }

    /// The three-meeting feed file added as source `wales` and synced, through the stores.
    private func addFeed(_ stores: Stores) async throws {
        try feed.write(toFile: path("feed.json"), atomically: true, encoding: .utf8)
        let dir = try stores.directory()
        _ = try dir.addSource(location: path("feed.json"), name: "wales", program: "aa", timezone: nil)
        let results = try await dir.syncAll()
        XCTAssertTrue(results.allSatisfy { $0.ok })
    }

    @MainActor
    func testAFirstRunSetsUpAFeedAndTheMeetingsFollowInWelsh() async throws {
        let stores = stores("cy-GB")
        let areas = stores.areasModel()
        expectTrue(try await started(areas).firstRun, "an empty directory opens on the first-run setup")
        let meetings = stores.meetingsModel()
        let empty = try await started(meetings)
        XCTAssertEqual(empty.title, "Cyfarfodydd")
        XCTAssertTrue(empty.sections.isEmpty)
        try await addFeed(stores)
        try await eventually("the areas screen leaves the first run") { areas.state?.firstRun == false }
        XCTAssertEqual(areas.state?.feeds.count, 1)
        _ = await meetings.update { $0.setTime(at: self.tuesdayEvening) }
        try await eventually("the synced meetings") {
            meetings.state?.sections.map(\.heading) == ["Yn nes ymlaen heddiw", "Yfory"]
        }
        XCTAssertEqual(meetings.state?.sections.first?.rows.first?.when, "mewn 30 munud (19:00)")
        // Typed fast, one letter after another without waiting: the last search is the one shown.
        for text in ["s", "st", "ste", "h", "ho", "hop"] {
            meetings.send { $0.setSearch(text: text) }
        }
        try await eventually("the last letter typed") { meetings.state?.searchText == "hop" }
        try await Task.sleep(nanoseconds: 300_000_000)
        XCTAssertEqual(meetings.state?.searchText, "hop")
        XCTAssertEqual(meetings.state?.sections.flatMap(\.rows).map(\.name), ["Hope on Tuesday"])
        meetings.close()
        areas.close()
    }

    @MainActor
    func testTheCoreIsCalledOffTheMainThread() async throws {
        let vault = try stores("es").vault()
        let threads = Threads()
        let model = ScreenModel<PeopleScreen>(opening: {
            threads.note()
            return vault.peopleScreenObject(options: MeetingsOptions(locale: "es", viewerTimezone: nil, at: nil))
        })
        _ = try await started(model)
        _ = await model.update { screen in
            threads.note()
            return screen.setTime(at: nil)
        }
        expectTrue(await model.perform { threads.note() })
        // Sent without waiting (as each letter typed is), off the main thread too.
        model.stop()
        for _ in 0..<3 {
            model.send { screen in
                threads.note()
                return screen.setTime(at: nil)
            }
        }
        try await eventually("the three sent setters ran") { threads.all.count == 6 }
        XCTAssertEqual(threads.all, [false, false, false, false, false, false])
    }

    @MainActor
    func testAVaultThatWillNotOpenIsWordedInSpanishNotACrash() async throws {
        setAppLocale(tag: "es")
        _ = try stores("es", key: 1).vault()
        var expected = ""
        do {
            _ = try PrivateVault.openWithKey(path: path("vault.sqlite"), key: Data(repeating: 2, count: 32))
            XCTFail("the wrong key opened the vault")
        } catch let error as WaymarkError {
            expected = error.message
        }
        XCTAssertTrue(expected.hasPrefix("Frase de contraseña o clave incorrecta"), expected)
        let wrong = stores("es", key: 2)
        let journal = wrong.journalModel()
        journal.start()
        try await eventually("the problem") { journal.problem != nil }
        XCTAssertNil(journal.state)
        XCTAssertEqual(journal.problem, expected)
        // Trying again asks again, and says the same.
        journal.retry()
        XCTAssertNil(journal.problem)
        try await eventually("the problem again") { journal.problem != nil }
        XCTAssertEqual(journal.problem, expected)
        // The directory needs no key: setting up an area still works, in the phone's language.
        expectEqual(try await started(wrong.areasModel()).title, "Encuentra reuniones cerca de ti")
    }

    func testTidyingFoldsTheVaultsLogAndOpensNothing() throws {
        let stores = stores("en-GB")
        let vaultFile = work.appendingPathComponent("vault.sqlite")
        // Nothing open yet: tidying opens nothing.
        stores.tidy()
        XCTAssertFalse(FileManager.default.fileExists(atPath: vaultFile.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("directory.sqlite").path))
        let vault = try stores.vault()
        _ = try vault.addSobrietyDate(date: londonDate(days: -30), label: "Alcohol", today: londonDate())
        let log = work.appendingPathComponent("vault.sqlite-wal")
        let size = { ((try? FileManager.default.attributesOfItem(atPath: log.path))?[.size] as? NSNumber)?.intValue ?? -1 }
        XCTAssertGreaterThan(size(), 0)
        stores.tidy()
        XCTAssertEqual(size(), 0)
        XCTAssertEqual(try vault.sobrietyCounters(today: londonDate()).count, 1)
    }

    @MainActor
    func testAWriteThatFailsKeepsTheScreenAndSaysWhy() async throws {
        let stores = stores("es-ES")
        let sobriety = stores.sobrietyModel()
        let empty = try await started(sobriety)
        XCTAssertEqual(empty.title, "Fechas de sobriedad")
        let (today, nextWeek) = (londonDate(), londonDate(days: 7))
        let saved = await sobriety.perform {
            _ = try stores.vault().addSobrietyDate(date: nextWeek, label: "Alcohol", today: today)
        }
        XCTAssertFalse(saved)
        XCTAssertTrue(sobriety.problem?.contains("future") ?? false, "\(String(describing: sobriety.problem))")
        XCTAssertEqual(sobriety.state, empty)
        sobriety.dismissProblem()
        XCTAssertNil(sobriety.problem)
        expectTrue(await sobriety.perform {
            _ = try stores.vault().addSobrietyDate(date: "2025-10-14", label: "Alcohol", today: today)
        })
        try await eventually("the new card") { sobriety.state?.cards.count == 1 }
        XCTAssertEqual(sobriety.state?.cards.first?.label, "Alcohol")
        XCTAssertTrue(sobriety.state?.cards.first?.count.hasSuffix("días") ?? false)
    }

    @MainActor
    func testACheckInFromTheEditorShowsInTheJournalInSpanish() async throws {
        let stores = stores("es-ES")
        // Chosen in Settings: the next step is worded in the chosen language only (the core's
        // `add_checkin` takes no locale).
        try stores.vault().setLanguage(tag: "es")
        let journal = stores.journalModel()
        let empty = try await started(journal)
        XCTAssertEqual(empty.title, "Diario")
        XCTAssertTrue(empty.days.isEmpty)
        let editor = stores.editorModel(view: EditorView(kind: .checkin))
        await editor.load()
        XCTAssertEqual(editor.state?.title, "Nuevo registro")
        XCTAssertEqual(editor.fields.prefix(3).map(\.kind), [.mood, .craving, .halt])
        XCTAssertEqual(editor.fields.first?.label, "¿Cómo está tu ánimo?")
        XCTAssertFalse(editor.hasChanges)
        editor.setValue(1, at: 0)
        editor.setValue(12, at: 1)
        XCTAssertEqual(editor.fields[1].value, 10, "a scale keeps to its own ends")
        editor.setCheck(.lonely, true, at: 2)
        let text = try XCTUnwrap(editor.fields.firstIndex { $0.kind == .text })
        editor.setText("Un día difícil", at: text)
        XCTAssertTrue(editor.hasChanges, "leaving now asks first")
        expectTrue(await editor.save())
        XCTAssertFalse(editor.hasChanges)
        XCTAssertEqual(editor.saved?.content.mood, 1)
        XCTAssertEqual(editor.saved?.content.craving, 10)
        XCTAssertEqual(editor.saved?.content.halt.lonely, true)
        XCTAssertEqual(editor.saved?.content.text, "Un día difícil")
        XCTAssertTrue(editor.nextStep?.message.hasPrefix("Gracias por escribir cómo estás") ?? false,
                      "a hard moment brings the core's next step: \(String(describing: editor.nextStep))")
        try await eventually("the journal shows the check-in") { journal.state?.days.first?.rows.count == 1 }
        XCTAssertEqual(journal.state?.days.first?.heading, "Hoy")
        XCTAssertEqual(journal.state?.days.first?.rows.first?.preview, "Un día difícil")
        XCTAssertEqual(journal.state?.days.first?.rows.first?.actions.map(\.label), ["Abrir", "Mover a la papelera"])
        // Words added after saving change that entry: a second save never writes another.
        let firstId = editor.saved?.id
        editor.setText("Un día difícil.", at: text)
        expectTrue(await editor.save())
        XCTAssertEqual(editor.saved?.id, firstId)
        XCTAssertEqual(try stores.vault().entries(limit: 5).map(\.content.text), ["Un día difícil."])
        editor.setText("Un día difícil", at: text)
        expectTrue(await editor.save())

        // Editing: the editor opens with what was written, and saving replaces it.
        let id = try XCTUnwrap(editor.saved?.id)
        let edit = stores.editorModel(view: EditorView(kind: .note, entryId: id))
        await edit.load()
        XCTAssertEqual(edit.state?.title, "Editar la entrada")
        XCTAssertEqual(edit.fields.first { $0.kind == .mood }?.value, 1)
        let editText = try XCTUnwrap(edit.fields.firstIndex { $0.kind == .text })
        XCTAssertEqual(edit.fields[editText].text, "Un día difícil")
        edit.setText("Un día difícil, pero llamé a Lucía", at: editText)
        expectTrue(await edit.save())
        XCTAssertNil(edit.nextStep)
        try await eventually("the journal shows the edit") {
            journal.state?.days.first?.rows.first?.preview == "Un día difícil, pero llamé a Lucía"
        }
        XCTAssertEqual(journal.state?.days.flatMap(\.rows).count, 1)

        // Searching through the model.
        _ = await journal.update { $0.setSearch(text: "zzz") }
        try await eventually("no entry matches") { journal.state?.notices.first?.title == "Ninguna entrada coincide" }

        // An entry that is gone: the editor says so and asks nothing.
        let gone = stores.editorModel(view: EditorView(kind: .note, entryId: "nope"))
        await gone.load()
        XCTAssertTrue(gone.fields.isEmpty)
        XCTAssertTrue(gone.state?.notices.first?.message.hasPrefix("Esta entrada ya no está") ?? false)
        journal.close()
    }

    @MainActor
    func testAMeetingSavedWithRemindersInWelsh() async throws {
        let stores = stores("cy-GB")
        try await addFeed(stores)
        let meeting = stores.meetingModel(id: "wales:tue-eve")
        let hope = try await started(meeting)
        XCTAssertTrue(hope.found)
        XCTAssertEqual(hope.title, "Hope on Tuesday")
        expectFalse(try await started(stores.meetingModel(id: "nobody:nothing")).found)
        let mine = stores.myMeetingsModel()
        let none = try await started(mine)
        XCTAssertEqual(none.title, "Fy nghyfarfodydd")
        XCTAssertTrue(none.rows.isEmpty)
        let reminders = stores.remindersModel(facts: ReminderFacts(notificationsAllowed: true))
        expectEqual(try await started(reminders).notices.first?.title, "Dim nodiadau atgoffa eto")
        expectTrue(await mine.perform {
            _ = try stores.vault().addFavorite(directory: stores.directory(), meetingId: "wales:tue-eve")
        })
        try await eventually("the saved meeting") { mine.state?.rows.map(\.row.name) == ["Hope on Tuesday"] }
        expectTrue(await reminders.perform {
            try stores.vault().reminders().setRule(rule: ReminderRule(
                meetingId: "wales:tue-eve", leads: [60, 15], weekdays: Data(), detailed: false, skipOccurrence: nil))
        })
        try await eventually("the reminder") { reminders.state?.rows.first?.leads == "awr cyn a 15 munud cyn" }
        // "Remind me" again keeps the rule the person set.
        // ...and says so in the app's language, with the person's own times.
        setAppLocale(tag: "cy-GB")
        let kept = try stores.vault().remindMe(directory: stores.directory(), meetingId: "wales:tue-eve")
        setAppLocale(tag: "en-GB")
        XCTAssertEqual(kept.rule.leads, [60, 15])
        XCTAssertEqual(kept.message, "Fe gewch chi nodyn atgoffa awr cyn a 15 munud cyn y cyfarfod.")
        _ = await reminders.update { $0.setFacts(facts: ReminderFacts(notificationsAllowed: false)) }
        try await eventually("notifications off") { reminders.state?.issues.first?.fix == .turnOnNotifications }
        XCTAssertEqual(reminders.state?.issues.first?.fixLabel, "Troi hysbysiadau ymlaen")
    }

    @MainActor
    func testWelshChosenInSettingsWordsTheNextScreens() async throws {
        let stores = stores("es-ES")
        let settings = stores.settingsModel()
        let first = try await started(settings)
        XCTAssertEqual(first.title, "Ajustes")
        let appLock = { (s: SettingsState?) in s?.sections.flatMap(\.rows).first { $0.action == .toggleAppLock }?.toggle }
        XCTAssertEqual(appLock(first), false)
        expectTrue(await settings.perform { try stores.vault().setAppLock(on: true) })
        try await eventually("the app lock on") { appLock(settings.state) == true }
        let welsh = try XCTUnwrap(first.languages.first { $0.tag == "cy" })
        XCTAssertFalse(welsh.selected)
        expectTrue(await settings.perform { try stores.vault().setLanguage(tag: welsh.tag) })
        try await eventually("Welsh chosen") { settings.state?.languages.first { $0.tag == "cy" }?.selected == true }
        expectEqual(try await started(stores.peopleModel()).title, "Pobl i'w ffonio")
        let rides = try await started(stores.ridesModel())
        XCTAssertEqual(rides.title, "Lifftiau")
        XCTAssertEqual(rides.actions.last?.action, .setServer)
    }

    @MainActor
    func testARideAskedForThroughTheCoresFormWaitsToBeSentInSpanish() async throws {
        let stores = stores("es-ES")
        try await addFeed(stores)
        // The board is kept in the vault, checked by the core.
        XCTAssertThrowsError(try stores.vault().setRideServer(server: "http://rides.example.org"))
        XCTAssertNil(try stores.vault().rideServer())
        XCTAssertEqual(try stores.vault().setRideServer(server: " http://127.0.0.1:9/ "), "http://127.0.0.1:9")
        let rides = stores.ridesModel()
        let none = try await started(rides)
        XCTAssertEqual(none.title, "Viajes")
        XCTAssertTrue(none.sections.isEmpty)
        // The form lists only my meetings, on days they meet.
        XCTAssertTrue(try stores.rideForm(kind: .ask).meetings.isEmpty)
        XCTAssertTrue(try stores.vault().addFavorite(directory: stores.directory(), meetingId: "wales:tue-eve"))
        let form = try stores.rideForm(kind: .ask)
        let meeting = try XCTUnwrap(form.meetings.first)
        XCTAssertEqual(meeting.meetingId, "wales:tue-eve")
        XCTAssertEqual(form.saveLabel, "Pedir una plaza")
        XCTAssertTrue(form.seats.isEmpty)
        let day = try XCTUnwrap(meeting.days.first)
        XCTAssertTrue(day.label.hasSuffix(" a las 19:00"), day.label)
        let id = await rides.perform(returning: {
            try stores.vault().askForRide(
                directory: stores.directory(), meetingId: meeting.meetingId, date: day.date,
                from: GeoPoint(latitude: 52.399, longitude: -4.078), arriveByMinute: nil,
                needsWheelchair: false, riderIsWoman: false)
        })
        XCTAssertNotNil(id)
        try await eventually("the request waiting") { rides.state?.sections.flatMap(\.rows).first?.status == .notSent }
        XCTAssertEqual(rides.state?.sections.flatMap(\.rows).first?.meeting, "Hope on Tuesday")
        let offer = try stores.rideForm(kind: .offer)
        XCTAssertEqual(offer.seats.map(\.count), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(offer.seats[1].label, "2 plazas")
    }

    @MainActor
    func testAWeekOffAndADailyCheckInAreTheCoresButtons() async throws {
        let stores = stores("cy-GB")
        try await addFeed(stores)
        let model = stores.remindersModel(facts: ReminderFacts(notificationsAllowed: true))
        let first = try await started(model)
        XCTAssertEqual(first.actions.map(\.action), [.addDailyCheckin])
        XCTAssertEqual(first.actions.first?.label, "Atgoffa fi i wirio i mewn bob dydd am 21:00")
        expectTrue(await model.perform { try stores.vault().reminders().perform(action: .addDailyCheckin) })
        try await eventually("a daily check-in") { model.state?.daily.count == 1 }
        XCTAssertEqual(model.state?.daily.first?.when, "Bob dydd am 21:00")
        XCTAssertEqual(model.state?.actions.map(\.action), [.pauseForAWeek])
        expectTrue(await model.perform { try stores.vault().reminders().perform(action: .pauseForAWeek) })
        try await eventually("a week off") { model.state?.paused != nil }
        XCTAssertEqual(model.state?.actions.isEmpty, true)
    }

    @MainActor
    func testTheScreenObjectGoesWithItsModel() async throws {
        let stores = stores("es")
        var model: PeopleModel? = stores.peopleModel()
        _ = try await started(model!)
        weak var screen = model?.screen
        XCTAssertNotNil(screen)
        model = nil
        try await eventually("the screen object is freed") { screen == nil }
        // close() lets go of it while the model stays, keeping the last state to draw.
        let kept = stores.peopleModel()
        _ = try await started(kept)
        weak var second = kept.screen
        kept.close()
        try await eventually("the closed screen object is freed") { second == nil }
        XCTAssertFalse(kept.isFollowing)
        XCTAssertEqual(kept.state?.title, "Personas a las que llamar")
    }

    func testRemindersFitIOSsCapAndTheirLinksOpenTheirScreens() async throws {
        let stores = stores("cy-GB")
        try await addFeed(stores)
        let vault = try stores.vault()
        let dir = try stores.directory()
        for id in ["wales:tue-eve", "wales:tue-online", "wales:noon"] {
            XCTAssertTrue(try vault.addFavorite(directory: dir, meetingId: id))
            try vault.reminders().setRule(rule: ReminderRule(meetingId: id, leads: [60, 15], weekdays: Data(),
                                                             detailed: false, skipOccurrence: nil))
        }
        // Five a day for two weeks is more than iOS will hold.
        for hour in [8, 12, 16, 20, 22] {
            _ = try vault.reminders().addDaily(minuteOfDay: UInt32(hour * 60), label: "Check-in")
        }
        let now = ISO8601DateFormatter().date(from: "2026-11-23T12:00:00Z")!
        let plan = try stores.reminderPlan(pending: [], now: now)
        XCTAssertEqual(plan.schedule.count, Int(pendingNotificationCap))
        XCTAssertGreaterThan(plan.cutByCap, 0)
        XCTAssertEqual(plan.reminders.map(\.fireAtUtc), plan.reminders.map(\.fireAtUtc).sorted(), "the soonest kept")
        XCTAssertEqual(Set(plan.schedule.map(\.id)), Set(plan.reminders.map(\.id)))
        // Discreet by default: nothing on the lock screen names a meeting.
        XCTAssertFalse(plan.schedule.contains { ($0.title + $0.body).contains("Tuesday") || ($0.title + $0.body).contains("Noon") })
        // Once iOS holds them, nothing more is asked, and a cancelled one is replaced.
        let held = plan.schedule.map(\.id)
        let again = try stores.reminderPlan(pending: held, now: now)
        XCTAssertTrue(again.schedule.isEmpty)
        XCTAssertTrue(again.cancel.isEmpty)
        // Every link a reminder carries opens a screen the app knows.
        let links = plan.schedule.map { URL(string: $0.deepLink).flatMap(DeepLink.init(url:)) }
        XCTAssertFalse(links.contains(nil), "\(plan.schedule.map(\.deepLink))")
        XCTAssertTrue(links.contains(.meeting(id: "wales:tue-eve")))
        XCTAssertTrue(links.contains(.write(kind: .checkin)))
        XCTAssertEqual(DeepLink(url: DeepLink.meeting(id: "a b/c:d").url), .meeting(id: "a b/c:d"))
        // Every screen has its link, as on Android.
        XCTAssertEqual(DeepLink(url: URL(string: "waymark://rides")!), .rides)
        XCTAssertEqual(DeepLink(url: DeepLink.sobriety.url), .sobriety)
        XCTAssertNil(DeepLink(url: URL(string: "https://example.org/meeting/x")!))
        XCTAssertNil(DeepLink(url: URL(string: "waymark://journal/other")!))
        XCTAssertNil(DeepLink(url: URL(string: "waymark://meeting/")!))
    }
}
