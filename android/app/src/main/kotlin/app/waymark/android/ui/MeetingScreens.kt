// The directory's screens: Meetings, one Meeting, My meetings, and Areas (with the first-run
// setup). They draw the core's states and turn taps into screen-model calls.
package app.waymark.android.ui

import android.content.Context
import android.content.Intent
import android.location.Address
import android.location.Geocoder
import android.os.Build
import android.widget.Toast
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyRow
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.FilterChip
import androidx.compose.material3.ListItem
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.onClick
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.core.content.FileProvider
import androidx.lifecycle.compose.LifecycleResumeEffect
import app.waymark.android.BuildConfig
import app.waymark.android.R
import app.waymark.core.AreasAction
import app.waymark.core.AttendanceFilter
import app.waymark.core.FilterKind
import app.waymark.core.MeetingAction
import app.waymark.core.MeetingRow
import app.waymark.core.MeetingsAction
import app.waymark.core.MyMeetingsAction
import app.waymark.core.SourceRow
import app.waymark.rides.GeoPoint
import app.waymark.screens.AreasModel
import app.waymark.screens.Destination
import java.io.File
import kotlin.coroutines.resume
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext

/** One meeting in a list: the core's name, time, place, distance and badges; read out as its accessibility label. */
@Composable
fun MeetingRowItem(row: MeetingRow, open: () -> Unit) {
    ListItem(
        headlineContent = { Text(row.name) },
        supportingContent = {
            Column {
                Text(listOfNotNull(row.`when`, row.place, row.distance).joinToString(" · "))
                if (row.badges.isNotEmpty()) Text(row.badges.joinToString(" · ") { it.label }, style = MaterialTheme.typography.labelMedium)
            }
        },
        modifier = Modifier.clickable(onClick = open).clearAndSetSemantics {
            contentDescription = row.accessibilityLabel
            onClick { open(); true }
        },
    )
}

/** Meetings: search as you type, filter chips, sections, and the core's notices and actions. */
@Composable
fun MeetingsRoute(vm: MeetingsViewModel, go: (Destination) -> Unit) {
    val model = vm.model
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    // The field keeps its own text (the cursor never waits for the core); each change is sent.
    var text by rememberSaveable { mutableStateOf("") }
    val nearMe = rememberLocation { point ->
        if (point != null) model.setNear(point) else Toast.makeText(context, R.string.location_unknown, Toast.LENGTH_LONG).show()
    }
    LifecycleResumeEffect(model) {
        model.reload()
        onPauseOrDispose { }
    }
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item {
                OutlinedTextField(
                    value = text,
                    onValueChange = { text = it; model.search(it) },
                    label = { Text(s.searchPlaceholder) },
                    singleLine = true,
                    trailingIcon = if (text.isEmpty()) null else @Composable {
                        TextButton(onClick = { text = ""; model.search("") }) { Text(s.searchClearLabel) }
                    },
                    modifier = Modifier.fillMaxWidth(),
                )
            }
            item {
                LazyRow {
                    items(s.filters) { chip ->
                        FilterChip(
                            selected = chip.selected,
                            onClick = {
                                when (chip.kind) {
                                    FilterKind.IN_PERSON -> model.setAttendance(if (chip.selected) null else AttendanceFilter.IN_PERSON)
                                    FilterKind.ONLINE -> model.setAttendance(if (chip.selected) null else AttendanceFilter.ONLINE)
                                    FilterKind.NEAR_ME -> if (chip.selected) model.setNear(null) else nearMe()
                                    FilterKind.TYPE -> chip.code?.let(model::toggleType)
                                }
                            },
                            label = { Text(chip.label) },
                            modifier = Modifier.padding(end = 8.dp),
                        )
                    }
                }
            }
            s.localeNote?.let { item { Text(it, style = MaterialTheme.typography.bodySmall) } }
            item { Notices(s.notices) }
            s.sections.forEach { section ->
                item(key = "h-" + section.kind.name) {
                    Text(section.heading, style = MaterialTheme.typography.titleMedium,
                        modifier = Modifier.padding(top = 12.dp).semantics { heading() })
                }
                items(section.rows, key = { it.id }) { row -> MeetingRowItem(row) { go(Destination.Meeting(row.id)) } }
            }
            s.more?.let { item { Text(it, modifier = Modifier.padding(vertical = 8.dp)) } }
            item {
                Actions {
                    s.actions.forEach { a ->
                        Button(onClick = {
                            when (a.action) {
                                MeetingsAction.CHOOSE_AREA -> go(Destination.Areas)
                                MeetingsAction.CLEAR_FILTERS -> { text = ""; model.clearFilters() }
                                // Reading failed: read again. Days-old meetings: sync.
                                MeetingsAction.TRY_AGAIN -> model.reload()
                                MeetingsAction.UPDATE_NOW -> scope.launch { model.updateNow() }
                                MeetingsAction.SHOW_MORE -> model.showMore()
                            }
                        }) { Text(a.label) }
                    }
                }
            }
        }
    }
}

