//! Calls every method of many builtin objects with odd arguments (see
//! `tests/support/builtin_sweep.py`): none may panic inside krait.

use std::process::Command;

#[test]
fn builtin_methods_never_panic() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/builtin_sweep.py");
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg(&script)
        .output()
        .expect("run krait");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or("");
    assert!(
        out.status.success(),
        "sweep failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(last, "sweep done 0", "internal errors:\n{stdout}");
}
