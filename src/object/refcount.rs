//! Biased reference counting as a state machine over three atomics (PEP 703):
//! the owner thread id, the owner's local count and the shared count (shifted
//! left by 2; the low bits say QUEUED or MERGED). Written against
//! [`crate::sync::Facade`] so that `tests/loom_models.rs` can check it under
//! every interleaving; `object::header` runs it with std atomics and carries
//! out what each step returns ([`Then`]): freeing, or queueing to the owner.
//!
//! Invariants: only the owner writes `local` (plain load/store); the true count
//! is `local + (shared >> 2)`; an object is freed exactly once, when the owner
//! has given it up (MERGED, or local and shared both zero) and the last
//! reference goes.

use crate::sync::{Atomic, Facade, Ordering};

/// `local` of immortal and deferred objects: every operation is a no-op.
pub const IMMORTAL: u32 = u32::MAX;
pub const SHARED_SHIFT: u32 = 2;
pub const SHARED_QUEUED: isize = 2;
pub const SHARED_MERGED: isize = 3;
const SHARED_FLAG_MASK: isize = 3;

/// What the caller must do after a count operation.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Then {
    Nothing,
    /// The last reference is gone: free the object (exactly once).
    Free,
    /// Hand the caller's reference to the owner's merge queue.
    Queue,
}

/// The three counting fields of one object.
pub struct Counts<'a, F: Facade> {
    pub tid: &'a F::Usize,
    pub local: &'a F::U32,
    pub shared: &'a F::Isize,
}

impl<F: Facade> Counts<'_, F> {
    /// Adds a reference held by thread `me`.
    #[inline(always)]
    ///
    /// The owner's case is tested first: an object whose `tid` is `me` is
    /// never immortal (making an object immortal or deferred sets `tid` to
    /// 0, on the owner's own thread, and `me` is never 0), so the owner pays
    /// one comparison before its plain increment.
    pub fn incref(&self, me: usize) {
        if self.tid.load(Ordering::Relaxed) == me {
            // only the owner writes `local`
            let local = self.local.load(Ordering::Relaxed);
            debug_assert_ne!(local, IMMORTAL);
            self.local.store(local + 1, Ordering::Relaxed);
        } else if self.local.load(Ordering::Relaxed) != IMMORTAL {
            self.shared.fetch_add(1 << SHARED_SHIFT, Ordering::Relaxed);
        }
    }

    /// Drops a reference held by thread `me` (the owner's case first, as in
    /// [`Counts::incref`]).
    #[inline(always)]
    pub fn decref(&self, me: usize) -> Then {
        if self.tid.load(Ordering::Relaxed) == me {
            let local = self.local.load(Ordering::Relaxed);
            debug_assert_ne!(local, IMMORTAL);
            let new = local - 1;
            self.local.store(new, Ordering::Relaxed);
            if new == 0 {
                return self.owner_zero();
            }
            Then::Nothing
        } else if self.local.load(Ordering::Relaxed) != IMMORTAL {
            self.decref_shared()
        } else {
            Then::Nothing
        }
    }

    /// The owner's local count reached zero: free, or give up ownership and
    /// let the shared count carry the remaining references.
    #[cold]
    fn owner_zero(&self) -> Then {
        let mut shared = self.shared.load(Ordering::Acquire);
        if shared == 0 {
            return Then::Free;
        }
        self.tid.store(0, Ordering::Relaxed);
        loop {
            let new_shared = (shared & !SHARED_FLAG_MASK) | SHARED_MERGED;
            match self.shared.compare_exchange(
                shared,
                new_shared,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => {
                    return if new_shared == SHARED_MERGED {
                        Then::Free
                    } else {
                        Then::Nothing
                    };
                }
                Err(cur) => shared = cur,
            }
        }
    }

    /// A decrement by a thread that does not own the object.
    #[cold]
    fn decref_shared(&self) -> Then {
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            let queue = shared == 0;
            let new_shared = if queue {
                // the queue takes over this reference until the owner merges
                SHARED_QUEUED
            } else {
                shared - (1 << SHARED_SHIFT)
            };
            match self.shared.compare_exchange(
                shared,
                new_shared,
                Ordering::AcqRel,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    return if queue {
                        Then::Queue
                    } else if new_shared == SHARED_MERGED {
                        Then::Free
                    } else {
                        Then::Nothing
                    };
                }
                Err(cur) => shared = cur,
            }
        }
    }

    /// Merges the local count into the shared one and gives up ownership,
    /// consuming one reference (the merge queue's). Called by the owner, or
    /// for an owner that has exited, by the one thread that found it gone.
    pub fn merge_and_release(&self) -> Then {
        let local = self.local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return Then::Nothing;
        }
        self.local.store(0, Ordering::Relaxed);
        self.tid.store(0, Ordering::Relaxed);
        let mut shared = self.shared.load(Ordering::Acquire);
        loop {
            let count = (shared >> SHARED_SHIFT) + local as isize - 1;
            let new_shared = (count << SHARED_SHIFT) | SHARED_MERGED;
            match self.shared.compare_exchange(
                shared,
                new_shared,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => {
                    return if count == 0 {
                        Then::Free
                    } else {
                        Then::Nothing
                    }
                }
                Err(cur) => shared = cur,
            }
        }
    }
}
