package app.waymark.android

import android.content.Context
import androidx.annotation.WorkerThread
import app.waymark.core.MeetingsOptions
import app.waymark.ffi.MeetingDirectory
import app.waymark.ffi.PrivateVault
import app.waymark.ffi.setAppLocale
import java.io.File
import java.time.ZoneId

/**
 * What every screen needs from the core: the directory, the vault, and the options the
 * screens are worded with (the language chosen in Settings, else the phone's, and the
 * phone's time zone). Made on a worker thread ([Core.session]); handing it to a screen
 * model is not a core call.
 */
class CoreSession(
    val directory: MeetingDirectory,
    val vault: PrivateVault,
    val options: MeetingsOptions,
    val phoneLocale: String,
    /** The directory follows no area or feed yet (the core's `firstRun`): start at the area setup. */
    val firstRun: Boolean,
    /** The app lock is on (the vault's setting). */
    val appLock: Boolean,
)

/**
 * The Rust objects the app uses, the directory and the vault opened once per process. The
 * vault key comes from [VaultKeyStore] (wrapped by Android Keystore), never from a typed
 * passphrase on the phone. Every function here calls the core or the Keystore: never on the
 * main thread.
 */
object Core {
    @Volatile private var directory: MeetingDirectory? = null
    @Volatile private var vault: PrivateVault? = null

    /** The meeting directory. */
    @WorkerThread
    @Synchronized
    fun directory(context: Context): MeetingDirectory =
        directory ?: MeetingDirectory.open(File(context.filesDir, "directory.sqlite").path)
            .also { directory = it }

    /** The private vault (journal, dates, people, reminders, settings). */
    @WorkerThread
    @Synchronized
    fun vault(context: Context): PrivateVault =
        vault ?: PrivateVault.openWithKey(
            File(context.noBackupFilesDir, "vault.sqlite").path,
            VaultKeyStore.key(context),
        ).also { vault = it }

    /**
     * The app went to the background: whichever of the two is open tidies up (the vault
     * merges a step of its search index, and both fold their write-ahead logs into their
     * files). On a thread of its own, off the main thread; if the system stops the app
     * first, or it fails, nothing is lost and it is done again next time.
     */
    fun tidy() {
        val (d, v) = directory to vault
        if (d == null && v == null) return
        Thread {
            runCatching { v?.checkpoint() }
            runCatching { d?.checkpoint() }
        }.start()
    }

    /** The phone's language, as a BCP 47 tag. */
    fun phoneLocale(context: Context): String = context.resources.configuration.locales[0].toLanguageTag()

    /**
     * Opens (or reuses) the directory and the vault and reads what the screens are worded
     * with. Also tells the core the language for its error messages.
     */
    @WorkerThread
    fun session(context: Context): CoreSession {
        val directory = directory(context)
        val vault = vault(context)
        moveBoardIntoVault(context, vault)
        val phone = phoneLocale(context)
        val locale = vault.screenLocale(phone)
        setAppLocale(locale)
        val options = MeetingsOptions(locale = locale, viewerTimezone = ZoneId.systemDefault().id)
        return CoreSession(
            directory, vault, options, phone,
            firstRun = directory.areasScreen(options).firstRun,
            appLock = vault.appLock(),
        )
    }

    /**
     * Earlier versions kept the car-pool board in SharedPreferences; it lives in the vault now
     * (checked by the core). Moved once, then forgotten here.
     */
    @WorkerThread
    private fun moveBoardIntoVault(context: Context, vault: PrivateVault) {
        val prefs = context.getSharedPreferences("settings", Context.MODE_PRIVATE)
        val old = prefs.getString("ride_server", null) ?: return
        if (old.isNotBlank() && runCatching { vault.rideServer() }.getOrNull() == null) {
            runCatching { vault.setRideServer(old) }
        }
        prefs.edit().remove("ride_server").apply()
    }
}
