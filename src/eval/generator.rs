//! Generators: a suspended frame plus the `send`/`throw`/`close` protocol,
//! including delegation to a sub-iterator for `yield from`.

use parking_lot::Mutex;
use specializer::{decode, Opcode};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::eval::frame::Frame;
use crate::eval::interp::{run_frame, FrameResult, Resume};
use crate::object::{self, Kind, Obj};
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::exceptions;
use crate::types::function::FunctionObj;
use crate::types::str::{as_str, new_str};
use crate::types::{types, Registry};
use crate::value::Value;

pub enum GenState {
    Created(Box<Frame>),
    Suspended(Box<Frame>),
    Running,
    Finished,
}

/// A generator's state behind a one-word lock, taken with one
/// compare-and-swap and released with a plain store: resuming a generator
/// takes it twice (to move the frame out, then back), and with a mutex whose
/// release is a second atomic read-modify-write those four atomics were most
/// of the cost of a `for` over a generator. The lock is only held to move or
/// read the state, never while the generator's frame runs (a resumed
/// generator's state is `Running` meanwhile), so waiting for it is brief.
pub struct GenCell {
    busy: AtomicBool,
    state: UnsafeCell<GenState>,
}

// SAFETY: `state` is only accessed through a `GenGuard`, which exists only
// while `busy` is held by its thread (acquire on taking, release on giving
// back), so accesses never overlap and each sees the previous one's writes.
unsafe impl Sync for GenCell {}

impl GenCell {
    fn new(st: GenState) -> GenCell {
        GenCell {
            busy: AtomicBool::new(false),
            state: UnsafeCell::new(st),
        }
    }

    /// The state, for the one owner (drop).
    pub fn get_mut(&mut self) -> &mut GenState {
        self.state.get_mut()
    }

    #[inline]
    pub fn lock(&self) -> GenGuard<'_> {
        let mut spins = 0u32;
        while self
            .busy
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            spins += 1;
            if spins < 64 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
        GenGuard(self)
    }
}

pub struct GenGuard<'a>(&'a GenCell);

impl std::ops::Deref for GenGuard<'_> {
    type Target = GenState;
    fn deref(&self) -> &GenState {
        // SAFETY: this guard holds `busy` (see `GenCell`).
        unsafe { &*self.0.state.get() }
    }
}

impl std::ops::DerefMut for GenGuard<'_> {
    fn deref_mut(&mut self) -> &mut GenState {
        // SAFETY: as above, and the guard is borrowed mutably.
        unsafe { &mut *self.0.state.get() }
    }
}

impl Drop for GenGuard<'_> {
    fn drop(&mut self) {
        self.0.busy.store(false, Ordering::Release);
    }
}

pub struct GeneratorObj {
    pub state: GenCell,
    pub name: Mutex<Value>,
    pub qualname: Mutex<Value>,
    pub code: Value,
}

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(frame: Box<Frame>, f: &Obj<FunctionObj>) -> Value {
    let g = GeneratorObj {
        code: Value::clone(&frame.code),
        state: GenCell::new(GenState::Created(frame)),
        name: Mutex::new(f.name.lock().clone()),
        qualname: Mutex::new(f.qualname.lock().clone()),
    };
    object::alloc(types().generator, g)
}

fn gen(v: &Value) -> &Obj<GeneratorObj> {
    v.downcast::<GeneratorObj>().unwrap()
}

/// Resumes a generator.
pub fn gen_send_ex(vm: &Vm, g: &Value, resume: Resume) -> PyResult<SendResult> {
    let go = gen(g);
    let (mut frame, resume) = {
        let mut st = go.state.lock();
        match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Created(f) => {
                if let Resume::Send(v) = &resume {
                    if !v.is_none() {
                        *st = GenState::Created(f);
                        return Err(error::type_error(
                            "can't send non-None value to a just-started generator",
                        ));
                    }
                }
                match resume {
                    Resume::Throw(e) => {
                        *st = GenState::Finished;
                        return Err(e);
                    }
                    _ => (f, Resume::Start),
                }
            }
            GenState::Suspended(f) => (f, resume),
            GenState::Running => {
                *st = GenState::Running;
                return Err(error::value_error("generator already executing"));
            }
            GenState::Finished => {
                *st = GenState::Finished;
                return match resume {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(SendResult::Return(Value::none())),
                };
            }
        }
    };
    if let Err(e) = vm.enter_call() {
        *go.state.lock() = GenState::Suspended(frame);
        return Err(e);
    }
    let r = run_frame(vm, &mut frame, resume);
    vm.leave_call();
    match r {
        Ok(FrameResult::Yield(v)) => {
            *go.state.lock() = GenState::Suspended(frame);
            Ok(SendResult::Yield(v))
        }
        Ok(FrameResult::Return(v)) => {
            *go.state.lock() = GenState::Finished;
            Ok(SendResult::Return(v))
        }
        Err(e) => {
            *go.state.lock() = GenState::Finished;
            Err(stop_iteration_escaped(e))
        }
    }
}

