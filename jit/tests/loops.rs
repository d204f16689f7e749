//! The JIT against a fake runtime: small loops written as bytecode, compiled,
//! run on a slot array of value words, and their exits checked (kind,
//! resume offset, stack depth, what was written back), plus the guards the
//! IR must contain and the loops it must refuse.

use std::sync::atomic::AtomicU32;
use std::sync::Mutex;

use jit::{compile, Abi, Const, ExitKind, JitCtx, LoopInput, Refusal, Repr, Seen, Ty};
use specializer::{encode, BinOp, CmpOp, Opcode, Opcode::*};

/// Bytecode from (opcode, argument) pairs, with zeroed caches; returns the
/// units and each instruction's offset.
fn assemble(ins: &[(Opcode, u32)]) -> (Vec<u32>, Vec<u32>) {
    let mut code = Vec::new();
    let mut offs = Vec::new();
    for &(op, arg) in ins {
        offs.push(code.len() as u32);
        code.push(encode(op, arg));
        code.extend(std::iter::repeat_n(0, op.cache_units()));
    }
    (code, offs)
}

/// Jump arguments are offsets: assemble once to learn them, then again.
fn assemble_with(f: impl Fn(&[u32]) -> Vec<(Opcode, u32)>) -> (Vec<u32>, Vec<u32>) {
    let (_, offs) = assemble(&f(&[0; 64]));
    let mut offs64 = offs.clone();
    offs64.resize(64, 0);
    assemble(&f(&offs64))
}

fn tag(i: i64) -> usize {
    ((i << 1) | 1) as usize
}

const TRUE: usize = 0x1000;
const FALSE: usize = 0x2000;

static BOXED: Mutex<Vec<i64>> = Mutex::new(Vec::new());

/// The fake ints past 64 bits: a word pointing at an i128.
extern "C" fn unbox_i128(w: usize, out: *mut [u64; 2]) -> u8 {
    if w & 1 == 1 {
        let i = (w as i64 >> 1) as i128;
        // SAFETY: the compiled code's 16-byte scratch slot
        unsafe { *out = [i as u64, (i >> 64) as u64] };
        return 1;
    }
    // SAFETY: the tests' big ints are leaked `Box<i128>`s
    let i = unsafe { *(w as *const i128) };
    unsafe { *out = [i as u64, (i >> 64) as u64] };
    1
}
fn abi() -> Abi {
    Abi {
        frame_lasti: 0,
        header_type: 24,
        header_kind: 15,
        range_iter_kind: 29,
        range_next: 32,
        range_step: 40,
        range_remaining: 48,
        float_type: 0x3000,
        float_value: 32,
        true_word: TRUE,
        false_word: FALSE,
        unbox_i128: unbox_i128 as *const () as usize,
        dict_keys_version: 8,
        dict_version: 16,
        list_type: 0x5000,
        list_items: 32,
        list_len: 48,
        object_locking: 0,
        tuple_type: 0,
        tuple_items: 0,
        tuple_len: 0,
        list_iter_type: 0,
        tuple_iter_type: 0,
        seq_iter_seq: 0,
        seq_iter_index: 0,
        seq_iter_done: 0,
        seq_iter_reverse: 0,
        list_append_word: 0x6000,
        list_append: 0,
        pow: 0,
        none_word: 0x7000,
        header_ref_local: 8,
        header_tid: 0,
        header_ref_shared: 24,
        helpers: jit::Helpers::default(),
    }
}

/// A loop input with nothing in it: tests fill in what their loop has.
fn base() -> LoopInput<'static> {
    LoopInput {
        code: &[],
        header: 0,
        back_edge: 0,
        nlocals: 0,
        stack_base: 0,
        consts: &[],
        names: &[],
        namespaces: None,
        locals: &[],
        stack: &[],
        forms: &[],
        name_words: &[],
        sites: 0,
        distrust: &[],
        fail_once: false,
        profitable_only: false,
    }
}

const ADD: u32 = BinOp::Add as u32;
const IADD: u32 = BinOp::InplaceAdd as u32;
const LT: u32 = CmpOp::Lt as u32;

