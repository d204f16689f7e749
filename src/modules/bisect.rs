//! `_bisect`: the binary searches CPython writes in C, which `bisect.py`
//! (CPython's own, embedded) imports over its pure-Python definitions.
//! As `Modules/_bisectmodule.c`: any sequence (items read with
//! `__getitem__`), `key` applied to the items and not to `x` in the
//! searches, `insort_*` applying `key` to `x` once and inserting with
//! `list.insert` (or the object's own `insert`).

use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::to_i64;
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::new_str;
use crate::types::types;
use crate::value::Value;

/// A `Py_ssize_t` argument (`__index__`), with CPython's overflow message.
fn ssize(vm: &Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_small() {
        return Ok(i as isize);
    }
    let i = ops::index(vm, v)?;
    to_i64(&i)
        .map(|x| x as isize)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

struct Search {
    a: Value,
    x: Value,
    lo: isize,
    hi: isize,
    key: Option<Value>,
}

fn parse(vm: &Vm, a: &[Value], k: Option<&[Value]>, fname: &str) -> PyResult<Search> {
    let names = ["a", "x", "lo", "hi", "key"];
    let nkw = k.map_or(0, |k| k.len());
    if a.len() - nkw > 4 {
        return Err(error::type_error(format!(
            "{}() takes at most 4 positional arguments ({} given)",
            fname,
            a.len() - nkw
        )));
    }
    for kn in k.unwrap_or(&[]) {
        let name = crate::types::str::as_str(kn).unwrap_or("");
        if !names.contains(&name) {
            return Err(error::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                name, fname
            )));
        }
    }
    let p = args::parse(a, k, fname, &names, 2)?;
    let lo = match &p[2] {
        Some(v) => ssize(vm, v)?,
        None => 0,
    };
    let hi = match &p[3] {
        Some(v) if !v.is_none() => {
            if ops::index(vm, v).is_err() {
                return Err(error::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    v.ty().name()
                )));
            }
            ssize(vm, v)?
        }
        _ => -1,
    };
    let key = p[4].clone().filter(|k| !k.is_none());
    // both present: parse checked the first two
    let (Some(seq), Some(x)) = (p[0].clone(), p[1].clone()) else {
        return Err(error::type_error(format!(
            "{}() missing required argument",
            fname
        )));
    };
    Ok(Search {
        a: seq,
        x,
        lo,
        hi,
        key,
    })
}

/// The insertion point of `x` in `s.a[s.lo:s.hi]`: the leftmost one, or
/// after any equal items (`right`).
fn search(vm: &Vm, s: &Search, x: &Value, right: bool) -> PyResult<isize> {
    let mut lo = s.lo;
    if lo < 0 {
        return Err(error::value_error("lo must be non-negative"));
    }
    let mut hi = s.hi;
    if hi == -1 {
        hi = vm.len(&s.a)? as isize;
    }
    while lo < hi {
        let mid = ((lo as usize + hi as usize) / 2) as isize;
        let mut item = vm.getitem(&s.a, &Value::small(mid as i64))?;
        if let Some(key) = &s.key {
            item = vm.call(key, &[item])?;
        }
        if right {
            if ops::lt(vm, x, &item)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if ops::lt(vm, &item, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &Vm, a: &[Value], k: Option<&[Value]>, fname: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, a, k, fname)?;
    Ok(Value::small(search(vm, &s, &s.x, right)? as i64))
}

fn insort(vm: &Vm, a: &[Value], k: Option<&[Value]>, fname: &str, right: bool) -> PyResult<Value> {
    let s = parse(vm, a, k, fname)?;
    let index = match &s.key {
        None => search(vm, &s, &s.x, right)?,
        Some(key) => {
            let kx = vm.call(key, &[s.x.clone()])?;
            search(vm, &s, &kx, right)?
        }
    };
    let index = Value::small(index as i64);
    if s.a.is_exact(types().list) {
        crate::types::list::insert(&s.a, index.as_small().unwrap_or(0) as isize, s.x.clone());
    } else {
        vm.call_method(&s.a, "insert", &[index, s.x.clone()])?;
    }
    Ok(Value::none())
}

fn bisect_right(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    bisect(vm, a, k, "bisect_right", true)
}
fn bisect_left(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    bisect(vm, a, k, "bisect_left", false)
}
fn insort_right(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    insort(vm, a, k, "insort_right", true)
}
fn insort_left(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    insort(vm, a, k, "insort_left", false)
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_bisect");
    set_attr(&m, "__doc__", new_str("Bisection algorithms.".into()));
    add_fn(&m, "bisect_right", bisect_right);
    add_fn(&m, "bisect_left", bisect_left);
    add_fn(&m, "insort_right", insort_right);
    add_fn(&m, "insort_left", insort_left);
    m
}
