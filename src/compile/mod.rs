//! Source text to code object: parsing (ruff_python_parser), syntax errors in
//! CPython's words, the symbol table pass and code generation.

pub mod codegen;
pub mod errors;
pub mod symtable;

use std::sync::Arc;

use ruff_python_parser::{parse, Mode as RuffMode, ParseOptions};

use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` source.
    Exec,
    /// A single expression (`eval()`).
    Eval,
}

/// Options that change code generation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// `from __future__ import annotations` was seen (or inherited).
    pub annotations_as_strings: bool,
}

/// Compiles source text to a code object, or raises SyntaxError.
pub fn compile(vm: &Vm, source: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    let src: Arc<str> = Arc::from(source);
    crate::runtime::traceback::register_source(filename, src.clone());
    errors::precheck(source, filename)?;
    let ruff_mode = match mode {
        Mode::Exec => RuffMode::Module,
        Mode::Eval => RuffMode::Expression,
    };
    let parsed = parse(source, ParseOptions::from(ruff_mode))
        .map_err(|e| errors::parse_error(source, filename, &e))?;
    vm.check_native_stack(" during compilation")
        .map_err(|_| recursion_during_compile())?;
    // quickening as the runtime's options say now
    let quicken = crate::quicken::Settings::current();
    codegen::compile_mod(
        vm,
        parsed.syntax(),
        source,
        src.clone(),
        filename,
        mode,
        quicken,
    )
}

fn recursion_during_compile() -> PyErr {
    crate::runtime::error::recursion_error("maximum recursion depth exceeded during compilation")
}
