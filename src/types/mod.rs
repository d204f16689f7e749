//! The builtin types, one module per type (`int.rs`, `str.rs`, `list.rs`, ...),
//! and the registry that creates them at start-up.
//!
//! Builtin type objects are allocated once and made immortal; [`types()`] hands
//! out `&'static` references to them. Each type module has an `init` function
//! that fills the type's namespace with its methods.

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;

use std::sync::OnceLock;

use crate::object::{Kind, Obj};
pub use typeobj::TypeObj;

/// A builtin or otherwise never-freed type. Types are deferred objects and no
/// collector frees them yet, so a `'static` borrow is sound.
pub type TypeRef = &'static Obj<TypeObj>;

/// Extends a type borrow to `'static` (see [`TypeRef`]).
pub fn type_ref(t: &Obj<TypeObj>) -> TypeRef {
    // SAFETY: types are never deallocated (deferred; no collector frees them yet).
    unsafe { &*(t as *const Obj<TypeObj>) }
}

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $kind:ident, $base:ident, $flags:expr ; )*) => {
        /// Every builtin type, by field.
        pub struct Types {
            $( pub $field: TypeRef, )*
            /// Exception classes by name, in creation order.
            pub exceptions: Vec<(&'static str, TypeRef)>,
        }

        fn create_all() -> Types {
            use typeobj::flags::*;
            let object = typeobj::new_builtin_type("object", Kind::Object, None, BASETYPE);
            let type_ = typeobj::new_builtin_type("type", Kind::Type, Some(object), BASETYPE);
            $( let $field: TypeRef = builtin_types!(@make $field, $name, $kind, $base, $flags, object, type_); )*
            let mut t = Types { $( $field, )* exceptions: Vec::new() };
            t.object = object;
            t.type_ = type_;
            t
        }
    };
    (@make object, $name:literal, $kind:ident, $base:ident, $flags:expr, $o:ident, $t:ident) => { $o };
    (@make type_, $name:literal, $kind:ident, $base:ident, $flags:expr, $o:ident, $t:ident) => { $t };
    (@make $field:ident, $name:literal, $kind:ident, $base:ident, $flags:expr, $o:ident, $t:ident) => {
        typeobj::new_builtin_type($name, Kind::$kind, Some($base), $flags)
    };
}

builtin_types! {
    object: "object", Object, object, 0;
    type_: "type", Type, object, 0;
    int: "int", Int, object, BASETYPE;
    bool_: "bool", Int, int, 0;
    float: "float", Float, object, BASETYPE;
    complex: "complex", Complex, object, BASETYPE;
    str: "str", Str, object, BASETYPE;
    bytes: "bytes", Bytes, object, BASETYPE;
    bytearray: "bytearray", ByteArray, object, BASETYPE;
    list: "list", List, object, BASETYPE;
    tuple: "tuple", Tuple, object, BASETYPE;
    dict: "dict", Dict, object, BASETYPE;
    set: "set", Set, object, BASETYPE;
    frozenset: "frozenset", Set, object, BASETYPE;
    range: "range", Range, object, 0;
    slice: "slice", Slice, object, 0;
    none_type: "NoneType", Object, object, 0;
    not_implemented_type: "NotImplementedType", Object, object, 0;
    ellipsis_type: "ellipsis", Object, object, 0;
    function: "function", Function, object, 0;
    builtin_function: "builtin_function_or_method", NativeFunc, object, 0;
    method_descriptor: "method_descriptor", MethodDescr, object, 0;
    getset_descriptor: "getset_descriptor", GetSet, object, 0;
    member_descriptor: "member_descriptor", GetSet, object, 0;
    method: "method", BoundMethod, object, 0;
    classmethod: "classmethod", ClassMethod, object, BASETYPE;
    staticmethod: "staticmethod", StaticMethod, object, BASETYPE;
    property: "property", Property, object, BASETYPE;
    code: "code", Code, object, 0;
    module: "module", Module, object, BASETYPE;
    cell: "cell", Cell, object, 0;
    generator: "generator", Generator, object, 0;
    super_: "super", Super, object, BASETYPE;
    traceback: "traceback", Traceback, object, 0;
    dict_keys: "dict_keys", DictView, object, 0;
    dict_values: "dict_values", DictView, object, 0;
    dict_items: "dict_items", DictView, object, 0;
    mappingproxy: "mappingproxy", MappingProxy, object, 0;
    list_iterator: "list_iterator", SeqIter, object, 0;
    list_reverseiterator: "list_reverseiterator", SeqIter, object, 0;
    tuple_iterator: "tuple_iterator", SeqIter, object, 0;
    str_iterator: "str_ascii_iterator", SeqIter, object, 0;
    bytes_iterator: "bytes_iterator", SeqIter, object, 0;
    seq_iterator: "iterator", SeqIter, object, 0;
    range_iterator: "range_iterator", RangeIter, object, 0;
    longrange_iterator: "longrange_iterator", NativeIter, object, 0;
    dict_keyiterator: "dict_keyiterator", NativeIter, object, 0;
    dict_valueiterator: "dict_valueiterator", NativeIter, object, 0;
    dict_itemiterator: "dict_itemiterator", NativeIter, object, 0;
    set_iterator: "set_iterator", NativeIter, object, 0;
    callable_iterator: "callable_iterator", NativeIter, object, 0;
    enumerate: "enumerate", NativeIter, object, BASETYPE;
    zip: "zip", NativeIter, object, BASETYPE;
    map: "map", NativeIter, object, BASETYPE;
    filter: "filter", NativeIter, object, BASETYPE;
    reversed: "reversed", NativeIter, object, BASETYPE;
    text_io: "TextIOWrapper", File, object, 0;
    buffered_io: "BufferedWriter", File, object, 0;
    thread_lock: "lock", Lock, object, 0;
    array: "array.array", Array, object, BASETYPE;
    array_iterator: "arrayiterator", SeqIter, object, 0;
    random: "_random.Random", Random, object, BASETYPE;
    itemgetter: "operator.itemgetter", Operator, object, 0;
    attrgetter: "operator.attrgetter", Operator, object, 0;
    methodcaller: "operator.methodcaller", Operator, object, 0;
    thread_rlock: "RLock", RLock, object, BASETYPE;
    base_exception: "BaseException", Exception, object, BASETYPE;
}

