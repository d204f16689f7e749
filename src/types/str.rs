//! `str`: immutable Unicode text stored as UTF-8, with its length in code points
//! and a cached hash. Indexing is O(1) for ASCII text and a scan otherwise.
//! Interned strings (identifiers, attribute names) are immortal and shared.

use parking_lot::Mutex;
use specializer::{BinOp, CmpOp};
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::object::{self, Kind, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyResult};
use crate::runtime::format;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, is_int, to_i64};
use crate::types::list::new_list;
use crate::types::tuple::new_tuple_from;
use crate::types::typeobj::{alloc_instance, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

pub struct StrObj {
    /// The text. Never changed once the object can be seen by anything but
    /// its creator, except by [`StrObj::append_unique`], whose caller holds
    /// every reference there is (see there); that is what makes the shared
    /// `&str` views handed out by [`StrObj::as_str`] sound.
    s: std::cell::UnsafeCell<String>,
    nchars: AtomicUsize,
    hash: AtomicI64,
    /// For long non-ASCII text: the byte offset of every
    /// [`CHARS_PER_MARK`]th code point, built at the first index or slice
    /// that needs it (null until then; a leaked `Box<[u32]>`, freed on drop
    /// and when `append_unique` changes the text), so `s[i]` costs a walk
    /// of at most that many code points instead of one from the start.
    marks: std::sync::atomic::AtomicPtr<Marks>,
}

/// Code points between two entries of [`StrObj::marks`].
const CHARS_PER_MARK: usize = 64;
/// Text shorter than this (in code points) is walked from the start.
const MARKS_MIN_CHARS: usize = 256;

/// Byte offsets of code points 0, 64, 128, ... of a str's text.
pub struct Marks(Box<[u32]>);

impl Drop for StrObj {
    fn drop(&mut self) {
        let p = *self.marks.get_mut();
        if !p.is_null() {
            // SAFETY: a non-null `marks` came from `Box::into_raw` in
            // `StrObj::marks` and is freed only here or in `append_unique`,
            // both with no other reference to the object.
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

// SAFETY: the only mutation of `s` happens with no other reference to the
// object anywhere (`append_unique`'s contract), so no thread can observe it.
unsafe impl Sync for StrObj {}

impl StrObj {
    pub fn new(mut s: String) -> StrObj {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        s.shrink_to_fit();
        StrObj {
            s: std::cell::UnsafeCell::new(s),
            nchars: AtomicUsize::new(nchars),
            hash: AtomicI64::new(-1),
            marks: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: see the field: nothing changes the text while a reference
        // other than the appender's exists, and this borrow came through one.
        unsafe { (*self.s.get()).as_str() }
    }

    /// Appends `tail` in place (`s += t` on a str nothing else refers to):
    /// the text grows with amortized doubling, the cached hash is dropped.
    ///
    /// # Safety
    /// The caller's references must be the only references to this object
    /// anywhere (no other `Value`, no borrowed word, no `&str` from
    /// `as_str` alive), so that nothing can observe the change.
    pub unsafe fn append_unique(&self, tail: &str) {
        let tail_chars = if tail.is_ascii() {
            tail.len()
        } else {
            tail.chars().count()
        };
        // SAFETY: caller contract: no other reference, so no other borrow.
        unsafe { (*self.s.get()).push_str(tail) };
        self.nchars.fetch_add(tail_chars, Ordering::Relaxed);
        self.hash.store(-1, Ordering::Relaxed);
        let p = self.marks.swap(std::ptr::null_mut(), Ordering::Relaxed);
        if !p.is_null() {
            // SAFETY: as in `Drop`: from `Box::into_raw`, and no other
            // reference exists (this function's contract) to be reading it.
            drop(unsafe { Box::from_raw(p) });
        }
    }

    /// The offsets of every `CHARS_PER_MARK`th code point, built once.
    fn marks(&self) -> &[u32] {
        let p = self.marks.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: published below with Release after being fully built;
            // freed only with no other reference to the object.
            return unsafe { &(*p).0 };
        }
        let text = self.as_str();
        let marks: Box<[u32]> = text
            .char_indices()
            .step_by(CHARS_PER_MARK)
            .map(|(b, _)| b as u32)
            .collect();
        let new = Box::into_raw(Box::new(Marks(marks)));
        match self.marks.compare_exchange(
            std::ptr::null_mut(),
            new,
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            // SAFETY: just published; lives as long as the object (above).
            Ok(_) => unsafe { &(*new).0 },
            Err(theirs) => {
                // another thread built it first: use theirs, free ours
                // SAFETY: `new` was never shared.
                drop(unsafe { Box::from_raw(new) });
                // SAFETY: as for the first load.
                unsafe { &(*theirs).0 }
            }
        }
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars.load(Ordering::Relaxed) == self.as_str().len()
    }

    #[inline(always)]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        self.hash_slow()
    }

    #[cold]
    #[inline(never)]
    fn hash_slow(&self) -> i64 {
        let h = crate::runtime::hash::hash_bytes(self.as_str().as_bytes());
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// Byte offset of code point `i` (i <= nchars).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        let text = self.as_str();
        let (from, skip) = if self.char_len() >= MARKS_MIN_CHARS && text.len() <= u32::MAX as usize
        {
            let m = self.marks();
            match m.get(i / CHARS_PER_MARK) {
                Some(&b) => (b as usize, i % CHARS_PER_MARK),
                None => (0, i),
            }
        } else {
            (0, i)
        };
        text[from..]
            .char_indices()
            .nth(skip)
            .map(|(b, _)| from + b)
            .unwrap_or(text.len())
    }

    /// The code point at index `i` (i < nchars).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.as_str().as_bytes()[i] as char;
        }
        let b = self.byte_offset(i);
        self.as_str()[b..].chars().next().unwrap_or('\0')
    }

    /// Substring by code-point range.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            end
        } else {
            a + self.as_str()[a..]
                .char_indices()
                .nth(end - start)
                .map(|(b, _)| b)
                .unwrap_or(self.as_str().len() - a)
        };
        &self.as_str()[a..b]
    }
}

