//! krait's JIT: hot loops compiled to machine code with Cranelift.
//!
//! The crate knows nothing of krait's Rust types. The runtime hands it a
//! snapshot of one loop ([`LoopInput`]: the code units as compiled, the loop's
//! header and back edge, what the frame's locals and stack held when the loop
//! got hot) and an [`Abi`] (layout constants, immortal words and the addresses
//! of a few `extern "C"` helpers), and gets back a [`Region`]: machine code
//! entered at the loop header, and an exit table.
//!
//! The phases, one module each:
//! * [`analyze`]: the loop's blocks, and the types of its locals and stack
//!   slots found by abstract interpretation to a fixed point (or the named
//!   reason the loop is refused);
//! * [`lower`]: Cranelift IR from the bytecode and those types, with every
//!   guard branching to a cold exit block that writes the frame back;
//! * this file: the ABI, the exit table, code memory.
//!
//! The calling convention: `extern "C" fn(slots: *mut usize, ctx: *const
//! JitCtx) -> u32`. `slots` is the frame's flat slot array (`[locals | cells |
//! frees | stack]`, one value word each, 0 for an empty slot); the result is
//! an index into [`Region::exits`]. Every exit leaves the frame exactly as the
//! interpreter would have it before the exit's instruction: locals and stack
//! slots hold owned value words, the stack is `depth` deep, and the
//! interpreter resumes at `resume` as if it had run all along.

pub mod analyze;
pub mod lower;

use std::sync::atomic::{AtomicU32, AtomicU64};
use std::sync::OnceLock;

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;

/// Per-call context handed to compiled code (layout shared with the
/// generated code: `repr(C)`).
#[repr(C)]
pub struct JitCtx {
    /// This thread's eval-breaker word: polled at every back edge; any bit
    /// set makes the loop leave at that back edge so the interpreter handles
    /// it (GIL hand-off, refcount merges, the fuzzing budget).
    pub breaker: *const AtomicU32,
    /// Where an exit leaves the unboxed values the frame needs, raw
    /// ([`OUT_WORDS`] words); [`Exit::values`] says which slot each is for.
    pub out: *mut u64,
    /// This thread's id for biased reference counting: compiled code counts
    /// the objects this thread owns inline, and calls the runtime for the
    /// others.
    pub tid: usize,
    /// The running frame (its `repr(C)` head, see `krait::abi::FrameHead`):
    /// compiled code writes the offset of its current instruction at
    /// [`Abi::frame_lasti`] before a call, so the callee sees the caller's
    /// line.
    pub frame: *mut u8,
}

/// Offsets of [`JitCtx`]'s fields.
pub const CTX_BREAKER: i32 = std::mem::offset_of!(JitCtx, breaker) as i32;
pub const CTX_OUT: i32 = std::mem::offset_of!(JitCtx, out) as i32;
pub const CTX_TID: i32 = std::mem::offset_of!(JitCtx, tid) as i32;
pub const CTX_FRAME: i32 = std::mem::offset_of!(JitCtx, frame) as i32;
/// The size of the `out` buffer in words (a loop whose exits need more is
/// refused).
pub const OUT_WORDS: usize = 64;

pub use analyze::Ty;