/// `while i < n: total += i; i += 1` with locals i, n, total; then
/// `return total`.
fn sum_while() -> (Vec<u32>, Vec<u32>) {
    assemble_with(|o| {
        vec![
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (COMPARE_OP, LT),
            (POP_JUMP_IF_FALSE, o[13]),
            (LOAD_FAST, 2),
            (LOAD_FAST, 0),
            (BINARY_OP, IADD),
            (STORE_FAST, 2),
            (LOAD_FAST, 0),
            (LOAD_CONST, 0),
            (BINARY_OP, ADD),
            (STORE_FAST, 0),
            (JUMP_BACKWARD, 0),
            (LOAD_FAST, 2),
            (RETURN_VALUE, 0),
        ]
    })
}

fn run(
    code: &[u32],
    offs: &[u32],
    back: usize,
    locals: &[Seen],
    stack: &[Seen],
    slots: &mut [usize],
    breaker: u32,
) -> (ExitKind, u32, u32) {
    let input = LoopInput {
        code,
        header: 0,
        back_edge: offs[back],
        nlocals: locals.len() as u32,
        stack_base: locals.len() as u32,
        consts: &[Const::Int(1)],
        names: &[],
        namespaces: None,
        locals,
        stack,
        forms: &[],
        name_words: &[],
        sites: 0,
        distrust: &[],
        fail_once: false,
        profitable_only: false,
    };
    let c = compile(&input, &abi(), true).expect("compiles");
    let word = AtomicU32::new(breaker);
    let mut out = [0u64; jit::OUT_WORDS];
    let ctx = JitCtx {
        breaker: &word,
        out: out.as_mut_ptr(),
        tid: 1,
        frame: std::ptr::null_mut(),
    };
    // SAFETY: `slots` is a frame of this loop's shape, with the types
    // `locals` and `stack` describe; the helper is the fake above.
    let e = unsafe { c.region.enter(slots.as_mut_ptr(), &ctx) };
    restore(e, slots, &out);
    (e.kind, e.resume, e.depth)
}

/// The fake runtime's boxing of an exit's values (as `eval::jit::restore`
/// does with real objects): small ints tagged, larger ones recorded in
/// `BOXED` and stood for by 0xb0_0000, i128s leaked boxes, bools the fake
/// True and False, floats their bits.
fn restore(e: &jit::Exit, slots: &mut [usize], out: &[u64]) {
    let mut k = 0;
    for &(slot, repr) in &e.values {
        let Repr::Unboxed(ty) = repr else {
            panic!("only unboxed values in these loops: {repr:?}")
        };
        let w = out[k];
        k += 1;
        slots[slot as usize] = match ty {
            Ty::Int => {
                let v = w as i64;
                if (-(1i64 << 62)..(1i64 << 62)).contains(&v) {
                    tag(v)
                } else {
                    BOXED.lock().unwrap().push(v);
                    0xb0_0000
                }
            }
            Ty::I128 => {
                let hi = out[k];
                k += 1;
                Box::into_raw(Box::new(((hi as i128) << 64) | w as i128)) as usize
            }
            Ty::Bool => {
                if w != 0 {
                    TRUE
                } else {
                    FALSE
                }
            }
            Ty::Float => w as usize,
            Ty::List | Ty::Obj => unreachable!(),
        };
    }
}

#[test]
fn a_while_loop_runs_to_its_end_and_writes_its_locals_back() {
    let (code, offs) = sum_while();
    let mut slots = vec![tag(0), tag(10), tag(0), 0, 0, 0];
    let ints = [Seen::SmallInt; 3];
    let exit = run(&code, &offs, 12, &ints, &[], &mut slots, 0);
    // left at the jump out of the loop, with nothing on the stack
    assert_eq!(exit, (ExitKind::Leave, offs[13], 0));
    assert_eq!(slots[..3], [tag(10), tag(10), tag(45)]);
    assert_eq!(slots[3..], [0, 0, 0], "the stack slots stay empty");
}

#[test]
fn an_entry_guard_fails_before_anything_is_done() {
    let (code, offs) = sum_while();
    // `total` holds something other than a small int now
    let mut slots = vec![tag(0), tag(10), 0x4000, 0, 0, 0];
    let exit = run(&code, &offs, 12, &[Seen::SmallInt; 3], &[], &mut slots, 0);
    assert_eq!(exit, (ExitKind::EntryGuard, 0, 0));
    assert_eq!(slots, vec![tag(0), tag(10), 0x4000, 0, 0, 0]);
}

