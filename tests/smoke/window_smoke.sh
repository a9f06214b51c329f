#!/usr/bin/env bash
# The window starts under Xvfb, renders 30 frames, exits 0, and its last
# frame is not blank. Usage: window_smoke.sh RENDEZVOUS OUTDIR PNG_STATS
set -euo pipefail
bin=$1 out=$2 stats=$3
mkdir -p "$out"
rm -f "$out/window.png"
xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --exit-after-frames 30 --screenshot "$out/window.png"
read -r w h mean sd < <("$stats" "$out/window.png")
echo "screenshot ${w}x${h} mean=${mean} stddev=${sd}"
[ "$w" = 1280 ] && [ "$h" = 720 ] || { echo "FAIL: wrong size"; exit 1; }
awk -v m="$mean" -v s="$sd" 'BEGIN { exit !(m > 10 && s > 20) }' || { echo "FAIL: blank frame"; exit 1; }
# A tiny window still draws; resizing is exercised by the minimum size.
xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --window-size 16x16 --exit-after-frames 3
echo PASS
