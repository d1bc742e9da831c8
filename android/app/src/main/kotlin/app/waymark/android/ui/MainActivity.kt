package app.waymark.android.ui

import android.content.Intent
import android.os.Bundle
import android.os.SystemClock
import android.provider.Settings
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.viewModels
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import androidx.fragment.app.FragmentActivity
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.navigation.compose.rememberNavController
import app.waymark.android.AppLock
import app.waymark.android.Core
import app.waymark.android.R
import app.waymark.android.UnlockResult
import app.waymark.ffi.appTimings

/** How long in the background before the lock asks again: the core's, in milliseconds. */
private val RELOCK_AFTER_MS: Long get() = appTimings().relockAfterSeconds.toLong() * 1000L

/**
 * One activity. It opens the core off the main thread, keeps everything hidden behind the app
 * lock when the person turned it on (a locked screen with "try again", never a blank one),
 * and follows `waymark://` links from notifications, also when it is already open.
 */
class MainActivity : FragmentActivity() {
    private val app: AppViewModel by viewModels()
    private var stoppedAt = 0L

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        app.open(intent?.data?.toString())
        lifecycle.addObserver(object : DefaultLifecycleObserver {
            override fun onStop(owner: LifecycleOwner) {
                stoppedAt = SystemClock.elapsedRealtime()
                if (!isChangingConfigurations) Core.tidy()
            }

            override fun onStart(owner: LifecycleOwner) {
                if (stoppedAt != 0L && SystemClock.elapsedRealtime() - stoppedAt > RELOCK_AFTER_MS) app.lockIfOn()
            }
        })
        setContent {
            MaterialTheme {
                Surface(Modifier.fillMaxSize()) {
                    AppRoot(app, unlock = { AppLock.unlock(this) { r -> app.unlocked(r) } }, secure = ::secure)
                }
            }
        }
    }

    /** With the app lock on, the app's windows stay out of screenshots and the recent-apps preview. */
    private fun secure(on: Boolean) {
        if (on) window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        else window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
        app.link(intent.data?.toString())
    }
}

/** What the app shows before and around the screens. */
@Composable
private fun AppRoot(app: AppViewModel, unlock: () -> Unit, secure: (Boolean) -> Unit) {
    val state by app.state.collectAsStateWithLifecycle()
    // The last open session's screens keep their place while locked, and start afresh after a
    // language change (a new session).
    var shown by remember { mutableStateOf<AppState.Ready?>(null) }
    (state as? AppState.Ready)?.let { shown = it }
    val ready = shown
    val lockOn = state is AppState.Locked || ready?.session?.appLock == true
    LaunchedEffect(lockOn) { secure(lockOn) }
    when (val s = state) {
        AppState.Opening -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) { CircularProgressIndicator() }
        is AppState.Failed -> Message(s.message ?: stringResource(R.string.open_failed), stringResource(R.string.try_again), app::retry)
        is AppState.Locked -> {
            LaunchedEffect(Unit) { if (s.last == null) unlock() }
            Locked(s.last, unlock)
        }
        is AppState.Ready -> if (ready != null) {
            key(ready.session) {
                val nav = rememberNavController()
                WaymarkNav(nav, ready, app)
            }
        }
    }
}

/** The locked screen: why it is still locked, and a way to try again. */
@Composable
private fun Locked(last: UnlockResult?, unlock: () -> Unit) {
    val context = androidx.compose.ui.platform.LocalContext.current
    val failed = last as? UnlockResult.Failed
    Column(
        Modifier.fillMaxSize().padding(24.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        Text(stringResource(R.string.unlock_title), style = MaterialTheme.typography.headlineSmall)
        Text(
            when {
                failed?.noScreenLock == true -> stringResource(R.string.unlock_no_screen_lock)
                failed != null -> failed.message ?: stringResource(R.string.unlock_failed)
                else -> stringResource(R.string.unlock_locked)
            },
        )
        Button(onClick = unlock) { Text(stringResource(R.string.unlock_button)) }
        if (failed?.noScreenLock == true) {
            TextButton(onClick = { runCatching { context.startActivity(Intent(Settings.ACTION_SECURITY_SETTINGS)) } }) {
                Text(stringResource(R.string.open_security_settings))
            }
        }
    }
}

/** A message with one button, for when the app could not open. */
@Composable
private fun Message(text: String, button: String, onClick: () -> Unit) {
    Column(
        Modifier.fillMaxSize().padding(24.dp),
        verticalArrangement = Arrangement.spacedBy(16.dp, Alignment.CenterVertically),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        Text(text)
        Button(onClick = onClick) { Text(button) }
    }
}
