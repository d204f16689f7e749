//! `float`: IEEE doubles with Python's division, modulo, rounding, repr and
//! hashing rules.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use specializer::{BinOp, CmpOp};

use crate::object::{self, Kind};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::format;
use crate::runtime::vm::Vm;
use crate::types::int::{self, float_to_bigint, int_from_bigint, int_to_f64, is_int, to_bigint};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

/// A float: its value is fixed, except that the eval loop may overwrite the
/// value of a float nothing else refers to (see [`reuse_exact`]), so it
/// is kept as bits in an atomic (plain loads and stores on every target).
#[repr(C)]
pub struct FloatObj {
    bits: std::sync::atomic::AtomicU64,
}

impl FloatObj {
    #[inline]
    pub fn new(f: f64) -> FloatObj {
        FloatObj {
            bits: std::sync::atomic::AtomicU64::new(f.to_bits()),
        }
    }

    #[inline(always)]
    pub fn value(&self) -> f64 {
        f64::from_bits(self.bits.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// Gives `v`, known to be an exact float, the value `f` when the caller's
/// reference is the only one: the result of arithmetic on a temporary then
/// needs no new object (CPython 3.13 does the same). False if anything else
/// may refer to it.
///
/// # Safety
/// `v` must be a heap object of kind `Float`.
#[inline(always)]
pub unsafe fn reuse_exact(v: &Value, f: f64) -> bool {
    // SAFETY: caller contract: a heap object, of a float's layout.
    let h = unsafe { v.header_unchecked() };
    if h.uniquely_referenced() {
        // SAFETY: as above.
        unsafe { v.downcast_unchecked::<FloatObj>() }
            .bits
            .store(f.to_bits(), std::sync::atomic::Ordering::Relaxed);
        true
    } else {
        false
    }
}

/// The value of an object known to be an exact float (a float's layout).
///
/// # Safety
/// `v` must be a heap object of kind `Float` (an exact float is).
#[inline(always)]
pub unsafe fn float_value_unchecked(v: &Value) -> f64 {
    // SAFETY: caller contract.
    unsafe { v.downcast_unchecked::<FloatObj>() }.value()
}

/// Offset of a float's bits from the object's start (read by compiled code).
pub const VALUE_OFFSET: usize =
    std::mem::offset_of!(crate::object::Obj<FloatObj>, data) + std::mem::offset_of!(FloatObj, bits);

#[inline]
pub fn new_float(f: f64) -> Value {
    object::alloc(types().float, FloatObj::new(f))
}

/// The float value of a float (or subclass) object.
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    v.downcast::<FloatObj>().map(|f| f.value())
}

/// A number as f64 for float arithmetic: floats, and ints (may overflow).
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(v) {
        return Some(Ok(f));
    }
    if is_int(v) {
        return Some(int_to_f64(v));
    }
    None
}

pub fn hash_float(v: &Value) -> i64 {
    let f = as_f64(v).unwrap();
    crate::runtime::hash::hash_f64(f, v.raw())
}

/// Python's float modulo.
pub fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float floor division and modulo together.
pub fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let fd = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (fd, m)
}

/// `x ** y` for floats, with Python's errors (and complex results for
/// negative bases with fractional exponents).
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(error::zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        return crate::types::complex::complex_pow_values(x, 0.0, y, 0.0);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        // as CPython: the errno and its message (args (34, '...'))
        return Err(error::PyErr::with_args(
            types().exc.overflow_error,
            vec![
                crate::types::int::int_from_i64(34),
                crate::types::str::new_str("Numerical result out of range".to_string()),
            ],
        ));
    }
    Ok(new_float(r))
}

/// Arithmetic on two floats (exact float objects); None to use the general path.
#[inline]
pub fn float_binop_fast(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let x = as_f64(a)?;
    let y = as_f64(b)?;
    Some(float_arith(x, y, op))
}

