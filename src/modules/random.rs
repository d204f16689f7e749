//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, as
//! CPython's `_randommodule.c`: the same numbers for the same seed.
//!
//! The generator's state lives in the object and is touched only with the
//! object's lock held; nothing called under it runs Python code.

use std::cell::UnsafeCell;

use num_bigint::BigUint;

use crate::object::{self, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::float::new_float;
use crate::types::int::{int_from_bigint, int_from_i64, is_int, to_bigint};
use crate::types::module::{new_module, set_attr};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::types::typeobj::{alloc_instance, inherits_init, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

struct Mt {
    mt: [u32; N],
    /// The next word to temper; `N` means the state must be twisted first.
    mti: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.mti = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let x = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (x ^ (x >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let x = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (x ^ (x >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.mti = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.mti >= N {
            self.twist();
        }
        let mut y = self.mt[self.mti];
        self.mti += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`genrand_res53`).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

pub struct RandomObj {
    st: UnsafeCell<Mt>,
}

// SAFETY: `st` is only touched with the owning object's lock held (`locked`).
unsafe impl Sync for RandomObj {}
// SAFETY: as above.
unsafe impl Send for RandomObj {}

impl Obj<RandomObj> {
    /// Runs `f` on the state with the object's lock held (`f` runs no
    /// Python code).
    #[inline]
    fn locked<R>(&self, f: impl FnOnce(&mut Mt) -> R) -> R {
        self.with_lock(|| {
            // SAFETY: the lock is held for the duration of `f`.
            f(unsafe { &mut *self.data.st.get() })
        })
    }
}

fn rnd(v: &Value) -> PyResult<&Obj<RandomObj>> {
    v.downcast::<RandomObj>().ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            v.ty().name()
        ))
    })
}

/// The key `seed(arg)` initializes the state from: the 32-bit words of
/// `abs(arg)` for an int, of `hash(arg)` (as unsigned) for anything else,
/// of the OS's random bytes for None.
fn seed_key(vm: &Vm, arg: Option<&Value>) -> PyResult<Vec<u32>> {
    let n: BigUint = match arg {
        None => return Ok(os_random_key()),
        Some(a) if a.is_none() => return Ok(os_random_key()),
        Some(a) if is_int(a) => to_bigint(a).unwrap_or_default().magnitude().clone(),
        Some(a) => BigUint::from(ops::hash(vm, a)? as u64),
    };
    let words = n.to_u32_digits();
    Ok(if words.is_empty() { vec![0] } else { words })
}

/// N words from the OS's random source (CPython's `random_seed_urandom`);
/// if that cannot be read, the time and the process's address layout.
fn os_random_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok()
    {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let here = &buf as *const Vec<u8> as usize as u128;
    let x = t ^ (here << 32);
    vec![
        x as u32,
        (x >> 32) as u32,
        (x >> 64) as u32,
        (x >> 96) as u32,
    ]
}

/// `Random.__new__`: an unseeded generator (all-zero state, as CPython's
/// generic allocation leaves it); `__init__` seeds it.
fn random_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "Random.__new__")?;
    let cls = args[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("Random.__new__(X): X is not a type object"))?;
    let body = RandomObj {
        st: UnsafeCell::new(Mt { mt: [0; N], mti: 0 }),
    };
    if std::ptr::eq(cls, types().random) {
        Ok(object::alloc(types().random, body))
    } else {
        alloc_instance(vm, cls, body)
    }
}

/// `Random.__init__(self, seed=None)`: keywords are refused unless a
/// subclass's own `__init__` takes them.
fn random_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::need(args, 1, "Random.__init__")?;
    let r = rnd(&args[0])?;
    let nkw = kw.map_or(0, |k| k.len());
    if nkw > 0 && inherits_init(args[0].ty(), types().random) {
        return Err(error::type_error("Random() takes no keyword arguments"));
    }
    let pos = &args[1..args.len() - nkw];
    if pos.len() > 1 {
        return Err(error::type_error("Random() requires 0 or 1 argument"));
    }
    let key = seed_key(vm, pos.first())?;
    r.locked(|st| st.init_by_array(&key));
    Ok(Value::none())
}

fn seed(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "seed", 0, 1)?;
    let r = rnd(&args[0])?;
    let key = seed_key(vm, args.get(1))?;
    r.locked(|st| st.init_by_array(&key));
    Ok(Value::none())
}

fn random(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "Random.random", 0, 0)?;
    Ok(new_float(rnd(&args[0])?.locked(|st| st.random())))
}

fn getrandbits(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "Random.getrandbits", 1, 1)?;
    let r = rnd(&args[0])?;
    let k = ops::index_isize(vm, &args[1])?;
    if k < 0 {
        return Err(error::value_error("number of bits must be non-negative"));
    }
    let k = k as usize;
    if k == 0 {
        return Ok(Value::small(0));
    }
    if k <= 32 {
        return Ok(int_from_i64(r.locked(|st| st.next_u32() >> (32 - k)) as i64));
    }
    crate::types::str::check_alloc(k / 8)?;
    // little-endian 32-bit words, the last one cut to the bits left
    let words: Vec<u32> = r.locked(|st| {
        let mut left = k;
        let mut out = Vec::with_capacity(k.div_ceil(32));
        while left > 0 {
            let w = st.next_u32();
            out.push(if left < 32 { w >> (32 - left) } else { w });
            left = left.saturating_sub(32);
        }
        out
    });
    Ok(int_from_bigint(BigUint::from_slice(&words).into()))
}

fn getstate(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "Random.getstate", 0, 0)?;
    let (mt, mti) = rnd(&args[0])?.locked(|st| (st.mt, st.mti));
    let mut items: Vec<Value> = mt.iter().map(|&w| int_from_i64(w as i64)).collect();
    items.push(Value::small(mti as i64));
    Ok(new_tuple(items))
}

fn setstate(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "Random.setstate", 1, 1)?;
    let r = rnd(&args[0])?;
    let state = &args[1];
    if state.kind() != crate::object::Kind::Tuple {
        return Err(error::type_error("state vector must be a tuple"));
    }
    let items = crate::types::tuple::as_slice(state);
    if items.len() != N + 1 {
        return Err(error::value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, x) in mt.iter_mut().zip(items) {
        if !is_int(x) {
            return Err(error::type_error("an integer is required"));
        }
        let b = to_bigint(x).unwrap_or_default();
        if b.sign() == num_bigint::Sign::Minus {
            return Err(error::overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        let u = u64::try_from(&b).map_err(|_| {
            error::overflow_error("Python int too large to convert to C unsigned long")
        })?;
        // (as CPython: a word beyond 32 bits keeps its low 32)
        *w = u as u32;
    }
    let index = ops::index_isize(vm, &items[N])?;
    if index < 0 || index > N as isize {
        return Err(error::value_error("invalid state"));
    }
    r.locked(|st| {
        st.mt = mt;
        st.mti = index as usize;
    });
    Ok(Value::none())
}

pub(crate) fn init_types(t: &Registry) {
    let ty = t.random;
    ty.add_new(random_new);
    ty.add_method("__init__", random_init);
    ty.add_method("seed", seed);
    ty.add_method("random", random);
    ty.add_method("getrandbits", getrandbits);
    ty.add_method("getstate", getstate);
    ty.add_method("setstate", setstate);
    ty.set_attr_raw("__module__", new_str("_random".into()));
    ty.set_doc("Random() -> create a random number generator with its own internal state.");
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_random");
    set_attr(&m, "Random", types().random.to_value());
    m
}
