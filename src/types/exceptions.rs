//! Exception objects (`BaseException` and every builtin subclass share one
//! layout) and traceback entries.

use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::object::{self, Obj};
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::{as_dict, new_dict};
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::{as_slice, new_tuple, new_tuple_from};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry, TypeRef};
use crate::value::Value;

pub struct ExceptionObj {
    pub args: Mutex<Value>,
    /// Attributes (exception classes all have an instance dict).
    pub dict: Value,
    pub traceback: Mutex<Option<Value>>,
    pub cause: Mutex<Option<Value>>,
    pub context: Mutex<Option<Value>>,
    pub suppress_context: AtomicBool,
}

impl ExceptionObj {
    fn new(args: Vec<Value>) -> ExceptionObj {
        ExceptionObj {
            args: Mutex::new(new_tuple(args)),
            dict: new_dict(),
            traceback: Mutex::new(None),
            cause: Mutex::new(None),
            context: Mutex::new(None),
            suppress_context: AtomicBool::new(false),
        }
    }
}

/// A traceback entry: where an exception passed through.
pub struct TracebackObj {
    pub code: Value,
    pub lineno: u32,
    pub lasti: u32,
    pub next: Option<Value>,
}

/// Creates an exception instance of a builtin or user exception class without
/// running `__init__` (for errors raised by the runtime).
pub fn new_exception(ty: TypeRef, args: Vec<Value>) -> Value {
    let vm = Vm::current();
    let e = if ty.is_builtin() {
        object::alloc(ty, ExceptionObj::new(args.clone()))
    } else {
        alloc_instance(&vm, ty, ExceptionObj::new(args.clone())).expect("exception alloc")
    };
    init_special_attrs(&vm, &e, &args);
    e
}

fn exc(v: &Value) -> &Obj<ExceptionObj> {
    v.downcast::<ExceptionObj>().expect("exception")
}

pub fn as_exception(v: &Value) -> Option<&Obj<ExceptionObj>> {
    v.downcast::<ExceptionObj>()
}

pub fn get_args(v: &Value) -> Value {
    exc(v).args.lock().clone()
}

pub fn traceback(v: &Value) -> Option<Value> {
    exc(v).traceback.lock().clone()
}

pub fn set_traceback(v: &Value, tb: Option<Value>) {
    let old = std::mem::replace(&mut *exc(v).traceback.lock(), tb);
    drop(old);
}

/// Prepends a traceback entry for `code` at `lineno` (as an exception leaves a frame).
pub fn add_traceback(v: &Value, code: &Value, lineno: u32, lasti: u32) {
    let e = exc(v);
    let mut tb = e.traceback.lock();
    let next = tb.take();
    *tb = Some(object::alloc(
        types().traceback,
        TracebackObj {
            code: code.clone(),
            lineno,
            lasti,
            next,
        },
    ));
}

pub fn cause(v: &Value) -> Option<Value> {
    exc(v).cause.lock().clone()
}
pub fn set_cause(v: &Value, c: Option<Value>) {
    *exc(v).cause.lock() = c;
    exc(v).suppress_context.store(true, Ordering::Relaxed);
}
pub fn context(v: &Value) -> Option<Value> {
    exc(v).context.lock().clone()
}
pub fn set_context(v: &Value, c: Option<Value>) {
    let old = std::mem::replace(&mut *exc(v).context.lock(), c);
    drop(old);
}
pub fn suppress_context(v: &Value) -> bool {
    exc(v).suppress_context.load(Ordering::Relaxed)
}

fn dict_set(vm: &Vm, e: &Value, name: &str, v: Value) {
    as_dict(&exc(e).dict).unwrap().set_str(vm, name, v);
}
fn dict_get(e: &Value, name: &str) -> Option<Value> {
    as_dict(&exc(e).dict).unwrap().get_by_str(name)
}

