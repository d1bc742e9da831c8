//! Vault benchmarks (issue #4 targets), on a vault holding 10,000 journal entries:
//! - add one entry ≤ 2 ms;
//! - full-text search ≤ 5 ms;
//! - open the vault with a raw key ≤ 30 ms;
//! - backup create ≤ 2 s.
//!
//! It also prints how long the passphrase derivation (Argon2id, 64 MiB, 3 passes) takes: that
//! is deliberately slow and separate from opening with a key.
//!
//! Run: `cargo bench -p waymark-core --bench vault`.

use std::path::Path;
use std::time::{Duration, Instant};
use waymark_tests::BenchRng;

use chrono::{DateTime, FixedOffset};
use criterion::{black_box, Criterion};
use waymark_core::vault::journal::{EntryKind, Halt, NewEntry};
use waymark_core::{KdfParams, Vault, VaultKey};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ENTRIES: usize = 10_000;
const WORDS: &[&str] = &[
    "meeting",
    "sponsor",
    "walk",
    "coffee",
    "work",
    "family",
    "tired",
    "grateful",
    "call",
    "friend",
    "morning",
    "evening",
    "service",
    "step",
    "honest",
    "angry",
    "calm",
    "sleep",
    "garden",
    "music",
    "kitchen",
    "bus",
    "rain",
    "sunshine",
    "phone",
    "letter",
    "patience",
    "fear",
    "hope",
    "list",
    "prayer",
    "quiet",
    "breakfast",
    "chair",
    "group",
    "home",
    "sister",
    "brother",
    "dog",
    "river",
    "train",
    "doctor",
    "shopping",
    "laugh",
    "cry",
    "journal",
];

fn entry(rng: &mut BenchRng) -> NewEntry {
    let kinds = EntryKind::ALL;
    let kind = kinds[(rng.next_u64() as usize) % kinds.len()];
    let words = 20 + (rng.next_u64() % 120) as usize;
    let text = (0..words)
        .map(|_| rng.pick(WORDS))
        .collect::<Vec<_>>()
        .join(" ");
    let mut e = NewEntry::text(kind, text);
    if kind == EntryKind::Checkin {
        e.mood = Some(1 + (rng.next_u64() % 5) as u8);
        e.craving = Some((rng.next_u64() % 11) as u8);
        e.halt = Halt {
            tired: rng.next_u64().is_multiple_of(2),
            ..Halt::default()
        };
    }
    if kind == EntryKind::Gratitude {
        e.gratitude = (0..3).map(|_| rng.pick(WORDS).to_string()).collect();
    }
    e.tags = vec![rng
        .pick(&["home", "work", "step4", "evening", "morning"])
        .into()];
    e
}

fn at(i: usize) -> DateTime<FixedOffset> {
    let base = DateTime::parse_from_rfc3339("2024-01-01T08:00:00+01:00").unwrap();
    base + chrono::Duration::minutes(97 * i as i64)
}

fn filled(path: &Path, key: &VaultKey) -> Vault {
    let mut v = Vault::open(path, key).unwrap();
    let mut rng = BenchRng(7);
    for i in 0..ENTRIES {
        v.add_entry(entry(&mut rng), at(i)).unwrap();
    }
    // A rare word, in a handful of entries.
    for i in 0..5 {
        v.add_entry(
            NewEntry::text(EntryKind::Note, "the heron by the canal"),
            at(ENTRIES + i),
        )
        .unwrap();
    }
    v.checkpoint().unwrap();
    v
}

fn percentile(mut xs: Vec<Duration>, p: f64) -> Duration {
    xs.sort();
    xs[((xs.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.sqlite");
    let key = VaultKey::from_bytes(&[42; 32]).unwrap();
    let t = Instant::now();
    let mut vault = filled(&path, &key);
    eprintln!(
        "filled {} entries in {:.1} s ({} bytes on disk)",
        ENTRIES + 5,
        t.elapsed().as_secs_f64(),
        std::fs::metadata(&path).unwrap().len()
    );

    // Plain percentiles first (criterion prints means); searches on exactly 10,000 entries.
    for q in ["heron", "sponsor coffee", "gratef"] {
        let runs: Vec<Duration> = (0..200)
            .map(|_| {
                let s = Instant::now();
                black_box(vault.search_entries(q, 50).unwrap());
                s.elapsed()
            })
            .collect();
        eprintln!(
            "search {q:?} (first 50 of {}): p50 {:?}, p99 {:?}",
            vault.search_entries(q, 0).unwrap().len(),
            percentile(runs.clone(), 0.5),
            percentile(runs, 0.99)
        );
    }
    let mut rng = BenchRng(99);
    let adds: Vec<Duration> = (0..300)
        .map(|i| {
            let e = entry(&mut rng);
            let s = Instant::now();
            vault.add_entry(e, at(ENTRIES + 10 + i)).unwrap();
            s.elapsed()
        })
        .collect();
    eprintln!(
        "add one entry: p50 {:?}, p99 {:?}",
        percentile(adds.clone(), 0.5),
        percentile(adds, 0.99)
    );
    let params = KdfParams::generate().unwrap();
    let derive: Vec<Duration> = (0..3)
        .map(|_| {
            let s = Instant::now();
            black_box(params.derive("a passphrase of some length").unwrap());
            s.elapsed()
        })
        .collect();
    eprintln!(
        "passphrase derivation (Argon2id {} MiB, {} passes): {:?}",
        params.memory_kib / 1024,
        params.iterations,
        derive
    );

    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(5));
    let mut g = c.benchmark_group("vault");
    // Searches, open and backup run on the 10,000-entry vault; adding (which grows it by
    // thousands of entries over criterion's iterations) comes last.
    g.bench_function("search_rare_word_10k", |b| {
        b.iter(|| vault.search_entries(black_box("heron"), 50).unwrap())
    });
    g.bench_function("search_common_words_first_50_10k", |b| {
        b.iter(|| {
            vault
                .search_entries(black_box("sponsor coffee"), 50)
                .unwrap()
        })
    });
    g.bench_function("search_common_prefix_first_50_10k", |b| {
        b.iter(|| vault.search_entries(black_box("gratef"), 50).unwrap())
    });
    vault.checkpoint().unwrap();
    drop(vault);
    g.bench_function("open_raw_key_10k", |b| {
        b.iter(|| Vault::open(&path, &key).unwrap())
    });
    let mut vault = Vault::open(&path, &key).unwrap();
    let now = at(ENTRIES * 2);
    g.sample_size(10);
    g.bench_function("backup_create_10k", |b| {
        b.iter(|| vault.backup_bytes("a backup passphrase", now).unwrap())
    });
    g.sample_size(100);
    let mut rng = BenchRng(5);
    let mut i = 0;
    g.bench_function("add_one_entry_10k", |b| {
        b.iter(|| {
            i += 1;
            vault
                .add_entry(entry(&mut rng), at(ENTRIES + 1000 + i))
                .unwrap()
        })
    });
    g.finish();
    c.final_summary();
}
