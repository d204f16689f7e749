//! `gc`: the cycle collector's interface. krait has no cycle collector yet
//! (reference counting frees everything acyclic; cycles are leaked), so
//! `collect()` is a stub that returns 0 and says so in its docstring.

use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::new_str;
use crate::value::Value;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(true);

fn collect(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::small(0))
}
fn enable(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::none())
}
fn disable(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::none())
}
fn isenabled(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(ENABLED.load(Ordering::Relaxed)))
}
fn get_count(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple_from([
        Value::small(0),
        Value::small(0),
        Value::small(0),
    ]))
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("gc");
    set_attr(&m, "__doc__", new_str("krait's gc module. There is no cycle collector yet: collect() is a stub that frees nothing and returns 0; reference counting frees all acyclic garbage.".into()));
    add_fn(&m, "collect", collect);
    add_fn(&m, "enable", enable);
    add_fn(&m, "disable", disable);
    add_fn(&m, "isenabled", isenabled);
    add_fn(&m, "get_count", get_count);
    set_attr(&m, "garbage", crate::types::list::new_list(vec![]));
    m
}
