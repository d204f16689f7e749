//! `set` and `frozenset`: one payload for both (the type decides, and the
//! payload remembers whether it is frozen).
//!
//! The hash table reproduces CPython 3.11's `Objects/setobject.c` exactly
//! (table of `(hash, key)` entries, initial size 8, nine linear probes before
//! perturbation, dummy entries on delete, `fill`/`used` accounting, the same
//! resize rules and the same merge/copy shortcuts), so that iteration order,
//! and therefore printed sets, match CPython.
//!
//! Locking: the table is guarded by the set object's header lock. Key
//! comparisons that may run Python code (`__eq__` of arbitrary objects) happen
//! with the lock released; afterwards the probe continues only if the table was
//! not rebuilt and the compared entry still holds the same key, otherwise it
//! restarts (CPython's rule). Values removed from the table are dropped after
//! the lock is released.

use specializer::{BinOp, CmpOp};
use std::cell::UnsafeCell;

use crate::object::{self, Kind, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::function::NativeImpl;
use crate::types::int::int_from_i64;
use crate::types::iter::{new_native_iter, NativeIter};
use crate::types::str::{new_str, StrObj};
use crate::types::typeobj::{alloc_instance, is_subtype, TypeObj};
use crate::types::{type_ref, types, Registry, TypeRef};
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// The length past the first slot of the linear run starting at `i`
/// (runs never wrap past `mask`).
#[inline(always)]
fn run_len(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// The start of the next run after the one at `i` (CPython's perturbed
/// jump), shifting `perturb` down.
#[inline(always)]
fn next_run(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// One slot: empty (`key: None, hash: 0`), dummy (`key: None, hash: -1`) or
/// active (`key: Some`).
#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Option<Value>,
}

impl Entry {
    #[inline]
    fn empty() -> Entry {
        Entry { hash: 0, key: None }
    }
}

/// The table proper (CPython's `PySetObject` fields).
pub struct SetData {
    table: Vec<Entry>,
    /// Active plus dummy entries.
    fill: usize,
    /// Active entries.
    used: usize,
    /// Where `pop` starts searching.
    finger: usize,
    /// Cached frozenset hash (-1: not computed).
    hash: i64,
    /// Bumped whenever the table is rebuilt or replaced (CPython compares the
    /// table pointer for the same purpose).
    table_version: u64,
}

impl SetData {
    fn new() -> SetData {
        SetData {
            table: vec![Entry::empty(); MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            hash: -1,
            table_version: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Empties the table, returning the old contents (drop them unlocked).
    fn reset(&mut self) -> SetData {
        let mut fresh = SetData::new();
        fresh.table_version = self.table_version.wrapping_add(1);
        std::mem::replace(self, fresh)
    }

    /// `set_insert_clean`: places a key known to be absent in a table without dummies.
    fn insert_clean(table: &mut [Entry], mask: usize, key: Value, hash: i64) {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() {
                table[i] = Entry {
                    hash,
                    key: Some(key),
                };
                return;
            }
            for j in 1..=run_len(i, mask) {
                if table[i + j].key.is_none() {
                    table[i + j] = Entry {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
            i = next_run(i, &mut perturb, mask);
        }
    }

    /// `set_table_resize`: rebuilds the table with the smallest power of two > `minused`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            // the small table without dummies: nothing to do
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Entry::empty(); newsize]);
        let mask = newsize - 1;
        self.fill = self.used;
        for e in old {
            if let Some(k) = e.key {
                SetData::insert_clean(&mut self.table, mask, k, e.hash);
            }
        }
        self.table_version = self.table_version.wrapping_add(1);
    }

    /// Stores a new key at the slot a failed lookup found (`found_unused_or_dummy`).
    fn insert_at(&mut self, empty: usize, freeslot: Option<usize>, key: Value, hash: i64) {
        self.hash = -1;
        // A dummy seen before the lock was released for a comparison may have
        // been reused meanwhile; only a slot that is still free is taken.
        if let Some(f) = freeslot.filter(|&f| self.table[f].key.is_none()) {
            self.table[f] = Entry {
                hash,
                key: Some(key),
            };
            self.used += 1;
            return;
        }
        self.table[empty] = Entry {
            hash,
            key: Some(key),
        };
        self.fill += 1;
        self.used += 1;
        let mask = self.mask();
        if self.fill * 5 < mask * 3 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Turns the active entry at `i` into a dummy, returning its key.
    fn remove_at(&mut self, i: usize) -> Option<Value> {
        let old = self.table[i].key.take();
        self.table[i].hash = -1;
        self.used -= 1;
        self.hash = -1;
        old
    }

    fn snapshot(&self) -> Snap {
        let entries = self
            .table
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.key.as_ref().map(|k| (i, e.hash, k.clone())))
            .collect();
        Snap {
            mask: self.mask(),
            fill: self.fill,
            used: self.used,
            entries,
        }
    }
}

/// A copy of a table's active entries in table order, with their slots.
struct Snap {
    mask: usize,
    fill: usize,
    used: usize,
    entries: Vec<(usize, i64, Value)>,
}

/// The probe sequence of CPython's set: runs of up to ten consecutive slots,
/// then a perturbed jump.
struct Probe {
    i: usize,
    k: usize,
    limit: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let i = (hash as u64 as usize) & mask;
        Probe {
            i,
            k: 0,
            limit: run_len(i, mask),
            perturb: hash as u64,
        }
    }
    #[inline]
    fn slot(&self) -> usize {
        self.i + self.k
    }
    #[inline]
    fn advance(&mut self, mask: usize) {
        if self.k < self.limit {
            self.k += 1;
            return;
        }
        self.i = next_run(self.i, &mut self.perturb, mask);
        self.k = 0;
        self.limit = run_len(self.i, mask);
    }
}

/// Where a lookup ended.
enum Loc {
    Found(usize),
    Missing {
        empty: usize,
        freeslot: Option<usize>,
    },
}

pub struct SetObj {
    data: UnsafeCell<SetData>,
    pub frozen: bool,
}

// SAFETY: `data` is only accessed with the owning object's header lock held
// (or before the object is shared), as every accessor below does.
unsafe impl Sync for SetObj {}
// SAFETY: as above; the values inside are Send (their counts are atomic across threads).
unsafe impl Send for SetObj {}

impl SetObj {
    pub fn new(frozen: bool) -> SetObj {
        SetObj {
            data: UnsafeCell::new(SetData::new()),
            frozen,
        }
    }
}

/// Key equality decided without running Python code, when possible.
#[inline]
fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    let t = types();
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (Kind::Str, Kind::Str) if a.is_exact(t.str) && b.is_exact(t.str) => {
            // SAFETY: both kinds checked.
            let (x, y) = unsafe {
                (
                    a.downcast_unchecked::<StrObj>(),
                    b.downcast_unchecked::<StrObj>(),
                )
            };
            Some(x.as_str() == y.as_str())
        }
        (Kind::Int | Kind::Float, Kind::Int | Kind::Float)
            if a.ty().is_builtin() && b.ty().is_builtin() =>
        {
            crate::types::int::fast_num_eq(a, b)
        }
        (Kind::Str, Kind::Int | Kind::Float) | (Kind::Int | Kind::Float, Kind::Str)
            if a.ty().is_builtin() && b.ty().is_builtin() =>
        {
            Some(false)
        }
        _ => None,
    }
}

impl Obj<SetObj> {
    /// Runs `f` on the table with the lock held. `f` must not run Python code.
    #[inline]
    fn locked<R>(&self, f: impl FnOnce(&mut SetData) -> R) -> R {
        self.with_lock(|| {
            // SAFETY: the lock is held for the duration of `f`.
            f(unsafe { &mut *self.data.data.get() })
        })
    }

    /// The table, for a caller that holds the lock.
    ///
    /// # Safety
    /// The header lock must be held for the whole life of the borrow.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    unsafe fn data_locked(&self) -> &mut SetData {
        // SAFETY: caller contract.
        unsafe { &mut *self.data.data.get() }
    }

    /// Looks `key` up and runs `act` with the table locked and the outcome.
    fn locate<R>(
        &self,
        vm: &Vm,
        key: &Value,
        hash: i64,
        act: impl FnOnce(&mut SetData, Loc) -> R,
    ) -> PyResult<R> {
        let mut act = Some(act);
        'restart: loop {
            self.header.lock();
            // SAFETY: locked just above; re-derived after every re-lock below.
            let mut d = unsafe { self.data_locked() };
            let mut mask = d.mask();
            let mut p = Probe::new(hash, mask);
            let mut freeslot = None;
            loop {
                let slot = p.slot();
                let e = &d.table[slot];
                if e.hash != hash && e.hash != 0 {
                    // an active entry of another hash, or a dummy (hash -1,
                    // which no key has): the usual steps
                    if e.hash == -1 {
                        freeslot = Some(slot);
                    }
                    p.advance(mask);
                    continue;
                }
                let found = match &e.key {
                    None => {
                        if e.hash == 0 {
                            let r = (act.take().unwrap())(
                                d,
                                Loc::Missing {
                                    empty: slot,
                                    freeslot,
                                },
                            );
                            // SAFETY: locked above.
                            unsafe { self.header.unlock() };
                            return Ok(r);
                        }
                        freeslot = Some(slot);
                        false
                    }
                    Some(k) if e.hash == hash => match fast_key_eq(k, key) {
                        Some(b) => b,
                        None => {
                            let stored = k.clone();
                            let version = d.table_version;
                            // SAFETY: locked above; `d` is not used until re-derived.
                            unsafe { self.header.unlock() };
                            let r = vm.eq(&stored, key);
                            let eq = match r {
                                Ok(b) => b,
                                Err(e) => return Err(e),
                            };
                            self.header.lock();
                            // SAFETY: locked just above.
                            d = unsafe { self.data_locked() };
                            let same = d.table_version == version
                                && d.table[slot].key.as_ref().is_some_and(|k| k.is(&stored));
                            if !same {
                                // SAFETY: locked above.
                                unsafe { self.header.unlock() };
                                drop(stored);
                                continue 'restart;
                            }
                            mask = d.mask();
                            eq
                        }
                    },
                    _ => false,
                };
                if found {
                    let r = (act.take().unwrap())(d, Loc::Found(slot));
                    // SAFETY: locked above.
                    unsafe { self.header.unlock() };
                    return Ok(r);
                }
                p.advance(mask);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.locked(|d| d.used)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn contains_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<bool> {
        // An optimistic read first (threads testing one set do not write to
        // it): decided there unless a comparison could run Python code.
        let quick = self.header.read(|| {
            // SAFETY: `read` excludes writers while this runs.
            let d = unsafe { &*self.data.data.get() };
            let table: &[Entry] = &d.table;
            let mask = d.mask();
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                // a run of up to LINEAR_PROBES + 1 slots (the probe order of
                // `Probe`), the hash compared first: most slots differ there
                let run = run_len(i, mask);
                debug_assert!(i + run <= mask);
                // SAFETY: `i <= mask` and `i + run <= mask < table.len()`.
                let slots = unsafe { table.get_unchecked(i..=i + run) };
                for e in slots {
                    if e.hash == hash {
                        match &e.key {
                            // the same object (a small int, an interned str)
                            // first, inline: the usual hit
                            Some(k) if k.is(key) => return Some(true),
                            Some(k) => match fast_key_eq(k, key) {
                                Some(true) => return Some(true),
                                Some(false) => {}
                                None => return None,
                            },
                            None if hash == 0 => return Some(false),
                            None => {}
                        }
                    } else if e.hash == 0 && e.key.is_none() {
                        return Some(false);
                    }
                }
                i = next_run(i, &mut perturb, mask);
            }
        });
        match quick {
            Some(found) => Ok(found),
            None => self.locate(vm, key, hash, |_, loc| matches!(loc, Loc::Found(_))),
        }
    }

    fn add_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<()> {
        self.locate(vm, key, hash, |d, loc| {
            if let Loc::Missing { empty, freeslot } = loc {
                d.insert_at(empty, freeslot, key.clone(), hash);
            }
        })
    }

    /// Removes `key`; true if it was present.
    fn discard_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<bool> {
        let old = self.locate(vm, key, hash, |d, loc| match loc {
            Loc::Found(i) => d.remove_at(i),
            Loc::Missing { .. } => None,
        })?;
        Ok(old.is_some())
    }

    fn snapshot(&self) -> Snap {
        self.locked(|d| d.snapshot())
    }

    /// The keys in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.locked(|d| d.table.iter().filter_map(|e| e.key.clone()).collect())
    }

    fn clear(&self) {
        let old = self.locked(|d| d.reset());
        drop(old);
    }

    /// Replaces the whole table (`set_swap_bodies` with a temporary).
    fn replace_data(&self, mut new: SetData) {
        let old = self.locked(|d| {
            new.table_version = d.table_version.wrapping_add(1);
            new.hash = -1;
            std::mem::replace(d, new)
        });
        drop(old);
    }

    /// `set_merge`: adds every entry of another set's snapshot.
    fn merge(&self, vm: &Vm, other: Snap) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        let rest = self.locked(|d| {
            if (d.fill + other.used) * 5 >= d.mask() * 3 {
                d.resize((d.used + other.used) * 2);
            }
            d.hash = -1;
            if d.fill == 0 && d.mask() == other.mask && other.fill == other.used {
                for (i, h, k) in other.entries {
                    d.table[i] = Entry {
                        hash: h,
                        key: Some(k),
                    };
                }
                d.fill = other.fill;
                d.used = other.used;
                return None;
            }
            if d.fill == 0 {
                let mask = d.mask();
                d.fill = other.used;
                d.used = other.used;
                for (_, h, k) in other.entries {
                    SetData::insert_clean(&mut d.table, mask, k, h);
                }
                return None;
            }
            Some(other.entries)
        });
        if let Some(entries) = rest {
            for (_, h, k) in entries {
                self.add_hashed(vm, &k, h)?;
            }
        }
        Ok(())
    }

    /// Makes room for `n` more keys in one step (update from a dict).
    fn presize(&self, n: usize) {
        self.locked(|d| {
            if (d.fill + n) * 5 >= d.mask() * 3 {
                d.resize((d.used + n) * 2);
            }
        })
    }

    /// After removals: rebuild when more than a quarter of the slots are dummies.
    fn shrink_dummies(&self) {
        self.locked(|d| {
            if d.fill - d.used > d.mask() / 4 {
                let n = if d.used > 50000 {
                    d.used * 2
                } else {
                    d.used * 4
                };
                d.resize(n);
            }
        })
    }

    /// The active entry at or after table position `pos`, with the next
    /// position, and the current number of keys (for iterators).
    pub fn entry_from(&self, pos: usize) -> (usize, Option<(usize, Value)>) {
        self.locked(|d| {
            let mut i = pos;
            while i < d.table.len() {
                if let Some(k) = &d.table[i].key {
                    return (d.used, Some((i + 1, k.clone())));
                }
                i += 1;
            }
            (d.used, None)
        })
    }

    /// `set_pop`: removes the key at or after the search finger.
    fn pop(&self) -> Option<Value> {
        self.locked(|d| {
            if d.used == 0 {
                return None;
            }
            let mask = d.mask();
            let mut i = d.finger & mask;
            while d.table[i].key.is_none() {
                i += 1;
                if i > mask {
                    i = 0;
                }
            }
            let k = d.remove_at(i);
            d.finger = i + 1;
            k
        })
    }

    /// The frozenset hash (CPython's algorithm), cached.
    fn frozen_hash(&self) -> i64 {
        self.locked(|d| {
            if d.hash != -1 {
                return d.hash;
            }
            fn shuffle_bits(h: u64) -> u64 {
                ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
            }
            let mut hash: u64 = 0;
            for e in &d.table {
                if e.key.is_some() {
                    hash ^= shuffle_bits(e.hash as u64);
                }
            }
            hash ^= (d.used as u64 + 1).wrapping_mul(1927868237);
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = hash.wrapping_mul(69069).wrapping_add(907133923);
            if hash == u64::MAX {
                hash = 590923713;
            }
            d.hash = hash as i64;
            d.hash
        })
    }
}

