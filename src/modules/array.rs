//! `array`: sequences of machine numbers (CPython's `arraymodule.c`).
//!
//! An array keeps its items as raw machine values, in native byte order, in
//! one byte vector (`ArrayObj::data`); an item is read or written by its
//! typecode. The vector is touched only with the object's lock held (as
//! `bytearray`'s), and no Python code runs while it is held: a value is
//! converted to its machine form before the lock is taken, and boxed after.

use std::cell::UnsafeCell;

use specializer::CmpOp;

use crate::object::{self, Kind, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::float::new_float;
use crate::types::int::{int_from_i128, int_to_f64, is_int, to_bigint};
use crate::types::list::new_list;
use crate::types::module::{new_module, set_attr};
use crate::types::slice::SliceObj;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple_from;
use crate::types::typeobj::{alloc_instance, inherits_init, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

/// The typecodes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub struct ArrayObj {
    /// The typecode (one of `TYPECODES`, as an ASCII byte).
    code: u8,
    /// The items, `itemsize(code)` bytes each, native byte order.
    data: UnsafeCell<Vec<u8>>,
}

// SAFETY: `data` is only touched with the owning object's lock held (see `locked`).
unsafe impl Sync for ArrayObj {}
// SAFETY: as above.
unsafe impl Send for ArrayObj {}

impl Obj<ArrayObj> {
    /// Runs `f` on the bytes with the object's lock held. `f` must not run
    /// Python code.
    #[inline]
    fn locked<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        self.with_lock(|| {
            // SAFETY: the lock is held for the duration of `f`.
            f(unsafe { &mut *self.data.data.get() })
        })
    }

    fn code(&self) -> u8 {
        self.data.code
    }

    fn size(&self) -> usize {
        itemsize(self.data.code)
    }

    fn len(&self) -> usize {
        self.locked(|d| d.len()) / self.size()
    }

    fn bytes(&self) -> Vec<u8> {
        self.locked(|d| d.clone())
    }

    /// Every item as a value.
    fn values(&self) -> PyResult<Vec<Value>> {
        let d = self.bytes();
        let s = self.size();
        d.chunks_exact(s).map(|b| load(self.code(), b)).collect()
    }
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

/// The item position of index `i` (negative from the end) among `n`
/// items, if it is one.
fn position(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

/// Up to eight bytes of one machine value (the first `itemsize` are used).
type Raw = [u8; 8];

fn word<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut w = [0u8; N];
    w.copy_from_slice(&b[..N]);
    w
}

/// The value of the item whose bytes are `b`.
fn load(code: u8, b: &[u8]) -> PyResult<Value> {
    Ok(match code {
        b'b' => Value::small(b[0] as i8 as i64),
        b'B' => Value::small(b[0] as i64),
        b'h' => Value::small(i16::from_ne_bytes(word(b)) as i64),
        b'H' => Value::small(u16::from_ne_bytes(word(b)) as i64),
        b'i' => Value::small(i32::from_ne_bytes(word(b)) as i64),
        b'I' => Value::small(u32::from_ne_bytes(word(b)) as i64),
        b'l' | b'q' => int_from_i128(i64::from_ne_bytes(word(b)) as i128),
        b'L' | b'Q' => int_from_i128(u64::from_ne_bytes(word(b)) as i128),
        b'f' => new_float(f32::from_ne_bytes(word(b)) as f64),
        b'd' => new_float(f64::from_ne_bytes(word(b))),
        _ => {
            let c = u32::from_ne_bytes(word(b));
            match char::from_u32(c) {
                Some(ch) => new_str(ch.to_string()),
                None => {
                    return Err(error::value_error(format!(
                        "character U+{:x} is not in range [U+0000; U+10ffff]",
                        c
                    )))
                }
            }
        }
    })
}

/// `v` as a Python int (`__index__`), clamped to i128 (an int beyond it is
/// out of every item's range, and keeps its sign).
fn index_i128(vm: &Vm, v: &Value) -> PyResult<i128> {
    if let Some(i) = v.as_small() {
        return Ok(i as i128);
    }
    let i = ops::index(vm, v)?;
    if let Some(s) = i.as_small() {
        return Ok(s as i128);
    }
    let b = to_bigint(&i).unwrap_or_default();
    Ok(
        i128::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i128::MIN
        } else {
            i128::MAX
        }),
    )
}