/** One meeting: what the core says about it, and its actions handed to the right app. */
@Composable
fun MeetingRoute(vm: MeetingViewModel, go: (Destination) -> Unit, back: () -> Unit) {
    val model = vm.model
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    val askNotifications = rememberNotificationAsk()
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item {
                Column(Modifier.semantics(mergeDescendants = true) { contentDescription = s.accessibilityLabel }) {
                    s.next?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
                    if (s.found) Text(s.schedule)
                    s.place.forEach { Text(it) }
                    if (s.badges.isNotEmpty()) Text(s.badges.joinToString(" · ") { it.label }, style = MaterialTheme.typography.labelMedium)
                }
            }
            item { Notices(s.notices) }
            items(s.blocks) { b ->
                Column(Modifier.padding(vertical = 6.dp)) {
                    Text(b.heading, style = MaterialTheme.typography.titleSmall, modifier = Modifier.semantics { heading() })
                    Text(b.text)
                }
            }
            items(s.actions) { a ->
                OutlinedButton(modifier = Modifier.fillMaxWidth(), onClick = {
                    when (a.action) {
                        MeetingAction.DIRECTIONS, MeetingAction.JOIN, MeetingAction.CALL, MeetingAction.WEBSITE ->
                            a.url?.let { openLink(context, it, a.webUrl) }
                        MeetingAction.SHARE -> share(context, s.shareText)
                        MeetingAction.REPORT -> scope.launch { model.report()?.let { openLink(context, it.report.url) } }
                        MeetingAction.REMIND -> askNotifications {
                            scope.launch {
                                model.remind()?.let { Toast.makeText(context, it.message, Toast.LENGTH_LONG).show() }
                            }
                        }
                        MeetingAction.RIDES -> go(Destination.Rides)
                        MeetingAction.ADD_TO_CALENDAR -> scope.launch {
                            val ics = model.calendar() ?: return@launch
                            val uri = withContext(Dispatchers.IO) {
                                val file = File(context.cacheDir, "calendar/meeting.ics").apply { parentFile?.mkdirs(); writeText(ics) }
                                FileProvider.getUriForFile(context, context.packageName + ".files", file)
                            }
                            val view = Intent(Intent.ACTION_VIEW).setDataAndType(uri, "text/calendar")
                                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
                            runCatching { context.startActivity(view) }
                                .onFailure { Toast.makeText(context, R.string.no_app_to_open, Toast.LENGTH_SHORT).show() }
                        }
                    }
                }) { Text(a.label) }
            }
            items(s.footer) { Text(it, style = MaterialTheme.typography.bodySmall) }
            item { TextButton(onClick = back) { Text(stringResource(R.string.back)) } }
        }
    }
}

