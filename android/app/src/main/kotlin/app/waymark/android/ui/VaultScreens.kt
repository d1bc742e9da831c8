// The private screens: Reminders, Journal and the entry editor, Sobriety dates, Rides, People
// and Settings. They draw the core's states and turn taps into screen-model calls.
package app.waymark.android.ui

import android.Manifest
import android.app.DatePickerDialog
import android.content.Context
import android.os.Build
import android.widget.Toast
import androidx.activity.compose.BackHandler
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyRow
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.lazy.itemsIndexed
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilterChip
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.ListItem
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.compose.LifecycleResumeEffect
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import app.waymark.android.AppLock
import app.waymark.android.R
import app.waymark.android.UnlockResult
import app.waymark.core.Confirmation
import app.waymark.core.ContactRole
import app.waymark.core.EditorView
import app.waymark.core.EntryKind
import app.waymark.core.FieldKind
import app.waymark.core.JournalRowAction
import app.waymark.core.JournalView
import app.waymark.core.NextStep
import app.waymark.core.PeopleAction
import app.waymark.core.ReminderFix
import app.waymark.core.RoleChoice
import app.waymark.core.SobrietyCard
import app.waymark.core.ReminderRowAction
import app.waymark.core.RideFormKind
import app.waymark.core.RideFormState
import app.waymark.core.RidesAction
import app.waymark.core.SettingsAction
import app.waymark.core.SobrietyAction
import app.waymark.screens.RidesModel
import app.waymark.screens.Destination
import java.io.File
import java.time.LocalDate
import java.time.ZoneId
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * Asks for a day with the system's date picker, starting at [from] (else [latest]) and never
 * after [latest]: the core's "today" where the person is.
 */
private fun pickDate(context: Context, from: String?, latest: String, picked: (String) -> Unit) {
    val last = runCatching { LocalDate.parse(latest) }.getOrNull() ?: LocalDate.now()
    val start = from?.let { runCatching { LocalDate.parse(it) }.getOrNull() } ?: last
    DatePickerDialog(context, { _, y, m, d -> picked(LocalDate.of(y, m + 1, d).toString()) }, start.year, start.monthValue - 1, start.dayOfMonth)
        .apply { datePicker.maxDate = last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli() - 1 }
        .show()
}

/** Reminders: each rule as the core words it, the platform's problems with their fixes, pause and resume. */
@Composable
fun RemindersRoute(vm: RemindersViewModel) {
    val model = vm.model
    val context = LocalContext.current
    val askAgain = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { vm.refreshFacts() }
    // Back from the system settings (or the permission dialog): the platform's answers again.
    LifecycleResumeEffect(model) {
        vm.refreshFacts()
        onPauseOrDispose { }
    }
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            s.paused?.let { item { Text(it, style = MaterialTheme.typography.titleMedium) } }
            items(s.issues) { issue ->
                Card(Modifier.fillMaxWidth().padding(vertical = 4.dp)) {
                    Column(Modifier.padding(12.dp)) {
                        Text(issue.message)
                        val label = issue.fixLabel
                        if (issue.fix != null && label != null) {
                            Button(onClick = {
                                when (issue.fix) {
                                    ReminderFix.TURN_ON_NOTIFICATIONS ->
                                        if (Build.VERSION.SDK_INT >= 33 && context is FragmentActivity &&
                                            context.shouldShowRequestPermissionRationale(Manifest.permission.POST_NOTIFICATIONS)
                                        ) {
                                            askAgain.launch(Manifest.permission.POST_NOTIFICATIONS)
                                        } else {
                                            runCatching { context.startActivity(notificationSettings(context)) }
                                        }
                                    ReminderFix.ALLOW_EXACT_ALARMS ->
                                        exactAlarmSettings(context)?.let { runCatching { context.startActivity(it) } }
                                    ReminderFix.RESUME_REMINDERS -> model.pauseUntil(null)
                                    null -> Unit
                                }
                            }) { Text(label) }
                        }
                    }
                }
            }
            item { Notices(s.notices) }
            items(s.rows, key = { it.meetingId }) { r ->
                Column(Modifier.padding(vertical = 8.dp)) {
                    Column(Modifier.semantics(mergeDescendants = true) { contentDescription = r.accessibilityLabel }) {
                        Text(r.name, style = MaterialTheme.typography.titleMedium)
                        r.`when`?.let { Text(it) }
                        Text(r.leads)
                        Text(r.lockScreen, style = MaterialTheme.typography.bodySmall)
                        r.skipped?.let { Text(it) }
                        r.note?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                    }
                    Actions {
                        r.actions.forEach { a ->
                            TextButton(onClick = {
                                when (a.action) {
                                    ReminderRowAction.SKIP_NEXT -> model.skipNext(r.meetingId)
                                    ReminderRowAction.REMOVE -> model.clearRule(r.meetingId)
                                }
                            }) { Text(a.label) }
                        }
                    }
                }
            }
            items(s.daily, key = { it.id }) { d ->
                Column(Modifier.padding(vertical = 8.dp)) {
                    Text(d.label, style = MaterialTheme.typography.titleMedium)
                    Text(d.`when`)
                    Actions {
                        d.actions.forEach { a ->
                            TextButton(onClick = {
                                when (a.action) {
                                    ReminderRowAction.REMOVE -> model.removeDaily(d.id)
                                    ReminderRowAction.SKIP_NEXT -> Unit
                                }
                            }) { Text(a.label) }
                        }
                    }
                }
            }
            // The screen's own buttons: which, when and their words are the core's.
            item { Actions { s.actions.forEach { a -> TextButton(onClick = { model.perform(a.action) }) { Text(a.label) } } } }
        }
    }
}