/// A new str value.
pub fn new_str(s: String) -> Value {
    if s.len() == 1 {
        // one-character ASCII strings are shared, as in CPython
        return char_str(s.as_bytes()[0] as char);
    }
    object::alloc(types().str, StrObj::new(s))
}

/// The str of one code point: for U+0000..U+00FF one shared, immortal
/// object per character (CPython keeps the same Latin-1 singletons), taken
/// from a table without hashing or locking; above that a new str.
#[inline]
pub fn char_str(c: char) -> Value {
    static LATIN1: OnceLock<Vec<Value>> = OnceLock::new();
    if (c as u32) < 256 {
        let t = LATIN1.get_or_init(|| {
            (0u8..=255)
                .map(|b| intern((b as char).encode_utf8(&mut [0u8; 4])))
                .collect()
        });
        return t[c as usize].clone();
    }
    let mut b = [0u8; 4];
    object::alloc(types().str, StrObj::new(c.encode_utf8(&mut b).to_string()))
}

pub fn new_str_from(s: &str) -> Value {
    new_str(s.to_string())
}

/// The interned-string table, in shards chosen by a hash of the text, so that
/// threads interning different names (attribute names from `getattr`, say)
/// rarely meet on one lock.
const INTERN_SHARDS: usize = 16;

fn interned(s: &str) -> &'static Mutex<HashMap<&'static str, usize>> {
    static T: OnceLock<[Mutex<HashMap<&'static str, usize>>; INTERN_SHARDS]> = OnceLock::new();
    let shards = T.get_or_init(|| std::array::from_fn(|_| Mutex::new(HashMap::new())));
    // FNV-1a over the bytes: cheap, and only spreads the shards
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    &shards[h as usize % INTERN_SHARDS]
}

/// A `&'static` interned str for a literal name, resolved once per call site.
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        static N: std::sync::OnceLock<$crate::value::Value> = std::sync::OnceLock::new();
        N.get_or_init(|| $crate::types::str::intern($s))
    }};
}

/// Slots of [`INTERNED_HERE`].
const INTERN_CACHE: usize = 64;

thread_local! {
    /// This thread's recent [`intern`] results, by the address and length
    /// of the text asked for (a name given as a literal, as most are, has
    /// one address): the words of immortal strs, 0 for none. A hit is
    /// checked against the str's text, so a reused buffer never answers
    /// wrongly. Runtime paths that name a special method by text
    /// (`call_special(obj, "__getitem__")`, ...) intern it at each call:
    /// with the table's lock and hash that was 10% of a workload whose
    /// class defines `__getitem__` (`benches/workloads/lu_sor.py`).
    static INTERNED_HERE: [std::cell::Cell<usize>; INTERN_CACHE] =
        const { [const { std::cell::Cell::new(0) }; INTERN_CACHE] };
}

/// The interned, immortal str for `s`.
pub fn intern(s: &str) -> Value {
    let slot =
        ((s.as_ptr() as usize ^ s.len()).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) % INTERN_CACHE;
    let cached = INTERNED_HERE.try_with(|c| c[slot].get()).unwrap_or(0);
    if cached != 0 {
        // SAFETY: the cache holds only words of interned strs, immortal.
        let v = unsafe { Value::from_raw_borrowed(cached) };
        if as_str(&v) == Some(s) {
            return v;
        }
    }
    let v = intern_slow(s);
    let _ = INTERNED_HERE.try_with(|c| c[slot].set(v.raw()));
    v
}

fn intern_slow(s: &str) -> Value {
    let mut t = interned(s).lock();
    if let Some(&w) = t.get(s) {
        // SAFETY: interned strings are immortal.
        return unsafe { Value::from_raw_borrowed(w) };
    }
    let v = object::alloc(types().str, StrObj::new(s.to_string()));
    v.header().unwrap().make_immortal();
    let so = v.downcast::<StrObj>().unwrap();
    so.hash();
    // SAFETY: the object is immortal, so its text lives for the process.
    let key: &'static str = unsafe { &*(so.as_str() as *const str) };
    t.insert(key, v.raw());
    v
}

