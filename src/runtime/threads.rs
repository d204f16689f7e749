//! Threads running Python code: how one starts (`_thread.start_new_thread`),
//! what it sets up and tears down, and how many are running.
//!
//! A new thread gets its id for biased counting before it touches any object,
//! registers its merge queue and eval breaker, takes the global lock (when on),
//! runs its callable, and then, still holding the lock, drops everything it
//! caches and unregisters. Objects it still owns stay valid: the first time
//! another thread's decrement would take one's shared count below zero, the
//! owner is found gone and the object is merged on the spot (`object::brc`).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::object::{brc, header};
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::runtime::{eval_breaker, gil};
use crate::value::Value;

/// Native stack of a new thread when `_thread.stack_size()` asks for less (the
/// interpreter recurses on the native stack; this covers the default recursion
/// limit with room to spare, and is only reserved, not committed).
pub const DEFAULT_STACK: usize = 256 * 1024 * 1024;

/// Threads started by `start` that have not finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);
/// `_thread.stack_size()`: 0 = default.
static REQUESTED_STACK: AtomicUsize = AtomicUsize::new(0);

pub fn running() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

pub fn requested_stack_size() -> usize {
    REQUESTED_STACK.load(Ordering::Relaxed)
}

pub fn set_requested_stack_size(n: usize) {
    REQUESTED_STACK.store(n, Ordering::Relaxed);
}

thread_local! {
    /// `_thread._set_sentinel()`'s lock, released when the thread is done.
    static SENTINEL: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

pub fn set_sentinel(lock: Value) {
    let old = SENTINEL.with(|s| s.borrow_mut().replace(lock));
    drop(old);
}

/// What a new thread runs.
struct Start {
    func: Value,
    args: Vec<Value>,
    kwargs: Option<Value>,
}

// SAFETY: values may move between threads: their reference counts are
// thread-safe (biased counting with an atomic shared count), and mutable
// objects lock themselves once a second thread exists (see below).
unsafe impl Send for Start {}

/// Starts a thread running `func(*args, **kwargs)`; returns its id.
pub fn start(_vm: &Vm, func: Value, args: Vec<Value>, kwargs: Option<Value>) -> PyResult<usize> {
    if !gil::enabled() {
        // From now on objects may be used by two threads at once. We are the only
        // thread running Python code (or locking is already on), and we are not
        // inside any object's critical section: the switch is safe here.
        header::set_object_locking(true);
    }
    let id = header::new_tid();
    let stack = requested_stack_size().max(DEFAULT_STACK);
    let start = Start { func, args, kwargs };
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .name(format!("krait-{id}"))
        .stack_size(stack)
        .spawn(move || run(id, stack, start));
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(error::runtime_error("can't start new thread"));
    }
    Ok(id)
}

fn run(id: usize, stack: usize, start: Start) {
    header::adopt_tid(id);
    brc::register_thread();
    eval_breaker::register_thread();
    header::readers::enter();
    let vm = Vm::current();
    vm.set_stack_size(stack);
    gil::take();
    {
        let Start { func, args, kwargs } = start;
        let r = call(&vm, &func, args, kwargs);
        if let Err(e) = r {
            let exc = e.into_value();
            if !crate::types::typeobj::is_subtype(exc.ty(), crate::types::types().exc.system_exit) {
                report_unraisable(&vm, &exc, &func);
            }
        }
    }
    finish(&vm);
}

fn call(vm: &Vm, func: &Value, mut args: Vec<Value>, kwargs: Option<Value>) -> PyResult<Value> {
    let mut names = Vec::new();
    if let Some(k) = &kwargs {
        for (key, v) in crate::types::dict::as_dict(k).unwrap().items() {
            names.push(key);
            args.push(v);
        }
    }
    vm.call_kw(func, &args, Some(&names))
}

/// CPython's report for an exception that escapes a raw `_thread` thread.
fn report_unraisable(vm: &Vm, exc: &Value, func: &Value) {
    let what = vm
        .repr_string(func)
        .unwrap_or_else(|_| "<object repr() failed>".into());
    let text = format!(
        "Exception ignored in thread started by: {}\n{}",
        what,
        crate::runtime::traceback::format_exception(vm, exc)
    );
    crate::modules::sys::write_stderr(vm, &text);
}

/// Tears the thread down while it still holds the global lock: drops what its
/// caches hold, merges its queue and stops being reachable.
fn finish(vm: &Vm) {
    vm.set_handled_exception(None);
    crate::types::typeobj::clear_attr_cache();
    crate::runtime::namespace_cache::clear();
    crate::modules::thread::clear_local_dicts();
    let sentinel = SENTINEL.with(|s| s.borrow_mut().take());
    brc::merge_pending();
    eval_breaker::unregister_thread();
    // The sentinel lock is released last, once the objects other threads
    // queued to this one are merged and the queue is closed, so that a
    // joiner sees every effect of the thread (as CPython's join waits for
    // the thread state to go). The lock object is this thread's own: its
    // ownership is handed over first, because once the queue is closed other
    // threads treat our objects as ownerless.
    if let Some(l) = &sentinel {
        header::disown(l);
    }
    brc::unregister_thread();
    crate::object::close_float_free_list();
    // joiners may go on now: nothing of this thread is visible any more
    if let Some(l) = sentinel {
        crate::modules::thread::release_sentinel(&l);
    }
    header::readers::leave();
    gil::release();
    // last: once the count is zero no thread of ours touches the runtime
    RUNNING.fetch_sub(1, Ordering::SeqCst);
}

/// At interpreter exit: `threading._shutdown()` joins the non-daemon threads,
/// if `threading` was imported.
pub fn shutdown(vm: &Vm) -> PyResult<()> {
    let modules = crate::runtime::vm::runtime().modules.clone();
    let Some(m) = crate::types::dict::as_dict(&modules).and_then(|d| d.get_by_str("threading"))
    else {
        return Ok(());
    };
    match vm.getattr_opt(&m, "_shutdown")? {
        Some(f) => vm.call(&f, &[]).map(|_| ()),
        None => Ok(()),
    }
}

/// The OS thread id (`threading.get_native_id()`).
pub fn native_id() -> i64 {
    extern "C" {
        fn gettid() -> i32;
    }
    // SAFETY: gettid has no preconditions (glibc >= 2.30).
    unsafe { gettid() as i64 }
}
