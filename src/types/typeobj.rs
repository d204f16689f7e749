//! `type` and `object`: type objects, class creation (C3 MRO, layouts,
//! `__slots__`, `__init_subclass__`, `__set_name__`), instance allocation,
//! calling a class, and `super`.

use parking_lot::Mutex;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::OnceLock;

use crate::object::{
    self, header::flags as hflags, Header, InstanceExt, Kind, Obj, ObjectBase, Payload, ValueCell,
};
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::DictObj;
use crate::types::function::{self, NativeFn};
use crate::types::str::{intern, StrObj};
use crate::types::tuple;
use crate::types::{type_ref, types, Registry, TypeRef};
use crate::value::Value;

pub mod flags {
    /// The type may be subclassed.
    pub const BASETYPE: u32 = 1 << 0;
    /// Created by a class statement or `type(name, bases, ns)`.
    pub const HEAPTYPE: u32 = 1 << 1;
    /// Instances carry a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 2;
    /// The class or a base defines `__getattribute__` (not object's).
    pub const CUSTOM_GETATTRIBUTE: u32 = 1 << 3;
    /// The class or a base defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 4;
    /// The class or a base defines `__setattr__` or `__delattr__` (not object's).
    pub const CUSTOM_SETATTR: u32 = 1 << 5;
    /// Instances are exceptions (layout `Exception`).
    pub const IS_EXCEPTION: u32 = 1 << 6;
    /// The class or a base defines `__class__` (not object's descriptor):
    /// `isinstance` must read it.
    pub const CUSTOM_CLASS: u32 = 1 << 7;
}

pub struct TypeObj {
    pub name: Mutex<String>,
    pub qualname: Mutex<String>,
    /// The primary base (instance layout comes from it); None only for `object`.
    pub base: Option<Value>,
    /// `__bases__`, as a tuple value.
    pub bases: OnceLock<Value>,
    /// The method resolution order, starting with the type itself.
    pub mro: OnceLock<Box<[Value]>>,
    /// The namespace, guarded by this type's header lock.
    pub dict: DictObj,
    /// Rust layout of instances.
    pub layout: Kind,
    pub flags: AtomicU32,
    /// Number of `__slots__` storage cells instances carry (inherited included).
    pub nslots: usize,
    /// Version tag: changes whenever the type or a base changes (for caches).
    pub version: AtomicU32,
    /// Direct subclasses (types are never freed, so raw words are stable).
    pub subclasses: Mutex<Vec<usize>>,
    /// Names (interned str words) of this class's own attributes that were
    /// rebound from one plain value to another (a counter in `__init__`):
    /// later such rebindings keep the version tag, so the caches guarded by
    /// it stay valid, and no cache holds these names' values (see
    /// `set_plain_attr`). A name is added once, with a version change.
    mutable_names: Mutex<Vec<usize>>,
}

static TYPE_TYPE: AtomicPtr<Obj<TypeObj>> = AtomicPtr::new(std::ptr::null_mut());

/// Entries of the per-thread type attribute cache.
const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    version: u32,
    name: usize,
    value: Option<Value>,
    /// Nonzero: the type (along the MRO) whose namespace holds the name as
    /// one of its mutable names: the value is read from there at each hit.
    owner: usize,
}

thread_local! {
    /// (type version, interned name) -> lookup result. Version tags are unique
    /// and change whenever a type or a base changes, so a matching entry is
    /// current. Each thread owns its cache: no synchronization, and the cached
    /// values are owned references.
    static ATTR_CACHE: std::cell::RefCell<Vec<CacheEntry>> = std::cell::RefCell::new(
        (0..CACHE_SIZE).map(|_| CacheEntry { version: 0, name: 0, value: None, owner: 0 }).collect()
    );
}
static NEXT_VERSION: AtomicU32 = AtomicU32::new(1);

/// Marks `v` immortal and returns it.
fn immortal(v: Value) -> Value {
    if let Some(h) = v.header() {
        h.make_immortal();
    }
    v
}

/// Empties this thread's attribute cache, dropping the references it holds
/// (a thread does this before it stops running Python code).
pub fn clear_attr_cache() {
    let old: Vec<Option<Value>> = ATTR_CACHE
        .try_with(|c| {
            c.borrow_mut()
                .iter_mut()
                .map(|e| {
                    e.version = 0;
                    e.name = 0;
                    e.value.take()
                })
                .collect()
        })
        .unwrap_or_default();
    drop(old);
}

/// A fresh version tag. Tags are never reused: once the space runs out every
/// type gets [`VERSION_EXHAUSTED`], which the specializer refuses to cache,
/// so a guard can never mistake one type (or state of a type) for another.
fn next_version() -> u32 {
    NEXT_VERSION
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| {
            Some(v.saturating_add(1))
        })
        .unwrap_or(VERSION_EXHAUSTED)
}

/// The version tag of every type changed after the tags ran out.
pub const VERSION_EXHAUSTED: u32 = u32::MAX;

impl Obj<TypeObj> {
    pub fn name(&self) -> String {
        self.data.name.lock().clone()
    }

    pub fn qualname(&self) -> String {
        self.data.qualname.lock().clone()
    }

    #[inline]
    pub fn flags(&self) -> u32 {
        self.data.flags.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags() & f != 0
    }

    /// True for types defined in Rust (not by a class statement).
    #[inline]
    pub fn is_builtin(&self) -> bool {
        !self.has_flag(flags::HEAPTYPE)
    }

    #[inline]
    pub fn mro(&self) -> &[Value] {
        self.data.mro.get().map(|b| &b[..]).unwrap_or(&[])
    }

    /// Iterates the MRO as type borrows.
    pub fn mro_types(&self) -> impl Iterator<Item = &Obj<TypeObj>> {
        // SAFETY-free: every MRO entry is a type.
        self.mro()
            .iter()
            .map(|v| v.downcast::<TypeObj>().expect("mro entry is a type"))
    }

    pub fn bases_vec(&self) -> Vec<Value> {
        match self.data.bases.get() {
            Some(t) => tuple::as_slice(t).to_vec(),
            None => Vec::new(),
        }
    }

