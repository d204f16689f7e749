//! The attribute protocol: `getattr`, `setattr`, `delattr` for instances,
//! classes, modules and `super`, with descriptors (data descriptors before the
//! instance dict, non-data after), `__getattr__`, and custom
//! `__getattribute__`/`__setattr__`/`__delattr__`.

use crate::object::Kind;
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::as_dict;
use crate::types::function::{self, ClassMethodObj, GetSetObj, MethodDescrObj, StaticMethodObj};
use crate::types::str::{as_str, intern};
use crate::types::typeobj::{self, flags, instance_dict, TypeObj};
use crate::types::types;
use crate::value::Value;

/// `obj.name`.
pub fn getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = obj.ty();
    let fl = ty.flags();
    let r = if fl & flags::CUSTOM_GETATTRIBUTE != 0 {
        let ga = ty.lookup(crate::name!("__getattribute__")).unwrap();
        vm.call_method_descr_or_fn(&ga, &[obj.clone(), name.clone()], None)
    } else {
        match obj.kind() {
            Kind::Type => type_getattr(vm, obj, name),
            Kind::Module => crate::types::module::module_getattr(vm, obj, name),
            Kind::Super => typeobj::super_getattr(vm, obj, name),
            _ => generic_getattr(vm, obj, name),
        }
    };
    match r {
        Err(e) if fl & flags::HAS_GETATTR != 0 && e.matches(types().exc.attribute_error) => {
            let ga = ty.lookup(crate::name!("__getattr__")).unwrap();
            vm.call_method_descr_or_fn(&ga, &[obj.clone(), name.clone()], None)
        }
        r => r,
    }
}

/// Whether `d` (found on a type) is a data descriptor: it defines `__set__`
/// or `__delete__`, so it takes precedence over the instance dict.
#[inline]
pub fn is_data_descriptor(d: &Value) -> bool {
    match d.kind() {
        Kind::Property | Kind::GetSet => true,
        Kind::Function
        | Kind::NativeFunc
        | Kind::MethodDescr
        | Kind::ClassMethod
        | Kind::StaticMethod
        | Kind::Int
        | Kind::Str => false,
        _ => {
            let t = d.ty();
            !t.is_builtin()
                && (t.lookup(crate::name!("__set__")).is_some()
                    || t.lookup(crate::name!("__delete__")).is_some())
        }
    }
}

/// Applies `__get__` of attribute `d` (found on a type) for instance `inst`
/// (None when accessed on the class) and owner class `owner`.
pub fn bind_descriptor(vm: &Vm, d: &Value, inst: Option<&Value>, owner: &Value) -> PyResult<Value> {
    match d.kind() {
        Kind::Function => Ok(match inst {
            Some(i) => function::new_bound_method(d.clone(), i.clone()),
            None => d.clone(),
        }),
        Kind::MethodDescr => match inst {
            Some(i) => {
                let md = d.downcast::<MethodDescrObj>().unwrap();
                function::check_descr_self(md, i)?;
                Ok(function::bind_method_descr(md, i.clone()))
            }
            None => Ok(d.clone()),
        },
        Kind::ClassMethod if d.ty().is_builtin() => {
            let c = d.downcast::<ClassMethodObj>().unwrap();
            Ok(function::new_bound_method(c.func.clone(), owner.clone()))
        }
        Kind::StaticMethod if d.ty().is_builtin() => {
            Ok(d.downcast::<StaticMethodObj>().unwrap().func.clone())
        }
        Kind::Property if d.ty().is_builtin() => match inst {
            Some(i) => function::property_get(vm, d, i),
            None => Ok(d.clone()),
        },
        Kind::GetSet => match inst {
            Some(i) => function::getset_get(vm, d.downcast::<GetSetObj>().unwrap(), i),
            None => Ok(d.clone()),
        },
        Kind::NativeFunc
        | Kind::Int
        | Kind::Str
        | Kind::Float
        | Kind::Tuple
        | Kind::List
        | Kind::Dict => Ok(d.clone()),
        _ => {
            let t = d.ty();
            if t.is_builtin()
                && d.kind() != Kind::ClassMethod
                && d.kind() != Kind::StaticMethod
                && d.kind() != Kind::Property
            {
                if t.lookup(crate::name!("__get__")).is_none() {
                    return Ok(d.clone());
                }
            }
            match t.lookup(crate::name!("__get__")) {
                Some(get) => {
                    let i = inst.cloned().unwrap_or_else(Value::none);
                    vm.call_method_descr_or_fn(&get, &[d.clone(), i, owner.clone()], None)
                }
                None => Ok(d.clone()),
            }
        }
    }
}

fn no_attr(obj: &Value, name: &Value) -> error::PyErr {
    let e = error::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        obj.ty().name(),
        as_str(name).unwrap_or("?")
    ));
    set_attr_error_context(&e, obj, name);
    e
}

/// Records `name` and `obj` on an AttributeError (for suggestions later).
fn set_attr_error_context(e: &error::PyErr, obj: &Value, name: &Value) {
    if let Some(x) = e
        .value()
        .downcast::<crate::types::exceptions::ExceptionObj>()
    {
        let d = as_dict(&x.dict).unwrap();
        let vm = Vm::current();
        let _ = d.set_item(&vm, crate::name!("name").clone(), name.clone());
        let _ = d.set_item(&vm, crate::name!("obj").clone(), obj.clone());
    }
}

