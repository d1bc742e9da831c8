// Reminders, People to call, Rides, Settings and Areas: each draws its WaymarkKit model and maps
// the core's actions to buttons. The writes run off the main actor through the model
// (`perform`), and a failure shows as the core's sentence.
import MapKit
import SwiftUI
import UniformTypeIdentifiers
import UserNotifications
import WaymarkKit

/// Reminders: each meeting's reminders as the core words them, and what stops them reaching the
/// person, with the fix for each.
struct RemindersPage: View {
    @StateObject private var model = appStores.remindersModel(facts: ReminderFacts(notificationsAllowed: true))
    @EnvironmentObject private var app: AppModel
    @Environment(\.openURL) private var openURL

    var body: some View {
        ModelContent(model: model) { state in
            List {
                if let paused = state.paused { Text(paused).font(.headline) }
                ForEach(Array(state.issues.enumerated()), id: \.offset) { _, issue in
                    Section {
                        Text(issue.message)
                        if let fix = issue.fix, let label = issue.fixLabel {
                            Button(label) { Task { await apply(fix) } }
                        }
                    }
                }
                NoticesView(notices: state.notices)
                ForEach(state.rows, id: \.meetingId) { row in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(row.name).font(.headline)
                        if let when = row.when { Text(when) }
                        Text(row.leads)
                        Text(row.lockScreen).font(.footnote).foregroundStyle(.secondary)
                        if let skipped = row.skipped { Text(skipped).font(.footnote) }
                        if let note = row.note { Text(note).font(.footnote) }
                    }
                    .accessibilityElement(children: .ignore)
                    .accessibilityLabel(row.accessibilityLabel)
                    .swipeActions {
                        ForEach(row.actions, id: \.action) { item in
                            switch item.action {
                            case .remove:
                                Button(item.label, role: .destructive) {
                                    Task { await change { try $0.clearRule(meetingId: row.meetingId) } }
                                }
                            case .skipNext:
                                Button(item.label) {
                                    Task { await change { _ = try $0.skipNext(meetingId: row.meetingId, now: Date()) } }
                                }
                            }
                        }
                    }
                }
                ForEach(state.daily, id: \.id) { daily in
                    VStack(alignment: .leading, spacing: 4) {
                        Text(daily.label).font(.headline)
                        Text(daily.when)
                    }
                    .swipeActions {
                        ForEach(daily.actions, id: \.action) { item in
                            Button(item.label, role: .destructive) {
                                Task { await change { try $0.removeDaily(id: daily.id) } }
                            }
                        }
                    }
                }
                // The screen's own buttons: which, when and their words are the core's.
                ForEach(state.actions, id: \.action) { item in
                    Button(item.label) { Task { await change { try $0.perform(action: item.action) } } }
                }
            }
            .navigationTitle(state.title)
        }
        .task { await refreshFacts() }
        .onReceive(NotificationCenter.default.publisher(for: UIApplication.willEnterForegroundNotification)) { _ in
            Task { await refreshFacts() }
        }
    }

    /// What only iOS knows (permission, pending, delivered), for the core's health check.
    private func refreshFacts() async {
        let facts = await Notifications.facts()
        await model.update { $0.setFacts(facts: facts) }
    }

    private func change(_ write: @escaping (ReminderPlanner) throws -> Void) async {
        let stores = app.stores
        if await model.perform({ try write(stores.vault().reminders()) }) {
            await Notifications.rearm(stores)
        }
    }

    private func apply(_ fix: ReminderFix) async {
        switch fix {
        case .turnOnNotifications:
            // Asked once by iOS; after a "no", only the Settings app can change it.
            if !(await Notifications.askPermission()), let settings = URL(string: UIApplication.openSettingsURLString) {
                openURL(settings)
            }
            await Notifications.rearm(app.stores)
        case .allowExactAlarms:
            // Android only; iOS has no such switch.
            break
        case .resumeReminders:
            await change { try $0.pauseUntil(date: nil) }
        }
        await refreshFacts()
    }
}

/// People to call: sponsor first, call and text one tap away.
struct PeoplePage: View {
    @StateObject private var model = appStores.peopleModel()
    @EnvironmentObject private var app: AppModel
    @Environment(\.openURL) private var openURL
    @State private var adding = false
    @State private var asking: (PeopleActionItem, String)?

