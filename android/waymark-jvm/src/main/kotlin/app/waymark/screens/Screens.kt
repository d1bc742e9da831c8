// One screen model per screen: thin typed wrappers over ScreenModel that name what a person
// can do on each screen and forward it to the core. The core words every state; these only
// choose which core call a tap or a keystroke becomes.
package app.waymark.screens

import app.waymark.core.AreasScreen
import app.waymark.core.AreasState
import app.waymark.core.AttendanceFilter
import app.waymark.core.ContactRole
import app.waymark.core.JournalScreen
import app.waymark.core.JournalState
import app.waymark.core.JournalView
import app.waymark.core.MeetingScreen
import app.waymark.core.MeetingState
import app.waymark.core.MeetingsOptions
import app.waymark.core.MeetingsScreen
import app.waymark.core.MeetingsState
import app.waymark.core.MyMeetingsScreen
import app.waymark.core.MyMeetingsState
import app.waymark.core.PeopleScreen
import app.waymark.core.PeopleState
import app.waymark.core.PendingReport
import app.waymark.core.ReminderFacts
import app.waymark.core.ReminderRule
import app.waymark.ffi.RemindResult
import app.waymark.core.RemindersAction
import app.waymark.core.RemindersScreen
import app.waymark.core.RemindersState
import app.waymark.core.RestoreReport
import app.waymark.core.BackupSummary
import app.waymark.core.RideFormKind
import app.waymark.core.RideFormState
import app.waymark.core.RidesScreen
import app.waymark.core.RidesState
import app.waymark.core.SettingsScreen
import app.waymark.core.SettingsState
import app.waymark.core.SobrietyScreen
import app.waymark.core.SobrietyState
import app.waymark.core.SourceSyncResult
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.ReminderPlanner
import app.waymark.ffi.RideClient
import app.waymark.rides.GeoPoint
import app.waymark.states
import app.waymark.syncAll
import java.io.File
import java.io.InputStream
import java.io.OutputStream
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.util.concurrent.atomic.AtomicReference
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers

/** "Today" where the person is, as the core's `YYYY-MM-DD`. */
private fun today(options: MeetingsOptions): String {
    val zone = options.viewerTimezone?.let { runCatching { ZoneId.of(it) }.getOrNull() } ?: ZoneId.systemDefault()
    return LocalDate.ofInstant(options.at ?: Instant.now(), zone).toString()
}

/** Syncs the directory; the screens over it hear the new meetings by themselves. */
private suspend fun MeetingDirectory.syncOrFail(): List<SourceSyncResult> = syncAll()

/**
 * The Meetings screen: search as you type, the filter chips, "show more", "update now".
 * Keystrokes are coalesced: while the core is answering one, only the newest text waits, so a
 * fast typist never waits for queries nobody will read.
 */
