# Runs the window (the command line given) inside an X server, presses Ctrl Q
# once it is up, and exits with the window's exit status (125 when no window
# appeared or Ctrl Q did not quit; Esc never quits). Used by bad_input_env.sh under Xvfb (scripts/with-xvfb.sh).
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
  xdotool key ctrl+q
  sleep 0.5
done
kill -0 $pid 2>/dev/null && fail "Ctrl Q did not quit the window"
wait $pid