    var body: some View {
        ModelContent(model: model) { state in
            List {
                NoticesView(notices: state.notices)
                ForEach(state.rows, id: \.id) { person in
                    Section {
                        VStack(alignment: .leading) {
                            Text(person.name).font(.headline)
                            Text(person.roleLabel).font(.subheadline)
                            Text(person.phone).font(.subheadline).foregroundStyle(.secondary)
                            if let note = person.note { Text(note).font(.footnote) }
                        }
                        .accessibilityElement(children: .ignore)
                        .accessibilityLabel(person.accessibilityLabel)
                        ForEach(person.actions, id: \.action) { item in
                            Button(item.label, role: item.action == .remove ? .destructive : nil) { act(item, id: person.id) }
                                .accessibilityLabel(item.accessibilityLabel)
                        }
                    }
                }
                ForEach(state.actions, id: \.action) { item in
                    Button(item.label) { act(item, id: nil) }
                        .accessibilityLabel(item.accessibilityLabel)
                }
            }
            .navigationTitle(state.title)
            .confirming(asking?.0.confirm, isPresented: Binding(get: { asking != nil }, set: { if !$0 { asking = nil } })) {
                if let pending = asking { Task { await remove(pending.1) } }
            }
            .sheet(isPresented: $adding) {
                NavigationStack {
                    PersonSheet(roles: state.roles) { name, role, phone in
                        let stores = app.stores
                        Task { await model.perform { _ = try stores.vault().addContact(name: name, role: role, phone: phone) } }
                    }
                }
            }
        }
    }

    private func act(_ item: PeopleActionItem, id: String?) {
        switch item.action {
        case .add: adding = true
        case .call, .text:
            if let link = item.url.flatMap(URL.init(string:)) { openURL(link) }
        case .remove:
            if let id { if item.confirm != nil { asking = (item, id) } else { Task { await remove(id) } } }
        case .tryAgain:
            model.stop()
            model.start()
        }
    }

    private func remove(_ id: String) async {
        let stores = app.stores
        await model.perform { try stores.vault().removeContact(id: id) }
    }
}

/// Someone to add: a name, who they are (the core's roles, the first chosen at first), a phone
/// number.
struct PersonSheet: View {
    let roles: [RoleChoice]
    let save: (String, ContactRole, String) -> Void
    @State private var name = ""
    @State private var role: ContactRole
    @State private var phone = ""
    @Environment(\.dismiss) private var dismiss

    init(roles: [RoleChoice], save: @escaping (String, ContactRole, String) -> Void) {
        self.roles = roles
        self.save = save
        _role = State(initialValue: roles.first?.role ?? .other)
    }

    var body: some View {
        Form {
            TextField(String(localized: "person_name"), text: $name).textContentType(.name)
            Picker(String(localized: "person_role"), selection: $role) {
                ForEach(roles, id: \.role) { Text($0.label).tag($0.role) }
            }
            TextField(String(localized: "person_phone"), text: $phone)
                .keyboardType(.phonePad)
                .textContentType(.telephoneNumber)
        }
        .toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(String(localized: "cancel")) { dismiss() } }
            ToolbarItem(placement: .confirmationAction) {
                Button(String(localized: "save")) {
                    save(name, role, phone)
                    dismiss()
                }
                .disabled(name.isEmpty || phone.isEmpty)
            }
        }
    }
}

/// Rides: my offers, requests and matches as the core words them, and what waits to be sent.
struct RidesPage: View {
    @EnvironmentObject private var app: AppModel
    @EnvironmentObject private var router: Router

    var body: some View {
        // A new model when the board changes (set in Settings, kept in the vault).
        RidesContent().id(app.boardChanges)
    }
}

private struct RidesContent: View {
    @StateObject private var model = appStores.ridesModel()
    @EnvironmentObject private var app: AppModel
    @EnvironmentObject private var router: Router
    @State private var composing: Composing?

    var body: some View {
        ModelContent(model: model) { state in
            List {
                NoticesView(notices: state.notices)
                ForEach(Array(state.sections.enumerated()), id: \.offset) { _, section in
                    Section(section.heading) {
                        ForEach(section.rows, id: \.id) { row in
                            VStack(alignment: .leading, spacing: 4) {
                                Text(row.meeting).font(.headline)
                                Text(row.when)
                                Text(row.statusLabel).font(.subheadline)
                                ForEach(row.details, id: \.self) { Text($0).font(.footnote).foregroundStyle(.secondary) }
                            }
                            .accessibilityElement(children: .ignore)
                            .accessibilityLabel(row.accessibilityLabel)
                            ForEach(Array(row.actions.enumerated()), id: \.offset) { _, item in
                                Button(item.label) { Task { await act(item) } }
                            }
                        }
                    }
                }
                ForEach(Array(state.actions.enumerated()), id: \.offset) { _, item in
                    Button(item.label) { Task { await act(item) } }
                }
            }
            .navigationTitle(state.title)
            .refreshable { await sync() }
            .sheet(item: $composing) { composing in
                NavigationStack { RideForm(kind: composing.kind) }
                    .environmentObject(app)
            }
        }
    }

