// Opens a directory of 20,000 meetings ($WAYMARK_BENCH_DIRECTORY) and times, from Swift:
// 1. opening it and the first list a person sees (the next 7 days anywhere, soonest 50), each
//    time on a new MeetingDirectory;
// 2. search as you type: every prefix of a few words, each a new search of the next 7 days.
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
let at = ISO8601DateFormatter().date(from: "2026-11-24T17:00:00Z")!
let week: UInt32 = 7 * 24 * 60
func firstList() -> MeetingQuery {
    MeetingQuery(at: at, viewerTimezone: "Europe/London", upcomingMinutes: week, limit: 50)
}

// 1. Open and first list.
var open: [Double] = []
for round in 0..<60 {
    let t = DispatchTime.now()
    let dir = try MeetingDirectory.open(path: path)
    let rows = try dir.search(query: firstList())
    let ms = millis(t)
    precondition(rows.count == 50, "first list: \(rows.count) rows")
    if round >= 10 { open.append(ms) }
}
report("open the directory and the first list (next 7 days, soonest 50)", open)

// 2. One more character typed.
let dir = try MeetingDirectory.open(path: path)
print("\(try dir.meetingCount()) meetings")
let typed = ["serenity", "step study", "grupo", "main st", "keep it simple", "big book", "hope", "night owls"]
var keys: [Double] = []
for round in 0..<12 {
    for words in typed {
        for n in 1...words.count {
            let text = String(words.prefix(n))
            var q = firstList()
            q.text = text
            let t = DispatchTime.now()
            _ = try dir.search(query: q)
            let ms = millis(t)
            if round >= 2 { keys.append(ms) }
        }
    }
}
report("one more character typed into search (next 7 days, soonest 50)", keys)