/// The `type`-creation flags, re-exported for the table above.
use typeobj::flags::BASETYPE;

/// Exception classes: (name, parent name). Created in order after the table above.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Exception types the runtime raises itself, resolved once by name.
pub struct ExcTypes {
    pub exception: TypeRef,
    pub type_error: TypeRef,
    pub value_error: TypeRef,
    pub index_error: TypeRef,
    pub key_error: TypeRef,
    pub attribute_error: TypeRef,
    pub name_error: TypeRef,
    pub unbound_local_error: TypeRef,
    pub zero_division_error: TypeRef,
    pub overflow_error: TypeRef,
    pub runtime_error: TypeRef,
    pub recursion_error: TypeRef,
    pub not_implemented_error: TypeRef,
    pub stop_iteration: TypeRef,
    pub generator_exit: TypeRef,
    pub system_exit: TypeRef,
    pub keyboard_interrupt: TypeRef,
    pub memory_error: TypeRef,
    pub import_error: TypeRef,
    pub module_not_found_error: TypeRef,
    pub assertion_error: TypeRef,
    pub lookup_error: TypeRef,
    pub unicode_decode_error: TypeRef,
    pub unicode_encode_error: TypeRef,
    pub os_error: TypeRef,
    pub file_not_found_error: TypeRef,
    pub eof_error: TypeRef,
    pub system_error: TypeRef,
    pub syntax_error: TypeRef,
    pub indentation_error: TypeRef,
    pub arithmetic_error: TypeRef,
}

/// All builtin types plus the exception types, as one static registry.
pub struct Registry {
    pub types: Types,
    pub exc: ExcTypes,
}

impl std::ops::Deref for Registry {
    type Target = Types;
    fn deref(&self) -> &Types {
        &self.types
    }
}

static REGISTRY: OnceLock<Registry> = OnceLock::new();

