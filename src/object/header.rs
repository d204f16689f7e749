//! The object header and biased reference counting (PEP 703).
//!
//! Every heap object starts with a [`Header`], identical in both lock modes:
//!
//! | field        | bytes | meaning                                                    |
//! |--------------|-------|------------------------------------------------------------|
//! | `tid`        | 8     | owner thread id (0 = unowned: immortal or merged)         |
//! | `ref_local`  | 4     | owner-only count; `u32::MAX` = immortal (or deferred)      |
//! | `flags`      | 2     | [`flags`]: deferred, builtin-subclass layout, ...          |
//! | `lock`       | 1     | the per-object mutex (parking_lot's one-byte `RawMutex`)  |
//! | `kind`       | 1     | which Rust payload follows the header ([`super::Kind`])   |
//! | `ref_shared` | 8     | count from other threads, shifted left by 2; low 2 bits are state |
//! | `ty`         | 8     | the object's Python type                                  |
//!
//! Reference counting (the invariants every other module relies on):
//! * The true count is `ref_local + (ref_shared >> 2)`. `ref_local` is written only
//!   by the owner thread (plain load/store, expressed as relaxed atomics so other
//!   threads may read it); `ref_shared` only with atomic read-modify-write.
//! * `ref_local == IMMORTAL` means count operations are no-ops: None, True, False,
//!   interned strings, builtin types and functions are immortal; functions, code
//!   objects, modules and classes are *deferred* (flag [`flags::DEFERRED`]), which
//!   also sets `ref_local = IMMORTAL` so the hot paths need one check: they are to
//!   be reclaimed by the cycle collector (not written yet; until then they live for
//!   the process).
//! * When the owner's count reaches zero the object is freed if the shared count is
//!   zero too, otherwise ownership is given up (`tid = 0`, state MERGED) and the
//!   shared count becomes the true count.
//! * A non-owner decrement that would take the shared count below zero for an
//!   object still owned elsewhere queues it to the owner instead ([`super::brc`]),
//!   the queue holding that reference until the owner merges.

use parking_lot::lock_api::RawMutex as _;
use parking_lot::RawMutex;
use std::cell::Cell;
use std::sync::atomic::{
    AtomicBool, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicUsize, Ordering,
};

// (TSAN builds lock instead of reading optimistically, see `Header::read`)
#[cfg_attr(krait_tsan, allow(unused_imports))]
use super::readers_protocol;
use super::refcount::{Counts, Then};
use super::Kind;
use crate::object::TypeObj;
use crate::sync::Std;
use crate::value::Value;

/// `ref_local` value of immortal and deferred objects.
pub use super::refcount::IMMORTAL;
pub use super::refcount::SHARED_MERGED;
/// State bits in the low bits of `ref_shared`.
pub use super::refcount::SHARED_QUEUED;
/// The shared count is stored shifted left by this many bits.
pub use super::refcount::SHARED_SHIFT;

/// Header flag bits.
pub mod flags {
    /// Reference counted by the collector, not by the stack (functions, code, modules, types).
    pub const DEFERRED: u16 = 1 << 0;
    /// The payload is `Sub<T>`: a builtin layout followed by instance extras (dict, slots).
    pub const SUB: u16 = 1 << 1;
    /// The object has been reachable from more than one thread (used by QSBR later).
    pub const SHARED: u16 = 1 << 2;
}

#[repr(C)]
pub struct Header {
    pub(crate) tid: AtomicUsize,
    pub(crate) ref_local: AtomicU32,
    pub(crate) flags: AtomicU16,
    pub(crate) lock: RawMutex,
    pub(crate) kind: Kind,
    pub(crate) ref_shared: AtomicIsize,
    pub(crate) ty: AtomicPtr<super::Obj<TypeObj>>,
}

const _: () = assert!(std::mem::size_of::<Header>() == 32);

