//! `math`: floating-point functions with CPython's domain and range errors,
//! and exact integer functions on big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::float::{new_float, to_float};
use crate::types::int::{int_from_bigint, is_int, to_bigint};
use crate::types::module::{add_fn, new_module, set_attr};
use crate::value::Value;

fn fa(vm: &Vm, args: &[Value], i: usize, name: &str) -> PyResult<f64> {
    let v = args
        .get(i)
        .ok_or_else(|| error::type_error(format!("{}() missing required argument", name)))?;
    if let Some(f) = crate::types::float::as_f64(v) {
        return Ok(f);
    }
    if is_int(v) {
        return crate::types::int::int_to_f64(v);
    }
    if crate::types::str::as_str(v).is_some()
        || v.ty().lookup(crate::name!("__float__")).is_none()
            && v.ty().lookup(crate::name!("__index__")).is_none()
    {
        return Err(error::type_error(format!(
            "must be real number, not {}",
            v.ty().name()
        )));
    }
    to_float(vm, v).map_err(|e| {
        if e.matches(crate::types::types().exc.type_error) {
            error::type_error(format!("must be real number, not {}", v.ty().name()))
        } else {
            e
        }
    })
}

fn domain() -> crate::runtime::error::PyErr {
    error::value_error("math domain error")
}
fn range_err() -> crate::runtime::error::PyErr {
    error::overflow_error("math range error")
}

/// Wraps a one-argument libm function with Python's error rules.
fn unary(vm: &Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    crate::runtime::args::check_positional(args, None, name, 1, 1)?;
    let x = fa(vm, args, 0, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr),* $(,)?) => {
        $( fn $name(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> { unary(vm, a, stringify!($name), $f) } )*
    };
}

unary_fns! {
    exp => f64::exp,
    expm1 => f64::exp_m1,
    sin => f64::sin,
    cos => f64::cos,
    tan => f64::tan,
    asin => f64::asin,
    acos => f64::acos,
    atan => f64::atan,
    sinh => f64::sinh,
    cosh => f64::cosh,
    tanh => f64::tanh,
    asinh => f64::asinh,
    acosh => f64::acosh,
    atanh => f64::atanh,
    fabs => f64::abs,
    log1p => f64::ln_1p,
    cbrt => f64::cbrt,
    exp2 => f64::exp2,
    erf => erf_f,
    erfc => erfc_f,
    gamma => gamma_f,
    lgamma => lgamma_f,
}

fn erf_f(x: f64) -> f64 {
    // Abramowitz-Stegun is not precise enough; use the series / continued fraction
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        loop {
            n += 1.0;
            term *= -x2 / n;
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        1.0f64.copysign(x) - erfc_tail(x.abs()).copysign(x)
    }
}
fn erfc_tail(x: f64) -> f64 {
    // continued fraction for erfc, x >= 2
    let mut f = 0.0;
    for k in (1..60).rev() {
        f = (k as f64 / 2.0) / (x + f);
    }
    (-x * x).exp() / std::f64::consts::PI.sqrt() / (x + f)
}
fn erfc_f(x: f64) -> f64 {
    if x < 2.0 {
        1.0 - erf_f(x)
    } else {
        erfc_tail(x)
    }
}
fn gamma_f(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return f64::NAN;
    }
    if x.fract() == 0.0 && x <= 23.0 {
        let mut r = 1.0;
        let mut i = 2.0;
        while i < x {
            r *= i;
            i += 1.0;
        }
        return r;
    }
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_f(1.0 - x));
    }
    lanczos(x)
}
fn lanczos(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.5203681218851,
        -1259.1392167224028,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507343278686905,
        -0.13857109526572012,
        9.984_369_578_019_572e-6,
        1.5056327351493116e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}
fn lgamma_f(x: f64) -> f64 {
    if x <= 0.0 && x.fract() == 0.0 {
        return f64::INFINITY;
    }
    gamma_f(x).abs().ln()
}

fn sqrt(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let x = fa(vm, a, 0, "sqrt")?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(new_float(x.sqrt()))
}

