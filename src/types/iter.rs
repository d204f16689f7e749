//! Iterators: the index-based sequence iterator (list, tuple, str, and any
//! object with `__getitem__`), and native iterators driven by a Rust state
//! machine (dict and set iteration, `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, `iter(callable, sentinel)`).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::object::{self, Kind};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::{as_dict, ViewKind};
use crate::types::int::int_from_i64;
use crate::types::str::StrObj;
use crate::types::tuple::new_tuple;
use crate::types::typeobj::TypeObj;
use crate::types::{types, Registry, TypeRef};
use crate::value::Value;

pub struct SeqIterObj {
    /// The sequence.
    seq: Value,
    /// Set once the iterator is exhausted (it then stays exhausted).
    done: std::sync::atomic::AtomicBool,
    /// Next index (code points for str).
    index: AtomicUsize,
    /// For str: byte offset of `index`.
    byte: AtomicUsize,
    /// Iterate backwards (list_reverseiterator): `index` counts down, offset by one.
    reverse: bool,
}

/// Offsets, from the object's start, of a sequence iterator's sequence,
/// next index, done flag and reverse flag (for compiled code, which
/// advances a `list_iterator` in place while object locking is off).
pub const SEQ_ITER_SEQ_OFFSET: usize =
    std::mem::offset_of!(object::Obj<SeqIterObj>, data) + std::mem::offset_of!(SeqIterObj, seq);
pub const SEQ_ITER_INDEX_OFFSET: usize =
    std::mem::offset_of!(object::Obj<SeqIterObj>, data) + std::mem::offset_of!(SeqIterObj, index);
pub const SEQ_ITER_DONE_OFFSET: usize =
    std::mem::offset_of!(object::Obj<SeqIterObj>, data) + std::mem::offset_of!(SeqIterObj, done);
pub const SEQ_ITER_REVERSE_OFFSET: usize =
    std::mem::offset_of!(object::Obj<SeqIterObj>, data) + std::mem::offset_of!(SeqIterObj, reverse);

pub fn new_seq_iter(ty: TypeRef, seq: Value) -> Value {
    object::alloc(
        ty,
        SeqIterObj {
            seq,
            done: std::sync::atomic::AtomicBool::new(false),
            index: AtomicUsize::new(0),
            byte: AtomicUsize::new(0),
            reverse: false,
        },
    )
}

/// A reverse iterator over a list of `len` items.
pub fn new_reverse_iter(seq: Value, len: usize) -> Value {
    object::alloc(
        types().list_reverseiterator,
        SeqIterObj {
            seq,
            done: std::sync::atomic::AtomicBool::new(false),
            index: AtomicUsize::new(len),
            byte: AtomicUsize::new(0),
            reverse: true,
        },
    )
}

/// Next item of a sequence iterator.
/// The sequence a list/tuple/str iterator walks.
pub fn seq_iter_sequence(it: &Value) -> Option<&Value> {
    it.downcast::<SeqIterObj>().map(|s| &s.seq)
}

/// The next item of a forward iterator over an exact list or tuple (`FOR_ITER_LIST`,
/// `FOR_ITER_TUPLE`, which checked `it` is a `SeqIter` over one): `None`
/// when exhausted. Inline, no Python code can run.
///
/// # Safety
/// `it` is a `SeqIter` whose sequence is an exact list (`list`) or an exact
/// tuple (not `list`).
#[inline(always)]
pub unsafe fn seq_iter_next_exact(vm: &Vm, it: &Value, list: bool) -> PyResult<Option<Value>> {
    // SAFETY: caller contract.
    let si = unsafe { it.downcast_unchecked::<SeqIterObj>() };
    if si.reverse || si.done.load(Ordering::Relaxed) {
        return seq_iter_next(vm, it);
    }
    let i = si.index.load(Ordering::Relaxed);
    let r = if list {
        // SAFETY: caller contract: the sequence is an exact list.
        unsafe { si.seq.downcast_unchecked::<crate::types::list::ListObj>() }.get(i)
    } else {
        crate::types::tuple::as_slice(&si.seq).get(i).cloned()
    };
    match &r {
        Some(_) => si.index.store(i + 1, Ordering::Relaxed),
        None => si.done.store(true, Ordering::Relaxed),
    }
    Ok(r)
}