    /// Looks `name` (an interned str) up along the MRO, without descriptors.
    /// Results are cached per thread, keyed by the type's version tag.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let version = self.data.version.load(Ordering::Acquire);
        let key = name.raw();
        let slot = ((version as usize).wrapping_mul(0x9E37_79B9) ^ (key >> 4)) & (CACHE_SIZE - 1);
        let hit = ATTR_CACHE.with(|c| {
            let c = c.borrow();
            let e = &c[slot];
            if e.version == version && e.name == key {
                if e.owner != 0 {
                    // SAFETY: types are never freed (deferred or immortal).
                    let owner = unsafe { &*(e.owner as *const Obj<TypeObj>) };
                    return Some(owner.data.dict.get_str(&owner.header, name));
                }
                Some(e.value.clone())
            } else {
                None
            }
        });
        if let Some(v) = hit {
            return v;
        }
        let (v, owner) = self.lookup_with_owner(name);
        let owner = owner
            .filter(|o| o.is_mutable_name(name))
            .map_or(0, |o| o as *const Obj<TypeObj> as usize);
        // only interned names are cached (their address identifies them)
        if name.header().is_some_and(|h| h.is_immortal()) {
            let _ = ATTR_CACHE.try_with(|c| {
                let old = std::mem::replace(
                    &mut c.borrow_mut()[slot],
                    CacheEntry {
                        version,
                        name: key,
                        value: if owner == 0 { v.clone() } else { None },
                        owner,
                    },
                );
                drop(old);
            });
        }
        v
    }

    /// The MRO walk behind [`lookup`](Self::lookup).
    pub fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        self.lookup_with_owner(name).0
    }

    /// The MRO walk, with the type whose namespace has the name.
    fn lookup_with_owner(&self, name: &Value) -> (Option<Value>, Option<&Obj<TypeObj>>) {
        for t in self.mro_types() {
            if let Some(v) = t.data.dict.get_str(&t.header, name) {
                return (Some(v), Some(t));
            }
        }
        (None, None)
    }

    /// Whether `name` (interned) is one of this class's mutable names (its
    /// value changes without a version change: never cache it by value).
    pub fn is_mutable_name(&self, name: &Value) -> bool {
        self.data.mutable_names.lock().contains(&name.raw())
    }

    /// Whether `name` is found along the MRO as a mutable name of the type
    /// that has it.
    pub fn finds_mutable_name(&self, name: &Value) -> bool {
        matches!(self.lookup_with_owner(name), (Some(_), Some(t)) if t.is_mutable_name(name))
    }

    /// Rebinds `key` (interned, not a dunder name), an attribute of this
    /// class's own namespace holding a plain value (no `__get__`, `__set__`
    /// or `__delete__` on its type), to the plain value `v`. Nothing cached
    /// under the version tag depends on a plain value except the value
    /// itself, so the name becomes mutable on its first such rebinding (with
    /// one version change, which drops the caches that hold its value) and
    /// later ones keep the version. False (nothing done) if the name is not
    /// such an attribute.
    pub fn set_plain_attr(&self, vm: &Vm, key: &Value, v: &Value) -> PyResult<bool> {
        if !is_plain_value(v) {
            return Ok(false);
        }
        if !self.is_mutable_name(key) {
            match self.data.dict.get_str(&self.header, key) {
                Some(old) if is_plain_value(&old) => {}
                _ => return Ok(false),
            }
            // marked first: a cache filled under the version set below
            // sees the name mutable
            {
                let mut names = self.data.mutable_names.lock();
                if !names.contains(&key.raw()) {
                    names.push(key.raw());
                }
            }
            self.data
                .dict
                .set(&self.header, vm, key.clone(), v.clone())?;
            self.modified();
            return Ok(true);
        }
        match self
            .data
            .dict
            .replace_existing(&self.header, vm, key, v.clone())?
        {
            Ok(old) => {
                // another thread stored a descriptor meanwhile (by the
                // general path): this store replaces it, a change of kind
                if !is_plain_value(&old) {
                    self.modified();
                }
                Ok(true)
            }
            // deleted meanwhile: the general path adds it again
            Err(_) => Ok(false),
        }
    }

    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&intern(name))
    }

    /// Looks up in this type's own namespace only.
    pub fn get_own(&self, name: &Value) -> Option<Value> {
        self.data.dict.get_str(&self.header, name)
    }

    /// Stores into the namespace (no descriptor logic); bumps the version.
    pub fn set_attr_raw(&self, name: &str, v: Value) {
        let k = intern(name);
        let vm = Vm::current();
        let _ = self.data.dict.set(&self.header, &vm, k, v);
        self.modified();
    }

    /// The type or a base changed: new version tags down the hierarchy.
    pub fn modified(&self) {
        self.data.version.store(next_version(), Ordering::Release);
        let subs = self.data.subclasses.lock().clone();
        for w in subs {
            // SAFETY: subclass words are immortal/deferred type objects.
            let sub = unsafe { &*(w as *const Obj<TypeObj>) };
            sub.modified();
        }
    }

    pub fn version(&self) -> u32 {
        self.data.version.load(Ordering::Acquire)
    }

    pub fn is_subtype_of(&self, other: &Obj<TypeObj>) -> bool {
        is_subtype(self, other)
    }

    pub fn add_method(&self, name: &'static str, f: NativeFn) {
        let d = function::new_method_descr(name, function::NativeImpl::Fn(f), type_ref(self));
        self.set_attr_raw(name, d);
    }

    // Builtin types' attributes live for the process and every thread uses
    // them: immortal, so that using them never touches a shared count.

    pub fn add_classmethod(&self, name: &'static str, f: NativeFn) {
        let nf = immortal(function::new_native(
            name,
            function::NativeImpl::Fn(f),
            None,
        ));
        let cm = immortal(function::new_classmethod(nf));
        self.set_attr_raw(name, cm);
    }

    pub fn add_staticmethod(&self, name: &'static str, f: NativeFn) {
        let nf = immortal(function::new_native(
            name,
            function::NativeImpl::Fn(f),
            None,
        ));
        let sm = immortal(function::new_staticmethod(nf));
        self.set_attr_raw(name, sm);
    }

    pub fn add_getset(
        &self,
        name: &'static str,
        get: function::GetterFn,
        set: Option<function::SetterFn>,
    ) {
        let g = function::new_getset(name.to_string(), Some(get), set, type_ref(self), None);
        self.set_attr_raw(name, g);
    }

    pub fn add_impl(&self, name: &'static str, imp: function::NativeImpl) {
        let d = function::new_method_descr(name, imp, type_ref(self));
        self.set_attr_raw(name, d);
    }

    /// `__new__` of a builtin type: a static method taking the class first.
    pub fn add_new(&self, f: NativeFn) {
        let nf = immortal(function::new_native(
            "__new__",
            function::NativeImpl::New(f, type_ref(self)),
            None,
        ));
        self.set_attr_raw("__new__", immortal(function::new_staticmethod(nf)));
    }

    pub fn set_doc(&self, doc: &str) {
        self.set_attr_raw("__doc__", crate::types::str::new_str(doc.to_string()));
    }
}

/// Is `a` a subclass of `b` (or `b` itself)?
#[inline]
pub fn is_subtype(a: &Obj<TypeObj>, b: &Obj<TypeObj>) -> bool {
    if std::ptr::eq(a, b) {
        return true;
    }
    let braw = b as *const Obj<TypeObj> as usize;
    a.mro().iter().any(|t| t.raw() == braw)
}

