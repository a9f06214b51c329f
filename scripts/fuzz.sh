#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, RV_FUZZ=ON, clang) into build-fuzz/
# and runs each for SECONDS (default 20) from its committed corpus
# (tests/fuzz/corpus/<target>/). New inputs go to build-fuzz/corpus/<target>/,
# so the committed corpus changes only by hand; a crash is written to
# build-fuzz/artifacts/ and makes this exit non-zero.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(mission_fuzz time_fuzz timeline_fuzz)
dir="$root/build-fuzz"
jobs=$(nproc 2>/dev/null || echo 2)
# NDEBUG as in Release: toml++'s internal precondition asserts are its own
# (marzer/tomlplusplus PR #301) and the shipped build has them off.
CC=clang CXX=clang++ cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
  -DRV_FUZZ=ON -DRV_BUILD_TESTS=OFF -DRV_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j"$jobs" --target "${targets[@]}"
mkdir -p "$dir/artifacts"
status=0
for t in "${targets[@]}"; do
  mkdir -p "$dir/corpus/$t"
  dict=()
  [ -f "$root/tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
  if "$dir/tests/fuzz/$t" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
       -artifact_prefix="$dir/artifacts/$t-" "$dir/corpus/$t" "$root/tests/fuzz/corpus/$t" \
       >"$dir/$t.log" 2>&1; then
    echo "fuzz: $t ran ${seconds} s, $(grep -o 'stat::number_of_executed_units: [0-9]*' "$dir/$t.log" | grep -o '[0-9]*$') inputs, no crash"
  else
    echo "fuzz: $t FAILED; the input is in $dir/artifacts/, the log is $dir/$t.log:" >&2
    grep -E 'ERROR|runtime error|_fuzz:|SUMMARY' "$dir/$t.log" | head -5 >&2 || true
    status=1
  fi
done
exit $status
