//! Model checks (loom: every interleaving, within bounds) of the two protocols
//! the free-threaded memory model rests on, run in `cargo test`. Both are the
//! runtime's own code (`krait::object::refcount`, `krait::object::readers_protocol`),
//! written against the `krait::sync::Facade` and instantiated here with loom's
//! atomics.

use krait::object::readers_protocol::{reader_done, reader_try, writer_wait};
use krait::object::refcount::{Counts, Then, SHARED_SHIFT};
use krait::sync::{Atomic, Facade, Ordering};
use loom::sync::atomic as la;
use loom::sync::Arc;

macro_rules! loom_atomic {
    ($name:ident, $a:ty, $t:ty) => {
        struct $name($a);
        impl Atomic<$t> for $name {
            fn new(v: $t) -> Self {
                $name(<$a>::new(v))
            }
            fn load(&self, o: Ordering) -> $t {
                self.0.load(o)
            }
            fn store(&self, v: $t, o: Ordering) {
                self.0.store(v, o)
            }
            fn compare_exchange(
                &self,
                c: $t,
                n: $t,
                ok: Ordering,
                err: Ordering,
            ) -> Result<$t, $t> {
                self.0.compare_exchange(c, n, ok, err)
            }
            fn fetch_add(&self, v: $t, o: Ordering) -> $t {
                self.0.fetch_add(v, o)
            }
        }
    };
}

loom_atomic!(LUsize, la::AtomicUsize, usize);
loom_atomic!(LU32, la::AtomicU32, u32);
loom_atomic!(LIsize, la::AtomicIsize, isize);

struct Loom;
impl Facade for Loom {
    type Usize = LUsize;
    type U32 = LU32;
    type Isize = LIsize;
    fn fence(o: Ordering) {
        la::fence(o)
    }
}

// ---- the optimistic readers ------------------------------------------------

const OBJ: usize = 0x1000;

/// A reader and a writer of one object: the reader either reads without the
/// lock or falls back to it; loom's UnsafeCell fails the test if the reader's
/// access ever overlaps the writer's.
#[test]
fn optimistic_reader_never_overlaps_a_writer() {
    loom::model(|| {
        let lock = Arc::new(LUsize::new(0));
        let slot = Arc::new(LUsize::new(0));
        let data = Arc::new(loom::cell::UnsafeCell::new(0usize));
        let acquire = |l: &LUsize| {
            while l
                .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                loom::thread::yield_now();
            }
        };
        let reader = {
            let (lock, slot, data) = (lock.clone(), slot.clone(), data.clone());
            loom::thread::spawn(move || {
                if reader_try::<Loom>(&slot, OBJ, || lock.load(Ordering::Relaxed) != 0) {
                    let v = data.with(|p| unsafe { *p });
                    reader_done::<Loom>(&slot);
                    v
                } else {
                    acquire(&lock);
                    let v = data.with(|p| unsafe { *p });
                    lock.store(0, Ordering::Release);
                    v
                }
            })
        };
        acquire(&lock);
        writer_wait::<Loom, _>(
            || std::iter::once(&*slot),
            OBJ,
            || false,
            |_| loom::thread::yield_now(),
        );
        data.with_mut(|p| unsafe { *p += 1 });
        lock.store(0, Ordering::Release);
        let seen = reader.join().unwrap();
        assert!(seen == 0 || seen == 1);
    });
}

/// Two readers and a writer: both readers see a consistent value.
#[test]
fn two_readers_and_a_writer() {
    loom::model(|| {
        let lock = Arc::new(LUsize::new(0));
        let slots = Arc::new([LUsize::new(0), LUsize::new(0)]);
        let data = Arc::new(loom::cell::UnsafeCell::new((0usize, 0usize)));
        let readers: Vec<_> = (0..2)
            .map(|i| {
                let (lock, slots, data) = (lock.clone(), slots.clone(), data.clone());
                loom::thread::spawn(move || {
                    if reader_try::<Loom>(&slots[i], OBJ, || lock.load(Ordering::Relaxed) != 0) {
                        let (a, b) = data.with(|p| unsafe { *p });
                        reader_done::<Loom>(&slots[i]);
                        assert_eq!(a, b, "torn read");
                    }
                })
            })
            .collect();
        while lock
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            loom::thread::yield_now();
        }
        writer_wait::<Loom, _>(
            || slots.iter(),
            OBJ,
            || false,
            |_| loom::thread::yield_now(),
        );
        data.with_mut(|p| unsafe { *p = (1, 1) });
        lock.store(0, Ordering::Release);
        for r in readers {
            r.join().unwrap();
        }
    });
}