/** My meetings: the saved ones, each with when it next meets and "remove". */
@Composable
fun MyMeetingsRoute(vm: MyMeetingsViewModel, go: (Destination) -> Unit) {
    val model = vm.model
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item { Notices(s.notices) }
            items(s.rows, key = { it.row.id }) { r ->
                MeetingRowItem(r.row) { go(Destination.Meeting(r.row.id)) }
                r.statusNote?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                r.actions.forEach { a ->
                    if (a.action == MyMeetingsAction.REMOVE) TextButton(onClick = { model.remove(r.row.id) }) { Text(a.label) }
                }
            }
            item {
                Actions {
                    s.actions.forEach { a ->
                        Button(onClick = {
                            when (a.action) {
                                MyMeetingsAction.FIND_MEETINGS -> go(Destination.Meetings)
                                MyMeetingsAction.TRY_AGAIN -> model.retry()
                                MyMeetingsAction.REMOVE -> Unit
                            }
                        }) { Text(a.label) }
                    }
                }
            }
        }
    }
}

/**
 * Areas and feeds; on a new phone, the welcome that asks for an area. An area comes from the
 * relay (BuildConfig.RELAY_URL, its key pinned); once one is added on first run, the app goes
 * on to the meetings.
 */
@Composable
fun AreasRoute(vm: AreasViewModel, done: () -> Unit) {
    val model = vm.model
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var addingFeed by remember { mutableStateOf(false) }
    val here = rememberLocation { point ->
        if (point == null) {
            Toast.makeText(context, R.string.location_unknown, Toast.LENGTH_LONG).show()
        } else {
            scope.launch {
                val firstRun = model.ui.value.state?.firstRun == true
                if (addArea(model, point) && firstRun) done()
            }
        }
    }
    var choosingPlace by remember { mutableStateOf(false) }
    if (choosingPlace) {
        PlaceDialog(
            onPlace = { point ->
                choosingPlace = false
                scope.launch {
                    val firstRun = model.ui.value.state?.firstRun == true
                    if (addArea(model, point) && firstRun) done()
                }
            },
            onDismiss = { choosingPlace = false },
        )
    }
    if (addingFeed) {
        TextDialog(
            title = stringResource(R.string.add_feed_title), label = stringResource(R.string.add_feed_label),
            onDone = { url ->
                addingFeed = false
                scope.launch {
                    val firstRun = model.ui.value.state?.firstRun == true
                    if (model.addFeed(url) != null && firstRun) done()
                }
            },
            onDismiss = { addingFeed = false },
        )
    }
    ScreenFrame(model) { s ->
        val act: (AreasAction, SourceRow?) -> Unit = { action, row ->
            when (action) {
                AreasAction.USE_MY_LOCATION -> here()
                AreasAction.ADD_FEED -> addingFeed = true
                AreasAction.UPDATE_NOW, AreasAction.TRY_AGAIN -> scope.launch { model.updateNow() }
                AreasAction.REMOVE_AREA -> row?.areaId?.let(model::removeArea)
                AreasAction.REMOVE_FEED -> row?.sourceId?.let(model::removeFeed)
                // No map library is part of the app: the place is chosen by its name.
                AreasAction.CHOOSE_ON_MAP -> choosingPlace = true
            }
        }
        // An area needs a relay (built in, or none in this build: feeds by hand only), and
        // "choose another place" the phone's place-name lookup.
        val relay = BuildConfig.RELAY_URL.isNotBlank()
        val offered = { a: AreasAction ->
            when (a) {
                AreasAction.USE_MY_LOCATION -> relay
                AreasAction.CHOOSE_ON_MAP -> relay && Geocoder.isPresent()
                else -> true
            }
        }
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            s.intro?.let { item { Text(it) } }
            item { Notices(s.notices) }
            items(s.areas + s.feeds, key = { it.sourceId + (it.areaId ?: "") }) { row ->
                ListItem(
                    headlineContent = { Text(row.name) },
                    supportingContent = { Text(row.meetings + " · " + row.updated) },
                    modifier = Modifier.semantics(mergeDescendants = true) { contentDescription = row.accessibilityLabel },
                )
                Actions { row.actions.filter { offered(it.action) }.forEach { a -> TextButton(onClick = { act(a.action, row) }) { Text(a.label) } } }
            }
            item {
                Column {
                    s.actions.filter { offered(it.action) }.forEach { a ->
                        Button(onClick = { act(a.action, null) }, modifier = Modifier.fillMaxWidth().padding(vertical = 4.dp)) { Text(a.label) }
                    }
                }
            }
            item { Text(s.privacyNote, style = MaterialTheme.typography.bodySmall, modifier = Modifier.padding(vertical = 8.dp)) }
        }
    }
}