/** The journal: search as you type, kinds, days of entries, the trash, and "write". */
@Composable
fun JournalRoute(vm: JournalViewModel, go: (Destination) -> Unit) {
    val model = vm.model
    var text by rememberSaveable { mutableStateOf("") }
    var kind by rememberSaveable { mutableStateOf<EntryKind?>(null) }
    var trash by rememberSaveable { mutableStateOf(false) }
    val show = { model.setView(JournalView(text, kind, trash)) }
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item {
                OutlinedTextField(
                    value = text, onValueChange = { text = it; model.search(it) },
                    label = { Text(s.searchPlaceholder) }, singleLine = true, modifier = Modifier.fillMaxWidth(),
                )
            }
            item {
                LazyRow {
                    items(s.kinds) { k ->
                        FilterChip(
                            selected = k.selected,
                            onClick = { kind = if (k.selected) null else k.kind; show() },
                            label = { Text(k.label) }, modifier = Modifier.padding(end = 8.dp),
                        )
                    }
                }
            }
            item {
                Actions {
                    Button(onClick = { go(Destination.Editor(kind ?: EntryKind.NOTE)) }) { Text(s.writeLabel) }
                    // "Trash", or "Back to the journal" while in it: the core's words.
                    TextButton(onClick = { trash = !trash; show() }) { Text(s.trashLabel) }
                }
            }
            item { Notices(s.notices) }
            s.days.forEach { day ->
                item { Text(day.heading, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 12.dp)) }
                items(day.rows, key = { it.id }) { row ->
                    ListItem(
                        overlineContent = { Text(row.kindLabel + " · " + row.time) },
                        headlineContent = { Text(row.preview) },
                        trailingContent = {
                            row.actions.filter { it.action != JournalRowAction.OPEN }.forEach { a ->
                                TextButton(onClick = {
                                    when (a.action) {
                                        JournalRowAction.MOVE_TO_TRASH -> model.delete(row.id)
                                        JournalRowAction.RESTORE -> model.restore(row.id)
                                        JournalRowAction.OPEN -> Unit
                                    }
                                }) { Text(a.label) }
                            }
                        },
                        modifier = Modifier
                            // Opened with a tap where the core offers it (not in the trash).
                            .clickable(enabled = row.actions.any { it.action == JournalRowAction.OPEN }) {
                                go(Destination.Editor(row.kind, row.id))
                            }
                            .semantics(mergeDescendants = true) { contentDescription = row.accessibilityLabel },
                    )
                }
            }
        }
    }
}

