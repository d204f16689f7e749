//! The work of specialized forms, as functions the interpreter's arms and
//! the JIT's helpers both call (today: the attribute families, `LOAD_ATTR`,
//! `LOAD_METHOD`, `STORE_ATTR`, and `BINARY_SUBSCR`, `COMPARE_OP`,
//! `STORE_SUBSCR`, `STORE_SUBSCR_FAST`, `TO_BOOL`, `CONTAINS_OP`, the
//! call-like forms of `BINARY_OP`, and `UNPACK_SEQUENCE` for the JIT's
//! `unpack` helper; ARCHITECTURE.md says which arms still keep their own
//! code, and why).
//!
//! Each form's function reads the instruction's cache (`site`: the
//! instruction word and its cache units, live in the quickened code) under
//! the sequence word, checks the form's guards and does its fast path,
//! returning the result, or `None` when a guard fails (a miss). What happens
//! on a miss is the caller's: the interpreter deopts (counts the miss and
//! runs the family's generic arm, which re-specializes when the counter runs
//! out); a JIT helper calls [`miss`] (the same counting and re-specializing)
//! and then the same generic operation. So the slow path is the family's,
//! written once (`Vm::getattr`, `interp::load_method`, `Vm::setattr`), and
//! compiled code gets the interpreter's inline caches for what it leaves to
//! helpers.

use std::sync::atomic::{AtomicU32, Ordering};

use specializer::cache::{
    self, AttrData, InstanceData, MethodEntries, VersionIndex, VersionWord, DATA,
};
use specializer::{decode, BinOp, CmpOp, Opcode};

use crate::object::Kind;
use crate::quicken;
use crate::runtime::error::PyResult;
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::dict::as_dict;
use crate::types::str::as_str;
use crate::types::typeobj::instance_dict_ref;
use crate::types::types;
use crate::value::Value;

/// An instruction of the `LOAD_ATTR` or `STORE_ATTR` family and its cache
/// (one layout), and one of the `LOAD_METHOD` family: fixed sizes, so that
/// reading a view needs no bounds check.
pub type AttrSite = [AtomicU32; 1 + cache::ATTR];
pub type MethodSite = [AtomicU32; 1 + cache::METHOD];

/// The cache data of form `$op` at `$site` as the view `$t`, or `None`
/// (written for another form, or being rewritten).
macro_rules! view {
    ($site:expr, $op:expr, $t:ident) => {
        quicken::read_data::<{ $t::UNITS }>(&$site[..1 + DATA + $t::UNITS], $op).map($t::decode)
    };
}

/// The form an instruction has now, and its argument.
#[inline(always)]
pub fn form<const N: usize>(site: &[AtomicU32; N]) -> (Option<Opcode>, u32) {
    let (b, arg) = decode(site[0].load(Ordering::Acquire));
    (Opcode::from_u8(b), arg)
}

/// What a JIT helper does for the instruction at `site` (`None`: no site):
/// the work of the form it has now (`fast`); else, the miss counted and the
/// site re-specialized as the interpreter's arm would ([`miss`]), the
/// family's generic path (`generic`). `families`: the instruction's
/// possible families (another one there, a superinstruction's first half,
/// is left alone).
#[inline]
pub fn run_at<const N: usize, R>(
    site: Option<&[AtomicU32; N]>,
    families: &[Opcode],
    fast: impl FnOnce(Opcode, &[AtomicU32; N]) -> Option<R>,
    respecialize: impl FnOnce(Opcode, &[AtomicU32]),
    generic: impl FnOnce() -> R,
) -> R {
    if let Some(site) = site {
        if let (Some(op), _) = form(site) {
            if let Some(r) = fast(op, site) {
                return r;
            }
            miss(&site[..], families, op, respecialize);
        }
    }
    generic()
}

/// A miss in the form `op` at `site` (or an execution of the generic
/// form): counts it as the interpreter does, and re-specializes with
/// `respecialize` (given the family) when the counter runs out. An
/// instruction of none of `families` is left alone.
#[cold]
fn miss(
    site: &[AtomicU32],
    families: &[Opcode],
    op: Opcode,
    respecialize: impl FnOnce(Opcode, &[AtomicU32]),
) {
    let family = op.family();
    if !families.contains(&family) {
        return;
    }
    let triggered = if op.is_specialized() {
        quicken::note_miss(&site[..2], op)
    } else {
        quicken::tick(&site[..2])
    };
    if triggered {
        respecialize(family, site);
    }
}