/// Offset of the type pointer in a header (read by compiled code).
pub const TYPE_OFFSET: usize = std::mem::offset_of!(Header, ty);
/// Offset of the layout-kind byte in a header (read by compiled code).
pub const KIND_OFFSET: usize = std::mem::offset_of!(Header, kind);
/// Offset of the owner thread's id (compiled code counts inline the
/// objects its thread owns).
pub const TID_OFFSET: usize = std::mem::offset_of!(Header, tid);
/// Offset of the shared count (compiled code reuses a float only this
/// thread refers to).
pub const REF_SHARED_OFFSET: usize = std::mem::offset_of!(Header, ref_shared);
/// Offset of the owner's local count (compiled code reads it to skip
/// counting immortal and deferred objects, whose count is `u32::MAX`).
pub const REF_LOCAL_OFFSET: usize = std::mem::offset_of!(Header, ref_local);

thread_local! {
    /// This thread's id for biased counting; [`UNASSIGNED`] until first
    /// asked for.
    static TID: Cell<usize> = const { Cell::new(UNASSIGNED) };
}

/// A thread's [`TID`] before it is assigned: no object's `tid` is ever this
/// value (ids come from [`NEXT_TID`], and 0 marks unowned objects), so
/// comparing an object's owner with it finds "not mine", which is right for
/// a thread that has not made or owned any object yet.
const UNASSIGNED: usize = usize::MAX;

/// Thread ids are handed out once and never reused, so an object owned by a
/// thread that has exited can never be mistaken for one owned by a new thread.
static NEXT_TID: AtomicUsize = AtomicUsize::new(1);

/// Whether per-object locks are taken. Off while only one thread runs Python
/// code (and in GIL mode, where the global lock already serializes every
/// object operation): each lock is then a relaxed load and a branch.
///
/// Invariant: the flag changes only while no thread is inside an object's
/// critical section, i.e. from the one thread running Python when it starts a
/// second one (critical sections never call back into Python code and never
/// start threads), so a `lock()` and its `unlock()` always see the same value.
static OBJECT_LOCKING: AtomicBool = AtomicBool::new(false);

/// Turns per-object locking on (when a second free-threaded thread starts).
pub fn set_object_locking(on: bool) {
    OBJECT_LOCKING.store(on, Ordering::SeqCst);
}

pub fn object_locking() -> bool {
    OBJECT_LOCKING.load(Ordering::Relaxed)
}

/// The address of the object-locking flag (a byte, 0 or 1), for compiled
/// code that reads an object's lock-protected state directly while the flag
/// is off (see the invariant above: it cannot change while code that tested
/// it runs without a call).
pub fn object_locking_flag() -> usize {
    OBJECT_LOCKING.as_ptr() as usize
}

/// The current thread's id for biased counting (and `_thread.get_ident()`):
/// unique for the life of the process, never 0.
#[inline(always)]
pub fn current_tid() -> usize {
    TID.with(|t| {
        let v = t.get();
        if v != UNASSIGNED {
            v
        } else {
            assign_tid(t)
        }
    })
}

/// The current thread's id for comparing with an object's owner: as
/// [`current_tid`], without assigning one (a thread without an id owns
/// nothing, and [`UNASSIGNED`] matches no owner), so the counting fast
/// paths are one thread-local load and one comparison.
#[inline(always)]
fn tid_for_compare() -> usize {
    TID.with(|t| t.get())
}

#[cold]
fn assign_tid(t: &Cell<usize>) -> usize {
    let v = new_tid();
    t.set(v);
    v
}

/// Reserves a thread id for a thread about to start (so its starter can
/// report the id before the thread runs); the thread calls [`adopt_tid`].
pub fn new_tid() -> usize {
    NEXT_TID.fetch_add(1, Ordering::Relaxed)
}

/// Makes `id` (from [`new_tid`]) the current thread's id. Must run before the
/// thread touches any object.
pub fn adopt_tid(id: usize) {
    TID.with(|t| {
        debug_assert_eq!(t.get(), UNASSIGNED, "thread id already assigned");
        t.set(id)
    })
}

impl Header {
    /// A header for a new object owned by the current thread with count 1.
    #[inline]
    pub(crate) fn new(kind: Kind, ty: *const super::Obj<TypeObj>, flags: u16) -> Header {
        Header {
            tid: AtomicUsize::new(current_tid()),
            ref_local: AtomicU32::new(1),
            flags: AtomicU16::new(flags),
            lock: RawMutex::INIT,
            kind,
            ref_shared: AtomicIsize::new(0),
            ty: AtomicPtr::new(ty as *mut _),
        }
    }