/// Interns an existing str value (`sys.intern`).
pub fn intern_value(v: &Value) -> Value {
    match as_str(v) {
        Some(s) => intern(s),
        None => v.clone(),
    }
}

/// The text of a str (or str subclass) value.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.downcast::<StrObj>().map(|s| s.as_str())
}

/// The str object behind a value known to be a str (panics otherwise).
pub fn as_str_obj(v: &Value) -> &Obj<StrObj> {
    v.downcast::<StrObj>().expect("str")
}

/// `repr()` of text: quotes chosen like CPython, with escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !c.is_ascii() && !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` of text: like repr, with every non-ASCII character escaped.
pub fn ascii_str(s: &str) -> String {
    let r = repr_str(s);
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// Unicode "printable" as Python's `str.isprintable` defines it (approximation:
/// not a control, format, surrogate, private-use, unassigned, or separator other than space).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Format characters (Cf) and separators
    matches!(n, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xf0000..=0x10ffff | 0xfffe | 0xffff)
        .then_some(false)
        .unwrap_or(true)
}

/// Python's `str.isspace` for one character.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x1c..=0x1f)
}

pub fn contains(c: &Value, v: &Value) -> PyResult<bool> {
    let hay = as_str(c).unwrap();
    match as_str(v) {
        Some(n) => Ok(hay.contains(n)),
        None => Err(error::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            v.ty().name()
        ))),
    }
}

fn so(v: &Value) -> &Obj<StrObj> {
    v.downcast::<StrObj>().expect("str")
}

fn arg_str<'a>(v: &'a Value, fname: &str, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        error::type_error(format!(
            "{}() argument {} must be str, not {}",
            fname,
            what,
            v.ty().name()
        ))
    })
}

/// Normalizes a Python slice-style start/end pair to code-point indices.
fn norm_range(
    vm: &Vm,
    len: usize,
    start: &Option<Value>,
    end: &Option<Value>,
) -> PyResult<(usize, usize)> {
    let conv = |v: &Option<Value>, default: isize| -> PyResult<isize> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => crate::runtime::ops::index_isize(vm, v),
        }
    };
    let n = len as isize;
    let mut s = conv(start, 0)?;
    let mut e = conv(end, n)?;
    if s < 0 {
        s = (s + n).max(0);
    }
    if e < 0 {
        e = (e + n).max(0);
    }
    Ok((s.min(n) as usize, e.min(n) as usize))
}

// ---- construction ----------------------------------------------------------

fn str_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let a = args::parse(&args[1..], kw, "str", &["object", "encoding", "errors"], 0)?;
    let s = match (&a[0], &a[1], &a[2]) {
        (None, _, _) => new_str(String::new()),
        (Some(o), None, None) => vm.str(o)?,
        (Some(o), enc, errs) => {
            let data = crate::types::bytes::as_bytes(o).ok_or_else(|| {
                error::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.ty().name()
                ))
            })?;
            let enc = enc.as_ref().and_then(as_str).unwrap_or("utf-8").to_string();
            let errs = errs
                .as_ref()
                .and_then(as_str)
                .unwrap_or("strict")
                .to_string();
            new_str(crate::types::bytes::decode(&data, &enc, &errs)?)
        }
    };
    if std::ptr::eq(cls, types().str) {
        Ok(s)
    } else {
        alloc_instance(vm, cls, StrObj::new(as_str(&s).unwrap().to_string()))
    }
}

fn str_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_repr")?;
    Ok(new_str(repr_str(so(&args[0]).as_str())))
}
fn str_str(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_str")?;
    if args[0].is_exact(types().str) {
        return Ok(args[0].clone());
    }
    Ok(new_str(so(&args[0]).as_str().to_string()))
}
fn str_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_hash")?;
    Ok(int_from_i64(so(&args[0]).hash()))
}
fn str_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_len")?;
    Ok(int_from_i64(so(&args[0]).char_len() as i64))
}
fn str_contains(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_contains")?;
    Ok(Value::bool(contains(&args[0], &args[1])?))
}
fn str_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_iter")?;
    Ok(crate::types::iter::new_seq_iter(
        types().str_iterator,
        args[0].clone(),
    ))
}

