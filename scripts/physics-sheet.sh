#!/usr/bin/env bash
# A contact sheet of the flight physics, to judge it at a glance: the Soyuz
# slewing to its burn attitude and firing along its axis, a braking impulse
# and the fly-around with thruster puffs, the manual approach and contact,
# the boosters and fairing halves tumbling away, the impact pins.
# Every moment is an event of the simulation plus an offset, so the sheet
# follows the physics when it changes.
#
# Usage: scripts/physics-sheet.sh [-o sheet.png] [--size WxH] [--bin PATH]
#   default: build/physics-sheet.png, each tile 480x270.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=physics-sheet.sh outPng="$root/build/physics-sheet.png" size=480x270
source "$root/scripts/sheet_lib.bash"
sheet_setup "$@"
"$bin" events --json >"$tmp/events.json"
# "T+<seconds>" of an event plus an offset in seconds.
at() {
  local met
  met=$(grep "\"id\": \"$1\"" "$tmp/events.json" | sed 's/.*"met_s": \([-0-9.]*\).*/\1/')
  [ -n "$met" ] || { echo "physics-sheet.sh: no event '$1'" >&2; exit 1; }
  awk -v m="$met" -v d="$2" 'BEGIN { printf "T%+.1f", m + d }'
}
# moment|camera|overlays
shots=(
  "$(at burn_1 -200)|chase|none"       # slewing to the burn attitude
  "$(at burn_1 20)|chase|none"         # the S5.80 firing along the body axis
  "$(at braking_1 8)|chase|labels"     # braking impulse: DPO-B puffs
  "$(at flyaround 120)|chase|labels"   # fly-around, docking axis at the station
  "$(at manual_control 60)|port|labels" # the commander backing off
  "$(at contact -5)|chase|labels"      # the probe meets the port
  "$(at booster_sep 1.7)|chase|labels" # the Korolev cross, boosters tumbling
  "$(at fairing_sep 3)|chase|labels"   # fairing halves swinging away
)
n=0
for shot in "${shots[@]}"; do
  IFS='|' read -r t c o <<<"$shot"
  f=$(printf '%s/tile_%03d.png' "$tmp" $n)
  "$bin" render --time "$t" --camera "$c" --overlays "$o" --size "$size" -o "$f" >"$tmp/log" 2>&1 ||
    { echo "physics-sheet.sh: render --time $t --camera $c failed:" >&2; cat "$tmp/log" >&2; exit 1; }
  n=$((n + 1))
done
ffmpeg -v error -y -framerate 1 -i "$tmp/tile_%03d.png" \
  -vf "tile=4x2:padding=4:color=white" -frames:v 1 "$outPng"
echo "physics-sheet.sh: wrote $outPng"