fn log_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    if is_int(v) {
        let b = to_bigint(v).unwrap();
        if !b.is_positive() {
            return Err(domain());
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // huge ints: log(m * 2**e)
        let bits = b.bits();
        let shift = bits.saturating_sub(60);
        let m = (&b >> shift).to_f64().unwrap();
        return Ok(m.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = fa(vm, std::slice::from_ref(v), 0, "log")?;
    if x <= 0.0 || x.is_nan() {
        if x.is_nan() {
            return Ok(x);
        }
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(a, k, "log", 1, 2)?;
    let n = log_of(vm, &a[0])?;
    match a.get(1) {
        Some(b) => {
            let d = log_of(vm, b)?;
            if d == 0.0 {
                return Err(error::zero_division_error("float division by zero"));
            }
            Ok(new_float(n / d))
        }
        None => Ok(new_float(n)),
    }
}
fn log2(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "log2")?;
    if is_int(&a[0]) {
        let b = to_bigint(&a[0]).unwrap();
        if b.is_positive() && b.to_f64().is_none_or(|f| f.is_infinite()) {
            return Ok(new_float(log_of(vm, &a[0])? / std::f64::consts::LN_2));
        }
    }
    let x = fa(vm, a, 0, "log2")?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(new_float(x.log2()))
}
fn log10(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "log10")?;
    if is_int(&a[0]) {
        let b = to_bigint(&a[0]).unwrap();
        if b.is_positive() && b.to_f64().is_none_or(|f| f.is_infinite()) {
            return Ok(new_float(log_of(vm, &a[0])? / std::f64::consts::LN_10));
        }
    }
    let x = fa(vm, a, 0, "log10")?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(new_float(x.log10()))
}

fn pow(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::check_positional(a, k, "pow", 2, 2)?;
    let (x, y) = (fa(vm, a, 0, "pow")?, fa(vm, a, 1, "pow")?);
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}
fn atan2(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(
        fa(vm, a, 0, "atan2")?.atan2(fa(vm, a, 1, "atan2")?),
    ))
}
fn hypot(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let mut xs = Vec::new();
    for i in 0..a.len() {
        xs.push(fa(vm, a, i, "hypot")?.abs());
    }
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(new_float(f64::INFINITY));
    }
    let m = xs.iter().cloned().fold(0.0, f64::max);
    if m == 0.0 {
        return Ok(new_float(0.0));
    }
    let s: f64 = xs.iter().map(|x| (x / m) * (x / m)).sum();
    Ok(new_float(m * s.sqrt()))
}
fn dist(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 2, "dist")?;
    let p = vm.iterate(&a[0])?;
    let q = vm.iterate(&a[1])?;
    if p.len() != q.len() {
        return Err(error::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::new();
    for (x, y) in p.iter().zip(&q) {
        let d = fa(vm, std::slice::from_ref(x), 0, "dist")?
            - fa(vm, std::slice::from_ref(y), 0, "dist")?;
        diffs.push(new_float(d));
    }
    hypot(vm, &diffs, None)
}
fn copysign(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(
        fa(vm, a, 0, "copysign")?.copysign(fa(vm, a, 1, "copysign")?),
    ))
}
fn fmod(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let (x, y) = (fa(vm, a, 0, "fmod")?, fa(vm, a, 1, "fmod")?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() {
        return Err(domain());
    }
    Ok(new_float(x % y))
}
fn remainder(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let (x, y) = (fa(vm, a, 0, "remainder")?, fa(vm, a, 1, "remainder")?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 {
        2.0 * ((x / y) / 2.0).round()
    } else {
        n
    };
    Ok(new_float(x - n * y))
}
fn modf(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let x = fa(vm, a, 0, "modf")?;
    if x.is_infinite() {
        return Ok(crate::types::tuple::new_tuple_from([
            new_float(0.0f64.copysign(x)),
            new_float(x),
        ]));
    }
    Ok(crate::types::tuple::new_tuple_from([
        new_float(x.fract()),
        new_float(x.trunc()),
    ]))
}
fn frexp(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let x = fa(vm, a, 0, "frexp")?;
    let (m, e) = crate::runtime::hash::frexp(x);
    Ok(crate::types::tuple::new_tuple_from([
        new_float(m),
        Value::small(e as i64),
    ]))
}
fn ldexp(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 2, "ldexp")?;
    let x = fa(vm, a, 0, "ldexp")?;
    let e = crate::types::int::to_i64(&a[1])
        .ok_or_else(|| error::type_error("Expected an int as second argument to ldexp."))?;
    let r = crate::types::int::ldexp(x, e.clamp(-100000, 100000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}
fn to_int_via(vm: &Vm, v: &Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if is_int(v) {
        return Ok(int_from_bigint(to_bigint(v).unwrap()));
    }
    if crate::types::float::as_f64(v).is_none() {
        if let Some(r) = vm.call_special(v, dunder, &[])? {
            return Ok(r);
        }
    }
    let x = fa(vm, std::slice::from_ref(v), 0, dunder)?;
    crate::types::float::float_to_int(f(x))
}
fn floor(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "floor")?;
    to_int_via(vm, &a[0], "__floor__", f64::floor)
}
fn ceil(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "ceil")?;
    to_int_via(vm, &a[0], "__ceil__", f64::ceil)
}
fn trunc(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "trunc")?;
    to_int_via(vm, &a[0], "__trunc__", f64::trunc)
}
fn degrees(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(fa(vm, a, 0, "degrees")?.to_degrees()))
}
fn radians(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_float(fa(vm, a, 0, "radians")?.to_radians()))
}
fn isfinite(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(fa(vm, a, 0, "isfinite")?.is_finite()))
}
fn isinf(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(fa(vm, a, 0, "isinf")?.is_infinite()))
}
fn isnan(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(fa(vm, a, 0, "isnan")?.is_nan()))
}
fn isclose(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let p = crate::runtime::args::parse(a, k, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = fa(
        vm,
        std::slice::from_ref(p[0].as_ref().unwrap()),
        0,
        "isclose",
    )?;
    let y = fa(
        vm,
        std::slice::from_ref(p[1].as_ref().unwrap()),
        0,
        "isclose",
    )?;
    let rel = match &p[2] {
        Some(v) => fa(vm, std::slice::from_ref(v), 0, "isclose")?,
        None => 1e-9,
    };
    let abs_t = match &p[3] {
        Some(v) => fa(vm, std::slice::from_ref(v), 0, "isclose")?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(error::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t,
    ))
}
fn fsum(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "fsum")?;
    // Shewchuk's exact partial sums, as CPython's msum
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0;
    let mut inf_sum = 0.0;
    for v in vm.iterate(&a[0])? {
        let mut x = fa(vm, std::slice::from_ref(&v), 0, "fsum")?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(error::value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(0) {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
    }
    Ok(new_float(hi))
}
fn prod(vm: &Vm, a: &[Value], k: Option<&[Value]>) -> PyResult<Value> {
    let p = crate::runtime::args::parse(a, k, "prod", &["iterable", "start"], 1)?;
    let mut acc = p[1].clone().unwrap_or_else(|| Value::small(1));
    for v in vm.iterate(p[0].as_ref().unwrap())? {
        acc = ops::binary_op(vm, &acc, &v, specializer::BinOp::Multiply)?;
    }
    Ok(acc)
}
fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if crate::types::float::as_f64(v).is_some() {
        return Err(error::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let i = ops::index(vm, v)?;
    Ok(to_bigint(&i).unwrap())
}
fn factorial(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "factorial")?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(error::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        error::overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int_from_bigint(r))
}
fn gcd(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a {
        g = g.gcd(&int_arg(vm, v)?);
    }
    Ok(int_from_bigint(g))
}
fn lcm(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in a {
        let x = int_arg(vm, v)?;
        if x.is_zero() {
            return Ok(Value::small(0));
        }
        l = l.lcm(&x);
    }
    Ok(int_from_bigint(l.abs()))
}
fn isqrt(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "isqrt")?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(error::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_from_bigint(n.sqrt()))
}
fn comb(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 2, "comb")?;
    let n = int_arg(vm, &a[0])?;
    let k = int_arg(vm, &a[1])?;
    if n.is_negative() {
        return Err(error::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(error::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(int_from_bigint(r))
}
fn perm(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(a, 1, "perm")?;
    let n = int_arg(vm, &a[0])?;
    if n.is_negative() {
        return Err(error::value_error("n must be a non-negative integer"));
    }
    let k = match a.get(1) {
        Some(k) if !k.is_none() => int_arg(vm, k)?,
        _ => n.clone(),
    };
    if k.is_negative() {
        return Err(error::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let mut r = BigInt::one();
    let kk = k.to_u64().unwrap_or(0);
    for i in 0..kk {
        r *= &n - i;
    }
    Ok(int_from_bigint(r))
}
fn nextafter(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let (x, y) = (fa(vm, a, 0, "nextafter")?, fa(vm, a, 1, "nextafter")?);
    if x.is_nan() || y.is_nan() {
        return Ok(new_float(f64::NAN));
    }
    if x == y {
        return Ok(new_float(y));
    }
    if x == 0.0 {
        return Ok(new_float(f64::from_bits(1).copysign(y)));
    }
    let b = x.to_bits();
    let up = (y > x) == (x > 0.0);
    Ok(new_float(f64::from_bits(if up { b + 1 } else { b - 1 })))
}
fn ulp(vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    let x = fa(vm, a, 0, "ulp")?.abs();
    if !x.is_finite() {
        return Ok(new_float(x));
    }
    let next = f64::from_bits(x.to_bits() + 1);
    if next.is_infinite() {
        return Ok(new_float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(new_float(next - x))
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("math");
    set_attr(&m, "pi", new_float(std::f64::consts::PI));
    set_attr(&m, "e", new_float(std::f64::consts::E));
    set_attr(&m, "tau", new_float(std::f64::consts::TAU));
    set_attr(&m, "inf", new_float(f64::INFINITY));
    set_attr(&m, "nan", new_float(f64::NAN));
    let fns: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("exp", exp),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("log1p", log1p),
        ("cbrt", cbrt),
        ("exp2", exp2),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("sqrt", sqrt),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("atan2", atan2),
        ("hypot", hypot),
        ("dist", dist),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("fsum", fsum),
        ("prod", prod),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (n, f) in fns {
        add_fn(&m, n, *f);
    }
    m
}
