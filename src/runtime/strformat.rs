//! `str.format` / `str.format_map` (the replacement-field grammar of
//! CPython's `Objects/stringlib/unicode_format.h`) and printf-style `%`
//! formatting for `str` and `bytes` (`PyUnicode_Format`, `_PyBytes_FormatEx`),
//! with CPython's error messages.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::object::Kind;
use crate::runtime::error::{self, PyResult};
use crate::runtime::format;
use crate::runtime::ops;
use crate::runtime::vm::Vm;
use crate::types::int::{int_from_i64, is_int, to_bigint};
use crate::types::str::{as_str, new_str};
use crate::types::types;
use crate::value::Value;

/// Keyword arguments of `str.format` (name, value pairs) or the mapping of
/// `str.format_map`.
pub enum Kwargs {
    List(Vec<(String, Value)>),
    Mapping(Value),
}

// ---------------------------------------------------------------------------
// str.format

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// `str.format(*args, **kwargs)` / `str.format_map(mapping)`.
pub fn str_format(vm: &Vm, fmt: &str, args: &[Value], kwargs: &Kwargs) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let positional = match kwargs {
        Kwargs::Mapping(_) => None,
        Kwargs::List(_) => Some(args),
    };
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    build_string(vm, &chars, positional, kwargs, 2, &mut auto)
}

