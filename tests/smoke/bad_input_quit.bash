# Runs the window (the command line given) inside an X server, presses Esc
# once it is up, and exits with the window's exit status (125 when no window
# appeared or Esc did not quit). Used by bad_input_env.sh under Xvfb (scripts/with-xvfb.sh).
source "$(dirname "${BASH_SOURCE[0]}")/window_lib.bash"
fail() { # for rv_find_window, and below: say why, stop the window, exit 125
  echo "bad_input_quit: $*" >&2
  kill $pid 2>/dev/null
  wait $pid
  exit 125
}
"$@" &
pid=$!
rv_find_window $pid
sleep 1
for _ in $(seq 10); do
  kill -0 $pid 2>/dev/null || break
  xdotool key Escape
  sleep 0.5
done
kill -0 $pid 2>/dev/null && fail "Esc did not quit the window"
wait $pid
