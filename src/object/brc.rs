//! Biased reference counting: the queues through which non-owner threads hand
//! objects whose shared count would go negative back to their owners (PEP 703).
//!
//! Each thread running Python registers a queue here. A non-owner decrement
//! that finds the shared count at zero pushes the object onto its owner's queue
//! (the queue holds that reference). The owner merges its queue at eval-breaker
//! checks and when it exits; an object whose owner is gone is merged at once by
//! the thread that found it.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use super::header::{current_tid, merge_and_release, Header};

/// A raw object pointer moved between threads. The queue owns one reference.
struct Queued(*const Header);
// SAFETY: the pointer is only dereferenced by the owner (or the merging thread
// after the owner is gone), and the header's count fields are atomics.
unsafe impl Send for Queued {}

fn queues() -> &'static Mutex<HashMap<usize, Vec<Queued>>> {
    static Q: OnceLock<Mutex<HashMap<usize, Vec<Queued>>>> = OnceLock::new();
    Q.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Registers the current thread as an owner that merges its queue.
pub fn register_thread() {
    queues().lock().entry(current_tid()).or_default();
}

/// Pushes `p` onto its owner's queue, or merges it here if the owner is gone.
///
/// # Safety
/// The caller transfers one reference to `p`.
pub(crate) unsafe fn queue_object(p: *const Header) {
    // SAFETY: the transferred reference keeps the object alive.
    let owner = unsafe { (*p).tid.load(Ordering::Relaxed) };
    {
        let mut q = queues().lock();
        if let Some(v) = q.get_mut(&owner) {
            v.push(Queued(p));
            drop(q);
            crate::runtime::eval_breaker::request_for(
                owner,
                crate::runtime::eval_breaker::BRC_MERGE,
            );
            return;
        }
    }
    // SAFETY: the owner has exited, so no thread writes ref_local any more.
    unsafe { merge_and_release(p) };
}

/// Merges every object other threads queued for the current thread.
pub fn merge_pending() {
    let pending: Vec<Queued> = {
        let mut q = queues().lock();
        match q.get_mut(&current_tid()) {
            Some(v) if !v.is_empty() => std::mem::take(v),
            _ => return,
        }
    };
    for Queued(p) in pending {
        // SAFETY: we are the owner and the queue's reference is ours now.
        unsafe { merge_and_release(p) };
    }
}

/// Called when a thread stops running Python: merges its queue and unregisters
/// it, so that later decrements of its objects merge immediately.
pub fn unregister_thread() {
    merge_pending();
    let rest = queues().lock().remove(&current_tid()).unwrap_or_default();
    for Queued(p) in rest {
        // SAFETY: as in merge_pending.
        unsafe { merge_and_release(p) };
    }
}
