//! Syntax errors in CPython's words.
//!
//! A light tokenizer pass runs before the parser to catch what CPython's own
//! tokenizer reports (unclosed or unmatched brackets, too deep nesting,
//! unterminated strings, bad indentation, invalid characters, leading zeros),
//! and parser errors are translated to CPython's messages where they differ.

use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::runtime::error::{PyErr, PyResult};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple_from;
use crate::types::{types, TypeRef};
use crate::value::Value;

/// Builds a SyntaxError (or subclass) with CPython's attributes.
pub fn make_syntax_error(
    ty: TypeRef,
    msg: &str,
    filename: &str,
    line: usize,
    col: usize,
    text: Option<&str>,
    end: Option<(usize, usize)>,
) -> PyErr {
    let (el, ec) = end.unwrap_or((line, col));
    let info = new_tuple_from([
        new_str(filename.to_string()),
        Value::small(line as i64),
        Value::small(col as i64),
        match text {
            Some(t) => new_str(t.to_string()),
            None => Value::none(),
        },
        Value::small(el as i64),
        Value::small(ec as i64),
    ]);
    PyErr::with_args(ty, vec![new_str(msg.to_string()), info])
}

fn line_text(source: &str, line: usize) -> Option<String> {
    source
        .split('\n')
        .nth(line.saturating_sub(1))
        .map(|l| format!("{}\n", l.trim_end_matches('\r')))
}

/// (1-based line, 1-based column in characters) of a byte offset.
fn line_col(source: &str, off: usize) -> (usize, usize) {
    let off = off.min(source.len());
    let before = &source[..off];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = source[line_start..off].chars().count() + 1;
    (line, col)
}

/// A SyntaxError located at a range of the source.
pub fn syntax_error_at(source: &str, filename: &str, r: TextRange, msg: &str) -> PyErr {
    let (l, c) = line_col(source, usize::from(r.start()));
    let (el, ec) = line_col(source, usize::from(r.end()));
    make_syntax_error(
        types().exc.syntax_error,
        msg,
        filename,
        l,
        c,
        line_text(source, l).as_deref(),
        Some((el, ec)),
    )
}

fn err_at(ty: TypeRef, source: &str, filename: &str, off: usize, msg: &str) -> PyErr {
    let (l, c) = line_col(source, off);
    make_syntax_error(
        ty,
        msg,
        filename,
        l,
        c,
        line_text(source, l).as_deref(),
        None,
    )
}

