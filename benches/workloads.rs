//! Criterion benchmarks: the seed article's programs and classic pure-Python
//! workloads, run in-process through `krait::api` at sizes small enough for
//! criterion's sampling. `benches/ratios.py` compares the same workloads
//! against `python3` as whole processes.

use criterion::{criterion_group, criterion_main, Criterion};

/// Put before each workload: the workloads end by printing their in-process
/// time as a `KRAIT_BENCH_TIME` line on stderr (read by `ratios.py`), which
/// would be printed at every criterion iteration.
const DISCARD_STDERR: &str = r#"import sys
class _Discard:
    def write(self, s):
        return len(s)
    def flush(self):
        pass
sys.stderr = _Discard()
"#;

fn workload(name: &str, size: &str) -> String {
    let path = format!(
        "{}/benches/workloads/{}.py",
        env!("CARGO_MANIFEST_DIR"),
        name
    );
    let src = std::fs::read_to_string(&path).expect("workload source");
    // the workloads read their size from sys.argv[1]
    format!("{DISCARD_STDERR}sys.argv = ['{name}', '{size}']\n{src}")
}

fn bench(c: &mut Criterion) {
    krait::api::init();
    let cases = [
        ("seed_sum_squares", "200000"),
        ("seed_primes", "20000"),
        ("nbody", "20000"),
        ("fannkuch", "7"),
        ("spectral_norm", "60"),
        ("richards", "2"),
        ("nqueens", "6"),
        ("float_arith", "60"),
        ("calls", "18"),
        ("generators", "50000"),
        ("constraints", "2"),
        ("board_search", "2"),
        ("raytrace", "24"),
        ("chaos", "4000"),
        ("lu_sor", "24"),
        ("gen_tree", "1"),
        ("interp_small", "1"),
    ];
    let mut g = c.benchmark_group("workloads");
    g.sample_size(10);
    for (name, size) in cases {
        let src = workload(name, size);
        // check once that it runs
        krait::api::run_capture(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        g.bench_function(name, |b| b.iter(|| krait::api::run_capture(&src).unwrap()));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
