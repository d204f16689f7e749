//! `complex`: pairs of doubles with CPython's arithmetic (including its
//! division and power algorithms), repr, hashing and string parsing.

use specializer::{BinOp, CmpOp};

use crate::object;
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::format;
use crate::runtime::hash::hash_f64;
use crate::runtime::vm::Vm;
use crate::types::float::{as_f64, new_float};
use crate::types::function::NativeImpl;
use crate::types::int::{int_float_cmp, int_from_i64, int_to_f64, is_int};
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

#[inline]
pub fn new_complex(re: f64, im: f64) -> Value {
    object::alloc(types().complex, ComplexObj { re, im })
}

/// The parts of a complex (or subclass) value.
#[inline]
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    v.downcast::<ComplexObj>().map(|c| (c.re, c.im))
}

/// A number as complex parts for mixed arithmetic: complex, float, int
/// (which may overflow). `None` for other types.
fn to_parts(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    if let Some(f) = as_f64(v) {
        return Some(Ok((f, 0.0)));
    }
    if is_int(v) {
        return Some(int_to_f64(v).map(|f| (f, 0.0)));
    }
    None
}

// ---------------------------------------------------------------------------
// arithmetic (CPython's `_Py_c_*` functions)

#[inline]
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // a NaN in the divisor
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; `None` for 0 to a negative or complex power.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `a ** b` for complex operands, with CPython's algorithm choice and errors.
pub fn complex_pow_values(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<Value> {
    let (a, b) = ((ar, ai), (br, bi));
    let p = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        c_powi(a, br as i64)
    } else {
        c_pow(a, b)
    };
    let Some(p) = p else {
        return Err(error::zero_division_error(
            "0.0 to a negative or complex power",
        ));
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(error::overflow_error("complex exponentiation"));
    }
    Ok(new_complex(p.0, p.1))
}

fn complex_arith(a: (f64, f64), b: (f64, f64), op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => new_complex(a.0 + b.0, a.1 + b.1),
        BinOp::Subtract => new_complex(a.0 - b.0, a.1 - b.1),
        BinOp::Multiply => {
            let p = c_prod(a, b);
            new_complex(p.0, p.1)
        }
        BinOp::TrueDivide => match c_quot(a, b) {
            Some(q) => new_complex(q.0, q.1),
            None => return Err(error::zero_division_error("complex division by zero")),
        },
        BinOp::Power => return complex_pow_values(a.0, a.1, b.0, b.1),
        _ => Value::not_implemented(),
    })
}

/// The complex operators, with int, float or complex on either side.
pub fn complex_binop(_vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let x = match to_parts(a) {
        Some(r) => r?,
        None => return Ok(Value::not_implemented()),
    };
    let y = match to_parts(b) {
        Some(r) => r?,
        None => return Ok(Value::not_implemented()),
    };
    complex_arith(x, y, op.base())
}

fn complex_pow3(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(error::type_error("expected 1 argument, got 0"));
    }
    let (Some(x), Some(y)) = (to_parts(&args[0]), to_parts(&args[1])) else {
        return Ok(Value::not_implemented());
    };
    let (x, y) = (x?, y?);
    if args.len() > 2 && !args[2].is_none() {
        return Err(error::value_error("complex modulo"));
    }
    complex_pow_values(x.0, x.1, y.0, y.1)
}

fn complex_rpow3(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(error::type_error("expected 1 argument, got 0"));
    }
    let (Some(x), Some(y)) = (to_parts(&args[1]), to_parts(&args[0])) else {
        return Ok(Value::not_implemented());
    };
    let (x, y) = (x?, y?);
    if args.len() > 2 && !args[2].is_none() {
        return Err(error::value_error("complex modulo"));
    }
    complex_pow_values(x.0, x.1, y.0, y.1)
}

fn complex_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let Some((re, im)) = as_complex(a) else {
        return Ok(Value::not_implemented());
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::not_implemented());
    }
    let equal = if is_int(b) {
        im == 0.0 && int_float_cmp(b, re) == Some(std::cmp::Ordering::Equal)
    } else if let Some(f) = as_f64(b) {
        re == f && im == 0.0
    } else if let Some((r2, i2)) = as_complex(b) {
        re == r2 && im == i2
    } else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(if op == CmpOp::Eq { equal } else { !equal }))
}

// ---------------------------------------------------------------------------
// text

