//! Callables and descriptors: Python functions, native (Rust) functions and
//! methods, bound methods, `classmethod`, `staticmethod`, `property`, getset
//! descriptors (including `__slots__` members) and closure cells.

use parking_lot::Mutex;
use specializer::{BinOp, CmpOp};

use crate::object::{self, Obj, ValueCell};
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::str::{as_str, intern, new_str};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry, TypeRef};
use crate::value::Value;

/// A native function: positional args (for methods, `self` first), then the
/// keyword values; `kwnames` names the last `kwnames.len()` arguments.
pub type NativeFn = fn(&Vm, &[Value], Option<&[Value]>) -> PyResult<Value>;
pub type GetterFn = fn(&Vm, &Value) -> PyResult<Value>;
pub type SetterFn = fn(&Vm, &Value, Option<Value>) -> PyResult<()>;
pub type BinopFn = fn(&Vm, &Value, &Value, BinOp) -> PyResult<Value>;
pub type CmpFn = fn(&Vm, &Value, &Value, CmpOp) -> PyResult<Value>;

/// What a native callable runs.
#[derive(Clone, Copy)]
pub enum NativeImpl {
    Fn(NativeFn),
    /// A binary operator dunder; `true` = reflected (`__radd__`).
    BinOp(BinopFn, BinOp, bool),
    /// A rich comparison dunder.
    Cmp(CmpFn, CmpOp),
    /// A builtin type's `__new__`: the first argument must be a subtype of it.
    New(NativeFn, TypeRef),
}

impl NativeImpl {
    /// Calls the native code. A Rust panic inside it (always a krait bug) is
    /// reported and turned into `SystemError` instead of ending the process;
    /// `tests/builtin_sweep.rs` calls every builtin method with odd arguments
    /// so that such bugs are found and fixed.
    #[inline]
    pub fn call(&self, vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.call_inner(vm, args, kwnames)
        })) {
            Ok(r) => r,
            Err(p) => {
                let msg = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                Err(error::system_error(format!(
                    "krait internal error in a builtin: {}",
                    msg
                )))
            }
        }
    }

    fn call_inner(&self, vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
        match *self {
            NativeImpl::Fn(f) => f(vm, args, kwnames),
            NativeImpl::BinOp(f, op, reflected) => {
                check_exact_args(args, kwnames, 2)?;
                if reflected {
                    f(vm, &args[1], &args[0], op)
                } else {
                    f(vm, &args[0], &args[1], op)
                }
            }
            NativeImpl::Cmp(f, op) => {
                check_exact_args(args, kwnames, 2)?;
                f(vm, &args[0], &args[1], op)
            }
            NativeImpl::New(f, owner) => {
                // (the owner's name only on the error paths: it takes a lock)
                let on = || owner.name();
                let Some(first) = args.first() else {
                    return Err(error::type_error(format!(
                        "{}.__new__(): not enough arguments",
                        on()
                    )));
                };
                let Some(t) = first.downcast::<TypeObj>() else {
                    return Err(error::type_error(format!(
                        "{}.__new__(X): X is not a type object ({})",
                        on(),
                        first.ty().name()
                    )));
                };
                if !crate::types::typeobj::is_subtype(t, owner) {
                    return Err(error::type_error(format!(
                        "{}.__new__({}): {} is not a subtype of {}",
                        on(),
                        t.name(),
                        t.name(),
                        on()
                    )));
                }
                f(vm, args, kwnames)
            }
        }
    }
}

