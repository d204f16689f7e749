//! Embeds the pure-Python standard library into the binary: krait's own
//! modules (`lib/`) and the CPython 3.11 modules listed in
//! `lib/cpython-modules.txt`, read from a CPython 3.11 installation found at
//! build time (they are a dependency, never copied into this repository).
//! Generates a table of (module name, source, is_package) included by
//! `runtime::import`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Adds every module under `dir` (a package's directory or `lib/`) to `out`.
/// `skip` names directories that are not collected (tests, caches).
fn collect(dir: &Path, prefix: &str, skip: &[&str], out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(d) => d.flatten().collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || skip.contains(&name.as_str()) {
            continue;
        }
        if p.is_dir() {
            let init = p.join("__init__.py");
            if init.is_file() {
                let modname = format!("{prefix}{name}");
                out.push((modname.clone(), init, true));
                collect(&p, &format!("{modname}."), skip, out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), p.clone(), false));
            }
        }
    }
}

/// A directory holding CPython 3.11's standard library: `KRAIT_CPYTHON_LIB`,
/// else the `stdlib` path of `python3` or `python3.11` if it is 3.11, else
/// Debian's `libpython3.11-stdlib` directory.
fn find_cpython_lib() -> Result<PathBuf, String> {
    let looks_right = |p: &Path| p.join("os.py").is_file() && p.join("collections").is_dir();
    if let Some(dir) = std::env::var_os("KRAIT_CPYTHON_LIB") {
        let p = PathBuf::from(dir);
        return if looks_right(&p) {
            Ok(p)
        } else {
            Err(format!(
                "KRAIT_CPYTHON_LIB={} is not a CPython standard library directory (no os.py)",
                p.display()
            ))
        };
    }
    for exe in ["python3", "python3.11"] {
        let out = Command::new(exe)
            .args([
                "-c",
                "import sys, sysconfig; print('%d.%d' % sys.version_info[:2]); print(sysconfig.get_path('stdlib'))",
            ])
            .output();
        if let Ok(out) = out {
            let text = String::from_utf8_lossy(&out.stdout).to_string();
            let mut lines = text.lines();
            if let (Some("3.11"), Some(path)) = (lines.next(), lines.next()) {
                let p = PathBuf::from(path.trim());
                if looks_right(&p) {
                    return Ok(p);
                }
            }
        }
    }
    let debian = PathBuf::from("/usr/lib/python3.11");
    if looks_right(&debian) {
        return Ok(debian);
    }
    Err(
        "krait embeds CPython 3.11's standard library (the pure-Python modules listed in \
         lib/cpython-modules.txt) and found none. Install it (`apt-get install \
         libpython3.11-stdlib` on Debian/Ubuntu, or any CPython 3.11 as `python3.11`), or \
         point KRAIT_CPYTHON_LIB at a CPython 3.11 `Lib` directory."
            .to_string(),
    )
}

/// The modules listed in the manifest, read from `cpython`: a name that is a
/// package brings its whole package (test directories left out).
fn cpython_modules(manifest: &Path, cpython: &Path) -> Vec<(String, PathBuf, bool)> {
    let text = fs::read_to_string(manifest)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", manifest.display()));
    let mut out = Vec::new();
    for line in text.lines() {
        let name = line.split('#').next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let rel = name.replace('.', "/");
        let file = cpython.join(format!("{rel}.py"));
        let pkg = cpython.join(&rel);
        if file.is_file() {
            out.push((name.to_string(), file, false));
        } else if pkg.join("__init__.py").is_file() {
            out.push((name.to_string(), pkg.join("__init__.py"), true));
            collect(
                &pkg,
                &format!("{name}."),
                &["__pycache__", "test", "tests", "idle_test"],
                &mut out,
            );
        } else {
            panic!(
                "lib/cpython-modules.txt lists `{name}`, which {} does not have",
                cpython.display()
            );
        }
    }
    out
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = root.join("lib");
    let manifest = lib.join("cpython-modules.txt");
    println!("cargo:rerun-if-changed=lib");
    println!("cargo:rerun-if-changed={}", manifest.display());
    println!("cargo:rerun-if-env-changed=KRAIT_CPYTHON_LIB");
    let mut mods = Vec::new();
    if lib.is_dir() {
        collect(&lib, "", &["__pycache__", "_tests"], &mut mods);
    }
    let cpython = match find_cpython_lib() {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("error: {msg}");
            panic!("{msg}");
        }
    };
    let own: std::collections::HashSet<String> = mods.iter().map(|m| m.0.clone()).collect();
    for m in cpython_modules(&manifest, &cpython) {
        if own.contains(&m.0) {
            panic!(
                "`{}` is both krait's own (lib/) and listed in lib/cpython-modules.txt: keep one",
                m.0
            );
        }
        mods.push(m);
    }
    for (_, p, _) in &mods {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    println!(
        "cargo:rustc-env=KRAIT_CPYTHON_LIB_DIR={}",
        cpython.display()
    );
    let mut s = String::from(
        "/// (module name, source, is_package) of every embedded library module:\n\
         /// krait's own `lib/`, then CPython 3.11's modules named in\n\
         /// `lib/cpython-modules.txt`.\npub static EMBEDDED_LIB: &[(&str, &str, bool)] = &[\n",
    );
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