/// `s[i]` / `s[a:b:c]`.
pub fn str_getitem_value(vm: &Vm, s: &Value, k: &Value) -> PyResult<Value> {
    let st = so(s);
    if let Some(sl) = k.downcast::<crate::types::slice::SliceObj>() {
        let (start, stop, step, n) = sl.indices(vm, st.char_len())?;
        if step == 1 {
            return Ok(new_str(if n == 0 {
                String::new()
            } else {
                st.substr(start as usize, stop as usize).to_string()
            }));
        }
        let chars: Vec<char> = st.as_str().chars().collect();
        let mut out = String::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(new_str(out));
    }
    let i = if is_int(k) {
        to_i64(k)
            .ok_or_else(|| error::index_error("cannot fit 'int' into an index-sized integer"))?
    } else if k.ty().lookup_str("__index__").is_some() {
        crate::runtime::ops::index_isize(vm, k)? as i64
    } else {
        return Err(error::type_error(format!(
            "string indices must be integers, not '{}'",
            k.ty().name()
        )));
    };
    getitem_int(s, i)
}

/// `s[i]` for a str and an index that fits 64 bits.
#[inline]
pub fn getitem_int(s: &Value, i: i64) -> PyResult<Value> {
    let st = so(s);
    let n = st.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(error::index_error("string index out of range"));
    }
    Ok(char_str(st.char_at(j as usize)))
}

fn str_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_getitem")?;
    str_getitem_value(vm, &args[0], &args[1])
}

/// `a + b` and `a * n` for strs.
pub fn str_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
                return Ok(Value::not_implemented());
            };
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(new_str(s))
        }
        BinOp::Multiply => {
            let (s, n) = if let Some(s) = as_str(a) {
                (s, b)
            } else if let Some(s) = as_str(b) {
                (s, a)
            } else {
                return Ok(Value::not_implemented());
            };
            if !is_int(n) && n.ty().lookup_str("__index__").is_none() {
                return Ok(Value::not_implemented());
            }
            let n = repeat_count(vm, n)?;
            if n == 0 || s.is_empty() {
                return Ok(new_str(String::new()));
            }
            if s.len()
                .checked_mul(n)
                .is_none_or(|t| t > isize::MAX as usize / 2)
            {
                return Err(error::overflow_error("repeated string is too long"));
            }
            check_alloc(s.len() * n)?;
            Ok(new_str(s.repeat(n)))
        }
        BinOp::Remainder => {
            let Some(s) = as_str(a) else {
                return Ok(Value::not_implemented());
            };
            Ok(new_str(crate::runtime::strformat::percent_format(
                vm, s, b,
            )?))
        }
        _ => Ok(Value::not_implemented()),
    }
}

static ALLOC_LIMIT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1 << 38);

/// Sets the largest single allocation a program may request (fuzzing lowers it).
pub fn set_alloc_limit(bytes: usize) {
    ALLOC_LIMIT.store(bytes, std::sync::atomic::Ordering::Relaxed);
}

/// Refuses allocations that cannot succeed, with MemoryError instead of an abort.
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes > ALLOC_LIMIT.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(error::memory_error(""));
    }
    Ok(())
}

/// A sequence repeat count (`s * n`): negative counts mean zero.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<usize> {
    let i = crate::runtime::ops::index(vm, n)?;
    match to_i64(&i) {
        Some(x) if x <= 0 => Ok(0),
        Some(x) => Ok(x as usize),
        None => {
            if crate::types::int::to_bigint(&i).unwrap() < num_bigint::BigInt::from(0) {
                Ok(0)
            } else {
                Err(error::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
    }
}

fn str_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => Ok(Value::bool(crate::runtime::ops::cmp_ord(x.cmp(y), op))),
        _ => Ok(Value::not_implemented()),
    }
}

fn str_format_spec(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_format_spec")?;
    let s = so(&args[0]).as_str();
    let spec = as_str(&args[1]).ok_or_else(|| error::type_error("format spec must be str"))?;
    if spec.is_empty() {
        return Ok(new_str(s.to_string()));
    }
    Ok(new_str(format::format_str(s, &format::parse_spec(spec)?)?))
}

fn str_mod(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_mod")?;
    str_binop(vm, &args[0], &args[1], BinOp::Remainder)
}
fn str_rmod(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

// ---- methods ---------------------------------------------------------------

fn s0(args: &[Value]) -> &str {
    so(&args[0]).as_str()
}

fn str_join(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "join", 1, 1)?;
    let sep = s0(args);
    let items = vm.iterate(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(error::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    it.ty().name()
                )))
            }
        }
    }
    Ok(new_str(out))
}

fn split_whitespace(s: &str, maxsplit: isize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(rest.to_string());
            return out;
        }
        match rest.find(is_py_space) {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = rest[i..].trim_start_matches(is_py_space);
                n += 1;
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: isize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(rest.to_string());
            break;
        }
        match rest.rfind(is_py_space) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                out.push(rest[i + c.len_utf8()..].to_string());
                rest = rest[..i].trim_end_matches(is_py_space);
                n += 1;
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    out.reverse();
    out
}

fn split_args(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
) -> PyResult<(Option<String>, isize)> {
    let a = args::parse(&args[1..], kw, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let s = as_str(v).ok_or_else(|| {
                error::type_error(format!("must be str or None, not {}", v.ty().name()))
            })?;
            if s.is_empty() {
                return Err(error::value_error("empty separator"));
            }
            Some(s.to_string())
        }
    };
    let max = match &a[1] {
        None => -1,
        Some(v) => crate::runtime::ops::index_isize(vm, v)?,
    };
    Ok((sep, max))
}