// ---------------------------------------------------------------------------
// construction and public helpers

fn so(v: &Value) -> &Obj<SetObj> {
    v.downcast::<SetObj>().expect("set")
}

/// Borrows `v` as a set or frozenset (any subclass).
pub fn as_set(v: &Value) -> Option<&Obj<SetObj>> {
    v.downcast::<SetObj>()
}

/// An empty set or frozenset of type `cls` (a subclass of one of them).
fn alloc_empty(vm: &Vm, cls: &Obj<TypeObj>) -> PyResult<Value> {
    let frozen = is_subtype(cls, types().frozenset);
    if cls.is_builtin() {
        Ok(object::alloc(cls, SetObj::new(frozen)))
    } else {
        alloc_instance(vm, cls, SetObj::new(frozen))
    }
}

/// `make_new_set_basetype`: results of set operations are plain sets or frozensets.
fn base_type(cls: &Obj<TypeObj>) -> TypeRef {
    let t = types();
    if std::ptr::eq(cls, t.set) || std::ptr::eq(cls, t.frozenset) {
        type_ref(cls)
    } else if is_subtype(cls, t.set) {
        t.set
    } else {
        t.frozenset
    }
}

/// `make_new_set(type, iterable)`.
pub(crate) fn make_new(vm: &Vm, cls: &Obj<TypeObj>, iterable: Option<&Value>) -> PyResult<Value> {
    let s = alloc_empty(vm, cls)?;
    if let Some(it) = iterable {
        update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// A copy of `v` as its base type (`set.copy()`).
fn copy_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    make_new(vm, base_type(v.ty()), Some(v))
}

/// A new set holding `items`, added in order (what `{a, b, c}` builds).
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = object::alloc(types().set, SetObj::new(false));
    let o = so(&s);
    for it in &items {
        let h = vm.hash(it)?;
        o.add_hashed(vm, it, h)?;
    }
    Ok(s)
}

