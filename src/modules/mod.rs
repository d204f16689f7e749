//! Native modules (written in Rust): builtins, sys, time, math, gc, dis,
//! array, _random, _bisect, _heapq, _operator, errno, and the I/O layer. The rest of the standard library is
//! pure Python: krait's own `lib/` and CPython 3.11's modules listed in
//! `lib/cpython-modules.txt`, embedded in the binary (see `runtime::import`).

pub mod array;
pub mod bisect;
pub mod builtins;
pub mod dis;
pub mod errno;
pub mod gc;
pub mod heapq;
pub mod io;
pub mod math;
pub mod operator;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;

use crate::runtime::vm::Vm;
use crate::value::Value;

/// Names of the modules built into the binary (`sys.builtin_module_names`).
pub const NATIVE: &[&str] = &[
    "builtins",
    "sys",
    "time",
    "math",
    "gc",
    "_dis",
    "_io",
    "_thread",
    "_krait_native",
    "array",
    "_random",
    "_bisect",
    "_heapq",
    "_operator",
    "errno",
];

/// Creates a native module by name, if there is one.
pub fn native_module(vm: &Vm, name: &str) -> Option<Value> {
    Some(match name {
        "time" => time::make_module(vm),
        "math" => math::make_module(vm),
        "gc" => gc::make_module(vm),
        "_dis" => dis::make_module(vm),
        "_io" => io::make_module(vm),
        "_thread" => thread::make_module(vm),
        "array" => array::make_module(vm),
        "_random" => random::make_module(vm),
        "_bisect" => bisect::make_module(vm),
        "_heapq" => heapq::make_module(vm),
        "_operator" => operator::make_module(vm),
        "errno" => errno::make_module(vm),
        _ => return None,
    })
}
