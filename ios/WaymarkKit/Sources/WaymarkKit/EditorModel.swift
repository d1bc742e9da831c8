// The journal entry editor's model. The core words the editor (`PrivateVault.entryEditor`):
// its title, the fields in order with their labels and scales, the kinds and templates to
// switch to, the privacy note and what to ask before leaving unsaved words. This model keeps
// what the person has typed in those fields, and saves it off the main actor.
#if canImport(Combine)
import Combine
#endif
import Foundation

/// The entry editor: the core's `EditorState` and the person's answers in its fields.
///
/// ``load()`` builds the editor off the main actor; `fields` are then the core's fields, which
/// the view edits in place (``setText(_:at:)``, ``setValue(_:at:)``, ``setCheck(_:_:at:)``).
/// ``save()`` writes the entry (a new check-in through `addCheckin`, so a hard moment brings
/// the core's next step). A failure sets `problem` in the core's words; nothing traps.
@MainActor
public final class EditorModel {
    #if canImport(Combine)
    /// What the core says the editor shows; `nil` until loaded.
    @Published public private(set) var state: EditorState?
    /// The fields with the person's answers so far.
    @Published public private(set) var fields: [EditorField] = []
    /// What went wrong with the last thing asked, in words for the person.
    @Published public private(set) var problem: String?
    /// The entry once saved.
    @Published public private(set) var saved: JournalEntry?
    /// After a check-in that says it is hard right now: the core's gentle next step (a line,
    /// my people, the next meetings).
    @Published public private(set) var nextStep: NextStep?
    #else
    /// What the core says the editor shows; `nil` until loaded.
    public private(set) var state: EditorState?
    /// The fields with the person's answers so far.
    public private(set) var fields: [EditorField] = []
    /// What went wrong with the last thing asked, in words for the person.
    public private(set) var problem: String?
    /// The entry once saved.
    public private(set) var saved: JournalEntry?
    /// After a check-in that says it is hard right now: the core's gentle next step (a line,
    /// my people, the next meetings).
    public private(set) var nextStep: NextStep?
    #endif

    /// What the editor is for now (a kind and template may change while writing).
    public private(set) var view: EditorView

    private let stores: Stores
    private let queue = CoreQueue()

    /// The editor for `view` over `stores`' vault; call ``load()`` to show it.
    public nonisolated init(stores: Stores, view: EditorView) {
        self.stores = stores
        self.view = view
    }

    /// Whether the person has changed anything since the editor was built (then leaving asks
    /// the state's `discard` question first).
    public var hasChanges: Bool {
        guard let state else { return false }
        return fields != state.fields
    }

    /// Builds the editor for the current view off the main actor. What was typed so far stays
    /// where the new editor asks the same, and the free text always (the core's `carryOver`).
    public func load() async {
        let view = self.view
        let stores = self.stores
        let built = await queue.attempt { () -> Carried<EditorState> in
            Carried(value: try stores.vault().entryEditor(view: view, options: try stores.options()))
        }
        switch built {
        case .failure(let error):
            problem = problemText(error)
        case .success(let carried):
            let new = carried.value
            let typed = fields
            state = new
            fields = carryOver(typed: typed, fresh: new.fields)
            problem = nil
        }
    }

    /// Switches a new entry to another kind (its templates and fields follow).
    public func choose(kind: EntryKind) async {
        view = EditorView(kind: kind, template: nil, entryId: view.entryId)
        await load()
    }

    /// Switches to a template's prompts (`""`: no prompts).
    public func choose(template: String) async {
        view = EditorView(kind: view.kind, template: template, entryId: view.entryId)
        await load()
    }

    /// The answer typed into field `index` (a prompt's answer or the free text).
    public func setText(_ text: String, at index: Int) {
        guard fields.indices.contains(index) else { return }
        fields[index].text = text
    }

    /// The value chosen on the scale of field `index` (`nil` clears it).
    public func setValue(_ value: UInt8?, at index: Int) {
        guard fields.indices.contains(index) else { return }
        let field = fields[index]
        fields[index].value = value.map { min(max($0, field.min), field.max) }
    }

    /// Ticks or unticks one HALT box of field `index`.
    public func setCheck(_ item: HaltItem, _ checked: Bool, at index: Int) {
        guard fields.indices.contains(index),
              let box = fields[index].checks.firstIndex(where: { $0.item == item }) else { return }
        fields[index].checks[box].checked = checked
    }

    /// Writes the entry off the main actor. The core turns the fields into the entry: an edit
    /// keeps what the editor does not show (tags, the meeting it is about); a new hard check-in
    /// brings a next step (near nobody: nothing about where the phone is). Once saved, the
    /// model edits that entry: saving again changes it and never adds a second. Returns
    /// whether it was saved.
    @discardableResult
    public func save() async -> Bool {
        let fields = self.fields
        let stores = self.stores
        let view = self.view
        let result = await queue.attempt { () -> Carried<(JournalEntry, NextStep?)> in
            let saved = try stores.vault().saveEditor(
                view: view, fields: fields, options: try stores.options(),
                directory: try? stores.directory(), near: nil)
            return Carried(value: (saved.entry, saved.nextStep))
        }
        switch result {
        case .failure(let error):
            problem = problemText(error)
            return false
        case .success(let carried):
            saved = carried.value.0
            nextStep = carried.value.1
            self.view = EditorView(kind: view.kind, template: view.template,
                                   entryId: carried.value.0.id)
            problem = nil
            // What is saved is no longer a change to warn about.
            state?.fields = fields
            return true
        }
    }

    /// Forgets the problem shown.
    public func dismissProblem() {
        problem = nil
    }
}

#if canImport(Combine)
extension EditorModel: ObservableObject {}
#endif
