//! `_thread`: starting threads and the two lock types, with CPython's API
//! (`lib/threading.py` builds everything else on these).
//!
//! Both locks are a `parking_lot` mutex guarding a little state plus a condition
//! variable: no `unsafe`, and a lock may be released by a thread other than the
//! one that acquired it, as Python's `Lock` allows. Every wait happens with the
//! global lock released ([`gil::allow_threads`]) and never while an object lock
//! is held.

use parking_lot::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::object::{self, Obj};
use crate::runtime::error::{self, PyResult};
use crate::runtime::eval_breaker;
use crate::runtime::gil;
use crate::runtime::threads;
use crate::runtime::vm::Vm;
use crate::types::float::new_float;
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::new_str;
use crate::types::tuple::{as_tuple, new_tuple_from};
use crate::types::{types, Registry};
use crate::value::Value;

/// Largest timeout accepted, in seconds (CPython's `_thread.TIMEOUT_MAX` on Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// `_thread.lock`: a plain, non-reentrant lock.
pub struct LockObj {
    locked: Mutex<bool>,
    freed: Condvar,
}

/// `_thread.RLock`: a reentrant lock owned by one thread at a time.
pub struct RLockObj {
    /// (owner thread id or 0, recursion count)
    state: Mutex<(usize, u64)>,
    freed: Condvar,
}

fn me() -> usize {
    crate::object::header::current_tid()
}

/// How long `acquire(blocking, timeout)` may wait: None = forever.
fn wait_limit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Option<Option<Duration>>> {
    let a = crate::runtime::args::parse(&args[1..], kw, "acquire", &["blocking", "timeout"], 0)?;
    let blocking = match &a[0] {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(t) => crate::types::float::to_float(vm, t)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(error::value_error(
                "can't specify a timeout for a non-blocking call",
            ));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(error::value_error(
            "timeout value must be a non-negative number",
        ));
    }
    if timeout > TIMEOUT_MAX {
        return Err(error::overflow_error("timeout value is too large"));
    }
    Ok(Some(if timeout < 0.0 {
        None
    } else {
        Some(Duration::from_secs_f64(timeout))
    }))
}

/// Waits on `cv` until `ready` holds or the deadline passes; the global lock
/// is released while waiting. Returns whether `ready` held.
///
/// Under a fuzzing work budget (`eval_breaker::set_budget`) the wait is cut
/// into slices, and once the budget is spent it ends with the budget's
/// `RecursionError`: a thread the budget stopped before it could signal
/// (e.g. before `threading` set its `_started` event) must not leave the
/// program waiting for ever.
fn wait_until<T>(
    m: &Mutex<T>,
    cv: &Condvar,
    limit: Option<Duration>,
    ready: impl Fn(&T) -> bool,
    take: impl FnOnce(&mut T),
) -> PyResult<bool> {
    let deadline = limit.map(|d| Instant::now() + d);
    let budget = eval_breaker::budget_on();
    gil::allow_threads(|| {
        let mut g = m.lock();
        while !ready(&g) {
            if budget {
                if eval_breaker::budget_spent() {
                    return Err(error::recursion_error("budget exhausted"));
                }
                let slice = Instant::now() + Duration::from_millis(10);
                let until = deadline.map_or(slice, |d| d.min(slice));
                if cv.wait_until(&mut g, until).timed_out()
                    && deadline.is_some_and(|d| Instant::now() >= d)
                    && !ready(&g)
                {
                    return Ok(false);
                }
                continue;
            }
            match deadline {
                None => cv.wait(&mut g),
                Some(d) => {
                    if cv.wait_until(&mut g, d).timed_out() && !ready(&g) {
                        return Ok(false);
                    }
                }
            }
        }
        take(&mut g);
        Ok(true)
    })
}

fn lock_of(v: &Value) -> PyResult<&Obj<LockObj>> {
    v.downcast::<LockObj>()
        .ok_or_else(|| error::type_error("descriptor requires a '_thread.lock' object"))
}

fn rlock_of(v: &Value) -> PyResult<&Obj<RLockObj>> {
    v.downcast::<RLockObj>()
        .ok_or_else(|| error::type_error("descriptor requires a '_thread.RLock' object"))
}