/// Sets the attributes some exception classes derive from their arguments.
fn init_special_attrs(vm: &Vm, e: &Value, args: &[Value]) {
    let t = types();
    let ty = e.ty();
    let is = |x: TypeRef| crate::types::typeobj::is_subtype(ty, x);
    if is(t.exc.stop_iteration) {
        dict_set(
            vm,
            e,
            "value",
            args.first().cloned().unwrap_or_else(Value::none),
        );
    } else if is(t.exc.system_exit) {
        let code = match args.len() {
            0 => Value::none(),
            1 => args[0].clone(),
            _ => new_tuple(args.to_vec()),
        };
        dict_set(vm, e, "code", code);
    } else if is(t.exc.syntax_error) {
        dict_set(
            vm,
            e,
            "msg",
            args.first().cloned().unwrap_or_else(Value::none),
        );
        let info = args
            .get(1)
            .and_then(|d| crate::types::tuple::as_tuple(d).map(|s| s.to_vec()));
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (i, n) in names.iter().enumerate() {
            let v = info
                .as_ref()
                .and_then(|s| s.get(i).cloned())
                .unwrap_or_else(Value::none);
            dict_set(vm, e, n, v);
        }
        dict_set(vm, e, "print_file_and_line", Value::none());
    } else if is(t.exc.import_error) {
        if dict_get(e, "name").is_none() {
            dict_set(vm, e, "name", Value::none());
        }
        if dict_get(e, "path").is_none() {
            dict_set(vm, e, "path", Value::none());
        }
        dict_set(
            vm,
            e,
            "msg",
            args.first().cloned().unwrap_or_else(Value::none),
        );
    } else if is(t.exc.os_error) {
        let (errno, strerror, filename) = if args.len() >= 2 {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or_else(Value::none),
            )
        } else {
            (Value::none(), Value::none(), Value::none())
        };
        dict_set(vm, e, "errno", errno);
        dict_set(vm, e, "strerror", strerror);
        dict_set(vm, e, "filename", filename);
        dict_set(vm, e, "filename2", Value::none());
    } else if is(t.exc.attribute_error) || is(t.exc.name_error) {
        if dict_get(e, "name").is_none() {
            dict_set(vm, e, "name", Value::none());
        }
        if is(t.exc.attribute_error) && dict_get(e, "obj").is_none() {
            dict_set(vm, e, "obj", Value::none());
        }
    }
}

fn exc_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let nkw = kw.map_or(0, |k| k.len());
    let pos = args[1..args.len() - nkw].to_vec();
    let e = alloc_instance(vm, cls, ExceptionObj::new(pos.clone()))?;
    init_special_attrs(vm, &e, &pos);
    Ok(e)
}

fn exc_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kw.map_or(0, |k| k.len());
    if nkw > 0 && args[0].ty().is_builtin() {
        return Err(error::type_error(format!(
            "{}() takes no keyword arguments",
            args[0].ty().name()
        )));
    }
    let pos = args[1..args.len() - nkw].to_vec();
    *exc(&args[0]).args.lock() = new_tuple(pos.clone());
    init_special_attrs(vm, &args[0], &pos);
    Ok(Value::none())
}