// ---- biased reference counting ---------------------------------------------

const OWNER: usize = 1;

struct Obj {
    tid: LUsize,
    local: LU32,
    shared: LIsize,
    frees: la::AtomicUsize,
    queue: loom::sync::Mutex<usize>,
}

impl Obj {
    fn new(local: u32, shared_refs: isize) -> Obj {
        Obj {
            tid: LUsize::new(OWNER),
            local: LU32::new(local),
            shared: LIsize::new(shared_refs << SHARED_SHIFT),
            frees: la::AtomicUsize::new(0),
            queue: loom::sync::Mutex::new(0),
        }
    }
    fn counts(&self) -> Counts<'_, Loom> {
        Counts {
            tid: &self.tid,
            local: &self.local,
            shared: &self.shared,
        }
    }
    /// Carries out a step's result; `owner_alive` decides where a queued
    /// reference goes (the owner's queue, or merged on the spot).
    fn act(&self, then: Then, owner_alive: bool) {
        match then {
            Then::Nothing => {}
            Then::Free => {
                self.frees.fetch_add(1, Ordering::SeqCst);
            }
            Then::Queue if owner_alive => *self.queue.lock().unwrap() += 1,
            Then::Queue => {
                let t = self.counts().merge_and_release();
                self.act(t, false)
            }
        }
    }
    /// The owner merging its queue (as at its eval-breaker check).
    fn owner_merges(&self) {
        let n = std::mem::take(&mut *self.queue.lock().unwrap());
        for _ in 0..n {
            let t = self.counts().merge_and_release();
            self.act(t, true);
        }
    }
}

/// The owner holds two references and gives one to another thread; both drop
/// theirs at once. The other thread's decrement goes through the queue; after
/// the owner merges, the object is freed exactly once.
/// The object starts with `local` references counted by the owner and
/// `shared_refs` in the shared count; the owner and thread 2 each drop one at
/// once, then the owner merges its queue. It must be freed exactly once.
fn owner_and_other_drop_at_once(local: u32, shared_refs: isize) {
    loom::model(move || {
        let o = Arc::new(Obj::new(local, shared_refs));
        let b = {
            let o = o.clone();
            loom::thread::spawn(move || {
                let t = o.counts().decref(2);
                o.act(t, true);
            })
        };
        let t = o.counts().decref(OWNER);
        o.act(t, true);
        b.join().unwrap();
        o.owner_merges();
        assert_eq!(o.frees.load(Ordering::SeqCst), 1);
    });
}

#[test]
fn queued_reference_is_merged_and_freed_once() {
    owner_and_other_drop_at_once(2, 0);
}

/// The owner drops its last reference while another thread drops the one it
/// holds through the shared count: whoever is last frees, exactly once.
#[test]
fn owner_gives_up_and_the_last_shared_reference_frees_once() {
    owner_and_other_drop_at_once(1, 1);
}