pub fn new_lock() -> Value {
    object::alloc(
        types().thread_lock,
        LockObj {
            locked: Mutex::new(false),
            freed: Condvar::new(),
        },
    )
}

fn lock_acquire(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "acquire")?;
    let l = lock_of(&args[0])?;
    let limit = wait_limit(vm, args, kw)?;
    {
        let mut g = l.locked.lock();
        if !*g {
            *g = true;
            return Ok(Value::bool(true));
        }
    }
    let Some(limit) = limit else {
        return Ok(Value::bool(false));
    };
    let got = wait_until(&l.locked, &l.freed, limit, |x| !*x, |x| *x = true)?;
    Ok(Value::bool(got))
}

fn lock_release(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "release")?;
    let l = lock_of(&args[0])?;
    let mut g = l.locked.lock();
    if !*g {
        return Err(error::runtime_error("release unlocked lock"));
    }
    *g = false;
    drop(g);
    l.freed.notify_one();
    Ok(Value::none())
}

fn lock_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    lock_release(vm, &args[..1.min(args.len())], None)
}

fn lock_locked(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "locked")?;
    Ok(Value::bool(*lock_of(&args[0])?.locked.lock()))
}

fn lock_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "__repr__")?;
    let l = lock_of(&args[0])?;
    let state = if *l.locked.lock() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str(format!(
        "<{} _thread.lock object at {:#x}>",
        state,
        args[0].raw()
    )))
}

fn rlock_new(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let ty = args
        .first()
        .and_then(crate::types::typeobj::as_type)
        .ok_or_else(|| error::type_error("RLock.__new__(X): X is not a type object"))?;
    Ok(object::alloc(
        ty,
        RLockObj {
            state: Mutex::new((0, 0)),
            freed: Condvar::new(),
        },
    ))
}

fn rlock_acquire(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "acquire")?;
    let l = rlock_of(&args[0])?;
    let limit = wait_limit(vm, args, kw)?;
    let me = me();
    {
        let mut g = l.state.lock();
        if g.0 == me {
            if g.1 == u64::MAX {
                return Err(error::overflow_error("Internal lock count overflowed"));
            }
            g.1 += 1;
            return Ok(Value::bool(true));
        }
        if g.0 == 0 {
            *g = (me, 1);
            return Ok(Value::bool(true));
        }
    }
    let Some(limit) = limit else {
        return Ok(Value::bool(false));
    };
    let got = wait_until(&l.state, &l.freed, limit, |s| s.0 == 0, |s| *s = (me, 1))?;
    Ok(Value::bool(got))
}

fn rlock_release(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "release")?;
    let l = rlock_of(&args[0])?;
    let mut g = l.state.lock();
    if g.0 != me() || g.1 == 0 {
        return Err(error::runtime_error("cannot release un-acquired lock"));
    }
    g.1 -= 1;
    if g.1 == 0 {
        g.0 = 0;
        drop(g);
        l.freed.notify_one();
    }
    Ok(Value::none())
}

fn rlock_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    rlock_release(vm, &args[..1.min(args.len())], None)
}

fn rlock_is_owned(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "_is_owned")?;
    let g = rlock_of(&args[0])?.state.lock();
    Ok(Value::bool(g.0 == me() && g.1 > 0))
}

/// `_release_save()`: releases completely, returning what `_acquire_restore` needs.
fn rlock_release_save(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "_release_save")?;
    let l = rlock_of(&args[0])?;
    let mut g = l.state.lock();
    if g.1 == 0 {
        return Err(error::runtime_error("cannot release un-acquired lock"));
    }
    let saved = *g;
    *g = (0, 0);
    drop(g);
    l.freed.notify_one();
    Ok(new_tuple_from([
        Value::small(saved.1 as i64),
        Value::small(saved.0 as i64),
    ]))
}

fn rlock_acquire_restore(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "_acquire_restore")?;
    let l = rlock_of(&args[0])?;
    let (count, owner) = match as_tuple(&args[1]) {
        Some([c, o]) => (
            crate::types::int::to_i64(c).unwrap_or(1) as u64,
            crate::types::int::to_i64(o).unwrap_or(0) as usize,
        ),
        _ => {
            return Err(error::type_error(
                "_acquire_restore() argument must be a 2-tuple",
            ))
        }
    };
    let owner = if owner == 0 { me() } else { owner };
    let ready = |s: &(usize, u64)| s.0 == 0;
    {
        let mut g = l.state.lock();
        if ready(&g) {
            *g = (owner, count);
            return Ok(Value::none());
        }
    }
    wait_until(&l.state, &l.freed, None, ready, |s| *s = (owner, count))?;
    Ok(Value::none())
}