/** The entry editor: the core's form (kinds, templates, scales, HALT, prompts, text), saved or discarded. */
@Composable
fun EditorRoute(vm: EditorViewModel, back: () -> Unit, go: (Destination) -> Unit) {
    val model = vm.model
    val scope = rememberCoroutineScope()
    // A hard check-in's next step, shown in place of leaving at once.
    var next by remember { mutableStateOf<NextStep?>(null) }
    var discarding by remember { mutableStateOf<Confirmation?>(null) }
    val ui by model.ui.collectAsStateWithLifecycle()
    // Measured by the model against the form as the core built or saved it (it outlives a rotation).
    val changed by model.changed.collectAsStateWithLifecycle()
    val leave: () -> Unit = {
        val now = ui.state
        if (now != null && changed) discarding = now.discard else back()
    }
    BackHandler(onBack = leave)
    discarding?.let { Confirm(it, onConfirm = back, onDismiss = { discarding = null }) }
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            next?.let { step -> item { NextStepCard(step, go) } }
            item {
                LazyRow {
                    items(s.kinds) { k ->
                        FilterChip(k.selected, onClick = { model.choose(EditorView(k.kind)) }, label = { Text(k.label) },
                            modifier = Modifier.padding(end = 8.dp))
                    }
                }
            }
            if (s.templates.isNotEmpty()) {
                item {
                    LazyRow {
                        items(s.templates) { t ->
                            FilterChip(t.selected, onClick = { model.choose(EditorView(s.kind, template = t.id)) }, label = { Text(t.label) },
                                modifier = Modifier.padding(end = 8.dp))
                        }
                    }
                }
            }
            item { Notices(s.notices) }
            itemsIndexed(s.fields) { i, f ->
                Column(Modifier.padding(vertical = 6.dp)) {
                    when (f.kind) {
                        FieldKind.MOOD, FieldKind.CRAVING -> {
                            Text(f.label)
                            // One chip a value, none chosen until the person chooses (as iOS's
                            // segments): a slider would show an unanswered scale at its lowest.
                            // Tapping the chosen one again leaves the question unanswered.
                            LazyRow {
                                items((f.min.toInt()..f.max.toInt()).toList()) { v ->
                                    val chosen = f.value?.toInt() == v
                                    FilterChip(chosen, onClick = { model.setValue(i, if (chosen) null else v.toUByte()) },
                                        label = { Text("$v") }, modifier = Modifier.padding(end = 4.dp))
                                }
                            }
                            Row { f.lowLabel?.let { Text(it, Modifier.weight(1f)) }; f.highLabel?.let { Text(it) } }
                        }
                        FieldKind.HALT -> {
                            Text(f.label)
                            f.checks.forEach { c ->
                                Row(verticalAlignment = Alignment.CenterVertically) {
                                    Checkbox(checked = c.checked, onCheckedChange = { model.setCheck(i, c.item, it) })
                                    Text(c.label)
                                }
                            }
                        }
                        FieldKind.PROMPT, FieldKind.TEXT -> {
                            // The field keeps its own text while typing; each change goes to the model.
                            var text by remember(s.kind, i, f.label) { mutableStateOf(f.text) }
                            OutlinedTextField(
                                value = text, onValueChange = { text = it; model.setText(i, it) },
                                label = { Text(f.label) }, placeholder = f.placeholder?.let { p -> @Composable { Text(p) } },
                                minLines = if (f.kind == FieldKind.TEXT) 4 else 2, modifier = Modifier.fillMaxWidth(),
                            )
                        }
                    }
                }
            }
            item { Text(s.privacyNote, style = MaterialTheme.typography.bodySmall) }
            item {
                Actions {
                    // As on iOS: nothing to save until something changed.
                    Button(enabled = changed, onClick = {
                        scope.launch {
                            val saved = vm.save() ?: return@launch
                            if (saved.nextStep == null) back() else next = saved.nextStep
                        }
                    }) { Text(s.saveLabel) }
                    TextButton(onClick = leave) { Text(s.cancelLabel) }
                }
            }
        }
    }
}

