//! The synchronization facade that the memory-model protocols are written
//! against: biased reference counting ([`crate::object::refcount`]) and the
//! optimistic-reader protocol ([`crate::object::readers_protocol`]). The
//! runtime instantiates them with [`Std`] (std atomics; everything inlines to
//! the same code as direct use), and `tests/loom_models.rs` instantiates them
//! with loom's atomics to explore every interleaving of small scenarios.

pub use std::sync::atomic::Ordering;

/// The atomic operations the protocols use.
pub trait Atomic<T: Copy>: Send + Sync {
    fn new(v: T) -> Self;
    fn load(&self, o: Ordering) -> T;
    fn store(&self, v: T, o: Ordering);
    fn compare_exchange(&self, cur: T, new: T, ok: Ordering, err: Ordering) -> Result<T, T>;
    fn fetch_add(&self, v: T, o: Ordering) -> T;
}

/// A family of atomics plus fences.
pub trait Facade: 'static {
    type Usize: Atomic<usize>;
    type U32: Atomic<u32>;
    type Isize: Atomic<isize>;
    fn fence(o: Ordering);
}

/// The real thing.
pub struct Std;

macro_rules! std_atomic {
    ($a:ty, $t:ty) => {
        impl Atomic<$t> for $a {
            #[inline(always)]
            fn new(v: $t) -> Self {
                <$a>::new(v)
            }
            #[inline(always)]
            fn load(&self, o: Ordering) -> $t {
                <$a>::load(self, o)
            }
            #[inline(always)]
            fn store(&self, v: $t, o: Ordering) {
                <$a>::store(self, v, o)
            }
            #[inline(always)]
            fn compare_exchange(
                &self,
                c: $t,
                n: $t,
                ok: Ordering,
                err: Ordering,
            ) -> Result<$t, $t> {
                <$a>::compare_exchange(self, c, n, ok, err)
            }
            #[inline(always)]
            fn fetch_add(&self, v: $t, o: Ordering) -> $t {
                <$a>::fetch_add(self, v, o)
            }
        }
    };
}

std_atomic!(std::sync::atomic::AtomicUsize, usize);
std_atomic!(std::sync::atomic::AtomicU32, u32);
std_atomic!(std::sync::atomic::AtomicIsize, isize);

impl Facade for Std {
    type Usize = std::sync::atomic::AtomicUsize;
    type U32 = std::sync::atomic::AtomicU32;
    type Isize = std::sync::atomic::AtomicIsize;
    #[inline(always)]
    fn fence(o: Ordering) {
        std::sync::atomic::fence(o)
    }
}
