//! krait's instruction set, defined once.
//!
//! Every opcode is declared in the single `opcodes!` table below: its number, the
//! kind of its argument, its stack effect (and the effect when it jumps), and the
//! number of inline-cache code units that follow it. The compiler (stack depth,
//! jump patching), the eval loop (dispatch), `dis` (names, argument rendering) and
//! later the specializer and the JIT all read from this one table; nothing about an
//! instruction is written twice.
//!
//! Encoding: bytecode is a sequence of 32-bit code units. An instruction is one
//! unit: the opcode in the low 8 bits and a 24-bit argument above it. Jump
//! arguments are absolute code-unit offsets. Inline caches occupy the units
//! right after their instruction; [`cache`] gives each family's layout,
//! [`counter`] the adaptive counter kept in a cache's first unit, and
//! [`decide`] the pure decisions "operands of these kinds were seen here: use
//! this form" (or the named reason why not).

#![forbid(unsafe_code)]

/// How an instruction's argument is to be read (for `dis` and the compiler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused.
    None,
    /// A plain number (a count, flags, an operator).
    Num,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names` index shifted left by one; bit 0 says "also push NULL".
    GlobalName,
    /// Index into the fast locals (`co_varnames`).
    Local,
    /// Index into cells and free variables.
    Deref,
    /// Absolute code-unit offset of a jump target.
    Jump,
    /// A binary operator (see [`BinOp`]).
    BinOp,
    /// A comparison operator (see [`CmpOp`]).
    CmpOp,
}

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $num:literal, $arg:ident, cache $cache:expr,
        effect |$a:ident| $eff:expr, jump |$ja:ident| $jeff:expr; )*
     @specialized:
     $( $(#[$sdoc:meta])* $sname:ident = $snum:literal, family $fam:ident; )*) => {
        /// Every instruction krait executes: the generic forms the compiler emits,
        /// then the specialized forms the adaptive interpreter rewrites them into.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $( $(#[$doc])* $name = $num, )*
            $( $(#[$sdoc])* $sname = $snum, )*
        }

        impl Opcode {
            /// All opcodes, in numeric order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* $( Opcode::$sname, )* ];

            /// Decodes an opcode byte; `None` for an unassigned number.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                // opcodes are numbered densely from 0 (a test checks), so this
                // compiles to a range check, the byte being the discriminant
                match b { $( $num => Some(Opcode::$name), )* $( $snum => Some(Opcode::$sname), )* _ => None }
            }

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                    $( Opcode::$sname => stringify!($sname), )*
                }
            }

            /// The generic instruction a specialized form stands in for (itself
            /// for a generic one): what a deopt rewrites it back to.
            #[inline(always)]
            pub fn family(self) -> Opcode {
                const FAMILY: [u8; 256] = {
                    let mut t = [0u8; 256];
                    let mut i = 0;
                    while i < 256 {
                        t[i] = i as u8;
                        i += 1;
                    }
                    $( t[$snum] = Opcode::$fam as u8; )*
                    t
                };
                match Opcode::from_u8(FAMILY[self as usize]) {
                    Some(o) => o,
                    None => self,
                }
            }

            /// Whether this is a specialized form.
            #[inline]
            pub fn is_specialized(self) -> bool {
                self.family() != self
            }

            /// How the argument is to be interpreted.
            pub fn arg_kind(self) -> ArgKind {
                match self {
                    $( Opcode::$name => ArgKind::$arg, )*
                    _ => self.family().arg_kind(),
                }
            }

            /// Inline-cache code units that follow the instruction (a whole
            /// family shares one layout, see [`cache`]).
            #[inline(always)]
            pub fn cache_units(self) -> usize {
                const UNITS: [u8; 256] = {
                    let mut t = [0u8; 256];
                    $( t[$num] = $cache as u8; )*
                    $( t[$snum] = t[Opcode::$fam as usize]; )*
                    t
                };
                UNITS[self as usize] as usize
            }

            /// Net change of the value-stack depth when execution falls through.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> i32 {
                let arg = arg as i32;
                match self {
                    $( Opcode::$name => { let $a = arg; $eff } )*
                    _ => self.family().stack_effect(arg as u32),
                }
            }

            /// Net change of the value-stack depth when the instruction jumps.
            #[allow(unused_variables)]
            pub fn jump_stack_effect(self, arg: u32) -> i32 {
                let arg = arg as i32;
                match self {
                    $( Opcode::$name => { let $ja = arg; $jeff } )*
                    _ => self.family().jump_stack_effect(arg as u32),
                }
            }
        }
    };
}

opcodes! {
    NOP = 0, None, cache 0, effect |a| 0, jump |a| 0;
    POP_TOP = 1, None, cache 0, effect |a| -1, jump |a| -1;
    PUSH_NULL = 2, None, cache 0, effect |a| 1, jump |a| 1;
    /// Push a copy of the a-th item from the top (1 = top).
    COPY = 3, Num, cache 0, effect |a| 1, jump |a| 1;
    /// Swap the top with the a-th item from the top.
    SWAP = 4, Num, cache 0, effect |a| 0, jump |a| 0;
    LOAD_CONST = 5, Const, cache 0, effect |a| 1, jump |a| 1;
    LOAD_FAST = 6, Local, cache 0, effect |a| 1, jump |a| 1;
    STORE_FAST = 7, Local, cache 0, effect |a| -1, jump |a| -1;
    DELETE_FAST = 8, Local, cache 0, effect |a| 0, jump |a| 0;
    LOAD_DEREF = 9, Deref, cache 0, effect |a| 1, jump |a| 1;
    STORE_DEREF = 10, Deref, cache 0, effect |a| -1, jump |a| -1;
    DELETE_DEREF = 11, Deref, cache 0, effect |a| 0, jump |a| 0;
    /// Push the cell object itself (to build a closure).
    LOAD_CLOSURE = 12, Deref, cache 0, effect |a| 1, jump |a| 1;
    /// A free variable read in a class body: the class namespace first, then the cell.
    LOAD_CLASSDEREF = 13, Deref, cache 0, effect |a| 1, jump |a| 1;
    LOAD_NAME = 14, Name, cache 0, effect |a| 1, jump |a| 1;
    STORE_NAME = 15, Name, cache 0, effect |a| -1, jump |a| -1;
    DELETE_NAME = 16, Name, cache 0, effect |a| 0, jump |a| 0;
    LOAD_GLOBAL = 17, GlobalName, cache {cache::LOAD_GLOBAL}, effect |a| 1 + (a & 1), jump |a| 1 + (a & 1);
    STORE_GLOBAL = 18, Name, cache 0, effect |a| -1, jump |a| -1;
    DELETE_GLOBAL = 19, Name, cache 0, effect |a| 0, jump |a| 0;
    LOAD_ATTR = 20, Name, cache {cache::ATTR}, effect |a| 0, jump |a| 0;
    /// [value, owner] -> []
    STORE_ATTR = 21, Name, cache {cache::ATTR}, effect |a| -2, jump |a| -2;
    DELETE_ATTR = 22, Name, cache 0, effect |a| -1, jump |a| -1;
    /// [owner] -> [method, self] or [attribute, NULL]
    LOAD_METHOD = 23, Name, cache {cache::METHOD}, effect |a| 1, jump |a| 1;
    BINARY_OP = 24, BinOp, cache {cache::COUNTER_ONLY}, effect |a| -1, jump |a| -1;
    UNARY_NEGATIVE = 25, None, cache 0, effect |a| 0, jump |a| 0;
    UNARY_POSITIVE = 26, None, cache 0, effect |a| 0, jump |a| 0;
    UNARY_INVERT = 27, None, cache 0, effect |a| 0, jump |a| 0;
    UNARY_NOT = 28, None, cache 0, effect |a| 0, jump |a| 0;
    COMPARE_OP = 29, CmpOp, cache {cache::COUNTER_ONLY}, effect |a| -1, jump |a| -1;
    IS_OP = 30, Num, cache 0, effect |a| -1, jump |a| -1;
    CONTAINS_OP = 31, Num, cache {cache::COUNTER_ONLY}, effect |a| -1, jump |a| -1;
    BINARY_SUBSCR = 32, None, cache {cache::COUNTER_ONLY}, effect |a| -1, jump |a| -1;
    /// [value, container, key] -> []
    STORE_SUBSCR = 33, None, cache {cache::COUNTER_ONLY}, effect |a| -3, jump |a| -3;
    DELETE_SUBSCR = 34, None, cache 0, effect |a| -2, jump |a| -2;
    BUILD_SLICE = 35, Num, cache 0, effect |a| 1 - a, jump |a| 1 - a;
    BUILD_TUPLE = 36, Num, cache 0, effect |a| 1 - a, jump |a| 1 - a;
    BUILD_LIST = 37, Num, cache 0, effect |a| 1 - a, jump |a| 1 - a;
    BUILD_SET = 38, Num, cache 0, effect |a| 1 - a, jump |a| 1 - a;
    BUILD_MAP = 39, Num, cache 0, effect |a| 1 - 2 * a, jump |a| 1 - 2 * a;
    BUILD_STRING = 40, Num, cache 0, effect |a| 1 - a, jump |a| 1 - a;
    /// Append TOS to the list a items below it (comprehensions).
    LIST_APPEND = 41, Num, cache 0, effect |a| -1, jump |a| -1;
    SET_ADD = 42, Num, cache 0, effect |a| -1, jump |a| -1;
    /// [.., key, value] -> [..]: store into the dict a items below.
    MAP_ADD = 43, Num, cache 0, effect |a| -2, jump |a| -2;
    LIST_EXTEND = 44, Num, cache 0, effect |a| -1, jump |a| -1;
    SET_UPDATE = 45, Num, cache 0, effect |a| -1, jump |a| -1;
    DICT_UPDATE = 46, Num, cache 0, effect |a| -1, jump |a| -1;
    /// Like DICT_UPDATE, but a repeated key is a TypeError (`**kwargs` merging).
    DICT_MERGE = 47, Num, cache 0, effect |a| -1, jump |a| -1;
    LIST_TO_TUPLE = 48, None, cache 0, effect |a| 0, jump |a| 0;
    /// Bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a format spec is on the stack.
    FORMAT_VALUE = 49, Num, cache 0, effect |a| if a & 4 != 0 { -1 } else { 0 }, jump |a| 0;
    JUMP_FORWARD = 50, Jump, cache 0, effect |a| 0, jump |a| 0;
    /// A loop's back edge: the eval breaker is checked here, and its counter
    /// decides when the loop is compiled.
    JUMP_BACKWARD = 51, Jump, cache {cache::JUMP_BACKWARD}, effect |a| 0, jump |a| 0;
    POP_JUMP_IF_FALSE = 52, Jump, cache 0, effect |a| -1, jump |a| -1;
    POP_JUMP_IF_TRUE = 53, Jump, cache 0, effect |a| -1, jump |a| -1;
    POP_JUMP_IF_NONE = 54, Jump, cache 0, effect |a| -1, jump |a| -1;
    POP_JUMP_IF_NOT_NONE = 55, Jump, cache 0, effect |a| -1, jump |a| -1;
    JUMP_IF_FALSE_OR_POP = 56, Jump, cache 0, effect |a| -1, jump |a| 0;
    JUMP_IF_TRUE_OR_POP = 57, Jump, cache 0, effect |a| -1, jump |a| 0;
    GET_ITER = 58, None, cache 0, effect |a| 0, jump |a| 0;
    /// [iter] -> [iter, next]; when exhausted pops the iterator and jumps.
    FOR_ITER = 59, Jump, cache {cache::COUNTER_ONLY}, effect |a| 1, jump |a| -1;
    /// [callable, self_or_null, args * a] -> [result]
    CALL = 60, Num, cache {cache::CALL}, effect |a| -1 - a, jump |a| -1 - a;
    /// [callable, self_or_null, args * a, kwnames] -> [result]; the last len(kwnames) args are keywords.
    CALL_KW = 61, Num, cache 0, effect |a| -2 - a, jump |a| -2 - a;
    /// [callable, null, args_tuple, kwargs_dict if a & 1] -> [result]
    CALL_FUNCTION_EX = 62, Num, cache 0, effect |a| -2 - (a & 1), jump |a| -2 - (a & 1);
    /// [defaults if a&1, kwdefaults if a&2, annotations if a&4, closure if a&8, code] -> [function]
    MAKE_FUNCTION = 63, Num, cache 0, effect |a| -(((a & 15) as u32).count_ones() as i32), jump |a| 0;
    RETURN_VALUE = 64, None, cache 0, effect |a| -1, jump |a| -1;
    UNPACK_SEQUENCE = 65, Num, cache {cache::COUNTER_ONLY}, effect |a| a - 1, jump |a| a - 1;
    /// Starred unpacking: low byte = targets before the star, next byte = after it.
    UNPACK_EX = 66, Num, cache 0, effect |a| (a & 0xff) + (a >> 8), jump |a| 0;
    RAISE_VARARGS = 67, Num, cache 0, effect |a| -a, jump |a| -a;
    /// Re-raise TOS. Arg 1: the item below it is a saved offset to restore first.
    RERAISE = 68, Num, cache 0, effect |a| -1, jump |a| -1;
    /// [exc] -> [previous handled exception, exc]; makes exc the handled one.
    PUSH_EXC_INFO = 69, None, cache 0, effect |a| 1, jump |a| 1;
    /// [previous] -> []; restores the previously handled exception.
    POP_EXCEPT = 70, None, cache 0, effect |a| -1, jump |a| -1;
    /// [exc, type] -> [exc, matches]
    CHECK_EXC_MATCH = 71, None, cache 0, effect |a| 0, jump |a| 0;
    /// [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]
    WITH_EXCEPT_START = 72, None, cache 0, effect |a| 1, jump |a| 1;
    /// [manager] -> [bound __exit__, __enter__()]
    BEFORE_WITH = 73, None, cache 0, effect |a| 1, jump |a| 1;
    LOAD_BUILD_CLASS = 74, None, cache 0, effect |a| 1, jump |a| 1;
    LOAD_ASSERTION_ERROR = 75, None, cache 0, effect |a| 1, jump |a| 1;
    /// [level, fromlist] -> [module]
    IMPORT_NAME = 76, Name, cache 0, effect |a| -1, jump |a| -1;
    /// [module] -> [module, attribute]
    IMPORT_FROM = 77, Name, cache 0, effect |a| 1, jump |a| 1;
    IMPORT_STAR = 78, None, cache 0, effect |a| -1, jump |a| -1;
    /// [value] -> [value sent back in]; suspends the generator.
    YIELD_VALUE = 79, None, cache 0, effect |a| 0, jump |a| 0;
    GET_YIELD_FROM_ITER = 80, None, cache 0, effect |a| 0, jump |a| 0;
    /// [receiver, value] -> [receiver, yielded]; when the receiver returns: [result] and jump.
    SEND = 81, Jump, cache 0, effect |a| 0, jump |a| -1;
    SETUP_ANNOTATIONS = 82, None, cache 0, effect |a| 0, jump |a| 0;
    MATCH_MAPPING = 83, None, cache 0, effect |a| 1, jump |a| 1;
    MATCH_SEQUENCE = 84, None, cache 0, effect |a| 1, jump |a| 1;
    /// [subject, keys] -> [subject, keys, values tuple or None]
    MATCH_KEYS = 85, None, cache 0, effect |a| 1, jump |a| 1;
    /// [subject, class, keyword names] -> [attributes tuple or None]; a = positional count
    MATCH_CLASS = 86, Num, cache 0, effect |a| -2, jump |a| -2;
    GET_LEN = 87, None, cache 0, effect |a| 1, jump |a| 1;
    /// [subject, keys] -> [subject, dict of the other items]
    COPY_DICT_WITHOUT_KEYS = 88, None, cache 0, effect |a| 0, jump |a| 0;
    /// Push the namespace of a class body.
    LOAD_LOCALS = 89, None, cache 0, effect |a| 1, jump |a| 1;
    /// [container, start, stop] -> [container[start:stop]] without building a slice.
    BINARY_SLICE = 90, None, cache 0, effect |a| -2, jump |a| -2;
    /// [value, container, start, stop] -> []
    STORE_SLICE = 91, None, cache 0, effect |a| -4, jump |a| -4;
    /// `except*` clause test: [unhandled, type] -> [still unhandled, matching group or None];
    /// a match becomes the handled exception (`sys.exc_info()`) for the clause body
    CHECK_EG_MATCH = 92, None, cache 0, effect |a| 0, jump |a| 0;
    /// End of an `except*` chain: [original, list of raised and unhandled] -> [exception to raise, or None]
    PREP_RERAISE_STAR = 93, None, cache 0, effect |a| -1, jump |a| -1;
    /// UnboundLocalError unless local `arg` is bound (what `LOAD_FAST` would raise)
    CHECK_FAST = 94, Local, cache 0, effect |a| 0, jump |a| 0;
    /// `local[index]` with the container read from local `arg` in place, not
    /// pushed: [index] -> [item]. Emitted after `CHECK_FAST arg` and the index
    /// when the index cannot rebind the local; saves counting the container,
    /// which for a container shared between threads is a contended count.
    BINARY_SUBSCR_FAST = 95, Local, cache {cache::COUNTER_ONLY}, effect |a| 0, jump |a| 0;
    /// [value] -> [bool(value)]: emitted before a conditional jump on a value
    /// that is not already a bool (the jump is then done by this instruction).
    TO_BOOL = 96, None, cache {cache::COUNTER_ONLY}, effect |a| 0, jump |a| 0;
    /// `local[key] = value` with the container read from local `arg` in
    /// place: [value, key] -> []. Emitted after `CHECK_FAST arg` and the key
    /// when the key cannot rebind the local (as `BINARY_SUBSCR_FAST`).
    STORE_SUBSCR_FAST = 97, Local, cache {cache::COUNTER_ONLY}, effect |a| -2, jump |a| -2;

@specialized:
    // BINARY_OP (the operator argument is kept; in-place forms share the plain ones)
    /// Both operands small ints; the result overflows into a big int via the generic path.
    BINARY_OP_ADD_INT = 98, family BINARY_OP;
    BINARY_OP_SUBTRACT_INT = 99, family BINARY_OP;
    BINARY_OP_MULTIPLY_INT = 100, family BINARY_OP;
    /// Exact floats, or a float and a small int, either way round.
    BINARY_OP_ADD_FLOAT = 101, family BINARY_OP;
    BINARY_OP_SUBTRACT_FLOAT = 102, family BINARY_OP;
    BINARY_OP_MULTIPLY_FLOAT = 103, family BINARY_OP;
    BINARY_OP_TRUEDIV_FLOAT = 104, family BINARY_OP;
    /// Exact str + exact str.
    BINARY_OP_ADD_STR = 105, family BINARY_OP;
    // BINARY_SUBSCR / STORE_SUBSCR
    /// Exact list indexed by a small int.
    BINARY_SUBSCR_LIST_INT = 106, family BINARY_SUBSCR;
    BINARY_SUBSCR_TUPLE_INT = 107, family BINARY_SUBSCR;
    BINARY_SUBSCR_STR_INT = 108, family BINARY_SUBSCR;
    /// Exact dict, any key.
    BINARY_SUBSCR_DICT = 109, family BINARY_SUBSCR;
    STORE_SUBSCR_LIST_INT = 110, family STORE_SUBSCR;
    STORE_SUBSCR_DICT = 111, family STORE_SUBSCR;
    // COMPARE_OP / CONTAINS_OP
    /// Both small ints.
    COMPARE_OP_INT = 112, family COMPARE_OP;
    /// Exact floats, or a float and a small int.
    COMPARE_OP_FLOAT = 113, family COMPARE_OP;
    /// Both exact str.
    COMPARE_OP_STR = 114, family COMPARE_OP;
    CONTAINS_OP_DICT = 115, family CONTAINS_OP;
    CONTAINS_OP_SET = 116, family CONTAINS_OP;
    /// Exact list or tuple.
    CONTAINS_OP_SEQ = 117, family CONTAINS_OP;
    CONTAINS_OP_STR = 118, family CONTAINS_OP;
    // FOR_ITER / UNPACK_SEQUENCE
    FOR_ITER_RANGE = 119, family FOR_ITER;
    FOR_ITER_LIST = 120, family FOR_ITER;
    FOR_ITER_TUPLE = 121, family FOR_ITER;
    FOR_ITER_GEN = 122, family FOR_ITER;
    UNPACK_SEQUENCE_TWO_TUPLE = 123, family UNPACK_SEQUENCE;
    UNPACK_SEQUENCE_TUPLE = 124, family UNPACK_SEQUENCE;
    UNPACK_SEQUENCE_LIST = 125, family UNPACK_SEQUENCE;
    // LOAD_GLOBAL: guarded by the namespace dicts' identity and versions; the
    // cached value is immortal or deferred, so it outlives any stale read
    LOAD_GLOBAL_MODULE = 126, family LOAD_GLOBAL;
    LOAD_GLOBAL_BUILTIN = 127, family LOAD_GLOBAL;
    // LOAD_ATTR / LOAD_METHOD / STORE_ATTR: guarded by the type's version tag
    /// An attribute in the instance dict (the type has no data descriptor of that name).
    LOAD_ATTR_INSTANCE_VALUE = 128, family LOAD_ATTR;
    /// A `__slots__` member: the slot index is cached.
    LOAD_ATTR_SLOT = 129, family LOAD_ATTR;
    /// A module attribute: the module dict's identity and version guard the cached value.
    LOAD_ATTR_MODULE = 130, family LOAD_ATTR;
    /// An attribute of a class read through the class (`C.x`), not a descriptor.
    LOAD_ATTR_CLASS = 131, family LOAD_ATTR;
    /// A property whose getter is a Python function: the getter is called.
    LOAD_ATTR_PROPERTY = 132, family LOAD_ATTR;
    /// A method (function on the class) with no instance-dict shadowing: no bound method made.
    LOAD_METHOD_WITH_DICT = 133, family LOAD_METHOD;
    /// A method on an instance without a `__dict__` (builtin types, `__slots__`).
    LOAD_METHOD_NO_DICT = 134, family LOAD_METHOD;
    STORE_ATTR_INSTANCE_VALUE = 135, family STORE_ATTR;
    STORE_ATTR_SLOT = 136, family STORE_ATTR;
    // CALL (no keywords)
    /// A Python function whose parameters take exactly the positional arguments given.
    CALL_PY_EXACT_ARGS = 137, family CALL;
    CALL_BUILTIN_LEN = 138, family CALL;
    CALL_BUILTIN_ISINSTANCE = 139, family CALL;
    /// `range`, `str`, `int`, `float`, `tuple`, `list`... called with positional arguments.
    CALL_BUILTIN_CLASS = 140, family CALL;
    /// `list.append` on an exact list, one argument.
    CALL_LIST_APPEND = 141, family CALL;
    /// Any other builtin function or method descriptor, positional arguments only.
    CALL_BUILTIN_FAST = 142, family CALL;
    /// Any other operator on two small ints (`%`, `//`, `&`, `<<`, ...).
    BINARY_OP_INT_OTHER = 143, family BINARY_OP;
    /// Any other operator on two exact floats (`**`, `%`, `//`).
    BINARY_OP_FLOAT_OTHER = 144, family BINARY_OP;
    /// A class statement's class with `object.__new__` and a Python `__init__`
    /// taking the arguments exactly: the instance is allocated and `__init__`
    /// entered directly (type version and `__init__` cached).
    CALL_ALLOC_AND_ENTER_INIT = 145, family CALL;
    /// A Python function given fewer positional arguments than parameters,
    /// the rest taken from its defaults (no keywords, `*args`, `**kwargs`).
    CALL_PY_WITH_DEFAULTS = 146, family CALL;
    // Superinstructions (CPython 3.11's quickening pairs): written once when the
    // code is quickened and never rewritten. The form takes the place of the
    // first instruction and also does the second, whose unit stays in place
    // (its argument is read from there; a jump to it runs it alone).
    /// `LOAD_FAST a; LOAD_FAST b`.
    LOAD_FAST__LOAD_FAST = 147, family LOAD_FAST;
    /// `LOAD_FAST a; LOAD_CONST c`.
    LOAD_FAST__LOAD_CONST = 148, family LOAD_FAST;
    /// `STORE_FAST a; LOAD_FAST b`.
    STORE_FAST__LOAD_FAST = 149, family STORE_FAST;
    /// `STORE_FAST a; STORE_FAST b`.
    STORE_FAST__STORE_FAST = 150, family STORE_FAST;
    /// `LOAD_CONST c; LOAD_FAST a`.
    LOAD_CONST__LOAD_FAST = 151, family LOAD_CONST;
    // BINARY_SUBSCR_FAST (the container is a local, borrowed)
    BINARY_SUBSCR_FAST_LIST_INT = 152, family BINARY_SUBSCR_FAST;
    BINARY_SUBSCR_FAST_TUPLE_INT = 153, family BINARY_SUBSCR_FAST;
    BINARY_SUBSCR_FAST_DICT = 154, family BINARY_SUBSCR_FAST;
    // TO_BOOL
    TO_BOOL_BOOL = 155, family TO_BOOL;
    /// A small int (a big one is never zero, but takes the generic path).
    TO_BOOL_INT = 156, family TO_BOOL;
    TO_BOOL_NONE = 157, family TO_BOOL;
    /// An exact list: true when not empty.
    TO_BOOL_LIST = 158, family TO_BOOL;
    /// An exact str: true when not empty.
    TO_BOOL_STR = 159, family TO_BOOL;
    // STORE_SUBSCR_FAST (the container is a local, borrowed)
    STORE_SUBSCR_FAST_LIST_INT = 160, family STORE_SUBSCR_FAST;
    STORE_SUBSCR_FAST_DICT = 161, family STORE_SUBSCR_FAST;
    // JUMP_BACKWARD
    /// The loop was compiled: the back edge enters the region its cache names.
    JUMP_BACKWARD_JIT = 162, family JUMP_BACKWARD;
    /// The loop will not be compiled (the JIT is off, or it refused the
    /// loop for good): the back edge without its counter.
    JUMP_BACKWARD_NO_JIT = 163, family JUMP_BACKWARD;
    // BINARY_SUBSCR_FAST, continued
    BINARY_SUBSCR_FAST_STR_INT = 164, family BINARY_SUBSCR_FAST;
    // LOAD_METHOD, continued
    /// `module.f(...)`: the module's attribute (with `LOAD_ATTR_MODULE`'s
    /// data and guards), then NULL.
    LOAD_METHOD_MODULE = 165, family LOAD_METHOD;
    // Superinstructions, continued
    /// `LOAD_FAST a; LOAD_ATTR name`: while the attribute load is in a form
    /// that reads its owner in place (an instance's dict or slot), both are
    /// done here with the local borrowed; otherwise the `LOAD_FAST` alone.
    LOAD_FAST__LOAD_ATTR = 166, family LOAD_FAST;
    /// `LOAD_FAST a; LOAD_METHOD name`: as `LOAD_FAST__LOAD_ATTR`, for the
    /// method forms that look the method up on the instance's class.
    LOAD_FAST__LOAD_METHOD = 167, family LOAD_FAST;
    /// `LOAD_FAST a; STORE_ATTR name` (`a.name = value`): as
    /// `LOAD_FAST__LOAD_ATTR`, for the stores into an instance's dict or slot.
    LOAD_FAST__STORE_ATTR = 168, family LOAD_FAST;
    /// An operator on an instance of a class statement's class whose method
    /// for it (`__add__`, `__iadd__`, or an int or float operand's
    /// `__radd__` reflected) is a Python function taking the two operands:
    /// the function is entered in the loop like a call, the operands staying
    /// on the stack until it returns (a NotImplemented result then continues
    /// the operator's protocol). No cache: the method is looked up each time
    /// (the types' attribute cache).
    BINARY_OP_PY = 169, family BINARY_OP;
    /// A global whose value may not be cached (neither immortal nor
    /// deferred: a module-level list, dict or instance): read through its
    /// entry while the globals' key set is the one recorded (no look at the
    /// cached value and the namespace's version first).
    LOAD_GLOBAL_MODULE_ENTRY = 170, family LOAD_GLOBAL;
}

