#!/usr/bin/env bash
# Runs a command under an X server of its own, like `xvfb-run -a`, but
# without its race: xvfb-run -a picks the first display number it sees free,
# so two of them started at once (CTest runs the window tests in parallel; a
# soak may run beside them) can pick the same one, and one app then finds no
# display. Here Xvfb chooses a free number itself (-displayfd) and says which.
# -noreset: by default an X server resets whenever its last client leaves,
# and a client that connects during the reset is refused ("Failed to open
# display"). The window tests poll with xdotool while the app starts, so a
# poll that ends just as the app connects lost the app its display (CI,
# smoke.window_keys). Measured with one client looping beside another: 9
# refusals in 800 connections with resets, none in 800 with -noreset.
#
# Usage: scripts/with-xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]
# Exit status: the command's; 1 with a message if Xvfb is missing or does not
# start. Xvfb is stopped when the command ends (or this script is killed).
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: with-xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]" >&2
  exit 2
fi
screen=$1
shift
command -v Xvfb >/dev/null || {
  echo "with-xvfb.sh: Xvfb is missing: install the Debian package xvfb (scripts/setup.sh does)" >&2
  exit 1
}
dir=$(mktemp -d "${TMPDIR:-/tmp}/with-xvfb.XXXXXX")
xpid=""
cleanup() {
  if [ -n "$xpid" ]; then
    kill "$xpid" 2>/dev/null
    wait "$xpid" 2>/dev/null
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Xvfb writes the display number, then a newline, once it accepts clients.
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$dir/display" >"$dir/xvfb.log" 2>&1 &
xpid=$!
for _ in $(seq 300); do
  grep -q '^[0-9][0-9]*$' "$dir/display" 2>/dev/null && break
  kill -0 "$xpid" 2>/dev/null || break
  sleep 0.1
done
if ! grep -q '^[0-9][0-9]*$' "$dir/display" 2>/dev/null; then
  echo "with-xvfb.sh: Xvfb did not start (screen $screen):" >&2
  tail -5 "$dir/xvfb.log" >&2
  exit 1
fi
DISPLAY=":$(cat "$dir/display")"
export DISPLAY
unset WAYLAND_DISPLAY
"$@"
