// The Android app: Compose UI and the platform glue (WorkManager, AlarmManager, notifications,
// Keystore, BiometricPrompt). Every decision is made in Rust through :waymark-jvm.
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
    }
    buildFeatures { compose = true }
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
    implementation(libs.compose.ui.tooling.preview)
    implementation(libs.activity.compose)
    implementation(libs.navigation.compose)
    implementation(libs.lifecycle.viewmodel.compose)
    implementation(libs.work.runtime.ktx)
    implementation(libs.biometric)
}
