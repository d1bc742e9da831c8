package app.waymark.android

import android.content.Context
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import java.io.File

/**
 * The two Rust objects the app uses, opened once per process. The vault key comes from
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
}
