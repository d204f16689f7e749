//! The `builtins` module: builtin functions and the names of builtin types
//! and exceptions.

use specializer::BinOp;

use crate::object::Kind;
use crate::runtime::args::{self, check_positional, split_kwargs};
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::dict::{as_dict, new_dict};
use crate::types::function::NativeFn;
use crate::types::int::{int_from_i64, is_int, to_bigint};
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::{as_str, new_str};
use crate::types::tuple::{new_tuple, new_tuple_from};
use crate::types::typeobj::TypeObj;
use crate::types::types;
use crate::value::Value;

pub fn make_module(vm: &Vm) -> Value {
    let m = new_module("builtins");
    let t = types();
    let names: &[(&str, crate::types::TypeRef)] = &[
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("property", t.property),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (n, ty) in names {
        set_attr(&m, n, ty.to_value());
    }
    for (n, ty) in &t.exceptions {
        set_attr(&m, n, ty.to_value());
    }
    set_attr(&m, "EnvironmentError", t.exc.os_error.to_value());
    set_attr(&m, "IOError", t.exc.os_error.to_value());
    set_attr(&m, "None", Value::none());
    set_attr(&m, "True", Value::bool(true));
    set_attr(&m, "False", Value::bool(false));
    set_attr(&m, "Ellipsis", Value::ellipsis());
    set_attr(&m, "NotImplemented", Value::not_implemented());
    set_attr(&m, "__debug__", Value::bool(true));
    let fns: &[(&'static str, NativeFn)] = &[
        ("__build_class__", build_class),
        ("__import__", import_),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("ascii", ascii),
        ("bin", bin),
        ("callable", callable),
        ("chr", chr),
        ("compile", compile),
        ("delattr", delattr),
        ("dir", dir),
        ("divmod", divmod),
        ("eval", eval),
        ("exec", exec),
        ("format", format),
        ("getattr", getattr),
        ("globals", globals),
        ("hasattr", hasattr),
        ("hash", hash),
        ("hex", hex),
        ("id", id),
        ("input", input),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("len", len),
        ("locals", locals),
        ("max", max),
        ("min", min),
        ("next", next),
        ("oct", oct),
        ("open", open),
        ("ord", ord),
        ("pow", pow),
        ("print", print),
        ("repr", repr),
        ("round", round),
        ("setattr", setattr),
        ("sorted", sorted),
        ("sum", sum),
        ("vars", vars),
        ("exit", exit),
        ("quit", exit),
    ];
    for (n, f) in fns {
        add_fn(&m, n, *f);
    }
    let _ = vm;
    m
}

fn build_class(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kw);
    if pos.len() < 2 {
        return Err(error::type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if func
        .downcast::<crate::types::function::FunctionObj>()
        .is_none()
    {
        return Err(error::type_error(
            "__build_class__: func must be a function",
        ));
    }
    let name = pos[1].clone();
    let bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__
    let mut resolved = Vec::new();
    let mut changed = false;
    for b in &bases {
        if b.downcast::<TypeObj>().is_none() {
            if let Some(me) = vm.getattr_opt(b, "__mro_entries__")? {
                let r = vm.call(&me, &[new_tuple(bases.clone())])?;
                resolved.extend(vm.iterate(&r)?);
                changed = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    let bases_t = new_tuple(resolved.clone());
    let mut meta: Option<Value> = None;
    let mut rest_k = Vec::new();
    let mut rest_v = Vec::new();
    for (k, v) in kws {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            rest_k.push(k.clone());
            rest_v.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .is_none_or(|m| m.downcast::<TypeObj>().is_some());
    let mut meta = meta.unwrap_or_else(|| match resolved.first() {
        Some(b) => b.ty().to_value(),
        None => types().type_.to_value(),
    });
    if is_class {
        // the most derived metaclass
        for b in &resolved {
            let bm = b.ty().to_value();
            let mt = meta.downcast::<TypeObj>().unwrap();
            let bt = bm.downcast::<TypeObj>().unwrap();
            if crate::types::typeobj::is_subtype(mt, bt) {
                continue;
            }
            if crate::types::typeobj::is_subtype(bt, mt) {
                meta = bm;
                continue;
            }
            return Err(error::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(p) => vm.call_kw(
            &p,
            &[&[name.clone(), bases_t.clone()][..], &rest_v[..]].concat(),
            Some(&rest_k),
        )?,
        None => new_dict(),
    };
    let cell = crate::eval::run_class_body(vm, func, &ns)?;
    if changed {
        vm.setitem(
            &ns,
            &crate::types::str::intern("__orig_bases__"),
            new_tuple(bases.clone()),
        )?;
    }
    let cls = vm.call_kw(
        &meta,
        &[&[name, bases_t, ns][..], &rest_v[..]].concat(),
        Some(&rest_k),
    )?;
    if let Some(c) = cell.downcast::<crate::types::function::CellObj>() {
        c.set(Some(cls.clone()));
    }
    Ok(cls)
}

fn import_(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(
        args,
        kw,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let g = a[1]
        .clone()
        .filter(|g| !g.is_none())
        .unwrap_or_else(new_dict);
    let fromlist = a[3].clone().unwrap_or_else(|| new_tuple_from([]));
    let fromlist = if fromlist.is_none() {
        new_tuple_from([])
    } else {
        new_tuple(vm.iterate(&fromlist)?)
    };
    let level = a[4].clone().unwrap_or_else(|| Value::small(0));
    crate::runtime::import::import_name(vm, a[0].as_ref().unwrap(), &g, &fromlist, &level)
}

fn abs(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "abs", 1, 1)?;
    if let Some(i) = args[0].as_small() {
        return Ok(crate::types::int::int_from_i128((i as i128).abs()));
    }
    match vm.call_special(&args[0], "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(error::type_error(format!(
            "bad operand type for abs(): '{}'",
            args[0].ty().name()
        ))),
    }
}

fn all(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "all", 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn any(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "any", 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn ascii(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "ascii", 1, 1)?;
    let r = vm.repr_string(&args[0])?;
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(new_str(out))
}

fn radix(vm: &Vm, v: &Value, r: u32, prefix: &str) -> PyResult<Value> {
    let i = ops::index(vm, v)?;
    let b = to_bigint(&i).unwrap();
    let s = b.magnitude().to_str_radix(r);
    let sign = if b.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(new_str(format!("{}{}{}", sign, prefix, s)))
}
fn bin(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "bin", 1, 1)?;
    radix(vm, &args[0], 2, "0b")
}
fn oct(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "oct", 1, 1)?;
    radix(vm, &args[0], 8, "0o")
}
fn hex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "hex", 1, 1)?;
    radix(vm, &args[0], 16, "0x")
}

/// Whether a value can be called.
pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.kind(),
        Kind::Function | Kind::NativeFunc | Kind::BoundMethod | Kind::Type | Kind::MethodDescr
    ) || v.ty().lookup(crate::name!("__call__")).is_some()
}

fn callable(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "callable", 1, 1)?;
    Ok(Value::bool(is_callable(&args[0])))
}