/// Creates a builtin type (at start-up only); it is immortal.
pub fn new_builtin_type(name: &str, layout: Kind, base: Option<TypeRef>, fl: u32) -> TypeRef {
    let meta = TYPE_TYPE.load(Ordering::Relaxed);
    let base_flags = base
        .map(|b| b.flags() & (flags::HAS_DICT | flags::IS_EXCEPTION))
        .unwrap_or(0);
    let extra = if layout == Kind::Exception {
        flags::IS_EXCEPTION | flags::HAS_DICT
    } else {
        0
    };
    let t = TypeObj {
        // as CPython's `tp_name`: a dotted name ("array.array") is the one
        // messages show; `__name__` and `__qualname__` are its last part
        name: Mutex::new(name.to_string()),
        qualname: Mutex::new(short_name(name).to_string()),
        base: base.map(|b| b.to_value()),
        bases: OnceLock::new(),
        mro: OnceLock::new(),
        dict: DictObj::new(),
        layout,
        flags: AtomicU32::new(fl | base_flags | extra),
        nslots: 0,
        version: AtomicU32::new(next_version()),
        subclasses: Mutex::new(Vec::new()),
        mutable_names: Mutex::new(Vec::new()),
    };
    let b = Box::new(Obj {
        header: Header::new(Kind::Type, meta, 0),
        data: t,
    });
    let p: &'static Obj<TypeObj> = Box::leak(b);
    p.header.make_immortal();
    if meta.is_null() && name == "type" {
        TYPE_TYPE.store(p as *const _ as *mut _, Ordering::Relaxed);
        p.header
            .ty
            .store(p as *const _ as *mut _, Ordering::Relaxed);
    }
    let self_val = p.to_value();
    let mut mro = vec![self_val];
    if let Some(b) = base {
        mro.extend(b.mro().iter().cloned());
        b.data.subclasses.lock().push(p as *const _ as usize);
    }
    let _ = p.data.mro.set(mro.into_boxed_slice());
    p
}

/// Fixes up `object`'s own type pointer, which predates `type`.
pub(crate) fn init_singletons() {
    let t = types();
    t.object
        .header
        .ty
        .store(t.type_ as *const _ as *mut _, Ordering::Relaxed);
    let mk = |ty: TypeRef| {
        let v = object::alloc(ty, ObjectBase);
        v.header().unwrap().make_immortal();
        v
    };
    let none = mk(t.none_type);
    let ni = mk(t.not_implemented_type);
    let ell = mk(t.ellipsis_type);
    let tru = object::alloc(t.bool_, crate::types::int::IntObj::from_i64(1));
    let fal = object::alloc(t.bool_, crate::types::int::IntObj::from_i64(0));
    tru.header().unwrap().make_immortal();
    fal.header().unwrap().make_immortal();
    crate::value::set_singletons(&none, &tru, &fal, &ni, &ell);
    std::mem::forget((none, ni, ell, tru, fal));
}

/// After every builtin namespace is filled: `__bases__` tuples, `__doc__` defaults.
pub(crate) fn finish_builtin_types(t: &Registry) {
    let mut all: Vec<TypeRef> = vec![t.object, t.type_];
    for (_, e) in &t.exceptions {
        all.push(e);
    }
    // every type reachable as a subclass of object
    fn collect(ty: TypeRef, out: &mut Vec<TypeRef>) {
        for w in ty.data.subclasses.lock().iter() {
            // SAFETY: builtin types are immortal.
            let s: TypeRef = unsafe { &*(*w as *const Obj<TypeObj>) };
            if !out.iter().any(|x| std::ptr::eq(*x, s)) {
                out.push(s);
                collect(s, out);
            }
        }
    }
    collect(t.object, &mut all);
    for ty in all {
        let bases = match &ty.data.base {
            Some(b) => vec![b.clone()],
            None => vec![],
        };
        let _ = ty.data.bases.set(tuple::new_tuple(bases));
        if ty.get_own(crate::name!("__doc__")).is_none() {
            ty.set_attr_raw("__doc__", Value::none());
        }
        if ty.get_own(crate::name!("__module__")).is_none() {
            ty.set_attr_raw("__module__", intern("builtins"));
        }
        update_special_flags(ty);
    }
}

// ---------------------------------------------------------------------------
// instances

/// Allocates an instance of `cls` with builtin payload `base` (a builtin type's
/// own instances are plain objects; class instances get dict and slots).
pub fn alloc_instance<T: Payload>(_vm: &Vm, cls: &Obj<TypeObj>, base: T) -> PyResult<Value> {
    if cls.is_builtin() {
        return Ok(object::alloc(cls, base));
    }
    let dict = if cls.has_flag(flags::HAS_DICT) && T::KIND != Kind::Exception {
        Some(crate::types::dict::new_dict())
    } else {
        None
    };
    let slots = (0..cls.data.nslots).map(|_| ValueCell::new(None)).collect();
    Ok(object::alloc_sub(cls, base, InstanceExt { dict, slots }))
}

/// The `__dict__` of an instance, if it has one (functions get theirs on first use).
/// The `__dict__` of a class instance, borrowed from the instance (it is set
/// when the instance is made and never replaced); None for other objects,
/// including functions and exceptions, whose dicts live elsewhere.
#[inline]
pub fn instance_dict_ref(v: &Value) -> Option<&Obj<crate::types::dict::DictObj>> {
    object::instance_ext(v)
        .and_then(|e| e.dict.as_ref())
        .and_then(crate::types::dict::as_dict)
}

pub fn instance_dict(v: &Value) -> Option<Value> {
    match v.kind() {
        Kind::Exception => {
            return v
                .downcast::<crate::types::exceptions::ExceptionObj>()
                .map(|e| e.data.dict.clone())
        }
        Kind::Function => return Some(crate::types::function::function_dict(v)),
        _ => {}
    }
    object::instance_ext(v).and_then(|e| e.dict.clone())
}

// ---------------------------------------------------------------------------
// class creation