fn float_arith(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => new_float(x + y),
        BinOp::Subtract => new_float(x - y),
        BinOp::Multiply => new_float(x * y),
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Err(error::zero_division_error("float division by zero"));
            }
            new_float(x / y)
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                return Err(error::zero_division_error("float floor division by zero"));
            }
            new_float(py_divmod(x, y).0)
        }
        BinOp::Remainder => {
            if y == 0.0 {
                return Err(error::zero_division_error("float modulo"));
            }
            new_float(py_fmod(x, y))
        }
        BinOp::Power => return float_pow(x, y),
        _ => return Ok(Value::not_implemented()),
    })
}

/// The general float operator: float with float or int, either side.
pub fn float_binop(_vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let x = match to_f64(a) {
        Some(r) => r?,
        None => return Ok(Value::not_implemented()),
    };
    let y = match to_f64(b) {
        Some(r) => r?,
        None => return Ok(Value::not_implemented()),
    };
    float_arith(x, y, op)
}

fn float_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let Some(x) = as_f64(a) else {
        return Ok(Value::not_implemented());
    };
    if let Some(y) = as_f64(b) {
        return Ok(Value::bool(crate::runtime::ops::cmp_f64(x, y, op)));
    }
    if is_int(b) {
        return Ok(Value::bool(match int::int_float_cmp(b, x) {
            Some(o) => crate::runtime::ops::cmp_ord(o.reverse(), op),
            None => op == CmpOp::Ne,
        }));
    }
    Ok(Value::not_implemented())
}

/// Parses float text as `float()` accepts it.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || body.contains("_.")
                || body.contains("._")
                || body.contains("_e")
                || body.contains("e_")
                || !body
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
            {
                return None;
            }
            let clean: String = body.chars().filter(|c| *c != '_').collect();
            if clean.starts_with(['e', '+', '-']) || clean == "." {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `float(x)`.
pub fn to_float(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(x) {
        if x.is_exact(types().float) {
            return Ok(f);
        }
    }
    if is_int(x) {
        return int_to_f64(x);
    }
    if let Some(s) = as_str(x) {
        let digits: String = s
            .chars()
            .map(|c| match int::unicode_decimal(c) {
                Some(d) if !c.is_ascii() => std::char::from_digit(d, 10).unwrap(),
                _ => c,
            })
            .collect();
        return parse_float(&digits).ok_or_else(|| {
            error::value_error(format!(
                "could not convert string to float: {}",
                crate::types::str::repr_str(s)
            ))
        });
    }
    if let Some(b) = crate::types::bytes::as_bytes(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return parse_float(&s).ok_or_else(|| {
            error::value_error(format!(
                "could not convert string to float: {}",
                vm.repr_string(x).unwrap_or_default()
            ))
        });
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return as_f64(&r).ok_or_else(|| {
            error::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.ty().name(),
                r.ty().name()
            ))
        });
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        return int_to_f64(&r);
    }
    if let Some(f) = as_f64(x) {
        return Ok(f);
    }
    Err(error::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.ty().name()
    )))
}

fn float_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    if kw.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error("float() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(error::type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let f = match args.get(1) {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if std::ptr::eq(cls, types().float) {
        Ok(new_float(f))
    } else {
        alloc_instance(vm, cls, FloatObj::new(f))
    }
}

fn fv(args: &[Value]) -> f64 {
    as_f64(&args[0]).unwrap()
}