/// The entry hint of an instance-value form for a type of version `v`: the
/// two words of the newest entry first (the usual, monomorphic case), all
/// seven when the type is another one of the site's.
#[inline(always)]
fn instance_hint(site: &AttrSite, op: Opcode, v: u32) -> Option<u32> {
    let d = view!(site, op, VersionIndex)?;
    if d.version == v {
        return Some(d.index);
    }
    let d = view!(site, op, InstanceData)?;
    d.covers(v).then_some(d.hint)
}

// ---- LOAD_ATTR ----------------------------------------------------------------

/// `LOAD_ATTR_INSTANCE_VALUE`: the attribute from the instance's dict, at
/// the entry the hint names if it still holds this name, else by a lookup.
#[inline(always)]
pub fn load_attr_instance_value(site: &AttrSite, obj: &Value, name: &Value) -> Option<Value> {
    let op = Opcode::LOAD_ATTR_INSTANCE_VALUE;
    let hint = instance_hint(site, op, obj.ty().version())?;
    instance_dict_ref(obj)
        .and_then(|dd| dd.get_at(hint as usize, name).or_else(|| dd.get_str(name)))
}

/// `LOAD_ATTR_SLOT`: a `__slots__` member (unset: a miss, the generic path
/// raises the `AttributeError`).
#[inline(always)]
pub fn load_attr_slot(site: &AttrSite, obj: &Value) -> Option<Value> {
    let d = view!(site, Opcode::LOAD_ATTR_SLOT, VersionIndex)?;
    if obj.ty().version() != d.version {
        return None;
    }
    crate::object::instance_ext(obj).and_then(|e| {
        e.slots
            .get(d.index as usize)
            .and_then(|c| c.get(obj.header()?))
    })
}

/// `LOAD_ATTR_MODULE`: a module attribute, while the module's dict keeps
/// the version it had (`a`: the dict, `b`: its version, `c`: the value).
#[inline(always)]
pub fn load_attr_module(site: &AttrSite, obj: &Value) -> Option<Value> {
    module_attr(site, Opcode::LOAD_ATTR_MODULE, obj)
}

/// `LOAD_METHOD_MODULE`: as [`load_attr_module`] (the caller pushes NULL
/// after it: a module's function is called without `self`).
#[inline(always)]
pub fn load_method_module(site: &MethodSite, obj: &Value) -> Option<Value> {
    module_attr(site, Opcode::LOAD_METHOD_MODULE, obj)
}

/// A module attribute cached by the form `op` (`AttrData` at `site`).
#[inline(always)]
fn module_attr<const N: usize>(site: &[AtomicU32; N], op: Opcode, obj: &Value) -> Option<Value> {
    let d = view!(site, op, AttrData)?;
    if obj.kind() != Kind::Module {
        return None;
    }
    let md = crate::types::module::module_dict(obj);
    if md.raw() != d.a as usize || as_dict(md)?.version() != d.b {
        return None;
    }
    // SAFETY: only immortal or deferred values are cached, and the dict's
    // version says the name is still bound to it.
    Some(unsafe { quicken::cached_word(d.c) })
}

/// `LOAD_ATTR_CLASS`: an attribute of a class, while the class keeps its
/// version.
#[inline(always)]
pub fn load_attr_class(site: &AttrSite, obj: &Value) -> Option<Value> {
    let d = view!(site, Opcode::LOAD_ATTR_CLASS, VersionWord)?;
    let ok = obj.kind() == Kind::Type
        && obj
            .downcast::<crate::types::typeobj::TypeObj>()
            .is_some_and(|c| c.version() == d.version);
    // SAFETY: as `load_attr_module`; version tags are never reused, so the
    // version names this very class, unchanged.
    ok.then(|| unsafe { quicken::cached_word(d.word) })
}

/// `LOAD_ATTR_PROPERTY`: the property's getter, to be called with `obj`.
#[inline(always)]
pub fn load_attr_property_getter(site: &AttrSite, obj: &Value) -> Option<Value> {
    let d = view!(site, Opcode::LOAD_ATTR_PROPERTY, VersionWord)?;
    // SAFETY: the getter is a deferred function (checked when cached)
    (obj.ty().version() == d.version).then(|| unsafe { quicken::cached_word(d.word) })
}

