//! `sys`: interpreter state visible to Python code.

use std::sync::atomic::Ordering;

use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::{runtime, Vm};
use crate::types::dict::{as_dict, new_dict};
use crate::types::int::{int_from_i64, to_i64};
use crate::types::module::{add_fn, module_dict, new_module, set_attr};
use crate::types::str::{as_str, new_str};
use crate::types::tuple::{new_tuple, new_tuple_from};
use crate::types::types;
use crate::value::Value;

pub const VERSION: &str = "3.11.7 (krait 0.1.0)";

/// Reads an attribute of the sys module.
pub fn sys_attr(_vm: &Vm, name: &str) -> Option<Value> {
    let sys = runtime().sys.get()?;
    as_dict(module_dict(sys)).unwrap().get_by_str(name)
}

/// Writes to `sys.stdout` (fast for the native stream).
pub fn write_stdout(vm: &Vm, s: &str) -> PyResult<()> {
    let out = sys_attr(vm, "stdout").unwrap_or_else(Value::none);
    if out.is_none() {
        return Ok(());
    }
    if crate::modules::io::write_str(&out, s)? {
        return Ok(());
    }
    vm.call_method(&out, "write", &[new_str(s.to_string())])?;
    Ok(())
}

pub fn flush_stdout(vm: &Vm) -> PyResult<()> {
    let out = sys_attr(vm, "stdout").unwrap_or_else(Value::none);
    if out.is_none() {
        return Ok(());
    }
    if out.downcast::<crate::modules::io::FileObj>().is_some() {
        return crate::modules::io::flush(&out);
    }
    if let Some(f) = vm.getattr_opt(&out, "flush")? {
        vm.call(&f, &[])?;
    }
    Ok(())
}

/// Writes to `sys.stderr`, falling back to the process's stderr.
pub fn write_stderr(vm: &Vm, s: &str) {
    let err = sys_attr(vm, "stderr").unwrap_or_else(Value::none);
    let ok = match crate::modules::io::write_str(&err, s) {
        Ok(true) => true,
        Ok(false) => {
            !err.is_none()
                && vm
                    .call_method(&err, "write", &[new_str(s.to_string())])
                    .is_ok()
        }
        Err(_) => false,
    };
    if !ok {
        eprint!("{}", s);
    }
}

/// Flushes the standard streams (at exit).
pub fn flush_std_streams(vm: &Vm) {
    let _ = flush_stdout(vm);
    if let Some(e) = sys_attr(vm, "stderr") {
        let _ = crate::modules::io::flush(&e);
    }
}

