//! The `krait` command: runs Python scripts like `python3`.

// mimalloc's own synchronization is invisible to ThreadSanitizer (it is not
// instrumented), so TSAN builds (`--cfg krait_tsan`, see tests/tsan.sh) use the
// system allocator, which TSAN intercepts.
#[cfg(not(krait_tsan))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = krait::cli::main(args);
    std::process::exit(code);
}