fn float_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str(format::float_repr(fv(args))))
}
fn float_format(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "float_format")?;
    let spec = as_str(&args[1]).ok_or_else(|| error::type_error("format spec must be str"))?;
    if spec.is_empty() {
        return Ok(new_str(format::float_repr(fv(args))));
    }
    let sp = format::parse_spec(spec)?;
    Ok(new_str(format::format_float(fv(args), &sp)?))
}
fn float_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "float_hash")?;
    Ok(int::int_from_i64(hash_float(&args[0])))
}
fn float_bool(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(fv(args) != 0.0))
}
/// `int(f)` semantics: truncation with CPython's errors.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(error::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(error::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(int_from_bigint(float_to_bigint(f.trunc())))
}
fn float_int(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    float_to_int(fv(args))
}
fn float_floor(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    float_to_int(fv(args).floor())
}
fn float_ceil(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    float_to_int(fv(args).ceil())
}
fn float_float(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(fv(args)))
}
fn float_neg(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(-fv(args)))
}
fn float_abs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(fv(args).abs()))
}
fn float_is_integer(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let f = fv(args);
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

/// (numerator, denominator) of a finite float, exactly.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(error::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(error::value_error("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let (m, e) = crate::runtime::hash::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let mut num = BigInt::from(mant);
    let mut exp = e - 53;
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        // reduce
        while exp < 0 && num.is_even() {
            num >>= 1;
            exp += 1;
        }
        if exp < 0 {
            den <<= (-exp) as usize;
        }
    }
    Ok((num, den))
}

fn float_as_integer_ratio(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (n, d) = float_ratio(fv(args))?;
    Ok(crate::types::tuple::new_tuple_from([
        int_from_bigint(n),
        int_from_bigint(d),
    ]))
}

/// Rounds half to even at `nd` decimal places, exactly.
pub fn round_float(f: f64, nd: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if nd > 330 {
        return f;
    }
    if nd < -330 {
        return 0.0f64.copysign(f);
    }
    let (n, d) = float_ratio(f).unwrap();
    let ten = BigInt::from(10);
    let (num, den) = if nd >= 0 {
        (n * num_traits::pow::Pow::pow(&ten, nd as u64), d)
    } else {
        (n, d * num_traits::pow::Pow::pow(&ten, (-nd) as u64))
    };
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1
            } else {
                q
            }
        }
    };
    let s = format!("{}e{}", q, -nd);
    let v: f64 = s.parse().unwrap_or(f64::INFINITY);
    if v == 0.0 {
        0.0f64.copysign(f)
    } else {
        v
    }
}

fn float_round(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "__round__", &["ndigits"], 0)?;
    let f = fv(args);
    match &a[0] {
        None => round_to_int(f),
        Some(n) if n.is_none() => round_to_int(f),
        Some(n) => {
            let nd = crate::runtime::ops::index(vm, n)?;
            let nd = int::to_i64(&nd).unwrap_or(if to_bigint(&nd).unwrap().is_negative() {
                i64::MIN
            } else {
                i64::MAX
            });
            let r = round_float(f, nd);
            if r.is_infinite() && f.is_finite() {
                return Err(error::overflow_error(
                    "rounded value too large to represent",
                ));
            }
            Ok(new_float(r))
        }
    }
}

fn round_to_int(f: f64) -> PyResult<Value> {
    let r = f.round();
    let r = if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    };
    float_to_int(r)
}

