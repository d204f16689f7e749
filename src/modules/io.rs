//! Files: `open()` in text and binary modes, and the standard streams.
//! Text files are UTF-8 with universal newlines on reading (unless
//! `newline=''`); output is buffered and flushed on `flush()`, `close()`, at
//! exit, and per line for interactive streams.

use parking_lot::Mutex;
use std::io::{Read, Seek, SeekFrom, Write};

use crate::object;
use crate::runtime::args;
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::vm::Vm;
use crate::types::bytes::{as_bytes, new_bytes};
use crate::types::module::{add_fn, new_module, set_attr};
use crate::types::str::{as_str, new_str};
use crate::types::{types, Registry};
use crate::value::Value;

pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
}

pub struct FileState {
    pub stream: Stream,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    pub line_buffering: bool,
    /// `newline=''`: no newline translation on reading.
    pub newline_raw: bool,
    pub encoding: String,
    pub errors: String,
    wbuf: Vec<u8>,
    /// Read-ahead (binary) or decoded text not yet returned.
    rbuf: Vec<u8>,
    rtext: Option<(String, usize)>,
    eof: bool,
}

pub struct FileObj {
    pub state: Mutex<FileState>,
}

impl FileObj {
    /// The stream state, locked. Blocking I/O runs with the global lock
    /// released while this lock is held, so waiting for it must release the
    /// global lock too (or the two threads would wait for each other).
    pub fn lock_state(&self) -> parking_lot::MutexGuard<'_, FileState> {
        if let Some(g) = self.state.try_lock() {
            return g;
        }
        crate::runtime::gil::allow_threads(|| self.lock_state())
    }
}

/// An OSError subclass for a Rust I/O error, with CPython's errno text.
pub fn os_error_from(e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let t = types();
    let find = |n: &str| {
        t.exceptions
            .iter()
            .find(|(x, _)| *x == n)
            .map(|(_, ty)| *ty)
            .unwrap()
    };
    let (errno, msg, ty) = match e.raw_os_error() {
        Some(2) => (2, "No such file or directory", find("FileNotFoundError")),
        Some(13) => (13, "Permission denied", find("PermissionError")),
        Some(17) => (17, "File exists", find("FileExistsError")),
        Some(20) => (20, "Not a directory", find("NotADirectoryError")),
        Some(21) => (21, "Is a directory", find("IsADirectoryError")),
        Some(n) => (n, "I/O error", t.exc.os_error),
        None => match e.kind() {
            std::io::ErrorKind::NotFound => {
                (2, "No such file or directory", find("FileNotFoundError"))
            }
            std::io::ErrorKind::PermissionDenied => {
                (13, "Permission denied", find("PermissionError"))
            }
            _ => (5, "Input/output error", t.exc.os_error),
        },
    };
    let mut a = vec![Value::small(errno as i64), new_str(msg.to_string())];
    if let Some(f) = filename {
        a.push(new_str(f.to_string()));
    }
    PyErr::with_args(ty, a)
}

fn closed_err() -> PyErr {
    error::value_error("I/O operation on closed file.")
}

impl FileState {
    fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.wbuf);
        let stream = &mut self.stream;
        // the write may block (a full pipe): other threads run meanwhile
        crate::runtime::gil::allow_threads(move || match stream {
            Stream::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&buf)?;
                o.flush()
            }
            Stream::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(&buf)?;
                o.flush()
            }
            Stream::File(f) => f.write_all(&buf),
            Stream::Stdin => Ok(()),
        })
    }

    fn write_bytes(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.wbuf.extend_from_slice(b);
        let flush_now = match self.stream {
            Stream::Stderr => true,
            _ => (self.line_buffering && b.contains(&b'\n')) || self.wbuf.len() > 1 << 16,
        };
        if flush_now {
            self.flush()?;
        }
        Ok(())
    }

    fn read_raw_all(&mut self) -> std::io::Result<Vec<u8>> {
        let mut out = std::mem::take(&mut self.rbuf);
        let stream = &mut self.stream;
        crate::runtime::gil::allow_threads(|| match stream {
            Stream::Stdin => std::io::stdin().lock().read_to_end(&mut out).map(|_| ()),
            Stream::File(f) => f.read_to_end(&mut out).map(|_| ()),
            _ => Ok(()),
        })?;
        self.eof = true;
        Ok(out)
    }

    /// Loads the rest of a text file as decoded, newline-translated text.
    fn text(&mut self) -> PyResult<&mut (String, usize)> {
        if self.rtext.is_none() {
            let raw = self.read_raw_all().map_err(|e| os_error_from(&e, None))?;
            let s = crate::types::bytes::decode(&raw, &self.encoding, &self.errors)?;
            let s = if self.newline_raw {
                s
            } else {
                s.replace("\r\n", "\n").replace('\r', "\n")
            };
            self.rtext = Some((s, 0));
        }
        Ok(self.rtext.as_mut().unwrap())
    }
}

