//! The loop's shape: its instructions, basic blocks and which blocks stay on
//! the loop's hot path (can reach its back edge), and the unboxed type of
//! each local it refers to.
//!
//! A loop is the code from its header to its back edge. Jumps out of that
//! range are exits. An instruction the compiler cannot handle becomes an exit
//! when its block can no longer reach the back edge (a `break`, `return` or
//! `raise` path: control leaves the loop there anyway); on the hot path it
//! refuses the whole loop, which stays interpreted.

use std::collections::{BTreeMap, BTreeSet};

use specializer::{decode, Opcode};

use crate::{LoopInput, Refusal, Seen};

/// The unboxed representation of a value in compiled code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A 64-bit signed int (boxed as a small int, or a big int past 63 bits).
    Int,
    /// A 128-bit signed int: a local that held an int past 64 bits when the
    /// loop was compiled (ints stored into it are widened).
    I128,
    /// An f64 (boxed as an exact float).
    Float,
    /// A bool as 0/1 (boxed as True/False).
    Bool,
    /// An exact list, left in its local (which the loop never stores to):
    /// loads are borrowed.
    List,
    /// Any object, boxed: a local of this type stays in its frame slot
    /// (loads are borrowed, stores release what it held); on the stack, a
    /// reference compiled code owns.
    Obj,
}

impl Ty {
    /// The type a local that held `seen` gets (a list the loop stores to
    /// is any object).
    pub fn of(seen: Seen) -> Ty {
        match seen {
            Seen::SmallInt => Ty::Int,
            Seen::BigInt => Ty::I128,
            Seen::Float => Ty::Float,
            Seen::Bool => Ty::Bool,
            Seen::List => Ty::List,
            _ => Ty::Obj,
        }
    }

    /// Whether a local of this type lives in a variable, unboxed.
    pub fn unboxed(self) -> bool {
        !matches!(self, Ty::List | Ty::Obj)
    }
}

/// One instruction of the loop.
#[derive(Clone, Copy, Debug)]
pub struct Insn {
    pub off: u32,
    pub op: Opcode,
    pub arg: u32,
    /// Offset of the next instruction.
    pub next: u32,
}

/// Where control goes after an instruction.
pub enum Flow {
    /// Falls through to `next`.
    Next,
    /// Jumps to its target only.
    Jump(u32),
    /// Falls through or jumps to the target.
    Branch(u32),
    /// Never continues (return, raise).
    End,
}

pub fn flow(i: &Insn) -> Flow {
    use Opcode::*;
    match i.op {
        JUMP_FORWARD | JUMP_BACKWARD => Flow::Jump(i.arg),
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE
        | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP | FOR_ITER | SEND => Flow::Branch(i.arg),
        RETURN_VALUE | RAISE_VARARGS | RERAISE => Flow::End,
        _ => Flow::Next,
    }
}

pub struct Plan {
    pub insns: Vec<Insn>,
    /// Block starts, each mapped to whether the block can reach the back
    /// edge (the hot path).
    pub blocks: BTreeMap<u32, bool>,
    /// The type of each local the loop refers to (`None`: not unboxed, or
    /// not referred to).
    pub locals: Vec<Option<Ty>>,
    /// Locals the loop stores to (written back at exits).
    pub written: Vec<bool>,
    /// Locals the loop deletes (boxed; their loads check they are bound).
    pub deleted: Vec<bool>,
}

impl Plan {
    pub fn in_loop(&self, off: u32, input: &LoopInput) -> bool {
        off >= input.header && off <= input.back_edge
    }

    /// The start of the block holding instruction `off`.
    pub fn block_of(&self, off: u32) -> u32 {
        *self
            .blocks
            .range(..=off)
            .next_back()
            .map(|(k, _)| k)
            .unwrap_or(&0)
    }

    pub fn hot(&self, off: u32) -> bool {
        self.blocks
            .get(&self.block_of(off))
            .copied()
            .unwrap_or(false)
    }
}

