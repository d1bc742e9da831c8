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
}