fn rlock_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "__repr__")?;
    let l = rlock_of(&args[0])?;
    let (owner, count) = *l.state.lock();
    let ty = args[0].ty();
    let m = ty
        .get_own(crate::name!("__module__"))
        .map(|m| vm.str_string(&m))
        .transpose()?
        .unwrap_or_else(|| "_thread".into());
    Ok(new_str(format!(
        "<{} {}.{} object owner={} count={} at {:#x}>",
        if count > 0 { "locked" } else { "unlocked" },
        m,
        ty.qualname(),
        owner,
        count,
        args[0].raw()
    )))
}

fn enter(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "__enter__")?;
    let acquire = vm.getattr_str(&args[0], "acquire")?;
    vm.call(&acquire, &[])
}

// ---- module functions ---------------------------------------------------------

fn start_new_thread(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error(
            "start_new_thread() takes no keyword arguments",
        ));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(error::type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if !crate::modules::builtins::is_callable(&args[0]) {
        return Err(error::type_error("first arg must be callable"));
    }
    let Some(a) = as_tuple(&args[1]) else {
        return Err(error::type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.get(2) {
        Some(k) if crate::types::dict::as_dict(k).is_some() => Some(k.clone()),
        Some(_) => return Err(error::type_error("optional 3rd arg must be a dictionary")),
        None => None,
    };
    let id = threads::start(vm, args[0].clone(), a.to_vec(), kwargs)?;
    Ok(Value::small(id as i64))
}

/// `_set_sentinel()`: a lock that the runtime releases when this thread has
/// finished completely (its teardown included); `threading` joins on it.
fn set_sentinel(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "_set_sentinel", 0, 0)?;
    let l = new_lock();
    threads::set_sentinel(l.clone());
    Ok(l)
}

/// Releases a sentinel lock if it is held (thread teardown).
pub fn release_sentinel(l: &Value) {
    if let Some(l) = l.downcast::<LockObj>() {
        let mut g = l.locked.lock();
        if *g {
            *g = false;
            drop(g);
            l.freed.notify_all();
        }
    }
}

// ---- per-thread storage behind `threading.local` ----------------------------------

thread_local! {
    /// `local` object id -> this thread's attribute dict for it. Each thread
    /// reads only its own map: thread-local reads share nothing.
    static LOCAL_DICTS: std::cell::RefCell<std::collections::HashMap<i64, Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

static NEXT_LOCAL_ID: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(1);

/// Drops this thread's `local` dicts (at thread exit). Dicts of `local`
/// objects that died earlier stay until then: ids are never reused, so they
/// are never seen again.
pub fn clear_local_dicts() {
    let old = LOCAL_DICTS
        .try_with(|m| std::mem::take(&mut *m.borrow_mut()))
        .unwrap_or_default();
    drop(old);
}

/// `_local_id([local])`: a fresh key for a `local` object's per-thread dicts. Given the
/// new `local` object itself, also makes it deferred, as CPython 3.14 does for
/// `_thread._local` (gh-128691): a thread-local object is typically a module global
/// that every thread loads on every attribute access, and counting those loads on
/// its shared count would make threads contend on one cache line.
fn local_id(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if let Some(h) = args.first().and_then(|o| o.header()) {
        if h.owned_by_current_thread() {
            h.make_deferred();
        }
    }
    Ok(Value::small(
        NEXT_LOCAL_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
    ))
}

fn local_key(args: &[Value]) -> PyResult<i64> {
    args.first()
        .and_then(crate::types::int::to_i64)
        .ok_or_else(|| error::type_error("local id must be an int"))
}

/// `_local_get(id)`: this thread's dict for the `local` with that id, or None.
fn local_get(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let k = local_key(args)?;
    Ok(LOCAL_DICTS
        .with(|m| m.borrow().get(&k).cloned())
        .unwrap_or_else(Value::none))
}

/// `_local_set(id, dict)` / `_local_set(id, None)` (forget it).
fn local_set(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "_local_set")?;
    let k = local_key(args)?;
    let v = args[1].clone();
    let old = LOCAL_DICTS.with(|m| {
        let mut m = m.borrow_mut();
        if v.is_none() {
            m.remove(&k)
        } else {
            m.insert(k, v)
        }
    });
    drop(old);
    Ok(Value::none())
}

/// `_is_data_descriptor(cls, name)`: whether `name` on the class is a data
/// descriptor (which takes precedence over a `local`'s attributes).
fn is_data_descr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "_is_data_descriptor")?;
    let Some(t) = crate::types::typeobj::as_type(&args[0]) else {
        return Err(error::type_error("_is_data_descriptor() needs a class"));
    };
    let name = crate::types::str::intern(crate::types::str::as_str(&args[1]).unwrap_or(""));
    Ok(Value::bool(t.lookup(&name).is_some_and(|d| {
        crate::runtime::attr::is_data_descriptor(&d)
    })))
}

