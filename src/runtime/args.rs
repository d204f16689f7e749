//! Argument parsing for native functions: matches positional and keyword
//! arguments to a list of parameter names, with CPython's error messages.

use crate::runtime::error::{self, PyResult};
use crate::types::str::as_str;
use crate::value::Value;

/// Binds `args` (positional values followed by keyword values named by
/// `kwnames`) to `names`; the first `required` are mandatory.
pub fn parse(
    args: &[Value],
    kwnames: Option<&[Value]>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    if npos > names.len() {
        return Err(error::type_error(if names.len() == required {
            format!(
                "{}() takes exactly {} argument{} ({} given)",
                fname,
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                npos
            )
        } else {
            format!(
                "{}() takes at most {} argument{} ({} given)",
                fname,
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                npos
            )
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a.clone());
    }
    if let Some(kn) = kwnames {
        for (k, v) in kn.iter().zip(&args[npos..]) {
            let ks = as_str(k).unwrap_or("");
            match names.iter().position(|n| *n == ks) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(error::type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            fname,
                            ks,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    return Err(error::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname, ks
                    )))
                }
            }
        }
    }
    for (i, o) in out.iter().enumerate().take(required) {
        if o.is_none() {
            return Err(error::type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Checks that a native function got no keyword arguments and between `min`
/// and `max` positional ones.
#[inline(always)]
pub fn check_positional(
    args: &[Value],
    kwnames: Option<&[Value]>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    // the common case inline at every native function (a call each was 23
    // instructions of `d.get(k)`'s ~200); the messages out of line
    let n = args.len();
    if kwnames.is_none_or(|k| k.is_empty()) && n >= min && n <= max {
        return Ok(());
    }
    positional_error(args, kwnames, fname, min, max)
}

#[cold]
#[inline(never)]
fn positional_error(
    args: &[Value],
    kwnames: Option<&[Value]>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if kwnames.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error(format!(
            "{}() takes no keyword arguments",
            fname
        )));
    }
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{}() takes no arguments ({} given)", fname, n)
            } else if min == 1 {
                format!("{}() takes exactly one argument ({} given)", fname, n)
            } else {
                format!("{}() takes exactly {} arguments ({} given)", fname, min, n)
            }
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                fname,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                fname,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        return Err(error::type_error(msg));
    }
    Ok(())
}

/// Exactly `n` positional arguments and no keywords, with the messages of
/// CPython's Argument Clinic functions: `prefix` + `name` in the keyword
/// and one-argument messages (`"_operator.neg() takes ..."`,
/// `"heappop() takes ..."`), `name` alone in the count message
/// (`"add expected 2 arguments, got 1"`).
pub fn exact_positional(
    args: &[Value],
    kwnames: Option<&[Value]>,
    prefix: &str,
    name: &str,
    n: usize,
) -> PyResult<()> {
    if kwnames.is_some_and(|k| !k.is_empty()) {
        return Err(error::type_error(format!(
            "{}{}() takes no keyword arguments",
            prefix, name
        )));
    }
    if args.len() != n {
        return Err(error::type_error(if n == 1 {
            format!(
                "{}{}() takes exactly one argument ({} given)",
                prefix,
                name,
                args.len()
            )
        } else {
            format!("{} expected {} arguments, got {}", name, n, args.len())
        }));
    }
    Ok(())
}

/// Splits native-call arguments into positional values and (name, value) pairs.
pub fn split_kwargs<'a>(
    args: &'a [Value],
    kwnames: Option<&'a [Value]>,
) -> (&'a [Value], Vec<(&'a Value, &'a Value)>) {
    let nkw = kwnames.map_or(0, |k| k.len());
    let npos = args.len() - nkw;
    let kws = match kwnames {
        Some(k) => k.iter().zip(&args[npos..]).collect(),
        None => Vec::new(),
    };
    (&args[..npos], kws)
}

/// Fails with TypeError unless a native function got at least `n` arguments
/// (the receiver included), so that missing arguments never index past the
/// end of `args`.
#[inline]
pub fn need(args: &[Value], n: usize, fname: &str) -> PyResult<()> {
    if args.len() >= n {
        return Ok(());
    }
    let name = fname
        .split_once('_')
        .map(|(_, r)| r)
        .unwrap_or(fname)
        .trim_start_matches('_');
    let want = n.saturating_sub(1);
    Err(error::type_error(format!(
        "{}() takes at least {} argument{} ({} given)",
        name,
        want,
        if want == 1 { "" } else { "s" },
        args.len().saturating_sub(1)
    )))
}
