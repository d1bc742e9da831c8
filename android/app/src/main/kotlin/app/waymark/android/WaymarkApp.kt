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
import app.waymark.ffi.appTimings
import app.waymark.ffi.setAppLocale
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch

/**
 * Creates the discreet notification channel and the periodic background sync. The core is
 * told the language for its error messages when the screens open (Core.session) and when the
 * phone's language changes, always off the main thread.
 */
class WaymarkApp : Application() {
    private val background = CoroutineScope(SupervisorJob() + Dispatchers.IO)

    override fun onCreate() {
        super.onCreate()
        createChannel()
        val sync = PeriodicWorkRequestBuilder<SyncWorker>(appTimings().backgroundSyncMinutes.toLong(), TimeUnit.MINUTES)
            .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 5, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(this)
            .enqueueUniquePeriodicWork("directory-sync", ExistingPeriodicWorkPolicy.KEEP, sync)
    }

    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        // The language chosen in Settings wins over the phone's (the vault knows which).
        background.launch {
            runCatching { setAppLocale(Core.vault(this@WaymarkApp).screenLocale(newConfig.locales[0].toLanguageTag())) }
        }
        // Creating the channel again renames it in the new language; its settings are kept.
        createChannel()
    }

    private fun createChannel() {
        val channel = NotificationChannel(
            REMINDER_CHANNEL, getString(R.string.channel_reminders), NotificationManager.IMPORTANCE_DEFAULT,
        ).apply {
            // The channel's name and the lock screen say nothing about recovery: only the
            // core's discreet text (the notification's public version) shows there.
            lockscreenVisibility = android.app.Notification.VISIBILITY_PRIVATE
            setShowBadge(false)
        }
        getSystemService(NotificationManager::class.java).createNotificationChannel(channel)
    }

    companion object {
        /** The one channel, for reminders. */
        const val REMINDER_CHANNEL = "reminders"
    }
}
