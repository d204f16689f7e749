//! Frames: the state of one running code object, kept in one flat array so
//! that native code (the future JIT) can address locals and the value stack at
//! fixed offsets: `[locals | cells | free vars | value stack]`.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

use crate::code::CodeObj;
use crate::object::Obj;
use crate::value::Value;

/// A frame: its head (the `repr(C)` part compiled code addresses, see
/// [`crate::abi::FrameHead`]) first, then what only Rust code touches.
#[repr(C)]
pub struct Frame {
    pub head: crate::abi::FrameHead,
    /// The code, globals and builtins: references of their own when `func`
    /// is `None`; when the frame runs a function, uncounted copies of the
    /// function's (immutable) fields, which `func` keeps alive. Either way
    /// `Drop` settles them (a call then counts one object, not three).
    pub code: ManuallyDrop<Value>,
    pub globals: ManuallyDrop<Value>,
    pub builtins: ManuallyDrop<Value>,
    /// The function this frame runs, if any (see above).
    func: Option<Value>,
    /// The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec).
    pub locals: Option<Value>,
    pub slots: Box<[Option<Value>]>,
    /// How many of `slots` this code uses (a pooled array is longer; the rest
    /// stays empty).
    used: usize,
    /// What the caller's instruction does with the return value when this
    /// frame runs nested in the caller's `run_frame` loop.
    pub returns: Returns,
}

/// See [`Frame::returns`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Returns {
    /// Pushed: a call's result.
    Value,
    /// `__init__` for an instance its caller made and already holds as the
    /// call's result (`CALL_ALLOC_AND_ENTER_INIT`): the value must be None
    /// and is not pushed.
    Init,
    /// An operator's Python method (`BINARY_OP_PY`): the two operands, still
    /// on the caller's stack, are popped and the value pushed, unless it is
    /// NotImplemented: then the operator's protocol goes on
    /// (`ops::binary_op_after_py`).
    BinaryOp(crate::eval::forms::PyBinop),
}

thread_local! {
    /// Recently freed slot arrays, reused by new frames (most calls need small ones).
    static SLOT_POOL: RefCell<Vec<Box<[Option<Value>]>>> = const { RefCell::new(Vec::new()) };
}

const POOL_MAX: usize = 64;
const POOLED_SIZE: usize = 32;

/// An all-empty slot array of at least `n` entries (a pooled one when it
/// fits: measured cheaper than a zeroed allocation from mimalloc).
fn take_slots(n: usize) -> Box<[Option<Value>]> {
    if n <= POOLED_SIZE {
        if let Some(b) = SLOT_POOL.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
            return b;
        }
        return std::iter::repeat_with(|| None).take(POOLED_SIZE).collect();
    }
    std::iter::repeat_with(|| None).take(n).collect()
}

impl Drop for Frame {
    fn drop(&mut self) {
        if self.func.is_none() {
            // SAFETY: the frame's own references (see the fields), released
            // once here; the fields are not used again.
            unsafe {
                ManuallyDrop::drop(&mut self.code);
                ManuallyDrop::drop(&mut self.globals);
                ManuallyDrop::drop(&mut self.builtins);
            }
        }
        let mut slots = std::mem::take(&mut self.slots);
        if slots.len() == POOLED_SIZE {
            // empty the used part (dropping what it holds) before pooling it:
            // the slots below the saved stack pointer (locals, cells and
            // what a suspended generator still has on its stack); the stack
            // above it is empty (every pop takes its slot)
            let live = self.head.sp.min(self.used);
            debug_assert!(slots[live..self.used].iter().all(|s| s.is_none()));
            for s in slots[..live].iter_mut() {
                crate::value::release_opt(s.take());
            }
            let _ = SLOT_POOL.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.len() < POOL_MAX {
                    p.push(slots);
                }
            });
        }
    }
}

impl Frame {
    pub fn new(code: Value, globals: Value, builtins: Value, locals: Option<Value>) -> Frame {
        let c = code.downcast::<CodeObj>().expect("code object");
        let n = c.frame_size();
        let base = n - c.stacksize as usize;
        Frame {
            slots: take_slots(n),
            used: n,
            head: crate::abi::FrameHead::new(base),
            returns: Returns::Value,
            code: ManuallyDrop::new(code),
            globals: ManuallyDrop::new(globals),
            builtins: ManuallyDrop::new(builtins),
            func: None,
            locals,
        }
    }

    /// Empties a finished frame for reuse: releases its live slots and what
    /// it holds (its function, or its own code and namespaces), keeping the
    /// slot array. The frame then holds only immortal `None`s, so dropping
    /// it later releases nothing twice.
    #[inline(always)]
    pub fn recycle(&mut self) {
        let live = self.head.sp.min(self.used);
        for s in self.slots[..live].iter_mut() {
            crate::value::release_opt(s.take());
        }
        self.head.sp = 0;
        let none = || ManuallyDrop::new(Value::none());
        let code = std::mem::replace(&mut self.code, none());
        let globals = std::mem::replace(&mut self.globals, none());
        let builtins = std::mem::replace(&mut self.builtins, none());
        if self.func.take().is_none() {
            // the frame's own references (see the fields)
            drop(ManuallyDrop::into_inner(code));
            drop(ManuallyDrop::into_inner(globals));
            drop(ManuallyDrop::into_inner(builtins));
        }
        self.locals = None;
    }

