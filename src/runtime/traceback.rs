//! Printing exceptions the way CPython does: the traceback entries (outermost
//! call first) with their source lines, chained exceptions (`__cause__`,
//! `__context__`), and SyntaxError's caret display.

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::code::CodeObj;
use crate::runtime::vm::Vm;
use crate::types::exceptions::{self, TracebackObj};
use crate::types::str::as_str;
use crate::types::typeobj::is_subtype;
use crate::types::types;
use crate::value::Value;

fn sources() -> &'static Mutex<HashMap<String, Arc<str>>> {
    static S: OnceLock<Mutex<HashMap<String, Arc<str>>>> = OnceLock::new();
    S.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Remembers a file's source text for traceback display.
pub fn register_source(filename: &str, src: Arc<str>) {
    sources().lock().insert(filename.to_string(), src);
}

/// Line `n` (1-based) of a registered (or readable) file.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    let src = sources().lock().get(filename).cloned();
    let src = match src {
        Some(s) => s,
        None => Arc::from(std::fs::read_to_string(filename).ok()?),
    };
    src.split('\n')
        .nth(n.checked_sub(1)? as usize)
        .map(|l| l.trim_end_matches('\r').to_string())
}

/// The exception's type name as tracebacks print it (`module.Qualname` unless
/// the module is `builtins` or `__main__`).
pub fn type_display_name(exc: &Value) -> String {
    let t = exc.ty();
    let q = t.qualname();
    let m = t
        .get_own(crate::name!("__module__"))
        .and_then(|m| as_str(&m).map(|s| s.to_string()));
    match m {
        Some(m) if m != "builtins" && m != "__main__" => format!("{}.{}", m, q),
        _ => q,
    }
}

/// The last line of a traceback, `Type: message`, and the exception's notes.
pub fn exception_only(vm: &Vm, exc: &Value) -> String {
    let (msg, notes) = message_and_notes(vm, exc);
    let mut out = msg;
    for n in notes {
        out.push_str(&n);
    }
    out
}

/// `Type: message\n` and the lines of `__notes__` (each ending in a newline),
/// kept apart because inside an exception group each note line gets a margin.
fn message_and_notes(vm: &Vm, exc: &Value) -> (String, Vec<String>) {
    let name = type_display_name(exc);
    let msg = match crate::types::exceptions::exc_str_value(vm, exc) {
        Ok(m) => m,
        Err(_) => match vm.str_string(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".into(),
        },
    };
    let msg = if exc.ty().is_builtin() {
        msg
    } else {
        vm.str_string(exc).unwrap_or(msg)
    };
    let msg = match suggestion_suffix(vm, exc) {
        Some(s) => format!("{}{}", msg, s),
        None => msg,
    };
    let line = if msg.is_empty() {
        format!("{}\n", name)
    } else {
        format!("{}: {}\n", name, msg)
    };
    let mut notes = Vec::new();
    if let Some(ns) = vm.getattr_opt(exc, "__notes__").ok().flatten() {
        if let Ok(items) = vm.iterate(&ns) {
            for n in items {
                let text = vm.str_string(&n).unwrap_or_default();
                let mut parts: Vec<String> =
                    text.split_inclusive('\n').map(|l| l.to_string()).collect();
                match parts.last_mut() {
                    Some(l) => l.push('\n'),
                    None => parts.push("\n".into()),
                }
                notes.extend(parts);
            }
        }
    }
    (line, notes)
}

