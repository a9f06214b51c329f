#!/usr/bin/env bash
# Story mode in the real window under Xvfb: (1) unattended, as a kiosk (each
# hold ends by itself), at 40 times the presentation's pace, to the end of
# the mission; Esc at the start does not quit. (2) Driven by a presenter's
# Next presses (Right), holding at every key event until pressed. Then V
# opens the relative-motion view, W the world map, E raises the exposure a
# stop and F freezes the picture. Checked through the log and the state dump on exit.
# Usage: window_story.sh RENDEZVOUS OUTDIR PNG_STATS
set -euo pipefail
bin=$1 out=$2

source "$(dirname "$0")/window_lib.bash"
rv_under_xvfb STORY "$@"

rv_sandbox_user_dirs
stops=9 # kStoryStopIds, all in the bundled mission

# waitFor TEXT SECONDS: until the app's log says TEXT.
waitFor() {
  for _ in $(seq $(($2 * 4))); do
    grep -q "$1" "$out/app.log" && return 0
    kill -0 $pid 2>/dev/null || fail "the app exited while waiting for '$1'"
    sleep 0.25
  done
  fail "no '$1' in the log after $2 s"
}
quit() {
  press ctrl+q
  for _ in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "Ctrl Q did not quit"; fi
  wait $pid || fail "exit status $?"
}

# (1) Unattended: the whole mission, holds of 0.3 s.
"$bin" --reset-settings --story --story-hold 0.3 --story-speed 40 --dump-state "$out/state.txt" \
  >"$out/app.log" 2>&1 &
pid=$!
rv_find_window $pid
waitFor "story finished" 120
quit
cat "$out/state.txt"
[ "$(state stories_finished)" = 1 ] || fail "the story did not finish"
[ "$(state story_stops_held)" = $stops ] || fail "held at $(state story_stops_held) stops, expected $stops"
[ "$(state story)" = off ] || fail "story mode still on after the end"
[ "$(state camera)" = chase ] || fail "the camera was not given back: $(state camera)"
[ "$(state warp)" = 1 ] || fail "the warp was not given back: $(state warp)"

# (2) A presenter: every hold waits for Next; Esc leaves story mode but
# never quits; F5 starts it again.
"$bin" --reset-settings --story --story-speed 40 --dump-state "$out/state.txt" \
  >"$out/app.log" 2>&1 &
pid=$!
rv_find_window $pid
sleep 3
press Escape 1          # leaves story mode, does not quit
kill -0 $pid 2>/dev/null || fail "Esc quit the window"
press F5 1              # story mode again, from the start
for _ in $(seq $((stops + 3))); do press Right 1.5; done
waitFor "story finished" 60
press v                 # the relative-motion view
press w                 # the world map
press e                 # exposure: automatic +1 stop
press f                 # freeze the picture
quit
cat "$out/state.txt"
[ "$(state stories_finished)" = 1 ] || fail "the story did not finish after the Next presses"
[ "$(state story_stops_held)" = $stops ] || fail "held at $(state story_stops_held) stops, expected $stops"
[ "$(state frozen)" = true ] || fail "F did not freeze the picture"
[ "$(state relative_visible)" = true ] || fail "V did not open the relative-motion view"
[ "$(state exposure_bias_ev)" = 1 ] || fail "E did not raise the exposure by a stop"
[ "$(state map_visible)" = true ] || fail "W did not open the world map"
echo PASS