fn check_exact_args(args: &[Value], kwnames: Option<&[Value]>, n: usize) -> PyResult<()> {
    if kwnames.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error("method takes no keyword arguments"));
    }
    if args.len() != n {
        return Err(error::type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------

pub struct FunctionObj {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: Mutex<Value>,
    pub qualname: Mutex<Value>,
    pub defaults: ValueCell,
    pub kwdefaults: ValueCell,
    pub closure: Option<Value>,
    pub doc: ValueCell,
    pub dict: ValueCell,
    pub module: ValueCell,
    pub annotations: ValueCell,
}

impl FunctionObj {
    pub fn code(&self) -> &Obj<crate::code::CodeObj> {
        self.code.downcast().expect("function code")
    }
}

pub struct NativeFuncObj {
    pub name: &'static str,
    pub imp: NativeImpl,
    /// The bound receiver (`[].append`), or the module for module functions.
    pub self_: Option<Value>,
    /// The type that defines it, for methods of builtin types.
    pub owner: Option<TypeRef>,
}

impl NativeFuncObj {
    pub fn owner_is(&self, t: TypeRef) -> bool {
        self.owner.is_some_and(|o| std::ptr::eq(o, t))
    }
}

/// A method of a builtin type, as found in the type's namespace.
pub struct MethodDescrObj {
    pub name: &'static str,
    pub imp: NativeImpl,
    pub owner: TypeRef,
}

/// A computed attribute of a builtin type, or a `__slots__` member.
pub struct GetSetObj {
    pub name: String,
    pub get: Option<GetterFn>,
    pub set: Option<SetterFn>,
    pub owner: TypeRef,
    /// For `__slots__` members: the storage index in the instance.
    pub slot: Option<usize>,
}

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

pub struct ClassMethodObj {
    pub func: Value,
    pub dict: ValueCell,
}

pub struct StaticMethodObj {
    pub func: Value,
    pub dict: ValueCell,
}

pub struct PropertyObj {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: ValueCell,
    pub name: ValueCell,
}

/// A closure cell.
pub struct CellObj {
    pub value: ValueCell,
}

pub fn new_cell(v: Option<Value>) -> Value {
    object::alloc(
        types().cell,
        CellObj {
            value: ValueCell::new(v),
        },
    )
}

impl Obj<CellObj> {
    #[inline]
    pub fn get(&self) -> Option<Value> {
        self.data.value.get(&self.header)
    }
    #[inline]
    pub fn set(&self, v: Option<Value>) {
        drop(self.data.value.replace(&self.header, v));
    }
}

pub fn new_native(name: &'static str, imp: NativeImpl, self_: Option<Value>) -> Value {
    let v = object::alloc(
        types().builtin_function,
        NativeFuncObj {
            name,
            imp,
            self_,
            owner: None,
        },
    );
    v
}

pub fn new_native_fn(name: &'static str, f: NativeFn) -> Value {
    let v = new_native(name, NativeImpl::Fn(f), None);
    v.header().unwrap().make_immortal();
    v
}

pub fn new_method_descr(name: &'static str, imp: NativeImpl, owner: TypeRef) -> Value {
    let v = object::alloc(
        types().method_descriptor,
        MethodDescrObj { name, imp, owner },
    );
    v.header().unwrap().make_immortal();
    v
}

pub fn new_getset(
    name: String,
    get: Option<GetterFn>,
    set: Option<SetterFn>,
    owner: TypeRef,
    slot: Option<usize>,
) -> Value {
    let ty = if slot.is_some() {
        types().member_descriptor
    } else {
        types().getset_descriptor
    };
    let v = object::alloc(
        ty,
        GetSetObj {
            name,
            get,
            set,
            owner,
            slot,
        },
    );
    v.header().unwrap().make_deferred();
    v
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    object::alloc(types().method, BoundMethodObj { func, self_ })
}

pub fn new_classmethod(func: Value) -> Value {
    object::alloc(
        types().classmethod,
        ClassMethodObj {
            func,
            dict: ValueCell::new(None),
        },
    )
}

pub fn new_staticmethod(func: Value) -> Value {
    object::alloc(
        types().staticmethod,
        StaticMethodObj {
            func,
            dict: ValueCell::new(None),
        },
    )
}

/// Binds a builtin method descriptor to a receiver (`[].append`).
pub fn bind_method_descr(d: &Obj<MethodDescrObj>, self_: Value) -> Value {
    object::alloc(
        types().builtin_function,
        NativeFuncObj {
            name: d.name,
            imp: d.imp,
            self_: Some(self_),
            owner: Some(d.owner),
        },
    )
}

/// Checks that a method descriptor is applied to an instance of its type.
#[inline(always)]
pub fn check_descr_self(d: &Obj<MethodDescrObj>, self_: &Value) -> PyResult<()> {
    // the receiver's type is the owner itself almost always
    if std::ptr::eq(self_.ty(), d.owner) {
        return Ok(());
    }
    check_descr_subtype(d, self_)
}

#[inline(never)]
fn check_descr_subtype(d: &Obj<MethodDescrObj>, self_: &Value) -> PyResult<()> {
    if !crate::types::typeobj::is_subtype(self_.ty(), d.owner) {
        return Err(error::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.name(),
            self_.ty().name()
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// function attributes

fn func(v: &Value) -> &Obj<FunctionObj> {
    v.downcast::<FunctionObj>().expect("function")
}

fn f_get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).name.lock().clone())
}
fn f_set_name(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n {
        Some(n) if as_str(&n).is_some() => {
            *func(v).name.lock() = n;
            Ok(())
        }
        _ => Err(error::type_error("__name__ must be set to a string object")),
    }
}
fn f_get_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).qualname.lock().clone())
}
fn f_set_qualname(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n {
        Some(n) if as_str(&n).is_some() => {
            *func(v).qualname.lock() = n;
            Ok(())
        }
        _ => Err(error::type_error(
            "__qualname__ must be set to a string object",
        )),
    }
}
fn f_get_defaults(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .defaults
        .get(&func(v).header)
        .unwrap_or_else(Value::none))
}
fn f_set_defaults(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| !n.is_none());
    if let Some(d) = &n {
        if crate::types::tuple::as_tuple(d).is_none() {
            return Err(error::type_error(
                "__defaults__ must be set to a tuple object",
            ));
        }
    }
    drop(func(v).defaults.replace(&func(v).header, n));
    Ok(())
}
fn f_get_kwdefaults(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .kwdefaults
        .get(&func(v).header)
        .unwrap_or_else(Value::none))
}
fn f_set_kwdefaults(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    drop(
        func(v)
            .kwdefaults
            .replace(&func(v).header, n.filter(|n| !n.is_none())),
    );
    Ok(())
}
fn f_get_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).code.clone())
}
fn f_get_globals(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).globals.clone())
}
fn f_get_closure(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).closure.clone().unwrap_or_else(Value::none))
}
fn f_get_doc(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v).doc.get(&func(v).header).unwrap_or_else(Value::none))
}
fn f_set_doc(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    drop(func(v).doc.replace(&func(v).header, n));
    Ok(())
}
fn f_get_module(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func(v)
        .module
        .get(&func(v).header)
        .unwrap_or_else(Value::none))
}
fn f_set_module(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    drop(func(v).module.replace(&func(v).header, n));
    Ok(())
}
/// The function's `__dict__`, created on first use.
pub fn function_dict(v: &Value) -> Value {
    let f = func(v);
    if let Some(d) = f.dict.get(&f.header) {
        return d;
    }
    let d = crate::types::dict::new_dict();
    drop(f.dict.replace(&f.header, Some(d.clone())));
    d
}
fn f_get_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(function_dict(v))
}
fn f_get_annotations(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = func(v);
    if let Some(a) = f.annotations.get(&f.header) {
        return Ok(a);
    }
    let d = crate::types::dict::new_dict();
    drop(f.annotations.replace(&f.header, Some(d.clone())));
    Ok(d)
}
fn f_set_annotations(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    drop(func(v).annotations.replace(&func(v).header, n));
    Ok(())
}