/// A new frozenset holding `items`, added in order.
pub fn new_frozenset(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = object::alloc(types().frozenset, SetObj::new(true));
    let o = so(&s);
    for it in &items {
        let h = vm.hash(it)?;
        o.add_hashed(vm, it, h)?;
    }
    Ok(s)
}

/// The set CPython builds for a display of three or more constants: it folds
/// them into a frozenset constant and then merges that into a new set (which
/// can give a different table layout, hence order, than adding one by one).
pub fn new_set_from_constants(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    if items.len() <= 2 {
        return new_set(vm, items);
    }
    let f = new_frozenset(vm, items)?;
    let s = object::alloc(types().set, SetObj::new(false));
    so(&s).merge(vm, so(&f).snapshot())?;
    Ok(s)
}

/// `set.add(item)`.
pub fn set_add(vm: &Vm, set: &Value, item: Value) -> PyResult<()> {
    let h = vm.hash(&item)?;
    so(set).add_hashed(vm, &item, h)
}

/// `set.update(iterable)` (also `{*a, *b}`).
pub fn set_update(vm: &Vm, set: &Value, iterable: &Value) -> PyResult<()> {
    update_internal(vm, set, iterable)
}

/// `item in set`. Unhashable items raise TypeError, except sets, which are
/// looked up as frozensets.
pub fn contains(vm: &Vm, set: &Value, item: &Value) -> PyResult<bool> {
    let s = so(set);
    match vm.hash(item) {
        Ok(h) => s.contains_hashed(vm, item, h),
        Err(e) => {
            let f = retry_as_frozenset(vm, item, e)?;
            let h = vm.hash(&f)?;
            s.contains_hashed(vm, &f, h)
        }
    }
}

