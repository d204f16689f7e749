//! An embedding API for tests, benchmarks and fuzz targets: compile or run a
//! source buffer in-process, with an optional work budget and allocation cap.

use crate::runtime::vm::{Flags, Vm};

/// How a run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The program finished normally.
    Ok,
    /// It raised (a SyntaxError included); the last traceback line.
    Raised(String),
}

/// Initializes krait once for this process (idempotent).
pub fn init() {
    // `crate::init` runs Python code (`sys` setup) each time it is called:
    // once per process, not once per compile or run.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| crate::init(Flags::default()));
}

/// Parses and compiles `data` (any bytes) without running it.
pub fn compile_bytes(data: &[u8]) -> Outcome {
    init();
    let data = data.to_vec();
    crate::with_big_stack(move || {
        let vm = Vm::current();
        let src = match crate::runtime::import::source_from_bytes(&data, "<fuzz>") {
            Ok(s) => s,
            Err(e) => return raised(&vm, e),
        };
        match crate::compile::compile(&vm, &src, "<fuzz>", crate::compile::Mode::Exec) {
            Ok(_) => Outcome::Ok,
            Err(e) => raised(&vm, e),
        }
    })
}

/// After a budgeted program: the threads it left running (daemon threads,
/// or threads whose join the budget cut short) are stopped by spending the
/// budget, and waited for (up to a few seconds: a thread in a long native
/// call is left), so they cannot run on into the next program's budget and
/// output, which made runs of one input differ.
fn stop_leftover_threads() {
    crate::runtime::eval_breaker::spend_budget();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while crate::runtime::threads::running() > 0 && std::time::Instant::now() < until {
        crate::runtime::gil::allow_threads(|| {
            std::thread::sleep(std::time::Duration::from_millis(1))
        });
    }
}

/// Runs `data` as a program with at most `budget` loop iterations plus calls
/// and single allocations of at most `alloc_limit` bytes; output is discarded.
pub fn run_bytes(data: &[u8], budget: u64, alloc_limit: usize) -> Outcome {
    init();
    let data = data.to_vec();
    crate::with_big_stack(move || {
        let vm = Vm::current();
        crate::modules::io::set_discard_stdout(true);
        crate::runtime::eval_breaker::set_budget(Some(budget));
        crate::types::str::set_alloc_limit(alloc_limit);
        let r = match crate::runtime::import::source_from_bytes(&data, "<fuzz>") {
            Ok(src) => crate::run_main_source(&vm, &src, "<fuzz>"),
            Err(e) => Err(e),
        };
        stop_leftover_threads();
        crate::runtime::eval_breaker::set_budget(None);
        crate::types::str::set_alloc_limit(1 << 38);
        crate::modules::io::set_discard_stdout(false);
        match r {
            Ok(()) => Outcome::Ok,
            Err(e) => raised(&vm, e),
        }
    })
}

/// Runs `data` under a budget as [`run_bytes`] does, capturing what it
/// prints: (output, outcome).
fn run_bytes_capture(data: &[u8], budget: u64, alloc_limit: usize) -> (String, Outcome) {
    init();
    let data = data.to_vec();
    crate::with_big_stack(move || {
        let vm = Vm::current();
        // the builtins are shared by every run in this process: a program
        // that rebinds one must not change what the next run sees
        let builtins = crate::runtime::vm::runtime().builtins_dict.clone();
        let saved = crate::types::dict::as_dict(&builtins).map(|d| d.items());
        crate::modules::io::start_capture();
        crate::runtime::eval_breaker::set_budget(Some(budget));
        crate::types::str::set_alloc_limit(alloc_limit);
        let r = match crate::runtime::import::source_from_bytes(&data, "<fuzz>") {
            Ok(src) => crate::run_main_source(&vm, &src, "<fuzz>"),
            Err(e) => Err(e),
        };
        stop_leftover_threads();
        crate::runtime::eval_breaker::set_budget(None);
        crate::types::str::set_alloc_limit(1 << 38);
        let out = crate::modules::io::take_capture();
        if let (Some(d), Some(items)) = (crate::types::dict::as_dict(&builtins), saved) {
            d.clear();
            for (k, v) in items {
                let _ = d.set_item(&vm, k, v);
            }
        }
        let outcome = match r {
            Ok(()) => Outcome::Ok,
            Err(e) => raised(&vm, e),
        };
        (out, outcome)
    })
}

