//! Command-line handling, like `python3`: `krait script.py args...`,
//! `krait -c CODE`, `krait -` (stdin), `-V`, `-h`, `-X name[=value]`.
//! Uncaught exceptions print a traceback to stderr and exit 1; `SystemExit`
//! sets the exit status.

use crate::runtime::error::PyErr;
use crate::runtime::vm::{Flags, Vm};
use crate::types::str::new_str;
use crate::types::types;
use crate::value::Value;

pub const USAGE: &str = "usage: krait [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option; krait reserves
         -X gil=0|1 (global lock off/on; free-threaded by default),
         -X specialize=0|1|always (adaptive specialization off/on/at
         every first execution, a test setting; on by default),
         -X stats (specialization and JIT statistics on stderr at exit),
         -X jit=0|1|always|fail-once (the JIT off/on/compiling every loop
         at its first back edge/the same with every guard failing once,
         test settings; on by default),
         -X jit-threshold=N (back edges before a loop is compiled, 1-4096;
         1000 by default), -X perf (compiled loops named in
         /tmp/perf-PID.map for `perf report`)
-u, -B, -E, -s, -S, -I, -O: accepted for compatibility
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment:
PYTHON_GIL : 0 or 1, like -X gil (the -X option wins)
PYTHON_JIT : 0 or 1, like -X jit (the -X option wins)
";

enum Program {
    File(String),
    Command(String),
    Stdin,
}

/// Runs the command line; returns the process exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut flags = Flags::default();
    let mut i = 1;
    let mut program = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.11.7 (krait 0.1.0)");
                return 0;
            }
            "-h" | "--help" | "-?" => {
                print!("{}", USAGE);
                return 0;
            }
            "-c" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -c option\n{}", "usage: krait [option] ... [-c cmd | file | -] [arg] ...\nTry `krait -h' for more information.");
                    return 2;
                }
                program = Some((Program::Command(args[i + 1].clone()), i + 1));
                break;
            }
            "-X" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -X option");
                    return 2;
                }
                add_xoption(&mut flags, &args[i + 1]);
                i += 2;
                continue;
            }
            "-W" => {
                i += 2;
                continue;
            }
            "-" => {
                program = Some((Program::Stdin, i));
                break;
            }
            s if s.starts_with("-X") && s.len() > 2 => {
                add_xoption(&mut flags, &s[2..]);
            }
            s if s.starts_with("-W") => {}
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" | "-O" | "-OO" | "-q" | "-b" | "-d" | "-v"
            | "-i" | "-P" | "-R" => {}
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {}\nusage: krait [option] ... [-c cmd | file | -] [arg] ...\nTry `krait -h' for more information.", s);
                return 2;
            }
            _ => {
                program = Some((Program::File(a.clone()), i));
                break;
            }
        }
        i += 1;
    }
    let (program, argi) = program.unwrap_or((Program::Stdin, args.len()));
    // the lock mode: -X gil wins over PYTHON_GIL; free-threaded by default
    let xgil = flags
        .xoptions
        .iter()
        .rev()
        .find(|(k, _)| k == "gil")
        .map(|(_, v)| v.clone().unwrap_or_default());
    let env_gil = std::env::var("PYTHON_GIL").ok();
    flags.gil = match xgil.or(env_gil) {
        Some(v) => match v.as_str() {
            "1" => true,
            "0" => false,
            other => {
                eprintln!(
                    "Fatal Python error: config_read_gil: {} must be \"0\" or \"1\"",
                    if other.is_empty() { "-X gil" } else { other }
                );
                return 1;
            }
        },
        None => false,
    };
    let argv: Vec<String> = match &program {
        Program::File(f) => std::iter::once(f.clone())
            .chain(args[argi + 1..].iter().cloned())
            .collect(),
        Program::Command(_) => std::iter::once("-c".to_string())
            .chain(args[argi + 1..].iter().cloned())
            .collect(),
        Program::Stdin => std::iter::once("-".to_string())
            .chain(args.get(argi + 1..).unwrap_or(&[]).iter().cloned())
            .collect(),
    };
    let orig = args.clone();
    crate::with_big_stack(move || run(flags, program, argv, orig))
}

fn add_xoption(flags: &mut Flags, s: &str) {
    match s.split_once('=') {
        Some((k, v)) => flags.xoptions.push((k.to_string(), Some(v.to_string()))),
        None => flags.xoptions.push((s.to_string(), None)),
    }
}