fn exit(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(crate::runtime::error::PyErr::with_args(
        types().exc.system_exit,
        args.to_vec(),
    ))
}
fn getrefcount(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let v = args
        .first()
        .ok_or_else(|| error::type_error("getrefcount() takes exactly one argument (0 given)"))?;
    Ok(match v.header() {
        Some(h) => int_from_i64(h.refcount() as i64),
        None => int_from_i64(u32::MAX as i64),
    })
}
fn getrecursionlimit(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_i64(
        crate::runtime::vm::RECURSION_LIMIT.load(Ordering::Relaxed) as i64,
    ))
}
fn setrecursionlimit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "setrecursionlimit", 1, 1)?;
    if !crate::types::int::is_int(&args[0]) {
        return Err(error::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = to_i64(&args[0]).unwrap_or(0);
    if n < 1 {
        return Err(error::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.with_calls(|t| t.depth.get()) as i64;
    if n <= depth {
        return Err(error::recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, depth
        )));
    }
    crate::runtime::vm::RECURSION_LIMIT.store(n.min(u32::MAX as i64) as u32, Ordering::Relaxed);
    Ok(Value::none())
}
fn intern(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let v = args
        .first()
        .ok_or_else(|| error::type_error("intern() takes exactly one argument (0 given)"))?;
    if !v.is_exact(types().str) {
        return Err(error::type_error(format!(
            "intern() argument must be str, not {}",
            v.ty().name()
        )));
    }
    Ok(crate::types::str::intern_value(v))
}
fn exc_info(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(match vm.handled_exception() {
        Some(e) => {
            let tb = crate::types::exceptions::traceback(&e).unwrap_or_else(Value::none);
            new_tuple_from([e.ty().to_value(), e, tb])
        }
        None => new_tuple_from([Value::none(), Value::none(), Value::none()]),
    })
}
fn exception(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(vm.handled_exception().unwrap_or_else(Value::none))
}
fn getsizeof(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "getsizeof")?;
    let v = &args[0];
    let n = match v.kind() {
        crate::object::Kind::Int => 28,
        crate::object::Kind::Float => 24,
        crate::object::Kind::Str => 49 + as_str(v).map_or(0, |s| s.len()) as i64,
        crate::object::Kind::List => {
            56 + 8 * v.downcast::<crate::types::list::ListObj>().unwrap().len() as i64
        }
        crate::object::Kind::Tuple => 40 + 8 * crate::types::tuple::as_slice(v).len() as i64,
        _ => 48,
    };
    Ok(int_from_i64(n))
}
fn getdefaultencoding(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str("utf-8".into()))
}
fn is_gil_enabled(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(crate::runtime::gil::enabled()))
}
/// `sys._jit.is_available()`: this machine can run compiled code.
fn jit_is_available(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(jit::available()))
}
/// `sys._jit.is_enabled()`: hot loops are compiled (`-X jit`, `PYTHON_JIT`).
fn jit_is_enabled(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(
        jit::available() && crate::eval::jit::mode() != crate::eval::jit::Mode::Off,
    ))
}
/// `sys._jit.is_active()`: whether the calling frame runs compiled code,
/// never so today (compiled loops make no calls).
fn jit_is_active(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(false))
}
fn getframe(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let depth = match args.first() {
        Some(d) => to_i64(d).unwrap_or(0) as usize,
        None => 0,
    };
    let info = crate::eval::frame::with_frame(depth, |f| {
        f.map(|f| {
            (
                Value::clone(&f.globals),
                Value::clone(&f.code),
                f.line(),
                f.locals.clone(),
            )
        })
    });
    let Some((g, code, line, locals)) = info else {
        return Err(error::value_error("call stack is not deep enough"));
    };
    let ns = new_dict();
    let d = as_dict(&ns).unwrap();
    d.set_str(vm, "f_globals", g);
    d.set_str(vm, "f_code", code);
    d.set_str(vm, "f_lineno", int_from_i64(line as i64));
    d.set_str(vm, "f_locals", locals.unwrap_or_else(new_dict));
    d.set_str(vm, "f_back", Value::none());
    crate::modules::builtins::simple_namespace(vm, ns)
}
fn get_int_max_str_digits(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_i64(crate::types::int::MAX_STR_DIGITS as i64))
}
fn set_int_max_str_digits(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::none())
}
fn getswitchinterval(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "getswitchinterval", 0, 0)?;
    Ok(crate::types::float::new_float(
        crate::runtime::gil::switch_interval().as_secs_f64(),
    ))
}
fn setswitchinterval(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "setswitchinterval", 1, 1)?;
    let s = crate::types::float::to_float(vm, &args[0])?;
    if !(s > 0.0) {
        return Err(crate::runtime::error::value_error(
            "switch interval must be strictly positive",
        ));
    }
    crate::runtime::gil::set_switch_interval(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::none())
}
fn excepthook(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if let Some(e) = args.get(1) {
        if crate::types::exceptions::as_exception(e).is_some() {
            crate::runtime::traceback::print_exception(vm, e);
        }
    }
    Ok(Value::none())
}

/// A `sys.version_info`-like named tuple.
fn version_info(vm: &Vm) -> Value {
    let t = new_tuple_from([
        Value::small(3),
        Value::small(11),
        Value::small(7),
        new_str("final".into()),
        Value::small(0),
    ]);
    let _ = vm;
    t
}

