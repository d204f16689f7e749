//! The eval breaker: a flag checked on loop back edges (and later at calls)
//! through which other threads and the runtime ask a running thread to stop
//! for a moment: to merge biased-refcount queues, to hand over the global
//! lock, or to handle a signal. Checking it costs one relaxed load.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;

/// Bit: some thread queued objects for their owners to merge.
pub const BRC_MERGE: u32 = 1;
/// Bit: an instruction budget is active (fuzzing): count it down.
pub const BUDGET: u32 = 2;

/// Back edges and calls left before the budget raises (when `BUDGET` is set).
static BUDGET_LEFT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Limits the work a program may do: after `n` loop iterations and calls,
/// every further back edge or call raises `RecursionError("budget exhausted")`
/// (None lifts the limit). Used by the fuzz targets.
pub fn set_budget(n: Option<u64>) {
    match n {
        Some(n) => {
            BUDGET_LEFT.store(n as i64, Ordering::SeqCst);
            BREAKER.fetch_or(BUDGET, Ordering::SeqCst);
        }
        None => {
            BREAKER.fetch_and(!BUDGET, Ordering::SeqCst);
        }
    }
}

static BREAKER: AtomicU32 = AtomicU32::new(0);

/// Under a work budget, charges `units` of native work done in one step (a
/// big-int multiplication or division): RecursionError("budget exhausted")
/// when fewer are left. Free when no budget is set.
pub fn charge(units: u64) -> PyResult<()> {
    if units == 0 || BREAKER.load(Ordering::Relaxed) & BUDGET == 0 {
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
    if BREAKER.load(Ordering::Relaxed) & BUDGET == 0 {
        return true;
    }
    BUDGET_LEFT.fetch_sub(1, Ordering::Relaxed) > 0
}

/// Asks running threads to look at the breaker.
pub fn request(bits: u32) {
    BREAKER.fetch_or(bits, Ordering::Release);
}

#[inline(always)]
pub fn check(vm: &Vm) -> PyResult<()> {
    if BREAKER.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    slow(vm)
}

#[cold]
fn slow(_vm: &Vm) -> PyResult<()> {
    let bits = BREAKER.fetch_and(BUDGET, Ordering::Acquire);
    if bits & BRC_MERGE != 0 {
        crate::object::brc::merge_pending();
    }
    if bits & BUDGET != 0 && BUDGET_LEFT.fetch_sub(1, Ordering::Relaxed) <= 0 {
        return Err(crate::runtime::error::recursion_error("budget exhausted"));
    }
    Ok(())
}