fn syntax_error_detail(vm: &Vm, exc: &Value) -> String {
    let get = |n: &str| {
        vm.getattr_opt(exc, n)
            .ok()
            .flatten()
            .filter(|v| !v.is_none())
    };
    let mut out = String::new();
    let file = get("filename").and_then(|f| as_str(&f).map(|s| s.to_string()));
    let line = get("lineno").and_then(|l| l.as_small());
    if let (Some(f), Some(l)) = (&file, line) {
        out.push_str(&format!("  File \"{}\", line {}\n", f, l));
    }
    if let Some(text) = get("text").and_then(|t| as_str(&t).map(|s| s.to_string())) {
        let line_text = text.trim_end_matches('\n');
        let stripped = line_text.trim_start();
        let removed = line_text.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped));
        if let Some(off) = get("offset").and_then(|o| o.as_small()) {
            let start = (off as usize).saturating_sub(1).saturating_sub(removed);
            let end_off = get("end_offset").and_then(|o| o.as_small()).unwrap_or(off);
            let end_line = get("end_lineno").and_then(|o| o.as_small());
            let width = if end_line == line && end_off > off {
                (end_off - off) as usize
            } else {
                1
            };
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(start),
                "^".repeat(width.max(1))
            ));
        }
    }
    let name = type_display_name(exc);
    let msg = get("msg")
        .map(|m| vm.str_string(&m).unwrap_or_default())
        .unwrap_or_default();
    out.push_str(&format!("{}: {}\n", name, msg));
    out
}

