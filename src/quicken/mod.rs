//! The adaptive interpreter's VM side: quickened code, specialization attempts
//! and `-X stats`.
//!
//! Every code object carries `quick`, an atomic copy of its instruction units
//! that the eval loop executes: generic instructions count down the adaptive
//! counter in their first cache unit and, when it triggers, call one of the
//! `specialize_*` functions here. Those describe the live operands to the pure
//! decisions in `specializer::decide` and publish the result with [`commit`]:
//! the cache data under the sequence word (see `specializer::cache` for the
//! protocol), then the instruction word, with release ordering. A failed
//! attempt backs off (or deopts a specialized instruction back to its family).
//!
//! Thread safety rests on three rules, argued in ARCHITECTURE.md
//! ("The adaptive interpreter"): cache data is only read through
//! [`read_data`], which checks the sequence word names the reader's form and
//! did not move; a cache holds an object's address only if the object is
//! immortal or deferred (never freed while the process runs); and every
//! specialized form re-checks its guards (type version, dict identity and
//! version, exact kinds, bounds) before it relies on anything.

pub mod cache_protocol;

use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, Ordering};

use specializer::cache;
use specializer::counter;
use specializer::decide::{self, Decision, Failure, Operand};
use specializer::{decode, encode, Opcode};

use crate::object::Kind;
use crate::sync::Std;
use crate::types::types;
use crate::value::Value;

/// `-X specialize=0|1|always`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Off = 0,
    On = 1,
    /// Test setting: every instruction specializes at its first execution and
    /// re-specializes at every miss.
    Always = 2,
}

static MODE: AtomicU8 = AtomicU8::new(Mode::On as u8);

pub fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

pub fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Off,
        2 => Mode::Always,
        _ => Mode::On,
    }
}

fn initial_counter_in(m: Mode) -> u32 {
    match m {
        Mode::Off => counter::FROZEN,
        Mode::On => counter::WARMUP,
        Mode::Always => counter::IMMEDIATE,
    }
}

/// What quickening does, as the runtime's options say: handed to
/// [`quickened`] by whoever makes code (the code generator's caller), so
/// quickening itself reads no global.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// The specializer's mode: the adaptive counters' start, and
    /// superinstructions unless `Off`.
    pub specialize: Mode,
    /// The counter a loop's back edge starts with (when the JIT compiles
    /// it), or `None` with the JIT off: back edges are then
    /// `JUMP_BACKWARD_NO_JIT`.
    pub back_edge: Option<u32>,
}

/// The back edges' counter (`u32::MAX`: the JIT is off), set by the JIT's
/// options (`eval::jit`); the JIT's default: 1000 back edges.
static BACK_EDGE: AtomicU32 = AtomicU32::new(counter::make(999, 0));

/// Records what back edges start with (`None`: the JIT is off).
pub fn set_back_edges(c: Option<u32>) {
    BACK_EDGE.store(c.unwrap_or(u32::MAX), Ordering::Relaxed);
}

impl Settings {
    /// The settings the runtime's options give now.
    pub fn current() -> Settings {
        let b = BACK_EDGE.load(Ordering::Relaxed);
        Settings {
            specialize: mode(),
            back_edge: (b != u32::MAX).then_some(b),
        }
    }
}

fn cooldown() -> u32 {
    match mode() {
        Mode::Always => counter::IMMEDIATE,
        _ => counter::COOLDOWN,
    }
}

/// One cache line of code units.
#[repr(C, align(64))]
struct Line([AtomicU32; 16]);

/// Quickened code: whole cache lines of its own. Threads running the same
/// code read these lines on every instruction; sharing one with any object
/// another thread writes (a refcount, a list's items) would make every such
/// write evict the code from the readers' caches (false sharing).
pub struct QuickCode {
    lines: Box<[Line]>,
    len: usize,
}

impl QuickCode {
    #[inline(always)]
    pub fn units(&self) -> &[AtomicU32] {
        // SAFETY: `Line` is `repr(C)`: 16 `AtomicU32` with no padding between
        // lines (64 = 16 * 4), so the lines are `16 * lines.len() >= len`
        // contiguous units, borrowed for as long as `self`.
        unsafe { std::slice::from_raw_parts(self.lines.as_ptr() as *const AtomicU32, self.len) }
    }
}

impl std::ops::Deref for QuickCode {
    type Target = [AtomicU32];
    #[inline(always)]
    fn deref(&self) -> &[AtomicU32] {
        self.units()
    }
}

