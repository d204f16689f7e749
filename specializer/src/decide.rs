//! The specialization decisions, as pure functions: the interpreter describes
//! the operands it sees (their exact builtin kinds, what a lookup found) and
//! gets back a specialized form, or the named reason there is none. They know
//! nothing of the VM, so each is unit-tested here on its own; `-X stats`
//! counts the failure reasons by name.

use crate::{BinOp, Opcode};

/// What an operand is, as far as the specializer cares: exact builtin types
/// only (an instance of a subclass is `Other`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// An int that fits the tagged one-word form.
    SmallInt,
    BigInt,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Bool,
    None,
    Other,
}

/// Why an instruction stays generic (printed by `-X stats`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Failure {
    /// The operands' kinds have no specialized form for this operator.
    Operands,
    /// An int too big for the one-word form.
    BigInt,
    /// The operator has no specialized form.
    Operator,
    /// The object's type overrides `__getattribute__` or `__getattr__`.
    CustomGetattr,
    /// The attribute is found through a descriptor the forms do not handle.
    Descriptor,
    /// The name is not found where the forms look.
    NotFound,
    /// The value would be cached by address but is neither immortal nor
    /// deferred, so another thread could free it under a reader.
    NotShareable,
    /// The namespace dict is not deferred (not a module namespace).
    Namespace,
    /// The type has no version tag usable as a guard.
    NoVersion,
    /// The instance has a `__dict__` entry that shadows the method.
    Shadowed,
    /// Keyword arguments.
    Keywords,
    /// The Python function's parameters need binding work (defaults,
    /// `*args`, keyword-only, cells...).
    ArgBinding,
    /// The callable is of a kind the forms do not handle.
    Callable,
    /// A class whose instantiation the forms do not handle (custom `__new__`,
    /// a builtin base, no Python `__init__`, an `__init__` needing binding).
    ClassInit,
    /// Unpacking: the length does not match.
    Length,
    /// The iterator is of a kind the forms do not handle.
    Iterator,
    /// Another thread was re-specializing the same instruction.
    Busy,
}

impl Failure {
    pub const ALL: &'static [Failure] = &[
        Failure::Operands,
        Failure::BigInt,
        Failure::Operator,
        Failure::CustomGetattr,
        Failure::Descriptor,
        Failure::NotFound,
        Failure::NotShareable,
        Failure::Namespace,
        Failure::NoVersion,
        Failure::Shadowed,
        Failure::Keywords,
        Failure::ArgBinding,
        Failure::Callable,
        Failure::ClassInit,
        Failure::Length,
        Failure::Iterator,
        Failure::Busy,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Failure::Operands => "operand kinds",
            Failure::BigInt => "big int",
            Failure::Operator => "operator",
            Failure::CustomGetattr => "custom __getattribute__",
            Failure::Descriptor => "descriptor",
            Failure::NotFound => "not found",
            Failure::NotShareable => "value not immortal or deferred",
            Failure::Namespace => "namespace not deferred",
            Failure::NoVersion => "no type version",
            Failure::Shadowed => "shadowed by instance dict",
            Failure::Keywords => "keyword arguments",
            Failure::ArgBinding => "argument binding",
            Failure::Callable => "callable kind",
            Failure::ClassInit => "class instantiation",
            Failure::Length => "length mismatch",
            Failure::Iterator => "iterator kind",
            Failure::Busy => "being re-specialized",
        }
    }

    pub fn index(self) -> usize {
        Failure::ALL.iter().position(|f| *f == self).unwrap()
    }
}

pub type Decision = Result<Opcode, Failure>;

fn numeric(o: Operand) -> bool {
    matches!(o, Operand::SmallInt | Operand::Float)
}