/// The superinstruction that does `first` and then `second` (generic
/// instructions next to each other), if there is one.
pub fn superinstruction(first: Opcode, second: Opcode) -> Option<Opcode> {
    superinstruction_of(first, second)
}

/// The superinstruction for `first` in the sequence `first, second, third`:
/// as [`superinstruction`], except that a pair whose second instruction
/// begins an attribute pair (`LOAD_FAST` then an attribute load, method load
/// or store) is not made: the attribute pair saves more (it also skips
/// counting the owner), and a pair's second unit runs inside it, never as a
/// form of its own.
pub fn superinstruction_in(first: Opcode, second: Opcode, third: Option<Opcode>) -> Option<Opcode> {
    use Opcode::*;
    let s = superinstruction_of(first, second)?;
    let second_pair = third.and_then(|t| superinstruction_of(second, t));
    match second_pair {
        Some(LOAD_FAST__LOAD_ATTR | LOAD_FAST__LOAD_METHOD | LOAD_FAST__STORE_ATTR) => None,
        _ => Some(s),
    }
}

fn superinstruction_of(first: Opcode, second: Opcode) -> Option<Opcode> {
    use Opcode::*;
    Some(match (first, second) {
        (LOAD_FAST, LOAD_FAST) => LOAD_FAST__LOAD_FAST,
        (LOAD_FAST, LOAD_CONST) => LOAD_FAST__LOAD_CONST,
        (STORE_FAST, LOAD_FAST) => STORE_FAST__LOAD_FAST,
        (STORE_FAST, STORE_FAST) => STORE_FAST__STORE_FAST,
        (LOAD_CONST, LOAD_FAST) => LOAD_CONST__LOAD_FAST,
        (LOAD_FAST, LOAD_ATTR) => LOAD_FAST__LOAD_ATTR,
        (LOAD_FAST, LOAD_METHOD) => LOAD_FAST__LOAD_METHOD,
        (LOAD_FAST, STORE_ATTR) => LOAD_FAST__STORE_ATTR,
        _ => return None,
    })
}

