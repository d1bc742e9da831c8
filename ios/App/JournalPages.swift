// The Journal, the entry editor and the Sobriety dates: each draws its WaymarkKit model.
import SwiftUI
import WaymarkKit

/// The Journal: entries under the core's day headings, search, a filter per kind, the trash.
struct JournalPage: View {
    @StateObject private var model = appStores.journalModel()
    @EnvironmentObject private var router: Router
    @State private var text = ""
    @State private var kind: EntryKind?
    @State private var trash = false

    var body: some View {
        ModelContent(model: model) { state in
            List {
                Section {
                    ScrollView(.horizontal, showsIndicators: false) {
                        HStack {
                            ForEach(state.kinds, id: \.kind) { choice in
                                Button(choice.label) { kind = choice.selected ? nil : choice.kind }
                                    .buttonStyle(.bordered)
                                    .tint(choice.selected ? .accentColor : .secondary)
                                    .accessibilityAddTraits(choice.selected ? .isSelected : [])
                            }
                        }
                    }
                }
                NoticesView(notices: state.notices)
                ForEach(Array(state.days.enumerated()), id: \.offset) { _, day in
                    Section(day.heading) {
                        ForEach(day.rows, id: \.id) { row in
                            // A tap opens it when the core offers "open" (never in the trash);
                            // the other buttons are swipe actions.
                            Button {
                                if row.actions.contains(where: { $0.action == .open }) {
                                    router.editor = EditorRequest(view: EditorView(kind: row.kind, entryId: row.id))
                                }
                            } label: {
                                VStack(alignment: .leading, spacing: 4) {
                                    Text(row.kindLabel).font(.caption).foregroundStyle(.secondary)
                                    Text(row.preview).lineLimit(2)
                                    Text(row.time).font(.caption2).foregroundStyle(.secondary)
                                }
                            }
                            .accessibilityLabel(row.accessibilityLabel)
                            .swipeActions {
                                ForEach(row.actions.filter { $0.action != .open }, id: \.action) { item in
                                    Button(item.label, role: item.action == .moveToTrash ? .destructive : nil) {
                                        Task { await act(item.action, row.id) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            .navigationTitle(state.title)
            .searchable(text: $text, prompt: state.searchPlaceholder)
            .toolbar {
                ToolbarItem(placement: .primaryAction) {
                    Button {
                        router.editor = EditorRequest(view: EditorView(kind: kind ?? .note))
                    } label: { Label(state.writeLabel, systemImage: "square.and.pencil") }
                }
                ToolbarItem(placement: .secondaryAction) {
                    Toggle(state.trashLabel, isOn: $trash)
                }
            }
        }
        .onChange(of: text) { _ in show() }
        .onChange(of: kind) { _ in show() }
        .onChange(of: trash) { _ in show() }
    }

    /// A row's swipe action: to the trash, or back from it.
    private func act(_ action: JournalRowAction, _ id: String) async {
        let stores = appStores
        switch action {
        case .moveToTrash: await model.perform { try stores.vault().deleteEntry(id: id) }
        case .restore: await model.perform { _ = try stores.vault().restoreEntry(id: id) }
        case .open: break
        }
    }

    /// The search, kind and trash as they are now, in the order changed.
    private func show() {
        let view = JournalView(search: text, kind: kind, trash: trash)
        model.send { $0.setView(view: view) }
    }
}

/// The entry editor (a sheet): the core's fields in order, the person's answers, the privacy
/// note, and the core's question before leaving with unsaved words.
struct EntryEditorPage: View {
    @StateObject private var model: EditorModel
    @EnvironmentObject private var router: Router
    @Environment(\.dismiss) private var dismiss
    @State private var askDiscard = false

    init(view: EditorView) {
        _model = StateObject(wrappedValue: appStores.editorModel(view: view))
    }

    var body: some View {
        Group {
            if let state = model.state {
                form(state)
            } else if let problem = model.problem {
                ProblemView(message: problem) { Task { await model.load() } }
            } else {
                ProgressView()
            }
        }
        .task { await model.load() }
        .interactiveDismissDisabled(model.hasChanges)
    }

    private func form(_ state: EditorState) -> some View {
        Form {
            if !state.kinds.isEmpty {
                Picker(selection: Binding(get: { state.kind }, set: { k in Task { await model.choose(kind: k) } })) {
                    ForEach(state.kinds, id: \.kind) { Text($0.label).tag($0.kind) }
                } label: { EmptyView() }
                .pickerStyle(.menu)
            }
            if state.templates.count > 1 {
                Picker(selection: Binding(
                    get: { state.templates.first { $0.selected }?.id ?? "" },
                    set: { t in Task { await model.choose(template: t) } })) {
                    ForEach(state.templates, id: \.id) { Text($0.label).tag($0.id) }
                } label: { EmptyView() }
                .pickerStyle(.menu)
            }
            NoticesView(notices: state.notices)
            ForEach(Array(model.fields.enumerated()), id: \.offset) { index, field in
                Section(field.label) { input(field, index) }
            }
            Section { Text(state.privacyNote).font(.footnote).foregroundStyle(.secondary) }
            if let step = model.nextStep { NextStepView(step: step) }
            if let problem = model.problem { Text(problem).foregroundStyle(.red) }
        }
        .navigationTitle(state.title)
        .navigationBarTitleDisplayMode(.inline)
        .toolbar {
            ToolbarItem(placement: .cancellationAction) {
                Button(state.cancelLabel) {
                    if model.hasChanges { askDiscard = true } else { dismiss() }
                }
            }
            ToolbarItem(placement: .confirmationAction) {
                Button(state.saveLabel) {
                    Task {
                        // A hard moment keeps the sheet open on the core's next step.
                        if await model.save(), model.nextStep == nil { dismiss() }
                    }
                }
                .disabled(!model.hasChanges)
            }
        }
        .confirming(state.discard, isPresented: $askDiscard) { dismiss() }
    }

    @ViewBuilder
    private func input(_ field: EditorField, _ index: Int) -> some View {
        switch field.kind {
        case .mood, .craving:
            Scale(field: field) { model.setValue($0, at: index) }
        case .halt:
            ForEach(field.checks, id: \.item) { check in
                Toggle(check.label, isOn: Binding(get: { check.checked },
                                                  set: { model.setCheck(check.item, $0, at: index) }))
            }
        case .prompt, .text:
            TextField(field.placeholder ?? "", text: Binding(get: { field.text },
                                                             set: { model.setText($0, at: index) }),
                      axis: .vertical)
                .lineLimit(3...12)
        }
    }
}

/// A scale from the core (mood 1–5, craving 0–10) with its words at each end.
struct Scale: View {
    let field: EditorField
    let choose: (UInt8?) -> Void

    var body: some View {
        VStack(alignment: .leading) {
            Picker(selection: Binding(get: { field.value.map { Int($0) } ?? -1 },
                                      set: { choose($0 < 0 ? nil : UInt8($0)) })) {
                ForEach(Int(field.min)...Int(field.max), id: \.self) { Text(verbatim: "\($0)").tag($0) }
            } label: { EmptyView() }
            .pickerStyle(.segmented)
            HStack {
                Text(field.lowLabel ?? "")
                Spacer()
                Text(field.highLabel ?? "")
            }
            .font(.caption)
            .foregroundStyle(.secondary)
        }
    }
}

/// After a hard check-in: the core's gentle line, my people one tap away, the next meetings.
struct NextStepView: View {
    let step: NextStep
    @Environment(\.openURL) private var openURL
    @EnvironmentObject private var router: Router

    var body: some View {
        Section {
            Text(step.message)
            ForEach(step.contacts, id: \.id) { person in
                HStack {
                    Text(person.name)
                    Spacer()
                    if let call = URL(string: person.callLink) {
                        Button { openURL(call) } label: { Image(systemName: "phone") }
                            .accessibilityLabel(person.name)
                    }
                    if let text = URL(string: person.textLink) {
                        Button { openURL(text) } label: { Image(systemName: "message") }
                            .accessibilityLabel(person.name)
                    }
                }
            }
            ForEach(step.meetings, id: \.meeting.id) { next in
                Button {
                    router.editor = nil
                    router.tab = .meetings
                    router.meetingsPath = [.meeting(next.meeting.id)]
                } label: {
                    VStack(alignment: .leading) {
                        Text(next.meeting.name)
                        Text(next.meeting.when).font(.caption)
                    }
                }
            }
        }
    }
}

/// Sobriety dates: a card per date with the core's count and milestones, and its buttons with
/// the core's question first. Starting again is worded kindly by the core; nothing here judges.
struct SobrietyPage: View {
    @StateObject private var model = appStores.sobrietyModel()
    @EnvironmentObject private var app: AppModel
    @State private var editing: DateForm?
    @State private var asking: (SobrietyActionItem, String?)?

    var body: some View {
        ModelContent(model: model) { state in
            List {
                NoticesView(notices: state.notices)
                ForEach(state.cards, id: \.id) { card in
                    Section {
                        VStack(alignment: .leading, spacing: 6) {
                            Text(card.label).font(.headline)
                            Text(card.count).font(.largeTitle.bold())
                            if let detail = card.countDetail { Text(detail) }
                            if let since = card.since { Text(since).font(.subheadline) }
                            if let today = card.milestoneToday { Text(today).font(.headline).foregroundStyle(.tint) }
                            if let next = card.nextMilestone { Text(next).font(.footnote) }
                            if let when = card.nextMilestoneWhen { Text(when).font(.footnote).foregroundStyle(.secondary) }
                        }
                        .accessibilityElement(children: .ignore)
                        .accessibilityLabel(card.accessibilityLabel)
                        ForEach(card.actions, id: \.action) { item in
                            Button(item.label) { act(item, card: card) }
                                .accessibilityLabel(item.accessibilityLabel)
                        }
                    }
                }
                ForEach(state.actions, id: \.action) { item in
                    Button(item.label) { act(item, card: nil) }
                        .accessibilityLabel(item.accessibilityLabel)
                }
            }
            .navigationTitle(state.title)
            .confirming(asking?.0.confirm, isPresented: Binding(get: { asking != nil }, set: { if !$0 { asking = nil } })) {
                if let pending = asking { Task { await confirmed(pending.0.action, id: pending.1) } }
            }
            .sheet(item: $editing) { form in
                NavigationStack { SobrietyDateSheet(form: form) { label, date in Task { await save(form, label, date) } } }
            }
        }
    }

    private func act(_ item: SobrietyActionItem, card: SobrietyCard?) {
        switch item.action {
        case .add: editing = DateForm(id: nil, label: "", date: Date())
        case .edit:
            if let card { editing = DateForm(id: card.id, label: card.label, date: dateOf(card.date) ?? Date()) }
        case .startAgain, .remove:
            if item.confirm != nil { asking = (item, card?.id) } else { Task { await confirmed(item.action, id: card?.id) } }
        case .tryAgain:
            model.stop()
            model.start()
        }
    }

    private func confirmed(_ action: SobrietyAction, id: String?) async {
        let stores = app.stores
        let today = isoDate()
        guard let id else { return }
        switch action {
        case .startAgain:
            await model.perform { _ = try stores.vault().setSobrietyDate(id: id, date: today, label: nil, today: today) }
        case .remove:
            await model.perform { try stores.vault().removeSobrietyDate(id: id) }
        default: break
        }
    }

    private func save(_ form: DateForm, _ label: String, _ date: Date) async {
        let stores = app.stores
        let (day, today) = (isoDate(date), isoDate())
        if let id = form.id {
            await model.perform { _ = try stores.vault().setSobrietyDate(id: id, date: day, label: label, today: today) }
        } else {
            await model.perform { _ = try stores.vault().addSobrietyDate(date: day, label: label, today: today) }
        }
    }
}

/// A sobriety date being added or changed.
struct DateForm: Identifiable {
    let id: String?
    var label: String
    var date: Date
}

/// The form for a date: the person's own name for it and the day (never in the future).
struct SobrietyDateSheet: View {
    let form: DateForm
    let save: (String, Date) -> Void
    @State private var label = ""
    @State private var date = Date()
    @Environment(\.dismiss) private var dismiss

    var body: some View {
        Form {
            TextField(String(localized: "sobriety_label"), text: $label)
            DatePicker(String(localized: "sobriety_date"), selection: $date, in: ...Date(), displayedComponents: .date)
        }
        .onAppear {
            label = form.label
            date = form.date
        }
        .toolbar {
            ToolbarItem(placement: .cancellationAction) { Button(String(localized: "cancel")) { dismiss() } }
            ToolbarItem(placement: .confirmationAction) {
                Button(String(localized: "save")) {
                    save(label, date)
                    dismiss()
                }
                .disabled(label.trimmingCharacters(in: .whitespaces).isEmpty)
            }
        }
    }
}