    #[inline(always)]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    #[inline(always)]
    pub fn flags(&self) -> u16 {
        self.flags.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == IMMORTAL
    }

    /// Makes the object immortal: count operations on it become no-ops forever.
    pub fn make_immortal(&self) {
        self.ref_local.store(IMMORTAL, Ordering::Relaxed);
        self.tid.store(0, Ordering::Relaxed);
    }

    /// Whether the caller's reference is the only one: owned by this thread
    /// with a local count of 1 and no shared references (none from another
    /// thread, none queued). Nothing else can then reach the object, so the
    /// caller may change it in place.
    #[inline(always)]
    pub fn uniquely_referenced(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) == 1
            && self.ref_shared.load(Ordering::Relaxed) == 0
            && self.tid.load(Ordering::Relaxed) == tid_for_compare()
    }

    /// Whether exactly `n` references exist, all of them counted by this
    /// thread as the owner (local count `n`, nothing shared or queued): a
    /// caller that holds all `n` knows nothing else can reach the object.
    #[inline(always)]
    pub fn referenced_exactly(&self, n: u32) -> bool {
        self.tid.load(Ordering::Relaxed) == tid_for_compare()
            && self.ref_local.load(Ordering::Relaxed) == n
            && self.ref_shared.load(Ordering::Relaxed) == 0
    }

    /// Whether the current thread owns the object (counts it with plain stores).
    #[inline]
    pub fn owned_by_current_thread(&self) -> bool {
        self.ref_local.load(Ordering::Relaxed) != IMMORTAL
            && self.tid.load(Ordering::Relaxed) == tid_for_compare()
    }

    /// Marks the object deferred: the stack and containers stop counting it.
    /// Only the owner (or a thread no other thread can race with) may do this.
    pub fn make_deferred(&self) {
        self.flags.fetch_or(flags::DEFERRED, Ordering::Relaxed);
        self.ref_local.store(IMMORTAL, Ordering::Relaxed);
        self.tid.store(0, Ordering::Relaxed);
    }

    /// The reference count as `sys.getrefcount` sees it (immortal objects report a
    /// large constant, as CPython does).
    pub fn refcount(&self) -> isize {
        let local = self.ref_local.load(Ordering::Relaxed);
        if local == IMMORTAL {
            return u32::MAX as isize;
        }
        local as isize + (self.ref_shared.load(Ordering::Relaxed) >> SHARED_SHIFT)
    }

    /// Locks the per-object mutex (a no-op while object locking is off, see
    /// [`set_object_locking`]), then waits for optimistic readers ([`Header::read`])
    /// still inside the object to leave.
    #[inline(always)]
    pub fn lock(&self) {
        if OBJECT_LOCKING.load(Ordering::Relaxed) {
            self.lock_shared();
        }
    }

    #[inline(never)]
    fn lock_shared(&self) {
        self.lock.lock();
        readers::wait_for(self);
    }

    /// Runs `f`, which only reads the object's lock-protected state, without
    /// writing to the object: readers on many threads share nothing (the
    /// lock word stays untouched) unless a writer holds the lock, in which case
    /// this falls back to locking. `f` must be short, must not block, lock
    /// anything or run Python code (it may clone values: no lock in that).
    #[inline(always)]
    pub fn read<R>(&self, f: impl FnOnce() -> R) -> R {
        if !OBJECT_LOCKING.load(Ordering::Relaxed) {
            return f();
        }
        self.read_shared(f)
    }

    /// [`Header::read`] once a second thread may touch the object.
    #[inline(never)]
    fn read_shared<R>(&self, f: impl FnOnce() -> R) -> R {
        // ThreadSanitizer does not model the fences this protocol relies on:
        // TSAN builds lock instead (so TSAN checks everything around it; the
        // protocol itself is argued in `readers` and exercised by the stress
        // tests in normal builds)
        #[cfg(not(krait_tsan))]
        if let Some(slot) = readers::my_slot() {
            readers::note_access(self);
            // announce, then look for a writer (a Dekker pair with
            // `readers::wait_for`: one of the two sees the other)
            let me = self as *const Header as usize;
            if readers_protocol::reader_try::<Std>(slot, me, || self.lock.is_locked()) {
                let r = f();
                readers_protocol::reader_done::<Std>(slot);
                return r;
            }
        }
        self.lock.lock();
        readers::wait_for(self);
        let r = f();
        // SAFETY: locked just above by this thread.
        unsafe { self.lock.unlock() };
        r
    }

    /// Unlocks the per-object mutex.
    ///
    /// # Safety
    /// The current thread must hold the lock (taken with [`Header::lock`]).
    #[inline]
    pub unsafe fn unlock(&self) {
        if OBJECT_LOCKING.load(Ordering::Relaxed) {
            // SAFETY: forwarded: this thread took the lock while locking was on.
            unsafe { self.lock.unlock() };
        }
    }

    #[inline]
    pub fn try_lock(&self) -> bool {
        if !OBJECT_LOCKING.load(Ordering::Relaxed) {
            return true;
        }
        if self.lock.try_lock() {
            readers::wait_for(self);
            return true;
        }
        false
    }
}