pub fn make_module(vm: &Vm) -> Value {
    let m = new_module("sys");
    let (stdin, stdout, stderr) = crate::modules::io::std_streams();
    set_attr(&m, "stdin", stdin.clone());
    set_attr(&m, "stdout", stdout.clone());
    set_attr(&m, "stderr", stderr.clone());
    set_attr(&m, "__stdin__", stdin);
    set_attr(&m, "__stdout__", stdout);
    set_attr(&m, "__stderr__", stderr);
    set_attr(&m, "argv", crate::types::list::new_list(vec![]));
    set_attr(&m, "orig_argv", crate::types::list::new_list(vec![]));
    set_attr(
        &m,
        "path",
        crate::types::list::new_list(vec![new_str(crate::runtime::import::LIB_PATH.into())]),
    );
    set_attr(&m, "modules", runtime().modules.clone());
    set_attr(&m, "maxsize", int_from_i64(i64::MAX));
    set_attr(&m, "maxunicode", int_from_i64(0x10ffff));
    set_attr(&m, "version", new_str(VERSION.into()));
    set_attr(&m, "hexversion", int_from_i64(0x030b07f0));
    set_attr(&m, "api_version", int_from_i64(1013));
    set_attr(&m, "version_info", version_info(vm));
    set_attr(&m, "platform", new_str("linux".into()));
    set_attr(
        &m,
        "byteorder",
        new_str(
            if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }
            .into(),
        ),
    );
    set_attr(
        &m,
        "executable",
        new_str(
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set_attr(&m, "prefix", new_str("/krait".into()));
    set_attr(&m, "exec_prefix", new_str("/krait".into()));
    set_attr(
        &m,
        "copyright",
        new_str("krait: MIT licensed; parts of lib/ are derived from CPython (PSF license)".into()),
    );
    set_attr(&m, "float_repr_style", new_str("short".into()));
    set_attr(&m, "dont_write_bytecode", Value::bool(true));
    set_attr(&m, "pycache_prefix", Value::none());
    let names: Vec<Value> = crate::modules::NATIVE
        .iter()
        .map(|n| new_str(n.to_string()))
        .collect();
    set_attr(&m, "builtin_module_names", new_tuple(names));
    let xo = new_dict();
    for (k, v) in &runtime().flags.xoptions {
        let val = match v {
            Some(s) => new_str(s.clone()),
            None => Value::bool(true),
        };
        as_dict(&xo).unwrap().set_str(vm, k, val);
    }
    set_attr(&m, "_xoptions", xo);
    add_fn(&m, "exit", exit);
    add_fn(&m, "getrefcount", getrefcount);
    add_fn(&m, "getrecursionlimit", getrecursionlimit);
    add_fn(&m, "setrecursionlimit", setrecursionlimit);
    add_fn(&m, "intern", intern);
    add_fn(&m, "exc_info", exc_info);
    add_fn(&m, "exception", exception);
    add_fn(&m, "getsizeof", getsizeof);
    add_fn(&m, "getdefaultencoding", getdefaultencoding);
    add_fn(&m, "getfilesystemencoding", getdefaultencoding);
    add_fn(&m, "_is_gil_enabled", is_gil_enabled);
    // `sys._jit`, as CPython 3.14's
    let j = new_module("sys._jit");
    add_fn(&j, "is_available", jit_is_available);
    add_fn(&j, "is_enabled", jit_is_enabled);
    add_fn(&j, "is_active", jit_is_active);
    set_attr(&m, "_jit", j);
    add_fn(&m, "_getframe", getframe);
    add_fn(&m, "get_int_max_str_digits", get_int_max_str_digits);
    add_fn(&m, "set_int_max_str_digits", set_int_max_str_digits);
    add_fn(&m, "getswitchinterval", getswitchinterval);
    add_fn(&m, "setswitchinterval", setswitchinterval);
    add_fn(&m, "excepthook", excepthook);
    add_fn(&m, "__excepthook__", excepthook);
    m
}

/// Finishes `sys` once the bootstrap Python modules can be imported
/// (`implementation`, `flags`, `float_info`, a named `version_info`).
pub fn finish(vm: &Vm) -> PyResult<()> {
    let k = crate::runtime::import::import_module(vm, "_krait")?;
    let f = vm.getattr_str(&k, "_finish_sys")?;
    let sys = runtime().sys.get().unwrap().clone();
    vm.call(&f, &[sys])?;
    Ok(())
}