/// The keys of a set in iteration order.
pub fn set_items(set: &Value) -> Vec<Value> {
    so(set).items()
}

/// The number of keys in a set.
pub fn set_len(set: &Value) -> usize {
    so(set).len()
}

/// Removes every key.
pub fn set_clear(set: &Value) {
    so(set).clear()
}

/// After a failed hash: a set key is retried as a frozenset, other errors propagate.
fn retry_as_frozenset(vm: &Vm, item: &Value, e: PyErr) -> PyResult<Value> {
    if item
        .downcast::<SetObj>()
        .is_some_and(|_| is_subtype(item.ty(), types().set))
        && e.matches(types().exc.type_error)
    {
        return make_new(vm, types().frozenset, Some(item));
    }
    Err(e)
}

/// `set_update_internal`.
fn update_internal(vm: &Vm, set: &Value, other: &Value) -> PyResult<()> {
    let s = so(set);
    if let Some(o) = other.downcast::<SetObj>() {
        if set.is(other) {
            return Ok(());
        }
        return s.merge(vm, o.snapshot());
    }
    if other.is_exact(types().dict) {
        let d = crate::types::dict::as_dict(other).unwrap();
        let items = d.data.hashed_items(&d.header);
        s.presize(items.len());
        for (h, k, _) in items {
            s.add_hashed(vm, &k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        s.add_hashed(vm, &k, h)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// set algebra (each follows the CPython function of the same name)

fn set_intersection(vm: &Vm, a: &Value, other: &Value) -> PyResult<Value> {
    if a.is(other) {
        return copy_of(vm, a);
    }
    let result = alloc_empty(vm, base_type(a.ty()))?;
    let r = so(&result);
    if let Some(o) = other.downcast::<SetObj>() {
        let mut big = so(a);
        let mut small = o;
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (_, h, k) in small.snapshot().entries {
            if big.contains_hashed(vm, &k, h)? {
                r.add_hashed(vm, &k, h)?;
            }
        }
        return Ok(result);
    }
    let s = so(a);
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if s.contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, &k, h)?;
        }
    }
    Ok(result)
}

fn set_difference_update_internal(vm: &Vm, a: &Value, other: &Value) -> PyResult<()> {
    let s = so(a);
    if a.is(other) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = other.downcast::<SetObj>() {
        let entries = if (o.len() >> 3) > s.len() {
            let tmp = set_intersection(vm, a, other)?;
            so(&tmp).snapshot().entries
        } else {
            o.snapshot().entries
        };
        for (_, h, k) in entries {
            s.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = vm.hash(&k)?;
            s.discard_hashed(vm, &k, h)?;
        }
    }
    s.shrink_dummies();
    Ok(())
}

fn set_copy_and_difference(vm: &Vm, a: &Value, other: &Value) -> PyResult<Value> {
    let r = copy_of(vm, a)?;
    set_difference_update_internal(vm, &r, other)?;
    Ok(r)
}

fn set_difference(vm: &Vm, a: &Value, other: &Value) -> PyResult<Value> {
    let s = so(a);
    let other_size = if let Some(o) = other.downcast::<SetObj>() {
        o.len()
    } else if other.is_exact(types().dict) {
        crate::types::dict::as_dict(other).unwrap().len()
    } else {
        return set_copy_and_difference(vm, a, other);
    };
    if (s.len() >> 2) > other_size {
        return set_copy_and_difference(vm, a, other);
    }
    let result = alloc_empty(vm, base_type(a.ty()))?;
    let r = so(&result);
    let entries = s.snapshot().entries;
    if let Some(o) = other.downcast::<SetObj>() {
        for (_, h, k) in entries {
            if !o.contains_hashed(vm, &k, h)? {
                r.add_hashed(vm, &k, h)?;
            }
        }
    } else {
        let d = crate::types::dict::as_dict(other).unwrap();
        for (_, h, k) in entries {
            if d.data.get_hashed(&d.header, vm, &k, h)?.is_none() {
                r.add_hashed(vm, &k, h)?;
            }
        }
    }
    Ok(result)
}

fn set_symmetric_difference_update(vm: &Vm, a: &Value, other: &Value) -> PyResult<()> {
    let s = so(a);
    if a.is(other) {
        s.clear();
        return Ok(());
    }
    let entries: Vec<(i64, Value)> = if other.is_exact(types().dict) {
        let d = crate::types::dict::as_dict(other).unwrap();
        d.data
            .hashed_items(&d.header)
            .into_iter()
            .map(|(h, k, _)| (h, k))
            .collect()
    } else if let Some(o) = other.downcast::<SetObj>() {
        o.snapshot()
            .entries
            .into_iter()
            .map(|(_, h, k)| (h, k))
            .collect()
    } else {
        let tmp = make_new(vm, base_type(a.ty()), Some(other))?;
        so(&tmp)
            .snapshot()
            .entries
            .into_iter()
            .map(|(_, h, k)| (h, k))
            .collect()
    };
    for (h, k) in entries {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, &k, h)?;
        }
    }
    Ok(())
}