fn f_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_repr")?;
    let q = func(&args[0]).qualname.lock().clone();
    Ok(new_str(format!(
        "<function {} at {:#x}>",
        as_str(&q).unwrap_or("?"),
        args[0].raw()
    )))
}

fn f_get(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or_else(Value::none);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    let _ = vm;
    Ok(new_bound_method(args[0].clone(), obj))
}

// native functions

fn nf_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "nf_repr")?;
    let f = args[0].downcast::<NativeFuncObj>().unwrap();
    let s = match (&f.self_, f.owner) {
        (Some(s), Some(_)) if s.kind() != crate::object::Kind::Module => {
            format!(
                "<built-in method {} of {} object at {:#x}>",
                f.name,
                s.ty().name(),
                s.raw()
            )
        }
        _ => format!("<built-in function {}>", f.name),
    };
    Ok(new_str(s))
}
fn nf_get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(intern(v.downcast::<NativeFuncObj>().unwrap().name))
}
fn nf_get_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<NativeFuncObj>().unwrap();
    Ok(match f.owner {
        Some(o) => new_str(format!("{}.{}", o.name(), f.name)),
        None => intern(f.name),
    })
}
fn nf_get_self(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<NativeFuncObj>()
        .unwrap()
        .self_
        .clone()
        .unwrap_or_else(Value::none))
}
fn nf_get_module(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = v.downcast::<NativeFuncObj>().unwrap();
    Ok(match &f.self_ {
        Some(m) if m.kind() == crate::object::Kind::Module => crate::types::module::module_name(m)
            .map(|s| new_str(s))
            .unwrap_or_else(Value::none),
        _ if f.owner.is_none() => crate::name!("builtins").clone(),
        _ => Value::none(),
    })
}
fn nf_get_doc(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::none())
}

