// Idiomatic Kotlin over the generated bindings (app.waymark.ffi, app.waymark.core).
//
// Thin on purpose: every decision is made in Rust. What is here only reshapes the API for
// Kotlin: progress as a Flow, suspend functions that stop the sync when the coroutine is
// cancelled, and `use` for the objects (the generated classes are AutoCloseable already).
package app.waymark

import app.waymark.core.SyncPhase
import app.waymark.ffi.MeetingDirectory
import app.waymark.core.SourceSyncResult
import app.waymark.ffi.SyncListener
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.launch

/** One step of a directory sync, for a progress display. */
sealed interface SyncEvent {
    /** `bytes` downloaded and `entries` read so far for one source. */
    data class Progress(val source: String, val phase: SyncPhase, val bytes: Long, val entries: Long) : SyncEvent

    /** The sync ended; one result per source (a failed source keeps its previous meetings). */
    data class Finished(val results: List<SourceSyncResult>) : SyncEvent
}

/**
 * Syncs every source, emitting progress and then the results. Cancelling the collecting
 * coroutine stops the sync in Rust (nothing half-written); errors arrive as WaymarkException.
 */
fun MeetingDirectory.syncEvents(): Flow<SyncEvent> = callbackFlow {
    val listener = object : SyncListener {
        override fun progress(source: String, phase: SyncPhase, bytes: ULong, entries: ULong) {
            trySend(SyncEvent.Progress(source, phase, bytes.toLong(), entries.toLong()))
        }
    }
    val task = startSync(listener)
    val job = launch {
        try {
            send(SyncEvent.Finished(task.finish()))
            close()
        } catch (e: Exception) {
            close(e)
        }
    }
    awaitClose {
        task.cancel()
        job.cancel()
        task.close()
    }
}

/**
 * Syncs every source and returns the results. If the calling coroutine is cancelled, the
 * Rust sync is asked to stop too.
 */
suspend fun MeetingDirectory.syncAll(onProgress: (SyncEvent.Progress) -> Unit = {}): List<SourceSyncResult> {
    val listener = object : SyncListener {
        override fun progress(source: String, phase: SyncPhase, bytes: ULong, entries: ULong) {
            onProgress(SyncEvent.Progress(source, phase, bytes.toLong(), entries.toLong()))
        }
    }
    return startSync(listener).use { task ->
        try {
            task.finish()
        } catch (e: kotlinx.coroutines.CancellationException) {
            task.cancel()
            throw e
        }
    }
}

/**
 * Minutes after midnight (0–1439) for a time such as `18:00`, for start-time filters. The core
 * decides (`minuteOfDay`): anything else throws [app.waymark.ffi.WaymarkException.InvalidInput].
 */
fun minutesOf(hhmm: String): UInt = app.waymark.ffi.minuteOfDay(hhmm)

/**
 * Every state of the Meetings screen as a Flow: the current one first, then one per event
 * (a letter typed, a filter, a sync, the clock passing a meeting's start). The core decides
 * and words everything; collecting on the UI side only draws. Cancelling the collector drops
 * the subscription in Rust.
 */
fun app.waymark.core.MeetingsScreen.states(): Flow<app.waymark.core.MeetingsState> = callbackFlow {
    val listener = object : app.waymark.core.MeetingsListener {
        override fun onState(state: app.waymark.core.MeetingsState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/*
 * The other screen objects' states as Flows, like MeetingsScreen.states(): the current state
 * first, then a new one after every change to the data under the screen (a write to the
 * vault from anywhere, a sync), a setter, and the clock changing its words (midnight, a
 * meeting's start). Cancelling the collector drops the subscription in Rust.
 */

/** Every state of the Journal screen, as a Flow. */
fun app.waymark.core.JournalScreen.states(): Flow<app.waymark.core.JournalState> = callbackFlow {
    val listener = object : app.waymark.core.JournalListener {
        override fun onState(state: app.waymark.core.JournalState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Sobriety dates screen, as a Flow. */
fun app.waymark.core.SobrietyScreen.states(): Flow<app.waymark.core.SobrietyState> = callbackFlow {
    val listener = object : app.waymark.core.SobrietyListener {
        override fun onState(state: app.waymark.core.SobrietyState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the People to call screen, as a Flow. */
fun app.waymark.core.PeopleScreen.states(): Flow<app.waymark.core.PeopleState> = callbackFlow {
    val listener = object : app.waymark.core.PeopleListener {
        override fun onState(state: app.waymark.core.PeopleState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Settings screen, as a Flow. */
fun app.waymark.core.SettingsScreen.states(): Flow<app.waymark.core.SettingsState> = callbackFlow {
    val listener = object : app.waymark.core.SettingsListener {
        override fun onState(state: app.waymark.core.SettingsState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the My meetings screen, as a Flow. */
fun app.waymark.core.MyMeetingsScreen.states(): Flow<app.waymark.core.MyMeetingsState> = callbackFlow {
    val listener = object : app.waymark.core.MyMeetingsListener {
        override fun onState(state: app.waymark.core.MyMeetingsState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Reminders screen, as a Flow. */
fun app.waymark.core.RemindersScreen.states(): Flow<app.waymark.core.RemindersState> = callbackFlow {
    val listener = object : app.waymark.core.RemindersListener {
        override fun onState(state: app.waymark.core.RemindersState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Rides screen, as a Flow. */
fun app.waymark.core.RidesScreen.states(): Flow<app.waymark.core.RidesState> = callbackFlow {
    val listener = object : app.waymark.core.RidesListener {
        override fun onState(state: app.waymark.core.RidesState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Areas screen, as a Flow. */
fun app.waymark.core.AreasScreen.states(): Flow<app.waymark.core.AreasState> = callbackFlow {
    val listener = object : app.waymark.core.AreasListener {
        override fun onState(state: app.waymark.core.AreasState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}

/** Every state of the Meeting screen, as a Flow. */
fun app.waymark.core.MeetingScreen.states(): Flow<app.waymark.core.MeetingState> = callbackFlow {
    val listener = object : app.waymark.core.MeetingListener {
        override fun onState(state: app.waymark.core.MeetingState) {
            trySend(state)
        }
    }
    val subscription = subscribe(listener)
    awaitClose { subscription.close() }
}