/// How deep and how wide exception groups are printed (CPython's defaults).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of one report, as CPython's `exception_print_context`: which
/// exceptions were printed (chains may loop), how deep inside exception groups
/// we are, and whether a group's closing rule is still owed.
struct Report {
    out: String,
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl Report {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Writes `text` after the indent and margin of the current group level.
    fn line(&mut self, text: &str) {
        let prefix = format!("{}{}", self.indent(), self.margin());
        self.out.push_str(&prefix);
        self.out.push_str(text);
    }
}

fn is_exception_group(vm: &Vm, exc: &Value) -> bool {
    match crate::runtime::import::krait_helper(vm, "BaseExceptionGroup") {
        Ok(t) => crate::types::typeobj::as_type(&t)
            .map(|t| is_subtype(exc.ty(), t))
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// One exception without its chain: traceback entries, then `Type: message`.
fn print_one(vm: &Vm, r: &mut Report, exc: &Value, group: bool) {
    if let Some(tb) = exceptions::traceback(exc) {
        let (header, header_margin) = if group {
            (
                "Exception Group Traceback (most recent call last):\n",
                if r.group_depth == 1 { "+ " } else { r.margin() },
            )
        } else {
            ("Traceback (most recent call last):\n", r.margin())
        };
        let h = format!("{}{}{}", r.indent(), header_margin, header);
        r.out.push_str(&h);
        let mut cur = Some(tb);
        while let Some(t) = cur {
            let Some(tbo) = t.downcast::<TracebackObj>() else {
                break;
            };
            let code = tbo.code.downcast::<CodeObj>().unwrap();
            r.line(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename_str(),
                tbo.lineno,
                code.name_str()
            ));
            if let Some(l) = source_line(code.filename_str(), tbo.lineno) {
                let s = l.trim();
                if !s.is_empty() {
                    r.line(&format!("    {}\n", s));
                }
            }
            cur = tbo.next.clone();
        }
    }
    if is_subtype(exc.ty(), types().exc.syntax_error) {
        for l in syntax_error_detail(vm, exc).split_inclusive('\n') {
            r.line(l);
        }
    } else {
        let (msg, notes) = message_and_notes(vm, exc);
        r.line(&msg);
        for n in notes {
            r.line(&n);
        }
    }
}

/// An exception with what it was chained from printed first
/// (CPython's `print_exception_recursive`).
fn print_recursive(vm: &Vm, r: &mut Report, exc: &Value) {
    // the native stack is finite: a hostile chain or nesting stops printing
    if vm.stack_exhausted() {
        r.line("... (too deeply nested to print)\n");
        return;
    }
    r.seen.push(exc.raw());
    let chained = if let Some(c) = exceptions::cause(exc) {
        Some((
            c,
            "The above exception was the direct cause of the following exception:\n",
        ))
    } else if exceptions::suppress_context(exc) {
        None
    } else {
        exceptions::context(exc).map(|c| {
            (
                c,
                "During handling of the above exception, another exception occurred:\n",
            )
        })
    };
    if let Some((c, message)) = chained {
        if !r.seen.contains(&c.raw()) {
            let need_close = r.need_close;
            print_recursive(vm, r, &c);
            r.need_close = need_close;
            r.line("\n");
            r.line(message);
            r.line("\n");
        }
    }
    if is_exception_group(vm, exc) {
        print_group(vm, r, exc);
    } else {
        print_one(vm, r, exc, false);
    }
}

/// An exception group and, boxed and numbered, its members
/// (CPython's `print_exception_group`).
fn print_group(vm: &Vm, r: &mut Report, exc: &Value) {
    if r.group_depth > MAX_GROUP_DEPTH {
        r.line(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
        return;
    }
    if r.group_depth == 0 {
        r.group_depth += 1;
    }
    print_one(vm, r, exc, true);
    let excs = vm
        .getattr_opt(exc, "exceptions")
        .ok()
        .flatten()
        .and_then(|e| vm.iterate(&e).ok())
        .unwrap_or_default();
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    r.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            // the closing rule may be written by a nested group instead
            r.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let corner = if i == 0 { "+-" } else { "  " };
        let label = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let rule = format!(
            "{}{}+---------------- {} ----------------\n",
            r.indent(),
            corner,
            label
        );
        r.out.push_str(&rule);
        r.group_depth += 1;
        if !truncated {
            print_recursive(vm, r, &excs[i]);
        } else {
            let more = excs.len() - MAX_GROUP_WIDTH;
            r.line(&format!(
                "and {} more exception{}\n",
                more,
                if more > 1 { "s" } else { "" }
            ));
        }
        if last && r.need_close {
            let close = format!("{}+------------------------------------\n", r.indent());
            r.out.push_str(&close);
            r.need_close = false;
        }
        r.group_depth -= 1;
    }
    if r.group_depth == 1 {
        r.group_depth -= 1;
    }
}

/// The full report of an exception: its chain, and the members of exception groups.
pub fn format_exception(vm: &Vm, exc: &Value) -> String {
    let mut r = Report {
        out: String::new(),
        seen: Vec::new(),
        group_depth: 0,
        need_close: false,
    };
    print_recursive(vm, &mut r, exc);
    r.out
}

/// Writes an exception report to `sys.stderr`.
pub fn print_exception(vm: &Vm, exc: &Value) {
    let text = format_exception(vm, exc);
    crate::modules::sys::write_stderr(vm, &text);
}

// ---- "Did you mean" (CPython's Python/suggestions.c) ------------------------

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, as CPython's `calculate_suggestions`.
pub fn suggest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.cloned()
}

/// The ". Did you mean: 'x'?" suffix for NameError and AttributeError.
pub fn suggestion_suffix(vm: &Vm, exc: &Value) -> Option<String> {
    let t = types();
    let name = vm.getattr_opt(exc, "name").ok().flatten()?;
    let name = as_str(&name)?.to_string();
    let groups: Vec<Vec<String>> = if is_subtype(exc.ty(), t.exc.attribute_error) {
        let obj = vm.getattr_opt(exc, "obj").ok().flatten()?;
        let d = vm.call_special(&obj, "__dir__", &[]).ok().flatten()?;
        let items = vm.iterate(&d).ok()?;
        vec![items
            .iter()
            .filter_map(|v| as_str(v).map(|s| s.to_string()))
            .collect()]
    } else if is_subtype(exc.ty(), t.exc.name_error) {
        // candidate groups recorded when the error was raised: locals, globals, builtins
        let groups = vm.getattr_opt(exc, "_krait_scopes").ok().flatten()?;
        vm.iterate(&groups)
            .ok()?
            .iter()
            .map(|g| {
                vm.iterate(g)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|v| as_str(v).map(|s| s.to_string()))
                    .collect()
            })
            .collect()
    } else {
        return None;
    };
    for g in groups {
        if let Some(s) = suggest(&g, &name) {
            return Some(format!(". Did you mean: '{}'?", s));
        }
    }
    None
}
