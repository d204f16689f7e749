//! The heap object model: layout kinds, allocation, deallocation, and the few
//! typed handles the rest of the interpreter uses.
//!
//! A heap object is an `Obj<T>`: the [`Header`] followed by a payload `T`. The
//! header's `kind` byte names `T`, so a value can be downcast with one compare.
//! Instances of Python classes that derive from a builtin type use the layout
//! `Obj<Sub<T>>`: the builtin payload first (so a `Sub<T>` *is* a `T` for every
//! builtin method) and then the instance extras ([`InstanceExt`]: the `__dict__`
//! and `__slots__` storage). Plain class instances are `Sub<ObjectBase>`.
//!
//! This module and [`header`] are where the memory model lives; the `unsafe`
//! here relies on two invariants: the kind byte (plus the `SUB` flag) always
//! matches the payload type the object was allocated with, and an object is
//! deallocated exactly once, when its count reaches zero (see `header`).

pub mod brc;
pub mod header;
pub mod readers_protocol;
pub mod refcount;

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};

use header::flags;
pub use header::Header;

pub use crate::types::typeobj::TypeObj;
use crate::value::Value;

/// A heap object: header, then payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

impl<T> std::ops::Deref for Obj<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.data
    }
}

impl<T: Payload> Obj<T> {
    /// A new reference to this object as a value.
    #[inline]
    pub fn to_value(&self) -> Value {
        header::incref(&self.header);
        // SAFETY: we just added the reference the new Value owns.
        unsafe { Value::from_header_ptr(&self.header) }
    }

    /// The object's Python type.
    #[inline]
    pub fn ty(&self) -> &Obj<TypeObj> {
        // SAFETY: types outlive their instances (they are deferred).
        unsafe { &*self.header.ty.load(Ordering::Relaxed) }
    }

    /// Runs `f` with the object's lock held. `f` must not call back into Python
    /// or lock this object again.
    #[inline]
    pub fn with_lock<R>(&self, f: impl FnOnce() -> R) -> R {
        self.header.lock();
        struct Unlock<'a>(&'a Header);
        impl Drop for Unlock<'_> {
            fn drop(&mut self) {
                // SAFETY: locked just above by this thread.
                unsafe { self.0.unlock() }
            }
        }
        let _g = Unlock(&self.header);
        f()
    }
}

/// Implemented by every payload type; ties it to its kind byte.
pub trait Payload: Sized + 'static {
    const KIND: Kind;
}

/// Payload of instances of classes derived from a builtin type.
#[repr(C)]
pub struct Sub<T> {
    pub base: T,
    pub ext: InstanceExt,
}

/// What a class instance carries beyond its builtin base: the attribute dict
/// (created with the object when the class has one) and `__slots__` storage.
pub struct InstanceExt {
    pub dict: Option<Value>,
    pub slots: Box<[ValueCell]>,
}

/// The payload of `object()` and of plain class instances (as `Sub<ObjectBase>`).
pub struct ObjectBase;

/// A mutable field holding an optional value, read and written under the owning
/// object's lock so that a reader never increments a value another thread is
/// freeing.
pub struct ValueCell(AtomicUsize);

impl ValueCell {
    pub fn new(v: Option<Value>) -> ValueCell {
        ValueCell(AtomicUsize::new(v.map_or(0, Value::into_raw)))
    }

    /// Clones the held value. `owner` is the header of the object holding the cell.
    #[inline]
    pub fn get(&self, owner: &Header) -> Option<Value> {
        // an optimistic read: threads reading a shared object's cells do not
        // write to it
        owner.read(|| {
            let w = self.0.load(Ordering::Acquire);
            // SAFETY: the cell owns a reference to `w`, and writers replace it
            // only under the owner's lock, which `read` excludes, so it cannot
            // be freed before we add ours.
            if w == 0 {
                None
            } else {
                Some(unsafe { Value::from_raw_borrowed(w) })
            }
        })
    }

    /// Stores a new value, returning the old one (drop it outside any lock).
    #[inline]
    pub fn replace(&self, owner: &Header, v: Option<Value>) -> Option<Value> {
        let new = v.map_or(0, Value::into_raw);
        owner.lock();
        let old = self.0.swap(new, Ordering::AcqRel);
        // SAFETY: locked above.
        unsafe { owner.unlock() };
        // SAFETY: the cell owned the reference `old` stands for.
        if old == 0 {
            None
        } else {
            Some(unsafe { Value::from_raw(old) })
        }
    }