#[test]
fn a_breaker_request_leaves_at_the_back_edge() {
    let (code, offs) = sum_while();
    let mut slots = vec![tag(0), tag(10), tag(0), 0, 0, 0];
    let exit = run(&code, &offs, 12, &[Seen::SmallInt; 3], &[], &mut slots, 4);
    // one iteration ran; the interpreter's JUMP_BACKWARD handles the request
    assert_eq!(exit, (ExitKind::Breaker, offs[12], 0));
    assert_eq!(slots[..3], [tag(1), tag(10), tag(0)]);
}

#[test]
fn past_the_small_int_range_values_are_boxed_by_the_helper() {
    let (code, offs) = sum_while();
    BOXED.lock().unwrap().clear();
    // total passes 2**62 (the small-int limit) while it still fits 64 bits:
    // boxed as a big int by the runtime
    let big = (1i64 << 62) - 5;
    let mut slots = vec![tag(0), tag(100), tag(big), 0, 0, 0];
    let exit = run(&code, &offs, 12, &[Seen::SmallInt; 3], &[], &mut slots, 0);
    assert_eq!(exit, (ExitKind::Leave, offs[13], 0));
    // 0 + 1 + ... + 99 added to 2**62 - 5: not a small int any more
    assert_eq!(slots[2], 0xb0_0000);
    assert_eq!(BOXED.lock().unwrap().last(), Some(&(big + 4950)));
}

#[test]
fn int_overflow_exits_before_the_operation_with_its_operands_on_the_stack() {
    // `while 1: x = x * x` squares past 64 bits
    let (code, offs) = assemble_with(|_| {
        vec![
            (LOAD_FAST, 0),
            (LOAD_FAST, 0),
            (BINARY_OP, BinOp::Multiply as u32),
            (STORE_FAST, 0),
            (JUMP_BACKWARD, 0),
        ]
    });
    let mut slots = vec![tag(3), 0, 0];
    let exit = run(&code, &offs, 4, &[Seen::SmallInt], &[], &mut slots, 0);
    assert_eq!(exit, (ExitKind::Deopt, offs[2], 2));
    // 3 -> 9 -> 81 -> 6561 -> 43046721 -> 1853020188851841 (squared again
    // it overflows 64 bits): both operands are that value, on the stack
    let v = 1853020188851841i64;
    assert_eq!(slots, vec![tag(v), tag(v), tag(v)]);
}

#[test]
fn a_range_iterator_is_virtual_and_written_back_at_the_end() {
    // for i in it: total += i
    let (code, offs) = assemble_with(|o| {
        vec![
            (FOR_ITER, o[7]),
            (STORE_FAST, 0),
            (LOAD_FAST, 1),
            (LOAD_FAST, 0),
            (BINARY_OP, IADD),
            (STORE_FAST, 1),
            (JUMP_BACKWARD, 0),
        ]
    });
    // a fake range iterator: kind byte at 15, next/step/remaining at 32/40/48
    let mut obj = [0u64; 8];
    // SAFETY: byte 15 of the 64-byte buffer
    unsafe { *(obj.as_mut_ptr() as *mut u8).add(15) = 29 };
    obj[4] = 5; // next
    obj[5] = 3; // step
    obj[6] = 4; // remaining: 5, 8, 11, 14
    let it = obj.as_mut_ptr() as usize;
    let mut slots = vec![tag(0), tag(0), it, 0, 0];
    let exit = run(
        &code,
        &offs,
        6,
        &[Seen::SmallInt, Seen::SmallInt],
        &[Seen::RangeIter],
        &mut slots,
        0,
    );
    // exhausted: the interpreter's FOR_ITER pops it and jumps
    assert_eq!(exit, (ExitKind::Leave, offs[0], 1));
    assert_eq!(slots[..3], [tag(14), tag(38), it]);
    assert_eq!((obj[4], obj[6]), (17, 0));
}