fn chr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "chr", 1, 1)?;
    if !is_int(&args[0]) && args[0].ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[0].ty().name()
        )));
    }
    let i = ops::index(vm, &args[0])?;
    let n = crate::types::int::to_i64(&i).unwrap_or(-1);
    if !(0..=0x10ffff).contains(&n) {
        return Err(error::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(new_str(c.to_string())),
        None => Err(error::value_error(
            "surrogate characters are not supported by krait",
        )),
    }
}

fn ord(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "ord", 1, 1)?;
    if let Some(s) = as_str(&args[0]) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(int_from_i64(c as i64)),
            _ => Err(error::type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::types::bytes::as_bytes(&args[0]) {
        if b.len() == 1 {
            return Ok(int_from_i64(b[0] as i64));
        }
        return Err(error::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(error::type_error(format!(
        "ord() expected string of length 1, but {} found",
        args[0].ty().name()
    )))
}

fn source_text(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = crate::types::bytes::as_bytes(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    let _ = vm;
    Err(error::type_error(format!(
        "{}() arg 1 must be a string, bytes or code object",
        what
    )))
}

fn compile(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(
        args,
        kw,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let src = source_text(vm, a[0].as_ref().unwrap(), "compile")?;
    let filename = vm.str_string(a[1].as_ref().unwrap())?;
    let mode = as_str(a[2].as_ref().unwrap()).unwrap_or("");
    let m = match mode {
        "exec" | "single" => crate::compile::Mode::Exec,
        "eval" => crate::compile::Mode::Eval,
        _ => {
            return Err(error::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    crate::compile::compile(vm, &src, &filename, m)
}

fn delattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "delattr", 2, 2)?;
    check_attr_name(&args[1])?;
    vm.delattr(&args[0], &args[1])?;
    Ok(Value::none())
}

fn check_attr_name(n: &Value) -> PyResult<()> {
    if as_str(n).is_none() {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            n.ty().name()
        )));
    }
    Ok(())
}

fn dir(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "dir", 0, 1)?;
    let names = match args.first() {
        None => {
            let l = current_locals(vm)?;
            vm.iterate(&l)?
        }
        Some(o) => {
            let r = match vm.call_special(o, "__dir__", &[])? {
                Some(r) => r,
                None => crate::types::list::new_list(vec![]),
            };
            vm.iterate(&r)?
        }
    };
    let sorted = crate::types::list::sort_values(vm, names, None, false)?;
    Ok(crate::types::list::new_list(sorted))
}

fn divmod(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "divmod", 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if y == 0 {
            return Err(error::zero_division_error(
                "integer division or modulo by zero",
            ));
        }
        use num_integer::Integer;
        let (q, r) = (Integer::div_floor(&x, &y), Integer::mod_floor(&x, &y));
        return Ok(new_tuple_from([int_from_i64(q), int_from_i64(r)]));
    }
    if let Some(f) = a.ty().lookup(crate::name!("__divmod__")) {
        let r = vm.call_method_descr_or_fn(&f, &[a.clone(), b.clone()], None)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if let Some(f) = b.ty().lookup(crate::name!("__rdivmod__")) {
        let r = vm.call_method_descr_or_fn(&f, &[b.clone(), a.clone()], None)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    Err(error::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    )))
}

