package app.waymark.android.ui

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import androidx.annotation.StringRes
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.ListItem
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import androidx.core.content.FileProvider
import app.waymark.android.Core
import app.waymark.android.R
import app.waymark.android.ReminderScheduler
import app.waymark.core.EntryKind
import app.waymark.core.Halt
import app.waymark.core.MeetingResult
import app.waymark.core.NewEntry
import app.waymark.core.ReminderRule
import app.waymark.core.MeetingListItem
import app.waymark.core.MeetingQuery
import app.waymark.rides.MatchState
import app.waymark.ffi.WaymarkException
import java.io.File
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import kotlinx.coroutines.launch

/** The tabs; each label is a string resource, in the phone's language. */
private enum class Tab(@StringRes val label: Int) {
    Meetings(R.string.title_meetings),
    Reminders(R.string.title_reminders),
    Journal(R.string.title_journal),
    Rides(R.string.title_rides),
}

/** The five screens: Meetings (with Meeting details), Reminders, Journal, Rides. */
@Composable
fun WaymarkScreens(deepLink: String?) {
    var tab by remember { mutableStateOf(if (deepLink?.startsWith("waymark://journal") == true) Tab.Journal else Tab.Meetings) }
    var open by remember { mutableStateOf(deepLink?.removePrefix("waymark://meeting/")?.takeIf { deepLink.startsWith("waymark://meeting/") }) }
    MaterialTheme {
        Scaffold(bottomBar = {
            NavigationBar {
                Tab.entries.forEach { t ->
                    NavigationBarItem(selected = tab == t, onClick = { tab = t; open = null }, icon = {}, label = { Text(stringResource(t.label)) })
                }
            }
        }) { padding ->
            Column(Modifier.padding(padding).padding(16.dp)) {
                when {
                    open != null -> MeetingScreen(open!!) { open = null }
                    tab == Tab.Meetings -> MeetingsScreen { open = it }
                    tab == Tab.Reminders -> RemindersScreen()
                    tab == Tab.Journal -> JournalScreen()
                    tab == Tab.Rides -> RidesScreen()
                }
            }
        }
    }
}

/** Both clocks when they differ: "Tuesday 19:00 (14:00 your time)", worded by a resource. */
private fun times(context: Context, localDay: String?, localStart: String?, viewerTime: String?): String {
    val local = listOfNotNull(localDay, localStart).joinToString(" ")
    return if (viewerTime != null && viewerTime != localStart) {
        context.getString(R.string.times_with_yours, local, viewerTime)
    } else {
        local
    }
}

private fun times(context: Context, m: MeetingListItem) = times(context, m.localDay, m.localStart, m.viewerTime)

private fun times(context: Context, m: MeetingResult) = times(context, m.localDay, m.localStart, m.viewerTime)

@Composable
private fun MeetingsScreen(onOpen: (String) -> Unit) {
    val context = LocalContext.current
    var text by remember { mutableStateOf("") }
    var nowOnly by remember { mutableStateOf(false) }
    var results by remember { mutableStateOf(listOf<MeetingListItem>()) }
    var problem by remember { mutableStateOf<String?>(null) }
    LaunchedEffect(text, nowOnly) {
        results = try {
            problem = null
            Core.directory(context).search(
                MeetingQuery(
                    text = text.ifBlank { null }, inProgress = nowOnly,
                    upcomingMinutes = if (nowOnly) null else 24u * 60u,
                    viewerTimezone = ZoneId.systemDefault().id,
                    // The core words times ("today 19:30") in the app's language.
                    locale = context.resources.configuration.locales[0].toLanguageTag(),
                ),
            )
        } catch (e: WaymarkException) {
            problem = e.message
            emptyList()
        }
    }
    OutlinedTextField(text, { text = it }, label = { Text(stringResource(R.string.search_meetings)) })
    Row { Button(onClick = { nowOnly = !nowOnly }) { Text(stringResource(if (nowOnly) R.string.show_upcoming else R.string.show_now)) } }
    problem?.let { Text(it) }
    LazyColumn {
        items(results, key = { it.id }) { m ->
            ListItem(
                headlineContent = { Text(m.name) },
                supportingContent = { Text(times(context, m) + (m.locationName?.let { " · $it" } ?: "")) },
                modifier = Modifier.clickable { onOpen(m.id) },
            )
        }
    }
}