/// What the runtime tells the compiler about object layouts, and the helpers
/// compiled code may call. Every address here is immortal (builtin types,
/// singletons) or a function.
#[derive(Clone, Copy, Debug, Default)]
pub struct Abi {
    /// Offset of the frame head's `lasti` (a usize) from the frame's address
    /// ([`JitCtx::frame`]).
    pub frame_lasti: i32,
    /// Offset of the type pointer in an object header.
    pub header_type: i32,
    /// Offset of the layout-kind byte in an object header.
    pub header_kind: i32,
    /// The kind byte of a range iterator.
    pub range_iter_kind: u8,
    /// Offsets (from the object's start) of a range iterator's next value,
    /// step and remaining count (each an i64).
    pub range_next: i32,
    pub range_step: i32,
    pub range_remaining: i32,
    /// The exact float type's address, and the offset of a float's f64.
    pub float_type: usize,
    pub float_value: i32,
    /// The words of True and False.
    pub true_word: usize,
    pub false_word: usize,
    /// `extern "C" fn(usize, *mut [u64; 2]) -> u8`: 1 and the value (low
    /// word first) if the word is an exact int that fits 128 bits.
    pub unbox_i128: usize,
    /// Offsets of a dict's keys version and version (u64 each) from the
    /// object's start: guards of the namespaces a loop's globals come from.
    pub dict_keys_version: i32,
    pub dict_version: i32,
    /// The exact list type's address.
    pub list_type: usize,
    /// Offsets of an exact list's item pointer and item count from the
    /// object's start, and the address of the runtime's object-locking flag
    /// (a byte): while it is 0 only one thread runs Python code and the
    /// items are read and written directly. `object_locking` 0: never
    /// (helpers only).
    pub list_items: i32,
    pub list_len: i32,
    pub object_locking: usize,
    /// The exact tuple type's address (0: tuples are unpacked by the
    /// helper), and the offsets of a tuple's item pointer and item count
    /// from the object's start.
    pub tuple_type: usize,
    pub tuple_items: i32,
    pub tuple_len: i32,
    /// The exact `list_iterator` type's address (0: the `next` helper
    /// only), and the offsets of a sequence iterator's sequence (a word),
    /// next index (a usize), done and reverse flags (bytes).
    pub list_iter_type: usize,
    /// The exact `tuple_iterator` type's address (0: the `next` helper
    /// only); a tuple iterator has a sequence iterator's layout.
    pub tuple_iter_type: usize,
    pub seq_iter_seq: i32,
    pub seq_iter_index: i32,
    pub seq_iter_done: i32,
    pub seq_iter_reverse: i32,
    /// The word of `list.append` (the method descriptor), and
    /// `extern "C" fn(list: usize, repr: u32, lo: u64, hi: u64)`, which
    /// appends an unboxed value (`Repr` number, raw words) to an exact list.
    pub list_append_word: usize,
    pub list_append: usize,
    /// `extern "C" fn(f64, f64) -> f64`: `x ** y` as float `**` computes it
    /// (the caller has ruled out the cases that raise or give a complex).
    pub pow: usize,
    /// The word of None.
    pub none_word: usize,
    /// Offset of the header's owner-local count (a u32; `u32::MAX` marks
    /// an immortal or deferred object, which is never counted).
    pub header_ref_local: i32,
    /// Offset of the header's owner thread id (a usize).
    pub header_tid: i32,
    /// Offset of the header's shared count (an isize).
    pub header_ref_shared: i32,
    /// The helpers for object operations.
    pub helpers: Helpers,
}

/// What a helper returns instead of a value when an iterator is exhausted
/// (0 is an error, with the exception pending for the exit).
pub const ITER_DONE: usize = 2;

