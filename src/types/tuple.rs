//! `tuple`: an immutable array of values.

use specializer::{BinOp, CmpOp};
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::sync::OnceLock;

use crate::object::{self, Obj};
use crate::runtime::error::{self, PyResult};
use crate::runtime::hash::TupleHasher;
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, is_int};
use crate::types::str::new_str;
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

/// How many items a tuple keeps inside its own object; longer tuples keep
/// them in a second allocation.
const INLINE: usize = 3;

/// A tuple's items: `ptr`/`len` name them, inside the object (`inline`, for
/// exact tuples of up to [`INLINE`] items: one allocation) or in a boxed
/// slice the tuple owns. Compiled code reads the two words (`items_layout`).
pub struct TupleObj {
    ptr: *const Value,
    len: usize,
    /// In a cell: [`recycled_pair`] rewrites the items of a tuple nothing
    /// else refers to.
    inline: UnsafeCell<[MaybeUninit<Value>; INLINE]>,
}

// SAFETY: a tuple owns its items as a `Box<[Value]>` would (`Value` is Send
// and Sync), and never changes them after it is made.
unsafe impl Send for TupleObj {}
// SAFETY: as above.
unsafe impl Sync for TupleObj {}

impl TupleObj {
    /// A tuple payload whose items are in a boxed slice (it may be moved).
    fn boxed(items: Vec<Value>) -> TupleObj {
        let b = items.into_boxed_slice();
        let len = b.len();
        TupleObj {
            ptr: Box::into_raw(b) as *const Value,
            len,
            inline: UnsafeCell::new([const { MaybeUninit::uninit() }; INLINE]),
        }
    }

    #[inline(always)]
    fn is_inline(&self) -> bool {
        std::ptr::eq(self.ptr, self.inline.get() as *const Value)
    }

    #[inline(always)]
    pub fn items(&self) -> &[Value] {
        // SAFETY: `ptr` names `len` initialized items that the tuple owns
        // (inline, or the boxed slice), alive as long as it is.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        if self.is_inline() {
            // SAFETY: the first `len` inline items are initialized, owned,
            // and dropped once, here.
            unsafe {
                std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                    self.inline.get() as *mut Value,
                    self.len,
                ))
            }
        } else {
            // SAFETY: not inline: `ptr`/`len` came from `Box::into_raw` of
            // a boxed slice in `boxed`, given back once, here.
            drop(unsafe {
                Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    self.ptr as *mut Value,
                    self.len,
                ))
            })
        }
    }
}

/// Where compiled code finds a tuple's items: the offsets, from the
/// object's start, of the item pointer and the item count.
pub fn items_layout() -> Option<(usize, usize)> {
    let base = std::mem::offset_of!(object::Obj<TupleObj>, data);
    Some((
        base + std::mem::offset_of!(TupleObj, ptr),
        base + std::mem::offset_of!(TupleObj, len),
    ))
}

static EMPTY: OnceLock<usize> = OnceLock::new();

fn empty_tuple() -> Value {
    let w = *EMPTY.get_or_init(|| {
        let v = object::alloc(types().tuple, TupleObj::boxed(Vec::new()));
        v.header().unwrap().make_immortal();
        v.into_raw()
    });
    // SAFETY: the empty tuple is immortal.
    unsafe { Value::from_raw_borrowed(w) }
}

/// A new exact tuple of the `n` items `items` yields (it yields exactly
/// `n`): inside the object when they fit.
#[inline]
pub fn new_tuple_n(n: usize, items: impl Iterator<Item = Value>) -> Value {
    if n == 0 {
        return empty_tuple();
    }
    if n > INLINE {
        return object::alloc(types().tuple, TupleObj::boxed(items.collect()));
    }
    let t = TupleObj {
        ptr: std::ptr::null(),
        len: 0,
        inline: UnsafeCell::new([const { MaybeUninit::uninit() }; INLINE]),
    };
    object::alloc_in_place(types().tuple, t, |t| {
        // `ptr` first, `len` counting what is written: a drop at any
        // point drops exactly the items written
        t.ptr = t.inline.get() as *const Value;
        for (slot, v) in t.inline.get_mut().iter_mut().zip(items.take(n)) {
            slot.write(v);
            t.len += 1;
        }
    })
}

/// The pair `(a, b)` for an iterator that makes one per step (dict items,
/// `enumerate`, `zip`): the pair it made last time (`last`), its items
/// replaced, when nothing else refers to it any more (the consumer dropped
/// it, as `for k, v in d.items()` does), as CPython's iterators do; else a
/// new pair, kept in `last`.
pub fn recycled_pair(last: &mut Option<Value>, a: Value, b: Value) -> Value {
    if let Some(t) = last {
        if let Some(tuple) = t.downcast::<TupleObj>() {
            if tuple.len == 2
                && tuple.is_inline()
                && t.header().is_some_and(|h| h.uniquely_referenced())
            {
                let p = tuple.inline.get() as *mut Value;
                // SAFETY: the tuple is referenced only by `last` (owned by
                // this thread, count 1, nothing shared), so no reader of its
                // items exists; its two inline items are initialized. The
                // old items are dropped after both writes, when the tuple is
                // whole again.
                let (old_a, old_b) = unsafe { (p.replace(a), p.add(1).replace(b)) };
                drop((old_a, old_b));
                return t.clone();
            }
        }
    }
    let t = new_tuple_from([a, b]);
    *last = Some(t.clone());
    t
}