/// The globals and locals for exec/eval when not given.
fn namespaces(vm: &Vm, g: Option<Value>, l: Option<Value>) -> PyResult<(Value, Value)> {
    let g = g.filter(|g| !g.is_none());
    let l = l.filter(|l| !l.is_none());
    match (g, l) {
        (Some(g), Some(l)) => Ok((g, l)),
        (Some(g), None) => Ok((g.clone(), g)),
        (None, l) => {
            let (fg, fl) = crate::eval::frame::with_frame(0, |f| match f {
                Some(f) => (Some(Value::clone(&f.globals)), f.locals.clone()),
                None => (None, None),
            });
            let g = fg.unwrap_or_else(new_dict);
            let l = match l {
                Some(l) => l,
                None => match fl {
                    Some(l) => l,
                    None => current_locals(vm)?,
                },
            };
            Ok((g, l))
        }
    }
}

fn eval(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(args, kw, "eval", &["source", "globals", "locals"], 1)?;
    let (g, l) = namespaces(vm, a[1].clone(), a[2].clone())?;
    if as_dict(&g).is_none() {
        return Err(error::type_error("globals must be a dict"));
    }
    let src = a[0].as_ref().unwrap();
    let code = if src.kind() == Kind::Code {
        src.clone()
    } else {
        let s = source_text(vm, src, "eval")?;
        let s = s.trim_start_matches([' ', '\t']);
        crate::compile::compile(vm, s, "<string>", crate::compile::Mode::Eval)?
    };
    crate::eval::run_code(vm, &code, &g, Some(l))
}