    private func act(_ item: RidesActionItem) async {
        let stores = app.stores
        switch item.action {
        case .offerRide: composing = Composing(kind: .offer)
        case .askForRide: composing = Composing(kind: .ask)
        case .accept:
            if let id = item.target {
                await model.perform { try stores.vault().chosenRideClient()?.accept(matchId: id, pickupPoint: nil) }
            }
        case .cancel:
            if let id = item.target {
                await model.perform { try stores.vault().chosenRideClient()?.cancel(rideId: id) }
            }
        case .retry:
            if let id = item.target {
                await model.perform { try stores.vault().chosenRideClient()?.retry(opId: id) }
            }
        case .syncNow, .tryAgain: await sync()
        case .setServer: router.morePath.append(.settings)
        }
    }

    /// Sends what waits and fetches matches; offline is the core's notice on the screen.
    private func sync() async {
        let stores = app.stores
        _ = try? await Task.detached {
            if let client = try stores.vault().chosenRideClient() { _ = try await client.sync() }
        }.value
    }
}

/// The ride form being shown (a sheet needs an identity).
struct Composing: Identifiable {
    let id = UUID()
    let kind: RideFormKind
}

/// Offering seats or asking for one: a meeting, one of its days and (offering) the seats, all
/// as the core lists them; saving reads where the phone is once (only its ~1 km area leaves
/// the phone).
struct RideForm: View {
    let kind: RideFormKind
    @EnvironmentObject private var app: AppModel
    @Environment(\.dismiss) private var dismiss
    @StateObject private var location = OneShotLocation()
    @State private var form: RideFormState?
    @State private var meetingId = ""
    @State private var date = ""
    @State private var seats: UInt8 = 2
    @State private var problem: String?

    var body: some View {
        Form {
            if let form {
                NoticesView(notices: form.notices)
                if !form.meetings.isEmpty {
                    Picker(form.meetingLabel, selection: $meetingId) {
                        ForEach(form.meetings, id: \.meetingId) { Text($0.name).tag($0.meetingId) }
                    }
                    .onChange(of: meetingId) { id in
                        date = form.meetings.first { $0.meetingId == id }?.days.first?.date ?? ""
                    }
                    Picker(form.dayLabel, selection: $date) {
                        ForEach(days(form), id: \.date) { Text($0.label).tag($0.date) }
                    }
                    .pickerStyle(.inline)
                    if !form.seats.isEmpty {
                        Picker(form.seatsLabel, selection: $seats) {
                            ForEach(form.seats, id: \.count) { Text($0.label).tag($0.count) }
                        }
                    }
                    Text(form.fromNote).font(.footnote).foregroundStyle(.secondary)
                }
            }
            if let problem { Text(problem).foregroundStyle(.red) }
        }
        .navigationTitle(form?.title ?? "")
        .task {
            let stores = app.stores
            let kind = self.kind
            do {
                let loaded = try await Task.detached { try stores.rideForm(kind: kind) }.value
                form = loaded
                seats = loaded.defaultSeats
                meetingId = loaded.meetings.first?.meetingId ?? ""
                date = loaded.meetings.first?.days.first?.date ?? ""
            } catch {
                problem = problemText(error)
            }
        }
        .toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(String(localized: "cancel")) { dismiss() } }
            ToolbarItem(placement: .confirmationAction) {
                Button(form?.saveLabel ?? "") { Task { await send() } }.disabled(meetingId.isEmpty || date.isEmpty)
            }
        }
    }

    private func days(_ form: RideFormState) -> [RideFormDay] {
        form.meetings.first { $0.meetingId == meetingId }?.days ?? []
    }

    private func send() async {
        guard let form else { return }
        guard let from = await location.current() else {
            problem = String(localized: "location_needed")
            return
        }
        let stores = app.stores
        let (id, day, count, detour) = (meetingId, date, seats, form.detourMinutes)
        let kind = self.kind
        do {
            try await Task.detached {
                let vault = try stores.vault()
                switch kind {
                case .offer:
                    _ = try vault.offerRide(directory: stores.directory(), meetingId: id, date: day, seats: count, from: from,
                                            leaveAfterMinute: nil, maxDetourMinutes: detour, womenOnly: false, wheelchairSpace: false)
                case .ask:
                    _ = try vault.askForRide(directory: stores.directory(), meetingId: id, date: day, from: from,
                                             arriveByMinute: nil, needsWheelchair: false, riderIsWoman: false)
                }
            }.value
            dismiss()
        } catch {
            problem = problemText(error)
        }
    }
}

