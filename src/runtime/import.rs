//! The import system: `sys.modules`, native modules, krait's embedded
//! pure-Python standard library, and `.py` files and packages found on
//! `sys.path`, with relative imports and circular-import-safe registration.

use std::sync::Arc;

use crate::runtime::error::{self, PyErr, PyResult};
use crate::runtime::vm::{runtime, Vm};
use crate::types::dict::as_dict;
use crate::types::module::{module_dict, new_module};
use crate::types::str::{as_str, intern, new_str};
use crate::types::types;
use crate::value::Value;

/// The `sys.path` entry that stands for the embedded standard library.
pub const LIB_PATH: &str = "/krait/lib";

include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));

/// Source of an embedded library module: (source, is_package).
fn embedded(name: &str) -> Option<(&'static str, bool)> {
    EMBEDDED_LIB
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// Names of the embedded library modules.
pub fn embedded_names() -> impl Iterator<Item = &'static str> {
    EMBEDDED_LIB.iter().map(|(n, _, _)| *n)
}

fn modules_dict() -> &'static crate::object::Obj<crate::types::dict::DictObj> {
    as_dict(&runtime().modules).unwrap()
}

fn not_found(name: &str) -> PyErr {
    module_not_found(name, format!("No module named '{}'", name))
}

/// `ModuleNotFoundError(msg)` with its `name` attribute set.
fn module_not_found(name: &str, msg: String) -> PyErr {
    let e = PyErr::new(types().exc.module_not_found_error, msg);
    let vm = Vm::current();
    if let Some(x) = crate::types::exceptions::as_exception(e.value()) {
        as_dict(&x.dict)
            .unwrap()
            .set_str(&vm, "name", new_str(name.to_string()));
    }
    e
}