/// The optimistic readers of [`Header::read`]: each thread running Python
/// code owns one slot (its own cache line) where it names the object it is
/// reading. A writer, once it holds an object's lock, waits until no slot names
/// that object; a reader that finds the lock held backs off to locking. Both
/// sides put a SeqCst fence between their store and their load, so at least
/// one sees the other: a reader never overlaps a writer.
pub mod readers {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const SLOTS: usize = 256;

    #[repr(align(64))]
    pub struct Slot(AtomicUsize);

    static TABLE: [Slot; SLOTS] = [const { Slot(AtomicUsize::new(0)) }; SLOTS];
    /// Which slots belong to a live thread.
    static TAKEN: [std::sync::atomic::AtomicBool; SLOTS] =
        [const { std::sync::atomic::AtomicBool::new(false) }; SLOTS];
    /// One past the highest slot ever taken: writers scan only this far.
    static IN_USE: AtomicUsize = AtomicUsize::new(0);

    thread_local! {
        /// This thread's slot index + 1 (0: none; such a thread always locks).
        static MINE: Cell<usize> = const { Cell::new(0) };
        static RELEASE: Release = const { Release };
    }

    struct Release;
    impl Drop for Release {
        fn drop(&mut self) {
            leave();
        }
    }

    /// Gives the current thread a slot (when it starts running Python code).
    pub fn enter() {
        if MINE.with(|m| m.get()) != 0 {
            return;
        }
        for (i, t) in TAKEN.iter().enumerate() {
            if t.compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                TABLE[i].0.store(0, Ordering::Relaxed);
                IN_USE.fetch_max(i + 1, Ordering::SeqCst);
                MINE.with(|m| m.set(i + 1));
                RELEASE.with(|_| ());
                return;
            }
        }
    }

    /// Gives the slot back (thread exit).
    pub fn leave() {
        let _ = MINE.try_with(|m| {
            let i = m.replace(0);
            if i != 0 {
                TABLE[i - 1].0.store(0, Ordering::Release);
                TAKEN[i - 1].store(false, Ordering::Release);
            }
        });
    }

    #[inline(always)]
    #[cfg_attr(krait_tsan, allow(dead_code))]
    pub(super) fn my_slot() -> Option<&'static AtomicUsize> {
        let i = MINE.with(|m| m.get());
        if i == 0 {
            None
        } else {
            Some(&TABLE[i - 1].0)
        }
    }

    /// Marks `h` shared if the current thread does not own it: writers then
    /// look for readers (see [`wait_for`]). Called before the access's fence.
    #[inline]
    pub(super) fn note_access(h: &super::Header) -> bool {
        let owned = h.tid.load(Ordering::Relaxed) == super::tid_for_compare();
        if !owned && h.flags.load(Ordering::Relaxed) & super::flags::SHARED == 0 {
            h.flags.fetch_or(super::flags::SHARED, Ordering::Relaxed);
        }
        owned
    }

    /// Called with `h`'s lock held: waits until no reader is inside `h`.
    ///
    /// An object only its owner has ever read or locked (flag `SHARED` unset)
    /// cannot have a reader inside: another thread's read would have set the
    /// flag before its fence, and the two fences order that store before our
    /// load of the flag, or our lock before its check of the lock. So writers
    /// to thread-local objects skip the scan (and the cache lines of other
    /// threads' slots).
    #[inline]
    pub(super) fn wait_for(h: &super::Header) {
        let owned = note_access(h);
        let me = h as *const super::Header as usize;
        super::super::readers_protocol::writer_wait::<super::Std, _>(
            || TABLE[..IN_USE.load(Ordering::Relaxed)].iter().map(|s| &s.0),
            me,
            || owned && h.flags.load(Ordering::Relaxed) & super::flags::SHARED == 0,
            |spins| {
                if spins < 64 {
                    std::hint::spin_loop();
                } else {
                    // the reader was descheduled mid-read
                    std::thread::yield_now();
                }
            },
        );
    }
}

