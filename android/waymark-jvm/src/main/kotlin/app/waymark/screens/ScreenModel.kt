// The screen models: one core screen object each, lifecycle-free, tested on a plain JVM.
//
// A screen model is what an Android ViewModel (or anything with a CoroutineScope) holds: it
// opens the core's screen object off the caller's thread, hears every state the core
// publishes, forwards what the person does to the core in the order they did it, turns
// failures into state, and closes the core object when its scope ends. It decides nothing
// about what a screen shows: every word and every choice on offer is in the core's state.
package app.waymark.screens

import app.waymark.ffi.WaymarkException
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.NonCancellable
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.catch
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * Something that went wrong, for the screen to show.
 *
 * [message] is the core's own words, already in the person's language (a
 * [WaymarkException]'s message; `setAppLocale` chooses the language). It is `null` when the
 * failure did not come from the core (a platform error): the app then shows its own kind,
 * translated words instead. [opening] is true when the screen could not even be opened, so
 * there is no state to draw: the app shows the failure with a "try again" ([ScreenModel.retry]).
 */
data class Failure(val message: String?, val cause: Throwable, val opening: Boolean = false)

/**
 * What a screen draws at any moment.
 *
 * - [state] is the core's latest state (`null` until the first one arrives: draw nothing
 *   or a quiet placeholder, never a blank error).
 * - [failure] is the last thing that went wrong, until [ScreenModel.dismissFailure]; the
 *   state stays as it was (nothing is half-done in the core).
 * - [working] is true while a long job runs (a sync, a backup), for a progress indicator.
 * - [closed] is true once the core object has been closed; nothing more will arrive.
 */
data class ScreenUi<out S>(
    val state: S? = null,
    val failure: Failure? = null,
    val working: Boolean = false,
    val closed: Boolean = false,
)

/**
 * One core screen object, held for as long as [scope] lives.
 *
 * Every call into the core runs on [dispatcher] ([Dispatchers.IO] by default), never on the
 * caller's thread, so a ViewModel on the main thread can call any method here. Calls made
 * through [send] and [ask] run one at a time, in the order they were made (a keystroke never
 * overtakes the one before it); long jobs ([work]) run beside them. The state comes from the
 * core's own subscription ([states]): the current state first, then one after every change,
 * whoever made it (this screen, another screen, a background sync, the clock). When [scope]
 * ends (a ViewModel cleared) or [close] is called, the subscription is dropped and the core
 * object closed.
 *
 * @param open makes the core screen object (runs on [dispatcher]).
 * @param states the core object's states as a Flow (the `states()` extensions in Waymark.kt).
 * @param release closes the core object; `close()` by default.
 */
open class ScreenModel<O : Any, S : Any>(
    scope: CoroutineScope,
    private val dispatcher: CoroutineDispatcher = Dispatchers.IO,
    private val open: () -> O,
    private val states: (O) -> Flow<S>,
    private val release: (O) -> Unit = { (it as? AutoCloseable)?.close() },
) : AutoCloseable {
    private val mutableUi = MutableStateFlow(ScreenUi<S>())

    /** What to draw, as a StateFlow (collect it with the lifecycle, e.g. `collectAsStateWithLifecycle`). */
    val ui: StateFlow<ScreenUi<S>> = mutableUi.asStateFlow()

    private val calls = Channel<suspend (O) -> Unit>(Channel.UNLIMITED)
    private val retries = Channel<Unit>(Channel.CONFLATED)
    private val opened = CompletableDeferred<O>()
    private val jobs = AtomicInteger(0)
    private val job: Job = scope.launch(dispatcher) { run() }

    private suspend fun run() {
        var screen: O? = null
        while (screen == null) {
            screen = try {
                open()
            } catch (e: CancellationException) {
                throw e
            } catch (e: Exception) {
                fail(e, opening = true)
                null
            }
            if (screen == null) retries.receive()
        }
        mutableUi.update { it.copy(failure = null) }
        opened.complete(screen)
        try {
            coroutineScope {
                launch {
                    states(screen)
                        .catch { e -> if (e is Exception) fail(e) else throw e }
                        .collect { s -> mutableUi.update { it.copy(state = s) } }
                }
                for (call in calls) {
                    attempt { call(screen) }
                }
            }
        } finally {
            withContext(NonCancellable) {
                runCatching { release(screen) }
                mutableUi.update { it.copy(closed = true, working = false) }
            }
        }
    }

    private inline fun attempt(block: () -> Unit): Boolean = try {
        block()
        true
    } catch (e: CancellationException) {
        throw e
    } catch (e: Exception) {
        fail(e)
        false
    }

    private fun fail(e: Exception, opening: Boolean = false) {
        val words = (e as? WaymarkException)?.message
        mutableUi.update { it.copy(failure = Failure(words, e, opening)) }
    }

    /** Runs [call] with the core object on the dispatcher, after every call made before it. */
    fun send(call: suspend (O) -> Unit) {
        calls.trySend(call)
    }

    /**
     * Like [send], and returns what [call] returned, or `null` when it failed (the failure is
     * then in [ui]) or the screen closed first.
     */
    suspend fun <R> ask(call: suspend (O) -> R): R? {
        val answer = CompletableDeferred<R?>()
        if (calls.trySend { screen ->
                try {
                    answer.complete(call(screen))
                } finally {
                    answer.complete(null)
                }
            }.isFailure
        ) {
            return null
        }
        job.invokeOnCompletion { answer.complete(null) }
        return answer.await()
    }

    /**
     * A long job (a sync, a backup) on the dispatcher, beside the ordered calls: [ui]'s
     * `working` is true until it ends; a failure goes into [ui]. Returns what [block]
     * returned, or `null` when it failed or the screen closed first.
     */
    suspend fun <R> work(block: suspend (O) -> R): R? {
        if (!job.isActive) return null
        return withContext(dispatcher) {
            val screen = opened.await()
            if (jobs.getAndIncrement() == 0) mutableUi.update { it.copy(working = true) }
            try {
                var result: R? = null
                attempt { result = block(screen) }
                result
            } finally {
                if (jobs.decrementAndGet() == 0) mutableUi.update { it.copy(working = false) }
            }
        }
    }

    /** Tries again to open a screen that could not be opened ([Failure.opening]). */
    fun retry() {
        retries.trySend(Unit)
    }

    /** The failure has been shown: forget it. */
    fun dismissFailure() {
        mutableUi.update { it.copy(failure = null) }
    }

    /** Closes the core object now instead of when the scope ends. */
    override fun close() {
        calls.close()
        job.cancel()
    }

    /** Suspends until the core object is closed (after [close] or the end of the scope). */
    suspend fun join() = job.join()
}