/// Checks the shape the eval loop relies on when it reads code units without
/// bounds checks and decodes opcodes without range checks: every instruction
/// is a valid generic opcode whose inline cache lies inside the code; every
/// jump target and exception handler is the start of an instruction; and the
/// last instruction never falls through past the end. Code comes only from
/// krait's compiler, so a failure here is a compiler bug: it panics.
fn validate(code: &[u32], handlers: &[u32]) {
    let mut starts = vec![false; code.len() + 1];
    let mut i = 0;
    let mut last = None;
    while i < code.len() {
        let (b, _) = decode(code[i]);
        let op = Opcode::from_u8(b)
            .filter(|op| !op.is_specialized())
            .unwrap_or_else(|| panic!("bad opcode {} at {}", b, i));
        starts[i] = true;
        last = Some(op);
        i += 1 + op.cache_units();
    }
    assert_eq!(
        i,
        code.len(),
        "an inline cache runs past the end of the code"
    );
    let is_start = |t: u32| (t as usize) < code.len() && starts[t as usize];
    i = 0;
    while i < code.len() {
        let (b, arg) = decode(code[i]);
        let op = Opcode::from_u8(b).unwrap();
        if op.arg_kind() == specializer::ArgKind::Jump {
            assert!(is_start(arg), "{:?} at {} jumps to {}", op, i, arg);
        }
        i += 1 + op.cache_units();
    }
    for &t in handlers {
        assert!(is_start(t), "exception handler at {}", t);
    }
    use Opcode::*;
    assert!(
        matches!(
            last,
            Some(RETURN_VALUE | RERAISE | RAISE_VARARGS | JUMP_BACKWARD | JUMP_FORWARD)
        ),
        "code ends with {:?}",
        last
    );
}

/// The executable copy of `code`, with every adaptive counter at its start.
/// `handlers` are the exception table's targets (checked with the code, see
/// [`validate`]).
pub fn quickened(code: &[u32], handlers: &[u32], settings: Settings) -> QuickCode {
    validate(code, handlers);
    let nlines = code.len().div_ceil(16).max(1);
    let lines: Box<[Line]> = (0..nlines)
        .map(|l| {
            Line(std::array::from_fn(|k| {
                AtomicU32::new(code.get(l * 16 + k).copied().unwrap_or(0))
            }))
        })
        .collect();
    let out = QuickCode {
        lines,
        len: code.len(),
    };
    let start = initial_counter_in(settings.specialize);
    let op_at = |i: usize| code.get(i).and_then(|u| Opcode::from_u8(decode(*u).0));
    let mut i = 0;
    while i < code.len() {
        let (opb, arg) = decode(code[i]);
        let n = Opcode::from_u8(opb).map_or(0, |op| op.cache_units());
        if n > 0 {
            // a back edge's counter decides when the JIT compiles the loop
            let c = if opb == Opcode::JUMP_BACKWARD as u8 {
                settings.back_edge.unwrap_or(counter::FROZEN)
            } else {
                start
            };
            out[i + 1 + cache::COUNTER].store(c, Ordering::Relaxed);
        }
        // with the JIT off, back edges count nothing
        if opb == Opcode::JUMP_BACKWARD as u8 && settings.back_edge.is_none() {
            out[i].store(encode(Opcode::JUMP_BACKWARD_NO_JIT, arg), Ordering::Relaxed);
        }
        // pairs become superinstructions (the second unit stays as it was)
        if settings.specialize != Mode::Off {
            if let (Some(a), Some(b)) = (op_at(i), op_at(i + 1)) {
                let c = op_at(i + 2 + b.cache_units());
                if let Some(s) = specializer::superinstruction_in(a, b, c) {
                    out[i].store(encode(s, arg), Ordering::Relaxed);
                }
            }
        }
        i += 1 + n;
    }
    out
}

/// Cache unit `k` of the instruction at `units[0]`.
#[inline(always)]
fn unit(units: &[AtomicU32], k: usize) -> &AtomicU32 {
    &units[1 + k]
}

/// Reads `N` data units written for `form`, or `None` if they were written for
/// another form or a writer moved the sequence word meanwhile.
#[inline(always)]
pub fn read_data<const N: usize>(units: &[AtomicU32], form: Opcode) -> Option<[u32; N]> {
    cache_protocol::read::<Std, N>(
        unit(units, cache::SEQ),
        &units[1 + cache::DATA..],
        form as u8,
    )
}

/// A miss in a specialized form: advances the counter; true when it has run
/// out (the generic path then re-specializes).
#[cold]
#[inline(never)]
pub fn note_miss(units: &[AtomicU32], op: Opcode) -> bool {
    stats::count(op, stats::MISS);
    let c = unit(units, cache::COUNTER).load(Ordering::Relaxed);
    if counter::triggers(c) {
        return true;
    }
    unit(units, cache::COUNTER).store(counter::advance(c), Ordering::Relaxed);
    false
}

/// One execution of a generic instruction: true when the counter triggers.
#[inline(always)]
pub fn tick(units: &[AtomicU32]) -> bool {
    let u = unit(units, cache::COUNTER);
    let c = u.load(Ordering::Relaxed);
    if c == counter::FROZEN {
        return false;
    }
    if counter::triggers(c) {
        return true;
    }
    u.store(counter::advance(c), Ordering::Relaxed);
    false
}

