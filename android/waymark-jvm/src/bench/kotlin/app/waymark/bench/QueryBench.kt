// A 50-result directory query from Kotlin, round trip through JNA and uniffi's marshalling.
// Run by `cargo bench -p uniffi-bindgen --bench kotlin_query` (which makes the synthetic feed).
package app.waymark.bench

import app.waymark.rides.GeoPoint
import app.waymark.ffi.MeetingDirectory
import app.waymark.core.MeetingQuery
import app.waymark.core.MeetingsOptions
import app.waymark.screens.MeetingsModel
import app.waymark.syncAll
import java.io.File
import java.time.Instant
import java.util.concurrent.Executors
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking

private fun report(name: String, samples: LongArray) {
    samples.sort()
    fun pct(p: Double) = samples[((samples.size - 1) * p).toInt()] / 1000.0
    println("%s: median %.0f µs, p90 %.0f µs, p99 %.0f µs over %d queries".format(name, pct(0.5), pct(0.9), pct(0.99), samples.size))
}

fun main() {
    val feed = System.getenv("WAYMARK_BENCH_FEED") ?: error("WAYMARK_BENCH_FEED")
    val work = File(System.getenv("WAYMARK_WORK_DIR") ?: error("WAYMARK_WORK_DIR"))
    MeetingDirectory.open(File(work, "directory.sqlite").path).use { dir ->
        dir.addSource(feed, "bench", "aa", "America/New_York")
        val results = runBlocking { dir.syncAll() }
        check(results.single().ok) { "$results" }
        println("${dir.meetingCount()} meetings")
        val at = Instant.parse("2026-11-24T17:00:00Z")
        val chicago = GeoPoint(41.8781, -87.6298)
        val week = 7u * 24u * 60u
        val queries = mapOf(
            "near me (25 km), nearest 50" to MeetingQuery(at = at, viewerTimezone = "Europe/London", near = chicago, radiusKm = 25.0, limit = 50u),
            "near me (25 km), next 7 days, soonest 50" to MeetingQuery(at = at, viewerTimezone = "Europe/London", near = chicago, radiusKm = 25.0, upcomingMinutes = week, limit = 50u),
            "text \"group\" anywhere, 50" to MeetingQuery(at = at, viewerTimezone = "Europe/London", text = "group", limit = 50u),
            "anywhere, next 7 days, soonest 50 (all 20,000 meetings match)" to MeetingQuery(at = at, viewerTimezone = "Europe/London", upcomingMinutes = week, limit = 50u),
        )
        for ((name, q) in queries) {
            repeat(100) { check(dir.search(q).size == 50) { "$name: ${dir.search(q).size} results" } }
            val samples = LongArray(if (name.startsWith("anywhere")) 300 else 3000) {
                val t = System.nanoTime()
                val r = dir.search(q)
                val elapsed = System.nanoTime() - t
                check(r.size == 50)
                elapsed
            }
            report(name, samples)
        }
        // Issue #18: one more character typed into search, each a new search of the next 7 days.
        val typed = listOf("serenity", "step study", "grupo", "main st", "keep it simple", "big book", "hope", "night owls")
        val keys = mutableListOf<Long>()
        repeat(12) { round ->
            for (words in typed) {
                for (n in 1..words.length) {
                    val q = MeetingQuery(at = at, viewerTimezone = "Europe/London", upcomingMinutes = week, text = words.take(n), limit = 50u)
                    val t = System.nanoTime()
                    dir.search(q)
                    if (round >= 2) keys.add(System.nanoTime() - t)
                }
            }
        }
        report("one more character typed into search (next 7 days, soonest 50)", keys.toLongArray())
    }
    // Issue #18: opening the directory and the first list a person sees (the next 7 days
    // anywhere, soonest 50), each time on a new MeetingDirectory.
    val at = Instant.parse("2026-11-24T17:00:00Z")
    val first = MeetingQuery(at = at, viewerTimezone = "Europe/London", upcomingMinutes = 7u * 24u * 60u, limit = 50u)
    val opens = LongArray(60) {
        val t = System.nanoTime()
        MeetingDirectory.open(File(work, "directory.sqlite").path).use { dir -> check(dir.search(first).size == 50) }
        System.nanoTime() - t
    }.drop(10).toLongArray()
    report("open the directory and the first list (next 7 days, soonest 50)", opens)

    screens(work, at)
}

/** The words the keystroke benches type, one more character at a time. */
private val typedWords = listOf("serenity", "step study", "grupo", "main st", "keep it simple", "big book", "hope", "night owls")

/**
 * Issue #18 through the screen objects the apps use: opening the directory and the first
 * Meetings state, and a keystroke to the new state, from the core object itself
 * (MeetingsScreen) and through the JVM screen model the Android ViewModels hold
 * (MeetingsModel: a dispatcher hop, the core's listener, the StateFlow).
 */
private fun screens(work: File, at: Instant) {
    val path = File(work, "directory.sqlite").path
    val options = MeetingsOptions(locale = "en-GB", viewerTimezone = "Europe/London", at = at)
    val opens = LongArray(60) {
        val t = System.nanoTime()
        MeetingDirectory.open(path).use { dir ->
            dir.meetingsScreen(options).use { screen -> check(screen.state().sections.isNotEmpty()) }
        }
        System.nanoTime() - t
    }.drop(10).toLongArray()
    report("MeetingsScreen: open the directory and the first Meetings state", opens)

    MeetingDirectory.open(path).use { dir ->
        dir.meetingsScreen(options).use { screen ->
            screen.state()
            val keys = mutableListOf<Long>()
            repeat(12) { round ->
                for (words in typedWords) {
                    for (n in 1..words.length) {
                        val t = System.nanoTime()
                        val s = screen.setSearch(words.take(n))
                        if (round >= 2) keys.add(System.nanoTime() - t)
                        check(s.searchText == words.take(n))
                    }
                    screen.setSearch("")
                }
            }
            report("MeetingsScreen: one more character typed to the new state", keys.toLongArray())
        }
    }

    val pool = Executors.newFixedThreadPool(2)
    val dispatcher = pool.asCoroutineDispatcher()
    try {
        val modelOpens = LongArray(60) {
            MeetingDirectory.open(path).use { dir ->
                val scope = CoroutineScope(SupervisorJob() + dispatcher)
                val t = System.nanoTime()
                val model = MeetingsModel(dir, options, scope, dispatcher)
                runBlocking { model.ui.first { it.state != null } }
                val elapsed = System.nanoTime() - t
                scope.cancel()
                runBlocking { model.join() }
                elapsed
            }
        }.drop(10).toLongArray()
        report("MeetingsModel: first state on the StateFlow (directory already open)", modelOpens)

        MeetingDirectory.open(path).use { dir ->
            val scope = CoroutineScope(SupervisorJob() + dispatcher)
            val model = MeetingsModel(dir, options, scope, dispatcher)
            runBlocking { model.ui.first { it.state != null } }
            val keys = mutableListOf<Long>()
            repeat(12) { round ->
                for (words in typedWords) {
                    for (n in 1..words.length) {
                        val text = words.take(n)
                        val t = System.nanoTime()
                        model.search(text)
                        runBlocking { model.ui.first { it.state?.searchText == text } }
                        if (round >= 2) keys.add(System.nanoTime() - t)
                    }
                    model.search("")
                    runBlocking { model.ui.first { it.state?.searchText == "" } }
                }
            }
            report("MeetingsModel: one more character typed to the new state on the StateFlow", keys.toLongArray())
            scope.cancel()
            runBlocking { model.join() }
        }
    } finally {
        dispatcher.close()
    }
}
