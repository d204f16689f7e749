//! The per-thread interpreter handle and the process-wide runtime.
//!
//! A [`Vm`] is a cheap handle to the current thread's [`ThreadState`] (recursion
//! depth, the exception being handled, the native stack limit). Every function
//! that may run Python code takes `&Vm`. The [`Runtime`] holds what all threads
//! share: the builtins and `sys` modules, `sys.modules`, the recursion limit and
//! the command-line flags.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use crate::object::Kind;
use crate::runtime::attr;
use crate::runtime::error::{self, PyErr, PyResult};
use crate::types::function::{self, BoundMethodObj, MethodDescrObj, NativeFuncObj};
use crate::types::str::{as_str, intern};
use crate::types::{types, TypeRef};
use crate::value::Value;

/// Options from the command line (`-X ...`) and environment.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    /// `-X name[=value]` options, in order.
    pub xoptions: Vec<(String, Option<String>)>,
    /// True when the global lock is on (`-X gil=1` / `PYTHON_GIL=1`).
    pub gil: bool,
}

pub struct Runtime {
    pub builtins: Value,
    pub builtins_dict: Value,
    pub modules: Value,
    pub flags: Flags,
    pub sys: OnceLock<Value>,
}

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

pub fn runtime() -> &'static Runtime {
    RUNTIME.get().expect("krait runtime not initialized")
}

/// `sys.getrecursionlimit()`: read at every call, so a plain static rather
/// than a field behind `runtime()`'s `OnceLock` (an acquire load).
pub static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(1000);

/// Per-thread interpreter state.
pub struct ThreadState {
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled: RefCell<Option<Value>>,
}

/// The per-thread state every call touches. Nothing in it needs dropping, so
/// the thread-local is a plain one (no registration check at each access).
pub struct CallState {
    /// Python call depth, checked against the recursion limit.
    pub depth: Cell<u32>,
    /// Lowest safe native stack address: below it, calls raise RecursionError.
    pub stack_limit: Cell<usize>,
}

thread_local! {
    static THREAD: ThreadState = ThreadState {
        handled: RefCell::new(None),
    };
    static CALLS: CallState = const {
        CallState {
            depth: Cell::new(0),
            stack_limit: Cell::new(0),
        }
    };
}

/// A handle to the current thread's interpreter state.
#[derive(Clone, Copy)]
pub struct Vm {
    _not_send: std::marker::PhantomData<*const ()>,
}