fn md_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "md_repr")?;
    let d = args[0].downcast::<MethodDescrObj>().unwrap();
    Ok(new_str(format!(
        "<method '{}' of '{}' objects>",
        d.name,
        d.owner.name()
    )))
}
fn md_get(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = args[0].downcast::<MethodDescrObj>().unwrap();
    let obj = args.get(1).cloned().unwrap_or_else(Value::none);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    check_descr_self(d, &obj)?;
    Ok(bind_method_descr(d, obj))
}
fn md_get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(intern(v.downcast::<MethodDescrObj>().unwrap().name))
}
fn md_get_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = v.downcast::<MethodDescrObj>().unwrap();
    Ok(new_str(format!("{}.{}", d.owner.name(), d.name)))
}
fn md_get_objclass(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<MethodDescrObj>().unwrap().owner.to_value())
}

fn gs_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "gs_repr")?;
    let d = args[0].downcast::<GetSetObj>().unwrap();
    let kind = if d.slot.is_some() {
        "member"
    } else {
        "attribute"
    };
    Ok(new_str(format!(
        "<{} '{}' of '{}' objects>",
        kind,
        d.name,
        d.owner.name()
    )))
}
fn gs_get(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or_else(Value::none);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    getset_get(vm, args[0].downcast::<GetSetObj>().unwrap(), &obj)
}
fn gs_set(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "gs_set")?;
    getset_set(
        vm,
        args[0].downcast::<GetSetObj>().unwrap(),
        &args[1],
        Some(args[2].clone()),
    )?;
    Ok(Value::none())
}
fn gs_delete(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "gs_delete")?;
    getset_set(vm, args[0].downcast::<GetSetObj>().unwrap(), &args[1], None)?;
    Ok(Value::none())
}
fn gs_get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(v.downcast::<GetSetObj>().unwrap().name.clone()))
}

