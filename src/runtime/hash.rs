//! Python's hash functions, bit-exact with CPython where the value is
//! deterministic (ints, floats, tuples, None) and SipHash-1-3 for str and bytes
//! keyed from `PYTHONHASHSEED` (0 gives CPython's unkeyed hashes).

use std::sync::OnceLock;

/// The modulus of numeric hashes: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
pub const INF: i64 = 314159;

/// hash() of an i64, as CPython computes it.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let neg = i < 0;
    let mut h = (i.unsigned_abs() % MODULUS) as i64;
    if neg {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash() of a big int given its sign and magnitude digits (little-endian u64).
pub fn hash_bigint(neg: bool, digits: &[u64]) -> i64 {
    // Horner's rule modulo 2**61 - 1, most significant digit first.
    let mut acc: u128 = 0;
    for &d in digits.iter().rev() {
        acc = ((acc << 64) | d as u128) % MODULUS as u128;
    }
    let mut h = acc as i64;
    if neg {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash() of a float, as CPython's `_Py_HashDouble` (NaN hashes by identity
/// in CPython 3.10+; callers pass the object address for that case).
pub fn hash_f64(v: f64, nan_identity: usize) -> i64 {
    if v.is_nan() {
        return (nan_identity >> 4) as i64;
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a finite float into mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// Combines element hashes the way CPython's tuple hash (xxHash-based) does.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

impl TupleHasher {
    pub fn new(len: usize) -> TupleHasher {
        TupleHasher {
            acc: XXPRIME_5,
            len: len as u64,
        }
    }
    pub fn add(&mut self, h: i64) {
        let lane = h as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
    }
    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

fn hash_key() -> (u64, u64) {
    static KEY: OnceLock<(u64, u64)> = OnceLock::new();
    *KEY.get_or_init(|| match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s.trim() == "0" => (0, 0),
        Ok(s) if s.trim().parse::<u32>().is_ok() => {
            let seed = s.trim().parse::<u32>().unwrap() as u64;
            (seed.wrapping_mul(0x9E3779B97F4A7C15), seed ^ 0xDEADBEEF)
        }
        _ => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0);
            let addr = &t as *const u64 as u64;
            (
                t ^ 0x736f6d6570736575,
                addr.rotate_left(17) ^ 0x646f72616e646f6d,
            )
        }
    })
}

/// hash() of a str or bytes: SipHash-1-3 over the bytes (for non-ASCII str,
/// krait hashes its UTF-8 bytes; CPython hashes its internal code units, so only
/// ASCII strings hash identically).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_key();
    let h = siphash13(k0, k1, data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let len = src.len();
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let rest = chunks.remainder();
    let mut t: u64 = 0;
    for (i, &b) in rest.iter().enumerate() {
        t |= (b as u64) << (8 * i);
    }
    let b = ((len as u64) << 56) | t;
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_and_floats_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-2.0, 0), -2);
        assert_eq!(hash_f64(0.1, 0), 230584300921369408);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // hash((1, 2)) in CPython 3.11
        let mut h = TupleHasher::new(2);
        h.add(1);
        h.add(2);
        assert_eq!(h.finish(), -3550055125485641917);
    }

    #[test]
    fn siphash_unkeyed_matches_cpython() {
        // PYTHONHASHSEED=0 python3 -c "print(hash('a'))"
        assert_eq!(siphash13(0, 0, b"a") as i64, 4644417185603328019);
        assert_eq!(
            siphash13(0, 0, b"hello world!!") as i64,
            -8602798515680944651
        );
    }
}