/// `v` as a C double, as the 'd' and 'f' codes take it.
fn as_double(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = crate::types::float::as_f64(v) {
        return Ok(x);
    }
    if is_int(v) {
        return int_to_f64(v);
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return match crate::types::float::as_f64(&r) {
            Some(x) => Ok(x),
            None => Err(error::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))),
        };
    }
    if v.ty().lookup(crate::name!("__index__")).is_some() {
        let i = ops::index(vm, v)?;
        return int_to_f64(&i);
    }
    Err(error::type_error(format!(
        "must be real number, not {}",
        v.ty().name()
    )))
}

/// `v` in the machine form of an item of `code`, with CPython's messages.
fn store(vm: &Vm, code: u8, v: &Value) -> PyResult<Raw> {
    const LONG: (i128, i128) = (i64::MIN as i128, i64::MAX as i128);
    let over = |m: &str| error::overflow_error(m.to_string());
    let small = |lo: i128, hi: i128, name: &str, i: i128| -> PyResult<i128> {
        if i < LONG.0 || i > LONG.1 {
            return Err(over("Python int too large to convert to C long"));
        }
        if i < lo {
            return Err(over(&format!("{} is less than minimum", name)));
        }
        if i > hi {
            return Err(over(&format!("{} is greater than maximum", name)));
        }
        Ok(i)
    };
    let mut raw = [0u8; 8];
    match code {
        b'f' => raw[..4].copy_from_slice(&(as_double(vm, v)? as f32).to_ne_bytes()),
        b'd' => raw.copy_from_slice(&as_double(vm, v)?.to_ne_bytes()),
        b'u' => match as_str(v) {
            Some(s) if s.chars().count() == 1 => {
                let c = s.chars().next().map_or(0, |c| c as u32);
                raw[..4].copy_from_slice(&c.to_ne_bytes());
            }
            _ => return Err(error::type_error("array item must be unicode character")),
        },
        _ => {
            let i = index_i128(vm, v)?;
            match code {
                b'b' => raw[0] = small(-128, 127, "signed char", i)? as i8 as u8,
                b'B' => raw[0] = small(0, 255, "unsigned byte integer", i)? as u8,
                b'h' => {
                    let x = small(-(1 << 15), (1 << 15) - 1, "signed short integer", i)?;
                    raw[..2].copy_from_slice(&(x as i16).to_ne_bytes());
                }
                b'H' => {
                    let x = small(0, (1 << 16) - 1, "unsigned short", i)?;
                    raw[..2].copy_from_slice(&(x as u16).to_ne_bytes());
                }
                b'i' => {
                    let x = small(-(1 << 31), (1 << 31) - 1, "signed integer", i)?;
                    raw[..4].copy_from_slice(&(x as i32).to_ne_bytes());
                }
                b'I' => {
                    if i < 0 {
                        return Err(over("can't convert negative value to unsigned int"));
                    }
                    if i > u64::MAX as i128 {
                        return Err(over("Python int too large to convert to C unsigned long"));
                    }
                    if i > u32::MAX as i128 {
                        return Err(over("unsigned int is greater than maximum"));
                    }
                    raw[..4].copy_from_slice(&(i as u32).to_ne_bytes());
                }
                b'l' | b'q' => {
                    if i < LONG.0 || i > LONG.1 {
                        return Err(over(if code == b'l' {
                            "Python int too large to convert to C long"
                        } else {
                            "int too big to convert"
                        }));
                    }
                    raw.copy_from_slice(&(i as i64).to_ne_bytes());
                }
                _ => {
                    // 'L' and 'Q'
                    if i < 0 {
                        return Err(over(if code == b'L' {
                            "can't convert negative value to unsigned int"
                        } else {
                            "can't convert negative int to unsigned"
                        }));
                    }
                    if i > u64::MAX as i128 {
                        return Err(over(if code == b'L' {
                            "Python int too large to convert to C unsigned long"
                        } else {
                            "int too big to convert"
                        }));
                    }
                    raw.copy_from_slice(&(i as u64).to_ne_bytes());
                }
            }
        }
    }
    Ok(raw)
}