#[test]
fn floor_division_and_modulo_follow_python_signs() {
    // x = a // b; y = a % b, once (the loop is left by a breaker request)
    let (code, offs) = assemble_with(|_| {
        vec![
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (BINARY_OP, BinOp::FloorDivide as u32),
            (STORE_FAST, 2),
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (BINARY_OP, BinOp::Remainder as u32),
            (STORE_FAST, 3),
            (JUMP_BACKWARD, 0),
        ]
    });
    for (a, b) in [
        (7i64, 2i64),
        (-7, 2),
        (7, -2),
        (-7, -2),
        (6, 3),
        (-6, 3),
        (0, -5),
    ] {
        let mut slots = vec![tag(a), tag(b), tag(0), tag(0), 0, 0];
        let exit = run(&code, &offs, 8, &[Seen::SmallInt; 4], &[], &mut slots, 1);
        assert_eq!(exit.0, ExitKind::Breaker);
        assert_eq!(
            (slots[2], slots[3]),
            (
                tag(a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }),
                {
                    let r = a % b;
                    tag(if r != 0 && (r < 0) != (b < 0) {
                        r + b
                    } else {
                        r
                    })
                }
            ),
            "{a} // {b}, {a} % {b}"
        );
    }
    // a zero divisor is the interpreter's to raise
    let mut slots = vec![tag(1), tag(0), tag(0), tag(0), 0, 0];
    let exit = run(&code, &offs, 8, &[Seen::SmallInt; 4], &[], &mut slots, 1);
    assert_eq!(exit, (ExitKind::Deopt, offs[2], 2));
}

#[test]
fn the_ir_guards_overflow_without_traps() {
    let (code, offs) = sum_while();
    let input = LoopInput {
        code: &code,
        back_edge: offs[12],
        nlocals: 3,
        stack_base: 3,
        consts: &[Const::Int(1)],
        locals: &[Seen::SmallInt; 3],
        ..base()
    };
    let c = compile(&input, &abi(), true).unwrap();
    let clif = c.clif.unwrap();
    assert_eq!(clif.matches("sadd_overflow").count(), 2, "{clif}");
    assert!(clif.contains("icmp slt"), "{clif}");
    // no trap instruction in the IR, no ud2 in the machine code
    let traps = clif.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("trap") || l.contains("= trap") || l.contains("ud2")
    });
    assert!(!traps, "{clif}");
    // exits: the entry guard, the jump out, the breaker at the back edge and
    // one deopt per add
    let kinds: Vec<ExitKind> = c.region.exits.iter().map(|e| e.kind).collect();
    assert_eq!(kinds[0], ExitKind::EntryGuard);
    assert_eq!(kinds.iter().filter(|k| **k == ExitKind::Deopt).count(), 2);
    assert_eq!(kinds.iter().filter(|k| **k == ExitKind::Breaker).count(), 1);
    assert_eq!(kinds.iter().filter(|k| **k == ExitKind::Leave).count(), 1);
}

#[test]
fn globals_without_namespaces_are_refused_and_objects_call_helpers() {
    // a global read in the body
    let (code, offs) =
        assemble_with(|_| vec![(LOAD_GLOBAL, 0), (STORE_FAST, 0), (JUMP_BACKWARD, 0)]);
    let input = LoopInput {
        code: &code,
        back_edge: offs[2],
        nlocals: 1,
        stack_base: 1,
        locals: &[Seen::SmallInt],
        ..base()
    };
    assert_eq!(
        compile(&input, &abi(), false).err(),
        Some(Refusal::Opcode(LOAD_GLOBAL))
    );
    // a local that holds an object: compiled, its `+=` a helper call whose
    // failure is an error exit
    let (code, offs) = sum_while();
    let input = LoopInput {
        code: &code,
        back_edge: offs[12],
        nlocals: 3,
        stack_base: 3,
        consts: &[Const::Int(1)],
        locals: &[Seen::SmallInt, Seen::SmallInt, Seen::Other],
        ..base()
    };
    let c = compile(&input, &abi(), true).expect("compiles");
    let kinds: Vec<ExitKind> = c.region.exits.iter().map(|e| e.kind).collect();
    assert!(kinds.contains(&ExitKind::Error), "{kinds:?}");
    assert!(c.clif.unwrap_or_default().contains("call_indirect"));
}

