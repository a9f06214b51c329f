#!/usr/bin/env bash
# Runs a headless render and a short recording with the ASan build of
# rendezvous (build-asan/, scripts/asan-build.sh) and fails if LeakSanitizer
# reports a leak, or either command fails. Needs EGL (Mesa llvmpipe will do)
# and ffmpeg. About 10 s once built; scripts/test.sh runs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/asan-build.sh" rendezvous
out="$root/build-asan/leak-check"
rm -rf "$out"
mkdir -p "$out"
# The GL driver stays loaded to the end (tests/leak/keep_libraries_loaded.c says
# why); preloading it ahead of libasan needs verify_asan_link_order=0.
cc -shared -fPIC -O1 -o "$out/keep_libraries_loaded.so" "$root/tests/leak/keep_libraries_loaded.c"
export LD_PRELOAD="$out/keep_libraries_loaded.so"
export ASAN_OPTIONS=detect_leaks=1:verify_asan_link_order=0
export LSAN_OPTIONS=exitcode=23
export UBSAN_OPTIONS=print_stacktrace=1
app="$root/build-asan/app/rendezvous"
status=0
check() { # name, output file, command...
  local name=$1 file=$2 rc=0
  shift 2
  DISPLAY= "$@" >"$out/$name.log" 2>&1 || rc=$?
  if [ $rc -eq 0 ] && [ -s "$file" ]; then
    echo "leak-check: $name: no leaks"
  else
    [ $rc -eq 23 ] && echo "leak-check: $name: LEAKS (see $out/$name.log):" >&2 ||
      echo "leak-check: $name: failed with exit code $rc (see $out/$name.log):" >&2
    grep -E 'leak of|SUMMARY|ERROR|rendezvous:' "$out/$name.log" | head -8 >&2 || true
    status=1
  fi
}
check render "$out/x.png" "$app" render --time T+100 --size 320x180 -o "$out/x.png"
check record "$out/x.mp4" "$app" record --from T+0 --to T+1 --fps 24 --size 320x180 -o "$out/x.mp4"
exit $status
