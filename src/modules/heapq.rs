//! `_heapq`: the heap operations CPython writes in C, which `heapq.py`
//! (CPython's own, embedded) imports over its pure-Python definitions.
//! Same algorithm as CPython's `Modules/_heapqmodule.c` (sift the hole down
//! to a leaf, then bubble the item up), the same comparisons in the same
//! order (`<` only), and its errors: a comparison that changes the list's
//! size raises `RuntimeError`.
//!
//! Comparisons run Python code, so the list's lock is never held across
//! one: items are read, compared, and the swap is done under the lock after
//! checking that the list still has the size it had.

use crate::object::Obj;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::list::{as_list, ListObj};
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::new_str;
use crate::types::types;
use crate::value::Value;

/// `a < b`, or `b < a` for the max-heap variants.
fn before(vm: &Vm, max: bool, a: &Value, b: &Value) -> PyResult<bool> {
    if max {
        ops::lt(vm, b, a)
    } else {
        ops::lt(vm, a, b)
    }
}

/// The list argument of a heap function (a list or a subclass of list),
/// with Argument Clinic's message otherwise.
pub(crate) fn list_arg<'a>(v: &'a Value, fname: &str, which: &str) -> PyResult<&'a Obj<ListObj>> {
    if v.ty().is_subtype_of(types().list) {
        if let Some(l) = as_list(v) {
            return Ok(l);
        }
    }
    Err(error::type_error(format!(
        "{}() {} must be list, not {}",
        fname,
        which,
        v.ty().name()
    )))
}

/// Exactly `n` positional arguments, as Argument Clinic checks them.
fn exact_args(args: &[Value], kw: Option<&[Value]>, fname: &str, n: usize) -> PyResult<()> {
    crate::runtime::args::exact_positional(args, kw, "", fname, n)
}

fn changed_size() -> crate::runtime::error::PyErr {
    error::runtime_error("list changed size during iteration")
}

fn item(heap: &Obj<ListObj>, i: usize) -> PyResult<Value> {
    heap.get(i).ok_or_else(changed_size)
}

/// Swaps items `i` and `j` if the list still has `size` items.
fn swap(heap: &Obj<ListObj>, size: usize, i: usize, j: usize) -> PyResult<()> {
    heap.locked(|v| {
        if v.len() != size {
            return Err(changed_size());
        }
        v.swap(i, j);
        Ok(())
    })
}