/// Settings: language, discreet reminders, the app lock, the car-pool board, backup and
/// restore through the system's file picker, export, and delete everything.
struct SettingsPage: View {
    @StateObject private var model = appStores.settingsModel()
    @EnvironmentObject private var app: AppModel
    @State private var choosingLanguage = false
    @State private var askingServer = false
    @State private var server = ""
    @State private var askingDelete = false
    @State private var passphraseFor: PassphraseUse?
    @State private var passphrase = ""
    @State private var exporting: ExportedFile?
    @State private var importing = false
    @State private var restoreFrom: URL?

    var body: some View {
        ModelContent(model: model) { state in
            List {
                NoticesView(notices: state.notices)
                ForEach(Array(state.sections.enumerated()), id: \.offset) { _, section in
                    Section(section.heading) {
                        ForEach(Array(section.rows.enumerated()), id: \.offset) { _, row in
                            settingsRow(row)
                        }
                    }
                }
            }
            .navigationTitle(state.title)
            .sheet(isPresented: $choosingLanguage) {
                NavigationStack {
                    List(Array(state.languages.enumerated()), id: \.offset) { _, language in
                        Button {
                            choosingLanguage = false
                            Task { await choose(language.tag) }
                        } label: {
                            HStack {
                                Text(language.label)
                                Spacer()
                                if language.selected { Image(systemName: "checkmark") }
                            }
                        }
                    }
                }
            }
            .confirming(state.deleteConfirmation, isPresented: $askingDelete) { Task { await eraseEverything() } }
        }
        .alert(String(localized: "ride_server_title"), isPresented: $askingServer) {
            TextField(String(localized: "ride_server_placeholder"), text: $server)
                .keyboardType(.URL)
                .textInputAutocapitalization(.never)
            Button(String(localized: "save")) { Task { await setServer() } }
            Button(String(localized: "cancel"), role: .cancel) {}
        }
        .alert(String(localized: "backup_passphrase_title"), isPresented: Binding(
            get: { passphraseFor != nil }, set: { if !$0 { passphraseFor = nil } })) {
            SecureField(String(localized: "backup_passphrase"), text: $passphrase)
            Button(String(localized: "ok")) { Task { await usePassphrase() } }
            Button(String(localized: "cancel"), role: .cancel) { passphrase = "" }
        } message: {
            Text(String(localized: "backup_passphrase_message"))
        }
        .fileExporter(isPresented: Binding(get: { exporting != nil }, set: { if !$0 { exporting = nil } }),
                      document: exporting, contentType: exporting?.type ?? .data,
                      defaultFilename: exporting?.name) { _ in exporting = nil }
        .fileImporter(isPresented: $importing, allowedContentTypes: [.data, .json]) { result in
            if case .success(let url) = result {
                restoreFrom = url
                passphraseFor = .restore
            }
        }
    }

    @ViewBuilder
    private func settingsRow(_ row: SettingsRow) -> some View {
        if let on = row.toggle {
            Toggle(isOn: Binding(get: { on }, set: { new in Task { await toggle(row.action, new) } })) {
                rowText(row)
            }
            .accessibilityLabel(row.accessibilityLabel)
        } else {
            Button(role: row.destructive ? .destructive : nil) { act(row.action) } label: { rowText(row) }
                .accessibilityLabel(row.accessibilityLabel)
        }
    }

    private func rowText(_ row: SettingsRow) -> some View {
        VStack(alignment: .leading, spacing: 2) {
            HStack {
                Text(row.label)
                Spacer()
                if let value = row.value { Text(value).foregroundStyle(.secondary) }
            }
            if let detail = row.detail { Text(detail).font(.footnote).foregroundStyle(.secondary) }
        }
    }