fn run(flags: Flags, program: Program, argv: Vec<String>, orig: Vec<String>) -> i32 {
    crate::init(flags);
    let vm = Vm::current();
    let sys = crate::runtime::vm::runtime().sys.get().unwrap().clone();
    let argv_v = crate::types::list::new_list(argv.iter().map(|a| new_str(a.clone())).collect());
    crate::types::module::set_attr(&sys, "argv", argv_v);
    crate::types::module::set_attr(
        &sys,
        "orig_argv",
        crate::types::list::new_list(orig.iter().map(|a| new_str(a.clone())).collect()),
    );
    let path0 = match &program {
        Program::File(f) => {
            let p = std::path::Path::new(f);
            let dir = p
                .parent()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            std::fs::canonicalize(&dir)
                .map(|d| d.display().to_string())
                .unwrap_or(dir)
        }
        _ => String::new(),
    };
    if let Some(path) = crate::modules::sys::sys_attr(&vm, "path") {
        let _ = vm.call_method(&path, "insert", &[Value::small(0), new_str(path0)]);
    }
    let result = match program {
        Program::File(f) => match std::fs::read(&f) {
            Ok(bytes) => {
                // like CPython 3.9+, `__main__.__file__` (and so tracebacks) name
                // the script by an absolute path, joined but not normalized
                let f = match std::env::current_dir() {
                    Ok(d) if !std::path::Path::new(&f).is_absolute() => {
                        d.join(&f).display().to_string()
                    }
                    _ => f,
                };
                match crate::runtime::import::source_from_bytes(&bytes, &f) {
                    Ok(src) => crate::run_main_source(&vm, &src, &f),
                    Err(e) => Err(e),
                }
            }
            Err(e) => {
                let abs = std::fs::canonicalize(&f)
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| {
                        std::env::current_dir()
                            .map(|d| d.join(&f).display().to_string())
                            .unwrap_or(f.clone())
                    });
                eprintln!(
                    "{}: can't open file '{}': [Errno {}] {}",
                    orig_name(),
                    abs,
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                return 2;
            }
        },
        Program::Command(c) => crate::run_main_source(&vm, &c, "<string>"),
        Program::Stdin => {
            let mut s = Vec::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_end(&mut s);
            match crate::runtime::import::source_from_bytes(&s, "<stdin>") {
                Ok(src) => crate::run_main_source(&vm, &src, "<stdin>"),
                Err(e) => Err(e),
            }
        }
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => handle_uncaught(&vm, e),
    };
    // like CPython's finalization: wait for the non-daemon threads
    let code = match crate::runtime::threads::shutdown(&vm) {
        Ok(()) => code,
        Err(e) => match handle_uncaught(&vm, e) {
            0 => code,
            c => c,
        },
    };
    crate::modules::sys::flush_std_streams(&vm);
    if crate::quicken::stats::enabled() {
        eprint!("{}", crate::quicken::stats::report());
        eprint!("{}", crate::eval::jit::stats::report());
    }
    code
}

fn orig_name() -> String {
    "krait".to_string()
}

fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(2) => "No such file or directory".into(),
        Some(13) => "Permission denied".into(),
        Some(21) => "Is a directory".into(),
        _ => e.to_string(),
    }
}

/// Reports an exception that reached the top level; returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    let exc = e.into_value();
    if crate::types::typeobj::is_subtype(exc.ty(), types().exc.system_exit) {
        let code = vm
            .getattr_opt(&exc, "code")
            .ok()
            .flatten()
            .unwrap_or_else(Value::none);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = crate::types::int::to_i64(&code) {
            return (i & 0xff) as i32;
        }
        crate::modules::sys::flush_stdout(vm).ok();
        let s = vm.str_string(&code).unwrap_or_default();
        crate::modules::sys::write_stderr(vm, &format!("{}\n", s));
        return 1;
    }
    crate::modules::sys::flush_stdout(vm).ok();
    let hook = crate::modules::sys::sys_attr(vm, "excepthook");
    match hook {
        Some(h)
            if !crate::modules::sys::sys_attr(vm, "__excepthook__").is_some_and(|d| d.is(&h)) =>
        {
            let tb = crate::types::exceptions::traceback(&exc).unwrap_or_else(Value::none);
            if vm
                .call(&h, &[exc.ty().to_value(), exc.clone(), tb])
                .is_err()
            {
                crate::runtime::traceback::print_exception(vm, &exc);
            }
        }
        _ => crate::runtime::traceback::print_exception(vm, &exc),
    }
    1
}
