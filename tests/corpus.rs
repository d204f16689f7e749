//! The conformance corpus: every `tests/corpus/<area>/<name>.py` runs under
//! krait and must print exactly what CPython 3.11 printed (`<name>.out`), and
//! for failing programs exit with the same status and the same last stderr
//! line (`<name>.err`). Expected outputs are produced by `tests/gen_expected.py`.
//!
//! A second test runs the corpus through `python3` as well, when it is on the
//! PATH, and reports any difference between the two interpreters live.
//!
//! Programs listed in `tests/corpus/KNOWN_FAILURES` are expected to differ
//! (each line says why); a listed program that starts passing fails the test,
//! so the list only ever shrinks.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus")
}

fn programs() -> Vec<PathBuf> {
    fn walk(d: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n == "mods") {
                    continue;
                }
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "py")
                && !p.file_name().unwrap().to_string_lossy().starts_with('_')
            {
                out.push(p);
            }
        }
    }
    let mut v = Vec::new();
    walk(&corpus_dir(), &mut v);
    v
}

fn known_failures() -> Vec<String> {
    let f = corpus_dir().join("KNOWN_FAILURES");
    std::fs::read_to_string(f)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

struct Outcome {
    stdout: Vec<u8>,
    code: i32,
    last_err: String,
}

fn last_line(b: &[u8]) -> String {
    String::from_utf8_lossy(b)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .last()
        .unwrap_or("")
        .to_string()
}

fn run(exe: &str, extra: &[&str], prog: &Path) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.args(extra)
        .arg(prog.file_name().unwrap())
        .current_dir(prog.parent().unwrap())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd.spawn().expect("spawn interpreter");
    let out = wait_with_timeout(child, 120);
    Outcome {
        stdout: out.stdout,
        code: out.status.code().unwrap_or(-1),
        last_err: last_line(&out.stderr),
    }
}

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

/// Waits for the child while draining its pipes; kills it after `secs`.
fn wait_with_timeout(child: std::process::Child, secs: u64) -> std::process::Output {
    let pid = child.id() as i32;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(o) => o.unwrap(),
        Err(_) => {
            // SAFETY: plain syscall on the child's pid.
            unsafe { kill(pid, 9) };
            let mut o = rx.recv().unwrap().unwrap();
            o.stderr.extend_from_slice(b"\nTIMEOUT\n");
            o
        }
    }
}

fn expected(prog: &Path) -> Outcome {
    let base = prog.with_extension("");
    let stdout = std::fs::read(base.with_extension("out"))
        .unwrap_or_else(|_| panic!("missing .out for {}", prog.display()));
    let (code, last_err) = match std::fs::read_to_string(base.with_extension("err")) {
        Ok(s) => {
            let mut lines = s.split('\n');
            let code = lines
                .next()
                .unwrap()
                .trim_start_matches("exit=")
                .parse()
                .unwrap();
            (code, lines.next().unwrap_or("").to_string())
        }
        Err(_) => (0, String::new()),
    };
    Outcome {
        stdout,
        code,
        last_err,
    }
}

fn differs(got: &Outcome, want: &Outcome) -> Option<String> {
    let mut why = Vec::new();
    if got.stdout != want.stdout {
        let g = String::from_utf8_lossy(&got.stdout);
        let w = String::from_utf8_lossy(&want.stdout);
        let line = g
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| g.lines().count().min(w.lines().count()));
        why.push(format!(
            "stdout differs at line {}: got {:?}, want {:?}",
            line + 1,
            g.lines().nth(line).unwrap_or("<end>"),
            w.lines().nth(line).unwrap_or("<end>")
        ));
    }
    if got.code != want.code {
        why.push(format!(
            "exit status {} (want {}); stderr: {}",
            got.code, want.code, got.last_err
        ));
    }
    if want.code != 0 && got.last_err != want.last_err {
        why.push(format!(
            "last stderr line {:?} (want {:?})",
            got.last_err, want.last_err
        ));
    }
    if why.is_empty() {
        None
    } else {
        Some(why.join("; "))
    }
}

/// Runs `check` over all programs on a few threads; returns failures.
fn check_all(check: impl Fn(&Path) -> Option<String> + Sync) -> Vec<(String, String)> {
    let progs = programs();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(p) = progs.get(i) else { break };
                if let Some(why) = check(p) {
                    let rel = p.strip_prefix(corpus_dir()).unwrap().display().to_string();
                    failures.lock().unwrap().push((rel, why));
                }
            });
        }
    });
    let mut f = failures.into_inner().unwrap();
    f.sort();
    f
}

