//! `int` and `bool`: small ints live in the value word; this module holds the
//! heap form (`IntObj`, a big int) and all integer arithmetic, with transparent
//! overflow from small to big and normalization back.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use specializer::{BinOp, CmpOp};

use crate::object::{self, Kind};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::format;
use crate::runtime::hash;
use crate::runtime::vm::Vm;
use crate::types::float::{new_float, FloatObj};
use crate::types::function::NativeImpl;
use crate::types::str::{as_str, new_str};
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::{Value, SMALL_MAX, SMALL_MIN};

/// A big int. Its digits change only in place by [`IntObj::add_unique`],
/// while one frame holds every reference to it (see there); everyone else
/// reads them through [`IntObj::value`].
pub struct IntObj {
    value: std::cell::UnsafeCell<BigInt>,
}

// SAFETY: the digits are written only through `add_unique`, whose caller
// holds the only references (so no other thread can be reading them).
unsafe impl Sync for IntObj {}

impl IntObj {
    pub fn new(value: BigInt) -> IntObj {
        IntObj {
            value: std::cell::UnsafeCell::new(value),
        }
    }

    pub fn from_i64(i: i64) -> IntObj {
        IntObj::new(BigInt::from(i))
    }

    #[inline]
    pub fn value(&self) -> &BigInt {
        // SAFETY: see the type: no write while a shared reader exists.
        unsafe { &*self.value.get() }
    }

    /// Adds `y` (or subtracts it, `negate`) to this int in place, when the
    /// result stays big; false (and nothing changed) when it would fit a
    /// small int, which must then be made as a new value (ints that fit are
    /// always small).
    ///
    /// # Safety
    /// The caller holds every reference to this object, all in one frame of
    /// its own thread, and no borrow of [`IntObj::value`] is alive: no one
    /// else can observe the change.
    pub unsafe fn add_unique(&self, y: &IntOperand, negate: bool) -> bool {
        // SAFETY: caller contract: exclusive access.
        let v = unsafe { &mut *self.value.get() };
        match (y, negate) {
            (IntOperand::Small(i), false) => *v += *i,
            (IntOperand::Small(i), true) => *v -= *i,
            (IntOperand::Big(b), false) => *v += *b,
            (IntOperand::Big(b), true) => *v -= *b,
        }
        if v.to_i64()
            .is_some_and(|i| (SMALL_MIN..=SMALL_MAX).contains(&i))
        {
            // undo: the result is a small int
            match (y, negate) {
                (IntOperand::Small(i), false) => *v -= *i,
                (IntOperand::Small(i), true) => *v += *i,
                (IntOperand::Big(b), false) => *v -= *b,
                (IntOperand::Big(b), true) => *v += *b,
            }
            return false;
        }
        true
    }
}

/// An int operand read in place: a small int, or a big int's digits.
pub enum IntOperand<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The operand form of an exact int (or bool); None for anything else.
pub fn int_operand(v: &Value) -> Option<IntOperand<'_>> {
    match v.as_small() {
        Some(i) => Some(IntOperand::Small(i)),
        None => v.downcast::<IntObj>().map(|o| IntOperand::Big(o.value())),
    }
}

/// Digits beyond which int<->str conversion raises (CPython 3.11's default limit).
pub const MAX_STR_DIGITS: usize = 4300;

/// An int value from a big int, small when it fits.
pub fn int_from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            return Value::small(i);
        }
    }
    object::alloc(types().int, IntObj::new(b))
}

#[inline]
pub fn int_from_i64(i: i64) -> Value {
    match Value::try_small(i) {
        Some(v) => v,
        None => object::alloc(types().int, IntObj::new(BigInt::from(i))),
    }
}

#[inline]
pub fn int_from_i128(i: i128) -> Value {
    if i >= SMALL_MIN as i128 && i <= SMALL_MAX as i128 {
        Value::small(i as i64)
    } else {
        object::alloc(types().int, IntObj::new(BigInt::from(i)))
    }
}

pub fn int_from_u64(u: u64) -> Value {
    int_from_i128(u as i128)
}

