//! Runs arbitrary source under a work budget (loop iterations plus calls) and
//! a cap on single allocations; output is discarded. Any `Outcome` is fine
//! (an exception, a MemoryError, the budget's RecursionError); only a panic,
//! an abort, a crash or a timeout is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Back edges plus calls a program may make.
const BUDGET: u64 = 20_000;
/// Largest single allocation a program may request.
const ALLOC_LIMIT: usize = 16 << 20;
/// Longer inputs are skipped to keep executions fast.
const MAX_LEN: usize = 4096;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_LEN || std::str::from_utf8(data).is_err() {
        return;
    }
    let _ = krait::api::run_bytes(data, BUDGET, ALLOC_LIMIT);
});