/// For a `for` loop resuming `g` inside the caller's own eval loop
/// (`FOR_ITER_GEN`): takes the frame of a created or suspended generator
/// (which is then `Running`), with the value of the `yield` it resumes at
/// already pushed (None, as `next` sends); None when the generator is
/// running or finished (`gen_next` then raises or ends the loop).
pub fn take_for_resume(g: &Value) -> Option<Box<Frame>> {
    take_for_send(g, Value::none()).ok()
}

/// For `yield from` (`SEND`) resuming `g` inside the caller's eval loop:
/// as [`take_for_resume`], with `v` the value its `yield` receives; gives
/// `v` back when the generator is running or finished, or just created and
/// `v` is not None (`send_to` then raises or returns as it should).
#[inline(always)]
pub fn take_for_send(g: &Value, v: Value) -> Result<Box<Frame>, Value> {
    let go = gen(g);
    let mut st = go.state.lock();
    match std::mem::replace(&mut *st, GenState::Running) {
        GenState::Created(f) if v.is_none() => Ok(f),
        GenState::Suspended(mut f) => {
            debug_assert!(f.head.sp < f.slots.len());
            // the slot above a suspended frame's stack is empty: nothing to
            // drop (forgetting the None it held releases nothing)
            let sp = f.head.sp;
            debug_assert!(f.slots[sp].is_none());
            std::mem::forget(std::mem::replace(&mut f.slots[sp], Some(v)));
            f.head.sp += 1;
            Ok(f)
        }
        other => {
            *st = other;
            Err(v)
        }
    }
}

/// Gives a generator taken by [`take_for_resume`] its frame back at a `yield`.
#[inline]
pub fn suspend(g: &Value, frame: Box<Frame>) {
    *gen(g).state.lock() = GenState::Suspended(frame);
}

/// Ends a generator taken by [`take_for_resume`] (its frame returned or
/// raised; the caller drops the frame). An exception it raised goes on in
/// the resumer as `gen_send_ex` passes it on (StopIteration made a
/// RuntimeError).
pub fn finish(g: &Value, err: Option<PyErr>) -> Option<PyErr> {
    *gen(g).state.lock() = GenState::Finished;
    err.map(stop_iteration_escaped)
}

/// PEP 479: a StopIteration raised inside a generator becomes RuntimeError.
fn stop_iteration_escaped(e: PyErr) -> PyErr {
    if e.matches(types().exc.stop_iteration) {
        let re = error::runtime_error("generator raised StopIteration");
        exceptions::set_cause(re.value(), Some(e.value().clone()));
        exceptions::set_context(re.value(), Some(e.into_value()));
        return re;
    }
    e
}

/// `next(gen)`: the next value, or None when it returned.
pub fn gen_next(vm: &Vm, g: &Value) -> PyResult<Option<Value>> {
    match gen_send_ex(vm, g, Resume::Send(Value::none()))? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(_) => Ok(None),
    }
}

