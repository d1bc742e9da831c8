// What the phone apps do around the screens that is not Android API glue, tested on the JVM:
// re-arming reminders from the core's plan, backups through a picked document's streams, and
// where a deep link or a first start leads.
package app.waymark.screens

import app.waymark.core.BackupSummary
import app.waymark.core.EntryKind
import app.waymark.core.Plan
import app.waymark.core.PlannedReminder
import app.waymark.core.RestoreReport
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.ReminderPlanner
import app.waymark.ffi.appTimings
import app.waymark.ffi.parseLink
import app.waymark.core.AppLink
import java.io.File
import java.io.InputStream
import java.io.OutputStream
import java.time.Instant

/** The platform's alarms: AlarmManager in the Android app, a fake in tests. */
interface AlarmPort {
    /** Whether exact alarms may be set (always on Android before 12). */
    fun exactAllowed(): Boolean

    /** Sets an alarm that posts [reminder] at its time: exactly, or within a window when not [exact]. */
    fun schedule(reminder: PlannedReminder, exact: Boolean)

    /** Takes back the alarm with this reminder id. */
    fun cancel(id: String)
}

/** Where the ids of the alarms handed to the platform are kept from one run to the next. */
interface ScheduledIds {
    /** The ids set last time. */
    fun load(): Set<String>

    /** The ids set now. */
    fun save(ids: Set<String>)
}

/**
 * Hands the core's reminder plan to the platform. The core decides what fires when (clock
 * changes, meetings past midnight, the cap, the discreet text); this only sets and cancels
 * alarms and remembers which are set.
 */
object ReminderAlarms {
    /** How far ahead alarms are set: the core's horizon (re-armed by every sync and change). */
    val HORIZON_MINUTES: UInt get() = appTimings().planHorizonMinutes

    /** At most this many alarms at once (Android allows 500 per app). */
    const val MAX_PENDING: UInt = 200u

    /**
     * Re-arms: cancels what the plan no longer wants, sets what is new, and saves the ids.
     * After a reboot, a clock or time-zone change ([everythingLost]) every alarm is gone or
     * wrong, so the whole plan is set again.
     */
    fun rearm(
        planner: ReminderPlanner,
        directory: MeetingDirectory,
        alarms: AlarmPort,
        store: ScheduledIds,
        zone: String,
        locale: String?,
        now: Instant = Instant.now(),
        everythingLost: Boolean = false,
    ): Plan {
        val stored = store.load()
        val held = if (everythingLost) listOf() else stored.toList()
        val plan = planner.plan(directory, now, HORIZON_MINUTES, MAX_PENDING, held, zone, locale)
        // After a loss, alarms the plan no longer has may still be set (a zone change keeps them).
        if (everythingLost) (stored - plan.reminders.map { it.id }.toSet()).forEach { alarms.cancel(it) }
        plan.cancel.forEach { alarms.cancel(it) }
        val exact = alarms.exactAllowed()
        plan.schedule.forEach { alarms.schedule(it, exact) }
        store.save(plan.reminders.map { it.id }.toSet())
        return plan
    }
}

/**
 * Backups through a document the person picked (Android's system file picker gives streams,
 * the core reads and writes files): through a file in a private scratch folder that is always
 * deleted afterwards.
 */
object Backups {
    /** Writes an encrypted backup of the vault into [out]. */
    fun write(vault: PrivateVault, passphrase: String, scratch: File, out: () -> OutputStream): BackupSummary {
        val file = File.createTempFile("backup", ".tmp", scratch.apply { mkdirs() })
        try {
            file.delete()
            val summary = vault.writeBackup(file.path, passphrase)
            out().use { sink -> file.inputStream().use { it.copyTo(sink) } }
            return summary
        } finally {
            file.delete()
        }
    }

    /** Restores a backup read from [input] into the vault (nothing changes when it fails). */
    fun restore(vault: PrivateVault, passphrase: String?, scratch: File, input: () -> InputStream): RestoreReport {
        val file = File.createTempFile("restore", ".tmp", scratch.apply { mkdirs() })
        try {
            input().use { source -> file.outputStream().use { source.copyTo(it) } }
            return vault.restoreBackup(file.path, passphrase)
        } finally {
            file.delete()
        }
    }
}

/**
 * Every screen, as a place to go. [route] is the Navigation Compose route (the app's NavHost
 * declares [ROUTES]); [link] parses the deep links the core puts in reminders
 * (`waymark://meeting/<id>`, `waymark://journal/checkin`) and the app's own.
 */
sealed class Destination(val route: String) {
    data object Meetings : Destination("meetings")
    data class Meeting(val id: String) : Destination("meeting/" + escape(id))
    data object MyMeetings : Destination("my-meetings")
    data object Reminders : Destination("reminders")
    data object Journal : Destination("journal")
    data class Editor(val kind: EntryKind, val entryId: String? = null) :
        Destination("editor/" + kind.name.lowercase() + (entryId?.let { "?entry=" + escape(it) } ?: ""))
    data object Sobriety : Destination("sobriety")
    data object Rides : Destination("rides")
    data object People : Destination("people")
    data object Settings : Destination("settings")
    data object Areas : Destination("areas")

    companion object {
        /** The route patterns' arguments, and the patterns, one per screen, for the NavHost. */
        const val MEETING_ARG = "id"
        const val KIND_ARG = "kind"
        const val ENTRY_ARG = "entry"

        /** One meeting's route pattern. */
        const val MEETING_ROUTE = "meeting/" + "{" + MEETING_ARG + "}"

        /** The editor's route pattern (the entry is optional). */
        const val EDITOR_ROUTE = "editor/" + "{" + KIND_ARG + "}" + "?" + ENTRY_ARG + "=" + "{" + ENTRY_ARG + "}"

        val ROUTES: List<String> = listOf(
            "meetings", MEETING_ROUTE, "my-meetings", "reminders", "journal",
            EDITOR_ROUTE, "sobriety", "rides", "people", "settings", "areas",
        )

        private fun escape(s: String): String = buildString {
            for (b in s.toByteArray(Charsets.UTF_8)) {
                val c = b.toInt() and 0xff
                if (c < 0x80 && (c.toChar().isLetterOrDigit() || c.toChar() in "-_.~:")) append(c.toChar()) else append("%%%02X".format(c))
            }
        }

        /** The entry kind named in a route (`checkin`), or `null`. */
        fun kind(name: String?): EntryKind? = EntryKind.entries.firstOrNull { it.name.lowercase() == name }

        /** Where a `waymark://` link leads (the core reads it), or `null` for anything else. */
        fun link(uri: String?): Destination? = when (val l = uri?.let { parseLink(it) }) {
            is AppLink.Meeting -> Meeting(l.id)
            is AppLink.Write -> Editor(l.kind)
            is AppLink.Journal -> Journal
            is AppLink.Meetings -> Meetings
            is AppLink.MyMeetings -> MyMeetings
            is AppLink.Reminders -> Reminders
            is AppLink.Sobriety -> Sobriety
            is AppLink.Rides -> Rides
            is AppLink.People -> People
            is AppLink.Settings -> Settings
            is AppLink.Areas -> Areas
            null -> null
        }

        /**
         * Where the app opens: a deep link's screen; else, on a phone whose directory follows
         * no area or feed yet (the core's `firstRun`), the area setup; else the meetings.
         */
        fun start(link: String?, firstRun: Boolean): Destination =
            link(link) ?: if (firstRun) Areas else Meetings
    }
}
