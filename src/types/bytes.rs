//! `bytes` (immutable) and `bytearray` (mutable, its storage guarded by the
//! object's header lock), their shared methods, and the text codecs
//! (`decode`/`encode` for utf-8, ascii and latin-1 with CPython's error
//! handlers and messages).

use specializer::{BinOp, CmpOp};
use std::borrow::Cow;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicI64, Ordering};

use crate::object::{self, Kind, Obj};
use crate::runtime::args;
use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::function::NativeImpl;
use crate::types::int::{int_from_i64, is_int, to_i64};
use crate::types::list::new_list;
use crate::types::slice::SliceObj;
use crate::types::str::{as_str, new_str};
use crate::types::tuple::new_tuple_from;
use crate::types::typeobj::{alloc_instance, is_subtype, TypeObj};
use crate::types::{types, Registry};
use crate::value::Value;

pub struct BytesObj {
    data: Box<[u8]>,
    hash: AtomicI64,
}

impl BytesObj {
    pub fn new(v: Vec<u8>) -> BytesObj {
        BytesObj {
            data: v.into_boxed_slice(),
            hash: AtomicI64::new(-1),
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[u8] {
        &self.data
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = crate::runtime::hash::hash_bytes(&self.data);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

pub struct ByteArrayObj {
    data: UnsafeCell<Vec<u8>>,
}

// SAFETY: `data` is only touched with the owning object's lock held (see `locked`).
unsafe impl Sync for ByteArrayObj {}
// SAFETY: as above.
unsafe impl Send for ByteArrayObj {}

impl ByteArrayObj {
    pub fn new(v: Vec<u8>) -> ByteArrayObj {
        ByteArrayObj {
            data: UnsafeCell::new(v),
        }
    }
}

impl Obj<ByteArrayObj> {
    /// Runs `f` on the bytes with the object's lock held. `f` must not run Python code.
    #[inline]
    pub fn locked<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        self.with_lock(|| {
            // SAFETY: the lock is held for the duration of `f`.
            f(unsafe { &mut *self.data.data.get() })
        })
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.locked(|v| v.clone())
    }

    pub fn len(&self) -> usize {
        self.locked(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn new_bytes(v: Vec<u8>) -> Value {
    object::alloc(types().bytes, BytesObj::new(v))
}

pub fn new_bytearray(v: Vec<u8>) -> Value {
    object::alloc(types().bytearray, ByteArrayObj::new(v))
}

/// The bytes of a bytes or bytearray value (or subclass), copied.
pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    data_of(v).map(|c| c.into_owned())
}

/// The bytes of a bytes-like value, borrowed for `bytes`.
fn data_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.kind() {
        Kind::Bytes => Some(Cow::Borrowed(v.downcast::<BytesObj>()?.as_slice())),
        Kind::ByteArray => Some(Cow::Owned(v.downcast::<ByteArrayObj>()?.to_vec())),
        _ => None,
    }
}

fn is_bytearray(v: &Value) -> bool {
    v.kind() == Kind::ByteArray
}

/// A result of the same family as `like`: bytearray for bytearrays, else bytes.
fn mk_like(like: &Value, v: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

/// The data of `self` for a method of bytes or bytearray.
fn sv(args: &[Value]) -> Cow<'_, [u8]> {
    data_of(&args[0]).expect("bytes-like self")
}

fn ba(v: &Value) -> &Obj<ByteArrayObj> {
    v.downcast::<ByteArrayObj>().expect("bytearray")
}

/// A bytes-like argument, with "a bytes-like object is required" on failure.
fn buffer_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    data_of(v).ok_or_else(|| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// A byte value (0..=255) from an int-like object.
fn byte_value(vm: &Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = ops::index(vm, v)?;
    match to_i64(&i) {
        Some(x) if (0..256).contains(&x) => Ok(x as u8),
        _ => Err(error::value_error(msg.to_string())),
    }
}

/// `bytes(iterable)` / `int.from_bytes` input: bytes-like or an iterable of ints.
pub fn bytes_from_iterable(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data_of(v) {
        return Ok(d.into_owned());
    }
    if as_str(v).is_some() {
        return Err(error::type_error(format!(
            "cannot convert '{}' object to bytes",
            v.ty().name()
        )));
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(types().exc.type_error) => {
            return Err(error::type_error(format!(
                "cannot convert '{}' object to bytes",
                v.ty().name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

/// `bytearray(iterable)` input (its errors differ slightly from bytes').
fn bytearray_from_iterable(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data_of(v) {
        return Ok(d.into_owned());
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if e.matches(types().exc.type_error) => {
            return Err(error::type_error(format!(
                "cannot convert '{}' object to bytearray",
                v.ty().name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(vm, &x, "byte must be in range(0, 256)")?);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// repr

/// `repr()` of bytes: `b'...'` with CPython's quote choice and escapes.
pub fn repr_bytes(data: &[u8]) -> String {
    repr_bytes_impl(data, false)
}

/// The `b'...'` text; bytearray's repr escapes single quotes even inside
/// double quotes.
fn repr_bytes_impl(data: &[u8], always_escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

// ---------------------------------------------------------------------------
// codecs

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 with a byte order mark (little-endian when encoding).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    UnicodeEscape,
    RawUnicodeEscape,
}

fn lookup_codec(encoding: &str) -> PyResult<Codec> {
    let n: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .collect();
    Ok(match n.as_str() {
        "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "utf8sig" => Codec::Utf8Sig,
        "ascii" | "usascii" | "646" | "us" => Codec::Ascii,
        "latin1" | "iso88591" | "8859" | "cp819" | "l1" | "latin" | "isoir100" => Codec::Latin1,
        "utf16" | "u16" => Codec::Utf16,
        "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf32" | "u32" => Codec::Utf32,
        "utf32le" => Codec::Utf32Le,
        "utf32be" => Codec::Utf32Be,
        "unicodeescape" => Codec::UnicodeEscape,
        "rawunicodeescape" => Codec::RawUnicodeEscape,
        _ => return Err(error::lookup_error(format!("unknown encoding: {encoding}"))),
    })
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16 => "utf-16",
        Codec::Utf16Le => "utf-16-le",
        Codec::Utf16Be => "utf-16-be",
        Codec::Utf32 => "utf-32",
        Codec::Utf32Le => "utf-32-le",
        Codec::Utf32Be => "utf-32-be",
        Codec::UnicodeEscape => "unicodeescape",
        Codec::RawUnicodeEscape => "rawunicodeescape",
    }
}

/// Sets informational attributes on a raised Unicode error (best effort).
fn set_exc_attrs(err: &PyErr, attrs: Vec<(&str, Value)>) {
    let vm = Vm::current();
    for (k, v) in attrs {
        let _ = vm.setattr_str(err.value(), k, v);
    }
}

/// A Unicode error with CPython's five arguments (`encoding, object, start,
/// end, reason`; its str() is the codec message) and the matching attributes.
fn unicode_error(
    ty: crate::types::TypeRef,
    enc: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let attrs = vec![
        ("encoding", new_str(enc.to_string())),
        ("object", object),
        ("start", int_from_i64(start as i64)),
        ("end", int_from_i64(end as i64)),
        ("reason", new_str(reason.to_string())),
    ];
    let err = PyErr::with_args(ty, attrs.iter().map(|(_, v)| v.clone()).collect());
    set_exc_attrs(&err, attrs);
    err
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let obj = new_bytes(data.to_vec());
    unicode_error(
        types().exc.unicode_decode_error,
        codec_name(codec),
        obj,
        start,
        end,
        reason,
    )
}

fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize, reason: &str) -> PyErr {
    let obj = new_str(chars.iter().collect());
    unicode_error(
        types().exc.unicode_encode_error,
        codec_name(codec),
        obj,
        start,
        end,
        reason,
    )
}

fn unknown_handler(errors: &str) -> PyErr {
    error::lookup_error(format!("unknown error handler name '{errors}'"))
}

/// Applies a decode error handler to the undecodable bytes `data[start..end]`.
fn decode_handle(
    out: &mut String,
    codec: Codec,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// Bytes to text with the given codec and error handler.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(encoding)?;
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let data = if codec == Codec::Utf8Sig {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)
            } else {
                data
            };
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                        let start = pos + good;
                        let (end, reason) = match e.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(n) => {
                                let lead = (0xc2..=0xf4).contains(&data[start]);
                                (
                                    start + n,
                                    if n == 1 && !lead {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        decode_handle(&mut out, codec, errors, data, start, end, reason)?;
                        pos = end;
                    }
                }
            }
        }
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_handle(
                        &mut out,
                        codec,
                        errors,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(data, codec, errors),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(data, codec, errors),
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => decode_escape(data, codec, errors),
    }
}

fn decode_utf16(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (mut le, mut start) = (codec != Codec::Utf16Be, 0);
    if codec == Codec::Utf16 && data.len() >= 2 {
        if data[..2] == [0xff, 0xfe] {
            start = 2;
        } else if data[..2] == [0xfe, 0xff] {
            le = false;
            start = 2;
        }
    }
    let unit = |i: usize| -> u32 {
        if le {
            u16::from_le_bytes([data[i], data[i + 1]]) as u32
        } else {
            u16::from_be_bytes([data[i], data[i + 1]]) as u32
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    let mut i = start;
    while i < data.len() {
        if i + 1 >= data.len() {
            decode_handle(
                &mut out,
                codec,
                errors,
                data,
                i,
                data.len(),
                "truncated data",
            )?;
            break;
        }
        let u = unit(i);
        if (0xd800..0xdc00).contains(&u) {
            if i + 3 >= data.len() {
                decode_handle(
                    &mut out,
                    codec,
                    errors,
                    data,
                    i,
                    data.len(),
                    "unexpected end of data",
                )?;
                break;
            }
            let v = unit(i + 2);
            if (0xdc00..0xe000).contains(&v) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                decode_handle(
                    &mut out,
                    codec,
                    errors,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                )?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_handle(&mut out, codec, errors, data, i, i + 2, "illegal encoding")?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (mut le, mut start) = (codec != Codec::Utf32Be, 0);
    if codec == Codec::Utf32 && data.len() >= 4 {
        if data[..4] == [0xff, 0xfe, 0, 0] {
            start = 4;
        } else if data[..4] == [0, 0, 0xfe, 0xff] {
            le = false;
            start = 4;
        }
    }
    let mut out = String::with_capacity(data.len() / 4);
    let mut i = start;
    while i < data.len() {
        if i + 3 >= data.len() {
            decode_handle(
                &mut out,
                codec,
                errors,
                data,
                i,
                data.len(),
                "truncated data",
            )?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let u = if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None if (0xd800..0xe000).contains(&u) => decode_handle(
                &mut out,
                codec,
                errors,
                data,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => decode_handle(
                &mut out,
                codec,
                errors,
                data,
                i,
                i + 4,
                "code point not in range(0x110000)",
            )?,
        }
        i += 4;
    }
    Ok(out)
}

/// `unicode_escape` / `raw_unicode_escape` decoding.
fn decode_escape(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let raw = codec == Codec::RawUnicodeEscape;
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    let n = data.len();
    let hex_run = |from: usize, count: usize| -> Option<u32> {
        if from + count > n {
            return None;
        }
        let mut v: u32 = 0;
        for &b in &data[from..from + count] {
            v = v * 16 + (b as char).to_digit(16)?;
        }
        Some(v)
    };
    while i < n {
        let b = data[i];
        if b != b'\\' || i + 1 >= n {
            if b == b'\\' && !raw {
                decode_handle(&mut out, codec, errors, data, i, n, "\\ at end of string")?;
                break;
            }
            out.push(b as char);
            i += 1;
            continue;
        }
        let c = data[i + 1];
        if raw && c != b'u' && c != b'U' {
            out.push('\\');
            i += 1;
            continue;
        }
        let simple = match c {
            b'\n' => Some('\n'),
            b'\\' => Some('\\'),
            b'\'' => Some('\''),
            b'"' => Some('"'),
            b'a' => Some('\x07'),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(ch) = simple {
            if c != b'\n' {
                out.push(ch);
            }
            i += 2;
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut v: u32 = 0;
                let mut j = i + 1;
                while j < n && j < i + 4 && (b'0'..=b'7').contains(&data[j]) {
                    v = v * 8 + (data[j] - b'0') as u32;
                    j += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                i = j;
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match hex_run(i + 2, count) {
                    Some(v) => match char::from_u32(v) {
                        Some(ch) => {
                            out.push(ch);
                            i += 2 + count;
                        }
                        None => {
                            decode_handle(
                                &mut out,
                                codec,
                                errors,
                                data,
                                i,
                                i + 2 + count,
                                "illegal Unicode character",
                            )?;
                            i += 2 + count;
                        }
                    },
                    None => {
                        let mut end = i + 2;
                        while end < n
                            && end < i + 2 + count
                            && (data[end] as char).is_ascii_hexdigit()
                        {
                            end += 1;
                        }
                        decode_handle(&mut out, codec, errors, data, i, end, what)?;
                        i = end;
                    }
                }
            }
            _ => {
                out.push('\\');
                out.push(c as char);
                i += 2;
            }
        }
    }
    Ok(out)
}

/// Text to bytes with the given codec and error handler.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut v = b"\xef\xbb\xbf".to_vec();
            v.extend_from_slice(s.as_bytes());
            return Ok(v);
        }
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut v = Vec::with_capacity(s.len() * 2 + 2);
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                v.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut v = Vec::with_capacity(s.len() * 4 + 4);
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                v.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let mut v = Vec::with_capacity(s.len());
            for c in s.chars() {
                let n = c as u32;
                let esc = match c {
                    _ if raw && n < 0x100 => {
                        v.push(n as u8);
                        continue;
                    }
                    '\\' => "\\\\".to_string(),
                    '\t' => "\\t".to_string(),
                    '\n' => "\\n".to_string(),
                    '\r' => "\\r".to_string(),
                    _ if (0x20..0x7f).contains(&n) => {
                        v.push(n as u8);
                        continue;
                    }
                    _ if n < 0x100 => format!("\\x{:02x}", n),
                    _ if n < 0x10000 => format!("\\u{:04x}", n),
                    _ => format!("\\U{:08x}", n),
                };
                v.extend_from_slice(esc.as_bytes());
            }
            return Ok(v);
        }
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u8).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    let reason = format!("ordinal not in range({limit})");
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && (chars[end] as u32) >= limit {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(codec, &chars, i, end, &reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &ch in &chars[i..end] {
                    let n = ch as u32;
                    let e = if n <= 0xff {
                        format!("\\x{:02x}", n)
                    } else if n <= 0xffff {
                        format!("\\u{:04x}", n)
                    } else {
                        format!("\\U{:08x}", n)
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &ch in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// construction

/// A type name as argument-conversion errors show it (`None` for None).
fn arg_type_name(v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        v.ty().name()
    }
}

/// Parses `(source, encoding, errors)` of `bytes()`/`bytearray()`.
fn ctor_args(
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    let a = args::parse(&args[1..], kw, name, &["source", "encoding", "errors"], 0)?;
    let s = |v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match as_str(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(error::type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    name,
                    what,
                    arg_type_name(v)
                ))),
            },
        }
    };
    Ok((a[0].clone(), s(&a[1], "encoding")?, s(&a[2], "errors")?))
}

fn bytes_new(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    let (x, encoding, errors) = ctor_args(args, kw, "bytes")?;
    let data: Vec<u8> = match x {
        None => {
            if encoding.is_some() {
                return Err(error::type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(error::type_error("errors without a string argument"));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(enc) = &encoding {
                let Some(s) = as_str(&x) else {
                    return Err(error::type_error("encoding without a string argument"));
                };
                encode(s, enc, errors.as_deref().unwrap_or("strict"))?
            } else if errors.is_some() {
                return Err(error::type_error(if as_str(&x).is_some() {
                    "string argument without an encoding"
                } else {
                    "errors without a string argument"
                }));
            } else if let Some(f) = x.ty().lookup(crate::name!("__bytes__")) {
                let r = vm.call_method_descr_or_fn(&f, std::slice::from_ref(&x), None)?;
                if r.kind() != Kind::Bytes {
                    return Err(error::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        r.ty().name()
                    )));
                }
                if std::ptr::eq(cls, types().bytes) {
                    return Ok(r);
                }
                data_of(&r).unwrap().into_owned()
            } else if as_str(&x).is_some() {
                return Err(error::type_error("string argument without an encoding"));
            } else if is_int(&x)
                || (x.kind() != Kind::ByteArray
                    && x.ty().lookup(crate::name!("__index__")).is_some())
            {
                let n = ops::index(vm, &x)?;
                match to_i64(&n) {
                    Some(k) if k < 0 => return Err(error::value_error("negative count")),
                    Some(k) => {
                        crate::types::str::check_alloc(k as usize)?;
                        vec![0u8; k as usize]
                    }
                    None => {
                        return Err(error::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                }
            } else {
                bytes_from_iterable(vm, &x)?
            }
        }
    };
    if std::ptr::eq(cls, types().bytes) {
        Ok(new_bytes(data))
    } else {
        alloc_instance(vm, cls, BytesObj::new(data))
    }
}

fn bytearray_new(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytearray_new")?;
    let cls = args[0].downcast::<TypeObj>().unwrap();
    if std::ptr::eq(cls, types().bytearray) {
        Ok(new_bytearray(Vec::new()))
    } else {
        alloc_instance(vm, cls, ByteArrayObj::new(Vec::new()))
    }
}

fn bytearray_init(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytearray_init")?;
    let (x, encoding, errors) = ctor_args(args, kw, "bytearray")?;
    let data: Vec<u8> = match x {
        None => {
            if encoding.is_some() {
                return Err(error::type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(error::type_error("errors without a string argument"));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(s) = as_str(&x) {
                let Some(enc) = &encoding else {
                    return Err(error::type_error("string argument without an encoding"));
                };
                encode(s, enc, errors.as_deref().unwrap_or("strict"))?
            } else if encoding.is_some() {
                return Err(error::type_error("encoding without a string argument"));
            } else if errors.is_some() {
                return Err(error::type_error("errors without a string argument"));
            } else if is_int(&x)
                || (data_of(&x).is_none() && x.ty().lookup(crate::name!("__index__")).is_some())
            {
                let n = ops::index(vm, &x)?;
                match to_i64(&n) {
                    Some(k) if k < 0 => return Err(error::value_error("negative count")),
                    Some(k) => {
                        crate::types::str::check_alloc(k as usize)?;
                        vec![0u8; k as usize]
                    }
                    None => {
                        return Err(error::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                }
            } else {
                bytearray_from_iterable(vm, &x)?
            }
        }
    };
    let old = ba(&args[0]).locked(|v| std::mem::replace(v, data));
    drop(old);
    Ok(Value::none())
}

// ---------------------------------------------------------------------------
// protocol methods

fn bytes_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_str(repr_bytes(&sv(args))))
}

fn bytearray_repr(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytearray_repr")?;
    let name = args[0].ty().name();
    Ok(new_str(format!(
        "{}({})",
        name,
        repr_bytes_impl(&sv(args), true)
    )))
}

/// `hash()` of a bytes value (full 64-bit, like CPython's `tp_hash`).
pub fn hash_value(v: &Value) -> Option<i64> {
    v.downcast::<BytesObj>().map(|b| b.hash())
}

fn bytes_hash(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_hash")?;
    let b = args[0].downcast::<BytesObj>().expect("bytes");
    Ok(int_from_i64(b.hash()))
}

fn bytes_len(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_len")?;
    let n = match args[0].downcast::<BytesObj>() {
        Some(b) => b.as_slice().len(),
        None => ba(&args[0]).len(),
    };
    Ok(int_from_i64(n as i64))
}

fn bytes_bytes(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_bytes")?;
    if args[0].is_exact(types().bytes) {
        return Ok(args[0].clone());
    }
    Ok(new_bytes(sv(args).into_owned()))
}

fn bytes_getnewargs(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(new_tuple_from([new_bytes(sv(args).into_owned())]))
}

fn bytes_getitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "bytes_getitem")?;
    let me = &args[0];
    let k = &args[1];
    if let Some(sl) = k.downcast::<SliceObj>() {
        let data = sv(args);
        let (start, _stop, step, n) = sl.indices(vm, data.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(data[i as usize]);
            i += step;
        }
        return Ok(mk_like(me, out));
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        let what = if is_bytearray(me) {
            "bytearray"
        } else {
            "byte"
        };
        return Err(error::type_error(format!(
            "{} indices must be integers or slices, not {}",
            what,
            k.ty().name()
        )));
    }
    let i = ops::index_isize(vm, k)?;
    let at = |data: &[u8]| {
        let n = data.len() as isize;
        let j = if i < 0 { i + n } else { i };
        (j >= 0 && j < n).then(|| data[j as usize])
    };
    // one byte: a bytearray's is read under its lock, not copied out with
    // the whole buffer (iterating a bytearray indexes it at every step)
    let byte = if is_bytearray(me) {
        ba(me).locked(|v| at(v))
    } else {
        at(&sv(args))
    };
    match byte {
        Some(b) => Ok(Value::small(b as i64)),
        None => Err(error::index_error(if is_bytearray(me) {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

fn bytes_iter(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_iter")?;
    let t = types();
    let ty = if is_bytearray(&args[0]) {
        t.seq_iterator
    } else {
        t.bytes_iterator
    };
    Ok(crate::types::iter::new_seq_iter(ty, args[0].clone()))
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    if n.len() == 1 {
        return h.iter().position(|&b| b == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn count_sub(h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return h.len() + 1;
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&h[i..], n) {
        c += 1;
        i += p + n.len();
    }
    c
}

fn bytes_contains(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "bytes_contains")?;
    let data = sv(args);
    let x = &args[1];
    if is_int(x) || (data_of(x).is_none() && x.ty().lookup(crate::name!("__index__")).is_some()) {
        let b = byte_value(vm, x, "byte must be in range(0, 256)")?;
        return Ok(Value::bool(data.contains(&b)));
    }
    let n = buffer_arg(x)?;
    Ok(Value::bool(find_sub(&data, &n).is_some()))
}

fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(x) = data_of(a) else {
        return Ok(Value::not_implemented());
    };
    let Some(y) = data_of(b) else {
        if b.ty().lookup(crate::name!("__radd__")).is_some() {
            return Ok(Value::not_implemented());
        }
        return Err(error::type_error(format!(
            "can't concat {} to {}",
            b.ty().name(),
            a.ty().name()
        )));
    };
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(&x);
    v.extend_from_slice(&y);
    Ok(mk_like(a, v))
}

fn bytes_binop(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match op.base() {
        BinOp::Add => concat(a, b),
        BinOp::Multiply => {
            let (s, n) = if data_of(a).is_some() {
                (a, b)
            } else if data_of(b).is_some() {
                (b, a)
            } else {
                return Ok(Value::not_implemented());
            };
            if !is_int(n) && n.ty().lookup(crate::name!("__index__")).is_none() {
                return Ok(Value::not_implemented());
            }
            let k = crate::types::str::repeat_count(vm, n)?;
            let d = data_of(s).unwrap();
            if d.len()
                .checked_mul(k)
                .is_none_or(|t| t > isize::MAX as usize / 2)
            {
                return Err(error::memory_error(""));
            }
            crate::types::str::check_alloc(d.len() * k)?;
            Ok(mk_like(s, d.repeat(k)))
        }
        BinOp::Remainder => {
            let Some(d) = data_of(a) else {
                return Ok(Value::not_implemented());
            };
            let r = crate::runtime::strformat::percent_format_bytes(vm, &d, b)?;
            Ok(mk_like(a, r))
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn bytes_rmod(_vm: &Vm, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::not_implemented())
}

fn bytes_richcmp(_vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match (data_of(a), data_of(b)) {
        (Some(x), Some(y)) => Ok(Value::bool(ops::cmp_ord(x.as_ref().cmp(y.as_ref()), op))),
        _ => Ok(Value::not_implemented()),
    }
}

// ---------------------------------------------------------------------------
// searching

/// start/end arguments as slice bounds over `len`.
fn norm_range(
    vm: &Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(isize, isize)> {
    let conv = |v: Option<&Value>, d: isize| -> PyResult<isize> {
        match v {
            None => Ok(d),
            Some(v) if v.is_none() => Ok(d),
            Some(v) => ops::index_isize(vm, v),
        }
    };
    let n = len as isize;
    let mut s = conv(start, 0)?;
    let mut e = conv(end, n)?;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s, e))
}

/// The needle of find/count/index: bytes-like or an int byte value.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data_of(v) {
        return Ok(d.into_owned());
    }
    if is_int(v) || v.ty().lookup(crate::name!("__index__")).is_some() {
        return Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?]);
    }
    Err(error::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.ty().name()
    )))
}

/// Shared by find/rfind/index/rindex/count: (data, needle, start, end).
fn search_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: Option<&[Value]>,
    name: &str,
) -> PyResult<(Cow<'a, [u8]>, Vec<u8>, isize, isize)> {
    args::check_positional(&args[1..], kw, name, 1, 3)?;
    let data = sv(args);
    let n = needle(vm, &args[1])?;
    let (s, e) = norm_range(vm, data.len(), args.get(2), args.get(3))?;
    Ok((data, n, s, e))
}

fn find_in(data: &[u8], n: &[u8], s: isize, e: isize, rev: bool) -> isize {
    if s > data.len() as isize || e - s < n.len() as isize {
        return -1;
    }
    let hay = &data[s as usize..e as usize];
    let r = if rev {
        rfind_sub(hay, n)
    } else {
        find_sub(hay, n)
    };
    match r {
        Some(p) => s + p as isize,
        None => -1,
    }
}

fn bytes_find(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (d, n, s, e) = search_args(vm, args, kw, "find")?;
    Ok(int_from_i64(find_in(&d, &n, s, e, false) as i64))
}
fn bytes_rfind(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (d, n, s, e) = search_args(vm, args, kw, "rfind")?;
    Ok(int_from_i64(find_in(&d, &n, s, e, true) as i64))
}
fn bytes_index(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (d, n, s, e) = search_args(vm, args, kw, "index")?;
    match find_in(&d, &n, s, e, false) {
        -1 => Err(error::value_error("subsection not found")),
        i => Ok(int_from_i64(i as i64)),
    }
}
fn bytes_rindex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (d, n, s, e) = search_args(vm, args, kw, "rindex")?;
    match find_in(&d, &n, s, e, true) {
        -1 => Err(error::value_error("subsection not found")),
        i => Ok(int_from_i64(i as i64)),
    }
}
fn bytes_count(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let (d, n, s, e) = search_args(vm, args, kw, "count")?;
    if s > d.len() as isize || e < s {
        return Ok(Value::small(0));
    }
    Ok(int_from_i64(
        count_sub(&d[s as usize..e as usize], &n) as i64
    ))
}

fn starts_ends(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, name, 1, 3)?;
    let data = sv(args);
    let (s, e) = norm_range(vm, data.len(), args.get(2), args.get(3))?;
    let check = |p: &[u8]| -> bool {
        if s > data.len() as isize {
            return false;
        }
        if e - s < p.len() as isize {
            return false;
        }
        let hay = &data[s as usize..e as usize];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let x = &args[1];
    if let Some(items) = crate::types::tuple::as_tuple(x) {
        for it in items {
            let p = data_of(it).ok_or_else(|| {
                error::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    it.ty().name()
                ))
            })?;
            if check(&p) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    let p = data_of(x).ok_or_else(|| {
        error::type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            x.ty().name()
        ))
    })?;
    Ok(Value::bool(check(&p)))
}
fn bytes_startswith(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}
fn bytes_endswith(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ---------------------------------------------------------------------------
// splitting and joining

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_args(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, isize)> {
    let a = args::parse(&args[1..], kw, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let s = buffer_arg(v)?.into_owned();
            if s.is_empty() {
                return Err(error::value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match &a[1] {
        None => -1,
        Some(v) => ops::index_isize(vm, v)?,
    };
    Ok((sep, max))
}

fn split_impl(data: &[u8], sep: Option<&[u8]>, max: isize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let n = data.len();
            let mut splits = 0;
            while i < n {
                while i < n && is_ws(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if max >= 0 && splits >= max {
                    out.push(data[i..].to_vec());
                    return out;
                }
                let st = i;
                while i < n && !is_ws(data[i]) {
                    i += 1;
                }
                out.push(data[st..i].to_vec());
                splits += 1;
            }
            out
        }
        Some(sep) => {
            let mut rest = data;
            let mut splits = 0;
            loop {
                if max >= 0 && splits >= max {
                    break;
                }
                match find_sub(rest, sep) {
                    Some(p) => {
                        out.push(rest[..p].to_vec());
                        rest = &rest[p + sep.len()..];
                        splits += 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
            out
        }
    }
}

fn rsplit_impl(data: &[u8], sep: Option<&[u8]>, max: isize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = data.len();
            let mut splits = 0;
            while i > 0 {
                while i > 0 && is_ws(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max >= 0 && splits >= max {
                    out.push(data[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_ws(data[i - 1]) {
                    i -= 1;
                }
                out.push(data[i..end].to_vec());
                splits += 1;
            }
        }
        Some(sep) => {
            let mut rest = data;
            let mut splits = 0;
            loop {
                if max >= 0 && splits >= max {
                    break;
                }
                match rfind_sub(rest, sep) {
                    Some(p) => {
                        out.push(rest[p + sep.len()..].to_vec());
                        rest = &rest[..p];
                        splits += 1;
                    }
                    None => break,
                }
            }
            out.push(rest.to_vec());
        }
    }
    out.reverse();
    out
}

fn bytes_split(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_split")?;
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let parts = split_impl(&sv(args), sep.as_deref(), max);
    Ok(new_list(
        parts.into_iter().map(|p| mk_like(&args[0], p)).collect(),
    ))
}

fn bytes_rsplit(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "bytes_rsplit")?;
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let parts = rsplit_impl(&sv(args), sep.as_deref(), max);
    Ok(new_list(
        parts.into_iter().map(|p| mk_like(&args[0], p)).collect(),
    ))
}

fn bytes_splitlines(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = sv(args);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && end < data.len() && data[end] == b'\n' {
                end += 1;
            }
            out.push(mk_like(
                &args[0],
                data[start..if keep { end } else { i }].to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(mk_like(&args[0], data[start..].to_vec()));
    }
    Ok(new_list(out))
}

fn bytes_join(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "join", 1, 1)?;
    let sep = sv(args).into_owned();
    let items = vm.iterate(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match data_of(it) {
            Some(d) => out.extend_from_slice(&d),
            None => {
                return Err(error::type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    it.ty().name()
                )))
            }
        }
    }
    Ok(mk_like(&args[0], out))
}

fn strip_impl(
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, name, 0, 1)?;
    let data = sv(args);
    let chars: Option<Vec<u8>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(buffer_arg(v)?.into_owned()),
    };
    let strip = |b: u8| match &chars {
        None => is_ws(b),
        Some(cs) => cs.contains(&b),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(data[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == data.len() && args[0].is_exact(types().bytes) {
        return Ok(args[0].clone());
    }
    Ok(mk_like(&args[0], data[s..e].to_vec()))
}
fn bytes_strip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "strip", true, true)
}
fn bytes_lstrip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", true, false)
}
fn bytes_rstrip(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", false, true)
}

fn bytes_replace(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "replace", 2, 3)?;
    let data = sv(args);
    let old = buffer_arg(&args[1])?;
    let new = buffer_arg(&args[2])?;
    let mut count = match args.get(3) {
        Some(c) => ops::index_isize(vm, c)?,
        None => -1,
    };
    if count < 0 {
        count = isize::MAX;
    }
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, &b) in data.iter().enumerate() {
            if n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if n < count {
            out.extend_from_slice(&new);
        }
        return Ok(mk_like(&args[0], out));
    }
    let mut rest: &[u8] = &data;
    let mut n = 0;
    while n < count {
        match find_sub(rest, &old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(&new);
                rest = &rest[p + old.len()..];
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(mk_like(&args[0], out))
}

fn bytes_partition_impl(args: &[Value], rev: bool) -> PyResult<Value> {
    let data = sv(args);
    let sep = buffer_arg(&args[1])?;
    if sep.is_empty() {
        return Err(error::value_error("empty separator"));
    }
    let me = &args[0];
    let pos = if rev {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep)
    };
    Ok(match pos {
        Some(i) => new_tuple_from([
            mk_like(me, data[..i].to_vec()),
            mk_like(me, sep.to_vec()),
            mk_like(me, data[i + sep.len()..].to_vec()),
        ]),
        None => {
            let all = mk_like(me, data.to_vec());
            let e1 = mk_like(me, Vec::new());
            let e2 = mk_like(me, Vec::new());
            if rev {
                new_tuple_from([e1, e2, all])
            } else {
                new_tuple_from([all, e1, e2])
            }
        }
    })
}
fn bytes_partition(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "partition", 1, 1)?;
    bytes_partition_impl(args, false)
}
fn bytes_rpartition(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "rpartition", 1, 1)?;
    bytes_partition_impl(args, true)
}

// ---------------------------------------------------------------------------
// case and classification (ASCII only)

fn map_bytes(args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    Ok(mk_like(&args[0], f(&sv(args))))
}
fn bytes_upper(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    map_bytes(args, |d| d.to_ascii_uppercase())
}
fn bytes_lower(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    map_bytes(args, |d| d.to_ascii_lowercase())
}
fn bytes_swapcase(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    map_bytes(args, |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b
                }
            })
            .collect()
    })
}
fn bytes_title(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    map_bytes(args, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if b.is_ascii_alphabetic() {
                    if prev_cased {
                        b.to_ascii_lowercase()
                    } else {
                        b.to_ascii_uppercase()
                    }
                } else {
                    b
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn bytes_capitalize(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    map_bytes(args, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn pred_all(args: &[Value], f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let d = sv(args);
    Ok(Value::bool(!d.is_empty() && d.iter().all(|&b| f(b))))
}
fn bytes_isdigit(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |b| b.is_ascii_digit())
}
fn bytes_isalpha(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |b| b.is_ascii_alphabetic())
}
fn bytes_isalnum(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, |b| b.is_ascii_alphanumeric())
}
fn bytes_isspace(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    pred_all(args, is_ws)
}
fn bytes_isascii(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    Ok(Value::bool(sv(args).is_ascii()))
}
fn bytes_islower(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = sv(args);
    Ok(Value::bool(
        d.iter().any(|b| b.is_ascii_lowercase()) && !d.iter().any(|b| b.is_ascii_uppercase()),
    ))
}
fn bytes_isupper(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = sv(args);
    Ok(Value::bool(
        d.iter().any(|b| b.is_ascii_uppercase()) && !d.iter().any(|b| b.is_ascii_lowercase()),
    ))
}
fn bytes_istitle(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    let d = sv(args);
    let mut prev_cased = false;
    let mut any = false;
    for &b in d.iter() {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            any = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}

// ---------------------------------------------------------------------------
// padding

fn fill_arg(args: &[Value], idx: usize, name: &str) -> PyResult<u8> {
    match args.get(idx) {
        None => Ok(b' '),
        Some(f) => match data_of(f) {
            Some(d) if d.len() == 1 => Ok(d[0]),
            _ => Err(error::type_error(format!(
                "{}() argument 2 must be a byte string of length 1, not {}",
                name,
                f.ty().name()
            ))),
        },
    }
}

fn pad_impl(
    vm: &Vm,
    args: &[Value],
    kw: Option<&[Value]>,
    name: &str,
    how: char,
) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, name, 1, 2)?;
    let w = ops::index_isize(vm, &args[1])?.max(0) as usize;
    let f = fill_arg(args, 2, name)?;
    let d = sv(args);
    let n = d.len();
    if w <= n {
        return Ok(mk_like(&args[0], d.into_owned()));
    }
    let marg = w - n;
    let (l, r) = match how {
        '<' => (0, marg),
        '>' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & w & 1);
            (left, marg - left)
        }
    };
    let mut out = vec![f; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat(f).take(r));
    Ok(mk_like(&args[0], out))
}
fn bytes_center(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    pad_impl(vm, args, kw, "center", '^')
}
fn bytes_ljust(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    pad_impl(vm, args, kw, "ljust", '<')
}
fn bytes_rjust(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    pad_impl(vm, args, kw, "rjust", '>')
}
fn bytes_zfill(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "zfill", 1, 1)?;
    let w = ops::index_isize(vm, &args[1])?.max(0) as usize;
    let d = sv(args);
    if w <= d.len() {
        return Ok(mk_like(&args[0], d.into_owned()));
    }
    let fill = w - d.len();
    let mut out = Vec::with_capacity(w);
    let rest: &[u8] = if !d.is_empty() && (d[0] == b'+' || d[0] == b'-') {
        out.push(d[0]);
        &d[1..]
    } else {
        &d
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    Ok(mk_like(&args[0], out))
}
fn bytes_expandtabs(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "expandtabs", &["tabsize"], 0)?;
    let ts = match &a[0] {
        Some(v) => ops::index_isize(vm, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0usize;
    for &c in sv(args).iter() {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts as usize - col % ts as usize;
                    out.extend(std::iter::repeat(b' ').take(n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(mk_like(&args[0], out))
}
fn bytes_removeprefix(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "removeprefix", 1, 1)?;
    let d = sv(args);
    let p = buffer_arg(&args[1])?;
    Ok(mk_like(
        &args[0],
        d.strip_prefix(p.as_ref()).unwrap_or(&d).to_vec(),
    ))
}
fn bytes_removesuffix(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "removesuffix", 1, 1)?;
    let d = sv(args);
    let p = buffer_arg(&args[1])?;
    if p.is_empty() {
        return Ok(mk_like(&args[0], d.into_owned()));
    }
    Ok(mk_like(
        &args[0],
        d.strip_suffix(p.as_ref()).unwrap_or(&d).to_vec(),
    ))
}

fn bytes_translate(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "translate", &["table", "delete"], 1)?;
    let table = a[0].as_ref().unwrap();
    let table: Option<Vec<u8>> = if table.is_none() {
        None
    } else {
        let t = buffer_arg(table)?.into_owned();
        if t.len() != 256 {
            return Err(error::value_error(
                "translation table must be 256 characters long",
            ));
        }
        Some(t)
    };
    let delete: Vec<u8> = match &a[1] {
        Some(d) => buffer_arg(d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = sv(args)
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(mk_like(&args[0], out))
}

fn bytes_maketrans(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(args, kw, "maketrans", 2, 2)?;
    let f = buffer_arg(&args[0])?;
    let t = buffer_arg(&args[1])?;
    if f.len() != t.len() {
        return Err(error::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in f.iter().zip(t.iter()) {
        table[*a as usize] = *b;
    }
    Ok(new_bytes(table))
}

// ---------------------------------------------------------------------------
// decode, hex

fn bytes_decode(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "decode", &["encoding", "errors"], 0)?;
    let get = |v: &Option<Value>, what: &str, d: &str| -> PyResult<String> {
        match v {
            None => Ok(d.to_string()),
            Some(v) => as_str(v).map(|s| s.to_string()).ok_or_else(|| {
                error::type_error(format!(
                    "decode() argument '{}' must be str, not {}",
                    what,
                    arg_type_name(v)
                ))
            }),
        }
    };
    let enc = get(&a[0], "encoding", "utf-8")?;
    let errs = get(&a[1], "errors", "strict")?;
    Ok(new_str(decode(&sv(args), &enc, &errs)?))
}

fn bytes_hex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    let a = args::parse(&args[1..], kw, "hex", &["sep", "bytes_per_sep"], 0)?;
    let d = sv(args);
    let sep: Option<char> = match &a[0] {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let t: String = if let Some(t) = as_str(s) {
                t.to_string()
            } else if let Some(b) = data_of(s) {
                b.iter().map(|&c| c as char).collect()
            } else {
                return Err(error::type_error("sep must be str or bytes."));
            };
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(error::value_error("sep must be ASCII.")),
                _ => return Err(error::value_error("sep must be length 1.")),
            }
        }
    };
    let per = match &a[1] {
        None => 1,
        Some(v) => ops::index_isize(vm, v)?,
    };
    let hex: Vec<String> = d.iter().map(|b| format!("{:02x}", b)).collect();
    let Some(sep) = sep else {
        return Ok(new_str(hex.concat()));
    };
    if per == 0 || d.is_empty() {
        return Ok(new_str(hex.concat()));
    }
    let g = per.unsigned_abs();
    let n = hex.len();
    let mut out = String::with_capacity(n * 3);
    for (i, h) in hex.iter().enumerate() {
        if i > 0 {
            let boundary = if per > 0 {
                (n - i) % g == 0
            } else {
                i % g == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(h);
    }
    Ok(new_str(out))
}

fn bytes_fromhex(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "fromhex", 1, 1)?;
    let s = as_str(&args[1]).ok_or_else(|| {
        error::type_error(format!(
            "fromhex() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    let cs: Vec<char> = s.chars().collect();
    let digit =
        |i: usize| -> Option<u8> { cs.get(i).and_then(|c| c.to_digit(16)).map(|d| d as u8) };
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    let bad = |i: usize| {
        error::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < cs.len() {
        if matches!(cs[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            while i < cs.len() && matches!(cs[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                i += 1;
            }
            if i >= cs.len() {
                break;
            }
        }
        let top = digit(i).ok_or_else(|| bad(i))?;
        i += 1;
        let bot = digit(i).ok_or_else(|| bad(i))?;
        i += 1;
        out.push((top << 4) | bot);
    }
    let cls = &args[0];
    let t = types();
    if cls.is(&t.bytes.to_value()) {
        return Ok(new_bytes(out));
    }
    if cls.is(&t.bytearray.to_value()) {
        return Ok(new_bytearray(out));
    }
    let is_ba = cls
        .downcast::<TypeObj>()
        .is_some_and(|c| is_subtype(c, t.bytearray));
    let v = if is_ba {
        new_bytearray(out)
    } else {
        new_bytes(out)
    };
    vm.call(cls, &[v])
}

// ---------------------------------------------------------------------------
// bytearray mutation

/// `ba[k] = v` (v None: `del ba[k]`).
fn ba_assign(vm: &Vm, me: &Value, k: &Value, v: Option<&Value>) -> PyResult<()> {
    let b = ba(me);
    if let Some(sl) = k.downcast::<SliceObj>() {
        let values: Vec<u8> = match v {
            None => Vec::new(),
            Some(v) => {
                if let Some(d) = data_of(v) {
                    d.into_owned()
                } else if is_int(v)
                    || as_str(v).is_some()
                    || v.ty().lookup(crate::name!("__index__")).is_some()
                {
                    return Err(error::type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                } else {
                    bytearray_from_iterable(vm, v)?
                }
            }
        };
        let len = b.len();
        let (start, stop, step, count) = sl.indices(vm, len)?;
        return b.locked(|data| {
            // the length may have changed while converting; re-clamp
            let len = data.len() as isize;
            let clamp = |x: isize| x.clamp(if step < 0 { -1 } else { 0 }, len);
            let (start, mut stop) = (clamp(start), clamp(stop));
            if (step < 0 && start < stop) || (step > 0 && start > stop) {
                stop = start;
            }
            if step == 1 {
                let (s, e) = (start as usize, stop.max(start) as usize);
                data.splice(s..e, values);
                return Ok(());
            }
            if values.is_empty() {
                if count == 0 {
                    return Ok(());
                }
                // delete an extended slice
                let mut idx: Vec<usize> = (0..count)
                    .map(|i| (start + i as isize * step) as usize)
                    .collect();
                idx.sort_unstable();
                let mut k = 0;
                let mut out = Vec::with_capacity(data.len() - count);
                for (i, &x) in data.iter().enumerate() {
                    if k < idx.len() && idx[k] == i {
                        k += 1;
                    } else {
                        out.push(x);
                    }
                }
                *data = out;
                return Ok(());
            }
            if values.len() != count {
                return Err(error::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    values.len(),
                    count
                )));
            }
            let mut cur = start;
            for x in values {
                data[cur as usize] = x;
                cur += step;
            }
            Ok(())
        });
    }
    if !is_int(k) && k.ty().lookup(crate::name!("__index__")).is_none() {
        return Err(error::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            k.ty().name()
        )));
    }
    match v {
        Some(v) => {
            let x = byte_value(vm, v, "byte must be in range(0, 256)")?;
            let i = ops::index_isize(vm, k)?;
            b.locked(|data| {
                let n = data.len() as isize;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(error::index_error("bytearray index out of range"));
                }
                data[j as usize] = x;
                Ok(())
            })
        }
        None => {
            let i = ops::index_isize(vm, k)?;
            b.locked(|data| {
                let n = data.len() as isize;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(error::index_error("bytearray index out of range"));
                }
                data.remove(j as usize);
                Ok(())
            })
        }
    }
}

fn ba_setitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(error::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    ba_assign(vm, &args[0], &args[1], Some(&args[2]))?;
    Ok(Value::none())
}

fn ba_delitem(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(error::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    ba_assign(vm, &args[0], &args[1], None)?;
    Ok(Value::none())
}

fn ba_append(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "append", 1, 1)?;
    let x = byte_value(vm, &args[1], "byte must be in range(0, 256)")?;
    ba(&args[0]).locked(|d| d.push(x));
    Ok(Value::none())
}

fn ba_extend(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "extend", 1, 1)?;
    let x = &args[1];
    let items = if let Some(d) = data_of(x) {
        d.into_owned()
    } else {
        let it = match vm.iter(x) {
            Ok(it) => it,
            Err(e) if e.matches(types().exc.type_error) => {
                return Err(error::type_error(format!(
                    "can't extend bytearray with {}",
                    x.ty().name()
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(v) = vm.next(&it)? {
            out.push(byte_value(vm, &v, "byte must be in range(0, 256)")?);
        }
        out
    };
    ba(&args[0]).locked(|d| d.extend_from_slice(&items));
    Ok(Value::none())
}

fn ba_pop(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => ops::index_isize(vm, v)?,
        None => -1,
    };
    let b = ba(&args[0]).locked(|d| {
        if d.is_empty() {
            return Err(error::index_error("pop from empty bytearray"));
        }
        let n = d.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(error::index_error("pop index out of range"));
        }
        Ok(d.remove(j as usize))
    })?;
    Ok(Value::small(b as i64))
}

fn ba_insert(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "insert", 2, 2)?;
    let i = ops::index_isize(vm, &args[1])?;
    let x = byte_value(vm, &args[2], "byte must be in range(0, 256)")?;
    ba(&args[0]).locked(|d| {
        let n = d.len() as isize;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, x);
    });
    Ok(Value::none())
}

fn ba_remove(vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "remove", 1, 1)?;
    let x = byte_value(vm, &args[1], "byte must be in range(0, 256)")?;
    ba(&args[0]).locked(|d| match d.iter().position(|&b| b == x) {
        Some(p) => {
            d.remove(p);
            Ok(())
        }
        None => Err(error::value_error("value not found in bytearray")),
    })?;
    Ok(Value::none())
}

fn ba_clear(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "clear", 0, 0)?;
    ba(&args[0]).locked(|d| d.clear());
    Ok(Value::none())
}

fn ba_copy(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "copy", 0, 0)?;
    Ok(new_bytearray(ba(&args[0]).to_vec()))
}

fn ba_reverse(_vm: &Vm, args: &[Value], kw: Option<&[Value]>) -> PyResult<Value> {
    args::check_positional(&args[1..], kw, "reverse", 0, 0)?;
    ba(&args[0]).locked(|d| d.reverse());
    Ok(Value::none())
}

fn ba_iadd(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "ba_iadd")?;
    let x = &args[1];
    let Some(d) = data_of(x) else {
        return Err(error::type_error(format!(
            "can't concat {} to {}",
            x.ty().name(),
            args[0].ty().name()
        )));
    };
    let d = d.into_owned();
    ba(&args[0]).locked(|v| v.extend_from_slice(&d));
    Ok(args[0].clone())
}

fn ba_imul(vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 2, "ba_imul")?;
    let n = &args[1];
    if !is_int(n) && n.ty().lookup(crate::name!("__index__")).is_none() {
        return Ok(Value::not_implemented());
    }
    let k = crate::types::str::repeat_count(vm, n)?;
    let len = ba(&args[0]).len();
    crate::types::str::check_alloc(len.saturating_mul(k))?;
    ba(&args[0]).locked(|v| {
        let r = v.repeat(k);
        *v = r;
    });
    Ok(args[0].clone())
}

fn ba_alloc(_vm: &Vm, args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::runtime::args::need(args, 1, "ba_alloc")?;
    let n = ba(&args[0]).locked(|v| v.capacity());
    Ok(int_from_i64(n as i64 + 1))
}

pub(crate) fn init(t: &Registry) {
    for (ty, is_ba) in [(t.bytes, false), (t.bytearray, true)] {
        ty.add_method("__len__", bytes_len);
        ty.add_method("__getitem__", bytes_getitem);
        ty.add_method("__iter__", bytes_iter);
        ty.add_method("__contains__", bytes_contains);
        ty.add_impl("__add__", NativeImpl::BinOp(bytes_binop, BinOp::Add, false));
        ty.add_impl(
            "__mul__",
            NativeImpl::BinOp(bytes_binop, BinOp::Multiply, false),
        );
        ty.add_impl(
            "__rmul__",
            NativeImpl::BinOp(bytes_binop, BinOp::Multiply, true),
        );
        ty.add_impl(
            "__mod__",
            NativeImpl::BinOp(bytes_binop, BinOp::Remainder, false),
        );
        ty.add_method("__rmod__", bytes_rmod);
        crate::types::int::add_richcmp(ty, bytes_richcmp);
        ty.add_method("decode", bytes_decode);
        ty.add_method("hex", bytes_hex);
        ty.add_classmethod("fromhex", bytes_fromhex);
        ty.add_staticmethod("maketrans", bytes_maketrans);
        ty.add_method("count", bytes_count);
        ty.add_method("find", bytes_find);
        ty.add_method("rfind", bytes_rfind);
        ty.add_method("index", bytes_index);
        ty.add_method("rindex", bytes_rindex);
        ty.add_method("startswith", bytes_startswith);
        ty.add_method("endswith", bytes_endswith);
        ty.add_method("split", bytes_split);
        ty.add_method("rsplit", bytes_rsplit);
        ty.add_method("splitlines", bytes_splitlines);
        ty.add_method("join", bytes_join);
        ty.add_method("strip", bytes_strip);
        ty.add_method("lstrip", bytes_lstrip);
        ty.add_method("rstrip", bytes_rstrip);
        ty.add_method("replace", bytes_replace);
        ty.add_method("partition", bytes_partition);
        ty.add_method("rpartition", bytes_rpartition);
        ty.add_method("upper", bytes_upper);
        ty.add_method("lower", bytes_lower);
        ty.add_method("swapcase", bytes_swapcase);
        ty.add_method("title", bytes_title);
        ty.add_method("capitalize", bytes_capitalize);
        ty.add_method("isdigit", bytes_isdigit);
        ty.add_method("isalpha", bytes_isalpha);
        ty.add_method("isalnum", bytes_isalnum);
        ty.add_method("isspace", bytes_isspace);
        ty.add_method("isascii", bytes_isascii);
        ty.add_method("islower", bytes_islower);
        ty.add_method("isupper", bytes_isupper);
        ty.add_method("istitle", bytes_istitle);
        ty.add_method("center", bytes_center);
        ty.add_method("ljust", bytes_ljust);
        ty.add_method("rjust", bytes_rjust);
        ty.add_method("zfill", bytes_zfill);
        ty.add_method("expandtabs", bytes_expandtabs);
        ty.add_method("removeprefix", bytes_removeprefix);
        ty.add_method("removesuffix", bytes_removesuffix);
        ty.add_method("translate", bytes_translate);
        if is_ba {
            ty.add_new(bytearray_new);
            ty.add_method("__init__", bytearray_init);
            ty.add_method("__repr__", bytearray_repr);
            ty.add_method("__str__", bytearray_repr);
            ty.set_attr_raw("__hash__", Value::none());
            ty.add_method("__setitem__", ba_setitem);
            ty.add_method("__delitem__", ba_delitem);
            ty.add_method("__iadd__", ba_iadd);
            ty.add_method("__imul__", ba_imul);
            ty.add_method("__alloc__", ba_alloc);
            ty.add_method("append", ba_append);
            ty.add_method("extend", ba_extend);
            ty.add_method("pop", ba_pop);
            ty.add_method("insert", ba_insert);
            ty.add_method("remove", ba_remove);
            ty.add_method("clear", ba_clear);
            ty.add_method("copy", ba_copy);
            ty.add_method("reverse", ba_reverse);
            ty.set_doc("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array");
        } else {
            ty.add_new(bytes_new);
            ty.add_method("__repr__", bytes_repr);
            ty.add_method("__str__", bytes_repr);
            ty.add_method("__hash__", bytes_hash);
            ty.add_method("__bytes__", bytes_bytes);
            ty.add_method("__getnewargs__", bytes_getnewargs);
            ty.set_doc("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object");
        }
    }
}
