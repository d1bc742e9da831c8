// Meetings, one meeting, and My meetings: each draws its WaymarkKit model's state and maps the
// core's actions to buttons.
import SwiftUI
import WaymarkKit

/// The Meetings screen: sections worded by the core, search as you type, filters.
struct MeetingsPage: View {
    @StateObject private var model = appStores.meetingsModel()
    @EnvironmentObject private var app: AppModel
    @EnvironmentObject private var router: Router
    @StateObject private var location = OneShotLocation()
    @State private var text = ""

    var body: some View {
        ModelContent(model: model) { state in
            List {
                if !state.filters.isEmpty {
                    FilterChips(filters: state.filters) { chip in Task { await toggle(chip) } }
                }
                NoticesView(notices: state.notices)
                ForEach(Array(state.sections.enumerated()), id: \.offset) { _, section in
                    Section(section.heading) {
                        ForEach(section.rows, id: \.id) { row in
                            NavigationLink(value: Route.meeting(row.id)) { MeetingRowView(row: row) }
                        }
                    }
                }
                // "N more meetings match": a line; the button is the core's `showMore` action.
                if let more = state.more { Text(more).font(.footnote).foregroundStyle(.secondary) }
                // The core's buttons after the rows, as on Android (under an empty list's notice,
                // there are no rows).
                ForEach(state.actions, id: \.action) { item in
                    Button(item.label) { Task { await perform(item.action) } }
                }
            }
            .navigationTitle(state.title)
            .searchable(text: $text, prompt: state.searchPlaceholder)
            .refreshable { await app.syncNow() }
            .accessibilityHint(state.accessibilitySummary)
        }
        // iOS 16: the one-argument form. `send`: each letter is searched in the order typed.
        .onChange(of: text) { typed in model.send { $0.setSearch(text: typed) } }
        .onReceive(NotificationCenter.default.publisher(for: UIApplication.willEnterForegroundNotification)) { _ in
            Task { await model.update { $0.reload() } }
        }
    }

    private func toggle(_ chip: FilterChip) async {
        switch chip.kind {
        case .inPerson: await model.update { $0.setAttendance(attendance: chip.selected ? nil : .inPerson) }
        case .online: await model.update { $0.setAttendance(attendance: chip.selected ? nil : .online) }
        case .type:
            if let code = chip.code { await model.update { $0.toggleType(code: code) } }
        case .nearMe:
            if chip.selected {
                await model.update { $0.setNear(near: nil) }
            } else if let here = await location.current() {
                await model.update { $0.setNear(near: here) }
            }
        }
    }

    private func perform(_ action: MeetingsAction) async {
        switch action {
        case .chooseArea: router.meetingsPath.append(.areas)
        case .clearFilters:
            text = ""
            await model.update { $0.clearFilters() }
        case .tryAgain: await model.update { $0.reload() }
        case .updateNow: await app.syncNow()
        case .showMore: await model.update { $0.showMore() }
        }
    }
}

/// The filter chips in a row that scrolls sideways.
struct FilterChips: View {
    let filters: [FilterChip]
    let toggle: (FilterChip) -> Void

    var body: some View {
        ScrollView(.horizontal, showsIndicators: false) {
            HStack {
                ForEach(Array(filters.enumerated()), id: \.offset) { _, chip in
                    Button { toggle(chip) } label: {
                        Label(chip.label, systemImage: chip.selected ? "checkmark" : "circle")
                            .labelStyle(.titleAndIcon)
                    }
                    .buttonStyle(.bordered)
                    .tint(chip.selected ? .accentColor : .secondary)
                    .accessibilityAddTraits(chip.selected ? .isSelected : [])
                }
            }
        }
    }
}

/// One meeting in a list, as the core words it.
struct MeetingRowView: View {
    let row: MeetingRow

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(row.name).font(.headline)
            Text(row.when)
            if let place = row.place { Text(place).font(.subheadline).foregroundStyle(.secondary) }
            if let distance = row.distance { Text(distance).font(.caption).foregroundStyle(.secondary) }
            if !row.badges.isEmpty { BadgesView(badges: row.badges) }
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(row.accessibilityLabel)
    }
}

/// A meeting's badges (now, online, closed, types).
struct BadgesView: View {
    let badges: [Badge]

    var body: some View {
        HStack {
            ForEach(Array(badges.enumerated()), id: \.offset) { _, badge in
                Text(badge.label)
                    .font(.caption2)
                    .padding(.horizontal, 6)
                    .padding(.vertical, 2)
                    .background(Capsule().fill(badge.kind == .now ? Color.green.opacity(0.2) : Color.secondary.opacity(0.15)))
            }
        }
    }
}

/// One meeting: when next, the schedule, the place, notes, and the buttons the core offers.
struct MeetingPage: View {
    @StateObject private var model: MeetingModel
    @EnvironmentObject private var app: AppModel
    @EnvironmentObject private var router: Router
    @Environment(\.openURL) private var openURL
    @State private var note: String?
    /// The meeting's `.ics`, ready for the share sheet when the core offers "Add to calendar".
    @State private var calendarFile: URL?
    private let id: String

    init(id: String) {
        self.id = id
        _model = StateObject(wrappedValue: appStores.meetingModel(id: id))
    }

