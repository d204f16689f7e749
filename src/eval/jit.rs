//! The runtime side of the JIT (the `jit` crate compiles; this module
//! decides when, describes the loop and the ABI to it, and keeps the
//! statistics).
//!
//! A loop's back edge, `JUMP_BACKWARD`, counts its executions in its inline
//! cache. When the counter triggers, [`hot_loop`] snapshots the loop (the
//! code as compiled, the constants, what the frame's locals and stack hold
//! now) and asks `jit::compile` for a region. On success the instruction
//! becomes `JUMP_BACKWARD_JIT`, whose cache holds the region's address
//! (published under the cache's sequence word like any specialization); from
//! then on every back edge enters the compiled loop at its header, and the
//! loop's exits hand the frame back at an instruction boundary. A refusal
//! freezes the counter (the loop stays interpreted; `-X stats` says why).
//!
//! Regions are never freed (a thread may be running one at any time); their
//! number is capped.

use std::collections::BTreeMap;
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use jit::{Abi, Const, ExitKind, LoopInput, Refusal, Region, Seen};
use specializer::{cache, counter, decode, encode, Opcode};

use crate::code::CodeObj;
use crate::object::{Kind, Obj};
use crate::types::types;
use crate::value::Value;

/// `-X jit=0|1|always` (`PYTHON_JIT=0|1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Off = 0,
    On = 1,
    /// Test setting: compile at the first back edge, give a site up after
    /// its first failing exit (so exits and recompiles run).
    Always = 2,
}

static MODE: AtomicU8 = AtomicU8::new(Mode::On as u8);
/// Back edges before a loop is compiled (`-X jit-threshold=N`).
static THRESHOLD: AtomicU32 = AtomicU32::new(1000);
static PERF: AtomicBool = AtomicBool::new(false);

/// Compiles per back edge at most (the first and recompiles after the site
/// was given up).
const MAX_COMPILES: u32 = 8;
/// Regions at most, process-wide (their code is never freed).
const MAX_REGIONS: usize = 10_000;
/// Entry-guard or deopt exits a site takes before it is given up (and
/// recompiled later with what the frame then holds).
const HOT_EXIT: u64 = 64;

pub fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

pub fn mode() -> Mode {
    if !jit::available() {
        return Mode::Off;
    }
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Off,
        2 => Mode::Always,
        _ => Mode::On,
    }
}

pub fn set_threshold(n: u32) {
    THRESHOLD.store(n.clamp(1, 4096), Ordering::Relaxed);
}

pub fn enable_perf() {
    PERF.store(true, Ordering::Relaxed);
}

/// The counter a back edge starts with.
pub fn initial_counter() -> u32 {
    match mode() {
        Mode::Off => counter::FROZEN,
        Mode::On => counter::make(THRESHOLD.load(Ordering::Relaxed) - 1, 0),
        Mode::Always => counter::IMMEDIATE,
    }
}

// ---- the ABI ----------------------------------------------------------------

/// A new int object for a value outside the small-int range.
extern "C" fn box_int(v: i64) -> usize {
    crate::types::int::int_from_i64(v).into_raw()
}

/// A new float.
extern "C" fn new_float(x: f64) -> usize {
    crate::types::float::new_float(x).into_raw()
}

/// Stores `x` into a frame slot that holds an exact float.
extern "C" fn store_float(slot: *mut usize, x: f64) {
    // SAFETY: compiled code passes the address of a slot of the frame it
    // runs in (alive and this thread's), which held an exact float when the
    // loop was entered (a guard checked it) and which compiled code never
    // writes otherwise; the slot owns the reference its word stands for.
    unsafe {
        let cur = ManuallyDrop::new(Value::from_raw(*slot));
        if crate::types::float::reuse_exact(&cur, x) {
            return;
        }
        *slot = crate::types::float::new_float(x).into_raw();
        drop(ManuallyDrop::into_inner(cur));
    }
}

/// Layouts and helpers for compiled code.
pub fn abi() -> &'static Abi {
    static ABI: OnceLock<Abi> = OnceLock::new();
    ABI.get_or_init(|| {
        let t = types();
        Abi {
            header_type: crate::object::header::TYPE_OFFSET as i32,
            header_kind: crate::object::header::KIND_OFFSET as i32,
            range_iter_kind: Kind::RangeIter as u8,
            range_next: crate::types::range::ITER_NEXT_OFFSET as i32,
            range_step: crate::types::range::ITER_STEP_OFFSET as i32,
            range_remaining: crate::types::range::ITER_REMAINING_OFFSET as i32,
            float_type: t.float as *const crate::object::Obj<crate::object::TypeObj> as usize,
            float_value: crate::types::float::VALUE_OFFSET as i32,
            true_word: Value::bool(true).raw(),
            false_word: Value::bool(false).raw(),
            box_int: box_int as *const () as usize,
            store_float: store_float as *const () as usize,
            new_float: new_float as *const () as usize,
        }
    })
}