pub mod cache;
pub mod counter;
pub mod decide;

/// The operators of `BINARY_OP` (the numbering follows CPython's `NB_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinOp {
    pub const COUNT: u32 = 26;

    pub fn from_u32(v: u32) -> Option<BinOp> {
        if v < Self::COUNT {
            // The discriminants are dense from 0 to COUNT - 1.
            Some(BINOPS[v as usize])
        } else {
            None
        }
    }

    /// The operator as Python source spells it (`+`, `+=`, ...).
    pub fn symbol(self) -> &'static str {
        const S: [&str; 13] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        ];
        const I: [&str; 13] = [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        let i = self as usize;
        if i < 13 {
            S[i]
        } else {
            I[i - 13]
        }
    }

    /// True for the augmented-assignment forms.
    pub fn is_inplace(self) -> bool {
        (self as u8) >= 13
    }

    /// The plain operator behind an in-place one (`+=` -> `+`).
    pub fn base(self) -> BinOp {
        if self.is_inplace() {
            BINOPS[self as usize - 13]
        } else {
            self
        }
    }
}

const BINOPS: [BinOp; 26] = [
    BinOp::Add,
    BinOp::And,
    BinOp::FloorDivide,
    BinOp::Lshift,
    BinOp::MatrixMultiply,
    BinOp::Multiply,
    BinOp::Remainder,
    BinOp::Or,
    BinOp::Power,
    BinOp::Rshift,
    BinOp::Subtract,
    BinOp::TrueDivide,
    BinOp::Xor,
    BinOp::InplaceAdd,
    BinOp::InplaceAnd,
    BinOp::InplaceFloorDivide,
    BinOp::InplaceLshift,
    BinOp::InplaceMatrixMultiply,
    BinOp::InplaceMultiply,
    BinOp::InplaceRemainder,
    BinOp::InplaceOr,
    BinOp::InplacePower,
    BinOp::InplaceRshift,
    BinOp::InplaceSubtract,
    BinOp::InplaceTrueDivide,
    BinOp::InplaceXor,
];