/// `obj.name` as the form `op` at `site` does it, or `None` on a miss (or
/// for a form of another family).
#[inline]
pub fn load_attr(
    vm: &Vm,
    op: Opcode,
    site: &AttrSite,
    obj: &Value,
    name: &Value,
) -> Option<PyResult<Value>> {
    Some(Ok(match op {
        Opcode::LOAD_ATTR_INSTANCE_VALUE => load_attr_instance_value(site, obj, name)?,
        Opcode::LOAD_ATTR_SLOT => load_attr_slot(site, obj)?,
        Opcode::LOAD_ATTR_MODULE => load_attr_module(site, obj)?,
        Opcode::LOAD_ATTR_CLASS => load_attr_class(site, obj)?,
        Opcode::LOAD_ATTR_PROPERTY => {
            let fget = load_attr_property_getter(site, obj)?;
            return Some(vm.call(&fget, std::slice::from_ref(obj)));
        }
        _ => return None,
    }))
}

// ---- LOAD_METHOD --------------------------------------------------------------

/// `LOAD_METHOD_WITH_DICT` / `LOAD_METHOD_NO_DICT`: the class's method for
/// `obj` (a new reference), from a polymorphic cache of
/// `specializer::cache::METHOD_ENTRIES` (version, method) entries, the
/// newest first (read alone, the usual case); with a dict, only while the
/// instance's dict does not shadow the name.
#[inline(always)]
pub fn load_method(site: &MethodSite, op: Opcode, obj: &Value, name: &Value) -> Option<Value> {
    let v = obj.ty().version();
    let first = view!(site, op, VersionWord)?;
    let method = if first.version == v {
        first.word
    } else {
        view!(site, op, MethodEntries)?.find(v)?
    };
    if op == Opcode::LOAD_METHOD_WITH_DICT {
        // (a dict of another kind of object: the generic path)
        let dd = instance_dict_ref(obj)?;
        if dd.may_hold_str(name) && dd.get_str(name).is_some() {
            return None;
        }
    }
    // SAFETY: methods are cached only when deferred or immortal, and the
    // type version says the class still has this one.
    Some(unsafe { quicken::cached_word(method) })
}

// ---- STORE_ATTR ---------------------------------------------------------------

/// `STORE_ATTR_INSTANCE_VALUE`: the entry hint for `obj`'s dict, or
/// `None` on a miss; [`store_attr_instance_value`] then stores.
#[inline(always)]
pub fn store_attr_instance_value_target(site: &AttrSite, obj: &Value) -> Option<u32> {
    let hint = instance_hint(site, Opcode::STORE_ATTR_INSTANCE_VALUE, obj.ty().version())?;
    instance_dict_ref(obj).map(|_| hint)
}

/// `obj.name = v` into the instance's dict, at the entry `hint` if it
/// holds the name, else by the dict's own insertion.
#[inline(always)]
pub fn store_attr_instance_value(
    vm: &Vm,
    obj: &Value,
    name: &Value,
    hint: u32,
    v: Value,
) -> PyResult<()> {
    match instance_dict_ref(obj) {
        Some(dd) => match dd.set_at(hint as usize, name, v) {
            Ok(()) => Ok(()),
            Err(v) => dd.set_item(vm, name.clone(), v),
        },
        None => setattr_generic(vm, obj, name, v),
    }
}

/// The generic store, for a target that changed between a form's guard
/// and its store (not reached while the guard's object is held).
#[cold]
#[inline(never)]
fn setattr_generic(vm: &Vm, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
    vm.setattr(obj, name, v)
}

/// `STORE_ATTR_SLOT`: the `__slots__` member's index for `obj`, or `None`
/// on a miss; [`store_attr_slot`] then stores.
#[inline(always)]
pub fn store_attr_slot_target(site: &AttrSite, obj: &Value) -> Option<u32> {
    let d = view!(site, Opcode::STORE_ATTR_SLOT, VersionIndex)?;
    if obj.ty().version() != d.version {
        return None;
    }
    let ext = crate::object::instance_ext(obj)?;
    ((d.index as usize) < ext.slots.len()).then_some(d.index)
}