/// The runtime's helpers for what compiled code does not do natively: each
/// an `extern "C"` function that never unwinds. A helper *borrows* its
/// operands (compiled code releases them after a success, and leaves them on
/// the stack for the interpreter after a failure). Object results are new
/// references; 0 is an error, the exception left pending in the runtime for
/// the error exit that follows.
#[derive(Clone, Copy, Debug, Default)]
pub struct Helpers {
    /// `fn(w)`: adds a reference (heap objects only).
    pub incref: usize,
    /// `fn(w)`: drops a reference (heap objects only).
    pub decref: usize,
    /// `fn(i64) -> w`, `fn(f64) -> w`: a new int, float.
    pub box_int: usize,
    pub box_float: usize,
    /// `fn(a, b, op: u32) -> w`: `BINARY_OP op`.
    pub binary_op: usize,
    /// `fn(a, b, op: u32, site) -> w`: `COMPARE_OP op` (`site`: the
    /// instruction's address in the live code, see [`LoopInput::sites`], or
    /// 0).
    pub compare: usize,
    /// `fn(a, b, invert: u32) -> w`: `a in b` (`not in`).
    pub contains: usize,
    /// `fn(v, op: u32) -> w`: `-v` (0), `+v` (1), `~v` (2).
    pub unary: usize,
    /// `fn(v) -> i32`: truth (0/1), -1 on error.
    pub truth: usize,
    /// `fn(c, k, site) -> w`: `c[k]` (`site` as for `compare`; 0 for a
    /// `BINARY_SUBSCR_FAST`).
    pub getitem: usize,
    /// `fn(c, k, v, site) -> i32`: `c[k] = v`; 1, or 0 on error (`site` as
    /// for `compare`).
    pub setitem: usize,
    /// `fn(seq, n, out: *mut usize) -> i32`: the `n` items of `seq`, new
    /// references, first item last (as `UNPACK_SEQUENCE` pushes them).
    pub unpack: usize,
    /// `fn(o) -> w`: `iter(o)`.
    pub get_iter: usize,
    /// `fn(it) -> w`: `next(it)`, or [`ITER_DONE`].
    pub next: usize,
    /// `fn(globals, builtins, name) -> w`: a global.
    pub load_global: usize,
    /// `fn(o, name, site) -> w`: `o.name` (`site`: the instruction's
    /// address in the live code, see [`LoopInput::sites`], or 0).
    pub getattr: usize,
    /// `fn(o, name, v, site) -> i32`: `o.name = v`; 1, or 0 on error.
    pub setattr: usize,
    /// `fn(o, name, out: *mut usize, site) -> i32`: `LOAD_METHOD`: `out`
    /// gets (method, o) or (attribute, 0), new references.
    pub load_method: usize,
    /// `fn(callable, self_or_0, args: *const usize, n, kwnames_or_0,
    /// release: u64) -> w`: `CALL n` (`CALL_KW n`: the last arguments are
    /// keywords, named by the tuple). `release` names the references the
    /// caller hands over, by item (`[callable, self, args...]`, first 32):
    /// low half, released after a success (on an error they stay the
    /// caller's); high half, released in any case.
    pub call: usize,
    /// `fn(kind, items: *const usize, n) -> w`: a tuple (0) or list (1).
    pub build: usize,
    /// `fn(list, i: i64) -> w`: `list[i]` of an exact list.
    pub list_get: usize,
    /// `fn(list, i: i64, v) -> i32`: `list[i] = v` of an exact list.
    pub list_set: usize,
    /// `fn(opcode: u32, arg: u32, items: *const usize, n) -> w`: a less
    /// common instruction that makes a value (slices, f-strings, dicts,
    /// sets, `LOAD_DEREF` given the cell), from its stack items.
    pub op: usize,
    /// The same for one that makes none (`STORE_SLICE`, `STORE_DEREF`,
    /// `LIST_APPEND`, `SET_ADD`, `MAP_ADD`, `DELETE_SUBSCR`): 1, or 0.
    pub op_status: usize,
    /// `fn(slots, pairs: *const u64, n)`: before a call, boxes unboxed
    /// locals into their frame slots; each pair is `slot << 8 | code`
    /// ([`Repr::code`]: int, float or bool) and the raw value.
    pub sync_locals: usize,
}

/// A value a code constant stands for, as far as compiled code cares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
    /// Any other constant: its word (constants are immortal).
    Obj(usize),
    Other,
}

/// A builtin whose semantics compiled code knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Range,
    Int,
}

/// What a name of the code stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Name {
    /// As a global: this builtin (not shadowed by a global), at this word
    /// (immortal).
    Builtin(Builtin, usize),
    /// As a method name: `append`.
    Append,
    /// As a global: this immortal or deferred object, while neither the
    /// globals' nor the builtins' version changed (else the interpreter's
    /// lookup).
    Value(usize),
    Other,
}

/// The globals and builtins dicts (deferred: never freed) with the globals'
/// keys version and the builtins' version seen when the loop was compiled.
#[derive(Clone, Copy, Debug)]
pub struct Namespaces {
    pub globals: usize,
    pub globals_keys_version: u64,
    /// The globals' version (any rebinding changes it).
    pub globals_version: u64,
    pub builtins: usize,
    pub builtins_version: u64,
}