/// The operators of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_u32(v: u32) -> Option<CmpOp> {
        Some(match v {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// One 32-bit code unit: opcode in the low byte, argument above it.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Splits a code unit into its opcode byte and argument.
#[inline]
pub fn decode(unit: u32) -> (u8, u32) {
    ((unit & 0xff) as u8, unit >> 8)
}

/// Largest argument an instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_are_numbered_densely() {
        for (i, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op as usize, i, "{:?}", op);
        }
    }

    #[test]
    fn opcode_numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
            let unit = encode(op, 12345);
            assert_eq!(decode(unit), (op as u8, 12345));
        }
    }

    #[test]
    fn superinstructions_pair_cacheless_generic_instructions() {
        use Opcode::*;
        assert_eq!(
            superinstruction(LOAD_FAST, LOAD_CONST),
            Some(LOAD_FAST__LOAD_CONST)
        );
        assert_eq!(superinstruction(LOAD_CONST, LOAD_CONST), None);
        assert_eq!(superinstruction(LOAD_FAST, BINARY_OP), None);
        assert_eq!(
            superinstruction(LOAD_FAST, LOAD_ATTR),
            Some(LOAD_FAST__LOAD_ATTR)
        );
        // `v = ...; self.x = v`-like runs: the attribute pair wins
        assert_eq!(
            superinstruction_in(LOAD_FAST, LOAD_FAST, Some(STORE_ATTR)),
            None
        );
        assert_eq!(
            superinstruction_in(STORE_FAST, LOAD_FAST, Some(LOAD_ATTR)),
            None
        );
        assert_eq!(
            superinstruction_in(LOAD_FAST, LOAD_FAST, Some(BINARY_OP)),
            Some(LOAD_FAST__LOAD_FAST)
        );
        assert_eq!(
            superinstruction_in(LOAD_FAST, LOAD_ATTR, None),
            Some(LOAD_FAST__LOAD_ATTR)
        );
        for &a in Opcode::ALL {
            for &b in Opcode::ALL {
                if let Some(s) = superinstruction(a, b) {
                    // the form stands in for its first instruction: same
                    // family, no cache to skip, and the pair is plain code
                    // (the second keeps its unit and any cache in place: the
                    // form that runs it skips that cache itself)
                    assert_eq!(s.family(), a);
                    assert_eq!(a.cache_units() + s.cache_units(), 0);
                    assert!(!a.is_specialized() && !b.is_specialized());
                }
            }
        }
    }

    #[test]
    fn binop_symbols_and_bases() {
        assert_eq!(BinOp::from_u32(13), Some(BinOp::InplaceAdd));
        assert_eq!(BinOp::InplaceAdd.base(), BinOp::Add);
        assert_eq!(BinOp::InplaceXor.symbol(), "^=");
        assert_eq!(BinOp::Power.symbol(), "**");
        assert!(BinOp::from_u32(26).is_none());
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::CALL.stack_effect(3), -4);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(9), -2);
        assert_eq!(Opcode::FOR_ITER.jump_stack_effect(0), -1);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(1 | (2 << 8)), 3);
    }
}