/// C3 linearization of `bases` for a new class (the class itself excluded).
fn c3_mro(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| b.downcast::<TypeObj>().unwrap().mro().to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let c = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(c))) {
                cand = Some(c.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].downcast::<TypeObj>().unwrap().name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(error::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The builtin layout a class's instances need: the deepest builtin layout among
/// the bases. Errors when two bases need incompatible layouts.
fn solid_base(bases: &[Value]) -> PyResult<(TypeRef, Kind)> {
    let mut best: Option<TypeRef> = None;
    for b in bases {
        let bt = type_ref(b.downcast::<TypeObj>().unwrap());
        // the nearest builtin type in b's MRO
        let builtin = bt
            .mro_types()
            .find(|t| t.is_builtin())
            .map(type_ref)
            .unwrap_or(types().object);
        best = match best {
            None => Some(builtin),
            Some(cur) => {
                if is_subtype(builtin, cur) {
                    Some(builtin)
                } else if is_subtype(cur, builtin) || builtin.data.layout == Kind::Object {
                    Some(cur)
                } else if cur.data.layout == Kind::Object {
                    Some(builtin)
                } else if cur.data.layout == builtin.data.layout {
                    Some(cur)
                } else {
                    return Err(error::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        };
    }
    let b = best.unwrap_or(types().object);
    Ok((b, b.data.layout))
}

/// `type(name, bases, ns)` for metaclass `meta`: creates a class.
pub fn new_class(
    vm: &Vm,
    meta: &Obj<TypeObj>,
    name: &str,
    bases: Vec<Value>,
    ns: &Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let t = types();
    let bases = if bases.is_empty() {
        vec![t.object.to_value()]
    } else {
        bases
    };
    for b in &bases {
        let Some(bt) = b.downcast::<TypeObj>() else {
            return Err(error::type_error("bases must be types"));
        };
        if !bt.has_flag(flags::BASETYPE) {
            return Err(error::type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(error::type_error(format!(
                "duplicate base class {}",
                b.downcast::<TypeObj>().unwrap().name()
            )));
        }
    }
    let mro_rest = c3_mro(&bases)?;
    let (solid, layout) = solid_base(&bases)?;
    // the primary base: the first base whose layout is the solid one
    let primary = bases
        .iter()
        .find(|b| is_subtype(b.downcast::<TypeObj>().unwrap(), solid))
        .cloned()
        .unwrap_or_else(|| bases[0].clone());
    let nsd = crate::types::dict::as_dict(ns)
        .ok_or_else(|| error::type_error("type() argument 3 must be dict"))?;

    // __slots__
    let mut fl = flags::HEAPTYPE | flags::BASETYPE;
    let base_nslots: usize = bases
        .iter()
        .map(|b| b.downcast::<TypeObj>().unwrap().data.nslots)
        .max()
        .unwrap_or(0);
    let mut slot_names: Vec<String> = Vec::new();
    let slots_v = nsd.get_by_str("__slots__");
    let mut wants_dict = slots_v.is_none();
    if let Some(sv) = &slots_v {
        let items: Vec<Value> = if sv.downcast::<StrObj>().is_some() {
            vec![sv.clone()]
        } else {
            vm.iterate(sv)?
        };
        for it in items {
            let s = it
                .downcast::<StrObj>()
                .ok_or_else(|| error::type_error("__slots__ items must be strings"))?
                .as_str()
                .to_string();
            if s == "__dict__" {
                wants_dict = true;
                continue;
            }
            if nsd.get_by_str(&s).is_some() {
                return Err(error::value_error(format!(
                    "'{s}' in __slots__ conflicts with class variable"
                )));
            }
            slot_names.push(s);
        }
    }
    let any_base_dict = bases.iter().any(|b| {
        let bt = b.downcast::<TypeObj>().unwrap();
        bt.has_flag(flags::HAS_DICT)
            && !(bt.is_builtin() && layout != Kind::Exception && bt.data.layout != Kind::Object)
    });
    // instances of plain classes without __slots__ get a dict; with __slots__ only
    // if a (heap) base already has one or '__dict__' is listed.
    let base_heap_dict = bases.iter().any(|b| {
        let bt = b.downcast::<TypeObj>().unwrap();
        !bt.is_builtin() && bt.has_flag(flags::HAS_DICT)
    });
    if wants_dict || base_heap_dict || (layout == Kind::Exception && any_base_dict) {
        fl |= flags::HAS_DICT;
    }
    for b in &bases {
        let bt = b.downcast::<TypeObj>().unwrap();
        fl |= bt.flags()
            & (flags::CUSTOM_GETATTRIBUTE
                | flags::HAS_GETATTR
                | flags::CUSTOM_SETATTR
                | flags::CUSTOM_CLASS
                | flags::IS_EXCEPTION);
    }
    let nslots = base_nslots + slot_names.len();

    let ty = TypeObj {
        name: Mutex::new(name.to_string()),
        qualname: Mutex::new(name.to_string()),
        base: Some(primary),
        bases: OnceLock::new(),
        mro: OnceLock::new(),
        dict: DictObj::new(),
        layout,
        flags: AtomicU32::new(fl),
        nslots,
        version: AtomicU32::new(next_version()),
        subclasses: Mutex::new(Vec::new()),
        mutable_names: Mutex::new(Vec::new()),
    };
    let cls_v = object::alloc(meta, ty);
    cls_v.header().unwrap().make_deferred();
    let cls = type_ref(cls_v.downcast::<TypeObj>().unwrap());
    let mut mro = vec![cls_v.clone()];
    mro.extend(mro_rest);
    let _ = cls.data.mro.set(mro.into_boxed_slice());
    let _ = cls.data.bases.set(tuple::new_tuple(bases.clone()));
    for b in &bases {
        b.downcast::<TypeObj>()
            .unwrap()
            .data
            .subclasses
            .lock()
            .push(cls as *const _ as usize);
    }

    // namespace
    let mut qualname = name.to_string();
    for (k, v) in nsd.items() {
        let ks = k
            .downcast::<StrObj>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if ks == "__qualname__" {
            if let Some(q) = v.downcast::<StrObj>() {
                qualname = q.as_str().to_string();
                continue;
            }
            return Err(error::type_error(format!(
                "type __qualname__ must be a str, not {}",
                v.ty().name()
            )));
        }
        let v = match ks.as_str() {
            "__new__"
                if v.downcast::<crate::types::function::FunctionObj>()
                    .is_some() =>
            {
                function::new_staticmethod(v)
            }
            "__init_subclass__" | "__class_getitem__"
                if v.downcast::<crate::types::function::FunctionObj>()
                    .is_some() =>
            {
                function::new_classmethod(v)
            }
            _ => v,
        };
        // The class's methods and method wrappers are looked up and counted by
        // every thread that uses the class: deferred, like the class itself
        // (only those made here; a later `C.x = ...` is not).
        if matches!(
            v.kind(),
            Kind::Function | Kind::StaticMethod | Kind::ClassMethod | Kind::Property
        ) {
            if let Some(h) = v.header() {
                if h.owned_by_current_thread() {
                    h.make_deferred();
                }
            }
        }
        let k = if k.is_exact(types().str) {
            intern(&ks)
        } else {
            k
        };
        cls.data.dict.set(&cls.header, vm, k, v)?;
    }
    *cls.data.qualname.lock() = qualname;
    if nsd.get_by_str("__eq__").is_some() && nsd.get_by_str("__hash__").is_none() {
        cls.set_attr_raw("__hash__", Value::none());
    }
    if cls.get_own(crate::name!("__doc__")).is_none() {
        cls.set_attr_raw("__doc__", Value::none());
    }
    for (i, s) in slot_names.iter().enumerate() {
        let g = function::new_getset(s.clone(), None, None, cls, Some(base_nslots + i));
        cls.set_attr_raw(intern(s).downcast::<StrObj>().unwrap().as_str(), g);
    }
    update_special_flags(cls);

    // __set_name__
    for (k, v) in cls.data.dict.items(&cls.header) {
        if let Some(sn) = v.ty().lookup(crate::name!("__set_name__")) {
            vm.call(&sn, &[v.clone(), cls_v.clone(), k.clone()])?;
        }
    }
    // __init_subclass__ of the nearest base
    let mro = cls.mro();
    for b in &mro[1..] {
        let bt = b.downcast::<TypeObj>().unwrap();
        if let Some(f) = bt.get_own(crate::name!("__init_subclass__")) {
            let bound = vm.bind_descriptor(&f, Some(&cls_v), &cls_v)?;
            let (kv, kn): (Vec<Value>, Vec<Value>) =
                kwargs.iter().cloned().map(|(k, v)| (v, k)).unzip();
            if kn.is_empty() {
                vm.call(&bound, &[])?;
            } else {
                vm.call_kw(&bound, &kv, Some(&kn))?;
            }
            break;
        }
    }
    Ok(cls_v)
}

/// Recomputes the flags that tell the attribute protocol which hooks a class has.
pub fn update_special_flags(cls: &Obj<TypeObj>) {
    let t = types();
    let mut f = cls.flags()
        & !(flags::CUSTOM_GETATTRIBUTE
            | flags::HAS_GETATTR
            | flags::CUSTOM_SETATTR
            | flags::CUSTOM_CLASS);
    if let Some(c) = cls.lookup(crate::name!("__class__")) {
        if !t
            .object
            .get_own(crate::name!("__class__"))
            .is_some_and(|o| o.is(&c))
        {
            f |= flags::CUSTOM_CLASS;
        }
    }
    if let Some(ga) = cls.lookup(crate::name!("__getattribute__")) {
        let obj_ga = t.object.get_own(crate::name!("__getattribute__"));
        let ty_ga = t.type_.get_own(crate::name!("__getattribute__"));
        if !obj_ga.is_some_and(|o| o.is(&ga)) && !ty_ga.is_some_and(|o| o.is(&ga)) {
            f |= flags::CUSTOM_GETATTRIBUTE;
        }
    }
    if cls.lookup(crate::name!("__getattr__")).is_some() {
        f |= flags::HAS_GETATTR;
    }
    for name in ["__setattr__", "__delattr__"] {
        if let Some(sa) = cls.lookup_str(name) {
            let o = t.object.get_own(&intern(name));
            let ty = t.type_.get_own(&intern(name));
            if !o.is_some_and(|o| o.is(&sa)) && !ty.is_some_and(|o| o.is(&sa)) {
                f |= flags::CUSTOM_SETATTR;
            }
        }
    }
    cls.data.flags.store(f, Ordering::Relaxed);
}

// ---------------------------------------------------------------------------
// calling a type

/// `cls(*args, **kwargs)`: `__new__` then, for instances of `cls`, `__init__`.
pub fn call_type(
    vm: &Vm,
    cls_v: &Value,
    args: &[Value],
    kwnames: Option<&[Value]>,
) -> PyResult<Value> {
    let cls = cls_v.downcast::<TypeObj>().unwrap();
    let t = types();
    if std::ptr::eq(cls, t.type_) && args.len() == 1 && kwnames.is_none() {
        return Ok(args[0].ty().to_value());
    }
    // the containers' conversions, `tuple(x)`, `list(x)`, `set(x)`: what
    // their `__new__` and `__init__` do, without looking either up (the
    // namespaces of builtin types cannot change)
    if args.len() == 1 && kwnames.is_none() {
        let x = &args[0];
        if std::ptr::eq(cls, t.tuple) {
            if x.is_exact(t.tuple) {
                return Ok(x.clone());
            }
            return Ok(crate::types::tuple::new_tuple(vm.iterate(x)?));
        }
        if std::ptr::eq(cls, t.list) {
            return Ok(crate::types::list::new_list(vm.iterate(x)?));
        }
        if std::ptr::eq(cls, t.set) {
            return crate::types::set::make_new(vm, t.set, Some(x));
        }
    }
    let new = cls
        .lookup(crate::name!("__new__"))
        .ok_or_else(|| error::type_error(format!("cannot create '{}' instances", cls.name())))?;
    let new_f = match new.downcast::<crate::types::function::StaticMethodObj>() {
        Some(sm) => sm.func.clone(),
        None => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(cls_v.clone());
    full.extend_from_slice(args);
    let obj = vm.call_kw(&new_f, &full, kwnames)?;
    if !is_subtype(obj.ty(), cls) {
        return Ok(obj);
    }
    let init = obj.ty().lookup(crate::name!("__init__"));
    if let Some(init) = init {
        if init.kind() == Kind::MethodDescr
            && std::ptr::eq(
                init.downcast::<crate::types::function::MethodDescrObj>()
                    .unwrap()
                    .owner,
                t.object,
            )
        {
            return Ok(obj);
        }
        full[0] = obj.clone();
        let r = vm.call_method_descr_or_fn(&init, &full, kwnames)?;
        if !r.is_none() {
            return Err(error::type_error(format!(
                "__init__() should return None, not '{}'",
                r.ty().name()
            )));
        }
    }
    Ok(obj)
}

// ---------------------------------------------------------------------------
// the `type` and `object` namespaces

fn type_new(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let pos = &args[..args.len() - nkw];
    let meta = pos[0]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("type.__new__(X): X is not a type object"))?;
    if pos.len() == 2 {
        return Ok(pos[1].ty().to_value());
    }
    if pos.len() != 4 {
        return Err(error::type_error("type() takes 1 or 3 arguments"));
    }
    let name = pos[1]
        .downcast::<StrObj>()
        .ok_or_else(|| {
            error::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                pos[1].ty().name()
            ))
        })?
        .as_str()
        .to_string();
    let bases = tuple::as_tuple(&pos[2])
        .ok_or_else(|| {
            error::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                pos[2].ty().name()
            ))
        })?
        .to_vec();
    if crate::types::dict::as_dict(&pos[3]).is_none() {
        return Err(error::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[3].ty().name()
        )));
    }
    // the most derived metaclass wins
    let mut winner = type_ref(meta);
    for b in &bases {
        let bm = b.ty();
        if is_subtype(winner, bm) {
            continue;
        }
        if is_subtype(bm, winner) {
            winner = type_ref(bm);
            continue;
        }
        return Err(error::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    // a more derived metaclass with its own __new__ takes over (as CPython's type_new)
    if !std::ptr::eq(winner, meta) {
        let key = intern("__new__");
        let wn = winner.lookup(&key);
        let tn = types().type_.get_own(&key);
        if !matches!((&wn, &tn), (Some(a), Some(b)) if a.is(b)) {
            let mut full = vec![winner.to_value()];
            full.extend_from_slice(&args[1..]);
            let nkw = kwnames.map_or(0, |k| k.len());
            let _ = nkw;
            return vm.call_kw(&wn.unwrap(), &full, kwnames);
        }
    }
    let kw: Vec<(Value, Value)> = match kwnames {
        Some(k) => k
            .iter()
            .cloned()
            .zip(args[args.len() - nkw..].iter().cloned())
            .collect(),
        None => vec![],
    };
    // a copy of the namespace, so later changes to it do not leak into the class
    let ns = crate::types::dict::new_dict();
    for (k, v) in crate::types::dict::as_dict(&pos[3]).unwrap().items() {
        crate::types::dict::as_dict(&ns)
            .unwrap()
            .set_item(vm, k, v)?;
    }
    new_class(vm, winner, &name, bases, &ns, &kw)
}

fn type_init(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::none())
}

fn type_call(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "type_call")?;
    call_type(vm, &args[0], &args[1..], kw)
}