    private func act(_ action: SettingsAction) {
        switch action {
        case .chooseLanguage: choosingLanguage = true
        case .setRideServer:
            let stores = app.stores
            Task {
                server = await Task.detached { (try? stores.vault().rideServer()) ?? nil }.value ?? ""
                askingServer = true
            }
        case .writeBackup: passphraseFor = .backup
        case .restoreBackup: importing = true
        case .exportJournal: Task { await exportJournal() }
        case .deleteEverything: askingDelete = true
        case .tryAgain:
            model.stop()
            model.start()
        case .toggleDiscreet, .toggleAppLock: break
        }
    }

    private func toggle(_ action: SettingsAction, _ on: Bool) async {
        let stores = app.stores
        switch action {
        case .toggleDiscreet:
            if await model.perform({ try stores.vault().reminders().setDiscreet(discreet: on) }) {
                await Notifications.rearm(stores)
            }
        case .toggleAppLock:
            // Turned on only once the phone has shown it can unlock (Face ID, Touch ID, passcode).
            if on, !(await AppLock.unlock()) { return }
            await model.perform { try stores.vault().setAppLock(on: on) }
        default: break
        }
    }

    private func choose(_ tag: String?) async {
        let stores = app.stores
        if await model.perform({ try stores.vault().setLanguage(tag: tag) }) {
            app.languageChanged()
        }
    }

    private func setServer() async {
        let stores = app.stores
        let address = server
        // The core checks the address and keeps it in the vault (blank turns car-pools off);
        // a bad one is its sentence.
        if await model.perform({ _ = try stores.vault().setRideServer(server: address) }) {
            app.boardChanged()
        }
    }

    private func usePassphrase() async {
        let stores = app.stores
        let secret = passphrase
        passphrase = ""
        switch passphraseFor {
        case .backup:
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("waymark.backup")
            let written = await model.perform {
                try? FileManager.default.removeItem(at: file)
                _ = try stores.vault().writeBackup(path: file.path, passphrase: secret)
            }
            if written, let data = try? Data(contentsOf: file) {
                try? FileManager.default.removeItem(at: file)
                exporting = ExportedFile(data: data, type: .data, name: file.lastPathComponent)
            }
        case .restore:
            guard let url = restoreFrom else { return }
            let scoped = url.startAccessingSecurityScopedResource()
            await model.perform { _ = try stores.vault().restoreBackup(path: url.path, passphrase: secret.isEmpty ? nil : secret) }
            if scoped { url.stopAccessingSecurityScopedResource() }
            await Notifications.rearm(stores)
        case nil:
            break
        }
        passphraseFor = nil
    }

    private func exportJournal() async {
        let stores = app.stores
        let locale = model.state?.locale ?? stores.phone
        if let text = await model.perform(returning: { try stores.vault().exportMarkdownInLocale(locale: locale) }) {
            exporting = ExportedFile(data: Data(text.utf8), type: .plainText, name: "journal.md")
        }
    }

    private func eraseEverything() async {
        let stores = app.stores
        if await model.perform({ try stores.vault().eraseEverything() }) {
            UNUserNotificationCenter.current().removeAllPendingNotificationRequests()
            app.boardChanged()
            app.languageChanged()
        }
    }
}

/// What a passphrase is being asked for.
enum PassphraseUse { case backup, restore }

/// A file handed to the system's file picker to save where the person chooses.
struct ExportedFile: FileDocument {
    static var readableContentTypes: [UTType] { [.data] }
    let data: Data
    let type: UTType
    let name: String

    init(data: Data, type: UTType, name: String) {
        self.data = data
        self.type = type
        self.name = name
    }

    init(configuration: ReadConfiguration) throws {
        data = configuration.file.regularFileContents ?? Data()
        type = .data
        name = ""
    }

    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper {
        FileWrapper(regularFileWithContents: data)
    }
}

/// Areas (and the first-run setup): where the meetings come from, how many and how fresh, and
/// the ways to add more: my location once, a place on a map, or a feed's address.
struct AreasPage: View {
    @StateObject private var model = appStores.areasModel()
    @EnvironmentObject private var app: AppModel
    @StateObject private var location = OneShotLocation()
    @State private var choosingOnMap = false
    @State private var askingFeed = false
    @State private var feed = ""

