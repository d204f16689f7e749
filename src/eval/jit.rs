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

use std::collections::{BTreeMap, HashMap};
use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use jit::{Builtin, Const, ExitKind, LoopInput, Name, Namespaces, Refusal, Region, Repr, Seen, Ty};
use specializer::{cache, counter, decode, encode, Opcode};

use crate::code::CodeObj;
use crate::eval::forms;
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
    /// Test setting: compile at the first back edge, and make every guard
    /// and back-edge poll of compiled code fail the first time it is
    /// reached, so every exit path runs.
    FailOnce = 3,
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
    publish_back_edges();
}

/// Tells quickening what back edges start with (code made from now on).
fn publish_back_edges() {
    crate::quicken::set_back_edges((mode() != Mode::Off).then(initial_counter));
}

pub fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Off,
        2 => Mode::Always,
        3 => Mode::FailOnce,
        _ => Mode::On,
    }
}

/// Makes Cranelift's description of this machine and compiles a small loop
/// (about a millisecond of work, mostly the compiler's first page faults)
/// on a thread of its own at start-up, so the first hot loop does not wait
/// for it; only when the JIT is on.
pub fn prewarm() {
    if mode() != Mode::Off {
        let _ = std::thread::Builder::new()
            .name("krait-jit-init".into())
            .spawn(jit::warm_up);
    }
}

pub fn set_threshold(n: u32) {
    THRESHOLD.store(n.clamp(1, 4096), Ordering::Relaxed);
    publish_back_edges();
}

pub fn enable_perf() {
    PERF.store(true, Ordering::Relaxed);
}

/// The counter a back edge starts with.
pub fn initial_counter() -> u32 {
    match mode() {
        Mode::Off => counter::FROZEN,
        Mode::On => counter::make(THRESHOLD.load(Ordering::Relaxed) - 1, 0),
        Mode::Always | Mode::FailOnce => counter::IMMEDIATE,
    }
}

// ---- the ABI ----------------------------------------------------------------

/// The int a frame slot's word holds, if it is an exact int that fits 128
/// bits (`out`: low word, high word).
pub(crate) extern "C" fn unbox_i128(w: usize, out: *mut [u64; 2]) -> u8 {
    if w == 0 {
        return 0;
    }
    // SAFETY: `w` is the word of a frame slot of the running frame (a live
    // value the slot owns; not released here); `out` is 16 bytes of the
    // compiled code's own stack frame.
    let v = ManuallyDrop::new(unsafe { Value::from_raw(w) });
    let i = if let Some(i) = v.as_small() {
        i as i128
    } else if v.is_exact(types().int) {
        use num_traits::ToPrimitive;
        match v
            .downcast::<crate::types::int::IntObj>()
            .and_then(|o| o.value().to_i128())
        {
            Some(i) => i,
            None => return 0,
        }
    } else {
        return 0;
    };
    // SAFETY: see above.
    unsafe { *out = [i as u64, (i >> 64) as u64] };
    1
}

/// After an exit: boxes the values the exit left in `out` into the frame
/// slots they are for (see `jit::Exit::values`), releasing what the slots
/// held (a float a local held and nothing else refers to is reused).
///
/// # Safety
/// `slots` is the frame the region ran on and `out` the buffer its
/// `JitCtx` named, as the exit left them.
pub unsafe fn restore(exit: &jit::Exit, slots: *mut Option<Value>, out: &[u64]) {
    let mut k = 0;
    let mut word = || {
        let w = out.get(k).copied().unwrap_or(0);
        k += 1;
        w
    };
    for &(slot, repr) in &exit.values {
        // SAFETY: the exit table names slots of the frame the region was
        // compiled for (locals, or stack slots below its size)
        let p = unsafe { &mut *slots.add(slot as usize) };
        let new = match repr {
            Repr::Unboxed(Ty::I128) => {
                let lo = word();
                let hi = word();
                crate::types::int::int_from_i128(((hi as i128) << 64) | lo as i128)
            }
            Repr::Unboxed(ty @ (Ty::Int | Ty::Bool | Ty::Float)) => {
                unboxed_into(p, ty, word());
                continue;
            }
            Repr::Unboxed(Ty::List | Ty::Obj) => continue,
            // SAFETY: a reference compiled code owned, moved here (0: the
            // empty slot)
            Repr::Owned => match word() as usize {
                0 => {
                    crate::value::release_opt(p.take());
                    continue;
                }
                w => unsafe { Value::from_raw(w) },
            },
            // SAFETY: compiled code names only objects that live as long
            // as the process (builtins, None, `list.append`)
            Repr::Word => unsafe { Value::from_raw_borrowed(word() as usize) },
            Repr::Range => {
                let (a, b, c) = (word() as i64, word() as i64, word() as i64);
                crate::types::range::new_range(a, b, c)
            }
            Repr::RangeIter => {
                let (n, st, sp, r) = (word() as i64, word() as i64, word() as i64, word() as i64);
                crate::types::range::new_range_iter(n, st, sp, r)
            }
            Repr::CopyOf(src) => {
                // SAFETY: as above (a local of the same frame)
                match unsafe { &*slots.add(src as usize) } {
                    Some(v) => v.clone(),
                    None => continue,
                }
            }
        };
        crate::value::release_opt(p.replace(new));
    }
}