/**
 * A hard check-in's next step, as the core words it: one gentle line, my people (one tap to
 * call or text; nothing is sent), and the next meetings, each opening its screen.
 */
@Composable
private fun NextStepCard(step: NextStep, go: (Destination) -> Unit) {
    val context = LocalContext.current
    Card(Modifier.fillMaxWidth().padding(vertical = 8.dp)) {
        Column(Modifier.padding(16.dp)) {
            Text(step.message, style = MaterialTheme.typography.titleMedium)
            step.contacts.forEach { person ->
                Row(verticalAlignment = Alignment.CenterVertically) {
                    Text(person.name, Modifier.weight(1f))
                    TextButton(onClick = { openLink(context, person.callLink) }) { Text(stringResource(R.string.next_step_call, person.name)) }
                    TextButton(onClick = { openLink(context, person.textLink) }) { Text(stringResource(R.string.next_step_text, person.name)) }
                }
            }
            step.meetings.forEach { soon ->
                ListItem(
                    headlineContent = { Text(soon.meeting.name) },
                    supportingContent = { Text(soon.meeting.`when`) },
                    modifier = Modifier.clickable { go(Destination.Meeting(soon.meeting.id)) },
                )
            }
        }
    }
}

/** Sobriety dates: each count as the core words it; add, change, start again, remove (each confirmed in the core's words). */
@Composable
fun SobrietyRoute(vm: SobrietyViewModel) {
    val model = vm.model
    val context = LocalContext.current
    var confirm by remember { mutableStateOf<Pair<Confirmation, () -> Unit>?>(null) }
    var naming by remember { mutableStateOf(false) }
    var renaming by remember { mutableStateOf<SobrietyCard?>(null) }
    val today = { model.ui.value.state?.today ?: LocalDate.now().toString() }
    confirm?.let { (c, then) -> Confirm(c, onConfirm = then, onDismiss = { confirm = null }) }
    if (naming) {
        TextDialog(
            title = stringResource(R.string.sobriety_add_title), label = stringResource(R.string.sobriety_name),
            onDone = { label -> naming = false; pickDate(context, null, today()) { date -> model.add(date, label.trim()) } },
            onDismiss = { naming = false },
        )
    }
    // "Edit": its name (kept when left as it is), then its date.
    renaming?.let { c ->
        TextDialog(
            title = stringResource(R.string.sobriety_add_title), label = stringResource(R.string.sobriety_name),
            initial = c.label,
            onDone = { label ->
                renaming = null
                pickDate(context, c.date, today()) { date -> model.edit(c.id, date, label.trim().takeIf { it != c.label }) }
            },
            onDismiss = { renaming = null },
        )
    }
    ScreenFrame(model) { s ->
        val act: (app.waymark.core.SobrietyActionItem, app.waymark.core.SobrietyCard?) -> Unit = { a, card ->
            val run: () -> Unit = when (a.action) {
                SobrietyAction.ADD -> ({ naming = true })
                SobrietyAction.EDIT -> ({ renaming = card })
                SobrietyAction.START_AGAIN -> ({ card?.let { model.startAgain(it.id) } })
                SobrietyAction.REMOVE -> ({ card?.let { model.remove(it.id) } })
                SobrietyAction.TRY_AGAIN -> ({ model.retry() })
            }
            val c = a.confirm
            if (c != null) confirm = c to run else run()
        }
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item { Notices(s.notices) }
            items(s.cards, key = { it.id }) { card ->
                Card(Modifier.fillMaxWidth().padding(vertical = 6.dp)) {
                    Column(Modifier.padding(12.dp)) {
                        Column(Modifier.semantics(mergeDescendants = true) { contentDescription = card.accessibilityLabel }) {
                            Text(card.label, style = MaterialTheme.typography.titleMedium)
                            Text(card.count, style = MaterialTheme.typography.headlineMedium)
                            card.countDetail?.let { Text(it) }
                            card.since?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                            card.milestoneToday?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
                            listOfNotNull(card.nextMilestone, card.nextMilestoneWhen).takeIf { it.isNotEmpty() }
                                ?.let { Text(it.joinToString(" · ")) }
                        }
                        Actions {
                            card.actions.forEach { a ->
                                TextButton(onClick = { act(a, card) }, modifier = Modifier.semantics { contentDescription = a.accessibilityLabel }) { Text(a.label) }
                            }
                        }
                    }
                }
            }
            item { Actions { s.actions.forEach { a -> Button(onClick = { act(a, null) }) { Text(a.label) } } } }
        }
    }
}