/// A new tuple (the empty tuple is a shared immortal singleton).
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.len() > INLINE {
        return object::alloc(types().tuple, TupleObj::boxed(items));
    }
    new_tuple_n(items.len(), items.into_iter())
}

/// A new tuple of the items of an array: `new_tuple_from([k, v])` makes a
/// pair without a vector.
#[inline]
pub fn new_tuple_from<const N: usize>(items: [Value; N]) -> Value {
    new_tuple_n(N, items.into_iter())
}

/// A new tuple of clones of `items`.
pub fn new_tuple_cloned(items: &[Value]) -> Value {
    new_tuple_n(items.len(), items.iter().cloned())
}

/// The items of a tuple (or tuple subclass), if `v` is one.
#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.downcast::<TupleObj>().map(|t| t.items())
}

/// The items of a value known to be a tuple.
#[inline]
pub fn as_slice(v: &Value) -> &[Value] {
    v.downcast::<TupleObj>().expect("tuple").items()
}

pub fn getitem_int(t: &Value, i: i64) -> PyResult<Value> {
    let items = as_slice(t);
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(error::index_error("tuple index out of range"));
    }
    Ok(items[j as usize].clone())
}

pub fn hash_tuple(vm: &Vm, t: &Value) -> PyResult<i64> {
    let items = as_slice(t);
    let mut h = TupleHasher::new(items.len());
    for it in items.iter() {
        h.add(vm.hash(it)?);
    }
    Ok(h.finish())
}

/// `repr` of a sequence of items between brackets (shared with list).
pub fn repr_items(vm: &Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr_string(it)?);
    }
    s.push_str(close);
    Ok(s)
}

/// Lexicographic comparison of two sequences with Python semantics.
pub fn seq_compare(vm: &Vm, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        // ints, strs, floats: one comparison decides both "equal?" and the order
        if let Some(o) = ops::known_order(&a[i], &b[i]) {
            if o == std::cmp::Ordering::Equal {
                continue;
            }
            return Ok(ops::cmp_ord(o, op));
        }
        if !ops::eq(vm, &a[i], &b[i])? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            let r = ops::compare(vm, &a[i], &b[i], op)?;
            return vm.truthy(&r);
        }
    }
    Ok(ops::cmp_ord(a.len().cmp(&b.len()), op))
}

fn tuple_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    if kw.is_some_and(|k| !k.is_empty()) && std::ptr::eq(cls, types().tuple) {
        return Err(error::type_error("tuple() takes no keyword arguments"));
    }
    let nkw = kw.map_or(0, |k| k.len());
    if args.len() - nkw > 2 {
        return Err(error::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1 - nkw
        )));
    }
    let items = match args.get(1) {
        Some(it) if nkw == 0 || args.len() - nkw > 1 => {
            if it.is_exact(types().tuple) && std::ptr::eq(cls, types().tuple) {
                return Ok(it.clone());
            }
            vm.iterate(it)?
        }
        _ => vec![],
    };
    if std::ptr::eq(cls, types().tuple) {
        Ok(new_tuple(items))
    } else {
        alloc_instance(vm, cls, TupleObj::boxed(items))
    }
}

fn tuple_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "tuple_repr")?;
    let items = as_slice(&args[0]);
    if items.is_empty() {
        return Ok(new_str("()".into()));
    }
    let r = ops::repr_guard(&args[0], || {
        if items.len() == 1 {
            Ok(format!("({},)", vm.repr_string(&items[0])?))
        } else {
            repr_items(vm, items, "(", ")")
        }
    })?;
    Ok(new_str(r.unwrap_or_else(|| "(...)".into())))
}
fn tuple_hash(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "tuple_hash")?;
    Ok(int_from_i64(hash_tuple(vm, &args[0])?))
}
fn tuple_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "tuple_len")?;
    Ok(int_from_i64(as_slice(&args[0]).len() as i64))
}
fn tuple_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "tuple_getitem")?;
    let items = as_slice(&args[0]);
    let k = &args[1];
    if let Some(sl) = k.downcast::<crate::types::slice::SliceObj>() {
        let (start, _stop, step, n) = sl.indices(vm, items.len())?;
        if step == 1 && n == items.len() && args[0].is_exact(types().tuple) {
            return Ok(args[0].clone());
        }
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(items[i as usize].clone());
            i += step;
        }
        return Ok(new_tuple(out));
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "tuple indices must be integers or slices, not {}",
            k.ty().name()
        )));
    }
    let i = ops::index_isize(vm, k)
        .map_err(|_| error::index_error("cannot fit 'int' into an index-sized integer"))?;
    getitem_int(&args[0], i as i64)
}
fn tuple_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "tuple_contains")?;
    for it in as_slice(&args[0]).iter() {
        if ops::eq(vm, it, &args[1])? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}
