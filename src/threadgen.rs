//! Small multi-threaded Python programs built from fuzzer bytes, and the check
//! that runs them in both lock modes (the `threads` fuzz target and its seed
//! test in `cargo test`).
//!
//! A program has 2 or 3 threads, each repeating a list of operations taken
//! from the bytes. In *racy* programs the threads work on shared containers
//! and an instance, some operations under a lock and some not; the program
//! checks invariants that hold whatever the interleaving (types of what is
//! read, sizes, an exact count of locked increments) and no thread may die.
//! In *race-free* programs each thread works on its own containers and
//! touches shared state only under a lock with commutative updates (a counter,
//! keys of its own), so the printed final state is the same in every run and
//! in both modes; any difference is a finding.

use std::fmt::Write;

/// A generated program and whether its output must not depend on the lock mode.
pub struct ThreadProgram {
    pub source: String,
    pub race_free: bool,
}

const PRELUDE: &str = "\
import threading
L = [0, 1, 2]
D = {0: 0, 1: 1}
S = {0, 1}
class Obj:
    pass
O = Obj()
O.a = 0
lock = threading.Lock()
C = [0]
SD = {}
errors = []
results = {}
";

/// One operation; `k` is a small key derived from the bytes, `t` the thread number.
fn op(code: u8, k: u32, race_free: bool, out: &mut String, ind: &str) {
    if race_free {
        let line = match code % 12 {
            0 => format!("l.append({k})"),
            1 => "l.pop() if l else None".to_string(),
            2 => format!("d[{k}] = len(l)"),
            3 => format!("d.pop({k}, None)"),
            4 => format!("s.add({k})"),
            5 => format!("s.discard({k})"),
            6 => "l.sort()".to_string(),
            7 => format!("l.extend(sorted(s)[:{}])", k % 4),
            8 => "with lock:\n{ind}    C[0] += 1".to_string(),
            9 => format!("with lock:\n{{ind}}    SD[(t, {k})] = SD.get((t, {k}), 0) + 1"),
            10 => format!("x = [{k}, str({k}), ({k}, None)]"),
            _ => "l.reverse()".to_string(),
        };
        let _ = writeln!(out, "{ind}{}", line.replace("{ind}", ind));
        return;
    }
    let line = match code % 16 {
        0 => format!("L.append({k})"),
        1 => "try:\n{ind}    L.pop()\n{ind}except IndexError:\n{ind}    pass".to_string(),
        2 => format!("try:\n{{ind}}    L[{k} % len(L)] = {k}\n{{ind}}except (IndexError, ZeroDivisionError):\n{{ind}}    pass"),
        3 => "assert all(type(x) is int for x in L[:])".to_string(),
        4 => format!("D[{k}] = {k}"),
        5 => format!("D.pop({k}, None)"),
        6 => format!("v = D.get({k})\n{{ind}}assert v is None or v == {k}"),
        7 => format!("S.add({k})"),
        8 => format!("S.discard({k})"),
        9 => format!("O.a = {k}\n{{ind}}assert type(O.a) is int"),
        10 => "with lock:\n{ind}    C[0] += 1".to_string(),
        11 => format!("with lock:\n{{ind}}    L.append({k})\n{{ind}}    D[{k}] = {k}"),
        12 => "assert all(type(x) is int for x in sorted(S))\n{ind}list(D.items())".to_string(),
        13 => "try:\n{ind}    L.sort()\n{ind}except ValueError:\n{ind}    pass".to_string(),
        14 => "for x in list(L):\n{ind}    assert type(x) is int".to_string(),
        _ => format!("setattr(O, 'b{}', {k})", k % 3),
    };
    let _ = writeln!(out, "{ind}{}", line.replace("{ind}", ind));
}

/// Builds a program from `data`: the first byte chooses the kind, the number of
/// threads and of repetitions; each further pair of bytes is one operation.
pub fn program(data: &[u8]) -> ThreadProgram {
    let head = data.first().copied().unwrap_or(0);
    let race_free = head & 1 == 1;
    let nthreads = 2 + ((head >> 1) & 1) as usize;
    let reps = 1 + ((head >> 2) % 16) as u32 * 8;
    let ops: Vec<(u8, u32)> = data
        .get(1..)
        .unwrap_or(&[])
        .chunks(2)
        .take(60)
        .map(|c| (c[0], *c.get(1).unwrap_or(&0) as u32 % 16))
        .collect();
    let mut src = String::from(PRELUDE);
    let per = ops.len().div_ceil(nthreads).max(1);
    let mut locked_incs = 0u32;
    for t in 0..nthreads {
        let mine: Vec<&(u8, u32)> = ops.iter().skip(t * per).take(per).collect();
        let _ = writeln!(src, "def body{t}():\n    t = {t}");
        if race_free {
            src.push_str("    l, d, s = [], {}, set()\n");
        }
        let _ = writeln!(src, "    for _ in range({reps}):");
        src.push_str("        pass\n");
        for (code, k) in &mine {
            op(*code, *k, race_free, &mut src, "        ");
            let inc = if race_free {
                *code % 12 == 8
            } else {
                *code % 16 == 10
            };
            if inc {
                locked_incs += reps;
            }
        }
        if race_free {
            src.push_str("    results[t] = (l, sorted(d.items()), sorted(s))\n");
        }
    }
    let _ = write!(
        src,
        "\
def guard(f):
    def run():
        try:
            f()
        except BaseException as e:
            errors.append(repr(e))
    return run
threads = [threading.Thread(target=guard(f)) for f in ({})]
for th in threads:
    th.start()
for th in threads:
    th.join()
assert not errors, errors
assert C[0] == {locked_incs}, C[0]
assert all(type(x) is int for x in L)
",
        (0..nthreads)
            .map(|t| format!("body{t}, "))
            .collect::<String>()
    );
    if race_free {
        src.push_str("print(sorted(results.items()), sorted(SD.items()), C[0])\n");
    } else {
        src.push_str("print('done', C[0])\n");
    }
    ThreadProgram {
        source: src,
        race_free,
    }
}

/// Runs the program for `data` free-threaded and with the global lock; Err
/// says what went wrong (an exception, a broken invariant, different output).
pub fn check(data: &[u8]) -> Result<(), String> {
    let p = program(data);
    let mut outputs = Vec::new();
    for gil in [false, true] {
        let out = crate::api::run_capture_in_mode(&p.source, gil)
            .map_err(|e| format!("gil={gil}: {e}\n--- program ---\n{}", p.source))?;
        outputs.push(out);
    }
    if p.race_free && outputs[0] != outputs[1] {
        return Err(format!(
            "race-free program printed differently:\n  free-threaded: {}\n  with the lock: {}\n--- program ---\n{}",
            outputs[0], outputs[1], p.source
        ));
    }
    Ok(())
}