fn str_split(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let s = s0(args);
    let parts: Vec<String> = match sep {
        None => split_whitespace(s, max),
        Some(sep) => {
            if max < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_rsplit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let s = s0(args);
    let parts: Vec<String> = match sep {
        None => rsplit_whitespace(s, max),
        Some(sep) => {
            let mut v: Vec<String> = if max < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

/// Line boundaries as `str.splitlines` defines them.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(if keepends {
                s[start..end].to_string()
            } else {
                s[start..i].to_string()
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    out
}

fn str_splitlines(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(new_list(
        splitlines(s0(args), keep)
            .into_iter()
            .map(new_str)
            .collect(),
    ))
}

fn strip_impl(
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, name, 0, 1)?;
    let s = s0(args);
    let chars: Option<Vec<char>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            as_str(v)
                .ok_or_else(|| error::type_error(format!("{} arg must be None or str", name)))?
                .chars()
                .collect(),
        ),
    };
    let pred = |c: char| match &chars {
        None => is_py_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() && args[0].is_exact(types().str) {
        return Ok(args[0].clone());
    }
    Ok(new_str(r.to_string()))
}
fn str_strip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "strip", true, true)
}
fn str_lstrip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", true, false)
}
fn str_rstrip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", false, true)
}

fn str_replace(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "replace", 2, 3)?;
    let s = s0(args);
    let old = arg_str(&args[1], "replace", "1")?;
    let new = arg_str(&args[2], "replace", "2")?;
    let count = match args.get(3) {
        Some(c) => crate::runtime::ops::index_isize(vm, c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            // insert between every character
            let mut out = String::new();
            out.push_str(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_str(out));
        }
        return Ok(new_str(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        if n < count {
            out.push_str(new);
            n += 1;
        }
        for c in s.chars() {
            out.push(c);
            if n < count {
                out.push_str(new);
                n += 1;
            }
        }
        return Ok(new_str(out));
    }
    Ok(new_str(s.replacen(old, new, count as usize)))
}

/// Finds `sub` in `s[start:end]` (code points); returns a code-point index.
fn find_impl(vm: &Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    if args.len() < 2 || args.len() > 4 {
        return Err(error::type_error(format!(
            "{} expected at least 1 argument, got {}",
            name,
            args.len() - 1
        )));
    }
    let st = so(&args[0]);
    let sub = as_str(&args[1])
        .ok_or_else(|| error::type_error(format!("must be str, not {}", args[1].ty().name())))?;
    if let Some(s) = args.get(2).filter(|s| !s.is_none()) {
        let raw = crate::runtime::ops::index_isize(vm, s)?;
        if raw > st.char_len() as isize {
            return Ok(None);
        }
    }
    let (start, end) = norm_range(
        vm,
        st.char_len(),
        &args.get(2).cloned(),
        &args.get(3).cloned(),
    )?;
    if start > end || (end - start) < sub.chars().count() {
        if sub.is_empty() && start <= end {
            return Ok(Some(if rev { end } else { start }));
        }
        return Ok(None);
    }
    let hay = st.substr(start, end);
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|b| {
        start
            + if st.is_ascii() {
                b
            } else {
                hay[..b].chars().count()
            }
    }))
}