/// `BINARY_OP` with these operands.
pub fn binary_op(op: BinOp, l: Operand, r: Operand) -> Decision {
    use Operand::*;
    let op = op.base();
    match (l, r) {
        (SmallInt, SmallInt) => match op {
            BinOp::Add => Ok(Opcode::BINARY_OP_ADD_INT),
            BinOp::Subtract => Ok(Opcode::BINARY_OP_SUBTRACT_INT),
            BinOp::Multiply => Ok(Opcode::BINARY_OP_MULTIPLY_INT),
            BinOp::MatrixMultiply => Err(Failure::Operator),
            _ => Ok(Opcode::BINARY_OP_INT_OTHER),
        },
        (a, b) if numeric(a) && numeric(b) => match op {
            BinOp::Add => Ok(Opcode::BINARY_OP_ADD_FLOAT),
            BinOp::Subtract => Ok(Opcode::BINARY_OP_SUBTRACT_FLOAT),
            BinOp::Multiply => Ok(Opcode::BINARY_OP_MULTIPLY_FLOAT),
            BinOp::TrueDivide => Ok(Opcode::BINARY_OP_TRUEDIV_FLOAT),
            BinOp::Power | BinOp::Remainder | BinOp::FloorDivide if a == Float && b == Float => {
                Ok(Opcode::BINARY_OP_FLOAT_OTHER)
            }
            _ => Err(Failure::Operator),
        },
        (Str, Str) if op == BinOp::Add => Ok(Opcode::BINARY_OP_ADD_STR),
        (Str, Str) => Err(Failure::Operator),
        (BigInt, _) | (_, BigInt) => Err(Failure::BigInt),
        _ => Err(Failure::Operands),
    }
}

/// `container[key]`.
pub fn binary_subscr(container: Operand, key: Operand) -> Decision {
    use Operand::*;
    match (container, key) {
        (List, SmallInt) => Ok(Opcode::BINARY_SUBSCR_LIST_INT),
        (Tuple, SmallInt) => Ok(Opcode::BINARY_SUBSCR_TUPLE_INT),
        (Str, SmallInt) => Ok(Opcode::BINARY_SUBSCR_STR_INT),
        (Dict, _) => Ok(Opcode::BINARY_SUBSCR_DICT),
        (List | Tuple | Str, BigInt) => Err(Failure::BigInt),
        _ => Err(Failure::Operands),
    }
}

/// `local[key]` (`BINARY_SUBSCR_FAST`): the same choice as [`binary_subscr`]
/// for the containers it has forms for.
pub fn binary_subscr_fast(container: Operand, key: Operand) -> Decision {
    match binary_subscr(container, key)? {
        Opcode::BINARY_SUBSCR_LIST_INT => Ok(Opcode::BINARY_SUBSCR_FAST_LIST_INT),
        Opcode::BINARY_SUBSCR_TUPLE_INT => Ok(Opcode::BINARY_SUBSCR_FAST_TUPLE_INT),
        Opcode::BINARY_SUBSCR_STR_INT => Ok(Opcode::BINARY_SUBSCR_FAST_STR_INT),
        Opcode::BINARY_SUBSCR_DICT => Ok(Opcode::BINARY_SUBSCR_FAST_DICT),
        _ => Err(Failure::Operands),
    }
}

/// `TO_BOOL`: the truth of a value.
pub fn to_bool(v: Operand) -> Decision {
    use Operand::*;
    match v {
        Bool => Ok(Opcode::TO_BOOL_BOOL),
        SmallInt => Ok(Opcode::TO_BOOL_INT),
        None => Ok(Opcode::TO_BOOL_NONE),
        List => Ok(Opcode::TO_BOOL_LIST),
        Str => Ok(Opcode::TO_BOOL_STR),
        BigInt => Err(Failure::BigInt),
        _ => Err(Failure::Operands),
    }
}

/// `container[key] = value`.
pub fn store_subscr(container: Operand, key: Operand) -> Decision {
    use Operand::*;
    match (container, key) {
        (List, SmallInt) => Ok(Opcode::STORE_SUBSCR_LIST_INT),
        (Dict, _) => Ok(Opcode::STORE_SUBSCR_DICT),
        _ => Err(Failure::Operands),
    }
}