/// `str(exception)`.
pub fn exc_str_value(vm: &Vm, e: &Value) -> PyResult<String> {
    let t = types();
    let ty = e.ty();
    let args = get_args(e);
    let a = as_slice(&args);
    if crate::types::typeobj::is_subtype(ty, t.exc.key_error) && a.len() == 1 {
        return vm.repr_string(&a[0]);
    }
    if crate::types::typeobj::is_subtype(ty, t.exc.syntax_error) {
        if let Some(msg) = dict_get(e, "msg") {
            if !msg.is_none() {
                let m = vm.str_string(&msg)?;
                let file = dict_get(e, "filename").filter(|f| !f.is_none());
                let line = dict_get(e, "lineno").filter(|f| !f.is_none());
                return Ok(match (file, line) {
                    (Some(f), Some(l)) => {
                        let fname = vm.str_string(&f)?;
                        let base = std::path::Path::new(&fname)
                            .file_name()
                            .map(|s| s.to_string_lossy().to_string())
                            .unwrap_or(fname);
                        format!("{} ({}, line {})", m, base, vm.str_string(&l)?)
                    }
                    (Some(f), None) => format!("{} ({})", m, vm.str_string(&f)?),
                    (None, Some(l)) => format!("{} (line {})", m, vm.str_string(&l)?),
                    (None, None) => m,
                });
            }
        }
    }
    if (crate::types::typeobj::is_subtype(ty, t.exc.unicode_decode_error)
        || crate::types::typeobj::is_subtype(ty, t.exc.unicode_encode_error))
        && a.len() == 5
    {
        let enc = vm.str_string(&a[0])?;
        let start = crate::types::int::to_i64(&a[2]).unwrap_or(0);
        let end = crate::types::int::to_i64(&a[3]).unwrap_or(0);
        let reason = vm.str_string(&a[4])?;
        if crate::types::typeobj::is_subtype(ty, t.exc.unicode_decode_error) {
            let data = crate::types::bytes::as_bytes(&a[1]).unwrap_or_default();
            if end == start + 1 {
                let b = data.get(start as usize).copied().unwrap_or(0);
                return Ok(format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc, b, start, reason
                ));
            }
            return Ok(format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                enc,
                start,
                end - 1,
                reason
            ));
        }
        let s = crate::types::str::as_str(&a[1]).unwrap_or("");
        if end == start + 1 {
            let c = s.chars().nth(start as usize).unwrap_or(' ');
            let n = c as u32;
            let esc = if n <= 0xff {
                format!("\\x{:02x}", n)
            } else if n <= 0xffff {
                format!("\\u{:04x}", n)
            } else {
                format!("\\U{:08x}", n)
            };
            return Ok(format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                enc, esc, start, reason
            ));
        }
        return Ok(format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc,
            start,
            end - 1,
            reason
        ));
    }
    if crate::types::typeobj::is_subtype(ty, t.exc.os_error) && a.len() >= 2 {
        let errno = vm.str_string(&a[0])?;
        let strerror = vm.str_string(&a[1])?;
        if let Some(f) = dict_get(e, "filename").filter(|f| !f.is_none()) {
            return Ok(format!(
                "[Errno {}] {}: {}",
                errno,
                strerror,
                vm.repr_string(&f)?
            ));
        }
        return Ok(format!("[Errno {}] {}", errno, strerror));
    }
    Ok(match a.len() {
        0 => String::new(),
        1 => vm.str_string(&a[0])?,
        _ => vm.str_string(&args)?,
    })
}

fn exc_str(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "exc_str")?;
    Ok(new_str(exc_str_value(vm, &args[0])?))
}

fn exc_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "exc_repr")?;
    let name = args[0].ty().name();
    let a = get_args(&args[0]);
    let s = as_slice(&a);
    Ok(new_str(match s.len() {
        0 => format!("{}()", name),
        1 => format!("{}({})", name, vm.repr_string(&s[0])?),
        _ => format!("{}{}", name, vm.repr_string(&a)?),
    }))
}

fn get_args_attr(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get_args(v))
}
fn set_args_attr(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| error::type_error("args may not be deleted"))?;
    let items = vm.iterate(&n)?;
    *exc(v).args.lock() = new_tuple(items);
    Ok(())
}
fn get_tb(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(traceback(v).unwrap_or_else(Value::none))
}
fn set_tb(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| !n.is_none());
    if let Some(t) = &n {
        if t.downcast::<TracebackObj>().is_none() {
            return Err(error::type_error(
                "__traceback__ must be a traceback or None",
            ));
        }
    }
    set_traceback(v, n);
    Ok(())
}
fn get_cause(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(cause(v).unwrap_or_else(Value::none))
}
fn set_cause_attr(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| !n.is_none());
    if let Some(c) = &n {
        if as_exception(c).is_none() {
            return Err(error::type_error(
                "exception cause must be None or derive from BaseException",
            ));
        }
    }
    set_cause(v, n);
    Ok(())
}
fn get_context(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(context(v).unwrap_or_else(Value::none))
}
fn set_context_attr(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    set_context(v, n.filter(|n| !n.is_none()));
    Ok(())
}
fn get_suppress(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(suppress_context(v)))
}
fn set_suppress(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let b = match n {
        Some(n) => vm.truthy(&n)?,
        None => false,
    };
    exc(v).suppress_context.store(b, Ordering::Relaxed);
    Ok(())
}
fn exc_with_traceback(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let tb = args.get(1).cloned().filter(|t| !t.is_none());
    set_traceback(&args[0], tb);
    Ok(args[0].clone())
}
fn exc_add_note(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "exc_add_note")?;
    let note = args
        .get(1)
        .cloned()
        .ok_or_else(|| error::type_error("add_note() takes exactly one argument (0 given)"))?;
    if as_str(&note).is_none() {
        return Err(error::type_error(format!(
            "note must be a str, not '{}'",
            note.ty().name()
        )));
    }
    let notes = match dict_get(&args[0], "__notes__") {
        Some(n) => n,
        None => {
            let l = crate::types::list::new_list(vec![]);
            dict_set(vm, &args[0], "__notes__", l.clone());
            l
        }
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::none())
}
fn exc_reduce(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "exc_reduce")?;
    Ok(new_tuple_from([
        args[0].ty().to_value(),
        get_args(&args[0]),
    ]))
}
fn exc_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc(v).dict.clone())
}