fn set_symmetric_difference(vm: &Vm, a: &Value, other: &Value) -> PyResult<Value> {
    let r = make_new(vm, base_type(a.ty()), Some(other))?;
    set_symmetric_difference_update(vm, &r, a)?;
    Ok(r)
}

/// `a <= b` for a set `a` and any iterable `b`.
fn set_issubset(vm: &Vm, a: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = other.downcast::<SetObj>() else {
        let tmp = make_new(vm, types().set, Some(other))?;
        return set_issubset(vm, a, &tmp);
    };
    let s = so(a);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (_, h, k) in s.snapshot().entries {
        if !o.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issuperset(vm: &Vm, a: &Value, other: &Value) -> PyResult<bool> {
    if other.downcast::<SetObj>().is_none() {
        let tmp = make_new(vm, types().set, Some(other))?;
        return set_issuperset(vm, a, &tmp);
    }
    set_issubset(vm, other, a)
}

fn set_isdisjoint(vm: &Vm, a: &Value, other: &Value) -> PyResult<bool> {
    let s = so(a);
    if a.is(other) {
        return Ok(s.is_empty());
    }
    if let Some(o) = other
        .downcast::<SetObj>()
        .filter(|_| other.ty().is_builtin())
    {
        let (mut big, mut small) = (s, o);
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (_, h, k) in small.snapshot().entries {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if s.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------------------
// methods

fn no_kwargs(kw: Option<&[Value]>, name: &str) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

fn one_arg<'a>(args: &'a [Value], kw: Option<&[Value]>, name: &str) -> PyResult<&'a Value> {
    args::check_positional(&args[1..], kw, name, 1, 1)?;
    Ok(&args[1])
}

fn no_args(args: &[Value], kw: Option<&[Value]>, name: &str) -> PyResult<()> {
    args::check_positional(&args[1..], kw, name, 0, 0)
}

fn tyname(v: &Value) -> String {
    v.ty().name()
}

fn set_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_new")?;
    let cls = args[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("set.__new__(X): X is not a type object"))?;
    if std::ptr::eq(cls, types().set) {
        no_kwargs(kw, "set")?;
    }
    if !is_subtype(cls, types().set) {
        return Err(error::type_error(format!(
            "set.__new__({}): {} is not a subtype of set",
            cls.name(),
            cls.name()
        )));
    }
    alloc_empty(vm, cls)
}

fn set_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(kw, "set")?;
    let me = &args[0];
    if args.len() > 2 {
        return Err(error::type_error(format!(
            "{} expected at most 1 argument, got {}",
            tyname(me),
            args.len() - 1
        )));
    }
    let s = so(me);
    s.clear();
    if let Some(it) = args.get(1) {
        update_internal(vm, me, it)?;
    }
    Ok(Value::none())
}

fn frozenset_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "frozenset_new")?;
    let cls = args[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("frozenset.__new__(X): X is not a type object"))?;
    let exact = std::ptr::eq(cls, types().frozenset);
    if exact {
        no_kwargs(kw, "frozenset")?;
    }
    let (pos, _) = args::split_kwargs(&args[1..], kw);
    if pos.len() > 1 {
        return Err(error::type_error(format!(
            "{} expected at most 1 argument, got {}",
            cls.name(),
            pos.len()
        )));
    }
    if !is_subtype(cls, types().frozenset) {
        return Err(error::type_error(format!(
            "frozenset.__new__({}): {} is not a subtype of frozenset",
            cls.name(),
            cls.name()
        )));
    }
    let iterable = pos.first();
    if exact {
        if let Some(it) = iterable {
            if it.is_exact(types().frozenset) {
                return Ok(it.clone());
            }
        }
    }
    make_new(vm, cls, iterable)
}