fn str_find(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_i64(
        find_impl(vm, args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn str_rfind(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(int_from_i64(
        find_impl(vm, args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn str_index(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(int_from_i64(i as i64)),
        None => Err(error::value_error("substring not found")),
    }
}
fn str_rindex(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(int_from_i64(i as i64)),
        None => Err(error::value_error("substring not found")),
    }
}
fn str_count(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let st = so(&args[0]);
    let sub = as_str(
        args.get(1)
            .ok_or_else(|| error::type_error("count() takes at least 1 argument (0 given)"))?,
    )
    .ok_or_else(|| error::type_error(format!("must be str, not {}", args[1].ty().name())))?;
    let (start, end) = norm_range(
        vm,
        st.char_len(),
        &args.get(2).cloned(),
        &args.get(3).cloned(),
    )?;
    if start > end {
        return Ok(Value::small(0));
    }
    let hay = st.substr(start, end);
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(int_from_i64(n as i64))
}

fn prefix_impl(vm: &Vm, args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    let st = so(&args[0]);
    let what = args.get(1).ok_or_else(|| {
        error::type_error(format!("{}() takes at least 1 argument (0 given)", name))
    })?;
    if let Some(s) = args.get(2).filter(|s| !s.is_none()) {
        let raw = crate::runtime::ops::index_isize(vm, s)?;
        if raw > st.char_len() as isize {
            return Ok(Value::bool(false));
        }
    }
    let (start, end) = norm_range(
        vm,
        st.char_len(),
        &args.get(2).cloned(),
        &args.get(3).cloned(),
    )?;
    let candidates: Vec<Value> = if let Some(t) = crate::types::tuple::as_tuple(what) {
        t.to_vec()
    } else {
        vec![what.clone()]
    };
    if start > end {
        return Ok(Value::bool(false));
    }
    let hay = st.substr(start, end);
    for c in candidates {
        let Some(p) = as_str(&c) else {
            return Err(error::type_error(
                if crate::types::tuple::as_tuple(what).is_some() {
                    format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        c.ty().name()
                    )
                } else {
                    format!(
                        "{} first arg must be str or a tuple of str, not {}",
                        name,
                        c.ty().name()
                    )
                },
            ));
        };
        if (suffix && hay.ends_with(p)) || (!suffix && hay.starts_with(p)) {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}
fn str_startswith(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    prefix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    prefix_impl(vm, args, "endswith", true)
}

fn str_upper(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str(s0(args).to_uppercase()))
}
fn str_lower(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str(s0(args).to_lowercase()))
}
fn str_casefold(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str(
        s0(args).to_lowercase().replace('ß', "ss").replace('ς', "σ"),
    ))
}
fn str_swapcase(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let mut out = String::new();
    for c in s0(args).chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || c.is_titlecase_like()
}
trait TitleLike {
    fn is_titlecase_like(&self) -> bool;
}
impl TitleLike for char {
    fn is_titlecase_like(&self) -> bool {
        matches!(*self as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
    }
}
/// Titlecase of a character (differs from uppercase for the Latin digraphs).
fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x1c4..=0x1c6 => out.push('\u{1c5}'),
        0x1c7..=0x1c9 => out.push('\u{1c8}'),
        0x1ca..=0x1cc => out.push('\u{1cb}'),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        _ => out.extend(c.to_uppercase()),
    }
}

fn str_title(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s0(args).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}
fn str_capitalize(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let s = s0(args);
    let mut cs = s.chars();
    let mut out = String::new();
    if let Some(f) = cs.next() {
        push_title(&mut out, f);
        out.push_str(&cs.as_str().to_lowercase());
    }
    Ok(new_str(out))
}

fn pad_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<(usize, char)> {
    if args.len() < 2 || args.len() > 3 {
        return Err(error::type_error(format!(
            "{} expected at least 1 argument, got {}",
            name,
            args.len() - 1
        )));
    }
    let w = crate::runtime::ops::index_isize(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => ' ',
        Some(f) => {
            let s = as_str(f).ok_or_else(|| {
                error::type_error(format!(
                    "{}() argument 2 must be str, not {}",
                    name,
                    f.ty().name()
                ))
            })?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(error::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok((w, fill))
}
fn fill(c: char, n: usize) -> String {
    std::iter::repeat(c).take(n).collect()
}
fn str_center(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_center")?;
    let (w, f) = pad_args(vm, args, "center")?;
    let st = so(&args[0]);
    let n = st.char_len();
    if w <= n {
        return Ok(args[0].clone());
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    Ok(new_str(format!(
        "{}{}{}",
        fill(f, left),
        st.as_str(),
        fill(f, marg - left)
    )))
}
fn str_ljust(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_ljust")?;
    let (w, f) = pad_args(vm, args, "ljust")?;
    let st = so(&args[0]);
    let n = st.char_len();
    if w <= n {
        return Ok(args[0].clone());
    }
    Ok(new_str(format!("{}{}", st.as_str(), fill(f, w - n))))
}
fn str_rjust(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_rjust")?;
    let (w, f) = pad_args(vm, args, "rjust")?;
    let st = so(&args[0]);
    let n = st.char_len();
    if w <= n {
        return Ok(args[0].clone());
    }
    Ok(new_str(format!("{}{}", fill(f, w - n), st.as_str())))
}
fn str_zfill(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], None, "zfill", 1, 1)?;
    let w = crate::runtime::ops::index_isize(vm, &args[1])?.max(0) as usize;
    let st = so(&args[0]);
    let n = st.char_len();
    if w <= n {
        return Ok(args[0].clone());
    }
    let s = st.as_str();
    let (sign, rest) = if s.starts_with(['+', '-']) {
        (&s[..1], &s[1..])
    } else {
        ("", s)
    };
    Ok(new_str(format!("{}{}{}", sign, "0".repeat(w - n), rest)))
}
fn str_partition(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_partition")?;
    let s = s0(args);
    let sep = as_str(&args[1])
        .ok_or_else(|| error::type_error(format!("must be str, not {}", args[1].ty().name())))?;
    if sep.is_empty() {
        return Err(error::value_error("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => new_tuple_from([
            new_str(s[..i].to_string()),
            args[1].clone(),
            new_str(s[i + sep.len()..].to_string()),
        ]),
        None => new_tuple_from([
            args[0].clone(),
            new_str(String::new()),
            new_str(String::new()),
        ]),
    })
}
fn str_rpartition(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_rpartition")?;
    let s = s0(args);
    let sep = as_str(&args[1])
        .ok_or_else(|| error::type_error(format!("must be str, not {}", args[1].ty().name())))?;
    if sep.is_empty() {
        return Err(error::value_error("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => new_tuple_from([
            new_str(s[..i].to_string()),
            args[1].clone(),
            new_str(s[i + sep.len()..].to_string()),
        ]),
        None => new_tuple_from([
            new_str(String::new()),
            new_str(String::new()),
            args[0].clone(),
        ]),
    })
}
fn str_expandtabs(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "expandtabs", &["tabsize"], 0)?;
    let ts = match &a[0] {
        Some(v) => crate::runtime::ops::index_isize(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0usize;
    for c in s0(args).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts as usize - col % ts as usize;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn pred_all(args: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = s0(args);
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}
fn is_decimal(c: char) -> bool {
    crate::types::int::unicode_decimal(c).is_some()
}
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24f5..=0x24fd | 0x24ea | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}
fn str_isdigit(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, is_digit)
}
fn str_isdecimal(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, is_decimal)
}
fn str_isnumeric(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |c| {
        c.is_numeric()
            || is_digit(c)
            || matches!(
                c as u32,
                0x3007
                    | 0x4e00
                    | 0x4e8c
                    | 0x4e09
                    | 0x56db
                    | 0x4e94
                    | 0x516d
                    | 0x4e03
                    | 0x516b
                    | 0x4e5d
                    | 0x5341
            )
    })
}
fn str_isalpha(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |c| c.is_alphabetic() && !c.is_numeric())
}
fn str_isalnum(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |c| c.is_alphanumeric())
}
fn str_isspace(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, is_py_space)
}
fn str_isascii(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(s0(args).is_ascii()))
}
fn str_isprintable(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(s0(args).chars().all(is_printable)))
}
fn str_isupper(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let s = s0(args);
    Ok(Value::bool(
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || c.is_titlecase_like()),
    ))
}
fn str_islower(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let s = s0(args);
    Ok(Value::bool(
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || c.is_titlecase_like()),
    ))
}
fn str_istitle(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let mut prev_cased = false;
    let mut any = false;
    for c in s0(args).chars() {
        if c.is_uppercase() || c.is_titlecase_like() {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}
/// Python's identifier rule (XID_Start / XID_Continue approximated).
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| {
        c == '_' || c.is_alphanumeric() || matches!(c as u32, 0x300..=0x36f | 0x203f | 0x2040)
    })
}
fn str_isidentifier(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(is_identifier(s0(args))))
}

