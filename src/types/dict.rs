//! `dict`: an insertion-ordered hash table (CPython's compact layout: a sparse
//! index table pointing into a dense entry array), plus its views and
//! `mappingproxy`.
//!
//! Locking: a `DictObj`'s storage is guarded by the lock of the object that owns
//! it: its own header for dict objects, the class's header for the namespace
//! embedded in a type. Every method takes that `owner` header. Key comparisons
//! that may run Python code (`__eq__` of arbitrary objects) happen with the lock
//! released; the lookup then re-checks that the table was not changed meanwhile
//! and restarts if it was.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::{Header, Obj};
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::{self, str::StrObj};
use crate::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictData {
    /// Sparse table: EMPTY, DUMMY or an index into `entries`.
    indices: Vec<i32>,
    /// Dense, in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<Entry>>,
    used: usize,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

pub struct DictObj {
    data: UnsafeCell<DictData>,
    /// Bumped on every change of the key set; lookups that released the lock
    /// restart when it moved, and guards of later tiers compare it.
    keys_version: AtomicU64,
    /// Bumped (under the lock, after the change) on every change at all, keys
    /// or values: per-thread read caches of namespaces compare it.
    version: AtomicU64,
    /// Two bits per key ever inserted, chosen by its hash (never cleared): a
    /// str whose bits are not all set is certainly not a key, which answers
    /// "does the instance dict shadow this method?" without a lookup.
    key_bloom: AtomicU64,
}

/// Offsets of a dict's keys version and version from the object's start
/// (compiled loops guard the namespaces their builtins come from).
pub const KEYS_VERSION_OFFSET: usize = std::mem::offset_of!(crate::object::Obj<DictObj>, data)
    + std::mem::offset_of!(DictObj, keys_version);
pub const VERSION_OFFSET: usize = std::mem::offset_of!(crate::object::Obj<DictObj>, data)
    + std::mem::offset_of!(DictObj, version);

/// The two bits of `key_bloom` for a key of hash `h`.
#[inline]
fn bloom_bits(h: i64) -> u64 {
    (1u64 << (h & 63)) | (1u64 << ((h >> 6) & 63))
}

// SAFETY: `data` is only accessed while the owner's lock is held (or while the
// dict is unreachable from other threads), as every method below does.
unsafe impl Sync for DictObj {}
// SAFETY: as above; values inside are Send (counts are atomic across threads).
unsafe impl Send for DictObj {}

/// How an equality between two keys is decided without running Python code.
#[inline]
fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() || b.is_small_int() {
        if a.is_small_int() && b.is_small_int() {
            return Some(false);
        }
        // small int vs big int / float / bool: numeric comparison
        return crate::types::int::fast_num_eq(a, b);
    }
    let (ka, kb) = (a.kind(), b.kind());
    use crate::object::Kind;
    match (ka, kb) {
        (Kind::Str, Kind::Str)
            if a.is_exact(types::types().str) && b.is_exact(types::types().str) =>
        {
            // SAFETY: both kinds checked.
            let (sa, sb) = unsafe {
                (
                    a.downcast_unchecked::<StrObj>(),
                    b.downcast_unchecked::<StrObj>(),
                )
            };
            Some(sa.as_str() == sb.as_str())
        }
        (Kind::Str, _) | (_, Kind::Str)
            if a.is_exact(types::types().str) || b.is_exact(types::types().str) =>
        {
            // An exact str never equals a non-str (str subclasses may override __eq__).
            if ka == Kind::Str && kb == Kind::Str {
                None
            } else if (ka == Kind::Str && a.is_exact(types::types().str) && b.ty().is_builtin())
                || (kb == Kind::Str && b.is_exact(types::types().str) && a.ty().is_builtin())
            {
                Some(false)
            } else {
                None
            }
        }
        (Kind::Int, Kind::Int)
        | (Kind::Float, Kind::Float)
        | (Kind::Int, Kind::Float)
        | (Kind::Float, Kind::Int)
            if a.ty().is_builtin() && b.ty().is_builtin() =>
        {
            crate::types::int::fast_num_eq(a, b)
        }
        _ => None,
    }
}

impl DictData {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    /// Finds the slot for `hash`, stopping at the first index the predicate accepts
    /// or at an empty slot. Returns (slot, entry index if found).
    fn probe(&self, hash: i64, mut is_match: impl FnMut(usize) -> bool) -> (usize, Option<usize>) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return (i, None);
            }
            if ix >= 0 && is_match(ix as usize) {
                return (i, Some(ix as usize));
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] < 0 {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 <= min_used {
            size *= 2;
        }
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(size * 2 / 3);
        self.indices = vec![EMPTY; size];
        for e in old.into_iter().flatten() {
            let slot = self.find_empty_slot(e.hash);
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(Some(e));
        }
    }

    /// Appends a new entry for a key known to be absent.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() || self.entries.len() >= self.usable() {
            self.resize((self.used + 1) * 3 / 2);
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
    }

    fn remove_at(&mut self, slot: usize, ix: usize) -> Entry {
        self.indices[slot] = DUMMY;
        self.used -= 1;
        let e = self.entries[ix].take().expect("live entry");
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
        }
        e
    }

    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        self.probe(hash, |j| j == ix).0
    }
}

