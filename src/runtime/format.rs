//! The format-spec mini-language (`format(x, spec)`, f-strings, `str.format`)
//! and float-to-text conversion matching CPython (`repr` is the shortest
//! round-tripping text; `'e'`, `'f'`, `'g'`, `'%'` are correctly rounded).

use crate::runtime::error::{self, PyResult};

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub coerce_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
pub fn parse_spec(s: &str) -> PyResult<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && is_align(c[1]) {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.coerce_neg_zero = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alternate = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        sp.width = Some(
            w.parse()
                .map_err(|_| error::value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < c.len() && (c[i] == ',' || c[i] == '_') {
        sp.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            return Err(error::value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(error::value_error("Format specifier missing precision"));
        }
        let p: String = c[start..i].iter().collect();
        sp.precision = Some(
            p.parse()
                .map_err(|_| error::value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i < c.len() {
        return Err(error::value_error("Invalid format specifier"));
    }
    // A width or precision the output could never hold: MemoryError, not an abort.
    crate::types::str::check_alloc(sp.width.unwrap_or(0))?;
    crate::types::str::check_alloc(sp.precision.unwrap_or(0))?;
    if sp.zero && sp.fill.is_none() {
        sp.fill = Some('0');
        if sp.align.is_none() {
            sp.align = Some('=');
        }
    }
    Ok(sp)
}

/// Pads `body` (with its sign/prefix split off as `prefix`) to the spec's width.
pub fn pad(prefix: &str, body: &str, sp: &Spec, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let width = sp.width.unwrap_or(0);
    if len >= width {
        return format!("{prefix}{body}");
    }
    let fill = sp.fill.unwrap_or(' ');
    let n = width - len;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match sp.align.unwrap_or(default_align) {
        '<' => format!("{prefix}{body}{}", f(n)),
        '^' => format!("{}{prefix}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{prefix}{}{body}", f(n)),
        _ => format!("{}{prefix}{body}", f(n)),
    }
}

/// Inserts thousands separators into a run of digits.
pub fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Zero padding with grouping: CPython inserts separators into the zero fill too.
fn zero_pad_grouped(int_part: &str, sp: &Spec, other_len: usize, every: usize) -> String {
    let sep = sp.grouping.unwrap();
    let mut digits = int_part.to_string();
    let width = sp.width.unwrap_or(0);
    loop {
        let g = group_digits(&digits, sep, every);
        if g.chars().count() + other_len >= width {
            return g;
        }
        digits.insert(0, '0');
    }
}

/// Formats an integer given as sign and decimal/hex/... digits.
pub fn format_int(neg: bool, mag: &num_bigint::BigUint, sp: &Spec) -> PyResult<String> {
    let ty = sp.ty.unwrap_or('d');
    if sp.precision.is_some() {
        return Err(error::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let (digits, prefix) = match ty {
        'd' | 'n' => (mag.to_str_radix(10), ""),
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'c' => {
            if sp.sign.is_some() {
                return Err(error::value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            let v: u32 = mag.try_into().ok().filter(|_| !neg).unwrap_or(u32::MAX);
            let ch = char::from_u32(v)
                .ok_or_else(|| error::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad("", &ch.to_string(), sp, '<'));
        }
        _ => {
            return Err(error::value_error(format!(
                "Unknown format code '{}' for object of type 'int'",
                ty
            )))
        }
    };
    if let Some(g) = sp.grouping {
        if g == ',' && !matches!(ty, 'd') {
            return Err(error::value_error(format!(
                "Cannot specify ',' with '{ty}'."
            )));
        }
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let pre = format!("{sign}{}", if sp.alternate { prefix } else { "" });
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    let body = match sp.grouping {
        Some(g) => {
            if sp.align == Some('=') && sp.fill == Some('0') {
                zero_pad_grouped(&digits, sp, pre.len(), every)
            } else {
                group_digits(&digits, g, every)
            }
        }
        None => digits,
    };
    Ok(pad(&pre, &body, sp, '>'))
}

/// Shortest round-trip digits of a finite positive float: (digits, decpt) with
/// value = 0.DIGITS × 10^decpt.
///
/// Among the shortest strings that round-trip, CPython (David Gay's dtoa,
/// mode 0) takes the one nearest to `x`, and on an exact tie the even one;
/// Rust's shortest formatting rounds such a tie up (1297788047657453.25 ->
/// ...4533, CPython ...4532). A tie between two round-tripping candidates
/// needs decimal steps finer than the float's, so only at 16 or 17 digits:
/// there the correctly rounded (ties-to-even) string of the same length is
/// used when it round-trips too.
pub fn shortest_digits(x: f64) -> (String, i32) {
    fn split(s: &str) -> (String, i32) {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        (mant.chars().filter(|c| *c != '.').collect(), exp + 1)
    }
    let shortest = split(&format!("{:e}", x));
    let n = shortest.0.len();
    if n >= 16 {
        let exact = format!("{:.*e}", n - 1, x);
        if exact.parse::<f64>() == Ok(x) {
            return split(&exact);
        }
    }
    shortest
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let neg = x < 0.0;
    let (ds, decpt) = shortest_digits(x.abs());
    let body = if !(-4 < decpt && decpt <= 16) {
        let e = decpt - 1;
        let mut m = ds[..1].to_string();
        if ds.len() > 1 {
            m.push('.');
            m.push_str(&ds[1..]);
        }
        format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
    } else if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), ds)
    } else if decpt as usize >= ds.len() {
        format!("{}{}.0", ds, "0".repeat(decpt as usize - ds.len()))
    } else {
        format!("{}.{}", &ds[..decpt as usize], &ds[decpt as usize..])
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// Python-style exponent text: `e+05`.
fn fix_exp(s: &str, upper: bool) -> String {
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    format!(
        "{}{}{}{:02}",
        m,
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

fn strip_zeros(s: &str) -> String {
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let sep = if s.contains('E') { 'E' } else { 'e' };
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        format!("{m}{sep}{e}")
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Digits after the point that always hold a double's exact decimal expansion
/// (the smallest subnormal needs 1074). Rust's formatter panics on precisions
/// over `u16::MAX`, so longer ones are this many digits padded with zeros.
const EXACT_PREC: usize = 1100;

/// `x` with `prec` digits after the point (`{:.prec}`), for any precision.
fn fixed(x: f64, prec: usize) -> String {
    if prec <= EXACT_PREC {
        return format!("{:.*}", prec, x);
    }
    let mut s = format!("{:.*}", EXACT_PREC, x);
    s.extend(std::iter::repeat('0').take(prec - EXACT_PREC));
    s
}

/// `x` in scientific notation with `prec` mantissa digits after the point
/// (`{:.prec$e}`), for any precision.
fn sci(x: f64, prec: usize) -> String {
    if prec <= EXACT_PREC {
        return format!("{:.*e}", prec, x);
    }
    let s = format!("{:.*e}", EXACT_PREC, x);
    let (m, e) = s.split_once('e').unwrap();
    format!("{m}{}e{e}", "0".repeat(prec - EXACT_PREC))
}

/// Formats the magnitude of a finite float per type and precision (no sign).
fn float_body(x: f64, ty: char, prec: Option<usize>, alternate: bool) -> String {
    match ty {
        'f' | 'F' => {
            let s = fixed(x, prec.unwrap_or(6));
            if alternate && !s.contains('.') {
                format!("{s}.")
            } else {
                s
            }
        }
        'e' | 'E' => {
            let s = fix_exp(&sci(x, prec.unwrap_or(6)), ty == 'E');
            if alternate && !s.contains('.') {
                s.replacen(['e', 'E'], if ty == 'E' { ".E" } else { ".e" }, 1)
            } else {
                s
            }
        }
        '%' => format!("{}%", float_body(x * 100.0, 'f', prec, alternate)),
        'g' | 'G' | 'n' | 'r' => {
            // 'r' = no type with a precision: like 'g' but keeps one decimal digit.
            let p = prec.unwrap_or(6).max(1);
            if x == 0.0 {
                let s = if alternate {
                    fixed(0.0, p - 1)
                } else {
                    "0".to_string()
                };
                return if ty == 'r' && !s.contains('.') {
                    format!("{s}.0")
                } else {
                    s
                };
            }
            let e_form = sci(x, p - 1);
            let exp: i32 = e_form.split_once('e').unwrap().1.parse().unwrap();
            let s = if -4 <= exp && exp < p as i32 {
                fixed(x, (p as i32 - 1 - exp) as usize)
            } else {
                fix_exp(&e_form, ty == 'G')
            };
            let s = if alternate { s } else { strip_zeros(&s) };
            if ty == 'r' && !s.contains(['.', 'e', 'E']) {
                format!("{s}.0")
            } else {
                s
            }
        }
        _ => unreachable!(),
    }
}

/// `format(float, spec)`.
pub fn format_float(x: f64, sp: &Spec) -> PyResult<String> {
    let ty = match sp.ty {
        None => {
            if sp.precision.is_some() {
                'r'
            } else {
                'R'
            }
        }
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => {
            return Err(error::value_error(format!(
                "Unknown format code '{}' for object of type 'float'",
                t
            )))
        }
    };
    let mut neg = x.is_sign_negative() && !x.is_nan();
    let ax = x.abs();
    let mut body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else if ty == 'R' {
        let r = float_repr(ax);
        if sp.alternate && !r.contains(['.', 'e']) {
            format!("{r}.")
        } else {
            r
        }
    } else {
        float_body(ax, ty, sp.precision, sp.alternate)
    };
    if matches!(ty, 'E' | 'F' | 'G') {
        body = body.to_uppercase();
    }
    if sp.coerce_neg_zero
        && neg
        && body
            .trim_start_matches(['0', '.'])
            .trim_end_matches('%')
            .chars()
            .all(|c| c == '0' || c == '.' || c == 'e' || c == '+' || c == '-')
    {
        if body
            .chars()
            .filter(|c| c.is_ascii_digit())
            .all(|c| c == '0')
        {
            neg = false;
        }
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        if int_part.chars().all(|c| c.is_ascii_digit()) && !int_part.is_empty() {
            let grouped = if sp.align == Some('=') && sp.fill == Some('0') {
                zero_pad_grouped(&int_part, sp, sign.len() + rest.chars().count(), 3)
            } else {
                group_digits(&int_part, g, 3)
            };
            body = format!("{grouped}{rest}");
        }
    }
    Ok(pad(sign, &body, sp, '>'))
}

/// `format(str, spec)`.
pub fn format_str(s: &str, sp: &Spec) -> PyResult<String> {
    match sp.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(error::value_error(format!(
                "Unknown format code '{}' for object of type 'str'",
                t
            )))
        }
    }
    if sp.sign.is_some() {
        return Err(error::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if sp.alternate {
        return Err(error::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if sp.align == Some('=') {
        return Err(error::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if sp.grouping.is_some() {
        return Err(error::value_error(format!(
            "Cannot specify '{}' with 's'.",
            sp.grouping.unwrap()
        )));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad("", &body, sp, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_cpython() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(123456789.0), "123456789.0");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(-0.0), "-0.0");
        // a tie at 17 digits goes to the even digit, as in CPython
        assert_eq!(float_repr(1297788047657453.25), "1297788047657453.2");
    }

    #[test]
    fn float_formats_match_cpython() {
        let f = |x: f64, s: &str| format_float(x, &parse_spec(s).unwrap()).unwrap();
        assert_eq!(f(3.14159, ".2f"), "3.14");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(12345.678, ",.1f"), "12,345.7");
        assert_eq!(f(1234.5, "e"), "1.234500e+03");
        assert_eq!(f(0.00001234, "g"), "1.234e-05");
        assert_eq!(f(123456789.0, "g"), "1.23457e+08");
        assert_eq!(f(0.5, ".0%"), "50%");
        assert_eq!(f(3.0, ".3"), "3.0");
        assert_eq!(f(-1.5, "+010.2f"), "-000001.50");
        assert_eq!(f(2.5, ".0f"), "2");
    }

    #[test]
    fn int_formats_match_cpython() {
        let f = |x: i64, s: &str| {
            let m = num_bigint::BigUint::from(x.unsigned_abs());
            format_int(x < 0, &m, &parse_spec(s).unwrap()).unwrap()
        };
        assert_eq!(f(1234567, ","), "1,234,567");
        assert_eq!(f(255, "#x"), "0xff");
        assert_eq!(f(-42, "08d"), "-0000042");
        assert_eq!(f(42, "^9"), "   42    ");
        assert_eq!(f(1234, "08,d"), "0,001,234");
        assert_eq!(f(255, "_b"), "1111_1111");
    }
}
