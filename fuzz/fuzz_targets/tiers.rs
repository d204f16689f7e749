//! The tiers must agree: arbitrary source runs (under a work budget and an
//! allocation cap) with specialization and the JIT off, with the defaults,
//! and with every loop compiled at its first back edge; what each prints and
//! how each ends (exception, budget outcome) must be the same
//! (`krait::api::check_tiers`). A difference, a panic, a crash or a timeout
//! is a finding.
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
    if let Err(why) = krait::api::check_tiers(data, BUDGET, ALLOC_LIMIT) {
        panic!("{why}");
    }
});
