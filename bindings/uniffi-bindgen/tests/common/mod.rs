//! Shared by the bindings tests and the Kotlin query benchmark: where things are, kotlinc,
//! and compiling the Kotlin library.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `target/debug` (or whichever profile built this test).
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

/// The library built with this test or bench. Cargo leaves it in `deps/` (and copies it up
/// only for a direct `cargo build`), so the newer of the two is the one just built.
pub fn library() -> PathBuf {
    let t = target_dir();
    [
        t.join("deps/libwaymark_ffi.so"),
        t.join("libwaymark_ffi.so"),
    ]
    .into_iter()
    .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
    .max()
    .map(|(_, p)| p)
    .expect("libwaymark_ffi.so is built with this test (dev-dependency)")
}

/// Every file under `dir`, relative path → bytes.
pub fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut std::collections::BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.insert(
                    p.strip_prefix(base).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

/// kotlinc and the jars the JVM needs, or `None` (with a notice) on a machine without them.
pub struct Kotlin {
    pub kotlinc: PathBuf,
    pub lib: PathBuf,
    pub jna: PathBuf,
}

pub fn kotlin() -> Option<Kotlin> {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let kotlinc = std::env::var_os("KOTLINC")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|p| p.join("kotlinc"))
                    .find(|p| p.exists())
            })
        })
        .or_else(|| {
            Some(home.join(".cache/waymark-ci/tools/kotlinc/bin/kotlinc")).filter(|p| p.exists())
        });
    let jna = PathBuf::from("/usr/share/java/jna.jar");
    match kotlinc {
        Some(kotlinc) if jna.exists() => {
            let kotlinc = kotlinc.canonicalize().unwrap_or(kotlinc);
            let lib = kotlinc.parent().unwrap().parent().unwrap().join("lib");
            Some(Kotlin { kotlinc, lib, jna })
        }
        _ => {
            if std::env::var_os("CI").is_some() {
                panic!("kotlinc or JNA is missing: CI must run the Kotlin suite");
            }
            eprintln!(
                "NOTICE: kotlinc or /usr/share/java/jna.jar not found; skipping the Kotlin suite"
            );
            None
        }
    }
}

pub fn kotlin_sources(dir: &Path) -> Vec<PathBuf> {
    files(dir)
        .into_keys()
        .filter(|p| p.extension().is_some_and(|e| e == "kt"))
        .map(|p| dir.join(p))
        .collect()
}

pub fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{what} failed:\n{text}");
    text
}

impl Kotlin {
    /// A classpath of `extra` plus JNA, kotlinx-coroutines and the Kotlin stdlib.
    pub fn classpath(&self, extra: &[&Path]) -> std::ffi::OsString {
        let mut parts: Vec<PathBuf> = extra.iter().map(|p| p.to_path_buf()).collect();
        parts.push(self.jna.clone());
        parts.push(self.lib.join("kotlinx-coroutines-core-jvm.jar"));
        parts.push(self.lib.join("kotlin-stdlib.jar"));
        std::env::join_paths(parts).unwrap()
    }

    /// Compiles `sources` into `jar` against `classpath` jars.
    pub fn compile(&self, jar: &Path, classpath: &[&Path], sources: &[PathBuf], what: &str) {
        run(
            Command::new(&self.kotlinc)
                .arg("-d")
                .arg(jar)
                .arg("-classpath")
                .arg(self.classpath(classpath))
                .args(sources),
            what,
        );
    }

    /// Compiles the Kotlin library (generated bindings and wrappers) into `jar`.
    pub fn compile_library(&self, jar: &Path) {
        let android = repo().join("android/waymark-jvm/src");
        let mut sources = kotlin_sources(&android.join("generated/kotlin"));
        sources.extend(kotlin_sources(&android.join("main/kotlin")));
        self.compile(jar, &[], &sources, "kotlinc (library)");
    }

    /// `java` with JNA pointed at the library, on `classpath` jars.
    pub fn java(&self, classpath: &[&Path], main: &str) -> Command {
        let lib_dir = library().parent().unwrap().to_path_buf();
        let mut cmd = Command::new("java");
        cmd.arg("-ea")
            .arg(format!("-Djna.library.path={}", lib_dir.display()))
            .arg("-cp")
            .arg(self.classpath(classpath))
            .arg(main);
        cmd
    }
}