fn type_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "type_repr")?;
    let t = args[0].downcast::<TypeObj>().unwrap();
    let module = t.get_own(crate::name!("__module__"));
    let m = module
        .as_ref()
        .and_then(|m| m.downcast::<StrObj>())
        .map(|s| s.as_str().to_string());
    let s = match m {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, t.qualname()),
        _ => format!("<class '{}'>", t.qualname()),
    };
    Ok(crate::types::str::new_str(s))
}

fn type_mro(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "type_mro")?;
    let t = args[0].downcast::<TypeObj>().unwrap();
    Ok(crate::types::list::new_list(t.mro().to_vec()))
}

fn type_subclasses(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "type_subclasses")?;
    let t = args[0].downcast::<TypeObj>().unwrap();
    let subs: Vec<Value> = t
        .data
        .subclasses
        .lock()
        .iter()
        // SAFETY: types are never freed.
        .map(|w| unsafe { &*(*w as *const Obj<TypeObj>) }.to_value())
        .collect();
    Ok(crate::types::list::new_list(subs))
}

fn type_instancecheck(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "type_instancecheck")?;
    let t = args[0].downcast::<TypeObj>().unwrap();
    let r = is_subtype(args[1].ty(), t)
        || vm
            .getattr_opt(&args[1], "__class__")?
            .and_then(|c| c.downcast::<TypeObj>().map(|c| is_subtype(c, t)))
            .unwrap_or(false);
    Ok(Value::bool(r))
}