/// The machine form of every value of `items`, appended into one vector.
fn store_all(vm: &Vm, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let s = itemsize(code);
    let mut out = Vec::with_capacity(items.len() * s);
    for v in items {
        out.extend_from_slice(&store(vm, code, v)?[..s]);
    }
    Ok(out)
}

fn arr(v: &Value) -> PyResult<&Obj<ArrayObj>> {
    v.downcast::<ArrayObj>().ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            v.ty().name()
        ))
    })
}

fn is_array(v: &Value) -> bool {
    v.kind() == Kind::Array
}

/// A new exact array of `code` holding `data`.
fn new_array(code: u8, data: Vec<u8>) -> Value {
    object::alloc(
        types().array,
        ArrayObj {
            code,
            data: UnsafeCell::new(data),
        },
    )
}

// ---------------------------------------------------------------------------
// construction

fn array_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "array_new")?;
    let cls = args[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("array.__new__(X): X is not a type object"))?;
    // keywords are refused unless a subclass's own __init__ takes them
    if kw.is_some_and(|k| !k.is_empty()) && inherits_init(cls, types().array) {
        return Err(error::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    let a = &args[1..args.len() - kw.map_or(0, |k| k.len())];
    if a.is_empty() {
        return Err(error::type_error(
            "array() takes at least 1 argument (0 given)",
        ));
    }
    if a.len() > 2 {
        return Err(error::type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let code = match as_str(&a[0]) {
        Some(s) if s.chars().count() == 1 => {
            let c = s.chars().next().unwrap_or('\0');
            if !c.is_ascii() || !TYPECODES.contains(c) {
                return Err(error::value_error(
                    "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
                ));
            }
            c as u8
        }
        _ => {
            return Err(error::type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                if a[0].is_none() {
                    "None".to_string()
                } else {
                    a[0].ty().name()
                }
            )))
        }
    };
    let data = match a.get(1) {
        None => Vec::new(),
        Some(init) => initial(vm, code, init)?,
    };
    let body = ArrayObj {
        code,
        data: UnsafeCell::new(data),
    };
    if std::ptr::eq(cls, types().array) {
        Ok(object::alloc(types().array, body))
    } else {
        alloc_instance(vm, cls, body)
    }
}

/// The items of a new array of `code` made from `init`.
fn initial(vm: &Vm, code: u8, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(init) {
        if code != b'u' {
            return Err(error::type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        return Ok(unicode_bytes(s));
    }
    if let Some(other) = init.downcast::<ArrayObj>() {
        if other.code() == b'u' && code != b'u' {
            return Err(error::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        if other.code() == code {
            return Ok(other.bytes());
        }
        return store_all(vm, code, &other.values()?);
    }
    if matches!(init.kind(), Kind::Bytes | Kind::ByteArray) {
        let b = crate::types::bytes::as_bytes(init).unwrap_or_default();
        return from_bytes(code, &b);
    }
    let items = ops::collect(vm, init)?;
    store_all(vm, code, &items)
}

fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
}

fn from_bytes(code: u8, b: &[u8]) -> PyResult<Vec<u8>> {
    if b.len() % itemsize(code) != 0 {
        return Err(error::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    Ok(b.to_vec())
}

// ---------------------------------------------------------------------------
// attributes and list-like methods

fn get_typecode(_vm: &Vm, me: &Value) -> PyResult<Value> {
    Ok(new_str((arr(me)?.code() as char).to_string()))
}

fn get_itemsize(_vm: &Vm, me: &Value) -> PyResult<Value> {
    Ok(Value::small(arr(me)?.size() as i64))
}

fn append(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.append", 1, 1)?;
    let a = arr(&args[0])?;
    let raw = store(vm, a.code(), &args[1])?;
    let s = a.size();
    a.locked(|d| d.extend_from_slice(&raw[..s]));
    Ok(Value::none())
}

/// The bytes of `other`'s items, for extending `a` (`extend`, `+=`).
fn items_for(vm: &Vm, a: &Obj<ArrayObj>, other: &Value) -> PyResult<Vec<u8>> {
    if let Some(o) = other.downcast::<ArrayObj>() {
        if o.code() != a.code() {
            return Err(error::type_error("can only extend with array of same kind"));
        }
        return Ok(o.bytes());
    }
    let items = ops::collect(vm, other)?;
    store_all(vm, a.code(), &items)
}

fn extend(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.extend", 1, 1)?;
    let a = arr(&args[0])?;
    if is_array(&args[1]) {
        let more = items_for(vm, a, &args[1])?;
        a.locked(|d| d.extend_from_slice(&more));
        return Ok(Value::none());
    }
    // item by item, as CPython: the items before a bad one stay appended
    let s = a.size();
    let it = ops::iter(vm, &args[1])?;
    while let Some(v) = ops::next(vm, &it)? {
        let raw = store(vm, a.code(), &v)?;
        a.locked(|d| d.extend_from_slice(&raw[..s]));
    }
    Ok(Value::none())
}

fn insert(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 3 && kw.is_none_or(|k| k.is_empty()) {
        return Err(error::type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    args::check_positional(&args[1..], kw, "array.insert", 2, 2)?;
    let a = arr(&args[0])?;
    let i = ops::index_isize(vm, &args[1])?;
    let raw = store(vm, a.code(), &args[2])?;
    let s = a.size();
    a.locked(|d| {
        let n = (d.len() / s) as isize;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        d.splice(at * s..at * s, raw[..s].iter().copied());
    });
    Ok(Value::none())
}

fn pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.pop", 0, 1)?;
    let a = arr(&args[0])?;
    let i = match args.get(1) {
        Some(v) => ops::index_isize(vm, v)?,
        None => -1,
    };
    let s = a.size();
    let raw = a.locked(|d| {
        if d.is_empty() {
            return Err(error::index_error("pop from empty array"));
        }
        let Some(j) = position(i as i64, d.len() / s) else {
            return Err(error::index_error("pop index out of range"));
        };
        let at = j * s;
        Ok(d.drain(at..at + s).collect::<Vec<u8>>())
    })?;
    load(a.code(), &raw)
}

/// The index of the first item equal to `v` in `[start, stop)`.
fn find(
    vm: &Vm,
    a: &Obj<ArrayObj>,
    v: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let items = a.values()?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(vm, x, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.remove", 1, 1)?;
    let a = arr(&args[0])?;
    let Some(i) = find(vm, a, &args[1], 0, usize::MAX)? else {
        return Err(error::value_error("array.remove(x): x not in array"));
    };
    let s = a.size();
    a.locked(|d| {
        if (i + 1) * s <= d.len() {
            d.drain(i * s..(i + 1) * s);
        }
    });
    Ok(Value::none())
}

fn index(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "index", 1, 3)?;
    let a = arr(&args[0])?;
    let n = a.len() as isize;
    let bound = |k: usize, default: isize| -> PyResult<isize> {
        match args.get(k) {
            Some(v) => {
                if !is_int(v) && v.ty().lookup(crate::name!("__index__")).is_none() {
                    return Err(error::type_error(
                        "slice indices must be integers or have an __index__ method",
                    ));
                }
                let i = ops::index_isize(vm, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
            None => Ok(default),
        }
    };
    let start = bound(2, 0)?;
    let stop = bound(3, n)?;
    match find(vm, a, &args[1], start as usize, stop as usize)? {
        Some(i) => Ok(Value::small(i as i64)),
        None => Err(error::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.count", 1, 1)?;
    let mut c = 0;
    for x in arr(&args[0])?.values()? {
        if ops::eq(vm, &x, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::small(c))
}

fn reverse(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.reverse", 0, 0)?;
    let a = arr(&args[0])?;
    let s = a.size();
    a.locked(|d| {
        let r: Vec<u8> = d.chunks_exact(s).rev().flatten().copied().collect();
        *d = r;
    });
    Ok(Value::none())
}

fn tolist(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.tolist", 0, 0)?;
    Ok(new_list(arr(&args[0])?.values()?))
}

fn fromlist(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.fromlist", 1, 1)?;
    let a = arr(&args[0])?;
    if args[1].kind() != Kind::List {
        return Err(error::type_error("arg must be list"));
    }
    let items = ops::collect(vm, &args[1])?;
    let more = store_all(vm, a.code(), &items)?;
    a.locked(|d| d.extend_from_slice(&more));
    Ok(Value::none())
}

fn tobytes(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.tobytes", 0, 0)?;
    Ok(crate::types::bytes::new_bytes(arr(&args[0])?.bytes()))
}

fn frombytes(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.frombytes", 1, 1)?;
    let a = arr(&args[0])?;
    let Some(b) = crate::types::bytes::as_bytes(&args[1]) else {
        return Err(error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            args[1].ty().name()
        )));
    };
    let more = from_bytes(a.code(), &b)?;
    a.locked(|d| d.extend_from_slice(&more));
    Ok(Value::none())
}

fn fromfile(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.fromfile", 2, 2)?;
    let a = arr(&args[0])?;
    let n = ops::index_isize(vm, &args[2])?;
    if n < 0 {
        return Err(error::value_error("negative count"));
    }
    let want = (n as usize).saturating_mul(a.size());
    let got = vm.call_method(&args[1], "read", &[int_from_i128(want as i128)])?;
    let Some(b) = crate::types::bytes::as_bytes(&got) else {
        return Err(error::type_error("read() didn't return bytes"));
    };
    let whole = b.len() - b.len() % a.size();
    a.locked(|d| d.extend_from_slice(&b[..whole]));
    if b.len() != want {
        return Err(PyErr::new(
            types().exc.eof_error,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::none())
}

fn tofile(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.tofile", 1, 1)?;
    let b = crate::types::bytes::new_bytes(arr(&args[0])?.bytes());
    vm.call_method(&args[1], "write", &[b])?;
    Ok(Value::none())
}

fn tounicode(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.tounicode", 0, 0)?;
    let a = arr(&args[0])?;
    if a.code() != b'u' {
        return Err(error::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    Ok(new_str(unicode_text(a)?))
}

/// The text of a 'u' array.
fn unicode_text(a: &Obj<ArrayObj>) -> PyResult<String> {
    let mut s = String::new();
    for v in a.values()? {
        s.push_str(as_str(&v).unwrap_or(""));
    }
    Ok(s)
}

fn fromunicode(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.fromunicode", 1, 1)?;
    let a = arr(&args[0])?;
    let Some(s) = as_str(&args[1]) else {
        return Err(error::type_error(format!(
            "fromunicode() argument must be str, not {}",
            args[1].ty().name()
        )));
    };
    if a.code() != b'u' {
        return Err(error::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let more = unicode_bytes(s);
    a.locked(|d| d.extend_from_slice(&more));
    Ok(Value::none())
}

fn byteswap(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.byteswap", 0, 0)?;
    let a = arr(&args[0])?;
    let s = a.size();
    a.locked(|d| d.chunks_exact_mut(s).for_each(|c| c.reverse()));
    Ok(Value::none())
}

fn buffer_info(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "array.buffer_info", 0, 0)?;
    let a = arr(&args[0])?;
    let (addr, n) = a.locked(|d| (d.as_ptr() as u64, d.len()));
    Ok(new_tuple_from([
        crate::types::int::int_from_u64(addr),
        Value::small((n / a.size()) as i64),
    ]))
}

fn copy(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "__copy__")?;
    let a = arr(&args[0])?;
    Ok(new_array(a.code(), a.bytes()))
}

fn reduce_ex(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "__reduce_ex__")?;
    let a = arr(&args[0])?;
    let code = new_str((a.code() as char).to_string());
    Ok(new_tuple_from([
        args[0].ty().to_value(),
        new_tuple_from([code, new_list(a.values()?)]),
        Value::none(),
    ]))
}

// ---------------------------------------------------------------------------
// the sequence protocol

fn len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "__len__")?;
    Ok(Value::small(arr(&args[0])?.len() as i64))
}

fn iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "__iter__")?;
    arr(&args[0])?;
    Ok(crate::types::iter::new_seq_iter(
        types().array_iterator,
        args[0].clone(),
    ))
}

fn contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__contains__")?;
    let a = arr(&args[0])?;
    Ok(Value::bool(find(vm, a, &args[1], 0, usize::MAX)?.is_some()))
}

/// `a[i]` for an int `i` (negative from the end): the interpreter's fast
/// path for exact arrays (`ops::getitem`) and `__getitem__`'s.
pub fn getitem_int(a: &Value, i: i64) -> PyResult<Value> {
    let a = arr(a)?;
    let s = a.size();
    let raw = a.locked(|d| {
        let at = position(i, d.len() / s)? * s;
        let mut r = [0u8; 8];
        r[..s].copy_from_slice(&d[at..at + s]);
        Some(r)
    });
    match raw {
        Some(r) => load(a.code(), &r[..s]),
        None => Err(error::index_error("array index out of range")),
    }
}

/// `a[i] = v` for an int `i`: as `getitem_int`.
pub fn setitem_int(vm: &Vm, a: &Value, i: i64, v: &Value) -> PyResult<()> {
    let a = arr(a)?;
    let raw = store(vm, a.code(), v)?;
    let s = a.size();
    a.locked(|d| {
        let Some(j) = position(i, d.len() / s) else {
            return Err(error::index_error("array assignment index out of range"));
        };
        d[j * s..(j + 1) * s].copy_from_slice(&raw[..s]);
        Ok(())
    })
}

/// An index for `a[k]`, or the TypeError for a key that is none.
fn int_key(vm: &Vm, k: &Value) -> PyResult<i64> {
    if let Some(i) = k.as_small() {
        return Ok(i);
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error("array indices must be integers"));
    }
    Ok(ops::index_isize(vm, k)? as i64)
}

fn getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__getitem__")?;
    let a = arr(&args[0])?;
    if let Some(sl) = args[1].downcast::<SliceObj>() {
        let s = a.size();
        let d = a.bytes();
        let (start, _, step, n) = sl.indices(vm, d.len() / s)?;
        let mut out = Vec::with_capacity(n * s);
        let mut i = start;
        for _ in 0..n {
            let at = i as usize * s;
            out.extend_from_slice(&d[at..at + s]);
            i += step;
        }
        return Ok(new_array(a.code(), out));
    }
    let i = int_key(vm, &args[1])?;
    getitem_int(&args[0], i)
}

/// The positions `[start + k*step for k in range(n)]` of a slice, ascending.
fn slice_positions(start: isize, step: isize, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n)
        .map(|k| (start + k as isize * step) as usize)
        .collect();
    idx.sort_unstable();
    idx
}

/// `a[sl] = v` (`v` an array of the same code) or `del a[sl]` (`v` None).
fn assign_slice(vm: &Vm, a: &Obj<ArrayObj>, sl: &SliceObj, v: Option<&Value>) -> PyResult<()> {
    let s = a.size();
    let values: Option<Vec<u8>> = match v {
        None => None,
        Some(v) => {
            let Some(o) = v.downcast::<ArrayObj>() else {
                return Err(error::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    v.ty().name()
                )));
            };
            if o.code() != a.code() {
                return Err(error::type_error(
                    "bad argument type for built-in operation",
                ));
            }
            Some(o.bytes())
        }
    };
    let (start, stop, step, count) = sl.indices(vm, a.len())?;
    a.locked(|d| {
        let n = (d.len() / s) as isize;
        if step == 1 {
            let lo = start.clamp(0, n) as usize;
            let hi = stop.clamp(lo as isize, n) as usize;
            d.splice(lo * s..hi * s, values.unwrap_or_default());
            return Ok(());
        }
        match values {
            None => {
                let drop = slice_positions(start, step, count);
                let mut k = 0;
                let mut out = Vec::with_capacity(d.len());
                for (i, c) in d.chunks_exact(s).enumerate() {
                    if k < drop.len() && drop[k] == i {
                        k += 1;
                    } else {
                        out.extend_from_slice(c);
                    }
                }
                *d = out;
                Ok(())
            }
            Some(vals) => {
                if vals.len() / s != count {
                    return Err(error::value_error(format!(
                        "attempt to assign array of size {} to extended slice of size {}",
                        vals.len() / s,
                        count
                    )));
                }
                let mut cur = start;
                for c in vals.chunks_exact(s) {
                    let at = cur as usize * s;
                    if at + s <= d.len() {
                        d[at..at + s].copy_from_slice(c);
                    }
                    cur += step;
                }
                Ok(())
            }
        }
    })
}

fn setitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 3, "__setitem__")?;
    let a = arr(&args[0])?;
    if let Some(sl) = args[1].downcast::<SliceObj>() {
        assign_slice(vm, a, sl, Some(&args[2]))?;
        return Ok(Value::none());
    }
    let i = int_key(vm, &args[1])?;
    setitem_int(vm, &args[0], i, &args[2])?;
    Ok(Value::none())
}

fn delitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__delitem__")?;
    let a = arr(&args[0])?;
    if let Some(sl) = args[1].downcast::<SliceObj>() {
        assign_slice(vm, a, sl, None)?;
        return Ok(Value::none());
    }
    let i = int_key(vm, &args[1])?;
    let s = a.size();
    a.locked(|d| {
        let Some(j) = position(i, d.len() / s) else {
            return Err(error::index_error("array assignment index out of range"));
        };
        d.drain(j * s..(j + 1) * s);
        Ok(())
    })?;
    Ok(Value::none())
}