fn set_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_repr")?;
    let v = &args[0];
    let name = tyname(v);
    let r = ops::repr_guard(v, || {
        let items = so(v).items();
        if items.is_empty() {
            return Ok(format!("{name}()"));
        }
        let mut body = String::from("{");
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                body.push_str(", ");
            }
            body.push_str(&vm.repr_string(it)?);
        }
        body.push('}');
        if v.is_exact(types().set) {
            Ok(body)
        } else {
            Ok(format!("{name}({body})"))
        }
    })?;
    Ok(new_str(r.unwrap_or_else(|| format!("{name}(...)"))))
}

fn set_len_m(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_len_m")?;
    Ok(int_from_i64(so(&args[0]).len() as i64))
}

fn set_contains_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_contains_m")?;
    let x = one_arg(args, kw, "__contains__")?;
    Ok(Value::bool(contains(vm, &args[0], x)?))
}

/// `hash()` of a frozenset (full 64-bit, like CPython's `tp_hash`); None for
/// mutable sets and non-sets.
pub fn hash_value(v: &Value) -> Option<i64> {
    v.downcast::<SetObj>()
        .filter(|s| s.frozen)
        .map(|s| s.frozen_hash())
}

fn frozenset_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "frozenset_hash")?;
    Ok(int_from_i64(so(&args[0]).frozen_hash()))
}

fn set_add_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_add_m")?;
    let x = one_arg(args, kw, "set.add")?;
    set_add(vm, &args[0], x.clone())?;
    Ok(Value::none())
}

/// Hash for removal: unhashable sets are looked up as frozensets.
fn key_for_removal(vm: &Vm, x: &Value) -> PyResult<(Value, i64)> {
    match vm.hash(x) {
        Ok(h) => Ok((x.clone(), h)),
        Err(e) => {
            let f = retry_as_frozenset(vm, x, e)?;
            let h = vm.hash(&f)?;
            Ok((f, h))
        }
    }
}

fn set_discard_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_discard_m")?;
    let x = one_arg(args, kw, "set.discard")?;
    let (k, h) = key_for_removal(vm, x)?;
    so(&args[0]).discard_hashed(vm, &k, h)?;
    Ok(Value::none())
}

fn set_remove_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_remove_m")?;
    let x = one_arg(args, kw, "set.remove")?;
    let (k, h) = key_for_removal(vm, x)?;
    if !so(&args[0]).discard_hashed(vm, &k, h)? {
        return Err(error::key_error(x.clone()));
    }
    Ok(Value::none())
}

fn set_pop_m(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_pop_m")?;
    no_args(args, kw, "set.pop")?;
    so(&args[0])
        .pop()
        .ok_or_else(|| error::key_error_msg("pop from an empty set"))
}

