//! Running code: calling Python functions (argument binding into a new frame),
//! running module and class bodies, and the interpreter loop (`interp`).

pub mod forms;
pub mod frame;
pub mod generator;
pub mod interp;
pub mod jit;

use crate::code::{flags as cflags, CodeObj};
use crate::object::Obj;
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::as_dict;
use crate::types::function::{new_cell, CellObj, FunctionObj};
use crate::types::str::as_str;
use crate::types::tuple::{as_slice, new_tuple};
use crate::value::Value;
use frame::Frame;
pub use interp::{run_frame, FrameResult, Resume};

/// Calls a Python function.
pub fn call_function(
    vm: &Vm,
    func: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let f = func.downcast::<FunctionObj>().unwrap();
    if kwnames.is_none() && crate::quicken::exact_args(f, args.len()) {
        // positional arguments for exactly the parameters: copied in place
        return call_with(vm, f, |frame| {
            for (slot, a) in frame.slots[..args.len()].iter_mut().zip(args) {
                debug_assert!(slot.is_none());
                *slot = Some(a.clone());
            }
            Ok(())
        });
    }
    call_with(vm, f, |frame| {
        bind_args(vm, f, f.code(), frame, args, kwnames)
    })
}

/// Calls Python function `f` on a new frame whose parameters `bind` fills
/// (general binding above; the specialized calls of the eval loop move
/// arguments they have already checked straight into the slots).
#[inline]
pub fn call_with(
    vm: &Vm,
    f: &Obj<FunctionObj>,
    bind: impl FnOnce(&mut Frame) -> PyResult<()>,
) -> PyResult<Value> {
    let code = f.code();
    if code.flags & cflags::GENERATOR != 0 {
        let mut frame = Frame::for_function(f, None);
        bind(&mut frame)?;
        if code.ncells() > 0 || f.closure.is_some() {
            init_cells(f, code, &mut frame);
        }
        return Ok(generator::new_generator(Box::new(frame), f));
    }
    // a returned call's frame when there is one (see `SpareFrames`)
    let r = interp::call_with_spare(f, |frame| {
        bind(frame)?;
        if code.ncells() > 0 || f.closure.is_some() {
            init_cells(f, code, frame);
        }
        vm.enter_call()?;
        let r = run_frame(vm, frame, Resume::Start);
        vm.leave_call();
        r
    });
    match r? {
        FrameResult::Return(v) => Ok(v),
        FrameResult::Yield(_) => Err(error::system_error("yield from a non-generator frame")),
    }
}

/// Creates the frame's cells (copying arguments captured by closures) and
/// installs the function's free variables.
pub(crate) fn init_cells(f: &Obj<FunctionObj>, code: &Obj<CodeObj>, frame: &mut Frame) {
    let nl = code.nlocals();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = arg.and_then(|a| frame.slots[a as usize].clone());
        frame.slots[nl + i] = Some(new_cell(init));
    }
    if let Some(cl) = &f.closure {
        let nc = code.ncells();
        for (j, c) in as_slice(cl).iter().enumerate() {
            frame.slots[nl + nc + j] = Some(c.clone());
        }
    }
}