/// The integer value of an int (or bool, or int subclass), as i64 if it fits.
#[inline]
pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small() {
        return Some(i);
    }
    v.downcast::<IntObj>().and_then(|b| b.value().to_i64())
}

/// The integer value as a big int, for any int-kind value.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small() {
        return Some(BigInt::from(i));
    }
    v.downcast::<IntObj>().map(|b| b.value().clone())
}

/// Is `v` an int (including bool and subclasses)?
#[inline]
pub fn is_int(v: &Value) -> bool {
    v.kind() == Kind::Int
}

pub fn hash_int(v: &Value) -> i64 {
    if let Some(i) = v.as_small() {
        return hash::hash_i64(i);
    }
    let b = &v.downcast::<IntObj>().unwrap().value();
    if let Some(i) = b.to_i64() {
        return hash::hash_i64(i);
    }
    let (sign, digits) = b.to_u64_digits();
    hash::hash_bigint(sign == Sign::Minus, &digits)
}

/// Numeric equality of ints and floats without running Python code (None if a
/// value is neither).
pub fn fast_num_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a.kind(), b.kind()) {
        (Kind::Int, Kind::Int) => Some(match (a.as_small(), b.as_small()) {
            (Some(x), Some(y)) => x == y,
            _ => to_bigint(a) == to_bigint(b),
        }),
        (Kind::Int, Kind::Float) => Some(
            int_float_cmp(a, b.downcast::<FloatObj>().unwrap().value())
                == Some(std::cmp::Ordering::Equal),
        ),
        (Kind::Float, Kind::Int) => Some(
            int_float_cmp(b, a.downcast::<FloatObj>().unwrap().value())
                == Some(std::cmp::Ordering::Equal),
        ),
        (Kind::Float, Kind::Float) => Some(
            a.downcast::<FloatObj>().unwrap().value() == b.downcast::<FloatObj>().unwrap().value(),
        ),
        _ => None,
    }
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn int_float_cmp(i: &Value, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let Some(x) = i.as_small() {
        if x.unsigned_abs() < (1u64 << 53) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let bi = to_bigint(i).unwrap();
    let fl = f.floor();
    let fb = float_to_bigint(fl);
    match bi.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let (m, e) = crate::runtime::hash::frexp(f);
    // m * 2**e, with m having 53 significant bits
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = BigInt::from(mant);
    if e >= 53 {
        b << (e - 53) as usize
    } else {
        b >> (53 - e) as usize
    }
}

/// Converts an int to f64 with CPython's overflow error.
pub fn int_to_f64(v: &Value) -> PyResult<f64> {
    if let Some(i) = v.as_small() {
        return Ok(i as f64);
    }
    let b = &v.downcast::<IntObj>().unwrap().value();
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(error::overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

/// Fast arithmetic on two small ints; `None` means "use the general path".
#[inline]
pub fn small_binop(x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    Some(Ok(match op {
        BinOp::Add => int_from_i64_fast(x + y),
        BinOp::Subtract => int_from_i64_fast(x - y),
        BinOp::Multiply => match x.checked_mul(y) {
            Some(r) => int_from_i64(r),
            None => int_from_i128(x as i128 * y as i128),
        },
        BinOp::FloorDivide => {
            if y == 0 {
                return Some(Err(error::zero_division_error(
                    "integer division or modulo by zero",
                )));
            }
            // small ints are within +-2**62, so the quotient fits an i64
            // (-2**62 // -1 == 2**62 just leaves the small range)
            int_from_i64(num_integer::Integer::div_floor(&x, &y))
        }
        BinOp::Remainder => {
            if y == 0 {
                return Some(Err(error::zero_division_error("integer modulo by zero")));
            }
            Value::small(x.mod_floor(&y))
        }
        BinOp::TrueDivide => {
            if y == 0 {
                return Some(Err(error::zero_division_error("division by zero")));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                new_float(x as f64 / y as f64)
            } else {
                return None;
            }
        }
        BinOp::And => Value::small(x & y),
        BinOp::Or => Value::small(x | y),
        BinOp::Xor => Value::small(x ^ y),
        BinOp::Lshift => {
            if y < 0 {
                return Some(Err(error::value_error("negative shift count")));
            }
            if y < 62 && x.unsigned_abs() < (1u64 << (62 - y)) {
                Value::small(x << y)
            } else {
                return None;
            }
        }
        BinOp::Rshift => {
            if y < 0 {
                return Some(Err(error::value_error("negative shift count")));
            }
            Value::small(x >> y.min(63))
        }
        BinOp::Power => {
            if y < 0 {
                return None;
            }
            let mut acc: i64 = 1;
            let mut base = x;
            let mut e = y as u64;
            loop {
                if e & 1 == 1 {
                    acc = acc.checked_mul(base)?;
                }
                e >>= 1;
                if e == 0 {
                    break;
                }
                base = base.checked_mul(base)?;
            }
            int_from_i64(acc)
        }
        _ => return None,
    }))
}

/// Sum or difference of two small ints (63-bit operands never overflow i64).
#[inline(always)]
fn int_from_i64_fast(r: i64) -> Value {
    match Value::try_small(r) {
        Some(v) => v,
        None => object::alloc(types().int, IntObj::new(BigInt::from(r))),
    }
}

/// `a op b` for `+`, `-`, `*` on ints at least one of which is big, from
/// borrowed digits; None when both are small.
fn big_arith(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    fn big(v: &Value) -> Option<&BigInt> {
        v.downcast::<IntObj>().map(|o| o.value())
    }
    let (x, y) = (big(a), big(b));
    if op == BinOp::Multiply {
        let n = x.map_or(1, limbs) * y.map_or(1, limbs);
        if let Err(e) = charge_limb_products(n) {
            return Some(Err(e));
        }
    }
    let r = match (x, y) {
        (Some(x), Some(y)) => match op {
            BinOp::Add => x + y,
            BinOp::Subtract => x - y,
            _ => x * y,
        },
        (Some(x), None) => {
            let y = b.as_small()?;
            match op {
                BinOp::Add => x + y,
                BinOp::Subtract => x - y,
                _ => x * y,
            }
        }
        (None, Some(y)) => {
            let x = a.as_small()?;
            match op {
                BinOp::Add => y + x,
                BinOp::Subtract => -(y - x),
                _ => y * x,
            }
        }
        (None, None) => return None,
    };
    Some(Ok(int_from_bigint(r)))
}

/// The general int operator (big ints, bools, subclasses). NotImplemented if `b`
/// is not an int.
pub fn int_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if !is_int(a) || !is_int(b) {
        // int op float is float's job (its reflected method handles it)
        return Ok(Value::not_implemented());
    }
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if let Some(r) = small_binop(x, y, op) {
            return r;
        }
    }
    // bool & | ^ bool stays bool
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (x, y) = (a.is_true(), b.is_true());
        return Ok(Value::bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        }));
    }
    // sums, differences and products read the operands in place: no copy
    // of a big operand, no big int made of a small one
    if matches!(op, BinOp::Add | BinOp::Subtract | BinOp::Multiply) {
        if let Some(r) = big_arith(a, b, op) {
            return r;
        }
    }
    let x = to_bigint(a).unwrap();
    let y = to_bigint(b).unwrap();
    let _ = vm;
    if matches!(op, BinOp::Multiply | BinOp::FloorDivide | BinOp::Remainder) {
        charge_limb_products(limbs(&x) * limbs(&y))?;
    }
    Ok(match op {
        BinOp::Add => int_from_bigint(x + y),
        BinOp::Subtract => int_from_bigint(x - y),
        BinOp::Multiply => int_from_bigint(x * y),
        BinOp::FloorDivide => {
            if y.is_zero() {
                return Err(error::zero_division_error(
                    "integer division or modulo by zero",
                ));
            }
            int_from_bigint(x.div_floor(&y))
        }
        BinOp::Remainder => {
            if y.is_zero() {
                return Err(error::zero_division_error("integer modulo by zero"));
            }
            int_from_bigint(x.mod_floor(&y))
        }
        BinOp::TrueDivide => {
            if y.is_zero() {
                return Err(error::zero_division_error("division by zero"));
            }
            new_float(true_divide(&x, &y)?)
        }
        BinOp::And => int_from_bigint(x & y),
        BinOp::Or => int_from_bigint(x | y),
        BinOp::Xor => int_from_bigint(x ^ y),
        BinOp::Lshift => {
            if y.is_negative() {
                return Err(error::value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| error::overflow_error("too many digits in integer"))?;
            if !x.is_zero() {
                crate::types::str::check_alloc(s / 8)?;
            }
            int_from_bigint(x << s)
        }
        BinOp::Rshift => {
            if y.is_negative() {
                return Err(error::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => int_from_bigint(x >> s),
                None => int_from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(error::zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let xf = int_to_f64(a)?;
                let yf = int_to_f64(b)?;
                return crate::types::float::float_pow(xf, yf);
            }
            if x.is_zero() || x.is_one() {
                return Ok(int_from_bigint(if y.is_zero() { BigInt::one() } else { x }));
            }
            if x == BigInt::from(-1) {
                return Ok(int_from_i64(if y.is_even() { 1 } else { -1 }));
            }
            let e = y.to_u64().ok_or_else(|| error::memory_error(""))?;
            if e > 1 << 40 {
                return Err(error::memory_error(""));
            }
            let bits = x.bits() as u128 * e as u128;
            crate::types::str::check_alloc((bits / 8) as usize)?;
            // the last squarings dominate: about (result limbs)**2 products
            let rl = (bits / 64 + 1) as u64;
            charge_limb_products(rl.saturating_mul(rl))?;
            int_from_bigint(num_traits::pow::Pow::pow(x, e))
        }
        BinOp::MatrixMultiply => return Ok(Value::not_implemented()),
        _ => unreachable!(),
    })
}

fn limbs(x: &BigInt) -> u64 {
    x.bits() / 64 + 1
}

/// Under a fuzzing work budget, big-int products and quotients pay for their
/// cost (one unit per 16384 limb products): a loop's iteration count alone
/// does not bound the time of `5555555555555 ** 555555`.
fn charge_limb_products(n: u64) -> PyResult<()> {
    crate::runtime::eval_breaker::charge(n >> 14)
}

/// Correctly rounded int / int.
fn true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q |= BigInt::one(); // sticky bit
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let v = if shift > 0 {
        ldexp(qf, -(shift as i32))
    } else {
        ldexp(qf, (-shift) as i32)
    };
    if v.is_infinite() {
        return Err(error::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

pub fn ldexp(x: f64, e: i32) -> f64 {
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// `pow(a, b, m)` for ints.
pub fn int_pow_mod(_vm: &Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (x, y, md) = (
        to_bigint(a).unwrap(),
        to_bigint(b).unwrap(),
        to_bigint(m).unwrap(),
    );
    if md.is_zero() {
        return Err(error::value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if y.is_negative() {
        // modular inverse
        let g = x.extended_gcd(&md);
        if !g.gcd.abs().is_one() {
            return Err(error::value_error(
                "base is not invertible for the given modulus",
            ));
        }
        g.x.mod_floor(&md)
    } else {
        x
    };
    let e = y.abs();
    let r = base.modpow(&e, &md.abs());
    let r = if md.is_negative() && !r.is_zero() {
        r + &md
    } else {
        r
    };
    Ok(int_from_bigint(r))
}

/// Compares two ints.
pub fn int_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a.as_small(), b.as_small()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap()),
    }
}

fn int_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if !is_int(a) {
        return Ok(Value::not_implemented());
    }
    if is_int(b) {
        return Ok(Value::bool(crate::runtime::ops::cmp_ord(int_cmp(a, b), op)));
    }
    Ok(Value::not_implemented())
}

/// CPython's limit on int-to-decimal-text conversion (4300 digits), checked
/// before converting: 2**14288 already has 4302 digits, and the conversion is
/// quadratic.
pub fn check_int_digits(b: &BigInt) -> PyResult<()> {
    let bits = b.bits();
    if bits > 14_288 || (bits > 14_000 && b.magnitude().to_string().len() > MAX_STR_DIGITS) {
        return Err(error::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Decimal text of an int, with CPython's digit limit.
pub fn int_to_string(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small() {
        return Ok(i.to_string());
    }
    let b = &v.downcast::<IntObj>().unwrap().value();
    check_int_digits(b)?;
    Ok(b.to_string())
}

fn int_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "int_repr")?;
    let v = &args[0];
    if v.is_bool() {
        return Ok(new_str(
            if v.is_true() { "True" } else { "False" }.to_string(),
        ));
    }
    Ok(new_str(int_to_string(v)?))
}

fn int_format(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "int_format")?;
    let v = &args[0];
    let spec = as_str(&args[1]).ok_or_else(|| error::type_error("format spec must be str"))?;
    if spec.is_empty() {
        if v.is_bool() {
            return Ok(new_str(
                if v.is_true() { "True" } else { "False" }.to_string(),
            ));
        }
        return Ok(new_str(int_to_string(v)?));
    }
    let sp = format::parse_spec(spec)?;
    match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int_to_f64(v)?;
            Ok(new_str(format::format_float(f, &sp)?))
        }
        _ => {
            let b = to_bigint(v).unwrap();
            if matches!(sp.ty, None | Some('d' | 'n')) {
                check_int_digits(&b)?;
            }
            let neg = b.is_negative();
            Ok(new_str(format::format_int(neg, b.magnitude(), &sp)?))
        }
    }
}

/// CPython's limit on text-to-int conversion in bases that are not powers of
/// two, checked on the digit count before converting (conversion is
/// quadratic): `int('1' * 10**6)` raises at once.
pub fn check_str_digits(s: &str, base: u32) -> PyResult<()> {
    if s.len() <= MAX_STR_DIGITS {
        return Ok(());
    }
    let t = s.trim_start_matches(char::is_whitespace);
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    let base = if base == 0 {
        let p: String = t.chars().take(2).collect::<String>().to_ascii_lowercase();
        match p.as_str() {
            "0x" => 16,
            "0o" => 8,
            "0b" => 2,
            _ => 10,
        }
    } else {
        base
    };
    if base.is_power_of_two() {
        return Ok(());
    }
    let mut n = 0usize;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        if c.to_digit(base).is_none() && unicode_decimal(c).is_none_or(|d| d >= base) {
            break;
        }
        n += 1;
    }
    if n > MAX_STR_DIGITS {
        return Err(error::value_error(format!("Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit")));
    }
    Ok(())
}

