//! The symbol table pass: finds every scope (module, class, function, lambda,
//! comprehension) and decides for each name in it whether it is local, a cell
//! (local captured by an inner function), free (captured from an outer
//! function), or global, following CPython's `symtable.c` rules: `global` and
//! `nonlocal`, class bodies invisible to their methods, the implicit
//! `__class__` cell for `super()`, comprehensions as their own function scopes.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub const DEF_LOCAL: u32 = 1;
pub const DEF_PARAM: u32 = 2;
pub const DEF_GLOBAL: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_IMPORT: u32 = 32;
/// A class scope's name that methods see as free (passes through the class).
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_COMP_ITER: u32 = 128;

pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Symbols in order of first appearance, with their flags.
    pub order: Vec<String>,
    pub flags: HashMap<String, u32>,
    pub resolved: HashMap<String, NameScope>,
    /// Parameter names in signature order.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method inside uses `super()` or `__class__`: the class gets a `__class__` cell.
    pub needs_class_cell: bool,
    /// Class scopes: the class body must supply `__classdictcell__`-free
    /// `__class__` to its methods.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub range: TextRange,
    /// Names declared `global` (for messages about earlier uses).
    pub global_decls: HashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, range: TextRange) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            range,
            global_decls: HashSet::new(),
        }
    }

    fn add(&mut self, name: &str, flag: u32) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => {
                if self.kind == ScopeKind::Module {
                    NameScope::GlobalImplicit
                } else {
                    NameScope::GlobalImplicit
                }
            }
        }
    }
}

/// A symtable error: message and the range it concerns.
#[derive(Debug)]
pub struct SymError {
    pub msg: String,
    pub range: TextRange,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each scope-creating node, keyed by the node's address.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope made for a scope-creating node. A node the table was not
    /// built from is a copy of one it was (code generation compiles a
    /// `finally` body once more, from a copy, for each `return`, `break` or
    /// `continue` that leaves through it): the scope of the original, found
    /// by the source range, which scope-creating nodes do not share.
    pub fn scope_of<T: Ranged>(&self, node: &T) -> Option<usize> {
        if let Some(&id) = self.by_node.get(&(node as *const T as usize)) {
            return Some(id);
        }
        let r = node.range();
        self.scopes.iter().position(|s| s.range == r)
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    err: Option<SymError>,
    /// Nesting of comprehension scopes (walrus targets bind outside them).
    in_class_body_comp_iter: bool,
}

fn key<T>(n: &T) -> usize {
    n as *const T as usize
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, node: usize, range: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(self.cur), range));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn error(&mut self, msg: impl Into<String>, range: TextRange) {
        if self.err.is_none() {
            self.err = Some(SymError {
                msg: msg.into(),
                range,
            });
        }
    }

    fn def(&mut self, name: &str, flag: u32, range: TextRange) {
        let s = &mut self.scopes[self.cur];
        if let Some(&f) = s.flags.get(name) {
            if f & DEF_GLOBAL != 0 && flag & DEF_PARAM != 0 {
                let n = name.to_string();
                self.error(format!("name '{}' is parameter and global", n), range);
                return;
            }
        }
        self.scopes[self.cur].add(name, flag);
    }

    fn use_name(&mut self, name: &str) {
        self.scopes[self.cur].add(name, USE);
        if name == "super" && self.scopes[self.cur].kind.is_function_like() {
            self.scopes[self.cur].add("__class__", USE);
        }
    }

    fn visit_params(&mut self, p: &'_ ast::Parameters) {
        // defaults and annotations were visited in the enclosing scope
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push((a.parameter.name.id.to_string(), a.parameter.range));
        }
        for a in p.kwonlyargs.iter() {
            names.push((a.parameter.name.id.to_string(), a.parameter.range));
        }
        if let Some(v) = &p.vararg {
            names.insert(
                p.posonlyargs.len() + p.args.len(),
                (v.name.id.to_string(), v.range),
            );
        }
        if let Some(k) = &p.kwarg {
            names.push((k.name.id.to_string(), k.range));
        }
        for (n, r) in names {
            if self.scopes[self.cur].params.contains(&n) {
                self.error(
                    format!("duplicate argument '{}' in function definition", n),
                    r,
                );
            }
            self.def(&n, DEF_PARAM, r);
            self.scopes[self.cur].params.push(n);
        }
    }

    fn visit_param_defaults(&mut self, p: &'_ ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr_owned(d);
            }
        }
    }

    fn visit_param_annotations(&mut self, p: &'_ ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(an) = &a.parameter.annotation {
                self.visit_expr_owned(an);
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(an) = &v.annotation {
                self.visit_expr_owned(an);
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(an) = &v.annotation {
                self.visit_expr_owned(an);
            }
        }
    }

    fn visit_expr_owned(&mut self, e: &Expr) {
        // SAFETY-free: the visitor only reads the AST; lifetimes are tied to the call.
        let e: &Expr = e;
        self.visit_expr(unsafe_lifetime(e));
    }

    fn comprehension(
        &mut self,
        node: usize,
        range: TextRange,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.visit_expr_owned(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, name, node, range);
        self.scopes[self.cur].is_generator = is_gen;
        self.def(".0", DEF_PARAM, range);
        self.scopes[self.cur].params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            self.visit_target(&g.target);
            if i > 0 {
                self.visit_expr_owned(&g.iter);
            }
            for c in &g.ifs {
                self.visit_expr_owned(c);
            }
        }
        for e in elts {
            self.visit_expr_owned(e);
        }
        self.cur = prev;
    }

    fn visit_target(&mut self, t: &Expr) {
        self.visit_expr_owned(t);
    }

    /// The scope a walrus target binds in: the nearest non-comprehension scope.
    fn walrus_scope(&self) -> usize {
        let mut s = self.cur;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            s = self.scopes[s].parent.unwrap();
        }
        s
    }
}