/// `obj.name = v` into the slot `index` ([`store_attr_slot_target`]'s).
#[inline(always)]
pub fn store_attr_slot(vm: &Vm, obj: &Value, name: &Value, index: u32, v: Value) -> PyResult<()> {
    if let (Some(ext), Some(h)) = (crate::object::instance_ext(obj), obj.header()) {
        if let Some(c) = ext.slots.get(index as usize) {
            crate::value::release_opt(c.replace(h, Some(v)));
            return Ok(());
        }
    }
    setattr_generic(vm, obj, name, v)
}

/// `obj.name = v` as the form `op` at `site` does it, or `v` back on a
/// miss (or for a form of another family).
#[inline]
pub fn store_attr(
    vm: &Vm,
    op: Opcode,
    site: &AttrSite,
    obj: &Value,
    name: &Value,
    v: Value,
) -> Result<PyResult<()>, Value> {
    match op {
        Opcode::STORE_ATTR_INSTANCE_VALUE => match store_attr_instance_value_target(site, obj) {
            Some(hint) => Ok(store_attr_instance_value(vm, obj, name, hint, v)),
            None => Err(v),
        },
        Opcode::STORE_ATTR_SLOT => match store_attr_slot_target(site, obj) {
            Some(index) => Ok(store_attr_slot(vm, obj, name, index, v)),
            None => Err(v),
        },
        _ => Err(v),
    }
}

// ---- BINARY_SUBSCR ------------------------------------------------------------

/// An instruction and its counter: the site of a family whose forms keep no
/// cache data (their guards are type tests), enough to read the form and
/// count a helper's misses.
pub type CounterSite = [AtomicU32; 2];

/// `c[k]` as the `BINARY_SUBSCR` form `op` does it, or `None` on a miss (a
/// dict without the key included: the generic path raises the `KeyError`).
#[inline(always)]
pub fn binary_subscr(vm: &Vm, op: Opcode, c: &Value, k: &Value) -> Option<PyResult<Value>> {
    let t = types();
    match op {
        Opcode::BINARY_SUBSCR_LIST_INT => {
            let i = k.as_small()?;
            c.is_exact(t.list)
                .then(|| crate::types::list::getitem_int(c, i))
        }
        Opcode::BINARY_SUBSCR_TUPLE_INT => {
            let i = k.as_small()?;
            c.is_exact(t.tuple)
                .then(|| crate::types::tuple::getitem_int(c, i))
        }
        Opcode::BINARY_SUBSCR_DICT => {
            if !c.is_exact(t.dict) {
                return None;
            }
            match as_dict(c)?.get_item(vm, k) {
                Ok(Some(v)) => Some(Ok(v)),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }
        }
        Opcode::BINARY_SUBSCR_STR_INT => {
            let i = k.as_small()?;
            c.is_exact(t.str)
                .then(|| crate::types::str::getitem_int(c, i))
        }
        _ => None,
    }
}

// ---- COMPARE_OP ---------------------------------------------------------------

/// `a <cmp> b` as the `COMPARE_OP` form `op` does it, or `None` on a miss.
#[inline(always)]
pub fn compare(op: Opcode, cmp: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match op {
        Opcode::COMPARE_OP_INT => {
            let (x, y) = (a.as_small()?, b.as_small()?);
            Some(ops::cmp_ord(x.cmp(&y), cmp))
        }
        Opcode::COMPARE_OP_FLOAT => {
            let fl = types().float;
            if a.is_exact_obj(fl) && b.is_exact_obj(fl) {
                // SAFETY: exact floats have a float's layout.
                let (x, y) = unsafe {
                    (
                        crate::types::float::float_value_unchecked(a),
                        crate::types::float::float_value_unchecked(b),
                    )
                };
                Some(ops::cmp_f64(x, y, cmp))
            } else {
                Some(ops::cmp_f64(float_operand(a)?, float_operand(b)?, cmp))
            }
        }
        Opcode::COMPARE_OP_STR => {
            let t = types();
            if !(a.is_exact(t.str) && b.is_exact(t.str)) {
                return None;
            }
            // UTF-8 byte order is code point order
            Some(ops::cmp_ord(as_str(a)?.cmp(as_str(b)?), cmp))
        }
        _ => None,
    }
}

/// A float operand of the float forms: an exact float, or a small int that
/// converts exactly (below 2^53, so comparisons agree with the generic
/// path).
#[inline(always)]
fn float_operand(v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small() {
        return (i.unsigned_abs() < (1 << 53)).then_some(i as f64);
    }
    if v.is_exact(types().float) {
        return crate::types::float::as_f64(v);
    }
    None
}

