//! Cranelift IR for one loop.
//!
//! Locals the loop refers to live unboxed in Cranelift `Variable`s (ints as
//! i64, floats as f64, bools as i8), loaded and type-guarded once at entry;
//! the range iterators under `for` loops are virtual (their next value,
//! remaining count and step in variables). Stack temporaries are SSA values
//! (block parameters where they cross blocks). Nothing is boxed or counted
//! inside the loop.
//!
//! Every point that can leave (a guard, the end of the loop, a jump out, a
//! back edge whose breaker poll fires) branches to its own cold block that
//! writes the frame back as the interpreter would have it before the
//! instruction it resumes at, then returns the exit's index. An exit happens
//! before its instruction has had any effect, so the interpreter simply runs
//! that instruction.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, Value,
};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use specializer::{BinOp, CmpOp, Opcode};

use crate::analyze::{Insn, Plan, Ty};
use crate::{
    Abi, Builtin, Const, ExitKind, LoopInput, Name, Refusal, Repr, Seen, CTX_BREAKER, CTX_FRAME,
    CTX_OUT, CTX_TID, OUT_WORDS,
};

/// `fn(slots, ctx) -> u32`.
pub fn signature(m: &impl Module) -> Signature {
    let mut s = m.make_signature();
    s.params.push(AbiParam::new(types::I64));
    s.params.push(AbiParam::new(types::I64));
    s.returns.push(AbiParam::new(types::I32));
    s
}

/// A value on the symbolic stack.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SV {
    Int(Value),
    I128(Value),
    Float(Value),
    Bool(Value),
    /// An item under the loop's own pushes, left in its frame slot.
    Mem,
    /// An immortal object: a known builtin, None, `list.append`.
    Word(u64),
    /// The empty slot of the calling convention (no `self`).
    Null,
    /// `range(start, stop)` (step 1), not made (only `GET_ITER` takes it).
    Range(Value, Value),
    /// A range iterator the loop made (`GET_ITER` at this offset), virtual:
    /// its state is in variables.
    Iter(u32),
    /// A borrowed load of a boxed local (in its frame slot): valid until
    /// the local is stored to (a store first turns these into owned
    /// references).
    Local(u32),
    /// A reference compiled code owns (released when consumed; moved into
    /// its stack slot at an exit). Possibly 0 where the stack may hold the
    /// empty slot (`LOAD_METHOD`'s second item).
    Obj(Value),
}

impl SV {
    fn ty(self) -> Option<Ty> {
        match self {
            SV::Int(_) => Some(Ty::Int),
            SV::I128(_) => Some(Ty::I128),
            SV::Float(_) => Some(Ty::Float),
            SV::Bool(_) => Some(Ty::Bool),
            SV::Obj(_) => Some(Ty::Obj),
            _ => None,
        }
    }
    fn val(self) -> Option<Value> {
        match self {
            SV::Int(v) | SV::I128(v) | SV::Float(v) | SV::Bool(v) | SV::Obj(v) => Some(v),
            _ => None,
        }
    }
    fn with(ty: Ty, v: Value) -> SV {
        match ty {
            Ty::Int => SV::Int(v),
            Ty::I128 => SV::I128(v),
            Ty::Float => SV::Float(v),
            Ty::Bool => SV::Bool(v),
            Ty::Obj => SV::Obj(v),
            Ty::List => unreachable!("list locals are not unboxed"),
        }
    }

    /// Whether this is a boxed value (an object's word can be had without
    /// allocating).
    fn boxed(self) -> bool {
        matches!(self, SV::Obj(_) | SV::Local(_) | SV::Word(_))
    }
}

/// A stack item at a block's entry: a value passed as a block parameter,
/// or an item every edge must agree on (`Mem`, `Word`, `Null`, `Iter`,
/// `Local`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    Val(Ty),
    Fixed(SV),
}

fn clif_ty(t: Ty) -> ir::Type {
    match t {
        Ty::Int => types::I64,
        Ty::I128 => types::I128,
        Ty::Float => types::F64,
        Ty::Bool => types::I8,
        Ty::List | Ty::Obj => types::I64,
    }
}

/// A virtual range iterator: the stack slot it lives in, its state.
struct Iter {
    slot: usize,
    next: Variable,
    remaining: Variable,
    step: Variable,
}

/// A range iterator made inside the loop: next, remaining, stop (step 1).
struct MadeIter {
    next: Variable,
    remaining: Variable,
    stop: Variable,
}

/// The sequences whose iterators compiled code advances in place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
}

/// What an entry guard checks of an object: its exact type (an address) or
/// its layout kind.
#[derive(Clone, Copy)]
enum ObjCheck {
    Type(usize),
    Kind(u8),
}

/// Why an instruction was not lowered: on a cold path it becomes an exit,
/// on the hot path it refuses the loop.
struct Unsupported(Refusal);

type Step<T> = Result<T, Unsupported>;

/// The stack items a helper takes, and their words with whether each is a
/// temporary to release ([`Lower::items`]).
type Items = (Vec<SV>, Vec<(Value, bool)>);

fn unsupported<T>(r: Refusal) -> Step<T> {
    Err(Unsupported(r))
}

struct Lower<'a, 'f> {
    b: FunctionBuilder<'f>,
    input: &'a LoopInput<'a>,
    plan: &'a Plan,
    abi: &'a Abi,
    slots: Value,
    breaker: Value,
    /// This thread's id (biased counting).
    tid: Value,
    /// The running frame (its head: `lasti` at `Abi::frame_lasti`).
    frame: Value,
    locals: Vec<Option<(Ty, Variable)>>,
    /// Virtual iterators by stack index.
    iters: HashMap<usize, Iter>,
    /// Virtual iterators the loop makes, by the offset of their `GET_ITER`.
    made_iters: HashMap<u32, MadeIter>,
    /// Blocks by start offset, with the shape of their entry stack above
    /// the loop's base (fixed by the first edge seen).
    blocks: HashMap<u32, (Block, Option<Vec<Shape>>)>,
    /// Whether the loop reads globals (its namespaces are then guarded at
    /// entry and at its back edge).
    uses_globals: bool,
    pow_sig: Option<ir::SigRef>,
    append_sig: Option<ir::SigRef>,
    exits: Vec<(ExitKind, u32, u32)>,
    /// What each exit leaves in `out` (filled when its code is emitted).
    exit_values: Vec<Vec<(u32, Repr)>>,
    /// The context's `out` buffer.
    out: Value,
    stack: Vec<SV>,
    /// Exits whose code is still to emit: block, index, stack.
    pending: Vec<(Block, u32, Vec<SV>)>,
    /// Blocks lowered so far (by start offset).
    done: std::collections::HashSet<u32>,
    unbox_sig: Option<ir::SigRef>,
    /// 16 bytes of the native frame for `unbox_i128`'s result.
    scratch: Option<ir::StackSlot>,
    /// `fail_once`: the exits' flags.
    fail_table: Option<usize>,
    /// Helper signatures by (parameters, result).
    sigs: HashMap<(Vec<ir::Type>, Option<ir::Type>), ir::SigRef>,
    /// Boxed locals that were unbound when the loop was compiled (their
    /// loads check).
    maybe_unbound: Vec<bool>,
    /// Calls of helpers that do what a specialized form of the adaptive
    /// interpreter does about as fast (attributes, calls, generic
    /// operators), and operations done natively (unboxed arithmetic and
    /// comparisons, range loops): the profitability test.
    costly: u32,
    native: u32,
}

/// One row of the exit table as lowered: kind, resume offset, stack depth,
/// and the values left in `out` (the slot each goes to, and its type).
pub type ExitRow = (ExitKind, u32, u32, Vec<(u32, Repr)>);

/// Exits a loop may have under `fail_once` (the size of its flag table).
pub const MAX_EXITS: usize = 4096;

/// Lowers the loop into `func`; returns the exit table. `fail_table`: the
/// address of one byte per exit when every guard is to fail once.
pub fn lower(
    input: &LoopInput,
    plan: &Plan,
    abi: &Abi,
    func: &mut ir::Function,
    config: TargetFrontendConfig,
    fail_table: Option<usize>,
    fctx: &mut FunctionBuilderContext,
) -> Result<Vec<ExitRow>, Refusal> {
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let slots = b.block_params(entry)[0];
    let ctx = b.block_params(entry)[1];
    let breaker = b
        .ins()
        .load(types::I64, MemFlagsData::trusted(), ctx, CTX_BREAKER);
    let out = b
        .ins()
        .load(types::I64, MemFlagsData::trusted(), ctx, CTX_OUT);
    let tid = b
        .ins()
        .load(types::I64, MemFlagsData::trusted(), ctx, CTX_TID);
    let frame = b
        .ins()
        .load(types::I64, MemFlagsData::trusted(), ctx, CTX_FRAME);
    let mut l = Lower {
        b,
        input,
        plan,
        abi,
        slots,
        breaker,
        tid,
        frame,
        locals: vec![None; input.nlocals as usize],
        iters: HashMap::new(),
        made_iters: HashMap::new(),
        blocks: HashMap::new(),
        uses_globals: false,
        pow_sig: None,
        append_sig: None,
        exits: Vec::new(),
        exit_values: Vec::new(),
        out,
        stack: Vec::new(),
        pending: Vec::new(),
        done: Default::default(),
        unbox_sig: None,
        scratch: None,
        fail_table,
        sigs: HashMap::new(),
        maybe_unbound: input
            .locals
            .iter()
            .zip(&plan.deleted)
            .map(|(s, d)| *s == Seen::Unbound || *d)
            .collect(),
        costly: 0,
        native: 0,
    };
    l.entry()?;
    l.body()?;
    if input.profitable_only && l.costly > 0 && l.native < 2 * l.costly {
        return Err(Refusal::Unprofitable);
    }
    if l.fail_table.is_some() && l.exits.len() > MAX_EXITS {
        return Err(Refusal::Shape);
    }
    // every block an edge reached must have been lowered
    if l.blocks.keys().any(|o| !l.done.contains(o)) {
        return Err(Refusal::Shape);
    }
    l.flush_exits();
    l.b.seal_all_blocks();
    l.b.finalize(config);
    let words = |v: &Vec<(u32, Repr)>| v.iter().map(|(_, r)| r.words()).sum::<usize>();
    if l.exit_values.iter().any(|v| words(v) > OUT_WORDS) {
        return Err(Refusal::Shape);
    }
    Ok(l.exits
        .into_iter()
        .zip(l.exit_values)
        .map(|((k, r, d), v)| (k, r, d, v))
        .collect())
}