/// Extends a borrow of the AST to the visitor's lifetime parameter. The AST
/// outlives the whole symtable pass, and the builder keeps only addresses.
fn unsafe_lifetime<'a, 'b, T>(x: &'a T) -> &'b T {
    // SAFETY: the builder never stores references, only node addresses used as
    // keys, and the AST is alive for the whole pass.
    unsafe { &*(x as *const T) }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_param_defaults(&f.parameters);
                self.visit_param_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.def(&f.name.id, DEF_LOCAL, f.name.range);
                let prev = self.push(ScopeKind::Function, &f.name.id, key(f), f.range);
                self.scopes[self.cur].is_coroutine = f.is_async;
                self.visit_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.def(&c.name.id, DEF_LOCAL, c.name.range);
                let prev = self.push(ScopeKind::Class, &c.name.id, key(c), c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.cur = prev;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.to_string();
                    let s = &self.scopes[self.cur];
                    if let Some(&f) = s.flags.get(&name) {
                        if f & DEF_PARAM != 0 {
                            self.error(format!("name '{}' is parameter and global", name), n.range);
                        } else if f & (DEF_LOCAL | DEF_IMPORT) != 0 {
                            self.error(
                                format!("name '{}' is assigned to before global declaration", name),
                                n.range,
                            );
                        } else if f & USE != 0 {
                            self.error(
                                format!("name '{}' is used prior to global declaration", name),
                                n.range,
                            );
                        } else if f & DEF_NONLOCAL != 0 {
                            self.error(format!("name '{}' is nonlocal and global", name), n.range);
                        }
                    }
                    self.scopes[self.cur].add(&name, DEF_GLOBAL);
                    self.scopes[self.cur].global_decls.insert(name);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    self.error(
                        "nonlocal declaration not allowed at module level",
                        stmt.range(),
                    );
                    return;
                }
                for n in &g.names {
                    let name = n.id.to_string();
                    let s = &self.scopes[self.cur];
                    if let Some(&f) = s.flags.get(&name) {
                        if f & DEF_PARAM != 0 {
                            self.error(
                                format!("name '{}' is parameter and nonlocal", name),
                                n.range,
                            );
                        } else if f & (DEF_LOCAL | DEF_IMPORT) != 0 {
                            self.error(
                                format!(
                                    "name '{}' is assigned to before nonlocal declaration",
                                    name
                                ),
                                n.range,
                            );
                        } else if f & USE != 0 {
                            self.error(
                                format!("name '{}' is used prior to nonlocal declaration", name),
                                n.range,
                            );
                        } else if f & DEF_GLOBAL != 0 {
                            self.error(format!("name '{}' is nonlocal and global", name), n.range);
                        }
                    }
                    self.scopes[self.cur].add(&name, DEF_NONLOCAL);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap().to_string(),
                    };
                    self.def(&n, DEF_IMPORT | DEF_LOCAL, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            self.error("import * only allowed at module level", stmt.range());
                        }
                        continue;
                    }
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.to_string(),
                    };
                    self.def(&n, DEF_IMPORT | DEF_LOCAL, a.range);
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.def(&n.id, DEF_LOCAL, n.range);
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in &t.orelse {
                    self.visit_stmt(s);
                }
                for s in &t.finalbody {
                    self.visit_stmt(s);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let f = self.scopes[self.cur]
                        .flags
                        .get(n.id.as_str())
                        .copied()
                        .unwrap_or(0);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let kind = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.error(
                            format!("annotated name '{}' can't be {}", n.id, kind),
                            n.range,
                        );
                    }
                    if a.value.is_some() {
                        self.def(&n.id, DEF_LOCAL, n.range);
                    } else if self.scopes[self.cur].kind != ScopeKind::Module
                        && self.scopes[self.cur].kind != ScopeKind::Class
                    {
                        // an annotation alone still makes the name local in functions
                        self.def(&n.id, DEF_LOCAL, n.range);
                    }
                } else {
                    self.visit_expr(&a.target);
                }
                if self.scopes[self.cur].kind != ScopeKind::Function {
                    self.visit_expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Return(_) if self.scopes[self.cur].kind != ScopeKind::Function => {
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(&n.id),
                ast::ExprContext::Store => self.def(&n.id, DEF_LOCAL, n.range),
                ast::ExprContext::Del => self.def(&n.id, DEF_LOCAL, n.range),
                ast::ExprContext::Invalid => {}
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p);
                }
                let prev = self.push(ScopeKind::Lambda, "<lambda>", key(l), l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.comprehension(
                key(c),
                c.range,
                "<listcomp>",
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::SetComp(c) => self.comprehension(
                key(c),
                c.range,
                "<setcomp>",
                &c.generators,
                &[&c.elt],
                false,
            ),
            Expr::Generator(c) => {
                self.comprehension(key(c), c.range, "<genexpr>", &c.generators, &[&c.elt], true)
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(key(c), c.range, "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    let target_scope = self.walrus_scope();
                    if self.scopes[self.cur].kind == ScopeKind::Comprehension {
                        if self.scopes[target_scope].kind == ScopeKind::Class {
                            self.error("assignment expression within a comprehension cannot be used in a class body", n.range);
                            return;
                        }
                        // iteration variables cannot be rebound
                        let s = self.cur;
                        if self.scopes[s]
                            .flags
                            .get(t.id.as_str())
                            .is_some_and(|f| f & DEF_LOCAL != 0)
                        {
                            self.error(
                                format!("assignment expression cannot rebind comprehension iteration variable '{}'", t.id),
                                t.range,
                            );
                            return;
                        }
                        let prev = self.cur;
                        self.cur = target_scope;
                        // mark it global if the enclosing scope is the module, or local there
                        let is_global = self.scopes[target_scope]
                            .flags
                            .get(t.id.as_str())
                            .is_some_and(|f| f & DEF_GLOBAL != 0);
                        if !is_global {
                            self.def(&t.id, DEF_LOCAL, t.range);
                        }
                        self.cur = prev;
                        // inside the comprehension the name is free (or global at module level)
                        let f = if self.scopes[target_scope].kind == ScopeKind::Module || is_global
                        {
                            DEF_GLOBAL
                        } else {
                            DEF_NONLOCAL
                        };
                        let mut s = self.cur;
                        while s != target_scope {
                            self.scopes[s].add(&t.id, f);
                            s = self.scopes[s].parent.unwrap();
                        }
                    } else {
                        self.def(&t.id, DEF_LOCAL, t.range);
                    }
                } else {
                    self.visit_expr(&n.target);
                }
            }
            Expr::Yield(y) => {
                self.mark_generator(expr.range());
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(expr.range());
                self.visit_expr(&y.value);
            }
            Expr::Await(a) => {
                self.visit_expr(&a.value);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(n) = &p.name {
                    self.def(&n.id, DEF_LOCAL, n.range);
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(n) = &p.name {
                    self.def(&n.id, DEF_LOCAL, n.range);
                }
            }
            ast::Pattern::MatchMapping(p) => {
                if let Some(n) = &p.rest {
                    self.def(&n.id, DEF_LOCAL, n.range);
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}

impl Builder {
    fn mark_generator(&mut self, range: TextRange) {
        let s = &mut self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function | ScopeKind::Lambda => s.is_generator = true,
            ScopeKind::Comprehension => {
                if !s.is_generator {
                    self.error("'yield' inside list comprehension", range);
                } else {
                    self.error("'yield' inside generator expression", range);
                }
            }
            _ => self.error("'yield' outside function", range),
        }
    }
}

/// Builds and resolves the symbol table of a module.
pub fn build(module: &[Stmt], range: TextRange) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, range)],
        by_node: HashMap::new(),
        cur: 0,
        err: None,
        in_class_body_comp_iter: false,
    };
    let _ = b.in_class_body_comp_iter;
    for s in module {
        b.visit_stmt(unsafe_lifetime(s));
    }
    if let Some(e) = b.err {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, 0, &HashSet::new())?;
    Ok(t)
}

