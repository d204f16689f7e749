//! Embeds the pure-Python standard library (`lib/`) into the binary: generates
//! a table of (module name, source, is_package) included by `runtime::import`.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || name == "__pycache__" || name == "_tests" {
            continue;
        }
        if p.is_dir() {
            let init = p.join("__init__.py");
            if init.is_file() {
                let modname = format!("{prefix}{name}");
                out.push((modname.clone(), init, true));
                collect(&p, &format!("{modname}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), p.clone(), false));
            }
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = root.join("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut mods = Vec::new();
    if lib.is_dir() {
        collect(&lib, "", &mut mods);
    }
    for (_, p, _) in &mods {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    let mut s = String::from("/// (module name, source, is_package) of every embedded library module.\npub static EMBEDDED_LIB: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &mods {
        s.push_str(&format!(
            "    ({:?}, include_str!({:?}), {}),\n",
            name,
            path.display().to_string(),
            pkg
        ));
    }
    s.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_lib.rs");
    fs::write(out, s).unwrap();
}
