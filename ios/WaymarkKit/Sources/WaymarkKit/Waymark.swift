// Swift-shaped API over the generated bindings. Thin on purpose: every decision is made in
// Rust. What is here only reshapes the API: progress as an AsyncThrowingStream, Task
// cancellation reaching the Rust sync, and small conveniences.
import Foundation
@_exported import WaymarkFFI

/// One step of a directory sync, for a progress display.
public enum SyncEvent: Sendable {
    /// Bytes downloaded and entries read so far for one source.
    case progress(source: String, phase: SyncPhase, bytes: UInt64, entries: UInt64)
    /// The sync ended; one result per source (a failed source keeps its previous meetings).
    case finished([SourceSyncResult])
}

private final class StreamListener: SyncListener, @unchecked Sendable {
    let continuation: AsyncThrowingStream<SyncEvent, Error>.Continuation
    init(_ continuation: AsyncThrowingStream<SyncEvent, Error>.Continuation) {
        self.continuation = continuation
    }
    func progress(source: String, phase: SyncPhase, bytes: UInt64, entries: UInt64) {
        continuation.yield(.progress(source: source, phase: phase, bytes: bytes, entries: entries))
    }
}

extension MeetingDirectory {
    /// Syncs every source, yielding progress and then the results. Ending the iteration (or
    /// cancelling its task) stops the Rust sync with nothing half-written.
    public func syncEvents() -> AsyncThrowingStream<SyncEvent, Error> {
        AsyncThrowingStream { continuation in
            let sync: SyncTask
            do {
                sync = try self.startSync(listener: StreamListener(continuation))
            } catch {
                continuation.finish(throwing: error)
                return
            }
            let task = Task {
                do {
                    continuation.yield(.finished(try await sync.finish()))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in
                sync.cancel()
                task.cancel()
            }
        }
    }

    /// Syncs every source; cancelling the calling task stops the Rust sync too.
    public func syncAll() async throws -> [SourceSyncResult] {
        let sync = try self.startSync(listener: nil)
        return try await withTaskCancellationHandler {
            try await sync.finish()
        } onCancel: {
            sync.cancel()
        }
    }
}

/// Minutes after midnight (0–1439) for a time such as `18:00`, for start-time filters. The
/// core decides (`minuteOfDay`): anything else throws `WaymarkError.InvalidInput`.
public func minutesOf(_ hhmm: String) throws -> UInt32 {
    try minuteOfDay(hhmm: hhmm)
}

// Screens: every screen object's states as an AsyncStream, and one observable model type.
//
// Why one generic forwarder: each screen has its own listener protocol (`JournalListener`,
// `PeopleListener`, …) with the same `onState(state:)` shape. A generic class conforms to
// each of them under the condition that its `State` is that screen's state, so the ten
// streams share one body and a screen gains `states()` with one line.

/// Hands each state the core sends (on a Rust thread) to an `AsyncStream`.
final class Forwarder<State>: @unchecked Sendable {
    let continuation: AsyncStream<State>.Continuation
    init(_ continuation: AsyncStream<State>.Continuation) {
        self.continuation = continuation
    }
    func send(_ state: State) {
        continuation.yield(state)
    }
}

extension Forwarder: MeetingsListener where State == MeetingsState { func onState(state: State) { send(state) } }
extension Forwarder: MeetingListener where State == MeetingState { func onState(state: State) { send(state) } }
extension Forwarder: AreasListener where State == AreasState { func onState(state: State) { send(state) } }
extension Forwarder: JournalListener where State == JournalState { func onState(state: State) { send(state) } }
extension Forwarder: SobrietyListener where State == SobrietyState { func onState(state: State) { send(state) } }
extension Forwarder: PeopleListener where State == PeopleState { func onState(state: State) { send(state) } }
extension Forwarder: SettingsListener where State == SettingsState { func onState(state: State) { send(state) } }
extension Forwarder: MyMeetingsListener where State == MyMeetingsState { func onState(state: State) { send(state) } }
extension Forwarder: RemindersListener where State == RemindersState { func onState(state: State) { send(state) } }
extension Forwarder: RidesListener where State == RidesState { func onState(state: State) { send(state) } }

/// The stream of one subscription: `subscribe` is called once with the forwarder, and the
/// subscription it returns is cancelled when the iteration ends or its task is cancelled.
/// Each state is whole, so a reader that falls behind gets the newest one, not a queue.
func follow<State>(_ subscribe: (Forwarder<State>) -> Subscription) -> AsyncStream<State> {
    AsyncStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
        let subscription = subscribe(Forwarder(continuation))
        continuation.onTermination = { _ in subscription.cancel() }
    }
}

/// A screen object of the core: it builds its state, words included, and tells its
/// listeners every new one. The app draws what it gets and calls the screen's setters.
public protocol ScreenObject: AnyObject, Sendable {
    /// The screen's state (`JournalState`, `MeetingsState`, …).
    associatedtype State
    /// The state now.
    func state() -> State
    /// Every state: the current one first, then one per change (a write to the vault or the
    /// directory from anywhere, a sync, a setter, the clock changing the words). Ending the
    /// iteration, or cancelling its task, drops the subscription in Rust.
    func states() -> AsyncStream<State>
}

extension MeetingsScreen: ScreenObject {
    /// Every state of the Meetings screen (a letter typed, a filter, a sync, the clock
    /// passing a meeting's start); see ``ScreenObject/states()``.
    public func states() -> AsyncStream<MeetingsState> { follow { subscribe(listener: $0) } }
}

extension MeetingScreen: ScreenObject {
    /// Every state of one meeting's screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<MeetingState> { follow { subscribe(listener: $0) } }
}

extension AreasScreen: ScreenObject {
    /// Every state of the Areas screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<AreasState> { follow { subscribe(listener: $0) } }
}

extension JournalScreen: ScreenObject {
    /// Every state of the Journal screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<JournalState> { follow { subscribe(listener: $0) } }
}

extension SobrietyScreen: ScreenObject {
    /// Every state of the Sobriety dates screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<SobrietyState> { follow { subscribe(listener: $0) } }
}

extension PeopleScreen: ScreenObject {
    /// Every state of the People to call screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<PeopleState> { follow { subscribe(listener: $0) } }
}

extension SettingsScreen: ScreenObject {
    /// Every state of the Settings screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<SettingsState> { follow { subscribe(listener: $0) } }
}

extension MyMeetingsScreen: ScreenObject {
    /// Every state of the My meetings screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<MyMeetingsState> { follow { subscribe(listener: $0) } }
}

extension RemindersScreen: ScreenObject {
    /// Every state of the Reminders screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<RemindersState> { follow { subscribe(listener: $0) } }
}

extension RidesScreen: ScreenObject {
    /// Every state of the Rides screen; see ``ScreenObject/states()``.
    public func states() -> AsyncStream<RidesState> { follow { subscribe(listener: $0) } }
}