impl<'a, 'f> Lower<'a, 'f> {
    fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I64, v)
    }

    fn slot_addr(&self, i: usize) -> i32 {
        (i * 8) as i32
    }

    fn load_slot(&mut self, i: usize) -> Value {
        let off = self.slot_addr(i);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), self.slots, off)
    }

    /// Continues in a new block when `ok` holds, else takes `exit`.
    fn guard(&mut self, ok: Value, exit: Block) {
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], exit, &[]);
        self.b.switch_to_block(cont);
    }

    /// The entry: loads and guards every local and iterator the loop uses,
    /// then jumps to the header.
    fn entry(&mut self) -> Result<(), Refusal> {
        let input = self.input;
        let depth = input.stack.len() as u32;
        self.exits.push((ExitKind::EntryGuard, input.header, depth));
        self.exit_values.push(Vec::new());
        let fail = self.b.create_block();
        self.b.set_cold_block(fail);
        for (i, ty) in self.plan.locals.clone().into_iter().enumerate() {
            let Some(ty) = ty else { continue };
            if ty == Ty::Obj {
                // any object; bound, if it was when the loop was compiled
                if !self.maybe_unbound.get(i).copied().unwrap_or(true) {
                    let w = self.load_slot(i);
                    let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
                    self.guard(ok, fail);
                }
                let var = self.b.declare_var(types::I64);
                self.locals[i] = Some((ty, var));
                continue;
            }
            let w = self.load_slot(i);
            let v = self.unbox_guarded(w, ty, fail);
            let var = self.b.declare_var(clif_ty(ty));
            self.b.def_var(var, v);
            self.locals[i] = Some((ty, var));
        }
        // the iterator of the loop's own `for`: the top item at the header.
        // Only that one is virtual: the items under it may be the same
        // object (`for a in it: for b in it:`), and two virtual copies of
        // one iterator would each write their own state back
        let base = input.stack_base as usize;
        let top = input.stack.len().checked_sub(1);
        for (k, seen) in input.stack.iter().enumerate() {
            if *seen != Seen::RangeIter || Some(k) != top {
                continue;
            }
            let w = self.load_slot(base + k);
            self.guard_object(w, ObjCheck::Kind(self.abi.range_iter_kind), fail);
            let var = |l: &mut Self, off: i32| {
                let v = l.b.ins().load(types::I64, MemFlagsData::trusted(), w, off);
                let var = l.b.declare_var(types::I64);
                l.b.def_var(var, v);
                var
            };
            let next = var(self, self.abi.range_next);
            let remaining = var(self, self.abi.range_remaining);
            let step = var(self, self.abi.range_step);
            self.iters.insert(
                k,
                Iter {
                    slot: base + k,
                    next,
                    remaining,
                    step,
                },
            );
        }
        // the namespaces of the builtins the loop reads
        self.uses_globals = self.plan.insns.iter().any(|i| {
            i.op == Opcode::LOAD_GLOBAL
                && matches!(
                    input.names.get((i.arg >> 1) as usize),
                    Some(Name::Builtin(..))
                )
        });
        if self.uses_globals {
            let ok = self.namespaces_unchanged().ok_or(Refusal::SlotType)?;
            self.guard(ok, fail);
        }
        self.stack = vec![SV::Mem; input.stack.len()];
        let header = self.block_for(input.header, &[])?;
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(fail);
        let r = self.b.ins().iconst(types::I32, 0);
        self.b.ins().return_(&[r]);
        Ok(())
    }

    /// Whether the globals' keys and the builtins are as when the loop was
    /// compiled (an i8), or `None` if the runtime gave no namespaces.
    fn namespaces_unchanged(&mut self) -> Option<Value> {
        let ns = self.input.namespaces?;
        let g = self.iconst(ns.globals as i64);
        let gk = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            g,
            self.abi.dict_keys_version,
        );
        let ok1 = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, gk, ns.globals_keys_version as i64);
        let bd = self.iconst(ns.builtins as i64);
        let bv = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            bd,
            self.abi.dict_version,
        );
        let ok2 = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, bv, ns.builtins_version as i64);
        Some(self.b.ins().band(ok1, ok2))
    }

    /// Continues only if word `w` points at an object (not empty, not a
    /// small int) of the exact type, or the layout kind, `check` names;
    /// else `fail`. The object is only read once both tests passed.
    fn guard_object(&mut self, w: Value, check: ObjCheck, fail: Block) {
        let ok = self.is_object(w);
        self.guard(ok, fail);
        let trusted = MemFlagsData::trusted();
        let ok = match check {
            ObjCheck::Type(ty) => {
                let t = self
                    .b
                    .ins()
                    .load(types::I64, trusted, w, self.abi.header_type);
                self.b.ins().icmp_imm_s(IntCC::Equal, t, ty as i64)
            }
            ObjCheck::Kind(kind) => {
                let k = self
                    .b
                    .ins()
                    .uload8(types::I32, trusted, w, self.abi.header_kind);
                self.b.ins().icmp_imm_s(IntCC::Equal, k, kind as i64)
            }
        };
        self.guard(ok, fail);
    }

    /// Whether word `w` points at an object (not 0, not a tagged small int).
    fn is_object(&mut self, w: Value) -> Value {
        let tag = self.b.ins().band_imm_s(w, 1);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
        let untagged = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        self.b.ins().band(nonzero, untagged)
    }

    /// The unboxed value of word `w`, which must hold a `ty` (else `fail`).
    fn unbox_guarded(&mut self, w: Value, ty: Ty, fail: Block) -> Value {
        match ty {
            Ty::Obj => w,
            Ty::List => {
                self.guard_object(w, ObjCheck::Type(self.abi.list_type), fail);
                w
            }
            Ty::I128 => {
                let unbox = self.unbox_i128_sig();
                let slot = *self.scratch.get_or_insert_with(|| {
                    self.b.create_sized_stack_slot(ir::StackSlotData::new(
                        ir::StackSlotKind::ExplicitSlot,
                        16,
                        3,
                    ))
                });
                let addr = self.b.ins().stack_addr(types::I64, slot, 0);
                let f = self.iconst(self.abi.unbox_i128 as i64);
                let call = self.b.ins().call_indirect(unbox, f, &[w, addr]);
                let ok = self.b.inst_results(call)[0];
                self.guard(ok, fail);
                let lo = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
                let hi = self.b.ins().stack_load(types::I64, types::I64, slot, 8);
                self.b.ins().iconcat(lo, hi)
            }
            Ty::Int => {
                let tag = self.b.ins().band_imm_s(w, 1);
                self.guard(tag, fail);
                self.b.ins().sshr_imm_s(w, 1)
            }
            Ty::Float => {
                self.guard_object(w, ObjCheck::Type(self.abi.float_type), fail);
                self.b
                    .ins()
                    .load(types::F64, MemFlagsData::trusted(), w, self.abi.float_value)
            }
            Ty::Bool => {
                let is_t = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, w, self.abi.true_word as i64);
                let is_f = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, w, self.abi.false_word as i64);
                let ok = self.b.ins().bor(is_t, is_f);
                self.guard(ok, fail);
                is_t
            }
        }
    }

    /// The block starting at `off`, whose entry stack (above the base) has
    /// the types of `tys`; a block first seen gets one parameter per item.
    fn block_for(&mut self, off: u32, shape: &[Shape]) -> Result<Block, Refusal> {
        if let Some((blk, known)) = self.blocks.get(&off) {
            if known.as_deref() != Some(shape) {
                return Err(Refusal::TypeConflict);
            }
            return Ok(*blk);
        }
        let blk = self.b.create_block();
        for sh in shape {
            if let Shape::Val(t) = sh {
                self.b.append_block_param(blk, clif_ty(*t));
            }
        }
        self.blocks.insert(off, (blk, Some(shape.to_vec())));
        Ok(blk)
    }

    /// The shape and values of the stack above the base.
    fn pushed(&self) -> Result<(Vec<Shape>, Vec<BlockArg>), Refusal> {
        let base = self.input.stack.len();
        let mut shape = Vec::new();
        let mut vals = Vec::new();
        // an edge inside the loop with items of the loop's base popped (a
        // `for` whose end jumps back into the loop): not a loop shape the
        // compiler handles
        let Some(above) = self.stack.get(base..) else {
            return Err(Refusal::Shape);
        };
        for sv in above {
            match (sv.ty(), sv.val(), sv) {
                (Some(t), Some(v), _) => {
                    shape.push(Shape::Val(t));
                    vals.push(BlockArg::Value(v));
                }
                (_, _, SV::Range(..)) => return Err(Refusal::Shape),
                (_, _, other) => shape.push(Shape::Fixed(*other)),
            }
        }
        Ok((shape, vals))
    }

    /// Emits a jump to `target` with the current stack, as an edge of the
    /// loop's CFG or (outside the loop) an exit.
    fn edge_to(&mut self, target: u32) -> Result<(Block, Vec<BlockArg>), Refusal> {
        if target >= self.input.header && target <= self.input.back_edge {
            let (tys, vals) = self.pushed()?;
            let blk = self.block_for(target, &tys)?;
            Ok((blk, vals))
        } else {
            let blk = self.exit_block(ExitKind::Leave, target);
            Ok((blk, vec![]))
        }
    }

    /// A cold block that writes the frame back (locals, iterators and the
    /// current stack) and returns a new exit resuming at `resume`. Its code
    /// is emitted at the end ([`Lower::flush_exits`]), once every block is
    /// filled: the values it reads dominate it, and it has one predecessor,
    /// so the variables resolve to their values where it branches from.
    fn exit_block(&mut self, kind: ExitKind, resume: u32) -> Block {
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        let idx = self.exits.len() as u32;
        self.exits.push((kind, resume, self.stack.len() as u32));
        self.exit_values.push(Vec::new());
        self.pending.push((blk, idx, self.stack.clone()));
        blk
    }

    fn flush_exits(&mut self) {
        // (an exit can be made while another is emitted: none is today)
        while let Some((blk, idx, stack)) = self.pending.pop() {
            self.b.switch_to_block(blk);
            if let Some(table) = self.fail_table.filter(|_| (idx as usize) < MAX_EXITS) {
                let t = self.iconst(table as i64);
                let one = self.b.ins().iconst(types::I8, 1);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), one, t, idx as i32);
            }
            let values = self.write_back(&stack);
            self.exit_values[idx as usize] = values;
            let r = self.b.ins().iconst(types::I32, idx as i64);
            self.b.ins().return_(&[r]);
        }
    }

    /// Stores the frame's unboxed values at an exit into the context's
    /// `out` buffer, raw (ints and bools as i64, floats as f64, i128s as two
    /// words, low first), and returns where each goes: the runtime boxes
    /// them into their slots after the return (no calls here, so nothing in
    /// the loop has to survive a call). Virtual iterators are written back
    /// into their objects directly.
    fn write_back(&mut self, stack: &[SV]) -> Vec<(u32, Repr)> {
        let mut values = Vec::new();
        let mut words: Vec<Value> = Vec::new();
        let mut put = |l: &mut Self, slot: usize, sv: SV| {
            let repr = match sv {
                SV::I128(v) => {
                    let (lo, hi) = l.b.ins().isplit(v);
                    words.extend([lo, hi]);
                    Repr::Unboxed(Ty::I128)
                }
                SV::Bool(v) => {
                    words.push(l.b.ins().uextend(types::I64, v));
                    Repr::Unboxed(Ty::Bool)
                }
                SV::Int(v) => {
                    words.push(v);
                    Repr::Unboxed(Ty::Int)
                }
                SV::Float(v) => {
                    words.push(v);
                    Repr::Unboxed(Ty::Float)
                }
                SV::Word(w) => {
                    words.push(l.iconst(w as i64));
                    Repr::Word
                }
                SV::Range(start, stop) => {
                    let one = l.iconst(1);
                    words.extend([start, stop, one]);
                    Repr::Range
                }
                SV::Iter(site) => {
                    let it = &l.made_iters[&site];
                    let (n, r, st) = (it.next, it.remaining, it.stop);
                    let n = l.b.use_var(n);
                    let st = l.b.use_var(st);
                    let one = l.iconst(1);
                    let r = l.b.use_var(r);
                    words.extend([n, st, one, r]);
                    Repr::RangeIter
                }
                SV::Local(src) => Repr::CopyOf(src),
                SV::Obj(v) => {
                    words.push(v);
                    Repr::Owned
                }
                // in its slot already, or the empty slot of a call
                SV::Mem | SV::Null => return,
            };
            values.push((slot as u32, repr));
        };
        // locals the loop wrote
        for i in 0..self.locals.len() {
            if !self.plan.written[i] {
                continue;
            }
            let Some((ty, var)) = self.locals[i] else {
                continue;
            };
            let v = self.b.use_var(var);
            put(self, i, SV::with(ty, v));
        }
        // the loop's pushes, for the (empty) stack slots above the base
        let base = self.input.stack_base as usize;
        for (k, sv) in stack.iter().enumerate() {
            put(self, base + k, *sv);
        }
        let mut at = 0i32;
        for w in words {
            self.b.ins().store(MemFlagsData::trusted(), w, self.out, at);
            at += 8;
        }
        // virtual iterators: their state back into the object
        let iters: Vec<(usize, Variable, Variable)> = self
            .iters
            .values()
            .map(|it| (it.slot, it.next, it.remaining))
            .collect();
        for (slot, next, rem) in iters {
            let w = self.load_slot(slot);
            let n = self.b.use_var(next);
            let r = self.b.use_var(rem);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), n, w, self.abi.range_next);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), r, w, self.abi.range_remaining);
        }
        values
    }

    /// The signature of `unbox_i128`.
    fn unbox_i128_sig(&mut self) -> ir::SigRef {
        if let Some(s) = self.unbox_sig {
            return s;
        }
        let mut unbox = Signature::new(self.b.func.signature.call_conv);
        unbox.params.push(AbiParam::new(types::I64));
        unbox.params.push(AbiParam::new(types::I64));
        unbox.returns.push(AbiParam::new(types::I8));
        let s = self.b.import_signature(unbox);
        self.unbox_sig = Some(s);
        s
    }

    /// Lowers the blocks in code order: every block but a loop header is
    /// first reached by a forward edge, so its entry stack is known when it
    /// is lowered.
    fn body(&mut self) -> Result<(), Refusal> {
        let plan = self.plan;
        let mut k = 0;
        let insns = &plan.insns;
        while k < insns.len() {
            let start = insns[k].off;
            let Some((blk, Some(shape))) = self.blocks.get(&start).cloned() else {
                // a block no edge reaches (dead code after a jump): skip it
                k += 1;
                while k < insns.len() && !plan.blocks.contains_key(&insns[k].off) {
                    k += 1;
                }
                continue;
            };
            self.b.switch_to_block(blk);
            self.done.insert(start);
            let mut params = self.b.block_params(blk).to_vec().into_iter();
            let base = self.input.stack.len();
            self.stack.truncate(0);
            self.stack.resize(base, SV::Mem);
            for sh in &shape {
                self.stack.push(match sh {
                    Shape::Val(t) => SV::with(*t, params.next().ok_or(Refusal::Shape)?),
                    Shape::Fixed(sv) => *sv,
                });
            }
            let hot = plan.blocks[&start];
            // the instructions of this block
            loop {
                let i = insns[k];
                let last = k + 1 == insns.len() || plan.blocks.contains_key(&insns[k + 1].off);
                // an instruction refused midway leaves the stack as it was
                // before it (its exit resumes at it)
                let before = self.stack.clone();
                match self.insn(&i) {
                    Ok(ends) => {
                        if ends {
                            break;
                        }
                        if last {
                            // falls into the next block
                            let (tgt, args) = self.edge_to(i.next)?;
                            self.b.ins().jump(tgt, &args);
                            break;
                        }
                    }
                    Err(Unsupported(why)) => {
                        if hot {
                            return Err(why);
                        }
                        self.stack = before;
                        let e = self.exit_block(ExitKind::Leave, i.off);
                        self.b.ins().jump(e, &[]);
                        break;
                    }
                }
                k += 1;
            }
            // to the next block start
            k += 1;
            while k < insns.len() && !plan.blocks.contains_key(&insns[k].off) {
                k += 1;
            }
        }
        Ok(())
    }

    fn pop(&mut self) -> Step<SV> {
        let v = self.peek(1)?;
        self.stack.pop();
        Ok(v)
    }

    fn peek(&self, n: usize) -> Step<SV> {
        match self.stack.len().checked_sub(n).map(|i| self.stack[i]) {
            Some(SV::Mem) | None => unsupported(Refusal::Shape),
            Some(v) => Ok(v),
        }
    }

    /// Takes `exit` (made now, for the state before this instruction)
    /// unless `ok`.
    fn guard_or_exit(&mut self, ok: Value, kind: ExitKind, at: u32) {
        let idx = self.exits.len();
        let e = self.exit_block(kind, at);
        let ok = self.unless_first_time(ok, idx);
        self.guard(ok, e);
    }

    /// Under `fail_once`: `ok` and exit `idx` already taken once (its exit
    /// block sets its flag), so the guard fails the first time it is
    /// reached. Otherwise `ok`.
    fn unless_first_time(&mut self, ok: Value, idx: usize) -> Value {
        let Some(table) = self.fail_table else {
            return ok;
        };
        if idx >= MAX_EXITS {
            return ok;
        }
        let t = self.iconst(table as i64);
        let flag = self
            .b
            .ins()
            .load(types::I8, MemFlagsData::trusted(), t, idx as i32);
        let seen = self.b.ins().icmp_imm_s(IntCC::NotEqual, flag, 0);
        self.b.ins().band(ok, seen)
    }

    /// Lowers one instruction; true when it ended the block (a jump).
    fn insn(&mut self, i: &Insn) -> Step<bool> {
        use Opcode::*;
        match i.op {
            NOP => {}
            PUSH_NULL => self.stack.push(SV::Null),
            LOAD_FAST => {
                let Some((ty, var)) = self.locals[i.arg as usize] else {
                    return unsupported(Refusal::SlotType);
                };
                if !ty.unboxed() {
                    self.check_bound(i.arg, i.off);
                    self.stack.push(SV::Local(i.arg));
                } else {
                    let v = self.b.use_var(var);
                    self.stack.push(SV::with(ty, v));
                }
            }
            LOAD_GLOBAL => {
                let name = (i.arg >> 1) as usize;
                match self.input.names.get(name) {
                    Some(Name::Builtin(_, w)) if self.uses_globals => {
                        self.stack.push(SV::Word(*w as u64))
                    }
                    Some(Name::Value(w)) if self.input.namespaces.is_some() => {
                        let w = *w;
                        self.cached_global(w, name as u32, i.off)?;
                    }
                    _ => {
                        let Some(ns) = self.input.namespaces else {
                            return unsupported(Refusal::Opcode(LOAD_GLOBAL));
                        };
                        let nm = self.name_word(name as u32, LOAD_GLOBAL)?;
                        let g = self.iconst(ns.globals as i64);
                        let bd = self.iconst(ns.builtins as i64);
                        self.helper_op(self.abi.helpers.load_global, 0, &[g, bd, nm], i.off)?;
                    }
                }
                if i.arg & 1 == 1 {
                    self.stack.push(SV::Null);
                }
            }
            LOAD_METHOD => {
                let top = self.peek(1)?;
                let is_list = matches!(top, SV::Local(l)
                    if matches!(self.locals[l as usize], Some((Ty::List, _))));
                if is_list && self.input.names.get(i.arg as usize) == Some(&Name::Append) {
                    self.stack.pop();
                    self.stack.push(SV::Word(self.abi.list_append_word as u64));
                    self.stack.push(top);
                } else {
                    let nm = self.name_word(i.arg, LOAD_METHOD)?;
                    let (items, ops) = self.items(1)?;
                    let out = self.spill(&[nm, nm]);
                    let site = self.site(i.off);
                    let r = self
                        .call_helper(
                            self.abi.helpers.load_method,
                            &[ops[0].0, nm, out, site],
                            Some(types::I32),
                        )
                        .ok_or(Unsupported(Refusal::Codegen))?;
                    self.release_temps(&ops);
                    self.check_status(r, i.off);
                    let m = self
                        .b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), out, 0);
                    let this = self
                        .b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), out, 8);
                    self.finish(items);
                    self.stack.push(SV::Obj(m));
                    self.stack.push(SV::Obj(this));
                }
            }
            CALL => self.call(i)?,
            CALL_KW => self.call_generic(i)?,
            GET_ITER if self.peek(1)?.boxed() => {
                self.helper_op(self.abi.helpers.get_iter, 1, &[], i.off)?;
            }
            GET_ITER => {
                let SV::Range(start, stop) = self.peek(1)? else {
                    return unsupported(Refusal::Opcode(GET_ITER));
                };
                let (rem, of) = self.b.ins().ssub_overflow(stop, start);
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                let zero = self.iconst(0);
                let rem = self.b.ins().smax(rem, zero);
                let it = self.made_iter(i.off);
                self.b.def_var(it.0, start);
                self.b.def_var(it.1, rem);
                self.b.def_var(it.2, stop);
                self.stack.pop();
                self.stack.push(SV::Iter(i.off));
            }
            CHECK_FAST => {
                if self.locals[i.arg as usize].is_none() {
                    return unsupported(Refusal::SlotType);
                }
                self.check_bound(i.arg, i.off);
            }
            STORE_FAST => {
                let Some((ty, var)) = self.locals[i.arg as usize] else {
                    return unsupported(Refusal::SlotType);
                };
                if ty == Ty::List {
                    return unsupported(Refusal::TypeConflict);
                }
                if ty == Ty::Obj {
                    let l = i.arg;
                    self.detach_local(l);
                    let v = self.peek(1)?;
                    let w = self.owned(v)?;
                    self.stack.pop();
                    let off = self.slot_addr(l as usize);
                    let old = self.load_slot(l as usize);
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), w, self.slots, off);
                    self.decref(old);
                    return Ok(false);
                }
                let v = match (self.peek(1)?, ty) {
                    (SV::Int(x), Ty::I128) => self.b.ins().sextend(types::I128, x),
                    (v, _) if v.ty() == Some(ty) => v.val().unwrap_or_else(|| unreachable!()),
                    (v, Ty::Int | Ty::Float | Ty::Bool) if v.boxed() => {
                        let x = self.unbox_sv(v, ty, false, i.off)?;
                        self.consume_unboxed(v, ty);
                        x
                    }
                    _ => return unsupported(Refusal::TypeConflict),
                };
                self.stack.pop();
                self.b.def_var(var, v);
            }
            LOAD_CONST => {
                let sv = match self.input.consts.get(i.arg as usize) {
                    Some(Const::Int(n)) => SV::Int(self.iconst(*n)),
                    Some(Const::Float(x)) => SV::Float(self.b.ins().f64const(*x)),
                    Some(Const::Bool(t)) => SV::Bool(self.b.ins().iconst(types::I8, *t as i64)),
                    Some(Const::Obj(w)) => SV::Word(*w as u64),
                    _ => return unsupported(Refusal::Opcode(LOAD_CONST)),
                };
                self.stack.push(sv);
            }
            POP_TOP => {
                let v = self.pop()?;
                self.consume(v);
            }
            COPY => {
                let v = self.peek(i.arg as usize)?;
                if let SV::Obj(w) = v {
                    self.incref(w);
                }
                self.stack.push(v);
            }
            SWAP => {
                let n = self.stack.len();
                let a = i.arg as usize;
                self.peek(1)?;
                self.peek(a)?;
                self.stack.swap(n - 1, n - a);
            }
            BINARY_OP => self.binary_op(i)?,
            UNARY_NEGATIVE | UNARY_POSITIVE | UNARY_INVERT if self.peek(1)?.boxed() => {
                let code = match i.op {
                    UNARY_NEGATIVE => 0,
                    UNARY_POSITIVE => 1,
                    _ => 2,
                };
                let code = self.i32const(code);
                self.helper_op(self.abi.helpers.unary, 1, &[code], i.off)?;
            }
            UNARY_NEGATIVE => match self.peek(1)? {
                SV::Int(a) => {
                    let zero = self.iconst(0);
                    let (r, of) = self.b.ins().ssub_overflow(zero, a);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                    self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                    self.stack.pop();
                    self.stack.push(SV::Int(r));
                }
                SV::Float(a) => {
                    let r = self.b.ins().fneg(a);
                    self.stack.pop();
                    self.stack.push(SV::Float(r));
                }
                _ => return unsupported(Refusal::Operands),
            },
            UNARY_NOT => {
                let v = self.peek(1)?;
                let t = self.truth(v, i.off)?;
                let r = self.b.ins().bxor_imm_s(t, 1);
                self.stack.pop();
                self.consume(v);
                self.stack.push(SV::Bool(r));
            }
            TO_BOOL => {
                let v = self.peek(1)?;
                let t = self.truth(v, i.off)?;
                self.stack.pop();
                self.consume(v);
                self.stack.push(SV::Bool(t));
            }
            COMPARE_OP => self.compare_op(i)?,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                let v = self.peek(1)?;
                let c = match v {
                    SV::Bool(c) => c,
                    v if v.boxed() => self.truth_boxed(v, i.off)?,
                    _ => return unsupported(Refusal::Operands),
                };
                self.stack.pop();
                self.consume(v);
                self.branch(c, i.op == POP_JUMP_IF_TRUE, i)?;
                return Ok(true);
            }
            POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => {
                // known statically: only the word of None is None (an
                // unboxed value, a list, an iterator never are)
                let v = self.peek(1)?;
                if matches!(v, SV::Obj(_) | SV::Local(_)) {
                    let (w, _) = self.operand(v)?;
                    let c = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, w, self.abi.none_word as i64);
                    self.stack.pop();
                    self.consume(v);
                    self.branch(c, i.op == POP_JUMP_IF_NONE, i)?;
                    return Ok(true);
                }
                let v = self.pop()?;
                let is_none = v == SV::Word(self.abi.none_word as u64);
                let to = if (i.op == POP_JUMP_IF_NOT_NONE) != is_none {
                    i.arg
                } else {
                    i.next
                };
                let (blk, args) = self.edge_or_fail(to)?;
                self.b.ins().jump(blk, &args);
                return Ok(true);
            }
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                let SV::Bool(c) = self.peek(1)? else {
                    return unsupported(Refusal::Operands);
                };
                // jumping keeps the value; falling through pops it
                let (tgt, targs) = self.edge_or_fail(i.arg)?;
                self.stack.pop();
                let (nxt, nargs) = self.edge_or_fail(i.next)?;
                if i.op == JUMP_IF_TRUE_OR_POP {
                    self.b.ins().brif(c, tgt, &targs, nxt, &nargs);
                } else {
                    self.b.ins().brif(c, nxt, &nargs, tgt, &targs);
                }
                return Ok(true);
            }
            JUMP_FORWARD => {
                let (blk, args) = self.edge_or_fail(i.arg)?;
                self.b.ins().jump(blk, &args);
                return Ok(true);
            }
            JUMP_BACKWARD => {
                // the back edge polls the eval breaker: any request leaves
                // here, and the interpreter's JUMP_BACKWARD handles it
                let (blk, args) = self.edge_or_fail(i.arg)?;
                if self.uses_globals && i.off == self.input.back_edge {
                    // a builtin rebound (or a global that shadows it) since
                    // the loop was compiled, by this thread or another: the
                    // interpreter takes over (its entry then fails and the
                    // site is compiled again)
                    if let Some(ok) = self.namespaces_unchanged() {
                        self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                    }
                }
                let word = self
                    .b
                    .ins()
                    .load(types::I32, MemFlagsData::trusted(), self.breaker, 0);
                let idx = self.exits.len();
                let e = self.exit_block(ExitKind::Breaker, i.off);
                let word = if self.fail_table.is_some() {
                    let quiet = self.b.ins().icmp_imm_s(IntCC::Equal, word, 0);
                    let ok = self.unless_first_time(quiet, idx);
                    self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0)
                } else {
                    word
                };
                self.b.ins().brif(word, e, &[], blk, &args);
                return Ok(true);
            }
            FOR_ITER if matches!(self.stack.last(), Some(SV::Iter(_))) => {
                let Some(SV::Iter(site)) = self.stack.last().copied() else {
                    unreachable!()
                };
                self.native += 1;
                let (next, rem) = {
                    let it = &self.made_iters[&site];
                    (it.next, it.remaining)
                };
                let r = self.b.use_var(rem);
                let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, r, 0);
                // exhausted: the iterator is popped and the loop jumps on
                let saved = self.stack.clone();
                self.stack.pop();
                let edge = self.edge_or_fail(i.arg);
                self.stack = saved;
                let (tgt, targs) = edge?;
                let cont = self.b.create_block();
                self.b.ins().brif(more, cont, &[], tgt, &targs);
                self.b.switch_to_block(cont);
                let r1 = self.b.ins().iadd_imm_s(r, -1);
                self.b.def_var(rem, r1);
                let n = self.b.use_var(next);
                let n1 = self.b.ins().iadd_imm_s(n, 1);
                self.b.def_var(next, n1);
                self.stack.push(SV::Int(n));
            }
            FOR_ITER
                if self
                    .stack
                    .len()
                    .checked_sub(1)
                    .is_none_or(|k| !self.iters.contains_key(&k)) =>
            {
                return self.for_iter_generic(i);
            }
            FOR_ITER => {
                let k = self.stack.len().checked_sub(1);
                let Some(it) = k.and_then(|k| self.iters.get(&k)) else {
                    return unsupported(Refusal::Opcode(FOR_ITER));
                };
                let (next, rem, step) = (it.next, it.remaining, it.step);
                self.native += 1;
                let r = self.b.use_var(rem);
                let more = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, r, 0);
                // exhausted: the interpreter's FOR_ITER finds it so, pops
                // the iterator and jumps
                self.guard_or_exit(more, ExitKind::Leave, i.off);
                let r1 = self.b.ins().iadd_imm_s(r, -1);
                self.b.def_var(rem, r1);
                let n = self.b.use_var(next);
                let s = self.b.use_var(step);
                let n1 = self.b.ins().iadd(n, s);
                self.b.def_var(next, n1);
                self.stack.push(SV::Int(n));
            }
            LOAD_ATTR => {
                let nm = self.name_word(i.arg, LOAD_ATTR)?;
                let site = self.site(i.off);
                self.helper_op(self.abi.helpers.getattr, 1, &[nm, site], i.off)?;
            }
            STORE_ATTR => {
                // [value, owner]
                let nm = self.name_word(i.arg, STORE_ATTR)?;
                let (items, ops) = self.items(2)?;
                let site = self.site(i.off);
                let r = self
                    .call_helper(
                        self.abi.helpers.setattr,
                        &[ops[1].0, nm, ops[0].0, site],
                        Some(types::I32),
                    )
                    .ok_or(Unsupported(Refusal::Codegen))?;
                self.release_temps(&ops);
                self.check_status(r, i.off);
                self.finish(items);
            }
            IS_OP => {
                let (a, b) = (self.peek(2)?, self.peek(1)?);
                if !(a.boxed() && b.boxed()) {
                    return unsupported(Refusal::Operands);
                }
                let (wa, _) = self.operand(a)?;
                let (wb, _) = self.operand(b)?;
                let cc = if i.arg == 1 {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let r = self.b.ins().icmp(cc, wa, wb);
                self.finish(vec![a, b]);
                self.stack.push(SV::Bool(r));
            }
            CONTAINS_OP => {
                let inv = self.i32const(i.arg as i64);
                let site = self.site(i.off);
                self.helper_op(self.abi.helpers.contains, 2, &[inv, site], i.off)?;
            }
            BINARY_SUBSCR | BINARY_SUBSCR_FAST => {
                // [container, key] -> [item] ([key] for FAST: the container
                // is a local)
                let fast = i.op == BINARY_SUBSCR_FAST;
                let list_int = self.form_is(
                    i.off,
                    &[BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR_FAST_LIST_INT],
                ) && matches!(self.peek(1)?, SV::Int(_));
                let c = if fast {
                    Some(self.boxed_local(i.arg)?)
                } else {
                    None
                };
                if list_int {
                    // (the index stays unboxed: no operand is made for it)
                    let SV::Int(idx) = self.peek(1)? else {
                        unreachable!()
                    };
                    let c = match c {
                        Some(c) => c,
                        None => self.boxed_operand(2)?,
                    };
                    let n = if fast { 1 } else { 2 };
                    let items = self.stack[self.stack.len() - n..].to_vec();
                    let e = self.deopt_block(i.off);
                    self.guard_object(c, ObjCheck::Type(self.abi.list_type), e);
                    let r = self.list_get(c, idx).ok_or(Unsupported(Refusal::Codegen))?;
                    self.check_word(r, i.off);
                    self.finish(items);
                    self.stack.push(SV::Obj(r));
                } else if let Some(c) = c {
                    // (a local's subscript: no site, its family's forms
                    // are the interpreter's)
                    let none = self.iconst(0);
                    self.helper_op_with(self.abi.helpers.getitem, &[c], 1, &[none], i.off)?;
                } else {
                    let site = self.site(i.off);
                    self.helper_op(self.abi.helpers.getitem, 2, &[site], i.off)?;
                }
            }
            STORE_SUBSCR | STORE_SUBSCR_FAST
                if self.form_is(i.off, &[STORE_SUBSCR_LIST_INT, STORE_SUBSCR_FAST_LIST_INT])
                    && matches!(self.peek(1)?, SV::Int(_)) =>
            {
                let fast = i.op == STORE_SUBSCR_FAST;
                let SV::Int(idx) = self.peek(1)? else {
                    unreachable!()
                };
                let c = if fast {
                    self.boxed_local(i.arg)?
                } else {
                    self.boxed_operand(2)?
                };
                // [value, (container,) key]: the index stays unboxed
                let n = if fast { 2 } else { 3 };
                let Some(base) = self.stack.len().checked_sub(n) else {
                    return unsupported(Refusal::Shape);
                };
                let items = self.stack[base..].to_vec();
                let v = self.operand(items[0])?;
                let e = self.deopt_block(i.off);
                self.guard_object(c, ObjCheck::Type(self.abi.list_type), e);
                let r = self
                    .list_set(c, idx, v.0)
                    .ok_or(Unsupported(Refusal::Codegen))?;
                self.release_temps(&[v]);
                self.check_status(r, i.off);
                self.finish(items);
            }
            STORE_SUBSCR | STORE_SUBSCR_FAST => {
                // [value, container, key] (the container a local for FAST)
                let fast = i.op == STORE_SUBSCR_FAST;
                let local = if fast {
                    Some(self.boxed_local(i.arg)?)
                } else {
                    None
                };
                let (items, ops) = self.items(if fast { 2 } else { 3 })?;
                let (c, k, v) = match local {
                    Some(c) => (c, ops[1].0, ops[0].0),
                    None => (ops[1].0, ops[2].0, ops[0].0),
                };
                let site = self.site(i.off);
                let r = self
                    .call_helper(self.abi.helpers.setitem, &[c, k, v, site], Some(types::I32))
                    .ok_or(Unsupported(Refusal::Codegen))?;
                self.release_temps(&ops);
                self.check_status(r, i.off);
                self.finish(items);
            }
            UNPACK_SEQUENCE => {
                let n = i.arg as usize;
                if n == 0 || n > 64 {
                    return unsupported(Refusal::Operands);
                }
                // where an exact tuple's or list's items are, and whether
                // reading them in place waits for object locking to be off
                // (tuples never change)
                let direct = if self.abi.tuple_type != 0
                    && self.form_is(i.off, &[UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE])
                {
                    Some((
                        self.abi.tuple_type,
                        self.abi.tuple_items,
                        self.abi.tuple_len,
                        false,
                    ))
                } else if self.abi.object_locking != 0
                    && self.form_is(i.off, &[UNPACK_SEQUENCE_LIST])
                {
                    Some((
                        self.abi.list_type,
                        self.abi.list_items,
                        self.abi.list_len,
                        true,
                    ))
                } else {
                    None
                };
                let (items, ops) = self.items(1)?;
                let zero = self.iconst(0);
                let out = self.spill(&vec![zero; n]);
                let nv = self.iconst(n as i64);
                let site = self.site(i.off);
                let t = MemFlagsData::trusted();
                // the helper: the items into `out`, the last first
                let by_helper = |l: &mut Self| -> Step<(Value, Vec<Value>)> {
                    let r = l
                        .call_helper(
                            l.abi.helpers.unpack,
                            &[ops[0].0, nv, out, site],
                            Some(types::I32),
                        )
                        .ok_or(Unsupported(Refusal::Codegen))?;
                    let ws = (0..n)
                        .map(|k| l.b.ins().load(types::I64, t, out, (k * 8) as i32))
                        .collect();
                    Ok((r, ws))
                };
                let (r, words) = if let Some((ty, items_at, len_at, locking)) = direct {
                    // an exact tuple or list of `n` items: its items read in
                    // place, each counted
                    let slow = self.b.create_block();
                    let join = self.b.create_block();
                    self.b.set_cold_block(slow);
                    let r = self.b.append_block_param(join, types::I32);
                    let ws: Vec<Value> = (0..n)
                        .map(|_| self.b.append_block_param(join, types::I64))
                        .collect();
                    let seq = ops[0].0;
                    self.guard_object(seq, ObjCheck::Type(ty), slow);
                    if locking {
                        self.unless_locking(slow);
                    }
                    let len = self.b.ins().load(types::I64, t, seq, len_at);
                    let same = self.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
                    self.guard(same, slow);
                    let p = self.b.ins().load(types::I64, t, seq, items_at);
                    let mut args = vec![BlockArg::Value(self.i32const(1))];
                    let mut loaded = Vec::new();
                    for k in (0..n).rev() {
                        let w = self.b.ins().load(types::I64, t, p, (k * 8) as i32);
                        loaded.push(w);
                        args.push(BlockArg::Value(w));
                    }
                    for w in loaded {
                        self.incref(w);
                    }
                    self.b.ins().jump(join, &args);
                    self.b.switch_to_block(slow);
                    let (hr, hws) = by_helper(self)?;
                    let mut args = vec![BlockArg::Value(hr)];
                    args.extend(hws.into_iter().map(BlockArg::Value));
                    self.b.ins().jump(join, &args);
                    self.b.switch_to_block(join);
                    self.native += 1;
                    (r, ws)
                } else {
                    by_helper(self)?
                };
                self.release_temps(&ops);
                self.check_status(r, i.off);
                self.finish(items);
                for w in words {
                    self.stack.push(SV::Obj(w));
                }
            }
            BUILD_TUPLE | BUILD_LIST => {
                let n = i.arg as usize;
                let (items, ops) = self.items(n)?;
                let words: Vec<Value> = ops.iter().map(|o| o.0).collect();
                let argv = self.spill(&words);
                let kind = self.i32const((i.op == BUILD_LIST) as i64);
                let nv = self.iconst(n as i64);
                let r = self
                    .call_helper(self.abi.helpers.build, &[kind, argv, nv], Some(types::I64))
                    .ok_or(Unsupported(Refusal::Codegen))?;
                self.release_temps(&ops);
                self.check_word(r, i.off);
                self.finish(items);
                self.stack.push(SV::Obj(r));
            }
            BINARY_SLICE => self.op_helper(i, 3, None, true)?,
            BUILD_SLICE | BUILD_STRING | BUILD_SET => {
                self.op_helper(i, i.arg as usize, None, true)?
            }
            BUILD_MAP => self.op_helper(i, 2 * i.arg as usize, None, true)?,
            FORMAT_VALUE => self.op_helper(i, 1 + (i.arg & 4 != 0) as usize, None, true)?,
            STORE_SLICE => self.op_helper(i, 4, None, false)?,
            DELETE_SUBSCR => self.op_helper(i, 2, None, false)?,
            LOAD_DEREF | STORE_DEREF => {
                // the cell (or free variable) in its frame slot, after the
                // locals: the frame's for its whole life
                let cell = self.load_slot((self.input.nlocals + i.arg) as usize);
                let n = (i.op == STORE_DEREF) as usize;
                self.op_helper(i, n, Some(cell), i.op == LOAD_DEREF)?
            }
            LIST_APPEND | SET_ADD | MAP_ADD => {
                // the container is `arg` items under the operands
                let n = 1 + (i.op == MAP_ADD) as usize;
                let Some(at) = self.stack.len().checked_sub(n + i.arg as usize) else {
                    return unsupported(Refusal::Shape);
                };
                let c = self.container_at(at)?;
                self.op_helper(i, n, Some(c), false)?
            }
            DELETE_FAST => {
                let l = i.arg;
                if !matches!(self.locals.get(l as usize), Some(Some((Ty::Obj, _)))) {
                    return unsupported(Refusal::SlotType);
                }
                self.detach_local(l);
                let old = self.load_slot(l as usize);
                let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, old, 0);
                self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                let zero = self.iconst(0);
                let off = self.slot_addr(l as usize);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero, self.slots, off);
                self.decref(old);
            }
            op => return unsupported(Refusal::Opcode(op)),
        }
        Ok(false)
    }

    /// The word of the stack item at index `at` (borrowed), for an
    /// instruction that adds to a container under its operands.
    fn container_at(&mut self, at: usize) -> Step<Value> {
        Ok(match self.stack[at] {
            SV::Mem => self.load_slot(self.input.stack_base as usize + at),
            SV::Obj(w) => w,
            SV::Local(l) => self.load_slot(l as usize),
            SV::Word(w) => self.iconst(w as i64),
            _ => return unsupported(Refusal::Operands),
        })
    }

    /// An instruction done by the `op` (or `op_status`) helper on its top
    /// `n` stack items, with `lead` (a cell, a container) before them.
    fn op_helper(&mut self, i: &Insn, n: usize, lead: Option<Value>, result: bool) -> Step<()> {
        let (items, ops) = self.items(n)?;
        let mut words: Vec<Value> = lead.into_iter().collect();
        words.extend(ops.iter().map(|o| o.0));
        let argv = self.spill(&words);
        let opc = self.i32const(i.op as u8 as i64);
        let arg = self.i32const(i.arg as i64);
        let nv = self.iconst(words.len() as i64);
        let (addr, ty) = if result {
            (self.abi.helpers.op, types::I64)
        } else {
            (self.abi.helpers.op_status, types::I32)
        };
        let r = self
            .call_helper(addr, &[opc, arg, argv, nv], Some(ty))
            .ok_or(Unsupported(Refusal::Codegen))?;
        self.release_temps(&ops);
        if result {
            self.check_word(r, i.off);
        } else {
            self.check_status(r, i.off);
        }
        self.finish(items);
        if result {
            self.stack.push(SV::Obj(r));
        }
        Ok(())
    }

    /// `LOAD_GLOBAL` of a name whose value was the immortal or deferred
    /// object `w` when the loop was compiled: `w` while the globals' and
    /// builtins' versions are unchanged (nothing was rebound), else the
    /// lookup helper. Pushes an `SV::Obj` (owning an immortal or deferred
    /// object costs nothing).
    fn cached_global(&mut self, w: usize, name: u32, at: u32) -> Step<()> {
        let Some(ns) = self.input.namespaces else {
            return unsupported(Refusal::Opcode(Opcode::LOAD_GLOBAL));
        };
        let nm = self.name_word(name, Opcode::LOAD_GLOBAL)?;
        let t = MemFlagsData::trusted();
        let g = self.iconst(ns.globals as i64);
        let bd = self.iconst(ns.builtins as i64);
        let gv = self.b.ins().load(types::I64, t, g, self.abi.dict_version);
        let bv = self.b.ins().load(types::I64, t, bd, self.abi.dict_version);
        let ok1 = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, gv, ns.globals_version as i64);
        let ok2 = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, bv, ns.builtins_version as i64);
        let ok = self.b.ins().band(ok1, ok2);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let c = self.iconst(w as i64);
        self.b.ins().jump(join, &[BlockArg::Value(c)]);
        self.b.switch_to_block(slow);
        let r = self
            .call_helper(self.abi.helpers.load_global, &[g, bd, nm], Some(types::I64))
            .ok_or(Unsupported(Refusal::Codegen))?;
        self.check_word(r, at);
        self.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.b.switch_to_block(join);
        let v = self.b.block_params(join)[0];
        self.stack.push(SV::Obj(v));
        Ok(())
    }

    /// Ends the block with a conditional jump: to `i`'s target when `c`
    /// (an i8) is `when`, else to the next instruction, with the stack as
    /// it is now.
    fn branch(&mut self, c: Value, when: bool, i: &Insn) -> Step<()> {
        let (tgt, targs) = self.edge_or_fail(i.arg)?;
        let (nxt, nargs) = self.edge_or_fail(i.next)?;
        if when {
            self.b.ins().brif(c, tgt, &targs, nxt, &nargs);
        } else {
            self.b.ins().brif(c, nxt, &nargs, tgt, &targs);
        }
        Ok(())
    }

    /// The word of name `n` (an interned str), for `op`.
    fn name_word(&mut self, n: u32, op: Opcode) -> Step<Value> {
        match self.input.name_words.get(n as usize) {
            Some(&w) if w != 0 => Ok(self.iconst(w as i64)),
            _ => unsupported(Refusal::Opcode(op)),
        }
    }

    /// The word a boxed local holds (borrowed), for a `*_FAST` instruction
    /// that reads it in place.
    fn boxed_local(&mut self, l: u32) -> Step<Value> {
        match self.locals.get(l as usize).copied().flatten() {
            Some((ty, _)) if !ty.unboxed() => Ok(self.load_slot(l as usize)),
            _ => unsupported(Refusal::SlotType),
        }
    }

    /// An unbound boxed local's load leaves for the interpreter (which
    /// raises), if it could be unbound.
    fn check_bound(&mut self, l: u32, at: u32) {
        let boxed = matches!(self.locals.get(l as usize), Some(Some((Ty::Obj, _))));
        if boxed && self.maybe_unbound.get(l as usize).copied().unwrap_or(true) {
            let w = self.load_slot(l as usize);
            let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
            self.guard_or_exit(ok, ExitKind::Deopt, at);
        }
    }

    /// `FOR_ITER` of any iterator (the helper's `next`): on the stack, or
    /// the loop's own in its frame slot. Exhausted: the iterator is
    /// released and popped, and the loop jumps.
    fn for_iter_generic(&mut self, i: &Insn) -> Step<bool> {
        let Some(k) = self.stack.len().checked_sub(1) else {
            return unsupported(Refusal::Shape);
        };
        let top = self.stack[k];
        let base = self.input.stack_base as usize;
        let (w, in_slot) = match top {
            SV::Mem => (self.load_slot(base + k), true),
            SV::Obj(v) => (v, false),
            _ => return unsupported(Refusal::Opcode(Opcode::FOR_ITER)),
        };
        let r = if self.abi.list_iter_type != 0
            && self.abi.object_locking != 0
            && self.form_is(i.off, &[Opcode::FOR_ITER_LIST])
        {
            self.seq_iter_next(w, Seq::List)
                .ok_or(Unsupported(Refusal::Codegen))?
        } else if self.abi.tuple_iter_type != 0
            && self.abi.tuple_type != 0
            && self.form_is(i.off, &[Opcode::FOR_ITER_TUPLE])
        {
            self.seq_iter_next(w, Seq::Tuple)
                .ok_or(Unsupported(Refusal::Codegen))?
        } else {
            self.call_helper(self.abi.helpers.next, &[w], Some(types::I64))
                .ok_or(Unsupported(Refusal::Codegen))?
        };
        self.check_word(r, i.off);
        let done = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, r, crate::ITER_DONE as i64);
        let done_b = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(done, done_b, &[], cont, &[]);
        self.b.switch_to_block(done_b);
        if in_slot {
            let zero = self.iconst(0);
            let off = self.slot_addr(base + k);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), zero, self.slots, off);
        }
        self.decref(w);
        let saved = self.stack.clone();
        self.stack.pop();
        let edge = self.edge_or_fail(i.arg);
        self.stack = saved;
        let (tgt, targs) = edge?;
        self.b.ins().jump(tgt, &targs);
        self.b.switch_to_block(cont);
        self.stack.push(SV::Obj(r));
        Ok(false)
    }

    /// The variables of the range iterator made at `site` (next, remaining,
    /// stop).
    fn made_iter(&mut self, site: u32) -> (Variable, Variable, Variable) {
        if !self.made_iters.contains_key(&site) {
            let next = self.b.declare_var(types::I64);
            let remaining = self.b.declare_var(types::I64);
            let stop = self.b.declare_var(types::I64);
            self.made_iters.insert(
                site,
                MadeIter {
                    next,
                    remaining,
                    stop,
                },
            );
        }
        let it = &self.made_iters[&site];
        (it.next, it.remaining, it.stop)
    }

    /// `CALL n` of a builtin compiled code knows: `range(a)`,
    /// `range(a, b)`, `int(x)`, `lst.append(x)`.
    fn call(&mut self, i: &Insn) -> Step<()> {
        let n = i.arg as usize;
        let len = self.stack.len();
        if len < n + 2 {
            return unsupported(Refusal::Shape);
        }
        let callee = self.stack[len - n - 2];
        let this = self.stack[len - n - 1];
        let args: Vec<SV> = self.stack[len - n..].to_vec();
        let builtin = |w: u64| {
            self.input.names.iter().find_map(|nm| match nm {
                Name::Builtin(b, word) if *word as u64 == w => Some(*b),
                _ => None,
            })
        };
        let result = match (callee, this, args.as_slice()) {
            (SV::Word(w), SV::Local(l), [x]) if w == self.abi.list_append_word as u64 => {
                let (repr, lo, hi) = match *x {
                    SV::Int(v) | SV::Float(v) => {
                        (Repr::Unboxed(x.ty().unwrap_or(Ty::Int)), v, None)
                    }
                    SV::Bool(v) => (
                        Repr::Unboxed(Ty::Bool),
                        self.b.ins().uextend(types::I64, v),
                        None,
                    ),
                    SV::I128(v) => {
                        let (lo, hi) = self.b.ins().isplit(v);
                        (Repr::Unboxed(Ty::I128), lo, Some(hi))
                    }
                    _ => return self.call_generic(i),
                };
                let lo = if matches!(x, SV::Float(_)) {
                    self.b.ins().bitcast(types::I64, MemFlagsData::new(), lo)
                } else {
                    lo
                };
                let hi = match hi {
                    Some(h) => h,
                    None => self.iconst(0),
                };
                let list = self.load_slot(l as usize);
                let sig = *self.append_sig.get_or_insert_with(|| {
                    let mut s = Signature::new(self.b.func.signature.call_conv);
                    s.params.push(AbiParam::new(types::I64));
                    s.params.push(AbiParam::new(types::I32));
                    s.params.push(AbiParam::new(types::I64));
                    s.params.push(AbiParam::new(types::I64));
                    self.b.import_signature(s)
                });
                let code = self.b.ins().iconst(types::I32, repr.code() as i64);
                let f = self.iconst(self.abi.list_append as i64);
                self.b.ins().call_indirect(sig, f, &[list, code, lo, hi]);
                SV::Word(self.abi.none_word as u64)
            }
            (SV::Word(w), SV::Null, args) => match (builtin(w), args) {
                (Some(Builtin::Range), [SV::Int(stop)]) => {
                    let zero = self.iconst(0);
                    SV::Range(zero, *stop)
                }
                (Some(Builtin::Range), [SV::Int(start), SV::Int(stop)]) => SV::Range(*start, *stop),
                (Some(Builtin::Int), [SV::Int(v)]) => SV::Int(*v),
                (Some(Builtin::Int), [SV::Float(x)]) => {
                    // finite and within i64: truncation toward zero, as
                    // int(x); anything else is the interpreter's
                    // -2**63 <= x < 2**63 (false for NaN)
                    let hi = self.b.ins().f64const((1u64 << 63) as f64);
                    let lo = self.b.ins().f64const(-((1u64 << 63) as f64));
                    let below = self.b.ins().fcmp(FloatCC::LessThan, *x, hi);
                    let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, *x, lo);
                    let ok = self.b.ins().band(below, above);
                    self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                    SV::Int(self.b.ins().fcvt_to_sint_sat(types::I64, *x))
                }
                _ => return self.call_generic(i),
            },
            _ => return self.call_generic(i),
        };
        self.stack.truncate(len - n - 2);
        self.stack.push(result);
        Ok(())
    }

    fn edge_or_fail(&mut self, target: u32) -> Step<(Block, Vec<BlockArg>)> {
        self.edge_to(target).map_err(Unsupported)
    }

    /// The truth of a value (an i8); a boxed one's may raise (the exit at
    /// `at`).
    fn truth(&mut self, v: SV, at: u32) -> Step<Value> {
        if v.boxed() {
            return self.truth_boxed(v, at);
        }
        Ok(match v {
            SV::Bool(b) => b,
            SV::Int(a) | SV::I128(a) => self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0),
            SV::Float(x) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, x, z)
            }
            _ => return unsupported(Refusal::Operands),
        })
    }

    /// An int as f64 when Python's comparison with a float would give the
    /// same answer on the converted value (|i| <= 2**53), else the exit.
    fn exact_f64(&mut self, a: Value, at: u32) -> Value {
        let lim = 1i64 << 53;
        let biased = self.b.ins().iadd_imm_s(a, lim);
        let ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, biased, 2 * lim);
        self.guard_or_exit(ok, ExitKind::Deopt, at);
        self.b.ins().fcvt_from_sint(types::F64, a)
    }

    fn compare_op(&mut self, i: &Insn) -> Step<()> {
        let Some(op) = CmpOp::from_u32(i.arg) else {
            return unsupported(Refusal::Operands);
        };
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        if a.boxed() || b.boxed() {
            let form = self.form(i.off);
            let generic = form == Opcode::COMPARE_OP as u8;
            let want = |s: SV| match s {
                SV::Int(_) => Some(Ty::Int),
                SV::Float(_) => Some(Ty::Float),
                _ => None,
            };
            let ty = if form == Opcode::COMPARE_OP_INT as u8 {
                Some(Ty::Int)
            } else if form == Opcode::COMPARE_OP_FLOAT as u8 {
                Some(Ty::Float)
            } else if generic {
                want(a).or(want(b))
            } else {
                None
            };
            let Some(ty) = ty else {
                let code = self.i32const(i.arg as i64);
                let site = self.site(i.off);
                return self.helper_op(self.abi.helpers.compare, 2, &[code, site], i.off);
            };
            self.unbox_operands(ty, false, i.off)?;
        }
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        self.native += 1;
        let icc = match op {
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::Le => IntCC::SignedLessThanOrEqual,
            CmpOp::Eq => IntCC::Equal,
            CmpOp::Ne => IntCC::NotEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        };
        let fcc = match op {
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::Le => FloatCC::LessThanOrEqual,
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::Ne => FloatCC::NotEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        };
        let r = match (a, b) {
            (SV::Int(x), SV::Int(y)) => self.b.ins().icmp(icc, x, y),
            (SV::Int(_) | SV::I128(_), SV::Int(_) | SV::I128(_)) => {
                let (x, y) = (self.wide(a), self.wide(b));
                self.b.ins().icmp(icc, x, y)
            }
            (SV::Bool(x), SV::Bool(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                self.b.ins().icmp(icc, x, y)
            }
            (SV::Float(x), SV::Float(y)) => self.b.ins().fcmp(fcc, x, y),
            (SV::Int(x), SV::Float(y)) => {
                let x = self.exact_f64(x, i.off);
                self.b.ins().fcmp(fcc, x, y)
            }
            (SV::Float(x), SV::Int(y)) => {
                let y = self.exact_f64(y, i.off);
                self.b.ins().fcmp(fcc, x, y)
            }
            _ => return unsupported(Refusal::Operands),
        };
        self.stack.pop();
        self.stack.pop();
        self.stack.push(SV::Bool(r));
        Ok(())
    }

    fn binary_op(&mut self, i: &Insn) -> Step<()> {
        let Some(op) = BinOp::from_u32(i.arg) else {
            return unsupported(Refusal::Operands);
        };
        let op = op.base();
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        if (a.boxed() || b.boxed()) && self.binary_boxed(i)? {
            return Ok(());
        }
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let at = i.off;
        self.native += 1;
        let r = match (a, b) {
            (SV::Int(_) | SV::Float(_), SV::Float(y)) if op == BinOp::Power => {
                // float `**` where it neither raises nor gives a complex:
                // a positive base, or zero to a non-negative power
                let x = self.as_f64(a);
                let zero = self.b.ins().f64const(0.0);
                let pos = self.b.ins().fcmp(FloatCC::GreaterThan, x, zero);
                let xz = self.b.ins().fcmp(FloatCC::Equal, x, zero);
                let yp = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, y, zero);
                let zok = self.b.ins().band(xz, yp);
                let ok = self.b.ins().bor(pos, zok);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                let sig = *self.pow_sig.get_or_insert_with(|| {
                    let mut s = Signature::new(self.b.func.signature.call_conv);
                    s.params.push(AbiParam::new(types::F64));
                    s.params.push(AbiParam::new(types::F64));
                    s.returns.push(AbiParam::new(types::F64));
                    self.b.import_signature(s)
                });
                let f = self.iconst(self.abi.pow as i64);
                let call = self.b.ins().call_indirect(sig, f, &[x, y]);
                let r = self.b.inst_results(call)[0];
                // an infinite result from finite operands is an
                // OverflowError: the interpreter's
                let inf = self.b.ins().f64const(f64::INFINITY);
                let fin = self.b.ins().fcmp(FloatCC::LessThan, r, inf);
                let xi = self.b.ins().fcmp(FloatCC::Equal, x, inf);
                let yi = self.b.ins().fabs(y);
                let yi = self.b.ins().fcmp(FloatCC::Equal, yi, inf);
                let any_inf = self.b.ins().bor(xi, yi);
                let ok = self.b.ins().bor(fin, any_inf);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                SV::Float(r)
            }
            (SV::Int(x), SV::Int(y)) => self.int_op(op, x, y, at)?,
            (SV::Int(_) | SV::I128(_), SV::Int(_) | SV::I128(_)) => {
                let (x, y) = (self.wide(a), self.wide(b));
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(x, y),
                    BinOp::Subtract => self.b.ins().ssub_overflow(x, y),
                    _ => return unsupported(Refusal::Operands),
                };
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                SV::I128(r)
            }
            (SV::Float(_) | SV::Int(_), SV::Float(_) | SV::Int(_)) => {
                let x = self.as_f64(a);
                let y = self.as_f64(b);
                self.float_op(op, x, y, at)?
            }
            _ => return unsupported(Refusal::Operands),
        };
        self.stack.pop();
        self.stack.pop();
        self.stack.push(r);
        Ok(())
    }

    /// An int operand as an i128.
    fn wide(&mut self, v: SV) -> Value {
        match v {
            SV::Int(a) => self.b.ins().sextend(types::I128, a),
            SV::I128(a) => a,
            _ => unreachable!(),
        }
    }

    fn as_f64(&mut self, v: SV) -> Value {
        match v {
            SV::Float(x) => x,
            SV::Int(a) => self.b.ins().fcvt_from_sint(types::F64, a),
            _ => unreachable!(),
        }
    }

    /// Python's int operators on two i64s: overflow, a zero divisor or a
    /// negative shift leave through a deopt exit (the interpreter then makes
    /// the big int or raises).
    fn int_op(&mut self, op: BinOp, x: Value, y: Value, at: u32) -> Step<SV> {
        let r = match op {
            BinOp::Add | BinOp::Subtract | BinOp::Multiply => {
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(x, y),
                    BinOp::Subtract => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                let ok = self.b.ins().icmp_imm_s(IntCC::Equal, of, 0);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                r
            }
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::FloorDivide | BinOp::Remainder => {
                // a zero divisor raises, and -1 may overflow (MIN // -1):
                // both are the interpreter's
                let plus1 = self.b.ins().iadd_imm_s(y, 1);
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedGreaterThan, plus1, 1);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                // both in [0, 2**31) (loop counters, indices): one 32-bit
                // unsigned division, several times cheaper than a 64-bit one
                let both = self.b.ins().bor(x, y);
                let small = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedLessThan, both, 1i64 << 31);
                let narrow = self.b.create_block();
                let wide = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, types::I64);
                self.b.ins().brif(small, narrow, &[], wide, &[]);
                self.b.switch_to_block(narrow);
                let x32 = self.b.ins().ireduce(types::I32, x);
                let y32 = self.b.ins().ireduce(types::I32, y);
                let r32 = if op == BinOp::FloorDivide {
                    self.b.ins().udiv(x32, y32)
                } else {
                    self.b.ins().urem(x32, y32)
                };
                let r = self.b.ins().uextend(types::I64, r32);
                self.b.ins().jump(join, &[BlockArg::Value(r)]);
                self.b.switch_to_block(wide);
                // one division: the remainder from the quotient
                let q = self.b.ins().sdiv(x, y);
                let qy = self.b.ins().imul(q, y);
                let rem = self.b.ins().isub(x, qy);
                // floor: when the remainder is non-zero and its sign differs
                // from the divisor's, q - 1 and rem + y
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let sx = self.b.ins().bxor(rem, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                let fix = self.b.ins().band(nz, neg);
                let r = if op == BinOp::FloorDivide {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(fix, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(rem, y);
                    self.b.ins().select(fix, r1, rem)
                };
                self.b.ins().jump(join, &[BlockArg::Value(r)]);
                self.b.switch_to_block(join);
                self.b.block_params(join)[0]
            }
            BinOp::Lshift => {
                // 0 <= y < 64 and no bits lost, else the interpreter's
                let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 64);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let ok = self.b.ins().icmp(IntCC::Equal, back, x);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                r
            }
            BinOp::Rshift => {
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, y, 0);
                self.guard_or_exit(ok, ExitKind::Deopt, at);
                let c63 = self.iconst(63);
                let n = self.b.ins().umin(y, c63);
                self.b.ins().sshr(x, n)
            }
            BinOp::TrueDivide => {
                // exact when both fit 53 bits (then one rounding, as
                // Python's); a zero divisor raises
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                self.guard_or_exit(nz, ExitKind::Deopt, at);
                let fx = self.exact_f64(x, at);
                let fy = self.exact_f64(y, at);
                return Ok(SV::Float(self.b.ins().fdiv(fx, fy)));
            }
            _ => return unsupported(Refusal::Operands),
        };
        Ok(SV::Int(r))
    }

    fn float_op(&mut self, op: BinOp, x: Value, y: Value, at: u32) -> Step<SV> {
        let r = match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Subtract => self.b.ins().fsub(x, y),
            BinOp::Multiply => self.b.ins().fmul(x, y),
            BinOp::TrueDivide => {
                let z = self.b.ins().f64const(0.0);
                let nz = self.b.ins().fcmp(FloatCC::NotEqual, y, z);
                // NaN != 0 holds: only a zero divisor exits
                self.guard_or_exit(nz, ExitKind::Deopt, at);
                self.b.ins().fdiv(x, y)
            }
            _ => return unsupported(Refusal::Operands),
        };
        Ok(SV::Float(r))
    }
}