fn str_encode(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "encode", &["encoding", "errors"], 0)?;
    for (v, what) in [(&a[0], "encoding"), (&a[1], "errors")] {
        if let Some(v) = v {
            if as_str(v).is_none() {
                return Err(error::type_error(format!(
                    "encode() argument '{}' must be str, not {}",
                    what,
                    v.ty().name()
                )));
            }
        }
    }
    let enc = a[0]
        .as_ref()
        .and_then(as_str)
        .unwrap_or("utf-8")
        .to_string();
    let errs = a[1]
        .as_ref()
        .and_then(as_str)
        .unwrap_or("strict")
        .to_string();
    Ok(crate::types::bytes::new_bytes(crate::types::bytes::encode(
        s0(args),
        &enc,
        &errs,
    )?))
}

fn str_format_method(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "str_format_method")?;
    let (pos, kws) = args::split_kwargs(&args[1..], kw);
    let mut kwd: Vec<(String, Value)> = Vec::new();
    for (k, v) in kws {
        kwd.push((as_str(k).unwrap_or("").to_string(), v.clone()));
    }
    Ok(new_str(crate::runtime::strformat::str_format(
        vm,
        s0(args),
        pos,
        &crate::runtime::strformat::Kwargs::List(kwd),
    )?))
}
fn str_format_map(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], None, "format_map", 1, 1)?;
    Ok(new_str(crate::runtime::strformat::str_format(
        vm,
        s0(args),
        &[],
        &crate::runtime::strformat::Kwargs::Mapping(args[1].clone()),
    )?))
}