/// The owner has exited (hand-over): two other threads hold its objects'
/// remaining references (one counted locally by the dead owner, one shared)
/// and drop them at once; the first decrement that finds the owner gone
/// merges on the spot. Freed exactly once, never leaked.
#[test]
fn objects_of_an_exited_owner_are_freed_once() {
    loom::model(|| {
        let o = Arc::new(Obj::new(1, 1));
        let threads: Vec<_> = [2usize, 3]
            .into_iter()
            .map(|me| {
                let o = o.clone();
                loom::thread::spawn(move || {
                    let t = o.counts().decref(me);
                    o.act(t, false);
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(o.frees.load(Ordering::SeqCst), 1);
    });
}

/// A non-owner takes a reference while the owner drops its own: the object
/// stays alive until the non-owner drops it.
#[test]
fn shared_increment_keeps_the_object_alive() {
    loom::model(|| {
        // the owner holds 2; thread b borrows through one of them and takes
        // its own reference before the owner drops both
        let o = Arc::new(Obj::new(2, 0));
        let b = {
            let o = o.clone();
            loom::thread::spawn(move || {
                o.counts().incref(2);
                assert_eq!(o.frees.load(Ordering::SeqCst), 0);
                let t = o.counts().decref(2);
                o.act(t, true);
            })
        };
        let t = o.counts().decref(OWNER);
        o.act(t, true);
        b.join().unwrap();
        let t = o.counts().decref(OWNER);
        o.act(t, true);
        o.owner_merges();
        assert_eq!(o.frees.load(Ordering::SeqCst), 1);
    });
}

// ---- inline-cache publication (the specializer's seqlock) -------------------

/// The cache of one instruction: its sequence word and two data words.
struct Cache {
    seq: LU32,
    data: [LU32; 2],
}

const FORM_A: u8 = 7;
const FORM_B: u8 = 9;

/// Data a writer publishes for a form: both words equal, and naming the form,
/// so a reader can tell a torn or mislabelled read.
fn words_for(form: u8, n: u32) -> [u32; 2] {
    let w = (form as u32) << 16 | n;
    [w, w]
}

fn check_read(form: u8, got: Option<[u32; 2]>) {
    if let Some([a, b]) = got {
        assert_eq!(a, b, "torn cache read");
        assert_eq!(a >> 16, form as u32, "data of another form read as {form}");
    }
}

/// A writer re-specializes an instruction (form A, then form B) while a
/// reader executes it as form A and as form B: every read the protocol lets
/// through is whole and was written for the form the reader asked for.
#[test]
fn cache_reader_never_sees_torn_or_foreign_data() {
    use krait::quicken::cache_protocol::{publish, read};
    loom::model(|| {
        let c = Arc::new(Cache {
            seq: LU32::new(0),
            data: [LU32::new(0), LU32::new(0)],
        });
        assert!(publish::<Loom>(
            &c.seq,
            &c.data,
            &words_for(FORM_A, 1),
            FORM_A
        ));
        let w = {
            let c = c.clone();
            loom::thread::spawn(move || {
                publish::<Loom>(&c.seq, &c.data, &words_for(FORM_B, 2), FORM_B);
                publish::<Loom>(&c.seq, &c.data, &words_for(FORM_A, 3), FORM_A);
            })
        };
        check_read(FORM_A, read::<Loom, 2>(&c.seq, &c.data, FORM_A));
        check_read(FORM_B, read::<Loom, 2>(&c.seq, &c.data, FORM_B));
        w.join().unwrap();
        // once the writer is done, the last publication is what a reader sees
        assert_eq!(
            read::<Loom, 2>(&c.seq, &c.data, FORM_A),
            Some(words_for(FORM_A, 3))
        );
    });
}

/// Two threads specialize the same instruction at once: one wins the claim
/// (the other gives up and writes nothing), and what is left is one whole
/// publication.
#[test]
fn racing_cache_writers_leave_one_whole_publication() {
    use krait::quicken::cache_protocol::{publish, read};
    loom::model(|| {
        let c = Arc::new(Cache {
            seq: LU32::new(0),
            data: [LU32::new(0), LU32::new(0)],
        });
        let w = {
            let c = c.clone();
            loom::thread::spawn(move || {
                publish::<Loom>(&c.seq, &c.data, &words_for(FORM_B, 2), FORM_B)
            })
        };
        let mine = publish::<Loom>(&c.seq, &c.data, &words_for(FORM_A, 1), FORM_A);
        let theirs = w.join().unwrap();
        assert!(mine || theirs, "neither writer published");
        let a = read::<Loom, 2>(&c.seq, &c.data, FORM_A);
        let b = read::<Loom, 2>(&c.seq, &c.data, FORM_B);
        check_read(FORM_A, a);
        check_read(FORM_B, b);
        assert!(a.is_some() != b.is_some(), "exactly one form is published");
    });
}
