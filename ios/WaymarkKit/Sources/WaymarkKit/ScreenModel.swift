// One observable model for every screen: it opens a screen object of the core (off the main
// actor), follows its states while started, and runs the screen's setters and the app's writes
// off the main actor, one after another in the order they were asked for. SwiftUI views observe
// it (where Combine exists it is an `ObservableObject`); WaymarkKit itself has no SwiftUI, so it
// builds and is tested on Linux. The model makes no decisions: the core builds and words every
// state and every error message; the model only carries them to the main actor.
#if canImport(Combine)
import Combine
#endif
import Foundation

/// A value carried across a concurrency boundary. The generated records are `Sendable` only
/// under a Swift 6 compiler; they are plain values, so carrying them is safe either way.
struct Carried<Value>: @unchecked Sendable {
    let value: Value
}

/// The screen object as the model's queue sees it: set by the opening work, read by the
/// setters sent after it (all on the one serial queue).
final class ScreenBox<Screen>: @unchecked Sendable {
    var screen: Screen?
}

/// The core's calls for one model, run off the main actor on a serial queue: in the order they
/// were asked for, so the last letter typed is the last search run.
final class CoreQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "app.waymark.core", qos: .userInitiated)

    /// Queues `work` now, in call order, without waiting for it.
    func enqueue(_ work: @escaping () -> Void) {
        let work = Carried(value: work)
        queue.async { work.value() }
    }

    /// Runs `work` on the queue and returns what it returned.
    func run<T>(_ work: @escaping () -> T) async -> T {
        let work = Carried(value: work)
        let done: Carried<T> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Carried(value: work.value())) }
        }
        return done.value
    }

    /// Runs `work` on the queue; what it threw comes back as the failure.
    func attempt<T>(_ work: @escaping () throws -> T) async -> Result<T, Error> {
        await run { Result { try work() } }
    }
}

/// What a person reads when `error` happened: the core's own sentence for a `WaymarkError`
/// (worded in the language given to `setAppLocale`), else the system's description.
public func problemText(_ error: Error) -> String {
    if let error = error as? WaymarkError {
        return error.message
    }
    return error.localizedDescription
}

extension WaymarkError {
    /// The plain sentence the core wrote for the person (never the case's name).
    public var message: String {
        switch self {
        case .Offline(let message), .WrongKey(let message), .InvalidInput(let message),
             .NotFound(let message), .Conflict(let message), .Other(let message):
            return message
        }
    }
}

/// A screen object and its latest state, for a view to draw.
///
/// - ``start()`` opens the screen (off the main actor) and follows it: `state` is then every
///   state the core sends, on the main actor. Opening may fail (the directory or the vault did
///   not open): `problem` then says why in the core's words and `state` stays `nil`;
///   ``retry()`` tries again.
/// - ``send(_:)`` calls one of the screen's setters without waiting (each letter typed, in the
///   order typed), ``update(_:)`` calls one and returns its state, and ``perform(_:)`` runs one
///   of the app's writes (to the vault or the directory); all run off the main actor on the
///   model's one serial queue. A write that fails leaves `state` as it was and sets `problem`.
/// - ``stop()`` drops the subscription in Rust; ``close()`` also lets go of the screen object.
///   When the model goes away both happen by themselves.
@MainActor
public final class ScreenModel<Screen: ScreenObject> {
    /// The screen's state type (`MeetingsState`, `JournalState`, …).
    public typealias State = Screen.State

    #if canImport(Combine)
    /// The latest state the core built; `nil` until the screen first opened.
    @Published public private(set) var state: State?
    /// What went wrong with the last thing asked (opening the screen, a write), in words for
    /// the person; `nil` when all is well.
    @Published public private(set) var problem: String?
    #else
    /// The latest state the core built; `nil` until the screen first opened.
    public private(set) var state: State?
    /// What went wrong with the last thing asked (opening the screen, a write), in words for
    /// the person; `nil` when all is well.
    public private(set) var problem: String?
    #endif

    /// The screen object once opened (and until ``close()``).
    public private(set) var screen: Screen?

    private nonisolated let open: Carried<() throws -> Screen>
    private let queue = CoreQueue()
    private nonisolated let box = ScreenBox<Screen>()
    private var sent = 0
    private var shownSent = 0
    private var opening: Task<Void, Never>?
    private var following: Task<Void, Never>?
    /// Counts starts and stops, so work begun before a stop never lands after it.
    private var generation = 0

    /// A model over a screen object already made; its state is read at ``start()`` (or by the
    /// first setter).
    public nonisolated init(_ screen: Screen) {
        self.open = Carried(value: { screen })
        self.screen = screen
        box.screen = screen
    }

    /// A model whose screen object `open` makes at ``start()``, off the main actor (it may
    /// open the directory or the vault, and may throw).
    public nonisolated init(opening open: @escaping () throws -> Screen) {
        self.open = Carried(value: open)
    }

    deinit {
        opening?.cancel()
        following?.cancel()
    }

    /// Whether the model is following the screen's states.
    public var isFollowing: Bool { following != nil }

