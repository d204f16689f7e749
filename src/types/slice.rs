//! `slice` objects and the index arithmetic every sequence shares.

use specializer::CmpOp;

use crate::object;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, to_bigint};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple_from;
use crate::types::{types, Registry};
use crate::value::Value;
use num_traits::Signed;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    object::alloc(types().slice, SliceObj { start, stop, step })
}

/// Clamps an index value to isize, saturating for huge ints (as CPython does).
fn clamp_index(vm: &Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small() {
        return Ok(i.clamp(isize::MIN as i64, isize::MAX as i64) as isize);
    }
    let i = ops::index(vm, v).map_err(|_| {
        error::type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match crate::types::int::to_i64(&i) {
        Some(x) => x as isize,
        None => {
            if to_bigint(&i).unwrap().is_negative() {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    })
}

impl SliceObj {
    /// (start, stop, step, count) for a sequence of length `len`, as
    /// `PySlice_GetIndicesEx` computes them.
    pub fn indices(&self, vm: &Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        let len = len as isize;
        let step = if self.step.is_none() {
            1
        } else {
            clamp_index(vm, &self.step)?
        };
        if step == 0 {
            return Err(error::value_error("slice step cannot be zero"));
        }
        let step = step.max(-isize::MAX);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |v: &Value, default: isize| -> PyResult<isize> {
            if v.is_none() {
                return Ok(default);
            }
            let mut i = clamp_index(vm, v)?;
            if i < 0 {
                i = i.saturating_add(len);
                if i < lower {
                    i = lower;
                }
            } else if i > upper {
                i = upper;
            }
            Ok(i)
        };
        let start = norm(&self.start, if step < 0 { upper } else { lower })?;
        let stop = norm(&self.stop, if step < 0 { lower } else { upper })?;
        let count = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }
}

fn sl(v: &Value) -> &SliceObj {
    &v.downcast::<SliceObj>().unwrap().data
}

fn slice_new(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(&args[1..], kw, "slice", 1, 3)?;
    let a = &args[1..];
    Ok(match a.len() {
        1 => new_slice(Value::none(), a[0].clone(), Value::none()),
        2 => new_slice(a[0].clone(), a[1].clone(), Value::none()),
        _ => new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}
fn slice_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "slice_repr")?;
    let s = sl(&args[0]);
    Ok(new_str(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}
fn slice_indices(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "slice_indices")?;
    let n = ops::index_isize(vm, &args[1])?;
    if n < 0 {
        return Err(error::value_error("length should not be negative"));
    }
    let (a, b, c, _) = sl(&args[0]).indices(vm, n as usize)?;
    Ok(new_tuple_from([
        int_from_i64(a as i64),
        int_from_i64(b as i64),
        int_from_i64(c as i64),
    ]))
}
fn slice_start(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).start.clone())
}
fn slice_stop(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).stop.clone())
}
fn slice_step(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v).step.clone())
}
fn slice_richcmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) else {
        return Ok(Value::not_implemented());
    };
    let tx = new_tuple_from([x.start.clone(), x.stop.clone(), x.step.clone()]);
    let ty = new_tuple_from([y.start.clone(), y.stop.clone(), y.step.clone()]);
    ops::compare(vm, &tx, &ty, op)
}

pub(crate) fn init(t: &Registry) {
    let s = t.slice;
    s.add_new(slice_new);
    s.add_method("__repr__", slice_repr);
    s.add_method("indices", slice_indices);
    s.add_getset("start", slice_start, None);
    s.add_getset("stop", slice_stop, None);
    s.add_getset("step", slice_step, None);
    s.set_attr_raw("__hash__", Value::none());
    crate::types::int::add_richcmp(s, slice_richcmp);
}
