//! `range` and its iterator (i64 bounds; larger ranges raise OverflowError).

use specializer::CmpOp;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::object;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, is_int, to_i64};
use crate::types::slice::SliceObj;
use crate::types::str::new_str;
use crate::types::{types, Registry};
use crate::value::Value;

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
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

pub struct RangeIterObj {
    pub next: AtomicI64,
    pub stop: i64,
    pub step: i64,
    pub remaining: AtomicI64,
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    object::alloc(types().range, RangeObj { start, stop, step })
}

fn to_bound(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = ops::index(vm, v)?;
    to_i64(&i).ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error("range() takes no keyword arguments"));
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, to_bound(vm, &a[0])?, 1),
        2 => (to_bound(vm, &a[0])?, to_bound(vm, &a[1])?, 1),
        3 => (
            to_bound(vm, &a[0])?,
            to_bound(vm, &a[1])?,
            to_bound(vm, &a[2])?,
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
    if step == 0 {
        return Err(error::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn r(v: &Value) -> &RangeObj {
    &v.downcast::<RangeObj>().unwrap().data
}

pub fn range_iter(v: &Value) -> Value {
    let rg = r(v);
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
    let rg = r(&args[0]);
    Ok(new_str(if rg.step == 1 {
        format!("range({}, {})", rg.start, rg.stop)
    } else {
        format!("range({}, {}, {})", rg.start, rg.stop, rg.step)
    }))
}
fn range_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let n = r(&args[0]).len_i128();
    if n > i64::MAX as i128 {
        return Err(error::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(int_from_i64(n as i64))
}
fn range_bool(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(r(&args[0]).len() != 0))
}
fn range_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
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
    Ok(range_iter(&args[0]))
}
fn range_reversed(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
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
    let rg = r(&args[0]);
    Ok(int_from_i64(match to_i64(&args[1]) {
        Some(x) if is_int(&args[1]) => range_contains_i(rg, x) as i64,
        _ => 0,
    }))
}
fn range_index(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
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
    let rg = r(&args[0]);
    let n = rg.len();
    let t = if n == 0 {
        crate::types::tuple::new_tuple(vec![Value::small(0), Value::none(), Value::none()])
    } else if n == 1 {
        crate::types::tuple::new_tuple(vec![Value::small(1), int_from_i64(rg.start), Value::none()])
    } else {
        crate::types::tuple::new_tuple(vec![
            int_from_i64(n),
            int_from_i64(rg.start),
            int_from_i64(rg.step),
        ])
    };
    Ok(int_from_i64(vm.hash(&t)?))
}
fn get_start(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(r(v).start))
}
fn get_stop(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(r(v).stop))
}
fn get_step(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(r(v).step))
}
fn ri_next(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    range_iter_next(&args[0]).ok_or_else(|| error::stop_iteration(Value::none()))
}
fn ri_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(args[0].clone())
}
fn ri_length_hint(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
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
