//! `_operator`: what CPython writes in C for `operator.py` (CPython's own,
//! embedded), which star-imports it over its pure-Python definitions.
//! Here: `itemgetter`, `attrgetter` and `methodcaller` (the sort keys and
//! `map` callables real programs use in hot paths: one native call instead
//! of two Python calls), and the operator functions themselves, with
//! CPython's messages. What is not defined here keeps operator.py's
//! definition.

use crate::object::{self, Obj};
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::{new_tuple, new_tuple_from};
use crate::types::typeobj::TypeObj;
use crate::types::types;
use crate::value::Value;
use specializer::{BinOp, CmpOp};

/// The state of an `itemgetter`, `attrgetter` or `methodcaller`; immutable
/// once made, so calls read it without a lock.
pub enum OperatorObj {
    /// The items; one item gives the value itself, several a tuple.
    Items(Vec<Value>),
    /// Each name as given (for repr) and split at its dots (interned).
    Attrs(Vec<(Value, Vec<Value>)>),
    /// Method name, positional arguments, keyword names and values.
    Method {
        name: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
        kwvalues: Vec<Value>,
    },
}

fn this<'a>(v: &'a Value, what: &str) -> PyResult<&'a OperatorObj> {
    v.downcast::<OperatorObj>()
        .map(|o| &o.data)
        .ok_or_else(|| error::type_error(format!("descriptor requires a '{}' object", what)))
}

fn alloc(ty: &'static Obj<TypeObj>, body: OperatorObj) -> Value {
    object::alloc(ty, body)
}

fn no_kwargs(kw: Option<&[Value]>, name: &str) -> PyResult<()> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    Ok(())
}