/// Native stack kept in reserve below the limit (for the error path itself).
const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// The handle for the calling thread.
    #[inline]
    pub fn current() -> Vm {
        Vm {
            _not_send: std::marker::PhantomData,
        }
    }

    /// The handle, unless this thread's state is already torn down (exit).
    pub fn try_current() -> Option<Vm> {
        THREAD.try_with(|_| ()).ok().map(|_| Vm::current())
    }

    #[inline]
    pub fn with_state<R>(&self, f: impl FnOnce(&ThreadState) -> R) -> R {
        THREAD.with(f)
    }

    /// The call depth and native stack limit of this thread.
    #[inline(always)]
    pub fn with_calls<R>(&self, f: impl FnOnce(&CallState) -> R) -> R {
        CALLS.with(f)
    }

    /// Records the native stack of this thread: `size` bytes below the current frame.
    pub fn set_stack_size(&self, size: usize) {
        let here = &size as *const usize as usize;
        let limit = here.saturating_sub(size.saturating_sub(STACK_RESERVE));
        self.with_calls(|t| t.stack_limit.set(limit));
    }

    /// True when the native stack is nearly exhausted.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        let probe = 0u8;
        let here = &probe as *const u8 as usize;
        self.with_calls(|t| here < t.stack_limit.get())
    }

    /// Enters a Python-level call: checks the recursion limit and native stack.
    #[inline]
    pub fn enter_call(&self) -> PyResult<()> {
        let limit = RECURSION_LIMIT.load(Ordering::Relaxed);
        let probe = 0u8;
        let here = &probe as *const u8 as usize;
        let over = self.with_calls(|t| {
            let d = t.depth.get() + 1;
            t.depth.set(d);
            // the recursion limit, or the native stack nearly exhausted
            d > limit || here < t.stack_limit.get()
        });
        if over {
            self.with_calls(|t| t.depth.set(t.depth.get() - 1));
            return Err(error::recursion_error("maximum recursion depth exceeded"));
        }
        if let Err(e) = crate::runtime::eval_breaker::check(self) {
            self.with_calls(|t| t.depth.set(t.depth.get() - 1));
            return Err(e);
        }
        Ok(())
    }

    #[inline]
    pub fn leave_call(&self) {
        self.with_calls(|t| t.depth.set(t.depth.get() - 1));
    }

    /// Checks native stack depth for recursive native code (repr of nested
    /// containers, comparisons, the compiler).
    pub fn check_native_stack(&self, what: &str) -> PyResult<()> {
        if self.stack_exhausted() {
            return Err(error::recursion_error(format!(
                "maximum recursion depth exceeded{what}"
            )));
        }
        Ok(())
    }

    pub fn handled_exception(&self) -> Option<Value> {
        self.with_state(|t| t.handled.borrow().clone())
    }

    pub fn set_handled_exception(&self, v: Option<Value>) -> Option<Value> {
        self.with_state(|t| std::mem::replace(&mut *t.handled.borrow_mut(), v))
    }

    // ---- calling -------------------------------------------------------

    #[inline]
    pub fn call(&self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args, None)
    }

    /// Calls `f` with positional `args`, the last `kwnames.len()` of which are
    /// keyword arguments named by `kwnames`.
    pub fn call_kw(&self, f: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
        let kwnames = kwnames.filter(|k| !k.is_empty());
        match f.kind() {
            Kind::Function => crate::eval::call_function(self, f, args, kwnames),
            Kind::NativeFunc => {
                let nf = f.downcast::<NativeFuncObj>().unwrap();
                match &nf.self_ {
                    None => nf.imp.call(self, args, kwnames),
                    Some(s) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(s.clone());
                        full.extend_from_slice(args);
                        nf.imp.call(self, &full, kwnames)
                    }
                }
            }
            Kind::MethodDescr => {
                let d = f.downcast::<MethodDescrObj>().unwrap();
                let nkw = kwnames.map_or(0, |k| k.len());
                if args.len() <= nkw {
                    return Err(error::type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        d.owner.name(),
                        d.name
                    )));
                }
                function::check_descr_self(d, &args[0])?;
                d.imp.call(self, args, kwnames)
            }
            Kind::BoundMethod => {
                let m = f.downcast::<BoundMethodObj>().unwrap();
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_.clone());
                full.extend_from_slice(args);
                self.call_kw(&m.func, &full, kwnames)
            }
            Kind::Type if !f.ty().has_flag(crate::types::typeobj::flags::HEAPTYPE) => {
                crate::types::typeobj::call_type(self, f, args, kwnames)
            }
            _ => {
                let call = f.ty().lookup(crate::name!("__call__")).ok_or_else(|| {
                    error::type_error(format!("'{}' object is not callable", f.ty().name()))
                })?;
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(f.clone());
                full.extend_from_slice(args);
                self.call_method_descr_or_fn(&call, &full, kwnames)
            }
        }
    }

    /// Calls an attribute found on a type with `args[0]` as the receiver,
    /// binding it first unless it is a plain function or builtin method.
    pub fn call_method_descr_or_fn(
        &self,
        attr: &Value,
        args: &[Value],
        kwnames: Option<&[Value]>,
    ) -> PyResult<Value> {
        match attr.kind() {
            Kind::Function | Kind::MethodDescr => self.call_kw(attr, args, kwnames),
            _ => {
                let owner = args[0].ty().to_value();
                let bound = self.bind_descriptor(attr, Some(&args[0]), &owner)?;
                self.call_kw(&bound, &args[1..], kwnames)
            }
        }
    }

    /// Looks up special method `name` on the type of `obj` and calls it.
    /// `Ok(None)` when the type does not define it.
    pub fn call_special(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(attr) = obj.ty().lookup(&intern(name)) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        self.call_method_descr_or_fn(&attr, &full, None).map(Some)
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr(obj, &intern(name))?;
        self.call(&m, args)
    }

    /// Applies the descriptor protocol to `attr` found on a type.
    pub fn bind_descriptor(
        &self,
        attr: &Value,
        inst: Option<&Value>,
        owner: &Value,
    ) -> PyResult<Value> {
        attr::bind_descriptor(self, attr, inst, owner)
    }

    // ---- attributes ---------------------------------------------------

    #[inline]
    pub fn getattr(&self, obj: &Value, name: &Value) -> PyResult<Value> {
        attr::getattr(self, obj, name)
    }

    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        attr::getattr(self, obj, &intern(name))
    }

    /// `getattr(obj, name, None)` semantics: `Ok(None)` on AttributeError.
    pub fn getattr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match attr::getattr(self, obj, &intern(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn setattr(&self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        attr::setattr(self, obj, name, Some(v))
    }

    pub fn setattr_str(&self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        attr::setattr(self, obj, &intern(name), Some(v))
    }

    pub fn delattr(&self, obj: &Value, name: &Value) -> PyResult<()> {
        attr::setattr(self, obj, name, None)
    }

    // ---- protocols (see runtime::ops) --------------------------------

    #[inline]
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        crate::runtime::ops::truthy(self, v)
    }
    pub fn repr(&self, v: &Value) -> PyResult<Value> {
        crate::runtime::ops::repr(self, v)
    }
    pub fn repr_string(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(as_str(&r).unwrap_or("").to_string())
    }
    pub fn str(&self, v: &Value) -> PyResult<Value> {
        crate::runtime::ops::str(self, v)
    }
    pub fn str_string(&self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(as_str(&r).unwrap_or("").to_string())
    }
    #[inline]
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        crate::runtime::ops::hash(self, v)
    }
    #[inline]
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        crate::runtime::ops::eq(self, a, b)
    }
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        crate::runtime::ops::iter(self, v)
    }
    /// The next item, or `None` when the iterator is exhausted.
    #[inline]
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        crate::runtime::ops::next(self, it)
    }
    /// Collects an iterable into a Vec.
    pub fn iterate(&self, v: &Value) -> PyResult<Vec<Value>> {
        crate::runtime::ops::collect(self, v)
    }
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        crate::runtime::ops::len(self, v)
    }
    pub fn getitem(&self, c: &Value, k: &Value) -> PyResult<Value> {
        crate::runtime::ops::getitem(self, c, k)
    }
    pub fn setitem(&self, c: &Value, k: &Value, v: Value) -> PyResult<()> {
        crate::runtime::ops::setitem(self, c, k, v)
    }
    pub fn contains(&self, c: &Value, v: &Value) -> PyResult<bool> {
        crate::runtime::ops::contains(self, c, v)
    }
    pub fn isinstance(&self, v: &Value, cls: &Value) -> PyResult<bool> {
        crate::runtime::ops::isinstance(self, v, cls)
    }
    pub fn is_instance_of(&self, v: &Value, t: TypeRef) -> bool {
        crate::types::typeobj::is_subtype(v.ty(), t)
    }

    // ---- errors ----------------------------------------------------------

    pub fn new_err(&self, ty: TypeRef, msg: impl Into<String>) -> PyErr {
        PyErr::new(ty, msg)
    }
}

/// Creates the shared runtime (once per process): builtin types, the builtins
/// and sys modules.
pub fn init_runtime(flags: Flags) {
    if RUNTIME.get().is_some() {
        return;
    }
    crate::types::init();
    let gil = flags.gil;
    let vm = Vm::current();
    crate::object::brc::register_thread();
    crate::runtime::eval_breaker::register_thread();
    crate::object::header::readers::enter();
    let builtins = crate::modules::builtins::make_module(&vm);
    let builtins_dict = crate::types::module::module_dict(&builtins).clone();
    let modules = crate::types::dict::new_dict();
    let rt = Runtime {
        builtins: builtins.clone(),
        builtins_dict,
        modules: modules.clone(),
        flags,
        sys: OnceLock::new(),
    };
    if RUNTIME.set(rt).is_err() {
        return;
    }
    if gil {
        crate::runtime::gil::enable_and_take();
    }
    let md = crate::types::dict::as_dict(&modules).unwrap();
    md.set_str(&vm, "builtins", builtins);
    let sys = crate::modules::sys::make_module(&vm);
    md.set_str(&vm, "sys", sys.clone());
    let _ = runtime().sys.set(sys);
}