/// Parses the text of `int(s, base)`.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let mut t = t;
    let lower = t.to_ascii_lowercase();
    let prefix_base = if lower.starts_with("0x") {
        Some(16)
    } else if lower.starts_with("0o") {
        Some(8)
    } else if lower.starts_with("0b") {
        Some(2)
    } else {
        None
    };
    if base == 0 {
        match prefix_base {
            Some(b) => {
                base = b;
                t = &t[2..];
                t = t.strip_prefix('_').unwrap_or(t);
            }
            None => {
                base = 10;
                // a leading zero is only allowed for zero itself
                if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                    return None;
                }
            }
        }
    } else if prefix_base == Some(base) {
        t = &t[2..];
        t = t.strip_prefix('_').unwrap_or(t);
    }
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut digits = String::with_capacity(t.len());
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        let d = if let Some(d) = c.to_digit(36) {
            d
        } else if let Some(d) = unicode_decimal(c) {
            d
        } else {
            return None;
        };
        if d >= base {
            return None;
        }
        digits.push(std::char::from_digit(d, 36).unwrap());
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// The value of a Unicode decimal digit (Nd), for `int('٣')`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return c.to_digit(10);
    }
    // Nd digits come in contiguous runs of ten starting at a code point ending in 0 (mostly).
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let cp = c as u32;
    ZEROS
        .iter()
        .find(|&&z| cp >= z && cp < z + 10)
        .map(|&z| cp - z)
}