/// Puts the unboxed int, bool or float `raw` into a frame slot: a float
/// into the float the slot holds when only the frame refers to it (as the
/// interpreter reuses floats in place), else a new object, the old value
/// released.
fn unboxed_into(p: &mut Option<Value>, ty: Ty, raw: u64) {
    let new = match ty {
        Ty::Int => crate::types::int::int_from_i64(raw as i64),
        Ty::Bool => Value::bool(raw != 0),
        _ => {
            let x = f64::from_bits(raw);
            if let Some(cur) = p.as_ref() {
                // SAFETY: tested to be an exact float just before
                if cur.is_exact_obj(types().float)
                    && unsafe { crate::types::float::reuse_exact(cur, x) }
                {
                    return;
                }
            }
            crate::types::float::new_float(x)
        }
    };
    crate::value::release_opt(p.replace(new));
}

/// Before a call: the unboxed locals the loop writes, boxed into their
/// frame slots (what a callee reading the frame sees). `buf` holds `n`
/// pairs: `slot << 8 | code` (`jit::Repr::code`: 0 int, 2 float, 3 bool)
/// and the raw value.
extern "C" fn h_sync_locals(slots: *mut Option<Value>, buf: *const u64, n: usize) {
    for k in 0..n {
        // SAFETY: `buf` is a stack slot of compiled code holding `n` pairs
        let (desc, raw) = unsafe { (*buf.add(2 * k), *buf.add(2 * k + 1)) };
        let ty = match desc & 0xff {
            0 => Ty::Int,
            2 => Ty::Float,
            3 => Ty::Bool,
            _ => continue,
        };
        // SAFETY: compiled code names locals of the frame it runs on
        let p = unsafe { &mut *slots.add((desc >> 8) as usize) };
        unboxed_into(p, ty, raw);
    }
}

/// `lst.append(x)` of an unboxed `x` (`jit::Repr::code` numbering, raw
/// words) on an exact list.
pub(crate) extern "C" fn list_append(list: usize, repr: u32, lo: u64, hi: u64) {
    let item = match repr {
        0 => crate::types::int::int_from_i64(lo as i64),
        1 => crate::types::int::int_from_i128(((hi as i128) << 64) | lo as i128),
        2 => crate::types::float::new_float(f64::from_bits(lo)),
        _ => Value::bool(lo != 0),
    };
    // SAFETY: the word of a local of the running frame that holds an exact
    // list (guarded at the loop's entry; the loop never stores to it), alive
    // while the frame is; not released here.
    let l = ManuallyDrop::new(unsafe { Value::from_raw(list) });
    if let Some(l) = crate::types::list::as_list(&l) {
        l.push(item);
    }
}

// ---- helpers for objects ------------------------------------------------------
//
// Each borrows its operands (words of live values the compiled code or the
// frame owns) and returns a new reference, or 0 for an error, the exception
// left in `PENDING` for the error exit that follows. A helper that returns 0
// with nothing pending asks the interpreter to run the instruction itself
// (a `NameError`, whose message needs the frame). None unwinds: a panic in
// the runtime becomes a `SystemError`.

thread_local! {
    /// The exception a helper raised, for the error exit.
    static PENDING: std::cell::RefCell<Option<crate::runtime::error::PyErr>> =
        const { std::cell::RefCell::new(None) };
}

/// The exception the last failing helper left, if any.
pub fn take_pending() -> Option<crate::runtime::error::PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}

/// Runs a helper's body: its value's word, or 0 with the exception pending.
#[inline(always)]
fn guarded(
    f: impl FnOnce(&crate::runtime::vm::Vm) -> crate::runtime::error::PyResult<Value>,
) -> usize {
    let vm = crate::runtime::vm::Vm::current();
    let r =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&vm))).unwrap_or_else(|_| {
            Err(crate::runtime::error::system_error(
                "internal error in a JIT helper",
            ))
        });
    match r {
        Ok(v) => v.into_raw(),
        Err(e) => {
            PENDING.with(|p| *p.borrow_mut() = Some(e));
            0
        }
    }
}

/// A status for a helper with no value: 1, or 0 with the exception pending.
#[inline(always)]
fn status(f: impl FnOnce(&crate::runtime::vm::Vm) -> crate::runtime::error::PyResult<()>) -> i32 {
    (guarded(|vm| f(vm).map(|()| Value::none())) != 0) as i32
}

/// The value behind a word compiled code passes (borrowed: not released).
///
/// # Safety
/// `w` is the word of a live value (a reference the caller holds).
#[inline(always)]
unsafe fn arg(w: usize) -> ManuallyDrop<Value> {
    // SAFETY: the caller's
    ManuallyDrop::new(unsafe { Value::from_raw(w) })
}

extern "C" fn h_incref(w: usize) {
    // SAFETY: compiled code passes a live object's word
    std::mem::forget(Value::clone(&*unsafe { arg(w) }));
}

extern "C" fn h_decref(w: usize) {
    // SAFETY: compiled code passes a reference it owns, released here once
    drop(unsafe { Value::from_raw(w) });
}

extern "C" fn h_box_int(v: i64) -> usize {
    crate::types::int::int_from_i64(v).into_raw()
}

extern "C" fn h_box_float(x: f64) -> usize {
    crate::types::float::new_float(x).into_raw()
}

extern "C" fn h_binary_op(a: usize, b: usize, op: u32, at: usize) -> usize {
    // SAFETY (all helpers below): compiled code passes words of live values
    // it or the frame holds, for the duration of the call; `at` is the
    // instruction's address in the running code (`LoopInput::sites`) or 0
    let (a, b, site) = unsafe { (arg(a), arg(b), site::<forms::CounterSite>(at)) };
    let site = site.filter(|s| {
        forms::form(*s)
            .0
            .is_some_and(|f| forms::BINARY_OP_HELPER_FORMS.contains(&f))
    });
    guarded(|vm| {
        let Some(bop) = specializer::BinOp::from_u32(op) else {
            return Err(crate::runtime::error::system_error("bad operator"));
        };
        forms::run_at(
            site,
            &[Opcode::BINARY_OP],
            |form, _| forms::binary_op(vm, form, bop.base(), &a, &b),
            |_, s| crate::quicken::specialize_binary_op(s, op, &a, &b),
            || crate::runtime::ops::binary_op(vm, &a, &b, bop),
        )
    })
}