/// One part as complex repr writes it: float repr without a trailing `.0`.
fn part_repr(x: f64) -> String {
    let s = format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex(re, im))`.
pub fn complex_repr_parts(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part_repr(im));
    }
    let ims = part_repr(im);
    let sign = if ims.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_repr(re), sign, ims)
}

/// Skips ASCII and Unicode whitespace as `complex()` does.
fn is_space(c: char) -> bool {
    crate::types::str::is_py_space(c)
}

/// The longest prefix of `s` that is a float as `PyOS_string_to_double`
/// reads it: its value and length in bytes. `None` if there is none.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            let v = if word == "nan" {
                f64::NAN
            } else {
                f64::INFINITY
            };
            let v = if b[0] == b'-' { -v } else { v };
            return Some((v, end));
        }
    }
    let start_digits = i;
    let mut nd = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return None;
    }
    let _ = start_digits;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    let v: f64 = s[..i].parse().ok()?;
    Some((v, i))
}

/// Removes underscores that sit between digits; `None` if one is misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in cs.iter().enumerate() {
        if c == '_' {
            let prev_ok = i > 0 && cs[i - 1].is_ascii_digit();
            let next_ok = i + 1 < cs.len() && cs[i + 1].is_ascii_digit();
            if !prev_ok || !next_ok {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Parses the text of `complex(s)`.
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let owned = strip_underscores(text)?;
    let mut s: &str = &owned;
    s = s.trim_start_matches(is_space);
    let mut got_bracket = false;
    if let Some(r) = s.strip_prefix('(') {
        got_bracket = true;
        s = r.trim_start_matches(is_space);
    }
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(s) {
        s = &s[n..];
        if s.starts_with(['+', '-']) {
            x = z;
            match float_prefix(s) {
                Some((w, m)) => {
                    y = w;
                    s = &s[m..];
                }
                None => {
                    y = if s.starts_with('+') { 1.0 } else { -1.0 };
                    s = &s[1..];
                }
            }
            s = s.strip_prefix(['j', 'J'])?;
        } else if let Some(r) = s.strip_prefix(['j', 'J']) {
            s = r;
            y = z;
        } else {
            x = z;
        }
    } else {
        if s.starts_with(['+', '-']) {
            y = if s.starts_with('+') { 1.0 } else { -1.0 };
            s = &s[1..];
        } else {
            y = 1.0;
        }
        s = s.strip_prefix(['j', 'J'])?;
    }
    s = s.trim_start_matches(is_space);
    if got_bracket {
        s = s.strip_prefix(')')?;
        s = s.trim_start_matches(is_space);
    }
    if !s.is_empty() {
        return None;
    }
    Some((x, y))
}

// ---------------------------------------------------------------------------
// methods

fn cv(args: &[Value]) -> (f64, f64) {
    as_complex(&args[0]).expect("complex")
}

/// Can `v` be converted with `float()` (has `__float__` or `__index__`)?
fn is_real_number(v: &Value) -> bool {
    is_int(v)
        || as_f64(v).is_some()
        || v.ty().lookup(crate::name!("__float__")).is_some()
        || v.ty().lookup(crate::name!("__index__")).is_some()
}

fn complex_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let a = args::parse(&args[1..], kw, "complex", &["real", "imag"], 0)?;
    let exact = std::ptr::eq(cls, types().complex);
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (r, i) => {
            let r = r.clone().unwrap_or_else(|| Value::small(0));
            if let Some(s) = as_str(&r) {
                if i.is_some() {
                    return Err(error::type_error(
                        "complex() can't take second arg if first is a string",
                    ));
                }
                parse_complex(s)
                    .ok_or_else(|| error::value_error("complex() arg is a malformed string"))?
            } else {
                if let Some(iv) = i {
                    if as_str(iv).is_some() {
                        return Err(error::type_error("complex() second arg can't be a string"));
                    }
                }
                if exact && i.is_none() && r.is_exact(types().complex) {
                    return Ok(r);
                }
                // __complex__ first
                let mut r = r;
                if as_complex(&r).is_none() || !r.ty().is_builtin() {
                    if let Some(f) = r.ty().lookup(crate::name!("__complex__")) {
                        let res = vm.call_method_descr_or_fn(&f, std::slice::from_ref(&r), None)?;
                        if as_complex(&res).is_none() {
                            return Err(error::type_error(format!(
                                "__complex__ returned non-complex (type {})",
                                res.ty().name()
                            )));
                        }
                        r = res;
                    }
                }
                if as_complex(&r).is_none() && !is_real_number(&r) {
                    return Err(error::type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        r.ty().name()
                    )));
                }
                if let Some(iv) = i {
                    if as_complex(iv).is_none() && !is_real_number(iv) {
                        return Err(error::type_error(format!(
                            "complex() second argument must be a number, not '{}'",
                            iv.ty().name()
                        )));
                    }
                }
                let (cr, cr_is_complex) = match as_complex(&r) {
                    Some(c) => (c, true),
                    None => ((crate::types::float::to_float(vm, &r)?, 0.0), false),
                };
                let (mut re, rim) = cr;
                let mut im = match i {
                    None => rim,
                    Some(iv) => match as_complex(iv) {
                        Some((ir, ii)) => {
                            re -= ii;
                            ir
                        }
                        None => crate::types::float::to_float(vm, iv)?,
                    },
                };
                if cr_is_complex && i.is_some() {
                    im += rim;
                }
                (re, im)
            }
        }
    };
    if exact {
        Ok(new_complex(re, im))
    } else {
        alloc_instance(vm, cls, ComplexObj { re, im })
    }
}

fn complex_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(new_str(complex_repr_parts(re, im)))
}

/// `hash()` of a complex value (full 64-bit, like CPython's `tp_hash`).
pub fn hash_value(v: &Value) -> Option<i64> {
    let (re, im) = as_complex(v)?;
    let id = v.raw();
    let hr = hash_f64(re, id) as u64;
    let hi = hash_f64(im, id) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    Some(if h == -1 { -2 } else { h })
}

fn complex_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "complex_hash")?;
    Ok(int_from_i64(hash_value(&args[0]).expect("complex")))
}

fn complex_bool(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

fn complex_neg(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(new_complex(-re, -im))
}

fn complex_pos(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(new_complex(re, im))
}

/// `abs(complex)`.
pub fn complex_abs_value(re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(re.abs());
        }
        if im.is_infinite() {
            return Ok(im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if !r.is_finite() {
        return Err(error::overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn complex_abs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(new_float(complex_abs_value(re, im)?))
}

fn complex_conjugate(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(new_complex(re, -im))
}

fn complex_complex(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "complex_complex")?;
    if args[0].is_exact(types().complex) {
        return Ok(args[0].clone());
    }
    let (re, im) = cv(args);
    Ok(new_complex(re, im))
}

fn complex_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    Ok(crate::types::tuple::new_tuple_from([
        new_float(re),
        new_float(im),
    ]))
}

fn get_real(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(as_complex(v).unwrap().0))
}

fn get_imag(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_float(as_complex(v).unwrap().1))
}

/// `real` and `imag` are read-only members in CPython, with this message.
fn set_readonly(_vm: &Vm, _v: &Value, _n: Option<Value>) -> PyResult<()> {
    Err(error::attribute_error("readonly attribute"))
}

/// `format(complex, spec)`.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(complex_repr_parts(re, im));
    }
    let sp = format::parse_spec(spec)?;
    if sp.fill == Some('0') {
        return Err(error::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(error::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut ty = sp.ty;
    let mut skip_re = false;
    let mut add_parens = false;
    match ty {
        None => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G') => {}
        Some('n') => ty = Some('g'),
        Some(t) => {
            return Err(error::value_error(format!(
                "Unknown format code '{}' for object of type 'complex'",
                t
            )));
        }
    }
    // format each part without padding
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let mut p = sp.clone();
        p.fill = None;
        p.align = None;
        p.width = None;
        p.zero = false;
        p.sign = sign;
        match ty {
            None => match sp.precision {
                None => {
                    let body = if x.is_nan() {
                        "nan".to_string()
                    } else if x.is_infinite() {
                        "inf".to_string()
                    } else {
                        let r = part_repr(x.abs());
                        if sp.alternate && !r.contains(['.', 'e']) {
                            format!("{r}.")
                        } else {
                            r
                        }
                    };
                    let neg = x.is_sign_negative() && !x.is_nan();
                    let s = if neg {
                        "-"
                    } else {
                        match sign {
                            Some('+') => "+",
                            Some(' ') => " ",
                            _ => "",
                        }
                    };
                    Ok(format!("{s}{body}"))
                }
                Some(_) => {
                    p.ty = Some('g');
                    format::format_float(x, &p)
                }
            },
            Some(t) => {
                p.ty = Some(t);
                format::format_float(x, &p)
            }
        }
    };
    let re_s = if skip_re {
        String::new()
    } else {
        part(re, sp.sign)?
    };
    let im_s = part(im, if skip_re { sp.sign } else { Some('+') })?;
    let body = if add_parens {
        format!("({re_s}{im_s}j)")
    } else {
        format!("{re_s}{im_s}j")
    };
    Ok(format::pad("", &body, &sp, '>'))
}

fn complex_format(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let (re, im) = cv(args);
    let spec = args
        .get(1)
        .and_then(as_str)
        .ok_or_else(|| error::type_error("format spec must be str"))?;
    Ok(new_str(format_complex(re, im, spec)?))
}

pub(crate) fn init(t: &Registry) {
    let c = t.complex;
    c.add_new(complex_new);
    c.add_method("__repr__", complex_repr);
    c.add_method("__hash__", complex_hash);
    c.add_method("__bool__", complex_bool);
    c.add_method("__neg__", complex_neg);
    c.add_method("__pos__", complex_pos);
    c.add_method("__abs__", complex_abs);
    c.add_method("__format__", complex_format);
    c.add_method("__complex__", complex_complex);
    c.add_method("__getnewargs__", complex_getnewargs);
    c.add_method("conjugate", complex_conjugate);
    c.add_getset("real", get_real, Some(set_readonly));
    c.add_getset("imag", get_imag, Some(set_readonly));
    for (op, n, r) in [
        (BinOp::Add, "__add__", "__radd__"),
        (BinOp::Subtract, "__sub__", "__rsub__"),
        (BinOp::Multiply, "__mul__", "__rmul__"),
        (BinOp::TrueDivide, "__truediv__", "__rtruediv__"),
    ] {
        c.add_impl(n, NativeImpl::BinOp(complex_binop, op, false));
        c.add_impl(r, NativeImpl::BinOp(complex_binop, op, true));
    }
    c.add_method("__pow__", complex_pow3);
    c.add_method("__rpow__", complex_rpow3);
    crate::types::int::add_richcmp(c, complex_richcmp);
    c.set_doc("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.");
}
