//! The `krait` command: runs Python scripts like `python3`.

use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = krait::cli::main(args);
    std::process::exit(code);
}