// ---- STORE_SUBSCR, STORE_SUBSCR_FAST ---------------------------------------------

/// Whether the `STORE_SUBSCR` or `STORE_SUBSCR_FAST` form `op` stores
/// `c[k]` ([`store_subscr`] then does), or misses.
#[inline(always)]
pub fn store_subscr_guard(op: Opcode, c: &Value, k: &Value) -> bool {
    let t = types();
    match op {
        Opcode::STORE_SUBSCR_LIST_INT | Opcode::STORE_SUBSCR_FAST_LIST_INT => {
            k.is_small_int() && c.is_exact_obj(t.list)
        }
        Opcode::STORE_SUBSCR_DICT | Opcode::STORE_SUBSCR_FAST_DICT => c.is_exact_obj(t.dict),
        _ => false,
    }
}

/// `c[k] = v` as the form `op` does it, after [`store_subscr_guard`] said
/// so for the same operands.
#[inline(always)]
pub fn store_subscr(vm: &Vm, op: Opcode, c: &Value, k: Value, v: Value) -> PyResult<()> {
    match op {
        Opcode::STORE_SUBSCR_LIST_INT | Opcode::STORE_SUBSCR_FAST_LIST_INT => match k.as_small() {
            Some(i) => {
                // a small int key: nothing to release
                std::mem::forget(k);
                crate::types::list::setitem_int(c, i, v)
            }
            None => vm.setitem(c, &k, v),
        },
        _ => match as_dict(c) {
            Some(d) => d.set_item(vm, k, v),
            None => vm.setitem(c, &k, v),
        },
    }
}

// ---- BINARY_OP --------------------------------------------------------------

/// `BINARY_OP_FLOAT_OTHER`: both exact floats, and an answer the float
/// arithmetic gives directly (else a miss).
#[inline(always)]
pub fn binary_op_float_other(bop: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let fl = types().float;
    if !(a.is_exact(fl) && b.is_exact(fl)) {
        return None;
    }
    crate::types::float::float_binop_fast(a, b, bop)
}

/// `BINARY_OP_ADD_STR`'s guard: two exact strs.
#[inline(always)]
pub fn add_str_guard(a: &Value, b: &Value) -> bool {
    let t = types();
    a.is_exact_obj(t.str) && b.is_exact_obj(t.str)
}

/// The forms of `BINARY_OP` the JIT's `binary_op` helper runs through
/// [`run_at`] (its misses counted): [`binary_op`]'s, and the generic one.
/// The int and float forms are compiled code's own; the helper meets one
/// only while the loop's guess differs from the site's, and does not count
/// it.
pub const BINARY_OP_HELPER_FORMS: [Opcode; 3] = [
    Opcode::BINARY_OP,
    Opcode::BINARY_OP_FLOAT_OTHER,
    Opcode::BINARY_OP_ADD_STR,
];

/// The forms of `BINARY_OP` whose work is a call (`FLOAT_OTHER`,
/// `ADD_STR` with a new string), or `None` on a miss. The int and float
/// forms are the interpreter's arms and compiled code's own instructions;
/// the JIT's `binary_op` helper runs this for the others.
pub fn binary_op(vm: &Vm, op: Opcode, bop: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match op {
        Opcode::BINARY_OP_FLOAT_OTHER => binary_op_float_other(bop, a, b),
        Opcode::BINARY_OP_ADD_STR => {
            add_str_guard(a, b).then(|| crate::types::str::str_binop(vm, a, b, BinOp::Add))
        }
        _ => None,
    }
}

/// How `BINARY_OP_PY` reached the Python method it calls: what a
/// NotImplemented result leaves to do ([`ops::binary_op_after_py`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyBinop {
    /// `a.__op__(b)`, `b` an instance of the same class or an exact int or
    /// float (whose reflected method comes next).
    Left,
    /// `a.__iop__(b)` (the plain operator comes next).
    Inplace,
    /// `b.__rop__(a)`, `a` an exact int or float: its own method gives
    /// NotImplemented for an instance, so it is not called.
    Reflected,
}