    /// Opens the screen if needed (once: started again after ``stop()`` it follows the same
    /// screen object) and follows it: from now on `state` is every state the core sends (the
    /// current one first). Calling it again while opening or following does nothing.
    public func start() {
        guard opening == nil, following == nil else { return }
        generation += 1
        let mine = generation
        // Started again after a stop: the same screen object, followed afresh.
        let existing = screen.map { Carried(value: $0) }
        opening = Task { [weak self, queue, open, box] in
            let opened: Result<Carried<Screen>, Error>
            if let existing {
                opened = .success(existing)
            } else {
                opened = await queue.attempt {
                    let screen = try open.value()
                    box.screen = screen
                    return Carried(value: screen)
                }
            }
            guard let self, !Task.isCancelled, self.generation == mine else { return }
            switch opened {
            case .failure(let error):
                self.problem = problemText(error)
            case .success(let screen):
                self.screen = screen.value
                self.problem = nil
                await self.follow(screen.value, mine)
            }
            if self.generation == mine {
                self.opening = nil
            }
        }
    }

    /// After a failure to open: clears the problem and starts again.
    public func retry() {
        problem = nil
        start()
    }

    private func follow(_ screen: Screen, _ mine: Int) async {
        // Subscribing builds the first state in Rust: off the main actor too.
        let states = await queue.run { Carried(value: screen.states()) }.value
        // Stopped meanwhile: the stream is dropped here, and with it the subscription.
        guard generation == mine, following == nil, self.screen === screen else { return }
        following = Task { [weak self] in
            for await state in states {
                guard let self else { return }
                self.state = state
            }
        }
    }

    /// Stops following: the subscription in Rust is dropped and `state` stays as it was.
    public func stop() {
        generation += 1
        opening?.cancel()
        opening = nil
        following?.cancel()
        following = nil
    }

    /// Stops following and lets go of the screen object (Rust frees it once nothing else
    /// holds it). `state` stays for the view to fade out with; ``start()`` opens it again.
    public func close() {
        stop()
        screen = nil
        queue.enqueue { [box] in box.screen = nil }
    }

    /// Calls one of the screen's setters off the main actor without waiting: for what comes
    /// fast, such as each letter typed (`model.send { $0.setSearch(text: typed) }`). Setters
    /// sent one after another run in that order, after the screen opens, so the last letter
    /// typed is the last search run; while following, `state` becomes its state through the
    /// subscription, and while not, the newest sent setter's state is shown.
    public func send(_ setter: @escaping (Screen) -> State) {
        sent += 1
        let number = sent
        queue.enqueue { [weak self, box] in
            guard let screen = box.screen else { return }
            let new = Carried(value: setter(screen))
            Task { @MainActor [weak self] in
                guard let self, self.following == nil, number > self.shownSent else { return }
                self.shownSent = number
                self.state = new.value
            }
        }
    }

    /// Calls one of the screen's setters off the main actor
    /// (`await model.update { $0.setSearch(text: "hope") }`) and returns the state it built.
    /// While following, `state` becomes that state through the subscription (so a newer state
    /// from elsewhere is never overwritten by an older one); while not, it is shown at once.
    /// Asked while the screen is opening, it waits for it; `nil` when the screen is not open.
    @discardableResult
    public func update(_ setter: @escaping (Screen) -> State) async -> State? {
        // Asked while the screen is still opening: after it opens.
        if screen == nil, let opening {
            await opening.value
        }
        guard let screen else { return nil }
        let new = await queue.run { Carried(value: setter(screen)) }.value
        if following == nil, self.screen === screen {
            state = new
        }
        return new
    }

    /// Runs one of the app's writes (to the vault or the directory) off the main actor, after
    /// anything asked before it. The screen hears the change by itself while following. When
    /// it throws, `problem` says why and `false` comes back.
    @discardableResult
    public func perform(_ write: @escaping () throws -> Void) async -> Bool {
        switch await queue.attempt(write) {
        case .success:
            problem = nil
            return true
        case .failure(let error):
            problem = problemText(error)
            return false
        }
    }

    /// Like ``perform(_:)`` for a write whose result the app needs (`nil` when it threw).
    public func perform<T>(returning write: @escaping () throws -> T) async -> T? {
        switch await queue.attempt({ Carried(value: try write()) }) {
        case .success(let value):
            problem = nil
            return value.value
        case .failure(let error):
            problem = problemText(error)
            return nil
        }
    }

    /// Forgets the problem shown (the person dismissed it).
    public func dismissProblem() {
        problem = nil
    }
}

#if canImport(Combine)
extension ScreenModel: ObservableObject {}
#endif

/// The model of the Meetings screen.
public typealias MeetingsModel = ScreenModel<MeetingsScreen>
/// The model of one meeting's screen.
public typealias MeetingModel = ScreenModel<MeetingScreen>
/// The model of the My meetings screen.
public typealias MyMeetingsModel = ScreenModel<MyMeetingsScreen>
/// The model of the Reminders screen.
public typealias RemindersModel = ScreenModel<RemindersScreen>
/// The model of the Journal screen (the entry editor is ``EditorModel``).
public typealias JournalModel = ScreenModel<JournalScreen>
/// The model of the Sobriety dates screen.
public typealias SobrietyModel = ScreenModel<SobrietyScreen>
/// The model of the Rides screen.
public typealias RidesModel = ScreenModel<RidesScreen>
/// The model of the People to call screen.
public typealias PeopleModel = ScreenModel<PeopleScreen>
/// The model of the Settings screen.
public typealias SettingsModel = ScreenModel<SettingsScreen>
/// The model of the Areas screen (and the first-run setup).
public typealias AreasModel = ScreenModel<AreasScreen>