fn fname(f: &Obj<FunctionObj>) -> String {
    let q = f.qualname.lock().clone();
    as_str(&q).unwrap_or("?").to_string()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments to the frame's parameters, with CPython's errors.
pub(crate) fn bind_args(
    vm: &Vm,
    f: &Obj<FunctionObj>,
    code: &Obj<CodeObj>,
    frame: &mut Frame,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<()> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & cflags::VARARGS != 0;
    let has_varkw = code.flags & cflags::VARKEYWORDS != 0;
    // fast path: exact positional call
    if nkw == 0 && npos == argcount && kwonly == 0 && !has_varargs && !has_varkw {
        for (i, a) in args.iter().enumerate() {
            frame.slots[i] = Some(a.clone());
        }
        return Ok(());
    }
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        frame.slots[i] = Some(a.clone());
    }
    let mut next = argcount + kwonly;
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        frame.slots[next] = Some(new_tuple(extra));
        next += 1;
    } else if npos > argcount {
        let defaults = f.defaults.get(&f.header);
        let ndef = defaults.as_ref().map_or(0, |d| as_slice(d).len());
        let kw_given = match kwnames {
            Some(kn) => kn
                .iter()
                .filter(|k| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v.is(k) || as_str(v) == as_str(k))
                })
                .count(),
            None => 0,
        };
        let takes = if ndef > 0 {
            format!(
                "from {} to {} positional argument{}",
                argcount - ndef,
                argcount,
                plural(argcount)
            )
        } else {
            format!("{} positional argument{}", argcount, plural(argcount))
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                plural(npos),
                kw_given,
                plural(kw_given)
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(error::type_error(format!(
            "{}() takes {} but {}",
            fname(f),
            takes,
            given
        )));
    }
    let kwdict = if has_varkw {
        let d = crate::types::dict::new_dict();
        frame.slots[next] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    if let Some(kn) = kwnames {
        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kn.iter().zip(&args[npos..]) {
            let ks = as_str(k).unwrap_or("");
            let idx = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| n.is(k) || as_str(n) == Some(ks))
                .map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if frame.slots[i].is_some() {
                        return Err(error::type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname(f),
                            ks
                        )));
                    }
                    frame.slots[i] = Some(v.clone());
                }
                None => match &kwdict {
                    Some(d) => as_dict(d).unwrap().set_item(vm, k.clone(), v.clone())?,
                    None => {
                        if code.varnames[..posonly]
                            .iter()
                            .any(|n| as_str(n) == Some(ks))
                        {
                            posonly_as_kw.push(ks.to_string());
                        } else {
                            return Err(error::type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                fname(f),
                                ks
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(error::type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname(f),
                posonly_as_kw.join(", ")
            )));
        }
    }
    // defaults for missing positional parameters
    if npos < argcount {
        let defaults = f.defaults.get(&f.header);
        let d = defaults
            .as_ref()
            .map(|d| as_slice(d).to_vec())
            .unwrap_or_default();
        let first_default = argcount - d.len();
        let mut missing: Vec<String> = Vec::new();
        for i in npos..argcount {
            if frame.slots[i].is_none() {
                if i >= first_default {
                    frame.slots[i] = Some(d[i - first_default].clone());
                } else {
                    missing.push(as_str(&code.varnames[i]).unwrap_or("?").to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(error::type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname(f),
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwd = f.kwdefaults.get(&f.header);
        let mut missing: Vec<String> = Vec::new();
        for i in argcount..argcount + kwonly {
            if frame.slots[i].is_none() {
                let name = &code.varnames[i];
                let dv = match &kwd {
                    Some(kd) => as_dict(kd).unwrap().get_item(vm, name)?,
                    None => None,
                };
                match dv {
                    Some(v) => frame.slots[i] = Some(v),
                    None => missing.push(as_str(name).unwrap_or("?").to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(error::type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(f),
                missing.len(),
                plural(missing.len()),
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

/// Runs a code object with the given namespaces (module bodies, `exec`).
pub fn run_code(vm: &Vm, code: &Value, globals: &Value, locals: Option<Value>) -> PyResult<Value> {
    let builtins = builtins_for(vm, globals);
    let mut frame = Frame::new(code.clone(), globals.clone(), builtins, locals);
    let c = code.downcast::<CodeObj>().unwrap();
    let nl = c.nlocals();
    for i in 0..c.ncells() {
        frame.slots[nl + i] = Some(new_cell(None));
    }
    vm.enter_call()?;
    let r = run_frame(vm, &mut frame, Resume::Start);
    vm.leave_call();
    match r? {
        FrameResult::Return(v) => Ok(v),
        FrameResult::Yield(_) => Err(error::system_error("yield outside a generator")),
    }
}

/// Runs a class body function with `ns` as its namespace; returns what the
/// body returns (the `__class__` cell, or None).
pub fn run_class_body(vm: &Vm, func: &Value, ns: &Value) -> PyResult<Value> {
    let f = func.downcast::<FunctionObj>().unwrap();
    let code = f.code();
    let mut frame = Frame::for_function(f, Some(ns.clone()));
    init_cells(f, code, &mut frame);
    vm.enter_call()?;
    let r = run_frame(vm, &mut frame, Resume::Start);
    vm.leave_call();
    match r? {
        FrameResult::Return(v) => Ok(v),
        FrameResult::Yield(_) => Err(error::system_error("yield in class body")),
    }
}

/// The builtins namespace for code running with `globals`.
pub fn builtins_for(vm: &Vm, globals: &Value) -> Value {
    let rt = crate::runtime::vm::runtime();
    if let Some(g) = as_dict(globals) {
        if let Some(b) = g.get_by_str("__builtins__") {
            if b.kind() == crate::object::Kind::Module {
                return crate::types::module::module_dict(&b).clone();
            }
            if as_dict(&b).is_some() {
                return b;
            }
        } else {
            g.set_str(vm, "__builtins__", rt.builtins.clone());
        }
    }
    rt.builtins_dict.clone()
}

/// Is `v` a closure cell?
pub fn is_cell(v: &Value) -> bool {
    v.downcast::<CellObj>().is_some()
}