/// SEND: forwards a value to the sub-iterator of `yield from`.
pub fn send_to(vm: &Vm, recv: &Value, v: Value) -> PyResult<SendResult> {
    if recv.kind() == Kind::Generator {
        return gen_send_ex(vm, recv, Resume::Send(v));
    }
    let r = if v.is_none() {
        match recv.ty().lookup(crate::name!("__next__")) {
            Some(n) => vm.call_method_descr_or_fn(&n, std::slice::from_ref(recv), None),
            None => {
                return Err(error::type_error(format!(
                    "'{}' object is not an iterator",
                    recv.ty().name()
                )))
            }
        }
    } else {
        vm.call_method(recv, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yield(y)),
        Err(e) if e.matches(types().exc.stop_iteration) => Ok(SendResult::Return(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(e: &PyErr) -> Value {
    let args = exceptions::get_args(e.value());
    crate::types::tuple::as_slice(&args)
        .first()
        .cloned()
        .unwrap_or_else(Value::none)
}

/// The sub-iterator a suspended generator delegates to (`yield from`), with
/// the offset its SEND jumps to when the sub-iterator finishes.
fn delegate(go: &Obj<GeneratorObj>) -> Option<(Value, usize)> {
    let st = go.state.lock();
    let GenState::Suspended(f) = &*st else {
        return None;
    };
    let code = f.code();
    let li = f.head.lasti;
    if li == 0 {
        return None;
    }
    let (op, _) = decode(code.code[li]);
    let (prev, target) = decode(code.code[li - 1]);
    if op == Opcode::YIELD_VALUE as u8 && prev == Opcode::SEND as u8 {
        return f.slots[f.head.sp - 1].clone().map(|r| (r, target as usize));
    }
    None
}

/// Throws `exc` into the generator at its suspension point.
pub fn gen_throw(vm: &Vm, g: &Value, exc: PyErr) -> PyResult<SendResult> {
    let go = gen(g);
    if let Some((yf, target)) = delegate(go) {
        if exc.matches(types().exc.generator_exit) {
            // close the delegate first, then raise GeneratorExit here
            if let Err(e) = close_iter(vm, &yf) {
                return gen_send_ex(vm, g, Resume::Throw(e));
            }
            return gen_send_ex(vm, g, Resume::Throw(exc));
        }
        let r = if yf.kind() == Kind::Generator {
            gen_throw(vm, &yf, exc).map(|r| match r {
                SendResult::Yield(v) => Ok(v),
                SendResult::Return(v) => Err(v),
            })
        } else {
            match vm.getattr_opt(&yf, "throw")? {
                Some(t) => match vm.call(&t, &[exc.value().clone()]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if e.matches(types().exc.stop_iteration) => Ok(Err(stop_value(&e))),
                    Err(e) => Err(e),
                },
                None => return gen_send_ex(vm, g, Resume::Throw(exc)),
            }
        };
        return match r {
            Ok(Ok(v)) => Ok(SendResult::Yield(v)),
            Ok(Err(ret)) => {
                // the delegate finished: pop it and continue after the SEND loop
                {
                    let mut st = go.state.lock();
                    if let GenState::Suspended(f) = &mut *st {
                        f.head.sp -= 1;
                        f.slots[f.head.sp] = None;
                        f.head.ip = target;
                    }
                }
                gen_send_ex(vm, g, Resume::Send(ret))
            }
            Err(e) => gen_send_ex(vm, g, Resume::Throw(e)),
        };
    }
    gen_send_ex(vm, g, Resume::Throw(exc))
}

fn close_iter(vm: &Vm, it: &Value) -> PyResult<()> {
    if it.kind() == Kind::Generator {
        return gen_close(vm, it);
    }
    if let Some(c) = vm.getattr_opt(it, "close")? {
        vm.call(&c, &[])?;
    }
    Ok(())
}

/// `gen.close()`.
pub fn gen_close(vm: &Vm, g: &Value) -> PyResult<()> {
    let go = gen(g);
    {
        let mut st = go.state.lock();
        match &*st {
            GenState::Created(_) | GenState::Finished => {
                *st = GenState::Finished;
                return Ok(());
            }
            _ => {}
        }
    }
    let exc = PyErr::with_args(types().exc.generator_exit, vec![]);
    match gen_throw(vm, g, exc) {
        Ok(SendResult::Yield(_)) => Err(error::runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Return(_)) => Ok(()),
        Err(e)
            if e.matches(types().exc.generator_exit) || e.matches(types().exc.stop_iteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Builds the exception `throw(typ, val, tb)` raises.
fn throw_exc(vm: &Vm, args: &[Value]) -> PyResult<PyErr> {
    let typ = args
        .first()
        .cloned()
        .ok_or_else(|| error::type_error("throw expected at least 1 argument, got 0"))?;
    let val = args.get(1).cloned().filter(|v| !v.is_none());
    let tb = args.get(2).cloned().filter(|v| !v.is_none());
    let e = if exceptions::as_exception(&typ).is_some() {
        if val.is_some() {
            return Err(error::type_error(
                "instance exception may not have a separate value",
            ));
        }
        typ
    } else if typ
        .downcast::<crate::types::typeobj::TypeObj>()
        .is_some_and(|t| crate::types::typeobj::is_subtype(t, types().base_exception))
    {
        match val {
            Some(v)
                if exceptions::as_exception(&v).is_some_and(|_| {
                    crate::types::typeobj::is_subtype(v.ty(), typ.downcast().unwrap())
                }) =>
            {
                v
            }
            Some(v) => {
                let a = match crate::types::tuple::as_tuple(&v) {
                    Some(t) => t.to_vec(),
                    None => vec![v],
                };
                vm.call(&typ, &a)?
            }
            None => vm.call(&typ, &[])?,
        }
    } else {
        return Err(error::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name()
        )));
    };
    if let Some(tb) = tb {
        exceptions::set_traceback(&e, Some(tb));
    }
    Ok(PyErr::from_value(e))
}

fn g_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "g_iter")?;
    Ok(args[0].clone())
}
fn g_next(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "g_next")?;
    match gen_send_ex(vm, &args[0], Resume::Send(Value::none()))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(error::stop_iteration(v)),
    }
}
fn g_send(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let v = args.get(1).cloned().ok_or_else(|| {
        error::type_error("generator.send() takes exactly one argument (0 given)")
    })?;
    match gen_send_ex(vm, &args[0], Resume::Send(v))? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(error::stop_iteration(v)),
    }
}
fn g_throw(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "g_throw")?;
    let e = throw_exc(vm, &args[1..])?;
    match gen_throw(vm, &args[0], e)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(error::stop_iteration(v)),
    }
}
fn g_close(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "g_close")?;
    gen_close(vm, &args[0])?;
    Ok(Value::none())
}
fn g_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "g_repr")?;
    let q = gen(&args[0]).qualname.lock().clone();
    Ok(new_str(format!(
        "<generator object {} at {:#x}>",
        as_str(&q).unwrap_or("?"),
        args[0].raw()
    )))
}
fn g_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gen(v).name.lock().clone())
}
fn g_set_name(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    if let Some(n) = n {
        *gen(v).name.lock() = n;
    }
    Ok(())
}
fn g_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gen(v).qualname.lock().clone())
}
fn g_set_qualname(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    if let Some(n) = n {
        *gen(v).qualname.lock() = n;
    }
    Ok(())
}
fn g_running(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(matches!(
        &*gen(v).state.lock(),
        GenState::Running
    )))
}
fn g_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gen(v).code.clone())
}
fn g_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let st = gen(v).state.lock();
    let line = match &*st {
        GenState::Finished => return Ok(Value::none()),
        GenState::Created(f) => f.code().firstlineno,
        GenState::Suspended(f) => f.line(),
        GenState::Running => 0,
    };
    drop(st);
    let ns = crate::types::dict::new_dict();
    let d = crate::types::dict::as_dict(&ns).unwrap();
    d.set_str(vm, "f_lineno", Value::small(line as i64));
    d.set_str(vm, "f_code", gen(v).code.clone());
    crate::modules::builtins::simple_namespace(vm, ns)
}
fn g_yieldfrom(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(delegate(gen(v)).map(|(r, _)| r).unwrap_or_else(Value::none))
}
fn g_suspended(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(matches!(
        &*gen(v).state.lock(),
        GenState::Suspended(_)
    )))
}

