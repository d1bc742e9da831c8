//! What several benchmarks share.

/// How many meetings a benchmark builds: `WAYMARK_BENCH_MEETINGS` when set, else `default`.
pub fn meeting_count(default: usize) -> usize {
    std::env::var("WAYMARK_BENCH_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
