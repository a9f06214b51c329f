# Shared by the window tests (sourced, not a test itself): finding the app's
# window under Xvfb and pressing keys in it. The sourcing script defines
# fail() (its own message and log dump).

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