/** Car-pools: what was offered, asked and matched, with the core's statuses and actions. */
@Composable
fun RidesRoute(vm: RidesViewModel, go: (Destination) -> Unit) {
    val model = vm.model
    val scope = rememberCoroutineScope()
    var form by remember { mutableStateOf<RideFormState?>(null) }
    form?.let { f -> RideFormDialog(f, model, onDone = { form = null }) }
    val act: (RidesAction, String?) -> Unit = { action, target ->
        when (action) {
            RidesAction.SYNC_NOW, RidesAction.TRY_AGAIN -> { scope.launch { model.syncNow() } }
            RidesAction.ACCEPT -> target?.let { model.accept(it, null) }
            RidesAction.CANCEL -> target?.let(model::cancel)
            RidesAction.RETRY -> target?.let(model::retry)
            RidesAction.SET_SERVER -> go(Destination.Settings)
            // The core's form: my meetings a ride can go to, their next days, the seats.
            RidesAction.OFFER_RIDE -> scope.launch { form = model.form(RideFormKind.OFFER) }
            RidesAction.ASK_FOR_RIDE -> scope.launch { form = model.form(RideFormKind.ASK) }
        }
    }
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item { Notices(s.notices) }
            s.sections.forEach { section ->
                item { Text(section.heading, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 12.dp)) }
                items(section.rows, key = { section.kind.name + it.id }) { row ->
                    Column(Modifier.padding(vertical = 6.dp)) {
                        Column(Modifier.semantics(mergeDescendants = true) { contentDescription = row.accessibilityLabel }) {
                            Text(row.meeting, style = MaterialTheme.typography.titleSmall)
                            Text(row.`when`)
                            Text(row.statusLabel)
                            row.details.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
                        }
                        Actions { row.actions.forEach { a -> TextButton(onClick = { act(a.action, a.target ?: row.id) }) { Text(a.label) } } }
                    }
                }
            }
            item { Actions { s.actions.forEach { a -> Button(onClick = { act(a.action, a.target) }) { Text(a.label) } } } }
        }
    }
}

/**
 * Offering seats or asking for one: a meeting, one of its days and (offering) the seats, all
 * as the core lists them; saving reads the phone's location once (only its ~1 km area leaves
 * the phone).
 */