/// Resolves a relative module name against the importing module's package.
fn resolve_name(vm: &Vm, name: &str, globals: &Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = as_dict(globals).unwrap();
    let mut package = g
        .get_by_str("__package__")
        .and_then(|p| as_str(&p).map(|s| s.to_string()));
    if package.as_deref().is_none_or(|p| p.is_empty()) {
        let modname = g
            .get_by_str("__name__")
            .and_then(|n| as_str(&n).map(|s| s.to_string()))
            .unwrap_or_default();
        package = Some(if g.get_by_str("__path__").is_some() {
            modname
        } else {
            modname
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        });
    }
    let package = package.unwrap_or_default();
    let _ = vm;
    if package.is_empty() || package == "__main__" {
        return Err(error::import_error(
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(error::import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{}.{}", base, name)
    })
}

/// IMPORT_NAME: imports `name` and returns what the statement binds.
pub fn import_name(
    vm: &Vm,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let name = as_str(name).unwrap_or("");
    let level = level.as_small().unwrap_or(0) as usize;
    let full = resolve_name(vm, name, globals, level)?;
    let m = import_module(vm, &full)?;
    let has_fromlist = !fromlist.is_none()
        && crate::types::tuple::as_tuple(fromlist).is_some_and(|t| !t.is_empty());
    if has_fromlist {
        // `from pkg import sub`: import submodules named in the fromlist
        // (anything may stand in sys.modules: attributes are looked up, as
        // importlib's `_handle_fromlist` does)
        if vm.getattr_opt(&m, "__path__")?.is_some() {
            for item in crate::types::tuple::as_tuple(fromlist).unwrap_or(&[]) {
                if let Some(s) = as_str(item) {
                    if s != "*" && vm.getattr_opt(&m, s)?.is_none() {
                        let sub = format!("{}.{}", full, s);
                        match import_module(vm, &sub) {
                            Ok(_) => {}
                            Err(e) if e.matches(types().exc.module_not_found_error) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        return Ok(m);
    }
    if level == 0 {
        if let Some((top, _)) = full.split_once('.') {
            return modules_dict().get_by_str(top).ok_or_else(|| not_found(top));
        }
    } else if name.is_empty() {
        return Ok(m);
    } else {
        // `import .x` is not valid syntax; for completeness return the top of the name
        let top = full.split('.').next().unwrap();
        return modules_dict().get_by_str(top).ok_or_else(|| not_found(top));
    }
    Ok(m)
}

/// A function from `lib/_krait.py`, the pure-Python half of the runtime
/// (exception-group matching, `memoryview`, ...).
pub fn krait_helper(vm: &Vm, name: &str) -> PyResult<Value> {
    let m = import_module(vm, "_krait")?;
    vm.getattr_str(&m, name)
}

/// Imports a module by absolute dotted name (parents first).
pub fn import_module(vm: &Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = modules_dict().get_by_str(full) {
        if m.is_none() {
            return Err(module_not_found(
                full,
                format!("import of {} halted; None in sys.modules", full),
            ));
        }
        return Ok(m);
    }
    let (parent_path, parent) = match full.rsplit_once('.') {
        Some((p, _)) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = modules_dict().get_by_str(full) {
                return Ok(m);
            }
            let path = vm.getattr_opt(&pm, "__path__")?;
            match path {
                Some(path) => (Some(vm.iterate(&path)?), Some(pm)),
                None => {
                    return Err(PyErr::new(
                        types().exc.module_not_found_error,
                        format!("No module named '{}'; '{}' is not a package", full, p),
                    ))
                }
            }
        }
        None => (None, None),
    };
    let m = find_and_load(vm, full, parent_path)?;
    if let Some(pm) = parent {
        let short = full.rsplit_once('.').map_or(full, |(_, s)| s);
        // the parent may be any object standing in sys.modules; like
        // importlib, a parent that refuses the attribute is left as it is
        if pm.kind() == crate::object::Kind::Module {
            crate::types::module::set_attr(&pm, short, m.clone());
        } else {
            let _ = vm.setattr_str(&pm, short, m.clone());
        }
    }
    Ok(m)
}

fn find_and_load(vm: &Vm, full: &str, parent_path: Option<Vec<Value>>) -> PyResult<Value> {
    if parent_path.is_none() {
        if let Some(m) = crate::modules::native_module(vm, full) {
            modules_dict().set_str(vm, full, m.clone());
            return Ok(m);
        }
    }
    let short = full.rsplit('.').next().unwrap();
    let paths: Vec<String> = match &parent_path {
        Some(p) => p
            .iter()
            .filter_map(|v| as_str(v).map(|s| s.to_string()))
            .collect(),
        None => {
            let sys_path = crate::modules::sys::sys_attr(vm, "path");
            match sys_path {
                Some(p) => vm
                    .iterate(&p)?
                    .iter()
                    .filter_map(|v| as_str(v).map(|s| s.to_string()))
                    .collect(),
                None => vec![LIB_PATH.to_string()],
            }
        }
    };
    for dir in paths {
        if dir == LIB_PATH || dir.starts_with(&format!("{}/", LIB_PATH)) {
            let emb_name = if dir == LIB_PATH {
                full.to_string()
            } else {
                full.to_string()
            };
            if let Some((src, is_pkg)) = embedded(&emb_name) {
                let file = if is_pkg {
                    format!("{}/{}/__init__.py", LIB_PATH, emb_name.replace('.', "/"))
                } else {
                    format!("{}/{}.py", LIB_PATH, emb_name.replace('.', "/"))
                };
                let pkg_dir = if is_pkg {
                    Some(format!("{}/{}", LIB_PATH, emb_name.replace('.', "/")))
                } else {
                    None
                };
                return exec_module(vm, full, &file, Arc::from(src), pkg_dir);
            }
            continue;
        }
        let base = if dir.is_empty() {
            ".".to_string()
        } else {
            dir.clone()
        };
        let pkg_init = format!("{}/{}/__init__.py", base, short);
        if std::path::Path::new(&pkg_init).is_file() {
            let src = read_source(&pkg_init)?;
            return exec_module(
                vm,
                full,
                &pkg_init,
                src,
                Some(format!("{}/{}", base, short)),
            );
        }
        let file = format!("{}/{}.py", base, short);
        if std::path::Path::new(&file).is_file() {
            let src = read_source(&file)?;
            return exec_module(vm, full, &file, src, None);
        }
    }
    Err(not_found(full))
}

/// Reads a source file as text (UTF-8, an initial BOM removed).
pub fn read_source(path: &str) -> PyResult<Arc<str>> {
    let bytes =
        std::fs::read(path).map_err(|e| crate::modules::io::os_error_from(&e, Some(path)))?;
    source_from_bytes(&bytes, path)
}

pub fn source_from_bytes(bytes: &[u8], path: &str) -> PyResult<Arc<str>> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Arc::from(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            let bad = bytes[pos];
            Err(crate::compile::errors::make_syntax_error(
                types().exc.syntax_error,
                &format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bad, path, line
                ),
                path,
                line,
                0,
                None,
                None,
            ))
        }
    }
}

/// Creates, registers and runs a module from source.
fn exec_module(
    vm: &Vm,
    full: &str,
    file: &str,
    src: Arc<str>,
    pkg_dir: Option<String>,
) -> PyResult<Value> {
    let m = new_module(full);
    let d = as_dict(module_dict(&m)).unwrap();
    d.set_str(vm, "__file__", new_str(file.to_string()));
    d.set_str(vm, "__builtins__", runtime().builtins.clone());
    match &pkg_dir {
        Some(p) => {
            d.set_str(
                vm,
                "__path__",
                crate::types::list::new_list(vec![new_str(p.clone())]),
            );
            d.set_str(vm, "__package__", new_str(full.to_string()));
        }
        None => {
            let pkg = full
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default();
            d.set_str(vm, "__package__", new_str(pkg));
        }
    }
    modules_dict().set_str(vm, full, m.clone());
    let r = (|| {
        let code = crate::compile::compile(vm, &src, file, crate::compile::Mode::Exec)?;
        crate::eval::run_code(vm, &code, module_dict(&m), Some(module_dict(&m).clone()))
    })();
    match r {
        Ok(_) => Ok(modules_dict().get_by_str(full).unwrap_or(m)),
        Err(e) => {
            let _ = modules_dict().del_item(vm, &intern(full));
            Err(e)
        }
    }
}

/// IMPORT_FROM: an attribute of the module, or its submodule.
pub fn import_from(vm: &Vm, m: &Value, name: &Value) -> PyResult<Value> {
    match vm.getattr(m, name) {
        Ok(v) => return Ok(v),
        Err(e) if !e.matches(types().exc.attribute_error) => return Err(e),
        Err(_) => {}
    }
    let n = as_str(name).unwrap_or("?");
    let modname = if m.kind() == crate::object::Kind::Module {
        crate::types::module::module_name(m)
    } else {
        None
    };
    if let Some(mn) = &modname {
        let sub = format!("{}.{}", mn, n);
        if let Some(s) = modules_dict().get_by_str(&sub) {
            return Ok(s);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let file = if m.kind() == crate::object::Kind::Module {
        as_dict(module_dict(m))
            .unwrap()
            .get_by_str("__file__")
            .and_then(|f| as_str(&f).map(|s| s.to_string()))
    } else {
        None
    };
    let msg = match file {
        Some(f) => format!("cannot import name '{}' from '{}' ({})", n, mn, f),
        None => format!(
            "cannot import name '{}' from '{}' (unknown location)",
            n, mn
        ),
    };
    let e = error::import_error(msg);
    if let Some(x) = crate::types::exceptions::as_exception(e.value()) {
        let d = as_dict(&x.dict).unwrap();
        d.set_str(vm, "name", new_str(mn.clone()));
    }
    Err(e)
}

/// `from m import *` into `target`.
pub fn import_star(vm: &Vm, m: &Value, target: &Value) -> PyResult<()> {
    // `__all__`, else the public names of `__dict__` (any object may stand
    // in sys.modules, as in CPython's import_all_from)
    let names: Vec<Value> = match vm.getattr_opt(m, "__all__")? {
        Some(all) => vm.iterate(&all)?,
        None => match vm.getattr_opt(m, "__dict__")? {
            Some(d) => {
                let keys = vm.call_method(&d, "keys", &[])?;
                vm.iterate(&keys)?
                    .into_iter()
                    .filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_')))
                    .collect()
            }
            None => {
                return Err(error::import_error(
                    "from-import-* object has no __dict__ and no __all__",
                ))
            }
        },
    };
    for n in names {
        let v = vm.getattr(m, &n)?;
        vm.setitem(target, &n, v)?;
    }
    Ok(())
}