fn build_string(
    vm: &Vm,
    s: &[char],
    args: Option<&[Value]>,
    kwargs: &Kwargs,
    depth: i32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth <= 0 {
        return Err(error::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    let end = s.len();
    while pos < end {
        // literal text up to the first '{' or '}'
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if markup && c == '}' && (at_end || s[pos] != '}') {
            return Err(error::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if markup && at_end && c == '{' {
            return Err(error::value_error(
                "Single '{' encountered in format string",
            ));
        }
        if markup && !at_end {
            if s[pos] == c {
                // escaped brace: keep one, skip the other
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        } else if !markup {
            // plain text to the end
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        // parse the field
        let field = parse_field(s, &mut pos)?;
        let obj = get_field_object(vm, &field.name, args, kwargs, auto)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => vm.repr(&obj)?,
            Some('s') => vm.str(&obj)?,
            Some('a') => new_str(ascii_escape(&vm.repr_string(&obj)?)),
            Some(c) => {
                return Err(error::value_error(if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let spec: String = if field.spec_needs_expanding {
            build_string(vm, &field.spec, args, kwargs, depth - 1, auto)?
        } else {
            field.spec.iter().collect()
        };
        let r = ops::format(vm, &obj, &spec)?;
        out.push_str(as_str(&r).unwrap_or(""));
    }
    Ok(out)
}

struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

/// Parses a replacement field after its `{`, leaving `pos` after its `}`.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let end = s.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(error::value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let terminated = matches!(c, '}' | ':' | '!') && *pos > name_start && s[*pos - 1] == c;
    let name_end = if terminated { *pos - 1 } else { *pos };
    let name: Vec<char> = s[name_start..name_end].to_vec();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
        spec_needs_expanding: false,
    };
    if terminated && (c == '!' || c == ':') {
        if c == '!' {
            if *pos >= end {
                return Err(error::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < end {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(error::value_error(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c3 = s[*pos];
            *pos += 1;
            match c3 {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = s[spec_start..*pos - 1].to_vec();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(error::value_error("unmatched '{' in format spec"));
    }
    if !terminated || c != '}' {
        return Err(error::value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// A decimal index from field-name text: `Ok(None)` if it is not all digits.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = crate::types::int::unicode_decimal(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| error::value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

fn get_field_object(
    vm: &Vm,
    name: &[char],
    args: Option<&[Value]>,
    kwargs: &Kwargs,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    // the first part: up to the first '.' or '['
    let mut i = 0;
    while i < name.len() && name[i] != '.' && name[i] != '[' {
        i += 1;
    }
    let first = &name[..i];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    if auto.state == AutoState::Init && numeric {
        auto.state = if empty {
            AutoState::Auto
        } else {
            AutoState::Manual
        };
    }
    if numeric {
        if auto.state == AutoState::Manual {
            if empty {
                return Err(error::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
        } else if !empty {
            return Err(error::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    if empty {
        index = Some(auto.next);
        auto.next += 1;
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            match kwargs {
                Kwargs::List(kw) => match kw.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => v.clone(),
                    None => return Err(error::key_error(new_str(key))),
                },
                Kwargs::Mapping(m) => vm.getitem(m, &new_str(key))?,
            }
        }
        Some(ix) => {
            let Some(args) = args else {
                return Err(error::value_error(
                    "Format string contains positional fields",
                ));
            };
            match args.get(ix) {
                Some(v) => v.clone(),
                None => {
                    return Err(error::index_error(format!(
                        "Replacement index {ix} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    // the rest: .attr and [key] parts
    let end = name.len();
    while i < end {
        let c = name[i];
        i += 1;
        match c {
            '.' => {
                let st = i;
                while i < end && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                if st == i {
                    return Err(error::value_error("Empty attribute in format string"));
                }
                let attr: String = name[st..i].iter().collect();
                obj = vm.getattr_str(&obj, &attr)?;
            }
            '[' => {
                let st = i;
                while i < end && name[i] != ']' {
                    i += 1;
                }
                if i >= end {
                    return Err(error::value_error("Missing ']' in format string"));
                }
                let key = &name[st..i];
                i += 1; // skip ']'
                if key.is_empty() {
                    return Err(error::value_error("Empty attribute in format string"));
                }
                obj = match get_integer(key)? {
                    Some(ix) => vm.getitem(&obj, &int_from_i64(ix as i64))?,
                    None => vm.getitem(&obj, &new_str(key.iter().collect()))?,
                };
            }
            _ => {
                return Err(error::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(obj)
}

/// `ascii()` of a repr: every non-ASCII character escaped.
fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// printf-style formatting

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct Arg {
    ch: u32,
    flags: u8,
    width: isize,
    prec: isize,
    sign: bool,
}

struct Ctx<'a> {
    vm: &'a Vm,
    fmt: Vec<u32>,
    pos: usize,
    args: Value,
    arglen: isize,
    argidx: isize,
    dict: Option<Value>,
    bytes: bool,
}

impl Ctx<'_> {
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            return Ok(crate::types::tuple::as_slice(&self.args)[i as usize].clone());
        }
        Err(error::type_error("not enough arguments for format string"))
    }

    #[inline]
    fn peek(&self) -> Option<u32> {
        self.fmt.get(self.pos).copied()
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let units: Vec<u32> = fmt.chars().map(|c| c as u32).collect();
    let out = percent_core(vm, units, args, false)?;
    Ok(out
        .into_iter()
        .map(|u| char::from_u32(u).unwrap_or('\u{fffd}'))
        .collect())
}

/// `fmt % args` for bytes and bytearray.
pub fn percent_format_bytes(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let units: Vec<u32> = fmt.iter().map(|&b| b as u32).collect();
    let out = percent_core(vm, units, args, true)?;
    Ok(out.into_iter().map(|u| u as u8).collect())
}

fn has_getitem(v: &Value) -> bool {
    v.ty().lookup(crate::name!("__getitem__")).is_some()
}

fn percent_core(vm: &Vm, fmt: Vec<u32>, args: &Value, bytes: bool) -> PyResult<Vec<u32>> {
    let is_tuple = crate::types::tuple::as_tuple(args).is_some();
    let excluded = if bytes {
        args.kind() == Kind::Bytes
    } else {
        args.kind() == Kind::Str
    };
    let dict = if !is_tuple && !excluded && has_getitem(args) {
        Some(args.clone())
    } else {
        None
    };
    let (arglen, argidx) = match crate::types::tuple::as_tuple(args) {
        Some(t) => (t.len() as isize, 0),
        None => (-1, -2),
    };
    let mut ctx = Ctx {
        vm,
        fmt,
        pos: 0,
        args: args.clone(),
        arglen,
        argidx,
        dict,
        bytes,
    };
    let mut out: Vec<u32> = Vec::with_capacity(ctx.fmt.len() + 16);
    let n = ctx.fmt.len();
    while ctx.pos < n {
        let c = ctx.fmt[ctx.pos];
        if c != '%' as u32 {
            let st = ctx.pos;
            while ctx.pos < n && ctx.fmt[ctx.pos] != '%' as u32 {
                ctx.pos += 1;
            }
            out.extend_from_slice(&ctx.fmt[st..ctx.pos]);
            continue;
        }
        ctx.pos += 1;
        format_one(&mut ctx, &mut out)?;
    }
    if ctx.argidx < ctx.arglen && ctx.dict.is_none() {
        return Err(error::type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn wants_int(v: &Value) -> PyResult<isize> {
    if !is_int(v) {
        return Err(error::type_error("* wants int"));
    }
    crate::types::int::to_i64(v)
        .map(|x| x as isize)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// Parses one conversion after its `%` and appends its output.
fn format_one(ctx: &mut Ctx, out: &mut Vec<u32>) -> PyResult<()> {
    let n = ctx.fmt.len();
    // %(key)
    if ctx.peek() == Some('(' as u32) {
        let Some(dict) = ctx.dict.clone() else {
            return Err(error::type_error("format requires a mapping"));
        };
        ctx.pos += 1;
        let keystart = ctx.pos;
        let mut pcount = 1;
        while pcount > 0 && ctx.pos < n {
            let ch = ctx.fmt[ctx.pos];
            if ch == ')' as u32 {
                pcount -= 1;
            } else if ch == '(' as u32 {
                pcount += 1;
            }
            ctx.pos += 1;
        }
        if pcount > 0 {
            return Err(error::value_error("incomplete format key"));
        }
        let key_units = &ctx.fmt[keystart..ctx.pos - 1];
        let key = if ctx.bytes {
            crate::types::bytes::new_bytes(key_units.iter().map(|&u| u as u8).collect())
        } else {
            new_str(
                key_units
                    .iter()
                    .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
                    .collect(),
            )
        };
        ctx.args = ctx.vm.getitem(&dict, &key)?;
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    let mut a = Arg {
        ch: 0,
        flags: 0,
        width: -1,
        prec: -1,
        sign: false,
    };
    // Reads the next format character into `a.ch`; false (and `ran_out`) at the end.
    let mut ran_out = false;
    fn rd(ctx: &mut Ctx, a: &mut Arg, ran_out: &mut bool) -> bool {
        if ctx.pos < ctx.fmt.len() {
            a.ch = ctx.fmt[ctx.pos];
            ctx.pos += 1;
            true
        } else {
            *ran_out = true;
            false
        }
    }
    let is_digit = |c: u32| ('0' as u32..='9' as u32).contains(&c);
    // flags
    while rd(ctx, &mut a, &mut ran_out) {
        match char::from_u32(a.ch) {
            Some('-') => a.flags |= F_LJUST,
            Some('+') => a.flags |= F_SIGN,
            Some(' ') => a.flags |= F_BLANK,
            Some('#') => a.flags |= F_ALT,
            Some('0') => a.flags |= F_ZERO,
            _ => break,
        }
    }
    // width
    if !ran_out && a.ch == '*' as u32 {
        let v = ctx.next_arg()?;
        let w = wants_int(&v)?;
        if w < 0 {
            a.flags |= F_LJUST;
            a.width = w.saturating_neg();
        } else {
            a.width = w;
        }
        rd(ctx, &mut a, &mut ran_out);
    } else if !ran_out && is_digit(a.ch) {
        a.width = (a.ch - '0' as u32) as isize;
        while rd(ctx, &mut a, &mut ran_out) {
            if !is_digit(a.ch) {
                break;
            }
            let d = (a.ch - '0' as u32) as isize;
            if a.width > (isize::MAX - d) / 10 {
                return Err(error::value_error("width too big"));
            }
            a.width = a.width * 10 + d;
        }
    }
    // precision
    if !ran_out && a.ch == '.' as u32 {
        a.prec = 0;
        rd(ctx, &mut a, &mut ran_out);
        if !ran_out && a.ch == '*' as u32 {
            let v = ctx.next_arg()?;
            let p = wants_int(&v)?;
            a.prec = p.max(0);
            rd(ctx, &mut a, &mut ran_out);
        } else if !ran_out && is_digit(a.ch) {
            a.prec = (a.ch - '0' as u32) as isize;
            while rd(ctx, &mut a, &mut ran_out) {
                if !is_digit(a.ch) {
                    break;
                }
                let d = (a.ch - '0' as u32) as isize;
                if a.prec > (i32::MAX as isize - d) / 10 {
                    return Err(error::value_error("precision too big"));
                }
                a.prec = a.prec * 10 + d;
            }
        }
    }
    // A width or precision the output could never hold: MemoryError, not an abort.
    crate::types::str::check_alloc(a.width.max(0) as usize)?;
    crate::types::str::check_alloc(a.prec.max(0) as usize)?;
    // length modifiers are ignored
    if !ran_out && matches!(char::from_u32(a.ch), Some('h' | 'l' | 'L')) {
        rd(ctx, &mut a, &mut ran_out);
    }
    if ran_out {
        return Err(error::value_error("incomplete format"));
    }
    format_arg(ctx, &mut a, out)
}

fn units(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// Is `v` a number as `PyNumber_Check` sees it?
fn is_number(v: &Value) -> bool {
    match v.kind() {
        Kind::Int | Kind::Float | Kind::Complex => true,
        _ => {
            let t = v.ty();
            t.lookup(crate::name!("__index__")).is_some()
                || t.lookup(crate::name!("__int__")).is_some()
                || t.lookup(crate::name!("__float__")).is_some()
        }
    }
}

/// The float value for `%e/%f/%g` (`PyFloat_AsDouble`).
fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = crate::types::float::as_f64(v) {
        return Ok(f);
    }
    if is_int(v) {
        return crate::types::int::int_to_f64(v);
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return crate::types::float::as_f64(&r).ok_or_else(|| {
            error::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        return crate::types::int::int_to_f64(&r);
    }
    Err(error::type_error(format!(
        "must be real number, not {}",
        v.ty().name()
    )))
}

/// `_PyUnicode_FormatLong`: sign, optional base prefix, digits zero-padded to `prec`.
fn format_long(b: &BigInt, alt: bool, prec: isize, ty: char) -> String {
    let neg = b.is_negative();
    let mag = b.magnitude();
    let (mut digits, prefix) = match ty {
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_str_radix(10), ""),
    };
    if prec > digits.len() as isize {
        digits = format!("{}{}", "0".repeat(prec as usize - digits.len()), digits);
    }
    format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        if alt { prefix } else { "" },
        digits
    )
}

fn format_arg(ctx: &mut Ctx, a: &mut Arg, out: &mut Vec<u32>) -> PyResult<()> {
    let vm = ctx.vm;
    if a.ch == '%' as u32 {
        out.push('%' as u32);
        return Ok(());
    }
    let v = ctx.next_arg()?;
    let ch = char::from_u32(a.ch).unwrap_or('\u{fffd}');
    let piece: Vec<u32> = match ch {
        's' | 'r' | 'a' | 'b' if ctx.bytes => {
            if ch == 's' || ch == 'b' {
                match crate::types::bytes::as_bytes(&v) {
                    Some(d) => d.into_iter().map(|b| b as u32).collect(),
                    None => {
                        if let Some(f) = v.ty().lookup(crate::name!("__bytes__")) {
                            let r =
                                vm.call_method_descr_or_fn(&f, std::slice::from_ref(&v), None)?;
                            match (r.kind(), crate::types::bytes::as_bytes(&r)) {
                                (Kind::Bytes, Some(d)) => d.into_iter().map(|b| b as u32).collect(),
                                _ => {
                                    return Err(error::type_error(format!(
                                        "__bytes__ returned non-bytes (type {})",
                                        r.ty().name()
                                    )))
                                }
                            }
                        } else {
                            return Err(error::type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                v.ty().name()
                            )));
                        }
                    }
                }
            } else {
                units(&ascii_escape(&vm.repr_string(&v)?))
            }
        }
        's' => units(&vm.str_string(&v)?),
        'r' => units(&vm.repr_string(&v)?),
        'a' => units(&ascii_escape(&vm.repr_string(&v)?)),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let wrong = || {
                if matches!(ch, 'o' | 'x' | 'X') {
                    error::type_error(format!(
                        "%{} format: an integer is required, not {}",
                        ch,
                        v.ty().name()
                    ))
                } else {
                    error::type_error(format!(
                        "%{} format: a real number is required, not {}",
                        ch,
                        v.ty().name()
                    ))
                }
            };
            if !is_number(&v) {
                return Err(wrong());
            }
            let iobj = if is_int(&v) {
                v.clone()
            } else {
                let r = if matches!(ch, 'o' | 'x' | 'X') {
                    ops::index(vm, &v)
                } else {
                    crate::types::int::to_int(vm, &v)
                };
                match r {
                    Ok(i) => i,
                    Err(e) if e.matches(types().exc.type_error) => return Err(wrong()),
                    Err(e) => return Err(e),
                }
            };
            a.sign = true;
            let t = match ch {
                'X' | 'o' | 'x' => ch,
                _ => 'd',
            };
            match iobj.as_small() {
                Some(i) if t == 'd' && a.prec < 0 => units(&i.to_string()),
                _ => {
                    let b = to_bigint(&iobj).unwrap();
                    if t == 'd' {
                        crate::types::int::check_int_digits(&b)?;
                    }
                    units(&format_long(&b, a.flags & F_ALT != 0, a.prec, t))
                }
            }
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(vm, &v)?;
            a.sign = true;
            let prec = if a.prec < 0 { 6 } else { a.prec as usize };
            let sp = format::Spec {
                ty: Some(ch),
                precision: Some(prec),
                alternate: a.flags & F_ALT != 0,
                ..Default::default()
            };
            units(&format::format_float(x, &sp)?)
        }
        'c' => {
            if ctx.bytes {
                let b = match crate::types::bytes::as_bytes(&v) {
                    Some(d)
                        if d.len() == 1 && matches!(v.kind(), Kind::Bytes | Kind::ByteArray) =>
                    {
                        d[0]
                    }
                    _ => {
                        if !is_int(&v) && v.ty().lookup(crate::name!("__index__")).is_none() {
                            return Err(error::type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ));
                        }
                        let i = ops::index(vm, &v)?;
                        match crate::types::int::to_i64(&i) {
                            Some(x) if (0..=255).contains(&x) => x as u8,
                            _ => return Err(error::overflow_error("%c arg not in range(256)")),
                        }
                    }
                };
                vec![b as u32]
            } else if let Some(s) = as_str(&v) {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => vec![c as u32],
                    _ => return Err(error::type_error("%c requires int or char")),
                }
            } else {
                if !is_int(&v) && v.ty().lookup(crate::name!("__index__")).is_none() {
                    return Err(error::type_error("%c requires int or char"));
                }
                let i = ops::index(vm, &v)?;
                match crate::types::int::to_i64(&i) {
                    Some(x) if (0..=0x10ffff).contains(&x) => vec![x as u32],
                    _ => return Err(error::overflow_error("%c arg not in range(0x110000)")),
                }
            }
        }
        _ => {
            let shown = if (31..=126).contains(&a.ch) { ch } else { '?' };
            return Err(error::value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                a.ch,
                ctx.pos - 1
            )));
        }
    };
    emit(out, &piece, a);
    Ok(())
}

/// `unicode_format_arg_output`: applies sign, width, zero padding and the
/// alternate-form prefix to a converted piece.
fn emit(out: &mut Vec<u32>, s: &[u32], a: &Arg) {
    let sp = ' ' as u32;
    let fill = if a.sign && a.flags & F_ZERO != 0 {
        '0' as u32
    } else {
        sp
    };
    let mut len = s.len() as isize;
    if (a.width == -1 || a.width <= len)
        && (a.prec == -1 || a.prec >= len)
        && a.flags & (F_SIGN | F_BLANK) == 0
    {
        out.extend_from_slice(s);
        return;
    }
    let ch = char::from_u32(a.ch).unwrap_or('\0');
    if matches!(ch, 's' | 'r' | 'a' | 'b') && a.prec >= 0 && len > a.prec {
        len = a.prec;
    }
    let mut pindex = 0usize;
    let mut signchar: Option<u32> = None;
    if a.sign && !s.is_empty() {
        let c0 = s[0];
        if c0 == '-' as u32 || c0 == '+' as u32 {
            signchar = Some(c0);
            len -= 1;
            pindex += 1;
        } else if a.flags & F_SIGN != 0 {
            signchar = Some('+' as u32);
        } else if a.flags & F_BLANK != 0 {
            signchar = Some(sp);
        }
    }
    let mut width = a.width.max(len);
    if let Some(sc) = signchar {
        if fill != sp {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt = a.flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o') && s.len() >= pindex + 2;
    if alt {
        if fill != sp {
            out.push(s[pindex]);
            out.push(s[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && a.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat(fill).take((width - len) as usize));
        width = len;
    }
    if fill == sp {
        if let Some(sc) = signchar {
            out.push(sc);
        }
        if alt {
            out.push(s[pindex]);
            out.push(s[pindex + 1]);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend_from_slice(&s[pindex..pindex + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat(sp).take((width - len) as usize));
    }
}