    /// Makes a frame emptied by [`Frame::recycle`] ready to run the function
    /// `f`, as [`Frame::for_function`] makes a new one, keeping its slot
    /// array when that is large enough.
    #[inline(always)]
    pub fn reuse_for_function(&mut self, f: &Obj<crate::types::function::FunctionObj>) {
        debug_assert!(self.func.is_none() && self.code.is_none() && self.head.sp == 0);
        let c = f.code();
        let n = c.frame_size();
        if self.slots.len() < n {
            self.slots = take_slots(n);
        }
        debug_assert!(self.slots[..n].iter().all(|s| s.is_none()));
        self.used = n;
        self.head = crate::abi::FrameHead::new(n - c.stacksize as usize);
        self.returns = Returns::Value;
        // SAFETY: as in `for_function`: `func` keeps these alive.
        let borrow = |v: &Value| ManuallyDrop::new(unsafe { Value::from_raw(v.raw()) });
        self.code = borrow(&f.code);
        self.globals = borrow(&f.globals);
        self.builtins = borrow(&f.builtins);
        self.func = Some(f.to_value());
    }

    /// A frame to run the function `f`: one new reference, to the function,
    /// which keeps the code and namespaces the frame uses alive.
    #[inline]
    pub fn for_function(
        f: &Obj<crate::types::function::FunctionObj>,
        locals: Option<Value>,
    ) -> Frame {
        let c = f.code();
        let n = c.frame_size();
        let base = n - c.stacksize as usize;
        // SAFETY (the three copies): the words of the function's own
        // references, not counted again: `func` below holds the function,
        // whose fields never change, until the frame drops.
        let borrow = |v: &Value| ManuallyDrop::new(unsafe { Value::from_raw(v.raw()) });
        Frame {
            slots: take_slots(n),
            used: n,
            head: crate::abi::FrameHead::new(base),
            returns: Returns::Value,
            code: borrow(&f.code),
            globals: borrow(&f.globals),
            builtins: borrow(&f.builtins),
            func: Some(f.to_value()),
            locals,
        }
    }

    #[inline]
    pub fn code(&self) -> &Obj<CodeObj> {
        // SAFETY-free: constructed from a code object.
        self.code.downcast::<CodeObj>().unwrap()
    }

    /// Index of the first value-stack slot.
    #[inline]
    pub fn stack_base(&self) -> usize {
        self.code().stack_base()
    }

    pub fn line(&self) -> u32 {
        self.code().line_at(self.head.lasti)
    }
}

thread_local! {
    /// The innermost frame running on this thread (0: none); each running
    /// frame's `back` names the one it interrupted (for `globals()`,
    /// `locals()`, `sys._getframe`).
    static CURRENT: Cell<usize> = const { Cell::new(0) };
}

/// Registers a frame as running for the duration of the guard (its
/// `run_frame` call): it becomes the innermost frame of this thread.
pub struct FrameGuard {
    prev: usize,
}

impl FrameGuard {
    #[inline(always)]
    pub fn enter(f: &mut Frame) -> FrameGuard {
        let prev = CURRENT.with(|c| c.replace(f as *const Frame as usize));
        f.head.back = prev;
        FrameGuard { prev }
    }
}

impl Drop for FrameGuard {
    #[inline(always)]
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}

/// Makes `callee`, called from the running frame `caller` inside the same
/// `run_frame` loop, the innermost running frame (no guard: the loop undoes
/// it with [`leave_nested`] when the callee finishes).
#[inline(always)]
pub fn enter_nested(callee: &mut Frame, caller: &Frame) {
    callee.head.back = caller as *const Frame as usize;
    CURRENT.with(|c| c.set(callee as *const Frame as usize));
}

/// The caller of a frame entered with [`enter_nested`], once again the
/// innermost running frame.
#[inline(always)]
pub fn leave_nested(callee: &Frame) -> *mut Frame {
    CURRENT.with(|c| c.set(callee.head.back));
    callee.head.back as *mut Frame
}

/// Runs `f` with the innermost running frame (`depth` 0) or an outer one.
pub fn with_frame<R>(depth: usize, f: impl FnOnce(Option<&Frame>) -> R) -> R {
    let mut p = CURRENT.with(|c| c.get());
    for _ in 0..depth {
        if p == 0 {
            break;
        }
        // SAFETY: a registered frame is alive and not moved while its
        // `run_frame` runs (it is borrowed there), and it is unregistered
        // (its guard dropped) before that call returns; only this thread
        // registers frames here or reads the chain.
        p = unsafe { (*(p as *const Frame)).head.back };
    }
    // SAFETY: as above.
    f((p != 0).then(|| unsafe { &*(p as *const Frame) }))
}