/// Outcome of a lookup, handed to the caller's action while the lock is held.
pub enum Found {
    /// (slot, entry index)
    Yes(usize, usize),
    No,
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            data: UnsafeCell::new(DictData::default()),
            keys_version: AtomicU64::new(0),
            version: AtomicU64::new(0),
            key_bloom: AtomicU64::new(0),
        }
    }

    /// Records a key about to be inserted (called with the lock held, so
    /// this thread is the only writer of the word).
    #[inline]
    fn note_key(&self, hash: i64) {
        let b = bloom_bits(hash);
        let cur = self.key_bloom.load(Ordering::Relaxed);
        if cur & b != b {
            self.key_bloom.store(cur | b, Ordering::Release);
        }
    }

    /// # Safety
    /// The owner's lock must be held (or the dict be unshared) for the borrow's duration.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    unsafe fn data(&self) -> &mut DictData {
        // SAFETY: caller contract.
        unsafe { &mut *self.data.get() }
    }

    /// The key set changed. Called with the owner's lock held (or with one
    /// thread running Python, where the lock is not taken), so there is one
    /// writer at a time: a load and a store, no atomic read-modify-write (an
    /// instance attribute store pays this on every store).
    fn bump(&self) {
        let k = self.keys_version.load(Ordering::Relaxed);
        self.keys_version.store(k + 1, Ordering::Release);
        self.bump_value();
    }

    /// A value changed (the key set did not). Locked as [`DictObj::bump`].
    fn bump_value(&self) {
        let v = self.version.load(Ordering::Relaxed);
        self.version.store(v + 1, Ordering::Release);
    }

    /// Changes whenever anything in the dict changes (see `runtime::namespace_cache`).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// [`DictObj::version`] for guards that read nothing through it (see
    /// the `LOAD_GLOBAL` forms).
    #[inline(always)]
    pub fn version_relaxed(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }

    pub fn keys_version(&self) -> u64 {
        self.keys_version.load(Ordering::Acquire)
    }

    /// [`DictObj::keys_version`] for guards that then read through the
    /// dict's own read protocol (the `LOAD_GLOBAL` forms).
    #[inline(always)]
    pub fn keys_version_relaxed(&self) -> u64 {
        self.keys_version.load(Ordering::Relaxed)
    }

    /// Runs `f` on the locked table.
    #[inline]
    fn locked<R>(&self, owner: &Header, f: impl FnOnce(&mut DictData) -> R) -> R {
        owner.lock();
        struct U<'a>(&'a Header);
        impl Drop for U<'_> {
            fn drop(&mut self) {
                // SAFETY: locked by this thread just above.
                unsafe { self.0.unlock() }
            }
        }
        let _u = U(owner);
        // SAFETY: the lock is held until `_u` drops.
        f(unsafe { self.data() })
    }

    /// Looks `key` up and runs `act` with the table locked and the result.
    pub fn lookup_then<R>(
        &self,
        owner: &Header,
        vm: &Vm,
        key: &Value,
        hash: i64,
        act: impl FnOnce(&mut DictData, Found) -> R,
    ) -> PyResult<R> {
        let mut act = Some(act);
        'restart: loop {
            owner.lock();
            // SAFETY: locked.
            let d = unsafe { self.data() };
            if d.indices.is_empty() {
                let r = (act.take().unwrap())(d, Found::No);
                // SAFETY: locked above.
                unsafe { owner.unlock() };
                return Ok(r);
            }
            let mut slow: Option<(usize, Value)> = None;
            let (slot, found) = d.probe(hash, |ix| {
                if slow.is_some() {
                    return false;
                }
                let e = d.entries[ix].as_ref().unwrap();
                if e.hash != hash {
                    return false;
                }
                match fast_key_eq(&e.key, key) {
                    Some(b) => b,
                    None => {
                        slow = Some((ix, e.key.clone()));
                        true
                    }
                }
            });
            match slow {
                None => {
                    let f = match found {
                        Some(ix) => Found::Yes(slot, ix),
                        None => Found::No,
                    };
                    let r = (act.take().unwrap())(d, f);
                    // SAFETY: locked above.
                    unsafe { owner.unlock() };
                    return Ok(r);
                }
                Some((ix, stored)) => {
                    // Compare with the lock released: __eq__ may run arbitrary code.
                    let version = self.keys_version();
                    // SAFETY: locked above.
                    unsafe { owner.unlock() };
                    let eq = vm.eq(&stored, key)?;
                    owner.lock();
                    if self.keys_version() != version {
                        // SAFETY: locked just above.
                        unsafe { owner.unlock() };
                        continue 'restart;
                    }
                    // SAFETY: locked.
                    let d = unsafe { self.data() };
                    if eq {
                        let r = (act.take().unwrap())(d, Found::Yes(slot, ix));
                        // SAFETY: locked above.
                        unsafe { owner.unlock() };
                        return Ok(r);
                    }
                    // Not equal: continue probing past this entry with a fresh pass
                    // that treats it as a mismatch.
                    let skip = ix;
                    let mut slow2: Option<(usize, Value)> = None;
                    let (slot2, found2) = d.probe(hash, |j| {
                        if j == skip || slow2.is_some() {
                            return false;
                        }
                        let e = d.entries[j].as_ref().unwrap();
                        if e.hash != hash {
                            return false;
                        }
                        match fast_key_eq(&e.key, key) {
                            Some(b) => b,
                            None => {
                                slow2 = Some((j, e.key.clone()));
                                true
                            }
                        }
                    });
                    if slow2.is_some() {
                        // Two colliding keys needing Python comparisons: take the
                        // general path one comparison at a time.
                        // SAFETY: locked above.
                        unsafe { owner.unlock() };
                        drop(slow2);
                        return self.lookup_slow(owner, vm, key, hash, act.take().unwrap());
                    }
                    let f = match found2 {
                        Some(ix) => Found::Yes(slot2, ix),
                        None => Found::No,
                    };
                    let r = (act.take().unwrap())(d, f);
                    // SAFETY: locked above.
                    unsafe { owner.unlock() };
                    return Ok(r);
                }
            }
        }
    }

    /// The general lookup: collects candidate keys with the same hash, compares
    /// each with the lock released, then acts if nothing changed meanwhile.
    fn lookup_slow<R>(
        &self,
        owner: &Header,
        vm: &Vm,
        key: &Value,
        hash: i64,
        act: impl FnOnce(&mut DictData, Found) -> R,
    ) -> PyResult<R> {
        loop {
            let (version, candidates) = self.locked(owner, |d| {
                let mut c = Vec::new();
                if !d.indices.is_empty() {
                    d.probe(hash, |ix| {
                        let e = d.entries[ix].as_ref().unwrap();
                        if e.hash == hash {
                            c.push((ix, e.key.clone()));
                        }
                        false
                    });
                }
                (self.keys_version(), c)
            });
            let mut hit = None;
            for (ix, k) in &candidates {
                let eq = match fast_key_eq(k, key) {
                    Some(b) => b,
                    None => vm.eq(k, key)?,
                };
                if eq {
                    hit = Some(*ix);
                    break;
                }
            }
            owner.lock();
            if self.keys_version() != version {
                // SAFETY: locked just above.
                unsafe { owner.unlock() };
                continue;
            }
            // SAFETY: locked.
            let d = unsafe { self.data() };
            let f = match hit {
                Some(ix) => Found::Yes(d.slot_of(hash, ix), ix),
                None => Found::No,
            };
            let r = act(d, f);
            // SAFETY: locked above.
            unsafe { owner.unlock() };
            return Ok(r);
        }
    }

    pub fn len(&self, owner: &Header) -> usize {
        // SAFETY: `read` excludes writers while this runs.
        owner.read(|| unsafe { &*self.data.get() }.used)
    }

    pub fn is_empty(&self, owner: &Header) -> bool {
        self.len(owner) == 0
    }

    pub fn get(&self, owner: &Header, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(owner, vm, key, hash)
    }

    pub fn get_hashed(
        &self,
        owner: &Header,
        vm: &Vm,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        // optimistic read first: decided when every key compared on the way
        // compares without Python code (str, int, float keys)
        let quick = owner.read(|| {
            // SAFETY: `read` excludes writers while this runs.
            let d = unsafe { &*self.data.get() };
            if d.indices.is_empty() {
                return Some(None);
            }
            let mut undecided = false;
            let (_, found) = d.probe(hash, |ix| {
                let e = d.entries[ix].as_ref().unwrap();
                if e.hash != hash || undecided {
                    return false;
                }
                match fast_key_eq(&e.key, key) {
                    Some(b) => b,
                    None => {
                        undecided = true;
                        true
                    }
                }
            });
            if undecided {
                return None;
            }
            Some(found.map(|ix| d.entries[ix].as_ref().unwrap().value.clone()))
        });
        if let Some(r) = quick {
            return Ok(r);
        }
        self.lookup_then(owner, vm, key, hash, |d, f| match f {
            Found::Yes(_, ix) => Some(d.entries[ix].as_ref().unwrap().value.clone()),
            Found::No => None,
        })
    }

    /// Lookup by an interned or exact str key; never runs Python code.
    pub fn get_str(&self, owner: &Header, key: &Value) -> Option<Value> {
        self.read_str(owner, key, |d, ix| {
            d.entries[ix].as_ref().unwrap().value.clone()
        })
    }

    /// The index in the entry array of the str key `key` (for a cache hint).
    pub fn index_of_str(&self, owner: &Header, key: &Value) -> Option<usize> {
        self.read_str(owner, key, |_, ix| ix)
    }

    /// False when no str key of hash `hash` was ever inserted (the key
    /// filter): then a str of that hash is certainly not a key. A relaxed
    /// load: only "absent" is acted on without the read protocol, and an
    /// insert that happened before this read (through any synchronization)
    /// is seen.
    #[inline(always)]
    fn may_hold_hash(&self, hash: i64) -> bool {
        let b = bloom_bits(hash);
        self.key_bloom.load(Ordering::Relaxed) & b == b
    }

    /// Whether the str `key` may be a key (false: certainly not; see
    /// [`DictObj::may_hold_hash`]). `key` must be a str.
    #[inline(always)]
    pub fn may_hold_str(&self, key: &Value) -> bool {
        match key.downcast::<StrObj>() {
            Some(s) => self.may_hold_hash(s.hash()),
            None => true,
        }
    }

    /// Finds the str key `key` (equal text; str hashing and comparison never
    /// run Python code) without the lock, and runs `f` on the entry found.
    #[inline]
    fn read_str<R>(
        &self,
        owner: &Header,
        key: &Value,
        f: impl FnOnce(&DictData, usize) -> R,
    ) -> Option<R> {
        let s = key.downcast::<StrObj>()?;
        let hash = s.hash();
        // certainly absent: no read protocol, no probe
        if !self.may_hold_hash(hash) {
            return None;
        }
        owner.read(|| {
            // SAFETY: `read` excludes writers while this runs.
            let d = unsafe { &*self.data.get() };
            if d.indices.is_empty() {
                return None;
            }
            let (_, found) = d.probe(hash, |ix| {
                let e = d.entries[ix].as_ref().unwrap();
                e.hash == hash
                    && (e.key.is(key)
                        || e.key
                            .downcast::<StrObj>()
                            .is_some_and(|k| k.as_str() == s.as_str()))
            });
            found.map(|ix| f(d, ix))
        })
    }

    /// The value at entry `ix` if its key is `key` itself (the same interned
    /// str object): an attribute read through a cached hint, no hashing.
    #[inline]
    pub fn get_at(&self, owner: &Header, ix: usize, key: &Value) -> Option<Value> {
        owner.read(|| {
            // SAFETY: `read` excludes writers while this runs.
            let d = unsafe { &*self.data.get() };
            match d.entries.get(ix) {
                Some(Some(e)) if e.key.is(key) => Some(e.value.clone()),
                _ => None,
            }
        })
    }

    /// Replaces the value at entry `ix` if its key is `key` itself; gives
    /// the value back otherwise (the caller takes the general path).
    #[inline(always)]
    pub fn set_at(
        &self,
        owner: &Header,
        ix: usize,
        key: &Value,
        value: Value,
    ) -> Result<(), Value> {
        let r = self.locked(owner, |d| match d.entries.get_mut(ix) {
            Some(Some(e)) if e.key.is(key) => {
                let old = std::mem::replace(&mut e.value, value);
                self.bump_value();
                Ok(old)
            }
            _ => Err(value),
        });
        // the old value is dropped outside the lock (dropping may free objects)
        match r {
            Ok(old) => {
                crate::value::release(old);
                Ok(())
            }
            Err(v) => Err(v),
        }
    }

    pub fn set(&self, owner: &Header, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(owner, vm, key, hash, value)
    }

    pub fn set_hashed(
        &self,
        owner: &Header,
        vm: &Vm,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let mut kv = Some((key, value));
        let old = self.lookup_then(owner, vm, &kv.as_ref().unwrap().0.clone(), hash, |d, f| {
            let (key, value) = kv.take().unwrap();
            match f {
                Found::Yes(_, ix) => {
                    let old = std::mem::replace(&mut d.entries[ix].as_mut().unwrap().value, value);
                    self.bump_value();
                    Some(old)
                }
                Found::No => {
                    self.note_key(hash);
                    d.insert_new(hash, key, value);
                    self.bump();
                    None
                }
            }
        })?;
        drop(old); // outside the lock: dropping may free objects
        Ok(())
    }

    /// Replaces the value of `key` if it is present, giving back the old
    /// value; gives `value` back (`Err`) if the key is absent.
    pub fn replace_existing(
        &self,
        owner: &Header,
        vm: &Vm,
        key: &Value,
        value: Value,
    ) -> PyResult<Result<Value, Value>> {
        let hash = vm.hash(key)?;
        let mut value = Some(value);
        let old = self.lookup_then(owner, vm, key, hash, |d, f| match f {
            Found::Yes(_, ix) => {
                let v = value.take()?;
                let old = std::mem::replace(&mut d.entries[ix].as_mut()?.value, v);
                self.bump_value();
                Some(old)
            }
            Found::No => None,
        })?;
        Ok(match (old, value) {
            (Some(old), _) => Ok(old),
            (None, Some(v)) => Err(v),
            // unreachable: the value is taken only when replaced
            (None, None) => Err(Value::none()),
        })
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, owner: &Header, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        let e = self.lookup_then(owner, vm, key, hash, |d, f| match f {
            Found::Yes(slot, ix) => {
                self.bump();
                Some(d.remove_at(slot, ix))
            }
            Found::No => None,
        })?;
        Ok(e.map(|e| e.value))
    }

    pub fn clear(&self, owner: &Header) {
        let old = self.locked(owner, |d| {
            self.bump();
            std::mem::take(d)
        });
        drop(old);
    }

    /// A snapshot of the items, in order.
    pub fn items(&self, owner: &Header) -> Vec<(Value, Value)> {
        self.locked(owner, |d| {
            d.entries
                .iter()
                .flatten()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    pub fn keys(&self, owner: &Header) -> Vec<Value> {
        self.locked(owner, |d| {
            d.entries.iter().flatten().map(|e| e.key.clone()).collect()
        })
    }

    pub fn values(&self, owner: &Header) -> Vec<Value> {
        self.locked(owner, |d| {
            d.entries
                .iter()
                .flatten()
                .map(|e| e.value.clone())
                .collect()
        })
    }

    /// Items with their hashes (for copying without re-hashing).
    pub fn hashed_items(&self, owner: &Header) -> Vec<(i64, Value, Value)> {
        self.locked(owner, |d| {
            d.entries
                .iter()
                .flatten()
                .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    /// The entry at or after position `pos` in insertion order, with the next
    /// position, for iterators. Also returns the current length.
    pub fn entry_from(&self, owner: &Header, pos: usize) -> (usize, Option<(usize, Value, Value)>) {
        self.locked(owner, |d| {
            let mut i = pos;
            while i < d.entries.len() {
                if let Some(e) = &d.entries[i] {
                    return (d.used, Some((i + 1, e.key.clone(), e.value.clone())));
                }
                i += 1;
            }
            (d.used, None)
        })
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&self, owner: &Header) -> Option<(Value, Value)> {
        let e = self.locked(owner, |d| {
            let ix = d.entries.iter().rposition(|e| e.is_some())?;
            let hash = d.entries[ix].as_ref().unwrap().hash;
            let slot = d.slot_of(hash, ix);
            self.bump();
            let e = d.remove_at(slot, ix);
            // trailing deleted entries can go
            while matches!(d.entries.last(), Some(None)) {
                d.entries.pop();
            }
            Some(e)
        })?;
        Some((e.key, e.value))
    }

    /// Inserts items known to have distinct keys not yet present (copies).
    /// A copy of the table, compacted (insertion order kept, no deleted
    /// entries), and the key filter: the values are shared, only their
    /// counts change, so no Python code runs and no key is hashed or
    /// compared again (`dict.copy()`, `dict(d)`, `{**d}`).
    fn copy_table(&self, owner: &Header) -> (DictData, u64) {
        let data = self.locked(owner, |d| {
            if d.used == d.entries.len() {
                return DictData {
                    indices: d.indices.clone(),
                    entries: d.entries.clone(),
                    used: d.used,
                };
            }
            let mut n = DictData::default();
            n.resize(d.used);
            for e in d.entries.iter().flatten() {
                let slot = n.find_empty_slot(e.hash);
                n.indices[slot] = n.entries.len() as i32;
                n.entries.push(Some(e.clone()));
            }
            n.used = d.used;
            n
        });
        (data, self.key_bloom.load(Ordering::Relaxed))
    }

    /// Makes `data` this dict's table if the dict is empty (its old table
    /// then holds no values); false, changing nothing, otherwise.
    fn adopt_if_empty(&self, owner: &Header, data: DictData, bloom: u64) -> bool {
        let old = self.locked(owner, |d| {
            if d.used != 0 {
                return None;
            }
            let old = std::mem::replace(d, data);
            self.key_bloom.fetch_or(bloom, Ordering::Release);
            self.bump();
            Some(old)
        });
        old.is_some()
    }

    pub fn insert_hashed_unique(&self, owner: &Header, items: Vec<(i64, Value, Value)>) {
        self.locked(owner, |d| {
            for (h, k, v) in items {
                self.note_key(h);
                d.insert_new(h, k, v);
            }
            self.bump();
        });
    }
}

// ---------------------------------------------------------------------------
// dict objects

pub type DictRef = Obj<DictObj>;

impl Obj<DictObj> {
    pub fn get_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        self.data.get(&self.header, vm, key)
    }
    pub fn set_item(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        self.data.set(&self.header, vm, key, value)
    }
    pub fn del_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        self.data.remove(&self.header, vm, key)
    }
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        self.data.get_str(&self.header, key)
    }
    /// See [`DictObj::may_hold_str`].
    #[inline(always)]
    pub fn may_hold_str(&self, key: &Value) -> bool {
        self.data.may_hold_str(key)
    }
    /// See [`DictObj::index_of_str`].
    pub fn index_of_str(&self, key: &Value) -> Option<usize> {
        self.data.index_of_str(&self.header, key)
    }
    /// See [`DictObj::get_at`].
    #[inline]
    pub fn get_at(&self, ix: usize, key: &Value) -> Option<Value> {
        self.data.get_at(&self.header, ix, key)
    }
    /// See [`DictObj::set_at`].
    #[inline(always)]
    pub fn set_at(&self, ix: usize, key: &Value, value: Value) -> Result<(), Value> {
        self.data.set_at(&self.header, ix, key, value)
    }
    /// Sets a str-keyed item (str hashing and comparison never fail).
    pub fn set_str(&self, vm: &Vm, key: &str, value: Value) {
        let k = types::str::intern(key);
        let _ = self.set_item(vm, k, value);
    }
    pub fn get_by_str(&self, key: &str) -> Option<Value> {
        self.get_str(&types::str::intern(key))
    }
    pub fn len(&self) -> usize {
        self.data.len(&self.header)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.data.items(&self.header)
    }
    pub fn keys(&self) -> Vec<Value> {
        self.data.keys(&self.header)
    }
    pub fn values(&self) -> Vec<Value> {
        self.data.values(&self.header)
    }
    pub fn clear(&self) {
        self.data.clear(&self.header)
    }
}

/// A new empty dict.
pub fn new_dict() -> Value {
    crate::object::alloc(types::types().dict, DictObj::new())
}

/// A new dict of the given subclass (or dict itself).
pub fn new_dict_of_type(vm: &Vm, cls: &Obj<crate::object::TypeObj>) -> PyResult<Value> {
    if std::ptr::eq(cls, types::types().dict) {
        Ok(new_dict())
    } else {
        types::typeobj::alloc_instance(vm, cls, DictObj::new())
    }
}

/// Borrows `v` as a dict (any subclass).
pub fn as_dict(v: &Value) -> Option<&Obj<DictObj>> {
    v.downcast::<DictObj>()
}

// ---------------------------------------------------------------------------
// views

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictViewObj {
    pub dict: Value,
    pub kind: ViewKind,
}

pub fn new_view(dict: Value, kind: ViewKind) -> Value {
    let t = types::types();
    let ty = match kind {
        ViewKind::Keys => t.dict_keys,
        ViewKind::Values => t.dict_values,
        ViewKind::Items => t.dict_items,
    };
    crate::object::alloc(ty, DictViewObj { dict, kind })
}

/// `type.__dict__`: a read-only view of a class namespace.
pub struct MappingProxyObj {
    pub target: Value,
}

/// Raises the error CPython gives when a dict changes size while iterated.
pub fn changed_size_error() -> PyErr {
    error::runtime_error("dictionary changed size during iteration")
}

// ---------------------------------------------------------------------------
// dict methods

use crate::runtime::args;
use crate::runtime::ops;
use crate::types::int::int_from_i64;
use crate::types::str::new_str;
use crate::types::typeobj::TypeObj;
use crate::types::Registry;
use specializer::{BinOp, CmpOp};

fn dd(v: &Value) -> &Obj<DictObj> {
    as_dict(v).expect("dict")
}

/// Merges `src` (a mapping with keys(), or an iterable of pairs) into `dst`.
pub fn dict_update_from(vm: &Vm, dst: &Value, src: &Value) -> PyResult<()> {
    let d = dd(dst);
    if let Some(s) = as_dict(src) {
        if src.ty().is_builtin()
            || src.ty().lookup(crate::name!("__iter__")).is_some_and(|f| {
                types::types()
                    .dict
                    .lookup(crate::name!("__iter__"))
                    .is_some_and(|g| g.is(&f))
            })
        {
            if d.is_empty() && !dst.is(src) {
                let (data, bloom) = s.data.copy_table(&s.header);
                if d.data.adopt_if_empty(&d.header, data, bloom) {
                    return Ok(());
                }
            }
            for (k, v) in s.items() {
                d.set_item(vm, k, v)?;
            }
            return Ok(());
        }
    }
    if vm.getattr_opt(src, "keys")?.is_some() {
        let keys = vm.call_method(src, "keys", &[])?;
        for k in vm.iterate(&keys)? {
            let v = vm.getitem(src, &k)?;
            d.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.iterate(&item) {
            Ok(p) => p,
            Err(e) if e.matches(types::types().exc.type_error) => {
                return Err(error::type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(error::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let k = p.next().unwrap();
        let v = p.next().unwrap();
        d.set_item(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    new_dict_of_type(vm, cls)
}
fn dict_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_init")?;
    let (pos, kws) = args::split_kwargs(&args[1..], kw);
    if pos.len() > 1 {
        return Err(error::type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        dict_update_from(vm, &args[0], src)?;
    }
    let d = dd(&args[0]);
    for (k, v) in kws {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(Value::none())
}
fn dict_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_repr")?;
    let items = dd(&args[0]).items();
    if items.is_empty() {
        return Ok(new_str("{}".into()));
    }
    let r = ops::repr_guard(&args[0], || {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr_string(k)?);
            s.push_str(": ");
            s.push_str(&vm.repr_string(v)?);
        }
        s.push('}');
        Ok(s)
    })?;
    Ok(new_str(r.unwrap_or_else(|| "{...}".into())))
}
fn dict_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_len")?;
    Ok(int_from_i64(dd(&args[0]).len() as i64))
}
fn dict_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "dict_getitem")?;
    match dd(&args[0]).get_item(vm, &args[1])? {
        Some(v) => Ok(v),
        None => {
            if !args[0].ty().is_builtin() {
                if let Some(m) = args[0].ty().lookup(crate::name!("__missing__")) {
                    return vm.call_method_descr_or_fn(
                        &m,
                        &[args[0].clone(), args[1].clone()],
                        None,
                    );
                }
            }
            Err(error::key_error(args[1].clone()))
        }
    }
}
fn dict_setitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "dict_setitem")?;
    dd(&args[0]).set_item(vm, args[1].clone(), args[2].clone())?;
    Ok(Value::none())
}
fn dict_delitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "dict_delitem")?;
    match dd(&args[0]).del_item(vm, &args[1])? {
        Some(_) => Ok(Value::none()),
        None => Err(error::key_error(args[1].clone())),
    }
}
fn dict_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "dict_contains")?;
    Ok(Value::bool(dd(&args[0]).get_item(vm, &args[1])?.is_some()))
}
fn dict_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_iter")?;
    Ok(crate::types::iter::new_dict_iter(
        args[0].clone(),
        ViewKind::Keys,
    ))
}
fn dict_keys(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_keys")?;
    Ok(new_view(args[0].clone(), ViewKind::Keys))
}
fn dict_values(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_values")?;
    Ok(new_view(args[0].clone(), ViewKind::Values))
}
fn dict_items(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_items")?;
    Ok(new_view(args[0].clone(), ViewKind::Items))
}
fn dict_get(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "get", 1, 2)?;
    Ok(dd(&args[0])
        .get_item(vm, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(Value::none)))
}
fn dict_setdefault(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "setdefault", 1, 2)?;
    let d = dd(&args[0]);
    if let Some(v) = d.get_item(vm, &args[1])? {
        return Ok(v);
    }
    let dflt = args.get(2).cloned().unwrap_or_else(Value::none);
    d.set_item(vm, args[1].clone(), dflt.clone())?;
    Ok(dflt)
}
fn dict_pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "pop", 1, 2)?;
    match dd(&args[0]).del_item(vm, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(error::key_error(args[1].clone())),
        },
    }
}
fn dict_popitem(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_popitem")?;
    match dd(&args[0]).data.pop_last(&dd(&args[0]).header) {
        Some((k, v)) => Ok(crate::types::tuple::new_tuple_from([k, v])),
        None => Err(error::key_error_msg("popitem(): dictionary is empty")),
    }
}
fn dict_update(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    dict_init(vm, args, kw)
}
fn dict_clear(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_clear")?;
    dd(&args[0]).clear();
    Ok(Value::none())
}
/// A shallow copy of a dict as a plain dict.
pub fn dict_copy_value(d: &Value) -> Value {
    let src = dd(d);
    let (data, bloom) = src.data.copy_table(&src.header);
    let d = DictObj::new();
    d.key_bloom.store(bloom, Ordering::Relaxed);
    // SAFETY: `d` is not shared yet: nothing else can reach its table.
    unsafe { *d.data.get() = data };
    crate::object::alloc(types::types().dict, d)
}
fn dict_copy(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_copy")?;
    Ok(dict_copy_value(&args[0]))
}
fn dict_fromkeys(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "fromkeys", 1, 2)?;
    let d = vm.call(&args[0], &[])?;
    let v = args.get(2).cloned().unwrap_or_else(Value::none);
    for k in vm.iterate(&args[1])? {
        vm.setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}