fn fo(v: &Value) -> &FileObj {
    &v.downcast::<FileObj>().expect("file object").data
}

fn new_file(ty: crate::types::TypeRef, st: FileState) -> Value {
    object::alloc(
        ty,
        FileObj {
            state: Mutex::new(st),
        },
    )
}

fn std_state(stream: Stream, name: &str, mode: &str, line: bool) -> FileState {
    FileState {
        stream,
        name: new_str(name.to_string()),
        mode: mode.to_string(),
        binary: false,
        readable: mode.contains('r'),
        writable: mode.contains('w'),
        closed: false,
        line_buffering: line,
        newline_raw: false,
        encoding: "utf-8".into(),
        errors: "strict".into(),
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rtext: None,
        eof: false,
    }
}

/// The three standard streams.
pub fn std_streams() -> (Value, Value, Value) {
    let tty = is_tty(1);
    let t = types().text_io;
    (
        new_file(t, std_state(Stream::Stdin, "<stdin>", "r", false)),
        new_file(t, std_state(Stream::Stdout, "<stdout>", "w", tty)),
        new_file(t, std_state(Stream::Stderr, "<stderr>", "w", true)),
    )
}

extern "C" {
    fn isatty(fd: i32) -> i32;
}

fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor number.
    unsafe { isatty(fd) == 1 }
}

static DISCARD_STDOUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    static CAPTURE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Drops everything written to the process's stdout (fuzzing).
pub fn set_discard_stdout(on: bool) {
    DISCARD_STDOUT.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Collects this thread's stdout writes in memory until `take_capture`.
pub fn start_capture() {
    CAPTURE.with(|c| *c.borrow_mut() = Some(String::new()));
}

pub fn take_capture() -> String {
    CAPTURE.with(|c| c.borrow_mut().take().unwrap_or_default())
}

/// Writes text to a native file object directly (the fast path of `print`).
pub fn write_str(v: &Value, s: &str) -> PyResult<bool> {
    let Some(f) = v.downcast::<FileObj>() else {
        return Ok(false);
    };
    let mut st = f.lock_state();
    if matches!(st.stream, Stream::Stdout) {
        if DISCARD_STDOUT.load(std::sync::atomic::Ordering::Relaxed) {
            return Ok(true);
        }
        let captured = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
            Some(buf) => {
                buf.push_str(s);
                true
            }
            None => false,
        });
        if captured {
            return Ok(true);
        }
    }
    if st.closed {
        return Err(closed_err());
    }
    if st.binary {
        return Ok(false);
    }
    st.write_bytes(s.as_bytes())
        .map_err(|e| os_error_from(&e, None))?;
    Ok(true)
}

/// Flushes a native file object.
pub fn flush(v: &Value) -> PyResult<()> {
    if let Some(f) = v.downcast::<FileObj>() {
        let mut st = f.lock_state();
        if !st.closed {
            st.flush().map_err(|e| os_error_from(&e, None))?;
        }
    }
    Ok(())
}