#[test]
fn an_accumulator_past_64_bits_adds_in_128() {
    // for i in it: total += i * i, with total already past 2**64
    let (code, offs) = assemble_with(|o| {
        vec![
            (FOR_ITER, o[8]),
            (STORE_FAST, 0),
            (LOAD_FAST, 1),
            (LOAD_FAST, 0),
            (LOAD_FAST, 0),
            (BINARY_OP, BinOp::Multiply as u32),
            (BINARY_OP, IADD),
            (STORE_FAST, 1),
            (JUMP_BACKWARD, 0),
        ]
    });
    let mut obj = [0u64; 8];
    // SAFETY: byte 15 of the 64-byte buffer
    unsafe { *(obj.as_mut_ptr() as *mut u8).add(15) = 29 };
    obj[4] = 3_000_000_000; // next
    obj[5] = 1; // step
    obj[6] = 1000; // remaining
    let start: i128 = 1 << 70;
    let total = Box::into_raw(Box::new(start)) as usize;
    let mut slots = vec![tag(0), total, obj.as_mut_ptr() as usize, 0, 0, 0, 0];
    let exit = run(
        &code,
        &offs,
        8,
        &[Seen::SmallInt, Seen::BigInt],
        &[Seen::RangeIter],
        &mut slots,
        0,
    );
    assert_eq!(exit, (ExitKind::Leave, offs[0], 1));
    let want: i128 = start
        + (3_000_000_000i128..3_000_001_000)
            .map(|i| i * i)
            .sum::<i128>();
    // SAFETY: written back by the fake store_i128
    assert_eq!(unsafe { *(slots[1] as *const i128) }, want);
}

#[test]
fn a_loop_over_any_iterator_calls_helpers_with_error_exits_at_their_instructions() {
    // for x in it: total += x      (the iterator on the stack, any object;
    // `total` any object): `next` and the generic `+=` are helper calls,
    // each failure an error exit resuming at its own instruction with its
    // operands back on the stack
    let (code, offs) = assemble_with(|o| {
        vec![
            (FOR_ITER, o[7]),
            (STORE_FAST, 1),
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (BINARY_OP, specializer::BinOp::InplaceAdd as u32),
            (STORE_FAST, 0),
            (JUMP_BACKWARD, 0),
            (RETURN_VALUE, 0),
        ]
    });
    let input = LoopInput {
        code: &code,
        back_edge: offs[6],
        nlocals: 2,
        stack_base: 2,
        locals: &[Seen::Other, Seen::Other],
        stack: &[Seen::Other],
        ..base()
    };
    let c = compile(&input, &abi(), true).expect("compiles");
    let errors: Vec<(u32, u32)> = c
        .region
        .exits
        .iter()
        .filter(|e| e.kind == ExitKind::Error)
        .map(|e| (e.resume, e.depth))
        .collect();
    // FOR_ITER's (the iterator on the stack) and BINARY_OP's (the
    // iterator and both operands)
    assert_eq!(
        errors,
        vec![(offs[0], 1), (offs[4], 3)],
        "{:?}",
        c.region.exits
    );
    let clif = c.clif.unwrap_or_default();
    assert!(clif.contains("call_indirect"));
    let traps = clif.lines().any(|l| {
        let l = l.trim();
        l.starts_with("trap") || l.contains("= trap") || l.contains("ud2")
    });
    assert!(!traps, "{clif}");
    // the same loop in the default mode is refused: its only work is the
    // generic `+=`, which the adaptive interpreter does as fast
    let refused = LoopInput {
        profitable_only: true,
        ..input
    };
    assert_eq!(
        compile(&refused, &abi(), false).err(),
        Some(Refusal::Unprofitable)
    );
    // a `for` whose end jumps back into the loop (no compiler makes one):
    // refused, not a panic
    let (code, offs) = assemble_with(|o| {
        vec![
            (FOR_ITER, o[1]),
            (NOP, 0),
            (JUMP_BACKWARD, 0),
            (RETURN_VALUE, 0),
        ]
    });
    let odd = LoopInput {
        code: &code,
        back_edge: offs[2],
        ..input
    };
    assert_eq!(compile(&odd, &abi(), false).err(), Some(Refusal::Shape));
}

static LIST_HELPER_CALLS: Mutex<Vec<(usize, i64)>> = Mutex::new(Vec::new());

