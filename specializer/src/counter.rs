//! The adaptive counter in the first cache unit, as CPython 3.14 encodes it
//! (`pycore_backoff.h`): a 12-bit value above a 4-bit backoff exponent.
//!
//! * A generic instruction *advances* its counter on every execution; when the
//!   value reaches zero it *triggers* and the specializer runs.
//! * Success sets the counter to the cool-down: hits never touch it, each miss
//!   advances it, and after 53 misses the specializer runs again.
//! * Failure restarts it with the next backoff: attempts after 2, 4, 8, ...
//!   4096 executions.
//! * krait's addition: a failure at the largest backoff *freezes* the counter
//!   (backoff 15). Code units are shared by every thread, so a counter that
//!   keeps being written on a hot, unspecializable instruction would make
//!   threads running it contend for its cache line; frozen, the instruction
//!   stays generic and nothing is written. `-X specialize=0` starts every
//!   counter frozen.
//!
//! Counters are advanced with plain (relaxed) loads and stores: an update lost
//! to a race only delays an attempt.

pub const BACKOFF_BITS: u32 = 4;
pub const MAX_BACKOFF: u32 = 12;
/// The backoff of a frozen counter: never triggers, never advances.
pub const FROZEN_BACKOFF: u32 = 15;

/// A counter with the given value and backoff exponent.
#[inline]
pub const fn make(value: u32, backoff: u32) -> u32 {
    (value << BACKOFF_BITS) | backoff
}

/// The counter value (executions or misses left before the next attempt).
#[inline]
pub const fn value(c: u32) -> u32 {
    (c >> BACKOFF_BITS) & 0xfff
}

#[inline]
pub const fn backoff(c: u32) -> u32 {
    c & ((1 << BACKOFF_BITS) - 1)
}

/// Warm-up: the second execution specializes.
pub const WARMUP: u32 = make(1, 1);
/// After a successful specialization: 53 misses before trying again.
pub const COOLDOWN: u32 = make(52, 0);
/// Never specializes (`-X specialize=0`, or given up).
pub const FROZEN: u32 = make(0xfff, FROZEN_BACKOFF);
/// The test setting `-X specialize=always`: the first execution specializes,
/// and so does every miss.
pub const IMMEDIATE: u32 = make(0, 0);

/// Whether the counter calls for a specialization attempt now.
#[inline]
pub const fn triggers(c: u32) -> bool {
    value(c) == 0 && backoff(c) != FROZEN_BACKOFF
}

/// One execution (or one miss) later.
#[inline]
pub const fn advance(c: u32) -> u32 {
    if backoff(c) == FROZEN_BACKOFF || value(c) == 0 {
        c
    } else {
        c - (1 << BACKOFF_BITS)
    }
}

/// After a failed attempt: wait twice as long (2^b - 1 more executions), or
/// freeze once the longest wait has failed too.
#[inline]
pub const fn after_failure(c: u32) -> u32 {
    let b = backoff(c);
    if b >= MAX_BACKOFF {
        FROZEN
    } else {
        let b = b + 1;
        make((1 << b) - 1, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warmup_triggers_on_the_second_execution() {
        let c = WARMUP;
        assert!(!triggers(c));
        let c = advance(c);
        assert!(triggers(c));
    }

    #[test]
    fn cooldown_is_53_misses() {
        let mut c = COOLDOWN;
        let mut misses = 0;
        while !triggers(c) {
            c = advance(c);
            misses += 1;
        }
        assert_eq!(misses, 52); // the 53rd miss finds it triggered
    }

    #[test]
    fn failures_back_off_exponentially_then_freeze() {
        let mut c = WARMUP;
        let mut waits = vec![];
        loop {
            c = after_failure(c);
            if c == FROZEN {
                break;
            }
            let mut n = 0;
            while !triggers(c) {
                c = advance(c);
                n += 1;
            }
            waits.push(n + 1);
        }
        assert_eq!(waits.first(), Some(&4));
        assert_eq!(waits.last(), Some(&4096));
        assert_eq!(waits.len(), 11);
        assert!(!triggers(FROZEN));
        assert_eq!(advance(FROZEN), FROZEN);
    }

    #[test]
    fn a_specialized_instruction_that_fails_again_restarts_from_warmup_backoff() {
        // CPython: unspecialize after cooldown restarts at value 1 / backoff 1
        assert_eq!(after_failure(COOLDOWN), make(1, 1));
        assert!(triggers(IMMEDIATE));
    }
}
