//! The fuzz targets (`fuzz/fuzz_targets/`) on stable: every file in
//! `fuzz/seeds/<target>/` and `fuzz/regressions/<target>/` goes through the
//! same entry point its target uses, which must return (any `Outcome` is
//! fine: a SyntaxError, an exception, the budget's RecursionError) and never
//! panic. Found crashes are kept in `fuzz/regressions/` so they stay fixed.

use std::path::{Path, PathBuf};

/// The exec target's limits (`fuzz/fuzz_targets/exec.rs`).
const BUDGET: u64 = 20_000;
const ALLOC_LIMIT: usize = 16 << 20;
const MAX_LEN: usize = 4096;

fn inputs(target: &str) -> Vec<PathBuf> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut v = Vec::new();
    for kind in ["seeds", "regressions"] {
        let dir = fuzz.join(kind).join(target);
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        v.extend(rd.flatten().map(|e| e.path()).filter(|p| p.is_file()));
    }
    v.sort();
    v
}

/// Runs `f` on every input of `target`, reporting all inputs that panicked.
fn each(target: &str, f: impl Fn(&[u8])) {
    let files = inputs(target);
    assert!(!files.is_empty(), "no seeds for fuzz target {target}");
    let mut failed = Vec::new();
    for p in &files {
        let data = std::fs::read(p).unwrap();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&data)));
        if r.is_err() {
            failed.push(p.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "fuzz target {target} panicked on: {failed:#?}"
    );
}

// One test for both targets: the budget, the allocation cap and stdout
// discarding are process-wide, so inputs must not run concurrently.
/// The runtime's budget, allocation cap, stdout discarding and lock mode are
/// process-wide: tests that set them take turns.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn fuzz_targets_survive_their_seeds() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    each("compile", |data| {
        let _ = krait::api::compile_bytes(data);
    });
    each("exec", |data| {
        if data.len() > MAX_LEN || std::str::from_utf8(data).is_err() {
            return;
        }
        let _ = krait::api::run_bytes(data, BUDGET, ALLOC_LIMIT);
    });
}

/// The `tiers` target (`fuzz/fuzz_targets/tiers.rs`) over its seeds: each
/// program prints the same and ends the same way with specialization and the
/// JIT off, with the defaults, and under `-X jit=always`.
#[test]
fn tiers_target_agrees_on_its_seeds() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // its seeds are the corpus programs written for the JIT, less those
    // that start threads (their interleavings are the threads target's) and
    // the known failures (interpreter gaps, which may differ between tiers)
    let mut files = inputs("tiers");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let known = std::fs::read_to_string(corpus.join("KNOWN_FAILURES")).unwrap_or_default();
    let known: Vec<&str> = known
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    if let Ok(rd) = std::fs::read_dir(corpus.join("jit")) {
        files.extend(rd.flatten().map(|e| e.path()).filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".py")
                && !name.contains("thread")
                && !known.contains(&format!("jit/{name}").as_str())
        }));
    }
    files.sort();
    assert!(files.len() > 20, "no seeds for fuzz target tiers");
    let mut failed = Vec::new();
    for p in &files {
        let data = std::fs::read(p).unwrap();
        if data.len() > MAX_LEN || std::str::from_utf8(&data).is_err() {
            continue;
        }
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            krait::api::check_tiers(&data, BUDGET, ALLOC_LIMIT)
        }));
        match r {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failed.push(format!("{}: {why}", p.display())),
            Err(_) => failed.push(format!("{}: panicked", p.display())),
        }
    }
    assert!(failed.is_empty(), "tiers disagree: {failed:#?}");
}

/// The `threads` target (`fuzz/fuzz_targets/threads.rs`) over its seeds: each
/// generated program runs in both lock modes; a thread that dies, a broken
/// invariant or (for race-free programs) different output fails.
#[test]
fn threads_target_passes_its_seeds() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let files = inputs("threads");
    assert!(!files.is_empty(), "no seeds for fuzz target threads");
    let mut failed = Vec::new();
    for p in &files {
        let data = std::fs::read(p).unwrap();
        if let Err(why) = krait::threadgen::check(&data) {
            failed.push(format!("{}: {why}", p.display()));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}