pub fn seq_iter_next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    let si = it.downcast::<SeqIterObj>().unwrap();
    if si.done.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let seq = &si.seq;
    let i = si.index.load(Ordering::Relaxed);
    let r = if si.reverse {
        if i == 0 {
            None
        } else {
            let l = seq.downcast::<crate::types::list::ListObj>().unwrap();
            let n = l.len();
            let j = i.min(n);
            if j == 0 {
                None
            } else {
                si.index.store(j - 1, Ordering::Relaxed);
                l.get(j - 1)
            }
        }
    } else {
        match seq.kind() {
            Kind::List if seq.ty().is_builtin() || it.is_exact(types().list_iterator) => {
                let r = seq
                    .downcast::<crate::types::list::ListObj>()
                    .unwrap()
                    .get(i);
                si.index.store(i + 1, Ordering::Relaxed);
                r
            }
            Kind::Tuple if it.is_exact(types().tuple_iterator) => {
                let t = crate::types::tuple::as_slice(&seq);
                si.index.store(i + 1, Ordering::Relaxed);
                t.get(i).cloned()
            }
            Kind::Str if it.is_exact(types().str_iterator) => {
                let s = seq.downcast::<StrObj>().unwrap();
                let b = si.byte.load(Ordering::Relaxed);
                let text = s.as_str();
                match text[b..].chars().next() {
                    Some(c) => {
                        si.byte.store(b + c.len_utf8(), Ordering::Relaxed);
                        si.index.store(i + 1, Ordering::Relaxed);
                        Some(crate::types::str::char_str(c))
                    }
                    None => None,
                }
            }
            Kind::Bytes if it.is_exact(types().bytes_iterator) => {
                let b = seq.downcast::<crate::types::bytes::BytesObj>().unwrap();
                let r = b.as_slice().get(i).map(|&x| Value::small(x as i64));
                si.index.store(i + 1, Ordering::Relaxed);
                r
            }
            _ => {
                // the generic protocol: seq[i] until IndexError / StopIteration
                match vm.getitem(&seq, &int_from_i64(i as i64)) {
                    Ok(v) => {
                        si.index.store(i + 1, Ordering::Relaxed);
                        Some(v)
                    }
                    Err(e)
                        if e.matches(types().exc.index_error)
                            || e.matches(types().exc.stop_iteration) =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    };
    if r.is_none() {
        si.done.store(true, Ordering::Relaxed);
    }
    Ok(r)
}

/// State of a native iterator.
pub trait NativeIter: Send {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>>;
    fn length_hint(&self) -> Option<usize> {
        None
    }
    /// `__reduce__`-free introspection: the objects it holds (for a future collector).
    fn describe(&self) -> &'static str {
        "iterator"
    }
}

/// A native iterator: its state, and a flag that one thread at a time
/// holds while it advances the state (`busy`). `next` may run Python code
/// (`map`'s function, a wrapped iterator's `__next__`), which may re-enter
/// the same iterator or hand it to another thread: either finds the flag set
/// and raises instead of touching the state.
pub struct NativeIterObj {
    busy: AtomicBool,
    state: UnsafeCell<Box<dyn NativeIter>>,
}

// SAFETY: `state` is only touched by the thread that set `busy` (see
// `NativeIterObj::with_state`), and `NativeIter: Send`.
unsafe impl Sync for NativeIterObj {}

impl NativeIterObj {
    fn new(st: Box<dyn NativeIter>) -> NativeIterObj {
        NativeIterObj {
            busy: AtomicBool::new(false),
            state: UnsafeCell::new(st),
        }
    }

    /// Runs `f` on the state, holding `busy`; `None` if it is held already
    /// (by this thread further up the stack, or by another).
    #[inline]
    fn with_state<R>(&self, f: impl FnOnce(&mut dyn NativeIter) -> R) -> Option<R> {
        // While one thread at a time runs Python code (no object locking:
        // one thread, or the global lock, which is never handed over
        // between two Rust statements), no other thread can take the flag
        // between this load and store; a
        // thread started later (by code `f` runs) synchronizes with this
        // one when it starts, and sees the flag set.
        if crate::object::header::object_locking() {
            if self.busy.swap(true, Ordering::Acquire) {
                return None;
            }
        } else {
            if self.busy.load(Ordering::Relaxed) {
                return None;
            }
            self.busy.store(true, Ordering::Relaxed);
        }
        // SAFETY: this thread set `busy` above, so no other reference to
        // the state exists until it is cleared below.
        let r = f(unsafe { &mut **self.state.get() });
        self.busy.store(false, Ordering::Release);
        Some(r)
    }
}

pub fn new_native_iter(ty: TypeRef, st: Box<dyn NativeIter>) -> Value {
    object::alloc(ty, NativeIterObj::new(st))
}

/// Allocates a native iterator of a (possibly user-derived) class.
pub fn new_native_iter_of(
    vm: &Vm,
    cls: &crate::object::Obj<TypeObj>,
    st: Box<dyn NativeIter>,
) -> PyResult<Value> {
    crate::types::typeobj::alloc_instance(vm, cls, NativeIterObj::new(st))
}

/// Advances a native iterator. Re-entering the same iterator while it
/// advances (from Python code it runs, or from another thread) raises
/// instead of deadlocking.
pub fn native_iter_next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(ni) = it.downcast::<NativeIterObj>() else {
        return Err(error::type_error("descriptor requires a native iterator"));
    };
    match ni.with_state(|st| st.next(vm)) {
        Some(r) => r,
        None => Err(error::value_error("generator already executing")),
    }
}