/// `local[key] = value` (`STORE_SUBSCR_FAST`): the same choice as
/// [`store_subscr`].
pub fn store_subscr_fast(container: Operand, key: Operand) -> Decision {
    match store_subscr(container, key)? {
        Opcode::STORE_SUBSCR_LIST_INT => Ok(Opcode::STORE_SUBSCR_FAST_LIST_INT),
        Opcode::STORE_SUBSCR_DICT => Ok(Opcode::STORE_SUBSCR_FAST_DICT),
        _ => Err(Failure::Operands),
    }
}

/// `COMPARE_OP` (any of the six operators).
pub fn compare_op(l: Operand, r: Operand) -> Decision {
    use Operand::*;
    match (l, r) {
        (SmallInt, SmallInt) => Ok(Opcode::COMPARE_OP_INT),
        (a, b) if numeric(a) && numeric(b) => Ok(Opcode::COMPARE_OP_FLOAT),
        (Str, Str) => Ok(Opcode::COMPARE_OP_STR),
        (BigInt, _) | (_, BigInt) => Err(Failure::BigInt),
        _ => Err(Failure::Operands),
    }
}

/// `item in container`.
pub fn contains_op(item: Operand, container: Operand) -> Decision {
    use Operand::*;
    match container {
        Dict => Ok(Opcode::CONTAINS_OP_DICT),
        Set => Ok(Opcode::CONTAINS_OP_SET),
        List | Tuple => Ok(Opcode::CONTAINS_OP_SEQ),
        Str if item == Str => Ok(Opcode::CONTAINS_OP_STR),
        _ => Err(Failure::Operands),
    }
}

/// What `FOR_ITER` iterates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Iter {
    Range,
    List,
    Tuple,
    Generator,
    Other,
}

pub fn for_iter(it: Iter) -> Decision {
    match it {
        Iter::Range => Ok(Opcode::FOR_ITER_RANGE),
        Iter::List => Ok(Opcode::FOR_ITER_LIST),
        Iter::Tuple => Ok(Opcode::FOR_ITER_TUPLE),
        Iter::Generator => Ok(Opcode::FOR_ITER_GEN),
        Iter::Other => Err(Failure::Iterator),
    }
}

/// `UNPACK_SEQUENCE n` of a sequence of length `len`.
pub fn unpack_sequence(seq: Operand, len: usize, n: usize) -> Decision {
    match seq {
        Operand::Tuple | Operand::List if len != n => Err(Failure::Length),
        Operand::Tuple if n == 2 => Ok(Opcode::UNPACK_SEQUENCE_TWO_TUPLE),
        Operand::Tuple => Ok(Opcode::UNPACK_SEQUENCE_TUPLE),
        Operand::List => Ok(Opcode::UNPACK_SEQUENCE_LIST),
        _ => Err(Failure::Operands),
    }
}

/// Where `LOAD_GLOBAL` found its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalSite {
    Globals,
    Builtins,
    Missing,
}

/// `namespaces_deferred`: both dicts are deferred (module namespaces, never
/// freed, so their addresses identify them); `shareable`: the value is
/// immortal or deferred (or a tagged int), so a cached copy stays valid to
/// read even after another thread rebinds the name. A global that is not
/// shareable is still specialized: its value is read through its entry.
pub fn load_global(site: GlobalSite, namespaces_deferred: bool, shareable: bool) -> Decision {
    if site == GlobalSite::Missing {
        return Err(Failure::NotFound);
    }
    if !namespaces_deferred {
        return Err(Failure::Namespace);
    }
    if !shareable && site == GlobalSite::Builtins {
        return Err(Failure::NotShareable);
    }
    Ok(match site {
        GlobalSite::Globals if shareable => Opcode::LOAD_GLOBAL_MODULE,
        GlobalSite::Globals => Opcode::LOAD_GLOBAL_MODULE_ENTRY,
        _ => Opcode::LOAD_GLOBAL_BUILTIN,
    })
}

/// The object an attribute is looked up on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// An instance of a class made by a class statement (or a builtin) with
    /// the standard lookup; `has_dict` if it has a `__dict__`.
    Instance {
        has_dict: bool,
    },
    Module,
    /// A class, read through itself (`C.x`), with the standard type lookup.
    Class,
    /// Custom `__getattribute__`/`__getattr__`, super objects, ...
    Custom,
}

