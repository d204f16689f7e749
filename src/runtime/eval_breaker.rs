//! The eval breaker: a flag checked on loop back edges (and later at calls)
//! through which other threads and the runtime ask a running thread to stop
//! for a moment: to merge biased-refcount queues, to hand over the global
//! lock, or to handle a signal. Checking it costs one relaxed load.

use std::sync::atomic::{AtomicU32, Ordering};

use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;

/// Bit: some thread queued objects for their owners to merge.
pub const BRC_MERGE: u32 = 1;

static BREAKER: AtomicU32 = AtomicU32::new(0);

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
    let bits = BREAKER.swap(0, Ordering::Acquire);
    if bits & BRC_MERGE != 0 {
        crate::object::brc::merge_pending();
    }
    Ok(())
}
