import SwiftUI
import UniformTypeIdentifiers
import WaymarkKit

@MainActor
struct RootView: View {
    @ObservedObject private var links = DeepLinks.shared

    var body: some View {
        TabView(selection: $links.tab) {
            NavigationStack { MeetingsView() }
                .tabItem { Label(String(localized: "title_meetings"), systemImage: "calendar") }.tag(0)
            NavigationStack { RemindersView() }
                .tabItem { Label(String(localized: "title_reminders"), systemImage: "bell") }.tag(1)
            NavigationStack { JournalView() }
                .tabItem { Label(String(localized: "title_journal"), systemImage: "book") }.tag(2)
            NavigationStack { RidesScreen() }
                .tabItem { Label(String(localized: "title_rides"), systemImage: "car") }.tag(3)
        }
    }
}

/// One of the app's own sentences with values put in (`Localizable.strings` or, for a count,
/// `Localizable.stringsdict`), in the phone's language.
func appWords(_ key: String, _ values: CVarArg...) -> String {
    String(format: NSLocalizedString(key, comment: ""), locale: .current, arguments: values)
}

/// Both clocks when they differ: "Tuesday 19:00 (14:00 your time)", worded by `times_with_yours`.
func times(day: String?, start: String?, viewer: String?) -> String {
    let local = [day, start].compactMap { $0 }.joined(separator: " ")
    if let viewer, viewer != start { return appWords("times_with_yours", local, viewer) }
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
        .toolbar { Toggle(String(localized: "now_only"), isOn: $nowOnly) }
        .overlay { if let problem { Text(problem) } }
        .task(id: "\(text)|\(nowOnly)") {
            do {
                problem = nil
                results = try Core.directory.search(query: MeetingQuery(
                    viewerTimezone: TimeZone.current.identifier, inProgress: nowOnly,
                    upcomingMinutes: nowOnly ? nil : 24 * 60, text: text.isEmpty ? nil : text,
                    // The core words times ("today 19:30") in the app's language.
                    locale: Bundle.main.preferredLocalizations.first))
            } catch {
                problem = error.localizedDescription
            }
        }
        .navigationTitle(String(localized: "title_meetings"))
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
                if m.summary.temporarilyClosed { Text(String(localized: "venue_closed")) }
                ForEach([m.summary.locationName, m.summary.address, m.locationNotes, m.notes].compactMap { $0 }, id: \.self) { Text($0) }
                if let d = m.directions,
                   let url = URL(string: "http://maps.apple.com/?daddr=" + (d.query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")) {
                    Button(String(localized: "directions")) { openURL(url) }
                }
                if let join = m.joinUrl, let url = URL(string: join) {
                    Button(String(localized: "join_online")) { openURL(url) }
                    if let notes = m.joinNotes { Text(notes).font(.caption) }
                }
                if let tel = m.dialUri, let url = URL(string: tel) {
                    Button(String(localized: "join_by_phone")) { openURL(url) }
                }
                if let ics = try? Core.vault.exportCalendar(directory: Core.directory, meetingIds: [m.summary.id], now: Date()) {
                    // The system offers Calendar for a .ics file.
                    ShareLink(item: CalendarFile(text: ics), preview: SharePreview(String(localized: "add_to_calendar"))) {
                        Text(String(localized: "add_to_calendar"))
                    }
                }
                Button(String(localized: "remind_me")) {
                    do {
                        _ = try Core.vault.addFavorite(directory: Core.directory, meetingId: m.summary.id)
                        try Core.vault.reminders().setRule(rule: ReminderRule(meetingId: m.summary.id, leads: [60], weekdays: Data(), detailed: false, skipOccurrence: nil))
                        Task { await Notifications.rearm() }
                        note = String(localized: "reminder_set")
                    } catch {
                        note = error.localizedDescription
                    }
                }
                if let note { Text(note) }
            } else {
                Text(String(localized: "meeting_gone"))
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
            if issues.isEmpty { Text(String(localized: "reminders_working")) }
            ForEach(issues, id: \.code) { Text($0.message) }
            if let settings {
                Toggle(String(localized: "hide_names_on_lock_screen"), isOn: Binding(
                    get: { settings.discreet },
                    set: { on in change { try reminders.setDiscreet(discreet: on) } }))
                if let until = settings.pausedUntil {
                    Text(appWords("paused_until", shownDate(until)))
                    Button(String(localized: "resume_now")) { change { try reminders.pauseUntil(date: nil) } }
                } else {
                    Button(String(localized: "pause_week")) {
                        let week = Calendar.current.date(byAdding: .day, value: 7, to: Date())!
                        let date = ISO8601DateFormatter.string(from: week, timeZone: .current, formatOptions: [.withFullDate])
                        change { try reminders.pauseUntil(date: date) }
                    }
                }
                if ((try? reminders.daily()) ?? []).isEmpty {
                    // No label: the core names it ("Daily check-in") in the language chosen in Settings.
                    Button(appWords("add_daily_checkin", shownTime(hour: 21))) {
                        change { _ = try reminders.addDaily(minuteOfDay: 21 * 60, label: "") }
                    }
                }
            }
        }
        .task {
            settings = try? reminders.settings()
            issues = await Notifications.health().issues
        }
        .navigationTitle(String(localized: "title_reminders"))
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
                Text(appWords("sobriety_days", c.date.label, Int(c.days)))
            }
            TextField(String(localized: "write_something"), text: $text)
            Button(String(localized: "save")) {
                _ = try? Core.vault.addEntry(entry: NewEntry(kind: .note, text: text, mood: nil, craving: nil,
                    halt: Halt(hungry: false, angry: false, lonely: false, tired: false),
                    gratitude: [], answers: [], tags: [], meetingId: nil))
                text = ""
                entries = (try? Core.vault.entries(limit: 50)) ?? []
            }
            ForEach(entries, id: \.id) { Text($0.content.text).lineLimit(2) }
        }
        .task { entries = (try? Core.vault.entries(limit: 50)) ?? [] }
        .navigationTitle(String(localized: "title_journal"))
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
                    Text(m.state.shown)
                    Text(appWords("ride_detour", Int(m.addedMinutes)))
                    Text(m.counterpartHandle.map { appWords("rides_with", $0) } ?? String(localized: "ride_pickup_after_confirm"))
                        .font(.caption)
                }
            }
        }
        .refreshable { await refresh() }
        .task { view = try? Core.rides?.view() }
        .navigationTitle(String(localized: "title_rides"))
    }

    private func refresh() async {
        guard let rides = Core.rides else {
            problem = String(localized: "rides_off")
            return
        }
        do {
            view = try await rides.sync()
            problem = nil
        } catch WaymarkError.Offline {
            problem = String(localized: "rides_offline")
        } catch {
            problem = error.localizedDescription
        }
    }
}

extension MatchState {
    /// What this state is called, in the phone's language.
    var shown: String {
        switch self {
        case .proposed: return String(localized: "ride_state_proposed")
        case .seatHeld: return String(localized: "ride_state_seat_held")
        case .confirmed: return String(localized: "ride_state_confirmed")
        case .cancelled: return String(localized: "ride_state_cancelled")
        }
    }
}

/// A `YYYY-MM-DD` date from the core in the phone's own date style (as given if unreadable).
func shownDate(_ isoDate: String) -> String {
    let parse = ISO8601DateFormatter()
    parse.formatOptions = [.withFullDate]
    parse.timeZone = .current
    guard let date = parse.date(from: isoDate) else { return isoDate }
    return date.formatted(date: .abbreviated, time: .omitted)
}

/// A time of day in the phone's own clock style ("21:00", "9:00 PM").
func shownTime(hour: Int) -> String {
    let date = Calendar.current.date(bySettingHour: hour, minute: 0, second: 0, of: Date()) ?? Date()
    return date.formatted(date: .omitted, time: .shortened)
}