/** Adds the relay's area around [point], as wide as the core says; true when it synced. */
private suspend fun addArea(model: AreasModel, point: GeoPoint): Boolean {
    val km = model.ui.value.state?.radiusKm ?: return false
    return model.addArea(BuildConfig.RELAY_URL, BuildConfig.RELAY_KEY, point, km.toDouble(), null) != null
}

/**
 * "Choose another place" by its name: the phone's own place-name lookup (Geocoder) finds
 * towns matching what was typed; the one picked becomes the centre of a new area. Only the
 * area's wide tiles reach the relay, never the point.
 */
@Composable
private fun PlaceDialog(onPlace: (GeoPoint) -> Unit, onDismiss: () -> Unit) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var name by rememberSaveable { mutableStateOf("") }
    var found by remember { mutableStateOf<List<Address>?>(null) }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.place_title)) },
        text = {
            Column {
                OutlinedTextField(value = name, onValueChange = { name = it }, label = { Text(stringResource(R.string.place_label)) }, singleLine = true)
                found?.let { places ->
                    if (places.isEmpty()) Text(stringResource(R.string.place_none), Modifier.padding(top = 8.dp))
                    LazyColumn {
                        items(places) { a ->
                            ListItem(
                                headlineContent = { Text(a.getAddressLine(0) ?: a.featureName.orEmpty()) },
                                modifier = Modifier.clickable { onPlace(GeoPoint(a.latitude, a.longitude)) },
                            )
                        }
                    }
                }
            }
        },
        confirmButton = {
            TextButton(enabled = name.isNotBlank(), onClick = {
                scope.launch { found = findPlaces(context, name.trim()) }
            }) { Text(stringResource(R.string.place_search)) }
        },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.cancel)) } },
    )
}

/** Up to five places with a position matching [name]; empty when none or the lookup failed. */
private suspend fun findPlaces(context: Context, name: String): List<Address> {
    val geocoder = Geocoder(context)
    val all: List<Address> = if (Build.VERSION.SDK_INT >= 33) {
        suspendCancellableCoroutine { done ->
            geocoder.getFromLocationName(name, 5, object : Geocoder.GeocodeListener {
                override fun onGeocode(addresses: MutableList<Address>) = done.resume(addresses)
                override fun onError(errorMessage: String?) = done.resume(emptyList())
            })
        }
    } else {
        // The blocking form (deprecated from Android 13, the only one before it), off the main thread.
        withContext(Dispatchers.IO) {
            runCatching { geocoder.getFromLocationName(name, 5) }.getOrNull().orEmpty()
        }
    }
    return all.filter { it.hasLatitude() && it.hasLongitude() }
}

/**
 * A small dialog asking for one line of text (a feed's address, a board's address, a name),
 * starting from [initial]; with [allowBlank] an empty answer is one too (no board: car-pools off).
 */
@Composable
fun TextDialog(
    title: String,
    label: String,
    onDone: (String) -> Unit,
    onDismiss: () -> Unit,
    secret: Boolean = false,
    initial: String = "",
    allowBlank: Boolean = false,
) {
    var text by rememberSaveable { mutableStateOf(initial) }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(title) },
        text = {
            OutlinedTextField(
                value = text, onValueChange = { text = it }, label = { Text(label) }, singleLine = true,
                visualTransformation = if (secret) androidx.compose.ui.text.input.PasswordVisualTransformation()
                else androidx.compose.ui.text.input.VisualTransformation.None,
            )
        },
        confirmButton = { TextButton(onClick = { onDone(text) }, enabled = allowBlank || text.isNotBlank()) { Text(stringResource(R.string.continue_label)) } },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.cancel)) } },
    )
}
