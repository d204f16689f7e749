//! Thread stress tests: every program in `tests/stress/` runs under krait in
//! both lock modes (`-X gil=0` and `-X gil=1`). Each program checks its own
//! invariants (exact counts under locks, container contents, reference counts
//! back to their baseline) and prints a line starting with "ok". A crash, a
//! failed invariant, or no exit within the time limit (a deadlock) fails.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(120);

fn programs(dir: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

/// Runs one program; Err(why) on any failure.
fn run(p: &PathBuf, args: &[&str]) -> Result<(), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .arg(p)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let out = child.wait_with_output().map_err(|e| e.to_string())?;
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            if status.success() && stdout.starts_with("ok") && stderr.is_empty() {
                return Ok(());
            }
            return Err(format!("{status}\nstdout:\n{stdout}\nstderr:\n{stderr}"));
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            return Err(format!("no exit within {LIMIT:?}: deadlock?"));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn run_all(dir: &str, min: usize, args: &[&str]) {
    let progs = programs(dir);
    assert!(progs.len() >= min, "stress programs missing");
    let mut failures = Vec::new();
    for p in &progs {
        if let Err(why) = run(p, args) {
            failures.push(format!("{} ({}): {why}", p.display(), args.join(" ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn stress_free_threaded() {
    run_all("tests/stress", 7, &["-X", "gil=0"]);
}

#[test]
fn stress_with_the_global_lock() {
    run_all("tests/stress", 7, &["-X", "gil=1"]);
}

/// `tests/stress_specialize/`: threads specializing, missing and
/// re-specializing the same instructions while others change the classes,
/// globals and module attributes their caches describe; with the default
/// thresholds and with every execution specializing (`-X specialize=always`).
/// Also with every loop compiled at its first back edge (`-X jit=always`):
/// `jit_loops.py` has threads running compiled loop nests while others
/// rebind the builtins they read and churn their module's key set;
/// `jit_attr_sites.py` threads running the same compiled loops whose
/// attribute, subscript and comparison helpers share (and re-specialize)
/// the interpreter's inline caches while another changes the classes.
#[test]
fn specialization_races_free_threaded() {
    run_all("tests/stress_specialize", 2, &["-X", "gil=0"]);
    run_all(
        "tests/stress_specialize",
        2,
        &["-X", "gil=0", "-X", "specialize=always"],
    );
    run_all(
        "tests/stress_specialize",
        2,
        &["-X", "gil=0", "-X", "jit=always"],
    );
}

#[test]
fn specialization_races_with_the_global_lock() {
    run_all("tests/stress_specialize", 2, &["-X", "gil=1"]);
    run_all(
        "tests/stress_specialize",
        2,
        &["-X", "gil=1", "-X", "specialize=always"],
    );
    run_all(
        "tests/stress_specialize",
        2,
        &["-X", "gil=1", "-X", "jit=always"],
    );
}