fn get_ident(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::small(me() as i64))
}

fn get_native_id(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::small(threads::native_id()))
}

fn allocate_lock(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "allocate_lock", 0, 0)?;
    Ok(new_lock())
}

fn count(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::small(threads::running() as i64))
}

fn exit(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Err(crate::runtime::error::PyErr::with_args(
        types().exc.system_exit,
        vec![],
    ))
}

fn stack_size(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, kw, "stack_size", 0, 1)?;
    let old = threads::requested_stack_size();
    if let Some(s) = args.first() {
        let n = crate::runtime::ops::index(vm, s)?;
        let n = crate::types::int::to_i64(&n)
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
        if n != 0 && n < 32768 {
            return Err(error::value_error(format!("size not valid: {} bytes", n)));
        }
        if n < 0 {
            return Err(error::value_error(format!("size not valid: {} bytes", n)));
        }
        threads::set_requested_stack_size(n as usize);
    }
    Ok(Value::small(old as i64))
}

pub(crate) fn init_types(t: &Registry) {
    let l = t.thread_lock;
    l.add_method("acquire", lock_acquire);
    l.add_method("acquire_lock", lock_acquire);
    l.add_method("__enter__", lock_acquire);
    l.add_method("release", lock_release);
    l.add_method("release_lock", lock_release);
    l.add_method("__exit__", lock_exit);
    l.add_method("locked", lock_locked);
    l.add_method("locked_lock", lock_locked);
    l.add_method("__repr__", lock_repr);
    l.set_attr_raw("__module__", new_str("_thread".into()));
    let r = t.thread_rlock;
    r.add_new(rlock_new);
    r.add_method("acquire", rlock_acquire);
    r.add_method("__enter__", enter);
    r.add_method("release", rlock_release);
    r.add_method("__exit__", rlock_exit);
    r.add_method("_is_owned", rlock_is_owned);
    r.add_method("_release_save", rlock_release_save);
    r.add_method("_acquire_restore", rlock_acquire_restore);
    r.add_method("__repr__", rlock_repr);
    r.set_attr_raw("__module__", new_str("_thread".into()));
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_thread");
    add_fn(&m, "start_new_thread", start_new_thread);
    add_fn(&m, "start_new", start_new_thread);
    add_fn(&m, "get_ident", get_ident);
    add_fn(&m, "_set_sentinel", set_sentinel);
    add_fn(&m, "_local_id", local_id);
    add_fn(&m, "_local_get", local_get);
    add_fn(&m, "_local_set", local_set);
    add_fn(&m, "_is_data_descriptor", is_data_descr);
    add_fn(&m, "get_native_id", get_native_id);
    add_fn(&m, "allocate_lock", allocate_lock);
    add_fn(&m, "allocate", allocate_lock);
    add_fn(&m, "_count", count);
    add_fn(&m, "exit", exit);
    add_fn(&m, "exit_thread", exit);
    add_fn(&m, "stack_size", stack_size);
    let t = types();
    set_attr(&m, "LockType", t.thread_lock.to_value());
    set_attr(&m, "lock", t.thread_lock.to_value());
    set_attr(&m, "RLock", t.thread_rlock.to_value());
    set_attr(&m, "error", t.exc.runtime_error.to_value());
    set_attr(&m, "TIMEOUT_MAX", new_float(TIMEOUT_MAX));
    m
}