pub(crate) fn init(t: &Registry) {
    let g = t.generator;
    g.add_method("__iter__", g_iter);
    g.add_method("__next__", g_next);
    g.add_method("send", g_send);
    g.add_method("throw", g_throw);
    g.add_method("close", g_close);
    g.add_method("__repr__", g_repr);
    g.add_getset("__name__", g_name, Some(g_set_name));
    g.add_getset("__qualname__", g_qualname, Some(g_set_qualname));
    g.add_getset("gi_running", g_running, None);
    g.add_getset("gi_code", g_code, None);
    g.add_getset("gi_frame", g_frame, None);
    g.add_getset("gi_yieldfrom", g_yieldfrom, None);
    g.add_getset("gi_suspended", g_suspended, None);
}

impl Drop for GeneratorObj {
    /// A generator collected while suspended is closed, as in CPython: its
    /// `finally` blocks and context managers run. Errors are ignored.
    fn drop(&mut self) {
        let st = std::mem::replace(self.state.get_mut(), GenState::Finished);
        let GenState::Suspended(mut frame) = st else {
            return;
        };
        let Some(vm) = Vm::try_current() else { return };
        // close a delegate first (yield from)
        let li = frame.head.lasti;
        if li > 0 {
            let code = frame.code.clone();
            let c = code.downcast::<crate::code::CodeObj>().unwrap();
            let (op, _) = decode(c.code[li]);
            let (prev, _) = decode(c.code[li - 1]);
            if op == Opcode::YIELD_VALUE as u8 && prev == Opcode::SEND as u8 {
                if let Some(yf) = frame.slots[frame.head.sp - 1].clone() {
                    let _ = close_iter(&vm, &yf);
                }
            }
        }
        let exc = PyErr::with_args(types().exc.generator_exit, vec![]);
        if vm.enter_call().is_ok() {
            let _ = run_frame(&vm, &mut frame, Resume::Throw(exc));
            vm.leave_call();
        }
    }
}