/// What the type's MRO holds under the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassAttr {
    Absent,
    /// A function (becomes a bound method through an instance).
    Method,
    /// A `__slots__` member descriptor (its slot index is cached).
    Slot,
    /// A property whose getter is a Python function.
    Property,
    /// Any other data descriptor (takes precedence over the instance dict).
    DataDescriptor,
    /// A non-data descriptor other than a function (staticmethod, classmethod...).
    OtherDescriptor,
    /// A plain value; `shareable` as for globals.
    Plain {
        shareable: bool,
    },
}

/// `LOAD_ATTR`. `in_instance_dict`: the instance dict holds the name now.
pub fn load_attr(owner: Owner, class_attr: ClassAttr, in_instance_dict: bool) -> Decision {
    match owner {
        Owner::Custom => Err(Failure::CustomGetattr),
        Owner::Module => Ok(Opcode::LOAD_ATTR_MODULE),
        Owner::Class => match class_attr {
            ClassAttr::Plain { shareable: true } | ClassAttr::Method => Ok(Opcode::LOAD_ATTR_CLASS),
            ClassAttr::Plain { shareable: false } => Err(Failure::NotShareable),
            ClassAttr::Absent => Err(Failure::NotFound),
            _ => Err(Failure::Descriptor),
        },
        Owner::Instance { has_dict } => match class_attr {
            ClassAttr::Slot => Ok(Opcode::LOAD_ATTR_SLOT),
            ClassAttr::Property => Ok(Opcode::LOAD_ATTR_PROPERTY),
            ClassAttr::DataDescriptor => Err(Failure::Descriptor),
            _ if has_dict && in_instance_dict => Ok(Opcode::LOAD_ATTR_INSTANCE_VALUE),
            ClassAttr::Absent => Err(Failure::NotFound),
            // methods are LOAD_METHOD's business; a plain class attribute read
            // through an instance is rare enough to stay generic
            _ => Err(Failure::Descriptor),
        },
    }
}

/// `LOAD_METHOD` (`obj.name(...)`).
pub fn load_method(
    owner: Owner,
    class_attr: ClassAttr,
    in_instance_dict: bool,
    shareable: bool,
) -> Decision {
    match owner {
        Owner::Instance { has_dict } => match class_attr {
            ClassAttr::Method if has_dict && in_instance_dict => Err(Failure::Shadowed),
            ClassAttr::Method if !shareable => Err(Failure::NotShareable),
            ClassAttr::Method if has_dict => Ok(Opcode::LOAD_METHOD_WITH_DICT),
            ClassAttr::Method => Ok(Opcode::LOAD_METHOD_NO_DICT),
            ClassAttr::Absent => Err(Failure::NotFound),
            _ => Err(Failure::Descriptor),
        },
        Owner::Custom => Err(Failure::CustomGetattr),
        // `m.f(...)`: the module's attribute (the caller checks it can be
        // cached, as for LOAD_ATTR_MODULE)
        Owner::Module => Ok(Opcode::LOAD_METHOD_MODULE),
        // classes: `C.f(...)` stays generic
        Owner::Class => Err(Failure::Operands),
    }
}

/// `STORE_ATTR`.
pub fn store_attr(owner: Owner, class_attr: ClassAttr) -> Decision {
    match owner {
        Owner::Instance { has_dict } => match class_attr {
            ClassAttr::Slot => Ok(Opcode::STORE_ATTR_SLOT),
            ClassAttr::Property | ClassAttr::DataDescriptor => Err(Failure::Descriptor),
            _ if has_dict => Ok(Opcode::STORE_ATTR_INSTANCE_VALUE),
            _ => Err(Failure::Operands),
        },
        Owner::Custom => Err(Failure::CustomGetattr),
        _ => Err(Failure::Operands),
    }
}

