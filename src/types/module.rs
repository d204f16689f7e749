//! Module objects: a namespace dict with a name.

use crate::object::{self, Obj};
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::{as_dict, new_dict};
use crate::types::str::{as_str, intern, new_str};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

pub struct ModuleObj {
    pub dict: Value,
}

/// A new module named `name` with `__name__`, `__doc__`, `__package__`, `__spec__` set.
pub fn new_module(name: &str) -> Value {
    let d = new_dict();
    let vm = Vm::current();
    let dd = as_dict(&d).unwrap();
    // interned (immortal): every function made in the module refers to it
    dd.set_str(&vm, "__name__", crate::types::str::intern(name));
    dd.set_str(&vm, "__doc__", Value::none());
    dd.set_str(&vm, "__package__", Value::none());
    dd.set_str(&vm, "__loader__", Value::none());
    dd.set_str(&vm, "__spec__", Value::none());
    // every call of a function defined in the module references its globals:
    // deferred, so that threads calling them do not contend on the dict's count
    d.header().unwrap().make_deferred();
    let m = object::alloc(types().module, ModuleObj { dict: d });
    m.header().unwrap().make_deferred();
    m
}

pub fn module_dict(m: &Value) -> &Value {
    &m.downcast::<ModuleObj>().expect("module").dict
}

pub fn module_name(m: &Value) -> Option<String> {
    let d = as_dict(module_dict(m))?;
    d.get_by_str("__name__")
        .and_then(|n| as_str(&n).map(|s| s.to_string()))
}

/// Sets an attribute of a (native) module during its construction.
pub fn set_attr(m: &Value, name: &str, v: Value) {
    let vm = Vm::current();
    as_dict(module_dict(m)).unwrap().set_str(&vm, name, v);
}

/// Adds a native function to a module.
pub fn add_fn(m: &Value, name: &'static str, f: crate::types::function::NativeFn) {
    set_attr(m, name, crate::types::function::new_native_fn(name, f));
}

pub fn module_getattr(vm: &Vm, m: &Value, name: &Value) -> PyResult<Value> {
    let d = as_dict(module_dict(m)).unwrap();
    let found = if name.is_exact(types().str) {
        crate::runtime::namespace_cache::lookup(module_dict(m), None, name)
    } else {
        d.get_item(vm, name)?
    };
    if let Some(v) = found {
        return Ok(v);
    }
    // type attributes (__dict__, __class__, methods of module)
    if let Some(a) = m.ty().lookup(name) {
        return vm.bind_descriptor(&a, Some(m), &m.ty().to_value());
    }
    if let Some(ga) = d.get_by_str("__getattr__") {
        return vm.call(&ga, std::slice::from_ref(name));
    }
    let mname = module_name(m).unwrap_or_else(|| "?".into());
    Err(error::attribute_error(format!(
        "module '{}' has no attribute '{}'",
        mname,
        as_str(name).unwrap_or("?")
    )))
}

pub fn module_setattr(vm: &Vm, m: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let d = as_dict(module_dict(m)).unwrap();
    match v {
        Some(v) => d.set_item(vm, name.clone(), v),
        None => match d.del_item(vm, name)? {
            Some(_) => Ok(()),
            None => Err(error::attribute_error(format!(
                "module '{}' has no attribute '{}'",
                module_name(m).unwrap_or_default(),
                as_str(name).unwrap_or("?")
            ))),
        },
    }
}

fn module_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "module_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let m = alloc_instance(vm, cls, ModuleObj { dict: new_dict() })?;
    Ok(m)
}
fn module_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = crate::runtime::args::parse(&args[1..], kw, "module", &["name", "doc"], 1)?;
    let d = as_dict(module_dict(&args[0])).unwrap();
    d.set_str(vm, "__name__", a[0].clone().unwrap());
    d.set_str(vm, "__doc__", a[1].clone().unwrap_or_else(Value::none));
    d.set_str(vm, "__package__", Value::none());
    d.set_str(vm, "__loader__", Value::none());
    d.set_str(vm, "__spec__", Value::none());
    Ok(Value::none())
}
fn module_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "module_repr")?;
    let m = &args[0];
    let name = module_name(m).unwrap_or_else(|| "?".into());
    let d = as_dict(module_dict(m)).unwrap();
    let r = match d
        .get_by_str("__file__")
        .and_then(|f| as_str(&f).map(|s| s.to_string()))
    {
        Some(f) => format!("<module '{}' from '{}'>", name, f),
        None => format!("<module '{}' (built-in)>", name),
    };
    Ok(new_str(r))
}
fn module_get_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(module_dict(v).clone())
}
fn module_dir(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "module_dir")?;
    let keys = as_dict(module_dict(&args[0])).unwrap().keys();
    Ok(crate::types::list::new_list(keys))
}

pub(crate) fn init(t: &Registry) {
    let m = t.module;
    m.add_new(module_new);
    m.add_method("__init__", module_init);
    m.add_method("__repr__", module_repr);
    m.add_method("__dir__", module_dir);
    m.add_getset("__dict__", module_get_dict, None);
    let _ = intern("__name__");
    let _: Option<&Obj<ModuleObj>> = None;
}
