package app.waymark.android

import android.os.Build
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_WEAK
import androidx.biometric.BiometricManager.Authenticators.DEVICE_CREDENTIAL
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import androidx.fragment.app.FragmentActivity

/** How an unlock attempt ended. */
sealed interface UnlockResult {
    /** Unlocked. */
    data object Unlocked : UnlockResult

    /** The person closed the prompt (back, the cancel button, tapped outside): show "try again". */
    data object Cancelled : UnlockResult

    /**
     * The phone cannot unlock the app now; [message] is the system's own words (already in the
     * phone's language), or `null` for the app's. [noScreenLock]: the phone has no PIN,
     * pattern, password or biometrics set up, so the app says how to add one.
     */
    data class Failed(val message: String?, val noScreenLock: Boolean) : UnlockResult
}

/**
 * The optional app lock: biometrics or the phone's own PIN, pattern or password, before
 * anything is shown. Works on every API level the app supports:
 * - Android 11 (API 30) and later: strong biometrics or the device credential.
 * - Android 8–10 (API 26–29): `BIOMETRIC_STRONG | DEVICE_CREDENTIAL` is not supported there
 *   (it throws on 28–29), so weak biometrics or the device credential, which is.
 * The prompt has no negative button when the device credential is allowed (the system's own
 * "use PIN" takes its place); cancelling ends in [UnlockResult.Cancelled].
 */
object AppLock {
    /** The authenticators this API level supports together with the device credential. */
    val authenticators: Int =
        if (Build.VERSION.SDK_INT >= 30) BIOMETRIC_STRONG or DEVICE_CREDENTIAL else BIOMETRIC_WEAK or DEVICE_CREDENTIAL

    /** Whether the phone can unlock the app at all (something is set up). */
    fun available(activity: FragmentActivity): Boolean =
        BiometricManager.from(activity).canAuthenticate(authenticators) == BiometricManager.BIOMETRIC_SUCCESS

    /** Shows the system prompt; [done] runs once, on the main thread. */
    fun unlock(activity: FragmentActivity, done: (UnlockResult) -> Unit) {
        when (BiometricManager.from(activity).canAuthenticate(authenticators)) {
            BiometricManager.BIOMETRIC_SUCCESS -> Unit
            BiometricManager.BIOMETRIC_ERROR_NONE_ENROLLED ->
                return done(UnlockResult.Failed(null, noScreenLock = true))
            else -> return done(UnlockResult.Failed(null, noScreenLock = false))
        }
        val prompt = BiometricPrompt(
            activity, ContextCompat.getMainExecutor(activity),
            object : BiometricPrompt.AuthenticationCallback() {
                override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) =
                    done(UnlockResult.Unlocked)

                override fun onAuthenticationError(errorCode: Int, errString: CharSequence) = done(
                    when (errorCode) {
                        BiometricPrompt.ERROR_USER_CANCELED,
                        BiometricPrompt.ERROR_NEGATIVE_BUTTON,
                        BiometricPrompt.ERROR_CANCELED,
                        -> UnlockResult.Cancelled
                        BiometricPrompt.ERROR_NO_DEVICE_CREDENTIAL,
                        BiometricPrompt.ERROR_NO_BIOMETRICS,
                        -> UnlockResult.Failed(errString.toString(), noScreenLock = true)
                        else -> UnlockResult.Failed(errString.toString(), noScreenLock = false)
                    },
                )
                // A finger not recognised: the system prompt says so and lets them try again.
            },
        )
        prompt.authenticate(
            BiometricPrompt.PromptInfo.Builder()
                .setTitle(activity.getString(R.string.unlock_title))
                .setSubtitle(activity.getString(R.string.unlock_subtitle))
                .setAllowedAuthenticators(authenticators)
                .build(),
        )
    }
}
