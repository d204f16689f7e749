//! Frames: the state of one running code object, kept in one flat array so
//! that native code (the future JIT) can address locals and the value stack at
//! fixed offsets: `[locals | cells | free vars | value stack]`.

use std::cell::RefCell;

use crate::code::CodeObj;
use crate::object::Obj;
use crate::value::Value;

pub struct Frame {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec).
    pub locals: Option<Value>,
    pub slots: Box<[Option<Value>]>,
    /// How many of `slots` this code uses (a pooled array is longer; the rest
    /// stays empty).
    used: usize,
    /// Absolute index of the next free stack slot.
    pub sp: usize,
    /// Offset of the next instruction to execute.
    pub ip: usize,
    /// Offset of the instruction executing now (for tracebacks and `f_lineno`).
    pub lasti: usize,
}

thread_local! {
    /// Recently freed slot arrays, reused by new frames (most calls need small ones).
    static SLOT_POOL: RefCell<Vec<Box<[Option<Value>]>>> = const { RefCell::new(Vec::new()) };
}

const POOL_MAX: usize = 64;
const POOLED_SIZE: usize = 32;

/// An all-empty slot array of at least `n` entries.
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
        let mut slots = std::mem::take(&mut self.slots);
        if slots.len() == POOLED_SIZE {
            // empty the used part (dropping what it holds) before pooling it:
            // the slots below the saved stack pointer (locals, cells and
            // what a suspended generator still has on its stack); the stack
            // above it is empty (every pop takes its slot)
            let live = self.sp.min(self.used);
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
            sp: base,
            ip: 0,
            lasti: 0,
            code,
            globals,
            builtins,
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
        let c = self.code();
        c.nlocals() + c.ncells() + c.nfree()
    }

    pub fn line(&self) -> u32 {
        self.code().line_at(self.lasti)
    }
}

thread_local! {
    /// The frames running on this thread, innermost last (for `globals()`,
    /// `locals()`, `sys._getframe`). Entries are valid while their `run_frame`
    /// call is active.
    static FRAMES: RefCell<Vec<*const Frame>> = const { RefCell::new(Vec::new()) };
}

/// Registers a frame as running for the duration of the guard.
pub struct FrameGuard;

impl FrameGuard {
    pub fn enter(f: &Frame) -> FrameGuard {
        FRAMES.with(|s| s.borrow_mut().push(f as *const Frame));
        FrameGuard
    }
}

impl Drop for FrameGuard {
    fn drop(&mut self) {
        FRAMES.with(|s| {
            s.borrow_mut().pop();
        });
    }
}

/// Runs `f` with the innermost running frame (`depth` 0) or an outer one.
pub fn with_frame<R>(depth: usize, f: impl FnOnce(Option<&Frame>) -> R) -> R {
    let p = FRAMES.with(|s| {
        let s = s.borrow();
        if depth < s.len() {
            Some(s[s.len() - 1 - depth])
        } else {
            None
        }
    });
    // SAFETY: frames on this list are alive: each is removed by its guard before
    // the frame is dropped or moved, and only this thread reads the list.
    f(p.map(|p| unsafe { &*p }))
}

/// Number of frames running on this thread.
pub fn depth() -> usize {
    FRAMES.with(|s| s.borrow().len())
}
