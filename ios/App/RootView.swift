// The app's frame: the lock, the first-run setup when the directory is empty (the core's Areas
// screen says so with `firstRun`), then the tabs, each a NavigationStack.
import SwiftUI
import WaymarkKit

struct RootView: View {
    @EnvironmentObject private var app: AppModel

    var body: some View {
        ZStack {
            if app.locked {
                LockedView()
            } else {
                // A new generation when the language chosen in Settings changes: every screen
                // opens again, worded in it.
                MainView().id(app.generation)
            }
            if app.covered {
                // Nothing personal shows in the app switcher.
                Color(uiColor: .systemBackground).ignoresSafeArea()
            }
        }
        .task { await app.unlockIfNeeded() }
        .onReceive(NotificationCenter.default.publisher(for: UIApplication.significantTimeChangeNotification)) { _ in
            Task { await Notifications.rearm(app.stores) }
        }
        .onReceive(NotificationCenter.default.publisher(for: .NSSystemTimeZoneDidChange)) { _ in
            Task { await Notifications.rearm(app.stores) }
        }
    }
}

/// Shown while the app lock is on and the person has not unlocked yet.
struct LockedView: View {
    @EnvironmentObject private var app: AppModel

    var body: some View {
        VStack(spacing: 20) {
            Image(systemName: "lock").font(.largeTitle)
            Button(String(localized: "unlock_title")) { Task { await app.unlockIfNeeded() } }
                .buttonStyle(.borderedProminent)
        }
    }
}

/// The first-run setup while nothing is set up, else the tabs.
struct MainView: View {
    @StateObject private var areas = appStores.areasModel()

    var body: some View {
        ModelContent(model: areas) { state in
            if state.firstRun {
                NavigationStack { AreasPage() }
            } else {
                Tabs()
            }
        }
    }
}

/// The five tabs.
struct Tabs: View {
    @EnvironmentObject private var router: Router

    var body: some View {
        TabView(selection: $router.tab) {
            NavigationStack(path: $router.meetingsPath) {
                MeetingsPage().navigationDestination(for: Route.self) { RouteView(route: $0) }
            }
            .tabItem { Label(String(localized: "tab_meetings"), systemImage: "calendar") }
            .tag(Router.Tab.meetings)

            NavigationStack {
                MyMeetingsPage().navigationDestination(for: Route.self) { RouteView(route: $0) }
            }
            .tabItem { Label(String(localized: "tab_my_meetings"), systemImage: "star") }
            .tag(Router.Tab.mine)

            NavigationStack { JournalPage() }
                .tabItem { Label(String(localized: "tab_journal"), systemImage: "book") }
                .tag(Router.Tab.journal)

            NavigationStack { SobrietyPage() }
                .tabItem { Label(String(localized: "tab_sobriety"), systemImage: "sun.max") }
                .tag(Router.Tab.sobriety)

            NavigationStack(path: $router.morePath) {
                MorePage().navigationDestination(for: Route.self) { RouteView(route: $0) }
            }
            .tabItem { Label(String(localized: "tab_more"), systemImage: "ellipsis.circle") }
            .tag(Router.Tab.more)
        }
        .sheet(item: $router.editor) { request in
            NavigationStack { EntryEditorPage(view: request.view) }
                .environmentObject(router)
                .environmentObject(AppModel.shared)
        }
    }
}

/// The screen a route names.
struct RouteView: View {
    let route: Route

    var body: some View {
        switch route {
        case .meeting(let id): MeetingPage(id: id)
        case .reminders: RemindersPage()
        case .people: PeoplePage()
        case .rides: RidesPage()
        case .settings: SettingsPage()
        case .areas: AreasPage()
        }
    }
}

/// The More tab: the screens that do not fit the tab bar.
struct MorePage: View {
    var body: some View {
        List {
            NavigationLink(value: Route.reminders) { Label(String(localized: "tab_reminders"), systemImage: "bell") }
            NavigationLink(value: Route.rides) { Label(String(localized: "tab_rides"), systemImage: "car") }
            NavigationLink(value: Route.people) { Label(String(localized: "tab_people"), systemImage: "person.2") }
            NavigationLink(value: Route.areas) { Label(String(localized: "tab_areas"), systemImage: "map") }
            NavigationLink(value: Route.settings) { Label(String(localized: "tab_settings"), systemImage: "gear") }
        }
        .navigationTitle(String(localized: "tab_more"))
    }
}
