// The Android app: Compose UI and the platform glue (WorkManager, AlarmManager, notifications,
// Keystore, BiometricPrompt, the file picker). Every decision is made in Rust, through the
// screen models of :waymark-jvm (tested on a plain JVM by `cargo test`).
// libwaymark_ffi.so for each ABI goes into src/main/jniLibs (see the README: cargo ndk).
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "app.waymark.android"
    compileSdk = 35
    defaultConfig {
        applicationId = "app.waymark"
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        // The relay for the first-run area setup (gradle.properties: waymark.relayUrl/relayKey).
        val relayUrl = providers.gradleProperty("waymark.relayUrl").getOrElse("")
        val relayKey = providers.gradleProperty("waymark.relayKey").getOrElse("")
        buildConfigField("String", "RELAY_URL", "\"$relayUrl\"")
        buildConfigField("String", "RELAY_KEY", "\"$relayKey\"")
    }
    buildFeatures {
        compose = true
        buildConfig = true
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
}

dependencies {
    implementation(project(":waymark-jvm"))
    implementation("${libs.jna.get()}@aar")
    implementation(libs.kotlinx.coroutines.android)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.material3)
    implementation(libs.compose.ui)
    implementation(libs.activity.compose)
    implementation(libs.navigation.compose)
    implementation(libs.lifecycle.viewmodel.compose)
    implementation(libs.lifecycle.runtime.compose)
    implementation(libs.work.runtime.ktx)
    implementation(libs.biometric)
    implementation(libs.core)
    implementation(libs.fragment)
}
