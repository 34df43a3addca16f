#!/usr/bin/env bash
# AC6 on its own: CPython's in-process compile+eval of "2 + 3" against
# pyr's cold start, measured back to back in one run. Prints the speedup
# and PASS (>= 50x) or FAIL.  Usage: utils/compare-cpython.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
ninja -C "$BUILD" bench-startup bench-cpython >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$BUILD"/benchmarks/bench-startup --benchmark_filter=cold_start_simple \
  --benchmark_repetitions=10 --benchmark_out="$out/pyr.json" >/dev/null
"$BUILD"/benchmarks/bench-cpython --benchmark_repetitions=10 \
  --benchmark_out="$out/cpython.json" >/dev/null
python3 - "$out/pyr.json" "$out/cpython.json" <<'PY'
import json, sys
def mean(path, name):
    for b in json.load(open(path))["benchmarks"]:
        if b.get("run_name") == name and b.get("aggregate_name") == "mean":
            return b["real_time"]
pyr = mean(sys.argv[1], "cold_start_simple")
cpy = mean(sys.argv[2], "cpython_pure_simple")
ratio = cpy / pyr
print("cpython_pure_simple %.1f ns / cold_start_simple %.1f ns = %.1fx" % (cpy, pyr, ratio))
print("PASS" if ratio >= 50 else "FAIL")
sys.exit(0 if ratio >= 50 else 1)
PY