extern "C" fn h_compare(a: usize, b: usize, op: u32, at: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`); `at` is the
    // instruction's address in the running code (`LoopInput::sites`) or 0
    let (a, b, site) = unsafe { (arg(a), arg(b), site::<forms::CounterSite>(at)) };
    guarded(|vm| {
        let Some(cmp) = specializer::CmpOp::from_u32(op) else {
            return Err(crate::runtime::error::system_error("bad comparison"));
        };
        forms::run_at(
            site,
            &[Opcode::COMPARE_OP],
            |form, _| forms::compare(form, cmp, &a, &b).map(|r| Ok(Value::bool(r))),
            |_, s| crate::quicken::specialize_compare_op(s, &a, &b),
            || crate::runtime::ops::compare(vm, &a, &b, cmp),
        )
    })
}

extern "C" fn h_contains(item: usize, c: usize, invert: u32, at: usize) -> usize {
    // SAFETY: as `h_binary_op`
    let (item, c, site) = unsafe { (arg(item), arg(c), site::<forms::CounterSite>(at)) };
    guarded(|vm| {
        let r = forms::run_at(
            site,
            &[Opcode::CONTAINS_OP],
            |form, _| forms::contains(vm, form, &item, &c),
            |_, s| crate::quicken::specialize_contains_op(s, &item, &c),
            || vm.contains(&c, &item),
        )?;
        Ok(Value::bool(r != (invert == 1)))
    })
}

extern "C" fn h_unary(v: usize, op: u32) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let v = unsafe { arg(v) };
    let name = match op {
        0 => "__neg__",
        1 => "__pos__",
        _ => "__invert__",
    };
    guarded(|vm| crate::runtime::ops::unary(vm, &v, name))
}

extern "C" fn h_truth(v: usize, at: usize) -> i32 {
    // SAFETY: as `h_binary_op` (`at`: a TO_BOOL, or 0)
    let (v, site) = unsafe { (arg(v), site::<forms::CounterSite>(at)) };
    let mut t = false;
    if guarded(|vm| {
        t = forms::run_at(
            site,
            &[Opcode::TO_BOOL],
            |form, _| forms::to_bool(form, &v).map(Ok),
            |_, s| crate::quicken::specialize_to_bool(s, &v),
            || vm.truthy(&v),
        )?;
        Ok(Value::none())
    }) == 0
    {
        return -1;
    }
    t as i32
}

extern "C" fn h_getitem(c: usize, k: usize, at: usize) -> usize {
    // SAFETY: as `h_compare`
    let (c, k, site) = unsafe { (arg(c), arg(k), site::<forms::CounterSite>(at)) };
    guarded(|vm| {
        forms::run_at(
            site,
            &[Opcode::BINARY_SUBSCR],
            |form, _| forms::binary_subscr(vm, form, &c, &k),
            |_, s| crate::quicken::specialize_binary_subscr(s, &c, &k),
            || vm.getitem(&c, &k),
        )
    })
}

extern "C" fn h_setitem(c: usize, k: usize, v: usize, at: usize) -> i32 {
    // SAFETY: as `h_compare` (`at`: a STORE_SUBSCR or STORE_SUBSCR_FAST)
    let (c, k, v, site) = unsafe { (arg(c), arg(k), arg(v), site::<forms::CounterSite>(at)) };
    status(|vm| {
        forms::run_at(
            site,
            &[Opcode::STORE_SUBSCR, Opcode::STORE_SUBSCR_FAST],
            |form, _| {
                forms::store_subscr_guard(form, &c, &k).then(|| {
                    forms::store_subscr(vm, form, &c, Value::clone(&*k), Value::clone(&*v))
                })
            },
            |family, s| match family {
                Opcode::STORE_SUBSCR_FAST => {
                    crate::quicken::specialize_store_subscr_fast(s, &c, &k)
                }
                _ => crate::quicken::specialize_store_subscr(s, &c, &k),
            },
            || vm.setitem(&c, &k, Value::clone(&*v)),
        )
    })
}

extern "C" fn h_unpack(seq: usize, n: usize, out: *mut usize, at: usize) -> i32 {
    // SAFETY: as `h_binary_op` (`at`: an UNPACK_SEQUENCE, or 0)
    let (seq, site) = unsafe { (arg(seq), site::<forms::CounterSite>(at)) };
    // the items into `out`, the last first
    let put = |k: usize, x: Value| {
        // SAFETY: `out` has room for `n` words (compiled code's stack slot)
        unsafe { *out.add(k) = x.into_raw() }
    };
    status(|vm| {
        forms::run_at(
            site,
            &[Opcode::UNPACK_SEQUENCE],
            |form, _| {
                forms::unpack_sequence(form, &seq, n, |k, x| put(k, x.clone())).then_some(Ok(()))
            },
            |_, s| crate::quicken::specialize_unpack_sequence(s, &seq, n),
            || {
                let items = crate::eval::interp::unpack(vm, &seq, n)?;
                // (`unpack` gave exactly `n` items)
                items
                    .into_iter()
                    .rev()
                    .enumerate()
                    .for_each(|(k, x)| put(k, x));
                Ok(())
            },
        )
    })
}

extern "C" fn h_get_iter(o: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let o = unsafe { arg(o) };
    guarded(|vm| vm.iter(&o))
}

extern "C" fn h_next(it: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let it = unsafe { arg(it) };
    let mut done = false;
    let r = guarded(|vm| {
        let next = crate::runtime::ops::next_step(vm, &it)?;
        Ok(next.unwrap_or_else(|| {
            done = true;
            Value::none()
        }))
    });
    if done {
        jit::ITER_DONE
    } else {
        r
    }
}

extern "C" fn h_load_global(globals: usize, builtins: usize, name: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let (g, b, n) = unsafe { (arg(globals), arg(builtins), arg(name)) };
    // not found: the interpreter raises the NameError (it knows the frame)
    crate::eval::interp::load_global(&g, &b, &n).map_or(0, Value::into_raw)
}

/// The live instruction and cache compiled code names by its address
/// (`LoopInput::sites`), as the family's fixed-size site `S`, or `None`
/// for 0.
///
/// # Safety
/// `site` is 0 or the address of an instruction in the quickened units of
/// the code the running region was compiled from (which its frame holds),
/// of a family whose instruction and cache are `S`.
unsafe fn site<'a, S>(site: usize) -> Option<&'a S> {
    // SAFETY: the caller's contract
    (site != 0).then(|| unsafe { &*(site as *const S) })
}

extern "C" fn h_getattr(o: usize, name: usize, at: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`); `at` is the
    // instruction's address in the running code (`LoopInput::sites`) or 0
    let (o, n, site) = unsafe { (arg(o), arg(name), site::<forms::AttrSite>(at)) };
    guarded(|vm| {
        forms::run_at(
            site,
            &[Opcode::LOAD_ATTR],
            |op, site| forms::load_attr(vm, op, site, &o, &n),
            |_, s| crate::quicken::specialize_load_attr(s, &o, &n),
            || vm.getattr(&o, &n),
        )
    })
}

