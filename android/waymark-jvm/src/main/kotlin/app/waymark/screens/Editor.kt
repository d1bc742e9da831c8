// The journal entry editor. The core words the form (EditorState: fields in order, scales,
// HALT boxes, prompts); the person's typing is kept here, in the same state, so the app only
// draws `ui.state` and reports each edit.
package app.waymark.screens

import app.waymark.core.EditorField
import app.waymark.core.EditorState
import app.waymark.core.EditorView
import app.waymark.core.FieldKind
import app.waymark.core.HaltItem
import app.waymark.core.CheckinResult
import app.waymark.core.MeetingsOptions
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.carryOver
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow

/** An editor's form as the person has filled it in so far, and what it is for. */
class EntryDraft internal constructor(internal var view: EditorView, first: EditorState) {
    internal val form = MutableStateFlow(first)

    /** The fields as the core last built or saved them: what a change is measured against. */
    internal var baseline: List<EditorField> = first.fields

    /** The form, after every edit. */
    val states: Flow<EditorState> get() = form
}

/**
 * A new entry of a kind (with a template's prompts) or an existing one ([EditorView.entryId]).
 * Edits change the form here; [save] writes it to the vault (the journal screens hear it).
 */
class EditorModel(
    private val vault: PrivateVault,
    private val options: MeetingsOptions,
    view: EditorView,
    scope: CoroutineScope,
    dispatcher: CoroutineDispatcher = Dispatchers.IO,
) : ScreenModel<EntryDraft, EditorState>(
    scope, dispatcher,
    { EntryDraft(view, vault.entryEditor(view, options)) },
    { it.states },
    release = {},
) {
    private val changes = MutableStateFlow(false)

    /**
     * Whether the person has written or chosen something since the core built this form (or
     * since it was saved): Save waits for a change, and leaving after one asks the state's
     * `discard` question first. A kind or template chosen starts again from its fresh form, so
     * only text carried over to it counts (as in WaymarkKit).
     */
    val changed: StateFlow<Boolean> = changes.asStateFlow()

    /** Shows [state] after measuring it, so whoever sees the new form sees its [changed] too. */
    private fun EntryDraft.show(state: EditorState) {
        changes.value = state.fields != baseline
        form.value = state
    }

    private fun edit(index: Int, change: (EditorField) -> EditorField) = send { d ->
        val now = d.form.value
        if (index in now.fields.indices) {
            d.show(now.copy(fields = now.fields.mapIndexed { i, f -> if (i == index) change(f) else f }))
        }
    }

    /** Text typed into field [index] (a prompt's answer or the free text). */
    fun setText(index: Int, text: String) = edit(index) { it.copy(text = text) }

    /** A scale (mood, craving) set to [value], or cleared with `null`. */
    fun setValue(index: Int, value: UByte?) = edit(index) { f ->
        f.copy(value = value?.takeIf { it in f.min..f.max })
    }

    /** A HALT box ticked or unticked. */
    fun setCheck(index: Int, item: HaltItem, checked: Boolean) = edit(index) { f ->
        f.copy(checks = f.checks.map { if (it.item == item) it.copy(checked = checked) else it })
    }

    /**
     * Another kind or template chosen: the core's form for it, keeping what was written where
     * the new form asks the same, and the free text always (the core's `carryOver`).
     */
    fun choose(view: EditorView) = send { d ->
        val fresh = vault.entryEditor(view.copy(entryId = d.view.entryId), options)
        d.view = view.copy(entryId = d.view.entryId)
        d.baseline = fresh.fields
        d.show(fresh.copy(fields = carryOver(d.form.value.fields, fresh.fields)))
    }

    /**
     * "Save": writes the entry (or its new words, when editing) and returns it, with the next
     * step a hard check-in brings (meetings from [directory] when given; never a place). Once
     * saved, the editor edits that entry: saving again changes it and never adds a second.
     */
    suspend fun save(directory: MeetingDirectory? = null): CheckinResult? = ask { d ->
        // The core turns the form into the entry, keeping what the editor does not show.
        val saved = vault.saveEditor(d.view, d.form.value.fields, options, directory, null)
        d.view = d.view.copy(entryId = saved.entry.id)
        d.baseline = d.form.value.fields
        d.show(d.form.value)
        saved
    }
}