pub fn open(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(
        args,
        kw,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = a[0].clone().unwrap();
    let path = match as_str(&file) {
        Some(s) => s.to_string(),
        None => match as_bytes(&file) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(error::type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.ty().name()
                )))
            }
        },
    };
    let mode = a[1].as_ref().and_then(as_str).unwrap_or("r").to_string();
    let mut o = std::fs::OpenOptions::new();
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let (mut readable, mut writable) = (false, false);
    let valid = mode.chars().all(|c| "rwxabt+".contains(c))
        && mode.chars().filter(|c| "rwxa".contains(*c)).count() == 1;
    if !valid || (binary && mode.contains('t')) {
        return Err(error::value_error(format!("invalid mode: '{}'", mode)));
    }
    if mode.contains('r') {
        o.read(true);
        readable = true;
        if plus {
            o.write(true);
            writable = true;
        }
    } else if mode.contains('w') {
        o.write(true).create(true).truncate(true);
        writable = true;
        if plus {
            o.read(true);
            readable = true;
        }
    } else if mode.contains('a') {
        o.append(true).create(true);
        writable = true;
        if plus {
            o.read(true);
            readable = true;
        }
    } else if mode.contains('x') {
        o.write(true).create_new(true);
        writable = true;
        if plus {
            o.read(true);
            readable = true;
        }
    }
    if binary && a[3].as_ref().is_some_and(|e| !e.is_none()) {
        return Err(error::value_error(
            "binary mode doesn't take an encoding argument",
        ));
    }
    let newline_raw = a[5].as_ref().and_then(as_str) == Some("");
    let f = o.open(&path).map_err(|e| os_error_from(&e, Some(&path)))?;
    if std::fs::metadata(&path)
        .map(|m| m.is_dir())
        .unwrap_or(false)
    {
        return Err(os_error_from(
            &std::io::Error::from_raw_os_error(21),
            Some(&path),
        ));
    }
    let _ = vm;
    let st = FileState {
        stream: Stream::File(f),
        name: file.clone(),
        mode: mode.clone(),
        binary,
        readable,
        writable,
        closed: false,
        line_buffering: false,
        newline_raw,
        encoding: a[3]
            .as_ref()
            .and_then(as_str)
            .unwrap_or("utf-8")
            .to_string(),
        errors: a[4]
            .as_ref()
            .and_then(as_str)
            .unwrap_or("strict")
            .to_string(),
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rtext: None,
        eof: false,
    };
    Ok(new_file(
        if binary {
            types().buffered_io
        } else {
            types().text_io
        },
        st,
    ))
}

fn check_open(st: &FileState) -> PyResult<()> {
    if st.closed {
        return Err(closed_err());
    }
    Ok(())
}

fn f_write(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_write")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    if !st.writable {
        return Err(unsupported_err("not writable"));
    }
    let v = args
        .get(1)
        .ok_or_else(|| error::type_error("write() takes exactly one argument (0 given)"))?;
    if st.binary {
        let b = as_bytes(v).ok_or_else(|| {
            error::type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.ty().name()
            ))
        })?;
        st.write_bytes(&b).map_err(|e| os_error_from(&e, None))?;
        return Ok(crate::types::int::int_from_i64(b.len() as i64));
    }
    let s = as_str(v).ok_or_else(|| {
        error::type_error(format!(
            "write() argument must be str, not {}",
            v.ty().name()
        ))
    })?;
    st.rtext = None;
    let data = if st.encoding == "utf-8" || st.encoding == "utf8" || st.encoding == "UTF-8" {
        s.as_bytes().to_vec()
    } else {
        crate::types::bytes::encode(s, &st.encoding, &st.errors)?
    };
    st.write_bytes(&data).map_err(|e| os_error_from(&e, None))?;
    Ok(crate::types::int::int_from_i64(s.chars().count() as i64))
}

/// `io.UnsupportedOperation` when the io module is loaded (it subclasses
/// OSError and ValueError), else OSError.
fn unsupported_err(msg: &str) -> PyErr {
    let vm = Vm::current();
    let cls = crate::runtime::import::import_module(&vm, "io")
        .ok()
        .and_then(|io| vm.getattr_opt(&io, "UnsupportedOperation").ok().flatten());
    match cls.and_then(|c| vm.call(&c, &[new_str(msg.to_string())]).ok()) {
        Some(e) if crate::types::exceptions::as_exception(&e).is_some() => PyErr::from_value(e),
        _ => PyErr::new(types().exc.os_error, msg),
    }
}

fn f_read(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let f = fo(&args[0]);
    let n: i64 = match args.get(1) {
        Some(v) if !v.is_none() => crate::runtime::ops::index_isize(vm, v)? as i64,
        _ => -1,
    };
    let mut st = f.lock_state();
    check_open(&st)?;
    if !st.readable {
        return Err(unsupported_err("not readable"));
    }
    st.flush().map_err(|e| os_error_from(&e, None))?;
    if st.binary {
        let all = st.read_raw_all().map_err(|e| os_error_from(&e, None))?;
        if n < 0 || n as usize >= all.len() {
            return Ok(new_bytes(all));
        }
        let (a, b) = all.split_at(n as usize);
        st.rbuf = b.to_vec();
        st.eof = false;
        return Ok(new_bytes(a.to_vec()));
    }
    let t = st.text()?;
    let rest = &t.0[t.1..];
    let out: String = if n < 0 {
        rest.to_string()
    } else {
        rest.chars().take(n as usize).collect()
    };
    t.1 += out.len();
    Ok(new_str(out))
}

