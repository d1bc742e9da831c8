import SwiftUI
import UniformTypeIdentifiers
import WaymarkKit

@MainActor
struct RootView: View {
    @ObservedObject private var links = DeepLinks.shared

    var body: some View {
        TabView(selection: $links.tab) {
            NavigationStack { MeetingsView() }.tabItem { Label("Meetings", systemImage: "calendar") }.tag(0)
            NavigationStack { RemindersView() }.tabItem { Label("Reminders", systemImage: "bell") }.tag(1)
            NavigationStack { JournalView() }.tabItem { Label("Journal", systemImage: "book") }.tag(2)
            NavigationStack { RidesScreen() }.tabItem { Label("Rides", systemImage: "car") }.tag(3)
        }
    }
}

/// Both clocks when they differ: "Tuesday 19:00 (14:00 your time)".
func times(day: String?, start: String?, viewer: String?) -> String {
    let local = [day, start].compactMap { $0 }.joined(separator: " ")
    if let viewer, viewer != start { return "\(local) (\(viewer) your time)" }
    return local
}

func times(_ m: MeetingListItem) -> String { times(day: m.localDay, start: m.localStart, viewer: m.viewerTime) }

func times(_ m: MeetingResult) -> String { times(day: m.localDay, start: m.localStart, viewer: m.viewerTime) }

@MainActor
struct MeetingsView: View {
    @State private var text = ""
    @State private var nowOnly = false
    @State private var results: [MeetingListItem] = []
    @State private var problem: String?

    var body: some View {
        List(results, id: \.id) { m in
            NavigationLink(destination: MeetingView(id: m.id)) {
                VStack(alignment: .leading) {
                    Text(m.name)
                    Text(times(m)).font(.caption)
                }
            }
        }
        .searchable(text: $text)
        .toolbar { Toggle("Now", isOn: $nowOnly) }
        .overlay { if let problem { Text(problem) } }
        .task(id: "\(text)|\(nowOnly)") {
            do {
                problem = nil
                results = try Core.directory.search(query: MeetingQuery(
                    viewerTimezone: TimeZone.current.identifier, inProgress: nowOnly,
                    upcomingMinutes: nowOnly ? nil : 24 * 60, text: text.isEmpty ? nil : text))
            } catch {
                problem = error.localizedDescription
            }
        }
        .navigationTitle("Meetings")
    }
}

@MainActor
struct MeetingView: View {
    let id: String
    @State private var note: String?
    @Environment(\.openURL) private var openURL

    var body: some View {
        let m = try? Core.directory.details(id: id, at: nil, viewerTimezone: TimeZone.current.identifier, typeLanguage: nil)
        VStack(alignment: .leading, spacing: 12) {
            if let m {
                Text(m.summary.name).font(.title2)
                Text(times(m.summary))
                Text(m.schedule).font(.caption)
                if m.summary.temporarilyClosed { Text("The venue says it is closed for now.") }
                ForEach([m.summary.locationName, m.summary.address, m.locationNotes, m.notes].compactMap { $0 }, id: \.self) { Text($0) }
                if let d = m.directions,
                   let url = URL(string: "http://maps.apple.com/?daddr=" + (d.query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")) {
                    Button("Directions") { openURL(url) }
                }
                if let join = m.joinUrl, let url = URL(string: join) {
                    Button("Join online") { openURL(url) }
                    if let notes = m.joinNotes { Text(notes).font(.caption) }
                }
                if let tel = m.dialUri, let url = URL(string: tel) {
                    Button("Join by phone") { openURL(url) }
                }
                if let ics = try? Core.vault.exportCalendar(directory: Core.directory, meetingIds: [m.summary.id], now: Date()) {
                    // The system offers Calendar for a .ics file.
                    ShareLink(item: CalendarFile(text: ics), preview: SharePreview("Add to calendar")) {
                        Text("Add to calendar")
                    }
                }
                Button("Remind me") {
                    do {
                        _ = try Core.vault.addFavorite(directory: Core.directory, meetingId: m.summary.id)
                        try Core.vault.reminders().setRule(rule: ReminderRule(meetingId: m.summary.id, leads: [60], weekdays: Data(), detailed: false, skipOccurrence: nil))
                        Task { await Notifications.rearm() }
                        note = "You'll get a reminder an hour before."
                    } catch {
                        note = error.localizedDescription
                    }
                }
                if let note { Text(note) }
            } else {
                Text("This meeting is no longer listed.")
            }
        }
        .padding()
    }
}

/// An .ics file to share with Calendar.
struct CalendarFile: Transferable {
    let text: String
    static var transferRepresentation: some TransferRepresentation {
        DataRepresentation(exportedContentType: .calendarEvent) { Data($0.text.utf8) }
            .suggestedFileName("meeting.ics")
    }
}

@MainActor
struct RemindersView: View {
    @State private var issues: [HealthIssue] = []
    @State private var settings: PlanSettings?
    private var reminders: ReminderPlanner { Core.vault.reminders() }

