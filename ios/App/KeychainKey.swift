import Foundation
import Security

/// The vault's 32-byte key: made at random once and kept in the Keychain, only on this device
/// and only after the first unlock. Failures throw (the screen that needed the vault says so);
/// nothing traps.
enum KeychainKey {
    private static let account = "waymark-vault-key"

    /// A Keychain call that failed, with its status.
    struct Failure: Error {
        let status: OSStatus
    }

    static func vaultKey() throws -> Data {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        let found = SecItemCopyMatching(query as CFDictionary, &item)
        if found == errSecSuccess, let data = item as? Data, data.count == 32 {
            return data
        }
        guard found == errSecItemNotFound else { throw Failure(status: found) }
        var bytes = [UInt8](repeating: 0, count: 32)
        let random = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)
        guard random == errSecSuccess else { throw Failure(status: random) }
        let key = Data(bytes)
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: account,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
            kSecValueData as String: key,
        ]
        let added = SecItemAdd(add as CFDictionary, nil)
        guard added == errSecSuccess else { throw Failure(status: added) }
        return key
    }
}
