//! Code objects: the compiler's output and the eval loop's input.
//!
//! A code object holds the instruction units (see the `specializer` crate for
//! the encoding), constants, names, the local/cell/free variable layout, a
//! position for every instruction (line and column range, for tracebacks) and
//! the exception table (zero-cost `try`: ranges of instructions mapped to their
//! handler and the stack depth to unwind to).

use std::sync::Arc;

use crate::object::Obj;
use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;
use crate::types::int::int_from_i64;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple;
use crate::types::Registry;
use crate::value::Value;

pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry: instructions in `start..end` that raise jump to
/// `target` after the value stack is cut to `depth` items (plus the offset of
/// the raising instruction when `lasti` is set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

pub struct CodeObj {
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// The instruction units as compiled (`co_code`, `dis` without `adaptive`).
    pub code: Box<[u32]>,
    /// The units the eval loop executes: `code` with adaptive counters, then
    /// rewritten in place by the specializer (see `quicken`).
    pub quick: crate::quicken::QuickCode,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub varnames: Box<[Value]>,
    pub cellvars: Box<[Value]>,
    pub freevars: Box<[Value]>,
    /// For each cell variable that is also an argument: its argument index.
    pub cell2arg: Box<[Option<u32>]>,
    pub stacksize: u32,
    /// `stack_base()` and `frame_size()`, computed once (every call reads
    /// them): set by [`CodeObj::with_layout`].
    pub(crate) base: u32,
    pub(crate) size: u32,
    pub positions: Box<[Position]>,
    pub exc_table: Box<[ExcEntry]>,
    /// The source text, for tracebacks (shared by all code objects of a file).
    pub source: Option<Arc<str>>,
}

impl CodeObj {
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    #[inline]
    pub fn ncells(&self) -> usize {
        self.cellvars.len()
    }
    #[inline]
    pub fn nfree(&self) -> usize {
        self.freevars.len()
    }
    /// Index of a frame's first value-stack slot (after locals, cells, frees).
    #[inline]
    pub fn stack_base(&self) -> usize {
        debug_assert_eq!(
            self.base as usize,
            self.nlocals() + self.ncells() + self.nfree()
        );
        self.base as usize
    }
    /// Slots a frame needs: locals, cells, frees, then the value stack.
    #[inline]
    pub fn frame_size(&self) -> usize {
        debug_assert_eq!(
            self.size as usize,
            self.stack_base() + self.stacksize as usize
        );
        self.size as usize
    }
    /// The code with its frame layout (`stack_base`, `frame_size`) computed
    /// from the names and the stack size; the constructor's last step.
    pub fn with_layout(mut self) -> CodeObj {
        let base = self.varnames.len() + self.cellvars.len() + self.freevars.len();
        self.base = base as u32;
        self.size = (base + self.stacksize as usize) as u32;
        self
    }
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    pub fn name_str(&self) -> &str {
        as_str(&self.name).unwrap_or("?")
    }
    pub fn qualname_str(&self) -> &str {
        as_str(&self.qualname).unwrap_or("?")
    }
    pub fn filename_str(&self) -> &str {
        as_str(&self.filename).unwrap_or("?")
    }
    /// Source line of the instruction at `offset`.
    pub fn line_at(&self, offset: usize) -> u32 {
        self.positions
            .get(offset)
            .map(|p| p.line)
            .unwrap_or(self.firstlineno)
    }
    /// The innermost exception handler covering `offset`.
    pub fn handler_for(&self, offset: u32) -> Option<ExcEntry> {
        // Entries are emitted innermost-first for nested ranges; the first match wins.
        self.exc_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
            .copied()
    }
    /// A display name for a local/cell/free slot index (LOAD_DEREF numbering).
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.ncells() {
            as_str(&self.cellvars[i]).unwrap_or("?")
        } else {
            as_str(&self.freevars[i - self.ncells()]).unwrap_or("?")
        }
    }
}

fn co(v: &Value) -> &Obj<CodeObj> {
    v.downcast::<CodeObj>().unwrap()
}
fn tuple_of(v: &[Value]) -> Value {
    new_tuple(v.to_vec())
}
fn co_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(co(v).name.clone())
}
fn co_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(co(v).qualname.clone())
}
fn co_filename(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(co(v).filename.clone())
}
fn co_firstlineno(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).firstlineno as i64))
}
fn co_argcount(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).argcount as i64))
}
fn co_posonlyargcount(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).posonlyargcount as i64))
}
fn co_kwonlyargcount(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).kwonlyargcount as i64))
}
fn co_nlocals(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).nlocals() as i64))
}
fn co_flags(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).flags as i64))
}
fn co_varnames(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_of(&co(v).varnames))
}
fn co_cellvars(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_of(&co(v).cellvars))
}
fn co_freevars(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_of(&co(v).freevars))
}
fn co_consts(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_of(&co(v).consts))
}
fn co_names(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple_of(&co(v).names))
}
fn co_stacksize(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_i64(co(v).stacksize as i64))
}
fn co_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let mut b = Vec::new();
    for u in co(v).code.iter() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    Ok(crate::types::bytes::new_bytes(b))
}
fn code_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "code_repr")?;
    let c = co(&args[0]);
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name_str(),
        args[0].raw(),
        c.filename_str(),
        c.firstlineno
    )))
}

pub(crate) fn init(t: &Registry) {
    let c = t.code;
    c.add_getset("co_name", co_name, None);
    c.add_getset("co_qualname", co_qualname, None);
    c.add_getset("co_filename", co_filename, None);
    c.add_getset("co_firstlineno", co_firstlineno, None);
    c.add_getset("co_argcount", co_argcount, None);
    c.add_getset("co_posonlyargcount", co_posonlyargcount, None);
    c.add_getset("co_kwonlyargcount", co_kwonlyargcount, None);
    c.add_getset("co_nlocals", co_nlocals, None);
    c.add_getset("co_flags", co_flags, None);
    c.add_getset("co_varnames", co_varnames, None);
    c.add_getset("co_cellvars", co_cellvars, None);
    c.add_getset("co_freevars", co_freevars, None);
    c.add_getset("co_consts", co_consts, None);
    c.add_getset("co_names", co_names, None);
    c.add_getset("co_stacksize", co_stacksize, None);
    c.add_getset("co_code", co_code, None);
    c.add_method("__repr__", code_repr);
}
