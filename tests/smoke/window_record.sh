#!/usr/bin/env bash
# End-to-end: the Record panel in the real window under Xvfb, driven with
# xdotool. Marks T+10..T+11.5 with I and U, opens the panel (Ctrl+R), picks
# 160x90 at 24 fps, records while the window plays, and checks the file with
# ffprobe and that the window kept drawing meanwhile; records again (the
# existing file is not overwritten: -1); starts a long recording, uses keys
# during it, cancels it and checks the partial file is playable; an
# unwritable output folder and a missing ffmpeg give their messages; the
# panel's size and fps are saved and come back in the next run.
# Usage: window_record.sh RENDEZVOUS OUTDIR PNG_STATS
#
# The panel's widgets are clicked at fixed positions: the window is
# 1280x720 at UI scale 1, opened at T+10; the time stays between lift-off
# and Max Q, so the caption bar above the panel never changes. If the panel's layout changes, update the
# coordinates below (a screenshot of the panel is saved as panel.png).
set -euo pipefail
bin=$1 out=$2

source "$(dirname "$0")/window_lib.bash"
if [ -z "${RV_RECORD_INNER:-}" ]; then
  command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || { echo "SKIP: ffmpeg/ffprobe not installed"; exit 77; }
fi
rv_under_xvfb RECORD "$@"