/// `Type.__new__(cls, *args)`: args[0] is the class.
fn itemgetter_new(_vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(kw, "itemgetter")?;
    let items = &a[1.min(a.len())..];
    if items.is_empty() {
        return Err(error::type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(alloc(
        types().itemgetter,
        OperatorObj::Items(items.to_vec()),
    ))
}

fn attrgetter_new(_vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(kw, "attrgetter")?;
    let names = &a[1.min(a.len())..];
    if names.is_empty() {
        return Err(error::type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut attrs = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = as_str(n) else {
            return Err(error::type_error("attribute name must be a string"));
        };
        let parts = s.split('.').map(intern).collect();
        attrs.push((n.clone(), parts));
    }
    Ok(alloc(types().attrgetter, OperatorObj::Attrs(attrs)))
}

fn methodcaller_new(_vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let kwnames: Vec<Value> = kw.map(|k| k.to_vec()).unwrap_or_default();
    let npos = a.len() - kwnames.len();
    let pos = &a[1.min(npos)..npos];
    let Some(name) = pos.first() else {
        return Err(error::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Some(s) = as_str(name) else {
        return Err(error::type_error("method name must be a string"));
    };
    Ok(alloc(
        types().methodcaller,
        OperatorObj::Method {
            name: intern(s),
            args: pos[1..].to_vec(),
            kwnames,
            kwvalues: a[npos..].to_vec(),
        },
    ))
}

/// The one argument of a getter's call.
fn call_arg<'a>(a: &'a [Value], kw: Option<&[Value]>, name: &str) -> PyResult<&'a Value> {
    no_kwargs(kw, name)?;
    if a.len() != 2 {
        return Err(error::type_error(format!(
            "{} expected 1 argument, got {}",
            name,
            a.len().saturating_sub(1)
        )));
    }
    Ok(&a[1])
}

fn itemgetter_call(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let OperatorObj::Items(items) = this(&a[0], "operator.itemgetter")? else {
        return Err(error::type_error(
            "descriptor requires a 'operator.itemgetter' object",
        ));
    };
    let obj = call_arg(a, kw, "itemgetter")?;
    if let [item] = items.as_slice() {
        return ops::getitem(vm, obj, item);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(ops::getitem(vm, obj, item)?);
    }
    Ok(new_tuple(out))
}

fn dotted(vm: &Vm, obj: &Value, parts: &[Value]) -> PyResult<Value> {
    let mut v = vm.getattr(obj, &parts[0])?;
    for p in &parts[1..] {
        v = vm.getattr(&v, p)?;
    }
    Ok(v)
}

fn attrgetter_call(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let OperatorObj::Attrs(attrs) = this(&a[0], "operator.attrgetter")? else {
        return Err(error::type_error(
            "descriptor requires a 'operator.attrgetter' object",
        ));
    };
    let obj = call_arg(a, kw, "attrgetter")?;
    if let [(_, parts)] = attrs.as_slice() {
        return dotted(vm, obj, parts);
    }
    let mut out = Vec::with_capacity(attrs.len());
    for (_, parts) in attrs {
        out.push(dotted(vm, obj, parts)?);
    }
    Ok(new_tuple(out))
}

fn methodcaller_call(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let OperatorObj::Method {
        name,
        args,
        kwnames,
        kwvalues,
    } = this(&a[0], "operator.methodcaller")?
    else {
        return Err(error::type_error(
            "descriptor requires a 'operator.methodcaller' object",
        ));
    };
    let obj = call_arg(a, kw, "methodcaller")?;
    let method = vm.getattr(obj, name)?;
    if kwnames.is_empty() {
        return vm.call(&method, args);
    }
    let mut all = args.clone();
    all.extend(kwvalues.iter().cloned());
    vm.call_kw(&method, &all, Some(kwnames))
}

fn reprs(vm: &Vm, vs: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(vs.len());
    for v in vs {
        parts.push(vm.repr_string(v)?);
    }
    Ok(parts.join(", "))
}

fn operator_repr(vm: &Vm, a: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "__repr__")?;
    let tyname = a[0].ty().name();
    let inner = ops::repr_guard(&a[0], || -> PyResult<String> {
        Ok(match this(&a[0], &tyname)? {
            OperatorObj::Items(items) => reprs(vm, items)?,
            OperatorObj::Attrs(attrs) => reprs(
                vm,
                &attrs.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
            )?,
            OperatorObj::Method {
                name,
                args,
                kwnames,
                kwvalues,
            } => {
                let mut s = vm.repr_string(name)?;
                for v in args {
                    s.push_str(", ");
                    s.push_str(&vm.repr_string(v)?);
                }
                for (k, v) in kwnames.iter().zip(kwvalues) {
                    s.push_str(&format!(
                        ", {}={}",
                        as_str(k).unwrap_or("?"),
                        vm.repr_string(v)?
                    ));
                }
                s
            }
        })
    })?;
    Ok(new_str(match inner {
        Some(inner) => format!("{}({})", tyname, inner),
        None => format!("{}(...)", tyname),
    }))
}

fn operator_reduce(vm: &Vm, a: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "__reduce__")?;
    let cls = a[0].ty().to_value();
    let tyname = a[0].ty().name();
    Ok(match this(&a[0], &tyname)? {
        OperatorObj::Items(items) => new_tuple_from([cls, new_tuple(items.clone())]),
        OperatorObj::Attrs(attrs) => new_tuple_from([
            cls,
            new_tuple(attrs.iter().map(|(n, _)| n.clone()).collect()),
        ]),
        OperatorObj::Method {
            name,
            args,
            kwnames,
            kwvalues,
        } => {
            if kwnames.is_empty() {
                let mut all = vec![name.clone()];
                all.extend(args.iter().cloned());
                new_tuple_from([cls, new_tuple(all)])
            } else {
                let functools = crate::runtime::import::import_module(vm, "functools")?;
                let partial = vm.getattr_str(&functools, "partial")?;
                let mut pargs = vec![cls, name.clone()];
                pargs.extend(kwvalues.iter().cloned());
                let p = vm.call_kw(&partial, &pargs, Some(kwnames))?;
                new_tuple_from([p, new_tuple(args.clone())])
            }
        }
    })
}

/// Exactly `n` positional arguments, no keywords, with the messages of
/// CPython's `_operator` functions.
fn arity(a: &[Value], kw: Option<&[Value]>, name: &str, n: usize) -> PyResult<()> {
    crate::runtime::args::exact_positional(a, kw, "_operator.", name, n)
}

macro_rules! binops {
    ($($name:ident $py:literal => $op:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
                arity(a, kw, $py, 2)?;
                ops::binary_op(vm, &a[0], &a[1], BinOp::$op)
            }
        )*
    };
}

binops! {
    add "add" => Add, sub "sub" => Subtract, mul "mul" => Multiply, truediv "truediv" => TrueDivide,
    floordiv "floordiv" => FloorDivide, mod_ "mod" => Remainder, pow "pow" => Power, lshift "lshift" => Lshift,
    rshift "rshift" => Rshift, and_ "and_" => And, or_ "or_" => Or, xor "xor" => Xor, matmul "matmul" => MatrixMultiply,
    iadd "iadd" => InplaceAdd, isub "isub" => InplaceSubtract, imul "imul" => InplaceMultiply,
    itruediv "itruediv" => InplaceTrueDivide, ifloordiv "ifloordiv" => InplaceFloorDivide, imod "imod" => InplaceRemainder,
    ipow "ipow" => InplacePower, ilshift "ilshift" => InplaceLshift, irshift "irshift" => InplaceRshift,
    iand "iand" => InplaceAnd, ior "ior" => InplaceOr, ixor "ixor" => InplaceXor, imatmul "imatmul" => InplaceMatrixMultiply,
}

macro_rules! cmpops {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(
            fn $name(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
                arity(a, kw, stringify!($name), 2)?;
                ops::compare(vm, &a[0], &a[1], CmpOp::$op)
            }
        )*
    };
}

cmpops! { lt => Lt, le => Le, eq => Eq, ne => Ne, gt => Gt, ge => Ge }

