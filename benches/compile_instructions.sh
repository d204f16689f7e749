#!/usr/bin/env bash
# Instructions spent compiling loops (inside `jit::compile`, counted by
# callgrind, so deterministic unlike compile times), per workload at its
# quick size and summed: the figure benches/README.md quotes for changes to
# the JIT's lowering. Usage: benches/compile_instructions.sh [path/to/krait]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(realpath "${1:-$here/../target/release/krait}")"
out="$(mktemp -d)"
cd "$here/workloads"
total=0
for spec in "chaos 35000" "raytrace 80" "constraints 12" "board_search 3" "nbody 30000" \
    "fannkuch 8 1" "spectral_norm 120" "float_arith 150" "lu_sor 70" "generators 150000" \
    "gen_tree 3"; do
    set -- $spec
    w=$1
    shift
    valgrind --tool=callgrind --callgrind-out-file="$out/$w" --toggle-collect='jit::compile' \
        "$bin" "$w.py" "$@" >/dev/null 2>"$out/$w.err"
    n=$(callgrind_annotate "$out/$w" 2>/dev/null |
        awk '/PROGRAM TOTALS/ && !done { gsub(",", "", $1); print $1; done = 1 }')
    echo "$w $n"
    total=$((total + n))
done
echo "TOTAL $total"
rm -rf "$out"