fn tb(v: &Value) -> &Obj<TracebackObj> {
    v.downcast::<TracebackObj>().unwrap()
}
fn tb_lineno(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::small(tb(v).lineno as i64))
}
fn tb_next(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tb(v).next.clone().unwrap_or_else(Value::none))
}
fn tb_lasti(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::small(tb(v).lasti as i64 * 2))
}
fn tb_frame(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // A minimal frame stand-in: an object exposing f_code and f_lineno.
    let ns = new_dict();
    let vm = Vm::current();
    let d = as_dict(&ns).unwrap();
    d.set_str(&vm, "f_code", tb(v).code.clone());
    d.set_str(&vm, "f_lineno", Value::small(tb(v).lineno as i64));
    d.set_str(&vm, "f_globals", new_dict());
    d.set_str(&vm, "f_locals", new_dict());
    crate::modules::builtins::simple_namespace(&vm, ns)
}

pub(crate) fn init(t: &Registry) {
    let b = t.base_exception;
    b.add_new(exc_new);
    b.add_method("__init__", exc_init);
    b.add_method("__str__", exc_str);
    b.add_method("__repr__", exc_repr);
    b.add_method("with_traceback", exc_with_traceback);
    b.add_method("add_note", exc_add_note);
    b.add_method("__reduce__", exc_reduce);
    b.add_getset("args", get_args_attr, Some(set_args_attr));
    b.add_getset("__traceback__", get_tb, Some(set_tb));
    b.add_getset("__cause__", get_cause, Some(set_cause_attr));
    b.add_getset("__context__", get_context, Some(set_context_attr));
    b.add_getset("__suppress_context__", get_suppress, Some(set_suppress));
    b.add_getset("__dict__", exc_dict, None);
    b.set_doc("Common base class for all exceptions");
    if let Some((_, g)) = t
        .exceptions
        .iter()
        .find(|(n, _)| *n == "BaseExceptionGroup")
    {
        g.add_classmethod("__class_getitem__", crate::modules::builtins::class_getitem);
    }
    for (name, ty) in &t.exceptions {
        if *name != "BaseException" {
            ty.set_doc(&exception_doc(name));
        }
    }
    let tt = t.traceback;
    tt.add_getset("tb_lineno", tb_lineno, None);
    tt.add_getset("tb_next", tb_next, None);
    tt.add_getset("tb_lasti", tb_lasti, None);
    tt.add_getset("tb_frame", tb_frame, None);
    let _ = intern("args");
}

fn exception_doc(name: &str) -> String {
    match name {
        "Exception" => "Common base class for all non-exit exceptions.".into(),
        "ValueError" => "Inappropriate argument value (of correct type).".into(),
        "TypeError" => "Inappropriate argument type.".into(),
        "KeyError" => "Mapping key not found.".into(),
        "IndexError" => "Sequence index out of range.".into(),
        _ => format!("{}.", name),
    }
}