fn set_clear_m(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_clear_m")?;
    no_args(args, kw, "set.clear")?;
    so(&args[0]).clear();
    Ok(Value::none())
}

fn set_copy_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_copy_m")?;
    no_args(args, kw, "set.copy")?;
    copy_of(vm, &args[0])
}

fn frozenset_copy_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "frozenset_copy_m")?;
    no_args(args, kw, "frozenset.copy")?;
    if args[0].is_exact(types().frozenset) {
        return Ok(args[0].clone());
    }
    copy_of(vm, &args[0])
}

fn set_update_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_update_m")?;
    no_kwargs(kw, "set.update")?;
    for o in &args[1..] {
        update_internal(vm, &args[0], o)?;
    }
    Ok(Value::none())
}

fn set_union_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_union_m")?;
    no_kwargs(kw, &format!("{}.union", tyname(&args[0])))?;
    let r = copy_of(vm, &args[0])?;
    for o in &args[1..] {
        if o.is(&args[0]) {
            continue;
        }
        update_internal(vm, &r, o)?;
    }
    Ok(r)
}

fn intersection_multi(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 1 {
        return copy_of(vm, &args[0]);
    }
    let mut r = args[0].clone();
    for o in &args[1..] {
        r = set_intersection(vm, &r, o)?;
    }
    Ok(r)
}

fn set_intersection_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_intersection_m")?;
    no_kwargs(kw, &format!("{}.intersection", tyname(&args[0])))?;
    intersection_multi(vm, args)
}

fn take_data(v: &Value) -> SetData {
    so(v).locked(|d| d.reset())
}

fn set_intersection_update_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_intersection_update_m")?;
    no_kwargs(kw, "set.intersection_update")?;
    let tmp = intersection_multi(vm, args)?;
    let data = if tmp.is(&args[0]) {
        return Ok(Value::none());
    } else {
        take_data(&tmp)
    };
    so(&args[0]).replace_data(data);
    Ok(Value::none())
}

fn set_difference_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(kw, &format!("{}.difference", tyname(&args[0])))?;
    if args.len() == 1 {
        return copy_of(vm, &args[0]);
    }
    let r = set_difference(vm, &args[0], &args[1])?;
    for o in &args[2..] {
        set_difference_update_internal(vm, &r, o)?;
    }
    Ok(r)
}

fn set_difference_update_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_difference_update_m")?;
    no_kwargs(kw, "set.difference_update")?;
    for o in &args[1..] {
        set_difference_update_internal(vm, &args[0], o)?;
    }
    Ok(Value::none())
}

fn set_symmetric_difference_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_symmetric_difference_m")?;
    let name = format!("{}.symmetric_difference", tyname(&args[0]));
    let o = one_arg(args, kw, &name)?;
    set_symmetric_difference(vm, &args[0], o)
}

fn set_symmetric_difference_update_m(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
) -> PyResult<Value> {
    let o = one_arg(args, kw, "set.symmetric_difference_update")?;
    set_symmetric_difference_update(vm, &args[0], o)?;
    Ok(Value::none())
}

fn set_issubset_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_issubset_m")?;
    let name = format!("{}.issubset", tyname(&args[0]));
    let o = one_arg(args, kw, &name)?;
    Ok(Value::bool(set_issubset(vm, &args[0], o)?))
}

fn set_issuperset_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_issuperset_m")?;
    let name = format!("{}.issuperset", tyname(&args[0]));
    let o = one_arg(args, kw, &name)?;
    Ok(Value::bool(set_issuperset(vm, &args[0], o)?))
}

fn set_isdisjoint_m(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_isdisjoint_m")?;
    let name = format!("{}.isdisjoint", tyname(&args[0]));
    let o = one_arg(args, kw, &name)?;
    Ok(Value::bool(set_isdisjoint(vm, &args[0], o)?))
}

fn set_reduce_m(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_reduce_m")?;
    let v = &args[0];
    let items = crate::types::list::new_list(so(v).items());
    let state = match crate::types::typeobj::instance_dict(v) {
        Some(d) => d.clone(),
        None => Value::none(),
    };
    let _ = vm;
    Ok(crate::types::tuple::new_tuple_from([
        v.ty().to_value(),
        crate::types::tuple::new_tuple_from([items]),
        state,
    ]))
}

/// `|`, `&`, `-`, `^` (both operands must be sets or frozensets).
fn set_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if a.downcast::<SetObj>().is_none() || b.downcast::<SetObj>().is_none() {
        return Ok(Value::not_implemented());
    }
    match op.base() {
        BinOp::Or => {
            let r = copy_of(vm, a)?;
            if !a.is(b) {
                update_internal(vm, &r, b)?;
            }
            Ok(r)
        }
        BinOp::And => set_intersection(vm, a, b),
        BinOp::Subtract => set_difference(vm, a, b),
        BinOp::Xor => set_symmetric_difference(vm, a, b),
        _ => Ok(Value::not_implemented()),
    }
}