/// Moves the item at `pos` towards the root (`startpos`) while it is
/// smaller than its parent.
fn siftdown(
    vm: &Vm,
    heap: &Obj<ListObj>,
    max: bool,
    startpos: usize,
    mut pos: usize,
) -> PyResult<()> {
    let size = heap.len();
    if pos >= size {
        return Err(error::index_error("index out of range"));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let newitem = item(heap, pos)?;
        let parent = item(heap, parentpos)?;
        let lt = before(vm, max, &newitem, &parent)?;
        if heap.len() != size {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        swap(heap, size, parentpos, pos)?;
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` until a leaf, then sifts the item
/// that was at `pos` back up into place.
fn siftup(vm: &Vm, heap: &Obj<ListObj>, max: bool, mut pos: usize) -> PyResult<()> {
    let endpos = heap.len();
    let startpos = pos;
    if pos >= endpos {
        return Err(error::index_error("index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = item(heap, childpos)?;
            let b = item(heap, childpos + 1)?;
            let lt = before(vm, max, &a, &b)?;
            if !lt {
                childpos += 1;
            }
            if heap.len() != endpos {
                return Err(changed_size());
            }
        }
        swap(heap, endpos, childpos, pos)?;
        pos = childpos;
    }
    siftdown(vm, heap, max, startpos, pos)
}

fn heappush(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "heappush", 2)?;
    let heap = list_arg(&a[0], "heappush", "argument 1")?;
    heap.push(a[1].clone());
    siftdown(vm, heap, false, 0, heap.len().saturating_sub(1))?;
    Ok(Value::none())
}

/// Removes the last item; if the heap is not empty then, it replaces the
/// root, which is returned, and is sifted into place.
fn pop(vm: &Vm, heap: &Obj<ListObj>, max: bool) -> PyResult<Value> {
    let last = heap.locked(|v| v.pop());
    let Some(last) = last else {
        return Err(error::index_error("index out of range"));
    };
    let root = heap.locked(|v| v.first_mut().map(|r| std::mem::replace(r, last.clone())));
    match root {
        None => Ok(last),
        Some(root) => {
            drop(last);
            siftup(vm, heap, max, 0)?;
            Ok(root)
        }
    }
}

fn heappop(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "heappop", 1)?;
    pop(vm, list_arg(&a[0], "heappop", "argument")?, false)
}

fn heappop_max(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "_heappop_max", 1)?;
    pop(vm, list_arg(&a[0], "_heappop_max", "argument")?, true)
}

fn replace(vm: &Vm, heap: &Obj<ListObj>, max: bool, x: Value) -> PyResult<Value> {
    let root = heap.locked(|v| v.first_mut().map(|r| std::mem::replace(r, x)));
    let Some(root) = root else {
        return Err(error::index_error("index out of range"));
    };
    siftup(vm, heap, max, 0)?;
    Ok(root)
}

fn heapreplace(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "heapreplace", 2)?;
    replace(
        vm,
        list_arg(&a[0], "heapreplace", "argument 1")?,
        false,
        a[1].clone(),
    )
}

fn heapreplace_max(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "_heapreplace_max", 2)?;
    replace(
        vm,
        list_arg(&a[0], "_heapreplace_max", "argument 1")?,
        true,
        a[1].clone(),
    )
}

fn heappushpop(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "heappushpop", 2)?;
    let heap = list_arg(&a[0], "heappushpop", "argument 1")?;
    let x = a[1].clone();
    let Some(top) = heap.get(0) else {
        return Ok(x);
    };
    if !ops::lt(vm, &top, &x)? {
        return Ok(x);
    }
    let root = heap.locked(|v| v.first_mut().map(|r| std::mem::replace(r, x)));
    let Some(root) = root else {
        return Err(error::index_error("index out of range"));
    };
    siftup(vm, heap, false, 0)?;
    Ok(root)
}

fn heapify_list(vm: &Vm, heap: &Obj<ListObj>, max: bool) -> PyResult<Value> {
    let n = heap.len();
    if n > 2500 {
        // CPython's cache-friendly order for big heaps: each node is still
        // sifted after all of its descendants (so the result is the same),
        // but a row's subtrees are finished left to right.
        let m = n >> 1;
        let leftmost = (1usize << (usize::BITS - 1 - (m + 1).leading_zeros())) - 1;
        let mhalf = m >> 1;
        for range in [(mhalf, leftmost), (leftmost, m)] {
            for i in (range.0..range.1).rev() {
                let mut j = i;
                loop {
                    siftup(vm, heap, max, j)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
        }
        return Ok(Value::none());
    }
    for i in (0..n / 2).rev() {
        siftup(vm, heap, max, i)?;
    }
    Ok(Value::none())
}

fn heapify(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "heapify", 1)?;
    heapify_list(vm, list_arg(&a[0], "heapify", "argument")?, false)
}

fn heapify_max(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    exact_args(a, k, "_heapify_max", 1)?;
    heapify_list(vm, list_arg(&a[0], "_heapify_max", "argument")?, true)
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_heapq");
    set_attr(
        &m,
        "__doc__",
        new_str("Heap queue algorithm (a.k.a. priority queue).".into()),
    );
    add_fn(&m, "heappush", heappush);
    add_fn(&m, "heappop", heappop);
    add_fn(&m, "heapreplace", heapreplace);
    add_fn(&m, "heappushpop", heappushpop);
    add_fn(&m, "heapify", heapify);
    add_fn(&m, "_heappop_max", heappop_max);
    add_fn(&m, "_heapreplace_max", heapreplace_max);
    add_fn(&m, "_heapify_max", heapify_max);
    set_attr(
        &m,
        "__about__",
        new_str("Heap queues: the heap invariant a[k] <= a[2*k+1] and a[k] <= a[2*k+2].".into()),
    );
    m
}