/// How a value an exit leaves is put into its frame slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// An unboxed value in `out` (one word; two for an i128).
    Unboxed(Ty),
    /// An immortal object's word, in `out`.
    Word,
    /// A new `range(start, stop, step)`: three words in `out`.
    Range,
    /// A new range iterator (next, stop, step, remaining): four words.
    RangeIter,
    /// A new reference to what the given slot (a local) holds: no words.
    CopyOf(u32),
    /// A reference compiled code owns, moved into the slot: one word.
    Owned,
}

impl Repr {
    /// Words of `out` it takes.
    pub fn words(self) -> usize {
        match self {
            Repr::Unboxed(Ty::I128) => 2,
            Repr::Unboxed(_) | Repr::Word | Repr::Owned => 1,
            Repr::Range => 3,
            Repr::RangeIter => 4,
            Repr::CopyOf(_) => 0,
        }
    }

    /// Its number (for the `list_append` helper).
    pub fn code(self) -> u32 {
        match self {
            Repr::Unboxed(Ty::Int) => 0,
            Repr::Unboxed(Ty::I128) => 1,
            Repr::Unboxed(Ty::Float) => 2,
            Repr::Unboxed(Ty::Bool) => 3,
            Repr::Unboxed(Ty::List | Ty::Obj) | Repr::CopyOf(_) | Repr::Owned => 4,
            Repr::Word => 5,
            Repr::Range => 6,
            Repr::RangeIter => 7,
        }
    }
}

/// What a local or stack slot held when the loop got hot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    Unbound,
    /// A small int (the word's tag bit set).
    SmallInt,
    /// An exact int outside the small range that fits 128 bits (an
    /// accumulator that outgrew 64 bits: kept in an i128).
    BigInt,
    /// An exact float.
    Float,
    Bool,
    /// A range iterator (on the stack under a `for` loop).
    RangeIter,
    /// An exact list.
    List,
    Other,
}

/// One loop, as the runtime describes it.
pub struct LoopInput<'a> {
    /// The code units as compiled (generic instructions and their caches).
    pub code: &'a [u32],
    /// Offset of the loop header (the back edge's target).
    pub header: u32,
    /// Offset of the back edge (`JUMP_BACKWARD`).
    pub back_edge: u32,
    /// Fast locals (the first slots).
    pub nlocals: u32,
    /// Index of the first value-stack slot.
    pub stack_base: u32,
    pub consts: &'a [Const],
    /// What each of the code's names stands for where the loop reads it as
    /// a global (`co_names` order).
    pub names: &'a [Name],
    /// The namespaces the loop's globals come from and their versions, when
    /// some name resolves to a known builtin: compiled code checks them at
    /// entry and at every back edge of the loop.
    pub namespaces: Option<Namespaces>,
    /// What each local held (`nlocals` entries).
    pub locals: &'a [Seen],
    /// What each stack slot held at the header, bottom first.
    pub stack: &'a [Seen],
    /// The opcode byte the adaptive interpreter has at each code offset
    /// (its specialized forms are the loop's type feedback), 0 where none.
    pub forms: &'a [u8],
    /// The address of the running code's live quickened units (one `u32`
    /// per code unit, at the offsets of `code`), or 0: helpers for
    /// attributes are passed their instruction's address there, to use the
    /// adaptive interpreter's inline cache (and re-specialize it) as its
    /// arms do. The units live as long as the code, which the running
    /// frame holds while compiled code runs.
    pub sites: usize,
    /// Offsets whose type feedback made an earlier compile of this loop
    /// keep deopting there: compiled without feedback (the helpers).
    pub distrust: &'a [u32],
    /// The words of the code's names (interned strs: immortal).
    pub name_words: &'a [usize],
    /// Test setting: every guard inside the loop (and every back edge's
    /// poll) fails the first time it is reached, so every exit path runs.
    pub fail_once: bool,
    /// Refuse a loop that would mostly call helpers
    /// ([`Refusal::Unprofitable`]); off in the test settings, which compile
    /// every loop they can.
    pub profitable_only: bool,
}

/// Why an exit was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExitKind {
    /// A local or stack slot did not hold the type the loop was compiled for
    /// (at entry; nothing was done).
    EntryGuard,
    /// An operation the compiled code does not finish (int overflow, a zero
    /// divisor, an int too large to compare with a float): the interpreter
    /// runs it.
    Deopt,
    /// Control left the loop (its end, `break`, a path back to code the
    /// loop does not compile).
    Leave,
    /// The eval breaker asked for the interpreter at a back edge.
    Breaker,
    /// A helper raised: the exception is pending, raised at `resume` as if
    /// by the interpreter's instruction there.
    Error,
}