/// The per-call context of this thread.
#[inline(always)]
pub fn ctx() -> jit::JitCtx {
    jit::JitCtx {
        breaker: crate::runtime::eval_breaker::word(),
    }
}

// ---- compiling ----------------------------------------------------------------

fn seen(v: &Option<Value>) -> Seen {
    let Some(v) = v else { return Seen::Unbound };
    if v.is_small_int() {
        Seen::SmallInt
    } else if v.is_bool() {
        Seen::Bool
    } else if v.is_exact_obj(types().float) {
        Seen::Float
    } else if v.kind() == Kind::RangeIter {
        Seen::RangeIter
    } else {
        Seen::Other
    }
}

fn constant(v: &Value) -> Const {
    if let Some(i) = v.as_small() {
        Const::Int(i)
    } else if v.is_bool() {
        Const::Bool(v.is(&Value::bool(true)))
    } else if v.is_exact_obj(types().float) {
        Const::Float(crate::types::float::as_f64(v).unwrap_or(0.0))
    } else {
        Const::Other
    }
}

/// The back edge at `units[0]` (offset `back_edge`, jumping to `header`)
/// got hot in the running frame (`slots`, the stack `sp` deep from
/// `stack_base`): compiles the loop and publishes it, or freezes the
/// counter.
pub fn hot_loop(
    code: &Obj<CodeObj>,
    units: &[AtomicU32],
    back_edge: usize,
    header: u32,
    slots: &[Option<Value>],
    stack_base: usize,
    sp: usize,
) {
    let compiles_unit = &units[1 + cache::JIT_COMPILES];
    let compiles = compiles_unit.load(Ordering::Relaxed);
    // claim the site: another thread that finds the counter frozen does not
    // compile it too
    units[1 + cache::COUNTER].store(counter::FROZEN, Ordering::Relaxed);
    if compiles >= MAX_COMPILES {
        stats::refused("too many recompiles");
        return;
    }
    compiles_unit.store(compiles + 1, Ordering::Relaxed);
    if stats::regions() >= MAX_REGIONS {
        stats::refused("region limit");
        return;
    }
    let consts: Vec<Const> = code.consts.iter().map(constant).collect();
    let nlocals = code.nlocals();
    let locals: Vec<Seen> = slots[..nlocals].iter().map(seen).collect();
    let stack: Vec<Seen> = slots[stack_base..sp].iter().map(seen).collect();
    let input = LoopInput {
        code: &code.code,
        header,
        back_edge: back_edge as u32,
        nlocals: nlocals as u32,
        stack_base: stack_base as u32,
        consts: &consts,
        locals: &locals,
        stack: &stack,
    };
    let t0 = Instant::now();
    static DUMP: OnceLock<bool> = OnceLock::new();
    let dump = *DUMP.get_or_init(|| std::env::var_os("KRAIT_JIT_DUMP").is_some());
    let result = jit::compile(&input, abi(), dump);
    let dt = t0.elapsed();
    match result {
        Ok(c) => {
            if let Some(clif) = &c.clif {
                eprintln!("; loop L{} of {}\n{}", header, crate::types::str::as_str(&code.qualname).unwrap_or("?"), clif);
            }
            // leaked: compiled code is never freed (see the module doc)
            let region: &'static Region =
                // SAFETY: the Arc is never dropped: its one count is leaked here
                unsafe { &*std::sync::Arc::into_raw(c.region) };
            if PERF.load(Ordering::Relaxed) {
                perf_map(code, region);
            }
            stats::compiled(region, dt);
            let [lo, hi] = cache::split(region as *const Region as u64);
            let (_, arg) = decode(units[0].load(Ordering::Relaxed));
            let seq = &units[1 + cache::SEQ];
            if crate::eval::cache_protocol::publish::<crate::sync::Std>(
                seq,
                &units[1 + cache::DATA..],
                &[lo, hi],
                Opcode::JUMP_BACKWARD_JIT as u8,
            ) {
                units[0].store(encode(Opcode::JUMP_BACKWARD_JIT, arg), Ordering::Release);
            }
        }
        Err(why) => stats::refused_because(why),
    }
}

/// After an exit: gives the site up when its guards keep failing (the
/// instruction goes back to `JUMP_BACKWARD`, whose counter later compiles
/// the loop again with what the frame holds then).
#[inline]
pub fn after_exit(units: &[AtomicU32], exit: &jit::Exit) {
    let kind = exit.kind;
    let counting = stats::counting();
    if !counting && !matches!(kind, ExitKind::EntryGuard | ExitKind::Deopt) {
        return;
    }
    let n = exit.taken.fetch_add(1, Ordering::Relaxed) + 1;
    let limit = if mode() == Mode::Always { 1 } else { HOT_EXIT };
    if matches!(kind, ExitKind::EntryGuard | ExitKind::Deopt) && n >= limit {
        give_up(units);
    }
}

