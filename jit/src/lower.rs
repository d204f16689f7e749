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
    Abi, Builtin, Const, ExitKind, LoopInput, Name, Refusal, Repr, Seen, CTX_BREAKER, CTX_OUT,
    OUT_WORDS,
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
    /// A borrowed load of a list local (which the loop never stores to).
    Local(u32),
}

impl SV {
    fn ty(self) -> Option<Ty> {
        match self {
            SV::Int(_) => Some(Ty::Int),
            SV::I128(_) => Some(Ty::I128),
            SV::Float(_) => Some(Ty::Float),
            SV::Bool(_) => Some(Ty::Bool),
            _ => None,
        }
    }
    fn val(self) -> Option<Value> {
        match self {
            SV::Int(v) | SV::I128(v) | SV::Float(v) | SV::Bool(v) => Some(v),
            _ => None,
        }
    }
    fn with(ty: Ty, v: Value) -> SV {
        match ty {
            Ty::Int => SV::Int(v),
            Ty::I128 => SV::I128(v),
            Ty::Float => SV::Float(v),
            Ty::Bool => SV::Bool(v),
            Ty::List => unreachable!("list locals are not unboxed"),
        }
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
        Ty::List => types::I64,
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
) -> Result<Vec<ExitRow>, Refusal> {
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
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
    let mut l = Lower {
        b,
        input,
        plan,
        abi,
        slots,
        breaker,
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
    };
    l.entry()?;
    l.body()?;
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
        let tag = self.b.ins().band_imm_s(w, 1);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
        let untagged = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        let ok = self.b.ins().band(nonzero, untagged);
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

    /// The unboxed value of word `w`, which must hold a `ty` (else `fail`).
    fn unbox_guarded(&mut self, w: Value, ty: Ty, fail: Block) -> Value {
        match ty {
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
        for sv in &self.stack[base..] {
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
                if ty == Ty::List {
                    self.stack.push(SV::Local(i.arg));
                } else {
                    let v = self.b.use_var(var);
                    self.stack.push(SV::with(ty, v));
                }
            }
            LOAD_GLOBAL => {
                let Some(Name::Builtin(_, w)) = self.input.names.get((i.arg >> 1) as usize) else {
                    return unsupported(Refusal::Opcode(LOAD_GLOBAL));
                };
                if !self.uses_globals {
                    return unsupported(Refusal::Opcode(LOAD_GLOBAL));
                }
                self.stack.push(SV::Word(*w as u64));
                if i.arg & 1 == 1 {
                    self.stack.push(SV::Null);
                }
            }
            LOAD_METHOD => {
                let SV::Local(l) = self.peek(1)? else {
                    return unsupported(Refusal::Opcode(LOAD_METHOD));
                };
                let is_list = matches!(self.locals[l as usize], Some((Ty::List, _)));
                if !is_list || self.input.names.get(i.arg as usize) != Some(&Name::Append) {
                    return unsupported(Refusal::Opcode(LOAD_METHOD));
                }
                self.stack.pop();
                self.stack.push(SV::Word(self.abi.list_append_word as u64));
                self.stack.push(SV::Local(l));
            }
            CALL => self.call(i)?,
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
            }
            STORE_FAST => {
                let Some((ty, var)) = self.locals[i.arg as usize] else {
                    return unsupported(Refusal::SlotType);
                };
                if ty == Ty::List {
                    return unsupported(Refusal::TypeConflict);
                }
                let v = match (self.peek(1)?, ty) {
                    (SV::Int(x), Ty::I128) => self.b.ins().sextend(types::I128, x),
                    (v, _) if v.ty() == Some(ty) => v.val().unwrap_or_else(|| unreachable!()),
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
                    _ => return unsupported(Refusal::Opcode(LOAD_CONST)),
                };
                self.stack.push(sv);
            }
            POP_TOP => {
                self.pop()?;
            }
            COPY => {
                let v = self.peek(i.arg as usize)?;
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
                let t = self.truth(v)?;
                let r = self.b.ins().bxor_imm_s(t, 1);
                self.stack.pop();
                self.stack.push(SV::Bool(r));
            }
            TO_BOOL => {
                let v = self.peek(1)?;
                let t = self.truth(v)?;
                self.stack.pop();
                self.stack.push(SV::Bool(t));
            }
            COMPARE_OP => self.compare_op(i)?,
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                let SV::Bool(c) = self.peek(1)? else {
                    return unsupported(Refusal::Operands);
                };
                self.stack.pop();
                let (tgt, targs) = self.edge_or_fail(i.arg)?;
                let (nxt, nargs) = self.edge_or_fail(i.next)?;
                if i.op == POP_JUMP_IF_TRUE {
                    self.b.ins().brif(c, tgt, &targs, nxt, &nargs);
                } else {
                    self.b.ins().brif(c, nxt, &nargs, tgt, &targs);
                }
                return Ok(true);
            }
            POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => {
                // known statically: only the word of None is None (an
                // unboxed value, a list, an iterator never are)
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
            FOR_ITER => {
                let k = self.stack.len().checked_sub(1);
                let Some(it) = k.and_then(|k| self.iters.get(&k)) else {
                    return unsupported(Refusal::Opcode(FOR_ITER));
                };
                let (next, rem, step) = (it.next, it.remaining, it.step);
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
            op => return unsupported(Refusal::Opcode(op)),
        }
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
                    _ => return unsupported(Refusal::Operands),
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
                    let hi = self.b.ins().f64const(9.223372036854775808e18);
                    let lo = self.b.ins().f64const(-9.223372036854775808e18);
                    let below = self.b.ins().fcmp(FloatCC::LessThan, *x, hi);
                    let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, *x, lo);
                    let ok = self.b.ins().band(below, above);
                    self.guard_or_exit(ok, ExitKind::Deopt, i.off);
                    SV::Int(self.b.ins().fcvt_to_sint_sat(types::I64, *x))
                }
                _ => return unsupported(Refusal::Opcode(Opcode::CALL)),
            },
            _ => return unsupported(Refusal::Opcode(Opcode::CALL)),
        };
        self.stack.truncate(len - n - 2);
        self.stack.push(result);
        Ok(())
    }

    fn edge_or_fail(&mut self, target: u32) -> Step<(Block, Vec<BlockArg>)> {
        self.edge_to(target).map_err(Unsupported)
    }

    /// The truth of an unboxed value (an i8).
    fn truth(&mut self, v: SV) -> Step<Value> {
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
        let at = i.off;
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