impl ExitKind {
    pub const ALL: [ExitKind; 5] = [
        ExitKind::EntryGuard,
        ExitKind::Deopt,
        ExitKind::Leave,
        ExitKind::Breaker,
        ExitKind::Error,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExitKind::EntryGuard => "entry guard",
            ExitKind::Deopt => "deopt",
            ExitKind::Leave => "leave",
            ExitKind::Breaker => "breaker",
            ExitKind::Error => "error",
        }
    }
}

/// One row of the exit table.
#[derive(Debug)]
pub struct Exit {
    pub kind: ExitKind,
    /// Offset of the instruction the interpreter resumes at.
    pub resume: u32,
    /// Stack depth (above the stack base) the exit leaves.
    pub depth: u32,
    /// The values left in `JitCtx::out`, in order: the frame slot each is
    /// for and how it is made ([`Repr::words`] words each; ints and bools
    /// as i64, floats as f64, i128 low word first). The runtime boxes them
    /// into those slots.
    pub values: Vec<(u32, Repr)>,
    /// Times taken (kept by the runtime).
    pub taken: AtomicU64,
}

/// Why a loop is not compiled (kept interpreted; `-X stats` counts these).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// An instruction the compiler does not handle, on a path that stays in
    /// the loop.
    Opcode(specializer::Opcode),
    /// An operator on types the compiler does not handle.
    Operands,
    /// A local or stack slot whose type the compiler does not unbox.
    SlotType,
    /// A local or stack slot whose type differs between paths.
    TypeConflict,
    /// The loop's shape (a jump into the middle of a superinstruction's
    /// pair, stack depths differing between paths, a stack item used that
    /// the loop did not push).
    Shape,
    /// Cranelift rejected the function (a bug: counted, never shown).
    Codegen,
    /// The loop would mostly call helpers for what the adaptive
    /// interpreter does with its specialized forms (attributes, calls,
    /// generic operators), with too little done natively to gain.
    Unprofitable,
}

impl Refusal {
    pub fn describe(&self) -> String {
        match self {
            Refusal::Opcode(op) => format!("opcode {}", op.name()),
            Refusal::Operands => "operand types".into(),
            Refusal::SlotType => "slot type".into(),
            Refusal::TypeConflict => "type conflict".into(),
            Refusal::Shape => "loop shape".into(),
            Refusal::Codegen => "codegen error".into(),
            Refusal::Unprofitable => "mostly helper calls".into(),
        }
    }
}

/// The signature of compiled code.
pub type EntryFn = unsafe extern "C" fn(slots: *mut usize, ctx: *const JitCtx) -> u32;

/// A compiled loop. Its code is never freed (regions are leaked, capped by
/// the runtime): a thread may be inside it at any time.
pub struct Region {
    entry: EntryFn,
    pub exits: Vec<Exit>,
    /// Machine-code bytes.
    pub code_size: usize,
    /// Start of the machine code (for `-X perf`).
    pub code_addr: usize,
    pub header: u32,
    pub back_edge: u32,
    /// Times entered (kept by the runtime when counting).
    pub entries: AtomicU64,
    /// Kept alive (never freed) so the code stays mapped.
    _module: std::mem::ManuallyDrop<JITModule>,
    /// With `fail_once`: one flag per exit, set once it has been taken
    /// (compiled code reads and writes it).
    _failed: Box<[std::sync::atomic::AtomicU8]>,
}

// SAFETY: the module's code is immutable once finalized and shared
// read-only; the rest is plain data and atomics.
unsafe impl Send for Region {}
unsafe impl Sync for Region {}