/// `object.__getattribute__`.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        if is_data_descriptor(d) {
            return bind_descriptor(vm, d, Some(obj), &ty.to_value());
        }
    }
    // a class instance's dict is borrowed (no count traffic); functions and
    // exceptions keep theirs elsewhere
    let owned;
    let dd = match crate::types::typeobj::instance_dict_ref(obj) {
        Some(dd) => Some(dd),
        None => {
            owned = instance_dict(obj);
            owned.as_ref().and_then(as_dict)
        }
    };
    if let Some(dd) = dd {
        let found = if name.is_exact(types().str) {
            dd.get_str(name)
        } else {
            dd.get_item(vm, name)?
        };
        if let Some(v) = found {
            return Ok(v);
        }
    }
    match descr {
        Some(d) => bind_descriptor(vm, &d, Some(obj), &ty.to_value()),
        None => Err(no_attr(obj, name)),
    }
}

/// `type.__getattribute__`: attributes of a class.
pub fn type_getattr(vm: &Vm, cls: &Value, name: &Value) -> PyResult<Value> {
    let meta = cls.ty();
    let meta_attr = meta.lookup(name);
    if let Some(m) = &meta_attr {
        if is_data_descriptor(m) {
            return bind_descriptor(vm, m, Some(cls), &meta.to_value());
        }
    }
    let t = cls.downcast::<TypeObj>().unwrap();
    if let Some(a) = t.lookup(name) {
        return bind_descriptor(vm, &a, None, cls);
    }
    if let Some(m) = meta_attr {
        return bind_descriptor(vm, &m, Some(cls), &meta.to_value());
    }
    let e = error::attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        t.name(),
        as_str(name).unwrap_or("?")
    ));
    set_attr_error_context(&e, cls, name);
    Err(e)
}

/// `obj.name = v`, or `del obj.name` when `v` is None.
pub fn setattr(vm: &Vm, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if ty.has_flag(flags::CUSTOM_SETATTR) {
        let (hook, args) = match &v {
            Some(v) => ("__setattr__", vec![obj.clone(), name.clone(), v.clone()]),
            None => ("__delattr__", vec![obj.clone(), name.clone()]),
        };
        let f = ty.lookup(&intern(hook)).unwrap();
        return vm.call_method_descr_or_fn(&f, &args, None).map(drop);
    }
    match obj.kind() {
        Kind::Type => type_setattr(vm, obj, name, v),
        Kind::Module => crate::types::module::module_setattr(vm, obj, name, v),
        _ => generic_setattr(vm, obj, name, v),
    }
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    if let Some(d) = ty.lookup(name) {
        if is_data_descriptor(&d) {
            return descriptor_set(vm, &d, obj, v);
        }
    }
    match instance_dict(obj) {
        Some(dict) => {
            let dd = as_dict(&dict).unwrap();
            match v {
                Some(v) => {
                    let key = if name.is_exact(types().str) {
                        name.clone()
                    } else {
                        name.clone()
                    };
                    dd.set_item(vm, key, v)
                }
                None => match dd.del_item(vm, name)? {
                    Some(_) => Ok(()),
                    None => Err(no_attr(obj, name)),
                },
            }
        }
        None => {
            if ty.is_builtin() && v.is_some() && obj.kind() != Kind::Object {
                return Err(no_attr(obj, name));
            }
            Err(no_attr(obj, name))
        }
    }
}

fn descriptor_set(vm: &Vm, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    match d.kind() {
        Kind::Property if d.ty().is_builtin() => function::property_set(vm, d, obj, v),
        Kind::GetSet => function::getset_set(vm, d.downcast::<GetSetObj>().unwrap(), obj, v),
        _ => {
            let t = d.ty();
            match v {
                Some(v) => match t.lookup(crate::name!("__set__")) {
                    Some(s) => vm
                        .call_method_descr_or_fn(&s, &[d.clone(), obj.clone(), v], None)
                        .map(drop),
                    None => Err(error::attribute_error("__set__")),
                },
                None => match t.lookup(crate::name!("__delete__")) {
                    Some(s) => vm
                        .call_method_descr_or_fn(&s, &[d.clone(), obj.clone()], None)
                        .map(drop),
                    None => Err(error::attribute_error("__delete__")),
                },
            }
        }
    }
}

/// Setting or deleting an attribute of a class.
pub fn type_setattr(vm: &Vm, cls: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    let t = cls.downcast::<TypeObj>().unwrap();
    let n = as_str(name).unwrap_or("?").to_string();
    if t.is_builtin() {
        return Err(error::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n,
            t.name()
        )));
    }
    let meta = cls.ty();
    if let Some(d) = meta.lookup(name) {
        // (type's own `__doc__` and `__module__` descriptors store into the
        // class namespace instead)
        if is_data_descriptor(&d) && n != "__doc__" && n != "__module__" {
            return descriptor_set(vm, &d, cls, v);
        }
    }
    let key = intern(&n);
    match v {
        Some(v) => {
            // a plain value rebound (a class-level counter): no version
            // change after the first time
            if !n.starts_with("__") && t.set_plain_attr(vm, &key, &v)? {
                return Ok(());
            }
            t.data.dict.set(&t.header, vm, key, v)?;
        }
        None => {
            if t.data.dict.remove(&t.header, vm, &key)?.is_none() {
                return Err(error::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name(),
                    n
                )));
            }
        }
    }
    t.modified();
    if n.starts_with("__") {
        typeobj::update_special_flags(t);
        let subs = t.data.subclasses.lock().clone();
        for w in subs {
            // SAFETY: subclasses are never freed.
            typeobj::update_special_flags(unsafe { &*(w as *const crate::object::Obj<TypeObj>) });
        }
    }
    Ok(())
}
