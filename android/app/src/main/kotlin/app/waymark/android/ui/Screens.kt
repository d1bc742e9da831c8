package app.waymark.android.ui

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
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
import androidx.compose.ui.unit.dp
import androidx.core.content.FileProvider
import app.waymark.android.Core
import app.waymark.android.ReminderScheduler
import app.waymark.core.EntryKind
import app.waymark.core.Halt
import app.waymark.core.MeetingResult
import app.waymark.core.NewEntry
import app.waymark.core.ReminderRule
import app.waymark.core.MeetingListItem
import app.waymark.core.MeetingQuery
import app.waymark.ffi.WaymarkException
import java.io.File
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import kotlinx.coroutines.launch

private enum class Tab(val label: String) { Meetings("Meetings"), Reminders("Reminders"), Journal("Journal"), Rides("Rides") }

/** The five screens: Meetings (with Meeting details), Reminders, Journal, Rides. */
@Composable
fun WaymarkScreens(deepLink: String?) {
    var tab by remember { mutableStateOf(if (deepLink?.startsWith("waymark://journal") == true) Tab.Journal else Tab.Meetings) }
    var open by remember { mutableStateOf(deepLink?.removePrefix("waymark://meeting/")?.takeIf { deepLink.startsWith("waymark://meeting/") }) }
    MaterialTheme {
        Scaffold(bottomBar = {
            NavigationBar {
                Tab.entries.forEach { t ->
                    NavigationBarItem(selected = tab == t, onClick = { tab = t; open = null }, icon = {}, label = { Text(t.label) })
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

/** Both clocks when they differ: "Tuesday 19:00 (14:00 your time)". */
private fun times(localDay: String?, localStart: String?, viewerTime: String?): String {
    val local = listOfNotNull(localDay, localStart).joinToString(" ")
    return if (viewerTime != null && viewerTime != localStart) "$local ($viewerTime your time)" else local
}

private fun times(m: MeetingListItem) = times(m.localDay, m.localStart, m.viewerTime)

private fun times(m: MeetingResult) = times(m.localDay, m.localStart, m.viewerTime)

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
                ),
            )
        } catch (e: WaymarkException) {
            problem = e.message
            emptyList()
        }
    }
    OutlinedTextField(text, { text = it }, label = { Text("Search meetings") })
    Row { Button(onClick = { nowOnly = !nowOnly }) { Text(if (nowOnly) "Show upcoming" else "Show now") } }
    problem?.let { Text(it) }
    LazyColumn {
        items(results, key = { it.id }) { m ->
            ListItem(
                headlineContent = { Text(m.name) },
                supportingContent = { Text(times(m) + (m.locationName?.let { " · $it" } ?: "")) },
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
        Text("This meeting is no longer listed.")
        Button(onClick = onBack) { Text("Back") }
        return
    }
    val open = { intent: Intent ->
        try {
            context.startActivity(intent)
        } catch (e: ActivityNotFoundException) {
            note = "No app on this phone can open that."
        }
    }
    Text(m.summary.name, style = MaterialTheme.typography.headlineSmall)
    Text(times(m.summary))
    Text(m.schedule)
    if (m.summary.temporarilyClosed) Text("The venue says it is closed for now.")
    listOfNotNull(m.summary.locationName, m.summary.address, m.locationNotes, m.notes).forEach { Text(it) }
    m.directions?.let { d ->
        Button(onClick = { open(Intent(Intent.ACTION_VIEW, Uri.parse("geo:0,0?q=" + Uri.encode(d.query)))) }) { Text("Directions") }
    }
    m.joinUrl?.let { url ->
        Button(onClick = { open(Intent(Intent.ACTION_VIEW, Uri.parse(url))) }) { Text("Join online") }
        m.joinNotes?.let { Text(it) }
    }
    m.dialUri?.let { tel ->
        Button(onClick = { open(Intent(Intent.ACTION_DIAL, Uri.parse(tel))) }) { Text("Join by phone") }
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
    }) { Text("Add to calendar") }
    Button(onClick = {
        note = try {
            Core.vault(context).addFavorite(Core.directory(context), m.summary.id)
            Core.reminders(context).setRule(ReminderRule(m.summary.id, listOf(60u), byteArrayOf(), false, null))
            ReminderScheduler.rearm(context)
            "You'll get a reminder an hour before."
        } catch (e: WaymarkException) {
            e.message
        }
    }) { Text("Remind me") }
    note?.let { Text(it) }
    Button(onClick = onBack) { Text("Back") }
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
    Text("Reminders", style = MaterialTheme.typography.headlineSmall)
    if (report.issues.isEmpty()) Text("Reminders are working.")
    report.issues.forEach { Text(it.message) }
    Button(onClick = { change { reminders.setDiscreet(!settings.discreet) } }) {
        Text(if (settings.discreet) "Show meeting names on the lock screen" else "Hide meeting names on the lock screen")
    }
    if (settings.pausedUntil == null) {
        Button(onClick = { change { reminders.pauseUntil(LocalDate.now().plusDays(7).toString()) } }) { Text("Pause for a week") }
    } else {
        Text("Paused until ${settings.pausedUntil}.")
        Button(onClick = { change { reminders.pauseUntil(null) } }) { Text("Resume now") }
    }
    if (reminders.daily().isEmpty()) {
        Button(onClick = { change { reminders.addDaily(21u * 60u, "Evening check-in") } }) { Text("Add a daily check-in at 21:00") }
    }
}

@Composable
private fun JournalScreen() {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var text by remember { mutableStateOf("") }
    var entries by remember { mutableStateOf(Core.vault(context).entries(50u)) }
    val counters = remember { Core.vault(context).sobrietyCounters(LocalDate.now().toString()) }
    counters.forEach { Text("${it.date.label}: ${it.days} days") }
    OutlinedTextField(text, { text = it }, label = { Text("Write something") })
    Button(onClick = {
        scope.launch {
            Core.vault(context).addEntry(NewEntry(EntryKind.NOTE, text, null, null, Halt(false, false, false, false), listOf(), listOf(), listOf(), null))
            text = ""
            entries = Core.vault(context).entries(50u)
        }
    }) { Text("Save") }
    LazyColumn { items(entries, key = { it.id }) { ListItem(headlineContent = { Text(it.content.text.take(80)) }, supportingContent = { Text(it.createdAt) }) } }
}

@Composable
private fun RidesScreen() {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val rides = remember { Core.rides(context) }
    if (rides == null) {
        Text("Car-pools are off. Add a car-pool board in settings to offer or ask for a ride.")
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
                "You're offline. Your rides will go out when you're back online."
            } catch (e: WaymarkException) {
                e.message
            }
        }
    }) { Text("Refresh") }
    problem?.let { Text(it) }
    LazyColumn {
        items(view.matches, key = { it.matchId }) { m ->
            ListItem(
                headlineContent = { Text("${m.state.name.lowercase().replace('_', ' ')} · about ${m.addedMinutes} minutes out of the way") },
                supportingContent = { Text(m.counterpartHandle?.let { "Meet $it" } ?: "Pickup details appear once you both confirm.") },
            )
        }
    }
}
