//! `list`: a growable array guarded by the list object's own lock. Each
//! operation is atomic on its own; anything that may run Python code (element
//! comparisons, sort keys) works on a snapshot taken under the lock.

use specializer::{BinOp, CmpOp};
use std::cell::UnsafeCell;

use crate::object::{self, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, is_int};
use crate::types::slice::SliceObj;
use crate::types::str::new_str;
use crate::types::tuple::{repr_items, seq_compare, seq_range};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

pub struct ListObj {
    items: UnsafeCell<Vec<Value>>,
}

// SAFETY: `items` is only touched with the owning object's lock held (see `locked`).
unsafe impl Sync for ListObj {}
// SAFETY: as above.
unsafe impl Send for ListObj {}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: UnsafeCell::new(items),
        }
    }
}

/// Where compiled code finds a list's items: the offsets, from the object's
/// start, of the items' data pointer and of their count (words of the
/// `Vec`, whose field order Rust leaves open: found by looking at one), or
/// `None` if a `Vec` is not three words holding them. Read directly only
/// while object locking is off (see `header::object_locking_flag`).
pub fn items_layout() -> Option<(usize, usize)> {
    let mut v: Vec<Value> = Vec::with_capacity(5);
    v.push(Value::none());
    v.push(Value::none());
    // SAFETY: a `Vec` is word-sized fields (pointer, capacity, length).
    let [ptr, len, _] =
        unsafe { crate::object::word_offsets(&v, [v.as_ptr() as usize, v.len(), v.capacity()]) }?;
    let base = std::mem::offset_of!(Obj<ListObj>, data) + std::mem::offset_of!(ListObj, items);
    Some((base + ptr, base + len))
}

impl Obj<ListObj> {
    /// Runs `f` on the items with the list's lock held. `f` must not run Python code.
    #[inline(always)]
    pub fn locked<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        self.header.lock();
        struct U<'a>(&'a crate::object::Header);
        impl Drop for U<'_> {
            fn drop(&mut self) {
                // SAFETY: locked just above by this thread.
                unsafe { self.0.unlock() }
            }
        }
        let _u = U(&self.header);
        // SAFETY: the lock is held until `_u` drops.
        f(unsafe { &mut *self.data.items.get() })
    }

    /// Runs `f` on the items as an optimistic reader (see `Header::read`):
    /// threads reading one list do not write to it. `f` must not run Python code.
    #[inline(always)]
    pub fn reading<R>(&self, f: impl FnOnce(&Vec<Value>) -> R) -> R {
        // SAFETY: `Header::read` excludes writers while `f` runs.
        self.header.read(|| f(unsafe { &*self.data.items.get() }))
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.reading(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.reading(|v| v.get(i).cloned())
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.locked(|v| v.clone())
    }

    #[inline]
    pub fn push(&self, x: Value) {
        self.locked(|v| v.push(x))
    }

    /// Replaces all items, dropping the old ones outside the lock.
    pub fn replace_all(&self, items: Vec<Value>) {
        let old = self.locked(|v| std::mem::replace(v, items));
        drop(old);
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    object::alloc(types().list, ListObj::new(items))
}

fn lo(v: &Value) -> &Obj<ListObj> {
    v.downcast::<ListObj>().expect("list")
}

pub fn as_list(v: &Value) -> Option<&Obj<ListObj>> {
    v.downcast::<ListObj>()
}

#[inline(always)]
pub fn getitem_int(l: &Value, i: i64) -> PyResult<Value> {
    let l = lo(l);
    let r = l.reading(|v| {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return None;
        }
        Some(v[j as usize].clone())
    });
    r.ok_or_else(|| error::index_error("list index out of range"))
}

#[inline(always)]
pub fn setitem_int(l: &Value, i: i64, x: Value) -> PyResult<()> {
    let old = lo(l).locked(|v| {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(error::index_error("list assignment index out of range"));
        }
        Ok(std::mem::replace(&mut v[j as usize], x))
    })?;
    drop(old);
    Ok(())
}

/// `l.extend(iterable)` / `l += iterable`.
pub fn extend(vm: &Vm, l: &Value, it: &Value) -> PyResult<()> {
    let items = vm.iterate(it)?;
    lo(l).locked(|v| v.extend(items));
    Ok(())
}