fn tuple_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "tuple_iter")?;
    Ok(crate::types::iter::new_seq_iter(
        types().tuple_iterator,
        args[0].clone(),
    ))
}
pub(crate) fn tuple_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) else {
                return Ok(Value::not_implemented());
            };
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(new_tuple(v))
        }
        BinOp::Multiply => {
            let (t, n) = if let Some(t) = as_tuple(a) {
                (t, b)
            } else if let Some(t) = as_tuple(b) {
                (t, a)
            } else {
                return Ok(Value::not_implemented());
            };
            if !is_int(n) && n.ty().lookup(crate::name!("__index__")).is_none() {
                return Ok(Value::not_implemented());
            }
            let n = crate::types::str::repeat_count(vm, n)?;
            crate::types::str::check_alloc(t.len().saturating_mul(n).saturating_mul(8))?;
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend_from_slice(t);
            }
            Ok(new_tuple(v))
        }
        _ => Ok(Value::not_implemented()),
    }
}
fn tuple_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (as_tuple(a), as_tuple(b)) {
        (Some(x), Some(y)) => Ok(Value::bool(seq_compare(vm, x, y, op)?)),
        _ => Ok(Value::not_implemented()),
    }
}
fn tuple_count(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "tuple_count")?;
    let mut n = 0;
    for it in as_slice(&args[0]).iter() {
        if ops::eq(vm, it, &args[1])? {
            n += 1;
        }
    }
    Ok(int_from_i64(n))
}
fn tuple_index(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "index")?;
    let items = as_slice(&args[0]);
    let (start, end) = seq_range(vm, items.len(), args.get(2), args.get(3))?;
    for (i, it) in items.iter().enumerate().take(end).skip(start) {
        if ops::eq(vm, it, &args[1])? {
            return Ok(int_from_i64(i as i64));
        }
    }
    Err(error::value_error("tuple.index(x): x not in tuple"))
}

/// start/stop arguments of `index()` methods, clamped like slice bounds.
pub fn seq_range(
    vm: &Vm,
    len: usize,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let norm = |v: Option<&Value>, d: isize| -> PyResult<usize> {
        let mut i = match v {
            Some(v) => ops::index_isize(vm, v)?,
            None => d,
        };
        if i < 0 {
            i += n;
        }
        Ok(i.clamp(0, n) as usize)
    };
    Ok((norm(start, 0)?, norm(stop, n)?))
}

fn tuple_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "tuple_getnewargs")?;
    Ok(new_tuple_from([new_tuple(as_slice(&args[0]).to_vec())]))
}

pub(crate) fn init(t: &Registry) {
    let tt = t.tuple;
    tt.add_new(tuple_new);
    tt.add_method("__repr__", tuple_repr);
    tt.add_method("__hash__", tuple_hash);
    tt.add_method("__len__", tuple_len);
    tt.add_method("__getitem__", tuple_getitem);
    tt.add_method("__contains__", tuple_contains);
    tt.add_method("__iter__", tuple_iter);
    tt.add_method("count", tuple_count);
    tt.add_method("index", tuple_index);
    tt.add_method("__getnewargs__", tuple_getnewargs);
    tt.add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
    use crate::types::function::NativeImpl;
    tt.add_impl("__add__", NativeImpl::BinOp(tuple_binop, BinOp::Add, false));
    tt.add_impl(
        "__mul__",
        NativeImpl::BinOp(tuple_binop, BinOp::Multiply, false),
    );
    tt.add_impl(
        "__rmul__",
        NativeImpl::BinOp(tuple_binop, BinOp::Multiply, true),
    );
    crate::types::int::add_richcmp(tt, tuple_richcmp);
    let _: Option<&Obj<TupleObj>> = None;
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    /// What compiled code reads at `items_layout()`'s offsets is the tuple's
    /// item pointer and count.
    #[test]
    fn items_layout_finds_the_item_pointer_and_count() {
        crate::types::init();
        crate::object::brc::register_thread();
        let (ptr_at, len_at) = items_layout().expect("two words");
        // inline items, and items in a boxed slice
        for n in [1usize, 2, INLINE, INLINE + 1, 9] {
            let t = new_tuple((0..n as i64).map(Value::small).collect());
            let base = t.raw() as *const u8;
            // SAFETY: both offsets are inside the tuple object (see
            // `items_layout`), which `t` keeps alive; its items are `n`.
            let (p, len) = unsafe {
                (
                    *(base.add(ptr_at) as *const *const Value),
                    *(base.add(len_at) as *const usize),
                )
            };
            assert_eq!(len, n);
            // SAFETY: as above.
            assert_eq!(
                unsafe { (*p.add(n - 1)).raw() },
                Value::small(n as i64 - 1).raw()
            );
            assert_eq!(as_slice(&t).len(), n);
        }
        let t = new_tuple_from([Value::small(4), Value::small(5)]);
        assert_eq!(as_slice(&t)[1].raw(), Value::small(5).raw());
    }
}
