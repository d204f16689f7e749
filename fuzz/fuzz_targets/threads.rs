//! Builds a small multi-threaded program from the input (threads working on
//! shared containers and objects, some under a lock, some racing), runs it
//! free-threaded and with the global lock, and fails on a crash, a deadlock
//! (libFuzzer's -timeout), a broken invariant or a thread that died, and, for
//! race-free programs, on any difference between the two modes' output.
//! The generator and the check live in `krait::threadgen`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(why) = krait::threadgen::check(data) {
        panic!("{why}");
    }
});