@Composable
private fun RideFormDialog(form: RideFormState, model: RidesModel, onDone: () -> Unit) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var meetingId by remember { mutableStateOf(form.meetings.firstOrNull()?.meetingId) }
    val meeting = form.meetings.firstOrNull { it.meetingId == meetingId }
    var date by remember(meetingId) { mutableStateOf(meeting?.days?.firstOrNull()?.date) }
    var seats by remember { mutableStateOf(form.defaultSeats) }
    val save = rememberLocation { from ->
        val id = meetingId
        val day = date
        if (from == null) {
            Toast.makeText(context, R.string.location_needed, Toast.LENGTH_LONG).show()
        } else if (id != null && day != null) {
            scope.launch { if (model.save(form, id, day, seats, from) != null) onDone() }
        }
    }
    AlertDialog(
        onDismissRequest = onDone,
        title = { Text(form.title) },
        text = {
            LazyColumn {
                item { Notices(form.notices) }
                if (form.meetings.isNotEmpty()) item { Text(form.meetingLabel, style = MaterialTheme.typography.titleSmall) }
                items(form.meetings, key = { it.meetingId }) { m ->
                    Choice(m.name, selected = m.meetingId == meetingId) { meetingId = m.meetingId }
                }
                meeting?.let { m ->
                    item { HorizontalDivider(Modifier.padding(vertical = 8.dp)) }
                    item { Text(form.dayLabel, style = MaterialTheme.typography.titleSmall) }
                    items(m.days, key = { it.date }) { d -> Choice(d.label, selected = d.date == date) { date = d.date } }
                }
                if (form.seats.isNotEmpty()) {
                    item { HorizontalDivider(Modifier.padding(vertical = 8.dp)) }
                    item { Text(form.seatsLabel, style = MaterialTheme.typography.titleSmall) }
                    items(form.seats, key = { it.count.toInt() }) { c -> Choice(c.label, selected = c.count == seats) { seats = c.count } }
                }
                item { Text(form.fromNote, style = MaterialTheme.typography.bodySmall, modifier = Modifier.padding(top = 8.dp)) }
            }
        },
        confirmButton = {
            TextButton(enabled = meetingId != null && date != null, onClick = save) { Text(form.saveLabel) }
        },
        dismissButton = { TextButton(onClick = onDone) { Text(stringResource(R.string.cancel)) } },
    )
}

/** One choice of a list, as a radio button with its words. */
@Composable
private fun Choice(label: String, selected: Boolean, onClick: () -> Unit) {
    Row(
        Modifier.fillMaxWidth().selectable(selected = selected, role = Role.RadioButton, onClick = onClick).padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null)
        Text(label, Modifier.padding(start = 8.dp))
    }
}

/** People to call: the sponsor first, call and text handed to the phone's apps, add and remove. */
@Composable
fun PeopleRoute(vm: PeopleViewModel) {
    val model = vm.model
    val context = LocalContext.current
    var adding by remember { mutableStateOf(false) }
    var confirm by remember { mutableStateOf<Pair<Confirmation, () -> Unit>?>(null) }
    confirm?.let { (c, then) -> Confirm(c, onConfirm = then, onDismiss = { confirm = null }) }
    if (adding) AddPersonDialog(
        roles = model.ui.value.state?.roles.orEmpty(),
        onDone = { name, role, phone -> adding = false; model.add(name, role, phone) },
        onDismiss = { adding = false },
    )
    ScreenFrame(model) { s ->
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item { Notices(s.notices) }
            items(s.rows, key = { it.id }) { p ->
                Column(Modifier.padding(vertical = 6.dp)) {
                    Column(Modifier.semantics(mergeDescendants = true) { contentDescription = p.accessibilityLabel }) {
                        Text(p.name, style = MaterialTheme.typography.titleMedium)
                        Text(p.roleLabel + " · " + p.phone)
                        p.note?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                    }
                    Actions {
                        p.actions.forEach { a ->
                            TextButton(
                                modifier = Modifier.semantics { contentDescription = a.accessibilityLabel },
                                onClick = {
                                    val run: () -> Unit = when (a.action) {
                                        PeopleAction.CALL, PeopleAction.TEXT -> ({ a.url?.let { openLink(context, it) } })
                                        PeopleAction.REMOVE -> ({ model.remove(p.id) })
                                        PeopleAction.ADD -> ({ adding = true })
                                        PeopleAction.TRY_AGAIN -> ({ model.retry() })
                                    }
                                    val c = a.confirm
                                    if (c != null) confirm = c to run else run()
                                },
                            ) { Text(a.label) }
                        }
                    }
                }
            }
            item {
                Actions {
                    s.actions.forEach { a ->
                        Button(onClick = { if (a.action == PeopleAction.ADD) adding = true else model.retry() }) { Text(a.label) }
                    }
                }
            }
        }
    }
}