extern "C" fn fake_list_get(l: usize, i: i64) -> usize {
    LIST_HELPER_CALLS.lock().unwrap().push((l, i));
    tag(99)
}

#[test]
fn list_items_are_read_directly_only_while_object_locking_is_off() {
    // item = lst[i] (an exact list, its form BINARY_SUBSCR_LIST_INT), once
    let (code, offs) = assemble(&[
        (LOAD_FAST, 1),
        (LOAD_FAST, 0),
        (BINARY_SUBSCR, 0),
        (STORE_FAST, 2),
        (JUMP_BACKWARD, 0),
    ]);
    let mut forms = vec![0u8; code.len()];
    forms[offs[2] as usize] = BINARY_SUBSCR_LIST_INT as u8;
    let flag = std::sync::atomic::AtomicU8::new(0);
    let mut abi = abi();
    abi.object_locking = flag.as_ptr() as usize;
    abi.helpers.list_get = fake_list_get as *const () as usize;
    let items = [tag(10), tag(20), tag(30)];
    // the fake list: its type at 24, item pointer at 32, count at 48
    let mut list = [0usize; 8];
    list[3] = abi.list_type;
    list[4] = items.as_ptr() as usize;
    list[6] = items.len();
    let lst = list.as_mut_ptr() as usize;
    let input = LoopInput {
        code: &code,
        back_edge: offs[4],
        nlocals: 3,
        stack_base: 3,
        locals: &[Seen::SmallInt, Seen::Other, Seen::Other],
        forms: &forms,
        ..base()
    };
    let c = compile(&input, &abi, true).expect("compiles");
    let clif = c.clif.clone().unwrap_or_default();
    assert!(clif.contains("uload8"), "the flag is tested: {clif}");
    let item = |i: i64, locking: u8| {
        flag.store(locking, std::sync::atomic::Ordering::Relaxed);
        LIST_HELPER_CALLS.lock().unwrap().clear();
        let mut slots = vec![tag(i), lst, tag(0), 0, 0, 0];
        let word = AtomicU32::new(4);
        let mut out = [0u64; jit::OUT_WORDS];
        let ctx = JitCtx {
            breaker: &word,
            out: out.as_mut_ptr(),
            tid: 1,
            frame: std::ptr::null_mut(),
        };
        // SAFETY: the slots are this loop's frame (a small int, the fake
        // list, an object local, the stack); the list's helper is the fake.
        let e = unsafe { c.region.enter(slots.as_mut_ptr(), &ctx) };
        assert_eq!((e.kind, e.resume), (ExitKind::Breaker, offs[4]));
        let calls = LIST_HELPER_CALLS.lock().unwrap().clone();
        (slots[2], calls)
    };
    // one thread: read in place, negative indexes from the end
    assert_eq!(item(1, 0), (tag(20), vec![]));
    assert_eq!(item(-1, 0), (tag(30), vec![]));
    assert_eq!(item(-3, 0), (tag(10), vec![]));
    // out of range either way: the runtime's (which raises IndexError)
    assert_eq!(item(3, 0), (tag(99), vec![(lst, 3)]));
    assert_eq!(item(-4, 0), (tag(99), vec![(lst, -4)]));
    // object locking on (a second thread runs): always the runtime's
    assert_eq!(item(1, 1), (tag(99), vec![(lst, 1)]));
}

static UNPACK_HELPER_CALLS: Mutex<usize> = Mutex::new(0);

extern "C" fn fake_unpack(_seq: usize, n: usize, out: *mut usize) -> i32 {
    *UNPACK_HELPER_CALLS.lock().unwrap() += 1;
    for k in 0..n {
        // SAFETY: compiled code passes room for `n` words
        unsafe { *out.add(k) = tag(-1) };
    }
    1
}