/// Reads a getset descriptor's attribute from `obj`.
pub fn getset_get(vm: &Vm, d: &Obj<GetSetObj>, obj: &Value) -> PyResult<Value> {
    if !crate::types::typeobj::is_subtype(obj.ty(), d.owner) {
        return Err(error::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.name(),
            obj.ty().name()
        )));
    }
    if let Some(i) = d.slot {
        let ext = object::instance_ext(obj).expect("slot owner");
        return ext.slots[i].get(obj.header().unwrap()).ok_or_else(|| {
            error::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.ty().name(),
                d.name
            ))
        });
    }
    match d.get {
        Some(g) => g(vm, obj),
        None => Err(error::attribute_error(format!(
            "attribute '{}' is not readable",
            d.name
        ))),
    }
}

/// Writes (or with `None`, deletes) a getset descriptor's attribute.
pub fn getset_set(vm: &Vm, d: &Obj<GetSetObj>, obj: &Value, v: Option<Value>) -> PyResult<()> {
    if let Some(i) = d.slot {
        let ext = object::instance_ext(obj).expect("slot owner");
        let deleting = v.is_none();
        let old = ext.slots[i].replace(obj.header().unwrap(), v);
        if deleting && old.is_none() {
            return Err(error::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.ty().name(),
                d.name
            )));
        }
        return Ok(());
    }
    match d.set {
        Some(s) => s(vm, obj, v),
        None => Err(error::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.name,
            d.owner.name()
        ))),
    }
}

// bound methods

fn bm(v: &Value) -> &Obj<BoundMethodObj> {
    v.downcast::<BoundMethodObj>().unwrap()
}
fn bm_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bm_repr")?;
    let m = bm(&args[0]);
    let name = vm
        .getattr_opt(&m.func, "__qualname__")?
        .or(vm.getattr_opt(&m.func, "__name__")?);
    let name = name.as_ref().and_then(as_str).unwrap_or("?").to_string();
    let r = vm.repr(&m.self_)?;
    Ok(new_str(format!(
        "<bound method {} of {}>",
        name,
        as_str(&r).unwrap_or("")
    )))
}
fn bm_get_func(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(bm(v).func.clone())
}
fn bm_get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm
        .getattr_opt(&bm(v).func, "__doc__")?
        .unwrap_or_else(Value::none))
}
fn bm_get_self(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(bm(v).self_.clone())
}
fn bm_eq(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "bm_eq")?;
    let a = bm(&args[0]);
    match args[1].downcast::<BoundMethodObj>() {
        Some(b) => Ok(Value::bool(a.func.is(&b.func) && a.self_.is(&b.self_))),
        None => Ok(Value::not_implemented()),
    }
}
fn bm_hash(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bm_hash")?;
    let m = bm(&args[0]);
    let h = vm.hash(&m.func)? ^ ((m.self_.raw() >> 4) as i64);
    Ok(Value::small(h & crate::value::SMALL_MAX))
}
fn bm_getattribute(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "bm_getattribute")?;
    // own attributes first, then the function's (e.g. __name__, __doc__)
    match crate::runtime::attr::generic_getattr(vm, &args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(types().exc.attribute_error) => {
            vm.getattr(&bm(&args[0]).func, &args[1])
        }
        Err(e) => Err(e),
    }
}

