#!/usr/bin/env bash
# End-to-end: the real window under Xvfb, driven with xdotool as a presenter
# would (play, warp, next event, a camera key, hide the panels, F12, F1, F11,
# Esc, which never quits; Ctrl Q), then checked through the state dump written on exit, the screenshot
# files and the settings file; then the settings reload, a corrupt settings
# file and --reset-settings. Usage: window_keys.sh RENDEZVOUS OUTDIR PNG_STATS
set -euo pipefail
bin=$1 out=$2 stats=$3

source "$(dirname "$0")/window_lib.bash"
rv_under_xvfb KEYS "$@"

rv_sandbox_user_dirs

"$bin" --start T-60 --dump-state "$out/state.txt" >"$out/app.log" 2>&1 &
pid=$!
rv_find_window $pid
sleep 3 # first frames: fonts, plot series

press F12 1.5         # screenshot of the 3D view
press space           # play
press bracketright    # x2
press bracketright 2  # x5, let it run
press space           # pause
press Right           # next event from about T-50: engine ignition (T-15)
press Right           # lift-off (T+0)
press g               # the Go to field
xdotool type --delay 80 "T+1:58"; sleep 0.5
press Return          # T+118 s
press Left            # previous event before T+118: launch escape tower jettison
press Left            # max Q
press Right           # launch escape tower jettison (T+114)
press 3               # onboard camera
press h               # hide every panel
press F12 1.5         # second screenshot
press F1              # help
press F11 1.5         # fullscreen
press Escape          # closes the help
press Escape 1.5      # leaves fullscreen
press Escape 1.5      # does nothing more: Esc never quits in front of a class
kill -0 $pid 2>/dev/null || fail "Esc quit the window"
press b               # blank (a clicker's key) ...
press b               # ... and back
press period          # blank again: the state dump says so
press ctrl+q          # quits
for _ in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "Ctrl Q did not quit"; fi
wait $pid || fail "exit status $?"
cat "$out/state.txt"

[ "$(state met_s)" = "114.000" ] || fail "time $(state met_s), expected T+114, the escape tower jettison"
grep -q "Go to" "$out/app.log" && fail "the Go to field did not take T+1:58"
[ "$(state playing)" = false ] || fail "still playing"
[ "$(state warp)" = 5 ] || fail "warp $(state warp), expected 5 after ] ]"
[ "$(state camera)" = onboard ] || fail "camera $(state camera)"
[ "$(state panels_visible)" = false ] || fail "H did not hide the panels"
[ "$(state blank)" = true ] || fail "B, B, . did not leave the screen blanked"
[ "$(state help_visible)" = false ] || fail "Esc did not close the help"
[ "$(state fullscreen)" = false ] || fail "Esc did not leave fullscreen"
[ "$(state screenshots)" = 2 ] || fail "$(state screenshots) screenshots, expected 2"
shots=("$out"/pictures/Rendezvous/rendezvous_*.png)
[ ${#shots[@]} = 2 ] || fail "expected 2 files in pictures/Rendezvous, got ${#shots[@]}"
for s in "${shots[@]}"; do
  read -r w h mean sd < <("$stats" "$s")
  echo "$(basename "$s") ${w}x${h} mean=$mean sd=$sd"
  [ "$w" = 1280 ] && [ "$h" = 720 ] || fail "screenshot size ${w}x${h}"
done
grep -q "Screenshot saved" "$out/app.log" || fail "no screenshot message"

# Settings were saved and come back.
grep -q "^camera = onboard" "$settings" || fail "camera not saved"
grep -q "^warp = 5" "$settings" || fail "warp not saved"
"$bin" --exit-after-frames 2 --dump-state "$out/state.txt" >"$out/app.log" 2>&1 || fail "second run"
[ "$(state camera)" = onboard ] && [ "$(state warp)" = 5 ] && [ "$(state panels_visible)" = false ] ||
  fail "settings not restored: $(cat "$out/state.txt")"

# A corrupt settings file is reported and set aside, never fatal.
printf 'ui_scale = 2\n\001\002 garbage\n' >"$settings"
"$bin" --exit-after-frames 2 --dump-state "$out/state.txt" >"$out/app.log" 2>&1 || fail "corrupt settings were fatal"
grep -q "corrupt" "$out/app.log" || fail "corrupt settings not reported"
[ -f "$settings.bad" ] || fail "corrupt file not kept as .bad"
[ "$(state camera)" = chase ] || fail "defaults not used after a corrupt file"

# --reset-settings starts from the defaults.
printf 'camera = port\nwarp = 100\n' >"$settings"
"$bin" --reset-settings --exit-after-frames 2 --dump-state "$out/state.txt" >"$out/app.log" 2>&1 || fail "reset run"
[ "$(state camera)" = chase ] && [ "$(state warp)" = 1 ] || fail "--reset-settings: $(cat "$out/state.txt")"

# An unwritable pictures folder: a message, no crash.
export XDG_PICTURES_DIR=/proc/rendezvous-cannot-write
"$bin" --dump-state "$out/state.txt" >"$out/app.log" 2>&1 &
pid=$!
rv_find_window $pid
sleep 2
press F12 1.5
press ctrl+q
for _ in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "did not quit"; fi
wait $pid || fail "exit status $? after a failed screenshot"
grep -q "Screenshot not saved: cannot create the folder" "$out/app.log" || fail "no message for the unwritable folder"
echo PASS