fn add(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__add__")?;
    let a = arr(&args[0])?;
    let Some(o) = args[1].downcast::<ArrayObj>() else {
        return Err(error::type_error(format!(
            "can only append array (not \"{}\") to array",
            args[1].ty().name()
        )));
    };
    if o.code() != a.code() {
        return Err(error::type_error(
            "bad argument type for built-in operation",
        ));
    }
    let mut d = a.bytes();
    d.extend_from_slice(&o.bytes());
    Ok(new_array(a.code(), d))
}

fn iadd(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__iadd__")?;
    let a = arr(&args[0])?;
    if !is_array(&args[1]) {
        return Err(error::type_error(format!(
            "can only extend array with array (not \"{}\")",
            args[1].ty().name()
        )));
    }
    let more = items_for(vm, a, &args[1])?;
    a.locked(|d| d.extend_from_slice(&more));
    Ok(args[0].clone())
}

/// The repeat count of `a * n`.
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<usize> {
    if !is_int(n) && n.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().name()
        )));
    }
    let k = ops::index_isize(vm, n)?;
    Ok(k.max(0) as usize)
}

fn mul(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__mul__")?;
    let a = arr(&args[0])?;
    let k = repeat_count(vm, &args[1])?;
    let d = a.bytes();
    crate::types::str::check_alloc(d.len().saturating_mul(k))?;
    Ok(new_array(a.code(), d.repeat(k)))
}