fn dict_reversed(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dict_reversed")?;
    let keys = dd(&args[0]).keys();
    let l = crate::types::list::new_list(keys.into_iter().rev().collect());
    Ok(crate::types::iter::new_seq_iter(
        types::types().list_iterator,
        l,
    ))
}
fn dict_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(Value::not_implemented());
    };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(Value::not_implemented());
    }
    let eq = dicts_equal(vm, x, y)?;
    Ok(Value::bool(if op == CmpOp::Eq { eq } else { !eq }))
}
fn dicts_equal(vm: &Vm, x: &Obj<DictObj>, y: &Obj<DictObj>) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, v) in x.items() {
        match y.get_item(vm, &k)? {
            Some(w) => {
                if !ops::eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
fn dict_or(vm: &Vm, a: &Value, b: &Value, _op: BinOp) -> PyResult<Value> {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(Value::not_implemented());
    }
    let n = if a.ty().is_builtin() {
        dict_copy_value(a)
    } else {
        vm.call_method(a, "copy", &[])?
    };
    dict_update_from(vm, &n, b)?;
    Ok(n)
}
fn dict_ior(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "dict_ior")?;
    dict_update_from(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}

// views

fn view(v: &Value) -> &Obj<DictViewObj> {
    v.downcast::<DictViewObj>().unwrap()
}
fn view_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "view_len")?;
    Ok(int_from_i64(dd(&view(&args[0]).dict).len() as i64))
}
fn view_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "view_iter")?;
    let v = view(&args[0]);
    Ok(crate::types::iter::new_dict_iter(v.dict.clone(), v.kind))
}
fn view_reversed(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "view_reversed")?;
    let v = view(&args[0]);
    let items = view_items(v);
    let l = crate::types::list::new_list(items.into_iter().rev().collect());
    Ok(crate::types::iter::new_seq_iter(
        types::types().list_iterator,
        l,
    ))
}
/// The items a view shows, in order.
pub fn view_items(v: &Obj<DictViewObj>) -> Vec<Value> {
    let d = dd(&v.dict);
    match v.kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d
            .items()
            .into_iter()
            .map(|(k, x)| crate::types::tuple::new_tuple_from([k, x]))
            .collect(),
    }
}
fn view_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "view_contains")?;
    let v = view(&args[0]);
    let d = dd(&v.dict);
    Ok(Value::bool(match v.kind {
        ViewKind::Keys => d.get_item(vm, &args[1])?.is_some(),
        ViewKind::Values => {
            let mut found = false;
            for x in d.values() {
                if ops::eq(vm, &x, &args[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        ViewKind::Items => match crate::types::tuple::as_tuple(&args[1]) {
            Some([k, x]) => match d.get_item(vm, k)? {
                Some(w) => ops::eq(vm, &w, x)?,
                None => false,
            },
            _ => false,
        },
    }))
}
fn view_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "view_repr")?;
    let v = view(&args[0]);
    let name = args[0].ty().name();
    let items = view_items(v);
    let r = ops::repr_guard(&args[0], || {
        crate::types::tuple::repr_items(vm, &items, "([", "])")
    })?;
    Ok(new_str(format!(
        "{}{}",
        name,
        r.unwrap_or_else(|| "(...)".into())
    )))
}
fn view_setop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    // set operations on key/item views produce sets
    let to_set = |x: &Value| -> PyResult<Value> {
        if let Some(v) = x.downcast::<DictViewObj>() {
            crate::types::set::new_set(vm, view_items(v))
        } else {
            let items = vm.iterate(x)?;
            crate::types::set::new_set(vm, items)
        }
    };
    let sa = match to_set(a) {
        Ok(s) => s,
        Err(_) => return Ok(Value::not_implemented()),
    };
    let sb = match to_set(b) {
        Ok(s) => s,
        Err(_) => return Ok(Value::not_implemented()),
    };
    ops::binary_op(vm, &sa, &sb, op)
}
fn view_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let va = view(a);
    if va.kind == ViewKind::Values {
        return Ok(Value::not_implemented());
    }
    let sa = crate::types::set::new_set(vm, view_items(va))?;
    let sb = match b.downcast::<DictViewObj>() {
        Some(vb) if vb.kind != ViewKind::Values => crate::types::set::new_set(vm, view_items(vb))?,
        _ if b.kind() == crate::object::Kind::Set => b.clone(),
        _ => return Ok(Value::not_implemented()),
    };
    ops::compare(vm, &sa, &sb, op)
}
fn view_isdisjoint(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "view_isdisjoint")?;
    let items = view_items(view(&args[0]));
    for x in vm.iterate(&args[1])? {
        for y in &items {
            if ops::eq(vm, &x, y)? {
                return Ok(Value::bool(false));
            }
        }
    }
    Ok(Value::bool(true))
}
fn view_mapping(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::object::alloc(
        types::types().mappingproxy,
        MappingProxyObj {
            target: view(v).dict.clone(),
        },
    ))
}