extern "C" fn h_setattr(o: usize, name: usize, v: usize, at: usize) -> i32 {
    // SAFETY: as `h_getattr`
    let (o, n, v, site) = unsafe { (arg(o), arg(name), arg(v), site::<forms::AttrSite>(at)) };
    status(|vm| {
        forms::run_at(
            site,
            &[Opcode::STORE_ATTR],
            |op, site| forms::store_attr(vm, op, site, &o, &n, Value::clone(&*v)).ok(),
            |_, s| crate::quicken::specialize_store_attr(s, &o, &n),
            || vm.setattr(&o, &n, Value::clone(&*v)),
        )
    })
}

extern "C" fn h_load_method(o: usize, name: usize, out: *mut usize, at: usize) -> i32 {
    // SAFETY: as `h_getattr`
    let (o, n, site) = unsafe { (arg(o), arg(name), site::<forms::MethodSite>(at)) };
    status(|vm| {
        let with_self = || Value::clone(&o).into_raw();
        let (m, this) = forms::run_at(
            site,
            &[Opcode::LOAD_METHOD],
            |op, site| {
                if op == Opcode::LOAD_METHOD_MODULE {
                    let f = forms::load_method_module(site, &o)?;
                    return Some(Ok((f.into_raw(), 0)));
                }
                let m = matches!(
                    op,
                    Opcode::LOAD_METHOD_WITH_DICT | Opcode::LOAD_METHOD_NO_DICT
                )
                .then(|| forms::load_method(site, op, &o, &n))??;
                Some(Ok((m.into_raw(), with_self())))
            },
            |_, s| crate::quicken::specialize_load_method(s, &o, &n),
            || -> crate::runtime::error::PyResult<(usize, usize)> {
                Ok(match crate::eval::interp::load_method(vm, &o, &n)? {
                    Some(m) => (m.into_raw(), with_self()),
                    None => (vm.getattr(&o, &n)?.into_raw(), 0),
                })
            },
        )?;
        // SAFETY: `out` is two words of compiled code's stack slot
        unsafe { *out = m };
        // SAFETY: as the store above (two words of the slot)
        unsafe { *out.add(1) = this };
        Ok(())
    })
}

extern "C" fn h_call(
    callable: usize,
    this: usize,
    args: *const usize,
    n: usize,
    kwnames: usize,
    release: u64,
) -> usize {
    let r = call(callable, this, args, n, kwnames);
    // the references compiled code gave up: bit k of the low half (item k
    // of `[callable, self, args...]`) after a success, of the high half
    // (temporaries it boxed for the call) in any case; on an error the
    // others go back to the interpreter's stack
    let mask = if r != 0 { release as u32 } else { 0 } | (release >> 32) as u32;
    if mask != 0 {
        for k in 0..(n + 2).min(32) {
            if mask & (1 << k) == 0 {
                continue;
            }
            let w = match k {
                0 => callable,
                1 => this,
                // SAFETY: `args` holds `n` words
                _ => unsafe { *args.add(k - 2) },
            };
            if w != 0 {
                // SAFETY: a reference compiled code owned and passed on
                drop(unsafe { Value::from_raw(w) });
            }
        }
    }
    r
}