fn inplace_check(args: &[Value]) -> PyResult<bool> {
    if args.len() != 2 {
        return Err(error::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    Ok(args[1].downcast::<SetObj>().is_some())
}

fn set_ior(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "set_ior")?;
    if !inplace_check(args)? {
        return Ok(Value::not_implemented());
    }
    update_internal(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

fn set_iand(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "set_iand")?;
    if !inplace_check(args)? {
        return Ok(Value::not_implemented());
    }
    let tmp = set_intersection(vm, &args[0], &args[1])?;
    if !tmp.is(&args[0]) {
        so(&args[0]).replace_data(take_data(&tmp));
    }
    Ok(args[0].clone())
}

fn set_isub(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "set_isub")?;
    if !inplace_check(args)? {
        return Ok(Value::not_implemented());
    }
    set_difference_update_internal(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

fn set_ixor(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "set_ixor")?;
    if !inplace_check(args)? {
        return Ok(Value::not_implemented());
    }
    set_symmetric_difference_update(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

fn set_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) else {
        return Ok(Value::not_implemented());
    };
    let r = match op {
        CmpOp::Eq => x.len() == y.len() && set_issubset(vm, a, b)?,
        CmpOp::Ne => !(x.len() == y.len() && set_issubset(vm, a, b)?),
        CmpOp::Le => set_issubset(vm, a, b)?,
        CmpOp::Ge => set_issuperset(vm, a, b)?,
        CmpOp::Lt => x.len() < y.len() && set_issubset(vm, a, b)?,
        CmpOp::Gt => x.len() > y.len() && set_issuperset(vm, a, b)?,
    };
    Ok(Value::bool(r))
}

// ---------------------------------------------------------------------------
// iteration

fn set_iter_m(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "set_iter_m")?;
    Ok(new_set_iter(args[0].clone()))
}

/// CPython's `setiterobject`: walks the table by position and raises if the
/// set's size changed since the iterator was created.
struct SetIter {
    set: Option<Value>,
    used: usize,
    pos: usize,
    len: usize,
    broken: bool,
}

impl NativeIter for SetIter {
    fn next(&mut self, _vm: &Vm) -> PyResult<Option<Value>> {
        let Some(set) = &self.set else {
            return Ok(None);
        };
        let (used, e) = so(set).entry_from(self.pos);
        if self.broken || used != self.used {
            // the error state is sticky
            self.broken = true;
            return Err(error::runtime_error("Set changed size during iteration"));
        }
        match e {
            Some((next, k)) => {
                self.pos = next;
                self.len = self.len.saturating_sub(1);
                Ok(Some(k))
            }
            None => {
                self.set = None;
                Ok(None)
            }
        }
    }

    fn length_hint(&self) -> Option<usize> {
        match &self.set {
            Some(s) if !self.broken && so(s).len() == self.used => Some(self.len),
            _ => Some(0),
        }
    }
}

/// A new iterator over a set or frozenset.
pub fn new_set_iter(set: Value) -> Value {
    let used = so(&set).len();
    new_native_iter(
        types().set_iterator,
        Box::new(SetIter {
            set: Some(set),
            used,
            pos: 0,
            len: used,
            broken: false,
        }),
    )
}

pub(crate) fn init(t: &Registry) {
    use NativeImpl::BinOp as B;
    for (ty, frozen) in [(t.set, false), (t.frozenset, true)] {
        ty.add_method("__repr__", set_repr);
        ty.add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
        ty.add_method("__len__", set_len_m);
        ty.add_method("__contains__", set_contains_m);
        ty.add_method("__iter__", set_iter_m);
        ty.add_method("__reduce__", set_reduce_m);
        ty.add_method("union", set_union_m);
        ty.add_method("intersection", set_intersection_m);
        ty.add_method("difference", set_difference_m);
        ty.add_method("symmetric_difference", set_symmetric_difference_m);
        ty.add_method("issubset", set_issubset_m);
        ty.add_method("issuperset", set_issuperset_m);
        ty.add_method("isdisjoint", set_isdisjoint_m);
        for (op, n, r) in [
            (BinOp::Or, "__or__", "__ror__"),
            (BinOp::And, "__and__", "__rand__"),
            (BinOp::Subtract, "__sub__", "__rsub__"),
            (BinOp::Xor, "__xor__", "__rxor__"),
        ] {
            ty.add_impl(n, B(set_binop, op, false));
            ty.add_impl(r, B(set_binop, op, true));
        }
        crate::types::int::add_richcmp(ty, set_richcmp);
        if frozen {
            ty.add_new(frozenset_new);
            ty.add_method("__hash__", frozenset_hash);
            ty.add_method("copy", frozenset_copy_m);
            ty.set_doc("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.");
        } else {
            ty.add_new(set_new);
            ty.add_method("__init__", set_init);
            ty.set_attr_raw("__hash__", Value::none());
            ty.add_method("copy", set_copy_m);
            ty.add_method("add", set_add_m);
            ty.add_method("discard", set_discard_m);
            ty.add_method("remove", set_remove_m);
            ty.add_method("pop", set_pop_m);
            ty.add_method("clear", set_clear_m);
            ty.add_method("update", set_update_m);
            ty.add_method("intersection_update", set_intersection_update_m);
            ty.add_method("difference_update", set_difference_update_m);
            ty.add_method(
                "symmetric_difference_update",
                set_symmetric_difference_update_m,
            );
            ty.add_method("__ior__", set_ior);
            ty.add_method("__iand__", set_iand);
            ty.add_method("__isub__", set_isub);
            ty.add_method("__ixor__", set_ixor);
            ty.set_doc("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.");
        }
    }
}