fn exec(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(args, kw, "exec", &["source", "globals", "locals"], 1)?;
    let (g, l) = namespaces(vm, a[1].clone(), a[2].clone())?;
    if as_dict(&g).is_none() {
        return Err(error::type_error(format!(
            "exec() globals must be a dict, not {}",
            g.ty().name()
        )));
    }
    let src = a[0].as_ref().unwrap();
    let code = if src.kind() == Kind::Code {
        src.clone()
    } else {
        let s = source_text(vm, src, "exec")?;
        crate::compile::compile(vm, &s, "<string>", crate::compile::Mode::Exec)?
    };
    crate::eval::run_code(vm, &code, &g, Some(l))?;
    Ok(Value::none())
}

fn format(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "format", 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => as_str(s)
            .ok_or_else(|| {
                error::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.ty().name()
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    ops::format(vm, &args[0], &spec)
}

fn getattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "getattr", 2, 3)?;
    check_attr_name(&args[1])?;
    match vm.getattr(&args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.matches(types().exc.attribute_error) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn globals(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(
        crate::eval::frame::with_frame(0, |f| f.map(|f| Value::clone(&f.globals)))
            .unwrap_or_else(new_dict),
    )
}

fn hasattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "hasattr", 2, 2)?;
    check_attr_name(&args[1])?;
    match vm.getattr(&args[0], &args[1]) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if e.matches(types().exc.attribute_error) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn hash(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "hash", 1, 1)?;
    Ok(int_from_i64(vm.hash(&args[0])?))
}

fn id(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "id", 1, 1)?;
    Ok(crate::types::int::int_from_u64(args[0].raw() as u64))
}

fn input(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "input", 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        crate::modules::sys::write_stdout(vm, &s)?;
    }
    crate::modules::sys::flush_stdout(vm)?;
    let mut line = String::new();
    let n = crate::runtime::gil::allow_threads(|| std::io::stdin().read_line(&mut line))
        .map_err(|e| crate::modules::io::os_error_from(&e, None))?;
    if n == 0 {
        return Err(error::eof_error("EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(new_str(line))
}

fn isinstance(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "isinstance", 2, 2)?;
    Ok(Value::bool(ops::isinstance(vm, &args[0], &args[1])?))
}

fn issubclass(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "issubclass", 2, 2)?;
    Ok(Value::bool(ops::issubclass(vm, &args[0], &args[1])?))
}

fn iter(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "iter", 1, 2)?;
    if args.len() == 2 {
        if !is_callable(&args[0]) {
            return Err(error::type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter::new_callable_iter(
            args[0].clone(),
            args[1].clone(),
        ));
    }
    vm.iter(&args[0])
}

fn len(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "len", 1, 1)?;
    Ok(int_from_i64(vm.len(&args[0])? as i64))
}

/// The locals of the innermost frame as a dict (a snapshot for functions).
pub fn current_locals(vm: &Vm) -> PyResult<Value> {
    crate::eval::frame::with_frame(0, |f| {
        let Some(f) = f else { return Ok(new_dict()) };
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
        let d = new_dict();
        let dd = as_dict(&d).unwrap();
        let c = f.code();
        for (i, n) in c.varnames.iter().enumerate() {
            if let Some(v) = &f.slots[i] {
                dd.set_item(vm, n.clone(), v.clone())?;
            }
        }
        let nl = c.nlocals();
        for (i, n) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
            if let Some(cell) = &f.slots[nl + i] {
                if let Some(v) = cell
                    .downcast::<crate::types::function::CellObj>()
                    .and_then(|c| c.get())
                {
                    dd.set_item(vm, n.clone(), v)?;
                }
            }
        }
        Ok(d)
    })
}

fn locals(vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    current_locals(vm)
}

