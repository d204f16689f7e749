//! The eval breaker: one word per thread, checked on loop back edges and calls,
//! through which other threads and the runtime ask a running thread to stop
//! for a moment: to merge its biased-refcount queue, to hand over the global
//! lock, or to count down a fuzzing budget. Checking it costs one thread-local
//! relaxed load.
//!
//! Each thread's word lives in a `const` thread-local (no destructor, no lazy
//! initialization). Other threads reach it through [`registry`], which maps a
//! thread id to the word's address; a thread's entry is removed before its
//! storage is freed (explicitly, or by a thread-local destructor if the thread
//! just ends), and setters hold the registry lock, so an address is never
//! used after its thread is gone.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, Ordering};
use std::sync::OnceLock;

use crate::object::header::current_tid;
use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;

/// Bit: other threads queued objects for this thread to merge (biased counting).
pub const BRC_MERGE: u32 = 1;
/// Bit: an instruction budget is active (fuzzing): count it down.
pub const BUDGET: u32 = 2;
/// Bit: another thread has waited a switch interval for the global lock.
pub const GIL_DROP: u32 = 4;

thread_local! {
    static BREAKER: AtomicU32 = const { AtomicU32::new(0) };
    /// Unregisters the thread's word when the thread exits, however it exits:
    /// thread-local destructors run before the thread's storage is freed.
    static REGISTRATION: Registration = const { Registration };
}

struct Registration;

impl Drop for Registration {
    fn drop(&mut self) {
        unregister_thread();
    }
}

/// Thread id -> address of that thread's `BREAKER` word.
fn registry() -> &'static Mutex<HashMap<usize, usize>> {
    static R: OnceLock<Mutex<HashMap<usize, usize>>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Whether a work budget is set (process-wide; new threads inherit it).
static BUDGET_ON: AtomicBool = AtomicBool::new(false);
/// Back edges and calls left before the budget raises (when `BUDGET_ON`).
static BUDGET_LEFT: AtomicI64 = AtomicI64::new(0);

/// Makes the current thread reachable by [`request_for`] and [`request_all`].
pub fn register_thread() {
    let addr = BREAKER.with(|b| b as *const AtomicU32 as usize);
    registry().lock().insert(current_tid(), addr);
    // arm the destructor that removes the entry again
    REGISTRATION.with(|_| ());
    if BUDGET_ON.load(Ordering::SeqCst) {
        BREAKER.with(|b| b.fetch_or(BUDGET, Ordering::Relaxed));
    }
}

/// This thread's breaker word (compiled loops poll it at back edges; it
/// lives as long as the thread).
#[inline(always)]
pub fn word() -> *const AtomicU32 {
    BREAKER.with(|b| b as *const AtomicU32)
}

/// Removes the current thread (before it exits).
pub fn unregister_thread() {
    registry().lock().remove(&current_tid());
}

fn set_bits(addr: usize, bits: u32) {
    // SAFETY: `addr` came from the registry while its lock is held by our
    // caller; a thread unregisters (under the same lock) before it exits, so
    // its thread-local word is alive.
    let word = unsafe { &*(addr as *const AtomicU32) };
    word.fetch_or(bits, Ordering::Release);
}

/// Asks thread `tid` to look at its breaker (no-op if it is gone).
pub fn request_for(tid: usize, bits: u32) {
    let r = registry().lock();
    if let Some(&addr) = r.get(&tid) {
        set_bits(addr, bits);
    }
}

/// Asks every registered thread to look at its breaker.
pub fn request_all(bits: u32) {
    let r = registry().lock();
    for &addr in r.values() {
        set_bits(addr, bits);
    }
}

/// Clears bits of the current thread's word (a request that no longer applies).
pub fn clear_mine(bits: u32) {
    BREAKER.with(|b| b.fetch_and(!bits, Ordering::Relaxed));
}

/// Limits the work a program may do: after `n` loop iterations and calls,
/// every further back edge or call raises `RecursionError("budget exhausted")`
/// (None lifts the limit). Used by the fuzz targets.
pub fn set_budget(n: Option<u64>) {
    match n {
        Some(n) => {
            BUDGET_LEFT.store(n as i64, Ordering::SeqCst);
            BUDGET_ON.store(true, Ordering::SeqCst);
            request_all(BUDGET);
            BREAKER.with(|b| b.fetch_or(BUDGET, Ordering::Relaxed));
        }
        None => {
            BUDGET_ON.store(false, Ordering::SeqCst);
            BREAKER.with(|b| b.fetch_and(!BUDGET, Ordering::Relaxed));
        }
    }
}

/// Whether a work budget is set (fuzzing).
pub fn budget_on() -> bool {
    BUDGET_ON.load(Ordering::Relaxed)
}

/// Whether a work budget is set and nothing of it is left: every further
/// back edge or call raises, so blocking waits stop too (`_thread`).
pub fn budget_spent() -> bool {
    BUDGET_ON.load(Ordering::Relaxed) && BUDGET_LEFT.load(Ordering::Relaxed) <= 0
}

/// Spends what is left of a work budget (when one is set): every thread
/// still running stops at its next back edge, call or lock wait.
pub fn spend_budget() {
    if BUDGET_ON.load(Ordering::SeqCst) {
        BUDGET_LEFT.store(0, Ordering::SeqCst);
    }
}

/// Under a work budget, charges `units` of native work done in one step (a
/// big-int multiplication or division): RecursionError("budget exhausted")
/// when fewer are left. Free when no budget is set.
pub fn charge(units: u64) -> PyResult<()> {
    if units == 0 || !BUDGET_ON.load(Ordering::Relaxed) {
        return Ok(());
    }
    let units = units.min(i64::MAX as u64) as i64;
    let left = BUDGET_LEFT.load(Ordering::Relaxed);
    if left < units {
        BUDGET_LEFT.store(left.min(0), Ordering::Relaxed);
        return Err(crate::runtime::error::recursion_error("budget exhausted"));
    }
    BUDGET_LEFT.store(left - units, Ordering::Relaxed);
    Ok(())
}

/// Under a work budget, spends one unit of it on optional bookkeeping and
/// says whether any was left; always true when no budget is set. Lets work
/// that cannot raise (the exception-context walk) stay bounded when fuzzing.
#[inline]
pub fn budget_step() -> bool {
    if !BUDGET_ON.load(Ordering::Relaxed) {
        return true;
    }
    BUDGET_LEFT.fetch_sub(1, Ordering::Relaxed) > 0
}

#[inline(always)]
pub fn check(vm: &Vm) -> PyResult<()> {
    if BREAKER.with(|b| b.load(Ordering::Relaxed)) == 0 {
        return Ok(());
    }
    slow(vm)
}

#[cold]
fn slow(_vm: &Vm) -> PyResult<()> {
    // BUDGET stays set while the budget is on; the other bits are one-shot
    let keep = if BUDGET_ON.load(Ordering::Relaxed) {
        BUDGET
    } else {
        0
    };
    let bits = BREAKER.with(|b| b.fetch_and(keep, Ordering::Acquire));
    if bits & BRC_MERGE != 0 {
        crate::object::brc::merge_pending();
    }
    if bits & GIL_DROP != 0 {
        crate::runtime::gil::yield_to_waiters();
    }
    if bits & BUDGET != 0 && keep != 0 && BUDGET_LEFT.fetch_sub(1, Ordering::Relaxed) <= 0 {
        return Err(crate::runtime::error::recursion_error("budget exhausted"));
    }
    Ok(())
}
