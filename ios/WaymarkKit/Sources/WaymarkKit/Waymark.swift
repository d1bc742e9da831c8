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

private final class StateListener: MeetingsListener, @unchecked Sendable {
    let continuation: AsyncStream<MeetingsState>.Continuation
    init(_ continuation: AsyncStream<MeetingsState>.Continuation) {
        self.continuation = continuation
    }
    func onState(state: MeetingsState) {
        continuation.yield(state)
    }
}

extension MeetingsScreen {
    /// Every state of the Meetings screen: the current one first, then one per event (a letter
    /// typed, a filter, a sync, the clock passing a meeting's start). The core decides and
    /// words everything; a view only draws what it gets. Ending the iteration (or cancelling
    /// its task) drops the subscription in Rust.
    public func states() -> AsyncStream<MeetingsState> {
        AsyncStream { continuation in
            let subscription = self.subscribe(listener: StateListener(continuation))
            continuation.onTermination = { _ in subscription.cancel() }
        }
    }
}