fn ni_next(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ni_next")?;
    match native_iter_next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(error::stop_iteration(Value::none())),
    }
}
fn iter_self(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "iter_self")?;
    Ok(args[0].clone())
}
fn si_next(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "si_next")?;
    match seq_iter_next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(error::stop_iteration(Value::none())),
    }
}
fn si_length_hint(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "si_length_hint")?;
    let si = args[0].downcast::<SeqIterObj>().unwrap();
    let seq = if si.done.load(Ordering::Relaxed) {
        None
    } else {
        Some(si.seq.clone())
    };
    let i = si.index.load(Ordering::Relaxed);
    Ok(int_from_i64(match seq {
        None => 0,
        Some(s) => {
            if si.reverse {
                i as i64
            } else {
                (vm.len(&s).unwrap_or(0) as i64 - i as i64).max(0)
            }
        }
    }))
}
fn ni_length_hint(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ni_length_hint")?;
    let Some(ni) = args[0].downcast::<NativeIterObj>() else {
        return Err(error::type_error("descriptor requires a native iterator"));
    };
    let h = ni.with_state(|s| s.length_hint()).flatten().unwrap_or(0);
    Ok(int_from_i64(h as i64))
}

// ---- dict iteration -------------------------------------------------------

struct DictIter {
    dict: Value,
    pos: usize,
    len: usize,
    kind: ViewKind,
    done: bool,
    /// The last item pair (`recycled_pair`).
    pair: Option<Value>,
}

