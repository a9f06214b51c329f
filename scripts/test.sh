#!/usr/bin/env bash
# One command to check Rendezvous: installs the Debian packages, builds
# (Release, with tests) and runs every test with CTest. Window tests run under
# Xvfb (xvfb-run, started by the tests themselves); render tests use EGL with
# no display. Then the unit tests under ASan + UBSan (scripts/test-sanitizers.sh),
# the leak check (scripts/leak-check.sh) and 20 s of fuzzing per parser
# (scripts/fuzz.sh). Exits non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
t0=$(date +%s)
"$root/scripts/setup.sh"
t1=$(date +%s)
"$root/scripts/build.sh" Release
t2=$(date +%s)
cd "$root/build"
status=0
ctest --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" --timeout 600 || status=$?
t3=$(date +%s)
# Then the unit tests again under ASan + UBSan, a render and a recording under
# LeakSanitizer (both build-asan/), and a short fuzz run of the mission-file
# and time parsers (build-fuzz/).
"$root/scripts/test-sanitizers.sh" || status=1
t4=$(date +%s)
"$root/scripts/leak-check.sh" || status=1
t5=$(date +%s)
"$root/scripts/fuzz.sh" 20 || status=1
t6=$(date +%s)
echo "test.sh: setup $((t1 - t0)) s, build $((t2 - t1)) s, tests $((t3 - t2)) s," \
  "sanitizers $((t4 - t3)) s, leak check $((t5 - t4)) s, fuzz $((t6 - t5)) s"
exit $status