/// `h_call`'s call (borrowing everything).
fn call(callable: usize, this: usize, args: *const usize, n: usize, kwnames: usize) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let f = unsafe { arg(callable) };
    guarded(|vm| {
        // a Python function given exactly its parameters: the arguments go
        // straight into the new frame's slots (no argument vector)
        if kwnames == 0 {
            if let Some(func) = f.downcast::<crate::types::function::FunctionObj>() {
                let first = (this != 0) as usize;
                if crate::quicken::exact_args(func, n + first) {
                    return crate::eval::call_with(vm, func, |frame| {
                        if this != 0 {
                            // SAFETY: as above
                            frame.slots[0] = Some(Value::clone(&*unsafe { arg(this) }));
                        }
                        for k in 0..n {
                            // SAFETY: `args` holds `n` words of live values
                            let a = Value::clone(&*unsafe { arg(*args.add(k)) });
                            frame.slots[first + k] = Some(a);
                        }
                        Ok(())
                    });
                }
            }
        }
        let mut all: Vec<Value> = Vec::with_capacity(n + 1);
        if this != 0 {
            // SAFETY: words compiled code passes are live values it or the frame
            // holds for the call (the helpers' contract, see `arg`)
            all.push(Value::clone(&*unsafe { arg(this) }));
        }
        for k in 0..n {
            // SAFETY: `args` holds `n` words of live values
            all.push(Value::clone(&*unsafe { arg(*args.add(k)) }));
        }
        if kwnames == 0 {
            return vm.call(&f, &all);
        }
        // SAFETY: the names tuple is a constant of the code (immortal)
        let names = unsafe { arg(kwnames) };
        let kn = crate::types::tuple::as_tuple(&names);
        vm.call_kw(&f, &all, kn)
    })
}

/// The less common instructions that make a value, by opcode: their stack
/// items (bottom first, borrowed; a cell's word first for `LOAD_DEREF`).
/// 0 with nothing pending: the interpreter runs the instruction (an empty
/// cell, whose error names the frame's variable).
extern "C" fn h_op(op: u32, arg: u32, items: *const usize, n: usize) -> usize {
    use crate::types::slice::new_slice;
    // SAFETY: `items` holds `n` words of live values
    let it: Vec<ManuallyDrop<Value>> = (0..n).map(|k| unsafe { arg_at(items, k) }).collect();
    let v = |k: usize| Value::clone(&*it[k]);
    let Some(op) = Opcode::from_u8(op as u8) else {
        return 0;
    };
    if op == Opcode::LOAD_DEREF {
        return match it[0].downcast::<crate::types::function::CellObj>() {
            Some(c) => c.get().map_or(0, Value::into_raw),
            None => 0,
        };
    }
    guarded(|vm| match op {
        Opcode::BINARY_SLICE => vm.getitem(&it[0], &new_slice(v(1), v(2), Value::none())),
        Opcode::BUILD_SLICE => Ok(new_slice(
            v(0),
            v(1),
            if n == 3 { v(2) } else { Value::none() },
        )),
        Opcode::FORMAT_VALUE => {
            let x = match arg & 3 {
                1 => vm.str(&it[0])?,
                2 => vm.repr(&it[0])?,
                3 => crate::types::str::new_str(crate::eval::interp::ascii_of_repr(
                    &vm.repr_string(&it[0])?,
                )),
                _ => v(0),
            };
            let spec = if arg & 4 != 0 {
                crate::types::str::as_str(&it[1]).unwrap_or("").to_string()
            } else {
                String::new()
            };
            crate::runtime::ops::format(vm, &x, &spec)
        }
        Opcode::BUILD_STRING => {
            let mut s = String::new();
            for x in &it {
                s.push_str(crate::types::str::as_str(x).unwrap_or(""));
            }
            Ok(crate::types::str::new_str(s))
        }
        Opcode::BUILD_MAP => {
            let d = crate::types::dict::new_dict();
            if let Some(dd) = crate::types::dict::as_dict(&d) {
                for k in 0..n / 2 {
                    dd.set_item(vm, v(2 * k), v(2 * k + 1))?;
                }
            }
            Ok(d)
        }
        Opcode::BUILD_SET => crate::types::set::new_set(vm, (0..n).map(v).collect()),
        _ => Err(crate::runtime::error::system_error(
            "no JIT helper for this instruction",
        )),
    })
}

/// The less common instructions that make no value: 1, or 0 on error.
extern "C" fn h_op_status(op: u32, _arg: u32, items: *const usize, n: usize) -> i32 {
    use crate::types::slice::new_slice;
    // SAFETY: `items` holds `n` words of live values
    let it: Vec<ManuallyDrop<Value>> = (0..n).map(|k| unsafe { arg_at(items, k) }).collect();
    let v = |k: usize| Value::clone(&*it[k]);
    let Some(op) = Opcode::from_u8(op as u8) else {
        return 0;
    };
    status(|vm| match op {
        // [value, container, start, stop]
        Opcode::STORE_SLICE => vm.setitem(&it[1], &new_slice(v(2), v(3), Value::none()), v(0)),
        // [cell, value]
        Opcode::STORE_DEREF => {
            if let Some(c) = it[0].downcast::<crate::types::function::CellObj>() {
                c.set(Some(v(1)));
            }
            Ok(())
        }
        // [list, value]
        Opcode::LIST_APPEND => {
            if let Some(l) = crate::types::list::as_list(&it[0]) {
                l.push(v(1));
            }
            Ok(())
        }
        Opcode::SET_ADD => crate::types::set::set_add(vm, &it[0], v(1)),
        // [dict, key, value]
        Opcode::MAP_ADD => match crate::types::dict::as_dict(&it[0]) {
            Some(d) => d.set_item(vm, v(1), v(2)),
            None => Ok(()),
        },
        // [container, key]
        Opcode::DELETE_SUBSCR => crate::runtime::ops::delitem(vm, &it[0], &it[1]),
        _ => Err(crate::runtime::error::system_error(
            "no JIT helper for this instruction",
        )),
    })
}

