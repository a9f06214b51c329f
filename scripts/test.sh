#!/usr/bin/env bash
# One command to check Rendezvous: installs the Debian packages, builds
# (Release, with tests) and runs every test with CTest. Window tests run under
# Xvfb (xvfb-run, started by the tests themselves); render tests use EGL with
# no display. Exits non-zero if anything fails.
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
echo "test.sh: setup $((t1 - t0)) s, build $((t2 - t1)) s, tests $((t3 - t2)) s"
exit $status
