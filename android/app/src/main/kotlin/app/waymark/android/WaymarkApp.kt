package app.waymark.android

import android.app.Application
import android.app.NotificationChannel
import android.app.NotificationManager
import android.content.res.Configuration
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import app.waymark.ffi.setAppLocale
import java.util.concurrent.TimeUnit

/**
 * Creates the discreet notification channel and the periodic background sync, and tells the
 * core the phone's language so its error messages come in it (the app's own words are string
 * resources, which Android picks by itself).
 */
class WaymarkApp : Application() {
    override fun onCreate() {
        super.onCreate()
        setAppLocale(resources.configuration.locales[0].toLanguageTag())
        createChannel()

        val sync = PeriodicWorkRequestBuilder<SyncWorker>(6, TimeUnit.HOURS)
            .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 5, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(this)
            .enqueueUniquePeriodicWork("directory-sync", ExistingPeriodicWorkPolicy.KEEP, sync)
    }

    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        setAppLocale(newConfig.locales[0].toLanguageTag())
        // Creating the channel again renames it in the new language; settings are kept.
        createChannel()
    }

    private fun createChannel() {
        val channel = NotificationChannel(
            REMINDER_CHANNEL, getString(R.string.channel_reminders), NotificationManager.IMPORTANCE_DEFAULT,
        ).apply {
            // Nothing on the lock screen beyond what the core's discreet text says.
            lockscreenVisibility = android.app.Notification.VISIBILITY_PRIVATE
        }
        getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    companion object {
        const val REMINDER_CHANNEL = "reminders"
    }
}