/// The `k`th of the words at `items`, borrowed.
///
/// # Safety
/// `items` holds more than `k` words of live values.
unsafe fn arg_at(items: *const usize, k: usize) -> ManuallyDrop<Value> {
    // SAFETY: the caller's
    unsafe { arg(*items.add(k)) }
}

extern "C" fn h_list_get(l: usize, i: i64) -> usize {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let l = unsafe { arg(l) };
    guarded(|_| crate::types::list::getitem_int(&l, i))
}

extern "C" fn h_list_set(l: usize, i: i64, v: usize) -> i32 {
    // SAFETY: words compiled code passes are live values it or the frame
    // holds for the call (the helpers' contract, see `arg`)
    let (l, v) = unsafe { (arg(l), arg(v)) };
    status(|_| crate::types::list::setitem_int(&l, i, Value::clone(&*v)))
}

extern "C" fn h_build(kind: u32, items: *const usize, n: usize) -> usize {
    guarded(|_| {
        let v: Vec<Value> = (0..n)
            // SAFETY: `items` holds `n` words of live values
            .map(|k| Value::clone(&*unsafe { arg(*items.add(k)) }))
            .collect();
        Ok(if kind == 1 {
            crate::types::list::new_list(v)
        } else {
            crate::types::tuple::new_tuple(v)
        })
    })
}

/// Float `**` (as `float_pow` computes it, the raising cases ruled out by
/// the caller).
pub(crate) extern "C" fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// The helper table compiled code calls (see [`jit::Helpers`]).
pub(crate) fn helpers() -> jit::Helpers {
    jit::Helpers {
        incref: h_incref as *const () as usize,
        decref: h_decref as *const () as usize,
        box_int: h_box_int as *const () as usize,
        box_float: h_box_float as *const () as usize,
        binary_op: h_binary_op as *const () as usize,
        compare: h_compare as *const () as usize,
        contains: h_contains as *const () as usize,
        unary: h_unary as *const () as usize,
        truth: h_truth as *const () as usize,
        getitem: h_getitem as *const () as usize,
        setitem: h_setitem as *const () as usize,
        unpack: h_unpack as *const () as usize,
        get_iter: h_get_iter as *const () as usize,
        next: h_next as *const () as usize,
        load_global: h_load_global as *const () as usize,
        getattr: h_getattr as *const () as usize,
        setattr: h_setattr as *const () as usize,
        load_method: h_load_method as *const () as usize,
        call: h_call as *const () as usize,
        build: h_build as *const () as usize,
        list_get: h_list_get as *const () as usize,
        list_set: h_list_set as *const () as usize,
        op: h_op as *const () as usize,
        op_status: h_op_status as *const () as usize,
        sync_locals: h_sync_locals as *const () as usize,
    }
}

/// Runs a compiled loop on the frame's `slots` (at the loop header) and
/// puts the frame back as its exit says: the interpreter resumes at
/// `exit.resume` with the stack `exit.depth` deep. Out of line: the loop's
/// `out` buffer stays off `run_frame`'s stack.
///
/// # Safety
/// As [`Region::enter`]: `slots` is the running frame's, at the header of
/// the loop `region` was compiled from, with the stack as deep as then;
/// `frame` is that frame.
#[inline(never)]
pub unsafe fn run(
    region: &'static Region,
    slots: *mut Option<Value>,
    frame: *mut crate::eval::frame::Frame,
    units: &[AtomicU32],
) -> Result<&'static jit::Exit, (crate::runtime::error::PyErr, &'static jit::Exit)> {
    if stats::counting() {
        region.entries.fetch_add(1, Ordering::Relaxed);
    }
    let mut out = [0u64; jit::OUT_WORDS];
    let ctx = ctx(&mut out, frame);
    // SAFETY: the caller's contract; `ctx` is this thread's
    let exit = unsafe { region.enter(slots as *mut usize, &ctx) };
    // SAFETY: what this exit left, for this frame
    unsafe { restore(exit, slots, &out) };
    after_exit(units, exit);
    if exit.kind == ExitKind::Error {
        // raised at `exit.resume` (nothing pending: the interpreter runs
        // the instruction itself)
        if let Some(e) = take_pending() {
            return Err((e, exit));
        }
    }
    Ok(exit)
}

/// The per-call context of this thread, with `out` for the exit's values.
#[inline(always)]
pub fn ctx(out: &mut [u64; jit::OUT_WORDS], frame: *mut crate::eval::frame::Frame) -> jit::JitCtx {
    jit::JitCtx {
        breaker: crate::runtime::eval_breaker::word(),
        out: out.as_mut_ptr(),
        tid: crate::object::header::current_tid(),
        frame: frame as *mut u8,
    }
}

// ---- compiling ----------------------------------------------------------------

fn seen(v: &Option<Value>) -> Seen {
    let Some(v) = v else { return Seen::Unbound };
    if v.is_small_int() {
        Seen::SmallInt
    } else if v.is_exact(types().int) {
        use num_traits::ToPrimitive;
        let fits = v
            .downcast::<crate::types::int::IntObj>()
            .is_some_and(|o| o.value().to_i128().is_some());
        if fits {
            Seen::BigInt
        } else {
            Seen::Other
        }
    } else if v.is_bool() {
        Seen::Bool
    } else if v.is_exact_obj(types().float) {
        Seen::Float
    } else if v.kind() == Kind::RangeIter {
        Seen::RangeIter
    } else if v.is_exact_obj(types().list) {
        Seen::List
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
    } else if v.header().is_some_and(|h| h.is_immortal()) {
        Const::Obj(v.raw())
    } else {
        Const::Other
    }
}