impl NativeIter for DictIter {
    fn next(&mut self, _vm: &Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let d = as_dict(&self.dict).unwrap();
        let (len, e) = d.data.entry_from(&d.header, self.pos);
        if len != self.len {
            self.done = true;
            return Err(crate::types::dict::changed_size_error());
        }
        match e {
            Some((next, k, v)) => {
                self.pos = next;
                Ok(Some(match self.kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => crate::types::tuple::recycled_pair(&mut self.pair, k, v),
                }))
            }
            None => {
                self.done = true;
                Ok(None)
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        Some(if self.done {
            0
        } else {
            as_dict(&self.dict)
                .unwrap()
                .len()
                .saturating_sub(self.pos.min(self.len))
        })
    }
}

pub fn new_dict_iter(dict: Value, kind: ViewKind) -> Value {
    let len = as_dict(&dict).unwrap().len();
    let ty = match kind {
        ViewKind::Keys => types().dict_keyiterator,
        ViewKind::Values => types().dict_valueiterator,
        ViewKind::Items => types().dict_itemiterator,
    };
    new_native_iter(
        ty,
        Box::new(DictIter {
            dict,
            pos: 0,
            len,
            kind,
            done: false,
            pair: None,
        }),
    )
}

// ---- builtin iterator types ---------------------------------------------

struct Enumerate {
    it: Value,
    count: Value,
    /// The last pair (`recycled_pair`).
    pair: Option<Value>,
}
impl NativeIter for Enumerate {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        match vm.next(&self.it)? {
            Some(v) => {
                let c = self.count.clone();
                self.count = match c.as_small().and_then(|i| Value::try_small(i + 1)) {
                    Some(next) => next,
                    None => crate::runtime::ops::binary_op(
                        vm,
                        &c,
                        &Value::small(1),
                        specializer::BinOp::Add,
                    )?,
                };
                Ok(Some(crate::types::tuple::recycled_pair(
                    &mut self.pair,
                    c,
                    v,
                )))
            }
            None => Ok(None),
        }
    }
}
fn enumerate_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    // `enumerate(x)` (the usual call): no argument parsing
    if let ([_, x], true) = (args, kw.is_none_or(|k| k.is_empty())) {
        let it = vm.iter(x)?;
        return new_native_iter_of(
            vm,
            cls,
            Box::new(Enumerate {
                it,
                count: Value::small(0),
                pair: None,
            }),
        );
    }
    let a = args::parse(&args[1..], kw, "enumerate", &["iterable", "start"], 1)?;
    let it = vm.iter(a[0].as_ref().unwrap())?;
    let count = match &a[1] {
        Some(s) => {
            if s.kind() != Kind::Int {
                return Err(error::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.ty().name()
                )));
            }
            s.clone()
        }
        None => Value::small(0),
    };
    new_native_iter_of(
        vm,
        cls,
        Box::new(Enumerate {
            it,
            count,
            pair: None,
        }),
    )
}

struct Zip {
    its: Vec<Value>,
    strict: bool,
    done: bool,
    /// The last pair of a two-iterator zip (`recycled_pair`).
    pair: Option<Value>,
}
impl Zip {
    /// The end of a zip whose `i`th iterator ran out first: under
    /// `strict=True` an error unless all of them end together.
    fn stop(&mut self, vm: &Vm, i: usize) -> PyResult<Option<Value>> {
        self.done = true;
        if self.strict {
            if i > 0 {
                let plural = if i == 1 { " " } else { "s 1-" };
                return Err(error::value_error(format!(
                    "zip() argument {} is shorter than argument{}{}",
                    i + 1,
                    plural,
                    i
                )));
            }
            for (j, other) in self.its.iter().enumerate().skip(1) {
                if vm.next(other)?.is_some() {
                    let plural = if j == 1 { " " } else { "s 1-" };
                    return Err(error::value_error(format!(
                        "zip() argument {} is longer than argument{}{}",
                        j + 1,
                        plural,
                        j
                    )));
                }
            }
        }
        Ok(None)
    }
}
impl NativeIter for Zip {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        // the usual two iterators: a pair, no vector
        if let [a, b] = &self.its[..] {
            if let Some(x) = vm.next(a)? {
                if let Some(y) = vm.next(b)? {
                    return Ok(Some(crate::types::tuple::recycled_pair(
                        &mut self.pair,
                        x,
                        y,
                    )));
                }
                drop(x);
                return self.stop(vm, 1);
            }
            return self.stop(vm, 0);
        }
        let mut items = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match vm.next(it)? {
                Some(v) => items.push(v),
                None => return self.stop(vm, i),
            }
        }
        Ok(Some(new_tuple(items)))
    }
}
fn zip_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "zip_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let (pos, kws) = args::split_kwargs(&args[1..], kw);
    let mut strict = false;
    for (k, v) in kws {
        if crate::types::str::as_str(k) == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            return Err(error::type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                crate::types::str::as_str(k).unwrap_or("")
            )));
        }
    }
    let mut its = Vec::with_capacity(pos.len());
    for (i, p) in pos.iter().enumerate() {
        match vm.iter(p) {
            Ok(it) => its.push(it),
            Err(e) if e.matches(types().exc.type_error) => {
                return Err(error::type_error(format!(
                    "zip argument #{} must support iteration",
                    i + 1
                )))
            }
            Err(e) => return Err(e),
        }
    }
    new_native_iter_of(
        vm,
        cls,
        Box::new(Zip {
            its,
            strict,
            done: false,
            pair: None,
        }),
    )
}

