// One observable model for every screen: it holds a screen object of the core and its latest
// state, and follows the screen while started. SwiftUI views observe it (on platforms with
// Combine it is an `ObservableObject`); WaymarkKit itself has no SwiftUI, so it builds and
// is tested on Linux. The model makes no decisions: the core builds and words every state,
// and setters go straight to the screen object.
#if canImport(Combine)
import Combine
#endif

/// A screen object and its latest state, for a view to draw. `start()` follows the screen
/// (the state changes on the main actor with every state the core sends); `stop()`, or the
/// model going away, drops the subscription in Rust.
@MainActor
public final class ScreenModel<Screen: ScreenObject> {
    /// The screen object this model follows; call its setters through ``update(_:)``.
    public nonisolated let screen: Screen

    #if canImport(Combine)
    /// The latest state the core built.
    @Published public private(set) var state: Screen.State
    #else
    /// The latest state the core built.
    public private(set) var state: Screen.State
    #endif

    private var following: Task<Void, Never>?

    /// A model over `screen`, holding its state now; it follows changes after ``start()``.
    public init(_ screen: Screen) {
        self.screen = screen
        self.state = screen.state()
    }

    deinit {
        following?.cancel()
    }

    /// Whether the model is following the screen.
    public var isFollowing: Bool { following != nil }

    /// Follows the screen: from now on `state` is every state the core sends. Calling it
    /// again while following does nothing.
    public func start() {
        guard following == nil else { return }
        let states = screen.states()
        following = Task { [weak self] in
            for await state in states {
                guard let self else { return }
                self.state = state
            }
        }
    }

    /// Stops following: the subscription in Rust is dropped and `state` stays as it was.
    public func stop() {
        following?.cancel()
        following = nil
    }

    /// Calls one of the screen's setters (`model.update { $0.setSearch(text: "hope") }`)
    /// and shows the state it returns at once.
    @discardableResult
    public func update(_ setter: (Screen) -> Screen.State) -> Screen.State {
        let new = setter(screen)
        state = new
        return new
    }
}

#if canImport(Combine)
extension ScreenModel: ObservableObject {}
#endif
