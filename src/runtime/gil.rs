//! The global interpreter lock, on with `-X gil=1` / `PYTHON_GIL=1`.
//!
//! When on, a thread holds it while it runs Python code. It is released around
//! blocking calls ([`allow_threads`]: sleep, lock waits, join, file and console
//! I/O), and handed over when another thread has waited a switch interval
//! (5 ms by default, `sys.setswitchinterval`): the waiter sets `GIL_DROP` in the
//! holder's eval breaker, which the holder checks at backward jumps and calls.
//!
//! Hand-over is fair: the lock is a ticket lock, served strictly in arrival
//! order. A holder that yields takes a new ticket behind every waiting thread,
//! so it cannot grab the lock straight back (CPython's FORCE_SWITCHING) and no
//! waiting thread starves.
//!
//! When off (free-threaded, the default) every function here is a relaxed load
//! and a branch.

use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use crate::object::header::current_tid;
use crate::runtime::eval_breaker::{self, GIL_DROP};

static ENABLED: AtomicBool = AtomicBool::new(false);
/// The switch interval in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);

struct State {
    locked: bool,
    /// The thread holding (or last holding) the lock.
    holder: usize,
    /// Next ticket to hand out, and the ticket whose turn it is.
    next_ticket: u64,
    serving: u64,
    /// Incremented whenever the lock passes to a different thread.
    switches: u64,
}

struct Gil {
    state: Mutex<State>,
    released: Condvar,
}

static GIL: Gil = Gil::new();

/// Whether the global lock is in use (decided once, at startup).
#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Turns the lock on for this process and takes it for the calling thread.
/// Called once at startup, before any other thread runs Python code.
pub fn enable_and_take() {
    ENABLED.store(true, Ordering::SeqCst);
    take();
}

/// Switches the lock mode of a running process, for tests and fuzz targets
/// that run programs in both modes. The caller must be the only thread that
/// runs Python code (no thread started by `_thread` still running); turning
/// the lock on takes it for the caller, turning it off releases it.
pub fn set_mode_for_testing(on: bool) {
    assert_eq!(
        crate::runtime::threads::running(),
        0,
        "lock mode switched while threads run"
    );
    if on == enabled() {
        return;
    }
    if on {
        enable_and_take();
    } else {
        release();
        ENABLED.store(false, Ordering::SeqCst);
    }
}

pub fn switch_interval() -> Duration {
    Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed))
}

pub fn set_switch_interval(d: Duration) {
    INTERVAL_US.store((d.as_micros() as u64).max(1), Ordering::Relaxed);
}

impl Gil {
    const fn new() -> Gil {
        Gil {
            state: Mutex::new(State {
                locked: false,
                holder: 0,
                next_ticket: 0,
                serving: 0,
                switches: 0,
            }),
            released: Condvar::new(),
        }
    }

    fn take(&self) {
        let me = current_tid();
        let mut st = self.state.lock();
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        while st.locked || st.serving != ticket {
            let switches = st.switches;
            let timed_out = self
                .released
                .wait_for(&mut st, switch_interval())
                .timed_out();
            if timed_out && st.locked && st.switches == switches {
                // the holder has run a whole interval while we waited
                eval_breaker::request_for(st.holder, GIL_DROP);
            }
        }
        st.locked = true;
        st.serving += 1;
        if st.holder != me {
            st.switches += 1;
            st.holder = me;
        }
        drop(st);
        // a request addressed to an earlier turn of ours no longer applies
        eval_breaker::clear_mine(GIL_DROP);
    }

    fn release(&self) {
        let mut st = self.state.lock();
        debug_assert!(st.locked && st.holder == current_tid());
        st.locked = false;
        drop(st);
        self.released.notify_all();
    }
}

/// Takes the lock for the current thread (no-op when the lock is off).
pub fn take() {
    if enabled() {
        GIL.take();
    }
}

/// Releases the lock (no-op when the lock is off). The caller must hold it.
pub fn release() {
    if enabled() {
        GIL.release();
    }
}

/// Lets every thread that was waiting run first, then takes the lock back
/// (the eval breaker's answer to `GIL_DROP`).
pub fn yield_to_waiters() {
    if !enabled() {
        return;
    }
    release();
    take();
}

/// Runs a blocking operation with the lock released, so that other threads run
/// meanwhile. `f` must not touch Python objects.
#[inline]
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    if !enabled() {
        return f();
    }
    release();
    let r = f();
    take();
    r
}

#[cfg(test)]
mod tests {
    //! The ticket discipline, driven directly (the switch request path needs
    //! the eval loop and is covered by the threaded tests).
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;

    #[test]
    fn turns_are_exclusive_and_every_ticket_is_served() {
        let gil: &'static Gil = Box::leak(Box::new(Gil::new()));
        let inside = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let inside = inside.clone();
                let total = total.clone();
                std::thread::spawn(move || {
                    for _ in 0..200 {
                        gil.take();
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two holders");
                        total.fetch_add(1, Ordering::SeqCst);
                        inside.fetch_sub(1, Ordering::SeqCst);
                        gil.release();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(total.load(Ordering::SeqCst), 800);
        let st = gil.state.lock();
        assert!(!st.locked);
        assert_eq!(st.next_ticket, st.serving);
    }
}