    var body: some View {
        ModelContent(model: model) { state in
            List {
                if let intro = state.intro { Section { Text(intro) } }
                NoticesView(notices: state.notices)
                if !state.areas.isEmpty {
                    Section { ForEach(state.areas, id: \.sourceId) { sourceRow($0) } }
                }
                if !state.feeds.isEmpty {
                    Section { ForEach(state.feeds, id: \.sourceId) { sourceRow($0) } }
                }
                Section {
                    ForEach(state.actions.filter { available($0.action) }, id: \.action) { item in
                        Button(item.label) { Task { await act(item.action, row: nil) } }
                    }
                }
                Section { Text(state.privacyNote).font(.footnote).foregroundStyle(.secondary) }
            }
            .navigationTitle(state.title)
            .refreshable { await app.syncNow() }
        }
        .sheet(isPresented: $choosingOnMap) {
            NavigationStack { MapChooser { point in Task { await addArea(point) } } }
        }
        .alert(String(localized: "feed_title"), isPresented: $askingFeed) {
            TextField(String(localized: "feed_placeholder"), text: $feed)
                .keyboardType(.URL)
                .textInputAutocapitalization(.never)
            Button(String(localized: "save")) { Task { await addFeed() } }
            Button(String(localized: "cancel"), role: .cancel) {}
        }
    }

    private func sourceRow(_ row: SourceRow) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(row.name).font(.headline)
            Text(row.meetings)
            Text(row.updated).font(.footnote).foregroundStyle(row.failed ? .red : .secondary)
            ForEach(row.actions.filter { available($0.action) }, id: \.action) { item in
                Button(item.label, role: item.action == .removeArea || item.action == .removeFeed ? .destructive : nil) {
                    Task { await act(item.action, row: row) }
                }
            }
        }
        .accessibilityLabel(row.accessibilityLabel)
    }

    /// The relay this build talks to, from Info.plist (`waymark_relay_url`, `waymark_relay_key`,
    /// set from the build settings `WAYMARK_RELAY_URL` and `WAYMARK_RELAY_KEY`).
    private var relay: (url: String, key: String)? {
        guard let url = Bundle.main.object(forInfoDictionaryKey: "waymark_relay_url") as? String, !url.isEmpty,
              let key = Bundle.main.object(forInfoDictionaryKey: "waymark_relay_key") as? String, !key.isEmpty
        else { return nil }
        return (url, key)
    }

    /// Whether this build can do `action`: areas need a relay configured.
    private func available(_ action: AreasAction) -> Bool {
        switch action {
        case .useMyLocation, .chooseOnMap: return relay != nil
        default: return true
        }
    }

    private func act(_ action: AreasAction, row: SourceRow?) async {
        switch action {
        case .useMyLocation:
            if let here = await location.current() { await addArea(here) }
        case .chooseOnMap: choosingOnMap = true
        case .addFeed:
            feed = ""
            askingFeed = true
        case .updateNow, .tryAgain: await app.syncNow()
        case .removeArea:
            if let id = row?.areaId {
                let stores = app.stores
                await model.perform { try stores.directory().removeArea(id: id) }
            }
        case .removeFeed:
            if let id = row?.sourceId {
                let stores = app.stores
                await model.perform { try stores.directory().removeSource(id: id) }
            }
        }
    }

    private func addArea(_ center: GeoPoint) async {
        // As wide as the core says.
        guard let relay, let km = model.state?.radiusKm else { return }
        let stores = app.stores
        if await model.perform({
            _ = try stores.directory().addArea(relay: relay.url, publicKey: relay.key, center: center, radiusKm: Double(km), label: nil)
        }) {
            await app.syncNow()
        }
    }

    private func addFeed() async {
        let stores = app.stores
        let address = feed.trimmingCharacters(in: .whitespaces)
        if await model.perform({ _ = try stores.directory().addSource(location: address, name: nil, program: nil, timezone: nil) }) {
            await app.syncNow()
        }
    }
}

/// A map to choose a place on; only the chosen point's tiles are asked for (the core keeps the
/// tile ids, never the point).
struct MapChooser: View {
    let choose: (GeoPoint) -> Void
    @State private var region = MKCoordinateRegion(
        center: CLLocationCoordinate2D(latitude: 51.5, longitude: -0.12),
        span: MKCoordinateSpan(latitudeDelta: 8, longitudeDelta: 8))
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        // iOS 16: the region-binding Map.
        Map(coordinateRegion: $region)
            .overlay(Image(systemName: "plus.circle").font(.title).allowsHitTesting(false))
            .ignoresSafeArea(edges: .bottom)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) { Button(String(localized: "cancel")) { dismiss() } }
                ToolbarItem(placement: .confirmationAction) {
                    Button(String(localized: "use_this_place")) {
                        choose(GeoPoint(latitude: region.center.latitude, longitude: region.center.longitude))
                        dismiss()
                    }
                }
            }
    }
}
