// Opens a directory of 20,000 meetings ($WAYMARK_BENCH_DIRECTORY) and times, from Swift, through
// the core's screen objects (what the app's models hold):
// 1. opening the directory and the first Meetings state a person sees (sections worded by the
//    core), each time on a new MeetingDirectory and a new MeetingsScreen;
// 2. search as you type: every prefix of a few words, each `setSearch` returning the new state;
// 3. the same keystrokes through WaymarkKit's `MeetingsModel` (the setter run off the main
//    actor and the state back on it), as a SwiftUI view would call it.
import Foundation
import WaymarkKit

setvbuf(stdout, nil, _IOLBF, 0)

func millis(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
}

func report(_ name: String, _ samples: [Double]) {
    let s = samples.sorted()
    func pct(_ p: Double) -> Double { s[Int(Double(s.count - 1) * p)] }
    print(String(format: "%@: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms over %d",
                 name, pct(0.5), pct(0.9), pct(0.99), s.last ?? 0, s.count))
}

guard let path = ProcessInfo.processInfo.environment["WAYMARK_BENCH_DIRECTORY"] else {
    fatalError("WAYMARK_BENCH_DIRECTORY")
}
let options = MeetingsOptions(locale: "en-US", viewerTimezone: "America/New_York",
                              at: ISO8601DateFormatter().date(from: "2026-11-24T17:00:00Z")!)

// 1. Open and the first Meetings state.
var open: [Double] = []
var firstRows = 0
for round in 0..<60 {
    let t = DispatchTime.now()
    let dir = try MeetingDirectory.open(path: path)
    let state = dir.meetingsScreen(options: options).state()
    let ms = millis(t)
    firstRows = state.sections.reduce(0) { $0 + $1.rows.count }
    precondition(firstRows > 0, "the first Meetings state has no rows: \(state.notices)")
    if round >= 10 { open.append(ms) }
}
report("open the directory and the first Meetings state (\(firstRows) rows)", open)

// 2. One more character typed, through the screen object.
let dir = try MeetingDirectory.open(path: path)
print("\(try dir.meetingCount()) meetings")
let typed = ["serenity", "step study", "grupo", "main st", "keep it simple", "big book", "hope", "night owls"]
let screen = dir.meetingsScreen(options: options)
_ = screen.state()
var keys: [Double] = []
for round in 0..<12 {
    for words in typed {
        for n in 1...words.count {
            let text = String(words.prefix(n))
            let t = DispatchTime.now()
            let state = screen.setSearch(text: text)
            let ms = millis(t)
            precondition(state.searchText == text)
            if round >= 2 { keys.append(ms) }
        }
        _ = screen.setSearch(text: "")
    }
}
report("one more character typed to the new Meetings state (setSearch)", keys)

// 3. The same through the model, off the main actor and back.
let model = await MainActor.run { MeetingsModel(dir.meetingsScreen(options: options)) }
var modelKeys: [Double] = []
for round in 0..<6 {
    for words in typed {
        for n in 1...words.count {
            let text = String(words.prefix(n))
            let t = DispatchTime.now()
            let state = await model.update { $0.setSearch(text: text) }
            let ms = millis(t)
            precondition(state?.searchText == text)
            if round >= 1 { modelKeys.append(ms) }
        }
        await model.update { $0.setSearch(text: "") }
    }
}
report("one more character typed to the new state through MeetingsModel", modelKeys)