fn int_new(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    // `int(x)` of a small int or an exact float (chaos truncates 210k
    // floats): what `to_int` does for them, without parsing arguments
    if let [_, x] = args {
        if kwnames.is_none_or(|k| k.is_empty()) && std::ptr::eq(cls, types().int) {
            if x.is_small_int() {
                return Ok(x.clone());
            }
            if let Some(f) = x
                .downcast::<FloatObj>()
                .filter(|_| x.is_exact(types().float))
            {
                let f = f.value();
                // (finite and below 2**63: the truncation converts exactly)
                if f.abs() < 9.0e18 {
                    return Ok(int_from_i64(f.trunc() as i64));
                }
            }
        }
    }
    let a = args::parse(&args[1..], kwnames, "int", &["x", "base"], 0)?;
    let v = match (&a[0], &a[1]) {
        (None, None) => Value::small(0),
        (None, Some(_)) => return Err(error::type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let base = to_i64(b).ok_or_else(|| {
                error::type_error("'str' object cannot be interpreted as an integer")
            })?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(error::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            let s: String = if let Some(s) = as_str(x) {
                s.to_string()
            } else if let Some(b) = crate::types::bytes::as_bytes(x) {
                String::from_utf8_lossy(&b).into_owned()
            } else {
                return Err(error::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            check_str_digits(&s, base as u32)?;
            match parse_int(&s, base as u32) {
                Some(b) => int_from_bigint(b),
                None => {
                    let r = vm.repr_string(x)?;
                    return Err(error::value_error(format!(
                        "invalid literal for int() with base {}: {}",
                        base, r
                    )));
                }
            }
        }
    };
    if std::ptr::eq(cls, types().int) {
        return Ok(v);
    }
    if std::ptr::eq(cls, types().bool_) {
        return Ok(Value::bool(vm.truthy(&v)?));
    }
    alloc_instance(vm, cls, IntObj::new(to_bigint(&v).unwrap()))
}

/// `int(x)` for one argument.
pub fn to_int(vm: &Vm, x: &Value) -> PyResult<Value> {
    if x.is_small_int() {
        return Ok(x.clone());
    }
    match x.kind() {
        Kind::Int if x.is_exact(types().int) => return Ok(x.clone()),
        Kind::Int if x.is_bool() => return Ok(Value::small(x.is_true() as i64)),
        Kind::Float => {
            let f = x.downcast::<FloatObj>().unwrap().value();
            if f.is_nan() {
                return Err(error::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(error::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            return Ok(int_from_bigint(float_to_bigint(f.trunc())));
        }
        Kind::Str => {
            let s = as_str(x).unwrap();
            check_str_digits(s, 10)?;
            return match parse_int(s, 10) {
                Some(b) => Ok(int_from_bigint(b)),
                None => Err(error::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    vm.repr_string(x)?
                ))),
            };
        }
        Kind::Bytes | Kind::ByteArray => {
            let b = crate::types::bytes::as_bytes(x).unwrap();
            let s = String::from_utf8_lossy(&b).into_owned();
            check_str_digits(&s, 10)?;
            return match parse_int(&s, 10) {
                Some(b) => Ok(int_from_bigint(b)),
                None => Err(error::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    vm.repr_string(x)?
                ))),
            };
        }
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            if !is_int(&r) {
                return Err(error::type_error(format!(
                    "{} returned non-int (type {})",
                    name,
                    r.ty().name()
                )));
            }
            return Ok(int_from_bigint(to_bigint(&r).unwrap()));
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        return to_int(vm, &r);
    }
    Err(error::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().name()
    )))
}