fn list_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    alloc_instance(vm, cls, ListObj::new(Vec::new()))
}
fn list_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(error::type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(it) => vm.iterate(it)?,
        None => vec![],
    };
    lo(&args[0]).replace_all(items);
    Ok(Value::none())
}
fn list_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_repr")?;
    let items = lo(&args[0]).to_vec();
    if items.is_empty() {
        return Ok(new_str("[]".into()));
    }
    let r = ops::repr_guard(&args[0], || repr_items(vm, &items, "[", "]"))?;
    Ok(new_str(r.unwrap_or_else(|| "[...]".into())))
}
fn list_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_len")?;
    Ok(int_from_i64(lo(&args[0]).len() as i64))
}

fn list_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_getitem")?;
    let k = &args[1];
    if let Some(sl) = k.downcast::<SliceObj>() {
        let l = lo(&args[0]);
        let len = l.len();
        let (start, _stop, step, n) = sl.indices(vm, len)?;
        let out = l.locked(|v| {
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                if let Some(x) = v.get(i as usize) {
                    out.push(x.clone());
                }
                i += step;
            }
            out
        });
        return Ok(new_list(out));
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "list indices must be integers or slices, not {}",
            k.ty().name()
        )));
    }
    let i = ops::index_isize(vm, k)?;
    getitem_int(&args[0], i as i64)
}

fn list_setitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "list_setitem")?;
    let k = &args[1];
    if let Some(sl) = k.downcast::<SliceObj>() {
        let l = lo(&args[0]);
        let src = if args[2].is(&args[0]) {
            l.to_vec()
        } else {
            match vm.iterate(&args[2]) {
                Ok(v) => v,
                Err(e)
                    if e.matches(types().exc.type_error)
                        && args[2].ty().lookup(crate::name!("__iter__")).is_none() =>
                {
                    return Err(error::type_error("can only assign an iterable"))
                }
                Err(e) => return Err(e),
            }
        };
        let len = l.len();
        let (start, stop, step, n) = sl.indices(vm, len)?;
        if step == 1 {
            let stop = stop.max(start);
            let removed: Vec<Value> = l.locked(|v| {
                let (a, b) = ((start as usize).min(v.len()), (stop as usize).min(v.len()));
                v.splice(a..b, src).collect()
            });
            drop(removed);
            return Ok(Value::none());
        }
        if src.len() != n {
            return Err(error::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                src.len(),
                n
            )));
        }
        let old = l.locked(|v| {
            let mut old = Vec::with_capacity(n);
            let mut i = start;
            for x in src {
                old.push(std::mem::replace(&mut v[i as usize], x));
                i += step;
            }
            old
        });
        drop(old);
        return Ok(Value::none());
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "list indices must be integers or slices, not {}",
            k.ty().name()
        )));
    }
    let i = ops::index_isize(vm, k)?;
    setitem_int(&args[0], i as i64, args[2].clone())?;
    Ok(Value::none())
}

fn list_delitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_delitem")?;
    let k = &args[1];
    let l = lo(&args[0]);
    if let Some(sl) = k.downcast::<SliceObj>() {
        let (start, _stop, step, n) = sl.indices(vm, l.len())?;
        let removed = l.locked(|v| {
            let mut idx: Vec<usize> = (0..n)
                .map(|j| (start + j as isize * step) as usize)
                .collect();
            idx.sort_unstable();
            let mut removed = Vec::with_capacity(n);
            for &i in idx.iter().rev() {
                if i < v.len() {
                    removed.push(v.remove(i));
                }
            }
            removed
        });
        drop(removed);
        return Ok(Value::none());
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "list indices must be integers or slices, not {}",
            k.ty().name()
        )));
    }
    let i = ops::index_isize(vm, k)? as i64;
    let old = l.locked(|v| {
        let n = v.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(error::index_error("list assignment index out of range"));
        }
        Ok(v.remove(j as usize))
    })?;
    drop(old);
    Ok(Value::none())
}

fn list_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_contains")?;
    let l = lo(&args[0]);
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if ops::eq(vm, &x, &args[1])? {
            return Ok(Value::bool(true));
        }
        i += 1;
    }
    Ok(Value::bool(false))
}
fn list_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_iter")?;
    Ok(crate::types::iter::new_seq_iter(
        types().list_iterator,
        args[0].clone(),
    ))
}
fn list_reversed(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_reversed")?;
    Ok(crate::types::iter::new_reverse_iter(
        args[0].clone(),
        lo(&args[0]).len(),
    ))
}