fn type_subclasscheck(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "type_subclasscheck")?;
    let t = args[0].downcast::<TypeObj>().unwrap();
    let c = args[1]
        .downcast::<TypeObj>()
        .ok_or_else(|| error::type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::bool(is_subtype(c, t)))
}

fn type_prepare(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(crate::types::dict::new_dict())
}

fn type_getattribute(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "type_getattribute")?;
    crate::runtime::attr::type_getattr(vm, &args[0], &args[1])
}

fn type_setattr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 3, "type_setattr")?;
    crate::runtime::attr::type_setattr(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(Value::none())
}

fn type_delattr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "type_delattr")?;
    crate::runtime::attr::type_setattr(vm, &args[0], &args[1], None)?;
    Ok(Value::none())
}

fn get_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    let name = t.name();
    Ok(crate::types::str::new_str(if t.has_flag(flags::HEAPTYPE) {
        name
    } else {
        short_name(&name).to_string()
    }))
}

/// Whether `cls` (`base` or a subclass) has `base`'s `__init__`: where a
/// builtin type refuses keyword arguments unless a subclass's own
/// `__init__` takes them, as CPython's `array` and `_random.Random` do.
pub fn inherits_init(cls: &Obj<TypeObj>, base: &Obj<TypeObj>) -> bool {
    let init = crate::name!("__init__");
    match (cls.lookup(init), base.lookup(init)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => true,
    }
}

/// Whether `v` is a plain value as a class attribute: its type defines no
/// descriptor method, so finding it on a class gives the value itself.
fn is_plain_value(v: &Value) -> bool {
    let t = v.ty();
    t.lookup(crate::name!("__get__")).is_none()
        && t.lookup(crate::name!("__set__")).is_none()
        && t.lookup(crate::name!("__delete__")).is_none()
}

/// The last part of a builtin type's dotted name (its `__name__`).
fn short_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}
fn set_name(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = v.downcast::<TypeObj>().unwrap();
    let n = n.and_then(|n| n.downcast::<StrObj>().map(|s| s.as_str().to_string()));
    match n {
        Some(s) if t.has_flag(flags::HEAPTYPE) => {
            *t.data.name.lock() = s;
            Ok(())
        }
        Some(_) => Err(error::type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            t.name()
        ))),
        None => Err(error::type_error("can only assign string to __name__")),
    }
}
fn get_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::types::str::new_str(
        v.downcast::<TypeObj>().unwrap().qualname(),
    ))
}
fn set_qualname(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = v.downcast::<TypeObj>().unwrap();
    match n.and_then(|n| n.downcast::<StrObj>().map(|s| s.as_str().to_string())) {
        Some(s) => {
            *t.data.qualname.lock() = s;
            Ok(())
        }
        None => Err(error::type_error("can only assign string to __qualname__")),
    }
}
fn get_bases(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    Ok(t.data
        .bases
        .get()
        .cloned()
        .unwrap_or_else(|| tuple::new_tuple_from([])))
}
fn get_base(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    Ok(t.data.base.clone().unwrap_or_else(Value::none))
}
fn get_mro(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    Ok(tuple::new_tuple(t.mro().to_vec()))
}
fn get_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(object::alloc(
        types().mappingproxy,
        crate::types::dict::MappingProxyObj { target: v.clone() },
    ))
}
fn get_module(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    Ok(t.get_own(crate::name!("__module__"))
        .unwrap_or_else(|| intern("builtins")))
}
fn get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    match t.get_own(crate::name!("__doc__")) {
        Some(d) => {
            if d.ty().lookup(crate::name!("__get__")).is_some() && d.kind() != Kind::Str {
                return vm.bind_descriptor(&d, None, v);
            }
            Ok(d)
        }
        None => Ok(Value::none()),
    }
}
fn get_abstractmethods(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = v.downcast::<TypeObj>().unwrap();
    match t.get_own(crate::name!("__abstractmethods__")) {
        Some(d) if !std::ptr::eq(t, types().type_) => Ok(d),
        _ => Err(error::attribute_error("__abstractmethods__")),
    }
}
fn set_abstractmethods(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = v.downcast::<TypeObj>().unwrap();
    match n {
        Some(n) => {
            let abstract_ = vm.truthy(&n)?;
            t.set_attr_raw("__abstractmethods__", n);
            let _ = abstract_;
        }
        None => {
            let _ = t
                .data
                .dict
                .remove(&t.header, vm, crate::name!("__abstractmethods__"));
        }
    }
    Ok(())
}

// object

/// Does `cls` inherit `object.__new__` unchanged?
pub fn is_object_new(cls: &Obj<TypeObj>) -> bool {
    let key = crate::name!("__new__");
    match (cls.lookup(key), types().object.get_own(key)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

fn object_new(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeObj>())
        .ok_or_else(|| error::type_error("object.__new__(X): X is not a type object"))?;
    let excess = args.len() > 1 || kwnames.is_some_and(|k| !k.is_empty());
    if excess {
        let t = types();
        let new_is_object = is_object_new(cls);
        let init_is_object = cls.lookup(crate::name!("__init__")).is_some_and(|i| {
            i.downcast::<crate::types::function::MethodDescrObj>()
                .is_some_and(|d| std::ptr::eq(d.owner, t.object))
        });
        if init_is_object || !new_is_object {
            if init_is_object {
                return Err(error::type_error(format!(
                    "{}() takes no arguments",
                    cls.name()
                )));
            }
            return Err(error::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
    }
    if cls.data.layout != Kind::Object {
        return Err(error::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            cls.mro_types()
                .find(|t| t.is_builtin())
                .map(|t| t.name())
                .unwrap_or_default()
        )));
    }
    // (the cached MRO lookup: every instantiation passes here, from every thread)
    if let Some(am) = cls.lookup(crate::name!("__abstractmethods__")) {
        let names = vm.iterate(&am)?;
        if !names.is_empty() {
            let mut ns: Vec<String> = names
                .iter()
                .map(|n| crate::types::str::as_str(n).unwrap_or("?").to_string())
                .collect();
            ns.sort();
            let plural = if ns.len() == 1 { "" } else { "s" };
            return Err(error::type_error(format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                cls.name(),
                plural,
                ns.join(", ")
            )));
        }
    }
    alloc_instance(vm, cls, ObjectBase)
}