/// The registry once set, for [`types`]: read with a relaxed load.
static REGISTRY_PTR: std::sync::atomic::AtomicPtr<Registry> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// The builtin types. Available after [`init`].
///
/// The hot paths ask for a builtin type at almost every specialized
/// instruction, so this is one relaxed load, not `OnceLock::get`'s acquire
/// load: an acquire is a compiler barrier, and the eval loop then reloads
/// every spilled local after each type check. Relaxed is enough because
/// every thread that uses the types is ordered after their creation: the
/// main thread made them, threads started later are ordered by the spawn,
/// and any other thread (a test's) calls [`init`] first, which synchronizes
/// with the `Once` that made them.
#[inline(always)]
pub fn types() -> &'static Registry {
    let p = REGISTRY_PTR.load(std::sync::atomic::Ordering::Relaxed);
    if p.is_null() {
        uninitialized();
    }
    // SAFETY: non-null only once `REGISTRY` was set (the pointer is to its
    // value, which lives for the rest of the process); ordering as above.
    unsafe { &*p }
}

#[cold]
#[inline(never)]
fn uninitialized() -> ! {
    panic!("krait: builtin types used before initialization")
}

/// The `int` type (the type of every small int word).
#[inline(always)]
pub fn int_type() -> &'static Obj<TypeObj> {
    types().types.int
}

macro_rules! exc_lookup {
    ($find:ident; $($field:ident = $name:literal),* $(,)?) => {
        ExcTypes { $( $field: $find($name), )* }
    };
}

/// Creates every builtin type and fills their namespaces. Idempotent; callers
/// racing on several threads all return after initialization is complete.
pub fn init() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(init_once);
}

fn init_once() {
    if REGISTRY.get().is_some() {
        return;
    }
    let mut tys = create_all();
    // Exception classes.
    let mut by_name: Vec<(&'static str, TypeRef)> = vec![("BaseException", tys.base_exception)];
    for &(name, parent) in EXCEPTIONS {
        let base = by_name
            .iter()
            .find(|(n, _)| *n == parent)
            .map(|(_, t)| *t)
            .expect("parent exception");
        let t = typeobj::new_builtin_type(name, Kind::Exception, Some(base), BASETYPE);
        by_name.push((name, t));
    }
    tys.exceptions = by_name.clone();
    let find = |n: &str| {
        by_name
            .iter()
            .find(|(x, _)| *x == n)
            .map(|(_, t)| *t)
            .unwrap()
    };
    let exc = exc_lookup!(find;
        exception = "Exception",
        type_error = "TypeError",
        value_error = "ValueError",
        index_error = "IndexError",
        key_error = "KeyError",
        attribute_error = "AttributeError",
        name_error = "NameError",
        unbound_local_error = "UnboundLocalError",
        zero_division_error = "ZeroDivisionError",
        overflow_error = "OverflowError",
        runtime_error = "RuntimeError",
        recursion_error = "RecursionError",
        not_implemented_error = "NotImplementedError",
        stop_iteration = "StopIteration",
        generator_exit = "GeneratorExit",
        system_exit = "SystemExit",
        keyboard_interrupt = "KeyboardInterrupt",
        memory_error = "MemoryError",
        import_error = "ImportError",
        module_not_found_error = "ModuleNotFoundError",
        assertion_error = "AssertionError",
        lookup_error = "LookupError",
        unicode_decode_error = "UnicodeDecodeError",
        unicode_encode_error = "UnicodeEncodeError",
        os_error = "OSError",
        file_not_found_error = "FileNotFoundError",
        eof_error = "EOFError",
        system_error = "SystemError",
        syntax_error = "SyntaxError",
        indentation_error = "IndentationError",
        arithmetic_error = "ArithmeticError",
    );
    if REGISTRY.set(Registry { types: tys, exc }).is_err() {
        return;
    }
    REGISTRY_PTR.store(
        REGISTRY.get().unwrap() as *const Registry as *mut Registry,
        std::sync::atomic::Ordering::Release,
    );
    // Singletons, then the namespaces (which need strings and functions).
    typeobj::init_singletons();
    typeobj::init(types());
    int::init(types());
    float::init(types());
    complex::init(types());
    str::init(types());
    bytes::init(types());
    list::init(types());
    tuple::init(types());
    dict::init(types());
    set::init(types());
    range::init(types());
    slice::init(types());
    function::init(types());
    module::init(types());
    iter::init(types());
    exceptions::init(types());
    crate::eval::generator::init(types());
    crate::code::init(types());
    crate::modules::io::init_types(types());
    crate::modules::thread::init_types(types());
    crate::modules::array::init_types(types());
    crate::modules::random::init_types(types());
    crate::modules::operator::init_types(types());
    typeobj::finish_builtin_types(types());
}
