//! The interpreter loop: decodes and executes instructions of one frame.
//!
//! Every instruction is one arm of the dispatch `match`, grouped by family.
//! An error from an arm goes to `unwind`: the exception is chained to the one
//! being handled, a traceback entry is added, and the code's exception table
//! picks the handler (cutting the value stack to the handler's depth), or the
//! frame returns the error to its caller. A frame can be suspended at
//! `YIELD_VALUE` and resumed later (generators): all of its state is in `Frame`.

use specializer::{decode, BinOp, CmpOp, Opcode};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::quicken::{self, stats};

use crate::code::CodeObj;
use crate::eval::forms;
use crate::eval::frame::{Frame, FrameGuard, Returns};
use crate::object::{Kind, Obj};
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::dict::as_dict;
use crate::types::exceptions;
use crate::types::function::{self, BoundMethodObj, CellObj, FunctionObj};
use crate::types::int::int_from_i64;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::{as_slice, new_tuple, new_tuple_from};
use crate::types::{types, TypeRef};
use crate::value::{release, release_opt, Value};

pub enum FrameResult {
    Return(Value),
    Yield(Value),
}

pub enum Resume {
    /// First entry.
    Start,
    /// A generator resumed with a value (pushed as the result of its yield).
    Send(Value),
    /// A generator resumed by `throw()`: the error is raised at the yield.
    Throw(PyErr),
}

/// Views stack slots known to be non-empty as values.
///
/// # Safety
/// Every slot in `s` must be `Some`. `Option<Value>` has the same layout as
/// `Value` (a `repr(transparent)` wrapper of `NonZeroUsize`, for which Rust
/// guarantees the null-pointer optimization), so the cast is a reinterpretation.
#[inline(always)]
unsafe fn as_values(s: &[Option<Value>]) -> &[Value] {
    debug_assert!(s.iter().all(|x| x.is_some()));
    // SAFETY: see above.
    unsafe { &*(s as *const [Option<Value>] as *const [Value]) }
}

/// A stack slot the compiler's stack discipline says holds a value was
/// empty: a compiler bug. One shared, out-of-line panic (no per-site panic
/// location for the loop to keep at hand).
#[cold]
#[inline(never)]
fn empty_stack_slot() -> ! {
    panic!("krait: empty value-stack slot")
}

/// Bits of the dispatch's `slow` word (see `run_frame`): redo the instruction
/// as the opcode in the low byte; that redo is the generic arm after a miss
/// (no re-specializing due) or follows a specialization just made; count
/// every instruction for `-X stats`.
const REDO: u32 = 1 << 8;
const MISSED: u32 = 1 << 9;
const ATTEMPTED: u32 = 1 << 10;
const COUNT: u32 = 1 << 11;

/// The dispatch's slow path (`slow` is not 0): a redo of the instruction at
/// `here` as `slow`'s opcode (its flags and offset noted for `adaptive!` and
/// `deopt!`), or `-X stats` counting of `opb`. Returns the opcode to run.
/// Out of line so that the fast path stays a load and a test.
#[cold]
#[inline(never)]
fn slow_dispatch(
    slow: &mut u32,
    idle: u32,
    opb: u8,
    here: *const AtomicU32,
    redo_flags: &mut u32,
    redo_at: &mut *const AtomicU32,
) -> u8 {
    let s = std::mem::replace(slow, idle);
    if s & REDO != 0 {
        *redo_flags = s & (MISSED | ATTEMPTED);
        *redo_at = here;
        // a form run again at once (just specialized): an execution of the
        // form, though the instruction was counted once already
        stats::count(opcode_at(s as u8), stats::REDO_EXEC);
        s as u8
    } else {
        stats::count(opcode_at(opb), stats::EXEC);
        opb
    }
}

/// The opcode of a code word's low byte (`-X stats` counting).
fn opcode_at(b: u8) -> Opcode {
    Opcode::from_u8(b).expect("valid opcode")
}

/// The opcode of a byte known to hold one.
///
/// # Safety
/// `b` must be the number of an `Opcode` (one read from validated quickened
/// code, or a redo's opcode): `Opcode` is `repr(u8)`, so the byte is then
/// the discriminant of a valid value.
#[inline(always)]
unsafe fn opcode_at_unchecked(b: u8) -> Opcode {
    debug_assert!(Opcode::from_u8(b).is_some(), "bad opcode {}", b);
    // SAFETY: see above.
    unsafe { std::mem::transmute::<u8, Opcode>(b) }
}

fn unbound_local(code: &CodeObj, i: usize) -> PyErr {
    error::unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        as_str(&code.varnames[i]).unwrap_or("?")
    ))
}

fn unbound_deref(code: &CodeObj, i: usize) -> PyErr {
    let name = code.deref_name(i);
    if i < code.ncells() {
        error::unbound_local_error(format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ))
    } else {
        error::name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name
        ))
    }
}

/// NameError for `name`, remembering where names could have come from (the
/// frame's local variable names, globals, builtins) for "Did you mean".
fn name_error(name: &Value, f: &Frame) -> PyErr {
    let n = as_str(name).unwrap_or("?");
    let e = error::name_error(format!("name '{}' is not defined", n));
    if let Some(x) = exceptions::as_exception(e.value()) {
        let vm = Vm::current();
        let d = as_dict(&x.dict).unwrap();
        d.set_str(&vm, "name", name.clone());
        let locals = new_tuple(f.code().varnames.to_vec());
        let scopes = new_tuple_from([locals, Value::clone(&f.globals), Value::clone(&f.builtins)]);
        d.set_str(&vm, "_krait_scopes", scopes);
    }
    e
}

/// Looks a name up in globals, then builtins.
#[inline]
pub(crate) fn load_global(globals: &Value, builtins: &Value, name: &Value) -> Option<Value> {
    crate::runtime::namespace_cache::lookup(globals, Some(builtins), name)
}