/// Builds the table for a single expression (`eval`).
pub fn build_expr(e: &Expr, range: TextRange) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, range)],
        by_node: HashMap::new(),
        cur: 0,
        err: None,
        in_class_body_comp_iter: false,
    };
    b.visit_expr(unsafe_lifetime(e));
    if let Some(e) = b.err {
        return Err(e);
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, 0, &HashSet::new())?;
    Ok(t)
}

/// Resolves names top-down; returns the free names this scope needs from outside.
fn analyze(
    t: &mut SymbolTable,
    id: usize,
    bound: &HashSet<String>,
) -> Result<HashSet<String>, SymError> {
    let kind = t.scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut free: HashSet<String> = HashSet::new();
    let order = t.scopes[id].order.clone();
    for name in &order {
        let f = t.scopes[id].flags[name];
        let sc = if f & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(SymError {
                    msg: format!("no binding for nonlocal '{}' found", name),
                    range: t.scopes[id].range,
                });
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 {
            local.insert(name.clone());
            NameScope::Local
        } else if kind != ScopeKind::Module && bound.contains(name) {
            free.insert(name.clone());
            if kind == ScopeKind::Class {
                t.scopes[id].flags.insert(name.clone(), f | DEF_FREE_CLASS);
            }
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        t.scopes[id].resolved.insert(name.clone(), sc);
    }
    // names visible to children
    let mut child_bound = bound.clone();
    if kind.is_function_like() {
        for n in &local {
            child_bound.insert(n.clone());
        }
    }
    if kind == ScopeKind::Class {
        child_bound.insert("__class__".to_string());
    }
    if kind == ScopeKind::Module {
        child_bound.clear();
    }
    // a name declared global here hides outer bindings from children
    for (n, f) in t.scopes[id].flags.clone() {
        if f & DEF_GLOBAL != 0 {
            child_bound.remove(&n);
        }
    }
    let mut child_free: HashSet<String> = HashSet::new();
    for c in t.scopes[id].children.clone() {
        let cb = if t.scopes[c].kind == ScopeKind::Class {
            child_bound.clone()
        } else {
            child_bound.clone()
        };
        for n in analyze(t, c, &cb)? {
            child_free.insert(n);
        }
    }
    let mut cells: Vec<String> = Vec::new();
    for name in child_free {
        if kind.is_function_like() && local.contains(&name) {
            t.scopes[id].resolved.insert(name.clone(), NameScope::Cell);
            cells.push(name);
        } else if kind == ScopeKind::Class && name == "__class__" {
            t.scopes[id].needs_class_cell = true;
        } else if kind == ScopeKind::Module {
            // unreachable: children of the module never see module names as free
        } else {
            // pass through: this scope needs it from outside too
            if kind == ScopeKind::Class {
                let f = t.scopes[id].flags.get(&name).copied().unwrap_or(0);
                t.scopes[id].flags.insert(name.clone(), f | DEF_FREE_CLASS);
                if !t.scopes[id].resolved.contains_key(&name) || f & (DEF_LOCAL | DEF_IMPORT) == 0 {
                    if !t.scopes[id].order.contains(&name) {
                        t.scopes[id].order.push(name.clone());
                    }
                    if !matches!(
                        t.scopes[id].resolved.get(&name),
                        Some(NameScope::Local) | Some(NameScope::GlobalExplicit)
                    ) {
                        t.scopes[id].resolved.insert(name.clone(), NameScope::Free);
                    }
                }
            } else {
                t.scopes[id].resolved.insert(name.clone(), NameScope::Free);
                if !t.scopes[id].order.contains(&name) {
                    t.scopes[id].order.push(name.clone());
                }
            }
            free.insert(name);
        }
    }
    // cell and free variable lists in a stable order (sorted, as CPython does)
    cells.sort();
    if t.scopes[id].needs_class_cell {
        cells.push("__class__".to_string());
        cells.sort();
    }
    t.scopes[id].cellvars = cells;
    let mut fv: Vec<String> = free.iter().cloned().collect();
    fv.sort();
    t.scopes[id].freevars = fv;
    Ok(free)
}
