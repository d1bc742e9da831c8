package app.waymark.android

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import java.util.concurrent.TimeUnit

/** Creates the discreet notification channel and the periodic background sync. */
class WaymarkApp : Application() {
    override fun onCreate() {
        super.onCreate()
        val channel = NotificationChannel(
            REMINDER_CHANNEL, getString(R.string.channel_reminders), NotificationManager.IMPORTANCE_DEFAULT,
        ).apply {
            // Nothing on the lock screen beyond what the core's discreet text says.
            lockscreenVisibility = android.app.Notification.VISIBILITY_PRIVATE
        }
        getSystemService(NotificationManager::class.java).createNotificationChannel(channel)

        val sync = PeriodicWorkRequestBuilder<SyncWorker>(6, TimeUnit.HOURS)
            .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 5, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(this)
            .enqueueUniquePeriodicWork("directory-sync", ExistingPeriodicWorkPolicy.KEEP, sync)
    }

    companion object {
        const val REMINDER_CHANNEL = "reminders"
    }
}