/// Reads `locals[name]` from a namespace mapping (dict or any mapping).
fn mapping_get(vm: &Vm, m: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = as_dict(m) {
        if m.ty().is_builtin() {
            return Ok(d.get_str(name));
        }
    }
    match vm.getitem(m, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(types().exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Converts a raised object into an exception instance (`raise X` / `raise X()`).
fn make_exception(vm: &Vm, v: Value) -> PyResult<Value> {
    if let Some(t) = v.downcast::<crate::types::typeobj::TypeObj>() {
        if crate::types::typeobj::is_subtype(t, types().base_exception) {
            let e = vm.call(&v, &[])?;
            if exceptions::as_exception(&e).is_none() {
                return Err(error::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr_string(&v)?,
                    e.ty().name()
                )));
            }
            return Ok(e);
        }
    } else if exceptions::as_exception(&v).is_some() {
        return Ok(v);
    }
    Err(error::type_error(
        "exceptions must derive from BaseException",
    ))
}

/// Sets `exc.__context__` to the exception being handled (avoiding cycles).
fn chain_context(vm: &Vm, exc: &Value) {
    let Some(handled) = vm.handled_exception() else {
        return;
    };
    if handled.is(exc) {
        return;
    }
    if exceptions::context(exc).is_some() {
        return;
    }
    // break a cycle: if exc is already in handled's context chain, cut it
    // there; stop at a cycle already in the chain (user-set `__context__`),
    // found with Floyd's algorithm as CPython's `_PyErr_SetObject` does. The
    // walk is quadratic over a program's raises; under a work budget
    // (fuzzing) it stops once the budget is spent.
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut slow_update = false;
    while let Some(n) = exceptions::context(&o) {
        if !crate::runtime::eval_breaker::budget_step() {
            break;
        }
        if n.is(exc) {
            exceptions::set_context(&o, None);
            break;
        }
        o = n;
        if o.is(&slow) {
            break;
        }
        if slow_update {
            slow = exceptions::context(&slow).unwrap_or_else(Value::none);
        }
        slow_update = !slow_update;
    }
    exceptions::set_context(exc, Some(handled));
}

/// Frames of calls made inside one `run_frame` loop that have returned,
/// emptied (`Frame::recycle`), for the next calls to reuse with their slot
/// arrays (a recursion keeps as many as it is deep). When the loop's
/// `run_frame` returns they go to the thread's spares (`SPARE`, at most
/// `SPARE_MAX`), which a loop takes from when its own run out, and which
/// native code calling Python functions (`sorted(key=)`, special methods,
/// `map`) uses through [`call_with_spare`].
struct SpareFrames(Vec<Box<Frame>>);

const SPARE_MAX: usize = 32;

thread_local! {
    static SPARE: std::cell::RefCell<Vec<Box<Frame>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// One of the thread's spare frames, if any.
#[inline]
fn spare_pop() -> Option<Box<Frame>> {
    SPARE.try_with(|s| s.borrow_mut().pop()).ok().flatten()
}

/// Keeps an emptied frame among the thread's spares (or drops it).
#[inline]
fn spare_push(b: Box<Frame>) {
    let extra = SPARE.try_with(|s| {
        let mut v = s.borrow_mut();
        if v.len() < SPARE_MAX {
            v.push(b);
            None
        } else {
            Some(b)
        }
    });
    // (dropped outside the borrow)
    drop(extra);
}

impl Drop for SpareFrames {
    #[inline]
    fn drop(&mut self) {
        if !self.0.is_empty() {
            for b in self.0.drain(..) {
                spare_push(b);
            }
        }
    }
}

/// Runs `run` on a frame for the Python function `f` (not a generator
/// function's), one of the thread's spares when there is one, which is
/// emptied and kept for the next call afterwards.
#[inline]
pub fn call_with_spare<R>(f: &Obj<FunctionObj>, run: impl FnOnce(&mut Frame) -> R) -> R {
    let mut frame = match spare_pop() {
        Some(mut b) => {
            b.reuse_for_function(f);
            b
        }
        None => Box::new(Frame::for_function(f, None)),
    };
    let r = run(&mut frame);
    frame.recycle();
    spare_push(frame);
    r
}

/// Runs `f` from its saved position until it returns, yields, or raises.
///
/// Calls of Python functions by the specialized `CALL` forms do not recurse:
/// the callee's frame (boxed) becomes the loop's current frame, and its
/// `RETURN_VALUE` (or an exception it does not handle) brings the loop back
/// to the caller's. `f` is the frame this call started with; `nested`
/// counts the frames entered since.
pub fn run_frame(vm: &Vm, f: &mut Frame, resume: Resume) -> PyResult<FrameResult> {
    // The builtin types, read once per call: `types()` below is this local
    // (a register or a stack slot) rather than the global's load and test.
    let registry = crate::types::types();
    let types = move || registry;
    let _guard = FrameGuard::enter(f);
    let mut f: &mut Frame = f;
    let mut nested: usize = 0;
    let mut spare = SpareFrames(Vec::new());
    // The state of the current frame, loaded by `load_frame!` at the start
    // and whenever the current frame changes:
    // * `code_v`/`code`: the code object, borrowed without counting it: code
    //   objects are deferred (never freed while the process runs) and a
    //   frame's code never changes.
    // * `code_ptr`/`code_len`: the code units, read through a raw pointer
    //   without bounds checks: `quicken::quickened` validated the code when
    //   it was built (every instruction's cache inside the code, jumps and
    //   handlers at instruction starts, no falling off the end), so every
    //   `ip` the loop reaches, and the cache units after it, are in bounds;
    //   and every instruction word holds a valid opcode (specialization only
    //   ever stores `Opcode`s).
    // * `slots`/`nslots`/`stack_base`: the value stack and locals, addressed
    //   through a raw pointer.
    // * `sp`, and `ip` (the next instruction, as a pointer into the code; an
    //   offset only where one is stored: `f.head.ip`, `f.head.lasti`, tracebacks): in
    //   locals (registers), written back to the frame whenever it is left
    //   (return, yield, error, a call) with `sync!`.
    let mut code_v: &Value;
    let mut code: &Obj<CodeObj>;
    let mut code_ptr: *const AtomicU32;
    let mut code_len: usize;
    let mut stack_base: usize;
    let mut nslots: usize;
    let mut slots: *mut Option<Value>;
    let mut sp: usize;
    let mut ip: *const AtomicU32;
    macro_rules! load_frame {
        () => {
            // SAFETY: see `code_v` above: the object outlives this call.
            code_v = unsafe { &*(&*f.code as *const Value) };
            debug_assert!(code_v.is_deferred());
            // SAFETY: a frame's code is a code object (`Frame::new` checks
            // it; a function's code is one).
            code = unsafe { code_v.downcast_unchecked::<CodeObj>() };
            code_ptr = code.quick.as_ptr();
            code_len = code.quick.len();
            stack_base = code.stack_base();
            nslots = f.slots.len();
            slots = f.slots.as_mut_ptr();
            sp = f.head.sp;
            debug_assert!(f.head.ip < code_len);
            // SAFETY: a saved `ip` is an instruction start of this code.
            ip = unsafe { code_ptr.add(f.head.ip) };
        };
    }
    load_frame!();
    // the offset of a pointer into the code
    macro_rules! offset {
        ($p:expr) => {
            // SAFETY: both point into the one code array.
            (unsafe { ($p).offset_from(code_ptr) }) as usize
        };
    }
    // the pointer to offset `t` (a jump target or handler: an instruction start)
    macro_rules! at {
        ($t:expr) => {{
            let t = $t as usize;
            debug_assert!(t < code_len);
            // SAFETY: validated code (see `code_ptr`).
            unsafe { code_ptr.add(t) }
        }};
    }
    let mut pending: Option<(PyErr, bool)> = None;
    // offset of the instruction being executed (the yield point on resume)
    let mut cur_lasti = f.head.lasti;

    // SAFETY (all slot accesses): the compiler sized the frame for the
    // deepest stack this code reaches (`co_stacksize`), so every index used
    // below is within `slots[..nslots]`, which lives as long as `f`.
    macro_rules! slot {
        ($i:expr) => {
            (*{
                let i = $i;
                debug_assert!(i < nslots);
                unsafe { &mut *slots.add(i) }
            })
        };
    }
    // Slots above the stack pointer are always empty (every pop takes its
    // slot, and frames start empty), so a push writes without dropping.
    macro_rules! push_opt {
        ($v:expr) => {{
            let v: Option<Value> = $v;
            debug_assert!(sp < nslots && slot!(sp).is_none());
            // SAFETY: in bounds (see `slot!`); the slot is empty, so
            // overwriting it leaks nothing.
            unsafe { slots.add(sp).write(v) };
            sp += 1;
        }};
    }
    macro_rules! push {
        ($v:expr) => {
            push_opt!(Some($v))
        };
    }
    // Pushes the NULL of the calling convention: the slot is already empty.
    macro_rules! push_null {
        () => {{
            debug_assert!(sp < nslots && slot!(sp).is_none());
            sp += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            sp -= 1;
            match slot!(sp).take() {
                Some(v) => v,
                None => empty_stack_slot(),
            }
        }};
    }
    macro_rules! pop_opt {
        () => {{
            sp -= 1;
            slot!(sp).take()
        }};
    }
    macro_rules! top {
        () => {
            match slot!(sp - 1).as_ref() {
                Some(v) => v,
                None => empty_stack_slot(),
            }
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            match slot!(sp - $n).as_ref() {
                Some(v) => v,
                None => empty_stack_slot(),
            }
        };
    }
    macro_rules! sync {
        () => {
            f.head.sp = sp;
            f.head.ip = offset!(ip);
        };
    }
    let _ = nslots;
    // Leaves the current frame, entered in this loop (`nested` > 0: by a
    // call, or a generator's resumed by `FOR_ITER_GEN`), for the one that
    // entered it, whose state is loaded; gives back the left frame (its `sp`
    // saved first, so that dropping it releases exactly its live slots).
    macro_rules! pop_frame {
        () => {{
            debug_assert!(nested > 0);
            sync!();
            let caller = crate::eval::frame::leave_nested(f);
            // SAFETY: every nested frame was made with `Box::into_raw` when
            // it was entered (`push_frame!`), and is taken back exactly
            // once, here.
            let done = unsafe { Box::from_raw(f as *mut Frame) };
            vm.leave_call();
            nested -= 1;
            // SAFETY: the caller is alive (it is the frame this one was
            // entered from: `f` itself, or a boxed frame still entered)
            // and nothing else refers to it while the loop runs it.
            f = unsafe { &mut *caller };
            load_frame!();
            done
        }};
    }
    // Leaves a frame a call entered: emptied, it is kept for the next call
    // (`spare`). The call's result, if any, is for the caller to push.
    macro_rules! leave_nested {
        () => {{
            let mut done = pop_frame!();
            done.recycle();
            spare.0.push(done);
        }};
    }
    match resume {
        Resume::Start => {}
        Resume::Send(v) => {
            slot!(sp) = Some(v);
            sp += 1;
        }
        Resume::Throw(e) => pending = Some((e, true)),
    }

    // The dispatch's one test per instruction: `slow` is 0 unless the next
    // dispatch must do more than decode the code word: redo an instruction
    // (`REDO | opcode | MISSED? | ATTEMPTED?`, see below) or count it for
    // `-X stats` (`COUNT`, kept set for the whole run when counting).
    let counting = stats::enabled();
    let idle: u32 = if counting { COUNT } else { 0 };
    let mut slow: u32 = idle;
    // The flags of the last redo and the offset it was for: the generic
    // arm's `adaptive!` and a specialized arm's `deopt!` read them when they
    // run at that offset (and consume them). A redo form that hits leaves
    // them behind; if the same offset misses later, they only make that one
    // miss skip re-specializing.
    let mut redo_flags: u32 = 0;
    let mut redo_at: *const AtomicU32 = std::ptr::null();
    // The error path runs in this outer loop, so the dispatch loop below
    // does not test for a pending error at every instruction: a failing arm
    // sets `pending` and breaks out to here.
    loop {
        // ---- error path -------------------------------------------------
        if pending.is_some() {
            let (err, fresh) = pending.take().unwrap();
            f.head.lasti = cur_lasti;
            let exc = err.value().clone();
            if fresh {
                chain_context(vm, &exc);
                exceptions::add_traceback(
                    &exc,
                    code_v,
                    code.line_at(f.head.lasti),
                    f.head.lasti as u32,
                );
            }
            match code.handler_for(f.head.lasti as u32) {
                Some(h) => {
                    let target_sp = stack_base + h.depth as usize;
                    while sp > target_sp {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    if h.lasti {
                        push!(int_from_i64(f.head.lasti as i64));
                    }
                    push!(err.into_value());
                    ip = at!(h.target);
                }
                None => {
                    // clear the value stack: the frame is done
                    while sp > stack_base {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    sync!();
                    if nested == 0 {
                        return Err(err);
                    }
                    // the error goes on in the caller, raised by its call
                    // (or by the `for` that resumed this generator, which
                    // is then finished)
                    if code.flags & crate::code::flags::GENERATOR != 0 {
                        let done = pop_frame!();
                        let err = crate::eval::generator::finish(top!(), Some(err));
                        drop(done);
                        pending = err.map(|e| (e, true));
                    } else {
                        leave_nested!();
                        pending = Some((err, true));
                    }
                    cur_lasti = f.head.lasti;
                    continue;
                }
            }
        }

        'dispatch: loop {
            // the instruction executing now (`lasti!()` is its offset)
            let here = ip;
            macro_rules! lasti {
                () => {
                    offset!(here)
                };
            }
            debug_assert!(lasti!() < code_len);
            // SAFETY: `here` is an instruction start (see `code_ptr`).
            let (mut opb, arg) = decode(unsafe { &*here }.load(Ordering::Relaxed));
            // A specialized form whose guard failed, or a generic instruction just
            // specialized, dispatches again at the same offset with `slow` set
            // to `REDO` and the opcode to run (the family's generic arm, or the
            // new form): re-dispatching through this loop keeps the match out
            // of an inner loop. `MISSED`: this is the generic arm after a
            // specialized form's guard failed and re-specializing is not due;
            // `ATTEMPTED`: the instruction was specialized just now.
            if slow != 0 {
                opb = slow_dispatch(&mut slow, idle, opb, here, &mut redo_flags, &mut redo_at);
            }
            // SAFETY: a code word or a redo holds a valid opcode (see `code_ptr`).
            let op = unsafe { opcode_at_unchecked(opb) };
            // instructions with an inline cache skip it in their own arm
            // (`skip_cache!`), where its size is a constant: computing it here
            // would put two table loads on the path to the next instruction
            // SAFETY: the instruction is not the last unit of the code.
            ip = unsafe { here.add(1) };

            // An arm that fails sets `pending` and continues the loop: "fresh"
            // errors get context chaining and a traceback entry, re-raises do not.
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            pending = Some((e, true));
                            cur_lasti = lasti!();
                            break 'dispatch;
                        }
                    }
                };
            }
            macro_rules! fail {
                ($e:expr, $fresh:expr) => {{
                    pending = Some(($e, $fresh));
                    cur_lasti = lasti!();
                    break 'dispatch;
                }};
            }
            // The adaptive counter of a generic instruction: when it triggers, the
            // specializer looks at the operands (`$spec`) and, if it rewrote the
            // instruction, the new form runs now.
            // The instruction at `lasti` and its inline cache, `n` units.
            macro_rules! units {
                ($n:expr) => {{
                    let n = $n;
                    debug_assert!(lasti!() + n <= code_len);
                    // SAFETY: an instruction's cache lies inside the code
                    // (see `code_ptr`); callers ask for at most 1 + its units.
                    unsafe { std::slice::from_raw_parts(here, n) }
                }};
            }
            // The whole cache of this instruction (its family's layout).
            macro_rules! site {
                () => {
                    units!(1 + op.cache_units())
                };
            }
            // The instruction and its cache as a fixed-size site of the
            // attribute families (`forms`): no bounds checks in its reads.
            macro_rules! attr_site {
                () => {{
                    debug_assert!(lasti!() + 1 + specializer::cache::ATTR <= code_len);
                    // SAFETY: as `units!`: the instruction is of a family
                    // whose cache is `ATTR` units (LOAD_ATTR, STORE_ATTR).
                    unsafe { &*(here as *const forms::AttrSite) }
                }};
            }
            macro_rules! method_site {
                () => {{
                    debug_assert!(lasti!() + 1 + specializer::cache::METHOD <= code_len);
                    // SAFETY: as `units!`: a LOAD_METHOD form, `METHOD` units.
                    unsafe { &*(here as *const forms::MethodSite) }
                }};
            }
            // The code unit at `ip` (the next instruction: superinstructions
            // read their second half there, `push_cond!` its jump).
            macro_rules! next_unit {
                () => {{
                    debug_assert!(offset!(ip) < code_len);
                    // SAFETY: the instruction at `here` does not end the code
                    // (see `code_ptr`), so `ip` is the next one's start.
                    decode(unsafe { &*ip }.load(Ordering::Relaxed))
                }};
            }
            // The attribute pairs (`LOAD_FAST__LOAD_ATTR` and the others):
            // the local borrowed as `$owner`, the second unit's form byte and
            // argument as `$form`/`$name`; `$body` runs the pair and continues
            // the loop when that form reads its owner in place (not while
            // `-X stats` counts each instruction: it would miss the second).
            // Otherwise the `LOAD_FAST` alone; the second instruction runs next.
            macro_rules! attribute_pair {
                (|$owner:ident, $form:ident, $name:ident| $body:block) => {{
                    let Some($owner) = slot!(arg as usize).as_ref() else {
                        fail!(unbound_local(code, arg as usize), true)
                    };
                    hit!();
                    let ($form, $name) = next_unit!();
                    if idle == 0 $body
                    let v = $owner.clone();
                    push!(v);
                }};
            }
            macro_rules! adaptive {
                ($spec:expr) => {
                    let missed = redo_at == here && redo_flags & MISSED != 0;
                    redo_at = std::ptr::null();
                    // (every family with a cache has its counter first)
                    if !missed && quicken::tick(units!(2)) {
                        $spec;
                        let now = quicken::current(units!(1));
                        if now.is_specialized() {
                            slow = REDO | now as u32 | ATTEMPTED;
                            ip = here;
                            continue 'dispatch;
                        }
                    }
                };
            }
            // A guard of a specialized form failed: count the miss and run the
            // family's generic arm (which re-specializes once the counter runs out).
            macro_rules! deopt {
                () => {{
                    let attempted = redo_at == here && redo_flags & ATTEMPTED != 0;
                    redo_at = std::ptr::null();
                    let triggered = quicken::note_miss(units!(2), op);
                    let missed = !triggered || attempted;
                    slow = REDO
                        | op.family() as u32
                        | if missed { MISSED } else { 0 }
                        | if attempted { ATTEMPTED } else { 0 };
                    ip = here;
                    continue 'dispatch;
                }};
            }
            macro_rules! skip_cache {
                ($fam:ident) => {
                    // SAFETY: an instruction's cache lies inside the code.
                    ip = unsafe { here.add(1 + Opcode::$fam.cache_units()) }
                };
            }
            // A bool result: a conditional jump right after it is done here,
            // without pushing the bool and dispatching again.
            macro_rules! push_cond {
                ($r:expr) => {{
                    let r: bool = $r;
                    let (nb, target) = next_unit!();
                    if nb == Opcode::POP_JUMP_IF_FALSE as u8 {
                        // SAFETY: the jump is not the last unit of the code
                        ip = if r { unsafe { ip.add(1) } } else { at!(target) };
                    } else if nb == Opcode::POP_JUMP_IF_TRUE as u8 {
                        // SAFETY: as above
                        ip = if r { at!(target) } else { unsafe { ip.add(1) } };
                    } else {
                        push!(Value::bool(r));
                    }
                }};
            }
            // `[callable, self_or_null, args...]`: a bound method with a NULL self
            // slot is unpacked in place into its function and receiver; true
            // when the call has a receiver (which then counts as an argument)
            macro_rules! call_receiver {
                ($callable_idx:expr) => {{
                    let ci = $callable_idx;
                    if slot!(ci + 1).is_none() {
                        if let Some(c) = &slot!(ci) {
                            if c.kind() == Kind::BoundMethod {
                                let m = c.downcast::<BoundMethodObj>().unwrap();
                                let (func, s) = (m.func.clone(), m.self_.clone());
                                slot!(ci) = Some(func);
                                slot!(ci + 1) = Some(s);
                            } else if c.kind() == Kind::Object {
                                // an instance whose class defines `__call__`
                                // as a Python function: `type(c).__call__(c,
                                // ...)`, the function called with the
                                // instance as its receiver, so the Python
                                // call forms take it (chaos: `part(p)`)
                                debug_assert!(ci + 1 < nslots);
                                // SAFETY: `ci` and `ci + 1` are stack slots
                                // of this frame (see `slot!`).
                                unsafe { receiver_of_instance(slots.add(ci)) };
                            }
                        }
                    }
                    slot!(ci + 1).is_some()
                }};
            }
            // `s = s + t` / `s += t` on a local, two exact strs on the
            // stack: when the local and the stack slot below hold the only
            // two references to `s` and the result is stored back into that
            // local, nothing can tell `s` itself grew, so `t` is appended in
            // place (amortized, where a new str each time is quadratic;
            // CPython's BINARY_OP_INPLACE_ADD_UNICODE does the same). True
            // when done (the stack then holds `s`, as the result).
            // Whether the left operand of a binary operator (under the right
            // one) is referenced exactly twice, by that stack slot and by the
            // local the next instruction stores the result into: then
            // nothing but this frame can see it change.
            macro_rules! lhs_only_in_target_local {
                () => {{
                    let (nb, local) = next_unit!();
                    let stores_back = nb == Opcode::STORE_FAST as u8
                        || nb == Opcode::STORE_FAST__LOAD_FAST as u8
                        || nb == Opcode::STORE_FAST__STORE_FAST as u8;
                    stores_back
                        && slot!(local as usize)
                            .as_ref()
                            .is_some_and(|l| l.is(peek!(2)))
                        && peek!(2).header().is_some_and(|h| h.referenced_exactly(2))
                }};
            }
            macro_rules! str_append_in_place {
                () => {{
                    if lhs_only_in_target_local!() {
                        let rhs = pop!();
                        let lhs = crate::types::str::as_str_obj(top!());
                        // SAFETY: the two references just checked (the local
                        // and the stack slot) are all there are, and both are
                        // this frame's: nothing else can see the text change.
                        unsafe { lhs.append_unique(as_str(&rhs).unwrap()) };
                        release(rhs);
                        true
                    } else {
                        false
                    }
                }};
            }
            // Enters `callee` (a boxed frame, its arguments in place) as the
            // loop's current frame; this instruction's stack work is done.
            macro_rules! enter_frame {
                ($callee:expr) => {{
                    let callee: Box<Frame> = $callee;
                    f.head.lasti = lasti!();
                    if let Err(e) = vm.enter_call() {
                        drop(callee);
                        fail!(e, true);
                    }
                    push_frame!(callee)
                }};
            }
            // Makes `frame` (boxed, nothing else referring to it) the loop's
            // current frame, entered from this one, whose `lasti` is set and
            // whose `vm.enter_call()` succeeded; `pop_frame!` leaves it.
            macro_rules! push_frame {
                ($frame:expr) => {{
                    let frame: Box<Frame> = $frame;
                    sync!();
                    let raw = Box::into_raw(frame);
                    // SAFETY: `raw` is the new frame, alive until its
                    // `pop_frame!`.
                    unsafe { crate::eval::frame::enter_nested(&mut *raw, f) };
                    nested += 1;
                    // SAFETY: as above; nothing else refers to it.
                    f = unsafe { &mut *raw };
                    load_frame!();
                    redo_at = std::ptr::null();
                    continue 'dispatch;
                }};
            }
            // A frame for the Python function `func`: one a returned call
            // left (`spare`), or a new one.
            macro_rules! frame_for {
                ($func:expr) => {{
                    let func: &Obj<FunctionObj> = $func;
                    match spare.0.pop().or_else(spare_pop) {
                        Some(mut b) => {
                            b.reuse_for_function(func);
                            b
                        }
                        None => Box::new(Frame::for_function(func, None)),
                    }
                }};
            }
            // Marks where a specialized form's guards have passed. It does
            // no work: `-X stats` counts a form's hits as its executions
            // less its misses (`stats::report`), so a hit costs nothing.
            macro_rules! hit {
                () => {};
            }
            // The float forms of BINARY_OP: exact floats, or one of them a
            // small int (the common case first: one type test each); the
            // result goes into a temporary operand nothing else refers to
            // (no allocation), else into a new float.
            macro_rules! float_binop {
                (|$x:ident, $y:ident| $body:expr) => {{
                    skip_cache!(BINARY_OP);
                    let fl = types().float;
                    let (a, b) = (peek!(2), peek!(1));
                    let (a_float, b_float) = (a.is_exact_obj(fl), b.is_exact_obj(fl));
                    use crate::types::float::{float_value_unchecked, reuse_exact};
                    // SAFETY (the float reads): exact floats have a float's layout.
                    let ($x, $y) = if a_float && b_float {
                        unsafe { (float_value_unchecked(a), float_value_unchecked(b)) }
                    } else {
                        match (a_float, b_float) {
                            (true, false) => match small_as_f64(b) {
                                Some(y) => (unsafe { float_value_unchecked(a) }, y),
                                None => deopt!(),
                            },
                            (false, true) => match small_as_f64(a) {
                                Some(x) => (x, unsafe { float_value_unchecked(b) }),
                                None => deopt!(),
                            },
                            _ => deopt!(),
                        }
                    };
                    let r: f64 = $body;
                    hit!();
                    let (a, b) = (peek!(2), peek!(1));
                    // SAFETY (reuse_exact): the operand was tested to be an exact float.
                    if a_float && unsafe { reuse_exact(a, r) } {
                        release(pop!());
                    } else if b_float && unsafe { reuse_exact(b, r) } {
                        let res = pop!();
                        release(pop!());
                        push!(res);
                    } else {
                        release(pop!());
                        release(pop!());
                        push!(crate::types::float::new_float(r));
                    }
                }};
            }
            // the cache data written for this form, or a miss
            // The cache data of this form, read under its sequence word and
            // decoded into its typed view (`specializer::cache`), or a miss.
            macro_rules! cache_view {
                ($t:ident) => {{
                    use specializer::cache::$t;
                    match quicken::read_data::<{ $t::UNITS }>(
                        units!(1 + specializer::cache::DATA + $t::UNITS),
                        op,
                    ) {
                        Some(d) => $t::decode(d),
                        None => deopt!(),
                    }
                }};
            }
            // A global's value read through the entry the cache recorded
            // (`LOAD_GLOBAL_MODULE` once another global was rebound, and
            // `LOAD_GLOBAL_MODULE_ENTRY`), pushed; a miss while the globals'
            // key set changed.
            macro_rules! push_global_entry {
                () => {{
                    let d = cache_view!(GlobalData);
                    let Some(v) = global_entry(
                        &f.globals,
                        d.head.globals,
                        d.keys_version,
                        d.index,
                        &code.names[(arg >> 1) as usize],
                    ) else {
                        deopt!()
                    };
                    hit!();
                    push!(v);
                }};
            }
            match op {
                Opcode::NOP => {}
                Opcode::POP_TOP => {
                    release_opt(pop_opt!());
                }
                Opcode::PUSH_NULL => push_null!(),
                Opcode::COPY => {
                    let v = slot!(sp - arg as usize).clone();
                    push_opt!(v);
                }
                Opcode::SWAP => {
                    let (a, b) = (sp - 1, sp - arg as usize);
                    debug_assert!(b <= a && a < nslots);
                    // SAFETY: both are stack slots inside the frame (see `slot!`).
                    unsafe { std::ptr::swap(slots.add(a), slots.add(b)) };
                }
                Opcode::LOAD_CONST => push!(code.consts[arg as usize].clone()),

                // ---- locals, cells, names ------------------------------
                Opcode::LOAD_FAST => {
                    let v = slot!(arg as usize).clone();
                    match v {
                        Some(v) => push!(v),
                        None => fail!(unbound_local(code, arg as usize), true),
                    }
                }
                Opcode::STORE_FAST => {
                    let v = pop!();
                    release_opt(slot!(arg as usize).replace(v));
                }
                // superinstructions: the second instruction's argument is read
                // from its unit, which follows; if its local is unbound, that
                // instruction runs alone next and raises
                Opcode::LOAD_FAST__LOAD_FAST => {
                    let Some(v) = slot!(arg as usize).clone() else {
                        fail!(unbound_local(code, arg as usize), true)
                    };
                    hit!();
                    push!(v);
                    let (_, b) = next_unit!();
                    if let Some(w) = slot!(b as usize).clone() {
                        push!(w);
                        ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                    }
                }
                Opcode::LOAD_FAST__LOAD_CONST => {
                    let Some(v) = slot!(arg as usize).clone() else {
                        fail!(unbound_local(code, arg as usize), true)
                    };
                    hit!();
                    push!(v);
                    let (_, c) = next_unit!();
                    push!(code.consts[c as usize].clone());
                    ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                }
                Opcode::LOAD_FAST__LOAD_ATTR => attribute_pair!(|owner, b, name| {
                    let at_dict = b == Opcode::LOAD_ATTR_INSTANCE_VALUE as u8;
                    if at_dict || b == Opcode::LOAD_ATTR_SLOT as u8 {
                        debug_assert!(offset!(ip) + 1 + specializer::cache::ATTR <= code_len);
                        // SAFETY: the unit at `ip` is a LOAD_ATTR form, whose
                        // cache (`ATTR` units) lies inside the code (see
                        // `code_ptr`); the form's reads re-check its tag.
                        let site = unsafe { &*(ip as *const forms::AttrSite) };
                        let r = if at_dict {
                            forms::load_attr_instance_value(site, owner, &code.names[name as usize])
                        } else {
                            forms::load_attr_slot(site, owner)
                        };
                        if let Some(v) = r {
                            push!(v);
                            // SAFETY: as `skip_cache!` for the attribute load.
                            ip = unsafe { ip.add(1 + Opcode::LOAD_ATTR.cache_units()) };
                            continue 'dispatch;
                        }
                    }
                }),
                Opcode::LOAD_FAST__LOAD_METHOD => attribute_pair!(|owner, b, name| {
                    let form = if b == Opcode::LOAD_METHOD_WITH_DICT as u8 {
                        Some(Opcode::LOAD_METHOD_WITH_DICT)
                    } else if b == Opcode::LOAD_METHOD_NO_DICT as u8 {
                        Some(Opcode::LOAD_METHOD_NO_DICT)
                    } else {
                        None
                    };
                    if let Some(form) = form {
                        debug_assert!(offset!(ip) + 1 + specializer::cache::METHOD <= code_len);
                        // SAFETY: the unit at `ip` is a LOAD_METHOD form, whose
                        // cache (`METHOD` units) lies inside the code (see
                        // `code_ptr`); the form's reads re-check its tag.
                        let site = unsafe { &*(ip as *const forms::MethodSite) };
                        if let Some(method) =
                            forms::load_method(site, form, owner, &code.names[name as usize])
                        {
                            let obj = owner.clone();
                            push!(method);
                            push!(obj);
                            // SAFETY: as `skip_cache!` for the method load.
                            ip = unsafe { ip.add(1 + Opcode::LOAD_METHOD.cache_units()) };
                            continue 'dispatch;
                        }
                    }
                }),
                // (the value is on the stack, the owner stays in its local)
                Opcode::LOAD_FAST__STORE_ATTR => attribute_pair!(|owner, b, name| {
                    let at_dict = b == Opcode::STORE_ATTR_INSTANCE_VALUE as u8;
                    if at_dict || b == Opcode::STORE_ATTR_SLOT as u8 {
                        debug_assert!(offset!(ip) + 1 + specializer::cache::ATTR <= code_len);
                        // SAFETY: the unit at `ip` is a STORE_ATTR form, whose
                        // cache (`ATTR` units) lies inside the code (see
                        // `code_ptr`); the form's reads re-check its tag.
                        let site = unsafe { &*(ip as *const forms::AttrSite) };
                        let target = if at_dict {
                            forms::store_attr_instance_value_target(site, owner)
                        } else {
                            forms::store_attr_slot_target(site, owner)
                        };
                        if let Some(k) = target {
                            let second = ip;
                            // SAFETY: as `skip_cache!` for the store.
                            ip = unsafe { ip.add(1 + Opcode::STORE_ATTR.cache_units()) };
                            let v = pop!();
                            let name = &code.names[name as usize];
                            // (the local is not rebound while the store runs:
                            // only this frame's code writes its fast locals)
                            let r = if at_dict {
                                forms::store_attr_instance_value(vm, owner, name, k, v)
                            } else {
                                forms::store_attr_slot(vm, owner, name, k, v)
                            };
                            if let Err(e) = r {
                                // raised by the store, at its offset
                                pending = Some((e, true));
                                cur_lasti = offset!(second);
                                break 'dispatch;
                            }
                            continue 'dispatch;
                        }
                    }
                }),
                Opcode::STORE_FAST__LOAD_FAST => {
                    hit!();
                    let v = pop!();
                    release_opt(slot!(arg as usize).replace(v));
                    let (_, b) = next_unit!();
                    if let Some(w) = slot!(b as usize).clone() {
                        push!(w);
                        ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                    }
                }
                Opcode::STORE_FAST__STORE_FAST => {
                    hit!();
                    let v = pop!();
                    release_opt(slot!(arg as usize).replace(v));
                    let (_, b) = next_unit!();
                    let w = pop!();
                    release_opt(slot!(b as usize).replace(w));
                    ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                }
                Opcode::LOAD_CONST__LOAD_FAST => {
                    hit!();
                    push!(code.consts[arg as usize].clone());
                    let (_, b) = next_unit!();
                    if let Some(w) = slot!(b as usize).clone() {
                        push!(w);
                        ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                    }
                }
                Opcode::DELETE_FAST => {
                    if slot!(arg as usize).take().is_none() {
                        fail!(unbound_local(code, arg as usize), true);
                    }
                }
                Opcode::LOAD_DEREF => {
                    let cell = slot!(code.nlocals() + arg as usize).as_ref().unwrap();
                    match cell.downcast::<CellObj>().unwrap().get() {
                        Some(v) => push!(v),
                        None => fail!(unbound_deref(code, arg as usize), true),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop!();
                    let cell = slot!(code.nlocals() + arg as usize).as_ref().unwrap();
                    cell.downcast::<CellObj>().unwrap().set(Some(v));
                }
                Opcode::DELETE_DEREF => {
                    let cell = slot!(code.nlocals() + arg as usize).as_ref().unwrap();
                    let c = cell.downcast::<CellObj>().unwrap();
                    if c.get().is_none() {
                        fail!(unbound_deref(code, arg as usize), true);
                    }
                    c.set(None);
                }
                Opcode::LOAD_CLOSURE => {
                    let cell = slot!(code.nlocals() + arg as usize).clone().unwrap();
                    push!(cell);
                }
                Opcode::LOAD_CLASSDEREF => {
                    let name = crate::types::str::intern(code.deref_name(arg as usize));
                    let found = match &f.locals {
                        Some(l) => t!(mapping_get(vm, l, &name)),
                        None => None,
                    };
                    match found {
                        Some(v) => push!(v),
                        None => {
                            let cell = slot!(code.nlocals() + arg as usize).as_ref().unwrap();
                            match cell.downcast::<CellObj>().unwrap().get() {
                                Some(v) => push!(v),
                                None => fail!(unbound_deref(code, arg as usize), true),
                            }
                        }
                    }
                }
                Opcode::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    let mut v = match &f.locals {
                        Some(l) => t!(mapping_get(vm, l, name)),
                        None => None,
                    };
                    if v.is_none() {
                        v = load_global(&f.globals, &f.builtins, name);
                    }
                    match v {
                        Some(v) => push!(v),
                        None => fail!(name_error(name, f), true),
                    }
                }
                Opcode::STORE_NAME => {
                    let name = code.names[arg as usize].clone();
                    let v = pop!();
                    match &f.locals {
                        Some(l) => match as_dict(l) {
                            Some(d) if l.ty().is_builtin() => t!(d.set_item(vm, name, v)),
                            _ => t!(vm.setitem(l, &name, v)),
                        },
                        None => {
                            fail!(error::system_error("no locals found when storing"), true)
                        }
                    }
                }
                Opcode::DELETE_NAME => {
                    let name = &code.names[arg as usize];
                    let l = f.locals.clone().unwrap();
                    let ok = match as_dict(&l) {
                        Some(d) => t!(d.del_item(vm, name)).is_some(),
                        None => t!(ops::delitem(vm, &l, name).map(|_| true)),
                    };
                    if !ok {
                        fail!(name_error(name, f), true);
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    skip_cache!(LOAD_GLOBAL);
                    let name = &code.names[(arg >> 1) as usize];
                    adaptive!(quicken::specialize_load_global(
                        site!(),
                        &f.globals,
                        &f.builtins,
                        name
                    ));
                    match load_global(&f.globals, &f.builtins, name) {
                        Some(v) => push!(v),
                        None => fail!(name_error(name, f), true),
                    }
                    if arg & 1 == 1 {
                        push_null!();
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let name = code.names[arg as usize].clone();
                    let v = pop!();
                    t!(as_dict(&f.globals).unwrap().set_item(vm, name, v));
                }
                Opcode::DELETE_GLOBAL => {
                    let name = &code.names[arg as usize];
                    if t!(as_dict(&f.globals).unwrap().del_item(vm, name)).is_none() {
                        fail!(name_error(name, f), true);
                    }
                }

                // ---- attributes --------------------------------------------
                Opcode::LOAD_ATTR => {
                    skip_cache!(LOAD_ATTR);
                    adaptive!(quicken::specialize_load_attr(
                        site!(),
                        top!(),
                        &code.names[arg as usize]
                    ));
                    let obj = pop!();
                    let v = t!(vm.getattr(&obj, &code.names[arg as usize]));
                    push!(v);
                }
                Opcode::STORE_ATTR => {
                    skip_cache!(STORE_ATTR);
                    adaptive!(quicken::specialize_store_attr(
                        site!(),
                        top!(),
                        &code.names[arg as usize]
                    ));
                    let obj = pop!();
                    let v = pop!();
                    t!(vm.setattr(&obj, &code.names[arg as usize], v));
                }
                Opcode::DELETE_ATTR => {
                    let obj = pop!();
                    t!(vm.delattr(&obj, &code.names[arg as usize]));
                }
                Opcode::LOAD_METHOD => {
                    skip_cache!(LOAD_METHOD);
                    adaptive!(quicken::specialize_load_method(
                        site!(),
                        top!(),
                        &code.names[arg as usize]
                    ));
                    let obj = pop!();
                    let name = &code.names[arg as usize];
                    match t!(load_method(vm, &obj, name)) {
                        Some(m) => {
                            push!(m);
                            push!(obj);
                        }
                        None => {
                            let a = t!(vm.getattr(&obj, name));
                            push!(a);
                            push_null!();
                        }
                    }
                }

                // ---- operators ---------------------------------------------
                Opcode::BINARY_OP => {
                    skip_cache!(BINARY_OP);
                    adaptive!(quicken::specialize_binary_op(
                        site!(),
                        arg,
                        peek!(2),
                        peek!(1)
                    ));
                    let bop = BinOp::from_u32(arg).unwrap();
                    if bop.base() == BinOp::Add
                        && peek!(2).is_exact_obj(types().str)
                        && peek!(1).is_exact_obj(types().str)
                        && str_append_in_place!()
                    {
                        continue 'dispatch;
                    }
                    // `n += k` on a big int held only by the local `n`: the
                    // digits change in place (no copy, no new object), as
                    // for strs above, unless the result is a small int
                    if matches!(bop.base(), BinOp::Add | BinOp::Subtract)
                        && peek!(2).is_exact_obj(types().int)
                        && lhs_only_in_target_local!()
                    {
                        if let Some(y) = crate::types::int::int_operand(peek!(1)) {
                            let x = peek!(2).downcast::<crate::types::int::IntObj>().unwrap();
                            // SAFETY: the two references to `x` just checked
                            // are all there are, both this frame's; `y` is
                            // another object (or `x` would be referenced
                            // three times) or a small int.
                            if unsafe { x.add_unique(&y, bop.base() == BinOp::Subtract) } {
                                release(pop!());
                                continue 'dispatch;
                            }
                        }
                    }
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = t!(ops::binary_op(vm, &lhs, &rhs, bop));
                    release(lhs);
                    release(rhs);
                    push!(r);
                }
                Opcode::UNARY_NEGATIVE => {
                    let v = pop!();
                    push!(t!(ops::unary(vm, &v, "__neg__")));
                }
                Opcode::UNARY_POSITIVE => {
                    let v = pop!();
                    push!(t!(ops::unary(vm, &v, "__pos__")));
                }
                Opcode::UNARY_INVERT => {
                    let v = pop!();
                    push!(t!(ops::unary(vm, &v, "__invert__")));
                }
                Opcode::TO_BOOL => {
                    skip_cache!(TO_BOOL);
                    adaptive!(quicken::specialize_to_bool(site!(), top!()));
                    let v = pop!();
                    let b = t!(vm.truthy(&v));
                    release(v);
                    push_cond!(b);
                }
                Opcode::TO_BOOL_BOOL
                | Opcode::TO_BOOL_INT
                | Opcode::TO_BOOL_NONE
                | Opcode::TO_BOOL_LIST
                | Opcode::TO_BOOL_STR => {
                    skip_cache!(TO_BOOL);
                    let Some(b) = forms::to_bool(op, top!()) else {
                        deopt!()
                    };
                    hit!();
                    release(pop!());
                    push_cond!(b);
                }
                Opcode::UNARY_NOT => {
                    let v = pop!();
                    let b = t!(vm.truthy(&v));
                    push!(Value::bool(!b));
                }
                Opcode::COMPARE_OP => {
                    skip_cache!(COMPARE_OP);
                    adaptive!(quicken::specialize_compare_op(site!(), peek!(2), peek!(1)));
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = t!(ops::compare(vm, &lhs, &rhs, CmpOp::from_u32(arg).unwrap()));
                    release(lhs);
                    release(rhs);
                    push!(r);
                }
                Opcode::IS_OP => {
                    let rhs = pop!();
                    let lhs = pop!();
                    let r = lhs.is(&rhs) != (arg == 1);
                    release(lhs);
                    release(rhs);
                    push_cond!(r);
                }
                Opcode::CONTAINS_OP => {
                    skip_cache!(CONTAINS_OP);
                    adaptive!(quicken::specialize_contains_op(site!(), peek!(2), peek!(1)));
                    let c = pop!();
                    let item = pop!();
                    let r = t!(vm.contains(&c, &item));
                    push!(Value::bool(r != (arg == 1)));
                }

                // ---- subscripts -----------------------------------------
                Opcode::BINARY_SUBSCR => {
                    skip_cache!(BINARY_SUBSCR);
                    adaptive!(quicken::specialize_binary_subscr(
                        site!(),
                        peek!(2),
                        peek!(1)
                    ));
                    let k = pop!();
                    let c = pop!();
                    let r = t!(vm.getitem(&c, &k));
                    push!(r);
                }
                Opcode::CHECK_FAST => {
                    if slot!(arg as usize).is_none() {
                        fail!(unbound_local(code, arg as usize), true);
                    }
                }
                Opcode::BINARY_SUBSCR_FAST => {
                    skip_cache!(BINARY_SUBSCR_FAST);
                    if let Some(c) = &slot!(arg as usize) {
                        adaptive!(quicken::specialize_binary_subscr_fast(site!(), c, top!()));
                    }
                    let k = pop!();
                    // the local keeps the container alive: nothing in this frame
                    // can rebind it while the subscript runs
                    let r = match &slot!(arg as usize) {
                        Some(c) => vm.getitem(c, &k),
                        None => Err(unbound_local(code, arg as usize)),
                    };
                    push!(t!(r));
                }
                Opcode::STORE_SUBSCR => {
                    skip_cache!(STORE_SUBSCR);
                    adaptive!(quicken::specialize_store_subscr(
                        site!(),
                        peek!(2),
                        peek!(1)
                    ));
                    let k = pop!();
                    let c = pop!();
                    let v = pop!();
                    t!(vm.setitem(&c, &k, v));
                }
                Opcode::STORE_SUBSCR_FAST => {
                    skip_cache!(STORE_SUBSCR_FAST);
                    if let Some(c) = &slot!(arg as usize) {
                        adaptive!(quicken::specialize_store_subscr_fast(site!(), c, top!()));
                    }
                    let k = pop!();
                    let v = pop!();
                    // the local keeps the container alive: nothing in this frame
                    // can rebind it while the store runs
                    let r = match &slot!(arg as usize) {
                        Some(c) => vm.setitem(c, &k, v),
                        None => Err(unbound_local(code, arg as usize)),
                    };
                    t!(r);
                }
                Opcode::DELETE_SUBSCR => {
                    let k = pop!();
                    let c = pop!();
                    t!(ops::delitem(vm, &c, &k));
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop!() } else { Value::none() };
                    let stop = pop!();
                    let start = pop!();
                    push!(crate::types::slice::new_slice(start, stop, step));
                }
                Opcode::BINARY_SLICE => {
                    let stop = pop!();
                    let start = pop!();
                    let c = pop!();
                    let s = crate::types::slice::new_slice(start, stop, Value::none());
                    let r = t!(vm.getitem(&c, &s));
                    push!(r);
                }
                Opcode::STORE_SLICE => {
                    let stop = pop!();
                    let start = pop!();
                    let c = pop!();
                    let v = pop!();
                    let s = crate::types::slice::new_slice(start, stop, Value::none());
                    t!(vm.setitem(&c, &s, v));
                }

                // ---- building ------------------------------------------------
                Opcode::BUILD_TUPLE => {
                    let n = arg as usize;
                    let t = crate::types::tuple::new_tuple_n(
                        n,
                        (0..n).map(|i| slot!(sp - n + i).take().unwrap()),
                    );
                    sp -= n;
                    push!(t);
                }
                Opcode::BUILD_LIST => {
                    let n = arg as usize;
                    let items: Vec<Value> =
                        (0..n).map(|i| slot!(sp - n + i).take().unwrap()).collect();
                    sp -= n;
                    push!(crate::types::list::new_list(items));
                }
                Opcode::BUILD_SET => {
                    let n = arg as usize;
                    let items: Vec<Value> =
                        (0..n).map(|i| slot!(sp - n + i).take().unwrap()).collect();
                    sp -= n;
                    let s = t!(crate::types::set::new_set(vm, items));
                    push!(s);
                }
                Opcode::BUILD_MAP => {
                    let n = arg as usize;
                    let items: Vec<Value> = (0..2 * n)
                        .map(|i| slot!(sp - 2 * n + i).take().unwrap())
                        .collect();
                    sp -= 2 * n;
                    let d = crate::types::dict::new_dict();
                    let dd = as_dict(&d).unwrap();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        t!(dd.set_item(vm, k, v));
                    }
                    push!(d);
                }
                Opcode::BUILD_STRING => {
                    let n = arg as usize;
                    let mut s = String::new();
                    for i in 0..n {
                        let v = slot!(sp - n + i).take().unwrap();
                        s.push_str(as_str(&v).unwrap_or(""));
                    }
                    sp -= n;
                    push!(new_str(s));
                }
                Opcode::LIST_APPEND => {
                    let v = pop!();
                    let l = peek!(arg as usize);
                    l.downcast::<crate::types::list::ListObj>().unwrap().push(v);
                }
                Opcode::SET_ADD => {
                    let v = pop!();
                    let s = peek!(arg as usize).clone();
                    t!(crate::types::set::set_add(vm, &s, v));
                }
                Opcode::MAP_ADD => {
                    let v = pop!();
                    let k = pop!();
                    let d = peek!(arg as usize).clone();
                    t!(as_dict(&d).unwrap().set_item(vm, k, v));
                }
                Opcode::LIST_EXTEND => {
                    let it = pop!();
                    let l = peek!(arg as usize).clone();
                    match crate::types::list::extend(vm, &l, &it) {
                        Ok(()) => {}
                        Err(e)
                            if e.matches(types().exc.type_error)
                                && it.ty().lookup(crate::name!("__iter__")).is_none()
                                && it.ty().lookup(crate::name!("__getitem__")).is_none() =>
                        {
                            fail!(
                                error::type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    it.ty().name()
                                )),
                                true
                            )
                        }
                        Err(e) => fail!(e, true),
                    }
                }
                Opcode::SET_UPDATE => {
                    let it = pop!();
                    let s = peek!(arg as usize).clone();
                    t!(crate::types::set::set_update(vm, &s, &it));
                }
                Opcode::DICT_UPDATE => {
                    let m = pop!();
                    let d = peek!(arg as usize).clone();
                    if as_dict(&m).is_none() && m.ty().lookup(crate::name!("keys")).is_none() {
                        fail!(
                            error::type_error(format!(
                                "'{}' object is not a mapping",
                                m.ty().name()
                            )),
                            true
                        );
                    }
                    t!(crate::types::dict::dict_update_from(vm, &d, &m));
                }
                Opcode::DICT_MERGE => {
                    let m = pop!();
                    let d = peek!(arg as usize).clone();
                    let func = slot!(sp - arg as usize - 3).clone();
                    t!(dict_merge(vm, &d, &m, func.as_ref()));
                }
                Opcode::LIST_TO_TUPLE => {
                    let l = pop!();
                    push!(new_tuple(
                        l.downcast::<crate::types::list::ListObj>()
                            .unwrap()
                            .to_vec()
                    ));
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    let v = match arg & 3 {
                        1 => t!(vm.str(&v)),
                        2 => t!(vm.repr(&v)),
                        3 => {
                            let r = t!(vm.repr_string(&v));
                            new_str(ascii_of_repr(&r))
                        }
                        _ => v,
                    };
                    let spec_s = spec.as_ref().and_then(as_str).unwrap_or("");
                    let r = t!(ops::format(vm, &v, spec_s));
                    push!(r);
                }

                // ---- control flow ----------------------------------------
                Opcode::JUMP_FORWARD => ip = at!(arg),
                Opcode::JUMP_BACKWARD_NO_JIT => {
                    ip = at!(arg);
                    t!(crate::runtime::eval_breaker::check(vm));
                }
                Opcode::JUMP_BACKWARD => {
                    ip = at!(arg);
                    t!(crate::runtime::eval_breaker::check(vm));
                    if quicken::tick(units!(2)) {
                        // a hot loop: compiled now (this iteration still runs
                        // here; the next back edge enters the compiled code)
                        // SAFETY: the frame's slots, `nslots` of them, live
                        // as long as `f` and nothing else uses them meanwhile.
                        let all = unsafe { std::slice::from_raw_parts(slots, nslots) };
                        crate::eval::jit::hot_loop(
                            code,
                            &f.globals,
                            &f.builtins,
                            units!(1 + Opcode::JUMP_BACKWARD.cache_units()),
                            lasti!(),
                            arg,
                            all,
                            stack_base,
                            sp,
                        );
                    }
                }
                Opcode::JUMP_BACKWARD_JIT => {
                    let region = cache_view!(RegionData).region as *const jit::Region;
                    // SAFETY: the cache data written for this form is the
                    // address of a region, and regions are never freed.
                    let region = unsafe { &*region };
                    ip = at!(arg);
                    t!(crate::runtime::eval_breaker::check(vm));
                    // SAFETY: the frame is at the loop's header (just
                    // jumped there) with the stack as deep as when the loop
                    // was compiled (a back edge's depth never changes), in
                    // the code the region was compiled from.
                    let site = units!(1 + Opcode::JUMP_BACKWARD.cache_units());
                    let frame = &mut *f as *mut crate::eval::frame::Frame;
                    match unsafe { crate::eval::jit::run(region, slots, frame, site) } {
                        Ok(exit) => {
                            sp = stack_base + exit.depth as usize;
                            ip = at!(exit.resume);
                        }
                        Err((e, exit)) => {
                            // a helper raised: as if the instruction at
                            // `resume` had
                            sp = stack_base + exit.depth as usize;
                            ip = at!(exit.resume);
                            pending = Some((e, true));
                            cur_lasti = exit.resume as usize;
                            break 'dispatch;
                        }
                    }
                }
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!();
                    let b = t!(vm.truthy(&v));
                    release(v);
                    if b == (op == Opcode::POP_JUMP_IF_TRUE) {
                        ip = at!(arg);
                    }
                }
                Opcode::POP_JUMP_IF_NONE => {
                    let v = pop!();
                    if v.is_none() {
                        ip = at!(arg);
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!();
                    if !v.is_none() {
                        ip = at!(arg);
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP => {
                    let b = t!(vm.truthy(top!()));
                    if !b {
                        ip = at!(arg);
                    } else {
                        pop_opt!();
                    }
                }
                Opcode::JUMP_IF_TRUE_OR_POP => {
                    let b = t!(vm.truthy(top!()));
                    if b {
                        ip = at!(arg);
                    } else {
                        pop_opt!();
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!();
                    let it = t!(vm.iter(&v));
                    push!(it);
                }
                Opcode::FOR_ITER => {
                    skip_cache!(FOR_ITER);
                    adaptive!(quicken::specialize_for_iter(site!(), top!()));
                    let it = top!();
                    let next = t!(ops::next_step(vm, it));
                    match next {
                        Some(v) => push!(v),
                        None => {
                            pop_opt!();
                            ip = at!(arg);
                        }
                    }
                }

                // ---- calls ---------------------------------------------------
                Opcode::CALL | Opcode::CALL_KW => {
                    if op == Opcode::CALL {
                        skip_cache!(CALL);
                    }
                    let kwnames = if op == Opcode::CALL_KW {
                        Some(pop!())
                    } else {
                        None
                    };
                    let n = arg as usize;
                    let callable_idx = sp - n - 2;
                    let has_self = call_receiver!(callable_idx);
                    if op == Opcode::CALL {
                        adaptive!(quicken::specialize_call(
                            site!(),
                            slot!(callable_idx).as_ref().unwrap(),
                            n + has_self as usize,
                            false
                        ));
                    }
                    let args_start = if has_self {
                        callable_idx + 1
                    } else {
                        callable_idx + 2
                    };
                    let callable = slot!(callable_idx).clone().unwrap();
                    // SAFETY: args_start..sp are pushed values inside the frame's slots.
                    let args = unsafe {
                        as_values(std::slice::from_raw_parts(
                            slots.add(args_start),
                            sp - args_start,
                        ))
                    };
                    let kn = kwnames.as_ref().map(as_slice);
                    // A Python function (not a generator's) the specialized
                    // forms do not take (keywords, *args, **kwargs, a
                    // binding that varies): bound in general into a frame
                    // that becomes the loop's current one, as their callees'
                    let plain = callable
                        .downcast::<FunctionObj>()
                        .filter(|func| func.code().flags & crate::code::flags::GENERATOR == 0);
                    if let Some(func) = plain {
                        let fcode = func.code();
                        let mut callee = frame_for!(func);
                        let bound = crate::eval::bind_args(vm, func, fcode, &mut callee, args, kn);
                        if bound.is_ok() && (fcode.ncells() > 0 || func.closure.is_some()) {
                            crate::eval::init_cells(func, fcode, &mut callee);
                        }
                        drop(kwnames);
                        while sp > callable_idx {
                            sp -= 1;
                            release_opt(slot!(sp).take());
                        }
                        if let Err(e) = bound {
                            drop(callee);
                            fail!(e, true);
                        }
                        enter_frame!(callee)
                    }
                    // the running line, for native code that reads it
                    f.head.lasti = lasti!();
                    let r = vm.call_kw(&callable, args, kn);
                    while sp > callable_idx {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    push!(t!(r));
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let args = pop!();
                    pop_opt!();
                    let callable = pop!();
                    let mut all: Vec<Value> = match crate::types::tuple::as_tuple(&args) {
                        Some(t) => t.to_vec(),
                        None => {
                            if args.ty().lookup(crate::name!("__iter__")).is_none()
                                && args.ty().lookup(crate::name!("__getitem__")).is_none()
                            {
                                fail!(
                                    error::type_error(format!(
                                        "{} argument after * must be an iterable, not {}",
                                        function_str(vm, &callable),
                                        args.ty().name()
                                    )),
                                    true
                                );
                            }
                            t!(vm.iterate(&args))
                        }
                    };
                    let mut names: Vec<Value> = Vec::new();
                    if let Some(kw) = kwargs {
                        for (k, v) in as_dict(&kw).unwrap().items() {
                            all.push(v);
                            names.push(k);
                        }
                    }
                    f.head.lasti = lasti!();
                    let r = t!(vm.call_kw(
                        &callable,
                        &all,
                        if names.is_empty() { None } else { Some(&names) }
                    ));
                    push!(r);
                }
                Opcode::MAKE_FUNCTION => {
                    let c = pop!();
                    let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let func = make_function(
                        vm,
                        c,
                        &f.globals,
                        &f.builtins,
                        defaults,
                        kwdefaults,
                        annotations,
                        closure,
                    );
                    push!(func);
                }
                Opcode::RETURN_VALUE => {
                    let v = pop!();
                    if nested == 0 {
                        sync!();
                        return Ok(FrameResult::Return(v));
                    }
                    if code.flags & crate::code::flags::GENERATOR != 0 {
                        // a generator resumed here returned: for the
                        // `FOR_ITER_GEN` that resumed it, its loop is over
                        // (the value is not used); for a `SEND`, the value
                        // is the `yield from`'s
                        let mut done = pop_frame!();
                        crate::eval::generator::finish(top!(), None);
                        // (kept for the next call, as a returned call's)
                        done.recycle();
                        spare.0.push(done);
                        // SAFETY: `f.head.lasti` is the FOR_ITER's or SEND's
                        // offset, an instruction start of this code.
                        let (by, target) =
                            decode(unsafe { &*code_ptr.add(f.head.lasti) }.load(Ordering::Relaxed));
                        release_opt(pop_opt!());
                        if by == Opcode::SEND as u8 {
                            push!(v);
                        } else {
                            drop(v);
                        }
                        debug_assert!(!ip.is_null()); // (the caller's resume point, replaced)
                        ip = at!(target);
                        continue 'dispatch;
                    }
                    let returns = f.returns;
                    leave_nested!();
                    if returns == Returns::Value {
                        push!(v);
                    } else if let Returns::BinaryOp(how) = returns {
                        // the operands the method took stay below until now
                        let b = pop!();
                        let a = pop!();
                        if !v.is_not_implemented() {
                            push!(v);
                            release(b);
                            release(a);
                        } else {
                            // SAFETY: the caller's `lasti` is its BINARY_OP_PY's
                            // offset, an instruction start of this code.
                            let (_, bop) = decode(
                                unsafe { &*code_ptr.add(f.head.lasti) }.load(Ordering::Relaxed),
                            );
                            let bop = BinOp::from_u32(bop).unwrap();
                            cur_lasti = f.head.lasti;
                            let r = ops::binary_op_after_py(vm, &a, &b, bop, how);
                            release(b);
                            release(a);
                            match r {
                                Ok(r) => push!(r),
                                Err(e) => {
                                    pending = Some((e, true));
                                    break 'dispatch;
                                }
                            }
                        }
                    } else if !v.is_none() {
                        // raised by the caller's call, at its offset
                        pending = Some((
                            error::type_error(format!(
                                "__init__() should return None, not '{}'",
                                v.ty().name()
                            )),
                            true,
                        ));
                        cur_lasti = f.head.lasti;
                        break 'dispatch;
                    }
                }

                // ---- unpacking -------------------------------------------
                Opcode::UNPACK_SEQUENCE => {
                    skip_cache!(UNPACK_SEQUENCE);
                    adaptive!(quicken::specialize_unpack_sequence(
                        site!(),
                        top!(),
                        arg as usize
                    ));
                    let v = pop!();
                    let n = arg as usize;
                    let items = t!(unpack(vm, &v, n));
                    for x in items.into_iter().rev() {
                        push!(x);
                    }
                }
                Opcode::UNPACK_EX => {
                    let v = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = t!(vm.iterate(&v).map_err(|e| {
                        if e.matches(types().exc.type_error)
                            && v.ty().lookup(crate::name!("__iter__")).is_none()
                        {
                            error::type_error(format!(
                                "cannot unpack non-iterable {} object",
                                v.ty().name()
                            ))
                        } else {
                            e
                        }
                    }));
                    if items.len() < before + after {
                        fail!(
                            error::value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            )),
                            true
                        );
                    }
                    let mid_end = items.len() - after;
                    for x in items[mid_end..].iter().rev() {
                        push!(x.clone());
                    }
                    push!(crate::types::list::new_list(
                        items[before..mid_end].to_vec()
                    ));
                    for x in items[..before].iter().rev() {
                        push!(x.clone());
                    }
                }

                // ---- exceptions ---------------------------------------------
                Opcode::RAISE_VARARGS => match arg {
                    0 => match vm.handled_exception() {
                        Some(e) => fail!(PyErr::from_value(e), false),
                        None => {
                            fail!(error::runtime_error("No active exception to reraise"), true)
                        }
                    },
                    1 => {
                        let v = pop!();
                        let e = t!(make_exception(vm, v));
                        fail!(PyErr::from_value(e), true);
                    }
                    _ => {
                        let cause = pop!();
                        let v = pop!();
                        let e = t!(make_exception(vm, v));
                        let c = if cause.is_none() {
                            None
                        } else {
                            Some(match make_exception(vm, cause) {
                                Ok(c) => c,
                                Err(_) => {
                                    fail!(
                                        error::type_error(
                                            "exception causes must derive from BaseException",
                                        ),
                                        true
                                    )
                                }
                            })
                        };
                        exceptions::set_cause(&e, c);
                        fail!(PyErr::from_value(e), true);
                    }
                },
                Opcode::RERAISE => {
                    let e = pop!();
                    if arg == 1 {
                        if let Some(l) = pop_opt!() {
                            if let Some(i) = l.as_small() {
                                f.head.lasti = i as usize;
                            }
                        }
                    }
                    fail!(PyErr::from_value(e), false);
                }
                Opcode::PUSH_EXC_INFO => {
                    let e = pop!();
                    let prev = vm.set_handled_exception(Some(e.clone()));
                    push!(prev.unwrap_or_else(Value::none));
                    push!(e);
                }
                Opcode::POP_EXCEPT => {
                    let prev = pop!();
                    let prev = if prev.is_none() { None } else { Some(prev) };
                    drop(vm.set_handled_exception(prev));
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = pop!();
                    let e = top!().clone();
                    let r = t!(exception_matches(vm, &e, &ty));
                    push!(Value::bool(r));
                }
                Opcode::CHECK_EG_MATCH => {
                    let ty = pop!();
                    let unhandled = pop!();
                    let r = t!(crate::runtime::import::krait_helper(vm, "_eg_match")
                        .and_then(|h| vm.call(&h, &[unhandled, ty])));
                    // the helper returns (rest, match, wrapped): a naked exception that
                    // matched is wrapped in a fresh group whose traceback is this frame
                    let (rest, m, wrapped) = match crate::types::tuple::as_tuple(&r) {
                        Some([a, b, c]) => (a.clone(), b.clone(), c.is_true()),
                        _ => fail!(error::system_error("bad except* match result"), true),
                    };
                    if wrapped {
                        exceptions::add_traceback(
                            &m,
                            code_v,
                            code.line_at(lasti!()),
                            lasti!() as u32,
                        );
                    }
                    if !m.is_none() {
                        drop(vm.set_handled_exception(Some(m.clone())));
                    }
                    push!(rest);
                    push!(m);
                }
                Opcode::PREP_RERAISE_STAR => {
                    let raised = pop!();
                    let orig = pop!();
                    let r = t!(
                        crate::runtime::import::krait_helper(vm, "_prep_reraise_star")
                            .and_then(|h| vm.call(&h, &[orig, raised]))
                    );
                    push!(r);
                }
                Opcode::WITH_EXCEPT_START => {
                    let e = top!().clone();
                    let exit = peek!(3).clone();
                    let tb = exceptions::traceback(&e).unwrap_or_else(Value::none);
                    let r = t!(vm.call(&exit, &[e.ty().to_value(), e.clone(), tb]));
                    push!(r);
                }
                Opcode::BEFORE_WITH => {
                    let mgr = pop!();
                    let ty = mgr.ty();
                    let enter = match ty.lookup(crate::name!("__enter__")) {
                        Some(e) => e,
                        None => fail!(error::attribute_error("__enter__"), true),
                    };
                    let exit = match ty.lookup(crate::name!("__exit__")) {
                        Some(e) => e,
                        None => fail!(error::attribute_error("__exit__"), true),
                    };
                    let exit_bound = t!(vm.bind_descriptor(&exit, Some(&mgr), &ty.to_value()));
                    push!(exit_bound);
                    let r = t!(vm.call_method_descr_or_fn(&enter, &[mgr.clone()], None));
                    push!(r);
                }
                Opcode::LOAD_BUILD_CLASS => {
                    match as_dict(&f.builtins).and_then(|b| b.get_by_str("__build_class__")) {
                        Some(bc) => push!(bc),
                        None => fail!(error::name_error("__build_class__ not found"), true),
                    }
                }
                Opcode::LOAD_ASSERTION_ERROR => push!(types().exc.assertion_error.to_value()),

                // ---- imports ---------------------------------------------
                Opcode::IMPORT_NAME => {
                    let fromlist = pop!();
                    let level = pop!();
                    let name = code.names[arg as usize].clone();
                    let m = t!(crate::runtime::import::import_name(
                        vm, &name, &f.globals, &fromlist, &level
                    ));
                    push!(m);
                }
                Opcode::IMPORT_FROM => {
                    let m = top!().clone();
                    let name = &code.names[arg as usize];
                    let v = t!(crate::runtime::import::import_from(vm, &m, name));
                    push!(v);
                }
                Opcode::IMPORT_STAR => {
                    let m = pop!();
                    let l = f.locals.clone().unwrap_or_else(|| Value::clone(&f.globals));
                    t!(crate::runtime::import::import_star(vm, &m, &l));
                }

                // ---- generators --------------------------------------------
                Opcode::YIELD_VALUE => {
                    let v = pop!();
                    f.head.lasti = lasti!();
                    sync!();
                    if nested == 0 {
                        return Ok(FrameResult::Yield(v));
                    }
                    // a generator `FOR_ITER_GEN` or `SEND` resumed in this
                    // loop (the only frames entered here that can yield):
                    // the value is the loop's next item, or the one the
                    // `yield from` yields on
                    debug_assert!(code.flags & crate::code::flags::GENERATOR != 0);
                    let done = pop_frame!();
                    crate::eval::generator::suspend(top!(), done);
                    push!(v);
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = pop!();
                    if v.kind() == Kind::Generator {
                        push!(v);
                    } else {
                        push!(t!(vm.iter(&v)));
                    }
                }
                Opcode::SEND => {
                    let v = pop!();
                    // An exact generator runs in this loop, entered as a
                    // call is (as `FOR_ITER_GEN`'s): its `yield` comes back
                    // here as the value to yield on (the next instruction),
                    // its `return` jumps to `arg` with the value. A chain of
                    // `yield from`s resumes level by level without
                    // recursing in Rust.
                    let v = if top!().is_exact(types().generator) {
                        f.head.lasti = lasti!();
                        if let Err(e) = vm.enter_call() {
                            drop(v);
                            fail!(e, true);
                        }
                        match crate::eval::generator::take_for_send(top!(), v) {
                            Ok(callee) => push_frame!(callee),
                            Err(v) => {
                                vm.leave_call();
                                v
                            }
                        }
                    } else {
                        v
                    };
                    let recv = top!().clone();
                    match t!(crate::eval::generator::send_to(vm, &recv, v)) {
                        crate::eval::generator::SendResult::Yield(y) => push!(y),
                        crate::eval::generator::SendResult::Return(r) => {
                            pop_opt!();
                            push!(r);
                            ip = at!(arg);
                        }
                    }
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let l = f.locals.clone().unwrap_or_else(|| Value::clone(&f.globals));
                    let key = crate::types::str::intern("__annotations__");
                    if t!(mapping_get(vm, &l, &key)).is_none() {
                        t!(vm.setitem(&l, &key, crate::types::dict::new_dict()));
                    }
                }

                // ---- pattern matching ------------------------------------------
                Opcode::MATCH_MAPPING => {
                    let r = crate::runtime::patterns::is_mapping(top!());
                    push!(Value::bool(r));
                }
                Opcode::MATCH_SEQUENCE => {
                    let r = crate::runtime::patterns::is_sequence(top!());
                    push!(Value::bool(r));
                }
                Opcode::MATCH_KEYS => {
                    let keys = top!().clone();
                    let subj = peek!(2).clone();
                    let r = t!(crate::runtime::patterns::match_keys(vm, &subj, &keys));
                    push!(r);
                }
                Opcode::MATCH_CLASS => {
                    let names = pop!();
                    let cls = pop!();
                    let subj = pop!();
                    let r = t!(crate::runtime::patterns::match_class(
                        vm,
                        &subj,
                        &cls,
                        arg as usize,
                        &names
                    ));
                    push!(r);
                }
                Opcode::GET_LEN => {
                    let n = t!(vm.len(top!()));
                    push!(int_from_i64(n as i64));
                }
                Opcode::COPY_DICT_WITHOUT_KEYS => {
                    let keys = pop!();
                    let subj = top!().clone();
                    let r = t!(crate::runtime::patterns::copy_without_keys(
                        vm, &subj, &keys
                    ));
                    push!(r);
                }
                Opcode::LOAD_LOCALS => {
                    let l = f.locals.clone().unwrap_or_else(|| Value::clone(&f.globals));
                    push!(l);
                }
                // ---- specialized forms (the adaptive interpreter) -----------
                Opcode::BINARY_OP_ADD_INT
                | Opcode::BINARY_OP_SUBTRACT_INT
                | Opcode::BINARY_OP_MULTIPLY_INT => {
                    skip_cache!(BINARY_OP);
                    let (Some(x), Some(y)) = (peek!(2).as_small(), peek!(1).as_small()) else {
                        deopt!()
                    };
                    // inline while the result stays a small int (small ints
                    // are within +-2**62, so the sum and difference never
                    // overflow an i64); past it, a big int from small_binop
                    let (r, bop) = match op {
                        Opcode::BINARY_OP_ADD_INT => (Some(x + y), BinOp::Add),
                        Opcode::BINARY_OP_SUBTRACT_INT => (Some(x - y), BinOp::Subtract),
                        _ => (x.checked_mul(y), BinOp::Multiply),
                    };
                    let r = match r.and_then(Value::try_small) {
                        Some(v) => v,
                        None => match crate::types::int::small_binop(x, y, bop) {
                            Some(r) => t!(r),
                            None => deopt!(),
                        },
                    };
                    hit!();
                    // small ints: nothing to count
                    sp -= 2;
                    std::mem::forget(slot!(sp + 1).take());
                    std::mem::forget(slot!(sp).replace(r));
                    sp += 1;
                }
                Opcode::BINARY_OP_ADD_FLOAT => float_binop!(|x, y| x + y),
                Opcode::BINARY_OP_SUBTRACT_FLOAT => float_binop!(|x, y| x - y),
                Opcode::BINARY_OP_MULTIPLY_FLOAT => float_binop!(|x, y| x * y),
                Opcode::BINARY_OP_TRUEDIV_FLOAT => float_binop!(|x, y| {
                    if y == 0.0 {
                        deopt!() // the generic path raises ZeroDivisionError
                    }
                    x / y
                }),
                Opcode::BINARY_OP_INT_OTHER => {
                    skip_cache!(BINARY_OP);
                    let (Some(x), Some(y)) = (peek!(2).as_small(), peek!(1).as_small()) else {
                        deopt!()
                    };
                    let bop = BinOp::from_u32(arg).unwrap().base();
                    // None: no one-word answer (a big shift, an inexact division)
                    let Some(r) = crate::types::int::small_binop(x, y, bop) else {
                        deopt!()
                    };
                    hit!();
                    let r = t!(r);
                    sp -= 2;
                    std::mem::forget(slot!(sp + 1).take());
                    std::mem::forget(slot!(sp).replace(r));
                    sp += 1;
                }
                Opcode::BINARY_OP_FLOAT_OTHER => {
                    skip_cache!(BINARY_OP);
                    let bop = BinOp::from_u32(arg).unwrap().base();
                    let Some(r) = forms::binary_op_float_other(bop, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    let r = t!(r);
                    release(pop!());
                    release(pop!());
                    push!(r);
                }
                // An instance's operator method in Python: entered in the
                // loop like a call; the operands stay on the stack until it
                // returns (see `Returns::BinaryOp` at RETURN_VALUE)
                Opcode::BINARY_OP_PY => {
                    skip_cache!(BINARY_OP);
                    let bop = BinOp::from_u32(arg).unwrap();
                    let Some((func_v, how)) = forms::py_binop(bop, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    // (`py_binop` returns Python functions only)
                    let func = func_v.downcast::<FunctionObj>().unwrap();
                    let fcode = func.code();
                    let mut callee = frame_for!(func);
                    let (first, second) = if how == forms::PyBinop::Reflected {
                        (peek!(1), peek!(2))
                    } else {
                        (peek!(2), peek!(1))
                    };
                    callee.slots[0] = Some(first.clone());
                    callee.slots[1] = Some(second.clone());
                    if fcode.ncells() > 0 || func.closure.is_some() {
                        crate::eval::init_cells(func, fcode, &mut callee);
                    }
                    callee.returns = Returns::BinaryOp(how);
                    enter_frame!(callee)
                }
                Opcode::BINARY_OP_ADD_STR => {
                    skip_cache!(BINARY_OP);
                    if !forms::add_str_guard(peek!(2), peek!(1)) {
                        deopt!()
                    }
                    hit!();
                    if !str_append_in_place!() {
                        let rhs = pop!();
                        let lhs = pop!();
                        push!(t!(crate::types::str::str_binop(vm, &lhs, &rhs, BinOp::Add)));
                    }
                }
                Opcode::BINARY_SUBSCR_LIST_INT
                | Opcode::BINARY_SUBSCR_TUPLE_INT
                | Opcode::BINARY_SUBSCR_STR_INT
                | Opcode::BINARY_SUBSCR_DICT => {
                    skip_cache!(BINARY_SUBSCR);
                    let Some(r) = forms::binary_subscr(vm, op, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    release(pop!());
                    release(pop!());
                    push!(t!(r));
                }
                Opcode::BINARY_SUBSCR_FAST_LIST_INT | Opcode::BINARY_SUBSCR_FAST_TUPLE_INT => {
                    skip_cache!(BINARY_SUBSCR_FAST);
                    let want = if op == Opcode::BINARY_SUBSCR_FAST_LIST_INT {
                        types().list
                    } else {
                        types().tuple
                    };
                    // the local keeps the container alive (as in the generic arm)
                    let Some(c) = &slot!(arg as usize) else {
                        deopt!()
                    };
                    let Some(i) = top!().as_small() else { deopt!() };
                    if !c.is_exact(want) {
                        deopt!()
                    }
                    hit!();
                    let r = if op == Opcode::BINARY_SUBSCR_FAST_LIST_INT {
                        crate::types::list::getitem_int(c, i)
                    } else {
                        crate::types::tuple::getitem_int(c, i)
                    };
                    // a small int key: nothing to release
                    std::mem::forget(slot!(sp - 1).replace(t!(r)));
                }
                Opcode::BINARY_SUBSCR_FAST_STR_INT => {
                    skip_cache!(BINARY_SUBSCR_FAST);
                    // the local keeps the str alive (as in the generic arm)
                    let Some(c) = &slot!(arg as usize) else {
                        deopt!()
                    };
                    let Some(r) =
                        forms::binary_subscr(vm, Opcode::BINARY_SUBSCR_STR_INT, c, top!())
                    else {
                        deopt!()
                    };
                    hit!();
                    // a small int key (the guard): nothing to release
                    std::mem::forget(slot!(sp - 1).replace(t!(r)));
                }
                Opcode::BINARY_SUBSCR_FAST_DICT => {
                    skip_cache!(BINARY_SUBSCR_FAST);
                    let Some(c) = &slot!(arg as usize) else {
                        deopt!()
                    };
                    if !c.is_exact(types().dict) {
                        deopt!()
                    }
                    let found = t!(as_dict(c).unwrap().get_item(vm, top!()));
                    // a missing key: the generic path raises KeyError
                    let Some(v) = found else { deopt!() };
                    hit!();
                    release_opt(slot!(sp - 1).replace(v));
                }
                Opcode::STORE_SUBSCR_LIST_INT | Opcode::STORE_SUBSCR_DICT => {
                    skip_cache!(STORE_SUBSCR);
                    if !forms::store_subscr_guard(op, peek!(2), peek!(1)) {
                        deopt!()
                    }
                    hit!();
                    let k = pop!();
                    let c = pop!();
                    let v = pop!();
                    t!(forms::store_subscr(vm, op, &c, k, v));
                    release(c);
                }
                Opcode::STORE_SUBSCR_FAST_LIST_INT | Opcode::STORE_SUBSCR_FAST_DICT => {
                    skip_cache!(STORE_SUBSCR_FAST);
                    let Some(c) = &slot!(arg as usize) else {
                        deopt!()
                    };
                    if !forms::store_subscr_guard(op, c, top!()) {
                        deopt!()
                    }
                    hit!();
                    let k = pop!();
                    let v = pop!();
                    t!(forms::store_subscr(vm, op, c, k, v));
                }
                Opcode::COMPARE_OP_INT => {
                    skip_cache!(COMPARE_OP);
                    let cmp = CmpOp::from_u32(arg).unwrap();
                    let Some(r) = forms::compare(op, cmp, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    // small ints: nothing to release
                    sp -= 2;
                    std::mem::forget(slot!(sp + 1).take());
                    std::mem::forget(slot!(sp).take());
                    push_cond!(r);
                }
                Opcode::COMPARE_OP_FLOAT | Opcode::COMPARE_OP_STR => {
                    skip_cache!(COMPARE_OP);
                    let cmp = CmpOp::from_u32(arg).unwrap();
                    let Some(r) = forms::compare(op, cmp, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    release(pop!());
                    release(pop!());
                    push_cond!(r);
                }
                Opcode::CONTAINS_OP_DICT
                | Opcode::CONTAINS_OP_SET
                | Opcode::CONTAINS_OP_SEQ
                | Opcode::CONTAINS_OP_STR => {
                    skip_cache!(CONTAINS_OP);
                    let Some(r) = forms::contains(vm, op, peek!(2), peek!(1)) else {
                        deopt!()
                    };
                    hit!();
                    let r = t!(r);
                    release(pop!());
                    release(pop!());
                    push_cond!(r != (arg == 1));
                }
                Opcode::FOR_ITER_GEN => {
                    skip_cache!(FOR_ITER);
                    if !top!().is_exact(types().generator) {
                        deopt!()
                    }
                    hit!();
                    // The generator's frame runs in this loop, entered as a
                    // call is: its `yield` comes back here with the next
                    // item, its `return` ends the loop (`pop_frame!` gives its
                    // frame back).
                    // A running or finished one takes the general path.
                    f.head.lasti = lasti!();
                    if let Err(e) = vm.enter_call() {
                        fail!(e, true);
                    }
                    match crate::eval::generator::take_for_resume(top!()) {
                        // (the generator is `Running`: nothing else refers
                        // to its frame until `pop_frame!` gives it back)
                        Some(callee) => push_frame!(callee),
                        None => {
                            vm.leave_call();
                            match t!(crate::eval::generator::gen_next(vm, top!())) {
                                Some(v) => push!(v),
                                None => {
                                    release_opt(pop_opt!());
                                    ip = at!(arg);
                                }
                            }
                        }
                    }
                }
                Opcode::FOR_ITER_RANGE | Opcode::FOR_ITER_LIST | Opcode::FOR_ITER_TUPLE => {
                    skip_cache!(FOR_ITER);
                    let it = top!();
                    let t = types();
                    let next = match op {
                        Opcode::FOR_ITER_RANGE if it.kind() == Kind::RangeIter => {
                            crate::types::range::range_iter_next(it)
                        }
                        Opcode::FOR_ITER_LIST | Opcode::FOR_ITER_TUPLE
                            if it.kind() == Kind::SeqIter
                                && crate::types::iter::seq_iter_sequence(it).is_some_and(|s| {
                                    s.is_exact(if op == Opcode::FOR_ITER_LIST {
                                        t.list
                                    } else {
                                        t.tuple
                                    })
                                }) =>
                        {
                            // SAFETY: just checked: a SeqIter over an exact
                            // list (FOR_ITER_LIST) or tuple (a SeqIter's
                            // sequence never changes).
                            t!(unsafe {
                                crate::types::iter::seq_iter_next_exact(
                                    vm,
                                    it,
                                    op == Opcode::FOR_ITER_LIST,
                                )
                            })
                        }
                        _ => deopt!(),
                    };
                    hit!();
                    match next {
                        Some(v) => {
                            // `for x in ...:` stores the item straight into the local
                            let (nb, local) = next_unit!();
                            // (a superinstruction starting with the store leaves
                            // its second instruction in place, to run next)
                            if nb == Opcode::STORE_FAST as u8
                                || nb == Opcode::STORE_FAST__LOAD_FAST as u8
                                || nb == Opcode::STORE_FAST__STORE_FAST as u8
                            {
                                release_opt(slot!(local as usize).replace(v));
                                ip = unsafe { ip.add(1) }; // SAFETY: the pair's second unit is not the last
                            } else {
                                push!(v);
                            }
                        }
                        None => {
                            pop_opt!();
                            ip = at!(arg);
                        }
                    }
                }
                Opcode::UNPACK_SEQUENCE_TWO_TUPLE
                | Opcode::UNPACK_SEQUENCE_TUPLE
                | Opcode::UNPACK_SEQUENCE_LIST => {
                    skip_cache!(UNPACK_SEQUENCE);
                    let n = arg as usize;
                    let v = top!();
                    let t = types();
                    // the items go straight into the stack slots the sequence
                    // and the n - 1 above it take (the last item lowest); the
                    // sequence itself is released after
                    let base = sp - 1;
                    debug_assert!(base + n <= nslots);
                    if op == Opcode::UNPACK_SEQUENCE_LIST {
                        if !v.is_exact_obj(t.list) {
                            deopt!()
                        }
                        let seq = slot!(base).take().unwrap();
                        let dst = slots;
                        let done =
                            crate::types::list::as_list(&seq)
                                .unwrap()
                                .reading(move |items| {
                                    if items.len() != n {
                                        return false;
                                    }
                                    for (k, x) in items.iter().rev().enumerate() {
                                        // SAFETY: stack slots of this frame (see
                                        // `slot!`), empty: the sequence's was taken
                                        // and the others are above the stack pointer.
                                        unsafe { dst.add(base + k).write(Some(x.clone())) };
                                    }
                                    true
                                });
                        if !done {
                            slot!(base) = Some(seq);
                            deopt!()
                        }
                        release(seq);
                    } else {
                        if !v.is_exact_obj(t.tuple) || as_slice(v).len() != n {
                            deopt!()
                        }
                        let seq = slot!(base).take().unwrap();
                        for (k, x) in as_slice(&seq).iter().rev().enumerate() {
                            // SAFETY: as above.
                            unsafe { slots.add(base + k).write(Some(x.clone())) };
                        }
                        release(seq);
                    }
                    hit!();
                    sp = base + n;
                }
                Opcode::LOAD_GLOBAL_MODULE => {
                    skip_cache!(LOAD_GLOBAL);
                    let d = cache_view!(GlobalHead);
                    if namespace_unchanged(&f.globals, d.globals, d.version) {
                        hit!();
                        // SAFETY: LOAD_GLOBAL caches only immortal or deferred
                        // values (quicken::shareable; for any other value the
                        // version recorded is one no dict reaches), and the
                        // version says it is still bound.
                        push!(unsafe { quicken::cached_word(d.value) });
                    } else {
                        // another global changed (or the value is not
                        // cached): while the key set is the same, the value
                        // is the one in the recorded entry
                        push_global_entry!();
                    }
                    if arg & 1 == 1 {
                        push_null!();
                    }
                }
                Opcode::LOAD_GLOBAL_MODULE_ENTRY => {
                    skip_cache!(LOAD_GLOBAL);
                    push_global_entry!();
                    if arg & 1 == 1 {
                        push_null!();
                    }
                }
                Opcode::LOAD_GLOBAL_BUILTIN => {
                    skip_cache!(LOAD_GLOBAL);
                    let d = cache_view!(GlobalData);
                    // the name is still not a global (same key set), and
                    // nothing in the builtins changed
                    if !(keys_unchanged(&f.globals, d.head.globals, d.keys_version)
                        && namespace_unchanged(&f.builtins, d.builtins, d.builtins_version))
                    {
                        deopt!()
                    }
                    hit!();
                    // SAFETY: as in LOAD_GLOBAL_MODULE (the value is a builtin
                    // the globals still do not shadow).
                    push!(unsafe { quicken::cached_word(d.head.value) });
                    if arg & 1 == 1 {
                        push_null!();
                    }
                }
                // the attribute family's forms: their work is in `forms`,
                // shared with the JIT's helpers
                Opcode::LOAD_ATTR_INSTANCE_VALUE => {
                    skip_cache!(LOAD_ATTR);
                    let name = &code.names[arg as usize];
                    let Some(v) = forms::load_attr_instance_value(attr_site!(), top!(), name)
                    else {
                        deopt!()
                    };
                    hit!();
                    release_opt(slot!(sp - 1).replace(v));
                }
                Opcode::LOAD_ATTR_SLOT => {
                    skip_cache!(LOAD_ATTR);
                    let Some(v) = forms::load_attr_slot(attr_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    release_opt(slot!(sp - 1).replace(v));
                }
                Opcode::LOAD_ATTR_MODULE => {
                    skip_cache!(LOAD_ATTR);
                    let Some(v) = forms::load_attr_module(attr_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    release_opt(slot!(sp - 1).replace(v));
                }
                Opcode::LOAD_ATTR_CLASS => {
                    skip_cache!(LOAD_ATTR);
                    let Some(v) = forms::load_attr_class(attr_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    release_opt(slot!(sp - 1).replace(v));
                }
                Opcode::LOAD_ATTR_PROPERTY => {
                    skip_cache!(LOAD_ATTR);
                    let Some(fget) = forms::load_attr_property_getter(attr_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    let obj = pop!();
                    sync!();
                    push!(t!(vm.call(&fget, std::slice::from_ref(&obj))));
                }
                Opcode::LOAD_METHOD_WITH_DICT | Opcode::LOAD_METHOD_NO_DICT => {
                    skip_cache!(LOAD_METHOD);
                    let name = &code.names[arg as usize];
                    let Some(method) = forms::load_method(method_site!(), op, top!(), name) else {
                        deopt!()
                    };
                    hit!();
                    let obj = pop!();
                    push!(method);
                    push!(obj);
                }
                Opcode::LOAD_METHOD_MODULE => {
                    skip_cache!(LOAD_METHOD);
                    let Some(f) = forms::load_method_module(method_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    let module = pop!();
                    push!(f);
                    push_null!();
                    release(module);
                }
                Opcode::STORE_ATTR_INSTANCE_VALUE => {
                    skip_cache!(STORE_ATTR);
                    let Some(hint) = forms::store_attr_instance_value_target(attr_site!(), top!())
                    else {
                        deopt!()
                    };
                    hit!();
                    let obj = pop!();
                    let v = pop!();
                    let name = &code.names[arg as usize];
                    // (on an error `obj` is dropped leaving the arm)
                    t!(forms::store_attr_instance_value(vm, &obj, name, hint, v));
                    release(obj);
                }
                Opcode::STORE_ATTR_SLOT => {
                    skip_cache!(STORE_ATTR);
                    let Some(index) = forms::store_attr_slot_target(attr_site!(), top!()) else {
                        deopt!()
                    };
                    hit!();
                    let obj = pop!();
                    let v = pop!();
                    let name = &code.names[arg as usize];
                    // (on an error `obj` is dropped leaving the arm)
                    t!(forms::store_attr_slot(vm, &obj, name, index, v));
                    release(obj);
                }
                // Python functions, the binding already checked: the callee's
                // frame becomes the loop's current frame (see `run_frame`)
                Opcode::CALL_PY_EXACT_ARGS | Opcode::CALL_PY_WITH_DEFAULTS => {
                    skip_cache!(CALL);
                    let n = arg as usize;
                    let callable_idx = sp - n - 2;
                    let has_self = call_receiver!(callable_idx);
                    let args_start = callable_idx + 2 - has_self as usize;
                    let nargs = sp - args_start;
                    let callable = slot!(callable_idx).as_ref().unwrap();
                    let Some(func) = callable.downcast::<FunctionObj>() else {
                        deopt!()
                    };
                    // the defaults the call takes, one snapshot of __defaults__
                    // (another thread may assign a shorter tuple at any time)
                    let (missing, defaults_v) = if op == Opcode::CALL_PY_EXACT_ARGS {
                        if !quicken::exact_args(func, nargs) {
                            deopt!()
                        }
                        (0, None)
                    } else {
                        let Some(missing) = quicken::defaults_needed(func, &func.header, nargs)
                        else {
                            deopt!()
                        };
                        match func.defaults.get(&func.header) {
                            Some(d) if as_slice(&d).len() >= missing => (missing, Some(d)),
                            _ => deopt!(),
                        }
                    };
                    hit!();
                    let fcode = func.code();
                    // the frame: one a returned call or a finished
                    // generator left, or a new one (a generator function's
                    // generator keeps it)
                    let generator = fcode.flags & crate::code::flags::GENERATOR != 0;
                    let mut callee = frame_for!(func);
                    // the arguments move from this stack into the new frame
                    debug_assert!(nargs + missing <= callee.slots.len());
                    for i in 0..nargs {
                        let a = slot!(args_start + i).take();
                        // SAFETY: in bounds (the frame has a slot per
                        // parameter); the slot is empty, nothing to drop.
                        unsafe { callee.slots.as_mut_ptr().add(i).write(a) };
                    }
                    if let Some(d) = &defaults_v {
                        let d = as_slice(d);
                        for (k, dv) in d[d.len() - missing..].iter().enumerate() {
                            callee.slots[nargs + k] = Some(dv.clone());
                        }
                    }
                    if fcode.ncells() > 0 || func.closure.is_some() {
                        crate::eval::init_cells(func, fcode, &mut callee);
                    }
                    // calling a generator function makes the generator
                    let made: Result<Box<Frame>, Value> = if generator {
                        Err(crate::eval::generator::new_generator(callee, func))
                    } else {
                        Ok(callee)
                    };
                    // the callable and self slots are done with (the new
                    // frame holds the function); `func` is not used after
                    while sp > callable_idx {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    let callee = match made {
                        Ok(callee) => callee,
                        Err(generator) => {
                            push!(generator);
                            continue 'dispatch;
                        }
                    };
                    enter_frame!(callee)
                }
                // A class statement's class with a Python `__init__` taking the
                // arguments exactly: the instance is allocated, becomes the
                // call's result at once, and `__init__` runs in the loop
                // (`Returns::Init`: its None return is checked and dropped).
                Opcode::CALL_ALLOC_AND_ENTER_INIT => {
                    skip_cache!(CALL);
                    let n = arg as usize;
                    let callable_idx = sp - n - 2;
                    let has_self = call_receiver!(callable_idx);
                    let args_start = callable_idx + 2 - has_self as usize;
                    let nargs = sp - args_start;
                    let callable = slot!(callable_idx).as_ref().unwrap();
                    let d = cache_view!(VersionWord);
                    let cls = match callable.downcast::<crate::types::typeobj::TypeObj>() {
                        Some(c) if !has_self && c.version() == d.version => c,
                        _ => deopt!(),
                    };
                    // SAFETY: `__init__` is cached only when immortal or
                    // deferred, and the class's version says it still has it.
                    let init_v = unsafe { quicken::cached_word(d.word) };
                    let init = init_v.downcast::<FunctionObj>().unwrap();
                    let icode = init.code();
                    if !quicken::exact_args(init, nargs + 1)
                        || icode.flags & crate::code::flags::GENERATOR != 0
                    {
                        deopt!()
                    }
                    hit!();
                    let obj = t!(crate::types::typeobj::alloc_instance(
                        vm,
                        cls,
                        crate::object::ObjectBase
                    ));
                    let mut callee = frame_for!(init);
                    callee.slots[0] = Some(obj.clone());
                    for i in 0..nargs {
                        callee.slots[1 + i] = slot!(args_start + i).take();
                    }
                    if icode.ncells() > 0 || init.closure.is_some() {
                        crate::eval::init_cells(init, icode, &mut callee);
                    }
                    callee.returns = Returns::Init;
                    // the class and NULL slots are done with; the instance is
                    // the result
                    while sp > callable_idx {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    push!(obj);
                    enter_frame!(callee)
                }
                Opcode::CALL_BUILTIN_LEN
                | Opcode::CALL_BUILTIN_ISINSTANCE
                | Opcode::CALL_LIST_APPEND
                | Opcode::CALL_BUILTIN_FAST
                | Opcode::CALL_BUILTIN_CLASS => {
                    skip_cache!(CALL);
                    let n = arg as usize;
                    let callable_idx = sp - n - 2;
                    let has_self = call_receiver!(callable_idx);
                    let args_start = callable_idx + 2 - has_self as usize;
                    let nargs = sp - args_start;
                    let callable = slot!(callable_idx).as_ref().unwrap();
                    let b = quicken::builtin_words();
                    let r = match op {
                        Opcode::CALL_BUILTIN_LEN => {
                            if callable.raw() != b.len || has_self || nargs != 1 {
                                deopt!()
                            }
                            hit!();
                            vm.len(slot!(args_start).as_ref().unwrap())
                                .map(|n| int_from_i64(n as i64))
                        }
                        Opcode::CALL_BUILTIN_ISINSTANCE => {
                            if callable.raw() != b.isinstance || has_self || nargs != 2 {
                                deopt!()
                            }
                            hit!();
                            vm.isinstance(
                                slot!(args_start).as_ref().unwrap(),
                                slot!(args_start + 1).as_ref().unwrap(),
                            )
                            .map(Value::bool)
                        }
                        Opcode::CALL_LIST_APPEND => {
                            // `l.append(x)` or `list.append(l, x)`: the
                            // list and the item either way
                            let ok = callable.raw() == b.list_append
                                && nargs == 2
                                && slot!(args_start).as_ref().unwrap().is_exact(types().list);
                            if !ok {
                                deopt!()
                            }
                            hit!();
                            let x = slot!(args_start + 1).take().unwrap();
                            crate::types::list::as_list(slot!(args_start).as_ref().unwrap())
                                .unwrap()
                                .push(x);
                            Ok(Value::none())
                        }
                        _ => {
                            // CALL_BUILTIN_CLASS (a builtin type making an instance) or
                            // CALL_BUILTIN_FAST (a builtin function or method descriptor)
                            let ok = if op == Opcode::CALL_BUILTIN_CLASS {
                                callable.kind() == Kind::Type
                                    && !callable
                                        .ty()
                                        .has_flag(crate::types::typeobj::flags::HEAPTYPE)
                                    && !has_self
                            } else {
                                matches!(callable.kind(), Kind::NativeFunc | Kind::MethodDescr)
                                    && callable.ty().is_builtin()
                            };
                            if !ok {
                                deopt!()
                            }
                            hit!();
                            sync!();
                            // the running line, for native code that reads
                            // it (`sys._getframe().f_lineno`, warnings)
                            f.head.lasti = lasti!();
                            // SAFETY: args_start..sp are pushed values inside the frame's slots.
                            let args = unsafe {
                                as_values(std::slice::from_raw_parts(slots.add(args_start), nargs))
                            };
                            // (the callable and the arguments stay in their
                            // slots, untouched, until the call returns)
                            if op == Opcode::CALL_BUILTIN_CLASS {
                                crate::types::typeobj::call_type(vm, callable, args, None)
                            } else if callable.kind() == Kind::MethodDescr && nargs > 0 {
                                // a builtin type's method: the receiver's type
                                // checked, then its native code, directly
                                let d = callable
                                    .downcast::<crate::types::function::MethodDescrObj>()
                                    .unwrap();
                                crate::types::function::check_descr_self(d, &args[0])
                                    .and_then(|()| d.imp.call(vm, args, None))
                            } else {
                                vm.call_kw(callable, args, None)
                            }
                        }
                    };
                    while sp > callable_idx {
                        sp -= 1;
                        release_opt(slot!(sp).take());
                    }
                    push!(t!(r));
                }
            }
            // every instruction with a cache skipped it (`skip_cache!`)
            debug_assert!(
                ip != unsafe { here.add(1) } || op.cache_units() == 0,
                "{:?} did not skip its inline cache",
                op
            );
        }
    }
}

pub(crate) fn ascii_of_repr(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
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
    out
}

/// `LOAD_METHOD`: the unbound method and `obj` when a plain method is found on
/// the type and not shadowed by the instance; None to use ordinary getattr.
#[inline]
pub(crate) fn load_method(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    if ty.has_flag(crate::types::typeobj::flags::CUSTOM_GETATTRIBUTE)
        || matches!(obj.kind(), Kind::Type | Kind::Module | Kind::Super)
    {
        return Ok(None);
    }
    let Some(d) = ty.lookup(name) else {
        return Ok(None);
    };
    if !matches!(d.kind(), Kind::Function | Kind::MethodDescr) {
        return Ok(None);
    }
    if obj.kind() != Kind::Function {
        if let Some(dd) = crate::types::typeobj::instance_dict_ref(obj) {
            if dd.get_str(name).is_some() {
                return Ok(None);
            }
        } else if let Some(dict) = crate::types::typeobj::instance_dict(obj) {
            if as_dict(&dict).unwrap().get_item(vm, name)?.is_some() {
                return Ok(None);
            }
        }
    }
    if d.kind() == Kind::MethodDescr {
        function::check_descr_self(d.downcast().unwrap(), obj)?;
    }
    Ok(Some(d))
}

/// Unpacks exactly `n` items from an iterable.
pub(crate) fn unpack(vm: &Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    if v.ty().is_builtin() && (v.kind() == Kind::Tuple || v.kind() == Kind::List) {
        let items = vm.iterate(v)?;
        if items.len() != n {
            return Err(if items.len() > n {
                error::value_error(format!("too many values to unpack (expected {})", n))
            } else {
                error::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ))
            });
        }
        return Ok(items);
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(types().exc.type_error) => {
            return Err(error::type_error(format!(
                "cannot unpack non-iterable {} object",
                v.ty().name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(n);
    while let Some(x) = vm.next(&it)? {
        if out.len() == n {
            return Err(error::value_error(format!(
                "too many values to unpack (expected {})",
                n
            )));
        }
        out.push(x);
    }
    if out.len() < n {
        return Err(error::value_error(format!(
            "not enough values to unpack (expected {}, got {})",
            n,
            out.len()
        )));
    }
    Ok(out)
}

/// `except T:` matching, with CPython's check that T is an exception class.
fn exception_matches(vm: &Vm, e: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<()> {
        match t.downcast::<crate::types::typeobj::TypeObj>() {
            Some(tt) if crate::types::typeobj::is_subtype(tt, types().base_exception) => Ok(()),
            _ => Err(error::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Some(items) = crate::types::tuple::as_tuple(ty) {
        for t in items {
            check(t)?;
        }
        for t in items {
            if crate::types::typeobj::is_subtype(e.ty(), t.downcast().unwrap()) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(ty)?;
    let _ = vm;
    Ok(crate::types::typeobj::is_subtype(
        e.ty(),
        ty.downcast().unwrap(),
    ))
}

/// `**mapping` into a call's keyword dict: keys must be strings, no repeats.
fn dict_merge(vm: &Vm, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
    let fname = || -> String {
        match func {
            Some(f) => match f.downcast::<FunctionObj>() {
                Some(fo) => {
                    let q = fo.qualname.lock().clone();
                    let module = fo
                        .module
                        .get(&fo.header)
                        .and_then(|m| as_str(&m).map(|s| s.to_string()));
                    match module {
                        Some(m) => format!("{}.{}()", m, as_str(&q).unwrap_or("?")),
                        None => format!("{}()", as_str(&q).unwrap_or("?")),
                    }
                }
                None => format!(
                    "{}()",
                    vm.getattr_opt(f, "__qualname__")
                        .ok()
                        .flatten()
                        .and_then(|q| as_str(&q).map(|s| s.to_string()))
                        .unwrap_or_else(|| "function".into())
                ),
            },
            None => "function".into(),
        }
    };
    let dd = as_dict(d).unwrap();
    let items: Vec<(Value, Value)> = if let Some(md) = as_dict(m) {
        md.items()
    } else if m.ty().lookup(crate::name!("keys")).is_some() {
        let keys = vm.call_method(m, "keys", &[])?;
        let mut out = Vec::new();
        for k in vm.iterate(&keys)? {
            let v = vm.getitem(m, &k)?;
            out.push((k, v));
        }
        out
    } else {
        return Err(error::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            fname(),
            m.ty().name()
        )));
    };
    for (k, v) in items {
        if as_str(&k).is_none() {
            return Err(error::type_error("keywords must be strings"));
        }
        if dd.get_item(vm, &k)?.is_some() {
            return Err(error::type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname(),
                as_str(&k).unwrap()
            )));
        }
        dd.set_item(vm, k, v)?;
    }
    Ok(())
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`).
pub fn function_str(vm: &Vm, f: &Value) -> String {
    let qual = vm
        .getattr_opt(f, "__qualname__")
        .ok()
        .flatten()
        .and_then(|q| as_str(&q).map(|s| s.to_string()));
    let module = vm
        .getattr_opt(f, "__module__")
        .ok()
        .flatten()
        .and_then(|m| as_str(&m).map(|s| s.to_string()));
    match (qual, module) {
        (Some(q), Some(m)) if m != "builtins" => format!("{}.{}()", m, q),
        (Some(q), _) => format!("{}()", q),
        _ => format!("{} object", f.ty().name()),
    }
}

/// The guard of the `LOAD_GLOBAL` forms: `ns` is the dict recorded at
/// `addr` and its version is still `version`. Namespaces a function reads its
/// globals from are deferred (never freed, so never replaced by another object
/// at the same address), and a dict's version moves on every change. The
/// version is read relaxed: nothing is read through it (the value comes from
/// the cache, alive as immortal or deferred), and a thread that changed the
/// dict, or synchronized with one that did, sees the new version.
#[inline(always)]
fn namespace_unchanged(ns: &Value, addr: u64, version: u64) -> bool {
    ns.raw() == addr as usize
        // SAFETY: the word is the address of the dict the cache recorded.
        && unsafe { ns.downcast_unchecked::<crate::types::dict::DictObj>() }.version_relaxed()
            == version
}

/// The guard of `LOAD_GLOBAL_BUILTIN` on the globals: `ns` is the dict
/// recorded at `addr` and its key set has not changed since `keys_version`
/// (so a name that was not in it still is not).
#[inline(always)]
fn keys_unchanged(ns: &Value, addr: u64, keys_version: u64) -> bool {
    ns.raw() == addr as usize
        // SAFETY: the word is the address of the dict the cache recorded.
        && unsafe { ns.downcast_unchecked::<crate::types::dict::DictObj>() }.keys_version_relaxed()
            == keys_version
}

/// For a call of the instance in `s[0]` (`s[1]` empty): when its class's
/// `__call__` is a plain Python function, that function in `s[0]` and the
/// instance as its receiver in `s[1]`, as for a bound method. Out of line:
/// the interpreter's call arms pay one kind test for it.
///
/// # Safety
/// `s` and `s + 1` are valid, distinct slots; `s[1]` is empty.
#[inline(never)]
unsafe fn receiver_of_instance(s: *mut Option<Value>) {
    // SAFETY: the caller's contract.
    let (callable, receiver) = unsafe { (&mut *s, &mut *s.add(1)) };
    debug_assert!(receiver.is_none());
    let func = callable.as_ref().and_then(|c| {
        c.ty()
            .lookup(crate::name!("__call__"))
            .filter(|m| m.kind() == Kind::Function)
    });
    if let Some(func) = func {
        // (the empty slot's None is dropped: nothing to release)
        *receiver = callable.replace(func);
    }
}

/// `LOAD_GLOBAL_MODULE` after another global was rebound: the value of
/// `name` in the recorded entry of `ns`, while `ns` is the dict recorded and
/// its key set is unchanged (the entry's key is checked too, under the
/// dict's read protocol, so a stale index never reads another name).
#[inline(always)]
fn global_entry(
    ns: &Value,
    addr: u64,
    keys_version: u64,
    index: u32,
    name: &Value,
) -> Option<Value> {
    if !keys_unchanged(ns, addr, keys_version) {
        return None;
    }
    // SAFETY: checked above: the dict the cache recorded.
    let d = unsafe { ns.downcast_unchecked::<crate::types::dict::DictObj>() };
    d.get_at(index as usize, name)
}

/// A small int operand of the float forms, if it converts exactly (below
/// 2^53, so arithmetic agrees with the generic path).
#[inline(always)]
fn small_as_f64(v: &Value) -> Option<f64> {
    let i = v.as_small()?;
    (i.unsigned_abs() < (1 << 53)).then_some(i as f64)
}

/// Builds a function object (MAKE_FUNCTION).
#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &Vm,
    code: Value,
    globals: &Value,
    builtins: &Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let c = code.downcast::<CodeObj>().unwrap();
    let doc = if c.flags & crate::compile::codegen::HAS_DOCSTRING != 0 {
        c.consts.first().cloned()
    } else {
        None
    };
    // (cached read: closures are made in loops, on every thread)
    let module = crate::runtime::namespace_cache::lookup(globals, None, crate::name!("__name__"));
    let name = c.name.clone();
    let qualname = c.qualname.clone();
    let is_nested = closure.is_some() || c.flags & crate::code::flags::NESTED != 0;
    let fo = FunctionObj {
        code: code.clone(),
        globals: globals.clone(),
        builtins: builtins.clone(),
        name: parking_lot::Mutex::new(name),
        qualname: parking_lot::Mutex::new(qualname),
        defaults: crate::object::ValueCell::new(defaults),
        kwdefaults: crate::object::ValueCell::new(kwdefaults),
        closure,
        doc: crate::object::ValueCell::new(doc),
        dict: crate::object::ValueCell::new(None),
        module: crate::object::ValueCell::new(module),
        annotations: crate::object::ValueCell::new(annotations),
    };
    let v = crate::object::alloc(types().function, fo);
    if !is_nested {
        // module-level functions are shared by every caller: deferred counting
        v.header().unwrap().make_deferred();
        // and so are their globals and builtins, every call's frame refers to
        // them (dicts given to exec(), say); the function keeps them alive anyway
        for ns in [globals, builtins] {
            if let Some(h) = ns.header() {
                if ns.kind() == Kind::Dict && h.owned_by_current_thread() {
                    h.make_deferred();
                }
            }
        }
    }
    let _ = vm;
    v
}

#[allow(dead_code)]
fn type_name(t: TypeRef) -> String {
    t.name()
}
