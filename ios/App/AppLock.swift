import LocalAuthentication

/// The optional app lock: Face ID / Touch ID, or the device passcode.
enum AppLock {
    static var isEnabled: Bool { UserDefaults.standard.bool(forKey: "app_lock") }

    static func unlock() async -> Bool {
        let context = LAContext()
        return (try? await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: String(localized: "unlock_reason"))) ?? false
    }
}
