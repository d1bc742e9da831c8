import LocalAuthentication

/// The optional app lock (a setting in the vault): Face ID / Touch ID, or the device passcode.
enum AppLock {
    /// Asks the phone's owner to unlock; whether they did.
    @MainActor
    static func unlock() async -> Bool {
        let context = LAContext()
        var error: NSError?
        guard context.canEvaluatePolicy(.deviceOwnerAuthentication, error: &error) else { return false }
        return (try? await context.evaluatePolicy(.deviceOwnerAuthentication,
                                                  localizedReason: String(localized: "unlock_reason"))) ?? false
    }
}