/// The counting fields of `h`, for the state machine in [`super::refcount`].
#[inline(always)]
fn counts(h: &Header) -> Counts<'_, Std> {
    Counts {
        tid: &h.tid,
        local: &h.ref_local,
        shared: &h.ref_shared,
    }
}

/// Adds one reference.
#[inline(always)]
pub fn incref(h: &Header) {
    counts(h).incref(tid_for_compare());
}

/// Drops one reference, freeing the object when the last one goes.
///
/// # Safety
/// `p` must point to a live object and the caller must own one reference to it,
/// which this call consumes.
#[inline(always)]
pub unsafe fn decref(p: *const Header) {
    // SAFETY: the caller owns a reference, so the object is alive.
    let h = unsafe { &*p };
    match counts(h).decref(tid_for_compare()) {
        Then::Nothing => {}
        // SAFETY: the state machine says no reference remains anywhere.
        Then::Free => unsafe { super::dealloc(p) },
        // SAFETY: the reference we owned moves to the owner's queue.
        Then::Queue => unsafe { super::brc::queue_object(p) },
    }
}

/// Gives up the current thread's ownership of `v` (its local count merged
/// into the shared one), so that every later count change, from any thread,
/// is a shared one: for a thread about to stop counting as an owner that
/// still holds `v`. Does nothing for objects this thread does not own.
pub fn disown(v: &Value) {
    let Some(h) = v.header() else {
        return;
    };
    if !h.owned_by_current_thread() {
        return;
    }
    let extra = v.clone();
    // SAFETY: this thread owns the object (checked just above) and hands
    // over the clone's reference; `v`'s own reference keeps it alive.
    unsafe { merge_and_release(extra.into_raw() as *const Header) };
}

/// Merges an object's local count into its shared count and gives up ownership,
/// consuming one reference (the one held by the merge queue or the caller).
///
/// # Safety
/// Must be called by the owner thread (or for an owner that has exited, by the
/// one thread handing its objects over), holding one reference to `p`.
pub(crate) unsafe fn merge_and_release(p: *const Header) {
    // SAFETY: the caller's reference keeps it alive.
    let h = unsafe { &*p };
    if counts(h).merge_and_release() == Then::Free {
        // SAFETY: merged and no references remain.
        unsafe { super::dealloc(p) };
    }
}

#[cfg(test)]
mod tests {
    //! The biased-counting paths, observed through an inner object whose count
    //! drops by one when the outer list holding it is freed.
    use crate::types::list::new_list;
    use crate::value::Value;

    fn rc(v: &Value) -> isize {
        v.header().unwrap().refcount()
    }

    fn setup() -> (Value, Value) {
        crate::types::init();
        crate::object::brc::register_thread();
        let inner = new_list(vec![]);
        let outer = new_list(vec![inner.clone()]);
        (inner, outer)
    }

    #[test]
    fn recycled_floats_start_fresh() {
        use crate::types::float::{as_f64, new_float};
        crate::types::init();
        crate::object::brc::register_thread();
        // floats freed here go to this thread's free list and come back
        // with a new header (owned by this thread, count 1) and value
        let first: Vec<Value> = (0..300).map(|i| new_float(i as f64)).collect();
        let words: Vec<usize> = first.iter().map(|v| v.raw()).collect();
        drop(first);
        let again: Vec<Value> = (0..300).map(|i| new_float(0.5 + i as f64)).collect();
        assert!(again.iter().any(|v| words.contains(&v.raw())), "reused");
        for (i, v) in again.iter().enumerate() {
            assert_eq!(as_f64(v), Some(0.5 + i as f64));
            assert_eq!(rc(v), 1);
            assert!(v.header().unwrap().owned_by_current_thread());
        }
        // floats made here and freed by another thread go to that thread's
        // list (and are freed with it when it exits)
        let raw: Vec<usize> = again.into_iter().map(|v| v.into_raw()).collect();
        std::thread::spawn(move || {
            crate::object::brc::register_thread();
            for w in raw {
                // SAFETY: each word carries the one reference moved here.
                drop(unsafe { Value::from_raw(w) });
            }
            let v = new_float(2.5);
            assert_eq!(as_f64(&v), Some(2.5));
            assert_eq!(rc(&v), 1);
        })
        .join()
        .unwrap();
        crate::object::brc::merge_pending();
    }