pub fn analyze(input: &LoopInput) -> Result<Plan, Refusal> {
    let code = input.code;
    if input.header >= input.back_edge || input.back_edge as usize >= code.len() {
        return Err(Refusal::Shape);
    }
    // the instructions, decoded from the header on
    let mut insns = Vec::new();
    let mut off = input.header as usize;
    while off <= input.back_edge as usize {
        let (b, arg) = decode(code[off]);
        let op = Opcode::from_u8(b).ok_or(Refusal::Shape)?;
        let next = (off + 1 + op.cache_units()) as u32;
        insns.push(Insn {
            off: off as u32,
            op,
            arg,
            next,
        });
        off = next as usize;
    }
    let last = insns.last().ok_or(Refusal::Shape)?;
    if last.off != input.back_edge || last.op != Opcode::JUMP_BACKWARD || last.arg != input.header {
        return Err(Refusal::Shape);
    }
    let starts: BTreeSet<u32> = insns.iter().map(|i| i.off).collect();
    let inside = |t: u32| t >= input.header && t <= input.back_edge;
    // block leaders: the header, jump targets inside, what follows a jump
    let mut leaders = BTreeSet::new();
    leaders.insert(input.header);
    for i in &insns {
        match flow(i) {
            Flow::Jump(t) | Flow::Branch(t) => {
                if inside(t) {
                    if !starts.contains(&t) {
                        return Err(Refusal::Shape);
                    }
                    leaders.insert(t);
                }
                if i.next <= input.back_edge {
                    leaders.insert(i.next);
                }
            }
            Flow::End => {
                if i.next <= input.back_edge {
                    leaders.insert(i.next);
                }
            }
            Flow::Next => {}
        }
    }
    // successors of each block (inside the loop only)
    let mut succ: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    let mut has_back_edge = BTreeSet::new();
    let mut cur = input.header;
    for (k, i) in insns.iter().enumerate() {
        if leaders.contains(&i.off) {
            cur = i.off;
            succ.entry(cur).or_default();
        }
        let ends_block = insns.get(k + 1).is_none_or(|n| leaders.contains(&n.off));
        let s = succ.entry(cur).or_default();
        match flow(i) {
            Flow::Jump(t) => {
                if i.off == input.back_edge {
                    has_back_edge.insert(cur);
                } else if inside(t) {
                    s.push(t);
                }
            }
            Flow::Branch(t) => {
                if inside(t) {
                    s.push(t);
                }
                if i.next <= input.back_edge {
                    s.push(i.next);
                }
            }
            Flow::End => {}
            Flow::Next => {
                if ends_block && i.next <= input.back_edge {
                    s.push(i.next);
                }
            }
        }
    }
    // hot: can reach the back edge (a fixed point over the small CFG)
    let mut hot: BTreeMap<u32, bool> = leaders
        .iter()
        .map(|&b| (b, has_back_edge.contains(&b)))
        .collect();
    loop {
        let mut changed = false;
        for (b, ss) in &succ {
            if !hot[b] && ss.iter().any(|s| hot.get(s).copied().unwrap_or(false)) {
                hot.insert(*b, true);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // locals: typed from what they held (boxed objects stay in their
    // slots); a list the loop stores to is any object
    let n = input.nlocals as usize;
    let mut locals = vec![None; n];
    let mut written = vec![false; n];
    let mut stored = vec![false; n];
    // a local the loop deletes is boxed (it may be unbound at any load)
    let mut deleted = vec![false; n];
    for i in &insns {
        if matches!(
            i.op,
            Opcode::LOAD_FAST
                | Opcode::STORE_FAST
                | Opcode::CHECK_FAST
                | Opcode::BINARY_SUBSCR_FAST
                | Opcode::STORE_SUBSCR_FAST
                | Opcode::DELETE_FAST
        ) {
            let l = i.arg as usize;
            if l >= n {
                return Err(Refusal::Shape);
            }
            let seen = input.locals.get(l).copied().unwrap_or(Seen::Unbound);
            locals[l] = Some(Ty::of(seen));
            if i.op == Opcode::STORE_FAST {
                stored[l] = true;
            }
            if i.op == Opcode::DELETE_FAST {
                deleted[l] = true;
            }
        }
    }
    for l in 0..n {
        if deleted[l] {
            locals[l] = Some(Ty::Obj);
        }
        if stored[l] {
            if locals[l] == Some(Ty::List) {
                locals[l] = Some(Ty::Obj);
            }
            // an unboxed local the loop stores to is written back at exits
            written[l] = locals[l].is_some_and(Ty::unboxed);
        }
    }
    Ok(Plan {
        insns,
        blocks: hot,
        locals,
        written,
        deleted,
    })
}
