#!/usr/bin/env bash
# A contact sheet of the scene: every camera at every phase of the mission,
# rendered headless (EGL) and tiled into one PNG with ffmpeg, so the whole
# look can be judged at a glance (and compared before/after a change).
#
# Usage: scripts/contact-sheet.sh [-o sheet.png] [--size WxH] [--bin PATH]
#   rows: pad (T-30), max Q (T+67), booster separation (T+119), orbit
#         insertion (T+530), phasing by day and by night, approach (12:15 UTC),
#         contact; columns: pad, chase, onboard, port, overview, free.
#   default: build/contact-sheet.png, each tile 480x270.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=contact-sheet.sh outPng="$root/build/contact-sheet.png" size=480x270
source "$root/scripts/sheet_lib.bash"
sheet_setup "$@"
# Phasing by day and by night: times in the second orbit, checked against
# the Sun in the overview; 12:15 UTC is inside the final approach.
times=(T-30 T+67 T+119 T+530 2021-10-05T10:10:00Z 2021-10-05T10:50:00Z 2021-10-05T12:15:00Z contact)
cams=(pad chase onboard port overview free)
n=0
for t in "${times[@]}"; do
  for c in "${cams[@]}"; do
    f=$(printf '%s/tile_%03d.png' "$tmp" $n)
    if ! "$bin" render --time "$t" --camera "$c" --size "$size" -o "$f" >"$tmp/log" 2>&1; then
      echo "contact-sheet.sh: render --time $t --camera $c failed:" >&2
      cat "$tmp/log" >&2
      exit 1
    fi
    n=$((n + 1))
  done
  echo "contact-sheet.sh: $t done" >&2
done
ffmpeg -v error -y -framerate 1 -i "$tmp/tile_%03d.png" \
  -vf "tile=${#cams[@]}x${#times[@]}:padding=4:color=white" -frames:v 1 "$outPng"
echo "contact-sheet.sh: wrote $outPng (columns: ${cams[*]}; rows: ${times[*]})"