/// Checks what CPython's tokenizer checks before parsing.
pub fn precheck(source: &str, filename: &str) -> PyResult<()> {
    let se = types().exc.syntax_error;
    if let Some(i) = source.find('\0') {
        let _ = i;
        return Err(make_syntax_error(
            se,
            "source code cannot contain null bytes",
            filename,
            0,
            0,
            None,
            None,
        ));
    }
    let b = source.as_bytes();
    let mut i = 0;
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut at_line_start = true;
    let mut indent_stack: Vec<(usize, usize, bool)> = vec![(0, 0, false)];
    let mut indent1: Vec<usize> = vec![0];
    let n = b.len();
    while i < n {
        let c = b[i];
        if at_line_start && stack.is_empty() {
            // measure indentation with tab size 8 and 1; they must agree (TabError)
            let mut col8 = 0usize;
            let mut col1 = 0usize;
            while i < n && (b[i] == b' ' || b[i] == b'\t' || b[i] == b'\x0c') {
                match b[i] {
                    b'\t' => {
                        col8 = (col8 / 8 + 1) * 8;
                        col1 += 1;
                    }
                    b' ' => {
                        col8 += 1;
                        col1 += 1;
                    }
                    _ => {
                        col8 = 0;
                        col1 = 0;
                    }
                }
                i += 1;
            }
            at_line_start = false;
            if i < n
                && b[i] != b'\n'
                && b[i] != b'\r'
                && b[i] != b'#'
                && !(b[i] == b'\\' && i + 1 < n && b[i + 1] == b'\n')
            {
                let tab_err = || {
                    err_at(
                        types()
                            .types
                            .exceptions
                            .iter()
                            .find(|(n, _)| *n == "TabError")
                            .unwrap()
                            .1,
                        source,
                        filename,
                        i,
                        "inconsistent use of tabs and spaces in indentation",
                    )
                };
                let &(top8, top1, _) = indent_stack.last().unwrap();
                if col8 > top8 {
                    if col1 <= top1 {
                        return Err(tab_err());
                    }
                    indent_stack.push((col8, col1, false));
                    indent1.push(col1);
                } else if col8 == top8 {
                    if col1 != *indent1.last().unwrap() {
                        return Err(tab_err());
                    }
                } else {
                    while indent_stack.last().unwrap().0 > col8 {
                        indent_stack.pop();
                        indent1.pop();
                    }
                    if indent_stack.last().unwrap().0 != col8 {
                        return Err(err_at(
                            types().exc.indentation_error,
                            source,
                            filename,
                            i,
                            "unindent does not match any outer indentation level",
                        ));
                    }
                    if col1 != *indent1.last().unwrap() {
                        return Err(tab_err());
                    }
                }
                let _ = top1;
            }
            continue;
        }
        match c {
            b'#' => {
                while i < n && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\n' => {
                if stack.is_empty() {
                    at_line_start = true;
                }
                i += 1;
            }
            b'\\' if i + 1 < n && b[i + 1] == b'\n' => i += 2,
            b'(' | b'[' | b'{' => {
                stack.push((c, i));
                if stack.len() > 200 {
                    return Err(err_at(
                        se,
                        source,
                        filename,
                        i,
                        "too many nested parentheses",
                    ));
                }
                i += 1;
            }
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        return Err(err_at(
                            se,
                            source,
                            filename,
                            i,
                            &format!("unmatched '{}'", c as char),
                        ))
                    }
                    Some((o, oi)) if o != open => {
                        let (ol, _) = line_col(source, oi);
                        let (cl, _) = line_col(source, i);
                        let msg = if ol == cl {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            )
                        } else {
                            format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c as char, o as char, ol)
                        };
                        return Err(err_at(se, source, filename, i, &msg));
                    }
                    _ => {}
                }
                i += 1;
            }
            b'\'' | b'"' => {
                // string literal (prefix letters were consumed as identifier chars)
                let q = c;
                let triple = i + 2 < n && b[i + 1] == q && b[i + 2] == q;
                let start = i;
                // raw strings: look back for an r/R prefix
                let mut j = start;
                let mut raw = false;
                while j > 0 && b[j - 1].is_ascii_alphabetic() {
                    j -= 1;
                    if b[j] == b'r' || b[j] == b'R' {
                        raw = true;
                    }
                }
                if triple {
                    i += 3;
                    loop {
                        if i >= n {
                            let (_, _) = line_col(source, start);
                            let end_line = source.matches('\n').count()
                                + if source.ends_with('\n') { 0 } else { 1 };
                            return Err(err_at(se, source, filename, start, &format!("unterminated triple-quoted string literal (detected at line {})", end_line)));
                        }
                        if b[i] == b'\\' && !raw {
                            i += 2;
                            continue;
                        }
                        if b[i] == b'\\' && raw {
                            i += 2;
                            continue;
                        }
                        if b[i] == q && i + 2 < n && b[i + 1] == q && b[i + 2] == q {
                            i += 3;
                            break;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    loop {
                        if i >= n || b[i] == b'\n' {
                            let (l, _) = line_col(source, start);
                            return Err(err_at(
                                se,
                                source,
                                filename,
                                start,
                                &format!("unterminated string literal (detected at line {})", l),
                            ));
                        }
                        if b[i] == b'\\' {
                            i += 2;
                            continue;
                        }
                        if b[i] == q {
                            i += 1;
                            break;
                        }
                        i += 1;
                    }
                }
            }
            b'0'..=b'9' => {
                // number: check leading zeros in decimal integers
                let start = i;
                let prev_ident = start > 0
                    && (b[start - 1].is_ascii_alphanumeric()
                        || b[start - 1] == b'_'
                        || b[start - 1] == b'.');
                while i < n && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                    // an exponent sign belongs to the number: 1e-05
                    if (b[i] == b'e' || b[i] == b'E')
                        && i + 1 < n
                        && (b[i + 1] == b'+' || b[i + 1] == b'-')
                        && !source[start..i].to_ascii_lowercase().starts_with("0x")
                    {
                        i += 1;
                    }
                    i += 1;
                }
                if !prev_ident {
                    let tok = &source[start..i];
                    if tok.len() > 1
                        && tok.starts_with('0')
                        && tok.bytes().all(|x| x.is_ascii_digit() || x == b'_')
                        && tok.bytes().any(|x| x != b'0' && x != b'_')
                    {
                        return Err(err_at(se, source, filename, start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"));
                    }
                }
            }
            _ if c >= 0x80 => {
                let ch = source[i..].chars().next().unwrap();
                if !(ch.is_alphanumeric() || ch == '_') {
                    return Err(err_at(
                        se,
                        source,
                        filename,
                        i,
                        &format!("invalid character '{}' (U+{:04X})", ch, ch as u32),
                    ));
                }
                i += ch.len_utf8();
            }
            _ => i += 1,
        }
    }
    if let Some(&(o, oi)) = stack.last() {
        return Err(err_at(
            se,
            source,
            filename,
            oi,
            &format!("'{}' was never closed", o as char),
        ));
    }
    Ok(())
}

