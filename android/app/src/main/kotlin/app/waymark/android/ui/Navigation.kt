// Navigation Compose over every screen, with the bottom bar and a "more" list. Routes and deep
// links come from app.waymark.screens.Destination (tested on the JVM).
package app.waymark.android.ui

import android.app.Application
import androidx.annotation.StringRes
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.ListItem
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.viewmodel.compose.viewModel
import androidx.lifecycle.viewmodel.initializer
import androidx.lifecycle.viewmodel.viewModelFactory
import androidx.navigation.NavGraph.Companion.findStartDestination
import androidx.navigation.NavHostController
import androidx.navigation.NavType
import androidx.navigation.compose.NavHost
import androidx.navigation.compose.composable
import androidx.navigation.compose.currentBackStackEntryAsState
import androidx.navigation.navArgument
import app.waymark.android.R
import app.waymark.screens.Destination

/** The bottom bar's places; the rest are in "more". Labels are the app's own words. */
private enum class Tab(val route: String, @StringRes val label: Int) {
    Meetings(Destination.Meetings.route, R.string.title_meetings),
    MyMeetings(Destination.MyMeetings.route, R.string.title_my_meetings),
    Journal(Destination.Journal.route, R.string.title_journal),
    Sobriety(Destination.Sobriety.route, R.string.title_sobriety),
    More(MORE, R.string.title_more),
}

/** The "more" list: screens without a tab. */
private const val MORE = "more"
private val moreScreens = listOf(
    Destination.Reminders to R.string.title_reminders,
    Destination.Rides to R.string.title_rides,
    Destination.People to R.string.title_people,
    Destination.Areas to R.string.title_areas,
    Destination.Settings to R.string.title_settings,
)

/** A factory for a screen's ViewModel. */
private inline fun <reified VM : androidx.lifecycle.ViewModel> factory(crossinline make: () -> VM) =
    viewModelFactory { initializer { make() } }

/** Every screen, starting at [ready]'s start; a deep link that arrives while open is followed. */
@Composable
fun WaymarkNav(nav: NavHostController, ready: AppState.Ready, app: AppViewModel) {
    val s = ready.session
    val application = LocalContext.current.applicationContext as Application
    val go: (Destination) -> Unit = { nav.navigate(it.route) { launchSingleTop = true } }
    val back: () -> Unit = { if (!nav.popBackStack()) go(Destination.Meetings) }
    val link by app.pendingLink.collectAsStateWithLifecycle()
    LaunchedEffect(link) {
        link?.let { go(it); app.linkFollowed() }
    }
    val current by nav.currentBackStackEntryAsState()
    Scaffold(bottomBar = {
        NavigationBar {
            Tab.entries.forEach { t ->
                NavigationBarItem(
                    selected = current?.destination?.route == t.route,
                    onClick = {
                        nav.navigate(t.route) {
                            popUpTo(nav.graph.findStartDestination().id) { saveState = true }
                            launchSingleTop = true
                            restoreState = true
                        }
                    },
                    icon = {},
                    label = { Text(stringResource(t.label)) },
                )
            }
        }
    }) { padding ->
        Box(Modifier.padding(padding)) {
            NavHost(nav, startDestination = ready.start.route) {
                composable(Destination.Meetings.route) {
                    MeetingsRoute(viewModel(factory = factory { MeetingsViewModel(s) }), go)
                }
                composable(Destination.MEETING_ROUTE, arguments = listOf(navArgument(Destination.MEETING_ARG) { type = NavType.StringType })) { entry ->
                    val id = entry.arguments?.getString(Destination.MEETING_ARG).orEmpty()
                    MeetingRoute(viewModel(factory = factory { MeetingViewModel(application, s, id) }), go, back)
                }
                composable(Destination.MyMeetings.route) {
                    MyMeetingsRoute(viewModel(factory = factory { MyMeetingsViewModel(application, s) }), go)
                }
                composable(Destination.Reminders.route) {
                    RemindersRoute(viewModel(factory = factory { RemindersViewModel(application, s) }))
                }
                composable(Destination.Journal.route) {
                    JournalRoute(viewModel(factory = factory { JournalViewModel(s) }), go)
                }
                composable(
                    Destination.EDITOR_ROUTE,
                    arguments = listOf(
                        navArgument(Destination.KIND_ARG) { type = NavType.StringType },
                        navArgument(Destination.ENTRY_ARG) { type = NavType.StringType; nullable = true; defaultValue = null },
                    ),
                ) { entry ->
                    val kind = Destination.kind(entry.arguments?.getString(Destination.KIND_ARG)) ?: app.waymark.core.EntryKind.NOTE
                    val entryId = entry.arguments?.getString(Destination.ENTRY_ARG)
                    EditorRoute(viewModel(factory = factory { EditorViewModel(s, kind, entryId) }), back, go)
                }
                composable(Destination.Sobriety.route) {
                    SobrietyRoute(viewModel(factory = factory { SobrietyViewModel(s) }))
                }
                composable(Destination.Rides.route) {
                    RidesRoute(viewModel(factory = factory { RidesViewModel(application, s) }), go)
                }
                composable(Destination.People.route) {
                    PeopleRoute(viewModel(factory = factory { PeopleViewModel(s) }))
                }
                composable(Destination.Settings.route) {
                    SettingsRoute(viewModel(factory = factory { SettingsViewModel(application, s) })) { app.reopen(Destination.Settings) }
                }
                composable(Destination.Areas.route) {
                    AreasRoute(viewModel(factory = factory { AreasViewModel(s) })) {
                        nav.navigate(Destination.Meetings.route) {
                            popUpTo(Destination.Areas.route) { inclusive = true }
                        }
                    }
                }
                composable(MORE) {
                    Column {
                        moreScreens.forEach { (d, label) ->
                            ListItem(headlineContent = { Text(stringResource(label)) }, modifier = Modifier.clickable { go(d) })
                        }
                    }
                }
            }
        }
    }
}