    /// Reads the cell when no other thread can reach the owner (construction,
    /// destruction).
    pub fn get_unshared(&self) -> Option<Value> {
        let w = self.0.load(Ordering::Acquire);
        // SAFETY: the cell owns a reference; nobody else can replace it now.
        if w == 0 {
            None
        } else {
            Some(unsafe { Value::from_raw_borrowed(w) })
        }
    }
}

impl Drop for ValueCell {
    fn drop(&mut self) {
        let w = *self.0.get_mut();
        if w != 0 {
            // SAFETY: the cell owned this reference.
            drop(unsafe { Value::from_raw(w) });
        }
    }
}

/// Freed floats of this thread, reused by [`alloc`]: in float arithmetic
/// most results die young, and this saves the allocator on both ends (CPython
/// keeps the same free list). Entries are dead `Obj<FloatObj>` boxes, which
/// have no drop glue (asserted below), linked through their first word; the
/// thread-local is a plain `Cell` (no destructor, so no registration check
/// on each access), emptied by [`close_float_free_list`] when the thread
/// stops running Python.
#[repr(C)]
struct DeadFloat {
    next: *mut DeadFloat,
}

type FloatBox = Obj<crate::types::float::FloatObj>;

const FLOAT_FREE_MAX: usize = 256;
/// The count of a closed list (nothing is kept any more).
const FLOAT_FREE_CLOSED: usize = usize::MAX;
const _: () = assert!(!std::mem::needs_drop::<FloatBox>());
const _: () = assert!(std::mem::size_of::<FloatBox>() >= std::mem::size_of::<DeadFloat>());

thread_local! {
    /// The list's head and length.
    static FLOAT_FREE: Cell<(*mut DeadFloat, usize)> = const { Cell::new((std::ptr::null_mut(), 0)) };
}

/// Keeps a dead float's box for reuse; false if the list is full or closed:
/// the caller frees it.
///
/// # Safety
/// `p` is a dead float made by [`alloc`] (not a subclass instance).
#[inline]
unsafe fn recycle_float(p: *const Header) -> bool {
    FLOAT_FREE.with(|c| {
        let (head, n) = c.get();
        if n >= FLOAT_FREE_MAX {
            return false;
        }
        let d = p as *mut DeadFloat;
        // SAFETY: the box is dead and ours; its first word becomes the link.
        unsafe { d.write(DeadFloat { next: head }) };
        c.set((d, n + 1));
        true
    })
}

/// A dead float box from this thread's list, if any.
#[inline(always)]
fn reuse_float() -> Option<*mut FloatBox> {
    FLOAT_FREE.with(|c| {
        let (head, n) = c.get();
        if head.is_null() {
            return None;
        }
        // SAFETY: every entry is a dead box linked by `recycle_float`.
        c.set((unsafe { (*head).next }, n - 1));
        Some(head as *mut FloatBox)
    })
}

/// Frees the thread's dead floats and keeps no more (thread teardown).
pub fn close_float_free_list() {
    let (mut p, _) = FLOAT_FREE.with(|c| c.replace((std::ptr::null_mut(), FLOAT_FREE_CLOSED)));
    while !p.is_null() {
        // SAFETY: a dead box of the list, unlinked here and freed once.
        unsafe {
            let next = (*p).next;
            std::alloc::dealloc(p as *mut u8, std::alloc::Layout::new::<FloatBox>());
            p = next;
        }
    }
}

/// Allocates an object of builtin layout `T` with type `ty`, returning its one reference.
#[inline]
pub fn alloc<T: Payload>(ty: &Obj<TypeObj>, data: T) -> Value {
    if T::KIND == Kind::Float {
        if let Some(p) = reuse_float() {
            let p = p as *mut Obj<T>;
            // SAFETY: `T` is `FloatObj` (the one payload of kind Float), so
            // the box has `Obj<T>`'s layout; it is dead and owned by us now,
            // and `write` does not drop the old contents (there are none).
            unsafe {
                p.write(Obj {
                    header: Header::new(T::KIND, ty, 0),
                    data,
                });
                return Value::from_header_ptr(p as *const Header);
            }
        }
    }
    let b = Box::new(Obj {
        header: Header::new(T::KIND, ty, 0),
        data,
    });
    // SAFETY: a fresh allocation with one reference, handed to the Value.
    unsafe { Value::from_header_ptr(Box::into_raw(b) as *const Header) }
}