/// Translates a parser error to CPython's SyntaxError.
pub fn parse_error(source: &str, filename: &str, e: &ParseError) -> PyErr {
    let se = types().exc.syntax_error;
    let ie = types().exc.indentation_error;
    let off = usize::from(e.location.start());
    if std::env::var_os("KRAIT_DEBUG_PARSE").is_some() {
        eprintln!("parse error: {:?}", e);
    }
    let msg: (TypeRef, String) = match &e.error {
        ParseErrorType::UnexpectedIndentation => (ie, "unexpected indent".into()),
        ParseErrorType::Lexical(ruff_python_parser::LexicalErrorType::IndentationError) => (
            ie,
            "unindent does not match any outer indentation level".into(),
        ),
        ParseErrorType::ExpectedToken { expected, .. } if format!("{expected:?}") == "Indent" => {
            // find the compound statement that wanted a block
            let (l, _) = line_col(source, off);
            let mut kw_line = l.saturating_sub(1).max(1);
            let lines: Vec<&str> = source.split('\n').collect();
            while kw_line > 1
                && lines
                    .get(kw_line - 1)
                    .is_none_or(|t| t.trim().is_empty() || t.trim().starts_with('#'))
            {
                kw_line -= 1;
            }
            let text = lines.get(kw_line - 1).map(|t| t.trim()).unwrap_or("");
            let kw: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
            let what = match kw.as_str() {
                "if" => "'if' statement".to_string(),
                "elif" => "'elif' statement".to_string(),
                "else" => "'else' statement".to_string(),
                "for" => "'for' statement".to_string(),
                "while" => "'while' statement".to_string(),
                "with" => "'with' statement".to_string(),
                "try" => "'try' statement".to_string(),
                "except" => "'except' statement".to_string(),
                "finally" => "'finally' statement".to_string(),
                "def" => {
                    let name: String = text[3..]
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    format!("function definition")
                        .replace(
                            "function definition",
                            &format!("function definition on line {}", kw_line),
                        )
                        .replace(&format!(" on line {}", kw_line), "")
                        + if name.is_empty() { "" } else { "" }
                }
                "class" => "class definition".to_string(),
                _ => "statement".to_string(),
            };
            (
                ie,
                format!(
                    "expected an indented block after {} on line {}",
                    what, kw_line
                ),
            )
        }
        ParseErrorType::ExpectedToken { expected, .. } if format!("{expected:?}") == "Colon" => {
            (se, "expected ':'".into())
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            (se, "non-default argument follows default argument".into())
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            (se, "positional argument follows keyword argument".into())
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => (
            se,
            "positional argument follows keyword argument unpacking".into(),
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => (
            se,
            "iterable argument unpacking follows keyword argument unpacking".into(),
        ),
        ParseErrorType::FStringError(fe) => {
            let s = format!("{fe}");
            let s = match s.as_str() {
                x if x.contains("empty") => "f-string: empty expression not allowed".to_string(),
                x => format!("f-string: {}", x),
            };
            (se, s)
        }
        ParseErrorType::Lexical(l) => {
            let s = format!("{l}");
            if s.contains("unterminated") || s.contains("Unterminated") {
                let (ln, _) = line_col(source, off);
                (
                    se,
                    format!("unterminated string literal (detected at line {})", ln),
                )
            } else if s.contains("f-string") {
                (
                    se,
                    if s.contains("empty") {
                        "f-string: empty expression not allowed".into()
                    } else {
                        s
                    },
                )
            } else {
                (se, "invalid syntax".into())
            }
        }
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget => {
            let what = target_kind(
                &source[usize::from(e.location.start())..usize::from(e.location.end())],
            );
            if what == "expression" || what == "name" {
                (se, "invalid syntax".into())
            } else if matches!(
                what,
                "literal" | "function call" | "True" | "False" | "None" | "Ellipsis"
            ) {
                (
                    se,
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        what
                    ),
                )
            } else {
                (se, format!("cannot assign to {}", what))
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let what = target_kind(
                &source[usize::from(e.location.start())..usize::from(e.location.end())],
            );
            (
                se,
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    what
                ),
            )
        }
        ParseErrorType::InvalidDeleteTarget => {
            let what = target_kind(
                &source[usize::from(e.location.start())..usize::from(e.location.end())],
            );
            (se, format!("cannot delete {}", what))
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => {
            let what = m.split('`').nth(1).unwrap_or("statement").to_string();
            let (l, _) = line_col(source, off);
            let lines: Vec<&str> = source.split('\n').collect();
            let mut kw_line = l.saturating_sub(1).max(1);
            while kw_line > 1
                && lines
                    .get(kw_line - 1)
                    .is_none_or(|t| t.trim().is_empty() || t.trim().starts_with('#'))
            {
                kw_line -= 1;
            }
            let desc = match what.as_str() {
                "def" | "function definition" => "function definition".to_string(),
                "class" | "class definition" => "class definition".to_string(),
                w => format!("'{}' statement", w.trim_end_matches(" statement")),
            };
            return err_at(
                ie,
                source,
                filename,
                off,
                &format!(
                    "expected an indented block after {} on line {}",
                    desc, kw_line
                ),
            );
        }
        ParseErrorType::ExpectedExpression
            if source.as_bytes().get(off) == Some(&b'}')
                && off > 0
                && source.as_bytes()[off - 1] == b'{' =>
        {
            (se, "f-string: empty expression not allowed".into())
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            (se, "Generator expression must be parenthesized".into())
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Cannot have both 'except' and 'except*'") =>
        {
            // CPython underlines the `except` keyword of the clause that breaks the pattern
            let r = TextRange::at(e.location.start(), TextSize::from(6));
            return syntax_error_at(
                source,
                filename,
                r,
                "cannot have both 'except' and 'except*' on the same 'try'",
            );
        }
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" => {
            (se, "expected one or more exception types".into())
        }
        ParseErrorType::OtherError(m) if m.contains("starred") => {
            (se, "can't use starred expression here".into())
        }
        _ => (se, "invalid syntax".into()),
    };
    // an assignment to a literal is a compile-time message in CPython
    let _ = TextSize::from(0);
    err_at(msg.0, source, filename, off, &msg.1)
}

/// How CPython names an invalid assignment or deletion target.
fn target_kind(text: &str) -> &'static str {
    let t = text.trim();
    let first = t.chars().next().unwrap_or(' ');
    if t == "True" {
        "True"
    } else if t == "False" {
        "False"
    } else if t == "None" {
        "None"
    } else if t == "..." {
        "Ellipsis"
    } else if first.is_ascii_digit()
        || first == '"'
        || first == '\''
        || (first == '.' && t.len() > 1)
    {
        "literal"
    } else if t.starts_with('f') && (t[1..].starts_with('"') || t[1..].starts_with('\'')) {
        "f-string expression"
    } else if (first.is_alphabetic() || first == '_') && t.ends_with(')') && t.contains('(') {
        "function call"
    } else if t.starts_with("lambda") {
        "lambda"
    } else if first.is_alphabetic() || first == '_' {
        "name"
    } else {
        "expression"
    }
}