fn imul(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 2, "__imul__")?;
    let a = arr(&args[0])?;
    let k = repeat_count(vm, &args[1])?;
    crate::types::str::check_alloc(a.bytes().len().saturating_mul(k))?;
    a.locked(|d| {
        let r = d.repeat(k);
        *d = r;
    });
    Ok(args[0].clone())
}

fn richcmp(vm: &Vm, x: &Value, y: &Value, op: CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (x.downcast::<ArrayObj>(), y.downcast::<ArrayObj>()) else {
        return Ok(Value::not_implemented());
    };
    // (different lengths are unequal without looking at the items)
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.len() != b.len() {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    ops::compare(vm, &new_list(a.values()?), &new_list(b.values()?), op)
}

fn repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "__repr__")?;
    let a = arr(&args[0])?;
    let full = args[0].ty().name();
    let name = full.rsplit('.').next().unwrap_or(&full);
    let code = a.code() as char;
    if a.len() == 0 {
        return Ok(new_str(format!("{}('{}')", name, code)));
    }
    let items = if a.code() == b'u' {
        new_str(unicode_text(a)?)
    } else {
        new_list(a.values()?)
    };
    let r = ops::repr(vm, &items)?;
    Ok(new_str(format!(
        "{}('{}', {})",
        name,
        code,
        as_str(&r).unwrap_or("")
    )))
}

