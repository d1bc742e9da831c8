// The Kotlin API on a plain JVM against the real libwaymark_ffi: every exported area.
//
// Run by `cargo test` (bindings/uniffi-bindgen/tests/bindings.rs), which serves the feeds on
// loopback and starts the real waymark-server, and passes their addresses in:
//   WAYMARK_FEED_URL   a Meeting Guide feed with the Tuesday meetings below
//   WAYMARK_SLOW_URL   a feed that trickles out slowly (for cancel)
//   WAYMARK_SERVER     the car-pool board
//   WAYMARK_WORK_DIR   a fresh folder for files
// The screen models' tests (ScreenModelTest.kt) run after these.
// Prints "N passed, M failed" and exits 1 if anything failed.
package app.waymark.tests

import app.waymark.SyncEvent
import app.waymark.core.AttendanceFilter
import app.waymark.core.EntryKind
import app.waymark.core.FavoriteStatus
import app.waymark.core.OpKind
import app.waymark.core.OpState
import app.waymark.core.Halt
import app.waymark.rides.MatchState
import app.waymark.core.NewEntry
import app.waymark.core.ReminderFacts
import app.waymark.core.ReminderFix
import app.waymark.core.ReminderRule
import app.waymark.core.NoticeKind
import app.waymark.core.RideStatus
import app.waymark.core.RidesAction
import app.waymark.core.RidesSectionKind
import app.waymark.rides.GeoPoint
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.meetingTypes
import app.waymark.ffi.resolveMeetingType
import app.waymark.ffi.setAppLocale
import app.waymark.core.ContactRole
import app.waymark.core.JournalView
import app.waymark.core.PeopleAction
import app.waymark.core.SobrietyAction
import app.waymark.core.MeetingAction
import app.waymark.core.MeetingQuery
import app.waymark.core.MeetingsAction
import app.waymark.core.MyMeetingsAction
import app.waymark.core.AreasAction
import app.waymark.core.EditorView
import app.waymark.core.FieldKind
import app.waymark.core.SettingsAction
import app.waymark.core.SettingsState
import app.waymark.core.MeetingsOptions
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.SyncListener
import app.waymark.ffi.WaymarkException
import app.waymark.minutesOf
import app.waymark.states
import app.waymark.syncAll
import app.waymark.syncEvents
import java.io.File
import java.time.DayOfWeek
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.temporal.TemporalAdjusters
import kotlin.system.exitProcess
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.flow.onEach
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import app.waymark.core.PeopleListener
import app.waymark.core.PeopleState

internal val work = File(System.getenv("WAYMARK_WORK_DIR") ?: error("WAYMARK_WORK_DIR"))
internal val feedUrl = System.getenv("WAYMARK_FEED_URL") ?: error("WAYMARK_FEED_URL")
internal val slowUrl = System.getenv("WAYMARK_SLOW_URL") ?: error("WAYMARK_SLOW_URL")
internal val server = System.getenv("WAYMARK_SERVER") ?: error("WAYMARK_SERVER")
internal val relayUrl = System.getenv("WAYMARK_RELAY_URL") ?: error("WAYMARK_RELAY_URL")
internal val relayKey = System.getenv("WAYMARK_RELAY_KEY") ?: error("WAYMARK_RELAY_KEY")

internal fun check(condition: Boolean, message: () -> String) {
    if (!condition) throw AssertionError(message())
}

internal inline fun <reified E : Throwable> expectThrows(block: () -> Unit): E {
    try {
        block()
    } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("expected ${E::class.simpleName}, got $e")
    }
    throw AssertionError("expected ${E::class.simpleName}, nothing was thrown")
}

internal var dirs = 0
internal fun freshDir(): File = File(work, "t${dirs++}").also { it.mkdirs() }

/** A synced directory with the feed's meetings. */
internal fun syncedDirectory(): MeetingDirectory {
    val dir = MeetingDirectory.open(File(freshDir(), "directory.sqlite").path)
    dir.addSource(feedUrl, "wales", "aa", null)
    val results = runBlocking { dir.syncAll() }
    check(results.single().ok) { "sync failed: $results" }
    return dir
}

internal fun nextTuesday(): String =
    LocalDate.now(ZoneId.of("Europe/London")).plusDays(2)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).toString()