impl Region {
    /// Runs the loop from its header.
    ///
    /// # Safety
    /// `slots` is the running frame's slot array, at the loop header with
    /// the stack `LoopInput::stack.len()` deep, for the code this region was
    /// compiled from; `ctx.breaker` is this thread's breaker word and
    /// `ctx.out` has room for [`OUT_WORDS`] words; `ctx.frame` is the
    /// running frame, whose head has a usize at [`Abi::frame_lasti`]. The
    /// compiled code reads and writes only those slots (and objects they
    /// hold, as the types guarded at entry allow), calls only the `Abi`'s
    /// helpers, and never unwinds.
    #[inline(always)]
    pub unsafe fn enter(&self, slots: *mut usize, ctx: &JitCtx) -> &Exit {
        // SAFETY: forwarded (the caller's contract).
        let k = unsafe { (self.entry)(slots, ctx) };
        &self.exits[k as usize]
    }
}

fn isa() -> Option<OwnedTargetIsa> {
    static ISA: OnceLock<Option<OwnedTargetIsa>> = OnceLock::new();
    ISA.get_or_init(|| {
        let mut fb = settings::builder();
        fb.set("opt_level", "speed").ok()?;
        fb.set("use_colocated_libcalls", "false").ok()?;
        fb.set("is_pic", "false").ok()?;
        // Cranelift settings to try, for measuring (benches/README.md):
        // KRAIT_JIT_FLAGS="regalloc_algorithm=single_pass,opt_level=none";
        // a name or value Cranelift does not know is ignored
        if let Some(flags) = std::env::var_os("KRAIT_JIT_FLAGS") {
            for kv in flags.to_string_lossy().split(',') {
                if let Some((k, v)) = kv.split_once('=') {
                    let _ = fb.set(k.trim(), v.trim());
                }
            }
        }
        // Cranelift's IR verifier: on in debug builds, and in any build with
        // KRAIT_JIT_VERIFY set (a failure refuses the loop as a codegen error)
        let verify = cfg!(debug_assertions) || std::env::var_os("KRAIT_JIT_VERIFY").is_some();
        fb.set("enable_verifier", if verify { "true" } else { "false" })
            .ok()?;
        let b = cranelift_native::builder().ok()?;
        b.finish(settings::Flags::new(fb)).ok()
    })
    .clone()
}

/// Whether this machine can run compiled code at all.
pub fn available() -> bool {
    isa().is_some()
}

/// Makes the ISA and compiles (never runs) a small loop, so that the first
/// real compile finds the compiler's code and data in memory: the first
/// compile in a process costs about 0.6 ms more than the next ones, mostly
/// page faults on the compiler's code. The loop's code (one page) is kept.
pub fn warm_up() {
    use specializer::{encode, BinOp, CmpOp, Opcode};
    if !available() {
        return;
    }
    // while i < n: i += 1
    let mut code = Vec::new();
    let mut emit = |op: Opcode, arg: u32| {
        let at = code.len() as u32;
        code.push(encode(op, arg));
        code.extend(std::iter::repeat_n(0, op.cache_units()));
        at
    };
    emit(Opcode::LOAD_FAST, 0);
    emit(Opcode::LOAD_FAST, 1);
    emit(Opcode::COMPARE_OP, CmpOp::Lt as u32);
    let jump_out = emit(Opcode::POP_JUMP_IF_FALSE, 0);
    emit(Opcode::LOAD_FAST, 0);
    emit(Opcode::LOAD_CONST, 0);
    emit(Opcode::BINARY_OP, BinOp::InplaceAdd as u32);
    emit(Opcode::STORE_FAST, 0);
    let back = emit(Opcode::JUMP_BACKWARD, 0);
    let end = emit(Opcode::RETURN_VALUE, 0);
    code[jump_out as usize] = encode(Opcode::POP_JUMP_IF_FALSE, end);
    // (no helper or layout is used: the loop only adds small ints)
    let abi = Abi::default();
    let input = LoopInput {
        code: &code,
        header: 0,
        back_edge: back,
        nlocals: 2,
        stack_base: 2,
        consts: &[Const::Int(1)],
        names: &[],
        namespaces: None,
        locals: &[Seen::SmallInt, Seen::SmallInt],
        stack: &[],
        forms: &[],
        name_words: &[],
        sites: 0,
        distrust: &[],
        fail_once: false,
        profitable_only: false,
    };
    let _ = compile(&input, &abi, false);
}