fn bm_new(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(error::type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if !crate::modules::builtins::is_callable(&args[1]) {
        return Err(error::type_error("first argument must be callable"));
    }
    Ok(new_bound_method(args[1].clone(), args[2].clone()))
}

// classmethod / staticmethod

fn cm_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "cm_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let f = args
        .get(1)
        .cloned()
        .ok_or_else(|| error::type_error("classmethod expected 1 argument, got 0"))?;
    alloc_instance(
        vm,
        cls,
        ClassMethodObj {
            func: f,
            dict: ValueCell::new(None),
        },
    )
}
fn cm_init(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::none())
}
fn cm_get(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let c = args[0].downcast::<ClassMethodObj>().unwrap();
    let obj = args.get(1).cloned().unwrap_or_else(Value::none);
    let owner = match args.get(2) {
        Some(o) if !o.is_none() => o.clone(),
        _ => obj.ty().to_value(),
    };
    if let Some(get) = c.func.ty().lookup(crate::name!("__get__")) {
        if c.func.kind() != crate::object::Kind::Function
            && c.func.kind() != crate::object::Kind::NativeFunc
        {
            return vm.call(&get, &[c.func.clone(), owner.clone(), owner]);
        }
    }
    Ok(new_bound_method(c.func.clone(), owner))
}
fn cm_func(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<ClassMethodObj>().unwrap().func.clone())
}
fn cm_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<ClassMethodObj>().unwrap();
    if let Some(d) = c.dict.get(&c.header) {
        return Ok(d);
    }
    let d = crate::types::dict::new_dict();
    drop(c.dict.replace(&c.header, Some(d.clone())));
    Ok(d)
}
fn cm_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<ClassMethodObj>().unwrap();
    Ok(vm
        .getattr_opt(&c.func, "__isabstractmethod__")?
        .unwrap_or_else(|| Value::bool(false)))
}
fn sm_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "sm_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let f = args
        .get(1)
        .cloned()
        .ok_or_else(|| error::type_error("staticmethod expected 1 argument, got 0"))?;
    alloc_instance(
        vm,
        cls,
        StaticMethodObj {
            func: f,
            dict: ValueCell::new(None),
        },
    )
}
fn sm_get(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "sm_get")?;
    Ok(args[0].downcast::<StaticMethodObj>().unwrap().func.clone())
}
fn sm_func(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<StaticMethodObj>().unwrap().func.clone())
}
fn sm_call(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "sm_call")?;
    let f = args[0].downcast::<StaticMethodObj>().unwrap().func.clone();
    vm.call_kw(&f, &args[1..], kw)
}
fn sm_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<StaticMethodObj>().unwrap();
    if let Some(d) = c.dict.get(&c.header) {
        return Ok(d);
    }
    let d = crate::types::dict::new_dict();
    drop(c.dict.replace(&c.header, Some(d.clone())));
    Ok(d)
}
fn sm_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = v.downcast::<StaticMethodObj>().unwrap();
    Ok(vm
        .getattr_opt(&c.func, "__isabstractmethod__")?
        .unwrap_or_else(|| Value::bool(false)))
}

// property

/// A property's getter, if it has one.
pub fn property_fget(v: &Value) -> Option<Value> {
    v.downcast::<PropertyObj>().and_then(|p| p.fget.clone())
}