fn self_int(args: &[Value]) -> BigInt {
    to_bigint(&args[0]).unwrap()
}

fn int_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "int_hash")?;
    Ok(int_from_i64(hash_int(&args[0])))
}
fn int_bool(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(!self_int(args).is_zero()))
}
fn int_int(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_bigint(self_int(args)))
}
fn int_float(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "int_float")?;
    Ok(new_float(int_to_f64(&args[0])?))
}
fn int_neg(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_bigint(-self_int(args)))
}
fn int_abs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_bigint(self_int(args).abs()))
}
fn int_invert(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_bigint(!self_int(args)))
}
fn int_round(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "__round__", &["ndigits"], 0)?;
    let x = self_int(args);
    let nd = match &a[0] {
        None => return Ok(int_from_bigint(x)),
        Some(n) if n.is_none() => return Ok(int_from_bigint(x)),
        Some(n) => {
            let n = crate::runtime::ops::index(vm, n)?;
            let neg = to_bigint(&n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            to_i64(&n).unwrap_or(if neg { i64::MIN } else { i64::MAX })
        }
    };
    if nd >= 0 {
        return Ok(int_from_bigint(x));
    }
    // 10**k > 2*|x| once k > bits(x) + 1: everything rounds to 0.
    if nd.unsigned_abs() > x.bits() + 1 {
        return Ok(Value::small(0));
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), nd.unsigned_abs());
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
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
    Ok(int_from_bigint(q * p))
}
fn int_bit_length(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_u64(self_int(args).magnitude().bits()))
}
fn int_bit_count(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_u64(self_int(args).magnitude().count_ones()))
}
fn int_conjugate(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_bigint(self_int(args)))
}
fn int_as_integer_ratio(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple_from([
        int_from_bigint(self_int(args)),
        Value::small(1),
    ]))
}
fn int_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(crate::types::tuple::new_tuple_from([int_from_bigint(
        self_int(args),
    )]))
}
fn get_real(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(int_from_bigint(to_bigint(v).unwrap()))
}
fn get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small(0))
}
fn get_denominator(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::small(1))
}

