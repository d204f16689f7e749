//! The ABI between the runtime and compiled code: every memory layout the
//! JIT's generated code relies on, gathered in one place, each checked by a
//! test that reads a real object at the offset published here.
//!
//! * [`FrameHead`]: the `repr(C)` head of every [`Frame`] (its first
//!   field): the offsets of the instruction executing now (`lasti`, which
//!   compiled code writes before a call so the callee sees its caller's
//!   line), the next instruction, the stack pointer and the caller's frame.
//! * Object layouts: the header's type, kind, owner and counts
//!   (`object::header`), a float's value, a range iterator's fields, a
//!   sequence iterator's fields, an exact list's and tuple's items, a dict's
//!   versions. Each constant is computed with `offset_of!` beside the type
//!   whose private fields it names (the list's and tuple's item words by
//!   looking at one, since Rust leaves a `Vec`'s word order open); this
//!   module is where they are collected into [`jit::Abi`] and tested.
//! * Words of immortal objects compiled code embeds (builtin types, True,
//!   False, None, `list.append`) and the helper table (`eval::jit`).
//!
//! The `jit` crate never sees a Rust type of the runtime: only the
//! [`jit::Abi`] built here, and the frame's slot array passed at entry.
//!
//! [`Frame`]: crate::eval::frame::Frame

use std::sync::OnceLock;

use crate::object::Kind;
use crate::types::types;
use crate::value::Value;

/// The part of a frame compiled code (and, later, a sampling profiler or
/// a collector walking frames) addresses at fixed offsets. `repr(C)`, the
/// first field of `Frame` (itself `repr(C)`), so a frame's address is its
/// head's.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameHead {
    /// Offset of the instruction executing now (tracebacks, `f_lineno`).
    pub lasti: usize,
    /// Offset of the next instruction to execute.
    pub ip: usize,
    /// Absolute index of the next free slot of the frame's slot array
    /// (`[locals | cells | frees | stack]`).
    pub sp: usize,
    /// While the frame runs: the address of the frame that was running on
    /// this thread when it started (0: none), see `eval::frame::FrameGuard`.
    /// An address, not a pointer, so that frames stay `Send` (generators
    /// move between threads); it is only followed on the thread that set it.
    pub back: usize,
}

impl FrameHead {
    /// The head of a frame about to start, its stack empty at `stack_base`.
    #[inline(always)]
    pub const fn new(stack_base: usize) -> FrameHead {
        FrameHead {
            lasti: 0,
            ip: 0,
            sp: stack_base,
            back: 0,
        }
    }
}

/// Offsets of [`FrameHead`]'s fields from a frame's address.
pub const FRAME_LASTI: usize = std::mem::offset_of!(FrameHead, lasti);
pub const FRAME_IP: usize = std::mem::offset_of!(FrameHead, ip);
pub const FRAME_SP: usize = std::mem::offset_of!(FrameHead, sp);
pub const FRAME_BACK: usize = std::mem::offset_of!(FrameHead, back);

const _: () = assert!(std::mem::offset_of!(crate::eval::frame::Frame, head) == 0);

fn type_word(t: &crate::object::Obj<crate::object::TypeObj>) -> usize {
    t as *const crate::object::Obj<crate::object::TypeObj> as usize
}

