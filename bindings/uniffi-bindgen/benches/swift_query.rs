//! Issue #18's figures from Swift on Linux: opening the directory and the first list, and one
//! more character typed into search, over 20,000 meetings.
//!
//! `cargo bench -p uniffi-bindgen --bench swift_query`: writes a synthetic 20,000-meeting feed,
//! imports it into a directory with the core, then builds `ios/WaymarkBench` (release) in the
//! Swift root (see the bindings tests) and runs it against the release `libwaymark_ffi.so`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{library, swift_root};

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let Some(root) = swift_root() else { return };
    let bench = root.root.join("work/bench");
    std::fs::create_dir_all(&bench).unwrap();
    let _ = std::fs::remove_file(bench.join("directory.sqlite"));
    let feed = bench.join("feed.json");
    waymark_core::directory::synth::write_feed(std::fs::File::create(&feed).unwrap(), 20_000, 7)
        .unwrap();
    {
        let dir = waymark_core::Directory::open(bench.join("directory.sqlite")).unwrap();
        dir.add_source(waymark_core::NewSource {
            location: feed.to_string_lossy().into_owned(),
            format: None,
            program: Some("aa".into()),
            timezone: Some("America/New_York".into()),
            name: Some("bench".into()),
            bmlt_formats: None,
            bmlt_scope: None,
        })
        .unwrap();
        for (_, report) in dir.sync_all().unwrap() {
            report.unwrap();
        }
        assert_eq!(dir.meeting_count().unwrap(), 20_000);
    }
    root.copy_package("WaymarkKit", &[]);
    root.copy_package("WaymarkBench", &["WaymarkKit"]);
    let out = root.run(
        "cd /work/WaymarkBench && swift build -c release -Xlinker -L/work/lib >/dev/null && .build/release/WaymarkBench",
        &library(),
        &[(
            "WAYMARK_BENCH_DIRECTORY",
            "/work/bench/directory.sqlite".to_string(),
        )],
        "the Swift query bench",
    );
    print!("{out}");
}
