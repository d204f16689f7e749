//! The optimistic-reader protocol (see `object::header::readers`) over
//! [`crate::sync::Facade`], so that `tests/loom_models.rs` can check that a
//! reader never overlaps a writer. A reader names the object in its slot, then
//! looks at the object's lock; a writer, holding the lock, looks at every slot.
//! A SeqCst fence between each side's store and load makes the pair Dekker's:
//! at least one of the two sees the other.

use crate::sync::{Atomic, Facade, Ordering};

/// Reader side: announce `obj` in `slot`; true if the read may go ahead
/// without the lock (then call [`reader_done`]), false to fall back to
/// locking (the slot is already cleared).
#[inline(always)]
pub fn reader_try<F: Facade>(slot: &F::Usize, obj: usize, locked: impl FnOnce() -> bool) -> bool {
    slot.store(obj, Ordering::Relaxed);
    F::fence(Ordering::SeqCst);
    if !locked() {
        // pairs with the last writer's unlock (a release)
        F::fence(Ordering::Acquire);
        return true;
    }
    slot.store(0, Ordering::Release);
    false
}

/// Reader side: the read is over.
#[inline(always)]
pub fn reader_done<F: Facade>(slot: &F::Usize) {
    slot.store(0, Ordering::Release);
}

/// Writer side, with the object's lock held: waits until no slot names `obj`.
/// `skip` may say no reader can be inside; it and `slots` are evaluated after
/// the fence (so they see every reader that the fence orders before us).
#[inline(always)]
pub fn writer_wait<'a, F: Facade, I: Iterator<Item = &'a F::Usize>>(
    slots: impl FnOnce() -> I,
    obj: usize,
    skip: impl FnOnce() -> bool,
    mut pause: impl FnMut(u32),
) {
    F::fence(Ordering::SeqCst);
    if skip() {
        return;
    }
    for s in slots() {
        let mut spins = 0u32;
        // Acquire: the reader's reads happen before the writer's writes
        while s.load(Ordering::Acquire) == obj {
            spins += 1;
            pause(spins);
        }
    }
}