fn int_to_bytes(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "int_to_bytes")?;
    let a = args::parse(
        &args[1..],
        kw,
        "to_bytes",
        &["length", "byteorder", "signed"],
        0,
    )?;
    let length = match &a[0] {
        Some(l) => to_i64(&crate::runtime::ops::index(vm, l)?).unwrap_or(-1),
        None => 1,
    };
    if length < 0 {
        return Err(error::value_error("length argument must be non-negative"));
    }
    let order = match &a[1] {
        Some(o) => as_str(o).unwrap_or("").to_string(),
        None => "big".to_string(),
    };
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let x = self_int(args);
    if x.is_negative() && !signed {
        return Err(error::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = x.to_signed_bytes_le();
    if !signed {
        while bytes.len() > 1 && *bytes.last().unwrap() == 0 {
            bytes.pop();
        }
        if x.is_zero() {
            bytes.clear();
        }
    } else if x.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(error::overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => {
            return Err(error::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    }
    Ok(crate::types::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "int_from_bytes")?;
    let a = args::parse(
        &args[1..],
        kw,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
    )?;
    let data = crate::types::bytes::bytes_from_iterable(vm, a[0].as_ref().unwrap())?;
    let order = match &a[1] {
        Some(o) => as_str(o).unwrap_or("").to_string(),
        None => "big".to_string(),
    };
    let signed = match &a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut le = data;
    match order.as_str() {
        "big" => le.reverse(),
        "little" => {}
        _ => {
            return Err(error::value_error(
                "byteorder must be either 'little' or 'big'",
            ))
        }
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let r = int_from_bigint(v);
    let cls = &args[0];
    if cls.is(&types().int.to_value()) {
        Ok(r)
    } else {
        vm.call(cls, &[r])
    }
}

fn bool_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "bool", &["o"], 0)?;
    Ok(Value::bool(match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    }))
}

pub(crate) fn init(t: &Registry) {
    let i = t.int;
    i.add_new(int_new);
    i.add_method("__repr__", int_repr);
    i.add_method("__format__", int_format);
    i.add_method("__hash__", int_hash);
    i.add_method("__bool__", int_bool);
    i.add_method("__int__", int_int);
    i.add_method("__index__", int_int);
    i.add_method("__trunc__", int_int);
    i.add_method("__floor__", int_int);
    i.add_method("__ceil__", int_int);
    i.add_method("__float__", int_float);
    i.add_method("__neg__", int_neg);
    i.add_method("__pos__", int_int);
    i.add_method("__abs__", int_abs);
    i.add_method("__invert__", int_invert);
    i.add_method("__round__", int_round);
    i.add_method("bit_length", int_bit_length);
    i.add_method("bit_count", int_bit_count);
    i.add_method("conjugate", int_conjugate);
    i.add_method("as_integer_ratio", int_as_integer_ratio);
    i.add_method("__getnewargs__", int_getnewargs);
    i.add_method("to_bytes", int_to_bytes);
    i.add_classmethod("from_bytes", int_from_bytes);
    i.add_getset("real", get_real, None);
    i.add_getset("imag", get_imag, None);
    i.add_getset("numerator", get_real, None);
    i.add_getset("denominator", get_denominator, None);
    add_number_binops(i, int_binop);
    add_richcmp(i, int_richcmp);
    i.add_method("__pow__", int_pow3);
    i.add_method("__rpow__", int_rpow3);
    i.add_method("__divmod__", int_divmod);
    i.add_method("__rdivmod__", int_rdivmod);
    i.set_doc("int([x]) -> integer\nint(x, base=10) -> integer");

    let b = t.bool_;
    b.add_new(bool_new);
    b.add_method("__repr__", int_repr);
}

fn int_pow3(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "index")?;
    if args.len() == 3 && !args[2].is_none() {
        if !is_int(&args[1]) || !is_int(&args[2]) {
            return Ok(Value::not_implemented());
        }
        return int_pow_mod(vm, &args[0], &args[1], &args[2]);
    }
    int_binop(vm, &args[0], &args[1], BinOp::Power)
}
fn int_rpow3(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "int_rpow3")?;
    int_binop(vm, &args[1], &args[0], BinOp::Power)
}