export XDG_CONFIG_HOME="$out/config" XDG_VIDEOS_DIR="$out/videos" XDG_PICTURES_DIR="$out/pictures"
videos="$out/videos/Rendezvous"
log="$out/app.log"
fail() {
  echo "FAIL: $*"
  ffmpeg -v error -y -f x11grab -video_size 1280x720 -i "$DISPLAY" -frames:v 1 "$out/failure.png" 2>/dev/null &&
    echo "(screen at the failure: $out/failure.png)"
  echo "--- app log"
  cat "$log" || true
  exit 1
}
# ImGui needs the pointer to rest over a button for a frame before the press,
# and the press to last across a frame (llvmpipe frames take ~0.3 s here).
click() { xdotool mousemove "$1" "$2"; sleep 0.6; xdotool mousedown 1; sleep 0.4; xdotool mouseup 1; sleep 0.6; }
# Replaces a text field's contents: click in it, Ctrl+A held across frames, type.
typeInto() {
  click "$1" "$2"
  xdotool keydown ctrl keydown a; sleep 0.7; xdotool keyup a keyup ctrl; sleep 0.3
  xdotool type --delay 60 "$3"; sleep 0.5
  click 900 278 # empty space in the panel: leaves the field
}
# Keys are text until the Go to field has let go, a few slow frames after Enter.
goTo() { press g 1.2; xdotool type --delay 80 "$1"; sleep 0.4; press Return 2.5; }
waitLog() { # PATTERN SECONDS
  for _ in $(seq $(($2 * 4))); do grep -q "$1" "$log" && return 0; sleep 0.25; done
  fail "no '$1' in the log after $2 s"
}
frames() { ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$1"; }
reset=--reset-settings
startApp() {
  "$@" $reset --window-size 1280x720 --ui-scale 1 --start T+10 --dump-state "$out/state.txt" >"$log" 2>&1 &
  pid=$!
  rv_find_window $pid
  sleep 3 # first frames: fonts, plot series
}
quitApp() {
  xdotool mousemove 1100 450
  press ctrl+q
  for _ in $(seq 60); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "Ctrl Q did not quit"; fi
  wait $pid || fail "exit status $?"
}

# Positions in the panel (see the header).
size_field=(478 193) fps24=(438 220) output_field=(640 247) start=(639 305) cancel=(889 278)
between_events=(607 85)

startApp "$bin"
press i            # range start at T+10
goTo "T+11.5"
press u            # range end
press ctrl+r 1.5   # the panel
ffmpeg -v error -y -f x11grab -video_size 1280x720 -i "$DISPLAY" -frames:v 1 "$out/panel.png" || true
typeInto "${size_field[@]}" 160x90
click "${fps24[@]}"
press 0            # real time, playing: the window draws continuously from here
click "${start[@]}"
waitLog "Record panel: started" 5
grep "Record panel: started" "$log" | grep -q -- "--size 160x90 --fps 24" ||
  fail "the panel did not pass 160x90 at 24 fps (layout changed? see panel.png): $(grep started "$log")"
waitLog "Record panel: Saved" 90
first="$videos/rendezvous-T+00-00-10_T+00-00-11.mp4"
[ -f "$first" ] || fail "no $first"
n=$(frames "$first")
[ "$n" = 36 ] || fail "$n frames in $first, expected 36 (1.5 s at 24 fps)"
[ "$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height,r_frame_rate -of csv=p=0 "$first")" = "160,90,24/1" ] ||
  fail "size or fps of $first: $(ffprobe -v error -show_streams "$first" | grep -E 'width|height|r_frame_rate')"
drew=$(grep -o "the window drew [0-9]* frames" "$log" | head -1 | grep -o "[0-9]*")
echo "first recording: 36 frames; the window drew $drew frames meanwhile"
[ "$drew" -ge 3 ] || fail "the window drew only $drew frames while recording: it was not kept responsive"

# Again: the file exists, so the new one is -1.
click "${start[@]}"
waitLog "Record panel: Saved .*T+00-00-11-1.mp4" 90
[ "$(frames "$videos/rendezvous-T+00-00-10_T+00-00-11-1.mp4")" = 36 ] || fail "second recording"
[ "$(frames "$first")" = 36 ] || fail "the first file was touched"

# Between two events: lift-off to Max Q (the panel's default pair at T+10);
# the frame count follows the simulated Max Q (T+68.0 s: 1632 frames at 24
# fps); keys during it, then Cancel.
maxq_met=$("$bin" events --json | grep '"id": "max_q"' | sed 's/.*"met_s": \([0-9.]*\).*/\1/')
long_frames=$(awk -v t="$maxq_met" 'BEGIN { printf "%d", t * 24 + 0.5 }')
long_to=$(awk -v t="$maxq_met" 'BEGIN { s = int(t); printf "T+00-%02d-%02d", int(s / 60), s % 60 }')
press space        # pause
click "${between_events[@]}"
click "${start[@]}"
waitLog "record: $long_frames frames" 30
sleep 2
ffmpeg -v error -y -f x11grab -video_size 1280x720 -i "$DISPLAY" -frames:v 1 "$out/recording.png" || true
press 3            # onboard camera, during the recording
press Left         # previous event (lift-off), during the recording
[ "$(grep -c "Record panel: \(Saved\|Cancelled\|Recording failed\)" "$log")" = 2 ] || fail "the long recording ended early"
click "${cancel[@]}"
waitLog "Record panel: Cancelled after" 30
long="$videos/rendezvous-T+00-00-00_$long_to.mp4"
done=$(grep -o "Cancelled after [0-9]* of $long_frames" "$log" | grep -o "after [0-9]*" | grep -o "[0-9]*")
n=$(frames "$long")
echo "cancelled after $done frames; the file holds $n"
[ "$n" = "$done" ] && [ "$n" -gt 0 ] || fail "cancelled file holds $n frames, the panel said $done"

# An output folder that cannot be made: a message, nothing started.
typeInto "${output_field[@]}" "/proc/rv-cannot-write/x.mp4"
click "${start[@]}"
waitLog "Not started: cannot create the folder /proc/rv-cannot-write" 5
quitApp
cat "$out/state.txt"
[ "$(state record_panel_visible)" = true ] || fail "panel not open at exit"
[ "$(state selection_in_met_s)" = "10.000" ] || fail "selection start $(state selection_in_met_s)"
[ "$(state selection_out_met_s)" = "11.500" ] || fail "selection end $(state selection_out_met_s)"
[ "$(state camera)" = onboard ] || fail "the camera key during the recording was lost: $(state camera)"
[ "$(state met_s)" = "0.000" ] || fail "time $(state met_s): Left during the recording did not go back to lift-off"
cp "$log" "$out/app-main.log"
conf="$out/config/rendezvous/settings.conf"
grep -q "^record_size = 160x90$" "$conf" && grep -q "^record_fps = 24$" "$conf" ||
  fail "the Record panel's size and fps were not saved: $(grep '^record_' "$conf" | tr '\n' ' ')"

# No ffmpeg on PATH: the recorder's reason comes back to the panel. The
# range is Shift+dragged on the timeline this time (which must not seek).
# The settings are kept this time: the panel opens with the last run's
# 160x90 at 24 fps.
reset=
startApp env PATH=/nonexistent "$bin"
xdotool mousemove 60 661; sleep 0.6
xdotool keydown shift mousedown 1; sleep 0.5
xdotool mousemove 80 661; sleep 0.5; xdotool mousemove 100 661; sleep 0.5
xdotool mouseup 1 keyup shift; sleep 0.6
press ctrl+r 1.5
click "${start[@]}"
waitLog "Recording failed: 'ffmpeg' not found on PATH" 30
grep "Record panel: started" "$log" | grep -q -- "--size 160x90 --fps 24" ||
  fail "the panel did not reopen with the saved 160x90 at 24 fps: $(grep 'Record panel' "$log")"
sleep 0.5
ffmpeg -v error -y -f x11grab -video_size 1280x720 -i "$DISPLAY" -frames:v 1 "$out/failed.png" || true
quitApp
cat "$out/state.txt"
[ "$(state met_s)" = "10.000" ] || fail "Shift+drag moved the time to $(state met_s)"
awk -v a="$(state selection_in_met_s)" -v b="$(state selection_out_met_s)" \
  'BEGIN { exit !(a != "none" && b != "none" && b - a > 300 && b - a < 1000) }' ||
  fail "Shift+drag over 40 px (about 700 s of the whole mission) selected $(state selection_in_met_s) to $(state selection_out_met_s)"
echo PASS
