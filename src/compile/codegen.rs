//! Code generation: AST to krait bytecode, one code object per scope.
//!
//! The emitter tracks the value-stack depth as it goes (for the frame size and
//! for exception handlers), tags every instruction with its source position and
//! with the innermost active exception handler, and at the end lays out the
//! instructions, resolves jump labels and turns the handler tags into the
//! exception table. `break`/`continue`/`return` unwind the compile-time stack of
//! blocks (loops, `finally`, `with`, `except`) the way CPython's compiler does.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextRange, TextSize};
use specializer::{BinOp, CmpOp, Opcode};

use crate::code::{flags as cflags, CodeObj, ExcEntry, Position};
use crate::compile::errors::syntax_error_at;
use crate::compile::symtable::{self, NameScope, ScopeKind, SymbolTable};
use crate::compile::Mode;
use crate::object;
use crate::runtime::error::PyResult;
use crate::runtime::vm::Vm;
use crate::types::str::{intern, new_str};
use crate::types::tuple::{new_tuple, new_tuple_from};
use crate::types::types;
use crate::value::Value;

use Opcode::*;

/// Marks consts[0] as the docstring.
pub const HAS_DOCSTRING: u32 = 0x0400_0000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(usize);

struct Instr {
    op: Opcode,
    arg: u32,
    target: Option<Label>,
    pos: Position,
    handler: Option<usize>,
}

#[derive(Clone, Copy)]
struct HandlerDef {
    label: Label,
    depth: u32,
    lasti: bool,
}

/// Compile-time blocks that `break`, `continue` and `return` must unwind.
#[derive(Clone)]
enum FBlock {
    /// A `for` loop: the iterator is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    WhileLoop {
        start: Label,
        end: Label,
    },
    /// Inside `try:` with except handlers (handler index to deactivate).
    TryExcept {
        handler: usize,
    },
    /// Inside `try:` with a `finally:` body to run on the way out.
    FinallyTry {
        handler: usize,
        body: Vec<Stmt>,
    },
    /// Running a `finally:` body on the exception path: [prev_exc, exc] on the stack.
    FinallyEnd {
        handler: usize,
    },
    /// Inside `with`: the bound `__exit__` is on the stack.
    With {
        handler: usize,
    },
    /// Inside an `except` body: the previous exception is on the stack.
    HandlerCleanup {
        handler: usize,
        name: Option<String>,
    },
    /// A value to drop (the `match` subject).
    PopValue,
    /// Inside an `except*` clause body, which `break`, `continue` and `return`
    /// may not leave (PEP 654).
    StarHandler,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    Float(u64),
    Str(usize),
}

struct Unit {
    scope: usize,
    kind: ScopeKind,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    label_depth: Vec<Option<i32>>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    str_consts: HashMap<String, u32>,
    names: Vec<String>,
    name_map: HashMap<String, u32>,
    varnames: Vec<String>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    depth: i32,
    max_depth: i32,
    handlers: Vec<HandlerDef>,
    handler_stack: Vec<usize>,
    fblocks: Vec<FBlock>,
    pos: Position,
    name: String,
    qualname: String,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    /// Emission after an unconditional transfer (until a label is bound).
    dead: bool,
}

pub struct Compiler<'s> {
    source: &'s str,
    source_arc: Arc<str>,
    filename: String,
    lines: LineIndex,
    st: SymbolTable,
    units: Vec<Unit>,
    future_annotations: bool,
    /// Line of the last position set (for `co_firstlineno` of nested scopes).
    interactive: bool,
    /// How the code objects made are quickened.
    quicken: crate::quicken::Settings,
}

type CResult<T = ()> = PyResult<T>;

pub fn compile_mod(
    vm: &Vm,
    m: &ruff_python_ast::Mod,
    source: &str,
    src: Arc<str>,
    filename: &str,
    mode: Mode,
    quicken: crate::quicken::Settings,
) -> PyResult<Value> {
    let _ = vm;
    let lines = LineIndex::from_source_text(source);
    let (st, body_range) = match (&m, mode) {
        (ruff_python_ast::Mod::Module(md), _) => (symtable::build(&md.body, md.range), md.range),
        (ruff_python_ast::Mod::Expression(e), _) => {
            (symtable::build_expr(&e.body, e.range), e.range)
        }
    };
    let st = st.map_err(|e| syntax_error_at(source, filename, e.range, &e.msg))?;
    let mut c = Compiler {
        source,
        source_arc: src,
        filename: filename.to_string(),
        lines,
        st,
        units: Vec::new(),
        future_annotations: false,
        interactive: false,
        quicken,
    };
    let _ = c.interactive;
    c.push_unit(0, "<module>".into(), "<module>".into(), 1);
    match m {
        ruff_python_ast::Mod::Module(md) => {
            c.set_pos(body_range);
            c.unit().pos = Position {
                line: 1,
                end_line: 1,
                col: 0,
                end_col: 0,
            };
            c.module_body(&md.body)?;
        }
        ruff_python_ast::Mod::Expression(e) => {
            c.set_pos(e.body.range());
            c.expr(&e.body)?;
            c.emit(RETURN_VALUE, 0);
        }
    }
    let code = c.finish_unit()?;
    Ok(code)
}