fn min_max(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kw);
    let mut key = None;
    let mut default = None;
    for (k, v) in kws {
        match as_str(k) {
            Some("key") => key = Some(v.clone()).filter(|v| !v.is_none()),
            Some("default") => default = Some(v.clone()),
            Some(o) => {
                return Err(error::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    name, o
                )))
            }
            None => {}
        }
    }
    let items: Vec<Value> = match pos.len() {
        0 => {
            return Err(error::type_error(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => vm.iterate(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(error::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let better = if want_max {
                    ops::lt(vm, &bk, &k)?
                } else {
                    ops::lt(vm, &k, &bk)?
                };
                if better {
                    (k, x)
                } else {
                    (bk, bx)
                }
            }
        });
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(error::value_error(format!(
                "{}() arg is an empty sequence",
                name
            ))),
        },
    }
}

fn max(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    min_max(vm, args, kw, "max", true)
}
fn min(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    min_max(vm, args, kw, "min", false)
}

fn next(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "next", 1, 2)?;
    let it = &args[0];
    if it.ty().lookup(crate::name!("__next__")).is_none() {
        return Err(error::type_error(format!(
            "'{}' object is not an iterator",
            it.ty().name()
        )));
    }
    if it.kind() == Kind::Generator {
        return match crate::eval::generator::gen_send_ex(
            vm,
            it,
            crate::eval::Resume::Send(Value::none()),
        )? {
            crate::eval::generator::SendResult::Yield(v) => Ok(v),
            crate::eval::generator::SendResult::Return(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(error::stop_iteration(v)),
            },
        };
    }
    if it.ty().is_builtin() {
        match vm.next(it) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {
                return match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(crate::runtime::error::PyErr::with_args(
                        types().exc.stop_iteration,
                        vec![],
                    )),
                }
            }
            Err(e) => return Err(e),
        }
    }
    let f = it.ty().lookup(crate::name!("__next__")).unwrap();
    match vm.call_method_descr_or_fn(&f, std::slice::from_ref(it), None) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 2 && e.matches(types().exc.stop_iteration) => Ok(args[1].clone()),
        Err(e) => Err(e),
    }
}

fn open(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::modules::io::open(vm, args, kw)
}

fn pow(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(args, kw, "pow", &["base", "exp", "mod"], 2)?;
    let (b, e) = (a[0].as_ref().unwrap(), a[1].as_ref().unwrap());
    match &a[2] {
        Some(m) if !m.is_none() => ops::ternary_pow(vm, b, e, m),
        _ => ops::binary_op(vm, b, e, BinOp::Power),
    }
}

fn print(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kw);
    let mut sep: Option<String> = None;
    let mut end: Option<String> = None;
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in kws {
        let get_s = |v: &Value, what: &str| -> PyResult<Option<String>> {
            if v.is_none() {
                Ok(None)
            } else {
                match as_str(v) {
                    Some(s) => Ok(Some(s.to_string())),
                    None => Err(error::type_error(format!(
                        "{} must be None or a string, not {}",
                        what,
                        v.ty().name()
                    ))),
                }
            }
        };
        match as_str(k) {
            Some("sep") => sep = get_s(v, "sep")?,
            Some("end") => end = get_s(v, "end")?,
            Some("file") => file = Some(v.clone()).filter(|f| !f.is_none()),
            Some("flush") => flush = vm.truthy(v)?,
            Some(o) => {
                return Err(error::type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    o
                )))
            }
            None => {}
        }
    }
    let mut s = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            s.push_str(sep.as_deref().unwrap_or(" "));
        }
        if let Some(t) = as_str(a).filter(|_| a.is_exact(types().str)) {
            s.push_str(t);
        } else {
            s.push_str(&vm.str_string(a)?);
        }
    }
    s.push_str(end.as_deref().unwrap_or("\n"));
    match file {
        None => {
            crate::modules::sys::write_stdout(vm, &s)?;
            if flush {
                crate::modules::sys::flush_stdout(vm)?;
            }
        }
        Some(f) => {
            // like CPython: one write() per piece
            let write = vm.getattr_str(&f, "write")?;
            for (i, a) in pos.iter().enumerate() {
                if i > 0 {
                    vm.call(
                        &write,
                        &[new_str(sep.clone().unwrap_or_else(|| " ".into()))],
                    )?;
                }
                let piece = vm.str(a)?;
                vm.call(&write, &[piece])?;
            }
            vm.call(
                &write,
                &[new_str(end.clone().unwrap_or_else(|| "\n".into()))],
            )?;
            let _ = s;
            if flush {
                vm.call_method(&f, "flush", &[])?;
            }
        }
    }
    Ok(Value::none())
}