    var body: some View {
        ModelContent(model: model) { state in
            List {
                Section {
                    if let next = state.next { Text(next).font(.headline) }
                    Text(state.schedule)
                    ForEach(state.place, id: \.self) { Text($0) }
                    if !state.badges.isEmpty { BadgesView(badges: state.badges) }
                }
                NoticesView(notices: state.notices)
                ForEach(Array(state.blocks.enumerated()), id: \.offset) { _, block in
                    Section(block.heading) { Text(block.text) }
                }
                if !state.actions.isEmpty {
                    Section {
                        ForEach(Array(state.actions.enumerated()), id: \.offset) { _, item in
                            action(item, state)
                        }
                        if let note { Text(note).font(.footnote) }
                    }
                }
                if !state.footer.isEmpty {
                    Section {
                        ForEach(state.footer, id: \.self) { Text($0).font(.footnote).foregroundStyle(.secondary) }
                    }
                }
            }
            .navigationTitle(state.title)
        }
        .task { await makeCalendarFile() }
    }

    @ViewBuilder
    private func action(_ item: MeetingActionItem, _ state: MeetingState) -> some View {
        switch item.action {
        case .share:
            ShareLink(item: state.shareText) { Label(item.label, systemImage: "square.and.arrow.up") }
        case .remind:
            Button { Task { await remind() } } label: { Label(item.label, systemImage: "bell") }
        case .addToCalendar:
            // The core's `.ics` (weekly, in the meeting's zone), handed to the share sheet,
            // where "Calendar" takes it.
            if let file = calendarFile {
                ShareLink(item: file) { Label(item.label, systemImage: item.action.symbol) }
            }
        case .rides:
            Button {
                router.tab = .more
                router.morePath = [.rides]
            } label: { Label(item.label, systemImage: "car") }
        case .directions:
            // iOS has no `geo:` handler: the core's web link for the same place.
            if let link = (item.webUrl ?? item.url).flatMap(URL.init(string:)) {
                Button { openURL(link) } label: { Label(item.label, systemImage: "map") }
            }
        case .report:
            // Queued first, so a report made offline is not lost; then its link opens.
            Button { Task { await report() } } label: { Label(item.label, systemImage: item.action.symbol) }
        case .join, .call, .website:
            if let link = item.url.flatMap(URL.init(string:)) {
                Button { openURL(link) } label: { Label(item.label, systemImage: item.action.symbol) }
            }
        }
    }

    /// Writes the meeting's `.ics` (from the core) to a temporary file the share sheet offers.
    private func makeCalendarFile() async {
        let stores = app.stores
        let id = self.id
        // Off the main actor; a meeting with nothing to export simply gets no button.
        guard let ics = try? await Task.detached(operation: {
            try stores.vault().exportCalendar(directory: stores.directory(), meetingIds: [id], now: Date())
        }).value else { return }
        // A folder per page, so two meetings open at once never share one file.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let file = folder.appendingPathComponent("meeting.ics")
        if (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
           (try? Data(ics.utf8).write(to: file)) != nil {
            calendarFile = file
        }
    }

    /// "Report a problem": kept in the directory's queue until sent, then its link opened.
    private func report() async {
        let stores = app.stores
        let id = self.id
        if let pending = await model.perform(returning: { try stores.directory().queueReport(id: id) }),
           let link = URL(string: pending.report.url) {
            openURL(link)
        }
    }

    /// "Remind me": saves the meeting with the core's default reminder, asking for notifications
    /// now (in context, the first time a reminder is wanted) and arming it.
    private func remind() async {
        let stores = app.stores
        let id = self.id
        let done = await model.perform(returning: {
            try stores.vault().remindMe(directory: stores.directory(), meetingId: id)
        })
        guard let done else { return }
        _ = await Notifications.askPermission()
        await Notifications.rearm(stores)
        // The core's words for the rule in force (a rule set before keeps its own times).
        note = done.message
    }
}

extension MeetingAction {
    /// The symbol beside the button.
    var symbol: String {
        switch self {
        case .directions: return "map"
        case .join: return "video"
        case .call: return "phone"
        case .share: return "square.and.arrow.up"
        case .report: return "exclamationmark.bubble"
        case .website: return "safari"
        case .remind: return "bell"
        case .addToCalendar: return "calendar.badge.plus"
        case .rides: return "car"
        }
    }
}

/// My meetings: the saved ones soonest first, those no longer listed with the core's calm note.
struct MyMeetingsPage: View {
    @StateObject private var model = appStores.myMeetingsModel()
    @EnvironmentObject private var app: AppModel
    @EnvironmentObject private var router: Router

    var body: some View {
        ModelContent(model: model) { state in
            List {
                NoticesView(notices: state.notices)
                ForEach(state.rows, id: \.row.id) { mine in
                    NavigationLink(value: Route.meeting(mine.row.id)) {
                        VStack(alignment: .leading) {
                            MeetingRowView(row: mine.row)
                            if let note = mine.statusNote { Text(note).font(.footnote).foregroundStyle(.secondary) }
                        }
                    }
                    .swipeActions {
                        ForEach(mine.actions.filter { $0.action == .remove }, id: \.action) { item in
                            Button(item.label, role: .destructive) { Task { await remove(mine.row.id) } }
                        }
                    }
                }
                ForEach(state.actions, id: \.action) { item in
                    Button(item.label) { Task { await perform(item.action) } }
                }
            }
            .navigationTitle(state.title)
            .accessibilityHint(state.accessibilitySummary)
        }
    }

    private func remove(_ id: String) async {
        let stores = app.stores
        if await model.perform({ _ = try stores.vault().removeFavorite(meetingId: id) }) {
            await Notifications.rearm(stores)
        }
    }

    private func perform(_ action: MyMeetingsAction) async {
        switch action {
        case .findMeetings: router.tab = .meetings
        case .tryAgain:
            model.stop()
            model.start()
        case .remove: break
        }
    }
}
