package app.waymark.android

import android.content.Context
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.ReminderPlanner
import app.waymark.ffi.RideClient
import java.io.File

/**
 * The Rust objects the app uses, the directory and the vault opened once per process. The vault key comes from
 * [VaultKeyStore] (wrapped by Android Keystore), never from a typed passphrase on the phone.
 */
object Core {
    @Volatile private var directory: MeetingDirectory? = null
    @Volatile private var vault: PrivateVault? = null

    /** Where the car-pool board lives (set in settings; empty means car-pools are off). */
    var rideServer: String = ""

    @Synchronized
    fun directory(context: Context): MeetingDirectory =
        directory ?: MeetingDirectory.open(File(context.filesDir, "directory.sqlite").path)
            .also { directory = it }

    @Synchronized
    fun vault(context: Context): PrivateVault =
        vault ?: PrivateVault.openWithKey(
            File(context.noBackupFilesDir, "vault.sqlite").path,
            VaultKeyStore.key(context),
        ).also { vault = it }

    /** Reminder rules, settings and the plan, over the vault. */
    fun reminders(context: Context): ReminderPlanner = vault(context).reminders()

    /** The car-pool client for the configured board; `null` while car-pools are off. */
    fun rides(context: Context): RideClient? =
        rideServer.takeIf { it.isNotBlank() }?.let { vault(context).rideClient(it) }
}