fn report(failures: Vec<(String, String)>, what: &str) {
    let known = known_failures();
    let unexpected: Vec<_> = failures
        .iter()
        .filter(|(p, _)| !known.contains(p))
        .collect();
    let failing: Vec<&String> = failures.iter().map(|(p, _)| p).collect();
    let fixed: Vec<_> = known.iter().filter(|k| !failing.contains(k)).collect();
    for (p, why) in &failures {
        let tag = if known.contains(p) { "known" } else { "FAIL" };
        eprintln!("{tag} {p}: {why}");
    }
    let total = programs().len();
    eprintln!(
        "{what}: {}/{} programs match ({} known failures)",
        total - failures.len(),
        total,
        failures.len() - unexpected.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} corpus programs differ ({})",
        unexpected.len(),
        what
    );
    assert!(
        fixed.is_empty(),
        "programs listed in KNOWN_FAILURES now pass; remove them from the list: {:?}",
        fixed
    );
}

fn krait_args() -> Vec<String> {
    std::env::var("KRAIT_TEST_ARGS")
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

#[test]
fn corpus_matches_cpython_expectations() {
    let exe = env!("CARGO_BIN_EXE_krait");
    let extra = krait_args();
    let extra: Vec<&str> = extra.iter().map(|s| s.as_str()).collect();
    let failures = check_all(|p| differs(&run(exe, &extra, p), &expected(p)));
    report(failures, "corpus vs recorded CPython output");
}

/// The adaptive interpreter must not change what any program does: the corpus
/// again with specialization off and with every instruction specializing at
/// its first execution (and re-specializing at every miss), in both lock
/// modes (the test above covers the default: on, free-threaded).
#[test]
fn corpus_in_every_specialization_and_lock_mode() {
    let exe = env!("CARGO_BIN_EXE_krait");
    for config in [
        &["-X", "specialize=0"][..],
        &["-X", "specialize=always"][..],
        &["-X", "gil=1"][..],
        &["-X", "gil=1", "-X", "specialize=0"][..],
        &["-X", "gil=1", "-X", "specialize=always"][..],
    ] {
        let failures = check_all(|p| differs(&run(exe, config, p), &expected(p)));
        report(failures, &format!("corpus with {}", config.join(" ")));
    }
}

/// The JIT must not change what any program does either: the corpus with
/// every loop compiled at its first back edge (`-X jit=always`, where a site
/// is also given up at its first failing exit and compiled again, so exits
/// and recompiles run), with specialization on, off and `always`, in both
/// lock modes.
#[test]
fn corpus_with_the_jit_in_every_mode() {
    let exe = env!("CARGO_BIN_EXE_krait");
    for config in [
        &["-X", "jit=always"][..],
        &["-X", "jit=always", "-X", "specialize=0"][..],
        &["-X", "jit=always", "-X", "specialize=always"][..],
        &["-X", "jit=always", "-X", "gil=1"][..],
        &["-X", "jit=always", "-X", "gil=1", "-X", "specialize=0"][..],
        &["-X", "jit=always", "-X", "gil=1", "-X", "specialize=always"][..],
        // every guard and back-edge poll of compiled code fails the first
        // time it is reached, so every exit path runs
        &["-X", "jit=fail-once"][..],
        &["-X", "jit=fail-once", "-X", "gil=1", "-X", "specialize=0"][..],
    ] {
        let failures = check_all(|p| differs(&run(exe, config, p), &expected(p)));
        report(failures, &format!("corpus with {}", config.join(" ")));
    }
}

#[test]
fn corpus_differential_against_python3() {
    let Ok(out) = Command::new("python3").arg("--version").output() else {
        eprintln!("python3 not on PATH: differential mode skipped");
        return;
    };
    if !out.status.success() {
        eprintln!("python3 not usable: differential mode skipped");
        return;
    }
    let exe = env!("CARGO_BIN_EXE_krait");
    let failures = check_all(|p| {
        let want = run("python3", &[], p);
        differs(&run(exe, &[], p), &want)
    });
    report(failures, "corpus: krait vs live python3");
}

#[test]
fn every_program_has_expectations() {
    for p in programs() {
        assert!(
            p.with_extension("out").exists(),
            "{} has no .out; run tests/gen_expected.py",
            p.display()
        );
    }
}