fn str_maketrans(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = crate::types::dict::new_dict();
    let dd = crate::types::dict::as_dict(&d).unwrap();
    match args.len() {
        1 => {
            let src = crate::types::dict::as_dict(&args[0]).ok_or_else(|| {
                error::type_error("if you give only one argument to maketrans it must be a dict")
            })?;
            for (k, v) in src.items() {
                let key = match as_str(&k) {
                    Some(s) if s.chars().count() == 1 => {
                        int_from_i64(s.chars().next().unwrap() as i64)
                    }
                    Some(_) => {
                        return Err(error::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    None => k,
                };
                dd.set_item(vm, key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = arg_str(&args[0], "maketrans", "1")?.chars().collect();
            let y: Vec<char> = arg_str(&args[1], "maketrans", "2")?.chars().collect();
            if x.len() != y.len() {
                return Err(error::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.iter().zip(&y) {
                dd.set_item(vm, int_from_i64(*a as i64), int_from_i64(*b as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in arg_str(z, "maketrans", "3")?.chars() {
                    dd.set_item(vm, int_from_i64(c as i64), Value::none())?;
                }
            }
        }
        _ => return Err(error::type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}
fn str_translate(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_translate")?;
    let table = &args[1];
    let mut out = String::new();
    for c in s0(args).chars() {
        let r = match vm.getitem(table, &int_from_i64(c as i64)) {
            Ok(v) => v,
            Err(e) if e.matches(types().exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(s) = as_str(&r) {
            out.push_str(s);
        } else if let Some(i) = to_i64(&r) {
            out.push(char::from_u32(i as u32).ok_or_else(|| {
                error::value_error("character mapping must be in range(0x110000)")
            })?);
        } else {
            return Err(error::type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(new_str(out))
}
fn str_removeprefix(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_removeprefix")?;
    let p = arg_str(&args[1], "removeprefix", "1")?;
    Ok(new_str(
        s0(args).strip_prefix(p).unwrap_or(s0(args)).to_string(),
    ))
}
fn str_removesuffix(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "str_removesuffix")?;
    let p = arg_str(&args[1], "removesuffix", "1")?;
    if p.is_empty() {
        return Ok(new_str(s0(args).to_string()));
    }
    Ok(new_str(
        s0(args).strip_suffix(p).unwrap_or(s0(args)).to_string(),
    ))
}
fn str_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_tuple_from([new_str(s0(args).to_string())]))
}
fn str_mul(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    str_binop(vm, a, b, op)
}

pub(crate) fn init(t: &Registry) {
    let s = t.str;
    s.add_new(str_new);
    s.add_method("__repr__", str_repr);
    s.add_method("__str__", str_str);
    s.add_method("__hash__", str_hash);
    s.add_method("__len__", str_len);
    s.add_method("__contains__", str_contains);
    s.add_method("__iter__", str_iter);
    s.add_method("__getitem__", str_getitem);
    s.add_method("__format__", str_format_spec);
    s.add_method("__mod__", str_mod);
    s.add_method("__rmod__", str_rmod);
    s.add_method("__getnewargs__", str_getnewargs);
    use crate::types::function::NativeImpl;
    s.add_impl("__add__", NativeImpl::BinOp(str_binop, BinOp::Add, false));
    s.add_impl(
        "__mul__",
        NativeImpl::BinOp(str_mul, BinOp::Multiply, false),
    );
    s.add_impl(
        "__rmul__",
        NativeImpl::BinOp(str_mul, BinOp::Multiply, true),
    );
    crate::types::int::add_richcmp(s, str_richcmp);
    s.add_method("join", str_join);
    s.add_method("split", str_split);
    s.add_method("rsplit", str_rsplit);
    s.add_method("splitlines", str_splitlines);
    s.add_method("strip", str_strip);
    s.add_method("lstrip", str_lstrip);
    s.add_method("rstrip", str_rstrip);
    s.add_method("replace", str_replace);
    s.add_method("find", str_find);
    s.add_method("rfind", str_rfind);
    s.add_method("index", str_index);
    s.add_method("rindex", str_rindex);
    s.add_method("count", str_count);
    s.add_method("startswith", str_startswith);
    s.add_method("endswith", str_endswith);
    s.add_method("upper", str_upper);
    s.add_method("lower", str_lower);
    s.add_method("casefold", str_casefold);
    s.add_method("swapcase", str_swapcase);
    s.add_method("title", str_title);
    s.add_method("capitalize", str_capitalize);
    s.add_method("center", str_center);
    s.add_method("ljust", str_ljust);
    s.add_method("rjust", str_rjust);
    s.add_method("zfill", str_zfill);
    s.add_method("partition", str_partition);
    s.add_method("rpartition", str_rpartition);
    s.add_method("expandtabs", str_expandtabs);
    s.add_method("isdigit", str_isdigit);
    s.add_method("isdecimal", str_isdecimal);
    s.add_method("isnumeric", str_isnumeric);
    s.add_method("isalpha", str_isalpha);
    s.add_method("isalnum", str_isalnum);
    s.add_method("isspace", str_isspace);
    s.add_method("isascii", str_isascii);
    s.add_method("isprintable", str_isprintable);
    s.add_method("isupper", str_isupper);
    s.add_method("islower", str_islower);
    s.add_method("istitle", str_istitle);
    s.add_method("isidentifier", str_isidentifier);
    s.add_method("encode", str_encode);
    s.add_method("format", str_format_method);
    s.add_method("format_map", str_format_map);
    s.add_staticmethod("maketrans", str_maketrans);
    s.add_method("translate", str_translate);
    s.add_method("removeprefix", str_removeprefix);
    s.add_method("removesuffix", str_removesuffix);
    s.set_doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str");
    let _ = Kind::Str;
}