fn read_line(st: &mut FileState, limit: i64) -> PyResult<Value> {
    if st.binary {
        let all = st.read_raw_all().map_err(|e| os_error_from(&e, None))?;
        let end = all
            .iter()
            .position(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(all.len());
        let end = if limit >= 0 {
            end.min(limit as usize)
        } else {
            end
        };
        st.rbuf = all[end..].to_vec();
        st.eof = false;
        return Ok(new_bytes(all[..end].to_vec()));
    }
    if matches!(st.stream, Stream::Stdin) && st.rtext.is_none() {
        let mut line = String::new();
        crate::runtime::gil::allow_threads(|| std::io::stdin().read_line(&mut line))
            .map_err(|e| os_error_from(&e, None))?;
        return Ok(new_str(line));
    }
    let t = st.text()?;
    let rest = &t.0[t.1..];
    let mut end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
    if limit >= 0 {
        let lim: usize = rest
            .char_indices()
            .nth(limit as usize)
            .map(|(b, _)| b)
            .unwrap_or(rest.len());
        end = end.min(lim);
    }
    let out = rest[..end].to_string();
    t.1 += end;
    Ok(new_str(out))
}

fn f_readline(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let f = fo(&args[0]);
    let limit = match args.get(1) {
        Some(v) if !v.is_none() => crate::runtime::ops::index_isize(vm, v)? as i64,
        _ => -1,
    };
    let mut st = f.lock_state();
    check_open(&st)?;
    read_line(&mut st, limit)
}

fn f_readlines(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_readlines")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    let mut out = Vec::new();
    loop {
        let l = read_line(&mut st, -1)?;
        let empty = as_str(&l).is_some_and(|s| s.is_empty())
            || as_bytes(&l).is_some_and(|b| b.is_empty()) && st.binary;
        if empty {
            break;
        }
        out.push(l);
    }
    Ok(crate::types::list::new_list(out))
}

fn f_next(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_next")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    let l = read_line(&mut st, -1)?;
    let empty = if st.binary {
        as_bytes(&l).is_some_and(|b| b.is_empty())
    } else {
        as_str(&l).is_some_and(|s| s.is_empty())
    };
    if empty {
        return Err(error::stop_iteration(Value::none()));
    }
    Ok(l)
}

fn f_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_iter")?;
    check_open(&fo(&args[0]).lock_state())?;
    Ok(args[0].clone())
}

fn f_writelines(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "f_writelines")?;
    for line in vm.iterate(&args[1])? {
        f_write(vm, &[args[0].clone(), line], None)?;
    }
    Ok(Value::none())
}

fn f_flush(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_flush")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    st.flush().map_err(|e| os_error_from(&e, None))?;
    Ok(Value::none())
}

fn f_close(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_close")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    if !st.closed {
        st.flush().map_err(|e| os_error_from(&e, None))?;
        if matches!(st.stream, Stream::File(_)) {
            st.closed = true;
            st.stream = Stream::Stdin;
        }
    }
    Ok(Value::none())
}

fn f_enter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_enter")?;
    check_open(&fo(&args[0]).lock_state())?;
    Ok(args[0].clone())
}

fn f_exit(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    f_close(vm, &args[..1], None)?;
    Ok(Value::none())
}

fn f_seek(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "index")?;
    let f = fo(&args[0]);
    let pos = crate::runtime::ops::index_isize(vm, &args[1])? as i64;
    let whence = match args.get(2) {
        Some(w) => crate::runtime::ops::index_isize(vm, w)?,
        None => 0,
    };
    let mut st = f.lock_state();
    check_open(&st)?;
    st.flush().map_err(|e| os_error_from(&e, None))?;
    // text position: the read-ahead buffer is dropped and the OS position used
    let consumed_text = st.rtext.take();
    let consumed_raw = std::mem::take(&mut st.rbuf);
    st.eof = false;
    let Stream::File(file) = &mut st.stream else {
        return Err(unsupported_err("underlying stream is not seekable"));
    };
    let target = match whence {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => {
            let cur = file.stream_position().unwrap_or(0) as i64
                - consumed_raw.len() as i64
                - consumed_text.map(|(s, p)| s[p..].len() as i64).unwrap_or(0);
            SeekFrom::Start((cur + pos).max(0) as u64)
        }
        2 => SeekFrom::End(pos),
        _ => {
            return Err(error::value_error(format!(
                "invalid whence ({}, should be 0, 1 or 2)",
                whence
            )))
        }
    };
    let r = file.seek(target).map_err(|e| os_error_from(&e, None))?;
    Ok(crate::types::int::int_from_i64(r as i64))
}

