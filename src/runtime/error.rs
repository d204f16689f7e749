//! Python exceptions as Rust errors: `PyResult<T>` is `Result<T, PyErr>`, and a
//! `PyErr` holds the exception instance being raised.

use crate::types::exceptions::ExceptionObj;
use crate::types::{self, TypeRef};
use crate::value::Value;

/// A raised Python exception (an instance of `BaseException` or a subclass).
pub struct PyErr {
    exc: Value,
}

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance.
    pub fn from_value(exc: Value) -> PyErr {
        debug_assert!(exc.downcast::<ExceptionObj>().is_some());
        PyErr { exc }
    }

    /// A new exception of type `ty` with a single string argument.
    pub fn new(ty: TypeRef, msg: impl Into<String>) -> PyErr {
        let msg = crate::types::str::new_str(msg.into());
        PyErr::from_value(crate::types::exceptions::new_exception(ty, vec![msg]))
    }

    /// A new exception of type `ty` with the given arguments.
    pub fn with_args(ty: TypeRef, args: Vec<Value>) -> PyErr {
        PyErr::from_value(crate::types::exceptions::new_exception(ty, args))
    }

    /// The exception instance.
    pub fn value(&self) -> &Value {
        &self.exc
    }

    pub fn into_value(self) -> Value {
        self.exc
    }

    /// The exception's type.
    pub fn ty(&self) -> TypeRef {
        types::type_ref(self.exc.ty())
    }

    /// Whether the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: TypeRef) -> bool {
        types::typeobj::is_subtype(self.exc.ty(), ty)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.exc.ty().name())
    }
}

macro_rules! err_ctors {
    ($($fn:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fn(msg: impl Into<String>) -> PyErr {
                PyErr::new(types::types().exc.$field, msg)
            }
        )*
    };
}

err_ctors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    stop_iteration_msg => stop_iteration,
    memory_error => memory_error,
    unbound_local_error => unbound_local_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    assertion_error => assertion_error,
    lookup_error => lookup_error,
    unicode_error => unicode_decode_error,
    os_error => os_error,
    file_not_found_error => file_not_found_error,
    eof_error => eof_error,
    system_error => system_error,
}

/// `KeyError(key)`: the key itself is the argument (its repr is the message).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(types::types().exc.key_error, vec![key])
}

/// `StopIteration(value)`.
pub fn stop_iteration(value: Value) -> PyErr {
    PyErr::with_args(types::types().exc.stop_iteration, vec![value])
}
