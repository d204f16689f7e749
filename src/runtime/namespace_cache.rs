//! A per-thread cache of global and builtin name lookups (`LOAD_GLOBAL`,
//! module attributes), so that threads running the same module's functions
//! read its namespace without taking the namespace dict's lock: one lock word
//! written by every thread on every global lookup would make them contend.
//!
//! An entry remembers the dicts it was filled from, the name, each dict's
//! version ([`DictObj::version`]: bumped under the dict's lock after every
//! change) and the value found. It is current while both versions still
//! match. A fill reads the versions *before* the locked lookup, so an entry
//! filled while a writer was busy carries the older version and misses later;
//! the cache can never hand out a value older than one it has seen replaced.
//! Each thread owns its entries (owned references): no synchronization.
//!
//! Only deferred dicts are cached (module namespaces): they are never freed,
//! so a dict's address cannot come back as another dict whose versions happen
//! to match. A cycle collector that frees deferred objects must clear these
//! caches.

use std::cell::RefCell;

use crate::types::dict::as_dict;
use crate::value::Value;

const SIZE: usize = 512;

#[derive(Default)]
struct Entry {
    globals: usize,
    builtins: usize,
    name: usize,
    gv: u64,
    bv: u64,
    value: Option<Value>,
}

thread_local! {
    static CACHE: RefCell<Vec<Entry>> = RefCell::new((0..SIZE).map(|_| Entry::default()).collect());
}

fn version(d: Option<&Value>) -> u64 {
    d.and_then(as_dict).map_or(0, |d| d.version())
}

fn slot(globals: usize, name: usize) -> usize {
    ((globals >> 4) ^ (name >> 4).wrapping_mul(0x9E37_79B9)) & (SIZE - 1)
}

fn uncached(globals: &Value, builtins: Option<&Value>, name: &Value) -> Option<Value> {
    as_dict(globals)
        .and_then(|d| d.get_str(name))
        .or_else(|| builtins.and_then(as_dict).and_then(|d| d.get_str(name)))
}

/// `name` (an interned str) looked up in `globals`, then in `builtins` if
/// given: what `LOAD_GLOBAL` and module attribute reads do.
#[inline]
pub fn lookup(globals: &Value, builtins: Option<&Value>, name: &Value) -> Option<Value> {
    if !globals.is_deferred() || !builtins.is_none_or(|b| b.is_deferred()) {
        return uncached(globals, builtins, name);
    }
    let (g, b, n) = (globals.raw(), builtins.map_or(0, |b| b.raw()), name.raw());
    let gv = version(Some(globals));
    let bv = version(builtins);
    let i = slot(g, n);
    let hit = CACHE
        .try_with(|c| {
            let c = c.borrow();
            let e = &c[i];
            if e.globals == g && e.builtins == b && e.name == n && e.gv == gv && e.bv == bv {
                Some(e.value.clone())
            } else {
                None
            }
        })
        .ok()
        .flatten();
    if let Some(v) = hit {
        return v;
    }
    let v = uncached(globals, builtins, name);
    // only interned names (immortal: their address identifies them) are cached
    if name.header().is_some_and(|h| h.is_immortal()) {
        let old = CACHE
            .try_with(|c| {
                std::mem::replace(
                    &mut c.borrow_mut()[i],
                    Entry {
                        globals: g,
                        builtins: b,
                        name: n,
                        gv,
                        bv,
                        value: v.clone(),
                    },
                )
            })
            .ok();
        drop(old);
    }
    v
}

/// Drops this thread's entries (when the thread stops running Python code).
pub fn clear() {
    let old: Vec<Option<Value>> = CACHE
        .try_with(|c| {
            c.borrow_mut()
                .iter_mut()
                .map(|e| {
                    e.globals = 0;
                    e.value.take()
                })
                .collect()
        })
        .unwrap_or_default();
    drop(old);
}
