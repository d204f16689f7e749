//! `range` and its iterator (i64 bounds; larger ranges raise OverflowError).

use specializer::CmpOp;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::object;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_bigint, int_from_i64, is_int, to_bigint, to_i64};
use crate::types::slice::SliceObj;
use crate::types::str::new_str;
use crate::types::{types, Registry};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds that do not fit 64 bits (`range(10**20)`): then the fields above
    /// are unused and every method takes the big-int path.
    pub big: Option<Box<BigRange>>,
}

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    fn len(&self) -> BigInt {
        let one = BigInt::from(1);
        if self.step.is_positive() && self.start < self.stop {
            (&self.stop - &self.start - &one) / &self.step + one
        } else if self.step.is_negative() && self.start > self.stop {
            (&self.start - &self.stop - &one) / (-&self.step) + one
        } else {
            BigInt::from(0)
        }
    }
    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
    fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.start >= x && x > &self.stop
        };
        inside && ((x - &self.start) % &self.step).is_zero()
    }
}

impl RangeObj {
    /// The number of items, which can exceed `i64::MAX` (`range(-2**63, 2**63-1)`).
    pub fn len_i128(&self) -> i128 {
        let (a, b, s) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if s > 0 {
            if a < b {
                (b - a - 1) / s + 1
            } else {
                0
            }
        } else if a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        };
        n
    }
    /// The number of items, saturated at `i64::MAX`.
    pub fn len(&self) -> i64 {
        self.len_i128().min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`th item (`0 <= i < len`, so it lies between start and stop).
    fn item(&self, i: i64) -> i64 {
        self.item_i128(i) as i64
    }
    fn item_i128(&self, i: i64) -> i128 {
        self.start as i128 + i as i128 * self.step as i128
    }
}

/// `repr(C)`: compiled loops read and write `next` and `remaining` at the
/// offsets below (a virtual iterator's state written back at exits).
#[repr(C)]
pub struct RangeIterObj {
    pub next: AtomicI64,
    pub stop: i64,
    pub step: i64,
    pub remaining: AtomicI64,
}

/// Offsets of a range iterator's fields from the object's start.
pub const ITER_NEXT_OFFSET: usize = std::mem::offset_of!(crate::object::Obj<RangeIterObj>, data)
    + std::mem::offset_of!(RangeIterObj, next);
pub const ITER_STEP_OFFSET: usize = std::mem::offset_of!(crate::object::Obj<RangeIterObj>, data)
    + std::mem::offset_of!(RangeIterObj, step);
pub const ITER_REMAINING_OFFSET: usize =
    std::mem::offset_of!(crate::object::Obj<RangeIterObj>, data)
        + std::mem::offset_of!(RangeIterObj, remaining);

/// A range iterator in the given state (one a compiled loop kept virtual).
pub fn new_range_iter(next: i64, stop: i64, step: i64, remaining: i64) -> Value {
    object::alloc(
        types().range_iterator,
        RangeIterObj {
            next: AtomicI64::new(next),
            stop,
            step,
            remaining: AtomicI64::new(remaining),
        },
    )
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    object::alloc(
        types().range,
        RangeObj {
            start,
            stop,
            step,
            big: None,
        },
    )
}

fn big_bound(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = ops::index(vm, v)?;
    Ok(crate::types::int::to_bigint(&i).unwrap())
}

fn range_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_new")?;
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    // small int bounds (the usual case): no big-int arithmetic
    let small = match a {
        [y] => y.as_small().map(|y| (0, y, 1)),
        [x, y] => x.as_small().zip(y.as_small()).map(|(x, y)| (x, y, 1)),
        [x, y, z] => match (x.as_small(), y.as_small(), z.as_small()) {
            (Some(x), Some(y), Some(z)) => Some((x, y, z)),
            _ => None,
        },
        _ => None,
    };
    if let Some(r) = small.and_then(|(x, y, z)| small_range(x, y, z)) {
        return Ok(r);
    }
    let (start, stop, step) = match a.len() {
        1 => (BigInt::from(0), big_bound(vm, &a[0])?, BigInt::from(1)),
        2 => (
            big_bound(vm, &a[0])?,
            big_bound(vm, &a[1])?,
            BigInt::from(1),
        ),
        3 => (
            big_bound(vm, &a[0])?,
            big_bound(vm, &a[1])?,
            big_bound(vm, &a[2])?,
        ),
        0 => {
            return Err(error::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(error::type_error(format!(
                "range expected at most 3 arguments, got {}",
                n
            )))
        }
    };
    if step.is_zero() {
        return Err(error::value_error("range() arg 3 must not be zero"));
    }
    Ok(range_from_big(start, stop, step))
}

/// The range `start, stop, step` (a nonzero step) with 64-bit bounds, if
/// its length fits 64 bits too.
fn small_range(start: i64, stop: i64, step: i64) -> Option<Value> {
    let r = RangeObj {
        start,
        stop,
        step,
        big: None,
    };
    (step != 0 && r.len_i128() <= i64::MAX as i128).then(|| new_range(start, stop, step))
}

/// A range value, small when the bounds and the length fit 64 bits.
fn range_from_big(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if let Some(r) = small_range(a, b, c) {
            return r;
        }
    }
    object::alloc(
        types().range,
        RangeObj {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange { start, stop, step })),
        },
    )
}

fn big_of(rg: &RangeObj) -> BigRange {
    match &rg.big {
        Some(b) => BigRange {
            start: b.start.clone(),
            stop: b.stop.clone(),
            step: b.step.clone(),
        },
        None => BigRange {
            start: BigInt::from(rg.start),
            stop: BigInt::from(rg.stop),
            step: BigInt::from(rg.step),
        },
    }
}

/// Slice bounds for a sequence of big length `len` (CPython's `_PySlice_GetLongIndices`).
fn big_slice_indices(vm: &Vm, s: &SliceObj, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let zero = BigInt::from(0);
    let one = BigInt::from(1);
    let step = if s.step.is_none() {
        one.clone()
    } else {
        big_bound(vm, &s.step)?
    };
    if step.is_zero() {
        return Err(error::value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (-&one, len - &one)
    } else {
        (zero.clone(), len.clone())
    };
    let norm = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = big_bound(vm, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = norm(&s.start, if neg { &upper } else { &lower })?;
    let stop = norm(&s.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn r(v: &Value) -> &RangeObj {
    &v.downcast::<RangeObj>().unwrap().data
}

pub fn range_iter(v: &Value) -> Value {
    let rg = r(v);
    // bounds or a length beyond 64 bits: the big-int iterator
    if let Some(b) = &rg.big {
        let st = BigIter {
            cur: b.start.clone(),
            step: b.step.clone(),
            left: b.len(),
        };
        return crate::types::iter::new_native_iter(types().longrange_iterator, Box::new(st));
    }
    if rg.len_i128() > i64::MAX as i128 {
        let st = BigIter {
            cur: BigInt::from(rg.start),
            step: BigInt::from(rg.step),
            left: BigInt::from(rg.len_i128()),
        };
        return crate::types::iter::new_native_iter(types().longrange_iterator, Box::new(st));
    }
    object::alloc(
        types().range_iterator,
        RangeIterObj {
            next: AtomicI64::new(rg.start),
            stop: rg.stop,
            step: rg.step,
            remaining: AtomicI64::new(rg.len()),
        },
    )
}

/// Next item of a range iterator.
#[inline]
pub fn range_iter_next(it: &Value) -> Option<Value> {
    let ri = it.downcast::<RangeIterObj>().unwrap();
    let rem = ri.remaining.load(Ordering::Relaxed);
    if rem <= 0 {
        return None;
    }
    ri.remaining.store(rem - 1, Ordering::Relaxed);
    let n = ri.next.load(Ordering::Relaxed);
    ri.next.store(n.wrapping_add(ri.step), Ordering::Relaxed);
    let _ = ri.stop;
    Some(int_from_i64(n))
}

fn range_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_repr")?;
    if let Some(b) = &r(&args[0]).big {
        let one = BigInt::from(1);
        return Ok(new_str(if b.step == one {
            format!("range({}, {})", b.start, b.stop)
        } else {
            format!("range({}, {}, {})", b.start, b.stop, b.step)
        }));
    }
    let rg = r(&args[0]);
    Ok(new_str(if rg.step == 1 {
        format!("range({}, {})", rg.start, rg.stop)
    } else {
        format!("range({}, {}, {})", rg.start, rg.stop, rg.step)
    }))
}
fn range_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_len")?;
    if let Some(b) = &r(&args[0]).big {
        let n = b.len();
        return match n.to_i64() {
            Some(n) => Ok(int_from_i64(n)),
            None => Err(error::overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
        };
    }
    let n = r(&args[0]).len_i128();
    if n > i64::MAX as i128 {
        return Err(error::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(int_from_i64(n as i64))
}
fn range_bool(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_bool")?;
    if let Some(b) = &r(&args[0]).big {
        return Ok(Value::bool(!b.len().is_zero()));
    }
    Ok(Value::bool(r(&args[0]).len() != 0))
}
fn range_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "range_getitem")?;
    if let Some(b) = &r(&args[0]).big {
        let len = b.len();
        if let Some(sl) = args[1].downcast::<SliceObj>() {
            let (start, stop, step) = big_slice_indices(vm, sl, &len)?;
            return Ok(range_from_big(
                b.item(&start),
                b.item(&stop),
                &b.step * step,
            ));
        }
        let mut i = big_bound(vm, &args[1])?;
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(error::index_error("range object index out of range"));
        }
        return Ok(int_from_bigint(b.item(&i)));
    }
    let rg = r(&args[0]);
    if let Some(s) = args[1].downcast::<SliceObj>() {
        let (start, stop, step, _n) = s.indices(vm, rg.len() as usize)?;
        // A bound one step past the end may leave i64: clamping it keeps the items.
        let clamp = |v: i128| v.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
        let nstart = clamp(rg.item_i128(start as i64));
        let nstop = clamp(rg.item_i128(stop as i64));
        let nstep = rg
            .step
            .checked_mul(step as i64)
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
        return Ok(new_range(nstart, nstop, nstep));
    }
    if !is_int(&args[1]) && args[1].ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "range indices must be integers or slices, not {}",
            args[1].ty().name()
        )));
    }
    let i = ops::index_isize(vm, &args[1])? as i64;
    let n = rg.len();
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(error::index_error("range object index out of range"));
    }
    Ok(int_from_i64(rg.item(j)))
}
fn range_contains_i(rg: &RangeObj, x: i64) -> bool {
    if rg.step > 0 {
        if x < rg.start || x >= rg.stop {
            return false;
        }
    } else if x > rg.start || x <= rg.stop {
        return false;
    }
    (x as i128 - rg.start as i128) % rg.step as i128 == 0
}
fn range_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "range_contains")?;
    if r(&args[0]).big.is_some() && is_int(&args[1]) {
        return Ok(Value::bool(
            big_of(r(&args[0])).contains(&to_bigint(&args[1]).unwrap()),
        ));
    }
    let rg = r(&args[0]);
    if is_int(&args[1]) {
        return Ok(Value::bool(match to_i64(&args[1]) {
            Some(x) => range_contains_i(rg, x),
            None => false,
        }));
    }
    let n = rg.len();
    for i in 0..n {
        if ops::eq(vm, &int_from_i64(rg.item(i)), &args[1])? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}
fn range_iter_m(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_iter_m")?;
    Ok(range_iter(&args[0]))
}
fn range_reversed(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_reversed")?;
    if let Some(b) = &r(&args[0]).big {
        let len = b.len();
        let last = b.item(&(&len - BigInt::from(1)));
        let st = BigIter {
            cur: last,
            step: -&b.step,
            left: len,
        };
        return Ok(crate::types::iter::new_native_iter(
            types().longrange_iterator,
            Box::new(st),
        ));
    }
    let rg = r(&args[0]);
    let n = rg.len();
    let last = if n > 0 { rg.item(n - 1) } else { rg.start };
    Ok(object::alloc(
        types().range_iterator,
        RangeIterObj {
            next: AtomicI64::new(last),
            stop: rg.start.wrapping_sub(rg.step),
            step: rg.step.wrapping_neg(),
            remaining: AtomicI64::new(n),
        },
    ))
}
fn range_count(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "range_count")?;
    if r(&args[0]).big.is_some() {
        return Ok(Value::small(
            if is_int(&args[1]) && big_of(r(&args[0])).contains(&to_bigint(&args[1]).unwrap()) {
                1
            } else {
                0
            },
        ));
    }
    let rg = r(&args[0]);
    Ok(int_from_i64(match to_i64(&args[1]) {
        Some(x) if is_int(&args[1]) => range_contains_i(rg, x) as i64,
        _ => 0,
    }))
}
fn range_index(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "range_index")?;
    if r(&args[0]).big.is_some() {
        let b = big_of(r(&args[0]));
        if is_int(&args[1]) {
            let x = to_bigint(&args[1]).unwrap();
            if b.contains(&x) {
                return Ok(int_from_bigint((x - &b.start) / &b.step));
            }
        }
        return Err(error::value_error(format!(
            "{} is not in range",
            vm.repr_string(&args[1])?
        )));
    }
    let rg = r(&args[0]);
    if let Some(x) = to_i64(&args[1]).filter(|_| is_int(&args[1])) {
        if range_contains_i(rg, x) {
            return Ok(int_from_i64(
                ((x as i128 - rg.start as i128) / rg.step as i128) as i64,
            ));
        }
    }
    Err(error::value_error(format!(
        "{} is not in range",
        vm.repr_string(&args[1])?
    )))
}
fn range_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if a.downcast::<RangeObj>().is_some_and(|x| x.big.is_some())
        || b.downcast::<RangeObj>().is_some_and(|x| x.big.is_some())
    {
        let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) else {
            return Ok(Value::not_implemented());
        };
        if op != CmpOp::Eq && op != CmpOp::Ne {
            return Ok(Value::not_implemented());
        }
        let (x, y) = (big_of(x), big_of(y));
        let (nx, ny) = (x.len(), y.len());
        let one = BigInt::from(1);
        let eq =
            nx == ny && (nx.is_zero() || (x.start == y.start && (nx == one || x.step == y.step)));
        return Ok(Value::bool(if op == CmpOp::Eq { eq } else { !eq }));
    }
    let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) else {
        return Ok(Value::not_implemented());
    };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(Value::not_implemented());
    }
    let (nx, ny) = (x.len_i128(), y.len_i128());
    let eq = nx == ny && (nx == 0 || (x.start == y.start && (nx == 1 || x.step == y.step)));
    Ok(Value::bool(if op == CmpOp::Eq { eq } else { !eq }))
}
fn range_hash(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "range_hash")?;
    if let Some(b) = &r(&args[0]).big {
        let n = b.len();
        let t = crate::types::tuple::new_tuple_from([
            int_from_bigint(n),
            int_from_bigint(b.start.clone()),
            int_from_bigint(b.step.clone()),
        ]);
        return Ok(int_from_i64(vm.hash(&t)?));
    }
    let rg = r(&args[0]);
    let n = rg.len();
    let t = if n == 0 {
        crate::types::tuple::new_tuple_from([Value::small(0), Value::none(), Value::none()])
    } else if n == 1 {
        crate::types::tuple::new_tuple_from([
            Value::small(1),
            int_from_i64(rg.start),
            Value::none(),
        ])
    } else {
        crate::types::tuple::new_tuple_from([
            int_from_i64(n),
            int_from_i64(rg.start),
            int_from_i64(rg.step),
        ])
    };
    Ok(int_from_i64(vm.hash(&t)?))
}
fn get_start(_vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = &r(v).big {
        return Ok(int_from_bigint(b.start.clone()));
    }
    Ok(int_from_i64(r(v).start))
}
fn get_stop(_vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = &r(v).big {
        return Ok(int_from_bigint(b.stop.clone()));
    }
    Ok(int_from_i64(r(v).stop))
}
fn get_step(_vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(b) = &r(v).big {
        return Ok(int_from_bigint(b.step.clone()));
    }
    Ok(int_from_i64(r(v).step))
}
fn ri_next(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ri_next")?;
    range_iter_next(&args[0]).ok_or_else(|| error::stop_iteration(Value::none()))
}
fn ri_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ri_iter")?;
    Ok(args[0].clone())
}
fn ri_length_hint(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ri_length_hint")?;
    let ri = args[0].downcast::<RangeIterObj>().unwrap();
    Ok(int_from_i64(ri.remaining.load(Ordering::Relaxed).max(0)))
}

pub(crate) fn init(t: &Registry) {
    let rt = t.range;
    rt.add_new(range_new);
    rt.add_method("__repr__", range_repr);
    rt.add_method("__len__", range_len);
    rt.add_method("__bool__", range_bool);
    rt.add_method("__getitem__", range_getitem);
    rt.add_method("__contains__", range_contains);
    rt.add_method("__iter__", range_iter_m);
    rt.add_method("__reversed__", range_reversed);
    rt.add_method("__hash__", range_hash);
    rt.add_method("count", range_count);
    rt.add_method("index", range_index);
    rt.add_getset("start", get_start, None);
    rt.add_getset("stop", get_stop, None);
    rt.add_getset("step", get_step, None);
    crate::types::int::add_richcmp(rt, range_richcmp);
    let it = t.range_iterator;
    it.add_method("__next__", ri_next);
    it.add_method("__iter__", ri_iter);
    it.add_method("__length_hint__", ri_length_hint);
}

/// Iteration over a range with big-int bounds.
struct BigIter {
    cur: BigInt,
    step: BigInt,
    left: BigInt,
}

impl crate::types::iter::NativeIter for BigIter {
    fn next(&mut self, _vm: &Vm) -> PyResult<Option<Value>> {
        if !self.left.is_positive() {
            return Ok(None);
        }
        self.left -= 1;
        let v = int_from_bigint(self.cur.clone());
        self.cur += &self.step;
        Ok(Some(v))
    }
}
