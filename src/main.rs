//! The `krait` command: runs Python scripts like `python3`.

// mimalloc's own synchronization is invisible to ThreadSanitizer (it is not
// instrumented), so TSAN builds (`--cfg krait_tsan`, see tests/tsan.sh) use the
// system allocator, which TSAN intercepts.
#[cfg(not(krait_tsan))]
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// mimalloc as Rust's allocator. Requests with an alignment of at most 8
/// take mimalloc's plain `mi_malloc`: every mimalloc block is word-aligned
/// (block sizes are whole words). The `mimalloc` crate sends every request
/// to `mi_malloc_aligned`, which in mimalloc 3 over-allocates any size that
/// is not a power of two once its size class's page runs dry: slower, and
/// bigger (frames and most objects are such sizes).
#[cfg(not(krait_tsan))]
struct MiMalloc;

#[cfg(not(krait_tsan))]
mod mi {
    use libmimalloc_sys as sys;
    use std::alloc::{GlobalAlloc, Layout};
    use std::ffi::c_void;

    const WORD: usize = std::mem::size_of::<usize>();

    // SAFETY: mimalloc's functions are thread-safe and return null on failure;
    // a block is at least `WORD`-aligned, so the plain functions serve any
    // layout whose alignment is at most `WORD`, the aligned ones the rest;
    // `mi_free` takes blocks from either.
    unsafe impl GlobalAlloc for super::MiMalloc {
        #[inline]
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            // SAFETY: see above.
            unsafe {
                if l.align() <= WORD {
                    sys::mi_malloc(l.size()) as *mut u8
                } else {
                    sys::mi_malloc_aligned(l.size(), l.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
            // SAFETY: see above.
            unsafe {
                if l.align() <= WORD {
                    sys::mi_zalloc(l.size()) as *mut u8
                } else {
                    sys::mi_zalloc_aligned(l.size(), l.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, p: *mut u8, _l: Layout) {
            // SAFETY: `p` came from this allocator (GlobalAlloc contract).
            unsafe { sys::mi_free(p as *mut c_void) }
        }

        #[inline]
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: `p` came from this allocator with layout `l`.
            unsafe {
                if l.align() <= WORD {
                    sys::mi_realloc(p as *mut c_void, new_size) as *mut u8
                } else {
                    sys::mi_realloc_aligned(p as *mut c_void, new_size, l.align()) as *mut u8
                }
            }
        }
    }
}

/// mimalloc gives freed memory back to the OS 10 ms after it was freed by
/// default; memory used again after that is faulted in afresh, and with
/// transparent huge pages each fault zeroes 2 MiB. The JIT's compiles (a
/// few MB of compiler data each, freed at once) paid most of their time in
/// those faults: 1 s instead (compile time of the nbody loops 85 ms -> 20
/// ms; no workload of `benches/` changed its peak memory). The environment
/// variable `MIMALLOC_PURGE_DELAY` still decides when set.
#[cfg(not(krait_tsan))]
fn tune_allocator() {
    /// `mi_option_purge_delay` in mimalloc 3's `mi_option_t`.
    const PURGE_DELAY: i32 = 15;
    extern "C" {
        fn mi_option_set(option: i32, value: std::ffi::c_long);
    }
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: mimalloc's option setter takes any option number and
        // value, from any thread.
        unsafe { mi_option_set(PURGE_DELAY, 1000) };
    }
}

#[cfg(krait_tsan)]
fn tune_allocator() {}

fn main() {
    tune_allocator();
    let args: Vec<String> = std::env::args().collect();
    let code = krait::cli::main(args);
    std::process::exit(code);
}