fn f_tell(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_tell")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    st.flush().map_err(|e| os_error_from(&e, None))?;
    let pending_text = st
        .rtext
        .as_ref()
        .map(|(s, p)| s[*p..].len() as i64)
        .unwrap_or(0);
    let pending_raw = st.rbuf.len() as i64;
    let Stream::File(file) = &mut st.stream else {
        return Ok(Value::small(0));
    };
    let p = file
        .stream_position()
        .map_err(|e| os_error_from(&e, None))? as i64;
    Ok(crate::types::int::int_from_i64(
        p - pending_raw - pending_text,
    ))
}

fn f_truncate(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_truncate")?;
    let f = fo(&args[0]);
    let mut st = f.lock_state();
    check_open(&st)?;
    st.flush().map_err(|e| os_error_from(&e, None))?;
    let Stream::File(file) = &mut st.stream else {
        return Ok(Value::small(0));
    };
    let p = file.stream_position().unwrap_or(0);
    file.set_len(p).map_err(|e| os_error_from(&e, None))?;
    Ok(crate::types::int::int_from_i64(p as i64))
}

fn f_closed(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(fo(v).lock_state().closed))
}
fn f_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(fo(v).lock_state().name.clone())
}
fn f_mode(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(fo(v).lock_state().mode.clone()))
}
fn f_encoding(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(fo(v).lock_state().encoding.clone()))
}
fn f_readable(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_readable")?;
    Ok(Value::bool(fo(&args[0]).lock_state().readable))
}
fn f_writable(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_writable")?;
    Ok(Value::bool(fo(&args[0]).lock_state().writable))
}
fn f_seekable(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_seekable")?;
    Ok(Value::bool(matches!(
        fo(&args[0]).lock_state().stream,
        Stream::File(_)
    )))
}
fn f_isatty(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_isatty")?;
    let st = fo(&args[0]).lock_state();
    Ok(Value::bool(match st.stream {
        Stream::Stdin => is_tty(0),
        Stream::Stdout => is_tty(1),
        Stream::Stderr => is_tty(2),
        Stream::File(_) => false,
    }))
}
fn f_fileno(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_fileno")?;
    let st = fo(&args[0]).lock_state();
    Ok(Value::small(match &st.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::File(f) => {
            use std::os::unix::io::AsRawFd;
            f.as_raw_fd() as i64
        }
    }))
}
fn f_repr(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "f_repr")?;
    let st = fo(&args[0]).lock_state();
    let name = vm.repr_string(&st.name)?;
    Ok(new_str(if st.binary {
        format!("<_io.BufferedWriter name={}>", name)
    } else {
        format!(
            "<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>",
            name, st.mode
        )
    }))
}

pub(crate) fn init_types(t: &Registry) {
    for ty in [t.text_io, t.buffered_io] {
        ty.add_method("write", f_write);
        ty.add_method("read", f_read);
        ty.add_method("readline", f_readline);
        ty.add_method("readlines", f_readlines);
        ty.add_method("writelines", f_writelines);
        ty.add_method("__next__", f_next);
        ty.add_method("__iter__", f_iter);
        ty.add_method("flush", f_flush);
        ty.add_method("close", f_close);
        ty.add_method("__enter__", f_enter);
        ty.add_method("__exit__", f_exit);
        ty.add_method("seek", f_seek);
        ty.add_method("tell", f_tell);
        ty.add_method("truncate", f_truncate);
        ty.add_method("readable", f_readable);
        ty.add_method("writable", f_writable);
        ty.add_method("seekable", f_seekable);
        ty.add_method("isatty", f_isatty);
        ty.add_method("fileno", f_fileno);
        ty.add_method("__repr__", f_repr);
        ty.add_getset("closed", f_closed, None);
        ty.add_getset("name", f_name, None);
        ty.add_getset("mode", f_mode, None);
        ty.add_getset("encoding", f_encoding, None);
    }
}

pub fn make_module(_vm: &Vm) -> Value {
    let m = new_module("_io");
    add_fn(&m, "open", open);
    set_attr(&m, "TextIOWrapper", types().text_io.to_value());
    set_attr(&m, "BufferedWriter", types().buffered_io.to_value());
    set_attr(&m, "DEFAULT_BUFFER_SIZE", Value::small(8192));
    m
}