/// The back edge at `units[0]` (offset `back_edge`, jumping to `header`)
/// got hot in the running frame (`slots`, the stack `sp` deep from
/// `stack_base`): compiles the loop and publishes it, or freezes the
/// counter.
#[allow(clippy::too_many_arguments)]
pub fn hot_loop(
    code: &Obj<CodeObj>,
    globals: &Value,
    builtins: &Value,
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
        never_compile(units);
        return;
    }
    compiles_unit.store(compiles + 1, Ordering::Relaxed);
    if stats::regions() >= MAX_REGIONS {
        stats::refused("region limit");
        return;
    }
    if !jit::available() {
        stats::refused("no code generator for this machine");
        never_compile(units);
        return;
    }
    let consts: Vec<Const> = code.consts.iter().map(constant).collect();
    let nlocals = code.nlocals();
    let locals: Vec<Seen> = slots[..nlocals].iter().map(seen).collect();
    let stack: Vec<Seen> = slots[stack_base..sp].iter().map(seen).collect();
    let (names, namespaces) = names(code, globals, builtins);
    // the adaptive interpreter's forms (its type feedback), by offset
    let mut forms = vec![0u8; code.quick.len()];
    let mut at = 0;
    while at < code.quick.len() {
        let (b, _) = decode(code.quick[at].load(Ordering::Relaxed));
        forms[at] = b;
        let units = Opcode::from_u8(b).map_or(0, |o| o.cache_units());
        at += 1 + units;
    }
    // (names are interned strs, immortal)
    let name_words: Vec<usize> = code
        .names
        .iter()
        .map(|n| {
            if n.header().is_some_and(|h| h.is_immortal()) {
                n.raw()
            } else {
                0
            }
        })
        .collect();
    let distrust: Vec<u32> = distrusted()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(units.as_ptr() as usize))
        .cloned()
        .unwrap_or_default();
    let input = LoopInput {
        code: &code.code,
        names: &names,
        namespaces,
        header,
        back_edge: back_edge as u32,
        nlocals: nlocals as u32,
        stack_base: stack_base as u32,
        consts: &consts,
        locals: &locals,
        stack: &stack,
        forms: &forms,
        name_words: &name_words,
        sites: code.quick.as_ptr() as usize,
        distrust: &distrust,
        fail_once: mode() == Mode::FailOnce,
        profitable_only: mode() == Mode::On,
    };
    let t0 = Instant::now();
    static DUMP: OnceLock<bool> = OnceLock::new();
    let dump = *DUMP.get_or_init(|| std::env::var_os("KRAIT_JIT_DUMP").is_some());
    // a bug in the compiler must not take the program down: the loop
    // stays interpreted (and `-X stats` counts it)
    let result = {
        let _small_pages = SmallPages::enter();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            jit::compile(&input, crate::abi::abi(), dump)
        }))
        .unwrap_or(Err(Refusal::Codegen))
    };
    let dt = t0.elapsed();
    match result {
        Ok(c) => {
            if let Some(clif) = &c.clif {
                eprintln!(
                    "; loop L{} of {}\n{}",
                    header,
                    crate::types::str::as_str(&code.qualname).unwrap_or("?"),
                    clif
                );
            }
            // leaked: compiled code is never freed (see the module doc)
            let region: &'static Region = Box::leak(c.region);
            if PERF.load(Ordering::Relaxed) {
                perf_map(code, region);
            }
            stats::compiled(region, dt);
            let data = cache::RegionData {
                region: region as *const Region as u64,
            }
            .encode();
            let (_, arg) = decode(units[0].load(Ordering::Relaxed));
            let seq = &units[1 + cache::SEQ];
            if crate::quicken::cache_protocol::publish::<crate::sync::Std>(
                seq,
                &units[1 + cache::DATA..],
                &data,
                Opcode::JUMP_BACKWARD_JIT as u8,
            ) {
                units[0].store(encode(Opcode::JUMP_BACKWARD_JIT, arg), Ordering::Release);
            }
        }
        Err(why) => {
            stats::refused_because(why);
            // what the frame held may be why (a local not bound yet at the
            // first back edge, a type that changes later): try again after
            // a while, up to the limit; the loop's code itself is why
            // otherwise, and the counter stays frozen
            if matches!(why, Refusal::SlotType | Refusal::TypeConflict) {
                let again = match mode() {
                    Mode::Always | Mode::FailOnce => counter::IMMEDIATE,
                    _ => counter::make(((16u32 << compiles.min(8)) - 1).min(4095), 0),
                };
                units[1 + cache::COUNTER].store(again, Ordering::Relaxed);
            } else {
                never_compile(units);
            }
        }
    }
}

/// While alive, memory this process faults in gets small pages, not
/// transparent huge pages.
///
/// mimalloc asks for huge pages for its arenas (`MADV_HUGEPAGE`), and on a
/// kernel whose THP `defrag` setting is `madvise` (Debian's default) a fault
/// on such memory may compact memory first to find a free 2 MiB page. A
/// compile allocates a few MB of compiler data and frees it at once, so a
/// compile that reaches fresh memory paid those stalls: the same 6 KB loop
/// of `benches/workloads/raytrace.py` took 4 ms or 30 ms, nbody's loops 82
/// ms in all instead of 19 (measured with `-X stats`; almost all of it
/// kernel time). The object heap keeps its huge pages (`alloc_heavy` runs
/// 15% slower without them): only faults during a compile are made small,
/// with `PR_SET_THP_DISABLE` (process-wide, checked at each fault), set
/// while any thread compiles.
struct SmallPages;

