# Runs the window (the command line given) inside an X server, presses Esc
# once it is up, and exits with the window's exit status (125 when no window
# appeared or Esc did not quit). Used by bad_input_env.sh under Xvfb (scripts/with-xvfb.sh).
"$@" &
pid=$!
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --name "Rendezvous" 2>/dev/null | head -1) && [ -n "$wid" ] && break
  sleep 0.25
done
if [ -z "$wid" ]; then
  echo "bad_input_quit: no window appeared" >&2
  kill $pid 2>/dev/null
  wait $pid
  exit 125
fi
sleep 1
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null
for _ in $(seq 10); do
  kill -0 $pid 2>/dev/null || break
  xdotool key Escape
  sleep 0.5
done
if kill -0 $pid 2>/dev/null; then
  echo "bad_input_quit: Esc did not quit the window" >&2
  kill $pid
  wait $pid
  exit 125
fi
wait $pid
