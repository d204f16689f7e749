//! The command line, like `python3`'s: running scripts, `-c`, stdin, `-V`,
//! `-h`, `-X` options, exit statuses, and input that must fail cleanly
//! (never a panic or a crash). Expected texts are CPython 3.11's.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn krait(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run krait")
}

fn krait_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_krait"));
    c.args(args).stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run krait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn last_err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .last()
        .unwrap_or("")
        .to_string()
}

fn no_crash(o: &Output) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "krait panicked: {err}");
    assert!(
        o.status.code().is_some(),
        "krait died from a signal: {:?}",
        o.status
    );
}

fn script(name: &str, body: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn dash_c_runs_code() {
    let o = krait(&["-c", "print(1 + 1)"]);
    assert_eq!(stdout(&o), "2\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn version_and_help() {
    let o = krait(&["-V"]);
    assert!(stdout(&o).starts_with("Python 3.11"), "{}", stdout(&o));
    let o = krait(&["--version"]);
    assert!(stdout(&o).starts_with("Python 3.11"));
    let o = krait(&["-h"]);
    assert!(stdout(&o).starts_with("usage: krait"));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn script_arguments_reach_sys_argv() {
    let p = script("argv.py", b"import sys\nprint(sys.argv[1:])\n");
    let o = krait(&[p.to_str().unwrap(), "a", "-b", "--c"]);
    assert_eq!(stdout(&o), "['a', '-b', '--c']\n");
    let o = krait(&["-c", "import sys; print(sys.argv)", "x", "y"]);
    assert_eq!(stdout(&o), "['-c', 'x', 'y']\n");
}

#[test]
fn stdin_program() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"print('from stdin')\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(stdout(&o), "from stdin\n");
}

#[test]
fn xoptions_are_recorded() {
    let o = krait(&[
        "-X",
        "foo=bar",
        "-Xbaz",
        "-c",
        "import sys; print(sorted(sys._xoptions.items()))",
    ]);
    assert_eq!(stdout(&o), "[('baz', True), ('foo', 'bar')]\n");
}

#[test]
fn lock_mode_flags() {
    let q = "import sys; print(sys._is_gil_enabled())";
    assert_eq!(stdout(&krait(&["-c", q])), "False\n");
    assert_eq!(stdout(&krait(&["-X", "gil=1", "-c", q])), "True\n");
    assert_eq!(
        stdout(&krait_env(&["-c", q], &[("PYTHON_GIL", "1")])),
        "True\n"
    );
    // the option wins over the environment
    assert_eq!(
        stdout(&krait_env(
            &["-X", "gil=0", "-c", q],
            &[("PYTHON_GIL", "1")]
        )),
        "False\n"
    );
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let p = script("boom.py", b"def f():\n    return 1 / 0\nf()\n");
    let o = krait(&[p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains(", line 2, in f\n    return 1 / 0\n"), "{err}");
    assert_eq!(last_err(&o), "ZeroDivisionError: division by zero");
}

#[test]
fn system_exit_statuses() {
    assert_eq!(krait(&["-c", "raise SystemExit(3)"]).status.code(), Some(3));
    assert_eq!(
        krait(&["-c", "import sys; sys.exit()"]).status.code(),
        Some(0)
    );
    let o = krait(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(last_err(&o), "bye");
}

#[test]
fn missing_script_exits_2() {
    let o = krait(&["/nonexistent/nope.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(last_err(&o)
        .contains("can't open file '/nonexistent/nope.py': [Errno 2] No such file or directory"));
}

#[test]
fn hostile_sources_raise_syntax_error() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "deep.py",
            "(".repeat(100_000).into_bytes(),
            "SyntaxError: too many nested parentheses",
        ),
        (
            "nul.py",
            b"x = 1\0\n".to_vec(),
            "SyntaxError: source code cannot contain null bytes",
        ),
        (
            "utf8.py",
            b"x = '\xff'\n".to_vec(),
            "SyntaxError: Non-UTF-8 code starting with '\\xff'",
        ),
        (
            "unclosed.py",
            b"x = (1,\n".to_vec(),
            "SyntaxError: '(' was never closed",
        ),
    ];
    for (name, body, want) in cases {
        let p = script(name, &body);
        let o = krait(&[p.to_str().unwrap()]);
        no_crash(&o);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(last_err(&o).starts_with(want), "{name}: {}", last_err(&o));
    }
}

#[test]
fn runaway_recursion_raises() {
    let o = krait(&["-c", "def f(n): return f(n + 1)\nf(0)"]);
    no_crash(&o);
    assert_eq!(
        last_err(&o),
        "RecursionError: maximum recursion depth exceeded"
    );
    // a raised limit still stops before the native stack runs out
    let o = krait(&[
        "-c",
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n + 1)\nf(0)",
    ]);
    no_crash(&o);
    assert_eq!(
        last_err(&o),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn absurd_sizes_raise() {
    for code in ["x = 'ab' * 10**15", "x = [0] * 10**15", "x = b'a' * 10**15"] {
        let o = krait(&["-c", code]);
        no_crash(&o);
        assert_eq!(last_err(&o), "MemoryError", "{code}");
    }
    let o = krait(&["-c", "x = 'ab' * 10**30"]);
    no_crash(&o);
    assert!(
        last_err(&o).starts_with("OverflowError"),
        "{}",
        last_err(&o)
    );
}

#[test]
fn deeply_nested_data_is_freed_without_overflow() {
    let o = krait(&[
        "-c",
        "x = None\nfor i in range(1000000):\n    x = [x]\ndel x\nprint('ok')",
    ]);
    no_crash(&o);
    assert_eq!(stdout(&o), "ok\n");
}

#[test]
fn seed_refcount_demo() {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/refcount.py");
    let o = krait(&[p.to_str().unwrap()]);
    assert_eq!(stdout(&o), "3\n");
}

/// Uncaught exception groups print as CPython's boxed, numbered report; the
/// expected texts are CPython 3.11's stderr with the script path replaced.
#[test]
fn exception_group_tracebacks_match_cpython() {
    let cases: [(&str, &str, &str); 2] = [
        (
            "eg_chained.py",
            r#"def f():
    raise ValueError("v")

def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e

errors = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        errors.append(e)
eg = ExceptionGroup("two problems", errors)
eg.add_note("note on group")
raise eg
"#,
            r#"  + Exception Group Traceback (most recent call last):
  |   File "SCRIPT", line 18, in <module>
  |     raise eg
  | ExceptionGroup: two problems (2 sub-exceptions)
  | note on group
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "SCRIPT", line 13, in <module>
    |     fn()
    |   File "SCRIPT", line 2, in f
    |     raise ValueError("v")
    | ValueError: v
    +---------------- 2 ----------------
    | Traceback (most recent call last):
    |   File "SCRIPT", line 6, in g
    |     f()
    |   File "SCRIPT", line 2, in f
    |     raise ValueError("v")
    | ValueError: v
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Traceback (most recent call last):
    |   File "SCRIPT", line 13, in <module>
    |     fn()
    |   File "SCRIPT", line 8, in g
    |     raise TypeError("t") from e
    | TypeError: t
    +------------------------------------
"#,
        ),
        (
            "eg_star.py",
            r#"def inner():
    raise ExceptionGroup("inner", [KeyError("k"), OSError(2, "no such")])

try:
    try:
        inner()
    except* KeyError:
        raise RuntimeError("while handling")
except* OSError as e:
    print("handled", e)
"#,
            r#"  | ExceptionGroup:  (1 sub-exception)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "SCRIPT", line 6, in <module>
    |     inner()
    |   File "SCRIPT", line 2, in inner
    |     raise ExceptionGroup("inner", [KeyError("k"), OSError(2, "no such")])
    | ExceptionGroup: inner (1 sub-exception)
    +-+---------------- 1 ----------------
      | KeyError: 'k'
      +------------------------------------
    | 
    | During handling of the above exception, another exception occurred:
    | 
    | Traceback (most recent call last):
    |   File "SCRIPT", line 8, in <module>
    |     raise RuntimeError("while handling")
    | RuntimeError: while handling
    +------------------------------------
"#,
        ),
    ];
    for (name, src, want) in cases {
        let p = script(name, src.as_bytes());
        let o = krait(&[p.to_str().unwrap()]);
        no_crash(&o);
        assert_eq!(o.status.code(), Some(1));
        let err = String::from_utf8_lossy(&o.stderr).replace(p.to_str().unwrap(), "SCRIPT");
        assert_eq!(err, want, "{name}");
    }
}

/// `-X specialize` and `dis.dis(f, adaptive=True)`: a warm `a + b` on ints is
/// rewritten to its specialized form, unless specialization is off; the plain
/// disassembly always shows the generic instruction.
#[test]
fn specialization_switches_and_adaptive_dis() {
    let prog = "import dis\ndef f(a, b):\n    return a + b\nfor i in range(10):\n    f(i, i)\ndis.dis(f, adaptive=True)\nprint('--')\ndis.dis(f)\n";
    let on = stdout(&krait(&["-c", prog]));
    let (adaptive, plain) = on.split_once("--").unwrap();
    assert!(adaptive.contains("BINARY_OP_ADD_INT"), "{on}");
    assert!(
        plain.contains("BINARY_OP ") && !plain.contains("BINARY_OP_ADD_INT"),
        "{on}"
    );
    let off = stdout(&krait(&["-X", "specialize=0", "-c", prog]));
    assert!(!off.contains("BINARY_OP_ADD_INT"), "{off}");
    // always: the first execution already specializes
    let once =
        "import dis\ndef f(a, b):\n    return a + b\nf(1.5, 2.0)\ndis.dis(f, adaptive=True)\n";
    let always = stdout(&krait(&["-X", "specialize=always", "-c", once]));
    assert!(always.contains("BINARY_OP_ADD_FLOAT"), "{always}");
    let default = stdout(&krait(&["-c", once]));
    assert!(!default.contains("BINARY_OP_ADD_FLOAT"), "{default}");
}

/// `-X stats` prints the table on stderr at exit: per family and per form,
/// with failure reasons by name.
#[test]
fn specialization_stats_table() {
    let prog = "def f(a, b):\n    return a + b\nfor i in range(100):\n    f(i, i)\n    f('a', 'b')\n    f(i, 1.5)\n    f([1], [2])\nprint('done')\n";
    let o = krait(&["-X", "stats", "-c", prog]);
    assert_eq!(stdout(&o), "done\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("instructions executed:"), "{err}");
    assert!(err.contains("BINARY_OP "), "{err}");
    assert!(err.contains("failed: operand kinds"), "{err}");
    assert!(err.contains("deopts"), "{err}");
    // no table without the option
    let quiet = krait(&["-c", prog]);
    assert!(quiet.stderr.is_empty());
}

#[test]
fn jit_flags_and_statistics() {
    let prog =
        "import sys\nprint(sys._jit.is_available(), sys._jit.is_enabled(), sys._jit.is_active())";
    let on = krait(&["-c", prog]);
    assert_eq!(stdout(&on), "True True False\n");
    let off = krait(&["-X", "jit=0", "-c", prog]);
    assert_eq!(stdout(&off), "True False False\n");
    let env_off = krait_env(&["-c", prog], &[("PYTHON_JIT", "0")]);
    assert_eq!(stdout(&env_off), "True False False\n");
    // the option wins over the environment
    let both = krait_env(&["-X", "jit=1", "-c", prog], &[("PYTHON_JIT", "0")]);
    assert_eq!(stdout(&both), "True True False\n");
    // a hot loop is compiled, entered and left; -X stats says so
    let lp = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i\n    return t\nprint(f(100000))";
    let o = krait(&["-X", "stats", "-X", "jit-threshold=10", "-c", lp]);
    no_crash(&o);
    assert_eq!(stdout(&o), "333328333350000\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("regions compiled: 1"), "{err}");
    assert!(err.contains("exits (leave): 1"), "{err}");
    // a loop the JIT does not handle says why
    let lp = "def f(n):\n    t = []\n    for i in range(n):\n        t.append(i)\n    return len(t)\nprint(f(100))";
    let o = krait(&["-X", "stats", "-X", "jit=always", "-c", lp]);
    assert_eq!(stdout(&o), "100\n");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("loops refused:"), "{err}");
}

/// A guess that keeps failing is not made again: `"v%d" % i` with an int
/// `i` unboxes the constant str as an int (the other operand is one), a
/// deopt at every entry; after the site is given up the loop is compiled
/// without feedback at that instruction (or left interpreted), not
/// recompiled with the same guess up to the limit.
#[test]
fn jit_does_not_repeat_a_failing_guess() {
    let prog = "def names(n):\n    return [\"v%d\" % i for i in range(n)]\n\
                t = 0\nfor k in range(300):\n    t += len(names(50))\nprint(t)";
    let o = krait(&["-X", "stats", "-c", prog]);
    no_crash(&o);
    assert_eq!(stdout(&o), "15000\n");
    let err = String::from_utf8_lossy(&o.stderr);
    let compiled = err
        .lines()
        .find_map(|l| l.trim().strip_prefix("regions compiled: "))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(usize::MAX);
    assert!(compiled <= 2, "{err}");
    assert!(!err.contains("too many recompiles"), "{err}");
}

/// Cranelift's verifier runs in debug builds (and with KRAIT_JIT_VERIFY):
/// no loop of the JIT corpus may be refused by it ("codegen error").
#[test]
fn compiled_loops_pass_the_ir_verifier() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/jit");
    let mut progs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            n.ends_with(".py") && !n.contains("thread")
        })
        .collect();
    progs.sort();
    assert!(progs.len() > 20);
    let mut compiled = 0;
    for p in &progs {
        let o = krait_env(
            &["-X", "stats", "-X", "jit=fail-once", p.to_str().unwrap()],
            &[("KRAIT_JIT_VERIFY", "1")],
        );
        no_crash(&o);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("codegen error"), "{}: {err}", p.display());
        compiled += err
            .lines()
            .find_map(|l| l.trim().strip_prefix("regions compiled: "))
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
    }
    assert!(compiled > 50, "only {compiled} regions compiled");
}
