//! The runtime services the interpreter loop and the builtin types share:
//! errors, the per-thread VM handle, object protocols, attribute lookup,
//! argument parsing, formatting, hashing, imports, tracebacks.

pub mod args;
pub mod attr;
pub mod error;
pub mod eval_breaker;
pub mod format;
pub mod gil;
pub mod hash;
pub mod import;
pub mod namespace_cache;
pub mod ops;
pub mod patterns;
pub mod strformat;
pub mod threads;
pub mod traceback;
pub mod vm;