#[test]
fn exact_tuples_of_the_right_length_are_unpacked_in_place() {
    // a, b = t (its form UNPACK_SEQUENCE_TWO_TUPLE), once
    let (code, offs) = assemble(&[
        (LOAD_FAST, 0),
        (UNPACK_SEQUENCE, 2),
        (STORE_FAST, 1),
        (STORE_FAST, 2),
        (JUMP_BACKWARD, 0),
    ]);
    let mut forms = vec![0u8; code.len()];
    forms[offs[1] as usize] = UNPACK_SEQUENCE_TWO_TUPLE as u8;
    let mut abi = abi();
    abi.tuple_type = 0x8000;
    abi.tuple_items = 32;
    abi.tuple_len = 40;
    abi.helpers.unpack = fake_unpack as *const () as usize;
    let input = LoopInput {
        code: &code,
        back_edge: offs[4],
        nlocals: 3,
        stack_base: 3,
        locals: &[Seen::Other, Seen::Other, Seen::Other],
        forms: &forms,
        ..base()
    };
    let c = compile(&input, &abi, false).expect("compiles");
    let unpack = |ty: usize, items: &[usize]| {
        *UNPACK_HELPER_CALLS.lock().unwrap() = 0;
        // the fake tuple: its type at 24, item pointer at 32, count at 40
        let mut t = [0usize; 6];
        t[3] = ty;
        t[4] = items.as_ptr() as usize;
        t[5] = items.len();
        let mut slots = vec![t.as_mut_ptr() as usize, tag(0), tag(0), 0, 0, 0];
        let word = AtomicU32::new(4);
        let mut out = [0u64; jit::OUT_WORDS];
        let ctx = JitCtx {
            breaker: &word,
            out: out.as_mut_ptr(),
            tid: 1,
            frame: std::ptr::null_mut(),
        };
        // SAFETY: the slots are this loop's frame (the fake tuple, two
        // object locals, the stack); the unpack helper is the fake.
        let e = unsafe { c.region.enter(slots.as_mut_ptr(), &ctx) };
        assert_eq!((e.kind, e.resume), (ExitKind::Breaker, offs[4]));
        let calls = *UNPACK_HELPER_CALLS.lock().unwrap();
        (slots[1], slots[2], calls)
    };
    // in place: a = t[0], b = t[1]
    assert_eq!(unpack(0x8000, &[tag(5), tag(6)]), (tag(5), tag(6), 0));
    // another length, or not an exact tuple: the runtime's
    assert_eq!(
        unpack(0x8000, &[tag(5), tag(6), tag(7)]),
        (tag(-1), tag(-1), 1)
    );
    assert_eq!(unpack(0x8008, &[tag(5), tag(6)]), (tag(-1), tag(-1), 1));
}

/// The IR of `total = total + lst[i]` (forms BINARY_SUBSCR_LIST_INT and
/// BINARY_OP_ADD_INT), with the decref helper at a recognizable address.
fn item_sum_clif(fail_once: bool) -> String {
    let (code, offs) = assemble(&[
        (LOAD_FAST, 2),
        (LOAD_FAST, 1),
        (LOAD_FAST, 0),
        (BINARY_SUBSCR, 0),
        (BINARY_OP, ADD),
        (STORE_FAST, 2),
        (JUMP_BACKWARD, 0),
    ]);
    let mut forms = vec![0u8; code.len()];
    forms[offs[3] as usize] = BINARY_SUBSCR_LIST_INT as u8;
    forms[offs[4] as usize] = BINARY_OP_ADD_INT as u8;
    let mut abi = abi();
    abi.helpers.decref = 0xdec0de;
    let input = LoopInput {
        code: &code,
        back_edge: offs[6],
        nlocals: 3,
        stack_base: 3,
        locals: &[Seen::SmallInt, Seen::Other, Seen::SmallInt],
        forms: &forms,
        fail_once,
        ..base()
    };
    compile(&input, &abi, true)
        .expect("compiles")
        .clif
        .unwrap_or_default()
}

#[test]
fn an_item_unboxed_as_an_int_is_not_counted_and_no_branch_is_on_a_constant() {
    let clif = item_sum_clif(false);
    // the item is a new reference, but one that unboxes as an int is a
    // small int: nothing to count down
    assert!(!clif.contains("de_c0de"), "no decref: {clif}");
    // a deopt exit only `fail_once` can force has no branch of its own
    let on_constant = |text: &str| {
        text.lines()
            .any(|l| l.trim_start().starts_with("brif") && l.contains("; v"))
    };
    assert!(!on_constant(&clif), "{clif}");
    // (under fail_once the forced exits are there, each on its flag)
    let forced = item_sum_clif(true);
    assert!(forced.matches("brif").count() > clif.matches("brif").count());
}