/// The tiers must agree: runs `data` (under a budget) with the adaptive
/// interpreter and the JIT off, with the defaults (both on), and with every
/// loop compiled at its first back edge (`-X jit=always`), and compares
/// what each printed and how each ended (the exception's last traceback
/// line, the budget's RecursionError included). Object addresses in the
/// output are masked (they differ between runs). The `tiers` fuzz target.
pub fn check_tiers(data: &[u8], budget: u64, alloc_limit: usize) -> Result<(), String> {
    use crate::eval::jit;
    use crate::quicken;
    let configs = [
        ("specialize=0 jit=0", quicken::Mode::Off, jit::Mode::Off),
        ("default", quicken::Mode::On, jit::Mode::On),
        ("jit=always", quicken::Mode::On, jit::Mode::Always),
    ];
    let mask = |s: &str| {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(i) = rest.find("0x") {
            out.push_str(&rest[..i]);
            out.push_str("0x?");
            rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        }
        out.push_str(rest);
        out
    };
    let mut first: Option<(&str, String, Outcome)> = None;
    for (name, spec, jit_mode) in configs {
        quicken::set_mode(spec);
        jit::set_mode(jit_mode);
        let (out, outcome) = run_bytes_capture(data, budget, alloc_limit);
        let (out, outcome) = (
            mask(&out),
            match outcome {
                Outcome::Raised(s) => Outcome::Raised(mask(&s)),
                o => o,
            },
        );
        match &first {
            None => first = Some((name, out, outcome)),
            Some((n0, out0, outcome0)) => {
                if *out0 != out || *outcome0 != outcome {
                    quicken::set_mode(quicken::Mode::On);
                    jit::set_mode(jit::Mode::On);
                    return Err(format!(
                        "{n0} and {name} differ:\n{n0}: {outcome0:?}\n{out0}\n{name}: {outcome:?}\n{out}"
                    ));
                }
            }
        }
    }
    quicken::set_mode(quicken::Mode::On);
    jit::set_mode(jit::Mode::On);
    Ok(())
}

/// Runs a program and returns what it printed (tests, benchmarks).
pub fn run_capture(source: &str) -> Result<String, String> {
    init();
    let source = source.to_string();
    crate::with_big_stack(move || {
        let vm = Vm::current();
        crate::modules::io::start_capture();
        let r = crate::run_main_source(&vm, &source, "<api>");
        let out = crate::modules::io::take_capture();
        match r {
            Ok(()) => Ok(out),
            Err(e) => match raised(&vm, e) {
                Outcome::Raised(s) => Err(s),
                Outcome::Ok => Ok(out),
            },
        }
    })
}

/// Runs a program free-threaded (`gil` false) or with the global lock, and
/// returns what it printed. Threads it starts must have finished when it
/// returns (the lock mode of the process changes between calls).
pub fn run_capture_in_mode(source: &str, gil: bool) -> Result<String, String> {
    init();
    let source = source.to_string();
    crate::with_big_stack(move || {
        wait_for_threads();
        crate::runtime::gil::set_mode_for_testing(gil);
        let vm = Vm::current();
        crate::modules::io::start_capture();
        let r = crate::run_main_source(&vm, &source, "<api>");
        let r = r.and_then(|()| crate::runtime::threads::shutdown(&vm));
        let out = crate::modules::io::take_capture();
        let r = match r {
            Ok(()) => Ok(out),
            Err(e) => match raised(&vm, e) {
                Outcome::Raised(s) => Err(s),
                Outcome::Ok => Ok(out),
            },
        };
        crate::runtime::gil::allow_threads(wait_for_threads);
        crate::runtime::gil::set_mode_for_testing(false);
        r
    })
}

/// Waits (briefly) until no thread started by `_thread` is still tearing down.
fn wait_for_threads() {
    let start = std::time::Instant::now();
    while crate::runtime::threads::running() > 0 {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "threads still running"
        );
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

fn raised(vm: &Vm, e: crate::runtime::error::PyErr) -> Outcome {
    let s = crate::runtime::traceback::exception_only(vm, e.value());
    Outcome::Raised(s.trim_end().to_string())
}