/// Publishes a decision for the instruction at `units[0]` (family `family`,
/// argument kept): the data units first (under the sequence word), then the
/// instruction word. On failure the instruction goes (back) to its family
/// with the counter backed off.
#[inline(never)]
fn commit(units: &[AtomicU32], family: Opcode, d: Decision, data: &[u32]) {
    let word = units[0].load(Ordering::Relaxed);
    let (cur, arg) = decode(word);
    let was_specialized = Opcode::from_u8(cur).is_some_and(|o| o.is_specialized());
    let d = match d {
        Ok(form) if !data.is_empty() => {
            let seq = unit(units, cache::SEQ);
            if cache_protocol::publish::<Std>(seq, &units[1 + cache::DATA..], data, form as u8) {
                Ok(form)
            } else {
                Err(Failure::Busy)
            }
        }
        d => d,
    };
    match d {
        Ok(form) => {
            stats::count_family(family, stats::SUCCESS);
            unit(units, cache::COUNTER).store(cooldown(), Ordering::Relaxed);
            units[0].store(encode(form, arg), Ordering::Release);
        }
        Err(why) => {
            stats::failure(family, why);
            if was_specialized {
                stats::count_family(family, stats::DEOPT);
                units[0].store(encode(family, arg), Ordering::Release);
            }
            let c = unit(units, cache::COUNTER).load(Ordering::Relaxed);
            let next = if why == Failure::Busy {
                counter::COOLDOWN
            } else {
                counter::after_failure(c)
            };
            unit(units, cache::COUNTER).store(next, Ordering::Relaxed);
        }
    }
}

/// The specialized form now at `units[0]` (after an attempt).
#[inline]
pub fn current(units: &[AtomicU32]) -> Opcode {
    let (b, _) = decode(units[0].load(Ordering::Acquire));
    Opcode::from_u8(b).expect("valid opcode")
}

// ---- describing operands ------------------------------------------------

pub fn operand(v: &Value) -> Operand {
    if v.is_small_int() {
        return Operand::SmallInt;
    }
    if v.is_bool() {
        return Operand::Bool;
    }
    if v.is_none() {
        return Operand::None;
    }
    let t = types();
    match v.kind() {
        Kind::Int if v.is_exact(t.int) => Operand::BigInt,
        Kind::Float if v.is_exact(t.float) => Operand::Float,
        Kind::Str if v.is_exact(t.str) => Operand::Str,
        Kind::List if v.is_exact(t.list) => Operand::List,
        Kind::Tuple if v.is_exact(t.tuple) => Operand::Tuple,
        Kind::Dict if v.is_exact(t.dict) => Operand::Dict,
        Kind::Set if v.is_exact(t.set) => Operand::Set,
        _ => Operand::Other,
    }
}

/// Whether a cache may hold `v` by address: it can never be freed.
pub fn shareable(v: &Value) -> bool {
    match v.header() {
        None => true, // a tagged int
        // deferred objects also read as immortal to the counting paths
        Some(h) => h.is_immortal(),
    }
}

/// A value word read back from a cache.
///
/// # Safety
/// `w` was stored from a [`shareable`] value: immortal, deferred or a tagged
/// int, so it is alive and counting it is a no-op.
#[inline(always)]
pub unsafe fn cached_word(w: u64) -> Value {
    // SAFETY: caller contract; clones of immortal/deferred values do not count.
    unsafe { Value::from_raw_borrowed(w as usize) }
}

// ---- the families -------------------------------------------------------

#[cold]
#[inline(never)]
pub fn specialize_binary_op(units: &[AtomicU32], arg: u32, l: &Value, r: &Value) {
    let op = specializer::BinOp::from_u32(arg).unwrap();
    let d = match decide::binary_op(op, operand(l), operand(r)) {
        // no builtin form: an instance's operator method in Python?
        Err(decide::Failure::Operands) if crate::eval::forms::py_binop(op, l, r).is_some() => {
            Ok(Opcode::BINARY_OP_PY)
        }
        d => d,
    };
    commit(units, Opcode::BINARY_OP, d, &[]);
}