pub(crate) fn list_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
                return Ok(Value::not_implemented());
            };
            // (reads are not nested: one optimistic read at a time per thread)
            let extra = y.len();
            let mut v = x.reading(|xs| {
                let mut v = Vec::with_capacity(xs.len() + extra);
                v.extend_from_slice(xs);
                v
            });
            y.reading(|ys| v.extend_from_slice(ys));
            Ok(new_list(v))
        }
        BinOp::Multiply => {
            let (l, n) = if let Some(l) = as_list(a) {
                (l, b)
            } else if let Some(l) = as_list(b) {
                (l, a)
            } else {
                return Ok(Value::not_implemented());
            };
            if !is_int(n) && n.ty().lookup(crate::name!("__index__")).is_none() {
                return Ok(Value::not_implemented());
            }
            let n = crate::types::str::repeat_count(vm, n)?;
            let items = l.to_vec();
            crate::types::str::check_alloc(items.len().saturating_mul(n).saturating_mul(8))?;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend_from_slice(&items);
            }
            Ok(new_list(v))
        }
        _ => Ok(Value::not_implemented()),
    }
}
fn list_iadd(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_iadd")?;
    extend(vm, &args[0], &args[1])?;
    Ok(args[0].clone())
}
fn list_imul(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_imul")?;
    let n = crate::types::str::repeat_count(vm, &args[1])?;
    let l = lo(&args[0]);
    let items = l.to_vec();
    crate::types::str::check_alloc(items.len().saturating_mul(n).saturating_mul(8))?;
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    l.replace_all(v);
    Ok(args[0].clone())
}
fn list_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (as_list(a), as_list(b)) {
        (Some(x), Some(y)) => {
            let (xv, yv) = (x.to_vec(), y.to_vec());
            if (op == CmpOp::Eq || op == CmpOp::Ne) && xv.len() != yv.len() {
                return Ok(Value::bool(op == CmpOp::Ne));
            }
            Ok(Value::bool(seq_compare(vm, &xv, &yv, op)?))
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn list_append(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "list.append", 1, 1)?;
    lo(&args[0]).push(args[1].clone());
    Ok(Value::none())
}
fn list_extend(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "list.extend", 1, 1)?;
    extend(vm, &args[0], &args[1])?;
    Ok(Value::none())
}
fn list_insert(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "insert", 2, 2)?;
    let i = ops::index_isize(vm, &args[1])?;
    insert(&args[0], i, args[2].clone());
    Ok(Value::none())
}

/// `l.insert(i, x)` on a list (or subclass) `l`.
pub fn insert(l: &Value, i: isize, x: Value) {
    lo(l).locked(|v| {
        let n = v.len() as isize;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
    });
}
fn list_pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(i) => Some(ops::index_isize(vm, i)?),
        None => None,
    };
    lo(&args[0]).locked(|v| {
        if v.is_empty() {
            return Err(error::index_error("pop from empty list"));
        }
        let n = v.len() as isize;
        let j = match i {
            None => n - 1,
            Some(i) if i < 0 => i + n,
            Some(i) => i,
        };
        if j < 0 || j >= n {
            return Err(error::index_error("pop index out of range"));
        }
        Ok(v.remove(j as usize))
    })
}
fn list_remove(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "remove", 1, 1)?;
    let l = lo(&args[0]);
    let mut i = 0;
    while let Some(x) = l.get(i) {
        if ops::eq(vm, &x, &args[1])? {
            let old = l.locked(|v| {
                if i < v.len() && v[i].is(&x) {
                    Some(v.remove(i))
                } else {
                    None
                }
            });
            if old.is_some() {
                return Ok(Value::none());
            }
        }
        i += 1;
    }
    Err(error::value_error("list.remove(x): x not in list"))
}
fn list_index(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(error::type_error(
            "index expected at least 1 argument, got 0",
        ));
    }
    let l = lo(&args[0]);
    let (start, end) = seq_range(vm, l.len(), args.get(2), args.get(3))?;
    let mut i = start;
    while i < end {
        let Some(x) = l.get(i) else { break };
        if ops::eq(vm, &x, &args[1])? {
            return Ok(int_from_i64(i as i64));
        }
        i += 1;
    }
    Err(error::value_error(format!(
        "{} is not in list",
        vm.repr_string(&args[1])?
    )))
}
fn list_count(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "list_count")?;
    let mut n = 0;
    for x in lo(&args[0]).to_vec() {
        if ops::eq(vm, &x, &args[1])? {
            n += 1;
        }
    }
    Ok(int_from_i64(n))
}
fn list_clear(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_clear")?;
    lo(&args[0]).replace_all(Vec::new());
    Ok(Value::none())
}
fn list_copy(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_copy")?;
    Ok(new_list(lo(&args[0]).to_vec()))
}
fn list_reverse(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "list_reverse")?;
    lo(&args[0]).locked(|v| v.reverse());
    Ok(Value::none())
}

