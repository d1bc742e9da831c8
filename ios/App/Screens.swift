import SwiftUI
import WaymarkKit

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

/// Both clocks when they differ: "19:00 (14:00 your time)".
func times(_ m: MeetingResult) -> String {
    let local = [m.localDay, m.localStart].compactMap { $0 }.joined(separator: " ")
    if let viewer = m.viewerTime, viewer != m.localStart { return "\(local) (\(viewer) your time)" }
    return local
}

struct MeetingsView: View {
    @State private var text = ""
    @State private var nowOnly = false
    @State private var results: [MeetingResult] = []
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

struct MeetingView: View {
    let id: String
    @State private var note: String?

    var body: some View {
        let m = try? Core.directory.search(query: MeetingQuery(viewerTimezone: TimeZone.current.identifier, ids: [id])).first
        VStack(alignment: .leading, spacing: 12) {
            if let m {
                Text(m.name).font(.title2)
                Text(times(m))
                if let address = m.address { Text(address) }
                Button("Remind me") {
                    do {
                        _ = try Core.vault.addFavorite(directory: Core.directory, meetingId: m.id)
                        try Core.vault.setReminder(rule: ReminderRule(meetingId: m.id, leads: [60], weekdays: Data(), detailed: false, skipOccurrence: nil))
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

struct RemindersView: View {
    @State private var issues: [HealthIssue] = []

    var body: some View {
        List {
            if issues.isEmpty { Text("Reminders are working.") }
            ForEach(issues, id: \.code) { Text($0.message) }
        }
        .task { issues = await Notifications.health().issues }
        .navigationTitle("Reminders")
    }
}

struct JournalView: View {
    @State private var text = ""
    @State private var entries: [JournalEntry] = []

    var body: some View {
        List {
            let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
            ForEach((try? Core.vault.sobrietyCounters(today: today)) ?? [], id: \.id) { c in
                Text("\(c.label): \(c.days) days")
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
        .task { view = try? Core.vault.rides() }
        .navigationTitle("Rides")
    }

    private func refresh() async {
        do {
            view = try await Core.vault.syncRides(server: Core.rideServer)
            problem = nil
        } catch WaymarkError.Offline {
            problem = "You're offline. Your rides will go out when you're back online."
        } catch {
            problem = error.localizedDescription
        }
    }
}