/** Name, number and who they are to the person (the core's [roles], the first chosen at first), for "add someone". */
@Composable
private fun AddPersonDialog(roles: List<RoleChoice>, onDone: (String, ContactRole, String) -> Unit, onDismiss: () -> Unit) {
    var name by rememberSaveable { mutableStateOf("") }
    var phone by rememberSaveable { mutableStateOf("") }
    var role by rememberSaveable { mutableStateOf(roles.firstOrNull()?.role ?: ContactRole.OTHER) }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(stringResource(R.string.person_add_title)) },
        text = {
            Column {
                OutlinedTextField(name, { name = it }, label = { Text(stringResource(R.string.person_name)) }, singleLine = true)
                OutlinedTextField(phone, { phone = it }, label = { Text(stringResource(R.string.person_phone)) }, singleLine = true)
                roles.forEach { choice ->
                    Row(Modifier.fillMaxWidth().selectable(selected = role == choice.role, onClick = { role = choice.role }), verticalAlignment = Alignment.CenterVertically) {
                        RadioButton(selected = role == choice.role, onClick = null)
                        Text(choice.label)
                    }
                }
            }
        },
        confirmButton = {
            TextButton(onClick = { onDone(name.trim(), role, phone.trim()) }, enabled = name.isNotBlank() && phone.isNotBlank()) {
                Text(stringResource(R.string.save))
            }
        },
        dismissButton = { TextButton(onClick = onDismiss) { Text(stringResource(R.string.cancel)) } },
    )
}

/** What Settings is waiting for from the person: a passphrase for a backup, a board's address, a language. */
private enum class Asking { NONE, BACKUP_PASSPHRASE, RESTORE_PASSPHRASE, RIDE_SERVER, LANGUAGE }

/**
 * Settings: the core's rows and toggles. Backups and the journal export go through the
 * system file picker; the app lock is only turned on after the person has unlocked once.
 */