/// A Debian trixie root with Swift 6 (`swiftlang`), where WaymarkKit's suite runs on Linux.
pub struct SwiftRoot {
    pub root: PathBuf,
}

/// The Swift root from `$WAYMARK_SWIFT_ROOT` or `~/.cache/waymark-ci/swift/root`, or `None`
/// (with a notice) on a machine without one; under CI its absence fails the test.
pub fn swift_root() -> Option<SwiftRoot> {
    let root = std::env::var_os("WAYMARK_SWIFT_ROOT")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/waymark-ci/swift/root"))
        })
        // `usr/bin/swift` is a link that points into the root, so it dangles from outside.
        .filter(|r| std::fs::symlink_metadata(r.join("usr/bin/swift")).is_ok());
    match root {
        Some(root) => Some(SwiftRoot { root }),
        None => {
            if std::env::var_os("CI").is_some() {
                panic!("no Swift root (WAYMARK_SWIFT_ROOT): CI must run the Swift suite");
            }
            eprintln!("NOTICE: no Swift root with swiftlang found; skipping the Swift suite");
            None
        }
    }
}

impl SwiftRoot {
    /// Copies the package `ios/<name>` (and the bindings it compiles) into the root's
    /// `/work/<name>`, keeping its `.build` there from run to run while the sources are the
    /// same. When they differ from those `.build` was made from, it starts afresh: SwiftPM's
    /// incremental build once kept a test object calling an initialiser the regenerated
    /// bindings no longer had. `also` names packages whose sources count too (a dependency).
    pub fn copy_package(&self, name: &str, also: &[&str]) {
        use std::hash::{Hash, Hasher};
        let inside = self.root.join("work").join(name);
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for package in std::iter::once(name).chain(also.iter().copied()) {
            for (rel, bytes) in files(&repo().join("ios").join(package)) {
                if rel.starts_with(".build") || rel.starts_with("WaymarkFFIBridge.xcframework") {
                    continue;
                }
                if package == name {
                    let to = inside.join(&rel);
                    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
                    if std::fs::read(&to).ok().as_deref() != Some(&bytes[..]) {
                        std::fs::write(&to, &bytes).unwrap();
                    }
                }
                (package, rel, bytes).hash(&mut h);
            }
        }
        let stamp = format!("{:016x}\n", h.finish());
        let stamp_file = inside.join(".waymark-sources");
        if std::fs::read_to_string(&stamp_file).ok().as_deref() != Some(stamp.as_str()) {
            let _ = std::fs::remove_dir_all(inside.join(".build"));
            std::fs::write(&stamp_file, stamp).unwrap();
        }
    }

    /// Runs `script` with `sh` in the root, with `library` as `/work/lib/libwaymark_ffi.so`
    /// and `env`; returns what it printed.
    pub fn run(&self, script: &str, library: &Path, env: &[(&str, String)], what: &str) -> String {
        let lib_dir = self.root.join("work/lib");
        std::fs::create_dir_all(&lib_dir).unwrap();
        std::fs::copy(library, lib_dir.join("libwaymark_ffi.so")).unwrap();
        if !self.root.join("proc/self").exists() {
            run(
                Command::new("mount")
                    .args(["-t", "proc", "proc"])
                    .arg(self.root.join("proc")),
                "mounting /proc in the Swift root",
            );
        }
        let mut cmd = Command::new("chroot");
        cmd.arg(&self.root)
            .args(["/usr/bin/env", "-i", "PATH=/usr/bin:/bin", "HOME=/root"])
            .arg("LD_LIBRARY_PATH=/work/lib")
            .args(env.iter().map(|(k, v)| format!("{k}={v}")))
            .args(["/bin/sh", "-c", &format!("{script} 2>&1")]);
        run(&mut cmd, what)
    }

    /// `swift test` of WaymarkKit in the root against `library`, with `env`.
    pub fn swift_test(&self, library: &Path, env: &[(&str, String)]) -> String {
        self.copy_package("WaymarkKit", &[]);
        self.run(
            "cd /work/WaymarkKit && swift test -Xlinker -L/work/lib",
            library,
            env,
            "swift test (WaymarkKit, in the Swift root)",
        )
    }
}
