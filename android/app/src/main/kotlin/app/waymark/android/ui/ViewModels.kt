// One ViewModel per screen. Each only holds its screen model (app.waymark.screens, tested on
// the JVM) in viewModelScope: the model makes every core call on Dispatchers.IO, exposes the
// state as a StateFlow, and closes the core object when the ViewModel is cleared.
package app.waymark.android.ui

import android.app.Application
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import app.waymark.android.Core
import app.waymark.android.CoreSession
import app.waymark.android.ReminderScheduler
import app.waymark.android.UnlockResult
import app.waymark.core.EditorView
import app.waymark.core.EntryKind
import app.waymark.core.JournalView
import app.waymark.screens.AreasModel
import app.waymark.screens.Destination
import app.waymark.screens.EditorModel
import app.waymark.screens.JournalModel
import app.waymark.screens.MeetingModel
import app.waymark.screens.MeetingsModel
import app.waymark.screens.MyMeetingsModel
import app.waymark.screens.PeopleModel
import app.waymark.screens.RemindersModel
import app.waymark.screens.RidesModel
import app.waymark.screens.SettingsModel
import app.waymark.screens.SobrietyModel
import app.waymark.ffi.WaymarkException
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** Where the app is before any screen: opening the core, locked, ready, or unable to open. */
sealed interface AppState {
    /** Opening the directory and the vault (a moment, off the main thread). */
    data object Opening : AppState

    /** The app lock is on: nothing is shown until the person unlocks; [last] says why it is still locked. */
    data class Locked(val last: UnlockResult?) : AppState

    /** Open: draw the screens, starting at [start]. */
    data class Ready(val session: CoreSession, val start: Destination) : AppState

    /** The core could not open; [message] is its words, or `null` for the app's. */
    data class Failed(val message: String?) : AppState
}

/**
 * The app's gate: opens the core off the main thread, keeps the app locked until the person
 * unlocks (when the lock is on), and reopens the screens after a language change.
 */
class AppViewModel(private val app: Application) : AndroidViewModel(app) {
    private val mutable = MutableStateFlow<AppState>(AppState.Opening)

    /** What to draw. */
    val state: StateFlow<AppState> = mutable.asStateFlow()

    private var session: CoreSession? = null
    private var firstLink: String? = null

    private val links = MutableStateFlow<Destination?>(null)

    /** A deep link that arrived while the app was open, to navigate to once. */
    val pendingLink: StateFlow<Destination?> = links.asStateFlow()

    /** Opens the core (once); [link] is the intent's `waymark://` link, if any. */
    fun open(link: String?) {
        if (session != null || mutable.value is AppState.Failed) return
        firstLink = link
        viewModelScope.launch {
            val opened = withContext(Dispatchers.IO) { runCatching { Core.session(app) } }
            opened.onSuccess { s ->
                session = s
                mutable.value = if (s.appLock) AppState.Locked(null) else ready(s)
            }.onFailure { e ->
                mutable.value = AppState.Failed((e as? WaymarkException)?.message)
            }
        }
    }

    /**
     * Open at the meetings (or, on a new phone, the area setup); a link the app was opened
     * with is followed from there, so "back" leads somewhere.
     */
    private fun ready(s: CoreSession): AppState.Ready {
        Destination.link(firstLink)?.let { links.value = it }
        firstLink = null
        return AppState.Ready(s, Destination.start(null, s.firstRun))
    }

    /** Try opening again after [AppState.Failed]. */
    fun retry() {
        mutable.value = AppState.Opening
        open(firstLink)
    }

    /** The unlock prompt ended. */
    fun unlocked(result: UnlockResult) {
        val s = session ?: return
        mutable.value = if (result == UnlockResult.Unlocked) ready(s) else AppState.Locked(result)
    }

    /** The app went to the background: lock again when the lock is on. */
    fun lockIfOn() {
        val s = session ?: return
        if (s.appLock && mutable.value is AppState.Ready) mutable.value = AppState.Locked(null)
    }