/// What a `CALL` site calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    /// A Python function; `exact`: its parameters take exactly the positional
    /// arguments given, with nothing to bind (no defaults used, no `*args`,
    /// `**kwargs` or keyword-only parameters).
    /// `defaults`: the missing trailing parameters all have defaults.
    PyFunction {
        exact: bool,
        defaults: bool,
    },
    /// A class; `builtin_ctor`: a builtin type called to make an instance
    /// (`range(n)`, `str(x)`, ...); `py_init`: a class statement's class whose
    /// instances are plain objects made by `object.__new__`, with a Python
    /// `__init__` (immortal or deferred) taking the arguments exactly.
    Class {
        builtin_ctor: bool,
        py_init: bool,
    },
    BuiltinLen,
    BuiltinIsinstance,
    ListAppend,
    /// Another builtin function or method descriptor.
    Builtin,
    Other,
}

pub fn call(callee: Callee, nargs: usize, keywords: bool) -> Decision {
    if keywords {
        return Err(Failure::Keywords);
    }
    match callee {
        Callee::PyFunction { exact: true, .. } => Ok(Opcode::CALL_PY_EXACT_ARGS),
        Callee::PyFunction { defaults: true, .. } => Ok(Opcode::CALL_PY_WITH_DEFAULTS),
        Callee::PyFunction { .. } => Err(Failure::ArgBinding),
        Callee::Class {
            builtin_ctor: true, ..
        } => Ok(Opcode::CALL_BUILTIN_CLASS),
        Callee::Class { py_init: true, .. } => Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT),
        Callee::Class { .. } => Err(Failure::ClassInit),
        Callee::BuiltinLen if nargs == 1 => Ok(Opcode::CALL_BUILTIN_LEN),
        Callee::BuiltinIsinstance if nargs == 2 => Ok(Opcode::CALL_BUILTIN_ISINSTANCE),
        // `nargs` counts the receiver: `l.append(x)` passes two
        Callee::ListAppend if nargs == 2 => Ok(Opcode::CALL_LIST_APPEND),
        Callee::BuiltinLen | Callee::BuiltinIsinstance | Callee::ListAppend | Callee::Builtin => {
            Ok(Opcode::CALL_BUILTIN_FAST)
        }
        Callee::Other => Err(Failure::Callable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Operand::*;

    #[test]
    fn binary_ops() {
        assert_eq!(
            binary_op(BinOp::Add, SmallInt, SmallInt),
            Ok(Opcode::BINARY_OP_ADD_INT)
        );
        assert_eq!(
            binary_op(BinOp::InplaceAdd, SmallInt, SmallInt),
            Ok(Opcode::BINARY_OP_ADD_INT)
        );
        assert_eq!(
            binary_op(BinOp::Multiply, Float, SmallInt),
            Ok(Opcode::BINARY_OP_MULTIPLY_FLOAT)
        );
        assert_eq!(
            binary_op(BinOp::TrueDivide, SmallInt, SmallInt),
            Ok(Opcode::BINARY_OP_INT_OTHER)
        );
        assert_eq!(
            binary_op(BinOp::Remainder, SmallInt, SmallInt),
            Ok(Opcode::BINARY_OP_INT_OTHER)
        );
        assert_eq!(
            binary_op(BinOp::Power, Float, Float),
            Ok(Opcode::BINARY_OP_FLOAT_OTHER)
        );
        assert_eq!(
            binary_op(BinOp::Power, SmallInt, Float),
            Err(Failure::Operator)
        );
        assert_eq!(binary_op(BinOp::And, Float, Float), Err(Failure::Operator));
        assert_eq!(
            binary_op(BinOp::TrueDivide, SmallInt, Float),
            Ok(Opcode::BINARY_OP_TRUEDIV_FLOAT)
        );
        assert_eq!(
            binary_op(BinOp::Add, Str, Str),
            Ok(Opcode::BINARY_OP_ADD_STR)
        );
        assert_eq!(
            binary_op(BinOp::Multiply, Str, SmallInt),
            Err(Failure::Operands)
        );
        assert_eq!(
            binary_op(BinOp::Add, BigInt, SmallInt),
            Err(Failure::BigInt)
        );
        assert_eq!(binary_op(BinOp::Add, List, List), Err(Failure::Operands));
    }

    #[test]
    fn subscripts_and_comparisons() {
        assert_eq!(
            binary_subscr(List, SmallInt),
            Ok(Opcode::BINARY_SUBSCR_LIST_INT)
        );
        assert_eq!(binary_subscr(Dict, Str), Ok(Opcode::BINARY_SUBSCR_DICT));
        assert_eq!(binary_subscr(List, Other), Err(Failure::Operands));
        assert_eq!(
            store_subscr(List, SmallInt),
            Ok(Opcode::STORE_SUBSCR_LIST_INT)
        );
        assert_eq!(compare_op(SmallInt, Float), Ok(Opcode::COMPARE_OP_FLOAT));
        assert_eq!(compare_op(Str, Str), Ok(Opcode::COMPARE_OP_STR));
        assert_eq!(compare_op(Str, SmallInt), Err(Failure::Operands));
        assert_eq!(contains_op(Str, Str), Ok(Opcode::CONTAINS_OP_STR));
        assert_eq!(contains_op(SmallInt, Str), Err(Failure::Operands));
        assert_eq!(contains_op(Other, Tuple), Ok(Opcode::CONTAINS_OP_SEQ));
    }

    #[test]
    fn iteration_and_unpacking() {
        assert_eq!(for_iter(Iter::Range), Ok(Opcode::FOR_ITER_RANGE));
        assert_eq!(for_iter(Iter::Other), Err(Failure::Iterator));
        assert_eq!(
            unpack_sequence(Tuple, 2, 2),
            Ok(Opcode::UNPACK_SEQUENCE_TWO_TUPLE)
        );
        assert_eq!(
            unpack_sequence(Tuple, 3, 3),
            Ok(Opcode::UNPACK_SEQUENCE_TUPLE)
        );
        assert_eq!(unpack_sequence(List, 3, 2), Err(Failure::Length));
    }

    #[test]
    fn globals_in_module_namespaces_builtins_shareable() {
        assert_eq!(
            load_global(GlobalSite::Globals, true, true),
            Ok(Opcode::LOAD_GLOBAL_MODULE)
        );
        assert_eq!(
            load_global(GlobalSite::Builtins, true, true),
            Ok(Opcode::LOAD_GLOBAL_BUILTIN)
        );
        assert_eq!(
            load_global(GlobalSite::Globals, true, false),
            Ok(Opcode::LOAD_GLOBAL_MODULE_ENTRY)
        );
        assert_eq!(
            load_global(GlobalSite::Builtins, true, false),
            Err(Failure::NotShareable)
        );
        assert_eq!(
            load_global(GlobalSite::Globals, false, true),
            Err(Failure::Namespace)
        );
        assert_eq!(
            load_global(GlobalSite::Missing, true, true),
            Err(Failure::NotFound)
        );
    }

    #[test]
    fn attributes() {
        let inst = Owner::Instance { has_dict: true };
        assert_eq!(
            load_attr(inst, ClassAttr::Absent, true),
            Ok(Opcode::LOAD_ATTR_INSTANCE_VALUE)
        );
        assert_eq!(
            load_attr(inst, ClassAttr::Method, true),
            Ok(Opcode::LOAD_ATTR_INSTANCE_VALUE)
        );
        assert_eq!(
            load_attr(inst, ClassAttr::DataDescriptor, true),
            Err(Failure::Descriptor)
        );
        assert_eq!(
            load_attr(inst, ClassAttr::Slot, false),
            Ok(Opcode::LOAD_ATTR_SLOT)
        );
        assert_eq!(
            load_attr(inst, ClassAttr::Property, false),
            Ok(Opcode::LOAD_ATTR_PROPERTY)
        );
        assert_eq!(
            load_attr(Owner::Module, ClassAttr::Absent, false),
            Ok(Opcode::LOAD_ATTR_MODULE)
        );
        assert_eq!(
            load_attr(Owner::Custom, ClassAttr::Absent, true),
            Err(Failure::CustomGetattr)
        );
        assert_eq!(
            load_attr(Owner::Class, ClassAttr::Plain { shareable: false }, false),
            Err(Failure::NotShareable)
        );
        assert_eq!(
            load_method(inst, ClassAttr::Method, false, true),
            Ok(Opcode::LOAD_METHOD_WITH_DICT)
        );
        assert_eq!(
            load_method(inst, ClassAttr::Method, true, true),
            Err(Failure::Shadowed)
        );
        assert_eq!(
            load_method(
                Owner::Instance { has_dict: false },
                ClassAttr::Method,
                false,
                true
            ),
            Ok(Opcode::LOAD_METHOD_NO_DICT)
        );
        assert_eq!(
            load_method(inst, ClassAttr::Method, false, false),
            Err(Failure::NotShareable)
        );
        assert_eq!(
            store_attr(inst, ClassAttr::Absent),
            Ok(Opcode::STORE_ATTR_INSTANCE_VALUE)
        );
        assert_eq!(
            store_attr(inst, ClassAttr::Property),
            Err(Failure::Descriptor)
        );
    }

    #[test]
    fn calls() {
        let py = |exact, defaults| Callee::PyFunction { exact, defaults };
        assert_eq!(
            call(py(true, false), 2, false),
            Ok(Opcode::CALL_PY_EXACT_ARGS)
        );
        assert_eq!(call(py(true, false), 2, true), Err(Failure::Keywords));
        assert_eq!(
            call(py(false, true), 1, false),
            Ok(Opcode::CALL_PY_WITH_DEFAULTS)
        );
        assert_eq!(call(py(false, false), 2, false), Err(Failure::ArgBinding));
        assert_eq!(
            call(Callee::BuiltinLen, 1, false),
            Ok(Opcode::CALL_BUILTIN_LEN)
        );
        assert_eq!(
            call(Callee::BuiltinLen, 2, false),
            Ok(Opcode::CALL_BUILTIN_FAST)
        );
        // the list and the item
        assert_eq!(
            call(Callee::ListAppend, 2, false),
            Ok(Opcode::CALL_LIST_APPEND)
        );
        assert_eq!(
            call(Callee::ListAppend, 1, false),
            Ok(Opcode::CALL_BUILTIN_FAST)
        );
        let class = |builtin_ctor, py_init| Callee::Class {
            builtin_ctor,
            py_init,
        };
        assert_eq!(
            call(class(true, false), 1, false),
            Ok(Opcode::CALL_BUILTIN_CLASS)
        );
        assert_eq!(
            call(class(false, true), 1, false),
            Ok(Opcode::CALL_ALLOC_AND_ENTER_INIT)
        );
        assert_eq!(call(class(false, false), 1, false), Err(Failure::ClassInit));
        assert_eq!(call(Callee::Other, 0, false), Err(Failure::Callable));
    }

    #[test]
    fn truth_tests_specialize_on_the_value_kind() {
        assert_eq!(to_bool(Operand::Bool), Ok(Opcode::TO_BOOL_BOOL));
        assert_eq!(to_bool(Operand::SmallInt), Ok(Opcode::TO_BOOL_INT));
        assert_eq!(to_bool(Operand::None), Ok(Opcode::TO_BOOL_NONE));
        assert_eq!(to_bool(Operand::List), Ok(Opcode::TO_BOOL_LIST));
        assert_eq!(to_bool(Operand::Str), Ok(Opcode::TO_BOOL_STR));
        assert_eq!(to_bool(Operand::BigInt), Err(Failure::BigInt));
        assert_eq!(to_bool(Operand::Dict), Err(Failure::Operands));
        assert_eq!(to_bool(Operand::Other), Err(Failure::Operands));
    }

    #[test]
    fn every_specialized_form_belongs_to_a_family_with_a_cache() {
        for &op in Opcode::ALL {
            if op.is_specialized() {
                assert!(!op.family().is_specialized());
                // superinstructions are written once, with no counter
                let pair = Opcode::ALL
                    .iter()
                    .any(|&b| crate::superinstruction(op.family(), b) == Some(op));
                assert!(op.cache_units() >= 1 || pair, "{:?}", op);
                assert_eq!(op.arg_kind(), op.family().arg_kind());
            }
        }
    }
}
