package app.waymark.android

import android.Manifest
import android.app.AlarmManager
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import androidx.annotation.WorkerThread
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import app.waymark.core.PlannedReminder
import app.waymark.ffi.appTimings
import app.waymark.core.ReminderFacts
import app.waymark.screens.AlarmPort
import app.waymark.screens.ReminderAlarms
import app.waymark.screens.ScheduledIds
import java.time.Instant
import java.time.ZoneId
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch

/** AlarmManager as the JVM library's [AlarmPort]: one broadcast per reminder, keyed by its id. */
private class AndroidAlarms(private val context: Context) : AlarmPort {
    private val alarms = context.getSystemService(AlarmManager::class.java)

    override fun exactAllowed(): Boolean = Build.VERSION.SDK_INT < 31 || alarms.canScheduleExactAlarms()

    override fun schedule(reminder: PlannedReminder, exact: Boolean) {
        val at = Instant.parse(reminder.fireAtUtc).toEpochMilli()
        val intent = pending(context, reminder.id, reminder)
        if (exact) {
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, intent)
        } else {
            // Without exact alarms: within the core's window after, even in Doze.
            alarms.setWindow(AlarmManager.RTC_WAKEUP, at, appTimings().inexactWindowMinutes.toLong() * 60_000L, intent)
        }
    }

    override fun cancel(id: String) = alarms.cancel(pending(context, id, null))
}

/** The ids of the alarms set, in private preferences. */
private class PrefsIds(context: Context) : ScheduledIds {
    private val prefs = context.getSharedPreferences("reminders", Context.MODE_PRIVATE)
    override fun load(): Set<String> = prefs.getStringSet("ids", emptySet()).orEmpty()
    override fun save(ids: Set<String>) = prefs.edit().putStringSet("ids", ids).apply()
}

private fun pending(context: Context, id: String, r: PlannedReminder?): PendingIntent {
    val intent = Intent(context, ReminderReceiver::class.java).setAction(id)
    if (r != null) {
        intent.putExtra(EXTRA_TITLE, r.title).putExtra(EXTRA_BODY, r.body).putExtra(EXTRA_LINK, r.deepLink)
    }
    return PendingIntent.getBroadcast(
        context, id.hashCode(), intent,
        PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
    )
}

private const val EXTRA_TITLE = "title"
private const val EXTRA_BODY = "body"
private const val EXTRA_LINK = "link"

/**
 * Executes the core's reminder plan ([ReminderAlarms], tested on the JVM): the core decides
 * what fires when (clock changes, past-midnight meetings, the cap, discreet text); this only
 * hands it to AlarmManager.
 */
object ReminderScheduler {
    /** Re-arms every alarm. [everythingLost] after a reboot or a clock or zone change. */
    @WorkerThread
    fun rearm(context: Context, everythingLost: Boolean = false) {
        val session = Core.session(context)
        ReminderAlarms.rearm(
            session.vault.reminders(), session.directory, AndroidAlarms(context), PrefsIds(context),
            ZoneId.systemDefault().id, session.options.locale, Instant.now(), everythingLost,
        )
    }

    /** What the platform says about reminders, for the Reminders screen's problems and fixes. */
    fun facts(context: Context): ReminderFacts {
        val alarms = context.getSystemService(AlarmManager::class.java)
        return ReminderFacts(
            notificationsAllowed = notificationsAllowed(context),
            exactAlarmsAllowed = if (Build.VERSION.SDK_INT >= 31) alarms.canScheduleExactAlarms() else null,
            pending = PrefsIds(context).load().size.toUInt(),
            cap = ReminderAlarms.MAX_PENDING,
        )
    }

    /** Notifications can be shown: the permission (Android 13+) and the app's switch. */
    fun notificationsAllowed(context: Context): Boolean =
        (Build.VERSION.SDK_INT < 33 ||
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED) &&
            NotificationManagerCompat.from(context).areNotificationsEnabled()
}

/** Posts one reminder with the core's (discreet by default) text and its deep link. */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (!ReminderScheduler.notificationsAllowed(context)) return
        val link = intent.getStringExtra(EXTRA_LINK) ?: return
        val open = PendingIntent.getActivity(
            context, link.hashCode(),
            Intent(Intent.ACTION_VIEW, Uri.parse(link)).setPackage(context.packageName)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_SINGLE_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val n = NotificationCompat.Builder(context, WaymarkApp.REMINDER_CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(intent.getStringExtra(EXTRA_TITLE))
            .setContentText(intent.getStringExtra(EXTRA_BODY))
            // The lock screen shows the same discreet words (the core's), nothing more.
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setPublicVersion(
                NotificationCompat.Builder(context, WaymarkApp.REMINDER_CHANNEL)
                    .setSmallIcon(android.R.drawable.ic_popup_reminder)
                    .setContentTitle(intent.getStringExtra(EXTRA_TITLE))
                    .build(),
            )
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        context.getSystemService(NotificationManager::class.java).notify(intent.action.hashCode(), n)
    }
}

/** Boot, clock and time-zone changes, an update, exact-alarm permission changes: re-arm everything. */
class RearmReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val done = goAsync()
        val app = context.applicationContext
        CoroutineScope(SupervisorJob() + Dispatchers.IO).launch {
            try {
                runCatching { ReminderScheduler.rearm(app, everythingLost = true) }
            } finally {
                done.finish()
            }
        }
    }
}