/// Objects: helper calls, reference counts, boxing and unboxing.
impl<'a, 'f> Lower<'a, 'f> {
    /// Calls the helper at `addr` with `args` (the C convention; parameter
    /// types from the values); its result, if it has one.
    fn call_helper(&mut self, addr: usize, args: &[Value], ret: Option<ir::Type>) -> Option<Value> {
        let params: Vec<ir::Type> = args
            .iter()
            .map(|a| self.b.func.dfg.value_type(*a))
            .collect();
        let key = (params, ret);
        let sig = match self.sigs.get(&key) {
            Some(s) => *s,
            None => {
                let mut s = Signature::new(self.b.func.signature.call_conv);
                for p in &key.0 {
                    s.params.push(AbiParam::new(*p));
                }
                if let Some(r) = ret {
                    s.returns.push(AbiParam::new(r));
                }
                let r = self.b.import_signature(s);
                self.sigs.insert(key, r);
                r
            }
        };
        // a helper that may run Python code may advance the frame's range
        // iterators too (`next(it)` in a loop over `it`): their virtual
        // state goes into the objects before and comes back after
        let h = &self.abi.helpers;
        let pure = [h.incref, h.decref, h.box_int, h.box_float].contains(&addr);
        let costly = [
            h.call,
            h.getattr,
            h.setattr,
            h.load_method,
            h.binary_op,
            h.compare,
            h.contains,
            h.unary,
            h.get_iter,
            h.build,
            h.getitem,
            h.setitem,
        ];
        if costly.contains(&addr) {
            self.costly += 1;
        }
        if !pure {
            self.iters_to_objects();
        }
        let f = self.iconst(addr as i64);
        let call = self.b.ins().call_indirect(sig, f, args);
        let r = self.b.inst_results(call).first().copied();
        if !pure {
            self.iters_from_objects();
        }
        r
    }

