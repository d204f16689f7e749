//! Runtime support for `match` statements: which subjects are mappings and
//! sequences, mapping key lookup, and class patterns (`__match_args__`).

use crate::object::Kind;
use crate::runtime::error::{self, PyResult};
use crate::runtime::vm::Vm;
use crate::types::dict::{as_dict, new_dict};
use crate::types::str::as_str;
use crate::types::tuple::{as_tuple, new_tuple};
use crate::types::typeobj::TypeObj;
use crate::types::types;
use crate::value::Value;

fn mro_has(v: &Value, names: &[&str]) -> bool {
    v.ty().mro_types().any(|t| {
        let n = t.name();
        names.contains(&n.as_str()) && {
            let m = t.get_own(crate::name!("__module__"));
            m.as_ref().and_then(as_str).is_some_and(|m| {
                matches!(
                    m,
                    "collections.abc" | "_collections_abc" | "typing" | "collections" | "array"
                )
            })
        }
    })
}

pub fn is_mapping(v: &Value) -> bool {
    matches!(v.kind(), Kind::Dict | Kind::MappingProxy)
        || mro_has(v, &["Mapping", "MutableMapping"])
}

pub fn is_sequence(v: &Value) -> bool {
    match v.kind() {
        Kind::List | Kind::Tuple | Kind::Range => true,
        Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Dict => false,
        _ => mro_has(v, &["Sequence", "MutableSequence", "deque", "array"]),
    }
}

pub fn match_keys(vm: &Vm, subj: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).unwrap_or(&[]).to_vec();
    let mut out = Vec::with_capacity(keys.len());
    let seen = crate::types::set::new_set(vm, vec![])?;
    for k in &keys {
        if crate::types::set::contains(vm, &seen, k)? {
            return Err(error::value_error(format!(
                "mapping pattern checks duplicate key ({})",
                vm.repr_string(k)?
            )));
        }
        crate::types::set::set_add(vm, &seen, k.clone())?;
        let v = if let (Some(d), true) = (as_dict(subj), subj.ty().is_builtin()) {
            d.get_item(vm, k)?
        } else {
            let get = vm.getattr_str(subj, "get")?;
            let sentinel = crate::types::list::new_list(vec![]);
            let r = vm.call(&get, &[k.clone(), sentinel.clone()])?;
            if r.is(&sentinel) {
                None
            } else {
                Some(r)
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(Value::none()),
        }
    }
    Ok(new_tuple(out))
}

fn self_matching(t: &TypeObj, reg: &crate::types::Registry) -> bool {
    let p = t as *const TypeObj;
    [
        reg.bool_,
        reg.bytearray,
        reg.bytes,
        reg.dict,
        reg.float,
        reg.frozenset,
        reg.int,
        reg.list,
        reg.set,
        reg.str,
        reg.tuple,
    ]
    .iter()
    .any(|x| std::ptr::eq(&x.data, p))
}

pub fn match_class(
    vm: &Vm,
    subj: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(ct) = cls.downcast::<TypeObj>() else {
        return Err(error::type_error("called match pattern must be a class"));
    };
    if !vm.isinstance(subj, cls)? {
        return Ok(Value::none());
    }
    let cname = ct.name();
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        match vm.getattr_opt(cls, "__match_args__")? {
            None => {
                let builtin = ct.mro_types().any(|t| self_matching(&t.data, types()));
                if builtin {
                    if npos > 1 {
                        return Err(error::type_error(format!(
                            "{}() accepts 1 positional sub-pattern ({} given)",
                            cname, npos
                        )));
                    }
                    attrs.push(subj.clone());
                } else {
                    return Err(error::type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        cname, npos
                    )));
                }
            }
            Some(ma) => {
                let Some(items) = as_tuple(&ma).map(|t| t.to_vec()) else {
                    return Err(error::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cname,
                        ma.ty().name()
                    )));
                };
                if npos > items.len() {
                    let s = if items.len() == 1 { "" } else { "s" };
                    return Err(error::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        cname,
                        items.len(),
                        s,
                        npos
                    )));
                }
                for name in &items[..npos] {
                    let Some(n) = as_str(name) else {
                        return Err(error::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.ty().name()
                        )));
                    };
                    seen.push(n.to_string());
                    match vm.getattr_opt(subj, n)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::none()),
                    }
                }
            }
        }
    }
    for name in as_tuple(names).unwrap_or(&[]).iter() {
        let n = as_str(name).unwrap_or("");
        if seen.iter().any(|s| s == n) {
            return Err(error::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                cname, n
            )));
        }
        seen.push(n.to_string());
        match vm.getattr_opt(subj, n)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::none()),
        }
    }
    Ok(new_tuple(attrs))
}

pub fn copy_without_keys(vm: &Vm, subj: &Value, keys: &Value) -> PyResult<Value> {
    let d = new_dict();
    crate::types::dict::dict_update_from(vm, &d, subj)?;
    let dd = as_dict(&d).unwrap();
    for k in as_tuple(keys).unwrap_or(&[]).iter() {
        dd.del_item(vm, k)?;
    }
    Ok(d)
}