    #[test]
    fn owner_counts_and_frees() {
        let (inner, outer) = setup();
        assert_eq!(rc(&inner), 2);
        let extra = outer.clone();
        assert_eq!(rc(&outer), 2);
        drop(extra);
        assert_eq!(rc(&outer), 1);
        drop(outer);
        assert_eq!(rc(&inner), 1, "freeing the outer list released its item");
    }

    #[test]
    fn non_owner_increments_go_to_the_shared_count() {
        let (inner, outer) = setup();
        let word = outer.clone().into_raw();
        std::thread::spawn(move || {
            // SAFETY: we moved one reference to this thread as a raw word.
            let v = unsafe { Value::from_raw(word) };
            let extra = v.clone(); // shared +1
            assert_eq!(
                extra
                    .header()
                    .unwrap()
                    .ref_shared
                    .load(std::sync::atomic::Ordering::Relaxed)
                    >> 2,
                1
            );
            drop(extra); // shared back to 0
                         // dropping the moved reference takes shared below zero: queued to the owner
            drop(v);
        })
        .join()
        .unwrap();
        assert!(rc(&inner) == 2, "still alive: the owner holds a reference");
        crate::object::brc::merge_pending();
        assert_eq!(
            rc(&outer),
            1,
            "after merging, only the owner's reference is left"
        );
        drop(outer);
        assert_eq!(rc(&inner), 1);
    }

    #[test]
    fn owner_gives_up_ownership_and_the_last_shared_reference_frees() {
        let (inner, outer) = setup();
        let word = outer.raw();
        let (tx, rx) = std::sync::mpsc::channel();
        let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
        let t = std::thread::spawn(move || {
            // SAFETY: the owner keeps the object alive until we signal.
            let mine = unsafe { Value::from_raw_borrowed(word) }; // shared +1
            tx.send(()).unwrap();
            done_rx.recv().unwrap();
            drop(mine); // merged and zero: freed here
        });
        rx.recv().unwrap();
        drop(outer); // the owner's last local reference: ownership is given up
        assert_eq!(rc(&inner), 2, "the shared reference keeps the list alive");
        done_tx.send(()).unwrap();
        t.join().unwrap();
        // the list was freed on the other thread; its reference to `inner`
        // (owned here) went through this thread's merge queue
        crate::object::brc::merge_pending();
        assert_eq!(rc(&inner), 1, "the last shared decrement freed the list");
    }

    #[test]
    fn queued_objects_are_freed_by_the_owners_merge() {
        let (inner, outer) = setup();
        let extra = outer.clone();
        let word = extra.into_raw();
        drop(outer);
        std::thread::spawn(move || {
            // SAFETY: the word carries a locally counted reference.
            drop(unsafe { Value::from_raw(word) }); // shared is 0: queued
        })
        .join()
        .unwrap();
        assert_eq!(rc(&inner), 2, "queued, not yet freed");
        crate::object::brc::merge_pending();
        assert_eq!(rc(&inner), 1, "the merge released the last reference");
    }

    #[test]
    fn immortal_objects_ignore_counting() {
        crate::types::init();
        let n = Value::none();
        let before = n
            .header()
            .unwrap()
            .ref_local
            .load(std::sync::atomic::Ordering::Relaxed);
        let copies: Vec<Value> = (0..100).map(|_| n.clone()).collect();
        drop(copies);
        assert_eq!(
            n.header()
                .unwrap()
                .ref_local
                .load(std::sync::atomic::Ordering::Relaxed),
            before
        );
        assert!(n.header().unwrap().is_immortal());
    }
}