/// The result of compiling one loop.
pub struct Compiled {
    pub region: Box<Region>,
    /// The Cranelift IR, when asked for (tests, debugging).
    pub clif: Option<String>,
}

/// Compiles one loop, or says why not.
pub fn compile(input: &LoopInput, abi: &Abi, want_clif: bool) -> Result<Compiled, Refusal> {
    let plan = analyze::analyze(input)?;
    let isa = isa().ok_or(Refusal::Codegen)?;
    // the compiler's contexts, kept from one compile to the next on this
    // thread: their tables are allocated and grown once, not per region
    thread_local! {
        static CONTEXTS: std::cell::RefCell<Option<Box<(Context, FunctionBuilderContext)>>> =
            const { std::cell::RefCell::new(None) };
    }
    let mut contexts = CONTEXTS
        .with(|c| c.borrow_mut().take())
        .unwrap_or_else(|| Box::new((Context::new(), FunctionBuilderContext::new())));
    let r = compile_with(input, abi, want_clif, &plan, isa, &mut contexts);
    contexts.0.clear();
    if r.is_err() {
        // (a lowering that stopped part way leaves its builder state)
        contexts.1 = FunctionBuilderContext::new();
    }
    CONTEXTS.with(|c| *c.borrow_mut() = Some(contexts));
    r
}

fn compile_with(
    input: &LoopInput,
    abi: &Abi,
    want_clif: bool,
    plan: &analyze::Plan,
    isa: OwnedTargetIsa,
    contexts: &mut (Context, FunctionBuilderContext),
) -> Result<Compiled, Refusal> {
    let (ctx, fctx) = contexts;
    let builder = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
    let mut module = JITModule::new(builder);
    ctx.clear();
    ctx.func.signature = lower::signature(&module);
    // a flag per exit for `fail_once` (sized generously: a loop's exits are
    // counted as it is lowered; one with more is refused)
    let failed: Box<[std::sync::atomic::AtomicU8]> =
        (0..if input.fail_once { lower::MAX_EXITS } else { 0 })
            .map(|_| std::sync::atomic::AtomicU8::new(0))
            .collect();
    let table = input.fail_once.then_some(failed.as_ptr() as usize);
    let exits = lower::lower(
        input,
        plan,
        abi,
        &mut ctx.func,
        isa.frontend_config(),
        table,
        fctx,
    )?;
    let mut clif = want_clif.then(|| ctx.func.display().to_string());
    ctx.set_disasm(want_clif);
    let id = module
        .declare_function(
            "loop",
            cranelift_module::Linkage::Local,
            &ctx.func.signature,
        )
        .map_err(|_| Refusal::Codegen)?;
    module
        .define_function(id, ctx)
        .map_err(|_| Refusal::Codegen)?;
    let code_size = ctx
        .compiled_code()
        .map(|c| c.code_buffer().len())
        .unwrap_or(0);
    if let (Some(text), Some(asm)) = (
        clif.as_mut(),
        ctx.compiled_code().and_then(|c| c.vcode.as_ref()),
    ) {
        text.push_str("\n; machine code\n");
        text.push_str(asm);
    }
    module.clear_context(ctx);
    module
        .finalize_definitions()
        .map_err(|_| Refusal::Codegen)?;
    let ptr = module.get_finalized_function(id);
    // SAFETY: the function was declared with `lower::signature`, which is
    // `EntryFn`'s (two pointer-sized arguments, a 32-bit result, the
    // platform's C convention).
    let entry: EntryFn = unsafe { std::mem::transmute::<*const u8, EntryFn>(ptr) };
    Ok(Compiled {
        region: Box::new(Region {
            entry,
            exits: exits
                .into_iter()
                .map(|(kind, resume, depth, values)| Exit {
                    kind,
                    resume,
                    depth,
                    values,
                    taken: AtomicU64::new(0),
                })
                .collect(),
            code_size,
            code_addr: ptr as usize,
            header: input.header,
            back_edge: input.back_edge,
            entries: AtomicU64::new(0),
            _module: std::mem::ManuallyDrop::new(module),
            _failed: failed,
        }),
        clif,
    })
}
