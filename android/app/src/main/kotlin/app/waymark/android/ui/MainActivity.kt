package app.waymark.android.ui

import android.os.Bundle
import androidx.activity.compose.setContent
import androidx.fragment.app.FragmentActivity
import app.waymark.android.AppLock

/** One activity; the app lock (when the person turned it on) runs before any content. */
class MainActivity : FragmentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val lockOn = getSharedPreferences("settings", MODE_PRIVATE).getBoolean("app_lock", false)
        val deepLink = intent?.data?.toString()
        val show = { setContent { WaymarkScreens(deepLink) } }
        if (lockOn) AppLock.unlock(this, show) else show()
    }
}
