// Where the phone is, once, when the person asks (near me, an area from here, a ride's start).
// Nothing follows the phone; the point goes to the core, which keeps only what it needs.
import CoreLocation
import WaymarkKit

/// One location fix on request: `current()` asks for permission if needed and returns the
/// point, or `nil` when refused or unavailable. Made and asked on the main thread, where
/// CLLocationManager calls back.
final class OneShotLocation: NSObject, ObservableObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    private var waiting: [CheckedContinuation<GeoPoint?, Never>] = []

    override init() {
        super.init()
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyHundredMeters
    }

    /// The phone's position now, or `nil`.
    @MainActor
    func current() async -> GeoPoint? {
        await withCheckedContinuation { continuation in
            waiting.append(continuation)
            guard waiting.count == 1 else { return }
            ask(manager.authorizationStatus)
        }
    }

    private func ask(_ status: CLAuthorizationStatus) {
        switch status {
        case .notDetermined: manager.requestWhenInUseAuthorization()
        case .denied, .restricted: finish(nil)
        default: manager.requestLocation()
        }
    }

    private func finish(_ point: GeoPoint?) {
        let all = waiting
        waiting = []
        all.forEach { $0.resume(returning: point) }
    }

    func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        let status = manager.authorizationStatus
        DispatchQueue.main.async {
            guard !self.waiting.isEmpty, status != .notDetermined else { return }
            self.ask(status)
        }
    }

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        let point = locations.last.map { GeoPoint(latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude) }
        DispatchQueue.main.async { self.finish(point) }
    }

    func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {
        DispatchQueue.main.async { self.finish(nil) }
    }
}
