//! The value word: every Python value krait handles is one machine word.
//!
//! * Low bit 1: a small integer, the other 63 bits hold it in two's complement
//!   (`-2**62 <= i < 2**62`). Small ints never touch memory or a reference count.
//! * Low bit 0: a pointer to a heap object (8-byte aligned), starting with a
//!   [`Header`]. A `Value` owns one reference: `Clone` increments, `Drop`
//!   decrements.
//!
//! Invariant: an int value that fits in 63 bits is always stored as a small int
//! when its type is exactly `int` (big ints in the heap are outside that range), so
//! equality of small ints is equality of words. `bool` values are heap singletons.
//! The word is never zero, so `Option<Value>` is one word too (None = unbound).

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::object::header::{decref, incref, Header};
use crate::object::{Kind, Obj, Payload, TypeObj};

#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// Smallest and largest small int.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

static NONE_RAW: AtomicUsize = AtomicUsize::new(0);
static TRUE_RAW: AtomicUsize = AtomicUsize::new(0);
static FALSE_RAW: AtomicUsize = AtomicUsize::new(0);
static NOT_IMPLEMENTED_RAW: AtomicUsize = AtomicUsize::new(0);
static ELLIPSIS_RAW: AtomicUsize = AtomicUsize::new(0);

/// Records the addresses of the immortal singletons (called once at start-up).
pub(crate) fn set_singletons(none: &Value, t: &Value, f: &Value, ni: &Value, ell: &Value) {
    NONE_RAW.store(none.raw(), Ordering::Relaxed);
    TRUE_RAW.store(t.raw(), Ordering::Relaxed);
    FALSE_RAW.store(f.raw(), Ordering::Relaxed);
    NOT_IMPLEMENTED_RAW.store(ni.raw(), Ordering::Relaxed);
    ELLIPSIS_RAW.store(ell.raw(), Ordering::Relaxed);
}

