#!/usr/bin/env bash
# scripts/with-xvfb.sh, which every window test stands on: (1) two started at
# once get displays of their own; (2) a client that connects while another
# one comes and goes is never refused. Without -noreset the server resets as
# the last client leaves and refuses whoever connects then: about 1 in 100
# connections here, which failed smoke.window_keys once in CI.
# Usage: xvfb_wrapper.sh RENDEZVOUS OUTDIR PNG_STATS (only OUTDIR is used)
set -euo pipefail
out=$2
wrap="$(dirname "$0")/../../scripts/with-xvfb.sh"
command -v Xvfb >/dev/null || { echo "SKIP: Xvfb not installed (scripts/setup.sh installs it)"; exit 77; }
command -v xdotool >/dev/null || { echo "SKIP: xdotool not installed (scripts/setup.sh installs it)"; exit 77; }
rm -rf "$out"
mkdir -p "$out"

if [ -z "${RV_XVFB_INNER:-}" ]; then
  # (1) Two at once, each holding its display while the other looks.
  "$wrap" 320x240x24 bash -c 'echo "$DISPLAY" >"$1"; sleep 1' _ "$out/a" &
  "$wrap" 320x240x24 bash -c 'echo "$DISPLAY" >"$1"; sleep 1' _ "$out/b" &
  wait
  a=$(cat "$out/a") b=$(cat "$out/b")
  echo "two wrappers at once: $a and $b"
  [ -n "$a" ] && [ "$a" != "$b" ] || { echo "FAIL: both got display '$a'"; exit 1; }
  RV_XVFB_INNER=1 exec "$wrap" 320x240x24 bash "$0" "$@"
fi

# (2) Inside one wrapper: a poller comes and goes (as rv_find_window's
# xdotool does) while this loop connects 300 times.
(while :; do xdotool getdisplaygeometry >/dev/null 2>&1 || true; done) &
poller=$!
refused=0
for _ in $(seq 300); do
  xdotool getdisplaygeometry >/dev/null 2>>"$out/refusals.txt" || refused=$((refused + 1))
done
kill $poller 2>/dev/null || true
echo "connections refused beside a poller: $refused of 300"
[ $refused = 0 ] || { head -3 "$out/refusals.txt"; echo "FAIL: the display refused clients"; exit 1; }
echo PASS
