#!/usr/bin/env bash
# One command to check Rendezvous: installs the Debian packages, builds
# (Release, with tests) and runs every test with CTest. Window tests run under
# Xvfb (scripts/with-xvfb.sh, started by the tests themselves); render tests use EGL with
# no display. Then the unit tests under ASan + UBSan (scripts/test-sanitizers.sh),
# the leak check (scripts/leak-check.sh) and 20 s of fuzzing per parser
# and the timeline cache decoder (scripts/fuzz.sh), and the C++ files against .clang-format
# (scripts/check-format.sh). Exits non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
t0=$(date +%s)
"$root/scripts/setup.sh"
t1=$(date +%s)
"$root/scripts/build.sh" Release
t2=$(date +%s)
cd "$root/build"
status=0
ctest --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" --timeout 600 2>&1 |
  tee "$root/build/ctest.log" || status=1
t3=$(date +%s)
# Then the unit tests again under ASan + UBSan, a render and a recording under
# LeakSanitizer (both build-asan/), and a short fuzz run of the mission-file
# and time parsers (build-fuzz/).
phases_ok=0 phases_failed=()
phase() { # name, command...: one more check that passes or fails as a whole
  local name=$1
  shift
  if "$@"; then phases_ok=$((phases_ok + 1)); else phases_failed+=("$name"); status=1; fi
}
phase format "$root/scripts/check-format.sh"
phase sanitizers "$root/scripts/test-sanitizers.sh"
t4=$(date +%s)
phase leak-check "$root/scripts/leak-check.sh"
t5=$(date +%s)
phase fuzz "$root/scripts/fuzz.sh" 20
t6=$(date +%s)
echo "test.sh: setup $((t1 - t0)) s, build $((t2 - t1)) s, tests $((t3 - t2)) s," \
  "sanitizers $((t4 - t3)) s, leak check $((t5 - t4)) s, fuzz $((t6 - t5)) s"
# One closing line: the CTest tests plus the three phases above, each a check.
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$root/build/ctest.log" | tail -1)
failed=$(sed -n 's/.* \([0-9]*\) tests failed out of.*/\1/p' "$root/build/ctest.log" | tail -1)
skipped=$(grep -c '(Skipped)' "$root/build/ctest.log" || true)
if [ -z "$total" ]; then # CTest did not get to its summary
  total=0 failed=1
  status=1
fi
[ ${#phases_failed[@]} -eq 0 ] || echo "test.sh: failed: ${phases_failed[*]}"
echo "test.sh: $((total - failed - skipped + phases_ok)) passed, $((failed + ${#phases_failed[@]})) failed, $skipped skipped"
exit $status
