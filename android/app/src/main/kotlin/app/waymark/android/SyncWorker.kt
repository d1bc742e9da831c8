package app.waymark.android

import android.content.Context
import androidx.work.CoroutineWorker
import androidx.work.WorkerParameters
import app.waymark.ffi.WaymarkException
import app.waymark.syncAll
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/**
 * Periodic background sync: the directory, then car-pools when a board is set, then the
 * reminders are re-armed (a feed may have moved a meeting). Offline → retry with WorkManager's
 * backoff; stopping the worker cancels the Rust sync. Everything runs on Dispatchers.IO.
 */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        try {
            Core.directory(applicationContext).syncAll()
            // The board chosen in Settings, kept in the vault (none: car-pools are off).
            Core.vault(applicationContext).chosenRideClient()?.use { it.sync() }
            ReminderScheduler.rearm(applicationContext)
            Result.success()
        } catch (e: WaymarkException.Offline) {
            Result.retry()
        } catch (e: WaymarkException) {
            Result.failure()
        }
    }
}