@Composable
fun SettingsRoute(vm: SettingsViewModel, reopen: () -> Unit) {
    val model = vm.model
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var asking by remember { mutableStateOf(Asking.NONE) }
    var board by remember { mutableStateOf("") }
    var passphrase by remember { mutableStateOf("") }
    var confirm by remember { mutableStateOf<Confirmation?>(null) }
    val scratch = File(context.noBackupFilesDir, "scratch")
    val toast = { id: Int -> Toast.makeText(context, id, Toast.LENGTH_LONG).show() }

    val backupTo = rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument("application/octet-stream")) { uri ->
        if (uri != null) scope.launch {
            val done = model.writeBackup(passphrase, scratch) { context.contentResolver.openOutputStream(uri, "wt")!! }
            passphrase = ""
            if (done != null) toast(R.string.backup_written)
        }
    }
    val restoreFrom = rememberLauncherForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        if (uri != null) scope.launch {
            val done = model.restoreBackup(passphrase, scratch) { context.contentResolver.openInputStream(uri)!! }
            passphrase = ""
            if (done != null) toast(R.string.backup_restored)
        }
    }
    val exportTo = rememberLauncherForActivityResult(ActivityResultContracts.CreateDocument("text/markdown")) { uri ->
        val locale = model.ui.value.state?.locale
        if (uri != null && locale != null) scope.launch {
            val text = model.exportJournal(locale) ?: return@launch
            withContext(Dispatchers.IO) { context.contentResolver.openOutputStream(uri, "wt")!!.use { it.write(text.toByteArray()) } }
            toast(R.string.journal_exported)
        }
    }

    confirm?.let { c ->
        Confirm(c, onConfirm = {
            scope.launch {
                if (model.deleteEverything() == true) reopen()
            }
        }, onDismiss = { confirm = null })
    }
    when (asking) {
        Asking.BACKUP_PASSPHRASE, Asking.RESTORE_PASSPHRASE -> TextDialog(
            title = stringResource(R.string.backup_passphrase_title), label = stringResource(R.string.backup_passphrase_label), secret = true,
            onDone = { p ->
                passphrase = p
                val restoring = asking == Asking.RESTORE_PASSPHRASE
                asking = Asking.NONE
                if (restoring) restoreFrom.launch(arrayOf("*/*")) else backupTo.launch("waymark.backup")
            },
            onDismiss = { asking = Asking.NONE },
        )
        Asking.RIDE_SERVER -> TextDialog(
            title = stringResource(R.string.ride_server_title), label = stringResource(R.string.ride_server_label),
            // The board in use, to change; emptied, car-pools are off.
            initial = board, allowBlank = true,
            onDone = { url ->
                asking = Asking.NONE
                // Checked and kept by the core; a bad address shows its words on the screen.
                scope.launch { if (model.setRideServer(url) == true) reopen() }
            },
            onDismiss = { asking = Asking.NONE },
        )
        Asking.LANGUAGE -> model.ui.value.state?.let { s ->
            AlertDialog(
                onDismissRequest = { asking = Asking.NONE },
                title = { Text(s.sections.flatMap { it.rows }.firstOrNull { it.action == SettingsAction.CHOOSE_LANGUAGE }?.label.orEmpty()) },
                text = {
                    Column {
                        s.languages.forEach { l ->
                            Row(
                                Modifier.fillMaxWidth().selectable(selected = l.selected, onClick = {
                                    asking = Asking.NONE
                                    scope.launch { if (model.setLanguage(l.tag) == true) reopen() }
                                }),
                                verticalAlignment = Alignment.CenterVertically,
                            ) {
                                RadioButton(selected = l.selected, onClick = null)
                                Text(l.label)
                            }
                        }
                    }
                },
                confirmButton = { TextButton(onClick = { asking = Asking.NONE }) { Text(stringResource(R.string.cancel)) } },
            )
        }
        Asking.NONE -> Unit
    }

    ScreenFrame(model) { s ->
        val tap: (app.waymark.core.SettingsRow) -> Unit = { row ->
            when (row.action) {
                SettingsAction.CHOOSE_LANGUAGE -> asking = Asking.LANGUAGE
                SettingsAction.TOGGLE_DISCREET -> model.setDiscreet(row.toggle != true)
                SettingsAction.TOGGLE_APP_LOCK ->
                    if (row.toggle == true) {
                        model.setAppLock(false)
                        reopen()
                    } else {
                        // Only lock once the person has shown the phone can unlock it.
                        (context as? FragmentActivity)?.let { activity ->
                            AppLock.unlock(activity) { r ->
                                if (r == UnlockResult.Unlocked) { model.setAppLock(true); reopen() }
                                else if (r is UnlockResult.Failed) toast(R.string.unlock_no_screen_lock)
                            }
                        }
                    }
                SettingsAction.SET_RIDE_SERVER -> scope.launch {
                    board = model.rideServer().orEmpty()
                    asking = Asking.RIDE_SERVER
                }
                SettingsAction.WRITE_BACKUP -> asking = Asking.BACKUP_PASSPHRASE
                SettingsAction.RESTORE_BACKUP -> asking = Asking.RESTORE_PASSPHRASE
                SettingsAction.EXPORT_JOURNAL -> exportTo.launch("journal.md")
                SettingsAction.DELETE_EVERYTHING -> confirm = s.deleteConfirmation
                SettingsAction.TRY_AGAIN -> model.retry()
            }
        }
        LazyColumn(Modifier.padding(horizontal = 16.dp)) {
            item { Title(s.title) }
            item { Notices(s.notices) }
            s.sections.forEach { section ->
                item { Text(section.heading, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 12.dp)) }
                items(section.rows) { row ->
                    ListItem(
                        headlineContent = {
                            Text(row.label, color = if (row.destructive) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface)
                        },
                        supportingContent = listOfNotNull(row.value, row.detail).takeIf { it.isNotEmpty() }
                            ?.let { lines -> @Composable { Column { lines.forEach { Text(it) } } } },
                        trailingContent = row.toggle?.let { on -> @Composable { Switch(checked = on, onCheckedChange = null) } },
                        modifier = Modifier.clickable { tap(row) }.semantics(mergeDescendants = true) { contentDescription = row.accessibilityLabel },
                    )
                }
            }
        }
    }
}
