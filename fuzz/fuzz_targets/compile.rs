//! Feeds arbitrary bytes to krait's parser and compiler (nothing runs).
//! Any `Outcome` is fine (a SyntaxError is an ordinary result); only a panic,
//! an abort or a crash is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = krait::api::compile_bytes(data);
});