fn object_init(_vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    let excess = args.len() > 1 || kwnames.is_some_and(|k| !k.is_empty());
    if excess {
        let cls = args[0].ty();
        let t = types();
        let init_is_object = cls.lookup(crate::name!("__init__")).is_some_and(|i| {
            i.downcast::<crate::types::function::MethodDescrObj>()
                .is_some_and(|d| std::ptr::eq(d.owner, t.object))
        });
        let new_is_object = is_object_new(cls);
        if !init_is_object || new_is_object {
            if init_is_object {
                return Err(error::type_error(format!(
                    "{}() takes no arguments",
                    cls.name()
                )));
            }
            return Err(error::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
    }
    Ok(Value::none())
}

fn object_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_repr")?;
    let v = &args[0];
    let ty = v.ty();
    let module = ty.get_own(crate::name!("__module__"));
    let m = module
        .as_ref()
        .and_then(|m| m.downcast::<StrObj>())
        .map(|s| s.as_str().to_string());
    let _ = vm;
    let name = match m {
        Some(m) if m != "builtins" => format!("{}.{}", m, ty.qualname()),
        _ => ty.qualname(),
    };
    Ok(crate::types::str::new_str(format!(
        "<{} object at {:#x}>",
        name,
        v.raw()
    )))
}

fn object_str(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_str")?;
    vm.repr(&args[0])
}

fn object_eq(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "object_eq")?;
    Ok(if args[0].is(&args[1]) {
        Value::bool(true)
    } else {
        Value::not_implemented()
    })
}

fn object_ne(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "object_ne")?;
    // __ne__ delegates to __eq__ and inverts it
    let eq = vm.call_method(&args[0], "__eq__", &[args[1].clone()])?;
    if eq.is_not_implemented() {
        return Ok(eq);
    }
    Ok(Value::bool(!vm.truthy(&eq)?))
}

fn object_not_impl(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

fn object_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_hash")?;
    Ok(Value::small(
        ((args[0].raw() >> 4) as i64) & crate::value::SMALL_MAX,
    ))
}

fn object_getattribute(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "object_getattribute")?;
    crate::runtime::attr::generic_getattr(vm, &args[0], &args[1])
}

fn object_setattr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(error::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    crate::runtime::attr::generic_setattr(vm, &args[0], &args[1], Some(args[2].clone()))?;
    Ok(Value::none())
}

fn object_delattr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "object_delattr")?;
    crate::runtime::attr::generic_setattr(vm, &args[0], &args[1], None)?;
    Ok(Value::none())
}

fn object_format(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "object_format")?;
    let spec = crate::types::str::as_str(&args[1]).unwrap_or("");
    if !spec.is_empty() {
        return Err(error::type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].ty().name()
        )));
    }
    vm.str(&args[0])
}

fn object_dir(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_dir")?;
    let v = &args[0];
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |k: Value| {
        if let Some(s) = crate::types::str::as_str(&k) {
            if seen.insert(s.to_string()) {
                names.push(k.clone());
            }
        }
    };
    if let Some(d) = instance_dict(v) {
        for k in crate::types::dict::as_dict(&d).unwrap().keys() {
            add(k);
        }
    }
    let cls_v = if let Some(t) = v.downcast::<TypeObj>() {
        t.to_value()
    } else {
        v.ty().to_value()
    };
    let cls = cls_v.downcast::<TypeObj>().unwrap();
    for t in cls.mro_types() {
        for k in t.data.dict.keys(&t.header) {
            add(k);
        }
    }
    if v.downcast::<TypeObj>().is_none() {
        let _ = vm;
    }
    Ok(crate::types::list::new_list(names))
}

fn object_reduce_ex(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_reduce_ex")?;
    Err(error::type_error(format!(
        "cannot pickle '{}' object",
        args[0].ty().name()
    )))
}

fn object_init_subclass(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "object_init_subclass")?;
    if let Some(k) = kw {
        if !k.is_empty() {
            let cls = args[0]
                .downcast::<TypeObj>()
                .map(|t| t.name())
                .unwrap_or_default();
            return Err(error::type_error(format!(
                "{cls}.__init_subclass__() takes no keyword arguments"
            )));
        }
    }
    Ok(Value::none())
}

fn object_subclasshook(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

fn object_get_class(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.ty().to_value())
}

fn object_set_class(_vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let Some(n) = n else {
        return Err(error::type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = n.downcast::<TypeObj>() else {
        return Err(error::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            n.ty().name()
        )));
    };
    let old = v.ty();
    if nt.data.layout != old.data.layout
        || nt.is_builtin() != old.is_builtin()
        || nt.data.nslots != old.data.nslots
    {
        return Err(error::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            old.name()
        )));
    }
    v.header()
        .unwrap()
        .ty
        .store(nt as *const _ as *mut _, Ordering::Release);
    Ok(())
}

fn object_get_dict(_vm: &Vm, v: &Value) -> PyResult<Value> {
    match instance_dict(v) {
        Some(d) => Ok(d),
        None => Err(error::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            v.ty().name()
        ))),
    }
}

fn object_set_dict(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let Some(d) = instance_dict(v) else {
        return Err(error::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            v.ty().name()
        )));
    };
    let n = n.ok_or_else(|| error::type_error("cannot delete __dict__"))?;
    let nd = crate::types::dict::as_dict(&n).ok_or_else(|| {
        error::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            n.ty().name()
        ))
    })?;
    let items = nd.items();
    let dd = crate::types::dict::as_dict(&d).unwrap();
    dd.clear();
    for (k, val) in items {
        dd.set_item(vm, k, val)?;
    }
    Ok(())
}