/// A stable merge sort whose comparison may fail.
pub fn merge_sort<T: Clone>(
    items: &mut Vec<T>,
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // insertion sort for short runs, then merge
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&items[j], &items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo_i = 0;
        while lo_i < n {
            let mid = (lo_i + width).min(n);
            let hi = (lo_i + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo_i, mid);
                while i < mid && j < hi {
                    // take from the right only if strictly less (stability)
                    if lt(&items[j], &items[i])? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo_i..hi].clone_from_slice(&buf);
            }
            lo_i = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Sorts values with Python `<`, optionally by key, optionally reversed (stable).
/// Sorts `v` if all its items are small ints or all exact strs (stable, as
/// `list.sort` is); false, leaving `v` alone, otherwise.
/// The kind of a sort key that compares without running Python code.
#[derive(Clone, Copy, PartialEq)]
enum NativeKey {
    Int,
    Str,
    Float,
}

fn native_key(v: &Value) -> Option<NativeKey> {
    let t = types();
    if v.is_small_int() {
        Some(NativeKey::Int)
    } else if v.is_exact(t.str) {
        Some(NativeKey::Str)
    } else if v.is_exact(t.float) && crate::types::float::as_f64(v).is_some_and(|f| !f.is_nan()) {
        // NaN is left out: with it the order is not total
        Some(NativeKey::Float)
    } else {
        None
    }
}

/// Whether keys sort without running Python code, and so without raising:
/// all small ints, all exact strs or all non-NaN exact floats; or all exact
/// tuples whose items at each position are all of one of those kinds. The
/// comparisons of such keys ([`native_order`]) are then a total order, so
/// any stable sort gives the one result CPython's does.
fn natively_ordered<'a>(keys: impl Iterator<Item = &'a Value>) -> bool {
    let tuple = types().tuple;
    let mut scalar: Option<NativeKey> = None;
    let mut columns: Vec<NativeKey> = Vec::new();
    let mut tuples = None;
    for k in keys {
        let is_tuple = k.is_exact(tuple);
        if *tuples.get_or_insert(is_tuple) != is_tuple {
            return false;
        }
        if is_tuple {
            for (i, x) in crate::types::tuple::as_slice(k).iter().enumerate() {
                let Some(kind) = native_key(x) else {
                    return false;
                };
                match columns.get(i) {
                    Some(&c) if c != kind => return false,
                    Some(_) => {}
                    None => columns.push(kind),
                }
            }
        } else {
            let Some(kind) = native_key(k) else {
                return false;
            };
            if *scalar.get_or_insert(kind) != kind {
                return false;
            }
        }
    }
    true
}

/// The order of two keys that [`natively_ordered`] accepted together.
fn native_order(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if let Some(o) = ops::known_order(a, b) {
        return o;
    }
    let (x, y) = (
        crate::types::tuple::as_slice(a),
        crate::types::tuple::as_slice(b),
    );
    for (p, q) in x.iter().zip(y) {
        match ops::known_order(p, q).unwrap_or(Ordering::Equal) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    x.len().cmp(&y.len())
}

fn sort_natively(v: &mut [Value], reverse: bool) -> bool {
    let ints = v.iter().all(|x| x.is_small_int());
    if !ints && !natively_ordered(v.iter()) {
        return false;
    }
    if reverse {
        v.reverse();
    }
    if ints {
        v.sort_by_key(|x| x.small_unchecked());
    } else {
        v.sort_by(native_order);
    }
    if reverse {
        v.reverse();
    }
    true
}

pub fn sort_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keyed: Vec<(Value, Value)> = match key {
        Some(k) => {
            let mut v = Vec::with_capacity(items.len());
            for x in items {
                v.push((vm.call(k, std::slice::from_ref(&x))?, x));
            }
            v
        }
        None => items.into_iter().map(|x| (x.clone(), x)).collect(),
    };
    let mut keyed = keyed;
    if reverse {
        keyed.reverse();
    }
    // all small ints: sort natively
    if keyed.iter().all(|(k, _)| k.is_small_int()) {
        keyed.sort_by_key(|(k, _)| k.small_unchecked());
    } else if natively_ordered(keyed.iter().map(|(k, _)| k)) {
        keyed.sort_by(|(a, _), (b, _)| native_order(a, b));
    } else {
        merge_sort(&mut keyed, &mut |a: &(Value, Value), b: &(Value, Value)| {
            ops::lt(vm, &a.0, &b.0)
        })?;
    }
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, x)| x).collect())
}