@Composable
private fun MeetingScreen(id: String, onBack: () -> Unit) {
    val context = LocalContext.current
    val m = remember(id) {
        try {
            Core.directory(context).details(id, null, ZoneId.systemDefault().id, null)
        } catch (e: WaymarkException.NotFound) {
            null
        }
    }
    var note by remember { mutableStateOf<String?>(null) }
    if (m == null) {
        Text(stringResource(R.string.meeting_gone))
        Button(onClick = onBack) { Text(stringResource(R.string.back)) }
        return
    }
    val open = { intent: Intent ->
        try {
            context.startActivity(intent)
        } catch (e: ActivityNotFoundException) {
            note = context.getString(R.string.no_app_to_open)
        }
    }
    Text(m.summary.name, style = MaterialTheme.typography.headlineSmall)
    Text(times(context, m.summary))
    Text(m.schedule)
    if (m.summary.temporarilyClosed) Text(stringResource(R.string.venue_closed))
    listOfNotNull(m.summary.locationName, m.summary.address, m.locationNotes, m.notes).forEach { Text(it) }
    m.directions?.let { d ->
        Button(onClick = { open(Intent(Intent.ACTION_VIEW, Uri.parse("geo:0,0?q=" + Uri.encode(d.query)))) }) { Text(stringResource(R.string.directions)) }
    }
    m.joinUrl?.let { url ->
        Button(onClick = { open(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }) { Text(stringResource(R.string.join_online)) }
        m.joinNotes?.let { Text(it) }
    }
    m.dialUri?.let { tel ->
        Button(onClick = { open(Intent(Intent.ACTION_DIAL, Uri.parse(tel))) }) { Text(stringResource(R.string.join_by_phone)) }
    }
    Button(onClick = {
        note = try {
            val ics = Core.vault(context).exportCalendar(Core.directory(context), listOf(m.summary.id), Instant.now())
            val file = File(context.cacheDir, "calendar/meeting.ics").apply { parentFile?.mkdirs(); writeText(ics) }
            val uri = FileProvider.getUriForFile(context, context.packageName + ".files", file)
            open(Intent(Intent.ACTION_VIEW).setDataAndType(uri, "text/calendar").addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION))
            null
        } catch (e: WaymarkException) {
            e.message
        }
    }) { Text(stringResource(R.string.add_to_calendar)) }
    Button(onClick = {
        note = try {
            Core.vault(context).addFavorite(Core.directory(context), m.summary.id)
            Core.reminders(context).setRule(ReminderRule(m.summary.id, listOf(60u), byteArrayOf(), false, null))
            ReminderScheduler.rearm(context)
            context.getString(R.string.reminder_set)
        } catch (e: WaymarkException) {
            e.message
        }
    }) { Text(stringResource(R.string.remind_me)) }
    note?.let { Text(it) }
    Button(onClick = onBack) { Text(stringResource(R.string.back)) }
}