macro_rules! unops {
    ($($name:ident => $special:literal),* $(,)?) => {
        $(
            fn $name(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
                arity(a, kw, stringify!($name), 1)?;
                ops::unary(vm, &a[0], $special)
            }
        )*
    };
}

unops! { neg => "__neg__", pos => "__pos__", invert => "__invert__", inv => "__invert__", abs => "__abs__" }

fn not_(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "not_", 1)?;
    Ok(Value::bool(!ops::truthy(vm, &a[0])?))
}
fn truth(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "truth", 1)?;
    Ok(Value::bool(ops::truthy(vm, &a[0])?))
}
fn is_(_vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "is_", 2)?;
    Ok(Value::bool(a[0].is(&a[1])))
}
fn is_not(_vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "is_not", 2)?;
    Ok(Value::bool(!a[0].is(&a[1])))
}
fn index(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "index", 1)?;
    let r = ops::index(vm, &a[0])?;
    if r.is_exact(types().int) {
        return Ok(r);
    }
    // an exact int, as PyNumber_Index returns (True -> 1)
    match crate::types::int::to_bigint(&r) {
        Some(b) => Ok(crate::types::int::int_from_bigint(b)),
        None => Ok(r),
    }
}
fn getitem(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "getitem", 2)?;
    ops::getitem(vm, &a[0], &a[1])
}
fn setitem(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "setitem", 3)?;
    ops::setitem(vm, &a[0], &a[1], a[2].clone())?;
    Ok(Value::none())
}
fn delitem(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "delitem", 2)?;
    ops::delitem(vm, &a[0], &a[1])?;
    Ok(Value::none())
}
fn contains(vm: &Vm, a: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    arity(a, kw, "contains", 2)?;
    Ok(Value::bool(ops::contains(vm, &a[0], &a[1])?))
}

pub(crate) fn init_types(t: &crate::types::Registry) {
    for (ty, new, call, doc) in [
        (
            t.itemgetter,
            itemgetter_new as crate::types::function::NativeFn,
            itemgetter_call as crate::types::function::NativeFn,
            "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
        ),
        (
            t.attrgetter,
            attrgetter_new,
            attrgetter_call,
            "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
        ),
        (
            t.methodcaller,
            methodcaller_new,
            methodcaller_call,
            "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
        ),
    ] {
        ty.add_new(new);
        ty.add_method("__call__", call);
        ty.add_method("__repr__", operator_repr);
        ty.add_method("__reduce__", operator_reduce);
        ty.set_attr_raw("__module__", new_str("operator".into()));
        ty.set_doc(doc);
    }
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_operator");
    set_attr(
        &m,
        "__doc__",
        new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.".into()),
    );
    let t = types();
    set_attr(&m, "itemgetter", t.itemgetter.to_value());
    set_attr(&m, "attrgetter", t.attrgetter.to_value());
    set_attr(&m, "methodcaller", t.methodcaller.to_value());
    add_fn(&m, "add", add);
    add_fn(&m, "sub", sub);
    add_fn(&m, "mul", mul);
    add_fn(&m, "truediv", truediv);
    add_fn(&m, "floordiv", floordiv);
    add_fn(&m, "mod", mod_);
    add_fn(&m, "pow", pow);
    add_fn(&m, "lshift", lshift);
    add_fn(&m, "rshift", rshift);
    add_fn(&m, "and_", and_);
    add_fn(&m, "or_", or_);
    add_fn(&m, "xor", xor);
    add_fn(&m, "matmul", matmul);
    add_fn(&m, "iadd", iadd);
    add_fn(&m, "isub", isub);
    add_fn(&m, "imul", imul);
    add_fn(&m, "itruediv", itruediv);
    add_fn(&m, "ifloordiv", ifloordiv);
    add_fn(&m, "imod", imod);
    add_fn(&m, "ipow", ipow);
    add_fn(&m, "ilshift", ilshift);
    add_fn(&m, "irshift", irshift);
    add_fn(&m, "iand", iand);
    add_fn(&m, "ior", ior);
    add_fn(&m, "ixor", ixor);
    add_fn(&m, "imatmul", imatmul);
    add_fn(&m, "lt", lt);
    add_fn(&m, "le", le);
    add_fn(&m, "eq", eq);
    add_fn(&m, "ne", ne);
    add_fn(&m, "gt", gt);
    add_fn(&m, "ge", ge);
    add_fn(&m, "neg", neg);
    add_fn(&m, "pos", pos);
    add_fn(&m, "invert", invert);
    add_fn(&m, "inv", inv);
    add_fn(&m, "abs", abs);
    add_fn(&m, "not_", not_);
    add_fn(&m, "truth", truth);
    add_fn(&m, "is_", is_);
    add_fn(&m, "is_not", is_not);
    add_fn(&m, "index", index);
    add_fn(&m, "getitem", getitem);
    add_fn(&m, "setitem", setitem);
    add_fn(&m, "delitem", delitem);
    add_fn(&m, "contains", contains);
    m
}