fn list_sort(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() - kw.map_or(0, |k| k.len()) > 1 {
        return Err(error::type_error("sort() takes no positional arguments"));
    }
    let a = args::parse(&args[1..], kw, "sort", &["key", "reverse"], 0)?;
    let key = a[0].clone().filter(|k| !k.is_none());
    let reverse = match &a[1] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = lo(&args[0]);
    // Items that compare without running Python code are sorted in place with
    // the lock held: atomic for other threads, as CPython's free-threaded sort.
    if key.is_none() && l.locked(|v| sort_natively(v, reverse)) {
        return Ok(Value::none());
    }
    // the list appears empty while sorting, as in CPython
    let items = l.locked(std::mem::take);
    let r = sort_values(vm, items.clone(), key.as_ref(), reverse);
    let modified = l.locked(|v| {
        let m = !v.is_empty();
        m
    });
    match r {
        Ok(sorted) => {
            l.replace_all(sorted);
            if modified {
                return Err(error::value_error("list modified during sort"));
            }
            Ok(Value::none())
        }
        Err(e) => {
            l.replace_all(items);
            Err(e)
        }
    }
}

pub(crate) fn init(t: &Registry) {
    let l = t.list;
    l.add_new(list_new);
    l.add_method("__init__", list_init);
    l.add_method("__repr__", list_repr);
    l.add_method("__len__", list_len);
    l.add_method("__getitem__", list_getitem);
    l.add_method("__setitem__", list_setitem);
    l.add_method("__delitem__", list_delitem);
    l.add_method("__contains__", list_contains);
    l.add_method("__iter__", list_iter);
    l.add_method("__reversed__", list_reversed);
    l.add_method("__iadd__", list_iadd);
    l.add_method("__imul__", list_imul);
    l.add_method("append", list_append);
    l.add_method("extend", list_extend);
    l.add_method("insert", list_insert);
    l.add_method("pop", list_pop);
    l.add_method("remove", list_remove);
    l.add_method("index", list_index);
    l.add_method("count", list_count);
    l.add_method("clear", list_clear);
    l.add_method("copy", list_copy);
    l.add_method("reverse", list_reverse);
    l.add_method("sort", list_sort);
    l.add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
    l.set_attr_raw("__hash__", Value::none());
    use crate::types::function::NativeImpl;
    l.add_impl("__add__", NativeImpl::BinOp(list_binop, BinOp::Add, false));
    l.add_impl(
        "__mul__",
        NativeImpl::BinOp(list_binop, BinOp::Multiply, false),
    );
    l.add_impl(
        "__rmul__",
        NativeImpl::BinOp(list_binop, BinOp::Multiply, true),
    );
    crate::types::int::add_richcmp(l, list_richcmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What compiled code reads at `items_layout()`'s offsets is the list's
    /// item pointer and count, before and after the list grows.
    #[test]
    fn items_layout_finds_the_item_pointer_and_count() {
        crate::types::init();
        crate::object::brc::register_thread();
        let (ptr_at, len_at) = items_layout().expect("a Vec is three words");
        let l = new_list(vec![Value::small(7), Value::small(8)]);
        let words = |l: &Value| {
            let base = l.raw() as *const u8;
            // SAFETY: both offsets are inside the list object (see
            // `items_layout`), which `l` keeps alive.
            unsafe {
                (
                    *(base.add(ptr_at) as *const *const Value),
                    *(base.add(len_at) as *const usize),
                )
            }
        };
        let (p, n) = words(&l);
        assert_eq!(n, 2);
        // SAFETY: `p` points at the list's two items.
        assert_eq!(unsafe { (*p.add(1)).raw() }, Value::small(8).raw());
        for i in 0..100 {
            lo(&l).push(Value::small(i));
        }
        let (p, n) = words(&l);
        assert_eq!(n, 102);
        // SAFETY: as above, after the items moved.
        assert_eq!(unsafe { (*p.add(101)).raw() }, Value::small(99).raw());
    }
}