@Composable
private fun RemindersScreen() {
    val context = LocalContext.current
    val reminders = remember { Core.reminders(context) }
    var settings by remember { mutableStateOf(reminders.settings()) }
    val report = remember(settings) {
        val nm = context.getSystemService(android.app.NotificationManager::class.java)
        reminders.health(nm.areNotificationsEnabled(), null, 0u, 500u, listOf(), Instant.now())
    }
    val change = { action: () -> Unit ->
        action()
        settings = reminders.settings()
        ReminderScheduler.rearm(context)
    }
    Text(stringResource(R.string.title_reminders), style = MaterialTheme.typography.headlineSmall)
    if (report.issues.isEmpty()) Text(stringResource(R.string.reminders_working))
    report.issues.forEach { Text(it.message) }
    Button(onClick = { change { reminders.setDiscreet(!settings.discreet) } }) {
        Text(stringResource(if (settings.discreet) R.string.show_names_on_lock_screen else R.string.hide_names_on_lock_screen))
    }
    if (settings.pausedUntil == null) {
        Button(onClick = { change { reminders.pauseUntil(LocalDate.now().plusDays(7).toString()) } }) { Text(stringResource(R.string.pause_week)) }
    } else {
        // The core gives YYYY-MM-DD; shown in the phone's own date style.
        val until = settings.pausedUntil?.let { d ->
            runCatching { LocalDate.parse(d).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)) }.getOrDefault(d)
        }.orEmpty()
        Text(stringResource(R.string.paused_until, until))
        Button(onClick = { change { reminders.pauseUntil(null) } }) { Text(stringResource(R.string.resume_now)) }
    }
    if (reminders.daily().isEmpty()) {
        // No label: the core names it ("Daily check-in") in the language chosen in Settings.
        val at = LocalTime.of(21, 0).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT))
        Button(onClick = { change { reminders.addDaily(21u * 60u, "") } }) { Text(stringResource(R.string.add_daily_checkin, at)) }
    }
}

@Composable
private fun JournalScreen() {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var text by remember { mutableStateOf("") }
    var entries by remember { mutableStateOf(Core.vault(context).entries(50u)) }
    val counters = remember { Core.vault(context).sobrietyCounters(LocalDate.now().toString()) }
    counters.forEach { Text(context.resources.getQuantityString(R.plurals.sobriety_days, it.days.toInt(), it.date.label, it.days.toInt())) }
    OutlinedTextField(text, { text = it }, label = { Text(stringResource(R.string.write_something)) })
    Button(onClick = {
        scope.launch {
            Core.vault(context).addEntry(NewEntry(EntryKind.NOTE, text, null, null, Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            text = ""
            entries = Core.vault(context).entries(50u)
        }
    }) { Text(stringResource(R.string.save)) }
    LazyColumn { items(entries, key = { it.id }) { ListItem(headlineContent = { Text(it.content.text.take(80)) }, supportingContent = { Text(it.createdAt) }) } }
}

@Composable
private fun RidesScreen() {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val rides = remember { Core.rides(context) }
    if (rides == null) {
        Text(stringResource(R.string.rides_off))
        return
    }
    var view by remember { mutableStateOf(rides.view()) }
    var problem by remember { mutableStateOf<String?>(null) }
    Button(onClick = {
        scope.launch {
            problem = try {
                view = rides.sync()
                null
            } catch (e: WaymarkException.Offline) {
                context.getString(R.string.rides_offline)
            } catch (e: WaymarkException) {
                e.message
            }
        }
    }) { Text(stringResource(R.string.refresh)) }
    problem?.let { Text(it) }
    LazyColumn {
        items(view.matches, key = { it.matchId }) { m ->
            val minutes = m.addedMinutes.toInt()
            val detour = context.resources.getQuantityString(R.plurals.ride_detour, minutes, minutes)
            ListItem(
                headlineContent = { Text("${stringResource(m.state.label)} · $detour") },
                supportingContent = {
                    Text(m.counterpartHandle?.let { stringResource(R.string.rides_with, it) } ?: stringResource(R.string.ride_pickup_after_confirm))
                },
            )
        }
    }
}

/** What a match's state is called, in the phone's language. */
@get:StringRes
private val MatchState.label: Int
    get() = when (this) {
        MatchState.PROPOSED -> R.string.ride_state_proposed
        MatchState.SEAT_HELD -> R.string.ride_state_seat_held
        MatchState.CONFIRMED -> R.string.ride_state_confirmed
        MatchState.CANCELLED -> R.string.ride_state_cancelled
    }
