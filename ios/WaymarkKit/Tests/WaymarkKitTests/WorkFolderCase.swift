// What the suites share: the folder every test case writes its vault, directory and feed
// files in, and a date for car-pools.
import Foundation
import XCTest

/// A test case with a fresh temporary folder, removed after each test.
class WorkFolderCase: XCTestCase {
    /// This test's folder.
    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    /// The path of `name` in this test's folder.
    func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    /// The Tuesday at least two days from now in London (a day "Hope on Tuesday" meets), as
    /// `yyyy-MM-dd`.
    func nextTuesday() -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "Europe/London")!
        var d = cal.date(byAdding: .day, value: 2, to: Date())!
        while cal.component(.weekday, from: d) != 3 { d = cal.date(byAdding: .day, value: 1, to: d)! }
        let f = DateFormatter()
        f.calendar = cal
        f.timeZone = cal.timeZone
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }

    /// Polls `test` every 20 ms for up to `seconds`; fails the test if it never holds.
    func eventually(_ what: String, seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line,
                    _ test: () async -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await test() { return }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTFail("not within \(seconds) s: \(what)", file: file, line: line)
    }

    /// Today's date in London as `yyyy-MM-dd`, `days` from now.
    func londonDate(days: Int = 0) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "Europe/London")!
        let d = cal.date(byAdding: .day, value: days, to: Date())!
        let f = DateFormatter()
        f.calendar = cal
        f.timeZone = cal.timeZone
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }

    // XCTAssert's arguments are autoclosures, where `await` is not allowed; these take values.

    /// Fails the test unless `value` is true.
    func expectTrue(_ value: Bool, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(value, message, file: file, line: line)
    }

    /// Fails the test unless `value` is false.
    func expectFalse(_ value: Bool, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(value, message, file: file, line: line)
    }

    /// Fails the test unless `a` equals `b`.
    func expectEqual<T: Equatable>(_ a: T, _ b: T, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a, b, message, file: file, line: line)
    }
}