    var body: some View {
        List {
            if issues.isEmpty { Text("Reminders are working.") }
            ForEach(issues, id: \.code) { Text($0.message) }
            if let settings {
                Toggle("Hide meeting names on the lock screen", isOn: Binding(
                    get: { settings.discreet },
                    set: { on in change { try reminders.setDiscreet(discreet: on) } }))
                if let until = settings.pausedUntil {
                    Text("Paused until \(until).")
                    Button("Resume now") { change { try reminders.pauseUntil(date: nil) } }
                } else {
                    Button("Pause for a week") {
                        let week = Calendar.current.date(byAdding: .day, value: 7, to: Date())!
                        let date = ISO8601DateFormatter.string(from: week, timeZone: .current, formatOptions: [.withFullDate])
                        change { try reminders.pauseUntil(date: date) }
                    }
                }
                if ((try? reminders.daily()) ?? []).isEmpty {
                    Button("Add a daily check-in at 21:00") { change { _ = try reminders.addDaily(minuteOfDay: 21 * 60, label: "Evening check-in") } }
                }
            }
        }
        .task {
            settings = try? reminders.settings()
            issues = await Notifications.health().issues
        }
        .navigationTitle("Reminders")
    }

    private func change(_ action: () throws -> Void) {
        try? action()
        settings = try? reminders.settings()
        Task { await Notifications.rearm() }
    }
}

@MainActor
struct JournalView: View {
    @State private var text = ""
    @State private var entries: [JournalEntry] = []

    var body: some View {
        List {
            let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
            ForEach((try? Core.vault.sobrietyCounters(today: today)) ?? [], id: \.id) { c in
                Text("\(c.date.label): \(c.days) days")
            }
            TextField("Write something", text: $text)
            Button("Save") {
                _ = try? Core.vault.addEntry(entry: NewEntry(kind: .note, text: text, mood: nil, craving: nil,
                    halt: Halt(hungry: false, angry: false, lonely: false, tired: false),
                    gratitude: [], answers: [], tags: [], meetingId: nil))
                text = ""
                entries = (try? Core.vault.entries(limit: 50)) ?? []
            }
            ForEach(entries, id: \.id) { Text($0.content.text).lineLimit(2) }
        }
        .task { entries = (try? Core.vault.entries(limit: 50)) ?? [] }
        .navigationTitle("Journal")
    }
}

@MainActor
struct RidesScreen: View {
    @State private var view: RidesView?
    @State private var problem: String?

    var body: some View {
        List {
            if let problem { Text(problem) }
            ForEach(view?.matches ?? [], id: \.matchId) { m in
                VStack(alignment: .leading) {
                    Text("About \(m.addedMinutes) minutes out of the way")
                    Text(m.counterpartHandle.map { "Meet \($0)" } ?? "Pickup details appear once you both confirm.").font(.caption)
                }
            }
        }
        .refreshable { await refresh() }
        .task { view = try? Core.rides?.view() }
        .navigationTitle("Rides")
    }

    private func refresh() async {
        guard let rides = Core.rides else {
            problem = "Car-pools are off. Add a car-pool board in settings to offer or ask for a ride."
            return
        }
        do {
            view = try await rides.sync()
            problem = nil
        } catch WaymarkError.Offline {
            problem = "You're offline. Your rides will go out when you're back online."
        } catch {
            problem = error.localizedDescription
        }
    }
}
