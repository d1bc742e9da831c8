// Waymark for Android. `waymark-jvm` is the Kotlin library (generated bindings + wrappers,
// tested on a plain JVM by `cargo test`); `app` is the Compose app, kept as glue.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "waymark"
include(":waymark-jvm", ":app")
