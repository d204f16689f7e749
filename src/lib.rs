//! krait: a Python 3 interpreter for CPU-bound Python, built to run with or
//! without a global lock.
//!
//! A program flows: source text → `compile` (ruff parser, symbol table, code
//! generation) → `code::CodeObj` → `eval` (frames and the interpreter loop) →
//! `types` and `runtime` (objects, protocols, errors) → output through
//! `modules` (builtins, sys, io). The memory model lives in `value` (the
//! tagged value word) and `object` (header, biased reference counting,
//! allocation). See ARCHITECTURE.md for the map.

#![allow(clippy::new_without_default)]
#![allow(clippy::len_without_is_empty)]
#![allow(clippy::type_complexity)]

pub mod abi;
pub mod code;
pub mod compile;
pub mod eval;
pub mod modules;
pub mod object;
pub mod quicken;
pub mod runtime;
pub mod sync;
pub mod types;
pub mod value;

pub mod api;
pub mod cli;
pub mod threadgen;

use runtime::error::PyResult;
use runtime::vm::Vm;
use value::Value;

/// Native stack size of the thread that runs Python code.
pub const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Initializes the runtime for this process (idempotent).
pub fn init(flags: runtime::vm::Flags) {
    // the adaptive interpreter's and the JIT's switches, before any code is
    // compiled: PYTHON_JIT=0|1 first, then -X jit (which wins)
    match std::env::var("PYTHON_JIT").as_deref() {
        Ok("0") => eval::jit::set_mode(eval::jit::Mode::Off),
        Ok("1") => eval::jit::set_mode(eval::jit::Mode::On),
        _ => {}
    }
    for (k, v) in &flags.xoptions {
        match (k.as_str(), v.as_deref()) {
            ("specialize", Some("0")) => quicken::set_mode(quicken::Mode::Off),
            ("specialize", Some("always")) => quicken::set_mode(quicken::Mode::Always),
            ("specialize", _) => quicken::set_mode(quicken::Mode::On),
            ("stats", _) => quicken::stats::enable(),
            ("jit", Some("0")) => eval::jit::set_mode(eval::jit::Mode::Off),
            ("jit", Some("always")) => eval::jit::set_mode(eval::jit::Mode::Always),
            ("jit", Some("fail-once")) => eval::jit::set_mode(eval::jit::Mode::FailOnce),
            ("jit", _) => eval::jit::set_mode(eval::jit::Mode::On),
            ("jit-threshold", Some(n)) => {
                if let Ok(n) = n.parse::<u32>() {
                    eval::jit::set_threshold(n)
                }
            }
            ("perf", _) => eval::jit::enable_perf(),
            _ => {}
        }
    }
    eval::jit::prewarm();
    runtime::vm::init_runtime(flags);
    let vm = Vm::current();
    let _ = modules::sys::finish(&vm);
}

/// Creates a fresh `__main__`-style module namespace.
pub fn main_namespace(vm: &Vm, name: &str, file: Option<&str>) -> Value {
    let m = types::module::new_module(name);
    let d = types::module::module_dict(&m).clone();
    let dd = types::dict::as_dict(&d).unwrap();
    dd.set_str(vm, "__builtins__", runtime::vm::runtime().builtins.clone());
    if let Some(f) = file {
        dd.set_str(vm, "__file__", types::str::new_str(f.to_string()));
    }
    let mods = types::dict::as_dict(&runtime::vm::runtime().modules).unwrap();
    mods.set_str(vm, name, m);
    d
}

/// Compiles and runs `source` as the `__main__` module.
pub fn run_main_source(vm: &Vm, source: &str, filename: &str) -> PyResult<()> {
    let globals = main_namespace(
        vm,
        "__main__",
        if filename.starts_with('<') {
            None
        } else {
            Some(filename)
        },
    );
    let code = compile::compile(vm, source, filename, compile::Mode::Exec)?;
    eval::run_code(vm, &code, &globals, Some(globals.clone()))?;
    Ok(())
}

/// Runs `f` on a thread with a large native stack (deep recursion in Python
/// code and deeply nested source must raise, not overflow the stack).
pub fn with_big_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::Builder::new()
        .name("krait-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            Vm::current().set_stack_size(STACK_SIZE);
            f()
        })
        .expect("spawn interpreter thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}