    /** A `waymark://` link arrived while open (a notification tapped). */
    fun link(uri: String?) {
        Destination.link(uri)?.let { links.value = it }
    }

    /** The link has been followed. */
    fun linkFollowed() {
        links.value = null
    }

    /**
     * Something the screens are worded with changed (the language, the app lock): read the
     * session again and reopen the screens.
     */
    fun reopen(at: Destination) {
        viewModelScope.launch {
            val s = withContext(Dispatchers.IO) { runCatching { Core.session(app) } }.getOrNull() ?: return@launch
            session = s
            mutable.value = AppState.Ready(s, at)
        }
    }
}

/** Meetings. */
class MeetingsViewModel(s: CoreSession) : ViewModel() {
    val model = MeetingsModel(s.directory, s.options, viewModelScope)
}

/** One meeting. */
class MeetingViewModel(app: Application, s: CoreSession, id: String) : AndroidViewModel(app) {
    // "Remind me" arms the new reminder at once.
    val model = MeetingModel(
        s.directory, s.vault, id, s.options, viewModelScope,
        remindersChanged = { runCatching { ReminderScheduler.rearm(app) } },
    )
}

/** My meetings. */
class MyMeetingsViewModel(app: Application, s: CoreSession) : AndroidViewModel(app) {
    // Removing a meeting cancels its alarms at once.
    val model = MyMeetingsModel(
        s.vault, s.directory, s.options, viewModelScope,
        remindersChanged = { runCatching { ReminderScheduler.rearm(app) } },
    )
}

/** Reminders: every change re-arms the alarms (on the model's IO dispatcher). */
class RemindersViewModel(app: Application, s: CoreSession) : AndroidViewModel(app) {
    val model = RemindersModel(
        s.vault, s.directory, ReminderScheduler.facts(app), s.options, viewModelScope,
        afterChange = { runCatching { ReminderScheduler.rearm(app) } },
    )

    /** The person came back (maybe from the system settings): the platform's answers again. */
    fun refreshFacts() = model.setFacts(ReminderScheduler.facts(getApplication()))
}

/** The journal. */
class JournalViewModel(s: CoreSession) : ViewModel() {
    val model = JournalModel(s.vault, JournalView(), s.options, viewModelScope)
}

/** The entry editor, for a new entry of [kind] or the entry [entryId]. */
class EditorViewModel(private val s: CoreSession, kind: EntryKind, entryId: String?) : ViewModel() {
    val model = EditorModel(s.vault, s.options, EditorView(kind, entryId = entryId), viewModelScope)

    /** "Save": a hard check-in's next step names the next meetings from the directory (never a place). */
    suspend fun save() = model.save(s.directory)
}

/** Sobriety dates. */
class SobrietyViewModel(s: CoreSession) : ViewModel() {
    val model = SobrietyModel(s.vault, s.options, viewModelScope)
}

/** Car-pools, on the board chosen in Settings and kept in the vault (or none). */
class RidesViewModel(app: Application, s: CoreSession) : AndroidViewModel(app) {
    val model = RidesModel(s.vault, s.directory, s.options, viewModelScope)
}

/** People to call. */
class PeopleViewModel(s: CoreSession) : ViewModel() {
    val model = PeopleModel(s.vault, s.options, viewModelScope)
}

/** Settings: a change to what reminders say (or whether there are any) sets every alarm again. */
class SettingsViewModel(app: Application, s: CoreSession) : AndroidViewModel(app) {
    val model = SettingsModel(
        s.vault, s.phoneLocale, s.options, viewModelScope,
        remindersChanged = { runCatching { ReminderScheduler.rearm(app, everythingLost = true) } },
    )
}

/** Areas and feeds (and the first-run setup). */
class AreasViewModel(s: CoreSession) : ViewModel() {
    val model = AreasModel(s.directory, s.options, viewModelScope)
}
