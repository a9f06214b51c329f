# Shared by the window tests (sourced, not a test itself): running the test
# inside its own Xvfb, keeping the app's settings and pictures in $out,
# finding the app's window and pressing keys in it. A script may define its
# own fail() after sourcing this (window_record.sh adds a screen grab).

# rv_under_xvfb NAME ARGS...: called first. The first time through it checks
# that xdotool is there (else SKIP), empties $out and runs the script again
# inside a fresh Xvfb (scripts/with-xvfb.sh); inside, it returns at once.
rv_under_xvfb() {
  local flag="RV_${1}_INNER"
  shift
  [ -n "${!flag:-}" ] && return 0
  command -v xdotool >/dev/null || { echo "SKIP: xdotool not installed (scripts/setup.sh installs it)"; exit 77; }
  rm -rf "$out"
  mkdir -p "$out"
  export "$flag=1"
  exec "$(dirname "$0")/../../scripts/with-xvfb.sh" 1280x720x24 bash "$0" "$@"
}

# Nothing touches the user's own settings or pictures.
rv_sandbox_user_dirs() {
  export XDG_CONFIG_HOME="$out/config" XDG_PICTURES_DIR="$out/pictures"
  settings="$out/config/rendezvous/settings.conf"
}

fail() { echo "FAIL: $*"; echo "--- app log"; cat "$out/app.log" || true; exit 1; }
# state KEY: the value of KEY in the state the app dumped on exit.
state() { grep "^$1 = " "$out/state.txt" | sed "s/^$1 = //"; }

# rv_find_window PID: waits up to 30 s for a visible "Rendezvous" window of a
# still-running app, sets $wid and gives it the keyboard focus. Focusing can
# fail without a window manager; the keys still reach the only window then.
rv_find_window() {
  local pid=$1
  wid=""
  for _ in $(seq 120); do
    wid=$(xdotool search --onlyvisible --name "Rendezvous" 2>/dev/null | head -1 || true)
    [ -n "$wid" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the app exited before its window showed"
    sleep 0.25
  done
  [ -n "$wid" ] || fail "no window"
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
}

# press KEY [SECONDS]: one key, then time for llvmpipe's slow frames to see it.
press() { xdotool key "$1"; sleep "${2:-0.8}"; }