private val tests = linkedMapOf<String, () -> Unit>(
    "an area from a relay brings its meetings and online ones, with their freshness" to {
        val dir = MeetingDirectory.open(File(freshDir(), "directory.sqlite").path)
        dir.use {
            expectThrows<WaymarkException.InvalidInput> {
                dir.addArea(relayUrl, "waymark-relay-v1:nope", GeoPoint(52.41, -4.08), 30.0, null)
            }
            val area = dir.addArea(relayUrl, relayKey, GeoPoint(52.41, -4.08), 30.0, "Home")
            check(area.label == "Home" && area.tiles.isNotEmpty()) { "$area" }
            val results = runBlocking { dir.syncAll() }
            check(results.single().ok) { "sync failed: $results" }
            // The two Aberystwyth meetings from their tile, the online one from the pack.
            check(dir.meetingCount() == 3uL) { "count ${dir.meetingCount()}" }
            val near = dir.search(MeetingQuery(near = GeoPoint(52.41, -4.08), radiusKm = 5.0))
            check(near.map { it.name }.toSet() == setOf("Hope on Tuesday", "Steps at Noon")) { "$near" }
            val fresh = dir.relaySources(Instant.now()).single()
            check(fresh.freshness.startsWith("Updated") && fresh.freshness.endsWith("Aberystwyth intergroup")) { "$fresh" }
            // Nothing new at the relay: the next sync keeps everything.
            check(runBlocking { dir.syncAll() }.single().ok) { "second sync" }
            check(dir.meetingCount() == 3uL) { "kept" }
            dir.removeArea(dir.areas().single().id)
            check(dir.meetingCount() == 0uL && dir.areas().isEmpty()) { "removed" }
        }
    },
    "the Meetings and Meeting screens come worded from the core, in Welsh and Spanish" to {
        syncedDirectory().use { dir ->
            // A Tuesday in London, 18:30.
            val at = Instant.parse("2026-11-24T18:30:00Z")
            val welsh = MeetingsOptions(locale = "cy-GB", viewerTimezone = "Europe/London", at = at)
            val hopeId = dir.meetingsScreen(welsh).use { screen ->
                val s = screen.state()
                check(s.title == "Cyfarfodydd") { s.title }
                check(s.sections.map { it.heading } == listOf("Yn nes ymlaen heddiw", "Yfory")) { "${s.sections}" }
                val hope = s.sections[0].rows[0]
                check(hope.name == "Hope on Tuesday" && hope.`when` == "mewn 30 munud (19:00)") { "$hope" }
                // Search as you type, heard through the Flow: the first state, then the typed one.
                val states = runBlocking {
                    screen.states().take(2)
                        .onEach { if (it.searchText.isEmpty()) screen.setSearch("hop") }
                        .toList()
                }
                val names = states[1].sections.flatMap { it.rows }.map { it.name }
                check(names == listOf("Hope on Tuesday")) { "$names" }
                // Nothing matches: a kind message and a way back, in Welsh.
                val miss = screen.setSearch("zzz")
                check(miss.sections.isEmpty() && miss.notices[0].title == "Does dim cyfarfodydd yn cyfateb") { "${miss.notices}" }
                check(miss.actions.any { it.action == MeetingsAction.CLEAR_FILTERS && it.label == "Clirio'r hidlwyr" }) { "${miss.actions}" }
                hope.id
            }
            val spanish = MeetingsOptions(locale = "es-ES", viewerTimezone = "Europe/London", at = at)
            dir.meetingScreen(hopeId, spanish).use { m ->
                val st = m.state()
                check(st.found && st.schedule == "martes, 19:00–20:00 (Europe/London)") { st.schedule }
                check(st.next == "Próxima: en 30 min (19:00)") { "${st.next}" }
                val directions = st.actions.first { it.action == MeetingAction.DIRECTIONS }
                check(directions.label == "Cómo llegar" && directions.url!!.startsWith("geo:")) { "$directions" }
            }
            dir.meetingScreen("nobody:nothing", spanish).use { m ->
                val st = m.state()
                check(!st.found && st.title == "Esta reunión ya no aparece") { st.title }
            }
        }
    },
    "the Reminders screen words each rule and gives every problem its fix, in Welsh" to {
        syncedDirectory().use { dir ->
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 4 }).use { v ->
                val options = MeetingsOptions(locale = "cy-GB", viewerTimezone = "Europe/London",
                    at = Instant.parse("2026-11-24T12:00:00Z"))
                val reminders = v.reminders()
                val empty = reminders.screen(dir, ReminderFacts(notificationsAllowed = true), options)
                check(empty.rows.isEmpty() && empty.notices[0].title == "Dim nodiadau atgoffa eto") { "$empty" }
                check(v.addFavorite(dir, "wales:tue-eve")) { "added" }
                reminders.setRule(ReminderRule("wales:tue-eve", listOf(60u, 15u), byteArrayOf(), false, null))
                val s = reminders.screen(dir, ReminderFacts(notificationsAllowed = false, exactAlarmsAllowed = false), options)
                val row = s.rows.single()
                check(row.name == "Hope on Tuesday" && row.`when` == "heddiw 19:00") { "$row" }
                check(row.leads == "awr cyn a 15 munud cyn" && row.lockScreen == "Yn ddisylw ar y sgrin glo") { "$row" }
                check(s.issues.map { it.fix } == listOf(ReminderFix.TURN_ON_NOTIFICATIONS, ReminderFix.ALLOW_EXACT_ALARMS)) {
                    "${s.issues}"
                }
                check(s.issues[0].fixLabel == "Troi hysbysiadau ymlaen") { "${s.issues[0]}" }
            }
        }
    },
    "the My meetings screen lists saved meetings with when they next meet, in Welsh" to {
        syncedDirectory().use { dir ->
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 6 }).use { v ->
                val options = MeetingsOptions(locale = "cy-GB", viewerTimezone = "Europe/London",
                    at = Instant.parse("2026-11-24T12:00:00Z"))
                val empty = v.myMeetingsScreen(dir, options)
                check(empty.title == "Fy nghyfarfodydd" && empty.rows.isEmpty()) { "$empty" }
                check(empty.actions.single().action == MyMeetingsAction.FIND_MEETINGS) { "${empty.actions}" }
                check(v.addFavorite(dir, "wales:tue-eve")) { "added" }
                val s = v.myMeetingsScreen(dir, options)
                val row = s.rows.single()
                check(row.row.name == "Hope on Tuesday" && row.row.`when` == "heddiw 19:00") { "$row" }
                check(row.status == FavoriteStatus.LISTED && row.statusNote == null) { "$row" }
                check(row.actions.single().label == "Tynnu o fy nghyfarfodydd") { "${row.actions}" }
                check(s.accessibilitySummary == "Un cyfarfod wedi'i gadw.") { s.accessibilitySummary }
            }
        }
    },
    "the Settings screen shows each choice as made, and delete everything empties the vault, in Spanish" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 7 }).use { v ->
            check(v.screenLocale("es_ES") == "es") { "phone" }
            val options = MeetingsOptions(locale = v.screenLocale("es_ES"), viewerTimezone = "Europe/Madrid", at = Instant.now())
            val fresh = v.settingsScreen("es_ES", options)
            check(fresh.title == "Ajustes") { fresh.title }
            val rows = { s: SettingsState -> s.sections.flatMap { it.rows }.associateBy { it.action } }
            check(rows(fresh)[SettingsAction.TOGGLE_DISCREET]?.toggle == true) { "discreet by default" }
            check(rows(fresh)[SettingsAction.TOGGLE_APP_LOCK]?.toggle == false) { "no lock by default" }
            check(fresh.languages.first().label == "El idioma del teléfono (Español)") { "${fresh.languages}" }
            v.setAppLock(true)
            v.setLanguage("cy")
            check(runCatching { v.setLanguage("fr") }.isFailure) { "French is not offered yet" }
            check(v.screenLocale("es_ES") == "cy") { "chosen" }
            val chosen = v.settingsScreen("es_ES", options.copy(locale = v.screenLocale("es_ES")))
            check(chosen.title == "Gosodiadau" && rows(chosen)[SettingsAction.TOGGLE_APP_LOCK]?.toggle == true) { "$chosen" }
            check(rows(chosen)[SettingsAction.DELETE_EVERYTHING]?.destructive == true) { "destructive" }
            v.addEntry(NewEntry(EntryKind.NOTE, "una línea privada", null, null,
                Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            v.eraseEverything()
            check(v.searchEntries("privada", 10u).isEmpty() && !v.appLock()) { "erased" }
            check(v.screenLocale("es_ES") == "es") { "follows the phone again" }
        }
    },
    "the entry editor asks a check-in's mood, craving and HALT, then a template's prompts, in Welsh" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 8 }).use { v ->
            val options = MeetingsOptions(locale = "cy", viewerTimezone = "Europe/London", at = Instant.now())
            val s = v.entryEditor(EditorView(EntryKind.CHECKIN), options)
            check(s.title == "Gwirio i mewn newydd") { s.title }
            check(s.fields.map { it.kind }.take(3) == listOf(FieldKind.MOOD, FieldKind.CRAVING, FieldKind.HALT)) { "${s.fields}" }
            check(s.fields[0].min == 1.toUByte() && s.fields[0].max == 5.toUByte()) { "${s.fields[0]}" }
            val review = v.entryEditor(EditorView(EntryKind.REVIEW, template = "nightly-review"), options)
            check(review.fields.first().label == "Beth aeth yn dda heddiw?") { "${review.fields}" }
        }
    },
    "the areas screen welcomes a new phone, then shows each feed's meetings and freshness, in Spanish" to {
        MeetingDirectory.open(File(freshDir(), "directory.sqlite").path).use { empty ->
            val options = MeetingsOptions(locale = "es", viewerTimezone = "Europe/London", at = Instant.now())
            val first = empty.areasScreen(options)
            check(first.firstRun && first.title == "Encuentra reuniones cerca de ti") { "$first" }
            check(first.actions.map { it.action } == listOf(AreasAction.USE_MY_LOCATION, AreasAction.CHOOSE_ON_MAP, AreasAction.ADD_FEED)) {
                "${first.actions}"
            }
        }
        syncedDirectory().use { dir ->
            val s = dir.areasScreen(MeetingsOptions(locale = "es", viewerTimezone = "Europe/London", at = Instant.now()))
            val feed = s.feeds.single()
            check(!s.firstRun && feed.meetings == "3 reuniones" && feed.updated == "Actualizada hoy") { "$feed" }
        }
    },
    "the Journal screen lists entries by day, searches as you type, and keeps a trash, in Spanish" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 5 }).use { v ->
            val options = MeetingsOptions(locale = "es-ES", viewerTimezone = "Europe/London", at = Instant.now())
            val empty = v.journalScreen(JournalView(), options)
            check(empty.title == "Diario" && empty.notices[0].title == "Aún no has escrito nada") { "$empty" }
            val entry = v.addEntry(NewEntry(EntryKind.NOTE, "Gracias por el paseo", null, null,
                Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            val s = v.journalScreen(JournalView(), options)
            val row = s.days.single().rows.single()
            check(s.days[0].heading == "Hoy" && row.kindLabel == "Nota" && row.preview == "Gracias por el paseo") { "$s" }
            check(v.journalScreen(JournalView(search = "pase"), options).days.single().rows.single().id == entry.id) { "search" }
            val none = v.journalScreen(JournalView(search = "zzz"), options)
            check(none.days.isEmpty() && none.notices[0].title == "Ninguna entrada coincide") { "${none.notices}" }
        }
    },
    "the Sobriety dates screen counts in days and in years, months and days, and offers a kind new start, in Welsh" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 6 }).use { v ->
            val options = MeetingsOptions(locale = "cy-GB", viewerTimezone = "Europe/London",
                at = Instant.parse("2026-11-30T12:00:00Z"))
            val empty = v.sobrietyScreen(options)
            check(empty.title == "Dyddiadau sobrwydd" && empty.notices[0].title == "Dim dyddiadau eto") { "$empty" }
            check(empty.actions.single().action == SobrietyAction.ADD) { "${empty.actions}" }
            v.addSobrietyDate("2025-10-14", "Alcohol", "2026-11-30")
            val card = v.sobrietyScreen(options).cards.single()
            check(card.count == "412 diwrnod" && card.countDetail == "un flwyddyn, un mis a 16 diwrnod") { "$card" }
            check(card.since == "Ers 14 Hyd 2025" && card.nextMilestoneWhen == "ymhen 318 diwrnod") { "$card" }
            check(card.actions.map { it.action } == listOf(SobrietyAction.EDIT, SobrietyAction.START_AGAIN, SobrietyAction.REMOVE)) { "${card.actions}" }
            check(card.actions[1].confirm?.title == "Dechrau eto o heddiw?") { "${card.actions[1]}" }
        }
    },
    "the People to call screen puts the sponsor first with call and text links, in Spanish" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 7 }).use { v ->
            val options = MeetingsOptions(locale = "es-ES", viewerTimezone = "Europe/Madrid", at = Instant.now())
            val empty = v.peopleScreen(options)
            check(empty.title == "Personas a las que llamar" && empty.notices[0].title == "Aún no hay nadie") { "$empty" }
            v.addContact("Bea", ContactRole.FRIEND, "07700 900111")
            v.addContact("Sam", ContactRole.SPONSOR, "+44 7700 900123")
            val rows = v.peopleScreen(options).rows
            check(rows.map { it.name } == listOf("Sam", "Bea") && rows[0].roleLabel == "Padrino o madrina") { "$rows" }
            val sam = rows[0].actions
            check(sam.map { it.action } == listOf(PeopleAction.CALL, PeopleAction.TEXT, PeopleAction.REMOVE)) { "$sam" }
            check(sam[0].url == "tel:+447700900123" && sam[1].url == "sms:+447700900123") { "$sam" }
            val spoken = sam[0].accessibilityLabel.replace("\u2068", "").replace("\u2069", "")
            check(spoken == "Llamar a Sam, padrino o madrina") { spoken }
        }
    },
    "directory sync reports progress, then search filters offline" to {
        val dir = MeetingDirectory.open(File(freshDir(), "directory.sqlite").path)
        dir.use {
            dir.addSource(feedUrl, "wales", "aa", null)
            val events = runBlocking { dir.syncEvents().toList() }
            check(events.any { it is SyncEvent.Progress }) { "no progress events: $events" }
            val done = events.last() as SyncEvent.Finished
            check(done.results.single().ok && done.results.single().added == 3uL) { "$done" }
            check(dir.meetingCount() == 3uL) { "count ${dir.meetingCount()}" }

            // A Tuesday evening, seen from New York: both clocks are shown.
            val at = Instant.parse("2026-11-24T12:00:00Z")
            val tonight = dir.search(
                MeetingQuery(at = at, viewerTimezone = "America/New_York", weekdays = listOf(2u),
                    startFromMinute = minutesOf("18:00"), startToMinute = minutesOf("23:00"))
            )
            check(tonight.map { it.name } == listOf("Hope on Tuesday", "Online Tuesday")) { "$tonight" }
            val hope = tonight.first()
            check(hope.localStart == "19:00" && hope.viewerTime == "14:00") { "${hope.localStart} ${hope.viewerTime}" }

            val online = dir.search(MeetingQuery(at = at, attendance = AttendanceFilter.ONLINE))
            check(online.map { it.name } == listOf("Online Tuesday")) { "$online" }
            val near = dir.search(MeetingQuery(at = at, near = GeoPoint(52.41, -4.08), radiusKm = 5.0))
            check(near.map { it.name }.toSet() == setOf("Hope on Tuesday", "Steps at Noon")) { "$near" }
            check(dir.search(MeetingQuery(at = at, text = "hop")).single().name == "Hope on Tuesday") { "text" }
            expectThrows<WaymarkException.InvalidInput> { dir.search(MeetingQuery(weekdays = listOf(7u))) }
            expectThrows<WaymarkException.InvalidInput> { dir.search(MeetingQuery(startFromMinute = 60u)) }

            // The list's words around its rows: how many more, in the core's own count.
            val page = dir.searchPage(MeetingQuery(at = at, limit = 1u))
            check(page.items.size == 1 && page.more == 2uL && page.moreExact) { "$page" }
            // Type filters by name, as a filter screen offers them.
            check(meetingTypes("aa", null).any { it.code == "X" && it.name == "Wheelchair Access" }) { "types" }
            check(resolveMeetingType("aa", "wheelchair") == "X") { "resolve" }
            expectThrows<WaymarkException.InvalidInput> { resolveMeetingType("aa", "banana") }
        }
    },
    "errors come in the app's language: Welsh after setAppLocale, English again after" to {
        try {
            setAppLocale("cy_GB")
            val e = expectThrows<WaymarkException.InvalidInput> { minutesOf("25:99") }
            check(e.message == "Dydy \u206825:99\u2069 ddim yn amser o'r dydd fel 18:00") {
                "Welsh: ${e.message}"
            }
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 3 }).use { v ->
                val future = expectThrows<WaymarkException.InvalidInput> {
                    v.addSobrietyDate("2027-01-01", "Later", "2026-11-23")
                }
                check(future.message == "Mae'r dyddiad hwnnw yn y dyfodol; dewiswch heddiw neu ddiwrnod cyn hynny") {
                    "Welsh: ${future.message}"
                }
                check(v.sobrietyCounters("2026-11-23").isEmpty()) { "nothing saved" }
            }
            setAppLocale("es")
            val es = expectThrows<WaymarkException.InvalidInput> { minutesOf("six") }
            check(es.message?.contains("no es una hora del día como 18:00") == true) { "Spanish: ${es.message}" }
        } finally {
            setAppLocale("en-GB")
        }
        val en = expectThrows<WaymarkException.InvalidInput> { minutesOf("25:99") }
        check(en.message?.contains("is not a time of day such as 18:00") == true) { "English: ${en.message}" }
    },
    "times and windows are the core's: minutesOf and the 7-day upcoming limit" to {
        check(minutesOf("18:00") == 1080u && minutesOf("7:30 pm") == 1170u) { "minutesOf" }
        for (bad in listOf("", "18", "25:00", "24:00", "six")) {
            expectThrows<WaymarkException.InvalidInput> { minutesOf(bad) }
        }
        MeetingDirectory.open(File(freshDir(), "directory.sqlite").path).use { dir ->
            check(dir.search(MeetingQuery(upcomingMinutes = 7u * 24u * 60u)).isEmpty()) { "7 days" }
            expectThrows<WaymarkException.InvalidInput> {
                dir.search(MeetingQuery(upcomingMinutes = 7u * 24u * 60u + 1u))
            }
        }
    },
    "a sync can be cancelled and keeps the meetings it had" to {
        syncedDirectory().use { dir ->
            dir.addSource(slowUrl, "slow", "aa", null)
            var progress = 0
            val listener = object : SyncListener {
                override fun progress(source: String, phase: app.waymark.core.SyncPhase, bytes: ULong, entries: ULong) {
                    progress++
                }
            }
            val started = System.nanoTime()
            dir.startSync(listener).use { task ->
                check(!task.isFinished()) { "the slow feed finished at once" }
                val e = expectThrows<WaymarkException.Conflict> {
                    runBlocking {
                        delay(300)
                        task.cancel()
                        task.finish()
                    }
                }
                val seconds = (System.nanoTime() - started) / 1e9
                check(seconds < 5.0) { "cancel took $seconds s" }
                check(task.isCancelled() && task.isFinished()) { "state after cancel" }
                check(e.message!!.contains("stopped")) { e.message!! }
                // The result stays: awaiting again gives the same answer at once.
                expectThrows<WaymarkException.Conflict> { runBlocking { task.finish() } }
            }
            check(progress > 0) { "no progress reported" }
            check(dir.meetingCount() == 3uL) { "meetings lost: ${dir.meetingCount()}" }
        }
    },
    "the meeting screen: schedule, directions, join link, dial-in, add to calendar" to {
        syncedDirectory().use { dir ->
            val at = Instant.parse("2026-11-23T12:00:00Z")
            val hope = dir.details("wales:tue-eve", at, "America/New_York", null)
            check(hope.schedule == "Tuesday, 19:00–20:00 (Europe/London)") { hope.schedule }
            check(hope.summary.localDate == "2026-11-24" && hope.summary.viewerTime == "14:00") { "${hope.summary}" }
            check(hope.directions?.query?.startsWith("1 High St") == true) { "${hope.directions}" }
            check(hope.joinUrl == null && hope.dialUri == null) { "in person only" }
            val online = dir.details("wales:tue-online", at, null, null)
            check(online.directions == null) { "directions to an online meeting: ${online.directions}" }
            check(online.joinUrl == "https://zoom.us/j/123456789") { "${online.joinUrl}" }
            check(online.dialUri == "tel:+442034815237,,123456789%23") { "${online.dialUri}" }
            expectThrows<WaymarkException.NotFound> { dir.details("wales:nope", null, null, null) }
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 6 }).use { v ->
                val ics = v.exportCalendar(dir, listOf("wales:noon"), at)
                check(ics.split("BEGIN:VEVENT").size == 2 && ics.contains("BYDAY=WE")) { ics }
            }
        }
    },
    "a vault opened with the wrong key says so and stays intact" to {
        val path = File(freshDir(), "vault.sqlite").path
        val key = ByteArray(32) { it.toByte() }
        PrivateVault.openWithKey(path, key).use { v ->
            v.addEntry(NewEntry(EntryKind.NOTE, "first day back", null, null, Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
        }
        val wrong = ByteArray(32) { 7 }
        expectThrows<WaymarkException.WrongKey> { PrivateVault.openWithKey(path, wrong) }
        expectThrows<WaymarkException.InvalidInput> { PrivateVault.openWithKey(path, ByteArray(5)) }
        PrivateVault.openWithKey(path, key).use { v ->
            check(v.entries(10u).single().content.text == "first day back") { "entry lost" }
        }
    },
    "a sync leaves no log behind, and the vault folds its own when the app goes to the background" to {
        val folder = freshDir()
        MeetingDirectory.open(File(folder, "directory.sqlite").path).use { dir ->
            dir.addSource(feedUrl, "wales", "aa", null)
            check(runBlocking { dir.syncAll() }.single().ok) { "sync failed" }
            val log = File(folder, "directory.sqlite-wal")
            check(log.exists() && log.length() == 0L) { "the directory's log kept ${log.length()} bytes after a sync" }
            dir.addSource("$feedUrl?again", "more", "aa", null)
            check(log.length() > 0L) { "the new source was not in the log" }
            check(dir.checkpoint()) { "not all of the log was folded" }
            check(log.length() == 0L) { "the directory's log kept ${log.length()} bytes" }
            check(dir.sources().size == 2) { "${dir.sources()}" }
        }
        PrivateVault.openWithKey(File(folder, "vault.sqlite").path, ByteArray(32) { 7 }).use { v ->
            repeat(3) {
                v.addEntry(NewEntry(EntryKind.GRATITUDE, "", null, null, Halt(false, false, false, false),
                    listOf("a walk"), listOf(), listOf(), null))
            }
            val log = File(folder, "vault.sqlite-wal")
            check(log.exists() && log.length() > 0L) { "the entries were not in the log" }
            v.checkpoint()
            check(log.length() == 0L) { "the vault's log kept ${log.length()} bytes" }
            check(v.entries(10u).size == 3) { "the entries are still there" }
        }
    },
    "journal entries are written, searched, trashed and restored" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 1 }).use { v ->
            val checkin = v.addEntry(
                NewEntry(EntryKind.CHECKIN, "Tired but went to the meeting", 3u.toUByte(), 2u.toUByte(),
                    Halt(false, false, false, true), listOf(), listOf(), listOf("meetings"), null)
            )
            v.addEntry(NewEntry(EntryKind.GRATITUDE, "", null, null, Halt(false, false, false, false),
                listOf("my sponsor", "sunshine"), listOf(), listOf(), null))
            check(v.entries(10u).size == 2) { "two entries" }
            check(v.searchEntries("meet", 10u).single().id == checkin.id) { "prefix search" }
            expectThrows<WaymarkException.InvalidInput> {
                v.addEntry(NewEntry(EntryKind.CHECKIN, "", 9u.toUByte(), null, Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            }
            v.deleteEntry(checkin.id)
            check(v.entries(10u).size == 1) { "trashed" }
            check(v.restoreEntry(checkin.id).content.text.startsWith("Tired")) { "restored" }
            expectThrows<WaymarkException.NotFound> { v.restoreEntry("nope") }

            // Backup and restore, without an account.
            check(v.exportMarkdown().contains("Tired but went to the meeting")) { "markdown" }
            val backup = File(freshDir(), "journal.backup").path
            val info = v.writeBackup(backup, "correct horse battery")
            check(info.journal == 2uL && info.bytes > 0uL) { "$info" }
            check(!File(backup).readText(Charsets.ISO_8859_1).contains("sponsor")) { "backup is readable" }
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 9 }).use { fresh ->
                expectThrows<WaymarkException.WrongKey> { fresh.restoreBackup(backup, "wrong horse") }
                check(fresh.entries(10u).isEmpty()) { "a wrong passphrase restored something" }
                check(fresh.restoreBackup(backup, "correct horse battery").journal.added == 2u) { "restored" }
                check(fresh.restoreBackup(backup, "correct horse battery").journal.added == 0u) { "restored twice" }
                check(fresh.searchEntries("meet", 10u).size == 1) { "restored entries are searchable" }
            }
        }
    },
    "favourites, reminders across the week, and the calendar" to {
        syncedDirectory().use { dir ->
            PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 2 }).use { v ->
                check(v.addFavorite(dir, "wales:tue-eve")) { "added" }
                check(!v.addFavorite(dir, "wales:tue-eve")) { "added twice" }
                expectThrows<WaymarkException.NotFound> { v.addFavorite(dir, "wales:nope") }
                val fav = v.favorites(dir).single()
                check(fav.status == FavoriteStatus.LISTED && fav.meeting.name == "Hope on Tuesday") { "$fav" }

                val reminders = v.reminders()
                reminders.setRule(ReminderRule("wales:tue-eve", listOf(60u), byteArrayOf(), false, null))
                // Monday 23 November 2026, noon in London: the next Tuesdays at 18:00.
                val now = Instant.parse("2026-11-23T12:00:00Z")
                fun plan(held: List<String> = listOf()) =
                    reminders.plan(dir, now, 14u * 24u * 60u, 64u, held, "Europe/London")
                val first = plan()
                check(first.schedule.map { it.fireAtUtc } == listOf("2026-11-24T18:00:00Z", "2026-12-01T18:00:00Z")) {
                    "${first.schedule.map { it.fireAtUtc }}"
                }
                val lock = first.schedule.first()
                check(!lock.title.contains("Hope") && !lock.body.contains("Hope")) { "lock screen shows the meeting: $lock" }
                val again = plan(first.schedule.map { it.id })
                check(again.schedule.isEmpty() && again.cancel.isEmpty()) { "replanning changed things: $again" }
                val health = reminders.health(false, null, 2u, 64u, listOf(), now)
                check(health.issues.isNotEmpty()) { "notifications off is an issue" }

                // "Not this week": only the first Tuesday goes, and the phone is told to cancel it.
                check(reminders.skipNext("wales:tue-eve", now) == "2026-11-24T19:00:00Z") { "skipped the wrong one" }
                val skipped = plan(first.schedule.map { it.id })
                check(skipped.reminders.map { it.fireAtUtc } == listOf("2026-12-01T18:00:00Z")) { "${skipped.reminders}" }
                check(skipped.cancel == listOf(first.schedule.first().id)) { "${skipped.cancel}" }

                // A daily check-in at 21:00 in the phone's zone.
                val daily = reminders.addDaily(21u * 60u, "Evening check-in")
                check(reminders.daily().single().id == daily.id) { "daily" }
                check(plan().reminders.count { it.fireAtUtc.endsWith("T21:00:00Z") } == 14) { "14 evenings" }
                expectThrows<WaymarkException.InvalidInput> { reminders.addDaily(24u * 60u, "x") }
                reminders.removeDaily(daily.id)

                // Pause until Thursday 3 December: nothing before it.
                reminders.pauseUntil("2026-12-03")
                check(reminders.settings().pausedUntil == "2026-12-03") { "${reminders.settings()}" }
                check(plan().reminders.isEmpty()) { "paused, yet: ${plan().reminders}" }
                reminders.pauseUntil(null)
                check(plan().reminders.size == 1) { "resumed" }

                // Discreet is the default; turned off, the lock screen names the meeting.
                check(reminders.settings().discreet) { "discreet by default" }
                reminders.setDiscreet(false)
                check(plan().reminders.first().body.contains("Hope") || plan().reminders.first().title.contains("Hope")) {
                    "${plan().reminders.first()}"
                }
                reminders.setDiscreet(true)
                check(reminders.rules().single().meetingId == "wales:tue-eve") { "rules" }

                val ics = v.exportCalendar(dir, listOf(), now)
                check(ics.contains("BEGIN:VCALENDAR") && ics.contains("RRULE:FREQ=WEEKLY;BYDAY=TU")) { ics }
                check(ics.contains("TZID=Europe/London")) { ics }
                check(reminders.clearRule("wales:tue-eve") && reminders.rules().isEmpty()) { "cleared" }
                check(v.removeFavorite("wales:tue-eve")) { "removed" }
            }
        }
    },
    "the Journal and People screen objects hear every write to the vault, in Spanish" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 6 }).use { v ->
            val options = MeetingsOptions(locale = "es-ES", viewerTimezone = "Europe/London", at = Instant.now())
            v.journalScreenObject(JournalView(), options).use { screen ->
                // Through the Flow: the empty journal first, then the entry written through
                // the vault (not through the screen), with no reload.
                val states = runBlocking {
                    withTimeout(10_000) {
                        screen.states().take(2)
                            .onEach {
                                if (it.days.isEmpty()) v.addEntry(NewEntry(EntryKind.NOTE, "Un buen día", null, null,
                                    Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
                            }
                            .toList()
                    }
                }
                check(states[0].notices[0].title == "Aún no has escrito nada") { "${states[0]}" }
                check(states[1].days.single().rows.single().preview == "Un buen día") { "${states[1]}" }
                // A setter gives the new state at once.
                check(screen.setSearch("zzz").notices[0].title == "Ninguna entrada coincide") { "search" }
            }
            // A listener of its own, closed after one write: nothing comes after.
            val heard = LinkedBlockingQueue<PeopleState>()
            v.peopleScreenObject(options).use { screen ->
                screen.subscribe(object : PeopleListener {
                    override fun onState(state: PeopleState) {
                        heard.put(state)
                    }
                }).use {
                    check(heard.poll(10, TimeUnit.SECONDS)!!.rows.isEmpty()) { "the first state" }
                    v.addContact("Lucía", ContactRole.SPONSOR, "+34 600 000 000")
                    val s = heard.poll(10, TimeUnit.SECONDS)
                    check(s != null && s.rows.single().name == "Lucía") { "$s" }
                }
                v.addContact("Pablo", ContactRole.FRIEND, "+34 600 000 001")
                check(heard.poll(500, TimeUnit.MILLISECONDS) == null) { "a state after the subscription closed" }
                check(screen.state().rows.size == 2) { "the screen still reads on demand" }
            }
        }
    },
    "sobriety counters count from day 0" to {
        PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 3 }).use { v ->
            val c = v.addSobrietyDate("2026-10-24", "My date", "2026-11-23")
            check(c.days == 30L && c.milestoneToday?.label == "30 days") { "$c" }
            expectThrows<WaymarkException.InvalidInput> { v.addSobrietyDate("2027-01-01", "Later", "2026-11-23") }
            expectThrows<WaymarkException.InvalidInput> { v.addSobrietyDate("yesterday", "x", "2026-11-23") }
            check(v.sobrietyCounters("2026-11-24").single().days == 31L) { "counted" }
            // A new date starts the count again from that day; the label stays.
            val reset = v.setSobrietyDate(c.date.id, "2026-11-20", null, "2026-11-24")
            check(reset.days == 4L && reset.date.label == "My date") { "$reset" }
            v.removeSobrietyDate(c.date.id)
            check(v.sobrietyCounters("2026-11-24").isEmpty()) { "removed" }
            expectThrows<WaymarkException.NotFound> { v.removeSobrietyDate(c.date.id) }
        }
    },
    "a passphrase can be changed, and a keystore key replaced" to {
        val path = File(freshDir(), "vault.sqlite").path
        PrivateVault.createWithPassphrase(path, "first passphrase").use { v ->
            v.addEntry(NewEntry(EntryKind.NOTE, "kept through the change", null, null, Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            runBlocking { v.changePassphrase("second passphrase") }
            expectThrows<WaymarkException.InvalidInput> { runBlocking { v.changeKey(ByteArray(32) { 1 }) } }
        }
        expectThrows<WaymarkException.WrongKey> { PrivateVault.openWithPassphrase(path, "first passphrase") }
        PrivateVault.openWithPassphrase(path, "second passphrase").use { v ->
            check(v.entries(5u).single().content.text == "kept through the change") { "entry lost" }
        }
        val keyed = File(freshDir(), "vault.sqlite").path
        PrivateVault.openWithKey(keyed, ByteArray(32) { 1 }).use { v ->
            expectThrows<WaymarkException.InvalidInput> { runBlocking { v.changePassphrase("x") } }
            runBlocking { v.changeKey(ByteArray(32) { 2 }) }
        }
        expectThrows<WaymarkException.WrongKey> { PrivateVault.openWithKey(keyed, ByteArray(32) { 1 }) }
        PrivateVault.openWithKey(keyed, ByteArray(32) { 2 }).close()
    },
    "rides: offer and request offline, sync, match, accept" to {
        syncedDirectory().use { dir ->
            val date = nextTuesday()
            val driver = PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 4 })
            val rider = PrivateVault.openWithKey(File(freshDir(), "vault.sqlite").path, ByteArray(32) { 5 })
            driver.use { rider.use {
                val drive = driver.rideClient(server)
                val ride = rider.rideClient(server)
                val away = rider.rideClient("http://127.0.0.1:9")
                expectThrows<WaymarkException.InvalidInput> { rider.rideClient("ftp://example.org") }
                // Leaving after the 19:00 start, or arriving after it, is refused before anything is queued.
                expectThrows<WaymarkException.InvalidInput> {
                    driver.offerRide(dir, "wales:tue-eve", date, 3u.toUByte(), GeoPoint(52.4085, -4.0560), (19u * 60u).toUShort(), 15u, false, false)
                }
                expectThrows<WaymarkException.InvalidInput> {
                    rider.askForRide(dir, "wales:tue-eve", date, GeoPoint(52.3990, -4.0780), (19u * 60u + 5u).toUShort(), false, false)
                }
                check(ride.view().outbox.isEmpty()) { "a refused ride was queued" }
                // The Rides screen, in Spanish: nothing yet, and no server before one is set.
                val es = MeetingsOptions(locale = "es-ES", viewerTimezone = "Europe/London", at = Instant.now())
                val none = rider.ridesScreen(dir, es)
                check(none.title == "Viajes" && none.sections.isEmpty()) { "$none" }
                check(none.notices.map { it.title } == listOf("No hay servidor de viajes compartidos", "Aún no hay viajes")) { "${none.notices}" }
                check(none.actions.last().action == RidesAction.SET_SERVER) { "${none.actions}" }
                driver.offerRide(dir, "wales:tue-eve", date, 3u.toUByte(), GeoPoint(52.4085, -4.0560), (18u * 60u + 20u).toUShort(), 15u, false, false)
                rider.askForRide(dir, "wales:tue-eve", date, GeoPoint(52.3990, -4.0780), null, false, false)
                check(ride.view().outbox.single().state == OpState.PENDING) { "queued offline" }
                // Offline: a typed error, and the outbox keeps the request.
                expectThrows<WaymarkException.Offline> { runBlocking { away.sync() } }
                check(ride.view().outbox.single().state == OpState.PENDING) { "kept for later" }
                // The screen says so: offline, and the request not sent yet.
                val offline = away.screen(dir, es)
                check(offline.notices[0].kind == NoticeKind.STALE && offline.notices[0].message.startsWith("Parece que no tienes conexión")) {
                    "${offline.notices}"
                }
                val waiting = offline.sections.single().rows.single()
                check(waiting.meeting == "Hope on Tuesday" && waiting.status == RideStatus.NOT_SENT) { "$waiting" }
                check(waiting.statusLabel == "Aún sin enviar: se enviará cuando tengas conexión") { waiting.statusLabel }
                check(waiting.actions.single().action == RidesAction.CANCEL) { "${waiting.actions}" }
                expectThrows<WaymarkException.InvalidInput> {
                    driver.offerRide(dir, "wales:tue-eve", "2030-01-02", 2u.toUByte(), GeoPoint(52.4, -4.0), null, 15u, false, false)
                }

                runBlocking { drive.sync() }
                val r = runBlocking { ride.sync() }
                check(r.outbox.single().state == OpState.APPLIED && r.outbox.single().kind == OpKind.REQUEST) { "${r.outbox}" }
                val proposal = r.matches.single()
                check(proposal.state == MatchState.PROPOSED && proposal.counterpartPoint == null) { "$proposal" }
                val suggested = ride.screen(dir, es).sections.first { it.kind == RidesSectionKind.MATCHES }.rows.single()
                check(suggested.status == RideStatus.NEEDS_YOU && suggested.statusLabel == "Un conductor podría llevarte: acepta para reservar plaza") {
                    "$suggested"
                }
                check(suggested.actions.single().action == RidesAction.ACCEPT && suggested.actions.single().target == proposal.matchId) {
                    "${suggested.actions}"
                }
                check(suggested.pickupArea == null) { "a place before both accepted" }
                ride.accept(proposal.matchId, GeoPoint(52.398765, -4.077654))
                val held = runBlocking { ride.sync() }.matches.single()
                check(held.state == MatchState.SEAT_HELD && held.counterpartHandle == null) { "$held" }
                val d = runBlocking { drive.sync() }
                check(d.rides.single().seatsLeft == 2u.toUByte()) { "${d.rides}" }
                check(d.matches.single().counterpartPoint == null) { "point shared before confirming" }
                val driving = drive.screen(dir, es)
                check(driving.sections.first().rows.single().details.contains("2 plazas libres")) { "${driving.sections}" }
                val heldRow = driving.sections.first { it.kind == RidesSectionKind.MATCHES }.rows.single()
                check(heldRow.statusLabel == "Un pasajero tiene una plaza reservada: acepta para acordar la recogida") { "$heldRow" }

                // While a sync waits on a slow board, the vault still answers at once.
                runBlocking {
                    val slow = launch { runCatching { rider.rideClient(slowUrl.removeSuffix("/slow.json")).sync() } }
                    delay(300)
                    val started = System.nanoTime()
                    check(ride.view().matches.size == 1) { "view" }
                    rider.entries(5u)
                    val ms = (System.nanoTime() - started) / 1e6
                    check(ms < 500) { "the vault waited $ms ms for a ride sync" }
                    slow.cancel()
                }
            } }
        }
    },
)

fun main() {
    var passed = 0
    var failed = 0
    for ((name, test) in tests + screenModelTests) {
        try {
            test()
            passed++
            println("ok   $name")
        } catch (e: Throwable) {
            failed++
            println("FAIL $name: $e")
            e.printStackTrace()
        }
    }
    println("$passed passed, $failed failed")
    exitProcess(if (failed == 0) 0 else 1)
}
