#!/usr/bin/env bash
# A machine that lacks something: a display, EGL, OpenGL 3.3, the Earth maps,
# the star catalogue, the font, usable settings, the mission assets, or an
# ffmpeg that lives to the end. Each case: its exit code, a line that says
# what is missing and what to do, no crash, no half-written file. Cases in
# cli_usage.sh (no DISPLAY, render without GL 3.3 or maps), window_smoke.sh
# (window without GL 3.3) and record_errors.sh (ffmpeg missing) are not
# repeated.
# Usage: bad_input_env.sh RENDEZVOUS OUTDIR [PNG_STATS]
source "$(dirname "$0")/bad_input_lib.bash" "$@"
rm -rf "${out:?}"/*
mkdir -p "$out/v"
mp4=$out/v/x.mp4
REC=(record --from T-1 --to T+0 --size 64x36 --fps 30)
have_xvfb=0
command -v Xvfb >/dev/null && have_xvfb=1
window() { timeout 60 "$(dirname "$0")/../../scripts/with-xvfb.sh" 640x480x24 "$bin" --window-size 160x90 --exit-after-frames 2 "$@"; }
window_env() { (export "$@" && window); } # window_env VAR=VALUE...

# A display that is not there.
check "window, DISPLAY with no server" 1 \
  "cannot open a window \(no display\?\)\. Set DISPLAY, run under xvfb-run, or use 'rendezvous render'" -- \
  env DISPLAY=:99999 "$bin" --exit-after-frames 1

# No EGL: the vendor list points at nothing, so eglInitialize has no driver.
NOEGL=(env __EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent/egl_vendor.json)
check "render without EGL" 1 "^rendezvous: no headless OpenGL 3.3 context available\. Install Mesa \(libegl-mesa0 libgl1-mesa-dri\)" -- \
  "${NOEGL[@]}" "$bin" render --size 64x36 -o "$out/v/noegl.png"
absent "render without EGL" "$out/v/noegl.png"
check "record without EGL" 1 "no headless OpenGL 3.3 context available" -- "${NOEGL[@]}" "$bin" "${REC[@]}" -o "$mp4"
absent "record without EGL" "$mp4"

# No OpenGL 3.3 core (Mesa told to offer 3.0) for a recording.
check "record without GL 3.3" 1 "3\.3" -- env MESA_GL_VERSION_OVERRIDE=3.0 "$bin" "${REC[@]}" -o "$mp4"
absent "record without GL 3.3" "$mp4"

# Earth maps and star catalogue missing: still draws, says which package.
check "record without Earth maps" 0 "apt-get install xplanet-images" -- \
  env RENDEZVOUS_XPLANET_DIR=/nonexistent "$bin" "${REC[@]}" -o "$out/v/nomaps.mp4"
[ -s "$out/v/nomaps.mp4" ] || { echo "FAIL: record without Earth maps: no video"; fail=1; }
mkdir -p "$out/xplanet"
[ -d /usr/share/xplanet/images ] && ln -sfn /usr/share/xplanet/images "$out/xplanet/images"
check "render without the star catalogue" 0 "warning: star catalogue $out/xplanet/stars/BSC not found: the sky has no stars\. Install Debian's 'xplanet' package" -- \
  env RENDEZVOUS_XPLANET_DIR="$out/xplanet" "$bin" render --time T+600 --camera chase --size 64x36 -o "$out/v/nostars.png"
[ -s "$out/v/nostars.png" ] || { echo "FAIL: render without the star catalogue: no PNG"; fail=1; }

# Font missing: --overlay cannot burn in text (exit 1, nothing written).
NOFONT=(env RENDEZVOUS_FONT_DIR=/nonexistent)
check "record --overlay without the font" 1 \
  "^rendezvous: record: cannot read the font /nonexistent/DejaVuSans\.ttf for --overlay; install the Debian package fonts-dejavu-core$" -- \
  "${NOFONT[@]}" "$bin" "${REC[@]}" --overlay -o "$mp4"
absent "record --overlay without the font" "$mp4"

# Mission assets missing.
check "assets folder missing" 2 "^rendezvous: /nonexistent/missions/soyuz-ms19\.toml: cannot open the mission file$" -- \
  env RENDEZVOUS_ASSETS=/nonexistent "$bin" events

# The window: no font, no maps, bad settings: a warning, and it runs.
if [ $have_xvfb = 1 ]; then
  check "window without the font" 0 "warning: font /nonexistent/DejaVuSans\.ttf not found \(install fonts-dejavu-core\); using ImGui's small built-in font" -- \
    window_env RENDEZVOUS_FONT_DIR=/nonexistent
  check "window without Earth maps" 0 "apt-get install xplanet-images" -- \
    window_env RENDEZVOUS_XPLANET_DIR=/nonexistent
  conf=$XDG_CONFIG_HOME/rendezvous/settings.conf
  mkdir -p "$(dirname "$conf")"
  printf 'ui_scale = 2\n\x01\x02\xff garbage\n' >"$conf"
  check "window with corrupt settings" 0 "warning: the settings file $conf is corrupt .*; it was moved to $conf\.bad and defaults are used" -- \
    window
  [ -f "$conf.bad" ] || { echo "FAIL: window with corrupt settings: no $conf.bad kept"; fail=1; }
  rm -f "$conf" "$conf.bad"
  mkdir -p "$conf"
  check "window with settings that are a folder" 0 "warning: the settings file $conf is a folder; using defaults" -- \
    window
  rm -rf "$conf"
  # Settings that cannot be saved even by root (the config folder is a
  # file): the window quits normally with a warning. Saved only on a real
  # exit, so the window is closed with Ctrl Q (xdotool) instead of a frame count.
  if command -v xdotool >/dev/null; then
    : >"$out/not_a_folder"
    check "window with unwritable settings" 0 \
      "^rendezvous: warning: settings not saved: cannot create $out/not_a_folder/rendezvous: Not a directory$" -- \
      env XDG_CONFIG_HOME="$out/not_a_folder" timeout 60 "$(dirname "$0")/../../scripts/with-xvfb.sh" 640x480x24 \
      bash "$(dirname "$0")/bad_input_quit.bash" "$bin" --window-size 160x90
  else
    skip "window with unwritable settings" "no xdotool"
  fi
else
  skip "window cases" "no Xvfb"
fi

# ffmpeg killed part-way: exit 1 with ffmpeg's fate, no file at the name, no
# partial file, nothing still writing there.
kill_ffmpeg() { # kill_ffmpeg SIGNAL
  local sig=$1 dir=$out/kill_$1 pid child=""
  mkdir -p "$dir"
  "$bin" record --from T-1 --to T+29 --size 64x36 --fps 30 -o "$dir/x.mp4" >"$out/stdout" 2>"$out/stderr" &
  pid=$!
  for _ in $(seq 200); do # up to 20 s for the first frames to reach ffmpeg
    child=$(pgrep -P $pid -x ffmpeg) && [ -n "$child" ] && [ -n "$(ls -A "$dir")" ] && break
    sleep 0.1
  done
  if [ -z "$child" ]; then
    echo "FAIL: ffmpeg killed by SIG$sig: no ffmpeg child seen"; kill $pid 2>/dev/null; wait $pid; fail=1; return
  fi
  sleep 0.5
  kill -s "$sig" "$child"
  wait $pid
  local got=$?
  local last
  last=$(tr '\r' '\n' <"$out/stderr" | grep . | tail -1)
  if [ $got != 1 ]; then echo "FAIL: ffmpeg killed by SIG$sig: exit $got, expected 1; $last"; fail=1
  elif ! grep -qE "^rendezvous: record: ffmpeg failed \((killed by signal|exit status)" "$out/stderr"; then
    echo "FAIL: ffmpeg killed by SIG$sig: no 'ffmpeg failed' line; $last"; fail=1
  else echo "ok: ffmpeg killed by SIG$sig part-way (exit $got) $last"; fi
  absent "ffmpeg killed by SIG$sig" "$dir/x.mp4"
  [ -z "$(ls -A "$dir")" ] || { echo "FAIL: ffmpeg killed by SIG$sig: left $(ls -A "$dir")"; fail=1; }
  if pgrep -f -- "$dir/" >/dev/null; then echo "FAIL: ffmpeg killed by SIG$sig: a process still writes there"; fail=1; fi
}
if command -v ffmpeg >/dev/null; then
  kill_ffmpeg KILL
  kill_ffmpeg TERM
else
  skip "ffmpeg killed part-way" "no ffmpeg"
fi
finish