/// As [`alloc`], for a payload that points into itself: `fix` runs on the
/// payload at its final address, before anything else can see the object.
pub fn alloc_in_place<T: Payload>(ty: &Obj<TypeObj>, data: T, fix: impl FnOnce(&mut T)) -> Value {
    let mut b = Box::new(Obj {
        header: Header::new(T::KIND, ty, 0),
        data,
    });
    // the box's contents stay where they are from here on (`into_raw`
    // moves the pointer, not the object)
    fix(&mut b.data);
    // SAFETY: as in `alloc`.
    unsafe { Value::from_header_ptr(Box::into_raw(b) as *const Header) }
}

/// Allocates an instance of a class derived from builtin layout `T`.
pub fn alloc_sub<T: Payload>(ty: &Obj<TypeObj>, base: T, ext: InstanceExt) -> Value {
    let b = Box::new(Obj {
        header: Header::new(T::KIND, ty, flags::SUB),
        data: Sub { base, ext },
    });
    // SAFETY: as in `alloc`.
    unsafe { Value::from_header_ptr(Box::into_raw(b) as *const Header) }
}

/// Frees `p` with the layout it was allocated with.
///
/// # Safety
/// `p` must be an `Obj<P>` allocated by `alloc`/`alloc_sub` with no references left.
unsafe fn free_as<P>(p: *const Header) {
    // SAFETY: caller contract: the box was created as Box<Obj<P>>.
    drop(unsafe { Box::from_raw(p as *mut Obj<P>) });
}

macro_rules! kinds {
    ($( $kind:ident => $ty:ty ),* $(,)?) => {
        /// The Rust layout of a heap object's payload.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $( $kind, )* }

        $( impl Payload for $ty { const KIND: Kind = Kind::$kind; } )*

        /// Drops the payload and frees the memory of a dead object.
        ///
        /// # Safety
        /// `p` is dead (count zero) and its kind byte and SUB flag are accurate.
        unsafe fn free_by_kind(p: *const Header) {
            // SAFETY: alive until freed below.
            let (kind, sub) = unsafe { ((*p).kind, (*p).flags() & flags::SUB != 0) };
            match kind {
                $( Kind::$kind => if sub {
                    // SAFETY: allocated by alloc_sub::<$ty>.
                    unsafe { free_as::<Sub<$ty>>(p) }
                } else {
                    // SAFETY: allocated by alloc::<$ty>.
                    unsafe { free_as::<$ty>(p) }
                }, )*
            }
        }

        /// Byte offset of the `InstanceExt` in an `Obj<Sub<T>>` of the given kind.
        fn ext_offset(kind: Kind) -> usize {
            match kind {
                $( Kind::$kind => std::mem::offset_of!(Obj<Sub<$ty>>, data.ext), )*
            }
        }
    };
}

use crate::types as t;
kinds! {
    Object => ObjectBase,
    Type => TypeObj,
    Int => t::int::IntObj,
    Float => t::float::FloatObj,
    Complex => t::complex::ComplexObj,
    Str => t::str::StrObj,
    Bytes => t::bytes::BytesObj,
    ByteArray => t::bytes::ByteArrayObj,
    List => t::list::ListObj,
    Tuple => t::tuple::TupleObj,
    Dict => t::dict::DictObj,
    Set => t::set::SetObj,
    Range => t::range::RangeObj,
    Slice => t::slice::SliceObj,
    Function => t::function::FunctionObj,
    NativeFunc => t::function::NativeFuncObj,
    MethodDescr => t::function::MethodDescrObj,
    GetSet => t::function::GetSetObj,
    BoundMethod => t::function::BoundMethodObj,
    ClassMethod => t::function::ClassMethodObj,
    StaticMethod => t::function::StaticMethodObj,
    Property => t::function::PropertyObj,
    Code => crate::code::CodeObj,
    Module => t::module::ModuleObj,
    Cell => t::function::CellObj,
    Generator => crate::eval::generator::GeneratorObj,
    Exception => t::exceptions::ExceptionObj,
    Super => t::typeobj::SuperObj,
    SeqIter => t::iter::SeqIterObj,
    RangeIter => t::range::RangeIterObj,
    NativeIter => t::iter::NativeIterObj,
    DictView => t::dict::DictViewObj,
    File => crate::modules::io::FileObj,
    Traceback => t::exceptions::TracebackObj,
    MappingProxy => t::dict::MappingProxyObj,
    Lock => crate::modules::thread::LockObj,
    RLock => crate::modules::thread::RLockObj,
    Array => crate::modules::array::ArrayObj,
    Random => crate::modules::random::RandomObj,
    Operator => crate::modules::operator::OperatorObj,
}

