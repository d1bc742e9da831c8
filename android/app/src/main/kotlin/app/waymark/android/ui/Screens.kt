package app.waymark.android.ui

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
import app.waymark.android.Core
import app.waymark.android.ReminderScheduler
import app.waymark.core.EntryKind
import app.waymark.core.Halt
import app.waymark.core.MeetingResult
import app.waymark.core.NewEntry
import app.waymark.core.ReminderRule
import app.waymark.ffi.MeetingQuery
import app.waymark.ffi.WaymarkException
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

/** Both clocks when they differ: "19:00 (14:00 your time)". */
private fun times(m: MeetingResult): String {
    val local = listOfNotNull(m.localDay, m.localStart).joinToString(" ")
    return if (m.viewerTime != null && m.viewerTime != m.localStart) "$local (${m.viewerTime} your time)" else local
}

@Composable
private fun MeetingsScreen(onOpen: (String) -> Unit) {
    val context = LocalContext.current
    var text by remember { mutableStateOf("") }
    var nowOnly by remember { mutableStateOf(false) }
    var results by remember { mutableStateOf(listOf<MeetingResult>()) }
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
    val m = remember(id) { Core.directory(context).search(MeetingQuery(ids = listOf(id), viewerTimezone = ZoneId.systemDefault().id)).firstOrNull() }
    var note by remember { mutableStateOf<String?>(null) }
    if (m == null) {
        Text("This meeting is no longer listed.")
        Button(onClick = onBack) { Text("Back") }
        return
    }
    Text(m.name, style = MaterialTheme.typography.headlineSmall)
    Text(times(m))
    m.address?.let { Text(it) }
    Button(onClick = {
        note = try {
            val vault = Core.vault(context)
            vault.addFavorite(Core.directory(context), m.id)
            vault.setReminder(ReminderRule(m.id, listOf(60u), byteArrayOf(), false, null))
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
    val report = remember {
        val nm = context.getSystemService(android.app.NotificationManager::class.java)
        Core.vault(context).reminderHealth(nm.areNotificationsEnabled(), null, 0u, 500u, listOf(), java.time.Instant.now())
    }
    Text("Reminders", style = MaterialTheme.typography.headlineSmall)
    if (report.issues.isEmpty()) Text("Reminders are working.")
    report.issues.forEach { Text(it.message) }
}

@Composable
private fun JournalScreen() {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var text by remember { mutableStateOf("") }
    var entries by remember { mutableStateOf(Core.vault(context).entries(50u)) }
    val counters = remember { Core.vault(context).sobrietyCounters(LocalDate.now().toString()) }
    counters.forEach { Text("${it.label}: ${it.days} days") }
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
    var view by remember { mutableStateOf(Core.vault(context).rides()) }
    var problem by remember { mutableStateOf<String?>(null) }
    Button(onClick = {
        scope.launch {
            problem = try {
                view = Core.vault(context).syncRides(Core.rideServer)
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