pub(crate) fn init(t: &Registry) {
    let ty = t.type_;
    ty.add_new(type_new);
    ty.add_method("__init__", type_init);
    ty.add_method("__call__", type_call);
    ty.add_method("__repr__", type_repr);
    ty.add_method("mro", type_mro);
    ty.add_method("__subclasses__", type_subclasses);
    ty.add_method("__instancecheck__", type_instancecheck);
    ty.add_method("__subclasscheck__", type_subclasscheck);
    ty.add_classmethod("__prepare__", type_prepare);
    ty.add_method("__getattribute__", type_getattribute);
    ty.add_method("__setattr__", type_setattr);
    ty.add_method("__delattr__", type_delattr);
    ty.add_getset("__name__", get_name, Some(set_name));
    ty.add_getset("__qualname__", get_qualname, Some(set_qualname));
    ty.add_getset("__bases__", get_bases, None);
    ty.add_getset("__base__", get_base, None);
    ty.add_getset("__mro__", get_mro, None);
    ty.add_getset("__dict__", get_dict, None);
    ty.add_getset("__module__", get_module, None);
    ty.add_getset("__doc__", get_doc, None);
    ty.add_getset(
        "__abstractmethods__",
        get_abstractmethods,
        Some(set_abstractmethods),
    );
    ty.add_impl(
        "__or__",
        function::NativeImpl::Fn(crate::types::typeobj::type_or),
    );
    ty.add_impl(
        "__ror__",
        function::NativeImpl::Fn(crate::types::typeobj::type_or),
    );

    let o = t.object;
    o.add_new(object_new);
    o.add_method("__init__", object_init);
    o.add_method("__repr__", object_repr);
    o.add_method("__str__", object_str);
    o.add_method("__eq__", object_eq);
    o.add_method("__ne__", object_ne);
    o.add_method("__lt__", object_not_impl);
    o.add_method("__le__", object_not_impl);
    o.add_method("__gt__", object_not_impl);
    o.add_method("__ge__", object_not_impl);
    o.add_method("__hash__", object_hash);
    o.add_method("__getattribute__", object_getattribute);
    o.add_method("__setattr__", object_setattr);
    o.add_method("__delattr__", object_delattr);
    o.add_method("__format__", object_format);
    o.add_method("__dir__", object_dir);
    o.add_method("__reduce_ex__", object_reduce_ex);
    o.add_classmethod("__init_subclass__", object_init_subclass);
    o.add_classmethod("__subclasshook__", object_subclasshook);
    o.add_getset("__class__", object_get_class, Some(object_set_class));
    o.set_doc("The base class of the class hierarchy.");
    // `__dict__` of instances: found on object so every class has it.
    let g = function::new_getset(
        "__dict__".into(),
        Some(object_get_dict),
        Some(object_set_dict),
        o,
        None,
    );
    o.set_attr_raw("__dict__", g);

    crate::types::typeobj::init_super(t);

    t.none_type.add_method("__repr__", none_repr);
    t.none_type.add_method("__bool__", none_bool);
    t.none_type.add_new(none_new);
    t.not_implemented_type.add_method("__repr__", ni_repr);
    t.ellipsis_type.add_method("__repr__", ellipsis_repr);
}

fn none_repr(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(intern("None"))
}
fn none_bool(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(false))
}
fn none_new(_vm: &Vm, a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(error::type_error("NoneType takes no arguments"));
    }
    Ok(Value::none())
}
fn ni_repr(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(intern("NotImplemented"))
}
fn ellipsis_repr(_vm: &Vm, _a: &[Value], _k: Option<&[Value]>) -> PyResult<Value> {
    Ok(intern("Ellipsis"))
}

/// `int | str` and friends produce a `types.UnionType`-like object; krait keeps
/// it minimal: a tuple-backed union usable by isinstance.
fn type_or(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    for a in &args[..2] {
        if !(a.is_none() || a.downcast::<TypeObj>().is_some()) {
            return Ok(Value::not_implemented());
        }
    }
    let m = crate::runtime::import::import_module(vm, "_krait")?;
    let u = vm.getattr_str(&m, "UnionType")?;
    vm.call(&u, &[tuple::new_tuple(args[..2].to_vec())])
}

// ---------------------------------------------------------------------------
// super

pub struct SuperObj {
    /// The class named in `super(cls, obj)`; lookup starts after it.
    pub this: Value,
    /// The object (or class) the found attribute binds to; None when unbound.
    pub obj: Option<Value>,
    /// `type(obj)`, or obj itself when obj is a class.
    pub obj_type: Option<Value>,
}

fn super_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let cls = &args[0];
    if args.len() < 2 {
        return Err(error::runtime_error("super(): no arguments"));
    }
    let this = args[1].clone();
    let this_t = this.downcast::<TypeObj>().ok_or_else(|| {
        error::type_error(format!(
            "super() argument 1 must be a type, not {}",
            this.ty().name()
        ))
    })?;
    let (obj, obj_type) = if args.len() > 2 && !args[2].is_none() {
        let o = args[2].clone();
        let ot = if let Some(ot) = o.downcast::<TypeObj>().filter(|ot| is_subtype(ot, this_t)) {
            ot.to_value()
        } else if is_subtype(o.ty(), this_t) {
            o.ty().to_value()
        } else {
            return Err(error::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        };
        (Some(o), Some(ot))
    } else {
        (None, None)
    };
    let ct = cls.downcast::<TypeObj>().unwrap();
    alloc_instance(
        vm,
        ct,
        SuperObj {
            this,
            obj,
            obj_type,
        },
    )
}

fn super_init(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::none())
}

/// Attribute lookup through `super()`: search the MRO of the object's type,
/// starting after `this`.
pub fn super_getattr(vm: &Vm, sv: &Value, name: &Value) -> PyResult<Value> {
    let s = sv.downcast::<SuperObj>().unwrap();
    let n = crate::types::str::as_str(name).unwrap_or("");
    if n != "__class__" {
        if let Some(ot) = &s.obj_type {
            let ott = ot.downcast::<TypeObj>().unwrap();
            let mro = ott.mro();
            let start = mro
                .iter()
                .position(|t| t.is(&s.this))
                .map(|i| i + 1)
                .unwrap_or(mro.len());
            for t in &mro[start..] {
                let tt = t.downcast::<TypeObj>().unwrap();
                if let Some(attr) = tt.get_own(name) {
                    let inst = s.obj.as_ref().filter(|o| !o.is(ot));
                    return vm.bind_descriptor(&attr, inst, ot);
                }
            }
        }
    }
    crate::runtime::attr::generic_getattr(vm, sv, name)
}

fn super_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "super_repr")?;
    let s = args[0].downcast::<SuperObj>().unwrap();
    let this = s.this.downcast::<TypeObj>().unwrap().name();
    let r = match &s.obj_type {
        Some(t) => format!(
            "<super: <class '{}'>, <{} object>>",
            this,
            t.downcast::<TypeObj>().unwrap().name()
        ),
        None => format!("<super: <class '{}'>, NULL>", this),
    };
    Ok(crate::types::str::new_str(r))
}

fn super_getattribute(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "super_getattribute")?;
    super_getattr(vm, &args[0], &args[1])
}

fn super_thisclass(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SuperObj>().unwrap().this.clone())
}
fn super_self(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast::<SuperObj>()
        .unwrap()
        .obj
        .clone()
        .unwrap_or_else(Value::none))
}

pub(crate) fn init_super(t: &Registry) {
    let s = t.super_;
    s.add_new(super_new);
    s.add_method("__init__", super_init);
    s.add_method("__repr__", super_repr);
    s.add_method("__getattribute__", super_getattribute);
    s.add_getset("__thisclass__", super_thisclass, None);
    s.add_getset("__self__", super_self, None);
}

/// `hflags` is re-exported for modules that inspect header flags of instances.
pub use hflags::SUB as HEADER_SUB_FLAG;
pub fn header_of(v: &Value) -> Option<&Header> {
    v.header()
}
pub fn is_type(v: &Value) -> bool {
    v.kind() == Kind::Type
}
pub fn as_type(v: &Value) -> Option<&Obj<TypeObj>> {
    v.downcast::<TypeObj>()
}
pub fn str_payload(v: &Value) -> Option<&Obj<StrObj>> {
    v.downcast::<StrObj>()
}
pub fn unused(_: &Value) -> PyErr {
    error::type_error("unused")
}
