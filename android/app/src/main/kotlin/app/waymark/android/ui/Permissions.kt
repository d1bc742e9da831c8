// Permissions asked in context: the phone's location when "near me" or "use my location" is
// tapped, notifications the first time a reminder is turned on (Android 13 and later).
package app.waymark.android.ui

import android.Manifest
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.location.LocationManager
import android.net.Uri
import android.os.Build
import android.os.CancellationSignal
import android.provider.Settings
import androidx.activity.compose.rememberLauncherForActivityResult
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.core.content.ContextCompat
import app.waymark.android.R
import app.waymark.rides.GeoPoint

private fun granted(context: Context, permission: String) =
    ContextCompat.checkSelfPermission(context, permission) == PackageManager.PERMISSION_GRANTED

/** The phone's last or current coarse position, or `null` when it has none. */
private fun locate(context: Context, done: (GeoPoint?) -> Unit) {
    // Checked here, in this function, so that lint sees the permission guarded.
    if (ContextCompat.checkSelfPermission(context, Manifest.permission.ACCESS_COARSE_LOCATION) != PackageManager.PERMISSION_GRANTED) {
        return done(null)
    }
    val lm = context.getSystemService(LocationManager::class.java)
    val last = lm.getProviders(true)
        .mapNotNull { runCatching { lm.getLastKnownLocation(it) }.getOrNull() }
        .maxByOrNull { it.time }
    when {
        last != null -> done(GeoPoint(last.latitude, last.longitude))
        Build.VERSION.SDK_INT >= 30 && lm.isProviderEnabled(LocationManager.NETWORK_PROVIDER) ->
            lm.getCurrentLocation(
                LocationManager.NETWORK_PROVIDER, CancellationSignal(), ContextCompat.getMainExecutor(context),
            ) { l -> done(l?.let { GeoPoint(it.latitude, it.longitude) }) }
        else -> done(null)
    }
}

/**
 * Returns a function that asks for the coarse location when needed and then hands the
 * position to [onPoint] (`null`: refused or unknown, and the app says so).
 */
@Composable
fun rememberLocation(onPoint: (GeoPoint?) -> Unit): () -> Unit {
    val context = LocalContext.current
    val ask = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) { ok ->
        if (ok) locate(context, onPoint) else onPoint(null)
    }
    return {
        if (granted(context, Manifest.permission.ACCESS_COARSE_LOCATION)) locate(context, onPoint)
        else ask.launch(Manifest.permission.ACCESS_COARSE_LOCATION)
    }
}

private const val ASKED = "notifications_asked"

/**
 * Returns a function to run before turning a reminder on: the first time, on Android 13 and
 * later, it says why in the app's words and then shows the system's question; [then] runs
 * whatever the answer (a refused permission is the Reminders screen's problem to explain,
 * with its fix).
 */
@Composable
fun rememberNotificationAsk(): (then: () -> Unit) -> Unit {
    val context = LocalContext.current
    var pending by remember { mutableStateOf<(() -> Unit)?>(null) }
    var explain by remember { mutableStateOf(false) }
    val ask = rememberLauncherForActivityResult(ActivityResultContracts.RequestPermission()) {
        pending?.invoke()
        pending = null
    }
    if (explain) {
        AlertDialog(
            onDismissRequest = { explain = false; pending?.invoke(); pending = null },
            title = { Text(stringResource(R.string.notifications_ask_title)) },
            text = { Text(stringResource(R.string.notifications_ask_message)) },
            confirmButton = {
                TextButton(onClick = {
                    explain = false
                    if (Build.VERSION.SDK_INT >= 33) ask.launch(Manifest.permission.POST_NOTIFICATIONS)
                }) { Text(stringResource(R.string.continue_label)) }
            },
            dismissButton = {
                TextButton(onClick = { explain = false; pending?.invoke(); pending = null }) { Text(stringResource(R.string.not_now)) }
            },
        )
    }
    return { then ->
        val prefs = context.getSharedPreferences("settings", Context.MODE_PRIVATE)
        if (Build.VERSION.SDK_INT >= 33 && !granted(context, Manifest.permission.POST_NOTIFICATIONS) &&
            !prefs.getBoolean(ASKED, false)
        ) {
            prefs.edit().putBoolean(ASKED, true).apply()
            pending = then
            explain = true
        } else {
            then()
        }
    }
}

/**
 * The system page for the Reminders screen's fixes: the app's notification settings, or
 * (Android 12 and later) the exact-alarm permission.
 */
fun notificationSettings(context: Context): Intent =
    Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, context.packageName)

/** The exact-alarm page on Android 12 and later; `null` before (exact alarms need no permission there). */
fun exactAlarmSettings(context: Context): Intent? =
    if (Build.VERSION.SDK_INT >= 31) {
        Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:" + context.packageName))
    } else {
        null
    }