/// The layouts, immortal words and helpers compiled code uses (built once).
pub fn abi() -> &'static jit::Abi {
    static ABI: OnceLock<jit::Abi> = OnceLock::new();
    ABI.get_or_init(|| {
        use crate::eval::jit as rt;
        use crate::object::header;
        use crate::types::{dict, float, iter, range};
        let t = types();
        let list_layout = crate::types::list::items_layout();
        let tuple_layout = crate::types::tuple::items_layout();
        jit::Abi {
            frame_lasti: FRAME_LASTI as i32,
            header_type: header::TYPE_OFFSET as i32,
            header_kind: header::KIND_OFFSET as i32,
            header_ref_local: header::REF_LOCAL_OFFSET as i32,
            header_tid: header::TID_OFFSET as i32,
            header_ref_shared: header::REF_SHARED_OFFSET as i32,
            range_iter_kind: Kind::RangeIter as u8,
            range_next: range::ITER_NEXT_OFFSET as i32,
            range_step: range::ITER_STEP_OFFSET as i32,
            range_remaining: range::ITER_REMAINING_OFFSET as i32,
            float_type: type_word(t.float),
            float_value: float::VALUE_OFFSET as i32,
            true_word: Value::bool(true).raw(),
            false_word: Value::bool(false).raw(),
            none_word: Value::none().raw(),
            unbox_i128: rt::unbox_i128 as *const () as usize,
            dict_keys_version: dict::KEYS_VERSION_OFFSET as i32,
            dict_version: dict::VERSION_OFFSET as i32,
            list_type: type_word(t.list),
            list_items: list_layout.map_or(0, |l| l.0 as i32),
            list_len: list_layout.map_or(0, |l| l.1 as i32),
            object_locking: list_layout.map_or(0, |_| header::object_locking_flag()),
            tuple_type: tuple_layout.map_or(0, |_| type_word(t.tuple)),
            tuple_items: tuple_layout.map_or(0, |l| l.0 as i32),
            tuple_len: tuple_layout.map_or(0, |l| l.1 as i32),
            list_iter_type: list_layout.map_or(0, |_| type_word(t.list_iterator)),
            tuple_iter_type: tuple_layout.map_or(0, |_| type_word(t.tuple_iterator)),
            seq_iter_seq: iter::SEQ_ITER_SEQ_OFFSET as i32,
            seq_iter_index: iter::SEQ_ITER_INDEX_OFFSET as i32,
            seq_iter_done: iter::SEQ_ITER_DONE_OFFSET as i32,
            seq_iter_reverse: iter::SEQ_ITER_REVERSE_OFFSET as i32,
            list_append_word: t
                .list
                .lookup(&crate::types::str::intern("append"))
                .map(|v| v.raw())
                .unwrap_or(0),
            list_append: rt::list_append as *const () as usize,
            pow: rt::pow as *const () as usize,
            helpers: rt::helpers(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> &'static jit::Abi {
        crate::types::init();
        crate::object::brc::register_thread();
        abi()
    }

    /// The word at `off` bytes into the object `v`.
    fn read<T: Copy>(v: &Value, off: i32) -> T {
        assert!(off >= 0);
        // SAFETY: every offset tested here lies inside the object's layout
        // (each test names the object it reads), which `v` keeps alive, and
        // is aligned for `T` (the fields' own types).
        unsafe { *((v.raw() as *const u8).add(off as usize) as *const T) }
    }

    #[test]
    fn frame_head_fields_are_where_compiled_code_writes_them() {
        let a = setup();
        let vm = crate::runtime::vm::Vm::current();
        let code = crate::compile::compile(&vm, "x = 1\n", "<abi>", crate::compile::Mode::Exec)
            .ok()
            .expect("compiles");
        let g = crate::types::dict::new_dict();
        let mut f = crate::eval::frame::Frame::new(code, g.clone(), g, None);
        let base = &mut f as *mut crate::eval::frame::Frame as *mut u8;
        // SAFETY: the head is the frame's first field (asserted above) and
        // `lasti` a usize at `frame_lasti` inside it.
        unsafe { *(base.add(a.frame_lasti as usize) as *mut usize) = 42 };
        assert_eq!(f.head.lasti, 42);
        f.head.ip = 7;
        f.head.sp = 3;
        f.head.back = 0x1230;
        let word = |off: usize| {
            // SAFETY: as above, each a usize field of the head
            unsafe { *(base.add(off) as *const usize) }
        };
        assert_eq!(
            (word(FRAME_IP), word(FRAME_SP), word(FRAME_BACK)),
            (7, 3, 0x1230)
        );
        assert_eq!(f.line(), f.code().line_at(42));
    }

    #[test]
    fn header_fields() {
        let a = setup();
        let v = crate::types::float::new_float(1.5);
        let h = v.header().expect("an object");
        assert_eq!(read::<usize>(&v, a.header_type), a.float_type);
        assert_eq!(read::<u8>(&v, a.header_kind), Kind::Float as u8);
        assert_eq!(
            read::<usize>(&v, a.header_tid),
            crate::object::header::current_tid()
        );
        assert_eq!(
            read::<u32>(&v, a.header_ref_local) as isize + read::<isize>(&v, a.header_ref_shared),
            h.refcount()
        );
        let w = v.clone();
        assert_eq!(read::<u32>(&v, a.header_ref_local), 2);
        drop(w);
        // immortal objects: the local count compiled code tests
        assert_eq!(read::<u32>(&Value::none(), a.header_ref_local), u32::MAX);
        assert_eq!(a.true_word, Value::bool(true).raw());
        assert_eq!(a.false_word, Value::bool(false).raw());
        for w in [
            a.float_type,
            a.list_type,
            a.tuple_type,
            a.list_iter_type,
            a.tuple_iter_type,
        ] {
            // SAFETY: the builtin types live as long as the process
            let t = unsafe { Value::from_raw_borrowed(w) };
            assert!(t.header().is_some_and(|h| h.is_immortal()));
        }
    }

    #[test]
    fn float_value() {
        let a = setup();
        let v = crate::types::float::new_float(-2.25);
        assert_eq!(read::<f64>(&v, a.float_value), -2.25);
    }

    #[test]
    fn range_iterator_fields() {
        let a = setup();
        // range(5, 13, 2): next 5, stop 13, step 2, 4 left
        let it = crate::types::range::new_range_iter(5, 13, 2, 4);
        assert_eq!(read::<u8>(&it, a.header_kind), a.range_iter_kind);
        let fields = (
            read::<i64>(&it, a.range_next),
            read::<i64>(&it, a.range_step),
            read::<i64>(&it, a.range_remaining),
        );
        let vm = crate::runtime::vm::Vm::current();
        let first = crate::runtime::ops::next_step(&vm, &it)
            .ok()
            .flatten()
            .and_then(|v| v.as_small());
        assert_eq!(first, Some(fields.0));
        let second = crate::runtime::ops::next_step(&vm, &it)
            .ok()
            .flatten()
            .and_then(|v| v.as_small());
        assert_eq!(second, Some(fields.0 + fields.1));
        assert_eq!(read::<i64>(&it, a.range_remaining), fields.2 - 2);
    }

    #[test]
    fn sequence_iterator_fields() {
        let a = setup();
        let vm = crate::runtime::vm::Vm::current();
        let t = crate::types::tuple::new_tuple_from([Value::small(1), Value::small(2)]);
        let it = crate::runtime::ops::iter(&vm, &t).expect("iter");
        assert_eq!(read::<usize>(&it, a.header_type), a.tuple_iter_type);
        assert_eq!(read::<usize>(&it, a.seq_iter_seq), t.raw());
        assert_eq!(read::<usize>(&it, a.seq_iter_index), 0);
        let _ = crate::runtime::ops::next_step(&vm, &it);
        assert_eq!(read::<usize>(&it, a.seq_iter_index), 1);
        assert_eq!(read::<u8>(&it, a.seq_iter_reverse), 0);
        assert_eq!(read::<u8>(&it, a.seq_iter_done), 0);
        while let Ok(Some(_)) = crate::runtime::ops::next_step(&vm, &it) {}
        assert_eq!(read::<u8>(&it, a.seq_iter_done), 1);
        let l = crate::types::list::new_list(vec![Value::small(1)]);
        let it = crate::runtime::ops::iter(&vm, &l).expect("iter");
        assert_eq!(read::<usize>(&it, a.header_type), a.list_iter_type);
        assert_eq!(read::<usize>(&it, a.seq_iter_seq), l.raw());
    }

    #[test]
    fn list_and_tuple_items() {
        let a = setup();
        assert!(a.list_items != 0 && a.tuple_items != 0, "layouts found");
        let l = crate::types::list::new_list(vec![Value::small(4), Value::small(5)]);
        assert_eq!(read::<usize>(&l, a.list_len), 2);
        let p = read::<*const usize>(&l, a.list_items);
        // SAFETY: the list's two items, kept alive by `l`
        assert_eq!(unsafe { *p.add(1) }, Value::small(5).raw());
        let t = crate::types::tuple::new_tuple_from([
            Value::small(6),
            Value::small(7),
            Value::small(8),
        ]);
        assert_eq!(read::<usize>(&t, a.tuple_len), 3);
        let p = read::<*const usize>(&t, a.tuple_items);
        // SAFETY: the tuple's three items, kept alive by `t`
        assert_eq!(unsafe { *p.add(2) }, Value::small(8).raw());
        let m = crate::types::list::new_list(Vec::new());
        let append = m
            .ty()
            .lookup(&crate::types::str::intern("append"))
            .expect("list.append");
        assert_eq!(append.raw(), a.list_append_word);
    }

    #[test]
    fn dict_versions() {
        let a = setup();
        let vm = crate::runtime::vm::Vm::current();
        let d = crate::types::dict::new_dict();
        let o = d.downcast::<crate::types::dict::DictObj>().expect("a dict");
        let versions = |d: &Value| {
            (
                read::<u64>(d, a.dict_keys_version),
                read::<u64>(d, a.dict_version),
            )
        };
        assert_eq!(versions(&d), (o.keys_version(), o.version()));
        let k = crate::types::str::intern("k");
        o.set_item(&vm, k.clone(), Value::small(1))
            .ok()
            .expect("set");
        assert_eq!(versions(&d), (o.keys_version(), o.version()));
        o.set_item(&vm, k, Value::small(2)).ok().expect("set");
        assert_eq!(versions(&d), (o.keys_version(), o.version()));
    }
}