pub(crate) fn init_types(t: &Registry) {
    let ty = t.array;
    ty.add_new(array_new);
    ty.add_getset("typecode", get_typecode, None);
    ty.add_getset("itemsize", get_itemsize, None);
    ty.add_method("append", append);
    ty.add_method("extend", extend);
    ty.add_method("insert", insert);
    ty.add_method("pop", pop);
    ty.add_method("remove", remove);
    ty.add_method("index", index);
    ty.add_method("count", count);
    ty.add_method("reverse", reverse);
    ty.add_method("tolist", tolist);
    ty.add_method("fromlist", fromlist);
    ty.add_method("tobytes", tobytes);
    ty.add_method("frombytes", frombytes);
    ty.add_method("fromfile", fromfile);
    ty.add_method("tofile", tofile);
    ty.add_method("tounicode", tounicode);
    ty.add_method("fromunicode", fromunicode);
    ty.add_method("byteswap", byteswap);
    ty.add_method("buffer_info", buffer_info);
    ty.add_method("__copy__", copy);
    ty.add_method("__deepcopy__", copy);
    ty.add_method("__reduce_ex__", reduce_ex);
    ty.add_method("__len__", len);
    ty.add_method("__iter__", iter);
    ty.add_method("__contains__", contains);
    ty.add_method("__getitem__", getitem);
    ty.add_method("__setitem__", setitem);
    ty.add_method("__delitem__", delitem);
    ty.add_method("__add__", add);
    ty.add_method("__iadd__", iadd);
    ty.add_method("__mul__", mul);
    ty.add_method("__rmul__", mul);
    ty.add_method("__imul__", imul);
    crate::types::int::add_richcmp(ty, richcmp);
    ty.set_attr_raw("__hash__", Value::none());
    ty.add_method("__repr__", repr);
    ty.set_attr_raw("__module__", new_str("array".into()));
    ty.set_doc("array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type.");
}

pub fn make_module(vm: &Vm) -> Value {
    let m = new_module("array");
    let t = types().array.to_value();
    set_attr(&m, "array", t.clone());
    set_attr(&m, "ArrayType", t.clone());
    set_attr(&m, "typecodes", new_str(TYPECODES.into()));
    // as CPython's module: arrays are registered as mutable sequences
    // (best effort: a failure leaves only `isinstance` against the ABC off)
    let _ = crate::runtime::import::import_module(vm, "collections.abc")
        .and_then(|abc| vm.getattr_str(&abc, "MutableSequence"))
        .and_then(|ms| vm.call_method(&ms, "register", &[t]));
    m
}
