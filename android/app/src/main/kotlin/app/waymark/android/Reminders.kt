package app.waymark.android

import android.app.AlarmManager
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import androidx.core.app.NotificationCompat
import app.waymark.core.PlannedReminder
import java.time.Instant
import java.time.ZoneId

/**
 * Executes the core's reminder plan: the core decides what fires when (clock changes,
 * past-midnight meetings, the cap, discreet text); this only hands it to AlarmManager.
 */
object ReminderScheduler {
    private const val PREFS = "reminders"
    private const val HORIZON_MINUTES = 14u * 24u * 60u
    private const val MAX_PENDING = 200u

    fun rearm(context: Context) {
        val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
        val scheduled = prefs.getStringSet("ids", emptySet())!!.toList()
        val plan = Core.reminders(context).plan(
            Core.directory(context), Instant.now(), HORIZON_MINUTES, MAX_PENDING, scheduled,
            ZoneId.systemDefault().id,
        )
        val alarms = context.getSystemService(AlarmManager::class.java)
        plan.cancel.forEach { alarms.cancel(pending(context, it, null)) }
        // After boot or a time-zone change every alarm is gone: schedule the whole plan again.
        val toSchedule = if (scheduled.isEmpty()) plan.reminders else plan.schedule
        val exact = Build.VERSION.SDK_INT < 31 || alarms.canScheduleExactAlarms()
        for (r in toSchedule) {
            val at = Instant.parse(r.fireAtUtc).toEpochMilli()
            val intent = pending(context, r.id, r)
            if (exact) {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, intent)
            } else {
                alarms.setWindow(AlarmManager.RTC_WAKEUP, at, 10 * 60 * 1000L, intent)
            }
        }
        prefs.edit().putStringSet("ids", plan.reminders.map { it.id }.toSet()).apply()
    }

    private fun pending(context: Context, id: String, r: PlannedReminder?): PendingIntent {
        val intent = Intent(context, ReminderReceiver::class.java).setAction(id)
        if (r != null) {
            intent.putExtra("title", r.title).putExtra("body", r.body).putExtra("link", r.deepLink)
        }
        return PendingIntent.getBroadcast(
            context, id.hashCode(), intent,
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }
}

/** Posts one reminder with the core's (discreet by default) text and its deep link. */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val open = PendingIntent.getActivity(
            context, 0, Intent(Intent.ACTION_VIEW, Uri.parse(intent.getStringExtra("link") ?: "waymark://")),
            PendingIntent.FLAG_IMMUTABLE,
        )
        val n = NotificationCompat.Builder(context, WaymarkApp.REMINDER_CHANNEL)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(intent.getStringExtra("title"))
            .setContentText(intent.getStringExtra("body"))
            .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
            .setContentIntent(open)
            .setAutoCancel(true)
            .build()
        context.getSystemService(NotificationManager::class.java).notify(intent.action.hashCode(), n)
    }
}

/** Boot, clock and time-zone changes, exact-alarm permission changes: re-arm everything. */
class RearmReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        context.getSharedPreferences("reminders", Context.MODE_PRIVATE).edit().remove("ids").apply()
        ReminderScheduler.rearm(context)
    }
}