/// The instance extras of a class instance, if the value is one.
#[inline]
/// The byte offsets at which `x`'s words hold each of `wanted` (distinct
/// values, each found in exactly one word), or `None`. For handing compiled
/// code the layout of a std container (`Vec`, `Box<[T]>`) whose field order
/// Rust leaves open: the caller makes one with known pointer, length and
/// capacity and asks where they are.
///
/// # Safety
/// Every byte of `T` is part of an initialized word-sized field (no
/// padding), as in `Vec<T>` and `Box<[T]>`.
pub unsafe fn word_offsets<T, const N: usize>(x: &T, wanted: [usize; N]) -> Option<[usize; N]> {
    const WORD: usize = std::mem::size_of::<usize>();
    let size = std::mem::size_of::<T>();
    if size % WORD != 0 {
        return None;
    }
    // SAFETY: `x` is `size / WORD` initialized words (caller contract).
    let words = unsafe { std::slice::from_raw_parts(x as *const T as *const usize, size / WORD) };
    let mut at = [0; N];
    for (k, w) in wanted.iter().enumerate() {
        let mut found = words.iter().enumerate().filter(|(_, x)| *x == w);
        let (i, _) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        at[k] = i * WORD;
    }
    Some(at)
}

pub fn instance_ext(v: &Value) -> Option<&InstanceExt> {
    let h = v.header()?;
    if h.flags() & flags::SUB == 0 {
        return None;
    }
    let off = ext_offset(h.kind);
    // SAFETY: SUB objects are Obj<Sub<T>> for T of their kind; `off` is the
    // offset of `ext` in exactly that layout, and the object outlives `v`'s borrow.
    Some(unsafe { &*((h as *const Header as *const u8).add(off) as *const InstanceExt) })
}

thread_local! {
    /// Nesting depth of deallocations on this thread, and objects whose
    /// deallocation was postponed to keep the native stack bounded (the
    /// "trashcan": freeing a million-deep nested list must not overflow).
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

const DEALLOC_MAX_DEPTH: u32 = 100;

/// Destroys a dead object, bounding recursion through nested containers.
///
/// # Safety
/// `p` has no references left and is deallocated exactly once.
pub(crate) unsafe fn dealloc(p: *const Header) {
    // Floats, ints and strs of the builtin types hold no references, so
    // freeing one frees nothing else: no depth bookkeeping (most objects
    // freed in numeric code are these).
    // SAFETY: caller contract: `p` is dead, its kind byte and flags accurate.
    let (kind, sub) = unsafe { ((*p).kind, (*p).flags() & flags::SUB != 0) };
    if !sub && matches!(kind, Kind::Float | Kind::Int | Kind::Str) {
        // SAFETY: caller contract; a dead float is one `alloc` made (not SUB).
        if kind == Kind::Float && unsafe { recycle_float(p) } {
            return;
        }
        // SAFETY: caller contract.
        return unsafe { free_by_kind(p) };
    }
    // During thread teardown the thread-locals may be gone: free directly.
    let Ok(depth) = DEALLOC_DEPTH.try_with(|d| d.get()) else {
        // SAFETY: caller contract.
        unsafe { free_by_kind(p) };
        return;
    };
    if depth >= DEALLOC_MAX_DEPTH
        && DEALLOC_PENDING
            .try_with(|q| q.borrow_mut().push(p as usize))
            .is_ok()
    {
        return;
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: caller contract.
    unsafe { free_by_kind(p) };
    if depth == 0 {
        // The outermost deallocation drains what deeper ones postponed.
        while let Some(q) = DEALLOC_PENDING
            .try_with(|q| q.borrow_mut().pop())
            .ok()
            .flatten()
        {
            // SAFETY: postponed dead objects, each pushed once.
            unsafe { free_by_kind(q as *const Header) };
        }
    }
    let _ = DEALLOC_DEPTH.try_with(|d| d.set(depth));
}