fn repr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "repr", 1, 1)?;
    vm.repr(&args[0])
}

fn round(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(args, kw, "round", &["number", "ndigits"], 1)?;
    let n = a[0].as_ref().unwrap();
    let f = n.ty().lookup(crate::name!("__round__")).ok_or_else(|| {
        error::type_error(format!(
            "type {} doesn't define __round__ method",
            n.ty().name()
        ))
    })?;
    match &a[1] {
        Some(d) if !d.is_none() => vm.call_method_descr_or_fn(&f, &[n.clone(), d.clone()], None),
        _ => vm.call_method_descr_or_fn(&f, std::slice::from_ref(n), None),
    }
}

fn setattr(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "setattr", 3, 3)?;
    check_attr_name(&args[1])?;
    let name = crate::types::str::intern_value(&args[1]);
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::none())
}

fn sorted(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (pos, _) = split_kwargs(args, kw);
    if pos.len() != 1 {
        return Err(error::type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let items = vm.iterate(&pos[0])?;
    let l = crate::types::list::new_list(items);
    let sort = vm.getattr_str(&l, "sort")?;
    vm.call_kw(&sort, &args[1..], kw)?;
    Ok(l)
}

fn sum(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(args, kw, "sum", &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| Value::small(0));
    if as_str(&acc).is_some() {
        return Err(error::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if acc.kind() == Kind::Bytes {
        return Err(error::type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    if acc.kind() == Kind::ByteArray {
        return Err(error::type_error(
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let it = vm.iter(a[0].as_ref().unwrap())?;
    // float accumulation uses compensated summation only in 3.12; 3.11 adds plainly
    while let Some(x) = vm.next(&it)? {
        acc = ops::binary_op(vm, &acc, &x, BinOp::Add)?;
    }
    Ok(acc)
}

fn vars(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    check_positional(args, kw, "vars", 0, 1)?;
    match args.first() {
        None => current_locals(vm),
        Some(o) => match vm.getattr_opt(o, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(error::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
    }
}

fn exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let _ = vm;
    Err(crate::runtime::error::PyErr::with_args(
        types().exc.system_exit,
        args.to_vec(),
    ))
}

/// `cls[item]` for builtin generic types (`list[int]`): a `types.GenericAlias`.
pub fn generic_alias(cls: &Value, item: &Value) -> Value {
    let vm = Vm::current();
    match crate::runtime::import::import_module(&vm, "_krait") {
        Ok(m) => match vm
            .getattr_str(&m, "GenericAlias")
            .and_then(|g| vm.call(&g, &[cls.clone(), item.clone()]))
        {
            Ok(v) => v,
            Err(_) => cls.clone(),
        },
        Err(_) => cls.clone(),
    }
}

/// `__class_getitem__` for builtin containers.
pub fn class_getitem(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "class_getitem")?;
    Ok(generic_alias(&args[0], &args[1]))
}

/// A `types.SimpleNamespace` with the items of `ns`.
pub fn simple_namespace(vm: &Vm, ns: Value) -> PyResult<Value> {
    let m = crate::runtime::import::import_module(vm, "_krait")?;
    let cls = vm.getattr_str(&m, "SimpleNamespace")?;
    let obj = vm.call(&cls, &[])?;
    for (k, v) in as_dict(&ns).unwrap().items() {
        vm.setattr(&obj, &k, v)?;
    }
    Ok(obj)
}

#[allow(dead_code)]
fn unused(_: &Value) -> bool {
    to_bigint(&Value::small(0)).is_some()
}
