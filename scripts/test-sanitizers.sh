#!/usr/bin/env bash
# Builds the no-GL unit tests with AddressSanitizer + UndefinedBehaviorSanitizer
# into build-asan/ (scripts/asan-build.sh) and runs them. Any memory error,
# leak or undefined behaviour makes a test binary fail, and this exit non-zero.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
targets=(unit_base unit_astro unit_sim unit_render unit_app)
"$root/scripts/asan-build.sh" "${targets[@]}"
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1
status=0
for t in "${targets[@]}"; do
  if (cd "$root/build-asan/tests" && "./$t" --gtest_brief=1); then
    echo "sanitizers: $t passed"
  else
    echo "sanitizers: $t FAILED under ASan/UBSan" >&2
    status=1
  fi
done
exit $status