static COMPILING: Mutex<usize> = Mutex::new(0);

impl SmallPages {
    fn enter() -> SmallPages {
        let mut n = COMPILING.lock().unwrap_or_else(|e| e.into_inner());
        if *n == 0 {
            set_thp_disabled(true);
        }
        *n += 1;
        SmallPages
    }
}

impl Drop for SmallPages {
    fn drop(&mut self) {
        let mut n = COMPILING.lock().unwrap_or_else(|e| e.into_inner());
        *n -= 1;
        if *n == 0 {
            set_thp_disabled(false);
        }
    }
}

#[cfg(target_os = "linux")]
fn set_thp_disabled(on: bool) {
    const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
    extern "C" {
        fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
    }
    // SAFETY: PR_SET_THP_DISABLE takes one unsigned long and three zeros;
    // it only sets a flag of this process (an error leaves it unchanged,
    // which costs speed, not correctness).
    unsafe {
        prctl(
            PR_SET_THP_DISABLE,
            on as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
            0 as std::ffi::c_ulong,
        )
    };
}

#[cfg(not(target_os = "linux"))]
fn set_thp_disabled(_on: bool) {}

/// What the code's names stand for in a compiled loop: builtins it knows
/// (read through the globals, not shadowed there), `append`; and the
/// namespaces with the versions to guard.
fn names(
    code: &Obj<CodeObj>,
    globals: &Value,
    builtins: &Value,
) -> (Vec<Name>, Option<Namespaces>) {
    use crate::types::dict::as_dict;
    let (Some(g), Some(b)) = (as_dict(globals), as_dict(builtins)) else {
        return (vec![Name::Other; code.names.len()], None);
    };
    if !(globals.is_deferred() && builtins.is_deferred()) {
        return (vec![Name::Other; code.names.len()], None);
    }
    // versions first: what the lookups find is at least as new
    let ns = Namespaces {
        globals: globals.raw(),
        globals_keys_version: g.keys_version(),
        globals_version: g.version(),
        builtins: builtins.raw(),
        builtins_version: b.version(),
    };
    let t = types();
    let names = code
        .names
        .iter()
        .map(|n| {
            let s = crate::types::str::as_str(n).unwrap_or("");
            if g.get_str(n).is_none() {
                if let Some(v) = b.get_str(n) {
                    let as_type = |ty: &Obj<crate::object::TypeObj>| {
                        v.raw() == ty as *const Obj<crate::object::TypeObj> as usize
                    };
                    if as_type(t.range) {
                        return Name::Builtin(Builtin::Range, v.raw());
                    }
                    if as_type(t.int) {
                        return Name::Builtin(Builtin::Int, v.raw());
                    }
                }
            }
            if s == "append" {
                return Name::Append;
            }
            // a function, class or module (deferred), or an immortal
            let value = g.get_str(n).or_else(|| b.get_str(n));
            match value {
                Some(v) if v.header().is_some_and(|h| h.is_immortal()) => Name::Value(v.raw()),
                _ => Name::Other,
            }
        })
        .collect();
    (names, Some(ns))
}

/// The loop at `units[0]` will not be compiled: its back edge stops
/// counting (`JUMP_BACKWARD_NO_JIT`).
fn never_compile(units: &[AtomicU32]) {
    let (b, arg) = decode(units[0].load(Ordering::Relaxed));
    if b == Opcode::JUMP_BACKWARD as u8 {
        units[0].store(encode(Opcode::JUMP_BACKWARD_NO_JIT, arg), Ordering::Release);
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
        if kind == ExitKind::Deopt && mode() != Mode::FailOnce {
            distrust(units, exit.resume);
        }
        give_up(units);
    }
}

/// The instructions of each loop (by its back edge's address in the live
/// code) whose type feedback made a compiled version keep deopting: the
/// loop is compiled again without it there (the helpers do those
/// instructions), so a wrong guess (an operand unboxed as an int because
/// the other one is, in `"x%d" % i`) is not made again at every recompile.
/// An entry outlives its code only as a missed guess for code allocated at
/// the same address later.
fn distrusted() -> &'static Mutex<HashMap<usize, Vec<u32>>> {
    static D: OnceLock<Mutex<HashMap<usize, Vec<u32>>>> = OnceLock::new();
    D.get_or_init(|| Mutex::new(HashMap::new()))
}

#[cold]
fn distrust(units: &[AtomicU32], resume: u32) {
    let mut d = distrusted().lock().unwrap_or_else(|e| e.into_inner());
    let offs = d.entry(units.as_ptr() as usize).or_default();
    if !offs.contains(&resume) {
        offs.push(resume);
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
        crate::quicken::stats::enabled()
    }

    pub(super) fn regions() -> usize {
        stats()
            .lock()
            .map(|s| s.regions.len())
            .unwrap_or(MAX_REGIONS)
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
            let list: Vec<String> = us.iter().map(|t| format!("{t:.0}")).collect();
            let _ = writeln!(out, "  compile times (us, sorted): {}", list.join(" "));
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
            let _ = writeln!(
                out,
                "  top exit sites (taken, loop header, kind, resume offset):"
            );
            for (n, h, k, at) in sites.iter().take(10) {
                let _ = writeln!(out, "    {:>10}  L{:<6} {:<12} @{}", n, h, k.name(), at);
            }
        }
        out
    }
}