// mappingproxy: a class namespace or a dict, read-only

fn proxy_items(v: &Value) -> Vec<(Value, Value)> {
    let t = &v.downcast::<MappingProxyObj>().unwrap().target;
    if let Some(ty) = t.downcast::<TypeObj>() {
        ty.data.dict.items(&ty.header)
    } else if let Some(d) = as_dict(t) {
        d.items()
    } else {
        Vec::new()
    }
}
fn proxy_get_item(vm: &Vm, v: &Value, k: &Value) -> PyResult<Option<Value>> {
    let t = &v.downcast::<MappingProxyObj>().unwrap().target;
    if let Some(ty) = t.downcast::<TypeObj>() {
        ty.data.dict.get(&ty.header, vm, k)
    } else if let Some(d) = as_dict(t) {
        d.get_item(vm, k)
    } else {
        vm.getitem(t, k).map(Some)
    }
}
fn proxy_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "proxy_getitem")?;
    proxy_get_item(vm, &args[0], &args[1])?.ok_or_else(|| error::key_error(args[1].clone()))
}
fn proxy_get(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "index")?;
    Ok(proxy_get_item(vm, &args[0], &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_else(Value::none)))
}
fn proxy_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "proxy_contains")?;
    Ok(Value::bool(
        proxy_get_item(vm, &args[0], &args[1])?.is_some(),
    ))
}
fn proxy_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "proxy_len")?;
    Ok(int_from_i64(proxy_items(&args[0]).len() as i64))
}
fn proxy_snapshot(args: &[Value]) -> Value {
    let d = new_dict();
    let dv = dd(&d);
    let vm = Vm::current();
    for (k, v) in proxy_items(&args[0]) {
        let _ = dv.set_item(&vm, k, v);
    }
    d
}
fn proxy_iter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    vm.iter(&proxy_snapshot(args))
}
fn proxy_keys(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_view(proxy_snapshot(args), ViewKind::Keys))
}
fn proxy_values(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_view(proxy_snapshot(args), ViewKind::Values))
}
fn proxy_items_m(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_view(proxy_snapshot(args), ViewKind::Items))
}
fn proxy_copy(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(proxy_snapshot(args))
}
fn proxy_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = proxy_snapshot(args);
    let r = vm.repr_string(&d)?;
    Ok(new_str(format!("mappingproxy({})", r)))
}
fn proxy_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let _ = vm;
    let target = args.get(1).cloned().ok_or_else(|| {
        error::type_error("mappingproxy() missing required argument 'mapping' (pos 1)")
    })?;
    Ok(crate::object::alloc(
        types::types().mappingproxy,
        MappingProxyObj { target },
    ))
}