impl<'s> Compiler<'s> {
    // ---- units -----------------------------------------------------------

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, firstlineno: u32) {
        let s = &self.st.scopes[scope];
        let mut u = Unit {
            scope,
            kind: s.kind,
            instrs: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            str_consts: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            depth: 0,
            max_depth: 0,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            pos: Position {
                line: firstlineno,
                end_line: firstlineno,
                col: 0,
                end_col: 0,
            },
            name,
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            dead: false,
        };
        if s.kind.is_function_like() {
            for p in &s.params {
                let i = u.varnames.len() as u32;
                u.varnames.push(p.clone());
                u.var_map.insert(p.clone(), i);
            }
            for n in &s.order {
                if s.resolved.get(n) == Some(&NameScope::Local) && !u.var_map.contains_key(n) {
                    let i = u.varnames.len() as u32;
                    u.varnames.push(n.clone());
                    u.var_map.insert(n.clone(), i);
                }
            }
            u.flags |= cflags::OPTIMIZED | cflags::NEWLOCALS;
            if s.is_generator {
                u.flags |= cflags::GENERATOR;
            }
            // CPython's CO_NESTED: some enclosing scope is a function (methods
            // of a module-level class are not nested; their functions are
            // created once and deferred, see `eval::interp::make_function`)
            if self.units.iter().any(|e| e.kind.is_function_like()) {
                u.flags |= cflags::NESTED;
            }
        }
        if u.freevars.is_empty() && u.cellvars.is_empty() {
            u.flags |= cflags::NOFREE;
        }
        self.units.push(u);
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    fn scope(&self) -> &symtable::Scope {
        &self.st.scopes[self.units.last().unwrap().scope]
    }

    fn finish_unit(&mut self) -> PyResult<Value> {
        // code never runs off its end (the eval loop relies on it, see
        // `quicken::quickened`): one that ends in unreachable code (after a
        // `return`, say) still gets a final return
        let last = self.unit().instrs.last().map(|i| i.op);
        if !matches!(
            last,
            Some(RETURN_VALUE | RERAISE | RAISE_VARARGS | JUMP_BACKWARD | JUMP_FORWARD)
        ) {
            self.load_none();
            self.emit(RETURN_VALUE, 0);
        }
        let u = self.units.pop().unwrap();
        // layout
        let mut offsets = Vec::with_capacity(u.instrs.len() + 1);
        let mut off = 0u32;
        for ins in &u.instrs {
            offsets.push(off);
            off += 1 + ins.op.cache_units() as u32;
        }
        offsets.push(off);
        let label_off = |l: Label| -> u32 {
            let idx = u.labels[l.0].expect("unbound label");
            offsets[idx]
        };
        let mut code = Vec::with_capacity(off as usize);
        let mut positions = Vec::with_capacity(off as usize);
        for ins in &u.instrs {
            let arg = match ins.target {
                Some(l) => label_off(l),
                None => ins.arg,
            };
            if arg > specializer::MAX_ARG {
                return Err(crate::runtime::error::system_error(
                    "too many constants or jump too far",
                ));
            }
            code.push(specializer::encode(ins.op, arg));
            positions.push(ins.pos);
            for _ in 0..ins.op.cache_units() {
                code.push(0);
                positions.push(ins.pos);
            }
        }
        // exception table: runs of instructions sharing a handler
        let mut table: Vec<ExcEntry> = Vec::new();
        let mut i = 0;
        while i < u.instrs.len() {
            match u.instrs[i].handler {
                None => i += 1,
                Some(h) => {
                    let start = i;
                    while i < u.instrs.len() && u.instrs[i].handler == Some(h) {
                        i += 1;
                    }
                    let hd = u.handlers[h];
                    table.push(ExcEntry {
                        start: offsets[start],
                        end: offsets[i],
                        target: label_off(hd.label),
                        depth: hd.depth,
                        lasti: hd.lasti,
                    });
                }
            }
        }
        let s = &self.st.scopes[u.scope];
        let cell2arg: Vec<Option<u32>> = u
            .cellvars
            .iter()
            .map(|c| s.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let strs = |v: &[String]| -> Box<[Value]> { v.iter().map(|s| intern(s)).collect() };
        for k in &u.consts {
            immortalize_const(k);
        }
        let c = CodeObj {
            name: intern(&u.name),
            // immortal like the constants: every function made from this code
            // (closures in loops, on any thread) refers to them
            qualname: immortal_str(u.qualname.clone()),
            filename: immortal_str(self.filename.clone()),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            quick: crate::quicken::quickened(
                &code,
                &table.iter().map(|e| e.target).collect::<Vec<_>>(),
                self.quicken,
            ),
            code: code.into_boxed_slice(),
            consts: u.consts.into_boxed_slice(),
            names: strs(&u.names),
            varnames: strs(&u.varnames),
            cellvars: strs(&u.cellvars),
            freevars: strs(&u.freevars),
            cell2arg: cell2arg.into_boxed_slice(),
            stacksize: u.max_depth.max(0) as u32 + 1,
            positions: positions.into_boxed_slice(),
            exc_table: table.into_boxed_slice(),
            source: Some(self.source_arc.clone()),
            base: 0,
            size: 0,
        }
        .with_layout();
        let v = object::alloc(types().code, c);
        v.header().unwrap().make_deferred();
        Ok(v)
    }

    // ---- emission --------------------------------------------------------

    fn position_of(&self, r: TextRange) -> Position {
        let start = self.lines.line_column(r.start(), self.source);
        let end = self.lines.line_column(r.end(), self.source);
        let byte_col = |off: TextSize, line: usize| -> u32 {
            let ls = self.lines.line_start(
                ruff_source_file::OneIndexed::from_zero_indexed(line),
                self.source,
            );
            (off - ls).to_u32()
        };
        Position {
            line: start.line.get() as u32,
            end_line: end.line.get() as u32,
            col: byte_col(r.start(), start.line.to_zero_indexed()),
            end_col: byte_col(r.end(), end.line.to_zero_indexed()),
        }
    }

    fn set_pos(&mut self, r: TextRange) {
        let p = self.position_of(r);
        self.unit().pos = p;
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        u.label_depth.push(None);
        Label(u.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0] = Some(u.instrs.len());
        if let Some(d) = u.label_depth[l.0] {
            if u.dead || d > u.depth {
                u.depth = d;
            }
        }
        u.dead = false;
    }

    fn record_label_depth(&mut self, l: Label, d: i32) {
        let u = self.unit();
        match u.label_depth[l.0] {
            Some(old) if old >= d => {}
            _ => u.label_depth[l.0] = Some(d),
        }
    }

    fn adjust_depth(&mut self, delta: i32) {
        let u = self.unit();
        u.depth += delta;
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let pos = u.pos;
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            pos,
            handler,
        });
        let eff = op.stack_effect(arg);
        self.adjust_depth(eff);
        if matches!(op, RETURN_VALUE | RAISE_VARARGS | RERAISE) {
            self.unit().dead = true;
        }
    }

    fn emit_jump(&mut self, op: Opcode, target: Label) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let pos = u.pos;
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            pos,
            handler,
        });
        let jd = u.depth + op.jump_stack_effect(0);
        self.record_label_depth(target, jd);
        let eff = op.stack_effect(0);
        self.adjust_depth(eff);
        if matches!(op, JUMP_FORWARD | JUMP_BACKWARD) {
            self.unit().dead = true;
        }
    }

    fn jump(&mut self, target: Label) {
        let backward = self.unit().labels[target.0].is_some();
        self.emit_jump(
            if backward {
                JUMP_BACKWARD
            } else {
                JUMP_FORWARD
            },
            target,
        );
    }

    /// Activates an exception handler at `label` for the code emitted next.
    fn push_handler(&mut self, label: Label, lasti: bool) -> usize {
        let u = self.unit();
        let depth = u.depth.max(0) as u32;
        u.handlers.push(HandlerDef {
            label,
            depth,
            lasti,
        });
        let h = u.handlers.len() - 1;
        u.handler_stack.push(h);
        let entry = depth as i32 + lasti as i32 + 1;
        self.record_label_depth(label, entry);
        let u = self.unit();
        if entry > u.max_depth {
            u.max_depth = entry;
        }
        h
    }

    fn pop_handler(&mut self, h: usize) {
        let u = self.unit();
        let top = u.handler_stack.pop();
        debug_assert_eq!(top, Some(h));
    }

    fn const_index(&mut self, key: Option<ConstKey>, v: Value) -> u32 {
        let u = self.unit();
        if let Some(k) = key {
            if let Some(&i) = u.const_map.get(&k) {
                return i;
            }
            let i = u.consts.len() as u32;
            u.consts.push(v);
            u.const_map.insert(k, i);
            i
        } else {
            let i = u.consts.len() as u32;
            u.consts.push(v);
            i
        }
    }

    fn load_const(&mut self, v: Value) {
        let key = if v.is_none() {
            Some(ConstKey::None)
        } else if v.is_true() {
            Some(ConstKey::True)
        } else if v.is_false() {
            Some(ConstKey::False)
        } else if let Some(i) = v.as_small() {
            Some(ConstKey::Int(i))
        } else if v.is_exact(types().float) {
            Some(ConstKey::Float(
                crate::types::float::as_f64(&v).unwrap().to_bits(),
            ))
        } else if v.is(&Value::ellipsis()) {
            Some(ConstKey::Ellipsis)
        } else {
            None
        };
        let i = if let (None, Some(s)) = (
            key,
            crate::types::str::as_str(&v).filter(|_| v.is_exact(types().str)),
        ) {
            let s = s.to_string();
            match self.unit().str_consts.get(&s) {
                Some(&i) => i,
                None => {
                    let i = self.const_index(None, v);
                    self.unit().str_consts.insert(s, i);
                    i
                }
            }
        } else {
            self.const_index(key, v)
        };
        let _ = ConstKey::Str(0);
        self.emit(LOAD_CONST, i);
    }

    fn load_none(&mut self) {
        self.load_const(Value::none());
    }

    fn name_index(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(n.to_string());
        u.name_map.insert(n.to_string(), i);
        i
    }

    fn var_index(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(n) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(n.to_string());
        u.var_map.insert(n.to_string(), i);
        i
    }

    fn deref_index(&mut self, n: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == n) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|c| c == n) {
            return (u.cellvars.len() + i) as u32;
        }
        // should not happen: the symtable lists every cell and free name
        u.freevars.push(n.to_string());
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn err(&self, r: TextRange, msg: &str) -> crate::runtime::error::PyErr {
        syntax_error_at(self.source, &self.filename, r, msg)
    }

    // ---- names -------------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let kind = self.units.last().unwrap().kind;
        let sc = self.scope().lookup(name);
        let is_class_free = kind == ScopeKind::Class
            && self
                .scope()
                .flags
                .get(name)
                .is_some_and(|f| f & symtable::DEF_FREE_CLASS != 0)
            && sc == NameScope::Free;
        use ast::ExprContext as C;
        match (kind, sc) {
            (_, NameScope::Cell) | (_, NameScope::Free)
                if kind != ScopeKind::Class || is_class_free || sc == NameScope::Cell =>
            {
                let i = self.deref_index(name);
                match ctx {
                    C::Load if kind == ScopeKind::Class => self.emit(LOAD_CLASSDEREF, i),
                    C::Load => self.emit(LOAD_DEREF, i),
                    C::Store => self.emit(STORE_DEREF, i),
                    C::Del => self.emit(DELETE_DEREF, i),
                    C::Invalid => {}
                }
            }
            (k, NameScope::Local) if k.is_function_like() => {
                let i = self.var_index(name);
                match ctx {
                    C::Load => self.emit(LOAD_FAST, i),
                    C::Store => self.emit(STORE_FAST, i),
                    C::Del => self.emit(DELETE_FAST, i),
                    C::Invalid => {}
                }
            }
            (k, NameScope::GlobalExplicit) | (k, NameScope::GlobalImplicit)
                if k.is_function_like() || sc == NameScope::GlobalExplicit =>
            {
                let i = self.name_index(name);
                match ctx {
                    C::Load => self.emit(LOAD_GLOBAL, i << 1),
                    C::Store => self.emit(STORE_GLOBAL, i),
                    C::Del => self.emit(DELETE_GLOBAL, i),
                    C::Invalid => {}
                }
            }
            _ => {
                let i = self.name_index(name);
                match ctx {
                    C::Load => self.emit(LOAD_NAME, i),
                    C::Store => self.emit(STORE_NAME, i),
                    C::Del => self.emit(DELETE_NAME, i),
                    C::Invalid => {}
                }
            }
        }
    }

    /// For `local[index]` (a load, not a two-part slice): the local's slot,
    /// if the container can be read in place after the index is computed.
    /// The index must not be able to rebind the local: no `:=` in it.
    fn fast_subscript(&self, s: &ast::ExprSubscript) -> Option<u32> {
        let Expr::Name(n) = &*s.value else {
            return None;
        };
        if matches!(&*s.slice, Expr::Slice(sl) if sl.step.is_none()) {
            return None;
        }
        let kind = self.units.last().unwrap().kind;
        if !kind.is_function_like() || self.scope().lookup(&n.id) != NameScope::Local {
            return None;
        }
        let r = s.slice.range();
        let text = self
            .source
            .get(usize::from(r.start())..usize::from(r.end()))?;
        if text.contains(":=") {
            return None;
        }
        self.units
            .last()
            .unwrap()
            .var_map
            .get(n.id.as_str())
            .copied()
    }

    /// Whether `e` is a fast local of this function that none of `exprs`
    /// can rebind, so loading it twice, before and after them, gives the same
    /// object: an expression rebinds a local only with `:=` (callees cannot:
    /// a local another scope assigns is a cell, not a fast local).
    fn stable_local(&self, e: &Expr, exprs: &[&Expr]) -> bool {
        let Expr::Name(n) = e else {
            return false;
        };
        let kind = self.units.last().unwrap().kind;
        if !kind.is_function_like() || self.scope().lookup(&n.id) != NameScope::Local {
            return false;
        }
        exprs.iter().all(|x| {
            let r = x.range();
            self.source
                .get(usize::from(r.start())..usize::from(r.end()))
                .is_some_and(|t| !t.contains(":="))
        }) && self
            .units
            .last()
            .unwrap()
            .var_map
            .contains_key(n.id.as_str())
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    // ---- module / bodies ---------------------------------------------------

    fn docstring<'a>(body: &'a [Stmt]) -> Option<&'a str> {
        match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                Expr::StringLiteral(s) => Some(s.value.to_str()),
                _ => None,
            },
            _ => None,
        }
    }

    fn has_annotations(body: &[Stmt]) -> bool {
        fn walk(body: &[Stmt]) -> bool {
            body.iter().any(|s| match s {
                Stmt::AnnAssign(_) => true,
                Stmt::If(i) => walk(&i.body) || i.elif_else_clauses.iter().any(|c| walk(&c.body)),
                Stmt::For(f) => walk(&f.body) || walk(&f.orelse),
                Stmt::While(w) => walk(&w.body) || walk(&w.orelse),
                Stmt::With(w) => walk(&w.body),
                Stmt::Try(t) => {
                    walk(&t.body)
                        || walk(&t.orelse)
                        || walk(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            walk(&h.body)
                        })
                }
                Stmt::Match(m) => m.cases.iter().any(|c| walk(&c.body)),
                _ => false,
            })
        }
        walk(body)
    }

    fn module_body(&mut self, body: &[Stmt]) -> CResult {
        // __future__ imports
        for s in body {
            match s {
                Stmt::ImportFrom(i)
                    if i.module
                        .as_ref()
                        .is_some_and(|m| m.id.as_str() == "__future__") =>
                {
                    for a in &i.names {
                        match a.name.id.as_str() {
                            "annotations" => self.future_annotations = true,
                            "nested_scopes" | "generators" | "division" | "absolute_import"
                            | "with_statement" | "print_function" | "unicode_literals"
                            | "barry_as_FLUFL" | "generator_stop" => {}
                            other => {
                                return Err(self.err(
                                    a.range,
                                    &format!("future feature {} is not defined", other),
                                ))
                            }
                        }
                    }
                }
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {}
                _ => break,
            }
        }
        let mut start = 0;
        if Self::has_annotations(body) {
            self.emit(SETUP_ANNOTATIONS, 0);
        }
        if let Some(doc) = Self::docstring(body) {
            self.set_pos(body[0].range());
            self.load_const(new_str(doc.to_string()));
            self.store_name("__doc__");
            start = 1;
        }
        for s in &body[start..] {
            self.stmt(s)?;
        }
        self.load_none();
        self.emit(RETURN_VALUE, 0);
        Ok(())
    }

    fn body(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    // ---- statements ----------------------------------------------------

    fn stmt(&mut self, s: &Stmt) -> CResult {
        self.set_pos(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(POP_TOP, 0);
            }
            Stmt::Assign(a) => {
                // `a, b = b, a` (two or three names each side): the values
                // are reordered on the stack instead of packed into a tuple
                // and unpacked (CPython's peephole does the same)
                if let ([Expr::Tuple(_) | Expr::List(_)], Expr::Tuple(v)) =
                    (&a.targets[..], &*a.value)
                {
                    let elts = match &a.targets[0] {
                        Expr::Tuple(t) => &t.elts,
                        Expr::List(l) => &l.elts,
                        _ => unreachable!(),
                    };
                    let plain = |es: &[Expr]| !es.iter().any(|e| matches!(e, Expr::Starred(_)));
                    let n = elts.len();
                    if (n == 2 || n == 3) && v.elts.len() == n && plain(elts) && plain(&v.elts) {
                        for e in &v.elts {
                            self.expr(e)?;
                        }
                        self.set_pos(a.targets[0].range());
                        self.emit(SWAP, n as u32);
                        for e in elts {
                            self.store_target(e)?;
                        }
                        return Ok(());
                    }
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.err(w.range, "asynchronous with is not supported yet"));
                }
                self.with_stmt(&w.items, &w.body)?
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(s.range());
                self.emit(RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_handlers(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.cond_jump(&a.test, true, ok)?;
                self.set_pos(s.range());
                self.emit(LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.emit(PUSH_NULL, 0);
                    self.expr(m)?;
                    self.set_pos(s.range());
                    self.emit(CALL, 1);
                }
                self.emit(RAISE_VARARGS, 1);
                self.bind(ok);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.set_pos(a.range);
                    self.load_const(Value::small(0));
                    self.load_none();
                    let idx = self.name_index(&a.name.id);
                    self.emit(IMPORT_NAME, idx);
                    match &a.asname {
                        Some(asn) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_index(p);
                                self.emit(IMPORT_FROM, pi);
                                self.emit(SWAP, 2);
                                self.emit(POP_TOP, 0);
                            }
                            self.store_name(&asn.id);
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap().to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let modname = i
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                if modname == "__future__" {
                    // handled at the top; still bind the names
                }
                self.load_const(Value::small(i.level as i64));
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| new_str(a.name.id.to_string()))
                    .collect();
                self.load_const(new_tuple(names));
                let mi = self.name_index(&modname);
                self.emit(IMPORT_NAME, mi);
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(IMPORT_STAR, 0);
                } else {
                    for a in &i.names {
                        self.set_pos(a.range);
                        let ni = self.name_index(&a.name.id);
                        self.emit(IMPORT_FROM, ni);
                        let target = a
                            .asname
                            .as_ref()
                            .map(|x| x.id.to_string())
                            .unwrap_or_else(|| a.name.id.to_string());
                        self.store_name(&target);
                    }
                    self.emit(POP_TOP, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Break(_) => self.break_continue(true, s.range())?,
            Stmt::Continue(_) => self.break_continue(false, s.range())?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::TypeAlias(t) => {
                return Err(self.err(t.range, "type aliases are not supported yet"))
            }
            Stmt::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = inplace_op(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(BINARY_OP, op as u32);
                self.store_name(&n.id);
            }
            // `o.x += v` with `o` a local that `v` cannot rebind: `o` is
            // loaded again for the store instead of kept under the operands
            // (COPY, SWAP): the same object either way
            Expr::Attribute(at) if self.stable_local(&at.value, &[&a.value]) => {
                let i = self.name_index(&at.attr.id);
                self.expr(&at.value)?;
                self.set_pos(at.range);
                self.emit(LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(BINARY_OP, op as u32);
                self.expr(&at.value)?;
                self.set_pos(a.range);
                self.emit(STORE_ATTR, i);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(COPY, 1);
                let i = self.name_index(&at.attr.id);
                self.emit(LOAD_ATTR, i);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(BINARY_OP, op as u32);
                self.emit(SWAP, 2);
                self.emit(STORE_ATTR, i);
            }
            // `l[k] += v` with `l` a local and `k` a local or a literal, none
            // of which `k` or `v` can rebind: both are loaded again for the
            // store (where CPython keeps them under the operands with two
            // COPYs and two SWAPs)
            Expr::Subscript(sb)
                if !matches!(&*sb.slice, Expr::Slice(_))
                    && self.stable_local(&sb.value, &[&sb.slice, &a.value])
                    && (self.stable_local(&sb.slice, &[&a.value])
                        || matches!(
                            &*sb.slice,
                            Expr::NumberLiteral(_) | Expr::StringLiteral(_)
                        )) =>
            {
                match self.fast_subscript(sb) {
                    Some(i) => {
                        self.set_pos(sb.value.range());
                        self.emit(CHECK_FAST, i);
                        self.expr(&sb.slice)?;
                        self.set_pos(sb.range);
                        self.emit(BINARY_SUBSCR_FAST, i);
                    }
                    None => {
                        self.expr(&sb.value)?;
                        self.expr(&sb.slice)?;
                        self.set_pos(sb.range);
                        self.emit(BINARY_SUBSCR, 0);
                    }
                }
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(BINARY_OP, op as u32);
                match self.fast_subscript(sb) {
                    Some(i) => {
                        self.expr(&sb.slice)?;
                        self.set_pos(a.range);
                        self.emit(STORE_SUBSCR_FAST, i);
                    }
                    None => {
                        self.expr(&sb.value)?;
                        self.expr(&sb.slice)?;
                        self.set_pos(a.range);
                        self.emit(STORE_SUBSCR, 0);
                    }
                }
            }
            Expr::Subscript(sb) => {
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.emit(COPY, 2);
                self.emit(COPY, 2);
                self.emit(BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(BINARY_OP, op as u32);
                self.emit(SWAP, 3);
                self.emit(SWAP, 2);
                self.emit(STORE_SUBSCR, 0);
            }
            t => {
                return Err(self.err(
                    t.range(),
                    &format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(t)
                    ),
                ))
            }
        }
        Ok(())
    }

    fn annotation_value(&mut self, e: &Expr) -> CResult {
        if self.future_annotations {
            let text = match e {
                Expr::StringLiteral(s) => crate::types::str::repr_str(s.value.to_str()),
                _ => self.source[e.range()].to_string(),
            };
            self.load_const(new_str(text));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.units.last().unwrap().kind;
        if let Expr::Name(n) = &*a.target {
            if a.simple && (kind == ScopeKind::Module || kind == ScopeKind::Class) {
                self.annotation_value(&a.annotation)?;
                self.load_name("__annotations__");
                self.load_const(new_str(mangle(self.class_name().as_deref(), &n.id)));
                self.emit(STORE_SUBSCR, 0);
            }
        } else if kind == ScopeKind::Module || kind == ScopeKind::Class {
            // complex targets: evaluate the annotation only
            if !self.future_annotations {
                self.expr(&a.annotation)?;
                self.emit(POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn class_name(&self) -> Option<String> {
        // the innermost enclosing class (for name mangling of __private names)
        for u in self.units.iter().rev() {
            if u.kind == ScopeKind::Class {
                return Some(u.name.clone());
            }
        }
        None
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult {
        if f.is_async {
            return Err(self.err(f.range, "asynchronous for is not supported yet"));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.set_pos(f.iter.range());
        self.emit(GET_ITER, 0);
        self.bind(start);
        self.set_pos(f.iter.range());
        self.emit_jump(FOR_ITER, cleanup);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, end });
        self.body(&f.body)?;
        self.unit().fblocks.pop();
        self.set_pos(f.iter.range());
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind(cleanup);
        self.body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        let always = const_truth(&w.test) == Some(true);
        if !always {
            self.cond_jump(&w.test, false, orelse)?;
        }
        self.unit().fblocks.push(FBlock::WhileLoop { start, end });
        self.body(&w.body)?;
        self.unit().fblocks.pop();
        self.set_pos(w.test.range());
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind(orelse);
        self.body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.body(&i.body)?;
        for c in &i.elif_else_clauses {
            if !self.unit().dead {
                self.jump(end);
            }
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &c.test {
                self.set_pos(t.range());
                self.cond_jump(t, false, next)?;
            }
            self.body(&c.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if the truth of `e` equals `jump_if`, else falls through.
    fn cond_jump(&mut self, e: &Expr, jump_if: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.cond_jump(&u.operand, !jump_if, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // and + jump_if false: any false jumps; or + jump_if true: any true jumps
                if is_and != jump_if {
                    for v in &b.values {
                        self.cond_jump(v, jump_if, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = b.values.len();
                    for v in &b.values[..n - 1] {
                        self.cond_jump(v, !jump_if, skip)?;
                    }
                    self.cond_jump(&b.values[n - 1], jump_if, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                self.expr(&c.left)?;
                self.set_pos(e.range());
                let is_not = c.ops[0] == ast::CmpOp::IsNot;
                let op = if is_not == jump_if {
                    POP_JUMP_IF_NOT_NONE
                } else {
                    POP_JUMP_IF_NONE
                };
                self.emit_jump(op, target);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_pos(e.range());
        // a comparison's result is (almost always) a bool already, and its
        // instruction does the jump itself; other values go through TO_BOOL,
        // which specializes on their type and does the jump
        if !matches!(e, Expr::Compare(_) | Expr::BooleanLiteral(_)) {
            self.emit(TO_BOOL, 0);
        }
        self.emit_jump(
            if jump_if {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            target,
        );
        Ok(())
    }

    fn with_stmt(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_pos(item.context_expr.range());
        self.emit(BEFORE_WITH, 0);
        let h = self.push_handler(exc, false);
        // the handler must see [exit] only: fix its depth (enter result is above)
        {
            let u = self.unit();
            u.handlers[h].depth -= 1;
            let d = u.handlers[h].depth as i32 + 1;
            u.label_depth[exc.0] = Some(d);
        }
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(POP_TOP, 0),
        }
        self.unit().fblocks.push(FBlock::With { handler: h });
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler(h);
        // normal exit: exit(None, None, None)
        self.set_pos(item.context_expr.range());
        self.call_exit_none();
        self.jump(end);
        // exceptional exit
        self.bind(exc);
        // the cleanup handler sits where PUSH_EXC_INFO leaves the previous exception
        let hc = self.push_handler(cleanup, false);
        self.emit(PUSH_EXC_INFO, 0);
        self.emit(WITH_EXCEPT_START, 0);
        self.emit_jump(POP_JUMP_IF_TRUE, suppress);
        self.emit(RERAISE, 0);
        self.bind(suppress);
        self.pop_handler(hc);
        self.emit(POP_TOP, 0);
        self.emit(POP_EXCEPT, 0);
        self.emit(POP_TOP, 0);
        self.jump(end);
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// [exit] -> []: calls `exit(None, None, None)`.
    fn call_exit_none(&mut self) {
        self.emit(PUSH_NULL, 0);
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(CALL, 3);
        self.emit(POP_TOP, 0);
    }

    /// Handler body for errors raised while handling: [prev, exc] -> restore prev, re-raise exc.
    fn emit_cleanup_reraise(&mut self) {
        self.emit(SWAP, 2);
        self.emit(POP_EXCEPT, 0);
        self.emit(RERAISE, 0);
    }

    /// What `try/except` and `try/except*` share: the body under a handler,
    /// then `else:`, then the handler's entry `[exc]` -> `[prev, exc]` with the
    /// cleanup handler pushed. Returns (cleanup handler, its label, end label).
    fn try_body_then_handler(
        &mut self,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> CResult<(usize, Label, Label)> {
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let h = self.push_handler(handler_l, false);
        self.unit().fblocks.push(FBlock::TryExcept { handler: h });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.pop_handler(h);
        self.body(orelse)?;
        if !self.unit().dead {
            self.jump(end);
        }
        // [exc]
        self.bind(handler_l);
        let hc = self.push_handler(cleanup, false);
        self.emit(PUSH_EXC_INFO, 0);
        Ok((hc, cleanup, end))
    }

    /// `name = None; del name`: an `except ... as name` target is cleared when
    /// the clause ends, however it ends.
    fn clear_handler_name(&mut self, n: &str) {
        self.load_none();
        self.store_name(n);
        self.name_op(n, ast::ExprContext::Del);
    }

    fn try_except(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
    ) -> CResult {
        let (hc, cleanup, end) = self.try_body_then_handler(body, orelse)?;
        for (i, hd) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(hd) = hd;
            self.set_pos(hd.range);
            let next = self.new_label();
            match &hd.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(CHECK_EXC_MATCH, 0);
                    self.emit_jump(POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(self.err(hd.range, "default 'except:' must be last"));
                    }
                }
            }
            match &hd.name {
                Some(n) => {
                    self.store_name(&n.id);
                    // clear the name even if the body raises
                    let name_cleanup = self.new_label();
                    let hn = self.push_handler(name_cleanup, false);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        handler: hn,
                        name: Some(n.id.to_string()),
                    });
                    self.body(&hd.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler(hn);
                    self.clear_handler_name(&n.id);
                    self.pop_handler_temporarily_and(hc, |c| {
                        c.emit(POP_EXCEPT, 0);
                    });
                    self.jump(end);
                    // error inside the body: clear the name, then the outer cleanup
                    self.bind(name_cleanup);
                    self.clear_handler_name(&n.id);
                    self.emit(RERAISE, 0);
                }
                None => {
                    self.emit(POP_TOP, 0);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        handler: hc,
                        name: None,
                    });
                    self.body(&hd.body)?;
                    self.unit().fblocks.pop();
                    self.pop_handler_temporarily_and(hc, |c| {
                        c.emit(POP_EXCEPT, 0);
                    });
                    self.jump(end);
                }
            }
            self.bind(next);
        }
        // no handler matched: re-raise (lands in cleanup)
        self.emit(RERAISE, 0);
        self.pop_handler(hc);
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// `try:` with `except` or `except*` clauses (and `else:`).
    fn try_handlers(&mut self, t: &ast::StmtTry) -> CResult {
        if t.is_star {
            self.try_star(&t.body, &t.handlers, &t.orelse)
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)
        }
    }

    /// `try: ... except* T as e: ...` (PEP 654). Each clause splits what is still
    /// unhandled; what the clauses raise or re-raise is collected in a list and
    /// combined at the end:
    ///
    /// ```text
    /// [exc] PUSH_EXC_INFO; COPY 1; BUILD_LIST 0; SWAP 2   -> [prev, orig, raised, rest]
    /// per clause: T; CHECK_EG_MATCH                        -> [.., rest, match or None]
    ///   body raised: LIST_APPEND 2 (the new exception goes to `raised`)
    /// LIST_APPEND 1; PREP_RERAISE_STAR                     -> [prev, to raise or None]
    /// ```
    fn try_star(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
    ) -> CResult {
        let (hc, cleanup, end) = self.try_body_then_handler(body, orelse)?;
        self.emit(COPY, 1);
        self.emit(BUILD_LIST, 0);
        self.emit(SWAP, 2);
        // [prev, orig, raised, rest]
        for hd in handlers {
            let ast::ExceptHandler::ExceptHandler(hd) = hd;
            self.set_pos(hd.range);
            let next = self.new_label();
            let no_match = self.new_label();
            let body_raise = self.new_label();
            match &hd.type_ {
                Some(t) => self.expr(t)?,
                None => return Err(self.err(hd.range, "expected one or more exception types")),
            }
            self.set_pos(hd.range);
            self.emit(CHECK_EG_MATCH, 0);
            self.emit(COPY, 1);
            self.emit_jump(POP_JUMP_IF_NONE, no_match);
            let name = hd.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(POP_TOP, 0),
            }
            // [prev, orig, raised, rest]
            let hb = self.push_handler(body_raise, false);
            self.unit().fblocks.push(FBlock::StarHandler);
            self.body(&hd.body)?;
            self.unit().fblocks.pop();
            self.pop_handler(hb);
            if let Some(n) = &name {
                self.clear_handler_name(n);
            }
            self.jump(next);
            // the body raised: [prev, orig, raised, rest, new]
            self.bind(body_raise);
            if let Some(n) = &name {
                self.clear_handler_name(n);
            }
            self.emit(LIST_APPEND, 2);
            self.jump(next);
            // [prev, orig, raised, rest, None]
            self.bind(no_match);
            self.emit(POP_TOP, 0);
            self.bind(next);
        }
        // [prev, orig, raised, rest]
        let reraise = self.new_label();
        self.emit(LIST_APPEND, 1);
        self.emit(PREP_RERAISE_STAR, 0);
        self.emit(COPY, 1);
        self.emit_jump(POP_JUMP_IF_NOT_NONE, reraise);
        // [prev, None]: everything was handled
        self.emit(POP_TOP, 0);
        self.pop_handler_temporarily_and(hc, |c| {
            c.emit(POP_EXCEPT, 0);
        });
        self.jump(end);
        self.bind(reraise);
        self.emit(RERAISE, 0);
        self.pop_handler(hc);
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// Emits code outside handler `h` (which must be the innermost), then restores it.
    fn pop_handler_temporarily_and(&mut self, h: usize, f: impl FnOnce(&mut Self)) {
        let popped = self.unit().handler_stack.pop();
        debug_assert_eq!(popped, Some(h));
        f(self);
        self.unit().handler_stack.push(h);
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult {
        let exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let h = self.push_handler(exc, false);
        self.unit().fblocks.push(FBlock::FinallyTry {
            handler: h,
            body: t.finalbody.to_vec(),
        });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_handlers(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler(h);
        self.body(&t.finalbody)?;
        if !self.unit().dead {
            self.jump(end);
        }
        // exception path: [exc]
        self.bind(exc);
        let hc = self.push_handler(cleanup, false);
        self.emit(PUSH_EXC_INFO, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd { handler: hc });
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.pop_handler(hc);
        if !self.unit().dead {
            // [prev, exc]: restore prev, re-raise exc
            self.emit_cleanup_reraise();
        }
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// Emits the unwinding for one block; `preserve_tos` keeps a return value on top.
    /// The symbol-table scope of a function, class, lambda or comprehension.
    fn scope_of<T: Ranged>(&self, node: &T) -> CResult<usize> {
        self.st.scope_of(node).ok_or_else(|| {
            crate::runtime::error::system_error("compiler: no symbol table scope for a node")
        })
    }

    fn unwind_fblock(&mut self, fb: &FBlock, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0);
            }
            FBlock::WhileLoop { .. } | FBlock::TryExcept { .. } | FBlock::StarHandler => {}
            FBlock::FinallyTry { body, .. } => {
                let body = body.clone();
                if preserve_tos {
                    // keep the value across the finally body
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.body(&body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd { .. } => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_TOP, 0); // exc
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
            }
            FBlock::With { .. } => {
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.call_exit_none();
            }
            FBlock::HandlerCleanup { name, .. } => {
                if let Some(n) = name {
                    let n = n.clone();
                    self.clear_handler_name(&n);
                }
                if preserve_tos {
                    self.emit(SWAP, 2);
                }
                self.emit(POP_EXCEPT, 0);
            }
        }
        Ok(())
    }

    fn fblock_handler(fb: &FBlock) -> Option<usize> {
        match fb {
            FBlock::TryExcept { handler }
            | FBlock::FinallyTry { handler, .. }
            | FBlock::FinallyEnd { handler }
            | FBlock::With { handler } => Some(*handler),
            FBlock::HandlerCleanup { handler, .. } => Some(*handler),
            _ => None,
        }
    }

    /// Unwinds blocks from the top while `stop` says no; the unwinding code of
    /// each block runs outside that block's handler.
    fn unwind_until(&mut self, preserve_tos: bool, loop_target: bool) -> CResult<Option<FBlock>> {
        let saved_fblocks = self.unit().fblocks.clone();
        let saved_handlers = self.unit().handler_stack.clone();
        let mut found = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            if loop_target && matches!(fb, FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }) {
                found = Some(fb);
                break;
            }
            if let Some(h) = Self::fblock_handler(&fb) {
                // drop this handler (and anything above it) while emitting its unwind code
                let u = self.unit();
                if let Some(p) = u.handler_stack.iter().rposition(|&x| x == h) {
                    u.handler_stack.truncate(p);
                }
            }
            self.unwind_fblock(&fb, preserve_tos)?;
        }
        self.unit().fblocks = saved_fblocks;
        // the jump that follows must be emitted with the handlers still dropped;
        // the caller restores them afterwards
        let current = self.unit().handler_stack.clone();
        self.unit().handler_stack = current;
        let _ = &saved_handlers;
        Ok(found)
    }

    /// PEP 654: `break`, `continue` and `return` may not leave an `except*` clause
    /// (`loop_target`: only the blocks up to the innermost loop count).
    fn check_star_exit(&mut self, loop_target: bool, r: TextRange) -> CResult {
        for fb in self.unit().fblocks.iter().rev() {
            match fb {
                FBlock::ForLoop { .. } | FBlock::WhileLoop { .. } if loop_target => break,
                FBlock::StarHandler => {
                    return Err(self.err(
                        r,
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    ))
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, r: TextRange) -> CResult {
        self.check_star_exit(true, r)?;
        let saved_handlers = self.unit().handler_stack.clone();
        let found = self.unwind_until(false, true)?;
        match found {
            Some(FBlock::ForLoop { start, end }) | Some(FBlock::WhileLoop { start, end }) => {
                if is_break {
                    if matches!(found, Some(FBlock::ForLoop { .. })) {
                        self.emit(POP_TOP, 0);
                    }
                    self.jump(end);
                } else {
                    self.emit_jump(JUMP_BACKWARD, start);
                }
            }
            _ => {
                self.unit().handler_stack = saved_handlers;
                return Err(self.err(
                    r,
                    if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    },
                ));
            }
        }
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    fn return_stmt(&mut self, r: &ast::StmtReturn) -> CResult {
        let kind = self.units.last().unwrap().kind;
        if !kind.is_function_like() || kind == ScopeKind::Comprehension {
            return Err(self.err(r.range, "'return' outside function"));
        }
        self.check_star_exit(false, r.range)?;
        let saved_handlers = self.unit().handler_stack.clone();
        match &r.value {
            Some(v) if !is_const_expr(v) => {
                self.expr(v)?;
                self.unwind_until(true, false)?;
            }
            Some(v) => {
                self.unwind_until(false, false)?;
                self.set_pos(r.range);
                self.expr(v)?;
            }
            None => {
                self.unwind_until(false, false)?;
                self.load_none();
            }
        }
        self.set_pos(r.range);
        self.emit(RETURN_VALUE, 0);
        self.unit().handler_stack = saved_handlers;
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        self.set_pos(t.range());
        match t {
            Expr::Name(n) => self.name_op(&n.id, ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(t.range());
                let i = self.name_index(&a.attr.id);
                self.emit(DELETE_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(t.range());
                self.emit(DELETE_SUBSCR, 0);
            }
            Expr::Tuple(tp) => {
                for e in &tp.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.err(t.range(), &format!("cannot delete {}", expr_kind_name(t)))),
        }
        Ok(())
    }

    // ---- assignment targets ----------------------------------------------

    fn store_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    return Err(self.err(n.range, "cannot assign to __debug__"));
                }
                self.store_name(&n.id)
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(t.range());
                let i = self.name_index(&a.attr.id);
                self.emit(STORE_ATTR, i);
            }
            // `local[key] = v`: the container stays in its local (as for a
            // subscript read, see `fast_subscript`)
            Expr::Subscript(s) if self.fast_subscript(s).is_some() => {
                let i = self.fast_subscript(s).unwrap();
                self.set_pos(s.value.range());
                self.emit(CHECK_FAST, i);
                self.expr(&s.slice)?;
                self.set_pos(t.range());
                self.emit(STORE_SUBSCR_FAST, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                match &*s.slice {
                    Expr::Slice(sl) if sl.step.is_none() => {
                        self.opt_expr(sl.lower.as_deref())?;
                        self.opt_expr(sl.upper.as_deref())?;
                        self.set_pos(t.range());
                        self.emit(STORE_SLICE, 0);
                    }
                    sl => {
                        self.expr(sl)?;
                        self.set_pos(t.range());
                        self.emit(STORE_SUBSCR, 0);
                    }
                }
            }
            Expr::Tuple(tp) => self.unpack_targets(&tp.elts, t.range())?,
            Expr::List(l) => self.unpack_targets(&l.elts, t.range())?,
            Expr::Starred(s) => {
                return Err(self.err(
                    s.range,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            _ => {
                let what = expr_kind_name(t);
                let msg = if matches!(t, Expr::Call(_)) {
                    "cannot assign to function call here. Maybe you meant '==' instead of '='?"
                        .to_string()
                } else if matches!(
                    t,
                    Expr::NumberLiteral(_)
                        | Expr::StringLiteral(_)
                        | Expr::BytesLiteral(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::EllipsisLiteral(_)
                ) {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        what
                    )
                } else {
                    format!("cannot assign to {}", what)
                };
                return Err(self.err(t.range(), &msg));
            }
        }
        Ok(())
    }

    fn unpack_targets(&mut self, elts: &[Expr], r: TextRange) -> CResult {
        self.set_pos(r);
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.err(r, "multiple starred expressions in assignment"));
                }
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(self.err(r, "too many expressions in star-unpacking assignment"));
                }
                self.emit(UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    // ---- functions and classes -----------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let parent = self.units.last().unwrap();
        match parent.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        }
    }

    /// Emits defaults/kwdefaults/annotations for a signature; returns MAKE_FUNCTION flags.
    fn signature_values(
        &mut self,
        p: Option<&ast::Parameters>,
        returns: Option<&Expr>,
        annotations: bool,
    ) -> CResult<u32> {
        let mut flags = 0;
        let Some(p) = p else {
            return Ok(0);
        };
        let pos_defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos_defaults.is_empty() {
            for d in &pos_defaults {
                self.expr(d)?;
            }
            self.emit(BUILD_TUPLE, pos_defaults.len() as u32);
            flags |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                self.load_const(new_str(n.to_string()));
                self.expr(d)?;
            }
            self.emit(BUILD_MAP, kw.len() as u32);
            flags |= 2;
        }
        if annotations {
            let mut n = 0;
            let mut anns: Vec<(String, &Expr)> = Vec::new();
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                if let Some(an) = &a.parameter.annotation {
                    anns.push((a.parameter.name.id.to_string(), an));
                }
            }
            if let Some(v) = &p.vararg {
                if let Some(an) = &v.annotation {
                    anns.push((v.name.id.to_string(), an));
                }
            }
            for a in p.kwonlyargs.iter() {
                if let Some(an) = &a.parameter.annotation {
                    anns.push((a.parameter.name.id.to_string(), an));
                }
            }
            if let Some(v) = &p.kwarg {
                if let Some(an) = &v.annotation {
                    anns.push((v.name.id.to_string(), an));
                }
            }
            if let Some(r) = returns {
                anns.push(("return".to_string(), r));
            }
            for (name, an) in anns {
                self.load_const(new_str(mangle(self.class_name().as_deref(), &name)));
                self.annotation_value(an)?;
                n += 1;
            }
            if n > 0 {
                self.emit(BUILD_MAP, n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    /// Loads the cells a nested scope closes over; returns MAKE_FUNCTION's closure flag.
    fn closure(&mut self, child_scope: usize) -> u32 {
        let frees = self.st.scopes[child_scope].freevars.clone();
        if frees.is_empty() {
            return 0;
        }
        for n in &frees {
            let i = self.deref_index(n);
            self.emit(LOAD_CLOSURE, i);
        }
        self.emit(BUILD_TUPLE, frees.len() as u32);
        8
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= cflags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= cflags::VARKEYWORDS;
        }
        // varnames: positional, kw-only, *args, **kwargs (CPython's order)
        let mut order: Vec<String> = Vec::new();
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            order.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            order.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            order.push(k.name.id.to_string());
        }
        let rest: Vec<String> = u
            .varnames
            .iter()
            .filter(|n| !order.contains(n))
            .cloned()
            .collect();
        order.extend(rest);
        u.var_map = order
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        u.varnames = order;
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(self.err(f.range, "async functions are not supported yet"));
        }
        for d in &f.decorator_list {
            self.set_pos(d.range);
            self.expr(&d.expression)?;
            self.emit(PUSH_NULL, 0);
        }
        self.set_pos(f.range);
        let flags = self.signature_values(Some(&f.parameters), f.returns.as_deref(), true)?;
        let scope = self.scope_of(f)?;
        let qual = self.qualname_for(&f.name.id);
        let line = self.position_of(f.range).line;
        let def_line = f
            .decorator_list
            .first()
            .map(|d| self.position_of(d.range).line)
            .unwrap_or(line);
        self.push_unit(scope, f.name.id.to_string(), qual, def_line.min(line));
        self.unit().firstlineno = def_line;
        self.set_arg_counts(Some(&f.parameters));
        let mut start = 0;
        if let Some(doc) = Self::docstring(&f.body) {
            self.load_const_at0(new_str(doc.to_string()));
            self.unit().flags |= HAS_DOCSTRING;
            start = 1;
        }
        self.body(&f.body[start..])?;
        if !self.unit().dead {
            self.load_none();
            self.emit(RETURN_VALUE, 0);
        }
        let code = self.finish_unit()?;
        let cflag = self.closure(scope);
        self.load_const(code);
        self.set_pos(f.range);
        self.emit(MAKE_FUNCTION, flags | cflag);
        for _ in &f.decorator_list {
            self.emit(CALL, 1);
        }
        self.store_name(&f.name.id);
        Ok(())
    }

    /// Puts `v` at consts[0] (docstrings).
    fn load_const_at0(&mut self, v: Value) {
        let u = self.unit();
        debug_assert!(u.consts.is_empty());
        u.consts.push(v);
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        for d in &c.decorator_list {
            self.set_pos(d.range);
            self.expr(&d.expression)?;
            self.emit(PUSH_NULL, 0);
        }
        self.set_pos(c.range);
        self.emit(LOAD_BUILD_CLASS, 0);
        self.emit(PUSH_NULL, 0);
        let scope = self.scope_of(c)?;
        let qual = self.qualname_for(&c.name.id);
        let line = self.position_of(c.range).line;
        self.push_unit(scope, c.name.id.to_string(), qual.clone(), line);
        // prologue: __module__, __qualname__, __doc__, annotations
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(new_str(qual));
        self.store_name("__qualname__");
        if Self::has_annotations(&c.body) {
            self.emit(SETUP_ANNOTATIONS, 0);
        }
        let mut start = 0;
        if let Some(doc) = Self::docstring(&c.body) {
            self.load_const(new_str(doc.to_string()));
            self.store_name("__doc__");
            start = 1;
        }
        self.body(&c.body[start..])?;
        if self.st.scopes[scope].needs_class_cell {
            let i = self.deref_index("__class__");
            self.emit(LOAD_CLOSURE, i);
        } else {
            self.load_none();
        }
        self.emit(RETURN_VALUE, 0);
        let code = self.finish_unit()?;
        let cflag = self.closure(scope);
        self.load_const(code);
        self.emit(MAKE_FUNCTION, cflag);
        self.load_const(new_str(c.name.id.to_string()));
        let (args, kws): (Vec<&Expr>, Vec<&ast::Keyword>) = match &c.arguments {
            Some(a) => (a.args.iter().collect(), a.keywords.iter().collect()),
            None => (vec![], vec![]),
        };
        self.call_args(2, &args, &kws, c.range)?;
        for _ in &c.decorator_list {
            self.emit(CALL, 1);
        }
        self.store_name(&c.name.id);
        Ok(())
    }

    // ---- expressions -------------------------------------------------------

    fn opt_expr(&mut self, e: Option<&Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_none();
                Ok(())
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> CResult {
        if self.units.len() > 200 || crate::runtime::vm::Vm::current().stack_exhausted() {
            return Err(crate::runtime::error::recursion_error(
                "maximum recursion depth exceeded during compilation",
            ));
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    JUMP_IF_FALSE_OR_POP
                } else {
                    JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                if let Some(v) = self.fold(e)? {
                    self.set_pos(e.range());
                    self.load_const(v);
                    return Ok(());
                }
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_pos(e.range());
                self.emit(BINARY_OP, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if !matches!(&*u.operand, Expr::NumberLiteral(_)) {
                    if let Some(v) = self.fold(e)? {
                        self.set_pos(e.range());
                        self.load_const(v);
                        return Ok(());
                    }
                }
                if u.op == ast::UnaryOp::USub {
                    if let Expr::NumberLiteral(n) = &*u.operand {
                        let v = self.number(n, u.operand.range(), true)?;
                        self.load_const(v);
                        return Ok(());
                    }
                }
                self.expr(&u.operand)?;
                self.set_pos(e.range());
                self.emit(
                    match u.op {
                        ast::UnaryOp::Not => UNARY_NOT,
                        ast::UnaryOp::USub => UNARY_NEGATIVE,
                        ast::UnaryOp::UAdd => UNARY_POSITIVE,
                        ast::UnaryOp::Invert => UNARY_INVERT,
                    },
                    0,
                );
            }
            Expr::Lambda(l) => {
                let flags = self.signature_values(l.parameters.as_deref(), None, false)?;
                let scope = self.scope_of(l)?;
                let qual = self.qualname_for("<lambda>");
                let line = self.position_of(l.range).line;
                self.push_unit(scope, "<lambda>".into(), qual, line);
                self.set_arg_counts(l.parameters.as_deref());
                self.set_pos(l.body.range());
                self.expr(&l.body)?;
                if self.st.scopes[scope].is_generator {
                    self.emit(POP_TOP, 0);
                    self.load_none();
                }
                self.emit(RETURN_VALUE, 0);
                let code = self.finish_unit()?;
                let cflag = self.closure(scope);
                self.load_const(code);
                self.emit(MAKE_FUNCTION, flags | cflag);
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(BUILD_SET, 0);
                    for x in &s.elts {
                        match x {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(SET_UPDATE, 1);
                            }
                            _ => {
                                self.expr(x)?;
                                self.emit(SET_ADD, 1);
                            }
                        }
                    }
                } else {
                    for x in &s.elts {
                        self.expr(x)?;
                    }
                    self.set_pos(e.range());
                    self.emit(BUILD_SET, s.elts.len() as u32);
                }
            }
            Expr::List(l) => self.sequence(&l.elts, false, e.range())?,
            Expr::Tuple(t) => {
                if let Some(c) = self.const_tuple(&t.elts)? {
                    self.load_const(c);
                } else {
                    self.sequence(&t.elts, true, e.range())?
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(c, c.range, &c.generators, CompKind::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(c, c.range, &c.generators, CompKind::Set(&c.elt))?
            }
            Expr::DictComp(c) => self.comprehension(
                c,
                c.range,
                &c.generators,
                CompKind::Dict(c.key.as_deref(), &c.value),
            )?,
            Expr::Generator(c) => {
                self.comprehension(c, c.range, &c.generators, CompKind::Gen(&c.elt))?
            }
            Expr::Await(a) => return Err(self.err(a.range, "'await' outside async function")),
            Expr::Yield(y) => {
                self.check_yield(e.range())?;
                self.opt_expr(y.value.as_deref())?;
                self.set_pos(e.range());
                self.emit(YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(e.range())?;
                self.expr(&y.value)?;
                self.set_pos(e.range());
                self.emit(GET_YIELD_FROM_ITER, 0);
                self.load_none();
                let l = self.new_label();
                let end = self.new_label();
                self.bind(l);
                self.emit_jump(SEND, end);
                self.emit(YIELD_VALUE, 0);
                self.emit_jump(JUMP_BACKWARD, l);
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.err(t.range, "template strings are not supported")),
            Expr::StringLiteral(s) => {
                let v = s.value.to_str().to_string();
                self.load_const(new_str(v));
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(crate::types::bytes::new_bytes(bytes));
            }
            Expr::NumberLiteral(n) => {
                let v = self.number(n, e.range(), false)?;
                self.load_const(v);
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::bool(b.value)),
            Expr::NoneLiteral(_) => self.load_none(),
            Expr::EllipsisLiteral(_) => self.load_const(Value::ellipsis()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(e.range());
                let i = self.name_index(&a.attr.id);
                self.emit(LOAD_ATTR, i);
            }
            Expr::Subscript(s) if self.fast_subscript(s).is_some() => {
                let i = self.fast_subscript(s).unwrap();
                self.set_pos(s.value.range());
                self.emit(CHECK_FAST, i);
                self.expr(&s.slice)?;
                self.set_pos(e.range());
                self.emit(BINARY_SUBSCR_FAST, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                match &*s.slice {
                    Expr::Slice(sl) if sl.step.is_none() => {
                        self.opt_expr(sl.lower.as_deref())?;
                        self.opt_expr(sl.upper.as_deref())?;
                        self.set_pos(e.range());
                        self.emit(BINARY_SLICE, 0);
                    }
                    sl => {
                        self.expr(sl)?;
                        self.set_pos(e.range());
                        self.emit(BINARY_SUBSCR, 0);
                    }
                }
            }
            Expr::Starred(s) => return Err(self.err(s.range, "can't use starred expression here")),
            Expr::Name(n) => {
                self.set_pos(e.range());
                self.load_name(&n.id)
            }
            Expr::Slice(s) => {
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    self.emit(BUILD_SLICE, 3);
                } else {
                    self.emit(BUILD_SLICE, 2);
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.err(c.range, "invalid syntax")),
        }
        Ok(())
    }

    fn check_yield(&mut self, r: TextRange) -> CResult {
        let kind = self.units.last().unwrap().kind;
        if !kind.is_function_like() {
            return Err(self.err(r, "'yield' outside function"));
        }
        Ok(())
    }

    fn number(&mut self, n: &ast::ExprNumberLiteral, r: TextRange, negate: bool) -> CResult<Value> {
        Ok(match &n.value {
            ast::Number::Int(i) => {
                let v = match i.as_i64() {
                    Some(x) => BigInt::from(x),
                    None => {
                        let text: String = self.source[r].chars().filter(|c| *c != '_').collect();
                        let lower = text.to_ascii_lowercase();
                        let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
                            (d.to_string(), 16)
                        } else if let Some(d) = lower.strip_prefix("0o") {
                            (d.to_string(), 8)
                        } else if let Some(d) = lower.strip_prefix("0b") {
                            (d.to_string(), 2)
                        } else {
                            (lower.clone(), 10)
                        };
                        if radix == 10 && digits.len() > crate::types::int::MAX_STR_DIGITS {
                            return Err(self.err(r, &format!("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", crate::types::int::MAX_STR_DIGITS, digits.len())));
                        }
                        BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
                    }
                };
                crate::types::int::int_from_bigint(if negate { -v } else { v })
            }
            ast::Number::Float(f) => crate::types::float::new_float(if negate { -f } else { *f }),
            ast::Number::Complex { real, imag } => {
                if negate {
                    crate::types::complex::new_complex(-real, -imag)
                } else {
                    crate::types::complex::new_complex(*real, *imag)
                }
            }
        })
    }

    /// The value of a constant expression, as CPython 3.11's AST optimizer
    /// folds them (`Python/ast_opt.c`): literals, tuples of constants, and
    /// binary operations on constants, except `@`, `%` with a str or bytes
    /// on the left, and results past its limits (ints over 128 bits, strs
    /// and bytes over 4096 items, tuples over 256); an operation that
    /// raises is left to raise at run time. `None`: not a constant.
    fn fold(&mut self, e: &Expr) -> CResult<Option<Value>> {
        Ok(Some(match e {
            Expr::NumberLiteral(n) => self.number(n, e.range(), false)?,
            Expr::StringLiteral(s) => new_str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => crate::types::bytes::new_bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Value::bool(b.value),
            Expr::NoneLiteral(_) => Value::none(),
            Expr::EllipsisLiteral(_) => Value::ellipsis(),
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => match self.const_tuple(&t.elts)? {
                Some(v) => v,
                None => return Ok(None),
            },
            Expr::UnaryOp(u) => {
                if let (ast::UnaryOp::USub, Expr::NumberLiteral(n)) = (u.op, &*u.operand) {
                    return Ok(Some(self.number(n, u.operand.range(), true)?));
                }
                let Some(v) = self.fold(&u.operand)? else {
                    return Ok(None);
                };
                let vm = crate::runtime::vm::Vm::current();
                let r = match u.op {
                    ast::UnaryOp::Not => {
                        crate::runtime::ops::truthy(&vm, &v).map(|t| Value::bool(!t))
                    }
                    ast::UnaryOp::USub => crate::runtime::ops::unary(&vm, &v, "__neg__"),
                    ast::UnaryOp::UAdd => crate::runtime::ops::unary(&vm, &v, "__pos__"),
                    ast::UnaryOp::Invert => crate::runtime::ops::unary(&vm, &v, "__invert__"),
                };
                match r {
                    Ok(v) => v,
                    Err(_) => return Ok(None),
                }
            }
            Expr::BinOp(b) if b.op != ast::Operator::MatMult => {
                let (Some(l), Some(r)) = (self.fold(&b.left)?, self.fold(&b.right)?) else {
                    return Ok(None);
                };
                if !fold_is_small(&l, &r, b.op) {
                    return Ok(None);
                }
                let vm = crate::runtime::vm::Vm::current();
                match crate::runtime::ops::binary_op(&vm, &l, &r, binop(b.op)) {
                    Ok(v) => v,
                    Err(_) => return Ok(None),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// A tuple of constants folded into one constant.
    fn const_tuple(&mut self, elts: &[Expr]) -> CResult<Option<Value>> {
        if elts.is_empty() {
            return Ok(Some(new_tuple_from([])));
        }
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            if matches!(e, Expr::Starred(_)) {
                return Ok(None);
            }
            match self.fold(e)? {
                Some(v) => out.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(new_tuple(out)))
    }

    fn sequence(&mut self, elts: &[Expr], tuple: bool, r: TextRange) -> CResult {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.emit(BUILD_LIST, 0);
            for x in elts {
                match x {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(x)?;
                        self.emit(LIST_APPEND, 1);
                    }
                }
            }
            if tuple {
                self.emit(LIST_TO_TUPLE, 0);
            }
        } else {
            for x in elts {
                self.expr(x)?;
            }
            self.set_pos(r);
            self.emit(
                if tuple { BUILD_TUPLE } else { BUILD_LIST },
                elts.len() as u32,
            );
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult {
        if d.items.iter().any(|i| i.key.is_none()) {
            self.emit(BUILD_MAP, 0);
            let mut pending = 0;
            for it in &d.items {
                match &it.key {
                    Some(k) => {
                        self.expr(k)?;
                        self.expr(&it.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(BUILD_MAP, pending);
                            self.emit(DICT_UPDATE, 1);
                            pending = 0;
                        }
                        self.expr(&it.value)?;
                        self.emit(DICT_UPDATE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(BUILD_MAP, pending);
                self.emit(DICT_UPDATE, 1);
            }
        } else {
            for it in &d.items {
                self.expr(it.key.as_ref().unwrap())?;
                self.expr(&it.value)?;
            }
            self.set_pos(d.range);
            self.emit(BUILD_MAP, d.items.len() as u32);
        }
        Ok(())
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_pos(c.range);
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(SWAP, 2);
            self.emit(COPY, 2);
            self.set_pos(c.range);
            self.cmp_op(c.ops[i]);
            self.emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.set_pos(c.range);
        self.cmp_op(c.ops[n - 1]);
        self.jump(end);
        self.bind(cleanup);
        self.emit(SWAP, 2);
        self.emit(POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(COMPARE_OP, CmpOp::Eq as u32),
            C::NotEq => self.emit(COMPARE_OP, CmpOp::Ne as u32),
            C::Lt => self.emit(COMPARE_OP, CmpOp::Lt as u32),
            C::LtE => self.emit(COMPARE_OP, CmpOp::Le as u32),
            C::Gt => self.emit(COMPARE_OP, CmpOp::Gt as u32),
            C::GtE => self.emit(COMPARE_OP, CmpOp::Ge as u32),
            C::Is => self.emit(IS_OP, 0),
            C::IsNot => self.emit(IS_OP, 1),
            C::In => self.emit(CONTAINS_OP, 0),
            C::NotIn => self.emit(CONTAINS_OP, 1),
        }
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        let args: Vec<&Expr> = c.arguments.args.iter().collect();
        let kws: Vec<&ast::Keyword> = c.arguments.keywords.iter().collect();
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !kws.iter().any(|k| k.arg.is_none());
        // zero-argument super(): super(__class__, <first argument>)
        if let Expr::Name(n) = &*c.func {
            if n.id.as_str() == "super"
                && args.is_empty()
                && kws.is_empty()
                && self.zero_arg_super_ok()
            {
                self.load_name("super");
                self.emit(PUSH_NULL, 0);
                let ci = self.deref_index("__class__");
                self.emit(LOAD_DEREF, ci);
                let first = self.scope().params[0].clone();
                self.load_name(&first);
                self.set_pos(c.range());
                self.emit(CALL, 2);
                return Ok(());
            }
        }
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_pos(a.range);
            let i = self.name_index(&a.attr.id);
            self.emit(LOAD_METHOD, i);
            return self.call_args(0, &args, &kws, c.range());
        }
        self.expr(&c.func)?;
        self.push_null_after_callee(&c.func);
        self.call_args(0, &args, &kws, c.range())
    }

    /// The NULL a call's stack layout has after its callable: for a global
    /// name, the bit of the `LOAD_GLOBAL` just emitted (one instruction
    /// instead of two, as CPython 3.11's `LOAD_GLOBAL (NULL + name)`);
    /// otherwise `PUSH_NULL`.
    fn push_null_after_callee(&mut self, func: &Expr) {
        if matches!(func, Expr::Name(_)) {
            if let Some(last) = self.unit().instrs.last_mut() {
                if last.op == LOAD_GLOBAL && last.arg & 1 == 0 {
                    last.arg |= 1;
                    self.adjust_depth(1);
                    return;
                }
            }
        }
        self.emit(PUSH_NULL, 0);
    }

    fn zero_arg_super_ok(&self) -> bool {
        let s = self.scope();
        s.kind.is_function_like()
            && s.kind != ScopeKind::Comprehension
            && !s.params.is_empty()
            && s.lookup("super") != NameScope::Local
            && self
                .units
                .last()
                .unwrap()
                .freevars
                .iter()
                .any(|f| f == "__class__")
    }

    /// Pushes arguments (after `extra` already pushed positional ones) and emits the call.
    fn call_args(
        &mut self,
        extra: u32,
        args: &[&Expr],
        kws: &[&ast::Keyword],
        r: TextRange,
    ) -> CResult {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let dstar = kws.iter().any(|k| k.arg.is_none());
        // duplicate keyword check
        let mut seen = std::collections::HashSet::new();
        for k in kws {
            if let Some(a) = &k.arg {
                if !seen.insert(a.id.to_string()) {
                    return Err(self.err(k.range, &format!("keyword argument repeated: {}", a.id)));
                }
            }
        }
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            if kws.is_empty() {
                self.set_pos(r);
                self.emit(CALL, extra + args.len() as u32);
            } else {
                let mut names = Vec::new();
                for k in kws {
                    self.expr(&k.value)?;
                    names.push(new_str(k.arg.as_ref().unwrap().id.to_string()));
                }
                self.load_const(new_tuple(names));
                self.set_pos(r);
                self.emit(CALL_KW, extra + (args.len() + kws.len()) as u32);
            }
            return Ok(());
        }
        // general form: build a positional tuple and a keyword dict
        if extra == 0 && args.len() == 1 && matches!(args[0], Expr::Starred(_)) {
            // f(*x): CALL_FUNCTION_EX converts x itself (and names f in its error)
            if let Expr::Starred(st) = args[0] {
                self.expr(&st.value)?;
            }
        } else if extra > 0 || !args.is_empty() {
            // collect the `extra` values already pushed into the list
            self.emit(BUILD_LIST, extra);
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(LIST_APPEND, 1);
                    }
                }
            }
            self.emit(LIST_TO_TUPLE, 0);
        } else {
            self.load_const(new_tuple_from([]));
        }
        let mut flag = 0;
        if !kws.is_empty() {
            flag = 1;
            self.emit(BUILD_MAP, 0);
            let mut pending = 0;
            for k in kws {
                match &k.arg {
                    Some(n) => {
                        self.load_const(new_str(n.id.to_string()));
                        self.expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(BUILD_MAP, pending);
                            self.emit(DICT_MERGE, 1);
                            pending = 0;
                        }
                        self.expr(&k.value)?;
                        self.emit(DICT_MERGE, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(BUILD_MAP, pending);
                self.emit(DICT_MERGE, 1);
            }
        }
        self.set_pos(r);
        self.emit(CALL_FUNCTION_EX, flag);
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(new_str(l.value.to_string()));
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n == 0 {
            self.load_const(new_str(String::new()));
        } else if n > 1 {
            self.emit(BUILD_STRING, n);
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string; returns how many.
    fn fstring_elements(&mut self, els: &[ast::InterpolatedStringElement]) -> CResult<u32> {
        let mut n = 0;
        for el in els {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(new_str(l.value.to_string()));
                        n += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        self.load_const(new_str(dbg.as_str().to_string()));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_const(new_str(String::new()));
                        } else if k > 1 {
                            self.emit(BUILD_STRING, k);
                        }
                        flags |= 4;
                    }
                    self.set_pos(i.range);
                    self.emit(FORMAT_VALUE, flags);
                    n += 1;
                }
            }
        }
        Ok(n)
    }

    fn comprehension<T: Ranged>(
        &mut self,
        node: &T,
        r: TextRange,
        gens: &[ast::Comprehension],
        kind: CompKind,
    ) -> CResult {
        let scope = self.scope_of(node)?;
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qual = self.qualname_for(name);
        let line = self.position_of(r).line;
        self.push_unit(scope, name.to_string(), qual, line);
        self.unit().argcount = 1;
        self.set_pos(r);
        match kind {
            CompKind::List(_) => self.emit(BUILD_LIST, 0),
            CompKind::Set(_) => self.emit(BUILD_SET, 0),
            CompKind::Dict(..) => self.emit(BUILD_MAP, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(gens, 0, &kind, r)?;
        if !matches!(kind, CompKind::Gen(_)) {
            self.emit(RETURN_VALUE, 0);
        } else {
            self.load_none();
            self.emit(RETURN_VALUE, 0);
        }
        let code = self.finish_unit()?;
        let cflag = self.closure(scope);
        self.load_const(code);
        self.emit(MAKE_FUNCTION, cflag);
        self.emit(PUSH_NULL, 0);
        self.expr(&gens[0].iter)?;
        self.set_pos(gens[0].iter.range());
        self.emit(GET_ITER, 0);
        self.set_pos(r);
        self.emit(CALL, 1);
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: &CompKind,
        r: TextRange,
    ) -> CResult {
        let g = &gens[i];
        if g.is_async {
            return Err(self.err(
                g.range,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        if i == 0 {
            let idx = self.var_index(".0");
            self.emit(LOAD_FAST, idx);
        } else {
            self.expr(&g.iter)?;
            self.emit(GET_ITER, 0);
        }
        self.bind(start);
        self.set_pos(g.iter.range());
        self.emit_jump(FOR_ITER, cleanup);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, r)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(LIST_APPEND, depth);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(SET_ADD, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k.unwrap())?;
                    self.expr(v)?;
                    self.emit(MAP_ADD, depth);
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(YIELD_VALUE, 0);
                    self.emit(POP_TOP, 0);
                }
            }
        }
        self.emit_jump(JUMP_BACKWARD, start);
        self.bind(cleanup);
        Ok(())
    }

    // ---- match ---------------------------------------------------------

    fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (ci, case) in m.cases.iter().enumerate() {
            self.set_pos(case.pattern.range());
            let last = ci + 1 == n;
            // irrefutable patterns must be last
            if !last && case.guard.is_none() && pattern_irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    ast::Pattern::MatchAs(p) if p.pattern.is_none() && p.name.is_some() => {
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            p.name.as_ref().unwrap().id
                        )
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.err(case.pattern.range(), &msg));
            }
            let mut pc = PatternCtx {
                fail_pop: Vec::new(),
                on_top: 0,
                stores: Vec::new(),
                allow_irrefutable: true,
            };
            self.emit(COPY, 1);
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut pc, 0);
                self.cond_jump(g, false, l)?;
            }
            self.emit(POP_TOP, 0);
            self.body(&case.body)?;
            if !self.unit().dead {
                self.jump(end);
            }
            self.emit_fail_ladder(&pc);
        }
        self.emit(POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    /// The label that pops `n + pc.on_top`... items and fails.
    fn fail_label(&mut self, pc: &mut PatternCtx, extra: usize) -> Label {
        let n = pc.on_top + extra;
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let l = self.fail_label(pc, 0);
        self.emit_jump(op, l);
    }

    fn emit_fail_ladder(&mut self, pc: &PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(POP_TOP, 0);
        }
        self.bind(pc.fail_pop[0]);
    }

    /// Matches the subject on top of the stack (consuming it); on failure jumps
    /// to the fail ladder with `pc.on_top` extra items.
    /// A pattern nested in a sequence, mapping or class pattern, where an
    /// irrefutable pattern is always allowed.
    fn subpattern(&mut self, p: &ast::Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &ast::Pattern, pc: &mut PatternCtx) -> CResult {
        self.set_pos(p.range());
        match p {
            ast::Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(COMPARE_OP, CmpOp::Eq as u32);
                self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
            }
            ast::Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::none(),
                    ast::Singleton::True => Value::bool(true),
                    ast::Singleton::False => Value::bool(false),
                });
                self.emit(IS_OP, 0);
                self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
            }
            // an irrefutable alternative of `|` must come last
            ast::Pattern::MatchAs(a) if a.pattern.is_none() && !pc.allow_irrefutable => {
                return Err(self.err(
                    a.range,
                    &match &a.name {
                        Some(n) => {
                            format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id
                            )
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    },
                ));
            }
            ast::Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.emit(POP_TOP, 0),
                (None, Some(n)) => self.pattern_store(&n.id, pc, n.range)?,
                (Some(inner), name) => {
                    if let Some(_n) = name {
                        self.emit(COPY, 1);
                        pc.on_top += 1;
                        self.pattern(inner, pc)?;
                        pc.on_top -= 1;
                        self.pattern_store(
                            &name.as_ref().unwrap().id,
                            pc,
                            name.as_ref().unwrap().range,
                        )?;
                    } else {
                        self.pattern(inner, pc)?;
                    }
                }
            },
            ast::Pattern::MatchOr(o) => {
                let end = self.new_label();
                let n = o.patterns.len();
                let mut names: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    let mut sub = PatternCtx {
                        fail_pop: Vec::new(),
                        on_top: 0,
                        stores: Vec::new(),
                        allow_irrefutable: i + 1 == n && pc.allow_irrefutable,
                    };
                    self.emit(COPY, 1);
                    self.pattern(alt, &mut sub)?;
                    let mut ns = sub.stores.clone();
                    ns.sort();
                    match &names {
                        None => names = Some(ns),
                        Some(prev) if *prev != ns => {
                            return Err(
                                self.err(alt.range(), "alternative patterns bind different names")
                            );
                        }
                        _ => {}
                    }
                    pc.stores.extend(sub.stores.iter().cloned());
                    // success: drop the subject copy's original
                    self.emit(POP_TOP, 0);
                    self.jump(end);
                    self.emit_fail_ladder(&sub);
                }
                // every alternative failed: [subject]
                self.emit(POP_TOP, 0);
                let l = self.fail_label(pc, 0);
                self.jump(l);
                self.bind(end);
                // fix depth: after success the subject is consumed
            }
            ast::Pattern::MatchSequence(s) => {
                let pats = &s.patterns;
                let star = pats
                    .iter()
                    .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
                self.emit(MATCH_SEQUENCE, 0);
                pc.on_top += 1;
                self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
                self.emit(GET_LEN, 0);
                let n = pats.len() - star.is_some() as usize;
                self.load_const(Value::small(n as i64));
                self.emit(
                    COMPARE_OP,
                    if star.is_some() {
                        CmpOp::Ge as u32
                    } else {
                        CmpOp::Eq as u32
                    },
                );
                self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
                pc.on_top -= 1;
                match star {
                    Some(i) => {
                        self.emit(UNPACK_EX, (i as u32) | (((pats.len() - i - 1) as u32) << 8))
                    }
                    None => self.emit(UNPACK_SEQUENCE, pats.len() as u32),
                }
                pc.on_top += pats.len();
                for sp in pats {
                    pc.on_top -= 1;
                    match sp {
                        ast::Pattern::MatchStar(st) => match &st.name {
                            Some(nm) => self.pattern_store(&nm.id, pc, nm.range)?,
                            None => self.emit(POP_TOP, 0),
                        },
                        _ => self.subpattern(sp, pc)?,
                    }
                }
            }
            ast::Pattern::MatchMapping(m) => {
                self.emit(MATCH_MAPPING, 0);
                pc.on_top += 1;
                self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
                let nkeys = m.keys.len();
                if nkeys > 0 {
                    self.emit(GET_LEN, 0);
                    self.load_const(Value::small(nkeys as i64));
                    self.emit(COMPARE_OP, CmpOp::Ge as u32);
                    self.jump_to_fail(pc, POP_JUMP_IF_FALSE);
                }
                for k in &m.keys {
                    match k {
                        Expr::NumberLiteral(_)
                        | Expr::StringLiteral(_)
                        | Expr::BytesLiteral(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::Attribute(_)
                        | Expr::UnaryOp(_)
                        | Expr::BinOp(_) => {}
                        _ => return Err(self.err(
                            k.range(),
                            "mapping pattern keys may only match literals and attribute lookups",
                        )),
                    }
                    self.expr(k)?;
                }
                self.emit(BUILD_TUPLE, nkeys as u32);
                self.emit(MATCH_KEYS, 0);
                pc.on_top += 2;
                self.emit(COPY, 1);
                self.jump_to_fail(pc, POP_JUMP_IF_NONE);
                self.emit(UNPACK_SEQUENCE, nkeys as u32);
                pc.on_top -= 1;
                pc.on_top += nkeys;
                for vp in m.patterns.iter() {
                    pc.on_top -= 1;
                    self.subpattern(vp, pc)?;
                }
                // [subject, keys]
                match &m.rest {
                    Some(r) => {
                        self.emit(COPY_DICT_WITHOUT_KEYS, 0);
                        pc.on_top -= 1;
                        self.pattern_store(&r.id, pc, r.range)?;
                        pc.on_top -= 1;
                        self.emit(POP_TOP, 0);
                    }
                    None => {
                        pc.on_top -= 2;
                        self.emit(POP_TOP, 0);
                        self.emit(POP_TOP, 0);
                    }
                }
            }
            ast::Pattern::MatchClass(c) => {
                let npos = c.arguments.patterns.len();
                self.expr(&c.cls)?;
                let names: Vec<Value> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| new_str(k.attr.id.to_string()))
                    .collect();
                let nkw = names.len();
                self.load_const(new_tuple(names));
                self.emit(MATCH_CLASS, npos as u32);
                pc.on_top += 1;
                self.emit(COPY, 1);
                self.jump_to_fail(pc, POP_JUMP_IF_NONE);
                self.emit(UNPACK_SEQUENCE, (npos + nkw) as u32);
                pc.on_top -= 1;
                pc.on_top += npos + nkw;
                for sp in c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
                {
                    pc.on_top -= 1;
                    self.subpattern(sp, pc)?;
                }
            }
            ast::Pattern::MatchStar(s) => {
                return Err(self.err(s.range, "can't use starred name here"))
            }
        }
        Ok(())
    }

    fn pattern_store(&mut self, name: &str, pc: &mut PatternCtx, r: TextRange) -> CResult {
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.err(
                r,
                &format!("multiple assignments to name '{}' in pattern", name),
            ));
        }
        pc.stores.push(name.to_string());
        self.store_name(name);
        Ok(())
    }
}

struct PatternCtx {
    fail_pop: Vec<Label>,
    on_top: usize,
    stores: Vec<String>,
    allow_irrefutable: bool,
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(Option<&'a Expr>, &'a Expr),
    Gen(&'a Expr),
}

fn pattern_irrefutable(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => {
            a.pattern.is_none() || a.pattern.as_deref().is_some_and(pattern_irrefutable)
        }
        ast::Pattern::MatchOr(o) => o.patterns.iter().any(pattern_irrefutable),
        _ => false,
    }
}

/// CPython's limits on what constant folding may build (`safe_multiply`,
/// `safe_power`, `safe_lshift`, `safe_mod` in `Python/ast_opt.c`).
fn fold_is_small(l: &Value, r: &Value, op: ast::Operator) -> bool {
    use crate::types::int::to_bigint;
    const MAX_INT_SIZE: u64 = 128;
    const MAX_COLLECTION_SIZE: i64 = 256;
    const MAX_STR_SIZE: i64 = 4096;
    const MAX_TOTAL_ITEMS: i64 = 1024;
    let int = |v: &Value| v.is_small_int() || v.kind() == crate::object::Kind::Int;
    let bits = |v: &Value| to_bigint(v).map_or(u64::MAX, |b| b.bits());
    let sized = |v: &Value| -> Option<(i64, bool)> {
        // (length, is a tuple) of a str, bytes or tuple
        if let Some(s) = crate::types::str::as_str(v) {
            Some((s.chars().count() as i64, false))
        } else if v.kind() == crate::object::Kind::Bytes {
            crate::types::bytes::as_bytes(v).map(|b| (b.len() as i64, false))
        } else {
            crate::types::tuple::as_tuple(v).map(|x| (x.len() as i64, true))
        }
    };
    match op {
        ast::Operator::Mult => {
            if int(l) && int(r) {
                let (a, b) = (bits(l), bits(r));
                return a == 0 || b == 0 || a.saturating_add(b) <= MAX_INT_SIZE;
            }
            let (n, seq) = if int(l) {
                (l, r)
            } else if int(r) {
                (r, l)
            } else {
                return true;
            };
            match sized(seq) {
                Some((0, _)) => true,
                Some((size, is_tuple)) => {
                    let Some(n) = crate::types::int::to_i64(n) else {
                        return false;
                    };
                    let max = if is_tuple {
                        MAX_COLLECTION_SIZE
                    } else {
                        MAX_STR_SIZE
                    };
                    n >= 0
                        && n <= max / size
                        && (n == 0 || !is_tuple || fold_complexity(seq, MAX_TOTAL_ITEMS / n) >= 0)
                }
                None => true,
            }
        }
        ast::Operator::Pow => {
            if int(l) && int(r) {
                match crate::types::int::to_i64(r) {
                    Some(w) if w > 0 => bits(l).saturating_mul(w as u64) <= MAX_INT_SIZE,
                    Some(_) => true,
                    None => false,
                }
            } else {
                true
            }
        }
        ast::Operator::LShift => {
            if int(l) && int(r) {
                match crate::types::int::to_i64(r) {
                    Some(w) if w >= 0 => {
                        let a = bits(l);
                        a == 0 || w == 0 || a.saturating_add(w as u64) <= MAX_INT_SIZE
                    }
                    Some(_) => true,
                    None => false,
                }
            } else {
                true
            }
        }
        ast::Operator::Mod => {
            !(l.kind() == crate::object::Kind::Str || l.kind() == crate::object::Kind::Bytes)
        }
        _ => true,
    }
}

/// `limit` less the items of `v` and of the tuples nested in it (CPython's
/// `check_complexity`): negative when a folded repetition would be too big.
fn fold_complexity(v: &Value, mut limit: i64) -> i64 {
    if let Some(items) = crate::types::tuple::as_tuple(v) {
        limit -= items.len() as i64;
        for x in items {
            if limit < 0 {
                break;
            }
            limit = fold_complexity(x, limit);
        }
    }
    limit
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Subtract,
        O::Mult => BinOp::Multiply,
        O::MatMult => BinOp::MatrixMultiply,
        O::Div => BinOp::TrueDivide,
        O::Mod => BinOp::Remainder,
        O::Pow => BinOp::Power,
        O::LShift => BinOp::Lshift,
        O::RShift => BinOp::Rshift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDivide,
    }
}

fn inplace_op(op: ast::Operator) -> BinOp {
    BinOp::from_u32(binop(op) as u32 + 13).unwrap()
}

fn const_truth(e: &Expr) -> Option<bool> {
    match e {
        Expr::BooleanLiteral(b) => Some(b.value),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Some(i.as_u64() != Some(0)),
            _ => None,
        },
        _ => None,
    }
}

fn is_const_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Private name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(class: Option<&str>, name: &str) -> String {
    match class {
        Some(c) if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => {
            let c = c.trim_start_matches('_');
            if c.is_empty() {
                name.to_string()
            } else {
                format!("_{}{}", c, name)
            }
        }
        _ => name.to_string(),
    }
}

fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) => "expression",
        Expr::Named(_) => "named expression",
        Expr::BinOp(_) => "expression",
        Expr::UnaryOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FString(_) => "f-string expression",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
        _ => "expression",
    }
}

/// Makes a code object's constant immortal, with everything a constant tuple or
/// frozenset holds: every thread running the code loads them, and counting
/// them would make those threads contend for one cache line (code objects are
/// deferred and live for the process anyway).
fn immortalize_const(v: &Value) {
    let Some(h) = v.header() else { return };
    if h.is_immortal() {
        return;
    }
    match v.kind() {
        crate::object::Kind::Tuple => {
            for x in crate::types::tuple::as_slice(v) {
                immortalize_const(x);
            }
        }
        crate::object::Kind::Set => {
            for x in crate::types::set::as_set(v).unwrap().items() {
                immortalize_const(&x);
            }
        }
        _ => {}
    }
    h.make_immortal();
}

fn immortal_str(s: String) -> Value {
    let v = new_str(s);
    immortalize_const(&v);
    v
}
