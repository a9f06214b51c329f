#!/usr/bin/env bash
# The window starts under Xvfb, renders 30 frames, exits 0, says when its
# first frame was on screen, and its last frame is not blank.
# Usage: window_smoke.sh RENDEZVOUS OUTDIR PNG_STATS
set -euo pipefail
bin=$1 out=$2 stats=$3
mkdir -p "$out"
# Never read or write the user's own settings.
export XDG_CONFIG_HOME="$out/config" XDG_PICTURES_DIR="$out/pictures"
rm -f "$out/window.png"
rc=0
"$(dirname "$0")/../../scripts/with-xvfb.sh" 1280x720x24 "$bin" --exit-after-frames 30 \
  --screenshot "$out/window.png" 2>"$out/window.txt" || rc=$?
cat "$out/window.txt"  # shown whether or not it failed
[ $rc = 0 ] || { echo "FAIL: exit $rc"; exit 1; }
# Seconds from the command's start to the first frame (bench.sh reads it):
# more than nothing, and under a minute.
shown=$(sed -n 's/.*first frame on screen \([0-9.]*\) s after the command started$/\1/p' "$out/window.txt")
awk -v s="$shown" 'BEGIN { exit !(s != "" && s > 0.01 && s < 60) }' ||
  { echo "FAIL: no plausible first-frame time ('$shown')"; exit 1; }
read -r w h mean sd < <("$stats" "$out/window.png")
echo "screenshot ${w}x${h} mean=${mean} stddev=${sd}"
[ "$w" = 1280 ] && [ "$h" = 720 ] || { echo "FAIL: wrong size"; exit 1; }
awk -v m="$mean" -v s="$sd" 'BEGIN { exit !(m > 10 && s > 20) }' || { echo "FAIL: blank frame"; exit 1; }
# A tiny window still draws; resizing is exercised by the minimum size.
"$(dirname "$0")/../../scripts/with-xvfb.sh" 1280x720x24 "$bin" --window-size 16x16 --exit-after-frames 3
# No GL 3.3 core from the driver: a clear message and exit 1, not a crash.
set +e
MESA_GL_VERSION_OVERRIDE=3.0 "$(dirname "$0")/../../scripts/with-xvfb.sh" 640x480x24 "$bin" --exit-after-frames 1 2>"$out/old_gl.txt"
rc=$?
set -e
cat "$out/old_gl.txt"
[ $rc = 1 ] && grep -q "OpenGL 3.3" "$out/old_gl.txt" || { echo "FAIL: old GL: exit $rc"; exit 1; }
echo PASS