class MeetingsModel(
    private val directory: MeetingDirectory,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<MeetingsScreen, MeetingsState>(scope, dispatcher, { directory.meetingsScreen(options) }, { it.states() }) {
    private val typed = AtomicReference<String?>(null)

    /** The person typed: [text] is the whole search field. */
    fun search(text: String) {
        typed.set(text)
        send { screen -> typed.getAndSet(null)?.let { screen.setSearch(it) } }
    }

    /** A type chip (`W`, `O`…) tapped. */
    fun toggleType(code: String) = send { it.toggleType(code) }

    /** "In person" / "Online" chip: on, or off with `null`. */
    fun setAttendance(attendance: AttendanceFilter?) = send { it.setAttendance(attendance) }

    /** "Near me" on at the phone's location, or off with `null`. */
    fun setNear(near: GeoPoint?) = send { it.setNear(near) }

    /** The notice's "clear filters". */
    fun clearFilters() = send { it.clearFilters() }

    /** "Show more". */
    fun showMore() = send { it.showMore() }

    /** The app came back to the front: read the meetings again. */
    fun reload() = send { it.reload() }

    /** "Update now" / "Try again": syncs every source (`working` meanwhile). */
    suspend fun updateNow(): List<SourceSyncResult>? = work { directory.syncOrFail() }
}

/**
 * One meeting. [remind] saves it to my meetings and adds a reminder rule, [report] queues a
 * problem report and returns it for the app to open its link. After "Remind me"
 * [remindersChanged] runs (on the dispatcher) so the app can arm the new reminder at once.
 */
class MeetingModel(
    private val directory: MeetingDirectory,
    private val vault: PrivateVault,
    private val id: String,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
    private val remindersChanged: () -> Unit = {},
) : ScreenModel<MeetingScreen, MeetingState>(scope, dispatcher, { directory.meetingScreen(id, options) }, { it.states() }) {
    /**
     * "Remind me": saved to my meetings with the core's default reminder (a rule already set
     * is kept). Returns the rule in force and the core's sentence to show.
     */
    suspend fun remind(): RemindResult? = ask { vault.remindMe(directory, id).also { remindersChanged() } }

    /** "Save to my meetings". Returns false when it was saved already. */
    suspend fun save(): Boolean? = ask { vault.addFavorite(directory, id) }

    /** "Report a problem": kept until the app can open its link (returned). */
    suspend fun report(): PendingReport? = ask { directory.queueReport(id) }

    /** "Add to calendar": the `.ics` text for the app to hand to a calendar app. */
    suspend fun calendar(now: Instant = Instant.now()): String? = ask { vault.exportCalendar(directory, listOf(id), now) }
}

/**
 * My meetings: the saved ones, with "remove". Removing one also ends its reminders, so
 * [remindersChanged] runs after it (on the dispatcher) for the app to cancel its alarms.
 */
class MyMeetingsModel(
    private val vault: PrivateVault,
    directory: MeetingDirectory,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
    private val remindersChanged: () -> Unit = {},
) : ScreenModel<MyMeetingsScreen, MyMeetingsState>(scope, dispatcher, { vault.myMeetingsScreenObject(directory, options) }, { it.states() }) {
    /** A row's "remove from my meetings". */
    fun remove(meetingId: String) = send { vault.removeFavorite(meetingId); remindersChanged() }
}

/**
 * Reminders. The platform's answers (notifications allowed, exact alarms, what is pending)
 * come in through [setFacts]; the core says what is wrong and which fix to offer. After every
 * change [afterChange] runs (on the dispatcher) so the app can re-arm its alarms.
 */
class RemindersModel(
    vault: PrivateVault,
    directory: MeetingDirectory,
    facts: ReminderFacts,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
    private val afterChange: () -> Unit = {},
) : ScreenModel<RemindersScreen, RemindersState>(scope, dispatcher, { vault.reminders().screenObject(directory, facts, options) }, { it.states() }) {
    // Made on first use, on the dispatcher (it is a core call).
    private val planner: ReminderPlanner by lazy { vault.reminders() }

    private fun change(block: () -> Unit) = send {
        block()
        afterChange()
    }

    /** The platform's answers changed (the person came back from the system settings). */
    fun setFacts(facts: ReminderFacts) = send { it.setFacts(facts) }

    /** A reminder for [meetingId], [leadMinutes] before each meeting. */
    fun setRule(meetingId: String, leadMinutes: List<UInt>) =
        change { planner.setRule(ReminderRule(meetingId, leadMinutes, byteArrayOf(), false, null)) }

    /** A row's "stop reminding me". */
    fun clearRule(meetingId: String) = change { planner.clearRule(meetingId) }

    /** "Not this week". */
    fun skipNext(meetingId: String, now: Instant = Instant.now()) = change { planner.skipNext(meetingId, now) }

    /** Pause until a day (`YYYY-MM-DD`), or resume with `null` (the RESUME_REMINDERS fix). */
    fun pauseUntil(date: String?) = change { planner.pauseUntil(date) }

    /** Discreet lock-screen text on or off. */
    fun setDiscreet(discreet: Boolean) = change { planner.setDiscreet(discreet) }

    /** A daily check-in at a minute of the day; an empty label lets the core name it. */
    fun addDaily(minuteOfDay: UInt, label: String = "") = change { planner.addDaily(minuteOfDay, label) }

    /** One of the screen's own buttons (`state.actions`): a week off, or the daily check-in. */
    fun perform(action: RemindersAction) = change { planner.perform(action) }

    /** Removes a daily check-in. */
    fun removeDaily(id: String) = change { planner.removeDaily(id) }
}

/** The journal: search as you type (coalesced like the Meetings search), kinds, trash. */
class JournalModel(
    private val vault: PrivateVault,
    view: JournalView,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<JournalScreen, JournalState>(scope, dispatcher, { vault.journalScreenObject(view, options) }, { it.states() }) {
    private val typed = AtomicReference<String?>(null)

    /** The person typed in the search field. */
    fun search(text: String) {
        typed.set(text)
        send { screen -> typed.getAndSet(null)?.let { screen.setSearch(it) } }
    }

    /** Another kind, the trash, or back to everything. */
    fun setView(view: JournalView) = send { it.setView(view) }

    /** An entry to the trash. */
    fun delete(id: String) = send { vault.deleteEntry(id) }

    /** An entry back from the trash. */
    fun restore(id: String) = send { vault.restoreEntry(id) }
}

/** The sobriety dates: add, edit, start again from today (after the core's kind confirmation), remove. */
class SobrietyModel(
    private val vault: PrivateVault,
    private val options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<SobrietyScreen, SobrietyState>(scope, dispatcher, { vault.sobrietyScreenObject(options) }, { it.states() }) {
    /** A new date (`YYYY-MM-DD`) with its name. */
    fun add(date: String, label: String) = send { vault.addSobrietyDate(date, label, today(options)) }

    /** A date or its name changed (`null` keeps the name). */
    fun edit(id: String, date: String, label: String?) = send { vault.setSobrietyDate(id, date, label, today(options)) }

    /** "Start again": the count starts from today; the name stays. */
    fun startAgain(id: String) = send { val t = today(options); vault.setSobrietyDate(id, t, null, t) }

    /** Removes a date. */
    fun remove(id: String) = send { vault.removeSobrietyDate(id) }
}

/**
 * Car-pools, on the board chosen in Settings (kept in the vault). With none, the screen is the
 * vault's, which says so and offers to set one, and offers and requests wait in the outbox;
 * with a board, its client's, with "sync now", accept, cancel and retry.
 */
class RidesModel private constructor(
    private val vault: PrivateVault,
    private val client: Lazy<RideClient?>,
    private val directory: MeetingDirectory?,
    private val options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher,
) : ScreenModel<RidesScreen, RidesState>(
    scope, dispatcher,
    { client.value?.screenObject(directory, options) ?: vault.ridesScreenObject(directory, options) },
    { it.states() },
) {
    constructor(
        vault: PrivateVault,
        directory: MeetingDirectory?,
        options: MeetingsOptions,
        scope: CoroutineScope,
        dispatcher: CoroutineDispatcher = Dispatchers.IO,
    ) : this(vault, lazy { vault.chosenRideClient() }, directory, options, scope, dispatcher)

    /** "Sync now": sends the outbox and fetches matches (`working` meanwhile); `null` with no board. */
    suspend fun syncNow(): Boolean? = work { client.value?.let { it.sync(); true } }

    /** The form behind "offer a ride" or "ask for a ride": my meetings, their next days, the seats. */
    suspend fun form(kind: RideFormKind): RideFormState? = directory?.let { d -> ask { vault.rideForm(kind, d, options) } }

    /**
     * Saves the form: seats offered (or, for [RideFormKind.ASK], one asked for) to [meetingId]
     * on [date] (a day of the form), from [from] (only its ~1 km area leaves the phone). Returns
     * the ride's id, or `null` with the core's words in `problem`.
     */
    suspend fun save(form: RideFormState, meetingId: String, date: String, seats: UByte, from: GeoPoint): String? {
        val d = directory ?: return null
        return ask {
            when (form.kind) {
                RideFormKind.OFFER ->
                    vault.offerRide(d, meetingId, date, seats, from, null, form.detourMinutes, false, false)
                RideFormKind.ASK -> vault.askForRide(d, meetingId, date, from, null, false, false)
            }
        }
    }

    /** "Accept", with the public pickup point chosen (or `null`). */
    fun accept(matchId: String, pickup: GeoPoint?) = send { client.value?.accept(matchId, pickup) }

    /** "Cancel" an offer, a request or a match. */
    fun cancel(rideId: String) = send { client.value?.cancel(rideId) }

    /** "Retry" an operation the board refused. */
    fun retry(opId: String) = send { client.value?.retry(opId) }
}

/** People to call: add, remove (the call and text links are in the state). */
class PeopleModel(
    private val vault: PrivateVault,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<PeopleScreen, PeopleState>(scope, dispatcher, { vault.peopleScreenObject(options) }, { it.states() }) {
    /** Someone new, with their role and number. */
    fun add(name: String, role: ContactRole, phone: String) = send { vault.addContact(name, role, phone) }

    /** A row's "remove", after the core's confirmation. */
    fun remove(id: String) = send { vault.removeContact(id) }
}

/**
 * Settings: language, discreet reminders, app lock, backups through a stream the app opens
 * (the system file picker's document), delete everything. After anything that changes what a
 * reminder says or whether it exists (discreet text, language, a restore, deleting
 * everything), [remindersChanged] runs on the dispatcher so the app can set its alarms again.
 */
class SettingsModel(
    private val vault: PrivateVault,
    phoneLocale: String,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
    private val remindersChanged: () -> Unit = {},
) : ScreenModel<SettingsScreen, SettingsState>(scope, dispatcher, { vault.settingsScreenObject(phoneLocale, options) }, { it.states() }) {
    /** The phone's own language changed. */
    fun setPhoneLocale(locale: String) = send { it.setPhoneLocale(locale) }

    /** A language chosen (`null`: the phone's). The app then opens its screens again in [PrivateVault.screenLocale]. */
    suspend fun setLanguage(tag: String?): Boolean? = ask { vault.setLanguage(tag); remindersChanged(); true }

    /** Discreet reminder text on or off. */
    fun setDiscreet(on: Boolean) = send { vault.reminders().setDiscreet(on); remindersChanged() }

    /** The car-pool board in use (its full address, to change it), or `null` with none. */
    suspend fun rideServer(): String? = ask { vault.rideServer() }

    /** The car-pool board's address (checked by the core; blank turns car-pools off). */
    suspend fun setRideServer(address: String): Boolean? = ask { vault.setRideServer(address); true }

    /** The app lock on or off (the app asks for the fingerprint or PIN first). */
    fun setAppLock(on: Boolean) = send { vault.setAppLock(on) }

    /** Writes an encrypted backup into [out] (the picked document), through a file in [scratch]. */
    suspend fun writeBackup(passphrase: String, scratch: File, out: () -> OutputStream): BackupSummary? =
        work { Backups.write(vault, passphrase, scratch, out) }

    /** Restores a backup read from [input] (the picked document), through a file in [scratch]. */
    suspend fun restoreBackup(passphrase: String?, scratch: File, input: () -> InputStream): RestoreReport? =
        work { Backups.restore(vault, passphrase, scratch, input).also { remindersChanged() } }

    /** The journal as Markdown in the screen's language, for the app to share or save. */
    suspend fun exportJournal(locale: String): String? = ask { vault.exportMarkdownInLocale(locale) }

    /** "Delete everything", after the core's confirmation. */
    suspend fun deleteEverything(): Boolean? = ask { vault.eraseEverything(); remindersChanged(); true }
}

/**
 * The areas and feeds the directory follows; on a new phone (`firstRun`) the welcome that
 * asks for an area. Adding an area or a feed syncs at once.
 */
class AreasModel(
    private val directory: MeetingDirectory,
    options: MeetingsOptions,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<AreasScreen, AreasState>(scope, dispatcher, { directory.areasScreenObject(options) }, { it.states() }) {
    /**
     * "Use my location" / "Choose on the map": subscribes to the relay's tiles around
     * [center] (the point itself is not kept), then syncs.
     */
    suspend fun addArea(relay: String, publicKey: String, center: GeoPoint, radiusKm: Double, label: String?): List<SourceSyncResult>? =
        work {
            directory.addArea(relay, publicKey, center, radiusKm, label)
            directory.syncOrFail()
        }

    /** "Add a feed" by its address, then syncs. */
    suspend fun addFeed(location: String): List<SourceSyncResult>? =
        work {
            directory.addSource(location, null, null, null)
            directory.syncOrFail()
        }

    /** "Update now" / "Try again". */
    suspend fun updateNow(): List<SourceSyncResult>? = work { directory.syncOrFail() }

    /** An area's "remove". */
    fun removeArea(id: Long) = send { directory.removeArea(id) }

    /** A feed's "remove" (a feed added by hand, by its row's source id). */
    fun removeFeed(sourceId: String) = send { directory.removeSource(sourceId) }
}
