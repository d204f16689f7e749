#!/usr/bin/env bash
# The thread stress tests (tests/threads.rs: every program in tests/stress/, in
# both lock modes) under ThreadSanitizer. Nightly only, so not part of CI.
# The krait binary they run is built with TSAN too; any report goes to its
# stderr, which the tests require to be empty. First run: ~10 min on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup component add rust-src --toolchain nightly >/dev/null
export RUSTFLAGS="-Zsanitizer=thread --cfg krait_tsan"
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
exec cargo +nightly test -Zbuild-std --target x86_64-unknown-linux-gnu \
    --target-dir target/tsan --test threads "$@"
