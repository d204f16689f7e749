//! `_dis`: krait's disassembler (the `dis` module in `lib/` wraps it).
//! `dis.dis(f)` prints krait's own bytecode in CPython's column layout.

use specializer::{decode, ArgKind, BinOp, CmpOp, Opcode};

use crate::code::CodeObj;
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::module::{add_fn, new_module};
use crate::types::str::{as_str, new_str};
use crate::value::Value;

/// The disassembly of one code object (and nested ones), as text; with
/// `adaptive`, the instructions as the specializer has rewritten them so far
/// (CPython's `dis.dis(f, adaptive=True)`).
pub fn disassemble(vm: &Vm, code: &Value, adaptive: bool) -> PyResult<String> {
    let c = code
        .downcast::<CodeObj>()
        .ok_or_else(|| error::type_error("don't know how to disassemble"))?;
    let units: Vec<u32> = if adaptive {
        c.quick
            .iter()
            .map(|u| u.load(std::sync::atomic::Ordering::Acquire))
            .collect()
    } else {
        c.code.to_vec()
    };
    let mut out = String::new();
    let mut last_line = 0;
    let mut nested = Vec::new();
    let targets: Vec<usize> = units
        .iter()
        .filter_map(|u| {
            let (op, arg) = decode(*u);
            let op = Opcode::from_u8(op)?;
            (op.arg_kind() == ArgKind::Jump).then_some(arg as usize)
        })
        .collect();
    let mut i = 0;
    while i < units.len() {
        let (opb, arg) = decode(units[i]);
        let Some(op) = Opcode::from_u8(opb) else {
            i += 1;
            continue;
        };
        let line = c.line_at(i);
        let line_col = if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{:>4}", line)
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&i) { ">>" } else { "  " };
        let argrepr = match op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Num => format!("{}", arg),
            ArgKind::Const => {
                let v = &c.consts[arg as usize];
                if v.kind() == crate::object::Kind::Code {
                    nested.push(v.clone());
                }
                format!("{} ({})", arg, vm.repr_string(v)?)
            }
            ArgKind::Name => format!(
                "{} ({})",
                arg,
                as_str(&c.names[arg as usize]).unwrap_or("?")
            ),
            ArgKind::GlobalName => {
                let n = as_str(&c.names[(arg >> 1) as usize]).unwrap_or("?");
                format!(
                    "{} ({}{})",
                    arg,
                    if arg & 1 == 1 { "NULL + " } else { "" },
                    n
                )
            }
            ArgKind::Local => format!(
                "{} ({})",
                arg,
                as_str(&c.varnames[arg as usize]).unwrap_or("?")
            ),
            ArgKind::Deref => format!("{} ({})", arg, c.deref_name(arg as usize)),
            ArgKind::Jump => format!("{} (to {})", arg, arg),
            ArgKind::BinOp => format!(
                "{} ({})",
                arg,
                BinOp::from_u32(arg).map(|b| b.symbol()).unwrap_or("?")
            ),
            ArgKind::CmpOp => format!(
                "{} ({})",
                arg,
                CmpOp::from_u32(arg).map(|b| b.symbol()).unwrap_or("?")
            ),
        };
        let row = format!(
            "{} {} {:>5} {:<28}{}",
            line_col,
            mark,
            i,
            op.name(),
            argrepr
        );
        out.push_str(row.trim_end());
        out.push('\n');
        i += 1 + op.cache_units();
    }
    for n in nested {
        let nc = n.downcast::<CodeObj>().unwrap();
        out.push_str(&format!(
            "\nDisassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n",
            nc.name_str(),
            n.raw(),
            nc.filename_str(),
            nc.firstlineno
        ));
        out.push_str(&disassemble(vm, &n, adaptive)?);
    }
    Ok(out)
}

fn dis_code(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "dis_code")?;
    let adaptive = match args.get(1) {
        Some(a) => vm.truthy(a)?,
        None => false,
    };
    Ok(new_str(disassemble(vm, &args[0], adaptive)?))
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_dis");
    add_fn(&m, "disassemble", dis_code);
    m
}