#[cold]
fn give_up(units: &[AtomicU32]) {
    let (b, arg) = decode(units[0].load(Ordering::Relaxed));
    if b != Opcode::JUMP_BACKWARD_JIT as u8 {
        return;
    }
    stats::gave_up();
    units[1 + cache::COUNTER].store(initial_counter(), Ordering::Relaxed);
    units[0].store(encode(Opcode::JUMP_BACKWARD, arg), Ordering::Release);
}

/// Appends the region to `/tmp/perf-PID.map` (`-X perf`), as CPython's
/// `-X perf` does, so `perf report` names the loop.
fn perf_map(code: &Obj<CodeObj>, region: &Region) {
    use std::io::Write;
    let name = crate::types::str::as_str(&code.qualname).unwrap_or("?");
    let line = code.line_at(region.header as usize);
    let path = format!("/tmp/perf-{}.map", std::process::id());
    static LOCK: Mutex<()> = Mutex::new(());
    let _g = LOCK.lock();
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(
            f,
            "{:x} {:x} py::{}:{}#L{}",
            region.code_addr, region.code_size, name, line, region.header
        );
    }
}

/// `-X stats`: the JIT section.
pub mod stats {
    use super::*;

    #[derive(Default)]
    struct Stats {
        regions: Vec<&'static Region>,
        compile_us: Vec<f64>,
        refused: BTreeMap<String, u64>,
        gave_up: u64,
    }

    fn stats() -> &'static Mutex<Stats> {
        static S: OnceLock<Mutex<Stats>> = OnceLock::new();
        S.get_or_init(Default::default)
    }

    #[inline(always)]
    pub fn counting() -> bool {
        crate::eval::quicken::stats::enabled()
    }

    pub(super) fn regions() -> usize {
        stats().lock().map(|s| s.regions.len()).unwrap_or(MAX_REGIONS)
    }

    pub(super) fn compiled(r: &'static Region, dt: std::time::Duration) {
        if let Ok(mut s) = stats().lock() {
            s.regions.push(r);
            s.compile_us.push(dt.as_secs_f64() * 1e6);
        }
    }

    pub(super) fn refused(why: &str) {
        if let Ok(mut s) = stats().lock() {
            *s.refused.entry(why.to_string()).or_default() += 1;
        }
    }

    pub(super) fn refused_because(why: Refusal) {
        refused(&why.describe());
    }

    pub(super) fn gave_up() {
        if let Ok(mut s) = stats().lock() {
            s.gave_up += 1;
        }
    }

    /// Regions compiled so far (tests).
    pub fn compiled_count() -> usize {
        regions()
    }

    pub fn report() -> String {
        use std::fmt::Write;
        let Ok(s) = stats().lock() else {
            return String::new();
        };
        let mut out = String::new();
        let _ = writeln!(out, "JIT ({:?}):", mode());
        let _ = writeln!(out, "  regions compiled: {}", s.regions.len());
        let mut us = s.compile_us.clone();
        us.sort_by(|a, b| a.total_cmp(b));
        if !us.is_empty() {
            let total: f64 = us.iter().sum();
            let _ = writeln!(
                out,
                "  compile time: total {:.0} us, median {:.0} us, max {:.0} us",
                total,
                us[us.len() / 2],
                us[us.len() - 1]
            );
        }
        let bytes: usize = s.regions.iter().map(|r| r.code_size).sum();
        let _ = writeln!(out, "  code bytes: {}", bytes);
        let entries: u64 = s
            .regions
            .iter()
            .map(|r| r.entries.load(Ordering::Relaxed))
            .sum();
        let _ = writeln!(out, "  entries: {}", entries);
        for k in ExitKind::ALL {
            let n: u64 = s
                .regions
                .iter()
                .flat_map(|r| r.exits.iter())
                .filter(|e| e.kind == k)
                .map(|e| e.taken.load(Ordering::Relaxed))
                .sum();
            let _ = writeln!(out, "  exits ({}): {}", k.name(), n);
        }
        let _ = writeln!(out, "  sites given up (recompiled later): {}", s.gave_up);
        if !s.refused.is_empty() {
            let _ = writeln!(out, "  loops refused:");
            for (why, n) in &s.refused {
                let _ = writeln!(out, "    {:<28} {}", why, n);
            }
        }
        let mut sites: Vec<(u64, u32, ExitKind, u32)> = s
            .regions
            .iter()
            .flat_map(|r| {
                r.exits
                    .iter()
                    .map(move |e| (e.taken.load(Ordering::Relaxed), r.header, e.kind, e.resume))
            })
            .filter(|e| e.0 > 0)
            .collect();
        sites.sort_by(|a, b| b.0.cmp(&a.0));
        if !sites.is_empty() {
            let _ = writeln!(out, "  top exit sites (taken, loop header, kind, resume offset):");
            for (n, h, k, at) in sites.iter().take(10) {
                let _ = writeln!(out, "    {:>10}  L{:<6} {:<12} @{}", n, h, k.name(), at);
            }
        }
        out
    }
}