/// `divmod(a, b)` for ints.
pub fn int_divmod_values(a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (to_bigint(a).unwrap(), to_bigint(b).unwrap());
    if y.is_zero() {
        return Err(error::zero_division_error(
            "integer division or modulo by zero",
        ));
    }
    let (q, r) = x.div_mod_floor(&y);
    Ok(crate::types::tuple::new_tuple_from([
        int_from_bigint(q),
        int_from_bigint(r),
    ]))
}
fn int_divmod(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "int_divmod")?;
    if !is_int(&args[1]) {
        return Ok(Value::not_implemented());
    }
    int_divmod_values(&args[0], &args[1])
}
fn int_rdivmod(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "int_rdivmod")?;
    if !is_int(&args[1]) {
        return Ok(Value::not_implemented());
    }
    int_divmod_values(&args[1], &args[0])
}

/// Registers `__add__`/`__radd__`/... for every numeric operator.
pub fn add_number_binops(t: &crate::object::Obj<TypeObj>, f: crate::types::function::BinopFn) {
    let ops = [
        (BinOp::Add, "__add__", "__radd__"),
        (BinOp::Subtract, "__sub__", "__rsub__"),
        (BinOp::Multiply, "__mul__", "__rmul__"),
        (BinOp::TrueDivide, "__truediv__", "__rtruediv__"),
        (BinOp::FloorDivide, "__floordiv__", "__rfloordiv__"),
        (BinOp::Remainder, "__mod__", "__rmod__"),
        (BinOp::Power, "__pow__", "__rpow__"),
        (BinOp::And, "__and__", "__rand__"),
        (BinOp::Or, "__or__", "__ror__"),
        (BinOp::Xor, "__xor__", "__rxor__"),
        (BinOp::Lshift, "__lshift__", "__rlshift__"),
        (BinOp::Rshift, "__rshift__", "__rrshift__"),
    ];
    for (op, n, r) in ops {
        t.add_impl(n, NativeImpl::BinOp(f, op, false));
        t.add_impl(r, NativeImpl::BinOp(f, op, true));
    }
}

/// Registers the six rich comparisons.
pub fn add_richcmp(t: &crate::object::Obj<TypeObj>, f: crate::types::function::CmpFn) {
    for (op, n) in [
        (CmpOp::Lt, "__lt__"),
        (CmpOp::Le, "__le__"),
        (CmpOp::Eq, "__eq__"),
        (CmpOp::Ne, "__ne__"),
        (CmpOp::Gt, "__gt__"),
        (CmpOp::Ge, "__ge__"),
    ] {
        t.add_impl(n, NativeImpl::Cmp(f, op));
    }
}