impl Value {
    /// A small int. The caller guarantees `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub fn small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        // SAFETY: the tag bit makes the word non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(((i << 1) | 1) as usize) })
    }

    /// A small int if `i` fits.
    #[inline(always)]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value::small(i))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    /// The small int held in the word, if it is one.
    #[inline(always)]
    pub fn as_small(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int held in the word. The caller checked `is_small_int`.
    #[inline(always)]
    pub fn small_unchecked(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    /// Takes ownership of the reference a raw word stands for.
    ///
    /// # Safety
    /// `w` must come from [`Value::into_raw`] (or be a small-int word), and the
    /// reference it carries must not be used again.
    #[inline(always)]
    pub unsafe fn from_raw(w: usize) -> Value {
        debug_assert!(w != 0);
        // SAFETY: caller contract: never zero.
        Value(unsafe { NonZeroUsize::new_unchecked(w) })
    }

    /// A new reference to the object at `w` (a borrowed raw word).
    ///
    /// # Safety
    /// `w` must be a valid value word whose object is alive for the duration of the call.
    #[inline(always)]
    pub unsafe fn from_raw_borrowed(w: usize) -> Value {
        // SAFETY: forwarded.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
        (*v).clone()
    }

    /// Gives up ownership, returning the raw word.
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let w = self.0.get();
        std::mem::forget(self);
        w
    }

    /// The raw word (no change of ownership).
    #[inline(always)]
    pub fn raw(&self) -> usize {
        self.0.get()
    }

    /// Wraps a freshly allocated object pointer, taking its initial reference.
    ///
    /// # Safety
    /// `p` must point to a live object whose one reference the caller transfers.
    #[inline(always)]
    pub unsafe fn from_header_ptr(p: *const Header) -> Value {
        debug_assert!(!p.is_null() && (p as usize) & 7 == 0);
        // SAFETY: non-null, per the contract.
        Value(unsafe { NonZeroUsize::new_unchecked(p as usize) })
    }

    /// Whether the value is a deferred object (counted by the collector, not
    /// by the stack; never freed while the process runs for now).
    #[inline]
    pub fn is_deferred(&self) -> bool {
        self.header()
            .is_some_and(|h| h.flags() & crate::object::header::flags::DEFERRED != 0)
    }

    /// The header of a value known to be a heap object.
    ///
    /// # Safety
    /// `self` is not a small int.
    #[inline(always)]
    pub unsafe fn header_unchecked(&self) -> &Header {
        debug_assert!(!self.is_small_int());
        // SAFETY: caller contract: the word points at a live object this
        // Value keeps alive.
        unsafe { &*(self.0.get() as *const Header) }
    }

    /// The object header, for heap values.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: a non-int word points at a live object this Value keeps alive.
            Some(unsafe { &*(self.0.get() as *const Header) })
        }
    }

    /// The layout kind of the value (small ints report `Kind::Int`).
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        match self.header() {
            Some(h) => h.kind,
            None => Kind::Int,
        }
    }

    /// The value's Python type.
    #[inline(always)]
    pub fn ty(&self) -> &Obj<TypeObj> {
        match self.header() {
            // SAFETY: every object's type is alive at least as long as the object
            // (types are deferred and only the collector may free them).
            Some(h) => unsafe { &*h.ty.load(Ordering::Relaxed) },
            None => crate::types::int_type(),
        }
    }

    /// A borrowed view of the payload, if the value has layout `T` (instances of
    /// subclasses of builtin types included).
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&Obj<T>> {
        match self.header() {
            Some(h) if h.kind == T::KIND => {
                // SAFETY: the kind byte says the payload is a `T` (a `Sub<T>` starts
                // with one, at the same offset, by `repr(C)`).
                Some(unsafe { &*(h as *const Header as *const Obj<T>) })
            }
            _ => None,
        }
    }

    /// Like `downcast`, for callers that already checked the kind.
    ///
    /// # Safety
    /// The value must be a heap object of kind `T::KIND`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &Obj<T> {
        debug_assert!(self.kind() == T::KIND && !self.is_small_int());
        // SAFETY: caller contract.
        unsafe { &*(self.0.get() as *const Obj<T>) }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    #[inline(always)]
    pub fn none() -> Value {
        // SAFETY: None is immortal; the word was set at start-up.
        unsafe { Value::from_raw(NONE_RAW.load(Ordering::Relaxed)) }
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.0.get() == NONE_RAW.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        let w = if b { &TRUE_RAW } else { &FALSE_RAW };
        // SAFETY: True and False are immortal.
        unsafe { Value::from_raw(w.load(Ordering::Relaxed)) }
    }
    #[inline(always)]
    pub fn is_true(&self) -> bool {
        self.0.get() == TRUE_RAW.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn is_false(&self) -> bool {
        self.0.get() == FALSE_RAW.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn is_bool(&self) -> bool {
        self.is_true() || self.is_false()
    }
    #[inline(always)]
    pub fn not_implemented() -> Value {
        // SAFETY: immortal singleton.
        unsafe { Value::from_raw(NOT_IMPLEMENTED_RAW.load(Ordering::Relaxed)) }
    }
    #[inline(always)]
    pub fn is_not_implemented(&self) -> bool {
        self.0.get() == NOT_IMPLEMENTED_RAW.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn ellipsis() -> Value {
        // SAFETY: immortal singleton.
        unsafe { Value::from_raw(ELLIPSIS_RAW.load(Ordering::Relaxed)) }
    }

    /// Whether the value's type is exactly the given builtin type object.
    #[inline(always)]
    pub fn is_exact(&self, ty: &Obj<TypeObj>) -> bool {
        std::ptr::eq(self.ty(), ty)
    }

    /// `is_exact` for a type that is not `int`: a small int is never one
    /// (one test of the tag, no look at `int`).
    #[inline(always)]
    pub fn is_exact_obj(&self, ty: &Obj<TypeObj>) -> bool {
        match self.header() {
            Some(h) => std::ptr::eq(h.ty.load(Ordering::Relaxed), ty),
            None => false,
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            incref(h);
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            // SAFETY: this Value owned one reference, released exactly once here.
            unsafe { decref(self.0.get() as *const Header) }
        }
    }
}

/// Drops a reference with the decrement inlined where this is called. The
/// eval loop's hot arms use it: in a function as large as the loop the
/// compiler otherwise calls the drop glue out of line.
#[inline(always)]
pub fn release(v: Value) {
    let w = v.into_raw();
    if w & 1 == 0 {
        // SAFETY: `v` owned one reference to this heap object, released once here.
        unsafe { decref(w as *const Header) }
    }
}

/// [`release`] for an optional value (an emptied stack slot).
#[inline(always)]
pub fn release_opt(v: Option<Value>) {
    if let Some(v) = v {
        release(v)
    }
}

impl PartialEq for Value {
    /// Identity, not Python equality.
    fn eq(&self, other: &Value) -> bool {
        self.0 == other.0
    }
}
impl Eq for Value {}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "{i}"),
            None => write!(f, "<{} object at {:#x}>", self.ty().name(), self.raw()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_round_trip() {
        for i in [0i64, 1, -1, 42, SMALL_MAX, SMALL_MIN, 1 << 40, -(1 << 40)] {
            let v = Value::small(i);
            assert!(v.is_small_int());
            assert_eq!(v.as_small(), Some(i));
            assert!(v.header().is_none());
        }
        assert!(Value::try_small(SMALL_MAX + 1).is_none());
        assert!(Value::try_small(SMALL_MIN - 1).is_none());
        assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
    }
}