fn prop(v: &Value) -> &Obj<PropertyObj> {
    v.downcast::<PropertyObj>().unwrap()
}
fn prop_new(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "prop_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let a = crate::runtime::args::parse(
        &args[1..],
        kwnames,
        "property",
        &["fget", "fset", "fdel", "doc"],
        0,
    )?;
    let norm = |v: &Option<Value>| v.clone().filter(|v| !v.is_none());
    let fget = norm(&a[0]);
    let mut doc = norm(&a[3]);
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = vm.getattr_opt(g, "__doc__")?.filter(|d| !d.is_none());
        }
    }
    alloc_instance(
        vm,
        cls,
        PropertyObj {
            fget,
            fset: norm(&a[1]),
            fdel: norm(&a[2]),
            doc: ValueCell::new(doc),
            name: ValueCell::new(None),
        },
    )
}
fn prop_init(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::none())
}
fn prop_get(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or_else(Value::none);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    property_get(vm, &args[0], &obj)
}
/// Runs a property's getter.
pub fn property_get(vm: &Vm, p: &Value, obj: &Value) -> PyResult<Value> {
    let pr = prop(p);
    match &pr.fget {
        Some(g) => vm.call(g, std::slice::from_ref(obj)),
        None => Err(error::attribute_error(property_error(
            vm, p, obj, "getter",
        )?)),
    }
}
fn property_error(vm: &Vm, p: &Value, obj: &Value, what: &str) -> PyResult<String> {
    let pr = prop(p);
    let _ = vm;
    Ok(match pr.name.get(&pr.header) {
        Some(n) => format!(
            "property '{}' of '{}' object has no {}",
            as_str(&n).unwrap_or("?"),
            obj.ty().name(),
            what
        ),
        None => format!("property of '{}' object has no {}", obj.ty().name(), what),
    })
}
/// Runs a property's setter (or deleter for `None`).
pub fn property_set(vm: &Vm, p: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let pr = prop(p);
    match v {
        Some(v) => match &pr.fset {
            Some(s) => vm.call(s, &[obj.clone(), v]).map(drop),
            None => Err(error::attribute_error(property_error(
                vm, p, obj, "setter",
            )?)),
        },
        None => match &pr.fdel {
            Some(d) => vm.call(d, std::slice::from_ref(obj)).map(drop),
            None => Err(error::attribute_error(property_error(
                vm, p, obj, "deleter",
            )?)),
        },
    }
}
fn prop_set(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "prop_set")?;
    property_set(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(Value::none())
}
fn prop_delete(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "prop_delete")?;
    property_set(vm, &args[0], &args[1], None)?;
    Ok(Value::none())
}
fn prop_copy(
    vm: &Vm,
    p: &Value,
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
) -> PyResult<Value> {
    let pr = prop(p);
    let mut doc = pr.doc.get(&pr.header);
    if let (Some(g), true) = (&fget, pr.fget.is_none() || doc.is_none()) {
        if let Some(d) = vm.getattr_opt(g, "__doc__")?.filter(|d| !d.is_none()) {
            doc = Some(d);
        }
    }
    let cls = p.ty();
    let v = alloc_instance(
        vm,
        cls,
        PropertyObj {
            fget,
            fset,
            fdel,
            doc: ValueCell::new(doc),
            name: ValueCell::new(pr.name.get(&pr.header)),
        },
    )?;
    Ok(v)
}
fn prop_getter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "prop_getter")?;
    let pr = prop(&args[0]);
    prop_copy(
        vm,
        &args[0],
        Some(args[1].clone()),
        pr.fset.clone(),
        pr.fdel.clone(),
    )
}
fn prop_setter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "prop_setter")?;
    let pr = prop(&args[0]);
    prop_copy(
        vm,
        &args[0],
        pr.fget.clone(),
        Some(args[1].clone()),
        pr.fdel.clone(),
    )
}
fn prop_deleter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "prop_deleter")?;
    let pr = prop(&args[0]);
    prop_copy(
        vm,
        &args[0],
        pr.fget.clone(),
        pr.fset.clone(),
        Some(args[1].clone()),
    )
}
fn prop_set_name(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "prop_set_name")?;
    let pr = prop(&args[0]);
    drop(pr.name.replace(&pr.header, Some(args[2].clone())));
    Ok(Value::none())
}
fn prop_fget(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).fget.clone().unwrap_or_else(Value::none))
}
fn prop_fset(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).fset.clone().unwrap_or_else(Value::none))
}
fn prop_fdel(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(v).fdel.clone().unwrap_or_else(Value::none))
}
fn prop_doc(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v);
    Ok(p.doc.get(&p.header).unwrap_or_else(Value::none))
}
fn prop_set_doc(_vm: &Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    let p = prop(v);
    drop(p.doc.replace(&p.header, d));
    Ok(())
}
fn prop_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = prop(v);
    for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
        if let Some(a) = vm.getattr_opt(f, "__isabstractmethod__")? {
            if vm.truthy(&a)? {
                return Ok(Value::bool(true));
            }
        }
    }
    Ok(Value::bool(false))
}

fn cell_contents(_vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<CellObj>()
        .unwrap()
        .get()
        .ok_or_else(|| error::value_error("Cell is empty"))
}