fn float_hex(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let f = fv(args);
    if f.is_nan() {
        return Ok(new_str("nan".into()));
    }
    if f.is_infinite() {
        return Ok(new_str(if f > 0.0 { "inf" } else { "-inf" }.into()));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{:013x}", mant);
    Ok(new_str(format!(
        "{sign}0x{lead}.{hex}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )))
}

fn float_fromhex(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "float_fromhex")?;
    let s = as_str(&args[1]).ok_or_else(|| error::type_error("fromhex() argument must be str"))?;
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let val = match t.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => (|| {
            let t = t.strip_prefix("0x").unwrap_or(&t);
            let (m, e) = match t.split_once('p') {
                Some((m, e)) => (m, e.parse::<i64>().ok()?),
                None => (t, 0),
            };
            let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
            if ip.is_empty() && fp.is_empty() {
                return None;
            }
            let mut v = 0f64;
            for c in ip.chars() {
                v = v * 16.0 + c.to_digit(16)? as f64;
            }
            let mut scale = 1.0 / 16.0;
            for c in fp.chars() {
                v += c.to_digit(16)? as f64 * scale;
                scale /= 16.0;
            }
            Some(int::ldexp(v, e as i32))
        })(),
    };
    let v = val.ok_or_else(|| error::value_error("invalid hexadecimal floating-point string"))?;
    let v = if neg { -v } else { v };
    let r = new_float(v);
    if args[0].is(&types().float.to_value()) {
        Ok(r)
    } else {
        vm.call(&args[0], &[r])
    }
}

fn float_divmod(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "float_divmod")?;
    divmod_impl(&args[0], &args[1])
}
fn float_rdivmod(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "float_rdivmod")?;
    divmod_impl(&args[1], &args[0])
}
fn divmod_impl(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_f64(a), to_f64(b)) else {
        return Ok(Value::not_implemented());
    };
    let (x, y) = (x?, y?);
    if y == 0.0 {
        return Err(error::zero_division_error("float divmod()"));
    }
    let (q, r) = py_divmod(x, y);
    Ok(crate::types::tuple::new_tuple_from([
        new_float(q),
        new_float(r),
    ]))
}
fn float_pow3(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "index")?;
    if args.len() == 3 && !args[2].is_none() {
        return Err(error::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    match (to_f64(&args[0]), to_f64(&args[1])) {
        (Some(x), Some(y)) => float_pow(x?, y?),
        _ => Ok(Value::not_implemented()),
    }
}
fn float_rpow3(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "float_rpow3")?;
    match (to_f64(&args[1]), to_f64(&args[0])) {
        (Some(x), Some(y)) => float_pow(x?, y?),
        _ => Ok(Value::not_implemented()),
    }
}
fn get_real(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(as_f64(v).unwrap()))
}
fn get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}
fn float_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple_from([new_float(fv(args))]))
}

pub(crate) fn init(t: &Registry) {
    let f = t.float;
    f.add_new(float_new);
    f.add_method("__repr__", float_repr);
    f.add_method("__format__", float_format);
    f.add_method("__hash__", float_hash);
    f.add_method("__bool__", float_bool);
    f.add_method("__int__", float_int);
    f.add_method("__trunc__", float_int);
    f.add_method("__floor__", float_floor);
    f.add_method("__ceil__", float_ceil);
    f.add_method("__float__", float_float);
    f.add_method("__neg__", float_neg);
    f.add_method("__pos__", float_float);
    f.add_method("__abs__", float_abs);
    f.add_method("__round__", float_round);
    f.add_method("is_integer", float_is_integer);
    f.add_method("as_integer_ratio", float_as_integer_ratio);
    f.add_method("hex", float_hex);
    f.add_classmethod("fromhex", float_fromhex);
    f.add_method("conjugate", float_float);
    f.add_method("__getnewargs__", float_getnewargs);
    f.add_method("__divmod__", float_divmod);
    f.add_method("__rdivmod__", float_rdivmod);
    f.add_getset("real", get_real, None);
    f.add_getset("imag", get_imag, None);
    for (op, n, r) in [
        (BinOp::Add, "__add__", "__radd__"),
        (BinOp::Subtract, "__sub__", "__rsub__"),
        (BinOp::Multiply, "__mul__", "__rmul__"),
        (BinOp::TrueDivide, "__truediv__", "__rtruediv__"),
        (BinOp::FloorDivide, "__floordiv__", "__rfloordiv__"),
        (BinOp::Remainder, "__mod__", "__rmod__"),
    ] {
        f.add_impl(
            n,
            crate::types::function::NativeImpl::BinOp(float_binop, op, false),
        );
        f.add_impl(
            r,
            crate::types::function::NativeImpl::BinOp(float_binop, op, true),
        );
    }
    f.add_method("__pow__", float_pow3);
    f.add_method("__rpow__", float_rpow3);
    int::add_richcmp(f, float_richcmp);
    let _ = Kind::Float;
    let _ = ToPrimitive::to_f64(&BigInt::zero());
}