/// The Python method `BINARY_OP_PY` enters for `a op b` and how it was
/// reached, or `None` when the operator takes another path (a miss): the
/// method must be a plain Python function taking exactly the two operands,
/// and the operands such that `ops::binary_op` would call it first.
#[inline]
pub fn py_binop(op: BinOp, a: &Value, b: &Value) -> Option<(Value, PyBinop)> {
    let t = types();
    let number = |v: &Value| v.is_small_int() || v.is_exact(t.float);
    let py = |m: Option<Value>| {
        m.filter(|f| {
            f.downcast::<crate::types::function::FunctionObj>()
                .is_some_and(|func| {
                    quicken::exact_args(func, 2)
                        && func.code().flags & crate::code::flags::GENERATOR == 0
                })
        })
    };
    let (name, rname, iname) = ops::binop_name_values(op);
    if a.kind() == Kind::Object {
        let ta = a.ty();
        if op.is_inplace() {
            if let Some(m) = ta.lookup(iname) {
                return py(Some(m)).map(|f| (f, PyBinop::Inplace));
            }
        }
        // a subclass operand's reflected method may come first: generic
        if !(std::ptr::eq(ta, b.ty()) || number(b)) {
            return None;
        }
        return py(ta.lookup(name)).map(|f| (f, PyBinop::Left));
    }
    if b.kind() == Kind::Object && number(a) {
        return py(b.ty().lookup(rname)).map(|f| (f, PyBinop::Reflected));
    }
    None
}

// ---- TO_BOOL, CONTAINS_OP ------------------------------------------------------

/// The truth of `v` as the `TO_BOOL` form `op` tells it, or `None` on a miss.
#[inline(always)]
pub fn to_bool(op: Opcode, v: &Value) -> Option<bool> {
    let t = types();
    match op {
        Opcode::TO_BOOL_BOOL if v.is_bool() => Some(v.is_true()),
        Opcode::TO_BOOL_INT if v.is_small_int() => Some(v.small_unchecked() != 0),
        Opcode::TO_BOOL_NONE if v.is_none() => Some(false),
        Opcode::TO_BOOL_LIST if v.is_exact(t.list) => {
            Some(!crate::types::list::as_list(v)?.is_empty())
        }
        Opcode::TO_BOOL_STR if v.is_exact(t.str) => Some(!as_str(v)?.is_empty()),
        _ => None,
    }
}

/// `item in c` as the `CONTAINS_OP` form `op` does it (a builtin container's
/// own search, no `__contains__` lookup), or `None` on a miss.
#[inline(never)]
pub fn contains(vm: &Vm, op: Opcode, item: &Value, c: &Value) -> Option<PyResult<bool>> {
    let t = types();
    let ok = match op {
        Opcode::CONTAINS_OP_DICT => c.is_exact(t.dict),
        Opcode::CONTAINS_OP_SET => c.is_exact(t.set),
        Opcode::CONTAINS_OP_SEQ => c.is_exact(t.list) || c.is_exact(t.tuple),
        Opcode::CONTAINS_OP_STR => c.is_exact(t.str) && item.is_exact(t.str),
        _ => false,
    };
    ok.then(|| vm.contains(c, item))
}

// ---- UNPACK_SEQUENCE ---------------------------------------------------

/// The items of `seq` as the `UNPACK_SEQUENCE` form `op` takes them (an
/// exact tuple, or list, of exactly `n` items), each given to `put` with
/// its position from the end (0: the last item, which goes lowest on the
/// stack: the first ends on top); `false` on a miss, before any is given.
#[inline(always)]
pub fn unpack_sequence(
    op: Opcode,
    seq: &Value,
    n: usize,
    mut put: impl FnMut(usize, &Value),
) -> bool {
    let t = types();
    match op {
        Opcode::UNPACK_SEQUENCE_LIST if seq.is_exact_obj(t.list) => {
            crate::types::list::as_list(seq).is_some_and(|l| {
                l.reading(|items| {
                    items.len() == n && {
                        items.iter().rev().enumerate().for_each(|(k, x)| put(k, x));
                        true
                    }
                })
            })
        }
        Opcode::UNPACK_SEQUENCE_TUPLE | Opcode::UNPACK_SEQUENCE_TWO_TUPLE
            if seq.is_exact_obj(t.tuple) =>
        {
            let items = crate::types::tuple::as_slice(seq);
            items.len() == n && {
                items.iter().rev().enumerate().for_each(|(k, x)| put(k, x));
                true
            }
        }
        _ => false,
    }
}
