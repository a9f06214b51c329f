#!/usr/bin/env bash
# A contact sheet of a recorded film: records a stretch of the mission the
# way a creator would (the automatic director, the burned-in overlay, the
# .srt beside it) and tiles every Nth frame into one PNG, so the framing and
# the captions can be judged frame by frame (docs/stills/*-sheet.png).
#
# Usage: scripts/film-sheet.sh FROM TO SPEED [-o sheet.png] [--size WxH] [--bin PATH]
#   e.g. scripts/film-sheet.sh T-10 T+130 2 -o docs/stills/launch-x2-sheet.png
#   FROM and TO as for `rendezvous record --from/--to`; SPEED the replay
#   speed. Recorded at 640x360, 30 fps; 24 frames spread evenly over the
#   video, shown at 400x225 in 6 columns; the subtitles go beside the PNG
#   with .srt for -sheet.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=film-sheet.sh
[ $# -ge 3 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2; }
from=$1 to=$2 speed=$3
shift 3
outPng="$root/build/film-sheet.png" size=640x360
source "$root/scripts/sheet_lib.bash"
sheet_setup "$@"
srt="${outPng%-sheet.png}.srt"
[ "$srt" != "$outPng" ] || srt="${outPng%.png}.srt"
"$bin" record --from "$from" --to "$to" --speed "$speed" --size "$size" --overlay \
  --subtitles "$srt" -o "$tmp/film.mp4" >&2
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames \
  -of csv=p=0 "$tmp/film.mp4")
every=$(((frames + 23) / 24))
ffmpeg -v error -y -i "$tmp/film.mp4" \
  -vf "select='not(mod(n\,$every))',scale=400:-2,tile=6x4:padding=4:color=white" -frames:v 1 \
  "$outPng"
echo "$name: wrote $outPng (every ${every}th of $frames frames) and $srt"