#[cold]
#[inline(never)]
pub fn specialize_binary_subscr(units: &[AtomicU32], c: &Value, k: &Value) {
    commit(
        units,
        Opcode::BINARY_SUBSCR,
        decide::binary_subscr(operand(c), operand(k)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_binary_subscr_fast(units: &[AtomicU32], c: &Value, k: &Value) {
    commit(
        units,
        Opcode::BINARY_SUBSCR_FAST,
        decide::binary_subscr_fast(operand(c), operand(k)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_to_bool(units: &[AtomicU32], v: &Value) {
    commit(units, Opcode::TO_BOOL, decide::to_bool(operand(v)), &[]);
}

#[cold]
#[inline(never)]
pub fn specialize_store_subscr_fast(units: &[AtomicU32], c: &Value, k: &Value) {
    commit(
        units,
        Opcode::STORE_SUBSCR_FAST,
        decide::store_subscr_fast(operand(c), operand(k)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_store_subscr(units: &[AtomicU32], c: &Value, k: &Value) {
    commit(
        units,
        Opcode::STORE_SUBSCR,
        decide::store_subscr(operand(c), operand(k)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_compare_op(units: &[AtomicU32], l: &Value, r: &Value) {
    commit(
        units,
        Opcode::COMPARE_OP,
        decide::compare_op(operand(l), operand(r)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_contains_op(units: &[AtomicU32], item: &Value, c: &Value) {
    commit(
        units,
        Opcode::CONTAINS_OP,
        decide::contains_op(operand(item), operand(c)),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_for_iter(units: &[AtomicU32], it: &Value) {
    let t = types();
    let kind = match it.kind() {
        Kind::RangeIter => decide::Iter::Range,
        Kind::SeqIter => match crate::types::iter::seq_iter_sequence(it) {
            Some(s) if s.is_exact(t.list) => decide::Iter::List,
            Some(s) if s.is_exact(t.tuple) => decide::Iter::Tuple,
            _ => decide::Iter::Other,
        },
        Kind::Generator if it.is_exact(t.generator) => decide::Iter::Generator,
        _ => decide::Iter::Other,
    };
    commit(units, Opcode::FOR_ITER, decide::for_iter(kind), &[]);
}

#[cold]
#[inline(never)]
pub fn specialize_unpack_sequence(units: &[AtomicU32], seq: &Value, n: usize) {
    let o = operand(seq);
    let len = match o {
        Operand::Tuple => crate::types::tuple::as_slice(seq).len(),
        Operand::List => crate::types::list::as_list(seq).map_or(0, |l| l.len()),
        _ => 0,
    };
    commit(
        units,
        Opcode::UNPACK_SEQUENCE,
        decide::unpack_sequence(o, len, n),
        &[],
    );
}

#[cold]
#[inline(never)]
pub fn specialize_load_global(
    units: &[AtomicU32],
    globals: &Value,
    builtins: &Value,
    name: &Value,
) {
    use crate::types::dict::as_dict;
    let (Some(g), Some(b)) = (as_dict(globals), as_dict(builtins)) else {
        return commit(units, Opcode::LOAD_GLOBAL, Err(Failure::Namespace), &[]);
    };
    // versions read before the lookups: a value found is at least as new
    // as the versions recorded with it (see runtime::namespace_cache)
    let (gv, bv, gk) = (g.version(), b.version(), g.keys_version());
    let (site, value) = match g.get_str(name) {
        Some(v) => (decide::GlobalSite::Globals, Some(v)),
        None => match b.get_str(name) {
            Some(v) => (decide::GlobalSite::Builtins, Some(v)),
            None => (decide::GlobalSite::Missing, None),
        },
    };
    if g.version() != gv || b.version() != bv {
        return commit(units, Opcode::LOAD_GLOBAL, Err(Failure::Busy), &[]);
    }
    let d = decide::load_global(
        site,
        globals.is_deferred() && builtins.is_deferred(),
        value.as_ref().is_some_and(shareable),
    );
    let mut data = [0u32; cache::GlobalData::UNITS];
    if let (Ok(_), Some(v)) = (&d, &value) {
        // a global's entry, read when other globals were rebound (the
        // value is cached only when it may be read after a rebinding)
        let index = match site {
            decide::GlobalSite::Globals => match g.index_of_str(name) {
                Some(ix) if ix < u32::MAX as usize => ix as u32,
                _ => return commit(units, Opcode::LOAD_GLOBAL, Err(Failure::Busy), &[]),
            },
            _ => u32::MAX,
        };
        // a value that may not be cached is read through its entry: the
        // version recorded for the cached value then never matches
        let (value_word, cached_version) = if shareable(v) {
            (v.raw(), gv)
        } else {
            (0, u64::MAX)
        };
        data = cache::GlobalData {
            head: cache::GlobalHead {
                globals: globals.raw() as u64,
                version: cached_version,
                value: value_word as u64,
            },
            builtins: builtins.raw() as u64,
            builtins_version: bv,
            keys_version: gk,
            index,
        }
        .encode();
    }
    commit(units, Opcode::LOAD_GLOBAL, d, &data);
}

/// How attribute lookups on `obj` go.
fn owner(obj: &Value) -> decide::Owner {
    let ty = obj.ty();
    let fl = ty.flags();
    use crate::types::typeobj::flags as tf;
    if fl & (tf::CUSTOM_GETATTRIBUTE | tf::HAS_GETATTR) != 0 {
        return decide::Owner::Custom;
    }
    match obj.kind() {
        Kind::Module => decide::Owner::Module,
        Kind::Type => {
            if std::ptr::eq(ty, types().type_) {
                decide::Owner::Class
            } else {
                decide::Owner::Custom
            }
        }
        Kind::Super | Kind::Function | Kind::Exception => decide::Owner::Custom,
        _ => decide::Owner::Instance {
            has_dict: crate::object::instance_ext(obj).is_some_and(|e| e.dict.is_some()),
        },
    }
}

fn class_attr(found: Option<&Value>) -> decide::ClassAttr {
    use decide::ClassAttr;
    let Some(d) = found else {
        return ClassAttr::Absent;
    };
    match d.kind() {
        Kind::Function => ClassAttr::Method,
        Kind::MethodDescr if d.ty().is_builtin() => ClassAttr::Method,
        Kind::GetSet => match d
            .downcast::<crate::types::function::GetSetObj>()
            .unwrap()
            .slot
        {
            Some(_) => ClassAttr::Slot,
            None => ClassAttr::DataDescriptor,
        },
        Kind::Property
            if d.ty().is_builtin()
                && crate::types::function::property_fget(d)
                    .is_some_and(|g| g.kind() == Kind::Function && shareable(&g)) =>
        {
            ClassAttr::Property
        }
        _ if crate::runtime::attr::is_data_descriptor(d) => ClassAttr::DataDescriptor,
        Kind::ClassMethod | Kind::StaticMethod | Kind::NativeFunc => ClassAttr::OtherDescriptor,
        Kind::Int | Kind::Str | Kind::Float | Kind::Tuple => ClassAttr::Plain {
            shareable: shareable(d),
        },
        _ if d.ty().is_builtin() && d.ty().lookup(crate::name!("__get__")).is_none() => {
            ClassAttr::Plain {
                shareable: shareable(d),
            }
        }
        _ => ClassAttr::OtherDescriptor,
    }
}

/// The data of the instance-value forms, which are polymorphic: unit 0 and
/// units 2..7 hold up to six type versions (0 = empty; tags start at 1), unit
/// 1 the dict-entry hint. Re-specializing an instruction already in `form`
/// keeps the versions it had (the newest first), so a site that sees several
/// classes of one hierarchy (the same attribute, no data descriptor for it on
/// any of them) stops missing once it has seen them all.
fn instance_value_data(units: &[AtomicU32], form: Opcode, ver: u32, hint: u32) -> [u32; 7] {
    let mut versions = vec![ver];
    if current(units) == form {
        if let Some(old) = read_data::<{ cache::InstanceData::UNITS }>(units, form) {
            let old = cache::InstanceData::decode(old);
            for v in std::iter::once(old.version).chain(old.others) {
                if v != 0 && !versions.contains(&v) && versions.len() < 6 {
                    versions.push(v);
                }
            }
        }
    }
    versions.resize(6, 0);
    cache::InstanceData {
        version: versions[0],
        hint,
        others: [
            versions[1],
            versions[2],
            versions[3],
            versions[4],
            versions[5],
        ],
    }
    .encode()
}

/// The entry index of `name` in `obj`'s instance dict, or `u32::MAX`.
fn dict_hint(obj: &Value, name: &Value) -> u32 {
    crate::types::typeobj::instance_dict(obj)
        .and_then(|d| crate::types::dict::as_dict(&d).and_then(|d| d.index_of_str(name)))
        .map_or(u32::MAX, |i| i as u32)
}

fn in_instance_dict(obj: &Value, name: &Value) -> bool {
    crate::types::typeobj::instance_dict(obj)
        .and_then(|d| crate::types::dict::as_dict(&d).and_then(|d| d.get_str(name)))
        .is_some()
}

/// The data of the attribute families: type version, then words A, B and C
/// (their meaning per form: [`cache::AttrData`]).
/// The decision and data of a module attribute form (`form`:
/// `LOAD_ATTR_MODULE` or `LOAD_METHOD_MODULE`): the module's dict, its
/// version and the value, while the dict keeps that version.
fn module_attr_data(obj: &Value, name: &Value, form: Opcode) -> (decide::Decision, [u32; 7]) {
    let m = crate::types::module::module_dict(obj).clone();
    let Some(md) = crate::types::dict::as_dict(&m) else {
        return (Err(Failure::Namespace), [0; 7]);
    };
    let v0 = md.version();
    match md.get_str(name) {
        Some(v) if md.version() == v0 && m.is_deferred() && shareable(&v) => {
            (Ok(form), attr_data(0, m.raw() as u64, v0, v.raw() as u64))
        }
        Some(_) if !m.is_deferred() => (Err(Failure::Namespace), [0; 7]),
        Some(_) if md.version() != v0 => (Err(Failure::Busy), [0; 7]),
        Some(_) => (Err(Failure::NotShareable), [0; 7]),
        None => (Err(Failure::NotFound), [0; 7]),
    }
}

fn attr_data(version: u32, a: u64, b: u64, c: u64) -> [u32; 7] {
    cache::AttrData { version, a, b, c }.encode()
}

#[cold]
#[inline(never)]
/// Whether this type's version tag may be cached (see `VERSION_EXHAUSTED`).
fn versioned(ty: &crate::object::Obj<crate::types::typeobj::TypeObj>) -> bool {
    ty.version() != crate::types::typeobj::VERSION_EXHAUSTED
}

pub fn specialize_load_attr(units: &[AtomicU32], obj: &Value, name: &Value) {
    if !versioned(obj.ty())
        || obj
            .downcast::<crate::types::typeobj::TypeObj>()
            .is_some_and(|c| !versioned(c))
    {
        return commit(units, Opcode::LOAD_ATTR, Err(Failure::NoVersion), &[]);
    }
    let o = owner(obj);
    let mut data = [0u32; 7];
    let d = match o {
        decide::Owner::Module => {
            let (d, module_data) = module_attr_data(obj, name, Opcode::LOAD_ATTR_MODULE);
            data = module_data;
            d
        }
        decide::Owner::Class => {
            let cls = obj.downcast::<crate::types::typeobj::TypeObj>().unwrap();
            let ver = cls.version();
            // the metatype (`type`) must not have a data descriptor of that name
            if types().type_.lookup(name).is_some() {
                Err(Failure::Descriptor)
            } else {
                let found = cls.lookup(name);
                let d = decide::load_attr(o, class_attr(found.as_ref()), false);
                if let (Ok(_), Some(v)) = (&d, &found) {
                    // a mutable name's value changes under the same version
                    if cls.version() != ver || !shareable(v) || cls.finds_mutable_name(name) {
                        Err(Failure::NotShareable)
                    } else {
                        data = attr_data(ver, v.raw() as u64, 0, 0);
                        d
                    }
                } else {
                    d
                }
            }
        }
        _ => {
            let ty = obj.ty();
            let ver = ty.version();
            let found = ty.lookup(name);
            let ca = class_attr(found.as_ref());
            let d = decide::load_attr(o, ca, in_instance_dict(obj, name));
            match (&d, &found) {
                (Ok(Opcode::LOAD_ATTR_SLOT), Some(f)) => {
                    let slot = f
                        .downcast::<crate::types::function::GetSetObj>()
                        .unwrap()
                        .slot
                        .unwrap();
                    data = attr_data(ver, slot as u64, 0, 0);
                }
                (Ok(Opcode::LOAD_ATTR_PROPERTY), Some(f)) => {
                    let g = crate::types::function::property_fget(f).unwrap();
                    data = attr_data(ver, g.raw() as u64, 0, 0);
                }
                (Ok(Opcode::LOAD_ATTR_INSTANCE_VALUE), _) => {
                    // where the attribute sits in this instance's dict: instances
                    // of a class filled in the same order share it (CPython's hint)
                    data = instance_value_data(
                        units,
                        Opcode::LOAD_ATTR_INSTANCE_VALUE,
                        ver,
                        dict_hint(obj, name),
                    );
                }
                _ => data = attr_data(ver, 0, 0, 0),
            }
            d
        }
    };
    commit(units, Opcode::LOAD_ATTR, d, &data);
}

#[cold]
#[inline(never)]
pub fn specialize_load_method(units: &[AtomicU32], obj: &Value, name: &Value) {
    if !versioned(obj.ty()) {
        return commit(units, Opcode::LOAD_METHOD, Err(Failure::NoVersion), &[]);
    }
    let o = owner(obj);
    if o == decide::Owner::Module {
        // `module.f(...)`: LOAD_ATTR_MODULE's data and guards
        let (d, data) = match decide::load_method(o, decide::ClassAttr::Absent, false, true) {
            Ok(form) => module_attr_data(obj, name, form),
            Err(e) => (Err(e), [0; 7]),
        };
        return commit(units, Opcode::LOAD_METHOD, d, &data);
    }
    let ty = obj.ty();
    let ver = ty.version();
    let found = ty.lookup(name);
    let shadowed = in_instance_dict(obj, name);
    let share = found.as_ref().is_some_and(shareable);
    let mut d = decide::load_method(o, class_attr(found.as_ref()), shadowed, share);
    if let (Ok(_), Some(m)) = (&d, &found) {
        if m.kind() == Kind::MethodDescr {
            // the descriptor's own type check, done once here for this type
            let md = m
                .downcast::<crate::types::function::MethodDescrObj>()
                .unwrap();
            if crate::types::function::check_descr_self(md, obj).is_err() {
                d = Err(Failure::Descriptor);
            }
        }
        if ty.version() != ver {
            d = Err(Failure::Busy);
        }
        if let Ok(form) = d {
            // this type's entry first, then the other entries the instruction
            // already had in this same form (oldest dropped when full)
            let mut m = cache::MethodEntries {
                entries: [cache::VersionWord {
                    version: ver,
                    word: m.raw() as u64,
                }; cache::METHOD_ENTRIES],
            };
            let mut n = 1;
            if current(units) == form {
                if let Some(old) = read_data::<{ cache::MethodEntries::UNITS }>(units, form) {
                    for e in cache::MethodEntries::decode(old).entries {
                        if e.version != 0 && e.version != ver && n < cache::METHOD_ENTRIES {
                            m.entries[n] = e;
                            n += 1;
                        }
                    }
                }
            }
            for e in &mut m.entries[n..] {
                *e = cache::VersionWord::default();
            }
            return commit(units, Opcode::LOAD_METHOD, d, &m.encode());
        }
    }
    commit(units, Opcode::LOAD_METHOD, d, &[]);
}

#[cold]
#[inline(never)]
pub fn specialize_store_attr(units: &[AtomicU32], obj: &Value, name: &Value) {
    if !versioned(obj.ty()) {
        return commit(units, Opcode::STORE_ATTR, Err(Failure::NoVersion), &[]);
    }
    let o = owner(obj);
    let ty = obj.ty();
    let d = if ty.has_flag(crate::types::typeobj::flags::CUSTOM_SETATTR) {
        Err(Failure::CustomGetattr)
    } else {
        let ver = ty.version();
        let found = ty.lookup(name);
        let d = decide::store_attr(o, class_attr(found.as_ref()));
        let data = match (&d, &found) {
            (Ok(Opcode::STORE_ATTR_SLOT), Some(f)) => {
                let slot = f
                    .downcast::<crate::types::function::GetSetObj>()
                    .unwrap()
                    .slot
                    .unwrap() as u64;
                attr_data(ver, slot, 0, 0)
            }
            (Ok(Opcode::STORE_ATTR_INSTANCE_VALUE), _) => instance_value_data(
                units,
                Opcode::STORE_ATTR_INSTANCE_VALUE,
                ver,
                dict_hint(obj, name),
            ),
            _ => attr_data(ver, 0, 0, 0),
        };
        return commit(units, Opcode::STORE_ATTR, d, &data);
    };
    commit(units, Opcode::STORE_ATTR, d, &[]);
}

/// Whether a Python function's parameters take exactly `nargs` positional
/// arguments with no binding work.
/// (Generator functions qualify: the call makes the generator.)
pub fn exact_args(f: &crate::types::function::FunctionObj, nargs: usize) -> bool {
    use crate::code::flags as cf;
    let c = f.code();
    c.argcount as usize == nargs
        && c.kwonlyargcount == 0
        && c.flags & (cf::VARARGS | cf::VARKEYWORDS) == 0
}

/// How many of its defaults a Python function takes when given `nargs`
/// positional arguments and nothing else, if that is all the binding there
/// is to do (fewer arguments than parameters, the rest defaulted).
pub fn defaults_needed(
    f: &crate::types::function::FunctionObj,
    header: &crate::object::Header,
    nargs: usize,
) -> Option<usize> {
    use crate::code::flags as cf;
    let c = f.code();
    let argc = c.argcount as usize;
    if argc <= nargs || c.kwonlyargcount != 0 || c.flags & (cf::VARARGS | cf::VARKEYWORDS) != 0 {
        return None;
    }
    let ndef = f
        .defaults
        .get(header)
        .map_or(0, |d| crate::types::tuple::as_slice(&d).len());
    (argc - nargs <= ndef).then_some(argc - nargs)
}

#[cold]
#[inline(never)]
pub fn specialize_call(units: &[AtomicU32], callable: &Value, nargs: usize, keywords: bool) {
    let b = builtin_words();
    let callee = match callable.kind() {
        Kind::Function => {
            let f = callable
                .downcast::<crate::types::function::FunctionObj>()
                .unwrap();
            decide::Callee::PyFunction {
                exact: exact_args(f, nargs),
                defaults: defaults_needed(f, &f.header, nargs).is_some(),
            }
        }
        Kind::NativeFunc if callable.raw() == b.len => decide::Callee::BuiltinLen,
        Kind::NativeFunc if callable.raw() == b.isinstance => decide::Callee::BuiltinIsinstance,
        Kind::MethodDescr if callable.raw() == b.list_append => decide::Callee::ListAppend,
        Kind::NativeFunc | Kind::MethodDescr if callable.ty().is_builtin() => {
            decide::Callee::Builtin
        }
        Kind::Type
            if !callable
                .ty()
                .has_flag(crate::types::typeobj::flags::HEAPTYPE) =>
        {
            let cls = callable
                .downcast::<crate::types::typeobj::TypeObj>()
                .unwrap();
            if !cls.is_builtin() {
                let d = match plain_init(callable, cls, nargs) {
                    Some(init) => {
                        let data = cache::VersionWord {
                            version: cls.version(),
                            word: init.raw() as u64,
                        }
                        .encode();
                        let d = decide::call(
                            decide::Callee::Class {
                                builtin_ctor: false,
                                py_init: true,
                            },
                            nargs,
                            keywords,
                        );
                        return commit(units, Opcode::CALL, d, &data);
                    }
                    None => decide::call(
                        decide::Callee::Class {
                            builtin_ctor: false,
                            py_init: false,
                        },
                        nargs,
                        keywords,
                    ),
                };
                return commit(units, Opcode::CALL, d, &[]);
            }
            decide::Callee::Class {
                builtin_ctor: true,
                py_init: false,
            }
        }
        _ => decide::Callee::Other,
    };
    commit(
        units,
        Opcode::CALL,
        decide::call(callee, nargs, keywords),
        &[],
    );
}

/// The `__init__` of a class `CALL_ALLOC_AND_ENTER_INIT` can instantiate with
/// `nargs` arguments: made by a class statement with metatype `type`, plain
/// object instances from `object.__new__`, not abstract, a versioned type, and
/// a Python `__init__` (shareable: it is cached by address) taking `self` and
/// the arguments exactly.
fn plain_init(
    callable: &Value,
    cls: &crate::object::Obj<crate::types::typeobj::TypeObj>,
    nargs: usize,
) -> Option<Value> {
    let t = types();
    if !std::ptr::eq(callable.ty(), t.type_)
        || cls.data.layout != Kind::Object
        || !versioned(cls)
        || !crate::types::typeobj::is_object_new(cls)
        || cls.lookup(crate::name!("__abstractmethods__")).is_some()
    {
        return None;
    }
    let init = cls.lookup(crate::name!("__init__"))?;
    let f = init.downcast::<crate::types::function::FunctionObj>()?;
    (shareable(&init) && exact_args(f, nargs + 1)).then_some(init)
}

/// Addresses of the builtins the CALL forms recognize (immortal objects).
pub struct BuiltinWords {
    pub len: usize,
    pub isinstance: usize,
    pub list_append: usize,
}

pub fn builtin_words() -> &'static BuiltinWords {
    static W: std::sync::OnceLock<BuiltinWords> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let rt = crate::runtime::vm::runtime();
        let bd = crate::types::dict::as_dict(&rt.builtins_dict).unwrap();
        let get = |n: &str| bd.get_by_str(n).map_or(usize::MAX, |v| v.raw());
        let append = types()
            .list
            .lookup(&crate::types::str::intern("append"))
            .map_or(usize::MAX, |v| v.raw());
        BuiltinWords {
            len: get("len"),
            isinstance: get("isinstance"),
            list_append: append,
        }
    })
}

// ---- statistics ----------------------------------------------------------

pub mod stats {
    //! `-X stats`: per family and per form, printed at exit. Counting is off
    //! unless asked for (one relaxed load per instruction).
    use super::*;

    /// Executions, counted at dispatch.
    pub const EXEC: usize = 0;
    /// Runs of a form redone at once after its instruction was counted
    /// (just specialized): executions of the form, not of the program.
    pub const REDO_EXEC: usize = 1;
    pub const MISS: usize = 2;
    pub const SUCCESS: usize = 3;
    pub const DEOPT: usize = 4;
    const KINDS: usize = 5;
    const NFAIL: usize = 17;

    static ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    static COUNTS: [[AtomicU64; KINDS]; 256] =
        [const { [const { AtomicU64::new(0) }; KINDS] }; 256];
    static FAILS: [[AtomicU64; NFAIL]; 256] = [const { [const { AtomicU64::new(0) }; NFAIL] }; 256];

    pub fn enable() {
        ENABLED.store(true, Ordering::Relaxed);
    }

    #[inline(always)]
    pub fn enabled() -> bool {
        ENABLED.load(Ordering::Relaxed)
    }

    #[inline(always)]
    pub fn count(op: Opcode, what: usize) {
        if enabled() {
            COUNTS[op as usize][what].fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn count_family(fam: Opcode, what: usize) {
        count(fam, what)
    }

    pub fn failure(fam: Opcode, why: Failure) {
        if enabled() {
            debug_assert!(Failure::ALL.len() == NFAIL);
            FAILS[fam as usize][why.index()].fetch_add(1, Ordering::Relaxed);
        }
    }

    fn get(op: Opcode, what: usize) -> u64 {
        COUNTS[op as usize][what].load(Ordering::Relaxed)
    }

    /// A specialized form's hits: every run of it that did not miss (the
    /// forms count nothing on the hit path).
    fn form_hits(form: Opcode) -> u64 {
        (get(form, EXEC) + get(form, REDO_EXEC)).saturating_sub(get(form, MISS))
    }

    /// The table `-X stats` prints.
    pub fn report() -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let total: u64 = Opcode::ALL.iter().map(|o| get(*o, EXEC)).sum();
        let specialized: u64 = Opcode::ALL
            .iter()
            .filter(|o| o.is_specialized())
            .map(|o| form_hits(*o))
            .sum();
        let _ = writeln!(out, "krait specialization statistics");
        let _ = writeln!(
            out,
            "instructions executed: {}, by specialized forms (hits): {} ({:.1}%)",
            total,
            specialized,
            if total > 0 {
                100.0 * specialized as f64 / total as f64
            } else {
                0.0
            }
        );
        let _ = writeln!(
            out,
            "\n{:<28} {:>12} {:>12} {:>10} {:>10} {:>8} {:>8}",
            "family / form", "executions", "hits", "misses", "specialized", "deopts", "failures"
        );
        for &fam in Opcode::ALL {
            if fam.is_specialized() || fam.cache_units() == 0 {
                continue;
            }
            let forms: Vec<Opcode> = Opcode::ALL
                .iter()
                .copied()
                .filter(|o| o.is_specialized() && o.family() == fam)
                .collect();
            let exec: u64 = get(fam, EXEC) + forms.iter().map(|o| get(*o, EXEC)).sum::<u64>();
            if exec == 0 {
                continue;
            }
            let hits: u64 = forms.iter().map(|o| form_hits(*o)).sum();
            let misses: u64 = forms.iter().map(|o| get(*o, MISS)).sum();
            let fails: u64 = FAILS[fam as usize]
                .iter()
                .map(|a| a.load(Ordering::Relaxed))
                .sum();
            let _ = writeln!(
                out,
                "{:<28} {:>12} {:>12} {:>10} {:>10} {:>8} {:>8}",
                fam.name(),
                exec,
                hits,
                misses,
                get(fam, SUCCESS),
                get(fam, DEOPT),
                fails
            );
            for f in forms {
                // a form's executions: its hits and its misses
                let (h, m) = (form_hits(f), get(f, MISS));
                if h + m == 0 {
                    continue;
                }
                let _ = writeln!(out, "  {:<26} {:>12} {:>12} {:>10}", f.name(), h + m, h, m);
            }
            for (k, why) in Failure::ALL.iter().enumerate() {
                let n = FAILS[fam as usize][k].load(Ordering::Relaxed);
                if n > 0 {
                    let _ = writeln!(out, "    failed: {:<40} {:>8}", why.name(), n);
                }
            }
        }
        // the rest of the mix: instructions with nothing to specialize
        let mut plain: Vec<(u64, Opcode)> = Opcode::ALL
            .iter()
            .filter(|o| !o.is_specialized() && o.cache_units() == 0)
            .map(|o| (get(*o, EXEC), *o))
            .filter(|(n, _)| *n > 0)
            .collect();
        plain.sort_by(|a, b| b.0.cmp(&a.0));
        let _ = writeln!(
            out,
            "\n{:<28} {:>12} {:>8}",
            "other instructions", "executions", "share"
        );
        for (n, o) in plain.iter().take(12) {
            let share = 100.0 * *n as f64 / total.max(1) as f64;
            let _ = writeln!(out, "{:<28} {:>12} {:>7.1}%", o.name(), n, share);
        }
        out
    }
}