struct Map {
    f: Value,
    its: Vec<Value>,
}
impl NativeIter for Map {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match vm.next(it)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        vm.call(&self.f, &items).map(Some)
    }
}
fn map_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    if kw.is_some_and(|k| !k.is_empty()) && std::ptr::eq(cls, types().map) {
        return Err(error::type_error("map() takes no keyword arguments"));
    }
    if args.len() < 3 {
        return Err(error::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[2..] {
        its.push(vm.iter(a)?);
    }
    new_native_iter_of(
        vm,
        cls,
        Box::new(Map {
            f: args[1].clone(),
            its,
        }),
    )
}

struct Filter {
    f: Value,
    it: Value,
}
impl NativeIter for Filter {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = vm.next(&self.it)? else {
                return Ok(None);
            };
            let keep = if self.f.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&self.f, std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}
fn filter_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    args::check_positional(&args[1..], kw, "filter", 2, 2)?;
    let it = vm.iter(&args[2])?;
    new_native_iter_of(
        vm,
        cls,
        Box::new(Filter {
            f: args[1].clone(),
            it,
        }),
    )
}

struct Reversed {
    seq: Value,
    next: isize,
}
impl NativeIter for Reversed {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.next < 0 {
            return Ok(None);
        }
        let i = self.next;
        self.next -= 1;
        match vm.getitem(&self.seq, &int_from_i64(i as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.matches(types().exc.index_error) || e.matches(types().exc.stop_iteration) =>
            {
                self.next = -1;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
    fn length_hint(&self) -> Option<usize> {
        Some((self.next + 1).max(0) as usize)
    }
}
fn reversed_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    args::check_positional(&args[1..], kw, "reversed", 1, 1)?;
    let seq = &args[1];
    if let Some(r) = vm.call_special(seq, "__reversed__", &[])? {
        return Ok(r);
    }
    if seq.ty().lookup(crate::name!("__getitem__")).is_none() || seq.kind() == Kind::Dict {
        return Err(error::type_error(format!(
            "'{}' object is not reversible",
            seq.ty().name()
        )));
    }
    let n = vm.len(seq)? as isize;
    new_native_iter_of(
        vm,
        cls,
        Box::new(Reversed {
            seq: seq.clone(),
            next: n - 1,
        }),
    )
}

struct CallIter {
    f: Value,
    sentinel: Value,
    done: bool,
}
impl NativeIter for CallIter {
    fn next(&mut self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let v = match vm.call(&self.f, &[]) {
            Ok(v) => v,
            Err(e) if e.matches(types().exc.stop_iteration) => {
                self.done = true;
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if crate::runtime::ops::eq(vm, &v, &self.sentinel)? {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(v))
    }
}
pub fn new_callable_iter(f: Value, sentinel: Value) -> Value {
    new_native_iter(
        types().callable_iterator,
        Box::new(CallIter {
            f,
            sentinel,
            done: false,
        }),
    )
}

pub(crate) fn init(t: &Registry) {
    for ty in [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.seq_iterator,
        t.array_iterator,
    ] {
        ty.add_method("__next__", si_next);
        ty.add_method("__iter__", iter_self);
        ty.add_method("__length_hint__", si_length_hint);
    }
    for ty in [
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.callable_iterator,
        t.longrange_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
    ] {
        ty.add_method("__next__", ni_next);
        ty.add_method("__iter__", iter_self);
        ty.add_method("__length_hint__", ni_length_hint);
    }
    t.enumerate.add_new(enumerate_new);
    t.zip.add_new(zip_new);
    t.map.add_new(map_new);
    t.filter.add_new(filter_new);
    t.reversed.add_new(reversed_new);
    t.enumerate
        .add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
}