pub(crate) fn init(t: &Registry) {
    let d = t.dict;
    d.add_new(dict_new);
    d.add_method("__init__", dict_init);
    d.add_method("__repr__", dict_repr);
    d.add_method("__len__", dict_len);
    d.add_method("__getitem__", dict_getitem);
    d.add_method("__setitem__", dict_setitem);
    d.add_method("__delitem__", dict_delitem);
    d.add_method("__contains__", dict_contains);
    d.add_method("__iter__", dict_iter);
    d.add_method("__reversed__", dict_reversed);
    d.add_method("__ior__", dict_ior);
    d.add_method("keys", dict_keys);
    d.add_method("values", dict_values);
    d.add_method("items", dict_items);
    d.add_method("get", dict_get);
    d.add_method("setdefault", dict_setdefault);
    d.add_method("pop", dict_pop);
    d.add_method("popitem", dict_popitem);
    d.add_method("update", dict_update);
    d.add_method("clear", dict_clear);
    d.add_method("copy", dict_copy);
    d.add_classmethod("fromkeys", dict_fromkeys);
    d.add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
    d.set_attr_raw("__hash__", Value::none());
    use crate::types::function::NativeImpl;
    d.add_impl("__or__", NativeImpl::BinOp(dict_or, BinOp::Or, false));
    d.add_impl("__ror__", NativeImpl::BinOp(dict_or, BinOp::Or, true));
    crate::types::int::add_richcmp(d, dict_richcmp);

    for vt in [t.dict_keys, t.dict_values, t.dict_items] {
        vt.add_method("__len__", view_len);
        vt.add_method("__iter__", view_iter);
        vt.add_method("__reversed__", view_reversed);
        vt.add_method("__contains__", view_contains);
        vt.add_method("__repr__", view_repr);
        vt.add_getset("mapping", view_mapping, None);
        if !std::ptr::eq(vt, t.dict_values) {
            for (op, n, r) in [
                (BinOp::And, "__and__", "__rand__"),
                (BinOp::Or, "__or__", "__ror__"),
                (BinOp::Subtract, "__sub__", "__rsub__"),
                (BinOp::Xor, "__xor__", "__rxor__"),
            ] {
                vt.add_impl(n, NativeImpl::BinOp(view_setop, op, false));
                vt.add_impl(r, NativeImpl::BinOp(view_setop, op, true));
            }
            crate::types::int::add_richcmp(vt, view_richcmp);
            vt.add_method("isdisjoint", view_isdisjoint);
            vt.set_attr_raw("__hash__", Value::none());
        }
    }
    let p = t.mappingproxy;
    p.add_new(proxy_new);
    p.add_method("__getitem__", proxy_getitem);
    p.add_method("get", proxy_get);
    p.add_method("__contains__", proxy_contains);
    p.add_method("__len__", proxy_len);
    p.add_method("__iter__", proxy_iter);
    p.add_method("keys", proxy_keys);
    p.add_method("values", proxy_values);
    p.add_method("items", proxy_items_m);
    p.add_method("copy", proxy_copy);
    p.add_method("__repr__", proxy_repr);
}