pub(crate) fn init(t: &Registry) {
    let f = t.function;
    f.add_getset("__name__", f_get_name, Some(f_set_name));
    f.add_getset("__qualname__", f_get_qualname, Some(f_set_qualname));
    f.add_getset("__defaults__", f_get_defaults, Some(f_set_defaults));
    f.add_getset("__kwdefaults__", f_get_kwdefaults, Some(f_set_kwdefaults));
    f.add_getset("__code__", f_get_code, None);
    f.add_getset("__globals__", f_get_globals, None);
    f.add_getset("__closure__", f_get_closure, None);
    f.add_getset("__doc__", f_get_doc, Some(f_set_doc));
    f.add_getset("__module__", f_get_module, Some(f_set_module));
    f.add_getset("__dict__", f_get_dict, None);
    f.add_getset(
        "__annotations__",
        f_get_annotations,
        Some(f_set_annotations),
    );
    f.add_method("__repr__", f_repr);
    f.add_method("__get__", f_get);

    let n = t.builtin_function;
    n.add_method("__repr__", nf_repr);
    n.add_getset("__name__", nf_get_name, None);
    n.add_getset("__qualname__", nf_get_qualname, None);
    n.add_getset("__self__", nf_get_self, None);
    n.add_getset("__module__", nf_get_module, None);
    n.add_getset("__doc__", nf_get_doc, None);

    let m = t.method_descriptor;
    m.add_method("__repr__", md_repr);
    m.add_method("__get__", md_get);
    m.add_getset("__name__", md_get_name, None);
    m.add_getset("__qualname__", md_get_qualname, None);
    m.add_getset("__objclass__", md_get_objclass, None);
    m.add_getset("__doc__", nf_get_doc, None);

    for g in [t.getset_descriptor, t.member_descriptor] {
        g.add_method("__repr__", gs_repr);
        g.add_method("__get__", gs_get);
        g.add_method("__set__", gs_set);
        g.add_method("__delete__", gs_delete);
        g.add_getset("__name__", gs_get_name, None);
    }
    t.method.add_new(bm_new);

    let b = t.method;
    b.add_method("__repr__", bm_repr);
    b.add_method("__eq__", bm_eq);
    b.add_method("__hash__", bm_hash);
    b.add_method("__getattribute__", bm_getattribute);
    b.add_getset("__func__", bm_get_func, None);
    b.add_getset("__doc__", bm_get_doc, None);
    b.add_getset("__self__", bm_get_self, None);

    let c = t.classmethod;
    c.add_new(cm_new);
    c.add_method("__init__", cm_init);
    c.add_method("__get__", cm_get);
    c.add_getset("__func__", cm_func, None);
    c.add_getset("__wrapped__", cm_func, None);
    c.add_getset("__dict__", cm_dict, None);
    c.add_getset("__isabstractmethod__", cm_isabstract, None);
    let s = t.staticmethod;
    s.add_new(sm_new);
    s.add_method("__init__", cm_init);
    s.add_method("__get__", sm_get);
    s.add_method("__call__", sm_call);
    s.add_getset("__func__", sm_func, None);
    s.add_getset("__wrapped__", sm_func, None);
    s.add_getset("__dict__", sm_dict, None);
    s.add_getset("__isabstractmethod__", sm_isabstract, None);

    let p = t.property;
    p.add_new(prop_new);
    p.add_method("__init__", prop_init);
    p.add_method("__get__", prop_get);
    p.add_method("__set__", prop_set);
    p.add_method("__delete__", prop_delete);
    p.add_method("__set_name__", prop_set_name);
    p.add_method("getter", prop_getter);
    p.add_method("setter", prop_setter);
    p.add_method("deleter", prop_deleter);
    p.add_getset("fget", prop_fget, None);
    p.add_getset("fset", prop_fset, None);
    p.add_getset("fdel", prop_fdel, None);
    p.add_getset("__doc__", prop_doc, Some(prop_set_doc));
    p.add_getset("__isabstractmethod__", prop_isabstract, None);

    t.cell.add_getset("cell_contents", cell_contents, None);
}
