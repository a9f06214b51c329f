#!/usr/bin/env bash
# Command-line contract: help and version exit 0; bad input exits 2 with a
# one-line reason; a headless render writes a PNG with no X server.
# Usage: cli_usage.sh RENDEZVOUS OUTDIR PNG_STATS
set -uo pipefail
bin=$1 out=$2 stats=$3
mkdir -p "$out"
fail=0
expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$out/stdout" 2>"$out/stderr"; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; cat "$out/stderr"; fail=1
  else
    echo "ok: $what (exit $got) $(head -c 160 "$out/stderr" | head -1)"
  fi
}
unset DISPLAY WAYLAND_DISPLAY
expect 0 "--help" -- "$bin" --help
grep -q "render" "$out/stdout" || { echo "FAIL: --help does not list 'render'"; fail=1; }
expect 0 "--version" -- "$bin" --version
grep -q "^rendezvous [0-9]" "$out/stdout" || { echo "FAIL: --version output"; fail=1; }
expect 2 "unknown option" -- "$bin" --frobnicate
expect 2 "bad size" -- "$bin" render --size 12x34x5 -o "$out/x.png"
expect 2 "size too small" -- "$bin" render --size 8x8 -o "$out/x.png"
expect 2 "bad time" -- "$bin" render --time 2021-13-45T00:00:00Z -o "$out/x.png"
expect 2 "bad relative time" -- "$bin" render --time T+abc -o "$out/x.png"
expect 2 "missing -o" -- "$bin" render
expect 2 "missing output folder" -- "$bin" render -o "$out/no/such/dir/x.png"
grep -q "does not exist" "$out/stderr" || { echo "FAIL: no reason for missing folder"; fail=1; }
expect 2 "missing mission file" -- "$bin" --mission /nonexistent.toml render -o "$out/x.png"
expect 1 "window without a display" -- "$bin" --exit-after-frames 1
grep -q "xvfb-run\|render" "$out/stderr" || { echo "FAIL: no advice without display"; fail=1; }
rm -f "$out/earth.png"
expect 0 "headless render" -- "$bin" render --time 2021-10-05T08:55:02Z --size 320x180 -o "$out/earth.png"
read -r w h mean sd < <("$stats" "$out/earth.png") || fail=1
[ "${w:-0}" = 320 ] && [ "${h:-0}" = 180 ] || { echo "FAIL: render size ${w:-?}x${h:-?}"; fail=1; }
awk -v m="${mean:-0}" 'BEGIN { exit !(m > 5) }' || { echo "FAIL: blank render"; fail=1; }
# Missing Earth maps: still renders (procedural globe) and names the package.
RENDEZVOUS_XPLANET_DIR=/nonexistent expect 0 "missing textures" -- "$bin" render --size 320x180 -o "$out/fallback.png"
grep -q "apt-get install xplanet-images" "$out/stderr" || { echo "FAIL: no package advice for missing maps"; fail=1; }
read -r w h mean sd < <("$stats" "$out/fallback.png") || fail=1
awk -v m="${mean:-0}" 'BEGIN { exit !(m > 5) }' || { echo "FAIL: blank fallback render"; fail=1; }
# A driver without GL 3.3 core (Mesa told to offer 3.0): a clear message, exit 1.
MESA_GL_VERSION_OVERRIDE=3.0 expect 1 "headless without GL 3.3" -- "$bin" render --size 320x180 -o "$out/old.png"
grep -qi "3.3" "$out/stderr" || { echo "FAIL: no mention of GL 3.3"; fail=1; }
exit $fail