    /// Stores the virtual range iterators' state into their objects.
    fn iters_to_objects(&mut self) {
        let iters: Vec<(usize, Variable, Variable)> = self
            .iters
            .values()
            .map(|it| (it.slot, it.next, it.remaining))
            .collect();
        for (slot, next, rem) in iters {
            let w = self.load_slot(slot);
            let n = self.b.use_var(next);
            let r = self.b.use_var(rem);
            let t = MemFlagsData::trusted();
            self.b.ins().store(t, n, w, self.abi.range_next);
            self.b.ins().store(t, r, w, self.abi.range_remaining);
        }
    }

    /// Reads the virtual range iterators' state back from their objects.
    fn iters_from_objects(&mut self) {
        let iters: Vec<(usize, Variable, Variable)> = self
            .iters
            .values()
            .map(|it| (it.slot, it.next, it.remaining))
            .collect();
        for (slot, next, rem) in iters {
            let w = self.load_slot(slot);
            let t = MemFlagsData::trusted();
            let n = self.b.ins().load(types::I64, t, w, self.abi.range_next);
            let r = self
                .b
                .ins()
                .load(types::I64, t, w, self.abi.range_remaining);
            self.b.def_var(next, n);
            self.b.def_var(rem, r);
        }
    }

    fn i32const(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I32, v)
    }

    /// Counts a reference to word `w` up (`inc`) or down: nothing for 0,
    /// a small int, an immortal or deferred object; inline for an object
    /// this thread owns (unless a decrement would reach zero); else the
    /// runtime's helper. Kept short (this is a third of a loop's IR): the
    /// ownership test is one branch, and an increment of an object this
    /// thread does not own (immortal ones too) goes to the helper.
    fn count(&mut self, w: Value, inc: bool) {
        let heap = self.b.create_block();
        let fast = self.b.create_block();
        let call = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(call);
        let object = self.is_object(w);
        self.b.ins().brif(object, heap, &[], join, &[]);
        self.b.switch_to_block(heap);
        let t = MemFlagsData::trusted();
        let owner = self.b.ins().load(types::I64, t, w, self.abi.header_tid);
        let mine = self.b.ins().icmp(IntCC::Equal, owner, self.tid);
        let rl = self.b.ins().uload32(t, w, self.abi.header_ref_local);
        if inc {
            // (an immortal object has no owner: the helper sees it is one)
            self.b.ins().brif(mine, fast, &[], call, &[]);
            self.b.switch_to_block(fast);
            let n = self.b.ins().iadd_imm_s(rl, 1);
            self.b.ins().istore32(t, n, w, self.abi.header_ref_local);
            self.b.ins().jump(join, &[]);
        } else {
            // mine and not the last reference; else immortal, or the helper
            let more = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, rl, 1);
            let ok = self.b.ins().band(mine, more);
            let slow = self.b.create_block();
            self.b.ins().brif(ok, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            let n = self.b.ins().iadd_imm_s(rl, -1);
            self.b.ins().istore32(t, n, w, self.abi.header_ref_local);
            self.b.ins().jump(join, &[]);
            self.b.switch_to_block(slow);
            let immortal = self.b.ins().icmp_imm_s(IntCC::Equal, rl, u32::MAX as i64);
            self.b.ins().brif(immortal, join, &[], call, &[]);
        }
        self.b.switch_to_block(call);
        let h = if inc {
            self.abi.helpers.incref
        } else {
            self.abi.helpers.decref
        };
        self.call_helper(h, &[w], None);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// Branches to `slow` unless the items of the exact list `c` can be
    /// read directly (object locking off) and the unboxed index `idx`
    /// (negative from the end) is in range; gives the address of the item.
    fn list_item(&mut self, c: Value, idx: Value, slow: Block) -> Value {
        let t = MemFlagsData::trusted();
        self.unless_locking(slow);
        let n = self.b.ins().load(types::I64, t, c, self.abi.list_len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, idx, 0);
        let from_end = self.b.ins().iadd(idx, n);
        let j = self.b.ins().select(neg, from_end, idx);
        // (unsigned: a still negative index is out of range too)
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, j, n);
        let fast = self.b.create_block();
        self.b.ins().brif(inside, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let items = self.b.ins().load(types::I64, t, c, self.abi.list_items);
        let off = self.b.ins().ishl_imm_s(j, 3);
        self.b.ins().iadd(items, off)
    }

    /// Branches to `slow` while the runtime's object locking is on (a list's
    /// items may then be read only under its lock, by a helper).
    fn unless_locking(&mut self, slow: Block) {
        let flag_at = self.iconst(self.abi.object_locking as i64);
        let flag = self
            .b
            .ins()
            .uload8(types::I32, MemFlagsData::trusted(), flag_at, 0);
        let off = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        self.guard(off, slow);
    }

    /// `next()` of the iterator `w` as the `next` helper gives it (a new
    /// reference, ITER_DONE, or 0 with an exception pending): a forward
    /// `list_iterator` (while object locking is off) or a `tuple_iterator`
    /// over an exact tuple (tuples never change) is advanced in place, as
    /// the runtime's `seq_iter_next` does (past the end it is marked done);
    /// any other iterator by the helper.
    fn seq_iter_next(&mut self, w: Value, seq: Seq) -> Option<Value> {
        let a = self.abi;
        let t = MemFlagsData::trusted();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, types::I64);
        let done = self.iconst(crate::ITER_DONE as i64);
        let (iter_type, items, len) = match seq {
            Seq::List => (a.list_iter_type, a.list_items, a.list_len),
            Seq::Tuple => (a.tuple_iter_type, a.tuple_items, a.tuple_len),
        };
        self.guard_object(w, ObjCheck::Type(iter_type), slow);
        if seq == Seq::List {
            self.unless_locking(slow);
        }
        let rev = self.b.ins().uload8(types::I32, t, w, a.seq_iter_reverse);
        let forward = self.b.ins().icmp_imm_s(IntCC::Equal, rev, 0);
        self.guard(forward, slow);
        let was_done = self.b.ins().uload8(types::I32, t, w, a.seq_iter_done);
        let live = self.b.create_block();
        self.b
            .ins()
            .brif(was_done, join, &[BlockArg::Value(done)], live, &[]);
        self.b.switch_to_block(live);
        let l = self.b.ins().load(types::I64, t, w, a.seq_iter_seq);
        if seq == Seq::Tuple {
            // a tuple subclass's items are read by the helper, as the
            // interpreter's FOR_ITER_TUPLE leaves them to the generic path
            let ty = self.b.ins().load(types::I64, t, l, a.header_type);
            let exact = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, ty, a.tuple_type as i64);
            self.guard(exact, slow);
        }
        let k = self.b.ins().load(types::I64, t, w, a.seq_iter_index);
        let n = self.b.ins().load(types::I64, t, l, len);
        let next = self.b.ins().iadd_imm_s(k, 1);
        self.b.ins().store(t, next, w, a.seq_iter_index);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, k, n);
        let item_b = self.b.create_block();
        let end = self.b.create_block();
        self.b.ins().brif(inside, item_b, &[], end, &[]);
        self.b.switch_to_block(end);
        let one = self.b.ins().iconst(types::I8, 1);
        self.b.ins().store(t, one, w, a.seq_iter_done);
        self.b.ins().jump(join, &[BlockArg::Value(done)]);
        self.b.switch_to_block(item_b);
        let p = self.b.ins().load(types::I64, t, l, items);
        let at = self.b.ins().ishl_imm_s(k, 3);
        let at = self.b.ins().iadd(p, at);
        let item = self.b.ins().load(types::I64, t, at, 0);
        self.incref(item);
        self.b.ins().jump(join, &[BlockArg::Value(item)]);
        self.b.switch_to_block(slow);
        let h = self.call_helper(a.helpers.next, &[w], Some(types::I64))?;
        self.b.ins().jump(join, &[BlockArg::Value(h)]);
        self.b.switch_to_block(join);
        self.native += 1;
        Some(r)
    }

    /// `c[idx]` of an exact list `c` and an unboxed index: a new reference,
    /// read directly when it can be (see [`Lower::list_item`]), else by the
    /// runtime's helper (0 and an exception pending for an index out of
    /// range).
    fn list_get(&mut self, c: Value, idx: Value) -> Option<Value> {
        let helper = self.abi.helpers.list_get;
        if self.abi.object_locking == 0 {
            return self.call_helper(helper, &[c, idx], Some(types::I64));
        }
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, types::I64);
        let at = self.list_item(c, idx, slow);
        let w = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), at, 0);
        self.incref(w);
        self.b.ins().jump(join, &[BlockArg::Value(w)]);
        self.b.switch_to_block(slow);
        let h = self.call_helper(helper, &[c, idx], Some(types::I64))?;
        self.b.ins().jump(join, &[BlockArg::Value(h)]);
        self.b.switch_to_block(join);
        self.native += 1;
        Some(r)
    }

    /// `c[idx] = v` for an exact list `c`, an unboxed index and a borrowed
    /// value: 1 when done, 0 with an exception pending (as the helper).
    fn list_set(&mut self, c: Value, idx: Value, v: Value) -> Option<Value> {
        let helper = self.abi.helpers.list_set;
        if self.abi.object_locking == 0 {
            return self.call_helper(helper, &[c, idx, v], Some(types::I32));
        }
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        let r = self.b.append_block_param(join, types::I32);
        let at = self.list_item(c, idx, slow);
        let t = MemFlagsData::trusted();
        // the list's new reference, in; the old one, out (its release may
        // free it: after the store, as the helper does)
        self.incref(v);
        let old = self.b.ins().load(types::I64, t, at, 0);
        self.b.ins().store(t, v, at, 0);
        self.decref(old);
        let one = self.i32const(1);
        self.b.ins().jump(join, &[BlockArg::Value(one)]);
        self.b.switch_to_block(slow);
        let h = self.call_helper(helper, &[c, idx, v], Some(types::I32))?;
        self.b.ins().jump(join, &[BlockArg::Value(h)]);
        self.b.switch_to_block(join);
        self.native += 1;
        Some(r)
    }

    fn incref(&mut self, w: Value) {
        self.count(w, true);
    }

    fn decref(&mut self, w: Value) {
        self.count(w, false);
    }

    /// An i64 as an int object's word (tagged in place when it fits a
    /// small int).
    fn box_int(&mut self, v: Value) -> Value {
        let t = self.b.ins().ishl_imm_s(v, 1);
        let back = self.b.ins().sshr_imm_s(t, 1);
        let fits = self.b.ins().icmp(IntCC::Equal, back, v);
        let small = self.b.create_block();
        let big = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(fits, small, &[], big, &[]);
        self.b.switch_to_block(small);
        let w = self.b.ins().bor_imm_s(t, 1);
        self.b.ins().jump(join, &[BlockArg::Value(w)]);
        self.b.switch_to_block(big);
        let w = self
            .call_helper(self.abi.helpers.box_int, &[v], Some(types::I64))
            .unwrap_or(v);
        self.b.ins().jump(join, &[BlockArg::Value(w)]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// A new reference to the value `sv` stands for.
    fn owned(&mut self, sv: SV) -> Step<Value> {
        Ok(match sv {
            SV::Obj(v) => v,
            SV::Local(l) => {
                let w = self.load_slot(l as usize);
                self.incref(w);
                w
            }
            SV::Word(w) => self.iconst(w as i64),
            SV::Null => self.iconst(0),
            SV::Int(v) => self.box_int(v),
            SV::Float(x) => self
                .call_helper(self.abi.helpers.box_float, &[x], Some(types::I64))
                .unwrap_or(x),
            SV::Bool(b) => {
                let t = self.iconst(self.abi.true_word as i64);
                let f = self.iconst(self.abi.false_word as i64);
                self.b.ins().select(b, t, f)
            }
            _ => return unsupported(Refusal::Operands),
        })
    }

    /// The word of `sv` for a helper that borrows it, and whether it is a
    /// temporary (boxed for the call) to release after.
    fn operand(&mut self, sv: SV) -> Step<(Value, bool)> {
        Ok(match sv {
            SV::Obj(v) => (v, false),
            SV::Local(l) => (self.load_slot(l as usize), false),
            SV::Word(w) => (self.iconst(w as i64), false),
            SV::Null => (self.iconst(0), false),
            SV::Bool(_) => (self.owned(sv)?, false),
            SV::Int(_) | SV::Float(_) => (self.owned(sv)?, true),
            _ => return unsupported(Refusal::Operands),
        })
    }

    /// The word of the boxed stack item `n` from the top (1: the top) for
    /// a helper that borrows it; an unboxed one refuses the loop.
    fn boxed_operand(&mut self, n: usize) -> Step<Value> {
        let sv = self.peek(n)?;
        if !sv.boxed() {
            return unsupported(Refusal::Operands);
        }
        Ok(self.operand(sv)?.0)
    }

    /// Releases what `operand` boxed for a call.
    fn release_temps(&mut self, temps: &[(Value, bool)]) {
        for &(w, temp) in temps {
            if temp {
                self.decref(w);
            }
        }
    }

    /// Drops a stack value an instruction consumed.
    fn consume(&mut self, sv: SV) {
        if let SV::Obj(v) = sv {
            self.decref(v);
        }
    }

    /// Drops a stack value an instruction consumed after unboxing it as
    /// `ty`: nothing for an int or a bool (the word was a small int, or
    /// True or False: nothing counted), else as [`Lower::consume`].
    fn consume_unboxed(&mut self, sv: SV, ty: Ty) {
        if !matches!(ty, Ty::Int | Ty::Bool) {
            self.consume(sv);
        }
    }

    /// Leaves through an error exit (resuming at `at`, before the
    /// instruction, the stack as it was) unless `ok`. Never forced by
    /// `fail_once`: the helper has had its effect.
    fn check(&mut self, ok: Value, at: u32) {
        let e = self.exit_block(ExitKind::Error, at);
        self.guard(ok, e);
    }

    /// An object result: the error exit when it is 0.
    fn check_word(&mut self, r: Value, at: u32) {
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.check(ok, at);
    }

    /// Turns borrowed loads of local `l` on the stack into owned
    /// references (the local is about to change).
    fn detach_local(&mut self, l: u32) {
        for k in 0..self.stack.len() {
            if self.stack[k] == SV::Local(l) {
                let w = self.load_slot(l as usize);
                self.incref(w);
                self.stack[k] = SV::Obj(w);
            }
        }
    }

    /// A deopt exit at `at` (before the instruction), forced once under
    /// `fail_once`: for guards on what a boxed value holds.
    fn deopt_block(&mut self, at: u32) -> Block {
        let idx = self.exits.len();
        let e = self.exit_block(ExitKind::Deopt, at);
        // (only `fail_once` can force it here: otherwise no branch at all,
        // not one on a constant, which would still split the block and keep
        // the exit's values live along the edge)
        if self.fail_table.is_some() && idx < MAX_EXITS {
            let t = self.b.ins().iconst(types::I8, 1);
            let first = self.unless_first_time(t, idx);
            self.guard(first, e);
        }
        e
    }

    /// The boxed `sv` unboxed as `ty` (the deopt exit at `at` when it does
    /// not hold one). A float accepts a small int, converted, when
    /// `int_as_float` (the other operand is a float, so Python converts
    /// it too).
    fn unbox_sv(&mut self, sv: SV, ty: Ty, int_as_float: bool, at: u32) -> Step<Value> {
        let (w, _) = self.operand(sv)?;
        let e = self.deopt_block(at);
        if ty == Ty::Float && int_as_float {
            let int_b = self.b.create_block();
            let flt_b = self.b.create_block();
            let join = self.b.create_block();
            self.b.append_block_param(join, types::F64);
            let tag = self.b.ins().band_imm_s(w, 1);
            self.b.ins().brif(tag, int_b, &[], flt_b, &[]);
            self.b.switch_to_block(int_b);
            let i = self.b.ins().sshr_imm_s(w, 1);
            let f = self.b.ins().fcvt_from_sint(types::F64, i);
            self.b.ins().jump(join, &[BlockArg::Value(f)]);
            self.b.switch_to_block(flt_b);
            let x = self.unbox_guarded(w, Ty::Float, e);
            self.b.ins().jump(join, &[BlockArg::Value(x)]);
            self.b.switch_to_block(join);
            return Ok(self.b.block_params(join)[0]);
        }
        Ok(self.unbox_guarded(w, ty, e))
    }

    /// The truth of a boxed value (an i8): True, False and None inline,
    /// anything else by the helper (an error exits at `at`).
    fn truth_boxed(&mut self, sv: SV, at: u32) -> Step<Value> {
        let (w, _) = self.operand(sv)?;
        let known = self.b.create_block();
        let ask = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I8);
        let is_t = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, w, self.abi.true_word as i64);
        let is_f = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, w, self.abi.false_word as i64);
        let is_n = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, w, self.abi.none_word as i64);
        let any = self.b.ins().bor(is_t, is_f);
        let any = self.b.ins().bor(any, is_n);
        self.b.ins().brif(any, known, &[], ask, &[]);
        self.b.switch_to_block(known);
        self.b.ins().jump(join, &[BlockArg::Value(is_t)]);
        self.b.switch_to_block(ask);
        // a TO_BOOL's form (not another instruction's: a jump's or a not's)
        let to_bool = Opcode::from_u8(self.form(at)).map(Opcode::family) == Some(Opcode::TO_BOOL);
        let site = match to_bool {
            true => self.site(at),
            false => self.iconst(0),
        };
        let r = self
            .call_helper(self.abi.helpers.truth, &[w, site], Some(types::I32))
            .ok_or(Unsupported(Refusal::Codegen))?;
        let ok = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, r, 0);
        self.check(ok, at);
        let t = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.b.switch_to_block(join);
        Ok(self.b.block_params(join)[0])
    }

    /// A helper taking the top `n` stack items (borrowed) and `extra`
    /// arguments after them, returning an object: the items are consumed
    /// and the result pushed; an error exits at `at` with them in place.
    fn helper_op(&mut self, addr: usize, n: usize, extra: &[Value], at: u32) -> Step<()> {
        self.helper_op_with(addr, &[], n, extra, at)
    }

    /// The address of the instruction at `off` in the running code's live
    /// quickened units ([`LoopInput::sites`]; 0 when there are none), for a
    /// helper that does what that instruction's specialized form does.
    fn site(&mut self, off: u32) -> Value {
        let at = match self.input.sites {
            0 => 0,
            base => base + off as usize * 4,
        };
        self.iconst(at as i64)
    }

    /// As [`Lower::helper_op`], with `lead` arguments before the items.
    fn helper_op_with(
        &mut self,
        addr: usize,
        lead: &[Value],
        n: usize,
        extra: &[Value],
        at: u32,
    ) -> Step<()> {
        let (items, ops) = self.items(n)?;
        let mut args = lead.to_vec();
        args.extend(ops.iter().map(|o| o.0));
        args.extend_from_slice(extra);
        let r = self
            .call_helper(addr, &args, Some(types::I64))
            .ok_or(Unsupported(Refusal::Codegen))?;
        self.release_temps(&ops);
        self.check_word(r, at);
        self.finish(items);
        self.stack.push(SV::Obj(r));
        Ok(())
    }

    /// The top `n` stack items and their words for a helper (see
    /// [`Lower::operand`]).
    fn items(&mut self, n: usize) -> Step<Items> {
        let len = self.stack.len();
        if len < n {
            return unsupported(Refusal::Shape);
        }
        let items: Vec<SV> = self.stack[len - n..].to_vec();
        let mut ops = Vec::new();
        for sv in &items {
            if matches!(sv, SV::Mem | SV::Range(..) | SV::Iter(_) | SV::I128(_)) {
                return unsupported(Refusal::Operands);
            }
            ops.push(self.operand(*sv)?);
        }
        Ok((items, ops))
    }

    /// Pops and releases the items a helper consumed (after its success).
    fn finish(&mut self, items: Vec<SV>) {
        let len = self.stack.len();
        self.stack.truncate(len - items.len());
        for sv in items {
            self.consume(sv);
        }
    }

    /// A helper returning a status (1 done, 0 an error: the exit at `at`).
    fn check_status(&mut self, r: Value, at: u32) {
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.check(ok, at);
    }

    /// Spills words into a new stack slot of the native frame; its address.
    fn spill(&mut self, words: &[Value]) -> Value {
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            (words.len().max(1) * 8) as u32,
            3,
        ));
        for (k, w) in words.iter().enumerate() {
            self.b
                .ins()
                .stack_store(types::I64, *w, slot, (k * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// After a helper that may have run Python code: if the loop relies on
    /// builtins and they (or the globals' names) changed, leave at `next`
    /// (after the instruction, its result pushed).
    fn recheck_namespaces(&mut self, next: u32) {
        if !self.uses_globals {
            return;
        }
        if let Some(ok) = self.namespaces_unchanged() {
            let e = self.exit_block(ExitKind::Deopt, next);
            self.guard(ok, e);
        }
    }

    /// `CALL n` of anything (the helper), `[callable, self_or_null,
    /// args]`.
    fn call_generic(&mut self, i: &Insn) -> Step<()> {
        // CALL_KW: the names of the keyword arguments (the last ones) on top
        let kw = (i.op == Opcode::CALL_KW) as usize;
        let n = i.arg as usize;
        let len = self.stack.len();
        if len < n + 2 + kw {
            return unsupported(Refusal::Shape);
        }
        let items: Vec<SV> = self.stack[len - n - 2 - kw..].to_vec();
        let mut ops = Vec::new();
        for sv in &items {
            if *sv == SV::Mem {
                return unsupported(Refusal::Shape);
            }
            ops.push(self.operand(*sv)?);
        }
        let words: Vec<Value> = ops[2..2 + n].iter().map(|o| o.0).collect();
        let kwnames = match kw {
            1 => ops[2 + n].0,
            _ => self.iconst(0),
        };
        let argv = self.spill(&words);
        // the callee may look at this frame: its line, its locals
        let at = self.iconst(i.off as i64);
        self.b.ins().store(
            MemFlagsData::trusted(),
            at,
            self.frame,
            self.abi.frame_lasti,
        );
        self.locals_to_frame()?;
        let nv = self.iconst(n as i64);
        // the helper releases what this code owns (an item it consumes on
        // success, a temporary in any case), so no count sequences here
        // (the first 32 of `[callable, self, args...]`; the rest, and the
        // keyword names, are released here)
        let handed = (n + 2).min(32);
        let mut release = 0u64;
        for (k, (sv, (_, temp))) in items.iter().zip(&ops).enumerate().take(handed) {
            if *temp {
                release |= 1 << (32 + k);
            } else if matches!(sv, SV::Obj(_)) {
                release |= 1 << k;
            }
        }
        let rel = self.iconst(release as i64);
        let r = self
            .call_helper(
                self.abi.helpers.call,
                &[ops[0].0, ops[1].0, argv, nv, kwnames, rel],
                Some(types::I64),
            )
            .ok_or(Unsupported(Refusal::Codegen))?;
        self.release_temps(&ops[handed..]);
        self.check_word(r, i.off);
        self.stack.truncate(len - n - 2 - kw);
        for sv in items.into_iter().skip(handed) {
            self.consume(sv);
        }
        self.stack.push(SV::Obj(r));
        self.recheck_namespaces(i.next);
        Ok(())
    }

    /// Boxes the unboxed locals the loop writes into their frame slots (what
    /// a callee that reads the frame's locals sees). An i128 local is not
    /// (left as it was at entry).
    fn locals_to_frame(&mut self) -> Step<()> {
        // Inline when every such local can go in without counting (an int
        // that fits a small int over a small int, a bool over a bool, a
        // float into the float only the frame holds); else all of them by
        // the `sync_locals` helper. One test for the lot, no blocks per
        // local: boxing each inline with its own branches made large loops
        // slow to compile.
        let t = MemFlagsData::trusted();
        let a = self.abi;
        let mut pairs = Vec::new();
        let mut stores: Vec<(Value, i32, Value)> = Vec::new();
        let mut ok: Option<Value> = None;
        for l in 0..self.locals.len() {
            if !self.plan.written[l] {
                continue;
            }
            let Some((ty, var)) = self.locals[l] else {
                continue;
            };
            if !ty.unboxed() || ty == Ty::I128 {
                continue;
            }
            let v = self.b.use_var(var);
            let old = self.load_slot(l);
            let (raw, cond, store) = match ty {
                Ty::Bool => {
                    let tw = self.iconst(a.true_word as i64);
                    let fw = self.iconst(a.false_word as i64);
                    let w = self.b.ins().select(v, tw, fw);
                    let is_t = self.b.ins().icmp(IntCC::Equal, old, tw);
                    let is_f = self.b.ins().icmp(IntCC::Equal, old, fw);
                    let c = self.b.ins().bor(is_t, is_f);
                    let raw = self.b.ins().uextend(types::I64, v);
                    (raw, c, (self.slots, self.slot_addr(l), w))
                }
                Ty::Float => {
                    let raw = self.b.ins().bitcast(types::I64, MemFlagsData::new(), v);
                    // the old value's header (True's when it is not an
                    // object: it fails every test below)
                    let heap = self.is_object(old);
                    let tw = self.iconst(a.true_word as i64);
                    let o = self.b.ins().select(heap, old, tw);
                    let ty_w = self.b.ins().load(types::I64, t, o, a.header_type);
                    let is_f = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, ty_w, a.float_type as i64);
                    let owner = self.b.ins().load(types::I64, t, o, a.header_tid);
                    let mine = self.b.ins().icmp(IntCC::Equal, owner, self.tid);
                    let rl = self.b.ins().uload32(t, o, a.header_ref_local);
                    let one = self.b.ins().icmp_imm_s(IntCC::Equal, rl, 1);
                    let sh = self.b.ins().load(types::I64, t, o, a.header_ref_shared);
                    let unshared = self.b.ins().icmp_imm_s(IntCC::Equal, sh, 0);
                    let c = self.b.ins().band(is_f, mine);
                    let c2 = self.b.ins().band(one, unshared);
                    let c = self.b.ins().band(c, c2);
                    (raw, c, (o, a.float_value, v))
                }
                _ => {
                    let sh = self.b.ins().ishl_imm_s(v, 1);
                    let back = self.b.ins().sshr_imm_s(sh, 1);
                    let fits = self.b.ins().icmp(IntCC::Equal, back, v);
                    let tag = self.b.ins().band_imm_s(old, 1);
                    let small = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, 0);
                    let c = self.b.ins().band(fits, small);
                    let w = self.b.ins().bor_imm_s(sh, 1);
                    (v, c, (self.slots, self.slot_addr(l), w))
                }
            };
            ok = Some(match ok {
                Some(o) => self.b.ins().band(o, cond),
                None => cond,
            });
            stores.push(store);
            let desc = ((l as i64) << 8) | Repr::Unboxed(ty).code() as i64;
            pairs.push(self.iconst(desc));
            pairs.push(raw);
        }
        let Some(ok) = ok else {
            return Ok(());
        };
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        for (base, off, v) in stores {
            self.b.ins().store(t, v, base, off);
        }
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let buf = self.spill(&pairs);
        let n = self.iconst((pairs.len() / 2) as i64);
        self.call_helper(a.helpers.sync_locals, &[self.slots, buf, n], None);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        Ok(())
    }

    /// `BINARY_OP` with a boxed operand: unboxed where the adaptive
    /// interpreter's form (or the other operand) says numbers, else the
    /// helper. `Ok(true)`: done by the helper; `Ok(false)`: the operands are
    /// unboxed now, for the native code.
    fn binary_boxed(&mut self, i: &Insn) -> Step<bool> {
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let form = self.form(i.off);
        use Opcode::*;
        let float_form = self.form_is(
            i.off,
            &[
                BINARY_OP_ADD_FLOAT,
                BINARY_OP_SUBTRACT_FLOAT,
                BINARY_OP_MULTIPLY_FLOAT,
                BINARY_OP_TRUEDIV_FLOAT,
                BINARY_OP_FLOAT_OTHER,
            ],
        );
        let int_form = self.form_is(
            i.off,
            &[
                BINARY_OP_ADD_INT,
                BINARY_OP_SUBTRACT_INT,
                BINARY_OP_MULTIPLY_INT,
                BINARY_OP_INT_OTHER,
            ],
        );
        let generic = form == Opcode::BINARY_OP as u8;
        let is_f = |s: SV| matches!(s, SV::Float(_));
        let is_i = |s: SV| matches!(s, SV::Int(_));
        let want = if float_form || (generic && (is_f(a) || is_f(b))) {
            Some(Ty::Float)
        } else if int_form || (generic && (is_i(a) || is_i(b))) {
            Some(Ty::Int)
        } else {
            None
        };
        let Some(ty) = want else {
            let code = self.i32const(i.arg as i64);
            let site = self.site(i.off);
            self.helper_op(self.abi.helpers.binary_op, 2, &[code, site], i.off)?;
            return Ok(true);
        };
        self.unbox_operands(ty, true, i.off)?;
        Ok(false)
    }

    /// Unboxes the boxed ones of the top two stack items as `ty` (guarded:
    /// the deopt exit at `at` before anything is released), then releases
    /// them and puts the unboxed values in their place. With
    /// `int_as_float`, a float operand whose other operand is an unboxed
    /// float accepts a small int (Python converts it too).
    fn unbox_operands(&mut self, ty: Ty, int_as_float: bool, at: u32) -> Step<()> {
        let len = self.stack.len();
        let (a, b) = (self.peek(2)?, self.peek(1)?);
        let mut vals = [None, None];
        for (k, sv) in [a, b].into_iter().enumerate() {
            if sv.boxed() {
                let other = if k == 0 { b } else { a };
                let conv = int_as_float && matches!(other, SV::Float(_));
                vals[k] = Some(self.unbox_sv(sv, ty, conv, at)?);
            }
        }
        for (k, sv) in [a, b].into_iter().enumerate() {
            if let Some(v) = vals[k] {
                self.consume_unboxed(sv, ty);
                self.stack[len - 2 + k] = SV::with(ty, v);
            }
        }
        Ok(())
    }

    /// The adaptive interpreter's opcode byte at `off` (0: unknown).
    fn form(&self, off: u32) -> u8 {
        if self.input.distrust.contains(&off) {
            // (a guess here kept failing: no feedback, the helpers)
            return 0;
        }
        self.input.forms.get(off as usize).copied().unwrap_or(0)
    }

    /// Whether the adaptive interpreter has one of `forms` at `off`.
    fn form_is(&self, off: u32, forms: &[Opcode]) -> bool {
        let f = self.form(off);
        forms.iter().any(|o| *o as u8 == f)
    }
}
